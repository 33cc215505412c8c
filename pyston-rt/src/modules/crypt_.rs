//! The native `_crypt` module: `crypt(word, salt)` from the system
//! libcrypt. The library is opened with `dlopen("libcrypt.so.1")` when the
//! module is imported (the unversioned `libcrypt.so` needed to link it
//! only ships with the -dev package); without it the import fails with
//! ImportError, as a CPython built without `_crypt`.

use crate::object::exceptions::{type_error, value_error, PyErr, IMPORT_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::module::new_native_module;
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;
use std::ffi::{CStr, CString};
use std::sync::OnceLock;

type CryptFn = unsafe extern "C" fn(*const libc::c_char, *const libc::c_char) -> *mut libc::c_char;

/// `crypt` from libcrypt.so.1, looked up once (None: not installed).
fn crypt_fn() -> Option<CryptFn> {
    static F: OnceLock<Option<usize>> = OnceLock::new();
    let addr = *F.get_or_init(|| {
        // SAFETY: dlopen/dlsym with NUL-terminated names; the handle stays
        // open for the life of the process.
        unsafe {
            let h = libc::dlopen(c"libcrypt.so.1".as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL);
            if h.is_null() {
                return None;
            }
            let f = libc::dlsym(h, c"crypt".as_ptr());
            (!f.is_null()).then_some(f as usize)
        }
    });
    // SAFETY: the address is libcrypt's `crypt`, whose C signature is CryptFn.
    addr.map(|a| unsafe { std::mem::transmute::<usize, CryptFn>(a) })
}

fn str_arg(o: &PyObject, n: usize) -> PyResult<CString> {
    let s = str_value(o).ok_or_else(|| {
        let tn = if crate::object::singletons::is_none(o) { "None" } else { o.type_().name() };
        type_error(format!("crypt() argument {} must be str, not {}", n, tn))
    })?;
    CString::new(s).map_err(|_| value_error("embedded null character"))
}

fn c_crypt(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("crypt", kw)?;
    if a.len() != 2 {
        return Err(type_error(format!("crypt expected 2 arguments, got {}", a.len())));
    }
    let word = str_arg(a[0], 1)?;
    let salt = str_arg(a[1], 2)?;
    let f = crypt_fn().ok_or_else(|| PyErr::new(&IMPORT_ERROR, "libcrypt.so.1 is not available"))?;
    // SAFETY: both arguments are NUL-terminated; the result points into
    // libcrypt's static buffer, copied at once (the runtime is single-threaded).
    let r = unsafe { f(word.as_ptr(), salt.as_ptr()) };
    if r.is_null() {
        return Err(super::io::os_error_from_errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(0), None));
    }
    // SAFETY: non-null NUL-terminated result.
    Ok(new_str(unsafe { CStr::from_ptr(r) }.to_string_lossy().into_owned()))
}

static FUNCS: [MethodDef; 1] = [MethodDef { name: "crypt", func: c_crypt, flags: 0, doc: "Hash a *word* with the given *salt* and return the hashed password." }];

pub fn init() -> PyResult<PyRef> {
    if crypt_fn().is_none() {
        return Err(PyErr::new(&IMPORT_ERROR, "No module named '_crypt' (libcrypt.so.1 not found)"));
    }
    Ok(new_native_module("_crypt", &FUNCS, vec![]))
}
