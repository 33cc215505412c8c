//! The object model: header and references, type objects, and the builtin
//! types. See `docs/ARCHITECTURE.md` ("Objects") and `docs/REFCOUNTING.md`.

pub mod debug_refs;
pub mod descr;
pub mod args;
pub mod bytearray;
pub mod memoryview;
pub mod build_class;
pub mod bytes;
pub mod bytes_ctype;
pub mod bytes_methods;
pub mod code;
pub mod code_methods;
pub mod codecs;
pub mod complex;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod exc_group;
pub mod exc_methods;
pub mod exc_os;
pub mod exceptions;
pub mod float;
pub mod float_libm;
pub mod float_methods;
pub mod frameobject;
pub mod function;
pub mod gc;
pub mod funcobject;
pub mod genericalias;
pub mod header;
pub mod int;
pub mod int_bytes;
pub mod int_float;
pub mod int_methods;
pub mod int_ops;
pub mod iterators;
pub mod list;
pub mod list_methods;
pub mod list_sort;
pub mod mappingproxy;
pub mod member;
pub mod method_cache;
pub mod mro;
pub mod module;
pub mod number_format;
#[cfg(test)]
mod number_tests;
#[cfg(test)]
mod number_e2e_tests;
pub mod object_type;
pub mod property;
pub mod protocol;
pub mod range;
pub mod reprguard;
pub mod sequtil;
pub mod set;
pub mod set_methods;
pub mod seqiter;
pub mod singletons;
pub mod slice;
pub mod slots;
pub mod str;
pub mod str_case;
pub mod str_common;
pub mod str_format;
pub mod str_iter;
pub mod str_methods;
pub mod str_ops;
pub mod str_percent;
pub mod str_split;
pub mod str_surr;
pub mod suggestions;
#[cfg(test)]
mod str_testkit;
#[cfg(test)]
mod str_tests_1;
#[cfg(test)]
mod str_tests_2;
#[cfg(test)]
mod str_tests_3;
pub mod tuple;
pub mod tuple_methods;
pub mod slot_funcs;
pub mod slot_wrapper;
pub mod super_;
pub mod type_methods;
pub mod type_new;
pub mod typecheck;
pub mod typeobj;
pub mod weakref;
#[cfg(test)]
mod container_tests;

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
        &str_iter::STR_ITER_TYPE,
        &str_iter::STR_ASCII_ITER_TYPE,
        &bytes::BYTES_TYPE,
        &bytes::BYTES_ITER_TYPE,
        &bytearray::BYTEARRAY_TYPE,
        &memoryview::MEMORYVIEW_TYPE,
        &bytearray::BYTEARRAY_ITER_TYPE,
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
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &set::SET_ITER_TYPE,
        &range::RANGE_TYPE,
        &range::RANGE_ITER_TYPE,
        &range::LONGRANGE_ITER_TYPE,
        &slice::SLICE_TYPE,
        &genericalias::GENERIC_ALIAS_TYPE,
        &funcobject::CLASSMETHOD_TYPE,
        &slot_wrapper::WRAPPER_DESCR_TYPE,
        &slot_wrapper::METHOD_WRAPPER_TYPE,
        &member::MEMBER_DESCR_TYPE,
        &super_::SUPER_TYPE,
        &property::PROPERTY_TYPE,
        &mappingproxy::MAPPINGPROXY_TYPE,
        &typecheck::UNION_TYPE,
        &float::FLOAT_TYPE,
        &complex::COMPLEX_TYPE,
        &code::CODE_TYPE,
        &function::FUNCTION_TYPE,
        &function::METHOD_TYPE,
        &function::CELL_TYPE,
        &crate::interp::generator::GENERATOR_TYPE,
        &crate::interp::coroutine::COROUTINE_TYPE,
        &crate::interp::coroutine::CORO_WRAPPER_TYPE,
        &crate::interp::async_gen::ASYNC_GENERATOR_TYPE,
        &crate::interp::async_gen::ASEND_TYPE,
        &crate::interp::async_gen::ATHROW_TYPE,
        &crate::interp::async_gen::ANEXT_AWAITABLE_TYPE,
        &crate::interp::traceback::TRACEBACK_TYPE,
        &frameobject::FRAME_TYPE,
    ];
    v.extend(weakref::weakref_types());
    v.extend(iterators::iterator_types());
    v.extend(dict_views::dict_view_types());
    v.extend(exceptions::ALL_EXCEPTION_TYPES.iter().map(|t| &t.0));
    v.extend(crate::modules::static_types());
    v
}
