//! `dict` slots (repr, equality, subscript with `__missing__`, `|`),
//! construction and update (`dict_merge`, pairs, keywords), and methods.

use super::args;
use super::dict::{
    as_dict, dict_clear, dict_contains, dict_copy, dict_del_hashed, dict_entry_at, dict_get_hashed, dict_len, dict_nentries,
    dict_next, dict_next_hashed, dict_popitem, dict_set_hashed, new_dict, new_dict_of_type, DICT_TYPE,
};
use super::dict_views::{new_dict_iter, new_dict_view, DictIterKind, DICT_ITEMS_TYPE, DICT_KEYS_TYPE, DICT_VALUES_TYPE};
use super::exceptions::{key_error, runtime_error, type_error, value_error, PyErr, KEY_ERROR, TYPE_ERROR};
use super::header::{PyObject, PyRef};
use super::int::new_bool;
use super::list::new_list;
use super::list_methods::sequence_fast;
use super::protocol;
use super::reprguard::ReprGuard;
use super::sequtil::{eq_fast, hash_fast, lookup_special, new_int_isize, push_repr};
use super::singletons::{none, not_implemented};
use super::str::{new_str, str_value};
use super::tuple::new_tuple;
use super::typeobj::{method_flags, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::CmpKind;

// ---------------------------------------------------------------- slots --

pub(crate) fn dict_repr(o: &PyObject) -> PyResult<PyRef> {
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str("{...}"));
    };
    if dict_len(o) == 0 {
        return Ok(new_str("{}"));
    }
    let mut s = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((k, v)) = dict_next(o, &mut pos) {
        if !first {
            s.push_str(", ");
        }
        first = false;
        push_repr(&mut s, &k)?;
        s.push_str(": ");
        push_repr(&mut s, &v)?;
    }
    s.push('}');
    Ok(new_str(s))
}

fn dict_equal(a: &PyObject, b: &PyObject) -> PyResult<bool> {
    if dict_len(a) != dict_len(b) {
        return Ok(false);
    }
    let mut i = 0;
    while i < dict_nentries(a) {
        if let Some((k, av, h)) = dict_entry_at(a, i) {
            let Some(bv) = dict_get_hashed(b, &k, h)? else {
                return Ok(false);
            };
            if !eq_fast(&av, &bv)? {
                return Ok(false);
            }
        }
        i += 1;
    }
    Ok(true)
}

pub(crate) fn dict_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if as_dict(a).is_none() || as_dict(b).is_none() || !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(not_implemented());
    }
    let eq = dict_equal(a, b)?;
    Ok(new_bool(eq == (op == CmpKind::Eq)))
}

pub(crate) fn dict_length(o: &PyObject) -> PyResult<usize> {
    Ok(dict_len(o))
}

pub(crate) fn dict_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let h = hash_fast(key)?;
    if let Some(v) = dict_get_hashed(o, key, h)? {
        return Ok(v);
    }
    if !o.is_exact(&DICT_TYPE) {
        if let Some(missing) = lookup_special(o, crate::name!("__missing__"))? {
            return protocol::call1(&missing, key);
        }
    }
    Err(key_error(key))
}

pub(crate) fn dict_ass_subscript(o: &PyObject, key: &PyObject, value: Option<&PyObject>) -> PyResult<()> {
    let h = hash_fast(key)?;
    match value {
        Some(v) => {
            let old = dict_set_hashed(o, key.to_ref(), h, v.to_ref())?;
            drop(old);
            Ok(())
        }
        None => match dict_del_hashed(o, key, h)? {
            Some(kv) => {
                drop(kv);
                Ok(())
            }
            None => Err(key_error(key)),
        },
    }
}

pub(crate) fn dict_contains_slot(o: &PyObject, key: &PyObject) -> PyResult<bool> {
    dict_contains(o, key)
}

pub(crate) fn dict_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_dict_iter(o, DictIterKind::Keys, false))
}

pub(crate) fn dict_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_dict_of_type(t))
}

pub(crate) fn dict_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    update_common(o, a, kw, "dict")
}

fn dict_or(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(not_implemented());
    }
    let n = dict_copy(a);
    dict_update_arg(&n, b)?;
    Ok(n)
}

fn dict_ior(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if as_dict(a).is_none() {
        return Ok(not_implemented());
    }
    dict_update_arg(a, b)?;
    Ok(a.to_ref())
}

pub(crate) const DICT_OR: super::typeobj::BinaryFn = dict_or;
pub(crate) const DICT_IOR: super::typeobj::BinaryFn = dict_ior;

// ------------------------------------------------------- merge / update --

/// Merge the mapping `other` into `d` (CPython's `PyDict_Merge` family):
/// `override_` 1 replaces existing keys, 0 keeps them, 2 raises
/// `KeyError(key)` on a duplicate (the interpreter turns that into "got
/// multiple values for keyword argument"). `other` must have `keys()`: when
/// it does not, the AttributeError propagates (the interpreter turns it
/// into "'int' object is not a mapping").
pub fn dict_merge(d: &PyObject, other: &PyObject, override_: i32) -> PyResult<()> {
    if as_dict(other).is_some() && other.type_().tp_iter.get().map(|f| f as usize) == Some(dict_iter as *const () as usize) {
        if other.is(d) || dict_len(other) == 0 {
            return Ok(());
        }
        let n = dict_len(other);
        let mut pos = 0;
        while let Some((k, v, h)) = dict_next_hashed(other, &mut pos) {
            if override_ == 1 {
                let old = dict_set_hashed(d, k, h, v)?;
                drop(old);
            } else if dict_get_hashed(d, &k, h)?.is_none() {
                dict_set_hashed(d, k, h, v)?;
            } else if override_ == 2 {
                return Err(key_error(&k));
            }
            if dict_len(other) != n {
                return Err(runtime_error("dict mutated during update"));
            }
        }
        return Ok(());
    }
    let keys = match as_dict(other) {
        Some(_) if other.is_exact(&DICT_TYPE) => new_list(super::dict::dict_keys(other)),
        _ => protocol::call_method(other, crate::name!("keys"), &[])?,
    };
    let it = protocol::iter(&keys)?;
    while let Some(k) = protocol::next(&it)? {
        if override_ != 1 && dict_contains(d, &k)? {
            if override_ == 0 {
                continue;
            }
            return Err(key_error(&k));
        }
        let v = protocol::getitem(other, &k)?;
        let h = hash_fast(&k)?;
        let old = dict_set_hashed(d, k, h, v)?;
        drop(old);
    }
    Ok(())
}

/// `d.update(pairs)` for an iterable of 2-sequences.
pub fn dict_merge_from_seq2(d: &PyObject, seq: &PyObject, override_: bool) -> PyResult<()> {
    let it = protocol::iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = protocol::next(&it)? {
        let fast = match sequence_fast(&item, "") {
            Ok(f) => f,
            Err(e) if e.matches(&TYPE_ERROR) => {
                return Err(type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i)));
            }
            Err(e) => return Err(e),
        };
        if fast.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                fast.len()
            )));
        }
        let mut fast = fast.into_iter();
        let (k, v) = (fast.next().expect("key"), fast.next().expect("value"));
        let h = hash_fast(&k)?;
        if override_ || !super::dict::dict_contains_hashed(d, &k, h)? {
            let old = dict_set_hashed(d, k, h, v)?;
            drop(old);
        }
        i += 1;
    }
    Ok(())
}

/// `d.update(arg)`: a mapping (anything with `keys`) or pairs.
pub fn dict_update_arg(d: &PyObject, arg: &PyObject) -> PyResult<()> {
    if arg.is_exact(&DICT_TYPE) {
        return dict_merge(d, arg, 1);
    }
    if protocol::getattr_opt(arg, crate::name!("keys"))?.is_some() {
        return dict_merge(d, arg, 1);
    }
    dict_merge_from_seq2(d, arg, true)
}

/// `dict(...)`/`d.update(...)` argument handling: one optional positional
/// (mapping or pairs) then keyword arguments.
fn update_common(d: &PyObject, a: &[&PyObject], kw: Option<&PyObject>, name: &str) -> PyResult<()> {
    let (pos, kwvals, kwnames) = args::split(a, kw);
    args::check_positional(name, pos.len(), 0, 1)?;
    if let Some(arg) = pos.first() {
        dict_update_arg(d, arg)?;
    }
    for (k, v) in kwnames.iter().zip(kwvals) {
        let h = hash_fast(k)?;
        let old = dict_set_hashed(d, k.clone(), h, v.to_ref())?;
        drop(old);
    }
    Ok(())
}

// -------------------------------------------------------------- methods --

fn m_keys(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("dict.keys", &a[1..], kw)?;
    Ok(new_dict_view(a[0], &DICT_KEYS_TYPE))
}

fn m_values(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("dict.values", &a[1..], kw)?;
    Ok(new_dict_view(a[0], &DICT_VALUES_TYPE))
}

fn m_items(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("dict.items", &a[1..], kw)?;
    Ok(new_dict_view(a[0], &DICT_ITEMS_TYPE))
}

fn m_get(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("get", kw)?;
    args::check_positional("get", a.len() - 1, 1, 2)?;
    let h = hash_fast(a[1])?;
    match dict_get_hashed(a[0], a[1], h)? {
        Some(v) => Ok(v),
        None => Ok(a.get(2).map(|d| d.to_ref()).unwrap_or_else(none)),
    }
}

fn m_setdefault(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("setdefault", kw)?;
    args::check_positional("setdefault", a.len() - 1, 1, 2)?;
    let h = hash_fast(a[1])?;
    if let Some(v) = dict_get_hashed(a[0], a[1], h)? {
        return Ok(v);
    }
    let dflt = a.get(2).map(|d| d.to_ref()).unwrap_or_else(none);
    dict_set_hashed(a[0], a[1].to_ref(), h, dflt.clone())?;
    Ok(dflt)
}

fn m_pop(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("pop", kw)?;
    args::check_positional("pop", a.len() - 1, 1, 2)?;
    let d = a[0];
    if dict_len(d) == 0 {
        return match a.get(2) {
            Some(x) => Ok(x.to_ref()),
            None => Err(key_error(a[1])),
        };
    }
    let h = hash_fast(a[1])?;
    match dict_del_hashed(d, a[1], h)? {
        Some((_, v)) => Ok(v),
        None => match a.get(2) {
            Some(x) => Ok(x.to_ref()),
            None => Err(key_error(a[1])),
        },
    }
}

fn m_popitem(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("dict.popitem", &a[1..], kw)?;
    match dict_popitem(a[0]) {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(PyErr::new(&KEY_ERROR, "popitem(): dictionary is empty")),
    }
}

fn m_clear(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("dict.clear", &a[1..], kw)?;
    dict_clear(a[0]);
    Ok(none())
}

fn m_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("dict.copy", &a[1..], kw)?;
    Ok(dict_copy(a[0]))
}

fn m_update(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    update_common(a[0], &a[1..], kw, "update")?;
    Ok(none())
}

fn m_fromkeys(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("fromkeys", kw)?;
    args::check_positional("fromkeys", a.len() - 1, 1, 2)?;
    let cls = a[0];
    let value = a.get(2).map(|v| v.to_ref()).unwrap_or_else(none);
    let d = protocol::call0(cls)?;
    let exact = d.is_exact(&DICT_TYPE);
    let it = protocol::iter(a[1])?;
    while let Some(k) = protocol::next(&it)? {
        if exact {
            let h = hash_fast(&k)?;
            dict_set_hashed(&d, k, h, value.clone())?;
        } else {
            protocol::setitem(&d, &k, &value)?;
        }
    }
    Ok(d)
}

fn m_reversed(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("dict.__reversed__", &a[1..], kw)?;
    Ok(new_dict_iter(a[0], DictIterKind::Keys, true))
}

fn m_contains(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let k = args::one_arg("dict.__contains__", &a[1..], kw)?;
    Ok(new_bool(dict_contains(a[0], k)?))
}

fn m_getitem(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let k = args::one_arg("dict.__getitem__", &a[1..], kw)?;
    dict_subscript(a[0], k)
}

fn m_sizeof(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("dict.__sizeof__", &a[1..], kw)?;
    Ok(new_int_isize(super::dict::dict_sizeof(a[0]) as isize))
}

pub(crate) static DICT_METHODS: [MethodDef; 16] = [
    MethodDef { name: "keys", func: m_keys, flags: 0, doc: "D.keys() -> a set-like object providing a view on D's keys" },
    MethodDef { name: "values", func: m_values, flags: 0, doc: "D.values() -> an object providing a view on D's values" },
    MethodDef { name: "items", func: m_items, flags: 0, doc: "D.items() -> a set-like object providing a view on D's items" },
    MethodDef { name: "get", func: m_get, flags: 0, doc: "Return the value for key if key is in the dictionary, else default." },
    MethodDef { name: "setdefault", func: m_setdefault, flags: 0, doc: "Insert key with a value of default if key is not in the dictionary." },
    MethodDef { name: "pop", func: m_pop, flags: 0, doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value." },
    MethodDef { name: "popitem", func: m_popitem, flags: 0, doc: "Remove and return a (key, value) pair as a 2-tuple." },
    MethodDef { name: "clear", func: m_clear, flags: 0, doc: "D.clear() -> None.  Remove all items from D." },
    MethodDef { name: "copy", func: m_copy, flags: 0, doc: "D.copy() -> a shallow copy of D" },
    MethodDef { name: "update", func: m_update, flags: 0, doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F." },
    MethodDef { name: "fromkeys", func: m_fromkeys, flags: method_flags::CLASS, doc: "Create a new dictionary with keys from iterable and values set to value." },
    MethodDef { name: "__reversed__", func: m_reversed, flags: 0, doc: "Return a reverse iterator over the dict keys." },
    MethodDef { name: "__contains__", func: m_contains, flags: 0, doc: "True if the dictionary has the specified key, else False." },
    MethodDef { name: "__getitem__", func: m_getitem, flags: 0, doc: "x.__getitem__(y) <==> x[y]" },
    MethodDef { name: "__sizeof__", func: m_sizeof, flags: 0, doc: "D.__sizeof__() -> size of D in memory, in bytes" },
    MethodDef { name: "__class_getitem__", func: super::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

/// A new dict from (key, value) pairs (for the interpreter's dict displays).
pub fn dict_from_pairs(pairs: Vec<(PyRef, PyRef)>) -> PyResult<PyRef> {
    let d = new_dict();
    for (k, v) in pairs {
        let h = hash_fast(&k)?;
        dict_set_hashed(&d, k, h, v)?;
    }
    Ok(d)
}

/// Keyword-argument names must be strings (`**kwargs` checks).
pub fn check_str_keys(d: &PyObject) -> PyResult<()> {
    let mut pos = 0;
    while let Some((k, _)) = dict_next(d, &mut pos) {
        if str_value(&k).is_none() {
            return Err(type_error("keywords must be strings"));
        }
    }
    Ok(())
}
