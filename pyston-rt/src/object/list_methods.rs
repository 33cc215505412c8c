//! `list` slots (repr, comparison, subscript and slice assignment,
//! concatenation, repetition, construction) and methods.

use super::args::{self, Params};
use super::exceptions::{index_error, no_memory, try_vec, type_error, value_error};
use super::header::{new_object, PyObject, PyRef};
use super::int::new_bool;
use super::list::{as_list, new_list, PyList, LIST_TYPE};
use super::protocol;
use super::reprguard::ReprGuard;
use super::sequtil::{eq_fast, new_int_isize, push_repr, subscript_index};
use super::singletons::{none, not_implemented};
use super::slice::{adjust_indices, is_slice, slice_unpack};
use super::str::new_str;
use super::typeobj::{MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::CmpKind;
use std::cell::UnsafeCell;

#[inline]
fn pylist(o: &PyObject) -> &PyList {
    as_list(o).expect("list slot called on a non-list")
}

// ---------------------------------------------------------------- slots --

pub(crate) fn list_repr(o: &PyObject) -> PyResult<PyRef> {
    let l = pylist(o);
    if l.is_empty() {
        return Ok(new_str("[]"));
    }
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str("[...]"));
    };
    let mut s = String::from("[");
    let mut i = 0;
    while i < l.len() {
        if i > 0 {
            s.push_str(", ");
        }
        let item = l.items()[i].clone();
        push_repr(&mut s, &item)?;
        i += 1;
    }
    s.push(']');
    Ok(new_str(s))
}

/// Lexicographic comparison of two sequences read through `get(i)` (None
/// past either end) and `lens()`, CPython's list/tuple richcompare.
pub fn seq_richcompare(
    len_a: usize,
    len_b: usize,
    get: impl Fn(usize) -> Option<(PyRef, PyRef)>,
    lens: impl Fn() -> (usize, usize),
    op: CmpKind,
) -> PyResult<PyRef> {
    if len_a != len_b && matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(new_bool(op == CmpKind::Ne));
    }
    let mut i = 0;
    while let Some((x, y)) = get(i) {
        if !eq_fast(&x, &y)? {
            return match op {
                CmpKind::Eq => Ok(new_bool(false)),
                CmpKind::Ne => Ok(new_bool(true)),
                _ => protocol::rich_compare(&x, &y, op),
            };
        }
        i += 1;
    }
    let (la, lb) = lens();
    Ok(new_bool(op.holds(&la, &lb)))
}

pub(crate) fn list_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(la), Some(lb)) = (as_list(a), as_list(b)) else {
        return Ok(not_implemented());
    };
    seq_richcompare(
        la.len(),
        lb.len(),
        |i| Some((la.items().get(i)?.clone(), lb.items().get(i)?.clone())),
        || (la.len(), lb.len()),
        op,
    )
}

pub(crate) fn list_len(o: &PyObject) -> PyResult<usize> {
    Ok(pylist(o).len())
}

/// Normalize a possibly negative index against `len`; None when out of range.
#[inline]
pub fn norm_index(i: isize, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j as usize >= len {
        None
    } else {
        Some(j as usize)
    }
}

/// The items selected by a slice of `items` (start, step, count).
pub fn slice_items(items: &[PyRef], start: isize, step: isize, n: usize) -> Vec<PyRef> {
    if step == 1 {
        let s = start as usize;
        return items[s..s + n].to_vec();
    }
    (0..n).map(|k| items[(start + k as isize * step) as usize].clone()).collect()
}

pub(crate) fn list_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let l = pylist(o);
    if let Some(i) = subscript_index(key)? {
        return match norm_index(i, l.len()) {
            Some(j) => Ok(l.items()[j].clone()),
            None => Err(index_error("list index out of range")),
        };
    }
    if is_slice(key) {
        let (start, stop, step) = slice_unpack(key)?;
        let (start, _, n) = adjust_indices(l.len() as isize, start, stop, step);
        return Ok(new_list(slice_items(l.items(), start, step, n)));
    }
    Err(type_error(format!("list indices must be integers or slices, not {}", key.type_().name())))
}

/// CPython's `PySequence_Fast`: the items of a list/tuple, else of `iter(v)`
/// (a TypeError from `iter` is replaced by `msg`).
pub fn sequence_fast(v: &PyObject, msg: &str) -> PyResult<Vec<PyRef>> {
    if let Some(items) = protocol::plain_seq_items(v) {
        return Ok(items);
    }
    let it = match protocol::iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(&super::exceptions::TYPE_ERROR) => return Err(type_error(msg)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = protocol::next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `l[ilow:ihigh] = v` (v None: delete), CPython's `list_ass_slice`.
pub fn list_ass_slice(l: &PyList, ilow: isize, ihigh: isize, v: Option<&PyObject>) -> PyResult<()> {
    let new_items: Vec<PyRef> = match v {
        None => Vec::new(),
        Some(v) => sequence_fast(v, "can only assign an iterable")?,
    };
    let len = l.len() as isize;
    let ilow = ilow.clamp(0, len);
    let ihigh = ihigh.clamp(ilow, len);
    let garbage: Vec<PyRef> = l.items_mut().splice(ilow as usize..ihigh as usize, new_items).collect();
    drop(garbage);
    Ok(())
}

pub(crate) fn list_ass_subscript(o: &PyObject, key: &PyObject, value: Option<&PyObject>) -> PyResult<()> {
    let l = pylist(o);
    if let Some(i) = subscript_index(key)? {
        let Some(j) = norm_index(i, l.len()) else {
            return Err(index_error("list assignment index out of range"));
        };
        match value {
            Some(v) => {
                let old = std::mem::replace(&mut l.items_mut()[j], v.to_ref());
                drop(old);
            }
            None => {
                let old = l.items_mut().remove(j);
                drop(old);
            }
        }
        return Ok(());
    }
    if !is_slice(key) {
        return Err(type_error(format!("list indices must be integers or slices, not {}", key.type_().name())));
    }
    let (start, stop, step) = slice_unpack(key)?;
    let (start, mut stop, n) = adjust_indices(l.len() as isize, start, stop, step);
    if step == 1 {
        return list_ass_slice(l, start, stop, value);
    }
    if (step < 0 && start < stop) || (step > 0 && start > stop) {
        stop = start;
    }
    let _ = stop;
    match value {
        None => {
            if n == 0 {
                return Ok(());
            }
            let (lo, st) = if step < 0 { (start + step * (n as isize - 1), -step) } else { (start, step) };
            let items = std::mem::take(l.items_mut());
            let mut keep = Vec::with_capacity(items.len() - n);
            let mut garbage = Vec::with_capacity(n);
            for (k, it) in items.into_iter().enumerate() {
                let k = k as isize;
                if k >= lo && (k - lo) % st == 0 && (k - lo) / st < n as isize {
                    garbage.push(it);
                } else {
                    keep.push(it);
                }
            }
            let added = std::mem::replace(l.items_mut(), keep);
            drop(added);
            drop(garbage);
            Ok(())
        }
        Some(v) => {
            let seq = if v.is(o) { l.items().to_vec() } else { sequence_fast(v, "must assign iterable to extended slice")? };
            if seq.len() != n {
                return Err(value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    seq.len(),
                    n
                )));
            }
            let len = l.len() as isize;
            let mut garbage = Vec::with_capacity(n);
            for (k, item) in seq.into_iter().enumerate() {
                let idx = start + k as isize * step;
                if idx < 0 || idx >= len {
                    break;
                }
                garbage.push(std::mem::replace(&mut l.items_mut()[idx as usize], item));
            }
            drop(garbage);
            Ok(())
        }
    }
}

pub(crate) fn list_contains(o: &PyObject, x: &PyObject) -> PyResult<bool> {
    let l = pylist(o);
    let mut i = 0;
    while i < l.len() {
        let item = l.items()[i].clone();
        if eq_fast(&item, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

pub(crate) fn list_concat(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(lb) = as_list(b) else {
        return Err(type_error(format!("can only concatenate list (not \"{}\") to list", b.type_().name())));
    };
    let la = pylist(a);
    let mut v = Vec::with_capacity(la.len() + lb.len());
    v.extend_from_slice(la.items());
    v.extend_from_slice(lb.items());
    Ok(new_list(v))
}

/// `items * n` as a Vec (n <= 0 gives an empty Vec).
pub fn repeat_items(items: &[PyRef], n: isize) -> PyResult<Vec<PyRef>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = items.len().checked_mul(n as usize).filter(|t| *t <= (isize::MAX as usize) / 8).ok_or_else(no_memory)?;
    let mut v = try_vec(total)?;
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(v)
}

pub(crate) fn list_repeat(o: &PyObject, n: isize) -> PyResult<PyRef> {
    let items = pylist(o).items().to_vec();
    Ok(new_list(repeat_items(&items, n)?))
}

fn list_iadd(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if as_list(a).is_none() {
        return Ok(not_implemented());
    }
    list_extend_impl(pylist(a), a, b)?;
    Ok(a.to_ref())
}

fn list_imul(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(l) = as_list(a) else {
        return Ok(not_implemented());
    };
    let Some(n) = protocol::index_opt(b)? else {
        return Ok(not_implemented());
    };
    let items = l.items().to_vec();
    let new_items = repeat_items(&items, n)?;
    drop(items);
    let old = std::mem::replace(l.items_mut(), new_items);
    drop(old);
    Ok(a.to_ref())
}

pub(crate) fn list_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(super::iterators::new_list_iter(o))
}

pub(crate) fn list_new(t: &TypeObject, _args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyList { ob, items: UnsafeCell::new(Vec::new()) }))
}

pub(crate) fn list_init(o: &PyObject, a: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let t = o.type_();
    if std::ptr::eq(t, &LIST_TYPE.0) || t.tp_new.get().map(|f| f as usize) == Some(list_new as *const () as usize) {
        args::no_kwargs("list", kwnames)?;
    }
    let (pos, _, _) = args::split(a, kwnames);
    args::check_positional("list", pos.len(), 0, 1)?;
    let l = pylist(o);
    if !l.is_empty() {
        let old = std::mem::take(l.items_mut());
        drop(old);
    }
    if let Some(it) = pos.first() {
        list_extend_impl(l, o, it)?;
    }
    Ok(())
}

// -------------------------------------------------------------- methods --

/// `l.extend(iterable)` (also `+=`).
pub fn list_extend_impl(l: &PyList, self_obj: &PyObject, it: &PyObject) -> PyResult<()> {
    if it.is(self_obj) {
        let items = l.items().to_vec();
        l.items_mut().extend(items);
        return Ok(());
    }
    if let Some(items) = protocol::plain_seq_items(it) {
        l.items_mut().extend(items);
        return Ok(());
    }
    let iter = protocol::iter(it)?;
    // CPython presizes to len + hint: a hint no allocation can satisfy
    // (list(range(10**18))) is a MemoryError at once, not a slow death.
    let hint = super::iterators::length_hint(it, 8)?;
    if hint > 0 && l.items().len().checked_add(hint).is_some() {
        l.items_mut().try_reserve(hint).map_err(|_| no_memory())?;
    }
    while let Some(x) = protocol::next(&iter)? {
        l.push(x);
    }
    Ok(())
}

/// Append to a list (for the interpreter's list displays, comprehensions).
pub fn list_append(list: &PyObject, v: PyRef) {
    pylist(list).push(v);
}

/// `list.extend(iterable)` for the interpreter (`[*a, *b]`).
pub fn list_extend(list: &PyObject, it: &PyObject) -> PyResult<()> {
    list_extend_impl(pylist(list), list, it)
}

fn m_append(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("list.append", &a[1..], kw)?;
    pylist(a[0]).push(v.to_ref());
    Ok(none())
}

fn m_extend(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("list.extend", &a[1..], kw)?;
    list_extend_impl(pylist(a[0]), a[0], v)?;
    Ok(none())
}

fn m_insert(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("insert", kw)?;
    args::check_positional("insert", a.len() - 1, 2, 2)?;
    let i = args::expect_index(a[1])?;
    let l = pylist(a[0]);
    let n = l.len() as isize;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.items_mut().insert(i as usize, a[2].to_ref());
    Ok(none())
}

fn m_remove(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("list.remove", &a[1..], kw)?;
    let l = pylist(a[0]);
    let mut i = 0;
    while i < l.len() {
        let item = l.items()[i].clone();
        if eq_fast(&item, v)? {
            if i < l.len() {
                let old = l.items_mut().remove(i);
                drop(old);
            }
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn m_pop(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("pop", kw)?;
    args::check_positional("pop", a.len() - 1, 0, 1)?;
    let i = match a.get(1) {
        Some(x) => args::expect_index(x)?,
        None => -1,
    };
    let l = pylist(a[0]);
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match norm_index(i, l.len()) {
        Some(j) => Ok(l.items_mut().remove(j)),
        None => Err(index_error("pop index out of range")),
    }
}

fn m_clear(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("list.clear", &a[1..], kw)?;
    let old = std::mem::take(pylist(a[0]).items_mut());
    super::list::drop_items_reversed(old);
    Ok(none())
}

/// `start`/`stop` of `index()` methods (`_PyEval_SliceIndexNotNone`),
/// normalized against `len` like CPython.
pub fn index_bounds(start: Option<&PyObject>, stop: Option<&PyObject>, len: usize) -> PyResult<(usize, usize)> {
    let conv = |o: &PyObject| -> PyResult<isize> {
        if super::int::as_int(o).is_none() && o.type_().nb_index.get().is_none() {
            return Err(type_error("slice indices must be integers or have an __index__ method"));
        }
        let r = protocol::index(o)?;
        let i = super::int::as_int(&r).expect("int");
        Ok(match i.as_i64() {
            Some(v) => v as isize,
            None if i.to_bigint().sign() == num_bigint::Sign::Minus => isize::MIN,
            None => isize::MAX,
        })
    };
    let len = len as isize;
    let mut s = match start {
        Some(o) => conv(o)?,
        None => 0,
    };
    let mut e = match stop {
        Some(o) => conv(o)?,
        None => isize::MAX,
    };
    if s < 0 {
        s = (s + len).max(0);
    }
    if e < 0 {
        e = (e + len).max(0);
    }
    Ok((s as usize, e as usize))
}

fn m_index(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("index", kw)?;
    args::check_positional("index", a.len() - 1, 1, 3)?;
    let l = pylist(a[0]);
    let (start, stop) = index_bounds(a.get(2).copied(), a.get(3).copied(), l.len())?;
    let mut i = start;
    while i < stop && i < l.len() {
        let item = l.items()[i].clone();
        if eq_fast(&item, a[1])? {
            return Ok(new_int_isize(i as isize));
        }
        i += 1;
    }
    Err(value_error(format!("{} is not in list", protocol::repr_string(a[1])?)))
}

fn m_count(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("list.count", &a[1..], kw)?;
    let l = pylist(a[0]);
    let mut n = 0;
    let mut i = 0;
    while i < l.len() {
        let item = l.items()[i].clone();
        if eq_fast(&item, v)? {
            n += 1;
        }
        i += 1;
    }
    Ok(new_int_isize(n))
}

fn m_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("list.copy", &a[1..], kw)?;
    Ok(new_list(pylist(a[0]).items().to_vec()))
}

fn m_reverse(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("list.reverse", &a[1..], kw)?;
    pylist(a[0]).items_mut().reverse();
    Ok(none())
}

const SORT_PARAMS: Params = Params { fname: "sort", names: &["key", "reverse"], required: 0, posonly: 0, kwonly: 0 };

fn m_sort(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    SORT_PARAMS.parse(&a[1..], kw, &mut out)?;
    let reverse = match out[1] {
        Some(r) => args::expect_index(r)? != 0,
        None => false,
    };
    super::list_sort::list_sort(a[0], out[0], reverse)?;
    Ok(none())
}

fn m_sizeof(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("list.__sizeof__", &a[1..], kw)?;
    let cap = pylist(a[0]).items_mut().capacity();
    Ok(new_int_isize((40 + cap * 8) as isize))
}

fn m_reversed(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("list.__reversed__", &a[1..], kw)?;
    Ok(super::iterators::new_list_reverse_iter(a[0]))
}

pub(crate) static LIST_METHODS: [MethodDef; 14] = [
    MethodDef { name: "append", func: m_append, flags: 0, doc: "Append object to the end of the list." },
    MethodDef { name: "extend", func: m_extend, flags: 0, doc: "Extend list by appending elements from the iterable." },
    MethodDef { name: "insert", func: m_insert, flags: 0, doc: "Insert object before index." },
    MethodDef { name: "remove", func: m_remove, flags: 0, doc: "Remove first occurrence of value." },
    MethodDef { name: "pop", func: m_pop, flags: 0, doc: "Remove and return item at index (default last)." },
    MethodDef { name: "clear", func: m_clear, flags: 0, doc: "Remove all items from list." },
    MethodDef { name: "index", func: m_index, flags: 0, doc: "Return first index of value." },
    MethodDef { name: "count", func: m_count, flags: 0, doc: "Return number of occurrences of value." },
    MethodDef { name: "copy", func: m_copy, flags: 0, doc: "Return a shallow copy of the list." },
    MethodDef { name: "reverse", func: m_reverse, flags: 0, doc: "Reverse *IN PLACE*." },
    MethodDef { name: "sort", func: m_sort, flags: 0, doc: "Sort the list in ascending order and return None." },
    MethodDef { name: "__sizeof__", func: m_sizeof, flags: 0, doc: "Return the size of the list in memory, in bytes." },
    MethodDef { name: "__reversed__", func: m_reversed, flags: 0, doc: "Return a reverse iterator over the list." },
    MethodDef { name: "__class_getitem__", func: super::genericalias::class_getitem, flags: super::typeobj::method_flags::CLASS, doc: "See PEP 585" },
];

/// The in-place operators, for the static type declaration.
pub(crate) const LIST_IADD: super::typeobj::BinaryFn = list_iadd;
pub(crate) const LIST_IMUL: super::typeobj::BinaryFn = list_imul;
