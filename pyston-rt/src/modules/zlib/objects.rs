//! `zlib.compressobj()` / `zlib.decompressobj()` objects (`Compress`,
//! `Decompress`): streaming with flush modes, `copy()`, and the
//! decompressor's `unused_data`, `unconsumed_tail` and `eof`.

use super::stream::Stream;
use super::{int_arg, ssize_arg, zlib_error, DEF_BUF_SIZE, DEF_MEM_LEVEL, MAX_WBITS};
use crate::object::args::{self, Params};
use crate::object::bytes::{buffer_bytes, bytes_from_slice, expect_buffer, new_bytes};
use crate::object::exceptions::{memory_error, type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_bool;
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use libz_sys as z;
use std::cell::UnsafeCell;

struct DecompState {
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    zdict: Option<Vec<u8>>,
    eof: bool,
}

#[repr(C)]
pub struct PyZStream {
    ob: PyObject,
    stream: UnsafeCell<Stream>,
    /// Decompressors only.
    dstate: UnsafeCell<DecompState>,
}

impl PyZStream {
    #[allow(clippy::mut_from_ref)]
    fn stream(&self) -> &mut Stream {
        // SAFETY: single-threaded; no borrow is held across Python code
        // (arguments are converted before the stream is touched).
        unsafe { &mut *self.stream.get() }
    }
    #[allow(clippy::mut_from_ref)]
    fn dstate(&self) -> &mut DecompState {
        // SAFETY: as `stream`.
        unsafe { &mut *self.dstate.get() }
    }
}

static COMPRESS_METHODS: [MethodDef; 5] = [
    MethodDef { name: "compress", func: c_compress, flags: 0, doc: "Returns a bytes object containing compressed data." },
    MethodDef { name: "flush", func: c_flush, flags: 0, doc: "Return a bytes object containing any remaining compressed data." },
    MethodDef { name: "copy", func: c_copy, flags: 0, doc: "Return a copy of the compression object." },
    MethodDef { name: "__copy__", func: c_copy, flags: 0, doc: "" },
    MethodDef { name: "__deepcopy__", func: c_deepcopy, flags: 0, doc: "" },
];

pub static COMPRESS_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyZStream>),
    methods: &COMPRESS_METHODS,
    module: Some("zlib"),
    ..TypeObject::new_static("Compress", std::mem::size_of::<PyZStream>())
});

static DECOMPRESS_METHODS: [MethodDef; 5] = [
    MethodDef { name: "decompress", func: d_decompress, flags: 0, doc: "Return a bytes object containing the decompressed version of the data." },
    MethodDef { name: "flush", func: d_flush, flags: 0, doc: "Return a bytes object containing any remaining decompressed data." },
    MethodDef { name: "copy", func: d_copy, flags: 0, doc: "Return a copy of the decompression object." },
    MethodDef { name: "__copy__", func: d_copy, flags: 0, doc: "" },
    MethodDef { name: "__deepcopy__", func: d_deepcopy, flags: 0, doc: "" },
];

static DECOMPRESS_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "unused_data", get: d_unused_data, set: None, doc: "" },
    GetSetDef { name: "unconsumed_tail", get: d_unconsumed_tail, set: None, doc: "" },
    GetSetDef { name: "eof", get: d_eof, set: None, doc: "" },
];

pub static DECOMPRESS_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyZStream>),
    methods: &DECOMPRESS_METHODS,
    getsets: &DECOMPRESS_GETSETS,
    module: Some("zlib"),
    ..TypeObject::new_static("Decompress", std::mem::size_of::<PyZStream>())
});

fn zobj(o: &PyObject) -> &PyZStream {
    assert!(o.is_exact(&COMPRESS_TYPE) || o.is_exact(&DECOMPRESS_TYPE), "zlib method on another type");
    // SAFETY: checked the exact type; both use the PyZStream layout.
    unsafe { o.cast::<PyZStream>() }
}

fn wrap(t: &TypeObject, s: Stream, d: DecompState) -> PyRef {
    new_object(t, |ob| PyZStream { ob, stream: UnsafeCell::new(s), dstate: UnsafeCell::new(d) })
}

fn empty_state() -> DecompState {
    DecompState { unused_data: Vec::new(), unconsumed_tail: Vec::new(), zdict: None, eof: false }
}

pub fn f_compressobj(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 6];
    Params::new("compressobj", &["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0).parse(a, kw, &mut out)?;
    let level = int_arg(out[0], z::Z_DEFAULT_COMPRESSION)?;
    let method = int_arg(out[1], z::Z_DEFLATED)?;
    let wbits = int_arg(out[2], MAX_WBITS)?;
    let mem_level = int_arg(out[3], DEF_MEM_LEVEL)?;
    let strategy = int_arg(out[4], z::Z_DEFAULT_STRATEGY)?;
    let zdict = match out[5] {
        Some(d) => Some(expect_buffer(d)?.to_vec()),
        None => None,
    };
    let mut s = match Stream::deflate(level, method, wbits, mem_level, strategy) {
        Ok(s) => s,
        Err(e) if e.code == z::Z_MEM_ERROR => return Err(memory_error("Can't allocate memory for compression object")),
        Err(e) if e.code == z::Z_STREAM_ERROR => return Err(value_error("Invalid initialization option")),
        Err(e) => return Err(zlib_error(&e, "while creating compression object")),
    };
    if let Some(d) = zdict {
        if s.set_dictionary(&d) != z::Z_OK {
            return Err(value_error("Invalid dictionary"));
        }
    }
    Ok(wrap(&COMPRESS_TYPE, s, empty_state()))
}

fn c_compress(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params { fname: "compress", names: &["data"], required: 1, posonly: 1, kwonly: 1 }.parse(&a[1..], kw, &mut out)?;
    let data = expect_buffer(out[0].expect("required"))?.to_vec();
    let mut result = Vec::new();
    match zobj(a[0]).stream().deflate_all(&data, z::Z_NO_FLUSH, &mut result) {
        Ok(_) => Ok(new_bytes(result)),
        Err(e) => Err(zlib_error(&e, "while compressing data")),
    }
}

fn c_flush(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("flush", kw)?;
    if a.len() > 2 {
        return Err(type_error(format!("flush() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    let mode = int_arg(a.get(1).copied(), z::Z_FINISH)?;
    if mode == z::Z_NO_FLUSH {
        return Ok(new_bytes(Vec::new()));
    }
    let s = zobj(a[0]).stream();
    let mut result = Vec::new();
    let code = match s.deflate_all(&[], mode, &mut result) {
        Ok(c) => c,
        Err(e) => return Err(zlib_error(&e, "while flushing")),
    };
    if code == z::Z_STREAM_END && mode == z::Z_FINISH {
        let rc = s.end();
        if rc != z::Z_OK {
            return Err(zlib_error(&s.err(rc), "while finishing compression"));
        }
    } else if code != z::Z_OK && code != z::Z_BUF_ERROR {
        return Err(zlib_error(&s.err(code), "while flushing"));
    }
    Ok(new_bytes(result))
}

fn copy_stream(o: &PyObject) -> PyResult<Stream> {
    let s = zobj(o).stream();
    if !s.is_live() {
        return Err(value_error("Inconsistent stream state"));
    }
    match s.copy() {
        Ok(c) => Ok(c),
        Err(e) if e.code == z::Z_STREAM_ERROR => Err(value_error("Inconsistent stream state")),
        Err(e) if e.code == z::Z_MEM_ERROR => Err(memory_error("Can't allocate memory for compression object")),
        Err(e) => Err(zlib_error(&e, "while copying compression object")),
    }
}

fn c_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("copy", &a[1..], kw)?;
    Ok(wrap(&COMPRESS_TYPE, copy_stream(a[0])?, empty_state()))
}

fn c_deepcopy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("__deepcopy__", &a[1..], kw)?;
    Ok(wrap(&COMPRESS_TYPE, copy_stream(a[0])?, empty_state()))
}

pub fn f_decompressobj(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("decompressobj", &["wbits", "zdict"], 0).parse(a, kw, &mut out)?;
    let wbits = int_arg(out[0], MAX_WBITS)?;
    let zdict = match out[1] {
        Some(d) => match buffer_bytes(d) {
            Some(b) => Some(b.to_vec()),
            None => return Err(type_error("zdict argument must support the buffer protocol")),
        },
        None => None,
    };
    let mut s = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err(e) if e.code == z::Z_STREAM_ERROR => return Err(value_error("Invalid initialization option")),
        Err(e) if e.code == z::Z_MEM_ERROR => return Err(memory_error("Can't allocate memory for decompression object")),
        Err(e) => return Err(zlib_error(&e, "while creating decompression object")),
    };
    // A raw stream never asks for its dictionary: set it now.
    if wbits < 0 {
        if let Some(d) = &zdict {
            let rc = s.set_dictionary(d);
            if rc != z::Z_OK {
                return Err(zlib_error(&s.err(rc), "while setting zdict"));
            }
        }
    }
    Ok(wrap(&DECOMPRESS_TYPE, s, DecompState { zdict, ..empty_state() }))
}

/// CPython's `save_unconsumed_input`: input left after the end of the
/// stream goes to `unused_data`; input left because the output limit was
/// reached goes to `unconsumed_tail` (cleared once all input is used).
fn save_unconsumed(d: &mut DecompState, input: &[u8], used: usize, code: i32) {
    let mut left = &input[used..];
    if code == z::Z_STREAM_END && !left.is_empty() {
        d.unused_data.extend_from_slice(left);
        left = &[];
    }
    if !left.is_empty() || !d.unconsumed_tail.is_empty() {
        d.unconsumed_tail = left.to_vec();
    }
}

fn d_decompress(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::require_positional("decompress", &a[1..], kw)?;
    let mut out = [None, None];
    Params { fname: "decompress", names: &["data", "max_length"], required: 1, posonly: 1, kwonly: 2 }.parse(&a[1..], kw, &mut out)?;
    let data = expect_buffer(out[0].expect("required"))?.to_vec();
    let max_length = ssize_arg(out[1], 0)?;
    if max_length < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let o = zobj(a[0]);
    let (s, d) = (o.stream(), o.dstate());
    let mut result = Vec::new();
    let zdict = d.zdict.clone();
    let (code, used) = match s.inflate_loop(&data, z::Z_SYNC_FLUSH, z::Z_SYNC_FLUSH, max_length as usize, zdict.as_deref(), &mut result) {
        Ok(r) => r,
        Err(e) => return Err(zlib_error(&e, "while setting zdict")),
    };
    save_unconsumed(d, &data, used, code);
    if code == z::Z_STREAM_END {
        d.eof = true;
    } else if code != z::Z_OK && code != z::Z_BUF_ERROR {
        return Err(zlib_error(&s.err(code), "while decompressing data"));
    }
    Ok(new_bytes(result))
}

fn d_flush(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("flush", kw)?;
    if a.len() > 2 {
        return Err(type_error(format!("flush() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    let length = ssize_arg(a.get(1).copied(), DEF_BUF_SIZE as isize)?;
    if length <= 0 {
        return Err(value_error("length must be greater than zero"));
    }
    let o = zobj(a[0]);
    let (s, d) = (o.stream(), o.dstate());
    let input = std::mem::take(&mut d.unconsumed_tail);
    let zdict = d.zdict.clone();
    let mut result = Vec::new();
    let (code, used) = match s.inflate_loop(&input, z::Z_NO_FLUSH, z::Z_FINISH, 0, zdict.as_deref(), &mut result) {
        Ok(r) => r,
        Err(e) => return Err(zlib_error(&e, "while setting zdict")),
    };
    d.unconsumed_tail = input.clone();
    save_unconsumed(d, &input, used, code);
    if code == z::Z_STREAM_END {
        d.eof = true;
        let rc = s.end();
        if rc != z::Z_OK {
            return Err(zlib_error(&s.err(rc), "while finishing decompression"));
        }
    }
    Ok(new_bytes(result))
}

fn d_copy_obj(o: &PyObject) -> PyResult<PyRef> {
    let s = copy_stream(o)?;
    let d = zobj(o).dstate();
    let state = DecompState {
        unused_data: d.unused_data.clone(),
        unconsumed_tail: d.unconsumed_tail.clone(),
        zdict: d.zdict.clone(),
        eof: d.eof,
    };
    Ok(wrap(&DECOMPRESS_TYPE, s, state))
}

fn d_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("copy", &a[1..], kw)?;
    d_copy_obj(a[0])
}

fn d_deepcopy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("__deepcopy__", &a[1..], kw)?;
    d_copy_obj(a[0])
}

fn d_unused_data(o: &PyObject) -> PyResult<PyRef> {
    Ok(bytes_from_slice(&zobj(o).dstate().unused_data))
}

fn d_unconsumed_tail(o: &PyObject) -> PyResult<PyRef> {
    Ok(bytes_from_slice(&zobj(o).dstate().unconsumed_tail))
}

fn d_eof(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(zobj(o).dstate().eof))
}
