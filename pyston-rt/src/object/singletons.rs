//! `None`, `NotImplemented` and `Ellipsis`: static instances of their types.

use super::header::{PyObject, PyRef, Static};
use super::typeobj::TypeObject;

pub static NONE_TYPE: Static<TypeObject> = Static(TypeObject::new_static("NoneType", std::mem::size_of::<PyObject>()));
pub static NOT_IMPLEMENTED_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static("NotImplementedType", std::mem::size_of::<PyObject>()));
pub static ELLIPSIS_TYPE: Static<TypeObject> = Static(TypeObject::new_static("ellipsis", std::mem::size_of::<PyObject>()));

pub static NONE: Static<PyObject> = Static(PyObject::new_static(&NONE_TYPE.0));
pub static NOT_IMPLEMENTED: Static<PyObject> = Static(PyObject::new_static(&NOT_IMPLEMENTED_TYPE.0));
pub static ELLIPSIS: Static<PyObject> = Static(PyObject::new_static(&ELLIPSIS_TYPE.0));

/// A new reference to None.
#[inline(always)]
pub fn none() -> PyRef {
    NONE.to_ref()
}

/// A new reference to NotImplemented.
#[inline(always)]
pub fn not_implemented() -> PyRef {
    NOT_IMPLEMENTED.to_ref()
}

#[inline(always)]
pub fn is_none(o: &PyObject) -> bool {
    std::ptr::eq(o, &NONE.0)
}

#[inline(always)]
pub fn is_not_implemented(o: &PyObject) -> bool {
    std::ptr::eq(o, &NOT_IMPLEMENTED.0)
}
