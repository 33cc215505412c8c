//! The `pwd` and `grp` modules: the password and group databases through
//! the reentrant C library calls, as `struct_passwd` / `struct_group`.

use super::records::{field_def, new_structseq};
use crate::object::args::no_args;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, PyErr};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::ffi::{CStr, CString};

static PASSWD_FIELDS: [GetSetDef; 7] = [
    field_def("pw_name", 0),
    field_def("pw_passwd", 1),
    field_def("pw_uid", 2),
    field_def("pw_gid", 3),
    field_def("pw_gecos", 4),
    field_def("pw_dir", 5),
    field_def("pw_shell", 6),
];
crate::structseq_type!(STRUCT_PASSWD_TYPE, "struct_passwd", Some("pwd"), &PASSWD_FIELDS);

static GROUP_FIELDS: [GetSetDef; 4] = [field_def("gr_name", 0), field_def("gr_passwd", 1), field_def("gr_gid", 2), field_def("gr_mem", 3)];
crate::structseq_type!(STRUCT_GROUP_TYPE, "struct_group", Some("grp"), &GROUP_FIELDS);

pub fn pwd_types() -> [&'static TypeObject; 2] {
    [&STRUCT_PASSWD_TYPE, &STRUCT_GROUP_TYPE]
}

/// A C string field as str (UTF-8, lossy); null as ''.
fn cstr(p: *const libc::c_char) -> PyRef {
    if p.is_null() {
        return new_str("");
    }
    // SAFETY: non-null NUL-terminated string owned by the C library buffer.
    new_str(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
}

fn passwd_obj(p: &libc::passwd) -> PyRef {
    new_structseq(
        &STRUCT_PASSWD_TYPE,
        vec![cstr(p.pw_name), cstr(p.pw_passwd), new_int(p.pw_uid as i64), new_int(p.pw_gid as i64), cstr(p.pw_gecos), cstr(p.pw_dir), cstr(p.pw_shell)],
    )
}

fn group_obj(g: &libc::group) -> PyRef {
    let mut mem = Vec::new();
    if !g.gr_mem.is_null() {
        let mut p = g.gr_mem;
        // SAFETY: gr_mem is a null-terminated array of C strings.
        unsafe {
            while !(*p).is_null() {
                mem.push(cstr(*p));
                p = p.add(1);
            }
        }
    }
    new_structseq(&STRUCT_GROUP_TYPE, vec![cstr(g.gr_name), cstr(g.gr_passwd), new_int(g.gr_gid as i64), new_list(mem)])
}

/// Run a `get*_r` call with a growing buffer and convert the entry while
/// the buffer its strings point into is alive; None: not found.
fn lookup_r<T>(mut call: impl FnMut(*mut T, &mut [u8], *mut *mut T) -> i32, conv: impl Fn(&T) -> PyRef) -> PyResult<Option<PyRef>> {
    let mut cap = 1024;
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: T is a plain C struct; the call fills it.
        let mut ent: T = unsafe { std::mem::zeroed() };
        let mut res: *mut T = std::ptr::null_mut();
        let r = call(&mut ent, &mut buf, &mut res);
        if r == libc::ERANGE && cap < 1 << 20 {
            cap *= 4;
            continue;
        }
        if r != 0 && r != libc::ENOENT && r != libc::ESRCH && r != libc::EBADF && r != libc::EPERM {
            return Err(super::io::os_error_from_errno(r, None));
        }
        if res.is_null() {
            return Ok(None);
        }
        return Ok(Some(conv(&ent)));
    }
}

fn id_arg(o: &PyObject) -> PyResult<i64> {
    let v = protocol::index(o)?;
    crate::object::int::int_value_i64(&v).ok_or_else(|| PyErr::new(&crate::object::exceptions::OVERFLOW_ERROR, "uid is greater than maximum"))
}

fn key_err(msg: String) -> PyErr {
    crate::object::exceptions::key_error(&new_str(msg))
}

fn pw_getpwuid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = crate::object::args::one_arg("getpwuid", args, kw)?;
    let uid = id_arg(o)?;
    let r = lookup_r(|e: *mut libc::passwd, b, res| {
        // SAFETY: valid buffers and out-parameters.
        unsafe { libc::getpwuid_r(uid as libc::uid_t, e, b.as_mut_ptr() as *mut libc::c_char, b.len(), res) }
    }, passwd_obj)?;
    match r {
        Some(p) if uid >= 0 => Ok(p),
        _ => Err(key_err(format!("getpwuid(): uid not found: {}", uid))),
    }
}

fn name_arg(fname: &str, o: &PyObject) -> PyResult<CString> {
    let s = str_value(o).ok_or_else(|| type_error(format!("{}() argument must be str, not {}", fname, o.type_().name())))?;
    CString::new(s).map_err(|_| crate::object::exceptions::value_error("embedded null character"))
}

fn pw_getpwnam(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = crate::object::args::one_arg("getpwnam", args, kw)?;
    let name = name_arg("getpwnam", o)?;
    let r = lookup_r(|e: *mut libc::passwd, b, res| {
        // SAFETY: valid buffers and out-parameters.
        unsafe { libc::getpwnam_r(name.as_ptr(), e, b.as_mut_ptr() as *mut libc::c_char, b.len(), res) }
    }, passwd_obj)?;
    match r {
        Some(p) => Ok(p),
        None => Err(key_err(format!("getpwnam(): name not found: {}", protocol::repr_string(o)?))),
    }
}

fn pw_getpwall(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getpwall", args, kw)?;
    let mut out = Vec::new();
    // SAFETY: the non-reentrant iteration is safe on the one interpreter thread.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            out.push(passwd_obj(&*p));
        }
        libc::endpwent();
    }
    Ok(new_list(out))
}

fn gr_getgrgid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = crate::object::args::one_arg("getgrgid", args, kw)?;
    let gid = id_arg(o)?;
    let r = lookup_r(|e: *mut libc::group, b, res| {
        // SAFETY: valid buffers and out-parameters.
        unsafe { libc::getgrgid_r(gid as libc::gid_t, e, b.as_mut_ptr() as *mut libc::c_char, b.len(), res) }
    }, group_obj)?;
    match r {
        Some(g) if gid >= 0 => Ok(g),
        _ => Err(key_err(format!("getgrgid(): gid not found: {}", gid))),
    }
}

fn gr_getgrnam(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = crate::object::args::one_arg("getgrnam", args, kw)?;
    let name = name_arg("getgrnam", o)?;
    let r = lookup_r(|e: *mut libc::group, b, res| {
        // SAFETY: valid buffers and out-parameters.
        unsafe { libc::getgrnam_r(name.as_ptr(), e, b.as_mut_ptr() as *mut libc::c_char, b.len(), res) }
    }, group_obj)?;
    match r {
        Some(g) => Ok(g),
        None => Err(key_err(format!("getgrnam(): name not found: {}", protocol::repr_string(o)?))),
    }
}

fn gr_getgrall(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getgrall", args, kw)?;
    let mut out = Vec::new();
    // SAFETY: the non-reentrant iteration is safe on the one interpreter thread.
    unsafe {
        libc::setgrent();
        loop {
            let g = libc::getgrent();
            if g.is_null() {
                break;
            }
            out.push(group_obj(&*g));
        }
        libc::endgrent();
    }
    Ok(new_list(out))
}

macro_rules! fdefs {
    ($($name:literal => $f:path),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}

static PWD_FUNCS: [MethodDef; 3] = fdefs!["getpwuid" => pw_getpwuid, "getpwnam" => pw_getpwnam, "getpwall" => pw_getpwall];
static GRP_FUNCS: [MethodDef; 3] = fdefs!["getgrgid" => gr_getgrgid, "getgrnam" => gr_getgrnam, "getgrall" => gr_getgrall];

fn make(name: &str, funcs: &'static [MethodDef], t: &'static TypeObject) -> PyResult<PyRef> {
    let m = new_module(name);
    let d = as_module(&m).unwrap().dict();
    let mname = new_str(name);
    for f in funcs.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, t.name(), t.to_ref());
    Ok(m)
}

pub fn init_pwd() -> PyResult<PyRef> {
    make("pwd", &PWD_FUNCS, &STRUCT_PASSWD_TYPE)
}

pub fn init_grp() -> PyResult<PyRef> {
    make("grp", &GRP_FUNCS, &STRUCT_GROUP_TYPE)
}
