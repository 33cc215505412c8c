//! The thread state: one `#[repr(C)]` struct per thread holding what the
//! runtime and compiled code share about the running thread — the
//! exception being raised across the ABI, the current frame, the recursion
//! depth and limit, the stack limit and the handled exception
//! (`sys.exc_info()`).
//!
//! Compiled code receives a `*mut ThreadState` as the first parameter of
//! every runtime function (`abi::for_each_runtime_fn!`) and never reads a
//! Rust `thread_local`; Rust code reaches it through `ts()`. The runtime is
//! single-threaded today, so there is one, but nothing here assumes it.
//! Offsets: `abi::layout`.

use crate::interp::frame::Frame;
use crate::object::exceptions::PyErr;
use crate::object::{PyObject, PyRef};
use std::cell::Cell;

#[repr(C)]
pub struct ThreadState {
    /// The exception raised by the last failing ABI call (owned; null when
    /// none). Set by the wrappers, taken by `take_exception` or
    /// `pyrt_exc_dispatch`. Rust code inside the runtime uses `PyResult`.
    pub current_exception: Cell<*mut PyObject>,
    /// The innermost running frame (not owned; null outside any frame).
    pub current_frame: Cell<*const Frame>,
    /// Nested Python frames and native recursions (`enter_recursive_call`).
    pub recursion_depth: Cell<u32>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<u32>,
    /// Lowest usable stack address (0: unchecked).
    pub stack_limit: Cell<usize>,
    /// The running context's own handled exception (owned; see
    /// `interp::handled_exception` for the stack of outer ones).
    pub handled: Cell<Option<PyRef>>,
}

thread_local! {
    static TSTATE: ThreadState = const {
        ThreadState {
            current_exception: Cell::new(std::ptr::null_mut()),
            current_frame: Cell::new(std::ptr::null()),
            recursion_depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            stack_limit: Cell::new(0),
            handled: Cell::new(None),
        }
    };
}

/// The calling thread's state (valid for the thread's lifetime).
#[inline(always)]
pub fn ts() -> &'static ThreadState {
    // SAFETY: the thread-local lives until the thread exits, and every user
    // of the reference runs on this thread before that.
    TSTATE.with(|t| unsafe { &*(t as *const ThreadState) })
}

impl ThreadState {
    /// Record `e` as the pending exception (replacing any earlier one).
    pub fn set_exception(&self, e: PyErr) {
        let old = self.current_exception.replace(e.into_value().into_raw());
        // SAFETY: the slot owns the reference it held.
        drop(unsafe { PyRef::from_raw_opt(old) });
    }

    /// Take the pending exception (after an ABI call reported an error).
    pub fn take_exception(&self) -> Option<PyErr> {
        let p = self.current_exception.replace(std::ptr::null_mut());
        // SAFETY: the slot owned the reference.
        unsafe { PyRef::from_raw_opt(p) }.map(PyErr::from_value)
    }

    /// Whether an exception is pending.
    pub fn has_exception(&self) -> bool {
        !self.current_exception.get().is_null()
    }
}
