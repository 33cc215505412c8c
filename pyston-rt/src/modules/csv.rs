//! The native `_csv` module (`csv` imports it without a fallback):
//! `Dialect` (validated formatting parameters), `reader` (CPython's
//! character state machine), `writer` (two-phase quoting decision), the
//! dialect registry (`_dialects` in the module dict, as CPython) and
//! `field_size_limit`, with CPython 3.11's messages.

use super::module_exc::module_exception;
use crate::object::args::{self, Params};
use crate::object::descr::new_builtin_function;
use crate::object::dict::{dict_del, dict_get, dict_keys, dict_set, dict_set_item_str, new_dict};
use crate::object::exceptions::{type_error, PyErr, EXCEPTION, TYPE_ERROR};
use crate::object::float::new_float;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{as_int, int_value_i64, new_bool, new_int};
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, UnsafeCell};

module_exception!(CSV_ERROR = "_csv", "Error", &EXCEPTION, "");

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

thread_local! {
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

#[cold]
fn csv_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&CSV_ERROR, msg)
}

// --- Dialect ------------------------------------------------------------------

#[repr(C)]
pub struct PyDialect {
    ob: PyObject,
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    lineterminator: String,
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
    quoting: i64,
}

static DIALECT_GETSETS: [GetSetDef; 8] = [
    GetSetDef { name: "delimiter", get: dl_delimiter, set: None, doc: "" },
    GetSetDef { name: "doublequote", get: dl_doublequote, set: None, doc: "" },
    GetSetDef { name: "escapechar", get: dl_escapechar, set: None, doc: "" },
    GetSetDef { name: "lineterminator", get: dl_lineterminator, set: None, doc: "" },
    GetSetDef { name: "quotechar", get: dl_quotechar, set: None, doc: "" },
    GetSetDef { name: "quoting", get: dl_quoting, set: None, doc: "" },
    GetSetDef { name: "skipinitialspace", get: dl_skipinitialspace, set: None, doc: "" },
    GetSetDef { name: "strict", get: dl_strict, set: None, doc: "" },
];

pub static DIALECT_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyDialect>),
    tp_new: slot(dialect_new),
    flags: Cell::new(type_flags::BASETYPE),
    getsets: &DIALECT_GETSETS,
    module: Some("_csv"),
    doc: Some("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"),
    ..TypeObject::new_static("Dialect", std::mem::size_of::<PyDialect>())
});

fn dialect(o: &PyObject) -> &PyDialect {
    assert!(o.is_instance_of(&DIALECT_TYPE), "Dialect method on another type");
    // SAFETY: checked the type; subclasses share the layout.
    unsafe { o.cast::<PyDialect>() }
}

fn char_str(c: Option<char>) -> PyRef {
    match c {
        Some(c) => new_str(c.to_string()),
        None => none(),
    }
}

fn dl_delimiter(o: &PyObject) -> PyResult<PyRef> {
    Ok(char_str(Some(dialect(o).delimiter)))
}
fn dl_doublequote(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(dialect(o).doublequote))
}
fn dl_escapechar(o: &PyObject) -> PyResult<PyRef> {
    Ok(char_str(dialect(o).escapechar))
}
fn dl_lineterminator(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(dialect(o).lineterminator.as_str()))
}
fn dl_quotechar(o: &PyObject) -> PyResult<PyRef> {
    Ok(char_str(dialect(o).quotechar))
}
fn dl_quoting(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(dialect(o).quoting))
}
fn dl_skipinitialspace(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(dialect(o).skipinitialspace))
}
fn dl_strict(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(dialect(o).strict))
}

const ATTRS: [&str; 8] = ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

/// A one-character str, or None when `none_ok` (CPython's `_set_char`
/// and `_set_char_or_none`).
fn one_char(name: &str, o: &PyObject, none_ok: bool) -> PyResult<Option<char>> {
    if none_ok && is_none(o) {
        return Ok(None);
    }
    let Some(s) = str_value(o) else {
        let what = if none_ok { "string or None" } else { "string" };
        return Err(type_error(format!("\"{}\" must be {}, not {}", name, what, o.type_().name())));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(Some(c)),
        _ => Err(type_error(format!("\"{}\" must be a 1-character string", name))),
    }
}

/// The registry (`_csv._dialects`).
fn registry() -> PyResult<PyRef> {
    let m = crate::runtime::sys_modules_get("_csv").ok_or_else(|| csv_error("_csv module not loaded"))?;
    let d = as_module(&m).ok_or_else(|| csv_error("_csv module not loaded"))?.dict();
    dict_get(d, &new_str("_dialects"))?.ok_or_else(|| csv_error("dialect registry missing"))
}

fn get_dialect_from_registry(name: &PyObject) -> PyResult<PyRef> {
    let reg = registry()?;
    dict_get(&reg, name)?.ok_or_else(|| csv_error("unknown dialect"))
}

/// `Dialect(dialect=None, **kwargs)`: a dialect instance (reused when it
/// is one and nothing overrides it), attributes taken from `dialect` and
/// overridden by the keywords, then validated.
fn dialect_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 9];
    let names = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];
    // CPython's keyword parsing names no function here.
    let (_, _, kwn) = args::split(a, kw);
    for k in kwn {
        let name = str_value(k).unwrap_or("");
        if !names.contains(&name) {
            return Err(type_error(format!("'{}' is an invalid keyword argument for this function", name)));
        }
    }
    Params::new("Dialect", &names, 0).parse(a, kw, &mut out)?;
    let mut base: Option<PyRef> = None;
    if let Some(d) = out[0] {
        let d = if str_value(d).is_some() { get_dialect_from_registry(d)? } else { d.to_ref() };
        if d.is_instance_of(&DIALECT_TYPE) && out[1..].iter().all(|o| o.is_none()) && std::ptr::eq(t, &DIALECT_TYPE.0) {
            return Ok(d);
        }
        base = Some(d);
    }
    // Attribute values: explicit keyword, else the base dialect's attribute.
    let mut vals: Vec<Option<PyRef>> = Vec::with_capacity(8);
    for (i, name) in ATTRS.iter().enumerate() {
        let v = match (out[i + 1], &base) {
            (Some(v), _) => Some(v.to_ref()),
            (None, Some(b)) => protocol::getattr_opt(b, &new_str(*name)).unwrap_or(None),
            (None, None) => None,
        };
        vals.push(v);
    }
    let get = |i: usize| vals[i].as_deref();
    let delimiter = match get(0) {
        None => Some(','),
        Some(v) => one_char("delimiter", v, false)?,
    };
    let doublequote = get(1).map_or(Ok(true), protocol::is_true)?;
    let escapechar = match get(2) {
        None => None,
        Some(v) => one_char("escapechar", v, true)?,
    };
    let lineterminator = match get(3) {
        None => Some("\r\n".to_string()),
        Some(v) if is_none(v) => None,
        Some(v) => match str_value(v) {
            Some(s) => Some(s.to_string()),
            None => return Err(type_error("\"lineterminator\" must be a string")),
        },
    };
    let quotechar_given = get(4);
    let quotechar = match quotechar_given {
        None => Some('"'),
        Some(v) => one_char("quotechar", v, true)?,
    };
    let mut quoting = match get(5) {
        None => QUOTE_MINIMAL,
        Some(v) => {
            if !v.is_exact(&crate::object::int::INT_TYPE) {
                return Err(type_error("\"quoting\" must be an integer"));
            }
            super::c_args::c_int(v)? as i64
        }
    };
    let skipinitialspace = get(6).map_or(Ok(false), protocol::is_true)?;
    let strict = get(7).map_or(Ok(false), protocol::is_true)?;
    if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&quoting) {
        return Err(type_error("bad \"quoting\" value"));
    }
    let Some(delimiter) = delimiter else {
        return Err(type_error("\"delimiter\" must be a 1-character string"));
    };
    if quotechar_given.is_some_and(is_none) && get(5).is_none() {
        quoting = QUOTE_NONE;
    }
    if quoting != QUOTE_NONE && quotechar.is_none() {
        return Err(type_error("quotechar must be set if quoting enabled"));
    }
    let Some(lineterminator) = lineterminator else {
        return Err(type_error("lineterminator must be set"));
    };
    Ok(new_object(t, |ob| PyDialect { ob, delimiter, quotechar, escapechar, lineterminator, doublequote, skipinitialspace, strict, quoting }))
}

/// `_call_dialect`: `Dialect(dialect, **kwargs)`.
fn call_dialect(d: Option<&PyObject>, kw_args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let mut argv: Vec<&PyObject> = Vec::new();
    if let Some(d) = d {
        argv.push(d);
    }
    argv.extend_from_slice(kw_args);
    dialect_new(&DIALECT_TYPE, &argv, kwnames)
}

/// Split native-call arguments into (positional, keyword values, kwnames).
fn split_args<'a>(a: &[&'a PyObject], kw: Option<&PyObject>) -> (Vec<&'a PyObject>, Vec<&'a PyObject>) {
    let n = args::nkw(kw);
    (a[..a.len() - n].to_vec(), a[a.len() - n..].to_vec())
}

// --- reader -------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

struct ReaderState {
    input: Option<PyRef>,
    dialect: Option<PyRef>,
    fields: Vec<PyRef>,
    field: String,
    field_len: usize,
    state: State,
    numeric_field: bool,
    line_num: i64,
}

#[repr(C)]
pub struct PyReader {
    ob: PyObject,
    st: UnsafeCell<ReaderState>,
}

static READER_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "dialect", get: rd_dialect, set: None, doc: "" },
    GetSetDef { name: "line_num", get: rd_line_num, set: None, doc: "" },
];

pub static READER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyReader>),
    tp_traverse: slot(reader_traverse),
    tp_clear: slot(reader_clear),
    flags: Cell::new(type_flags::HAVE_GC),
    tp_iter: slot(crate::object::seqiter::self_iter),
    tp_iternext: slot(reader_next),
    getsets: &READER_GETSETS,
    module: Some("_csv"),
    doc: Some("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"),
    ..TypeObject::new_static("reader", std::mem::size_of::<PyReader>())
});

#[allow(clippy::mut_from_ref)]
fn reader(o: &PyObject) -> &mut ReaderState {
    assert!(o.is_exact(&READER_TYPE), "reader method on another type");
    // SAFETY: checked the exact type. The state is only borrowed between
    // calls that run Python code (the iterator's next, float()), never
    // across them: each such call happens with no borrow alive.
    unsafe { &mut *o.cast::<PyReader>().st.get() }
}

fn reader_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on the reader type; no code runs while visiting.
    let st = unsafe { &*o.cast::<PyReader>().st.get() };
    for r in st.input.iter().chain(st.dialect.iter()).chain(st.fields.iter()) {
        visit(r);
    }
}

fn reader_clear(o: &PyObject) {
    // SAFETY: installed on the reader type.
    let st = unsafe { &mut *o.cast::<PyReader>().st.get() };
    let old = (st.input.take(), st.dialect.take(), std::mem::take(&mut st.fields));
    drop(old);
}

fn rd_dialect(o: &PyObject) -> PyResult<PyRef> {
    Ok(reader(o).dialect.clone().unwrap_or_else(none))
}

fn rd_line_num(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(reader(o).line_num))
}

fn f_reader(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwv) = split_args(a, kw);
    args::check_positional("", pos.len(), 1, 2)?;
    let input = protocol::iter(pos[0])?;
    let d = call_dialect(pos.get(1).copied(), &kwv, kw)?;
    let st = ReaderState {
        input: Some(input),
        dialect: Some(d),
        fields: Vec::new(),
        field: String::new(),
        field_len: 0,
        state: State::StartRecord,
        numeric_field: false,
        line_num: 0,
    };
    Ok(new_object(&READER_TYPE, |ob| PyReader { ob, st: UnsafeCell::new(st) }))
}

/// One parsed character, or the end of a line.
#[derive(Clone, Copy, PartialEq)]
enum Ch {
    C(char),
    Eol,
}

fn add_char(st: &mut ReaderState, c: char) -> PyResult<()> {
    let limit = FIELD_LIMIT.with(|l| l.get());
    if st.field_len as i64 >= limit {
        return Err(csv_error(format!("field larger than field limit ({})", limit)));
    }
    st.field.push(c);
    st.field_len += 1;
    Ok(())
}

/// Finish the current field (a float under QUOTE_NONNUMERIC when it was
/// unquoted). The conversion runs no user code (str to float).
fn save_field(st: &mut ReaderState) -> PyResult<()> {
    let text = std::mem::take(&mut st.field);
    st.field_len = 0;
    let v = if st.numeric_field {
        st.numeric_field = false;
        let s = new_str(text);
        new_float(crate::object::float_methods::float_from_object(&s)?)
    } else {
        new_str(text)
    };
    st.fields.push(v);
    Ok(())
}

fn process_char(st: &mut ReaderState, d: &PyDialect, c: Ch) -> PyResult<()> {
    let is = |c: Ch, x: Option<char>| matches!((c, x), (Ch::C(a), Some(b)) if a == b);
    let nl = |c: Ch| matches!(c, Ch::C('\n') | Ch::C('\r'));
    let quote = |c: Ch| is(c, d.quotechar) && d.quoting != QUOTE_NONE;
    let mut state = st.state;
    if state == State::StartRecord {
        if c == Ch::Eol {
            return Ok(());
        } else if nl(c) {
            st.state = State::EatCrnl;
            return Ok(());
        }
        state = State::StartField;
        st.state = state;
    }
    if state == State::AfterEscapedCrnl {
        if c == Ch::Eol {
            return Ok(());
        }
        state = State::InField;
    }
    match state {
        State::StartField => {
            if nl(c) || c == Ch::Eol {
                save_field(st)?;
                st.state = if c == Ch::Eol { State::StartRecord } else { State::EatCrnl };
            } else if quote(c) {
                st.state = State::InQuotedField;
            } else if is(c, d.escapechar) {
                st.state = State::EscapedChar;
            } else if c == Ch::C(' ') && d.skipinitialspace {
            } else if is(c, Some(d.delimiter)) {
                save_field(st)?;
            } else {
                if d.quoting == QUOTE_NONNUMERIC {
                    st.numeric_field = true;
                }
                if let Ch::C(ch) = c {
                    add_char(st, ch)?;
                }
                st.state = State::InField;
            }
        }
        State::EscapedChar => {
            if let Ch::C(ch @ ('\n' | '\r')) = c {
                add_char(st, ch)?;
                st.state = State::AfterEscapedCrnl;
                return Ok(());
            }
            let ch = match c {
                Ch::C(ch) => ch,
                Ch::Eol => '\n',
            };
            add_char(st, ch)?;
            st.state = State::InField;
        }
        State::InField => {
            if nl(c) || c == Ch::Eol {
                save_field(st)?;
                st.state = if c == Ch::Eol { State::StartRecord } else { State::EatCrnl };
            } else if is(c, d.escapechar) {
                st.state = State::EscapedChar;
            } else if is(c, Some(d.delimiter)) {
                save_field(st)?;
                st.state = State::StartField;
            } else if let Ch::C(ch) = c {
                add_char(st, ch)?;
            }
        }
        State::InQuotedField => {
            if c == Ch::Eol {
            } else if is(c, d.escapechar) {
                st.state = State::EscapeInQuotedField;
            } else if quote(c) {
                st.state = if d.doublequote { State::QuoteInQuotedField } else { State::InField };
            } else if let Ch::C(ch) = c {
                add_char(st, ch)?;
            }
        }
        State::EscapeInQuotedField => {
            let ch = match c {
                Ch::C(ch) => ch,
                Ch::Eol => '\n',
            };
            add_char(st, ch)?;
            st.state = State::InQuotedField;
        }
        State::QuoteInQuotedField => {
            if quote(c) {
                if let Ch::C(ch) = c {
                    add_char(st, ch)?;
                }
                st.state = State::InQuotedField;
            } else if is(c, Some(d.delimiter)) {
                save_field(st)?;
                st.state = State::StartField;
            } else if nl(c) || c == Ch::Eol {
                save_field(st)?;
                st.state = if c == Ch::Eol { State::StartRecord } else { State::EatCrnl };
            } else if !d.strict {
                if let Ch::C(ch) = c {
                    add_char(st, ch)?;
                }
                st.state = State::InField;
            } else {
                return Err(csv_error(format!("'{}' expected after '{}'", d.delimiter, d.quotechar.unwrap_or('"'))));
            }
        }
        State::EatCrnl => {
            if nl(c) {
            } else if c == Ch::Eol {
                st.state = State::StartRecord;
            } else {
                return Err(csv_error(
                    "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
                ));
            }
        }
        State::StartRecord | State::AfterEscapedCrnl => unreachable!("handled above"),
    }
    Ok(())
}

fn reader_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    {
        let st = reader(o);
        st.fields = Vec::new();
        st.field.clear();
        st.field_len = 0;
        st.state = State::StartRecord;
        st.numeric_field = false;
    }
    loop {
        let (input, d) = {
            let st = reader(o);
            match (&st.input, &st.dialect) {
                (Some(i), Some(d)) => (i.clone(), d.clone()),
                _ => return Ok(None),
            }
        };
        let line = protocol::next(&input)?;
        let st = reader(o);
        let d = dialect(&d);
        let Some(line) = line else {
            if st.field_len != 0 || st.state == State::InQuotedField {
                if d.strict {
                    return Err(csv_error("unexpected end of data"));
                }
                save_field(st)?;
                break;
            }
            return Ok(None);
        };
        let Some(text) = str_value(&line) else {
            return Err(csv_error(format!(
                "iterator should return strings, not {} (the file should be opened in text mode)",
                line.type_().name()
            )));
        };
        st.line_num += 1;
        for c in text.chars() {
            process_char(st, d, Ch::C(c))?;
        }
        process_char(st, d, Ch::Eol)?;
        if st.state == State::StartRecord {
            break;
        }
    }
    let fields = std::mem::take(&mut reader(o).fields);
    Ok(Some(new_list(fields)))
}

// --- writer -------------------------------------------------------------------

#[repr(C)]
pub struct PyWriter {
    ob: PyObject,
    write: UnsafeCell<Option<PyRef>>,
    dialect: UnsafeCell<Option<PyRef>>,
}

static WRITER_METHODS: [MethodDef; 2] = [
    MethodDef { name: "writerow", func: w_writerow, flags: 0, doc: "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields." },
    MethodDef { name: "writerows", func: w_writerows, flags: 0, doc: "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file." },
];

static WRITER_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "dialect", get: wr_dialect, set: None, doc: "" }];

pub static WRITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyWriter>),
    tp_traverse: slot(writer_traverse),
    tp_clear: slot(writer_clear),
    flags: Cell::new(type_flags::HAVE_GC),
    methods: &WRITER_METHODS,
    getsets: &WRITER_GETSETS,
    module: Some("_csv"),
    doc: Some("CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"),
    ..TypeObject::new_static("writer", std::mem::size_of::<PyWriter>())
});

fn writer_parts(o: &PyObject) -> (Option<PyRef>, Option<PyRef>) {
    assert!(o.is_exact(&WRITER_TYPE), "writer method on another type");
    // SAFETY: checked the exact type; the references are cloned out.
    let w = unsafe { o.cast::<PyWriter>() };
    // SAFETY: single-threaded, no borrow is kept.
    unsafe { ((*w.write.get()).clone(), (*w.dialect.get()).clone()) }
}

fn writer_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on the writer type; no code runs while visiting.
    let w = unsafe { o.cast::<PyWriter>() };
    // SAFETY: as above.
    for r in unsafe { (*w.write.get()).iter().chain((*w.dialect.get()).iter()) } {
        visit(r);
    }
}

fn writer_clear(o: &PyObject) {
    // SAFETY: installed on the writer type.
    let w = unsafe { o.cast::<PyWriter>() };
    // SAFETY: the values are moved out before they are dropped.
    let old = unsafe { ((*w.write.get()).take(), (*w.dialect.get()).take()) };
    drop(old);
}

fn wr_dialect(o: &PyObject) -> PyResult<PyRef> {
    Ok(writer_parts(o).1.unwrap_or_else(none))
}

fn f_writer(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwv) = split_args(a, kw);
    args::check_positional("", pos.len(), 1, 2)?;
    let write = match protocol::getattr_opt(pos[0], &new_str("write"))? {
        Some(w) if w.type_().tp_call.get().is_some() => w,
        _ => return Err(type_error("argument 1 must have a \"write\" method")),
    };
    let d = call_dialect(pos.get(1).copied(), &kwv, kw)?;
    Ok(new_object(&WRITER_TYPE, |ob| PyWriter { ob, write: UnsafeCell::new(Some(write)), dialect: UnsafeCell::new(Some(d)) }))
}

/// Append one field to `rec` (CPython's `join_append`: a counting pass
/// decides whether the field needs quotes, then the copy).
fn join_append(rec: &mut String, num_fields: usize, d: &PyDialect, field: Option<&str>, mut quoted: bool) -> PyResult<()> {
    let text = field.unwrap_or("");
    let special = |c: char| c == d.delimiter || Some(c) == d.escapechar || Some(c) == d.quotechar || d.lineterminator.contains(c);
    // First pass: does the field need quoting or escaping?
    for c in text.chars() {
        if special(c) {
            let want_escape = if d.quoting == QUOTE_NONE {
                true
            } else if Some(c) == d.quotechar {
                !d.doublequote
            } else {
                Some(c) == d.escapechar
            };
            if want_escape && d.escapechar.is_none() {
                return Err(csv_error("need to escape, but no escapechar set"));
            }
            if !want_escape {
                quoted = true;
            }
        }
    }
    if num_fields > 0 {
        rec.push(d.delimiter);
    }
    let q = d.quotechar.unwrap_or('"');
    if quoted {
        rec.push(q);
    }
    for c in text.chars() {
        if special(c) {
            let mut want_escape = false;
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else if Some(c) == d.quotechar {
                if d.doublequote {
                    rec.push(q);
                } else {
                    want_escape = true;
                }
            } else if Some(c) == d.escapechar {
                want_escape = true;
            }
            if want_escape {
                if let Some(e) = d.escapechar {
                    rec.push(e);
                }
            }
        }
        rec.push(c);
    }
    if quoted {
        rec.push(q);
    }
    Ok(())
}

/// `PyNumber_Check`.
fn is_number(o: &PyObject) -> bool {
    let t = o.type_();
    t.nb_index.get().is_some() || t.nb_int.get().is_some() || t.nb_float.get().is_some() || as_int(o).is_some()
        || o.is_instance_of(&crate::object::complex::COMPLEX_TYPE)
        || crate::object::float::as_float(o).is_some()
}

fn writerow(o: &PyObject, row: &PyObject) -> PyResult<PyRef> {
    let (write, d) = writer_parts(o);
    let (Some(write), Some(dobj)) = (write, d) else {
        return Err(csv_error("writer is closed"));
    };
    let it = match protocol::iter(row) {
        Ok(it) => it,
        Err(e) if e.matches(&TYPE_ERROR) => {
            return Err(csv_error(format!("iterable expected, not {}", row.type_().name())));
        }
        Err(e) => return Err(e),
    };
    let d = dialect(&dobj);
    let mut rec = String::new();
    let mut num_fields = 0;
    while let Some(field) = protocol::next(&it)? {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(&field),
            QUOTE_ALL => true,
            _ => false,
        };
        if is_none(&field) {
            join_append(&mut rec, num_fields, d, None, quoted)?;
        } else if let Some(s) = str_value(&field) {
            join_append(&mut rec, num_fields, d, Some(s), quoted)?;
        } else {
            let s = protocol::str_(&field)?;
            join_append(&mut rec, num_fields, d, Some(str_value(&s).unwrap_or("")), quoted)?;
        }
        num_fields += 1;
    }
    if num_fields > 0 && rec.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Err(csv_error("single empty field record must be quoted"));
        }
        join_append(&mut rec, 0, d, None, true)?;
    }
    rec.push_str(&d.lineterminator);
    let line = new_str(rec);
    protocol::call(&write, &[&line], None)
}

fn w_writerow(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let row = args::one_arg("writerow", &a[1..], kw)?;
    writerow(a[0], row)
}

fn w_writerows(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let rows = args::one_arg("writerows", &a[1..], kw)?;
    let it = protocol::iter(rows)?;
    while let Some(row) = protocol::next(&it)? {
        writerow(a[0], &row)?;
    }
    Ok(none())
}

// --- module functions -----------------------------------------------------------

fn f_register_dialect(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwv) = split_args(a, kw);
    args::check_positional("register_dialect", pos.len(), 1, 2)?;
    if str_value(pos[0]).is_none() {
        return Err(type_error("dialect name must be a string"));
    }
    let d = call_dialect(pos.get(1).copied(), &kwv, kw)?;
    let reg = registry()?;
    dict_set(&reg, pos[0], &d)?;
    Ok(none())
}

fn f_unregister_dialect(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("unregister_dialect", &["name"], 1).parse(a, kw, &mut out)?;
    let reg = registry()?;
    match dict_del(&reg, out[0].expect("required"))? {
        Some(_) => Ok(none()),
        None => Err(csv_error("unknown dialect")),
    }
}

fn f_get_dialect(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("get_dialect", &["name"], 1).parse(a, kw, &mut out)?;
    get_dialect_from_registry(out[0].expect("required"))
}

fn f_list_dialects(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("list_dialects", a, kw)?;
    let reg = registry()?;
    Ok(new_list(dict_keys(&reg)))
}

fn f_field_size_limit(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("field_size_limit", &["new_limit"], 0).parse(a, kw, &mut out)?;
    let old = FIELD_LIMIT.with(|l| l.get());
    if let Some(n) = out[0] {
        if as_int(n).is_none() {
            return Err(type_error("limit must be an integer"));
        }
        let v = int_value_i64(n).ok_or_else(|| PyErr::new(&crate::object::exceptions::OVERFLOW_ERROR, "Python int too large to convert to C long"))?;
        FIELD_LIMIT.with(|l| l.set(v));
    }
    Ok(new_int(old))
}

static FUNCS: [MethodDef; 7] = [
    MethodDef { name: "reader", func: f_reader, flags: 0, doc: "    csv_reader = reader(iterable [, dialect='excel']\n                        [optional keyword args])" },
    MethodDef { name: "writer", func: f_writer, flags: 0, doc: "    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])" },
    MethodDef { name: "register_dialect", func: f_register_dialect, flags: 0, doc: "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])" },
    MethodDef { name: "unregister_dialect", func: f_unregister_dialect, flags: 0, doc: "Delete the name/dialect mapping associated with a string name." },
    MethodDef { name: "get_dialect", func: f_get_dialect, flags: 0, doc: "Return the dialect instance associated with name." },
    MethodDef { name: "list_dialects", func: f_list_dialects, flags: 0, doc: "Return a list of all know dialect names." },
    MethodDef { name: "field_size_limit", func: f_field_size_limit, flags: 0, doc: "Sets an upper limit on parsed fields." },
];

pub fn csv_types() -> [&'static TypeObject; 4] {
    [&CSV_ERROR, &DIALECT_TYPE, &READER_TYPE, &WRITER_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_csv");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_csv");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    for (k, v) in [("QUOTE_MINIMAL", QUOTE_MINIMAL), ("QUOTE_ALL", QUOTE_ALL), ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC), ("QUOTE_NONE", QUOTE_NONE)] {
        dict_set_item_str(d, k, new_int(v));
    }
    dict_set_item_str(d, "__version__", new_str("1.0"));
    dict_set_item_str(d, "__doc__", new_str("CSV parsing and writing.\n"));
    dict_set_item_str(d, "Dialect", DIALECT_TYPE.to_ref());
    dict_set_item_str(d, "Reader", READER_TYPE.to_ref());
    dict_set_item_str(d, "Writer", WRITER_TYPE.to_ref());
    dict_set_item_str(d, "Error", CSV_ERROR.to_ref());
    dict_set_item_str(d, "_dialects", new_dict());
    Ok(m)
}
