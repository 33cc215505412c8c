//! `dict`: insertion-ordered hash table with open addressing, like CPython's
//! compact dict: a sparse index array pointing into a dense entry array.
//!
//! Keys use Python `__hash__`/`__eq__`, which may run arbitrary code and
//! raise; a lookup that sees the table change during `__eq__` restarts.
//! Every mutation bumps `version` (a global counter, so two dicts never share
//! a version): global-variable inline caches guard on it.

use super::header::{new_object, new_object_untracked, PyObject, PyRef, Static};
use super::protocol;
use super::str::{as_pystr, str_eq, STR_TYPE};
use super::dict_methods as dm;
use super::typeobj::{drop_payload, nb_slots, slot, type_flags, TypeObject};
use crate::bytecode::BinOpKind;
use super::PyResult;
use std::cell::{Cell, UnsafeCell};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

/// One slot of the dense entry array; `key` is None for a deleted entry.
pub struct DictEntry {
    pub hash: isize,
    pub key: Option<PyRef>,
    pub value: Option<PyRef>,
}

#[derive(Default)]
pub struct DictTable {
    indices: Vec<i32>,
    entries: Vec<DictEntry>,
    used: usize,
}

#[repr(C)]
pub struct PyDict {
    pub ob: PyObject,
    pub table: UnsafeCell<DictTable>,
    pub version: Cell<u64>,
    /// Changes when a key is added or removed or the entries move (not
    /// when an existing key's value is replaced): while it is unchanged, an
    /// entry index found earlier still holds the same key (CPython's
    /// `dk_version`; the global-load cache keys on it).
    pub keys_version: Cell<u64>,
}

pub static DICT_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(dict_traverse),
    tp_clear: crate::object::typeobj::slot(dict_gc_clear),
    tp_drop: crate::object::typeobj::slot(drop_payload::<PyDict>),
    flags: std::cell::Cell::new(type_flags::BASETYPE | type_flags::DICT_SUBCLASS | crate::object::typeobj::type_flags::HAVE_GC),
    tp_repr: slot(dm::dict_repr),
    tp_richcompare: slot(dm::dict_richcompare),
    tp_iter: slot(dm::dict_iter),
    tp_new: slot(dm::dict_new),
    tp_init: slot(dm::dict_init),
    mp_length: slot(dm::dict_length),
    mp_subscript: slot(dm::dict_subscript),
    mp_ass_subscript: slot(dm::dict_ass_subscript),
    sq_contains: slot(dm::dict_contains_slot),
    nb: nb_slots(&[(BinOpKind::Or, dm::DICT_OR), (BinOpKind::IOr, dm::DICT_IOR)]),
    methods: &dm::DICT_METHODS,
    doc: Some("dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)"),
    ..TypeObject::new_static("dict", std::mem::size_of::<PyDict>())
});

static DICT_VERSION: Static<Cell<u64>> = Static(Cell::new(1));

#[inline]
fn next_version() -> u64 {
    let v = DICT_VERSION.get() + 1;
    DICT_VERSION.set(v);
    v
}

/// A new empty dict.
pub fn new_dict() -> PyRef {
    let v = next_version();
    new_object_untracked(&DICT_TYPE, |ob| PyDict { ob, table: UnsafeCell::new(DictTable::default()), version: Cell::new(v), keys_version: Cell::new(v) })
}

#[inline]
pub fn as_dict(o: &PyObject) -> Option<&PyDict> {
    if o.is_exact(&DICT_TYPE) || o.type_().has_flag(type_flags::DICT_SUBCLASS) {
        // SAFETY: dict and subclasses are laid out as PyDict.
        Some(unsafe { o.cast::<PyDict>() })
    } else {
        None
    }
}

#[inline(always)]
fn pydict(o: &PyObject) -> &PyDict {
    debug_assert!(as_dict(o).is_some(), "not a dict: {:?}", o);
    // SAFETY: callers of the dict_* functions pass dicts.
    unsafe { o.cast::<PyDict>() }
}

impl PyDict {
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    fn t(&self) -> &mut DictTable {
        // SAFETY: single-threaded; no reference into the table is held across
        // a call that could re-enter (we copy refs out before calling __eq__).
        unsafe { &mut *self.table.get() }
    }

    pub fn len(&self) -> usize {
        self.t().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bump(&self) {
        let v = next_version();
        self.version.set(v);
        self.keys_version.set(v);
    }

    /// A value of an existing key was replaced: the keys are unchanged.
    fn bump_value(&self) {
        self.version.set(next_version());
    }

    /// Find the entry index of `key`. Python `__eq__` may run.
    fn find(&self, key: &PyObject, hash: isize) -> PyResult<Option<usize>> {
        'restart: loop {
            let t = self.t();
            if t.indices.is_empty() {
                return Ok(None);
            }
            let mask = t.indices.len() - 1;
            let mut perturb = hash as usize;
            let mut i = (hash as usize) & mask;
            loop {
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Ok(None);
                }
                if ix >= 0 {
                    let e = &t.entries[ix as usize];
                    if let Some(k) = &e.key {
                        if k.is(key) {
                            return Ok(Some(ix as usize));
                        }
                        if e.hash == hash {
                            match fast_eq(k, key) {
                                Some(true) => return Ok(Some(ix as usize)),
                                Some(false) => {}
                                None => {
                                    let k = k.clone();
                                    let version = self.version.get();
                                    let eq = protocol::eq_bool(&k, key)?;
                                    if self.version.get() != version {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(Some(ix as usize));
                                    }
                                }
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
            }
        }
    }

    /// Index slot where `hash` would be inserted (first EMPTY/DUMMY on its probe path).
    fn free_slot(t: &DictTable, hash: isize) -> usize {
        let mask = t.indices.len() - 1;
        let mut perturb = hash as usize;
        let mut i = (hash as usize) & mask;
        loop {
            if t.indices[i] < 0 {
                return i;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
        }
    }

    fn resize(&self, min_used: usize) {
        let t = self.t();
        let mut size = MIN_SIZE;
        while size * 2 < min_used * 3 {
            size *= 2;
        }
        t.entries.retain(|e| e.key.is_some());
        t.indices.clear();
        t.indices.resize(size, EMPTY);
        for (n, e) in t.entries.iter().enumerate() {
            let slot = Self::free_slot(t, e.hash);
            t.indices[slot] = n as i32;
        }
    }

    /// Insert or replace. Returns the previous value.
    pub fn set_item_hashed(&self, key: PyRef, hash: isize, value: PyRef) -> PyResult<Option<PyRef>> {
        if let Some(ix) = self.find(&key, hash)? {
            super::gc::track_if_needed(&self.ob, &value);
            let old = self.t().entries[ix].value.replace(value);
            self.bump_value();
            return Ok(old);
        }
        self.insert_new(key, hash, value);
        Ok(None)
    }

    /// Insert a key known to be absent.
    fn insert_new(&self, key: PyRef, hash: isize, value: PyRef) {
        super::gc::track_if_needed(&self.ob, &key);
        super::gc::track_if_needed(&self.ob, &value);
        let t = self.t();
        if t.indices.is_empty() || (t.entries.len() + 1) * 3 > t.indices.len() * 2 {
            self.resize((t.used + 1) * 2);
        }
        let t = self.t();
        let slot = Self::free_slot(t, hash);
        t.indices[slot] = t.entries.len() as i32;
        t.entries.push(DictEntry { hash, key: Some(key), value: Some(value) });
        t.used += 1;
        self.bump();
    }

    /// Remove the entry at `ix` (its index slot becomes DUMMY); returns (key, value).
    fn remove_at(&self, ix: usize) -> (PyRef, PyRef) {
        let t = self.t();
        let mask = t.indices.len() - 1;
        let hash = t.entries[ix].hash;
        let mut perturb = hash as usize;
        let mut i = (hash as usize) & mask;
        while t.indices[i] != ix as i32 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
        }
        t.indices[i] = DUMMY;
        let e = &mut t.entries[ix];
        let k = e.key.take().unwrap();
        let v = e.value.take().unwrap();
        t.used -= 1;
        self.bump();
        (k, v)
    }
}

/// Equality without running Python code when both sides are exact str or int.
#[inline]
fn fast_eq(a: &PyObject, b: &PyObject) -> Option<bool> {
    if a.is_exact(&STR_TYPE) && b.is_exact(&STR_TYPE) {
        return Some(str_eq(a, b));
    }
    if a.is_exact(&super::int::INT_TYPE) && b.is_exact(&super::int::INT_TYPE) {
        // SAFETY: both are exact ints.
        let (x, y) = unsafe { (a.cast::<super::int::PyInt>(), b.cast::<super::int::PyInt>()) };
        if let (Some(x), Some(y)) = (x.as_i64(), y.as_i64()) {
            return Some(x == y);
        }
    }
    None
}

// ---- The dict API used by the rest of the runtime. `d` must be a dict. ----

/// `len(d)`
pub fn dict_len(d: &PyObject) -> usize {
    pydict(d).len()
}

/// The current version (changes on every mutation).
pub fn dict_version(d: &PyObject) -> u64 {
    pydict(d).version.get()
}

/// The keys version of a dict (see `PyDict::keys_version`).
#[inline(always)]
pub fn dict_keys_version(d: &PyObject) -> u64 {
    pydict(d).keys_version.get()
}

/// The value of entry `ix` (an index from `dict_get_str_index`, valid while
/// the keys version is unchanged).
#[inline(always)]
pub fn dict_value_at(d: &PyObject, ix: u32) -> Option<&PyObject> {
    pydict(d).t().entries.get(ix as usize).and_then(|e| e.value.as_deref())
}

/// `dict_get_str` trying entry `hint` first (an attribute site's guess: the
/// instances of a class usually hold their attributes at the same index);
/// returns the value and its entry index.
#[inline(always)]
pub fn dict_get_str_hinted<'a>(d: &'a PyObject, key: &PyObject, hint: u32) -> Option<(&'a PyObject, u32)> {
    let t = pydict(d).t();
    if let Some(e) = t.entries.get(hint as usize) {
        if let (Some(k), Some(v)) = (&e.key, &e.value) {
            if k.is(key) {
                return Some((v, hint));
            }
        }
    }
    dict_get_str_index(d, key).and_then(|ix| Some((t.entries[ix as usize].value.as_deref()?, ix)))
}

/// `key` replaces the value at entry `hint` if that entry holds `key`
/// (identity); false (nothing done) otherwise.
#[inline]
pub fn dict_replace_hinted(d: &PyObject, key: &PyObject, hint: u32, v: &PyObject) -> bool {
    let dd = pydict(d);
    let t = dd.t();
    let Some(e) = t.entries.get_mut(hint as usize) else { return false };
    if !e.key.as_deref().is_some_and(|k| k.is(key)) || e.value.is_none() {
        return false;
    }
    super::gc::track_if_needed(&dd.ob, v);
    let old = e.value.replace(v.to_ref());
    dd.bump_value();
    drop(old);
    true
}

/// The index of the last entry if it holds `key` (identity): where an
/// insertion just put it.
#[inline]
pub fn dict_last_index_if_key(d: &PyObject, key: &PyObject) -> Option<u32> {
    let t = pydict(d).t();
    let ix = t.entries.len().checked_sub(1)?;
    t.entries[ix].key.as_deref().filter(|k| k.is(key)).map(|_| ix as u32)
}

/// The entry index of a str `key` (as `dict_get_str`), if present.
#[inline]
pub fn dict_get_str_index(d: &PyObject, key: &PyObject) -> Option<u32> {
    let t = pydict(d).t();
    if t.indices.is_empty() {
        return None;
    }
    let hash = super::str::str_hash(key);
    let mask = t.indices.len() - 1;
    let mut perturb = hash as usize;
    let mut i = (hash as usize) & mask;
    loop {
        let ix = t.indices[i];
        if ix == EMPTY {
            return None;
        }
        if ix >= 0 {
            let e = &t.entries[ix as usize];
            if let Some(k) = &e.key {
                if k.is(key) || (e.hash == hash && str_key_eq(k, key)) {
                    return Some(ix as u32);
                }
            }
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
    }
}

/// `d[key]` or None when missing.
pub fn dict_get(d: &PyObject, key: &PyObject) -> PyResult<Option<PyRef>> {
    let d = pydict(d);
    let h = protocol::hash(key)?;
    Ok(d.find(key, h)?.and_then(|ix| d.t().entries[ix].value.clone()))
}

/// Lookup with a str key, borrowed, never running Python code. Entries whose
/// key is not an exact str compare by identity only.
pub fn dict_get_str<'a>(d: &'a PyObject, key: &PyObject) -> Option<&'a PyObject> {
    let ix = dict_get_str_index(d, key)?;
    pydict(d).t().entries[ix as usize].value.as_deref()
}

/// Whether the stored key `k` equals the str `key` without running Python
/// code: an exact str, or a str subclass that keeps str's comparison
/// (`setattr(o, S("name"), v)` stores such a key).
#[inline]
fn str_key_eq(k: &PyObject, key: &PyObject) -> bool {
    if k.is_exact(&STR_TYPE) {
        return str_eq(k, key);
    }
    as_pystr(k).is_some()
        && k.type_().tp_richcompare.get().map(|f| f as usize) == STR_TYPE.tp_richcompare.get().map(|f| f as usize)
        && str_eq(k, key)
}

/// `d[key] = value`
pub fn dict_set(d: &PyObject, key: &PyObject, value: &PyObject) -> PyResult<()> {
    let h = protocol::hash(key)?;
    pydict(d).set_item_hashed(key.to_ref(), h, value.to_ref())?;
    Ok(())
}

/// `d[key] = value` for a str key (cannot fail).
pub fn dict_set_str(d: &PyObject, key: &PyObject, value: PyRef) {
    debug_assert!(as_pystr(key).is_some());
    let h = super::str::str_hash(key);
    // A str key's equality with other str keys cannot raise; other key types
    // with the same hash are compared through Python and could, in theory,
    // raise: ignore that (the insert is still correct by identity).
    let _ = pydict(d).set_item_hashed(key.to_ref(), h, value);
}

/// Convenience: set with a Rust string key (interned).
pub fn dict_set_item_str(d: &PyObject, key: &str, value: PyRef) {
    let k = super::str::intern(key);
    dict_set_str(d, &k, value);
}

/// `del d[key]`; Ok(None) when missing (the caller raises KeyError).
pub fn dict_del(d: &PyObject, key: &PyObject) -> PyResult<Option<PyRef>> {
    let dd = pydict(d);
    let h = protocol::hash(key)?;
    match dd.find(key, h)? {
        Some(ix) => Ok(Some(dd.remove_at(ix).1)),
        None => Ok(None),
    }
}

/// Remove every entry.
pub fn dict_clear(d: &PyObject) {
    let dd = pydict(d);
    let old = std::mem::take(dd.t());
    dd.bump();
    drop(old);
}

/// Remove and return the last inserted item.
pub fn dict_popitem(d: &PyObject) -> Option<(PyRef, PyRef)> {
    let dd = pydict(d);
    let t = dd.t();
    while matches!(t.entries.last(), Some(DictEntry { key: None, .. })) {
        t.entries.pop();
    }
    let n = t.entries.len();
    if t.used == 0 {
        return None;
    }
    let kv = dd.remove_at(n - 1);
    // Drop trailing deleted entries so popitem stays O(1) (as CPython
    // shrinks `dk_nentries`); other deletions leave their entry in place so
    // that iterators notice keys changing during iteration.
    let t = dd.t();
    while matches!(t.entries.last(), Some(DictEntry { key: None, .. })) {
        t.entries.pop();
    }
    Some(kv)
}

/// Iterate by position: returns the next live entry at or after `*pos`
/// and advances `pos`. Safe against mutation (returns owned references).
pub fn dict_next(d: &PyObject, pos: &mut usize) -> Option<(PyRef, PyRef)> {
    let t = pydict(d).t();
    while *pos < t.entries.len() {
        let e = &t.entries[*pos];
        *pos += 1;
        if let (Some(k), Some(v)) = (&e.key, &e.value) {
            return Some((k.clone(), v.clone()));
        }
    }
    None
}

/// Snapshot of the items (owned).
pub fn dict_items(d: &PyObject) -> Vec<(PyRef, PyRef)> {
    let t = pydict(d).t();
    t.entries.iter().filter_map(|e| Some((e.key.clone()?, e.value.clone()?))).collect()
}

/// Snapshot of the keys (owned).
pub fn dict_keys(d: &PyObject) -> Vec<PyRef> {
    let t = pydict(d).t();
    t.entries.iter().filter_map(|e| e.key.clone()).collect()
}

/// Snapshot of the values (owned).
pub fn dict_values(d: &PyObject) -> Vec<PyRef> {
    let t = pydict(d).t();
    t.entries.iter().filter_map(|e| e.value.clone()).collect()
}

/// A shallow copy (a new exact dict).
pub fn dict_copy(d: &PyObject) -> PyRef {
    let n = new_dict();
    let src = pydict(d).t();
    let dst = pydict(&n);
    for e in src.entries.iter() {
        if let (Some(k), Some(v)) = (&e.key, &e.value) {
            dst.insert_new(k.clone(), e.hash, v.clone());
        }
    }
    n
}

/// `d.update(other)` where other is a dict.
pub fn dict_update_from_dict(d: &PyObject, other: &PyObject) -> PyResult<()> {
    for (k, v) in dict_items(other) {
        let h = protocol::hash(&k)?;
        pydict(d).set_item_hashed(k, h, v)?;
    }
    Ok(())
}

/// A new empty instance of `dict` or a subclass.
pub fn new_dict_of_type(t: &TypeObject) -> PyRef {
    let v = next_version();
    new_object(t, |ob| PyDict { ob, table: UnsafeCell::new(DictTable::default()), version: Cell::new(v), keys_version: Cell::new(v) })
}

/// `d[key]` with a precomputed hash, or None when missing.
pub fn dict_get_hashed(d: &PyObject, key: &PyObject, hash: isize) -> PyResult<Option<PyRef>> {
    let d = pydict(d);
    Ok(d.find(key, hash)?.and_then(|ix| d.t().entries[ix].value.clone()))
}

/// `key in d`
pub fn dict_contains(d: &PyObject, key: &PyObject) -> PyResult<bool> {
    let h = super::sequtil::hash_fast(key)?;
    Ok(pydict(d).find(key, h)?.is_some())
}

/// `key in d` with a precomputed hash.
pub fn dict_contains_hashed(d: &PyObject, key: &PyObject, hash: isize) -> PyResult<bool> {
    Ok(pydict(d).find(key, hash)?.is_some())
}

/// `d[key] = value` with a precomputed hash; returns the previous value.
pub fn dict_set_hashed(d: &PyObject, key: PyRef, hash: isize, value: PyRef) -> PyResult<Option<PyRef>> {
    pydict(d).set_item_hashed(key, hash, value)
}

/// `del d[key]` with a precomputed hash; Ok(None) when missing.
pub fn dict_del_hashed(d: &PyObject, key: &PyObject, hash: isize) -> PyResult<Option<(PyRef, PyRef)>> {
    let dd = pydict(d);
    match dd.find(key, hash)? {
        Some(ix) => Ok(Some(dd.remove_at(ix))),
        None => Ok(None),
    }
}

/// Number of entry slots (live and deleted): the bound for positions.
pub fn dict_nentries(d: &PyObject) -> usize {
    pydict(d).t().entries.len()
}

/// The live entry at position `i` as (key, value, hash), if any.
pub fn dict_entry_at(d: &PyObject, i: usize) -> Option<(PyRef, PyRef, isize)> {
    let e = pydict(d).t().entries.get(i)?;
    Some((e.key.clone()?, e.value.clone()?, e.hash))
}

/// Like `dict_next`, also returning the stored hash.
pub fn dict_next_hashed(d: &PyObject, pos: &mut usize) -> Option<(PyRef, PyRef, isize)> {
    let t = pydict(d).t();
    while *pos < t.entries.len() {
        let e = &t.entries[*pos];
        *pos += 1;
        if let (Some(k), Some(v)) = (&e.key, &e.value) {
            return Some((k.clone(), v.clone(), e.hash));
        }
    }
    None
}

/// Allocated size estimate for `__sizeof__`.
pub fn dict_sizeof(d: &PyObject) -> usize {
    let t = pydict(d).t();
    48 + t.indices.capacity() * 4 + t.entries.capacity() * std::mem::size_of::<DictEntry>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{int::new_int, str::new_str};

    #[test]
    fn insert_lookup_delete_order() {
        crate::runtime::init_for_tests();
        let d = new_dict();
        for i in 0..100 {
            dict_set(&d, &new_int(i), &new_str(format!("v{i}"))).unwrap();
        }
        assert_eq!(dict_len(&d), 100);
        for i in (0..100).step_by(2) {
            assert!(dict_del(&d, &new_int(i)).unwrap().is_some());
        }
        assert_eq!(dict_len(&d), 50);
        let keys: Vec<i64> = dict_keys(&d).iter().map(|k| crate::object::int::int_value_i64(k).unwrap()).collect();
        assert_eq!(keys, (1..100).step_by(2).collect::<Vec<_>>());
        let v = dict_get(&d, &new_int(51)).unwrap().unwrap();
        assert_eq!(super::super::str::str_value(&v), Some("v51"));
        assert!(dict_get(&d, &new_int(50)).unwrap().is_none());
        let (k, _) = dict_popitem(&d).unwrap();
        assert_eq!(crate::object::int::int_value_i64(&k), Some(99));
    }

    #[test]
    fn str_keys_and_versions() {
        crate::runtime::init_for_tests();
        let d = new_dict();
        let v0 = dict_version(&d);
        dict_set_item_str(&d, "alpha", new_int(1));
        assert_ne!(dict_version(&d), v0);
        let k = new_str("alpha");
        assert!(dict_get_str(&d, &k).is_some());
        assert!(dict_get(&d, &k).unwrap().is_some());
        let c = dict_copy(&d);
        assert_eq!(dict_len(&c), 1);
    }

    #[test]
    fn str_subclass_key_found_by_interned_name() {
        crate::runtime::init_for_tests();
        let ty = crate::object::object_type::TYPE_TYPE.obj();
        let name = new_str("S");
        let bases = crate::object::tuple::new_tuple(vec![crate::object::str::STR_TYPE.to_ref()]);
        let ns = new_dict();
        let cls = crate::object::protocol::call(ty, &[&name, &bases, &ns], None).unwrap();
        let key = crate::object::protocol::call(&cls, &[&new_str("attr")], None).unwrap();
        assert!(!key.is_exact(&STR_TYPE));
        let d = new_dict();
        dict_set(&d, &key, &new_int(7)).unwrap();
        let interned = crate::object::str::intern("attr");
        let v = dict_get_str(&d, &interned).expect("str subclass key matches");
        assert_eq!(crate::object::int::int_value_i64(v), Some(7));
    }
}

/// Cycle collector: keys and values.
pub fn dict_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    for e in pydict(o).t().entries.iter() {
        if let Some(k) = &e.key {
            visit(k);
        }
        if let Some(v) = &e.value {
            visit(v);
        }
    }
}

/// Cycle collector: remove every entry.
pub fn dict_gc_clear(o: &PyObject) {
    dict_clear(o);
}
