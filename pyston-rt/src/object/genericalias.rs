//! `types.GenericAlias`: what `list[int]`, `dict[str, int]`, `tuple[int, ...]`
//! evaluate to (PEP 585). Holds `__origin__` and `__args__`; other
//! attributes are forwarded to the origin; calling it calls the origin.

use super::args;
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::new_bool;
use super::protocol;
use super::singletons::{not_implemented, ELLIPSIS};
use super::str::{new_str, str_value};
use super::tuple::{as_tuple, empty_tuple, new_tuple};
use super::typeobj::{as_type, drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::CmpKind;
use std::cell::Cell;

#[repr(C)]
pub struct PyGenericAlias {
    pub ob: PyObject,
    pub origin: PyRef,
    /// Always a tuple.
    pub args: PyRef,
}

static GA_METHODS: [MethodDef; 4] = [
    MethodDef { name: "__mro_entries__", func: ga_mro_entries, flags: 0, doc: "" },
    MethodDef { name: "__instancecheck__", func: ga_instancecheck, flags: 0, doc: "" },
    MethodDef { name: "__subclasscheck__", func: ga_subclasscheck, flags: 0, doc: "" },
    MethodDef { name: "__reduce__", func: ga_reduce, flags: 0, doc: "" },
];

static GA_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "__origin__", get: get_origin, set: None, doc: "" },
    GetSetDef { name: "__args__", get: get_args, set: None, doc: "" },
    GetSetDef { name: "__parameters__", get: get_parameters, set: None, doc: "" },
];

pub static GENERIC_ALIAS_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(ga_traverse),
    tp_drop: slot(drop_payload::<PyGenericAlias>),
    tp_repr: slot(ga_repr),
    tp_hash: slot(ga_hash),
    tp_richcompare: slot(ga_richcompare),
    tp_call: slot(ga_call),
    tp_getattro: slot(ga_getattro),
    tp_new: slot(ga_new),
    module: Some("types"),
    methods: &GA_METHODS,
    getsets: &GA_GETSETS,
    flags: Cell::new(super::typeobj::type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    doc: Some("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."),
    ..TypeObject::new_static("GenericAlias", std::mem::size_of::<PyGenericAlias>())
});

fn ga(o: &PyObject) -> &PyGenericAlias {
    assert!(o.is_instance_of(&GENERIC_ALIAS_TYPE), "GenericAlias slot on another type");
    // SAFETY: checked the type; subclasses share the layout.
    unsafe { o.cast::<PyGenericAlias>() }
}

/// `origin[args]` (a non-tuple `args` becomes a 1-tuple).
pub fn new_generic_alias(origin: &PyObject, args: &PyObject) -> PyRef {
    let args = if as_tuple(args).is_some() && args.is_exact(&super::tuple::TUPLE_TYPE) { args.to_ref() } else { new_tuple(vec![args.to_ref()]) };
    new_object(&GENERIC_ALIAS_TYPE, |ob| PyGenericAlias { ob, origin: origin.to_ref(), args })
}

/// `cls.__class_getitem__(item)` for the builtin containers.
pub fn class_getitem(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let item = args::one_arg("__class_getitem__", &a[1..], kw)?;
    Ok(new_generic_alias(a[0], item))
}

fn ga_new(_t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("GenericAlias", kw)?;
    args::check_positional("GenericAlias", a.len(), 2, 2)?;
    Ok(new_generic_alias(a[0], a[1]))
}

fn repr_item(o: &PyObject) -> PyResult<String> {
    if o.is(ELLIPSIS.obj()) {
        return Ok("...".to_string());
    }
    if o.is_instance_of(&GENERIC_ALIAS_TYPE) {
        return protocol::repr_string(o);
    }
    if let Some(t) = as_type(o) {
        let module = protocol::type_module_name(t);
        if module == "builtins" {
            return Ok(t.qualname().to_string());
        }
        return Ok(format!("{}.{}", module, t.qualname()));
    }
    protocol::repr_string(o)
}

fn ga_repr(o: &PyObject) -> PyResult<PyRef> {
    let g = ga(o);
    let mut s = repr_item(&g.origin)?;
    s.push('[');
    let items = as_tuple(&g.args).map(|t| t.items.to_vec()).unwrap_or_default();
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_item(x)?);
    }
    s.push(']');
    Ok(new_str(s))
}

fn ga_hash(o: &PyObject) -> PyResult<isize> {
    let g = ga(o);
    Ok(protocol::hash(&g.origin)? ^ protocol::hash(&g.args)?)
}

fn ga_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !b.is_instance_of(&GENERIC_ALIAS_TYPE) || !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(not_implemented());
    }
    let (x, y) = (ga(a), ga(b));
    let eq = protocol::eq_bool(&x.origin, &y.origin)? && protocol::eq_bool(&x.args, &y.args)?;
    Ok(new_bool(eq == (op == CmpKind::Eq)))
}

fn ga_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let g = ga(o);
    let r = protocol::call(&g.origin, a, kw)?;
    if let Err(e) = protocol::setattr(&r, crate::name!("__orig_class__"), o) {
        if !e.matches(&super::exceptions::ATTRIBUTE_ERROR) && !e.matches(&super::exceptions::TYPE_ERROR) {
            return Err(e);
        }
    }
    Ok(r)
}

const OWN_ATTRS: &[&str] = &["__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__class__"];

fn ga_getattro(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let n = str_value(name).unwrap_or("");
    if OWN_ATTRS.contains(&n) || !n.starts_with("__") {
        if let Some(v) = super::object_type::generic_getattr(o, name)? {
            return Ok(Some(v));
        }
    }
    if OWN_ATTRS.contains(&n) {
        return Ok(None);
    }
    protocol::getattr_opt(&ga(o).origin, name)
}

fn ga_mro_entries(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("__mro_entries__", &a[1..], kw)?;
    Ok(new_tuple(vec![ga(a[0]).origin.clone()]))
}

fn ga_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reduce__", &a[1..], kw)?;
    let g = ga(a[0]);
    Ok(new_tuple(vec![GENERIC_ALIAS_TYPE.to_ref(), new_tuple(vec![g.origin.clone(), g.args.clone()])]))
}

fn get_origin(o: &PyObject) -> PyResult<PyRef> {
    Ok(ga(o).origin.clone())
}

fn get_args(o: &PyObject) -> PyResult<PyRef> {
    Ok(ga(o).args.clone())
}

fn get_parameters(_o: &PyObject) -> PyResult<PyRef> {
    Ok(empty_tuple())
}

/// Cycle collector: origin and args.
pub fn ga_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on GenericAlias.
    let g = unsafe { o.cast::<PyGenericAlias>() };
    visit(&g.origin);
    visit(&g.args);
}

/// `isinstance(x, list[int])` is an error (CPython's `ga_instancecheck`).
fn ga_instancecheck(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(super::exceptions::type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(super::exceptions::type_error("issubclass() argument 2 cannot be a parameterized generic"))
}
