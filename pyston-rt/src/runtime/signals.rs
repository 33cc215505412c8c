//! Ctrl-C: a SIGINT handler sets a flag; the interpreter polls it at loop
//! back-edges and calls (`check_interrupt`) and raises KeyboardInterrupt.
//! Blocking reads and sleeps see EINTR (the handler is installed without
//! SA_RESTART) and check the flag too.

use crate::object::exceptions::{PyErr, KEYBOARD_INTERRUPT};
use crate::object::PyResult;
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
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

/// Make the next interrupt check raise KeyboardInterrupt, as if Ctrl-C had
/// been pressed (`_thread.interrupt_main`).
pub fn request_interrupt() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Consume a pending Ctrl-C.
pub fn take_interrupt() -> bool {
    INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// Whether a Ctrl-C is pending (does not consume it).
#[inline]
pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// KeyboardInterrupt if Ctrl-C was pressed since the last check.
#[inline(always)]
pub fn check_interrupt() -> PyResult<()> {
    if INTERRUPTED.load(Ordering::Relaxed) && take_interrupt() {
        return Err(PyErr::with_args(&KEYBOARD_INTERRUPT, vec![]));
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
