//! `bytes` representation (interim: the strings branch completes this type).

use super::header::{new_object, PyObject, PyRef, Static};
use super::typeobj::{drop_payload, slot, TypeObject};
use std::cell::Cell;

#[repr(C)]
pub struct PyBytes {
    pub ob: PyObject,
    pub hash: Cell<isize>,
    pub data: Box<[u8]>,
}

pub static BYTES_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyBytes>),
    ..TypeObject::new_static("bytes", std::mem::size_of::<PyBytes>())
});

pub fn new_bytes(v: Vec<u8>) -> PyRef {
    new_object(&BYTES_TYPE, |ob| PyBytes { ob, hash: Cell::new(-1), data: v.into_boxed_slice() })
}
