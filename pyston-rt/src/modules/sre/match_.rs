//! `re.Match`: the spans of one successful match (CPython's `match_*` in
//! `Modules/_sre/sre.c`, 3.11). Groups are sliced from the subject on
//! demand; `expand` hands the template to `re._expand`.

use super::engine::State;
use super::pattern::{as_pattern, repr_truncated, PyPattern};
use super::subject::Text;
use super::{call_re, ssize_clip};
use crate::object::args::{self, Params};
use crate::object::dict::{dict_get, dict_items, dict_set, new_dict};
use crate::object::exceptions::{index_error, type_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{as_int, int_value_i64, new_int};
use crate::object::sequtil::RefSlot;
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{drop_payload, method_flags, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::Cell;

#[repr(C)]
pub struct PyMatch {
    ob: PyObject,
    pattern: PyRef,
    text: Text,
    /// Start and end of each group (group 0 is the whole match); -1 when
    /// the group did not take part.
    marks: Box<[isize]>,
    pos: isize,
    endpos: isize,
    lastindex: isize,
    regs: RefSlot,
}

static MATCH_METHODS: [MethodDef; 10] = [
    MethodDef { name: "group", func: m_group, flags: 0, doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match." },
    MethodDef { name: "start", func: m_start, flags: 0, doc: "Return index of the start of the substring matched by group." },
    MethodDef { name: "end", func: m_end, flags: 0, doc: "Return index of the end of the substring matched by group." },
    MethodDef { name: "span", func: m_span, flags: 0, doc: "For match object m, return the 2-tuple (m.start(group), m.end(group))." },
    MethodDef { name: "groups", func: m_groups, flags: 0, doc: "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match." },
    MethodDef { name: "groupdict", func: m_groupdict, flags: 0, doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match." },
    MethodDef { name: "expand", func: m_expand, flags: 0, doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method." },
    MethodDef { name: "__copy__", func: m_copy, flags: 0, doc: "" },
    MethodDef { name: "__deepcopy__", func: m_deepcopy, flags: 0, doc: "" },
    MethodDef { name: "__class_getitem__", func: crate::object::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

static MATCH_GETSETS: [GetSetDef; 7] = [
    GetSetDef { name: "lastindex", get: get_lastindex, set: None, doc: "The integer index of the last matched capturing group." },
    GetSetDef { name: "lastgroup", get: get_lastgroup, set: None, doc: "The name of the last matched capturing group." },
    GetSetDef { name: "regs", get: get_regs, set: None, doc: "" },
    GetSetDef { name: "string", get: get_string, set: None, doc: "The string passed to match() or search()." },
    GetSetDef { name: "re", get: get_re, set: None, doc: "The regular expression object." },
    GetSetDef { name: "pos", get: get_pos, set: None, doc: "The index into the string at which the RE engine started looking for a match." },
    GetSetDef { name: "endpos", get: get_endpos, set: None, doc: "The index into the string beyond which the RE engine will not go." },
];

pub static MATCH_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::HAVE_GC),
    tp_drop: slot(drop_payload::<PyMatch>),
    tp_traverse: slot(match_traverse),
    tp_repr: slot(match_repr),
    tp_new: slot(|_t, _a, _k| Err(type_error("cannot create 're.Match' instances"))),
    mp_subscript: slot(match_getitem),
    methods: &MATCH_METHODS,
    getsets: &MATCH_GETSETS,
    module: Some("re"),
    doc: Some("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."),
    ..TypeObject::new_static("Match", std::mem::size_of::<PyMatch>())
});

fn as_match(o: &PyObject) -> PyResult<&PyMatch> {
    if o.is_exact(&MATCH_TYPE) {
        // SAFETY: checked the exact type (re.Match cannot be subclassed).
        Ok(unsafe { o.cast::<PyMatch>() })
    } else {
        Err(type_error(format!("descriptor for 're.Match' objects doesn't apply to a '{}' object", o.type_().tp_name())))
    }
}

fn match_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let Ok(m) = as_match(o) else { return };
    visit(&m.pattern);
    visit(&m.text.obj);
    if let Some(r) = m.regs.peek() {
        visit(r);
    }
}

/// `pattern_new_match` after a successful match of `st`.
pub fn new_match(pattern: &PyObject, text: &Text, st: &State) -> PyResult<PyRef> {
    let groups = as_pattern(pattern).map_or(0, |p| p.groups);
    let mut marks = Vec::with_capacity(2 * (groups + 1));
    marks.push(st.start as isize);
    marks.push(st.ptr as isize);
    for g in 1..=groups {
        match st.group_span(g)? {
            Some((i, j)) => {
                marks.push(i as isize);
                marks.push(j as isize);
            }
            None => {
                marks.push(-1);
                marks.push(-1);
            }
        }
    }
    Ok(new_object(&MATCH_TYPE, |ob| PyMatch {
        ob,
        pattern: pattern.to_ref(),
        text: text.clone(),
        marks: marks.into_boxed_slice(),
        pos: st.pos as isize,
        endpos: st.endpos as isize,
        lastindex: st.lastindex,
        regs: RefSlot::new(None),
    }))
}

impl PyMatch {
    fn pat(&self) -> Option<&PyPattern> {
        as_pattern(&self.pattern)
    }

    fn ngroups(&self) -> usize {
        self.marks.len() / 2
    }

    /// `match_getindex`: a group number from an index or a group name.
    fn index(&self, key: &PyObject) -> PyResult<usize> {
        let i = if as_int(key).is_some() || key.type_().nb_index.get().is_some() {
            ssize_clip(key)?
        } else {
            let mut i = -1;
            if let Some(gi) = self.pat().and_then(|p| p.groupindex()) {
                if let Some(v) = dict_get(&gi, key)? {
                    if as_int(&v).is_some() {
                        i = int_value_i64(&v).map_or(-1, |v| v as isize);
                    }
                }
            }
            i
        };
        if i < 0 || i as usize >= self.ngroups() {
            return Err(index_error("no such group"));
        }
        Ok(i as usize)
    }

    fn span_of(&self, g: usize) -> (isize, isize) {
        (self.marks[2 * g], self.marks[2 * g + 1])
    }

    /// `match_getslice_by_index`.
    fn slice(&self, g: usize, default: &PyObject) -> PyRef {
        let (i, j) = self.span_of(g);
        if i < 0 {
            return default.to_ref();
        }
        self.text.slice(i as usize, j as usize)
    }

    fn group(&self, key: &PyObject, default: &PyObject) -> PyResult<PyRef> {
        Ok(self.slice(self.index(key)?, default))
    }
}

fn m_group(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = as_match(a[0])?;
    args::no_kwargs("Match.group", kw)?;
    let keys = &a[1..];
    let nothing = none();
    match keys.len() {
        0 => Ok(m.slice(0, &nothing)),
        1 => m.group(keys[0], &nothing),
        _ => {
            let items = keys.iter().map(|k| m.group(k, &nothing)).collect::<PyResult<Vec<_>>>()?;
            Ok(new_tuple(items))
        }
    }
}

fn match_getitem(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    as_match(o)?.group(key, &none())
}

/// The optional positional-only `group` argument of start/end/span.
fn group_arg(m: &PyMatch, fname: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<usize> {
    args::no_kwargs(&format!("Match.{}", fname), kw)?;
    args::check_positional(fname, a.len(), 0, 1)?;
    match a.first() {
        Some(g) => m.index(g),
        None => Ok(0),
    }
}

fn m_start(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = as_match(a[0])?;
    let g = group_arg(m, "start", &a[1..], kw)?;
    Ok(new_int(m.span_of(g).0 as i64))
}

fn m_end(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = as_match(a[0])?;
    let g = group_arg(m, "end", &a[1..], kw)?;
    Ok(new_int(m.span_of(g).1 as i64))
}

fn pair(i: isize, j: isize) -> PyRef {
    new_tuple(vec![new_int(i as i64), new_int(j as i64)])
}

fn m_span(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = as_match(a[0])?;
    let g = group_arg(m, "span", &a[1..], kw)?;
    let (i, j) = m.span_of(g);
    Ok(pair(i, j))
}

fn default_arg<'a>(fname: &str, a: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<Option<&'a PyObject>> {
    let mut out = [None];
    Params::new(fname, &["default"], 0).parse(a, kw, &mut out)?;
    Ok(out[0])
}

fn m_groups(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = as_match(a[0])?;
    let d = default_arg("groups", &a[1..], kw)?.map_or_else(none, |d| d.to_ref());
    Ok(new_tuple((1..m.ngroups()).map(|g| m.slice(g, &d)).collect()))
}

fn m_groupdict(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = as_match(a[0])?;
    let d = default_arg("groupdict", &a[1..], kw)?.map_or_else(none, |d| d.to_ref());
    let result = new_dict();
    if let Some(gi) = m.pat().and_then(|p| p.groupindex()) {
        for (k, _) in dict_items(&gi) {
            let v = m.group(&k, &d)?;
            dict_set(&result, &k, &v)?;
        }
    }
    Ok(result)
}

fn m_expand(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = as_match(a[0])?;
    let mut out = [None];
    Params::new("expand", &["template"], 1).parse(&a[1..], kw, &mut out)?;
    call_re("_expand", &[&m.pattern, a[0], out[0].expect("required")])
}

fn m_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("Match.__copy__", &a[1..], kw)?;
    Ok(a[0].to_ref())
}

fn m_deepcopy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("Match.__deepcopy__", &a[1..], kw)?;
    Ok(a[0].to_ref())
}

fn get_lastindex(o: &PyObject) -> PyResult<PyRef> {
    let m = as_match(o)?;
    Ok(if m.lastindex >= 0 { new_int(m.lastindex as i64) } else { none() })
}

fn get_lastgroup(o: &PyObject) -> PyResult<PyRef> {
    let m = as_match(o)?;
    if let Some(ig) = m.pat().and_then(|p| p.indexgroup()) {
        if let Some(items) = tuple_slice(&ig) {
            if m.lastindex >= 0 && (m.lastindex as usize) < items.len() {
                return Ok(items[m.lastindex as usize].clone());
            }
        }
    }
    Ok(none())
}

fn get_regs(o: &PyObject) -> PyResult<PyRef> {
    let m = as_match(o)?;
    if let Some(r) = m.regs.get() {
        return Ok(r);
    }
    let regs = new_tuple((0..m.ngroups()).map(|g| {
        let (i, j) = m.span_of(g);
        pair(i, j)
    }).collect());
    m.regs.set(Some(regs.clone()));
    Ok(regs)
}

fn get_string(o: &PyObject) -> PyResult<PyRef> {
    Ok(as_match(o)?.text.obj.clone())
}

fn get_re(o: &PyObject) -> PyResult<PyRef> {
    Ok(as_match(o)?.pattern.clone())
}

fn get_pos(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(as_match(o)?.pos as i64))
}

fn get_endpos(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(as_match(o)?.endpos as i64))
}

fn match_repr(o: &PyObject) -> PyResult<PyRef> {
    let m = as_match(o)?;
    let g0 = m.slice(0, &none());
    let (i, j) = m.span_of(0);
    Ok(new_str(format!("<re.Match object; span=({}, {}), match={}>", i, j, repr_truncated(&g0, 50)?)))
}
