//! `_bisect`: `bisect_left`/`bisect_right`/`insort_left`/`insort_right`
//! with CPython 3.11's semantics (`key=`, `hi=None` or `-1` meaning the
//! length, `lo` checked, `insert` called on non-list sequences).

use crate::bytecode::CmpKind;
use crate::object::args::Params;
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, new_int};
use crate::object::list::{as_list, LIST_TYPE};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::{intern, new_str};
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};

struct Args<'a> {
    a: &'a PyObject,
    x: &'a PyObject,
    lo: isize,
    hi: isize,
    key: Option<&'a PyObject>,
}

fn index_arg(o: &PyObject) -> PyResult<isize> {
    if as_int(o).is_none() && protocol::index_opt(o)?.is_none() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", o.type_().name())));
    }
    crate::object::args::expect_index(o)
}

fn parse<'a>(fname: &str, a: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<Args<'a>> {
    let mut out = [None; 5];
    Params { fname, names: &["a", "x", "lo", "hi", "key"], required: 2, posonly: 0, kwonly: 4 }.parse(a, kw, &mut out)?;
    let lo = match out[2] {
        Some(l) => index_arg(l)?,
        None => 0,
    };
    let hi = match out[3] {
        Some(h) if !is_none(h) => index_arg(h)?,
        _ => -1,
    };
    let key = out[4].filter(|k| !is_none(k));
    Ok(Args { a: out[0].unwrap(), x: out[1].unwrap(), lo, hi, key })
}

/// The insertion point; `right` puts `x` after equal items.
fn search(seq: &PyObject, x: &PyObject, lo: isize, hi: isize, key: Option<&PyObject>, right: bool) -> PyResult<isize> {
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let (mut lo, mut hi) = (lo, hi);
    if hi == -1 {
        hi = protocol::len(seq)? as isize;
    }
    while lo < hi {
        let mid = ((lo as usize + hi as usize) / 2) as isize;
        let item = protocol::getitem(seq, &new_int(mid as i64))?;
        let item = match key {
            Some(k) => protocol::call(k, &[&item], None)?,
            None => item,
        };
        let go_left = if right {
            protocol::rich_compare_bool(x, &item, CmpKind::Lt)?
        } else {
            !protocol::rich_compare_bool(&item, x, CmpKind::Lt)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(fname: &str, a: &[&PyObject], kw: Option<&PyObject>, right: bool) -> PyResult<PyRef> {
    let p = parse(fname, a, kw)?;
    Ok(new_int(search(p.a, p.x, p.lo, p.hi, p.key, right)? as i64))
}

fn insort(fname: &str, a: &[&PyObject], kw: Option<&PyObject>, right: bool) -> PyResult<PyRef> {
    let p = parse(fname, a, kw)?;
    let index = match p.key {
        Some(k) => {
            let kx = protocol::call(k, &[p.x], None)?;
            search(p.a, &kx, p.lo, p.hi, Some(k), right)?
        }
        None => search(p.a, p.x, p.lo, p.hi, None, right)?,
    };
    let i = new_int(index as i64);
    if p.a.is_exact(&LIST_TYPE) {
        let l = as_list(p.a).expect("list");
        let items = l.items_mut();
        let at = (index.max(0) as usize).min(items.len());
        items.insert(at, p.x.to_ref());
        return Ok(none());
    }
    protocol::call_method(p.a, &intern("insert"), &[&i, p.x])?;
    Ok(none())
}

fn f_bisect_right(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    bisect("bisect_right", a, kw, true)
}

fn f_bisect_left(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    bisect("bisect_left", a, kw, false)
}

fn f_insort_right(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    insort("insort_right", a, kw, true)
}

fn f_insort_left(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    insort("insort_left", a, kw, false)
}

static FUNCS: [MethodDef; 4] = [
    MethodDef { name: "bisect_right", func: f_bisect_right, flags: 0, doc: "Return the index where to insert item x in list a, assuming a is sorted." },
    MethodDef { name: "insort_right", func: f_insort_right, flags: 0, doc: "Insert item x in list a, and keep it sorted assuming a is sorted." },
    MethodDef { name: "bisect_left", func: f_bisect_left, flags: 0, doc: "Return the index where to insert item x in list a, assuming a is sorted." },
    MethodDef { name: "insort_left", func: f_insort_left, flags: 0, doc: "Insert item x in list a, and keep it sorted assuming a is sorted." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_bisect");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_bisect");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    Ok(m)
}
