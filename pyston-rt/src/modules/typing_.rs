//! The native `_typing` module of CPython 3.11: only `_idfunc`, the
//! identity function `typing.NewType` instances call.

use crate::object::args::one_arg;
use crate::object::header::{PyObject, PyRef};
use crate::object::module::new_native_module;
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;

fn idfunc(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(one_arg("_typing._idfunc", a, kw)?.to_ref())
}

static FUNCS: [MethodDef; 1] = [MethodDef { name: "_idfunc", func: idfunc, flags: 0, doc: "" }];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("_typing", &FUNCS, vec![("__doc__", crate::object::str::new_str("Accelerators for the typing module.\n"))]))
}
