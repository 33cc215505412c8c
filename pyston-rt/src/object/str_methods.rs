//! The methods of `str`: the method table, and search (`find`, `index`,
//! `count`, `startswith`, ...), `replace`, `strip`, prefixes and `encode`.
//! Splitting and joining are in `str_split.rs`, case mapping, predicates,
//! padding and translation in `str_case.rs`, formatting in `str_format.rs`.

use super::args::{check_positional, no_kwargs, Params};
use super::exceptions::{type_error, value_error, PyErr, MEMORY_ERROR};
use super::header::{PyObject, PyRef};
use super::int::{new_bool, new_int};
use super::str::{as_pystr, empty_str, new_str_counted, PyStr, STR_TYPE};
use super::str_case as case;
use super::str_common::{adjust_indices, clinic_type_name, count_bytes, find_bytes, parse_sub_start_end, rfind_bytes};
use super::str_ops::{char_to_byte, count_chars, pystr};
use super::str_split as split;
use super::tuple::{new_tuple, tuple_slice};
use super::typeobj::{method_flags, MethodDef};
use super::PyResult;
use crate::object::str_format as fmt;

macro_rules! m {
    ($name:literal, $f:expr, $doc:literal) => {
        MethodDef { name: $name, func: $f, flags: 0, doc: $doc }
    };
}

pub static STR_METHODS: &[MethodDef] = &[
    m!("encode", str_encode, "Encode the string using the codec registered for encoding."),
    m!("replace", str_replace, "Return a copy with all occurrences of substring old replaced by new."),
    m!("split", split::str_split, "Return a list of the substrings in the string, using sep as the separator string."),
    m!("rsplit", split::str_rsplit, "Return a list of the substrings in the string, using sep as the separator string."),
    m!("join", split::str_join, "Concatenate any number of strings."),
    m!("capitalize", case::str_capitalize, "Return a capitalized version of the string."),
    m!("casefold", case::str_casefold, "Return a version of the string suitable for caseless comparisons."),
    m!("title", case::str_title, "Return a version of the string where each word is titlecased."),
    m!("center", case::str_center, "Return a centered string of length width."),
    m!("count", str_count, "S.count(sub[, start[, end]]) -> int"),
    m!("expandtabs", case::str_expandtabs, "Return a copy where all tab characters are expanded using spaces."),
    m!("find", str_find, "S.find(sub[, start[, end]]) -> int"),
    m!("partition", split::str_partition, "Partition the string into three parts using the given separator."),
    m!("index", str_index, "S.index(sub[, start[, end]]) -> int"),
    m!("ljust", case::str_ljust, "Return a left-justified string of length width."),
    m!("lower", case::str_lower, "Return a copy of the string converted to lowercase."),
    m!("lstrip", str_lstrip, "Return a copy of the string with leading whitespace removed."),
    m!("rfind", str_rfind, "S.rfind(sub[, start[, end]]) -> int"),
    m!("rindex", str_rindex, "S.rindex(sub[, start[, end]]) -> int"),
    m!("rjust", case::str_rjust, "Return a right-justified string of length width."),
    m!("rstrip", str_rstrip, "Return a copy of the string with trailing whitespace removed."),
    m!("rpartition", split::str_rpartition, "Partition the string into three parts using the given separator."),
    m!("splitlines", split::str_splitlines, "Return a list of the lines in the string, breaking at line boundaries."),
    m!("strip", str_strip, "Return a copy of the string with leading and trailing whitespace removed."),
    m!("swapcase", case::str_swapcase, "Convert uppercase characters to lowercase and lowercase characters to uppercase."),
    m!("translate", case::str_translate, "Replace each character in the string using the given translation table."),
    m!("upper", case::str_upper, "Return a copy of the string converted to uppercase."),
    m!("startswith", str_startswith, "S.startswith(prefix[, start[, end]]) -> bool"),
    m!("endswith", str_endswith, "S.endswith(suffix[, start[, end]]) -> bool"),
    m!("removeprefix", str_removeprefix, "Return a str with the given prefix string removed if present."),
    m!("removesuffix", str_removesuffix, "Return a str with the given suffix string removed if present."),
    m!("isascii", case::str_isascii, "Return True if all characters in the string are ASCII, False otherwise."),
    m!("islower", case::str_islower, "Return True if the string is a lowercase string, False otherwise."),
    m!("isupper", case::str_isupper, "Return True if the string is an uppercase string, False otherwise."),
    m!("istitle", case::str_istitle, "Return True if the string is a title-cased string, False otherwise."),
    m!("isspace", case::str_isspace, "Return True if the string is a whitespace string, False otherwise."),
    m!("isdecimal", case::str_isdecimal, "Return True if the string is a decimal string, False otherwise."),
    m!("isdigit", case::str_isdigit, "Return True if the string is a digit string, False otherwise."),
    m!("isnumeric", case::str_isnumeric, "Return True if the string is a numeric string, False otherwise."),
    m!("isalpha", case::str_isalpha, "Return True if the string is an alphabetic string, False otherwise."),
    m!("isalnum", case::str_isalnum, "Return True if the string is an alpha-numeric string, False otherwise."),
    m!("isidentifier", case::str_isidentifier, "Return True if the string is a valid Python identifier, False otherwise."),
    m!("isprintable", case::str_isprintable, "Return True if the string is printable, False otherwise."),
    m!("zfill", case::str_zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."),
    m!("format", fmt::str_format_method, "S.format(*args, **kwargs) -> str"),
    m!("format_map", fmt::str_format_map, "S.format_map(mapping) -> str"),
    m!("__format__", fmt::str_dunder_format, "Return a formatted version of the string as described by format_spec."),
    MethodDef {
        name: "maketrans",
        func: case::str_maketrans,
        flags: method_flags::STATIC,
        doc: "Return a translation table usable for str.translate().",
    },
    m!("__sizeof__", str_sizeof, "Return the size of the string in memory, in bytes."),
    m!("__getnewargs__", str_getnewargs, ""),
];

/// The receiver of a str method.
#[inline(always)]
pub(crate) fn this<'a>(args: &[&'a PyObject]) -> &'a PyStr {
    pystr(args[0])
}

/// Return `self` when it is an exact str and unchanged, else a new str.
#[inline]
pub(crate) fn same_or_new(o: &PyObject, text: &str, char_len: usize) -> PyRef {
    let s = pystr(o);
    if o.is_exact(&STR_TYPE) && s.data.len() == text.len() {
        return o.to_ref();
    }
    if text.is_empty() {
        return empty_str();
    }
    new_str_counted(text.into(), char_len)
}

/// The str argument of a search method: `must be str, not int`.
#[inline]
pub(crate) fn expect_sub(o: &PyObject) -> PyResult<&PyStr> {
    as_pystr(o).ok_or_else(|| type_error(format!("must be str, not {}", o.type_().name())))
}

/// Search `sub` in `s[start:end]` (code-point indices); the code-point
/// index of the match.
pub(crate) fn str_search(s: &PyStr, sub: &PyStr, start: Option<isize>, end: Option<isize>, reverse: bool) -> Option<usize> {
    let (st, en) = adjust_indices(start, end, s.char_len);
    if st > en || en - st < sub.char_len {
        return None;
    }
    if s.is_ascii {
        let hay = &s.data.as_bytes()[st..en];
        let r = if reverse { rfind_bytes(hay, sub.data.as_bytes()) } else { find_bytes(hay, sub.data.as_bytes()) };
        return r.map(|p| st + p);
    }
    let b0 = char_to_byte(s, st);
    let b1 = b0 + char_to_byte_in(&s.data[b0..], en - st);
    let hay = &s.data.as_bytes()[b0..b1];
    let r = if reverse { rfind_bytes(hay, sub.data.as_bytes()) } else { find_bytes(hay, sub.data.as_bytes()) };
    r.map(|p| st + count_chars(&hay[..p]))
}

/// Byte offset of code point `n` of `s` (or its length).
#[inline]
pub(crate) fn char_to_byte_in(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

fn find_common(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, qual: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (sub, start, end) = parse_sub_start_end(name, qual, &args[1..], kwnames)?;
    let sub = expect_sub(sub)?;
    Ok(str_search(this(args), sub, start, end, reverse))
}

fn str_find(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let r = find_common(args, kwnames, "find", "str.find", false)?;
    Ok(new_int(r.map_or(-1, |v| v as i64)))
}

fn str_rfind(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let r = find_common(args, kwnames, "rfind", "str.rfind", true)?;
    Ok(new_int(r.map_or(-1, |v| v as i64)))
}

fn str_index(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    match find_common(args, kwnames, "index", "str.index", false)? {
        Some(v) => Ok(new_int(v as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn str_rindex(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    match find_common(args, kwnames, "rindex", "str.rindex", true)? {
        Some(v) => Ok(new_int(v as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn str_count(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let (sub, start, end) = parse_sub_start_end("count", "str.count", &args[1..], kwnames)?;
    let sub = expect_sub(sub)?;
    let s = this(args);
    let (st, en) = adjust_indices(start, end, s.char_len);
    if st > en {
        return Ok(new_int(0));
    }
    if sub.data.is_empty() {
        return Ok(new_int((en - st + 1) as i64));
    }
    let (b0, b1) = if s.is_ascii {
        (st, en)
    } else {
        let b0 = char_to_byte(s, st);
        (b0, b0 + char_to_byte_in(&s.data[b0..], en - st))
    };
    Ok(new_int(count_bytes(&s.data.as_bytes()[b0..b1], sub.data.as_bytes(), usize::MAX) as i64))
}

/// Whether `sub` matches `s[start:end]` at its start (or end).
fn tailmatch(s: &PyStr, sub: &PyStr, start: Option<isize>, end: Option<isize>, at_end: bool) -> bool {
    let (st, en) = adjust_indices(start, end, s.char_len);
    if st > en || en - st < sub.char_len {
        return false;
    }
    if sub.data.is_empty() {
        return true;
    }
    let at = if at_end { en - sub.char_len } else { st };
    let b0 = char_to_byte(s, at);
    s.data.as_bytes()[b0..].starts_with(sub.data.as_bytes())
}

fn starts_ends(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, at_end: bool) -> PyResult<PyRef> {
    let qual = if at_end { "str.endswith" } else { "str.startswith" };
    let (arg, start, end) = parse_sub_start_end(name, qual, &args[1..], kwnames)?;
    let s = this(args);
    if let Some(items) = tuple_slice(arg) {
        for it in items {
            let Some(sub) = as_pystr(it) else {
                return Err(type_error(format!("tuple for {} must only contain str, not {}", name, it.type_().name())));
            };
            if tailmatch(s, sub, start, end, at_end) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    let Some(sub) = as_pystr(arg) else {
        return Err(type_error(format!("{} first arg must be str or a tuple of str, not {}", name, arg.type_().name())));
    };
    Ok(new_bool(tailmatch(s, sub, start, end, at_end)))
}

fn str_startswith(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    starts_ends(args, kwnames, "startswith", false)
}

fn str_endswith(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    starts_ends(args, kwnames, "endswith", true)
}

/// `str.replace(old, new, count=-1, /)`
fn str_replace(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("str.replace", kwnames)?;
    check_positional("replace", args.len() - 1, 2, 3)?;
    let old = as_pystr(args[1])
        .ok_or_else(|| type_error(format!("replace() argument 1 must be str, not {}", clinic_type_name(args[1]))))?;
    let new = as_pystr(args[2])
        .ok_or_else(|| type_error(format!("replace() argument 2 must be str, not {}", clinic_type_name(args[2]))))?;
    let count = match args.get(3) {
        Some(c) => super::args::expect_index(c)?,
        None => -1,
    };
    let max = if count < 0 { usize::MAX } else { count as usize };
    let s = this(args);
    match replace_text(s, old, new, max)? {
        Some((text, n)) => Ok(new_str_counted(text.into_boxed_str(), n)),
        None => Ok(same_or_new(args[0], &s.data, s.char_len)),
    }
}

/// Replace up to `max` occurrences; None when nothing changes.
/// Returns the text and its code-point count.
pub(crate) fn replace_text(s: &PyStr, old: &PyStr, new: &PyStr, max: usize) -> PyResult<Option<(String, usize)>> {
    if max == 0 {
        return Ok(None);
    }
    let hay = s.data.as_bytes();
    if old.data.is_empty() {
        // Insert `new` before every character and at the end, up to max times.
        let n = max.min(s.char_len + 1);
        if new.data.is_empty() {
            return Ok(None);
        }
        let mut out = String::new();
        reserve(&mut out, s.data.len() + n * new.data.len())?;
        let mut done = 0;
        for c in s.data.chars() {
            if done < n {
                out.push_str(&new.data);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(&new.data);
        }
        return Ok(Some((out, s.char_len + n * new.char_len)));
    }
    let needle = old.data.as_bytes();
    let positions: Vec<usize> = if needle.len() == 1 {
        memchr::memchr_iter(needle[0], hay).take(max).collect()
    } else {
        memchr::memmem::find_iter(hay, needle).take(max).collect()
    };
    if positions.is_empty() {
        return Ok(None);
    }
    let k = positions.len();
    let new_len = hay.len() - k * needle.len() + k * new.data.len();
    let mut out = String::new();
    reserve(&mut out, new_len)?;
    let mut last = 0;
    for p in positions {
        out.push_str(&s.data[last..p]);
        out.push_str(&new.data);
        last = p + needle.len();
    }
    out.push_str(&s.data[last..]);
    let chars = s.char_len + k * new.char_len - k * old.char_len;
    Ok(Some((out, chars)))
}

/// Reserve exactly `n` more bytes or raise MemoryError.
#[inline]
pub(crate) fn reserve(s: &mut String, n: usize) -> PyResult<()> {
    s.try_reserve_exact(n).map_err(|_| PyErr::new(&MEMORY_ERROR, ""))
}

/// Python's `str.isspace()` for one character.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c as u8, 9..=13 | 28..=32)
    } else {
        crate::format::unicode::is_space(c)
    }
}

/// Which ends `strip` removes (shared with bytes).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Side {
    Left,
    Right,
    Both,
}

fn strip_common(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, side: Side) -> PyResult<PyRef> {
    no_kwargs(&format!("str.{}", name), kwnames)?;
    check_positional(name, args.len() - 1, 0, 1)?;
    let s = this(args);
    let chars = match args.get(1) {
        None => None,
        Some(o) if super::singletons::is_none(o) => None,
        Some(o) => Some(as_pystr(o).ok_or_else(|| type_error(format!("{} arg must be None or str", name)))?),
    };
    let text: &str = &s.data;
    let (l, r) = match chars {
        None => strip_bounds(text, side, is_space),
        Some(set) if set.is_ascii => {
            let set = set.data.as_bytes();
            strip_bounds_bytes(text.as_bytes(), side, |b| set.contains(&b))
        }
        Some(set) => {
            let set: &str = &set.data;
            strip_bounds(text, side, |c| set.contains(c))
        }
    };
    let kept = &text[l..r];
    let n = if s.is_ascii { kept.len() } else { kept.chars().count() };
    Ok(same_or_new(args[0], kept, n))
}

/// The byte range left after stripping characters matching `f`.
fn strip_bounds(t: &str, side: Side, f: impl Fn(char) -> bool) -> (usize, usize) {
    let mut l = 0;
    if side != Side::Right {
        l = t.char_indices().find(|&(_, c)| !f(c)).map_or(t.len(), |(i, _)| i);
    }
    let mut r = t.len();
    if side != Side::Left {
        r = t[l..].char_indices().rev().find(|&(_, c)| !f(c)).map_or(l, |(i, c)| l + i + c.len_utf8());
    }
    (l, r)
}

/// As `strip_bounds` for byte predicates (an ASCII set never matches a
/// UTF-8 lead or continuation byte, so the bounds stay on char boundaries).
pub(crate) fn strip_bounds_bytes(t: &[u8], side: Side, f: impl Fn(u8) -> bool) -> (usize, usize) {
    let mut l = 0;
    if side != Side::Right {
        l = t.iter().position(|&b| !f(b)).unwrap_or(t.len());
    }
    let mut r = t.len();
    if side != Side::Left {
        r = t[l..].iter().rposition(|&b| !f(b)).map_or(l, |i| l + i + 1);
    }
    (l, r)
}

fn str_strip(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    strip_common(args, kwnames, "strip", Side::Both)
}

fn str_lstrip(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    strip_common(args, kwnames, "lstrip", Side::Left)
}

fn str_rstrip(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    strip_common(args, kwnames, "rstrip", Side::Right)
}

fn prefix_suffix(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, suffix: bool) -> PyResult<PyRef> {
    let arg = super::args::one_arg(&format!("str.{}", name), &args[1..], kwnames)?;
    let Some(p) = as_pystr(arg) else {
        return Err(type_error(format!("{}() argument must be str, not {}", name, clinic_type_name(arg))));
    };
    let s = this(args);
    let t: &str = &s.data;
    let kept = if suffix { t.strip_suffix(&*p.data) } else { t.strip_prefix(&*p.data) };
    match kept {
        Some(k) if !p.data.is_empty() => Ok(same_or_new(args[0], k, s.char_len - p.char_len)),
        _ => Ok(same_or_new(args[0], t, s.char_len)),
    }
}

fn str_removeprefix(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    prefix_suffix(args, kwnames, "removeprefix", false)
}

fn str_removesuffix(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    prefix_suffix(args, kwnames, "removesuffix", true)
}

/// `str.encode(encoding='utf-8', errors='strict')`
fn str_encode(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("encode", &["encoding", "errors"], 0);
    let mut a = [None; 2];
    P.parse(&args[1..], kwnames, &mut a)?;
    let encoding = a[0].map(|e| super::str_ops::arg_str("encode", "encoding", e)).transpose()?;
    let errors = a[1].map(|e| super::str_ops::arg_str("encode", "errors", e)).transpose()?;
    let s = this(args);
    let data = super::codecs::encode(&s.data, encoding.unwrap_or("utf-8"), errors.unwrap_or("strict"))?;
    Ok(super::bytes::new_bytes(data))
}

/// `str.__sizeof__()`: CPython's compact layout sizes (48-byte ASCII
/// header, 72-byte compact header, 1/2/4 bytes per code point + NUL).
fn str_sizeof(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("str.__sizeof__", &args[1..], kwnames)?;
    let s = this(args);
    let n = s.char_len;
    let size = if s.is_ascii {
        48 + n + 1
    } else {
        let max = super::str_surr::code_points(&s.data).max().unwrap_or(0);
        let w = if max < 0x100 {
            1
        } else if max < 0x10000 {
            2
        } else {
            4
        };
        72 + (n + 1) * w
    };
    Ok(new_int(size as i64))
}

fn str_getnewargs(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("str.__getnewargs__", &args[1..], kwnames)?;
    let s = this(args);
    Ok(new_tuple(vec![new_str_counted(s.data.clone(), s.char_len)]))
}
