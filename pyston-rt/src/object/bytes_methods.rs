//! Methods shared by `bytes` and `bytearray` (one implementation over
//! `&[u8]`; results have the receiver's kind): the method tables, search,
//! split, strip, replace, partition, join, prefixes and `decode`. Case,
//! predicates, padding, translation and hex are in `bytes_ctype.rs`.

use super::args::{check_positional, expect_index, no_kwargs, one_arg, Params};
use super::bytearray::{as_bytearray, new_bytearray};
use super::bytes::{buffer_bytes, bytes_from_slice, expect_buffer, new_bytes, BYTES_TYPE};
use super::bytes_ctype as ct;
use super::exceptions::{type_error, value_error, PyErr, MEMORY_ERROR};
use super::header::{PyObject, PyRef};
use super::int::{as_int, new_bool, new_int};
use super::list::new_list;
use super::singletons::is_none;
use super::str::new_str;
use super::str_common::{
    adjust_indices, count_bytes, find_bytes, parse_sub_start_end, rfind_bytes, rsplit_sep_ranges, rsplit_ws_ranges,
    split_sep_ranges, split_ws_ranges, splitlines_ranges,
};
use super::str_methods::{strip_bounds_bytes, Side};
use super::tuple::{new_tuple, tuple_slice};
use super::typeobj::{method_flags, MethodDef};
use super::PyResult;

macro_rules! m {
    ($name:literal, $f:expr, $doc:literal) => {
        MethodDef { name: $name, func: $f, flags: 0, doc: $doc }
    };
}

macro_rules! shared_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            m!("capitalize", ct::b_capitalize, "B.capitalize() -> copy of B"),
            m!("center", ct::b_center, "Return a centered string of length width."),
            m!("count", b_count, "B.count(sub[, start[, end]]) -> int"),
            m!("decode", b_decode, "Decode the bytes using the codec registered for encoding."),
            m!("endswith", b_endswith, "B.endswith(suffix[, start[, end]]) -> bool"),
            m!("expandtabs", ct::b_expandtabs, "Return a copy where all tab characters are expanded using spaces."),
            m!("find", b_find, "B.find(sub[, start[, end]]) -> int"),
            MethodDef { name: "fromhex", func: ct::b_fromhex, flags: method_flags::CLASS, doc: "Create a bytes object from a string of hexadecimal numbers." },
            m!("hex", ct::b_hex, "Create a string of hexadecimal numbers from a bytes object."),
            m!("index", b_index, "B.index(sub[, start[, end]]) -> int"),
            m!("isalnum", ct::b_isalnum, "B.isalnum() -> bool"),
            m!("isalpha", ct::b_isalpha, "B.isalpha() -> bool"),
            m!("isascii", ct::b_isascii, "B.isascii() -> bool"),
            m!("isdigit", ct::b_isdigit, "B.isdigit() -> bool"),
            m!("islower", ct::b_islower, "B.islower() -> bool"),
            m!("isspace", ct::b_isspace, "B.isspace() -> bool"),
            m!("istitle", ct::b_istitle, "B.istitle() -> bool"),
            m!("isupper", ct::b_isupper, "B.isupper() -> bool"),
            m!("join", b_join, "Concatenate any number of bytes objects."),
            m!("ljust", ct::b_ljust, "Return a left-justified string of length width."),
            m!("lower", ct::b_lower, "B.lower() -> copy of B"),
            m!("lstrip", b_lstrip, "Strip leading bytes contained in the argument."),
            MethodDef { name: "maketrans", func: ct::b_maketrans, flags: method_flags::STATIC, doc: "Return a translation table useable for the bytes or bytearray translate method." },
            m!("partition", b_partition, "Partition the bytes into three parts using the given separator."),
            m!("removeprefix", b_removeprefix, "Return a bytes object with the given prefix string removed if present."),
            m!("removesuffix", b_removesuffix, "Return a bytes object with the given suffix string removed if present."),
            m!("replace", b_replace, "Return a copy with all occurrences of substring old replaced by new."),
            m!("rfind", b_rfind, "B.rfind(sub[, start[, end]]) -> int"),
            m!("rindex", b_rindex, "B.rindex(sub[, start[, end]]) -> int"),
            m!("rjust", ct::b_rjust, "Return a right-justified string of length width."),
            m!("rpartition", b_rpartition, "Partition the bytes into three parts using the given separator."),
            m!("rsplit", b_rsplit, "Return a list of the sections in the bytes, using sep as the delimiter."),
            m!("rstrip", b_rstrip, "Strip trailing bytes contained in the argument."),
            m!("split", b_split, "Return a list of the sections in the bytes, using sep as the delimiter."),
            m!("splitlines", b_splitlines, "Return a list of the lines in the bytes, breaking at line boundaries."),
            m!("startswith", b_startswith, "B.startswith(prefix[, start[, end]]) -> bool"),
            m!("strip", b_strip, "Strip leading and trailing bytes contained in the argument."),
            m!("swapcase", ct::b_swapcase, "B.swapcase() -> copy of B"),
            m!("title", ct::b_title, "B.title() -> copy of B"),
            m!("translate", ct::b_translate, "Return a copy with each character mapped by the given translation table."),
            m!("upper", ct::b_upper, "B.upper() -> copy of B"),
            m!("zfill", ct::b_zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."),
            $($extra),*
        ]
    };
}

pub static BYTES_METHODS: &[MethodDef] = shared_methods!(
    m!("__getnewargs__", bytes_getnewargs, ""),
    m!("__bytes__", bytes_dunder_bytes, "Convert this value to exact type bytes."),
    m!("__sizeof__", bytes_sizeof, "Return the size of the bytes in memory, in bytes."),
);

pub static BYTEARRAY_METHODS: &[MethodDef] = {
    use super::bytearray as ba;
    shared_methods!(
        m!("append", ba::ba_append, "Append a single item to the end of the bytearray."),
        m!("extend", ba::ba_extend, "Append all the items from the iterator or sequence to the end of the bytearray."),
        m!("insert", ba::ba_insert, "Insert a single item into the bytearray before the given index."),
        m!("pop", ba::ba_pop, "Remove and return a single item from B."),
        m!("remove", ba::ba_remove, "Remove the first occurrence of a value in the bytearray."),
        m!("reverse", ba::ba_reverse, "Reverse the order of the values in B in place."),
        m!("clear", ba::ba_clear, "Remove all items from the bytearray."),
        m!("copy", ba::ba_copy, "Return a copy of B."),
        m!("__alloc__", ba::ba_alloc, "B.__alloc__() -> int"),
        m!("__sizeof__", ba::ba_sizeof, "Returns the size of the bytearray object in memory, in bytes."),
    )
};

/// The receiver's bytes (bytes or bytearray).
#[inline(always)]
pub(crate) fn data(o: &PyObject) -> &[u8] {
    buffer_bytes(o).unwrap_or(&[])
}

/// `bytes` or `bytearray`, for qualified names in messages.
#[inline]
pub(crate) fn kind_name(o: &PyObject) -> &'static str {
    if as_bytearray(o).is_some() {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A new object of the receiver's kind (exact bytes or bytearray).
#[inline]
pub(crate) fn make(o: &PyObject, v: Vec<u8>) -> PyRef {
    if as_bytearray(o).is_some() {
        new_bytearray(v)
    } else {
        new_bytes(v)
    }
}

/// `o[a..b]` of the receiver's kind; the receiver itself for an unchanged
/// exact bytes object.
#[inline]
pub(crate) fn part(o: &PyObject, a: usize, b: usize) -> PyRef {
    let d = data(o);
    if as_bytearray(o).is_some() {
        return new_bytearray(d[a..b].to_vec());
    }
    if a == 0 && b == d.len() && o.is_exact(&BYTES_TYPE) {
        return o.to_ref();
    }
    bytes_from_slice(&d[a..b])
}

/// The needle of `find`/`count`/...: an int in range(256) or a bytes-like.
fn needle_arg(o: &PyObject) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(o) {
        return Ok(b.to_vec());
    }
    if as_int(o).is_some() || o.type_().nb_index.get().is_some() {
        let v = super::protocol::index_opt(o)?.unwrap_or(-1);
        if !(0..256).contains(&v) {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![v as u8]);
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        o.type_().name()
    )))
}

fn search(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let qual = format!("{}.{}", kind_name(args[0]), name);
    let (sub, start, end) = parse_sub_start_end(name, &qual, &args[1..], kwnames)?;
    let sub = needle_arg(sub)?;
    let hay = data(args[0]);
    let (st, en) = adjust_indices(start, end, hay.len());
    if st > en || en - st < sub.len() {
        return Ok(None);
    }
    let r = if reverse { rfind_bytes(&hay[st..en], &sub) } else { find_bytes(&hay[st..en], &sub) };
    Ok(r.map(|p| p + st))
}

fn b_find(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(search(args, kwnames, "find", false)?.map_or(-1, |v| v as i64)))
}

fn b_rfind(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(search(args, kwnames, "rfind", true)?.map_or(-1, |v| v as i64)))
}

fn b_index(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    match search(args, kwnames, "index", false)? {
        Some(v) => Ok(new_int(v as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn b_rindex(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    match search(args, kwnames, "rindex", true)? {
        Some(v) => Ok(new_int(v as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn b_count(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let qual = format!("{}.count", kind_name(args[0]));
    let (sub, start, end) = parse_sub_start_end("count", &qual, &args[1..], kwnames)?;
    let sub = needle_arg(sub)?;
    let hay = data(args[0]);
    let (st, en) = adjust_indices(start, end, hay.len());
    if st > en {
        return Ok(new_int(0));
    }
    if sub.is_empty() {
        return Ok(new_int((en - st + 1) as i64));
    }
    Ok(new_int(count_bytes(&hay[st..en], &sub, usize::MAX) as i64))
}

fn tailmatch(hay: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>, at_end: bool) -> bool {
    let (st, en) = adjust_indices(start, end, hay.len());
    if st > en || en - st < sub.len() {
        return false;
    }
    if at_end {
        hay[en - sub.len()..en] == *sub
    } else {
        hay[st..st + sub.len()] == *sub
    }
}

fn starts_ends(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, at_end: bool) -> PyResult<PyRef> {
    let qual = format!("{}.{}", kind_name(args[0]), name);
    let (arg, start, end) = parse_sub_start_end(name, &qual, &args[1..], kwnames)?;
    if let Some(items) = tuple_slice(arg) {
        for it in items {
            let sub = expect_buffer(it)?.to_vec();
            if tailmatch(data(args[0]), &sub, start, end, at_end) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    let Some(sub) = buffer_bytes(arg) else {
        return Err(type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            arg.type_().name()
        )));
    };
    let sub = sub.to_vec();
    Ok(new_bool(tailmatch(data(args[0]), &sub, start, end, at_end)))
}

fn b_startswith(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    starts_ends(args, kwnames, "startswith", false)
}

fn b_endswith(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    starts_ends(args, kwnames, "endswith", true)
}

/// Python's `bytes.isspace()` for one byte.
#[inline]
pub(crate) fn is_byte_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_impl(args: &[&PyObject], kwnames: Option<&PyObject>, rev: bool) -> PyResult<PyRef> {
    let fname = if rev { "rsplit" } else { "split" };
    let p = Params::new(fname, &["sep", "maxsplit"], 0);
    let mut a = [None; 2];
    p.parse(&args[1..], kwnames, &mut a)?;
    let sep = match a[0] {
        Some(o) if !is_none(o) => Some(expect_buffer(o)?.to_vec()),
        _ => None,
    };
    let max = match a[1] {
        Some(o) => expect_index(o)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let hay = data(args[0]);
    let ranges = match &sep {
        Some(s) if s.is_empty() => return Err(value_error("empty separator")),
        Some(s) if rev => rsplit_sep_ranges(hay, s, max),
        Some(s) => split_sep_ranges(hay, s, max),
        None if rev => rsplit_ws_ranges(hay, max, is_byte_space),
        None => split_ws_ranges(hay, max, is_byte_space),
    };
    Ok(new_list(ranges.into_iter().map(|(x, y)| part(args[0], x, y)).collect()))
}

fn b_split(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    split_impl(args, kwnames, false)
}

fn b_rsplit(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    split_impl(args, kwnames, true)
}

fn b_splitlines(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("splitlines", &["keepends"], 0);
    let mut a = [None; 1];
    P.parse(&args[1..], kwnames, &mut a)?;
    let keepends = match a[0] {
        Some(o) => expect_index(o)? != 0,
        None => false,
    };
    let ranges = splitlines_ranges(data(args[0]), |b, i| match b[i] {
        b'\n' => 1,
        b'\r' => {
            if b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            }
        }
        _ => 0,
    });
    Ok(new_list(
        ranges.into_iter().map(|(x, e, k)| part(args[0], x, if keepends { k } else { e })).collect(),
    ))
}

fn strip_impl(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, side: Side) -> PyResult<PyRef> {
    no_kwargs(&format!("{}.{}", kind_name(args[0]), name), kwnames)?;
    check_positional(name, args.len() - 1, 0, 1)?;
    let chars = match args.get(1) {
        Some(o) if !is_none(o) => Some(expect_buffer(o)?.to_vec()),
        _ => None,
    };
    let d = data(args[0]);
    let (l, r) = match &chars {
        None => strip_bounds_bytes(d, side, is_byte_space),
        Some(set) => strip_bounds_bytes(d, side, |b| set.contains(&b)),
    };
    Ok(part(args[0], l, r))
}

fn b_strip(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    strip_impl(args, kwnames, "strip", Side::Both)
}

fn b_lstrip(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    strip_impl(args, kwnames, "lstrip", Side::Left)
}

fn b_rstrip(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    strip_impl(args, kwnames, "rstrip", Side::Right)
}

/// Replace up to `max` occurrences of `old` by `new` in `hay`; None when
/// nothing changes.
pub(crate) fn replace_bytes(hay: &[u8], old: &[u8], new: &[u8], max: usize) -> PyResult<Option<Vec<u8>>> {
    if max == 0 {
        return Ok(None);
    }
    if old.is_empty() {
        if new.is_empty() {
            return Ok(None);
        }
        let n = max.min(hay.len() + 1);
        let mut out = Vec::new();
        out.try_reserve_exact(hay.len() + n * new.len()).map_err(|_| PyErr::new(&MEMORY_ERROR, ""))?;
        for (i, &b) in hay.iter().enumerate() {
            if i < n {
                out.extend_from_slice(new);
            }
            out.push(b);
        }
        if n > hay.len() {
            out.extend_from_slice(new);
        }
        return Ok(Some(out));
    }
    let positions: Vec<usize> = if old.len() == 1 {
        memchr::memchr_iter(old[0], hay).take(max).collect()
    } else {
        memchr::memmem::find_iter(hay, old).take(max).collect()
    };
    if positions.is_empty() {
        return Ok(None);
    }
    let k = positions.len();
    let mut out = Vec::new();
    out.try_reserve_exact(hay.len() - k * old.len() + k * new.len()).map_err(|_| PyErr::new(&MEMORY_ERROR, ""))?;
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&hay[last..p]);
        out.extend_from_slice(new);
        last = p + old.len();
    }
    out.extend_from_slice(&hay[last..]);
    Ok(Some(out))
}

fn b_replace(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs(&format!("{}.replace", kind_name(args[0])), kwnames)?;
    check_positional("replace", args.len() - 1, 2, 3)?;
    let old = expect_buffer(args[1])?.to_vec();
    let new = expect_buffer(args[2])?.to_vec();
    let count = match args.get(3) {
        Some(c) => expect_index(c)?,
        None => -1,
    };
    let max = if count < 0 { usize::MAX } else { count as usize };
    let d = data(args[0]);
    match replace_bytes(d, &old, &new, max)? {
        Some(v) => Ok(make(args[0], v)),
        None => Ok(part(args[0], 0, d.len())),
    }
}

fn partition_impl(args: &[&PyObject], kwnames: Option<&PyObject>, rev: bool) -> PyResult<PyRef> {
    let qual = format!("{}.{}", kind_name(args[0]), if rev { "rpartition" } else { "partition" });
    let sep_o = one_arg(&qual, &args[1..], kwnames)?;
    let sep = expect_buffer(sep_o)?.to_vec();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let o = args[0];
    let d = data(o);
    let pos = if rev { rfind_bytes(d, &sep) } else { find_bytes(d, &sep) };
    let empty = || make(o, Vec::new());
    Ok(match pos {
        None if rev => new_tuple(vec![empty(), empty(), part(o, 0, d.len())]),
        None => new_tuple(vec![part(o, 0, d.len()), empty(), empty()]),
        Some(p) => {
            let sep_obj = if sep_o.is_exact(&BYTES_TYPE) && as_bytearray(o).is_none() { sep_o.to_ref() } else { make(o, sep.clone()) };
            new_tuple(vec![part(o, 0, p), sep_obj, part(o, p + sep.len(), d.len())])
        }
    })
}

fn b_partition(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    partition_impl(args, kwnames, false)
}

fn b_rpartition(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    partition_impl(args, kwnames, true)
}

fn b_join(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let qual = format!("{}.join", kind_name(args[0]));
    let iterable = one_arg(&qual, &args[1..], kwnames)?;
    let items = super::str_split::collect_for_join(iterable)?;
    let sep = data(args[0]);
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, it) in items.iter().enumerate() {
        match buffer_bytes(it) {
            Some(b) => total += b.len(),
            None => {
                return Err(type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    it.type_().name()
                )))
            }
        }
    }
    if items.len() == 1 && items[0].is_exact(&BYTES_TYPE) && as_bytearray(args[0]).is_none() {
        return Ok(items[0].clone());
    }
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| PyErr::new(&MEMORY_ERROR, ""))?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(data(it));
    }
    Ok(make(args[0], out))
}

fn prefix_suffix(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str, suffix: bool) -> PyResult<PyRef> {
    let qual = format!("{}.{}", kind_name(args[0]), name);
    let arg = one_arg(&qual, &args[1..], kwnames)?;
    let p = expect_buffer(arg)?.to_vec();
    let d = data(args[0]);
    let n = d.len();
    if !p.is_empty() {
        if suffix && d.ends_with(&p) {
            return Ok(part(args[0], 0, n - p.len()));
        }
        if !suffix && d.starts_with(&p) {
            return Ok(part(args[0], p.len(), n));
        }
    }
    Ok(part(args[0], 0, n))
}

fn b_removeprefix(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    prefix_suffix(args, kwnames, "removeprefix", false)
}

fn b_removesuffix(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    prefix_suffix(args, kwnames, "removesuffix", true)
}

/// `decode(encoding='utf-8', errors='strict')`
fn b_decode(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("decode", &["encoding", "errors"], 0);
    let mut a = [None; 2];
    P.parse(&args[1..], kwnames, &mut a)?;
    let encoding = a[0].map(|e| super::str_ops::arg_str("decode", "encoding", e)).transpose()?;
    let errors = a[1].map(|e| super::str_ops::arg_str("decode", "errors", e)).transpose()?;
    let s = super::codecs::decode(data(args[0]), encoding.unwrap_or("utf-8"), errors.unwrap_or("strict"))?;
    Ok(new_str(s))
}

fn bytes_getnewargs(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("bytes.__getnewargs__", &args[1..], kwnames)?;
    Ok(new_tuple(vec![bytes_from_slice(data(args[0]))]))
}

fn bytes_dunder_bytes(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("bytes.__bytes__", &args[1..], kwnames)?;
    if args[0].is_exact(&BYTES_TYPE) {
        return Ok(args[0].to_ref());
    }
    Ok(bytes_from_slice(data(args[0])))
}

fn bytes_sizeof(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("bytes.__sizeof__", &args[1..], kwnames)?;
    Ok(new_int(33 + data(args[0]).len() as i64))
}
