//! `property(fget=None, fset=None, fdel=None, doc=None)`: a data descriptor
//! calling Python functions, with `getter`/`setter`/`deleter` copies and
//! CPython 3.11's error messages (the name comes from `__set_name__`).

use super::args::Params;
use super::exceptions::{attribute_error, ATTRIBUTE_ERROR};
use super::header::{alloc_object, PyObject, PyRef, Static};
use super::singletons::{is_none, none};
use super::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct PyProperty {
    pub ob: PyObject,
    pub fget: UnsafeCell<Option<PyRef>>,
    pub fset: UnsafeCell<Option<PyRef>>,
    pub fdel: UnsafeCell<Option<PyRef>>,
    pub doc: UnsafeCell<Option<PyRef>>,
    /// The attribute name (set by `__set_name__`), for error messages.
    pub name: UnsafeCell<Option<PyRef>>,
    /// The doc string was taken from the getter.
    pub getter_doc: Cell<bool>,
}

fn get(c: &UnsafeCell<Option<PyRef>>) -> Option<PyRef> {
    // SAFETY: single-threaded field access; we clone out.
    unsafe { (*c.get()).clone() }
}

fn set(c: &UnsafeCell<Option<PyRef>>, v: Option<PyRef>) {
    // SAFETY: single-threaded; the old value drops after the write.
    let old = unsafe { std::mem::replace(&mut *c.get(), v) };
    drop(old);
}

fn none_to_opt(v: Option<&PyObject>) -> Option<PyRef> {
    v.filter(|v| !is_none(v)).map(|v| v.to_ref())
}

pub static PROPERTY_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(property_traverse),
    tp_clear: crate::object::typeobj::slot(property_clear),
    tp_drop: slot(drop_payload::<PyProperty>),
    tp_new: slot(property_new),
    tp_init: slot(property_init),
    tp_descr_get: slot(property_get),
    tp_descr_set: slot(property_set),
    flags: std::cell::Cell::new(type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    methods: &PROPERTY_METHODS,
    getsets: &PROPERTY_GETSETS,
    doc: Some("Property attribute."),
    ..TypeObject::new_static("property", std::mem::size_of::<PyProperty>())
});

static PROPERTY_METHODS: [MethodDef; 4] = [
    MethodDef { name: "getter", func: |a, k| copy_with(a, k, "getter", 0), flags: 0, doc: "Descriptor to obtain a copy of the property with a different getter." },
    MethodDef { name: "setter", func: |a, k| copy_with(a, k, "setter", 1), flags: 0, doc: "Descriptor to obtain a copy of the property with a different setter." },
    MethodDef { name: "deleter", func: |a, k| copy_with(a, k, "deleter", 2), flags: 0, doc: "Descriptor to obtain a copy of the property with a different deleter." },
    MethodDef { name: "__set_name__", func: property_set_name, flags: 0, doc: "Method to set name of a property." },
];

static PROPERTY_GETSETS: [GetSetDef; 5] = [
    GetSetDef { name: "fget", get: |o| Ok(get(&prop(o).fget).unwrap_or_else(none)), set: None, doc: "" },
    GetSetDef { name: "fset", get: |o| Ok(get(&prop(o).fset).unwrap_or_else(none)), set: None, doc: "" },
    GetSetDef { name: "fdel", get: |o| Ok(get(&prop(o).fdel).unwrap_or_else(none)), set: None, doc: "" },
    GetSetDef {
        name: "__doc__",
        get: |o| Ok(get(&prop(o).doc).unwrap_or_else(none)),
        set: Some(|o, v| {
            set(&prop(o).doc, none_to_opt(v));
            Ok(())
        }),
        doc: "",
    },
    GetSetDef { name: "__isabstractmethod__", get: property_isabstract, set: None, doc: "" },
];

fn prop(o: &PyObject) -> &PyProperty {
    // SAFETY: installed only on property and its subclasses.
    unsafe { o.cast::<PyProperty>() }
}

fn property_new(t: &TypeObject, _args: &[&PyObject], _kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: a zeroed PyProperty is valid (every field None/false).
    Ok(unsafe { PyRef::from_raw(alloc_object(t)) })
}

fn property_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    const P: Params = Params::new("property", &["fget", "fset", "fdel", "doc"], 0);
    let mut out = [None; 4];
    P.parse(args, kwnames, &mut out)?;
    let p = prop(o);
    set(&p.fget, none_to_opt(out[0]));
    set(&p.fset, none_to_opt(out[1]));
    set(&p.fdel, none_to_opt(out[2]));
    let mut doc = none_to_opt(out[3]);
    p.getter_doc.set(false);
    if doc.is_none() {
        if let Some(g) = get(&p.fget) {
            match super::protocol::getattr_opt(&g, crate::name!("__doc__")) {
                Ok(d) => {
                    doc = d.filter(|d| !is_none(d));
                    p.getter_doc.set(doc.is_some());
                }
                Err(e) if e.matches(&ATTRIBUTE_ERROR) => {}
                Err(e) => return Err(e),
            }
        }
    }
    if o.is_exact(&PROPERTY_TYPE) {
        set(&p.doc, doc);
    } else if let Some(d) = doc {
        // A subclass may have its own `__doc__` slot: write through setattr.
        super::protocol::setattr(o, crate::name!("__doc__"), &d)?;
    }
    Ok(())
}

/// `property 'x' of 'A' object has no getter` (without the name when unknown).
fn missing(o: &PyObject, obj: &PyObject, what: &str) -> super::PyErr {
    let p = prop(o);
    let tname = obj.type_().name().to_string();
    match get(&p.name).and_then(|n| super::protocol::repr_string(&n).ok()) {
        Some(n) => attribute_error(format!("property {} of '{}' object has no {}", n, tname, what)),
        None => attribute_error(format!("property of '{}' object has no {}", tname, what)),
    }
}

fn property_get(o: &PyObject, obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    let Some(obj) = obj.filter(|x| !is_none(x)) else { return Ok(o.to_ref()) };
    match get(&prop(o).fget) {
        Some(f) => super::protocol::call1(&f, obj),
        None => Err(missing(o, obj, "getter")),
    }
}

fn property_set(o: &PyObject, obj: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let p = prop(o);
    match v {
        Some(v) => match get(&p.fset) {
            Some(f) => super::protocol::call(&f, &[obj, v], None).map(drop),
            None => Err(missing(o, obj, "setter")),
        },
        None => match get(&p.fdel) {
            Some(f) => super::protocol::call1(&f, obj).map(drop),
            None => Err(missing(o, obj, "deleter")),
        },
    }
}

/// `prop.getter(f)` / `setter(f)` / `deleter(f)`: a copy of the property
/// (same type) with one accessor replaced.
fn copy_with(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, which: usize) -> PyResult<PyRef> {
    let f = super::args::one_arg(&format!("property.{}", name), &args[1..], kwnames)?;
    let o = args[0];
    let p = prop(o);
    let mut fns = [get(&p.fget), get(&p.fset), get(&p.fdel)];
    fns[which] = if is_none(f) { None } else { Some(f.to_ref()) };
    // A doc taken from the getter is taken again from the (new) getter.
    let doc = if p.getter_doc.get() && fns[0].is_some() { None } else { get(&p.doc) };
    let n = none();
    let vals: Vec<PyRef> = fns.iter().map(|x| x.clone().unwrap_or_else(|| n.clone())).collect();
    let docv = doc.unwrap_or_else(|| n.clone());
    let newp = super::protocol::call(o.type_().obj(), &[&vals[0], &vals[1], &vals[2], &docv], None)?;
    if newp.is_instance_of(&PROPERTY_TYPE) {
        set(&prop(&newp).name, get(&p.name));
    }
    Ok(newp)
}

fn property_set_name(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_kwargs("__set_name__", kwnames)?;
    super::args::check_positional("__set_name__", args.len() - 1, 2, 2)?;
    set(&prop(args[0]).name, Some(args[2].to_ref()));
    Ok(none())
}

fn property_isabstract(o: &PyObject) -> PyResult<PyRef> {
    let p = prop(o);
    for f in [get(&p.fget), get(&p.fset), get(&p.fdel)].into_iter().flatten() {
        let r = super::funcobject::is_abstract(&f)?;
        if super::protocol::is_true(&r)? {
            return Ok(r);
        }
    }
    Ok(super::int::new_bool(false))
}

// ---- cycle collector ----

pub fn property_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let p = prop(o);
    for c in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
        // SAFETY: single-threaded read; no code runs while visiting.
        if let Some(v) = unsafe { &*c.get() } {
            visit(v);
        }
    }
}

pub fn property_clear(o: &PyObject) {
    let p = prop(o);
    for c in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
        // SAFETY: moved out before it drops.
        let old = unsafe { (*c.get()).take() };
        drop(old);
    }
}
