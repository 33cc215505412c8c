//! `_contextvars` (PEP 567): `ContextVar`, `Token`, `Context`,
//! `copy_context`. A context maps variables to values in a dict; copies
//! are taken eagerly (`copy_context`), so setting a variable mutates the
//! current context's own dict (CPython shares an immutable HAMT instead:
//! same observable behaviour, iteration order aside). The current context
//! of the one thread lives in `CURRENT`, cleared at exit (`clear_current`).

use crate::object::args::{self, Params};
use crate::object::descr::new_builtin_function;
use crate::object::dict::{as_dict, dict_copy, dict_del, dict_get, dict_items, dict_keys, dict_len, dict_set, dict_set_item_str, dict_values, new_dict};
use crate::object::exceptions::{type_error, value_error, PyErr, KEY_ERROR, LOOKUP_ERROR, RUNTIME_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, method_flags, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct Context {
    ob: PyObject,
    vars: RefCell<PyRef>,
    prev: RefCell<Option<PyRef>>,
    entered: Cell<bool>,
}

#[repr(C)]
pub struct ContextVar {
    ob: PyObject,
    name: PyRef,
    default: RefCell<Option<PyRef>>,
}

#[repr(C)]
pub struct Token {
    ob: PyObject,
    ctx: RefCell<Option<PyRef>>,
    var: RefCell<Option<PyRef>>,
    /// None: the variable had no value (`Token.MISSING`).
    old: RefCell<Option<PyRef>>,
    used: Cell<bool>,
}

static CURRENT: Static<RefCell<Option<PyRef>>> = Static(RefCell::new(None));

/// Drop the current context (at interpreter exit).
pub fn clear_current() {
    let old = CURRENT.borrow_mut().take();
    drop(old);
}

static CONTEXT_METHODS: [MethodDef; 6] = [
    MethodDef { name: "run", func: ctx_run, flags: 0, doc: "Run callable in context." },
    MethodDef { name: "copy", func: ctx_copy, flags: 0, doc: "Return a shallow copy of the context object." },
    MethodDef { name: "get", func: ctx_get, flags: 0, doc: "Return the value for `key` if `key` has the value in the context object." },
    MethodDef { name: "keys", func: ctx_keys, flags: 0, doc: "Return a list of all variables in the context object." },
    MethodDef { name: "values", func: ctx_values, flags: 0, doc: "Return a list of all variables' values in the context object." },
    MethodDef { name: "items", func: ctx_items, flags: 0, doc: "Return all variables and their values in the context object." },
];

pub static CONTEXT_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::HAVE_GC),
    tp_traverse: slot(ctx_traverse),
    tp_clear: slot(ctx_clear),
    tp_drop: slot(drop_payload::<Context>),
    tp_new: slot(ctx_new),
    tp_iter: slot(ctx_iter),
    tp_richcompare: slot(ctx_richcompare),
    mp_length: slot(ctx_len),
    mp_subscript: slot(ctx_getitem),
    sq_contains: slot(ctx_contains),
    methods: &CONTEXT_METHODS,
    module: Some("_contextvars"),
    ..TypeObject::new_static("Context", std::mem::size_of::<Context>())
});

static VAR_METHODS: [MethodDef; 4] = [
    MethodDef { name: "get", func: var_get, flags: 0, doc: "Return a value for the context variable for the current context." },
    MethodDef { name: "set", func: var_set, flags: 0, doc: "Call to set a new value for the context variable in the current context." },
    MethodDef { name: "reset", func: var_reset, flags: 0, doc: "Reset the context variable." },
    MethodDef { name: "__class_getitem__", func: crate::object::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

static VAR_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "name", get: var_name, set: None, doc: "" }];

pub static CONTEXT_VAR_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::HAVE_GC),
    tp_traverse: slot(var_traverse),
    tp_clear: slot(var_clear),
    tp_drop: slot(drop_payload::<ContextVar>),
    tp_new: slot(var_new),
    tp_repr: slot(var_repr),
    methods: &VAR_METHODS,
    getsets: &VAR_GETSETS,
    module: Some("_contextvars"),
    ..TypeObject::new_static("ContextVar", std::mem::size_of::<ContextVar>())
});

static TOKEN_METHODS: [MethodDef; 1] = [MethodDef {
    name: "__class_getitem__",
    func: crate::object::genericalias::class_getitem,
    flags: method_flags::CLASS,
    doc: "See PEP 585",
}];

static TOKEN_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "var", get: token_var, set: None, doc: "" },
    GetSetDef { name: "old_value", get: token_old_value, set: None, doc: "" },
];

pub static TOKEN_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::HAVE_GC),
    tp_traverse: slot(token_traverse),
    tp_clear: slot(token_clear),
    tp_drop: slot(drop_payload::<Token>),
    tp_new: slot(token_new),
    tp_repr: slot(token_repr),
    methods: &TOKEN_METHODS,
    getsets: &TOKEN_GETSETS,
    module: Some("_contextvars"),
    ..TypeObject::new_static("Token", std::mem::size_of::<Token>())
});

/// `Token.MISSING`'s type (a singleton with repr `<Token.MISSING>`).
pub static MISSING_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(0),
    tp_repr: slot(missing_repr),
    module: Some("_contextvars"),
    ..TypeObject::new_static("Token.MISSING", std::mem::size_of::<PyObject>())
});

static MISSING: Static<PyObject> = Static(PyObject::new_static(&MISSING_TYPE.0));

fn missing_repr(_o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str("<Token.MISSING>"))
}

pub fn contextvars_types() -> [&'static TypeObject; 4] {
    [&CONTEXT_TYPE, &CONTEXT_VAR_TYPE, &TOKEN_TYPE, &MISSING_TYPE]
}

fn ctx_of(o: &PyObject) -> &Context {
    assert!(o.is_exact(&CONTEXT_TYPE), "Context method on a non-Context");
    // SAFETY: checked the exact type (Context is not subclassable).
    unsafe { o.cast::<Context>() }
}

fn var_of(o: &PyObject) -> &ContextVar {
    assert!(o.is_exact(&CONTEXT_VAR_TYPE), "ContextVar method on a non-ContextVar");
    // SAFETY: checked the exact type (ContextVar is not subclassable).
    unsafe { o.cast::<ContextVar>() }
}

fn token_of(o: &PyObject) -> &Token {
    assert!(o.is_exact(&TOKEN_TYPE), "Token method on a non-Token");
    // SAFETY: checked the exact type (Token is not subclassable).
    unsafe { o.cast::<Token>() }
}

fn new_context(vars: PyRef) -> PyRef {
    new_object(&CONTEXT_TYPE, |ob| Context { ob, vars: RefCell::new(vars), prev: RefCell::new(None), entered: Cell::new(false) })
}

/// The current context (created empty on first use).
fn current() -> PyRef {
    if let Some(c) = CURRENT.borrow().clone() {
        return c;
    }
    let c = new_context(new_dict());
    *CURRENT.borrow_mut() = Some(c.clone());
    c
}

fn vars(ctx: &PyObject) -> PyRef {
    ctx_of(ctx).vars.borrow().clone()
}

fn ctx_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let c = ctx_of(o);
    visit(&c.vars.borrow());
    if let Some(p) = c.prev.borrow().as_ref() {
        visit(p);
    }
}

fn ctx_clear(o: &PyObject) {
    let c = ctx_of(o);
    let old = c.vars.replace(new_dict());
    let prev = c.prev.borrow_mut().take();
    drop(old);
    drop(prev);
}

fn ctx_new(_t: &TypeObject, a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    if !a.is_empty() {
        return Err(type_error("Context() does not accept any arguments"));
    }
    Ok(new_context(new_dict()))
}

fn check_key(k: &PyObject) -> PyResult<()> {
    if !k.is_exact(&CONTEXT_VAR_TYPE) {
        return Err(type_error(format!("a ContextVar key was expected, got {}", protocol::repr_string(k)?)));
    }
    Ok(())
}

fn ctx_getitem(o: &PyObject, k: &PyObject) -> PyResult<PyRef> {
    check_key(k)?;
    match dict_get(&vars(o), k)? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(&KEY_ERROR, vec![k.to_ref()])),
    }
}

fn ctx_contains(o: &PyObject, k: &PyObject) -> PyResult<bool> {
    check_key(k)?;
    Ok(dict_get(&vars(o), k)?.is_some())
}

fn ctx_len(o: &PyObject) -> PyResult<usize> {
    Ok(dict_len(&vars(o)))
}

fn ctx_iter(o: &PyObject) -> PyResult<PyRef> {
    protocol::iter(&new_list(dict_keys(&vars(o))))
}

fn ctx_richcompare(a: &PyObject, b: &PyObject, op: crate::bytecode::CmpKind) -> PyResult<PyRef> {
    use crate::bytecode::CmpKind;
    if !matches!(op, CmpKind::Eq | CmpKind::Ne) || !b.is_exact(&CONTEXT_TYPE) {
        return Ok(crate::object::singletons::not_implemented());
    }
    protocol::rich_compare(&vars(a), &vars(b), op)
}

fn ctx_get(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("get", kw)?;
    args::check_positional("get", a.len() - 1, 1, 2)?;
    check_key(a[1])?;
    match dict_get(&vars(a[0]), a[1])? {
        Some(v) => Ok(v),
        None => Ok(a.get(2).map(|d| d.to_ref()).unwrap_or_else(none)),
    }
}

fn ctx_keys(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("keys", &a[1..], kw)?;
    Ok(new_list(dict_keys(&vars(a[0]))))
}

fn ctx_values(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("values", &a[1..], kw)?;
    Ok(new_list(dict_values(&vars(a[0]))))
}

fn ctx_items(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("items", &a[1..], kw)?;
    Ok(new_list(dict_items(&vars(a[0])).into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect()))
}

fn ctx_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("copy", &a[1..], kw)?;
    Ok(new_context(dict_copy(&vars(a[0]))))
}

fn ctx_run(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if a.len() - args::nkw(kw) < 2 {
        return Err(type_error("run() missing 1 required positional argument"));
    }
    let ctx = a[0];
    let c = ctx_of(ctx);
    if c.entered.get() {
        return Err(PyErr::new(
            &RUNTIME_ERROR,
            format!("cannot enter context: {} is already entered", protocol::repr_string(ctx)?),
        ));
    }
    let prev = current();
    *c.prev.borrow_mut() = Some(prev.clone());
    c.entered.set(true);
    *CURRENT.borrow_mut() = Some(ctx.to_ref());
    let r = protocol::call(a[1], &a[2..], kw);
    *CURRENT.borrow_mut() = Some(prev);
    c.entered.set(false);
    let old = c.prev.borrow_mut().take();
    drop(old);
    r
}

fn var_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    if let Some(d) = var_of(o).default.borrow().as_ref() {
        visit(d);
    }
}

fn var_clear(o: &PyObject) {
    let old = var_of(o).default.borrow_mut().take();
    drop(old);
}

fn var_new(_t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params { fname: "ContextVar", names: &["name", "default"], required: 1, posonly: 0, kwonly: 1 }.parse(a, kw, &mut out)?;
    let name = out[0].unwrap();
    if str_value(name).is_none() {
        return Err(type_error("context variable name must be a str"));
    }
    let default = out[1].map(|d| d.to_ref());
    Ok(new_object(&CONTEXT_VAR_TYPE, |ob| ContextVar { ob, name: name.to_ref(), default: RefCell::new(default) }))
}

fn var_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(var_of(o).name.clone())
}

fn var_repr(o: &PyObject) -> PyResult<PyRef> {
    let v = var_of(o);
    let mut s = format!("<ContextVar name={}", protocol::repr_string(&v.name)?);
    if let Some(d) = v.default.borrow().clone() {
        s.push_str(&format!(" default={}", protocol::repr_string(&d)?));
    }
    s.push_str(&format!(" at {:#x}>", o.as_ptr() as usize));
    Ok(new_str(s))
}

fn var_get(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("get", kw)?;
    args::check_positional("get", a.len() - 1, 0, 1)?;
    let var = a[0];
    if let Some(v) = dict_get(&vars(&current()), var)? {
        return Ok(v);
    }
    if let Some(d) = a.get(1) {
        return Ok(d.to_ref());
    }
    if let Some(d) = var_of(var).default.borrow().clone() {
        return Ok(d);
    }
    Err(PyErr::with_args(&LOOKUP_ERROR, vec![var.to_ref()]))
}

fn var_set(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let value = args::one_arg("ContextVar.set", &a[1..], kw)?;
    let var = a[0];
    let ctx = current();
    let d = vars(&ctx);
    let old = dict_get(&d, var)?;
    dict_set(&d, var, value)?;
    Ok(new_object(&TOKEN_TYPE, |ob| Token {
        ob,
        ctx: RefCell::new(Some(ctx)),
        var: RefCell::new(Some(var.to_ref())),
        old: RefCell::new(old),
        used: Cell::new(false),
    }))
}

fn var_reset(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let tok = args::one_arg("ContextVar.reset", &a[1..], kw)?;
    let var = a[0];
    if !tok.is_exact(&TOKEN_TYPE) {
        return Err(type_error(format!("expected an instance of Token, got {}", protocol::repr_string(tok)?)));
    }
    let t = token_of(tok);
    if t.used.get() {
        return Err(PyErr::new(&RUNTIME_ERROR, format!("{} has already been used once", protocol::repr_string(tok)?)));
    }
    if !t.var.borrow().as_deref().is_some_and(|v| v.is(var)) {
        return Err(value_error(format!("{} was created by a different ContextVar", protocol::repr_string(tok)?)));
    }
    let ctx = current();
    if !t.ctx.borrow().as_deref().is_some_and(|c| c.is(&ctx)) {
        return Err(value_error(format!("{} was created in a different Context", protocol::repr_string(tok)?)));
    }
    t.used.set(true);
    let d = vars(&ctx);
    match t.old.borrow().clone() {
        Some(old) => dict_set(&d, var, &old)?,
        None => {
            dict_del(&d, var)?;
        }
    }
    Ok(none())
}

fn token_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let t = token_of(o);
    for c in [&t.ctx, &t.var, &t.old] {
        if let Some(v) = c.borrow().as_ref() {
            visit(v);
        }
    }
}

fn token_clear(o: &PyObject) {
    let t = token_of(o);
    let a = t.ctx.borrow_mut().take();
    let b = t.var.borrow_mut().take();
    let c = t.old.borrow_mut().take();
    drop((a, b, c));
}

fn token_new(_t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(PyErr::new(&RUNTIME_ERROR, "Tokens can only be created by ContextVars"))
}

fn token_var(o: &PyObject) -> PyResult<PyRef> {
    Ok(token_of(o).var.borrow().clone().unwrap_or_else(none))
}

fn token_old_value(o: &PyObject) -> PyResult<PyRef> {
    Ok(token_of(o).old.borrow().clone().unwrap_or_else(|| MISSING.to_ref()))
}

fn token_repr(o: &PyObject) -> PyResult<PyRef> {
    let t = token_of(o);
    let var = t.var.borrow().clone().unwrap_or_else(none);
    Ok(new_str(format!(
        "<Token{} var={} at {:#x}>",
        if t.used.get() { " used" } else { "" },
        protocol::repr_string(&var)?,
        o.as_ptr() as usize
    )))
}

fn f_copy_context(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("copy_context", a, kw)?;
    Ok(new_context(dict_copy(&vars(&current()))))
}

static FUNCS: [MethodDef; 1] = [MethodDef { name: "copy_context", func: f_copy_context, flags: 0, doc: "" }];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_contextvars");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_contextvars");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "Context", CONTEXT_TYPE.to_ref());
    dict_set_item_str(d, "ContextVar", CONTEXT_VAR_TYPE.to_ref());
    dict_set_item_str(d, "Token", TOKEN_TYPE.to_ref());
    // Token.MISSING: a class attribute of the static type.
    let td = TOKEN_TYPE.dict.get();
    if !td.is_null() {
        // SAFETY: a readied static type's dict is a live dict object.
        let td = unsafe { &*td };
        if as_dict(td).is_some() {
            dict_set_item_str(td, "MISSING", MISSING.to_ref());
            TOKEN_TYPE.modified();
        }
    }
    Ok(m)
}
