//! `int.__format__` (CPython's `format_long_internal`): presentation
//! types `b c d o x X n`, the float types `e E f F g G %` (via
//! `float(int)`), `#` prefixes, `,`/`_` grouping (every 4 digits for
//! `_` with b/o/x/X), sign options, `=` alignment and zero padding.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::{FmtResult, FormatError};
use super::fmt_float::format_float_internal;
use super::intfloat::bigint_to_f64_checked;
use super::number_layout::{layout_number, Layout, NumberParts};
use super::spec::{unknown_format_code, Align, FormatSpec, Grouping};

/// Formats an int per a parsed spec (`format(value, spec)`).
///
/// `type_name` is the Python type name for error messages (`"int"`,
/// `"bool"`, or a subclass name). A spec without a type formats like
/// `'d'`. Note that `format(x, '')` is `str(x)`, which differs for
/// `bool`; use [`dunder_format_int`] or handle the empty spec yourself.
///
/// Errors (`ValueError` unless noted): `Unknown format code 'q' for
/// object of type 'int'`, `Precision not allowed in integer format
/// specifier`, `Negative zero coercion (z) not allowed in integer format
/// specifier`, `Sign not allowed with integer format specifier 'c'`,
/// `Alternate form (#) not allowed with integer format specifier 'c'`,
/// `OverflowError: %c arg not in range(0x110000)`,
/// `OverflowError: Python int too large to convert to C long`,
/// `OverflowError: int too large to convert to float` (float types).
///
/// A surrogate code point (U+D800..U+DFFF) gives its stored char
/// (`object::str_surr`).
pub fn format_int(value: &BigInt, spec: &FormatSpec, type_name: &str) -> FmtResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(value, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = bigint_to_f64_checked(value)?;
            format_float_internal(f, spec)
        }
        _ => Err(unknown_format_code(ty, type_name)),
    }
}

/// `int.__format__(value, spec)`: an empty spec gives `str(value)`,
/// otherwise the spec is parsed and [`format_int`] applied.
/// (For `bool`, `format(True, '')` is `'True'`: handle that case first.)
pub fn dunder_format_int(value: &BigInt, spec: &str, type_name: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let parsed = FormatSpec::parse(spec, type_name)?;
    format_int(value, &parsed, type_name)
}

/// The character for `format(n, 'c')` / `'%c' % n`: errors
/// `OverflowError: Python int too large to convert to C long` and
/// `OverflowError: %c arg not in range(0x110000)`. Surrogates give their
/// stored char (`object::str_surr`).
pub fn int_to_char(value: &BigInt) -> FmtResult<char> {
    let x = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    match crate::object::str_surr::char_of_code_point(x as u32) {
        Ok(Some(c)) => Ok(c),
        _ => Err(FormatError::value(format!("code point U+{:04X} is not supported", x))),
    }
}

/// `bin(n)`, `oct(n)`, `hex(n)` and friends: digits in `base` (2, 8, 10
/// or 16, lower case) with an optional `0b`/`0o`/`0x` prefix after the
/// sign: `int_to_radix_string(-5, 2, true) == "-0b101"`.
pub fn int_to_radix_string(value: &BigInt, base: u32, prefix: bool) -> String {
    let digits = value.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if value.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

fn format_long_internal(value: &BigInt, spec: &FormatSpec, ty: char) -> FmtResult<String> {
    if spec.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let (fill, align) = spec.fill_and_align(Align::Right);
    let mut layout = Layout {
        sign: spec.sign,
        fill,
        align,
        width: spec.width,
        separator: None,
        group: 3,
    };

    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = int_to_char(value)?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        return layout_number(&parts, &layout);
    }

    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    if ty != 'n' {
        layout.separator = spec.grouping.separator();
        if spec.grouping == Grouping::Underscore && base != 10 {
            layout.group = 4;
        }
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, &layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(v: &str, spec: &str) -> Result<String, String> {
        let v: BigInt = v.parse().unwrap();
        dunder_format_int(&v, spec, "int").map_err(|e| format!("{}: {}", e.kind.name(), e.message))
    }

    #[test]
    fn radix_strings() {
        assert_eq!(int_to_radix_string(&BigInt::from(-5), 2, true), "-0b101");
        assert_eq!(int_to_radix_string(&BigInt::from(255), 16, true), "0xff");
        assert_eq!(int_to_radix_string(&BigInt::from(8), 8, true), "0o10");
        assert_eq!(int_to_radix_string(&BigInt::from(0), 16, false), "0");
        assert_eq!(int_to_char(&BigInt::from(0x41)).unwrap(), 'A');
    }

    /// (value, spec, expected `format(value, spec)` or `!Exc: message`),
    /// all obtained from CPython 3.11.
    const CASES: &[(&str, &str, &str)] = &[
        ("0", "", "0"),
        ("1", "", "1"),
        ("-1", "", "-1"),
        ("7", "", "7"),
        ("-42", "", "-42"),
        ("255", "", "255"),
        ("65", "", "65"),
        ("1234567", "", "1234567"),
        ("-1234567", "", "-1234567"),
        ("100000000000000000000", "", "100000000000000000000"),
        ("-10000000000000000000000000", "", "-10000000000000000000000000"),
        ("18446744073709551617", "", "18446744073709551617"),
        ("0", "d", "0"),
        ("1", "d", "1"),
        ("-1", "d", "-1"),
        ("7", "d", "7"),
        ("-42", "d", "-42"),
        ("255", "d", "255"),
        ("65", "d", "65"),
        ("1234567", "d", "1234567"),
        ("-1234567", "d", "-1234567"),
        ("100000000000000000000", "d", "100000000000000000000"),
        ("-10000000000000000000000000", "d", "-10000000000000000000000000"),
        ("18446744073709551617", "d", "18446744073709551617"),
        ("65", "5", "   65"),
        ("1234567", "5", "1234567"),
        ("-1234567", "5", "-1234567"),
        ("100000000000000000000", "-5", "100000000000000000000"),
        ("-10000000000000000000000000", "-5", "-10000000000000000000000000"),
        ("18446744073709551617", "-5", "18446744073709551617"),
        ("0", "+", "+0"),
        ("1", "+", "+1"),
        ("-1", "+", "-1"),
        ("7", "+d", "+7"),
        ("-42", "+d", "-42"),
        ("255", "+d", "+255"),
        ("65", " d", " 65"),
        ("1234567", " d", " 1234567"),
        ("-1234567", " d", "-1234567"),
        ("100000000000000000000", " 5", " 100000000000000000000"),
        ("-10000000000000000000000000", " 5", "-10000000000000000000000000"),
        ("18446744073709551617", " 5", " 18446744073709551617"),
        ("0", "05", "00000"),
        ("1", "05", "00001"),
        ("-1", "05", "-0001"),
        ("7", "010", "0000000007"),
        ("-42", "010", "-000000042"),
        ("255", "010", "0000000255"),
        ("65", "+010", "+000000065"),
        ("1234567", "+010", "+001234567"),
        ("-1234567", "+010", "-001234567"),
        ("100000000000000000000", "-010", "100000000000000000000"),
        ("-10000000000000000000000000", "-010", "-10000000000000000000000000"),
        ("18446744073709551617", "-010", "18446744073709551617"),
        ("0", "<5", "0    "),
        ("1", "<5", "1    "),
        ("-1", "<5", "-1   "),
        ("7", ">5", "    7"),
        ("-42", ">5", "  -42"),
        ("255", ">5", "  255"),
        ("65", "^6", "  65  "),
        ("1234567", "^6", "1234567"),
        ("-1234567", "^6", "-1234567"),
        ("100000000000000000000", "*^7", "100000000000000000000"),
        ("-10000000000000000000000000", "*^7", "-10000000000000000000000000"),
        ("18446744073709551617", "*^7", "18446744073709551617"),
        ("0", "=8", "       0"),
        ("1", "=8", "       1"),
        ("-1", "=8", "-      1"),
        ("7", "+=8", "+++++++7"),
        ("-42", "+=8", "-+++++42"),
        ("255", "+=8", "+++++255"),
        ("65", "x^=8", "!ValueError: Invalid format specifier 'x^=8' for object of type 'int'"),
        ("1234567", "x^=8", "!ValueError: Invalid format specifier 'x^=8' for object of type 'int'"),
        ("-1234567", "x^=8", "!ValueError: Invalid format specifier 'x^=8' for object of type 'int'"),
        ("0", ",", "0"),
        ("1", ",", "1"),
        ("-1", ",", "-1"),
        ("7", ",", "7"),
        ("-42", ",", "-42"),
        ("255", ",", "255"),
        ("65", ",", "65"),
        ("1234567", ",", "1,234,567"),
        ("-1234567", ",", "-1,234,567"),
        ("100000000000000000000", ",", "100,000,000,000,000,000,000"),
        ("-10000000000000000000000000", ",", "-10,000,000,000,000,000,000,000,000"),
        ("18446744073709551617", ",", "18,446,744,073,709,551,617"),
        ("0", ",d", "0"),
        ("1", ",d", "1"),
        ("-1", ",d", "-1"),
        ("7", "_", "7"),
        ("-42", "_", "-42"),
        ("255", "_", "255"),
        ("0", "010,", "00,000,000"),
        ("1", "010,", "00,000,001"),
        ("-1", "010,", "-0,000,001"),
        ("7", "010,", "00,000,007"),
        ("-42", "010,", "-0,000,042"),
        ("255", "010,", "00,000,255"),
        ("65", "010,", "00,000,065"),
        ("1234567", "010,", "01,234,567"),
        ("-1234567", "010,", "-1,234,567"),
        ("100000000000000000000", "010,", "100,000,000,000,000,000,000"),
        ("-10000000000000000000000000", "010,", "-10,000,000,000,000,000,000,000,000"),
        ("18446744073709551617", "010,", "18,446,744,073,709,551,617"),
        ("100000000000000000000", "012_", "100_000_000_000_000_000_000"),
        ("-10000000000000000000000000", "012_", "-10_000_000_000_000_000_000_000_000"),
        ("18446744073709551617", "012_", "18_446_744_073_709_551_617"),
        ("0", "0=10,", "00,000,000"),
        ("1", "0=10,", "00,000,001"),
        ("-1", "0=10,", "-0,000,001"),
        ("7", "x=10,", "xxxxxxxxx7"),
        ("-42", "x=10,", "-xxxxxxx42"),
        ("255", "x=10,", "xxxxxxx255"),
        ("65", "_b", "100_0001"),
        ("1234567", "_b", "1_0010_1101_0110_1000_0111"),
        ("-1234567", "_b", "-1_0010_1101_0110_1000_0111"),
        ("100000000000000000000", "_o", "126_5707_2742_6543_0400_0000"),
        ("-10000000000000000000000000", "_o", "-4105_4521_3024_0024_4112_0000_0000"),
        ("18446744073709551617", "_o", "20_0000_0000_0000_0000_0001"),
        ("0", "_x", "0"),
        ("1", "_x", "1"),
        ("-1", "_x", "-1"),
        ("7", "_x", "7"),
        ("-42", "_x", "-2a"),
        ("255", "_x", "ff"),
        ("65", "_x", "41"),
        ("1234567", "_x", "12_d687"),
        ("-1234567", "_x", "-12_d687"),
        ("100000000000000000000", "_x", "5_6bc7_5e2d_6310_0000"),
        ("-10000000000000000000000000", "_x", "-8_4595_1614_0148_4a00_0000"),
        ("18446744073709551617", "_x", "1_0000_0000_0000_0001"),
        ("7", "_X", "7"),
        ("-42", "_X", "-2A"),
        ("255", "_X", "FF"),
        ("65", "#_x", "0x41"),
        ("1234567", "#_x", "0x12_d687"),
        ("-1234567", "#_x", "-0x12_d687"),
        ("100000000000000000000", "#010_x", "0x5_6bc7_5e2d_6310_0000"),
        ("-10000000000000000000000000", "#010_x", "-0x8_4595_1614_0148_4a00_0000"),
        ("18446744073709551617", "#010_x", "0x1_0000_0000_0000_0001"),
        ("0", "#012_b", "0b0_0000_0000"),
        ("1", "#012_b", "0b0_0000_0001"),
        ("-1", "#012_b", "-0b0000_0001"),
        ("7", "b", "111"),
        ("-42", "b", "-101010"),
        ("255", "b", "11111111"),
        ("65", "o", "101"),
        ("1234567", "o", "4553207"),
        ("-1234567", "o", "-4553207"),
        ("100000000000000000000", "x", "56bc75e2d63100000"),
        ("-10000000000000000000000000", "x", "-84595161401484a000000"),
        ("18446744073709551617", "x", "10000000000000001"),
        ("0", "X", "0"),
        ("1", "X", "1"),
        ("-1", "X", "-1"),
        ("7", "#b", "0b111"),
        ("-42", "#b", "-0b101010"),
        ("255", "#b", "0b11111111"),
        ("65", "#o", "0o101"),
        ("1234567", "#o", "0o4553207"),
        ("-1234567", "#o", "-0o4553207"),
        ("0", "#x", "0x0"),
        ("1", "#x", "0x1"),
        ("-1", "#x", "-0x1"),
        ("7", "#x", "0x7"),
        ("-42", "#x", "-0x2a"),
        ("255", "#x", "0xff"),
        ("65", "#x", "0x41"),
        ("1234567", "#x", "0x12d687"),
        ("-1234567", "#x", "-0x12d687"),
        ("100000000000000000000", "#x", "0x56bc75e2d63100000"),
        ("-10000000000000000000000000", "#x", "-0x84595161401484a000000"),
        ("18446744073709551617", "#x", "0x10000000000000001"),
        ("0", "#X", "0X0"),
        ("1", "#X", "0X1"),
        ("-1", "#X", "-0X1"),
        ("7", "+#x", "+0x7"),
        ("-42", "+#x", "-0x2a"),
        ("255", "+#x", "+0xff"),
        ("65", "#10x", "      0x41"),
        ("1234567", "#10x", "  0x12d687"),
        ("-1234567", "#10x", " -0x12d687"),
        ("100000000000000000000", "#010x", "0x56bc75e2d63100000"),
        ("-10000000000000000000000000", "#010x", "-0x84595161401484a000000"),
        ("18446744073709551617", "#010x", "0x10000000000000001"),
        ("0", "010x", "0000000000"),
        ("1", "010x", "0000000001"),
        ("-1", "010x", "-000000001"),
        ("7", "n", "7"),
        ("-42", "n", "-42"),
        ("255", "n", "255"),
        ("65", "5n", "   65"),
        ("1234567", "5n", "1234567"),
        ("-1234567", "5n", "-1234567"),
        ("0", "c", "\u{0}"),
        ("1", "c", "\u{1}"),
        ("-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
        ("7", "c", "\u{7}"),
        ("-42", "c", "!OverflowError: %c arg not in range(0x110000)"),
        ("255", "c", "\u{ff}"),
        ("65", "c", "A"),
        ("1234567", "c", "!OverflowError: %c arg not in range(0x110000)"),
        ("-1234567", "c", "!OverflowError: %c arg not in range(0x110000)"),
        ("100000000000000000000", "c", "!OverflowError: Python int too large to convert to C long"),
        ("-10000000000000000000000000", "c", "!OverflowError: Python int too large to convert to C long"),
        ("18446744073709551617", "c", "!OverflowError: Python int too large to convert to C long"),
        ("0", "5c", "    \u{0}"),
        ("1", "5c", "    \u{1}"),
        ("-1", "5c", "!OverflowError: %c arg not in range(0x110000)"),
        ("7", "<3c", "\u{7}  "),
        ("-42", "<3c", "!OverflowError: %c arg not in range(0x110000)"),
        ("255", "<3c", "\u{ff}  "),
        ("65", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1234567", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-1234567", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("100000000000000000000", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-10000000000000000000000000", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("18446744073709551617", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("0", ",c", "!ValueError: Cannot specify ',' with 'c'."),
        ("1", ",c", "!ValueError: Cannot specify ',' with 'c'."),
        ("-1", ",c", "!ValueError: Cannot specify ',' with 'c'."),
        ("7", "_n", "!ValueError: Cannot specify '_' with 'n'."),
        ("-42", "_n", "!ValueError: Cannot specify '_' with 'n'."),
        ("255", "_n", "!ValueError: Cannot specify '_' with 'n'."),
        ("65", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("1234567", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("-1234567", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("0", "e", "0.000000e+00"),
        ("1", "e", "1.000000e+00"),
        ("-1", "e", "-1.000000e+00"),
        ("7", "e", "7.000000e+00"),
        ("-42", "e", "-4.200000e+01"),
        ("255", "e", "2.550000e+02"),
        ("65", "e", "6.500000e+01"),
        ("1234567", "e", "1.234567e+06"),
        ("-1234567", "e", "-1.234567e+06"),
        ("100000000000000000000", "e", "1.000000e+20"),
        ("-10000000000000000000000000", "e", "-1.000000e+25"),
        ("18446744073709551617", "e", "1.844674e+19"),
        ("0", ".2e", "0.00e+00"),
        ("1", ".2e", "1.00e+00"),
        ("-1", ".2e", "-1.00e+00"),
        ("7", "E", "7.000000E+00"),
        ("-42", "E", "-4.200000E+01"),
        ("255", "E", "2.550000E+02"),
        ("65", "f", "65.000000"),
        ("1234567", "f", "1234567.000000"),
        ("-1234567", "f", "-1234567.000000"),
        ("100000000000000000000", ".1f", "100000000000000000000.0"),
        ("-10000000000000000000000000", ".1f", "-10000000000000000905969664.0"),
        ("18446744073709551617", ".1f", "18446744073709551616.0"),
        ("0", "%", "0.000000%"),
        ("1", "%", "100.000000%"),
        ("-1", "%", "-100.000000%"),
        ("7", "%", "700.000000%"),
        ("-42", "%", "-4200.000000%"),
        ("255", "%", "25500.000000%"),
        ("65", "%", "6500.000000%"),
        ("1234567", "%", "123456700.000000%"),
        ("-1234567", "%", "-123456700.000000%"),
        ("100000000000000000000", "%", "10000000000000000000000.000000%"),
        ("-10000000000000000000000000", "%", "-1000000000000000150726508544.000000%"),
        ("18446744073709551617", "%", "1844674407370955161600.000000%"),
        ("7", ".0%", "700%"),
        ("-42", ".0%", "-4200%"),
        ("255", ".0%", "25500%"),
        ("65", "g", "65"),
        ("1234567", "g", "1.23457e+06"),
        ("-1234567", "g", "-1.23457e+06"),
        ("100000000000000000000", "G", "1E+20"),
        ("-10000000000000000000000000", "G", "-1E+25"),
        ("18446744073709551617", "G", "1.84467E+19"),
        ("0", "10.3g", "         0"),
        ("1", "10.3g", "         1"),
        ("-1", "10.3g", "        -1"),
        ("7", ",.2f", "7.00"),
        ("-42", ",.2f", "-42.00"),
        ("255", ",.2f", "255.00"),
        ("65", "_.1f", "65.0"),
        ("1234567", "_.1f", "1_234_567.0"),
        ("-1234567", "_.1f", "-1_234_567.0"),
        ("100000000000000000000", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("-10000000000000000000000000", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("18446744073709551617", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("0", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("7", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-42", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("255", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("65", ".5", "!ValueError: Precision not allowed in integer format specifier"),
        ("1234567", ".5", "!ValueError: Precision not allowed in integer format specifier"),
        ("-1234567", ".5", "!ValueError: Precision not allowed in integer format specifier"),
        ("100000000000000000000", "=", "100000000000000000000"),
        ("-10000000000000000000000000", "=", "-10000000000000000000000000"),
        ("18446744073709551617", "=", "18446744073709551617"),
        ("0", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("-1", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("7", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-42", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("255", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("65", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        ("1234567", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        ("-1234567", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        ("100000000000000000000", "\u{665}", "100000000000000000000"),
        ("-10000000000000000000000000", "\u{665}", "-10000000000000000000000000"),
        ("18446744073709551617", "\u{665}", "18446744073709551617"),
        ("0", "\u{663}\u{660}", "                             0"),
        ("1", "\u{663}\u{660}", "                             1"),
        ("-1", "\u{663}\u{660}", "                            -1"),
        ("7", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-42", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("255", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("65", "x,", "!ValueError: Invalid format specifier 'x,' for object of type 'int'"),
        ("1234567", "x,", "!ValueError: Invalid format specifier 'x,' for object of type 'int'"),
        ("-1234567", "x,", "!ValueError: Invalid format specifier 'x,' for object of type 'int'"),
        ("100000000000000000000", ",,", "!ValueError: Cannot specify ',' with ','."),
        ("-10000000000000000000000000", ",,", "!ValueError: Cannot specify ',' with ','."),
        ("18446744073709551617", ",,", "!ValueError: Cannot specify ',' with ','."),
        ("0", "_,", "!ValueError: Cannot specify both ',' and '_'."),
        ("1", "_,", "!ValueError: Cannot specify both ',' and '_'."),
        ("-1", "_,", "!ValueError: Cannot specify both ',' and '_'."),
        ("7", ".", "!ValueError: Format specifier missing precision"),
        ("-42", ".", "!ValueError: Format specifier missing precision"),
        ("255", ".", "!ValueError: Format specifier missing precision"),
        ("65", "99999999999999999999999", "!ValueError: Too many decimal digits in format string"),
        ("1234567", "99999999999999999999999", "!ValueError: Too many decimal digits in format string"),
        ("-1234567", "99999999999999999999999", "!ValueError: Too many decimal digits in format string"),
        ("100000000000000000000", "\u{e9}>5", "100000000000000000000"),
        ("-10000000000000000000000000", "\u{e9}>5", "-10000000000000000000000000"),
        ("18446744073709551617", "\u{e9}>5", "18446744073709551617"),
        ("0", "0<5", "00000"),
        ("1", "0<5", "10000"),
        ("-1", "0<5", "-1000"),
        ("7", "<05", "70000"),
        ("-42", "<05", "-4200"),
        ("255", "<05", "25500"),
        ("65", "00", "65"),
        ("1234567", "00", "1234567"),
        ("-1234567", "00", "-1234567"),
        ("100000000000000000000", "^", "100000000000000000000"),
        ("-10000000000000000000000000", "^", "-10000000000000000000000000"),
        ("18446744073709551617", "^", "18446744073709551617"),
        ("0", "+05", "+0000"),
        ("1", "+05", "+0001"),
        ("-1", "+05", "-0001"),
        ("7", "-0", "7"),
        ("-42", "-0", "-42"),
        ("255", "-0", "255"),
        ("65", "010_", "00_000_065"),
        ("1234567", "010_", "01_234_567"),
        ("-1234567", "010_", "-1_234_567"),
        ("100000000000000000000", "0_", "100_000_000_000_000_000_000"),
        ("-10000000000000000000000000", "0_", "-10_000_000_000_000_000_000_000_000"),
        ("18446744073709551617", "0_", "18_446_744_073_709_551_617"),
        ("0", "0,", "0"),
        ("1", "0,", "1"),
        ("-1", "0,", "-1"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", "!OverflowError: int too large to convert to float"),
        ("1000000000000000000000000000000", "c", "!OverflowError: Python int too large to convert to C long"),
        ("1114111", "c", "\u{10ffff}"),
        ("-1000000000000000000000000000000", "_X", "-C_9F2C_9CD0_4674_EDEA_4000_0000"),
    ];

    #[test]
    fn cpython_cases() {
        for &(v, spec, expected) in CASES {
            let got = match fmt(v, spec) {
                Ok(s) => s,
                Err(e) => format!("!{}", e),
            };
            assert_eq!(got, expected, "format({}, {:?})", v, spec);
        }
    }
}
