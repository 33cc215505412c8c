//! `int` arithmetic, comparison and hashing: the number slots of `int`
//! (and the `bool` overrides), with an `i64` fast path falling back to
//! `BigInt`, plus conversion helpers used across the runtime.
//!
//! Construction, parsing, `repr` and the named methods live in
//! `int_methods.rs`; correctly rounded int/int and int→float conversion in
//! `int_float.rs`.

use super::exceptions::{overflow_error, value_error, zero_division_error, PyErr};
use super::header::{PyObject, PyRef};
use super::int::{as_int, new_bigint, new_bool, new_int, PyInt, BOOL_TYPE};
use super::singletons::{is_none, not_implemented};
use super::PyResult;
use crate::bytecode::CmpKind;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;

/// A borrowed view of an int's value.
#[derive(Clone, Copy, Debug)]
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntVal<'a> {
    /// The value as a BigInt (borrowed when already big).
    #[inline]
    pub fn big(self) -> Cow<'a, BigInt> {
        match self {
            IntVal::Small(v) => Cow::Owned(BigInt::from(v)),
            IntVal::Big(b) => Cow::Borrowed(b),
        }
    }
    #[inline]
    pub fn to_bigint(self) -> BigInt {
        self.big().into_owned()
    }
    #[inline]
    pub fn is_zero(self) -> bool {
        matches!(self, IntVal::Small(0))
    }
    #[inline]
    pub fn is_negative(self) -> bool {
        match self {
            IntVal::Small(v) => v < 0,
            IntVal::Big(b) => b.sign() == Sign::Minus,
        }
    }
    /// The value if it fits in i64.
    #[inline]
    pub fn small(self) -> Option<i64> {
        match self {
            IntVal::Small(v) => Some(v),
            IntVal::Big(_) => None,
        }
    }
    /// Number of bits in the absolute value (`int.bit_length()`).
    pub fn bit_length(self) -> u64 {
        match self {
            IntVal::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64,
            IntVal::Big(b) => b.bits(),
        }
    }
}

impl PyInt {
    /// A borrowed view of the value.
    #[inline(always)]
    pub fn val(&self) -> IntVal<'_> {
        match &self.big {
            None => IntVal::Small(self.small),
            Some(b) => IntVal::Big(b),
        }
    }
}

/// The value of an int object (exact, bool or subclass).
#[inline(always)]
pub fn int_val(o: &PyObject) -> Option<IntVal<'_>> {
    as_int(o).map(|i| i.val())
}

/// A new int from an `IntVal`.
pub fn new_int_from_val(v: IntVal) -> PyRef {
    match v {
        IntVal::Small(s) => new_int(s),
        IntVal::Big(b) => new_bigint(b.clone()),
    }
}

/// A new int from a u64.
pub fn int_from_u64(v: u64) -> PyRef {
    match i64::try_from(v) {
        Ok(s) => new_int(s),
        Err(_) => new_bigint(BigInt::from(v)),
    }
}

/// A new int from an i128.
pub fn int_from_i128(v: i128) -> PyRef {
    match i64::try_from(v) {
        Ok(s) => new_int(s),
        Err(_) => new_bigint(BigInt::from(v)),
    }
}

/// A new int from a usize.
pub fn int_from_usize(v: usize) -> PyRef {
    int_from_u64(v as u64)
}

#[cold]
fn too_large_for_c_long() -> PyErr {
    overflow_error("Python int too large to convert to C long")
}

/// An int object's value as i64 (`PyLong_AsLong`): TypeError for non-ints
/// (after `__index__`), OverflowError `Python int too large to convert to C long`.
pub fn int_to_i64(o: &PyObject) -> PyResult<i64> {
    if let Some(i) = as_int(o) {
        return i.as_i64().ok_or_else(too_large_for_c_long);
    }
    let r = super::protocol::index(o)?;
    int_value_i64_checked(&r)
}

pub fn int_value_i64_checked(o: &PyObject) -> PyResult<i64> {
    match as_int(o) {
        Some(i) => i.as_i64().ok_or_else(too_large_for_c_long),
        None => Err(super::exceptions::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_().name()
        ))),
    }
}

/// An int object's value as i64 with overflow reported as `Err(sign)`
/// (+1 too large, -1 too small), like `PyLong_AsLongAndOverflow`.
pub fn int_to_i64_and_overflow(v: IntVal) -> Result<i64, i32> {
    match v {
        IntVal::Small(s) => Ok(s),
        IntVal::Big(b) => Err(if b.sign() == Sign::Minus { -1 } else { 1 }),
    }
}

/// The value as a BigInt for any object supporting `__index__`.
pub fn index_to_bigint(o: &PyObject) -> PyResult<BigInt> {
    let r = super::protocol::index(o)?;
    Ok(int_val(&r).expect("index returns int").to_bigint())
}

// ---------------------------------------------------------------------------
// Hashing (CPython's numeric hash: reduction modulo the Mersenne prime 2**61-1)

/// The modulus of the numeric hash.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;
pub const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`
pub const HASH_INF: i64 = 314159;
/// Multiplier of the imaginary part in complex hashes.
pub const HASH_IMAG: u64 = 1000003;

/// Hash of an i64 (never -1).
#[inline]
pub fn hash_i64(v: i64) -> isize {
    let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if v < 0 { -m } else { m };
    (if h == -1 { -2 } else { h }) as isize
}

/// Hash of an int value (never -1).
pub fn hash_intval(v: IntVal) -> isize {
    match v {
        IntVal::Small(s) => hash_i64(s),
        IntVal::Big(b) => {
            let mut h: u64 = 0;
            let digits = b.magnitude().to_u64_digits();
            for d in digits.iter().rev() {
                h = ((((h as u128) << 64) | *d as u128) % HASH_MODULUS as u128) as u64;
            }
            let h = h as i64;
            let h = if b.sign() == Sign::Minus { -h } else { h };
            (if h == -1 { -2 } else { h }) as isize
        }
    }
}

pub fn int_hash(o: &PyObject) -> PyResult<isize> {
    Ok(hash_intval(int_val(o).expect("int")))
}

// ---------------------------------------------------------------------------
// Comparison

/// Compare two int values.
#[inline]
pub fn cmp_intval(a: IntVal, b: IntVal) -> Ordering {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => x.cmp(&y),
        _ => a.big().as_ref().cmp(b.big().as_ref()),
    }
}

/// Apply a comparison kind to an ordering.
#[inline]
pub fn cmp_result(ord: Ordering, op: CmpKind) -> bool {
    // Less < Equal < Greater: `a op b` is `ord op Equal`.
    op.holds(&ord, &Ordering::Equal)
}

pub fn int_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (int_val(a), int_val(b)) else {
        return Ok(not_implemented());
    };
    Ok(new_bool(cmp_result(cmp_intval(x, y), op)))
}

// ---------------------------------------------------------------------------
// Arithmetic

/// Both operands as ints, or None (then the slot returns NotImplemented).
#[inline(always)]
fn both<'a>(a: &'a PyObject, b: &'a PyObject) -> Option<(IntVal<'a>, IntVal<'a>)> {
    Some((int_val(a)?, int_val(b)?))
}

macro_rules! int_binop {
    ($name:ident, $impl_:ident) => {
        pub fn $name(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
            match both(a, b) {
                Some((x, y)) => $impl_(x, y),
                None => Ok(not_implemented()),
            }
        }
    };
}

/// `a + b` on int values.
pub fn add_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        if let Some(r) = p.checked_add(q) {
            return Ok(new_int(r));
        }
    }
    Ok(new_bigint(x.big().as_ref() + y.big().as_ref()))
}

/// `a - b` on int values.
pub fn sub_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        if let Some(r) = p.checked_sub(q) {
            return Ok(new_int(r));
        }
    }
    Ok(new_bigint(x.big().as_ref() - y.big().as_ref()))
}

/// `a * b` on int values.
pub fn mul_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        if let Some(r) = p.checked_mul(q) {
            return Ok(new_int(r));
        }
        return Ok(int_from_i128(p as i128 * q as i128));
    }
    Ok(new_bigint(x.big().as_ref() * y.big().as_ref()))
}

/// Floor division and modulo of i64s (None on overflow: MIN // -1).
#[inline]
pub fn i64_divmod(p: i64, q: i64) -> Option<(i64, i64)> {
    let d = p.checked_div(q)?;
    let m = p - d * q;
    if m != 0 && ((m < 0) != (q < 0)) {
        Some((d - 1, m + q))
    } else {
        Some((d, m))
    }
}

/// `(a // b, a % b)` as BigInts with Python's signs; `b` must be nonzero.
pub fn big_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    x.div_mod_floor(y)
}

/// `a // b` on int values.
pub fn floordiv_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if y.is_zero() {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        if let Some((d, _)) = i64_divmod(p, q) {
            return Ok(new_int(d));
        }
    }
    Ok(new_bigint(x.big().div_floor(y.big().as_ref())))
}

/// `a % b` on int values.
pub fn mod_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if y.is_zero() {
        return Err(zero_division_error("integer modulo by zero"));
    }
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        if let Some((_, m)) = i64_divmod(p, q) {
            return Ok(new_int(m));
        }
        return Ok(new_int(0)); // MIN % -1
    }
    Ok(new_bigint(x.big().mod_floor(y.big().as_ref())))
}

/// `divmod(a, b)` on int values.
pub fn divmod_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if y.is_zero() {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        if let Some((d, m)) = i64_divmod(p, q) {
            return Ok(super::tuple::new_tuple(vec![new_int(d), new_int(m)]));
        }
    }
    let (d, m) = big_divmod(x.big().as_ref(), y.big().as_ref());
    Ok(super::tuple::new_tuple(vec![new_bigint(d), new_bigint(m)]))
}

/// `a / b` on int values (a correctly rounded float).
pub fn truediv_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    Ok(super::float::new_float(super::int_float::int_true_divide(x, y)?))
}

fn shift_count(y: IntVal) -> PyResult<Option<u64>> {
    if y.is_negative() {
        return Err(value_error("negative shift count"));
    }
    Ok(match y {
        IntVal::Small(s) => Some(s as u64),
        IntVal::Big(_) => None,
    })
}

/// `a << b` on int values.
pub fn lshift_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    let n = shift_count(y)?;
    if x.is_zero() {
        return Ok(new_int(0));
    }
    let n = match n {
        Some(n) if n <= (1u64 << 40) => n,
        _ => return Err(overflow_error("too many digits in integer")),
    };
    if let IntVal::Small(p) = x {
        if n < 63 {
            let r = p << n;
            if r >> n == p {
                return Ok(new_int(r));
            }
        }
        if n < 127 {
            let r = (p as i128) << n;
            if r >> n == p as i128 {
                return Ok(int_from_i128(r));
            }
        }
    }
    Ok(new_bigint(x.big().as_ref() << n as usize))
}

/// `a >> b` on int values (arithmetic shift: floors).
pub fn rshift_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    let n = shift_count(y)?;
    let neg = x.is_negative();
    let n = match n {
        Some(n) if n < x.bit_length() + 1 => n,
        _ => return Ok(new_int(if neg { -1 } else { 0 })),
    };
    if let IntVal::Small(p) = x {
        return Ok(new_int(p >> n.min(63)));
    }
    // BigInt's >> rounds toward negative infinity for negative values.
    Ok(new_bigint(x.big().as_ref() >> n as usize))
}

/// `a & b` on int values (two's complement semantics).
pub fn and_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        return Ok(new_int(p & q));
    }
    Ok(new_bigint(x.big().as_ref() & y.big().as_ref()))
}

/// `a | b` on int values.
pub fn or_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        return Ok(new_int(p | q));
    }
    Ok(new_bigint(x.big().as_ref() | y.big().as_ref()))
}

/// `a ^ b` on int values.
pub fn xor_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if let (IntVal::Small(p), IntVal::Small(q)) = (x, y) {
        return Ok(new_int(p ^ q));
    }
    Ok(new_bigint(x.big().as_ref() ^ y.big().as_ref()))
}

/// `a ** b` on int values (float result for negative exponents).
pub fn pow_vals(x: IntVal, y: IntVal) -> PyResult<PyRef> {
    if y.is_negative() {
        let fx = super::int_float::intval_to_f64(x)?;
        let fy = super::int_float::intval_to_f64(y)?;
        return super::float::float_pow_values(fx, fy);
    }
    // Trivial bases first (any exponent size).
    if let IntVal::Small(b) = x {
        match b {
            0 => return Ok(new_int(if y.is_zero() { 1 } else { 0 })),
            1 => return Ok(new_int(1)),
            -1 => {
                let odd = match y {
                    IntVal::Small(e) => e & 1 == 1,
                    IntVal::Big(e) => e.is_odd(),
                };
                return Ok(new_int(if odd { -1 } else { 1 }));
            }
            _ => {}
        }
    }
    let e = match y {
        IntVal::Small(e) if e <= u32::MAX as i64 => e as u32,
        _ => return Err(super::exceptions::no_memory()),
    };
    if let IntVal::Small(b) = x {
        if let Some(r) = b.checked_pow(e) {
            return Ok(new_int(r));
        }
        // Guard against absurd sizes (CPython would raise MemoryError too).
        if (64 - b.unsigned_abs().leading_zeros() as u64) * e as u64 > (1u64 << 36) {
            return Err(super::exceptions::no_memory());
        }
    } else if x.bit_length() * e as u64 > (1u64 << 36) {
        return Err(super::exceptions::no_memory());
    }
    Ok(new_bigint(num_traits::Pow::pow(x.big().as_ref(), e)))
}

/// Modular inverse of `a` modulo `m` (m > 0), or None.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let ext = a.mod_floor(m).extended_gcd(m);
    if !ext.gcd.is_one() {
        return None;
    }
    Some(ext.x.mod_floor(m))
}

/// `pow(a, b, m)` on int values.
pub fn pow_mod_vals(x: IntVal, y: IntVal, z: IntVal) -> PyResult<PyRef> {
    if z.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    // Fast path: everything fits in a machine word.
    if let (IntVal::Small(b), IntVal::Small(e), IntVal::Small(m)) = (x, y, z) {
        if e >= 0 && m != i64::MIN {
            let am = m.unsigned_abs() as u128;
            let mut base = (b as i128).rem_euclid(am as i128) as u128;
            let mut exp = e as u64;
            let mut acc: u128 = 1 % am;
            while exp > 0 {
                if exp & 1 == 1 {
                    acc = acc * base % am;
                }
                base = base * base % am;
                exp >>= 1;
            }
            let mut r = acc as i64;
            if m < 0 && r != 0 {
                r -= am as i64;
            }
            return Ok(new_int(r));
        }
    }
    let m = z.to_bigint();
    let am = m.abs();
    let mut base = x.to_bigint();
    let mut exp = y.to_bigint();
    if exp.is_negative() {
        match mod_inverse(&base, &am) {
            Some(inv) => base = inv,
            None => return Err(value_error("base is not invertible for the given modulus")),
        }
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &am);
    if m.is_negative() && !r.is_zero() {
        r -= &am;
    }
    Ok(new_bigint(r))
}

int_binop!(int_add, add_vals);
int_binop!(int_sub, sub_vals);
int_binop!(int_mul, mul_vals);
int_binop!(int_floordiv, floordiv_vals);
int_binop!(int_mod, mod_vals);
int_binop!(int_truediv, truediv_vals);
int_binop!(int_lshift, lshift_vals);
int_binop!(int_rshift, rshift_vals);
int_binop!(int_and, and_vals);
int_binop!(int_or, or_vals);
int_binop!(int_xor, xor_vals);
int_binop!(int_pow, pow_vals);

/// `int.__divmod__` semantics as a binary function (NotImplemented for non-ints).
pub fn int_divmod(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    match both(a, b) {
        Some((x, y)) => divmod_vals(x, y),
        None => Ok(not_implemented()),
    }
}

pub fn int_pow3(a: &PyObject, b: &PyObject, c: &PyObject) -> PyResult<PyRef> {
    if is_none(c) {
        return int_pow(a, b);
    }
    match (int_val(a), int_val(b), int_val(c)) {
        (Some(x), Some(y), Some(z)) => pow_mod_vals(x, y, z),
        _ => Ok(not_implemented()),
    }
}

pub fn int_neg(o: &PyObject) -> PyResult<PyRef> {
    Ok(match int_val(o).expect("int") {
        IntVal::Small(v) => match v.checked_neg() {
            Some(r) => new_int(r),
            None => new_bigint(-BigInt::from(v)),
        },
        IntVal::Big(b) => new_bigint(-b),
    })
}

/// `+x`, `int(x)`, `x.__index__()`: the value as an exact int.
pub fn int_pos(o: &PyObject) -> PyResult<PyRef> {
    if o.is_exact(&super::int::INT_TYPE) {
        return Ok(o.to_ref());
    }
    Ok(new_int_from_val(int_val(o).expect("int")))
}

pub fn int_invert(o: &PyObject) -> PyResult<PyRef> {
    Ok(match int_val(o).expect("int") {
        IntVal::Small(v) => new_int(!v),
        IntVal::Big(b) => new_bigint(!b),
    })
}

pub fn int_abs(o: &PyObject) -> PyResult<PyRef> {
    let v = int_val(o).expect("int");
    if !v.is_negative() {
        return int_pos(o);
    }
    int_neg(o)
}

pub fn int_bool(o: &PyObject) -> PyResult<bool> {
    Ok(!int_val(o).expect("int").is_zero())
}

pub fn int_float(o: &PyObject) -> PyResult<PyRef> {
    Ok(super::float::new_float(super::int_float::intval_to_f64(int_val(o).expect("int"))?))
}

// ---------------------------------------------------------------------------
// bool: `&`, `|`, `^` of two bools stay bool.

fn is_bool(o: &PyObject) -> bool {
    o.is_exact(&BOOL_TYPE)
}

fn bool_value(o: &PyObject) -> bool {
    int_val(o).is_some_and(|v| !v.is_zero())
}

pub fn bool_and(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if is_bool(a) && is_bool(b) {
        return Ok(new_bool(bool_value(a) & bool_value(b)));
    }
    int_and(a, b)
}

pub fn bool_or(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if is_bool(a) && is_bool(b) {
        return Ok(new_bool(bool_value(a) | bool_value(b)));
    }
    int_or(a, b)
}

pub fn bool_xor(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if is_bool(a) && is_bool(b) {
        return Ok(new_bool(bool_value(a) ^ bool_value(b)));
    }
    int_xor(a, b)
}

/// The slot functions, referenced by the static type declarations in `int.rs`.
pub mod slots {
    pub use super::{
        bool_and, bool_or, bool_xor, int_abs, int_add, int_and, int_bool, int_float, int_floordiv, int_hash,
        int_invert, int_lshift, int_mod, int_mul, int_neg, int_or, int_pos, int_pow, int_pow3, int_richcompare,
        int_rshift, int_sub, int_truediv, int_xor,
    };
}

/// The zero value check for helpers elsewhere.
pub fn big_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
