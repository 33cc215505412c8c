//! `posix.environ` (a dict of bytes read from the C environment at import),
//! `putenv` and `unsetenv` (which change the C environment; `os.environ`
//! calls them and keeps its own mapping).

use super::{fdefs, os_err, path_arg};
use crate::object::args::{check_positional, no_kwargs};
use crate::object::bytes::bytes_from_slice;
use crate::object::dict::{dict_set, new_dict};
use crate::object::exceptions::value_error;
use crate::object::header::{PyObject, PyRef};
use crate::object::singletons::none;
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;

extern "C" {
    static environ: *const *const libc::c_char;
}

pub fn make_environ() -> PyRef {
    let d = new_dict();
    // SAFETY: `environ` is the C library's null-terminated array of
    // NUL-terminated strings; nothing modifies it while we read (one thread).
    unsafe {
        let mut p = environ;
        while !p.is_null() && !(*p).is_null() {
            let s = std::ffi::CStr::from_ptr(*p).to_bytes();
            if let Some(eq) = s.iter().position(|&b| b == b'=') {
                let k = bytes_from_slice(&s[..eq]);
                // The first definition of a name wins, as in CPython.
                if crate::object::dict::dict_get(&d, &k).ok().flatten().is_none() {
                    let _ = dict_set(&d, &k, &bytes_from_slice(&s[eq + 1..]));
                }
            }
            p = p.add(1);
        }
    }
    d
}

fn p_putenv(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("putenv", kw)?;
    check_positional("putenv", args.len(), 2, 2)?;
    let k = path_arg("putenv", Some(args[0]), false, false)?;
    let v = path_arg("putenv", Some(args[1]), false, false)?;
    let kb = k.c.as_bytes();
    if kb.is_empty() || kb.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    // SAFETY: NUL-terminated strings; setenv copies them.
    if unsafe { libc::setenv(k.ptr(), v.ptr(), 1) } != 0 {
        return Err(os_err(super::errno(), None, None));
    }
    Ok(none())
}

fn p_unsetenv(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("unsetenv", kw)?;
    check_positional("unsetenv", args.len(), 1, 1)?;
    let k = path_arg("unsetenv", Some(args[0]), false, false)?;
    let kb = k.c.as_bytes();
    if kb.is_empty() || kb.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    // SAFETY: NUL-terminated name.
    if unsafe { libc::unsetenv(k.ptr()) } != 0 {
        return Err(os_err(super::errno(), None, None));
    }
    Ok(none())
}

pub static ENV_FUNCS: [MethodDef; 2] = fdefs!["putenv" => p_putenv, "unsetenv" => p_unsetenv];
