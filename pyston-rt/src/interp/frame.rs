//! The frame: one `#[repr(C)]` layout shared by every tier. Compiled code
//! receives a pointer to it and reads/writes the same registers, so a tier
//! can stop at an instruction boundary and another can continue there.

use crate::object::code::PyCode;
use crate::object::{PyObject, PyRef};
use std::alloc::Layout;
use std::cell::Cell;
use std::ptr::NonNull;

/// Frame state (generators move between these).
pub mod state {
    pub const CREATED: u8 = 0;
    pub const RUNNING: u8 = 1;
    pub const SUSPENDED: u8 = 2;
    pub const FINISHED: u8 = 3;
}

#[repr(C)]
pub struct Frame {
    /// The code object (owned).
    pub code: PyRef,
    /// Globals dict (owned).
    pub globals: PyRef,
    /// Builtins dict (owned).
    pub builtins: PyRef,
    /// Locals dict for module, class-body and exec code (LoadName/StoreName).
    pub locals: Option<PyRef>,
    /// The calling frame while running (not owned).
    pub back: Cell<*mut Frame>,
    /// This frame's frame object (`object::frameobject`), created on first
    /// use; owns one reference. Null for frames that never needed one.
    pub frame_obj: Cell<*mut PyObject>,
    /// Word index of the current (or, when suspended, the suspending) instruction.
    pub ip: Cell<u32>,
    pub state: Cell<u8>,
    pub nregs: u32,
    /// `nregs` registers follow.
    pub regs: [Option<PyRef>; 0],
}

pub const FRAME_HEADER: usize = std::mem::size_of::<Frame>();

impl Frame {
    #[inline(always)]
    pub fn code(&self) -> &PyCode {
        // SAFETY: `code` always holds a code object.
        unsafe { self.code.cast::<PyCode>() }
    }

    /// Pointer to the first register.
    #[inline(always)]
    pub fn regs_ptr(&self) -> *mut Option<PyRef> {
        self.regs.as_ptr() as *mut Option<PyRef>
    }

    /// The registers as a slice.
    #[inline(always)]
    pub fn regs(&self) -> &[Option<PyRef>] {
        // SAFETY: the allocation holds `nregs` initialized registers.
        unsafe { std::slice::from_raw_parts(self.regs_ptr(), self.nregs as usize) }
    }

    /// Register `i` as a borrowed object, if set.
    #[inline(always)]
    pub fn reg(&self, i: usize) -> Option<&PyObject> {
        self.regs().get(i).and_then(|r| r.as_deref())
    }

    /// Store into register `i` (the old value is released).
    #[inline(always)]
    pub fn set_reg(&self, i: usize, v: Option<PyRef>) {
        assert!(i < self.nregs as usize);
        // SAFETY: i < nregs; single-threaded.
        let old = unsafe { std::mem::replace(&mut *self.regs_ptr().add(i), v) };
        drop(old);
    }

    /// The current source line.
    pub fn lineno(&self) -> u32 {
        self.code().unit.line_at(self.ip.get() as usize)
    }
}

/// Visit every reference a frame owns (for the owner's `tp_traverse`:
/// generators; frames of running calls are not collector objects).
pub fn traverse_frame(f: &Frame, visit: &mut dyn FnMut(&PyObject)) {
    visit(&f.code);
    visit(&f.globals);
    visit(&f.builtins);
    if let Some(l) = &f.locals {
        visit(l);
    }
    for r in f.regs().iter().flatten() {
        visit(r);
    }
}

/// An owned, heap-allocated frame.
pub struct FrameBox(NonNull<Frame>);

impl FrameBox {
    /// A frame for `code` with all registers empty.
    pub fn new(code: PyRef, globals: PyRef, builtins: PyRef, locals: Option<PyRef>) -> FrameBox {
        // SAFETY: callers pass a code object.
        let nregs = unsafe { code.cast::<PyCode>() }.unit.nregs;
        let layout = frame_layout(nregs);
        // SAFETY: the layout has non-zero size; zeroed memory is a valid
        // `None` for every register (Option<PyRef> uses the null niche).
        unsafe {
            let p = std::alloc::alloc_zeroed(layout) as *mut Frame;
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            std::ptr::write(
                p,
                Frame {
                    code,
                    globals,
                    builtins,
                    locals,
                    back: Cell::new(std::ptr::null_mut()),
                    frame_obj: Cell::new(std::ptr::null_mut()),
                    ip: Cell::new(0),
                    state: Cell::new(state::CREATED),
                    nregs,
                    regs: [],
                },
            );
            FrameBox(NonNull::new_unchecked(p))
        }
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *mut Frame {
        self.0.as_ptr()
    }
}

impl std::ops::Deref for FrameBox {
    type Target = Frame;
    #[inline(always)]
    fn deref(&self) -> &Frame {
        // SAFETY: the box owns a valid frame.
        unsafe { self.0.as_ref() }
    }
}

fn frame_layout(nregs: u32) -> Layout {
    Layout::from_size_align(FRAME_HEADER + nregs as usize * std::mem::size_of::<Option<PyRef>>(), 8).expect("frame layout")
}

impl Drop for FrameBox {
    fn drop(&mut self) {
        let p = self.0.as_ptr();
        // A frame object still attached (a generator frame freed before it
        // finished) takes over what it needs before the registers go.
        // SAFETY: we own the frame and it is valid until freed below.
        if !unsafe { (*p).frame_obj.get() }.is_null() {
            crate::object::frameobject::detach(unsafe { &*p }, false);
        }
        // SAFETY: we own the frame; registers are initialized (None or owned),
        // then the header fields are dropped and the memory freed.
        unsafe {
            let n = (*p).nregs;
            let regs = (*p).regs_ptr();
            for i in 0..n as usize {
                std::ptr::drop_in_place(regs.add(i));
            }
            std::ptr::drop_in_place(p);
            std::alloc::dealloc(p as *mut u8, frame_layout(n));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn layout_offsets_are_stable() {
        // Compiled code relies on these offsets; they must only change together
        // with the ABI version.
        assert_eq!(std::mem::offset_of!(Frame, code), 0);
        assert_eq!(std::mem::offset_of!(Frame, back), 32);
        assert_eq!(std::mem::offset_of!(Frame, frame_obj), 40);
        assert_eq!(std::mem::offset_of!(Frame, ip), 48);
        assert_eq!(FRAME_HEADER, 64);
        assert_eq!(std::mem::offset_of!(Frame, regs) % 8, 0);
        assert_eq!(std::mem::offset_of!(Frame, regs), FRAME_HEADER);
        assert_eq!(std::mem::size_of::<Option<PyRef>>(), 8);
    }
}
