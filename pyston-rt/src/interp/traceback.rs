//! Traceback objects and the CPython-style report of an uncaught exception:
//! chained causes and contexts, `File "...", line N, in f`, the source line,
//! the 3.11 `~~^^` caret line, repeated-frame collapsing, and SyntaxError's
//! special form.

use super::frame::Frame;
use crate::bytecode::Location;
use crate::object::code::as_code;
use crate::object::exceptions::{as_exception, SYNTAX_ERROR};
use crate::object::header::{new_object, Static};
use crate::object::int::new_int;
use crate::object::singletons::is_none;
use crate::object::str::str_value;
use crate::object::typeobj::{drop_payload, slot, GetSetDef, TypeObject};
use crate::object::{protocol, PyErr, PyObject, PyRef};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

#[repr(C)]
pub struct PyTraceback {
    pub ob: PyObject,
    /// `tb_next` (assignable).
    pub next: Cell<Option<PyRef>>,
    /// `tb_frame`: the frame object.
    pub frame: PyRef,
    pub code: PyRef,
    pub lasti: u32,
    pub lineno: u32,
    pub loc: Location,
}

pub static TRACEBACK_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(traceback_traverse),
    tp_clear: crate::object::typeobj::slot(traceback_clear),
    tp_drop: slot(drop_payload::<PyTraceback>),
    tp_new: slot(super::tb_object::tb_new),
    getsets: &TB_GETSETS,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("traceback", std::mem::size_of::<PyTraceback>())
});

pub fn as_traceback(o: &PyObject) -> Option<&PyTraceback> {
    if o.is_exact(&TRACEBACK_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyTraceback>() })
    } else {
        None
    }
}

impl PyTraceback {
    /// `tb_next`.
    pub fn next(&self) -> Option<PyRef> {
        let v = self.next.take();
        let r = v.clone();
        self.next.set(v);
        r
    }
}

static TB_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "tb_next", get: super::tb_object::tb_next_get, set: Some(super::tb_object::tb_next_set), doc: "" },
    GetSetDef { name: "tb_lineno", get: |o| Ok(new_int(super::tb_object::tb(o)?.lineno as i64)), set: None, doc: "" },
    GetSetDef { name: "tb_lasti", get: |o| Ok(new_int(super::tb_object::tb(o)?.lasti as i64 * 2)), set: None, doc: "" },
    GetSetDef { name: "tb_frame", get: |o| Ok(super::tb_object::tb(o)?.frame.clone()), set: None, doc: "" },
];

/// Prepend an entry for frame `f` at word `ip` to the exception's traceback.
pub fn add_traceback(exc: &PyObject, f: &Frame, ip: usize) {
    let Some(e) = as_exception(exc) else { return };
    let unit = &f.code().unit;
    let loc = unit.locations.get(ip).copied().unwrap_or_default();
    let next = e.traceback();
    let frame = crate::object::frameobject::frame_object(f);
    let tb = new_object(&TRACEBACK_TYPE, |ob| PyTraceback {
        ob,
        next: Cell::new(next),
        frame,
        code: f.code.clone(),
        lasti: ip as u32,
        lineno: loc.line,
        loc,
    });
    e.set_traceback(Some(tb));
}

thread_local! {
    static LINES: RefCell<HashMap<String, Option<Vec<String>>>> = RefCell::new(HashMap::new());
}

/// Line `n` (1-based) of a source file, cached (like `linecache`).
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    if filename.starts_with('<') || n == 0 {
        return None;
    }
    LINES.with(|m| {
        let mut m = m.borrow_mut();
        let lines = m.entry(filename.to_string()).or_insert_with(|| {
            std::fs::read(filename)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).split_inclusive('\n').map(|l| l.to_string()).collect())
        });
        lines.as_ref().and_then(|v| v.get(n as usize - 1).cloned())
    })
}

fn byte_to_char(s: &str, byte: usize) -> usize {
    let b = byte.min(s.len());
    let mut i = b;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    s[..i].chars().count()
}

/// CPython 3.11's caret anchors: for `a + b` the operator, for `a[b]` the
/// subscript; in characters relative to the segment.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use rustpython_parser::ast::{Expr, Ranged, Stmt};
    let body = rustpython_parser::parse(segment, rustpython_parser::Mode::Module, "<segment>").ok()?;
    let rustpython_parser::ast::Mod::Module(m) = body else { return None };
    if m.body.len() != 1 {
        return None;
    }
    let Stmt::Expr(e) = &m.body[0] else { return None };
    let bytes = segment.as_bytes();
    match &*e.value {
        Expr::BinOp(b) => {
            let lend = usize::from(b.left.range().end());
            let rstart = usize::from(b.right.range().start());
            let op = &segment[lend..rstart];
            let op_off = op.len() - op.trim_start().len();
            let mut left = lend + op_off;
            let mut right = left + 1;
            if op_off + 1 < op.len() && !op.as_bytes()[op_off + 1].is_ascii_whitespace() {
                right += 1;
            }
            while left < bytes.len() && (bytes[left].is_ascii_whitespace() || bytes[left] == b')' || bytes[left] == b'#') {
                left += 1;
                right += 1;
            }
            Some((byte_to_char(segment, left), byte_to_char(segment, right)))
        }
        Expr::Subscript(s) => {
            let mut left = usize::from(s.value.range().end());
            let mut right = usize::from(s.slice.range().end()) + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((byte_to_char(segment, left), byte_to_char(segment, right)))
        }
        _ => None,
    }
}

/// The `    source` line and, when useful, the caret line for one entry.
fn format_source(out: &mut String, filename: &str, loc: &Location, lineno: u32) {
    let Some(line) = source_line(filename, lineno) else { return };
    let line = line.trim_end_matches(['\n', '\r']);
    let stripped = line.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if loc.line != lineno || loc.end_line == 0 || (loc.col == 0 && loc.end_col == 0) {
        return;
    }
    let lead = line.chars().count() - line.trim_start().chars().count();
    let start = byte_to_char(line, loc.col as usize);
    let mut end = byte_to_char(line, loc.end_col as usize);
    let mut anch = None;
    if loc.line == loc.end_line {
        let seg_start = (loc.col as usize).min(line.len());
        let seg_end = (loc.end_col as usize).min(line.len()).max(seg_start);
        if line.is_char_boundary(seg_start) && line.is_char_boundary(seg_end) {
            anch = anchors(&line[seg_start..seg_end]);
        }
    } else {
        end = lead + stripped.chars().count();
    }
    if end <= start {
        return;
    }
    let show = end - start < stripped.chars().count() || anch.is_some_and(|(l, r)| r > l);
    if !show {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start.saturating_sub(lead)));
    match anch {
        Some((l, r)) if r > l => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        _ => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
}

/// The `Traceback (most recent call last):` block.
pub fn format_tb(tb: &PyObject) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    let mut cur = Some(tb.to_ref());
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    while let Some(t) = cur {
        let Some(entry) = as_traceback(&t) else { break };
        let code = as_code(&entry.code).expect("code");
        let filename = code.unit.filename.clone();
        let name = code.unit.name.clone();
        let key = (filename.clone(), entry.lineno, name.clone());
        if last.as_ref() == Some(&key) {
            repeat += 1;
        } else {
            flush_repeats(&mut out, repeat);
            repeat = 0;
            last = Some(key);
        }
        if repeat < 3 {
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", filename, entry.lineno, name));
            format_source(&mut out, &filename, &entry.loc, entry.lineno);
        }
        cur = entry.next();
    }
    flush_repeats(&mut out, repeat);
    out
}

fn flush_repeats(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
    }
}

/// The exception's type as printed: qualified by module unless builtins/__main__.
fn type_display(exc: &PyObject) -> String {
    let t = exc.type_();
    let module = protocol::type_module_name(t);
    if module == "builtins" || module == "__main__" {
        t.qualname().to_string()
    } else {
        format!("{}.{}", module, t.qualname())
    }
}

/// `format_exception_only`: the last line(s) of the report, with the
/// "Did you mean" hint of an AttributeError (as `sys.excepthook`).
pub fn format_exception_only(exc: &PyObject) -> String {
    exception_only(exc, true)
}

/// The last line(s) of a report; `suggest` adds the AttributeError hint,
/// which CPython's unraisable hook leaves out.
fn exception_only(exc: &PyObject, suggest: bool) -> String {
    let stype = type_display(exc);
    let mut out = String::new();
    if exc.is_instance_of(&SYNTAX_ERROR) {
        format_syntax_error(&mut out, exc, &stype);
    } else {
        let value = match protocol::str_(exc) {
            Ok(s) => str_value(&s).unwrap_or("").to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        if value.is_empty() {
            out.push_str(&stype);
        } else {
            out.push_str(&format!("{}: {}", stype, value));
        }
        if let Some(s) = suggest.then(|| crate::modules::builtins_funcs::attribute_error_suggestion(exc)).flatten() {
            out.push_str(&format!(". Did you mean: '{}'?", s));
        }
        out.push('\n');
    }
    format_notes(&mut out, exc);
    out
}

/// The notes after the message, as CPython's `print_exception_notes`: each
/// note's `str()` on its own line(s); a `__notes__` that is not a sequence
/// is shown by its repr (without a newline, as 3.11.7 does).
fn format_notes(out: &mut String, exc: &PyObject) {
    let Ok(Some(notes)) = protocol::getattr_opt(exc, crate::name!("__notes__")) else { return };
    let is_sequence = notes.type_().mp_subscript.get().is_some() && crate::object::dict::as_dict(&notes).is_none();
    if !is_sequence {
        // CPython 3.11.7 writes no newline after it.
        out.push_str(&protocol::repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into()));
        return;
    }
    let Ok(items) = protocol::collect(&notes) else { return };
    for n in items {
        match protocol::str_(&n) {
            Ok(s) => out.push_str(str_value(&s).unwrap_or("")),
            Err(_) => out.push_str("<note str() failed>"),
        }
        out.push('\n');
    }
}

fn attr_string(o: &PyObject, name: &'static PyObject) -> Option<String> {
    protocol::getattr_opt(o, name).ok().flatten().filter(|v| !is_none(v)).map(|v| {
        str_value(&v).map(|s| s.to_string()).unwrap_or_else(|| protocol::str_string(&v).unwrap_or_default())
    })
}

fn attr_int(o: &PyObject, name: &'static PyObject) -> Option<i64> {
    protocol::getattr_opt(o, name).ok().flatten().and_then(|v| crate::object::int::int_value_i64(&v))
}

fn format_syntax_error(out: &mut String, exc: &PyObject, stype: &str) {
    let filename = attr_string(exc, crate::name!("filename")).unwrap_or_else(|| "<string>".into());
    let msg = attr_string(exc, crate::name!("msg")).unwrap_or_else(|| protocol::str_string(exc).unwrap_or_default());
    if let Some(lineno) = attr_int(exc, crate::name!("lineno")) {
        out.push_str(&format!("  File \"{}\", line {}\n", filename, lineno));
    }
    if let Some(text) = attr_string(exc, crate::name!("text")) {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let lead = line.chars().count() - stripped.chars().count();
        out.push_str("    ");
        out.push_str(stripped.trim_end());
        out.push('\n');
        if let Some(offset) = attr_int(exc, crate::name!("offset")) {
            let offset = offset.max(1) as usize;
            let end = attr_int(exc, crate::name!("end_offset")).map(|e| e as usize).filter(|&e| e > offset).unwrap_or(offset + 1);
            let same_line = attr_int(exc, crate::name!("end_lineno")).map_or(true, |e| Some(e) == attr_int(exc, crate::name!("lineno")));
            let width = if same_line { end - offset } else { 1 };
            let col = offset - 1;
            out.push_str("    ");
            out.push_str(&" ".repeat(col.saturating_sub(lead)));
            out.push_str(&"^".repeat(width.max(1)));
            out.push('\n');
        }
    }
    out.push_str(&format!("{}: {}\n", stype, msg));
}

/// The full report for an exception, with its causes and contexts first
/// (and exception groups' nested boxes): `tb_format.rs`.
pub fn format_exception(exc: &PyObject) -> String {
    super::tb_format::format_exception(exc)
}

/// Print the report to `sys.stderr`.
pub fn print_exception(exc: &PyObject) {
    let text = format_exception(exc);
    crate::runtime::write_stderr(&text);
}

/// `Exception ignored in: ...` for errors that cannot propagate (`__del__`,
/// generator finalization, flushing stdout at exit).
pub fn write_unraisable(err: &PyErr, obj: Option<&PyObject>) {
    write_unraisable_msg(err, "Exception ignored in", obj);
}

/// CPython's default unraisable hook: `<msg>: <repr(obj)>`, then the
/// traceback and the exception without its chain or hints.
pub fn write_unraisable_msg(err: &PyErr, msg: &str, obj: Option<&PyObject>) {
    let mut text = String::new();
    if let Some(o) = obj {
        let r = protocol::repr_string(o).unwrap_or_else(|_| "<object repr() failed>".into());
        text.push_str(&format!("{}: {}\n", msg, r));
    }
    if let Some(tb) = as_exception(err.value()).and_then(|e| e.traceback()) {
        text.push_str(&format_tb(&tb));
    }
    text.push_str(&exception_only(err.value(), false));
    crate::runtime::write_stderr(&text);
}

// ---- cycle collector ----

/// `tb_next`, `tb_frame` and the code object.
pub fn traceback_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on traceback.
    let tb = unsafe { o.cast::<PyTraceback>() };
    let next = tb.next.take();
    if let Some(n) = &next {
        visit(n);
    }
    tb.next.set(next);
    visit(&tb.frame);
    visit(&tb.code);
}

/// Drop `tb_next` (the frame object is cleared as its own collector object).
pub fn traceback_clear(o: &PyObject) {
    // SAFETY: installed on traceback.
    drop(unsafe { o.cast::<PyTraceback>() }.next.take());
}
