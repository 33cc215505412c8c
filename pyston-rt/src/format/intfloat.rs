//! Exact conversions between Python ints (`BigInt`) and floats:
//! `float(int)`, `int / int`, `int(float)`, `float.as_integer_ratio()`,
//! all correctly rounded (round-half-even) like CPython.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::error::{FmtResult, FormatError};

/// Exact `2.0**k` for `-1074 <= k <= 1023`.
pub(crate) fn pow2(k: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&k));
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Correctly rounds `(m + (sticky ? tiny : 0)) * 2**e` to a double
/// (round-half-even). `sticky` says that the true value is slightly above
/// `m * 2**e` (by less than one unit of `m`'s last bit); callers must
/// provide at least two bits more than the result needs when using it.
/// Returns `None` on overflow (result would be >= 2**1024).
pub(crate) fn round_scaled(m: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let nbits = m.bits() as i64;
    let top = nbits + e; // value < 2**top
    if top > 1024 {
        return None;
    }
    if top < -1074 - 1 {
        return Some(0.0); // below half of the smallest subnormal
    }
    let lsb = top.max(-1021) - 53;
    let q: u64 = if e >= lsb {
        (m << ((e - lsb) as usize)).to_u64().expect("fits in 54 bits")
    } else {
        let shift = (lsb - e) as u64;
        let q = (m >> shift).to_u64().expect("fits in 54 bits");
        let half_bit = m.bit(shift - 1);
        let below_half = sticky || (m.trailing_zeros().unwrap_or(0) < shift - 1);
        if half_bit && (below_half || q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    // q <= 2**53; q * 2**lsb is exactly representable unless it overflows.
    if lsb + 64 - q.leading_zeros() as i64 > 1024 {
        return None;
    }
    Some(q as f64 * pow2(lsb))
}

/// `float(n)`: correctly rounded (round-half-even). `None` means
/// `OverflowError: int too large to convert to float`
/// (see [`int_too_large_for_float`]).
pub fn bigint_to_f64(n: &BigInt) -> Option<f64> {
    if let Some(v) = n.to_i64() {
        if v.unsigned_abs() <= 1u64 << 53 {
            return Some(v as f64);
        }
    }
    let r = round_scaled(n.magnitude(), 0, false)?;
    Some(if n.is_negative() { -r } else { r })
}

/// The `OverflowError` of `float(int)`.
pub fn int_too_large_for_float() -> FormatError {
    FormatError::overflow("int too large to convert to float")
}

/// `float(n)` with the CPython error.
pub fn bigint_to_f64_checked(n: &BigInt) -> FmtResult<f64> {
    bigint_to_f64(n).ok_or_else(int_too_large_for_float)
}

/// `a / b` for Python ints: correctly rounded even for huge operands.
///
/// Errors: `ZeroDivisionError: division by zero`,
/// `OverflowError: integer division result too large for a float`.
/// `0 / -5` is `-0.0` like in CPython.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> FmtResult<f64> {
    if b.is_zero() {
        return Err(FormatError::zero_division("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    let sign = |x: f64| if negate { -x } else { x };
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    let (am, bm) = (a.magnitude(), b.magnitude());
    let (na, nb) = (am.bits() as i64, bm.bits() as i64);
    if na <= 53 && nb <= 53 {
        // Both exact as doubles; IEEE division is correctly rounded.
        let x = am.to_u64().unwrap() as f64 / bm.to_u64().unwrap() as f64;
        return Ok(sign(x));
    }
    // Quotient has at least 55 significant bits after this shift.
    let shift = 56 + nb - na;
    let (q, r) = if shift >= 0 {
        (am << shift as usize).div_rem(bm)
    } else {
        am.div_rem(&(bm << (-shift) as usize))
    };
    match round_scaled(&q, -shift, !r.is_zero()) {
        Some(x) => Ok(sign(x)),
        None => Err(FormatError::overflow("integer division result too large for a float")),
    }
}

/// Splits a finite double into `(mantissa, exponent)` with
/// `x == mantissa * 2**exponent` exactly.
pub(crate) fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let m = BigInt::from(m);
    (if x.is_sign_negative() { -m } else { m }, e)
}

/// `int(x)` for a float (truncation toward zero).
///
/// Errors: `OverflowError: cannot convert float infinity to integer`,
/// `ValueError: cannot convert float NaN to integer`.
pub fn f64_to_bigint(x: f64) -> FmtResult<BigInt> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.2e18 {
        return Ok(BigInt::from(x.trunc() as i64));
    }
    let (m, e) = decompose(x);
    Ok(if e >= 0 { m << e as usize } else { m >> (-e) as usize })
}

/// `float.as_integer_ratio()`: the exact ratio in lowest terms with a
/// positive denominator.
///
/// Errors: `OverflowError: cannot convert Infinity to integer ratio`,
/// `ValueError: cannot convert NaN to integer ratio`.
pub fn float_as_integer_ratio(x: f64) -> FmtResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (m, e) = decompose(x);
    let tz = m.trailing_zeros().unwrap_or(0) as i64;
    let (m, e) = (m >> tz as usize, e + tz);
    if e >= 0 {
        Ok((m << e as usize, BigInt::one()))
    } else {
        Ok((m, BigInt::one() << (-e) as usize))
    }
}

/// Rounds the rational `num / den` (den > 0) to the nearest integer,
/// ties to even.
pub(crate) fn round_ratio_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice = &r << 1usize;
    match twice.cmp(den) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn int_to_float() {
        // (int, float(int)) from CPython.
        let cases: &[(&str, f64)] = &[
            ("0", 0.0),
            ("1", 1.0),
            ("-1", -1.0),
            ("9007199254740993", 9007199254740992.0),
            ("9007199254740995", 9007199254740996.0),
            ("-9007199254740993", -9007199254740992.0),
            ("18014398509481987", 18014398509481988.0),
            ("123456789012345678901234567890", 1.2345678901234568e29),
            ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", 1.7976931348623157e308),
        ];
        for &(s, f) in cases {
            assert_eq!(bigint_to_f64(&big(s)), Some(f), "{}", s);
        }
        // 2**1024 - 2**970 rounds up to 2**1024: overflow.
        let x = (BigInt::one() << 1024usize) - (BigInt::one() << 970usize);
        assert_eq!(bigint_to_f64(&x), None);
        let x = (BigInt::one() << 1024usize) - (BigInt::one() << 970usize) - 1;
        assert_eq!(bigint_to_f64(&x), Some(f64::MAX));
        assert_eq!(
            bigint_to_f64_checked(&(BigInt::one() << 1024usize)).unwrap_err().message,
            "int too large to convert to float"
        );
    }

    #[test]
    fn true_divide() {
        let d = |a: &str, b: &str| int_true_divide(&big(a), &big(b));
        assert_eq!(d("1", "3").unwrap(), 1.0 / 3.0);
        assert_eq!(d("0", "-5").unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(d("-1", "4").unwrap(), -0.25);
        let ten400 = BigInt::from(10).pow(400u32);
        let ten399 = BigInt::from(10).pow(399u32);
        assert_eq!(int_true_divide(&ten400, &ten399).unwrap(), 10.0);
        assert_eq!(int_true_divide(&BigInt::from(-1), &ten400).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(int_true_divide(&ten400, &BigInt::from(3)).unwrap_err().message,
            "integer division result too large for a float");
        assert_eq!(d("1", "0").unwrap_err().message, "division by zero");
        // Values from CPython.
        assert_eq!(d("12345678901234567890123", "987654321987").unwrap(), 12499999874.852032);
        assert_eq!(d("1", "123456789012345678901234567890").unwrap(), 8.1000000729e-30);
        assert_eq!(
            int_true_divide(&BigInt::from(1), &(BigInt::one() << 1074usize)).unwrap(),
            5e-324
        );
        assert_eq!(int_true_divide(&BigInt::from(1), &(BigInt::one() << 1075usize)).unwrap(), 0.0);
        assert_eq!(int_true_divide(&BigInt::from(3), &(BigInt::one() << 1076usize)).unwrap(), 5e-324);
        assert_eq!(
            d("9007199254740993", "1").unwrap(),
            9007199254740992.0
        );
        assert_eq!(
            d("27021597764222977", "3").unwrap(),
            9007199254740992.0
        );
    }

    #[test]
    fn float_to_int() {
        assert_eq!(f64_to_bigint(-2.9).unwrap(), BigInt::from(-2));
        assert_eq!(f64_to_bigint(1e20).unwrap(), big("100000000000000000000"));
        assert_eq!(f64_to_bigint(-1e300).unwrap().to_string().len(), 302);
        assert_eq!(f64_to_bigint(f64::INFINITY).unwrap_err().message, "cannot convert float infinity to integer");
        assert_eq!(f64_to_bigint(f64::NAN).unwrap_err().message, "cannot convert float NaN to integer");
        assert_eq!(f64_to_bigint(f64::NAN).unwrap_err().kind, super::super::error::ExcKind::ValueError);
    }

    #[test]
    fn ratio() {
        let r = |x: f64| {
            let (n, d) = float_as_integer_ratio(x).unwrap();
            (n.to_string(), d.to_string())
        };
        assert_eq!(r(1.5), ("3".into(), "2".into()));
        assert_eq!(r(-0.0), ("0".into(), "1".into()));
        assert_eq!(r(0.1), ("3602879701896397".into(), "36028797018963968".into()));
        assert_eq!(r(1e20), ("100000000000000000000".into(), "1".into()));
        assert_eq!(r(-5e-324).0, "-1");
        assert_eq!(r(5e-324).1.len(), 324);
        assert_eq!(float_as_integer_ratio(f64::INFINITY).unwrap_err().message, "cannot convert Infinity to integer ratio");
        assert_eq!(float_as_integer_ratio(f64::NAN).unwrap_err().message, "cannot convert NaN to integer ratio");
    }

    #[test]
    fn half_even_ratio() {
        let r = |a: i64, b: i64| round_ratio_half_even(&BigInt::from(a), &BigInt::from(b)).to_string();
        assert_eq!(r(5, 2), "2");
        assert_eq!(r(7, 2), "4");
        assert_eq!(r(-5, 2), "-2");
        assert_eq!(r(-7, 2), "-4");
        assert_eq!(r(-8, 3), "-3");
        assert_eq!(r(8, 3), "3");
    }
}
