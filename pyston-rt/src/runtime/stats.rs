//! Execution statistics (`pyston-rt --stats`, Pyston's `statcheck`).
//!
//! Collection is off unless `--stats`, `--stats=json` or the environment
//! variable `PYSTON_STATS_FILE` turns it on before any code object is
//! created. What is counted always (it is cheap, and the tiers' thresholds
//! read it): calls and loop back-edges per code object, hits/misses/deopts
//! per inline-cache site, collections per generation. What is counted only
//! when enabled: instructions executed (the eval loop has a counting
//! instantiation, `interp::eval::run::<true>`), and the registry of code
//! objects the report walks (it keeps them alive until the report).
//!
//! The report (`report`, at exit before the teardown): wall time,
//! instructions, calls, collections, IC hits/misses/deopts per kind, the
//! hottest code objects (calls + back-edges). `--stats` prints it as text on
//! stderr; `--stats=json` as one JSON object on stderr; `PYSTON_STATS_FILE`
//! writes the JSON to that file (what `tests/stats/` assert on).

use crate::bytecode::opcodes::IcKind;
use crate::bytecode::{instr, Op, OperandKind};
use crate::ic::Counters;
use crate::object::code::{as_code, PyCode};
use crate::object::{PyObject, PyRef, Static};
use std::cell::{Cell, UnsafeCell};

/// How the report is written.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Format {
    Text,
    Json,
}

struct State {
    enabled: Cell<bool>,
    /// The report on stderr, if asked for.
    format: Cell<Option<Format>>,
    file: UnsafeCell<Option<String>>,
    start: Cell<Option<std::time::Instant>>,
    /// Every code object created while enabled (owned until the report).
    codes: UnsafeCell<Vec<PyRef>>,
}

static STATE: Static<State> = Static(State {
    enabled: Cell::new(false),
    format: Cell::new(None),
    file: UnsafeCell::new(None),
    start: Cell::new(None),
    codes: UnsafeCell::new(Vec::new()),
});

/// Instructions executed by the counting eval loop (a plain static: the
/// interpreter thread is the only writer).
static INSTRUCTIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
/// Python function calls (every `function_call`, generators included).
static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Whether statistics are being collected.
#[inline(always)]
pub fn enabled() -> bool {
    STATE.enabled.get()
}

/// Turn collection on (the command line, before running anything).
/// `format`: the report on stderr; `file`: the JSON report there.
pub fn enable(format: Option<Format>, file: Option<String>) {
    STATE.enabled.set(true);
    STATE.format.set(format);
    // SAFETY: single-threaded; no other borrow of the cell is live.
    unsafe { *STATE.file.get() = file };
    STATE.start.set(Some(std::time::Instant::now()));
}

/// Remember a new code object for the report (only when enabled).
#[inline]
pub fn register_code(code: &PyRef) {
    if enabled() {
        // SAFETY: single-threaded; no other borrow of the vector is live.
        unsafe { (*STATE.codes.get()).push(code.clone()) };
    }
}

/// Add `n` executed instructions (the counting eval loop flushes its count).
#[inline(always)]
pub fn add_instructions(n: u64) {
    use std::sync::atomic::Ordering::Relaxed;
    INSTRUCTIONS.store(INSTRUCTIONS.load(Relaxed).wrapping_add(n), Relaxed);
}

/// Count a call of a Python function with code `code` (always: the tiers'
/// thresholds read the per-code counters).
#[inline(always)]
pub fn on_call(code: &PyCode) {
    use std::sync::atomic::Ordering::Relaxed;
    code.calls.set(code.calls.get().wrapping_add(1));
    code.counter.set(code.counter.get().wrapping_add(1));
    CALLS.store(CALLS.load(Relaxed).wrapping_add(1), Relaxed);
}

/// Totals of one cache kind.
#[derive(Default, Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindTotals {
    pub sites: u64,
    pub hits: u64,
    pub misses: u64,
    pub deopts: u64,
}

const KINDS: [(IcKind, &str); 6] = [
    (IcKind::Global, "load_global"),
    (IcKind::Attr, "load_attr"),
    (IcKind::StoreAttr, "store_attr"),
    (IcKind::Method, "load_method"),
    (IcKind::BinaryOp, "binary_op"),
    (IcKind::CompareOp, "compare_op"),
];

fn kind_index(k: IcKind) -> usize {
    KINDS.iter().position(|(x, _)| *x == k).unwrap_or(0)
}

/// The counters of every cache site of `code`, with the kind of each.
pub fn site_counters(code: &PyCode) -> Vec<(IcKind, Counters)> {
    let unit = &code.unit;
    let mut out = Vec::new();
    let mut ip = 0;
    // SAFETY: single-threaded; the report runs when no instruction does.
    let ics = unsafe { &*code.ics.get() };
    while ip < unit.code.len() {
        let Some(op) = Op::from_u16(unit.code[ip].0[0]) else { break };
        let info = op.info();
        if let Some(kind) = info.ic_kind {
            let kinds: Vec<OperandKind> = info.operands.iter().map(|(_, k)| *k).collect();
            let vals = instr::decode_operands(&unit.code, ip, &kinds);
            if let Some(i) = kinds.iter().position(|k| *k == OperandKind::C) {
                if let Some(site) = ics.get(vals[i] as usize) {
                    out.push((kind, site.counters(kind)));
                }
            }
        }
        ip += info.width;
    }
    out
}

fn totals_of(code: &PyCode, into: &mut [KindTotals; 6]) {
    for (k, c) in site_counters(code) {
        let t = &mut into[kind_index(k)];
        t.sites += 1;
        t.hits += c.hits as u64;
        t.misses += c.misses as u64;
        t.deopts += c.deopts as u64;
    }
}

fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn kinds_json(t: &[KindTotals; 6]) -> String {
    let parts: Vec<String> = KINDS
        .iter()
        .zip(t.iter())
        .map(|((_, n), t)| format!("\"{}\": {{\"sites\": {}, \"hits\": {}, \"misses\": {}, \"deopts\": {}}}", n, t.sites, t.hits, t.misses, t.deopts))
        .collect();
    format!("{{{}}}", parts.join(", "))
}

/// Build the report in `format`.
pub fn render(format: Format) -> String {
    use std::sync::atomic::Ordering::Relaxed;
    let time = STATE.start.get().map_or(0.0, |s| s.elapsed().as_secs_f64());
    // SAFETY: single-threaded; no other borrow of the vector is live.
    let codes: Vec<&PyCode> = unsafe { &*STATE.codes.get() }.iter().filter_map(|c| as_code(c)).collect();
    let mut total = [KindTotals::default(); 6];
    let mut hot: Vec<(&PyCode, [KindTotals; 6])> = Vec::new();
    for c in &codes {
        let mut t = [KindTotals::default(); 6];
        totals_of(c, &mut t);
        for (a, b) in total.iter_mut().zip(t.iter()) {
            a.sites += b.sites;
            a.hits += b.hits;
            a.misses += b.misses;
            a.deopts += b.deopts;
        }
        if c.calls.get() > 0 || c.back_edges.get() > 0 {
            hot.push((c, t));
        }
    }
    hot.sort_by_key(|(c, _)| std::cmp::Reverse(c.calls.get() as u64 + c.back_edges.get() as u64));
    let gc = crate::object::gc::stats();
    let instructions = INSTRUCTIONS.load(Relaxed);
    let calls = CALLS.load(Relaxed);
    match format {
        Format::Json => {
            let code_parts: Vec<String> = hot
                .iter()
                .map(|(c, t)| {
                    format!(
                        "{{\"name\": {}, \"qualname\": {}, \"file\": {}, \"line\": {}, \"calls\": {}, \"back_edges\": {}, \"ic\": {}}}",
                        json_str(&c.unit.name),
                        json_str(&c.unit.qualname),
                        json_str(&c.unit.filename),
                        c.unit.firstlineno,
                        c.calls.get(),
                        c.back_edges.get(),
                        kinds_json(t)
                    )
                })
                .collect();
            let gcs: Vec<String> = gc.iter().map(|(n, _)| n.to_string()).collect();
            format!(
                "{{\"time\": {:.6}, \"instructions\": {}, \"calls\": {}, \"collections\": [{}], \"ic\": {}, \"llvm\": {}, \"code\": [{}]}}\n",
                time,
                instructions,
                calls,
                gcs.join(", "),
                kinds_json(&total),
                crate::llvm::stats_json(),
                code_parts.join(", ")
            )
        }
        Format::Text => {
            let mut s = String::new();
            s.push_str(&format!("[pyston-rt] statistics (tier={})\n", if crate::llvm::enabled() { "llvm" } else { "interp" }));
            s.push_str(&format!("  time            {:.3}s\n", time));
            s.push_str(&format!("  instructions    {}\n", instructions));
            s.push_str(&format!("  calls           {}\n", calls));
            let gcs: Vec<String> = gc.iter().enumerate().map(|(i, (n, _))| format!("gen{} {}", i, n)).collect();
            s.push_str(&format!("  collections     {}\n", gcs.join(", ")));
            s.push_str("  inline caches   sites       hits     misses     deopts  hit%\n");
            for ((_, n), t) in KINDS.iter().zip(total.iter()) {
                let all = t.hits + t.misses;
                let pct = if all == 0 { 0.0 } else { 100.0 * t.hits as f64 / all as f64 };
                s.push_str(&format!("    {:<12} {:>7} {:>10} {:>10} {:>10} {:>5.1}\n", n, t.sites, t.hits, t.misses, t.deopts, pct));
            }
            s.push_str("  hottest code (calls + back-edges)\n");
            for (c, _) in hot.iter().take(10) {
                s.push_str(&format!(
                    "    {:>10} calls {:>10} back-edges  {} ({}:{})\n",
                    c.calls.get(),
                    c.back_edges.get(),
                    c.unit.qualname,
                    c.unit.filename,
                    c.unit.firstlineno
                ));
            }
            s.push_str(&crate::llvm::stats_text());
            s
        }
    }
}

/// Write the report (at exit, before the teardown), then release the code
/// objects the registry kept.
pub fn report() {
    if !enabled() {
        return;
    }
    // SAFETY: single-threaded; no other borrow of the cell is live.
    let file = unsafe { (*STATE.file.get()).take() };
    if let Some(path) = &file {
        let _ = std::fs::write(path, render(Format::Json));
    }
    if let Some(f) = STATE.format.get() {
        crate::modules::io::write_stderr(&render(f));
    }
    STATE.enabled.set(false);
    // SAFETY: single-threaded; the vector is taken out before its
    // references are dropped (dropping may run code).
    let codes = unsafe { std::mem::take(&mut *STATE.codes.get()) };
    drop(codes);
}

/// The code objects' counters for `obj` (a code object), for tests.
pub fn code_counts(obj: &PyObject) -> Option<(u32, u32)> {
    as_code(obj).map(|c| (c.calls.get(), c.back_edges.get()))
}
