//! Generator objects: a suspended frame plus `send`/`throw`/`close`, and the
//! delegation used by `yield from`.
//!
//! A generator owns its frame. Resuming writes the sent value into the
//! register named by the suspending instruction (`Yield`'s `dst`; for
//! `YieldFrom` the same instruction runs again and sends it on) and
//! continues the eval loop there. `throw` resumes by raising at the
//! suspending instruction, after first delegating to a `yield from` target.

use super::eval::{run_frame, Exit};
use super::frame::{state, FrameBox};
use crate::bytecode::{opcodes::ops, Op};
use crate::object::exceptions::{
    as_exception, runtime_error, stop_iteration, type_error, value_error, PyErr, GENERATOR_EXIT, STOP_ITERATION,
};
use crate::object::function::PyFunction;
use crate::object::header::{new_object, Static};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct PyGenerator {
    pub ob: PyObject,
    /// None once finished.
    pub frame: UnsafeCell<Option<FrameBox>>,
    pub code: PyRef,
    pub name: PyRef,
    pub qualname: PyRef,
    pub running: Cell<bool>,
    /// The handled exception inside the generator while it is suspended.
    pub exc_state: UnsafeCell<Option<PyRef>>,
    /// Weak references to the generator (not owned).
    pub weaklist: Cell<*mut PyObject>,
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

#[inline]
pub fn as_generator(o: &PyObject) -> Option<&PyGenerator> {
    if o.is_exact(&GENERATOR_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyGenerator>() })
    } else {
        None
    }
}

pub fn new_generator(frame: FrameBox, func: &PyFunction) -> PyRef {
    let code = frame.code.clone();
    new_object(&GENERATOR_TYPE, |ob| PyGenerator {
        ob,
        frame: UnsafeCell::new(Some(frame)),
        code,
        name: func.name().clone(),
        qualname: func.qualname().clone(),
        running: Cell::new(false),
        exc_state: UnsafeCell::new(None),
        weaklist: Cell::new(std::ptr::null_mut()),
    })
}

impl PyGenerator {
    fn frame(&self) -> Option<&FrameBox> {
        // SAFETY: single-threaded; the frame is only replaced by `finish`,
        // never while a borrow from here is in use (`running` guards re-entry).
        unsafe { (*self.frame.get()).as_ref() }
    }
    fn finish(&self) {
        // SAFETY: not running (checked by callers); drop the frame.
        let f = unsafe { (*self.frame.get()).take() };
        drop(f);
    }
    /// The suspending instruction, if suspended.
    fn suspended_op(&self) -> Option<Op> {
        let f = self.frame()?;
        if f.state.get() != state::SUSPENDED {
            return None;
        }
        Op::from_u16(f.code().unit.code[f.ip.get() as usize].0[0])
    }
}

/// Resume `g` with a sent value, or by raising `throw` inside it.
pub fn resume(g: &PyGenerator, sent: Option<PyRef>, mut throw: Option<PyErr>) -> PyResult<Exit> {
    if g.running.get() {
        return Err(value_error("generator already executing"));
    }
    let Some(f) = g.frame() else {
        return match throw {
            Some(e) => Err(e),
            None => Ok(Exit::Return(none())),
        };
    };
    let words = &f.code().unit.code;
    match f.state.get() {
        state::CREATED => {
            if throw.is_none() && sent.as_ref().is_some_and(|v| !is_none(v)) {
                return Err(type_error("can't send non-None value to a just-started generator"));
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
                    let r = delegate_throw(&sub, throw.take().unwrap());
                    g.running.set(false);
                    match r {
                        Ok(Exit::Yield(v)) => return Ok(Exit::Yield(v)),
                        Ok(Exit::Return(v)) => {
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
        _ => {
            return match throw {
                Some(e) => Err(e),
                None => Ok(Exit::Return(none())),
            }
        }
    }
    g.running.set(true);
    // SAFETY: single-threaded swap of the generator's handled exception with
    // the thread's while the generator runs.
    let mine = unsafe { (*g.exc_state.get()).take() };
    let outer = super::set_handled_exception(mine);
    let r = run_frame(f, throw);
    let mine = super::set_handled_exception(outer);
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
            if e.matches(&STOP_ITERATION) {
                let re = runtime_error("generator raised StopIteration");
                let ex = re.exc();
                ex.set_cause(Some(e.value().clone()));
                ex.set_context(Some(e.value().clone()));
                ex.suppress_context.set(true);
                return Err(re);
            }
            Err(e)
        }
    }
}

/// Send into a `yield from` target.
pub fn delegate_send(iter: &PyObject, sent: Option<PyRef>) -> PyResult<Exit> {
    if let Some(g) = as_generator(iter) {
        return resume(g, sent, None);
    }
    match sent {
        Some(v) if !is_none(&v) => match protocol::call_method(iter, crate::name!("send"), &[&v]) {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if e.matches(&STOP_ITERATION) => Ok(Exit::Return(stop_value(&e))),
            Err(e) => Err(e),
        },
        _ => match protocol::next(iter) {
            Ok(Some(y)) => Ok(Exit::Yield(y)),
            Ok(None) => Ok(Exit::Return(none())),
            Err(e) if e.matches(&STOP_ITERATION) => Ok(Exit::Return(stop_value(&e))),
            Err(e) => Err(e),
        },
    }
}

/// Throw into a `yield from` target (GeneratorExit closes it instead).
fn delegate_throw(sub: &PyObject, err: PyErr) -> PyResult<Exit> {
    if err.matches(&GENERATOR_EXIT) {
        if let Some(g) = as_generator(sub) {
            gen_close_impl(g)?;
        } else if let Some(close) = protocol::getattr_opt(sub, crate::name!("close"))? {
            protocol::call0(&close)?;
        }
        return Err(err);
    }
    if let Some(g) = as_generator(sub) {
        return resume(g, None, Some(err));
    }
    match protocol::getattr_opt(sub, crate::name!("throw"))? {
        None => Err(err),
        Some(t) => {
            let v = err.into_value();
            let typ = v.type_().to_ref();
            let tb = as_exception(&v).and_then(|e| e.traceback()).unwrap_or_else(none);
            match protocol::call(&t, &[&typ, &v, &tb], None) {
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

fn gen_of(o: &PyObject) -> PyResult<&PyGenerator> {
    as_generator(o).ok_or_else(|| type_error(format!("expected a generator, got '{}'", o.type_().name())))
}

fn gen_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    match resume(gen_of(o)?, None, None)? {
        Exit::Yield(v) => Ok(Some(v)),
        // A return value travels in StopIteration, as in CPython.
        Exit::Return(v) if !is_none(&v) => Err(stop_iteration(Some(v))),
        Exit::Return(_) => Ok(None),
    }
}

fn gen_send(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("send", kwnames)?;
    if args.len() != 2 {
        return Err(type_error(format!("generator.send() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    match resume(gen_of(args[0])?, Some(args[1].to_ref()), None)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration(if is_none(&v) { None } else { Some(v) })),
    }
}

/// Build the exception for `throw(typ[, val[, tb]])`.
fn throw_exception(typ: &PyObject, val: Option<&PyObject>, tb: Option<&PyObject>) -> PyResult<PyErr> {
    let val = val.filter(|v| !is_none(v));
    let exc = if as_exception(typ).is_some() {
        if val.is_some() {
            return Err(type_error("instance exception may not have a separate value"));
        }
        typ.to_ref()
    } else if crate::object::typeobj::as_type(typ).is_some_and(|t| t.is_subtype(&crate::object::exceptions::BASE_EXCEPTION)) {
        match val {
            Some(v) if v.is_instance_of(crate::object::typeobj::as_type(typ).unwrap()) => v.to_ref(),
            Some(v) => match crate::object::tuple::tuple_slice(v) {
                Some(items) => {
                    let a: Vec<&PyObject> = items.iter().map(|x| &**x).collect();
                    protocol::call(typ, &a, None)?
                }
                None => protocol::call1(typ, v)?,
            },
            None => protocol::call0(typ)?,
        }
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.type_().name()
        )));
    };
    if let (Some(tb), Some(e)) = (tb.filter(|t| !is_none(t)), as_exception(&exc)) {
        e.set_traceback(Some(tb.to_ref()));
    }
    Ok(PyErr::from_value(exc))
}

fn gen_throw(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("throw", kwnames)?;
    crate::object::args::check_positional("throw", args.len().saturating_sub(1), 1, 3)?;
    let err = throw_exception(args[1], args.get(2).copied(), args.get(3).copied())?;
    match resume(gen_of(args[0])?, None, Some(err))? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(stop_iteration(if is_none(&v) { None } else { Some(v) })),
    }
}

fn gen_close_impl(g: &PyGenerator) -> PyResult<()> {
    match g.frame().map(|f| f.state.get()) {
        None => return Ok(()),
        Some(state::CREATED) => {
            g.finish();
            return Ok(());
        }
        _ => {}
    }
    let err = PyErr::with_args(&GENERATOR_EXIT, vec![]);
    match resume(g, None, Some(err)) {
        Ok(Exit::Yield(_)) => Err(runtime_error("generator ignored GeneratorExit")),
        Ok(Exit::Return(_)) => Ok(()),
        Err(e) if e.matches(&GENERATOR_EXIT) || e.matches(&STOP_ITERATION) => Ok(()),
        Err(e) => Err(e),
    }
}

fn gen_close(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("generator.close", &args[1..], kwnames)?;
    gen_close_impl(gen_of(args[0])?)?;
    Ok(none())
}

/// A suspended generator being destroyed is closed (runs its `finally`).
fn gen_finalize(o: &PyObject) {
    let Some(g) = as_generator(o) else { return };
    if g.suspended_op().is_none() {
        return;
    }
    if let Err(e) = gen_close_impl(g) {
        super::traceback::write_unraisable(&e, Some(o));
    }
}

fn gen_repr(o: &PyObject) -> PyResult<PyRef> {
    let g = gen_of(o)?;
    Ok(new_str(format!(
        "<generator object {} at {:#x}>",
        str_value(&g.qualname).unwrap_or("?"),
        o.as_ptr() as usize
    )))
}

static GEN_METHODS: [MethodDef; 3] = [
    MethodDef { name: "send", func: gen_send, flags: 0, doc: "" },
    MethodDef { name: "throw", func: gen_throw, flags: 0, doc: "" },
    MethodDef { name: "close", func: gen_close, flags: 0, doc: "" },
];

static GEN_GETSETS: [GetSetDef; 6] = [
    GetSetDef { name: "__name__", get: |o| Ok(gen_of(o)?.name.clone()), set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: |o| Ok(gen_of(o)?.qualname.clone()), set: None, doc: "" },
    GetSetDef { name: "gi_code", get: |o| Ok(gen_of(o)?.code.clone()), set: None, doc: "" },
    GetSetDef { name: "gi_running", get: |o| Ok(crate::object::int::new_bool(gen_of(o)?.running.get())), set: None, doc: "" },
    GetSetDef { name: "gi_frame", get: |_o| Ok(none()), set: None, doc: "" },
    GetSetDef {
        name: "gi_yieldfrom",
        get: |o| {
            let g = gen_of(o)?;
            if g.suspended_op() == Some(Op::YieldFrom) {
                let f = g.frame().unwrap();
                let i = ops::YieldFrom::decode(&f.code().unit.code, f.ip.get() as usize);
                return Ok(f.reg(i.iter as usize).map(|o| o.to_ref()).unwrap_or_else(none));
            }
            Ok(none())
        },
        set: None,
        doc: "",
    },
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
    visit(&g.name);
    visit(&g.qualname);
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
