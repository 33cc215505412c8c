//! Weak references (`_weakref.ref`, `proxy`): CPython's design.
//!
//! A weakly referenceable object has a list head (`*mut PyObject`, not
//! owned) at its type's `tp_weaklistoffset` (heap types: in
//! `HeapTypeObject`). Each weakref is linked into its referent's list and
//! holds the referent without owning it. When the referent is deallocated
//! (`typeobj::dealloc`, after its finalizer) or found unreachable by the
//! cycle collector, every weakref is cleared (referent = null) and the
//! callbacks run (for the collector: only those of weakrefs that survive).
//! Immortal objects (static types) can be weakly referenced without a list:
//! they never die.

use super::exceptions::{type_error, PyErr, REFERENCE_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::singletons::{is_none, none};
use super::typeobj::{as_type, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use super::{protocol, PyResult};
use crate::bytecode::CmpKind;
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct PyWeakRef {
    pub ob: PyObject,
    /// The referent (not owned); null once dead.
    pub referent: Cell<*mut PyObject>,
    pub callback: UnsafeCell<Option<PyRef>>,
    pub hash: Cell<isize>,
    /// Links in the referent's list (null when not linked).
    prev: Cell<*mut PyWeakRef>,
    next: Cell<*mut PyWeakRef>,
    /// The list head slot this weakref is linked into (null: not linked).
    list: Cell<*mut *mut PyObject>,
}

impl PyWeakRef {
    /// The referent while alive.
    pub fn get(&self) -> Option<&PyObject> {
        // SAFETY: a non-null referent is alive (cleared before it is freed).
        unsafe { self.referent.get().as_ref() }
    }
    fn callback(&self) -> Option<&PyObject> {
        // SAFETY: single-threaded field access.
        unsafe { (*self.callback.get()).as_deref() }
    }
    fn take_callback(&self) -> Option<PyRef> {
        // SAFETY: single-threaded; moved out.
        unsafe { (*self.callback.get()).take() }
    }
    /// Unlink from the referent's list and forget the referent.
    fn unlink(&self) {
        let list = self.list.get();
        if !list.is_null() {
            let (p, n) = (self.prev.get(), self.next.get());
            // SAFETY: linked weakrefs and the list head slot are alive.
            unsafe {
                if p.is_null() {
                    *list = n as *mut PyObject;
                } else {
                    (*p).next.set(n);
                }
                if !n.is_null() {
                    (*n).prev.set(p);
                }
            }
        }
        self.list.set(std::ptr::null_mut());
        self.prev.set(std::ptr::null_mut());
        self.next.set(std::ptr::null_mut());
        self.referent.set(std::ptr::null_mut());
    }
}

fn wr(o: &PyObject) -> &PyWeakRef {
    // SAFETY: only installed on weakref types (same layout).
    unsafe { o.cast::<PyWeakRef>() }
}

pub fn as_weakref(o: &PyObject) -> Option<&PyWeakRef> {
    let t = o.type_();
    if t.is_subtype(&REF_TYPE) || t.is_subtype(&PROXY_TYPE) || t.is_subtype(&CALLABLE_PROXY_TYPE) {
        Some(wr(o))
    } else {
        None
    }
}

/// Where `o`'s weakref list head lives. `Ok(None)`: immortal static type
/// (no list needed).
fn weaklist_slot(o: &PyObject) -> PyResult<Option<*mut *mut PyObject>> {
    let t = o.type_();
    let off = t.tp_weaklistoffset.get();
    if off != 0 {
        // SAFETY: the offset is inside every instance of the type.
        return Ok(Some(unsafe { (o as *const PyObject as *mut u8).add(off) } as *mut *mut PyObject));
    }
    if let Some(ty) = as_type(o) {
        if let Some(h) = super::type_new::as_heap_type(ty) {
            return Ok(Some(h.weaklist.as_ptr()));
        }
        return Ok(None);
    }
    Err(type_error(format!("cannot create weak reference to '{}' object", t.name())))
}

fn first(slot: *mut *mut PyObject) -> *mut PyWeakRef {
    // SAFETY: the slot is inside a live object.
    unsafe { *slot as *mut PyWeakRef }
}

/// A basic ref/proxy (no callback, exact type) already in the list.
fn find_basic(slot: *mut *mut PyObject, t: &TypeObject) -> Option<PyRef> {
    let mut w = first(slot);
    while !w.is_null() {
        // SAFETY: linked weakrefs are alive.
        let r = unsafe { &*w };
        if r.ob.is_exact(t) && r.callback().is_none() {
            return Some(r.ob.to_ref());
        }
        w = r.next.get();
    }
    None
}

fn new_weak(t: &TypeObject, referent: &PyObject, callback: Option<&PyObject>) -> PyResult<PyRef> {
    let slot = weaklist_slot(referent)?;
    let callback = callback.filter(|c| !is_none(c));
    let basic = callback.is_none()
        && (t.is(&REF_TYPE) || t.is(&PROXY_TYPE) || t.is(&CALLABLE_PROXY_TYPE));
    if basic {
        if let Some(s) = slot {
            if let Some(r) = find_basic(s, t) {
                return Ok(r);
            }
        }
    }
    let w = new_object(t, |ob| PyWeakRef {
        ob,
        referent: Cell::new(referent.as_ptr()),
        callback: UnsafeCell::new(callback.map(|c| c.to_ref())),
        hash: Cell::new(-1),
        prev: Cell::new(std::ptr::null_mut()),
        next: Cell::new(std::ptr::null_mut()),
        list: Cell::new(std::ptr::null_mut()),
    });
    if let Some(s) = slot {
        let me = w.as_ptr() as *mut PyWeakRef;
        let r = wr(&w);
        r.list.set(s);
        let head = first(s);
        // Basic refs go first (so they are found again), others at the end.
        if basic || head.is_null() {
            r.next.set(head);
            if !head.is_null() {
                // SAFETY: linked weakrefs are alive.
                unsafe { (*head).prev.set(me) };
            }
            // SAFETY: the slot is inside the live referent.
            unsafe { *s = me as *mut PyObject };
        } else {
            let mut last = head;
            // SAFETY: linked weakrefs are alive.
            unsafe {
                while !(*last).next.get().is_null() {
                    last = (*last).next.get();
                }
                (*last).next.set(me);
            }
            r.prev.set(last);
        }
    }
    Ok(w)
}

trait IsType {
    fn is(&self, s: &Static<TypeObject>) -> bool;
}
impl IsType for TypeObject {
    fn is(&self, s: &Static<TypeObject>) -> bool {
        std::ptr::eq(self, &s.0)
    }
}

/// Clear every weakref to `obj` (being deallocated) and call the callbacks.
///
/// # Safety
/// `slot` is `obj`'s non-empty weakref list head.
pub unsafe fn clear_weakrefs(obj: *mut PyObject, slot: *mut *mut PyObject) {
    let _ = obj;
    let mut pending: Vec<(PyRef, PyRef)> = Vec::new();
    while !(*slot).is_null() {
        let w = &*(*slot as *mut PyWeakRef);
        let cb = w.take_callback();
        w.unlink();
        if let Some(cb) = cb {
            if w.ob.refcnt.get() > 0 {
                pending.push((w.ob.to_ref(), cb));
            }
        }
    }
    for (w, cb) in pending {
        call_callback(&w, &cb);
    }
}

/// The collector's step: clear the weakrefs to unreachable `g`; collect the
/// callbacks of weakrefs for which `survives` holds.
pub fn clear_for_gc(g: &PyObject, survives: &mut dyn FnMut(&PyObject) -> bool, out: &mut Vec<(PyRef, PyRef)>) {
    let Ok(Some(slot)) = weaklist_slot_if_any(g) else { return };
    // SAFETY: the slot is inside the live object; linked weakrefs are alive.
    unsafe {
        while !(*slot).is_null() {
            let w = &*(*slot as *mut PyWeakRef);
            w.unlink();
            if survives(&w.ob) {
                if let Some(cb) = w.take_callback() {
                    out.push((w.ob.to_ref(), cb));
                }
            }
        }
    }
}

fn weaklist_slot_if_any(o: &PyObject) -> PyResult<Option<*mut *mut PyObject>> {
    if o.type_().tp_weaklistoffset.get() == 0 && as_type(o).is_none() {
        return Ok(None);
    }
    weaklist_slot(o)
}

/// Call a weakref callback; errors are reported and ignored.
pub fn call_callback(w: &PyObject, cb: &PyObject) {
    if let Err(e) = protocol::call1(cb, w) {
        super::exc_methods::write_unraisable(&e, Some(cb));
    }
}

/// `_weakref.getweakrefcount(o)`
pub fn weakref_count(o: &PyObject) -> usize {
    weakrefs_of(o).len()
}

/// `_weakref.getweakrefs(o)`
pub fn weakrefs_of(o: &PyObject) -> Vec<PyRef> {
    let Ok(Some(slot)) = weaklist_slot_if_any(o) else { return vec![] };
    let mut v = Vec::new();
    let mut w = first(slot);
    while !w.is_null() {
        // SAFETY: linked weakrefs are alive.
        let r = unsafe { &*w };
        v.push(r.ob.to_ref());
        w = r.next.get();
    }
    v
}

// ---- the ref type ----

fn weakref_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    if let Some(c) = wr(o).callback() {
        visit(c);
    }
}

fn weakref_clear(o: &PyObject) {
    drop(wr(o).take_callback());
}

/// # Safety
/// `obj` is a weakref being deallocated.
unsafe fn weakref_drop(obj: *mut PyObject) {
    let w = &*(obj as *const PyWeakRef);
    w.unlink();
    drop(w.take_callback());
}

fn ref_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let _ = t;
    if kwnames.is_some() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    match args.len() {
        0 => return Err(type_error("__new__ expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(type_error(format!("__new__ expected at most 2 arguments, got {n}"))),
    }
    new_weak(t, args[0], args.get(1).copied())
}

fn ref_init(_o: &PyObject, _args: &[&PyObject], _kwnames: Option<&PyObject>) -> PyResult<()> {
    Ok(())
}

fn ref_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_kwargs("weakref", kwnames)?;
    if !args.is_empty() {
        return Err(type_error(format!("weakref() takes exactly 0 arguments ({} given)", args.len())));
    }
    Ok(wr(o).get().map(|r| r.to_ref()).unwrap_or_else(none))
}

fn ref_hash(o: &PyObject) -> PyResult<isize> {
    let w = wr(o);
    if w.hash.get() != -1 {
        return Ok(w.hash.get());
    }
    let Some(r) = w.get().map(|r| r.to_ref()) else {
        return Err(type_error("weak object has gone away"));
    };
    let h = protocol::hash(&r)?;
    w.hash.set(h);
    Ok(h)
}

fn ref_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !matches!(op, CmpKind::Eq | CmpKind::Ne) || !b.type_().is_subtype(&REF_TYPE) {
        return Ok(super::singletons::not_implemented());
    }
    let (wa, wb) = (wr(a), wr(b));
    match (wa.get().map(|x| x.to_ref()), wb.get().map(|x| x.to_ref())) {
        (Some(x), Some(y)) => protocol::rich_compare(&x, &y, op),
        _ => {
            let same = a.is(b);
            Ok(super::int::new_bool(if op == CmpKind::Eq { same } else { !same }))
        }
    }
}

fn ref_repr(o: &PyObject) -> PyResult<PyRef> {
    let w = wr(o);
    let s = match w.get().map(|r| r.to_ref()) {
        None => format!("<weakref at {:#x}; dead>", o.as_ptr() as usize),
        Some(r) => {
            let name = match protocol::getattr_opt(&r, crate::name!("__name__")) {
                Ok(Some(n)) => super::str::str_value(&n).map(|s| s.to_string()),
                _ => None,
            };
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({})>",
                    o.as_ptr() as usize,
                    r.type_().name(),
                    r.as_ptr() as usize,
                    n
                ),
                None => format!("<weakref at {:#x}; to '{}' at {:#x}>", o.as_ptr() as usize, r.type_().name(), r.as_ptr() as usize),
            }
        }
    };
    Ok(super::str::new_str(s))
}

fn ref_callback_get(o: &PyObject) -> PyResult<PyRef> {
    Ok(wr(o).callback().map(|c| c.to_ref()).unwrap_or_else(none))
}

static REF_GETSETS: [GetSetDef; 1] =
    [GetSetDef { name: "__callback__", get: ref_callback_get, set: None, doc: "" }];

static REF_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__class_getitem__",
    func: class_getitem,
    flags: super::typeobj::method_flags::CLASS,
    doc: "See PEP 585",
}];

fn class_getitem(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    match args {
        [cls, item] => Ok(super::genericalias::new_generic_alias(cls, item)),
        _ => Err(type_error("__class_getitem__ expects one argument")),
    }
}

pub static REF_TYPE: Static<TypeObject> = Static(TypeObject {
    module: Some("weakref"),
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
    tp_drop: slot(weakref_drop),
    tp_traverse: slot(weakref_traverse),
    tp_clear: slot(weakref_clear),
    tp_new: slot(ref_new),
    tp_init: slot(ref_init),
    tp_call: slot(ref_call),
    tp_hash: slot(ref_hash),
    tp_richcompare: slot(ref_richcompare),
    tp_repr: slot(ref_repr),
    getsets: &REF_GETSETS,
    methods: &REF_METHODS,
    ..TypeObject::new_static("ReferenceType", std::mem::size_of::<PyWeakRef>())
});

// ---- proxies ----

fn referent(o: &PyObject) -> PyResult<PyRef> {
    wr(o)
        .get()
        .map(|r| r.to_ref())
        .ok_or_else(|| PyErr::new(&REFERENCE_ERROR, "weakly-referenced object no longer exists"))
}

fn proxy_getattro(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    protocol::getattr_opt(&*referent(o)?, name)
}
fn proxy_setattro(o: &PyObject, name: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let r = referent(o)?;
    match v {
        Some(v) => protocol::setattr(&r, name, v),
        None => protocol::delattr(&r, name),
    }
}
fn proxy_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::call(&*referent(o)?, args, kwnames)
}
fn proxy_str(o: &PyObject) -> PyResult<PyRef> {
    protocol::str_(&*referent(o)?)
}
fn proxy_repr(o: &PyObject) -> PyResult<PyRef> {
    let s = match wr(o).get() {
        Some(r) => format!("<weakproxy at {:#x}; to '{}' at {:#x}>", o.as_ptr() as usize, r.type_().name(), r.as_ptr() as usize),
        None => format!("<weakproxy at {:#x}; dead>", o.as_ptr() as usize),
    };
    Ok(super::str::new_str(s))
}
fn proxy_bool(o: &PyObject) -> PyResult<bool> {
    protocol::is_true(&*referent(o)?)
}
fn proxy_len(o: &PyObject) -> PyResult<usize> {
    protocol::len(&*referent(o)?)
}
fn proxy_getitem(o: &PyObject, k: &PyObject) -> PyResult<PyRef> {
    protocol::getitem(&*referent(o)?, k)
}
fn proxy_setitem(o: &PyObject, k: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let r = referent(o)?;
    match v {
        Some(v) => protocol::setitem(&r, k, v),
        None => protocol::delitem(&r, k),
    }
}
fn proxy_contains(o: &PyObject, k: &PyObject) -> PyResult<bool> {
    protocol::contains(&*referent(o)?, k)
}
fn proxy_iter(o: &PyObject) -> PyResult<PyRef> {
    protocol::iter(&*referent(o)?)
}
fn proxy_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    protocol::next(&*referent(o)?)
}
fn unwrap_proxy(o: &PyObject) -> PyResult<PyRef> {
    let t = o.type_();
    if t.is_subtype(&PROXY_TYPE) || t.is_subtype(&CALLABLE_PROXY_TYPE) {
        referent(o)
    } else {
        Ok(o.to_ref())
    }
}
fn proxy_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    protocol::rich_compare(&*unwrap_proxy(a)?, &*unwrap_proxy(b)?, op)
}
fn proxy_hash(o: &PyObject) -> PyResult<isize> {
    Err(type_error(format!("unhashable type: '{}'", o.type_().name())))
}

macro_rules! proxy_binops {
    ($($kind:ident => $f:ident),* $(,)?) => {
        $(fn $f(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
            protocol::binary_op(&*unwrap_proxy(a)?, &*unwrap_proxy(b)?, crate::bytecode::BinOpKind::$kind)
        })*
        const PROXY_NB: &[(crate::bytecode::BinOpKind, super::typeobj::BinaryFn)] = &[$((crate::bytecode::BinOpKind::$kind, $f)),*];
    };
}
proxy_binops!(Add => px_add, Sub => px_sub, Mul => px_mul, TrueDiv => px_truediv, FloorDiv => px_floordiv, Mod => px_mod);

macro_rules! proxy_type {
    ($name:ident, $tname:literal, $call:expr) => {
        pub static $name: Static<TypeObject> = Static(TypeObject {
            module: Some("weakref"),
            flags: Cell::new(type_flags::HAVE_GC),
            tp_drop: slot(weakref_drop),
            tp_traverse: slot(weakref_traverse),
            tp_clear: slot(weakref_clear),
            tp_getattro: slot(proxy_getattro),
            tp_setattro: slot(proxy_setattro),
            tp_call: $call,
            tp_str: slot(proxy_str),
            tp_repr: slot(proxy_repr),
            tp_hash: slot(proxy_hash),
            tp_richcompare: slot(proxy_richcompare),
            tp_iter: slot(proxy_iter),
            tp_iternext: slot(proxy_iternext),
            nb_bool: slot(proxy_bool),
            mp_length: slot(proxy_len),
            mp_subscript: slot(proxy_getitem),
            mp_ass_subscript: slot(proxy_setitem),
            sq_contains: slot(proxy_contains),
            nb: super::typeobj::nb_slots(PROXY_NB),
            ..TypeObject::new_static($tname, std::mem::size_of::<PyWeakRef>())
        });
    };
}
proxy_type!(PROXY_TYPE, "ProxyType", Cell::new(None));
proxy_type!(CALLABLE_PROXY_TYPE, "CallableProxyType", slot(proxy_call));

/// `_weakref.proxy(object, callback=None)`
pub fn new_proxy(o: &PyObject, callback: Option<&PyObject>) -> PyResult<PyRef> {
    let t: &TypeObject = if o.type_().tp_call.get().is_some() { &CALLABLE_PROXY_TYPE } else { &PROXY_TYPE };
    new_weak(t, o, callback)
}

pub fn weakref_types() -> Vec<&'static TypeObject> {
    vec![&REF_TYPE, &PROXY_TYPE, &CALLABLE_PROXY_TYPE]
}
