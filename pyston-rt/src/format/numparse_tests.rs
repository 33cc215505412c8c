//! Tests for `numparse.rs`, expected values from CPython 3.11.

use super::*;
use crate::format::float_repr::float_repr;

/// (input, `repr(float(input))` or `!message`).
const FLOAT_CASES: &[(&str, &str)] = &[
        ("0", "0.0"),
        ("1", "1.0"),
        ("-1", "-1.0"),
        ("+1.5", "1.5"),
        ("  3.25  ", "3.25"),
        ("\u{9}\u{a}1e5\u{b}\u{c}\u{d}", "100000.0"),
        ("1_000.5", "1000.5"),
        ("1__0", "!could not convert string to float: '1__0'"),
        ("_1", "!could not convert string to float: '_1'"),
        ("1_", "!could not convert string to float: '1_'"),
        ("1_.5", "!could not convert string to float: '1_.5'"),
        ("1._5", "!could not convert string to float: '1._5'"),
        ("1e1_0", "10000000000.0"),
        ("1e_5", "!could not convert string to float: '1e_5'"),
        ("1.5e+3", "1500.0"),
        ("1.5E-3", "0.0015"),
        (".5", "0.5"),
        ("5.", "5.0"),
        (".", "!could not convert string to float: '.'"),
        ("e5", "!could not convert string to float: 'e5'"),
        ("1e", "!could not convert string to float: '1e'"),
        ("1e+", "!could not convert string to float: '1e+'"),
        ("+-1", "!could not convert string to float: '+-1'"),
        ("--1", "!could not convert string to float: '--1'"),
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("+inf", "inf"),
        ("Infinity", "inf"),
        ("-INFINITY", "-inf"),
        ("iNf", "inf"),
        ("infinit", "!could not convert string to float: 'infinit'"),
        ("infinityy", "!could not convert string to float: 'infinityy'"),
        ("nan", "nan"),
        ("-nan", "nan"),
        ("NaN", "nan"),
        ("+nan", "nan"),
        ("nan1", "!could not convert string to float: 'nan1'"),
        ("in_f", "!could not convert string to float: 'in_f'"),
        ("1e400", "inf"),
        ("-1e400", "-inf"),
        ("1e-400", "0.0"),
        ("0x1p3", "!could not convert string to float: '0x1p3'"),
        ("0x10", "!could not convert string to float: '0x10'"),
        ("", "!could not convert string to float: ''"),
        ("   ", "!could not convert string to float: '   '"),
        ("\u{a0}1\u{3000}", "1.0"),
        ("\u{661}\u{662}.\u{663}", "12.3"),
        ("\u{1d7cf}\u{1d7d0}", "12.0"),
        ("\u{b2}", "!could not convert string to float: '\u{b2}'"),
        ("\u{1c}1", "!could not convert string to float: '\\x1c1'"),
        ("1\u{85}", "1.0"),
        ("abc", "!could not convert string to float: 'abc'"),
        ("1 2", "!could not convert string to float: '1 2'"),
        ("1.2.3", "!could not convert string to float: '1.2.3'"),
        ("0.1", "0.1"),
        ("9007199254740993", "9007199254740992.0"),
        ("1e-324", "0.0"),
        ("2.4703282292062328e-324", "5e-324"),
        ("2.4703282292062327e-324", "0.0"),
        ("1.7976931348623158e308", "1.7976931348623157e+308"),
        ("1.7976931348623159e308", "inf"),
        ("00012", "12.0"),
        ("-0", "-0.0"),
        ("111111111111111111111111111111.5", "1.111111111111111e+29"),
        ("0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0.0"),
        ("\u{2007}5", "5.0"),
        ("5\u{200b}", "!could not convert string to float: '5\\u200b'"),
        ("\u{661}_\u{662}", "12.0"),
        ("1_2_3.4_5e", "!could not convert string to float: '1_2_3.4_5e'"),
    ];

/// (input, base, `str(int(input, base))` or `!message`).
const INT_CASES: &[(&str, u32, &str)] = &[
        ("0", 10, "0"),
        ("-0", 10, "0"),
        ("  42  ", 10, "42"),
        ("+7", 10, "7"),
        ("- 7", 10, "!invalid literal for int() with base 10: '- 7'"),
        ("1_000", 10, "1000"),
        ("1__000", 10, "!invalid literal for int() with base 10: '1__000'"),
        ("_1", 10, "!invalid literal for int() with base 10: '_1'"),
        ("1_", 10, "!invalid literal for int() with base 10: '1_'"),
        ("0x1f", 16, "31"),
        ("0X1F", 16, "31"),
        ("0x1f", 0, "31"),
        ("0o17", 0, "15"),
        ("0b101", 0, "5"),
        ("0B1_01", 0, "5"),
        ("0x_1f", 16, "31"),
        ("0x__1f", 16, "!invalid literal for int() with base 16: '0x__1f'"),
        ("0x", 16, "!invalid literal for int() with base 16: '0x'"),
        ("0x", 0, "!invalid literal for int() with base 0: '0x'"),
        ("010", 0, "!invalid literal for int() with base 0: '010'"),
        ("0_0", 0, "0"),
        ("00", 0, "0"),
        ("0", 0, "0"),
        ("08", 0, "!invalid literal for int() with base 0: '08'"),
        ("0_7", 0, "!invalid literal for int() with base 0: '0_7'"),
        ("-0x10", 0, "-16"),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        ("10", 2, "2"),
        ("12", 2, "!invalid literal for int() with base 2: '12'"),
        ("1e5", 10, "!invalid literal for int() with base 10: '1e5'"),
        ("1.0", 10, "!invalid literal for int() with base 10: '1.0'"),
        ("", 10, "!invalid literal for int() with base 10: ''"),
        ("  ", 10, "!invalid literal for int() with base 10: '  '"),
        ("\u{661}\u{662}", 10, "12"),
        ("\u{a0}12\u{2003}", 10, "12"),
        ("\u{1c}1", 10, "!invalid literal for int() with base 10: '\\x1c1'"),
        ("\u{b}1\u{c}", 10, "1"),
        ("\u{b2}", 10, "!invalid literal for int() with base 10: '\u{b2}'"),
        ("ff", 16, "255"),
        ("0b1", 16, "177"),
        ("0b1", 2, "1"),
        ("0o7", 8, "7"),
        ("0o7", 16, "!invalid literal for int() with base 16: '0o7'"),
        ("7", 1, "!int() base must be >= 2 and <= 36, or 0"),
        ("7", 37, "!int() base must be >= 2 and <= 36, or 0"),
        ("7", 0, "7"),
        ("abc", 10, "!invalid literal for int() with base 10: 'abc'"),
        ("1 2", 10, "!invalid literal for int() with base 10: '1 2'"),
        ("12L", 10, "!invalid literal for int() with base 10: '12L'"),
        ("\u{663}_\u{664}", 10, "34"),
        ("+_1", 10, "!invalid literal for int() with base 10: '+_1'"),
        ("999999999999999999999999999999", 10, "999999999999999999999999999999"),
        ("-ffffffffffffffffffffffffffffffffffffffff", 16, "-1461501637330902918203684832716283019655932542975"),
        ("0xffffffffffffffffffffffffffffffffffffffff", 0, "1461501637330902918203684832716283019655932542975"),
        ("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 7, "539079418270792998557441294850036135142867199817437566822315888565281909939488010000"),
        ("\u{1d7d9}\u{1d7d8}", 0, "10"),
    ];

#[test]
fn float_cases() {
    for &(s, expected) in FLOAT_CASES {
        let got = match parse_float_checked(s) {
            Ok(v) => float_repr(v),
            Err(e) => format!("!{}", e.message),
        };
        assert_eq!(got, expected, "float({:?})", s);
    }
    assert!(parse_float("-nan").unwrap().is_sign_negative());
    assert!(parse_float("nan").unwrap().is_sign_positive());
    assert_eq!(parse_float("-0").unwrap().to_bits(), (-0.0f64).to_bits());
}

#[test]
fn int_cases() {
    for &(s, base, expected) in INT_CASES {
        let got = match parse_int_checked(s, base, DEFAULT_MAX_STR_DIGITS) {
            Ok(v) => v.to_string(),
            Err(e) => format!("!{}", e.message),
        };
        assert_eq!(got, expected, "int({:?}, {})", s, base);
    }
}

#[test]
fn digit_limits() {
    let long = "1".repeat(5000);
    assert_eq!(
        parse_int_checked(&long, 10, DEFAULT_MAX_STR_DIGITS).unwrap_err().message,
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    // The limit is checked before trailing garbage.
    assert!(parse_int_checked(&format!("{}x", long), 10, DEFAULT_MAX_STR_DIGITS)
        .unwrap_err()
        .message
        .starts_with("Exceeds the limit"));
    assert_eq!(parse_int_checked(&long, 10, 0).unwrap().to_string(), long);
    assert_eq!(parse_int(&long, 16).unwrap().bits(), 19997);
    assert!(parse_int_limited(&long, 16, 4300).is_ok());
    let big: BigInt = long.parse().unwrap();
    assert_eq!(
        check_int_str_digits(&big, 4300).unwrap_err().message,
        "Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    assert!(check_int_str_digits(&big, 5000).is_ok());
    assert!(check_int_str_digits(&big, 4999).is_err());
    assert!(check_int_str_digits(&-big.clone(), 5000).is_ok());
    assert!(check_int_str_digits(&big, 0).is_ok());
    let p: BigInt = "9".repeat(4300).parse().unwrap();
    assert!(check_int_str_digits(&p, 4300).is_ok());
    assert!(check_int_str_digits(&(p + 1), 4300).is_err());
}

#[test]
fn messages() {
    assert_eq!(
        invalid_int_literal(10, &format!("'{}'", "x".repeat(300))).message.len(),
        "invalid literal for int() with base 10: ".len() + 200
    );
    assert_eq!(int_base_error().message, "int() base must be >= 2 and <= 36, or 0");
}
