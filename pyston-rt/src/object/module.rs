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
    dictoffset: Cell::new(std::mem::offset_of!(PyModule, dict)),
    getsets: &MODULE_GETSETS,
    flags: std::cell::Cell::new(super::typeobj::type_flags::BASETYPE | super::typeobj::type_flags::HAS_DICT | crate::object::typeobj::type_flags::HAVE_GC),
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

fn module_repr(o: &PyObject) -> PyResult<PyRef> {
    let m = as_module(o).expect("module");
    let name = module_name(o);
    match dict_get_str(m.dict(), crate::name!("__file__")).and_then(|f| super::str::str_value(f)) {
        Some(f) => Ok(new_str(format!("<module '{}' from '{}'>", name, f))),
        None => Ok(new_str(format!("<module '{}' (built-in)>", name))),
    }
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
    attribute_error(format!("module '{}' has no attribute '{}'", module_name(o), name))
}

static MODULE_GETSETS: [super::typeobj::GetSetDef; 1] = [super::typeobj::GetSetDef {
    name: "__dict__",
    get: |o| Ok(as_module(o).expect("module").dict().to_ref()),
    set: None,
    doc: "",
}];

/// Cycle collector: a module owns only its dict (visited through dictoffset).
pub fn module_traverse(_o: &PyObject, _visit: &mut dyn FnMut(&PyObject)) {}
