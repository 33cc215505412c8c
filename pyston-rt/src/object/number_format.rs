//! `__format__` of `int`, `float` and `complex`: glue between the objects
//! and the formatting library (`crate::format`), with the int/str digit
//! limit applied to decimal presentations.

use super::exceptions::{PyErr, OVERFLOW_ERROR};
use super::int_ops::IntVal;
use super::PyResult;
use crate::format::{ExcKind, FormatError, FormatSpec};

/// Convert a formatting-library error into the Python exception it names.
pub fn fmt_err(e: FormatError) -> PyErr {
    use super::exceptions as ex;
    if let Some(errno) = e.errno {
        return PyErr::with_args(
            &OVERFLOW_ERROR,
            vec![super::int::new_int(errno as i64), super::str::new_str(e.message)],
        );
    }
    let t: &super::typeobj::TypeObject = match e.kind {
        ExcKind::ValueError => &ex::VALUE_ERROR,
        ExcKind::TypeError => &ex::TYPE_ERROR,
        ExcKind::OverflowError => &ex::OVERFLOW_ERROR,
        ExcKind::ZeroDivisionError => &ex::ZERO_DIVISION_ERROR,
        ExcKind::IndexError => &ex::INDEX_ERROR,
        ExcKind::KeyError => &ex::KEY_ERROR,
        ExcKind::MemoryError => &ex::MEMORY_ERROR,
    };
    PyErr::new(t, e.message)
}

/// `format(int, spec)` for a non-empty spec.
pub fn format_int_spec(v: IntVal, spec: &str, type_name: &str) -> PyResult<String> {
    let parsed = FormatSpec::parse(spec, type_name).map_err(fmt_err)?;
    let big = v.big();
    if matches!(parsed.ty, None | Some('d') | Some('n')) {
        if let IntVal::Big(_) = v {
            // Applies the sys.set_int_max_str_digits limit.
            super::int_methods::int_to_decimal_string(v)?;
        }
    }
    crate::format::format_int(&big, &parsed, type_name).map_err(fmt_err)
}

/// `format(float, spec)`
pub fn format_float_spec(v: f64, spec: &str, type_name: &str) -> PyResult<String> {
    crate::format::dunder_format_float(v, spec, type_name).map_err(fmt_err)
}

/// `format(complex, spec)`
pub fn format_complex_spec(c: super::complex::Complex, spec: &str, type_name: &str) -> PyResult<String> {
    crate::format::dunder_format_complex(c.re, c.im, spec, type_name).map_err(fmt_err)
}
