//! The builtin exception hierarchy and `PyErr`, the Rust-side error value.
//!
//! Inside Rust every fallible operation returns `PyResult<T>`; the error is a
//! (normalized) exception instance. At the `extern "C"` ABI the error is
//! stored in the thread state and NULL/-1 is returned instead.

use super::header::{alloc_object, PyObject, PyRef, Static};
use super::typeobj::{drop_payload, type_flags, TypeObject};
use std::cell::{Cell, UnsafeCell};

/// Instance layout of BaseException and every builtin exception.
#[repr(C)]
pub struct PyBaseException {
    pub ob: PyObject,
    /// Instance `__dict__` (at the type's dictoffset), null until needed.
    pub dict: Cell<*mut PyObject>,
    /// `args` (a tuple).
    pub args: UnsafeCell<PyRef>,
    pub traceback: UnsafeCell<Option<PyRef>>,
    pub context: UnsafeCell<Option<PyRef>>,
    pub cause: UnsafeCell<Option<PyRef>>,
    pub suppress_context: Cell<bool>,
}

impl PyBaseException {
    pub fn args(&self) -> &PyRef {
        // SAFETY: single-threaded; replaced only by set_args.
        unsafe { &*self.args.get() }
    }
    pub fn set_args(&self, a: PyRef) {
        // SAFETY: no borrow of args is held across this call by callers.
        let old = unsafe { std::mem::replace(&mut *self.args.get(), a) };
        drop(old);
    }
    pub fn traceback(&self) -> Option<PyRef> {
        // SAFETY: single-threaded field access.
        unsafe { (*self.traceback.get()).clone() }
    }
    pub fn set_traceback(&self, tb: Option<PyRef>) {
        // SAFETY: single-threaded field access; the old value drops after the write.
        let old = unsafe { std::mem::replace(&mut *self.traceback.get(), tb) };
        drop(old);
    }
    pub fn context(&self) -> Option<PyRef> {
        // SAFETY: single-threaded field access.
        unsafe { (*self.context.get()).clone() }
    }
    pub fn set_context(&self, c: Option<PyRef>) {
        // SAFETY: single-threaded field access.
        let old = unsafe { std::mem::replace(&mut *self.context.get(), c) };
        drop(old);
    }
    pub fn cause(&self) -> Option<PyRef> {
        // SAFETY: single-threaded field access.
        unsafe { (*self.cause.get()).clone() }
    }
    pub fn set_cause(&self, c: Option<PyRef>) {
        // SAFETY: single-threaded field access.
        let old = unsafe { std::mem::replace(&mut *self.cause.get(), c) };
        drop(old);
    }
}

/// Downcast to an exception instance.
#[inline]
pub fn as_exception(o: &PyObject) -> Option<&PyBaseException> {
    if o.type_().has_flag(type_flags::BASE_EXC_SUBCLASS) {
        // SAFETY: every exception type is laid out as (a prefix of) PyBaseException.
        Some(unsafe { o.cast::<PyBaseException>() })
    } else {
        None
    }
}

const EXC_SIZE: usize = std::mem::size_of::<PyBaseException>();
const EXC_DICTOFFSET: usize = std::mem::offset_of!(PyBaseException, dict);

macro_rules! exception_types {
    ( $( $stat:ident = $name:literal : $base:expr ; )* ) => {
        $(
            pub static $stat: Static<TypeObject> = Static(TypeObject {
                base: Cell::new($base as *const Static<TypeObject> as *mut TypeObject),
                flags: Cell::new(type_flags::BASETYPE | type_flags::BASE_EXC_SUBCLASS | type_flags::HAS_DICT),
                dictoffset: Cell::new(EXC_DICTOFFSET),
                tp_drop: crate::object::typeobj::slot(drop_payload::<PyBaseException>),
                ..TypeObject::new_static($name, EXC_SIZE)
            });
        )*
        /// Every builtin exception type, bases before subclasses.
        pub static ALL_EXCEPTION_TYPES: &[&Static<TypeObject>] = &[ $( &$stat ),* ];
    };
}

exception_types! {
    BASE_EXCEPTION = "BaseException": &super::object_type::OBJECT_TYPE;
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": &BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION;
    EXCEPTION = "Exception": &BASE_EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": &ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": &EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION;
    BUFFER_ERROR = "BufferError": &EXCEPTION;
    EOF_ERROR = "EOFError": &EXCEPTION;
    EXCEPTION_GROUP = "ExceptionGroup": &BASE_EXCEPTION_GROUP;
    IMPORT_ERROR = "ImportError": &EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": &IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": &EXCEPTION;
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR;
    KEY_ERROR = "KeyError": &LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": &EXCEPTION;
    NAME_ERROR = "NameError": &EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR;
    OS_ERROR = "OSError": &EXCEPTION;
    BLOCKING_IO_ERROR = "BlockingIOError": &OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": &OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": &OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": &CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": &CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": &CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": &CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": &OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": &OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": &OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": &OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": &OS_ERROR;
    PERMISSION_ERROR = "PermissionError": &OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": &OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": &OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": &EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": &EXCEPTION;
    STOP_ITERATION = "StopIteration": &EXCEPTION;
    SYNTAX_ERROR = "SyntaxError": &EXCEPTION;
    INDENTATION_ERROR = "IndentationError": &SYNTAX_ERROR;
    TAB_ERROR = "TabError": &INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError": &EXCEPTION;
    TYPE_ERROR = "TypeError": &EXCEPTION;
    VALUE_ERROR = "ValueError": &EXCEPTION;
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": &UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": &UNICODE_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": &UNICODE_ERROR;
    WARNING = "Warning": &EXCEPTION;
    BYTES_WARNING = "BytesWarning": &WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": &WARNING;
    ENCODING_WARNING = "EncodingWarning": &WARNING;
    FUTURE_WARNING = "FutureWarning": &WARNING;
    IMPORT_WARNING = "ImportWarning": &WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": &WARNING;
    RESOURCE_WARNING = "ResourceWarning": &WARNING;
    RUNTIME_WARNING = "RuntimeWarning": &WARNING;
    SYNTAX_WARNING = "SyntaxWarning": &WARNING;
    UNICODE_WARNING = "UnicodeWarning": &WARNING;
    USER_WARNING = "UserWarning": &WARNING;
}

/// Create an exception instance of type `t` with `args` directly (no
/// `__new__`/`__init__` call): used for exceptions raised by the runtime.
/// `t` must be a builtin exception type or a subclass with the same layout.
pub fn new_exception_raw(t: &TypeObject, args: PyRef) -> PyRef {
    let p = alloc_object(t);
    // SAFETY: p is a fresh zeroed allocation of t.basicsize >= EXC_SIZE bytes.
    unsafe {
        let e = p as *mut PyBaseException;
        std::ptr::write(&mut (*e).args, UnsafeCell::new(args));
        std::ptr::write(&mut (*e).traceback, UnsafeCell::new(None));
        std::ptr::write(&mut (*e).context, UnsafeCell::new(None));
        std::ptr::write(&mut (*e).cause, UnsafeCell::new(None));
        PyRef::from_raw(p)
    }
}

/// The error value of `PyResult`: an exception instance.
pub struct PyErr(PyRef);

/// Result of every fallible runtime operation.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An exception of builtin type `t` with a message as its single argument.
    pub fn new(t: &TypeObject, msg: impl Into<String>) -> PyErr {
        let args = super::tuple::new_tuple(vec![super::str::new_str(msg.into())]);
        PyErr(new_exception_raw(t, args))
    }

    /// An exception of type `t` with the given args.
    pub fn with_args(t: &TypeObject, args: Vec<PyRef>) -> PyErr {
        PyErr(new_exception_raw(t, super::tuple::new_tuple(args)))
    }

    /// Wrap an exception instance.
    pub fn from_value(v: PyRef) -> PyErr {
        debug_assert!(as_exception(&v).is_some());
        PyErr(v)
    }

    /// The exception instance.
    pub fn value(&self) -> &PyRef {
        &self.0
    }

    pub fn into_value(self) -> PyRef {
        self.0
    }

    /// Whether the exception is an instance of `t`.
    pub fn matches(&self, t: &TypeObject) -> bool {
        self.0.is_instance_of(t)
    }

    pub fn exc(&self) -> &PyBaseException {
        // SAFETY: a PyErr always holds an exception instance.
        unsafe { self.0.cast::<PyBaseException>() }
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let args = self.exc().args();
        let msg = super::tuple::tuple_slice(args)
            .and_then(|a| a.first())
            .and_then(|m| super::str::str_value(m).map(|s| s.to_string()))
            .unwrap_or_default();
        write!(f, "{}: {}", self.0.type_().name(), msg)
    }
}

macro_rules! err_ctors {
    ( $( $fn:ident => $t:ident ),* $(,)? ) => {
        $(
            #[doc = concat!("A `", stringify!($t), "` with this message.")]
            #[cold]
            pub fn $fn(msg: impl Into<String>) -> PyErr {
                PyErr::new(&$t, msg)
            }
        )*
    };
}

err_ctors! {
    type_error => TYPE_ERROR,
    value_error => VALUE_ERROR,
    index_error => INDEX_ERROR,
    attribute_error => ATTRIBUTE_ERROR,
    name_error => NAME_ERROR,
    zero_division_error => ZERO_DIVISION_ERROR,
    overflow_error => OVERFLOW_ERROR,
    runtime_error => RUNTIME_ERROR,
    system_error => SYSTEM_ERROR,
    not_implemented_error => NOT_IMPLEMENTED_ERROR,
    recursion_error => RECURSION_ERROR,
    import_error => IMPORT_ERROR,
    os_error => OS_ERROR,
    unbound_local_error => UNBOUND_LOCAL_ERROR,
    assertion_error => ASSERTION_ERROR,
    memory_error => MEMORY_ERROR,
    eof_error => EOF_ERROR,
}

/// `KeyError(key)` (the key itself is the argument, as in CPython).
#[cold]
pub fn key_error(key: &PyObject) -> PyErr {
    PyErr::with_args(&KEY_ERROR, vec![key.to_ref()])
}

/// `StopIteration(value)`.
#[cold]
pub fn stop_iteration(value: Option<PyRef>) -> PyErr {
    match value {
        Some(v) => PyErr::with_args(&STOP_ITERATION, vec![v]),
        None => PyErr::with_args(&STOP_ITERATION, vec![]),
    }
}
