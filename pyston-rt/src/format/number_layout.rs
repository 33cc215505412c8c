//! Lays out a formatted number (sign, prefix, grouped digits, decimal
//! point, remainder, padding) exactly like CPython's `calc_number_widths`
//! + `fill_number` + `_PyUnicode_InsertThousandsGrouping`.
//!
//! The output looks like
//! `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`
//! where only one of the three paddings is non-empty. With fill `'0'` and
//! `=` alignment the zero padding is done *inside* the digit grouping
//! (`format(1234, '010,') == '00,001,234'`).

use super::error::FmtResult;
use super::spec::{output_buffer, Align, Sign};

/// The pieces of a number to lay out.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberParts<'a> {
    /// Whether the number is negative (a `-` was produced).
    pub negative: bool,
    /// Base prefix such as `0x` (already upper-cased if needed).
    pub prefix: &'a str,
    /// The integer digits to group (ASCII; may be empty, e.g. `inf`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits when there
    /// is no point): fraction, exponent, `%`, `inf`...
    pub remainder: &'a str,
}

/// Padding and sign options for [`layout_number`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    pub sign: Option<Sign>,
    pub fill: char,
    pub align: Align,
    pub width: Option<usize>,
    /// Thousands separator, if any.
    pub separator: Option<char>,
    /// Digits per group (3, or 4 for `_` with b/o/x/X).
    pub group: usize,
}

/// Inserts thousands separators into `digits`, zero-padding on the left
/// (also grouped) until at least `min_width` characters are produced.
/// Mirrors `_PyUnicode_InsertThousandsGrouping`.
fn insert_grouping(digits: &str, min_width: i64, separator: Option<char>, group: usize) -> String {
    let bytes = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = bytes.len() as i64;
    // Groups are produced right to left.
    let mut pieces: Vec<(i64, usize, usize, bool)> = Vec::new(); // (zeros, start, end, sep)
    let mut use_separator = false;
    let mut finished = false;
    let emit = |pieces: &mut Vec<(i64, usize, usize, bool)>, len: i64, remaining: i64, sep: bool| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let end = remaining as usize;
        pieces.push((n_zeros, end - n_chars as usize, end, sep));
        n_chars
    };
    if let Some(_sep) = separator {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            let n_chars = emit(&mut pieces, len, remaining, use_separator);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        emit(&mut pieces, len, remaining, use_separator);
    }
    let mut out = String::new();
    for &(zeros, start, end, sep) in pieces.iter().rev() {
        for _ in 0..zeros {
            out.push('0');
        }
        out.push_str(&digits[start..end]);
        if sep {
            out.push(separator.unwrap_or(','));
        }
    }
    out
}

/// Produces the final string for a number (see the module docs).
pub(crate) fn layout_number(parts: &NumberParts<'_>, layout: &Layout) -> FmtResult<String> {
    let sign_char = match (layout.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let n_sign = sign_char.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = parts.has_decimal as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width = match layout.width {
        Some(w) if w > (i64::MAX / 8) as usize => return Err(super::error::FormatError::memory()),
        Some(w) => w as i64,
        None => -1,
    };

    let min_width = if layout.fill == '0' && layout.align == Align::AfterSign {
        width - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, min_width, layout.separator, layout.group)
    };
    let n_grouped = grouped.chars().count() as i64;

    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    let n_padding = width - (non_digit + n_grouped);
    if n_padding > 0 {
        match layout.align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }

    let content = parts.prefix.len() + grouped.len() + parts.remainder.len() + 2;
    let mut out = output_buffer(content, (lpad + spad + rpad) as usize, layout.fill)?;
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(layout.fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(c) = sign_char {
        out.push(c);
    }
    out.push_str(parts.prefix);
    pad(&mut out, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    Ok(out)
}

/// Splits a formatted float (without its sign) into leading ASCII digits,
/// decimal point and remainder (CPython's `parse_number`).
pub(crate) fn split_number(s: &str) -> (&str, bool, &str) {
    let n = s.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = s.split_at(n);
    match rest.strip_prefix('.') {
        Some(r) => (digits, true, r),
        None => (digits, false, rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(insert_grouping("1234567", 0, Some(','), 3), "1,234,567");
        assert_eq!(insert_grouping("123", 0, Some(','), 3), "123");
        assert_eq!(insert_grouping("1234", 10, Some(','), 3), "00,001,234");
        assert_eq!(insert_grouping("1234", 9, Some(','), 3), "0,001,234");
        assert_eq!(insert_grouping("1234", 8, Some(','), 3), "0,001,234");
        assert_eq!(insert_grouping("ff", 9, Some('_'), 4), "0000_00ff");
        assert_eq!(insert_grouping("1234", 8, None, 3), "00001234");
        assert_eq!(insert_grouping("0", 0, Some(','), 3), "0");
        assert_eq!(insert_grouping("1", 4, Some(','), 3), "0,001");
    }

    #[test]
    fn layout() {
        let parts = NumberParts {
            negative: true,
            prefix: "0x",
            digits: "ff",
            has_decimal: false,
            remainder: "",
        };
        let lay = Layout {
            sign: None,
            fill: '*',
            align: Align::AfterSign,
            width: Some(10),
            separator: None,
            group: 3,
        };
        assert_eq!(layout_number(&parts, &lay).unwrap(), "-0x*****ff");
        let lay = Layout { align: Align::Center, ..lay };
        assert_eq!(layout_number(&parts, &lay).unwrap(), "**-0xff***");
    }

    #[test]
    fn split() {
        assert_eq!(split_number("123.45e+05"), ("123", true, "45e+05"));
        assert_eq!(split_number("1e+05"), ("1", false, "e+05"));
        assert_eq!(split_number("inf"), ("", false, "inf"));
        assert_eq!(split_number("12.%"), ("12", true, "%"));
    }
}
