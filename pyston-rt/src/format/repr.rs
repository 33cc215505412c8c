//! `repr()` of `str`, `bytes` and `bytearray`, and `ascii()`, exactly
//! like CPython 3.11 (`unicode_repr`, `PyBytes_Repr`, `bytearray_repr`).

use super::unicode::is_printable;

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, prefix: char, v: u32, digits: u32) {
    out.push('\\');
    out.push(prefix);
    for i in (0..digits).rev() {
        out.push(HEX[((v >> (4 * i)) & 0xf) as usize] as char);
    }
}

/// Appends the escape of a non-printable or non-ASCII char:
/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn push_code_escape(out: &mut String, c: char) {
    let v = crate::object::str_surr::code_point(c);
    if v < 0x100 {
        push_hex(out, 'x', v, 2);
    } else if v < 0x10000 {
        push_hex(out, 'u', v, 4);
    } else {
        push_hex(out, 'U', v, 8);
    }
}

/// `repr(s)` for a `str`: single quotes unless the string contains `'`
/// and no `"`; escapes `\\`, `\t`, `\n`, `\r`, the quote, other ASCII
/// controls and DEL as `\xNN`, non-printable non-ASCII characters as
/// `\xNN`/`\uNNNN`/`\UNNNNNNNN`; printable non-ASCII is kept.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_code_escape(&mut out, c),
            c if c.is_ascii() => out.push(c),
            c if is_printable(c) => out.push(c),
            c => push_code_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Escapes every non-ASCII character of `s` as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN` (CPython's `backslashreplace` on ASCII encoding).
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_code_escape(&mut out, c);
        }
    }
    out
}

/// `ascii(s)` for a `str`: `repr(s)` with non-ASCII escaped.
/// (For other objects `ascii(obj)` is `ascii_escape(repr(obj))`.)
pub fn str_ascii(s: &str) -> String {
    ascii_escape(&str_repr(s))
}

/// `repr(b)` for `bytes`: `b'...'`, double quotes if the data contains
/// `'` but no `"`; `\\`, `\t`, `\n`, `\r`, the quote, and bytes outside
/// 0x20..0x7e escaped (`\xNN`).
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    push_bytes_body(&mut out, data, quote, false);
    out
}

/// `repr(ba)` for `bytearray` (or a subclass, whose name is
/// `type_name`): `bytearray(b'...')`. Same as bytes except that `'` is
/// always escaped, even inside double quotes.
pub fn bytearray_repr(data: &[u8], type_name: &str) -> String {
    let quote = if data.contains(&b'"') {
        b'\''
    } else if data.contains(&b'\'') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + type_name.len() + 5);
    out.push_str(type_name);
    out.push_str("(b");
    push_bytes_body(&mut out, data, quote, true);
    out.push(')');
    out
}

fn push_bytes_body(out: &mut String, data: &[u8], quote: u8, always_escape_squote: bool) {
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b == quote || (always_escape_squote && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            b if !(0x20..0x7f).contains(&b) => push_hex(out, 'x', b as u32, 2),
            b => out.push(b as char),
        }
    }
    out.push(quote as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (string, repr, ascii) from CPython 3.11.
    const STR_CASES: &[(&str, &str, &str)] = &[
        ("", "''", "''"),
        ("abc", "'abc'", "'abc'"),
        ("it's", "\"it's\"", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
        ("\\", "'\\\\'", "'\\\\'"),
        ("tab\u{9}here", "'tab\\there'", "'tab\\there'"),
        ("nl\u{a}", "'nl\\n'", "'nl\\n'"),
        ("cr\u{d}", "'cr\\r'", "'cr\\r'"),
        ("\u{0}\u{1}\u{1f}", "'\\x00\\x01\\x1f'", "'\\x00\\x01\\x1f'"),
        ("\u{7f}", "'\\x7f'", "'\\x7f'"),
        ("\u{80}\u{9f}\u{a0}", "'\\x80\\x9f\\xa0'", "'\\x80\\x9f\\xa0'"),
        ("\u{a1}\u{ad}\u{ff}", "'\u{a1}\\xad\u{ff}'", "'\\xa1\\xad\\xff'"),
        ("\u{e9}\u{4e2d}", "'\u{e9}\u{4e2d}'", "'\\xe9\\u4e2d'"),
        ("\u{2028}\u{2029}", "'\\u2028\\u2029'", "'\\u2028\\u2029'"),
        ("\u{200b}\u{200e}", "'\\u200b\\u200e'", "'\\u200b\\u200e'"),
        ("\u{feff}", "'\\ufeff'", "'\\ufeff'"),
        ("\u{e000}", "'\\ue000'", "'\\ue000'"),
        ("\u{1f600}", "'\u{1f600}'", "'\\U0001f600'"),
        ("\u{e0001}", "'\\U000e0001'", "'\\U000e0001'"),
        ("\u{10ffff}", "'\\U0010ffff'", "'\\U0010ffff'"),
        ("\u{378}", "'\\u0378'", "'\\u0378'"),
        (" ", "' '", "' '"),
        ("\u{3000}", "'\\u3000'", "'\\u3000'"),
        ("\u{1b}[0m", "'\\x1b[0m'", "'\\x1b[0m'"),
        ("'", "\"'\"", "\"'\""),
        ("\"", "'\"'", "'\"'"),
        ("'\"'", "'\\'\"\\''", "'\\'\"\\''"),
        ("caf\u{e9} \u{fc}\u{f1}\u{ee}\u{e7}\u{f8}d\u{e9}", "'caf\u{e9} \u{fc}\u{f1}\u{ee}\u{e7}\u{f8}d\u{e9}'", "'caf\\xe9 \\xfc\\xf1\\xee\\xe7\\xf8d\\xe9'"),
    ];

    /// (bytes, repr(bytes), repr(bytearray)) from CPython 3.11.
    const BYTES_CASES: &[(&[u8], &str, &str)] = &[
        (b"", "b''", "bytearray(b'')"),
        (b"\x61\x62\x63", "b'abc'", "bytearray(b'abc')"),
        (b"\x69\x74\x27\x73", "b\"it's\"", "bytearray(b\"it\\'s\")"),
        (b"\x73\x61\x79\x20\x22\x68\x69\x22", "b'say \"hi\"'", "bytearray(b'say \"hi\"')"),
        (b"\x62\x6f\x74\x68\x20\x27\x20\x61\x6e\x64\x20\x22", "b'both \\' and \"'", "bytearray(b'both \\' and \"')"),
        (b"\x5c", "b'\\\\'", "bytearray(b'\\\\')"),
        (b"\x09\x0a\x0d", "b'\\t\\n\\r'", "bytearray(b'\\t\\n\\r')"),
        (b"\x00\x01\x7f\x80\xff", "b'\\x00\\x01\\x7f\\x80\\xff'", "bytearray(b'\\x00\\x01\\x7f\\x80\\xff')"),
        (b"\x00\x07\x0e\x15\x1c\x23\x2a\x31\x38\x3f\x46\x4d\x54\x5b\x62\x69\x70\x77\x7e\x85\x8c\x93\x9a\xa1\xa8\xaf\xb6\xbd\xc4\xcb\xd2\xd9\xe0\xe7\xee\xf5\xfc", "b'\\x00\\x07\\x0e\\x15\\x1c#*18?FMT[bipw~\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc'", "bytearray(b'\\x00\\x07\\x0e\\x15\\x1c#*18?FMT[bipw~\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc')"),
        (b"\x27", "b\"'\"", "bytearray(b\"\\'\")"),
        (b"\x22", "b'\"'", "bytearray(b'\"')"),
        (b"\x27\x22", "b'\\'\"'", "bytearray(b'\\'\"')"),
    ];

    #[test]
    fn str_cases() {
        for &(s, r, a) in STR_CASES {
            assert_eq!(str_repr(s), r, "repr {:?}", s);
            assert_eq!(str_ascii(s), a, "ascii {:?}", s);
        }
    }

    #[test]
    fn bytes_cases() {
        for &(b, r, ba) in BYTES_CASES {
            assert_eq!(bytes_repr(b), r, "bytes {:?}", b);
            assert_eq!(bytearray_repr(b, "bytearray"), ba, "bytearray {:?}", b);
        }
        assert_eq!(bytearray_repr(b"x", "MyBA"), "MyBA(b'x')");
    }

    #[test]
    fn exhaustive_single_chars() {
        // Every code point's repr, checksummed; expected value computed by
        // CPython over all non-surrogate code points.
        let mut h: u64 = 0xcbf29ce484222325;
        let mut buf = [0u8; 4];
        for c in (0u32..0x110000).filter_map(char::from_u32) {
            // U+10F000..U+10F7FF stand for lone surrogates in our str
            // (object::str_surr); CPython's repr of the real characters:
            let r = if crate::object::str_surr::is_surrogate_char(c) {
                format!("'\\U{:08x}'", c as u32)
            } else {
                str_repr(c.encode_utf8(&mut buf))
            };
            for x in r.chars() {
                h = (h ^ x as u64).wrapping_mul(0x100000001b3);
            }
        }
        assert_eq!(h, EXHAUSTIVE_REPR_CHECKSUM);
    }

    const EXHAUSTIVE_REPR_CHECKSUM: u64 = 0xdc59d145392feb71;
}
