//! `re.Pattern`: a compiled code list with its groups, and the methods
//! that run it (CPython's `pattern_*` in `Modules/_sre/sre.c`, 3.11).

use super::engine::{self, State};
use super::match_::new_match;
use super::scanner::new_scanner;
use super::subject::{decode_wide, kind_of, Text, Units};
use super::{call_re, join_pieces, ssize_arg, PAT_FLAG_NAMES};
use crate::bytecode::CmpKind;
use crate::object::args::Params;
use crate::object::bytes::buffer_bytes;
use crate::object::dict::new_dict;
use crate::object::exceptions::type_error;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::mappingproxy::new_mappingproxy;
use crate::object::protocol;
use crate::object::sequtil::RefSlot;
use crate::object::singletons::{is_none, none, not_implemented};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, method_flags, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[repr(C)]
pub struct PyPattern {
    ob: PyObject,
    /// The source (str, bytes or None).
    pattern: RefSlot,
    /// name -> group number (a dict), None when there are no named groups.
    groupindex: RefSlot,
    /// group number -> name (a tuple), None when there are no named groups.
    indexgroup: RefSlot,
    pub flags: i64,
    pub groups: usize,
    /// 1 bytes, 0 str, -1 no source pattern.
    pub isbytes: i8,
    pub code: Box<[u32]>,
    weaklist: Cell<*mut PyObject>,
    /// The last non-ASCII str decoded for this pattern and its code points.
    wide_cache: RefCell<Option<(PyRef, Rc<[u32]>)>>,
}

static PATTERN_METHODS: [MethodDef; 12] = [
    MethodDef { name: "match", func: p_match, flags: 0, doc: "Matches zero or more characters at the beginning of the string." },
    MethodDef { name: "fullmatch", func: p_fullmatch, flags: 0, doc: "Matches against all of the string." },
    MethodDef { name: "search", func: p_search, flags: 0, doc: "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches." },
    MethodDef { name: "sub", func: p_sub, flags: 0, doc: "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl." },
    MethodDef { name: "subn", func: p_subn, flags: 0, doc: "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl." },
    MethodDef { name: "findall", func: p_findall, flags: 0, doc: "Return a list of all non-overlapping matches of pattern in string." },
    MethodDef { name: "split", func: p_split, flags: 0, doc: "Split string by the occurrences of pattern." },
    MethodDef { name: "finditer", func: p_finditer, flags: 0, doc: "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object." },
    MethodDef { name: "scanner", func: p_scanner, flags: 0, doc: "" },
    MethodDef { name: "__copy__", func: p_copy, flags: 0, doc: "" },
    MethodDef { name: "__deepcopy__", func: p_deepcopy, flags: 0, doc: "" },
    MethodDef { name: "__class_getitem__", func: crate::object::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

static PATTERN_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "pattern", get: get_pattern, set: None, doc: "The pattern string from which the RE object was compiled." },
    GetSetDef { name: "flags", get: get_flags, set: None, doc: "The regex matching flags." },
    GetSetDef { name: "groups", get: get_groups, set: None, doc: "The number of capturing groups in the pattern." },
    GetSetDef { name: "groupindex", get: get_groupindex, set: None, doc: "A dictionary mapping group names to group numbers." },
];

pub static PATTERN_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::HAVE_GC),
    tp_drop: slot(drop_payload::<PyPattern>),
    tp_traverse: slot(pattern_traverse),
    tp_clear: slot(pattern_clear),
    tp_weaklistoffset: Cell::new(std::mem::offset_of!(PyPattern, weaklist)),
    tp_repr: slot(pattern_repr),
    tp_hash: slot(pattern_hash),
    tp_richcompare: slot(pattern_richcompare),
    tp_new: slot(|_t, _a, _k| Err(type_error("cannot create 're.Pattern' instances"))),
    methods: &PATTERN_METHODS,
    getsets: &PATTERN_GETSETS,
    module: Some("re"),
    doc: Some("Compiled regular expression object."),
    ..TypeObject::new_static("Pattern", std::mem::size_of::<PyPattern>())
});

pub fn as_pattern(o: &PyObject) -> Option<&PyPattern> {
    // SAFETY: checked the exact type (re.Pattern cannot be subclassed).
    o.is_exact(&PATTERN_TYPE).then(|| unsafe { o.cast::<PyPattern>() })
}

fn pat<'a>(o: &'a PyObject, name: &str) -> PyResult<&'a PyPattern> {
    as_pattern(o).ok_or_else(|| {
        type_error(format!("descriptor '{}' for 're.Pattern' objects doesn't apply to a '{}' object", name, o.type_().tp_name()))
    })
}

fn pattern_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let Some(p) = as_pattern(o) else { return };
    for s in [&p.pattern, &p.groupindex, &p.indexgroup] {
        if let Some(v) = s.peek() {
            visit(v);
        }
    }
    if let Ok(c) = p.wide_cache.try_borrow() {
        if let Some((s, _)) = c.as_ref() {
            visit(s);
        }
    }
}

fn pattern_clear(o: &PyObject) {
    let Some(p) = as_pattern(o) else { return };
    p.groupindex.clear();
    p.indexgroup.clear();
    p.pattern.clear();
    let old = p.wide_cache.borrow_mut().take();
    drop(old);
}

impl PyPattern {
    pub fn groupindex(&self) -> Option<PyRef> {
        self.groupindex.get()
    }

    pub fn indexgroup(&self) -> Option<PyRef> {
        self.indexgroup.get()
    }

    /// The subject `o` as units, with this pattern's kind checks.
    pub fn text(&self, o: &PyObject) -> PyResult<Text> {
        let text = Text::new(o, |obj, s| {
            if let Some((cached, w)) = self.wide_cache.borrow().as_ref() {
                if std::ptr::eq(cached.as_ptr(), obj.as_ptr()) {
                    return w.clone();
                }
            }
            let w = decode_wide(s);
            let old = self.wide_cache.replace(Some((obj.to_ref(), w.clone())));
            drop(old);
            w
        })?;
        if text.isbytes && self.isbytes == 0 {
            return Err(type_error("cannot use a string pattern on a bytes-like object"));
        }
        if !text.isbytes && self.isbytes > 0 {
            return Err(type_error("cannot use a bytes pattern on a string-like object"));
        }
        Ok(text)
    }

    /// A state over `text` from `pos` to `endpos`.
    pub fn state(&self, text: &Text, pos: isize, endpos: isize) -> State {
        State::new(text.len(), pos, endpos, self.groups)
    }

    /// `sre_search` from `st.start`.
    pub fn search(&self, text: &Text, st: &mut State) -> PyResult<bool> {
        match text.units() {
            Units::Narrow(s) => engine::search(st, s, &self.code),
            Units::Wide(s) => engine::search(st, s, &self.code),
        }
    }

    /// `sre_match` at `st.ptr`.
    pub fn match_at(&self, text: &Text, st: &mut State) -> PyResult<bool> {
        match text.units() {
            Units::Narrow(s) => engine::sre_match(st, s, &self.code, 0, true),
            Units::Wide(s) => engine::sre_match(st, s, &self.code, 0, true),
        }
    }
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
pub fn new_pattern(
    pattern: &PyObject,
    flags: i64,
    code: Vec<u32>,
    groups: isize,
    groupindex: &PyObject,
    indexgroup: &PyObject,
) -> PyResult<PyRef> {
    let isbytes = if is_none(pattern) {
        -1
    } else {
        match kind_of(pattern) {
            Some(b) => b as i8,
            None => return Err(super::subject::not_a_string(pattern)),
        }
    };
    if !super::validate::validate(&code, groups) {
        return Err(crate::object::exceptions::runtime_error("invalid SRE code"));
    }
    let has_names = crate::object::dict::dict_len(groupindex) > 0;
    let has_index = has_names && crate::object::tuple::tuple_slice(indexgroup).is_some_and(|t| !t.is_empty());
    Ok(new_object(&PATTERN_TYPE, |ob| PyPattern {
        ob,
        pattern: RefSlot::new(Some(pattern.to_ref())),
        groupindex: RefSlot::new(has_names.then(|| groupindex.to_ref())),
        indexgroup: RefSlot::new(has_index.then(|| indexgroup.to_ref())),
        flags,
        groups: groups as usize,
        isbytes,
        code: code.into_boxed_slice(),
        weaklist: Cell::new(std::ptr::null_mut()),
        wide_cache: RefCell::new(None),
    }))
}

/// `(string, pos=0, endpos=sys.maxsize)`.
fn string_pos_args<'a>(fname: &str, a: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<(&'a PyObject, isize, isize)> {
    let mut out = [None, None, None];
    Params::new(fname, &["string", "pos", "endpos"], 1).parse(a, kw, &mut out)?;
    let pos = out[1].map(ssize_arg).transpose()?.unwrap_or(0);
    let endpos = out[2].map(ssize_arg).transpose()?.unwrap_or(isize::MAX);
    Ok((out[0].expect("required"), pos, endpos))
}

fn p_match(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = pat(a[0], "match")?;
    let (string, pos, endpos) = string_pos_args("match", &a[1..], kw)?;
    let text = p.text(string)?;
    let mut st = p.state(&text, pos, endpos);
    st.ptr = st.start;
    let ok = p.match_at(&text, &mut st)?;
    Ok(if ok { new_match(a[0], &text, &st)? } else { none() })
}

fn p_fullmatch(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = pat(a[0], "fullmatch")?;
    let (string, pos, endpos) = string_pos_args("fullmatch", &a[1..], kw)?;
    let text = p.text(string)?;
    let mut st = p.state(&text, pos, endpos);
    st.ptr = st.start;
    st.match_all = true;
    let ok = p.match_at(&text, &mut st)?;
    Ok(if ok { new_match(a[0], &text, &st)? } else { none() })
}

fn p_search(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = pat(a[0], "search")?;
    let (string, pos, endpos) = string_pos_args("search", &a[1..], kw)?;
    let text = p.text(string)?;
    let mut st = p.state(&text, pos, endpos);
    let ok = p.search(&text, &mut st)?;
    Ok(if ok { new_match(a[0], &text, &st)? } else { none() })
}

/// Group `g` (1-based) of the last match, or `default`.
fn group_or(text: &Text, st: &State, g: usize, empty: bool) -> PyResult<PyRef> {
    Ok(match st.group_span(g)? {
        Some((i, j)) => text.slice(i, j),
        None if empty => text.empty(),
        None => none(),
    })
}

fn p_findall(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = pat(a[0], "findall")?;
    let (string, pos, endpos) = string_pos_args("findall", &a[1..], kw)?;
    let text = p.text(string)?;
    let mut st = p.state(&text, pos, endpos);
    let mut items = Vec::new();
    while st.start <= st.end {
        st.reset();
        st.ptr = st.start;
        if !p.search(&text, &mut st)? {
            break;
        }
        let item = match p.groups {
            0 => text.slice(st.start, st.ptr),
            1 => group_or(&text, &st, 1, true)?,
            n => new_tuple((1..=n).map(|g| group_or(&text, &st, g, true)).collect::<PyResult<Vec<_>>>()?),
        };
        items.push(item);
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    Ok(new_list(items))
}

fn p_finditer(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    pat(a[0], "finditer")?;
    let (string, pos, endpos) = string_pos_args("finditer", &a[1..], kw)?;
    let scanner = new_scanner(a[0], string, pos, endpos)?;
    let search = protocol::getattr_str(&scanner, "search")?;
    Ok(crate::object::iterators::new_callable_iter(&search, &none()))
}

fn p_scanner(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    pat(a[0], "scanner")?;
    let (string, pos, endpos) = string_pos_args("scanner", &a[1..], kw)?;
    new_scanner(a[0], string, pos, endpos)
}

fn p_split(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = pat(a[0], "split")?;
    let mut out = [None, None];
    Params::new("split", &["string", "maxsplit"], 1).parse(&a[1..], kw, &mut out)?;
    let maxsplit = out[1].map(ssize_arg).transpose()?.unwrap_or(0);
    let text = p.text(out[0].expect("required"))?;
    let mut st = p.state(&text, 0, isize::MAX);
    let mut items = Vec::new();
    let mut n = 0;
    let mut last = st.start;
    while maxsplit == 0 || n < maxsplit {
        st.reset();
        st.ptr = st.start;
        if !p.search(&text, &mut st)? {
            break;
        }
        items.push(text.slice(last, st.start));
        for g in 1..=p.groups {
            items.push(group_or(&text, &st, g, false)?);
        }
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
        last = st.ptr;
    }
    items.push(text.slice(last, st.endpos));
    Ok(new_list(items))
}

fn p_sub(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    subx(a, kw, "sub", false)
}

fn p_subn(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    subx(a, kw, "subn", true)
}

/// Whether a replacement is a literal (a str or bytes-like object
/// without backslashes).
fn is_literal_template(t: &PyObject) -> bool {
    match kind_of(t) {
        Some(false) => str_value(t).is_some_and(|s| !s.contains('\\')),
        Some(true) => buffer_bytes(t).is_some_and(|b| !b.contains(&b'\\')),
        None => false,
    }
}

/// `pattern_subx`.
fn subx(a: &[&PyObject], kw: Option<&PyObject>, fname: &str, subn: bool) -> PyResult<PyRef> {
    let p = pat(a[0], fname)?;
    let mut out = [None, None, None];
    Params::new(fname, &["repl", "string", "count"], 2).parse(&a[1..], kw, &mut out)?;
    let (repl, string) = (out[0].expect("required"), out[1].expect("required"));
    let count = out[2].map(ssize_arg).transpose()?.unwrap_or(0);

    let (filter, callable) = if repl.type_().tp_call.get().is_some() {
        (repl.to_ref(), true)
    } else if is_literal_template(repl) {
        (repl.to_ref(), false)
    } else {
        // Not a literal: `re._subx` compiles the template.
        let f = call_re("_subx", &[a[0], repl])?;
        let c = f.type_().tp_call.get().is_some();
        (f, c)
    };

    let text = p.text(string)?;
    let mut st = p.state(&text, 0, isize::MAX);
    let mut pieces: Vec<PyRef> = Vec::new();
    let mut n: isize = 0;
    let mut i = 0;
    while count == 0 || n < count {
        st.reset();
        st.ptr = st.start;
        if !p.search(&text, &mut st)? {
            break;
        }
        let (b, e) = (st.start, st.ptr);
        if i < b {
            pieces.push(text.slice(i, b));
        }
        let item = if callable {
            let m = new_match(a[0], &text, &st)?;
            protocol::call1(&filter, &m)?
        } else {
            filter.clone()
        };
        if !is_none(&item) {
            pieces.push(item);
        }
        i = e;
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    if i < st.endpos {
        pieces.push(text.slice(i, st.endpos));
    }
    let joined = join_pieces(&text, pieces)?;
    if subn {
        return Ok(new_tuple(vec![joined, new_int(n as i64)]));
    }
    Ok(joined)
}

fn p_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("Pattern.__copy__", &a[1..], kw)?;
    Ok(a[0].to_ref())
}

fn p_deepcopy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::one_arg("Pattern.__deepcopy__", &a[1..], kw)?;
    Ok(a[0].to_ref())
}

fn get_pattern(o: &PyObject) -> PyResult<PyRef> {
    Ok(pat(o, "pattern")?.pattern.get().unwrap_or_else(none))
}

fn get_flags(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(pat(o, "flags")?.flags))
}

fn get_groups(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(pat(o, "groups")?.groups as i64))
}

fn get_groupindex(o: &PyObject) -> PyResult<PyRef> {
    Ok(match pat(o, "groupindex")?.groupindex.get() {
        Some(d) => new_mappingproxy(&d),
        None => new_dict(),
    })
}

/// `repr()` truncated to `n` characters (`%.<n>R`).
pub fn repr_truncated(o: &PyObject, n: usize) -> PyResult<String> {
    let r = protocol::repr_string(o)?;
    Ok(match r.char_indices().nth(n) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    })
}

fn pattern_repr(o: &PyObject) -> PyResult<PyRef> {
    let p = pat(o, "__repr__")?;
    let mut flags = p.flags;
    use super::constants::flag;
    if p.isbytes == 0 && flags & (flag::LOCALE | flag::UNICODE | flag::ASCII) == flag::UNICODE {
        flags &= !flag::UNICODE;
    }
    let mut names: Vec<String> = Vec::new();
    for &(name, value) in PAT_FLAG_NAMES {
        if flags & value != 0 {
            names.push(name.to_string());
            flags &= !value;
        }
    }
    if flags != 0 {
        names.push(format!("{:#x}", flags as i32 as u32));
    }
    let src = p.pattern.get().unwrap_or_else(none);
    let r = repr_truncated(&src, 200)?;
    Ok(new_str(if names.is_empty() {
        format!("re.compile({})", r)
    } else {
        format!("re.compile({}, {})", r, names.join("|"))
    }))
}

fn pattern_hash(o: &PyObject) -> PyResult<isize> {
    let p = pat(o, "__hash__")?;
    let src = p.pattern.get().unwrap_or_else(none);
    let mut h = protocol::hash(&src)?;
    let bytes: Vec<u8> = p.code.iter().flat_map(|w| w.to_ne_bytes()).collect();
    h ^= crate::format::hash_bytes(&bytes) as isize;
    h ^= p.flags as isize;
    h ^= p.isbytes as isize;
    h ^= p.code.len() as isize;
    Ok(if h == -1 { -2 } else { h })
}

fn pattern_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(not_implemented());
    }
    let (Some(l), Some(r)) = (as_pattern(a), as_pattern(b)) else {
        return Ok(not_implemented());
    };
    let mut eq = std::ptr::eq(l, r)
        || (l.flags == r.flags && l.isbytes == r.isbytes && l.code == r.code && {
            let (x, y) = (l.pattern.get().unwrap_or_else(none), r.pattern.get().unwrap_or_else(none));
            protocol::rich_compare_bool(&x, &y, CmpKind::Eq)?
        });
    if op == CmpKind::Ne {
        eq = !eq;
    }
    Ok(new_bool(eq))
}

