//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction rules,
//! `message`, `exceptions`, `derive`, `subgroup` and `split`.

use super::args::split;
use super::exc_methods::{exc, fam, PyExceptionGroup};
use super::exceptions::{alloc_exception, as_exception, type_error, value_error, BASE_EXCEPTION, BASE_EXCEPTION_GROUP, EXCEPTION, EXCEPTION_GROUP};
use super::header::{PyObject, PyRef};
use super::singletons::none;
use super::str::{new_str, str_value};
use super::tuple::{new_tuple, tuple_slice};
use super::typeobj::{as_type, GetSetDef, MethodDef, TypeObject};
use super::PyResult;

fn eg(o: &PyObject) -> &PyExceptionGroup {
    // SAFETY: installed on exception groups and subclasses.
    unsafe { fam::<PyExceptionGroup>(o) }
}

fn is_group(o: &PyObject) -> bool {
    o.is_instance_of(&BASE_EXCEPTION_GROUP)
}

/// Validate `(message, exceptions)`; returns the exceptions as a tuple and
/// the class to instantiate.
fn check_args<'a>(cls: &'a TypeObject, pos: &[&PyObject]) -> PyResult<(PyRef, &'a TypeObject)> {
    if pos.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    if str_value(pos[0]).is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            pos[0].type_().name()
        )));
    }
    let seq = pos[1];
    let t = seq.type_();
    let is_seq = (t.mp_subscript.get().is_some() && super::dict::as_dict(seq).is_none()) || tuple_slice(seq).is_some();
    if !is_seq {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let items = super::protocol::collect(seq)?;
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if as_exception(e).is_none() {
            return Err(value_error(format!("Item {} of second argument (exceptions) is not an exception", i)));
        }
        if !e.is_instance_of(&EXCEPTION) {
            nested_base = true;
        }
    }
    let mut cls = cls;
    if std::ptr::eq(cls, &BASE_EXCEPTION_GROUP.0) {
        if !nested_base {
            cls = &EXCEPTION_GROUP;
        }
    } else if std::ptr::eq(cls, &EXCEPTION_GROUP.0) {
        if nested_base {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && cls.is_subtype(&EXCEPTION) {
        return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())));
    }
    Ok((new_tuple(items), cls))
}

pub fn eg_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, _, kwn) = split(args, kwnames);
    if !kwn.is_empty() {
        return Err(type_error(format!("{}() takes no keyword arguments", t.name())));
    }
    let (excs, cls) = check_args(t, pos)?;
    let o = alloc_exception(cls, super::tuple::tuple_from(pos));
    let g = eg(&o);
    g.msg.set_obj(pos[0]);
    g.excs.set(Some(excs));
    Ok(o)
}

pub fn eg_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    super::exc_methods::base_exc_init(o, args, kwnames)
}

/// Fields of a group made without `__new__` (runtime-raised).
pub fn eg_fields_raw(o: &PyObject) {
    let args = exc(o).args().clone();
    let a: Vec<&PyObject> = tuple_slice(&args).unwrap_or(&[]).iter().map(|x| &**x).collect();
    if let Ok((excs, _)) = check_args(o.type_(), &a) {
        eg(o).msg.set_obj(a[0]);
        eg(o).excs.set(Some(excs));
    }
}

pub fn eg_str(o: &PyObject) -> PyResult<PyRef> {
    let g = eg(o);
    let msg = super::protocol::str_string(&g.msg.get_or_none())?;
    let n = g.excs.get().and_then(|e| tuple_slice(&e).map(|s| s.len())).unwrap_or(0);
    Ok(new_str(format!("{} ({} sub-exception{})", msg, n, if n == 1 { "" } else { "s" })))
}

pub static EG_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "message", get: |o| Ok(eg(o).msg.get_or_none()), set: None, doc: "exception message" },
    GetSetDef { name: "exceptions", get: |o| Ok(eg(o).excs.get_or_none()), set: None, doc: "nested exceptions" },
];

pub static EG_METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "__class_getitem__",
        func: super::genericalias::class_getitem,
        flags: super::typeobj::method_flags::CLASS,
        doc: "See PEP 585",
    },
    MethodDef { name: "derive", func: eg_derive, flags: 0, doc: "" },
    MethodDef { name: "split", func: eg_split, flags: 0, doc: "" },
    MethodDef { name: "subgroup", func: eg_subgroup, flags: 0, doc: "" },
];

fn eg_derive(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let excs = super::args::one_arg("derive", &args[1..], kwnames)?;
    let msg = eg(args[0]).msg.get_or_none();
    super::protocol::call(BASE_EXCEPTION_GROUP.obj(), &[&msg, excs], None)
}

enum Matcher {
    Type(PyRef),
    Predicate(PyRef),
    /// Leaves (or groups) whose identity is in the set (`except*` re-raise).
    Ids(std::collections::HashSet<usize>),
}

fn get_matcher(v: &PyObject) -> PyResult<Matcher> {
    let is_exc_type = |x: &PyObject| as_type(x).is_some_and(|t| t.is_subtype(&BASE_EXCEPTION));
    if is_exc_type(v) {
        return Ok(Matcher::Type(v.to_ref()));
    }
    if let Some(items) = tuple_slice(v) {
        if items.iter().all(|x| is_exc_type(x)) {
            return Ok(Matcher::Type(v.to_ref()));
        }
    } else if v.type_().tp_call.get().is_some() {
        return Ok(Matcher::Predicate(v.to_ref()));
    }
    Err(type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(e: &PyObject, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => super::typecheck::isinstance(e, t),
        Matcher::Predicate(f) => {
            let r = super::protocol::call1(f, e)?;
            super::protocol::is_true(&r)
        }
        Matcher::Ids(ids) => Ok(ids.contains(&(e.as_ptr() as usize))),
    }
}

/// A group like `orig` holding `excs` (via `derive`), with the traceback,
/// cause, context and notes copied; None when `excs` is empty.
fn subset(orig: &PyObject, excs: Vec<PyRef>) -> PyResult<Option<PyRef>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let l = super::list::new_list(excs);
    let g = super::slot_funcs::call_method(orig, crate::name!("derive"), &[&l])?;
    if !is_group(&g) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (src, dst) = (exc(orig), exc(&g));
    dst.set_traceback(src.traceback());
    dst.set_cause(src.cause());
    dst.set_context(src.context());
    if let Some(notes) = super::protocol::getattr_opt(orig, crate::name!("__notes__"))? {
        if super::list::as_list(&notes).is_some() || tuple_slice(&notes).is_some() {
            let copy = super::list::new_list(super::protocol::collect(&notes)?);
            super::protocol::setattr(&g, crate::name!("__notes__"), &copy)?;
        }
    }
    Ok(Some(g))
}

/// Recursive split: (matching part, rest) of `e`.
fn split_rec(e: &PyObject, m: &Matcher, want_rest: bool) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    if matches(e, m)? {
        return Ok((Some(e.to_ref()), None));
    }
    if !is_group(e) {
        return Ok((None, if want_rest { Some(e.to_ref()) } else { None }));
    }
    let excs = eg(e).excs.get_or_none();
    let items: Vec<PyRef> = tuple_slice(&excs).unwrap_or(&[]).to_vec();
    let mut match_list = Vec::new();
    let mut rest_list = Vec::new();
    for x in &items {
        let (a, b) = split_rec(x, m, want_rest)?;
        match_list.extend(a);
        rest_list.extend(b);
    }
    let a = subset(e, match_list)?;
    let b = if want_rest { subset(e, rest_list)? } else { None };
    Ok((a, b))
}

fn eg_split(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = super::args::one_arg("split", &args[1..], kwnames)?;
    let m = get_matcher(v)?;
    let (a, b) = split_rec(args[0], &m, true)?;
    Ok(new_tuple(vec![a.unwrap_or_else(none), b.unwrap_or_else(none)]))
}

fn eg_subgroup(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = super::args::one_arg("subgroup", &args[1..], kwnames)?;
    let m = get_matcher(v)?;
    let (a, _) = split_rec(args[0], &m, false)?;
    Ok(a.unwrap_or_else(none))
}

/// `ExceptionGroup` is `(BaseExceptionGroup, Exception)`: its bases and MRO
/// are fixed up after `type_ready` (static types have one primary base).
pub fn fixup_exception_group() {
    let t: &TypeObject = &EXCEPTION_GROUP;
    let bases = new_tuple(vec![BASE_EXCEPTION_GROUP.to_ref(), EXCEPTION.to_ref()]);
    let mro = match super::mro::c3_mro(t, &[&BASE_EXCEPTION_GROUP, &EXCEPTION]) {
        Ok(m) => new_tuple(m),
        Err(_) => return,
    };
    let old_b = t.bases.replace(bases.into_raw());
    let old_m = t.mro.replace(mro.into_raw());
    for p in [old_b, old_m] {
        if !p.is_null() {
            // SAFETY: the type owned the replaced tuples.
            unsafe { super::header::decref(p) };
        }
    }
    // SAFETY: subclass lists hold non-owning pointers to live (static) types.
    unsafe { (*EXCEPTION.subclasses.get()).push(t.as_ptr()) };
    t.modified();
}

/// Whether `o` is a `BaseExceptionGroup` instance.
pub fn is_exception_group(o: &PyObject) -> bool {
    is_group(o)
}

/// The identities of the leaf exceptions of `e` (`e` itself if not a group).
pub fn collect_leaf_ids(e: &PyObject, out: &mut std::collections::HashSet<usize>) {
    if super::singletons::is_none(e) {
        return;
    }
    if !is_group(e) {
        out.insert(e.as_ptr() as usize);
        return;
    }
    let excs = eg(e).excs.get_or_none();
    for x in tuple_slice(&excs).unwrap_or(&[]).to_vec() {
        collect_leaf_ids(&x, out);
    }
}

/// The part of group `e` made of the exceptions whose identity is in `ids`,
/// keeping `e`'s nesting (CPython's `exception_group_projection`).
pub fn project(e: &PyObject, ids: std::collections::HashSet<usize>) -> PyResult<Option<PyRef>> {
    split_rec(e, &Matcher::Ids(ids), false).map(|(a, _)| a)
}

/// `e.split(typ)` (as the method, for `except*`).
pub fn split_by(e: &PyObject, typ: &PyObject) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    let r = super::protocol::call_method(e, crate::name!("split"), &[typ])?;
    match tuple_slice(&r) {
        Some([a, b]) => {
            let f = |x: &PyRef| if super::singletons::is_none(x) { None } else { Some(x.clone()) };
            Ok((f(a), f(b)))
        }
        _ => Err(type_error("split must return a 2-tuple")),
    }
}
