//! The cycle collector (CPython's design): reference counting frees most
//! objects; this finds groups of objects that only reference each other.
//!
//! - Objects of `HAVE_GC` types carry a `GcHead` in front of the object
//!   (`alloc_object` allocates it; the object pointer is what the runtime
//!   sees) and are linked into generation 0 once their payload is written.
//! - Three generations with CPython's thresholds (700, 10, 10). Allocations
//!   minus deallocations of GC objects count towards generation 0; crossing
//!   the threshold only *schedules* a collection (`PENDING`). It runs at the
//!   next safe point: a loop back-edge or a Python function entry
//!   (`maybe_collect`), or `gc.collect()`. The rule: a collection only
//!   happens where Python code may run anyway, so it never sees an object
//!   whose payload is not written yet, and native code never holds a borrow
//!   into an object's interior across it (the usual rule for calls).
//! - Collection (`collect`): copy refcounts into `gc_refs`, subtract the
//!   references found by traversing the generation's objects, mark what is
//!   still referenced from outside and everything it reaches; the rest is
//!   unreachable. Then, as CPython 3.11: clear weak references to
//!   unreachable objects (callbacks only for weakrefs that survive), run
//!   finalizers once per object (the `FINALIZED` bit, PEP 442), detect
//!   resurrection by recounting, and `tp_clear` the rest; refcounting then
//!   frees them. Survivors move to the next generation.
//! - A type opts in with the `HAVE_GC` flag, a `tp_traverse` that visits
//!   exactly the references its payload owns, and a `tp_clear` that drops
//!   the ones that can form cycles. The instance dict at `dictoffset`,
//!   `__slots__` members and an instance's heap type are visited here.

use super::header::{PyObject, PyRef, Static, IMMORTAL};
use super::typeobj::{type_flags, TypeObject};
use std::cell::Cell;

/// The GC header in front of every object of a `HAVE_GC` type.
#[repr(C)]
pub struct GcHead {
    /// Next in the generation list; null while untracked.
    next: Cell<*mut GcHead>,
    prev: Cell<*mut GcHead>,
    /// `gc_refs << FLAG_BITS | flags`.
    info: Cell<isize>,
}

pub const GC_HEAD_SIZE: usize = std::mem::size_of::<GcHead>();

/// `__del__`/`tp_finalize` has run (never again: PEP 442).
const FINALIZED: isize = 1;
/// In the set being collected (or, after marking, in the unreachable set).
const COLLECTING: isize = 2;
/// Reached from outside during marking.
const REACHABLE: isize = 4;
const FLAG_BITS: u32 = 3;
const FLAG_MASK: isize = (1 << FLAG_BITS) - 1;

const NGEN: usize = 3;

struct GcState {
    /// List heads (sentinels): generations 0..3, then the permanent
    /// generation (`gc.freeze`).
    heads: [GcHead; NGEN + 1],
    count: [Cell<isize>; NGEN],
    threshold: [Cell<isize>; NGEN],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    pending: Cell<bool>,
    /// Objects in the last collections (stats for `gc.callbacks`).
    collections: [Cell<usize>; NGEN],
    collected: [Cell<usize>; NGEN],
    /// Objects in the oldest generation after the last full collection, and
    /// objects moved there since (CPython's heuristic: a full collection
    /// only when pending > total / 4, so growing heaps stay linear).
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
}

static STATE: Static<GcState> = Static(GcState {
    heads: [const { GcHead { next: Cell::new(std::ptr::null_mut()), prev: Cell::new(std::ptr::null_mut()), info: Cell::new(0) } };
        NGEN + 1],
    count: [const { Cell::new(0) }; NGEN],
    threshold: [Cell::new(700), Cell::new(10), Cell::new(10)],
    enabled: Cell::new(true),
    collecting: Cell::new(false),
    pending: Cell::new(false),
    collections: [const { Cell::new(0) }; NGEN],
    collected: [const { Cell::new(0) }; NGEN],
    long_lived_total: Cell::new(0),
    long_lived_pending: Cell::new(0),
});

#[inline(always)]
fn head(i: usize) -> *mut GcHead {
    let h = &STATE.heads[i] as *const GcHead as *mut GcHead;
    // SAFETY: the sentinel is a static; an empty list points at itself.
    unsafe {
        if (*h).next.get().is_null() {
            (*h).next.set(h);
            (*h).prev.set(h);
        }
    }
    h
}

/// The GC head of a GC object.
///
/// # Safety
/// `o` must be an object of a `HAVE_GC` type allocated by `alloc_object`.
#[inline(always)]
unsafe fn gc_head(o: *const PyObject) -> &'static GcHead {
    &*((o as *const u8).sub(GC_HEAD_SIZE) as *const GcHead)
}

#[inline(always)]
unsafe fn head_obj(h: *mut GcHead) -> *mut PyObject {
    (h as *mut u8).add(GC_HEAD_SIZE) as *mut PyObject
}

/// Whether `o` has a GC head: its type is `HAVE_GC` and it is not an
/// immortal static (static type objects are instances of `type`, which has
/// `HAVE_GC` for the sake of classes).
#[inline(always)]
pub fn is_gc(o: &PyObject) -> bool {
    o.type_().has_flag(type_flags::HAVE_GC) && o.refcnt.get() < IMMORTAL / 2
}

/// Whether the object is tracked by the collector (`gc.is_tracked`).
pub fn is_tracked(o: &PyObject) -> bool {
    // SAFETY: is_gc checked the head exists.
    is_gc(o) && unsafe { !gc_head(o).next.get().is_null() }
}

unsafe fn list_append(h: &GcHead, list: *mut GcHead) {
    let last = (*list).prev.get();
    h.next.set(list);
    h.prev.set(last);
    (*last).next.set(h as *const GcHead as *mut GcHead);
    (*list).prev.set(h as *const GcHead as *mut GcHead);
}

unsafe fn list_remove(h: &GcHead) {
    let (n, p) = (h.next.get(), h.prev.get());
    (*p).next.set(n);
    (*n).prev.set(p);
    h.next.set(std::ptr::null_mut());
    h.prev.set(std::ptr::null_mut());
}

/// Move every element of `from` to the end of `to`.
unsafe fn list_merge(from: *mut GcHead, to: *mut GcHead) {
    if (*from).next.get() == from {
        return;
    }
    let (first, last) = ((*from).next.get(), (*from).prev.get());
    let tail = (*to).prev.get();
    (*tail).next.set(first);
    (*first).prev.set(tail);
    (*last).next.set(to);
    (*to).prev.set(last);
    (*from).next.set(from);
    (*from).prev.set(from);
}

/// Every object in a list (snapshot).
unsafe fn list_objects(list: *mut GcHead) -> Vec<*mut PyObject> {
    let mut v = Vec::new();
    let mut h = (*list).next.get();
    while h != list {
        v.push(head_obj(h));
        h = (*h).next.get();
    }
    v
}

/// Link a freshly allocated GC object into generation 0 and count it.
///
/// # Safety
/// `o` is a GC object, untracked, with its payload written.
#[inline]
pub unsafe fn track(o: *mut PyObject) {
    let h = gc_head(o);
    list_append(h, head(0));
    let st = &*STATE;
    let c = st.count[0].get() + 1;
    st.count[0].set(c);
    if c > st.threshold[0].get() && st.enabled.get() && st.threshold[0].get() > 0 {
        st.pending.set(true);
    }
}

/// Track a container created untracked once it may reference a GC object
/// (`v` is one of its new items).
#[inline(always)]
pub fn track_if_needed(container: &PyObject, v: &PyObject) {
    if is_gc(v) {
        // SAFETY: containers using this are GC objects (dicts).
        unsafe {
            let h = gc_head(container);
            if h.next.get().is_null() && is_gc(container) {
                track(container.as_ptr());
            }
        }
    }
}

/// Link an untracked GC object again (resurrected by a finalizer) without
/// counting an allocation.
unsafe fn retrack(o: *mut PyObject) {
    let h = gc_head(o);
    if h.next.get().is_null() {
        list_append(h, head(0));
    }
}

/// Unlink a GC object that is being deallocated.
///
/// # Safety
/// `o` is a GC object.
#[inline]
pub unsafe fn untrack(o: *mut PyObject) {
    let h = gc_head(o);
    if !h.next.get().is_null() {
        list_remove(h);
        let c = &STATE.count[0];
        if c.get() > 0 {
            c.set(c.get() - 1);
        }
    }
}

/// Whether the finalizer already ran (PEP 442).
///
/// # Safety
/// `o` is a GC object.
pub unsafe fn is_finalized(o: *const PyObject) -> bool {
    gc_head(o).info.get() & FINALIZED != 0
}

/// Mark the finalizer as run.
///
/// # Safety
/// `o` is a GC object.
pub unsafe fn set_finalized(o: *const PyObject) {
    let h = gc_head(o);
    h.info.set(h.info.get() | FINALIZED);
}

/// Track a GC object again after a finalizer resurrected it in dealloc.
///
/// # Safety
/// `o` is a live GC object.
pub unsafe fn on_resurrect(o: *mut PyObject) {
    retrack(o);
}

// ---- traversal ----


/// The instance dict pointer slot, if the type has one.
///
/// # Safety
/// `o` is a live object of type `t`.
unsafe fn dict_slot(o: &PyObject, t: &TypeObject) -> Option<&'static Cell<*mut PyObject>> {
    let off = t.dictoffset.get();
    if off == 0 {
        return None;
    }
    Some(&*((o as *const PyObject as *const u8).add(off) as *const Cell<*mut PyObject>))
}

/// Visit every reference `o` owns: its heap type, `__slots__` members, the
/// instance dict, then the builtin payload's `tp_traverse`.
pub fn traverse_object(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let t = o.type_();
    if t.is_heap_type() {
        visit(t.obj());
        let mut cur = Some(t);
        while let Some(c) = cur {
            let Some(h) = super::type_new::as_heap_type(c) else { break };
            // SAFETY: member offsets are inside the instance; slots hold owned
            // references or null.
            for &off in unsafe { (*h.member_offsets.get()).iter() } {
                let v = unsafe { *((o as *const PyObject as *const u8).add(off) as *const *mut PyObject) };
                if !v.is_null() {
                    visit(unsafe { &*v });
                }
            }
            cur = c.base();
        }
    }
    // SAFETY: o is an instance of t.
    if let Some(slot) = unsafe { dict_slot(o, t) } {
        let d = slot.get();
        if !d.is_null() {
            // SAFETY: the slot owns the dict.
            visit(unsafe { &*d });
        }
    }
    if let Some(tr) = t.static_base().tp_traverse.get() {
        tr(o, visit);
    }
}

/// Break the references of an unreachable object: `__slots__` members and
/// the dict of class instances, then the builtin payload's `tp_clear`.
pub fn clear_object(o: &PyObject) {
    let t = o.type_();
    let sb = t.static_base();
    if t.is_heap_type() {
        let mut cur = Some(t);
        while let Some(c) = cur {
            let Some(h) = super::type_new::as_heap_type(c) else { break };
            // SAFETY: as in traverse_object; the value is moved out before it drops.
            let offs: Vec<usize> = unsafe { (*h.member_offsets.get()).clone() };
            for off in offs {
                let slot = unsafe { &*((o as *const PyObject as *const u8).add(off) as *const Cell<*mut PyObject>) };
                let v = slot.replace(std::ptr::null_mut());
                if !v.is_null() {
                    // SAFETY: the slot owned the reference.
                    unsafe { super::header::decref(v) };
                }
            }
            cur = c.base();
        }
        // A dict added by a class (the builtin base has none at that offset).
        if sb.dictoffset.get() != t.dictoffset.get() {
            // SAFETY: o is an instance of t.
            if let Some(slot) = unsafe { dict_slot(o, t) } {
                let d = slot.replace(std::ptr::null_mut());
                if !d.is_null() {
                    // SAFETY: the slot owned the dict.
                    unsafe { super::header::decref(d) };
                }
            }
        }
    }
    if let Some(cl) = sb.tp_clear.get() {
        cl(o);
    }
}

// ---- scheduling ----

/// Run a scheduled collection (safe points: loop back-edges, function entry).
#[inline(always)]
pub fn maybe_collect() {
    if STATE.pending.get() {
        collect_scheduled();
    }
}

#[cold]
#[inline(never)]
fn collect_scheduled() {
    let st = &*STATE;
    st.pending.set(false);
    if !st.enabled.get() || st.collecting.get() {
        return;
    }
    // CPython's collect_generations: the oldest generation over its threshold.
    let mut gen = 0;
    for i in (0..NGEN).rev() {
        if st.count[i].get() > st.threshold[i].get() && st.threshold[i].get() > 0 {
            if i == NGEN - 1 && st.long_lived_pending.get() < st.long_lived_total.get() / 4 {
                continue;
            }
            gen = i;
            break;
        }
    }
    collect_with_callbacks(gen);
}

// ---- collection ----

#[inline(always)]
fn refs(h: &GcHead) -> isize {
    h.info.get() >> FLAG_BITS
}
#[inline(always)]
fn add_refs(h: &GcHead, d: isize) {
    h.info.set(h.info.get() + (d << FLAG_BITS));
}
#[inline(always)]
fn flags(h: &GcHead) -> isize {
    h.info.get() & FLAG_MASK
}
#[inline(always)]
fn set_flags(h: &GcHead, f: isize) {
    h.info.set((h.info.get() & !FLAG_MASK) | f);
}

/// The head of `c` if it is a GC object in the set being examined.
#[inline(always)]
fn candidate(c: &PyObject) -> Option<&'static GcHead> {
    if !is_gc(c) {
        return None;
    }
    // SAFETY: is_gc checked the head exists.
    let h = unsafe { gc_head(c) };
    if flags(h) & COLLECTING != 0 && !h.next.get().is_null() {
        Some(h)
    } else {
        None
    }
}

/// Call `f` on every object of a list (no Python code may run meanwhile).
unsafe fn for_each_in_list(list: *mut GcHead, f: &mut dyn FnMut(*mut PyObject)) {
    let mut h = (*list).next.get();
    while h != list {
        let next = (*h).next.get();
        f(head_obj(h));
        h = next;
    }
}

/// Reused snapshot of the generation being collected.
static OBJS: Static<std::cell::UnsafeCell<Vec<*mut PyObject>>> = Static(std::cell::UnsafeCell::new(Vec::new()));

/// Reused marking stack (no allocation per collection).
static MARK_STACK: Static<std::cell::UnsafeCell<Vec<*mut PyObject>>> = Static(std::cell::UnsafeCell::new(Vec::new()));

/// Count references from outside the set (every object `each` yields;
/// all marked COLLECTING, gc_refs = refcount - `bias`) and mark what they
/// reach REACHABLE.
fn mark_reachable(each: &dyn Fn(&mut dyn FnMut(*mut PyObject)), bias: isize) {
    each(&mut |o| {
        // SAFETY: every object in the set is alive and a GC object.
        let h = unsafe { gc_head(o) };
        let rc = unsafe { (*o).refcnt.get() }.min(1 << 40) - bias;
        h.info.set((rc << FLAG_BITS) | (flags(h) & FINALIZED) | COLLECTING);
    });
    each(&mut |o| {
        // SAFETY: alive.
        traverse_object(unsafe { &*o }, &mut |c| {
            if let Some(h) = candidate(c) {
                add_refs(h, -1);
            }
        });
    });
    // SAFETY: single-threaded; collections do not nest (the `collecting` flag).
    let stack = unsafe { &mut *MARK_STACK.get() };
    stack.clear();
    each(&mut |o| {
        // SAFETY: alive GC object.
        let h = unsafe { gc_head(o) };
        if refs(h) > 0 {
            set_flags(h, flags(h) | REACHABLE);
            stack.push(o);
        }
    });
    while let Some(o) = stack.pop() {
        // SAFETY: alive.
        traverse_object(unsafe { &*o }, &mut |c| {
            if let Some(h) = candidate(c) {
                if flags(h) & REACHABLE == 0 {
                    set_flags(h, flags(h) | REACHABLE);
                    stack.push(c.as_ptr());
                }
            }
        });
    }
    if stack.capacity() > 1 << 16 {
        *stack = Vec::new();
    }
}

fn collect_with_callbacks(gen: usize) -> usize {
    let has_callbacks = crate::modules::gc::has_callbacks();
    if has_callbacks {
        crate::modules::gc::invoke_callbacks("start", gen, 0, 0);
    }
    let n = collect(gen);
    if has_callbacks {
        crate::modules::gc::invoke_callbacks("stop", gen, n, 0);
    }
    n
}

/// Collect generation `gen` (and the younger ones); returns the number of
/// unreachable objects found. Nested calls (from a finalizer) return 0.
pub fn collect(gen: usize) -> usize {
    let st = &*STATE;
    if st.collecting.get() {
        return 0;
    }
    st.collecting.set(true);
    st.pending.set(false);
    let gen = gen.min(NGEN - 1);
    if gen + 1 < NGEN {
        st.count[gen + 1].set(st.count[gen + 1].get() + 1);
    }
    for i in 0..=gen {
        st.count[i].set(0);
    }
    let young = head(gen);
    let old = head((gen + 1).min(NGEN - 1));
    // SAFETY: the lists hold live GC objects (dealloc unlinks them); no
    // Python code runs until the garbage is held by owned references.
    let garbage: Vec<PyRef> = unsafe {
        for i in 0..gen {
            list_merge(head(i), young);
        }
        // A snapshot in a reused buffer: three passes over an array beat
        // three walks of the linked list.
        let objs = &mut *OBJS.get();
        objs.clear();
        for_each_in_list(young, &mut |o| objs.push(o));
        mark_reachable(
            &|f| {
                for &o in objs.iter() {
                    f(o);
                }
            },
            0,
        );
        let mut garbage = Vec::new();
        let total = objs.len();
        for &o in objs.iter() {
            let h = gc_head(o);
            if flags(h) & REACHABLE != 0 {
                set_flags(h, flags(h) & FINALIZED);
            } else {
                garbage.push((*o).to_ref());
            }
        }
        if objs.capacity() > 1 << 20 {
            *objs = Vec::new();
        }
        if young != old {
            list_merge(young, old);
        }
        let survivors = total - garbage.len();
        if gen == NGEN - 1 {
            st.long_lived_total.set(survivors);
            st.long_lived_pending.set(0);
        } else if gen == NGEN - 2 {
            st.long_lived_pending.set(st.long_lived_pending.get() + survivors);
        }
        garbage
    };
    let n = garbage.len();
    st.collections[gen].set(st.collections[gen].get() + 1);
    st.collected[gen].set(st.collected[gen].get() + n);
    if n > 0 {
        handle_garbage(garbage);
    }
    st.collecting.set(false);
    n
}

/// Weakrefs, finalizers, resurrection, then `tp_clear` (the garbage objects
/// are marked COLLECTING and held by `garbage`).
fn handle_garbage(garbage: Vec<PyRef>) {
    // 1. Clear weak references to unreachable objects; a callback runs only
    //    when the weakref object itself is not garbage.
    let mut callbacks = Vec::new();
    for g in &garbage {
        super::weakref::clear_for_gc(g, &mut |wr: &PyObject| candidate(wr).is_none(), &mut callbacks);
    }
    for (wr, cb) in callbacks {
        super::weakref::call_callback(&wr, &cb);
    }
    // 2. Finalizers, once per object.
    for g in &garbage {
        if let Some(fin) = g.type_().tp_finalize.get() {
            // SAFETY: garbage objects are GC objects.
            unsafe {
                if !is_finalized(g.as_ptr()) {
                    set_finalized(g.as_ptr());
                    fin(g);
                }
            }
        }
    }
    // 3. Resurrection: recount with our own references discounted.
    mark_reachable(
        &|f| {
            for g in &garbage {
                f(g.as_ptr());
            }
        },
        1,
    );
    let mut doomed = Vec::with_capacity(garbage.len());
    for g in garbage {
        // SAFETY: GC object.
        let h = unsafe { gc_head(g.as_ptr()) };
        let resurrected = flags(h) & REACHABLE != 0;
        set_flags(h, flags(h) & FINALIZED);
        if resurrected {
            continue;
        }
        doomed.push(g);
    }
    // 4. Break the cycles; dropping `doomed` frees the objects.
    for g in &doomed {
        clear_object(g);
    }
    drop(doomed);
}

/// Make `o` and everything it owns (through traverse) immortal: state the
/// runtime keeps for the whole process (static types' dicts, cached
/// singletons such as `io.UnsupportedOperation`, `gc.callbacks`).
pub fn make_immortal_deep(o: &PyObject) {
    if o.refcnt.get() >= IMMORTAL / 2 {
        return;
    }
    o.make_immortal();
    let mut children = Vec::new();
    traverse_object(o, &mut |c| children.push(c.to_ref()));
    for c in children {
        make_immortal_deep(&c);
    }
}

// ---- the gc module's view ----

pub fn enabled() -> bool {
    STATE.enabled.get()
}
pub fn set_enabled(on: bool) {
    STATE.enabled.set(on);
}
pub fn thresholds() -> [isize; NGEN] {
    [STATE.threshold[0].get(), STATE.threshold[1].get(), STATE.threshold[2].get()]
}
pub fn set_threshold(i: usize, v: isize) {
    STATE.threshold[i].set(v);
}
pub fn counts() -> [isize; NGEN] {
    [STATE.count[0].get(), STATE.count[1].get(), STATE.count[2].get()]
}
pub fn is_collecting() -> bool {
    STATE.collecting.get()
}

/// `gc.collect(generation)` with the callbacks.
pub fn collect_generation(gen: usize) -> usize {
    collect_with_callbacks(gen)
}

/// Tracked objects (generation `gen`, or all when None), new references.
pub fn objects(gen: Option<usize>) -> Vec<PyRef> {
    let range = match gen {
        Some(g) => g..g + 1,
        None => 0..NGEN,
    };
    let mut v = Vec::new();
    for i in range {
        // SAFETY: the lists hold live objects.
        for o in unsafe { list_objects(head(i)) } {
            v.push(unsafe { &*o }.to_ref());
        }
    }
    v
}

/// `gc.freeze()`: move everything to the permanent generation.
pub fn freeze() {
    // SAFETY: list heads are statics.
    unsafe {
        for i in 0..NGEN {
            list_merge(head(i), head(NGEN));
        }
    }
}
pub fn unfreeze() {
    // SAFETY: list heads are statics.
    unsafe { list_merge(head(NGEN), head(NGEN - 1)) };
}
pub fn freeze_count() -> usize {
    // SAFETY: list heads are statics.
    unsafe { list_objects(head(NGEN)).len() }
}

/// Number of collections and objects collected per generation.
pub fn stats() -> Vec<(usize, usize)> {
    (0..NGEN).map(|i| (STATE.collections[i].get(), STATE.collected[i].get())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::list::{as_list, new_list};

    #[test]
    fn self_referencing_list_is_collected() {
        crate::runtime::init_for_tests();
        collect(2);
        let l = new_list(vec![]);
        assert!(is_tracked(&l));
        as_list(&l).unwrap().push(l.clone());
        assert_eq!(l.refcnt.get(), 2);
        drop(l);
        assert!(collect(2) >= 1);
    }

    #[test]
    fn reachable_objects_survive() {
        crate::runtime::init_for_tests();
        collect(2);
        let l = new_list(vec![]);
        as_list(&l).unwrap().push(l.clone());
        let inner = new_list(vec![l.clone()]);
        assert_eq!(collect(2), 0);
        assert_eq!(as_list(&inner).unwrap().len(), 1);
        // Break the cycle by hand: nothing left for the collector.
        crate::object::list::list_clear(&l);
        drop(inner);
        drop(l);
        assert_eq!(collect(2), 0);
    }

    #[test]
    fn dicts_are_tracked_when_they_may_hold_containers() {
        crate::runtime::init_for_tests();
        let d = crate::object::dict::new_dict();
        assert!(!is_tracked(&d));
        crate::object::dict::dict_set_item_str(&d, "a", crate::object::int::new_int(1));
        assert!(!is_tracked(&d));
        crate::object::dict::dict_set_item_str(&d, "b", new_list(vec![]));
        assert!(is_tracked(&d));
    }

    #[test]
    fn gc_head_is_in_front_of_the_object() {
        crate::runtime::init_for_tests();
        let l = new_list(vec![]);
        // SAFETY: lists are GC objects.
        let h = unsafe { gc_head(l.as_ptr()) } as *const GcHead as usize;
        assert_eq!(h + GC_HEAD_SIZE, l.as_ptr() as usize);
        assert_eq!(GC_HEAD_SIZE, 24);
    }
}
