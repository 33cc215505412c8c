//! Helpers shared by the container types: equality and hashing with fast
//! paths for exact `int`/`str`, index conversion for subscripts, and
//! special-method lookup on the type (CPython's `_PyObject_LookupSpecial`).

use super::exceptions::{PyErr, INDEX_ERROR};
use super::header::{PyObject, PyRef};
use super::int::{as_int, new_int, BOOL_TYPE, INT_TYPE};
use super::protocol;
use super::str::{str_eq, str_hash, STR_TYPE};
use super::PyResult;

/// The modulus of CPython's numeric hash (2**61 - 1).
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;

/// `hash(v)` for an int that fits in i64 (CPython's value).
#[inline]
pub fn int_hash_i64(v: i64) -> isize {
    let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if v < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h as isize
    }
}

/// `hash(o)` with fast paths for exact str and small int.
#[inline]
pub fn hash_fast(o: &PyObject) -> PyResult<isize> {
    if o.is_exact(&STR_TYPE) {
        return Ok(str_hash(o));
    }
    if o.is_exact(&INT_TYPE) || o.is_exact(&BOOL_TYPE) {
        if let Some(v) = as_int(o).and_then(|i| i.as_i64()) {
            return Ok(int_hash_i64(v));
        }
    }
    protocol::hash(o)
}

/// `a == b` as a bool: identity, then exact str/int fast paths, then the
/// full protocol (`PyObject_RichCompareBool`).
#[inline]
pub fn eq_fast(a: &PyObject, b: &PyObject) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if a.is_exact(&STR_TYPE) && b.is_exact(&STR_TYPE) {
        return Ok(str_eq(a, b));
    }
    if a.is_exact(&INT_TYPE) && b.is_exact(&INT_TYPE) {
        // SAFETY: both are exact ints.
        let (x, y) = unsafe { (a.cast::<super::int::PyInt>(), b.cast::<super::int::PyInt>()) };
        if let (Some(x), Some(y)) = (x.as_i64(), y.as_i64()) {
            return Ok(x == y);
        }
    }
    protocol::eq_bool(a, b)
}

/// The index value of a subscript key: `Ok(None)` when `o` has no
/// `__index__`; an int too large for isize raises IndexError
/// (`cannot fit 'int' into an index-sized integer`), as CPython's
/// `PyNumber_AsSsize_t(o, PyExc_IndexError)`.
pub fn subscript_index(o: &PyObject) -> PyResult<Option<isize>> {
    if let Some(i) = as_int(o) {
        if let Some(v) = i.as_i64() {
            return Ok(Some(v as isize));
        }
        return Err(PyErr::new(&INDEX_ERROR, format!("cannot fit '{}' into an index-sized integer", o.type_().name())));
    }
    if o.type_().nb_index.get().is_none() {
        return Ok(None);
    }
    let r = protocol::index(o)?;
    match as_int(&r).and_then(|i| i.as_i64()) {
        Some(v) => Ok(Some(v as isize)),
        None => Err(PyErr::new(&INDEX_ERROR, format!("cannot fit '{}' into an index-sized integer", o.type_().name()))),
    }
}

/// Look `name` up on the type of `o` and bind it (descriptor `__get__`),
/// without looking at the instance dict. Ok(None) when absent.
pub fn lookup_special(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let t = o.type_();
    let d = match t.lookup(name) {
        Some(d) => d.to_ref(),
        None => return Ok(None),
    };
    match d.type_().tp_descr_get.get() {
        Some(get) => get(&d, Some(o), Some(t.obj())).map(Some),
        None => Ok(Some(d)),
    }
}

/// A new int from an isize.
#[inline]
pub fn new_int_isize(v: isize) -> PyRef {
    new_int(v as i64)
}

/// `repr(o)` appended to `out`.
pub fn push_repr(out: &mut String, o: &PyObject) -> PyResult<()> {
    let r = protocol::repr(o)?;
    out.push_str(super::str::str_value(&r).unwrap_or(""));
    Ok(())
}

/// An optional owned reference in an object payload that may be read and
/// cleared while Python code runs (iterators drop their sequence when
/// exhausted). Reads return a new reference, never a borrow.
pub struct RefSlot(std::cell::UnsafeCell<Option<PyRef>>);

impl RefSlot {
    pub fn new(v: Option<PyRef>) -> RefSlot {
        RefSlot(std::cell::UnsafeCell::new(v))
    }
    /// A new reference to the value, if any.
    #[inline]
    pub fn get(&self) -> Option<PyRef> {
        // SAFETY: single-threaded; the clone is taken before any other access.
        unsafe { (*self.0.get()).clone() }
    }
    /// Whether a value is present.
    #[inline]
    pub fn is_some(&self) -> bool {
        // SAFETY: single-threaded read.
        unsafe { (*self.0.get()).is_some() }
    }
    /// Borrow the value without a new reference. Valid only until the slot
    /// is cleared: do not hold it across calls that can run Python code.
    #[inline]
    pub fn peek(&self) -> Option<&PyObject> {
        // SAFETY: single-threaded; see the doc comment.
        unsafe { (*self.0.get()).as_deref() }
    }
    /// Drop the value (after the slot is already empty).
    pub fn clear(&self) {
        // SAFETY: single-threaded; the old value is moved out before it drops.
        let old = unsafe { (*self.0.get()).take() };
        drop(old);
    }
    /// Replace the value, dropping the old one afterwards.
    pub fn set(&self, v: Option<PyRef>) {
        // SAFETY: as `clear`.
        let old = unsafe { std::mem::replace(&mut *self.0.get(), v) };
        drop(old);
    }
}
