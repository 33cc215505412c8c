//! The `syslog` module: the C library's system logger with CPython 3.11's
//! API (`openlog(ident=None, logoption=0, facility=LOG_USER)`,
//! `syslog([priority,] message)`, `closelog()`, `setlogmask(mask)`,
//! `LOG_MASK`, `LOG_UPTO` and the constants).

use crate::object::args::{expect_c_int, Params};
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::module::new_native_module;
use crate::object::singletons::{is_none, none};
use crate::object::str::str_value;
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;
use std::cell::RefCell;
use std::ffi::CString;

/// The identity passed to openlog(3): the C library keeps the pointer, so
/// the string lives here until the next openlog/closelog.
static IDENT: Static<RefCell<Option<CString>>> = Static(RefCell::new(None));

fn c_string(s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| value_error("embedded null character"))
}

/// CPython's default ident: the last path component of `sys.argv[0]`.
fn default_ident() -> Option<CString> {
    let argv = super::sys::get("argv")?;
    let first = crate::object::protocol::getitem(&argv, &new_int(0)).ok()?;
    let s = str_value(&first)?;
    let base = s.rsplit('/').next().unwrap_or(s);
    if base.is_empty() {
        return None;
    }
    CString::new(base).ok()
}

fn do_openlog(ident: Option<CString>, option: i32, facility: i32) {
    let mut slot = IDENT.borrow_mut();
    *slot = ident;
    let p = slot.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    // SAFETY: `p` is NULL or points at IDENT's string, kept alive until the
    // next openlog/closelog replaces it.
    unsafe { libc::openlog(p, option, facility) };
}

fn openlog(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None];
    Params::new("openlog", &["ident", "logoption", "facility"], 0).parse(a, kw, &mut out)?;
    let ident = match out[0] {
        Some(o) if !is_none(o) => {
            let s = str_value(o).ok_or_else(|| type_error(format!("openlog() argument 1 must be str, not {}", o.type_().name())))?;
            Some(c_string(s)?)
        }
        _ => default_ident(),
    };
    let option = out[1].map(expect_c_int).transpose()?.unwrap_or(0);
    let facility = out[2].map(expect_c_int).transpose()?.unwrap_or(libc::LOG_USER);
    do_openlog(ident, option, facility);
    Ok(none())
}

fn syslog(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("syslog", kw)?;
    let (priority, message) = match a {
        [m] => (libc::LOG_INFO, *m),
        [p, m] if crate::object::int::as_int(p).is_some() => (expect_c_int(p)?, *m),
        _ => return Err(type_error("[priority,] message string")),
    };
    let text = str_value(message).ok_or_else(|| type_error("[priority,] message string"))?;
    let text = c_string(text)?;
    if IDENT.borrow().is_none() {
        do_openlog(default_ident(), 0, libc::LOG_USER);
    }
    // SAFETY: a constant "%s" format with one NUL-terminated argument.
    unsafe { libc::syslog(priority, c"%s".as_ptr(), text.as_ptr()) };
    Ok(none())
}

fn closelog(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("closelog", a, kw)?;
    // SAFETY: closelog takes no arguments; the ident is released after it.
    unsafe { libc::closelog() };
    *IDENT.borrow_mut() = None;
    Ok(none())
}

fn setlogmask(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = crate::object::args::one_arg("setlogmask", a, kw)?;
    let mask = expect_c_int(m)?;
    // SAFETY: setlogmask only stores the mask.
    Ok(new_int(unsafe { libc::setlogmask(mask) } as i64))
}

fn log_mask(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = expect_c_int(crate::object::args::one_arg("LOG_MASK", a, kw)?)?;
    Ok(new_int(1i64.checked_shl(p as u32).unwrap_or(0)))
}

fn log_upto(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = expect_c_int(crate::object::args::one_arg("LOG_UPTO", a, kw)?)?;
    Ok(new_int(1i64.checked_shl(p as u32 + 1).unwrap_or(0) - 1))
}

static FUNCS: [MethodDef; 6] = [
    MethodDef { name: "openlog", func: openlog, flags: 0, doc: "Set logging options of subsequent syslog() calls." },
    MethodDef { name: "syslog", func: syslog, flags: 0, doc: "Send the string message to the system logger." },
    MethodDef { name: "closelog", func: closelog, flags: 0, doc: "Reset the syslog module values and call the system library closelog()." },
    MethodDef { name: "setlogmask", func: setlogmask, flags: 0, doc: "Set the priority mask to maskpri and return the previous mask value." },
    MethodDef { name: "LOG_MASK", func: log_mask, flags: 0, doc: "Calculates the mask for the individual priority pri." },
    MethodDef { name: "LOG_UPTO", func: log_upto, flags: 0, doc: "Calculates the mask for all priorities up to and including pri." },
];

const CONSTANTS: [(&str, i32); 33] = [
    ("LOG_EMERG", libc::LOG_EMERG), ("LOG_ALERT", libc::LOG_ALERT), ("LOG_CRIT", libc::LOG_CRIT),
    ("LOG_ERR", libc::LOG_ERR), ("LOG_WARNING", libc::LOG_WARNING), ("LOG_NOTICE", libc::LOG_NOTICE),
    ("LOG_INFO", libc::LOG_INFO), ("LOG_DEBUG", libc::LOG_DEBUG), ("LOG_PID", libc::LOG_PID),
    ("LOG_CONS", libc::LOG_CONS), ("LOG_NDELAY", libc::LOG_NDELAY), ("LOG_ODELAY", libc::LOG_ODELAY),
    ("LOG_NOWAIT", libc::LOG_NOWAIT), ("LOG_PERROR", libc::LOG_PERROR), ("LOG_KERN", libc::LOG_KERN),
    ("LOG_USER", libc::LOG_USER), ("LOG_MAIL", libc::LOG_MAIL), ("LOG_DAEMON", libc::LOG_DAEMON),
    ("LOG_AUTH", libc::LOG_AUTH), ("LOG_LPR", libc::LOG_LPR), ("LOG_LOCAL0", libc::LOG_LOCAL0),
    ("LOG_LOCAL1", libc::LOG_LOCAL1), ("LOG_LOCAL2", libc::LOG_LOCAL2), ("LOG_LOCAL3", libc::LOG_LOCAL3),
    ("LOG_LOCAL4", libc::LOG_LOCAL4), ("LOG_LOCAL5", libc::LOG_LOCAL5), ("LOG_LOCAL6", libc::LOG_LOCAL6),
    ("LOG_LOCAL7", libc::LOG_LOCAL7), ("LOG_SYSLOG", libc::LOG_SYSLOG), ("LOG_CRON", libc::LOG_CRON),
    ("LOG_UUCP", libc::LOG_UUCP), ("LOG_NEWS", libc::LOG_NEWS), ("LOG_AUTHPRIV", libc::LOG_AUTHPRIV),
];

pub fn init() -> PyResult<PyRef> {
    let entries = CONSTANTS.iter().map(|&(k, v)| (k, new_int(v as i64))).collect();
    Ok(new_native_module("syslog", &FUNCS, entries))
}
