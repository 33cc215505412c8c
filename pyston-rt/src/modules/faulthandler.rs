//! The native `faulthandler` module (CPython 3.11's API and output).
//!
//! `enable` installs handlers for SIGSEGV, SIGFPE, SIGABRT, SIGBUS and
//! SIGILL that write `Fatal Python error: <name>` and the Python traceback
//! to the chosen descriptor, restore the previous handler and re-raise the
//! signal. The handler is async-signal-safe: it only reads the frame chain
//! (code name, file name, line table) and calls `write(2)`, formatting
//! into stack buffers; nothing allocates. `dump_traceback` writes the same
//! traceback on demand, `dump_traceback_later` from a watchdog thread
//! after a timeout (it reads the main thread's frames while that thread
//! runs, as CPython's watchdog does), `register` on a user signal.

use crate::interp::frame::Frame;
use crate::object::args::Params;
use crate::object::exceptions::{runtime_error, type_error, value_error, PyErr, OVERFLOW_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_bool, int_value_i64};
use crate::object::module::new_native_module;
use crate::object::singletons::{is_none, none};
use crate::object::str::str_value;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, Ordering};
use std::sync::{Arc, Condvar, Mutex};

const MAX_FRAME_DEPTH: usize = 100;
const MAX_STRING_LENGTH: usize = 500;

/// The signals `enable` handles, with the names CPython prints.
const FATAL: [(i32, &str); 5] = [
    (libc::SIGBUS, "Bus error"),
    (libc::SIGILL, "Illegal instruction"),
    (libc::SIGFPE, "Floating point exception"),
    (libc::SIGABRT, "Aborted"),
    (libc::SIGSEGV, "Segmentation fault"),
];

/// Descriptor the fatal handler writes to; -1 while disabled.
static FATAL_FD: AtomicI32 = AtomicI32::new(-1);
static FATAL_ALL_THREADS: AtomicBool = AtomicBool::new(true);
/// The interpreter thread's current-frame cell (read by the handlers and
/// the watchdog; set by `enable`/`dump_traceback_later`/`register`).
static FRAME_CELL: AtomicPtr<Cell<*const Frame>> = AtomicPtr::new(std::ptr::null_mut());
/// The interpreter thread (for the "Current thread" header).
static MAIN_TID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Previous dispositions of the fatal signals (valid while enabled).
struct SavedActions(std::cell::UnsafeCell<[std::mem::MaybeUninit<libc::sigaction>; 5]>);
// SAFETY: written only by the interpreter thread in enable/disable (before
// handlers are installed / after they are removed) and read by the fatal
// handler of a signal whose entry was written before it was installed.
unsafe impl Sync for SavedActions {}
static SAVED: SavedActions = SavedActions(std::cell::UnsafeCell::new([std::mem::MaybeUninit::uninit(); 5]));

/// User signals registered with `register`: (fd, all_threads, chain, previous action).
struct UserSig {
    fd: i32,
    all_threads: bool,
    chain: bool,
    prev: libc::sigaction,
}
struct UserTable(std::cell::UnsafeCell<[Option<UserSig>; 65]>);
// SAFETY: entries are written by the interpreter thread while the signal's
// handler is not installed (or is being replaced); the handler only reads.
unsafe impl Sync for UserTable {}
static USER: UserTable = UserTable(std::cell::UnsafeCell::new([const { None }; 65]));

// ---- async-signal-safe output -------------------------------------------

fn put(fd: i32, s: &[u8]) {
    let mut off = 0;
    while off < s.len() {
        // SAFETY: writing from a live buffer; write(2) is async-signal-safe.
        let n = unsafe { libc::write(fd, s[off..].as_ptr() as *const libc::c_void, s.len() - off) };
        if n <= 0 {
            if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return;
        }
        off += n as usize;
    }
}

fn put_dec(fd: i32, mut v: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    put(fd, &buf[i..]);
}

fn put_hex(fd: i32, v: u64, width: usize) {
    let mut buf = [b'0'; 16];
    let mut v2 = v;
    let mut i = 16;
    while v2 != 0 && i > 0 {
        i -= 1;
        buf[i] = b"0123456789abcdef"[(v2 & 15) as usize];
        v2 >>= 4;
    }
    let start = (16 - width.min(16)).min(i);
    put(fd, &buf[start..]);
}

/// A string as CPython's `_Py_DumpASCII`: non-ASCII as `\xNN`, `\uNNNN`,
/// `\UNNNNNNNN`, cut at 500 characters with `...`.
fn put_ascii(fd: i32, o: &PyObject) {
    let Some(s) = str_value(o) else {
        put(fd, b"???");
        return;
    };
    for (n, c) in s.chars().enumerate() {
        if n >= MAX_STRING_LENGTH {
            put(fd, b"...");
            return;
        }
        let c = c as u32;
        if (0x20..0x7f).contains(&c) || c == b'\t' as u32 {
            put(fd, &[c as u8]);
        } else if c < 0x100 {
            put(fd, b"\\x");
            put_hex(fd, c as u64, 2);
        } else if c < 0x10000 {
            put(fd, b"\\u");
            put_hex(fd, c as u64, 4);
        } else {
            put(fd, b"\\U");
            put_hex(fd, c as u64, 8);
        }
    }
}

/// Write the frames from `top` down, innermost first.
fn dump_frames(fd: i32, top: *const Frame) {
    let mut f = top;
    let mut depth = 0;
    while !f.is_null() {
        if depth >= MAX_FRAME_DEPTH {
            put(fd, b"  ...\n");
            break;
        }
        // SAFETY: frames on the chain are alive while they run (the chain is
        // read while the interpreter thread is stopped in a handler, or
        // racily by the watchdog, as CPython's).
        let fr = unsafe { &*f };
        let code = fr.code();
        put(fd, b"  File \"");
        put_ascii(fd, &code.filename);
        put(fd, b"\", line ");
        put_dec(fd, fr.lineno() as u64);
        put(fd, b" in ");
        put_ascii(fd, &code.name);
        put(fd, b"\n");
        f = fr.back.get();
        depth += 1;
    }
}

fn current_top() -> *const Frame {
    let cell = FRAME_CELL.load(Ordering::Acquire);
    if cell.is_null() {
        return std::ptr::null();
    }
    // SAFETY: the cell lives in the interpreter thread's state, which lives
    // as long as the process runs Python code.
    unsafe { (*cell).get() }
}

/// The traceback as CPython's `faulthandler_dump_traceback`: a "Current
/// thread 0x... (most recent call first):" header with `all_threads`,
/// "Stack (most recent call first):" otherwise.
fn dump_traceback_fd(fd: i32, all_threads: bool, current: bool) {
    if all_threads {
        put(fd, if current { b"Current thread 0x" } else { b"Thread 0x" });
        put_hex(fd, MAIN_TID.load(Ordering::Relaxed), 16);
        put(fd, b" (most recent call first):\n");
    } else {
        put(fd, b"Stack (most recent call first):\n");
    }
    let top = current_top();
    if top.is_null() {
        put(fd, b"  <no Python frame>\n");
        return;
    }
    dump_frames(fd, top);
}

// ---- handlers -----------------------------------------------------------

extern "C" fn fatal_handler(signum: libc::c_int) {
    // SAFETY: errno is thread-local; saved and restored around our writes.
    let saved_errno = unsafe { *libc::__errno_location() };
    let Some(i) = FATAL.iter().position(|(s, _)| *s == signum) else { return };
    // Restore the previous disposition first so a fault while dumping kills us.
    // SAFETY: the saved action for an installed handler was written by enable.
    unsafe {
        let prev = (*SAVED.0.get())[i].assume_init_ref();
        libc::sigaction(signum, prev, std::ptr::null_mut());
    }
    let fd = FATAL_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        put(fd, b"Fatal Python error: ");
        put(fd, FATAL[i].1.as_bytes());
        put(fd, b"\n\n");
        dump_traceback_fd(fd, FATAL_ALL_THREADS.load(Ordering::Relaxed), true);
    }
    // SAFETY: as above.
    unsafe {
        *libc::__errno_location() = saved_errno;
        // Delivered when the handler returns (the signal is blocked while it runs).
        libc::raise(signum);
    }
}

extern "C" fn user_handler(signum: libc::c_int) {
    // SAFETY: errno save/restore; the table entry was written before install.
    unsafe {
        let saved_errno = *libc::__errno_location();
        if let Some(u) = (*USER.0.get()).get(signum as usize).and_then(|u| u.as_ref()) {
            dump_traceback_fd(u.fd, u.all_threads, true);
            if u.chain {
                let h = u.prev.sa_sigaction;
                if h != libc::SIG_DFL && h != libc::SIG_IGN {
                    let f: extern "C" fn(libc::c_int) = std::mem::transmute(h);
                    f(signum);
                }
            }
        }
        *libc::__errno_location() = saved_errno;
    }
}

fn install(signum: i32, handler: extern "C" fn(libc::c_int), flags: i32, prev: *mut libc::sigaction) -> bool {
    // SAFETY: a zeroed sigaction with our handler; sigaction validates signum.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = handler as usize;
        libc::sigemptyset(&mut act.sa_mask);
        act.sa_flags = flags;
        libc::sigaction(signum, &act, prev) == 0
    }
}

/// Remember the interpreter thread's frame cell and id.
fn note_thread() {
    let ts = crate::abi::thread_state::ts();
    FRAME_CELL.store(&ts.current_frame as *const Cell<*const Frame> as *mut _, Ordering::Release);
    // SAFETY: no preconditions.
    MAIN_TID.store(unsafe { libc::pthread_self() } as u64, Ordering::Relaxed);
}

// ---- the file argument ----------------------------------------------------

/// The descriptor for a `file` argument: an int, or an object with
/// `fileno()` (flushed first); None or absent: sys.stderr.
fn file_fd(file: Option<&PyObject>) -> PyResult<i32> {
    let stderr;
    let file = match file {
        Some(f) if !is_none(f) => f,
        _ => {
            stderr = super::sys::get("stderr");
            match stderr.as_deref() {
                Some(e) if !is_none(e) => e,
                Some(_) => return Err(runtime_error("sys.stderr is None")),
                None => return Err(runtime_error("unable to get sys.stderr")),
            }
        }
    };
    if crate::object::int::as_int(file).is_some() {
        let fd = crate::object::args::expect_c_int(file)?;
        if fd < 0 {
            return Err(value_error("file is not a valid file descripter"));
        }
        return Ok(fd);
    }
    let fileno = protocol::getattr_str(file, "fileno")?;
    let r = protocol::call0(&fileno)?;
    let fd = match crate::object::int::as_int(&r).and_then(|_| int_value_i64(&r)) {
        Some(v) if (0..=i32::MAX as i64).contains(&v) => v as i32,
        _ => return Err(runtime_error("file.fileno() is not a valid file descriptor")),
    };
    if let Ok(flush) = protocol::getattr_str(file, "flush") {
        let _ = protocol::call0(&flush);
    }
    Ok(fd)
}

fn bool_arg(o: Option<&PyObject>, default: bool) -> PyResult<bool> {
    match o {
        Some(v) => protocol::is_true(v),
        None => Ok(default),
    }
}

// ---- module functions -------------------------------------------------------

fn f_enable(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("enable", &["file", "all_threads"], 0).parse(a, kw, &mut out)?;
    let fd = file_fd(out[0])?;
    let all = bool_arg(out[1], true)?;
    enable_fd(fd, all);
    Ok(none())
}

/// Enable the fatal-signal handlers writing to `fd` (also used for
/// `-X faulthandler` / PYTHONFAULTHANDLER).
pub fn enable_fd(fd: i32, all_threads: bool) {
    note_thread();
    FATAL_ALL_THREADS.store(all_threads, Ordering::Relaxed);
    let was = FATAL_FD.swap(fd, Ordering::AcqRel);
    if was >= 0 {
        return;
    }
    for (i, (sig, _)) in FATAL.iter().enumerate() {
        // SAFETY: the slot is written before the handler can run.
        let slot = unsafe { (*SAVED.0.get())[i].as_mut_ptr() };
        install(*sig, fatal_handler, libc::SA_NODEFER | libc::SA_ONSTACK, slot);
    }
}

fn disable() -> bool {
    let was = FATAL_FD.swap(-1, Ordering::AcqRel);
    if was < 0 {
        return false;
    }
    for (i, (sig, _)) in FATAL.iter().enumerate() {
        // SAFETY: restoring the action saved by enable.
        unsafe { libc::sigaction(*sig, (*SAVED.0.get())[i].assume_init_ref(), std::ptr::null_mut()) };
    }
    true
}

fn f_disable(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("disable", a, kw)?;
    Ok(new_bool(disable()))
}

fn f_is_enabled(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("is_enabled", a, kw)?;
    Ok(new_bool(FATAL_FD.load(Ordering::Relaxed) >= 0))
}

fn f_dump_traceback(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("dump_traceback", &["file", "all_threads"], 0).parse(a, kw, &mut out)?;
    let fd = file_fd(out[0])?;
    let all = bool_arg(out[1], true)?;
    note_thread();
    dump_traceback_fd(fd, all, true);
    Ok(none())
}

// ---- dump_traceback_later -----------------------------------------------------

struct Watchdog {
    cancel: Arc<(Mutex<bool>, Condvar)>,
    thread: std::thread::JoinHandle<()>,
}

static WATCHDOG: Mutex<Option<Watchdog>> = Mutex::new(None);

fn cancel_watchdog() {
    let w = WATCHDOG.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(w) = w {
        *w.cancel.0.lock().unwrap_or_else(|e| e.into_inner()) = true;
        w.cancel.1.notify_all();
        let _ = w.thread.join();
    }
}

/// "Timeout (H:MM:SS[.ffffff])!\n" as CPython's `format_timeout`.
fn timeout_header(us: u64) -> String {
    let (mut sec, frac) = (us / 1_000_000, us % 1_000_000);
    let mut min = sec / 60;
    sec %= 60;
    let hour = min / 60;
    min %= 60;
    if frac != 0 {
        format!("Timeout ({}:{:02}:{:02}.{:06})!\n", hour, min, sec, frac)
    } else {
        format!("Timeout ({}:{:02}:{:02})!\n", hour, min, sec)
    }
}

fn f_dump_traceback_later(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None, None];
    Params::new("dump_traceback_later", &["timeout", "repeat", "file", "exit"], 1).parse(a, kw, &mut out)?;
    let t = out[0].unwrap();
    if crate::object::float::as_float(t).is_none() && crate::object::int::as_int(t).is_none() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", t.type_().name())));
    }
    let secs = crate::object::float::to_f64(t)?;
    if secs.is_nan() || secs * 1e6 >= i64::MAX as f64 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "timestamp out of range for platform time_t"));
    }
    let us = (secs * 1e6).ceil() as i64;
    if us <= 0 {
        return Err(value_error("timeout must be greater than 0"));
    }
    let repeat = bool_arg(out[1], false)?;
    let fd = file_fd(out[2])?;
    let exit = bool_arg(out[3], false)?;
    note_thread();
    cancel_watchdog();
    let header = timeout_header(us as u64);
    let cancel = Arc::new((Mutex::new(false), Condvar::new()));
    let c2 = cancel.clone();
    let thread = std::thread::Builder::new()
        .name("faulthandler watchdog".into())
        .spawn(move || {
            let dur = std::time::Duration::from_micros(us as u64);
            loop {
                let (lock, cv) = &*c2;
                let g = lock.lock().unwrap_or_else(|e| e.into_inner());
                let (g, res) = cv.wait_timeout_while(g, dur, |c| !*c).unwrap_or_else(|e| e.into_inner());
                if *g || !res.timed_out() {
                    return;
                }
                drop(g);
                put(fd, header.as_bytes());
                dump_traceback_fd(fd, true, false);
                if exit {
                    // SAFETY: immediate process exit, as CPython's _exit(1).
                    unsafe { libc::_exit(1) };
                }
                if !repeat {
                    return;
                }
            }
        })
        .map_err(|e| runtime_error(format!("unable to start watchdog thread: {}", e)))?;
    *WATCHDOG.lock().unwrap_or_else(|e| e.into_inner()) = Some(Watchdog { cancel, thread });
    Ok(none())
}

fn f_cancel_dump_traceback_later(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("cancel_dump_traceback_later", a, kw)?;
    cancel_watchdog();
    Ok(none())
}

// ---- register / unregister ------------------------------------------------------

fn signum_arg(o: &PyObject, for_register: bool) -> PyResult<i32> {
    let s = crate::object::args::expect_c_int(o)?;
    if for_register {
        if let Some((_, _)) = FATAL.iter().find(|(f, _)| *f == s) {
            return Err(runtime_error(format!("signal {} cannot be registered, use enable() instead", s)));
        }
    }
    if s < 1 || s >= 65 {
        return Err(value_error("signal number out of range"));
    }
    Ok(s)
}

fn f_register(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None, None];
    Params::new("register", &["signum", "file", "all_threads", "chain"], 1).parse(a, kw, &mut out)?;
    let signum = signum_arg(out[0].unwrap(), true)?;
    let fd = file_fd(out[1])?;
    let all_threads = bool_arg(out[2], true)?;
    let chain = bool_arg(out[3], false)?;
    note_thread();
    // SAFETY: the table entry is replaced while our handler for this signal
    // is either not installed or reads the same fields.
    let table = unsafe { &mut *USER.0.get() };
    match &mut table[signum as usize] {
        Some(u) => {
            u.fd = fd;
            u.all_threads = all_threads;
            u.chain = chain;
        }
        slot @ None => {
            // SAFETY: zeroed out-struct for the previous action.
            let mut prev: libc::sigaction = unsafe { std::mem::zeroed() };
            // SAFETY: query the current action without changing it.
            unsafe { libc::sigaction(signum, std::ptr::null(), &mut prev) };
            *slot = Some(UserSig { fd, all_threads, chain, prev });
            let flags = libc::SA_ONSTACK | if chain { libc::SA_NODEFER } else { 0 };
            if !install(signum, user_handler, flags, std::ptr::null_mut()) {
                *slot = None;
                return Err(super::io::os_error_from_errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(0), None));
            }
        }
    }
    Ok(none())
}

fn f_unregister(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = crate::object::args::one_arg("unregister", a, kw)?;
    let signum = signum_arg(o, false)?;
    // SAFETY: as register.
    let table = unsafe { &mut *USER.0.get() };
    match table[signum as usize].take() {
        Some(u) => {
            // SAFETY: restoring the action saved by register.
            unsafe { libc::sigaction(signum, &u.prev, std::ptr::null_mut()) };
            Ok(new_bool(true))
        }
        None => Ok(new_bool(false)),
    }
}

// ---- crash helpers (tests) ------------------------------------------------------

/// No core file for the deliberate crashes (CPython's
/// faulthandler_suppress_crash_report).
fn suppress_core() {
    let rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: lowering our own core-size limit.
    unsafe {
        let mut old: libc::rlimit = std::mem::zeroed();
        if libc::getrlimit(libc::RLIMIT_CORE, &mut old) == 0 {
            let new = libc::rlimit { rlim_cur: 0, rlim_max: old.rlim_max };
            libc::setrlimit(libc::RLIMIT_CORE, &new);
        } else {
            libc::setrlimit(libc::RLIMIT_CORE, &rl);
        }
    }
}

fn crash(sig: i32) -> PyResult<PyRef> {
    note_thread();
    suppress_core();
    // SAFETY: raising a signal at ourselves. If a handler returned (Rust's
    // std SIGSEGV handler only resets itself, expecting a re-fault), the
    // default action kills the process as in CPython.
    unsafe {
        libc::raise(sig);
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
    Ok(none())
}

fn f_sigsegv(_a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    crash(libc::SIGSEGV)
}

fn f_read_null(_a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    crash(libc::SIGSEGV)
}

fn f_sigfpe(_a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    crash(libc::SIGFPE)
}

fn f_sigabrt(_a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    note_thread();
    suppress_core();
    std::process::abort()
}

static FUNCS: [MethodDef; 13] = [
    MethodDef { name: "enable", func: f_enable, flags: 0, doc: "enable(file=sys.stderr, all_threads=True): enable the fault handler" },
    MethodDef { name: "disable", func: f_disable, flags: 0, doc: "disable(): disable the fault handler" },
    MethodDef { name: "is_enabled", func: f_is_enabled, flags: 0, doc: "is_enabled()->bool: check if the handler is enabled" },
    MethodDef { name: "dump_traceback", func: f_dump_traceback, flags: 0, doc: "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file" },
    MethodDef { name: "dump_traceback_later", func: f_dump_traceback_later, flags: 0, doc: "dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):\ndump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe." },
    MethodDef { name: "cancel_dump_traceback_later", func: f_cancel_dump_traceback_later, flags: 0, doc: "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()." },
    MethodDef { name: "register", func: f_register, flags: 0, doc: "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file" },
    MethodDef { name: "unregister", func: f_unregister, flags: 0, doc: "unregister(signum): unregister the handler of the signal 'signum' registered by register()" },
    MethodDef { name: "_read_null", func: f_read_null, flags: 0, doc: "_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform" },
    MethodDef { name: "_sigsegv", func: f_sigsegv, flags: 0, doc: "_sigsegv(release_gil=False): raise a SIGSEGV signal" },
    MethodDef { name: "_sigabrt", func: f_sigabrt, flags: 0, doc: "_sigabrt(): raise a SIGABRT signal" },
    MethodDef { name: "_sigfpe", func: f_sigfpe, flags: 0, doc: "_sigfpe(): raise a SIGFPE signal" },
    MethodDef { name: "_stack_overflow", func: f_sigsegv, flags: 0, doc: "_stack_overflow(): recursive call to raise a stack overflow" },
];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("faulthandler", &FUNCS, vec![]))
}
