//! User-defined SQL functions, aggregates and collations. Each callable is
//! handed to SQLite as an owned reference (`PyRef::into_raw`) released by
//! the destroy callback. A Python exception inside a callback becomes
//! SQLite's error with CPython's message ("user-defined function raised
//! exception"), so the statement fails with OperationalError; the
//! exception itself is printed only after `enable_callback_tracebacks(True)`.

use super::connection::conn;
use super::values::{set_result, value_to_py};
use super::{callback_tracebacks, operational_error};
use crate::object::args::{expect_c_int, expect_str, Params};
use crate::object::exceptions::{type_error, PyErr};
use crate::object::header::{PyObject, PyRef};
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::{protocol, PyResult};
use rusqlite::ffi;
use std::ffi::{c_int, c_void, CString};

extern "C" fn destroy(p: *mut c_void) {
    if !p.is_null() {
        // SAFETY: p is the owned reference handed over at registration.
        drop(unsafe { PyRef::from_raw(p as *mut PyObject) });
    }
}

/// The callable registered with the current call.
fn user_data<'a>(ctx: *mut ffi::sqlite3_context) -> &'a PyObject {
    // SAFETY: the user data is the owned reference we registered; it lives
    // until `destroy`, which cannot run during a call.
    unsafe { &*(ffi::sqlite3_user_data(ctx) as *const PyObject) }
}

fn args_of(argc: c_int, argv: *mut *mut ffi::sqlite3_value) -> Vec<PyRef> {
    (0..argc as usize)
        // SAFETY: argv holds argc values for the duration of the call.
        .map(|i| value_to_py(unsafe { *argv.add(i) }))
        .collect()
}

fn report(ctx: *mut ffi::sqlite3_context, err: Option<PyErr>, msg: &str) {
    if let Some(e) = err {
        if callback_tracebacks() {
            crate::modules::hooks::print_exception(e.value());
        }
    }
    let c = CString::new(msg).unwrap();
    // SAFETY: the live context; SQLite copies the message.
    unsafe { ffi::sqlite3_result_error(ctx, c.as_ptr(), -1) };
}

extern "C" fn func_cb(ctx: *mut ffi::sqlite3_context, argc: c_int, argv: *mut *mut ffi::sqlite3_value) {
    let f = user_data(ctx);
    let args = args_of(argc, argv);
    let refs: Vec<&PyObject> = args.iter().map(|a| &**a).collect();
    match protocol::call(f, &refs, None) {
        Ok(r) => {
            if let Err(e) = set_result(ctx, &r) {
                report(ctx, Some(e), "user-defined function raised exception");
            }
        }
        Err(e) => report(ctx, Some(e), "user-defined function raised exception"),
    }
}

/// The aggregate instance slot of the current group (allocated on demand).
fn agg_slot(ctx: *mut ffi::sqlite3_context, create: bool) -> *mut *mut PyObject {
    let n = if create { std::mem::size_of::<*mut PyObject>() as c_int } else { 0 };
    // SAFETY: the live context; the memory is zeroed on first allocation.
    unsafe { ffi::sqlite3_aggregate_context(ctx, n) as *mut *mut PyObject }
}

extern "C" fn step_cb(ctx: *mut ffi::sqlite3_context, argc: c_int, argv: *mut *mut ffi::sqlite3_value) {
    let cls = user_data(ctx);
    let slot = agg_slot(ctx, true);
    if slot.is_null() {
        // SAFETY: the live context.
        unsafe { ffi::sqlite3_result_error_nomem(ctx) };
        return;
    }
    // SAFETY: slot points at our pointer-sized aggregate memory.
    if unsafe { (*slot).is_null() } {
        match protocol::call(cls, &[], None) {
            // SAFETY: store the owned instance; released in final_cb.
            Ok(inst) => unsafe { *slot = inst.into_raw() },
            Err(e) => return report(ctx, Some(e), "user-defined aggregate's '__init__' method raised error"),
        }
    }
    // SAFETY: the slot holds an owned instance.
    let inst = unsafe { &**slot };
    let args = args_of(argc, argv);
    let refs: Vec<&PyObject> = args.iter().map(|a| &**a).collect();
    let m = match protocol::getattr(inst, &new_str("step")) {
        Ok(m) => m,
        Err(e) => return report(ctx, Some(e), "user-defined aggregate's 'step' method not defined"),
    };
    if let Err(e) = protocol::call(&m, &refs, None) {
        report(ctx, Some(e), "user-defined aggregate's 'step' method raised error");
    }
}

extern "C" fn final_cb(ctx: *mut ffi::sqlite3_context) {
    let slot = agg_slot(ctx, false);
    // SAFETY: a null slot means step never ran (no rows).
    if slot.is_null() || unsafe { (*slot).is_null() } {
        return;
    }
    // SAFETY: take back the owned instance stored by step_cb.
    let inst = unsafe { PyRef::from_raw(std::mem::replace(&mut *slot, std::ptr::null_mut())) };
    let r = protocol::getattr(&inst, &new_str("finalize")).and_then(|m| protocol::call0(&m));
    match r {
        Ok(v) => {
            if let Err(e) = set_result(ctx, &v) {
                report(ctx, Some(e), "user-defined aggregate's 'finalize' method raised error");
            }
        }
        Err(e) => report(ctx, Some(e), "user-defined aggregate's 'finalize' method raised error"),
    }
}

extern "C" fn collation_cb(p: *mut c_void, n1: c_int, s1: *const c_void, n2: c_int, s2: *const c_void) -> c_int {
    // SAFETY: p is the registered callable; s1/s2 hold n1/n2 bytes of UTF-8.
    let (f, a, b) = unsafe {
        (
            &*(p as *const PyObject),
            String::from_utf8_lossy(std::slice::from_raw_parts(s1 as *const u8, n1 as usize)).into_owned(),
            String::from_utf8_lossy(std::slice::from_raw_parts(s2 as *const u8, n2 as usize)).into_owned(),
        )
    };
    match protocol::call(f, &[&new_str(a), &new_str(b)], None) {
        Ok(r) => match crate::object::int::as_int(&r).and_then(|i| i.as_i64()) {
            Some(v) => v.signum() as c_int,
            None => {
                if crate::object::int::as_int(&r).is_some() {
                    if protocol::rich_compare_bool(&r, &crate::object::int::new_int(0), crate::bytecode::CmpKind::Gt).unwrap_or(false) { 1 } else { -1 }
                } else {
                    0
                }
            }
        },
        Err(_) => 0,
    }
}

fn c_name(o: &PyObject, what: &str) -> PyResult<CString> {
    CString::new(expect_str(o, what)?).map_err(|_| crate::object::exceptions::value_error("embedded null character"))
}

/// `create_function(name, narg, func, *, deterministic=False)`.
pub fn m_create_function(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None; 4];
    Params { fname: "create_function", names: &["name", "narg", "func", "deterministic"], required: 3, posonly: 0, kwonly: 3 }
        .parse(&args[1..], kw, &mut out)?;
    let db = c.check()?;
    let name = c_name(out[0].unwrap(), "create_function() argument 'name'")?;
    let narg = expect_c_int(out[1].unwrap())?;
    let func = out[2].unwrap();
    let mut flags = ffi::SQLITE_UTF8;
    if let Some(d) = out[3] {
        if protocol::is_true(d)? {
            flags |= ffi::SQLITE_DETERMINISTIC;
        }
    }
    // SAFETY: open handle; the owned callable is released by `destroy`.
    let rc = unsafe {
        if is_none(func) {
            ffi::sqlite3_create_function_v2(db, name.as_ptr(), narg, flags, std::ptr::null_mut(), None, None, None, None)
        } else {
            ffi::sqlite3_create_function_v2(db, name.as_ptr(), narg, flags, func.to_ref().into_raw() as *mut c_void, Some(func_cb), None, None, Some(destroy))
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(operational_error("Error creating function"));
    }
    Ok(none())
}

/// `create_aggregate(name, n_arg, aggregate_class)`.
pub fn m_create_aggregate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None; 3];
    Params::new("create_aggregate", &["name", "n_arg", "aggregate_class"], 3).parse(&args[1..], kw, &mut out)?;
    let db = c.check()?;
    let name = c_name(out[0].unwrap(), "create_aggregate() argument 'name'")?;
    let narg = expect_c_int(out[1].unwrap())?;
    let cls = out[2].unwrap();
    // SAFETY: open handle; the owned class is released by `destroy`.
    let rc = unsafe {
        if is_none(cls) {
            ffi::sqlite3_create_function_v2(db, name.as_ptr(), narg, ffi::SQLITE_UTF8, std::ptr::null_mut(), None, None, None, None)
        } else {
            ffi::sqlite3_create_function_v2(
                db,
                name.as_ptr(),
                narg,
                ffi::SQLITE_UTF8,
                cls.to_ref().into_raw() as *mut c_void,
                None,
                Some(step_cb),
                Some(final_cb),
                Some(destroy),
            )
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(operational_error("Error creating aggregate"));
    }
    Ok(none())
}

/// `create_collation(name, callable)`; None removes the collation.
pub fn m_create_collation(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    crate::object::args::no_kwargs("create_collation", kw)?;
    crate::object::args::check_positional("create_collation", args.len() - 1, 2, 2)?;
    let db = c.check()?;
    let name = c_name(args[1], "create_collation() argument 1")?;
    let f = args[2];
    if !is_none(f) && f.type_().tp_call.get().is_none() {
        return Err(type_error("parameter must be callable"));
    }
    // SAFETY: open handle; the owned callable is released by `destroy`.
    let rc = unsafe {
        if is_none(f) {
            ffi::sqlite3_create_collation_v2(db, name.as_ptr(), ffi::SQLITE_UTF8, std::ptr::null_mut(), None, None)
        } else {
            ffi::sqlite3_create_collation_v2(db, name.as_ptr(), ffi::SQLITE_UTF8, f.to_ref().into_raw() as *mut c_void, Some(collation_cb), Some(destroy))
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(super::db_error(db));
    }
    Ok(none())
}
