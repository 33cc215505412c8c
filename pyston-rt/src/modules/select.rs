//! The `select` module: `select()` (over poll(2), so descriptors above
//! FD_SETSIZE work too), `poll` objects and `epoll` objects, with EINTR
//! retried against the remaining timeout (PEP 475).

use crate::modules::posix::{errno, os_err};
use crate::object::args::{check_positional, no_kwargs, Params};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{key_error, type_error, value_error, OVERFLOW_ERROR, PyErr};
use crate::object::float::float_value;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, RefCell};
use std::time::{Duration, Instant};

/// A descriptor or an object with `fileno()` (CPython's `PyObject_AsFileDescriptor`).
pub fn as_fd(o: &PyObject) -> PyResult<i32> {
    let v = if crate::object::int::as_int(o).is_some() {
        crate::object::args::expect_index(o)?
    } else {
        match protocol::getattr_opt(o, &new_str("fileno"))? {
            Some(f) => {
                let r = protocol::call0(&f)?;
                if crate::object::int::as_int(&r).is_none() {
                    return Err(type_error("fileno() returned a non-integer"));
                }
                crate::object::args::expect_index(&r)?
            }
            None => return Err(type_error("argument must be an int, or have a fileno() method.")),
        }
    };
    if v < 0 {
        return Err(value_error(format!("file descriptor cannot be a negative integer ({})", v)));
    }
    i32::try_from(v).map_err(|_| PyErr::new(&OVERFLOW_ERROR, "fd is greater than maximum"))
}

/// A timeout in seconds (None: forever) as a deadline.
fn timeout_secs(o: Option<&PyObject>, scale: f64) -> PyResult<Option<Duration>> {
    let Some(o) = o.filter(|o| !is_none(o)) else { return Ok(None) };
    let v = if let Some(f) = float_value(o) {
        f
    } else if crate::object::int::as_int(o).is_some() {
        crate::object::args::expect_index(o)? as f64
    } else {
        return Err(type_error("timeout must be a float or None"));
    };
    if v.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    let secs = v * scale;
    if secs < 0.0 {
        return Err(value_error("timeout must be non-negative"));
    }
    Ok(Some(Duration::from_secs_f64(secs.min(1e9))))
}

/// poll(2) with EINTR retried against the deadline; the number of ready entries.
fn do_poll(fds: &mut [libc::pollfd], timeout: Option<Duration>) -> PyResult<usize> {
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        let ms: i32 = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                let ms = left.as_micros().div_ceil(1000);
                ms.min(i32::MAX as u128) as i32
            }
        };
        // SAFETY: fds is a valid array of pollfd.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(os_err(e, None, None));
        }
        crate::runtime::signals::check_interrupt()?;
    }
}

fn s_select(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("select", kw)?;
    check_positional("select", args.len(), 3, 4)?;
    let timeout = timeout_secs(args.get(3).copied(), 1.0)?;
    let mut lists: [Vec<(PyRef, i32)>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for (i, l) in lists.iter_mut().enumerate() {
        let items = protocol::collect(args[i]).map_err(|_| type_error("arguments 1-3 must be sequences"))?;
        for it in items {
            let fd = as_fd(&it)?;
            l.push((it, fd));
        }
    }
    let mut pfds: Vec<libc::pollfd> = Vec::new();
    let events = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    for (i, l) in lists.iter().enumerate() {
        for (_, fd) in l {
            match pfds.iter_mut().find(|p| p.fd == *fd) {
                Some(p) => p.events |= events[i],
                None => pfds.push(libc::pollfd { fd: *fd, events: events[i], revents: 0 }),
            }
        }
    }
    do_poll(&mut pfds, timeout)?;
    if let Some(p) = pfds.iter().find(|p| p.revents & libc::POLLNVAL != 0) {
        let _ = p;
        return Err(os_err(libc::EBADF, None, None));
    }
    let ready = |fd: i32, i: usize| -> bool {
        let Some(p) = pfds.iter().find(|p| p.fd == fd) else { return false };
        match i {
            0 => p.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
            1 => p.revents & (libc::POLLOUT | libc::POLLERR) != 0,
            _ => p.revents & libc::POLLPRI != 0,
        }
    };
    let mut out = Vec::with_capacity(3);
    for (i, l) in lists.iter().enumerate() {
        out.push(new_list(l.iter().filter(|(_, fd)| ready(*fd, i)).map(|(o, _)| o.clone()).collect()));
    }
    Ok(new_tuple(out))
}

// ---- poll objects ----

#[repr(C)]
pub struct PollObj {
    ob: PyObject,
    fds: RefCell<Vec<(i32, i16)>>,
    polling: Cell<bool>,
}

static POLL_METHODS: [MethodDef; 4] = [
    MethodDef { name: "register", func: poll_register, flags: 0, doc: "Register a file descriptor with the polling object." },
    MethodDef { name: "modify", func: poll_modify, flags: 0, doc: "Modify an already registered file descriptor." },
    MethodDef { name: "unregister", func: poll_unregister, flags: 0, doc: "Remove a file descriptor being tracked by the polling object." },
    MethodDef { name: "poll", func: poll_poll, flags: 0, doc: "Polls the set of registered file descriptors." },
];

pub static POLL_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PollObj>),
    tp_new: slot(no_new),
    flags: Cell::new(0),
    methods: &POLL_METHODS,
    module: Some("select"),
    ..TypeObject::new_static("poll", std::mem::size_of::<PollObj>())
});

fn no_new(t: &TypeObject, _a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    Err(type_error(format!("cannot create 'select.{}' instances", t.name())))
}

fn poll_of(o: &PyObject) -> PyResult<&PollObj> {
    if !o.is_exact(&POLL_TYPE) {
        return Err(type_error("descriptor requires a 'select.poll' object"));
    }
    // SAFETY: checked the exact type.
    Ok(unsafe { o.cast::<PollObj>() })
}

fn mask_arg(o: Option<&PyObject>, d: i64) -> PyResult<i64> {
    match o {
        Some(v) => Ok(crate::object::args::expect_index(v)? as i64),
        None => Ok(d),
    }
}

fn s_poll(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("poll", args, kw)?;
    Ok(new_object(&POLL_TYPE, |ob| PollObj { ob, fds: RefCell::new(Vec::new()), polling: Cell::new(false) }))
}

fn poll_register(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = poll_of(args[0])?;
    no_kwargs("register", kw)?;
    check_positional("register", args.len() - 1, 1, 2)?;
    let fd = as_fd(args[1])?;
    let mask = mask_arg(args.get(2).copied(), (libc::POLLIN | libc::POLLPRI | libc::POLLOUT) as i64)?;
    if !(0..=0xffff).contains(&mask) {
        return Err(PyErr::new(&OVERFLOW_ERROR, "Python int too large for C unsigned short"));
    }
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask as u16 as i16,
        None => fds.push((fd, mask as u16 as i16)),
    }
    Ok(none())
}

fn poll_modify(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = poll_of(args[0])?;
    no_kwargs("modify", kw)?;
    check_positional("modify", args.len() - 1, 2, 2)?;
    let fd = as_fd(args[1])?;
    let mask = mask_arg(Some(args[2]), 0)?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask as u16 as i16,
        None => return Err(os_err(libc::ENOENT, None, None)),
    }
    Ok(none())
}

fn poll_unregister(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = poll_of(args[0])?;
    no_kwargs("unregister", kw)?;
    check_positional("unregister", args.len() - 1, 1, 1)?;
    let fd = as_fd(args[1])?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(none())
        }
        None => {
            drop(fds);
            Err(key_error(&new_int(fd as i64)))
        }
    }
}

fn poll_poll(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = poll_of(args[0])?;
    no_kwargs("poll", kw)?;
    check_positional("poll", args.len() - 1, 0, 1)?;
    // Milliseconds; a negative value means forever.
    let timeout = match args.get(1).copied().filter(|o| !is_none(o)) {
        None => None,
        Some(o) => {
            let v = if let Some(f) = float_value(o) {
                f
            } else if crate::object::int::as_int(o).is_some() {
                crate::object::args::expect_index(o)? as f64
            } else {
                return Err(type_error("timeout must be an integer or None"));
            };
            if v < 0.0 {
                None
            } else {
                Some(Duration::from_secs_f64((v / 1000.0).min(1e9)))
            }
        }
    };
    if p.polling.get() {
        return Err(crate::object::exceptions::runtime_error("concurrent poll() invocation"));
    }
    let mut pfds: Vec<libc::pollfd> = p.fds.borrow().iter().map(|(fd, ev)| libc::pollfd { fd: *fd, events: *ev, revents: 0 }).collect();
    p.polling.set(true);
    let r = do_poll(&mut pfds, timeout);
    p.polling.set(false);
    r?;
    Ok(new_list(
        pfds.iter().filter(|x| x.revents != 0).map(|x| new_tuple(vec![new_int(x.fd as i64), new_int(x.revents as u16 as i64)])).collect(),
    ))
}

// ---- epoll ----

#[repr(C)]
pub struct EpollObj {
    ob: PyObject,
    epfd: Cell<i32>,
}

impl Drop for EpollObj {
    fn drop(&mut self) {
        let fd = self.epfd.replace(-1);
        if fd >= 0 {
            // SAFETY: closing our own descriptor once.
            unsafe { libc::close(fd) };
        }
    }
}

static EPOLL_METHODS: [MethodDef; 9] = [
    MethodDef { name: "close", func: ep_close, flags: 0, doc: "Close the epoll control file descriptor." },
    MethodDef { name: "fileno", func: ep_fileno, flags: 0, doc: "Return the epoll control file descriptor." },
    MethodDef { name: "register", func: ep_register, flags: 0, doc: "Registers a new fd or raises an OSError if the fd is already registered." },
    MethodDef { name: "modify", func: ep_modify, flags: 0, doc: "Modify event mask for a registered file descriptor." },
    MethodDef { name: "unregister", func: ep_unregister, flags: 0, doc: "Remove a registered file descriptor from the epoll object." },
    MethodDef { name: "poll", func: ep_poll, flags: 0, doc: "Wait for events on the epoll file descriptor." },
    MethodDef { name: "__enter__", func: ep_enter, flags: 0, doc: "" },
    MethodDef { name: "__exit__", func: ep_exit, flags: 0, doc: "" },
    MethodDef { name: "fromfd", func: ep_fromfd, flags: crate::object::typeobj::method_flags::CLASS, doc: "Create an epoll object from a given control fd." },
];

static EPOLL_GETSETS: [GetSetDef; 1] = [GetSetDef {
    name: "closed",
    get: |o| Ok(new_bool(ep_of(o)?.epfd.get() < 0)),
    set: None,
    doc: "True if the epoll handler is closed",
}];

pub static EPOLL_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<EpollObj>),
    tp_new: slot(ep_new),
    methods: &EPOLL_METHODS,
    getsets: &EPOLL_GETSETS,
    module: Some("select"),
    ..TypeObject::new_static("epoll", std::mem::size_of::<EpollObj>())
});

fn ep_of(o: &PyObject) -> PyResult<&EpollObj> {
    if !o.is_instance_of(&EPOLL_TYPE) {
        return Err(type_error("descriptor requires a 'select.epoll' object"));
    }
    // SAFETY: checked the type; subclasses share the payload.
    Ok(unsafe { o.cast::<EpollObj>() })
}

fn ep_fd(o: &PyObject) -> PyResult<i32> {
    let fd = ep_of(o)?.epfd.get();
    if fd < 0 {
        return Err(value_error("I/O operation on closed epoll object"));
    }
    Ok(fd)
}

fn ep_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None, None];
    Params::new("epoll", &["sizehint", "flags"], 0).parse(args, kw, &mut o)?;
    let sizehint = mask_arg(o[0], -1)?;
    if sizehint == 0 || sizehint < -1 {
        return Err(value_error("negative sizehint"));
    }
    // SAFETY: no preconditions.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(new_object(t, |ob| EpollObj { ob, epfd: Cell::new(fd) }))
}

fn ep_fromfd(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("fromfd", kw)?;
    check_positional("fromfd", args.len() - 1, 1, 1)?;
    let t = crate::object::typeobj::as_type(args[0]).unwrap_or(&EPOLL_TYPE);
    let fd = as_fd(args[1])?;
    Ok(new_object(t, |ob| EpollObj { ob, epfd: Cell::new(fd) }))
}

fn ep_close(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let e = ep_of(args[0])?;
    let fd = e.epfd.replace(-1);
    // SAFETY: closing our own descriptor once.
    if fd >= 0 && unsafe { libc::close(fd) } != 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(none())
}

fn ep_fileno(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(ep_fd(args[0])? as i64))
}

fn ep_ctl(args: &[&PyObject], kw: Option<&PyObject>, op: i32, fname: &str) -> PyResult<PyRef> {
    let names: &[&str] = if op == libc::EPOLL_CTL_DEL { &["fd"] } else { &["fd", "eventmask"] };
    let required = if op == libc::EPOLL_CTL_MOD { 2 } else { 1 };
    let mut o = [None, None];
    Params::new(fname, names, required).parse(&args[1..], kw, &mut o[..names.len()])?;
    let epfd = ep_fd(args[0])?;
    let fd = as_fd(o[0].unwrap())?;
    let mask = mask_arg(o[1], (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLOUT) as i64)?;
    let mut ev = libc::epoll_event { events: mask as u32, u64: fd as u64 };
    // SAFETY: valid event struct.
    if unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) } != 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(none())
}

fn ep_register(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    ep_ctl(args, kw, libc::EPOLL_CTL_ADD, "register")
}
fn ep_modify(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    ep_ctl(args, kw, libc::EPOLL_CTL_MOD, "modify")
}
fn ep_unregister(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    ep_ctl(args, kw, libc::EPOLL_CTL_DEL, "unregister")
}

fn ep_poll(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None, None];
    Params::new("poll", &["timeout", "maxevents"], 0).parse(&args[1..], kw, &mut o)?;
    let epfd = ep_fd(args[0])?;
    let timeout = match o[0].filter(|t| !is_none(t)) {
        Some(t) => {
            let v = float_value(t).map(Ok).unwrap_or_else(|| crate::object::args::expect_index(t).map(|i| i as f64))?;
            if v < 0.0 {
                None
            } else {
                Some(Duration::from_secs_f64(v.min(1e9)))
            }
        }
        None => None,
    };
    let mut maxevents = mask_arg(o[1], -1)?;
    if maxevents == -1 {
        maxevents = 1023;
    } else if maxevents < 1 {
        return Err(value_error(format!("maxevents must be greater than 0, got {}", maxevents)));
    }
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; maxevents as usize];
    let deadline = timeout.map(|t| Instant::now() + t);
    let n = loop {
        let ms: i32 = match deadline {
            None => -1,
            Some(d) => d.saturating_duration_since(Instant::now()).as_micros().div_ceil(1000).min(i32::MAX as u128) as i32,
        };
        // SAFETY: evs has maxevents entries.
        let r = unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), evs.len() as i32, ms) };
        if r >= 0 {
            break r as usize;
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(os_err(e, None, None));
        }
        crate::runtime::signals::check_interrupt()?;
    };
    Ok(new_list(
        evs[..n]
            .iter()
            .map(|e| {
                let (fd, events) = (e.u64, e.events);
                new_tuple(vec![new_int(fd as i64), new_int(events as i64)])
            })
            .collect(),
    ))
}

fn ep_enter(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    ep_fd(args[0])?;
    Ok(args[0].to_ref())
}

fn ep_exit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    ep_close(&args[..1], kw)
}

static FUNCS: [MethodDef; 2] = [
    MethodDef { name: "select", func: s_select, flags: 0, doc: "Wait until one or more file descriptors are ready for some kind of I/O." },
    MethodDef { name: "poll", func: s_poll, flags: 0, doc: "Returns a polling object." },
];

pub fn select_types() -> [&'static TypeObject; 2] {
    [&POLL_TYPE, &EPOLL_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("select");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("select");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "epoll", EPOLL_TYPE.to_ref());
    dict_set_item_str(d, "error", crate::object::exceptions::OS_ERROR.to_ref());
    use libc::*;
    for (k, v) in [
        ("POLLIN", POLLIN as i64), ("POLLPRI", POLLPRI as i64), ("POLLOUT", POLLOUT as i64), ("POLLERR", POLLERR as i64),
        ("POLLHUP", POLLHUP as i64), ("POLLNVAL", POLLNVAL as i64), ("POLLRDNORM", POLLRDNORM as i64),
        ("POLLRDBAND", POLLRDBAND as i64), ("POLLWRNORM", POLLWRNORM as i64), ("POLLWRBAND", POLLWRBAND as i64),
        ("POLLMSG", 0x400), ("POLLRDHUP", POLLRDHUP as i64),
        ("EPOLLIN", EPOLLIN as i64), ("EPOLLOUT", EPOLLOUT as i64), ("EPOLLPRI", EPOLLPRI as i64), ("EPOLLERR", EPOLLERR as i64),
        ("EPOLLHUP", EPOLLHUP as i64), ("EPOLLET", EPOLLET as u32 as i64), ("EPOLLONESHOT", EPOLLONESHOT as i64),
        ("EPOLLEXCLUSIVE", EPOLLEXCLUSIVE as i64), ("EPOLLRDHUP", EPOLLRDHUP as i64), ("EPOLLRDNORM", EPOLLRDNORM as i64),
        ("EPOLLRDBAND", EPOLLRDBAND as i64), ("EPOLLWRNORM", EPOLLWRNORM as i64), ("EPOLLWRBAND", EPOLLWRBAND as i64),
        ("EPOLLMSG", EPOLLMSG as i64), ("EPOLL_CLOEXEC", EPOLL_CLOEXEC as i64), ("PIPE_BUF", PIPE_BUF as i64),
    ] {
        dict_set_item_str(d, k, new_int(v));
    }
    Ok(m)
}
