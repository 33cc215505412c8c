//! Text encodings: `str.encode`, `bytes.decode`, `str(bytes, encoding)`,
//! the io layer and the `_codecs` module. UTF-8 (+sig), ASCII, Latin-1,
//! UTF-16 and UTF-32 are native here (`lookup`); any other encoding goes
//! through the codec registry (`modules::codecs`: the `encodings` package
//! and `codecs.register`). The codec implementations live in `utf.rs`
//! (UTF-8/16/32/7), `charmap.rs` (ASCII, Latin-1, charmap) and `escape.rs`
//! (unicode_escape, raw_unicode_escape, escape_encode/decode); the error
//! handlers (builtin names natively, others from `codecs.register_error`)
//! in `errors.rs`. Errors are `UnicodeDecodeError` / `UnicodeEncodeError`
//! with CPython's args `(encoding, object, start, end, reason)`.
//!
//! Lone surrogates are stored chars (`str_surr`): the UTF encoders send
//! them to the error handler ("surrogates not allowed"), and
//! `surrogateescape` / `surrogatepass` produce and consume them
//! (`errors.rs`).

pub mod charmap;
pub mod errors;
pub mod escape;
pub mod utf;

#[cfg(test)]
use super::exceptions::PyErr;
use super::PyResult;

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a BOM written on encoding and skipped on decoding.
    Utf8Sig,
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
            Codec::Utf8Sig => "utf-8-sig",
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
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
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


fn is_native(encoding: &str) -> Option<Codec> {
    lookup(encoding)
}

/// Encode `s` with `encoding` and the `errors` handler: the codecs above
/// natively, any other encoding through the codec registry
/// (`codecs.lookup`), whose encoder must return bytes.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = is_native(encoding) else {
        return crate::modules::codecs::encode_text(s, encoding, errors);
    };
    Ok(match codec {
        Codec::Utf8 => utf::encode_utf8(s, "utf-8", errors)?,
        Codec::Utf8Sig => {
            let mut v = Vec::with_capacity(s.len() + 3);
            v.extend_from_slice(b"\xef\xbb\xbf");
            v.extend_from_slice(&utf::encode_utf8(s, "utf-8", errors)?);
            v
        }
        Codec::Ascii => charmap::encode_limit(s, 128, errors)?,
        Codec::Latin1 => charmap::encode_limit(s, 256, errors)?,
        Codec::Utf16 => utf::encode_utf16(s, 0, errors)?,
        Codec::Utf16Le => utf::encode_utf16(s, -1, errors)?,
        Codec::Utf16Be => utf::encode_utf16(s, 1, errors)?,
        Codec::Utf32 => utf::encode_utf32(s, 0, errors)?,
        Codec::Utf32Le => utf::encode_utf32(s, -1, errors)?,
        Codec::Utf32Be => utf::encode_utf32(s, 1, errors)?,
    })
}

/// Decode `b` with `encoding` and the `errors` handler (natively, or
/// through the codec registry, whose decoder must return str).
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = is_native(encoding) else {
        return crate::modules::codecs::decode_text(b, encoding, errors);
    };
    Ok(match codec {
        Codec::Utf8 => match std::str::from_utf8(b) {
            Ok(s) => {
                super::str_surr::check_real(s)?;
                s.to_string()
            }
            Err(_) => utf::decode_utf8(b, errors, true)?.0,
        },
        Codec::Utf8Sig => utf::decode_utf8(b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b), errors, true)?.0,
        Codec::Ascii => charmap::decode_ascii(b, errors)?,
        Codec::Latin1 => charmap::decode_latin1(b),
        Codec::Utf16 => utf::decode_utf16(b, errors, 0, true)?.0,
        Codec::Utf16Le => utf::decode_utf16(b, errors, -1, true)?.0,
        Codec::Utf16Be => utf::decode_utf16(b, errors, 1, true)?.0,
        Codec::Utf32 => utf::decode_utf32(b, errors, 0, true)?.0,
        Codec::Utf32Le => utf::decode_utf32(b, errors, -1, true)?.0,
        Codec::Utf32Be => utf::decode_utf32(b, errors, 1, true)?.0,
    })
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
        assert_eq!(lookup("UTF-8-SIG"), Some(Codec::Utf8Sig));
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
        assert_eq!(encode("a", "utf-8-sig", "strict").unwrap(), b"\xef\xbb\xbfa");
        assert_eq!(decode(b"\xef\xbb\xbfa", "utf-8-sig", "strict").unwrap(), "a");
        assert_eq!(decode(b"a", "utf-8-sig", "strict").unwrap(), "a");
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
        assert!(decode(b"abc", "ascii", "bogus").is_ok());
        let e = decode(b"\xff", "utf-8", "bogus").unwrap_err();
        assert_eq!(format!("{:?}", e), "LookupError: unknown error handler name 'bogus'");
    }
}
