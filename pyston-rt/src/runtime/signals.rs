//! SIGINT handling: the handler only sets a flag; the eval loop polls
//! `take_interrupt()` at safe points and raises KeyboardInterrupt.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Install the SIGINT handler (CPython's default `signal.default_int_handler`
/// behaviour: Ctrl-C becomes KeyboardInterrupt).
pub fn install_sigint_handler() {
    // SAFETY: installing a handler that only stores to an atomic is
    // async-signal-safe; the sigaction struct is fully initialized.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        sa.sa_flags = 0; // no SA_RESTART: a blocking read returns EINTR
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// Whether a SIGINT arrived since the last call (clears the flag).
#[inline]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

/// Whether a SIGINT is pending (does not clear it).
#[inline]
pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
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
