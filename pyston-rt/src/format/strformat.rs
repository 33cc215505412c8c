//! Parser for `str.format` / `str.format_map` format strings (CPython's
//! Objects/stringlib/unicode_format.h).
//!
//! The runtime renders a format string like this:
//!
//! 1. Iterate [`FormatStringParser::new(s)`](FormatStringParser),
//!    processing each piece before pulling the next (CPython reports
//!    syntax errors only when it reaches them, after earlier fields have
//!    been formatted).
//! 2. For a [`FormatField`]: resolve `arg` with a shared [`AutoNumber`]
//!    (one per top-level `format()` call, also used for nested fields);
//!    look the object up (positional: [`replacement_index_out_of_range`]
//!    on failure, or [`format_map_positional`] for `format_map`; by name:
//!    `KeyError(name)`); apply `accessors` in order (`getattr`,
//!    `obj[int]`, `obj[str]`); then raise `accessor_error` if set; apply
//!    the conversion (validated by [`check_conversion`]); if
//!    `spec_needs_expanding`, render the spec recursively through
//!    [`FormatField::spec_parser`] (same `AutoNumber`); finally call
//!    `format(obj, spec)`.

use super::error::{ExcKind, FmtResult, FormatError};
use super::unicode::decimal_value;

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldArg {
    /// `{}`: automatic numbering.
    Auto,
    /// `{0}`: explicit index (Unicode decimal digits allowed).
    Index(usize),
    /// `{name}`: keyword argument.
    Name(String),
}

/// A `.attr` or `[key]` after the first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`: `getattr(obj, name)`.
    Attr(String),
    /// `[123]`: `obj[123]` (an int key).
    Index(usize),
    /// `[key]`: `obj['key']` (a str key).
    Key(String),
}

/// A replacement field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatField {
    /// Which argument.
    pub arg: FieldArg,
    /// Attribute / item lookups to apply, in order.
    pub accessors: Vec<Accessor>,
    /// A syntax error in the rest of the field name, to be raised after
    /// applying `accessors` (CPython parses that part lazily).
    pub accessor_error: Option<FormatError>,
    /// Raw conversion character after `!` (see [`check_conversion`]).
    pub conversion: Option<char>,
    /// Raw format spec (after `:`); may contain nested fields.
    pub spec: String,
    /// The spec contains `{`, i.e. nested fields to expand first.
    pub spec_needs_expanding: bool,
    /// Recursion depth of the string this field came from.
    pub depth: u32,
}

impl FormatField {
    /// A parser for the nested fields of `spec`. Fails with
    /// `ValueError: Max string recursion exceeded` when nested too deeply
    /// (`'{:{:{}}}'.format(1, 2, 3)`).
    pub fn spec_parser(&self) -> FmtResult<FormatStringParser> {
        FormatStringParser::with_depth(&self.spec, self.depth.saturating_sub(1))
    }
}

/// A piece of a format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatPiece {
    /// Literal text, `{{` / `}}` unescaped.
    Literal(String),
    /// A replacement field.
    Field(FormatField),
}

/// Recursion depth of a top-level format string.
pub const FORMAT_RECURSION_DEPTH: u32 = 2;

/// Parses Unicode decimal digits like CPython's `get_integer`:
/// `Ok(None)` if empty or not all decimal digits.
fn get_integer(s: &[char]) -> FmtResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for &c in s {
        let d = match decimal_value(c) {
            Some(d) => d as u64,
            None => return Ok(None),
        };
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(FormatError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc as usize))
}

/// Splits a field name into its first part and accessors.
fn split_field_name(name: &[char]) -> FmtResult<(FieldArg, Vec<Accessor>, Option<FormatError>)> {
    let first_len = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let first = &name[..first_len];
    let arg = if first.is_empty() {
        FieldArg::Auto
    } else {
        match get_integer(first)? {
            Some(i) => FieldArg::Index(i),
            None => FieldArg::Name(first.iter().collect()),
        }
    };
    let mut accessors = Vec::new();
    let mut pos = first_len;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        let acc = match c {
            '.' => {
                let start = pos;
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                let attr = &name[start..pos];
                if attr.is_empty() {
                    return Ok((arg, accessors, Some(empty_attribute())));
                }
                Accessor::Attr(attr.iter().collect())
            }
            '[' => {
                let start = pos;
                while pos < name.len() && name[pos] != ']' {
                    pos += 1;
                }
                if pos >= name.len() {
                    let e = FormatError::value("Missing ']' in format string");
                    return Ok((arg, accessors, Some(e)));
                }
                let key = &name[start..pos];
                pos += 1;
                let idx = match get_integer(key) {
                    Ok(i) => i,
                    Err(e) => return Ok((arg, accessors, Some(e))),
                };
                if key.is_empty() {
                    return Ok((arg, accessors, Some(empty_attribute())));
                }
                match idx {
                    Some(i) => Accessor::Index(i),
                    None => Accessor::Key(key.iter().collect()),
                }
            }
            _ => {
                let e = FormatError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                );
                return Ok((arg, accessors, Some(e)));
            }
        };
        accessors.push(acc);
    }
    Ok((arg, accessors, None))
}

fn empty_attribute() -> FormatError {
    FormatError::value("Empty attribute in format string")
}

/// Lazy parser over a format string; yields pieces in order and stops
/// after the first error. Consecutive literal text is merged.
#[derive(Debug, Clone)]
pub struct FormatStringParser {
    chars: Vec<char>,
    pos: usize,
    depth: u32,
    failed: bool,
    pending: Option<FormatPiece>,
}

impl FormatStringParser {
    /// A parser for a top-level format string.
    pub fn new(s: &str) -> FormatStringParser {
        FormatStringParser {
            chars: s.chars().collect(),
            pos: 0,
            depth: FORMAT_RECURSION_DEPTH,
            failed: false,
            pending: None,
        }
    }

    /// A parser at the given recursion depth; depth 0 is an error
    /// (`Max string recursion exceeded`).
    pub fn with_depth(s: &str, depth: u32) -> FmtResult<FormatStringParser> {
        if depth == 0 {
            return Err(FormatError::value("Max string recursion exceeded"));
        }
        let mut p = FormatStringParser::new(s);
        p.depth = depth;
        Ok(p)
    }

    /// One step of CPython's `MarkupIterator_next`: literal text and
    /// maybe a field.
    fn markup(&mut self) -> FmtResult<(String, Option<FormatField>)> {
        let n = self.chars.len();
        let start = self.pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while self.pos < n {
            c = self.chars[self.pos];
            self.pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.pos >= n;
        let mut len = self.pos - start;
        if c == '}' && (at_end || self.chars[self.pos] != '}') {
            return Err(FormatError::value("Single '}' encountered in format string"));
        }
        if at_end && c == '{' {
            return Err(FormatError::value("Single '{' encountered in format string"));
        }
        if !at_end {
            if self.chars[self.pos] == c {
                self.pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = self.chars[start..start + len].iter().collect();
        if !markup_follows {
            return Ok((literal, None));
        }
        Ok((literal, Some(self.field()?)))
    }

    /// CPython's `parse_field`; `self.pos` is just after the `{`.
    fn field(&mut self) -> FmtResult<FormatField> {
        let n = self.chars.len();
        let name_start = self.pos;
        let mut c = '\0';
        while self.pos < n {
            c = self.chars[self.pos];
            self.pos += 1;
            match c {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                '[' => {
                    while self.pos < n && self.chars[self.pos] != ']' {
                        self.pos += 1;
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        let name_end = self.pos - 1;
        let mut conversion = None;
        let mut spec = String::new();
        let mut needs_expanding = false;
        if c == '!' || c == ':' {
            let mut done = false;
            if c == '!' {
                if self.pos >= n {
                    return Err(FormatError::value(
                        "end of string while looking for conversion specifier",
                    ));
                }
                conversion = Some(self.chars[self.pos]);
                self.pos += 1;
                if self.pos < n {
                    let c2 = self.chars[self.pos];
                    self.pos += 1;
                    if c2 == '}' {
                        done = true;
                    } else if c2 != ':' {
                        return Err(FormatError::value("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let spec_start = self.pos;
                let mut count = 1;
                loop {
                    if self.pos >= n {
                        return Err(FormatError::value("unmatched '{' in format spec"));
                    }
                    let ch = self.chars[self.pos];
                    self.pos += 1;
                    if ch == '{' {
                        needs_expanding = true;
                        count += 1;
                    } else if ch == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = self.chars[spec_start..self.pos - 1].iter().collect();
                            break;
                        }
                    }
                }
            }
        } else if c != '}' {
            return Err(FormatError::value("expected '}' before end of string"));
        }
        let (arg, accessors, accessor_error) = split_field_name(&self.chars[name_start..name_end])?;
        Ok(FormatField {
            arg,
            accessors,
            accessor_error,
            conversion,
            spec,
            spec_needs_expanding: needs_expanding,
            depth: self.depth,
        })
    }
}

impl Iterator for FormatStringParser {
    type Item = FmtResult<FormatPiece>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(p) = self.pending.take() {
            return Some(Ok(p));
        }
        if self.failed {
            return None;
        }
        let mut literal = String::new();
        while self.pos < self.chars.len() {
            match self.markup() {
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
                Ok((lit, field)) => {
                    literal.push_str(&lit);
                    if let Some(f) = field {
                        let f = FormatPiece::Field(f);
                        if literal.is_empty() {
                            return Some(Ok(f));
                        }
                        self.pending = Some(f);
                        return Some(Ok(FormatPiece::Literal(literal)));
                    }
                }
            }
        }
        if literal.is_empty() {
            None
        } else {
            Some(Ok(FormatPiece::Literal(literal)))
        }
    }
}

/// Parses a whole top-level format string eagerly (see the module docs
/// for the lazy, exactly-ordered alternative).
///
/// Errors (`ValueError`): `Single '}' encountered in format string`,
/// `Single '{' encountered in format string`, `expected '}' before end
/// of string`, `unexpected '{' in field name`, `unmatched '{' in format
/// spec`, `end of string while looking for conversion specifier`,
/// `expected ':' after conversion specifier`, `Too many decimal digits in
/// format string`.
pub fn parse_format_string(s: &str) -> FmtResult<Vec<FormatPiece>> {
    FormatStringParser::new(s).collect()
}

/// What a resolved field argument refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgRef {
    /// Positional argument.
    Index(usize),
    /// Keyword argument.
    Name(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

/// Automatic field numbering state shared by all fields (including
/// nested ones) of one `format()` call.
#[derive(Debug, Clone)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

impl Default for AutoNumber {
    fn default() -> Self {
        AutoNumber::new()
    }
}

impl AutoNumber {
    /// Fresh state.
    pub fn new() -> AutoNumber {
        AutoNumber { state: AutoState::Init, next: 0 }
    }

    /// Resolves a field's first part. Errors (`ValueError`): `cannot
    /// switch from manual field specification to automatic field
    /// numbering` and `cannot switch from automatic field numbering to
    /// manual field specification`.
    pub fn resolve(&mut self, arg: &FieldArg) -> FmtResult<ArgRef> {
        let auto = match arg {
            FieldArg::Name(n) => return Ok(ArgRef::Name(n.clone())),
            FieldArg::Auto => true,
            FieldArg::Index(_) => false,
        };
        if self.state == AutoState::Init {
            self.state = if auto { AutoState::Auto } else { AutoState::Manual };
        }
        if self.state == AutoState::Manual && auto {
            return Err(FormatError::value(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if self.state == AutoState::Auto && !auto {
            return Err(FormatError::value(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        Ok(match arg {
            FieldArg::Index(i) => ArgRef::Index(*i),
            _ => {
                self.next += 1;
                ArgRef::Index(self.next - 1)
            }
        })
    }
}

/// The conversion a `!x` requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversionKind {
    /// `!s`: `str(obj)`.
    Str,
    /// `!r`: `repr(obj)`.
    Repr,
    /// `!a`: `ascii(obj)`.
    Ascii,
}

/// Validates a conversion character: `ValueError: Unknown conversion
/// specifier x` (or `\x1` style for non-printable characters).
pub fn check_conversion(c: char) -> FmtResult<ConversionKind> {
    match c {
        's' => Ok(ConversionKind::Str),
        'r' => Ok(ConversionKind::Repr),
        'a' => Ok(ConversionKind::Ascii),
        _ => {
            let v = c as u32;
            let shown = if v > 32 && v < 127 { c.to_string() } else { format!("\\x{:x}", v) };
            Err(FormatError::value(format!("Unknown conversion specifier {}", shown)))
        }
    }
}

/// `IndexError: Replacement index 3 out of range for positional args tuple`.
pub fn replacement_index_out_of_range(index: usize) -> FormatError {
    FormatError::new(
        ExcKind::IndexError,
        format!("Replacement index {} out of range for positional args tuple", index),
    )
}

/// `ValueError: Format string contains positional fields` (`format_map`).
pub fn format_map_positional() -> FormatError {
    FormatError::value("Format string contains positional fields")
}

#[cfg(test)]
#[path = "strformat_tests.rs"]
mod tests;
