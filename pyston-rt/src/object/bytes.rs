//! `bytes`: an immutable byte string with a cached hash. The methods shared
//! with `bytearray` are in `bytes_methods.rs` and `bytes_ctype.rs`.

use super::exceptions::{type_error, value_error, PyErr, OVERFLOW_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{as_int, new_bool, new_int};
use super::protocol;
use super::singletons::not_implemented;
use super::str::{as_pystr, new_ascii_str};
use super::str_common::{find_bytes, seq_index, slice_indices};
use super::typeobj::{drop_payload, nb_slots, slot, type_flags, TypeObject};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};
use std::cell::Cell;

#[repr(C)]
pub struct PyBytes {
    pub ob: PyObject,
    /// -1 until computed.
    pub hash: Cell<isize>,
    pub data: Box<[u8]>,
}

pub static BYTES_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE | type_flags::BYTES_SUBCLASS),
    tp_drop: slot(drop_payload::<PyBytes>),
    tp_repr: slot(bytes_repr_slot),
    tp_str: slot(bytes_repr_slot),
    tp_hash: slot(bytes_hash),
    tp_richcompare: slot(bytes_richcompare),
    tp_iter: slot(bytes_iter),
    tp_new: slot(bytes_new),
    mp_length: slot(bytes_len),
    mp_subscript: slot(bytes_subscript),
    sq_contains: slot(bytes_contains),
    sq_concat: slot(bytes_concat),
    sq_repeat: slot(bytes_repeat),
    nb: nb_slots(&[(BinOpKind::Mod, bytes_mod)]),
    methods: super::bytes_methods::BYTES_METHODS,
    doc: Some(BYTES_DOC),
    ..TypeObject::new_static("bytes", std::mem::size_of::<PyBytes>())
});

const BYTES_DOC: &str = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer";

thread_local! {
    static EMPTY: PyRef = {
        let r = new_object(&BYTES_TYPE, |ob| PyBytes { ob, hash: Cell::new(-1), data: Box::new([]) });
        r.make_immortal();
        r
    };
    static SINGLE: Vec<PyRef> = (0..=255u8).map(|b| {
        let r = new_object(&BYTES_TYPE, |ob| PyBytes { ob, hash: Cell::new(-1), data: Box::new([b]) });
        r.make_immortal();
        r
    }).collect();
}

/// A new bytes object (the empty and one-byte values are shared).
pub fn new_bytes(data: Vec<u8>) -> PyRef {
    match data.len() {
        0 => EMPTY.with(|e| e.clone()),
        1 => SINGLE.with(|s| s[data[0] as usize].clone()),
        _ => new_object(&BYTES_TYPE, |ob| PyBytes { ob, hash: Cell::new(-1), data: data.into_boxed_slice() }),
    }
}

/// A new bytes object copied from a slice.
#[inline]
pub fn bytes_from_slice(data: &[u8]) -> PyRef {
    match data.len() {
        0 => EMPTY.with(|e| e.clone()),
        1 => SINGLE.with(|s| s[data[0] as usize].clone()),
        _ => new_object(&BYTES_TYPE, |ob| PyBytes { ob, hash: Cell::new(-1), data: data.into() }),
    }
}

/// An instance of `t` (bytes or a subclass) holding `data`.
pub fn new_bytes_of_type(t: &TypeObject, data: Vec<u8>) -> PyRef {
    if std::ptr::eq(t, &BYTES_TYPE.0) {
        return new_bytes(data);
    }
    new_object(t, |ob| PyBytes { ob, hash: Cell::new(-1), data: data.into_boxed_slice() })
}

/// Downcast to bytes (exact or subclass).
#[inline]
pub fn as_bytes(o: &PyObject) -> Option<&PyBytes> {
    if o.is_exact(&BYTES_TYPE) || o.type_().has_flag(type_flags::BYTES_SUBCLASS) {
        // SAFETY: bytes and its subclasses are laid out as PyBytes.
        Some(unsafe { o.cast::<PyBytes>() })
    } else {
        None
    }
}

/// The contents of a bytes object, or None.
#[inline]
pub fn bytes_value(o: &PyObject) -> Option<&[u8]> {
    as_bytes(o).map(|b| &*b.data)
}

/// The contents of a bytes-like object (bytes, bytearray, a contiguous
/// memoryview).
///
/// For a bytearray the slice borrows its buffer: do not hold it across a
/// call that can run Python code (which could resize the bytearray).
#[inline]
pub fn buffer_bytes(o: &PyObject) -> Option<&[u8]> {
    if let Some(b) = as_bytes(o) {
        return Some(&b.data);
    }
    if let Some(b) = super::bytearray::as_bytearray(o) {
        return Some(b.as_slice());
    }
    if let Some(m) = super::memoryview::as_memoryview(o) {
        return m.contiguous_bytes();
    }
    crate::modules::mmap::mmap_buffer(o)
}

/// A bytes-like argument: `a bytes-like object is required, not 'str'`.
#[inline]
pub fn expect_buffer(o: &PyObject) -> PyResult<&[u8]> {
    buffer_bytes(o).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", o.type_().name())))
}

#[inline(always)]
fn pybytes(o: &PyObject) -> &PyBytes {
    debug_assert!(as_bytes(o).is_some());
    // SAFETY: the bytes slots are installed on bytes and its subclasses only.
    unsafe { o.cast::<PyBytes>() }
}

/// `repr()` of a byte string: `b'...'` (the format library's `bytes_repr`).
#[inline]
pub fn bytes_repr_text(data: &[u8]) -> String {
    crate::format::repr::bytes_repr(data)
}

fn bytes_repr_slot(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_ascii_str(bytes_repr_text(&pybytes(o).data)))
}

fn bytes_hash(o: &PyObject) -> PyResult<isize> {
    let b = pybytes(o);
    let h = b.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let h = crate::format::hash_bytes(&b.data) as isize;
    b.hash.set(h);
    Ok(h)
}

/// Compare two byte strings with a rich-comparison operator.
pub(crate) fn compare_bytes(a: &[u8], b: &[u8], op: CmpKind) -> bool {
    op.holds(a, b)
}

fn bytes_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (as_bytes(a), as_bytes(b)) else {
        return Ok(not_implemented());
    };
    if a.is(b) {
        return Ok(new_bool(matches!(op, CmpKind::Eq | CmpKind::Le | CmpKind::Ge)));
    }
    Ok(new_bool(compare_bytes(&x.data, &y.data, op)))
}

fn bytes_len(o: &PyObject) -> PyResult<usize> {
    Ok(pybytes(o).data.len())
}

/// Item or slice of a byte sequence: ints for items, `make(slice)` for slices.
pub(crate) fn subscript_bytes(data: &[u8], key: &PyObject, make: impl Fn(Vec<u8>) -> PyRef, type_name: &str) -> PyResult<PyRef> {
    if let Some(i) = seq_index(key, data.len(), "index out of range")? {
        return Ok(new_int(data[i] as i64));
    }
    if let Some(sl) = slice_indices(key, data.len())? {
        return Ok(make(slice_bytes(data, sl.start, sl.step, sl.len)));
    }
    Err(type_error(format!(
        "{} indices must be integers or slices, not {}",
        type_name,
        key.type_().name()
    )))
}

/// The bytes selected by a resolved slice.
pub(crate) fn slice_bytes(data: &[u8], start: isize, step: isize, n: usize) -> Vec<u8> {
    if n == 0 {
        return Vec::new();
    }
    if step == 1 {
        let s = start as usize;
        return data[s..s + n].to_vec();
    }
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(data[i as usize]);
        i += step;
    }
    out
}

fn bytes_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let data = &pybytes(o).data;
    // Whole-slice of an exact bytes object: itself.
    if let Some(sl) = slice_indices(key, data.len())? {
        if sl.step == 1 && sl.len == data.len() && o.is_exact(&BYTES_TYPE) {
            return Ok(o.to_ref());
        }
        return Ok(new_bytes(slice_bytes(data, sl.start, sl.step, sl.len)));
    }
    subscript_bytes(data, key, new_bytes, "byte")
}

/// `item in o` for a byte sequence: an int in range(256) or a bytes-like.
pub(crate) fn contains_bytes(o: &PyObject, item: &PyObject) -> PyResult<bool> {
    if as_int(item).is_some() || item.type_().nb_index.get().is_some() {
        let v = protocol::index_opt(item)?.unwrap_or(-1);
        if !(0..256).contains(&v) {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        let data = buffer_bytes(o).unwrap_or(&[]);
        return Ok(memchr::memchr(v as u8, data).is_some());
    }
    let needle = expect_buffer(item)?;
    let data = buffer_bytes(o).unwrap_or(&[]);
    Ok(find_bytes(data, needle).is_some())
}

fn bytes_contains(o: &PyObject, item: &PyObject) -> PyResult<bool> {
    contains_bytes(o, item)
}

fn bytes_concat(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (buffer_bytes(a), buffer_bytes(b)) else {
        return Err(type_error(format!("can't concat {} to {}", b.type_().name(), a.type_().name())));
    };
    if y.is_empty() && a.is_exact(&BYTES_TYPE) {
        return Ok(a.to_ref());
    }
    let mut v = Vec::new();
    v.try_reserve_exact(x.len() + y.len()).map_err(|_| super::exceptions::no_memory())?;
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    Ok(new_bytes(v))
}

/// `data * n` as a vector (n <= 0 gives empty).
pub(crate) fn repeat_bytes(data: &[u8], n: isize) -> PyResult<Vec<u8>> {
    if n <= 0 || data.is_empty() {
        return Ok(Vec::new());
    }
    let total = data
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t <= isize::MAX as usize)
        .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "repeated bytes are too long"))?;
    let mut v = Vec::new();
    v.try_reserve_exact(total).map_err(|_| super::exceptions::no_memory())?;
    if data.len() == 1 {
        v.resize(total, data[0]);
    } else {
        for _ in 0..n {
            v.extend_from_slice(data);
        }
    }
    Ok(v)
}

fn bytes_repeat(a: &PyObject, n: isize) -> PyResult<PyRef> {
    if n == 1 && a.is_exact(&BYTES_TYPE) {
        return Ok(a.to_ref());
    }
    Ok(new_bytes(repeat_bytes(&pybytes(a).data, n)?))
}

/// `bytes % args` (nb slot: either operand may be the bytes).
fn bytes_mod(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(x) = as_bytes(a) else {
        return Ok(not_implemented());
    };
    let out = super::str_percent::percent_format(&x.data, b, super::str_percent::Target::Bytes)?;
    Ok(new_bytes(out))
}

/// The byte values of the `bytes()`/`bytearray()` constructor argument
/// (`source` without an encoding): `__bytes__` is handled by the caller.
pub(crate) fn bytes_from_source(x: &PyObject, ctor: &str) -> PyResult<Vec<u8>> {
    let item: fn(&PyObject) -> PyResult<u8> = if ctor == "bytes" { byte_value_plural } else { byte_value };
    if as_pystr(x).is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    if let Some(b) = buffer_bytes(x) {
        return Ok(b.to_vec());
    }
    if as_int(x).is_some() || x.type_().nb_index.get().is_some() {
        let n = match protocol::index_opt(x) {
            Ok(Some(n)) => n,
            Ok(None) => 0,
            Err(e) => return Err(e),
        };
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let mut v = Vec::new();
        v.try_reserve_exact(n as usize).map_err(|_| super::exceptions::no_memory())?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if let Some(items) = super::tuple::tuple_slice(x) {
        return items.iter().map(|i| item(i)).collect();
    }
    if let Some(l) = super::list::as_list(x) {
        let items = l.items().to_vec();
        return items.iter().map(|i| item(i)).collect();
    }
    let t = x.type_();
    if t.tp_iter.get().is_none() && t.mp_subscript.get().is_none() {
        return Err(type_error(format!("cannot convert '{}' object to {}", t.name(), ctor)));
    }
    let it = protocol::iter(x)?;
    let mut v = Vec::new();
    while let Some(it_item) = protocol::next(&it)? {
        v.push(item(&it_item)?);
    }
    Ok(v)
}

/// One item of an iterable of ints for `bytes()`: `bytes must be in range(0, 256)`.
pub(crate) fn byte_value_plural(item: &PyObject) -> PyResult<u8> {
    byte_value_msg(item, "bytes must be in range(0, 256)")
}

/// One byte for bytearray operations: `byte must be in range(0, 256)`.
pub(crate) fn byte_value(item: &PyObject) -> PyResult<u8> {
    byte_value_msg(item, "byte must be in range(0, 256)")
}

fn byte_value_msg(item: &PyObject, range_msg: &str) -> PyResult<u8> {
    let v = match protocol::index_opt(item) {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", item.type_().name())));
        }
        Err(e) if e.matches(&OVERFLOW_ERROR) => return Err(value_error(range_msg.to_string())),
        Err(e) => return Err(e),
    };
    if !(0..256).contains(&v) {
        return Err(value_error(range_msg.to_string()));
    }
    Ok(v as u8)
}

/// `bytes(source=b'', encoding=..., errors=...)`
fn bytes_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: super::args::Params = super::args::Params::new("bytes", &["source", "encoding", "errors"], 0);
    let mut a = [None; 3];
    P.parse(args, kwnames, &mut a)?;
    let encoding = a[1].map(|e| super::str_ops::arg_str("bytes", "encoding", e)).transpose()?;
    let errors = a[2].map(|e| super::str_ops::arg_str("bytes", "errors", e)).transpose()?;
    let data = match a[0] {
        None => {
            if encoding.is_some() || errors.is_some() {
                return Err(type_error(if encoding.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            }
            Vec::new()
        }
        Some(x) => {
            if encoding.is_some() || errors.is_some() {
                let Some(s) = as_pystr(x) else {
                    return Err(type_error(if encoding.is_some() {
                        "encoding without a string argument"
                    } else {
                        "errors without a string argument"
                    }));
                };
                let Some(enc) = encoding else {
                    return Err(type_error("string argument without an encoding"));
                };
                super::codecs::encode(&s.data, enc, errors.unwrap_or("strict"))?
            } else if x.is_exact(&BYTES_TYPE) && std::ptr::eq(t, &BYTES_TYPE.0) {
                return Ok(x.to_ref());
            } else if let Some(r) = call_bytes_dunder(x)? {
                if std::ptr::eq(t, &BYTES_TYPE.0) {
                    return Ok(r);
                }
                bytes_value(&r).unwrap_or(&[]).to_vec()
            } else {
                bytes_from_source(x, "bytes")?
            }
        }
    };
    Ok(new_bytes_of_type(t, data))
}

/// `x.__bytes__()` when the type defines it (must return bytes).
pub(crate) fn call_bytes_dunder(x: &PyObject) -> PyResult<Option<PyRef>> {
    if as_bytes(x).is_some() && x.type_().lookup(crate::name!("__bytes__")).is_none() {
        return Ok(None);
    }
    if x.type_().lookup(crate::name!("__bytes__")).is_none() {
        return Ok(None);
    }
    let r = protocol::call_method(x, crate::name!("__bytes__"), &[])?;
    if as_bytes(&r).is_none() {
        return Err(type_error(format!("__bytes__ returned non-bytes (type {})", r.type_().name())));
    }
    Ok(Some(r))
}

// ---- iterator ----

#[repr(C)]
pub struct PyBytesIter {
    pub ob: PyObject,
    pub seq: PyRef,
    pub index: Cell<usize>,
}

pub static BYTES_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyBytesIter>),
    tp_iter: slot(super::seqiter::self_iter),
    tp_iternext: slot(bytes_iter_next),
    flags: Cell::new(0),
    methods: BYTES_ITER_METHODS,
    ..TypeObject::new_static("bytes_iterator", std::mem::size_of::<PyBytesIter>())
});

static BYTES_ITER_METHODS: &[super::typeobj::MethodDef] = &[super::typeobj::MethodDef {
    name: "__length_hint__",
    func: bytes_iter_length_hint,
    flags: 0,
    doc: "Private method returning an estimate of len(list(it)).",
}];

fn bytes_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_object(&BYTES_ITER_TYPE, |ob| PyBytesIter { ob, seq: o.to_ref(), index: Cell::new(0) }))
}

/// A new iterator of `t`'s layout (shared with bytearray's iterator).
pub(crate) fn new_byte_iter(t: &'static Static<TypeObject>, o: &PyObject) -> PyRef {
    new_object(t, |ob| PyBytesIter { ob, seq: o.to_ref(), index: Cell::new(0) })
}

pub(crate) fn bytes_iter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on byte iterator types.
    let it = unsafe { o.cast::<PyBytesIter>() };
    let i = it.index.get();
    let data = buffer_bytes(&it.seq).unwrap_or(&[]);
    match data.get(i) {
        Some(&b) => {
            it.index.set(i + 1);
            Ok(Some(new_int(b as i64)))
        }
        None => Ok(None),
    }
}

pub(crate) fn bytes_iter_length_hint(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("__length_hint__", &args[1..], kwnames)?;
    // SAFETY: installed only on byte iterator types.
    let it = unsafe { args[0].cast::<PyBytesIter>() };
    let n = buffer_bytes(&it.seq).map_or(0, |d| d.len());
    Ok(new_int(n.saturating_sub(it.index.get()) as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(bytes_repr_text(b"abc"), "b'abc'");
        assert_eq!(bytes_repr_text(b"a'b"), "b\"a'b\"");
        assert_eq!(bytes_repr_text(b"a'b\""), "b'a\\'b\"'");
        assert_eq!(bytes_repr_text(b"\x00\x7f\xff\t\n\r\\"), "b'\\x00\\x7f\\xff\\t\\n\\r\\\\'");
    }
}
