//! The `builtins` module: created once by `init()` and kept as the
//! process-wide builtins (frames read `builtins_dict()`). The functions
//! live in `builtins_funcs.rs`, `builtins_iter.rs`, `builtins_exec.rs` and
//! `io.rs`; this file registers them with every builtin type, exception
//! and constant.

use super::builtins_exec as bexec;
use super::builtins_funcs as bf;
use super::builtins_iter as bi;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{ALL_EXCEPTION_TYPES, OS_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_bool;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{none, ELLIPSIS, NOT_IMPLEMENTED};
use crate::object::str::new_str;
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::Cell;

macro_rules! defs {
    ($($name:literal => $f:path),* $(,)?) => {
        [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*]
    };
}

static BUILTIN_FUNCS: [MethodDef; 44] = defs![
    "abs" => bf::builtin_abs,
    "all" => bi::builtin_all,
    "any" => bi::builtin_any,
    "ascii" => bf::builtin_ascii,
    "bin" => bf::builtin_bin,
    "breakpoint" => bexec::builtin_breakpoint,
    "callable" => bf::builtin_callable,
    "chr" => bf::builtin_chr,
    "compile" => bexec::builtin_compile,
    "delattr" => bf::builtin_delattr,
    "dir" => bf::builtin_dir,
    "divmod" => bf::builtin_divmod,
    "eval" => bexec::builtin_eval,
    "exec" => bexec::builtin_exec,
    "format" => bf::builtin_format,
    "getattr" => bf::builtin_getattr,
    "globals" => bexec::builtin_globals,
    "hasattr" => bf::builtin_hasattr,
    "hash" => bf::builtin_hash,
    "hex" => bf::builtin_hex,
    "id" => bf::builtin_id,
    "input" => super::io::builtin_input,
    "isinstance" => bf::builtin_isinstance,
    "issubclass" => bf::builtin_issubclass,
    "iter" => bi::builtin_iter,
    "len" => bf::builtin_len,
    "locals" => bexec::builtin_locals,
    "max" => bi::builtin_max,
    "min" => bi::builtin_min,
    "next" => bi::builtin_next,
    "oct" => bf::builtin_oct,
    "open" => super::io::builtin_open,
    "ord" => bf::builtin_ord,
    "pow" => bf::builtin_pow,
    "print" => super::io::builtin_print,
    "repr" => bf::builtin_repr,
    "round" => bf::builtin_round,
    "setattr" => bf::builtin_setattr,
    "sorted" => bi::builtin_sorted,
    "sum" => bi::builtin_sum,
    "vars" => bf::builtin_vars,
    "__import__" => bexec::builtin_import,
    "aiter" => bf::builtin_aiter,
    "anext" => bf::builtin_anext,
];

/// Every builtin type exposed by name. Types owned by other parts of the
/// runtime are added here when they exist; still to add at merge time:
/// `bytearray`, `set`, `frozenset`, `range`,
/// `slice`, `property`, `classmethod`, `super`, `memoryview`, and the
/// `__build_class__` function.
pub fn builtin_types() -> Vec<(&'static str, &'static TypeObject)> {
    use crate::object::*;
    let mut v: Vec<(&'static str, &'static TypeObject)> = vec![
        ("object", &OBJECT_TYPE.0),
        ("type", &TYPE_TYPE.0),
        ("int", &int::INT_TYPE.0),
        ("bool", &int::BOOL_TYPE.0),
        ("str", &str::STR_TYPE.0),
        ("tuple", &tuple::TUPLE_TYPE.0),
        ("list", &list::LIST_TYPE.0),
        ("dict", &dict::DICT_TYPE.0),
        ("staticmethod", &funcobject::STATICMETHOD_TYPE.0),
        ("float", &float::FLOAT_TYPE.0),
        ("complex", &complex::COMPLEX_TYPE.0),
        ("bytes", &bytes::BYTES_TYPE.0),
        ("bytearray", &bytearray::BYTEARRAY_TYPE.0),
        ("memoryview", &crate::object::memoryview::MEMORYVIEW_TYPE.0),
        ("set", &set::SET_TYPE.0),
        ("frozenset", &set::FROZENSET_TYPE.0),
        ("range", &range::RANGE_TYPE.0),
        ("slice", &slice::SLICE_TYPE.0),
        ("property", &property::PROPERTY_TYPE.0),
        ("classmethod", &funcobject::CLASSMETHOD_TYPE.0),
        ("super", &super_::SUPER_TYPE.0),
    ];
    v.extend(bi::iterator_types());
    v
}

/// Builtin functions defined outside this module, added after the types.
fn extra_objects() -> Vec<(&'static str, PyRef)> {
    vec![("__build_class__", crate::object::descr::new_builtin_function(&crate::object::build_class::BUILD_CLASS_DEF, None))]
}

/// The builtins module (an owned reference kept forever once created).
static BUILTINS: crate::object::Static<Cell<*mut PyObject>> = crate::object::Static(Cell::new(std::ptr::null_mut()));

/// The builtins module (created on first use).
pub fn builtins_module() -> &'static PyObject {
    if BUILTINS.get().is_null() {
        let _ = init();
    }
    // SAFETY: the module is created by `init` and kept alive forever.
    unsafe { &*BUILTINS.get() }
}

/// The builtins dict (what frames use as `f_builtins`).
pub fn builtins_dict() -> &'static PyObject {
    let m = as_module(builtins_module()).expect("builtins is a module");
    // SAFETY: the module lives forever, so does its dict.
    unsafe { &*(m.dict() as *const PyObject) }
}

/// Create the builtins module (once; later calls return it).
pub fn init() -> PyResult<PyRef> {
    let p = BUILTINS.get();
    if !p.is_null() {
        // SAFETY: p is the live builtins module.
        return Ok(unsafe { &*p }.to_ref());
    }
    let m = new_module("builtins");
    BUILTINS.set(m.clone().into_raw());
    crate::runtime::set_builtins_module(m.clone());
    let d = as_module(&m).unwrap().dict();
    dict_set_item_str(d, "__doc__", new_str("Built-in functions, types, exceptions, and other objects."));
    let mname = new_str("builtins");
    for f in BUILTIN_FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    for (name, t) in builtin_types() {
        dict_set_item_str(d, name, t.to_ref());
    }
    for t in ALL_EXCEPTION_TYPES {
        dict_set_item_str(d, t.name(), t.to_ref());
    }
    dict_set_item_str(d, "EnvironmentError", OS_ERROR.to_ref());
    dict_set_item_str(d, "IOError", OS_ERROR.to_ref());
    dict_set_item_str(d, "None", none());
    dict_set_item_str(d, "True", new_bool(true));
    dict_set_item_str(d, "False", new_bool(false));
    dict_set_item_str(d, "Ellipsis", ELLIPSIS.to_ref());
    dict_set_item_str(d, "NotImplemented", NOT_IMPLEMENTED.to_ref());
    dict_set_item_str(d, "__debug__", new_bool(true));
    dict_set_item_str(d, "exit", bexec::new_quitter("exit"));
    dict_set_item_str(d, "quit", bexec::new_quitter("quit"));
    for (name, o) in extra_objects() {
        dict_set_item_str(d, name, o);
    }
    Ok(m)
}
