//! Argument conversions the native modules share, with the messages of
//! CPython's Argument Clinic converters.

use crate::object::exceptions::{PyErr, OVERFLOW_ERROR};
use crate::object::header::PyObject;
use crate::object::int::int_value_big;
use crate::object::{protocol, PyResult};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Clinic's `int` (`_PyLong_AsInt`): any integer (or `__index__`) that
/// fits a C int.
pub fn c_int(o: &PyObject) -> PyResult<i32> {
    let v = protocol::index(o)?;
    let v = int_value_big(&v).expect("int");
    v.to_i32().ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C int"))
}

/// Clinic's `unsigned_int(bitwise=True)`: the value modulo 2**32.
pub fn u32_mask(o: &PyObject) -> PyResult<u32> {
    let v = protocol::index(o)?;
    let v = int_value_big(&v).expect("int");
    Ok((v & BigInt::from(u32::MAX)).to_u32().expect("masked"))
}
