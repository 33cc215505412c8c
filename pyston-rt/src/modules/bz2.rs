//! The native `_bz2` module over libbzip2 (bzip2-sys, built from its
//! bundled source): `BZ2Compressor` and `BZ2Decompressor` with CPython's
//! loops (`Modules/_bz2module.c`): when compression stops, how
//! `max_length` limits output, when `needs_input` is set, where input left
//! after the end of the stream goes (`unused_data`), and the errors each
//! libbzip2 status maps to.

use crate::object::args::{self, Params};
use crate::object::bytes::{bytes_from_slice, expect_buffer, new_bytes};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{memory_error, type_error, value_error, PyErr, EOF_ERROR, OS_ERROR, RUNTIME_ERROR, SYSTEM_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_bool;
use crate::object::module::{as_module, new_module};
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use bzip2_sys as bz;
use std::cell::UnsafeCell;

const INITIAL_BUFFER_SIZE: usize = 8192;

/// A libbzip2 status as a Python exception (None for the success codes).
fn bz_error(code: i32) -> Option<PyErr> {
    Some(match code {
        bz::BZ_OK | bz::BZ_RUN_OK | bz::BZ_FLUSH_OK | bz::BZ_FINISH_OK | bz::BZ_STREAM_END => return None,
        bz::BZ_CONFIG_ERROR => PyErr::new(&SYSTEM_ERROR, "libbzip2 was not compiled correctly"),
        bz::BZ_PARAM_ERROR => value_error("Internal error - invalid parameters passed to libbzip2"),
        bz::BZ_MEM_ERROR => memory_error(""),
        bz::BZ_DATA_ERROR | bz::BZ_DATA_ERROR_MAGIC => PyErr::new(&OS_ERROR, "Invalid data stream"),
        bz::BZ_IO_ERROR => PyErr::new(&OS_ERROR, "Unknown I/O error"),
        bz::BZ_UNEXPECTED_EOF => {
            PyErr::new(&EOF_ERROR, "Compressed file ended before the logical end-of-stream was detected")
        }
        bz::BZ_SEQUENCE_ERROR => PyErr::new(&RUNTIME_ERROR, "Internal error - Invalid sequence of commands sent to libbzip2"),
        other => PyErr::new(&OS_ERROR, format!("Unrecognized error from libbzip2: {}", other)),
    })
}

fn check(code: i32) -> PyResult<()> {
    match bz_error(code) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A boxed `bz_stream` (libbzip2's state points back at it), ended on drop.
struct BzStream {
    s: Box<bz::bz_stream>,
    compress: bool,
    live: bool,
}

impl BzStream {
    fn new(compress: bool, level: i32) -> PyResult<BzStream> {
        // SAFETY: an all-zero bz_stream is the documented initial state
        // (null pointers, default allocators).
        let mut s: Box<bz::bz_stream> = Box::new(unsafe { std::mem::zeroed() });
        // SAFETY: `s` is a valid, boxed (stable) stream.
        let code = unsafe {
            if compress {
                bz::BZ2_bzCompressInit(&mut *s, level, 0, 0)
            } else {
                bz::BZ2_bzDecompressInit(&mut *s, 0, 0)
            }
        };
        check(code)?;
        Ok(BzStream { s, compress, live: true })
    }

    /// One call with `input` and `room` bytes of output room after
    /// `out.len()`: returns (status, input used, output room left).
    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, room: usize, action: i32) -> (i32, usize, usize) {
        let avail_in = input.len().min(u32::MAX as usize);
        let room = room.min(u32::MAX as usize);
        out.reserve(room);
        let len = out.len();
        self.s.next_in = input.as_ptr() as *mut _;
        self.s.avail_in = avail_in as u32;
        // SAFETY: `reserve` guarantees `room` bytes after `len`.
        self.s.next_out = unsafe { out.as_mut_ptr().add(len) } as *mut _;
        self.s.avail_out = room as u32;
        // SAFETY: the stream is initialised (callers keep `live`); the
        // pointers describe live memory for the duration of the call.
        let code = unsafe {
            if self.compress {
                bz::BZ2_bzCompress(&mut *self.s, action)
            } else {
                bz::BZ2_bzDecompress(&mut *self.s)
            }
        };
        let left = self.s.avail_out as usize;
        let used = avail_in - self.s.avail_in as usize;
        // SAFETY: libbzip2 wrote `room - left` bytes after `len`.
        unsafe { out.set_len(len + room - left) };
        self.s.next_in = std::ptr::null_mut();
        self.s.avail_in = 0;
        self.s.next_out = std::ptr::null_mut();
        self.s.avail_out = 0;
        (code, used, left)
    }
}

impl Drop for BzStream {
    fn drop(&mut self) {
        if self.live {
            // SAFETY: initialised and not yet ended.
            unsafe {
                if self.compress {
                    bz::BZ2_bzCompressEnd(&mut *self.s);
                } else {
                    bz::BZ2_bzDecompressEnd(&mut *self.s);
                }
            }
        }
    }
}

/// Output room to offer next: CPython's growth (size + size/8 + 6),
/// capped by `max_length` when it is non-negative.
fn grow(size: usize, max_length: isize) -> usize {
    let mut new_size = if size == 0 { INITIAL_BUFFER_SIZE } else { size + (size >> 3) + 6 };
    if max_length >= 0 {
        new_size = new_size.min(max_length as usize);
    }
    new_size.saturating_sub(size)
}

struct CompState {
    bz: BzStream,
    flushed: bool,
}

struct DecompState {
    bz: BzStream,
    eof: bool,
    needs_input: bool,
    unused_data: Vec<u8>,
    /// Input not consumed yet (kept when `max_length` stopped output).
    pending: Vec<u8>,
}

#[repr(C)]
pub struct PyBz2<S> {
    ob: PyObject,
    state: UnsafeCell<S>,
}

impl<S> PyBz2<S> {
    #[allow(clippy::mut_from_ref)]
    fn state(&self) -> &mut S {
        // SAFETY: single-threaded; arguments are converted before the
        // state is borrowed and no Python code runs while it is.
        unsafe { &mut *self.state.get() }
    }
}

static COMPRESSOR_METHODS: [MethodDef; 2] = [
    MethodDef { name: "compress", func: c_compress, flags: 0, doc: "Provide data to the compressor object." },
    MethodDef { name: "flush", func: c_flush, flags: 0, doc: "Finish the compression process." },
];

pub static COMPRESSOR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyBz2<CompState>>),
    tp_new: slot(c_new),
    methods: &COMPRESSOR_METHODS,
    module: Some("_bz2"),
    doc: Some("BZ2Compressor(compresslevel=9, /)\n--\n\nCreate a compressor object for compressing data incrementally."),
    ..TypeObject::new_static("BZ2Compressor", std::mem::size_of::<PyBz2<CompState>>())
});

static DECOMPRESSOR_METHODS: [MethodDef; 1] =
    [MethodDef { name: "decompress", func: d_decompress, flags: 0, doc: "Decompress *data*, returning uncompressed data as bytes." }];

static DECOMPRESSOR_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "eof", get: d_eof, set: None, doc: "True if the end-of-stream marker has been reached." },
    GetSetDef { name: "unused_data", get: d_unused_data, set: None, doc: "Data found after the end of the compressed stream." },
    GetSetDef {
        name: "needs_input",
        get: d_needs_input,
        set: None,
        doc: "True if more input is needed before more decompressed data can be produced.",
    },
];

pub static DECOMPRESSOR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyBz2<DecompState>>),
    tp_new: slot(d_new),
    methods: &DECOMPRESSOR_METHODS,
    getsets: &DECOMPRESSOR_GETSETS,
    module: Some("_bz2"),
    doc: Some("BZ2Decompressor()\n--\n\nCreate a decompressor object for decompressing data incrementally."),
    ..TypeObject::new_static("BZ2Decompressor", std::mem::size_of::<PyBz2<DecompState>>())
});

pub fn bz2_types() -> [&'static TypeObject; 2] {
    [&COMPRESSOR_TYPE, &DECOMPRESSOR_TYPE]
}

fn comp(o: &PyObject) -> &mut CompState {
    assert!(o.is_exact(&COMPRESSOR_TYPE), "BZ2Compressor method on another type");
    // SAFETY: checked the exact type (not subclassable).
    unsafe { o.cast::<PyBz2<CompState>>() }.state()
}

fn decomp(o: &PyObject) -> &mut DecompState {
    assert!(o.is_exact(&DECOMPRESSOR_TYPE), "BZ2Decompressor method on another type");
    // SAFETY: checked the exact type (not subclassable).
    unsafe { o.cast::<PyBz2<DecompState>>() }.state()
}

fn c_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("BZ2Compressor", kw)?;
    args::check_positional("BZ2Compressor", a.len(), 0, 1)?;
    let level = match a.first() {
        Some(l) => {
            let v = args::expect_index(l)?;
            i32::try_from(v).map_err(|_| PyErr::new(&crate::object::exceptions::OVERFLOW_ERROR, "Python int too large to convert to C int"))?
        }
        None => 9,
    };
    if !(1..=9).contains(&level) {
        return Err(value_error("compresslevel must be between 1 and 9"));
    }
    let bz = BzStream::new(true, level)?;
    Ok(new_object(t, |ob| PyBz2 { ob, state: UnsafeCell::new(CompState { bz, flushed: false }) }))
}

/// CPython's `compress()`: BZ_RUN stops when the input is used up,
/// BZ_FINISH when libbzip2 reports the end of the stream.
fn run_compress(bz: &mut BzStream, input: &[u8], action: i32) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut room = 0;
    loop {
        if action == bz::BZ_RUN && pos == input.len() {
            break;
        }
        if room == 0 {
            room = grow(out.len(), -1);
        }
        let (code, used, left) = bz.step(&input[pos..], &mut out, room, action);
        pos += used;
        room = left;
        check(code)?;
        if action == bz::BZ_FINISH && code == bz::BZ_STREAM_END {
            break;
        }
    }
    Ok(out)
}

fn c_compress(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let data = args::one_arg("BZ2Compressor.compress", &a[1..], kw)?;
    let data = expect_buffer(data)?.to_vec();
    let st = comp(a[0]);
    if st.flushed {
        return Err(value_error("Compressor has been flushed"));
    }
    Ok(new_bytes(run_compress(&mut st.bz, &data, bz::BZ_RUN)?))
}

fn c_flush(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("BZ2Compressor.flush", &a[1..], kw)?;
    let st = comp(a[0]);
    if st.flushed {
        return Err(value_error("Repeated call to flush()"));
    }
    st.flushed = true;
    Ok(new_bytes(run_compress(&mut st.bz, &[], bz::BZ_FINISH)?))
}

fn d_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if a.len() > args::nkw(kw) {
        return Err(type_error("BZ2Decompressor() takes no positional arguments"));
    }
    args::no_kwargs("BZ2Decompressor", kw)?;
    let bz = BzStream::new(false, 0)?;
    let st = DecompState { bz, eof: false, needs_input: true, unused_data: Vec::new(), pending: Vec::new() };
    Ok(new_object(t, |ob| PyBz2 { ob, state: UnsafeCell::new(st) }))
}

/// CPython's `decompress_buf`: decompress until the stream ends, the
/// input is used up, or `max_length` (when non-negative) bytes are out.
/// Returns the output and the input used.
fn decompress_buf(st: &mut DecompState, input: &[u8], max_length: isize) -> PyResult<(Vec<u8>, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut room = if max_length < 0 || max_length as usize >= INITIAL_BUFFER_SIZE { INITIAL_BUFFER_SIZE } else { max_length as usize };
    loop {
        let (code, used, left) = st.bz.step(&input[pos..], &mut out, room, 0);
        pos += used;
        room = left;
        check(code)?;
        if code == bz::BZ_STREAM_END {
            st.eof = true;
            break;
        } else if pos == input.len() {
            break;
        } else if room == 0 {
            if max_length >= 0 && out.len() == max_length as usize {
                break;
            }
            room = grow(out.len(), max_length);
        }
    }
    Ok((out, pos))
}

fn d_decompress(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("decompress", &["data", "max_length"], 1).parse(&a[1..], kw, &mut out)?;
    let data = expect_buffer(out[0].expect("required"))?.to_vec();
    let max_length = out[1].map_or(Ok(-1), args::expect_index)?;
    let st = decomp(a[0]);
    if st.eof {
        return Err(PyErr::new(&EOF_ERROR, "End of stream already reached"));
    }
    let input = if st.pending.is_empty() {
        data
    } else {
        let mut p = std::mem::take(&mut st.pending);
        p.extend_from_slice(&data);
        p
    };
    let (result, used) = decompress_buf(st, &input, max_length)?;
    let rest = &input[used..];
    if st.eof {
        st.needs_input = false;
        if !rest.is_empty() {
            st.unused_data = rest.to_vec();
        }
    } else if rest.is_empty() {
        st.needs_input = true;
    } else {
        st.needs_input = false;
        st.pending = rest.to_vec();
    }
    Ok(new_bytes(result))
}

fn d_eof(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(decomp(o).eof))
}

fn d_unused_data(o: &PyObject) -> PyResult<PyRef> {
    Ok(bytes_from_slice(&decomp(o).unused_data))
}

fn d_needs_input(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(decomp(o).needs_input))
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_bz2");
    let d = as_module(&m).expect("module").dict();
    dict_set_item_str(d, "BZ2Compressor", COMPRESSOR_TYPE.to_ref());
    dict_set_item_str(d, "BZ2Decompressor", DECOMPRESSOR_TYPE.to_ref());
    Ok(m)
}
