//! Small record types used by `sys`, `time` and the import system:
//! - struct sequences (`sys.version_info`, `time.struct_time`, ...): tuple
//!   subclasses with named fields, some of which may be outside the tuple
//!   (`tm_zone`); fields are getsets whose doc is `"hidden"` for those;
//! - dict-backed records (`namespace`, `ModuleSpec`, loaders): attributes
//!   live in an instance dict; the repr lists them.

use crate::object::dict::{dict_items, dict_set_item_str};
use crate::object::exceptions::type_error;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::object_type::instance_dict_or_create;
use crate::object::protocol;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::PyTuple;
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, TypeObject};
use crate::object::PyResult;
use std::cell::Cell;

// ---- struct sequences ----

#[repr(C)]
pub struct PyStructSeq {
    pub tuple: PyTuple,
    /// Fields that are attributes only (not part of the sequence).
    pub extra: Box<[PyRef]>,
}

fn field(o: &PyObject, i: usize) -> PyResult<PyRef> {
    // SAFETY: getters are installed only on struct sequence types.
    let s = unsafe { o.cast::<PyStructSeq>() };
    let n = s.tuple.items.len();
    if i < n {
        return Ok(s.tuple.items[i].clone());
    }
    s.extra.get(i - n).cloned().ok_or_else(|| type_error("struct sequence field out of range"))
}

macro_rules! getters {
    ($($i:literal => $f:ident),* $(,)?) => {
        $( fn $f(o: &PyObject) -> PyResult<PyRef> { field(o, $i) } )*
        const GETTERS: [fn(&PyObject) -> PyResult<PyRef>; 20] = [$($f),*];
    };
}

getters! {
    0 => g0, 1 => g1, 2 => g2, 3 => g3, 4 => g4, 5 => g5, 6 => g6, 7 => g7, 8 => g8, 9 => g9,
    10 => g10, 11 => g11, 12 => g12, 13 => g13, 14 => g14, 15 => g15, 16 => g16, 17 => g17, 18 => g18, 19 => g19,
}

/// A field of a struct sequence: `field_def("major", 0)`.
pub const fn field_def(name: &'static str, i: usize) -> GetSetDef {
    GetSetDef { name, get: GETTERS[i], set: None, doc: "" }
}

/// A field outside the sequence part (attribute only).
pub const fn hidden_field_def(name: &'static str, i: usize) -> GetSetDef {
    GetSetDef { name, get: GETTERS[i], set: None, doc: "hidden" }
}

/// A static struct sequence type (`$qualname` is how the repr names it).
#[macro_export]
macro_rules! structseq_type {
    ($stat:ident, $name:literal, $module:expr, $getsets:expr) => {
        pub static $stat: $crate::object::Static<$crate::object::TypeObject> = $crate::object::Static($crate::object::TypeObject {
            base: std::cell::Cell::new(&$crate::object::tuple::TUPLE_TYPE as *const _ as *mut $crate::object::TypeObject),
            flags: std::cell::Cell::new($crate::object::typeobj::type_flags::TUPLE_SUBCLASS),
            tp_drop: $crate::object::typeobj::slot($crate::object::typeobj::drop_payload::<$crate::modules::records::PyStructSeq>),
            tp_repr: $crate::object::typeobj::slot($crate::modules::records::structseq_repr),
            tp_new: $crate::object::typeobj::slot($crate::modules::records::structseq_new),
            module: $module,
            getsets: $getsets,
            ..$crate::object::TypeObject::new_static($name, std::mem::size_of::<$crate::modules::records::PyStructSeq>())
        });
    };
}

fn seq_type_of(t: &TypeObject) -> &TypeObject {
    let mut cur = t;
    while cur.getsets.is_empty() {
        match cur.base() {
            Some(b) => cur = b,
            None => break,
        }
    }
    cur
}

/// (fields in the sequence, all fields)
fn counts(t: &TypeObject) -> (usize, usize) {
    let g = seq_type_of(t).getsets;
    (g.iter().filter(|d| d.doc != "hidden").count(), g.len())
}

/// The index of a field getter in `GETTERS`.
fn getter_index(d: &GetSetDef) -> Option<usize> {
    GETTERS.iter().position(|g| *g as usize == d.get as usize)
}

/// A struct sequence type's class attributes `n_sequence_fields`,
/// `n_fields` and `n_unnamed_fields` (after `type_ready`; other types are
/// left alone). Fields with no getset of their own are the unnamed ones
/// (`os.stat_result`'s integer times).
pub fn add_structseq_counts(t: &'static TypeObject) {
    let is_tuple_base = t.base().is_some_and(|b| std::ptr::eq(b, &crate::object::tuple::TUPLE_TYPE.0));
    if !is_tuple_base || t.getsets.is_empty() {
        return;
    }
    let Some(n_fields) = t.getsets.iter().map(|d| getter_index(d).map(|i| i + 1)).try_fold(0, |m, i| i.map(|i| m.max(i))) else {
        return;
    };
    let hidden = t.getsets.iter().filter(|d| d.doc == "hidden").count();
    let dict = t.dict();
    let int = crate::object::int::new_int;
    dict_set_item_str(dict, "n_sequence_fields", int((n_fields - hidden) as i64));
    dict_set_item_str(dict, "n_fields", int(n_fields as i64));
    dict_set_item_str(dict, "n_unnamed_fields", int((n_fields - t.getsets.len()) as i64));
}

/// A new struct sequence of type `t` with every field's value (sequence
/// fields first, then hidden ones).
pub fn new_structseq(t: &TypeObject, mut values: Vec<PyRef>) -> PyRef {
    let (n, _) = counts(t);
    let extra: Vec<PyRef> = values.split_off(n.min(values.len()));
    new_object(t, |ob| PyStructSeq {
        tuple: PyTuple { ob, items: values.into_boxed_slice(), hash: Cell::new(-1) },
        extra: extra.into_boxed_slice(),
    })
}

pub fn structseq_repr(o: &PyObject) -> PyResult<PyRef> {
    let t = o.type_();
    let st = seq_type_of(t);
    // SAFETY: installed only on struct sequence types.
    let s = unsafe { o.cast::<PyStructSeq>() };
    let mut out = String::new();
    match st.module {
        Some(m) if m != "builtins" => {
            out.push_str(m);
            out.push('.');
        }
        _ => {}
    }
    out.push_str(t.name());
    out.push('(');
    for (i, (g, v)) in st.getsets.iter().zip(s.tuple.items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(g.name);
        out.push('=');
        out.push_str(&protocol::repr_string(v)?);
    }
    out.push(')');
    Ok(new_str(out))
}

pub fn structseq_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, _, _) = crate::object::args::split(args, kw);
    let qual = format!("{}.{}", seq_type_of(t).module.unwrap_or("builtins"), t.name());
    if pos.len() != 1 {
        return Err(type_error(format!("{}() takes at most 2 arguments ({} given)", qual, pos.len())));
    }
    let items = protocol::collect(pos[0])?;
    let (n, total) = counts(t);
    if items.len() < n {
        return Err(type_error(format!("{}() takes an at least {}-sequence ({}-sequence given)", qual, n, items.len())));
    }
    if items.len() > total {
        return Err(type_error(format!("{}() takes an at most {}-sequence ({}-sequence given)", qual, total, items.len())));
    }
    let mut values = items;
    while values.len() < total {
        values.push(crate::object::singletons::none());
    }
    Ok(new_structseq(t, values))
}

// ---- dict-backed records ----

#[repr(C)]
pub struct PyRecord {
    pub ob: PyObject,
    pub dict: Cell<*mut PyObject>,
}

unsafe fn drop_record(_o: *mut PyObject) {
    // The dict is released by the generic dealloc through dictoffset.
}

macro_rules! record_type {
    ($stat:ident, $name:literal, $module:expr $(, $field:ident: $value:expr)*) => {
        pub static $stat: Static<TypeObject> = Static(TypeObject {
            $($field: $value,)*
            tp_drop: slot(drop_record),
            tp_repr: slot(record_repr),
            tp_getattro: slot(crate::object::object_type::generic_getattr),
            tp_setattro: slot(crate::object::object_type::generic_setattr),
            flags: Cell::new(type_flags::BASETYPE | type_flags::HAS_DICT),
            dictoffset: Cell::new(std::mem::offset_of!(PyRecord, dict)),
            module: $module,
            ..TypeObject::new_static($name, std::mem::size_of::<PyRecord>())
        });
    };
}

record_type!(NAMESPACE_TYPE, "SimpleNamespace", Some("types"),
    tp_new: slot(namespace_new), tp_init: slot(namespace_init), tp_richcompare: slot(namespace_richcompare));

fn namespace_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyRecord { ob, dict: Cell::new(std::ptr::null_mut()) }))
}

/// `SimpleNamespace(**kwargs)`: keyword arguments become attributes.
fn namespace_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let (pos, kwvals, kwnames) = crate::object::args::split(a, kw);
    if !pos.is_empty() {
        return Err(crate::object::exceptions::type_error("no positional arguments expected"));
    }
    let d = instance_dict_or_create(o).ok_or_else(|| crate::object::exceptions::system_error("namespace without a dict"))?;
    for (k, v) in kwnames.iter().zip(kwvals) {
        crate::object::dict::dict_set(d, k, v)?;
    }
    Ok(())
}

/// Namespaces compare by their attribute dicts.
fn namespace_richcompare(a: &PyObject, b: &PyObject, op: crate::bytecode::CmpKind) -> PyResult<PyRef> {
    use crate::bytecode::CmpKind;
    if !matches!(op, CmpKind::Eq | CmpKind::Ne) || !a.is_instance_of(&NAMESPACE_TYPE) || !b.is_instance_of(&NAMESPACE_TYPE) {
        return Ok(crate::object::singletons::not_implemented());
    }
    let no_dict = || crate::object::exceptions::system_error("namespace without a dict");
    let da = instance_dict_or_create(a).ok_or_else(no_dict)?.to_ref();
    let db = instance_dict_or_create(b).ok_or_else(no_dict)?.to_ref();
    protocol::rich_compare(&da, &db, op)
}
record_type!(MODULE_SPEC_TYPE, "ModuleSpec", Some("importlib._bootstrap"));
record_type!(SOURCE_LOADER_TYPE, "SourceFileLoader", Some("importlib._bootstrap_external"));
record_type!(BUILTIN_IMPORTER_TYPE, "BuiltinImporter", Some("importlib._bootstrap"));

/// A new record of type `t` with these attributes.
pub fn new_record(t: &TypeObject, attrs: Vec<(&str, PyRef)>) -> PyRef {
    let _ = drop_payload::<PyRecord>;
    let o = new_object(t, |ob| PyRecord { ob, dict: Cell::new(std::ptr::null_mut()) });
    let d = instance_dict_or_create(&o).expect("record dict");
    for (k, v) in attrs {
        dict_set_item_str(d, k, v);
    }
    o
}

fn record_repr(o: &PyObject) -> PyResult<PyRef> {
    let t = o.type_();
    let items = match crate::object::object_type::instance_dict(o) {
        Some(d) => dict_items(d),
        None => vec![],
    };
    let mut out = String::new();
    if std::ptr::eq(t, &MODULE_SPEC_TYPE.0) {
        // ModuleSpec(name='x', loader=..., origin='...')
        let get = |k: &str| items.iter().find(|(n, _)| str_value(n) == Some(k)).map(|(_, v)| v.clone());
        out.push_str("ModuleSpec(");
        let mut parts = Vec::new();
        for k in ["name", "loader", "origin"] {
            if let Some(v) = get(k) {
                if k == "origin" && crate::object::singletons::is_none(&v) {
                    continue;
                }
                parts.push(format!("{}={}", k, protocol::repr_string(&v)?));
            }
        }
        if let Some(v) = get("submodule_search_locations") {
            if !crate::object::singletons::is_none(&v) {
                parts.push(format!("submodule_search_locations={}", protocol::repr_string(&v)?));
            }
        }
        out.push_str(&parts.join(", "));
        out.push(')');
        return Ok(new_str(out));
    }
    if std::ptr::eq(t, &NAMESPACE_TYPE.0) {
        out.push_str("namespace(");
    } else if t.is_subtype(&NAMESPACE_TYPE) {
        out.push_str(t.name());
        out.push('(');
    } else if std::ptr::eq(t, &BUILTIN_IMPORTER_TYPE.0) {
        return Ok(new_str("<class '_frozen_importlib.BuiltinImporter'>"));
    } else {
        return Ok(new_str(protocol::default_repr(o)));
    }
    let mut first = true;
    for (k, v) in items {
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(str_value(&k).unwrap_or("?"));
        out.push('=');
        out.push_str(&protocol::repr_string(&v)?);
    }
    out.push(')');
    Ok(new_str(out))
}

/// Every type defined here, for `static_types()` registration.
pub fn record_types() -> [&'static TypeObject; 4] {
    [&NAMESPACE_TYPE.0, &MODULE_SPEC_TYPE.0, &SOURCE_LOADER_TYPE.0, &BUILTIN_IMPORTER_TYPE.0]
}
