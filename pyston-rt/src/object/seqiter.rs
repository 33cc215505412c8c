//! The iterator for objects that only define `__getitem__` (the old
//! sequence protocol): yields `o[0], o[1], ...` until IndexError/StopIteration.

use super::exceptions::{INDEX_ERROR, STOP_ITERATION};
use super::header::{new_object, PyObject, PyRef, Static};
use super::typeobj::{drop_payload, TypeObject};
use super::PyResult;
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct PySeqIter {
    pub ob: PyObject,
    pub seq: UnsafeCell<Option<PyRef>>,
    pub index: Cell<i64>,
}

pub static SEQ_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(seqiter_traverse),
    tp_drop: crate::object::typeobj::slot(drop_payload::<PySeqIter>),
    tp_iter: crate::object::typeobj::slot(self_iter),
    tp_iternext: crate::object::typeobj::slot(seq_iter_next),
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("iterator", std::mem::size_of::<PySeqIter>())
});

/// `iter(o)` for a `__getitem__`-only object.
pub fn new_seq_iter(o: &PyObject) -> PyRef {
    new_object(&SEQ_ITER_TYPE, |ob| PySeqIter { ob, seq: UnsafeCell::new(Some(o.to_ref())), index: Cell::new(0) })
}

/// `__iter__` returning self, shared by every iterator type.
pub fn self_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(o.to_ref())
}

fn seq_iter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on PySeqIter.
    let it = unsafe { o.cast::<PySeqIter>() };
    // SAFETY: single-threaded field access; we clone before calling out.
    let seq = match unsafe { (*it.seq.get()).clone() } {
        Some(s) => s,
        None => return Ok(None),
    };
    let i = it.index.get();
    let key = super::int::new_int(i);
    match super::protocol::getitem(&seq, &key) {
        Ok(v) => {
            it.index.set(i + 1);
            Ok(Some(v))
        }
        Err(e) if e.matches(&INDEX_ERROR) || e.matches(&STOP_ITERATION) => {
            // SAFETY: single-threaded field access.
            unsafe { *it.seq.get() = None };
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Cycle collector: the iterated sequence.
pub fn seqiter_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on the iterator type; read without running code.
    if let Some(s) = unsafe { &*o.cast::<PySeqIter>().seq.get() } {
        visit(s);
    }
}
