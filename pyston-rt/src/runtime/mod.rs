//! Runtime state: start-up, the thread state (recursion depth, the handled
//! exception, the current frame), stack-overflow protection.

use crate::object::{exceptions, PyResult};
use std::cell::Cell;

// The recursion depth and limit and the stack limit live in the thread
// state (`abi::thread_state`), which compiled code shares.
use crate::abi::thread_state::ts;

static INITIALIZED: crate::object::Static<Cell<bool>> = crate::object::Static(Cell::new(false));

/// Ready every static type. Idempotent.
pub fn init() {
    if INITIALIZED.replace(true) {
        return;
    }
    if std::env::var_os("PYSTON_DEBUG_REFS").is_some_and(|v| v != "0") {
        crate::object::debug_refs::enable();
    }
    crate::interp::match_ops::init_builtin_match_flags();
    for t in crate::object::static_types() {
        crate::object::object_type::type_ready(t);
        crate::modules::records::add_structseq_counts(t);
    }
}

/// `init` for unit tests. The runtime is single-threaded; tests run one at
/// a time (`RUST_TEST_THREADS=1` in `.cargo/config.toml`).
pub fn init_for_tests() {
    init();
}

pub fn recursion_limit() -> u32 {
    ts().recursion_limit.get()
}

pub fn set_recursion_limit(n: u32) {
    ts().recursion_limit.set(n);
}

pub fn recursion_depth() -> u32 {
    ts().recursion_depth.get()
}

/// Enter a nested call (Python frame or native recursion such as repr of
/// nested containers); RecursionError past the limit.
#[inline]
pub fn enter_recursive_call(where_: &str) -> PyResult<()> {
    let t = ts();
    let d = t.recursion_depth.get() + 1;
    t.recursion_depth.set(d);
    if d > t.recursion_limit.get() {
        t.recursion_depth.set(d - 1);
        return Err(exceptions::recursion_error(format!("maximum recursion depth exceeded{}", where_)));
    }
    check_stack().inspect_err(|_| t.recursion_depth.set(d - 1))
}

#[inline]
pub fn leave_recursive_call() {
    let t = ts();
    t.recursion_depth.set(t.recursion_depth.get().saturating_sub(1));
}

/// Record the lowest usable stack address for the current thread
/// (`stack_base - size + margin`). Called when the interpreter thread starts.
pub fn set_stack_limit(limit: usize) {
    ts().stack_limit.set(limit);
}

/// The current stack pointer, approximately: the address of a local.
/// (`&0u8` would not do: a constant's address is promoted to static memory.)
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// RecursionError instead of a native stack overflow.
#[inline]
pub fn check_stack() -> PyResult<()> {
    let here = stack_pointer();
    let limit = ts().stack_limit.get();
    if limit != 0 && here < limit {
        return Err(exceptions::recursion_error("maximum recursion depth exceeded"));
    }
    Ok(())
}

static INT_MAX_STR_DIGITS: crate::object::Static<Cell<usize>> = crate::object::Static(Cell::new(4300));

/// `sys.get_int_max_str_digits()`: the limit on int<->str conversion digits
/// (0 = unlimited). The numbers code checks it; `sys` sets it.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.get()
}

pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.set(n);
}

static BUILTINS_MODULE: crate::object::Static<std::cell::RefCell<Option<crate::object::PyRef>>> =
    crate::object::Static(std::cell::RefCell::new(None));
static SYS_MODULES: crate::object::Static<std::cell::RefCell<Option<crate::object::PyRef>>> =
    crate::object::Static(std::cell::RefCell::new(None));

/// Install the process-wide `builtins` module (done once at start-up).
pub fn set_builtins_module(m: crate::object::PyRef) {
    *BUILTINS_MODULE.borrow_mut() = Some(m);
}

/// The `builtins` module (an empty one until the real one is installed).
pub fn builtins_module() -> crate::object::PyRef {
    if let Some(m) = BUILTINS_MODULE.borrow().as_ref() {
        return m.clone();
    }
    let m = crate::object::module::new_module("builtins");
    *BUILTINS_MODULE.borrow_mut() = Some(m.clone());
    m
}

/// The `builtins` module's dict.
pub fn builtins_dict() -> crate::object::PyRef {
    let m = builtins_module();
    crate::object::module::as_module(&m).expect("module").dict().to_ref()
}

/// The builtins a function or frame with these globals uses (CPython's
/// `_PyEval_BuiltinsFromGlobals`): `globals['__builtins__']`, a module
/// standing for its dict, else the process-wide dict. Any other object is
/// used as the mapping itself (`exec(code, {'__builtins__': 5})` fails on
/// the first builtin looked up, as in CPython).
pub fn builtins_for_globals(globals: &crate::object::PyObject) -> crate::object::PyRef {
    if let Some(b) = crate::object::dict::dict_get_str(globals, crate::name!("__builtins__")) {
        if let Some(m) = crate::object::module::as_module(b) {
            return m.dict().to_ref();
        }
        return b.to_ref();
    }
    builtins_dict()
}

/// `sys.modules` (the one dict the import system uses).
pub fn sys_modules() -> crate::object::PyRef {
    if let Some(m) = SYS_MODULES.borrow().as_ref() {
        return m.clone();
    }
    let m = crate::object::dict::new_dict();
    *SYS_MODULES.borrow_mut() = Some(m.clone());
    m
}

/// `sys.modules[name]` if present.
pub fn sys_modules_get(name: &str) -> Option<crate::object::PyRef> {
    let m = sys_modules();
    let k = crate::object::str::new_str(name);
    crate::object::dict::dict_get(&m, &k).ok().flatten()
}

/// Write text to `sys.stderr` (falls back to the process's stderr).
pub fn write_stderr(text: &str) {
    if let Some(sys) = sys_modules_get("sys") {
        if let Ok(Some(err)) = crate::object::protocol::getattr_opt(&sys, crate::name!("stderr")) {
            if !crate::object::singletons::is_none(&err) {
                let s = crate::object::str::new_str(text);
                if crate::object::protocol::call_method(&err, crate::name!("write"), &[&s]).is_ok() {
                    let _ = crate::object::protocol::call_method(&err, crate::name!("flush"), &[]);
                    return;
                }
            }
        }
    }
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}

pub mod finalize;
pub mod signals;
pub mod stats;
pub use signals::{check_interrupt, take_interrupt};
