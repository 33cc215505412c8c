//! `int` and `bool` representation: a machine word when the value fits in
//! an `i64` (`big` is None), a `BigInt` otherwise. `bool` is a subclass with
//! the two static instances `True` and `False`. Small ints (-5..=256) are
//! cached, as in CPython. Arithmetic lives in `int_ops.rs`.

use super::header::{new_object, PyObject, PyRef, Static};
use super::int_methods::slots as im;
use super::int_ops::slots as io;
use super::typeobj::{drop_payload, nb_slots, slot, type_flags, TypeObject};
use crate::bytecode::BinOpKind;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::Cell;

/// Invariant: `big` is Some exactly when the value does not fit in `i64`.
/// Compiled code reads `small` after checking `big` is null.
#[repr(C)]
pub struct PyInt {
    pub ob: PyObject,
    pub small: i64,
    pub big: Option<Box<BigInt>>,
}

impl PyInt {
    /// The value as i64 if it fits.
    #[inline(always)]
    pub fn as_i64(&self) -> Option<i64> {
        if self.big.is_none() {
            Some(self.small)
        } else {
            None
        }
    }
    /// The value as a BigInt (allocates for small values).
    pub fn to_bigint(&self) -> BigInt {
        match &self.big {
            Some(b) => (**b).clone(),
            None => BigInt::from(self.small),
        }
    }
}

pub static INT_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyInt>),
    flags: Cell::new(type_flags::BASETYPE | type_flags::INT_SUBCLASS),
    tp_repr: slot(im::int_repr),
    tp_hash: slot(io::int_hash),
    tp_richcompare: slot(io::int_richcompare),
    tp_new: slot(im::int_new),
    nb: nb_slots(&[
        (BinOpKind::Add, io::int_add),
        (BinOpKind::Sub, io::int_sub),
        (BinOpKind::Mul, io::int_mul),
        (BinOpKind::TrueDiv, io::int_truediv),
        (BinOpKind::FloorDiv, io::int_floordiv),
        (BinOpKind::Mod, io::int_mod),
        (BinOpKind::Pow, io::int_pow),
        (BinOpKind::LShift, io::int_lshift),
        (BinOpKind::RShift, io::int_rshift),
        (BinOpKind::And, io::int_and),
        (BinOpKind::Or, io::int_or),
        (BinOpKind::Xor, io::int_xor),
    ]),
    nb_power3: slot(io::int_pow3),
    nb_negative: slot(io::int_neg),
    nb_positive: slot(io::int_pos),
    nb_invert: slot(io::int_invert),
    nb_absolute: slot(io::int_abs),
    nb_bool: slot(io::int_bool),
    nb_int: slot(io::int_pos),
    nb_float: slot(io::int_float),
    nb_index: slot(io::int_pos),
    methods: &super::int_methods::INT_METHODS,
    getsets: &super::int_methods::INT_GETSETS,
    doc: Some("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given."),
    ..TypeObject::new_static("int", std::mem::size_of::<PyInt>())
});

/// `bool`: a subclass of int that cannot be subclassed (no BASETYPE).
pub static BOOL_TYPE: Static<TypeObject> = Static(TypeObject {
    base: Cell::new(&INT_TYPE as *const Static<TypeObject> as *mut TypeObject),
    flags: Cell::new(type_flags::INT_SUBCLASS),
    tp_repr: slot(im::bool_repr),
    tp_new: slot(im::bool_new),
    nb: nb_slots(&[
        (BinOpKind::And, io::bool_and),
        (BinOpKind::Or, io::bool_or),
        (BinOpKind::Xor, io::bool_xor),
    ]),
    doc: Some("bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed."),
    ..TypeObject::new_static("bool", std::mem::size_of::<PyInt>())
});

/// `True` and `False`.
pub static TRUE: Static<PyInt> = Static(PyInt { ob: PyObject::new_static(&BOOL_TYPE.0), small: 1, big: None });
pub static FALSE: Static<PyInt> = Static(PyInt { ob: PyObject::new_static(&BOOL_TYPE.0), small: 0, big: None });

/// A new reference to True or False.
#[inline(always)]
pub fn new_bool(b: bool) -> PyRef {
    if b {
        TRUE.to_ref()
    } else {
        FALSE.to_ref()
    }
}

const SMALL_MIN: i64 = -5;
const SMALL_MAX: i64 = 256;

const NSMALL: usize = (SMALL_MAX - SMALL_MIN + 1) as usize;
static SMALL: Static<Cell<*const [PyRef; NSMALL]>> = Static(Cell::new(std::ptr::null()));

#[cold]
fn init_small() -> *const [PyRef; NSMALL] {
    let v: Vec<PyRef> = (SMALL_MIN..=SMALL_MAX)
        .map(|v| {
            let r = new_object(&INT_TYPE, |ob| PyInt { ob, small: v, big: None });
            r.make_immortal();
            r
        })
        .collect();
    let b: Box<[PyRef; NSMALL]> = v.into_boxed_slice().try_into().ok().expect("small int table");
    let p = Box::into_raw(b) as *const [PyRef; NSMALL];
    SMALL.set(p);
    p
}

/// A new int from an i64 (cached for small values).
#[inline]
pub fn new_int(v: i64) -> PyRef {
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        let mut p = SMALL.get();
        if p.is_null() {
            p = init_small();
        }
        // SAFETY: the table is leaked (immortal) once created.
        return unsafe { (*p)[(v - SMALL_MIN) as usize].clone() };
    }
    new_object(&INT_TYPE, |ob| PyInt { ob, small: v, big: None })
}

/// A new int from a BigInt (normalized to the machine-word form when it fits).
pub fn new_bigint(v: BigInt) -> PyRef {
    match v.to_i64() {
        Some(s) => new_int(s),
        None => new_object(&INT_TYPE, |ob| PyInt { ob, small: 0, big: Some(Box::new(v)) }),
    }
}

/// An instance of an int subclass `t` with value `v`.
pub fn new_int_of_type(t: &TypeObject, v: BigInt) -> PyRef {
    let (small, big) = match v.to_i64() {
        Some(s) => (s, None),
        None => (0, Some(Box::new(v))),
    };
    new_object(t, |ob| PyInt { ob, small, big })
}

/// Downcast to int (exact, bool, or subclass).
#[inline(always)]
pub fn as_int(o: &PyObject) -> Option<&PyInt> {
    if o.is_exact(&INT_TYPE) || o.type_().has_flag(type_flags::INT_SUBCLASS) {
        // SAFETY: int and its subclasses are laid out as PyInt.
        Some(unsafe { o.cast::<PyInt>() })
    } else {
        None
    }
}

/// The value of an int object if it fits in i64.
#[inline]
pub fn int_value_i64(o: &PyObject) -> Option<i64> {
    as_int(o).and_then(|i| i.as_i64())
}

/// The value of an int object as BigInt.
pub fn int_value_big(o: &PyObject) -> Option<BigInt> {
    as_int(o).map(|i| i.to_bigint())
}
