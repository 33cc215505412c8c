//! `str.split`, `rsplit`, `splitlines`, `partition`, `rpartition` and `join`.

use super::args::{expect_index, one_arg, Params};
use super::exceptions::{type_error, value_error};
use super::header::{PyObject, PyRef};
use super::list::new_list;
use super::singletons::is_none;
use super::str::{as_pystr, empty_str, new_str_counted, PyStr, STR_TYPE};
use super::str_common::{rsplit_sep_ranges, rsplit_ws_ranges, split_sep_ranges, split_ws_ranges, split_ws_ranges_str, splitlines_ranges};
use super::str_methods::{is_space, reserve, this};
use super::str_ops::count_chars;
use super::tuple::new_tuple;
use super::PyResult;

/// The str `s[a..b]` (byte range) of the str object `o`; `o` itself when
/// the range is everything and `o` is an exact str.
#[inline]
pub(crate) fn piece(o: &PyObject, s: &PyStr, a: usize, b: usize) -> PyRef {
    if a == 0 && b == s.data.len() && o.is_exact(&STR_TYPE) {
        return o.to_ref();
    }
    if a == b {
        return empty_str();
    }
    let text = &s.data[a..b];
    let n = if s.is_ascii { text.len() } else { count_chars(text.as_bytes()) };
    if n == 1 {
        if let Some(c) = text.chars().next() {
            return super::str::char_str(c);
        }
    }
    new_str_counted(text.into(), n)
}

fn split_args<'a>(fname: &str, args: &[&'a PyObject], kwnames: Option<&PyObject>) -> PyResult<(Option<&'a PyStr>, usize)> {
    let p = Params::new(fname, &["sep", "maxsplit"], 0);
    let mut a = [None; 2];
    p.parse(&args[1..], kwnames, &mut a)?;
    let sep = match a[0] {
        None => None,
        Some(o) if is_none(o) => None,
        Some(o) => Some(as_pystr(o).ok_or_else(|| type_error(format!("must be str or None, not {}", o.type_().name())))?),
    };
    let max = match a[1] {
        None => -1,
        Some(o) => expect_index(o)?,
    };
    if let Some(s) = sep {
        if s.data.is_empty() {
            return Err(value_error("empty separator"));
        }
    }
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn split_impl(args: &[&PyObject], kwnames: Option<&PyObject>, rev: bool) -> PyResult<PyRef> {
    let (sep, max) = split_args(if rev { "rsplit" } else { "split" }, args, kwnames)?;
    let s = this(args);
    let hay = s.data.as_bytes();
    let ranges = match sep {
        Some(sep) if rev => rsplit_sep_ranges(hay, sep.data.as_bytes(), max),
        Some(sep) => split_sep_ranges(hay, sep.data.as_bytes(), max),
        None if s.is_ascii => {
            let ws = |b: u8| matches!(b, 9..=13 | 28..=32);
            if rev {
                rsplit_ws_ranges(hay, max, ws)
            } else {
                split_ws_ranges(hay, max, ws)
            }
        }
        None => split_ws_ranges_str(&s.data, max, rev, is_space),
    };
    let items = ranges.into_iter().map(|(a, b)| piece(args[0], s, a, b)).collect();
    Ok(new_list(items))
}

pub fn str_split(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    split_impl(args, kwnames, false)
}

pub fn str_rsplit(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    split_impl(args, kwnames, true)
}

/// Length of a str line break starting at byte `i` (0 if none).
fn str_line_break(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'\n' | 0x0b | 0x0c | 0x1c..=0x1e => 1,
        b'\r' => {
            if b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            }
        }
        // U+0085 is C2 85; U+2028/U+2029 are E2 80 A8/A9.
        0xC2 if b.get(i + 1) == Some(&0x85) => 2,
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(&0xA8) | Some(&0xA9)) => 3,
        _ => 0,
    }
}

/// `str.splitlines(keepends=False)`
pub fn str_splitlines(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("splitlines", &["keepends"], 0);
    let mut a = [None; 1];
    P.parse(&args[1..], kwnames, &mut a)?;
    let keepends = match a[0] {
        None => false,
        Some(o) => expect_index(o)? != 0,
    };
    let s = this(args);
    let ranges = splitlines_ranges(s.data.as_bytes(), str_line_break);
    let items = ranges
        .into_iter()
        .map(|(a, e, k)| piece(args[0], s, a, if keepends { k } else { e }))
        .collect();
    Ok(new_list(items))
}

fn partition_impl(args: &[&PyObject], kwnames: Option<&PyObject>, rev: bool) -> PyResult<PyRef> {
    let sep_o = one_arg(if rev { "str.rpartition" } else { "str.partition" }, &args[1..], kwnames)?;
    let sep = as_pystr(sep_o).ok_or_else(|| type_error(format!("must be str, not {}", sep_o.type_().name())))?;
    if sep.data.is_empty() {
        return Err(value_error("empty separator"));
    }
    let s = this(args);
    let hay = s.data.as_bytes();
    let pos = if rev {
        super::str_common::rfind_bytes(hay, sep.data.as_bytes())
    } else {
        super::str_common::find_bytes(hay, sep.data.as_bytes())
    };
    let whole = || piece(args[0], s, 0, hay.len());
    Ok(match pos {
        None if rev => new_tuple(vec![empty_str(), empty_str(), whole()]),
        None => new_tuple(vec![whole(), empty_str(), empty_str()]),
        Some(p) => {
            let sep_ref = if sep_o.is_exact(&STR_TYPE) { sep_o.to_ref() } else { new_str_counted(sep.data.clone(), sep.char_len) };
            new_tuple(vec![piece(args[0], s, 0, p), sep_ref, piece(args[0], s, p + sep.data.len(), hay.len())])
        }
    })
}

pub fn str_partition(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    partition_impl(args, kwnames, false)
}

pub fn str_rpartition(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    partition_impl(args, kwnames, true)
}

/// `sep.join(iterable)`
pub fn str_join(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let iterable = one_arg("str.join", &args[1..], kwnames)?;
    let items = collect_for_join(iterable)?;
    join_items(args[0], &items)
}

/// `PySequence_Fast(o, "can only join an iterable")`.
pub(crate) fn collect_for_join(o: &PyObject) -> PyResult<Vec<PyRef>> {
    super::list_methods::sequence_fast(o, "can only join an iterable")
}

/// Join str items with the str `sep_o`.
pub(crate) fn join_items(sep_o: &PyObject, items: &[PyRef]) -> PyResult<PyRef> {
    let sep = super::str_ops::pystr(sep_o);
    if items.is_empty() {
        return Ok(empty_str());
    }
    let mut total = sep.data.len() * (items.len() - 1);
    let mut chars = sep.char_len * (items.len() - 1);
    for (i, it) in items.iter().enumerate() {
        let Some(s) = as_pystr(it) else {
            return Err(type_error(format!(
                "sequence item {}: expected str instance, {} found",
                i,
                it.type_().name()
            )));
        };
        total += s.data.len();
        chars += s.char_len;
    }
    if items.len() == 1 && items[0].is_exact(&STR_TYPE) {
        return Ok(items[0].clone());
    }
    let mut out = String::new();
    reserve(&mut out, total)?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.data);
        }
        out.push_str(&super::str_ops::pystr(it).data);
    }
    Ok(new_str_counted(out.into_boxed_str(), chars))
}
