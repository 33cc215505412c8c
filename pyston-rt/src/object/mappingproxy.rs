//! `mappingproxy`: a read-only view of a mapping (`type.__dict__`).

use super::dict::{as_dict, dict_get, dict_len};
use super::exceptions::{key_error, type_error};
use super::header::{new_object, PyObject, PyRef, Static};
use super::protocol;
use super::singletons::none;
use super::str::new_str;
use super::typeobj::{drop_payload, nb_slots, slot, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};

#[repr(C)]
pub struct PyMappingProxy {
    pub ob: PyObject,
    pub mapping: PyRef,
}

pub static MAPPINGPROXY_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(mappingproxy_traverse),
    tp_drop: slot(drop_payload::<PyMappingProxy>),
    tp_new: slot(mp_new),
    tp_repr: slot(mp_repr),
    tp_str: slot(mp_str),
    tp_iter: slot(mp_iter),
    tp_richcompare: slot(mp_richcompare),
    mp_length: slot(mp_len),
    mp_subscript: slot(mp_getitem),
    sq_contains: slot(mp_contains),
    nb: nb_slots(&[(BinOpKind::Or, mp_or), (BinOpKind::IOr, mp_ior)]),
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    methods: &MP_METHODS,
    ..TypeObject::new_static("mappingproxy", std::mem::size_of::<PyMappingProxy>())
});

static MP_METHODS: [MethodDef; 6] = [
    MethodDef { name: "__reversed__", func: |a, k| delegate_reversed(a, k), flags: 0, doc: "D.__reversed__() -> reverse iterator" },
    MethodDef { name: "keys", func: |a, k| delegate(a, k, "keys"), flags: 0, doc: "D.keys() -> a set-like object providing a view on D's keys" },
    MethodDef { name: "values", func: |a, k| delegate(a, k, "values"), flags: 0, doc: "D.values() -> an object providing a view on D's values" },
    MethodDef { name: "items", func: |a, k| delegate(a, k, "items"), flags: 0, doc: "D.items() -> a set-like object providing a view on D's items" },
    MethodDef { name: "copy", func: |a, k| delegate(a, k, "copy"), flags: 0, doc: "D.copy() -> a shallow copy of D" },
    MethodDef { name: "get", func: mp_get, flags: 0, doc: "Return the value for key if key is in the mapping, else default." },
];

/// A read-only view of `mapping`.
pub fn new_mappingproxy(mapping: &PyObject) -> PyRef {
    new_object(&MAPPINGPROXY_TYPE, |ob| PyMappingProxy { ob, mapping: mapping.to_ref() })
}

fn target(o: &PyObject) -> PyRef {
    // SAFETY: installed only on mappingproxy.
    unsafe { o.cast::<PyMappingProxy>() }.mapping.clone()
}

fn mp_new(_t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    // Argument Clinic's wording for `mappingproxy(mapping)`.
    let (pos, kwvals, kwn) = super::args::split(args, kwnames);
    if pos.len() + kwn.len() > 1 {
        return Err(type_error(format!("mappingproxy() takes at most 1 argument ({} given)", pos.len() + kwn.len())));
    }
    let m = match (pos.first(), kwn.first()) {
        (Some(m), _) => *m,
        (None, Some(k)) if super::str::str_value(k) == Some("mapping") => kwvals[0],
        _ => return Err(type_error("mappingproxy() missing required argument 'mapping' (pos 1)")),
    };
    let ok = as_dict(m).is_some()
        || (m.type_().mp_subscript.get().is_some()
            && super::tuple::as_tuple(m).is_none()
            && super::list::as_list(m).is_none());
    if !ok {
        return Err(type_error(format!("mappingproxy() argument must be a mapping, not {}", m.type_().name())));
    }
    Ok(new_mappingproxy(m))
}

fn delegate(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str) -> PyResult<PyRef> {
    super::args::no_args(&format!("mappingproxy.{}", name), &args[1..], kwnames)?;
    let m = target(args[0]);
    protocol::call_method(&m, &super::str::intern(name), &[])
}

fn mp_get(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_kwargs("get", kwnames)?;
    super::args::check_positional("get", args.len() - 1, 1, 2)?;
    let m = target(args[0]);
    if as_dict(&m).is_some() {
        return Ok(dict_get(&m, args[1])?.unwrap_or_else(|| args.get(2).map(|d| d.to_ref()).unwrap_or_else(none)));
    }
    let rest: Vec<&PyObject> = args[1..].to_vec();
    protocol::call_method(&m, crate::name!("get"), &rest)
}

fn mp_getitem(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let m = target(o);
    if m.is_exact(&super::dict::DICT_TYPE) {
        return dict_get(&m, key)?.ok_or_else(|| key_error(key));
    }
    protocol::getitem(&m, key)
}

fn mp_len(o: &PyObject) -> PyResult<usize> {
    let m = target(o);
    if m.is_exact(&super::dict::DICT_TYPE) {
        return Ok(dict_len(&m));
    }
    protocol::len(&m)
}

fn mp_contains(o: &PyObject, key: &PyObject) -> PyResult<bool> {
    let m = target(o);
    if m.is_exact(&super::dict::DICT_TYPE) {
        return Ok(dict_get(&m, key)?.is_some());
    }
    protocol::contains(&m, key)
}

fn mp_iter(o: &PyObject) -> PyResult<PyRef> {
    protocol::iter(&target(o))
}

fn mp_repr(o: &PyObject) -> PyResult<PyRef> {
    let r = protocol::repr_string(&target(o))?;
    Ok(new_str(format!("mappingproxy({})", r)))
}

fn mp_str(o: &PyObject) -> PyResult<PyRef> {
    protocol::str_(&target(o))
}

fn mp_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let m = target(a);
    protocol::rich_compare(&m, b, op)
}

/// Cycle collector: the mapping.
pub fn mappingproxy_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on mappingproxy.
    visit(&unsafe { o.cast::<PyMappingProxy>() }.mapping);
}

fn unwrap_proxy(o: &PyObject) -> PyRef {
    if o.is_instance_of(&MAPPINGPROXY_TYPE) {
        target(o)
    } else {
        o.to_ref()
    }
}

/// `proxy | other` (either side a proxy): the `|` of the underlying
/// mappings, as CPython's `mappingproxy_or`.
fn mp_or(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    protocol::binary_op(&unwrap_proxy(a), &unwrap_proxy(b), BinOpKind::Or)
}

fn mp_ior(a: &PyObject, _b: &PyObject) -> PyResult<PyRef> {
    Err(type_error(format!("'|=' is not supported by {}; use '|' instead", a.type_().name())))
}

fn delegate_reversed(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("mappingproxy.__reversed__", &args[1..], kwnames)?;
    let m = target(args[0]);
    protocol::call_method(&m, crate::name!("__reversed__"), &[])
}
