//! `float.hex()` and `float.fromhex()` (CPython's `float_hex` /
//! `float_fromhex` in Objects/floatobject.c).

use num_bigint::BigUint;

use super::error::{FmtResult, FormatError};
use super::float_repr::float_repr;
use super::intfloat::round_scaled;
use super::numparse::parse_inf_or_nan;

/// `float.hex(x)`: `0x1.8000000000000p+0` for 1.5, always 13 fraction
/// digits; `0x0.0p+0` / `-0x0.0p+0` for zeros; subnormals as
/// `0x0.xxxxxxxxxxxxxp-1022`; `inf`, `-inf`, `nan` for non-finite values.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }.to_string();
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!(
        "{}0x{}.{:013x}p{}{}",
        if x < 0.0 { "-" } else { "" },
        lead,
        frac,
        if exp < 0 { '-' } else { '+' },
        exp.unsigned_abs()
    )
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn parse_error() -> FormatError {
    FormatError::value("invalid hexadecimal floating-point string")
}

/// `float.fromhex(s)`: `[ws] [sign] ([0x] hexdigits [. hexdigits] [p
/// [sign] digits] | inf | infinity | nan) [ws]`, correctly rounded
/// (round-half-even), subnormals and underflow to zero included.
///
/// Errors: `ValueError: invalid hexadecimal floating-point string`,
/// `OverflowError: hexadecimal value too large to represent as a float`.
pub fn float_fromhex(s: &str) -> FmtResult<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    // Infinities and NaNs (with their own optional sign).
    let word_end = b[i..].iter().position(|&c| !(c.is_ascii_alphabetic() || c == b'+' || c == b'-'));
    let word_end = i + word_end.unwrap_or(b.len() - i);
    for end in (i..=word_end).rev() {
        if let Some(v) = std::str::from_utf8(&b[i..end]).ok().and_then(parse_inf_or_nan) {
            // `_Py_parse_inf_or_nan` matches the longest of "infinity"/"inf".
            let mut j = end;
            while j < b.len() && is_c_space(b[j]) {
                j += 1;
            }
            if j == b.len() {
                return Ok(v);
            }
            return Err(parse_error());
        }
    }

    let mut negate = false;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        negate = b[i] == b'-';
        i += 1;
    }
    if i + 1 < b.len() && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
        i += 2;
    }
    let mut mantissa = BigUint::from(0u32);
    let mut ndigits = 0usize;
    let mut fdigits = 0i64;
    while i < b.len() {
        match hex_value(b[i]) {
            Some(d) => {
                mantissa = (mantissa << 4usize) + d;
                ndigits += 1;
                i += 1;
            }
            None => break,
        }
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() {
            match hex_value(b[i]) {
                Some(d) => {
                    mantissa = (mantissa << 4usize) + d;
                    ndigits += 1;
                    fdigits += 1;
                    i += 1;
                }
                None => break,
            }
        }
    }
    if ndigits == 0 {
        return Err(parse_error());
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let mut exp_neg = false;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            exp_neg = b[i] == b'-';
            i += 1;
        }
        if i >= b.len() || !b[i].is_ascii_digit() {
            return Err(parse_error());
        }
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturate: anything this large over/underflows anyway.
            exp = (exp * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if exp_neg {
            exp = -exp;
        }
    }
    // CPython reports overflow before looking at trailing characters.
    let e = exp.saturating_sub(fdigits.saturating_mul(4));
    let x = round_scaled(&mantissa, e, false).ok_or_else(|| {
        FormatError::overflow("hexadecimal value too large to represent as a float")
    })?;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(parse_error());
    }
    Ok(if negate { -x } else { x })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (bits, float.hex()) from CPython 3.11.
    const HEX_CASES: &[(u64, &str)] = &[
        (0x0000000000000000, "0x0.0p+0"),
        (0x8000000000000000, "-0x0.0p+0"),
        (0x3ff0000000000000, "0x1.0000000000000p+0"),
        (0xbff8000000000000, "-0x1.8000000000000p+0"),
        (0x3fb999999999999a, "0x1.999999999999ap-4"),
        (0x0000000000000001, "0x0.0000000000001p-1022"),
        (0x0010000000000000, "0x1.0000000000000p-1022"),
        (0x000fffffffffffff, "0x0.fffffffffffffp-1022"),
        (0x7fefffffffffffff, "0x1.fffffffffffffp+1023"),
        (0x54b249ad2594c37d, "0x1.249ad2594c37dp+332"),
        (0xab2bff2ee48e0530, "-0x1.bff2ee48e0530p-333"),
        (0x4008000000000000, "0x1.8000000000000p+1"),
        (0x3fe0000000000000, "0x1.0000000000000p-1"),
        (0x3fd5555555555555, "0x1.5555555555555p-2"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x97b750923ceb3ffd, "-0x1.750923ceb3ffdp-644"),
        (0x216363698b529b4a, "0x1.363698b529b4ap-489"),
        (0xea7b5bf55eb561a4, "-0x1.b5bf55eb561a4p+680"),
        (0x795b929e9a9a80fd, "0x1.b929e9a9a80fdp+918"),
        (0x94b2b8fda02f34a6, "-0x1.2b8fda02f34a6p-692"),
        (0x9b08923d10c67fd9, "-0x1.8923d10c67fd9p-591"),
        (0xe8a8529f035efa25, "-0x1.8529f035efa25p+651"),
        (0x781f9c58d6645fa9, "0x1.f9c58d6645fa9p+898"),
        (0x8d0038ec42650644, "-0x1.038ec42650644p-815"),
        (0x311624273bfd1d33, "0x1.624273bfd1d33p-238"),
        (0xb7970386fee29476, "-0x1.70386fee29476p-134"),
        (0x8a7d43b578633074, "-0x1.d43b578633074p-856"),
        (0x8cb4a0d7d6225675, "-0x1.4a0d7d6225675p-820"),
        (0x65aa9c8279f248b0, "0x1.a9c8279f248b0p+603"),
        (0xdc6bf1e1a399f82a, "-0x1.bf1e1a399f82ap+455"),
        (0x3b5f3d86268ecc45, "0x1.f3d86268ecc45p-74"),
        (0x26d0b944a2863a7f, "0x1.0b944a2863a7fp-402"),
        (0xed038db4de383784, "-0x1.38db4de383784p+721"),
        (0x63d2e49085ef3430, "0x1.2e49085ef3430p+574"),
        (0x03e0a813bdc2ae99, "0x1.0a813bdc2ae99p-961"),
    ];

    /// (input, `repr(float.fromhex(input))` or `!Exc: message`).
    const FROMHEX_CASES: &[(&str, &str)] = &[
        ("0x1p0", "1.0"),
        ("0X1P0", "1.0"),
        ("1", "1.0"),
        ("ff", "255.0"),
        ("0xff", "255.0"),
        ("-0x1.8p1", "-3.0"),
        ("+0x.8", "0.5"),
        ("0x.", "!ValueError: invalid hexadecimal floating-point string"),
        (".", "!ValueError: invalid hexadecimal floating-point string"),
        ("0x", "!ValueError: invalid hexadecimal floating-point string"),
        ("0x1p", "!ValueError: invalid hexadecimal floating-point string"),
        ("0x1p+", "!ValueError: invalid hexadecimal floating-point string"),
        ("0x1p-1074", "5e-324"),
        ("0x1p-1075", "0.0"),
        ("0x1.0000000000001p-1075", "5e-324"),
        ("0x3p-1076", "5e-324"),
        ("0x1p-1076", "0.0"),
        ("0x1.fffffffffffffp1023", "1.7976931348623157e+308"),
        ("0x1.fffffffffffff8p1023", "!OverflowError: hexadecimal value too large to represent as a float"),
        ("0x1.fffffffffffff7ffp1023", "1.7976931348623157e+308"),
        ("0x1p1024", "!OverflowError: hexadecimal value too large to represent as a float"),
        ("0x1p99999999999999999999", "!OverflowError: hexadecimal value too large to represent as a float"),
        ("0x0p99999999999999999999", "0.0"),
        ("0x1p-99999999999999999999", "0.0"),
        ("  0x1.8p1  ", "3.0"),
        ("\u{9}-0x1p-2\u{a}", "-0.25"),
        ("inf", "inf"),
        ("-Infinity", "-inf"),
        ("nan", "nan"),
        ("-nan", "nan"),
        ("infinit", "!ValueError: invalid hexadecimal floating-point string"),
        ("infx", "!ValueError: invalid hexadecimal floating-point string"),
        ("1.8p1x", "!ValueError: invalid hexadecimal floating-point string"),
        ("0x1.00000000000008p0", "1.0"),
        ("0x1.00000000000018p0", "1.0000000000000004"),
        ("0x1.000000000000080000000001p0", "1.0000000000000002"),
        ("0x0.0000000000001p-1022", "5e-324"),
        ("0x1.1p1 x", "!ValueError: invalid hexadecimal floating-point string"),
        ("0x1_0", "!ValueError: invalid hexadecimal floating-point string"),
        ("\u{a0}0x1", "!ValueError: invalid hexadecimal floating-point string"),
        ("0x10000000000000000000000000000000p-128", "0.0625"),
        ("1e5", "485.0"),
        ("0x1e5", "485.0"),
        ("0xg", "!ValueError: invalid hexadecimal floating-point string"),
        ("-", "!ValueError: invalid hexadecimal floating-point string"),
        ("+-inf", "!ValueError: invalid hexadecimal floating-point string"),
        ("0x1.p2", "4.0"),
    ];

    #[test]
    fn hex() {
        for &(bits, s) in HEX_CASES {
            let x = f64::from_bits(bits);
            assert_eq!(float_hex(x), s, "{:e}", x);
            assert_eq!(float_fromhex(s).unwrap().to_bits(), bits, "round trip {}", s);
        }
    }

    #[test]
    fn fromhex() {
        for &(s, expected) in FROMHEX_CASES {
            let got = match float_fromhex(s) {
                Ok(v) => float_repr(v),
                Err(e) => format!("!{}: {}", e.kind.name(), e.message),
            };
            assert_eq!(got, expected, "fromhex({:?})", s);
        }
        assert!(float_fromhex("-0x0p0").unwrap().is_sign_negative());
        assert!(float_fromhex("-nan").unwrap().is_sign_negative());
    }
}
