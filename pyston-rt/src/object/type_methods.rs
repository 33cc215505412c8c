//! The Python-visible methods and attributes of `type` (`__name__`,
//! `__bases__`, `__mro__`, `__dict__`, `mro()`, `__subclasses__()`, ...)
//! and of `object` (`__class__`, `__format__`, `__dir__`, ...).

use super::args::{no_args, one_arg};
use super::dict::{dict_del, dict_get_str, dict_keys, dict_set_str, new_dict};
use super::exceptions::{attribute_error, type_error, PyErr, ATTRIBUTE_ERROR, VALUE_ERROR};
use super::header::{PyObject, PyRef};
use super::int::{new_bool, new_int};
use super::list::new_list;
use super::object_type::{OBJECT_TYPE, TYPE_TYPE};
use super::singletons::{none, not_implemented};
use super::str::{new_str, str_value};
use super::tuple::{new_tuple, tuple_slice};
use super::typeobj::{as_type, method_flags, type_flags, GetSetDef, MethodDef, TypeObject};
use super::PyResult;

fn ty(o: &PyObject) -> &TypeObject {
    // Descriptors check their objclass, so `o` is always a type here.
    as_type(o).unwrap_or(&TYPE_TYPE)
}

/// `cannot set 'X' attribute of immutable type 'T'` (and the delete form).
fn check_set_special(t: &TypeObject, v: Option<&PyObject>, name: &str) -> PyResult<()> {
    if !t.is_heap_type() {
        return Err(type_error(format!("cannot set '{}' attribute of immutable type '{}'", name, t.name())));
    }
    if v.is_none() {
        return Err(type_error(format!("cannot delete '{}' attribute of immutable type '{}'", name, t.name())));
    }
    Ok(())
}

/// Setter of the attributes CPython declares as read-only members
/// (`__mro__`, `__base__`, ...): its member descriptor's message.
fn readonly_member(_o: &PyObject, _v: Option<&PyObject>) -> PyResult<()> {
    Err(super::exceptions::attribute_error("readonly attribute"))
}

pub static TYPE_GETSETS: [GetSetDef; 16] = [
    GetSetDef { name: "__basicsize__", get: |o| Ok(new_int(ty(o).basicsize.get() as i64)), set: Some(readonly_member), doc: "" },
    GetSetDef { name: "__itemsize__", get: |_| Ok(new_int(0)), set: Some(readonly_member), doc: "" },
    GetSetDef { name: "__flags__", get: |o| Ok(new_int((ty(o).flags.get() & 0xffff_ffff) as i64)), set: Some(readonly_member), doc: "" },
    GetSetDef { name: "__weakrefoffset__", get: |_| Ok(new_int(0)), set: Some(readonly_member), doc: "" },
    GetSetDef { name: "__base__", get: |o| Ok(ty(o).base().map(|b| b.to_ref()).unwrap_or_else(none)), set: Some(readonly_member), doc: "" },
    GetSetDef { name: "__dictoffset__", get: |o| Ok(new_int(ty(o).dictoffset.get() as i64)), set: Some(readonly_member), doc: "" },
    GetSetDef { name: "__mro__", get: type_mro_get, set: Some(readonly_member), doc: "" },
    GetSetDef { name: "__name__", get: type_name_get, set: Some(type_name_set), doc: "" },
    GetSetDef { name: "__qualname__", get: type_qualname_get, set: Some(type_qualname_set), doc: "" },
    GetSetDef { name: "__bases__", get: |o| Ok(bases_tuple(ty(o))), set: Some(type_bases_set), doc: "" },
    GetSetDef { name: "__module__", get: type_module_get, set: Some(type_module_set), doc: "" },
    GetSetDef { name: "__abstractmethods__", get: type_abstract_get, set: Some(type_abstract_set), doc: "" },
    GetSetDef { name: "__dict__", get: |o| Ok(super::mappingproxy::new_mappingproxy(ty(o).dict())), set: None, doc: "" },
    GetSetDef { name: "__doc__", get: type_doc_get, set: Some(type_doc_set), doc: "" },
    GetSetDef { name: "__text_signature__", get: |_| Ok(none()), set: None, doc: "" },
    GetSetDef { name: "__annotations__", get: type_annotations_get, set: Some(type_annotations_set), doc: "" },
];

pub static TYPE_METHODS: [MethodDef; 7] = [
    MethodDef { name: "mro", func: type_mro_method, flags: 0, doc: "Return a type's method resolution order." },
    MethodDef { name: "__subclasses__", func: type_subclasses, flags: 0, doc: "Return a list of immediate subclasses." },
    MethodDef { name: "__prepare__", func: |_, _| Ok(new_dict()), flags: method_flags::CLASS, doc: "__prepare__() -> dict\nused to create the namespace for the class statement" },
    MethodDef { name: "__instancecheck__", func: type_instancecheck, flags: 0, doc: "Check if an object is an instance." },
    MethodDef { name: "__subclasscheck__", func: type_subclasscheck, flags: 0, doc: "Check if a class is a subclass." },
    MethodDef { name: "__dir__", func: type_dir, flags: 0, doc: "Specialized __dir__ implementation for types." },
    MethodDef { name: "__sizeof__", func: |a, k| { no_args("type.__sizeof__", &a[1..], k)?; Ok(new_int(std::mem::size_of::<TypeObject>() as i64)) }, flags: 0, doc: "Return memory consumption of the type object." },
];

fn type_name_get(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(ty(o).name()))
}

fn type_name_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = ty(o);
    check_set_special(t, v, "__name__")?;
    let v = v.expect("checked");
    let s = str_value(v).ok_or_else(|| {
        type_error(format!("can only assign string to {}.__name__, not '{}'", t.name(), v.type_().name()))
    })?;
    if s.contains('\0') {
        return Err(PyErr::new(&VALUE_ERROR, "type name must not contain null characters"));
    }
    t.set_name(s.to_string());
    Ok(())
}

fn type_qualname_get(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(ty(o).qualname()))
}

fn type_qualname_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = ty(o);
    check_set_special(t, v, "__qualname__")?;
    let v = v.expect("checked");
    let s = str_value(v).ok_or_else(|| {
        type_error(format!("can only assign string to {}.__qualname__, not '{}'", t.name(), v.type_().name()))
    })?;
    t.set_qualname(s.to_string());
    Ok(())
}

fn bases_tuple(t: &TypeObject) -> PyRef {
    // SAFETY: every ready type owns its bases tuple.
    match unsafe { t.bases.get().as_ref() } {
        Some(b) => b.to_ref(),
        None => new_tuple(vec![]),
    }
}

fn type_mro_get(o: &PyObject) -> PyResult<PyRef> {
    Ok(ty(o).mro_tuple().map(|m| m.to_ref()).unwrap_or_else(none))
}

fn type_module_get(o: &PyObject) -> PyResult<PyRef> {
    let t = ty(o);
    if t.is_heap_type() {
        return dict_get_str(t.dict(), crate::name!("__module__"))
            .map(|m| m.to_ref())
            .ok_or_else(|| attribute_error("__module__"));
    }
    Ok(new_str(t.module.unwrap_or("builtins")))
}

fn type_module_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = ty(o);
    check_set_special(t, v, "__module__")?;
    dict_set_str(t.dict(), crate::name!("__module__"), v.expect("checked").to_ref());
    t.modified();
    Ok(())
}

fn type_doc_get(o: &PyObject) -> PyResult<PyRef> {
    let t = ty(o);
    if !t.is_heap_type() {
        if let Some(d) = t.doc {
            return Ok(new_str(d));
        }
    }
    let Some(d) = dict_get_str(t.dict(), crate::name!("__doc__")).map(|d| d.to_ref()) else {
        return Ok(none());
    };
    if d.is_exact(&super::descr::GETSET_DESCR_TYPE) {
        return Ok(none());
    }
    match d.type_().tp_descr_get.get() {
        Some(get) => get(&d, None, Some(o)),
        None => Ok(d),
    }
}

fn type_doc_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = ty(o);
    check_set_special(t, v, "__doc__")?;
    dict_set_str(t.dict(), crate::name!("__doc__"), v.expect("checked").to_ref());
    t.modified();
    Ok(())
}

fn type_abstract_get(o: &PyObject) -> PyResult<PyRef> {
    let t = ty(o);
    if !std::ptr::eq(t, &TYPE_TYPE.0) {
        if let Some(v) = dict_get_str(t.dict(), crate::name!("__abstractmethods__")) {
            return Ok(v.to_ref());
        }
    }
    Err(attribute_error("__abstractmethods__"))
}

fn type_abstract_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = ty(o);
    let abstract_ = match v {
        Some(v) => {
            let a = super::protocol::is_true(v)?;
            dict_set_str(t.dict(), crate::name!("__abstractmethods__"), v.to_ref());
            a
        }
        None => {
            if dict_del(t.dict(), crate::name!("__abstractmethods__"))?.is_none() {
                return Err(attribute_error("__abstractmethods__"));
            }
            false
        }
    };
    t.modified();
    let f = t.flags.get();
    t.flags.set(if abstract_ { f | type_flags::IS_ABSTRACT } else { f & !type_flags::IS_ABSTRACT });
    Ok(())
}

fn type_annotations_get(o: &PyObject) -> PyResult<PyRef> {
    let t = ty(o);
    if !t.is_heap_type() {
        return Err(attribute_error(format!("type object '{}' has no attribute '__annotations__'", t.name())));
    }
    if let Some(a) = dict_get_str(t.dict(), crate::name!("__annotations__")).map(|a| a.to_ref()) {
        return match a.type_().tp_descr_get.get() {
            Some(get) => get(&a, None, Some(o)),
            None => Ok(a),
        };
    }
    let d = new_dict();
    dict_set_str(t.dict(), crate::name!("__annotations__"), d.clone());
    t.modified();
    Ok(d)
}

fn type_annotations_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = ty(o);
    if !t.is_heap_type() {
        return Err(type_error(format!("cannot set '__annotations__' attribute of immutable type '{}'", t.name())));
    }
    match v {
        Some(v) => dict_set_str(t.dict(), crate::name!("__annotations__"), v.to_ref()),
        None => {
            if dict_del(t.dict(), crate::name!("__annotations__"))?.is_none() {
                return Err(attribute_error("__annotations__"));
            }
        }
    }
    t.modified();
    Ok(())
}

/// `C.__bases__ = (...)`: check the new bases, recompute the MRO of the
/// class and its subclasses, relink subclass lists and slots.
fn type_bases_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = ty(o);
    check_set_special(t, v, "__bases__")?;
    let v = v.expect("checked");
    let Some(items) = tuple_slice(v) else {
        return Err(type_error(format!("can only assign tuple to {}.__bases__, not {}", t.name(), v.type_().name())));
    };
    if items.is_empty() {
        return Err(type_error(format!("can only assign non-empty tuple to {}.__bases__, not ()", t.name())));
    }
    let mut bases: Vec<&TypeObject> = Vec::new();
    for b in items {
        let bt = as_type(b).ok_or_else(|| {
            type_error(format!("{}.__bases__ must be tuple of classes, not '{}'", t.name(), b.type_().name()))
        })?;
        if bt.is_subtype(t) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
        bases.push(bt);
    }
    let new_base = super::type_new::best_base(&bases)?;
    let old_base = t.base().expect("class has a base");
    compatible_for_assignment(old_base, new_base, "__bases__")?;
    let old_bases = bases_tuple(t);
    let old_mro = t.mro_tuple().map(|m| m.to_ref());
    unlink_subclass(t, &old_bases);
    let new_bases = v.to_ref();
    // SAFETY: we own the old tuple and replace it with an owned reference.
    let old = t.bases.replace(new_bases.clone().into_raw());
    unsafe { super::header::decref(old) };
    t.base.set(new_base.as_ptr());
    if let Err(e) = remro(t) {
        // Restore the previous state.
        unlink_subclass(t, &new_bases);
        let cur = t.bases.replace(old_bases.clone().into_raw());
        // SAFETY: as above.
        unsafe { super::header::decref(cur) };
        t.base.set(old_base.as_ptr());
        if let Some(m) = old_mro {
            let cur = t.mro.replace(m.into_raw());
            // SAFETY: the type owned the replaced MRO tuple.
            unsafe { super::header::decref(cur) };
        }
        link_subclass(t, &old_bases);
        return Err(e);
    }
    link_subclass(t, &new_bases);
    t.modified();
    super::slots::fixup_subtree(t);
    Ok(())
}

fn unlink_subclass(t: &TypeObject, bases: &PyObject) {
    for b in tuple_slice(bases).unwrap_or(&[]) {
        if let Some(bt) = as_type(b) {
            // SAFETY: subclass lists hold non-owning pointers to live types.
            unsafe { (*bt.subclasses.get()).retain(|s| !std::ptr::eq(*s, t)) };
        }
    }
}

fn link_subclass(t: &TypeObject, bases: &PyObject) {
    for b in tuple_slice(bases).unwrap_or(&[]) {
        if let Some(bt) = as_type(b) {
            // SAFETY: as above; removed again when `t` is deallocated.
            unsafe { (*bt.subclasses.get()).push(t.as_ptr()) };
        }
    }
}

/// Recompute the MRO of `t` and every subclass from their `__bases__`.
fn remro(t: &TypeObject) -> PyResult<()> {
    let bases_o = bases_tuple(t);
    let bases: Vec<&TypeObject> = tuple_slice(&bases_o).unwrap_or(&[]).iter().filter_map(|b| as_type(b)).collect();
    let mro = super::mro::c3_mro(t, &bases)?;
    let old = t.mro.replace(new_tuple(mro).into_raw());
    if !old.is_null() {
        // SAFETY: the type owned its previous MRO tuple.
        unsafe { super::header::decref(old) };
    }
    // SAFETY: the subclass list holds live types.
    let subs: Vec<*mut TypeObject> = unsafe { (**t.subclasses.get()).clone() };
    for s in subs {
        // SAFETY: see above.
        remro(unsafe { &*s })?;
    }
    Ok(())
}

/// What a class adds to its base's instance layout, as CPython 3.11 lays it
/// out (`type_new_descriptors`): `__slots__` members, a dict inside the
/// object only for variable-size bases (otherwise the dict is "managed",
/// outside the object), and a weak-reference slot. Our own layout differs
/// (no weakref slot, dict always inline), so `__class__` assignment checks
/// this model to accept and refuse exactly what CPython does.
struct CpLayout {
    /// `Some` when the class body declared `__slots__` (CPython's `ht_slots`).
    slot_names: Option<Vec<String>>,
    nslots: usize,
    inline_dict: bool,
    weak: bool,
}

/// Whether CPython's instances of `t` are variable-size (`tp_itemsize != 0`).
fn var_sized(t: &TypeObject) -> bool {
    let mut cur = t;
    while cur.is_heap_type() {
        match cur.base() {
            Some(b) => cur = b,
            None => break,
        }
    }
    matches!(cur.name(), "int" | "bool" | "tuple" | "bytes" | "type")
}

fn cp_layout(t: &TypeObject) -> Option<CpLayout> {
    let heap = super::type_new::as_heap_type(t)?;
    let base = t.base()?;
    let d = t.dict();
    let owned_by_t = |o: &PyObject| -> bool {
        if let Some(m) = super::member::as_member_descr(o) {
            return std::ptr::eq(m.objclass, t);
        }
        if o.is_exact(&super::descr::GETSET_DESCR_TYPE) {
            // SAFETY: checked the type just above.
            return std::ptr::eq(unsafe { o.cast::<super::descr::PyGetSetDescr>() }.objclass, t);
        }
        false
    };
    let slot_names = dict_get_str(d, crate::name!("__slots__")).map(|_| {
        let mut names: Vec<String> = super::dict::dict_items(d)
            .iter()
            .filter(|(_, v)| super::member::as_member_descr(v).is_some() && owned_by_t(v))
            .filter_map(|(k, _)| str_value(k).map(|s| s.to_string()))
            .collect();
        names.sort();
        names
    });
    let adds_dict = t.dictoffset.get() != 0 && base.dictoffset.get() == 0;
    let weak = dict_get_str(d, crate::name!("__weakref__")).is_some_and(|w| owned_by_t(w)) && !var_sized(base);
    // SAFETY: the offset list is only changed at class creation.
    let nslots = unsafe { (*heap.member_offsets.get()).len() };
    Some(CpLayout { slot_names, nslots, inline_dict: adds_dict && var_sized(base), weak })
}

impl CpLayout {
    fn extra(&self) -> usize {
        8 * (self.nslots + self.inline_dict as usize + self.weak as usize)
    }
    fn adds_dict_or_anything(&self, t: &TypeObject) -> bool {
        self.extra() != 0 || t.base().is_some_and(|b| t.dictoffset.get() != b.dictoffset.get())
    }
}

/// CPython's `compatible_with_tp_base`: `t` adds nothing to its base's layout.
fn compatible_with_tp_base(t: &TypeObject) -> bool {
    let Some(b) = t.base() else { return false };
    match cp_layout(t) {
        Some(l) => !l.adds_dict_or_anything(t),
        None => t.basicsize.get() == b.basicsize.get() && t.dictoffset.get() == b.dictoffset.get(),
    }
}

/// The nearest base with a different instance layout.
fn layout_base(mut t: &TypeObject) -> &TypeObject {
    while compatible_with_tp_base(t) {
        match t.base() {
            Some(b) => t = b,
            None => break,
        }
    }
    t
}

/// CPython's `same_slots_added` on the modelled layouts.
fn same_slots_added(a: &TypeObject, b: &TypeObject) -> bool {
    if a.tp_weaklistoffset.get() != b.tp_weaklistoffset.get() {
        return false;
    }
    let (Some(la), Some(lb)) = (cp_layout(a), cp_layout(b)) else { return false };
    let weak_first = |l: &CpLayout| l.weak && l.nslots == 0 && !l.inline_dict;
    let mut size = 0;
    if weak_first(&la) && weak_first(&lb) {
        size += 8;
    }
    if let (Some(na), Some(nb)) = (&la.slot_names, &lb.slot_names) {
        if na != nb {
            return false;
        }
        size += 8 * na.len();
    }
    size == la.extra() && size == lb.extra()
}

/// Whether CPython keeps the instance dict of `t` outside the object
/// (`Py_TPFLAGS_MANAGED_DICT`: a class whose dict was added over a
/// fixed-size base, and its subclasses).
fn managed_dict(t: &TypeObject) -> bool {
    let mut cur = t;
    loop {
        let Some(b) = cur.base() else { return false };
        if !cur.is_heap_type() {
            return false;
        }
        if cur.dictoffset.get() != 0 && b.dictoffset.get() == 0 {
            return !var_sized(b);
        }
        cur = b;
    }
}

/// Whether CPython would track instances of `t` in its cycle collector
/// (its types differ in deallocator there, which `__class__` and
/// `__bases__` assignment check first).
fn is_gc(t: &TypeObject) -> bool {
    let sb = {
        let mut cur = t;
        while cur.is_heap_type() {
            match cur.base() {
                Some(b) => cur = b,
                None => break,
            }
        }
        cur
    };
    if t.is_heap_type() {
        return true;
    }
    !matches!(sb.name(), "object" | "int" | "bool" | "float" | "complex" | "str" | "bytes" | "range" | "slice" | "NoneType")
}

fn layout_differs(attr: &str, new: &TypeObject, old: &TypeObject) -> PyErr {
    type_error(format!("{} assignment: '{}' object layout differs from '{}'", attr, new.name(), old.name()))
}

/// Whether instances of `old` can become instances of `new` (`__class__`
/// and `__bases__` assignment).
pub fn compatible_for_assignment(old: &TypeObject, new: &TypeObject, attr: &str) -> PyResult<()> {
    if is_gc(old) != is_gc(new) {
        return Err(type_error(format!(
            "{} assignment: '{}' deallocator differs from '{}'",
            attr,
            new.name(),
            old.name()
        )));
    }
    let nb = layout_base(new);
    let ob = layout_base(old);
    if !std::ptr::eq(nb, ob) {
        let bases_differ = !std::ptr::eq(nb.base.get(), ob.base.get());
        if bases_differ || !same_slots_added(nb, ob) {
            return Err(layout_differs(attr, new, old));
        }
    }
    if managed_dict(old) != managed_dict(new) {
        return Err(layout_differs(attr, new, old));
    }
    Ok(())
}

fn type_mro_method(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("type.mro", &args[1..], kwnames)?;
    let t = ty(args[0]);
    let bases_o = bases_tuple(t);
    let bases: Vec<&TypeObject> = tuple_slice(&bases_o).unwrap_or(&[]).iter().filter_map(|b| as_type(b)).collect();
    if bases.is_empty() {
        return Ok(new_list(vec![t.to_ref()]));
    }
    Ok(new_list(super::mro::c3_mro(t, &bases)?))
}

fn type_subclasses(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("type.__subclasses__", &args[1..], kwnames)?;
    let t = ty(args[0]);
    // SAFETY: the subclass list holds live types.
    let subs: Vec<PyRef> = unsafe { (**t.subclasses.get()).iter().map(|s| (**s).to_ref()).collect() };
    Ok(new_list(subs))
}

fn type_instancecheck(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let inst = one_arg("type.__instancecheck__", &args[1..], kwnames)?;
    Ok(new_bool(super::typecheck::real_isinstance(inst, args[0])?))
}

fn type_subclasscheck(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let sub = one_arg("type.__subclasscheck__", &args[1..], kwnames)?;
    Ok(new_bool(super::typecheck::real_issubclass(sub, args[0])?))
}

/// Merge the attribute names of `cls` and its bases into `d`.
fn merge_class_dict(d: &PyObject, cls: &PyObject) -> PyResult<()> {
    if let Some(t) = as_type(cls) {
        for k in dict_keys(t.dict()) {
            if super::dict::dict_get(d, &k)?.is_none() {
                super::dict::dict_set(d, &k, &none())?;
            }
        }
    } else if let Some(cd) = super::protocol::getattr_opt(cls, crate::name!("__dict__"))? {
        for k in super::protocol::collect(&cd)? {
            if super::dict::dict_get(d, &k)?.is_none() {
                super::dict::dict_set(d, &k, &none())?;
            }
        }
    }
    let bases = match super::protocol::getattr_opt(cls, crate::name!("__bases__")) {
        Ok(b) => b,
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => None,
        Err(e) => return Err(e),
    };
    if let Some(b) = bases {
        for base in super::protocol::collect(&b)? {
            merge_class_dict(d, &base)?;
        }
    }
    Ok(())
}

fn type_dir(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("type.__dir__", &args[1..], kwnames)?;
    let d = new_dict();
    merge_class_dict(&d, args[0])?;
    Ok(new_list(dict_keys(&d)))
}

/// `type | other` (types.UnionType).
pub fn type_or(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    super::typecheck::make_union(a, b)
}

// ---- object ----

pub static OBJECT_GETSETS: [GetSetDef; 1] = [GetSetDef {
    name: "__class__",
    get: |o| Ok(o.type_().to_ref()),
    set: Some(object_set_class),
    doc: "the object's class",
}];

pub static OBJECT_METHODS: [MethodDef; 8] = [
    MethodDef { name: "__reduce_ex__", func: object_reduce_ex, flags: 0, doc: "Helper for pickle." },
    MethodDef { name: "__reduce__", func: object_reduce, flags: 0, doc: "Helper for pickle." },
    MethodDef { name: "__getstate__", func: object_getstate, flags: 0, doc: "Helper for pickle." },
    MethodDef { name: "__subclasshook__", func: |_, _| Ok(not_implemented()), flags: method_flags::CLASS, doc: "Abstract classes can override this to customize issubclass()." },
    MethodDef { name: "__init_subclass__", func: object_init_subclass, flags: method_flags::CLASS, doc: "This method is called when a class is subclassed." },
    MethodDef { name: "__format__", func: object_format, flags: 0, doc: "Default object formatter." },
    MethodDef { name: "__sizeof__", func: object_sizeof, flags: 0, doc: "Size of object in memory, in bytes." },
    MethodDef { name: "__dir__", func: object_dir, flags: 0, doc: "Default dir() implementation." },
];

fn object_set_class(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let Some(v) = v else { return Err(type_error("can't delete __class__ attribute")) };
    let Some(new) = as_type(v) else {
        return Err(type_error(format!("__class__ must be set to a class, not '{}' object", v.type_().name())));
    };
    let old = o.type_();
    let both_modules = new.is_subtype(&super::module::MODULE_TYPE) && old.is_subtype(&super::module::MODULE_TYPE);
    if !both_modules && (!new.is_heap_type() || !old.is_heap_type()) {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    compatible_for_assignment(old, new, "__class__")?;
    if new.is_heap_type() {
        new.obj().incref();
    }
    let old_ptr = o.ob_type.replace(new.as_ptr());
    // SAFETY: the instance held a reference to its old heap type.
    if unsafe { (*old_ptr).is_heap_type() } {
        unsafe { super::header::decref(old_ptr as *mut PyObject) };
    }
    Ok(())
}

fn object_reduce_ex(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let proto = one_arg("object.__reduce_ex__", &args[1..], kwnames)?;
    let o = args[0];
    let proto = super::args::expect_index(proto)?;
    // An overridden __reduce__ wins.
    if let Some(r) = o.type_().lookup(crate::name!("__reduce__")) {
        let default = dict_get_str(OBJECT_TYPE.dict(), crate::name!("__reduce__"));
        if !default.is_some_and(|d| d.is(r)) {
            return super::slot_funcs::call_method(o, crate::name!("__reduce__"), &[]);
        }
    }
    common_reduce(o, proto)
}

fn object_reduce(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("object.__reduce__", &args[1..], kwnames)?;
    common_reduce(args[0], 0)
}

/// `import name` through `builtins.__import__`.
fn import_module(name: &str) -> PyResult<PyRef> {
    let b = crate::runtime::builtins_dict();
    let imp = dict_get_str(&b, crate::name!("__import__"))
        .map(|f| f.to_ref())
        .ok_or_else(|| super::exceptions::import_error("__import__ not found"))?;
    super::protocol::call1(&imp, &new_str(name))
}

fn common_reduce(o: &PyObject, proto: isize) -> PyResult<PyRef> {
    let copyreg = import_module("copyreg")?;
    if proto < 2 {
        let f = super::protocol::getattr(&copyreg, crate::name!("_reduce_ex"))?;
        return super::protocol::call(&f, &[o, &new_int(proto as i64)], None);
    }
    reduce_newobj(o, &copyreg)
}

/// Protocol 2+: `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`.
fn reduce_newobj(o: &PyObject, copyreg: &PyObject) -> PyResult<PyRef> {
    let t = o.type_();
    if t.tp_new.get().is_none() {
        return Err(type_error(format!("cannot pickle '{}' object", t.name())));
    }
    let (args, kwargs) = getnewargs(o)?;
    let has_args = args.is_some();
    let args = args.unwrap_or_else(|| new_tuple(vec![]));
    let (newobj, newargs) = match kwargs.filter(|k| super::dict::as_dict(k).map_or(true, |_| super::dict::dict_len(k) > 0)) {
        None => {
            let mut v = vec![t.to_ref()];
            v.extend(tuple_slice(&args).unwrap_or(&[]).iter().cloned());
            (super::protocol::getattr(copyreg, crate::name!("__newobj__"))?, new_tuple(v))
        }
        Some(kw) => (
            super::protocol::getattr(copyreg, crate::name!("__newobj_ex__"))?,
            new_tuple(vec![t.to_ref(), args, kw]),
        ),
    };
    let is_list = super::list::as_list(o).is_some();
    let is_dict = super::dict::as_dict(o).is_some();
    let state = call_getstate(o, !has_args && !is_list && !is_dict)?;
    let listitems = if is_list { super::protocol::iter(o)? } else { none() };
    let dictitems = if is_dict {
        let items = super::slot_funcs::call_method(o, crate::name!("items"), &[])?;
        super::protocol::iter(&items)?
    } else {
        none()
    };
    Ok(new_tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

/// `__getnewargs_ex__()` / `__getnewargs__()` results (checked).
fn getnewargs(o: &PyObject) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    if let Some(f) = super::slot_funcs::lookup_special(o, crate::name!("__getnewargs_ex__")) {
        let r = super::slot_funcs::call_unbound(&f, o, &[], None)?;
        let items = tuple_slice(&r).ok_or_else(|| {
            type_error(format!("__getnewargs_ex__ should return a tuple, not '{}'", r.type_().name()))
        })?;
        if items.len() != 2 {
            return Err(PyErr::new(&VALUE_ERROR, format!("__getnewargs_ex__ should return a tuple of length 2, not {}", items.len())));
        }
        if tuple_slice(&items[0]).is_none() {
            return Err(type_error(format!("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'", items[0].type_().name())));
        }
        if super::dict::as_dict(&items[1]).is_none() {
            return Err(type_error(format!("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'", items[1].type_().name())));
        }
        return Ok((Some(items[0].clone()), Some(items[1].clone())));
    }
    if let Some(f) = super::slot_funcs::lookup_special(o, crate::name!("__getnewargs__")) {
        let r = super::slot_funcs::call_unbound(&f, o, &[], None)?;
        if tuple_slice(&r).is_none() {
            return Err(type_error(format!("__getnewargs__ should return a tuple, not '{}'", r.type_().name())));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// `obj.__getstate__()`, honouring overrides; `required` when the object
/// cannot be rebuilt from `__new__` arguments alone.
fn call_getstate(o: &PyObject, required: bool) -> PyResult<PyRef> {
    let f = super::slot_funcs::lookup_special(o, crate::name!("__getstate__"));
    let default = dict_get_str(OBJECT_TYPE.dict(), crate::name!("__getstate__"));
    match f {
        Some(f) if !default.is_some_and(|d| d.is(&f)) => super::slot_funcs::call_unbound(&f, o, &[], None),
        _ => default_getstate(o, required),
    }
}

/// The `__slots__` member names of `t` and its bases.
fn slot_names(t: &TypeObject) -> Vec<PyRef> {
    let mut out = Vec::new();
    for c in t.mro_types() {
        if !c.is_heap_type() {
            continue;
        }
        for (k, v) in super::dict::dict_items(c.dict()) {
            if v.is_exact(&super::member::MEMBER_DESCR_TYPE) {
                out.push(k);
            }
        }
    }
    out
}

/// `object.__getstate__()`: the instance dict (None when empty), with the
/// values of `__slots__` members as a second dict.
fn default_getstate(o: &PyObject, required: bool) -> PyResult<PyRef> {
    let t = o.type_();
    if required {
        // A builtin payload that `__new__` cannot rebuild.
        let mut sb = t;
        while sb.is_heap_type() {
            match sb.base() {
                Some(b) => sb = b,
                None => break,
            }
        }
        if sb.basicsize.get() > OBJECT_TYPE.basicsize.get() && !sb.has_flag(type_flags::BASE_EXC_SUBCLASS) {
            return Err(type_error(format!("cannot pickle '{}' object", t.name())));
        }
    }
    let mut state = match super::object_type::instance_dict(o) {
        Some(d) if super::dict::dict_len(d) > 0 => d.to_ref(),
        _ => none(),
    };
    let names = slot_names(t);
    if !names.is_empty() {
        let slots = new_dict();
        for n in names {
            if let Some(v) = super::protocol::getattr_opt(o, &n)? {
                super::dict::dict_set(&slots, &n, &v)?;
            }
        }
        if super::dict::dict_len(&slots) > 0 {
            state = new_tuple(vec![state, slots]);
        }
    }
    Ok(state)
}

fn object_getstate(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("object.__getstate__", &args[1..], kwnames)?;
    default_getstate(args[0], false)
}

fn object_init_subclass(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let cls = as_type(args[0]).map(|t| t.name().to_string()).unwrap_or_else(|| "object".into());
    if super::args::nkw(kwnames) > 0 {
        return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", cls)));
    }
    if args.len() > 1 {
        return Err(type_error(format!("{}.__init_subclass__() takes no arguments ({} given)", cls, args.len() - 1)));
    }
    Ok(none())
}

fn object_format(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let spec = one_arg("__format__", &args[1..], kwnames)?;
    let Some(s) = str_value(spec) else {
        return Err(type_error(format!("__format__() argument must be str, not {}", spec.type_().name())));
    };
    if !s.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", args[0].type_().name())));
    }
    super::protocol::str_(args[0])
}

fn object_sizeof(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("object.__sizeof__", &args[1..], kwnames)?;
    let t = args[0].type_();
    let mut size = t.basicsize.get();
    // CPython keeps the dict of such instances before the object (counted
    // by sys.getsizeof's pre-header), so its basicsize has no dict pointer.
    let mut sb = t;
    while sb.is_heap_type() {
        match sb.base() {
            Some(b) => sb = b,
            None => break,
        }
    }
    if t.is_heap_type() && t.dictoffset.get() != 0 && t.tp_weaklistoffset.get() != 0 && std::ptr::eq(sb, &super::OBJECT_TYPE.0) {
        size -= 8;
    }
    Ok(new_int(size as i64))
}

fn object_dir(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("object.__dir__", &args[1..], kwnames)?;
    let o = args[0];
    let d = match super::protocol::getattr_opt(o, crate::name!("__dict__")) {
        Ok(Some(d)) if super::dict::as_dict(&d).is_some() => super::dict::dict_copy(&d),
        Ok(_) => new_dict(),
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => new_dict(),
        Err(e) => return Err(e),
    };
    if let Some(cls) = super::protocol::getattr_opt(o, crate::name!("__class__"))? {
        merge_class_dict(&d, &cls)?;
    }
    Ok(new_list(dict_keys(&d)))
}

/// `object.__str__`: the type's `tp_repr`, called directly (CPython's
/// `object_str`): a non-str result is caught by `str()`'s own check, so the
/// message names `__str__`.
pub fn object_str(o: &PyObject) -> PyResult<PyRef> {
    match o.type_().tp_repr.get() {
        Some(f) => f(o),
        None => super::protocol::repr(o),
    }
}

/// The abstract-instantiation error (`Can't instantiate abstract class A
/// with abstract methods f, g`).
pub fn abstract_error(t: &TypeObject) -> PyErr {
    let mut names: Vec<String> = Vec::new();
    if let Some(a) = dict_get_str(t.dict(), crate::name!("__abstractmethods__")).map(|a| a.to_ref()) {
        if let Ok(items) = super::protocol::collect(&a) {
            for i in items {
                names.push(super::protocol::str_string(&i).unwrap_or_default());
            }
        }
    }
    names.sort();
    type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        t.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

