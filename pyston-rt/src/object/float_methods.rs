//! `float` construction (`float(x)`, string parsing) and the named methods:
//! `is_integer`, `as_integer_ratio`, `hex`, `fromhex`, `__round__`,
//! `__trunc__`, `__floor__`, `__ceil__`, `__format__`, ...

use super::args::{check_positional, no_kwargs, nkw};
use super::exceptions::{type_error, value_error};
use super::float::{as_float, float_divmod, float_pos, float_to_int_object, float_value, new_float, new_float_of_type, FLOAT_TYPE};
use super::header::{PyObject, PyRef};
use super::int::{new_bigint, new_int};
use super::int_float::f64_to_bigint;
use super::number_format::fmt_err;
use super::int_ops::{int_val, IntVal};
use super::singletons::is_none;
use super::str::{new_str, str_value};
use super::typeobj::{method_flags, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use num_bigint::BigInt;
use num_traits::Signed;

// ---------------------------------------------------------------------------
// Parsing

/// Map Unicode decimal digits to ASCII and Unicode whitespace to ' '
/// (CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`); other
/// non-ASCII characters become '?', which no parser accepts.
pub fn transform_decimal_and_space(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if crate::format::unicode::is_space(c) {
            out.push(' ');
        } else if let Some(d) = crate::format::unicode::decimal_value(c) {
            out.push((b'0' + d as u8) as char);
        } else {
            out.push('?');
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Python's ASCII whitespace (`Py_ISSPACE`).
#[inline]
pub fn is_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Strip ASCII whitespace from both ends.
pub fn strip_space(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_ascii() && is_py_space(c as u8))
}

/// Parse `float()` text (the formatting library implements CPython's grammar).
pub fn parse_float_str(s: &str) -> Option<f64> {
    crate::format::parse_float(s)
}

/// `float(s)` for a str or bytes-like text with CPython's error.
pub fn float_from_text(text: &str, orig: &PyObject) -> PyResult<f64> {
    match parse_float_str(text) {
        Some(v) => Ok(v),
        None => {
            let r = super::protocol::repr_string(orig)?;
            Err(value_error(format!("could not convert string to float: {}", r)))
        }
    }
}

/// `float(x)` for any object (the value).
pub fn float_from_object(x: &PyObject) -> PyResult<f64> {
    if let Some(v) = float_value(x) {
        return Ok(v);
    }
    if let Some(s) = str_value(x) {
        return float_from_text(s, x);
    }
    let t = x.type_();
    if t.nb_float.get().is_some() || t.nb_index.get().is_some() || int_val(x).is_some() {
        return super::float::to_f64(x);
    }
    if let Some(bytes) = super::int_methods::bytes_like_data(x) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        return float_from_text(&text, x);
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        t.name()
    )))
}

/// `float.__new__(cls, x=0.0, /)`
pub fn float_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    if nkw(kwnames) > 0 && std::ptr::eq(t, &FLOAT_TYPE.0) {
        return Err(type_error("float() takes no keyword arguments"));
    }
    let npos = args.len() - nkw(kwnames);
    check_positional("float", npos, 0, 1)?;
    if npos == 0 {
        return Ok(new_float_of_type(t, 0.0));
    }
    let x = args[0];
    if std::ptr::eq(t, &FLOAT_TYPE.0) && x.is_exact(&FLOAT_TYPE) {
        return Ok(x.to_ref());
    }
    let v = float_from_object(x)?;
    Ok(new_float_of_type(t, v))
}

// ---------------------------------------------------------------------------
// Rounding

fn self_value(args: &[&PyObject]) -> f64 {
    float_value(args[0]).expect("float self")
}

/// `int(x)` / `x.__trunc__()`
pub fn float_trunc_slot(o: &PyObject) -> PyResult<PyRef> {
    float_to_int_object(float_value(o).expect("float"))
}

fn float_trunc(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.__trunc__", &args[1..], kw)?;
    float_trunc_slot(args[0])
}

fn float_floor(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.__floor__", &args[1..], kw)?;
    float_to_int_object(self_value(args).floor())
}

fn float_ceil(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.__ceil__", &args[1..], kw)?;
    float_to_int_object(self_value(args).ceil())
}

/// `round(x, ndigits)` for a float: correctly rounded (half to even on the
/// exact binary value), like CPython's dtoa-based `double_round`.
pub fn float_round_ndigits(x: f64, ndigits: i64) -> PyResult<f64> {
    crate::format::float_round(x, ndigits).map_err(fmt_err)
}

fn float_round(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("__round__", kwnames)?;
    check_positional("__round__", args.len() - 1, 0, 1)?;
    let x = self_value(args);
    if args.len() == 1 || is_none(args[1]) {
        let r = x.round_ties_even();
        return float_to_int_object(r);
    }
    let nd = super::protocol::index(args[1])?;
    let nd = match int_val(&nd).expect("int") {
        IntVal::Small(v) => v,
        IntVal::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    Ok(new_float(float_round_ndigits(x, nd)?))
}

// ---------------------------------------------------------------------------
// Other methods

fn float_is_integer(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.is_integer", &args[1..], kw)?;
    let x = self_value(args);
    Ok(super::int::new_bool(x.is_finite() && x.floor() == x))
}

/// `x.as_integer_ratio()` for a float value.
pub fn float_as_integer_ratio_values(x: f64) -> PyResult<(BigInt, BigInt)> {
    crate::format::float_as_integer_ratio(x).map_err(fmt_err)
}

fn float_as_integer_ratio(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.as_integer_ratio", &args[1..], kw)?;
    let (n, d) = float_as_integer_ratio_values(self_value(args))?;
    Ok(super::tuple::new_tuple(vec![new_bigint(n), new_bigint(d)]))
}

/// `float.hex()` text.
pub fn float_hex_string(x: f64) -> String {
    crate::format::float_hex(x)
}

fn float_hex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.hex", &args[1..], kw)?;
    Ok(new_str(float_hex_string(self_value(args))))
}

/// Parse `float.fromhex` text.
pub fn parse_hex_float(s: &str) -> PyResult<f64> {
    crate::format::float_fromhex(s).map_err(fmt_err)
}

fn float_fromhex(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let s = super::args::one_arg("float.fromhex", &args[1..], kwnames)?;
    let text = str_value(s).ok_or_else(|| {
        type_error(format!("fromhex() argument must be str, not {}", s.type_().name()))
    })?;
    let v = parse_hex_float(text)?;
    let cls = args[0];
    if cls.is(FLOAT_TYPE.obj()) {
        return Ok(new_float(v));
    }
    let f = new_float(v);
    super::protocol::call1(cls, &f)
}

fn float_conjugate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.conjugate", &args[1..], kw)?;
    float_pos(args[0])
}

fn float_getnewargs(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.__getnewargs__", &args[1..], kw)?;
    Ok(super::tuple::new_tuple(vec![new_float(self_value(args))]))
}

fn float_getformat(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let a = super::args::one_arg("__getformat__", &args[1..], kwnames)?;
    let s = str_value(a).ok_or_else(|| {
        type_error(format!("__getformat__() argument must be str, not {}", a.type_().name()))
    })?;
    if s != "double" && s != "float" {
        return Err(value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(new_str("IEEE, little-endian"))
}

fn float_sizeof(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("float.__sizeof__", &args[1..], kw)?;
    Ok(new_int(24))
}

fn float_format(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let spec = super::args::one_arg("float.__format__", &args[1..], kwnames)?;
    let spec = str_value(spec).ok_or_else(|| {
        type_error(format!("__format__() argument must be str, not {}", spec.type_().name()))
    })?;
    let s = super::number_format::format_float_spec(self_value(args), spec, args[0].type_().name())?;
    Ok(new_str(s))
}

fn float_divmod_method(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let other = super::args::one_arg("float.__divmod__", &args[1..], kwnames)?;
    float_divmod(args[0], other)
}

fn float_rdivmod_method(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let other = super::args::one_arg("float.__rdivmod__", &args[1..], kwnames)?;
    float_divmod(other, args[0])
}

pub static FLOAT_METHODS: [MethodDef; 15] = [
    MethodDef { name: "conjugate", func: float_conjugate, flags: 0, doc: "Return self, the complex conjugate of any float." },
    MethodDef { name: "__trunc__", func: float_trunc, flags: 0, doc: "Return the Integral closest to x between 0 and x." },
    MethodDef { name: "__floor__", func: float_floor, flags: 0, doc: "Return the floor as an Integral." },
    MethodDef { name: "__ceil__", func: float_ceil, flags: 0, doc: "Return the ceiling as an Integral." },
    MethodDef { name: "__round__", func: float_round, flags: 0, doc: "Return the Integral closest to x, rounding half toward even." },
    MethodDef { name: "as_integer_ratio", func: float_as_integer_ratio, flags: 0, doc: "Return integer ratio." },
    MethodDef { name: "fromhex", func: float_fromhex, flags: method_flags::CLASS, doc: "Create a floating-point number from a hexadecimal string." },
    MethodDef { name: "hex", func: float_hex, flags: 0, doc: "Return a hexadecimal representation of a floating-point number." },
    MethodDef { name: "is_integer", func: float_is_integer, flags: 0, doc: "Return True if the float is an integer." },
    MethodDef { name: "__getnewargs__", func: float_getnewargs, flags: 0, doc: "" },
    MethodDef { name: "__getformat__", func: float_getformat, flags: method_flags::CLASS, doc: "You probably don't want to use this function." },
    MethodDef { name: "__format__", func: float_format, flags: 0, doc: "Formats the float according to format_spec." },
    MethodDef { name: "__sizeof__", func: float_sizeof, flags: 0, doc: "Size of object in memory, in bytes." },
    MethodDef { name: "__divmod__", func: float_divmod_method, flags: 0, doc: "Return divmod(self, value)." },
    MethodDef { name: "__rdivmod__", func: float_rdivmod_method, flags: 0, doc: "Return divmod(value, self)." },
];

fn float_real(o: &PyObject) -> PyResult<PyRef> {
    float_pos(o)
}

fn float_imag(_o: &PyObject) -> PyResult<PyRef> {
    Ok(new_float(0.0))
}

pub static FLOAT_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "real", get: float_real, set: None, doc: "the real part of a complex number" },
    GetSetDef { name: "imag", get: float_imag, set: None, doc: "the imaginary part of a complex number" },
];

/// Helper for other modules: is `o` exactly a float.
pub fn is_exact_float(o: &PyObject) -> bool {
    as_float(o).is_some() && o.is_exact(&FLOAT_TYPE)
}

/// Exact integral value of a float as an int object (for `math.floor` etc.).
pub fn float_floor_to_int(x: f64) -> PyResult<PyRef> {
    if !x.is_finite() {
        return float_to_int_object(x);
    }
    Ok(new_bigint(f64_to_bigint(x.floor())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse() {
        assert_eq!(parse_float_str(" 1.5 "), Some(1.5));
        assert_eq!(parse_float_str("1_000.0_1"), Some(1000.01));
        assert_eq!(parse_float_str("_1"), None);
        assert_eq!(parse_float_str("1__0"), None);
        assert_eq!(parse_float_str("1_"), None);
        assert_eq!(parse_float_str("1e"), None);
        assert_eq!(parse_float_str("0x10"), None);
        assert_eq!(parse_float_str("-iNF"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float_str("infinity"), Some(f64::INFINITY));
        assert!(parse_float_str("-nan").unwrap().is_nan());
        assert_eq!(parse_float_str("."), None);
        assert_eq!(parse_float_str(".5"), Some(0.5));
        assert_eq!(parse_float_str("5."), Some(5.0));
        assert_eq!(parse_float_str("1e5"), Some(1e5));
        assert_eq!(parse_float_str("١٢"), Some(12.0));
        assert_eq!(parse_float_str(""), None);
        assert_eq!(parse_float_str("1e1_0"), Some(1e10));
        assert_eq!(parse_float_str("infinit"), None);
        assert_eq!(parse_float_str("+-1"), None);
    }

    #[test]
    fn rounding() {
        assert_eq!(float_round_ndigits(2.675, 2).unwrap(), 2.67);
        assert_eq!(float_round_ndigits(123.456, -2).unwrap(), 100.0);
        assert_eq!(float_round_ndigits(150.0, -2).unwrap(), 200.0);
        assert_eq!(float_round_ndigits(250.0, -2).unwrap(), 200.0);
        assert_eq!(float_round_ndigits(1e300, 2).unwrap(), 1e300);
        assert_eq!(float_round_ndigits(0.125, 2).unwrap(), 0.12);
        assert_eq!(float_round_ndigits(0.375, 2).unwrap(), 0.38);
        assert!(float_round_ndigits(1.7e308, -308).is_err());
        assert_eq!(float_round_ndigits(5e-324, 400).unwrap(), 5e-324);
        assert!(float_round_ndigits(-0.4, 0).unwrap().is_sign_negative());
    }

    #[test]
    fn hex() {
        assert_eq!(float_hex_string(-1.5), "-0x1.8000000000000p+0");
        assert_eq!(float_hex_string(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex_string(-0.0), "-0x0.0p+0");
        assert_eq!(parse_hex_float("-0x1p-1074").unwrap(), -5e-324);
        assert_eq!(parse_hex_float("0x1p-1075").unwrap(), 0.0);
        assert_eq!(parse_hex_float("0x3p-1076").unwrap(), 5e-324);
        assert!(parse_hex_float("0x1p1024").is_err());
        assert!(parse_hex_float("0x1.fffffffffffff8p1023").is_err());
        assert_eq!(parse_hex_float("0x1.fffffffffffff7p1023").unwrap(), f64::MAX);
        assert_eq!(parse_hex_float("1.8").unwrap(), 1.5);
        assert_eq!(parse_hex_float("0X1P+1").unwrap(), 2.0);
        assert_eq!(parse_hex_float("0x.8").unwrap(), 0.5);
        assert_eq!(parse_hex_float("0x1.").unwrap(), 1.0);
        assert!(parse_hex_float("0x").is_err());
        assert!(parse_hex_float("0x.").is_err());
        assert!(parse_hex_float("0x1p").is_err());
    }

    #[test]
    fn ratio() {
        let (n, d) = float_as_integer_ratio_values(0.1).unwrap();
        assert_eq!(n.to_string(), "3602879701896397");
        assert_eq!(d.to_string(), "36028797018963968");
        let (n, d) = float_as_integer_ratio_values(1.5).unwrap();
        assert_eq!((n.to_string(), d.to_string()), ("3".into(), "2".into()));
    }
}
