//! Runtime support for `match` statements (CPython's MATCH_* opcodes), and
//! the clear error for constructs whose runtime support is not built yet.

use crate::object::dict::{as_dict, dict_del, new_dict};
use crate::object::exceptions::{type_error, value_error};
use crate::object::int::new_bool;
use crate::object::singletons::{is_none, none};
use crate::object::str::str_value;
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::as_type;
use crate::object::{protocol, PyObject, PyRef, PyResult};

fn type_named(o: &PyObject, names: &[&str]) -> bool {
    o.type_().mro_types().iter().any(|t| t.module.is_none() && !t.is_heap_type() && names.contains(&t.name()))
}

/// Whether any class on the MRO is registered as a Mapping/Sequence ABC
/// (`collections.abc` marks them with `__abc_tpflags__`-like attributes we
/// honour through `_abc_registry` later); builtin types are checked by name.
pub fn match_mapping(subject: &PyObject) -> PyRef {
    new_bool(as_dict(subject).is_some() || type_named(subject, &["dict", "mappingproxy"]))
}

pub fn match_sequence(subject: &PyObject) -> PyRef {
    let t = subject.type_();
    if type_named(subject, &["str", "bytes", "bytearray"]) {
        return new_bool(false);
    }
    let _ = t;
    new_bool(type_named(subject, &["list", "tuple", "range", "memoryview", "deque"]))
}

pub fn get_len(src: &PyObject) -> PyResult<PyRef> {
    Ok(crate::object::int::new_int(protocol::len(src)? as i64))
}

pub fn match_keys(subject: &PyObject, keys: &PyObject) -> PyResult<PyRef> {
    let keys = tuple_slice(keys).unwrap_or(&[]);
    if keys.is_empty() {
        return Ok(new_tuple(vec![]));
    }
    let get = protocol::getattr(subject, crate::name!("get"))?;
    let sentinel = crate::object::object_type::OBJECT_TYPE.obj();
    let sentinel = protocol::call0(sentinel)?;
    let seen = new_dict();
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        if crate::object::dict::dict_get(&seen, k)?.is_some() {
            return Err(value_error(format!("mapping pattern checks duplicate key ({})", protocol::repr_string(k)?)));
        }
        crate::object::dict::dict_set(&seen, k, &none())?;
        let v = protocol::call(&get, &[k, &sentinel], None)?;
        if v.is(&sentinel) {
            return Ok(none());
        }
        values.push(v);
    }
    Ok(new_tuple(values))
}

pub fn copy_dict_without_keys(subject: &PyObject, keys: &PyObject) -> PyResult<PyRef> {
    let d = new_dict();
    crate::interp::ops_support::dict_update(&d, subject)?;
    for k in tuple_slice(keys).unwrap_or(&[]) {
        dict_del(&d, k)?;
    }
    Ok(d)
}

const SELF_MATCHING: &[&str] = &["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

pub fn match_class(subject: &PyObject, cls: &PyObject, names: &PyObject, count: usize) -> PyResult<PyRef> {
    let t = as_type(cls).ok_or_else(|| type_error("called match pattern must be a type"))?;
    if !subject.is_instance_of(t) {
        return Ok(none());
    }
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let mut get = |name: &PyObject, out: &mut Vec<PyRef>| -> PyResult<bool> {
        let n = str_value(name).unwrap_or("?").to_string();
        if seen.contains(&n) {
            return Err(type_error(format!("{}() got multiple sub-patterns for attribute '{}'", t.name(), n)));
        }
        seen.push(n);
        match protocol::getattr_opt(subject, name)? {
            Some(v) => {
                out.push(v);
                Ok(true)
            }
            None => Ok(false),
        }
    };
    if count > 0 {
        let self_match = !t.is_heap_type() && SELF_MATCHING.contains(&t.name())
            || t.mro_types().iter().any(|b| !b.is_heap_type() && SELF_MATCHING.contains(&b.name())) && protocol::getattr_opt(cls, crate::name!("__match_args__"))?.is_none();
        match protocol::getattr_opt(cls, crate::name!("__match_args__"))? {
            Some(ma) if !is_none(&ma) => {
                let args = tuple_slice(&ma).ok_or_else(|| type_error(format!("{}.__match_args__ must be a tuple (got {})", t.name(), ma.type_().name())))?.to_vec();
                if count > args.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name(),
                        args.len(),
                        if args.len() == 1 { "" } else { "s" },
                        count
                    )));
                }
                for a in &args[..count] {
                    if str_value(a).is_none() {
                        return Err(type_error(format!("__match_args__ elements must be strings (got {})", a.type_().name())));
                    }
                    if !get(a, &mut out)? {
                        return Ok(none());
                    }
                }
            }
            _ if self_match && count == 1 => out.push(subject.to_ref()),
            _ => {
                return Err(type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({} given)",
                    t.name(),
                    count
                )))
            }
        }
    }
    for n in tuple_slice(names).unwrap_or(&[]) {
        if !get(n, &mut out)? {
            return Ok(none());
        }
    }
    Ok(new_tuple(out))
}
