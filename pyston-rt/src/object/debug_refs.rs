//! Live-object counting per type, enabled by `PYSTON_DEBUG_REFS=1`:
//! every allocation and free is counted and the per-type totals of objects
//! still alive are reported at exit.

use super::typeobj::TypeObject;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(false);

static COUNTS: super::header::Static<RefCell<BTreeMap<String, isize>>> = super::header::Static(RefCell::new(BTreeMap::new()));

/// Turn counting on (called once at start-up).
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

#[inline(always)]
pub fn on_alloc(t: &TypeObject) {
    if enabled() {
        count(t, 1);
    }
}

#[inline(always)]
pub fn on_free(t: &TypeObject) {
    if enabled() {
        count(t, -1);
    }
}

#[cold]
fn count(t: &TypeObject, d: isize) {
    *COUNTS.borrow_mut().entry(t.name().to_string()).or_default() += d;
}

/// The live count per type name (non-zero entries).
pub fn live_counts() -> Vec<(String, isize)> {
    COUNTS.borrow().iter().filter(|(_, &n)| n != 0).map(|(k, &n)| (k.clone(), n)).collect()
}

/// The `PYSTON_DEBUG_REFS=1` exit report on stderr: one summary line, then
/// the live objects per type.
pub fn report() {
    let live = live_counts();
    let total: isize = live.iter().map(|(_, n)| n).sum();
    let mut text = format!("[pyston-rt] debug-refs: {} objects alive at exit\n", total);
    for (name, n) in live {
        text.push_str(&format!("  {}: {}\n", name, n));
    }
    // PYSTON_DEBUG_REFS=2: also the repr of every live collector-tracked object.
    if total != 0 && std::env::var("PYSTON_DEBUG_REFS").is_ok_and(|v| v == "2") {
        for o in super::gc::objects(None) {
            if o.refcnt.get() < super::header::IMMORTAL / 2 {
                let r = super::protocol::repr_string(&o).unwrap_or_else(|_| "<repr failed>".into());
                text.push_str(&format!("    {} (refcnt {}) {}\n", o.type_().name(), o.refcnt.get() - 1, r.chars().take(120).collect::<String>()));
            }
        }
    }
    crate::runtime::write_stderr(&text);
}
