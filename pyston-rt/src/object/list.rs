//! `list`: a growable array of references. Methods live in `list_methods.rs`.

use super::header::{new_object, PyObject, PyRef, Static};
use super::list_methods as lm;
use super::typeobj::{drop_payload, nb_slots, slot, type_flags, TypeObject};
use crate::bytecode::BinOpKind;
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
    tp_traverse: crate::object::typeobj::slot(list_traverse),
    tp_clear: crate::object::typeobj::slot(list_clear),
    tp_drop: crate::object::typeobj::slot(list_drop),
    flags: Cell::new(type_flags::BASETYPE | type_flags::LIST_SUBCLASS | crate::object::typeobj::type_flags::HAVE_GC),
    tp_repr: slot(lm::list_repr),
    tp_richcompare: slot(lm::list_richcompare),
    tp_iter: slot(lm::list_iter),
    tp_new: slot(lm::list_new),
    tp_init: slot(lm::list_init),
    mp_length: slot(lm::list_len),
    mp_subscript: slot(lm::list_subscript),
    mp_ass_subscript: slot(lm::list_ass_subscript),
    sq_contains: slot(lm::list_contains),
    sq_concat: slot(lm::list_concat),
    sq_repeat: slot(lm::list_repeat),
    nb: nb_slots(&[(BinOpKind::IAdd, lm::LIST_IADD), (BinOpKind::IMul, lm::LIST_IMUL)]),
    methods: &lm::LIST_METHODS,
    doc: Some("Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified."),
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

/// Cycle collector: the items.
pub fn list_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on list (and subclasses); no Python code runs while visiting.
    for it in unsafe { o.cast::<PyList>() }.items() {
        visit(it);
    }
}

/// Cycle collector: drop the items (moved out first: their deallocation may run code).
pub fn list_clear(o: &PyObject) {
    // SAFETY: installed on list (and subclasses).
    let old = std::mem::take(unsafe { o.cast::<PyList>() }.items_mut());
    drop_items_reversed(old);
}

/// Release items last to first, as CPython's list clear and dealloc do
/// (`__del__` order).
pub fn drop_items_reversed(mut items: Vec<PyRef>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

/// `tp_drop` of list: items released last to first.
///
/// # Safety
/// `obj` is a list being deallocated.
unsafe fn list_drop(obj: *mut PyObject) {
    let l = &*(obj as *const PyList);
    drop_items_reversed(std::mem::take(l.items_mut()));
    drop_payload::<PyList>(obj);
}
