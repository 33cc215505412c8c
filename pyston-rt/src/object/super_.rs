//! `super`: attribute lookup along the MRO of the object's type, starting
//! after a given class. `super()` without arguments takes the `__class__`
//! cell and the first argument of the calling function from the interpreter.

use super::args::nkw;
use super::exceptions::{runtime_error, type_error};
use super::header::{alloc_object, PyObject, PyRef, Static};
use super::str::new_str;
use super::typeobj::{as_type, drop_payload, slot, type_flags, GetSetDef, TypeObject};
use super::PyResult;
use std::cell::UnsafeCell;

#[repr(C)]
pub struct PySuper {
    pub ob: PyObject,
    /// The class after which the lookup starts (`__thisclass__`).
    pub type_: UnsafeCell<Option<PyRef>>,
    /// The bound instance or class (`__self__`), None for unbound super.
    pub obj: UnsafeCell<Option<PyRef>>,
    /// The type whose MRO is searched (`__self_class__`).
    pub obj_type: UnsafeCell<Option<PyRef>>,
}

impl PySuper {
    fn get(c: &UnsafeCell<Option<PyRef>>) -> Option<PyRef> {
        // SAFETY: single-threaded field access; we clone out.
        unsafe { (*c.get()).clone() }
    }
    fn set(c: &UnsafeCell<Option<PyRef>>, v: Option<PyRef>) {
        // SAFETY: single-threaded; the old value drops after the write.
        let old = unsafe { std::mem::replace(&mut *c.get(), v) };
        drop(old);
    }
}

pub static SUPER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(super_traverse),
    tp_clear: crate::object::typeobj::slot(super_clear),
    tp_drop: slot(drop_payload::<PySuper>),
    tp_new: slot(super_new),
    tp_init: slot(super_init),
    tp_getattro: slot(super_getattro),
    tp_descr_get: slot(super_descr_get),
    tp_repr: slot(super_repr),
    flags: std::cell::Cell::new(type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    getsets: &SUPER_GETSETS,
    doc: Some("super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)"),
    ..TypeObject::new_static("super", std::mem::size_of::<PySuper>())
});

static SUPER_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "__thisclass__", get: |o| Ok(opt(PySuper::get(&sup(o).type_))), set: None, doc: "the class invoking super()" },
    GetSetDef { name: "__self__", get: |o| Ok(opt(PySuper::get(&sup(o).obj))), set: None, doc: "the instance invoking super(); may be None" },
    GetSetDef { name: "__self_class__", get: |o| Ok(opt(PySuper::get(&sup(o).obj_type))), set: None, doc: "the type of the instance invoking super(); may be None" },
];

fn opt(v: Option<PyRef>) -> PyRef {
    v.unwrap_or_else(super::singletons::none)
}

fn sup(o: &PyObject) -> &PySuper {
    // SAFETY: installed only on super and its subclasses.
    unsafe { o.cast::<PySuper>() }
}

fn super_new(t: &TypeObject, _args: &[&PyObject], _kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: the zeroed allocation is a valid PySuper (all fields None).
    Ok(unsafe { PyRef::from_raw(alloc_object(t)) })
}

/// `super(type_, obj)` as a new super object (also the zero-argument form,
/// with the interpreter's `__class__` and first argument).
pub fn new_super(type_: &PyObject, obj: &PyObject) -> PyResult<PyRef> {
    let s = super_new(&SUPER_TYPE, &[], None)?;
    fill(&s, type_, Some(obj))?;
    Ok(s)
}

fn fill(s: &PyObject, type_: &PyObject, obj: Option<&PyObject>) -> PyResult<()> {
    if as_type(type_).is_none() {
        return Err(type_error(format!("super() argument 1 must be a type, not {}", type_.type_().name())));
    }
    let obj = obj.filter(|o| !super::singletons::is_none(o));
    let obj_type = match obj {
        Some(o) => Some(supercheck(as_type(type_).expect("type"), o)?),
        None => None,
    };
    let p = sup(s);
    PySuper::set(&p.type_, Some(type_.to_ref()));
    PySuper::set(&p.obj, obj.map(|o| o.to_ref()));
    PySuper::set(&p.obj_type, obj_type);
    Ok(())
}

/// The type whose MRO a `super(type_, obj)` searches, or the TypeError.
fn supercheck(type_: &TypeObject, obj: &PyObject) -> PyResult<PyRef> {
    if let Some(t) = as_type(obj) {
        if t.is_subtype(type_) {
            return Ok(obj.to_ref());
        }
    }
    if obj.type_().is_subtype(type_) {
        return Ok(obj.type_().to_ref());
    }
    // A proxy may lie about its class.
    if let Some(c) = super::protocol::getattr_opt(obj, crate::name!("__class__"))? {
        if let Some(ct) = as_type(&c) {
            if !std::ptr::eq(ct, obj.type_()) && ct.is_subtype(type_) {
                return Ok(c);
            }
        }
    }
    Err(type_error("super(type, obj): obj must be an instance or subtype of type"))
}

fn super_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(type_error("super() takes no keyword arguments"));
    }
    match args.len() {
        0 => {
            let (cls, first) = crate::interp::super_args()?;
            fill(o, &cls, Some(&first))
        }
        1 => fill(o, args[0], None),
        2 => fill(o, args[0], Some(args[1])),
        n => Err(type_error(format!("super() expected at most 2 arguments, got {}", n))),
    }
}

/// Find `name` in the MRO of `obj_type` after `start`, binding descriptors
/// to `obj` (None when obj is the type itself, i.e. a class-level super).
pub fn super_lookup(start: &TypeObject, obj: &PyObject, obj_type: &TypeObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let mro = obj_type.mro_types();
    let Some(i) = mro.iter().position(|t| std::ptr::eq(*t, start)) else {
        return Ok(None);
    };
    for t in &mro[i + 1..] {
        let Some(res) = super::dict::dict_get_str(t.dict(), name).map(|r| r.to_ref()) else { continue };
        return match res.type_().tp_descr_get.get() {
            Some(get) => {
                let inst = if obj.is(obj_type.obj()) { None } else { Some(obj) };
                get(&res, inst, Some(obj_type.obj())).map(Some)
            }
            None => Ok(Some(res)),
        };
    }
    Ok(None)
}

fn super_getattro(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let s = sup(o);
    let skip = super::str::str_value(name) == Some("__class__");
    if !skip {
        if let (Some(t), Some(obj), Some(ot)) = (PySuper::get(&s.type_), PySuper::get(&s.obj), PySuper::get(&s.obj_type)) {
            let (t, ot) = (as_type(&t).expect("type"), as_type(&ot).expect("type"));
            if let Some(v) = super_lookup(t, &obj, ot, name)? {
                return Ok(Some(v));
            }
        }
    }
    super::object_type::generic_getattr(o, name)
}

fn super_descr_get(o: &PyObject, obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    let s = sup(o);
    let Some(obj) = obj.filter(|x| !super::singletons::is_none(x)) else { return Ok(o.to_ref()) };
    if PySuper::get(&s.obj).is_some() {
        return Ok(o.to_ref());
    }
    let t = PySuper::get(&s.type_).ok_or_else(|| runtime_error("super(): uninitialized super object"))?;
    if o.is_exact(&SUPER_TYPE) {
        return new_super(&t, obj);
    }
    super::protocol::call(o.type_().obj(), &[&t, obj], None)
}

fn super_repr(o: &PyObject) -> PyResult<PyRef> {
    let s = sup(o);
    let tname = PySuper::get(&s.type_).and_then(|t| as_type(&t).map(|t| t.name().to_string())).unwrap_or_else(|| "NULL".into());
    match PySuper::get(&s.obj_type) {
        Some(ot) => Ok(new_str(format!(
            "<super: <class '{}'>, <{} object>>",
            tname,
            as_type(&ot).map(|t| t.name().to_string()).unwrap_or_default()
        ))),
        None => Ok(new_str(format!("<super: <class '{}'>, NULL>", tname))),
    }
}

// ---- cycle collector ----

pub fn super_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let s = sup(o);
    for c in [&s.type_, &s.obj, &s.obj_type] {
        // SAFETY: single-threaded read; no code runs while visiting.
        if let Some(v) = unsafe { &*c.get() } {
            visit(v);
        }
    }
}

pub fn super_clear(o: &PyObject) {
    let s = sup(o);
    for c in [&s.type_, &s.obj, &s.obj_type] {
        // SAFETY: moved out before it drops.
        let old = unsafe { (*c.get()).take() };
        drop(old);
    }
}
