//! `list`: a growable array of references. Methods live in `list_methods.rs`.

use super::header::{new_object, PyObject, PyRef, Static};
use super::typeobj::{drop_payload, type_flags, TypeObject};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct PyList {
    pub ob: PyObject,
    pub items: UnsafeCell<Vec<PyRef>>,
}

impl PyList {
    /// The items. Do not hold this slice across a call that can run Python
    /// code (it may mutate the list): copy what you need first.
    #[inline(always)]
    pub fn items(&self) -> &[PyRef] {
        // SAFETY: single-threaded; see the doc comment for the borrow rule.
        unsafe { &*self.items.get() }
    }
    /// Mutable access with the same rule as `items`.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn items_mut(&self) -> &mut Vec<PyRef> {
        // SAFETY: single-threaded; callers do not keep another borrow alive.
        unsafe { &mut *self.items.get() }
    }
    pub fn len(&self) -> usize {
        self.items().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items().is_empty()
    }
    pub fn push(&self, v: PyRef) {
        self.items_mut().push(v);
    }
}

pub static LIST_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: crate::object::typeobj::slot(drop_payload::<PyList>),
    flags: Cell::new(type_flags::BASETYPE | type_flags::LIST_SUBCLASS),
    ..TypeObject::new_static("list", std::mem::size_of::<PyList>())
});

pub fn new_list(items: Vec<PyRef>) -> PyRef {
    new_object(&LIST_TYPE, |ob| PyList { ob, items: UnsafeCell::new(items) })
}

#[inline]
pub fn as_list(o: &PyObject) -> Option<&PyList> {
    if o.is_exact(&LIST_TYPE) || o.type_().has_flag(type_flags::LIST_SUBCLASS) {
        // SAFETY: list and its subclasses are laid out as PyList.
        Some(unsafe { o.cast::<PyList>() })
    } else {
        None
    }
}
