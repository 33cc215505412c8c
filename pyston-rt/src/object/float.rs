//! `float` representation (interim: the numbers branch completes this type).

use super::header::{new_object, PyObject, PyRef, Static};
use super::typeobj::{drop_payload, slot, TypeObject};

#[repr(C)]
pub struct PyFloat {
    pub ob: PyObject,
    pub value: f64,
}

pub static FLOAT_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyFloat>),
    ..TypeObject::new_static("float", std::mem::size_of::<PyFloat>())
});

pub fn new_float(v: f64) -> PyRef {
    new_object(&FLOAT_TYPE, |ob| PyFloat { ob, value: v })
}
