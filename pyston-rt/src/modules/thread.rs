//! The native `_thread` module for a runtime with one thread (like CPython
//! under the GIL with no other thread started): `lock` and `RLock` with
//! CPython's API and errors, `get_ident`, `stack_size`, ... so that
//! `threading`, `functools`, `reprlib` and friends import and their locks
//! work. `start_new_thread` raises: threads are not supported yet.
//!
//! A blocking acquire of a lock that is already held could only be
//! released by another thread; with none, CPython would hang forever, so
//! it raises RuntimeError instead.

use crate::object::args::{self, Params};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{value_error, PyErr, RUNTIME_ERROR};
use crate::object::float::{new_float, to_f64};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, slot, type_flags, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::Cell;

/// CPython's `_thread.TIMEOUT_MAX` on 64-bit Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

#[repr(C)]
pub struct Lock {
    ob: PyObject,
    locked: Cell<bool>,
}

#[repr(C)]
pub struct RLock {
    ob: PyObject,
    /// Owner thread ident (0: unowned) and recursion count.
    owner: Cell<u64>,
    count: Cell<u64>,
}

static LOCK_METHODS: [MethodDef; 8] = [
    MethodDef { name: "acquire", func: lock_acquire, flags: 0, doc: "Lock the lock." },
    MethodDef { name: "acquire_lock", func: lock_acquire, flags: 0, doc: "An obsolete synonym of acquire()." },
    MethodDef { name: "__enter__", func: lock_acquire, flags: 0, doc: "Lock the lock." },
    MethodDef { name: "release", func: lock_release, flags: 0, doc: "Release the lock." },
    MethodDef { name: "release_lock", func: lock_release, flags: 0, doc: "An obsolete synonym of release()." },
    MethodDef { name: "__exit__", func: lock_release, flags: 0, doc: "Release the lock." },
    MethodDef { name: "locked", func: lock_locked, flags: 0, doc: "Return whether the lock is in the locked state." },
    MethodDef { name: "_at_fork_reinit", func: lock_reinit, flags: 0, doc: "" },
];

pub static LOCK_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<Lock>),
    tp_repr: slot(lock_repr),
    methods: &LOCK_METHODS,
    module: Some("_thread"),
    doc: Some("A lock object is a synchronization primitive."),
    ..TypeObject::new_static("lock", std::mem::size_of::<Lock>())
});

static RLOCK_METHODS: [MethodDef; 8] = [
    MethodDef { name: "acquire", func: rlock_acquire, flags: 0, doc: "Lock the lock." },
    MethodDef { name: "__enter__", func: rlock_acquire, flags: 0, doc: "Lock the lock." },
    MethodDef { name: "release", func: rlock_release, flags: 0, doc: "Release the lock." },
    MethodDef { name: "__exit__", func: rlock_release, flags: 0, doc: "Release the lock." },
    MethodDef { name: "_is_owned", func: rlock_is_owned, flags: 0, doc: "For internal use by `threading.Condition`." },
    MethodDef { name: "_release_save", func: rlock_release_save, flags: 0, doc: "For internal use by `threading.Condition`." },
    MethodDef { name: "_acquire_restore", func: rlock_acquire_restore, flags: 0, doc: "For internal use by `threading.Condition`." },
    MethodDef { name: "_at_fork_reinit", func: rlock_reinit, flags: 0, doc: "" },
];

pub static RLOCK_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<RLock>),
    tp_repr: slot(rlock_repr),
    tp_new: slot(rlock_new),
    flags: Cell::new(type_flags::BASETYPE),
    methods: &RLOCK_METHODS,
    module: Some("_thread"),
    ..TypeObject::new_static("RLock", std::mem::size_of::<RLock>())
});

fn lock_of(o: &PyObject) -> &Lock {
    assert!(o.is_exact(&LOCK_TYPE), "lock method on a non-lock");
    // SAFETY: checked the exact type (lock is not subclassable).
    unsafe { o.cast::<Lock>() }
}

fn rlock_of(o: &PyObject) -> &RLock {
    assert!(o.is_instance_of(&RLOCK_TYPE), "RLock method on a non-RLock");
    // SAFETY: checked the type; subclasses share the payload.
    unsafe { o.cast::<RLock>() }
}

fn new_lock() -> PyRef {
    new_object(&LOCK_TYPE, |ob| Lock { ob, locked: Cell::new(false) })
}

/// The ident of the one interpreter thread.
fn ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

#[cold]
fn deadlock() -> PyErr {
    PyErr::new(&RUNTIME_ERROR, "deadlock: blocking acquire of a lock held by the only thread (threads are not supported yet by pyston-rt)")
}

/// `acquire(blocking=True, timeout=-1)`: whether the caller may take the
/// lock now (`held` says whether someone else holds it). A timed wait on a
/// lock nobody else can release just waits out the timeout.
fn acquire_args(a: &[&PyObject], kw: Option<&PyObject>, held: bool) -> PyResult<bool> {
    let mut out = [None, None];
    Params::new("acquire", &["blocking", "timeout"], 0).parse(&a[1..], kw, &mut out)?;
    let blocking = match out[0] {
        Some(b) => protocol::is_true(b)?,
        None => true,
    };
    let timeout = match out[1] {
        Some(t) => to_f64(t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::new(&crate::object::exceptions::OVERFLOW_ERROR, "timeout value is too large"));
    }
    if !held {
        return Ok(true);
    }
    if !blocking {
        return Ok(false);
    }
    if timeout < 0.0 {
        return Err(deadlock());
    }
    super::time::sleep_seconds(timeout)?;
    Ok(false)
}

fn lock_acquire(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let l = lock_of(a[0]);
    let ok = acquire_args(a, kw, l.locked.get())?;
    if ok {
        l.locked.set(true);
    }
    Ok(new_bool(ok))
}

fn lock_release(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let l = lock_of(a[0]);
    if !l.locked.get() {
        return Err(PyErr::new(&RUNTIME_ERROR, "release unlocked lock"));
    }
    l.locked.set(false);
    Ok(none())
}

fn lock_locked(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("locked", &a[1..], kw)?;
    Ok(new_bool(lock_of(a[0]).locked.get()))
}

fn lock_reinit(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    lock_of(a[0]).locked.set(false);
    Ok(none())
}

fn lock_repr(o: &PyObject) -> PyResult<PyRef> {
    let state = if lock_of(o).locked.get() { "locked" } else { "unlocked" };
    Ok(new_str(format!("<{} _thread.lock object at {:#x}>", state, o.as_ptr() as usize)))
}

fn rlock_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let _ = (a, kw);
    Ok(new_object(t, |ob| RLock { ob, owner: Cell::new(0), count: Cell::new(0) }))
}

fn rlock_acquire(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let r = rlock_of(a[0]);
    let me = ident();
    let held_by_other = r.count.get() > 0 && r.owner.get() != me;
    let ok = acquire_args(a, kw, held_by_other)?;
    if ok {
        r.owner.set(me);
        r.count.set(r.count.get() + 1);
    }
    Ok(new_bool(ok))
}

fn rlock_release(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let r = rlock_of(a[0]);
    if r.count.get() == 0 || r.owner.get() != ident() {
        return Err(PyErr::new(&RUNTIME_ERROR, "cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
    }
    Ok(none())
}

fn rlock_is_owned(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let r = rlock_of(a[0]);
    Ok(new_bool(r.count.get() > 0 && r.owner.get() == ident()))
}

fn rlock_release_save(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let r = rlock_of(a[0]);
    if r.count.get() == 0 {
        return Err(PyErr::new(&RUNTIME_ERROR, "cannot release un-acquired lock"));
    }
    let state = new_tuple(vec![new_int(r.count.get() as i64), new_int(r.owner.get() as i64)]);
    r.count.set(0);
    r.owner.set(0);
    Ok(state)
}

fn rlock_acquire_restore(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let state = args::one_arg("_acquire_restore", &a[1..], kw)?;
    let items = protocol::collect(state)?;
    let [count, owner] = items.as_slice() else {
        return Err(crate::object::exceptions::type_error("_acquire_restore() argument 1 must be a 2-tuple"));
    };
    let r = rlock_of(a[0]);
    if r.count.get() > 0 && r.owner.get() != ident() {
        return Err(deadlock());
    }
    r.count.set(args::expect_index(count)? as u64);
    r.owner.set(args::expect_index(owner)? as u64);
    Ok(none())
}

fn rlock_reinit(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let r = rlock_of(a[0]);
    r.count.set(0);
    r.owner.set(0);
    Ok(none())
}

fn rlock_repr(o: &PyObject) -> PyResult<PyRef> {
    let r = rlock_of(o);
    let state = if r.count.get() > 0 { "locked" } else { "unlocked" };
    Ok(new_str(format!(
        "<{} {}.{} object owner={} count={} at {:#x}>",
        state,
        o.type_().module.unwrap_or("_thread"),
        o.type_().name(),
        r.owner.get(),
        r.count.get(),
        o.as_ptr() as usize
    )))
}

fn f_allocate_lock(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_thread.allocate_lock", a, kw)?;
    Ok(new_lock())
}

fn f_get_ident(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_thread.get_ident", a, kw)?;
    Ok(new_int(ident() as i64))
}

fn f_get_native_id(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_thread.get_native_id", a, kw)?;
    // SAFETY: gettid has no preconditions.
    Ok(new_int(unsafe { libc::gettid() } as i64))
}

fn f_start_new_thread(_a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(PyErr::new(&RUNTIME_ERROR, "can't start new thread: threads are not supported yet by pyston-rt"))
}

fn f_stack_size(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("stack_size", kw)?;
    args::check_positional("stack_size", a.len(), 0, 1)?;
    if let Some(s) = a.first() {
        let n = args::expect_index(s)?;
        if n != 0 && n < 32768 {
            return Err(value_error(format!("size not valid: {} bytes", n)));
        }
    }
    Ok(new_int(0))
}

fn f_count(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_thread._count", a, kw)?;
    Ok(new_int(0))
}

fn f_daemon_threads_allowed(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_thread.daemon_threads_allowed", a, kw)?;
    Ok(new_bool(true))
}

fn f_interrupt_main(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("interrupt_main", kw)?;
    args::check_positional("interrupt_main", a.len(), 0, 1)?;
    if a.first().is_some_and(|s| !is_none(s) && args::expect_index(s).ok() != Some(libc::SIGINT as isize)) {
        return Err(value_error("signal number out of range"));
    }
    crate::runtime::signals::request_interrupt();
    Ok(none())
}

static FUNCS: [MethodDef; 10] = [
    MethodDef { name: "allocate_lock", func: f_allocate_lock, flags: 0, doc: "Create a new lock object." },
    MethodDef { name: "allocate", func: f_allocate_lock, flags: 0, doc: "An obsolete synonym of allocate_lock()." },
    MethodDef { name: "_set_sentinel", func: f_allocate_lock, flags: 0, doc: "Set a sentinel lock that will be released when the current thread state is finalized." },
    MethodDef { name: "get_ident", func: f_get_ident, flags: 0, doc: "Return a non-zero integer that uniquely identifies the current thread." },
    MethodDef { name: "get_native_id", func: f_get_native_id, flags: 0, doc: "Return the native integral Thread ID of the current thread." },
    MethodDef { name: "start_new_thread", func: f_start_new_thread, flags: 0, doc: "Start a new thread and return its identifier." },
    MethodDef { name: "stack_size", func: f_stack_size, flags: 0, doc: "Return the thread stack size used when creating new threads." },
    MethodDef { name: "_count", func: f_count, flags: 0, doc: "Return the number of currently running Python threads." },
    MethodDef { name: "daemon_threads_allowed", func: f_daemon_threads_allowed, flags: 0, doc: "Return True if daemon threads are allowed." },
    MethodDef { name: "interrupt_main", func: f_interrupt_main, flags: 0, doc: "Simulate the arrival of the given signal in the main thread." },
];

pub fn thread_types() -> [&'static TypeObject; 2] {
    [&LOCK_TYPE, &RLOCK_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_thread");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_thread");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "LockType", LOCK_TYPE.to_ref());
    dict_set_item_str(d, "lock", LOCK_TYPE.to_ref());
    dict_set_item_str(d, "RLock", RLOCK_TYPE.to_ref());
    dict_set_item_str(d, "error", RUNTIME_ERROR.to_ref());
    dict_set_item_str(d, "TIMEOUT_MAX", new_float(TIMEOUT_MAX));
    Ok(m)
}
