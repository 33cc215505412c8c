//! `binascii`, the part the codecs and `base64` need: hex
//! (`hexlify`/`unhexlify`/`b2a_hex`/`a2b_hex` with separators), base64
//! (`b2a_base64`/`a2b_base64` with CPython's lenient and strict decoding
//! and messages), `crc32`, `crc_hqx`, `Error` and `Incomplete`. The uu and
//! quoted-printable functions are not implemented yet.

use crate::object::args::Params;
use crate::object::bytes::{bytes_value, expect_buffer, new_bytes};
use crate::object::descr::new_builtin_function;
use crate::object::dict::{dict_set_item_str, new_dict};
use crate::object::exceptions::{self as exc, type_error, value_error, PyErr};
use crate::object::header::Static;
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::cell::RefCell;

static ERRORS: Static<RefCell<Option<(PyRef, PyRef)>>> = Static(RefCell::new(None));

/// (`binascii.Error`, `binascii.Incomplete`), made once and immortal.
fn error_types() -> (PyRef, PyRef) {
    if let Some(t) = ERRORS.borrow().clone() {
        return t;
    }
    let make = |name: &str, base: &PyObject| -> PyRef {
        let ns = new_dict();
        dict_set_item_str(&ns, "__module__", new_str("binascii"));
        let bases = new_tuple(vec![base.to_ref()]);
        let t = protocol::call(crate::object::TYPE_TYPE.obj(), &[&new_str(name), &bases, &ns], None).unwrap_or_else(|_| base.to_ref());
        crate::object::gc::make_immortal_deep(&t);
        t
    };
    let pair = (make("Error", exc::VALUE_ERROR.obj()), make("Incomplete", exc::EXCEPTION.obj()));
    *ERRORS.borrow_mut() = Some(pair.clone());
    pair
}

fn error(msg: impl Into<String>) -> PyErr {
    let t = error_types().0;
    match protocol::call1(&t, &new_str(msg.into())) {
        Ok(e) => PyErr::from_value(e),
        Err(e) => e,
    }
}

/// An `a2b_*` argument: bytes-like, or an ASCII-only str.
fn ascii_data(o: &PyObject) -> PyResult<Vec<u8>> {
    if let Some(s) = str_value(o) {
        if !s.is_ascii() {
            return Err(value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    crate::object::bytes::buffer_bytes(o)
        .map(|b| b.to_vec())
        .ok_or_else(|| type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", o.type_().name())))
}

// ---- hex ----

fn hexlify_impl(args: &[&PyObject], kw: Option<&PyObject>, fname: &'static str) -> PyResult<PyRef> {
    let p_names: &'static [&'static str] = &["data", "sep", "bytes_per_sep"];
    let params = Params { fname, names: p_names, required: 1, posonly: 0, kwonly: 3 };
    let mut p = [None; 3];
    params.parse(args, kw, &mut p)?;
    let data = expect_buffer(p[0].unwrap())?.to_vec();
    let hex: Vec<u8> = data.iter().flat_map(|b| format!("{:02x}", b).into_bytes()).collect();
    let sep = match p[1] {
        None => None,
        Some(s) if crate::object::singletons::is_none(s) => None,
        Some(s) => {
            let b: Vec<u8> = match str_value(s) {
                Some(t) => t.as_bytes().to_vec(),
                None => bytes_value(s).map(|b| b.to_vec()).ok_or_else(|| type_error("sep must be str or bytes."))?,
            };
            if b.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            if !b[0].is_ascii() {
                return Err(value_error("sep must be ASCII."));
            }
            Some(b[0])
        }
    };
    let per = match p[2] {
        None => 1,
        Some(v) => crate::object::args::expect_index(v)?,
    };
    let Some(sep) = sep.filter(|_| per != 0 && data.len() > 1) else { return Ok(new_bytes(hex)) };
    let group = per.unsigned_abs();
    let n = data.len();
    let mut out = Vec::with_capacity(hex.len() * 2);
    for i in 0..n {
        // Groups count from the right for a positive bytes_per_sep.
        let boundary = if per > 0 { i > 0 && (n - i) % group == 0 } else { i > 0 && i % group == 0 };
        if boundary {
            out.push(sep);
        }
        out.extend_from_slice(&hex[2 * i..2 * i + 2]);
    }
    Ok(new_bytes(out))
}

fn hexlify(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    hexlify_impl(args, kw, "hexlify")
}

fn b2a_hex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    hexlify_impl(args, kw, "b2a_hex")
}

fn unhexlify_impl(args: &[&PyObject], kw: Option<&PyObject>, fname: &'static str) -> PyResult<PyRef> {
    let names: &'static [&'static str] = &["hexstr"];
    let params = Params { fname, names, required: 1, posonly: 1, kwonly: 1 };
    let mut p = [None];
    params.parse(args, kw, &mut p)?;
    let data = ascii_data(p[0].unwrap())?;
    if data.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match ((pair[0] as char).to_digit(16), (pair[1] as char).to_digit(16)) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(out))
}

fn unhexlify(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    unhexlify_impl(args, kw, "unhexlify")
}

fn a2b_hex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    unhexlify_impl(args, kw, "a2b_hex")
}

// ---- base64 ----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params { fname: "b2a_base64", names: &["data", "newline"], required: 1, posonly: 1, kwonly: 1 };
    let mut p = [None; 2];
    P.parse(args, kw, &mut p)?;
    let data = expect_buffer(p[0].unwrap())?.to_vec();
    let newline = match p[1] {
        Some(v) => protocol::is_true(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len() * 4 / 3 + 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let v = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        out.push(B64[(v >> 18) as usize & 63]);
        out.push(B64[(v >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 { B64[(v >> 6) as usize & 63] } else { b'=' });
        out.push(if chunk.len() > 2 { B64[v as usize & 63] } else { b'=' });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

fn a2b_base64(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params { fname: "a2b_base64", names: &["data", "strict_mode"], required: 1, posonly: 1, kwonly: 1 };
    let mut p = [None; 2];
    P.parse(args, kw, &mut p)?;
    let data = ascii_data(p[0].unwrap())?;
    let strict = match p[1] {
        Some(v) => protocol::is_true(v)?,
        None => false,
    };
    let mut out = Vec::with_capacity(data.len() * 3 / 4);
    let (mut quad, mut pads, mut left, mut ndata) = (0u32, 0u32, 0u32, 0usize);
    let mut padding_started = false;
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let mut done = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    done = true;
                    break;
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
        ndata += 1;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
    }
    if !done && quad != 0 {
        if quad == 1 {
            return Err(error(format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                ndata
            )));
        }
        return Err(error("Incorrect padding"));
    }
    Ok(new_bytes(out))
}

// ---- checksums ----

fn crc32_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *e = c;
        }
        t
    })
}

/// The start value: an int taken modulo 2**32 (CPython masks it).
fn start_value(o: Option<&PyObject>, bits: u32) -> PyResult<u32> {
    let Some(v) = o else { return Ok(0) };
    let i = crate::object::int::as_int(v).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", v.type_().name())))?;
    let big = i.to_bigint();
    let m = num_bigint::BigInt::from(1u64 << bits);
    let r = ((big % &m) + &m) % &m;
    Ok(num_traits::ToPrimitive::to_u32(&r).unwrap_or(0))
}

fn crc32(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("crc32", kw)?;
    crate::object::args::check_positional("crc32", args.len(), 1, 2)?;
    let data = expect_buffer(args[0])?;
    let t = crc32_table();
    let mut c = !start_value(args.get(1).copied(), 32)?;
    for &b in data {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    Ok(new_int((!c) as i64))
}

fn crc_hqx(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("crc_hqx", kw)?;
    crate::object::args::check_positional("crc_hqx", args.len(), 2, 2)?;
    let data = expect_buffer(args[0])?;
    let mut crc = start_value(Some(args[1]), 16)? as u16;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    Ok(new_int(crc as i64))
}

static FUNCS: [MethodDef; 8] = [
    MethodDef { name: "hexlify", func: hexlify, flags: 0, doc: "Hexadecimal representation of binary data." },
    MethodDef { name: "b2a_hex", func: b2a_hex, flags: 0, doc: "Hexadecimal representation of binary data." },
    MethodDef { name: "unhexlify", func: unhexlify, flags: 0, doc: "Binary data of hexadecimal representation." },
    MethodDef { name: "a2b_hex", func: a2b_hex, flags: 0, doc: "Binary data of hexadecimal representation." },
    MethodDef { name: "b2a_base64", func: b2a_base64, flags: 0, doc: "Base64-code line of data." },
    MethodDef { name: "a2b_base64", func: a2b_base64, flags: 0, doc: "Decode a line of base64 data." },
    MethodDef { name: "crc32", func: crc32, flags: 0, doc: "Compute CRC-32 incrementally." },
    MethodDef { name: "crc_hqx", func: crc_hqx, flags: 0, doc: "Compute CRC-CCITT incrementally." },
];

/// `import binascii`
pub fn init() -> PyResult<PyRef> {
    let m = new_module("binascii");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("binascii");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    let (e, inc) = error_types();
    dict_set_item_str(d, "Error", e);
    dict_set_item_str(d, "Incomplete", inc);
    Ok(m)
}
