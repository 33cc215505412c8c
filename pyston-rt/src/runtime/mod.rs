//! Runtime state: start-up, the thread state (recursion depth, the handled
//! exception, the current frame), stack-overflow protection.

use crate::object::{exceptions, PyResult};
use std::cell::Cell;

thread_local! {
    static RECURSION_DEPTH: Cell<u32> = const { Cell::new(0) };
    static RECURSION_LIMIT: Cell<u32> = const { Cell::new(1000) };
    static STACK_LIMIT: Cell<usize> = const { Cell::new(0) };
    static INITIALIZED: Cell<bool> = const { Cell::new(false) };
}

/// Ready every static type. Idempotent.
pub fn init() {
    if INITIALIZED.with(|i| i.replace(true)) {
        return;
    }
    if std::env::var_os("PYSTON_DEBUG_REFS").is_some_and(|v| v != "0") {
        crate::object::debug_refs::enable();
    }
    for t in crate::object::static_types() {
        crate::object::object_type::type_ready(t);
    }
}

/// `init` for unit tests (any thread).
pub fn init_for_tests() {
    // Test threads share the static types: the first one readies them while
    // the others wait, so no thread sees a half-readied type.
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    init();
}

pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.with(|l| l.get())
}

pub fn set_recursion_limit(n: u32) {
    RECURSION_LIMIT.with(|l| l.set(n));
}

pub fn recursion_depth() -> u32 {
    RECURSION_DEPTH.with(|d| d.get())
}

/// Enter a nested call (Python frame or native recursion such as repr of
/// nested containers); RecursionError past the limit.
#[inline]
pub fn enter_recursive_call(where_: &str) -> PyResult<()> {
    let d = RECURSION_DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n
    });
    if d > recursion_limit() {
        RECURSION_DEPTH.with(|x| x.set(x.get() - 1));
        return Err(exceptions::recursion_error(format!("maximum recursion depth exceeded{}", where_)));
    }
    check_stack().inspect_err(|_| RECURSION_DEPTH.with(|x| x.set(x.get() - 1)))
}

#[inline]
pub fn leave_recursive_call() {
    RECURSION_DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
}

/// Record the lowest usable stack address for the current thread
/// (`stack_base - size + margin`). Called when the interpreter thread starts.
pub fn set_stack_limit(limit: usize) {
    STACK_LIMIT.with(|l| l.set(limit));
}

/// RecursionError instead of a native stack overflow.
#[inline]
pub fn check_stack() -> PyResult<()> {
    let here = &0u8 as *const u8 as usize;
    let limit = STACK_LIMIT.with(|l| l.get());
    if limit != 0 && here < limit {
        return Err(exceptions::recursion_error("maximum recursion depth exceeded"));
    }
    Ok(())
}
