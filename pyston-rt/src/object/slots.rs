//! Slot wrappers and slot functions: the bridge between type slots and
//! Python-level dunder methods (CPython's `slotdefs`).
//!
//! - For builtin types, `add_slot_wrappers` puts a `wrapper_descriptor` into
//!   the type dict for each slot the type fills itself (`int.__add__`,
//!   `list.__len__`), so dunders exist at Python level (`slot_wrapper.rs`).
//! - For classes defined in Python, `fixup_slots` (at class creation) and
//!   `update_slot` (when a dunder is assigned or deleted later) set each slot
//!   from what the MRO defines: the builtin slot function itself when the
//!   dunder found is that builtin's own wrapper, otherwise a generic function
//!   that looks up and calls the dunder (`slot_funcs.rs`).

use super::dict::{dict_get_str, dict_set_item_str};
use super::header::PyObject;
use super::singletons::{is_none, none};
use super::str::{intern, str_value};
use super::typeobj::{type_flags, TypeObject};
use crate::bytecode::{BinOpKind, CmpKind};

/// Which slot of the type object a dunder maps to.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SlotId {
    Repr,
    Str,
    Hash,
    Call,
    GetAttr,
    SetAttr,
    RichCmp,
    Iter,
    IterNext,
    DescrGet,
    DescrSet,
    Init,
    New,
    Finalize,
    MpLength,
    MpSubscript,
    MpAssSubscript,
    SqContains,
    SqConcat,
    SqRepeat,
    NbBool,
    Nb(BinOpKind),
    NbPower3,
    Neg,
    Pos,
    Invert,
    Abs,
    Int,
    Float,
    Index,
}

/// How the Python-level wrapper calls the slot.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Wrap {
    /// No Python-visible wrapper (`__getattr__` feeds `tp_getattro`).
    None,
    /// `f(self)`
    Unary,
    Hash,
    Call,
    GetAttribute,
    SetAttr,
    DelAttr,
    Cmp(CmpKind),
    Next,
    DescrGet,
    DescrSet,
    DescrDelete,
    Init,
    /// `__new__` is a builtin function bound to the type, not a wrapper descriptor.
    New,
    Del,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Bool,
    /// `f(self, other)`
    Binary,
    /// `f(other, self)`
    BinaryR,
    /// `__pow__(self, other, mod=None)`
    Pow,
    /// `__rpow__(self, other, mod=None)`
    PowR,
    /// Sequence repetition with an index argument.
    Repeat,
}

/// One dunder ↔ slot correspondence.
pub struct SlotDef {
    pub name: &'static str,
    pub slot: SlotId,
    pub wrap: Wrap,
    pub doc: &'static str,
}

const fn sd(name: &'static str, slot: SlotId, wrap: Wrap, doc: &'static str) -> SlotDef {
    SlotDef { name, slot, wrap, doc }
}

macro_rules! binslots {
    ($($kind:ident $ikind:ident $name:literal $rname:literal $iname:literal $sym:literal;)*) => {
        [$(
            sd($name, SlotId::Nb(BinOpKind::$kind), Wrap::Binary, concat!("Return self", $sym, "value.")),
            sd($rname, SlotId::Nb(BinOpKind::$kind), Wrap::BinaryR, concat!("Return value", $sym, "self.")),
        )*]
    };
}

macro_rules! inplace_slots {
    ($($kind:ident $ikind:ident $name:literal $rname:literal $iname:literal $sym:literal;)*) => {
        [$(
            sd($iname, SlotId::Nb(BinOpKind::$ikind), Wrap::Binary, concat!("Return self", $sym, "=value.")),
        )*]
    };
}

macro_rules! all_binops {
    ($m:ident) => {
        $m! {
            Add IAdd "__add__" "__radd__" "__iadd__" "+";
            Sub ISub "__sub__" "__rsub__" "__isub__" "-";
            Mul IMul "__mul__" "__rmul__" "__imul__" "*";
            Mod IMod "__mod__" "__rmod__" "__imod__" "%";
            LShift ILShift "__lshift__" "__rlshift__" "__ilshift__" "<<";
            RShift IRShift "__rshift__" "__rrshift__" "__irshift__" ">>";
            And IAnd "__and__" "__rand__" "__iand__" "&";
            Xor IXor "__xor__" "__rxor__" "__ixor__" "^";
            Or IOr "__or__" "__ror__" "__ior__" "|";
            FloorDiv IFloorDiv "__floordiv__" "__rfloordiv__" "__ifloordiv__" "//";
            TrueDiv ITrueDiv "__truediv__" "__rtruediv__" "__itruediv__" "/";
            MatMul IMatMul "__matmul__" "__rmatmul__" "__imatmul__" "@";
        }
    };
}

static TP_DEFS: [SlotDef; 28] = [
    sd("__repr__", SlotId::Repr, Wrap::Unary, "Return repr(self)."),
    sd("__hash__", SlotId::Hash, Wrap::Hash, "Return hash(self)."),
    sd("__call__", SlotId::Call, Wrap::Call, "Call self as a function."),
    sd("__str__", SlotId::Str, Wrap::Unary, "Return str(self)."),
    sd("__getattribute__", SlotId::GetAttr, Wrap::GetAttribute, "Return getattr(self, name)."),
    sd("__getattr__", SlotId::GetAttr, Wrap::None, ""),
    sd("__setattr__", SlotId::SetAttr, Wrap::SetAttr, "Implement setattr(self, name, value)."),
    sd("__delattr__", SlotId::SetAttr, Wrap::DelAttr, "Implement delattr(self, name)."),
    sd("__lt__", SlotId::RichCmp, Wrap::Cmp(CmpKind::Lt), "Return self<value."),
    sd("__le__", SlotId::RichCmp, Wrap::Cmp(CmpKind::Le), "Return self<=value."),
    sd("__eq__", SlotId::RichCmp, Wrap::Cmp(CmpKind::Eq), "Return self==value."),
    sd("__ne__", SlotId::RichCmp, Wrap::Cmp(CmpKind::Ne), "Return self!=value."),
    sd("__gt__", SlotId::RichCmp, Wrap::Cmp(CmpKind::Gt), "Return self>value."),
    sd("__ge__", SlotId::RichCmp, Wrap::Cmp(CmpKind::Ge), "Return self>=value."),
    sd("__iter__", SlotId::Iter, Wrap::Unary, "Implement iter(self)."),
    sd("__next__", SlotId::IterNext, Wrap::Next, "Implement next(self)."),
    sd("__get__", SlotId::DescrGet, Wrap::DescrGet, "Return an attribute of instance, which is of type owner."),
    sd("__set__", SlotId::DescrSet, Wrap::DescrSet, "Set an attribute of instance to value."),
    sd("__delete__", SlotId::DescrSet, Wrap::DescrDelete, "Delete an attribute of instance."),
    sd("__init__", SlotId::Init, Wrap::Init, "Initialize self.  See help(type(self)) for accurate signature."),
    sd("__new__", SlotId::New, Wrap::New, "Create and return a new object.  See help(type) for accurate signature."),
    sd("__del__", SlotId::Finalize, Wrap::Del, "Called when the instance is about to be destroyed."),
    // Number protocol (the binary operators follow in NB_DEFS).
    sd("__pow__", SlotId::Nb(BinOpKind::Pow), Wrap::Pow, "Return pow(self, value, mod)."),
    sd("__rpow__", SlotId::Nb(BinOpKind::Pow), Wrap::PowR, "Return pow(value, self, mod)."),
    sd("__neg__", SlotId::Neg, Wrap::Unary, "-self"),
    sd("__pos__", SlotId::Pos, Wrap::Unary, "+self"),
    sd("__abs__", SlotId::Abs, Wrap::Unary, "abs(self)"),
    sd("__bool__", SlotId::NbBool, Wrap::Bool, "True if self else False"),
];

static NB_DEFS: [SlotDef; 24] = all_binops!(binslots);
static NB_INPLACE_DEFS: [SlotDef; 12] = all_binops!(inplace_slots);

static OTHER_DEFS: [SlotDef; 15] = [
    sd("__invert__", SlotId::Invert, Wrap::Unary, "~self"),
    sd("__int__", SlotId::Int, Wrap::Unary, "int(self)"),
    sd("__float__", SlotId::Float, Wrap::Unary, "float(self)"),
    sd("__index__", SlotId::Index, Wrap::Unary, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    sd("__ipow__", SlotId::Nb(BinOpKind::IPow), Wrap::Pow, "Return self**=value."),
    sd("__len__", SlotId::MpLength, Wrap::Len, "Return len(self)."),
    sd("__getitem__", SlotId::MpSubscript, Wrap::GetItem, "Return self[key]."),
    sd("__setitem__", SlotId::MpAssSubscript, Wrap::SetItem, "Set self[key] to value."),
    sd("__delitem__", SlotId::MpAssSubscript, Wrap::DelItem, "Delete self[key]."),
    sd("__contains__", SlotId::SqContains, Wrap::Contains, "Return key in self."),
    sd("__add__", SlotId::SqConcat, Wrap::Binary, "Return self+value."),
    sd("__mul__", SlotId::SqRepeat, Wrap::Repeat, "Return self*value."),
    sd("__rmul__", SlotId::SqRepeat, Wrap::Repeat, "Return value*self."),
    // `pow(a, b, m)`: the ternary slot shares the dunders of `**`.
    sd("__pow__", SlotId::NbPower3, Wrap::None, ""),
    sd("__rpow__", SlotId::NbPower3, Wrap::None, ""),
];

/// Every slot definition, in the order wrappers are added to a type dict
/// (CPython's order: type slots, number slots, mapping, sequence).
pub fn slotdefs() -> impl Iterator<Item = &'static SlotDef> {
    static ORDER: std::sync::OnceLock<Vec<&'static SlotDef>> = std::sync::OnceLock::new();
    ORDER
        .get_or_init(|| {
            let mut v: Vec<&'static SlotDef> = Vec::new();
            v.extend(TP_DEFS[..22].iter());
            v.extend(NB_DEFS[..8].iter()); // add sub mul mod (and reflected)
            v.extend(TP_DEFS[22..].iter()); // pow rpow neg pos abs bool
            v.push(&OTHER_DEFS[0]); // invert
            v.extend(NB_DEFS[8..18].iter()); // lshift rshift and xor or
            v.extend(OTHER_DEFS[1..3].iter()); // int float
            v.extend(NB_INPLACE_DEFS[..4].iter()); // iadd isub imul imod
            v.push(&OTHER_DEFS[4]); // ipow
            v.extend(NB_INPLACE_DEFS[4..9].iter()); // ilshift irshift iand ixor ior
            v.extend(NB_DEFS[18..22].iter()); // floordiv truediv
            v.extend(NB_INPLACE_DEFS[9..11].iter()); // ifloordiv itruediv
            v.push(&OTHER_DEFS[3]); // index
            v.extend(NB_DEFS[22..].iter()); // matmul
            v.push(&NB_INPLACE_DEFS[11]); // imatmul
            v.extend(OTHER_DEFS[5..].iter()); // mapping, sequence, pow3
            v
        })
        .iter()
        .copied()
}

/// The address of the function in slot `id` of `t` (for identity checks).
pub fn slot_addr(t: &TypeObject, id: SlotId) -> Option<usize> {
    macro_rules! a {
        ($f:ident) => {
            t.$f.get().map(|f| f as usize)
        };
    }
    match id {
        SlotId::Repr => a!(tp_repr),
        SlotId::Str => a!(tp_str),
        SlotId::Hash => a!(tp_hash),
        SlotId::Call => a!(tp_call),
        SlotId::GetAttr => a!(tp_getattro),
        SlotId::SetAttr => a!(tp_setattro),
        SlotId::RichCmp => a!(tp_richcompare),
        SlotId::Iter => a!(tp_iter),
        SlotId::IterNext => a!(tp_iternext),
        SlotId::DescrGet => a!(tp_descr_get),
        SlotId::DescrSet => a!(tp_descr_set),
        SlotId::Init => a!(tp_init),
        SlotId::New => a!(tp_new),
        SlotId::Finalize => a!(tp_finalize),
        SlotId::MpLength => a!(mp_length),
        SlotId::MpSubscript => a!(mp_subscript),
        SlotId::MpAssSubscript => a!(mp_ass_subscript),
        SlotId::SqContains => a!(sq_contains),
        SlotId::SqConcat => a!(sq_concat),
        SlotId::SqRepeat => a!(sq_repeat),
        SlotId::NbBool => a!(nb_bool),
        SlotId::Nb(k) => t.nb[k as usize].get().map(|f| f as usize),
        SlotId::NbPower3 => a!(nb_power3),
        SlotId::Neg => a!(nb_negative),
        SlotId::Pos => a!(nb_positive),
        SlotId::Invert => a!(nb_invert),
        SlotId::Abs => a!(nb_absolute),
        SlotId::Int => a!(nb_int),
        SlotId::Float => a!(nb_float),
        SlotId::Index => a!(nb_index),
    }
}

/// Copy slot `id` from `src` to `dst` (None clears it).
pub fn copy_slot(dst: &TypeObject, src: Option<&TypeObject>, id: SlotId) {
    macro_rules! c {
        ($f:ident) => {
            dst.$f.set(src.and_then(|s| s.$f.get()))
        };
    }
    match id {
        SlotId::Repr => c!(tp_repr),
        SlotId::Str => c!(tp_str),
        SlotId::Hash => c!(tp_hash),
        SlotId::Call => c!(tp_call),
        SlotId::GetAttr => c!(tp_getattro),
        SlotId::SetAttr => c!(tp_setattro),
        SlotId::RichCmp => c!(tp_richcompare),
        SlotId::Iter => c!(tp_iter),
        SlotId::IterNext => c!(tp_iternext),
        SlotId::DescrGet => c!(tp_descr_get),
        SlotId::DescrSet => c!(tp_descr_set),
        SlotId::Init => c!(tp_init),
        SlotId::New => c!(tp_new),
        SlotId::Finalize => c!(tp_finalize),
        SlotId::MpLength => c!(mp_length),
        SlotId::MpSubscript => c!(mp_subscript),
        SlotId::MpAssSubscript => c!(mp_ass_subscript),
        SlotId::SqContains => c!(sq_contains),
        SlotId::SqConcat => c!(sq_concat),
        SlotId::SqRepeat => c!(sq_repeat),
        SlotId::NbBool => c!(nb_bool),
        SlotId::Nb(k) => dst.nb[k as usize].set(src.and_then(|s| s.nb[k as usize].get())),
        SlotId::NbPower3 => c!(nb_power3),
        SlotId::Neg => c!(nb_negative),
        SlotId::Pos => c!(nb_positive),
        SlotId::Invert => c!(nb_invert),
        SlotId::Abs => c!(nb_absolute),
        SlotId::Int => c!(nb_int),
        SlotId::Float => c!(nb_float),
        SlotId::Index => c!(nb_index),
    }
}

/// Add wrapper descriptors for the slots a builtin type fills itself (called
/// by `type_ready` before slots are inherited from the base). A name already
/// in the dict is left alone; `__hash__` becomes None for a type that
/// defines comparison but no hash (CPython's rule).
pub fn add_slot_wrappers(t: &'static TypeObject) {
    let dict = t.dict();
    // `__new__` comes first (as CPython's type dicts show).
    if t.tp_new.get().is_some() && dict_get_str(dict, crate::name!("__new__")).is_none() {
        dict_set_item_str(dict, "__new__", super::slot_wrapper::new_tp_new_wrapper(t));
    }
    for d in slotdefs() {
        if d.wrap == Wrap::None {
            continue;
        }
        let key = intern(d.name);
        if dict_get_str(dict, &key).is_some() {
            continue;
        }
        if d.slot == SlotId::Hash && t.tp_hash.get().is_none() && t.tp_richcompare.get().is_some() {
            dict_set_item_str(dict, d.name, none());
            continue;
        }
        if slot_addr(t, d.slot).is_none() {
            continue;
        }
        if d.wrap == Wrap::New {
            dict_set_item_str(dict, d.name, super::slot_wrapper::new_tp_new_wrapper(t));
        } else {
            dict_set_item_str(dict, d.name, super::slot_wrapper::new_wrapper_descr(t, d));
        }
    }
}

/// For a builtin type whose slots are all inherited or own, nothing else is
/// needed; after `inherit`, a type with no hash gets `__hash__ = None`.
pub fn after_inherit(t: &'static TypeObject) {
    if t.tp_hash.get().is_none() && dict_get_str(t.dict(), crate::name!("__hash__")).is_none() {
        dict_set_item_str(t.dict(), "__hash__", none());
    }
}

/// Recompute slot `id` of heap type `t` from the dunders its MRO defines.
fn update_one_slot(t: &TypeObject, id: SlotId) {
    let mut specific: Option<&TypeObject> = None;
    let mut use_generic = false;
    let mut found = false;
    let mut hash_none = false;
    for d in slotdefs().filter(|d| d.slot == id) {
        let Some(descr) = t.lookup_str(d.name) else { continue };
        found = true;
        if is_none(descr) && id == SlotId::Hash {
            hash_none = true;
            break;
        }
        let src = if let Some(w) = super::slot_wrapper::as_wrapper_descr(descr) {
            let wd = w.def();
            // Same slot, and applicable to this type: the builtin function can be used directly.
            if wd.slot == id && t.is_subtype(w.objclass()) {
                Some(w.objclass())
            } else {
                None
            }
        } else if id == SlotId::New {
            super::slot_wrapper::tp_new_wrapper_type(descr).filter(|o| t.is_subtype(o))
        } else {
            None
        };
        match src {
            Some(s) => match specific {
                None => specific = Some(s),
                Some(p) if slot_addr(p, id) == slot_addr(s, id) => {}
                Some(_) => use_generic = true,
            },
            None => use_generic = true,
        }
    }
    if hash_none {
        t.tp_hash.set(Some(super::slot_funcs::hash_not_implemented));
        return;
    }
    if !found {
        copy_slot(t, None, id);
    } else if use_generic || specific.is_none() {
        super::slot_funcs::set_generic(t, id);
    } else {
        copy_slot(t, specific, id);
    }
}

/// Set every slot of a new heap type from its MRO (after class creation).
pub fn fixup_slots(t: &TypeObject) {
    let mut done: Vec<SlotId> = Vec::with_capacity(64);
    for d in slotdefs() {
        if !done.contains(&d.slot) {
            done.push(d.slot);
            update_one_slot(t, d.slot);
        }
    }
    update_flags(t);
}

/// Recompute every slot of a class and of all its subclasses (after
/// `__bases__` assignment).
pub fn fixup_subtree(t: &TypeObject) {
    if t.is_heap_type() {
        fixup_slots(t);
    }
    // SAFETY: the subclass list holds live types.
    let subs: Vec<*mut TypeObject> = unsafe { (**t.subclasses.get()).clone() };
    for s in subs {
        // SAFETY: see above.
        fixup_subtree(unsafe { &*s });
    }
}

fn update_flags(t: &TypeObject) {
    let f = t.flags.get();
    if t.tp_finalize.get().is_some() {
        t.flags.set(f | type_flags::HAS_FINALIZER);
    } else {
        t.flags.set(f & !type_flags::HAS_FINALIZER);
    }
}

/// A dunder was set or deleted on a class: recompute the matching slots of
/// the class and of every subclass that does not override it.
pub fn update_slot(t: &TypeObject, name: &PyObject) {
    let Some(n) = str_value(name) else { return };
    if !(n.starts_with("__") && n.ends_with("__")) {
        return;
    }
    let ids: Vec<SlotId> = {
        let mut v = Vec::new();
        for d in slotdefs() {
            if d.name == n && !v.contains(&d.slot) {
                v.push(d.slot);
            }
        }
        v
    };
    if ids.is_empty() {
        return;
    }
    update_subtree(t, &ids);
}

fn update_subtree(t: &TypeObject, ids: &[SlotId]) {
    if t.is_heap_type() {
        for &id in ids {
            update_one_slot(t, id);
        }
        update_flags(t);
    }
    // SAFETY: the subclass list holds live types.
    let subs: Vec<*mut TypeObject> = unsafe { (**t.subclasses.get()).clone() };
    for s in subs {
        // SAFETY: see above.
        update_subtree(unsafe { &*s }, ids);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{int::INT_TYPE, list::LIST_TYPE, OBJECT_TYPE};

    #[test]
    fn slotdef_table_is_consistent() {
        let n: Vec<&str> = slotdefs().map(|d| d.name).collect();
        assert!(n.contains(&"__radd__"));
        assert!(n.contains(&"__imatmul__"));
        assert!(n.contains(&"__ipow__"));
        for d in slotdefs() {
            assert!(d.name.starts_with("__") && d.name.ends_with("__"), "{}", d.name);
        }
    }

    #[test]
    fn object_has_wrappers() {
        crate::runtime::init_for_tests();
        for name in ["__repr__", "__hash__", "__eq__", "__lt__", "__getattribute__", "__setattr__", "__init__", "__new__"] {
            assert!(dict_get_str(OBJECT_TYPE.dict(), &intern(name)).is_some(), "object.{name}");
        }
        let _ = (&INT_TYPE, &LIST_TYPE);
    }
}
