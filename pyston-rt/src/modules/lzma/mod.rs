//! The native `_lzma` module over liblzma (liblzma-sys, built from its
//! bundled xz source): `LZMACompressor`/`LZMADecompressor` for the xz,
//! alone (.lzma) and raw formats with presets or custom filter chains
//! (`filters.rs`), `is_check_supported`, the filter-properties helpers
//! `zipfile` uses, the constants and `LZMAError`. Loops and messages
//! follow CPython's `Modules/_lzmamodule.c`.

mod filters;
mod objects;

use super::module_exc::module_exception;
use crate::object::args;
use crate::object::bytes::{expect_buffer, new_bytes};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{memory_error, PyErr, EXCEPTION};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_bigint, new_bool};
use crate::object::module::{as_module, new_module};
use crate::object::str::new_str;
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::PyResult;
use liblzma_sys as lz;

module_exception!(LZMA_ERROR = "_lzma", "LZMAError", &EXCEPTION, "Call to liblzma failed.");

pub fn lzma_types() -> Vec<&'static TypeObject> {
    vec![&LZMA_ERROR, &objects::COMPRESSOR_TYPE, &objects::DECOMPRESSOR_TYPE]
}

pub const FORMAT_AUTO: i32 = 0;
pub const FORMAT_XZ: i32 = 1;
pub const FORMAT_ALONE: i32 = 2;
pub const FORMAT_RAW: i32 = 3;
pub const CHECK_UNKNOWN: i32 = lz::LZMA_CHECK_ID_MAX as i32 + 1;

#[cold]
pub fn lzma_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&LZMA_ERROR, msg)
}

/// A liblzma status as an exception (`catch_lzma_error`); None on success.
pub fn check(code: lz::lzma_ret) -> PyResult<()> {
    let msg = match code {
        lz::LZMA_OK | lz::LZMA_GET_CHECK | lz::LZMA_NO_CHECK | lz::LZMA_STREAM_END => return Ok(()),
        lz::LZMA_UNSUPPORTED_CHECK => "Unsupported integrity check",
        lz::LZMA_MEM_ERROR => return Err(memory_error("")),
        lz::LZMA_MEMLIMIT_ERROR => "Memory usage limit exceeded",
        lz::LZMA_FORMAT_ERROR => "Input format not supported by decoder",
        lz::LZMA_OPTIONS_ERROR => "Invalid or unsupported options",
        lz::LZMA_DATA_ERROR => "Corrupt input data",
        lz::LZMA_BUF_ERROR => "Insufficient buffer space",
        lz::LZMA_PROG_ERROR => "Internal error",
        other => return Err(lzma_error(format!("Unrecognized error from liblzma: {}", other))),
    };
    Err(lzma_error(msg))
}

fn f_is_check_supported(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = args::one_arg("is_check_supported", a, kw)?;
    let id = args::expect_index(c)?;
    let Ok(id) = i32::try_from(id) else {
        return Err(PyErr::new(&crate::object::exceptions::OVERFLOW_ERROR, "Python int too large to convert to C int"));
    };
    // SAFETY: lzma_check_is_supported accepts any value.
    Ok(new_bool(unsafe { lz::lzma_check_is_supported(id as lz::lzma_check) } != 0))
}

fn f_encode_filter_properties(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let spec = args::one_arg("_encode_filter_properties", a, kw)?;
    let (id, mut opts) = filters::parse_filter(spec)?;
    let f = lz::lzma_filter { id, options: opts.ptr() };
    let mut size = 0u32;
    // SAFETY: `f` points at options of the right type, alive for the call.
    check(unsafe { lz::lzma_properties_size(&mut size, &f) })?;
    let mut out = vec![0u8; size as usize];
    // SAFETY: `out` has the size liblzma asked for.
    check(unsafe { lz::lzma_properties_encode(&f, out.as_mut_ptr()) })?;
    Ok(new_bytes(out))
}

fn f_decode_filter_properties(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("_decode_filter_properties", kw)?;
    args::check_positional("_decode_filter_properties", a.len(), 2, 2)?;
    let id = filters::as_u64(a[0])?;
    let props = expect_buffer(a[1])?.to_vec();
    let mut f = lz::lzma_filter { id, options: std::ptr::null_mut() };
    // SAFETY: `props` is a live buffer; liblzma allocates `f.options`
    // with malloc (null allocator), freed below.
    check(unsafe { lz::lzma_properties_decode(&mut f, std::ptr::null(), props.as_ptr(), props.len()) })?;
    // SAFETY: liblzma filled options of the type matching `id`.
    let r = unsafe { filters::build_spec(&f) };
    // SAFETY: allocated by liblzma's default allocator (malloc).
    unsafe { libc::free(f.options) };
    r
}

static FUNCS: [MethodDef; 3] = [
    MethodDef { name: "is_check_supported", func: f_is_check_supported, flags: 0, doc: "Test whether the given integrity check is supported." },
    MethodDef {
        name: "_encode_filter_properties",
        func: f_encode_filter_properties,
        flags: 0,
        doc: "Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).",
    },
    MethodDef {
        name: "_decode_filter_properties",
        func: f_decode_filter_properties,
        flags: 0,
        doc: "Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).",
    },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_lzma");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_lzma");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    let consts: [(&str, u64); 28] = [
        ("FORMAT_AUTO", FORMAT_AUTO as u64),
        ("FORMAT_XZ", FORMAT_XZ as u64),
        ("FORMAT_ALONE", FORMAT_ALONE as u64),
        ("FORMAT_RAW", FORMAT_RAW as u64),
        ("CHECK_NONE", lz::LZMA_CHECK_NONE as u64),
        ("CHECK_CRC32", lz::LZMA_CHECK_CRC32 as u64),
        ("CHECK_CRC64", lz::LZMA_CHECK_CRC64 as u64),
        ("CHECK_SHA256", lz::LZMA_CHECK_SHA256 as u64),
        ("CHECK_ID_MAX", 15),
        ("CHECK_UNKNOWN", CHECK_UNKNOWN as u64),
        ("FILTER_LZMA1", lz::LZMA_FILTER_LZMA1),
        ("FILTER_LZMA2", lz::LZMA_FILTER_LZMA2),
        ("FILTER_DELTA", lz::LZMA_FILTER_DELTA),
        ("FILTER_X86", lz::LZMA_FILTER_X86),
        ("FILTER_IA64", lz::LZMA_FILTER_IA64),
        ("FILTER_ARM", lz::LZMA_FILTER_ARM),
        ("FILTER_ARMTHUMB", lz::LZMA_FILTER_ARMTHUMB),
        ("FILTER_SPARC", lz::LZMA_FILTER_SPARC),
        ("FILTER_POWERPC", lz::LZMA_FILTER_POWERPC),
        ("MF_HC3", lz::LZMA_MF_HC3 as u64),
        ("MF_HC4", lz::LZMA_MF_HC4 as u64),
        ("MF_BT2", lz::LZMA_MF_BT2 as u64),
        ("MF_BT3", lz::LZMA_MF_BT3 as u64),
        ("MF_BT4", lz::LZMA_MF_BT4 as u64),
        ("MODE_FAST", lz::LZMA_MODE_FAST as u64),
        ("MODE_NORMAL", lz::LZMA_MODE_NORMAL as u64),
        ("PRESET_DEFAULT", lz::LZMA_PRESET_DEFAULT as u64),
        ("PRESET_EXTREME", lz::LZMA_PRESET_EXTREME as u64),
    ];
    for (k, v) in consts {
        dict_set_item_str(d, k, new_bigint(v.into()));
    }
    dict_set_item_str(d, "LZMAError", LZMA_ERROR.to_ref());
    dict_set_item_str(d, "LZMACompressor", objects::COMPRESSOR_TYPE.to_ref());
    dict_set_item_str(d, "LZMADecompressor", objects::DECOMPRESSOR_TYPE.to_ref());
    Ok(m)
}
