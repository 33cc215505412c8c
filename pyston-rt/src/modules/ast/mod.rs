//! `_ast`: CPython 3.11's AST node classes and the two conversions behind
//! `compile()`: source -> node objects (`PyCF_ONLY_AST`, `to_py.rs`) and
//! node objects -> code (`from_py.rs`).
//!
//! The classes are built, as CPython's `Python-ast.c` builds them, by
//! calling `type(name, (base,), {...})` from a table of the ASDL
//! (`nodes.py`, run in the module's namespace at import): `AST` with
//! positional/keyword construction and `__reduce__`, one abstract class
//! per sum type (`stmt`, `expr`, ...) carrying `_attributes`, one class
//! per constructor with `_fields`, `__match_args__`, the ASDL signature
//! as `__doc__`, and `None` class defaults for optional fields.

mod from_py;
mod to_py;

use crate::object::dict::{dict_get_str, dict_set_item_str};
use crate::object::module::{as_module, new_module};
use crate::object::str::intern;
use crate::object::{PyObject, PyRef, PyResult};
use crate::modules::hooks::{self, CompileMode};

const NODES_PY: &str = include_str!("nodes.py");

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_ast");
    let d = as_module(&m).unwrap().dict().to_ref();
    dict_set_item_str(&d, "__builtins__", crate::runtime::builtins_module());
    let code = hooks::compile_to_code(NODES_PY, "<frozen _ast>", CompileMode::Exec)?;
    hooks::exec_code(&code, &d, None)?;
    Ok(m)
}

/// The `_ast` module's namespace (imported on first use).
fn ast_dict() -> PyResult<PyRef> {
    let m = crate::import::import_absolute("_ast")?;
    match as_module(&m) {
        Some(md) => Ok(md.dict().to_ref()),
        None => crate::object::protocol::getattr(&m, &intern("__dict__")),
    }
}

/// Whether `o` is an `_ast.AST` instance.
pub fn is_ast(o: &PyObject) -> PyResult<bool> {
    let d = ast_dict()?;
    let Some(cls) = dict_get_str(&d, &intern("AST")).map(|c| c.to_ref()) else {
        return Ok(false);
    };
    crate::object::typecheck::isinstance(o, &cls)
}

fn mode_of(mode: CompileMode) -> crate::compile::Mode {
    match mode {
        CompileMode::Exec => crate::compile::Mode::Exec,
        CompileMode::Eval => crate::compile::Mode::Eval,
        CompileMode::Single => crate::compile::Mode::Single,
    }
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: the tree as nodes.
pub fn parse_to_object(source: &str, filename: &str, mode: CompileMode) -> PyResult<PyRef> {
    let tree = crate::compile::parse_to_ast(source, filename, mode_of(mode)).map_err(|e| hooks::syntax_error(&e))?;
    let lines = crate::compile::LineIndex::new(source);
    let d = ast_dict()?;
    to_py::ToPy::new(source, &lines, d).module(&tree)
}

/// `compile(ast_object, filename, mode)`: the nodes converted back to the
/// parser's tree, then compiled as source would be.
pub fn compile_object(tree: &PyObject, filename: &str, mode: CompileMode) -> PyResult<PyRef> {
    let d = ast_dict()?;
    let (m, lines_src) = from_py::FromPy::new(d).module(tree, mode)?;
    let unit = crate::compile::compile_ast(&m, &lines_src, filename, mode_of(mode)).map_err(|e| hooks::syntax_error(&e))?;
    crate::object::code::code_from_unit(&unit)
}
