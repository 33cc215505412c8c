//! Integer functions of the `math` module: factorial, gcd, lcm, comb,
//! perm, isqrt, and prod (generic, with int and float fast paths).

use crate::bytecode::BinOpKind;
use crate::object::args::{check_positional, no_kwargs};
use crate::object::exceptions::{overflow_error, type_error, value_error};
use crate::object::float::{float_value, new_float, FLOAT_TYPE};
use crate::object::int::{new_bigint, new_int, INT_TYPE};
use crate::object::int_ops::{int_val, IntVal};
use crate::object::{protocol, PyObject, PyRef, PyResult};
use num_bigint::{BigInt, BigUint};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive};

/// Product of `lo..hi` (exclusive) by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigUint {
    if hi <= lo {
        return BigUint::one();
    }
    if hi - lo <= 16 {
        let mut acc: u128 = 1;
        let mut out = BigUint::one();
        for v in lo..hi {
            match acc.checked_mul(v as u128) {
                Some(a) if a <= u64::MAX as u128 => acc = a,
                _ => {
                    out *= BigUint::from(acc);
                    acc = v as u128;
                }
            }
        }
        return out * BigUint::from(acc);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// n! as a BigUint.
pub fn factorial_u64(n: u64) -> BigUint {
    // Split off the power of two: n! = odd * 2**(n - popcount(n)) would be
    // faster, but plain binary splitting is already subquadratic enough.
    range_product(2, n + 1)
}

fn index_value(o: &PyObject) -> PyResult<PyRef> {
    protocol::index(o)
}

fn val(o: &PyRef) -> IntVal<'_> {
    int_val(o).expect("index returns an int")
}

/// `math.factorial(n)`
pub fn math_factorial(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = crate::object::args::one_arg("math.factorial", args, kw)?;
    factorial_of(x)
}

fn factorial_of(x: &PyObject) -> PyResult<PyRef> {
    let n = index_value(x)?;
    match val(&n) {
        IntVal::Big(b) if b.is_negative() => Err(value_error("factorial() not defined for negative values")),
        IntVal::Big(_) => Err(overflow_error("factorial() argument should not exceed 9223372036854775807")),
        IntVal::Small(v) if v < 0 => Err(value_error("factorial() not defined for negative values")),
        IntVal::Small(v) => {
            if v <= 20 {
                let mut r: i64 = 1;
                for i in 2..=v {
                    r *= i;
                }
                return Ok(new_int(r));
            }
            Ok(new_bigint(BigInt::from(factorial_u64(v as u64))))
        }
    }
}

fn gcd_vals(a: IntVal, b: IntVal) -> PyRef {
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
        if x != i64::MIN && y != i64::MIN {
            return new_int(x.abs().gcd(&y.abs()));
        }
    }
    new_bigint(a.big().gcd(b.big().as_ref()))
}

/// `math.gcd(*integers)`
pub fn math_gcd(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("gcd", kw)?;
    if args.is_empty() {
        return Ok(new_int(0));
    }
    let mut res = index_value(args[0])?;
    if args.len() == 1 {
        return crate::object::int_ops::int_abs(&res);
    }
    for a in &args[1..] {
        let x = index_value(a)?;
        if matches!(val(&res), IntVal::Small(1)) {
            continue;
        }
        res = gcd_vals(val(&res), val(&x));
    }
    Ok(res)
}

/// `math.lcm(*integers)`
pub fn math_lcm(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("lcm", kw)?;
    if args.is_empty() {
        return Ok(new_int(1));
    }
    let mut res = index_value(args[0])?;
    if args.len() == 1 {
        return crate::object::int_ops::int_abs(&res);
    }
    for a in &args[1..] {
        let x = index_value(a)?;
        if val(&res).is_zero() {
            continue;
        }
        if val(&x).is_zero() {
            res = new_int(0);
            continue;
        }
        let a = val(&res).to_bigint();
        let b = val(&x).to_bigint();
        res = new_bigint(a.lcm(&b));
    }
    Ok(res)
}

/// `math.isqrt(n)`
pub fn math_isqrt(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let x = crate::object::args::one_arg("math.isqrt", args, kw)?;
    let n = index_value(x)?;
    let v = val(&n);
    if v.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    match v {
        IntVal::Small(s) => Ok(new_int((s as u64).sqrt() as i64)),
        IntVal::Big(b) => Ok(new_bigint(b.sqrt())),
    }
}

/// n*(n-1)*...*(n-k+1) for BigInt n >= k >= 0.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if let Some(nn) = n.to_u64() {
        return BigInt::from(range_product(nn - k + 1, nn + 1));
    }
    fn rec(n: &BigInt, lo: u64, hi: u64) -> BigInt {
        // product of (n - i) for i in lo..hi
        if hi - lo <= 8 {
            let mut acc = BigInt::one();
            for i in lo..hi {
                acc *= n - i;
            }
            return acc;
        }
        let mid = lo + (hi - lo) / 2;
        rec(n, lo, mid) * rec(n, mid, hi)
    }
    rec(n, 0, k)
}

fn nonneg_args(n: &PyRef, k: &PyRef) -> PyResult<()> {
    if val(n).is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if val(k).is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.perm(n, k=None)`
pub fn math_perm(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("perm", kw)?;
    check_positional("perm", args.len(), 1, 2)?;
    if args.len() == 1 || crate::object::singletons::is_none(args[1]) {
        return factorial_of(args[0]);
    }
    let n = index_value(args[0])?;
    let k = index_value(args[1])?;
    nonneg_args(&n, &k)?;
    let nb = val(&n).to_bigint();
    let kb = val(&k).to_bigint();
    if nb < kb {
        return Ok(new_int(0));
    }
    let ki = kb.to_u64().filter(|v| *v <= i64::MAX as u64).ok_or_else(|| overflow_error("k must not exceed 9223372036854775807"))?;
    Ok(new_bigint(falling_product(&nb, ki)))
}

/// `math.comb(n, k)`
pub fn math_comb(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("comb", kw)?;
    check_positional("comb", args.len(), 2, 2)?;
    let n = index_value(args[0])?;
    let k = index_value(args[1])?;
    nonneg_args(&n, &k)?;
    let nb = val(&n).to_bigint();
    let kb = val(&k).to_bigint();
    if nb < kb {
        return Ok(new_int(0));
    }
    let other = &nb - &kb;
    let kmin = if other < kb { other } else { kb };
    let ki = kmin
        .to_u64()
        .filter(|v| *v <= i64::MAX as u64)
        .ok_or_else(|| overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    let num = falling_product(&nb, ki);
    let den = BigInt::from(factorial_u64(ki));
    Ok(new_bigint(num / den))
}

/// `math.prod(iterable, /, *, start=1)`
pub fn math_prod(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, names) = crate::object::args::split(args, kwnames);
    if pos.len() != 1 {
        return Err(type_error(format!("prod() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let mut start: Option<&PyObject> = None;
    for (n, v) in names.iter().zip(kwvals.iter()) {
        match crate::object::str::str_value(n) {
            Some("start") => start = Some(*v),
            Some(other) => return Err(type_error(format!("'{}' is an invalid keyword argument for prod()", other))),
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let it = protocol::iter(pos[0])?;
    let mut result: PyRef = match start {
        Some(s) => s.to_ref(),
        None => new_int(1),
    };
    // Int fast path: products kept in a machine word while they fit.
    if result.is_exact(&INT_TYPE) {
        if let Some(mut acc) = val(&result).small() {
            loop {
                let Some(item) = protocol::next(&it)? else {
                    return Ok(new_int(acc));
                };
                if item.is_exact(&INT_TYPE) {
                    if let Some(b) = val(&item).small() {
                        if let Some(p) = acc.checked_mul(b) {
                            acc = p;
                            continue;
                        }
                    }
                }
                result = protocol::binary_op(&new_int(acc), &item, BinOpKind::Mul)?;
                break;
            }
        }
    }
    // Float fast path.
    if result.is_exact(&FLOAT_TYPE) {
        let mut acc = float_value(&result).expect("float");
        loop {
            let Some(item) = protocol::next(&it)? else {
                return Ok(new_float(acc));
            };
            if item.is_exact(&FLOAT_TYPE) {
                acc *= float_value(&item).expect("float");
                continue;
            }
            if item.is_exact(&INT_TYPE) {
                if let Some(b) = val(&item).small() {
                    acc *= b as f64;
                    continue;
                }
            }
            result = protocol::binary_op(&new_float(acc), &item, BinOpKind::Mul)?;
            break;
        }
    }
    while let Some(item) = protocol::next(&it)? {
        result = protocol::binary_op(&result, &item, BinOpKind::Mul)?;
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factorials() {
        assert_eq!(factorial_u64(25).to_string(), "15511210043330985984000000");
        assert_eq!(range_product(5, 5), BigUint::one());
        let n = BigInt::from(10);
        assert_eq!(falling_product(&n, 3), BigInt::from(720));
        assert_eq!(falling_product(&n, 0), BigInt::from(1));
    }
}
