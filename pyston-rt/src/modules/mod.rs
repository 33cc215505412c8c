//! Native modules. Each module file exposes `pub fn init() -> PyResult<PyRef>`
//! building the module object; `NATIVE_MODULES` is the one registry the
//! import system consults.

use crate::object::{PyRef, PyResult, TypeObject};

pub mod builtins;
pub mod binascii;
pub mod codecs;
pub mod collections;
mod collections_deque;
pub mod builtins_exec;
pub mod builtins_funcs;
pub mod builtins_iter;
pub mod hooks;
pub mod io;
pub mod io_base;
pub mod io_file;
pub mod io_memory;
pub mod io_newline;
pub mod io_text;
pub mod atexit;
pub mod gc;
pub mod itertools;
pub mod locale;
mod itertools_comb;
pub mod records;
pub mod weakref;
pub mod string;
pub mod struct_;
pub mod sys;
pub mod thread;
pub mod time;

#[cfg(test)]
mod tests;

pub mod math;
mod math_int;
mod math_special;
#[cfg(test)]
mod math_tests;

/// Name and constructor of every native module.
pub static NATIVE_MODULES: &[(&str, fn() -> PyResult<PyRef>)] = &[
    ("builtins", builtins::init),
    ("sys", sys::init),
    ("time", time::init),
    ("io", io::init),
    ("_io", io::init_underscore),
    ("math", math::init),
    ("gc", gc::init),
    ("atexit", atexit::init),
    ("_weakref", weakref::init),
    ("itertools", itertools::init),
    ("_thread", thread::init),
    ("_collections", collections::init),
    ("_codecs", codecs::init),
    ("_string", string::init),
    ("_struct", struct_::init),
    ("binascii", binascii::init),
    ("_locale", locale::init),
];

/// The static types defined by the native modules (readied at start-up
/// with the object types).
pub fn static_types() -> Vec<&'static TypeObject> {
    let mut v: Vec<&'static TypeObject> = Vec::new();
    v.extend(builtins::builtin_types().into_iter().map(|(_, t)| t));
    v.push(&builtins_exec::QUITTER_TYPE);
    v.extend(io::io_types());
    v.extend(records::record_types());
    v.extend(sys::sys_types());
    v.push(&time::STRUCT_TIME_TYPE);
    v.extend(itertools::static_types());
    v.extend(thread::thread_types());
    v.extend(collections::collections_types());
    v.extend(struct_::struct_types());
    v
}
