//! `tuple`: an immutable array of references.

use super::header::{new_object, PyObject, PyRef, Static};
use super::tuple_methods as tm;
use super::typeobj::{drop_payload, slot, type_flags, TypeObject};

#[repr(C)]
pub struct PyTuple {
    pub ob: PyObject,
    pub items: Box<[PyRef]>,
    /// -1 until computed (tuples of immutables hash stably).
    pub hash: std::cell::Cell<isize>,
}

pub static TUPLE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(tuple_traverse),
    tp_drop: crate::object::typeobj::slot(tuple_drop),
    flags: std::cell::Cell::new(type_flags::BASETYPE | type_flags::TUPLE_SUBCLASS | crate::object::typeobj::type_flags::HAVE_GC),
    tp_repr: slot(tm::tuple_repr),
    tp_hash: slot(tm::tuple_hash),
    tp_richcompare: slot(tm::tuple_richcompare),
    tp_iter: slot(tm::tuple_iter),
    tp_new: slot(tm::tuple_new),
    mp_length: slot(tm::tuple_len),
    mp_subscript: slot(tm::tuple_subscript),
    sq_contains: slot(tm::tuple_contains),
    sq_concat: slot(tm::tuple_concat),
    sq_repeat: slot(tm::tuple_repeat),
    methods: &tm::TUPLE_METHODS,
    doc: Some("Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object."),
    ..TypeObject::new_static("tuple", std::mem::size_of::<PyTuple>())
});

/// A new tuple owning `items`.
pub fn new_tuple(items: Vec<PyRef>) -> PyRef {
    if items.is_empty() {
        return empty_tuple();
    }
    new_object(&TUPLE_TYPE, |ob| PyTuple { ob, items: items.into_boxed_slice(), hash: std::cell::Cell::new(-1) })
}

/// A new tuple from borrowed items.
pub fn tuple_from(items: &[&PyObject]) -> PyRef {
    new_tuple(items.iter().map(|o| o.to_ref()).collect())
}

static EMPTY: Static<std::cell::Cell<*mut PyObject>> = Static(std::cell::Cell::new(std::ptr::null_mut()));

/// The shared empty tuple.
pub fn empty_tuple() -> PyRef {
    let mut p = EMPTY.get();
    if p.is_null() {
        let t = new_object(&TUPLE_TYPE, |ob| PyTuple { ob, items: Box::new([]), hash: std::cell::Cell::new(-1) });
        t.make_immortal();
        p = t.into_raw();
        EMPTY.set(p);
    }
    // SAFETY: the empty tuple is immortal.
    unsafe { &*p }.to_ref()
}

#[inline]
pub fn as_tuple(o: &PyObject) -> Option<&PyTuple> {
    if o.is_exact(&TUPLE_TYPE) || o.type_().has_flag(type_flags::TUPLE_SUBCLASS) {
        // SAFETY: tuple and subclasses are laid out as PyTuple.
        Some(unsafe { o.cast::<PyTuple>() })
    } else {
        None
    }
}

/// The items of a tuple object.
///
/// # Safety
/// `o` must be a tuple (or subclass).
#[inline(always)]
pub unsafe fn tuple_items(o: &PyObject) -> &[PyRef] {
    &o.cast::<PyTuple>().items
}

/// The items of `o` if it is a tuple.
#[inline]
pub fn tuple_slice(o: &PyObject) -> Option<&[PyRef]> {
    as_tuple(o).map(|t| &*t.items)
}

/// Cycle collector: the items (tuples are immutable: no clear; cycles
/// through a tuple are broken by the other members).
pub fn tuple_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on tuple (and subclasses).
    for it in unsafe { tuple_items(o) } {
        visit(it);
    }
}

/// `tp_drop` of tuple: items released last to first, as CPython.
///
/// # Safety
/// `obj` is a tuple being deallocated.
unsafe fn tuple_drop(obj: *mut PyObject) {
    let t = &mut *(obj as *mut PyTuple);
    let items = std::mem::take(&mut t.items).into_vec();
    super::list::drop_items_reversed(items);
    drop_payload::<PyTuple>(obj);
}
