//! The object header, owned references and raw allocation.
//!
//! Every object starts with `PyObject { refcnt, ob_type }` (CPython's layout).
//! `PyRef` owns one reference: `Clone` increments, `Drop` decrements and
//! deallocates at zero. Borrowed references are `&PyObject`: valid while some
//! owner keeps the object alive (the caller's contract, as in CPython).
//! Payload structs are `#[repr(C)]` with the header first, and use interior
//! mutability (`Cell`/`UnsafeCell`) because every reference is shared.
//!
//! Statics (None, True, small ints, builtin types) are immortal: their
//! refcount starts at `IMMORTAL` and never reaches zero.

use super::typeobj::TypeObject;
use std::cell::Cell;
use std::fmt;
use std::ops::Deref;
use std::ptr::NonNull;

/// Refcount of statics: never reaches zero in practice.
pub const IMMORTAL: isize = 1 << 60;

/// The header every object starts with.
#[repr(C)]
pub struct PyObject {
    pub refcnt: Cell<isize>,
    pub ob_type: Cell<*mut TypeObject>,
}

impl PyObject {
    /// A header for a static object of type `t`.
    pub const fn new_static(t: *const TypeObject) -> PyObject {
        PyObject { refcnt: Cell::new(IMMORTAL), ob_type: Cell::new(t as *mut TypeObject) }
    }

    /// The object's type (borrowed: an object keeps its type alive).
    #[inline(always)]
    pub fn type_(&self) -> &TypeObject {
        // SAFETY: every live object has a valid type pointer; instances hold a
        // reference to heap types, and static types live forever.
        unsafe { &*self.ob_type.get() }
    }

    #[inline(always)]
    pub fn type_ptr(&self) -> *mut TypeObject {
        self.ob_type.get()
    }

    /// Whether the object's type is exactly `t`.
    #[inline(always)]
    pub fn is_exact(&self, t: &TypeObject) -> bool {
        std::ptr::eq(self.ob_type.get(), t)
    }

    /// Whether the object is an instance of `t` or a subclass.
    #[inline]
    pub fn is_instance_of(&self, t: &TypeObject) -> bool {
        self.is_exact(t) || self.type_().is_subtype(t)
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *mut PyObject {
        self as *const PyObject as *mut PyObject
    }

    /// A new owned reference to this object.
    #[inline(always)]
    pub fn to_ref(&self) -> PyRef {
        self.incref();
        // SAFETY: we just took a reference for the new owner.
        unsafe { PyRef::from_raw(self.as_ptr()) }
    }

    /// Make the object immortal (interned strings, small ints, the empty
    /// tuple): never freed, and no longer counted as an allocation by
    /// `PYSTON_DEBUG_REFS`.
    pub fn make_immortal(&self) {
        if self.refcnt.get() < IMMORTAL / 2 {
            crate::object::debug_refs::on_free(self.type_());
        }
        self.refcnt.set(IMMORTAL);
    }

    #[inline(always)]
    pub fn incref(&self) {
        self.refcnt.set(self.refcnt.get() + 1);
    }

    /// Reinterpret as a payload type without checking.
    ///
    /// # Safety
    /// The object must really be laid out as `T` (its type is T's type or a
    /// subtype of it).
    #[inline(always)]
    pub unsafe fn cast<T>(&self) -> &T {
        &*(self as *const PyObject as *const T)
    }

    /// Identity comparison.
    #[inline(always)]
    pub fn is(&self, other: &PyObject) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Drop one reference to `obj`, deallocating at zero.
///
/// # Safety
/// `obj` must be a valid object and the caller must own the reference.
#[inline(always)]
pub unsafe fn decref(obj: *mut PyObject) {
    let r = &(*obj).refcnt;
    let n = r.get() - 1;
    r.set(n);
    if n == 0 {
        super::typeobj::dealloc(obj);
    }
}

/// An owned reference to an object.
#[repr(transparent)]
pub struct PyRef(NonNull<PyObject>);

impl PyRef {
    /// Take ownership of a reference the caller owns (steals it).
    ///
    /// # Safety
    /// `p` must be a valid, non-null object pointer carrying one reference.
    #[inline(always)]
    pub unsafe fn from_raw(p: *mut PyObject) -> PyRef {
        debug_assert!(!p.is_null());
        PyRef(NonNull::new_unchecked(p))
    }

    /// Like `from_raw` but maps NULL to None.
    ///
    /// # Safety
    /// As `from_raw` when `p` is not null.
    #[inline(always)]
    pub unsafe fn from_raw_opt(p: *mut PyObject) -> Option<PyRef> {
        NonNull::new(p).map(PyRef)
    }

    /// Give up ownership without decrementing (the caller now owns it).
    #[inline(always)]
    pub fn into_raw(self) -> *mut PyObject {
        let p = self.0.as_ptr();
        std::mem::forget(self);
        p
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *mut PyObject {
        self.0.as_ptr()
    }

    /// A new reference to a static object.
    #[inline(always)]
    pub fn from_static<T>(s: &'static T) -> PyRef {
        // SAFETY: statics used as objects start with a PyObject header.
        let o = unsafe { &*(s as *const T as *const PyObject) };
        o.to_ref()
    }
}

impl Deref for PyRef {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        // SAFETY: a PyRef keeps its object alive.
        unsafe { self.0.as_ref() }
    }
}

impl Clone for PyRef {
    #[inline(always)]
    fn clone(&self) -> PyRef {
        self.incref();
        PyRef(self.0)
    }
}

impl Drop for PyRef {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: we own one reference.
        unsafe { decref(self.0.as_ptr()) }
    }
}

impl fmt::Debug for PyRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:p}>", self.type_().name(), self.as_ptr())
    }
}

impl fmt::Debug for PyObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:p}>", self.type_().name(), self)
    }
}

/// Wrapper that lets a static hold interior-mutable object state.
/// The runtime is single-threaded (one interpreter thread touches objects).
#[repr(transparent)]
pub struct Static<T>(pub T);
// SAFETY: objects are only touched by the interpreter thread; statics are
// shared only so that their addresses are link-time constants.
unsafe impl<T> Sync for Static<T> {}

impl<T> Deref for Static<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Static<T> {
    /// The static as an object header.
    #[inline(always)]
    pub fn obj(&'static self) -> &'static PyObject {
        // SAFETY: every `Static` used as an object is `repr(C)` with the header first.
        unsafe { &*(self as *const Self as *const PyObject) }
    }
    /// A new reference to the static object.
    #[inline(always)]
    pub fn to_ref(&'static self) -> PyRef {
        self.obj().to_ref()
    }
}

/// Allocate zeroed memory for an instance of `t` with its header filled in
/// (refcount 1). The payload after the header must be initialized by the caller
/// before any Python code can run (the object is already tracked by the
/// cycle collector when `t` has `HAVE_GC`; collections only run at safe
/// points, see `object::gc`). Heap types gain a reference (instances keep
/// their type alive).
pub fn alloc_object(t: &TypeObject) -> *mut PyObject {
    let p = alloc_object_untracked(t, 0);
    if t.has_flag(super::typeobj::type_flags::HAVE_GC) {
        // SAFETY: p was allocated with a GC head (HAVE_GC).
        unsafe { super::gc::track(p) };
    }
    p
}

/// `alloc_object` without linking a GC object into generation 0: the
/// caller calls `gc::track` once the payload is written.
/// `written`: the first `written` bytes of the object will be written
/// whole by the caller, so a recycled block need not zero them (a float's
/// header and value: no memset on the hot path).
#[inline]
fn alloc_object_untracked(t: &TypeObject, written: usize) -> *mut PyObject {
    let gc = t.has_flag(super::typeobj::type_flags::HAVE_GC);
    let pre = if gc { super::gc::GC_HEAD_SIZE } else { 0 };
    let size = t.basicsize.get() + pre;
    let block = match small_free_pop(size) {
        Some(p) => {
            let p = p as *mut u8;
            // SAFETY: the block is `size` bytes; everything but the part the
            // caller writes is zeroed (GC head, slots past the payload).
            unsafe {
                let keep = written.min(t.basicsize.get());
                if keep == 0 {
                    std::ptr::write_bytes(p, 0, size);
                } else {
                    for i in 0..pre / 8 {
                        (p as *mut u64).add(i).write(0);
                    }
                    let tail = pre + keep;
                    if tail < size {
                        std::ptr::write_bytes(p.add(tail), 0, size - tail);
                    }
                }
            }
            p
        }
        None => {
            let layout = std::alloc::Layout::from_size_align(size, 8).expect("object layout");
            // SAFETY: size is at least the header size (every type's basicsize is).
            let p = unsafe { std::alloc::alloc_zeroed(layout) };
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            p
        }
    };
    // SAFETY: the block is `pre + basicsize` bytes; the object starts after
    // the GC head (zeroed: untracked, not finalized).
    let p = unsafe { block.add(pre) } as *mut PyObject;
    // SAFETY: p is freshly allocated and large enough for the header.
    unsafe {
        std::ptr::write(p, PyObject { refcnt: Cell::new(1), ob_type: Cell::new(t as *const _ as *mut _) });
    }
    if t.is_heap_type() {
        t.obj().incref();
    }
    crate::object::debug_refs::on_alloc(t);
    if crate::modules::tracemalloc::TRACING.load(std::sync::atomic::Ordering::Relaxed) {
        crate::modules::tracemalloc::on_alloc(p, size);
    }
    p
}

/// Allocate an instance of `t` whose payload is `T` (header first), moving
/// `payload_init(header)` into place. GC objects are tracked once the
/// payload is complete.
pub fn new_object<T>(t: &TypeObject, make: impl FnOnce(PyObject) -> T) -> PyRef {
    debug_assert!(t.basicsize.get() >= std::mem::size_of::<T>());
    let p = alloc_object_untracked(t, std::mem::size_of::<T>() & !7);
    // SAFETY: p is a fresh allocation of at least size_of::<T>() bytes, 8-aligned;
    // we move the header out and write the whole payload over it.
    unsafe {
        let header = std::ptr::read(p);
        std::ptr::write(p as *mut T, make(header));
        if t.has_flag(super::typeobj::type_flags::HAVE_GC) {
            super::gc::track(p);
        }
        PyRef::from_raw(p)
    }
}

/// As `new_object` for a GC type whose instances start untracked (dicts:
/// tracked by `gc::track_if_needed` when a GC object is inserted, as
/// CPython's MAINTAIN_TRACKING; counted as an allocation only then).
pub fn new_object_untracked<T>(t: &TypeObject, make: impl FnOnce(PyObject) -> T) -> PyRef {
    debug_assert!(t.basicsize.get() >= std::mem::size_of::<T>());
    let p = alloc_object_untracked(t, std::mem::size_of::<T>() & !7);
    // SAFETY: as new_object.
    unsafe {
        let header = std::ptr::read(p);
        std::ptr::write(p as *mut T, make(header));
        PyRef::from_raw(p)
    }
}

/// Free the memory of an object of type `t` (after its payload was dropped;
/// a GC object must be untracked already).
///
/// # Safety
/// `p` must have been allocated by `alloc_object(t)` and not be used again.
pub unsafe fn free_object(p: *mut PyObject, t: &TypeObject) {
    if crate::modules::tracemalloc::TRACING.load(std::sync::atomic::Ordering::Relaxed) {
        crate::modules::tracemalloc::on_free(p);
    }
    let gc = t.has_flag(super::typeobj::type_flags::HAVE_GC);
    let pre = if gc { super::gc::GC_HEAD_SIZE } else { 0 };
    let size = t.basicsize.get() + pre;
    let block = (p as *mut u8).sub(pre) as *mut PyObject;
    if small_free_push(block, size) {
        return;
    }
    let layout = std::alloc::Layout::from_size_align(size, 8).expect("object layout");
    std::alloc::dealloc(block as *mut u8, layout);
}

/// Objects up to this size are recycled through per-size free lists
/// (numbers, small containers, iterators): most short-lived objects are
/// freed and reallocated at once, and the C allocator dominates otherwise.
const SMALL_OBJECT_MAX: usize = 160;
const SMALL_CLASSES: usize = SMALL_OBJECT_MAX / 8 + 1;
/// Blocks kept per size class.
const SMALL_FREE_CAP: usize = 1024;

struct SmallFree {
    lists: std::cell::UnsafeCell<[Vec<*mut PyObject>; SMALL_CLASSES]>,
}
// SAFETY: objects are only allocated and freed by the interpreter thread.
unsafe impl Sync for SmallFree {}

static SMALL_FREE: SmallFree = SmallFree { lists: std::cell::UnsafeCell::new([const { Vec::new() }; SMALL_CLASSES]) };

/// A recycled block of exactly `size` bytes (8-aligned), if any (not
/// zeroed: `alloc_object_untracked` zeroes what the caller does not write).
#[inline]
fn small_free_pop(size: usize) -> Option<*mut PyObject> {
    if size > SMALL_OBJECT_MAX || size % 8 != 0 {
        return None;
    }
    // SAFETY: single-threaded; no other borrow of the lists is live.
    let list = unsafe { &mut (*SMALL_FREE.lists.get())[size / 8] };
    list.pop()
}

/// Keep a freed block of `size` bytes for reuse; false when not kept.
#[inline]
fn small_free_push(p: *mut PyObject, size: usize) -> bool {
    if size > SMALL_OBJECT_MAX || size % 8 != 0 {
        return false;
    }
    // SAFETY: single-threaded; no other borrow of the lists is live.
    let list = unsafe { &mut (*SMALL_FREE.lists.get())[size / 8] };
    if list.len() >= SMALL_FREE_CAP {
        return false;
    }
    list.push(p);
    true
}
