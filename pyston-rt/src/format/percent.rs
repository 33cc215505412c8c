//! printf-style `%` formatting of `str` (CPython's `PyUnicode_Format`).
//!
//! The runtime drives the process, because argument handling needs
//! objects:
//!
//! 1. Iterate [`PercentParser::new(fmt, args_is_mapping)`](PercentParser)
//!    (or call [`parse_percent`]). Process each piece *before* pulling the
//!    next one so that errors appear in CPython's order (a later syntax
//!    error must not hide an earlier "not enough arguments").
//! 2. For a [`Conversion`]: if it has a mapping `key`, look the value up
//!    in the mapping (the parser already raised
//!    [`format_requires_mapping`] if the argument is not one; note that a
//!    conversion *without* key then uses the whole mapping as its value,
//!    as in CPython); fetch `*` width/precision arguments (TypeError
//!    [`star_wants_int`] if not an int); call [`Conversion::resolve`];
//!    fetch the value argument ([`not_enough_arguments`]); then call
//!    [`Conversion::check_supported`];
//!    then convert the value (`str()`, `repr()`, `ascii()`, `int()`,
//!    `float()`, ...) and call [`format_percent_int`],
//!    [`format_percent_float`] or [`format_percent_str`] with
//!    [`Conversion::resolve`]'s result. Call `resolve` right after
//!    fetching the `*` arguments and before fetching the value: it raises
//!    syntax errors that CPython detects only after the `*` arguments.
//! 3. At the end, if positional arguments remain (and the argument is not
//!    a mapping), raise [`not_all_arguments_converted`].
//!
//! The conversion of the value happens in the runtime because it needs
//! objects; message builders for its errors are provided here.

use num_bigint::BigInt;
use num_traits::Signed;

use super::error::{FmtResult, FormatError};
use super::float_repr::{float_to_string, FloatFlags};

/// Flags of a conversion (`-`, `+`, space, `#`, `0`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always show a sign.
    pub sign: bool,
    /// ` `: space before non-negative numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    None,
    /// `*`: taken from the next argument.
    Star,
    /// A literal number.
    Value(usize),
}

/// One `%` conversion specifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// `%(key)s`: the mapping key (parentheses may nest).
    pub key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Count,
    /// Precision.
    pub precision: Count,
    /// Conversion character, e.g. `'d'`; not validated by the parser
    /// (see [`Conversion::check_supported`]).
    pub conv: char,
    /// Index (in characters) of `conv` within the format string.
    pub index: usize,
    /// A syntax error found after a `*` (e.g. `'%*'`, `'%*.9999999999d'`):
    /// CPython fetches the `*` arguments before reporting it, so it is
    /// raised by [`Conversion::resolve`]. The parser stops after such a
    /// conversion.
    pub error: Option<FormatError>,
}

/// A piece of a `%` format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// A conversion consuming an argument.
    Conversion(Conversion),
}

/// A conversion with its `*` arguments resolved, ready for formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentSpec {
    /// Flags (a negative `*` width sets `left`).
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Option<usize>,
    /// Precision (a negative `*` precision becomes 0).
    pub precision: Option<usize>,
    /// Conversion character.
    pub conv: char,
}

impl PercentSpec {
    /// A spec with no flags, width or precision.
    pub fn simple(conv: char) -> PercentSpec {
        PercentSpec { flags: PercentFlags::default(), width: None, precision: None, conv }
    }
}

/// Conversion characters supported by `str % args`.
pub const SUPPORTED_CONVERSIONS: &str = "diouxXeEfFgGcrsa";

impl Conversion {
    /// `ValueError: unsupported format character 'y' (0x79) at index 3`
    /// unless `conv` is one of [`SUPPORTED_CONVERSIONS`]. CPython raises
    /// it after fetching the value argument.
    pub fn check_supported(&self) -> FmtResult<()> {
        if SUPPORTED_CONVERSIONS.contains(self.conv) {
            return Ok(());
        }
        Err(unsupported_format_character(self.conv, self.index))
    }

    /// Resolves the `*` values (`None` where there is no `*`). A negative
    /// width means left-justification; a negative precision means 0.
    /// (CPython converts the `*` arguments with `PyLong_AsSsize_t` /
    /// `_PyLong_AsInt`; overflow there is the runtime's business.)
    /// Fails with [`Conversion::error`] if set.
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> FmtResult<PercentSpec> {
        if let Some(e) = &self.error {
            return Err(e.clone());
        }
        let mut flags = self.flags;
        let width = match self.width {
            Count::None => None,
            Count::Value(w) => Some(w),
            Count::Star => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    flags.left = true;
                }
                Some(w.unsigned_abs() as usize)
            }
        };
        let precision = match self.precision {
            Count::None => None,
            Count::Value(p) => Some(p),
            Count::Star => Some(star_precision.unwrap_or(0).max(0) as usize),
        };
        Ok(PercentSpec { flags, width, precision, conv: self.conv })
    }
}

/// `ValueError: unsupported format character 'y' (0x79) at index 3`.
pub fn unsupported_format_character(c: char, index: usize) -> FormatError {
    let shown = if (31..=126).contains(&(c as u32)) { c } else { '?' };
    FormatError::value(format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, c as u32, index
    ))
}

/// `TypeError: not enough arguments for format string`.
pub fn not_enough_arguments() -> FormatError {
    FormatError::type_error("not enough arguments for format string")
}

/// `TypeError: not all arguments converted during string formatting`.
pub fn not_all_arguments_converted() -> FormatError {
    FormatError::type_error("not all arguments converted during string formatting")
}

/// `TypeError: format requires a mapping`.
pub fn format_requires_mapping() -> FormatError {
    FormatError::type_error("format requires a mapping")
}

/// `TypeError: * wants int`.
pub fn star_wants_int() -> FormatError {
    FormatError::type_error("* wants int")
}

/// Wrong argument type for a numeric conversion:
/// `%x format: an integer is required, not float` (for `o x X`) or
/// `%d format: a real number is required, not str` (for `d i u`).
/// For `e f g` CPython's message is `must be real number, not str`
/// ([`float_argument_required`]); for `c`, [`char_argument_required`].
pub fn percent_type_error(conv: char, type_name: &str) -> FormatError {
    let what = if matches!(conv, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
    FormatError::type_error(format!(
        "%{} format: {} is required, not {}",
        conv,
        what,
        super::spec::truncate_chars(type_name, 200)
    ))
}

/// `TypeError: must be real number, not str` (float conversions).
pub fn float_argument_required(type_name: &str) -> FormatError {
    FormatError::type_error(format!("must be real number, not {}", type_name))
}

/// `TypeError: %c requires int or char`.
pub fn char_argument_required() -> FormatError {
    FormatError::type_error("%c requires int or char")
}

/// Lazy parser over a `%` format string; yields pieces in order and stops
/// after the first error.
#[derive(Debug, Clone)]
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
    mapping: bool,
}

impl PercentParser {
    /// Starts parsing `fmt`. `args_is_mapping` tells whether the right
    /// operand is a mapping (CPython: `PyMapping_Check(args)` and not a
    /// tuple or str); without one, a `%(key)` conversion fails with
    /// `TypeError: format requires a mapping`, before its key is parsed.
    pub fn new(fmt: &str, args_is_mapping: bool) -> PercentParser {
        PercentParser { chars: fmt.chars().collect(), pos: 0, failed: false, mapping: args_is_mapping }
    }

    fn next_char(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    /// Reports `e`, deferred into the conversion if `*` arguments must be
    /// fetched first.
    fn deferred(&mut self, mut conv: Conversion, e: FormatError) -> FmtResult<Conversion> {
        if conv.width == Count::Star || conv.precision == Count::Star {
            self.failed = true;
            conv.error = Some(e);
            Ok(conv)
        } else {
            Err(e)
        }
    }

    /// Parses a conversion; `self.pos` is just after the `%`.
    fn conversion(&mut self) -> FmtResult<Conversion> {
        let mut conv = Conversion {
            key: None,
            flags: PercentFlags::default(),
            width: Count::None,
            precision: Count::None,
            conv: '\0',
            index: 0,
            error: None,
        };
        // `ch` is the last consumed character; `exhausted` records that a
        // read hit the end of the string (CPython's fmtcnt < 0).
        let mut ch = '\0';
        let mut exhausted = false;
        if self.chars.get(self.pos) == Some(&'(') {
            if !self.mapping {
                return Err(format_requires_mapping());
            }
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 {
                match self.next_char() {
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    Some(_) => {}
                    None => return Err(FormatError::value("incomplete format key")),
                }
            }
            conv.key = Some(self.chars[start..self.pos - 1].iter().collect());
            ch = ')';
        }
        loop {
            match self.next_char() {
                None => {
                    exhausted = true;
                    break;
                }
                Some(c) => {
                    ch = c;
                    match c {
                        '-' => conv.flags.left = true,
                        '+' => conv.flags.sign = true,
                        ' ' => conv.flags.blank = true,
                        '#' => conv.flags.alt = true,
                        '0' => conv.flags.zero = true,
                        _ => break,
                    }
                }
            }
        }
        let advance = |this: &mut Self, ch: &mut char, exhausted: &mut bool| match this.next_char() {
            Some(c) => *ch = c,
            None => *exhausted = true,
        };
        if ch == '*' {
            conv.width = Count::Star;
            advance(self, &mut ch, &mut exhausted);
        } else if ch.is_ascii_digit() {
            let mut w = ch as u64 - '0' as u64;
            loop {
                match self.next_char() {
                    None => {
                        exhausted = true;
                        break;
                    }
                    Some(c) => {
                        ch = c;
                        if !c.is_ascii_digit() {
                            break;
                        }
                        let d = c as u64 - '0' as u64;
                        if w > (i64::MAX as u64 - d) / 10 {
                            return Err(FormatError::value("width too big"));
                        }
                        w = w * 10 + d;
                    }
                }
            }
            conv.width = Count::Value(w as usize);
        }
        if ch == '.' {
            conv.precision = Count::Value(0);
            advance(self, &mut ch, &mut exhausted);
            if ch == '*' {
                conv.precision = Count::Star;
                advance(self, &mut ch, &mut exhausted);
            } else if ch.is_ascii_digit() {
                let mut p = ch as u64 - '0' as u64;
                loop {
                    match self.next_char() {
                        None => {
                            exhausted = true;
                            break;
                        }
                        Some(c) => {
                            ch = c;
                            if !c.is_ascii_digit() {
                                break;
                            }
                            let d = c as u64 - '0' as u64;
                            if p > (i32::MAX as u64 - d) / 10 {
                                return self.deferred(conv, FormatError::value("precision too big"));
                            }
                            p = p * 10 + d;
                        }
                    }
                }
                conv.precision = Count::Value(p as usize);
            }
        }
        if !exhausted && matches!(ch, 'h' | 'l' | 'L') {
            advance(self, &mut ch, &mut exhausted);
        }
        if exhausted {
            return self.deferred(conv, FormatError::value("incomplete format"));
        }
        conv.conv = ch;
        conv.index = self.pos - 1;
        Ok(conv)
    }
}

impl Iterator for PercentParser {
    type Item = FmtResult<PercentPiece>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let mut literal = String::new();
        while self.pos < self.chars.len() {
            let c = self.chars[self.pos];
            if c != '%' {
                literal.push(c);
                self.pos += 1;
                continue;
            }
            if self.chars.get(self.pos + 1) == Some(&'%') {
                literal.push('%');
                self.pos += 2;
                continue;
            }
            if !literal.is_empty() {
                return Some(Ok(PercentPiece::Literal(literal)));
            }
            self.pos += 1;
            return Some(match self.conversion() {
                Ok(conv) => Ok(PercentPiece::Conversion(conv)),
                Err(e) => {
                    self.failed = true;
                    Err(e)
                }
            });
        }
        Some(Ok(PercentPiece::Literal(literal)))
    }
}

/// Parses a whole `%` format string eagerly, allowing `%(key)`
/// conversions (see the module docs about error order; the lazy
/// [`PercentParser`] reproduces CPython's order exactly).
///
/// Errors (`ValueError`): `incomplete format`, `incomplete format key`,
/// `width too big`, `precision too big`. Unsupported conversion
/// characters are *not* errors here (see [`Conversion::check_supported`]).
pub fn parse_percent(fmt: &str) -> FmtResult<Vec<PercentPiece>> {
    PercentParser::new(fmt, true).collect()
}

/// Formats an int for `%d %i %u %o %x %X` (the runtime has already
/// applied `int()` / `__index__` to non-int arguments).
///
/// Error: `OverflowError: precision too large` for precisions above
/// 2**31 - 4 (CPython's `_PyUnicode_FormatLong` limit).
pub fn format_percent_int(value: &BigInt, spec: &PercentSpec) -> FmtResult<String> {
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize - 3 {
            return Err(FormatError::overflow("precision too large"));
        }
    }
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = value.magnitude().to_str_radix(base);
    let mut s = String::with_capacity(digits.len() + 4);
    if value.is_negative() {
        s.push('-');
    }
    if spec.flags.alt {
        s.push_str(prefix);
    }
    if let Some(p) = spec.precision {
        for _ in digits.len()..p {
            s.push('0');
        }
    }
    s.push_str(&digits);
    if spec.conv == 'X' {
        s.make_ascii_uppercase();
    }
    output(&s, spec, true)
}

/// Formats a float for `%e %E %f %F %g %G` (default precision 6).
pub fn format_percent_float(value: f64, spec: &PercentSpec) -> FmtResult<String> {
    let flags = FloatFlags { alt: spec.flags.alt, ..FloatFlags::default() };
    let s = float_to_string(value, spec.conv, spec.precision.unwrap_or(6), flags);
    output(&s, spec, true)
}

/// Pads/truncates an already-converted string for `%s %r %a` (precision
/// truncates, by characters) and `%c` (pass the one-character string;
/// precision is ignored). The `0` flag does not apply to these.
pub fn format_percent_str(s: &str, spec: &PercentSpec) -> FmtResult<String> {
    output(s, spec, false)
}

/// CPython's `unicode_format_arg_output`: sign, `0x` prefix and padding.
/// `numeric` is CPython's `arg->sign` (true for numbers).
fn output(s: &str, spec: &PercentSpec, numeric: bool) -> FmtResult<String> {
    let flags = spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len();
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let prec = spec.precision.map(|p| p as i64).unwrap_or(-1);
    if (width == -1 || width <= len as i64) && (prec == -1 || prec >= len as i64) && !(flags.sign || flags.blank) {
        return Ok(s.to_string());
    }
    if matches!(spec.conv, 's' | 'r' | 'a') && prec >= 0 && len as i64 > prec {
        len = prec as usize;
    }
    let mut pindex = 0usize;
    let mut sign_char = None;
    let mut has_sign = numeric;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if flags.sign => sign_char = Some('+'),
            _ if flags.blank => sign_char = Some(' '),
            _ => has_sign = false,
        }
    }
    if width > i64::MAX / 8 {
        return Err(FormatError::memory());
    }
    let mut width = width.max(len as i64);
    let mut len = len as i64;
    let mut out = super::spec::output_buffer(s.len() + 4, width as usize, fill)?;
    if has_sign {
        if fill != ' ' {
            out.extend(sign_char);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = numeric && flags.alt && matches!(spec.conv, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(spec.conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        for _ in 0..(width - len) {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if has_sign {
            out.extend(sign_char);
        }
        if alt_prefix {
            out.push('0');
            out.push(spec.conv);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(&chars[pindex..pindex + len as usize]);
    }
    if width > len {
        for _ in 0..(width - len) {
            out.push(' ');
        }
    }
    Ok(out)
}

#[cfg(test)]
#[path = "percent_tests.rs"]
mod tests;
