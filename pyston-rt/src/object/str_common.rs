//! Helpers shared by `str`, `bytes` and `bytearray`: the `start`/`end`
//! arguments of the search methods, slice resolution, sequence indices,
//! and byte-level substring search (UTF-8 is self-synchronizing, so a str
//! substring search can run on the bytes).

use super::exceptions::{type_error, PyErr, INDEX_ERROR};
use super::header::PyObject;
use super::int::as_int;
use super::singletons::is_none;
use super::PyResult;
use memchr::memmem;
use num_traits::Signed;

/// An index argument clamped to `isize` like CPython's `_PyEval_SliceIndex`
/// (huge values saturate instead of raising). None when `o` has no `__index__`.
fn clamped_index(o: &PyObject) -> PyResult<Option<isize>> {
    if let Some(i) = as_int(o) {
        return Ok(Some(match i.as_i64() {
            Some(v) => v as isize,
            None => {
                if i.to_bigint().is_negative() {
                    isize::MIN
                } else {
                    isize::MAX
                }
            }
        }));
    }
    match o.type_().nb_index.get() {
        Some(f) => {
            let r = f(o)?;
            if as_int(&r).is_none() {
                return Err(type_error(format!("__index__ returned non-int (type {})", r.type_().name())));
            }
            clamped_index(&r)
        }
        None => Ok(None),
    }
}

/// A slice bound (`start`, `stop`, `step`, or the start/end of `find`):
/// None or an integer; huge values saturate.
pub fn slice_index(o: Option<&PyObject>) -> PyResult<Option<isize>> {
    match o {
        None => Ok(None),
        Some(o) if is_none(o) => Ok(None),
        Some(o) => match clamped_index(o)? {
            Some(v) => Ok(Some(v)),
            None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// CPython's `ADJUST_INDICES`: clamp optional start/end into `0..=len`.
/// The result may have `start > end` (an empty range that still matters
/// for the empty needle: `'abc'.find('', 4) == -1`).
pub fn adjust_indices(start: Option<isize>, end: Option<isize>, len: usize) -> (usize, usize) {
    let len_i = len as isize;
    let mut e = end.unwrap_or(len_i);
    if e > len_i {
        e = len_i;
    } else if e < 0 {
        e += len_i;
        if e < 0 {
            e = 0;
        }
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s += len_i;
        if s < 0 {
            s = 0;
        }
    }
    (s as usize, e as usize)
}

/// METH_NOARGS: `q() takes no keyword arguments`, `q() takes no arguments (1 given)`.
/// `args` excludes self.
pub fn no_arguments(qualname: &str, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    super::args::no_kwargs(qualname, kwnames)?;
    super::args::no_args(qualname, args, None)
}

/// Parse `name(sub[, start[, end]])` (METH_VARARGS, no keywords), the
/// shape of `find`, `index`, `count`, `startswith`, ... `args` excludes self.
pub fn parse_sub_start_end<'a>(
    fname: &str,
    qualname: &str,
    args: &[&'a PyObject],
    kwnames: Option<&PyObject>,
) -> PyResult<(&'a PyObject, Option<isize>, Option<isize>)> {
    super::args::no_kwargs(qualname, kwnames)?;
    if args.is_empty() {
        return Err(type_error(format!("{}() takes at least 1 argument (0 given)", fname)));
    }
    if args.len() > 3 {
        return Err(type_error(format!("{}() takes at most 3 arguments ({} given)", fname, args.len())));
    }
    let start = slice_index(args.get(1).copied())?;
    let end = slice_index(args.get(2).copied())?;
    Ok((args[0], start, end))
}

/// A resolved slice: `len` items starting at `start` with `step`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIdx {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub len: usize,
}

/// `slice.indices(len)` semantics (PySlice_Unpack + PySlice_AdjustIndices)
/// from the raw bounds.
pub fn resolve_slice(start: Option<isize>, stop: Option<isize>, step: Option<isize>, len: usize) -> PyResult<SliceIdx> {
    let step = match step {
        None => 1,
        Some(0) => return Err(PyErr::new(&super::exceptions::VALUE_ERROR, "slice step cannot be zero")),
        Some(s) => s.max(-isize::MAX),
    };
    let len_i = len as isize;
    let adjust = |v: Option<isize>, default_neg: isize, default_pos: isize| -> isize {
        match v {
            None => {
                if step < 0 {
                    default_neg
                } else {
                    default_pos
                }
            }
            Some(mut x) => {
                if x < 0 {
                    x += len_i;
                    if x < 0 {
                        x = if step < 0 { -1 } else { 0 };
                    }
                } else if x >= len_i {
                    x = if step < 0 { len_i - 1 } else { len_i };
                }
                x
            }
        }
    };
    let start = adjust(start, len_i - 1, 0);
    let stop = adjust(stop, -1, len_i);
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok(SliceIdx { start, stop, step, len: n })
}

/// If `key` is a slice object, resolve it against a sequence of `len` items.
///
/// The slice type is recognized by name and read through its `start`,
/// `stop` and `step` attributes, so this works whichever module defines it.
pub fn slice_indices(key: &PyObject, len: usize) -> PyResult<Option<SliceIdx>> {
    if !is_slice(key) {
        return Ok(None);
    }
    let start = super::protocol::getattr(key, crate::name!("start"))?;
    let stop = super::protocol::getattr(key, crate::name!("stop"))?;
    let step = super::protocol::getattr(key, crate::name!("step"))?;
    let (start, stop, step) = (slice_index(Some(&start))?, slice_index(Some(&stop))?, slice_index(Some(&step))?);
    resolve_slice(start, stop, step, len).map(Some)
}

/// Whether `o` is a `slice` object.
#[inline]
pub fn is_slice(o: &PyObject) -> bool {
    let t = o.type_();
    !t.is_heap_type() && t.name() == "slice"
}

/// A sequence index (`s[i]`): `Some(i)` in range, converted with `__index__`;
/// None when `key` has no `__index__`. Out-of-range and overflowing indices
/// raise IndexError with `msg` / CPython's "cannot fit" message.
pub fn seq_index(key: &PyObject, len: usize, msg: &str) -> PyResult<Option<usize>> {
    let v = match super::protocol::index_opt(key) {
        Ok(Some(v)) => v,
        Ok(None) => return Ok(None),
        Err(e) if e.matches(&super::exceptions::OVERFLOW_ERROR) => {
            return Err(PyErr::new(&INDEX_ERROR, format!("cannot fit '{}' into an index-sized integer", key.type_().name())));
        }
        Err(e) => return Err(e),
    };
    let i = if v < 0 { v + len as isize } else { v };
    if i < 0 || i as usize >= len {
        return Err(PyErr::new(&INDEX_ERROR, msg.to_string()));
    }
    Ok(Some(i as usize))
}

/// First occurrence of `needle` in `hay`.
#[inline]
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => memchr::memchr(needle[0], hay),
        n if n > hay.len() => None,
        _ => memmem::find(hay, needle),
    }
}

/// Last occurrence of `needle` in `hay`.
#[inline]
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => memchr::memrchr(needle[0], hay),
        n if n > hay.len() => None,
        _ => memmem::rfind(hay, needle),
    }
}

/// Number of non-overlapping occurrences of a non-empty `needle`, at most `max`.
pub fn count_bytes(hay: &[u8], needle: &[u8], max: usize) -> usize {
    debug_assert!(!needle.is_empty());
    if needle.len() > hay.len() || max == 0 {
        return 0;
    }
    if needle.len() == 1 {
        if max == usize::MAX {
            return memchr::memchr_iter(needle[0], hay).count();
        }
        return memchr::memchr_iter(needle[0], hay).take(max).count();
    }
    memmem::find_iter(hay, needle).take(max).count()
}

/// Whether `o` is None or absent.
#[inline]
pub fn is_none_or_absent(o: Option<&PyObject>) -> bool {
    o.is_none_or(is_none)
}

/// Byte ranges of `hay` split at `sep` (non-empty), at most `max` splits.
pub fn split_sep_ranges(hay: &[u8], sep: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut last = 0;
    if max > 0 {
        let mut n = 0;
        let mut push = |p: usize, out: &mut Vec<(usize, usize)>| {
            out.push((last, p));
            last = p + sep.len();
            n += 1;
            n < max
        };
        if sep.len() == 1 {
            for p in memchr::memchr_iter(sep[0], hay) {
                if !push(p, &mut out) {
                    break;
                }
            }
        } else {
            for p in memmem::find_iter(hay, sep) {
                if !push(p, &mut out) {
                    break;
                }
            }
        }
    }
    out.push((last, hay.len()));
    out
}

/// As `split_sep_ranges` splitting from the right; ranges in text order.
pub fn rsplit_sep_ranges(hay: &[u8], sep: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut end = hay.len();
    let mut n = 0;
    while n < max {
        match rfind_bytes(&hay[..end], sep) {
            Some(p) => {
                out.push((p + sep.len(), end));
                end = p;
                n += 1;
            }
            None => break,
        }
    }
    out.push((0, end));
    out.reverse();
    out
}

/// Byte ranges of the whitespace-separated words of `hay` (byte predicate),
/// at most `max` splits; the last range keeps its trailing whitespace.
pub fn split_ws_ranges(hay: &[u8], max: usize, ws: impl Fn(u8) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = hay.len();
    let mut i = 0;
    let mut count = max;
    while count > 0 {
        while i < n && ws(hay[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !ws(hay[i]) {
            i += 1;
        }
        out.push((j, i));
        count -= 1;
    }
    if i < n {
        while i < n && ws(hay[i]) {
            i += 1;
        }
        if i != n {
            out.push((i, n));
        }
    }
    out
}

/// As `split_ws_ranges` from the right; ranges in text order.
pub fn rsplit_ws_ranges(hay: &[u8], max: usize, ws: impl Fn(u8) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = hay.len();
    let mut count = max;
    while count > 0 {
        while i > 0 && ws(hay[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i > 0 && !ws(hay[i - 1]) {
            i -= 1;
        }
        out.push((i, j));
        count -= 1;
    }
    if i > 0 {
        while i > 0 && ws(hay[i - 1]) {
            i -= 1;
        }
        if i != 0 {
            out.push((0, i));
        }
    }
    out.reverse();
    out
}

/// Whitespace split of non-ASCII text with a char predicate (byte ranges).
pub fn split_ws_ranges_str(s: &str, max: usize, rev: bool, ws: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
    // Map every char to a marker byte (0 for whitespace, 1 otherwise) at its
    // first byte and reuse the byte algorithm; continuation bytes count as
    // part of their character.
    let mut marks = vec![1u8; s.len()];
    for (i, c) in s.char_indices() {
        if ws(c) {
            for m in &mut marks[i..i + c.len_utf8()] {
                *m = 0;
            }
        }
    }
    if rev {
        rsplit_ws_ranges(&marks, max, |b| b == 0)
    } else {
        split_ws_ranges(&marks, max, |b| b == 0)
    }
}

/// `splitlines` ranges: (start, end without the break, end with it).
/// `line_break(bytes, i)` returns the length of a line break at `i` (0 if none).
pub fn splitlines_ranges(hay: &[u8], line_break: impl Fn(&[u8], usize) -> usize) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < hay.len() {
        let n = line_break(hay, i);
        if n > 0 {
            out.push((start, i, i + n));
            i += n;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < hay.len() {
        out.push((start, hay.len(), hay.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_match_cpython() {
        // (start, stop, step, len) -> slice(start, stop, step).indices(len) and len(range(...)), from python3.
        let r = |a, b, c, n| {
            let s = resolve_slice(a, b, c, n).unwrap();
            (s.start, s.stop, s.step, s.len)
        };
        assert_eq!(r(None, None, None, 5), (0, 5, 1, 5));
        assert_eq!(r(None, None, Some(-1), 5), (4, -1, -1, 5));
        assert_eq!(r(Some(-10), Some(10), Some(2), 5), (0, 5, 2, 3));
        assert_eq!(r(Some(10), Some(-10), Some(-2), 5), (4, -1, -2, 3));
        assert_eq!(r(Some(3), Some(1), None, 5), (3, 1, 1, 0));
        assert_eq!(r(Some(1), Some(3), Some(-1), 5), (1, 3, -1, 0));
        assert_eq!(r(Some(-2), None, None, 5), (3, 5, 1, 2));
        assert_eq!(r(None, None, Some(isize::MIN), 5), (4, -1, -isize::MAX, 1));
        assert!(resolve_slice(None, None, Some(0), 5).is_err());
    }

    #[test]
    fn adjust() {
        assert_eq!(adjust_indices(None, None, 3), (0, 3));
        assert_eq!(adjust_indices(Some(4), None, 3), (4, 3));
        assert_eq!(adjust_indices(Some(-10), Some(-1), 3), (0, 2));
        assert_eq!(adjust_indices(Some(isize::MAX), Some(isize::MIN), 3), (isize::MAX as usize, 0));
    }

    #[test]
    fn search() {
        assert_eq!(find_bytes(b"hello", b"l"), Some(2));
        assert_eq!(rfind_bytes(b"hello", b"l"), Some(3));
        assert_eq!(find_bytes(b"hello", b"lo"), Some(3));
        assert_eq!(find_bytes(b"hello", b""), Some(0));
        assert_eq!(rfind_bytes(b"hello", b""), Some(5));
        assert_eq!(count_bytes(b"aaaa", b"aa", usize::MAX), 2);
        assert_eq!(count_bytes(b"aaaa", b"a", 3), 3);
        assert_eq!(count_bytes(b"abab", b"abc", 3), 0);
    }

    #[test]
    fn splits() {
        let ws = |b: u8| b == b' ';
        assert_eq!(split_ws_ranges(b" a b  c ", usize::MAX, ws), vec![(1, 2), (3, 4), (6, 7)]);
        assert_eq!(split_ws_ranges(b"a b  c ", 1, ws), vec![(0, 1), (2, 7)]);
        assert_eq!(rsplit_ws_ranges(b"a b  c ", 1, ws), vec![(0, 3), (5, 6)]);
        assert_eq!(split_ws_ranges(b"  ", usize::MAX, ws), vec![]);
        assert_eq!(split_sep_ranges(b"a,b,,c", b",", 2), vec![(0, 1), (2, 3), (4, 6)]);
        assert_eq!(rsplit_sep_ranges(b"a,b,,c", b",", 2), vec![(0, 3), (4, 4), (5, 6)]);
        assert_eq!(rsplit_sep_ranges(b"aaa", b"aa", usize::MAX), vec![(0, 1), (3, 3)]);
        assert_eq!(split_sep_ranges(b"aaa", b"aa", usize::MAX), vec![(0, 0), (2, 3)]);
        assert_eq!(split_ws_ranges_str("a\u{3000}b\u{a0}", usize::MAX, false, |c| c.is_whitespace()), vec![(0, 1), (4, 5)]);
    }
}
