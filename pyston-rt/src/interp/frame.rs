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

/// An owned frame: heap-allocated (generators own theirs), or on the
/// thread's frame stack (`new_on_stack`: a call's frame, freed in LIFO order).
pub struct FrameBox(NonNull<Frame>, bool);

/// The per-thread stack of frame chunks (CPython's datastack): a call's
/// frame is bump-allocated and released when the call returns, so calls
/// do not go through the C allocator. Chunks are kept for reuse.
struct FrameStack {
    chunks: Vec<Chunk>,
    /// The chunk in use (chunks past it are spares).
    cur: usize,
}

struct Chunk {
    base: *mut u8,
    size: usize,
    top: usize,
}

const CHUNK_SIZE: usize = 256 << 10;

static FRAME_STACK: crate::object::Static<std::cell::UnsafeCell<FrameStack>> =
    crate::object::Static(std::cell::UnsafeCell::new(FrameStack { chunks: Vec::new(), cur: 0 }));

fn chunk_layout(size: usize) -> Layout {
    Layout::from_size_align(size, 16).expect("frame chunk layout")
}

fn new_chunk(need: usize) -> Chunk {
    let size = need.max(CHUNK_SIZE);
    // SAFETY: non-zero size.
    let base = unsafe { std::alloc::alloc(chunk_layout(size)) };
    if base.is_null() {
        std::alloc::handle_alloc_error(chunk_layout(size));
    }
    Chunk { base, size, top: 0 }
}

/// `size` bytes (a multiple of 8) on the frame stack.
fn stack_alloc(size: usize) -> *mut u8 {
    // SAFETY: single-threaded; no other borrow of the stack is live.
    let fs = unsafe { &mut *FRAME_STACK.0.get() };
    if fs.chunks.is_empty() {
        fs.chunks.push(new_chunk(size));
        fs.cur = 0;
    }
    let c = &mut fs.chunks[fs.cur];
    if c.top + size <= c.size {
        // SAFETY: inside the chunk.
        let p = unsafe { c.base.add(c.top) };
        c.top += size;
        return p;
    }
    let next = fs.cur + 1;
    if next < fs.chunks.len() && fs.chunks[next].size < size {
        for c in fs.chunks.drain(next..) {
            // SAFETY: spare chunks hold no frames.
            unsafe { std::alloc::dealloc(c.base, chunk_layout(c.size)) };
        }
    }
    if next == fs.chunks.len() {
        fs.chunks.push(new_chunk(size));
    }
    fs.cur = next;
    let c = &mut fs.chunks[next];
    debug_assert_eq!(c.top, 0);
    c.top = size;
    c.base
}

/// Release the most recent `stack_alloc` (LIFO).
fn stack_free(p: *mut u8, size: usize) {
    // SAFETY: single-threaded; no other borrow of the stack is live.
    let fs = unsafe { &mut *FRAME_STACK.0.get() };
    let c = &mut fs.chunks[fs.cur];
    // A frame freed out of order would corrupt the frames above it.
    assert!(c.top >= size && c.base.wrapping_add(c.top - size) == p, "frame stack freed out of order");
    c.top -= size;
    if c.top == 0 && fs.cur > 0 {
        fs.cur -= 1;
    }
}

impl FrameBox {
    /// A heap frame for `code` with all registers empty.
    pub fn new(code: PyRef, globals: PyRef, builtins: PyRef, locals: Option<PyRef>) -> FrameBox {
        Self::make(code, globals, builtins, locals, false)
    }

    /// A frame on the thread's frame stack: it must be dropped before any
    /// frame allocated after it is, and never be moved into an object that
    /// outlives the call (generators get heap frames).
    pub fn new_on_stack(code: PyRef, globals: PyRef, builtins: PyRef, locals: Option<PyRef>) -> FrameBox {
        Self::make(code, globals, builtins, locals, true)
    }

    #[inline]
    fn make(code: PyRef, globals: PyRef, builtins: PyRef, locals: Option<PyRef>, on_stack: bool) -> FrameBox {
        // SAFETY: callers pass a code object.
        let nregs = unsafe { code.cast::<PyCode>() }.unit.nregs;
        let layout = frame_layout(nregs);
        // SAFETY: the layout has non-zero size; the registers are zeroed
        // (a valid `None` each: Option<PyRef> uses the null niche), then the
        // header is written.
        unsafe {
            let p = if on_stack {
                let p = stack_alloc(layout.size()) as *mut Frame;
                std::ptr::write_bytes((p as *mut u8).add(FRAME_HEADER), 0, nregs as usize * std::mem::size_of::<Option<PyRef>>());
                p
            } else {
                std::alloc::alloc_zeroed(layout) as *mut Frame
            };
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
            FrameBox(NonNull::new_unchecked(p), on_stack)
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
            if self.1 {
                stack_free(p as *mut u8, frame_layout(n).size());
            } else {
                std::alloc::dealloc(p as *mut u8, frame_layout(n));
            }
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
