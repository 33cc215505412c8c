//! `float`: an IEEE double. Arithmetic (mixed with ints, converted exactly),
//! exact comparison with ints, the numeric hash, `repr`. Construction and
//! named methods live in `float_methods.rs`.

use super::exceptions::{overflow_error, type_error, zero_division_error, PyErr, OVERFLOW_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{as_int, new_bool};
use super::int_float::{cmp_int_float, intval_to_f64};
use super::int_ops::{cmp_result, int_val};
use super::singletons::{is_none, not_implemented};
use super::str::new_str;
use super::typeobj::{drop_payload, nb_slots, slot, TypeObject};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};

#[repr(C)]
pub struct PyFloat {
    pub ob: PyObject,
    pub value: f64,
}

pub static FLOAT_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyFloat>),
    tp_repr: slot(float_repr_slot),
    tp_hash: slot(float_hash),
    tp_richcompare: slot(float_richcompare),
    tp_new: slot(super::float_methods::float_new),
    nb: nb_slots(&[
        (BinOpKind::Add, float_add),
        (BinOpKind::Sub, float_sub),
        (BinOpKind::Mul, float_mul),
        (BinOpKind::TrueDiv, float_truediv),
        (BinOpKind::FloorDiv, float_floordiv),
        (BinOpKind::Mod, float_mod),
        (BinOpKind::Pow, float_pow),
    ]),
    nb_power3: slot(float_pow3),
    nb_negative: slot(float_neg),
    nb_positive: slot(float_pos),
    nb_absolute: slot(float_abs),
    nb_bool: slot(float_bool),
    nb_int: slot(super::float_methods::float_trunc_slot),
    nb_float: slot(float_pos),
    methods: &super::float_methods::FLOAT_METHODS,
    getsets: &super::float_methods::FLOAT_GETSETS,
    doc: Some("Convert a string or number to a floating point number, if possible."),
    ..TypeObject::new_static("float", std::mem::size_of::<PyFloat>())
});

/// A new float object.
#[inline]
pub fn new_float(v: f64) -> PyRef {
    // SAFETY: single-threaded; no other borrow of the free list is live.
    let fl = unsafe { &mut *FREE_FLOATS.0.get() };
    let p = fl.head;
    if p.is_null() {
        return new_object(&FLOAT_TYPE, |ob| PyFloat { ob, value: v });
    }
    // SAFETY: a block on the free list is an unused `PyFloat` allocation
    // whose value word links to the next free block; it is written whole
    // (header and value) before it is used, so no zeroing is needed.
    unsafe {
        fl.head = (*p).value.to_bits() as usize as *mut PyFloat;
        fl.len -= 1;
        std::ptr::write(
            p,
            PyFloat {
                ob: PyObject { refcnt: std::cell::Cell::new(1), ob_type: std::cell::Cell::new(&FLOAT_TYPE.0 as *const TypeObject as *mut TypeObject) },
                value: v,
            },
        );
        super::debug_refs::on_alloc(&FLOAT_TYPE);
        PyRef::from_raw(p as *mut PyObject)
    }
}

/// Freed exact floats kept for reuse (CPython's float free list): a
/// singly-linked list through the value word, at most `FREE_FLOATS_MAX`.
struct FreeFloats {
    head: *mut PyFloat,
    len: usize,
}

const FREE_FLOATS_MAX: usize = 128;

static FREE_FLOATS: Static<std::cell::UnsafeCell<FreeFloats>> =
    Static(std::cell::UnsafeCell::new(FreeFloats { head: std::ptr::null_mut(), len: 0 }));

/// Free an exact float whose refcount reached zero (`typeobj::dealloc`'s
/// fast path: no finalizer, weakrefs, dict or payload to drop).
///
/// # Safety
/// `obj` is an exact float with refcount zero, not used afterwards.
#[inline]
pub unsafe fn free_float(obj: *mut PyObject) {
    super::debug_refs::on_free(&FLOAT_TYPE);
    let fl = &mut *FREE_FLOATS.0.get();
    if fl.len >= FREE_FLOATS_MAX {
        super::header::free_object(obj, &FLOAT_TYPE);
        return;
    }
    let p = obj as *mut PyFloat;
    (*p).value = f64::from_bits(fl.head as usize as u64);
    fl.head = p;
    fl.len += 1;
}

/// An instance of a float subclass `t` with value `v`.
pub fn new_float_of_type(t: &TypeObject, v: f64) -> PyRef {
    if std::ptr::eq(t, &FLOAT_TYPE.0) {
        return new_float(v);
    }
    new_object(t, |ob| PyFloat { ob, value: v })
}

/// Downcast to float (exact or subclass).
#[inline(always)]
pub fn as_float(o: &PyObject) -> Option<&PyFloat> {
    if o.is_exact(&FLOAT_TYPE) || o.type_().is_subtype(&FLOAT_TYPE) {
        // SAFETY: float and its subclasses are laid out as PyFloat.
        Some(unsafe { o.cast::<PyFloat>() })
    } else {
        None
    }
}

/// The value of a float object (exact or subclass).
#[inline(always)]
pub fn float_value(o: &PyObject) -> Option<f64> {
    as_float(o).map(|f| f.value)
}

/// `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`; otherwise
/// `TypeError: must be real number, not X`.
pub fn to_f64(o: &PyObject) -> PyResult<f64> {
    if let Some(f) = float_value(o) {
        return Ok(f);
    }
    if o.is_exact(&super::int::INT_TYPE) || o.is_exact(&super::int::BOOL_TYPE) {
        return intval_to_f64(int_val(o).expect("int"));
    }
    let t = o.type_();
    if let Some(f) = t.nb_float.get() {
        let r = f(o)?;
        return match float_value(&r) {
            Some(v) => Ok(v),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                t.name(),
                r.type_().name()
            ))),
        };
    }
    if t.nb_index.get().is_some() {
        let i = super::protocol::index(o)?;
        return intval_to_f64(int_val(&i).expect("int"));
    }
    Err(type_error(format!("must be real number, not {}", t.name())))
}

/// The operand of a float binary operator as f64: `Ok(None)` for unsupported
/// types (NotImplemented), an error for ints too large for a float.
#[inline(always)]
pub fn operand_f64(o: &PyObject) -> PyResult<Option<f64>> {
    if let Some(f) = float_value(o) {
        return Ok(Some(f));
    }
    match as_int(o) {
        Some(i) => Ok(Some(intval_to_f64(i.val())?)),
        None => Ok(None),
    }
}

macro_rules! float_operands {
    ($a:expr, $b:expr) => {
        match (operand_f64($a)?, operand_f64($b)?) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(not_implemented()),
        }
    };
}

fn float_add(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = float_operands!(a, b);
    Ok(new_float(x + y))
}

fn float_sub(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = float_operands!(a, b);
    Ok(new_float(x - y))
}

fn float_mul(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = float_operands!(a, b);
    Ok(new_float(x * y))
}

fn float_truediv(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = float_operands!(a, b);
    if y == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    Ok(new_float(x / y))
}

/// C's `fmod` (Rust's `%` on f64 is fmod).
#[inline]
pub fn fmod(x: f64, y: f64) -> f64 {
    x % y
}

fn float_floordiv(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = float_operands!(a, b);
    if y == 0.0 {
        return Err(zero_division_error("float floor division by zero"));
    }
    Ok(new_float(crate::format::floatops::div_mod(x, y).0))
}

fn float_mod(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = float_operands!(a, b);
    match crate::format::floatops::float_mod(x, y) {
        Ok(m) => Ok(new_float(m)),
        Err(_) => Err(zero_division_error("float modulo")),
    }
}

/// `divmod(a, b)` where either is a float (NotImplemented otherwise).
pub fn float_divmod(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = float_operands!(a, b);
    if y == 0.0 {
        return Err(zero_division_error("float divmod()"));
    }
    let (d, m) = crate::format::floatops::div_mod(x, y);
    Ok(super::tuple::new_tuple(vec![new_float(d), new_float(m)]))
}

fn is_odd_integer(x: f64) -> bool {
    fmod(x.abs(), 2.0) == 1.0
}

/// The OverflowError CPython raises from errno ERANGE: args `(34, 'Numerical result out of range')`.
#[cold]
pub fn erange_error() -> PyErr {
    PyErr::with_args(
        &OVERFLOW_ERROR,
        vec![super::int::new_int(34), new_str("Numerical result out of range")],
    )
}

/// `x ** y` for floats with CPython's special cases; a negative base with a
/// non-integral exponent gives a complex result.
pub fn float_pow_values(iv: f64, iw: f64) -> PyResult<PyRef> {
    if iw == 0.0 {
        return Ok(new_float(1.0));
    }
    if iv.is_nan() {
        return Ok(new_float(iv));
    }
    if iw.is_nan() {
        return Ok(new_float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let av = iv.abs();
        if av == 1.0 {
            return Ok(new_float(1.0));
        }
        return Ok(new_float(if (iw > 0.0) == (av > 1.0) { iw.abs() } else { 0.0 }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        if iw > 0.0 {
            return Ok(new_float(if odd { iv } else { iv.abs() }));
        }
        return Ok(new_float(if odd { 0.0f64.copysign(iv) } else { 0.0 }));
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(new_float(if odd { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return super::complex::complex_pow_values(
                super::complex::Complex { re: iv, im: 0.0 },
                super::complex::Complex { re: iw, im: 0.0 },
            );
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(new_float(if negate { -1.0 } else { 1.0 }));
    }
    let mut r = super::float_libm::pow(base, iw);
    if negate {
        r = -r;
    }
    if r.is_infinite() {
        return Err(erange_error());
    }
    Ok(new_float(r))
}

fn float_pow(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = float_operands!(a, b);
    float_pow_values(x, y)
}

fn float_pow3(a: &PyObject, b: &PyObject, c: &PyObject) -> PyResult<PyRef> {
    if !is_none(c) {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    float_pow(a, b)
}

fn float_neg(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_float(-float_value(o).expect("float")))
}

/// `+x` / `float(x)`: the value as an exact float.
pub fn float_pos(o: &PyObject) -> PyResult<PyRef> {
    if o.is_exact(&FLOAT_TYPE) {
        return Ok(o.to_ref());
    }
    Ok(new_float(float_value(o).expect("float")))
}

fn float_abs(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_float(float_value(o).expect("float").abs()))
}

fn float_bool(o: &PyObject) -> PyResult<bool> {
    Ok(float_value(o).expect("float") != 0.0)
}

fn float_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let Some(x) = float_value(a) else {
        return Ok(not_implemented());
    };
    if let Some(y) = float_value(b) {
        return Ok(new_bool(op.holds(&x, &y)));
    }
    if let Some(i) = int_val(b) {
        // Compare int with float exactly, then flip.
        return Ok(new_bool(match cmp_int_float(i, x) {
            Some(ord) => cmp_result(ord.reverse(), op),
            None => op == CmpKind::Ne,
        }));
    }
    Ok(not_implemented())
}

/// CPython's hash of a double (`format::hash::hash_float`); a NaN hashes
/// by the identity of `obj`, as in CPython 3.10+.
pub fn hash_f64(v: f64, obj: &PyObject) -> isize {
    if v.is_nan() {
        let h = (obj as *const PyObject as usize).rotate_right(4) as isize;
        return if h == -1 { -2 } else { h };
    }
    crate::format::hash::hash_float(v) as isize
}

fn float_hash(o: &PyObject) -> PyResult<isize> {
    Ok(hash_f64(float_value(o).expect("float"), o))
}

/// `repr(x)` for a float value.
pub fn float_repr_string(v: f64) -> String {
    crate::format::float_repr::float_repr(v)
}

fn float_repr_slot(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(float_repr_string(float_value(o).expect("float"))))
}

/// Round-trip float→int conversion used by `int(float)`, `math.floor`...
pub fn float_to_int_object(v: f64) -> PyResult<PyRef> {
    if v.is_finite() && v.abs() < 9.2e18 {
        return Ok(super::int::new_int(v as i64));
    }
    Ok(super::int::new_bigint(super::int_float::f64_to_int_checked(v)?))
}

/// The OverflowError for float results that overflow (`math range error` style callers use their own).
#[cold]
pub fn float_overflow(msg: &str) -> PyErr {
    overflow_error(msg)
}
