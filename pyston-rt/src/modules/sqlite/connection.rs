//! `sqlite3.Connection`: opening (`__init__` takes `connect`'s
//! arguments, so `factory=` subclasses work), transactions as CPython
//! 3.11 (`isolation_level` "" / DEFERRED / IMMEDIATE / EXCLUSIVE opens a
//! transaction before INSERT/UPDATE/DELETE/REPLACE; None is autocommit),
//! the shortcut `execute*` methods, user functions, the context manager.

use super::cursor::{self, CURSOR_TYPE};
use super::{db_error, programming_error, EXC_TYPES};
use crate::object::args::{check_positional, expect_str, no_kwargs, Params};
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value, STR_TYPE};
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use rusqlite::ffi;
use std::cell::{Cell, RefCell};
use std::ffi::CString;

#[repr(C)]
pub struct PyConnection {
    ob: PyObject,
    pub db: Cell<*mut ffi::sqlite3>,
    pub initialized: Cell<bool>,
    /// The `isolation_level` value (None: autocommit).
    isolation: RefCell<PyRef>,
    /// `BEGIN <level>` to run before DML, None in autocommit mode.
    pub begin: RefCell<Option<String>>,
    pub row_factory: RefCell<PyRef>,
    pub text_factory: RefCell<PyRef>,
    pub detect_types: Cell<i32>,
    /// Callables registered with set_trace_callback / set_progress_handler /
    /// set_authorizer: SQLite gets borrowed pointers, the connection owns them.
    pub trace: RefCell<Option<PyRef>>,
    pub progress: RefCell<Option<PyRef>>,
    pub authorizer: RefCell<Option<PyRef>>,
}

impl Drop for PyConnection {
    fn drop(&mut self) {
        let db = self.db.replace(std::ptr::null_mut());
        if !db.is_null() {
            super::callbacks::clear_hooks(db);
            // SAFETY: our handle; close_v2 defers until statements are finalized.
            unsafe { super::sqlite3_close_v2(db) };
        }
    }
}

macro_rules! exc_getset {
    ($i:literal, $name:literal) => {
        GetSetDef { name: $name, get: |_| Ok(EXC_TYPES[$i].1.to_ref()), set: None, doc: "" }
    };
}

static CONNECTION_GETSETS: [GetSetDef; 15] = [
    GetSetDef { name: "isolation_level", get: get_isolation, set: Some(set_isolation), doc: "" },
    GetSetDef { name: "in_transaction", get: get_in_transaction, set: None, doc: "" },
    GetSetDef { name: "total_changes", get: get_total_changes, set: None, doc: "" },
    GetSetDef { name: "row_factory", get: |o| Ok(conn(o)?.row_factory.borrow().clone()), set: Some(set_row_factory), doc: "" },
    GetSetDef { name: "text_factory", get: |o| Ok(conn(o)?.text_factory.borrow().clone()), set: Some(set_text_factory), doc: "" },
    exc_getset!(0, "Warning"),
    exc_getset!(1, "Error"),
    exc_getset!(2, "InterfaceError"),
    exc_getset!(3, "DatabaseError"),
    exc_getset!(4, "DataError"),
    exc_getset!(5, "OperationalError"),
    exc_getset!(6, "IntegrityError"),
    exc_getset!(7, "InternalError"),
    exc_getset!(8, "ProgrammingError"),
    exc_getset!(9, "NotSupportedError"),
];

static CONNECTION_METHODS: [MethodDef; 21] = [
    MethodDef { name: "set_trace_callback", func: super::callbacks::m_set_trace_callback, flags: 0, doc: "Sets a trace callback called for each SQL statement (passed as unicode)." },
    MethodDef { name: "set_progress_handler", func: super::callbacks::m_set_progress_handler, flags: 0, doc: "Sets progress handler callback." },
    MethodDef { name: "set_authorizer", func: super::callbacks::m_set_authorizer, flags: 0, doc: "Sets authorizer callback." },
    MethodDef { name: "getlimit", func: super::callbacks::m_getlimit, flags: 0, doc: "Get connection run-time limits." },
    MethodDef { name: "setlimit", func: super::callbacks::m_setlimit, flags: 0, doc: "Set connection run-time limits." },
    MethodDef { name: "backup", func: super::callbacks::m_backup, flags: 0, doc: "Makes a backup of the database." },
    MethodDef { name: "cursor", func: m_cursor, flags: 0, doc: "Return a cursor for the connection." },
    MethodDef { name: "close", func: m_close, flags: 0, doc: "Close the database connection." },
    MethodDef { name: "commit", func: m_commit, flags: 0, doc: "Commit any pending transaction to the database." },
    MethodDef { name: "rollback", func: m_rollback, flags: 0, doc: "Roll back to the start of any pending transaction." },
    MethodDef { name: "execute", func: m_execute, flags: 0, doc: "Executes an SQL statement." },
    MethodDef { name: "executemany", func: m_executemany, flags: 0, doc: "Repeatedly executes an SQL statement." },
    MethodDef { name: "executescript", func: m_executescript, flags: 0, doc: "Executes multiple SQL statements at once." },
    MethodDef { name: "create_function", func: super::callbacks::m_create_function, flags: 0, doc: "Creates a new function." },
    MethodDef { name: "create_aggregate", func: super::callbacks::m_create_aggregate, flags: 0, doc: "Creates a new aggregate." },
    MethodDef { name: "create_collation", func: super::callbacks::m_create_collation, flags: 0, doc: "Creates a collation function." },
    MethodDef { name: "interrupt", func: m_interrupt, flags: 0, doc: "Abort any pending database operation." },
    MethodDef { name: "iterdump", func: m_iterdump, flags: 0, doc: "Returns iterator to the dump of the database in an SQL text format." },
    MethodDef { name: "__enter__", func: m_enter, flags: 0, doc: "Called when the connection is used as a context manager." },
    MethodDef { name: "__exit__", func: m_exit, flags: 0, doc: "Called when the connection is used as a context manager." },
    MethodDef { name: "__getstate__", func: |a, _| Err(type_error(format!("cannot pickle '{}' object", a[0].type_().name()))), flags: 0, doc: "" },
];

pub static CONNECTION_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyConnection>),
    tp_new: slot(conn_new),
    tp_init: slot(conn_init),
    flags: Cell::new(type_flags::BASETYPE),
    methods: &CONNECTION_METHODS,
    getsets: &CONNECTION_GETSETS,
    module: Some("sqlite3"),
    doc: Some("SQLite database connection object."),
    ..TypeObject::new_static("Connection", std::mem::size_of::<PyConnection>())
});

pub fn conn(o: &PyObject) -> PyResult<&PyConnection> {
    if !o.is_instance_of(&CONNECTION_TYPE) {
        return Err(type_error(format!("descriptor requires a 'sqlite3.Connection' object but received '{}'", o.type_().name())));
    }
    // SAFETY: checked the type; subclasses extend this payload.
    Ok(unsafe { o.cast::<PyConnection>() })
}

impl PyConnection {
    /// The open handle, or ProgrammingError.
    pub fn check(&self) -> PyResult<*mut ffi::sqlite3> {
        if !self.initialized.get() {
            return Err(programming_error("Base Connection.__init__ not called."));
        }
        let db = self.db.get();
        if db.is_null() {
            return Err(programming_error("Cannot operate on a closed database."));
        }
        Ok(db)
    }

    /// Run SQL without results (BEGIN/COMMIT/ROLLBACK).
    pub fn exec(&self, sql: &str) -> PyResult<()> {
        let db = self.check()?;
        let c = CString::new(sql).unwrap();
        // SAFETY: open handle, NUL-terminated SQL, no callback.
        let rc = unsafe { ffi::sqlite3_exec(db, c.as_ptr(), None, std::ptr::null_mut(), std::ptr::null_mut()) };
        if rc != ffi::SQLITE_OK {
            return Err(db_error(db));
        }
        Ok(())
    }

    pub fn autocommit(&self) -> bool {
        let db = self.db.get();
        // SAFETY: open handle (checked non-null).
        db.is_null() || unsafe { ffi::sqlite3_get_autocommit(db) } != 0
    }

    pub fn commit(&self) -> PyResult<()> {
        self.check()?;
        if !self.autocommit() {
            self.exec("COMMIT")?;
        }
        Ok(())
    }
}

fn conn_new(t: &TypeObject, _a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyConnection {
        ob,
        db: Cell::new(std::ptr::null_mut()),
        initialized: Cell::new(false),
        isolation: RefCell::new(new_str("")),
        begin: RefCell::new(Some("BEGIN ".into())),
        row_factory: RefCell::new(none()),
        text_factory: RefCell::new(STR_TYPE.to_ref()),
        detect_types: Cell::new(0),
        trace: RefCell::new(None),
        progress: RefCell::new(None),
        authorizer: RefCell::new(None),
    }))
}

/// Validate an isolation level: the BEGIN statement it implies.
fn begin_for(v: &PyObject) -> PyResult<Option<String>> {
    if is_none(v) {
        return Ok(None);
    }
    let Some(s) = str_value(v) else {
        return Err(type_error("isolation_level must be str or None"));
    };
    let up = s.to_uppercase();
    if !matches!(up.as_str(), "" | "DEFERRED" | "IMMEDIATE" | "EXCLUSIVE") {
        return Err(value_error("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'"));
    }
    Ok(Some(format!("BEGIN {}", up)))
}

/// The stored `isolation_level`: None, or the level in capitals.
fn canonical_isolation(v: &PyObject) -> PyRef {
    match str_value(v) {
        Some(s) => new_str(s.to_uppercase()),
        None => v.to_ref(),
    }
}

fn conn_init(o: &PyObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let c = conn(o)?;
    let mut out = [None; 8];
    Params::new(
        "Connection",
        &["database", "timeout", "detect_types", "isolation_level", "check_same_thread", "factory", "cached_statements", "uri"],
        1,
    )
    .parse(args, kw, &mut out)?;
    let db_arg = out[0].unwrap();
    let pathlike = str_value(db_arg).is_some()
        || db_arg.is_instance_of(&crate::object::bytes::BYTES_TYPE)
        || protocol::getattr_opt(db_arg, &new_str("__fspath__"))?.is_some();
    if !pathlike {
        return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", db_arg.type_().name())));
    }
    let path = crate::modules::posix::path_arg("connect", Some(db_arg), false, false)?;
    let timeout = match out[1] {
        Some(t) => crate::object::float::to_f64(t)?,
        None => 5.0,
    };
    let detect = match out[2] {
        Some(d) => crate::object::args::expect_c_int(d)?,
        None => 0,
    };
    let iso = out[3].map_or_else(|| new_str(""), |v| v.to_ref());
    let begin = begin_for(&iso)?;
    let uri = match out[7] {
        Some(u) => protocol::is_true(u)?,
        None => false,
    };
    let mut db: *mut ffi::sqlite3 = std::ptr::null_mut();
    let mut flags = ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_CREATE;
    if uri {
        flags |= ffi::SQLITE_OPEN_URI;
    }
    // SAFETY: NUL-terminated name, an out-pointer for the handle.
    let rc = unsafe { ffi::sqlite3_open_v2(path.ptr(), &mut db, flags, std::ptr::null()) };
    if rc != ffi::SQLITE_OK {
        let err = if db.is_null() { super::error_from_code(rc, "unable to open database file".into()) } else { db_error(db) };
        // SAFETY: closing the failed handle (null is a no-op).
        unsafe { super::sqlite3_close_v2(db) };
        return Err(err);
    }
    // SAFETY: the handle just opened.
    unsafe { ffi::sqlite3_busy_timeout(db, (timeout * 1000.0) as i32) };
    let old = c.db.replace(db);
    if !old.is_null() {
        // SAFETY: re-initialising: the previous handle is ours.
        unsafe { super::sqlite3_close_v2(old) };
    }
    c.initialized.set(true);
    c.detect_types.set(detect);
    *c.begin.borrow_mut() = begin;
    let _old = c.isolation.replace(canonical_isolation(&iso));
    Ok(())
}

fn get_isolation(o: &PyObject) -> PyResult<PyRef> {
    Ok(conn(o)?.isolation.borrow().clone())
}

fn set_isolation(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let c = conn(o)?;
    let Some(v) = v else {
        return Err(crate::object::exceptions::attribute_error("cannot delete attribute"));
    };
    let begin = begin_for(v)?;
    if begin.is_none() {
        c.commit()?;
    }
    *c.begin.borrow_mut() = begin;
    let _old = c.isolation.replace(canonical_isolation(v));
    Ok(())
}

fn get_in_transaction(o: &PyObject) -> PyResult<PyRef> {
    let c = conn(o)?;
    c.check()?;
    Ok(new_bool(!c.autocommit()))
}

fn get_total_changes(o: &PyObject) -> PyResult<PyRef> {
    let c = conn(o)?;
    let db = c.check()?;
    // SAFETY: open handle.
    Ok(new_int(unsafe { ffi::sqlite3_total_changes(db) } as i64))
}

fn set_row_factory(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let c = conn(o)?;
    let _old = c.row_factory.replace(v.map_or_else(none, |v| v.to_ref()));
    Ok(())
}

fn set_text_factory(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let c = conn(o)?;
    let _old = c.text_factory.replace(v.map_or_else(|| STR_TYPE.to_ref(), |v| v.to_ref()));
    Ok(())
}

/// `cursor(factory=Cursor)`.
fn m_cursor(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    let mut out = [None];
    Params::new("cursor", &["factory"], 0).parse(&args[1..], kw, &mut out)?;
    c.check()?;
    let factory = out[0].map_or_else(|| CURSOR_TYPE.to_ref(), |f| f.to_ref());
    let cur = protocol::call(&factory, &[args[0]], None)?;
    if !cur.is_instance_of(&CURSOR_TYPE) {
        return Err(type_error(format!("factory must return a cursor, not {}", cur.type_().name())));
    }
    let rf = c.row_factory.borrow().clone();
    if !is_none(&rf) {
        cursor::set_row_factory(&cur, rf)?;
    }
    Ok(cur)
}

fn m_close(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    no_kwargs("close", kw)?;
    check_positional("close", args.len() - 1, 0, 0)?;
    if !c.initialized.get() {
        return Err(programming_error("Base Connection.__init__ not called."));
    }
    let db = c.db.replace(std::ptr::null_mut());
    if !db.is_null() {
        super::callbacks::clear_hooks(db);
        // SAFETY: our handle; statements still held by cursors keep it as a zombie.
        unsafe { super::sqlite3_close_v2(db) };
    }
    Ok(none())
}

fn m_commit(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    conn(args[0])?.commit()?;
    Ok(none())
}

fn m_rollback(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    c.check()?;
    if !c.autocommit() {
        c.exec("ROLLBACK")?;
    }
    Ok(none())
}

fn shortcut(args: &[&PyObject], kw: Option<&PyObject>, method: &str) -> PyResult<PyRef> {
    conn(args[0])?;
    no_kwargs(&format!("Connection.{}", method), kw)?;
    let cur = m_cursor(&args[..1], None)?;
    let m = protocol::getattr(&cur, &new_str(method))?;
    protocol::call(&m, &args[1..], kw)?;
    Ok(cur)
}

fn m_execute(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    shortcut(args, kw, "execute")
}

fn m_executemany(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    shortcut(args, kw, "executemany")
}

fn m_executescript(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    shortcut(args, kw, "executescript")
}

fn m_interrupt(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let db = conn(args[0])?.check()?;
    // SAFETY: open handle.
    unsafe { ffi::sqlite3_interrupt(db) };
    Ok(none())
}

/// `iterdump()`: the stdlib's `sqlite3.dump._iterdump(self)`.
fn m_iterdump(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    conn(args[0])?.check()?;
    let fromlist = crate::object::tuple::new_tuple(vec![new_str("_iterdump")]);
    let m = crate::import::import_module_level(&new_str("sqlite3.dump"), None, Some(&fromlist), 0)?;
    let f = protocol::getattr(&m, &new_str("_iterdump"))?;
    protocol::call(&f, &[args[0]], None)
}

fn m_enter(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    conn(args[0])?.check()?;
    Ok(args[0].to_ref())
}

/// `__exit__`: commit on success, roll back on an exception; never
/// suppresses the exception.
fn m_exit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = conn(args[0])?;
    no_kwargs("__exit__", kw)?;
    check_positional("__exit__", args.len() - 1, 3, 3)?;
    if is_none(args[1]) && is_none(args[2]) && is_none(args[3]) {
        if let Err(e) = c.commit() {
            if !c.autocommit() {
                let _ = c.exec("ROLLBACK");
            }
            return Err(e);
        }
    } else {
        c.check()?;
        if !c.autocommit() {
            c.exec("ROLLBACK")?;
        }
    }
    Ok(new_bool(false))
}

pub fn expect_sql<'a>(o: &'a PyObject, fname: &str) -> PyResult<&'a str> {
    expect_str(o, &format!("{}() argument 1", fname))
}
