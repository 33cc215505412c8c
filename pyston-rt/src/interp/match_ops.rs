//! Runtime support for `match` statements (CPython's MATCH_* opcodes).

use crate::object::dict::{dict_del, new_dict};
use crate::object::exceptions::{type_error, value_error};
use crate::object::int::new_bool;
use crate::object::singletons::none;
use crate::object::str::str_value;
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{as_type, type_flags, TypeObject};
use crate::object::{protocol, PyObject, PyRef, PyResult};

/// Give the builtin types their pattern-matching flags (before
/// `type_ready`, so builtin subclasses inherit them): which builtins `match`
/// treats as sequences and mappings, and which match themselves in `C(x)`.
pub fn init_builtin_match_flags() {
    use crate::object::{bytearray::BYTEARRAY_TYPE, bytes::BYTES_TYPE, dict::DICT_TYPE, float::FLOAT_TYPE, int::BOOL_TYPE, int::INT_TYPE};
    use crate::object::{list::LIST_TYPE, mappingproxy::MAPPINGPROXY_TYPE, range::RANGE_TYPE, set::FROZENSET_TYPE, set::SET_TYPE};
    use crate::object::{str::STR_TYPE, tuple::TUPLE_TYPE};
    let add = |t: &TypeObject, f: u64| t.flags.set(t.flags.get() | f);
    for t in [&LIST_TYPE, &TUPLE_TYPE, &RANGE_TYPE] {
        add(t, type_flags::SEQUENCE);
    }
    for t in [&DICT_TYPE, &MAPPINGPROXY_TYPE] {
        add(t, type_flags::MAPPING);
    }
    for t in [&BOOL_TYPE, &BYTEARRAY_TYPE, &BYTES_TYPE, &DICT_TYPE, &FLOAT_TYPE, &FROZENSET_TYPE, &INT_TYPE, &LIST_TYPE, &SET_TYPE, &STR_TYPE, &TUPLE_TYPE] {
        add(t, type_flags::MATCH_SELF);
    }
}

fn has_flag(o: &PyObject, f: u64) -> bool {
    o.type_().flags.get() & f != 0
}

/// MATCH_MAPPING: the subject's type has the mapping flag.
pub fn match_mapping(subject: &PyObject) -> PyRef {
    new_bool(has_flag(subject, type_flags::MAPPING))
}

/// MATCH_SEQUENCE: the subject's type has the sequence flag (str, bytes and
/// bytearray do not).
pub fn match_sequence(subject: &PyObject) -> PyRef {
    new_bool(has_flag(subject, type_flags::SEQUENCE))
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
        // CPython's match_class: __match_args__ (a tuple) names the
        // positional attributes; without it, MATCH_SELF types accept one
        // sub-pattern matching the subject itself.
        let (match_args, match_self) = match protocol::getattr_opt(cls, crate::name!("__match_args__"))? {
            Some(ma) => {
                let args = tuple_slice(&ma)
                    .ok_or_else(|| type_error(format!("{}.__match_args__ must be a tuple (got {})", t.name(), ma.type_().name())))?
                    .to_vec();
                (args, false)
            }
            None => (Vec::new(), t.flags.get() & type_flags::MATCH_SELF != 0),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if count > allowed {
            return Err(type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                t.name(),
                allowed,
                if allowed == 1 { "" } else { "s" },
                count
            )));
        }
        if match_self {
            out.push(subject.to_ref());
        } else {
            for a in &match_args[..count] {
                if str_value(a).is_none() {
                    return Err(type_error(format!("__match_args__ elements must be strings (got {})", a.type_().name())));
                }
                if !get(a, &mut out)? {
                    return Ok(none());
                }
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
