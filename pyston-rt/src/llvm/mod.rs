//! The LLVM tier: code objects lowered to LLVM IR (`lower.rs`, with the
//! inline fast paths of `fast.rs`), optimised, emitted as an ELF object,
//! linked into the process by our own loader (`crate::loader`, no LLVM at
//! load time) and run through their native entry.
//!
//! `--tier=llvm` compiles every code object at its first call
//! (`entry_for`, called where a frame starts running: `eval::run_frame`);
//! a code object the tier cannot handle stays interpreted (counted in
//! `--stats`). The entry is cached on the code object (`PyCode::jit`).

pub mod fast;
pub mod lower;
pub mod pipeline;
pub mod symbols;

use crate::abi::ThreadState;
use crate::interp::eval::Exit;
use crate::interp::frame::{state, Frame};
use crate::object::code::PyCode;
use crate::object::exceptions::{system_error, PyErr};
use crate::object::{PyObject, PyRef, PyResult};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

/// A compiled entry: run the frame from its current instruction.
pub type Entry = unsafe extern "C" fn(*mut Frame, *mut ThreadState) -> *mut PyObject;

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Counters reported by `--stats`.
pub struct Stats {
    pub compiled: AtomicU64,
    pub fallbacks: AtomicU64,
    pub cache_hits: AtomicU64,
    pub cache_misses: AtomicU64,
    pub ir_ns: AtomicU64,
    pub opt_ns: AtomicU64,
    pub emit_ns: AtomicU64,
    pub load_ns: AtomicU64,
}

pub static STATS: Stats = Stats {
    compiled: AtomicU64::new(0),
    fallbacks: AtomicU64::new(0),
    cache_hits: AtomicU64::new(0),
    cache_misses: AtomicU64::new(0),
    ir_ns: AtomicU64::new(0),
    opt_ns: AtomicU64::new(0),
    emit_ns: AtomicU64::new(0),
    load_ns: AtomicU64::new(0),
};

static VERBOSE: AtomicBool = AtomicBool::new(false);

/// Turn the tier on (`--tier=llvm`). `PYSTON_LLVM_VERBOSE=1` reports
/// each fallback's reason on stderr.
pub fn enable(_stats: bool) {
    ENABLED.store(true, Relaxed);
    if std::env::var_os("PYSTON_LLVM_VERBOSE").is_some_and(|v| v == "1") {
        VERBOSE.store(true, Relaxed);
    }
}

pub fn enabled() -> bool {
    ENABLED.load(Relaxed)
}

/// The compiled entry of `code`, compiling it on first use; None when the
/// tier is off or the code cannot be compiled (it is interpreted).
#[inline]
pub fn entry_for(code: &PyCode) -> Option<Entry> {
    if !ENABLED.load(Relaxed) {
        return None;
    }
    match code.jit.get() {
        0 => {
            let t0 = std::time::Instant::now();
            let r = match pipeline::compile(code) {
                Ok(addr) => {
                    STATS.compiled.fetch_add(1, Relaxed);
                    addr
                }
                Err(why) => {
                    STATS.fallbacks.fetch_add(1, Relaxed);
                    if VERBOSE.load(Relaxed) {
                        eprintln!("[llvm] {}: interpreted ({})", code.unit.qualname, why);
                    }
                    1
                }
            };
            if VERBOSE.load(Relaxed) {
                eprintln!("[llvm] {} ({} words): {:.1} ms", code.unit.qualname, code.unit.code.len(), t0.elapsed().as_secs_f64() * 1e3);
            }
            code.jit.set(r);
            entry_from(r)
        }
        a => entry_from(a),
    }
}

fn entry_from(a: usize) -> Option<Entry> {
    if a <= 1 {
        return None;
    }
    // SAFETY: `a` is the address of a loaded `pyc_entry` (`pipeline`),
    // which has the `Entry` signature and stays mapped for the process.
    Some(unsafe { std::mem::transmute::<usize, Entry>(a) })
}

/// Run `f` (already the current, running frame) through its compiled
/// entry: `throw` is raised at the current instruction first (generator
/// `throw()`), as the interpreter does.
pub fn run_compiled(f: &Frame, throw: Option<PyErr>, entry: Entry) -> PyResult<Exit> {
    if let Some(e) = throw {
        let h = crate::interp::generic::dispatch_exception(f, f.ip.get() as usize, e, true)?;
        f.ip.set(h as u32);
    }
    let ts = crate::abi::ts() as *const ThreadState as *mut ThreadState;
    // SAFETY: the entry was compiled from this frame's code object; the
    // frame and the thread state are valid for the call.
    let r = unsafe { entry(f as *const Frame as *mut Frame, ts) };
    if r.is_null() {
        // SAFETY: `ts` is this thread's state.
        let e = unsafe { &*ts }.take_exception();
        return Err(e.unwrap_or_else(|| system_error("compiled code failed without an exception")));
    }
    // SAFETY: compiled code returns an owned reference.
    let v = unsafe { PyRef::from_raw(r) };
    if f.state.get() == state::SUSPENDED {
        Ok(Exit::Yield(v))
    } else {
        Ok(Exit::Return(v))
    }
}

fn ms(ns: &AtomicU64) -> f64 {
    ns.load(Relaxed) as f64 / 1e6
}

/// The `--stats` block (empty when the tier is off).
pub fn stats_text() -> String {
    if !enabled() {
        return String::new();
    }
    let s = &STATS;
    format!(
        "[llvm] functions compiled: {}\n[llvm] fallbacks (interpreted): {}\n[llvm] object cache: {} hits, {} misses\n[llvm] time: IR {:.1} ms, optimise {:.1} ms, emit {:.1} ms, load {:.1} ms\n",
        s.compiled.load(Relaxed),
        s.fallbacks.load(Relaxed),
        s.cache_hits.load(Relaxed),
        s.cache_misses.load(Relaxed),
        ms(&s.ir_ns),
        ms(&s.opt_ns),
        ms(&s.emit_ns),
        ms(&s.load_ns),
    )
}

/// The `--stats=json` / `PYSTON_STATS_FILE` object (`null` when the tier is off).
pub fn stats_json() -> String {
    if !enabled() {
        return "null".into();
    }
    let s = &STATS;
    format!(
        "{{\"compiled\": {}, \"fallbacks\": {}, \"cache_hits\": {}, \"cache_misses\": {}, \"ir_ms\": {:.3}, \"optimise_ms\": {:.3}, \"emit_ms\": {:.3}, \"load_ms\": {:.3}}}",
        s.compiled.load(Relaxed),
        s.fallbacks.load(Relaxed),
        s.cache_hits.load(Relaxed),
        s.cache_misses.load(Relaxed),
        ms(&s.ir_ns),
        ms(&s.opt_ns),
        ms(&s.emit_ns),
        ms(&s.load_ns),
    )
}

#[cfg(test)]
mod tests;
