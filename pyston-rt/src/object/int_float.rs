//! Exact conversions between ints and floats: correctly rounded int→float,
//! correctly rounded int/int true division, exact float→int, exact
//! int-vs-float comparison, and `ldexp`/`frexp` helpers.

use super::exceptions::{overflow_error, value_error, zero_division_error};
use super::int_ops::IntVal;
use super::PyResult;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::cmp::Ordering;

const DBL_MANT_DIG: i64 = 53;
const DBL_MAX_EXP: i64 = 1024;

/// `x * 2**e`, correctly rounded (like C's `ldexp`).
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    // result = m * 2**target with 0.5 <= |m| < 1
    let target = ex as i64 + e.clamp(-100_000, 100_000);
    if target > DBL_MAX_EXP {
        return f64::INFINITY.copysign(x);
    }
    if target > 1023 {
        return (m * 2.0) * pow2((target - 1) as i32);
    }
    if target >= -1074 {
        // One IEEE multiplication by an exact power of two: correctly
        // rounded, including into the subnormal range.
        return m * pow2(target as i32);
    }
    // Below half the smallest subnormal.
    0.0f64.copysign(x)
}

/// 2**e as a float for -1074 <= e <= 1023 (exact).
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1` (x finite, nonzero);
/// `(x, 0)` for zeros, infinities and NaN.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: normalize by scaling up by 2**64.
        let (m, e) = frexp(x * f64::from_bits((64 + 1023) << 52));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Split a finite float into `(mantissa, exponent)` with `x == mantissa * 2**exponent` exactly.
pub fn float_decompose(x: f64) -> (i64, i32) {
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (sign * frac as i64, -1074)
    } else {
        (sign * (frac | (1u64 << 52)) as i64, exp - 1075)
    }
}

/// Exact conversion of an integral-valued finite float to a BigInt
/// (truncates toward zero when not integral).
pub fn f64_to_bigint(x: f64) -> BigInt {
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return BigInt::from(t as i64);
    }
    let (m, e) = float_decompose(t);
    // |t| >= 2**63 so e > 0.
    BigInt::from(m) << (e as usize)
}

/// `int(x)` for a float: errors for inf/nan as CPython.
pub fn f64_to_int_checked(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(f64_to_bigint(x))
}

/// Correctly rounded conversion of a BigInt to f64; None when too large.
#[inline]
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    crate::format::bigint_to_f64(b)
}

/// `float(int)`: correctly rounded, `OverflowError: int too large to convert to float`.
#[inline]
pub fn intval_to_f64(v: IntVal) -> PyResult<f64> {
    match v {
        IntVal::Small(s) => Ok(s as f64),
        IntVal::Big(b) => bigint_to_f64(b).ok_or_else(|| overflow_error("int too large to convert to float")),
    }
}

/// `(m, e)` with `v ≈ m * 2**e` (m correctly rounded to 53 bits),
/// `0.5 <= |m| < 1`; `(0.0, 0)` for zero. For logs of huge ints.
pub fn int_frexp(b: &BigInt) -> (f64, i64) {
    let mag = b.magnitude();
    let nbits = mag.bits() as i64;
    if nbits == 0 {
        return (0.0, 0);
    }
    let (top, shift) = if nbits <= 64 {
        (mag.to_u64().expect("fits"), 0)
    } else {
        let shift = nbits - 64;
        let mut top = (mag >> shift as usize).to_u64().expect("64 bits");
        if (mag.trailing_zeros().unwrap_or(0) as i64) < shift {
            top |= 1; // sticky bit
        }
        (top, shift)
    };
    let (m, e) = frexp(top as f64);
    let m = if b.sign() == Sign::Minus { -m } else { m };
    (m, e as i64 + shift)
}

/// `a / b` for ints, correctly rounded (machine-word fast path, then the
/// formatting library's exact algorithm).
pub fn int_true_divide(a: IntVal, b: IntVal) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division_error("division by zero"));
    }
    const EXACT: u64 = 1u64 << DBL_MANT_DIG;
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    crate::format::int_true_divide(a.big().as_ref(), b.big().as_ref()).map_err(super::number_format::fmt_err)
}

/// Exact comparison of an int with a float; None when the float is NaN.
pub fn cmp_int_float(i: IntVal, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let IntVal::Small(s) = i {
        if s.unsigned_abs() <= (1u64 << DBL_MANT_DIG) {
            return (s as f64).partial_cmp(&f);
        }
        let t = f.trunc();
        if t.abs() < 9.2e18 {
            let ti = t as i64;
            return Some(match s.cmp(&ti) {
                Ordering::Equal => 0.0f64.partial_cmp(&(f - t)).expect("finite"),
                o => o,
            });
        }
    }
    let t = f.trunc();
    let ti = f64_to_bigint(t);
    Some(match i.big().as_ref().cmp(&ti) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)).expect("finite"),
        o => o,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ldexp_frexp() {
        assert_eq!(ldexp(1.0, 10), 1024.0);
        assert_eq!(ldexp(0.75, -1074), 5e-324);
        assert_eq!(ldexp(0.5, -1073), 5e-324);
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(1.5, -1075), 5e-324);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(0.5, 1024), 8.98846567431158e307);
        assert_eq!(ldexp(0.75, -1074), 5e-324);
        assert_eq!(ldexp(0.5 + 2f64.powi(-53), -1073), 5e-324);
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(-3.0), (-0.75, 2));
    }

    #[test]
    fn true_divide() {
        let big = BigInt::from(10).pow(30);
        let three = BigInt::from(3);
        let r = int_true_divide(IntVal::Big(&big), IntVal::Big(&three)).unwrap();
        assert_eq!(r, 3.333333333333333e29);
        let a = (BigInt::from(1) << 53usize) + 1;
        let r = int_true_divide(IntVal::Big(&a), IntVal::Small(1)).unwrap();
        assert_eq!(r, 9007199254740992.0);
        let a = (BigInt::from(1) << 53usize) + 3;
        let r = int_true_divide(IntVal::Big(&a), IntVal::Small(1)).unwrap();
        assert_eq!(r, 9007199254740996.0);
        assert!(int_true_divide(IntVal::Small(1), IntVal::Small(0)).is_err());
        let huge = BigInt::from(1) << 2000usize;
        assert!(int_true_divide(IntVal::Big(&huge), IntVal::Small(1)).is_err());
        let r = int_true_divide(IntVal::Small(1), IntVal::Big(&huge)).unwrap();
        assert_eq!(r, 0.0);
        let h2 = BigInt::from(1) << 1100usize;
        let r = int_true_divide(IntVal::Small(1), IntVal::Big(&h2)).unwrap();
        assert_eq!(r, 0.0);
        let h3 = BigInt::from(1) << 1074usize;
        let r = int_true_divide(IntVal::Small(1), IntVal::Big(&h3)).unwrap();
        assert_eq!(r, 5e-324);
    }

    #[test]
    fn int_to_float_rounding() {
        let a = (BigInt::from(1) << 64usize) + 1; // rounds to 2**64
        assert_eq!(bigint_to_f64(&a), Some(18446744073709551616.0));
        let b = (BigInt::from(1) << 80usize) + (BigInt::from(1) << 27usize) + 1; // just over half: rounds up
        assert_eq!(bigint_to_f64(&b), Some(1208925819614629174706176.0 + 268435456.0));
        let huge = BigInt::from(1) << 1024usize;
        assert_eq!(bigint_to_f64(&huge), None);
        let max = f64_to_bigint(f64::MAX);
        assert_eq!(bigint_to_f64(&max), Some(f64::MAX));
    }

    #[test]
    fn compare() {
        let a = (BigInt::from(1) << 53usize) + 1;
        assert_eq!(cmp_int_float(IntVal::Big(&a), 9007199254740992.0), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(IntVal::Small(9007199254740993), 9007199254740992.0), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(IntVal::Small(3), 3.5), Some(Ordering::Less));
        assert_eq!(cmp_int_float(IntVal::Small(-3), -3.5), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(IntVal::Small(1), f64::NAN), None);
        let h = BigInt::from(1) << 1023usize;
        assert_eq!(cmp_int_float(IntVal::Big(&h), 8.98846567431158e307), Some(Ordering::Equal));
    }
}
