//! Tier 0: frames, the eval loop, calls, generators, tracebacks.
//!
//! Entry points for the rest of the runtime: `exec_code` (module, exec and
//! eval code), `run_class_body` (`__build_class__`), the thread's frame chain
//! (`current_frame`, `current_globals`, `current_locals`) and the handled
//! exception (`sys.exc_info()`).

pub mod async_gen;
pub mod call;
pub mod coroutine;
pub mod eval;
pub mod except_star;
pub mod frame;
pub mod generator;
pub mod generic;
pub mod match_ops;
pub mod ops_support;
pub mod tb_format;
pub mod tb_object;
pub mod traceback;

use crate::object::exceptions::{system_error, type_error};
use crate::object::{PyObject, PyRef, PyResult};
use frame::{Frame, FrameBox};
use std::cell::RefCell;

// The current frame and the running context's handled exception live in
// the thread state (`abi::thread_state`).
use crate::abi::thread_state::ts;

thread_local! {
    /// The callers' handled exceptions while generators run (CPython's
    /// exc_info stack below the running generator's own entry).
    static OUTER_HANDLED: RefCell<Vec<Option<PyRef>>> = const { RefCell::new(Vec::new()) };
}

/// Make `f` the current frame; returns the previous one.
#[inline]
pub(crate) fn push_frame(f: &Frame) -> *const Frame {
    let prev = ts().current_frame.replace(f);
    f.back.set(prev as *mut Frame);
    prev
}

#[inline]
pub(crate) fn pop_frame(f: &Frame, prev: *const Frame) {
    f.back.set(std::ptr::null_mut());
    ts().current_frame.set(prev);
}

/// The innermost running frame.
pub fn current_frame() -> Option<&'static Frame> {
    // SAFETY: the pointer is set only while the frame is running (it is
    // popped before the frame can be freed).
    unsafe { ts().current_frame.get().as_ref() }
}

/// The exception being handled (`sys.exc_info()[1]`): the innermost
/// non-empty entry (a generator without one of its own sees its caller's).
pub fn handled_exception() -> Option<PyRef> {
    let h = ts().handled.take();
    let own = h.clone();
    ts().handled.set(h);
    if let Some(e) = own {
        return Some(e);
    }
    OUTER_HANDLED.with(|s| s.borrow().iter().rev().find_map(|x| x.clone()))
}

/// Replace the current frame context's own handled exception (what
/// `PushExcInfo` saves and `PopExcInfo` restores); returns the previous one.
pub fn set_handled_exception(v: Option<PyRef>) -> Option<PyRef> {
    ts().handled.replace(v)
}

/// A generator starts running with its own saved handled exception; the
/// caller's is kept below it.
pub(crate) fn enter_exc_state(own: Option<PyRef>) {
    let outer = set_handled_exception(own);
    OUTER_HANDLED.with(|s| s.borrow_mut().push(outer));
}

/// The generator stops running: returns its own handled exception and
/// restores the caller's.
pub(crate) fn leave_exc_state() -> Option<PyRef> {
    let outer = OUTER_HANDLED.with(|s| s.borrow_mut().pop()).flatten();
    set_handled_exception(outer)
}

/// Run a module, `exec` or `eval` code object with the given namespaces.
pub fn exec_code(code: &PyObject, globals: &PyObject, locals: Option<&PyObject>) -> PyResult<PyRef> {
    exec_code_closure(code, globals, locals, None)
}

/// `exec_code` for code that may have cells and free variables (`exec(code,
/// closure=...)`): cells are created and the closure's cells installed.
pub fn exec_code_closure(code: &PyObject, globals: &PyObject, locals: Option<&PyObject>, closure: Option<&PyObject>) -> PyResult<PyRef> {
    if crate::object::code::as_code(code).is_none() {
        return Err(type_error("expected a code object"));
    }
    if crate::object::dict::as_dict(globals).is_none() {
        return Err(type_error(format!("globals must be a dict, not {}", globals.type_().name())));
    }
    if crate::object::dict::dict_get_str(globals, crate::name!("__builtins__")).is_none() {
        crate::object::dict::dict_set_str(globals, crate::name!("__builtins__"), crate::runtime::builtins_module());
    }
    let builtins = crate::runtime::builtins_for_globals(globals);
    let locals = locals.unwrap_or(globals).to_ref();
    let f = FrameBox::new(code.to_ref(), globals.to_ref(), builtins, Some(locals));
    if closure.is_some() || f.code().unit.ncells() > 0 {
        ops_support::init_cells(&f, closure)?;
    }
    run_to_completion(&f)
}

fn run_to_completion(f: &FrameBox) -> PyResult<PyRef> {
    match eval::run_frame(f, None)? {
        eval::Exit::Return(v) => Ok(v),
        eval::Exit::Yield(_) => Err(system_error("'yield' outside function")),
    }
}

/// Run a class body function with `namespace` as its locals; returns the
/// body's result (the `__class__` cell or None).
pub fn run_class_body(func: &PyObject, namespace: &PyObject) -> PyResult<PyRef> {
    let fo = crate::object::function::as_function(func).ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let f = FrameBox::new(fo.code_obj().clone(), fo.globals.clone(), fo.builtins.clone(), Some(namespace.to_ref()));
    ops_support::init_cells(&f, fo.closure.as_deref())?;
    run_to_completion(&f)
}

/// `globals()` of the running frame.
pub fn current_globals() -> Option<PyRef> {
    current_frame().map(|f| f.globals.clone())
}

/// `locals()` of the running frame: its locals dict, or a snapshot of the
/// fast locals and cells of a function frame.
pub fn current_locals() -> PyResult<PyRef> {
    let f = current_frame().ok_or_else(|| system_error("locals(): no current frame"))?;
    frame_locals(f)
}

/// The locals mapping of a frame (see `current_locals`): the frame object's
/// `f_locals` (for function frames, one dict per frame refreshed on each
/// call, as CPython 3.11).
pub fn frame_locals(f: &Frame) -> PyResult<PyRef> {
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    let fo = crate::object::frameobject::frame_object(f);
    match crate::object::frameobject::as_frame_object(&fo) {
        Some(o) => o.locals(),
        None => Err(system_error("frame object expected")),
    }
}

/// The implicit arguments of zero-argument `super()`: the `__class__`
/// cell's contents and the first argument of the calling function.
pub fn super_args() -> PyResult<(PyRef, PyRef)> {
    let f = current_frame().ok_or_else(|| crate::object::exceptions::runtime_error("super(): no current frame"))?;
    let unit = &f.code().unit;
    if unit.argcount == 0 && unit.flags & crate::bytecode::code_flags::VARARGS == 0 {
        return Err(crate::object::exceptions::runtime_error("super(): no arguments"));
    }
    let base = unit.cell_base();
    // The first argument may have been moved into a cell.
    let first = match unit.cell2arg.iter().find(|(_, a)| *a == 0) {
        Some((c, _)) => f.reg(base + *c as usize).and_then(crate::object::function::as_cell).and_then(|c| c.get()),
        None => f.reg(0).map(|o| o.to_ref()),
    };
    let first = first.ok_or_else(|| crate::object::exceptions::runtime_error("super(): arg[0] deleted"))?;
    let idx = unit.freevars.iter().position(|n| n == "__class__")
        .ok_or_else(|| crate::object::exceptions::runtime_error("super(): __class__ cell not found"))?;
    let cell = f.reg(base + unit.cellvars.len() + idx).and_then(crate::object::function::as_cell)
        .ok_or_else(|| crate::object::exceptions::runtime_error("super(): __class__ cell not found"))?;
    let cls = cell.get().ok_or_else(|| crate::object::exceptions::runtime_error("super(): empty __class__ cell"))?;
    if crate::object::typeobj::as_type(&cls).is_none() {
        return Err(crate::object::exceptions::runtime_error("super(): __class__ is not a type"));
    }
    Ok((cls, first))
}

#[cfg(test)]
mod tests;
