//! Iterators over `str`: `str_ascii_iterator` (byte steps) and
//! `str_iterator` (UTF-8 decoding), as in CPython 3.11.

use super::header::{new_object, PyObject, PyRef, Static};
use super::int::new_int;
use super::str::{char_str, PyStr};
use super::str_ops::pystr;
use super::typeobj::{drop_payload, slot, MethodDef, TypeObject};
use super::PyResult;
use std::cell::Cell;

#[repr(C)]
pub struct PyStrIter {
    pub ob: PyObject,
    /// The str being iterated (kept even when exhausted; `pos` is then its length).
    pub s: PyRef,
    /// Byte offset of the next character.
    pub pos: Cell<usize>,
    /// Index of the next character (for `__length_hint__`).
    pub index: Cell<usize>,
}

static STR_ITER_METHODS: &[MethodDef] = &[
    MethodDef { name: "__length_hint__", func: iter_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." },
];

pub static STR_ASCII_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyStrIter>),
    tp_iter: slot(super::seqiter::self_iter),
    tp_iternext: slot(ascii_next),
    flags: Cell::new(0),
    methods: STR_ITER_METHODS,
    ..TypeObject::new_static("str_ascii_iterator", std::mem::size_of::<PyStrIter>())
});

pub static STR_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyStrIter>),
    tp_iter: slot(super::seqiter::self_iter),
    tp_iternext: slot(unicode_next),
    flags: Cell::new(0),
    methods: STR_ITER_METHODS,
    ..TypeObject::new_static("str_iterator", std::mem::size_of::<PyStrIter>())
});

/// `iter(s)`
pub fn str_iter(o: &PyObject) -> PyResult<PyRef> {
    let t = if pystr(o).is_ascii { &STR_ASCII_ITER_TYPE } else { &STR_ITER_TYPE };
    Ok(new_object(t, |ob| PyStrIter { ob, s: o.to_ref(), pos: Cell::new(0), index: Cell::new(0) }))
}

#[inline(always)]
fn payload(o: &PyObject) -> &PyStrIter {
    // SAFETY: installed only on the str iterator types.
    unsafe { o.cast::<PyStrIter>() }
}

fn ascii_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    let it = payload(o);
    let s: &PyStr = pystr(&it.s);
    let p = it.pos.get();
    match s.data.as_bytes().get(p) {
        Some(&b) => {
            it.pos.set(p + 1);
            it.index.set(p + 1);
            Ok(Some(char_str(b as char)))
        }
        None => Ok(None),
    }
}

fn unicode_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    let it = payload(o);
    let s: &PyStr = pystr(&it.s);
    let p = it.pos.get();
    match s.data[p..].chars().next() {
        Some(c) => {
            it.pos.set(p + c.len_utf8());
            it.index.set(it.index.get() + 1);
            Ok(Some(char_str(c)))
        }
        None => Ok(None),
    }
}

fn iter_length_hint(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("__length_hint__", &args[1..], kwnames)?;
    let it = payload(args[0]);
    Ok(new_int((pystr(&it.s).char_len - it.index.get()) as i64))
}
