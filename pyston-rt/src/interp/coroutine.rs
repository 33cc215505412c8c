//! Coroutines (`async def`), `coroutine_wrapper` (`coro.__await__()`), and
//! the `await` protocol (`GetAwaitable`).
//!
//! A coroutine is a `PyGenerator` of kind `Coroutine` (see `generator.rs`:
//! same frame suspension, same resume path). `await x` is compiled as
//! `GetAwaitable` + `YieldFrom`: the coroutine itself, a generator-based
//! coroutine (`types.coroutine`: code flag ITERABLE_COROUTINE), or the
//! iterator returned by `type(x).__await__(x)`.

use super::eval::Exit;
use super::generator::{self, as_gen_any, Kind, PyGenerator};
use crate::bytecode::code_flags;
use crate::object::exceptions::{runtime_error, type_error, PyErr, TYPE_ERROR};
use crate::object::header::{new_object, Static};
use crate::object::singletons::none;
use crate::object::str::str_value;
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::cell::Cell;

pub static COROUTINE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(generator::gen_traverse),
    tp_clear: crate::object::typeobj::slot(generator::gen_clear),
    tp_weaklistoffset: std::cell::Cell::new(std::mem::offset_of!(PyGenerator, weaklist)),
    tp_drop: slot(drop_payload::<PyGenerator>),
    tp_repr: slot(generator::gen_repr),
    tp_finalize: slot(generator::gen_finalize),
    methods: &CORO_METHODS,
    getsets: &CORO_GETSETS,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("coroutine", std::mem::size_of::<PyGenerator>())
});

/// An exact coroutine.
pub fn as_coroutine(o: &PyObject) -> Option<&PyGenerator> {
    if o.is_exact(&COROUTINE_TYPE) {
        // SAFETY: checked the type; coroutines use the PyGenerator payload.
        Some(unsafe { o.cast::<PyGenerator>() })
    } else {
        None
    }
}

/// A coroutine or a generator-based coroutine (CPython's `gen_is_coroutine`
/// plus `PyCoro_CheckExact`).
pub fn is_coroutine_like(o: &PyObject) -> bool {
    match as_gen_any(o) {
        Some(g) => match g.kind {
            Kind::Coroutine => true,
            Kind::Generator => g.code_flags() & code_flags::ITERABLE_COROUTINE != 0,
            Kind::AsyncGenerator => false,
        },
        None => false,
    }
}

/// `type(o).name` bound to `o`, if the type defines it.
pub fn special_method(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let t = o.type_();
    let Some(d) = t.lookup(name).map(|d| d.to_ref()) else { return Ok(None) };
    match d.type_().tp_descr_get.get() {
        Some(get) => get(&d, Some(o), Some(t.obj())).map(Some),
        None => Ok(Some(d)),
    }
}

/// `_PyCoro_GetAwaitableIter`: the iterator that `await o` drives.
pub fn awaitable_iter(o: &PyObject) -> PyResult<PyRef> {
    if is_coroutine_like(o) {
        return Ok(o.to_ref());
    }
    let Some(m) = special_method(o, crate::name!("__await__"))? else {
        return Err(type_error(format!("object {} can't be used in 'await' expression", o.type_().name())));
    };
    let res = protocol::call0(&m)?;
    if is_coroutine_like(&res) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if res.type_().tp_iternext.get().is_none() {
        return Err(type_error(format!("__await__() returned non-iterator of type '{}'", res.type_().name())));
    }
    Ok(res)
}

/// `GetAwaitable`: `kind` 0 plain `await`, 1 `__aenter__`'s result, 2
/// `__aexit__`'s result (for the TypeError wording).
pub fn get_awaitable(src: &PyObject, kind: u16) -> PyResult<PyRef> {
    let it = match awaitable_iter(src) {
        Ok(it) => it,
        Err(e) => {
            let has_await = src.type_().lookup(crate::name!("__await__")).is_some() || is_coroutine_like(src);
            if kind != 0 && !has_await && e.matches(&TYPE_ERROR) {
                let which = if kind == 1 { "__aenter__" } else { "__aexit__" };
                return Err(type_error(format!(
                    "'async with' received an object from {} that does not implement __await__: {}",
                    which,
                    src.type_().name()
                )));
            }
            return Err(e);
        }
    };
    if let Some(c) = as_coroutine(&it) {
        if c.yieldfrom().is_some() {
            return Err(runtime_error("coroutine is being awaited already"));
        }
    }
    Ok(it)
}

/// `yield from x` in a generator: a coroutine may only be delegated to from
/// a generator-based coroutine (ITERABLE_COROUTINE code).
pub fn check_yield_from_coroutine(unit_flags: u32, src: &PyObject) -> PyResult<()> {
    if as_coroutine(src).is_some() && unit_flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) == 0 {
        return Err(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
    }
    Ok(())
}

/// `RuntimeWarning: coroutine 'f' was never awaited` on stderr, in the
/// warnings module's format, for an unstarted coroutine being freed.
pub fn warn_never_awaited(g: &PyGenerator) {
    let q = g.qualname();
    let name = str_value(&q).unwrap_or("?");
    let mut text = match super::current_frame() {
        Some(f) => {
            let filename = f.code().unit.filename.clone();
            let line = f.lineno();
            let mut t = format!("{}:{}: RuntimeWarning: coroutine '{}' was never awaited\n", filename, line, name);
            if let Some(src) = super::traceback::source_line(&filename, line) {
                let s = src.trim();
                if !s.is_empty() {
                    t.push_str(&format!("  {}\n", s));
                }
            }
            t
        }
        None => format!("sys:1: RuntimeWarning: coroutine '{}' was never awaited\n", name),
    };
    text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    crate::runtime::write_stderr(&text);
}

fn coro_of(o: &PyObject) -> PyResult<&PyGenerator> {
    as_coroutine(o).ok_or_else(|| type_error(format!("expected a coroutine, got '{}'", o.type_().name())))
}

fn coro_await(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args(&format!("{}.__await__", args[0].type_().name()), &args[1..], kwnames)?;
    coro_of(args[0])?;
    let coro = args[0].to_ref();
    Ok(new_object(&CORO_WRAPPER_TYPE, |ob| PyCoroWrapper { ob, coro }))
}

static CORO_METHODS: [MethodDef; 4] = [
    MethodDef { name: "send", func: generator::gen_send, flags: 0, doc: "" },
    MethodDef { name: "throw", func: generator::gen_throw, flags: 0, doc: "" },
    MethodDef { name: "close", func: generator::gen_close, flags: 0, doc: "" },
    MethodDef { name: "__await__", func: coro_await, flags: 0, doc: "" },
];

static CORO_GETSETS: [GetSetDef; 8] = [
    GetSetDef { name: "__name__", get: generator::get_name, set: Some(generator::set_name), doc: "" },
    GetSetDef { name: "__qualname__", get: generator::get_qualname, set: Some(generator::set_qualname), doc: "" },
    GetSetDef { name: "cr_code", get: generator::get_code, set: None, doc: "" },
    GetSetDef { name: "cr_running", get: generator::get_running, set: None, doc: "" },
    GetSetDef { name: "cr_suspended", get: generator::get_suspended, set: None, doc: "" },
    GetSetDef { name: "cr_frame", get: generator::get_frame, set: None, doc: "" },
    GetSetDef { name: "cr_await", get: generator::get_yieldfrom, set: None, doc: "" },
    GetSetDef { name: "cr_origin", get: |_o| Ok(none()), set: None, doc: "" },
];

/// `coroutine_wrapper`: the iterator `coro.__await__()` returns; every
/// operation forwards to the coroutine.
#[repr(C)]
pub struct PyCoroWrapper {
    pub ob: PyObject,
    pub coro: PyRef,
}

pub static CORO_WRAPPER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyCoroWrapper>),
    tp_iter: slot(crate::object::seqiter::self_iter),
    tp_iternext: slot(wrapper_iternext),
    methods: &WRAPPER_METHODS,
    flags: Cell::new(0),
    ..TypeObject::new_static("coroutine_wrapper", std::mem::size_of::<PyCoroWrapper>())
});

fn wrapper_coro(o: &PyObject) -> PyResult<&PyGenerator> {
    if !o.is_exact(&CORO_WRAPPER_TYPE) {
        return Err(type_error(format!("expected a coroutine_wrapper, got '{}'", o.type_().name())));
    }
    // SAFETY: checked the type.
    let w = unsafe { o.cast::<PyCoroWrapper>() };
    coro_of(&w.coro)
}

/// `send` on a coroutine wrapper, without exceptions for completion.
pub fn wrapper_send(o: &PyObject, sent: Option<&PyObject>) -> Option<PyResult<Exit>> {
    if !o.is_exact(&CORO_WRAPPER_TYPE) {
        return None;
    }
    Some(wrapper_coro(o).and_then(|c| generator::resume(c, sent.map(|v| v.to_ref()), None, false)))
}

fn wrapper_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    match generator::resume(wrapper_coro(o)?, None, None, false)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(v) => Err(generator::return_to_stop(v)),
    }
}

fn wrapper_send_m(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = crate::object::args::one_arg(&format!("{}.send", args[0].type_().name()), &args[1..], kwnames)?;
    match generator::resume(wrapper_coro(args[0])?, Some(v.to_ref()), None, false)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(generator::return_to_stop(v)),
    }
}

fn wrapper_throw(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let c = wrapper_coro(args[0])?;
    let err: PyErr = generator::throw_args(&args[1..], kwnames)?;
    match generator::resume(c, None, Some(err), false)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(generator::return_to_stop(v)),
    }
}

fn wrapper_close(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args(&format!("{}.close", args[0].type_().name()), &args[1..], kwnames)?;
    generator::close_impl(wrapper_coro(args[0])?)?;
    Ok(none())
}

static WRAPPER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", func: wrapper_send_m, flags: 0, doc: "" },
    MethodDef { name: "throw", func: wrapper_throw, flags: 0, doc: "" },
    MethodDef { name: "close", func: wrapper_close, flags: 0, doc: "" },
];

/// The references a coroutine wrapper owns.
// Wired up by the cycle collector at merge.
#[allow(dead_code)]
pub fn traverse_coro_wrapper(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    if o.is_exact(&CORO_WRAPPER_TYPE) {
        // SAFETY: checked the type.
        visit(&unsafe { o.cast::<PyCoroWrapper>() }.coro);
    }
}

/// The references a coroutine owns (the generator layout's).
// Wired up by the cycle collector at merge.
#[allow(dead_code)]
pub fn traverse_coroutine(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    generator::traverse_generator(o, visit)
}
