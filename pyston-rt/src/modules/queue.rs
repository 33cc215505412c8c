//! The native `_queue` module: `SimpleQueue` (an unbounded FIFO) and
//! `Empty`, with CPython 3.11's API. The runtime runs one thread, so a
//! blocking `get` on an empty queue can only time out: with a timeout it
//! waits it out and raises `Empty`; without one it raises RuntimeError
//! (CPython would wait forever), as `_thread`'s locks do.

use super::module_exc::module_exception;
use crate::object::args::{self, Params};
use crate::object::exceptions::{value_error, PyErr, RUNTIME_ERROR};
use crate::object::float::to_f64;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::module::new_native_module;
use crate::object::singletons::{is_none, none};
use crate::object::typeobj::{drop_payload, method_flags, slot, type_flags, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::UnsafeCell;
use std::collections::VecDeque;

module_exception!(EMPTY_TYPE = "_queue", "Empty", &crate::object::exceptions::EXCEPTION, "Exception raised by Queue.get(block=0)/get_nowait().");

#[repr(C)]
pub struct SimpleQueue {
    ob: PyObject,
    items: UnsafeCell<VecDeque<PyRef>>,
}

fn items(o: &PyObject) -> &mut VecDeque<PyRef> {
    // SAFETY: installed on SimpleQueue and subclasses; single-threaded, and
    // no caller holds the reference across code that could re-enter.
    unsafe { &mut *o.cast::<SimpleQueue>().items.get() }
}

static METHODS: [MethodDef; 7] = [
    MethodDef { name: "empty", func: q_empty, flags: 0, doc: "Return True if the queue is empty, False otherwise (not reliable!)." },
    MethodDef { name: "get", func: q_get, flags: 0, doc: "Remove and return an item from the queue." },
    MethodDef { name: "get_nowait", func: q_get_nowait, flags: 0, doc: "Remove and return an item from the queue without blocking." },
    MethodDef { name: "put", func: q_put, flags: 0, doc: "Put the item on the queue." },
    MethodDef { name: "put_nowait", func: q_put_nowait, flags: 0, doc: "Put an item into the queue without blocking." },
    MethodDef { name: "qsize", func: q_qsize, flags: 0, doc: "Return the approximate size of the queue (not reliable!)." },
    MethodDef { name: "__class_getitem__", func: crate::object::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

pub static SIMPLE_QUEUE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: slot(q_traverse),
    tp_clear: slot(q_clear),
    tp_drop: slot(drop_payload::<SimpleQueue>),
    tp_new: slot(q_new),
    flags: std::cell::Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
    methods: &METHODS,
    module: Some("_queue"),
    doc: Some("Simple, unbounded, reentrant FIFO queue."),
    ..TypeObject::new_static("SimpleQueue", std::mem::size_of::<SimpleQueue>())
});

fn q_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if args::nkw(kw) > 0 {
        return Err(crate::object::exceptions::type_error("SimpleQueue() takes no keyword arguments"));
    }
    if !a.is_empty() {
        return Err(crate::object::exceptions::type_error("SimpleQueue() takes no positional arguments"));
    }
    Ok(new_object(t, |ob| SimpleQueue { ob, items: UnsafeCell::new(VecDeque::new()) }))
}

fn q_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    for it in items(o).iter() {
        visit(it);
    }
}

/// Drop the items (moved out first: their deallocation may run code).
fn q_clear(o: &PyObject) {
    let old = std::mem::take(items(o));
    drop(old);
}

fn empty_error() -> PyErr {
    PyErr::with_args(&EMPTY_TYPE, vec![])
}

fn q_put(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None];
    Params::new("put", &["item", "block", "timeout"], 1).parse(&a[1..], kw, &mut out)?;
    items(a[0]).push_back(out[0].expect("required").to_ref());
    Ok(none())
}

fn q_put_nowait(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("put_nowait", &["item"], 1).parse(&a[1..], kw, &mut out)?;
    items(a[0]).push_back(out[0].expect("required").to_ref());
    Ok(none())
}

fn q_get(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("get", &["block", "timeout"], 0).parse(&a[1..], kw, &mut out)?;
    let block = match out[0] {
        Some(b) => protocol::is_true(b)?,
        None => true,
    };
    let timeout = match out[1] {
        Some(t) if !is_none(t) => {
            let t = to_f64(t)?;
            if t < 0.0 {
                return Err(value_error("'timeout' must be a non-negative number"));
            }
            Some(t)
        }
        _ => None,
    };
    if let Some(x) = items(a[0]).pop_front() {
        return Ok(x);
    }
    if !block {
        return Err(empty_error());
    }
    match timeout {
        Some(t) => {
            super::time::sleep_seconds(t)?;
            Err(empty_error())
        }
        None => Err(PyErr::new(
            &RUNTIME_ERROR,
            "deadlock: blocking get() on an empty SimpleQueue with no other thread (threads are not supported yet by pyston-rt)",
        )),
    }
}

fn q_get_nowait(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("get_nowait", &a[1..], kw)?;
    items(a[0]).pop_front().ok_or_else(empty_error)
}

fn q_empty(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("empty", &a[1..], kw)?;
    Ok(new_bool(items(a[0]).is_empty()))
}

fn q_qsize(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("qsize", &a[1..], kw)?;
    Ok(new_int(items(a[0]).len() as i64))
}

pub fn queue_types() -> Vec<&'static TypeObject> {
    vec![&SIMPLE_QUEUE_TYPE, &EMPTY_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module(
        "_queue",
        &[],
        vec![("SimpleQueue", SIMPLE_QUEUE_TYPE.to_ref()), ("Empty", EMPTY_TYPE.to_ref())],
    ))
}
