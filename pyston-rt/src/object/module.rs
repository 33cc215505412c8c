//! `module` objects: a namespace dict plus a name.

use super::dict::{dict_get_str, new_dict};
use super::exceptions::{attribute_error, PyErr};
use super::header::{new_object, PyObject, PyRef, Static};
use super::str::new_str;
use super::typeobj::{drop_payload, TypeObject};
use super::PyResult;
use std::cell::Cell;

#[repr(C)]
pub struct PyModule {
    pub ob: PyObject,
    /// The module's `__dict__` (at the type's dictoffset).
    pub dict: Cell<*mut PyObject>,
    /// Weak references to the module (not owned).
    pub weaklist: Cell<*mut PyObject>,
}

impl PyModule {
    pub fn dict(&self) -> &PyObject {
        // SAFETY: a module always owns its dict.
        unsafe { &*self.dict.get() }
    }
}

unsafe fn drop_module(_o: *mut PyObject) {
    // The dict is released by the generic dealloc through dictoffset.
}

pub static MODULE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(module_traverse),
    tp_weaklistoffset: std::cell::Cell::new(std::mem::offset_of!(PyModule, weaklist)),
    tp_drop: crate::object::typeobj::slot(drop_module),
    tp_repr: crate::object::typeobj::slot(module_repr),
    tp_getattro: crate::object::typeobj::slot(module_getattro),
    tp_new: crate::object::typeobj::slot(module_new),
    tp_init: crate::object::typeobj::slot(module_init),
    dictoffset: Cell::new(std::mem::offset_of!(PyModule, dict)),
    getsets: &MODULE_GETSETS,
    methods: &MODULE_METHODS,
    flags: Cell::new(super::typeobj::type_flags::BASETYPE | super::typeobj::type_flags::HAS_DICT | super::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("module", std::mem::size_of::<PyModule>())
});

/// A new module named `name` with `__name__`, `__doc__`, `__package__`,
/// `__loader__` and `__spec__` set.
pub fn new_module(name: &str) -> PyRef {
    let d = new_dict();
    super::dict::dict_set_item_str(&d, "__name__", new_str(name));
    super::dict::dict_set_item_str(&d, "__doc__", super::singletons::none());
    super::dict::dict_set_item_str(&d, "__package__", super::singletons::none());
    super::dict::dict_set_item_str(&d, "__loader__", super::singletons::none());
    super::dict::dict_set_item_str(&d, "__spec__", super::singletons::none());
    let _ = drop_payload::<PyModule>;
    new_object(&MODULE_TYPE, |ob| PyModule { ob, dict: Cell::new(d.into_raw()), weaklist: Cell::new(std::ptr::null_mut()) })
}

/// A native module: `new_module(name)` with a builtin function per entry of
/// `funcs` (their `__module__` is `name`) and the given attributes. Every
/// native module with a function table is built by this.
pub fn new_native_module(name: &str, funcs: &'static [super::typeobj::MethodDef], entries: Vec<(&str, PyRef)>) -> PyRef {
    let m = new_module(name);
    let d = as_module(&m).expect("module").dict();
    let mname = new_str(name);
    for f in funcs {
        super::dict::dict_set_item_str(d, f.name, super::descr::new_builtin_function(f, Some(mname.clone())));
    }
    for (k, v) in entries {
        super::dict::dict_set_item_str(d, k, v);
    }
    m
}

#[inline]
pub fn as_module(o: &PyObject) -> Option<&PyModule> {
    if o.is_instance_of(&MODULE_TYPE) {
        // SAFETY: module and subclasses are laid out as PyModule.
        Some(unsafe { o.cast::<PyModule>() })
    } else {
        None
    }
}

/// The module's name (`__name__`) or "?".
pub fn module_name(o: &PyObject) -> String {
    as_module(o)
        .and_then(|m| dict_get_str(m.dict(), crate::name!("__name__")))
        .and_then(|n| super::str::str_value(n).map(|s| s.to_string()))
        .unwrap_or_else(|| "?".to_string())
}

/// `module.__new__(cls, ...)`: an empty module (its dict is filled by
/// `__init__`), so subclasses of `types.ModuleType` work.
fn module_new(t: &TypeObject, _args: &[&PyObject], _kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let d = new_dict();
    Ok(new_object(t, |ob| PyModule { ob, dict: Cell::new(d.into_raw()), weaklist: Cell::new(std::ptr::null_mut()) }))
}

static MODULE_INIT_PARAMS: super::args::Params = super::args::Params::new("module", &["name", "doc"], 1);

/// `module.__init__(self, name, doc=None)`
fn module_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let mut p = [None; 2];
    MODULE_INIT_PARAMS.parse(&args, kwnames, &mut p)?;
    let name = p[0].expect("required");
    if super::str::as_pystr(name).is_none() {
        return Err(super::exceptions::type_error(format!(
            "module() argument 'name' must be str, not {}",
            name.type_().name()
        )));
    }
    let m = as_module(o).expect("module");
    let d = m.dict();
    super::dict::dict_set_item_str(d, "__name__", name.to_ref());
    super::dict::dict_set_item_str(d, "__doc__", p[1].map(|v| v.to_ref()).unwrap_or_else(super::singletons::none));
    for k in ["__package__", "__loader__", "__spec__"] {
        super::dict::dict_set_item_str(d, k, super::singletons::none());
    }
    Ok(())
}

fn module_repr(o: &PyObject) -> PyResult<PyRef> {
    let m = as_module(o).expect("module");
    let name = module_name(o);
    if let Some(f) = dict_get_str(m.dict(), crate::name!("__file__")).and_then(|f| super::str::str_value(f)) {
        return Ok(new_str(format!("<module '{}' from '{}'>", name, f)));
    }
    if crate::modules::NATIVE_MODULES.iter().any(|(n, _)| *n == name) {
        return Ok(new_str(format!("<module '{}' (built-in)>", name)));
    }
    Ok(new_str(format!("<module '{}'>", name)))
}

fn module_getattro(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    if let Some(v) = super::object_type::generic_getattr(o, name)? {
        return Ok(Some(v));
    }
    // PEP 562: module-level __getattr__.
    let m = as_module(o).expect("module");
    if let Some(ga) = dict_get_str(m.dict(), crate::name!("__getattr__")) {
        let ga = ga.to_ref();
        return super::protocol::call1(&ga, name).map(Some);
    }
    Ok(None)
}

/// AttributeError for a missing module attribute, worded like CPython.
pub fn module_no_attribute(o: &PyObject, name: &str) -> PyErr {
    let has_name = as_module(o)
        .and_then(|m| dict_get_str(m.dict(), crate::name!("__name__")))
        .is_some_and(|n| super::str::str_value(n).is_some());
    if !has_name {
        return attribute_error(format!("module has no attribute '{}'", name));
    }
    attribute_error(format!("module '{}' has no attribute '{}'", module_name(o), name))
}

static MODULE_METHODS: [super::typeobj::MethodDef; 1] = [super::typeobj::MethodDef {
    name: "__dir__",
    func: module_dir,
    flags: 0,
    doc: "Specialized __dir__ implementation for module objects.",
}];

/// `module.__dir__()`: the names in the module's dict, or what a
/// module-level `__dir__` function returns (PEP 562).
fn module_dir(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("module.__dir__", &args[1..], kwnames)?;
    let m = as_module(args[0]).ok_or_else(|| super::exceptions::type_error("module.__dir__ requires a module"))?;
    if let Some(f) = dict_get_str(m.dict(), crate::name!("__dir__")) {
        let f = f.to_ref();
        return super::protocol::call(&f, &[], None);
    }
    Ok(super::list::new_list(super::dict::dict_keys(m.dict())))
}

static MODULE_GETSETS: [super::typeobj::GetSetDef; 1] = [super::typeobj::GetSetDef {
    name: "__dict__",
    get: |o| Ok(as_module(o).expect("module").dict().to_ref()),
    set: None,
    doc: "",
}];

/// Cycle collector: a module owns only its dict (visited through dictoffset).
pub fn module_traverse(_o: &PyObject, _visit: &mut dyn FnMut(&PyObject)) {}
