//! `staticmethod` and `classmethod` wrappers.

use super::header::{new_object, PyObject, PyRef, Static};
use super::typeobj::{drop_payload, TypeObject};
use super::PyResult;
use std::cell::UnsafeCell;

#[repr(C)]
pub struct PyStaticMethod {
    pub ob: PyObject,
    pub dict: std::cell::Cell<*mut PyObject>,
    pub func: UnsafeCell<PyRef>,
}

impl PyStaticMethod {
    pub fn func(&self) -> &PyRef {
        // SAFETY: single-threaded field access.
        unsafe { &*self.func.get() }
    }
}

pub static STATICMETHOD_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: crate::object::typeobj::slot(drop_payload::<PyStaticMethod>),
    tp_descr_get: crate::object::typeobj::slot(staticmethod_get),
    dictoffset: std::cell::Cell::new(std::mem::offset_of!(PyStaticMethod, dict)),
    ..TypeObject::new_static("staticmethod", std::mem::size_of::<PyStaticMethod>())
});

pub fn new_staticmethod(f: PyRef) -> PyRef {
    new_object(&STATICMETHOD_TYPE, |ob| PyStaticMethod { ob, dict: std::cell::Cell::new(std::ptr::null_mut()), func: UnsafeCell::new(f) })
}

fn staticmethod_get(o: &PyObject, _obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: installed only on staticmethod.
    Ok(unsafe { o.cast::<PyStaticMethod>() }.func().clone())
}
