//! The native `_posixshmem` module (`multiprocessing.shared_memory`):
//! `shm_open` and `shm_unlink` over POSIX shared memory.

use super::posix::sys;
use crate::object::args::{expect_c_int, Params};
use crate::object::exceptions::type_error;
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::new_native_module;
use crate::object::singletons::none;
use crate::object::str::str_value;
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;
use std::ffi::CString;

/// The `path` argument: a str without NUL characters.
fn path(fname: &str, o: &PyObject) -> PyResult<CString> {
    let s = str_value(o)
        .ok_or_else(|| type_error(format!("{}() argument 'path' must be str, not {}", fname, o.type_().name())))?;
    CString::new(s).map_err(|_| crate::object::exceptions::value_error("embedded null character"))
}

fn shm_open(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None];
    Params::new("shm_open", &["path", "flags", "mode"], 2).parse(a, kw, &mut out)?;
    let (p, flags) = (out[0].expect("required"), out[1].expect("required"));
    let name = path("shm_open", p)?;
    let flags = expect_c_int(flags)?;
    let mode = match out[2] {
        Some(m) => expect_c_int(m)?,
        None => 0o777,
    };
    // SAFETY: `name` is NUL-terminated; shm_open only reads it.
    let fd = sys(|| unsafe { libc::shm_open(name.as_ptr(), flags, mode as libc::mode_t) } as isize, Some(p), None)?;
    Ok(new_int(fd as i64))
}

fn shm_unlink(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("shm_unlink", &["path"], 1).parse(a, kw, &mut out)?;
    let p = out[0].expect("required");
    let name = path("shm_unlink", p)?;
    // SAFETY: `name` is NUL-terminated; shm_unlink only reads it.
    sys(|| unsafe { libc::shm_unlink(name.as_ptr()) } as isize, Some(p), None)?;
    Ok(none())
}

static FUNCS: [MethodDef; 2] = [
    MethodDef { name: "shm_open", func: shm_open, flags: 0, doc: "Open a shared memory object.  Returns a file descriptor (integer)." },
    MethodDef { name: "shm_unlink", func: shm_unlink, flags: 0, doc: "Remove a shared memory object (similar to unlink())." },
];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("_posixshmem", &FUNCS, vec![]))
}
