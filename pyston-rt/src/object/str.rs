//! `str`: UTF-8 text with a cached character count, an ASCII flag (O(1)
//! indexing for ASCII text) and a cached hash. Interned strings (names)
//! are immortal and compared by identity first.

use super::header::{new_object, PyObject, PyRef, Static};
use super::typeobj::{drop_payload, TypeObject};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

#[repr(C)]
pub struct PyStr {
    pub ob: PyObject,
    /// -1 until computed.
    pub hash: Cell<isize>,
    /// Number of code points.
    pub char_len: usize,
    pub is_ascii: bool,
    pub interned: Cell<bool>,
    pub data: Box<str>,
}

impl PyStr {
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.data
    }
    /// The cached hash (never -1).
    #[inline]
    pub fn hash(&self) -> isize {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.data);
        self.hash.set(h);
        h
    }
}

/// Hash of a str's bytes (never -1). Also used for bytes.
pub fn hash_str(s: &str) -> isize {
    crate::format::hash_bytes(s.as_bytes()) as isize
}

pub static STR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: crate::object::typeobj::slot(drop_payload::<PyStr>),
    ..TypeObject::new_static("str", std::mem::size_of::<PyStr>())
});

/// A new str object.
pub fn new_str(s: impl Into<Box<str>>) -> PyRef {
    let data: Box<str> = s.into();
    let char_len = data.chars().count();
    let is_ascii = char_len == data.len();
    new_object(&STR_TYPE, |ob| PyStr { ob, hash: Cell::new(-1), char_len, is_ascii, interned: Cell::new(false), data })
}

/// Downcast to str (exact or subclass).
#[inline]
pub fn as_pystr(o: &PyObject) -> Option<&PyStr> {
    if o.is_exact(&STR_TYPE) || o.type_().has_flag(super::typeobj::type_flags::STR_SUBCLASS) {
        // SAFETY: str and its subclasses are laid out as PyStr.
        Some(unsafe { o.cast::<PyStr>() })
    } else {
        None
    }
}

/// The text of a str object, or None.
#[inline]
pub fn str_value(o: &PyObject) -> Option<&str> {
    as_pystr(o).map(|s| s.as_str())
}

/// Hash of a str object (borrowed as PyObject; must be a str).
#[inline]
pub fn str_hash(o: &PyObject) -> isize {
    // SAFETY: callers pass str objects only.
    unsafe { o.cast::<PyStr>() }.hash()
}

/// Equality of two str objects (identity, then length, then bytes).
#[inline]
pub fn str_eq(a: &PyObject, b: &PyObject) -> bool {
    if a.is(b) {
        return true;
    }
    // SAFETY: callers pass str objects only.
    let (a, b) = unsafe { (a.cast::<PyStr>(), b.cast::<PyStr>()) };
    if a.interned.get() && b.interned.get() {
        return false;
    }
    a.data.len() == b.data.len() && a.data == b.data
}

static INTERNED: Static<RefCell<Option<HashMap<Box<str>, PyRef>>>> = Static(RefCell::new(None));

/// The interned (immortal, unique) str with this text.
pub fn intern(s: &str) -> PyRef {
    if let Some(r) = INTERNED.borrow().as_ref().and_then(|m| m.get(s)) {
        return r.clone();
    }
    let r = new_str(s);
    // SAFETY: r is a str we just created.
    let ps = unsafe { r.cast::<PyStr>() };
    ps.interned.set(true);
    ps.hash();
    r.refcnt.set(super::header::IMMORTAL);
    INTERNED.borrow_mut().get_or_insert_with(HashMap::new).insert(s.into(), r.clone());
    r
}

/// Intern an existing str object: returns the canonical object with the same text.
pub fn intern_obj(o: &PyObject) -> PyRef {
    match as_pystr(o) {
        Some(s) if s.interned.get() => o.to_ref(),
        Some(s) if o.is_exact(&STR_TYPE) => intern(s.as_str()),
        _ => o.to_ref(),
    }
}

/// An interned name as a `&'static PyObject`, cached per call site.
#[macro_export]
macro_rules! name {
    ($s:literal) => {{
        static CACHE: $crate::object::Static<std::cell::Cell<*mut $crate::object::PyObject>> =
            $crate::object::Static(std::cell::Cell::new(std::ptr::null_mut()));
        let mut p = CACHE.get();
        if p.is_null() {
            p = $crate::object::str::intern($s).into_raw();
            CACHE.set(p);
        }
        // SAFETY: interned strings are immortal.
        let r: &'static $crate::object::PyObject = unsafe { &*p };
        r
    }};
}
