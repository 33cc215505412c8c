//! `LZMACompressor` and `LZMADecompressor` over one boxed `lzma_stream`.

use super::filters::{as_u32, as_u64, lzma_options, parse_chain};
use super::{check, CHECK_UNKNOWN, FORMAT_ALONE, FORMAT_AUTO, FORMAT_RAW, FORMAT_XZ};
use crate::object::args::{self, Params};
use crate::object::bytes::{bytes_from_slice, expect_buffer, new_bytes};
use crate::object::exceptions::{value_error, PyErr, EOF_ERROR, OVERFLOW_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::singletons::is_none;
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use liblzma_sys as lz;
use std::cell::UnsafeCell;

/// The first output block CPython's block buffer offers (32 KiB).
const FIRST_BLOCK: usize = 32 * 1024;

/// A boxed `lzma_stream`, ended on drop.
struct LzStream {
    s: Box<lz::lzma_stream>,
}

struct Step {
    code: lz::lzma_ret,
    used: usize,
    /// Output room left unused.
    left: usize,
}

impl LzStream {
    fn new() -> LzStream {
        // SAFETY: LZMA_STREAM_INIT is all zeros (null pointers, default
        // allocator).
        LzStream { s: Box::new(unsafe { std::mem::zeroed() }) }
    }

    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, room: usize, action: lz::lzma_action) -> Step {
        out.reserve(room);
        let len = out.len();
        self.s.next_in = input.as_ptr();
        self.s.avail_in = input.len();
        // SAFETY: `reserve` guarantees `room` bytes after `len`.
        self.s.next_out = unsafe { out.as_mut_ptr().add(len) };
        self.s.avail_out = room;
        // SAFETY: the stream was initialised by an encoder/decoder setup
        // (or is still zeroed, which lzma_code rejects); the pointers
        // describe live memory for the duration of the call.
        let code = unsafe { lz::lzma_code(&mut *self.s, action) };
        let left = self.s.avail_out;
        let used = input.len() - self.s.avail_in;
        // SAFETY: liblzma wrote `room - left` bytes after `len`.
        unsafe { out.set_len(len + room - left) };
        self.s.next_in = std::ptr::null();
        self.s.avail_in = 0;
        self.s.next_out = std::ptr::null_mut();
        self.s.avail_out = 0;
        Step { code, used, left }
    }
}

impl Drop for LzStream {
    fn drop(&mut self) {
        // SAFETY: lzma_end accepts an initialised or a zeroed stream.
        unsafe { lz::lzma_end(&mut *self.s) }
    }
}

/// Output room for the next block (growing like CPython's block buffer),
/// capped so the total stays within `max_length` when non-negative.
fn next_block(have: usize, max_length: isize) -> usize {
    let block = if have == 0 { FIRST_BLOCK } else { have.clamp(FIRST_BLOCK, 1 << 28) };
    if max_length >= 0 {
        block.min((max_length as usize).saturating_sub(have))
    } else {
        block
    }
}

struct CompState {
    lz: LzStream,
    flushed: bool,
}

struct DecompState {
    lz: LzStream,
    check: i32,
    eof: bool,
    needs_input: bool,
    unused_data: Vec<u8>,
    pending: Vec<u8>,
}

#[repr(C)]
pub struct PyLzma<S> {
    ob: PyObject,
    state: UnsafeCell<S>,
}

static COMPRESSOR_METHODS: [MethodDef; 2] = [
    MethodDef { name: "compress", func: c_compress, flags: 0, doc: "Provide data to the compressor object." },
    MethodDef { name: "flush", func: c_flush, flags: 0, doc: "Finish the compression process." },
];

pub static COMPRESSOR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyLzma<CompState>>),
    tp_new: slot(c_new),
    methods: &COMPRESSOR_METHODS,
    module: Some("_lzma"),
    doc: Some("LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\nCreate a compressor object for compressing data incrementally."),
    ..TypeObject::new_static("LZMACompressor", std::mem::size_of::<PyLzma<CompState>>())
});

static DECOMPRESSOR_METHODS: [MethodDef; 1] =
    [MethodDef { name: "decompress", func: d_decompress, flags: 0, doc: "Decompress *data*, returning uncompressed data as bytes." }];

static DECOMPRESSOR_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "check", get: d_check, set: None, doc: "ID of the integrity check used by the input stream." },
    GetSetDef { name: "eof", get: d_eof, set: None, doc: "True if the end-of-stream marker has been reached." },
    GetSetDef { name: "needs_input", get: d_needs_input, set: None, doc: "True if more input is needed before more decompressed data can be produced." },
    GetSetDef { name: "unused_data", get: d_unused_data, set: None, doc: "Data found after the end of the compressed stream." },
];

pub static DECOMPRESSOR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyLzma<DecompState>>),
    tp_new: slot(d_new),
    methods: &DECOMPRESSOR_METHODS,
    getsets: &DECOMPRESSOR_GETSETS,
    module: Some("_lzma"),
    doc: Some("LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)\n--\n\nCreate a decompressor object for decompressing data incrementally."),
    ..TypeObject::new_static("LZMADecompressor", std::mem::size_of::<PyLzma<DecompState>>())
});

#[allow(clippy::mut_from_ref)]
fn comp(o: &PyObject) -> &mut CompState {
    assert!(o.is_exact(&COMPRESSOR_TYPE), "LZMACompressor method on another type");
    // SAFETY: checked the exact type (not subclassable); single-threaded,
    // and no Python code runs while the state is borrowed.
    unsafe { &mut *o.cast::<PyLzma<CompState>>().state.get() }
}

#[allow(clippy::mut_from_ref)]
fn decomp(o: &PyObject) -> &mut DecompState {
    assert!(o.is_exact(&DECOMPRESSOR_TYPE), "LZMADecompressor method on another type");
    // SAFETY: as `comp`.
    unsafe { &mut *o.cast::<PyLzma<DecompState>>().state.get() }
}

/// A C `int` argument.
fn c_int(o: &PyObject) -> PyResult<i32> {
    let v = args::expect_index(o)?;
    i32::try_from(v).map_err(|_| PyErr::new(&OVERFLOW_ERROR, if v > 0 { "signed integer is greater than maximum" } else { "signed integer is less than minimum" }))
}

fn c_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 4];
    Params::new("LZMACompressor", &["format", "check", "preset", "filters"], 0).parse(a, kw, &mut out)?;
    let format = out[0].map_or(Ok(FORMAT_XZ), c_int)?;
    let mut check_id = out[1].map_or(Ok(-1), c_int)?;
    let preset_obj = out[2].filter(|p| !is_none(p));
    let filters = out[3].filter(|f| !is_none(f));
    if format != FORMAT_XZ && check_id != -1 && check_id != lz::LZMA_CHECK_NONE as i32 {
        return Err(value_error("Integrity checks are only supported by FORMAT_XZ"));
    }
    if preset_obj.is_some() && filters.is_some() {
        return Err(value_error("Cannot specify both preset and filter chain"));
    }
    let preset = preset_obj.map_or(Ok(lz::LZMA_PRESET_DEFAULT), as_u32)?;
    let mut lzs = LzStream::new();
    let s = &mut *lzs.s;
    match format {
        FORMAT_XZ => {
            if check_id == -1 {
                check_id = lz::LZMA_CHECK_CRC64 as i32;
            }
            let code = match filters {
                // SAFETY: `s` is a zeroed stream; liblzma validates the rest.
                None => unsafe { lz::lzma_easy_encoder(s, preset, check_id as lz::lzma_check) },
                Some(f) => {
                    let chain = parse_chain(f)?;
                    // SAFETY: the chain's options outlive the call.
                    unsafe { lz::lzma_stream_encoder(s, chain.raw.as_ptr(), check_id as lz::lzma_check) }
                }
            };
            check(code)?;
        }
        FORMAT_ALONE => {
            let code = match filters {
                None => {
                    let opts = lzma_options(preset)?;
                    // SAFETY: valid options and a zeroed stream.
                    unsafe { lz::lzma_alone_encoder(s, &*opts) }
                }
                Some(f) => {
                    let chain = parse_chain(f)?;
                    if chain.raw.len() != 2 || chain.raw[0].id != lz::LZMA_FILTER_LZMA1 {
                        return Err(value_error("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter"));
                    }
                    // SAFETY: the first filter is LZMA1, whose options are
                    // an lzma_options_lzma owned by `chain`.
                    unsafe { lz::lzma_alone_encoder(s, chain.raw[0].options as *const lz::lzma_options_lzma) }
                }
            };
            check(code)?;
        }
        FORMAT_RAW => {
            let Some(f) = filters else {
                return Err(value_error("Must specify filters for FORMAT_RAW"));
            };
            let chain = parse_chain(f)?;
            // SAFETY: the chain's options outlive the call.
            check(unsafe { lz::lzma_raw_encoder(s, chain.raw.as_ptr()) })?;
        }
        _ => return Err(value_error(format!("Invalid container format: {}", format))),
    }
    Ok(new_object(t, |ob| PyLzma { ob, state: UnsafeCell::new(CompState { lz: lzs, flushed: false }) }))
}

/// CPython's `compress()` loop.
fn run_compress(lz: &mut LzStream, input: &[u8], action: lz::lzma_action) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut room = next_block(0, -1);
    loop {
        let st = lz.step(&input[pos..], &mut out, room, action);
        pos += st.used;
        room = st.left;
        let mut code = st.code;
        if code == lz::LZMA_BUF_ERROR && input.is_empty() && room > 0 {
            code = lz::LZMA_OK;
        }
        check(code)?;
        if (action == lz::LZMA_RUN && pos == input.len()) || (action == lz::LZMA_FINISH && code == lz::LZMA_STREAM_END) {
            break;
        }
        if room == 0 {
            room = next_block(out.len(), -1);
        }
    }
    Ok(out)
}

fn c_compress(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let data = args::one_arg("LZMACompressor.compress", &a[1..], kw)?;
    let data = expect_buffer(data)?.to_vec();
    let st = comp(a[0]);
    if st.flushed {
        return Err(value_error("Compressor has been flushed"));
    }
    Ok(new_bytes(run_compress(&mut st.lz, &data, lz::LZMA_RUN)?))
}

fn c_flush(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("LZMACompressor.flush", &a[1..], kw)?;
    let st = comp(a[0]);
    if st.flushed {
        return Err(value_error("Repeated call to flush()"));
    }
    st.flushed = true;
    Ok(new_bytes(run_compress(&mut st.lz, &[], lz::LZMA_FINISH)?))
}

fn d_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 3];
    Params::new("LZMADecompressor", &["format", "memlimit", "filters"], 0).parse(a, kw, &mut out)?;
    let format = out[0].map_or(Ok(FORMAT_AUTO), c_int)?;
    let memlimit = out[1].filter(|m| !is_none(m));
    let filters = out[2].filter(|f| !is_none(f));
    let mut limit = u64::MAX;
    if let Some(m) = memlimit {
        if format == FORMAT_RAW {
            return Err(value_error("Cannot specify memory limit with FORMAT_RAW"));
        }
        limit = as_u64(m)?;
    }
    if format == FORMAT_RAW && filters.is_none() {
        return Err(value_error("Must specify filters for FORMAT_RAW"));
    } else if format != FORMAT_RAW && filters.is_some() {
        return Err(value_error("Cannot specify filters except with FORMAT_RAW"));
    }
    let flags = lz::LZMA_TELL_ANY_CHECK | lz::LZMA_TELL_NO_CHECK;
    let mut lzs = LzStream::new();
    let s = &mut *lzs.s;
    let mut check_id = CHECK_UNKNOWN;
    // SAFETY (each setup call): `s` is a zeroed, boxed stream.
    match format {
        FORMAT_AUTO => check(unsafe { lz::lzma_auto_decoder(s, limit, flags) })?,
        FORMAT_XZ => check(unsafe { lz::lzma_stream_decoder(s, limit, flags) })?,
        FORMAT_ALONE => {
            check_id = lz::LZMA_CHECK_NONE as i32;
            check(unsafe { lz::lzma_alone_decoder(s, limit) })?
        }
        FORMAT_RAW => {
            check_id = lz::LZMA_CHECK_NONE as i32;
            let chain = parse_chain(filters.expect("checked"))?;
            // SAFETY: the chain's options outlive the call.
            check(unsafe { lz::lzma_raw_decoder(s, chain.raw.as_ptr()) })?
        }
        _ => return Err(value_error(format!("Invalid container format: {}", format))),
    }
    let st = DecompState { lz: lzs, check: check_id, eof: false, needs_input: true, unused_data: Vec::new(), pending: Vec::new() };
    Ok(new_object(t, |ob| PyLzma { ob, state: UnsafeCell::new(st) }))
}

/// CPython's `decompress_buf`; returns (output, input used, room left).
fn decompress_buf(st: &mut DecompState, input: &[u8], max_length: isize) -> PyResult<(Vec<u8>, usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut room = next_block(0, max_length);
    loop {
        let s = st.lz.step(&input[pos..], &mut out, room, lz::LZMA_RUN);
        pos += s.used;
        room = s.left;
        let mut code = s.code;
        if code == lz::LZMA_BUF_ERROR && pos == input.len() && room > 0 {
            code = lz::LZMA_OK;
        }
        check(code)?;
        if code == lz::LZMA_GET_CHECK || code == lz::LZMA_NO_CHECK {
            // SAFETY: the stream is an initialised decoder.
            st.check = unsafe { lz::lzma_get_check(&*st.lz.s) } as i32;
        }
        if code == lz::LZMA_STREAM_END {
            st.eof = true;
            break;
        } else if room == 0 {
            if max_length >= 0 && out.len() == max_length as usize {
                break;
            }
            room = next_block(out.len(), max_length);
        } else if pos == input.len() {
            break;
        }
    }
    Ok((out, pos, room))
}

fn d_decompress(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("decompress", &["data", "max_length"], 1).parse(&a[1..], kw, &mut out)?;
    let data = expect_buffer(out[0].expect("required"))?.to_vec();
    let max_length = out[1].map_or(Ok(-1), args::expect_index)?;
    let st = decomp(a[0]);
    if st.eof {
        return Err(PyErr::new(&EOF_ERROR, "Already at end of stream"));
    }
    let input = if st.pending.is_empty() {
        data
    } else {
        let mut p = std::mem::take(&mut st.pending);
        p.extend_from_slice(&data);
        p
    };
    let (result, used, room) = decompress_buf(st, &input, max_length)?;
    let rest = &input[used..];
    if st.eof {
        st.needs_input = false;
        if !rest.is_empty() {
            st.unused_data = rest.to_vec();
        }
    } else if rest.is_empty() {
        // Output full with no input left: liblzma may still hold output.
        st.needs_input = room != 0;
    } else {
        st.needs_input = false;
        st.pending = rest.to_vec();
    }
    Ok(new_bytes(result))
}

fn d_check(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(decomp(o).check as i64))
}

fn d_eof(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(decomp(o).eof))
}

fn d_needs_input(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(decomp(o).needs_input))
}

fn d_unused_data(o: &PyObject) -> PyResult<PyRef> {
    Ok(bytes_from_slice(&decomp(o).unused_data))
}
