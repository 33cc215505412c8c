//! `complex` representation (interim: the numbers branch completes this type).

use super::header::{new_object, PyObject, PyRef, Static};
use super::typeobj::{drop_payload, slot, TypeObject};

#[repr(C)]
pub struct PyComplex {
    pub ob: PyObject,
    pub re: f64,
    pub im: f64,
}

pub static COMPLEX_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyComplex>),
    ..TypeObject::new_static("complex", std::mem::size_of::<PyComplex>())
});

pub fn new_complex(re: f64, im: f64) -> PyRef {
    new_object(&COMPLEX_TYPE, |ob| PyComplex { ob, re, im })
}
