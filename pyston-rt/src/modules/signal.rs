//! The native `_signal` module. The C-level handler and the pending flags
//! live in `runtime/signals.rs`; this module keeps the Python handler of
//! each signal and installs the hook that calls them between instructions
//! (`handler(signum, frame)`, with the current frame object).
//! SIGINT starts with `default_int_handler` (raises KeyboardInterrupt).

use crate::object::args::{check_positional, no_args, no_kwargs, Params};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error, PyErr, KEYBOARD_INTERRUPT};
use crate::object::float::{new_float, to_f64};
use crate::object::header::{PyObject, PyRef, Static};
use crate::object::int::{int_value_i64, new_int};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};
use crate::runtime::signals::{self as rs, NSIG};
use std::cell::RefCell;

/// The Python handler of each signal (None: not set from Python and not
/// SIG_DFL/SIG_IGN at start-up). Cleared at exit by `clear_handlers`.
static HANDLERS: Static<RefCell<Vec<Option<PyRef>>>> = Static(RefCell::new(Vec::new()));
static DEFAULT_INT_HANDLER: Static<RefCell<Option<PyRef>>> = Static(RefCell::new(None));
static ITIMER_ERROR: Static<RefCell<Option<PyRef>>> = Static(RefCell::new(None));

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// Release the Python handlers (interpreter teardown).
pub fn clear_handlers() {
    let old: Vec<Option<PyRef>> = std::mem::take(&mut *HANDLERS.borrow_mut());
    drop(old);
}

fn handler_of(sig: i32) -> Option<PyRef> {
    HANDLERS.borrow().get(sig as usize).cloned().flatten()
}

/// Run the Python handler of `sig` (the hook `runtime::signals` calls).
fn run_handler(sig: i32) -> PyResult<()> {
    let Some(h) = handler_of(sig) else {
        if sig == libc::SIGINT {
            return Err(PyErr::with_args(&KEYBOARD_INTERRUPT, vec![]));
        }
        return Ok(());
    };
    if int_value_i64(&h).is_some() {
        return Ok(()); // SIG_DFL / SIG_IGN installed meanwhile
    }
    let frame = match crate::interp::current_frame() {
        Some(f) => crate::object::frameobject::frame_object(f),
        None => none(),
    };
    protocol::call(&h, &[&new_int(sig as i64), &frame], None)?;
    Ok(())
}

fn sig_arg(o: &PyObject) -> PyResult<i32> {
    let v = crate::object::args::expect_index(o)?;
    if v < 1 || v as usize >= NSIG {
        return Err(value_error("signal number out of range"));
    }
    Ok(v as i32)
}

fn os_err_last() -> PyErr {
    crate::modules::io::last_os_error(None)
}

fn install(sig: i32, action: libc::sighandler_t) -> PyResult<()> {
    // SAFETY: the sigaction struct is fully initialized; the handler
    // (`rs::on_signal`) is async-signal-safe.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        sa.sa_flags = libc::SA_ONSTACK; // no SA_RESTART: blocking calls see EINTR
        libc::sigemptyset(&mut sa.sa_mask);
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(os_err_last());
        }
    }
    Ok(())
}

fn s_signal(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("signal", kw)?;
    check_positional("signal", args.len(), 2, 2)?;
    let sig = sig_arg(args[0])?;
    let h = args[1];
    let action = match int_value_i64(h) {
        Some(SIG_DFL) => libc::SIG_DFL,
        Some(SIG_IGN) => libc::SIG_IGN,
        _ if h.type_().tp_call.get().is_some() => rs::on_signal as *const () as libc::sighandler_t,
        _ => return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    };
    crate::runtime::signals::check_interrupt()?;
    install(sig, action)?;
    let old = {
        let mut t = HANDLERS.borrow_mut();
        std::mem::replace(&mut t[sig as usize], Some(h.to_ref()))
    };
    Ok(old.unwrap_or_else(none))
}

fn s_getsignal(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("getsignal", kw)?;
    check_positional("getsignal", args.len(), 1, 1)?;
    let sig = sig_arg(args[0])?;
    Ok(handler_of(sig).unwrap_or_else(none))
}

fn s_default_int_handler(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(PyErr::with_args(&KEYBOARD_INTERRUPT, vec![]))
}

fn one_int(fname: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<i64> {
    no_kwargs(fname, kw)?;
    check_positional(fname, args.len(), 1, 1)?;
    Ok(crate::object::args::expect_index(args[0])? as i64)
}

fn s_alarm(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = one_int("alarm", args, kw)?;
    // SAFETY: no preconditions.
    Ok(new_int(unsafe { libc::alarm(n as u32) } as i64))
}

fn s_pause(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("pause", args, kw)?;
    // SAFETY: no preconditions; returns when a signal is caught.
    unsafe { libc::pause() };
    rs::check_interrupt()?;
    Ok(none())
}

fn s_raise_signal(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let sig = one_int("raise_signal", args, kw)?;
    if sig < 0 || sig as usize >= NSIG {
        return Err(value_error("signal number out of range"));
    }
    // SAFETY: no memory preconditions.
    if unsafe { libc::raise(sig as i32) } != 0 {
        return Err(os_err_last());
    }
    rs::check_interrupt()?;
    Ok(none())
}

fn s_strsignal(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let sig = one_int("strsignal", args, kw)?;
    if sig < 1 || sig as usize >= NSIG {
        return Err(value_error("signal number out of range"));
    }
    // CPython's own table for the common signals, strsignal(3) otherwise.
    let s = match sig as i32 {
        libc::SIGINT => "Interrupt",
        libc::SIGILL => "Illegal instruction",
        libc::SIGABRT => "Aborted",
        libc::SIGFPE => "Floating point exception",
        libc::SIGSEGV => "Segmentation fault",
        libc::SIGTERM => "Terminated",
        libc::SIGHUP => "Hangup",
        libc::SIGQUIT => "Quit",
        libc::SIGTRAP => "Trace/breakpoint trap",
        libc::SIGBUS => "Bus error",
        libc::SIGKILL => "Killed",
        libc::SIGUSR1 => "User defined signal 1",
        libc::SIGUSR2 => "User defined signal 2",
        libc::SIGPIPE => "Broken pipe",
        libc::SIGALRM => "Alarm clock",
        _ => {
            // SAFETY: strsignal returns a NUL-terminated string (or null).
            let p = unsafe { libc::strsignal(sig as i32) };
            if p.is_null() {
                return Ok(none());
            }
            // SAFETY: non-null NUL-terminated string.
            let t = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned();
            if t.starts_with("Unknown signal") || t.starts_with("Real-time signal") {
                return Ok(none());
            }
            return Ok(new_str(t));
        }
    };
    Ok(new_str(s))
}

fn sigset_to_set(set: &libc::sigset_t) -> PyResult<PyRef> {
    let s = protocol::call0(crate::object::set::SET_TYPE.obj())?;
    let add = new_str("add");
    for sig in 1..NSIG as i32 {
        // SAFETY: set is an initialized sigset_t.
        if unsafe { libc::sigismember(set, sig) } == 1 {
            protocol::call_method(&s, &add, &[&new_int(sig as i64)])?;
        }
    }
    Ok(s)
}

fn sigset_arg(o: &PyObject) -> PyResult<libc::sigset_t> {
    // SAFETY: sigset_t is plain data, initialized by sigemptyset.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid sigset_t.
    unsafe { libc::sigemptyset(&mut set) };
    for item in protocol::collect(o)? {
        let v = crate::object::args::expect_index(&item)?;
        if v < 1 || v as usize >= NSIG {
            return Err(value_error(format!("signal number {} out of range [1; {}]", v, NSIG - 1)));
        }
        // SAFETY: valid sigset_t and signal number.
        unsafe { libc::sigaddset(&mut set, v as i32) };
    }
    Ok(set)
}

fn s_valid_signals(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("valid_signals", args, kw)?;
    // SAFETY: sigset_t is plain data, filled by sigfillset.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid sigset_t.
    unsafe { libc::sigfillset(&mut set) };
    sigset_to_set(&set)
}

fn s_pthread_sigmask(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("pthread_sigmask", kw)?;
    check_positional("pthread_sigmask", args.len(), 2, 2)?;
    let how = crate::object::args::expect_index(args[0])? as i32;
    let set = sigset_arg(args[1])?;
    // SAFETY: sigset_t is plain data.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid sigsets.
    let r = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if r != 0 {
        return Err(crate::modules::io::os_error_from_errno(r, None));
    }
    rs::check_interrupt()?;
    sigset_to_set(&old)
}

fn s_sigpending(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("sigpending", args, kw)?;
    // SAFETY: sigset_t is plain data.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-parameter.
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(os_err_last());
    }
    sigset_to_set(&set)
}

fn s_sigwait(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("sigwait", kw)?;
    check_positional("sigwait", args.len(), 1, 1)?;
    let set = sigset_arg(args[0])?;
    let mut sig = 0;
    // SAFETY: valid sigset and out-parameter.
    let r = unsafe { libc::sigwait(&set, &mut sig) };
    if r != 0 {
        return Err(crate::modules::io::os_error_from_errno(r, None));
    }
    Ok(new_int(sig as i64))
}

fn s_pthread_kill(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("pthread_kill", kw)?;
    check_positional("pthread_kill", args.len(), 2, 2)?;
    let tid = protocol::index(args[0])?;
    let tid = crate::object::int::int_value_big(&tid).and_then(|b| num_traits::ToPrimitive::to_u64(&b)).unwrap_or(0);
    let sig = crate::object::args::expect_index(args[1])? as i32;
    // SAFETY: tid is a thread id from threading.get_ident (pthread_self).
    let r = unsafe { libc::pthread_kill(tid as libc::pthread_t, sig) };
    if r != 0 {
        return Err(crate::modules::io::os_error_from_errno(r, None));
    }
    rs::check_interrupt()?;
    Ok(none())
}

fn s_siginterrupt(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("siginterrupt", kw)?;
    check_positional("siginterrupt", args.len(), 2, 2)?;
    let sig = sig_arg(args[0])?;
    let flag = protocol::is_true(args[1])?;
    // SAFETY: reading and updating the current action of `sig`.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut sa) != 0 {
            return Err(os_err_last());
        }
        if flag {
            sa.sa_flags &= !libc::SA_RESTART;
        } else {
            sa.sa_flags |= libc::SA_RESTART;
        }
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(os_err_last());
        }
    }
    Ok(none())
}

fn s_set_wakeup_fd(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None, None];
    Params { fname: "set_wakeup_fd", names: &["fd", "warn_on_full_buffer"], required: 1, posonly: 1, kwonly: 1 }.parse(args, kw, &mut o)?;
    let fd = crate::object::args::expect_index(o[0].unwrap())? as i32;
    if fd != -1 {
        // SAFETY: stat is plain data; fstat only checks the descriptor.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: valid out-parameter.
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return Err(os_err_last());
        }
        // SAFETY: plain descriptor.
        let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if fl & libc::O_NONBLOCK == 0 {
            return Err(value_error(format!("the fd {} must be in non-blocking mode", fd)));
        }
    }
    let old = rs::WAKEUP_FD.swap(fd, std::sync::atomic::Ordering::SeqCst);
    Ok(new_int(old as i64))
}

fn itimer_error() -> PyRef {
    ITIMER_ERROR.borrow().clone().unwrap_or_else(|| crate::object::exceptions::OS_ERROR.to_ref())
}

fn timeval_of(v: f64) -> libc::timeval {
    let sec = v.trunc();
    let usec = ((v - sec) * 1e6).round();
    let (mut s, mut u) = (sec as libc::time_t, usec as libc::suseconds_t);
    if u >= 1_000_000 {
        s += 1;
        u -= 1_000_000;
    }
    if v > 0.0 && s == 0 && u == 0 {
        u = 1; // a tiny positive delay must not disarm the timer
    }
    libc::timeval { tv_sec: s, tv_usec: u }
}

fn itimer_tuple(it: &libc::itimerval) -> PyRef {
    let f = |t: &libc::timeval| new_float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    new_tuple(vec![f(&it.it_value), f(&it.it_interval)])
}

fn itimer_fail() -> PyErr {
    let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    let t = itimer_error();
    match protocol::call(&t, &[&new_int(e as i64), &new_str(crate::modules::io::strerror(e))], None) {
        Ok(v) => PyErr::from_value(v),
        Err(e) => e,
    }
}

fn s_setitimer(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("setitimer", kw)?;
    check_positional("setitimer", args.len(), 2, 3)?;
    let which = crate::object::args::expect_index(args[0])? as i32;
    let value = to_f64(args[1])?;
    let interval = match args.get(2) {
        Some(i) => to_f64(i)?,
        None => 0.0,
    };
    let new = libc::itimerval { it_value: timeval_of(value), it_interval: timeval_of(interval) };
    // SAFETY: itimerval is plain data.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    if unsafe { libc::setitimer(which as _, &new, &mut old) } != 0 {
        return Err(itimer_fail());
    }
    Ok(itimer_tuple(&old))
}

fn s_getitimer(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let which = one_int("getitimer", args, kw)? as i32;
    // SAFETY: itimerval is plain data.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-parameter.
    if unsafe { libc::getitimer(which as _, &mut cur) } != 0 {
        return Err(itimer_fail());
    }
    Ok(itimer_tuple(&cur))
}

macro_rules! fdefs {
    ($($name:literal => $f:path),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}

static SIGNAL_FUNCS: [MethodDef; 16] = fdefs![
    "signal" => s_signal, "getsignal" => s_getsignal, "default_int_handler" => s_default_int_handler,
    "alarm" => s_alarm, "pause" => s_pause, "raise_signal" => s_raise_signal, "strsignal" => s_strsignal,
    "valid_signals" => s_valid_signals, "pthread_sigmask" => s_pthread_sigmask, "sigpending" => s_sigpending,
    "sigwait" => s_sigwait, "pthread_kill" => s_pthread_kill, "siginterrupt" => s_siginterrupt,
    "set_wakeup_fd" => s_set_wakeup_fd, "setitimer" => s_setitimer, "getitimer" => s_getitimer,
];

fn signal_constants() -> Vec<(&'static str, i64)> {
    use libc::*;
    vec![
        ("SIGHUP", SIGHUP as i64), ("SIGINT", SIGINT as i64), ("SIGQUIT", SIGQUIT as i64), ("SIGILL", SIGILL as i64),
        ("SIGTRAP", SIGTRAP as i64), ("SIGABRT", SIGABRT as i64), ("SIGIOT", SIGIOT as i64), ("SIGBUS", SIGBUS as i64),
        ("SIGFPE", SIGFPE as i64), ("SIGKILL", SIGKILL as i64), ("SIGUSR1", SIGUSR1 as i64), ("SIGSEGV", SIGSEGV as i64),
        ("SIGUSR2", SIGUSR2 as i64), ("SIGPIPE", SIGPIPE as i64), ("SIGALRM", SIGALRM as i64), ("SIGTERM", SIGTERM as i64),
        ("SIGSTKFLT", SIGSTKFLT as i64), ("SIGCHLD", SIGCHLD as i64), ("SIGCLD", SIGCHLD as i64), ("SIGCONT", SIGCONT as i64),
        ("SIGSTOP", SIGSTOP as i64), ("SIGTSTP", SIGTSTP as i64), ("SIGTTIN", SIGTTIN as i64), ("SIGTTOU", SIGTTOU as i64),
        ("SIGURG", SIGURG as i64), ("SIGXCPU", SIGXCPU as i64), ("SIGXFSZ", SIGXFSZ as i64), ("SIGVTALRM", SIGVTALRM as i64),
        ("SIGPROF", SIGPROF as i64), ("SIGWINCH", SIGWINCH as i64), ("SIGIO", SIGIO as i64), ("SIGPOLL", SIGPOLL as i64),
        ("SIGPWR", SIGPWR as i64), ("SIGSYS", SIGSYS as i64),
        ("SIGRTMIN", SIGRTMIN() as i64), ("SIGRTMAX", SIGRTMAX() as i64),
        ("NSIG", NSIG as i64), ("SIG_DFL", self::SIG_DFL), ("SIG_IGN", self::SIG_IGN),
        ("SIG_BLOCK", SIG_BLOCK as i64), ("SIG_UNBLOCK", SIG_UNBLOCK as i64), ("SIG_SETMASK", SIG_SETMASK as i64),
        ("ITIMER_REAL", ITIMER_REAL as i64), ("ITIMER_VIRTUAL", ITIMER_VIRTUAL as i64), ("ITIMER_PROF", ITIMER_PROF as i64),
    ]
}

/// `signal.itimer_error`, a subclass of OSError (made once, immortal).
fn make_itimer_error() -> PyResult<PyRef> {
    if let Some(t) = ITIMER_ERROR.borrow().clone() {
        return Ok(t);
    }
    let bases = new_tuple(vec![crate::object::exceptions::OS_ERROR.to_ref()]);
    let ns = crate::object::dict::new_dict();
    dict_set_item_str(&ns, "__module__", new_str("signal"));
    let t = protocol::call(crate::object::TYPE_TYPE.obj(), &[&new_str("itimer_error"), &bases, &ns], None)?;
    crate::object::gc::make_immortal_deep(&t);
    *ITIMER_ERROR.borrow_mut() = Some(t.clone());
    Ok(t)
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_signal");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_signal");
    for f in SIGNAL_FUNCS.iter() {
        let func = new_builtin_function(f, Some(mname.clone()));
        if f.name == "default_int_handler" {
            crate::object::gc::make_immortal_deep(&func);
            *DEFAULT_INT_HANDLER.borrow_mut() = Some(func.clone());
        }
        dict_set_item_str(d, f.name, func);
    }
    for (k, v) in signal_constants() {
        dict_set_item_str(d, k, new_int(v));
    }
    dict_set_item_str(d, "ItimerError", make_itimer_error()?);
    {
        let mut t = HANDLERS.borrow_mut();
        if t.is_empty() {
            *t = vec![None; NSIG];
            for (sig, slot) in t.iter_mut().enumerate().skip(1) {
                // SAFETY: sigaction is plain data; querying the current action.
                let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
                // SAFETY: valid out-parameter.
                if unsafe { libc::sigaction(sig as i32, std::ptr::null(), &mut sa) } != 0 {
                    continue;
                }
                *slot = if sa.sa_sigaction == libc::SIG_DFL {
                    Some(new_int(SIG_DFL))
                } else if sa.sa_sigaction == libc::SIG_IGN {
                    Some(new_int(SIG_IGN))
                } else {
                    None
                };
            }
            if let Some(h) = DEFAULT_INT_HANDLER.borrow().clone() {
                t[libc::SIGINT as usize] = Some(h);
            }
        }
    }
    rs::set_handler_hook(run_handler);
    Ok(m)
}
