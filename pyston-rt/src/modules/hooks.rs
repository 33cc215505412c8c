//! The entry points this layer (builtins, import, CLI) needs from the
//! compiler and the interpreter, in one place. Each is a thin forwarding
//! function so that the rest of the builtins/import/CLI code does not depend
//! on the exact shape of those APIs.

use crate::object::exceptions::PyErr;
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

/// Decode source bytes (PEP 263 coding cookie, BOM); a bad encoding is a
/// SyntaxError.
pub fn decode_source(bytes: &[u8], filename: &str) -> PyResult<String> {
    crate::compile::decode_source(bytes, filename).map_err(|e| syntax_error(&e))
}

/// Compile source text to a code object; compile errors become SyntaxError
/// exceptions.
pub fn compile_to_code(source: &str, filename: &str, mode: CompileMode) -> PyResult<PyRef> {
    let m = match mode {
        CompileMode::Exec => crate::compile::Mode::Exec,
        CompileMode::Eval => crate::compile::Mode::Eval,
        CompileMode::Single => crate::compile::Mode::Single,
    };
    let unit = crate::compile::compile_source(source, filename, m).map_err(|e| syntax_error(&e))?;
    crate::object::code::code_from_unit(&unit)
}

/// The SyntaxError (IndentationError, TabError) instance for a compile
/// error: `SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
/// end_offset))`, built through the type so its attributes are set.
pub fn syntax_error(e: &crate::compile::CompileError) -> PyErr {
    use crate::object::exceptions::{INDENTATION_ERROR, SYNTAX_ERROR, TAB_ERROR};
    use crate::object::int::new_int;
    use crate::object::str::new_str;
    let t: &crate::object::TypeObject = match e.kind {
        crate::compile::ErrorKind::SyntaxError => &SYNTAX_ERROR,
        crate::compile::ErrorKind::IndentationError => &INDENTATION_ERROR,
        crate::compile::ErrorKind::TabError => &TAB_ERROR,
    };
    let msg = new_str(e.msg.as_str());
    let args = if e.line == 0 {
        vec![msg]
    } else {
        let opt = |v: u32| if v == 0 { crate::object::none() } else { new_int(v as i64) };
        let text = e.text.as_deref().map(new_str).unwrap_or_else(crate::object::none);
        let details = crate::object::tuple::new_tuple(vec![
            new_str(e.filename.as_str()),
            new_int(e.line as i64),
            opt(e.col),
            text,
            opt(e.end_line),
            opt(e.end_col),
        ]);
        vec![msg, details]
    };
    let refs: Vec<&PyObject> = args.iter().map(|a| &**a).collect();
    match crate::object::protocol::call(t.obj(), &refs, None) {
        Ok(v) if crate::object::exceptions::as_exception(&v).is_some() => PyErr::from_value(v),
        _ => PyErr::with_args(t, args),
    }
}

/// Whether `o` is a code object.
pub fn is_code(o: &PyObject) -> bool {
    crate::object::code::as_code(o).is_some()
}

/// Run a module/exec/eval code object with these namespaces.
pub fn exec_code(code: &PyObject, globals: &PyObject, locals: Option<&PyObject>) -> PyResult<PyRef> {
    crate::interp::exec_code(code, globals, locals)
}

/// Run a code object with these namespaces and, for code with free
/// variables, a closure (a tuple of cells; checked by the caller).
pub fn exec_code_closure(code: &PyObject, globals: &PyObject, locals: Option<&PyObject>, closure: Option<&PyObject>) -> PyResult<PyRef> {
    crate::interp::exec_code_closure(code, globals, locals, closure)
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
    match crate::object::code::as_code(code) {
        Some(c) => Ok(crate::bytecode::dis::disassemble(c.unit())),
        None => Err(crate::object::exceptions::type_error("expected a code object")),
    }
}

// ---- Types owned by other parts of the runtime (interim accessors). ----

/// The contents of a `bytes` or `bytearray` object.
pub fn bytes_data(o: &PyObject) -> Option<&[u8]> {
    crate::object::bytes::buffer_bytes(o)
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
