//! `tuple` slots (repr, CPython's xxHash-based hash, comparison, subscript,
//! concatenation, repetition, construction) and methods.

use super::args;
use super::exceptions::{index_error, type_error, value_error};
use super::header::{new_object, PyObject, PyRef};
use super::int::{BOOL_TYPE, INT_TYPE};
use super::list_methods::{index_bounds, norm_index, repeat_items, seq_richcompare, slice_items};
use super::protocol;
use super::reprguard::ReprGuard;
use super::sequtil::{eq_fast, hash_fast, new_int_isize, push_repr, subscript_index};
use super::singletons::not_implemented;
use super::slice::{adjust_indices, is_slice, slice_unpack};
use super::str::{new_str, STR_TYPE};
use super::tuple::{as_tuple, new_tuple, PyTuple, TUPLE_TYPE};
use super::typeobj::{MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::CmpKind;
use std::cell::Cell;

#[inline]
fn items(o: &PyObject) -> &[PyRef] {
    &as_tuple(o).expect("tuple slot called on a non-tuple").items
}

pub(crate) fn tuple_repr(o: &PyObject) -> PyResult<PyRef> {
    let it = items(o);
    if it.is_empty() {
        return Ok(new_str("()"));
    }
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str("(...)"));
    };
    let mut s = String::from("(");
    for (i, x) in it.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        push_repr(&mut s, x)?;
    }
    if it.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(new_str(s))
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuple hash over already-computed item hashes.
pub fn tuple_hash_of(hashes: impl ExactSizeIterator<Item = isize>) -> isize {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in hashes {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as isize
}

/// Whether an item's hash can never change (so the tuple may cache its hash).
fn immutable_hash(o: &PyObject) -> bool {
    o.is_exact(&STR_TYPE)
        || o.is_exact(&INT_TYPE)
        || o.is_exact(&BOOL_TYPE)
        || super::singletons::is_none(o)
        || (o.is_exact(&TUPLE_TYPE) && as_tuple(o).is_some_and(|t| t.hash.get() != -1))
}

pub(crate) fn tuple_hash(o: &PyObject) -> PyResult<isize> {
    let t = as_tuple(o).expect("tuple");
    let cached = t.hash.get();
    if cached != -1 {
        return Ok(cached);
    }
    let mut hashes = Vec::with_capacity(t.items.len());
    let mut cacheable = true;
    for x in t.items.iter() {
        hashes.push(hash_fast(x)?);
        cacheable &= immutable_hash(x);
    }
    let h = tuple_hash_of(hashes.into_iter());
    if cacheable {
        t.hash.set(h);
    }
    Ok(h)
}

pub(crate) fn tuple_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(ta), Some(tb)) = (as_tuple(a), as_tuple(b)) else {
        return Ok(not_implemented());
    };
    seq_richcompare(
        ta.items.len(),
        tb.items.len(),
        |i| Some((ta.items.get(i)?.clone(), tb.items.get(i)?.clone())),
        || (ta.items.len(), tb.items.len()),
        op,
    )
}

pub(crate) fn tuple_len(o: &PyObject) -> PyResult<usize> {
    Ok(items(o).len())
}

pub(crate) fn tuple_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let it = items(o);
    if let Some(i) = subscript_index(key)? {
        return match norm_index(i, it.len()) {
            Some(j) => Ok(it[j].clone()),
            None => Err(index_error("tuple index out of range")),
        };
    }
    if is_slice(key) {
        let (start, stop, step) = slice_unpack(key)?;
        let (start, _, n) = adjust_indices(it.len() as isize, start, stop, step);
        if n == it.len() && step == 1 && o.is_exact(&TUPLE_TYPE) {
            return Ok(o.to_ref());
        }
        return Ok(new_tuple(slice_items(it, start, step, n)));
    }
    Err(type_error(format!("tuple indices must be integers or slices, not {}", key.type_().name())))
}

pub(crate) fn tuple_contains(o: &PyObject, x: &PyObject) -> PyResult<bool> {
    for item in items(o) {
        if eq_fast(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub(crate) fn tuple_concat(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(tb) = as_tuple(b) else {
        return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.type_().name())));
    };
    let ia = items(a);
    if tb.items.is_empty() && a.is_exact(&TUPLE_TYPE) {
        return Ok(a.to_ref());
    }
    if ia.is_empty() && b.is_exact(&TUPLE_TYPE) {
        return Ok(b.to_ref());
    }
    let mut v = Vec::with_capacity(ia.len() + tb.items.len());
    v.extend_from_slice(ia);
    v.extend_from_slice(&tb.items);
    Ok(new_tuple(v))
}

pub(crate) fn tuple_repeat(o: &PyObject, n: isize) -> PyResult<PyRef> {
    if n == 1 && o.is_exact(&TUPLE_TYPE) {
        return Ok(o.to_ref());
    }
    Ok(new_tuple(repeat_items(items(o), n)?))
}

pub(crate) fn tuple_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(super::iterators::new_tuple_iter(o))
}

/// `tuple(iterable)` and `tuple.__new__(subtype, iterable)`.
pub(crate) fn tuple_new(t: &TypeObject, a: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let exact = std::ptr::eq(t, &TUPLE_TYPE.0);
    if exact || t.tp_init.get().map(|f| f as usize) == TUPLE_TYPE.tp_init.get().map(|f| f as usize) {
        args::no_kwargs("tuple", kwnames)?;
    }
    let (pos, _, _) = args::split(a, kwnames);
    args::check_positional("tuple", pos.len(), 0, 1)?;
    if exact {
        return match pos.first() {
            None => Ok(super::tuple::empty_tuple()),
            Some(x) if x.is_exact(&TUPLE_TYPE) => Ok(x.to_ref()),
            Some(x) => Ok(new_tuple(protocol::collect(x)?)),
        };
    }
    let v = match pos.first() {
        None => Vec::new(),
        Some(x) => protocol::collect(x)?,
    };
    Ok(new_object(t, |ob| PyTuple { ob, items: v.into_boxed_slice(), hash: Cell::new(-1) }))
}

fn m_count(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("tuple.count", &a[1..], kw)?;
    let mut n = 0;
    for item in items(a[0]) {
        if eq_fast(item, v)? {
            n += 1;
        }
    }
    Ok(new_int_isize(n))
}

fn m_index(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("index", kw)?;
    args::check_positional("index", a.len() - 1, 1, 3)?;
    let it = items(a[0]);
    let (start, stop) = index_bounds(a.get(2).copied(), a.get(3).copied(), it.len())?;
    for (i, item) in it.iter().enumerate().take(stop.min(it.len())).skip(start) {
        if eq_fast(item, a[1])? {
            return Ok(new_int_isize(i as isize));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn m_getnewargs(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("tuple.__getnewargs__", &a[1..], kw)?;
    Ok(new_tuple(vec![new_tuple(items(a[0]).to_vec())]))
}

pub(crate) static TUPLE_METHODS: [MethodDef; 4] = [
    MethodDef { name: "count", func: m_count, flags: 0, doc: "Return number of occurrences of value." },
    MethodDef { name: "index", func: m_index, flags: 0, doc: "Return first index of value." },
    MethodDef { name: "__getnewargs__", func: m_getnewargs, flags: 0, doc: "" },
    MethodDef {
        name: "__class_getitem__",
        func: super::genericalias::class_getitem,
        flags: super::typeobj::method_flags::CLASS,
        doc: "See PEP 585",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::int::new_int;

    #[test]
    fn hash_matches_cpython() {
        crate::runtime::init_for_tests();
        // Values from python3.11 on x86-64.
        let t = new_tuple(vec![]);
        assert_eq!(tuple_hash(&t).unwrap(), 5740354900026072187);
        let t = new_tuple(vec![new_int(1), new_int(2)]);
        assert_eq!(tuple_hash(&t).unwrap(), -3550055125485641917);
        let t = new_tuple(vec![new_int(1)]);
        assert_eq!(tuple_hash(&t).unwrap(), -6644214454873602895);
        let t = new_tuple(vec![new_int(-1), new_int(0), new_int(1 << 62)]);
        assert_eq!(tuple_hash(&t).unwrap(), HASH_NEG);
        let inner = new_tuple(vec![new_int(1), new_int(2)]);
        let t = new_tuple(vec![inner, new_int(3)]);
        assert_eq!(tuple_hash(&t).unwrap(), HASH_NESTED);
    }

    const HASH_NEG: isize = -6935546514667645283;
    const HASH_NESTED: isize = -333907151259015829;
}
