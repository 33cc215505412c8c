//! The escape codecs: `unicode_escape`, `raw_unicode_escape` and the
//! bytes-to-bytes `escape_encode`/`escape_decode` (`string_escape`).

use super::super::str_surr::{char_of_code_point, code_point};
use super::errors::DecodeState;
use super::super::exceptions::value_error;
use super::PyResult;

fn hex_val(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// `unicode_escape` encoding: printable ASCII as is, `\t \n \r \\`,
/// other code points as `\xNN`, `\uNNNN`, `\UNNNNNNNN`.
pub fn unicode_escape_encode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let ch = code_point(c);
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            _ if (0x20..0x7f).contains(&ch) => out.push(ch as u8),
            _ => out.extend_from_slice(super::errors::backslash_escape(ch).as_bytes()),
        }
    }
    out
}

/// `raw_unicode_escape` encoding: code points below 256 as one byte.
pub fn raw_unicode_escape_encode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let ch = code_point(c);
        if ch < 0x100 {
            out.push(ch as u8);
        } else if ch < 0x10000 {
            out.extend_from_slice(format!("\\u{:04x}", ch).as_bytes());
        } else {
            out.extend_from_slice(format!("\\U{:08x}", ch).as_bytes());
        }
    }
    out
}

/// Read `count` hex digits at `b[i..]`: Ok(value), or Err(position of the
/// first bad digit, or None when the input ends first).
fn read_hex(b: &[u8], i: usize, count: usize) -> Result<u32, Option<usize>> {
    let mut v = 0u32;
    for k in 0..count {
        let Some(&c) = b.get(i + k) else { return Err(None) };
        match hex_val(c) {
            Some(d) => v = (v << 4) | d,
            None => return Err(Some(i + k)),
        }
    }
    Ok(v)
}

pub fn unicode_escape_decode(b: &[u8], errors: &str, final_: bool) -> PyResult<(String, usize)> {
    let mut st = DecodeState::new("unicodeescape", b, errors);
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c as char);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            if !final_ {
                return Ok((out, start));
            }
            i = st.error(&mut out, start, b.len(), "\\ at end of string")?;
            continue;
        };
        i += 2;
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b't' => Some(Some('\t')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b'v' => Some(Some('\x0b')),
            b'a' => Some(Some('\x07')),
            _ => None,
        };
        if let Some(ch) = simple {
            if let Some(ch) = ch {
                out.push(ch);
            }
            continue;
        }
        if (b'0'..=b'7').contains(&e) {
            let mut v = (e - b'0') as u32;
            for _ in 0..2 {
                match b.get(i) {
                    Some(&d) if (b'0'..=b'7').contains(&d) => {
                        v = v * 8 + (d - b'0') as u32;
                        i += 1;
                    }
                    _ => break,
                }
            }
            out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            continue;
        }
        let (count, msg) = match e {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                // \N{name} needs the Unicode name table.
                let end = b[i..].iter().position(|&x| x == b'}').map(|p| i + p + 1);
                match (b.get(i), end) {
                    (Some(b'{'), Some(end)) if end > i + 2 => {
                        let name = std::str::from_utf8(&b[i + 1..end - 1]).ok();
                        match name.filter(|n| n.len() <= 256).and_then(crate::modules::unicodedata::lookup_name).and_then(char::from_u32) {
                            Some(c) => {
                                out.push(c);
                                i = end;
                            }
                            None => i = st.error(&mut out, start, end, "unknown Unicode character name")?,
                        }
                    }
                    (None, _) | (Some(b'{'), None) if !final_ => return Ok((out, start)),
                    _ => {
                        let end = if b.get(i) == Some(&b'{') { end.unwrap_or(b.len()) } else { i };
                        i = st.error(&mut out, start, end, "malformed \\N character escape")?;
                    }
                }
                continue;
            }
            _ => {
                out.push('\\');
                out.push(e as char);
                continue;
            }
        };
        match read_hex(b, i, count) {
            Ok(v) => match char_of_code_point(v)? {
                Some(ch) => {
                    out.push(ch);
                    i += count;
                }
                None => i = st.error(&mut out, start, i + count, "illegal Unicode character")?,
            },
            Err(None) if !final_ => return Ok((out, start)),
            Err(None) => i = st.error(&mut out, start, b.len(), msg)?,
            Err(Some(bad)) => i = st.error(&mut out, start, bad, msg)?,
        }
    }
    Ok((out, i))
}

pub fn raw_unicode_escape_decode(b: &[u8], errors: &str, final_: bool) -> PyResult<(String, usize)> {
    let mut st = DecodeState::new("rawunicodeescape", b, errors);
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c as char);
            i += 1;
            continue;
        }
        match b.get(i + 1) {
            Some(b'\\') => {
                out.push_str("\\\\");
                i += 2;
                continue;
            }
            Some(b'u') | Some(b'U') => {}
            None if !final_ => return Ok((out, i)),
            _ => {
                out.push('\\');
                i += 1;
                continue;
            }
        }
        let start = i;
        let (count, msg) = if b[i + 1] == b'u' { (4, "truncated \\uXXXX escape") } else { (8, "truncated \\UXXXXXXXX escape") };
        i += 2;
        match read_hex(b, i, count) {
            Ok(v) => match char_of_code_point(v)? {
                Some(ch) => {
                    out.push(ch);
                    i += count;
                }
                None => i = st.error(&mut out, start, i + count, "\\Uxxxxxxxx out of range")?,
            },
            Err(None) if !final_ => return Ok((out, start)),
            Err(None) => i = st.error(&mut out, start, b.len(), msg)?,
            Err(Some(bad)) => i = st.error(&mut out, start, bad, msg)?,
        }
    }
    Ok((out, i))
}

/// `escape_encode(bytes)`: the body of the bytes repr (single quote escaped).
pub fn escape_encode(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    for &c in b {
        match c {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(c),
            _ => out.extend_from_slice(format!("\\x{:02x}", c).as_bytes()),
        }
    }
    out
}

/// `escape_decode(data)`: bytes-literal escapes; errors only `strict`,
/// `replace` (`?`) and `ignore`, as CPython.
pub fn escape_decode(b: &[u8], errors: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else { return Err(value_error("Trailing \\ in string")) };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d) if (b'0'..=b'7').contains(&d) => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                if i + 1 < b.len() {
                    if let (Some(h), Some(l)) = (hex_val(b[i]), hex_val(b[i + 1])) {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                        continue;
                    }
                }
                match errors {
                    "strict" => return Err(value_error(format!("invalid \\x escape at position {}", i - 2))),
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    other => return Err(value_error(format!("decoding error; unknown error handling code: {}", other))),
                }
                if i < b.len() && hex_val(b[i]).is_some() {
                    i += 1;
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}
