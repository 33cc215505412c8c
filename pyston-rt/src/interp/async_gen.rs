//! Async generators (`async def` with `yield`), the awaitables their
//! methods return (`async_generator_asend` for `__anext__`/`asend`,
//! `async_generator_athrow` for `athrow`/`aclose`), and `async for`
//! (`GetAIter`, `GetANext`).
//!
//! An async generator is a `PyGenerator` of kind `AsyncGenerator`. Its frame
//! suspends at a `Yield` for an async-generator yield (the value completes
//! the awaitable driving it: StopIteration(value), CPython's wrapped value)
//! or at a `YieldFrom` for an `await` inside it (the value passes through to
//! the event loop). The awaitables follow CPython's state machines
//! (`Objects/genobject.c`): INIT, ITER, CLOSED.

use super::coroutine::{awaitable_iter, special_method};
use super::eval::Exit;
use super::frame::state;
use super::generator::{self, as_gen_any, resume, resume_ex, Kind, PyGenerator};
use crate::bytecode::Op;
use crate::object::exceptions::{runtime_error, type_error, PyErr, GENERATOR_EXIT, STOP_ASYNC_ITERATION};
use crate::object::header::{new_object, Static};
use crate::object::singletons::{is_none, none};
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::cell::{Cell, RefCell};

pub static ASYNC_GENERATOR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(generator::gen_traverse),
    tp_clear: crate::object::typeobj::slot(generator::gen_clear),
    tp_weaklistoffset: std::cell::Cell::new(std::mem::offset_of!(PyGenerator, weaklist)),
    tp_drop: slot(drop_payload::<PyGenerator>),
    tp_repr: slot(generator::gen_repr),
    tp_finalize: slot(generator::gen_finalize),
    methods: &AG_METHODS,
    getsets: &AG_GETSETS,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("async_generator", std::mem::size_of::<PyGenerator>())
});

fn as_async_gen(o: &PyObject) -> Option<&PyGenerator> {
    as_gen_any(o).filter(|g| g.kind == Kind::AsyncGenerator)
}

fn ag_of(o: &PyObject) -> PyResult<&PyGenerator> {
    as_async_gen(o).ok_or_else(|| type_error(format!("expected an async generator, got '{}'", o.type_().name())))
}

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

/// `async_gen_unwrap_value`: an async-generator yield completes the
/// awaitable (`Exit::Return(value)`, i.e. StopIteration(value)); the end of
/// the generator is StopAsyncIteration.
fn unwrap(g: &PyGenerator, r: PyResult<Exit>) -> PyResult<Exit> {
    match r {
        Err(e) => {
            if e.matches(&STOP_ASYNC_ITERATION) || e.matches(&GENERATOR_EXIT) {
                g.ag_closed.set(true);
            }
            g.ag_running_async.set(false);
            Err(e)
        }
        Ok(Exit::Return(_)) => {
            g.ag_closed.set(true);
            g.ag_running_async.set(false);
            Err(PyErr::with_args(&STOP_ASYNC_ITERATION, vec![]))
        }
        Ok(Exit::Yield(v)) => {
            if g.suspended_op() == Some(Op::Yield) {
                g.ag_running_async.set(false);
                Ok(Exit::Return(v))
            } else {
                Ok(Exit::Yield(v))
            }
        }
    }
}

/// Whether the generator just made an async-generator yield.
fn at_async_yield(g: &PyGenerator, r: &PyResult<Exit>) -> bool {
    matches!(r, Ok(Exit::Yield(_))) && g.suspended_op() == Some(Op::Yield)
}

// ---------------------------------------------------------------- asend

/// `async_generator_asend`: the awaitable of `__anext__()`/`asend(v)`.
#[repr(C)]
pub struct PyAsend {
    pub ob: PyObject,
    pub gen: PyRef,
    pub sendval: PyRef,
    pub state: Cell<u8>,
}

pub static ASEND_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyAsend>),
    tp_iter: slot(crate::object::seqiter::self_iter),
    tp_iternext: slot(asend_iternext),
    methods: &ASEND_METHODS,
    flags: Cell::new(0),
    ..TypeObject::new_static("async_generator_asend", std::mem::size_of::<PyAsend>())
});

fn new_asend(gen: &PyObject, sendval: PyRef) -> PyRef {
    new_object(&ASEND_TYPE, |ob| PyAsend { ob, gen: gen.to_ref(), sendval, state: Cell::new(INIT) })
}

fn as_asend(o: &PyObject) -> Option<&PyAsend> {
    if o.is_exact(&ASEND_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyAsend>() })
    } else {
        None
    }
}

fn asend_of(o: &PyObject) -> PyResult<&PyAsend> {
    as_asend(o).ok_or_else(|| type_error("expected an async_generator_asend"))
}

fn asend_send(a: &PyAsend, arg: Option<&PyObject>) -> PyResult<Exit> {
    let g = ag_of(&a.gen)?;
    if a.state.get() == CLOSED {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let mut arg = arg.map(|v| v.to_ref());
    if a.state.get() == INIT {
        if g.ag_running_async.get() {
            return Err(runtime_error("anext(): asynchronous generator is already running"));
        }
        if arg.as_ref().map_or(true, |v| is_none(v)) {
            arg = Some(a.sendval.clone());
        }
        a.state.set(ITER);
    }
    g.ag_running_async.set(true);
    let r = unwrap(g, resume(g, Some(arg.unwrap_or_else(none)), None, false));
    if !matches!(r, Ok(Exit::Yield(_))) {
        a.state.set(CLOSED);
    }
    r
}

fn asend_throw(a: &PyAsend, err: PyResult<PyErr>) -> PyResult<Exit> {
    let g = ag_of(&a.gen)?;
    if a.state.get() == CLOSED {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let r = match err {
        Ok(e) => resume(g, None, Some(e), false),
        Err(e) => Err(e),
    };
    let r = unwrap(g, r);
    if !matches!(r, Ok(Exit::Yield(_))) {
        a.state.set(CLOSED);
    }
    r
}

/// An awaitable step's result as a Python-level return value.
fn step_result(r: PyResult<Exit>) -> PyResult<PyRef> {
    match r? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(generator::return_to_stop(v)),
    }
}

fn asend_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    step_result(asend_send(asend_of(o)?, None)).map(Some)
}

fn asend_send_m(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = crate::object::args::one_arg(&format!("{}.send", args[0].type_().name()), &args[1..], kwnames)?;
    step_result(asend_send(asend_of(args[0])?, Some(v)))
}

fn asend_throw_m(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let a = asend_of(args[0])?;
    step_result(asend_throw(a, generator::throw_args(&args[1..], kwnames)))
}

fn asend_close(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args(&format!("{}.close", args[0].type_().name()), &args[1..], kwnames)?;
    asend_of(args[0])?.state.set(CLOSED);
    Ok(none())
}

fn self_await(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args(&format!("{}.__await__", args[0].type_().name()), &args[1..], kwnames)?;
    Ok(args[0].to_ref())
}

static ASEND_METHODS: [MethodDef; 4] = [
    MethodDef { name: "send", func: asend_send_m, flags: 0, doc: "" },
    MethodDef { name: "throw", func: asend_throw_m, flags: 0, doc: "" },
    MethodDef { name: "close", func: asend_close, flags: 0, doc: "" },
    MethodDef { name: "__await__", func: self_await, flags: 0, doc: "" },
];

/// The references an asend awaitable owns.
// Wired up by the cycle collector at merge.
#[allow(dead_code)]
pub fn traverse_asend(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    if let Some(a) = as_asend(o) {
        visit(&a.gen);
        visit(&a.sendval);
    }
}

// ---------------------------------------------------------------- athrow

/// `async_generator_athrow`: the awaitable of `athrow(...)` and (without
/// arguments) `aclose()`.
#[repr(C)]
pub struct PyAthrow {
    pub ob: PyObject,
    pub gen: PyRef,
    /// The `athrow` arguments; None for `aclose()`.
    pub args: RefCell<Option<Vec<PyRef>>>,
    pub is_close: bool,
    pub state: Cell<u8>,
}

pub static ATHROW_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyAthrow>),
    tp_iter: slot(crate::object::seqiter::self_iter),
    tp_iternext: slot(athrow_iternext),
    methods: &ATHROW_METHODS,
    flags: Cell::new(0),
    ..TypeObject::new_static("async_generator_athrow", std::mem::size_of::<PyAthrow>())
});

fn as_athrow(o: &PyObject) -> Option<&PyAthrow> {
    if o.is_exact(&ATHROW_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyAthrow>() })
    } else {
        None
    }
}

fn athrow_of(o: &PyObject) -> PyResult<&PyAthrow> {
    as_athrow(o).ok_or_else(|| type_error("expected an async_generator_athrow"))
}

fn ignored_exit(g: &PyGenerator, t: &PyAthrow) -> PyErr {
    g.ag_running_async.set(false);
    t.state.set(CLOSED);
    runtime_error("async generator ignored GeneratorExit")
}

/// `check_error` of CPython's athrow: the awaitable is done; aclose() turns
/// the generator's end (StopAsyncIteration, GeneratorExit) into completion.
fn athrow_check_error(g: &PyGenerator, t: &PyAthrow, r: PyResult<Exit>) -> PyResult<Exit> {
    g.ag_running_async.set(false);
    t.state.set(CLOSED);
    match r {
        Err(e) if t.is_close && (e.matches(&STOP_ASYNC_ITERATION) || e.matches(&GENERATOR_EXIT)) => Ok(Exit::Return(none())),
        // The generator's frame returning is StopAsyncIteration.
        Ok(Exit::Return(_)) if t.is_close => Ok(Exit::Return(none())),
        other => other,
    }
}

fn athrow_send(t: &PyAthrow, arg: &PyObject) -> PyResult<Exit> {
    let g = ag_of(&t.gen)?;
    if t.state.get() == CLOSED {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if g.frame_state() == state::FINISHED {
        t.state.set(CLOSED);
        return Ok(Exit::Return(none()));
    }
    if t.state.get() == INIT {
        if g.ag_running_async.get() {
            t.state.set(CLOSED);
            return Err(runtime_error(if t.is_close {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            }));
        }
        if g.ag_closed.get() {
            t.state.set(CLOSED);
            return Err(PyErr::with_args(&STOP_ASYNC_ITERATION, vec![]));
        }
        if !is_none(arg) {
            return Err(runtime_error("can't send non-None value to a just-started coroutine"));
        }
        t.state.set(ITER);
        g.ag_running_async.set(true);
        let r = if t.is_close {
            g.ag_closed.set(true);
            let r = resume_ex(g, None, Some(PyErr::with_args(&GENERATOR_EXIT, vec![])), false, false);
            if at_async_yield(g, &r) {
                return Err(ignored_exit(g, t));
            }
            r
        } else {
            let args = t.args.borrow().clone().unwrap_or_default();
            let a: Vec<&PyObject> = args.iter().map(|x| &**x).collect();
            crate::object::args::check_positional("athrow", a.len(), 1, 3)?;
            let r = match generator::throw_exception(a[0], a.get(1).copied(), a.get(2).copied()) {
                Ok(e) => resume_ex(g, None, Some(e), false, false),
                Err(e) => Err(e),
            };
            unwrap(g, r)
        };
        return match r {
            Ok(Exit::Yield(v)) => Ok(Exit::Yield(v)),
            other => athrow_check_error(g, t, other),
        };
    }
    let r = resume(g, Some(arg.to_ref()), None, false);
    if !t.is_close {
        return unwrap(g, r);
    }
    if at_async_yield(g, &r) {
        return Err(ignored_exit(g, t));
    }
    match r {
        Ok(Exit::Yield(v)) => Ok(Exit::Yield(v)),
        other => athrow_check_error(g, t, other),
    }
}

fn athrow_throw(t: &PyAthrow, err: PyResult<PyErr>) -> PyResult<Exit> {
    let g = ag_of(&t.gen)?;
    if t.state.get() == CLOSED {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let r = match err {
        Ok(e) => resume(g, None, Some(e), false),
        Err(e) => Err(e),
    };
    if !t.is_close {
        return unwrap(g, r);
    }
    if at_async_yield(g, &r) {
        return Err(ignored_exit(g, t));
    }
    match r {
        Err(e) if e.matches(&STOP_ASYNC_ITERATION) || e.matches(&GENERATOR_EXIT) => Ok(Exit::Return(none())),
        Ok(Exit::Return(_)) => Ok(Exit::Return(none())),
        other => other,
    }
}

fn athrow_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    step_result(athrow_send(athrow_of(o)?, &none())).map(Some)
}

fn athrow_send_m(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = crate::object::args::one_arg(&format!("{}.send", args[0].type_().name()), &args[1..], kwnames)?;
    step_result(athrow_send(athrow_of(args[0])?, v))
}

fn athrow_throw_m(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let t = athrow_of(args[0])?;
    step_result(athrow_throw(t, generator::throw_args(&args[1..], kwnames)))
}

fn athrow_close(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args(&format!("{}.close", args[0].type_().name()), &args[1..], kwnames)?;
    athrow_of(args[0])?.state.set(CLOSED);
    Ok(none())
}

static ATHROW_METHODS: [MethodDef; 4] = [
    MethodDef { name: "send", func: athrow_send_m, flags: 0, doc: "" },
    MethodDef { name: "throw", func: athrow_throw_m, flags: 0, doc: "" },
    MethodDef { name: "close", func: athrow_close, flags: 0, doc: "" },
    MethodDef { name: "__await__", func: self_await, flags: 0, doc: "" },
];

/// The references an athrow awaitable owns.
// Wired up by the cycle collector at merge.
#[allow(dead_code)]
pub fn traverse_athrow(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    if let Some(t) = as_athrow(o) {
        visit(&t.gen);
        if let Some(args) = &*t.args.borrow() {
            for a in args {
                visit(a);
            }
        }
    }
}

/// The references an async generator owns (the generator layout's).
// Wired up by the cycle collector at merge.
#[allow(dead_code)]
pub fn traverse_async_gen(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    generator::traverse_generator(o, visit)
}

/// `send` for the native awaitables (asend, athrow, coroutine wrapper)
/// without raising StopIteration on completion; None for other objects.
pub fn native_send(o: &PyObject, sent: Option<&PyObject>) -> Option<PyResult<Exit>> {
    if let Some(a) = as_asend(o) {
        return Some(asend_send(a, sent));
    }
    if let Some(t) = as_athrow(o) {
        let n = none();
        return Some(athrow_send(t, sent.unwrap_or(&n)));
    }
    super::coroutine::wrapper_send(o, sent)
}

// ------------------------------------------------------- the async generator

fn ag_aiter(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("async_generator.__aiter__", &args[1..], kwnames)?;
    ag_of(args[0])?;
    Ok(args[0].to_ref())
}

fn ag_anext(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("async_generator.__anext__", &args[1..], kwnames)?;
    ag_of(args[0])?;
    Ok(new_asend(args[0], none()))
}

fn ag_asend(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = crate::object::args::one_arg("async_generator.asend", &args[1..], kwnames)?;
    ag_of(args[0])?;
    Ok(new_asend(args[0], v.to_ref()))
}

fn new_athrow(gen: &PyObject, args: Option<Vec<PyRef>>) -> PyRef {
    let is_close = args.is_none();
    new_object(&ATHROW_TYPE, |ob| PyAthrow { ob, gen: gen.to_ref(), args: RefCell::new(args), is_close, state: Cell::new(INIT) })
}

fn ag_athrow(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("athrow", kwnames)?;
    ag_of(args[0])?;
    Ok(new_athrow(args[0], Some(args[1..].iter().map(|a| a.to_ref()).collect())))
}

fn ag_aclose(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("async_generator.aclose", &args[1..], kwnames)?;
    ag_of(args[0])?;
    Ok(new_athrow(args[0], None))
}

static AG_METHODS: [MethodDef; 5] = [
    MethodDef { name: "__aiter__", func: ag_aiter, flags: 0, doc: "" },
    MethodDef { name: "__anext__", func: ag_anext, flags: 0, doc: "" },
    MethodDef { name: "asend", func: ag_asend, flags: 0, doc: "" },
    MethodDef { name: "athrow", func: ag_athrow, flags: 0, doc: "" },
    MethodDef { name: "aclose", func: ag_aclose, flags: 0, doc: "" },
];

static AG_GETSETS: [GetSetDef; 7] = [
    GetSetDef { name: "__name__", get: generator::get_name, set: Some(generator::set_name), doc: "" },
    GetSetDef { name: "__qualname__", get: generator::get_qualname, set: Some(generator::set_qualname), doc: "" },
    GetSetDef { name: "ag_code", get: generator::get_code, set: None, doc: "" },
    GetSetDef {
        name: "ag_running",
        get: |o| Ok(crate::object::int::new_bool(ag_of(o)?.ag_running_async.get())),
        set: None,
        doc: "",
    },
    GetSetDef { name: "ag_frame", get: generator::get_frame, set: None, doc: "" },
    GetSetDef { name: "ag_await", get: generator::get_yieldfrom, set: None, doc: "" },
    GetSetDef { name: "ag_suspended", get: generator::get_suspended, set: None, doc: "" },
];

// ------------------------------------------------------------ async for

/// `GetAIter`: `type(src).__aiter__(src)`, which must have `__anext__`.
pub fn get_aiter(src: &PyObject) -> PyResult<PyRef> {
    let Some(m) = special_method(src, crate::name!("__aiter__"))? else {
        return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", src.type_().name())));
    };
    let it = protocol::call0(&m)?;
    if it.type_().lookup(crate::name!("__anext__")).is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.type_().name()
        )));
    }
    Ok(it)
}

/// `GetANext`: the awaitable iterator of `type(aiter).__anext__(aiter)`.
pub fn get_anext(aiter: &PyObject) -> PyResult<PyRef> {
    if as_async_gen(aiter).is_some() {
        return Ok(new_asend(aiter, none()));
    }
    let Some(m) = special_method(aiter, crate::name!("__anext__"))? else {
        return Err(type_error(format!("'async for' requires an iterator with __anext__ method, got {}", aiter.type_().name())));
    };
    let nx = protocol::call0(&m)?;
    awaitable_iter(&nx).map_err(|e| {
        let re = type_error(format!("'async for' received an invalid object from __anext__: {}", nx.type_().name()));
        re.exc().set_cause(Some(e.value().clone()));
        re.exc().set_context(Some(e.value().clone()));
        re.exc().suppress_context.set(true);
        re
    })
}

/// `EndAsyncFor`: true when `exc` ends the loop (StopAsyncIteration).
pub fn ends_async_for(exc: &PyObject) -> bool {
    exc.is_instance_of(&STOP_ASYNC_ITERATION)
}

/// `BeforeAsyncWith`: (bound `__aexit__`, `__aenter__()`'s awaitable).
pub fn before_async_with(mgr: &PyObject) -> PyResult<(PyRef, PyRef)> {
    let Some(enter) = special_method(mgr, crate::name!("__aenter__"))? else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            mgr.type_().name()
        )));
    };
    let Some(exit) = special_method(mgr, crate::name!("__aexit__"))? else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            mgr.type_().name()
        )));
    };
    let v = protocol::call0(&enter)?;
    Ok((exit, v))
}

// ------------------------------------------------- anext(it, default)

/// `anext_awaitable`: what `anext(aiterator, default)` returns; awaits
/// `__anext__()`'s result and turns StopAsyncIteration into the default.
#[repr(C)]
pub struct PyAnextAwaitable {
    pub ob: PyObject,
    pub wrapped: PyRef,
    pub default: PyRef,
}

pub static ANEXT_AWAITABLE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyAnextAwaitable>),
    tp_iter: slot(crate::object::seqiter::self_iter),
    tp_iternext: slot(anext_iternext),
    methods: &ANEXT_METHODS,
    flags: Cell::new(0),
    ..TypeObject::new_static("anext_awaitable", std::mem::size_of::<PyAnextAwaitable>())
});

/// `anext(aiterator, default)`'s awaitable around `__anext__()`'s result.
pub fn new_anext_awaitable(wrapped: PyRef, default: PyRef) -> PyRef {
    new_object(&ANEXT_AWAITABLE_TYPE, |ob| PyAnextAwaitable { ob, wrapped, default })
}

fn anext_of(o: &PyObject) -> PyResult<&PyAnextAwaitable> {
    if o.is_exact(&ANEXT_AWAITABLE_TYPE) {
        // SAFETY: checked the type.
        Ok(unsafe { o.cast::<PyAnextAwaitable>() })
    } else {
        Err(type_error("expected an anext_awaitable"))
    }
}

/// The iterator to drive (a coroutine's `__await__()` wrapper for coroutines).
fn anext_getiter(a: &PyAnextAwaitable) -> PyResult<PyRef> {
    let it = awaitable_iter(&a.wrapped)?;
    if it.type_().tp_iternext.get().is_none() {
        let Some(m) = special_method(&it, crate::name!("__await__"))? else {
            return Err(type_error("__await__ returned a non-iterable"));
        };
        let w = protocol::call0(&m)?;
        if w.type_().tp_iternext.get().is_none() {
            return Err(type_error("__await__ returned a non-iterable"));
        }
        return Ok(w);
    }
    Ok(it)
}

fn anext_default(a: &PyAnextAwaitable, r: PyResult<PyRef>) -> PyResult<PyRef> {
    match r {
        Err(e) if e.matches(&STOP_ASYNC_ITERATION) => Err(generator::return_to_stop(a.default.clone())),
        r => r,
    }
}

fn anext_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    let a = anext_of(o)?;
    let it = anext_getiter(a)?;
    let r = match generator::iternext_keep_stop(&it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => return Ok(None),
        Err(e) => Err(e),
    };
    anext_default(a, r).map(Some)
}

fn anext_proxy(args: &[&PyObject], meth: &'static PyObject) -> PyResult<PyRef> {
    let a = anext_of(args[0])?;
    let it = anext_getiter(a)?;
    anext_default(a, protocol::call_method(&it, meth, &args[1..]))
}

static ANEXT_METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "send",
        func: |args, kw| {
            crate::object::args::one_arg("anext_awaitable.send", &args[1..], kw)?;
            anext_proxy(args, crate::name!("send"))
        },
        flags: 0,
        doc: "",
    },
    MethodDef {
        name: "throw",
        func: |args, kw| {
            crate::object::args::no_kwargs("throw", kw)?;
            crate::object::args::check_positional("throw", args.len() - 1, 1, 3)?;
            anext_proxy(args, crate::name!("throw"))
        },
        flags: 0,
        doc: "",
    },
    MethodDef {
        name: "close",
        func: |args, kw| {
            crate::object::args::no_args("anext_awaitable.close", &args[1..], kw)?;
            anext_proxy(args, crate::name!("close"))
        },
        flags: 0,
        doc: "",
    },
    MethodDef { name: "__await__", func: self_await, flags: 0, doc: "" },
];

/// The references an anext awaitable owns.
// Wired up by the cycle collector at merge.
#[allow(dead_code)]
pub fn traverse_anext_awaitable(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    if let Ok(a) = anext_of(o) {
        visit(&a.wrapped);
        visit(&a.default);
    }
}
