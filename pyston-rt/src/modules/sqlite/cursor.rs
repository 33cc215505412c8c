//! `sqlite3.Cursor`: one prepared statement at a time. `execute` prepares
//! (one statement only), binds, opens the implicit transaction before DML,
//! and steps once; a pending row stays in the statement until fetched,
//! and each fetch builds the row then steps to the next (CPython 3.11's
//! `pysqlite_cursor_iternext`).

use super::connection::{conn, PyConnection, CONNECTION_TYPE};
use super::values::{bind_parameters, column_value};
use super::{db_error, module_attr, programming_error};
use crate::object::args::{expect_index, Params};
use crate::object::exceptions::type_error;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use rusqlite::ffi;
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct PyCursor {
    ob: PyObject,
    connection: RefCell<Option<PyRef>>,
    stmt: Cell<*mut ffi::sqlite3_stmt>,
    has_row: Cell<bool>,
    is_dml: Cell<bool>,
    converters: RefCell<Vec<Option<PyRef>>>,
    description: RefCell<PyRef>,
    rowcount: Cell<i64>,
    lastrowid: RefCell<PyRef>,
    arraysize: Cell<i64>,
    row_factory: RefCell<PyRef>,
    closed: Cell<bool>,
}

impl PyCursor {
    fn finalize(&self) {
        let st = self.stmt.replace(std::ptr::null_mut());
        self.has_row.set(false);
        if !st.is_null() {
            // SAFETY: our statement, finalized once.
            unsafe { ffi::sqlite3_finalize(st) };
        }
    }
}

impl Drop for PyCursor {
    fn drop(&mut self) {
        self.finalize();
    }
}

static CURSOR_METHODS: [MethodDef; 9] = [
    MethodDef { name: "execute", func: m_execute, flags: 0, doc: "Executes an SQL statement." },
    MethodDef { name: "executemany", func: m_executemany, flags: 0, doc: "Repeatedly executes an SQL statement." },
    MethodDef { name: "executescript", func: m_executescript, flags: 0, doc: "Executes multiple SQL statements at once." },
    MethodDef { name: "fetchone", func: m_fetchone, flags: 0, doc: "Fetches one row from the resultset." },
    MethodDef { name: "fetchmany", func: m_fetchmany, flags: 0, doc: "Fetches several rows from the resultset." },
    MethodDef { name: "fetchall", func: m_fetchall, flags: 0, doc: "Fetches all rows from the resultset." },
    MethodDef { name: "close", func: m_close, flags: 0, doc: "Closes the cursor." },
    MethodDef { name: "setinputsizes", func: |a, _| { cur(a[0])?; Ok(none()) }, flags: 0, doc: "Required by DB-API. Does nothing in sqlite3." },
    MethodDef { name: "setoutputsize", func: |a, _| { cur(a[0])?; Ok(none()) }, flags: 0, doc: "Required by DB-API. Does nothing in sqlite3." },
];

static CURSOR_GETSETS: [GetSetDef; 6] = [
    GetSetDef { name: "connection", get: |o| Ok(cur(o)?.connection.borrow().clone().unwrap_or_else(none)), set: None, doc: "" },
    GetSetDef { name: "description", get: |o| Ok(cur(o)?.description.borrow().clone()), set: None, doc: "" },
    GetSetDef { name: "rowcount", get: |o| Ok(new_int(cur(o)?.rowcount.get())), set: None, doc: "" },
    GetSetDef { name: "lastrowid", get: |o| Ok(cur(o)?.lastrowid.borrow().clone()), set: None, doc: "" },
    GetSetDef { name: "arraysize", get: |o| Ok(new_int(cur(o)?.arraysize.get())), set: Some(set_arraysize), doc: "" },
    GetSetDef { name: "row_factory", get: |o| Ok(cur(o)?.row_factory.borrow().clone()), set: Some(set_rf), doc: "" },
];

pub static CURSOR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyCursor>),
    tp_new: slot(cursor_new),
    tp_init: slot(cursor_init),
    tp_iter: slot(|o| Ok(o.to_ref())),
    tp_iternext: slot(cursor_next),
    flags: Cell::new(type_flags::BASETYPE),
    methods: &CURSOR_METHODS,
    getsets: &CURSOR_GETSETS,
    module: Some("sqlite3"),
    doc: Some("SQLite database cursor class."),
    ..TypeObject::new_static("Cursor", std::mem::size_of::<PyCursor>())
});

fn cur(o: &PyObject) -> PyResult<&PyCursor> {
    if !o.is_instance_of(&CURSOR_TYPE) {
        return Err(type_error(format!("descriptor requires a 'sqlite3.Cursor' object but received '{}'", o.type_().name())));
    }
    // SAFETY: checked the type; subclasses extend this payload.
    Ok(unsafe { o.cast::<PyCursor>() })
}

pub fn set_row_factory(o: &PyObject, rf: PyRef) -> PyResult<()> {
    let _old = cur(o)?.row_factory.replace(rf);
    Ok(())
}

fn set_rf(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    set_row_factory(o, v.map_or_else(none, |v| v.to_ref()))
}

fn set_arraysize(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let c = cur(o)?;
    let Some(v) = v else { return Err(type_error("can't delete numeric/char attribute")) };
    c.arraysize.set(expect_index(v)? as i64);
    Ok(())
}

fn cursor_new(t: &TypeObject, _a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyCursor {
        ob,
        connection: RefCell::new(None),
        stmt: Cell::new(std::ptr::null_mut()),
        has_row: Cell::new(false),
        is_dml: Cell::new(false),
        converters: RefCell::new(Vec::new()),
        description: RefCell::new(none()),
        rowcount: Cell::new(-1),
        lastrowid: RefCell::new(none()),
        arraysize: Cell::new(1),
        row_factory: RefCell::new(none()),
        closed: Cell::new(false),
    }))
}

fn cursor_init(o: &PyObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let c = cur(o)?;
    let mut out = [None];
    Params { fname: "Cursor", names: &["connection"], required: 1, posonly: 1, kwonly: 1 }.parse(args, kw, &mut out)?;
    let cx = out[0].unwrap();
    if !cx.is_instance_of(&CONNECTION_TYPE) {
        return Err(type_error(format!("Cursor() argument 1 must be sqlite3.Connection, not {}", cx.type_().name())));
    }
    let _old = c.connection.replace(Some(cx.to_ref()));
    Ok(())
}

/// The cursor's connection payload and open handle, checking that both
/// the cursor and the connection are usable.
fn check(c: &PyCursor) -> PyResult<(PyRef, *mut ffi::sqlite3)> {
    let Some(cx) = c.connection.borrow().clone() else {
        return Err(programming_error("Base Cursor.__init__ not called."));
    };
    let db = conn(&cx)?.check()?;
    if c.closed.get() {
        return Err(programming_error("Cannot operate on a closed cursor."));
    }
    Ok((cx, db))
}

/// Skip whitespace and SQL comments; the rest of `s`.
fn skip_blank(mut s: &[u8]) -> &[u8] {
    loop {
        while let Some((c, rest)) = s.split_first() {
            if c.is_ascii_whitespace() {
                s = rest;
            } else {
                break;
            }
        }
        if s.starts_with(b"--") {
            match s.iter().position(|b| *b == b'\n') {
                Some(i) => s = &s[i + 1..],
                None => return &[],
            }
        } else if s.starts_with(b"/*") {
            match s.windows(2).skip(2).position(|w| w == b"*/") {
                Some(i) => s = &s[i + 4..],
                None => return &[],
            }
        } else {
            return s;
        }
    }
}

/// INSERT/UPDATE/DELETE/REPLACE (CPython 3.11's `is_dml` test).
fn is_dml(sql: &str) -> bool {
    let s = skip_blank(sql.as_bytes());
    ["insert", "update", "delete", "replace"]
        .iter()
        .any(|k| s.len() >= k.len() && s[..k.len()].eq_ignore_ascii_case(k.as_bytes()))
}

/// Prepare `sql` (one statement); null for an empty statement.
fn prepare(db: *mut ffi::sqlite3, sql: &str) -> PyResult<*mut ffi::sqlite3_stmt> {
    if sql.contains('\0') {
        return Err(programming_error("the query contains a null character"));
    }
    let mut st: *mut ffi::sqlite3_stmt = std::ptr::null_mut();
    let mut tail: *const std::ffi::c_char = std::ptr::null();
    // SAFETY: SQL bytes with their length; out-pointers for the statement and tail.
    let rc = unsafe { ffi::sqlite3_prepare_v2(db, sql.as_ptr() as *const _, sql.len() as i32, &mut st, &mut tail) };
    if rc != ffi::SQLITE_OK {
        return Err(db_error(db));
    }
    // SAFETY: tail points into `sql`.
    let used = unsafe { tail.offset_from(sql.as_ptr() as *const std::ffi::c_char) } as usize;
    if !skip_blank(&sql.as_bytes()[used.min(sql.len())..]).is_empty() {
        // SAFETY: finalizing the statement we prepared.
        unsafe { ffi::sqlite3_finalize(st) };
        return Err(programming_error("You can only execute one statement at a time."));
    }
    Ok(st)
}

/// The converter for column `i` (PARSE_COLNAMES, then PARSE_DECLTYPES).
fn column_converter(st: *mut ffi::sqlite3_stmt, i: i32, detect: i32, converters: &PyObject) -> PyResult<Option<PyRef>> {
    let lookup = |name: &str| -> PyResult<Option<PyRef>> { crate::object::dict::dict_get(converters, &new_str(name.to_uppercase())) };
    if detect & 2 != 0 {
        // SAFETY: column names are NUL-terminated (or null).
        let p = unsafe { ffi::sqlite3_column_name(st, i) };
        if !p.is_null() {
            // SAFETY: as above.
            let name = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned();
            if let (Some(a), Some(b)) = (name.find('['), name.rfind(']')) {
                if a < b {
                    if let Some(c) = lookup(&name[a + 1..b])? {
                        return Ok(Some(c));
                    }
                }
            }
        }
    }
    if detect & 1 != 0 {
        // SAFETY: declared types are NUL-terminated (or null).
        let p = unsafe { ffi::sqlite3_column_decltype(st, i) };
        if !p.is_null() {
            // SAFETY: as above.
            let decl = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned();
            let word: String = decl.chars().take_while(|c| *c != ' ' && *c != '(').collect();
            return lookup(&word);
        }
    }
    Ok(None)
}

/// The description tuple and converters of a statement's columns.
fn describe(c: &PyCursor, cx: &PyConnection, st: *mut ffi::sqlite3_stmt) -> PyResult<()> {
    // SAFETY: a live statement.
    let n = unsafe { ffi::sqlite3_column_count(st) };
    let detect = cx.detect_types.get();
    let converters = if detect != 0 { Some(module_attr("converters")?) } else { None };
    let mut conv = Vec::new();
    let mut desc = Vec::new();
    for i in 0..n {
        // SAFETY: a NUL-terminated column name (or null).
        let p = unsafe { ffi::sqlite3_column_name(st, i) };
        let mut name = if p.is_null() {
            String::new()
        } else {
            // SAFETY: as above.
            unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()
        };
        if detect & 2 != 0 {
            if let Some(k) = name.find('[') {
                let cut = if k > 0 && name.as_bytes()[k - 1] == b' ' { k - 1 } else { k };
                name.truncate(cut);
            }
        }
        let nn = none();
        desc.push(new_tuple(vec![new_str(name), nn.clone(), nn.clone(), nn.clone(), nn.clone(), nn.clone(), nn]));
        conv.push(match &converters {
            Some(d) => column_converter(st, i, detect, d)?,
            None => None,
        });
    }
    *c.converters.borrow_mut() = conv;
    let _old = c.description.replace(if n > 0 { new_tuple(desc) } else { none() });
    Ok(())
}

/// Step the current statement: Ok(true) when a row is pending.
fn step(c: &PyCursor, db: *mut ffi::sqlite3) -> PyResult<bool> {
    let st = c.stmt.get();
    // SAFETY: a live statement.
    let rc = unsafe { ffi::sqlite3_step(st) };
    match rc {
        ffi::SQLITE_ROW => {
            c.has_row.set(true);
            Ok(true)
        }
        ffi::SQLITE_DONE => {
            c.has_row.set(false);
            // SAFETY: a live statement.
            unsafe { ffi::sqlite3_reset(st) };
            Ok(false)
        }
        _ => {
            c.has_row.set(false);
            // SAFETY: a live statement; reset reports the error through errmsg.
            unsafe { ffi::sqlite3_reset(st) };
            Err(db_error(db))
        }
    }
}

/// `execute`/`executemany` (CPython's `_pysqlite_query_execute`).
fn query_execute(o: &PyObject, sql_obj: &PyObject, params: Vec<Option<PyRef>>, multiple: bool) -> PyResult<PyRef> {
    let c = cur(o)?;
    let (cxo, db) = check(c)?;
    let cx = conn(&cxo)?;
    let fname = if multiple { "executemany" } else { "execute" };
    let sql = super::connection::expect_sql(sql_obj, fname)?;
    c.finalize();
    let _old = c.description.replace(none());
    c.rowcount.set(-1);
    let st = prepare(db, sql)?;
    c.stmt.set(st);
    let dml = is_dml(sql);
    c.is_dml.set(dml);
    if st.is_null() {
        return Ok(o.to_ref());
    }
    // SAFETY: a live statement.
    if multiple && unsafe { ffi::sqlite3_stmt_readonly(st) } != 0 {
        c.finalize();
        return Err(programming_error("executemany() can only execute DML statements."));
    }
    let begin = cx.begin.borrow().clone();
    if let Some(b) = begin {
        if dml && cx.autocommit() {
            cx.exec(&b)?;
        }
    }
    if dml {
        c.rowcount.set(0);
    }
    let mut described = false;
    for p in params {
        // SAFETY: a live statement.
        unsafe {
            ffi::sqlite3_reset(st);
            ffi::sqlite3_clear_bindings(st);
        }
        if let Err(e) = bind_parameters(db, st, p.as_deref()) {
            c.finalize();
            return Err(e);
        }
        let row = match step(c, db) {
            Ok(r) => r,
            Err(e) => {
                c.finalize();
                return Err(e);
            }
        };
        if !described {
            describe(c, cx, st)?;
            described = true;
        }
        if dml {
            // SAFETY: open handle.
            c.rowcount.set(c.rowcount.get() + unsafe { ffi::sqlite3_changes(db) } as i64);
        }
        if row && multiple {
            c.finalize();
            return Err(programming_error("executemany() can only execute DML statements."));
        }
    }
    if !multiple {
        // SAFETY: open handle.
        let _old = c.lastrowid.replace(new_int(unsafe { ffi::sqlite3_last_insert_rowid(db) }));
    }
    Ok(o.to_ref())
}

fn m_execute(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    cur(args[0])?;
    let mut out = [None, None];
    Params { fname: "execute", names: &["sql", "parameters"], required: 1, posonly: 2, kwonly: 2 }.parse(&args[1..], kw, &mut out)?;
    query_execute(args[0], out[0].unwrap(), vec![out[1].map(|p| p.to_ref())], false)
}

fn m_executemany(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    cur(args[0])?;
    let mut out = [None, None];
    Params { fname: "executemany", names: &["sql", "seq_of_parameters"], required: 2, posonly: 2, kwonly: 2 }.parse(&args[1..], kw, &mut out)?;
    let c = cur(args[0])?;
    check(c)?;
    super::connection::expect_sql(out[0].unwrap(), "executemany")?;
    let items = protocol::collect(out[1].unwrap())?;
    query_execute(args[0], out[0].unwrap(), items.into_iter().map(Some).collect(), true)
}

fn m_executescript(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = cur(args[0])?;
    let mut out = [None];
    Params { fname: "executescript", names: &["sql_script"], required: 1, posonly: 1, kwonly: 1 }.parse(&args[1..], kw, &mut out)?;
    let script = out[0].unwrap();
    let Some(sql) = crate::object::str::str_value(script) else {
        return Err(type_error(format!("executescript() argument must be str, not {}", script.type_().name())));
    };
    let (cxo, db) = check(c)?;
    let cx = conn(&cxo)?;
    c.finalize();
    cx.commit()?;
    if sql.contains('\0') {
        return Err(crate::object::exceptions::value_error("embedded null character"));
    }
    let mut rest = sql.as_bytes();
    loop {
        let mut st: *mut ffi::sqlite3_stmt = std::ptr::null_mut();
        let mut tail: *const std::ffi::c_char = std::ptr::null();
        // SAFETY: the remaining script bytes with their length.
        let rc = unsafe { ffi::sqlite3_prepare_v2(db, rest.as_ptr() as *const _, rest.len() as i32, &mut st, &mut tail) };
        if rc != ffi::SQLITE_OK {
            return Err(db_error(db));
        }
        if !st.is_null() {
            let mut rc;
            loop {
                // SAFETY: a live statement.
                rc = unsafe { ffi::sqlite3_step(st) };
                if rc != ffi::SQLITE_ROW {
                    break;
                }
            }
            // SAFETY: finalizing our statement (returns the step error, if any).
            let frc = unsafe { ffi::sqlite3_finalize(st) };
            if rc != ffi::SQLITE_DONE || frc != ffi::SQLITE_OK {
                return Err(db_error(db));
            }
        }
        // SAFETY: tail points into `rest`.
        let used = unsafe { tail.offset_from(rest.as_ptr() as *const std::ffi::c_char) } as usize;
        rest = &rest[used.min(rest.len())..];
        if skip_blank(rest).is_empty() {
            break;
        }
    }
    Ok(args[0].to_ref())
}

/// The pending row (after the row factory), stepping to the next one.
fn fetch_one(o: &PyObject) -> PyResult<Option<PyRef>> {
    let c = cur(o)?;
    let (cxo, db) = check(c)?;
    if !c.has_row.get() || c.stmt.get().is_null() {
        return Ok(None);
    }
    let cx = conn(&cxo)?;
    let st = c.stmt.get();
    // SAFETY: a live statement with a current row.
    let n = unsafe { ffi::sqlite3_data_count(st) };
    let tf = cx.text_factory.borrow().clone();
    let conv: Vec<Option<PyRef>> = c.converters.borrow().clone();
    let mut vals = Vec::with_capacity(n as usize);
    for i in 0..n {
        let cv = conv.get(i as usize).and_then(|x| x.as_deref());
        vals.push(column_value(st, i, &tf, cv)?);
    }
    let row = new_tuple(vals);
    if c.stmt.get() == st {
        step(c, db)?;
        if !c.has_row.get() && c.is_dml.get() {
            // SAFETY: open handle.
            c.rowcount.set(unsafe { ffi::sqlite3_changes(db) } as i64);
        }
    }
    let rf = c.row_factory.borrow().clone();
    if is_none(&rf) {
        Ok(Some(row))
    } else {
        Ok(Some(protocol::call(&rf, &[o, &row], None)?))
    }
}

fn cursor_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    fetch_one(o)
}

fn m_fetchone(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(fetch_one(args[0])?.unwrap_or_else(none))
}

fn m_fetchmany(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = cur(args[0])?;
    let mut out = [None];
    Params::new("fetchmany", &["size"], 0).parse(&args[1..], kw, &mut out)?;
    let n = match out[0] {
        Some(s) => crate::object::args::expect_c_int(s)? as i64,
        None => c.arraysize.get(),
    };
    let mut rows = Vec::new();
    while (rows.len() as i64) < n {
        match fetch_one(args[0])? {
            Some(r) => rows.push(r),
            None => break,
        }
    }
    Ok(new_list(rows))
}

fn m_fetchall(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut rows = Vec::new();
    while let Some(r) = fetch_one(args[0])? {
        rows.push(r);
    }
    Ok(new_list(rows))
}

fn m_close(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let c = cur(args[0])?;
    let Some(cx) = c.connection.borrow().clone() else {
        return Err(programming_error("Base Cursor.__init__ not called."));
    };
    conn(&cx)?.check()?;
    c.finalize();
    c.closed.set(true);
    Ok(none())
}

#[cfg(test)]
mod tests {
    use super::{is_dml, skip_blank};

    #[test]
    fn blanks_and_comments_are_skipped() {
        assert_eq!(skip_blank(b"  \n\t-- note\n /* block */ select"), b"select");
        assert_eq!(skip_blank(b"-- only a comment"), b"");
        assert_eq!(skip_blank(b"/* unterminated"), b"");
        assert_eq!(skip_blank(b"/**/x"), b"x");
    }

    #[test]
    fn dml_statements_are_recognised() {
        for sql in ["INSERT INTO t VALUES (1)", "  update t set a = 1", "/* c */ Delete from t", "-- c\nREPLACE INTO t VALUES (1)"] {
            assert!(is_dml(sql), "{}", sql);
        }
        for sql in ["SELECT 1", "CREATE TABLE t(a)", "BEGIN", "", "ins"] {
            assert!(!is_dml(sql), "{}", sql);
        }
    }
}
