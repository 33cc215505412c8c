//! The native `zlib` module over the real zlib (libz-sys), so compressed
//! output is byte-identical to CPython's at the same settings:
//! `compress`/`decompress`, `compressobj`/`decompressobj` (`objects.rs`),
//! `crc32`, `adler32`, the constants and `zlib.error`. The stream loops
//! follow CPython's `zlibmodule.c` (which flush mode when, when input is
//! saved as `unconsumed_tail`/`unused_data`, which error says what).

mod objects;
mod stream;

use super::module_exc::module_exception;
use crate::object::args::{self, Params};
use crate::object::bytes::{expect_buffer, new_bytes};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{value_error, PyErr, EXCEPTION};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::str::new_str;
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::PyResult;
use libz_sys as z;
use stream::{Stream, ZErr};

module_exception!(ZLIB_ERROR = "zlib", "error", &EXCEPTION, "");

pub fn zlib_types() -> Vec<&'static TypeObject> {
    vec![&ZLIB_ERROR, &objects::COMPRESS_TYPE, &objects::DECOMPRESS_TYPE]
}

pub const DEF_BUF_SIZE: usize = 16384;
const DEF_MEM_LEVEL: i32 = 8;
const MAX_WBITS: i32 = 15;

/// `zlib.crc32` of `data` continuing from `crc`.
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut crc = crc as z::uLong;
    for chunk in data.chunks(1 << 30) {
        // SAFETY: the pointer and length describe a live slice.
        crc = unsafe { z::crc32(crc, chunk.as_ptr(), chunk.len() as z::uInt) };
    }
    crc as u32
}

fn adler32(adler: u32, data: &[u8]) -> u32 {
    let mut a = adler as z::uLong;
    for chunk in data.chunks(1 << 30) {
        // SAFETY: the pointer and length describe a live slice.
        a = unsafe { z::adler32(a, chunk.as_ptr(), chunk.len() as z::uInt) };
    }
    a as u32
}

/// `zlib.error` built from a zlib status, as CPython's `zlib_error`.
pub fn zlib_error(zerr: &ZErr, what: &str) -> PyErr {
    let msg = match zerr.msg.as_deref() {
        Some(m) => Some(m.to_string()),
        None => match zerr.code {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream".into()),
            z::Z_STREAM_ERROR => Some("inconsistent stream state".into()),
            z::Z_DATA_ERROR => Some("invalid input data".into()),
            _ => None,
        },
    };
    match msg {
        Some(m) => PyErr::new(&ZLIB_ERROR, format!("Error {} {}: {}", zerr.code, what, m)),
        None => PyErr::new(&ZLIB_ERROR, format!("Error {} {}", zerr.code, what)),
    }
}

/// An `int` argument (C int), or `default`.
fn int_arg(o: Option<&PyObject>, default: i32) -> PyResult<i32> {
    match o {
        None => Ok(default),
        Some(v) => {
            let n = args::expect_index(v)?;
            i32::try_from(n).map_err(|_| {
                PyErr::new(
                    &crate::object::exceptions::OVERFLOW_ERROR,
                    if n > 0 { "signed integer is greater than maximum" } else { "signed integer is less than minimum" },
                )
            })
        }
    }
}

/// CPython's check for a missing positional-only argument when keyword
/// parameters follow: `f() takes at least 1 positional argument (0 given)`.
fn require_positional(fname: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let npos = a.len() - args::nkw(kw);
    if npos == 0 {
        return Err(crate::object::exceptions::type_error(format!("{}() takes at least 1 positional argument (0 given)", fname)));
    }
    Ok(())
}

/// A `Py_ssize_t` argument, or `default`.
fn ssize_arg(o: Option<&PyObject>, default: isize) -> PyResult<isize> {
    o.map_or(Ok(default), args::expect_index)
}

fn f_compress(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    require_positional("compress", a, kw)?;
    let mut out = [None, None, None];
    Params { fname: "compress", names: &["data", "level", "wbits"], required: 1, posonly: 1, kwonly: 3 }.parse(a, kw, &mut out)?;
    let data = expect_buffer(out[0].expect("required"))?.to_vec();
    let level = int_arg(out[1], z::Z_DEFAULT_COMPRESSION)?;
    let wbits = int_arg(out[2], MAX_WBITS)?;
    let mut s = match Stream::deflate(level, z::Z_DEFLATED, wbits, DEF_MEM_LEVEL, z::Z_DEFAULT_STRATEGY) {
        Ok(s) => s,
        Err(e) if e.code == z::Z_MEM_ERROR => return Err(crate::object::exceptions::memory_error("Out of memory while compressing data")),
        Err(e) if e.code == z::Z_STREAM_ERROR => return Err(PyErr::new(&ZLIB_ERROR, "Bad compression level")),
        Err(e) => return Err(zlib_error(&e, "while compressing data")),
    };
    let mut result = Vec::new();
    match s.deflate_all(&data, z::Z_FINISH, &mut result) {
        Ok(code) if code == z::Z_STREAM_END => Ok(new_bytes(result)),
        Ok(code) => Err(zlib_error(&s.err(code), "while compressing data")),
        Err(e) => Err(zlib_error(&e, "while compressing data")),
    }
}

fn f_decompress(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    require_positional("decompress", a, kw)?;
    let mut out = [None, None, None];
    Params { fname: "decompress", names: &["data", "wbits", "bufsize"], required: 1, posonly: 1, kwonly: 3 }.parse(a, kw, &mut out)?;
    let data = expect_buffer(out[0].expect("required"))?.to_vec();
    let wbits = int_arg(out[1], MAX_WBITS)?;
    let bufsize = ssize_arg(out[2], DEF_BUF_SIZE as isize)?;
    if bufsize < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let mut s = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err(e) if e.code == z::Z_MEM_ERROR => return Err(crate::object::exceptions::memory_error("Out of memory while decompressing data")),
        Err(e) => return Err(zlib_error(&e, "while preparing to decompress data")),
    };
    let mut result = Vec::with_capacity((bufsize.max(1) as usize).min(1 << 24));
    let code = s.inflate_one_shot(&data, bufsize.max(1) as usize, &mut result);
    if code != z::Z_STREAM_END {
        return Err(zlib_error(&s.err(code), "while decompressing data"));
    }
    Ok(new_bytes(result))
}

fn checksum_args(name: &str, a: &[&PyObject], kw: Option<&PyObject>, default: u32) -> PyResult<(Vec<u8>, u32)> {
    args::no_kwargs(name, kw)?;
    args::check_positional(name, a.len(), 1, 2)?;
    let data = expect_buffer(a[0])?.to_vec();
    let start = a.get(1).map_or(Ok(default), |v| super::binascii::u32_mask(v))?;
    Ok((data, start))
}

fn f_crc32(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (data, start) = checksum_args("crc32", a, kw, 0)?;
    Ok(new_int(crc32(start, &data) as i64))
}

fn f_adler32(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (data, start) = checksum_args("adler32", a, kw, 1)?;
    Ok(new_int(adler32(start, &data) as i64))
}

static FUNCS: [MethodDef; 6] = [
    MethodDef { name: "compress", func: f_compress, flags: 0, doc: "Returns a bytes object containing compressed data." },
    MethodDef { name: "decompress", func: f_decompress, flags: 0, doc: "Returns a bytes object containing the uncompressed data." },
    MethodDef { name: "compressobj", func: objects::f_compressobj, flags: 0, doc: "Return a compressor object." },
    MethodDef { name: "decompressobj", func: objects::f_decompressobj, flags: 0, doc: "Return a decompressor object." },
    MethodDef { name: "crc32", func: f_crc32, flags: 0, doc: "Compute a CRC-32 checksum of data." },
    MethodDef { name: "adler32", func: f_adler32, flags: 0, doc: "Compute an Adler-32 checksum of data." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("zlib");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("zlib");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    let ints: [(&str, i64); 20] = [
        ("MAX_WBITS", MAX_WBITS as i64),
        ("DEFLATED", z::Z_DEFLATED as i64),
        ("DEF_MEM_LEVEL", DEF_MEM_LEVEL as i64),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE as i64),
        ("Z_NO_COMPRESSION", z::Z_NO_COMPRESSION as i64),
        ("Z_BEST_SPEED", z::Z_BEST_SPEED as i64),
        ("Z_BEST_COMPRESSION", z::Z_BEST_COMPRESSION as i64),
        ("Z_DEFAULT_COMPRESSION", z::Z_DEFAULT_COMPRESSION as i64),
        ("Z_FILTERED", z::Z_FILTERED as i64),
        ("Z_HUFFMAN_ONLY", z::Z_HUFFMAN_ONLY as i64),
        ("Z_RLE", z::Z_RLE as i64),
        ("Z_FIXED", z::Z_FIXED as i64),
        ("Z_DEFAULT_STRATEGY", z::Z_DEFAULT_STRATEGY as i64),
        ("Z_NO_FLUSH", z::Z_NO_FLUSH as i64),
        ("Z_PARTIAL_FLUSH", z::Z_PARTIAL_FLUSH as i64),
        ("Z_SYNC_FLUSH", z::Z_SYNC_FLUSH as i64),
        ("Z_FULL_FLUSH", z::Z_FULL_FLUSH as i64),
        ("Z_FINISH", z::Z_FINISH as i64),
        ("Z_BLOCK", z::Z_BLOCK as i64),
        ("Z_TREES", 6),
    ];
    for (k, v) in ints {
        dict_set_item_str(d, k, new_int(v));
    }
    let version = stream::runtime_version();
    dict_set_item_str(d, "ZLIB_VERSION", new_str(version.clone()));
    dict_set_item_str(d, "ZLIB_RUNTIME_VERSION", new_str(version));
    dict_set_item_str(d, "error", ZLIB_ERROR.to_ref());
    dict_set_item_str(
        d,
        "__doc__",
        new_str("The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip."),
    );
    Ok(m)
}
