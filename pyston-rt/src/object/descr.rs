//! Native callables and descriptors of builtin types:
//! `builtin_function_or_method` (module functions and bound native methods),
//! `method_descriptor` (`list.append`), `classmethod_descriptor`,
//! `getset_descriptor` (`int.real`) and `wrapper_descriptor` (slot wrappers
//! like `int.__add__`, see `slots.rs`).

use super::exceptions::type_error;
use super::header::{new_object, PyObject, PyRef, Static};
use super::str::new_str;
use super::typeobj::{drop_payload, method_flags, GetSetDef, MethodDef, NativeFn, TypeObject};
use super::PyResult;

/// A native function, optionally bound to `self_` (then self is prepended
/// to the arguments).
#[repr(C)]
pub struct PyBuiltinFunction {
    pub ob: PyObject,
    pub def: &'static MethodDef,
    pub self_: Option<PyRef>,
    /// `__module__` for module-level functions.
    pub module: Option<PyRef>,
}

pub static BUILTIN_FUNCTION_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(builtin_function_traverse),
    tp_drop: crate::object::typeobj::slot(drop_payload::<PyBuiltinFunction>),
    tp_call: crate::object::typeobj::slot(builtin_call),
    tp_repr: crate::object::typeobj::slot(builtin_repr),
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    getsets: &BUILTIN_GETSETS,
    methods: &BUILTIN_METHODS,
    ..TypeObject::new_static("builtin_function_or_method", std::mem::size_of::<PyBuiltinFunction>())
});

fn bf(o: &PyObject) -> &PyBuiltinFunction {
    // SAFETY: only installed on builtin_function_or_method.
    unsafe { o.cast::<PyBuiltinFunction>() }
}

static BUILTIN_GETSETS: [GetSetDef; 5] = [
    GetSetDef { name: "__name__", get: |o| Ok(new_str(bf(o).def.name)), set: None, doc: "" },
    GetSetDef {
        name: "__qualname__",
        get: |o| {
            let f = bf(o);
            Ok(match &f.self_ {
                Some(s) if super::module::as_module(s).is_none() => {
                    let t = super::typeobj::as_type(s).unwrap_or_else(|| s.type_());
                    new_str(format!("{}.{}", t.name(), f.def.name))
                }
                _ => new_str(f.def.name),
            })
        },
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "__self__",
        get: |o| {
            let f = bf(o);
            if let Some(s) = &f.self_ {
                return Ok(s.clone());
            }
            // A module-level function's `__self__` is its module.
            let m = f.module.as_ref().and_then(|m| super::str::str_value(m)).and_then(crate::runtime::sys_modules_get);
            Ok(m.unwrap_or_else(super::singletons::none))
        },
        set: None,
        doc: "",
    },
    GetSetDef { name: "__module__", get: |o| Ok(bf(o).module.clone().unwrap_or_else(super::singletons::none)), set: None, doc: "" },
    GetSetDef {
        name: "__doc__",
        get: |o| Ok(if bf(o).def.doc.is_empty() { super::singletons::none() } else { new_str(bf(o).def.doc) }),
        set: None,
        doc: "",
    },
];

static BUILTIN_METHODS: [MethodDef; 1] = [MethodDef { name: "__reduce__", func: builtin_reduce, flags: 0, doc: "" }];

/// `__reduce__`: a module-level function pickles as its name (found in
/// its module); a bound method as `getattr(self, name)`.
fn builtin_reduce(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_kwargs("__reduce__", kwnames)?;
    super::args::check_positional("__reduce__", args.len() - 1, 0, 0)?;
    let f = bf(args[0]);
    match &f.self_ {
        Some(s) if super::module::as_module(s).is_none() => {
            let k = super::str::intern("getattr");
            let getattr = super::dict::dict_get_str(crate::modules::builtins::builtins_dict(), &k)
                .ok_or_else(|| type_error("getattr is not a builtin"))?
                .to_ref();
            let call_args = super::tuple::new_tuple(vec![s.clone(), new_str(f.def.name)]);
            Ok(super::tuple::new_tuple(vec![getattr, call_args]))
        }
        _ => Ok(new_str(f.def.name)),
    }
}

/// A module-level native function.
pub fn new_builtin_function(def: &'static MethodDef, module: Option<PyRef>) -> PyRef {
    new_object(&BUILTIN_FUNCTION_TYPE, |ob| PyBuiltinFunction { ob, def, self_: None, module })
}

/// A native method bound to `self_`.
pub fn new_bound_builtin(def: &'static MethodDef, self_: PyRef) -> PyRef {
    new_object(&BUILTIN_FUNCTION_TYPE, |ob| PyBuiltinFunction { ob, def, self_: Some(self_), module: None })
}

/// Call `f` with `self_` prepended to `args`.
#[inline]
pub fn call_with_self(f: NativeFn, self_: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    if args.len() < 8 {
        let mut buf: [&PyObject; 8] = [self_; 8];
        buf[1..=args.len()].copy_from_slice(args);
        f(&buf[..=args.len()], kwnames)
    } else {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(self_);
        v.extend_from_slice(args);
        f(&v, kwnames)
    }
}

fn builtin_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: installed only on builtin_function_or_method.
    let f = unsafe { o.cast::<PyBuiltinFunction>() };
    if crate::modules::lsprof::ACTIVE.load(std::sync::atomic::Ordering::Relaxed) {
        return crate::modules::lsprof::profile_native(f.def, || builtin_label(f), || builtin_call_inner(f, args, kwnames));
    }
    builtin_call_inner(f, args, kwnames)
}

/// How `_lsprof` names a builtin (CPython's `normalizeUserObj`).
fn builtin_label(f: &PyBuiltinFunction) -> String {
    let module = f.module.as_deref().and_then(super::str::str_value);
    match &f.self_ {
        Some(s) if super::module::as_module(s).is_none() => format!("<method '{}' of '{}' objects>", f.def.name, s.type_().tp_name()),
        _ => match module {
            Some(m) => format!("<built-in method {}.{}>", m, f.def.name),
            None => format!("<built-in method {}>", f.def.name),
        },
    }
}

fn builtin_call_inner(f: &PyBuiltinFunction, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    match &f.self_ {
        Some(s) => call_with_self(f.def.func, s, args, kwnames),
        None => (f.def.func)(args, kwnames),
    }
}

fn builtin_repr(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: installed only on builtin_function_or_method.
    let f = unsafe { o.cast::<PyBuiltinFunction>() };
    match &f.self_ {
        None => Ok(new_str(format!("<built-in function {}>", f.def.name))),
        Some(s) if super::typeobj::as_type(s).is_some() || super::module::as_module(s).is_some() => {
            if super::module::as_module(s).is_some() {
                Ok(new_str(format!("<built-in function {}>", f.def.name)))
            } else {
                Ok(new_str(format!("<built-in method {} of type object at {:#x}>", f.def.name, s.as_ptr() as usize)))
            }
        }
        Some(s) => Ok(new_str(format!(
            "<built-in method {} of {} object at {:#x}>",
            f.def.name,
            s.type_().name(),
            s.as_ptr() as usize
        ))),
    }
}

/// `list.append`: unbound native method; binds to instances of `objclass`.
#[repr(C)]
pub struct PyMethodDescr {
    pub ob: PyObject,
    pub def: &'static MethodDef,
    pub objclass: *const TypeObject,
}

impl PyMethodDescr {
    pub fn objclass(&self) -> &TypeObject {
        // SAFETY: descriptors live in their class's dict, so the class outlives them.
        unsafe { &*self.objclass }
    }
}

fn mdd(o: &PyObject) -> &PyMethodDescr {
    // SAFETY: these getters are installed only on (classmethod) method descriptors.
    unsafe { o.cast::<PyMethodDescr>() }
}

static METHOD_DESCR_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__name__", get: |o| Ok(new_str(mdd(o).def.name)), set: None, doc: "" },
    GetSetDef {
        name: "__qualname__",
        get: |o| Ok(new_str(format!("{}.{}", mdd(o).objclass().qualname(), mdd(o).def.name))),
        set: None,
        doc: "",
    },
    GetSetDef { name: "__objclass__", get: |o| Ok(mdd(o).objclass().to_ref()), set: None, doc: "" },
    GetSetDef {
        name: "__doc__",
        get: |o| Ok(if mdd(o).def.doc.is_empty() { crate::object::singletons::none() } else { new_str(mdd(o).def.doc) }),
        set: None,
        doc: "",
    },
];

pub static METHOD_DESCR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: crate::object::typeobj::slot(drop_payload::<PyMethodDescr>),
    tp_call: crate::object::typeobj::slot(method_descr_call),
    tp_descr_get: crate::object::typeobj::slot(method_descr_get),
    tp_repr: crate::object::typeobj::slot(method_descr_repr),
    flags: std::cell::Cell::new(0),
    getsets: &METHOD_DESCR_GETSETS,
    ..TypeObject::new_static("method_descriptor", std::mem::size_of::<PyMethodDescr>())
});

pub static CLASSMETHOD_DESCR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: crate::object::typeobj::slot(drop_payload::<PyMethodDescr>),
    tp_call: crate::object::typeobj::slot(method_descr_call),
    tp_descr_get: crate::object::typeobj::slot(classmethod_descr_get),
    tp_repr: crate::object::typeobj::slot(method_descr_repr),
    flags: std::cell::Cell::new(0),
    getsets: &METHOD_DESCR_GETSETS,
    ..TypeObject::new_static("classmethod_descriptor", std::mem::size_of::<PyMethodDescr>())
});

/// The descriptor placed in a builtin type's dict for a `MethodDef`.
pub fn new_method_descr(t: &TypeObject, def: &'static MethodDef) -> PyRef {
    if def.flags & method_flags::STATIC != 0 {
        let f = new_builtin_function(def, None);
        return super::funcobject::new_staticmethod(f);
    }
    let ty = if def.flags & method_flags::CLASS != 0 { &CLASSMETHOD_DESCR_TYPE } else { &METHOD_DESCR_TYPE };
    new_object(ty, |ob| PyMethodDescr { ob, def, objclass: t })
}

fn method_descr_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    if crate::modules::lsprof::ACTIVE.load(std::sync::atomic::Ordering::Relaxed) {
        // SAFETY: installed only on method descriptors.
        let d = unsafe { o.cast::<PyMethodDescr>() };
        let label = || format!("<method '{}' of '{}' objects>", d.def.name, d.objclass().tp_name());
        return crate::modules::lsprof::profile_native(d.def, label, || method_descr_call_inner(o, args, kwnames));
    }
    method_descr_call_inner(o, args, kwnames)
}

fn method_descr_call_inner(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: installed only on method descriptor types.
    let d = unsafe { o.cast::<PyMethodDescr>() };
    let nkw = kwnames.map(|k| super::tuple::tuple_slice(k).map_or(0, |s| s.len())).unwrap_or(0);
    if args.len() <= nkw {
        if d.def.flags & method_flags::CLASS != 0 {
            return Err(type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                d.def.name,
                d.objclass().name()
            )));
        }
        return Err(type_error(format!(
            "unbound method {}.{}() needs an argument",
            d.objclass().name(),
            d.def.name
        )));
    }
    let self_ = args[0];
    if d.def.flags & method_flags::CLASS != 0 {
        // CPython's `classmethoddescr_call`: args[0] must be a subtype;
        // the binding errors come from `classmethod_descr_get`.
        if !super::typeobj::as_type(self_).is_some_and(|t| t.is_subtype(d.objclass())) {
            classmethod_descr_get(o, None, Some(self_))?;
        }
        return (d.def.func)(args, kwnames);
    }
    let ok = self_.is_instance_of(d.objclass());
    if !ok {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.def.name,
            d.objclass().tp_name(),
            self_.type_().tp_name()
        )));
    }
    (d.def.func)(args, kwnames)
}

fn method_descr_get(o: &PyObject, obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: installed only on method descriptor types.
    let d = unsafe { o.cast::<PyMethodDescr>() };
    match obj {
        None => Ok(o.to_ref()),
        Some(obj) => {
            if !obj.is_instance_of(d.objclass()) {
                return Err(type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    d.def.name,
                    d.objclass().tp_name(),
                    obj.type_().tp_name()
                )));
            }
            Ok(new_bound_builtin(d.def, obj.to_ref()))
        }
    }
}

fn classmethod_descr_get(o: &PyObject, obj: Option<&PyObject>, t: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: installed only on classmethod descriptors.
    let d = unsafe { o.cast::<PyMethodDescr>() };
    let cls: &PyObject = match (t, obj) {
        (Some(t), _) => t,
        (None, Some(obj)) => obj.type_().obj(),
        (None, None) => {
            return Err(type_error(format!(
                "descriptor '{}' for type '{}' needs either an object or a type",
                d.def.name,
                d.objclass().name()
            )))
        }
    };
    let Some(ct) = super::typeobj::as_type(cls) else {
        return Err(type_error(format!(
            "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
            d.def.name,
            d.objclass().name(),
            cls.type_().name()
        )));
    };
    if !ct.is_subtype(d.objclass()) {
        return Err(type_error(format!(
            "descriptor '{}' requires a subtype of '{}' but received '{}'",
            d.def.name,
            d.objclass().name(),
            ct.name()
        )));
    }
    Ok(new_bound_builtin(d.def, cls.to_ref()))
}

fn method_descr_repr(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: installed only on method descriptor types.
    let d = unsafe { o.cast::<PyMethodDescr>() };
    Ok(new_str(format!("<method '{}' of '{}' objects>", d.def.name, d.objclass().tp_name())))
}

/// A computed attribute of a builtin type.
#[repr(C)]
pub struct PyGetSetDescr {
    pub ob: PyObject,
    pub def: &'static GetSetDef,
    pub objclass: *const TypeObject,
}

pub static GETSET_DESCR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: crate::object::typeobj::slot(drop_payload::<PyGetSetDescr>),
    tp_descr_get: crate::object::typeobj::slot(getset_get),
    tp_descr_set: crate::object::typeobj::slot(getset_set),
    tp_repr: crate::object::typeobj::slot(getset_repr),
    flags: std::cell::Cell::new(0),
    getsets: &GETSET_DESCR_GETSETS,
    ..TypeObject::new_static("getset_descriptor", std::mem::size_of::<PyGetSetDescr>())
});

fn gsd(o: &PyObject) -> &PyGetSetDescr {
    // SAFETY: these getters are installed only on getset descriptors.
    unsafe { o.cast::<PyGetSetDescr>() }
}

fn gsd_objclass(o: &PyObject) -> &TypeObject {
    // SAFETY: the class outlives its descriptors.
    unsafe { &*gsd(o).objclass }
}

static GETSET_DESCR_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__name__", get: |o| Ok(new_str(gsd(o).def.name)), set: None, doc: "" },
    GetSetDef {
        name: "__qualname__",
        get: |o| Ok(new_str(format!("{}.{}", gsd_objclass(o).qualname(), gsd(o).def.name))),
        set: None,
        doc: "",
    },
    GetSetDef { name: "__objclass__", get: |o| Ok(gsd_objclass(o).to_ref()), set: None, doc: "" },
    GetSetDef {
        name: "__doc__",
        get: |o| Ok(if gsd(o).def.doc.is_empty() { crate::object::singletons::none() } else { new_str(gsd(o).def.doc) }),
        set: None,
        doc: "",
    },
];

pub fn new_getset_descr(t: &TypeObject, def: &'static GetSetDef) -> PyRef {
    new_object(&GETSET_DESCR_TYPE, |ob| PyGetSetDescr { ob, def, objclass: t })
}

fn getset_get(o: &PyObject, obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: installed only on getset descriptors.
    let d = unsafe { o.cast::<PyGetSetDescr>() };
    match obj {
        None => Ok(o.to_ref()),
        Some(obj) => {
            getset_check(d, obj)?;
            (d.def.get)(obj)
        }
    }
}

fn getset_set(o: &PyObject, obj: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    // SAFETY: installed only on getset descriptors.
    let d = unsafe { o.cast::<PyGetSetDescr>() };
    getset_check(d, obj)?;
    match d.def.set {
        Some(set) => set(obj, v),
        None => {
            // SAFETY: the class outlives its descriptors.
            let cls = unsafe { &*d.objclass };
            Err(super::exceptions::attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                d.def.name,
                cls.tp_name()
            )))
        }
    }
}

/// The getter/setter may only see instances of the descriptor's class
/// (they cast the object to its payload).
fn getset_check(d: &PyGetSetDescr, obj: &PyObject) -> PyResult<()> {
    // SAFETY: the class outlives its descriptors.
    let cls = unsafe { &*d.objclass };
    if obj.is_instance_of(cls) {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        d.def.name,
        cls.tp_name(),
        obj.type_().tp_name()
    )))
}

fn getset_repr(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: installed only on getset descriptors.
    let d = unsafe { o.cast::<PyGetSetDescr>() };
    // SAFETY: the class outlives its descriptors.
    let cls = unsafe { &*d.objclass };
    Ok(new_str(format!("<attribute '{}' of '{}' objects>", d.def.name, cls.name())))
}

/// Cycle collector: a builtin method's self and module.
pub fn builtin_function_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on builtin_function_or_method.
    let f = unsafe { o.cast::<PyBuiltinFunction>() };
    if let Some(s) = &f.self_ {
        visit(s);
    }
    if let Some(m) = &f.module {
        visit(m);
    }
}
