//! The native `spwd` module: the shadow password database through
//! `getspnam`/`getspent` as `struct_spwd`. Reading it needs privileges:
//! without them the C library fails with EACCES and the functions raise
//! PermissionError, as CPython's.

use super::records::{field_def, hidden_field_def, new_structseq};
use crate::object::exceptions::{key_error, type_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::module::new_native_module;
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::ffi::{CStr, CString};

static SPWD_FIELDS: [GetSetDef; 11] = [
    field_def("sp_namp", 0),
    field_def("sp_pwdp", 1),
    field_def("sp_lstchg", 2),
    field_def("sp_min", 3),
    field_def("sp_max", 4),
    field_def("sp_warn", 5),
    field_def("sp_inact", 6),
    field_def("sp_expire", 7),
    field_def("sp_flag", 8),
    hidden_field_def("sp_nam", 9),
    hidden_field_def("sp_pwd", 10),
];
crate::structseq_type!(STRUCT_SPWD_TYPE, "struct_spwd", Some("spwd"), &SPWD_FIELDS);

pub fn spwd_types() -> [&'static TypeObject; 1] {
    [&STRUCT_SPWD_TYPE]
}

fn cstr(p: *const libc::c_char) -> PyRef {
    if p.is_null() {
        return crate::object::singletons::none();
    }
    // SAFETY: non-null NUL-terminated string in the C library's buffer.
    new_str(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
}

fn spwd_obj(p: &libc::spwd) -> PyRef {
    let name = cstr(p.sp_namp);
    let pwd = cstr(p.sp_pwdp);
    new_structseq(
        &STRUCT_SPWD_TYPE,
        vec![
            name.clone(),
            pwd.clone(),
            new_int(p.sp_lstchg as i64),
            new_int(p.sp_min as i64),
            new_int(p.sp_max as i64),
            new_int(p.sp_warn as i64),
            new_int(p.sp_inact as i64),
            new_int(p.sp_expire as i64),
            new_int(p.sp_flag as i64),
            name,
            pwd,
        ],
    )
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn sp_getspnam(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = crate::object::args::one_arg("spwd.getspnam", a, kw)?;
    let s = str_value(o).ok_or_else(|| type_error(format!("getspnam() argument must be str, not {}", o.type_().name())))?;
    let name = CString::new(s).map_err(|_| value_error("embedded null character"))?;
    // SAFETY: clear errno, then the non-reentrant lookup (single interpreter thread).
    let p = unsafe {
        *libc::__errno_location() = 0;
        libc::getspnam(name.as_ptr())
    };
    if p.is_null() {
        let e = errno();
        if e != 0 && e != libc::ENOENT {
            return Err(super::io::os_error_from_errno(e, None));
        }
        return Err(key_error(&new_str("getspnam(): name not found")));
    }
    // SAFETY: non-null entry in the C library's static buffer.
    Ok(spwd_obj(unsafe { &*p }))
}

fn sp_getspall(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("getspall", a, kw)?;
    let mut out = Vec::new();
    // SAFETY: the non-reentrant iteration runs on the one interpreter thread.
    unsafe {
        libc::setspent();
        loop {
            let p = libc::getspent();
            if p.is_null() {
                break;
            }
            out.push(spwd_obj(&*p));
        }
        libc::endspent();
    }
    Ok(new_list(out))
}

static FUNCS: [MethodDef; 2] = [
    MethodDef { name: "getspnam", func: sp_getspnam, flags: 0, doc: "Return the shadow password database entry for the given user name." },
    MethodDef { name: "getspall", func: sp_getspall, flags: 0, doc: "Return a list of all available shadow password database entries, in arbitrary order." },
];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("spwd", &FUNCS, vec![("struct_spwd", STRUCT_SPWD_TYPE.to_ref())]))
}
