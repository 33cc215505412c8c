//! Type objects: slot tables, the method-resolution order, attribute lookup
//! along the MRO, and deallocation.
//!
//! Builtin types are `static` `TypeObject`s (their addresses are link-time
//! constants) made ready at start-up by `type_ready`; user classes are heap
//! type objects created by `type.__new__`. Both carry the same slot table.
//! Slots hold Rust functions; user classes get slot functions that call the
//! Python-level dunder methods (see `slots.rs`), builtin types get wrapper
//! descriptors in their dict so that `int.__add__` exists at Python level.
//!
//! Every type has a version tag that changes when the type or a base is
//! modified; inline caches and the method cache guard on it.

use super::header::{free_object, PyObject, PyRef};
use super::PyResult;
use crate::bytecode::CmpKind;
use std::borrow::Cow;
use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;

/// `repr`, `str`, unary number operators, `iter`, ...: `f(self)`.
pub type UnaryFn = fn(&PyObject) -> PyResult<PyRef>;
/// Binary operators: `f(a, b)` where either operand has the slot's type;
/// returns `NotImplemented` when it does not apply.
pub type BinaryFn = fn(&PyObject, &PyObject) -> PyResult<PyRef>;
/// `__pow__` with an optional modulus (None when absent).
pub type TernaryFn = fn(&PyObject, &PyObject, &PyObject) -> PyResult<PyRef>;
pub type HashFn = fn(&PyObject) -> PyResult<isize>;
pub type BoolFn = fn(&PyObject) -> PyResult<bool>;
pub type LenFn = fn(&PyObject) -> PyResult<usize>;
/// Call with positional+keyword values in `args` and the keyword names as a
/// tuple in `kwnames` (the last `len(kwnames)` values are keywords).
pub type CallFn = fn(&PyObject, &[&PyObject], Option<&PyObject>) -> PyResult<PyRef>;
/// Attribute lookup: `Ok(None)` means "not found" with no exception set, so
/// that `hasattr`/`getattr(default)` and method loads need not build an
/// AttributeError; the caller raises one when it needs to.
pub type GetattroFn = fn(&PyObject, &PyObject) -> PyResult<Option<PyRef>>;
/// `setattr` (value) and `delattr` (None).
pub type SetattroFn = fn(&PyObject, &PyObject, Option<&PyObject>) -> PyResult<()>;
/// Rich comparison; returns `NotImplemented` when it does not apply.
pub type RichcmpFn = fn(&PyObject, &PyObject, CmpKind) -> PyResult<PyRef>;
/// `__next__`: `Ok(None)` means exhausted (no StopIteration object is made).
pub type IterNextFn = fn(&PyObject) -> PyResult<Option<PyRef>>;
/// `descr.__get__(obj, type)`: obj is None for class access.
pub type DescrGetFn = fn(&PyObject, Option<&PyObject>, Option<&PyObject>) -> PyResult<PyRef>;
/// `descr.__set__(obj, value)` / `__delete__(obj)` (value None).
pub type DescrSetFn = fn(&PyObject, &PyObject, Option<&PyObject>) -> PyResult<()>;
/// `type.__new__`-style constructor: `f(subtype, args, kwnames)`.
pub type NewFn = fn(&TypeObject, &[&PyObject], Option<&PyObject>) -> PyResult<PyRef>;
/// `__init__`: `f(self, args, kwnames)`.
pub type InitFn = fn(&PyObject, &[&PyObject], Option<&PyObject>) -> PyResult<()>;
/// `__getitem__`-like: `f(self, key)`.
pub type GetItemFn = fn(&PyObject, &PyObject) -> PyResult<PyRef>;
/// `__setitem__` (value) / `__delitem__` (None).
pub type SetItemFn = fn(&PyObject, &PyObject, Option<&PyObject>) -> PyResult<()>;
/// Sequence repetition `seq * n`.
pub type RepeatFn = fn(&PyObject, isize) -> PyResult<PyRef>;
pub type ContainsFn = fn(&PyObject, &PyObject) -> PyResult<bool>;
/// Drop the payload of a builtin type in place (not the header, not the memory).
pub type DropFn = unsafe fn(*mut PyObject);
/// Visit every object reference the object's payload owns (cycle
/// collector). The instance dict at `dictoffset`, `__slots__` members and
/// the reference to a heap type are visited by the collector itself.
pub type TraverseFn = fn(&PyObject, &mut dyn FnMut(&PyObject));
/// Drop the references the payload owns that can take part in cycles
/// (cycle collector); the object must stay valid (empty) afterwards.
pub type ClearFn = fn(&PyObject);
/// A builtin function or method: `f(args, kwnames)`; methods get self as args[0].
pub type NativeFn = fn(&[&PyObject], Option<&PyObject>) -> PyResult<PyRef>;

/// A native method of a builtin type, or a function of a native module.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub flags: u32,
    pub doc: &'static str,
}

/// `MethodDef::flags`
pub mod method_flags {
    /// Installed as a classmethod (self is the class).
    pub const CLASS: u32 = 1;
    /// Installed as a staticmethod (no self).
    pub const STATIC: u32 = 2;
}

/// A computed attribute of a builtin type (`int.real`, `function.__name__`).
pub struct GetSetDef {
    pub name: &'static str,
    pub get: fn(&PyObject) -> PyResult<PyRef>,
    pub set: Option<fn(&PyObject, Option<&PyObject>) -> PyResult<()>>,
    pub doc: &'static str,
}

/// `TypeObject::flags`
pub mod type_flags {
    /// A class created at run time (refcounted, freed when unused).
    pub const HEAPTYPE: u64 = 1 << 9;
    /// Can be subclassed.
    pub const BASETYPE: u64 = 1 << 10;
    /// `type_ready` has run.
    pub const READY: u64 = 1 << 12;
    /// Calling `descr(self, *args)` is the same as calling
    /// `descr.__get__(self)(*args)` (functions, method descriptors, slot
    /// wrappers): special-method calls skip creating the bound method.
    pub const METHOD_DESCRIPTOR: u64 = 1 << 17;
    /// Instances can be abstract-checked etc. (unused yet)
    pub const IS_ABSTRACT: u64 = 1 << 20;
    /// Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS.
    pub const INT_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const STR_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    /// The fast-subclass bits, inherited by every subclass.
    pub const SUBCLASS_MASK: u64 = 0xff << 24;
    /// Instances have `__dict__` at `dictoffset`.
    pub const HAS_DICT: u64 = 1 << 32;
    /// User class defines `__del__`.
    pub const HAS_FINALIZER: u64 = 1 << 33;
    /// Instances carry a GC header (`object::gc::GcHead`) in front of the
    /// object and take part in cycle collection (CPython's Py_TPFLAGS_HAVE_GC).
    /// Declared statically on builtin types (never changes after the first
    /// allocation), always set on classes defined in Python and inherited.
    pub const HAVE_GC: u64 = 1 << 14;
    /// `match` treats instances as sequences / mappings (CPython's values,
    /// which `collections.abc` names in `__abc_tpflags__`).
    pub const SEQUENCE: u64 = 1 << 5;
    pub const MAPPING: u64 = 1 << 6;
    pub const COLLECTION_FLAGS: u64 = SEQUENCE | MAPPING;
    /// A class pattern `C(x)` with one positional sub-pattern matches the
    /// subject itself (bool, int, str, list, ... and their subclasses).
    pub const MATCH_SELF: u64 = 1 << 22;
}

/// The pattern-matching flags a subclass inherits from its base (CPython's
/// `inherit_patma_flags` and `_Py_TPFLAGS_MATCH_SELF` inheritance).
pub fn inherit_match_flags(own: u64, base: u64) -> u64 {
    let mut f = own | (base & type_flags::MATCH_SELF);
    if own & type_flags::COLLECTION_FLAGS == 0 {
        f |= base & type_flags::COLLECTION_FLAGS;
    }
    f
}

/// A type object. The layout is `repr(C)` so compiled code can read slots
/// at fixed offsets.
#[repr(C)]
pub struct TypeObject {
    pub ob: PyObject,
    /// `__name__` (names and the subclass list are `ManuallyDrop` so that
    /// statics can be built with struct-update syntax; heap types drop them
    /// in their dealloc).
    pub name: UnsafeCell<ManuallyDrop<Cow<'static, str>>>,
    /// `__qualname__` (None: same as name)
    pub qualname: UnsafeCell<ManuallyDrop<Option<Cow<'static, str>>>>,
    /// Module name for builtin types (`builtins` when None).
    pub module: Option<&'static str>,
    pub flags: Cell<u64>,
    /// Instance size in bytes (header, payload, then dict pointer for
    /// subclasses with a `__dict__`).
    pub basicsize: Cell<usize>,
    /// Byte offset of the instance `__dict__` pointer (0: none).
    pub dictoffset: Cell<usize>,
    /// Primary base (`__base__`), null only for `object`.
    pub base: Cell<*mut TypeObject>,
    /// `__bases__` (tuple), `__mro__` (tuple), `__dict__` (dict): owned.
    pub bases: Cell<*mut PyObject>,
    pub mro: Cell<*mut PyObject>,
    pub dict: Cell<*mut PyObject>,
    /// Changes whenever this type or a base changes (0: invalid).
    pub version_tag: Cell<u32>,
    /// Weak list of direct subclasses (for version-tag invalidation and
    /// `__subclasses__`). Entries are not owned.
    pub subclasses: UnsafeCell<ManuallyDrop<Vec<*mut TypeObject>>>,
    pub doc: Option<&'static str>,

    // Native tables (builtin types only).
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],

    // Slots.
    pub tp_drop: Cell<Option<DropFn>>,
    pub tp_traverse: Cell<Option<TraverseFn>>,
    pub tp_clear: Cell<Option<ClearFn>>,
    /// Byte offset of the weak-reference list head (`*mut PyObject`, not
    /// owned) in instances; 0: instances are not weakly referenceable.
    pub tp_weaklistoffset: Cell<usize>,
    pub tp_repr: Cell<Option<UnaryFn>>,
    pub tp_str: Cell<Option<UnaryFn>>,
    pub tp_hash: Cell<Option<HashFn>>,
    pub tp_call: Cell<Option<CallFn>>,
    pub tp_getattro: Cell<Option<GetattroFn>>,
    pub tp_setattro: Cell<Option<SetattroFn>>,
    pub tp_richcompare: Cell<Option<RichcmpFn>>,
    pub tp_iter: Cell<Option<UnaryFn>>,
    pub tp_iternext: Cell<Option<IterNextFn>>,
    pub tp_descr_get: Cell<Option<DescrGetFn>>,
    pub tp_descr_set: Cell<Option<DescrSetFn>>,
    pub tp_new: Cell<Option<NewFn>>,
    pub tp_init: Cell<Option<InitFn>>,
    pub tp_finalize: Cell<Option<fn(&PyObject)>>,
    pub mp_length: Cell<Option<LenFn>>,
    pub mp_subscript: Cell<Option<GetItemFn>>,
    pub mp_ass_subscript: Cell<Option<SetItemFn>>,
    pub sq_contains: Cell<Option<ContainsFn>>,
    /// Sequence `+` (tried after the number slots, left operand only).
    pub sq_concat: Cell<Option<BinaryFn>>,
    /// Sequence `*` with an index count (either operand).
    pub sq_repeat: Cell<Option<RepeatFn>>,
    pub nb_bool: Cell<Option<BoolFn>>,
    /// Binary operators indexed by `BinOpKind` (plain then in-place).
    pub nb: [Cell<Option<BinaryFn>>; 26],
    pub nb_power3: Cell<Option<TernaryFn>>,
    pub nb_negative: Cell<Option<UnaryFn>>,
    pub nb_positive: Cell<Option<UnaryFn>>,
    pub nb_invert: Cell<Option<UnaryFn>>,
    pub nb_absolute: Cell<Option<UnaryFn>>,
    pub nb_int: Cell<Option<UnaryFn>>,
    pub nb_float: Cell<Option<UnaryFn>>,
    pub nb_index: Cell<Option<UnaryFn>>,
}

impl TypeObject {
    /// A static builtin type with no slots filled; use struct-update syntax
    /// (`TypeObject { tp_repr: Some(..), ..TypeObject::new_static("name", size) }`).
    pub const fn new_static(name: &'static str, basicsize: usize) -> TypeObject {
        TypeObject {
            ob: PyObject::new_static(std::ptr::null()), // type_ready sets `type`
            name: UnsafeCell::new(ManuallyDrop::new(Cow::Borrowed(name))),
            qualname: UnsafeCell::new(ManuallyDrop::new(None)),
            module: None,
            flags: Cell::new(type_flags::BASETYPE),
            basicsize: Cell::new(basicsize),
            dictoffset: Cell::new(0),
            base: Cell::new(std::ptr::null_mut()),
            bases: Cell::new(std::ptr::null_mut()),
            mro: Cell::new(std::ptr::null_mut()),
            dict: Cell::new(std::ptr::null_mut()),
            version_tag: Cell::new(0),
            subclasses: UnsafeCell::new(ManuallyDrop::new(Vec::new())),
            doc: None,
            methods: &[],
            getsets: &[],
            tp_drop: Cell::new(None),
            tp_traverse: Cell::new(None),
            tp_clear: Cell::new(None),
            tp_weaklistoffset: Cell::new(0),
            tp_repr: Cell::new(None),
            tp_str: Cell::new(None),
            tp_hash: Cell::new(None),
            tp_call: Cell::new(None),
            tp_getattro: Cell::new(None),
            tp_setattro: Cell::new(None),
            tp_richcompare: Cell::new(None),
            tp_iter: Cell::new(None),
            tp_iternext: Cell::new(None),
            tp_descr_get: Cell::new(None),
            tp_descr_set: Cell::new(None),
            tp_new: Cell::new(None),
            tp_init: Cell::new(None),
            tp_finalize: Cell::new(None),
            mp_length: Cell::new(None),
            mp_subscript: Cell::new(None),
            mp_ass_subscript: Cell::new(None),
            sq_contains: Cell::new(None),
            sq_concat: Cell::new(None),
            sq_repeat: Cell::new(None),
            nb_bool: Cell::new(None),
            nb: [const { Cell::new(None) }; 26],
            nb_power3: Cell::new(None),
            nb_negative: Cell::new(None),
            nb_positive: Cell::new(None),
            nb_invert: Cell::new(None),
            nb_absolute: Cell::new(None),
            nb_int: Cell::new(None),
            nb_float: Cell::new(None),
            nb_index: Cell::new(None),
        }
    }

    /// The type as an object.
    #[inline(always)]
    pub fn obj(&self) -> &PyObject {
        &self.ob
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *mut TypeObject {
        self as *const TypeObject as *mut TypeObject
    }

    /// A new reference to the type object.
    pub fn to_ref(&self) -> PyRef {
        self.ob.to_ref()
    }

    /// `__name__`
    pub fn name(&self) -> &str {
        // SAFETY: the name is only replaced by `set_name`, never while borrowed
        // across a call that could run Python code.
        unsafe { &*self.name.get() }
    }

    /// The nearest builtin (static) type on the base chain: the type whose
    /// payload layout instances start with.
    pub fn static_base(&self) -> &TypeObject {
        let mut cur = self;
        while cur.is_heap_type() {
            match cur.base() {
                Some(b) => cur = b,
                None => break,
            }
        }
        cur
    }

    /// CPython's `tp_name`, the name error messages use: `module.name` for
    /// a builtin type defined by a module other than builtins
    /// (`'collections.deque' object ...`), the plain name otherwise.
    pub fn tp_name(&self) -> std::borrow::Cow<'_, str> {
        match self.module {
            Some(m) if m != "builtins" && !self.is_heap_type() => std::borrow::Cow::Owned(format!("{}.{}", m, self.name())),
            _ => std::borrow::Cow::Borrowed(self.name()),
        }
    }

    pub fn set_name(&self, name: String) {
        // SAFETY: single-threaded; no outstanding borrow of the name (callers
        // copy it before running code).
        unsafe { **self.name.get() = Cow::Owned(name) }
    }

    /// `__qualname__`
    pub fn qualname(&self) -> &str {
        // SAFETY: as `name`.
        unsafe { (*self.qualname.get()).as_deref().unwrap_or_else(|| self.name()) }
    }

    pub fn set_qualname(&self, q: String) {
        // SAFETY: as `set_name`.
        unsafe { **self.qualname.get() = Some(Cow::Owned(q)) }
    }

    #[inline(always)]
    pub fn has_flag(&self, f: u64) -> bool {
        self.flags.get() & f != 0
    }

    #[inline(always)]
    pub fn is_heap_type(&self) -> bool {
        self.has_flag(type_flags::HEAPTYPE)
    }

    /// `__base__` (None for `object`).
    pub fn base(&self) -> Option<&TypeObject> {
        // SAFETY: bases are kept alive by the `bases` tuple / statics.
        unsafe { self.base.get().as_ref() }
    }

    /// `__mro__` as a borrowed tuple (set by `type_ready`/`type.__new__`).
    pub fn mro_tuple(&self) -> Option<&PyObject> {
        // SAFETY: the type owns its mro tuple.
        unsafe { self.mro.get().as_ref() }
    }

    /// The MRO as a slice of types (self first).
    pub fn mro_types(&self) -> &[&TypeObject] {
        match self.mro_tuple() {
            // SAFETY: every element of an MRO tuple is a type object; a
            // `PyRef` and a `&TypeObject` are both one non-null pointer.
            Some(t) => unsafe {
                let items = super::tuple::tuple_items(t);
                std::slice::from_raw_parts(items.as_ptr() as *const &TypeObject, items.len())
            },
            None => &[],
        }
    }

    /// `__dict__` (borrowed).
    pub fn dict(&self) -> &PyObject {
        // SAFETY: every ready type has a dict.
        unsafe { &*self.dict.get() }
    }

    /// Whether `self` is `t` or a subclass of it.
    pub fn is_subtype(&self, t: &TypeObject) -> bool {
        if std::ptr::eq(self, t) {
            return true;
        }
        let mro = self.mro_types();
        if !mro.is_empty() {
            return mro.iter().any(|m| std::ptr::eq(*m, t));
        }
        // Not ready yet: walk the primary bases.
        let mut b = self.base();
        while let Some(x) = b {
            if std::ptr::eq(x, t) {
                return true;
            }
            b = x.base();
        }
        false
    }

    /// Find `name` (an interned or any str) along the MRO, without calling
    /// descriptors. Borrowed: valid while the type's dicts are unchanged.
    pub fn lookup(&self, name: &PyObject) -> Option<&PyObject> {
        super::method_cache::lookup(self, name)
    }

    /// Uncached MRO walk (used by the method cache).
    pub fn lookup_uncached(&self, name: &PyObject) -> Option<&PyObject> {
        for t in self.mro_types() {
            if let Some(v) = super::dict::dict_get_str(t.dict(), name) {
                return Some(v);
            }
        }
        None
    }

    /// Lookup by a Rust string (interns it).
    pub fn lookup_str(&self, name: &str) -> Option<&PyObject> {
        let n = super::str::intern(name);
        // SAFETY: interned strings live forever, so the borrow does not
        // outlive its key.
        let n: &PyObject = unsafe { &*n.as_ptr() };
        self.lookup(n)
    }

    /// Give this type (and all its subclasses) a fresh version tag: called
    /// whenever an attribute of the type changes.
    pub fn modified(&self) {
        self.version_tag.set(next_version_tag());
        // SAFETY: the subclass list holds live types (entries are removed
        // when a subclass is deallocated).
        let subs: Vec<*mut TypeObject> = unsafe { (**self.subclasses.get()).clone() };
        for s in subs {
            // SAFETY: see above.
            unsafe { (*s).modified() };
        }
    }
}

/// A filled slot, for static type declarations: `tp_repr: slot(f)`.
pub const fn slot<F: Copy>(f: F) -> Cell<Option<F>> {
    Cell::new(Some(f))
}

/// The binary-operator slot array from `(kind, function)` pairs.
pub const fn nb_slots(pairs: &[(crate::bytecode::BinOpKind, BinaryFn)]) -> [Cell<Option<BinaryFn>>; 26] {
    let mut a = [const { Cell::new(None) }; 26];
    let mut i = 0;
    while i < pairs.len() {
        a[pairs[i].0 as usize] = Cell::new(Some(pairs[i].1));
        i += 1;
    }
    a
}

/// Downcast an object to a type object.
#[inline]
pub fn as_type(o: &PyObject) -> Option<&TypeObject> {
    if o.type_().has_flag(type_flags::TYPE_SUBCLASS) {
        // SAFETY: type and its subclasses (metaclasses) are laid out as TypeObject.
        Some(unsafe { o.cast::<TypeObject>() })
    } else {
        None
    }
}

static VERSION_COUNTER: super::header::Static<Cell<u32>> = super::header::Static(Cell::new(1));

/// A new type version tag (never 0).
pub fn next_version_tag() -> u32 {
    let v = VERSION_COUNTER.get().wrapping_add(1).max(1);
    VERSION_COUNTER.set(v);
    v
}

/// Deallocate an object whose refcount reached zero: finalizer (`__del__`,
/// once per object for GC objects), weak references (cleared, callbacks
/// called), instance dict, payload, memory, and the reference to a heap type.
///
/// GC objects (containers, instances) go through a trashcan: past a nesting
/// depth, deallocation is deferred to a list drained by the outermost call,
/// so freeing a 100k-deep nested list does not overflow the Rust stack.
///
/// # Safety
/// `obj` must be a valid object with refcount zero, not used afterwards.
pub unsafe fn dealloc(obj: *mut PyObject) {
    let tr = &*(*obj).ob_type.get();
    if std::ptr::eq(tr, &super::float::FLOAT_TYPE.0) {
        return super::float::free_float(obj);
    }
    if !tr.has_flag(type_flags::HAVE_GC) {
        return dealloc_inner(obj, tr, false);
    }
    super::gc::untrack(obj);
    let tc = &*TRASHCAN;
    let depth = tc.depth.get();
    if depth >= TRASHCAN_DEPTH {
        (*tc.deferred.get()).push(obj);
        return;
    }
    tc.depth.set(depth + 1);
    dealloc_inner(obj, tr, true);
    if depth == 0 {
        // The outermost deallocation drains what was deferred.
        while let Some(o) = (*tc.deferred.get()).pop() {
            dealloc_inner(o, &*(*o).ob_type.get(), true);
        }
    }
    tc.depth.set(depth);
}

const TRASHCAN_DEPTH: usize = 64;

struct Trashcan {
    depth: Cell<usize>,
    deferred: UnsafeCell<Vec<*mut PyObject>>,
}

static TRASHCAN: super::header::Static<Trashcan> =
    super::header::Static(Trashcan { depth: Cell::new(0), deferred: UnsafeCell::new(Vec::new()) });

unsafe fn dealloc_inner(obj: *mut PyObject, tr: &TypeObject, gc: bool) {
    let t = tr as *const TypeObject;
    if let Some(fin) = tr.tp_finalize.get() {
        if !gc || !super::gc::is_finalized(obj) {
            if gc {
                super::gc::set_finalized(obj);
            }
            // Resurrect while the finalizer runs (PEP 442).
            (*obj).refcnt.set(1);
            fin(&*obj);
            let n = (*obj).refcnt.get() - 1;
            (*obj).refcnt.set(n);
            if n > 0 {
                if gc {
                    super::gc::on_resurrect(obj);
                }
                return; // resurrected
            }
        }
    }
    let wl = tr.tp_weaklistoffset.get();
    if wl != 0 {
        let slot = (obj as *mut u8).add(wl) as *mut *mut PyObject;
        if !(*slot).is_null() {
            super::weakref::clear_weakrefs(obj, slot);
        }
    }
    crate::object::debug_refs::on_free(tr);
    let off = tr.dictoffset.get();
    if off != 0 {
        let slot = (obj as *mut u8).add(off) as *mut *mut PyObject;
        let d = *slot;
        if !d.is_null() {
            *slot = std::ptr::null_mut();
            super::header::decref(d);
        }
    }
    // The payload is dropped by the nearest type (self or base) with a drop slot.
    let mut cur: *const TypeObject = t;
    while !cur.is_null() {
        if let Some(drop) = (*cur).tp_drop.get() {
            drop(obj);
            break;
        }
        cur = (*cur).base.get();
    }
    let heap = tr.is_heap_type();
    free_object(obj, tr);
    if heap {
        super::header::decref(t as *mut PyObject);
    }
}

/// Implement `tp_drop` for a payload type `T` (drops every field after the header).
///
/// # Safety
/// `obj` must point to a valid `T`.
pub unsafe fn drop_payload<T>(obj: *mut PyObject) {
    std::ptr::drop_in_place(obj as *mut T);
}
