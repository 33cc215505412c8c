//! Ctrl-C: a SIGINT handler sets a flag; the interpreter polls it at loop
//! back-edges and calls (`check_interrupt`) and raises KeyboardInterrupt.

use crate::object::exceptions::{PyErr, KEYBOARD_INTERRUPT};
use crate::object::PyResult;
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Install the SIGINT handler (the CLI calls this once).
pub fn install_sigint_handler() {
    // SAFETY: installing a handler that only stores to an atomic, which is
    // async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// Consume a pending Ctrl-C.
pub fn take_interrupt() -> bool {
    INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// KeyboardInterrupt if Ctrl-C was pressed since the last check.
#[inline(always)]
pub fn check_interrupt() -> PyResult<()> {
    if INTERRUPTED.load(Ordering::Relaxed) && take_interrupt() {
        return Err(PyErr::with_args(&KEYBOARD_INTERRUPT, vec![]));
    }
    Ok(())
}
