//! `staticmethod` and `classmethod` wrappers.
//!
//! Both copy `__module__`, `__name__`, `__qualname__`, `__doc__` and
//! `__annotations__` from the wrapped callable (CPython 3.11's
//! `functools_wraps`; not `__dict__`, so `classmethod(SomeClass)` works),
//! expose it as `__func__`/`__wrapped__`, and are subclassable.

use super::args::{check_positional, no_kwargs};
use super::exceptions::{type_error, ATTRIBUTE_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::new_bool;
use super::singletons::none;
use super::str::new_str;
use super::typeobj::{drop_payload, slot, type_flags, GetSetDef, TypeObject};
use super::PyResult;
use std::cell::{Cell, UnsafeCell};

/// Layout of both `staticmethod` and `classmethod`.
#[repr(C)]
pub struct PyStaticMethod {
    pub ob: PyObject,
    pub dict: Cell<*mut PyObject>,
    pub func: UnsafeCell<PyRef>,
}

/// `classmethod` shares the staticmethod layout.
pub type PyClassMethod = PyStaticMethod;

impl PyStaticMethod {
    pub fn func(&self) -> &PyRef {
        // SAFETY: single-threaded field access; replaced only by `set_func`.
        unsafe { &*self.func.get() }
    }
    fn set_func(&self, f: PyRef) {
        // SAFETY: single-threaded; no borrow of the old value is alive.
        let old = unsafe { std::mem::replace(&mut *self.func.get(), f) };
        drop(old);
    }
}

pub static STATICMETHOD_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(wrapper_traverse),
    tp_clear: crate::object::typeobj::slot(wrapper_clear),
    tp_drop: slot(drop_payload::<PyStaticMethod>),
    tp_descr_get: slot(staticmethod_get),
    tp_call: slot(staticmethod_call),
    tp_repr: slot(wrapper_repr),
    tp_new: slot(wrapper_new),
    tp_init: slot(staticmethod_init),
    dictoffset: Cell::new(std::mem::offset_of!(PyStaticMethod, dict)),
    flags: std::cell::Cell::new(type_flags::BASETYPE | type_flags::HAS_DICT | crate::object::typeobj::type_flags::HAVE_GC),
    getsets: &WRAPPER_GETSETS,
    doc: Some("staticmethod(function) -> method\n\nConvert a function to be a static method."),
    ..TypeObject::new_static("staticmethod", std::mem::size_of::<PyStaticMethod>())
});

pub static CLASSMETHOD_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(wrapper_traverse),
    tp_clear: crate::object::typeobj::slot(wrapper_clear),
    tp_drop: slot(drop_payload::<PyClassMethod>),
    tp_descr_get: slot(classmethod_get),
    tp_repr: slot(wrapper_repr),
    tp_new: slot(wrapper_new),
    tp_init: slot(classmethod_init),
    dictoffset: Cell::new(std::mem::offset_of!(PyClassMethod, dict)),
    flags: std::cell::Cell::new(type_flags::BASETYPE | type_flags::HAS_DICT | crate::object::typeobj::type_flags::HAVE_GC),
    getsets: &WRAPPER_GETSETS,
    doc: Some("classmethod(function) -> method\n\nConvert a function to be a class method."),
    ..TypeObject::new_static("classmethod", std::mem::size_of::<PyClassMethod>())
});

static WRAPPER_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__func__", get: get_func, set: None, doc: "" },
    GetSetDef { name: "__wrapped__", get: get_func, set: None, doc: "" },
    GetSetDef { name: "__isabstractmethod__", get: get_isabstract, set: None, doc: "" },
    GetSetDef { name: "__dict__", get: get_dict, set: Some(set_dict), doc: "" },
];

fn sm(o: &PyObject) -> &PyStaticMethod {
    // SAFETY: only installed on staticmethod/classmethod (and subclasses).
    unsafe { o.cast::<PyStaticMethod>() }
}

/// A staticmethod wrapping `f` (attributes copied like `staticmethod(f)`).
pub fn new_staticmethod(f: PyRef) -> PyRef {
    let o = new_object(&STATICMETHOD_TYPE, |ob| PyStaticMethod { ob, dict: Cell::new(std::ptr::null_mut()), func: UnsafeCell::new(f.clone()) });
    let _ = copy_wrapped_attrs(&o, &f);
    o
}

/// A classmethod wrapping `f`.
pub fn new_classmethod(f: PyRef) -> PyRef {
    let o = new_object(&CLASSMETHOD_TYPE, |ob| PyStaticMethod { ob, dict: Cell::new(std::ptr::null_mut()), func: UnsafeCell::new(f.clone()) });
    let _ = copy_wrapped_attrs(&o, &f);
    o
}

/// `functools.wraps`-style copy of the callable's metadata onto the wrapper.
fn copy_wrapped_attrs(wrapper: &PyObject, wrapped: &PyObject) -> PyResult<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        let n = super::str::intern(name);
        let v = match super::protocol::getattr_opt(wrapped, &n) {
            Ok(Some(v)) => v,
            Ok(None) => continue,
            Err(e) if e.matches(&ATTRIBUTE_ERROR) => continue,
            Err(e) => return Err(e),
        };
        super::protocol::setattr(wrapper, &n, &v)?;
    }
    Ok(())
}

fn wrapper_new(t: &TypeObject, _args: &[&PyObject], _kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyStaticMethod { ob, dict: Cell::new(std::ptr::null_mut()), func: UnsafeCell::new(none()) }))
}

fn wrapper_init_common(name: &str, o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    no_kwargs(name, kwnames)?;
    check_positional(name, args.len(), 1, 1)?;
    sm(o).set_func(args[0].to_ref());
    copy_wrapped_attrs(o, args[0])
}

fn staticmethod_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    wrapper_init_common("staticmethod", o, args, kwnames)
}

fn classmethod_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    wrapper_init_common("classmethod", o, args, kwnames)
}

fn staticmethod_get(o: &PyObject, _obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(sm(o).func().clone())
}

fn staticmethod_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let f = sm(o).func().clone();
    super::protocol::call(&f, args, kwnames)
}

/// Bind to the class; a wrapped descriptor is bound with the class as both
/// instance and owner (3.9–3.12 behaviour, e.g. `classmethod(property(f))`).
fn classmethod_get(o: &PyObject, obj: Option<&PyObject>, t: Option<&PyObject>) -> PyResult<PyRef> {
    let cls: PyRef = match (t, obj) {
        (Some(t), _) => t.to_ref(),
        (None, Some(obj)) => obj.type_().to_ref(),
        (None, None) => return Err(type_error("classmethod.__get__(None, None) is invalid")),
    };
    let f = sm(o).func().clone();
    if let Some(get) = f.type_().tp_descr_get.get() {
        return get(&f, Some(&cls), Some(&cls));
    }
    Ok(super::function::new_method(f, cls))
}

fn wrapper_repr(o: &PyObject) -> PyResult<PyRef> {
    let f = sm(o).func().clone();
    let r = super::protocol::repr_string(&f)?;
    Ok(new_str(format!("<{}({})>", o.type_().name(), r)))
}

fn get_func(o: &PyObject) -> PyResult<PyRef> {
    Ok(sm(o).func().clone())
}

fn get_isabstract(o: &PyObject) -> PyResult<PyRef> {
    let f = sm(o).func().clone();
    is_abstract(&f)
}

/// `bool(getattr(f, '__isabstractmethod__', False))` as a bool object.
pub fn is_abstract(f: &PyObject) -> PyResult<PyRef> {
    match super::protocol::getattr_opt(f, crate::name!("__isabstractmethod__"))? {
        Some(v) => Ok(new_bool(super::protocol::is_true(&v)?)),
        None => Ok(new_bool(false)),
    }
}

fn get_dict(o: &PyObject) -> PyResult<PyRef> {
    super::type_new::subtype_dict_get(o)
}

fn set_dict(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    super::type_new::subtype_dict_set(o, v)
}

// ---- cycle collector ----

/// The wrapped callable (the `__dict__` is visited through dictoffset).
pub fn wrapper_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on staticmethod/classmethod.
    visit(unsafe { o.cast::<PyStaticMethod>() }.func());
}

/// Replace the wrapped callable with None.
pub fn wrapper_clear(o: &PyObject) {
    // SAFETY: installed on staticmethod/classmethod.
    unsafe { o.cast::<PyStaticMethod>() }.set_func(crate::object::singletons::none());
}
