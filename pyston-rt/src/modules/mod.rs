//! Native modules. Each module file exposes `pub fn init() -> PyResult<PyRef>`
//! building the module object; `NATIVE_MODULES` is the one registry the
//! import system consults.

use crate::object::{PyRef, PyResult};

pub mod math;
mod math_int;
mod math_special;
#[cfg(test)]
mod math_tests;

/// Name and constructor of every native module.
pub static NATIVE_MODULES: &[(&str, fn() -> PyResult<PyRef>)] = &[
    ("math", math::init),
];
