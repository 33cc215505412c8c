//! `str.__format__` (CPython's `format_string_internal`): type `s` or
//! none, precision truncates by characters, padding by characters.

use super::error::{FmtResult, FormatError};
use super::spec::{apply_padding, unknown_format_code, Align, FormatSpec, Sign};

/// Formats a string per a parsed spec (`format(s, spec)`).
///
/// `type_name` is used in `Unknown format code 'd' for object of type
/// 'str'`. Other errors (`ValueError`): `Cannot specify ',' with 's'.`,
/// `Sign not allowed in string format specifier`, `Space not allowed in
/// string format specifier`, `Negative zero coercion (z) not allowed in
/// string format specifier`, `Alternate form (#) not allowed in string
/// format specifier`, `'=' alignment not allowed in string format
/// specifier`.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> FmtResult<String> {
    match spec.ty {
        None => spec.check_grouping_for_type('s')?,
        Some('s') => {}
        Some(t) => return Err(unknown_format_code(t, type_name)),
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value("Space not allowed in string format specifier"))
        }
        Some(_) => return Err(FormatError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.fill_and_align(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    let truncated = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    apply_padding(truncated, spec.width, fill, align)
}

/// `str.__format__(s, spec)`: an empty spec returns `s` unchanged.
pub fn dunder_format_str(s: &str, spec: &str, type_name: &str) -> FmtResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = FormatSpec::parse(spec, type_name)?;
    format_str(s, &parsed, type_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str, spec: &str) -> String {
        match dunder_format_str(s, spec, "str") {
            Ok(s) => s,
            Err(e) => format!("!{}: {}", e.kind.name(), e.message),
        }
    }

    /// (string, spec, expected `format(string, spec)`) from CPython 3.11.
    const CASES: &[(&str, &str, &str)] = &[
        ("", "", ""),
        ("abc", "", "abc"),
        ("h\u{e9}llo", "", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "", "\u{4e2d}\u{6587}\u{5b57}"),
        ("x\u{1f600}y", "", "x\u{1f600}y"),
        ("", "s", ""),
        ("abc", "s", "abc"),
        ("h\u{e9}llo", "s", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "s", "\u{4e2d}\u{6587}\u{5b57}"),
        ("x\u{1f600}y", "s", "x\u{1f600}y"),
        ("", "5", "     "),
        ("abc", "5", "abc  "),
        ("h\u{e9}llo", "5", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "5", "\u{4e2d}\u{6587}\u{5b57}  "),
        ("x\u{1f600}y", "5", "x\u{1f600}y  "),
        ("", "<5", "     "),
        ("abc", "<5", "abc  "),
        ("h\u{e9}llo", "<5", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "<5", "\u{4e2d}\u{6587}\u{5b57}  "),
        ("x\u{1f600}y", "<5", "x\u{1f600}y  "),
        ("", ">5", "     "),
        ("abc", ">5", "  abc"),
        ("h\u{e9}llo", ">5", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", ">5", "  \u{4e2d}\u{6587}\u{5b57}"),
        ("x\u{1f600}y", ">5", "  x\u{1f600}y"),
        ("", "^5", "     "),
        ("abc", "^5", " abc "),
        ("h\u{e9}llo", "^5", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "^5", " \u{4e2d}\u{6587}\u{5b57} "),
        ("x\u{1f600}y", "^5", " x\u{1f600}y "),
        ("", "^6", "      "),
        ("abc", "^6", " abc  "),
        ("h\u{e9}llo", "^6", "h\u{e9}llo "),
        ("\u{4e2d}\u{6587}\u{5b57}", "^6", " \u{4e2d}\u{6587}\u{5b57}  "),
        ("x\u{1f600}y", "^6", " x\u{1f600}y  "),
        ("", "*^7", "*******"),
        ("abc", "*^7", "**abc**"),
        ("h\u{e9}llo", "*^7", "*h\u{e9}llo*"),
        ("\u{4e2d}\u{6587}\u{5b57}", "*^7", "**\u{4e2d}\u{6587}\u{5b57}**"),
        ("x\u{1f600}y", "*^7", "**x\u{1f600}y**"),
        ("", "\u{e9}>6", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
        ("abc", "\u{e9}>6", "\u{e9}\u{e9}\u{e9}abc"),
        ("h\u{e9}llo", "\u{e9}>6", "\u{e9}h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "\u{e9}>6", "\u{e9}\u{e9}\u{e9}\u{4e2d}\u{6587}\u{5b57}"),
        ("x\u{1f600}y", "\u{e9}>6", "\u{e9}\u{e9}\u{e9}x\u{1f600}y"),
        ("", ".2", ""),
        ("abc", ".2", "ab"),
        ("h\u{e9}llo", ".2", "h\u{e9}"),
        ("\u{4e2d}\u{6587}\u{5b57}", ".2", "\u{4e2d}\u{6587}"),
        ("x\u{1f600}y", ".2", "x\u{1f600}"),
        ("", ".0", ""),
        ("abc", ".0", ""),
        ("h\u{e9}llo", ".0", ""),
        ("\u{4e2d}\u{6587}\u{5b57}", ".0", ""),
        ("x\u{1f600}y", ".0", ""),
        ("", "10.2s", "          "),
        ("abc", "10.2s", "ab        "),
        ("h\u{e9}llo", "10.2s", "h\u{e9}        "),
        ("\u{4e2d}\u{6587}\u{5b57}", "10.2s", "\u{4e2d}\u{6587}        "),
        ("x\u{1f600}y", "10.2s", "x\u{1f600}        "),
        ("", "<10.4", "          "),
        ("abc", "<10.4", "abc       "),
        ("h\u{e9}llo", "<10.4", "h\u{e9}ll      "),
        ("\u{4e2d}\u{6587}\u{5b57}", "<10.4", "\u{4e2d}\u{6587}\u{5b57}       "),
        ("x\u{1f600}y", "<10.4", "x\u{1f600}y       "),
        ("", "05", "00000"),
        ("abc", "05", "abc00"),
        ("h\u{e9}llo", "05", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "05", "\u{4e2d}\u{6587}\u{5b57}00"),
        ("x\u{1f600}y", "05", "x\u{1f600}y00"),
        ("", "005", "00000"),
        ("abc", "005", "abc00"),
        ("h\u{e9}llo", "005", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "005", "\u{4e2d}\u{6587}\u{5b57}00"),
        ("x\u{1f600}y", "005", "x\u{1f600}y00"),
        ("", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("abc", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("h\u{e9}llo", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("\u{4e2d}\u{6587}\u{5b57}", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("x\u{1f600}y", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("abc", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("h\u{e9}llo", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("\u{4e2d}\u{6587}\u{5b57}", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("x\u{1f600}y", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("", " ", "!ValueError: Space not allowed in string format specifier"),
        ("abc", " ", "!ValueError: Space not allowed in string format specifier"),
        ("h\u{e9}llo", " ", "!ValueError: Space not allowed in string format specifier"),
        ("\u{4e2d}\u{6587}\u{5b57}", " ", "!ValueError: Space not allowed in string format specifier"),
        ("x\u{1f600}y", " ", "!ValueError: Space not allowed in string format specifier"),
        ("", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("abc", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("h\u{e9}llo", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("\u{4e2d}\u{6587}\u{5b57}", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("x\u{1f600}y", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("abc", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("h\u{e9}llo", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("\u{4e2d}\u{6587}\u{5b57}", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("x\u{1f600}y", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("abc", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("h\u{e9}llo", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("\u{4e2d}\u{6587}\u{5b57}", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("x\u{1f600}y", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("abc", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("h\u{e9}llo", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("\u{4e2d}\u{6587}\u{5b57}", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("x\u{1f600}y", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("abc", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("h\u{e9}llo", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("\u{4e2d}\u{6587}\u{5b57}", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("x\u{1f600}y", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("abc", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("h\u{e9}llo", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("\u{4e2d}\u{6587}\u{5b57}", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("x\u{1f600}y", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("", ".", "!ValueError: Format specifier missing precision"),
        ("abc", ".", "!ValueError: Format specifier missing precision"),
        ("h\u{e9}llo", ".", "!ValueError: Format specifier missing precision"),
        ("\u{4e2d}\u{6587}\u{5b57}", ".", "!ValueError: Format specifier missing precision"),
        ("x\u{1f600}y", ".", "!ValueError: Format specifier missing precision"),
        ("", "x", "!ValueError: Unknown format code 'x' for object of type 'str'"),
        ("abc", "x", "!ValueError: Unknown format code 'x' for object of type 'str'"),
        ("h\u{e9}llo", "x", "!ValueError: Unknown format code 'x' for object of type 'str'"),
        ("\u{4e2d}\u{6587}\u{5b57}", "x", "!ValueError: Unknown format code 'x' for object of type 'str'"),
        ("x\u{1f600}y", "x", "!ValueError: Unknown format code 'x' for object of type 'str'"),
        ("", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("abc", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("h\u{e9}llo", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("\u{4e2d}\u{6587}\u{5b57}", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("x\u{1f600}y", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("abc", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("h\u{e9}llo", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("\u{4e2d}\u{6587}\u{5b57}", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("x\u{1f600}y", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("", "0=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("abc", "0=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("h\u{e9}llo", "0=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("\u{4e2d}\u{6587}\u{5b57}", "0=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("x\u{1f600}y", "0=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("", "1", " "),
        ("abc", "1", "abc"),
        ("h\u{e9}llo", "1", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "1", "\u{4e2d}\u{6587}\u{5b57}"),
        ("x\u{1f600}y", "1", "x\u{1f600}y"),
        ("", ".1000", ""),
        ("abc", ".1000", "abc"),
        ("h\u{e9}llo", ".1000", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", ".1000", "\u{4e2d}\u{6587}\u{5b57}"),
        ("x\u{1f600}y", ".1000", "x\u{1f600}y"),
        ("", "\u{665}", "     "),
        ("abc", "\u{665}", "abc  "),
        ("h\u{e9}llo", "\u{665}", "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}\u{5b57}", "\u{665}", "\u{4e2d}\u{6587}\u{5b57}  "),
        ("x\u{1f600}y", "\u{665}", "x\u{1f600}y  "),
    ];

    #[test]
    fn cpython_cases() {
        for &(s, spec, expected) in CASES {
            assert_eq!(f(s, spec), expected, "format({:?}, {:?})", s, spec);
        }
    }
}
