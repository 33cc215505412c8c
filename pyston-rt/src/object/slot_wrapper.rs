//! `wrapper_descriptor` (`int.__add__`), `method-wrapper` (`(1).__add__`)
//! and the builtin `__new__` of builtin types: the Python-level faces of a
//! builtin type's slots. Calling one calls the slot function of the type
//! that owns the descriptor, converting arguments and results the way
//! CPython's `wrap_*` functions do.

use super::args::nkw;
use super::exceptions::{stop_iteration, type_error};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{new_bool, new_int};
use super::singletons::{is_none, none};
use super::slots::{SlotDef, SlotId, Wrap};
use super::str::new_str;
use super::typeobj::{as_type, drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::BinOpKind;

/// A slot wrapper in a builtin type's dict.
#[repr(C)]
pub struct PyWrapperDescr {
    pub ob: PyObject,
    pub def: &'static SlotDef,
    /// The builtin type whose slot is wrapped (static: lives forever).
    pub objclass: *const TypeObject,
}

impl PyWrapperDescr {
    pub fn def(&self) -> &'static SlotDef {
        self.def
    }
    pub fn objclass(&self) -> &'static TypeObject {
        // SAFETY: wrapper descriptors are only made for static builtin types.
        unsafe { &*self.objclass }
    }
}

pub static WRAPPER_DESCR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyWrapperDescr>),
    tp_call: slot(wrapper_descr_call),
    tp_descr_get: slot(wrapper_descr_get),
    tp_repr: slot(wrapper_descr_repr),
    flags: std::cell::Cell::new(super::typeobj::type_flags::METHOD_DESCRIPTOR),
    getsets: &WRAPPER_GETSETS,
    ..TypeObject::new_static("wrapper_descriptor", std::mem::size_of::<PyWrapperDescr>())
});

/// A slot wrapper bound to an instance.
#[repr(C)]
pub struct PyMethodWrapper {
    pub ob: PyObject,
    pub descr: PyRef,
    pub self_: PyRef,
}

pub static METHOD_WRAPPER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(method_wrapper_traverse),
    tp_drop: slot(drop_payload::<PyMethodWrapper>),
    tp_call: slot(method_wrapper_call),
    tp_repr: slot(method_wrapper_repr),
    tp_hash: slot(method_wrapper_hash),
    tp_richcompare: slot(method_wrapper_richcompare),
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    getsets: &METHOD_WRAPPER_GETSETS,
    ..TypeObject::new_static("method-wrapper", std::mem::size_of::<PyMethodWrapper>())
});

static WRAPPER_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__name__", get: wd_name, set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: wd_qualname, set: None, doc: "" },
    GetSetDef { name: "__objclass__", get: wd_objclass, set: None, doc: "" },
    GetSetDef { name: "__doc__", get: wd_doc, set: None, doc: "" },
];

static METHOD_WRAPPER_GETSETS: [GetSetDef; 5] = [
    GetSetDef { name: "__name__", get: mw_name, set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: mw_qualname, set: None, doc: "" },
    GetSetDef { name: "__self__", get: mw_self, set: None, doc: "" },
    GetSetDef { name: "__objclass__", get: mw_objclass, set: None, doc: "" },
    GetSetDef { name: "__doc__", get: mw_doc, set: None, doc: "" },
];

pub fn new_wrapper_descr(t: &'static TypeObject, def: &'static SlotDef) -> PyRef {
    new_object(&WRAPPER_DESCR_TYPE, |ob| PyWrapperDescr { ob, def, objclass: t })
}

#[inline]
pub fn as_wrapper_descr(o: &PyObject) -> Option<&PyWrapperDescr> {
    if o.is_exact(&WRAPPER_DESCR_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyWrapperDescr>() })
    } else {
        None
    }
}

fn wd(o: &PyObject) -> &PyWrapperDescr {
    // SAFETY: only installed on wrapper descriptors.
    unsafe { o.cast::<PyWrapperDescr>() }
}

fn mw(o: &PyObject) -> &PyMethodWrapper {
    // SAFETY: only installed on method-wrappers.
    unsafe { o.cast::<PyMethodWrapper>() }
}

fn wd_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(super::str::intern(wd(o).def.name))
}
fn wd_qualname(o: &PyObject) -> PyResult<PyRef> {
    let d = wd(o);
    Ok(new_str(format!("{}.{}", d.objclass().name(), d.def.name)))
}
fn wd_objclass(o: &PyObject) -> PyResult<PyRef> {
    Ok(wd(o).objclass().to_ref())
}
fn wd_doc(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(wd(o).def.doc))
}
fn mw_name(o: &PyObject) -> PyResult<PyRef> {
    wd_name(&mw(o).descr)
}
fn mw_qualname(o: &PyObject) -> PyResult<PyRef> {
    wd_qualname(&mw(o).descr)
}
fn mw_self(o: &PyObject) -> PyResult<PyRef> {
    Ok(mw(o).self_.clone())
}
fn mw_objclass(o: &PyObject) -> PyResult<PyRef> {
    wd_objclass(&mw(o).descr)
}
fn mw_doc(o: &PyObject) -> PyResult<PyRef> {
    wd_doc(&mw(o).descr)
}

fn wrapper_descr_repr(o: &PyObject) -> PyResult<PyRef> {
    let d = wd(o);
    Ok(new_str(format!("<slot wrapper '{}' of '{}' objects>", d.def.name, d.objclass().name())))
}

fn method_wrapper_repr(o: &PyObject) -> PyResult<PyRef> {
    let m = mw(o);
    Ok(new_str(format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        wd(&m.descr).def.name,
        m.self_.type_().name(),
        m.self_.as_ptr() as usize
    )))
}

fn method_wrapper_hash(o: &PyObject) -> PyResult<isize> {
    let m = mw(o);
    let h = super::protocol::hash(&m.self_)?;
    let x = (h as usize) ^ (m.descr.as_ptr() as usize).rotate_right(4);
    Ok(if x as isize == -1 { -2 } else { x as isize })
}

fn method_wrapper_richcompare(a: &PyObject, b: &PyObject, op: crate::bytecode::CmpKind) -> PyResult<PyRef> {
    use crate::bytecode::CmpKind;
    if !b.is_exact(&METHOD_WRAPPER_TYPE) || !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(super::singletons::not_implemented());
    }
    let (x, y) = (mw(a), mw(b));
    let eq = x.descr.is(&y.descr) && x.self_.is(&y.self_);
    Ok(new_bool(if op == CmpKind::Eq { eq } else { !eq }))
}

fn check_self(d: &PyWrapperDescr, self_: &PyObject) -> PyResult<()> {
    if self_.is_instance_of(d.objclass()) {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{}' requires a '{}' object but received a '{}'",
        d.def.name,
        d.objclass().tp_name(),
        self_.type_().tp_name()
    )))
}

fn wrapper_descr_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let d = wd(o);
    let npos = args.len() - nkw(kwnames);
    if npos < 1 {
        return Err(type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            d.def.name,
            d.objclass().name()
        )));
    }
    check_self(d, args[0])?;
    call_wrapper(d.def, d.objclass(), args[0], &args[1..], kwnames)
}

fn wrapper_descr_get(o: &PyObject, obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    let d = wd(o);
    match obj {
        None => Ok(o.to_ref()),
        Some(obj) => {
            if !obj.is_instance_of(d.objclass()) {
                return Err(type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    d.def.name,
                    d.objclass().tp_name(),
                    obj.type_().tp_name()
                )));
            }
            Ok(new_method_wrapper(o, obj))
        }
    }
}

/// Bind a wrapper descriptor to `self_`.
pub fn new_method_wrapper(descr: &PyObject, self_: &PyObject) -> PyRef {
    new_object(&METHOD_WRAPPER_TYPE, |ob| PyMethodWrapper { ob, descr: descr.to_ref(), self_: self_.to_ref() })
}

fn method_wrapper_call(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let m = mw(o);
    let d = wd(&m.descr);
    call_wrapper(d.def, d.objclass(), &m.self_, args, kwnames)
}

fn expect_args(args: &[&PyObject], kwnames: Option<&PyObject>, n: usize) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if args.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(type_error(format!("expected {} argument{}, got {}", n, s, args.len())));
    }
    Ok(())
}

fn expect_range(args: &[&PyObject], kwnames: Option<&PyObject>, min: usize, max: usize) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if args.len() < min || args.len() > max {
        let how = if args.len() < min { "at least" } else { "at most" };
        let n = if args.len() < min { min } else { max };
        let s2 = if n == 1 { "" } else { "s" };
        // CPython unpacks these with `PyArg_UnpackTuple(args, "", ...)`:
        // the empty function name leaves a leading space.
        return Err(type_error(format!(" expected {} {} argument{}, got {}", how, n, s2, args.len())));
    }
    Ok(())
}

/// Forbid `object.__setattr__(SomeBuiltinType, ...)`-style misuse
/// (CPython's `hackcheck`): between the object's type and the wrapper's
/// type, no builtin type may override `tp_setattro`.
fn hackcheck(self_: &PyObject, objclass: &TypeObject, what: &str) -> PyResult<()> {
    let func = objclass.tp_setattro.get().map(|f| f as usize);
    let generic = Some(super::slot_funcs::slot_tp_setattro as *const () as usize);
    let mut cur = Some(self_.type_());
    while let Some(b) = cur {
        let f = b.tp_setattro.get().map(|f| f as usize);
        if f == func {
            return Ok(());
        }
        if f != generic {
            return Err(type_error(format!("can't apply this {} to {} object", what, self_.type_().name())));
        }
        cur = b.base();
    }
    Ok(())
}

macro_rules! get_slot {
    ($t:expr, $f:ident) => {
        $t.$f.get().ok_or_else(|| type_error("slot wrapper called on a type without the slot"))?
    };
}

/// Call slot `def` of `t` on `self_` with the Python-level arguments.
pub fn call_wrapper(def: &SlotDef, t: &TypeObject, self_: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    match def.wrap {
        Wrap::Unary => {
            expect_args(args, kwnames, 0)?;
            let f = match def.slot {
                SlotId::Repr => get_slot!(t, tp_repr),
                SlotId::Str => get_slot!(t, tp_str),
                SlotId::Iter => get_slot!(t, tp_iter),
                SlotId::Neg => get_slot!(t, nb_negative),
                SlotId::Pos => get_slot!(t, nb_positive),
                SlotId::Invert => get_slot!(t, nb_invert),
                SlotId::Abs => get_slot!(t, nb_absolute),
                SlotId::Int => get_slot!(t, nb_int),
                SlotId::Float => get_slot!(t, nb_float),
                SlotId::Index => get_slot!(t, nb_index),
                _ => return Err(type_error("bad unary slot wrapper")),
            };
            f(self_)
        }
        Wrap::Hash => {
            expect_args(args, kwnames, 0)?;
            let h = get_slot!(t, tp_hash)(self_)?;
            Ok(new_int(h as i64))
        }
        Wrap::Call => get_slot!(t, tp_call)(self_, args, kwnames),
        Wrap::GetAttribute => {
            expect_args(args, kwnames, 1)?;
            let name = args[0];
            if super::str::as_pystr(name).is_none() {
                return Err(type_error(format!("attribute name must be string, not '{}'", name.type_().name())));
            }
            match get_slot!(t, tp_getattro)(self_, name)? {
                Some(v) => Ok(v),
                None => Err(super::protocol::no_attribute(self_, name)),
            }
        }
        Wrap::SetAttr => {
            expect_args(args, kwnames, 2)?;
            hackcheck(self_, t, "__setattr__")?;
            get_slot!(t, tp_setattro)(self_, args[0], Some(args[1]))?;
            Ok(none())
        }
        Wrap::DelAttr => {
            expect_args(args, kwnames, 1)?;
            hackcheck(self_, t, "__delattr__")?;
            get_slot!(t, tp_setattro)(self_, args[0], None)?;
            Ok(none())
        }
        Wrap::Cmp(op) => {
            expect_args(args, kwnames, 1)?;
            get_slot!(t, tp_richcompare)(self_, args[0], op)
        }
        Wrap::Next => {
            expect_args(args, kwnames, 0)?;
            match get_slot!(t, tp_iternext)(self_)? {
                Some(v) => Ok(v),
                None => Err(stop_iteration(None)),
            }
        }
        Wrap::DescrGet => {
            expect_range(args, kwnames, 1, 2)?;
            let obj = if is_none(args[0]) { None } else { Some(args[0]) };
            let ty = args.get(1).copied().filter(|t| !is_none(t));
            if obj.is_none() && ty.is_none() {
                return Err(type_error("__get__(None, None) is invalid"));
            }
            get_slot!(t, tp_descr_get)(self_, obj, ty)
        }
        Wrap::DescrSet => {
            expect_args(args, kwnames, 2)?;
            get_slot!(t, tp_descr_set)(self_, args[0], Some(args[1]))?;
            Ok(none())
        }
        Wrap::DescrDelete => {
            expect_args(args, kwnames, 1)?;
            get_slot!(t, tp_descr_set)(self_, args[0], None)?;
            Ok(none())
        }
        Wrap::Init => {
            get_slot!(t, tp_init)(self_, args, kwnames)?;
            Ok(none())
        }
        Wrap::Del => {
            expect_args(args, kwnames, 0)?;
            get_slot!(t, tp_finalize)(self_);
            Ok(none())
        }
        Wrap::Len => {
            expect_args(args, kwnames, 0)?;
            let n = get_slot!(t, mp_length)(self_)?;
            Ok(new_int(n as i64))
        }
        Wrap::GetItem => {
            expect_args(args, kwnames, 1)?;
            get_slot!(t, mp_subscript)(self_, args[0])
        }
        Wrap::SetItem => {
            expect_args(args, kwnames, 2)?;
            get_slot!(t, mp_ass_subscript)(self_, args[0], Some(args[1]))?;
            Ok(none())
        }
        Wrap::DelItem => {
            expect_args(args, kwnames, 1)?;
            get_slot!(t, mp_ass_subscript)(self_, args[0], None)?;
            Ok(none())
        }
        Wrap::Contains => {
            expect_args(args, kwnames, 1)?;
            let r = get_slot!(t, sq_contains)(self_, args[0])?;
            Ok(new_bool(r))
        }
        Wrap::Bool => {
            expect_args(args, kwnames, 0)?;
            let r = get_slot!(t, nb_bool)(self_)?;
            Ok(new_bool(r))
        }
        Wrap::Binary | Wrap::BinaryR => {
            expect_args(args, kwnames, 1)?;
            let f = match def.slot {
                SlotId::Nb(k) => t.nb[k as usize].get(),
                SlotId::SqConcat => t.sq_concat.get(),
                _ => None,
            }
            .ok_or_else(|| type_error("bad binary slot wrapper"))?;
            if def.wrap == Wrap::Binary {
                f(self_, args[0])
            } else {
                f(args[0], self_)
            }
        }
        Wrap::Pow | Wrap::PowR => {
            expect_range(args, kwnames, 1, 2)?;
            let (a, b) = if def.wrap == Wrap::Pow { (self_, args[0]) } else { (args[0], self_) };
            let modulus = args.get(1).copied().filter(|m| !is_none(m));
            match modulus {
                Some(m) if def.slot == SlotId::Nb(BinOpKind::Pow) => match t.nb_power3.get() {
                    Some(f) => f(a, b, m),
                    None => Ok(super::singletons::not_implemented()),
                },
                _ => {
                    let f = match def.slot {
                        SlotId::Nb(k) => t.nb[k as usize].get(),
                        _ => None,
                    }
                    .ok_or_else(|| type_error("bad pow slot wrapper"))?;
                    f(a, b)
                }
            }
        }
        Wrap::Repeat => {
            expect_args(args, kwnames, 1)?;
            let n = super::args::expect_index(args[0])?;
            get_slot!(t, sq_repeat)(self_, n)
        }
        Wrap::New | Wrap::None => Err(type_error("bad slot wrapper")),
    }
}

// ---- `__new__` of builtin types: a builtin method bound to the type. ----

pub static TP_NEW_DEF: MethodDef = MethodDef {
    name: "__new__",
    func: tp_new_wrapper,
    flags: 0,
    doc: "Create and return a new object.  See help(type) for accurate signature.",
};

/// `T.__new__` for a builtin type T.
pub fn new_tp_new_wrapper(t: &'static TypeObject) -> PyRef {
    super::descr::new_bound_builtin(&TP_NEW_DEF, t.to_ref())
}

/// If `o` is the builtin `__new__` of some type, that type.
pub fn tp_new_wrapper_type(o: &PyObject) -> Option<&TypeObject> {
    if !o.is_exact(&super::descr::BUILTIN_FUNCTION_TYPE) {
        return None;
    }
    // SAFETY: checked the type.
    let f = unsafe { o.cast::<super::descr::PyBuiltinFunction>() };
    if !std::ptr::eq(f.def, &TP_NEW_DEF) {
        return None;
    }
    f.self_.as_ref().and_then(|s| as_type(s))
}

/// `T.__new__(S, *args)`: check S is a subtype of T and that T's
/// constructor is the right one for S's layout, then call it.
fn tp_new_wrapper(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let t = as_type(args[0]).ok_or_else(|| type_error("__new__ wrapper bound to a non-type"))?;
    let npos = args.len() - nkw(kwnames);
    if npos < 2 {
        return Err(type_error(format!("{}.__new__(): not enough arguments", t.name())));
    }
    let sub_o = args[1];
    let sub = as_type(sub_o).ok_or_else(|| {
        type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            t.name(),
            sub_o.type_().name()
        ))
    })?;
    if !sub.is_subtype(t) {
        return Err(type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            t.name(),
            sub.name(),
            sub.name(),
            t.name()
        )));
    }
    // The nearest base of `sub` whose constructor is not defined in Python
    // must use the same constructor as `t`.
    let mut staticbase = Some(sub);
    while let Some(s) = staticbase {
        if s.tp_new.get().map(|f| f as usize) == Some(super::slot_funcs::slot_tp_new as *const () as usize) {
            staticbase = s.base();
        } else {
            break;
        }
    }
    if let Some(s) = staticbase {
        if s.tp_new.get().map(|f| f as usize) != t.tp_new.get().map(|f| f as usize) {
            return Err(type_error(format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                t.name(),
                sub.name(),
                s.name()
            )));
        }
    }
    let new = t.tp_new.get().ok_or_else(|| type_error(format!("cannot create '{}' instances", t.name())))?;
    new(sub, &args[2..], kwnames)
}


/// Cycle collector: a method-wrapper's descriptor and self.
pub fn method_wrapper_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on method-wrapper.
    let m = unsafe { o.cast::<PyMethodWrapper>() };
    visit(&m.descr);
    visit(&m.self_);
}
