//! The entry points this layer (builtins, import, CLI) needs from the
//! compiler and the interpreter, in one place. Each is a thin forwarding
//! function so that the rest of the builtins/import/CLI code does not depend
//! on the exact shape of those APIs.

use crate::object::exceptions::{runtime_error, PyErr};
use crate::object::{PyObject, PyRef, PyResult};

/// What source text is compiled as (CPython's `compile()` modes).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

impl CompileMode {
    pub fn parse(s: &str) -> Option<CompileMode> {
        match s {
            "exec" => Some(CompileMode::Exec),
            "eval" => Some(CompileMode::Eval),
            "single" => Some(CompileMode::Single),
            _ => None,
        }
    }
}

fn missing(what: &str) -> PyErr {
    runtime_error(format!("{what} is not available in this build"))
}

/// Decode source bytes (PEP 263 coding cookie, BOM); a bad encoding is a
/// SyntaxError.
pub fn decode_source(bytes: &[u8], filename: &str) -> PyResult<String> {
    let _ = filename;
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).to_string()),
        Err(_) => Err(missing("source decoding")),
    }
}

/// Compile source text to a code object; compile errors become SyntaxError
/// exceptions.
pub fn compile_to_code(source: &str, filename: &str, mode: CompileMode) -> PyResult<PyRef> {
    let _ = (source, filename, mode);
    Err(missing("the compiler"))
}

/// Whether `o` is a code object.
pub fn is_code(o: &PyObject) -> bool {
    crate::object::code::as_code(o).is_some()
}

/// Run a module/exec/eval code object with these namespaces.
pub fn exec_code(code: &PyObject, globals: &PyObject, locals: Option<&PyObject>) -> PyResult<PyRef> {
    crate::interp::exec_code(code, globals, locals)
}

/// Print the full traceback report of `exc` to sys.stderr.
pub fn print_exception(exc: &PyObject) {
    crate::modules::io::write_stderr(&crate::interp::traceback::format_exception(exc));
}

/// The globals of the running Python frame.
pub fn current_globals() -> Option<PyRef> {
    crate::interp::current_globals()
}

/// `locals()` of the running Python frame.
pub fn current_locals() -> PyResult<PyRef> {
    crate::interp::current_locals()
}

/// The exception being handled (`sys.exception()`).
pub fn handled_exception() -> Option<PyRef> {
    crate::interp::handled_exception()
}

/// The disassembly of a code object and every nested code object.
pub fn disassemble(code: &PyObject) -> PyResult<String> {
    let _ = code;
    Err(missing("the disassembler"))
}

// ---- Types owned by other parts of the runtime (interim accessors). ----

/// The contents of a `bytes` or `bytearray` object.
pub fn bytes_data(o: &PyObject) -> Option<&[u8]> {
    if o.is_instance_of(&crate::object::bytes::BYTES_TYPE) {
        // SAFETY: bytes and its subclasses are laid out as PyBytes.
        return Some(&unsafe { o.cast::<crate::object::bytes::PyBytes>() }.data);
    }
    None
}

/// A new `bytes` object.
pub fn new_bytes(v: Vec<u8>) -> PyRef {
    crate::object::bytes::new_bytes(v)
}

/// The value of an exact `float`.
pub fn float_value_exact(o: &PyObject) -> Option<f64> {
    if o.is_exact(&crate::object::float::FLOAT_TYPE) {
        // SAFETY: checked the exact type.
        return Some(unsafe { o.cast::<crate::object::float::PyFloat>() }.value);
    }
    None
}

/// The value of a float (or a subclass).
pub fn float_value(o: &PyObject) -> Option<f64> {
    if o.is_instance_of(&crate::object::float::FLOAT_TYPE) {
        // SAFETY: float and its subclasses are laid out as PyFloat.
        return Some(unsafe { o.cast::<crate::object::float::PyFloat>() }.value);
    }
    None
}

/// A new `float` object.
pub fn new_float(v: f64) -> PyRef {
    crate::object::float::new_float(v)
}
