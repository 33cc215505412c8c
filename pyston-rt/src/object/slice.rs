//! `slice` objects and the index arithmetic every sequence uses for slicing
//! (`slice_indices`: CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`).

use super::args;
use super::exceptions::{attribute_error, type_error, value_error};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{as_int, new_bigint};
use super::protocol;
use super::singletons::{is_none, none, not_implemented};
use super::str::new_str;
use super::tuple::new_tuple;
use super::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::CmpKind;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::cell::Cell;

#[repr(C)]
pub struct PySlice {
    pub ob: PyObject,
    pub start: PyRef,
    pub stop: PyRef,
    pub step: PyRef,
}

pub static SLICE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PySlice>),
    tp_repr: slot(slice_repr),
    tp_richcompare: slot(slice_richcompare),
    tp_new: slot(slice_new),
    flags: Cell::new(0),
    methods: &SLICE_METHODS,
    getsets: &SLICE_GETSETS,
    doc: Some("slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2])."),
    ..TypeObject::new_static("slice", std::mem::size_of::<PySlice>())
});

static SLICE_METHODS: [MethodDef; 2] = [
    MethodDef { name: "indices", func: slice_indices_method, flags: 0, doc: "S.indices(len) -> (start, stop, stride)" },
    MethodDef { name: "__reduce__", func: slice_reduce, flags: 0, doc: "Return state information for pickling." },
];

static SLICE_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "start", get: get_start, set: Some(readonly), doc: "" },
    GetSetDef { name: "stop", get: get_stop, set: Some(readonly), doc: "" },
    GetSetDef { name: "step", get: get_step, set: Some(readonly), doc: "" },
];

/// `slice(start, stop, step)`; pass None objects for missing parts.
pub fn new_slice(start: &PyObject, stop: &PyObject, step: &PyObject) -> PyRef {
    new_object(&SLICE_TYPE, |ob| PySlice { ob, start: start.to_ref(), stop: stop.to_ref(), step: step.to_ref() })
}

#[inline]
pub fn as_slice(o: &PyObject) -> Option<&PySlice> {
    if o.is_exact(&SLICE_TYPE) {
        // SAFETY: slice is not subclassable; the type check guarantees the layout.
        Some(unsafe { o.cast::<PySlice>() })
    } else {
        None
    }
}

/// Whether `o` is a slice object.
#[inline]
pub fn is_slice(o: &PyObject) -> bool {
    o.is_exact(&SLICE_TYPE)
}

fn clamp_big(b: &BigInt) -> isize {
    match b.to_isize() {
        Some(v) => v,
        None if b.sign() == num_bigint::Sign::Minus => isize::MIN,
        None => isize::MAX,
    }
}

/// CPython's `_PyEval_SliceIndex`: an index-like value clamped to isize.
fn eval_slice_index(v: &PyObject) -> PyResult<isize> {
    if let Some(i) = as_int(v) {
        return Ok(match i.as_i64() {
            Some(x) => x as isize,
            None => clamp_big(&i.to_bigint()),
        });
    }
    if v.type_().nb_index.get().is_some() {
        let r = protocol::index(v)?;
        let i = as_int(&r).expect("__index__ returned an int");
        return Ok(match i.as_i64() {
            Some(x) => x as isize,
            None => clamp_big(&i.to_bigint()),
        });
    }
    Err(type_error("slice indices must be integers or None or have an __index__ method"))
}

/// `PySlice_Unpack`: (start, stop, step) with None replaced by the extreme
/// values, clamped to isize. `slice step cannot be zero` for a zero step.
pub fn slice_unpack(s: &PyObject) -> PyResult<(isize, isize, isize)> {
    let s = as_slice(s).ok_or_else(|| type_error("expected a slice"))?;
    let step = if is_none(&s.step) {
        1
    } else {
        let st = eval_slice_index(&s.step)?;
        if st == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        st.max(-isize::MAX)
    };
    let start = if is_none(&s.start) {
        if step < 0 { isize::MAX } else { 0 }
    } else {
        eval_slice_index(&s.start)?
    };
    let stop = if is_none(&s.stop) {
        if step < 0 { isize::MIN } else { isize::MAX }
    } else {
        eval_slice_index(&s.stop)?
    };
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: clamp unpacked indices to a sequence of length
/// `len`; returns (start, stop, slice length).
pub fn adjust_indices(len: isize, mut start: isize, mut stop: isize, step: isize) -> (isize, isize, usize) {
    if start < 0 {
        start += len;
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= len {
        start = if step < 0 { len - 1 } else { len };
    }
    if stop < 0 {
        stop += len;
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= len {
        stop = if step < 0 { len - 1 } else { len };
    }
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, n)
}

/// The slice's (start, stop, step, slice length) for a sequence of length
/// `len`, with CPython's clamping rules.
pub fn slice_indices(s: &PyObject, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let (start, stop, step) = slice_unpack(s)?;
    let (start, stop, n) = adjust_indices(len as isize, start, stop, step);
    Ok((start, stop, step, n))
}

fn slice_new(_t: &TypeObject, a: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("slice", kwnames)?;
    args::check_positional("slice", a.len(), 1, 3)?;
    let n = none();
    Ok(match a.len() {
        1 => new_slice(&n, a[0], &n),
        2 => new_slice(a[0], a[1], &n),
        _ => new_slice(a[0], a[1], a[2]),
    })
}

fn slice_repr(o: &PyObject) -> PyResult<PyRef> {
    let s = as_slice(o).expect("slice");
    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
    Ok(new_str(format!(
        "slice({}, {}, {})",
        protocol::repr_string(&a)?,
        protocol::repr_string(&b)?,
        protocol::repr_string(&c)?
    )))
}

fn slice_tuple(s: &PySlice) -> PyRef {
    new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

fn slice_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (as_slice(a), as_slice(b)) else {
        return Ok(not_implemented());
    };
    if a.is(b) {
        match op {
            CmpKind::Eq | CmpKind::Le | CmpKind::Ge => return Ok(super::int::new_bool(true)),
            CmpKind::Ne | CmpKind::Lt | CmpKind::Gt => return Ok(super::int::new_bool(false)),
        }
    }
    let (t1, t2) = (slice_tuple(x), slice_tuple(y));
    protocol::rich_compare(&t1, &t2, op)
}

fn self_slice<'a>(args: &[&'a PyObject]) -> &'a PySlice {
    as_slice(args[0]).expect("slice method on a slice")
}

fn big_index(v: &PyObject) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_bigint());
    }
    if v.type_().nb_index.get().is_some() {
        let r = protocol::index(v)?;
        return Ok(as_int(&r).expect("int").to_bigint());
    }
    Err(type_error("slice indices must be integers or None or have an __index__ method"))
}

/// `slice.indices(length)` computed with arbitrary-precision integers
/// (CPython's `_PySlice_GetLongIndices`): (start, stop, step).
pub fn slice_indices_big(s: &PyObject, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let s = as_slice(s).ok_or_else(|| type_error("expected a slice"))?;
    let step = if is_none(&s.step) {
        BigInt::from(1)
    } else {
        let st = big_index(&s.step)?;
        if st.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        st
    };
    let neg = step.sign() == num_bigint::Sign::Minus;
    let (lower, upper) = if neg { (BigInt::from(-1), length - 1) } else { (BigInt::from(0), length.clone()) };
    let fix = |v: &PyObject, default: &BigInt| -> PyResult<BigInt> {
        if is_none(v) {
            return Ok(default.clone());
        }
        let mut x = big_index(v)?;
        if x.sign() == num_bigint::Sign::Minus {
            x += length;
            if x < lower {
                x = lower.clone();
            }
        } else if x > upper {
            x = upper.clone();
        }
        Ok(x)
    };
    let start = fix(&s.start, if neg { &upper } else { &lower })?;
    let stop = fix(&s.stop, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

fn slice_indices_method(a: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let len_obj = args::one_arg("slice.indices", &a[1..], kwnames)?;
    let length = protocol::index(len_obj)?;
    let length = as_int(&length).expect("int").to_bigint();
    if length.sign() == num_bigint::Sign::Minus {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices_big(a[0], &length)?;
    Ok(new_tuple(vec![new_bigint(start), new_bigint(stop), new_bigint(step)]))
}

fn slice_reduce(a: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("slice.__reduce__", &a[1..], kwnames)?;
    let s = self_slice(a);
    Ok(new_tuple(vec![SLICE_TYPE.to_ref(), slice_tuple(s)]))
}

fn get_start(o: &PyObject) -> PyResult<PyRef> {
    Ok(as_slice(o).expect("slice").start.clone())
}
fn get_stop(o: &PyObject) -> PyResult<PyRef> {
    Ok(as_slice(o).expect("slice").stop.clone())
}
fn get_step(o: &PyObject) -> PyResult<PyRef> {
    Ok(as_slice(o).expect("slice").step.clone())
}
fn readonly(_o: &PyObject, _v: Option<&PyObject>) -> PyResult<()> {
    Err(attribute_error("readonly attribute"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::int::new_int;

    fn idx(a: Option<i64>, b: Option<i64>, c: Option<i64>, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let m = |v: Option<i64>| v.map(new_int).unwrap_or_else(none);
        let s = new_slice(&m(a), &m(b), &m(c));
        slice_indices(&s, len)
    }

    #[test]
    fn indices_match_cpython() {
        crate::runtime::init_for_tests();
        assert_eq!(idx(None, None, None, 10).unwrap(), (0, 10, 1, 10));
        assert_eq!(idx(Some(2), Some(-2), None, 10).unwrap(), (2, 8, 1, 6));
        assert_eq!(idx(None, None, Some(-1), 10).unwrap(), (9, -1, -1, 10));
        assert_eq!(idx(Some(-100), Some(100), Some(3), 10).unwrap(), (0, 10, 3, 4));
        assert_eq!(idx(Some(5), Some(1), None, 10).unwrap(), (5, 1, 1, 0));
        assert_eq!(idx(Some(100), None, Some(-2), 10).unwrap(), (9, -1, -2, 5));
        assert_eq!(idx(None, None, Some(2), 0).unwrap(), (0, 0, 2, 0));
        assert!(idx(None, None, Some(0), 3).is_err());
    }
}
