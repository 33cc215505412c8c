//! Python functions, bound methods and cells.

use super::code::{as_code, PyCode};
use super::exceptions::type_error;
use super::header::{new_object, PyObject, PyRef, Static};
use super::str::new_str;
use super::typeobj::{drop_payload, slot, type_flags, GetSetDef, TypeObject};
use super::PyResult;
use std::cell::{Cell, UnsafeCell};

/// A function object. `code`, `globals` and `builtins` never change after
/// creation except `__code__`/`__defaults__` assignment (rare; caches guard
/// on the code identity).
#[repr(C)]
pub struct PyFunction {
    pub ob: PyObject,
    /// `__dict__` (dictoffset)
    pub dict: Cell<*mut PyObject>,
    pub code: UnsafeCell<PyRef>,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub name: UnsafeCell<PyRef>,
    pub qualname: UnsafeCell<PyRef>,
    /// Tuple or None.
    pub defaults: UnsafeCell<Option<PyRef>>,
    /// Dict or None.
    pub kwdefaults: UnsafeCell<Option<PyRef>>,
    /// Tuple of cells or None.
    pub closure: Option<PyRef>,
    pub doc: UnsafeCell<PyRef>,
    pub module: UnsafeCell<PyRef>,
    pub annotations: UnsafeCell<Option<PyRef>>,
    /// Weak references to the function (not owned).
    pub weaklist: Cell<*mut PyObject>,
}

macro_rules! field {
    ($get:ident, $set:ident, $f:ident, $t:ty) => {
        pub fn $get(&self) -> &$t {
            // SAFETY: single-threaded; setters replace the value only while no
            // borrow from the getter is alive (callers clone before calling out).
            unsafe { &*self.$f.get() }
        }
        pub fn $set(&self, v: $t) {
            // SAFETY: as above; the old value is dropped after the write.
            let old = unsafe { std::mem::replace(&mut *self.$f.get(), v) };
            drop(old);
        }
    };
}

impl PyFunction {
    field!(code_obj, set_code, code, PyRef);
    field!(name, set_name, name, PyRef);
    field!(qualname, set_qualname, qualname, PyRef);
    field!(defaults, set_defaults, defaults, Option<PyRef>);
    field!(kwdefaults, set_kwdefaults, kwdefaults, Option<PyRef>);
    field!(doc, set_doc, doc, PyRef);
    field!(module, set_module, module, PyRef);
    field!(annotations, set_annotations, annotations, Option<PyRef>);

    #[inline(always)]
    pub fn code(&self) -> &PyCode {
        // SAFETY: `code` always holds a code object.
        unsafe { self.code_obj().cast::<PyCode>() }
    }
}

pub static FUNCTION_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(function_traverse),
    tp_clear: crate::object::typeobj::slot(function_clear),
    tp_weaklistoffset: std::cell::Cell::new(std::mem::offset_of!(PyFunction, weaklist)),
    tp_drop: slot(drop_payload::<PyFunction>),
    tp_call: slot(crate::interp::call::function_call),
    tp_new: slot(super::code_methods::function_new),
    tp_descr_get: slot(function_get),
    tp_repr: slot(function_repr),
    dictoffset: Cell::new(std::mem::offset_of!(PyFunction, dict)),
    flags: std::cell::Cell::new(type_flags::HAS_DICT | crate::object::typeobj::type_flags::HAVE_GC),
    getsets: &FUNCTION_GETSETS,
    ..TypeObject::new_static("function", std::mem::size_of::<PyFunction>())
});

#[inline(always)]
pub fn as_function(o: &PyObject) -> Option<&PyFunction> {
    if o.is_exact(&FUNCTION_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyFunction>() })
    } else {
        None
    }
}

/// A new function for `code` in `globals`.
pub fn new_function(code: PyRef, globals: PyRef, qualname: Option<PyRef>) -> PyRef {
    let c = as_code(&code).expect("code object");
    let name = c.name.clone();
    let qualname = qualname.unwrap_or_else(|| c.qualname.clone());
    let doc = match &c.unit.docstring {
        Some(d) => new_str(d.as_str()),
        None => super::singletons::none(),
    };
    let module = super::dict::dict_get_str(&globals, crate::name!("__name__"))
        .map(|m| m.to_ref())
        .unwrap_or_else(super::singletons::none);
    let builtins = crate::runtime::builtins_for_globals(&globals);
    new_object(&FUNCTION_TYPE, |ob| PyFunction {
        ob,
        dict: Cell::new(std::ptr::null_mut()),
        code: UnsafeCell::new(code),
        globals,
        builtins,
        name: UnsafeCell::new(name),
        qualname: UnsafeCell::new(qualname),
        defaults: UnsafeCell::new(None),
        kwdefaults: UnsafeCell::new(None),
        closure: None,
        doc: UnsafeCell::new(doc),
        module: UnsafeCell::new(module),
        annotations: UnsafeCell::new(None),
        weaklist: Cell::new(std::ptr::null_mut()),
    })
}

/// As `new_function` with a closure tuple.
pub fn new_function_with_closure(code: PyRef, globals: PyRef, qualname: Option<PyRef>, closure: Option<PyRef>) -> PyRef {
    let f = new_function(code, globals, qualname);
    // SAFETY: freshly created, not shared yet; we only fill the closure field.
    unsafe {
        let p = f.as_ptr() as *mut PyFunction;
        std::ptr::write(&mut (*p).closure, closure);
    }
    f
}

fn function_get(f: &PyObject, obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    match obj {
        None => Ok(f.to_ref()),
        Some(o) => Ok(new_method(f.to_ref(), o.to_ref())),
    }
}

fn function_repr(o: &PyObject) -> PyResult<PyRef> {
    let f = as_function(o).expect("function");
    let q = super::str::str_value(f.qualname()).unwrap_or("?").to_string();
    Ok(new_str(format!("<function {} at {:#x}>", q, o.as_ptr() as usize)))
}

fn fget<'a>(o: &'a PyObject) -> &'a PyFunction {
    as_function(o).expect("function")
}

fn set_str_attr(o: &PyObject, v: Option<&PyObject>, what: &str, setter: fn(&PyFunction, PyRef)) -> PyResult<()> {
    match v {
        Some(v) if super::str::as_pystr(v).is_some() => {
            setter(fget(o), v.to_ref());
            Ok(())
        }
        _ => Err(type_error(format!("{} must be set to a string object", what))),
    }
}

fn opt_or_none(v: &Option<PyRef>) -> PyRef {
    v.clone().unwrap_or_else(super::singletons::none)
}

fn none_to_opt(v: Option<&PyObject>) -> Option<PyRef> {
    v.filter(|v| !super::singletons::is_none(v)).map(|v| v.to_ref())
}

static FUNCTION_GETSETS: [GetSetDef; 12] = [
    GetSetDef { name: "__dict__", get: |o| Ok(super::object_type::instance_dict_or_create(o).expect("function dict").to_ref()), set: Some(|o, v| {
        match v { Some(v) if super::dict::as_dict(v).is_some() => super::object_type::set_instance_dict(o, v.to_ref()),
                  _ => Err(type_error("__dict__ must be set to a dictionary")) } }), doc: "" },
    GetSetDef { name: "__code__", get: |o| Ok(fget(o).code_obj().clone()), set: Some(|o, v| {
        match v { Some(v) if as_code(v).is_some() => { fget(o).set_code(v.to_ref()); Ok(()) }
                  _ => Err(type_error("__code__ must be set to a code object")) } }), doc: "" },
    GetSetDef { name: "__globals__", get: |o| Ok(fget(o).globals.clone()), set: None, doc: "" },
    GetSetDef { name: "__builtins__", get: |o| Ok(fget(o).builtins.clone()), set: None, doc: "" },
    GetSetDef { name: "__name__", get: |o| Ok(fget(o).name().clone()), set: Some(|o, v| set_str_attr(o, v, "__name__", PyFunction::set_name)), doc: "" },
    GetSetDef { name: "__qualname__", get: |o| Ok(fget(o).qualname().clone()), set: Some(|o, v| set_str_attr(o, v, "__qualname__", PyFunction::set_qualname)), doc: "" },
    GetSetDef { name: "__defaults__", get: |o| Ok(opt_or_none(fget(o).defaults())), set: Some(|o, v| {
        match v { Some(v) if !super::singletons::is_none(v) && super::tuple::as_tuple(v).is_none() =>
                    Err(type_error("__defaults__ must be set to a tuple object")),
                  _ => { fget(o).set_defaults(none_to_opt(v)); Ok(()) } } }), doc: "" },
    GetSetDef { name: "__kwdefaults__", get: |o| Ok(opt_or_none(fget(o).kwdefaults())), set: Some(|o, v| {
        match v { Some(v) if !super::singletons::is_none(v) && super::dict::as_dict(v).is_none() =>
                    Err(type_error("__kwdefaults__ must be set to a dict object")),
                  _ => { fget(o).set_kwdefaults(none_to_opt(v)); Ok(()) } } }), doc: "" },
    GetSetDef { name: "__closure__", get: |o| Ok(opt_or_none(&fget(o).closure)), set: None, doc: "" },
    GetSetDef { name: "__doc__", get: |o| Ok(fget(o).doc().clone()), set: Some(|o, v| {
        fget(o).set_doc(v.map(|v| v.to_ref()).unwrap_or_else(super::singletons::none)); Ok(()) }), doc: "" },
    GetSetDef { name: "__module__", get: |o| Ok(fget(o).module().clone()), set: Some(|o, v| {
        fget(o).set_module(v.map(|v| v.to_ref()).unwrap_or_else(super::singletons::none)); Ok(()) }), doc: "" },
    GetSetDef { name: "__annotations__", get: |o| {
        let f = fget(o);
        if f.annotations().is_none() { f.set_annotations(Some(super::dict::new_dict())); }
        Ok(opt_or_none(f.annotations())) }, set: Some(|o, v| { fget(o).set_annotations(none_to_opt(v)); Ok(()) }), doc: "" },
];

/// A bound method: `obj.method`.
#[repr(C)]
pub struct PyMethod {
    pub ob: PyObject,
    pub func: PyRef,
    pub self_: PyRef,
}

pub static METHOD_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(method_traverse),
    tp_drop: slot(drop_payload::<PyMethod>),
    tp_call: slot(method_call),
    tp_repr: slot(method_repr),
    tp_getattro: slot(method_getattro),
    tp_richcompare: slot(method_richcompare),
    tp_hash: slot(method_hash),
    tp_new: slot(method_new),
    getsets: &METHOD_GETSETS,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("method", std::mem::size_of::<PyMethod>())
});

/// `types.MethodType(function, instance)` (CPython's `method_new`).
fn method_new(_t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("method", kw)?;
    if a.len() != 2 {
        return Err(crate::object::exceptions::type_error(format!("method expected 2 arguments, got {}", a.len())));
    }
    if a[0].type_().tp_call.get().is_none() {
        return Err(crate::object::exceptions::type_error("first argument must be callable"));
    }
    if crate::object::singletons::is_none(a[1]) {
        return Err(crate::object::exceptions::type_error("instance must not be None"));
    }
    Ok(new_method(a[0].to_ref(), a[1].to_ref()))
}

pub fn new_method(func: PyRef, self_: PyRef) -> PyRef {
    new_object(&METHOD_TYPE, |ob| PyMethod { ob, func, self_ })
}

#[inline(always)]
pub fn as_method(o: &PyObject) -> Option<&PyMethod> {
    if o.is_exact(&METHOD_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyMethod>() })
    } else {
        None
    }
}

fn method_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let m = as_method(o).expect("method");
    let func = m.func.clone();
    let self_ = m.self_.clone();
    if args.len() < 8 {
        let mut buf: [&PyObject; 8] = [&self_; 8];
        buf[1..=args.len()].copy_from_slice(args);
        super::protocol::call(&func, &buf[..=args.len()], kwnames)
    } else {
        let mut v: Vec<&PyObject> = Vec::with_capacity(args.len() + 1);
        v.push(&self_);
        v.extend_from_slice(args);
        super::protocol::call(&func, &v, kwnames)
    }
}

fn method_repr(o: &PyObject) -> PyResult<PyRef> {
    let m = as_method(o).expect("method");
    let name = super::protocol::getattr_opt(&m.func, crate::name!("__qualname__"))?
        .or(super::protocol::getattr_opt(&m.func, crate::name!("__name__"))?)
        .and_then(|n| super::str::str_value(&n).map(|s| s.to_string()))
        .unwrap_or_else(|| "?".to_string());
    let r = super::protocol::repr_string(&m.self_)?;
    Ok(new_str(format!("<bound method {} of {}>", name, r)))
}

fn method_getattro(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    if let Some(v) = super::object_type::generic_getattr(o, name)? {
        return Ok(Some(v));
    }
    let m = as_method(o).expect("method");
    super::protocol::getattr_opt(&m.func, name)
}

fn method_richcompare(a: &PyObject, b: &PyObject, op: crate::bytecode::CmpKind) -> PyResult<PyRef> {
    use crate::bytecode::CmpKind::*;
    let (Some(x), Some(y)) = (as_method(a), as_method(b)) else {
        return Ok(super::singletons::not_implemented());
    };
    let eq = x.self_.is(&y.self_) && super::protocol::eq_bool(&x.func, &y.func)?;
    match op {
        Eq => Ok(super::int::new_bool(eq)),
        Ne => Ok(super::int::new_bool(!eq)),
        _ => Ok(super::singletons::not_implemented()),
    }
}

fn method_hash(o: &PyObject) -> PyResult<isize> {
    let m = as_method(o).expect("method");
    let a = super::protocol::hash(&m.func)?;
    let b = m.self_.as_ptr() as isize;
    Ok((a ^ b.rotate_right(4)).max(-2))
}

static METHOD_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "__func__", get: |o| Ok(as_method(o).unwrap().func.clone()), set: None, doc: "" },
    GetSetDef { name: "__self__", get: |o| Ok(as_method(o).unwrap().self_.clone()), set: None, doc: "" },
];

/// A cell holding a variable captured by an inner function.
#[repr(C)]
pub struct PyCell {
    pub ob: PyObject,
    pub contents: UnsafeCell<Option<PyRef>>,
}

impl PyCell {
    #[inline(always)]
    pub fn get(&self) -> Option<PyRef> {
        // SAFETY: single-threaded field access.
        unsafe { (*self.contents.get()).clone() }
    }
    #[inline(always)]
    pub fn get_ref(&self) -> Option<&PyObject> {
        // SAFETY: single-threaded; valid until the next `set`.
        unsafe { (*self.contents.get()).as_deref() }
    }
    #[inline(always)]
    pub fn set(&self, v: Option<PyRef>) {
        // SAFETY: single-threaded; the old value drops after the write.
        let old = unsafe { std::mem::replace(&mut *self.contents.get(), v) };
        drop(old);
    }
}

pub static CELL_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(cell_traverse),
    tp_clear: crate::object::typeobj::slot(cell_clear),
    tp_drop: slot(drop_payload::<PyCell>),
    tp_repr: slot(cell_repr),
    getsets: &CELL_GETSETS,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("cell", std::mem::size_of::<PyCell>())
});

pub fn new_cell(v: Option<PyRef>) -> PyRef {
    new_object(&CELL_TYPE, |ob| PyCell { ob, contents: UnsafeCell::new(v) })
}

#[inline(always)]
pub fn as_cell(o: &PyObject) -> Option<&PyCell> {
    if o.is_exact(&CELL_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyCell>() })
    } else {
        None
    }
}

fn cell_repr(o: &PyObject) -> PyResult<PyRef> {
    let c = as_cell(o).expect("cell");
    Ok(new_str(match c.get() {
        None => format!("<cell at {:#x}: empty>", o.as_ptr() as usize),
        Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", o.as_ptr() as usize, v.type_().name(), v.as_ptr() as usize),
    }))
}

static CELL_GETSETS: [GetSetDef; 1] = [GetSetDef {
    name: "cell_contents",
    get: |o| as_cell(o).unwrap().get().ok_or_else(|| super::exceptions::value_error("Cell is empty")),
    set: Some(|o, v| {
        as_cell(o).unwrap().set(v.map(|v| v.to_ref()));
        Ok(())
    }),
    doc: "",
}];

// ---- cycle collector ----

/// Every reference a function owns (the `__dict__` is visited by the collector).
pub fn function_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on function; fields are read without running code.
    let f = unsafe { o.cast::<PyFunction>() };
    unsafe {
        visit(&*f.code.get());
        visit(&f.globals);
        visit(&f.builtins);
        visit(&*f.name.get());
        visit(&*f.qualname.get());
        for c in [&f.defaults, &f.kwdefaults, &f.annotations] {
            if let Some(v) = &*c.get() {
                visit(v);
            }
        }
        if let Some(c) = &f.closure {
            visit(c);
        }
        visit(&*f.doc.get());
        visit(&*f.module.get());
    }
}

/// Drop the references that can form cycles (defaults, annotations, doc, module).
pub fn function_clear(o: &PyObject) {
    // SAFETY: installed on function; each old value is moved out before it drops.
    let f = unsafe { o.cast::<PyFunction>() };
    for c in [&f.defaults, &f.kwdefaults, &f.annotations] {
        let old = unsafe { (*c.get()).take() };
        drop(old);
    }
    for c in [&f.doc, &f.module] {
        let old = unsafe { std::mem::replace(&mut *c.get(), super::singletons::none()) };
        drop(old);
    }
}

/// A bound method's function and self.
pub fn method_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on method.
    let m = unsafe { o.cast::<PyMethod>() };
    visit(&m.func);
    visit(&m.self_);
}

/// A cell's contents.
pub fn cell_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on cell.
    if let Some(v) = unsafe { o.cast::<PyCell>() }.get_ref() {
        visit(v);
    }
}

pub fn cell_clear(o: &PyObject) {
    // SAFETY: installed on cell; moved out before it drops.
    let old = unsafe { (*o.cast::<PyCell>().contents.get()).take() };
    drop(old);
}
