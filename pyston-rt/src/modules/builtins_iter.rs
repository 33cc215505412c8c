//! Builtins that consume or produce iterators: `all`, `any`, `iter`, `next`,
//! `min`, `max`, `sum`, `sorted`, and the iterator types `enumerate`, `zip`,
//! `map`, `filter`, `reversed` and `callable_iterator`.

use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::args::{check_positional, no_kwargs, one_arg, split, Params};
use crate::object::exceptions::{stop_iteration, type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{as_int, new_bool, new_int, INT_TYPE};
use crate::object::list::new_list;
use crate::object::protocol;
use crate::object::seqiter::self_iter;
use crate::object::singletons::is_none;
use crate::object::str::{as_pystr, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, slot, TypeObject};
use crate::object::PyResult;
use std::cell::{Cell, UnsafeCell};

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
    Ok(new_object(&CALLABLE_ITER_TYPE, |ob| PyCallableIter {
        ob,
        func: UnsafeCell::new(Some(args[0].to_ref())),
        sentinel: args[1].to_ref(),
    }))
}

pub fn builtin_next(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("next", kw)?;
    check_positional("next", args.len(), 1, 2)?;
    match protocol::next(args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.to_ref()),
            None => Err(stop_iteration(None)),
        },
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

#[repr(C)]
pub struct PyEnumerate {
    pub ob: PyObject,
    pub iter: PyRef,
    /// The next index while it fits in i64 (then `big` is None).
    pub index: Cell<i64>,
    pub big: UnsafeCell<Option<PyRef>>,
}

pub static ENUMERATE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyEnumerate>),
    tp_new: slot(enumerate_new),
    tp_iter: slot(self_iter),
    tp_iternext: slot(enumerate_next),
    doc: Some("Return an enumerate object."),
    ..TypeObject::new_static("enumerate", std::mem::size_of::<PyEnumerate>())
});

static ENUMERATE_PARAMS: Params = Params::new("enumerate", &["iterable", "start"], 1);

fn enumerate_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 2];
    if args.is_empty() {
        return Err(type_error("enumerate() missing required argument 'iterable'"));
    }
    ENUMERATE_PARAMS.parse(args, kw, &mut p)?;
    let it = protocol::iter(p[0].unwrap())?;
    let (index, big) = match p[1] {
        None => (0, None),
        Some(s) => {
            let v = protocol::index(s)?;
            match as_int(&v).and_then(|i| i.as_i64()) {
                Some(i) if i < i64::MAX => (i, None),
                _ => (0, Some(v)),
            }
        }
    };
    Ok(new_object(t, |ob| PyEnumerate { ob, iter: it, index: Cell::new(index), big: UnsafeCell::new(big) }))
}

fn enumerate_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on enumerate (and subclasses sharing its layout).
    let e = unsafe { o.cast::<PyEnumerate>() };
    let Some(x) = protocol::next(&e.iter)? else { return Ok(None) };
    // SAFETY: single-threaded field access; no Python code runs while borrowed.
    let big = unsafe { &mut *e.big.get() };
    let idx = match big {
        None => {
            let i = e.index.get();
            if i == i64::MAX {
                *big = Some(protocol::binary_op(&new_int(i), &new_int(1), BinOpKind::Add)?);
            } else {
                e.index.set(i + 1);
            }
            new_int(i)
        }
        Some(b) => {
            let cur = b.clone();
            let nxt = protocol::binary_op(&cur, &new_int(1), BinOpKind::Add)?;
            // SAFETY: as above.
            unsafe { *e.big.get() = Some(nxt) };
            cur
        }
    };
    Ok(Some(new_tuple(vec![idx, x])))
}

// ---- zip ----

#[repr(C)]
pub struct PyZip {
    pub ob: PyObject,
    pub iters: Box<[PyRef]>,
    pub strict: bool,
}

pub static ZIP_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyZip>),
    tp_new: slot(zip_new),
    tp_iter: slot(self_iter),
    tp_iternext: slot(zip_next),
    ..TypeObject::new_static("zip", std::mem::size_of::<PyZip>())
});

fn zip_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = split(args, kw);
    let mut strict = false;
    for (k, v) in kwn.iter().zip(kwvals) {
        if str_value(k) == Some("strict") {
            strict = protocol::is_true(v)?;
        } else {
            return Err(type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                str_value(k).unwrap_or("?")
            )));
        }
    }
    let iters = pos.iter().map(|o| protocol::iter(o)).collect::<PyResult<Vec<_>>>()?;
    Ok(new_object(t, |ob| PyZip { ob, iters: iters.into_boxed_slice(), strict }))
}

fn zip_strict_error(i: usize, shorter: bool) -> crate::object::PyErr {
    let which = if i == 1 { "argument 1".to_string() } else { format!("arguments 1-{}", i) };
    value_error(format!(
        "zip() argument {} is {} than {}",
        i + 1,
        if shorter { "shorter" } else { "longer" },
        which
    ))
}

fn zip_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on zip.
    let z = unsafe { o.cast::<PyZip>() };
    if z.iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.iters.len());
    for (i, it) in z.iters.iter().enumerate() {
        match protocol::next(it)? {
            Some(x) => items.push(x),
            None => {
                if z.strict {
                    if i > 0 {
                        return Err(zip_strict_error(i, true));
                    }
                    for (j, other) in z.iters.iter().enumerate().skip(1) {
                        if protocol::next(other)?.is_some() {
                            return Err(zip_strict_error(j, false));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(new_tuple(items)))
}

// ---- map ----

#[repr(C)]
pub struct PyMap {
    pub ob: PyObject,
    pub func: PyRef,
    pub iters: Box<[PyRef]>,
}

pub static MAP_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyMap>),
    tp_new: slot(map_new),
    tp_iter: slot(self_iter),
    tp_iternext: slot(map_next),
    ..TypeObject::new_static("map", std::mem::size_of::<PyMap>())
});

fn map_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if std::ptr::eq(t, &MAP_TYPE.0) {
        no_kwargs("map", kw)?;
    }
    let (pos, _, _) = split(args, kw);
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let iters = pos[1..].iter().map(|o| protocol::iter(o)).collect::<PyResult<Vec<_>>>()?;
    Ok(new_object(t, |ob| PyMap { ob, func: pos[0].to_ref(), iters: iters.into_boxed_slice() }))
}

fn map_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on map.
    let m = unsafe { o.cast::<PyMap>() };
    if m.iters.len() == 1 {
        let Some(x) = protocol::next(&m.iters[0])? else { return Ok(None) };
        return protocol::call1(&m.func, &x).map(Some);
    }
    let mut items = Vec::with_capacity(m.iters.len());
    for it in m.iters.iter() {
        match protocol::next(it)? {
            Some(x) => items.push(x),
            None => return Ok(None),
        }
    }
    let refs: Vec<&PyObject> = items.iter().map(|x| &**x).collect();
    protocol::call(&m.func, &refs, None).map(Some)
}

// ---- filter ----

#[repr(C)]
pub struct PyFilter {
    pub ob: PyObject,
    pub func: PyRef,
    pub iter: PyRef,
}

pub static FILTER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyFilter>),
    tp_new: slot(filter_new),
    tp_iter: slot(self_iter),
    tp_iternext: slot(filter_next),
    ..TypeObject::new_static("filter", std::mem::size_of::<PyFilter>())
});

fn filter_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if std::ptr::eq(t, &FILTER_TYPE.0) {
        no_kwargs("filter", kw)?;
    }
    let (pos, _, _) = split(args, kw);
    check_positional("filter", pos.len(), 2, 2)?;
    let it = protocol::iter(pos[1])?;
    Ok(new_object(t, |ob| PyFilter { ob, func: pos[0].to_ref(), iter: it }))
}

fn filter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on filter.
    let f = unsafe { o.cast::<PyFilter>() };
    let use_bool = is_none(&f.func) || f.func.is(crate::object::int::BOOL_TYPE.obj());
    while let Some(x) = protocol::next(&f.iter)? {
        let ok = if use_bool { protocol::is_true(&x)? } else { {
            let r: PyRef = protocol::call1(&f.func, &x)?;
            protocol::is_true(&r)?
        } };
        if ok {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

// ---- reversed ----

#[repr(C)]
pub struct PyReversed {
    pub ob: PyObject,
    pub seq: UnsafeCell<Option<PyRef>>,
    /// Index of the next item (-1: exhausted).
    pub index: Cell<isize>,
}

pub static REVERSED_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyReversed>),
    tp_new: slot(reversed_new),
    tp_iter: slot(self_iter),
    tp_iternext: slot(reversed_next),
    ..TypeObject::new_static("reversed", std::mem::size_of::<PyReversed>())
});

fn reversed_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if std::ptr::eq(t, &REVERSED_TYPE.0) {
        no_kwargs("reversed", kw)?;
    }
    let (pos, _, _) = split(args, kw);
    check_positional("reversed", pos.len(), 1, 1)?;
    let seq = pos[0];
    if let Some(r) = super::builtins_funcs::lookup_special(seq, crate::name!("__reversed__"))? {
        if is_none(&r) {
            return Err(type_error(format!("'{}' object is not reversible", seq.type_().name())));
        }
        return protocol::call0(&r);
    }
    let st = seq.type_();
    let is_seq = st.mp_subscript.get().is_some()
        && crate::object::dict::as_dict(seq).is_none()
        && crate::object::typeobj::as_type(seq).is_none();
    if !is_seq || st.mp_length.get().is_none() {
        return Err(type_error(format!("'{}' object is not reversible", st.name())));
    }
    let n = protocol::len(seq)? as isize;
    Ok(new_object(t, |ob| PyReversed { ob, seq: UnsafeCell::new(Some(seq.to_ref())), index: Cell::new(n - 1) }))
}

fn reversed_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on reversed.
    let r = unsafe { o.cast::<PyReversed>() };
    let i = r.index.get();
    // SAFETY: single-threaded field access; cloned before calling out.
    let seq = unsafe { (*r.seq.get()).clone() };
    let Some(seq) = seq.filter(|_| i >= 0) else { return Ok(None) };
    match protocol::getitem(&seq, &new_int(i as i64)) {
        Ok(v) => {
            r.index.set(i - 1);
            Ok(Some(v))
        }
        Err(e) if e.matches(&crate::object::exceptions::INDEX_ERROR) || e.matches(&crate::object::exceptions::STOP_ITERATION) => {
            r.index.set(-1);
            // SAFETY: as above.
            unsafe { *r.seq.get() = None };
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

// ---- callable_iterator (iter(f, sentinel)) ----

#[repr(C)]
pub struct PyCallableIter {
    pub ob: PyObject,
    pub func: UnsafeCell<Option<PyRef>>,
    pub sentinel: PyRef,
}

pub static CALLABLE_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyCallableIter>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(callable_iter_next),
    flags: Cell::new(0),
    ..TypeObject::new_static("callable_iterator", std::mem::size_of::<PyCallableIter>())
});

fn callable_iter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on callable_iterator.
    let c = unsafe { o.cast::<PyCallableIter>() };
    // SAFETY: single-threaded field access; cloned before calling out.
    let Some(f) = (unsafe { (*c.func.get()).clone() }) else { return Ok(None) };
    let v = match protocol::call0(&f) {
        Ok(v) => v,
        Err(e) if e.matches(&crate::object::exceptions::STOP_ITERATION) => {
            // SAFETY: as above.
            unsafe { *c.func.get() = None };
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if protocol::eq_bool(&v, &c.sentinel)? {
        // SAFETY: as above.
        unsafe { *c.func.get() = None };
        return Ok(None);
    }
    Ok(Some(v))
}

/// Iterator types defined here, for registration.
pub fn iterator_types() -> [(&'static str, &'static TypeObject); 5] {
    [
        ("enumerate", &ENUMERATE_TYPE.0),
        ("zip", &ZIP_TYPE.0),
        ("map", &MAP_TYPE.0),
        ("filter", &FILTER_TYPE.0),
        ("reversed", &REVERSED_TYPE.0),
    ]
}
