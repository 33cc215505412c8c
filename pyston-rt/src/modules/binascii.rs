//! The native `binascii` module (what `base64`, `uu`, `quopri`, `zipfile`
//! build on): hex, base64 (with `strict_mode`), uuencode, quoted-printable,
//! `crc32` (zlib's) and `crc_hqx`, with CPython 3.11's argument rules, edge
//! cases and messages. `Error` derives from ValueError, `Incomplete` from
//! Exception.

use super::module_exc::module_exception;
use crate::object::args::{self, Params};
use crate::object::bytes::{buffer_bytes, expect_buffer, new_bytes};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error, PyErr, EXCEPTION, VALUE_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{int_value_big, new_int};
use crate::object::module::{as_module, new_module};
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

module_exception!(ERROR = "binascii", "Error", &VALUE_ERROR, "");
module_exception!(INCOMPLETE = "binascii", "Incomplete", &EXCEPTION, "");

pub fn binascii_types() -> [&'static TypeObject; 2] {
    [&ERROR, &INCOMPLETE]
}

#[cold]
fn error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&ERROR, msg)
}

/// CPython's `ascii_buffer` converter: a bytes-like object or an ASCII str.
fn ascii_buffer(o: &PyObject) -> PyResult<Vec<u8>> {
    if let Some(s) = str_value(o) {
        if !s.is_ascii() {
            return Err(value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match buffer_bytes(o) {
        Some(b) => Ok(b.to_vec()),
        None => Err(type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", o.type_().name()))),
    }
}

/// A bytes-like (`Py_buffer`) argument, copied.
fn buffer(o: &PyObject) -> PyResult<Vec<u8>> {
    expect_buffer(o).map(|b| b.to_vec())
}

/// `f(data, /, *, flag)`: the positional count check CPython makes first.
fn one_positional(fname: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let npos = a.len() - args::nkw(kw);
    if npos != 1 {
        return Err(type_error(format!("{}() takes exactly 1 positional argument ({} given)", fname, npos)));
    }
    Ok(())
}

fn flag(o: Option<&PyObject>, default: bool) -> PyResult<bool> {
    o.map_or(Ok(default), protocol::is_true)
}

/// A C `int` flag argument (`header=`, `istext=`): any integer.
fn int_flag(o: Option<&PyObject>, default: bool) -> PyResult<bool> {
    match o {
        None => Ok(default),
        Some(v) => {
            if crate::object::float::as_float(v).is_some() {
                return Err(type_error("'float' object cannot be interpreted as an integer"));
            }
            Ok(args::expect_index(v)? != 0)
        }
    }
}

/// `unsigned int` with bitwise conversion (the value modulo 2**32).
pub fn u32_mask(o: &PyObject) -> PyResult<u32> {
    let v = protocol::index(o)?;
    let v = int_value_big(&v).expect("int");
    Ok((v & BigInt::from(u32::MAX)).to_u32().expect("masked"))
}

// --- uuencode -------------------------------------------------------------

fn a2b_uu(data: &[u8]) -> PyResult<Vec<u8>> {
    // An empty line reads as a NUL length byte (32 zero bytes), as CPython.
    let first = data.first().copied().unwrap_or(0);
    let mut rest = data.get(1..).unwrap_or(&[]);
    let bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut out = Vec::with_capacity(bin_len);
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    while out.len() < bin_len {
        let ch = match rest.first() {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                (c - b' ') & 0o77
            }
        };
        if !rest.is_empty() {
            rest = &rest[1..];
        }
        leftchar = (leftchar << 6) | ch as u32;
        leftbits += 6;
        if leftbits >= 8 {
            leftbits -= 8;
            out.push((leftchar >> leftbits) as u8);
            leftchar &= (1 << leftbits) - 1;
        }
    }
    // Whatever is left must be whitespace (or '`', uuencode's zero).
    for &c in rest {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
    }
    Ok(out)
}

fn b2a_uu(data: &[u8], backtick: bool) -> PyResult<Vec<u8>> {
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let enc = |c: u32| -> u8 {
        if backtick && c == 0 {
            b'`'
        } else {
            b' ' + c as u8
        }
    };
    let mut out = Vec::with_capacity(2 + data.len() * 4 / 3 + 4);
    out.push(enc(data.len() as u32 & 0o77));
    for chunk in data.chunks(3) {
        let mut v = [0u8; 3];
        v[..chunk.len()].copy_from_slice(chunk);
        let n = (v[0] as u32) << 16 | (v[1] as u32) << 8 | v[2] as u32;
        for k in 0..4 {
            out.push(enc((n >> (18 - 6 * k)) & 0x3f));
        }
    }
    out.push(b'\n');
    Ok(out)
}

// --- base64 ---------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

pub fn a2b_base64(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let (mut quad_pos, mut leftchar, mut pads) = (0u32, 0u8, 0u32);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad_pos == 0 {
                return Err(error("Excess padding not allowed"));
            }
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push(leftchar << 2 | v >> 4);
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(leftchar << 4 | v >> 2);
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(leftchar << 6 | v);
                leftchar = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(error("Incorrect padding")),
    }
}

pub fn b2a_base64(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let mut v = [0u8; 3];
        v[..chunk.len()].copy_from_slice(chunk);
        let n = (v[0] as u32) << 16 | (v[1] as u32) << 8 | v[2] as u32;
        let emit = chunk.len() + 1;
        for k in 0..4 {
            out.push(if k < emit { B64[((n >> (18 - 6 * k)) & 0x3f) as usize] } else { b'=' });
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

// --- hex --------------------------------------------------------------------

/// `data` in hex, with `sep` between groups of `bytes_per_sep` bytes
/// (counted from the right when positive, from the left when negative).
pub fn hexlify(data: &[u8], sep: Option<u8>, bytes_per_sep: isize) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = bytes_per_sep.unsigned_abs();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep.filter(|_| group > 0 && i > 0) {
            let boundary = if bytes_per_sep > 0 { (data.len() - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
}

fn unhexlify(data: &[u8]) -> PyResult<Vec<u8>> {
    if data.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    data.chunks(2)
        .map(|p| match (digit(p[0]), digit(p[1])) {
            (Some(h), Some(l)) => Ok((h * 16 + l) as u8),
            _ => Err(error("Non-hexadecimal digit found")),
        })
        .collect()
}

/// The `sep` argument of `hexlify`/`bytes.hex`: one character.
fn sep_arg(o: &PyObject) -> PyResult<u8> {
    let (len, first) = if let Some(s) = str_value(o) {
        (s.chars().count(), s.chars().next().map(|c| c as u32 as u8))
    } else if let Some(b) = buffer_bytes(o) {
        (b.len(), b.first().copied())
    } else {
        return Err(type_error(format!("object of type '{}' has no len()", o.type_().name())));
    };
    match (len, first) {
        (1, Some(c)) => Ok(c),
        _ => Err(value_error("sep must be length 1.")),
    }
}

// --- quoted-printable -------------------------------------------------------

fn a2b_qp(data: &[u8], header: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let n = data.len();
    let mut i = 0;
    let hexval = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    while i < n {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            if data[i] == b'\n' || data[i] == b'\r' {
                // Soft line break.
                if data[i] != b'\n' {
                    while i < n && data[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < n {
                    i += 1;
                }
            } else if data[i] == b'=' {
                // The broken case from a broken Python qp.
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) = (hexval(data[i]), data.get(i + 1).and_then(|&c| hexval(c))) {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

const MAXLINESIZE: usize = 76;

fn b2a_qp(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let n = data.len();
    let at = |i: usize| data.get(i).copied().unwrap_or(0);
    // Line ends are CRLF when the first LF follows a CR.
    let crlf = match memchr::memchr(b'\n', data) {
        Some(p) => p > 0 && data[p - 1] == b'\r',
        None => false,
    };
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(n + n / 4);
    let (mut i, mut linelen) = (0usize, 0usize);
    while i < n {
        let c = data[i];
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && matches!(at(i + 1), b'\n' | b'\r' | 0))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if linelen + 3 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            out.extend_from_slice(&[b'=', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (i + 1 < n && c == b'\r' && data[i + 1] == b'\n')) {
            linelen = 0;
            // Protect whitespace at the end of a line.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend_from_slice(&[b'=', HEX[(last >> 4) as usize], HEX[(last & 15) as usize]]);
                }
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && data[i + 1] != b'\n' && linelen + 1 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            if header && c == b' ' {
                out.push(b'_');
            } else {
                out.push(c);
            }
            i += 1;
        }
    }
    out
}

// --- CRCs -------------------------------------------------------------------

const fn hqx_table() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
            k += 1;
        }
        t[i] = crc;
        i += 1;
    }
    t
}

static CRC_HQX: [u16; 256] = hqx_table();

pub fn crc_hqx(data: &[u8], crc: u32) -> u32 {
    let mut crc = (crc & 0xffff) as u16;
    for &b in data {
        crc = (crc << 8) ^ CRC_HQX[((crc >> 8) as u8 ^ b) as usize];
    }
    crc as u32
}

// --- the Python functions ------------------------------------------------------

fn f_a2b_uu(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let d = args::one_arg("binascii.a2b_uu", a, kw)?;
    Ok(new_bytes(a2b_uu(&ascii_buffer(d)?)?))
}

fn f_b2a_uu(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    one_positional("b2a_uu", a, kw)?;
    let mut out = [None, None];
    Params { fname: "b2a_uu", names: &["data", "backtick"], required: 1, posonly: 1, kwonly: 1 }.parse(a, kw, &mut out)?;
    let data = buffer(out[0].expect("required"))?;
    Ok(new_bytes(b2a_uu(&data, flag(out[1], false)?)?))
}

fn f_a2b_base64(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    one_positional("a2b_base64", a, kw)?;
    let mut out = [None, None];
    Params { fname: "a2b_base64", names: &["data", "strict_mode"], required: 1, posonly: 1, kwonly: 1 }.parse(a, kw, &mut out)?;
    let data = ascii_buffer(out[0].expect("required"))?;
    Ok(new_bytes(a2b_base64(&data, flag(out[1], false)?)?))
}

fn f_b2a_base64(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    one_positional("b2a_base64", a, kw)?;
    let mut out = [None, None];
    Params { fname: "b2a_base64", names: &["data", "newline"], required: 1, posonly: 1, kwonly: 1 }.parse(a, kw, &mut out)?;
    let data = buffer(out[0].expect("required"))?;
    Ok(new_bytes(b2a_base64(&data, flag(out[1], true)?)))
}

fn hex_common(fname: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None];
    Params::new(fname, &["data", "sep", "bytes_per_sep"], 1).parse(a, kw, &mut out)?;
    let data = buffer(out[0].expect("required"))?;
    let sep = out[1].map(sep_arg).transpose()?;
    let bps = out[2].map_or(Ok(1), args::expect_index)?;
    Ok(new_bytes(hexlify(&data, sep, bps)))
}

fn f_b2a_hex(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    hex_common("b2a_hex", a, kw)
}

fn f_hexlify(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    hex_common("hexlify", a, kw)
}

fn f_a2b_hex(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let d = args::one_arg("binascii.a2b_hex", a, kw)?;
    Ok(new_bytes(unhexlify(&ascii_buffer(d)?)?))
}

fn f_unhexlify(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let d = args::one_arg("binascii.unhexlify", a, kw)?;
    Ok(new_bytes(unhexlify(&ascii_buffer(d)?)?))
}

fn f_crc_hqx(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("crc_hqx", kw)?;
    args::check_positional("crc_hqx", a.len(), 2, 2)?;
    let data = buffer(a[0])?;
    let crc = u32_mask(a[1])?;
    Ok(new_int(crc_hqx(&data, crc) as i64))
}

fn f_crc32(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("crc32", kw)?;
    args::check_positional("crc32", a.len(), 1, 2)?;
    let data = buffer(a[0])?;
    let crc = a.get(1).map_or(Ok(0), |c| u32_mask(c))?;
    Ok(new_int(super::zlib::crc32(crc, &data) as i64))
}

fn f_a2b_qp(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("a2b_qp", &["data", "header"], 1).parse(a, kw, &mut out)?;
    let data = ascii_buffer(out[0].expect("required"))?;
    Ok(new_bytes(a2b_qp(&data, int_flag(out[1], false)?)))
}

fn f_b2a_qp(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None, None];
    Params::new("b2a_qp", &["data", "quotetabs", "istext", "header"], 1).parse(a, kw, &mut out)?;
    let data = buffer(out[0].expect("required"))?;
    let (q, t, h) = (int_flag(out[1], false)?, int_flag(out[2], true)?, int_flag(out[3], false)?);
    Ok(new_bytes(b2a_qp(&data, q, t, h)))
}

static FUNCS: [MethodDef; 12] = [
    MethodDef { name: "a2b_uu", func: f_a2b_uu, flags: 0, doc: "Decode a line of uuencoded data." },
    MethodDef { name: "b2a_uu", func: f_b2a_uu, flags: 0, doc: "Uuencode line of data." },
    MethodDef { name: "a2b_base64", func: f_a2b_base64, flags: 0, doc: "Decode a line of base64 data." },
    MethodDef { name: "b2a_base64", func: f_b2a_base64, flags: 0, doc: "Base64-code line of data." },
    MethodDef { name: "a2b_hex", func: f_a2b_hex, flags: 0, doc: "Binary data of hexadecimal representation." },
    MethodDef { name: "b2a_hex", func: f_b2a_hex, flags: 0, doc: "Hexadecimal representation of binary data." },
    MethodDef { name: "hexlify", func: f_hexlify, flags: 0, doc: "Hexadecimal representation of binary data." },
    MethodDef { name: "unhexlify", func: f_unhexlify, flags: 0, doc: "Binary data of hexadecimal representation." },
    MethodDef { name: "crc_hqx", func: f_crc_hqx, flags: 0, doc: "Compute CRC-CCITT incrementally." },
    MethodDef { name: "crc32", func: f_crc32, flags: 0, doc: "Compute CRC-32 incrementally." },
    MethodDef { name: "a2b_qp", func: f_a2b_qp, flags: 0, doc: "Decode a string of qp-encoded data." },
    MethodDef { name: "b2a_qp", func: f_b2a_qp, flags: 0, doc: "Encode a string using quoted-printable encoding." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("binascii");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("binascii");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "Error", ERROR.to_ref());
    dict_set_item_str(d, "Incomplete", INCOMPLETE.to_ref());
    dict_set_item_str(d, "__doc__", new_str("Conversion between binary data and ASCII"));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_roundtrip() {
        for n in 0..10 {
            let data: Vec<u8> = (0..n as u8).map(|b| b.wrapping_mul(37)).collect();
            let enc = b2a_base64(&data, false);
            assert_eq!(a2b_base64(&enc, true).ok().unwrap(), data);
        }
        assert_eq!(b2a_base64(b"abcd", true), b"YWJjZA==\n");
    }

    #[test]
    fn hex_groups() {
        assert_eq!(hexlify(&[1, 2, 3, 4, 5], Some(b'-'), 2), b"01-0203-0405");
        assert_eq!(hexlify(&[1, 2, 3, 4, 5], Some(b':'), -2), b"0102:0304:05");
        assert_eq!(crc_hqx(b"hello", 0), 50018);
    }
}
