//! `dict_keys`, `dict_values`, `dict_items` views (len, iteration,
//! membership, reversal, repr, set-like comparison and `& | - ^` on keys and
//! items views) and the six dict iterator types, which detect a dict
//! changing size (or keys) during iteration like CPython.

use super::args;
use super::dict::{dict_contains, dict_copy, dict_del_hashed, dict_entry_at, dict_get, dict_get_hashed, dict_len, dict_nentries, DICT_TYPE};
use super::exceptions::runtime_error;
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::new_bool;
use super::list::new_list;
use super::protocol;
use super::reprguard::ReprGuard;
use super::seqiter::self_iter;
use super::sequtil::{eq_fast, new_int_isize, RefSlot};
use super::set::{is_anyset, new_set, new_set_from_iter, pyset, SET_TYPE};
use super::set_methods::{set_difference_update, set_intersection, set_symmetric_difference_update};
use super::singletons::not_implemented;
use super::str::new_str;
use super::tuple::{as_tuple, new_tuple};
use super::typeobj::{drop_payload, nb_slots, slot, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};
use std::cell::Cell;

#[repr(C)]
pub struct PyDictView {
    pub ob: PyObject,
    pub dict: PyRef,
}

static KEYS_METHODS: [MethodDef; 2] = [
    MethodDef { name: "isdisjoint", func: m_isdisjoint, flags: 0, doc: "Return True if the view and the given iterable have a null intersection." },
    MethodDef { name: "__reversed__", func: m_reversed, flags: 0, doc: "Return a reverse iterator over the dict keys." },
];
static ITEMS_METHODS: [MethodDef; 2] = [
    MethodDef { name: "isdisjoint", func: m_isdisjoint, flags: 0, doc: "Return True if the view and the given iterable have a null intersection." },
    MethodDef { name: "__reversed__", func: m_reversed, flags: 0, doc: "Return a reverse iterator over the dict items." },
];
static VALUES_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__reversed__", func: m_reversed, flags: 0, doc: "Return a reverse iterator over the dict values." }];

/// The set operators of keys and items views (a const: each view type gets
/// its own copy of the slot cells).
#[allow(clippy::declare_interior_mutable_const)]
const VIEW_NB: [Cell<Option<super::typeobj::BinaryFn>>; 26] = nb_slots(&[
    (BinOpKind::Sub, views_sub),
    (BinOpKind::And, views_and),
    (BinOpKind::Xor, views_xor),
    (BinOpKind::Or, views_or),
]);

pub static DICT_KEYS_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(view_traverse),
    tp_drop: slot(drop_payload::<PyDictView>),
    tp_repr: slot(view_repr),
    tp_richcompare: slot(view_richcompare),
    tp_iter: slot(keys_iter),
    mp_length: slot(view_len),
    sq_contains: slot(keys_contains),
    nb: VIEW_NB,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    methods: &KEYS_METHODS,
    ..TypeObject::new_static("dict_keys", std::mem::size_of::<PyDictView>())
});

pub static DICT_ITEMS_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(view_traverse),
    tp_drop: slot(drop_payload::<PyDictView>),
    tp_repr: slot(view_repr),
    tp_richcompare: slot(view_richcompare),
    tp_iter: slot(items_iter),
    mp_length: slot(view_len),
    sq_contains: slot(items_contains),
    nb: VIEW_NB,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    methods: &ITEMS_METHODS,
    ..TypeObject::new_static("dict_items", std::mem::size_of::<PyDictView>())
});

pub static DICT_VALUES_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(view_traverse),
    tp_drop: slot(drop_payload::<PyDictView>),
    tp_repr: slot(view_repr),
    tp_iter: slot(values_iter),
    mp_length: slot(view_len),
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    methods: &VALUES_METHODS,
    ..TypeObject::new_static("dict_values", std::mem::size_of::<PyDictView>())
});

/// A view of type `t` (one of the three view types) on dict `d`.
pub fn new_dict_view(d: &PyObject, t: &'static Static<TypeObject>) -> PyRef {
    new_object(t, |ob| PyDictView { ob, dict: d.to_ref() })
}

fn view_dict(o: &PyObject) -> &PyObject {
    // SAFETY: only called on the three view types.
    &unsafe { o.cast::<PyDictView>() }.dict
}

fn is_keys(o: &PyObject) -> bool {
    o.is_exact(&DICT_KEYS_TYPE)
}

fn is_items(o: &PyObject) -> bool {
    o.is_exact(&DICT_ITEMS_TYPE)
}

/// keys or items view (the set-like views).
fn is_setlike_view(o: &PyObject) -> bool {
    is_keys(o) || is_items(o)
}

fn view_len(o: &PyObject) -> PyResult<usize> {
    Ok(dict_len(view_dict(o)))
}

fn view_repr(o: &PyObject) -> PyResult<PyRef> {
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str("..."));
    };
    let items = protocol::collect(o)?;
    let l = new_list(items);
    Ok(new_str(format!("{}({})", o.type_().name(), protocol::repr_string(&l)?)))
}

fn keys_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_dict_iter(view_dict(o), DictIterKind::Keys, false))
}

fn values_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_dict_iter(view_dict(o), DictIterKind::Values, false))
}

fn items_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_dict_iter(view_dict(o), DictIterKind::Items, false))
}

fn keys_contains(o: &PyObject, key: &PyObject) -> PyResult<bool> {
    dict_contains(view_dict(o), key)
}

fn items_contains(o: &PyObject, item: &PyObject) -> PyResult<bool> {
    let Some(t) = as_tuple(item) else { return Ok(false) };
    if t.items.len() != 2 {
        return Ok(false);
    }
    let (k, v) = (t.items[0].clone(), t.items[1].clone());
    match dict_get(view_dict(o), &k)? {
        Some(found) => eq_fast(&found, &v),
        None => Ok(false),
    }
}

fn view_contains(view: &PyObject, x: &PyObject) -> PyResult<bool> {
    if is_keys(view) {
        keys_contains(view, x)
    } else {
        items_contains(view, x)
    }
}

fn all_contained_in(a: &PyObject, b: &PyObject) -> PyResult<bool> {
    let it = protocol::iter(a)?;
    while let Some(x) = protocol::next(&it)? {
        if !protocol::contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !is_anyset(b) && !is_setlike_view(b) {
        return Ok(not_implemented());
    }
    let (la, lb) = (protocol::len(a)?, protocol::len(b)?);
    let ok = match op {
        CmpKind::Eq | CmpKind::Ne => {
            let eq = la == lb && all_contained_in(a, b)?;
            eq == (op == CmpKind::Eq)
        }
        CmpKind::Lt => la < lb && all_contained_in(a, b)?,
        CmpKind::Le => la <= lb && all_contained_in(a, b)?,
        CmpKind::Gt => la > lb && all_contained_in(b, a)?,
        CmpKind::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(new_bool(ok))
}

/// `set(view)` (a keys view of an exact dict iterates the dict directly).
fn views_to_set(o: &PyObject) -> PyResult<PyRef> {
    if is_keys(o) {
        let d = view_dict(o);
        if d.is_exact(&DICT_TYPE) {
            return new_set_from_iter(d);
        }
    }
    new_set_from_iter(o)
}

fn views_sub(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let result = views_to_set(a)?;
    set_difference_update(&result, b)?;
    Ok(result)
}

fn views_or(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let result = views_to_set(a)?;
    pyset(&result).update_internal(b)?;
    Ok(result)
}

fn views_and(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (mut s, mut o) = (a, b);
    if !is_setlike_view(s) {
        std::mem::swap(&mut s, &mut o);
    }
    let len_s = view_len(s)?;
    if o.is_exact(&SET_TYPE) && len_s <= protocol::len(o)? {
        return set_intersection(o, s);
    }
    if is_setlike_view(o) && view_len(o)? > len_s {
        std::mem::swap(&mut s, &mut o);
    }
    let result = new_set();
    let it = protocol::iter(o)?;
    while let Some(k) = protocol::next(&it)? {
        if view_contains(s, &k)? {
            pyset(&result).add_key(&k)?;
        }
    }
    Ok(result)
}

/// `d1.items() ^ d2.items()` (CPython's dedicated algorithm).
fn items_xor(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (d1, d2) = (view_dict(a), view_dict(b));
    let temp = dict_copy(d1);
    let result = new_set();
    let mut pos = 0;
    while let Some((k, v2, h)) = super::dict::dict_next_hashed(d2, &mut pos) {
        let to_delete = match dict_get_hashed(&temp, &k, h)? {
            Some(v1) => eq_fast(&v1, &v2)?,
            None => false,
        };
        if to_delete {
            dict_del_hashed(&temp, &k, h)?;
        } else {
            pyset(&result).add_key(&new_tuple(vec![k, v2]))?;
        }
    }
    let remaining = new_dict_view(&temp, &DICT_ITEMS_TYPE);
    pyset(&result).update_internal(&remaining)?;
    Ok(result)
}

fn views_xor(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if is_items(a) && is_items(b) {
        return items_xor(a, b);
    }
    let result = views_to_set(a)?;
    set_symmetric_difference_update(&result, b)?;
    Ok(result)
}

fn m_isdisjoint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let other = args::one_arg(&format!("{}.isdisjoint", a[0].type_().name()), &a[1..], kw)?;
    let (mut s, mut o) = (a[0], other);
    if s.is(o) {
        return Ok(new_bool(view_len(s)? == 0));
    }
    if is_anyset(o) || is_setlike_view(o) {
        let (ls, lo) = (view_len(s)?, protocol::len(o)?);
        if lo > ls {
            std::mem::swap(&mut s, &mut o);
        }
    }
    let it = protocol::iter(o)?;
    while let Some(x) = protocol::next(&it)? {
        if protocol::contains(s, &x)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

fn m_reversed(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reversed__", &a[1..], kw)?;
    let kind = if is_keys(a[0]) {
        DictIterKind::Keys
    } else if is_items(a[0]) {
        DictIterKind::Items
    } else {
        DictIterKind::Values
    };
    Ok(new_dict_iter(view_dict(a[0]), kind, true))
}

// ------------------------------------------------------------ iterators --

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

#[repr(C)]
pub struct PyDictIter {
    pub ob: PyObject,
    pub dict: RefSlot,
    /// `len(d)` when the iterator was made (-1 after a size change).
    pub used: Cell<isize>,
    /// Next entry position (reverse: current, -1 when done).
    pub pos: Cell<isize>,
    /// Items left to yield.
    pub len: Cell<isize>,
    pub kind: DictIterKind,
    pub reverse: bool,
}

static DICTITER_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", func: dictiter_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." }];

macro_rules! dictiter_type {
    ($stat:ident, $name:literal) => {
        pub static $stat: Static<TypeObject> = Static(TypeObject {
            tp_drop: slot(drop_payload::<PyDictIter>),
            tp_iter: slot(self_iter),
            tp_iternext: slot(dictiter_next),
            tp_traverse: slot(dictiter_traverse),
            flags: Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
            methods: &DICTITER_METHODS,
            ..TypeObject::new_static($name, std::mem::size_of::<PyDictIter>())
        });
    };
}

dictiter_type!(DICT_KEYITER_TYPE, "dict_keyiterator");
dictiter_type!(DICT_VALUEITER_TYPE, "dict_valueiterator");
dictiter_type!(DICT_ITEMITER_TYPE, "dict_itemiterator");
dictiter_type!(DICT_REVKEYITER_TYPE, "dict_reversekeyiterator");
dictiter_type!(DICT_REVVALUEITER_TYPE, "dict_reversevalueiterator");
dictiter_type!(DICT_REVITEMITER_TYPE, "dict_reverseitemiterator");

/// Every type defined here, for `object::static_types()`.
pub fn dict_view_types() -> [&'static TypeObject; 9] {
    [
        &DICT_KEYS_TYPE,
        &DICT_VALUES_TYPE,
        &DICT_ITEMS_TYPE,
        &DICT_KEYITER_TYPE,
        &DICT_VALUEITER_TYPE,
        &DICT_ITEMITER_TYPE,
        &DICT_REVKEYITER_TYPE,
        &DICT_REVVALUEITER_TYPE,
        &DICT_REVITEMITER_TYPE,
    ]
}

/// An iterator over the keys, values or items of dict `d`.
pub fn new_dict_iter(d: &PyObject, kind: DictIterKind, reverse: bool) -> PyRef {
    let t: &TypeObject = match (kind, reverse) {
        (DictIterKind::Keys, false) => &DICT_KEYITER_TYPE,
        (DictIterKind::Values, false) => &DICT_VALUEITER_TYPE,
        (DictIterKind::Items, false) => &DICT_ITEMITER_TYPE,
        (DictIterKind::Keys, true) => &DICT_REVKEYITER_TYPE,
        (DictIterKind::Values, true) => &DICT_REVVALUEITER_TYPE,
        (DictIterKind::Items, true) => &DICT_REVITEMITER_TYPE,
    };
    let n = dict_len(d) as isize;
    let pos = if reverse { dict_nentries(d) as isize - 1 } else { 0 };
    new_object(t, |ob| PyDictIter {
        ob,
        dict: RefSlot::new(Some(d.to_ref())),
        used: Cell::new(n),
        pos: Cell::new(pos),
        len: Cell::new(n),
        kind,
        reverse,
    })
}

fn dictiter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on the dict iterator types.
    let it = unsafe { o.cast::<PyDictIter>() };
    let Some(d) = it.dict.peek() else { return Ok(None) };
    if it.used.get() != dict_len(d) as isize {
        it.used.set(-1);
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let found = if it.reverse {
        let mut i = it.pos.get();
        let mut found = None;
        while i >= 0 {
            if let Some(e) = dict_entry_at(d, i as usize) {
                found = Some(e);
                break;
            }
            i -= 1;
        }
        it.pos.set(i - 1);
        found
    } else {
        let n = dict_nentries(d) as isize;
        let mut i = it.pos.get();
        let mut found = None;
        while i < n {
            if let Some(e) = dict_entry_at(d, i as usize) {
                found = Some(e);
                break;
            }
            i += 1;
        }
        if found.is_some() {
            if it.len.get() == 0 {
                it.dict.clear();
                return Err(runtime_error("dictionary keys changed during iteration"));
            }
            it.pos.set(i + 1);
        }
        found
    };
    let Some((k, v, _)) = found else {
        it.dict.clear();
        return Ok(None);
    };
    it.len.set(it.len.get() - 1);
    Ok(Some(match it.kind {
        DictIterKind::Keys => k,
        DictIterKind::Values => v,
        DictIterKind::Items => new_tuple(vec![k, v]),
    }))
}

fn dictiter_length_hint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__length_hint__", &a[1..], kw)?;
    // SAFETY: installed only on the dict iterator types.
    let it = unsafe { a[0].cast::<PyDictIter>() };
    let n = match it.dict.peek() {
        Some(d) if it.used.get() == dict_len(d) as isize => it.len.get(),
        _ => 0,
    };
    Ok(new_int_isize(n))
}

// ---- cycle collector ----

pub fn view_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on the dict view types.
    visit(&unsafe { o.cast::<PyDictView>() }.dict);
}

fn dictiter_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on the dict iterator types.
    if let Some(d) = unsafe { o.cast::<PyDictIter>() }.dict.peek() {
        visit(d);
    }
}
