//! The perf map: `/tmp/perf-PID.map`, one "START SIZE NAME" line (hex
//! without 0x) per compiled function, so `perf report` names JIT code.
//! Enabled by `PYSTON_PERF_MAP=1` in the environment or [`enable_perf_map`].

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;

/// 0 = not decided yet, 1 = off, 2 = on.
static STATE: AtomicU8 = AtomicU8::new(0);
static FILE: Mutex<Option<File>> = Mutex::new(None);

/// Turns the perf map on for the rest of the process.
pub fn enable_perf_map() {
    STATE.store(2, Ordering::Relaxed);
}

/// Whether functions are being written to the perf map.
pub fn perf_map_enabled() -> bool {
    match STATE.load(Ordering::Relaxed) {
        0 => {
            let on = std::env::var_os("PYSTON_PERF_MAP").is_some_and(|v| !v.is_empty() && v != "0");
            // Another thread may have enabled it meanwhile: keep its decision.
            let _ = STATE.compare_exchange(0, if on { 2 } else { 1 }, Ordering::Relaxed, Ordering::Relaxed);
            STATE.load(Ordering::Relaxed) == 2
        }
        s => s == 2,
    }
}

/// The perf map's path for this process.
pub fn perf_map_path() -> String {
    format!("/tmp/perf-{}.map", std::process::id())
}

/// Appends "ADDR SIZE NAME" to the perf map when it is enabled. Errors
/// (e.g. an unwritable /tmp) are ignored: the map is a diagnostic aid.
pub fn perf_map_register(name: &str, addr: usize, size: usize) {
    if !perf_map_enabled() {
        return;
    }
    let mut guard = FILE.lock().unwrap_or_else(|p| p.into_inner());
    if guard.is_none() {
        *guard = OpenOptions::new().create(true).append(true).open(perf_map_path()).ok();
    }
    if let Some(f) = guard.as_mut() {
        // One write per line: names never contain a newline in the file.
        let clean: String = name.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
        let _ = f.write_all(format!("{addr:x} {size:x} {clean}\n").as_bytes());
    }
}
