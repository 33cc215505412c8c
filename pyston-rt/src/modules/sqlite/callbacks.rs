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

// ---- hooks owned by the connection ----

/// Unregister the trace/progress/authorizer hooks (before closing: a
/// zombie handle must not call into freed callables).
pub fn clear_hooks(db: *mut ffi::sqlite3) {
    // SAFETY: an open handle; null callbacks unregister.
    unsafe {
        ffi::sqlite3_trace_v2(db, 0, None, std::ptr::null_mut());
        ffi::sqlite3_progress_handler(db, 0, None, std::ptr::null_mut());
        ffi::sqlite3_set_authorizer(db, None, std::ptr::null_mut());
    }
}

fn opt_text(p: *const std::ffi::c_char) -> PyRef {
    if p.is_null() {
        none()
    } else {
        // SAFETY: a NUL-terminated string from SQLite.
        new_str(unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned())
    }
}

extern "C" fn trace_cb(_ty: std::ffi::c_uint, ctx: *mut c_void, p: *mut c_void, _x: *mut c_void) -> c_int {
    // SAFETY: ctx is the callable the connection owns; p is the statement.
    let (f, st) = unsafe { (&*(ctx as *const PyObject), p as *mut ffi::sqlite3_stmt) };
    // SAFETY: expanded SQL of a live statement, freed below.
    let sql = unsafe { ffi::sqlite3_expanded_sql(st) };
    let text = if sql.is_null() {
        // SAFETY: the statement's own SQL text.
        opt_text(unsafe { ffi::sqlite3_sql(st) })
    } else {
        let t = opt_text(sql);
        // SAFETY: expanded_sql's result is ours to free.
        unsafe { ffi::sqlite3_free(sql as *mut c_void) };
        t
    };
    if let Err(e) = protocol::call(f, &[&text], None) {
        if callback_tracebacks() {
            crate::modules::hooks::print_exception(e.value());
        }
    }
    0
}

extern "C" fn progress_cb(ctx: *mut c_void) -> c_int {
    // SAFETY: ctx is the callable the connection owns.
    let f = unsafe { &*(ctx as *const PyObject) };
    match protocol::call0(f).and_then(|r| protocol::is_true(&r)) {
        Ok(stop) => stop as c_int,
        Err(e) => {
            if callback_tracebacks() {
                crate::modules::hooks::print_exception(e.value());
            }
            1
        }
    }
}

extern "C" fn authorizer_cb(
    ctx: *mut c_void,
    action: c_int,
    a1: *const std::ffi::c_char,
    a2: *const std::ffi::c_char,
    a3: *const std::ffi::c_char,
    a4: *const std::ffi::c_char,
) -> c_int {
    // SAFETY: ctx is the callable the connection owns.
    let f = unsafe { &*(ctx as *const PyObject) };
    let args = [crate::object::int::new_int(action as i64), opt_text(a1), opt_text(a2), opt_text(a3), opt_text(a4)];
    let refs: Vec<&PyObject> = args.iter().map(|a| &**a).collect();
    match protocol::call(f, &refs, None) {
        Ok(r) => match crate::object::int::int_value_i64(&r) {
            Some(v) if r.is_instance_of(&crate::object::int::INT_TYPE) => v as c_int,
            _ => ffi::SQLITE_DENY,
        },
        Err(e) => {
            if callback_tracebacks() {
                crate::modules::hooks::print_exception(e.value());
            }
            ffi::SQLITE_DENY
        }
    }
}

/// `set_trace_callback(trace_callback)`; None unregisters.
pub fn m_set_trace_callback(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None];
    Params::new("set_trace_callback", &["trace_callback"], 1).parse(&args[1..], kw, &mut out)?;
    let db = c.check()?;
    let f = out[0].unwrap();
    // SAFETY: open handle; the callable stays owned by the connection
    // until it is replaced or the hooks are cleared.
    unsafe {
        if is_none(f) {
            ffi::sqlite3_trace_v2(db, 0, None, std::ptr::null_mut());
        } else {
            ffi::sqlite3_trace_v2(db, ffi::SQLITE_TRACE_STMT as std::ffi::c_uint, Some(trace_cb), f as *const PyObject as *mut c_void);
        }
    }
    let _old = c.trace.replace((!is_none(f)).then(|| f.to_ref()));
    Ok(none())
}

/// `set_progress_handler(progress_handler, n)`.
pub fn m_set_progress_handler(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None, None];
    Params::new("set_progress_handler", &["progress_handler", "n"], 2).parse(&args[1..], kw, &mut out)?;
    let db = c.check()?;
    let f = out[0].unwrap();
    let n = expect_c_int(out[1].unwrap())?;
    // SAFETY: as set_trace_callback.
    unsafe {
        if is_none(f) {
            ffi::sqlite3_progress_handler(db, 0, None, std::ptr::null_mut());
        } else {
            ffi::sqlite3_progress_handler(db, n, Some(progress_cb), f as *const PyObject as *mut c_void);
        }
    }
    let _old = c.progress.replace((!is_none(f)).then(|| f.to_ref()));
    Ok(none())
}

/// `set_authorizer(authorizer_callback)`.
pub fn m_set_authorizer(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None];
    Params::new("set_authorizer", &["authorizer_callback"], 1).parse(&args[1..], kw, &mut out)?;
    let db = c.check()?;
    let f = out[0].unwrap();
    // SAFETY: as set_trace_callback.
    let rc = unsafe {
        if is_none(f) {
            ffi::sqlite3_set_authorizer(db, None, std::ptr::null_mut())
        } else {
            ffi::sqlite3_set_authorizer(db, Some(authorizer_cb), f as *const PyObject as *mut c_void)
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(operational_error("Error setting authorizer callback"));
    }
    let _old = c.authorizer.replace((!is_none(f)).then(|| f.to_ref()));
    Ok(none())
}

fn limit_category(o: &PyObject) -> PyResult<c_int> {
    let cat = expect_c_int(o)?;
    if !(0..=11).contains(&cat) {
        return Err(super::programming_error("'category' is out of bounds"));
    }
    Ok(cat)
}

pub fn m_getlimit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None];
    Params { fname: "getlimit", names: &["category"], required: 1, posonly: 1, kwonly: 1 }.parse(&args[1..], kw, &mut out)?;
    let db = c.check()?;
    let cat = limit_category(out[0].unwrap())?;
    // SAFETY: open handle; -1 only reads the limit.
    Ok(crate::object::int::new_int(unsafe { ffi::sqlite3_limit(db, cat, -1) } as i64))
}

pub fn m_setlimit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None, None];
    Params { fname: "setlimit", names: &["category", "limit"], required: 2, posonly: 2, kwonly: 2 }.parse(&args[1..], kw, &mut out)?;
    let db = c.check()?;
    let cat = limit_category(out[0].unwrap())?;
    let lim = expect_c_int(out[1].unwrap())?;
    // SAFETY: open handle; returns the previous limit.
    Ok(crate::object::int::new_int(unsafe { ffi::sqlite3_limit(db, cat, lim) } as i64))
}

/// `backup(target, *, pages=-1, progress=None, name="main", sleep=0.250)`.
pub fn m_backup(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None; 5];
    Params { fname: "backup", names: &["target", "pages", "progress", "name", "sleep"], required: 1, posonly: 0, kwonly: 1 }
        .parse(&args[1..], kw, &mut out)?;
    let db = c.check()?;
    let target = out[0].unwrap();
    if !target.is_instance_of(&super::connection::CONNECTION_TYPE) {
        return Err(type_error(format!("backup() argument 'target' must be sqlite3.Connection, not {}", target.type_().name())));
    }
    if std::ptr::eq(target, args[0]) {
        return Err(crate::object::exceptions::value_error("target cannot be the same connection instance"));
    }
    let tdb = conn(target)?.check()?;
    let mut pages = out[1].map_or(Ok(-1), expect_c_int)?;
    if pages == 0 {
        pages = -1;
    }
    let progress = out[2].filter(|p| !is_none(p));
    if let Some(p) = progress {
        if p.type_().tp_call.get().is_none() {
            return Err(type_error("progress argument must be a callable"));
        }
    }
    let name = match out[3] {
        Some(n) => c_name(n, "backup() argument 'name'")?,
        None => CString::new("main").unwrap(),
    };
    let sleep_ms = match out[4] {
        Some(s) => (crate::object::float::to_f64(s)? * 1000.0) as c_int,
        None => 250,
    };
    // SAFETY: two open handles and NUL-terminated schema names.
    let b = unsafe { ffi::sqlite3_backup_init(tdb, c"main".as_ptr(), db, name.as_ptr()) };
    if b.is_null() {
        return Err(super::db_error(tdb));
    }
    loop {
        // SAFETY: a live backup handle.
        let rc = unsafe { ffi::sqlite3_backup_step(b, pages) };
        if let Some(p) = progress {
            // SAFETY: as above.
            let (rem, total) = unsafe { (ffi::sqlite3_backup_remaining(b), ffi::sqlite3_backup_pagecount(b)) };
            let ints = [crate::object::int::new_int(rc as i64), crate::object::int::new_int(rem as i64), crate::object::int::new_int(total as i64)];
            if let Err(e) = protocol::call(p, &[&ints[0], &ints[1], &ints[2]], None) {
                // SAFETY: finishing the backup handle once.
                unsafe { ffi::sqlite3_backup_finish(b) };
                return Err(e);
            }
        }
        if rc == ffi::SQLITE_BUSY || rc == ffi::SQLITE_LOCKED {
            // SAFETY: sleeping through SQLite's own helper.
            unsafe { ffi::sqlite3_sleep(sleep_ms) };
        } else if rc != ffi::SQLITE_OK {
            break;
        }
        if rc == ffi::SQLITE_DONE {
            break;
        }
    }
    // SAFETY: finishing the backup handle once; its result is the outcome.
    let rc = unsafe { ffi::sqlite3_backup_finish(b) };
    if rc != ffi::SQLITE_OK {
        return Err(super::db_error(tdb));
    }
    Ok(none())
}
