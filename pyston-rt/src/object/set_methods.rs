//! Set algebra (CPython's algorithms, which fix the iteration order of the
//! results), comparisons, operators and the methods of `set`/`frozenset`.

use super::args;
use super::dict::{dict_contains_hashed, dict_len, dict_next_hashed, DICT_TYPE};
use super::header::{PyObject, PyRef};
use super::int::new_bool;
use super::list::new_list;
use super::protocol;
use super::sequtil::{hash_fast, new_int_isize};
use super::set::{
    as_set, empty_pop_error, is_anyset, is_frozenset, make_new_set_basetype, pyset, set_key_error, with_frozen_retry, PySet,
    FROZENSET_TYPE,
};
use super::singletons::{none, not_implemented};
use super::tuple::new_tuple;
use super::typeobj::{method_flags, MethodDef};
use super::PyResult;
use crate::bytecode::CmpKind;

fn tname(o: &PyObject) -> &'static str {
    if is_frozenset(o) {
        "frozenset"
    } else {
        "set"
    }
}

/// `so.copy()` as the set/frozenset base type.
fn set_copy(so: &PyObject) -> PyResult<PyRef> {
    make_new_set_basetype(so.type_(), Some(so))
}

/// `so & other` for any iterable `other` (CPython's `set_intersection`).
pub fn set_intersection(so: &PyObject, other: &PyObject) -> PyResult<PyRef> {
    if so.is(other) {
        return set_copy(so);
    }
    let result = make_new_set_basetype(so.type_(), None)?;
    let rs = pyset(&result);
    if let Some(o) = as_set(other) {
        let (mut big, mut small) = (pyset(so), o);
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        let mut pos = 0;
        while let Some((k, h)) = small.next_entry(&mut pos) {
            if big.contains_entry(&k, h)? {
                rs.add_entry(k, h)?;
            }
        }
        return Ok(result);
    }
    let s = pyset(so);
    let it = protocol::iter(other)?;
    while let Some(k) = protocol::next(&it)? {
        let h = hash_fast(&k)?;
        if s.contains_entry(&k, h)? {
            rs.add_entry(k, h)?;
            if rs.len() >= s.len() {
                break;
            }
        }
    }
    Ok(result)
}

fn set_intersection_multi(so: &PyObject, others: &[&PyObject]) -> PyResult<PyRef> {
    if others.is_empty() {
        return set_copy(so);
    }
    let mut result = so.to_ref();
    for o in others {
        result = set_intersection(&result, o)?;
    }
    Ok(result)
}

/// `so -= other` for any iterable (CPython's `set_difference_update_internal`).
pub fn set_difference_update(so: &PyObject, other: &PyObject) -> PyResult<()> {
    let s = pyset(so);
    if so.is(other) {
        s.clear_internal();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let other_ref: PyRef = if o.len() >> 3 > s.len() { set_intersection(so, other)? } else { other.to_ref() };
        let o = pyset(&other_ref);
        let mut pos = 0;
        while let Some((k, h)) = o.next_entry(&mut pos) {
            s.discard_entry(&k, h)?;
        }
    } else {
        let it = protocol::iter(other)?;
        while let Some(k) = protocol::next(&it)? {
            s.discard_key(&k)?;
        }
    }
    let t = s.t();
    if t.fill - t.used > (t.table.len() - 1) / 4 {
        let used = t.used;
        s.table_resize(if used > 50000 { used * 2 } else { used * 4 });
    }
    Ok(())
}

fn set_copy_and_difference(so: &PyObject, other: &PyObject) -> PyResult<PyRef> {
    let result = set_copy(so)?;
    set_difference_update(&result, other)?;
    Ok(result)
}

/// `so - other` (CPython's `set_difference`).
pub fn set_difference(so: &PyObject, other: &PyObject) -> PyResult<PyRef> {
    let other_size = if let Some(o) = as_set(other) {
        o.len()
    } else if other.is_exact(&DICT_TYPE) {
        dict_len(other)
    } else {
        return set_copy_and_difference(so, other);
    };
    let s = pyset(so);
    if (s.len() >> 2) > other_size {
        return set_copy_and_difference(so, other);
    }
    let result = make_new_set_basetype(so.type_(), None)?;
    let rs = pyset(&result);
    let mut pos = 0;
    if other.is_exact(&DICT_TYPE) {
        while let Some((k, h)) = s.next_entry(&mut pos) {
            if !dict_contains_hashed(other, &k, h)? {
                rs.add_entry(k, h)?;
            }
        }
        return Ok(result);
    }
    let o = pyset(other);
    while let Some((k, h)) = s.next_entry(&mut pos) {
        if !o.contains_entry(&k, h)? {
            rs.add_entry(k, h)?;
        }
    }
    Ok(result)
}

fn set_difference_multi(so: &PyObject, others: &[&PyObject]) -> PyResult<PyRef> {
    if others.is_empty() {
        return set_copy(so);
    }
    let result = set_difference(so, others[0])?;
    for o in &others[1..] {
        set_difference_update(&result, o)?;
    }
    Ok(result)
}

/// `so ^= other` for any iterable (CPython's `set_symmetric_difference_update`).
pub fn set_symmetric_difference_update(so: &PyObject, other: &PyObject) -> PyResult<()> {
    let s = pyset(so);
    if so.is(other) {
        s.clear_internal();
        return Ok(());
    }
    if other.is_exact(&DICT_TYPE) {
        let mut pos = 0;
        while let Some((k, _, h)) = dict_next_hashed(other, &mut pos) {
            if !s.discard_entry(&k, h)? {
                s.add_entry(k, h)?;
            }
        }
        return Ok(());
    }
    let otherset: PyRef = if is_anyset(other) { other.to_ref() } else { make_new_set_basetype(so.type_(), Some(other))? };
    let o = pyset(&otherset);
    let mut pos = 0;
    while let Some((k, h)) = o.next_entry(&mut pos) {
        if !s.discard_entry(&k, h)? {
            s.add_entry(k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other` (CPython's `set_symmetric_difference`).
pub fn set_symmetric_difference(so: &PyObject, other: &PyObject) -> PyResult<PyRef> {
    let otherset = make_new_set_basetype(so.type_(), Some(other))?;
    set_symmetric_difference_update(&otherset, so)?;
    Ok(otherset)
}

/// `so.update(other)` for any iterable.
pub fn set_update(so: &PyObject, other: &PyObject) -> PyResult<()> {
    pyset(so).update_internal(other)
}

/// `so <= other` (CPython's `set_issubset`).
fn set_issubset(so: &PyObject, other: &PyObject) -> PyResult<bool> {
    let s = pyset(so);
    let Some(o) = as_set(other) else {
        let tmp = set_intersection(so, other)?;
        return Ok(pyset(&tmp).len() == s.len());
    };
    if s.len() > o.len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((k, h)) = s.next_entry(&mut pos) {
        if !o.contains_entry(&k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issuperset(so: &PyObject, other: &PyObject) -> PyResult<bool> {
    if is_anyset(other) {
        return set_issubset(other, so);
    }
    let s = pyset(so);
    let it = protocol::iter(other)?;
    while let Some(k) = protocol::next(&it)? {
        if !s.contains_key(&k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_isdisjoint(so: &PyObject, other: &PyObject) -> PyResult<bool> {
    let s = pyset(so);
    if so.is(other) {
        return Ok(s.is_empty());
    }
    if let Some(o) = as_set(other).filter(|_| other.is_exact(&super::set::SET_TYPE) || other.is_exact(&FROZENSET_TYPE)) {
        let (mut big, mut small): (&PySet, &PySet) = (s, o);
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        let mut pos = 0;
        while let Some((k, h)) = small.next_entry(&mut pos) {
            if big.contains_entry(&k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = protocol::iter(other)?;
    while let Some(k) = protocol::next(&it)? {
        if s.contains_key(&k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub(crate) fn set_richcompare(v: &PyObject, w: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !is_anyset(w) {
        return Ok(not_implemented());
    }
    let (lv, lw) = (pyset(v).len(), pyset(w).len());
    let r = match op {
        CmpKind::Eq | CmpKind::Ne => {
            let eq = if lv != lw {
                false
            } else {
                let (hv, hw) = (pyset(v).hash.get(), pyset(w).hash.get());
                if hv != -1 && hw != -1 && hv != hw {
                    false
                } else {
                    set_issubset(v, w)?
                }
            };
            eq == (op == CmpKind::Eq)
        }
        CmpKind::Le => set_issubset(v, w)?,
        CmpKind::Ge => set_issuperset(v, w)?,
        CmpKind::Lt => lv < lw && set_issubset(v, w)?,
        CmpKind::Gt => lv > lw && set_issuperset(v, w)?,
    };
    Ok(new_bool(r))
}

// ------------------------------------------------------------ operators --

pub(crate) fn set_or(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    let result = set_copy(a)?;
    if !a.is(b) {
        pyset(&result).update_internal(b)?;
    }
    Ok(result)
}

pub(crate) fn set_and(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    set_intersection(a, b)
}

pub(crate) fn set_sub(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    set_difference(a, b)
}

pub(crate) fn set_xor(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    set_symmetric_difference(a, b)
}

pub(crate) fn set_ior(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !is_anyset(b) {
        return Ok(not_implemented());
    }
    pyset(a).update_internal(b)?;
    Ok(a.to_ref())
}

pub(crate) fn set_iand(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !is_anyset(b) {
        return Ok(not_implemented());
    }
    let tmp = set_intersection(a, b)?;
    pyset(a).swap_bodies(pyset(&tmp));
    Ok(a.to_ref())
}

pub(crate) fn set_isub(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !is_anyset(b) {
        return Ok(not_implemented());
    }
    set_difference_update(a, b)?;
    Ok(a.to_ref())
}

pub(crate) fn set_ixor(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !is_anyset(b) {
        return Ok(not_implemented());
    }
    set_symmetric_difference_update(a, b)?;
    Ok(a.to_ref())
}

// -------------------------------------------------------------- methods --

fn no_kw(a: &[&PyObject], kw: Option<&PyObject>, m: &str) -> PyResult<()> {
    args::no_kwargs(&format!("{}.{}", tname(a[0]), m), kw)
}

fn one<'a>(a: &[&'a PyObject], kw: Option<&PyObject>, m: &str) -> PyResult<&'a PyObject> {
    args::one_arg(&format!("{}.{}", tname(a[0]), m), &a[1..], kw)
}

fn noargs(a: &[&PyObject], kw: Option<&PyObject>, m: &str) -> PyResult<()> {
    args::no_args(&format!("{}.{}", tname(a[0]), m), &a[1..], kw)
}

fn m_add(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let k = one(a, kw, "add")?;
    pyset(a[0]).add_key(k)?;
    Ok(none())
}

fn m_clear(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    noargs(a, kw, "clear")?;
    pyset(a[0]).clear_internal();
    Ok(none())
}

fn m_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    noargs(a, kw, "copy")?;
    if a[0].is_exact(&FROZENSET_TYPE) {
        return Ok(a[0].to_ref());
    }
    set_copy(a[0])
}

fn m_discard(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let k = one(a, kw, "discard")?;
    let s = pyset(a[0]);
    with_frozen_retry(k, |k| s.discard_key(k))?;
    Ok(none())
}

fn m_remove(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let k = one(a, kw, "remove")?;
    let s = pyset(a[0]);
    if with_frozen_retry(k, |k| s.discard_key(k))? {
        Ok(none())
    } else {
        Err(set_key_error(k))
    }
}

fn m_pop(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    noargs(a, kw, "pop")?;
    pyset(a[0]).pop().ok_or_else(empty_pop_error)
}

fn m_union(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kw(a, kw, "union")?;
    let result = set_copy(a[0])?;
    for o in &a[1..] {
        if a[0].is(o) {
            continue;
        }
        pyset(&result).update_internal(o)?;
    }
    Ok(result)
}

fn m_update(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kw(a, kw, "update")?;
    for o in &a[1..] {
        pyset(a[0]).update_internal(o)?;
    }
    Ok(none())
}

fn m_intersection(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kw(a, kw, "intersection")?;
    set_intersection_multi(a[0], &a[1..])
}

fn m_intersection_update(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kw(a, kw, "intersection_update")?;
    let tmp = set_intersection_multi(a[0], &a[1..])?;
    pyset(a[0]).swap_bodies(pyset(&tmp));
    Ok(none())
}

fn m_difference(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kw(a, kw, "difference")?;
    set_difference_multi(a[0], &a[1..])
}

fn m_difference_update(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kw(a, kw, "difference_update")?;
    for o in &a[1..] {
        set_difference_update(a[0], o)?;
    }
    Ok(none())
}

fn m_symmetric_difference(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one(a, kw, "symmetric_difference")?;
    set_symmetric_difference(a[0], o)
}

fn m_symmetric_difference_update(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one(a, kw, "symmetric_difference_update")?;
    set_symmetric_difference_update(a[0], o)?;
    Ok(none())
}

fn m_issubset(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one(a, kw, "issubset")?;
    Ok(new_bool(set_issubset(a[0], o)?))
}

fn m_issuperset(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one(a, kw, "issuperset")?;
    Ok(new_bool(set_issuperset(a[0], o)?))
}

fn m_isdisjoint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one(a, kw, "isdisjoint")?;
    Ok(new_bool(set_isdisjoint(a[0], o)?))
}

fn m_contains(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let k = one(a, kw, "__contains__")?;
    Ok(new_bool(super::set::set_contains(a[0], k)?))
}

fn m_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    noargs(a, kw, "__reduce__")?;
    let keys = new_list(pyset(a[0]).keys());
    let state = match super::object_type::instance_dict(a[0]) {
        Some(d) => d.to_ref(),
        None => none(),
    };
    Ok(new_tuple(vec![a[0].type_().to_ref(), new_tuple(vec![keys]), state]))
}

fn m_sizeof(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    noargs(a, kw, "__sizeof__")?;
    let n = pyset(a[0]).t().table.len();
    Ok(new_int_isize((200 + if n > 8 { n * 16 } else { 0 }) as isize))
}

macro_rules! md {
    ($name:literal, $f:ident, $doc:literal) => {
        MethodDef { name: $name, func: $f, flags: 0, doc: $doc }
    };
}

pub(crate) static SET_METHODS: [MethodDef; 21] = [
    md!("add", m_add, "Add an element to a set."),
    md!("clear", m_clear, "Remove all elements from this set."),
    md!("copy", m_copy, "Return a shallow copy of a set."),
    md!("discard", m_discard, "Remove an element from a set if it is a member."),
    md!("difference", m_difference, "Return the difference of two or more sets as a new set."),
    md!("difference_update", m_difference_update, "Remove all elements of another set from this set."),
    md!("intersection", m_intersection, "Return the intersection of two sets as a new set."),
    md!("intersection_update", m_intersection_update, "Update a set with the intersection of itself and another."),
    md!("isdisjoint", m_isdisjoint, "Return True if two sets have a null intersection."),
    md!("issubset", m_issubset, "Report whether another set contains this set."),
    md!("issuperset", m_issuperset, "Report whether this set contains another set."),
    md!("pop", m_pop, "Remove and return an arbitrary set element."),
    md!("remove", m_remove, "Remove an element from a set; it must be a member."),
    md!("symmetric_difference", m_symmetric_difference, "Return the symmetric difference of two sets as a new set."),
    md!("symmetric_difference_update", m_symmetric_difference_update, "Update a set with the symmetric difference of itself and another."),
    md!("union", m_union, "Return the union of sets as a new set."),
    md!("update", m_update, "Update a set with the union of itself and others."),
    md!("__contains__", m_contains, "x.__contains__(y) <==> y in x."),
    md!("__reduce__", m_reduce, "Return state information for pickling."),
    md!("__sizeof__", m_sizeof, "S.__sizeof__() -> size of S in memory, in bytes"),
    MethodDef { name: "__class_getitem__", func: super::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

pub(crate) static FROZENSET_METHODS: [MethodDef; 12] = [
    md!("copy", m_copy, "Return a shallow copy of a set."),
    md!("difference", m_difference, "Return the difference of two or more sets as a new set."),
    md!("intersection", m_intersection, "Return the intersection of two sets as a new set."),
    md!("isdisjoint", m_isdisjoint, "Return True if two sets have a null intersection."),
    md!("issubset", m_issubset, "Report whether another set contains this set."),
    md!("issuperset", m_issuperset, "Report whether this set contains another set."),
    md!("symmetric_difference", m_symmetric_difference, "Return the symmetric difference of two sets as a new set."),
    md!("union", m_union, "Return the union of sets as a new set."),
    md!("__contains__", m_contains, "x.__contains__(y) <==> y in x."),
    md!("__reduce__", m_reduce, "Return state information for pickling."),
    md!("__sizeof__", m_sizeof, "S.__sizeof__() -> size of S in memory, in bytes"),
    MethodDef { name: "__class_getitem__", func: super::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];
