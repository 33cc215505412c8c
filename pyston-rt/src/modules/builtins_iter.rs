//! Builtins that consume or produce iterators: `all`, `any`, `iter`, `next`,
//! `min`, `max`, `sum`, `sorted`. The iterator types (`enumerate`, `zip`,
//! `map`, `filter`, `reversed`, `callable_iterator`) live in
//! `object/iterators.rs`.

use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::args::{check_positional, no_kwargs, one_arg, split, Params};
use crate::object::exceptions::{stop_iteration, type_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, new_bool, new_int, INT_TYPE};
use crate::object::list::new_list;
use crate::object::protocol;
use crate::object::singletons::is_none;
use crate::object::str::{as_pystr, str_value};
use crate::object::typeobj::TypeObject;
use crate::object::PyResult;

pub fn builtin_all(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let it = protocol::iter(one_arg("all", args, kw)?)?;
    while let Some(x) = protocol::next(&it)? {
        if !protocol::is_true(&x)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

pub fn builtin_any(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let it = protocol::iter(one_arg("any", args, kw)?)?;
    while let Some(x) = protocol::next(&it)? {
        if protocol::is_true(&x)? {
            return Ok(new_bool(true));
        }
    }
    Ok(new_bool(false))
}

pub fn builtin_iter(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("iter", kw)?;
    check_positional("iter", args.len(), 1, 2)?;
    if args.len() == 1 {
        return protocol::iter(args[0]);
    }
    if args[0].type_().tp_call.get().is_none() {
        return Err(type_error("iter(v, w): v must be callable"));
    }
    Ok(crate::object::iterators::new_callable_iter(args[0], args[1]))
}

pub fn builtin_next(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("next", kw)?;
    check_positional("next", args.len(), 1, 2)?;
    let slot = args[0].type_().tp_iternext.get().ok_or_else(|| {
        type_error(format!("'{}' object is not an iterator", args[0].type_().name()))
    })?;
    // Call the slot directly so that a generator's return value travels in
    // its StopIteration (protocol::next maps that to plain exhaustion).
    match slot(args[0]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(1) {
            Some(d) => Ok(d.to_ref()),
            None => Err(stop_iteration(None)),
        },
        Err(e) if e.matches(&crate::object::exceptions::STOP_ITERATION) && args.len() == 2 => Ok(args[1].to_ref()),
        Err(e) => Err(e),
    }
}

fn min_max(args: &[&PyObject], kwnames: Option<&PyObject>, op: CmpKind, name: &str) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = split(args, kwnames);
    let mut key: Option<&PyObject> = None;
    let mut default: Option<&PyObject> = None;
    if kwn.len() > 2 {
        return Err(type_error(format!("{}() takes at most 2 keyword arguments ({} given)", name, kwn.len())));
    }
    for (k, v) in kwn.iter().zip(kwvals) {
        match str_value(k) {
            Some("key") => key = Some(*v),
            Some("default") => default = Some(*v),
            other => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    other.unwrap_or("?"),
                    name
                )))
            }
        }
    }
    if pos.is_empty() {
        return Err(type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    if pos.len() > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        )));
    }
    let key = key.filter(|k| !is_none(k));
    let mut best: Option<(PyRef, PyRef)> = None;
    let mut consider = |item: PyRef| -> PyResult<()> {
        let kv = match key {
            Some(f) => protocol::call1(f, &item)?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((item, kv)),
            Some((_, bk)) => {
                if protocol::rich_compare_bool(&kv, bk, op)? {
                    best = Some((item, kv));
                }
            }
        }
        Ok(())
    };
    if pos.len() == 1 {
        let it = protocol::iter(pos[0])?;
        while let Some(x) = protocol::next(&it)? {
            consider(x)?;
        }
    } else {
        for x in pos {
            consider(x.to_ref())?;
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => match default {
            Some(d) => Ok(d.to_ref()),
            None => Err(value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

pub fn builtin_min(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    min_max(args, kw, CmpKind::Lt, "min")
}

pub fn builtin_max(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    min_max(args, kw, CmpKind::Gt, "max")
}

static SUM_PARAMS: Params = Params { fname: "sum", names: &["iterable", "start"], required: 1, posonly: 1, kwonly: 2 };

pub fn builtin_sum(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, _, _) = split(args, kw);
    if pos.is_empty() {
        return Err(type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let mut p = [None; 2];
    SUM_PARAMS.parse(args, kw, &mut p)?;
    let start = p[1];
    if let Some(s) = start {
        if as_pystr(s).is_some() {
            return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        match s.type_().name() {
            "bytes" => return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
            "bytearray" => return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]")),
            _ => {}
        }
    }
    let it = protocol::iter(p[0].unwrap())?;
    let mut result: PyRef = match start {
        Some(s) => s.to_ref(),
        None => new_int(0),
    };
    // Fast path: exact ints that fit in i64.
    if result.is_exact(&INT_TYPE) {
        if let Some(mut acc) = as_int(&result).and_then(|i| i.as_i64()) {
            loop {
                let Some(x) = protocol::next(&it)? else { return Ok(new_int(acc)) };
                if x.is_exact(&INT_TYPE) {
                    if let Some(v) = as_int(&x).and_then(|i| i.as_i64()) {
                        if let Some(s) = acc.checked_add(v) {
                            acc = s;
                            continue;
                        }
                    }
                }
                if let Some(f) = super::hooks::float_value_exact(&x) {
                    // Switch to the float path with the running int sum.
                    let r = sum_floats(&it, acc as f64 + f)?;
                    match r {
                        (total, None) => return Ok(super::hooks::new_float(total)),
                        (total, Some(rest)) => {
                            result = super::hooks::new_float(total);
                            result = protocol::binary_op(&result, &rest, BinOpKind::Add)?;
                            break;
                        }
                    }
                }
                result = protocol::binary_op(&new_int(acc), &x, BinOpKind::Add)?;
                break;
            }
        }
    } else if let Some(f) = super::hooks::float_value_exact(&result) {
        match sum_floats(&it, f)? {
            (total, None) => return Ok(super::hooks::new_float(total)),
            (total, Some(rest)) => {
                result = protocol::binary_op(&super::hooks::new_float(total), &rest, BinOpKind::Add)?;
            }
        }
    }
    while let Some(x) = protocol::next(&it)? {
        result = protocol::binary_op(&result, &x, BinOpKind::Add)?;
    }
    Ok(result)
}

/// Add exact floats (and exact small ints) to `acc` until the iterator ends
/// (returns None) or yields something else (returned for the generic path).
fn sum_floats(it: &PyObject, mut acc: f64) -> PyResult<(f64, Option<PyRef>)> {
    while let Some(x) = protocol::next(it)? {
        if let Some(f) = super::hooks::float_value_exact(&x) {
            acc += f;
            continue;
        }
        if x.is_exact(&INT_TYPE) {
            if let Some(v) = as_int(&x).and_then(|i| i.as_i64()) {
                if v.unsigned_abs() < (1u64 << 53) {
                    acc += v as f64;
                    continue;
                }
            }
        }
        return Ok((acc, Some(x)));
    }
    Ok((acc, None))
}

pub fn builtin_sorted(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, _) = split(args, kw);
    check_positional("sorted", pos.len(), 1, 1)?;
    let l = new_list(protocol::collect(pos[0])?);
    let sort = protocol::getattr(&l, crate::name!("sort"))?;
    protocol::call(&sort, kwvals, kw)?;
    Ok(l)
}

// ---- enumerate ----

/// The iterator types exposed in builtins (defined in `object/iterators.rs`).
pub fn iterator_types() -> [(&'static str, &'static TypeObject); 5] {
    use crate::object::iterators::*;
    [
        ("enumerate", &ENUMERATE_TYPE.0),
        ("zip", &ZIP_TYPE.0),
        ("map", &MAP_TYPE.0),
        ("filter", &FILTER_TYPE.0),
        ("reversed", &REVERSED_TYPE.0),
    ]
}
