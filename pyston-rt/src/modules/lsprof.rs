//! The native `_lsprof` module: `Profiler`, the engine under `cProfile`,
//! with CPython 3.11's accounting (`Modules/_lsprof.c`): one entry per
//! function (a code object, or a builtin's label such as
//! `<built-in method builtins.len>`), a stack of call contexts, inline time
//! = total time minus the time of subcalls, recursive calls counted apart,
//! and per-caller subentries when `subcalls` is on.
//!
//! Events come from two hooks, each one predictable branch on `ACTIVE`
//! while no profiler is enabled: `interp::eval::run_frame` (a Python frame
//! starts or resumes / returns or yields) and `object::descr`'s calls of
//! native functions and method descriptors (when `builtins` is on).
//! Events raised while the profiler's own timer runs are ignored.

use super::records::{field_def, new_structseq};
use crate::object::args::{self, Params};
use crate::object::float::{new_float, to_f64};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::module::new_native_module;
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::typeobj::{slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// Whether a profiler is enabled (the hooks' only test when none is).
pub static ACTIVE: AtomicBool = AtomicBool::new(false);
/// The enabled profiler (not owned: cleared by `disable` and on free).
static CURRENT: AtomicPtr<PyObject> = AtomicPtr::new(std::ptr::null_mut());

static ENTRY_FIELDS: [GetSetDef; 6] = [
    field_def("code", 0),
    field_def("callcount", 1),
    field_def("reccallcount", 2),
    field_def("totaltime", 3),
    field_def("inlinetime", 4),
    field_def("calls", 5),
];
crate::structseq_type!(PROFILER_ENTRY_TYPE, "profiler_entry", Some("_lsprof"), &ENTRY_FIELDS);

static SUBENTRY_FIELDS: [GetSetDef; 5] = [
    field_def("code", 0),
    field_def("callcount", 1),
    field_def("reccallcount", 2),
    field_def("totaltime", 3),
    field_def("inlinetime", 4),
];
crate::structseq_type!(PROFILER_SUBENTRY_TYPE, "profiler_subentry", Some("_lsprof"), &SUBENTRY_FIELDS);

#[derive(Default, Clone, Copy)]
struct Counts {
    callcount: i64,
    reccallcount: i64,
    tt: f64,
    it: f64,
    recursion_level: i64,
}

impl Counts {
    fn enter(&mut self) {
        self.recursion_level += 1;
    }

    fn leave(&mut self, tt: f64, it: f64) {
        self.recursion_level -= 1;
        if self.recursion_level == 0 {
            self.tt += tt;
        } else {
            self.reccallcount += 1;
        }
        self.it += it;
        self.callcount += 1;
    }
}

struct Entry {
    /// The code object, or the builtin's label (str).
    key_obj: PyRef,
    counts: Counts,
    /// Per-callee subentries, in first-call order.
    calls: Vec<(usize, Counts)>,
    call_index: HashMap<usize, usize>,
}

struct Ctx {
    t0: f64,
    subt: f64,
    entry: usize,
    /// A native function's context: the native functions it calls are not
    /// events (CPython reports C calls made by bytecode only).
    native: bool,
}

struct State {
    entries: Vec<Entry>,
    index: HashMap<usize, usize>,
    stack: Vec<Ctx>,
    subcalls: bool,
    builtins: bool,
    timer: Option<PyRef>,
    timeunit: f64,
}

#[repr(C)]
pub struct Profiler {
    ob: PyObject,
    state: UnsafeCell<State>,
    in_timer: Cell<bool>,
}

impl Drop for Profiler {
    fn drop(&mut self) {
        let me = &self.ob as *const PyObject as *mut PyObject;
        if CURRENT.compare_exchange(me, std::ptr::null_mut(), Ordering::AcqRel, Ordering::Relaxed).is_ok() {
            ACTIVE.store(false, Ordering::Release);
        }
    }
}

static METHODS: [MethodDef; 4] = [
    MethodDef { name: "getstats", func: p_getstats, flags: 0, doc: "list of profiler_entry objects.\n\ngetstats() -> list of profiler_entry objects\n\nReturn all information collected by the profiler.\nEach profiler_entry is a tuple-like object with the\nfollowing attributes:\n\n    code          code object\n    callcount     how many times this was called\n    reccallcount  how many times called recursively\n    totaltime     total time in this entry\n    inlinetime    inline time in this entry (not in subcalls)\n    calls         details of the calls\n\nThe calls attribute is either None or a list of\nprofiler_subentry objects:\n\n    code          called code object\n    callcount     how many times this is called\n    reccallcount  how many times this is called recursively\n    totaltime     total time spent in this call\n    inlinetime    inline time (not in further subcalls)\n" },
    MethodDef { name: "enable", func: p_enable, flags: 0, doc: "enable(subcalls=True, builtins=True)\n\nStart collecting profiling information.\nIf 'subcalls' is True, also records for each function\nstatistics separated according to its current caller.\nIf 'builtins' is True, records the time spent in\nbuilt-in functions separately from their caller.\n" },
    MethodDef { name: "disable", func: p_disable, flags: 0, doc: "disable()\n\nStop collecting profiling information.\n" },
    MethodDef { name: "clear", func: p_clear, flags: 0, doc: "clear()\n\nClear all profiling information collected so far.\n" },
];

pub static PROFILER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: slot(p_traverse),
    tp_clear: slot(p_clear_slot),
    tp_drop: slot(crate::object::typeobj::drop_payload::<Profiler>),
    tp_new: slot(p_new),
    tp_init: slot(p_init),
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
    methods: &METHODS,
    module: Some("_lsprof"),
    doc: Some("Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n    Builds a profiler object using the specified timer function.\n    The default timer is a fast built-in one based on real time.\n    For custom timer functions returning integers, timeunit can\n    be a float specifying a scale (i.e. how long each integer unit\n    is, in seconds).\n"),
    ..TypeObject::new_static("Profiler", std::mem::size_of::<Profiler>())
});

pub fn lsprof_types() -> [&'static TypeObject; 3] {
    [&PROFILER_TYPE, &PROFILER_ENTRY_TYPE, &PROFILER_SUBENTRY_TYPE]
}

fn prof(o: &PyObject) -> &Profiler {
    assert!(o.type_().is_subtype(&PROFILER_TYPE), "Profiler method on a non-Profiler");
    // SAFETY: checked the type; subclasses extend the layout.
    unsafe { o.cast::<Profiler>() }
}

#[allow(clippy::mut_from_ref)]
fn state(p: &Profiler) -> &mut State {
    // SAFETY: single-threaded; no caller keeps the borrow across Python code
    // (the timer is called with no borrow live, see `now`).
    unsafe { &mut *p.state.get() }
}

const PARAMS: Params<'static> = Params::new("Profiler", &["timer", "timeunit", "subcalls", "builtins"], 0);

fn parse_config(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<(Option<PyRef>, f64, bool, bool)> {
    let mut out = [None; 4];
    PARAMS.parse(a, kw, &mut out)?;
    let timer = out[0].filter(|t| !is_none(t)).map(|t| t.to_ref());
    let timeunit = match out[1] {
        Some(u) => to_f64(u)?,
        None => 0.0,
    };
    let flag = |o: Option<&PyObject>| -> PyResult<bool> {
        match o {
            Some(v) => Ok(crate::object::args::expect_c_int(v)? != 0),
            None => Ok(true),
        }
    };
    Ok((timer, timeunit, flag(out[2])?, flag(out[3])?))
}

fn p_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let _ = (a, kw);
    Ok(new_object(t, |ob| Profiler {
        ob,
        state: UnsafeCell::new(State {
            entries: Vec::new(),
            index: HashMap::new(),
            stack: Vec::new(),
            subcalls: true,
            builtins: true,
            timer: None,
            timeunit: 0.0,
        }),
        in_timer: Cell::new(false),
    }))
}

fn p_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let (timer, timeunit, subcalls, builtins) = parse_config(a, kw)?;
    let p = prof(o);
    let old = {
        let st = state(p);
        st.subcalls = subcalls;
        st.builtins = builtins;
        st.timeunit = timeunit;
        std::mem::replace(&mut st.timer, timer)
    };
    drop(old);
    Ok(())
}

fn p_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let st = state(prof(o));
    if let Some(t) = &st.timer {
        visit(t);
    }
    for e in &st.entries {
        visit(&e.key_obj);
    }
}

fn p_clear_slot(o: &PyObject) {
    let st = state(prof(o));
    let timer = st.timer.take();
    let entries = std::mem::take(&mut st.entries);
    st.index.clear();
    st.stack.clear();
    drop(timer);
    drop(entries);
}

/// The profiler's clock in seconds; None if its timer raised (the error is
/// reported as unraisable, as CPython's `call_timer`).
fn now(p: &Profiler) -> f64 {
    let (timer, unit) = {
        let st = state(p);
        (st.timer.clone(), st.timeunit)
    };
    match timer {
        None => {
            let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
            // SAFETY: valid out-pointer.
            unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
            ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
        }
        Some(t) => {
            // No events while the timer (or the report of its error) runs.
            p.in_timer.set(true);
            let r = protocol::call0(&t).and_then(|v| {
                if crate::object::int::as_int(&v).is_none() && crate::object::float::as_float(&v).is_none() {
                    return Err(crate::object::exceptions::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_().name())));
                }
                Ok(if unit > 0.0 { to_f64(&v)? * unit } else { to_f64(&v)? })
            });
            let v = match r {
                Ok(v) => v,
                Err(e) => {
                    crate::object::exc_methods::write_unraisable(&e, Some(&t));
                    0.0
                }
            };
            p.in_timer.set(false);
            v
        }
    }
}

fn entry_for(st: &mut State, key: usize, make: impl FnOnce() -> PyRef) -> usize {
    if let Some(&i) = st.index.get(&key) {
        return i;
    }
    let i = st.entries.len();
    st.entries.push(Entry { key_obj: make(), counts: Counts::default(), calls: Vec::new(), call_index: HashMap::new() });
    st.index.insert(key, i);
    i
}

fn subentry(e: &mut Entry, callee: usize) -> &mut Counts {
    let j = match e.call_index.get(&callee) {
        Some(&j) => j,
        None => {
            e.calls.push((callee, Counts::default()));
            e.call_index.insert(callee, e.calls.len() - 1);
            e.calls.len() - 1
        }
    };
    &mut e.calls[j].1
}

fn start_call(p: &Profiler, key: usize, native: bool, make: impl FnOnce() -> PyRef) {
    let idx = {
        let st = state(p);
        let idx = entry_for(st, key, make);
        st.entries[idx].counts.enter();
        if st.subcalls {
            if let Some(caller) = st.stack.last().map(|c| c.entry) {
                subentry(&mut st.entries[caller], idx).enter();
            }
        }
        idx
    };
    let t0 = now(p);
    state(p).stack.push(Ctx { t0, subt: 0.0, entry: idx, native });
}

fn stop_call(p: &Profiler) {
    if state(p).stack.is_empty() {
        return;
    }
    let t = now(p);
    let st = state(p);
    let Some(ctx) = st.stack.pop() else { return };
    let tt = t - ctx.t0;
    let it = tt - ctx.subt;
    let caller = st.stack.last_mut().map(|c| {
        c.subt += tt;
        c.entry
    });
    st.entries[ctx.entry].counts.leave(tt, it);
    if st.subcalls {
        if let Some(caller) = caller {
            subentry(&mut st.entries[caller], ctx.entry).leave(tt, it);
        }
    }
}

/// The enabled profiler, unless its own timer is running.
fn current() -> Option<&'static Profiler> {
    let p = CURRENT.load(Ordering::Acquire);
    if p.is_null() {
        return None;
    }
    // SAFETY: CURRENT is cleared before the profiler is freed.
    let p = prof(unsafe { &*p });
    (!p.in_timer.get()).then_some(p)
}

/// Hook: a Python frame with `code` starts or resumes.
#[cold]
pub fn py_call(code: &PyObject) {
    if let Some(p) = current() {
        start_call(p, code.as_ptr() as usize, false, || code.to_ref());
    }
}

/// Hook: the running Python frame returns or yields.
#[cold]
pub fn py_return() {
    if let Some(p) = current() {
        stop_call(p);
    }
}

/// Hook: call a native function (`def`), labelled on first use by `label`.
#[cold]
pub fn profile_native(def: &'static MethodDef, label: impl FnOnce() -> String, call: impl FnOnce() -> PyResult<PyRef>) -> PyResult<PyRef> {
    let Some(p) = current().filter(|p| state(p).builtins && !state(p).stack.last().is_some_and(|c| c.native)) else {
        return call();
    };
    start_call(p, def as *const MethodDef as usize, true, || new_str(label()));
    let r = call();
    // The profiler may have been disabled by the call (`disable` itself).
    if let Some(p2) = current() {
        if std::ptr::eq(p, p2) {
            stop_call(p);
        }
    }
    r
}

fn p_enable(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("enable", &["subcalls", "builtins"], 0).parse(&a[1..], kw, &mut out)?;
    let p = prof(a[0]);
    let flag = |o: Option<&PyObject>| -> PyResult<Option<bool>> {
        match o {
            Some(v) => Ok(Some(crate::object::args::expect_c_int(v)? != 0)),
            None => Ok(None),
        }
    };
    let (sc, bi) = (flag(out[0])?, flag(out[1])?);
    let st = state(p);
    if let Some(v) = sc {
        st.subcalls = v;
    }
    if let Some(v) = bi {
        st.builtins = v;
    }
    CURRENT.store(a[0].as_ptr() as *mut PyObject, Ordering::Release);
    ACTIVE.store(true, Ordering::Release);
    Ok(none())
}

/// Close the contexts still open (CPython's `flush_unmatched`).
fn flush_unmatched(p: &Profiler) {
    while !state(p).stack.is_empty() {
        stop_call(p);
    }
}

fn p_disable(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("disable", &a[1..], kw)?;
    let p = prof(a[0]);
    if CURRENT.compare_exchange(a[0].as_ptr() as *mut PyObject, std::ptr::null_mut(), Ordering::AcqRel, Ordering::Relaxed).is_ok() {
        ACTIVE.store(false, Ordering::Release);
    }
    flush_unmatched(p);
    Ok(none())
}

fn p_clear(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("clear", &a[1..], kw)?;
    let st = state(prof(a[0]));
    let entries = std::mem::take(&mut st.entries);
    st.index.clear();
    st.stack.clear();
    drop(entries);
    Ok(none())
}

fn p_getstats(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("getstats", &a[1..], kw)?;
    let st = state(prof(a[0]));
    let mut out = Vec::with_capacity(st.entries.len());
    for e in &st.entries {
        let calls = if e.calls.is_empty() {
            none()
        } else {
            new_list(
                e.calls
                    .iter()
                    .map(|(callee, c)| {
                        new_structseq(
                            &PROFILER_SUBENTRY_TYPE,
                            vec![st.entries[*callee].key_obj.clone(), new_int(c.callcount), new_int(c.reccallcount), new_float(c.tt), new_float(c.it)],
                        )
                    })
                    .collect(),
            )
        };
        out.push(new_structseq(
            &PROFILER_ENTRY_TYPE,
            vec![e.key_obj.clone(), new_int(e.counts.callcount), new_int(e.counts.reccallcount), new_float(e.counts.tt), new_float(e.counts.it), calls],
        ));
    }
    Ok(new_list(out))
}

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module(
        "_lsprof",
        &[],
        vec![
            ("Profiler", PROFILER_TYPE.to_ref()),
            ("profiler_entry", PROFILER_ENTRY_TYPE.to_ref()),
            ("profiler_subentry", PROFILER_SUBENTRY_TYPE.to_ref()),
        ],
    ))
}
