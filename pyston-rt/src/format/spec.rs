//! The format-specification mini-language used by `format()`,
//! `str.format` and f-strings:
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//! ```
//!
//! [`FormatSpec::parse`] mirrors CPython's
//! `parse_internal_render_format_spec` (Python/formatter_unicode.c),
//! including its error messages and their order. Defaults that depend on
//! the formatted type (default alignment, default presentation type) are
//! *not* resolved here; the formatters resolve them with
//! [`FormatSpec::fill_and_align`].

use super::error::{FmtResult, FormatError};
use super::unicode::decimal_value;

/// Alignment option of a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=` (padding between sign/prefix and digits; numbers only)
    AfterSign,
}

impl Align {
    /// Parses one of `<`, `>`, `^`, `=`.
    pub fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// Sign option of a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `+`: always show a sign.
    Plus,
    /// `-`: sign only for negatives (the default behaviour, but an
    /// explicit `-` is still rejected for strings).
    Minus,
    /// ` `: space for non-negatives.
    Space,
}

/// Thousands-grouping option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No grouping.
    None,
    /// `,` every 3 digits.
    Comma,
    /// `_` every 3 digits (every 4 for `b`, `o`, `x`, `X`).
    Underscore,
}

impl Grouping {
    /// The separator character, if any.
    pub fn separator(self) -> Option<char> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some(','),
            Grouping::Underscore => Some('_'),
        }
    }
}

/// A parsed format spec. Fields hold what was written; `None` means
/// "not given".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only together with an alignment).
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Explicit sign option.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive zero (floats).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width without an explicit fill character:
    /// fill with `'0'` (and align `=` when the type's default alignment
    /// is right-alignment, i.e. for numbers).
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator option.
    pub grouping: Grouping,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: None,
        }
    }
}

/// Maximum value of a width/precision (`PY_SSIZE_T_MAX`).
const SSIZE_MAX: u64 = i64::MAX as u64;

/// Reads a run of (Unicode) decimal digits starting at `*pos`, like
/// CPython's `get_integer`. Returns `(value, digits consumed)`.
fn get_integer(chars: &[char], pos: &mut usize) -> FmtResult<(usize, usize)> {
    let mut acc: u64 = 0;
    let start = *pos;
    while *pos < chars.len() {
        let d = match decimal_value(chars[*pos]) {
            Some(d) => d as u64,
            None => break,
        };
        if acc > (SSIZE_MAX - d) / 10 {
            return Err(FormatError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((acc as usize, *pos - start))
}

/// Formats a presentation-type character for error messages the way
/// CPython does (`'x'` for printable ASCII, `'\x1f'` otherwise).
pub(crate) fn type_char_for_message(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", v)
    }
}

/// Error for a thousands separator combined with an incompatible type.
pub(crate) fn invalid_thousands_separator_type(grouping: Grouping, ty: char) -> FormatError {
    let sep = if grouping == Grouping::Underscore { '_' } else { ',' };
    FormatError::value(format!("Cannot specify '{}' with '{}'.", sep, type_char_for_message(ty)))
}

/// Error for an unknown presentation type:
/// `Unknown format code 'q' for object of type 'int'`.
pub fn unknown_format_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_for_message(ty),
        truncate_chars(type_name, 200)
    ))
}

/// Truncates to at most `n` characters (CPython's `%.200s`).
pub(crate) fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

impl FormatSpec {
    /// Parses a format spec. `type_name` is the Python type name of the
    /// object being formatted; it only appears in the
    /// `Invalid format specifier '...' for object of type '...'` message.
    ///
    /// Errors (all `ValueError`): `Invalid format specifier ...`,
    /// `Format specifier missing precision`,
    /// `Too many decimal digits in format string`,
    /// `Cannot specify both ',' and '_'.`,
    /// `Cannot specify ',' with 'x'.` (for an explicit type; a missing
    /// type is checked by the formatter, since `str` defaults to `s`).
    pub fn parse(spec: &str, type_name: &str) -> FmtResult<FormatSpec> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0usize;
        let mut f = FormatSpec::default();

        if end >= 2 && Align::from_char(chars[1]).is_some() {
            f.fill = Some(chars[0]);
            f.align = Align::from_char(chars[1]);
            pos = 2;
        } else if end >= 1 && Align::from_char(chars[0]).is_some() {
            f.align = Align::from_char(chars[0]);
            pos = 1;
        }

        if pos < end {
            f.sign = match chars[pos] {
                '+' => Some(Sign::Plus),
                '-' => Some(Sign::Minus),
                ' ' => Some(Sign::Space),
                _ => None,
            };
            if f.sign.is_some() {
                pos += 1;
            }
        }
        if pos < end && chars[pos] == 'z' {
            f.no_neg_zero = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            f.alternate = true;
            pos += 1;
        }
        if f.fill.is_none() && pos < end && chars[pos] == '0' {
            f.zero_pad = true;
            pos += 1;
        }

        let (w, n) = get_integer(&chars, &mut pos)?;
        if n > 0 {
            f.width = Some(w);
        }

        if pos < end && chars[pos] == ',' {
            f.grouping = Grouping::Comma;
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if f.grouping != Grouping::None {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
            f.grouping = Grouping::Underscore;
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && f.grouping == Grouping::Underscore {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }

        if pos < end && chars[pos] == '.' {
            pos += 1;
            let (p, n) = get_integer(&chars, &mut pos)?;
            if n == 0 {
                return Err(FormatError::value("Format specifier missing precision"));
            }
            f.precision = Some(p);
        }

        if end - pos > 1 {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec,
                truncate_chars(type_name, 200)
            )));
        }
        if end - pos == 1 {
            f.ty = Some(chars[pos]);
        }

        if f.grouping != Grouping::None {
            if let Some(t) = f.ty {
                f.check_grouping_for_type(t)?;
            }
        }
        Ok(f)
    }

    /// Checks that the grouping option is compatible with presentation
    /// type `ty` (PEP 378 / PEP 515 rules).
    pub fn check_grouping_for_type(&self, ty: char) -> FmtResult<()> {
        match (self.grouping, ty) {
            (Grouping::None, _) => Ok(()),
            (_, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => Ok(()),
            (g, t) => Err(invalid_thousands_separator_type(g, t)),
        }
    }

    /// The effective fill character and alignment given the formatted
    /// type's default alignment (`Right` for numbers, `Left` for str).
    pub fn fill_and_align(&self, default_align: Align) -> (char, Align) {
        let fill = match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        };
        let align = match self.align {
            Some(a) => a,
            None if self.zero_pad && default_align == Align::Right => Align::AfterSign,
            None => default_align,
        };
        (fill, align)
    }
}

/// Left/right padding for `nchars` characters in a field of `width`
/// (CPython's `calc_padding`); `AfterSign` behaves like `Left` here.
pub fn calc_padding(nchars: usize, width: Option<usize>, align: Align) -> (usize, usize) {
    let total = match width {
        Some(w) if w > nchars => w,
        _ => nchars,
    };
    let spare = total - nchars;
    let left = match align {
        Align::Right => spare,
        Align::Center => spare / 2,
        Align::Left | Align::AfterSign => 0,
    };
    (left, spare - left)
}

/// An empty output string able to hold `content_bytes` plus `pad_chars`
/// copies of `fill`; `MemoryError` if that cannot be allocated (huge
/// widths must raise, not abort the process).
pub(crate) fn output_buffer(content_bytes: usize, pad_chars: usize, fill: char) -> FmtResult<String> {
    let total = pad_chars
        .checked_mul(fill.len_utf8())
        .and_then(|p| p.checked_add(content_bytes))
        .ok_or_else(FormatError::memory)?;
    let mut out = String::new();
    out.try_reserve(total).map_err(|_| FormatError::memory())?;
    Ok(out)
}

/// Pads `s` to `width` characters (not bytes) with `fill`, aligned per
/// `align` (`AfterSign` is treated as left alignment, like CPython does
/// for non-numeric padding). Usable for `str.center/ljust/rjust` too.
/// Error: `MemoryError` if the result cannot be allocated.
pub fn apply_padding(s: &str, width: Option<usize>, fill: char, align: Align) -> FmtResult<String> {
    let n = s.chars().count();
    let (l, r) = calc_padding(n, width, align);
    if l == 0 && r == 0 {
        return Ok(s.to_string());
    }
    let mut out = output_buffer(s.len(), l + r, fill)?;
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(spec: &str) -> String {
        FormatSpec::parse(spec, "int").unwrap_err().message
    }

    #[test]
    fn parse_full() {
        let f = FormatSpec::parse("*^+z#012,.3f", "float").unwrap();
        assert_eq!(f.fill, Some('*'));
        assert_eq!(f.align, Some(Align::Center));
        assert_eq!(f.sign, Some(Sign::Plus));
        assert!(f.no_neg_zero && f.alternate);
        assert!(!f.zero_pad, "explicit fill disables the 0 flag");
        assert_eq!(f.width, Some(12));
        assert_eq!(f.grouping, Grouping::Comma);
        assert_eq!(f.precision, Some(3));
        assert_eq!(f.ty, Some('f'));
    }

    #[test]
    fn parse_zero_pad() {
        let f = FormatSpec::parse("010", "int").unwrap();
        assert!(f.zero_pad);
        assert_eq!(f.width, Some(10));
        assert_eq!(f.fill_and_align(Align::Right), ('0', Align::AfterSign));
        assert_eq!(f.fill_and_align(Align::Left), ('0', Align::Left));
        let f = FormatSpec::parse("<05", "int").unwrap();
        assert_eq!(f.fill_and_align(Align::Right), ('0', Align::Left));
        let f = FormatSpec::parse("0<5", "int").unwrap();
        assert_eq!(f.fill_and_align(Align::Right), ('0', Align::Left));
        assert!(!f.zero_pad);
        let f = FormatSpec::parse("x<05", "int").unwrap();
        assert_eq!(f.width, Some(5));
        assert!(!f.zero_pad);
        let f = FormatSpec::parse("00", "int").unwrap();
        assert!(f.zero_pad);
        assert_eq!(f.width, Some(0));
    }

    #[test]
    fn parse_misc() {
        let f = FormatSpec::parse("", "int").unwrap();
        assert_eq!(f, FormatSpec::default());
        // Unicode decimal digits are accepted in the width.
        assert_eq!(FormatSpec::parse("\u{665}", "int").unwrap().width, Some(5));
        // A fill character can be anything, even an alignment char.
        let f = FormatSpec::parse("<<", "str").unwrap();
        assert_eq!((f.fill, f.align), (Some('<'), Some(Align::Left)));
        let f = FormatSpec::parse("{>3", "str").unwrap();
        assert_eq!(f.fill, Some('{'));
        let f = FormatSpec::parse("_x", "int").unwrap();
        assert_eq!(f.grouping, Grouping::Underscore);
        let f = FormatSpec::parse("-", "int").unwrap();
        assert_eq!(f.sign, Some(Sign::Minus));
        assert_eq!(FormatSpec::parse("ሴ", "int").unwrap().ty, Some('ሴ'));
    }

    #[test]
    fn parse_errors() {
        // Expected messages obtained from CPython 3.11.
        assert_eq!(err("abc"), "Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(err("x,"), "Invalid format specifier 'x,' for object of type 'int'");
        assert_eq!(err(",,"), "Cannot specify ',' with ','.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err("99999999999999999999999"), "Too many decimal digits in format string");
        assert_eq!(err(".99999999999999999999999"), "Too many decimal digits in format string");
        assert_eq!(err(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(err("_c"), "Cannot specify '_' with 'c'.");
        assert_eq!(err(",n"), "Cannot specify ',' with 'n'.");
        assert_eq!(err(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(err(",\u{1}"), "Cannot specify ',' with '\\x1'.");
        assert_eq!(
            FormatSpec::parse("abc", "float").unwrap_err().message,
            "Invalid format specifier 'abc' for object of type 'float'"
        );
        assert_eq!(
            FormatSpec::parse("9223372036854775807", "int").unwrap().width,
            Some(9223372036854775807)
        );
        assert_eq!(err("9223372036854775808"), "Too many decimal digits in format string");
    }

    #[test]
    fn grouping_types() {
        let f = FormatSpec::parse("_", "int").unwrap();
        for t in ['b', 'o', 'x', 'X', 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F'] {
            assert!(f.check_grouping_for_type(t).is_ok());
        }
        assert!(f.check_grouping_for_type('s').is_err());
        let f = FormatSpec::parse(",", "int").unwrap();
        assert_eq!(
            f.check_grouping_for_type('b').unwrap_err().message,
            "Cannot specify ',' with 'b'."
        );
    }

    #[test]
    fn padding() {
        let pad = |s, w, f, a| apply_padding(s, w, f, a).unwrap();
        assert_eq!(pad("ab", Some(5), '*', Align::Left), "ab***");
        assert_eq!(pad("ab", Some(5), '*', Align::Right), "***ab");
        assert_eq!(pad("ab", Some(5), '*', Align::Center), "*ab**");
        assert_eq!(pad("ab", Some(6), '*', Align::Center), "**ab**");
        assert_eq!(pad("ab", Some(1), '*', Align::Center), "ab");
        assert_eq!(pad("ab", None, '*', Align::Center), "ab");
        assert_eq!(pad("é€", Some(4), 'ü', Align::Right), "üüé€");
        let e = apply_padding("ab", Some(usize::MAX / 2), 'ü', Align::Right).unwrap_err();
        assert_eq!(e.kind, crate::format::error::ExcKind::MemoryError);
        assert_eq!(calc_padding(3, Some(10), Align::AfterSign), (0, 7));
    }

    #[test]
    fn type_char_messages() {
        assert_eq!(
            unknown_format_code('y', "int").message,
            "Unknown format code 'y' for object of type 'int'"
        );
        assert_eq!(
            unknown_format_code('\u{1234}', "int").message,
            "Unknown format code '\\x1234' for object of type 'int'"
        );
        assert_eq!(
            unknown_format_code(' ', "str").message,
            "Unknown format code '\\x20' for object of type 'str'"
        );
    }
}
