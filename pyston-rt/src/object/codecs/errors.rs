//! Codec error handling: the `errors=` argument resolved to a handler
//! (the well-known names handled natively, any other name looked up in
//! the `codecs.register_error` registry), the decode and encode error
//! paths every codec shares, and the builtin handlers as Python-callable
//! functions (`codecs.strict_errors`, ...).
//!
//! Lone surrogates are stored chars (see `str_surr`): `surrogateescape`
//! decodes an undecodable byte 0x80..0xFF to U+DC80..U+DCFF and encodes
//! those back; `surrogatepass` decodes/encodes U+D800..U+DFFF in the
//! UTF-8/16/32 form of the codec (by its name), as CPython's handlers.

use super::super::bytes::bytes_from_slice;
use super::super::exceptions::{as_exception, type_error, PyErr, INDEX_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR};
use super::super::int::new_int;
use super::super::str::{new_str, str_value};
use super::super::tuple::{new_tuple, tuple_slice};
use super::super::str_surr::{code_point, surrogate_char};
use super::super::{protocol, PyObject, PyRef, PyResult};

/// The unit width and byte order of the UTF form `surrogatepass` works in
/// for a codec name: (bytes per unit, big-endian); None when the codec is
/// not UTF-8/16/32 (the error stands).
fn utf_form(encoding: &str) -> Option<(usize, bool)> {
    let n: String = encoding.to_ascii_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    Some(match n.as_str() {
        "utf8" => (1, false),
        "utf16" | "utf16le" => (2, false),
        "utf16be" => (2, true),
        "utf32" | "utf32le" => (4, false),
        "utf32be" => (4, true),
        _ => return None,
    })
}

/// `surrogatepass` decoding at `input[start..]`: the surrogate and the
/// bytes it took, or None.
pub fn surrogatepass_decode(encoding: &str, input: &[u8], start: usize) -> Option<(u32, usize)> {
    let (w, be) = utf_form(encoding)?;
    let b = input.get(start..)?;
    let cp = match w {
        1 => {
            if b.len() < 3 || b[0] & 0xf0 != 0xe0 || b[1] & 0xc0 != 0x80 || b[2] & 0xc0 != 0x80 {
                return None;
            }
            ((b[0] as u32 & 0x0f) << 12) | ((b[1] as u32 & 0x3f) << 6) | (b[2] as u32 & 0x3f)
        }
        2 => {
            let u = [*b.first()?, *b.get(1)?];
            (if be { u16::from_be_bytes(u) } else { u16::from_le_bytes(u) }) as u32
        }
        _ => {
            let u = [*b.first()?, *b.get(1)?, *b.get(2)?, *b.get(3)?];
            if be {
                u32::from_be_bytes(u)
            } else {
                u32::from_le_bytes(u)
            }
        }
    };
    (0xd800..0xe000).contains(&cp).then_some((cp, if w == 1 { 3 } else { w }))
}

/// `surrogatepass` encoding of the code points `cps`: their UTF bytes, or
/// None when one is not a surrogate or the codec is not a UTF.
pub fn surrogatepass_encode(encoding: &str, cps: &[u32]) -> Option<Vec<u8>> {
    let (w, be) = utf_form(encoding)?;
    let mut out = Vec::new();
    for &cp in cps {
        if !(0xd800..0xe000).contains(&cp) {
            return None;
        }
        match w {
            1 => out.extend_from_slice(&[0xe0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3f) as u8, 0x80 | (cp & 0x3f) as u8]),
            2 => out.extend_from_slice(&if be { (cp as u16).to_be_bytes() } else { (cp as u16).to_le_bytes() }),
            _ => out.extend_from_slice(&if be { cp.to_be_bytes() } else { cp.to_le_bytes() }),
        }
    }
    Some(out)
}

/// `surrogateescape` decoding of `input[start..end]` (at most 4 bytes,
/// stopping at an ASCII byte): the text and where decoding resumes, or
/// None when the first byte is ASCII.
pub fn surrogateescape_decode(input: &[u8], start: usize, end: usize) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut i = start;
    while i < end.min(input.len()) && i < start + 4 && input[i] >= 0x80 {
        out.push(surrogate_char(0xdc00 + input[i] as u32));
        i += 1;
    }
    (i > start).then_some((out, i))
}

/// `surrogateescape` encoding: the bytes of U+DC80..U+DCFF, or None when
/// another code point is among `cps`.
pub fn surrogateescape_encode(cps: &[u32]) -> Option<Vec<u8>> {
    cps.iter().map(|&cp| (0xdc80..0xdd00).contains(&cp).then_some((cp - 0xdc00) as u8)).collect()
}

/// A resolved error handler.
#[derive(Clone)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// A handler registered with `codecs.register_error`.
    Custom(PyRef),
}

impl Handler {
    /// The handler for an `errors` name (`LookupError: unknown error
    /// handler name 'x'` for an unregistered one).
    pub fn resolve(errors: &str) -> PyResult<Handler> {
        Ok(match errors {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            other => Handler::Custom(crate::modules::codecs::lookup_error(other)?),
        })
    }
}

/// The `errors` argument, resolved at the first error (as in CPython: an
/// unknown name is only an error when an error occurs).
pub struct Errors<'a> {
    name: &'a str,
    handler: Option<Handler>,
}

impl<'a> Errors<'a> {
    pub fn new(name: &'a str) -> Self {
        Errors { name, handler: None }
    }

    pub fn is_strict(&self) -> bool {
        self.name == "strict"
    }

    fn get(&mut self) -> PyResult<Handler> {
        if self.handler.is_none() {
            self.handler = Some(Handler::resolve(self.name)?);
        }
        Ok(self.handler.clone().unwrap())
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point (or a byte).
pub fn backslash_escape(cp: u32) -> String {
    if cp < 0x100 {
        format!("\\x{:02x}", cp)
    } else if cp < 0x10000 {
        format!("\\u{:04x}", cp)
    } else {
        format!("\\U{:08x}", cp)
    }
}

/// The position a handler returned, made absolute and checked.
fn new_position(pos: &PyObject, len: usize) -> PyResult<usize> {
    let p = crate::object::args::expect_index(pos)?;
    let abs = if p < 0 { p + len as isize } else { p };
    if abs < 0 || abs as usize > len {
        return Err(PyErr::new(&INDEX_ERROR, format!("position {} from error handler out of bounds", p)));
    }
    Ok(abs as usize)
}

/// State shared by a decoder's error paths.
pub struct DecodeState<'a> {
    pub encoding: &'a str,
    pub input: &'a [u8],
    errors: Errors<'a>,
}

impl<'a> DecodeState<'a> {
    pub fn new(encoding: &'a str, input: &'a [u8], errors: &'a str) -> Self {
        DecodeState { encoding, input, errors: Errors::new(errors) }
    }

    pub fn is_strict(&self) -> bool {
        self.errors.is_strict()
    }

    /// The `UnicodeDecodeError` for `input[start..end]`.
    pub fn exception(&self, start: usize, end: usize, reason: &str) -> PyErr {
        PyErr::with_args(
            &UNICODE_DECODE_ERROR,
            vec![new_str(self.encoding), bytes_from_slice(self.input), new_int(start as i64), new_int(end as i64), new_str(reason)],
        )
    }

    /// Handle undecodable input `input[start..end]`: append the
    /// replacement to `out` and return where decoding resumes.
    pub fn error(&mut self, out: &mut String, start: usize, end: usize, reason: &str) -> PyResult<usize> {
        match self.errors.get()? {
            Handler::Strict => Err(self.exception(start, end, reason)),
            Handler::SurrogateEscape => match surrogateescape_decode(self.input, start, end) {
                Some((t, next)) => {
                    out.push_str(&t);
                    Ok(next)
                }
                None => Err(self.exception(start, end, reason)),
            },
            Handler::SurrogatePass => match surrogatepass_decode(self.encoding, self.input, start) {
                Some((cp, n)) => {
                    out.push(surrogate_char(cp));
                    Ok(start + n)
                }
                None => Err(self.exception(start, end, reason)),
            },
            Handler::Ignore => Ok(end),
            Handler::Replace => {
                out.push('\u{fffd}');
                Ok(end)
            }
            Handler::BackslashReplace => {
                for &x in &self.input[start..end] {
                    out.push_str(&backslash_escape(x as u32));
                }
                Ok(end)
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                Err(type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            Handler::Custom(f) => {
                let e = self.exception(start, end, reason);
                let r = protocol::call1(&f, e.value())?;
                let bad = || type_error("decoding error handler must return (str, int) tuple");
                let items = tuple_slice(&r).filter(|t| t.len() == 2).ok_or_else(bad)?;
                let s = str_value(&items[0]).ok_or_else(bad)?;
                if super::super::int::as_int(&items[1]).is_none() {
                    return Err(bad());
                }
                out.push_str(s);
                new_position(&items[1], self.input.len())
            }
        }
    }
}

/// What an encode error handler produced.
pub enum Repl {
    /// Bytes copied to the output as they are.
    Bytes(Vec<u8>),
    /// Text the codec must encode itself (failing with the original error
    /// when it cannot).
    Str(String),
}

/// State shared by an encoder's error paths.
pub struct EncodeState<'a> {
    pub encoding: &'a str,
    pub text: &'a str,
    pub chars: Vec<char>,
    errors: Errors<'a>,
}

impl<'a> EncodeState<'a> {
    pub fn new(encoding: &'a str, text: &'a str, errors: &'a str) -> Self {
        EncodeState { encoding, text, chars: text.chars().collect(), errors: Errors::new(errors) }
    }

    /// The `UnicodeEncodeError` for `chars[start..end]`.
    pub fn exception(&self, start: usize, end: usize, reason: &str) -> PyErr {
        PyErr::with_args(
            &UNICODE_ENCODE_ERROR,
            vec![new_str(self.encoding), new_str(self.text), new_int(start as i64), new_int(end as i64), new_str(reason)],
        )
    }

    /// Handle unencodable characters `chars[start..end]`: the replacement
    /// and the position where encoding resumes.
    pub fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<(Repl, usize)> {
        let chars = &self.chars[start..end];
        Ok(match self.errors.get()? {
            Handler::Strict => return Err(self.exception(start, end, reason)),
            Handler::SurrogateEscape => {
                let cps: Vec<u32> = chars.iter().map(|&c| code_point(c)).collect();
                match surrogateescape_encode(&cps) {
                    Some(b) => (Repl::Bytes(b), end),
                    None => return Err(self.exception(start, end, reason)),
                }
            }
            Handler::SurrogatePass => {
                let cps: Vec<u32> = chars.iter().map(|&c| code_point(c)).collect();
                match surrogatepass_encode(self.encoding, &cps) {
                    Some(b) => (Repl::Bytes(b), end),
                    None => return Err(self.exception(start, end, reason)),
                }
            }
            Handler::Ignore => (Repl::Bytes(Vec::new()), end),
            Handler::Replace => (Repl::Str("?".repeat(end - start)), end),
            Handler::BackslashReplace => (Repl::Str(chars.iter().map(|&c| backslash_escape(code_point(c))).collect()), end),
            Handler::XmlCharRefReplace => (Repl::Str(chars.iter().map(|&c| format!("&#{};", code_point(c))).collect()), end),
            Handler::NameReplace => (Repl::Str(chars.iter().map(|&c| name_escape(c)).collect()), end),
            Handler::Custom(f) => {
                let e = self.exception(start, end, reason);
                let r = protocol::call1(&f, e.value())?;
                let bad = || type_error("encoding error handler must return (str/bytes, int) tuple");
                let items = tuple_slice(&r).filter(|t| t.len() == 2).ok_or_else(bad)?;
                let repl = if let Some(s) = str_value(&items[0]) {
                    Repl::Str(s.to_string())
                } else if let Some(b) = super::super::bytes::bytes_value(&items[0]) {
                    Repl::Bytes(b.to_vec())
                } else {
                    return Err(bad());
                };
                if super::super::int::as_int(&items[1]).is_none() {
                    return Err(bad());
                }
                (repl, new_position(&items[1], self.chars.len())?)
            }
        })
    }
}

// ---- the builtin handlers as functions (`codecs.lookup_error(name)`) ----

enum Kind {
    Encode,
    Decode,
    Translate,
}

fn kind_of(e: &PyObject) -> Option<Kind> {
    if e.is_instance_of(&UNICODE_ENCODE_ERROR) {
        Some(Kind::Encode)
    } else if e.is_instance_of(&UNICODE_DECODE_ERROR) {
        Some(Kind::Decode)
    } else if e.is_instance_of(&UNICODE_TRANSLATE_ERROR) {
        Some(Kind::Translate)
    } else {
        None
    }
}

fn cant_handle(e: &PyObject) -> PyErr {
    type_error(format!("don't know how to handle {} in error callback", e.type_().name()))
}

fn get_index(e: &PyObject, name: &PyObject) -> PyResult<usize> {
    let v = protocol::getattr(e, name)?;
    Ok(crate::object::args::expect_index(&v)?.max(0) as usize)
}

/// (start, end) of the error, clamped as CPython's getters do.
fn range(e: &PyObject, len: usize) -> PyResult<(usize, usize)> {
    let start = get_index(e, crate::name!("start"))?.min(len.saturating_sub(1));
    let end = get_index(e, crate::name!("end"))?.clamp(1, len.max(1));
    Ok((start, end.max(start)))
}

fn text_object(e: &PyObject) -> PyResult<String> {
    let o = protocol::getattr(e, crate::name!("object"))?;
    str_value(&o).map(|s| s.to_string()).ok_or_else(|| type_error("object attribute must be unicode"))
}

fn result(s: String, end: usize) -> PyRef {
    new_tuple(vec![new_str(s), new_int(end as i64)])
}

fn the_exception<'a>(name: &str, args: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<&'a PyObject> {
    crate::object::args::one_arg(name, args, kw)
}

pub fn strict_errors(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = the_exception("strict_errors", args, kw)?;
    if as_exception(e).is_some() {
        return Err(PyErr::from_value(e.to_ref()));
    }
    Err(type_error("codec must pass exception instance"))
}

pub fn ignore_errors(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = the_exception("ignore_errors", args, kw)?;
    if kind_of(e).is_none() {
        return Err(cant_handle(e));
    }
    let end = get_index(e, crate::name!("end"))?;
    Ok(result(String::new(), end))
}

pub fn replace_errors(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = the_exception("replace_errors", args, kw)?;
    match kind_of(e) {
        Some(Kind::Decode) => {
            let end = get_index(e, crate::name!("end"))?;
            Ok(result("\u{fffd}".into(), end))
        }
        Some(k) => {
            let n = text_object(e)?.chars().count();
            let (start, end) = range(e, n)?;
            let c = if matches!(k, Kind::Encode) { "?" } else { "\u{fffd}" };
            Ok(result(c.repeat(end - start), end))
        }
        None => Err(cant_handle(e)),
    }
}

pub fn backslashreplace_errors(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = the_exception("backslashreplace_errors", args, kw)?;
    match kind_of(e) {
        Some(Kind::Decode) => {
            let o = protocol::getattr(e, crate::name!("object"))?;
            let b = crate::object::bytes::expect_buffer(&o)?.to_vec();
            let (start, end) = range(e, b.len())?;
            Ok(result(b[start.min(b.len())..end.min(b.len())].iter().map(|&x| backslash_escape(x as u32)).collect(), end))
        }
        Some(_) => {
            let chars: Vec<char> = text_object(e)?.chars().collect();
            let (start, end) = range(e, chars.len())?;
            Ok(result(chars[start.min(chars.len())..end.min(chars.len())].iter().map(|&c| backslash_escape(code_point(c))).collect(), end))
        }
        None => Err(cant_handle(e)),
    }
}

pub fn xmlcharrefreplace_errors(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = the_exception("xmlcharrefreplace_errors", args, kw)?;
    match kind_of(e) {
        Some(Kind::Encode) => {
            let chars: Vec<char> = text_object(e)?.chars().collect();
            let (start, end) = range(e, chars.len())?;
            Ok(result(chars[start.min(chars.len())..end.min(chars.len())].iter().map(|&c| format!("&#{};", code_point(c))).collect(), end))
        }
        _ => Err(cant_handle(e)),
    }
}

/// `\N{NAME}`, or the backslash escape of a character without a name.
fn name_escape(c: char) -> String {
    let cp = code_point(c);
    match crate::modules::unicodedata::char_name(cp) {
        Some(n) => format!("\\N{{{}}}", n),
        None => backslash_escape(cp),
    }
}

pub fn namereplace_errors(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = the_exception("namereplace_errors", args, kw)?;
    match kind_of(e) {
        Some(Kind::Encode) => {
            let chars: Vec<char> = text_object(e)?.chars().collect();
            let (start, end) = range(e, chars.len())?;
            Ok(result(chars[start.min(chars.len())..end.min(chars.len())].iter().map(|&c| name_escape(c)).collect(), end))
        }
        _ => Err(cant_handle(e)),
    }
}

/// The UnicodeEncodeError's code points `start..end`, or its bytes for a
/// UnicodeDecodeError, with the codec name.
fn error_span(e: &PyObject, kind: &Kind) -> PyResult<(String, Vec<u32>, Vec<u8>, usize, usize)> {
    let enc = protocol::getattr(e, crate::name!("encoding"))?;
    let enc = str_value(&enc).unwrap_or("").to_string();
    let start = get_index(e, crate::name!("start"))?;
    let end = get_index(e, crate::name!("end"))?;
    if matches!(kind, Kind::Decode) {
        let o = protocol::getattr(e, crate::name!("object"))?;
        let b = crate::object::bytes::expect_buffer(&o)?.to_vec();
        return Ok((enc, Vec::new(), b, start, end));
    }
    let cps: Vec<u32> = text_object(e)?.chars().map(code_point).collect();
    let (s, t) = (start.min(cps.len()), end.min(cps.len()).max(start.min(cps.len())));
    Ok((enc, cps[s..t].to_vec(), Vec::new(), start, end))
}

/// `codecs.lookup_error('surrogateescape')`.
pub fn surrogateescape_errors(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = the_exception("surrogateescape", args, kw)?;
    let kind = kind_of(e).ok_or_else(|| cant_handle(e))?;
    let (_, cps, input, start, end) = match kind {
        Kind::Encode | Kind::Decode => error_span(e, &kind)?,
        Kind::Translate => return Err(cant_handle(e)),
    };
    if matches!(kind, Kind::Decode) {
        return match surrogateescape_decode(&input, start, end) {
            Some((t, next)) => Ok(result(t, next)),
            None => Err(PyErr::from_value(e.to_ref())),
        };
    }
    match surrogateescape_encode(&cps) {
        Some(b) => Ok(new_tuple(vec![bytes_from_slice(&b), new_int(end as i64)])),
        None => Err(PyErr::from_value(e.to_ref())),
    }
}

/// `codecs.lookup_error('surrogatepass')`.
pub fn surrogatepass_errors(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = the_exception("surrogatepass", args, kw)?;
    let kind = kind_of(e).ok_or_else(|| cant_handle(e))?;
    let (enc, cps, input, start, end) = match kind {
        Kind::Encode | Kind::Decode => error_span(e, &kind)?,
        Kind::Translate => return Err(cant_handle(e)),
    };
    if matches!(kind, Kind::Decode) {
        return match surrogatepass_decode(&enc, &input, start) {
            Some((cp, n)) => Ok(result(surrogate_char(cp).to_string(), start + n)),
            None => Err(PyErr::from_value(e.to_ref())),
        };
    }
    match surrogatepass_encode(&enc, &cps) {
        Some(b) => Ok(new_tuple(vec![bytes_from_slice(&b), new_int(end as i64)])),
        None => Err(PyErr::from_value(e.to_ref())),
    }
}
