//! The runtime ABI: every `extern "C" fn pyrt_*` that compiled code (the
//! baseline JIT, the LLVM tier, AOT archives) may call, declared once in
//! `for_each_runtime_fn!` (`decl.rs`).
//!
//! From the declaration come:
//! - the wrappers (`pyrt_*`, `#[no_mangle] extern "C"`): each takes the
//!   thread state first, converts raw pointers to Rust references, calls the
//!   Rust implementation — the same function the interpreter calls — and
//!   converts its `PyResult` to the C convention: NULL / -1 with the
//!   exception in `ThreadState::current_exception`. A panic never crosses
//!   the boundary: it becomes a `SystemError` (the caller's exception
//!   dispatch adds the Python traceback);
//! - the registry `RUNTIME_FNS` (name, parameters, result, whether it can
//!   raise, reference effects, address), which the AOT linker resolves
//!   names against;
//! - the printable declarations (`c_declaration`, `llvm_declaration`);
//! - the ABI hash (`abi_hash`): names, signatures and the object-layout
//!   version (`layout::LAYOUT_VERSION`), stamped into every archive and
//!   cache entry; a mismatch means "stale, recompile".
//!
//! Rules every runtime function follows (as wasmtime's libcalls):
//! 1. The first parameter is `ts: *mut ThreadState` of the calling thread.
//! 2. `obj` parameters are borrowed, non-null, valid objects; `obj_opt` may
//!    be null; `obj_consumed` is a reference the callee takes over.
//! 3. `objv` is a pointer to `n` consecutive object slots (frame registers:
//!    `Option<PyRef>` has the representation of a nullable pointer), all
//!    non-null, borrowed; `objv_take` slots are moved out (left null).
//! 4. Results: `new_obj` is an owned reference or NULL on error; `status`
//!    is 0 or -1; `truth` is 0/1 or -1; `next_obj` is a value, or NULL with
//!    no exception pending (exhausted), or NULL with one (error). `i64` and
//!    `void` functions cannot raise.
//! 5. Functions producing several values (`load_method`, unpacking,
//!    `with`) write them into the frame's registers `dst..`.

pub mod decl;
pub mod layout;
pub mod thread_state;

use crate::object::exceptions::{system_error, PyErr};
use crate::object::{PyObject, PyRef, PyResult};
pub use thread_state::{ts, ThreadState};

/// A parameter type and its reference effect.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum Ty {
    /// object, borrowed, non-null
    obj,
    /// object or null, borrowed
    obj_opt,
    /// object, the callee takes the reference
    obj_consumed,
    /// `n` consecutive borrowed object slots
    objv,
    /// `n` consecutive object slots moved out by the callee
    objv_take,
    /// the running frame (`interp::frame::Frame`)
    frame,
    u16,
    u32,
    usize,
    i64,
}

/// A result type and its reference effect.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum Ret {
    /// owned reference; NULL on error
    new_obj,
    /// 0 on success, -1 on error
    status,
    /// 0 or 1, -1 on error
    truth,
    /// owned reference; NULL and no exception: exhausted; NULL and an exception: error
    next_obj,
    /// cannot raise
    i64,
    /// cannot raise
    void,
}

impl Ty {
    /// Reference effect on the argument.
    pub fn effect(self) -> &'static str {
        match self {
            Ty::obj | Ty::obj_opt | Ty::objv => "borrowed",
            Ty::obj_consumed | Ty::objv_take => "consumed",
            _ => "",
        }
    }
    pub fn c_type(self) -> &'static str {
        match self {
            Ty::obj | Ty::obj_opt | Ty::obj_consumed => "PyObject *",
            Ty::objv | Ty::objv_take => "PyObject **",
            Ty::frame => "Frame *",
            Ty::u16 => "uint16_t",
            Ty::u32 => "uint32_t",
            Ty::usize => "size_t",
            Ty::i64 => "int64_t",
        }
    }
    pub fn llvm_type(self) -> &'static str {
        match self {
            Ty::obj | Ty::obj_opt | Ty::obj_consumed | Ty::objv | Ty::objv_take | Ty::frame => "ptr",
            Ty::u16 => "i16",
            Ty::u32 => "i32",
            Ty::usize | Ty::i64 => "i64",
        }
    }
}

impl Ret {
    pub fn raises(self) -> bool {
        !matches!(self, Ret::i64 | Ret::void)
    }
    pub fn effect(self) -> &'static str {
        match self {
            Ret::new_obj | Ret::next_obj => "owned",
            _ => "",
        }
    }
    pub fn c_type(self) -> &'static str {
        match self {
            Ret::new_obj | Ret::next_obj => "PyObject *",
            Ret::status | Ret::truth => "int32_t",
            Ret::i64 => "int64_t",
            Ret::void => "void",
        }
    }
    pub fn llvm_type(self) -> &'static str {
        match self {
            Ret::new_obj | Ret::next_obj => "ptr",
            Ret::status | Ret::truth => "i32",
            Ret::i64 => "i64",
            Ret::void => "void",
        }
    }
}

/// One parameter of a runtime function.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub ty: Ty,
}

/// One registry entry.
#[derive(Copy, Clone, Debug)]
pub struct RuntimeFn {
    pub name: &'static str,
    /// Parameters after the implicit leading `ts: *mut ThreadState`.
    pub params: &'static [Param],
    pub ret: Ret,
    pub raises: bool,
    /// The wrapper's address.
    pub addr: *const (),
    pub doc: &'static str,
}

// SAFETY: the entries are immutable; `addr` is a function address.
unsafe impl Sync for RuntimeFn {}

impl RuntimeFn {
    /// The C prototype, with the reference effects as comments.
    pub fn c_declaration(&self) -> String {
        let mut s = format!("{} {}(ThreadState *ts", self.ret.c_type(), self.name);
        for p in self.params {
            let t = p.ty.c_type();
            s.push_str(&format!(", {}{}{}", t, if t.ends_with('*') { "" } else { " " }, p.name));
            if !p.ty.effect().is_empty() {
                s.push_str(&format!(" /* {} */", p.ty.effect()));
            }
        }
        s.push(')');
        if !self.ret.effect().is_empty() {
            s.push_str(&format!(" /* {} */", self.ret.effect()));
        }
        s.push_str(if self.raises { "; /* raises */" } else { ";" });
        s
    }

    /// The LLVM IR declaration (`declare ptr @pyrt_x(ptr, ptr, i16)`).
    pub fn llvm_declaration(&self) -> String {
        let mut args = vec!["ptr"];
        args.extend(self.params.iter().map(|p| p.ty.llvm_type()));
        format!("declare {} @{}({})", self.ret.llvm_type(), self.name, args.join(", "))
    }
}

/// The registry entry called `name`.
pub fn lookup(name: &str) -> Option<&'static RuntimeFn> {
    decl::RUNTIME_FNS.iter().find(|f| f.name == name)
}

/// Every declaration, one per line (C prototypes).
pub fn declarations() -> String {
    decl::RUNTIME_FNS.iter().map(|f| f.c_declaration() + "\n").collect()
}

/// FNV-1a of a declaration list and a layout version: what makes compiled
/// code compatible with this runtime.
pub fn hash_of(fns: &[RuntimeFn], layout_version: u32) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: &[u8]| {
        for &x in b {
            h ^= x as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(&layout_version.to_le_bytes());
    for f in fns {
        eat(f.name.as_bytes());
        for p in f.params {
            eat(p.name.as_bytes());
            eat(format!("{:?}", p.ty).as_bytes());
        }
        eat(format!("{:?}", f.ret).as_bytes());
    }
    h
}

/// The ABI hash of this runtime.
pub fn abi_hash() -> u64 {
    hash_of(&decl::RUNTIME_FNS, layout::LAYOUT_VERSION)
}

// ---- Conversions used by the generated wrappers ----

/// A Rust result type the wrappers convert to its C form.
pub trait AbiRet {
    type C;
    fn ok(self) -> Self::C;
    fn err() -> Self::C;
}

impl AbiRet for PyRef {
    type C = *mut PyObject;
    #[inline(always)]
    fn ok(self) -> *mut PyObject {
        self.into_raw()
    }
    #[inline(always)]
    fn err() -> *mut PyObject {
        std::ptr::null_mut()
    }
}

impl AbiRet for () {
    type C = i32;
    #[inline(always)]
    fn ok(self) -> i32 {
        0
    }
    #[inline(always)]
    fn err() -> i32 {
        -1
    }
}

impl AbiRet for bool {
    type C = i32;
    #[inline(always)]
    fn ok(self) -> i32 {
        self as i32
    }
    #[inline(always)]
    fn err() -> i32 {
        -1
    }
}

impl AbiRet for Option<PyRef> {
    type C = *mut PyObject;
    #[inline(always)]
    fn ok(self) -> *mut PyObject {
        self.map_or(std::ptr::null_mut(), PyRef::into_raw)
    }
    #[inline(always)]
    fn err() -> *mut PyObject {
        std::ptr::null_mut()
    }
}

/// The `SystemError` a caught panic becomes.
#[cold]
fn panic_error(p: Box<dyn std::any::Any + Send>) -> PyErr {
    let msg = p
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    system_error(format!("internal error (panic in the runtime): {msg}"))
}

/// Run a raising implementation: its result in C form, the error (or a
/// caught panic as SystemError) stored in the thread state.
#[inline(always)]
pub fn guard<T: AbiRet>(ts: *mut ThreadState, f: impl FnOnce() -> PyResult<T>) -> T::C {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(Ok(v)) => v.ok(),
        Ok(Err(e)) => fail::<T>(ts, e),
        Err(p) => fail::<T>(ts, panic_error(p)),
    }
}

#[cold]
fn fail<T: AbiRet>(ts: *mut ThreadState, e: PyErr) -> T::C {
    // SAFETY: rule 1: `ts` is the calling thread's state.
    unsafe { &*ts }.set_exception(e);
    T::err()
}

/// Run an implementation that cannot raise; a panic aborts the process
/// after printing it (it has no error channel, and must not unwind into
/// compiled code).
#[inline(always)]
pub fn guard_nothrow<T>(f: impl FnOnce() -> T) -> T {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(v) => v,
        Err(_) => {
            eprintln!("pyston-rt: internal error: panic in a non-raising runtime function");
            std::process::abort()
        }
    }
}

/// `n` object slots as borrowed objects (rule 3); an empty slot is a
/// SystemError (a register the compiler guarantees set was empty).
///
/// # Safety
/// `p` points to `n` readable slots that stay valid for `'a`.
#[inline(always)]
pub unsafe fn objv<'a>(p: *const *mut PyObject, n: usize) -> PyResult<&'a [&'a PyObject]> {
    let s = std::slice::from_raw_parts(p, n);
    if s.iter().any(|x| x.is_null()) {
        return Err(empty_slot());
    }
    // SAFETY: every slot is a non-null object pointer, which has the
    // representation of `&PyObject`.
    Ok(std::slice::from_raw_parts(p as *const &PyObject, n))
}

#[cold]
pub fn empty_slot() -> PyErr {
    system_error("internal error: empty register in an argument window")
}

#[cfg(test)]
mod tests;
