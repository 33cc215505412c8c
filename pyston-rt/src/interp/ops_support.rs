//! The out-of-line parts of instruction handlers: name resolution, calls
//! with `*args`/`**kwargs`, unpacking, class and function creation,
//! exception matching, `with`, imports. Kept out of the dispatch loop so the
//! loop stays small; these are also the entry points later tiers call.

use super::frame::Frame;
use crate::ic::IcSite;
use crate::bytecode::{BinOpKind, CmpKind, CodeUnit};
use crate::object::code::PyCode;
use crate::object::dict::{dict_get, dict_get_str, dict_set, new_dict};
use crate::object::exceptions::{as_exception, system_error, type_error, PyErr, NAME_ERROR, UNBOUND_LOCAL_ERROR};
use crate::object::function::{as_cell, new_cell, new_function_with_closure, PyCell};
use crate::object::int::{as_int, new_int};
use crate::object::list::{as_list, PyList};
use crate::object::singletons::{is_none, none};
use crate::object::str::{as_pystr, new_str, str_value, STR_TYPE};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::{protocol, PyObject, PyRef, PyResult};

#[cold]
pub fn unbound_local(unit: &CodeUnit, reg: u16) -> PyErr {
    let name = unit.varnames.get(reg as usize).map(|s| s.as_str()).unwrap_or("?");
    PyErr::new(
        &UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{}' where it is not associated with a value", name),
    )
}

fn cell_name(unit: &CodeUnit, reg: u16) -> (&str, bool) {
    let i = reg as usize - unit.cell_base();
    if i < unit.cellvars.len() {
        (&unit.cellvars[i], true)
    } else {
        (unit.freevars.get(i - unit.cellvars.len()).map(|s| s.as_str()).unwrap_or("?"), false)
    }
}

#[cold]
pub fn unbound_deref(unit: &CodeUnit, reg: u16) -> PyErr {
    let (name, is_cell) = cell_name(unit, reg);
    if is_cell {
        PyErr::new(
            &UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{}' where it is not associated with a value", name),
        )
    } else {
        PyErr::new(
            &NAME_ERROR,
            format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
        )
    }
}

#[inline]
pub fn cell(o: &PyObject) -> PyResult<&PyCell> {
    as_cell(o).ok_or_else(|| system_error("internal error: expected a cell"))
}

#[inline]
pub fn load_deref(unit: &CodeUnit, c: &PyObject, reg: u16) -> PyResult<PyRef> {
    cell(c)?.get().ok_or_else(|| unbound_deref(unit, reg))
}

pub fn load_class_deref(f: &Frame, name: &PyObject, c: &PyObject, unit: &CodeUnit, reg: u16) -> PyResult<PyRef> {
    if let Some(l) = &f.locals {
        if let Some(v) = mapping_get(l, name)? {
            return Ok(v);
        }
    }
    load_deref(unit, c, reg)
}

#[inline]
pub fn list(o: &PyObject) -> PyResult<&PyList> {
    as_list(o).ok_or_else(|| system_error("internal error: expected a list"))
}

/// `locals[name]` for a dict or any mapping (exec with a custom mapping).
fn mapping_get(m: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    if m.is_exact(&crate::object::dict::DICT_TYPE) {
        return Ok(dict_get_str(m, name).map(|v| v.to_ref()));
    }
    match protocol::getitem(m, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&crate::object::exceptions::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

#[cold]
fn name_not_defined(name: &PyObject) -> PyErr {
    crate::object::exc_methods::name_not_defined(name)
}

/// `LoadGlobal` with its inline cache (keyed by both dicts' keys versions:
/// the entry index stays valid when values are reassigned).
#[inline]
pub fn load_global(f: &Frame, code: &PyCode, name: &PyObject, ic: u16) -> PyResult<PyRef> {
    use crate::object::dict::{dict_get_str_index, dict_keys_version, dict_value_at};
    if crate::object::dict::as_dict(&f.builtins).is_none() {
        return load_global_mapping(f, name);
    }
    let gv = dict_keys_version(&f.globals);
    let bv = dict_keys_version(&f.builtins);
    let e = ic_site(code, ic).global();
    if e.globals_version == gv && e.builtins_version == bv {
        let d = if e.in_builtins != 0 { &f.builtins } else { &f.globals };
        if let Some(v) = dict_value_at(d, e.index) {
            e.counters.hits = e.counters.hits.wrapping_add(1);
            return Ok(v.to_ref());
        }
    }
    e.counters.misses = e.counters.misses.wrapping_add(1);
    let (ix, in_builtins) = match dict_get_str_index(&f.globals, name) {
        Some(ix) => (ix, 0),
        None => match dict_get_str_index(&f.builtins, name) {
            Some(ix) => (ix, 1),
            None => return Err(name_not_defined(name)),
        },
    };
    let d = if in_builtins != 0 { &f.builtins } else { &f.globals };
    let v = dict_value_at(d, ix).ok_or_else(|| name_not_defined(name))?;
    e.globals_version = gv;
    e.builtins_version = bv;
    e.index = ix;
    e.in_builtins = in_builtins;
    Ok(v.to_ref())
}

/// A name in the builtins mapping when it is not a dict (CPython's
/// `PyObject_GetItem` path: KeyError means "not there", other errors
/// propagate).
fn builtin_from_mapping(b: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    match protocol::getitem(b, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&crate::object::exceptions::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `LoadGlobal` when the builtins are not a dict (no cache).
#[cold]
fn load_global_mapping(f: &Frame, name: &PyObject) -> PyResult<PyRef> {
    if let Some(v) = dict_get_str(&f.globals, name) {
        return Ok(v.to_ref());
    }
    builtin_from_mapping(&f.builtins, name)?.ok_or_else(|| name_not_defined(name))
}

pub fn delete_global(f: &Frame, name: &PyObject) -> PyResult<()> {
    match crate::object::dict::dict_del(&f.globals, name)? {
        Some(_) => Ok(()),
        None => Err(name_not_defined(name)),
    }
}

pub fn load_name(f: &Frame, name: &PyObject) -> PyResult<PyRef> {
    if let Some(l) = &f.locals {
        if let Some(v) = mapping_get(l, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = dict_get_str(&f.globals, name) {
        return Ok(v.to_ref());
    }
    load_builtin(f, name)
}

pub fn store_name(f: &Frame, name: &PyObject, v: &PyObject) -> PyResult<()> {
    match &f.locals {
        Some(l) if l.is_exact(&crate::object::dict::DICT_TYPE) => dict_set(l, name, v),
        Some(l) => protocol::setitem(l, name, v),
        None => Err(system_error(format!("no locals found when storing '{}'", str_value(name).unwrap_or("?")))),
    }
}

pub fn delete_name(f: &Frame, name: &PyObject) -> PyResult<()> {
    let l = f.locals.as_ref().ok_or_else(|| system_error("no locals when deleting"))?;
    if l.is_exact(&crate::object::dict::DICT_TYPE) {
        return match crate::object::dict::dict_del(l, name)? {
            Some(_) => Ok(()),
            None => Err(name_not_defined(name)),
        };
    }
    protocol::delitem(l, name).map_err(|e| if e.matches(&crate::object::exceptions::KEY_ERROR) { name_not_defined(name) } else { e })
}

/// A builtin by name (NameError if missing).
pub fn load_builtin(f: &Frame, name: &PyObject) -> PyResult<PyRef> {
    if crate::object::dict::as_dict(&f.builtins).is_none() {
        return builtin_from_mapping(&f.builtins, name)?.ok_or_else(|| name_not_defined(name));
    }
    dict_get_str(&f.builtins, name).map(|v| v.to_ref()).ok_or_else(|| name_not_defined(name))
}

/// Whether `t` uses the generic attribute protocol (no `__getattribute__`
/// or `__getattr__` of its own), so attribute sites may cache its lookups.
#[inline(always)]
fn generic_attrs(t: &crate::object::TypeObject) -> bool {
    t.tp_getattro.get().map(|f| f as usize) == Some(crate::object::object_type::generic_getattr as *const () as usize)
}

/// The inline-cache site `ic` of `code`.
#[inline(always)]
fn ic_site(code: &PyCode, ic: u16) -> &mut IcSite {
    // SAFETY: `verify` checked ic < n_ic; single-threaded access, and no
    // other borrow of this entry is live.
    unsafe { &mut (*code.ics.get())[ic as usize] }
}

/// LOAD_ATTR: `obj.name`, with the type lookup cached per site.
#[inline]
pub fn load_attr(code: &PyCode, obj: &PyObject, name: &PyObject, ic: u16) -> PyResult<PyRef> {
    let t = obj.type_();
    if !generic_attrs(t) {
        return protocol::getattr(obj, name);
    }
    let c = ic_site(code, ic).attr();
    let (descr, ei) = crate::ic::type_lookup_cached_at(c, t, name);
    // Instance attribute (no data descriptor on the type): the instance
    // dict at the site's guessed index first.
    let data_descr = descr.is_some_and(|d| d.type_().tp_descr_set.get().is_some() && d.type_().tp_descr_get.get().is_some());
    if !data_descr && ei < crate::ic::ATTR_WAYS {
        if let Some(dict) = crate::object::object_type::instance_dict(obj).filter(|d| d.is_exact(&crate::object::dict::DICT_TYPE)) {
            let hint = c.entries[ei].index;
            if let Some((v, ix)) = crate::object::dict::dict_get_str_hinted(dict, name, hint) {
                c.entries[ei].index = ix;
                return Ok(v.to_ref());
            }
        }
    }
    match crate::object::object_type::generic_getattr_with(obj, name, descr)? {
        Some(v) => Ok(v),
        None => Err(protocol::no_attribute(obj, name)),
    }
}

/// STORE_ATTR: `obj.name = v`, with the type lookup cached per site.
#[inline]
pub fn store_attr(code: &PyCode, obj: &PyObject, name: &PyObject, v: &PyObject, ic: u16) -> PyResult<()> {
    let t = obj.type_();
    let generic = t.tp_setattro.get().map(|f| f as usize) == Some(crate::object::object_type::generic_setattr as *const () as usize);
    if !generic || as_pystr(name).is_none() {
        return protocol::setattr(obj, name, v);
    }
    let c = ic_site(code, ic).attr();
    let (descr, ei) = crate::ic::type_lookup_cached_at(c, t, name);
    // No descriptor with a setter: replace the value in the instance dict
    // at the site's guessed index when the attribute is already there.
    let has_setter = descr.is_some_and(|d| d.type_().tp_descr_set.get().is_some());
    if !has_setter && ei < crate::ic::ATTR_WAYS {
        if let Some(dict) = crate::object::object_type::instance_dict(obj).filter(|d| d.is_exact(&crate::object::dict::DICT_TYPE)) {
            if crate::object::dict::dict_replace_hinted(dict, name, c.entries[ei].index, v) {
                return Ok(());
            }
            crate::object::object_type::generic_setattr_with(obj, name, descr, Some(v))?;
            // The store may have run code (a replaced value's __del__):
            // look the dict and the site up again.
            if let Some(dict) = crate::object::object_type::instance_dict(obj) {
                // A new attribute is the last entry: no second lookup.
                if let Some(ix) = crate::object::dict::dict_last_index_if_key(dict, name).or_else(|| crate::object::dict::dict_get_str_index(dict, name)) {
                    let c = ic_site(code, ic).attr();
                    if ei < crate::ic::ATTR_WAYS {
                        c.entries[ei].index = ix;
                    }
                }
            }
            return Ok(());
        }
    }
    crate::object::object_type::generic_setattr_with(obj, name, descr, Some(v))
}

/// Method lookup for `obj.name(...)`: returns (function, Some(self)) when
/// the attribute is a plain method found on the type, so no bound-method
/// object is created; otherwise (attribute, None).
#[inline]
pub fn load_method(code: &PyCode, obj: &PyObject, name: &PyObject, ic: u16) -> PyResult<(PyRef, Option<PyRef>)> {
    let t = obj.type_();
    if generic_attrs(t) {
        if let Some(d) = crate::ic::type_lookup_cached(ic_site(code, ic).attr(), t, name) {
            let dt = d.type_();
            let is_method = std::ptr::eq(dt, &crate::object::function::FUNCTION_TYPE.0)
                || std::ptr::eq(dt, &crate::object::descr::METHOD_DESCR_TYPE.0);
            if is_method {
                let shadowed = match crate::object::object_type::instance_dict(obj) {
                    Some(dict) => dict_get_str(dict, name).is_some(),
                    None => false,
                };
                if !shadowed {
                    return Ok((d.to_ref(), Some(obj.to_ref())));
                }
            }
        }
    }
    Ok((protocol::getattr(obj, name)?, None))
}

/// `obj[key]` with fast paths for list/tuple indexed by int and dict.
#[inline]
pub fn subscr(obj: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    if let Some(i) = as_int(key).and_then(|i| i.as_i64()) {
        if let Some(l) = as_list(obj).filter(|_| obj.is_exact(&crate::object::list::LIST_TYPE)) {
            let items = l.items();
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n {
                return Ok(items[j as usize].clone());
            }
        } else if obj.is_exact(&crate::object::tuple::TUPLE_TYPE) {
            let items = tuple_slice(obj).unwrap_or(&[]);
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n {
                return Ok(items[j as usize].clone());
            }
        }
    }
    protocol::getitem(obj, key)
}

pub fn build_slice(start: &PyObject, stop: &PyObject, step: &PyObject) -> PyResult<PyRef> {
    Ok(crate::object::slice::new_slice(start, stop, step))
}

/// int op int on machine words, when it cannot overflow.
#[inline(always)]
pub fn binary_fast(a: &PyObject, b: &PyObject, kind: BinOpKind) -> Option<PyRef> {
    use crate::object::int::INT_TYPE;
    if !(a.is_exact(&INT_TYPE) && b.is_exact(&INT_TYPE)) {
        return None;
    }
    let x = as_int(a)?.as_i64()?;
    let y = as_int(b)?.as_i64()?;
    let r = match kind.base() {
        BinOpKind::Add => x.checked_add(y)?,
        BinOpKind::Sub => x.checked_sub(y)?,
        BinOpKind::Mul => x.checked_mul(y)?,
        BinOpKind::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }
        }
        BinOpKind::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }
        }
        BinOpKind::And => x & y,
        BinOpKind::Or => x | y,
        BinOpKind::Xor => x ^ y,
        _ => return None,
    };
    Some(new_int(r))
}

/// `BinaryOp` through its cache (type pair -> specialised function), then
/// the int fast path and the protocol.
#[inline(always)]
pub fn binary_op_cached(code: &PyCode, a: &PyObject, b: &PyObject, kind: BinOpKind, ic: u16) -> PyResult<PyRef> {
    let c = ic_site(code, ic).binop();
    if let Some(v) = crate::ic::binop::run_cached(c, a, b, |l, r| crate::ic::binop::specialize_binary(kind, l, r)) {
        return Ok(v);
    }
    match binary_fast(a, b, kind) {
        Some(v) => Ok(v),
        None => protocol::binary_op(a, b, kind),
    }
}

/// `CompareOp` through its cache, then the fast paths and rich comparison.
#[inline(always)]
pub fn compare_op_cached(code: &PyCode, a: &PyObject, b: &PyObject, kind: CmpKind, ic: u16) -> PyResult<PyRef> {
    let c = ic_site(code, ic).binop();
    if let Some(v) = crate::ic::binop::run_cached(c, a, b, |l, r| crate::ic::binop::specialize_compare(kind, l, r)) {
        return Ok(v);
    }
    match compare_fast(a, b, kind) {
        Some(v) => Ok(crate::object::int::new_bool(v)),
        None => protocol::rich_compare(a, b, kind),
    }
}

/// int/str comparisons without dispatch.
#[inline(always)]
pub fn compare_fast(a: &PyObject, b: &PyObject, kind: CmpKind) -> Option<bool> {
    use crate::object::int::INT_TYPE;
    if a.is_exact(&INT_TYPE) && b.is_exact(&INT_TYPE) {
        let x = as_int(a)?.as_i64()?;
        let y = as_int(b)?.as_i64()?;
        return Some(kind.holds(&x, &y));
    }
    if a.is_exact(&STR_TYPE) && b.is_exact(&STR_TYPE) {
        let (x, y) = (str_value(a)?, str_value(b)?);
        // Stored lone surrogates do not sort by their UTF-8 bytes (str_surr).
        if !matches!(kind, CmpKind::Eq | CmpKind::Ne) && (crate::object::str_surr::has_surrogates(x) || crate::object::str_surr::has_surrogates(y)) {
            return None;
        }
        return Some(kind.holds(&x, &y));
    }
    None
}

#[inline(always)]
pub fn truthy(o: &PyObject) -> PyResult<bool> {
    protocol::is_true(o)
}

/// A loop back-edge: count it (tier-up) and check for Ctrl-C.
#[inline(always)]
pub fn back_edge(code: &PyCode) -> PyResult<()> {
    code.counter.set(code.counter.get().wrapping_add(1));
    code.back_edges.set(code.back_edges.get().wrapping_add(1));
    crate::object::gc::maybe_collect();
    crate::runtime::check_interrupt()
}

/// `func(*args, **kwargs)`
pub fn call_ex(func: &PyObject, args: &PyObject, kwargs: &PyObject) -> PyResult<PyRef> {
    let args_owned;
    // Only an exact tuple is used as is (a subclass may override __iter__).
    let pos: &[PyRef] = match tuple_slice(args).filter(|_| args.is_exact(&crate::object::tuple::TUPLE_TYPE)) {
        Some(s) => s,
        None => {
            if !protocol::can_iter(args) {
                return Err(type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    function_str(func),
                    args.type_().name()
                )));
            }
            args_owned = protocol::collect(args)?;
            &args_owned
        }
    };
    let mut all: Vec<&PyObject> = pos.iter().map(|r| &**r).collect();
    // A mapping other than an exact dict is merged into a new dict first
    // (CPython's CALL_FUNCTION_EX), honouring a subclass's keys()/__iter__.
    let merged;
    let kwargs = if !is_none(kwargs) && !kwargs.is_exact(&crate::object::dict::DICT_TYPE) {
        merged = new_dict();
        dict_merge(&merged, kwargs, func)?;
        &*merged
    } else {
        kwargs
    };
    if is_none(kwargs) || crate::object::dict::dict_len(kwargs) == 0 {
        return protocol::call(func, &all, None);
    }
    let items = crate::object::dict::dict_items(kwargs);
    let mut names = Vec::with_capacity(items.len());
    for (k, _) in &items {
        if as_pystr(k).is_none() {
            return Err(type_error("keywords must be strings"));
        }
        names.push(k.clone());
    }
    all.extend(items.iter().map(|(_, v)| &**v));
    let kwnames = new_tuple(names);
    protocol::call(func, &all, Some(&kwnames))
}

/// LIST_EXTEND (`[*x]`, `f(a, *x)`): `list.extend(src)` with CPython's
/// message for a non-iterable operand.
pub fn list_extend(list_obj: &PyObject, src: &PyObject) -> PyResult<()> {
    let items = match protocol::collect(src) {
        Ok(items) => items,
        Err(e) if e.matches(&crate::object::exceptions::TYPE_ERROR) && !protocol::can_iter(src) => {
            return Err(type_error(format!("Value after * must be an iterable, not {}", src.type_().name())));
        }
        Err(e) => return Err(e),
    };
    list(list_obj)?.items_mut().extend(items);
    Ok(())
}

pub fn build_set(items: &[&PyObject]) -> PyResult<PyRef> {
    let s = crate::object::set::new_set();
    for o in items {
        crate::object::set::set_add(&s, o)?;
    }
    Ok(s)
}

pub fn set_add(set: &PyObject, v: &PyObject) -> PyResult<()> {
    crate::object::set::set_add(set, v)
}

pub fn set_update(set: &PyObject, v: &PyObject) -> PyResult<()> {
    crate::object::set_methods::set_update(set, v)
}

pub fn build_map(items: &[&PyObject]) -> PyResult<PyRef> {
    let d = new_dict();
    for pair in items.chunks(2) {
        dict_set(&d, pair[0], pair[1])?;
    }
    Ok(d)
}

pub fn build_string(items: &[&PyObject]) -> PyResult<PyRef> {
    let mut s = String::new();
    for o in items {
        s.push_str(str_value(o).ok_or_else(|| system_error("BuildString of a non-str"))?);
    }
    Ok(new_str(s))
}

/// f-string field: conversion, then `format(value, spec)`.
pub fn format_value(v: &PyObject, spec: Option<&PyObject>, flags: u16) -> PyResult<PyRef> {
    use crate::bytecode::opcodes::format_flags::*;
    let converted = match flags & CONV_MASK {
        CONV_STR => protocol::str_(v)?,
        CONV_REPR => protocol::repr(v)?,
        CONV_ASCII => crate::object::str_format::object_ascii(v)?,
        _ => v.to_ref(),
    };
    let spec = match spec {
        Some(s) => str_value(s).ok_or_else(|| system_error("FormatValue spec is not a str"))?,
        None => "",
    };
    crate::object::str_format::format_object(&converted, spec)
}

pub fn dict_update(map: &PyObject, src: &PyObject) -> PyResult<()> {
    // A dict subclass overriding `__iter__` goes through `keys()` (CPython's
    // `dict_merge` fast-path condition).
    if crate::object::dict::as_dict(src).is_some()
        && src.type_().tp_iter.get().map(|f| f as usize) == crate::object::dict::DICT_TYPE.tp_iter.get().map(|f| f as usize)
    {
        return crate::object::dict::dict_update_from_dict(map, src);
    }
    let keys = protocol::getattr_opt(src, crate::name!("keys"))?
        .ok_or_else(|| type_error(format!("'{}' object is not a mapping", src.type_().name())))?;
    let keys = protocol::call0(&keys)?;
    for k in protocol::collect(&keys)? {
        let v = protocol::getitem(src, &k)?;
        dict_set(map, &k, &v)?;
    }
    Ok(())
}

/// How CPython names a callable in argument errors: `f()`, `A.m()`.
pub fn function_str(func: &PyObject) -> String {
    if let Ok(Some(q)) = protocol::getattr_opt(func, crate::name!("__qualname__")) {
        if let Some(s) = str_value(&q) {
            let module = protocol::getattr_opt(func, crate::name!("__module__")).ok().flatten();
            if let Some(m) = module.as_ref().and_then(|m| str_value(m)).filter(|m| *m != "builtins") {
                return format!("{}.{}()", m, s);
            }
            return format!("{}()", s);
        }
    }
    format!("{} object", func.type_().name())
}

pub fn dict_merge(map: &PyObject, src: &PyObject, func: &PyObject) -> PyResult<()> {
    let is_mapping = crate::object::dict::as_dict(src).is_some() || protocol::getattr_opt(src, crate::name!("keys"))?.is_some();
    if !is_mapping {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(func),
            src.type_().name()
        )));
    }
    let plain_dict = crate::object::dict::as_dict(src).is_some()
        && src.type_().tp_iter.get().map(|f| f as usize) == crate::object::dict::DICT_TYPE.tp_iter.get().map(|f| f as usize);
    let pairs: Vec<(PyRef, PyRef)> = if plain_dict {
        crate::object::dict::dict_items(src)
    } else {
        let keys = protocol::call0(&*protocol::getattr(src, crate::name!("keys"))?)?;
        protocol::collect(&keys)?
            .into_iter()
            .map(|k| protocol::getitem(src, &k).map(|v| (k, v)))
            .collect::<PyResult<_>>()?
    };
    for (k, v) in pairs {
        if as_pystr(&k).is_none() {
            return Err(type_error("keywords must be strings"));
        }
        if dict_get(map, &k)?.is_some() {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                function_str(func),
                str_value(&k).unwrap_or("?")
            )));
        }
        dict_set(map, &k, &v)?;
    }
    Ok(())
}

#[cold]
fn not_iterable_unpack(o: &PyObject) -> PyErr {
    type_error(format!("cannot unpack non-iterable {} object", o.type_().name()))
}

/// `a, b, c = src`
pub fn unpack(src: &PyObject, n: usize) -> PyResult<Vec<PyRef>> {
    let fixed = protocol::plain_seq_items(src);
    if let Some(items) = fixed {
        if items.len() == n {
            return Ok(items);
        }
        if items.len() < n {
            return Err(crate::object::exceptions::value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        return Err(crate::object::exceptions::value_error(format!("too many values to unpack (expected {})", n)));
    }
    let it = protocol::iter(src).map_err(|e| if e.matches(&crate::object::exceptions::TYPE_ERROR) && src.type_().tp_iter.get().is_none() { not_iterable_unpack(src) } else { e })?;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match protocol::next(&it)? {
            Some(v) => out.push(v),
            None => {
                return Err(crate::object::exceptions::value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    out.len()
                )))
            }
        }
    }
    if protocol::next(&it)?.is_some() {
        return Err(crate::object::exceptions::value_error(format!("too many values to unpack (expected {})", n)));
    }
    Ok(out)
}

/// `a, *b, c = src`: `before` values, a list, `after` values.
pub fn unpack_ex(src: &PyObject, before: usize, after: usize) -> PyResult<Vec<PyRef>> {
    let items = match protocol::iter(src) {
        Ok(it) => {
            let mut v = Vec::new();
            while let Some(x) = protocol::next(&it)? {
                v.push(x);
            }
            v
        }
        Err(e) if e.matches(&crate::object::exceptions::TYPE_ERROR) && src.type_().tp_iter.get().is_none() => {
            return Err(not_iterable_unpack(src))
        }
        Err(e) => return Err(e),
    };
    if items.len() < before + after {
        return Err(crate::object::exceptions::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend_from_slice(&items[..before]);
    let mid = items[before..items.len() - after].to_vec();
    out.push(crate::object::list::new_list(mid));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(out)
}

/// `MakeFunction`: a function object from a code constant and the extras.
pub fn make_function(f: &Frame, code_const: &PyObject, flags: u16, extras: &[&PyObject]) -> PyResult<PyRef> {
    use crate::bytecode::opcodes::make_function_flags::*;
    let mut it = extras.iter();
    let mut take = |bit: u16| if flags & bit != 0 { it.next().map(|o| o.to_ref()) } else { None };
    let defaults = take(DEFAULTS);
    let kwdefaults = take(KWDEFAULTS);
    let annotations = take(ANNOTATIONS);
    let closure = take(CLOSURE);
    let func = new_function_with_closure(code_const.to_ref(), f.globals.clone(), None, closure);
    let fo = crate::object::function::as_function(&func).expect("function");
    fo.set_defaults(defaults);
    fo.set_kwdefaults(kwdefaults);
    if let Some(a) = annotations {
        let d = if let Some(items) = tuple_slice(&a) {
            let d = new_dict();
            for pair in items.chunks(2) {
                if pair.len() == 2 {
                    dict_set(&d, &pair[0], &pair[1])?;
                }
            }
            d
        } else {
            a
        };
        fo.set_annotations(Some(d));
    }
    Ok(func)
}

pub fn setup_annotations(f: &Frame) -> PyResult<()> {
    let l = f.locals.as_ref().ok_or_else(|| system_error("no locals found when setting up annotations"))?;
    let name = crate::name!("__annotations__");
    if mapping_get(l, name)?.is_none() {
        let d = new_dict();
        if l.is_exact(&crate::object::dict::DICT_TYPE) {
            dict_set(l, name, &d)?;
        } else {
            protocol::setitem(l, name, &d)?;
        }
    }
    Ok(())
}

fn is_exception_class(o: &PyObject) -> bool {
    crate::object::typeobj::as_type(o).is_some_and(|t| t.is_subtype(&crate::object::exceptions::BASE_EXCEPTION))
}

/// Instantiate an exception class if needed; TypeError for non-exceptions.
fn exception_instance(o: &PyObject, what: &str) -> PyResult<PyRef> {
    if as_exception(o).is_some() {
        return Ok(o.to_ref());
    }
    if is_exception_class(o) {
        let v = protocol::call0(o)?;
        if as_exception(&v).is_none() {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                protocol::repr_string(o)?,
                v.type_().name()
            )));
        }
        return Ok(v);
    }
    Err(type_error(what.to_string()))
}

/// `raise exc [from cause]`
pub fn make_raise(exc: &PyObject, cause: Option<&PyObject>) -> PyErr {
    let v = match exception_instance(exc, "exceptions must derive from BaseException") {
        Ok(v) => v,
        Err(e) => return e,
    };
    if let Some(c) = cause {
        let c = if is_none(c) {
            None
        } else {
            match exception_instance(c, "exception causes must derive from BaseException") {
                Ok(c) => Some(c),
                Err(e) => return e,
            }
        };
        let ex = as_exception(&v).expect("exception");
        ex.set_cause(c);
        ex.suppress_context.set(true);
    }
    set_context(&v);
    PyErr::from_value(v)
}

/// Set `__context__` of a newly raised exception to the handled one,
/// breaking cycles like CPython.
pub(crate) fn set_context(v: &PyObject) {
    let Some(handled) = super::handled_exception() else { return };
    if handled.is(v) {
        return;
    }
    // Break a cycle: if v is in the handled exception's context chain, cut it there.
    let mut o = handled.clone();
    loop {
        let ctx = match as_exception(&o).and_then(|e| e.context()) {
            Some(c) => c,
            None => break,
        };
        if ctx.is(v) {
            as_exception(&o).expect("exception").set_context(None);
            break;
        }
        o = ctx;
    }
    if let Some(e) = as_exception(v) {
        e.set_context(Some(handled));
    }
}

/// Called once per frame an error passes through (except re-raises): add the
/// traceback entry; a fresh error also gets its `__context__`.
pub fn on_new_error(err: &PyErr, f: &Frame, ip: usize) {
    let exc = err.exc();
    if exc.traceback().is_none() && exc.context().is_none() {
        set_context(err.value());
    }
    super::traceback::add_traceback(err.value(), f, ip);
}

/// `except T:` matching.
pub fn exc_match(exc: &PyObject, typ: &PyObject) -> PyResult<bool> {
    let check = |t: &PyObject| -> PyResult<()> {
        if !is_exception_class(t) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(())
    };
    if let Some(items) = tuple_slice(typ) {
        for t in items {
            check(t)?;
        }
        for t in items {
            if exc.is_instance_of(crate::object::typeobj::as_type(t).expect("type")) {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    check(typ)?;
    Ok(exc.is_instance_of(crate::object::typeobj::as_type(typ).expect("type")))
}

/// Look up a special method on the type and bind it to `o`.
fn special_method(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let t = o.type_();
    let Some(d) = t.lookup(name).map(|d| d.to_ref()) else { return Ok(None) };
    match d.type_().tp_descr_get.get() {
        Some(get) => get(&d, Some(o), Some(t.obj())).map(Some),
        None => Ok(Some(d)),
    }
}

/// `with mgr:` entry: (bound `__exit__`, `__enter__()` result).
pub fn before_with(mgr: &PyObject) -> PyResult<(PyRef, PyRef)> {
    let enter = special_method(mgr, crate::name!("__enter__"))?;
    let exit = special_method(mgr, crate::name!("__exit__"))?;
    match (enter, exit) {
        (Some(enter), Some(exit)) => {
            let v = protocol::call0(&enter)?;
            Ok((exit, v))
        }
        (None, _) => Err(type_error(format!(
            "'{}' object does not support the context manager protocol",
            mgr.type_().name()
        ))),
        (Some(_), None) => Err(type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            mgr.type_().name()
        ))),
    }
}

pub fn with_except_start(exit: &PyObject, exc: &PyObject) -> PyResult<PyRef> {
    let tb = as_exception(exc).and_then(|e| e.traceback()).unwrap_or_else(none);
    let t = exc.type_().to_ref();
    protocol::call(exit, &[&t, exc, &tb], None)
}

pub fn get_yield_from_iter(unit: &CodeUnit, src: &PyObject) -> PyResult<PyRef> {
    if super::generator::as_generator(src).is_some() {
        return Ok(src.to_ref());
    }
    if super::coroutine::as_coroutine(src).is_some() {
        super::coroutine::check_yield_from_coroutine(unit.flags, src)?;
        return Ok(src.to_ref());
    }
    protocol::iter(src)
}

pub fn import_name(f: &Frame, name: &PyObject, fromlist: &PyObject, level: u16) -> PyResult<PyRef> {
    let import = load_builtin(f, crate::name!("__import__")).map_err(|_| crate::object::exceptions::import_error("__import__ not found"))?;
    let locals = f.locals.clone().unwrap_or_else(none);
    let lvl = new_int(level as i64);
    protocol::call(&import, &[name, &f.globals, &locals, fromlist, &lvl], None)
}

pub fn import_from(module: &PyObject, name: &PyObject) -> PyResult<PyRef> {
    crate::import::import_from(module, name)
}

pub fn import_star(f: &Frame, module: &PyObject) -> PyResult<()> {
    let locals = f.locals.as_ref().ok_or_else(|| system_error("no locals for import *"))?;
    crate::import::import_star(module, locals)
}

pub fn print_expr(v: &PyObject) -> PyResult<()> {
    // CPython's PRINT_EXPR: hand the value to sys.displayhook.
    let hook = crate::modules::sys::get("displayhook").ok_or_else(|| crate::object::exceptions::runtime_error("lost sys.displayhook"))?;
    protocol::call(&hook, &[v], None)?;
    Ok(())
}

/// Create the cells of a new frame: cellvars get fresh cells (initialized
/// from their parameter when they are one), freevars come from the closure.
pub fn init_cells(f: &Frame, closure: Option<&PyObject>) -> PyResult<()> {
    let unit = &f.code().unit;
    let base = unit.cell_base();
    for i in 0..unit.cellvars.len() {
        let arg = unit.cell2arg.iter().find(|(c, _)| *c as usize == i).and_then(|(_, a)| f.reg(*a as usize)).map(|v| v.to_ref());
        f.set_reg(base + i, Some(new_cell(arg)));
    }
    if !unit.freevars.is_empty() {
        let cl = closure.and_then(tuple_slice).ok_or_else(|| system_error("function without closure for free variables"))?;
        if cl.len() != unit.freevars.len() {
            return Err(system_error("closure size mismatch"));
        }
        for (i, c) in cl.iter().enumerate() {
            f.set_reg(base + unit.cellvars.len() + i, Some(c.clone()));
        }
    }
    Ok(())
}

