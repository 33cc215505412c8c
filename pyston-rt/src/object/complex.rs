//! `complex`: a pair of doubles. Arithmetic with CPython's algorithms
//! (Smith's division, integer powers by repeated squaring), exact equality
//! with ints and floats, the numeric hash, `repr`, and `complex(...)`.

use super::args::Params;
use super::exceptions::{overflow_error, type_error, value_error, zero_division_error};
use super::float::{float_value, hash_f64, new_float, to_f64};
use super::float_methods::{is_py_space, transform_decimal_and_space};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::new_bool;
use super::int_float::intval_to_f64;
use super::int_ops::{int_val, HASH_IMAG};
use super::singletons::{is_none, not_implemented};
use super::str::{new_str, str_value};
use super::typeobj::{drop_payload, nb_slots, slot, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};
use super::float_libm as libm;
use crate::format::float_repr::{float_to_string, FloatFlags};

/// A complex value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

const C_ONE: Complex = Complex { re: 1.0, im: 0.0 };

impl Complex {
    pub fn plus(self, b: Complex) -> Complex {
        Complex { re: self.re + b.re, im: self.im + b.im }
    }
    pub fn minus(self, b: Complex) -> Complex {
        Complex { re: self.re - b.re, im: self.im - b.im }
    }
    pub fn times(self, b: Complex) -> Complex {
        Complex { re: self.re * b.re - self.im * b.im, im: self.re * b.im + self.im * b.re }
    }
    /// Smith's algorithm; None for division by zero.
    pub fn quot(self, b: Complex) -> Option<Complex> {
        let abs_breal = b.re.abs();
        let abs_bimag = b.im.abs();
        if abs_breal >= abs_bimag {
            if abs_breal == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex { re: (self.re + self.im * ratio) / denom, im: (self.im - self.re * ratio) / denom })
        } else if abs_bimag >= abs_breal {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex { re: (self.re * ratio + self.im) / denom, im: (self.im * ratio - self.re) / denom })
        } else {
            Some(Complex { re: f64::NAN, im: f64::NAN })
        }
    }
    /// `abs(z)` (None on overflow).
    pub fn abs(self) -> Option<f64> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() {
                return Some(self.re.abs());
            }
            if self.im.is_infinite() {
                return Some(self.im.abs());
            }
            return Some(f64::NAN);
        }
        let r = libm::hypot(self.re, self.im);
        if r.is_finite() {
            Some(r)
        } else {
            None
        }
    }
}

/// Errors of the complex power, as CPython's errno.
enum PowErr {
    Domain,
}

fn c_pow(a: Complex, b: Complex) -> Result<Complex, PowErr> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(C_ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(PowErr::Domain);
        }
        return Ok(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = libm::hypot(a.re, a.im);
    let mut len = libm::pow(vabs, b.re);
    let at = libm::atan2(a.im, a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= libm::exp(at * b.im);
        phase += b.im * libm::log(vabs);
    }
    Ok(Complex { re: len * libm::cos(phase), im: len * libm::sin(phase) })
}

fn c_powu(x: Complex, n: i64) -> Complex {
    let mut r = C_ONE;
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = r.times(p);
        }
        mask <<= 1;
        p = p.times(p);
    }
    r
}

fn c_powi(x: Complex, n: i64) -> Result<Complex, PowErr> {
    if !(-100..=100).contains(&n) {
        return c_pow(x, Complex { re: n as f64, im: 0.0 });
    }
    if n > 0 {
        Ok(c_powu(x, n))
    } else {
        C_ONE.quot(c_powu(x, -n)).ok_or(PowErr::Domain)
    }
}

/// `a ** b` for complex values with CPython's errors.
pub fn complex_pow_values(a: Complex, b: Complex) -> PyResult<PyRef> {
    let r = if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() < 9.2e18 {
        c_powi(a, b.re as i64)
    } else {
        c_pow(a, b)
    };
    match r {
        Err(PowErr::Domain) => Err(zero_division_error("0.0 to a negative or complex power")),
        Ok(p) => {
            if p.re.is_infinite() || p.im.is_infinite() {
                return Err(overflow_error("complex exponentiation"));
            }
            Ok(new_complex(p.re, p.im))
        }
    }
}

#[repr(C)]
pub struct PyComplex {
    pub ob: PyObject,
    pub value: Complex,
}

pub static COMPLEX_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyComplex>),
    tp_repr: slot(complex_repr_slot),
    tp_hash: slot(complex_hash),
    tp_richcompare: slot(complex_richcompare),
    tp_new: slot(complex_new),
    nb: nb_slots(&[
        (BinOpKind::Add, complex_add),
        (BinOpKind::Sub, complex_sub),
        (BinOpKind::Mul, complex_mul),
        (BinOpKind::TrueDiv, complex_div),
        (BinOpKind::Pow, complex_pow2),
    ]),
    nb_power3: slot(complex_pow3),
    nb_negative: slot(complex_neg),
    nb_positive: slot(complex_pos),
    nb_absolute: slot(complex_abs),
    nb_bool: slot(complex_bool),
    methods: &COMPLEX_METHODS,
    getsets: &COMPLEX_GETSETS,
    doc: Some("Create a complex number from a real part and an optional imaginary part."),
    ..TypeObject::new_static("complex", std::mem::size_of::<PyComplex>())
});

/// A new complex object.
pub fn new_complex(re: f64, im: f64) -> PyRef {
    new_object(&COMPLEX_TYPE, |ob| PyComplex { ob, value: Complex { re, im } })
}

fn new_complex_of_type(t: &TypeObject, c: Complex) -> PyRef {
    new_object(t, |ob| PyComplex { ob, value: c })
}

/// Downcast to complex (exact or subclass).
#[inline]
pub fn as_complex(o: &PyObject) -> Option<&PyComplex> {
    if o.is_exact(&COMPLEX_TYPE) || o.type_().is_subtype(&COMPLEX_TYPE) {
        // SAFETY: complex and its subclasses are laid out as PyComplex.
        Some(unsafe { o.cast::<PyComplex>() })
    } else {
        None
    }
}

/// The value of a complex object.
#[inline]
pub fn complex_value(o: &PyObject) -> Option<Complex> {
    as_complex(o).map(|c| c.value)
}

/// An operand of a complex operator: complex, float or int (None otherwise).
fn operand(o: &PyObject) -> PyResult<Option<Complex>> {
    if let Some(c) = complex_value(o) {
        return Ok(Some(c));
    }
    if let Some(f) = float_value(o) {
        return Ok(Some(Complex { re: f, im: 0.0 }));
    }
    if let Some(i) = int_val(o) {
        return Ok(Some(Complex { re: intval_to_f64(i)?, im: 0.0 }));
    }
    Ok(None)
}

macro_rules! complex_operands {
    ($a:expr, $b:expr) => {
        match (operand($a)?, operand($b)?) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(not_implemented()),
        }
    };
}

fn complex_add(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = complex_operands!(a, b);
    let r = x.plus(y);
    Ok(new_complex(r.re, r.im))
}

fn complex_sub(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = complex_operands!(a, b);
    let r = x.minus(y);
    Ok(new_complex(r.re, r.im))
}

fn complex_mul(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = complex_operands!(a, b);
    let r = x.times(y);
    Ok(new_complex(r.re, r.im))
}

fn complex_div(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = complex_operands!(a, b);
    match x.quot(y) {
        Some(r) => Ok(new_complex(r.re, r.im)),
        None => Err(zero_division_error("complex division by zero")),
    }
}

fn complex_pow2(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (x, y) = complex_operands!(a, b);
    complex_pow_values(x, y)
}

fn complex_pow3(a: &PyObject, b: &PyObject, c: &PyObject) -> PyResult<PyRef> {
    let (x, y) = complex_operands!(a, b);
    if !is_none(c) {
        return Err(value_error("complex modulo"));
    }
    complex_pow_values(x, y)
}

fn complex_neg(o: &PyObject) -> PyResult<PyRef> {
    let c = complex_value(o).expect("complex");
    Ok(new_complex(-c.re, -c.im))
}

fn complex_pos(o: &PyObject) -> PyResult<PyRef> {
    if o.is_exact(&COMPLEX_TYPE) {
        return Ok(o.to_ref());
    }
    let c = complex_value(o).expect("complex");
    Ok(new_complex(c.re, c.im))
}

fn complex_abs(o: &PyObject) -> PyResult<PyRef> {
    match complex_value(o).expect("complex").abs() {
        Some(r) => Ok(new_float(r)),
        None => Err(overflow_error("absolute value too large")),
    }
}

fn complex_bool(o: &PyObject) -> PyResult<bool> {
    let c = complex_value(o).expect("complex");
    Ok(c.re != 0.0 || c.im != 0.0)
}

fn complex_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if op != CmpKind::Eq && op != CmpKind::Ne {
        return Ok(not_implemented());
    }
    let Some(i) = complex_value(a) else {
        return Ok(not_implemented());
    };
    let equal = if int_val(b).is_some() {
        if i.im == 0.0 {
            let j = new_float(i.re);
            return super::protocol::rich_compare(&j, b, op);
        }
        false
    } else if let Some(f) = float_value(b) {
        i.re == f && i.im == 0.0
    } else if let Some(j) = complex_value(b) {
        i.re == j.re && i.im == j.im
    } else {
        return Ok(not_implemented());
    };
    Ok(new_bool(equal == (op == CmpKind::Eq)))
}

fn complex_hash(o: &PyObject) -> PyResult<isize> {
    let c = complex_value(o).expect("complex");
    let hr = hash_f64(c.re, o) as usize;
    let hi = hash_f64(c.im, o) as usize;
    let combined = hr.wrapping_add((HASH_IMAG as usize).wrapping_mul(hi)) as isize;
    Ok(if combined == -1 { -2 } else { combined })
}

/// `repr(complex)`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr_string(c: Complex) -> String {
    let plain = FloatFlags::default();
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", float_to_string(c.im, 'r', 0, plain));
    }
    let re = float_to_string(c.re, 'r', 0, plain);
    let im = float_to_string(c.im, 'r', 0, FloatFlags { sign: true, ..plain });
    format!("({}{}j)", re, im)
}

fn complex_repr_slot(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(complex_repr_string(complex_value(o).expect("complex"))))
}

// ---------------------------------------------------------------------------
// Construction

/// Parse the longest float prefix of `s` (like C `strtod`): sign, digits,
/// point, exponent, or inf/infinity/nan. Returns (value, bytes consumed).
fn parse_float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let neg = i == 1 && s[0] == b'-';
    let rest = &s[i..];
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    if starts(b"infinity") {
        return Some((if neg { f64::NEG_INFINITY } else { f64::INFINITY }, i + 8));
    }
    if starts(b"inf") {
        return Some((if neg { f64::NEG_INFINITY } else { f64::INFINITY }, i + 3));
    }
    if starts(b"nan") {
        return Some((f64::NAN, i + 3));
    }
    let mut digits = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let start = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > start {
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[..i]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((v, i))
}

/// Parse `complex(str)` text.
pub fn parse_complex_str(text: &str) -> Option<Complex> {
    let t = transform_decimal_and_space(text);
    // Underscores are allowed only between digits (checked on the whole string).
    let b0 = t.as_bytes();
    let mut cleaned = Vec::with_capacity(b0.len());
    for (i, &c) in b0.iter().enumerate() {
        if c == b'_' {
            let ok = i > 0 && b0[i - 1].is_ascii_digit() && i + 1 < b0.len() && b0[i + 1].is_ascii_digit();
            if !ok {
                return None;
            }
        } else {
            cleaned.push(c);
        }
    }
    let s = &cleaned[..];
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while *i < s.len() && is_py_space(s[*i]) {
            *i += 1;
        }
    };
    skip_space(&mut i);
    let mut bracket = false;
    if i < s.len() && s[i] == b'(' {
        bracket = true;
        i += 1;
        skip_space(&mut i);
    }
    let (mut x, mut y) = (0.0, 0.0);
    let is_j = |i: usize| i < s.len() && (s[i] == b'j' || s[i] == b'J');
    if let Some((z, n)) = parse_float_prefix(&s[i..]) {
        i += n;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            x = z;
            if let Some((w, m)) = parse_float_prefix(&s[i..]) {
                y = w;
                i += m;
            } else {
                y = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(i) {
                return None;
            }
            i += 1;
        } else if is_j(i) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            y = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(i) {
            return None;
        }
        i += 1;
    }
    skip_space(&mut i);
    if bracket {
        if i >= s.len() || s[i] != b')' {
            return None;
        }
        i += 1;
        skip_space(&mut i);
    }
    if i != s.len() {
        return None;
    }
    Some(Complex { re: x, im: y })
}

/// Call `o.__complex__()` if the type defines it.
fn try_complex_special(o: &PyObject) -> PyResult<Option<PyRef>> {
    let Some(r) = super::int_methods::call_special_method(o, "__complex__")? else {
        return Ok(None);
    };
    if as_complex(&r).is_none() {
        return Err(type_error(format!("__complex__ returned non-complex (type {})", r.type_().name())));
    }
    Ok(Some(r))
}

fn has_number_conversion(o: &PyObject) -> bool {
    let t = o.type_();
    t.nb_float.get().is_some() || t.nb_index.get().is_some() || as_complex(o).is_some()
}

/// `complex.__new__(cls, real=0, imag=0)`
pub fn complex_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("complex", &["real", "imag"], 0);
    let mut out: [Option<&PyObject>; 2] = [None, None];
    P.parse(args, kwnames, &mut out)?;
    let zero = super::int::new_int(0);
    let r = out[0].unwrap_or(&zero);
    let i = out[1];
    let exact = std::ptr::eq(t, &COMPLEX_TYPE.0);
    if r.is_exact(&COMPLEX_TYPE) && i.is_none() && exact {
        return Ok(r.to_ref());
    }
    if let Some(text) = str_value(r) {
        if i.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex_str(text) {
            Some(c) => Ok(new_complex_of_type(t, c)),
            None => Err(value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(i) = i {
        if str_value(i).is_some() {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    let special = try_complex_special(r)?;
    let r: &PyObject = special.as_deref().unwrap_or(r);
    if !has_number_conversion(r) && int_val(r).is_none() {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.type_().name()
        )));
    }
    if let Some(i) = i {
        if !has_number_conversion(i) && int_val(i).is_none() {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                i.type_().name()
            )));
        }
    }
    let (cr, cr_is_complex) = match complex_value(r) {
        Some(c) => (c, true),
        None => (Complex { re: to_f64(r)?, im: 0.0 }, false),
    };
    let (mut ci, ci_is_complex) = match i {
        None => (Complex { re: cr.im, im: 0.0 }, false),
        Some(i) => match complex_value(i) {
            Some(c) => (c, true),
            None => (Complex { re: to_f64(i)?, im: 0.0 }, false),
        },
    };
    let mut re = cr.re;
    if ci_is_complex {
        re -= ci.im;
    }
    if cr_is_complex && i.is_some() {
        ci.re += cr.im;
    }
    Ok(new_complex_of_type(t, Complex { re, im: ci.re }))
}

// ---------------------------------------------------------------------------
// Methods

fn self_value(args: &[&PyObject]) -> Complex {
    complex_value(args[0]).expect("complex self")
}

fn complex_conjugate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("complex.conjugate", &args[1..], kw)?;
    let c = self_value(args);
    Ok(new_complex(c.re, -c.im))
}

fn complex_complex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("complex.__complex__", &args[1..], kw)?;
    complex_pos(args[0])
}

fn complex_getnewargs(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("complex.__getnewargs__", &args[1..], kw)?;
    let c = self_value(args);
    Ok(super::tuple::new_tuple(vec![new_float(c.re), new_float(c.im)]))
}

fn complex_format(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let spec = super::args::one_arg("complex.__format__", &args[1..], kwnames)?;
    let spec = str_value(spec).ok_or_else(|| {
        type_error(format!("__format__() argument must be str, not {}", spec.type_().name()))
    })?;
    let s = super::number_format::format_complex_spec(self_value(args), spec, args[0].type_().name())?;
    Ok(new_str(s))
}

fn complex_sizeof(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("complex.__sizeof__", &args[1..], kw)?;
    Ok(super::int::new_int(32))
}

static COMPLEX_METHODS: [MethodDef; 5] = [
    MethodDef { name: "conjugate", func: complex_conjugate, flags: 0, doc: "Return the complex conjugate of its argument." },
    MethodDef { name: "__complex__", func: complex_complex, flags: 0, doc: "Convert this value to exact type complex." },
    MethodDef { name: "__getnewargs__", func: complex_getnewargs, flags: 0, doc: "" },
    MethodDef { name: "__format__", func: complex_format, flags: 0, doc: "Convert to a string according to format_spec." },
    MethodDef { name: "__sizeof__", func: complex_sizeof, flags: 0, doc: "Size of object in memory, in bytes." },
];

fn complex_real(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_float(complex_value(o).expect("complex").re))
}

fn complex_imag(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_float(complex_value(o).expect("complex").im))
}

static COMPLEX_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "real", get: complex_real, set: None, doc: "the real part of a complex number" },
    GetSetDef { name: "imag", get: complex_imag, set: None, doc: "the imaginary part of a complex number" },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse() {
        let c = |re, im| Some(Complex { re, im });
        assert_eq!(parse_complex_str("1+2j"), c(1.0, 2.0));
        assert_eq!(parse_complex_str(" ( 1+2j ) "), c(1.0, 2.0));
        assert_eq!(parse_complex_str("j"), c(0.0, 1.0));
        assert_eq!(parse_complex_str("-j"), c(0.0, -1.0));
        assert_eq!(parse_complex_str("+j"), c(0.0, 1.0));
        assert_eq!(parse_complex_str("1e3j"), c(0.0, 1000.0));
        assert_eq!(parse_complex_str("1_0j"), c(0.0, 10.0));
        assert_eq!(parse_complex_str("1.5e3+2.e-1j"), c(1500.0, 0.2));
        assert_eq!(parse_complex_str("1+j"), c(1.0, 1.0));
        assert_eq!(parse_complex_str("-infj"), c(0.0, f64::NEG_INFINITY));
        assert_eq!(parse_complex_str("1 + 2j"), None);
        assert_eq!(parse_complex_str("1j+2"), None);
        assert_eq!(parse_complex_str("(1"), None);
        assert_eq!(parse_complex_str(""), None);
        assert_eq!(parse_complex_str("1+"), None);
        assert_eq!(parse_complex_str("1 j"), None);
    }

    #[test]
    fn repr() {
        let r = |re, im| complex_repr_string(Complex { re, im });
        assert_eq!(r(1.0, 2.0), "(1+2j)");
        assert_eq!(r(0.0, 2.0), "2j");
        assert_eq!(r(-0.0, -1.0), "(-0-1j)");
        assert_eq!(r(0.0, -0.0), "-0j");
        assert_eq!(r(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(r(1e16, 1e-5), "(1e+16+1e-05j)");
        assert_eq!(r(1.5, f64::NAN), "(1.5+nanj)");
    }

    #[test]
    fn powers() {
        let a = Complex { re: 1e200, im: 1e200 };
        let r = c_powi(a, 2).ok().unwrap();
        assert!(r.re.is_nan() && r.im.is_nan());
        let r = c_powi(Complex { re: 1.0, im: 2.0 }, -3).ok().unwrap();
        assert_eq!((r.re, r.im), (-0.08800000000000001, 0.016));
    }
}
