//! `OSError` (errno/strerror/filename fields, `[Errno N] ...` text, and the
//! errno → subclass mapping of `OSError(errno, ...)`) and the Unicode
//! errors (`UnicodeDecodeError(encoding, object, start, end, reason)`, ...).

use super::args::split;
use super::exc_methods::{exc, fam, no_kw, PyOSError, PyUnicodeErrorObj};
use super::exceptions::{alloc_exception, type_error, ATTRIBUTE_ERROR, BLOCKING_IO_ERROR, BROKEN_PIPE_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, OS_ERROR, PERMISSION_ERROR, PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR};
use super::header::{PyObject, PyRef, Static};
use super::int::{as_int, int_value_i64, new_int};
use super::singletons::is_none;
use super::str::{as_pystr, new_str, str_value};
use super::tuple::tuple_slice;
use super::typeobj::{GetSetDef, MethodDef, TypeObject};
use super::PyResult;

// ---- OSError ----

/// The OSError subclass CPython picks for an errno value.
fn errno_subclass(errno: i64) -> Option<&'static Static<TypeObject>> {
    let e = errno as i32;
    Some(match e {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &BLOCKING_IO_ERROR,
        libc::ECHILD => &CHILD_PROCESS_ERROR,
        libc::EPIPE | libc::ESHUTDOWN => &BROKEN_PIPE_ERROR,
        libc::ECONNABORTED => &CONNECTION_ABORTED_ERROR,
        libc::ECONNREFUSED => &CONNECTION_REFUSED_ERROR,
        libc::ECONNRESET => &CONNECTION_RESET_ERROR,
        libc::EEXIST => &FILE_EXISTS_ERROR,
        libc::ENOENT => &FILE_NOT_FOUND_ERROR,
        libc::EISDIR => &IS_A_DIRECTORY_ERROR,
        libc::ENOTDIR => &NOT_A_DIRECTORY_ERROR,
        libc::EINTR => &INTERRUPTED_ERROR,
        libc::EACCES | libc::EPERM => &PERMISSION_ERROR,
        libc::ESRCH => &PROCESS_LOOKUP_ERROR,
        libc::ETIMEDOUT => &TIMEOUT_ERROR,
        _ => return None,
    })
}

/// A user subclass that overrides `__init__` (but not `__new__`) parses
/// its arguments in `__init__` (CPython's `oserror_use_init`).
fn use_init(t: &TypeObject) -> bool {
    t.tp_init.get().map(|f| f as usize) != Some(os_error_init as *const () as usize)
        && t.tp_new.get().map(|f| f as usize) == Some(os_error_new as *const () as usize)
}

/// Set errno/strerror/filename/filename2 from the arguments; with a
/// filename the args tuple keeps only (errno, strerror).
fn oserror_fields(o: &PyObject, args: &[&PyObject]) {
    // SAFETY: called for OSError instances only.
    let f = unsafe { fam::<PyOSError>(o) };
    if !(2..=5).contains(&args.len()) {
        return;
    }
    f.errno.set_obj(args[0]);
    f.strerror.set_obj(args[1]);
    let filename = args.get(2).copied().filter(|x| !is_none(x));
    let filename2 = args.get(4).copied().filter(|x| !is_none(x));
    if let Some(fname) = filename {
        if o.is_exact(&BLOCKING_IO_ERROR) && as_int(fname).is_some() {
            f.written.set_obj(fname);
        } else {
            f.filename.set_obj(fname);
            if let Some(f2) = filename2 {
                f.filename2.set_obj(f2);
            }
            exc(o).set_args(super::tuple::tuple_from(&args[..2]));
        }
    }
}

/// `OSError.__new__`: maps `OSError(errno, ...)` to the errno's subclass.
pub fn os_error_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, _, kwn) = split(args, kwnames);
    let mut t = t;
    if !use_init(t) {
        if !kwn.is_empty() {
            return Err(type_error(format!("{}() takes no keyword arguments", t.name())));
        }
        if std::ptr::eq(t, &OS_ERROR.0) && (2..=5).contains(&pos.len()) {
            if let Some(n) = int_value_i64(pos[0]) {
                if let Some(sub) = errno_subclass(n) {
                    t = sub;
                }
            }
        }
    }
    let o = if use_init(t) {
        alloc_exception(t, super::tuple::empty_tuple())
    } else {
        let o = alloc_exception(t, super::tuple::tuple_from(pos));
        oserror_fields(&o, pos);
        o
    };
    Ok(o)
}

pub fn os_error_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    if !use_init(o.type_()) {
        return Ok(()); // done by __new__
    }
    no_kw(o, kwnames)?;
    exc(o).set_args(super::tuple::tuple_from(args));
    oserror_fields(o, args);
    Ok(())
}

/// Fields of a runtime-made OSError (no `__init__` ran).
pub fn os_error_fields_raw(o: &PyObject) {
    let args = exc(o).args().clone();
    let a: Vec<&PyObject> = tuple_slice(&args).unwrap_or(&[]).iter().map(|x| &**x).collect();
    oserror_fields(o, &a);
}

pub fn os_error_str(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: installed on OSError and subclasses.
    let f = unsafe { fam::<PyOSError>(o) };
    let s = |v: &PyObject| super::protocol::str_string(v);
    let r = |v: &PyObject| super::protocol::repr_string(v);
    if let Some(fname) = f.filename.get() {
        let (errno, strerror) = (f.errno.get_or_none(), f.strerror.get_or_none());
        return Ok(new_str(match f.filename2.get() {
            Some(f2) => format!("[Errno {}] {}: {} -> {}", s(&errno)?, s(&strerror)?, r(&fname)?, r(&f2)?),
            None => format!("[Errno {}] {}: {}", s(&errno)?, s(&strerror)?, r(&fname)?),
        }));
    }
    if let (Some(errno), Some(strerror)) = (f.errno.get(), f.strerror.get()) {
        return Ok(new_str(format!("[Errno {}] {}", s(&errno)?, s(&strerror)?)));
    }
    super::exc_methods::base_exc_str(o)
}

macro_rules! os_field {
    ($field:ident, $name:literal) => {
        GetSetDef {
            name: $name,
            // SAFETY: installed on OSError and subclasses.
            get: |o| Ok(unsafe { fam::<PyOSError>(o) }.$field.get_or_none()),
            set: Some(|o, v| {
                // SAFETY: as above.
                unsafe { fam::<PyOSError>(o) }.$field.set(v.map(|v| v.to_ref()));
                Ok(())
            }),
            doc: "",
        }
    };
}

pub static OS_ERROR_GETSETS: [GetSetDef; 5] = [
    os_field!(errno, "errno"),
    os_field!(strerror, "strerror"),
    os_field!(filename, "filename"),
    os_field!(filename2, "filename2"),
    GetSetDef { name: "characters_written", get: written_get, set: Some(written_set), doc: "" },
];

pub static OS_ERROR_METHODS: [MethodDef; 0] = [];

fn written_get(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: installed on OSError and subclasses.
    unsafe { fam::<PyOSError>(o) }
        .written
        .get()
        .ok_or_else(|| super::exceptions::PyErr::new(&ATTRIBUTE_ERROR, "characters_written"))
}

fn written_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    // SAFETY: installed on OSError and subclasses.
    let f = unsafe { fam::<PyOSError>(o) };
    match v {
        Some(v) => {
            let n = super::protocol::index(v)?;
            f.written.set(Some(n));
        }
        None => {
            if f.written.get().is_none() {
                return Err(super::exceptions::PyErr::new(&ATTRIBUTE_ERROR, "characters_written"));
            }
            f.written.set(None);
        }
    }
    Ok(())
}

// ---- Unicode errors ----

fn uni(o: &PyObject) -> &PyUnicodeErrorObj {
    // SAFETY: installed on the Unicode error types and subclasses.
    unsafe { fam::<PyUnicodeErrorObj>(o) }
}

fn want_str(v: &PyObject, n: usize) -> PyResult<()> {
    if as_pystr(v).is_none() {
        return Err(type_error(format!("argument {} must be str, not {}", n, v.type_().name())));
    }
    Ok(())
}

fn want_bytes(v: &PyObject) -> PyResult<PyRef> {
    if v.is_instance_of(&super::bytes::BYTES_TYPE) {
        return Ok(v.to_ref());
    }
    if matches!(v.type_().name(), "bytearray" | "memoryview") {
        return super::protocol::call1(super::bytes::BYTES_TYPE.obj(), v);
    }
    Err(type_error(format!("a bytes-like object is required, not '{}'", v.type_().name())))
}

fn check_count(args: &[&PyObject], kwnames: Option<&PyObject>, o: &PyObject, n: usize) -> PyResult<()> {
    no_kw(o, kwnames)?;
    if args.len() != n {
        return Err(type_error(format!("function takes exactly {} arguments ({} given)", n, args.len())));
    }
    Ok(())
}

fn set_range(o: &PyObject, start: &PyObject, end: &PyObject) -> PyResult<()> {
    let u = uni(o);
    u.start.set(super::args::expect_index(start)?);
    u.end.set(super::args::expect_index(end)?);
    Ok(())
}

pub fn unicode_decode_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    check_count(args, kwnames, o, 5)?;
    exc(o).set_args(super::tuple::tuple_from(args));
    want_str(args[0], 1)?;
    let obj = want_bytes(args[1])?;
    want_str(args[4], 5)?;
    set_range(o, args[2], args[3])?;
    let u = uni(o);
    u.encoding.set_obj(args[0]);
    u.object.set(Some(obj));
    u.reason.set_obj(args[4]);
    Ok(())
}

pub fn unicode_encode_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    check_count(args, kwnames, o, 5)?;
    exc(o).set_args(super::tuple::tuple_from(args));
    want_str(args[0], 1)?;
    want_str(args[1], 2)?;
    want_str(args[4], 5)?;
    set_range(o, args[2], args[3])?;
    let u = uni(o);
    u.encoding.set_obj(args[0]);
    u.object.set_obj(args[1]);
    u.reason.set_obj(args[4]);
    Ok(())
}

pub fn unicode_translate_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    check_count(args, kwnames, o, 4)?;
    exc(o).set_args(super::tuple::tuple_from(args));
    want_str(args[0], 1)?;
    want_str(args[3], 4)?;
    set_range(o, args[1], args[2])?;
    let u = uni(o);
    u.object.set_obj(args[0]);
    u.reason.set_obj(args[3]);
    Ok(())
}

fn str_of(v: Option<PyRef>) -> PyResult<String> {
    match v {
        Some(v) => super::protocol::str_string(&v),
        None => Ok(String::new()),
    }
}

pub fn unicode_decode_str(o: &PyObject) -> PyResult<PyRef> {
    let u = uni(o);
    let Some(obj) = u.object.get() else { return Ok(new_str("")) };
    let (enc, reason) = (str_of(u.encoding.get())?, str_of(u.reason.get())?);
    let (start, end) = (u.start.get(), u.end.get());
    // SAFETY: `object` of a UnicodeDecodeError is always bytes (checked by __init__).
    let data: &[u8] = if obj.is_instance_of(&super::bytes::BYTES_TYPE) { unsafe { &obj.cast::<super::bytes::PyBytes>().data } } else { &[] };
    if start >= 0 && (start as usize) < data.len() && end == start + 1 {
        return Ok(new_str(format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            enc, data[start as usize], start, reason
        )));
    }
    Ok(new_str(format!("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1, reason)))
}

/// `'\xe9'`-style escape of one code point, as CPython's messages.
fn char_escape(c: char) -> String {
    let v = super::str_surr::code_point(c);
    if v <= 0xff {
        format!("\\x{:02x}", v)
    } else if v <= 0xffff {
        format!("\\u{:04x}", v)
    } else {
        format!("\\U{:08x}", v)
    }
}

fn bad_char(obj: &PyObject, start: isize, end: isize) -> Option<char> {
    let s = str_value(obj)?;
    if start < 0 || end != start + 1 {
        return None;
    }
    s.chars().nth(start as usize)
}

pub fn unicode_encode_str(o: &PyObject) -> PyResult<PyRef> {
    let u = uni(o);
    let Some(obj) = u.object.get() else { return Ok(new_str("")) };
    let (enc, reason) = (str_of(u.encoding.get())?, str_of(u.reason.get())?);
    let (start, end) = (u.start.get(), u.end.get());
    if let Some(c) = bad_char(&obj, start, end) {
        return Ok(new_str(format!(
            "'{}' codec can't encode character '{}' in position {}: {}",
            enc,
            char_escape(c),
            start,
            reason
        )));
    }
    Ok(new_str(format!("'{}' codec can't encode characters in position {}-{}: {}", enc, start, end - 1, reason)))
}

pub fn unicode_translate_str(o: &PyObject) -> PyResult<PyRef> {
    let u = uni(o);
    let Some(obj) = u.object.get() else { return Ok(new_str("")) };
    let reason = str_of(u.reason.get())?;
    let (start, end) = (u.start.get(), u.end.get());
    if let Some(c) = bad_char(&obj, start, end) {
        return Ok(new_str(format!("can't translate character '{}' in position {}: {}", char_escape(c), start, reason)));
    }
    Ok(new_str(format!("can't translate characters in position {}-{}: {}", start, end - 1, reason)))
}

macro_rules! uni_field {
    ($field:ident, $name:literal) => {
        GetSetDef {
            name: $name,
            get: |o| Ok(uni(o).$field.get_or_none()),
            set: Some(|o, v| {
                uni(o).$field.set(v.map(|v| v.to_ref()));
                Ok(())
            }),
            doc: "",
        }
    };
}

pub static UNICODE_ERROR_GETSETS: [GetSetDef; 5] = [
    uni_field!(encoding, "encoding"),
    uni_field!(object, "object"),
    GetSetDef {
        name: "start",
        get: |o| Ok(new_int(uni(o).start.get() as i64)),
        set: Some(|o, v| {
            let v = v.ok_or_else(|| type_error("can't delete attribute"))?;
            uni(o).start.set(super::args::expect_index(v)?);
            Ok(())
        }),
        doc: "",
    },
    GetSetDef {
        name: "end",
        get: |o| Ok(new_int(uni(o).end.get() as i64)),
        set: Some(|o, v| {
            let v = v.ok_or_else(|| type_error("can't delete attribute"))?;
            uni(o).end.set(super::args::expect_index(v)?);
            Ok(())
        }),
        doc: "",
    },
    uni_field!(reason, "reason"),
];
