//! The native `_collections` module: `defaultdict` (a static subtype of
//! `dict` whose `__missing__` calls `default_factory`) and `deque`
//! (`collections_deque.rs`). `collections/__init__.py` from the host
//! standard library imports them; its other helpers (`OrderedDict`,
//! `_count_elements`, `_tuplegetter`) have pure-Python fallbacks there.

use crate::object::args;
use crate::object::dict::{dict_items, dict_set, DICT_TYPE, PyDict};
use crate::object::dict_methods::{dict_init, dict_repr};
use crate::object::dict_methods::dict_new;
use crate::object::dict::as_dict;
use crate::object::exceptions::{key_error, type_error};
use crate::object::header::{PyObject, PyRef, Static};
use crate::object::module::{as_module, new_module};
use crate::object::protocol;
use crate::object::reprguard::ReprGuard;
use crate::object::sequtil::RefSlot;
use crate::object::singletons::{is_none, none, not_implemented};
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, method_flags, nb_slots, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::dict::dict_set_item_str;
use crate::object::PyResult;
use crate::bytecode::BinOpKind;
use std::cell::Cell;

#[repr(C)]
pub struct PyDefaultDict {
    dict: PyDict,
    default_factory: RefSlot,
}

static DEFAULTDICT_METHODS: [MethodDef; 5] = [
    MethodDef { name: "__missing__", func: dd_missing, flags: 0, doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value" },
    MethodDef { name: "copy", func: dd_copy, flags: 0, doc: "D.copy() -> a shallow copy of D." },
    MethodDef { name: "__copy__", func: dd_copy, flags: 0, doc: "D.copy() -> a shallow copy of D." },
    MethodDef { name: "__reduce__", func: dd_reduce, flags: 0, doc: "Return state information for pickling." },
    MethodDef { name: "__class_getitem__", func: crate::object::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

static DEFAULTDICT_GETSETS: [GetSetDef; 1] = [GetSetDef {
    name: "default_factory",
    get: dd_get_factory,
    set: Some(dd_set_factory),
    doc: "Factory for default value called by __missing__().",
}];

fn dd_get_factory(o: &PyObject) -> PyResult<PyRef> {
    Ok(dd(o).default_factory.get().unwrap_or_else(none))
}

fn dd_set_factory(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    dd(o).default_factory.set(v.filter(|f| !is_none(f)).map(|f| f.to_ref()));
    Ok(())
}

pub static DEFAULTDICT_TYPE: Static<TypeObject> = Static(TypeObject {
    base: Cell::new(&DICT_TYPE as *const Static<TypeObject> as *mut TypeObject),
    flags: Cell::new(type_flags::BASETYPE | type_flags::DICT_SUBCLASS | type_flags::HAVE_GC),
    tp_drop: slot(drop_payload::<PyDefaultDict>),
    tp_traverse: slot(dd_traverse),
    tp_clear: slot(dd_clear),
    tp_repr: slot(dd_repr),
    tp_new: slot(dict_new),
    tp_init: slot(dd_init),
    nb: nb_slots(&[(BinOpKind::Or, dd_or)]),
    methods: &DEFAULTDICT_METHODS,
    getsets: &DEFAULTDICT_GETSETS,
    module: Some("collections"),
    doc: Some("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n"),
    ..TypeObject::new_static("defaultdict", std::mem::size_of::<PyDefaultDict>())
});

fn dd(o: &PyObject) -> &PyDefaultDict {
    assert!(o.is_instance_of(&DEFAULTDICT_TYPE), "defaultdict method on another type");
    // SAFETY: checked the type; subclasses extend this payload.
    unsafe { o.cast::<PyDefaultDict>() }
}

fn dd_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let (factory, rest) = match a.len() - args::nkw(kw) {
        0 => (None, a),
        _ => (Some(a[0]), &a[1..]),
    };
    if let Some(f) = factory {
        if !is_none(f) && f.type_().tp_call.get().is_none() {
            return Err(type_error("first argument must be callable or None"));
        }
    }
    dd(o).default_factory.set(factory.filter(|f| !is_none(f)).map(|f| f.to_ref()));
    dict_init(o, rest, kw)
}

fn dd_missing(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let key = args::one_arg("__missing__", &a[1..], kw)?;
    let Some(factory) = dd(a[0]).default_factory.get() else {
        return Err(key_error(key));
    };
    let value = protocol::call0(&factory)?;
    protocol::setitem(a[0], key, &value)?;
    Ok(value)
}

/// `type(self)(self.default_factory, self)`.
fn dd_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("copy", &a[1..], kw)?;
    let factory = dd(a[0]).default_factory.get().unwrap_or_else(none);
    protocol::call(a[0].type_().obj(), &[&factory, a[0]], None)
}

fn dd_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reduce__", &a[1..], kw)?;
    let factory = dd(a[0]).default_factory.get();
    let ctor_args = match factory {
        Some(f) => new_tuple(vec![f]),
        None => new_tuple(vec![]),
    };
    let items = protocol::call_method(a[0], crate::name!("items"), &[])?;
    Ok(new_tuple(vec![a[0].type_().obj().to_ref(), ctor_args, none(), none(), protocol::iter(&items)?]))
}

fn dd_repr(o: &PyObject) -> PyResult<PyRef> {
    let base = dict_repr(o)?;
    let base = crate::object::str::str_value(&base).unwrap_or("").to_string();
    let factory = match dd(o).default_factory.get() {
        None => "None".to_string(),
        Some(f) => match ReprGuard::enter(&f) {
            Some(_g) => protocol::repr_string(&f)?,
            None => "...".to_string(),
        },
    };
    Ok(new_str(format!("{}({}, {})", o.type_().name(), factory, base)))
}

/// `a | b` where either is a defaultdict: a copy of the defaultdict side
/// (keeping its factory) updated with the other.
fn dd_or(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(not_implemented());
    }
    let (left_dd, other, reflected) =
        if a.is_instance_of(&DEFAULTDICT_TYPE) { (a, b, false) } else { (b, a, true) };
    let factory = dd(left_dd).default_factory.get().unwrap_or_else(none);
    let source = if reflected { other } else { left_dd };
    let n = protocol::call(left_dd.type_().obj(), &[&factory, source], None)?;
    let update = if reflected { left_dd } else { other };
    for (k, v) in dict_items(update) {
        dict_set(&n, &k, &v)?;
    }
    Ok(n)
}

/// The dict's entries and the factory.
fn dd_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    crate::object::dict::dict_traverse(o, visit);
    if let Some(f) = dd(o).default_factory.peek() {
        visit(f);
    }
}

fn dd_clear(o: &PyObject) {
    dd(o).default_factory.clear();
    crate::object::dict::dict_gc_clear(o);
}

pub fn collections_types() -> Vec<&'static TypeObject> {
    let mut v: Vec<&'static TypeObject> = vec![&DEFAULTDICT_TYPE];
    v.extend(super::collections_deque::deque_types());
    v
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_collections");
    let d = as_module(&m).expect("module").dict();
    dict_set_item_str(d, "defaultdict", DEFAULTDICT_TYPE.to_ref());
    dict_set_item_str(d, "deque", super::collections_deque::DEQUE_TYPE.to_ref());
    Ok(m)
}
