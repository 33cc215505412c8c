//! The native `_tracemalloc` module, the engine under `tracemalloc`.
//!
//! It traces the runtime's object allocations: `header::alloc_object`
//! and `header::free_object` call `on_alloc`/`on_free` when `TRACING` is
//! set (one relaxed load, a predictable branch, while it is not). A trace
//! is the block's size (the object's `basicsize` plus its GC head; memory
//! an object owns outside its block, such as a list's item array, is not
//! counted) and the traceback of the Python frames running when it was
//! allocated (file name and line, most recent first, at most `nframe`
//! frames; tracebacks and file names are interned). Work done by the
//! module itself (building the Python objects it returns) is not traced.

use crate::object::args::{self, Params};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::module::new_native_module;
use crate::object::singletons::none;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{exceptions::value_error, PyResult};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether allocations are traced (the allocator hooks' only test).
pub static TRACING: AtomicBool = AtomicBool::new(false);

const MAX_NFRAME: i64 = 65535;

type Frames = Rc<[(Rc<str>, u32)]>;

#[derive(Clone)]
struct Trace {
    size: usize,
    frames: Frames,
    total_nframe: u16,
}

#[derive(Default)]
struct State {
    traces: HashMap<usize, Trace>,
    filenames: HashMap<String, Rc<str>>,
    tracebacks: HashMap<Vec<(Rc<str>, u32)>, Frames>,
    current: usize,
    peak: usize,
    nframe: usize,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State { nframe: 1, ..Default::default() });
    /// Set while the module's own code runs (its allocations are not traced).
    static BUSY: Cell<bool> = const { Cell::new(false) };
}

/// Run `f` with tracing of our own allocations suspended.
fn quiet<R>(f: impl FnOnce() -> R) -> R {
    let was = BUSY.with(|b| b.replace(true));
    let r = f();
    BUSY.with(|b| b.set(was));
    r
}

fn intern_name(st: &mut State, s: &str) -> Rc<str> {
    if let Some(r) = st.filenames.get(s) {
        return r.clone();
    }
    let r: Rc<str> = Rc::from(s);
    st.filenames.insert(s.to_string(), r.clone());
    r
}

/// The traceback of the running Python frames (most recent first).
fn capture(st: &mut State) -> (Frames, u16) {
    let mut frames = Vec::new();
    let mut total = 0usize;
    let mut f = crate::interp::current_frame().map(|f| f as *const crate::interp::frame::Frame).unwrap_or(std::ptr::null());
    while !f.is_null() {
        // SAFETY: frames on the chain are running, hence alive.
        let fr = unsafe { &*f };
        if frames.len() < st.nframe {
            let code = fr.code();
            let name = intern_name(st, str_value(&code.filename).unwrap_or("<unknown>"));
            frames.push((name, fr.lineno()));
        }
        total += 1;
        f = fr.back.get();
    }
    if frames.is_empty() {
        frames.push((intern_name(st, "<unknown>"), 0));
        total = 1;
    }
    let tb = match st.tracebacks.get(&frames) {
        Some(t) => t.clone(),
        None => {
            let t: Frames = Rc::from(frames.clone().into_boxed_slice());
            st.tracebacks.insert(frames, t.clone());
            t
        }
    };
    (tb, total.min(u16::MAX as usize) as u16)
}

/// Allocator hook: a block of `size` bytes for the object at `p`.
#[cold]
pub fn on_alloc(p: *mut PyObject, size: usize) {
    if BUSY.with(|b| b.get()) {
        return;
    }
    BUSY.with(|b| b.set(true));
    STATE.with(|s| {
        let st = &mut *s.borrow_mut();
        let (frames, total_nframe) = capture(st);
        if let Some(old) = st.traces.insert(p as usize, Trace { size, frames, total_nframe }) {
            st.current -= old.size;
        }
        st.current += size;
        st.peak = st.peak.max(st.current);
    });
    BUSY.with(|b| b.set(false));
}

/// Allocator hook: the object at `p` is freed.
#[cold]
pub fn on_free(p: *mut PyObject) {
    STATE.with(|s| {
        if let Ok(mut st) = s.try_borrow_mut() {
            if let Some(t) = st.traces.remove(&(p as usize)) {
                st.current -= t.size;
            }
        }
    });
}

fn clear_traces() {
    STATE.with(|s| {
        let st = &mut *s.borrow_mut();
        st.traces.clear();
        st.tracebacks.clear();
        st.filenames.clear();
        st.current = 0;
        st.peak = 0;
    });
}

fn frames_tuple(frames: &[(Rc<str>, u32)]) -> PyRef {
    new_tuple(frames.iter().map(|(f, l)| new_tuple(vec![new_str(&**f), new_int(*l as i64)])).collect())
}

fn t_start(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("start", &["nframe"], 0).parse(a, kw, &mut out)?;
    let n = match out[0] {
        Some(o) => args::expect_c_int(o)? as i64,
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&n) {
        return Err(value_error(format!("the number of frames must be in range [1; {}]", MAX_NFRAME)));
    }
    STATE.with(|s| s.borrow_mut().nframe = n as usize);
    TRACING.store(true, Ordering::Release);
    Ok(none())
}

fn t_stop(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("stop", a, kw)?;
    TRACING.store(false, Ordering::Release);
    clear_traces();
    Ok(none())
}

fn t_is_tracing(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("is_tracing", a, kw)?;
    Ok(new_bool(TRACING.load(Ordering::Relaxed)))
}

fn t_clear_traces(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("clear_traces", a, kw)?;
    if TRACING.load(Ordering::Relaxed) {
        clear_traces();
    }
    Ok(none())
}

fn t_get_traced_memory(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("get_traced_memory", a, kw)?;
    if !TRACING.load(Ordering::Relaxed) {
        return Ok(new_tuple(vec![new_int(0), new_int(0)]));
    }
    let (cur, peak) = STATE.with(|s| {
        let st = s.borrow();
        (st.current, st.peak)
    });
    quiet(|| Ok(new_tuple(vec![new_int(cur as i64), new_int(peak as i64)])))
}

fn t_reset_peak(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("reset_peak", a, kw)?;
    if TRACING.load(Ordering::Relaxed) {
        STATE.with(|s| {
            let st = &mut *s.borrow_mut();
            st.peak = st.current;
        });
    }
    Ok(none())
}

fn t_get_traceback_limit(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("get_traceback_limit", a, kw)?;
    Ok(new_int(STATE.with(|s| s.borrow().nframe) as i64))
}

fn t_get_tracemalloc_memory(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("get_tracemalloc_memory", a, kw)?;
    let n = STATE.with(|s| {
        let st = s.borrow();
        let per_trace = std::mem::size_of::<(usize, Trace)>() + 8;
        let tb: usize = st.tracebacks.keys().map(|k| k.len() * std::mem::size_of::<(Rc<str>, u32)>() * 2 + 64).sum();
        let names: usize = st.filenames.keys().map(|k| k.len() * 2 + 48).sum();
        st.traces.capacity() * per_trace + tb + names
    });
    Ok(new_int(n as i64))
}

fn t_get_object_traceback(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = args::one_arg("_get_object_traceback", a, kw)?;
    // A GC object's block starts at its GC head, but traces are keyed by
    // the object address, as allocated.
    let tr = STATE.with(|s| s.borrow().traces.get(&(o.as_ptr() as usize)).cloned());
    match tr {
        Some(t) => quiet(|| Ok(frames_tuple(&t.frames))),
        None => Ok(none()),
    }
}

fn t_get_traces(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_get_traces", a, kw)?;
    let traces: Vec<Trace> = STATE.with(|s| s.borrow().traces.values().cloned().collect());
    quiet(|| {
        let mut cache: HashMap<*const (Rc<str>, u32), PyRef> = HashMap::new();
        let mut out = Vec::with_capacity(traces.len());
        for t in &traces {
            let tb = cache.entry(t.frames.as_ptr()).or_insert_with(|| frames_tuple(&t.frames)).clone();
            out.push(new_tuple(vec![new_int(0), new_int(t.size as i64), tb, new_int(t.total_nframe as i64)]));
        }
        drop(cache);
        Ok(new_list(out))
    })
}

static FUNCS: [MethodDef; 10] = [
    MethodDef { name: "start", func: t_start, flags: 0, doc: "Start tracing Python memory allocations." },
    MethodDef { name: "stop", func: t_stop, flags: 0, doc: "Stop tracing Python memory allocations." },
    MethodDef { name: "is_tracing", func: t_is_tracing, flags: 0, doc: "Return True if the tracemalloc module is tracing Python memory allocations." },
    MethodDef { name: "clear_traces", func: t_clear_traces, flags: 0, doc: "Clear traces of memory blocks allocated by Python." },
    MethodDef { name: "get_traced_memory", func: t_get_traced_memory, flags: 0, doc: "Get the current size and peak size of memory blocks traced by tracemalloc." },
    MethodDef { name: "reset_peak", func: t_reset_peak, flags: 0, doc: "Set the peak size of memory blocks traced by tracemalloc to the current size." },
    MethodDef { name: "get_traceback_limit", func: t_get_traceback_limit, flags: 0, doc: "Get the maximum number of frames stored in the traceback of a trace." },
    MethodDef { name: "get_tracemalloc_memory", func: t_get_tracemalloc_memory, flags: 0, doc: "Get the memory usage in bytes of the tracemalloc module." },
    MethodDef { name: "_get_object_traceback", func: t_get_object_traceback, flags: 0, doc: "Get the traceback where the Python object obj was allocated." },
    MethodDef { name: "_get_traces", func: t_get_traces, flags: 0, doc: "Get traces of all memory blocks allocated by Python." },
];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("_tracemalloc", &FUNCS, vec![]))
}
