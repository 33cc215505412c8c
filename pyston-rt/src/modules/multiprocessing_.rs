//! The native `_multiprocessing` module: `SemLock` over POSIX named
//! semaphores (`sem_open`/`sem_timedwait`/`sem_post`), `sem_unlink` and
//! `flags`, as CPython 3.11's `Modules/_multiprocessing/semaphore.c`: a
//! recursive mutex (kind 0) counts the owner's nested acquisitions, a
//! semaphore (kind 1) refuses a release past `maxvalue`. A wait
//! interrupted by a signal (EINTR) runs the handlers and resumes unless
//! one raises.

use crate::object::args::{self, Params};
use crate::object::dict::{dict_set_item_str, new_dict};
use crate::object::exceptions::{type_error, value_error, PyErr, ASSERTION_ERROR, OVERFLOW_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::module::new_native_module;
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{drop_payload, method_flags, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::Cell;
use std::ffi::CString;

const RECURSIVE_MUTEX: i32 = 0;
const SEMAPHORE: i32 = 1;
const SEM_VALUE_MAX: i64 = i32::MAX as i64;

#[repr(C)]
pub struct SemLock {
    ob: PyObject,
    handle: *mut libc::sem_t,
    last_tid: Cell<libc::pthread_t>,
    count: Cell<i32>,
    maxvalue: i32,
    kind: i32,
    name: Option<String>,
}

impl Drop for SemLock {
    fn drop(&mut self) {
        if self.handle != libc::SEM_FAILED {
            // SAFETY: a handle from sem_open, closed once.
            unsafe { libc::sem_close(self.handle) };
        }
    }
}

static METHODS: [MethodDef; 10] = [
    MethodDef { name: "acquire", func: s_acquire, flags: 0, doc: "Acquire the semaphore/lock." },
    MethodDef { name: "release", func: s_release, flags: 0, doc: "Release the semaphore/lock." },
    MethodDef { name: "__enter__", func: s_acquire, flags: 0, doc: "Enter the semaphore/lock." },
    MethodDef { name: "__exit__", func: s_exit, flags: 0, doc: "Exit the semaphore/lock." },
    MethodDef { name: "_count", func: s_count, flags: 0, doc: "Num of `acquire()`s minus num of `release()`s for this process." },
    MethodDef { name: "_is_mine", func: s_is_mine, flags: 0, doc: "Whether the lock is owned by this thread." },
    MethodDef { name: "_get_value", func: s_get_value, flags: 0, doc: "Get the value of the semaphore." },
    MethodDef { name: "_is_zero", func: s_is_zero, flags: 0, doc: "Return whether semaphore has value zero." },
    MethodDef { name: "_rebuild", func: s_rebuild, flags: method_flags::CLASS, doc: "" },
    MethodDef { name: "_after_fork", func: s_after_fork, flags: 0, doc: "Rezero the net acquisition count after fork()." },
];

static GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "handle", get: get_handle, set: None, doc: "" },
    GetSetDef { name: "kind", get: get_kind, set: None, doc: "" },
    GetSetDef { name: "maxvalue", get: get_maxvalue, set: None, doc: "" },
    GetSetDef { name: "name", get: get_name, set: None, doc: "" },
];

pub static SEMLOCK_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<SemLock>),
    tp_new: slot(s_new),
    flags: Cell::new(type_flags::BASETYPE),
    methods: &METHODS,
    getsets: &GETSETS,
    module: Some("_multiprocessing"),
    doc: Some("Semaphore/Mutex type"),
    ..TypeObject::new_static("SemLock", std::mem::size_of::<SemLock>())
});

pub fn multiprocessing_types() -> [&'static TypeObject; 1] {
    [&SEMLOCK_TYPE]
}

fn me(o: &PyObject) -> &SemLock {
    assert!(o.type_().is_subtype(&SEMLOCK_TYPE), "SemLock method on a non-SemLock");
    // SAFETY: checked the type.
    unsafe { o.cast::<SemLock>() }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn os_err() -> PyErr {
    super::io::os_error_from_errno(errno(), None)
}

fn c_int_arg(o: &PyObject) -> PyResult<i32> {
    args::expect_c_int(o)
}

fn name_arg(o: &PyObject) -> PyResult<CString> {
    let s = str_value(o).ok_or_else(|| type_error(format!("argument 'name' must be str, not {}", o.type_().name())))?;
    CString::new(s).map_err(|_| value_error("embedded null character"))
}

fn s_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 5];
    Params::new("SemLock", &["kind", "value", "maxvalue", "name", "unlink"], 5).parse(a, kw, &mut out)?;
    let kind = c_int_arg(out[0].unwrap())?;
    let value = c_int_arg(out[1].unwrap())?;
    let maxvalue = c_int_arg(out[2].unwrap())?;
    let name = name_arg(out[3].unwrap())?;
    let unlink = protocol::is_true(out[4].unwrap())?;
    if kind != RECURSIVE_MUTEX && kind != SEMAPHORE {
        return Err(value_error("unrecognized kind"));
    }
    // SAFETY: NUL-terminated name; sem_open reports failure as SEM_FAILED.
    let handle = unsafe { libc::sem_open(name.as_ptr(), libc::O_CREAT | libc::O_EXCL, 0o600 as libc::c_uint, value as libc::c_uint) };
    if handle == libc::SEM_FAILED {
        return Err(os_err());
    }
    // SAFETY: as above; on failure the new handle is closed again.
    if unlink && unsafe { libc::sem_unlink(name.as_ptr()) } < 0 {
        let e = os_err();
        // SAFETY: our fresh handle.
        unsafe { libc::sem_close(handle) };
        return Err(e);
    }
    let name = (!unlink).then(|| name.to_string_lossy().into_owned());
    Ok(new_object(t, |ob| SemLock { ob, handle, last_tid: Cell::new(0), count: Cell::new(0), maxvalue, kind, name }))
}

fn is_mine(s: &SemLock) -> bool {
    // SAFETY: pthread_self has no preconditions.
    s.count.get() > 0 && s.last_tid.get() == unsafe { libc::pthread_self() }
}

fn s_acquire(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("acquire", &["block", "timeout"], 0).parse(&a[1..], kw, &mut out)?;
    let s = me(a[0]);
    let blocking = match out[0] {
        Some(b) => protocol::is_true(b)?,
        None => true,
    };
    if s.kind == RECURSIVE_MUTEX && is_mine(s) {
        s.count.set(s.count.get() + 1);
        return Ok(new_bool(true));
    }
    let timeout = match out[1] {
        Some(t) if blocking && !is_none(t) => {
            let t = crate::object::float::to_f64(t)?;
            Some(if t < 0.0 { 0.0 } else { t })
        }
        _ => None,
    };
    let deadline = timeout.map(|t| {
        let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: valid out-pointer.
        unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut now) };
        let ns = now.tv_nsec as i64 + ((t.fract()) * 1e9) as i64;
        libc::timespec { tv_sec: now.tv_sec + t.trunc() as libc::time_t + (ns / 1_000_000_000) as libc::time_t, tv_nsec: (ns % 1_000_000_000) as _ }
    });
    // Try without blocking first (sem_trywait), then wait.
    let ok = loop {
        // SAFETY: a live semaphore handle.
        let r = unsafe { libc::sem_trywait(s.handle) };
        if r == 0 {
            break true;
        }
        let e = errno();
        if e == libc::EINTR {
            crate::runtime::signals::check_interrupt()?;
            continue;
        }
        if e != libc::EAGAIN {
            return Err(os_err());
        }
        if !blocking {
            break false;
        }
        // SAFETY: a live semaphore handle and a valid deadline.
        let r = unsafe {
            match &deadline {
                Some(d) => libc::sem_timedwait(s.handle, d),
                None => libc::sem_wait(s.handle),
            }
        };
        if r == 0 {
            break true;
        }
        match errno() {
            libc::EINTR => crate::runtime::signals::check_interrupt()?,
            libc::ETIMEDOUT | libc::EAGAIN => break false,
            _ => return Err(os_err()),
        }
    };
    if !ok {
        return Ok(new_bool(false));
    }
    s.count.set(s.count.get() + 1);
    // SAFETY: no preconditions.
    s.last_tid.set(unsafe { libc::pthread_self() });
    Ok(new_bool(true))
}

fn s_release(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("release", &a[1..], kw)?;
    let s = me(a[0]);
    if s.kind == RECURSIVE_MUTEX {
        if !is_mine(s) {
            return Err(PyErr::new(&ASSERTION_ERROR, "attempt to release recursive lock not owned by thread"));
        }
        if s.count.get() > 1 {
            s.count.set(s.count.get() - 1);
            return Ok(none());
        }
    } else {
        let mut sval: libc::c_int = 0;
        // SAFETY: a live handle and a valid out-pointer.
        if unsafe { libc::sem_getvalue(s.handle, &mut sval) } < 0 {
            return Err(os_err());
        }
        if sval >= s.maxvalue {
            return Err(value_error("semaphore or lock released too many times"));
        }
    }
    // SAFETY: a live handle.
    if unsafe { libc::sem_post(s.handle) } < 0 {
        return Err(os_err());
    }
    s.count.set(s.count.get() - 1);
    Ok(none())
}

fn s_exit(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    s_release(&a[..1], None)
}

fn s_count(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_count", &a[1..], kw)?;
    Ok(new_int(me(a[0]).count.get() as i64))
}

fn s_is_mine(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_is_mine", &a[1..], kw)?;
    Ok(new_bool(is_mine(me(a[0]))))
}

fn value_of(s: &SemLock) -> PyResult<i32> {
    let mut sval: libc::c_int = 0;
    // SAFETY: a live handle and a valid out-pointer.
    if unsafe { libc::sem_getvalue(s.handle, &mut sval) } < 0 {
        return Err(os_err());
    }
    Ok(sval.max(0))
}

fn s_get_value(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_get_value", &a[1..], kw)?;
    Ok(new_int(value_of(me(a[0]))? as i64))
}

fn s_is_zero(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_is_zero", &a[1..], kw)?;
    Ok(new_bool(value_of(me(a[0]))? == 0))
}

fn s_after_fork(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_after_fork", &a[1..], kw)?;
    me(a[0]).count.set(0);
    Ok(none())
}

/// `SemLock._rebuild(handle, kind, maxvalue, name)`: reopen a named
/// semaphore (in a child process) or adopt the handle.
fn s_rebuild(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("_rebuild", kw)?;
    if a.len() != 5 {
        return Err(type_error(format!("_rebuild expected 4 arguments, got {}", a.len() - 1)));
    }
    let t: &TypeObject = crate::object::typeobj::as_type(a[0]).ok_or_else(|| type_error("_rebuild needs a class"))?;
    let v = protocol::index(a[1])?;
    let mut handle = crate::object::int::int_value_i64(&v).ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "handle out of range"))? as usize as *mut libc::sem_t;
    let kind = c_int_arg(a[2])?;
    let maxvalue = c_int_arg(a[3])?;
    let mut name = None;
    if !is_none(a[4]) {
        let n = name_arg(a[4])?;
        // SAFETY: NUL-terminated name of an existing semaphore.
        handle = unsafe { libc::sem_open(n.as_ptr(), 0) };
        if handle == libc::SEM_FAILED {
            return Err(os_err());
        }
        name = Some(n.to_string_lossy().into_owned());
    }
    Ok(new_object(t, |ob| SemLock { ob, handle, last_tid: Cell::new(0), count: Cell::new(0), maxvalue, kind, name }))
}

fn get_handle(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(me(o).handle as usize as i64))
}

fn get_kind(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(me(o).kind as i64))
}

fn get_maxvalue(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(me(o).maxvalue as i64))
}

fn get_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(match &me(o).name {
        Some(n) => new_str(n.clone()),
        None => none(),
    })
}

fn m_sem_unlink(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = args::one_arg("sem_unlink", a, kw)?;
    let name = name_arg(o)?;
    // SAFETY: NUL-terminated name.
    if unsafe { libc::sem_unlink(name.as_ptr()) } < 0 {
        return Err(os_err());
    }
    Ok(none())
}

static FUNCS: [MethodDef; 1] = [MethodDef { name: "sem_unlink", func: m_sem_unlink, flags: 0, doc: "" }];

pub fn init() -> PyResult<PyRef> {
    // A static type's dict holds immortal values.
    let max = new_int(SEM_VALUE_MAX);
    max.make_immortal();
    dict_set_item_str(SEMLOCK_TYPE.dict(), "SEM_VALUE_MAX", max);
    SEMLOCK_TYPE.modified();
    let flags = new_dict();
    dict_set_item_str(&flags, "HAVE_SEM_OPEN", new_int(1));
    dict_set_item_str(&flags, "HAVE_SEM_TIMEDWAIT", new_int(1));
    Ok(new_native_module("_multiprocessing", &FUNCS, vec![("SemLock", SEMLOCK_TYPE.to_ref()), ("flags", flags)]))
}
