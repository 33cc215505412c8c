//! `float(str)` and `int(str, base)` parsing with CPython 3.11 rules,
//! plus the `int`/`str` conversion digit limit (`sys.int_info`
//! `default_max_str_digits`, 4300 by default).
//!
//! Both parsers first apply CPython's
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace
//! becomes a space and Unicode decimal digits (e.g. Arabic-Indic) become
//! ASCII digits; any other non-ASCII character makes the string invalid.

use std::borrow::Cow;

use num_bigint::BigInt;
use num_traits::{Num, Signed, Zero};

use super::error::{FmtResult, FormatError};
use super::repr::str_repr;
use super::spec::truncate_chars;
use super::unicode::{decimal_value, is_space};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Below this many digits the limit is never checked
/// (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`; also the smallest allowed limit).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// Maps Unicode spaces to `' '` and Unicode decimal digits to ASCII.
/// `None` if another non-ASCII character (or DEL) is present.
fn to_ascii(s: &str) -> Option<Cow<'_, str>> {
    if s.bytes().all(|b| b < 127) {
        return Some(Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else {
            out.push(char::from_digit(decimal_value(c)?, 10)?);
        }
    }
    Some(Cow::Owned(out))
}

/// C `isspace` in the C locale (CPython's `Py_ISSPACE`).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn trim_c_space(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8))
}

/// Removes underscores that sit between two digits; `None` if any
/// underscore is elsewhere (`_Py_string_to_number_with_underscores`).
fn strip_float_underscores(s: &str) -> Option<Cow<'_, str>> {
    if !s.contains('_') {
        return Some(Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    Some(Cow::Owned(out))
}

/// Checks the decimal float grammar
/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`.
fn is_decimal_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        ndigits += i - frac_start;
    }
    if ndigits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == b.len()
}

/// Parses `[sign] (inf | infinity | nan)`, case-insensitively
/// (`_Py_parse_inf_or_nan`); `-nan` is a NaN with the sign bit set.
pub(crate) fn parse_inf_or_nan(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if neg { -v } else { v })
}

/// `float(s)` for a str: surrounding whitespace (Unicode too), a sign,
/// decimal digits (Unicode decimals too) with single underscores between
/// digits, an optional exponent, or `inf`/`infinity`/`nan` in any case.
/// Hex floats are *not* accepted. Correctly rounded; out-of-range values
/// give `±inf` or `±0.0` like CPython. `None` when invalid (see
/// [`parse_float_checked`] for the error).
pub fn parse_float(s: &str) -> Option<f64> {
    if s.contains('\0') {
        return None;
    }
    let ascii = to_ascii(s)?;
    let cleaned = strip_float_underscores(&ascii)?;
    let t = trim_c_space(&cleaned);
    if let Some(v) = parse_inf_or_nan(t) {
        return Some(v);
    }
    if !is_decimal_float(t) {
        return None;
    }
    t.parse::<f64>().ok()
}

/// [`parse_float`] with CPython's error:
/// `ValueError: could not convert string to float: 'abc'`.
pub fn parse_float_checked(s: &str) -> FmtResult<f64> {
    parse_float(s).ok_or_else(|| {
        FormatError::value(format!("could not convert string to float: {}", str_repr(s)))
    })
}

/// Why [`parse_int_limited`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// `base` is not 0 or 2..=36.
    BadBase,
    /// Not a valid literal.
    Invalid,
    /// More than `limit` digits (non-power-of-two bases only).
    TooManyDigits {
        /// The limit in force.
        limit: usize,
        /// Number of digits found.
        digits: usize,
    },
}

/// `int(s, base)` for a str with CPython's rules and no digit limit:
/// whitespace around (Unicode too), a sign, Unicode decimal digits,
/// single underscores between digits (and after a base prefix), a
/// `0x`/`0o`/`0b` prefix when it matches `base` (or with base 0, which
/// also rejects leading zeros like `010` but accepts `0_0`).
/// `None` when invalid or when `base` is not 0 or 2..=36.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_limited(s, base, 0).ok()
}

/// Like [`parse_int`] but enforcing `max_str_digits` (0 = no limit) like
/// `sys.set_int_max_str_digits`.
pub fn parse_int_limited(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::BadBase);
    }
    if s.contains('\0') {
        return Err(IntParseError::Invalid);
    }
    let ascii = to_ascii(s).ok_or(IntParseError::Invalid)?;
    let b = ascii.as_bytes();
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let at = |j: usize| b.get(j).map(|c| c.to_ascii_lowercase());
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != Some(b'0') {
            10
        } else {
            match at(i + 1) {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == Some(b'0') {
        let p = at(i + 1);
        if (base == 16 && p == Some(b'x')) || (base == 8 && p == Some(b'o')) || (base == 2 && p == Some(b'b')) {
            i += 2;
            if at(i) == Some(b'_') {
                i += 1;
            }
        }
    }
    if at(i) == Some(b'_') {
        return Err(IntParseError::Invalid);
    }
    let digit_of = |c: u8| (c as char).to_digit(36).filter(|&d| d < base);
    let start = i;
    let mut digits = String::with_capacity(b.len() - i);
    let mut prev = 0u8;
    while i < b.len() && (digit_of(b[i]).is_some() || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(IntParseError::Invalid);
            }
        } else {
            digits.push(b[i] as char);
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(IntParseError::Invalid);
    }
    let is_pow2 = base & (base - 1) == 0;
    if !is_pow2 && max_str_digits > 0 && digits.len() > MAX_STR_DIGITS_THRESHOLD && digits.len() > max_str_digits {
        return Err(IntParseError::TooManyDigits { limit: max_str_digits, digits: digits.len() });
    }
    if i == start {
        return Err(IntParseError::Invalid);
    }
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(IntParseError::Invalid);
    }
    let value = BigInt::from_str_radix(&digits, base).map_err(|_| IntParseError::Invalid)?;
    if error_if_nonzero && !value.is_zero() {
        return Err(IntParseError::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// `int(s, base)` for a str with CPython's exact errors (`ValueError`):
/// `int() base must be >= 2 and <= 36, or 0`,
/// `invalid literal for int() with base 10: 'abc'`,
/// `Exceeds the limit (4300 digits) for integer string conversion: value
/// has 5000 digits; use sys.set_int_max_str_digits() to increase the limit`.
pub fn parse_int_checked(s: &str, base: u32, max_str_digits: usize) -> FmtResult<BigInt> {
    parse_int_limited(s, base, max_str_digits).map_err(|e| match e {
        IntParseError::BadBase => int_base_error(),
        IntParseError::Invalid => invalid_int_literal(base, &str_repr(s)),
        IntParseError::TooManyDigits { limit, digits } => int_max_str_digits_to_int(limit, digits),
    })
}

/// `ValueError: int() base must be >= 2 and <= 36, or 0`.
pub fn int_base_error() -> FormatError {
    FormatError::value("int() base must be >= 2 and <= 36, or 0")
}

/// `ValueError: invalid literal for int() with base 10: 'abc'`; `repr`
/// is the repr of the argument (truncated to 200 characters like
/// CPython's `%.200R`).
pub fn invalid_int_literal(base: u32, repr: &str) -> FormatError {
    FormatError::value(format!(
        "invalid literal for int() with base {}: {}",
        base,
        truncate_chars(repr, 200)
    ))
}

/// The str -> int digit-limit `ValueError`.
pub fn int_max_str_digits_to_int(limit: usize, digits: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit, digits
    ))
}

/// The int -> str digit-limit `ValueError`.
pub fn int_max_str_digits_to_str(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

/// Checks the int -> decimal str limit (`str(n)`, `repr(n)`, `'%d'`,
/// `format(n, 'd')`...; *not* hex/octal/binary): fails if `|value|` has
/// more than `max_str_digits` decimal digits (0 = no limit).
pub fn check_int_str_digits(value: &BigInt, max_str_digits: usize) -> FmtResult<()> {
    if max_str_digits == 0 {
        return Ok(());
    }
    let bits = value.bits();
    // Decimal digits of a `bits`-bit number lie in [lo, hi].
    let lo = ((bits.saturating_sub(1)) as f64 * std::f64::consts::LOG10_2).floor() as usize + 1;
    let hi = (bits as f64 * std::f64::consts::LOG10_2).floor() as usize + 1;
    let digits = if hi <= max_str_digits {
        return Ok(());
    } else if lo > max_str_digits + 1 {
        lo
    } else {
        value.abs().to_string().len()
    };
    if digits > max_str_digits {
        Err(int_max_str_digits_to_str(max_str_digits))
    } else {
        Ok(())
    }
}

#[cfg(test)]
#[path = "numparse_tests.rs"]
mod tests;
