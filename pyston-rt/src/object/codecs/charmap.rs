//! One-byte codecs: ASCII, Latin-1 and the charmap codec (a decoding
//! table str, or any mapping, as the `encodings.cp1252`-style modules
//! pass; `charmap_build` makes the encoding dict from a decoding table).

use super::errors::{DecodeState, EncodeState, Repl};
use super::super::dict::{as_dict, dict_get, dict_set, new_dict};
use super::super::exceptions::{type_error, LOOKUP_ERROR};
use super::super::int::{int_value_i64, new_int};
use super::super::str::str_value;
use super::super::{protocol, PyObject, PyRef, PyResult};

/// Encode the characters of a handler's text replacement with `one`
/// (which maps a char to its bytes, or None); any failure raises the
/// original error for `start..end`.
fn encode_repl(
    st: &EncodeState,
    r: Repl,
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u8>,
    one: &mut dyn FnMut(char, &mut Vec<u8>) -> PyResult<bool>,
) -> PyResult<()> {
    match r {
        Repl::Bytes(b) => out.extend_from_slice(&b),
        Repl::Str(s) => {
            for c in s.chars() {
                if !one(c, out)? {
                    return Err(st.exception(start, end, reason));
                }
            }
        }
    }
    Ok(())
}

/// ASCII (`limit` 128) / Latin-1 (`limit` 256) encoding.
pub fn encode_limit(s: &str, limit: u32, errors: &str) -> PyResult<Vec<u8>> {
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let codec = if limit == 128 { "ascii" } else { "latin-1" };
    let reason = format!("ordinal not in range({})", limit);
    let mut st = EncodeState::new(codec, s, errors);
    let n = st.chars.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let c = st.chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        while i < n && st.chars[i] as u32 >= limit {
            i += 1;
        }
        let (r, next) = st.error(start, i, &reason)?;
        encode_repl(&st, r, start, i, &reason, &mut out, &mut |c, out| {
            if (c as u32) < limit {
                out.push(c as u32 as u8);
                Ok(true)
            } else {
                Ok(false)
            }
        })?;
        i = next;
    }
    Ok(out)
}

pub fn decode_ascii(b: &[u8], errors: &str) -> PyResult<String> {
    if b.is_ascii() {
        // SAFETY: ASCII is valid UTF-8.
        return Ok(unsafe { String::from_utf8_unchecked(b.to_vec()) });
    }
    let mut st = DecodeState::new("ascii", b, errors);
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] < 128 {
            out.push(b[i] as char);
            i += 1;
        } else {
            i = st.error(&mut out, i, i + 1, "ordinal not in range(128)")?;
        }
    }
    Ok(out)
}

pub fn decode_latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

// ---- charmap ----

const UNDEFINED: &str = "character maps to <undefined>";

/// Look `key` up in a mapping: None when it is missing (LookupError) or
/// maps to None.
fn map_get(mapping: &PyObject, key: u32) -> PyResult<Option<PyRef>> {
    let k = new_int(key as i64);
    let v = if as_dict(mapping).is_some() && mapping.is_exact(&super::super::dict::DICT_TYPE) {
        dict_get(mapping, &k)?
    } else {
        match protocol::getitem(mapping, &k) {
            Ok(v) => Some(v),
            Err(e) if e.matches(&LOOKUP_ERROR) => None,
            Err(e) => return Err(e),
        }
    };
    Ok(v.filter(|v| !crate::object::singletons::is_none(v)))
}

/// The bytes `c` encodes to through `mapping` (false when undefined).
fn charmap_encode_one(mapping: &PyObject, c: char, out: &mut Vec<u8>) -> PyResult<bool> {
    let Some(v) = map_get(mapping, c as u32)? else { return Ok(false) };
    if let Some(i) = int_value_i64(&v) {
        if !(0..256).contains(&i) {
            return Err(type_error("character mapping must be in range(256)"));
        }
        out.push(i as u8);
        return Ok(true);
    }
    if let Some(b) = super::super::bytes::bytes_value(&v) {
        out.extend_from_slice(b);
        return Ok(true);
    }
    Err(type_error(format!("character mapping must return integer, bytes or None, not {}", v.type_().name())))
}

/// `charmap_encode(str, errors, mapping)`; `mapping` None is Latin-1.
pub fn charmap_encode(s: &str, errors: &str, mapping: Option<&PyObject>) -> PyResult<Vec<u8>> {
    let Some(mapping) = mapping else { return encode_limit(s, 256, errors) };
    let mut st = EncodeState::new("charmap", s, errors);
    let n = st.chars.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if charmap_encode_one(mapping, st.chars[i], &mut out)? {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut scratch = Vec::new();
        while i < n && !charmap_encode_one(mapping, st.chars[i], &mut scratch)? {
            i += 1;
        }
        let (r, next) = st.error(start, i, UNDEFINED)?;
        encode_repl(&st, r, start, i, UNDEFINED, &mut out, &mut |c, out| charmap_encode_one(mapping, c, out))?;
        i = next;
    }
    Ok(out)
}

/// `charmap_decode(data, errors, mapping)`; `mapping` None is Latin-1.
pub fn charmap_decode(b: &[u8], errors: &str, mapping: Option<&PyObject>) -> PyResult<String> {
    let Some(mapping) = mapping else { return Ok(decode_latin1(b)) };
    let mut st = DecodeState::new("charmap", b, errors);
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    if let Some(table) = str_value(mapping) {
        let table: Vec<char> = table.chars().collect();
        while i < b.len() {
            match table.get(b[i] as usize) {
                Some(&c) if c != '\u{fffe}' => {
                    out.push(c);
                    i += 1;
                }
                _ => i = st.error(&mut out, i, i + 1, UNDEFINED)?,
            }
        }
        return Ok(out);
    }
    while i < b.len() {
        let defined = match map_get(mapping, b[i] as u32)? {
            None => false,
            Some(v) => {
                if let Some(n) = int_value_i64(&v) {
                    if !(0..0x110000).contains(&n) {
                        return Err(type_error("character mapping must be in range(0x110000)"));
                    }
                    if n == 0xfffe {
                        false
                    } else {
                        out.push(char::from_u32(n as u32).unwrap_or('\u{fffd}'));
                        true
                    }
                } else if let Some(s) = str_value(&v) {
                    if s == "\u{fffe}" {
                        false
                    } else {
                        out.push_str(s);
                        true
                    }
                } else {
                    return Err(type_error("character mapping must return integer, None or str"));
                }
            }
        };
        if defined {
            i += 1;
        } else {
            i = st.error(&mut out, i, i + 1, UNDEFINED)?;
        }
    }
    Ok(out)
}

/// `charmap_build(decoding_table)`: the encoding map, a dict
/// `{ord(char): byte}` (CPython builds an opaque `EncodingMap`).
pub fn charmap_build(table: &str) -> PyResult<PyRef> {
    let d = new_dict();
    for (i, c) in table.chars().enumerate().take(256) {
        if c == '\u{fffe}' {
            continue;
        }
        dict_set(&d, &new_int(c as i64), &new_int(i as i64))?;
    }
    Ok(d)
}
