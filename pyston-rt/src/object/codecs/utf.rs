//! UTF-8, UTF-16, UTF-32 and UTF-7. Decoders take `final_`: when false,
//! an incomplete sequence at the end is left unconsumed (incremental
//! decoders call again with more input); they return the text and the
//! number of bytes consumed.

use super::errors::{DecodeState, EncodeState, Repl};
use super::super::str_surr::{check_real, has_surrogates, is_surrogate_char};
use super::PyResult;

/// Whether `x` can start a UTF-8 sequence.
fn is_lead_byte(x: u8) -> bool {
    matches!(x, 0x00..=0x7f | 0xc2..=0xf4)
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

pub fn decode_utf8(b: &[u8], errors: &str, final_: bool) -> PyResult<(String, usize)> {
    let mut st = DecodeState::new("utf-8", b, errors);
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                check_real(s)?;
                out.push_str(s);
                pos = b.len();
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY: from_utf8 validated b[pos..pos + good].
                let valid = unsafe { std::str::from_utf8_unchecked(&b[pos..pos + good]) };
                check_real(valid)?;
                out.push_str(valid);
                let start = pos + good;
                if e.error_len().is_none() && !final_ {
                    return Ok((out, start));
                }
                let (end, reason) = utf8_error_span(b, start, e.error_len());
                pos = st.error(&mut out, start, end, reason)?;
            }
        }
    }
    Ok((out, pos))
}

/// The UTF encoders: lone surrogates (stored chars, see `str_surr`) go
/// to the error handler as "surrogates not allowed"; a text replacement
/// must be ASCII (CPython's rule), bytes are copied.
fn encode_utf_with(s: &str, codec: &str, errors: &str, out: &mut Vec<u8>, one: &dyn Fn(char, &mut Vec<u8>)) -> PyResult<()> {
    let mut st = EncodeState::new(codec, s, errors);
    let n = st.chars.len();
    let mut i = 0;
    while i < n {
        let c = st.chars[i];
        if !is_surrogate_char(c) {
            one(c, out);
            i += 1;
            continue;
        }
        let start = i;
        while i < n && is_surrogate_char(st.chars[i]) {
            i += 1;
        }
        let reason = "surrogates not allowed";
        let (r, next) = st.error(start, i, reason)?;
        match r {
            Repl::Bytes(b) => out.extend_from_slice(&b),
            Repl::Str(t) => {
                if !t.is_ascii() {
                    return Err(st.exception(start, i, reason));
                }
                t.chars().for_each(|c| one(c, out));
            }
        }
        i = next;
    }
    Ok(())
}

/// UTF-8 encoding (the bytes of the text unless it holds surrogates).
pub fn encode_utf8(s: &str, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    if !has_surrogates(s) {
        return Ok(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    encode_utf_with(s, codec, errors, &mut out, &|c, out| {
        let mut b = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut b).as_bytes())
    })?;
    Ok(out)
}

pub fn encode_utf16(s: &str, byteorder: i32, errors: &str) -> PyResult<Vec<u8>> {
    let be = byteorder > 0;
    let mut out = Vec::with_capacity(s.len() * 2 + 2);
    if byteorder == 0 {
        out.extend_from_slice(&[0xff, 0xfe]);
    }
    let codec = match byteorder {
        0 => "utf-16",
        b if b > 0 => "utf-16-be",
        _ => "utf-16-le",
    };
    encode_utf_with(s, codec, errors, &mut out, &|c, out| {
        let mut buf = [0u16; 2];
        for u in c.encode_utf16(&mut buf) {
            out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
    })?;
    Ok(out)
}

pub fn encode_utf32(s: &str, byteorder: i32, errors: &str) -> PyResult<Vec<u8>> {
    let be = byteorder > 0;
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    if byteorder == 0 {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
    }
    let codec = match byteorder {
        0 => "utf-32",
        b if b > 0 => "utf-32-be",
        _ => "utf-32-le",
    };
    encode_utf_with(s, codec, errors, &mut out, &|c, out| {
        let u = c as u32;
        out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
    })?;
    Ok(out)
}

/// UTF-16 decoding. `byteorder`: -1 little-endian, 1 big-endian, 0 read a
/// BOM if present (little-endian otherwise). Returns the text, the bytes
/// consumed and the byte order in effect (0 when no BOM was seen).
pub fn decode_utf16(b: &[u8], errors: &str, byteorder: i32, final_: bool) -> PyResult<(String, usize, i32)> {
    let mut bo = byteorder;
    let mut i = 0;
    if bo == 0 && b.len() >= 2 {
        match b {
            [0xff, 0xfe, ..] => {
                bo = -1;
                i = 2;
            }
            [0xfe, 0xff, ..] => {
                bo = 1;
                i = 2;
            }
            _ => {}
        }
    }
    let be = bo > 0;
    let codec = if be { "utf-16-be" } else { "utf-16-le" };
    let mut st = DecodeState::new(codec, b, errors);
    let unit = |i: usize| -> u16 {
        let pair = [b[i], b[i + 1]];
        if be {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    let mut out = String::with_capacity(b.len() / 2);
    while i < b.len() {
        if i + 1 >= b.len() {
            if !final_ {
                break;
            }
            i = st.error(&mut out, i, b.len(), "truncated data")?;
            continue;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            i = st.error(&mut out, i, i + 2, "illegal encoding")?;
            continue;
        }
        if i + 3 >= b.len() {
            if !final_ {
                break;
            }
            i = st.error(&mut out, i, b.len(), "unexpected end of data")?;
            continue;
        }
        let lo = unit(i + 2);
        if !(0xdc00..0xe000).contains(&lo) {
            i = st.error(&mut out, i, i + 2, "illegal UTF-16 surrogate")?;
            continue;
        }
        let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
        out.push(super::super::str_surr::char_of_code_point(cp)?.unwrap_or('\u{fffd}'));
        i += 4;
    }
    Ok((out, i, bo))
}

/// UTF-32 decoding; `byteorder` as for UTF-16.
pub fn decode_utf32(b: &[u8], errors: &str, byteorder: i32, final_: bool) -> PyResult<(String, usize, i32)> {
    let mut bo = byteorder;
    let mut i = 0;
    if bo == 0 && b.len() >= 4 {
        match b {
            [0xff, 0xfe, 0, 0, ..] => {
                bo = -1;
                i = 4;
            }
            [0, 0, 0xfe, 0xff, ..] => {
                bo = 1;
                i = 4;
            }
            _ => {}
        }
    }
    let be = bo > 0;
    let codec = if be { "utf-32-be" } else { "utf-32-le" };
    let mut st = DecodeState::new(codec, b, errors);
    let mut out = String::with_capacity(b.len() / 4);
    while i < b.len() {
        if i + 3 >= b.len() {
            if !final_ {
                break;
            }
            i = st.error(&mut out, i, b.len(), "truncated data")?;
            continue;
        }
        let q = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let cp = if be { u32::from_be_bytes(q) } else { u32::from_le_bytes(q) };
        if cp >= 0x110000 {
            i = st.error(&mut out, i, i + 4, "code point not in range(0x110000)")?;
        } else if (0xd800..0xe000).contains(&cp) {
            i = st.error(&mut out, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")?;
        } else {
            out.push(super::super::str_surr::char_of_code_point(cp)?.unwrap_or('\u{fffd}'));
            i += 4;
        }
    }
    Ok((out, i, bo))
}

// ---- UTF-7 (RFC 2152), CPython's variant ----

fn b64_char(v: u32) -> u8 {
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[(v & 63) as usize]
}

fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Characters encoded directly (RFC 2152's Set D, Set O, space, tab, CR, LF),
/// as CPython's `ENCODE_DIRECT` with `encodeSetO` and `encodeWhiteSpace` false.
fn utf7_direct(c: u32) -> bool {
    c < 128 && c > 0 && {
        let b = c as u8;
        b.is_ascii_alphanumeric() || b"'(),-./:? \t\r\n!\"#$%&*;<=>@[]^_`{|}".contains(&b)
    }
}

pub fn encode_utf7(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut in_shift = false;
    let mut bits: u32 = 0;
    let mut nbits = 0;
    let mut buf = [0u16; 2];
    for c in s.chars() {
        let ch = c as u32;
        if in_shift {
            if utf7_direct(ch) {
                // Close the shift sequence.
                if nbits > 0 {
                    out.push(b64_char(bits << (6 - nbits)));
                }
                bits = 0;
                nbits = 0;
                in_shift = false;
                // A '-' (or a base64 char) after the sequence needs an explicit end.
                if b64_value(ch as u8).is_some() || ch == b'-' as u32 {
                    out.push(b'-');
                }
                out.push(ch as u8);
                continue;
            }
        } else if ch == b'+' as u32 {
            out.extend_from_slice(b"+-");
            continue;
        } else if utf7_direct(ch) {
            out.push(ch as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        for u in c.encode_utf16(&mut buf) {
            bits = (bits << 16) | *u as u32;
            nbits += 16;
            while nbits >= 6 {
                nbits -= 6;
                out.push(b64_char(bits >> nbits));
            }
            bits &= (1 << nbits) - 1;
        }
    }
    if in_shift {
        if nbits > 0 {
            out.push(b64_char(bits << (6 - nbits)));
        }
        out.push(b'-');
    }
    out
}

pub fn decode_utf7(b: &[u8], errors: &str, final_: bool) -> PyResult<(String, usize)> {
    let mut st = DecodeState::new("utf7", b, errors);
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    let mut in_shift = false;
    let mut shift_start = 0;
    let mut out_at_shift = 0;
    let mut bits: u32 = 0;
    let mut nbits = 0;
    let mut surrogate: u32 = 0;
    while i < b.len() {
        let c = b[i];
        if in_shift {
            if let Some(v) = b64_value(c) {
                bits = (bits << 6) | v;
                nbits += 6;
                i += 1;
                if nbits >= 16 {
                    let u = (bits >> (nbits - 16)) & 0xffff;
                    nbits -= 16;
                    bits &= (1 << nbits) - 1;
                    if surrogate != 0 {
                        if (0xdc00..0xe000).contains(&u) {
                            let cp = 0x10000 + ((surrogate - 0xd800) << 10) + (u - 0xdc00);
                            out.push(super::super::str_surr::char_of_code_point(cp)?.unwrap_or('\u{fffd}'));
                            surrogate = 0;
                            continue;
                        }
                        // A lone high surrogate cannot be represented.
                        surrogate = 0;
                        i = st.error(&mut out, shift_start, i, "ill-formed sequence")?;
                        in_shift = false;
                        continue;
                    }
                    if (0xd800..0xdc00).contains(&u) {
                        surrogate = u;
                    } else if (0xdc00..0xe000).contains(&u) {
                        i = st.error(&mut out, shift_start, i, "ill-formed sequence")?;
                        in_shift = false;
                    } else {
                        out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                    }
                }
                continue;
            }
            // The shift sequence ends.
            in_shift = false;
            let start = i;
            i += 1;
            if nbits >= 6 || (bits != 0) || surrogate != 0 {
                let reason = if nbits >= 6 { "partial character in shift sequence" } else { "non-zero padding bits in shift sequence" };
                let reason = if surrogate != 0 && nbits < 6 && bits == 0 { "ill-formed sequence" } else { reason };
                surrogate = 0;
                bits = 0;
                nbits = 0;
                i = st.error(&mut out, shift_start, start, reason)?;
                continue;
            }
            bits = 0;
            nbits = 0;
            if c == b'-' {
                // Absorbed terminator.
            } else {
                i = start;
            }
            continue;
        }
        if c == b'+' {
            shift_start = i;
            out_at_shift = out.len();
            i += 1;
            if i < b.len() && b[i] == b'-' {
                i += 1;
                out.push('+');
            } else if i < b.len() && b64_value(b[i]).is_none() {
                let end = i + 1;
                i = st.error(&mut out, shift_start, end, "ill-formed sequence")?;
            } else {
                in_shift = true;
                bits = 0;
                nbits = 0;
                surrogate = 0;
            }
            continue;
        }
        if c < 128 {
            out.push(c as char);
            i += 1;
        } else {
            i = st.error(&mut out, i, i + 1, "unexpected special character")?;
        }
    }
    if in_shift {
        if !final_ {
            // Leave the unfinished shift sequence for the next call.
            out.truncate(out_at_shift);
            return Ok((out, shift_start));
        }
        if surrogate != 0 || nbits >= 6 || bits != 0 {
            let end = b.len();
            let _ = st.error(&mut out, shift_start, end, "unterminated shift sequence")?;
        }
    }
    Ok((out, b.len()))
}
