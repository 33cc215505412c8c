//! Generic slot functions of classes defined in Python: each looks up the
//! dunder on the type of the object and calls it (CPython's `slot_*`
//! functions in typeobject.c), checking the result types and producing
//! CPython's error messages.

use super::exceptions::{type_error, PyErr, ATTRIBUTE_ERROR, OVERFLOW_ERROR, VALUE_ERROR};
use super::header::{PyObject, PyRef};
use super::int::as_int;
use super::protocol;
use super::singletons::{is_none, is_not_implemented, none, not_implemented};
use super::slots::SlotId;
use super::typeobj::{type_flags, BinaryFn, TypeObject};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};

/// Find `name` on the MRO of `type(o)` (no binding).
#[inline]
pub fn lookup_special(o: &PyObject, name: &PyObject) -> Option<PyRef> {
    o.type_().lookup(name).map(|d| d.to_ref())
}

/// Call `f(self_, *args)`.
pub fn call_with_self(f: &PyObject, self_: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    if args.len() < 8 {
        let mut buf: [&PyObject; 8] = [self_; 8];
        buf[1..=args.len()].copy_from_slice(args);
        protocol::call(f, &buf[..=args.len()], kwnames)
    } else {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(self_);
        v.extend_from_slice(args);
        protocol::call(f, &v, kwnames)
    }
}

/// Call a descriptor found on `type(self_)` as a method of `self_`: functions
/// and method descriptors are called with self prepended (no bound method is
/// created); other descriptors are bound with `__get__` first.
pub fn call_unbound(descr: &PyObject, self_: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let dt = descr.type_();
    if dt.has_flag(type_flags::METHOD_DESCRIPTOR) || descr.is_exact(&super::function::FUNCTION_TYPE) {
        return call_with_self(descr, self_, args, kwnames);
    }
    match dt.tp_descr_get.get() {
        Some(get) => {
            let bound = get(descr, Some(self_), Some(self_.type_().obj()))?;
            protocol::call(&bound, args, kwnames)
        }
        None => protocol::call(descr, args, kwnames),
    }
}

/// `type(self).name(self, *args)`; AttributeError when the type lacks it.
pub fn call_method(self_: &PyObject, name: &PyObject, args: &[&PyObject]) -> PyResult<PyRef> {
    match lookup_special(self_, name) {
        Some(d) => call_unbound(&d, self_, args, None),
        None => Err(protocol::no_attribute(self_, name)),
    }
}

/// `call_method` for slot functions: a missing method is CPython's
/// `vectorcall_method` error, `AttributeError(name)` (e.g. `__delete__`).
fn call_slot_method(self_: &PyObject, name: &PyObject, args: &[&PyObject]) -> PyResult<PyRef> {
    match lookup_special(self_, name) {
        Some(d) => call_unbound(&d, self_, args, None),
        None => Err(PyErr::with_args(&ATTRIBUTE_ERROR, vec![name.to_ref()])),
    }
}

/// Like `call_method` but NotImplemented when the type lacks the method.
fn call_maybe(self_: &PyObject, name: &PyObject, args: &[&PyObject]) -> PyResult<PyRef> {
    match lookup_special(self_, name) {
        Some(d) => call_unbound(&d, self_, args, None),
        None => Ok(not_implemented()),
    }
}

/// The builtin type owning a wrapper descriptor for `id`, if `d` is one.
#[inline]
fn wrapper_owner(d: &PyObject, id: SlotId) -> Option<&'static TypeObject> {
    let w = super::slot_wrapper::as_wrapper_descr(d)?;
    if w.def().slot == id {
        Some(w.objclass())
    } else {
        None
    }
}

// ---- tp_* ----

pub fn slot_tp_repr(o: &PyObject) -> PyResult<PyRef> {
    match lookup_special(o, crate::name!("__repr__")) {
        Some(d) => call_unbound(&d, o, &[], None),
        None => Ok(super::str::new_str(protocol::default_repr(o))),
    }
}

pub fn slot_tp_str(o: &PyObject) -> PyResult<PyRef> {
    call_method(o, crate::name!("__str__"), &[])
}

/// `tp_hash` of a class with `__hash__ = None`.
pub fn hash_not_implemented(o: &PyObject) -> PyResult<isize> {
    Err(type_error(format!("unhashable type: '{}'", o.type_().name())))
}

pub fn slot_tp_hash(o: &PyObject) -> PyResult<isize> {
    let d = match lookup_special(o, crate::name!("__hash__")) {
        Some(d) if !is_none(&d) => d,
        _ => return hash_not_implemented(o),
    };
    let r = call_unbound(&d, o, &[], None)?;
    let Some(i) = as_int(&r) else {
        return Err(type_error("__hash__ method should return an integer"));
    };
    match i.as_i64() {
        Some(-1) => Ok(-2),
        Some(v) => Ok(v as isize),
        // A big int: reduce it the way int's own hash does.
        None => {
            let exact = super::int::new_bigint(i.to_bigint());
            protocol::hash(&exact)
        }
    }
}

pub fn slot_tp_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    match lookup_special(o, crate::name!("__call__")) {
        Some(d) => call_unbound(&d, o, args, kwnames),
        None => Err(type_error(format!("'{}' object is not callable", o.type_().name()))),
    }
}

/// `__getattribute__`, then `__getattr__` when that finds nothing.
pub fn slot_tp_getattr_hook(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let first = match lookup_special(o, crate::name!("__getattribute__")) {
        None => super::object_type::generic_getattr(o, name),
        Some(d) => match wrapper_owner(&d, SlotId::GetAttr).and_then(|t| t.tp_getattro.get()) {
            Some(f) => f(o, name),
            None => call_unbound(&d, o, &[name], None).map(Some),
        },
    };
    let err = match first {
        Ok(Some(v)) => return Ok(Some(v)),
        Ok(None) => None,
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Some(e),
        Err(e) => return Err(e),
    };
    match lookup_special(o, crate::name!("__getattr__")) {
        Some(ga) => call_unbound(&ga, o, &[name], None).map(Some),
        None => match err {
            Some(e) => Err(e),
            None => Ok(None),
        },
    }
}

pub fn slot_tp_setattro(o: &PyObject, name: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let dunder = if v.is_some() { crate::name!("__setattr__") } else { crate::name!("__delattr__") };
    let d = lookup_special(o, dunder).ok_or_else(|| protocol::no_attribute(o, dunder))?;
    if let Some(f) = wrapper_owner(&d, SlotId::SetAttr).and_then(|t| t.tp_setattro.get()) {
        return f(o, name, v);
    }
    match v {
        Some(v) => call_unbound(&d, o, &[name, v], None)?,
        None => call_unbound(&d, o, &[name], None)?,
    };
    Ok(())
}

const CMP_NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

pub fn slot_tp_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let name = super::str::intern(CMP_NAMES[op as usize]);
    match lookup_special(a, &name) {
        Some(d) => match wrapper_owner(&d, SlotId::RichCmp).and_then(|t| t.tp_richcompare.get()) {
            Some(f) => f(a, b, op),
            None => call_unbound(&d, a, &[b], None),
        },
        None => Ok(not_implemented()),
    }
}

pub fn slot_tp_iter(o: &PyObject) -> PyResult<PyRef> {
    match lookup_special(o, crate::name!("__iter__")) {
        Some(d) if !is_none(&d) => call_unbound(&d, o, &[], None),
        Some(_) => Err(type_error(format!("'{}' object is not iterable", o.type_().name()))),
        None => {
            if lookup_special(o, crate::name!("__getitem__")).is_some() {
                return Ok(super::seqiter::new_seq_iter(o));
            }
            Err(type_error(format!("'{}' object is not iterable", o.type_().name())))
        }
    }
}

/// `__next__`: a StopIteration raised by the method propagates as is
/// (`protocol::next` treats it as exhaustion; `next(it)` re-raises it with
/// its value, as CPython).
pub fn slot_tp_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    call_slot_method(o, crate::name!("__next__"), &[]).map(Some)
}

pub fn slot_tp_descr_get(d: &PyObject, obj: Option<&PyObject>, t: Option<&PyObject>) -> PyResult<PyRef> {
    let Some(get) = lookup_special(d, crate::name!("__get__")) else {
        return Ok(d.to_ref());
    };
    let n = none();
    let obj = obj.unwrap_or(&n);
    let t = t.unwrap_or(&n);
    call_unbound(&get, d, &[obj, t], None)
}

pub fn slot_tp_descr_set(d: &PyObject, obj: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    match v {
        Some(v) => call_slot_method(d, crate::name!("__set__"), &[obj, v])?,
        None => call_slot_method(d, crate::name!("__delete__"), &[obj])?,
    };
    Ok(())
}

pub fn slot_tp_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let d = lookup_special(o, crate::name!("__init__")).ok_or_else(|| protocol::no_attribute(o, crate::name!("__init__")))?;
    let r = call_unbound(&d, o, args, kwnames)?;
    if !is_none(&r) {
        return Err(type_error(format!("__init__() should return None, not '{}'", r.type_().name())));
    }
    Ok(())
}

/// `cls.__new__(cls, *args)` with `__new__` looked up on the class (a
/// staticmethod, so the class is passed explicitly).
pub fn slot_tp_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let f = protocol::getattr(t.obj(), crate::name!("__new__"))?;
    call_with_self(&f, t.obj(), args, kwnames)
}

/// `__del__`: errors are reported on stderr and otherwise ignored.
pub fn slot_tp_finalize(o: &PyObject) {
    let Some(d) = lookup_special(o, crate::name!("__del__")) else { return };
    if let Err(e) = call_unbound(&d, o, &[], None) {
        super::exc_methods::write_unraisable(&e, Some(&d));
    }
}

// ---- mapping / sequence ----

/// A `__len__` result as a length (CPython's checks and messages).
pub fn len_result(r: &PyObject) -> PyResult<usize> {
    let n = protocol::index(r)?;
    let i = as_int(&n).ok_or_else(|| type_error("__len__ returned non-int"))?;
    match i.as_i64() {
        Some(v) if v < 0 => Err(PyErr::new(&VALUE_ERROR, "__len__() should return >= 0")),
        Some(v) => Ok(v as usize),
        None => {
            if i.to_bigint().sign() == num_bigint::Sign::Minus {
                Err(PyErr::new(&VALUE_ERROR, "__len__() should return >= 0"))
            } else {
                Err(PyErr::new(&OVERFLOW_ERROR, format!("cannot fit '{}' into an index-sized integer", r.type_().name())))
            }
        }
    }
}

pub fn slot_mp_length(o: &PyObject) -> PyResult<usize> {
    let r = call_slot_method(o, crate::name!("__len__"), &[])?;
    len_result(&r)
}

pub fn slot_mp_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    call_slot_method(o, crate::name!("__getitem__"), &[key])
}

pub fn slot_mp_ass_subscript(o: &PyObject, key: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    match v {
        Some(v) => call_slot_method(o, crate::name!("__setitem__"), &[key, v])?,
        None => call_slot_method(o, crate::name!("__delitem__"), &[key])?,
    };
    Ok(())
}

pub fn slot_sq_contains(o: &PyObject, item: &PyObject) -> PyResult<bool> {
    match lookup_special(o, crate::name!("__contains__")) {
        Some(d) if is_none(&d) => Err(type_error(format!("'{}' object is not a container", o.type_().name()))),
        Some(d) => {
            let r = call_unbound(&d, o, &[item], None)?;
            protocol::is_true(&r)
        }
        None => {
            let it = protocol::iter(o)?;
            while let Some(x) = protocol::next(&it)? {
                if protocol::eq_bool(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

// ---- number protocol ----

pub fn slot_nb_bool(o: &PyObject) -> PyResult<bool> {
    if let Some(d) = lookup_special(o, crate::name!("__bool__")) {
        let r = call_unbound(&d, o, &[], None)?;
        if r.is_exact(&super::int::BOOL_TYPE) {
            return Ok(r.is(&super::int::TRUE.ob));
        }
        return Err(type_error(format!("__bool__ should return bool, returned {}", r.type_().name())));
    }
    if let Some(d) = lookup_special(o, crate::name!("__len__")) {
        let r = call_unbound(&d, o, &[], None)?;
        return Ok(len_result(&r)? != 0);
    }
    Ok(true)
}

macro_rules! unary_slot {
    ($($f:ident $name:literal;)*) => {$(
        pub fn $f(o: &PyObject) -> PyResult<PyRef> {
            call_method(o, crate::name!($name), &[])
        }
    )*};
}

unary_slot! {
    slot_nb_negative "__neg__";
    slot_nb_positive "__pos__";
    slot_nb_invert "__invert__";
    slot_nb_absolute "__abs__";
}

pub fn slot_nb_index(o: &PyObject) -> PyResult<PyRef> {
    let r = call_method(o, crate::name!("__index__"), &[])?;
    if as_int(&r).is_none() {
        return Err(type_error(format!("__index__ returned non-int (type {})", r.type_().name())));
    }
    Ok(r)
}

pub fn slot_nb_int(o: &PyObject) -> PyResult<PyRef> {
    let r = call_method(o, crate::name!("__int__"), &[])?;
    if as_int(&r).is_none() {
        return Err(type_error(format!("__int__ returned non-int (type {})", r.type_().name())));
    }
    Ok(r)
}

fn is_float(o: &PyObject) -> bool {
    o.is_instance_of(&super::float::FLOAT_TYPE)
}

pub fn slot_nb_float(o: &PyObject) -> PyResult<PyRef> {
    let r = call_method(o, crate::name!("__float__"), &[])?;
    if !is_float(&r) {
        return Err(type_error(format!(
            "{}.__float__ returned non-float (type {})",
            o.type_().name(),
            r.type_().name()
        )));
    }
    Ok(r)
}

/// Whether `right`'s `name` differs from `left`'s (CPython's method_is_overloaded).
fn method_is_overloaded(left: &TypeObject, right: &TypeObject, name: &PyObject) -> bool {
    let Some(b) = right.lookup(name) else { return false };
    match left.lookup(name) {
        None => true,
        Some(a) => !a.is(b),
    }
}

/// CPython's SLOT1BINFULL: `a.__op__(b)` and/or `b.__rop__(a)` with the
/// subclass-first rule; `me` is the calling slot function.
fn binary_full(a: &PyObject, b: &PyObject, kind: BinOpKind, op: &PyObject, rop: &PyObject, me: BinaryFn) -> PyResult<PyRef> {
    let ta = a.type_();
    let tb = b.type_();
    let me = me as usize;
    let is_me = |t: &TypeObject| t.nb[kind as usize].get().map(|f| f as usize) == Some(me);
    let same = std::ptr::eq(ta, tb);
    let mut do_other = !same && is_me(tb);
    if is_me(ta) {
        if do_other && tb.is_subtype(ta) && method_is_overloaded(ta, tb, rop) {
            let r = call_maybe(b, rop, &[a])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
            do_other = false;
        }
        let r = call_maybe(a, op, &[b])?;
        if !is_not_implemented(&r) || same {
            return Ok(r);
        }
    }
    if do_other {
        return call_maybe(b, rop, &[a]);
    }
    Ok(not_implemented())
}

macro_rules! binary_slots {
    ($($f:ident $if:ident $kind:ident $op:literal $rop:literal $iop:literal;)*) => {
        $(
            pub fn $f(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
                binary_full(a, b, BinOpKind::$kind, crate::name!($op), crate::name!($rop), $f)
            }
            pub fn $if(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
                call_maybe(a, crate::name!($iop), &[b])
            }
        )*
    };
}

binary_slots! {
    slot_nb_add slot_nb_inplace_add Add "__add__" "__radd__" "__iadd__";
    slot_nb_subtract slot_nb_inplace_subtract Sub "__sub__" "__rsub__" "__isub__";
    slot_nb_multiply slot_nb_inplace_multiply Mul "__mul__" "__rmul__" "__imul__";
    slot_nb_matmul slot_nb_inplace_matmul MatMul "__matmul__" "__rmatmul__" "__imatmul__";
    slot_nb_true_divide slot_nb_inplace_true_divide TrueDiv "__truediv__" "__rtruediv__" "__itruediv__";
    slot_nb_floor_divide slot_nb_inplace_floor_divide FloorDiv "__floordiv__" "__rfloordiv__" "__ifloordiv__";
    slot_nb_remainder slot_nb_inplace_remainder Mod "__mod__" "__rmod__" "__imod__";
    slot_nb_power slot_nb_inplace_power Pow "__pow__" "__rpow__" "__ipow__";
    slot_nb_lshift slot_nb_inplace_lshift LShift "__lshift__" "__rlshift__" "__ilshift__";
    slot_nb_rshift slot_nb_inplace_rshift RShift "__rshift__" "__rrshift__" "__irshift__";
    slot_nb_and slot_nb_inplace_and And "__and__" "__rand__" "__iand__";
    slot_nb_or slot_nb_inplace_or Or "__or__" "__ror__" "__ior__";
    slot_nb_xor slot_nb_inplace_xor Xor "__xor__" "__rxor__" "__ixor__";
}

/// The generic binary slot functions, indexed by `BinOpKind`.
static NB_GENERIC: [BinaryFn; 26] = [
    slot_nb_add,
    slot_nb_subtract,
    slot_nb_multiply,
    slot_nb_matmul,
    slot_nb_true_divide,
    slot_nb_floor_divide,
    slot_nb_remainder,
    slot_nb_power,
    slot_nb_lshift,
    slot_nb_rshift,
    slot_nb_and,
    slot_nb_or,
    slot_nb_xor,
    slot_nb_inplace_add,
    slot_nb_inplace_subtract,
    slot_nb_inplace_multiply,
    slot_nb_inplace_matmul,
    slot_nb_inplace_true_divide,
    slot_nb_inplace_floor_divide,
    slot_nb_inplace_remainder,
    slot_nb_inplace_power,
    slot_nb_inplace_lshift,
    slot_nb_inplace_rshift,
    slot_nb_inplace_and,
    slot_nb_inplace_or,
    slot_nb_inplace_xor,
];

/// `pow(a, b, m)`: three-argument power never uses `__rpow__`.
pub fn slot_nb_power3(a: &PyObject, b: &PyObject, m: &PyObject) -> PyResult<PyRef> {
    if is_none(m) {
        return slot_nb_power(a, b);
    }
    if a.type_().nb_power3.get().map(|f| f as usize) == Some(slot_nb_power3 as *const () as usize) {
        return call_maybe(a, crate::name!("__pow__"), &[b, m]);
    }
    Ok(not_implemented())
}

/// Install the generic (dunder-calling) function in slot `id` of `t`.
pub fn set_generic(t: &TypeObject, id: SlotId) {
    match id {
        SlotId::Repr => t.tp_repr.set(Some(slot_tp_repr)),
        SlotId::Str => t.tp_str.set(Some(slot_tp_str)),
        SlotId::Hash => t.tp_hash.set(Some(slot_tp_hash)),
        SlotId::Call => t.tp_call.set(Some(slot_tp_call)),
        SlotId::GetAttr => t.tp_getattro.set(Some(slot_tp_getattr_hook)),
        SlotId::SetAttr => t.tp_setattro.set(Some(slot_tp_setattro)),
        SlotId::RichCmp => t.tp_richcompare.set(Some(slot_tp_richcompare)),
        SlotId::Iter => t.tp_iter.set(Some(slot_tp_iter)),
        SlotId::IterNext => t.tp_iternext.set(Some(slot_tp_iternext)),
        SlotId::DescrGet => t.tp_descr_get.set(Some(slot_tp_descr_get)),
        SlotId::DescrSet => t.tp_descr_set.set(Some(slot_tp_descr_set)),
        SlotId::Init => t.tp_init.set(Some(slot_tp_init)),
        SlotId::New => t.tp_new.set(Some(slot_tp_new)),
        SlotId::Finalize => t.tp_finalize.set(Some(slot_tp_finalize)),
        SlotId::MpLength => t.mp_length.set(Some(slot_mp_length)),
        SlotId::MpSubscript => t.mp_subscript.set(Some(slot_mp_subscript)),
        SlotId::MpAssSubscript => t.mp_ass_subscript.set(Some(slot_mp_ass_subscript)),
        SlotId::SqContains => t.sq_contains.set(Some(slot_sq_contains)),
        // Sequence concat/repeat have no generic form: the number slots
        // (`__add__`, `__mul__`) cover classes defined in Python.
        SlotId::SqConcat => t.sq_concat.set(None),
        SlotId::SqRepeat => t.sq_repeat.set(None),
        SlotId::NbBool => t.nb_bool.set(Some(slot_nb_bool)),
        SlotId::Nb(k) => t.nb[k as usize].set(Some(NB_GENERIC[k as usize])),
        SlotId::NbPower3 => t.nb_power3.set(Some(slot_nb_power3)),
        SlotId::Neg => t.nb_negative.set(Some(slot_nb_negative)),
        SlotId::Pos => t.nb_positive.set(Some(slot_nb_positive)),
        SlotId::Invert => t.nb_invert.set(Some(slot_nb_invert)),
        SlotId::Abs => t.nb_absolute.set(Some(slot_nb_absolute)),
        SlotId::Int => t.nb_int.set(Some(slot_nb_int)),
        SlotId::Float => t.nb_float.set(Some(slot_nb_float)),
        SlotId::Index => t.nb_index.set(Some(slot_nb_index)),
    }
}
