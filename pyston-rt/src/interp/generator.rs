//! Generator objects and the frame-suspension machinery shared with
//! coroutines (`coroutine.rs`) and async generators (`async_gen.rs`).
//!
//! The three kinds share one payload (`PyGenerator`, CPython's common
//! `_PyGenObject_HEAD`) and one resume path (`resume`): a generator owns its
//! frame; resuming writes the sent value into the register named by the
//! suspending instruction (`Yield`'s `dst`; for `YieldFrom` the same
//! instruction runs again and sends it on) and continues the eval loop there.
//! `throw` resumes by raising at the suspending instruction, after first
//! delegating to a `yield from`/`await` target. Only the messages and a few
//! rules differ by kind (`Kind`).

use super::eval::{run_frame, Exit};
use super::frame::{state, Frame, FrameBox};
use crate::bytecode::{code_flags, opcodes::ops, Op};
use crate::object::exceptions::{
    as_exception, runtime_error, stop_iteration, type_error, value_error, PyErr, GENERATOR_EXIT, STOP_ASYNC_ITERATION,
    STOP_ITERATION,
};
use crate::object::function::PyFunction;
use crate::object::header::{new_object, Static};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::cell::{Cell, RefCell, UnsafeCell};

/// Which of the three generator-like objects a `PyGenerator` is.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl Kind {
    /// The name used in error messages ("coroutine already executing").
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async generator",
        }
    }
}

/// The payload of `generator`, `coroutine` and `async_generator` objects.
#[repr(C)]
pub struct PyGenerator {
    pub ob: PyObject,
    /// None once finished.
    pub frame: UnsafeCell<Option<FrameBox>>,
    pub code: PyRef,
    /// `__name__`/`__qualname__` (assignable).
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub running: Cell<bool>,
    /// The handled exception inside the generator while it is suspended.
    pub exc_state: UnsafeCell<Option<PyRef>>,
    /// Weak references to the generator (not owned).
    pub weaklist: Cell<*mut PyObject>,
    pub kind: Kind,
    /// Async generators: an `asend`/`athrow` awaitable is driving it
    /// (`ag_running`).
    pub ag_running_async: Cell<bool>,
    /// Async generators: `aclose()` started or the generator ended.
    pub ag_closed: Cell<bool>,
}

pub static GENERATOR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(gen_traverse),
    tp_clear: crate::object::typeobj::slot(gen_clear),
    tp_weaklistoffset: std::cell::Cell::new(std::mem::offset_of!(PyGenerator, weaklist)),
    tp_drop: slot(drop_payload::<PyGenerator>),
    tp_iter: slot(crate::object::seqiter::self_iter),
    tp_iternext: slot(gen_iternext),
    tp_repr: slot(gen_repr),
    tp_finalize: slot(gen_finalize),
    methods: &GEN_METHODS,
    getsets: &GEN_GETSETS,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("generator", std::mem::size_of::<PyGenerator>())
});

/// An exact generator.
#[inline]
pub fn as_generator(o: &PyObject) -> Option<&PyGenerator> {
    if o.is_exact(&GENERATOR_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyGenerator>() })
    } else {
        None
    }
}

/// A generator or a coroutine (the objects `yield from`/`await` resume
/// directly, as CPython's `PyGen_CheckExact || PyCoro_CheckExact`).
#[inline]
pub fn as_gen_or_coro(o: &PyObject) -> Option<&PyGenerator> {
    if o.is_exact(&GENERATOR_TYPE) || o.is_exact(&super::coroutine::COROUTINE_TYPE) {
        // SAFETY: both types use the PyGenerator payload.
        Some(unsafe { o.cast::<PyGenerator>() })
    } else {
        None
    }
}

/// Any of generator, coroutine, async generator.
#[inline]
pub fn as_gen_any(o: &PyObject) -> Option<&PyGenerator> {
    if o.is_exact(&GENERATOR_TYPE)
        || o.is_exact(&super::coroutine::COROUTINE_TYPE)
        || o.is_exact(&super::async_gen::ASYNC_GENERATOR_TYPE)
    {
        // SAFETY: the three types use the PyGenerator payload.
        Some(unsafe { o.cast::<PyGenerator>() })
    } else {
        None
    }
}

/// The generator-like object for a call of generator, coroutine or async
/// generator code (chosen by the code flags).
pub fn new_generator(frame: FrameBox, func: &PyFunction) -> PyRef {
    let code = frame.code.clone();
    let flags = frame.code().unit.flags;
    let (t, kind): (&TypeObject, Kind) = if flags & code_flags::COROUTINE != 0 {
        (&super::coroutine::COROUTINE_TYPE, Kind::Coroutine)
    } else if flags & code_flags::ASYNC_GENERATOR != 0 {
        (&super::async_gen::ASYNC_GENERATOR_TYPE, Kind::AsyncGenerator)
    } else {
        (&GENERATOR_TYPE, Kind::Generator)
    };
    new_object(t, |ob| PyGenerator {
        ob,
        frame: UnsafeCell::new(Some(frame)),
        code,
        name: RefCell::new(func.name().clone()),
        qualname: RefCell::new(func.qualname().clone()),
        running: Cell::new(false),
        exc_state: UnsafeCell::new(None),
        weaklist: Cell::new(std::ptr::null_mut()),
        kind,
        ag_running_async: Cell::new(false),
        ag_closed: Cell::new(false),
    })
}

impl PyGenerator {
    pub fn frame(&self) -> Option<&FrameBox> {
        // SAFETY: single-threaded; the frame is only replaced by `finish`,
        // never while a borrow from here is in use (`running` guards re-entry).
        unsafe { (*self.frame.get()).as_ref() }
    }
    fn finish(&self) {
        // SAFETY: not running (checked by callers); drop the frame.
        let f = unsafe { (*self.frame.get()).take() };
        drop(f);
    }
    /// Frame state; FINISHED once the frame is gone.
    pub fn frame_state(&self) -> u8 {
        self.frame().map(|f| f.state.get()).unwrap_or(state::FINISHED)
    }
    /// The suspending instruction, if suspended.
    pub fn suspended_op(&self) -> Option<Op> {
        let f = self.frame()?;
        if f.state.get() != state::SUSPENDED {
            return None;
        }
        Op::from_u16(f.code().unit.code[f.ip.get() as usize].0[0])
    }
    /// The object a suspended `yield from`/`await` delegates to
    /// (`gi_yieldfrom`, `cr_await`, `ag_await`).
    pub fn yieldfrom(&self) -> Option<PyRef> {
        if self.suspended_op() != Some(Op::YieldFrom) {
            return None;
        }
        let f = self.frame()?;
        let i = ops::YieldFrom::decode(&f.code().unit.code, f.ip.get() as usize);
        f.reg(i.iter as usize).map(|o| o.to_ref())
    }
    /// `__qualname__`.
    pub fn qualname(&self) -> PyRef {
        self.qualname.borrow().clone()
    }
    /// The code object's flags.
    pub fn code_flags(&self) -> u32 {
        crate::object::code::as_code(&self.code).map(|c| c.unit.flags).unwrap_or(0)
    }
}

/// Resume `g` with a sent value, or by raising `throw` inside it
/// (CPython's `gen_send_ex2`; `closing`: called from `close()`, which never
/// complains about a finished coroutine). A `yield from`/`await` target is
/// thrown into (or, for GeneratorExit, closed) first.
pub fn resume(g: &PyGenerator, sent: Option<PyRef>, throw: Option<PyErr>, closing: bool) -> PyResult<Exit> {
    resume_ex(g, sent, throw, closing, true)
}

/// `resume` with CPython's `close_on_genexit` flag of `_gen_throw`.
pub fn resume_ex(g: &PyGenerator, sent: Option<PyRef>, mut throw: Option<PyErr>, closing: bool, close_on_genexit: bool) -> PyResult<Exit> {
    if g.running.get() {
        return Err(value_error(format!("{} already executing", g.kind.noun())));
    }
    let Some(f) = g.frame().filter(|f| f.state.get() != state::FINISHED) else {
        if g.kind == Kind::Coroutine && !closing {
            return Err(runtime_error("cannot reuse already awaited coroutine"));
        }
        return match throw {
            Some(e) => Err(e),
            None => Ok(Exit::Return(none())),
        };
    };
    let words = &f.code().unit.code;
    match f.state.get() {
        state::CREATED => {
            if let Some(e) = throw {
                // Raised before the first instruction: no handler of the body
                // applies; CPython raises it at RESUME, on the `def` line.
                raise_at_def_line(&e, f);
                g.finish();
                return Err(e);
            }
            if sent.as_ref().is_some_and(|v| !is_none(v)) {
                return Err(type_error(format!("can't send non-None value to a just-started {}", g.kind.noun())));
            }
        }
        state::SUSPENDED => {
            let ip = f.ip.get() as usize;
            let op = Op::from_u16(words[ip].0[0]);
            if op == Some(Op::YieldFrom) && throw.is_some() {
                let i = ops::YieldFrom::decode(words, ip);
                let sub = f.reg(i.iter as usize).map(|o| o.to_ref());
                if let Some(sub) = sub {
                    g.running.set(true);
                    let err = throw.take().expect("checked above");
                    let r = delegate_throw(&sub, err, close_on_genexit);
                    g.running.set(false);
                    match r {
                        Ok(Exit::Yield(v)) => return Ok(Exit::Yield(v)),
                        Ok(Exit::Return(v)) => {
                            f.set_reg(i.iter as usize, None);
                            f.set_reg(i.dst as usize, Some(v));
                            f.ip.set((ip + Op::YieldFrom.width()) as u32);
                        }
                        Err(e) => throw = Some(e),
                    }
                }
            } else if throw.is_none() {
                match op {
                    Some(Op::Yield) => {
                        let i = ops::Yield::decode(words, ip);
                        f.set_reg(i.dst as usize, Some(sent.unwrap_or_else(none)));
                        f.ip.set((ip + Op::Yield.width()) as u32);
                    }
                    Some(Op::YieldFrom) => {
                        let i = ops::YieldFrom::decode(words, ip);
                        f.set_reg(i.dst as usize, Some(sent.unwrap_or_else(none)));
                    }
                    _ => return Err(crate::object::exceptions::system_error("generator suspended at a non-yield")),
                }
            }
        }
        _ => return Err(value_error(format!("{} already executing", g.kind.noun()))),
    }
    g.running.set(true);
    // The generator's own handled exception is current while it runs;
    // without one, the caller's stays visible (CPython's exc_info stack).
    // SAFETY: single-threaded access to the generator's saved state.
    let mine = unsafe { (*g.exc_state.get()).take() };
    super::enter_exc_state(mine);
    let r = run_frame(f, throw);
    let mine = super::leave_exc_state();
    // SAFETY: as above.
    unsafe { *g.exc_state.get() = mine };
    g.running.set(false);
    match r {
        Ok(Exit::Yield(v)) => Ok(Exit::Yield(v)),
        Ok(Exit::Return(v)) => {
            g.finish();
            Ok(Exit::Return(v))
        }
        Err(e) => {
            g.finish();
            let what = if e.matches(&STOP_ITERATION) {
                "raised StopIteration"
            } else if g.kind == Kind::AsyncGenerator && e.matches(&STOP_ASYNC_ITERATION) {
                "raised StopAsyncIteration"
            } else {
                return Err(e);
            };
            let re = runtime_error(format!("{} {}", g.kind.noun(), what));
            let ex = re.exc();
            ex.set_cause(Some(e.value().clone()));
            ex.set_context(Some(e.value().clone()));
            ex.suppress_context.set(true);
            Err(re)
        }
    }
}

/// Chain `e` and add a traceback entry for frame `f` at its code's first
/// line (no caret), as CPython reports an exception thrown into an
/// unstarted generator.
fn raise_at_def_line(e: &PyErr, f: &Frame) {
    let x = e.exc();
    if x.traceback().is_none() && x.context().is_none() {
        super::ops_support::set_context(e.value());
    }
    let line = f.code().unit.firstlineno;
    let loc = crate::bytecode::Location { line, end_line: line, col: 0, end_col: 0 };
    let frame = crate::object::frameobject::frame_object(f);
    let tb = new_object(&super::traceback::TRACEBACK_TYPE, |ob| super::traceback::PyTraceback {
        ob,
        next: Cell::new(x.traceback()),
        frame,
        code: f.code.clone(),
        lasti: 0,
        lineno: line,
        loc,
    });
    x.set_traceback(Some(tb));
}

/// Send into a `yield from`/`await` target.
pub fn delegate_send(iter: &PyObject, sent: Option<PyRef>) -> PyResult<Exit> {
    if let Some(g) = as_gen_or_coro(iter) {
        return resume(g, sent, None, false);
    }
    if let Some(r) = super::async_gen::native_send(iter, sent.as_deref()) {
        return r;
    }
    match sent {
        Some(v) if !is_none(&v) => match protocol::call_method(iter, crate::name!("send"), &[&v]) {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if e.matches(&STOP_ITERATION) => Ok(Exit::Return(stop_value(&e))),
            Err(e) => Err(e),
        },
        _ => {
            match iternext_keep_stop(iter) {
                Ok(Some(y)) => Ok(Exit::Yield(y)),
                Ok(None) => Ok(Exit::Return(none())),
                Err(e) if e.matches(&STOP_ITERATION) => Ok(Exit::Return(stop_value(&e))),
                Err(e) => Err(e),
            }
        }
    }
}

/// `next(iter)` keeping a StopIteration (and its value) as an error: a
/// class's `__next__` is called directly, since the generic slot drops it.
pub fn iternext_keep_stop(iter: &PyObject) -> PyResult<Option<PyRef>> {
    type IterNext = fn(&PyObject) -> PyResult<Option<PyRef>>;
    match iter.type_().tp_iternext.get() {
        Some(f) if std::ptr::fn_addr_eq(f, crate::object::slot_funcs::slot_tp_iternext as IterNext) => {
            protocol::call_method(iter, crate::name!("__next__"), &[]).map(Some)
        }
        Some(f) => f(iter),
        None => Err(type_error(format!("'{}' object is not an iterator", iter.type_().name()))),
    }
}

/// Close a `yield from` target (`gen_close_iter`).
fn close_iter(sub: &PyObject) -> PyResult<()> {
    if let Some(g) = as_gen_or_coro(sub) {
        return close_impl(g);
    }
    if let Some(close) = protocol::getattr_opt(sub, crate::name!("close"))? {
        protocol::call0(&close)?;
    }
    Ok(())
}

/// Throw into a `yield from` target (GeneratorExit closes it instead when
/// `close_on_genexit`).
fn delegate_throw(sub: &PyObject, err: PyErr, close_on_genexit: bool) -> PyResult<Exit> {
    if close_on_genexit && err.matches(&GENERATOR_EXIT) {
        close_iter(sub)?;
        return Err(err);
    }
    if let Some(g) = as_gen_or_coro(sub) {
        return resume_ex(g, None, Some(err), false, close_on_genexit);
    }
    match protocol::getattr_opt(sub, crate::name!("throw"))? {
        None => Err(err),
        Some(t) => {
            // The exception instance alone: CPython forwards the caller's
            // arguments, and `throw(exc)` is the usual (non-deprecated) form.
            let v = err.into_value();
            match protocol::call(&t, &[&v], None) {
                Ok(y) => Ok(Exit::Yield(y)),
                Err(e) if e.matches(&STOP_ITERATION) => Ok(Exit::Return(stop_value(&e))),
                Err(e) => Err(e),
            }
        }
    }
}

/// `StopIteration.value` (its first argument, or None).
pub fn stop_value(e: &PyErr) -> PyRef {
    if let Ok(Some(v)) = protocol::getattr_opt(e.value(), crate::name!("value")) {
        return v;
    }
    crate::object::tuple::tuple_slice(e.exc().args()).and_then(|a| a.first().cloned()).unwrap_or_else(none)
}

/// `StopIteration(v)` for a generator's return value (no argument for None).
pub fn return_to_stop(v: PyRef) -> PyErr {
    stop_iteration(if is_none(&v) { None } else { Some(v) })
}

fn gen_of(o: &PyObject) -> PyResult<&PyGenerator> {
    as_gen_any(o).ok_or_else(|| type_error(format!("expected a generator, got '{}'", o.type_().name())))
}

fn gen_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    match resume(gen_of(o)?, None, None, false)? {
        Exit::Yield(v) => Ok(Some(v)),
        // A return value travels in StopIteration, as in CPython.
        Exit::Return(v) if !is_none(&v) => Err(stop_iteration(Some(v))),
        Exit::Return(_) => Ok(None),
    }
}

/// `send(value)` of generators and coroutines.
pub fn gen_send(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let q = format!("{}.send", args[0].type_().name());
    crate::object::args::one_arg(&q, &args[1..], kwnames)?;
    match resume(gen_of(args[0])?, Some(args[1].to_ref()), None, false)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(return_to_stop(v)),
    }
}

/// Build the exception for `throw(typ[, val[, tb]])` (`_gen_throw`'s checks).
pub fn throw_exception(typ: &PyObject, val: Option<&PyObject>, tb: Option<&PyObject>) -> PyResult<PyErr> {
    let tb = tb.filter(|t| !is_none(t));
    if let Some(t) = tb {
        if super::traceback::as_traceback(t).is_none() {
            return Err(type_error("throw() third argument must be a traceback object"));
        }
    }
    let val = val.filter(|v| !is_none(v));
    let exc_type = crate::object::typeobj::as_type(typ).filter(|t| t.is_subtype(&crate::object::exceptions::BASE_EXCEPTION));
    let exc = if let Some(t) = exc_type {
        match val {
            Some(v) if v.is_instance_of(t) => v.to_ref(),
            Some(v) => match crate::object::tuple::tuple_slice(v) {
                Some(items) => {
                    let a: Vec<&PyObject> = items.iter().map(|x| &**x).collect();
                    protocol::call(typ, &a, None)?
                }
                None => protocol::call1(typ, v)?,
            },
            None => protocol::call0(typ)?,
        }
    } else if as_exception(typ).is_some() {
        if val.is_some() {
            return Err(type_error("instance exception may not have a separate value"));
        }
        typ.to_ref()
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.type_().name()
        )));
    };
    let Some(e) = as_exception(&exc) else {
        return Err(type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            protocol::repr_string(typ).unwrap_or_default(),
            exc.type_().name()
        )));
    };
    if let Some(tb) = tb {
        e.set_traceback(Some(tb.to_ref()));
    }
    Ok(PyErr::from_value(exc))
}

/// The exception of a `throw(typ[, val[, tb]])` call's arguments (after self).
pub fn throw_args(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyErr> {
    crate::object::args::no_kwargs("throw", kwnames)?;
    crate::object::args::check_positional("throw", args.len(), 1, 3)?;
    throw_exception(args[0], args.get(1).copied(), args.get(2).copied())
}

/// `throw(...)` of generators and coroutines.
pub fn gen_throw(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let g = gen_of(args[0])?;
    let err = throw_args(&args[1..], kwnames)?;
    match resume(g, None, Some(err), false)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(return_to_stop(v)),
    }
}

/// `close()` (CPython's `gen_close`).
pub fn close_impl(g: &PyGenerator) -> PyResult<()> {
    match g.frame().map(|f| f.state.get()) {
        None | Some(state::FINISHED) => return Ok(()),
        Some(state::CREATED) => {
            g.finish();
            return Ok(());
        }
        _ => {}
    }
    let err = PyErr::with_args(&GENERATOR_EXIT, vec![]);
    match resume(g, None, Some(err), true) {
        Ok(Exit::Yield(_)) => Err(runtime_error(format!("{} ignored GeneratorExit", g.kind.noun()))),
        Ok(Exit::Return(_)) => Ok(()),
        Err(e) if e.matches(&GENERATOR_EXIT) || e.matches(&STOP_ITERATION) => Ok(()),
        Err(e) => Err(e),
    }
}

/// `close()` of generators and coroutines.
pub fn gen_close(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args(&format!("{}.close", args[0].type_().name()), &args[1..], kwnames)?;
    close_impl(gen_of(args[0])?)?;
    Ok(none())
}

/// A suspended generator-like object being destroyed is closed (runs its
/// `finally`); a coroutine that never started warns that it was never
/// awaited (CPython's `_PyGen_Finalize`).
pub fn gen_finalize(o: &PyObject) {
    let Some(g) = as_gen_any(o) else { return };
    if g.code_flags() & code_flags::COROUTINE != 0 && g.frame_state() == state::CREATED {
        super::coroutine::warn_never_awaited(g);
        return;
    }
    if g.suspended_op().is_none() {
        return;
    }
    if let Err(e) = close_impl(g) {
        super::traceback::write_unraisable(&e, Some(o));
    }
}

/// `<generator object f at 0x...>` (and the coroutine/async generator forms).
pub fn gen_repr(o: &PyObject) -> PyResult<PyRef> {
    let g = gen_of(o)?;
    let what = match g.kind {
        Kind::Generator => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGenerator => "async_generator",
    };
    Ok(new_str(format!(
        "<{} object {} at {:#x}>",
        what,
        str_value(&g.qualname()).unwrap_or("?"),
        o.as_ptr() as usize
    )))
}

/// Visit every reference a frame owns (code, namespaces, registers).
pub fn traverse_frame(f: &Frame, visit: &mut dyn FnMut(&PyObject)) {
    visit(&f.code);
    visit(&f.globals);
    visit(&f.builtins);
    if let Some(l) = &f.locals {
        visit(l);
    }
    let fo = f.frame_obj.get();
    if !fo.is_null() {
        // SAFETY: `frame_obj` owns a reference to a live frame object.
        visit(unsafe { &*fo });
    }
    for r in f.regs().iter().flatten() {
        visit(r);
    }
}

/// The references a generator, coroutine or async generator owns.
// Wired up by the cycle collector at merge.
#[allow(dead_code)]
pub fn traverse_generator(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let Some(g) = as_gen_any(o) else { return };
    if let Some(f) = g.frame() {
        traverse_frame(f, visit);
    }
    visit(&g.code);
    visit(&g.name.borrow());
    visit(&g.qualname.borrow());
    // SAFETY: single-threaded read of the saved handled exception.
    if let Some(e) = unsafe { &*g.exc_state.get() } {
        visit(e);
    }
}

// Shared getters (the generator-like object's fields under each kind's names).
pub fn get_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(gen_of(o)?.name.borrow().clone())
}
pub fn get_qualname(o: &PyObject) -> PyResult<PyRef> {
    Ok(gen_of(o)?.qualname())
}
fn set_str_field(o: &PyObject, v: Option<&PyObject>, which: &str) -> PyResult<()> {
    let g = gen_of(o)?;
    let v = v.filter(|v| str_value(v).is_some()).ok_or_else(|| type_error(format!("{} must be set to a string object", which)))?;
    let cell = if which == "__name__" { &g.name } else { &g.qualname };
    let old = cell.replace(v.to_ref());
    drop(old);
    Ok(())
}
pub fn set_name(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    set_str_field(o, v, "__name__")
}
pub fn set_qualname(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    set_str_field(o, v, "__qualname__")
}
pub fn get_code(o: &PyObject) -> PyResult<PyRef> {
    Ok(gen_of(o)?.code.clone())
}
pub fn get_running(o: &PyObject) -> PyResult<PyRef> {
    Ok(crate::object::int::new_bool(gen_of(o)?.running.get()))
}
pub fn get_suspended(o: &PyObject) -> PyResult<PyRef> {
    Ok(crate::object::int::new_bool(gen_of(o)?.frame_state() == state::SUSPENDED))
}
pub fn get_yieldfrom(o: &PyObject) -> PyResult<PyRef> {
    Ok(gen_of(o)?.yieldfrom().unwrap_or_else(none))
}
/// `gi_frame`/`cr_frame`/`ag_frame`: the frame object, None once finished.
pub fn get_frame(o: &PyObject) -> PyResult<PyRef> {
    let g = gen_of(o)?;
    let Some(f) = g.frame().filter(|f| f.state.get() != state::FINISHED) else { return Ok(none()) };
    let frame = crate::object::frameobject::frame_object(f);
    crate::object::frameobject::set_generator(&frame, o);
    Ok(frame)
}

static GEN_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", func: gen_send, flags: 0, doc: "" },
    MethodDef { name: "throw", func: gen_throw, flags: 0, doc: "" },
    MethodDef { name: "close", func: gen_close, flags: 0, doc: "" },
];

static GEN_GETSETS: [GetSetDef; 7] = [
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: "" },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: "" },
    GetSetDef { name: "gi_code", get: get_code, set: None, doc: "" },
    GetSetDef { name: "gi_running", get: get_running, set: None, doc: "" },
    GetSetDef { name: "gi_suspended", get: get_suspended, set: None, doc: "" },
    GetSetDef { name: "gi_frame", get: get_frame, set: None, doc: "" },
    GetSetDef { name: "gi_yieldfrom", get: get_yieldfrom, set: None, doc: "" },
];

// ---- cycle collector ----

/// Every reference a generator owns: its frame (code, globals, builtins,
/// locals, registers), code, names and the saved exception.
pub fn gen_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on generator; fields are read without running code.
    let g = unsafe { o.cast::<PyGenerator>() };
    if let Some(f) = g.frame() {
        super::frame::traverse_frame(f, visit);
    }
    visit(&g.code);
    // A name being replaced right now is skipped (an unvisited owned
    // reference only counts as external).
    for c in [&g.name, &g.qualname] {
        if let Ok(n) = c.try_borrow() {
            visit(&n);
        }
    }
    // SAFETY: single-threaded field access.
    if let Some(e) = unsafe { &*g.exc_state.get() } {
        visit(e);
    }
}

/// Drop the frame (its registers) and the saved exception, unless running.
pub fn gen_clear(o: &PyObject) {
    // SAFETY: installed on generator.
    let g = unsafe { o.cast::<PyGenerator>() };
    if g.running.get() {
        return;
    }
    g.finish();
    // SAFETY: moved out before it drops.
    let e = unsafe { (*g.exc_state.get()).take() };
    drop(e);
}
