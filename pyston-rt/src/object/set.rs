//! `set` and `frozenset`: CPython's open-addressing hash table (linear
//! probing in groups of 9, then perturbation; dummies for deleted entries;
//! resize at 60% fill), so that iteration order matches CPython's. Keys'
//! `__hash__`/`__eq__` may run arbitrary code and raise; a lookup that sees
//! the table change during `__eq__` restarts.
//!
//! The table, iteration, construction and the public Rust API live here;
//! the set algebra and the methods are in `set_methods.rs`.

use super::args;
use super::exceptions::{key_error, runtime_error, PyErr, KEY_ERROR, TYPE_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{PyInt, INT_TYPE};
use super::protocol;
use super::reprguard::ReprGuard;
use super::seqiter::self_iter;
use super::sequtil::{hash_fast, new_int_isize, RefSlot};
use super::set_methods as sm;
use super::str::{new_str, str_eq, STR_TYPE};
use super::typeobj::{drop_payload, nb_slots, slot, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::BinOpKind;
use std::cell::{Cell, UnsafeCell};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A table slot: empty (`key` None, `hash` 0), dummy (`key` None, `hash`
/// -1) or active.
#[derive(Clone)]
pub struct SetEntry {
    pub key: Option<PyRef>,
    pub hash: isize,
}

const EMPTY_ENTRY: SetEntry = SetEntry { key: None, hash: 0 };

pub struct SetTable {
    pub table: Vec<SetEntry>,
    /// Active + dummy entries.
    pub fill: usize,
    /// Active entries.
    pub used: usize,
    /// Where `pop` resumes its search.
    pub finger: usize,
}

impl SetTable {
    fn new() -> SetTable {
        SetTable { table: vec![EMPTY_ENTRY; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
}

#[repr(C)]
pub struct PySet {
    pub ob: PyObject,
    pub t: UnsafeCell<SetTable>,
    /// frozenset hash cache (-1: not computed).
    pub hash: Cell<isize>,
    /// Bumped whenever the table array is replaced (resize, clear, swap).
    pub generation: Cell<u64>,
    /// Weak references to the set (not owned).
    pub weaklist: Cell<*mut PyObject>,
}

pub static SET_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    tp_traverse: crate::object::typeobj::slot(set_traverse),
    tp_clear: crate::object::typeobj::slot(set_gc_clear),
    tp_weaklistoffset: std::cell::Cell::new(std::mem::offset_of!(PySet, weaklist)),
    tp_drop: slot(drop_payload::<PySet>),
    tp_repr: slot(set_repr),
    tp_richcompare: slot(sm::set_richcompare),
    tp_iter: slot(set_iter),
    tp_new: slot(set_new),
    tp_init: slot(set_init),
    mp_length: slot(set_len),
    sq_contains: slot(set_contains_slot),
    nb: nb_slots(&[
        (BinOpKind::Sub, sm::set_sub),
        (BinOpKind::And, sm::set_and),
        (BinOpKind::Xor, sm::set_xor),
        (BinOpKind::Or, sm::set_or),
        (BinOpKind::ISub, sm::set_isub),
        (BinOpKind::IAnd, sm::set_iand),
        (BinOpKind::IXor, sm::set_ixor),
        (BinOpKind::IOr, sm::set_ior),
    ]),
    methods: &sm::SET_METHODS,
    doc: Some("set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements."),
    ..TypeObject::new_static("set", std::mem::size_of::<PySet>())
});

pub static FROZENSET_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    tp_traverse: crate::object::typeobj::slot(set_traverse),
    tp_clear: crate::object::typeobj::slot(set_gc_clear),
    tp_weaklistoffset: std::cell::Cell::new(std::mem::offset_of!(PySet, weaklist)),
    tp_drop: slot(drop_payload::<PySet>),
    tp_repr: slot(set_repr),
    tp_hash: slot(frozenset_hash),
    tp_richcompare: slot(sm::set_richcompare),
    tp_iter: slot(set_iter),
    tp_new: slot(frozenset_new),
    mp_length: slot(set_len),
    sq_contains: slot(set_contains_slot),
    nb: nb_slots(&[
        (BinOpKind::Sub, sm::set_sub),
        (BinOpKind::And, sm::set_and),
        (BinOpKind::Xor, sm::set_xor),
        (BinOpKind::Or, sm::set_or),
    ]),
    methods: &sm::FROZENSET_METHODS,
    doc: Some("frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements."),
    ..TypeObject::new_static("frozenset", std::mem::size_of::<PySet>())
});

/// Whether `o` is a set or frozenset (or a subclass of either).
#[inline]
pub fn is_anyset(o: &PyObject) -> bool {
    o.is_exact(&SET_TYPE) || o.is_exact(&FROZENSET_TYPE) || o.is_instance_of(&SET_TYPE) || o.is_instance_of(&FROZENSET_TYPE)
}

/// Whether `o` is a (mutable) set or subclass.
#[inline]
pub fn is_set(o: &PyObject) -> bool {
    o.is_instance_of(&SET_TYPE)
}

/// Whether `o` is a frozenset or subclass.
#[inline]
pub fn is_frozenset(o: &PyObject) -> bool {
    o.is_instance_of(&FROZENSET_TYPE)
}

#[inline]
pub fn as_set(o: &PyObject) -> Option<&PySet> {
    if is_anyset(o) {
        // SAFETY: set, frozenset and their subclasses are laid out as PySet.
        Some(unsafe { o.cast::<PySet>() })
    } else {
        None
    }
}

#[inline]
pub(crate) fn pyset(o: &PyObject) -> &PySet {
    as_set(o).expect("set operation on a non-set")
}

/// Equality without running Python code for exact str / small int pairs.
#[inline]
fn eq_no_code(a: &PyObject, b: &PyObject) -> Option<bool> {
    if a.is_exact(&STR_TYPE) && b.is_exact(&STR_TYPE) {
        return Some(str_eq(a, b));
    }
    if a.is_exact(&INT_TYPE) && b.is_exact(&INT_TYPE) {
        // SAFETY: both exact ints.
        let (x, y) = unsafe { (a.cast::<PyInt>(), b.cast::<PyInt>()) };
        if let (Some(x), Some(y)) = (x.as_i64(), y.as_i64()) {
            return Some(x == y);
        }
    }
    None
}

/// Place a key in a table known to contain no dummies and not this key.
fn insert_clean(table: &mut [SetEntry], mask: usize, key: PyRef, hash: isize) {
    let mut perturb = hash as usize;
    let mut i = hash as usize & mask;
    loop {
        if table[i].key.is_none() {
            table[i] = SetEntry { key: Some(key), hash };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            if let Some(e) = table[i + 1..=i + LINEAR_PROBES].iter_mut().find(|e| e.key.is_none()) {
                *e = SetEntry { key: Some(key), hash };
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
    }
}

impl PySet {
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub(crate) fn t(&self) -> &mut SetTable {
        // SAFETY: single-threaded; callers never hold this borrow across a
        // call that can run Python code (they re-borrow afterwards).
        unsafe { &mut *self.t.get() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.t().used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bump_generation(&self) {
        self.generation.set(self.generation.get().wrapping_add(1));
    }

    /// Index of the active entry equal to `key`, if any.
    pub(crate) fn lookkey(&self, key: &PyObject, hash: isize) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut mask = self.t().mask();
            let mut perturb = hash as usize;
            let mut i = hash as usize & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in i..=i + probes {
                    let e = &self.t().table[j];
                    let Some(startkey) = &e.key else {
                        if e.hash == 0 {
                            return Ok(None);
                        }
                        continue;
                    };
                    if e.hash != hash {
                        continue;
                    }
                    if startkey.is(key) {
                        return Ok(Some(j));
                    }
                    if let Some(eq) = eq_no_code(startkey, key) {
                        if eq {
                            return Ok(Some(j));
                        }
                        continue;
                    }
                    let startkey = startkey.clone();
                    let gen = self.generation.get();
                    let cmp = protocol::eq_bool(&startkey, key)?;
                    if gen != self.generation.get() || !self.t().table[j].key.as_ref().is_some_and(|k| k.is(&startkey)) {
                        continue 'restart;
                    }
                    if cmp {
                        return Ok(Some(j));
                    }
                    mask = self.t().mask();
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
            }
        }
    }

    /// Add `key` (no-op when an equal key is present).
    pub(crate) fn add_entry(&self, key: PyRef, hash: isize) -> PyResult<()> {
        'restart: loop {
            let mut mask = self.t().mask();
            let mut perturb = hash as usize;
            let mut i = hash as usize & mask;
            let mut freeslot: Option<usize> = None;
            let found: usize = 'search: loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in i..=i + probes {
                    let e = &self.t().table[j];
                    match &e.key {
                        None if e.hash == 0 => break 'search j,
                        None => {
                            freeslot = Some(j);
                        }
                        Some(startkey) if e.hash == hash => {
                            if startkey.is(&key) {
                                return Ok(());
                            }
                            if let Some(eq) = eq_no_code(startkey, &key) {
                                if eq {
                                    return Ok(());
                                }
                                continue;
                            }
                            let startkey = startkey.clone();
                            let gen = self.generation.get();
                            let cmp = protocol::eq_bool(&startkey, &key)?;
                            if cmp {
                                return Ok(());
                            }
                            if gen != self.generation.get() || !self.t().table[j].key.as_ref().is_some_and(|k| k.is(&startkey)) {
                                continue 'restart;
                            }
                            mask = self.t().mask();
                        }
                        Some(_) => {}
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
            };
            let t = self.t();
            if let Some(f) = freeslot {
                t.used += 1;
                t.table[f] = SetEntry { key: Some(key), hash };
                return Ok(());
            }
            t.fill += 1;
            t.used += 1;
            t.table[found] = SetEntry { key: Some(key), hash };
            if t.fill * 5 < mask * 3 {
                return Ok(());
            }
            let used = t.used;
            self.table_resize(if used > 50000 { used * 2 } else { used * 4 });
            return Ok(());
        }
    }

    /// Rebuild the table with room for `minused` entries (drops dummies).
    pub(crate) fn table_resize(&self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let t = self.t();
        let old = std::mem::replace(&mut t.table, vec![EMPTY_ENTRY; newsize]);
        let mask = newsize - 1;
        t.fill = t.used;
        for e in old.into_iter() {
            if let Some(k) = e.key {
                insert_clean(&mut t.table, mask, k, e.hash);
            }
        }
        self.bump_generation();
    }

    /// Remove the active entry at `j` (it becomes a dummy).
    fn remove_at(&self, j: usize) -> PyRef {
        let t = self.t();
        let k = t.table[j].key.take().expect("active entry");
        t.table[j].hash = -1;
        t.used -= 1;
        k
    }

    /// Discard `key`: Ok(true) when it was present.
    pub(crate) fn discard_entry(&self, key: &PyObject, hash: isize) -> PyResult<bool> {
        match self.lookkey(key, hash)? {
            Some(j) => {
                let old = self.remove_at(j);
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub(crate) fn contains_entry(&self, key: &PyObject, hash: isize) -> PyResult<bool> {
        Ok(self.lookkey(key, hash)?.is_some())
    }

    pub(crate) fn contains_key(&self, key: &PyObject) -> PyResult<bool> {
        let h = hash_fast(key)?;
        self.contains_entry(key, h)
    }

    pub(crate) fn add_key(&self, key: &PyObject) -> PyResult<()> {
        let h = hash_fast(key)?;
        self.add_entry(key.to_ref(), h)
    }

    pub(crate) fn discard_key(&self, key: &PyObject) -> PyResult<bool> {
        let h = hash_fast(key)?;
        self.discard_entry(key, h)
    }

    /// Remove everything (the old keys are released afterwards).
    pub(crate) fn clear_internal(&self) {
        let old = std::mem::replace(self.t(), SetTable::new());
        self.t().finger = old.finger;
        self.hash.set(-1);
        self.bump_generation();
        drop(old);
    }

    /// The active entry at or after `*pos` (advancing `pos`), reading the
    /// current table each time (safe against mutation).
    pub(crate) fn next_entry(&self, pos: &mut usize) -> Option<(PyRef, isize)> {
        let t = self.t();
        while *pos < t.table.len() {
            let e = &t.table[*pos];
            *pos += 1;
            if let Some(k) = &e.key {
                return Some((k.clone(), e.hash));
            }
        }
        None
    }

    /// Snapshot of the keys in table order.
    pub fn keys(&self) -> Vec<PyRef> {
        self.t().table.iter().filter_map(|e| e.key.clone()).collect()
    }

    /// `so |= other` for a set `other` (CPython's `set_merge`).
    pub(crate) fn merge(&self, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        let (fill, used, mask) = (self.t().fill, self.t().used, self.t().mask());
        let other_used = other.len();
        if (fill + other_used) * 5 >= mask * 3 {
            self.table_resize((used + other_used) * 2);
        }
        let st = self.t();
        let ot = other.t();
        if st.fill == 0 && st.mask() == ot.mask() && ot.fill == ot.used {
            for (d, s) in st.table.iter_mut().zip(ot.table.iter()) {
                if s.key.is_some() {
                    *d = s.clone();
                }
            }
            st.fill = ot.fill;
            st.used = ot.used;
            return Ok(());
        }
        if st.fill == 0 {
            let mask = st.mask();
            st.fill = ot.used;
            st.used = ot.used;
            for e in ot.table.iter() {
                if let Some(k) = &e.key {
                    insert_clean(&mut st.table, mask, k.clone(), e.hash);
                }
            }
            return Ok(());
        }
        let mut pos = 0;
        while let Some((k, h)) = other.next_entry(&mut pos) {
            self.add_entry(k, h)?;
        }
        Ok(())
    }

    /// `so.update(iterable)` (CPython's `set_update_internal`).
    pub(crate) fn update_internal(&self, other: &PyObject) -> PyResult<()> {
        if let Some(o) = as_set(other) {
            return self.merge(o);
        }
        if other.is_exact(&super::dict::DICT_TYPE) {
            let n = super::dict::dict_len(other);
            let (fill, used, mask) = (self.t().fill, self.t().used, self.t().mask());
            if (fill + n) * 5 >= mask * 3 {
                self.table_resize((used + n) * 2);
            }
            let mut pos = 0;
            while let Some((k, _, h)) = super::dict::dict_next_hashed(other, &mut pos) {
                self.add_entry(k, h)?;
            }
            return Ok(());
        }
        let it = protocol::iter(other)?;
        while let Some(k) = protocol::next(&it)? {
            self.add_key(&k)?;
        }
        Ok(())
    }

    /// Exchange the contents of two sets (CPython's `set_swap_bodies`).
    pub(crate) fn swap_bodies(&self, other: &PySet) {
        std::mem::swap(self.t(), other.t());
        let h = self.hash.get();
        self.hash.set(other.hash.get());
        other.hash.set(h);
        self.bump_generation();
        other.bump_generation();
    }

    /// Remove and return an arbitrary element (CPython's order).
    pub(crate) fn pop(&self) -> Option<PyRef> {
        let t = self.t();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while t.table[i].key.is_none() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        t.finger = i + 1;
        Some(self.remove_at(i))
    }
}

// ---------------------------------------------------------- construction --

fn alloc_set(t: &TypeObject) -> PyRef {
    new_object(t, |ob| PySet { ob, t: UnsafeCell::new(SetTable::new()), hash: Cell::new(-1), generation: Cell::new(0), weaklist: Cell::new(std::ptr::null_mut()) })
}

/// A new set or frozenset (or subclass) of type `t`, filled from `iterable`.
pub fn make_new_set(t: &TypeObject, iterable: Option<&PyObject>) -> PyResult<PyRef> {
    let s = alloc_set(t);
    if let Some(it) = iterable {
        pyset(&s).update_internal(it)?;
    }
    Ok(s)
}

/// Like `make_new_set`, with `set` for set subclasses and `frozenset` for
/// frozenset subclasses (the result type of set algebra).
pub fn make_new_set_basetype(t: &TypeObject, iterable: Option<&PyObject>) -> PyResult<PyRef> {
    let base = if t.is_subtype(&SET_TYPE) { &SET_TYPE } else { &FROZENSET_TYPE };
    make_new_set(base, iterable)
}

/// `set(iterable)`
pub fn new_set_from_iter(iterable: &PyObject) -> PyResult<PyRef> {
    make_new_set(&SET_TYPE, Some(iterable))
}

/// `set()`
pub fn new_set() -> PyRef {
    alloc_set(&SET_TYPE)
}

/// `frozenset(iterable)` (None: empty).
pub fn new_frozenset(iterable: Option<&PyObject>) -> PyResult<PyRef> {
    if let Some(it) = iterable {
        if it.is_exact(&FROZENSET_TYPE) {
            return Ok(it.to_ref());
        }
    }
    make_new_set(&FROZENSET_TYPE, iterable)
}

/// `s.add(key)` (s a set).
pub fn set_add(s: &PyObject, key: &PyObject) -> PyResult<()> {
    pyset(s).add_key(key)
}

/// `key in s` (s a set or frozenset), with the set-as-frozenset retry.
pub fn set_contains(s: &PyObject, key: &PyObject) -> PyResult<bool> {
    set_contains_slot(s, key)
}

/// `s.discard(key)`: Ok(true) when it was present.
pub fn set_discard(s: &PyObject, key: &PyObject) -> PyResult<bool> {
    with_frozen_retry(key, |k| pyset(s).discard_key(k))
}

/// `len(s)`
pub fn set_len_of(s: &PyObject) -> usize {
    pyset(s).len()
}

/// Run `f(key)`; if `key` is a set and hashing failed with TypeError, retry
/// with `frozenset(key)` (so that `{1} in {frozenset({1})}` works).
pub(crate) fn with_frozen_retry<T>(key: &PyObject, f: impl Fn(&PyObject) -> PyResult<T>) -> PyResult<T> {
    match f(key) {
        Err(e) if e.matches(&TYPE_ERROR) && is_set(key) => {
            let tmp = make_new_set(&FROZENSET_TYPE, Some(key))?;
            f(&tmp)
        }
        r => r,
    }
}

fn set_new(t: &TypeObject, _a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if std::ptr::eq(t, &SET_TYPE.0) || t.tp_init.get().map(|f| f as usize) == Some(set_init as *const () as usize) {
        args::no_kwargs("set", kw)?;
    }
    Ok(alloc_set(t))
}

fn set_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    args::no_kwargs("set", kw)?;
    let t = o.type_();
    args::check_positional(t.name(), a.len(), 0, 1)?;
    let s = pyset(o);
    if s.t().fill > 0 {
        s.clear_internal();
    }
    s.hash.set(-1);
    match a.first() {
        Some(it) => s.update_internal(it),
        None => Ok(()),
    }
}

fn frozenset_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if std::ptr::eq(t, &FROZENSET_TYPE.0) || t.tp_init.get().map(|f| f as usize) == FROZENSET_TYPE.tp_init.get().map(|f| f as usize) {
        args::no_kwargs("frozenset", kw)?;
    }
    let (pos, _, _) = args::split(a, kw);
    args::check_positional(t.name(), pos.len(), 0, 1)?;
    if std::ptr::eq(t, &FROZENSET_TYPE.0) {
        return new_frozenset(pos.first().copied());
    }
    make_new_set(t, pos.first().copied())
}

// ----------------------------------------------------------------- slots --

fn set_len(o: &PyObject) -> PyResult<usize> {
    Ok(pyset(o).len())
}

fn set_contains_slot(o: &PyObject, key: &PyObject) -> PyResult<bool> {
    let s = pyset(o);
    with_frozen_retry(key, |k| s.contains_key(k))
}

fn set_repr(o: &PyObject) -> PyResult<PyRef> {
    let tname = o.type_().name().to_string();
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str(format!("{}(...)", tname)));
    };
    let s = pyset(o);
    if s.is_empty() {
        return Ok(new_str(format!("{}()", tname)));
    }
    let keys = s.keys();
    let mut out = String::new();
    let exact_set = o.is_exact(&SET_TYPE);
    if !exact_set {
        out.push_str(&tname);
        out.push('(');
    }
    out.push('{');
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        super::sequtil::push_repr(&mut out, k)?;
    }
    out.push('}');
    if !exact_set {
        out.push(')');
    }
    Ok(new_str(out))
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython's frozenset hash (order independent; cached).
fn frozenset_hash(o: &PyObject) -> PyResult<isize> {
    let s = pyset(o);
    if s.hash.get() != -1 {
        return Ok(s.hash.get());
    }
    let t = s.t();
    let mut hash: u64 = 0;
    for e in t.table.iter() {
        hash ^= shuffle_bits(e.hash as u64);
    }
    if (t.table.len() - t.fill) & 1 != 0 {
        hash ^= shuffle_bits(0);
    }
    if (t.fill - t.used) & 1 != 0 {
        hash ^= shuffle_bits(u64::MAX);
    }
    hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    s.hash.set(hash as isize);
    Ok(hash as isize)
}

// ------------------------------------------------------------- iterator --

#[repr(C)]
pub struct PySetIter {
    pub ob: PyObject,
    pub set: RefSlot,
    pub used: Cell<isize>,
    pub pos: Cell<usize>,
    pub len: Cell<isize>,
}

static SETITER_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", func: setiter_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." }];

pub static SET_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(setiter_traverse),
    tp_drop: slot(drop_payload::<PySetIter>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(setiter_next),
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    methods: &SETITER_METHODS,
    ..TypeObject::new_static("set_iterator", std::mem::size_of::<PySetIter>())
});

fn set_iter(o: &PyObject) -> PyResult<PyRef> {
    let n = pyset(o).len() as isize;
    Ok(new_object(&SET_ITER_TYPE, |ob| PySetIter {
        ob,
        set: RefSlot::new(Some(o.to_ref())),
        used: Cell::new(n),
        pos: Cell::new(0),
        len: Cell::new(n),
    }))
}

fn setiter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on set_iterator.
    let it = unsafe { o.cast::<PySetIter>() };
    let Some(so) = it.set.peek() else { return Ok(None) };
    let s = pyset(so);
    if it.used.get() != s.len() as isize {
        it.used.set(-1);
        return Err(runtime_error("Set changed size during iteration"));
    }
    let mut pos = it.pos.get();
    match s.next_entry(&mut pos) {
        Some((k, _)) => {
            it.pos.set(pos);
            it.len.set(it.len.get() - 1);
            Ok(Some(k))
        }
        None => {
            it.pos.set(pos);
            it.set.clear();
            Ok(None)
        }
    }
}

fn setiter_length_hint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__length_hint__", &a[1..], kw)?;
    // SAFETY: installed only on set_iterator.
    let it = unsafe { a[0].cast::<PySetIter>() };
    let n = match it.set.peek() {
        Some(s) if it.used.get() == pyset(s).len() as isize => it.len.get(),
        _ => 0,
    };
    Ok(new_int_isize(n))
}

/// `KeyError(key)` for `set.remove`.
pub(crate) fn set_key_error(key: &PyObject) -> PyErr {
    key_error(key)
}

/// `KeyError('pop from an empty set')`.
pub(crate) fn empty_pop_error() -> PyErr {
    PyErr::new(&KEY_ERROR, "pop from an empty set")
}

/// Cycle collector: the keys.
pub fn set_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    for e in pyset(o).t().table.iter() {
        if let Some(k) = &e.key {
            visit(k);
        }
    }
}

/// Cycle collector: remove every key.
pub fn set_gc_clear(o: &PyObject) {
    pyset(o).clear_internal();
}

/// Cycle collector: the iterated set.
pub fn setiter_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on the set iterator type.
    if let Some(s) = unsafe { o.cast::<PySetIter>() }.set.peek() {
        visit(s);
    }
}
