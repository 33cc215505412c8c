//! `_operator`: the native functions `operator.py` re-exports (`from
//! _operator import *`): the operator functions over the abstract protocol,
//! `itemgetter`/`attrgetter`/`methodcaller` with CPython's reprs, errors
//! and `__reduce__`, and `_compare_digest`. `length_hint` is left to
//! `operator.py`'s own definition.

use crate::bytecode::{BinOpKind, CmpKind, UnaryKind};
use crate::object::args;
use crate::object::descr::new_builtin_function;
use crate::object::dict::{dict_items, dict_set_item_str};
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef};
use crate::object::int::{new_bool, new_int};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::{intern, new_str, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{drop_payload, slot, type_flags, MethodDef, TypeObject};
use crate::object::{protocol, PyResult, Static};
use std::cell::Cell;

macro_rules! binary {
    ($($f:ident = $name:literal => $kind:expr;)*) => {
        $(fn $f(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
            args::no_kwargs($name, kw)?;
            args::check_positional($name, a.len(), 2, 2)?;
            protocol::binary_op(a[0], a[1], $kind)
        })*
    };
}

binary! {
    op_add = "add" => BinOpKind::Add;
    op_sub = "sub" => BinOpKind::Sub;
    op_mul = "mul" => BinOpKind::Mul;
    op_matmul = "matmul" => BinOpKind::MatMul;
    op_truediv = "truediv" => BinOpKind::TrueDiv;
    op_floordiv = "floordiv" => BinOpKind::FloorDiv;
    op_mod = "mod" => BinOpKind::Mod;
    op_pow = "pow" => BinOpKind::Pow;
    op_lshift = "lshift" => BinOpKind::LShift;
    op_rshift = "rshift" => BinOpKind::RShift;
    op_and = "and_" => BinOpKind::And;
    op_or = "or_" => BinOpKind::Or;
    op_xor = "xor" => BinOpKind::Xor;
    op_iadd = "iadd" => BinOpKind::IAdd;
    op_isub = "isub" => BinOpKind::ISub;
    op_imul = "imul" => BinOpKind::IMul;
    op_imatmul = "imatmul" => BinOpKind::IMatMul;
    op_itruediv = "itruediv" => BinOpKind::ITrueDiv;
    op_ifloordiv = "ifloordiv" => BinOpKind::IFloorDiv;
    op_imod = "imod" => BinOpKind::IMod;
    op_ipow = "ipow" => BinOpKind::IPow;
    op_ilshift = "ilshift" => BinOpKind::ILShift;
    op_irshift = "irshift" => BinOpKind::IRShift;
    op_iand = "iand" => BinOpKind::IAnd;
    op_ior = "ior" => BinOpKind::IOr;
    op_ixor = "ixor" => BinOpKind::IXor;
}

macro_rules! compare {
    ($($f:ident = $name:literal => $kind:expr;)*) => {
        $(fn $f(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
            args::no_kwargs($name, kw)?;
            args::check_positional($name, a.len(), 2, 2)?;
            protocol::rich_compare(a[0], a[1], $kind)
        })*
    };
}

compare! {
    op_lt = "lt" => CmpKind::Lt;
    op_le = "le" => CmpKind::Le;
    op_eq = "eq" => CmpKind::Eq;
    op_ne = "ne" => CmpKind::Ne;
    op_gt = "gt" => CmpKind::Gt;
    op_ge = "ge" => CmpKind::Ge;
}

fn one<'a>(name: &str, a: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<&'a PyObject> {
    args::one_arg(&format!("_operator.{}", name), a, kw)
}

fn two(name: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    args::no_kwargs(name, kw)?;
    args::check_positional(name, a.len(), 2, 2)
}

fn op_neg(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::unary_op(one("neg", a, kw)?, UnaryKind::Neg)
}

fn op_pos(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::unary_op(one("pos", a, kw)?, UnaryKind::Pos)
}

fn op_inv(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::unary_op(one("inv", a, kw)?, UnaryKind::Invert)
}

fn op_invert(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::unary_op(one("invert", a, kw)?, UnaryKind::Invert)
}

fn op_abs(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one("abs", a, kw)?;
    super::builtins_funcs::builtin_abs(&[o], None)
}

fn op_index(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::index(one("index", a, kw)?)
}

fn op_not(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(!protocol::is_true(one("not_", a, kw)?)?))
}

fn op_truth(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(protocol::is_true(one("truth", a, kw)?)?))
}

fn op_is(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("is_", a, kw)?;
    Ok(new_bool(a[0].is(a[1])))
}

fn op_is_not(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("is_not", a, kw)?;
    Ok(new_bool(!a[0].is(a[1])))
}

fn op_contains(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("contains", a, kw)?;
    Ok(new_bool(protocol::contains(a[0], a[1])?))
}

/// Iterate `seq` comparing items with `obj` (identity, then `==`).
fn search(seq: &PyObject, obj: &PyObject, mut each: impl FnMut(usize) -> bool) -> PyResult<()> {
    if !protocol::can_iter(seq) {
        return Err(type_error(format!("argument of type '{}' is not iterable", seq.type_().name())));
    }
    let it = protocol::iter(seq)?;
    let mut i = 0;
    while let Some(x) = protocol::next(&it)? {
        if protocol::rich_compare_bool(&x, obj, CmpKind::Eq)? && each(i) {
            return Ok(());
        }
        i += 1;
    }
    Ok(())
}

fn op_count_of(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("countOf", a, kw)?;
    let mut n = 0i64;
    search(a[0], a[1], |_| {
        n += 1;
        false
    })?;
    Ok(new_int(n))
}

fn op_index_of(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("indexOf", a, kw)?;
    let mut found = None;
    search(a[0], a[1], |i| {
        found = Some(i);
        true
    })?;
    match found {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("sequence.index(x): x not in sequence")),
    }
}

fn op_concat(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("concat", a, kw)?;
    let t = a[0].type_();
    let is_seq = t.sq_concat.get().is_some() || protocol::getattr_opt(t.obj(), &intern("__getitem__"))?.is_some();
    if !is_seq {
        return Err(type_error(format!("'{}' object can't be concatenated", t.name())));
    }
    protocol::binary_op(a[0], a[1], BinOpKind::Add)
}

fn op_iconcat(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("iconcat", a, kw)?;
    let t = a[0].type_();
    let is_seq = t.sq_concat.get().is_some() || protocol::getattr_opt(t.obj(), &intern("__getitem__"))?.is_some();
    if !is_seq {
        return Err(type_error(format!("'{}' object can't be concatenated", t.name())));
    }
    protocol::binary_op(a[0], a[1], BinOpKind::IAdd)
}

fn op_getitem(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("getitem", a, kw)?;
    protocol::getitem(a[0], a[1])
}

fn op_setitem(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("setitem", kw)?;
    args::check_positional("setitem", a.len(), 3, 3)?;
    protocol::setitem(a[0], a[1], a[2])?;
    Ok(none())
}

fn op_delitem(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("delitem", a, kw)?;
    protocol::delitem(a[0], a[1])?;
    Ok(none())
}

/// `_compare_digest(a, b)`: equality in time independent of where the
/// inputs differ (ASCII str or bytes-like).
pub(crate) fn op_compare_digest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    two("_compare_digest", a, kw)?;
    let (x, y): (&[u8], &[u8]) = match (str_value(a[0]), str_value(a[1])) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (x.as_bytes(), y.as_bytes())
        }
        _ => {
            let bb = |o: &PyObject| str_value(o).is_none() && crate::object::bytes::buffer_bytes(o).is_some();
            if !bb(a[0]) && !bb(a[1]) {
                return Err(type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    a[0].type_().name(),
                    a[1].type_().name()
                )));
            }
            (crate::object::bytes::expect_buffer(a[0])?, crate::object::bytes::expect_buffer(a[1])?)
        }
    };
    let mut diff = (x.len() != y.len()) as u8;
    for (i, &c) in y.iter().enumerate() {
        diff |= c ^ x.get(i).copied().unwrap_or(c ^ 0xff);
    }
    Ok(new_bool(diff == 0))
}

// ---- itemgetter / attrgetter / methodcaller ----

/// The three callable types share one payload: the arguments they were
/// built from (a tuple) and, for methodcaller, the keyword arguments.
#[repr(C)]
pub struct Getter {
    ob: PyObject,
    /// itemgetter: the items; attrgetter: the attribute names;
    /// methodcaller: (name, *args).
    args: PyRef,
    /// attrgetter: each name split on dots (tuples of interned str).
    paths: Vec<Vec<PyRef>>,
    kwargs: Option<PyRef>,
}

fn getter_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let g = getter_of(o);
    visit(&g.args);
    if let Some(k) = &g.kwargs {
        visit(k);
    }
}

fn getter_of(o: &PyObject) -> &Getter {
    // SAFETY: only installed on the three getter types, which share the
    // `Getter` payload and cannot be subclassed.
    unsafe { o.cast::<Getter>() }
}

static REDUCE_METHODS: [MethodDef; 1] = [MethodDef { name: "__reduce__", func: getter_reduce, flags: 0, doc: "Return state information for pickling" }];

macro_rules! getter_type {
    ($static:ident, $name:literal, $new:ident, $call:ident) => {
        pub static $static: Static<TypeObject> = Static(TypeObject {
            flags: Cell::new(type_flags::HAVE_GC),
            tp_traverse: slot(getter_traverse),
            tp_drop: slot(drop_payload::<Getter>),
            tp_new: slot($new),
            tp_call: slot($call),
            tp_repr: slot(getter_repr),
            methods: &REDUCE_METHODS,
            module: Some("operator"),
            ..TypeObject::new_static($name, std::mem::size_of::<Getter>())
        });
    };
}

getter_type!(ITEMGETTER_TYPE, "itemgetter", itemgetter_new, itemgetter_call);
getter_type!(ATTRGETTER_TYPE, "attrgetter", attrgetter_new, attrgetter_call);
getter_type!(METHODCALLER_TYPE, "methodcaller", methodcaller_new, methodcaller_call);

pub fn operator_types() -> [&'static TypeObject; 3] {
    [&ITEMGETTER_TYPE, &ATTRGETTER_TYPE, &METHODCALLER_TYPE]
}

fn new_getter(t: &TypeObject, args: PyRef, paths: Vec<Vec<PyRef>>, kwargs: Option<PyRef>) -> PyRef {
    new_object(t, |ob| Getter { ob, args, paths, kwargs })
}

fn itemgetter_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("itemgetter", kw)?;
    if a.is_empty() {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(new_getter(t, crate::object::tuple::tuple_from(a), vec![], None))
}

fn call_arg<'a>(name: &str, a: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<&'a PyObject> {
    args::no_kwargs(name, kw)?;
    args::check_positional(name, a.len(), 1, 1)?;
    Ok(a[0])
}

fn itemgetter_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let obj = call_arg("itemgetter", a, kw)?;
    let items = tuple_slice(&getter_of(o).args).expect("tuple");
    if items.len() == 1 {
        return protocol::getitem(obj, &items[0]);
    }
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(protocol::getitem(obj, it)?);
    }
    Ok(new_tuple(out))
}

fn attrgetter_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("attrgetter", kw)?;
    if a.is_empty() {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(a.len());
    for n in a {
        let Some(s) = str_value(n).filter(|_| n.is_instance_of(&crate::object::str::STR_TYPE)) else {
            return Err(type_error("attribute name must be a string"));
        };
        paths.push(s.split('.').map(intern).collect());
    }
    Ok(new_getter(t, crate::object::tuple::tuple_from(a), paths, None))
}

fn attrgetter_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let obj = call_arg("attrgetter", a, kw)?;
    let g = getter_of(o);
    let get = |path: &Vec<PyRef>| -> PyResult<PyRef> {
        let mut v = obj.to_ref();
        for n in path {
            v = protocol::getattr(&v, n)?;
        }
        Ok(v)
    };
    if g.paths.len() == 1 {
        return get(&g.paths[0]);
    }
    let mut out = Vec::with_capacity(g.paths.len());
    for p in &g.paths {
        out.push(get(p)?);
    }
    Ok(new_tuple(out))
}

fn methodcaller_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwnames) = args::split(a, kw);
    if pos.is_empty() {
        return Err(type_error("methodcaller needs at least one argument, the method name"));
    }
    if !pos[0].is_instance_of(&crate::object::str::STR_TYPE) {
        return Err(type_error("method name must be a string"));
    }
    let name = intern(str_value(pos[0]).expect("str"));
    let mut items = vec![name];
    items.extend(pos[1..].iter().map(|p| p.to_ref()));
    let kwargs = if kwnames.is_empty() {
        None
    } else {
        let d = crate::object::dict::new_dict();
        for (k, v) in kwnames.iter().zip(kwvals.iter()) {
            crate::object::dict::dict_set(&d, k, v)?;
        }
        Some(d)
    };
    Ok(new_getter(t, new_tuple(items), vec![], kwargs))
}

fn methodcaller_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let obj = call_arg("methodcaller", a, kw)?;
    let g = getter_of(o);
    let items = tuple_slice(&g.args).expect("tuple");
    let method = protocol::getattr(obj, &items[0])?;
    let mut argv: Vec<&PyObject> = items[1..].iter().map(|p| &**p).collect();
    let (kwn, kwv): (Vec<PyRef>, Vec<PyRef>) = match &g.kwargs {
        Some(d) => dict_items(d).into_iter().unzip(),
        None => (vec![], vec![]),
    };
    argv.extend(kwv.iter().map(|v| &**v));
    let names = if kwn.is_empty() { None } else { Some(new_tuple(kwn)) };
    protocol::call(&method, &argv, names.as_deref())
}

fn getter_repr(o: &PyObject) -> PyResult<PyRef> {
    let name = o.type_().name();
    let Some(_guard) = crate::object::reprguard::ReprGuard::enter(o) else {
        return Ok(new_str(format!("operator.{}(...)", name)));
    };
    let g = getter_of(o);
    let items = tuple_slice(&g.args).expect("tuple");
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(protocol::repr_string(it)?);
    }
    if let Some(d) = &g.kwargs {
        for (k, v) in dict_items(d) {
            parts.push(format!("{}={}", str_value(&k).unwrap_or("?"), protocol::repr_string(&v)?));
        }
    }
    Ok(new_str(format!("operator.{}({})", name, parts.join(", "))))
}

fn getter_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reduce__", &a[1..], kw)?;
    let o = a[0];
    let g = getter_of(o);
    let t = o.type_().to_ref();
    match &g.kwargs {
        None => Ok(new_tuple(vec![t, g.args.clone()])),
        Some(d) => {
            // (partial(methodcaller, name, **kwargs), args)
            let functools = crate::import::import_absolute("functools")?;
            let partial = protocol::getattr_str(&functools, "partial")?;
            let items = tuple_slice(&g.args).expect("tuple");
            let (kwn, kwv): (Vec<PyRef>, Vec<PyRef>) = dict_items(d).into_iter().unzip();
            let mut argv: Vec<&PyObject> = vec![&t, &items[0]];
            argv.extend(kwv.iter().map(|v| &**v));
            let p = protocol::call(&partial, &argv, Some(&new_tuple(kwn)))?;
            Ok(new_tuple(vec![p, new_tuple(items[1..].to_vec())]))
        }
    }
}

static FUNCS: [MethodDef; 51] = [
    MethodDef { name: "lt", func: op_lt, flags: 0, doc: "Same as a < b." },
    MethodDef { name: "le", func: op_le, flags: 0, doc: "Same as a <= b." },
    MethodDef { name: "eq", func: op_eq, flags: 0, doc: "Same as a == b." },
    MethodDef { name: "ne", func: op_ne, flags: 0, doc: "Same as a != b." },
    MethodDef { name: "ge", func: op_ge, flags: 0, doc: "Same as a >= b." },
    MethodDef { name: "gt", func: op_gt, flags: 0, doc: "Same as a > b." },
    MethodDef { name: "not_", func: op_not, flags: 0, doc: "Same as not a." },
    MethodDef { name: "truth", func: op_truth, flags: 0, doc: "Return True if a is true, False otherwise." },
    MethodDef { name: "is_", func: op_is, flags: 0, doc: "Same as a is b." },
    MethodDef { name: "is_not", func: op_is_not, flags: 0, doc: "Same as a is not b." },
    MethodDef { name: "abs", func: op_abs, flags: 0, doc: "Same as abs(a)." },
    MethodDef { name: "add", func: op_add, flags: 0, doc: "Same as a + b." },
    MethodDef { name: "and_", func: op_and, flags: 0, doc: "Same as a & b." },
    MethodDef { name: "floordiv", func: op_floordiv, flags: 0, doc: "Same as a // b." },
    MethodDef { name: "index", func: op_index, flags: 0, doc: "Same as a.__index__()" },
    MethodDef { name: "inv", func: op_inv, flags: 0, doc: "Same as ~a." },
    MethodDef { name: "invert", func: op_invert, flags: 0, doc: "Same as ~a." },
    MethodDef { name: "lshift", func: op_lshift, flags: 0, doc: "Same as a << b." },
    MethodDef { name: "mod", func: op_mod, flags: 0, doc: "Same as a % b." },
    MethodDef { name: "mul", func: op_mul, flags: 0, doc: "Same as a * b." },
    MethodDef { name: "matmul", func: op_matmul, flags: 0, doc: "Same as a @ b." },
    MethodDef { name: "neg", func: op_neg, flags: 0, doc: "Same as -a." },
    MethodDef { name: "or_", func: op_or, flags: 0, doc: "Same as a | b." },
    MethodDef { name: "pos", func: op_pos, flags: 0, doc: "Same as +a." },
    MethodDef { name: "pow", func: op_pow, flags: 0, doc: "Same as a ** b." },
    MethodDef { name: "rshift", func: op_rshift, flags: 0, doc: "Same as a >> b." },
    MethodDef { name: "sub", func: op_sub, flags: 0, doc: "Same as a - b." },
    MethodDef { name: "truediv", func: op_truediv, flags: 0, doc: "Same as a / b." },
    MethodDef { name: "xor", func: op_xor, flags: 0, doc: "Same as a ^ b." },
    MethodDef { name: "concat", func: op_concat, flags: 0, doc: "Same as a + b, for a and b sequences." },
    MethodDef { name: "contains", func: op_contains, flags: 0, doc: "Same as b in a (note reversed operands)." },
    MethodDef { name: "countOf", func: op_count_of, flags: 0, doc: "Return the number of items in a which are, or which equal, b." },
    MethodDef { name: "delitem", func: op_delitem, flags: 0, doc: "Same as del a[b]." },
    MethodDef { name: "getitem", func: op_getitem, flags: 0, doc: "Same as a[b]." },
    MethodDef { name: "indexOf", func: op_index_of, flags: 0, doc: "Return the first index of b in a." },
    MethodDef { name: "setitem", func: op_setitem, flags: 0, doc: "Same as a[b] = c." },
    MethodDef { name: "iadd", func: op_iadd, flags: 0, doc: "Same as a += b." },
    MethodDef { name: "iand", func: op_iand, flags: 0, doc: "Same as a &= b." },
    MethodDef { name: "iconcat", func: op_iconcat, flags: 0, doc: "Same as a += b, for a and b sequences." },
    MethodDef { name: "ifloordiv", func: op_ifloordiv, flags: 0, doc: "Same as a //= b." },
    MethodDef { name: "ilshift", func: op_ilshift, flags: 0, doc: "Same as a <<= b." },
    MethodDef { name: "imod", func: op_imod, flags: 0, doc: "Same as a %= b." },
    MethodDef { name: "imul", func: op_imul, flags: 0, doc: "Same as a *= b." },
    MethodDef { name: "imatmul", func: op_imatmul, flags: 0, doc: "Same as a @= b." },
    MethodDef { name: "ior", func: op_ior, flags: 0, doc: "Same as a |= b." },
    MethodDef { name: "ipow", func: op_ipow, flags: 0, doc: "Same as a **= b." },
    MethodDef { name: "irshift", func: op_irshift, flags: 0, doc: "Same as a >>= b." },
    MethodDef { name: "isub", func: op_isub, flags: 0, doc: "Same as a -= b." },
    MethodDef { name: "itruediv", func: op_itruediv, flags: 0, doc: "Same as a /= b." },
    MethodDef { name: "ixor", func: op_ixor, flags: 0, doc: "Same as a ^= b." },
    MethodDef { name: "_compare_digest", func: op_compare_digest, flags: 0, doc: "Return 'a == b'." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_operator");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_operator");
    // operator.py defines the dunder aliases (`__add__ = add`) itself.
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "itemgetter", ITEMGETTER_TYPE.to_ref());
    dict_set_item_str(d, "attrgetter", ATTRGETTER_TYPE.to_ref());
    dict_set_item_str(d, "methodcaller", METHODCALLER_TYPE.to_ref());
    dict_set_item_str(
        d,
        "__doc__",
        new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."),
    );
    Ok(m)
}
