//! The abstract object protocol: what `hash(x)`, `repr(x)`, `a + b`,
//! `a < b`, `x.y`, `f(...)`, `iter(x)`, `x[k]`, `len(x)`, `bool(x)` mean.
//! Every tier and every builtin goes through these functions; each one
//! dispatches on the type's slots and produces CPython's error messages.

use super::exceptions::{attribute_error, type_error, PyErr};
use super::header::{PyObject, PyRef};
use super::int::{as_int, new_bool, FALSE, TRUE};
use super::singletons::{is_none, is_not_implemented, NONE};
use super::str::{new_str, STR_TYPE};
use super::typeobj::TypeObject;
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};

/// `hash(o)`
#[inline]
pub fn hash(o: &PyObject) -> PyResult<isize> {
    if o.is_exact(&STR_TYPE) {
        return Ok(super::str::str_hash(o));
    }
    match o.type_().tp_hash.get() {
        Some(f) => f(o),
        None => Err(type_error(format!("unhashable type: '{}'", o.type_().tp_name()))),
    }
}

/// The default `repr`: `<module.Name object at 0x...>`.
pub fn default_repr(o: &PyObject) -> String {
    let t = o.type_();
    let module = type_module_name(t);
    if module == "builtins" {
        format!("<{} object at {:#x}>", t.qualname(), o as *const PyObject as usize)
    } else {
        format!("<{}.{} object at {:#x}>", module, t.qualname(), o as *const PyObject as usize)
    }
}

/// `__module__` of a type as text.
pub fn type_module_name(t: &TypeObject) -> String {
    if t.is_heap_type() {
        if let Some(m) = super::dict::dict_get_str(t.dict(), crate::name!("__module__")) {
            if let Some(s) = super::str::str_value(m) {
                return s.to_string();
            }
        }
        return "builtins".to_string();
    }
    t.module.unwrap_or("builtins").to_string()
}

/// `repr(o)` (always a str).
pub fn repr(o: &PyObject) -> PyResult<PyRef> {
    let r = match o.type_().tp_repr.get() {
        Some(f) => {
            crate::runtime::enter_recursive_call(" while getting the repr of an object")?;
            let r = f(o);
            crate::runtime::leave_recursive_call();
            r?
        }
        None => return Ok(new_str(default_repr(o))),
    };
    if super::str::as_pystr(&r).is_none() {
        return Err(type_error(format!("__repr__ returned non-string (type {})", r.type_().name())));
    }
    Ok(r)
}

/// `str(o)` (always a str).
pub fn str_(o: &PyObject) -> PyResult<PyRef> {
    if o.is_exact(&STR_TYPE) {
        return Ok(o.to_ref());
    }
    let r = match o.type_().tp_str.get() {
        Some(f) => f(o)?,
        None => return repr(o),
    };
    if super::str::as_pystr(&r).is_none() {
        return Err(type_error(format!("__str__ returned non-string (type {})", r.type_().name())));
    }
    Ok(r)
}

/// `repr(o)` as a Rust string.
pub fn repr_string(o: &PyObject) -> PyResult<String> {
    let r = repr(o)?;
    Ok(super::str::str_value(&r).unwrap_or_default().to_string())
}

/// `str(o)` as a Rust string.
pub fn str_string(o: &PyObject) -> PyResult<String> {
    let r = str_(o)?;
    Ok(super::str::str_value(&r).unwrap_or_default().to_string())
}

/// `bool(o)`
#[inline]
pub fn is_true(o: &PyObject) -> PyResult<bool> {
    if o.is(&TRUE.ob) {
        return Ok(true);
    }
    if o.is(&FALSE.ob) || is_none(o) {
        return Ok(false);
    }
    let t = o.type_();
    if let Some(f) = t.nb_bool.get() {
        return f(o);
    }
    if let Some(f) = t.mp_length.get() {
        return Ok(f(o)? != 0);
    }
    Ok(true)
}

/// Rich comparison with CPython's reflected-operand order and fallbacks.
pub fn rich_compare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    // Comparing containers recurses into their items: CPython's
    // Py_EnterRecursiveCall(" in comparison") bounds it (a == b for
    // self-containing lists is a RecursionError, not a stack overflow).
    crate::runtime::enter_recursive_call(" in comparison")?;
    let r = rich_compare_inner(a, b, op);
    crate::runtime::leave_recursive_call();
    r
}

fn rich_compare_inner(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let ta = a.type_();
    let tb = b.type_();
    let mut checked_reverse = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
        if let Some(f) = tb.tp_richcompare.get() {
            checked_reverse = true;
            let r = f(b, a, op.swapped())?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.tp_richcompare.get() {
        let r = f(a, b, op)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = tb.tp_richcompare.get() {
            let r = f(b, a, op.swapped())?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CmpKind::Eq => Ok(new_bool(a.is(b))),
        CmpKind::Ne => Ok(new_bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

/// Rich comparison as a bool; identity implies equality (as CPython's
/// `PyObject_RichCompareBool`).
#[inline]
pub fn rich_compare_bool(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<bool> {
    if a.is(b) {
        match op {
            CmpKind::Eq => return Ok(true),
            CmpKind::Ne => return Ok(false),
            _ => {}
        }
    }
    let r = rich_compare(a, b, op)?;
    is_true(&r)
}

/// `a == b` as a bool (identity first).
#[inline]
pub fn eq_bool(a: &PyObject, b: &PyObject) -> PyResult<bool> {
    rich_compare_bool(a, b, CmpKind::Eq)
}

/// Call a binary slot pair the way CPython's `binary_op1` does; returns
/// NotImplemented when neither side handles it.
fn binary_op1(a: &PyObject, b: &PyObject, kind: BinOpKind) -> PyResult<PyRef> {
    let ta = a.type_();
    let tb = b.type_();
    let slota = ta.nb[kind as usize].get();
    let mut slotb = if std::ptr::eq(ta, tb) { None } else { tb.nb[kind as usize].get() };
    if slotb.map(|f| f as usize) == slota.map(|f| f as usize) {
        slotb = None;
    }
    if let Some(fa) = slota {
        if let Some(fb) = slotb {
            if tb.is_subtype(ta) {
                let r = fb(a, b)?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
                slotb = None;
            }
        }
        let r = fa(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(fb) = slotb {
        let r = fb(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Ok(super::singletons::not_implemented())
}

/// `a <op> b` for every binary and augmented operator.
pub fn binary_op(a: &PyObject, b: &PyObject, kind: BinOpKind) -> PyResult<PyRef> {
    if kind.is_inplace() {
        if let Some(f) = a.type_().nb[kind as usize].get() {
            let r = f(a, b)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let base = kind.base();
    let r = binary_op1(a, b, base)?;
    if !is_not_implemented(&r) {
        return Ok(r);
    }
    // Sequence concatenation and repetition, tried after the number slots.
    match base {
        BinOpKind::Add => {
            if let Some(f) = a.type_().sq_concat.get() {
                return f(a, b);
            }
        }
        BinOpKind::Mul => {
            // CPython's sequence_repeat: a sequence times a non-index is
            // "can't multiply sequence by non-int of type 'X'".
            if let Some(f) = a.type_().sq_repeat.get() {
                if let Some(n) = index_opt(b)? {
                    return f(a, n);
                }
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", b.type_().name())));
            } else if let Some(f) = b.type_().sq_repeat.get() {
                if let Some(n) = index_opt(a)? {
                    return f(b, n);
                }
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", a.type_().name())));
            }
        }
        _ => {}
    }
    Err(binop_type_error(a, b, kind))
}

/// The TypeError for an unsupported binary operator.
#[cold]
pub fn binop_type_error(a: &PyObject, b: &PyObject, kind: BinOpKind) -> PyErr {
    if kind.base() == BinOpKind::Pow {
        let sym = if kind.is_inplace() { "**=" } else { "** or pow()" };
        return type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            a.type_().name(),
            b.type_().name()
        ));
    }
    if kind.base() == BinOpKind::RShift && a.type_().name() == "builtin_function_or_method" {
        return type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'. Did you mean \"print(<message>, file=<output_stream>)\"?",
            kind.symbol(),
            a.type_().name(),
            b.type_().name()
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        kind.symbol(),
        a.type_().name(),
        b.type_().name()
    ))
}

/// `operator.index(o)` when `o` supports `__index__`, else None.
pub fn index_opt(o: &PyObject) -> PyResult<Option<isize>> {
    if let Some(i) = as_int(o) {
        return match i.as_i64() {
            Some(v) => Ok(Some(v as isize)),
            None => Err(PyErr::new(
                &super::exceptions::OVERFLOW_ERROR,
                format!("cannot fit '{}' into an index-sized integer", o.type_().name()),
            )),
        };
    }
    match o.type_().nb_index.get() {
        Some(f) => {
            let r = f(o)?;
            let Some(i) = as_int(&r) else {
                return Err(type_error(format!("__index__ returned non-int (type {})", r.type_().name())));
            };
            // Overflow names the original object's type, as CPython's
            // `PyNumber_AsSsize_t`.
            match i.as_i64() {
                Some(v) => Ok(Some(v as isize)),
                None => Err(PyErr::new(
                    &super::exceptions::OVERFLOW_ERROR,
                    format!("cannot fit '{}' into an index-sized integer", o.type_().name()),
                )),
            }
        }
        None => Ok(None),
    }
}

/// `operator.index(o)` as an int object.
pub fn index(o: &PyObject) -> PyResult<PyRef> {
    if as_int(o).is_some() {
        return Ok(o.to_ref());
    }
    match o.type_().nb_index.get() {
        Some(f) => {
            let r = f(o)?;
            if as_int(&r).is_none() {
                return Err(type_error(format!("__index__ returned non-int (type {})", r.type_().name())));
            }
            Ok(r)
        }
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_().name()
        ))),
    }
}

/// Unary `-o`, `+o`, `~o`.
pub fn unary_op(o: &PyObject, kind: crate::bytecode::UnaryKind) -> PyResult<PyRef> {
    use crate::bytecode::UnaryKind::*;
    let t = o.type_();
    let (slot, sym) = match kind {
        Neg => (t.nb_negative.get(), "-"),
        Pos => (t.nb_positive.get(), "+"),
        Invert => (t.nb_invert.get(), "~"),
    };
    match slot {
        Some(f) => f(o),
        None => Err(type_error(format!("bad operand type for unary {}: '{}'", sym, t.name()))),
    }
}

/// `o.name` (name must be a str).
#[inline]
pub fn getattr(o: &PyObject, name: &PyObject) -> PyResult<PyRef> {
    // An AttributeError raised by the lookup itself (a property, a
    // `__getattr__`) propagates with its own message.
    match o.type_().tp_getattro.get() {
        Some(f) => match f(o, name)? {
            Some(v) => Ok(v),
            None => Err(no_attribute(o, name)),
        },
        None => Err(no_attribute(o, name)),
    }
}

/// `o.name`, with Ok(None) when the attribute does not exist.
#[inline]
pub fn getattr_opt(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    match o.type_().tp_getattro.get() {
        Some(f) => match f(o, name) {
            Err(e) if e.matches(&super::exceptions::ATTRIBUTE_ERROR) => Ok(None),
            r => r,
        },
        None => Ok(None),
    }
}

/// `getattr(o, "name")` with a Rust string.
pub fn getattr_str(o: &PyObject, name: &str) -> PyResult<PyRef> {
    let n = super::str::intern(name);
    getattr(o, &n)
}

/// The AttributeError for a missing attribute, worded like CPython.
#[cold]
pub fn no_attribute(o: &PyObject, name: &PyObject) -> PyErr {
    let n = super::str::str_value(name).unwrap_or("?");
    let err = if let Some(t) = super::typeobj::as_type(o) {
        attribute_error(format!("type object '{}' has no attribute '{}'", t.name(), n))
    } else if super::module::as_module(o).is_some() {
        super::module::module_no_attribute(o, n)
    } else {
        attribute_error(format!("'{}' object has no attribute '{}'", o.type_().tp_name(), n))
    };
    super::exc_methods::set_attribute_error_context(&err, name, o);
    err
}

/// `o.name = v`
pub fn setattr(o: &PyObject, name: &PyObject, v: &PyObject) -> PyResult<()> {
    match o.type_().tp_setattro.get() {
        Some(f) => f(o, name, Some(v)),
        None => Err(readonly_attr_error(o, name)),
    }
}

/// `del o.name`
pub fn delattr(o: &PyObject, name: &PyObject) -> PyResult<()> {
    match o.type_().tp_setattro.get() {
        Some(f) => f(o, name, None),
        None => Err(readonly_attr_error(o, name)),
    }
}

#[cold]
fn readonly_attr_error(o: &PyObject, name: &PyObject) -> PyErr {
    let n = super::str::str_value(name).unwrap_or("?");
    attribute_error(format!("'{}' object has no attribute '{}'", o.type_().tp_name(), n))
}

/// `f(*args)` with keyword names for the trailing values.
#[inline]
pub fn call(f: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    match f.type_().tp_call.get() {
        Some(c) => {
            crate::runtime::check_stack()?;
            c(f, args, kwnames)
        }
        None => Err(type_error(format!("'{}' object is not callable", f.type_().tp_name()))),
    }
}

/// `f()`
pub fn call0(f: &PyObject) -> PyResult<PyRef> {
    call(f, &[], None)
}

/// `f(a)`
pub fn call1(f: &PyObject, a: &PyObject) -> PyResult<PyRef> {
    call(f, &[a], None)
}

/// `o.name(*args)`
pub fn call_method(o: &PyObject, name: &PyObject, args: &[&PyObject]) -> PyResult<PyRef> {
    let m = getattr(o, name)?;
    call(&m, args, None)
}

/// Whether `iter(o)` falls back to the sequence protocol (`__getitem__`
/// with 0, 1, ...): a subscriptable object that is not a mapping or a
/// class (CPython's `PySequence_Check`).
#[inline]
fn is_sequence_like(o: &PyObject) -> bool {
    o.type_().mp_subscript.get().is_some() && super::typeobj::as_type(o).is_none() && super::dict::as_dict(o).is_none()
}

/// Whether `iter(o)` can succeed by type: `__iter__` or the sequence
/// protocol (words "argument after *" errors like CPython).
pub fn can_iter(o: &PyObject) -> bool {
    o.type_().tp_iter.get().is_some() || is_sequence_like(o)
}

/// `iter(o)`
pub fn iter(o: &PyObject) -> PyResult<PyRef> {
    let t = o.type_();
    if let Some(f) = t.tp_iter.get() {
        let it = f(o)?;
        if it.type_().tp_iternext.get().is_none() {
            return Err(type_error(format!("iter() returned non-iterator of type '{}'", it.type_().name())));
        }
        return Ok(it);
    }
    if is_sequence_like(o) {
        return Ok(super::seqiter::new_seq_iter(o));
    }
    Err(type_error(format!("'{}' object is not iterable", t.tp_name())))
}

/// `next(it)`: Ok(None) when exhausted.
#[inline]
pub fn next(it: &PyObject) -> PyResult<Option<PyRef>> {
    match it.type_().tp_iternext.get() {
        Some(f) => match f(it) {
            Err(e) if e.matches(&super::exceptions::STOP_ITERATION) => Ok(None),
            r => r,
        },
        None => Err(type_error(format!("'{}' object is not an iterator", it.type_().name()))),
    }
}

/// Collect an iterable into a Vec.
/// The items of a tuple or list that iterates as the builtin does (the
/// exact type, or a subclass that does not override `__iter__`): fast paths
/// that copy the items instead of iterating must not skip a subclass's
/// `__iter__` (CPython takes them only for the exact types).
#[inline]
pub fn plain_seq_items(o: &PyObject) -> Option<Vec<PyRef>> {
    if let Some(items) = super::tuple::tuple_slice(o) {
        if o.is_exact(&super::tuple::TUPLE_TYPE) || same_iter(o, &super::tuple::TUPLE_TYPE) {
            return Some(items.to_vec());
        }
        return None;
    }
    if let Some(l) = super::list::as_list(o) {
        if o.is_exact(&super::list::LIST_TYPE) || same_iter(o, &super::list::LIST_TYPE) {
            return Some(l.items().to_vec());
        }
    }
    None
}

#[inline]
fn same_iter(o: &PyObject, base: &TypeObject) -> bool {
    o.type_().tp_iter.get().map(|f| f as usize) == base.tp_iter.get().map(|f| f as usize)
}

pub fn collect(o: &PyObject) -> PyResult<Vec<PyRef>> {
    if let Some(items) = plain_seq_items(o) {
        return Ok(items);
    }
    let it = iter(o)?;
    // Presized from the length hint like CPython's PySequence_Tuple and
    // list(): an impossible size is a MemoryError before any iteration.
    let mut v = super::exceptions::try_vec(super::iterators::length_hint(o, 0)?)?;
    while let Some(x) = next(&it)? {
        v.push(x);
    }
    Ok(v)
}

/// `len(o)`
pub fn len(o: &PyObject) -> PyResult<usize> {
    match o.type_().mp_length.get() {
        Some(f) => f(o),
        None => Err(type_error(format!("object of type '{}' has no len()", o.type_().name()))),
    }
}

/// `o[key]`
pub fn getitem(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    match o.type_().mp_subscript.get() {
        Some(f) => f(o, key),
        None => {
            if let Some(t) = super::typeobj::as_type(o) {
                // CPython special-cases type[int] (and only `type` itself).
                if o.is(super::object_type::TYPE_TYPE.obj()) {
                    return Ok(super::genericalias::new_generic_alias(o, key));
                }
                if let Some(cg) = getattr_opt(t.obj(), crate::name!("__class_getitem__"))? {
                    if !super::singletons::is_none(&cg) {
                        return call1(&cg, key);
                    }
                }
                return Err(type_error(format!("type '{}' is not subscriptable", t.name())));
            }
            Err(type_error(format!("'{}' object is not subscriptable", o.type_().tp_name())))
        }
    }
}

/// `o[key] = v`
pub fn setitem(o: &PyObject, key: &PyObject, v: &PyObject) -> PyResult<()> {
    match o.type_().mp_ass_subscript.get() {
        Some(f) => f(o, key, Some(v)),
        None => Err(type_error(format!("'{}' object does not support item assignment", o.type_().name()))),
    }
}

/// `del o[key]`
pub fn delitem(o: &PyObject, key: &PyObject) -> PyResult<()> {
    match o.type_().mp_ass_subscript.get() {
        Some(f) => f(o, key, None),
        None => {
            // CPython words this by path: an index on a type with sequence
            // methods goes through `PySequence_DelItem` ("doesn't"),
            // anything else gets `PyObject_DelItem`'s own "does not".
            let t = o.type_();
            let has_seq = t.flags.get() & super::typeobj::type_flags::HEAPTYPE != 0
                || t.mp_subscript.get().is_some()
                || t.sq_contains.get().is_some();
            let word = if has_seq && key.type_().nb_index.get().is_some() { "doesn't" } else { "does not" };
            Err(type_error(format!("'{}' object {} support item deletion", t.name(), word)))
        }
    }
}

/// `item in container`
pub fn contains(container: &PyObject, item: &PyObject) -> PyResult<bool> {
    if let Some(f) = container.type_().sq_contains.get() {
        return f(container, item);
    }
    // CPython's `_PySequence_IterSearch`: a TypeError from `iter()`
    // becomes "argument of type ... is not iterable".
    let it = match iter(container) {
        Ok(it) => it,
        Err(e) if e.matches(&super::exceptions::TYPE_ERROR) => {
            return Err(type_error(format!("argument of type '{}' is not iterable", container.type_().name())));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = next(&it)? {
        if eq_bool(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `isinstance(o, cls)` for a single type (no `__instancecheck__` hooks).
#[inline]
pub fn is_instance(o: &PyObject, t: &TypeObject) -> bool {
    o.is_instance_of(t)
}

/// None as a borrowed static.
pub fn none_ref() -> &'static PyObject {
    &NONE.0
}
