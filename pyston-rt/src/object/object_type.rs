//! `object` and `type`: the root of the hierarchy and the metatype.
//! Generic attribute access (`object.__getattribute__`/`__setattr__`) with
//! CPython's descriptor precedence, instance dicts, `type.__call__`, and
//! `type_ready`, which completes a static builtin type at start-up.

use super::descr;
use super::dict::{dict_get, dict_get_str, dict_set, dict_set_item_str, new_dict};
use super::exceptions::{attribute_error, type_error, PyErr};
use super::header::{PyObject, PyRef, Static};
use super::protocol;
use super::singletons::not_implemented;
use super::str::{as_pystr, new_str, STR_TYPE};
use super::tuple::new_tuple;
use super::typeobj::{as_type, type_flags, TypeObject};
use super::PyResult;
use crate::bytecode::CmpKind;
use std::cell::Cell;

pub static OBJECT_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_repr: crate::object::typeobj::slot(object_repr),
    tp_str: crate::object::typeobj::slot(super::type_methods::object_str),
    tp_hash: crate::object::typeobj::slot(object_hash),
    tp_richcompare: crate::object::typeobj::slot(object_richcompare),
    tp_getattro: crate::object::typeobj::slot(generic_getattr),
    tp_setattro: crate::object::typeobj::slot(generic_setattr),
    tp_new: crate::object::typeobj::slot(object_new),
    tp_init: crate::object::typeobj::slot(object_init),
    methods: &super::type_methods::OBJECT_METHODS,
    getsets: &super::type_methods::OBJECT_GETSETS,
    doc: Some("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"),
    ..TypeObject::new_static("object", std::mem::size_of::<PyObject>())
});

pub static TYPE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(super::type_new::type_traverse),
    tp_clear: crate::object::typeobj::slot(super::type_new::type_clear),
    flags: std::cell::Cell::new(type_flags::BASETYPE | type_flags::TYPE_SUBCLASS | crate::object::typeobj::type_flags::HAVE_GC),
    tp_repr: crate::object::typeobj::slot(type_repr),
    tp_call: crate::object::typeobj::slot(type_call),
    tp_getattro: crate::object::typeobj::slot(type_getattro),
    tp_setattro: crate::object::typeobj::slot(type_setattro),
    tp_new: crate::object::typeobj::slot(super::type_new::type_new),
    tp_init: crate::object::typeobj::slot(super::type_new::type_init),
    tp_drop: crate::object::typeobj::slot(super::type_new::heap_type_drop),
    nb: crate::object::typeobj::nb_slots(&[(crate::bytecode::BinOpKind::Or, super::type_methods::type_or)]),
    methods: &super::type_methods::TYPE_METHODS,
    getsets: &super::type_methods::TYPE_GETSETS,
    doc: Some("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"),
    ..TypeObject::new_static("type", std::mem::size_of::<super::type_new::HeapTypeObject>())
});

fn object_repr(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(protocol::default_repr(o)))
}

fn object_hash(o: &PyObject) -> PyResult<isize> {
    // CPython: the address rotated by 4 bits.
    let p = o as *const PyObject as usize;
    let h = p.rotate_right(4) as isize;
    Ok(if h == -1 { -2 } else { h })
}

fn object_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    match op {
        CmpKind::Eq => Ok(if a.is(b) { super::int::new_bool(true) } else { not_implemented() }),
        CmpKind::Ne => {
            // `__ne__` delegates to `__eq__` and inverts a real result.
            if let Some(eq) = a.type_().tp_richcompare.get() {
                if eq as usize != object_richcompare as *const () as usize {
                    let r = eq(a, b, CmpKind::Eq)?;
                    if super::singletons::is_not_implemented(&r) {
                        return Ok(r);
                    }
                    return Ok(super::int::new_bool(!protocol::is_true(&r)?));
                }
            }
            Ok(if a.is(b) { super::int::new_bool(false) } else { not_implemented() })
        }
        _ => Ok(not_implemented()),
    }
}

/// `object.__new__(cls)`: allocate an instance of a class whose payload is
/// just the header (plus instance dict).
fn object_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    if !args.is_empty() || kwnames.is_some() {
        // Excess arguments are an error only when neither __new__ nor
        // __init__ is overridden in a way that takes them (CPython's rule).
        let overrides_new = t.tp_new.get().map(|f| f as usize) != Some(object_new as *const () as usize);
        let overrides_init = t.tp_init.get().map(|f| f as usize) != Some(object_init as *const () as usize);
        if overrides_new {
            return Err(type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !overrides_init {
            return Err(type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.has_flag(type_flags::IS_ABSTRACT) {
        return Err(super::type_methods::abstract_error(t));
    }
    let p = super::header::alloc_object(t);
    // SAFETY: the allocation is zeroed; a plain object's payload is the header
    // and the (null) dict pointer.
    Ok(unsafe { PyRef::from_raw(p) })
}

fn object_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    if !args.is_empty() || kwnames.is_some() {
        let t = o.type_();
        let overrides_new = t.tp_new.get().map(|f| f as usize) != Some(object_new as *const () as usize);
        let overrides_init = t.tp_init.get().map(|f| f as usize) != Some(object_init as *const () as usize);
        if overrides_init {
            return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if !overrides_new {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name()
            )));
        }
    }
    Ok(())
}

/// The instance-dict slot of `o`, if its type has one.
#[inline]
pub fn dict_slot(o: &PyObject) -> Option<&Cell<*mut PyObject>> {
    let off = o.type_().dictoffset.get();
    if off == 0 {
        return None;
    }
    // SAFETY: the type says a dict pointer lives at this offset.
    Some(unsafe { &*((o as *const PyObject as *const u8).add(off) as *const Cell<*mut PyObject>) })
}

/// The instance `__dict__` (borrowed), if it exists yet.
#[inline]
pub fn instance_dict(o: &PyObject) -> Option<&PyObject> {
    // SAFETY: the slot holds null or an owned dict reference.
    dict_slot(o).and_then(|s| unsafe { s.get().as_ref() })
}

/// The instance `__dict__`, created on first use. None if the type has none.
pub fn instance_dict_or_create(o: &PyObject) -> Option<&PyObject> {
    let slot = dict_slot(o)?;
    if slot.get().is_null() {
        slot.set(new_dict().into_raw());
    }
    // SAFETY: just ensured non-null; the object owns the dict.
    Some(unsafe { &*slot.get() })
}

/// Replace the instance `__dict__`.
pub fn set_instance_dict(o: &PyObject, d: PyRef) -> PyResult<()> {
    let slot = dict_slot(o).ok_or_else(|| attribute_error(format!("'{}' object has no attribute '__dict__'", o.type_().tp_name())))?;
    let old = slot.replace(d.into_raw());
    if !old.is_null() {
        // SAFETY: the slot owned the old dict.
        unsafe { super::header::decref(old) };
    }
    Ok(())
}

fn dict_lookup(d: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    if name.is_exact(&STR_TYPE) && d.is_exact(&super::dict::DICT_TYPE) {
        return Ok(dict_get_str(d, name).map(|v| v.to_ref()));
    }
    dict_get(d, name)
}

/// `object.__getattribute__`: data descriptors on the type, then the
/// instance dict, then other class attributes (binding non-data descriptors).
pub fn generic_getattr(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    generic_getattr_with(o, name, o.type_().lookup(name))
}

/// `generic_getattr` with the MRO lookup of `name` already done (`descr`,
/// borrowed from the type; the interpreter's attribute cache supplies it).
pub fn generic_getattr_with(o: &PyObject, name: &PyObject, descr: Option<&PyObject>) -> PyResult<Option<PyRef>> {
    let t = o.type_();
    let descr = descr.map(|d| d.to_ref());
    if let Some(d) = &descr {
        let dt = d.type_();
        if let (Some(get), Some(_)) = (dt.tp_descr_get.get(), dt.tp_descr_set.get()) {
            return get(d, Some(o), Some(t.obj())).map(Some);
        }
    }
    if let Some(dict) = instance_dict(o) {
        if let Some(v) = dict_lookup(dict, name)? {
            return Ok(Some(v));
        }
    }
    if let Some(d) = descr {
        if let Some(get) = d.type_().tp_descr_get.get() {
            return get(&d, Some(o), Some(t.obj())).map(Some);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// `object.__setattr__` / `__delattr__`.
pub fn generic_setattr(o: &PyObject, name: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    if as_pystr(name).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", name.type_().name())));
    }
    generic_setattr_with(o, name, o.type_().lookup(name), v)
}

/// `generic_setattr` for a str `name` whose lookup on the type's MRO gave
/// `descr` (the attribute-store inline cache does the lookup).
pub fn generic_setattr_with(o: &PyObject, name: &PyObject, descr: Option<&PyObject>, v: Option<&PyObject>) -> PyResult<()> {
    let t = o.type_();
    if let Some(d) = descr.map(|d| d.to_ref()) {
        if let Some(set) = d.type_().tp_descr_set.get() {
            return set(&d, o, v);
        }
    }
    let n = super::str::str_value(name).unwrap_or("?");
    match instance_dict_or_create(o) {
        Some(dict) => match v {
            Some(v) => dict_set(dict, name, v),
            None => match super::dict::dict_del(dict, name)? {
                Some(_) => Ok(()),
                None => Err(attribute_error(format!("'{}' object has no attribute '{}'", t.tp_name(), n))),
            },
        },
        None => {
            if t.lookup(name).is_some() {
                Err(attribute_error(format!("'{}' object attribute '{}' is read-only", t.name(), n)))
            } else {
                Err(attribute_error(format!("'{}' object has no attribute '{}'", t.tp_name(), n)))
            }
        }
    }
}

fn type_repr(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: only installed on type objects.
    let t = as_type(o).expect("type");
    let module = protocol::type_module_name(t);
    if module == "builtins" {
        Ok(new_str(format!("<class '{}'>", t.qualname())))
    } else {
        Ok(new_str(format!("<class '{}.{}'>", module, t.qualname())))
    }
}

/// `type.__getattribute__`: metatype data descriptors, then the type's own
/// MRO (binding descriptors with `__get__(None, type)`), then metatype attributes.
pub fn type_getattro(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let t = as_type(o).expect("type");
    let meta = o.type_();
    let meta_attr = meta.lookup(name).map(|d| d.to_ref());
    if let Some(d) = &meta_attr {
        let dt = d.type_();
        if let (Some(get), Some(_)) = (dt.tp_descr_get.get(), dt.tp_descr_set.get()) {
            return get(d, Some(o), Some(meta.obj())).map(Some);
        }
    }
    if let Some(a) = t.lookup(name).map(|d| d.to_ref()) {
        if let Some(get) = a.type_().tp_descr_get.get() {
            return get(&a, None, Some(o)).map(Some);
        }
        return Ok(Some(a));
    }
    if let Some(d) = meta_attr {
        if let Some(get) = d.type_().tp_descr_get.get() {
            return get(&d, Some(o), Some(meta.obj())).map(Some);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// `type.__setattr__`: only heap types can be modified; any change bumps
/// the version tag of the type and its subclasses.
pub fn type_setattro(o: &PyObject, name: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = as_type(o).expect("type");
    if let Some(d) = o.type_().lookup(name).map(|d| d.to_ref()) {
        if let Some(set) = d.type_().tp_descr_set.get() {
            return set(&d, o, v);
        }
    }
    if !t.is_heap_type() {
        let n = super::str::str_value(name).unwrap_or("?");
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            t.name()
        )));
    }
    let name = super::str::intern_obj(name);
    match v {
        Some(v) => dict_set(t.dict(), &name, v)?,
        None => {
            if super::dict::dict_del(t.dict(), &name)?.is_none() {
                return Err(attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    t.name(),
                    super::str::str_value(&name).unwrap_or("?")
                )));
            }
        }
    }
    t.modified();
    super::slots::update_slot(t, &name);
    Ok(())
}

/// `type.__call__`: `type(x)`, or create and initialize an instance.
pub fn type_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let t = as_type(o).expect("type");
    if std::ptr::eq(t, &TYPE_TYPE.0) && args.len() == 1 && kwnames.is_none() {
        return Ok(args[0].type_().to_ref());
    }
    let new = t.tp_new.get().ok_or_else(|| type_error(format!("cannot create '{}' instances", t.name())))?;
    let obj = new(t, args, kwnames)?;
    if !obj.type_().is_subtype(t) {
        return Ok(obj);
    }
    if let Some(init) = obj.type_().tp_init.get() {
        init(&obj, args, kwnames)?;
    }
    Ok(obj)
}

/// Complete a static builtin type: metatype, base, inherited slots and flags,
/// `__dict__` (methods, getsets, slot wrappers), `__bases__`, `__mro__`, version.
pub fn type_ready(t: &'static TypeObject) {
    if t.has_flag(type_flags::READY) {
        return;
    }
    if t.ob.ob_type.get().is_null() {
        t.ob.ob_type.set(TYPE_TYPE.as_ptr());
    }
    let is_object = std::ptr::eq(t, &OBJECT_TYPE.0);
    if !is_object && t.base.get().is_null() {
        t.base.set(OBJECT_TYPE.as_ptr());
    }
    if let Some(b) = t.base() {
        // SAFETY: static types' bases are static.
        let b: &'static TypeObject = unsafe { &*(b as *const TypeObject) };
        type_ready(b);
    }
    t.flags.set(t.flags.get() | type_flags::READY);
    if t.dict.get().is_null() {
        t.dict.set(new_dict().into_raw());
    }
    let dict = t.dict();
    // The type's own slots get wrappers before anything is inherited.
    super::exc_methods::prepare_static_exception(t);
    super::slots::add_slot_wrappers(t);
    for m in t.methods {
        dict_set_item_str(dict, m.name, descr::new_method_descr(t, m));
    }
    for g in t.getsets {
        dict_set_item_str(dict, g.name, descr::new_getset_descr(t, g));
    }
    if let Some(b) = t.base() {
        inherit(t, b);
    }
    super::slots::after_inherit(t);
    if super::dict::dict_get_str(dict, crate::name!("__doc__")).is_none() {
        let doc = match t.doc {
            Some(d) => new_str(d),
            None => super::singletons::none(),
        };
        dict_set_item_str(dict, "__doc__", doc);
    }
    let bases = match t.base() {
        Some(b) => new_tuple(vec![b.to_ref()]),
        None => new_tuple(vec![]),
    };
    t.bases.set(bases.into_raw());
    let mut mro = vec![t.to_ref()];
    if let Some(b) = t.base() {
        mro.extend(b.mro_types().iter().map(|x| x.to_ref()));
        // SAFETY: the base's subclass list holds non-owning pointers.
        unsafe { (*b.subclasses.get()).push(t.as_ptr()) };
    }
    t.mro.set(new_tuple(mro).into_raw());
    t.version_tag.set(super::typeobj::next_version_tag());
    if std::ptr::eq(t, &super::exceptions::EXCEPTION_GROUP.0) {
        type_ready(&super::exceptions::EXCEPTION);
        super::exc_group::fixup_exception_group();
    }
    immortalize_type_state(t);
}

/// What a static type owns (dict, its descriptors, bases, MRO) lives as
/// long as the type: immortal, so neither refcounting nor `PYSTON_DEBUG_REFS`
/// tracks it.
fn immortalize_type_state(t: &TypeObject) {
    for p in [t.dict.get(), t.bases.get(), t.mro.get()] {
        // SAFETY: a ready type owns these objects.
        if let Some(o) = unsafe { p.as_ref() } {
            o.make_immortal();
        }
    }
    for (k, v) in super::dict::dict_items(t.dict()) {
        k.make_immortal();
        super::gc::make_immortal_deep(&v);
    }
}


/// Inherit what a subclass does not define itself (CPython's inherit_slots).
pub fn inherit(t: &TypeObject, b: &TypeObject) {
    t.flags.set(t.flags.get() | (b.flags.get() & (type_flags::SUBCLASS_MASK | type_flags::HAS_DICT | type_flags::HAVE_GC)));
    t.flags.set(super::typeobj::inherit_match_flags(t.flags.get(), b.flags.get()));
    if t.dictoffset.get() == 0 {
        t.dictoffset.set(b.dictoffset.get());
    }
    if t.tp_weaklistoffset.get() == 0 {
        t.tp_weaklistoffset.set(b.tp_weaklistoffset.get());
    }
    if t.basicsize.get() < b.basicsize.get() {
        t.basicsize.set(b.basicsize.get());
    }
    let tm = t;
    macro_rules! inh {
        ($($f:ident),*) => { $( if tm.$f.get().is_none() { tm.$f.set(b.$f.get()); } )* };
    }
    inh!(
        tp_traverse, tp_clear, tp_repr, tp_str, tp_call, tp_getattro, tp_setattro, tp_iter, tp_iternext,
        tp_descr_get, tp_descr_set, tp_new, tp_init, tp_finalize, mp_length, mp_subscript, mp_ass_subscript,
        sq_contains, sq_concat, sq_repeat, nb_bool, nb_power3, nb_negative, nb_positive, nb_invert,
        nb_absolute, nb_int, nb_float, nb_index
    );
    // __hash__ and rich comparison are inherited together.
    if tm.tp_richcompare.get().is_none() && tm.tp_hash.get().is_none() {
        tm.tp_richcompare.set(b.tp_richcompare.get());
        tm.tp_hash.set(b.tp_hash.get());
    }
    for i in 0..tm.nb.len() {
        if tm.nb[i].get().is_none() {
            tm.nb[i].set(b.nb[i].get());
        }
    }
}

/// Convert `PyErr` for a missing attribute of a type.
pub fn type_no_attribute(t: &TypeObject, name: &str) -> PyErr {
    attribute_error(format!("type object '{}' has no attribute '{}'", t.name(), name))
}
