//! The `math` module: CPython's functions, special cases and error rules
//! (`ValueError: math domain error` for invalid arguments and
//! singularities, `OverflowError: math range error` for overflow).
//! Integer functions live in `math_int.rs`, CPython's own numerical
//! kernels (gamma, hypot's vector norm, fsum) in `math_special.rs`.

use super::math_int;
use super::math_special::{self as sp, FsumErr, MathErr};
use crate::object::args::{check_positional, no_kwargs, one_arg, Params};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{overflow_error, type_error, value_error, zero_division_error, PyErr};
use crate::object::float::{float_to_int_object, float_value, new_float, to_f64, FLOAT_TYPE};
use crate::object::int::{as_int, new_bool, new_int};
use crate::object::int_float::{frexp, int_frexp, intval_to_f64, ldexp};
use crate::object::float_libm as libm;
use crate::object::int_methods::call_special_method;
use crate::object::int_ops::int_val;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::f64::consts::PI;

#[cold]
fn domain_error() -> PyErr {
    value_error("math domain error")
}

#[cold]
fn range_error() -> PyErr {
    overflow_error("math range error")
}

fn map_err(e: MathErr) -> PyErr {
    match e {
        MathErr::Domain => domain_error(),
        MathErr::Range => range_error(),
    }
}

/// Apply a libm function with CPython's `math_1` error rules.
fn apply_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(r)
}

fn math_1(name: &str, args: &[&PyObject], kw: Option<&PyObject>, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<PyRef> {
    let x = to_f64(one_arg(name, args, kw)?)?;
    Ok(new_float(apply_1(x, f, can_overflow)?))
}

/// CPython's `math_2` rules for two-argument libm functions.
fn math_2(name: &str, args: &[&PyObject], kw: Option<&PyObject>, f: fn(f64, f64) -> f64) -> PyResult<PyRef> {
    no_kwargs(name, kw)?;
    check_positional(name, args.len(), 2, 2)?;
    let x = to_f64(args[0])?;
    let y = to_f64(args[1])?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(new_float(r))
}

macro_rules! func1 {
    ($fname:ident, $qual:literal, $f:expr, $ov:expr) => {
        fn $fname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
            math_1($qual, args, kw, $f, $ov)
        }
    };
}

func1!(m_acos, "math.acos", libm::acos, false);
func1!(m_acosh, "math.acosh", libm::acosh, false);
func1!(m_asin, "math.asin", libm::asin, false);
func1!(m_asinh, "math.asinh", libm::asinh, false);
func1!(m_atan, "math.atan", libm::atan, false);
func1!(m_atanh, "math.atanh", libm::atanh, false);
func1!(m_cbrt, "math.cbrt", libm::cbrt, false);
func1!(m_cos, "math.cos", libm::cos, false);
func1!(m_cosh, "math.cosh", libm::cosh, true);
func1!(m_exp, "math.exp", libm::exp, true);
func1!(m_exp2, "math.exp2", libm::exp2, true);
func1!(m_expm1, "math.expm1", libm::expm1, true);
func1!(m_fabs, "math.fabs", f64::abs, false);
func1!(m_log1p, "math.log1p", libm::log1p, false);
func1!(m_sin, "math.sin", libm::sin, false);
func1!(m_sinh, "math.sinh", libm::sinh, true);
func1!(m_sqrt, "math.sqrt", f64::sqrt, false);
func1!(m_tan, "math.tan", libm::tan, false);
func1!(m_tanh, "math.tanh", libm::tanh, false);

/// Functions whose kernels report errors themselves (CPython's `math_1a`).
fn math_1a(name: &str, args: &[&PyObject], kw: Option<&PyObject>, f: fn(f64) -> Result<f64, MathErr>) -> PyResult<PyRef> {
    let x = to_f64(one_arg(name, args, kw)?)?;
    Ok(new_float(f(x).map_err(map_err)?))
}

fn m_gamma(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    math_1a("math.gamma", args, kw, sp::gamma)
}

fn m_lgamma(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    math_1a("math.lgamma", args, kw, sp::lgamma)
}

fn m_erf(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    math_1a("math.erf", args, kw, |x| Ok(libm::erf(x)))
}

fn m_erfc(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    math_1a("math.erfc", args, kw, |x| Ok(libm::erfc(x)))
}

/// atan2 with C99's special values handled directly.
fn atan2_special(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            if x.is_sign_positive() {
                return (0.25 * PI).copysign(y);
            }
            return (0.75 * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            return 0.0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    libm::atan2(y, x)
}

fn m_atan2(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    math_2("atan2", args, kw, atan2_special)
}

fn m_copysign(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    math_2("copysign", args, kw, f64::copysign)
}

fn m_remainder(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    math_2("remainder", args, kw, sp::remainder)
}

fn two_doubles(name: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<(f64, f64)> {
    no_kwargs(name, kw)?;
    check_positional(name, args.len(), 2, 2)?;
    Ok((to_f64(args[0])?, to_f64(args[1])?))
}

fn m_fmod(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (x, y) = two_doubles("fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(new_float(r))
}

fn m_pow(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (x, y) = two_doubles("pow", args, kw)?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = libm::pow(x, y);
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error() } else { range_error() });
        }
    }
    Ok(new_float(r))
}

/// `log`-family helper: exact handling of huge ints (CPython's loghelper).
fn loghelper(x: &PyObject, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(v) = int_val(x) {
        if v.is_negative() || v.is_zero() {
            return Err(domain_error());
        }
        return match intval_to_f64(v) {
            Ok(d) => Ok(f(d)),
            Err(_) => {
                let (m, e) = int_frexp(v.big().as_ref());
                Ok(f(m) + f(2.0) * e as f64)
            }
        };
    }
    apply_1(to_f64(x)?, f, false)
}

fn m_log(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("math.log", kw)?;
    if args.is_empty() || args.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(args[0], libm::log)?;
    if args.len() == 1 {
        return Ok(new_float(num));
    }
    let den = loghelper(args[1], libm::log)?;
    if den == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    Ok(new_float(num / den))
}

fn m_log2(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_float(loghelper(one_arg("math.log2", args, kw)?, libm::log2)?))
}

fn m_log10(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_float(loghelper(one_arg("math.log10", args, kw)?, libm::log10)?))
}

fn m_floor(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = one_arg("math.floor", args, kw)?;
    if x.is_exact(&FLOAT_TYPE) {
        return float_to_int_object(float_value(x).expect("float").floor());
    }
    if let Some(r) = call_special_method(x, "__floor__")? {
        return Ok(r);
    }
    float_to_int_object(to_f64(x)?.floor())
}

fn m_ceil(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = one_arg("math.ceil", args, kw)?;
    if x.is_exact(&FLOAT_TYPE) {
        return float_to_int_object(float_value(x).expect("float").ceil());
    }
    if let Some(r) = call_special_method(x, "__ceil__")? {
        return Ok(r);
    }
    float_to_int_object(to_f64(x)?.ceil())
}

fn m_trunc(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = one_arg("math.trunc", args, kw)?;
    if x.is_exact(&FLOAT_TYPE) {
        return float_to_int_object(float_value(x).expect("float").trunc());
    }
    match call_special_method(x, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("type {} doesn't define __trunc__ method", x.type_().name()))),
    }
}

fn m_frexp(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = to_f64(one_arg("math.frexp", args, kw)?)?;
    let (m, e) = frexp(x);
    Ok(crate::object::tuple::new_tuple(vec![new_float(m), new_int(e as i64)]))
}

fn m_ldexp(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("ldexp", kw)?;
    check_positional("ldexp", args.len(), 2, 2)?;
    let x = to_f64(args[0])?;
    let Some(i) = as_int(args[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    let exp = match i.val().small() {
        Some(v) => v,
        None => {
            if i.val().is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    let r = ldexp(x, exp);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(new_float(r))
}

fn m_modf(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = to_f64(one_arg("math.modf", args, kw)?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(crate::object::tuple::new_tuple(vec![new_float(frac), new_float(int)]))
}

fn m_degrees(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    const RAD_TO_DEG: f64 = 180.0 / PI;
    Ok(new_float(to_f64(one_arg("math.degrees", args, kw)?)? * RAD_TO_DEG))
}

fn m_radians(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    const DEG_TO_RAD: f64 = PI / 180.0;
    Ok(new_float(to_f64(one_arg("math.radians", args, kw)?)? * DEG_TO_RAD))
}

fn m_isfinite(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(to_f64(one_arg("math.isfinite", args, kw)?)?.is_finite()))
}

fn m_isinf(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(to_f64(one_arg("math.isinf", args, kw)?)?.is_infinite()))
}

fn m_isnan(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(to_f64(one_arg("math.isnan", args, kw)?)?.is_nan()))
}

fn m_isclose(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params { fname: "isclose", names: &["a", "b", "rel_tol", "abs_tol"], required: 2, posonly: 2, kwonly: 2 };
    let mut out: [Option<&PyObject>; 4] = [None; 4];
    P.parse(args, kw, &mut out)?;
    let a = to_f64(out[0].expect("required"))?;
    let b = to_f64(out[1].expect("required"))?;
    let rel_tol = match out[2] {
        Some(v) => to_f64(v)?,
        None => 1e-9,
    };
    let abs_tol = match out[3] {
        Some(v) => to_f64(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(new_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(new_bool(false));
    }
    let diff = (b - a).abs();
    Ok(new_bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

fn m_hypot(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("hypot", kw)?;
    let mut coords = Vec::with_capacity(args.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for a in args {
        let x = to_f64(a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(new_float(sp::vector_norm(&coords, max, found_nan)))
}

fn m_dist(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("dist", kw)?;
    check_positional("dist", args.len(), 2, 2)?;
    let p = protocol::collect(args[0])?;
    let q = protocol::collect(args[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (to_f64(a)? - to_f64(b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(new_float(sp::vector_norm(&diffs, max, found_nan)))
}

fn m_fsum(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let seq = one_arg("math.fsum", args, kw)?;
    let it = protocol::iter(seq)?;
    let mut acc = sp::Fsum::new();
    let fsum_err = |e: FsumErr| match e {
        FsumErr::Overflow => overflow_error("intermediate overflow in fsum"),
        FsumErr::InfMinusInf => value_error("-inf + inf in fsum"),
    };
    while let Some(item) = protocol::next(&it)? {
        let x = to_f64(&item)?;
        acc.add(x).map_err(fsum_err)?;
    }
    Ok(new_float(acc.result().map_err(fsum_err)?))
}

fn m_nextafter(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (x, y) = two_doubles("nextafter", args, kw)?;
    Ok(new_float(libm::nextafter(x, y)))
}

fn m_ulp(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = to_f64(one_arg("math.ulp", args, kw)?)?;
    if x.is_nan() {
        return Ok(new_float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(new_float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = libm::nextafter(x, f64::NEG_INFINITY);
        return Ok(new_float(x - x2));
    }
    Ok(new_float(x2 - x))
}

macro_rules! defs {
    ($( $name:literal => $f:expr, $doc:literal; )*) => {
        static MATH_FUNCTIONS: &[MethodDef] = &[
            $( MethodDef { name: $name, func: $f, flags: 0, doc: $doc }, )*
        ];
    };
}

defs! {
    "acos" => m_acos, "Return the arc cosine (measured in radians) of x.";
    "acosh" => m_acosh, "Return the inverse hyperbolic cosine of x.";
    "asin" => m_asin, "Return the arc sine (measured in radians) of x.";
    "asinh" => m_asinh, "Return the inverse hyperbolic sine of x.";
    "atan" => m_atan, "Return the arc tangent (measured in radians) of x.";
    "atan2" => m_atan2, "Return the arc tangent (measured in radians) of y/x.";
    "atanh" => m_atanh, "Return the inverse hyperbolic tangent of x.";
    "cbrt" => m_cbrt, "Return the cube root of x.";
    "ceil" => m_ceil, "Return the ceiling of x as an Integral.";
    "comb" => math_int::math_comb, "Number of ways to choose k items from n items without repetition and without order.";
    "copysign" => m_copysign, "Return a float with the magnitude (absolute value) of x but the sign of y.";
    "cos" => m_cos, "Return the cosine of x (measured in radians).";
    "cosh" => m_cosh, "Return the hyperbolic cosine of x.";
    "degrees" => m_degrees, "Convert angle x from radians to degrees.";
    "dist" => m_dist, "Return the Euclidean distance between two points p and q.";
    "erf" => m_erf, "Error function at x.";
    "erfc" => m_erfc, "Complementary error function at x.";
    "exp" => m_exp, "Return e raised to the power of x.";
    "exp2" => m_exp2, "Return 2 raised to the power of x.";
    "expm1" => m_expm1, "Return exp(x)-1.";
    "fabs" => m_fabs, "Return the absolute value of the float x.";
    "factorial" => math_int::math_factorial, "Find x!.";
    "floor" => m_floor, "Return the floor of x as an Integral.";
    "fmod" => m_fmod, "Return fmod(x, y), according to platform C.";
    "frexp" => m_frexp, "Return the mantissa and exponent of x, as pair (m, e).";
    "fsum" => m_fsum, "Return an accurate floating point sum of values in the iterable seq.";
    "gamma" => m_gamma, "Gamma function at x.";
    "gcd" => math_int::math_gcd, "Greatest Common Divisor.";
    "hypot" => m_hypot, "Multidimensional Euclidean distance from the origin to a point.";
    "isclose" => m_isclose, "Determine whether two floating point numbers are close in value.";
    "isfinite" => m_isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise.";
    "isinf" => m_isinf, "Return True if x is a positive or negative infinity, and False otherwise.";
    "isnan" => m_isnan, "Return True if x is a NaN (not a number), and False otherwise.";
    "isqrt" => math_int::math_isqrt, "Return the integer part of the square root of the input.";
    "lcm" => math_int::math_lcm, "Least Common Multiple.";
    "ldexp" => m_ldexp, "Return x * (2**i).";
    "lgamma" => m_lgamma, "Natural logarithm of absolute value of Gamma function at x.";
    "log" => m_log, "Return the logarithm of x to the given base.";
    "log10" => m_log10, "Return the base 10 logarithm of x.";
    "log1p" => m_log1p, "Return the natural logarithm of 1+x (base e).";
    "log2" => m_log2, "Return the base 2 logarithm of x.";
    "modf" => m_modf, "Return the fractional and integer parts of x.";
    "nextafter" => m_nextafter, "Return the next floating-point value after x towards y.";
    "perm" => math_int::math_perm, "Number of ways to choose k items from n items without repetition and with order.";
    "pow" => m_pow, "Return x**y (x to the power of y).";
    "prod" => math_int::math_prod, "Calculate the product of all the elements in the input iterable.";
    "radians" => m_radians, "Convert angle x from degrees to radians.";
    "remainder" => m_remainder, "Difference between x and the closest integer multiple of y.";
    "sin" => m_sin, "Return the sine of x (measured in radians).";
    "sinh" => m_sinh, "Return the hyperbolic sine of x.";
    "sqrt" => m_sqrt, "Return the square root of x.";
    "tan" => m_tan, "Return the tangent of x (measured in radians).";
    "tanh" => m_tanh, "Return the hyperbolic tangent of x.";
    "trunc" => m_trunc, "Truncates the Real x to the nearest Integral toward 0.";
    "ulp" => m_ulp, "Return the value of the least significant bit of the float x.";
}

/// Build the `math` module.
pub fn init() -> PyResult<PyRef> {
    let m = crate::object::module::new_module("math");
    let d = crate::object::module::as_module(&m).expect("module").dict();
    dict_set_item_str(
        d,
        "__doc__",
        crate::object::str::new_str("This module provides access to the mathematical functions\ndefined by the C standard."),
    );
    for def in MATH_FUNCTIONS {
        dict_set_item_str(d, def.name, crate::object::descr::new_builtin_function(def, Some(m.clone())));
    }
    dict_set_item_str(d, "pi", new_float(PI));
    dict_set_item_str(d, "e", new_float(std::f64::consts::E));
    dict_set_item_str(d, "tau", new_float(std::f64::consts::TAU));
    dict_set_item_str(d, "inf", new_float(f64::INFINITY));
    dict_set_item_str(d, "nan", new_float(f64::NAN));
    Ok(m)
}
