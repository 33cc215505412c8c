//! Text encodings: `str.encode`, `bytes.decode`, `str(bytes, encoding)` and
//! the io layer. UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with and without
//! BOM), with the error handlers strict, ignore, replace, backslashreplace
//! and (encoding) xmlcharrefreplace. Errors are `UnicodeDecodeError` /
//! `UnicodeEncodeError` with CPython's args `(encoding, object, start, end,
//! reason)`.
//!
//! Our str is UTF-8 and never holds lone surrogates, so `surrogateescape`
//! and `surrogatepass` cannot produce or consume surrogates: on encoding
//! they behave like `strict` (which is what they do for non-surrogates),
//! on decoding an undecodable byte raises the strict `UnicodeDecodeError`.

use super::bytes::bytes_from_slice;
use super::exceptions::{PyErr, LOOKUP_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR};
use super::int::new_int;
use super::str::new_str;
use super::PyResult;

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 with a BOM (native little-endian when encoding).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The name CPython uses in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// Find a codec by name (case-insensitive; `-`, ` ` and `_` equivalent; aliases).
pub fn lookup(encoding: &str) -> Option<Codec> {
    // Fast path for the spellings used everywhere.
    match encoding {
        "utf-8" | "utf8" | "UTF-8" => return Some(Codec::Utf8),
        "ascii" => return Some(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" => return Some(Codec::Latin1),
        _ => {}
    }
    let mut n = String::with_capacity(encoding.len());
    for c in encoding.trim().chars() {
        match c {
            '-' | ' ' => n.push('_'),
            c => n.extend(c.to_lowercase()),
        }
    }
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "us_ascii" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100"
        | "iso_8859_1:1987" | "csisolatin1" | "ibm819" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        _ => return None,
    })
}

fn lookup_or_err(encoding: &str) -> PyResult<Codec> {
    lookup(encoding).ok_or_else(|| PyErr::new(&LOOKUP_ERROR, format!("unknown encoding: {}", encoding)))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The error handler (looked up only when an error occurs, as in CPython).
fn handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => {
            return Err(PyErr::new(&LOOKUP_ERROR, "the 'namereplace' error handler is not supported (no Unicode name table)"));
        }
        other => return Err(PyErr::new(&LOOKUP_ERROR, format!("unknown error handler name '{}'", other))),
    })
}

fn encode_error(codec: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        &UNICODE_ENCODE_ERROR,
        vec![new_str(codec), new_str(s), new_int(start as i64), new_int(end as i64), new_str(reason)],
    )
}

fn decode_error(codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        &UNICODE_DECODE_ERROR,
        vec![new_str(codec), bytes_from_slice(b), new_int(start as i64), new_int(end as i64), new_str(reason)],
    )
}

/// Encode `s` with `encoding` and the `errors` handler.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_or_err(encoding)?;
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Ascii => encode_charmap(s, 128, "ascii", errors),
        Codec::Latin1 => encode_charmap(s, 256, "latin-1", errors),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let be = codec == Codec::Utf16Be;
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
            }
            Ok(out)
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let be = codec == Codec::Utf32Be;
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(out)
        }
    }
}

/// ASCII / Latin-1 encoding: characters below `limit` map to one byte.
fn encode_charmap(s: &str, limit: u32, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters.
        let start = i;
        while i < chars.len() && chars[i] as u32 >= limit {
            i += 1;
        }
        let end = i;
        match handler(errors)? {
            Handler::Strict => {
                return Err(encode_error(codec, s, start, end, &format!("ordinal not in range({})", limit)));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat(b'?').take(end - start)),
            Handler::BackslashReplace => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(backslash_escape(c as u32).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point (or a byte).
fn backslash_escape(cp: u32) -> String {
    if cp < 0x100 {
        format!("\\x{:02x}", cp)
    } else if cp < 0x10000 {
        format!("\\u{:04x}", cp)
    } else {
        format!("\\U{:08x}", cp)
    }
}

/// Apply a decode error handler for the bytes `b[start..end]`.
fn on_decode_error(out: &mut String, codec: &str, b: &[u8], start: usize, end: usize, reason: &str, errors: &str) -> PyResult<()> {
    match handler(errors)? {
        Handler::Strict | Handler::XmlCharRefReplace => Err(decode_error(codec, b, start, end, reason)),
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for &x in &b[start..end] {
                out.push_str(&backslash_escape(x as u32));
            }
            Ok(())
        }
    }
}

/// Decode `b` with `encoding` and the `errors` handler.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_or_err(encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(b, errors),
        Codec::Ascii => {
            if b.is_ascii() {
                // SAFETY: ASCII is valid UTF-8.
                return Ok(unsafe { String::from_utf8_unchecked(b.to_vec()) });
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 128 {
                    out.push(x as char);
                } else {
                    on_decode_error(&mut out, "ascii", b, i, i + 1, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(out)
        }
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (be, skip) = match codec {
                Codec::Utf16Be => (true, 0),
                Codec::Utf16Le => (false, 0),
                _ => match b {
                    [0xff, 0xfe, ..] => (false, 2),
                    [0xfe, 0xff, ..] => (true, 2),
                    _ => (false, 0),
                },
            };
            decode_utf16(b, skip, be, errors)
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (be, skip) = match codec {
                Codec::Utf32Be => (true, 0),
                Codec::Utf32Le => (false, 0),
                _ => match b {
                    [0xff, 0xfe, 0, 0, ..] => (false, 4),
                    [0, 0, 0xfe, 0xff, ..] => (true, 4),
                    _ => (false, 0),
                },
            };
            decode_utf32(b, skip, be, errors)
        }
    }
}

/// Whether `x` can start a UTF-8 sequence.
fn is_lead_byte(x: u8) -> bool {
    matches!(x, 0x00..=0x7f | 0xc2..=0xf4)
}

fn decode_utf8(b: &[u8], errors: &str) -> PyResult<String> {
    match std::str::from_utf8(b) {
        Ok(s) => return Ok(s.to_string()),
        Err(e) if errors == "strict" => {
            let start = e.valid_up_to();
            return Err(utf8_error(b, start, e.error_len()));
        }
        Err(_) => {}
    }
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY: from_utf8 validated b[pos..pos + good].
                out.push_str(unsafe { std::str::from_utf8_unchecked(&b[pos..pos + good]) });
                let start = pos + good;
                let (end, reason) = utf8_error_span(b, start, e.error_len());
                on_decode_error(&mut out, "utf-8", b, start, end, reason, errors)?;
                pos = end;
            }
        }
    }
    Ok(out)
}

/// The span and CPython's reason for an invalid UTF-8 sequence at `start`.
fn utf8_error_span(b: &[u8], start: usize, error_len: Option<usize>) -> (usize, &'static str) {
    match error_len {
        None => (b.len(), "unexpected end of data"),
        Some(n) => {
            let reason = if n == 1 && !is_lead_byte(b[start]) { "invalid start byte" } else { "invalid continuation byte" };
            (start + n, reason)
        }
    }
}

fn utf8_error(b: &[u8], start: usize, error_len: Option<usize>) -> PyErr {
    let (end, reason) = utf8_error_span(b, start, error_len);
    decode_error("utf-8", b, start, end, reason)
}

fn decode_utf16(b: &[u8], skip: usize, be: bool, errors: &str) -> PyResult<String> {
    let codec = if be { "utf-16-be" } else { "utf-16-le" };
    let unit = |i: usize| -> u16 {
        let pair = [b[i], b[i + 1]];
        if be {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    let mut out = String::with_capacity(b.len() / 2);
    let mut i = skip;
    while i < b.len() {
        if i + 1 >= b.len() {
            on_decode_error(&mut out, codec, b, i, b.len(), "truncated data", errors)?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            on_decode_error(&mut out, codec, b, i, i + 2, "illegal encoding", errors)?;
            i += 2;
            continue;
        }
        if i + 3 >= b.len() {
            on_decode_error(&mut out, codec, b, i, b.len(), "unexpected end of data", errors)?;
            break;
        }
        let lo = unit(i + 2);
        if !(0xdc00..0xe000).contains(&lo) {
            on_decode_error(&mut out, codec, b, i, i + 2, "illegal UTF-16 surrogate", errors)?;
            i += 2;
            continue;
        }
        let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
        out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        i += 4;
    }
    Ok(out)
}

fn decode_utf32(b: &[u8], skip: usize, be: bool, errors: &str) -> PyResult<String> {
    let codec = if be { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(b.len() / 4);
    let mut i = skip;
    while i < b.len() {
        if i + 3 >= b.len() {
            on_decode_error(&mut out, codec, b, i, b.len(), "truncated data", errors)?;
            break;
        }
        let q = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let cp = if be { u32::from_be_bytes(q) } else { u32::from_le_bytes(q) };
        if cp >= 0x110000 {
            on_decode_error(&mut out, codec, b, i, i + 4, "code point not in range(0x110000)", errors)?;
        } else if (0xd800..0xe000).contains(&cp) {
            on_decode_error(&mut out, codec, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors)?;
        } else {
            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        }
        i += 4;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn init() {
        crate::runtime::init_for_tests();
    }

    fn err_args(e: PyErr) -> String {
        let args = e.exc().args().clone();
        let items = super::super::tuple::tuple_slice(&args).unwrap().to_vec();
        items
            .iter()
            .map(|x| match super::super::int::int_value_i64(x) {
                Some(v) => v.to_string(),
                None => super::super::protocol::repr_string(x).unwrap(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    #[test]
    fn names() {
        assert_eq!(lookup("UTF-8"), Some(Codec::Utf8));
        assert_eq!(lookup("Latin_1"), Some(Codec::Latin1));
        assert_eq!(lookup("utf_16-LE"), Some(Codec::Utf16Le));
        assert_eq!(lookup("xyz"), None);
    }

    #[test]
    fn utf8_errors_match_cpython() {
        init();
        let e = decode(b"\xe2\x28\xa1", "utf-8", "strict").unwrap_err();
        assert_eq!(err_args(e), "'utf-8', b'\\xe2(\\xa1', 0, 1, 'invalid continuation byte'");
        let e = decode(b"\xe2\x82", "utf-8", "strict").unwrap_err();
        assert_eq!(err_args(e), "'utf-8', b'\\xe2\\x82', 0, 2, 'unexpected end of data'");
        let e = decode(b"\xc0\x80", "utf-8", "strict").unwrap_err();
        assert_eq!(err_args(e), "'utf-8', b'\\xc0\\x80', 0, 1, 'invalid start byte'");
        assert_eq!(decode(b"a\xffb\xe2\x82", "utf-8", "replace").unwrap(), "a\u{fffd}b\u{fffd}");
        assert_eq!(decode(b"a\xffb", "utf-8", "backslashreplace").unwrap(), "a\\xffb");
        assert_eq!(decode(b"\xed\xa0\x80", "utf-8", "replace").unwrap(), "\u{fffd}\u{fffd}\u{fffd}");
        assert_eq!(decode(b"a\xffb", "utf-8", "ignore").unwrap(), "ab");
    }

    #[test]
    fn charmap_errors_match_cpython() {
        init();
        let e = encode("a\u{20ac}\u{20ac}b", "latin-1", "strict").unwrap_err();
        assert_eq!(err_args(e), "'latin-1', 'a€€b', 1, 3, 'ordinal not in range(256)'");
        assert_eq!(encode("a\u{20ac}b\u{20ac}\u{20ac}", "ascii", "replace").unwrap(), b"a?b??");
        assert_eq!(encode("a\u{20ac}", "ascii", "backslashreplace").unwrap(), b"a\\u20ac");
        assert_eq!(encode("a\u{20ac}\u{1f600}", "ascii", "xmlcharrefreplace").unwrap(), b"a&#8364;&#128512;");
        let e = decode(b"a\xff\xfeb", "ascii", "strict").unwrap_err();
        assert_eq!(err_args(e), "'ascii', b'a\\xff\\xfeb', 1, 2, 'ordinal not in range(128)'");
        assert_eq!(decode(b"\xff\xfe", "ascii", "replace").unwrap(), "\u{fffd}\u{fffd}");
        assert_eq!(decode(b"\x80", "latin-1", "strict").unwrap(), "\u{80}");
    }

    #[test]
    fn utf16_utf32() {
        init();
        assert_eq!(encode("a", "utf-16", "strict").unwrap(), b"\xff\xfea\x00");
        assert_eq!(encode("a", "utf-16-be", "strict").unwrap(), b"\x00a");
        assert_eq!(encode("a", "utf-32", "strict").unwrap(), b"\xff\xfe\x00\x00a\x00\x00\x00");
        assert_eq!(decode(b"\xfe\xff\x00a", "utf-16", "strict").unwrap(), "a");
        assert_eq!(decode(b"\x00\xd8\x00\xdc", "utf-16-le", "strict").unwrap(), "\u{10000}");
        let e = decode(b"\x00\xd8a\x00", "utf-16-le", "strict").unwrap_err();
        assert_eq!(err_args(e), "'utf-16-le', b'\\x00\\xd8a\\x00', 0, 2, 'illegal UTF-16 surrogate'");
        let e = decode(b"\xff\xfea", "utf-16", "strict").unwrap_err();
        assert_eq!(err_args(e), "'utf-16-le', b'\\xff\\xfea', 2, 3, 'truncated data'");
        let e = decode(b"\x00\x00\x11\x00", "utf-32-le", "strict").unwrap_err();
        assert_eq!(err_args(e), "'utf-32-le', b'\\x00\\x00\\x11\\x00', 0, 4, 'code point not in range(0x110000)'");
        assert_eq!(decode(b"\x00\xdca\x00", "utf-16-le", "replace").unwrap(), "\u{fffd}a");
    }

    #[test]
    fn unknown_names() {
        init();
        let e = encode("a", "xyz", "strict").unwrap_err();
        assert!(e.matches(&LOOKUP_ERROR));
        assert_eq!(format!("{:?}", e), "LookupError: unknown encoding: xyz");
        assert!(decode(b"abc", "ascii", "bogus").is_ok());
        let e = decode(b"\xff", "utf-8", "bogus").unwrap_err();
        assert_eq!(format!("{:?}", e), "LookupError: unknown error handler name 'bogus'");
    }
}
