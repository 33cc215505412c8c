//! `isinstance` and `issubclass` with CPython's protocol: tuples (nested),
//! `types.UnionType`, `__instancecheck__`/`__subclasscheck__` on the
//! metaclass, `__class__` and `__bases__` for non-type classes; plus the
//! `X | Y` union type itself.

use super::exceptions::{type_error, ATTRIBUTE_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::new_bool;
use super::object_type::TYPE_TYPE;
use super::singletons::{is_none, not_implemented, NONE_TYPE};
use super::str::new_str;
use super::tuple::{new_tuple, tuple_slice};
use super::typeobj::{as_type, drop_payload, slot, GetSetDef, TypeObject};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};

/// `isinstance(o, cls)`
pub fn isinstance(o: &PyObject, cls: &PyObject) -> PyResult<bool> {
    if std::ptr::eq(o.type_().obj(), cls) {
        return Ok(true);
    }
    if cls.is_exact(&TYPE_TYPE) {
        return real_isinstance(o, cls);
    }
    if let Some(args) = union_args(cls) {
        return isinstance(o, &args);
    }
    if let Some(items) = tuple_slice(cls) {
        crate::runtime::enter_recursive_call(" in __instancecheck__")?;
        let r = (|| {
            for c in items {
                if isinstance(o, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })();
        crate::runtime::leave_recursive_call();
        return r;
    }
    if let Some(checker) = cls.type_().lookup(crate::name!("__instancecheck__")).map(|c| c.to_ref()) {
        if is_default(&checker, "__instancecheck__") {
            return real_isinstance(o, cls);
        }
        crate::runtime::enter_recursive_call(" in __instancecheck__")?;
        let r = super::slot_funcs::call_unbound(&checker, cls, &[o], None);
        crate::runtime::leave_recursive_call();
        let r = r?;
        return super::protocol::is_true(&r);
    }
    real_isinstance(o, cls)
}

/// `issubclass(derived, cls)`
pub fn issubclass(derived: &PyObject, cls: &PyObject) -> PyResult<bool> {
    if cls.is_exact(&TYPE_TYPE) {
        if derived.is(cls) {
            return Ok(true);
        }
        return real_issubclass(derived, cls);
    }
    if let Some(args) = union_args(cls) {
        return issubclass(derived, &args);
    }
    if let Some(items) = tuple_slice(cls) {
        crate::runtime::enter_recursive_call(" in __subclasscheck__")?;
        let r = (|| {
            for c in items {
                if issubclass(derived, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })();
        crate::runtime::leave_recursive_call();
        return r;
    }
    if let Some(checker) = cls.type_().lookup(crate::name!("__subclasscheck__")).map(|c| c.to_ref()) {
        if is_default(&checker, "__subclasscheck__") {
            return real_issubclass(derived, cls);
        }
        crate::runtime::enter_recursive_call(" in __subclasscheck__")?;
        let r = super::slot_funcs::call_unbound(&checker, cls, &[derived], None);
        crate::runtime::leave_recursive_call();
        let r = r?;
        return super::protocol::is_true(&r);
    }
    real_issubclass(derived, cls)
}

/// Whether `checker` is `type`'s own method (then the hook is skipped).
fn is_default(checker: &PyObject, name: &str) -> bool {
    super::dict::dict_get_str(TYPE_TYPE.dict(), &super::str::intern(name)).is_some_and(|d| d.is(checker))
}

/// `obj.__class__`, or None when missing.
fn class_of(o: &PyObject) -> PyResult<Option<PyRef>> {
    match super::protocol::getattr_opt(o, crate::name!("__class__")) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `type.__instancecheck__`: the default isinstance without hooks.
pub fn real_isinstance(o: &PyObject, cls: &PyObject) -> PyResult<bool> {
    if let Some(t) = as_type(cls) {
        if o.is_instance_of(t) {
            return Ok(true);
        }
        if let Some(c) = class_of(o)? {
            if !c.is(o.type_().obj()) {
                if let Some(ct) = as_type(&c) {
                    return Ok(ct.is_subtype(t));
                }
            }
        }
        return Ok(false);
    }
    if !is_class_like(cls)? {
        return Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    match class_of(o)? {
        Some(c) => abstract_issubclass(&c, cls),
        None => Ok(false),
    }
}

/// `type.__subclasscheck__`: the default issubclass without hooks.
pub fn real_issubclass(derived: &PyObject, cls: &PyObject) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (as_type(derived), as_type(cls)) {
        return Ok(d.is_subtype(c));
    }
    if !is_class_like(derived)? {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if union_args(cls).is_none() && !is_class_like(cls)? {
        return Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    abstract_issubclass(derived, cls)
}

/// `__bases__` when it is a tuple.
fn bases_of(o: &PyObject) -> PyResult<Option<PyRef>> {
    match super::protocol::getattr_opt(o, crate::name!("__bases__")) {
        Ok(Some(b)) if tuple_slice(&b).is_some() => Ok(Some(b)),
        Ok(_) => Ok(None),
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

fn is_class_like(o: &PyObject) -> PyResult<bool> {
    Ok(bases_of(o)?.is_some())
}

/// Walk `__bases__` of a non-type class looking for `cls`.
fn abstract_issubclass(derived: &PyObject, cls: &PyObject) -> PyResult<bool> {
    let mut d = derived.to_ref();
    loop {
        if d.is(cls) {
            return Ok(true);
        }
        let Some(bases) = bases_of(&d)? else { return Ok(false) };
        let items = tuple_slice(&bases).unwrap_or(&[]).to_vec();
        match items.len() {
            0 => return Ok(false),
            1 => d = items[0].clone(),
            _ => {
                crate::runtime::enter_recursive_call(" in __issubclass__")?;
                let r = (|| {
                    for b in &items {
                        if abstract_issubclass(b, cls)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                })();
                crate::runtime::leave_recursive_call();
                return r;
            }
        }
    }
}

// ---- `X | Y`: types.UnionType ----

#[repr(C)]
pub struct PyUnion {
    pub ob: PyObject,
    /// Tuple of the member types (None stored as NoneType).
    pub args: PyRef,
}

pub static UNION_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyUnion>),
    tp_repr: slot(union_repr),
    tp_hash: slot(union_hash),
    tp_richcompare: slot(union_richcompare),
    tp_getattro: slot(super::object_type::generic_getattr),
    nb: super::typeobj::nb_slots(&[(BinOpKind::Or, union_or)]),
    flags: std::cell::Cell::new(0),
    module: Some("types"),
    getsets: &UNION_GETSETS,
    ..TypeObject::new_static("UnionType", std::mem::size_of::<PyUnion>())
});

static UNION_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "__args__", get: |o| Ok(un(o).args.clone()), set: None, doc: "" },
    GetSetDef { name: "__parameters__", get: |_| Ok(new_tuple(vec![])), set: None, doc: "" },
];

fn un(o: &PyObject) -> &PyUnion {
    // SAFETY: installed only on UnionType.
    unsafe { o.cast::<PyUnion>() }
}

/// The member tuple if `o` is a `X | Y` union.
pub fn union_args(o: &PyObject) -> Option<PyRef> {
    if o.is_exact(&UNION_TYPE) {
        Some(un(o).args.clone())
    } else {
        None
    }
}

/// Whether `o` can be a member of `X | Y`.
fn unionable(o: &PyObject) -> bool {
    is_none(o) || as_type(o).is_some() || o.is_exact(&UNION_TYPE) || is_generic_alias(o)
}

fn is_generic_alias(o: &PyObject) -> bool {
    matches!(o.type_().name(), "GenericAlias" | "_GenericAlias" | "_UnionGenericAlias")
}

fn flatten_into(o: &PyObject, out: &mut Vec<PyRef>) {
    if let Some(a) = union_args(o) {
        for x in tuple_slice(&a).unwrap_or(&[]) {
            flatten_into(x, out);
        }
        return;
    }
    let v = if is_none(o) { NONE_TYPE.to_ref() } else { o.to_ref() };
    if !out.iter().any(|x| x.is(&v)) {
        out.push(v);
    }
}

/// `a | b` for types, None and unions (NotImplemented otherwise).
pub fn make_union(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if !unionable(a) || !unionable(b) {
        return Ok(not_implemented());
    }
    let mut items = Vec::new();
    flatten_into(a, &mut items);
    flatten_into(b, &mut items);
    if items.len() == 1 {
        return Ok(items.pop().expect("one item"));
    }
    Ok(new_object(&UNION_TYPE, |ob| PyUnion { ob, args: new_tuple(items) }))
}

fn union_or(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    make_union(a, b)
}

fn union_repr(o: &PyObject) -> PyResult<PyRef> {
    let args = un(o).args.clone();
    let mut parts = Vec::new();
    for a in tuple_slice(&args).unwrap_or(&[]) {
        if a.is(NONE_TYPE.obj()) {
            parts.push("None".to_string());
        } else if let Some(t) = as_type(a) {
            let m = super::protocol::type_module_name(t);
            if m == "builtins" {
                parts.push(t.qualname().to_string());
            } else {
                parts.push(format!("{}.{}", m, t.qualname()));
            }
        } else {
            parts.push(super::protocol::repr_string(a)?);
        }
    }
    Ok(new_str(parts.join(" | ")))
}

fn union_hash(o: &PyObject) -> PyResult<isize> {
    let args = un(o).args.clone();
    let mut h: isize = 0x345678;
    for a in tuple_slice(&args).unwrap_or(&[]) {
        h ^= super::protocol::hash(a)?;
    }
    Ok(if h == -1 { -2 } else { h })
}

fn union_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !b.is_exact(&UNION_TYPE) || !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(not_implemented());
    }
    let (x, y) = (un(a).args.clone(), un(b).args.clone());
    let (xs, ys) = (tuple_slice(&x).unwrap_or(&[]), tuple_slice(&y).unwrap_or(&[]));
    let eq = xs.len() == ys.len() && xs.iter().all(|i| ys.iter().any(|j| i.is(j)));
    Ok(new_bool(if op == CmpKind::Eq { eq } else { !eq }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::exceptions::{EXCEPTION, VALUE_ERROR};
    use crate::object::int::{new_int, INT_TYPE};
    use crate::object::str::STR_TYPE;

    #[test]
    fn basic_checks() {
        crate::runtime::init_for_tests();
        let one = new_int(1);
        assert!(isinstance(&one, INT_TYPE.obj()).unwrap());
        assert!(!isinstance(&one, STR_TYPE.obj()).unwrap());
        let tup = new_tuple(vec![STR_TYPE.to_ref(), new_tuple(vec![INT_TYPE.to_ref()])]);
        assert!(isinstance(&one, &tup).unwrap());
        assert!(issubclass(VALUE_ERROR.obj(), EXCEPTION.obj()).unwrap());
        let e = isinstance(&one, &one).unwrap_err();
        assert!(format!("{:?}", e).contains("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        let e = issubclass(&one, INT_TYPE.obj()).unwrap_err();
        assert!(format!("{:?}", e).contains("issubclass() arg 1 must be a class"));
        let u = make_union(INT_TYPE.obj(), crate::object::singletons::NONE.obj()).unwrap();
        assert!(isinstance(&one, &u).unwrap());
        assert_eq!(super::super::protocol::repr_string(&u).unwrap(), "int | None");
    }
}
