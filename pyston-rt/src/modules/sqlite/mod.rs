//! `_sqlite3`, the native module under the stdlib `sqlite3` package
//! (CPython 3.11's API and messages). SQLite itself comes from `rusqlite`
//! with its `bundled` feature (compiled from source by the C compiler);
//! the module drives the C API through `rusqlite::ffi` as CPython does,
//! because cursors keep prepared statements alive between Python calls,
//! beyond any Rust borrow of a connection.
//! - `mod.rs`: the module, exceptions and the error mapping, `connect`,
//!   adapters/converters registration;
//! - `connection.rs`: `Connection` (transactions as 3.11's
//!   `isolation_level`, user functions, context manager);
//! - `cursor.rs`: `Cursor` (execute/executemany/executescript, fetching);
//! - `values.rs`: Python values ↔ SQLite values (adapters, converters,
//!   `text_factory`);
//! - `row.rs`: `Row`;
//! - `callbacks.rs`: user-defined functions, aggregates and collations,
//!   the trace/progress/authorizer hooks, limits, `backup`.

mod callbacks;
mod connection;
mod cursor;
mod row;
mod values;

use crate::object::args::{check_positional, no_kwargs};
use crate::object::dict::{dict_set_item_str, new_dict};
use crate::object::exceptions::{PyErr, EXCEPTION};
use crate::object::header::{PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use rusqlite::ffi;
use std::ffi::CStr;

use crate::modules::module_exc::module_exception;

module_exception!(WARNING = "sqlite3", "Warning", &EXCEPTION, "");
module_exception!(ERROR = "sqlite3", "Error", &EXCEPTION, "");
module_exception!(INTERFACE_ERROR = "sqlite3", "InterfaceError", &ERROR, "");
module_exception!(DATABASE_ERROR = "sqlite3", "DatabaseError", &ERROR, "");
module_exception!(DATA_ERROR = "sqlite3", "DataError", &DATABASE_ERROR, "");
module_exception!(OPERATIONAL_ERROR = "sqlite3", "OperationalError", &DATABASE_ERROR, "");
module_exception!(INTEGRITY_ERROR = "sqlite3", "IntegrityError", &DATABASE_ERROR, "");
module_exception!(INTERNAL_ERROR = "sqlite3", "InternalError", &DATABASE_ERROR, "");
module_exception!(PROGRAMMING_ERROR = "sqlite3", "ProgrammingError", &DATABASE_ERROR, "");
module_exception!(NOT_SUPPORTED_ERROR = "sqlite3", "NotSupportedError", &DATABASE_ERROR, "");

static EXC_TYPES: [(&str, &Static<TypeObject>); 10] = [
    ("Warning", &WARNING),
    ("Error", &ERROR),
    ("InterfaceError", &INTERFACE_ERROR),
    ("DatabaseError", &DATABASE_ERROR),
    ("DataError", &DATA_ERROR),
    ("OperationalError", &OPERATIONAL_ERROR),
    ("IntegrityError", &INTEGRITY_ERROR),
    ("InternalError", &INTERNAL_ERROR),
    ("ProgrammingError", &PROGRAMMING_ERROR),
    ("NotSupportedError", &NOT_SUPPORTED_ERROR),
];

/// `PrepareProtocol`: the protocol object adapters are registered for.
pub static PREPARE_PROTOCOL_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::BASETYPE),
    module: Some("sqlite3"),
    doc: Some("PEP 246 style object adaption protocol type."),
    ..TypeObject::new_static("PrepareProtocol", std::mem::size_of::<PyObject>())
});

extern "C" {
    // In the bundled SQLite, left out of libsqlite3-sys's bindings.
    pub fn sqlite3_close_v2(db: *mut ffi::sqlite3) -> std::ffi::c_int;
}

pub fn programming_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&PROGRAMMING_ERROR, msg)
}

pub fn operational_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&OPERATIONAL_ERROR, msg)
}

/// The symbolic name of a (possibly extended) result code.
fn error_name(code: i32) -> Option<&'static str> {
    Some(match code {
        0 => "SQLITE_OK",
        1 => "SQLITE_ERROR",
        2 => "SQLITE_INTERNAL",
        3 => "SQLITE_PERM",
        4 => "SQLITE_ABORT",
        5 => "SQLITE_BUSY",
        6 => "SQLITE_LOCKED",
        7 => "SQLITE_NOMEM",
        8 => "SQLITE_READONLY",
        9 => "SQLITE_INTERRUPT",
        10 => "SQLITE_IOERR",
        11 => "SQLITE_CORRUPT",
        12 => "SQLITE_NOTFOUND",
        13 => "SQLITE_FULL",
        14 => "SQLITE_CANTOPEN",
        15 => "SQLITE_PROTOCOL",
        16 => "SQLITE_EMPTY",
        17 => "SQLITE_SCHEMA",
        18 => "SQLITE_TOOBIG",
        19 => "SQLITE_CONSTRAINT",
        20 => "SQLITE_MISMATCH",
        21 => "SQLITE_MISUSE",
        22 => "SQLITE_NOLFS",
        23 => "SQLITE_AUTH",
        24 => "SQLITE_FORMAT",
        25 => "SQLITE_RANGE",
        26 => "SQLITE_NOTADB",
        27 => "SQLITE_NOTICE",
        28 => "SQLITE_WARNING",
        100 => "SQLITE_ROW",
        101 => "SQLITE_DONE",
        275 => "SQLITE_CONSTRAINT_CHECK",
        531 => "SQLITE_CONSTRAINT_COMMITHOOK",
        787 => "SQLITE_CONSTRAINT_FOREIGNKEY",
        1043 => "SQLITE_CONSTRAINT_FUNCTION",
        1299 => "SQLITE_CONSTRAINT_NOTNULL",
        1555 => "SQLITE_CONSTRAINT_PRIMARYKEY",
        1811 => "SQLITE_CONSTRAINT_TRIGGER",
        2067 => "SQLITE_CONSTRAINT_UNIQUE",
        2323 => "SQLITE_CONSTRAINT_VTAB",
        2579 => "SQLITE_CONSTRAINT_ROWID",
        2835 => "SQLITE_CONSTRAINT_PINNED",
        3091 => "SQLITE_CONSTRAINT_DATATYPE",
        _ => return None,
    })
}

/// The exception for the database's last error (CPython's
/// `_pysqlite_seterror`): the type from the primary result code, the
/// message from `sqlite3_errmsg`, with `sqlite_errorcode` and
/// `sqlite_errorname` attributes.
pub fn db_error(db: *mut ffi::sqlite3) -> PyErr {
    // SAFETY: db is an open connection handle (or null: errmsg/errcode cope).
    let (code, msg) = unsafe {
        let code = ffi::sqlite3_extended_errcode(db);
        (code, CStr::from_ptr(ffi::sqlite3_errmsg(db)).to_string_lossy().into_owned())
    };
    error_from_code(code, msg)
}

pub fn error_from_code(code: i32, msg: String) -> PyErr {
    let t: &TypeObject = match code & 0xff {
        ffi::SQLITE_INTERNAL | ffi::SQLITE_NOTFOUND => &INTERNAL_ERROR,
        ffi::SQLITE_NOMEM => return crate::object::exceptions::no_memory(),
        ffi::SQLITE_ERROR | ffi::SQLITE_PERM | ffi::SQLITE_ABORT | ffi::SQLITE_BUSY | ffi::SQLITE_LOCKED
        | ffi::SQLITE_READONLY | ffi::SQLITE_INTERRUPT | ffi::SQLITE_IOERR | ffi::SQLITE_FULL
        | ffi::SQLITE_CANTOPEN | ffi::SQLITE_PROTOCOL | ffi::SQLITE_EMPTY | ffi::SQLITE_SCHEMA => &OPERATIONAL_ERROR,
        ffi::SQLITE_CORRUPT => &DATABASE_ERROR,
        ffi::SQLITE_TOOBIG => &DATA_ERROR,
        ffi::SQLITE_CONSTRAINT | ffi::SQLITE_MISMATCH => &INTEGRITY_ERROR,
        ffi::SQLITE_MISUSE | ffi::SQLITE_RANGE => &INTERFACE_ERROR,
        _ => &DATABASE_ERROR,
    };
    let e = PyErr::new(t, msg);
    let v = e.value();
    let _ = protocol::setattr(v, &new_str("sqlite_errorcode"), &new_int(code as i64));
    let name = error_name(code).or_else(|| error_name(code & 0xff)).unwrap_or("SQLITE_UNKNOWN");
    let _ = protocol::setattr(v, &new_str("sqlite_errorname"), &new_str(name));
    e
}

/// The `_sqlite3` module's dict entry `name` (`adapters`, `converters`).
pub fn module_attr(name: &str) -> PyResult<PyRef> {
    match crate::runtime::sys_modules_get("_sqlite3") {
        Some(m) => protocol::getattr(&m, &new_str(name)),
        None => Err(crate::object::exceptions::runtime_error("_sqlite3 is not imported")),
    }
}

thread_local! {
    static CALLBACK_TRACEBACKS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn callback_tracebacks() -> bool {
    CALLBACK_TRACEBACKS.with(|c| c.get())
}

fn m_connect(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    // `factory` is taken out of the keywords; everything else goes to it.
    let (pos, kwvals, names) = crate::object::args::split(args, kw);
    let mut factory: PyRef = connection::CONNECTION_TYPE.to_ref();
    let mut rest: Vec<&PyObject> = pos.to_vec();
    let mut rest_names = Vec::new();
    for (n, v) in names.iter().zip(kwvals.iter()) {
        if crate::object::str::str_value(n) == Some("factory") {
            factory = v.to_ref();
        } else {
            rest.push(v);
            rest_names.push(n.clone());
        }
    }
    if pos.len() > 5 {
        factory = pos[5].to_ref();
        rest.remove(5);
    }
    let kwn = (!rest_names.is_empty()).then(|| crate::object::tuple::new_tuple(rest_names));
    protocol::call(&factory, &rest, kwn.as_deref())
}

fn m_register_adapter(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("register_adapter", kw)?;
    check_positional("register_adapter", args.len(), 2, 2)?;
    let key = crate::object::tuple::new_tuple(vec![args[0].to_ref(), PREPARE_PROTOCOL_TYPE.to_ref()]);
    let adapters = module_attr("adapters")?;
    crate::object::dict::dict_set(&adapters, &key, args[1])?;
    Ok(none())
}

fn m_register_converter(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("register_converter", kw)?;
    check_positional("register_converter", args.len(), 2, 2)?;
    let name = crate::object::args::expect_str(args[0], "register_converter() argument 1")?;
    let upper = new_str(name.to_uppercase());
    let converters = module_attr("converters")?;
    crate::object::dict::dict_set(&converters, &upper, args[1])?;
    Ok(none())
}

fn m_adapt(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("adapt", kw)?;
    check_positional("adapt", args.len(), 1, 3)?;
    values::adapt(args[0], args.get(2).copied())
}

fn m_complete_statement(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    crate::object::args::Params::new("complete_statement", &["statement"], 1).parse(args, kw, &mut out)?;
    let s = crate::object::args::expect_str(out[0].unwrap(), "complete_statement() argument 'statement'")?;
    let c = std::ffi::CString::new(s).map_err(|_| crate::object::exceptions::value_error("embedded null character"))?;
    // SAFETY: a NUL-terminated statement.
    Ok(crate::object::int::new_bool(unsafe { ffi::sqlite3_complete(c.as_ptr()) } != 0))
}

fn m_enable_callback_tracebacks(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("enable_callback_tracebacks", kw)?;
    check_positional("enable_callback_tracebacks", args.len(), 1, 1)?;
    let v = protocol::is_true(args[0])?;
    CALLBACK_TRACEBACKS.with(|c| c.set(v));
    Ok(none())
}

fn m_enable_shared_cache(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("enable_shared_cache", kw)?;
    check_positional("enable_shared_cache", args.len(), 1, 1)?;
    let v = protocol::is_true(args[0])?;
    #[allow(deprecated)]
    // SAFETY: a global setting call.
    let rc = unsafe { ffi::sqlite3_enable_shared_cache(v as i32) };
    if rc != ffi::SQLITE_OK {
        return Err(operational_error("Changing the shared_cache flag failed"));
    }
    Ok(none())
}

macro_rules! fdefs {
    ($($name:literal => $f:path),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}

static SQLITE_FUNCS: [MethodDef; 7] = fdefs![
    "connect" => m_connect,
    "register_adapter" => m_register_adapter,
    "register_converter" => m_register_converter,
    "adapt" => m_adapt,
    "complete_statement" => m_complete_statement,
    "enable_callback_tracebacks" => m_enable_callback_tracebacks,
    "enable_shared_cache" => m_enable_shared_cache,
];

/// The SQLITE_* constants CPython exports (authorizer actions and results).
const CONSTANTS: &[(&str, i64)] = &[
    ("PARSE_DECLTYPES", 1), ("PARSE_COLNAMES", 2),
    ("SQLITE_OK", 0), ("SQLITE_DENY", 1), ("SQLITE_IGNORE", 2),
    ("SQLITE_CREATE_INDEX", 1), ("SQLITE_CREATE_TABLE", 2), ("SQLITE_CREATE_TEMP_INDEX", 3),
    ("SQLITE_CREATE_TEMP_TABLE", 4), ("SQLITE_CREATE_TEMP_TRIGGER", 5), ("SQLITE_CREATE_TEMP_VIEW", 6),
    ("SQLITE_CREATE_TRIGGER", 7), ("SQLITE_CREATE_VIEW", 8), ("SQLITE_DELETE", 9), ("SQLITE_DROP_INDEX", 10),
    ("SQLITE_DROP_TABLE", 11), ("SQLITE_DROP_TEMP_INDEX", 12), ("SQLITE_DROP_TEMP_TABLE", 13),
    ("SQLITE_DROP_TEMP_TRIGGER", 14), ("SQLITE_DROP_TEMP_VIEW", 15), ("SQLITE_DROP_TRIGGER", 16),
    ("SQLITE_DROP_VIEW", 17), ("SQLITE_INSERT", 18), ("SQLITE_PRAGMA", 19), ("SQLITE_READ", 20),
    ("SQLITE_SELECT", 21), ("SQLITE_TRANSACTION", 22), ("SQLITE_UPDATE", 23), ("SQLITE_ATTACH", 24),
    ("SQLITE_DETACH", 25), ("SQLITE_ALTER_TABLE", 26), ("SQLITE_REINDEX", 27), ("SQLITE_ANALYZE", 28),
    ("SQLITE_CREATE_VTABLE", 29), ("SQLITE_DROP_VTABLE", 30), ("SQLITE_FUNCTION", 31),
    ("SQLITE_SAVEPOINT", 32), ("SQLITE_RECURSIVE", 33), ("SQLITE_DONE", 101),
    ("SQLITE_LIMIT_LENGTH", 0), ("SQLITE_LIMIT_SQL_LENGTH", 1), ("SQLITE_LIMIT_COLUMN", 2),
    ("SQLITE_LIMIT_EXPR_DEPTH", 3), ("SQLITE_LIMIT_COMPOUND_SELECT", 4), ("SQLITE_LIMIT_VDBE_OP", 5),
    ("SQLITE_LIMIT_FUNCTION_ARG", 6), ("SQLITE_LIMIT_ATTACHED", 7), ("SQLITE_LIMIT_LIKE_PATTERN_LENGTH", 8),
    ("SQLITE_LIMIT_VARIABLE_NUMBER", 9), ("SQLITE_LIMIT_TRIGGER_DEPTH", 10), ("SQLITE_LIMIT_WORKER_THREADS", 11),
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_sqlite3");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_sqlite3");
    for f in SQLITE_FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    for (k, v) in CONSTANTS {
        dict_set_item_str(d, k, new_int(*v));
    }
    // The result-code constants (SQLITE_ERROR, SQLITE_CONSTRAINT_UNIQUE, ...).
    for code in 0..4096 {
        if let Some(n) = error_name(code) {
            if !matches!(n, "SQLITE_OK" | "SQLITE_DONE") {
                dict_set_item_str(d, n, new_int(code as i64));
            }
        }
    }
    for (n, t) in EXC_TYPES.iter() {
        dict_set_item_str(d, n, t.to_ref());
    }
    dict_set_item_str(d, "Connection", connection::CONNECTION_TYPE.to_ref());
    dict_set_item_str(d, "Cursor", cursor::CURSOR_TYPE.to_ref());
    dict_set_item_str(d, "Row", row::ROW_TYPE.to_ref());
    dict_set_item_str(d, "PrepareProtocol", PREPARE_PROTOCOL_TYPE.to_ref());
    dict_set_item_str(d, "adapters", new_dict());
    dict_set_item_str(d, "converters", new_dict());
    // SAFETY: returns a static NUL-terminated version string.
    let v = unsafe { CStr::from_ptr(ffi::sqlite3_libversion()) }.to_string_lossy().into_owned();
    dict_set_item_str(d, "sqlite_version", new_str(v));
    dict_set_item_str(d, "version", new_str("2.6.0"));
    // DB-API threadsafety from SQLite's threading mode (CPython 3.11's mapping).
    // SAFETY: a query of a compile-time setting.
    let ts = match unsafe { ffi::sqlite3_threadsafe() } {
        0 => 0,
        2 => 1,
        _ => 3,
    };
    dict_set_item_str(d, "threadsafety", new_int(ts));
    Ok(m)
}

/// The static types of `_sqlite3`, for `static_types()`.
pub fn sqlite_types() -> Vec<&'static TypeObject> {
    let mut v: Vec<&'static TypeObject> = EXC_TYPES.iter().map(|(_, t)| &***t).collect();
    v.push(&PREPARE_PROTOCOL_TYPE);
    v.push(&connection::CONNECTION_TYPE);
    v.push(&cursor::CURSOR_TYPE);
    v.push(&row::ROW_TYPE);
    v
}
