//! Filter specifiers: Python dicts (`{"id": FILTER_LZMA2, "preset": 6}`)
//! to liblzma `lzma_filter` chains and back, with CPython's defaults,
//! conversions and messages.

use super::lzma_error;
use crate::object::dict::{as_dict, dict_items, dict_set_item_str, new_dict};
use crate::object::exceptions::{type_error, value_error, PyErr, OVERFLOW_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, new_bigint, new_int};
use crate::object::str::str_value;
use crate::object::{protocol, PyResult};
use liblzma_sys as lz;
use num_traits::{Signed, ToPrimitive};
use std::ffi::c_void;

/// liblzma's `lzma_options_delta` (not exported by liblzma-sys).
#[repr(C)]
pub struct DeltaOptions {
    pub type_: u32,
    pub dist: u32,
    reserved_int: [u32; 4],
    reserved_ptr: [*mut c_void; 2],
}

/// The options of one filter, owned (liblzma reads them through
/// `lzma_filter.options`).
pub enum Options {
    Lzma(Box<lz::lzma_options_lzma>),
    Delta(Box<DeltaOptions>),
    Bcj(Box<lz::lzma_options_bcj>),
}

impl Options {
    pub fn ptr(&mut self) -> *mut c_void {
        match self {
            Options::Lzma(o) => &mut **o as *mut lz::lzma_options_lzma as *mut c_void,
            Options::Delta(o) => &mut **o as *mut DeltaOptions as *mut c_void,
            Options::Bcj(o) => &mut **o as *mut lz::lzma_options_bcj as *mut c_void,
        }
    }
}

/// A parsed filter chain: the options and the `lzma_filter` array
/// (terminated by LZMA_VLI_UNKNOWN) pointing at them.
pub struct Chain {
    _opts: Vec<Options>,
    pub raw: Vec<lz::lzma_filter>,
}

/// `PyLong_AsUnsignedLongLong`.
pub fn as_u64(o: &PyObject) -> PyResult<u64> {
    let Some(i) = as_int(o) else {
        return Err(type_error("an integer is required"));
    };
    let v = i.to_bigint();
    if v.is_negative() {
        return Err(PyErr::new(&OVERFLOW_ERROR, "can't convert negative int to unsigned"));
    }
    v.to_u64().ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "int too big to convert"))
}

/// CPython's `uint32_converter`.
pub fn as_u32(o: &PyObject) -> PyResult<u32> {
    let v = as_u64(o)?;
    u32::try_from(v).map_err(|_| PyErr::new(&OVERFLOW_ERROR, "Value too large for uint32_t type"))
}

fn is_bcj(id: u64) -> bool {
    matches!(
        id,
        lz::LZMA_FILTER_X86 | lz::LZMA_FILTER_POWERPC | lz::LZMA_FILTER_IA64 | lz::LZMA_FILTER_ARM | lz::LZMA_FILTER_ARMTHUMB | lz::LZMA_FILTER_SPARC
    )
}

/// Options for LZMA1/LZMA2 from `preset`, then the other keys.
pub fn lzma_options(preset: u32) -> PyResult<Box<lz::lzma_options_lzma>> {
    // SAFETY: an all-zero lzma_options_lzma is valid (CPython callocs it);
    // lzma_lzma_preset fills the fields it uses.
    let mut o: Box<lz::lzma_options_lzma> = Box::new(unsafe { std::mem::zeroed() });
    // SAFETY: `o` points at a valid options struct.
    if unsafe { lz::lzma_lzma_preset(&mut *o, preset) } != 0 {
        return Err(lzma_error(format!("Invalid compression preset: {}", preset)));
    }
    Ok(o)
}

/// Apply the dict's other keys with `set` (unknown key or bad value:
/// `ValueError(msg)`, as CPython's keyword parsing failure).
fn apply_keys(items: &[(PyRef, PyRef)], allowed: &[&str], msg: &str, mut set: impl FnMut(&str, &PyObject) -> PyResult<()>) -> PyResult<()> {
    for (k, v) in items {
        let Some(name) = str_value(k).filter(|n| allowed.contains(n)) else {
            return Err(value_error(msg));
        };
        if name == "id" || name == "preset" {
            continue;
        }
        set(name, v).map_err(|_| value_error(msg))?;
    }
    Ok(())
}

/// One filter specifier (`lzma_filter_converter`).
pub fn parse_filter(spec: &PyObject) -> PyResult<(u64, Options)> {
    if as_dict(spec).is_none() {
        return Err(type_error("Filter specifier must be a dict or dict-like object"));
    }
    let items = dict_items(spec);
    let get = |key: &str| items.iter().find(|(k, _)| str_value(k) == Some(key)).map(|(_, v)| v.clone());
    let Some(id_obj) = get("id") else {
        return Err(value_error("Filter specifier must have an \"id\" entry"));
    };
    let id = as_u64(&id_obj)?;
    let opts = match id {
        lz::LZMA_FILTER_LZMA1 | lz::LZMA_FILTER_LZMA2 => {
            let preset = match get("preset") {
                Some(p) => as_u32(&p)?,
                None => lz::LZMA_PRESET_DEFAULT,
            };
            let mut o = lzma_options(preset)?;
            const NAMES: [&str; 10] = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"];
            apply_keys(&items, &NAMES, "Invalid filter specifier for LZMA filter", |name, v| {
                let x = as_u32(v)?;
                match name {
                    "dict_size" => o.dict_size = x,
                    "lc" => o.lc = x,
                    "lp" => o.lp = x,
                    "pb" => o.pb = x,
                    "mode" => o.mode = x as lz::lzma_mode,
                    "nice_len" => o.nice_len = x,
                    "mf" => o.mf = x as lz::lzma_match_finder,
                    _ => o.depth = x,
                }
                Ok(())
            })?;
            Options::Lzma(o)
        }
        lz::LZMA_FILTER_DELTA => {
            let mut dist = 1;
            apply_keys(&items, &["id", "dist"], "Invalid filter specifier for delta filter", |_, v| {
                dist = as_u32(v)?;
                Ok(())
            })?;
            Options::Delta(Box::new(DeltaOptions { type_: 0, dist, reserved_int: [0; 4], reserved_ptr: [std::ptr::null_mut(); 2] }))
        }
        id if is_bcj(id) => {
            let mut start_offset = 0;
            apply_keys(&items, &["id", "start_offset"], "Invalid filter specifier for BCJ filter", |_, v| {
                start_offset = as_u32(v)?;
                Ok(())
            })?;
            Options::Bcj(Box::new(lz::lzma_options_bcj { start_offset }))
        }
        _ => return Err(value_error(format!("Invalid filter ID: {}", id))),
    };
    Ok((id, opts))
}

/// A filter chain from a sequence of specifiers (`parse_filter_chain_spec`).
pub fn parse_chain(specs: &PyObject) -> PyResult<Chain> {
    let n = protocol::len(specs)?;
    if n > lz::LZMA_FILTERS_MAX as usize {
        return Err(value_error(format!("Too many filters - liblzma supports a maximum of {}", lz::LZMA_FILTERS_MAX)));
    }
    let mut opts = Vec::with_capacity(n);
    let mut raw = Vec::with_capacity(n + 1);
    for i in 0..n {
        let spec = protocol::getitem(specs, &new_int(i as i64))?;
        let (id, mut o) = parse_filter(&spec)?;
        raw.push(lz::lzma_filter { id, options: o.ptr() });
        opts.push(o);
    }
    raw.push(lz::lzma_filter { id: lz::LZMA_VLI_UNKNOWN, options: std::ptr::null_mut() });
    Ok(Chain { _opts: opts, raw })
}

/// A filter specifier dict for a decoded filter (`build_filter_spec`).
///
/// # Safety
/// `f.options` must point at the options struct for `f.id`.
pub unsafe fn build_spec(f: &lz::lzma_filter) -> PyResult<PyRef> {
    let d = new_dict();
    let put = |k: &str, v: u64| dict_set_item_str(&d, k, new_bigint(v.into()));
    put("id", f.id);
    // SAFETY (for the casts below): the caller guarantees the options
    // type matches the filter ID.
    match f.id {
        lz::LZMA_FILTER_LZMA1 => {
            // SAFETY: an LZMA1 filter's options are lzma_options_lzma.
            let o = unsafe { &*(f.options as *const lz::lzma_options_lzma) };
            put("lc", o.lc as u64);
            put("lp", o.lp as u64);
            put("pb", o.pb as u64);
            put("dict_size", o.dict_size as u64);
        }
        lz::LZMA_FILTER_LZMA2 => {
            // SAFETY: an LZMA2 filter's options are lzma_options_lzma.
            let o = unsafe { &*(f.options as *const lz::lzma_options_lzma) };
            put("dict_size", o.dict_size as u64);
        }
        lz::LZMA_FILTER_DELTA => {
            // SAFETY: a delta filter's options are lzma_options_delta (DeltaOptions mirrors it).
            let o = unsafe { &*(f.options as *const DeltaOptions) };
            put("dist", o.dist as u64);
        }
        id if is_bcj(id) => {
            // liblzma leaves no options for a zero start offset (CPython
            // dereferences the null pointer there).
            // SAFETY: non-null BCJ options are lzma_options_bcj.
            let start = if f.options.is_null() { 0 } else { unsafe { (*(f.options as *const lz::lzma_options_bcj)).start_offset } };
            put("start_offset", start as u64);
        }
        id => return Err(value_error(format!("Invalid filter ID: {}", id))),
    }
    Ok(d)
}
