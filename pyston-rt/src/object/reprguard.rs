//! The repr recursion guard shared by every container repr (CPython's
//! `Py_ReprEnter`/`Py_ReprLeave`): a thread-local set of the objects whose
//! repr is in progress, so that `l = []; l.append(l)` prints `[[...]]`.

use super::header::PyObject;
use std::cell::RefCell;

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Mark `o` as being repr'd. Returns `true` when it already was (a recursive
/// repr: the caller prints its `...` form and must NOT call `repr_leave`);
/// `false` when it was newly entered (the caller must call `repr_leave(o)`
/// when done, also on error). Same contract as CPython's `Py_ReprEnter`.
pub fn repr_enter(o: &PyObject) -> bool {
    let p = o as *const PyObject as usize;
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&p) {
            true
        } else {
            s.push(p);
            false
        }
    })
}

/// Undo a successful `repr_enter(o)`.
pub fn repr_leave(o: &PyObject) {
    leave_addr(o as *const PyObject as usize)
}

fn leave_addr(p: usize) {
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|&x| x == p) {
            s.remove(i);
        }
    })
}

/// RAII form: `let Some(_g) = ReprGuard::enter(o) else { return recursive_form };`
pub struct ReprGuard(usize);

impl ReprGuard {
    /// None when `o` is already being repr'd.
    pub fn enter(o: &PyObject) -> Option<ReprGuard> {
        if repr_enter(o) {
            None
        } else {
            Some(ReprGuard(o as *const PyObject as usize))
        }
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        leave_addr(self.0);
    }
}
