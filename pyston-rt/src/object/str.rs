//! `str`: UTF-8 text with a cached character count, an ASCII flag (O(1)
//! indexing for ASCII text) and a cached hash. Interned strings (names)
//! are immortal and compared by identity first.

use super::header::{new_object, PyObject, PyRef, Static};
use super::typeobj::{nb_slots, slot, type_flags, TypeObject};
use crate::bytecode::BinOpKind;
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
    flags: Cell::new(type_flags::BASETYPE | type_flags::STR_SUBCLASS),
    tp_drop: slot(super::str_ops::str_drop),
    tp_repr: slot(super::str_ops::str_repr_slot),
    tp_str: slot(super::str_ops::str_str_slot),
    tp_hash: slot(super::str_ops::str_hash_slot),
    tp_richcompare: slot(super::str_ops::str_richcompare),
    tp_iter: slot(super::str_iter::str_iter),
    tp_new: slot(super::str_ops::str_new),
    mp_length: slot(super::str_ops::str_len),
    mp_subscript: slot(super::str_ops::str_subscript),
    sq_contains: slot(super::str_ops::str_contains),
    sq_concat: slot(super::str_ops::str_concat),
    sq_repeat: slot(super::str_ops::str_repeat),
    nb: nb_slots(&[(BinOpKind::Mod, super::str_format::str_mod)]),
    methods: super::str_methods::STR_METHODS,
    doc: Some(STR_DOC),
    ..TypeObject::new_static("str", std::mem::size_of::<PyStr>())
});

const STR_DOC: &str = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.";

/// A new str object.
pub fn new_str(s: impl Into<Box<str>>) -> PyRef {
    let data: Box<str> = s.into();
    let char_len = data.chars().count();
    let is_ascii = char_len == data.len();
    new_object(&STR_TYPE, |ob| PyStr { ob, hash: Cell::new(-1), char_len, is_ascii, interned: Cell::new(false), data })
}

/// A new str whose code-point count is already known.
#[inline]
pub fn new_str_counted(data: Box<str>, char_len: usize) -> PyRef {
    debug_assert_eq!(char_len, data.chars().count());
    let is_ascii = char_len == data.len();
    new_object(&STR_TYPE, |ob| PyStr { ob, hash: Cell::new(-1), char_len, is_ascii, interned: Cell::new(false), data })
}

/// A new str from text known to be ASCII.
#[inline]
pub fn new_ascii_str(s: impl Into<Box<str>>) -> PyRef {
    let data: Box<str> = s.into();
    let n = data.len();
    new_str_counted(data, n)
}

/// A new instance of `t` (str or a subclass) with this text.
pub fn new_str_of_type(t: &TypeObject, data: Box<str>) -> PyRef {
    if std::ptr::eq(t, &STR_TYPE.0) {
        return new_str(data);
    }
    let char_len = data.chars().count();
    let is_ascii = char_len == data.len();
    new_object(t, |ob| PyStr { ob, hash: Cell::new(-1), char_len, is_ascii, interned: Cell::new(false), data })
}

thread_local! {
    static LATIN1: Vec<PyRef> = (0u32..256).map(|c| {
        let mut b = [0u8; 4];
        intern(char::from_u32(c).unwrap_or('\0').encode_utf8(&mut b))
    }).collect();
}

/// The one-character str `c` (shared, immortal objects for U+0000..U+00FF).
#[inline]
pub fn char_str(c: char) -> PyRef {
    let cp = c as u32;
    if cp < 256 {
        return LATIN1.with(|t| t[cp as usize].clone());
    }
    let mut b = [0u8; 4];
    new_str_counted(c.encode_utf8(&mut b).into(), 1)
}

/// The empty str (interned).
#[inline]
pub fn empty_str() -> PyRef {
    crate::name!("").to_ref()
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
    r.make_immortal();
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
