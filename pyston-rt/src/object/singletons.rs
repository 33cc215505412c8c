//! `None`, `NotImplemented` and `Ellipsis`: static instances of their types.

use super::header::{PyObject, PyRef, Static};
use super::typeobj::{slot, TypeObject};

pub static NONE_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(0),
    tp_repr: slot(|_| Ok(super::str::intern("None"))),
    tp_new: slot(|_, a, k| singleton_new("NoneType", &NONE.0, a, k)),
    nb_bool: slot(|_| Ok(false)),
    ..TypeObject::new_static("NoneType", std::mem::size_of::<PyObject>())
});
pub static NOT_IMPLEMENTED_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(0),
    tp_repr: slot(|_| Ok(super::str::intern("NotImplemented"))),
    tp_new: slot(|_, a, k| singleton_new("NotImplementedType", &NOT_IMPLEMENTED.0, a, k)),
    ..TypeObject::new_static("NotImplementedType", std::mem::size_of::<PyObject>())
});
pub static ELLIPSIS_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(0),
    tp_repr: slot(|_| Ok(super::str::intern("Ellipsis"))),
    tp_new: slot(|_, a, k| singleton_new("EllipsisType", &ELLIPSIS.0, a, k)),
    ..TypeObject::new_static("ellipsis", std::mem::size_of::<PyObject>())
});

/// `type(None)()` and friends: the singleton itself; no arguments allowed.
fn singleton_new(name: &str, o: &'static PyObject, args: &[&PyObject], _kwnames: Option<&PyObject>) -> super::PyResult<PyRef> {
    if !args.is_empty() {
        return Err(super::exceptions::type_error(format!("{} takes no arguments", name)));
    }
    Ok(o.to_ref())
}

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
