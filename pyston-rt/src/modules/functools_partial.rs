//! `functools.partial` (CPython's `partial_new`/`partial_call`): nested
//! partials without an instance dict are flattened, keywords are merged at
//! call time, `__reduce__`/`__setstate__` use CPython's state tuple
//! `(func, args, keywords, dict)`, the repr is `functools.partial(...)`
//! (the subclass name for subclasses). Instances have a `__dict__` and are
//! weakly referenceable.

use crate::object::args;
use crate::object::dict::{as_dict, dict_copy, dict_items, dict_len, dict_set, new_dict};
use crate::object::exceptions::{type_error, PyErr, ATTRIBUTE_ERROR};
use crate::object::header::{new_object, PyObject, PyRef};
use crate::object::module::as_module;
use crate::object::object_type::{instance_dict, set_instance_dict};
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::tuple::{new_tuple, tuple_slice, TUPLE_TYPE};
use crate::object::typeobj::{drop_payload, method_flags, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult, Static};
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct Partial {
    ob: PyObject,
    dict: Cell<*mut PyObject>,
    weaklist: Cell<*mut PyObject>,
    func: RefCell<PyRef>,
    /// A tuple.
    args: RefCell<PyRef>,
    /// A dict (possibly empty).
    kw: RefCell<PyRef>,
}

static PARTIAL_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__reduce__", func: p_reduce, flags: 0, doc: "" },
    MethodDef { name: "__setstate__", func: p_setstate, flags: 0, doc: "" },
    MethodDef { name: "__class_getitem__", func: crate::object::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

static PARTIAL_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__dict__", get: crate::object::type_new::subtype_dict_get, set: Some(crate::object::type_new::subtype_dict_set), doc: "" },
    GetSetDef { name: "func", get: p_func, set: Some(readonly), doc: "function object to use in future partial calls" },
    GetSetDef { name: "args", get: p_args, set: Some(readonly), doc: "tuple of arguments to future partial calls" },
    GetSetDef { name: "keywords", get: p_keywords, set: Some(readonly), doc: "dictionary of keyword arguments to future partial calls" },
];

pub static PARTIAL_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAS_DICT | type_flags::HAVE_GC),
    dictoffset: Cell::new(std::mem::offset_of!(Partial, dict)),
    tp_weaklistoffset: Cell::new(std::mem::offset_of!(Partial, weaklist)),
    tp_traverse: slot(p_traverse),
    tp_clear: slot(p_clear),
    tp_drop: slot(drop_payload::<Partial>),
    tp_new: slot(p_new),
    tp_call: slot(p_call),
    tp_repr: slot(p_repr),
    tp_getattro: slot(crate::object::object_type::generic_getattr),
    tp_setattro: slot(crate::object::object_type::generic_setattr),
    methods: &PARTIAL_METHODS,
    getsets: &PARTIAL_GETSETS,
    module: Some("functools"),
    doc: Some("partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"),
    ..TypeObject::new_static("partial", std::mem::size_of::<Partial>())
});

fn of(o: &PyObject) -> &Partial {
    assert!(o.is_instance_of(&PARTIAL_TYPE), "partial slot on a non-partial");
    // SAFETY: checked the type; subclasses share the payload.
    unsafe { o.cast::<Partial>() }
}

fn readonly(_o: &PyObject, _v: Option<&PyObject>) -> PyResult<()> {
    Err(PyErr::new(&ATTRIBUTE_ERROR, "readonly attribute"))
}

fn p_func(o: &PyObject) -> PyResult<PyRef> {
    Ok(of(o).func.borrow().clone())
}

fn p_args(o: &PyObject) -> PyResult<PyRef> {
    Ok(of(o).args.borrow().clone())
}

fn p_keywords(o: &PyObject) -> PyResult<PyRef> {
    Ok(of(o).kw.borrow().clone())
}

fn p_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let p = of(o);
    visit(&p.func.borrow());
    visit(&p.args.borrow());
    visit(&p.kw.borrow());
}

fn p_clear(o: &PyObject) {
    let p = of(o);
    let f = p.func.replace(none());
    let a = p.args.replace(new_tuple(vec![]));
    let k = p.kw.replace(new_dict());
    drop((f, a, k));
}

fn is_callable(o: &PyObject) -> bool {
    o.type_().tp_call.get().is_some()
}

fn p_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwnames) = args::split(a, kw);
    let Some(first) = pos.first() else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    let mut func = first.to_ref();
    let mut pargs: Vec<PyRef> = Vec::new();
    let mut pkw: Option<PyRef> = None;
    // Flatten a partial (called through our call slot) without a dict.
    if func.type_().tp_call.get().map(|f| f as *const () as usize) == Some(p_call as *const () as usize) {
        let inner = of(&func);
        let no_dict = instance_dict(&func).is_none_or(|d| dict_len(d) == 0);
        if no_dict {
            pargs = tuple_slice(&inner.args.borrow()).expect("tuple").to_vec();
            pkw = Some(inner.kw.borrow().clone());
            let f = inner.func.borrow().clone();
            func = f;
        }
    }
    if !is_callable(&func) {
        return Err(type_error("the first argument must be callable"));
    }
    pargs.extend(pos[1..].iter().map(|p| p.to_ref()));
    let kwd = match pkw {
        Some(d) => dict_copy(&d),
        None => new_dict(),
    };
    for (k, v) in kwnames.iter().zip(kwvals.iter()) {
        dict_set(&kwd, k, v)?;
    }
    Ok(new_object(t, |ob| Partial {
        ob,
        dict: Cell::new(std::ptr::null_mut()),
        weaklist: Cell::new(std::ptr::null_mut()),
        func: RefCell::new(func),
        args: RefCell::new(new_tuple(pargs)),
        kw: RefCell::new(kwd),
    }))
}

fn p_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let p = of(o);
    let func = p.func.borrow().clone();
    let stored = p.args.borrow().clone();
    let pkw = p.kw.borrow().clone();
    let (pos, kwvals, kwnames) = args::split(a, kw);
    let mut argv: Vec<&PyObject> = tuple_slice(&stored).expect("tuple").iter().map(|x| &**x).collect();
    argv.extend_from_slice(pos);
    if dict_len(&pkw) == 0 {
        argv.extend_from_slice(kwvals);
        return protocol::call(&func, &argv, kw.filter(|_| !kwnames.is_empty()));
    }
    let merged = dict_copy(&pkw);
    for (k, v) in kwnames.iter().zip(kwvals.iter()) {
        dict_set(&merged, k, v)?;
    }
    let (names, values): (Vec<PyRef>, Vec<PyRef>) = dict_items(&merged).into_iter().unzip();
    argv.extend(values.iter().map(|v| &**v));
    let names = new_tuple(names);
    protocol::call(&func, &argv, Some(&names))
}

fn p_repr(o: &PyObject) -> PyResult<PyRef> {
    let t = o.type_();
    let name = if std::ptr::eq(t, &PARTIAL_TYPE.0) { "functools.partial".to_string() } else { t.name().to_string() };
    let Some(_guard) = crate::object::reprguard::ReprGuard::enter(o) else {
        return Ok(new_str("..."));
    };
    let p = of(o);
    let func = p.func.borrow().clone();
    let stored = p.args.borrow().clone();
    let kwd = p.kw.borrow().clone();
    let mut s = protocol::repr_string(&func)?;
    for x in tuple_slice(&stored).expect("tuple") {
        s.push_str(", ");
        s.push_str(&protocol::repr_string(x)?);
    }
    for (k, v) in dict_items(&kwd) {
        s.push_str(&format!(", {}={}", protocol::str_string(&k)?, protocol::repr_string(&v)?));
    }
    Ok(new_str(format!("{}({})", name, s)))
}

fn p_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reduce__", &a[1..], kw)?;
    let o = a[0];
    let p = of(o);
    let func = p.func.borrow().clone();
    let dict = match instance_dict(o) {
        Some(d) => d.to_ref(),
        None => none(),
    };
    let state = new_tuple(vec![func.clone(), p.args.borrow().clone(), p.kw.borrow().clone(), dict]);
    Ok(new_tuple(vec![o.type_().to_ref(), new_tuple(vec![func]), state]))
}

fn p_setstate(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let state = args::one_arg("__setstate__", &a[1..], kw)?;
    let o = a[0];
    let invalid = || type_error("invalid partial state");
    let Some(items) = tuple_slice(state).filter(|_| state.is_instance_of(&TUPLE_TYPE)) else {
        return Err(invalid());
    };
    let [func, fnargs, kwd, dict] = items else {
        return Err(invalid());
    };
    if !is_callable(func) || !fnargs.is_instance_of(&TUPLE_TYPE) || (!is_none(kwd) && as_dict(kwd).is_none()) {
        return Err(invalid());
    }
    let fnargs = if fnargs.is_exact(&TUPLE_TYPE) { fnargs.clone() } else { new_tuple(tuple_slice(fnargs).expect("tuple").to_vec()) };
    let kwd = if is_none(kwd) {
        new_dict()
    } else if kwd.is_exact(&crate::object::dict::DICT_TYPE) {
        kwd.clone()
    } else {
        dict_copy(kwd)
    };
    let p = of(o);
    let old = (p.func.replace(func.clone()), p.args.replace(fnargs), p.kw.replace(kwd));
    drop(old);
    if is_none(dict) {
        set_instance_dict(o, new_dict())?;
    } else {
        set_instance_dict(o, dict.clone())?;
    }
    Ok(none())
}

pub fn add_to(m: &PyObject) {
    if let Some(md) = as_module(m) {
        crate::object::dict::dict_set_item_str(md.dict(), "partial", PARTIAL_TYPE.to_ref());
    }
}
