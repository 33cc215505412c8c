//! The slots of `str`: repr/str/hash, comparison, concatenation and
//! repetition, length, indexing and slicing, `in`, and the constructor.

use super::exceptions::{type_error, PyErr, OVERFLOW_ERROR};
use super::header::{PyObject, PyRef, Static};
use super::typeobj::drop_payload;
use std::cell::Cell;
use super::int::new_bool;
use super::singletons::not_implemented;
use super::str::{as_pystr, char_str, empty_str, new_str, new_str_counted, new_str_of_type, str_eq, PyStr, STR_TYPE};
use super::str_common::{seq_index, slice_indices};
use super::typeobj::TypeObject;
use super::PyResult;
use crate::bytecode::CmpKind;

/// The payload of a str object (callers pass str objects only).
#[inline(always)]
pub(crate) fn pystr(o: &PyObject) -> &PyStr {
    debug_assert!(as_pystr(o).is_some());
    // SAFETY: the str slots are only installed on str and its subclasses.
    unsafe { o.cast::<PyStr>() }
}

pub fn str_repr_slot(o: &PyObject) -> PyResult<PyRef> {
    let s = pystr(o);
    Ok(new_str(repr_text(s.as_str())))
}

/// `repr()` of a str's text (the format library's `str_repr`).
#[inline]
pub fn repr_text(s: &str) -> String {
    crate::format::repr::str_repr(s)
}

/// `str.__str__`: the object itself for an exact str, else an exact copy.
pub fn str_str_slot(o: &PyObject) -> PyResult<PyRef> {
    if o.is_exact(&STR_TYPE) {
        return Ok(o.to_ref());
    }
    let s = pystr(o);
    Ok(new_str_counted(s.data.clone(), s.char_len))
}

pub fn str_hash_slot(o: &PyObject) -> PyResult<isize> {
    Ok(pystr(o).hash())
}

pub fn str_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (as_pystr(a), as_pystr(b)) else {
        return Ok(not_implemented());
    };
    // UTF-8 byte order is code point order (apart from stored surrogates).
    let ord = || super::str_surr::cmp_text(x.as_str(), y.as_str());
    let r = match op {
        CmpKind::Eq => str_eq(a, b),
        CmpKind::Ne => !str_eq(a, b),
        CmpKind::Lt => ord().is_lt(),
        CmpKind::Le => ord().is_le(),
        CmpKind::Gt => ord().is_gt(),
        CmpKind::Ge => ord().is_ge(),
    };
    Ok(new_bool(r))
}

pub fn str_concat(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (as_pystr(a), as_pystr(b)) else {
        let other = if as_pystr(a).is_none() { a } else { b };
        return Err(type_error(format!("can only concatenate str (not \"{}\") to str", other.type_().name())));
    };
    if y.data.is_empty() && a.is_exact(&STR_TYPE) {
        return Ok(a.to_ref());
    }
    if x.data.is_empty() && b.is_exact(&STR_TYPE) {
        return Ok(b.to_ref());
    }
    let mut s = String::new();
    if s.try_reserve_exact(x.data.len() + y.data.len()).is_err() {
        return Err(super::exceptions::no_memory());
    }
    s.push_str(&x.data);
    s.push_str(&y.data);
    Ok(new_str_counted(s.into_boxed_str(), x.char_len + y.char_len))
}

pub fn str_repeat(a: &PyObject, n: isize) -> PyResult<PyRef> {
    let s = pystr(a);
    if n <= 0 || s.data.is_empty() {
        return Ok(empty_str());
    }
    if n == 1 && a.is_exact(&STR_TYPE) {
        return Ok(a.to_ref());
    }
    let n = n as usize;
    let total = s.data.len().checked_mul(n).filter(|t| *t <= isize::MAX as usize);
    let Some(total) = total else {
        return Err(PyErr::new(&OVERFLOW_ERROR, "repeated string is too long"));
    };
    let mut out = String::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(super::exceptions::no_memory());
    }
    if s.data.len() == 1 {
        // SAFETY: a one-byte str is one ASCII byte, so repeating it is valid UTF-8.
        unsafe { out.as_mut_vec().resize(total, s.data.as_bytes()[0]) };
    } else {
        for _ in 0..n {
            out.push_str(&s.data);
        }
    }
    Ok(new_str_counted(out.into_boxed_str(), s.char_len * n))
}

pub fn str_len(o: &PyObject) -> PyResult<usize> {
    Ok(pystr(o).char_len)
}

/// The last (str, code point index, byte offset) translated for a
/// non-ASCII str, so that sequential indexing (`for i in range(len(s)):
/// s[i]`) walks from the previous position instead of the start. Cleared
/// when that str is freed (`str_drop`).
#[derive(Clone, Copy)]
struct IndexCache {
    obj: *const PyStr,
    char_idx: usize,
    byte_off: usize,
}

static INDEX_CACHE: Static<Cell<IndexCache>> =
    Static(Cell::new(IndexCache { obj: std::ptr::null(), char_idx: 0, byte_off: 0 }));

/// `tp_drop` of str: forget the index cache entry, then drop the payload.
///
/// # Safety
/// `o` must be a str (or subclass) whose payload is dropped exactly once.
pub unsafe fn str_drop(o: *mut PyObject) {
    let c = INDEX_CACHE.get();
    if std::ptr::eq(c.obj, o as *const PyStr) {
        INDEX_CACHE.set(IndexCache { obj: std::ptr::null(), char_idx: 0, byte_off: 0 });
    }
    drop_payload::<PyStr>(o);
}

/// Byte offset of code point `i` in `s` (`i <= char count`).
#[inline]
pub(crate) fn char_to_byte(s: &PyStr, i: usize) -> usize {
    if s.is_ascii {
        return i;
    }
    if i >= s.char_len {
        return s.data.len();
    }
    char_to_byte_slow(s, i)
}

fn char_to_byte_slow(s: &PyStr, i: usize) -> usize {
    let b = s.data.as_bytes();
    // Start from the closest known position: the start, the end, or the cache.
    let (mut ci, mut bo) = (0usize, 0usize);
    let mut best = i;
    let from_end = s.char_len - i;
    if from_end < best {
        ci = s.char_len;
        bo = b.len();
        best = from_end;
    }
    let c = INDEX_CACHE.get();
    if std::ptr::eq(c.obj, s) && c.char_idx.abs_diff(i) < best {
        ci = c.char_idx;
        bo = c.byte_off;
    }
    while ci < i {
        bo += utf8_len(b[bo]);
        ci += 1;
    }
    while ci > i {
        bo -= 1;
        while (b[bo] & 0xC0) == 0x80 {
            bo -= 1;
        }
        ci -= 1;
    }
    INDEX_CACHE.set(IndexCache { obj: s, char_idx: i, byte_off: bo });
    bo
}

/// Length of the UTF-8 sequence starting with lead byte `b`.
#[inline(always)]
fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Number of code points in a UTF-8 byte slice.
#[inline]
pub(crate) fn count_chars(b: &[u8]) -> usize {
    b.iter().filter(|&&x| (x & 0xC0) != 0x80).count()
}

/// The code point at index `i` (in range).
#[inline]
pub(crate) fn char_at(s: &PyStr, i: usize) -> char {
    if s.is_ascii {
        return s.data.as_bytes()[i] as char;
    }
    let b = char_to_byte(s, i);
    s.data[b..].chars().next().unwrap_or('\0')
}

pub fn str_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let s = pystr(o);
    if let Some(i) = seq_index(key, s.char_len, "string index out of range")? {
        return Ok(char_str(char_at(s, i)));
    }
    if let Some(sl) = slice_indices(key, s.char_len)? {
        return Ok(str_slice(o, sl.start, sl.step, sl.len));
    }
    Err(type_error(format!("string indices must be integers, not '{}'", key.type_().name())))
}

/// `s[start::step]` taking `n` code points (a resolved slice).
pub fn str_slice(o: &PyObject, start: isize, step: isize, n: usize) -> PyRef {
    let s = pystr(o);
    if n == 0 {
        return empty_str();
    }
    if step == 1 {
        if n == s.char_len && o.is_exact(&STR_TYPE) {
            return o.to_ref();
        }
        let start = start as usize;
        if s.is_ascii {
            return new_str_counted(s.data[start..start + n].into(), n);
        }
        let b0 = char_to_byte(s, start);
        let rest = &s.data[b0..];
        let b1 = rest.char_indices().nth(n).map_or(rest.len(), |(b, _)| b);
        return new_str_counted(rest[..b1].into(), n);
    }
    if n == 1 {
        return char_str(char_at(s, start as usize));
    }
    if s.is_ascii {
        let bytes = s.data.as_bytes();
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(bytes[i as usize]);
            i += step;
        }
        // SAFETY: bytes picked from an ASCII string are ASCII.
        return new_str_counted(unsafe { String::from_utf8_unchecked(out) }.into_boxed_str(), n);
    }
    let chars: Vec<char> = s.data.chars().collect();
    let mut out = String::with_capacity(n * 2);
    let mut i = start;
    for _ in 0..n {
        out.push(chars[i as usize]);
        i += step;
    }
    new_str_counted(out.into_boxed_str(), n)
}

pub fn str_contains(o: &PyObject, item: &PyObject) -> PyResult<bool> {
    let Some(sub) = as_pystr(item) else {
        return Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            item.type_().name()
        )));
    };
    Ok(super::str_common::find_bytes(pystr(o).data.as_bytes(), sub.data.as_bytes()).is_some())
}

/// `str(object='')`, `str(bytes_or_buffer, encoding='utf-8', errors='strict')`.
pub fn str_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: super::args::Params = super::args::Params::new("str", &["object", "encoding", "errors"], 0);
    let mut a = [None; 3];
    P.parse(args, kwnames, &mut a)?;
    let encoding = a[1].map(|e| arg_str("str", "encoding", e)).transpose()?;
    let errors = a[2].map(|e| arg_str("str", "errors", e)).transpose()?;
    let text: PyRef = match a[0] {
        None => empty_str(),
        Some(obj) if encoding.is_none() && errors.is_none() => super::protocol::str_(obj)?,
        Some(obj) => {
            if as_pystr(obj).is_some() {
                return Err(type_error("decoding str is not supported"));
            }
            let Some(data) = super::bytes::buffer_bytes(obj) else {
                return Err(type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    obj.type_().name()
                )));
            };
            let s = super::codecs::decode(&data, encoding.unwrap_or("utf-8"), errors.unwrap_or("strict"))?;
            new_str(s)
        }
    };
    if std::ptr::eq(t, &STR_TYPE.0) {
        return Ok(text);
    }
    Ok(new_str_of_type(t, pystr(&text).data.clone()))
}

/// A `str` argument of a Clinic-style function: `f() argument 'name' must be str, not int`.
pub(crate) fn arg_str<'a>(fname: &str, argname: &str, o: &'a PyObject) -> PyResult<&'a str> {
    super::str::str_value(o)
        .ok_or_else(|| type_error(format!("{}() argument '{}' must be str, not {}", fname, argname, super::str_common::clinic_type_name(o))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_cache_matches_linear_scan() {
        crate::runtime::init_for_tests();
        let text = "aé€😀b".repeat(7);
        let o = new_str(text.as_str());
        let s = pystr(&o);
        let chars: Vec<char> = text.chars().collect();
        let order: Vec<usize> = (0..chars.len()).chain((0..chars.len()).rev()).chain([3, 30, 1, 27, 0, 34, 12]).collect();
        for i in order {
            assert_eq!(char_at(s, i), chars[i], "index {}", i);
        }
        let other = new_str("zü");
        assert_eq!(char_at(pystr(&other), 1), 'ü');
        drop(o);
        assert_eq!(char_at(pystr(&other), 0), 'z');
    }

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr_text("abc"), "'abc'");
        assert_eq!(repr_text("a'b\""), "'a\\'b\"'");
        assert_eq!(repr_text("a'b"), "\"a'b\"");
        assert_eq!(repr_text("\x7f\u{80}\u{a0}\u{ad}\u{2028}\u{1f600}\u{e0000}"), "'\\x7f\\x80\\xa0\\xad\\u2028\u{1f600}\\U000e0000'");
        assert_eq!(repr_text("\t\n\r\0\\é"), "'\\t\\n\\r\\x00\\\\é'");
    }
}
