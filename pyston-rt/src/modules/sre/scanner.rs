//! `_sre.SRE_Scanner`: successive matches over one subject
//! (`Pattern.scanner()`, and `finditer`, which iterates `scanner.search`).

use super::engine::State;
use super::match_::new_match;
use super::pattern::as_pattern;
use super::subject::Text;
use crate::object::args;
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::singletons::none;
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct PyScanner {
    ob: PyObject,
    pattern: PyRef,
    text: Text,
    state: RefCell<State>,
    /// False once a call found no match (CPython sets `state.start` to NULL).
    live: Cell<bool>,
    executing: Cell<bool>,
}

static SCANNER_METHODS: [MethodDef; 2] = [
    MethodDef { name: "match", func: s_match, flags: 0, doc: "" },
    MethodDef { name: "search", func: s_search, flags: 0, doc: "" },
];

static SCANNER_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "pattern", get: get_pattern, set: None, doc: "" }];

pub static SCANNER_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::HAVE_GC),
    tp_drop: slot(drop_payload::<PyScanner>),
    tp_traverse: slot(scanner_traverse),
    tp_new: slot(|_t, _a, _k| Err(type_error("cannot create '_sre.SRE_Scanner' instances"))),
    methods: &SCANNER_METHODS,
    getsets: &SCANNER_GETSETS,
    module: Some("_sre"),
    ..TypeObject::new_static("SRE_Scanner", std::mem::size_of::<PyScanner>())
});

fn as_scanner(o: &PyObject) -> PyResult<&PyScanner> {
    if o.is_exact(&SCANNER_TYPE) {
        // SAFETY: checked the exact type (not subclassable).
        Ok(unsafe { o.cast::<PyScanner>() })
    } else {
        Err(type_error(format!("descriptor for '_sre.SRE_Scanner' objects doesn't apply to a '{}' object", o.type_().tp_name())))
    }
}

fn scanner_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let Ok(s) = as_scanner(o) else { return };
    visit(&s.pattern);
    visit(&s.text.obj);
}

/// `pattern_scanner`.
pub fn new_scanner(pattern: &PyObject, string: &PyObject, pos: isize, endpos: isize) -> PyResult<PyRef> {
    let p = as_pattern(pattern).ok_or_else(|| type_error("scanner of a non-pattern"))?;
    let text = p.text(string)?;
    let state = p.state(&text, pos, endpos);
    Ok(new_object(&SCANNER_TYPE, |ob| PyScanner {
        ob,
        pattern: pattern.to_ref(),
        text,
        state: RefCell::new(state),
        live: Cell::new(true),
        executing: Cell::new(false),
    }))
}

/// One `match()` or `search()` step.
fn step(o: &PyObject, fname: &str, kw: Option<&PyObject>, nargs: usize, search: bool) -> PyResult<PyRef> {
    let s = as_scanner(o)?;
    args::no_args(&format!("SRE_Scanner.{}", fname), &vec![o; nargs], kw)?;
    if s.executing.get() {
        return Err(value_error("regular expression scanner already executing"));
    }
    if !s.live.get() {
        return Ok(none());
    }
    let p = as_pattern(&s.pattern).ok_or_else(|| type_error("scanner of a non-pattern"))?;
    s.executing.set(true);
    let result = (|| {
        let mut st = s.state.borrow_mut();
        st.reset();
        st.ptr = st.start;
        let found = if search { p.search(&s.text, &mut st)? } else { p.match_at(&s.text, &mut st)? };
        if !found {
            s.live.set(false);
            return Ok(none());
        }
        let m = new_match(&s.pattern, &s.text, &st)?;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
        Ok(m)
    })();
    s.executing.set(false);
    result
}

fn s_match(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    step(a[0], "match", kw, a.len() - 1, false)
}

fn s_search(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    step(a[0], "search", kw, a.len() - 1, true)
}

fn get_pattern(o: &PyObject) -> PyResult<PyRef> {
    Ok(as_scanner(o)?.pattern.clone())
}
