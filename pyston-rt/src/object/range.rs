//! `range`: start/stop/step/length as int objects (arbitrary size), with
//! an i64 fast path for iteration, indexing and membership, plus
//! `range_iterator` (i64) and `longrange_iterator` (BigInt).

use super::args;
use super::exceptions::{attribute_error, index_error, overflow_error, type_error, value_error};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{as_int, new_bigint, new_bool, new_int, BOOL_TYPE, INT_TYPE};
use super::protocol;
use super::seqiter::self_iter;
use super::sequtil::{eq_fast, new_int_isize};
use super::singletons::{none, not_implemented};
use super::slice::{is_slice, slice_indices_big};
use super::str::new_str;
use super::tuple::new_tuple;
use super::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::CmpKind;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::Cell;

#[repr(C)]
pub struct PyRange {
    pub ob: PyObject,
    pub start: PyRef,
    pub stop: PyRef,
    pub step: PyRef,
    pub length: PyRef,
    /// (start, stop, step, length) when all fit in i64.
    pub small: Option<(i64, i64, i64, i64)>,
}

static RANGE_METHODS: [MethodDef; 4] = [
    MethodDef { name: "count", func: m_count, flags: 0, doc: "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    MethodDef { name: "index", func: m_index, flags: 0, doc: "rangeobject.index(value) -> integer -- return index of value." },
    MethodDef { name: "__reversed__", func: m_reversed, flags: 0, doc: "Return a reverse iterator." },
    MethodDef { name: "__reduce__", func: m_reduce, flags: 0, doc: "" },
];

static RANGE_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "start", get: get_start, set: Some(readonly), doc: "" },
    GetSetDef { name: "stop", get: get_stop, set: Some(readonly), doc: "" },
    GetSetDef { name: "step", get: get_step, set: Some(readonly), doc: "" },
];

pub static RANGE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyRange>),
    tp_repr: slot(range_repr),
    tp_hash: slot(range_hash),
    tp_richcompare: slot(range_richcompare),
    tp_iter: slot(range_iter),
    tp_new: slot(range_new),
    mp_length: slot(range_len),
    mp_subscript: slot(range_subscript),
    sq_contains: slot(range_contains),
    nb_bool: slot(range_bool),
    flags: Cell::new(0),
    methods: &RANGE_METHODS,
    getsets: &RANGE_GETSETS,
    doc: Some("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step."),
    ..TypeObject::new_static("range", std::mem::size_of::<PyRange>())
});

fn pyrange(o: &PyObject) -> &PyRange {
    assert!(o.is_exact(&RANGE_TYPE), "range slot on a non-range");
    // SAFETY: checked the exact type (range is not subclassable).
    unsafe { o.cast::<PyRange>() }
}

fn big(o: &PyObject) -> BigInt {
    as_int(o).expect("int").to_bigint()
}

fn small_of(o: &PyObject) -> Option<i64> {
    as_int(o).and_then(|i| i.as_i64())
}

fn len_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / st + 1u32
}

/// A range from int objects (step must be non-zero).
fn make_range(start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
    let small = match (small_of(&start), small_of(&stop), small_of(&step)) {
        (Some(a), Some(b), Some(c)) => {
            let (lo, hi, st) = if c > 0 { (a as i128, b as i128, c as i128) } else { (b as i128, a as i128, -(c as i128)) };
            let n = if lo >= hi { 0 } else { (hi - lo - 1) / st + 1 };
            i64::try_from(n).ok().map(|n| (a, b, c, n))
        }
        _ => None,
    };
    let length = match small {
        Some((_, _, _, n)) => new_int(n),
        None => new_bigint(len_big(&big(&start), &big(&stop), &big(&step))),
    };
    new_object(&RANGE_TYPE, |ob| PyRange { ob, start, stop, step, length, small })
}

/// `range(start, stop, step)` for the runtime (step must be non-zero).
pub fn new_range(start: i64, stop: i64, step: i64) -> PyResult<PyRef> {
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(new_int(start), new_int(stop), new_int(step)))
}

/// `__index__` of an argument as an exact int.
fn to_index(o: &PyObject) -> PyResult<PyRef> {
    let r = protocol::index(o)?;
    if r.is_exact(&INT_TYPE) {
        return Ok(r);
    }
    Ok(new_bigint(big(&r)))
}

fn range_new(_t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("range", kw)?;
    args::check_positional("range", a.len(), 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (new_int(0), to_index(a[0])?, new_int(1)),
        2 => (to_index(a[0])?, to_index(a[1])?, new_int(1)),
        _ => {
            let (s, e, st) = (to_index(a[0])?, to_index(a[1])?, to_index(a[2])?);
            if small_of(&st) == Some(0) {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            (s, e, st)
        }
    };
    Ok(make_range(start, stop, step))
}

fn range_repr(o: &PyObject) -> PyResult<PyRef> {
    let r = pyrange(o);
    let (a, b) = (protocol::repr_string(&r.start)?, protocol::repr_string(&r.stop)?);
    if small_of(&r.step) == Some(1) {
        Ok(new_str(format!("range({}, {})", a, b)))
    } else {
        Ok(new_str(format!("range({}, {}, {})", a, b, protocol::repr_string(&r.step)?)))
    }
}

fn range_len(o: &PyObject) -> PyResult<usize> {
    let r = pyrange(o);
    match small_of(&r.length) {
        Some(n) => Ok(n as usize),
        None => Err(overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(o: &PyObject) -> PyResult<bool> {
    let r = pyrange(o);
    Ok(small_of(&r.length) != Some(0))
}

/// `start + i*step` (no bounds check).
fn item_at(r: &PyRange, i: &BigInt) -> PyRef {
    if let (Some((s, _, st, _)), Some(i)) = (r.small, i.to_i64()) {
        if let Some(v) = i.checked_mul(st).and_then(|x| x.checked_add(s)) {
            return new_int(v);
        }
    }
    new_bigint(big(&r.start) + i * big(&r.step))
}

fn range_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let r = pyrange(o);
    if as_int(key).is_some() || key.type_().nb_index.get().is_some() {
        if let (Some((s, _, st, n)), Some(i)) = (r.small, small_of(key)) {
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(index_error("range object index out of range"));
            }
            return Ok(new_int(((s as i128) + (j as i128) * (st as i128)) as i64));
        }
        let i = big(&*protocol::index(key)?);
        let len = big(&r.length);
        let j = if i.is_negative() { i + &len } else { i };
        if j.is_negative() || j >= len {
            return Err(index_error("range object index out of range"));
        }
        return Ok(item_at(r, &j));
    }
    if is_slice(key) {
        let (start, stop, step) = slice_indices_big(key, &big(&r.length))?;
        let substep = new_bigint(&step * big(&r.step));
        return Ok(make_range(item_at(r, &start), item_at(r, &stop), substep));
    }
    Err(type_error(format!("range indices must be integers or slices, not {}", key.type_().name())))
}

/// Membership for an exact int (or bool), in O(1).
fn contains_int(r: &PyRange, x: &PyObject) -> bool {
    if let (Some((s, e, st, _)), Some(v)) = (r.small, small_of(x)) {
        let inside = if st > 0 { s <= v && v < e } else { e < v && v <= s };
        return inside && ((v as i128 - s as i128) % st as i128) == 0;
    }
    let (s, e, st, v) = (big(&r.start), big(&r.stop), big(&r.step), big(x));
    let inside = if st.is_positive() { s <= v && v < e } else { e < v && v <= s };
    inside && (v - s).mod_floor(&st).is_zero()
}

fn is_int_key(x: &PyObject) -> bool {
    x.is_exact(&INT_TYPE) || x.is_exact(&BOOL_TYPE)
}

fn range_contains(o: &PyObject, x: &PyObject) -> PyResult<bool> {
    let r = pyrange(o);
    if is_int_key(x) {
        return Ok(contains_int(r, x));
    }
    let it = range_iter(o)?;
    while let Some(v) = protocol::next(&it)? {
        if eq_fast(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_equals(a: &PyRange, b: &PyRange) -> PyResult<bool> {
    if std::ptr::eq(a, b) {
        return Ok(true);
    }
    if !eq_fast(&a.length, &b.length)? {
        return Ok(false);
    }
    if small_of(&a.length) == Some(0) {
        return Ok(true);
    }
    if !eq_fast(&a.start, &b.start)? {
        return Ok(false);
    }
    if small_of(&a.length) == Some(1) {
        return Ok(true);
    }
    eq_fast(&a.step, &b.step)
}

fn range_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !b.is_exact(&RANGE_TYPE) || !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(not_implemented());
    }
    let eq = range_equals(pyrange(a), pyrange(b))?;
    Ok(new_bool(eq == (op == CmpKind::Eq)))
}

fn range_hash(o: &PyObject) -> PyResult<isize> {
    let r = pyrange(o);
    let t = match small_of(&r.length) {
        Some(0) => new_tuple(vec![r.length.clone(), none(), none()]),
        Some(1) => new_tuple(vec![r.length.clone(), r.start.clone(), none()]),
        _ => new_tuple(vec![r.length.clone(), r.start.clone(), r.step.clone()]),
    };
    protocol::hash(&t)
}

fn range_iter(o: &PyObject) -> PyResult<PyRef> {
    let r = pyrange(o);
    if let Some((s, e, st, n)) = r.small {
        let overflow = n > 0 && if st > 0 { e > i64::MAX - (st - 1) } else { e < i64::MIN + (-1 - st) };
        if !overflow {
            return Ok(fast_range_iter(s, st, n));
        }
    }
    Ok(long_range_iter(big(&r.start), big(&r.step), big(&r.length)))
}

fn m_reversed(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("range.__reversed__", &a[1..], kw)?;
    let r = pyrange(a[0]);
    if let Some((s, _, st, n)) = r.small {
        if st != i64::MIN {
            if let Some(new_stop) = s.checked_sub(st) {
                let new_start = (new_stop as i128) + (n as i128) * (st as i128);
                if let Ok(ns) = i64::try_from(new_start) {
                    return Ok(fast_range_iter(ns, -st, n));
                }
            }
        }
    }
    let (start, step, len) = (big(&r.start), big(&r.step), big(&r.length));
    let last = if len.is_zero() { start.clone() } else { &start + (&len - 1u32) * &step };
    Ok(long_range_iter(last, -step, len))
}

fn m_count(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = args::one_arg("range.count", &a[1..], kw)?;
    if is_int_key(x) {
        return Ok(new_int(contains_int(pyrange(a[0]), x) as i64));
    }
    let it = range_iter(a[0])?;
    let mut n = 0;
    while let Some(v) = protocol::next(&it)? {
        if eq_fast(&v, x)? {
            n += 1;
        }
    }
    Ok(new_int_isize(n))
}

fn m_index(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = args::one_arg("range.index", &a[1..], kw)?;
    let r = pyrange(a[0]);
    if is_int_key(x) {
        if !contains_int(r, x) {
            return Err(value_error(format!("{} is not in range", protocol::repr_string(x)?)));
        }
        if let (Some((s, _, st, _)), Some(v)) = (r.small, small_of(x)) {
            return Ok(new_int(((v as i128 - s as i128) / st as i128) as i64));
        }
        return Ok(new_bigint((big(x) - big(&r.start)) / big(&r.step)));
    }
    let it = range_iter(a[0])?;
    let mut i = 0;
    while let Some(v) = protocol::next(&it)? {
        if eq_fast(&v, x)? {
            return Ok(new_int_isize(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn m_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("range.__reduce__", &a[1..], kw)?;
    let r = pyrange(a[0]);
    Ok(new_tuple(vec![RANGE_TYPE.to_ref(), new_tuple(vec![r.start.clone(), r.stop.clone(), r.step.clone()])]))
}

fn get_start(o: &PyObject) -> PyResult<PyRef> {
    Ok(pyrange(o).start.clone())
}
fn get_stop(o: &PyObject) -> PyResult<PyRef> {
    Ok(pyrange(o).stop.clone())
}
fn get_step(o: &PyObject) -> PyResult<PyRef> {
    Ok(pyrange(o).step.clone())
}
fn readonly(_o: &PyObject, _v: Option<&PyObject>) -> PyResult<()> {
    Err(attribute_error("readonly attribute"))
}

// ------------------------------------------------------------ iterators --

#[repr(C)]
pub struct PyRangeIter {
    pub ob: PyObject,
    pub start: Cell<i64>,
    pub step: i64,
    pub len: Cell<i64>,
}

#[repr(C)]
pub struct PyLongRangeIter {
    pub ob: PyObject,
    pub state: std::cell::RefCell<(BigInt, BigInt, BigInt)>,
}

static RANGEITER_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", func: rangeiter_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." }];
static LONGRANGEITER_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", func: longrangeiter_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." }];

pub static RANGE_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyRangeIter>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(rangeiter_next),
    flags: Cell::new(0),
    methods: &RANGEITER_METHODS,
    ..TypeObject::new_static("range_iterator", std::mem::size_of::<PyRangeIter>())
});

pub static LONGRANGE_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyLongRangeIter>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(longrangeiter_next),
    flags: Cell::new(0),
    methods: &LONGRANGEITER_METHODS,
    ..TypeObject::new_static("longrange_iterator", std::mem::size_of::<PyLongRangeIter>())
});

fn fast_range_iter(start: i64, step: i64, len: i64) -> PyRef {
    new_object(&RANGE_ITER_TYPE, |ob| PyRangeIter { ob, start: Cell::new(start), step, len: Cell::new(len) })
}

fn long_range_iter(start: BigInt, step: BigInt, len: BigInt) -> PyRef {
    new_object(&LONGRANGE_ITER_TYPE, |ob| PyLongRangeIter { ob, state: std::cell::RefCell::new((start, step, len)) })
}

/// The next value of a `range_iterator` as an i64, without allocating an
/// int (for the interpreter's `for` fast path); None when `o` is not a
/// `range_iterator` or is exhausted.
#[inline]
pub fn range_iter_next_i64(o: &PyObject) -> Option<i64> {
    if !o.is_exact(&RANGE_ITER_TYPE) {
        return None;
    }
    // SAFETY: checked the type.
    let it = unsafe { o.cast::<PyRangeIter>() };
    let n = it.len.get();
    if n <= 0 {
        return None;
    }
    let v = it.start.get();
    it.start.set(v.wrapping_add(it.step));
    it.len.set(n - 1);
    Some(v)
}

fn rangeiter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on range_iterator.
    let it = unsafe { o.cast::<PyRangeIter>() };
    let n = it.len.get();
    if n <= 0 {
        return Ok(None);
    }
    let v = it.start.get();
    it.start.set(v.wrapping_add(it.step));
    it.len.set(n - 1);
    Ok(Some(new_int(v)))
}

fn longrangeiter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on longrange_iterator.
    let it = unsafe { o.cast::<PyLongRangeIter>() };
    let mut st = it.state.borrow_mut();
    if !st.2.is_positive() {
        return Ok(None);
    }
    let v = st.0.clone();
    st.0 = &st.0 + &st.1;
    st.2 -= BigInt::one();
    drop(st);
    Ok(Some(new_bigint(v)))
}

fn rangeiter_length_hint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__length_hint__", &a[1..], kw)?;
    // SAFETY: installed only on range_iterator.
    let it = unsafe { a[0].cast::<PyRangeIter>() };
    Ok(new_int(it.len.get().max(0)))
}

fn longrangeiter_length_hint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__length_hint__", &a[1..], kw)?;
    // SAFETY: installed only on longrange_iterator.
    let it = unsafe { a[0].cast::<PyLongRangeIter>() };
    let n = it.state.borrow().2.clone();
    Ok(new_bigint(if n.sign() == Sign::Minus { BigInt::zero() } else { n }))
}
