//! The object model: header and references, type objects, and the builtin
//! types. See `docs/ARCHITECTURE.md` ("Objects") and `docs/REFCOUNTING.md`.

pub mod debug_refs;
pub mod descr;
pub mod args;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod float_libm;
pub mod float_methods;
pub mod function;
pub mod funcobject;
pub mod header;
pub mod int;
pub mod int_bytes;
pub mod int_float;
pub mod int_methods;
pub mod int_ops;
pub mod list;
pub mod method_cache;
pub mod module;
pub mod number_format;
#[cfg(test)]
mod number_tests;
#[cfg(test)]
mod number_e2e_tests;
pub mod object_type;
pub mod protocol;
pub mod seqiter;
pub mod singletons;
pub mod slots;
pub mod str;
pub mod tuple;
pub mod typeobj;

pub use exceptions::{PyErr, PyResult};
pub use header::{PyObject, PyRef, Static};
pub use object_type::{OBJECT_TYPE, TYPE_TYPE};
pub use singletons::{none, NONE};
pub use typeobj::TypeObject;

/// Every static builtin type, readied at start-up in this order (bases
/// before subclasses is not required: `type_ready` readies bases first).
pub fn static_types() -> Vec<&'static TypeObject> {
    let mut v: Vec<&'static TypeObject> = vec![
        &OBJECT_TYPE,
        &TYPE_TYPE,
        &singletons::NONE_TYPE,
        &singletons::NOT_IMPLEMENTED_TYPE,
        &singletons::ELLIPSIS_TYPE,
        &int::INT_TYPE,
        &int::BOOL_TYPE,
        &str::STR_TYPE,
        &tuple::TUPLE_TYPE,
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &module::MODULE_TYPE,
        &seqiter::SEQ_ITER_TYPE,
        &descr::BUILTIN_FUNCTION_TYPE,
        &descr::METHOD_DESCR_TYPE,
        &descr::CLASSMETHOD_DESCR_TYPE,
        &descr::GETSET_DESCR_TYPE,
        &funcobject::STATICMETHOD_TYPE,
        &float::FLOAT_TYPE,
        &complex::COMPLEX_TYPE,
        &bytes::BYTES_TYPE,
        &code::CODE_TYPE,
        &function::FUNCTION_TYPE,
        &function::METHOD_TYPE,
        &function::CELL_TYPE,
        &crate::interp::generator::GENERATOR_TYPE,
        &crate::interp::traceback::TRACEBACK_TYPE,
    ];
    v.extend(exceptions::ALL_EXCEPTION_TYPES.iter().map(|t| &t.0));
    v
}
