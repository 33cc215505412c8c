//! Signals: a C handler marks the signal pending and sets one flag; the
//! interpreter polls the flag at loop back-edges and calls
//! (`check_interrupt`) and then runs the pending signals' handlers
//! between instructions. Without the `_signal` module (or with its default
//! handler) a SIGINT raises KeyboardInterrupt; `_signal` installs a hook
//! that calls the Python handlers. Blocking reads and sleeps see EINTR
//! (handlers are installed without SA_RESTART) and check the flag too.

use crate::object::exceptions::{PyErr, KEYBOARD_INTERRUPT};
use crate::object::PyResult;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// Some signal is pending (the one flag the interpreter polls).
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Signal numbers are below this (Linux `_NSIG`).
pub const NSIG: usize = 65;

/// Per-signal pending flags.
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// Descriptor the C handler writes the signal number to (`signal.set_wakeup_fd`), -1: none.
pub static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// Runs the Python-level handler of one pending signal (set by `_signal`).
static HOOK: std::sync::OnceLock<fn(i32) -> PyResult<()>> = std::sync::OnceLock::new();

/// Install the function that runs a pending signal's Python handler.
pub fn set_handler_hook(f: fn(i32) -> PyResult<()>) {
    let _ = HOOK.set(f);
}

/// The C-level handler for every signal handled in Python (async-signal-safe:
/// atomic stores and a `write`).
pub extern "C" fn on_signal(sig: libc::c_int) {
    if sig > 0 && (sig as usize) < NSIG {
        PENDING[sig as usize].store(true, Ordering::SeqCst);
    }
    INTERRUPTED.store(true, Ordering::SeqCst);
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = sig as u8;
        // SAFETY: write is async-signal-safe; errno is saved and restored.
        unsafe {
            let e = *libc::__errno_location();
            libc::write(fd, &b as *const u8 as *const libc::c_void, 1);
            *libc::__errno_location() = e;
        }
    }
}

extern "C" fn on_sigint(sig: libc::c_int) {
    on_signal(sig);
}

/// Install the SIGINT handler (the CLI calls this once).
pub fn install_sigint_handler() {
    // SAFETY: installing a handler that only stores to an atomic is
    // async-signal-safe; the sigaction struct is fully initialized.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        sa.sa_flags = 0; // no SA_RESTART: a blocking read returns EINTR
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// Block the asynchronous signals on the calling thread (the CLI's waiting
/// main thread), so the kernel delivers them to the interpreter thread,
/// whose blocking calls then see EINTR (Python handlers run on the thread
/// that runs Python, as in CPython).
pub fn block_signals_on_this_thread() {
    // SAFETY: building a signal set and changing this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL, libc::SIGTRAP, libc::SIGABRT] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Make the next interrupt check raise KeyboardInterrupt, as if Ctrl-C had
/// been pressed (`_thread.interrupt_main`).
pub fn request_interrupt() {
    PENDING[libc::SIGINT as usize].store(true, Ordering::SeqCst);
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Consume every pending signal without running handlers (whether any was pending).
pub fn take_interrupt() -> bool {
    for p in PENDING.iter() {
        p.store(false, Ordering::SeqCst);
    }
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// Whether a Ctrl-C is pending (does not consume it).
#[inline]
pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// KeyboardInterrupt if Ctrl-C was pressed since the last check.
#[inline(always)]
pub fn check_interrupt() -> PyResult<()> {
    if INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::SeqCst) {
        return run_pending();
    }
    Ok(())
}

/// Run the handlers of the pending signals, lowest number first. A handler
/// that raises stops the run; signals still pending stay pending.
#[cold]
fn run_pending() -> PyResult<()> {
    for sig in 1..NSIG {
        if !PENDING[sig].swap(false, Ordering::SeqCst) {
            continue;
        }
        let r = match HOOK.get() {
            Some(h) => h(sig as i32),
            None if sig == libc::SIGINT as usize => Err(PyErr::with_args(&KEYBOARD_INTERRUPT, vec![])),
            None => Ok(()),
        };
        if r.is_err() {
            if PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
                INTERRUPTED.store(true, Ordering::SeqCst);
            }
            return r;
        }
    }
    Ok(())
}

/// Exit the way CPython does after an uncaught KeyboardInterrupt: restore
/// the default action and kill ourselves with SIGINT, so the parent sees
/// "terminated by SIGINT" (status 130 in a shell).
pub fn exit_by_sigint() -> ! {
    // SAFETY: plain libc calls; if the signal somehow does not terminate us
    // we fall through to exit(130).
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}
