//! `_ast` node objects -> the parser's tree, for `compile(tree, ...)`.

use crate::modules::hooks::CompileMode;
use crate::object::{PyObject, PyRef, PyResult};
use rustpython_parser::ast;

pub(super) struct FromPy {
    #[allow(dead_code)]
    dict: PyRef,
}

impl FromPy {
    pub fn new(dict: PyRef) -> Self {
        FromPy { dict }
    }

    pub fn module(&mut self, _o: &PyObject, _mode: CompileMode) -> PyResult<(ast::Mod, String)> {
        Err(crate::object::exceptions::not_implemented_error("compile() of an AST object"))
    }
}
