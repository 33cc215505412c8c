//! `None`, `NotImplemented` and `Ellipsis`: static instances of their types.

use super::header::{PyObject, PyRef, Static};
use super::typeobj::TypeObject;

use super::typeobj::slot;
use super::PyResult;

fn none_repr(_o: &PyObject) -> PyResult<PyRef> {
    Ok(super::str::intern("None"))
}
fn none_bool(_o: &PyObject) -> PyResult<bool> {
    Ok(false)
}
fn not_implemented_repr(_o: &PyObject) -> PyResult<PyRef> {
    Ok(super::str::intern("NotImplemented"))
}
fn ellipsis_repr(_o: &PyObject) -> PyResult<PyRef> {
    Ok(super::str::intern("Ellipsis"))
}
/// `NoneType()` returns None (and the other singleton types likewise).
fn none_new(_t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("NoneType", args, kw)?;
    Ok(none())
}
fn not_implemented_new(_t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("NotImplementedType", args, kw)?;
    Ok(not_implemented())
}
fn ellipsis_new(_t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("ellipsis", args, kw)?;
    Ok(ELLIPSIS.to_ref())
}

pub static NONE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_repr: slot(none_repr),
    nb_bool: slot(none_bool),
    tp_new: slot(none_new),
    flags: std::cell::Cell::new(0),
    ..TypeObject::new_static("NoneType", std::mem::size_of::<PyObject>())
});
pub static NOT_IMPLEMENTED_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_repr: slot(not_implemented_repr),
    tp_new: slot(not_implemented_new),
    flags: std::cell::Cell::new(0),
    ..TypeObject::new_static("NotImplementedType", std::mem::size_of::<PyObject>())
});
pub static ELLIPSIS_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_repr: slot(ellipsis_repr),
    tp_new: slot(ellipsis_new),
    flags: std::cell::Cell::new(0),
    ..TypeObject::new_static("ellipsis", std::mem::size_of::<PyObject>())
});

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
