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

const EXC_DICTOFFSET: usize = std::mem::offset_of!(PyBaseException, dict);

use super::exc_methods as em;
use super::exc_methods::{PyAttributeError, PyExceptionGroup, PyImportError, PyNameError, PyOSError, PyStopIteration, PySyntaxError, PySystemExit, PyUnicodeErrorObj};
use super::typeobj::slot;

macro_rules! exception_types {
    ( $( $stat:ident = $name:literal : $base:expr , $payload:ty , $doc:literal $(, { $($f:ident : $v:expr),* $(,)? })? ; )* ) => {
        $(
            pub static $stat: Static<TypeObject> = Static(TypeObject {
                base: Cell::new($base as *const Static<TypeObject> as *mut TypeObject),
                flags: Cell::new(type_flags::BASETYPE | type_flags::BASE_EXC_SUBCLASS | type_flags::HAS_DICT | type_flags::HAVE_GC),
                dictoffset: Cell::new(EXC_DICTOFFSET),
                tp_traverse: slot(exc_traverse),
                tp_clear: slot(exc_clear),
                tp_drop: slot(drop_payload::<$payload>),
                doc: Some($doc),
                $($($f: $v,)*)?
                ..TypeObject::new_static($name, std::mem::size_of::<$payload>())
            });
        )*
        /// Every builtin exception type, bases before subclasses.
        pub static ALL_EXCEPTION_TYPES: &[&Static<TypeObject>] = &[ $( &$stat ),* ];
    };
}

exception_types! {
    BASE_EXCEPTION = "BaseException": &super::object_type::OBJECT_TYPE, PyBaseException, "Common base class for all exceptions", {
        tp_new: slot(em::base_exc_new), tp_init: slot(em::base_exc_init), tp_repr: slot(em::base_exc_repr),
        tp_str: slot(em::base_exc_str), methods: &em::BASE_EXC_METHODS, getsets: &em::BASE_EXC_GETSETS };
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": &BASE_EXCEPTION, PyExceptionGroup, "A combination of multiple unrelated exceptions.", {
        tp_new: slot(super::exc_group::eg_new), tp_init: slot(super::exc_group::eg_init), tp_str: slot(super::exc_group::eg_str),
        methods: &super::exc_group::EG_METHODS, getsets: &super::exc_group::EG_GETSETS };
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION, PyBaseException, "Request that a generator exit.";
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION, PyBaseException, "Program interrupted by user.";
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION, PySystemExit, "Request to exit from the interpreter.", {
        tp_init: slot(em::system_exit_init), getsets: &em::SYSTEM_EXIT_GETSETS };
    EXCEPTION = "Exception": &BASE_EXCEPTION, PyBaseException, "Common base class for all non-exit exceptions.";
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION, PyBaseException, "Base class for arithmetic errors.";
    FLOATING_POINT_ERROR = "FloatingPointError": &ARITHMETIC_ERROR, PyBaseException, "Floating point operation failed.";
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR, PyBaseException, "Result too large to be represented.";
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR, PyBaseException, "Second argument to a division or modulo operation was zero.";
    ASSERTION_ERROR = "AssertionError": &EXCEPTION, PyBaseException, "Assertion failed.";
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION, PyAttributeError, "Attribute not found.", {
        tp_init: slot(em::attribute_error_init), getsets: &em::ATTRIBUTE_ERROR_GETSETS };
    BUFFER_ERROR = "BufferError": &EXCEPTION, PyBaseException, "Buffer error.";
    EOF_ERROR = "EOFError": &EXCEPTION, PyBaseException, "Read beyond end of file.";
    EXCEPTION_GROUP = "ExceptionGroup": &BASE_EXCEPTION_GROUP, PyExceptionGroup, "A combination of multiple unrelated exceptions.";
    IMPORT_ERROR = "ImportError": &EXCEPTION, PyImportError, "Import can't find module, or can't find name in module.", {
        tp_init: slot(em::import_error_init), tp_str: slot(em::import_error_str), getsets: &em::IMPORT_ERROR_GETSETS };
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": &IMPORT_ERROR, PyImportError, "Module not found.";
    LOOKUP_ERROR = "LookupError": &EXCEPTION, PyBaseException, "Base class for lookup errors.";
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR, PyBaseException, "Sequence index out of range.";
    KEY_ERROR = "KeyError": &LOOKUP_ERROR, PyBaseException, "Mapping key not found.", { tp_str: slot(em::key_error_str) };
    MEMORY_ERROR = "MemoryError": &EXCEPTION, PyBaseException, "Out of memory.";
    NAME_ERROR = "NameError": &EXCEPTION, PyNameError, "Name not found globally.", {
        tp_init: slot(em::name_error_init), getsets: &em::NAME_ERROR_GETSETS };
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR, PyNameError, "Local name referenced but not bound to a value.";
    OS_ERROR = "OSError": &EXCEPTION, PyOSError, "Base class for I/O related errors.", {
        tp_new: slot(super::exc_os::os_error_new), tp_init: slot(super::exc_os::os_error_init),
        tp_str: slot(super::exc_os::os_error_str), methods: &super::exc_os::OS_ERROR_METHODS, getsets: &super::exc_os::OS_ERROR_GETSETS };
    BLOCKING_IO_ERROR = "BlockingIOError": &OS_ERROR, PyOSError, "I/O operation would block.";
    CHILD_PROCESS_ERROR = "ChildProcessError": &OS_ERROR, PyOSError, "Child process error.";
    CONNECTION_ERROR = "ConnectionError": &OS_ERROR, PyOSError, "Connection error.";
    BROKEN_PIPE_ERROR = "BrokenPipeError": &CONNECTION_ERROR, PyOSError, "Broken pipe.";
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": &CONNECTION_ERROR, PyOSError, "Connection aborted.";
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": &CONNECTION_ERROR, PyOSError, "Connection refused.";
    CONNECTION_RESET_ERROR = "ConnectionResetError": &CONNECTION_ERROR, PyOSError, "Connection reset.";
    FILE_EXISTS_ERROR = "FileExistsError": &OS_ERROR, PyOSError, "File already exists.";
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": &OS_ERROR, PyOSError, "File not found.";
    INTERRUPTED_ERROR = "InterruptedError": &OS_ERROR, PyOSError, "Interrupted by signal.";
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": &OS_ERROR, PyOSError, "Operation doesn't work on directories.";
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": &OS_ERROR, PyOSError, "Operation only works on directories.";
    PERMISSION_ERROR = "PermissionError": &OS_ERROR, PyOSError, "Not enough permissions.";
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": &OS_ERROR, PyOSError, "Process not found.";
    TIMEOUT_ERROR = "TimeoutError": &OS_ERROR, PyOSError, "Timeout expired.";
    REFERENCE_ERROR = "ReferenceError": &EXCEPTION, PyBaseException, "Weak ref proxy used after referent went away.";
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION, PyBaseException, "Unspecified run-time error.";
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR, PyBaseException, "Method or function hasn't been implemented yet.";
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR, PyBaseException, "Recursion limit exceeded.";
    STOP_ASYNC_ITERATION = "StopAsyncIteration": &EXCEPTION, PyBaseException, "Signal the end from iterator.__anext__().";
    STOP_ITERATION = "StopIteration": &EXCEPTION, PyStopIteration, "Signal the end from iterator.__next__().", {
        tp_init: slot(em::stop_iteration_init), getsets: &em::STOP_ITERATION_GETSETS };
    SYNTAX_ERROR = "SyntaxError": &EXCEPTION, PySyntaxError, "Invalid syntax.", {
        tp_init: slot(em::syntax_error_init), tp_str: slot(em::syntax_error_str), getsets: &em::SYNTAX_ERROR_GETSETS };
    INDENTATION_ERROR = "IndentationError": &SYNTAX_ERROR, PySyntaxError, "Improper indentation.";
    TAB_ERROR = "TabError": &INDENTATION_ERROR, PySyntaxError, "Improper mixture of spaces and tabs.";
    SYSTEM_ERROR = "SystemError": &EXCEPTION, PyBaseException, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.";
    TYPE_ERROR = "TypeError": &EXCEPTION, PyBaseException, "Inappropriate argument type.";
    VALUE_ERROR = "ValueError": &EXCEPTION, PyBaseException, "Inappropriate argument value (of correct type).";
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR, PyBaseException, "Unicode related error.";
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": &UNICODE_ERROR, PyUnicodeErrorObj, "Unicode decoding error.", {
        tp_init: slot(super::exc_os::unicode_decode_init), tp_str: slot(super::exc_os::unicode_decode_str), getsets: &super::exc_os::UNICODE_ERROR_GETSETS };
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": &UNICODE_ERROR, PyUnicodeErrorObj, "Unicode encoding error.", {
        tp_init: slot(super::exc_os::unicode_encode_init), tp_str: slot(super::exc_os::unicode_encode_str), getsets: &super::exc_os::UNICODE_ERROR_GETSETS };
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": &UNICODE_ERROR, PyUnicodeErrorObj, "Unicode translation error.", {
        tp_init: slot(super::exc_os::unicode_translate_init), tp_str: slot(super::exc_os::unicode_translate_str), getsets: &super::exc_os::UNICODE_ERROR_GETSETS };
    WARNING = "Warning": &EXCEPTION, PyBaseException, "Base class for warning categories.";
    BYTES_WARNING = "BytesWarning": &WARNING, PyBaseException, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.";
    DEPRECATION_WARNING = "DeprecationWarning": &WARNING, PyBaseException, "Base class for warnings about deprecated features.";
    ENCODING_WARNING = "EncodingWarning": &WARNING, PyBaseException, "Base class for warnings about encodings.";
    FUTURE_WARNING = "FutureWarning": &WARNING, PyBaseException, "Base class for warnings about constructs that will change semantically\nin the future.";
    IMPORT_WARNING = "ImportWarning": &WARNING, PyBaseException, "Base class for warnings about probable mistakes in module imports";
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": &WARNING, PyBaseException, "Base class for warnings about features which will be deprecated\nin the future.";
    RESOURCE_WARNING = "ResourceWarning": &WARNING, PyBaseException, "Base class for warnings about resource usage.";
    RUNTIME_WARNING = "RuntimeWarning": &WARNING, PyBaseException, "Base class for warnings about dubious runtime behavior.";
    SYNTAX_WARNING = "SyntaxWarning": &WARNING, PyBaseException, "Base class for warnings about dubious syntax.";
    UNICODE_WARNING = "UnicodeWarning": &WARNING, PyBaseException, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.";
    USER_WARNING = "UserWarning": &WARNING, PyBaseException, "Base class for warnings generated by user code.";
}

/// Allocate an exception instance of type `t` with `args`, every other
/// field empty (what `BaseException.__new__` does).
pub fn alloc_exception(t: &TypeObject, args: PyRef) -> PyRef {
    let p = alloc_object(t);
    // SAFETY: p is a fresh zeroed allocation of t.basicsize bytes, at least
    // the PyBaseException prefix; a zeroed `Option<PyRef>` is None, so only
    // `args` (non-null) needs writing. Extra payload fields of subclasses
    // are `Option<PyRef>`/integers, valid when zeroed.
    unsafe {
        let e = p as *mut PyBaseException;
        std::ptr::write(&mut (*e).args, UnsafeCell::new(args));
        PyRef::from_raw(p)
    }
}

/// Create an exception instance of type `t` with `args` directly (no
/// `__new__`/`__init__` call): used for exceptions raised by the runtime.
/// `t` must be a builtin exception type or a subclass with the same layout.
/// The type-specific fields (`StopIteration.value`, `OSError.errno`, ...)
/// are filled from `args` as the builtin `__init__` would.
pub fn new_exception_raw(t: &TypeObject, args: PyRef) -> PyRef {
    let e = alloc_exception(t, args);
    em::init_raw_fields(&e);
    e
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

/// `MemoryError()` with no arguments, as CPython raises when an allocation
/// fails or a size a program asked for cannot be represented.
#[cold]
pub fn no_memory() -> PyErr {
    PyErr::with_args(&MEMORY_ERROR, vec![])
}

/// An empty Vec with room for `n` items, or `MemoryError()` (never the
/// allocator's abort): every size a program controls goes through this.
pub fn try_vec<T>(n: usize) -> Result<Vec<T>, PyErr> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| no_memory())?;
    Ok(v)
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

/// Cycle collector: args, `__traceback__`, `__context__`, `__cause__` (the
/// `__dict__` is visited through dictoffset; family fields such as
/// `StopIteration.value` are not visited: at worst a leak, never a wrong count).
pub fn exc_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on exception types (PyBaseException prefix).
    let e = unsafe { o.cast::<PyBaseException>() };
    unsafe {
        visit(&*e.args.get());
        for f in [&e.traceback, &e.context, &e.cause] {
            if let Some(v) = &*f.get() {
                visit(v);
            }
        }
    }
}

/// Cycle collector: drop traceback, context and cause; args become ().
pub fn exc_clear(o: &PyObject) {
    // SAFETY: installed on exception types; values are moved out before they drop.
    let e = unsafe { o.cast::<PyBaseException>() };
    for f in [&e.traceback, &e.context, &e.cause] {
        let old = unsafe { (*f.get()).take() };
        drop(old);
    }
    let old = unsafe { std::mem::replace(&mut *e.args.get(), super::tuple::empty_tuple()) };
    drop(old);
}
