//! `_functools`: `reduce`, `cmp_to_key` (its `functools.KeyWrapper`
//! type), `partial` (`functools_partial.rs`) and `_lru_cache_wrapper`
//! (`functools_lru.rs`) with CPython's errors.

use crate::bytecode::CmpKind;
use crate::object::args::{self, Params};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::type_error;
use crate::object::header::{new_object, PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::str::new_str;
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult, Static};
use std::cell::Cell;

fn f_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("reduce", kw)?;
    args::check_positional("reduce", a.len(), 2, 3)?;
    let func = a[0];
    if !protocol::can_iter(a[1]) {
        return Err(type_error("reduce() arg 2 must support iteration"));
    }
    let it = protocol::iter(a[1])?;
    let mut acc = a.get(2).map(|v| v.to_ref());
    while let Some(x) = protocol::next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => protocol::call(func, &[&v, &x], None)?,
        });
    }
    acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

#[repr(C)]
pub struct KeyWrapper {
    ob: PyObject,
    cmp: PyRef,
    obj: Option<PyRef>,
}

static KEY_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "obj", get: key_obj, set: None, doc: "Value wrapped by a key function." }];

pub static KEY_WRAPPER_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::HAVE_GC),
    tp_traverse: slot(key_traverse),
    tp_drop: slot(drop_payload::<KeyWrapper>),
    tp_call: slot(key_call),
    tp_richcompare: slot(key_richcompare),
    getsets: &KEY_GETSETS,
    module: Some("functools"),
    ..TypeObject::new_static("KeyWrapper", std::mem::size_of::<KeyWrapper>())
});

pub fn functools_types() -> [&'static TypeObject; 3] {
    [&KEY_WRAPPER_TYPE, &super::functools_partial::PARTIAL_TYPE, &super::functools_lru::LRU_WRAPPER_TYPE]
}

fn key_of(o: &PyObject) -> &KeyWrapper {
    assert!(o.is_exact(&KEY_WRAPPER_TYPE), "KeyWrapper slot on another type");
    // SAFETY: checked the exact type (KeyWrapper is not subclassable).
    unsafe { o.cast::<KeyWrapper>() }
}

fn key_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let k = key_of(o);
    visit(&k.cmp);
    if let Some(v) = &k.obj {
        visit(v);
    }
}

fn key_obj(o: &PyObject) -> PyResult<PyRef> {
    match &key_of(o).obj {
        Some(v) => Ok(v.clone()),
        None => Err(crate::object::exceptions::PyErr::new(&crate::object::exceptions::ATTRIBUTE_ERROR, "obj")),
    }
}

fn key_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("K", &["obj"], 1).parse(a, kw, &mut out)?;
    let cmp = key_of(o).cmp.clone();
    let obj = out[0].unwrap().to_ref();
    Ok(new_object(&KEY_WRAPPER_TYPE, |ob| KeyWrapper { ob, cmp, obj: Some(obj) }))
}

fn key_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !b.is_exact(&KEY_WRAPPER_TYPE) {
        return Err(type_error("other argument must be K instance"));
    }
    let (ka, kb) = (key_of(a), key_of(b));
    let (Some(x), Some(y)) = (&ka.obj, &kb.obj) else {
        return Err(crate::object::exceptions::PyErr::new(&crate::object::exceptions::ATTRIBUTE_ERROR, "object"));
    };
    let res = protocol::call(&ka.cmp, &[x, y], None)?;
    protocol::rich_compare(&res, &new_int(0), op)
}

fn f_cmp_to_key(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("cmp_to_key", &["mycmp"], 1).parse(a, kw, &mut out)?;
    let cmp = out[0].unwrap().to_ref();
    Ok(new_object(&KEY_WRAPPER_TYPE, |ob| KeyWrapper { ob, cmp, obj: None }))
}

static FUNCS: [MethodDef; 2] = [
    MethodDef { name: "reduce", func: f_reduce, flags: 0, doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue." },
    MethodDef { name: "cmp_to_key", func: f_cmp_to_key, flags: 0, doc: "Convert a cmp= function into a key= function." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_functools");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_functools");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    super::functools_partial::add_to(&m);
    super::functools_lru::add_to(&m);
    Ok(m)
}
