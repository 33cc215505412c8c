//! Class creation: `type(name, bases, ns)` / `type.__new__`, the instance
//! layout of a new class (dict pointer, `__slots__` members), the metaclass
//! and best-base rules, `__set_name__`/`__init_subclass__`, `__classcell__`,
//! and the deallocation of classes and of their instances.

use super::dict::{dict_copy, dict_del, dict_get_str, dict_items, dict_set_item_str, dict_set_str, new_dict};
use super::exceptions::{as_exception, type_error, PyErr, RUNTIME_ERROR, VALUE_ERROR};
use super::header::{alloc_object, decref, PyObject, PyRef};
use super::object_type::{OBJECT_TYPE, TYPE_TYPE};
use super::singletons::none;
use super::str::{as_pystr, intern, str_value};
use super::tuple::{new_tuple, tuple_slice};
use super::typeobj::{as_type, type_flags, GetSetDef, TypeObject};
use super::PyResult;
use std::borrow::Cow;
use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;

/// The layout of a class object created at run time: the type object plus
/// what only heap types own.
#[repr(C)]
pub struct HeapTypeObject {
    pub ty: TypeObject,
    /// Byte offsets of the `__slots__` members this class adds (owned
    /// references in each instance).
    pub member_offsets: UnsafeCell<Vec<usize>>,
    /// Head of the list of weak references to the class (not owned).
    pub weaklist: Cell<*mut PyObject>,
}

/// The heap-type part of `t`, if it is a class created at run time.
pub fn as_heap_type(t: &TypeObject) -> Option<&HeapTypeObject> {
    if t.is_heap_type() {
        // SAFETY: heap types are allocated with the HeapTypeObject layout.
        Some(unsafe { &*(t as *const TypeObject as *const HeapTypeObject) })
    } else {
        None
    }
}

/// `type.__new__(meta, name, bases, ns, **kwds)` (the `tp_new` of `type`).
pub fn type_new(meta: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = super::args::split(args, kwnames);
    if std::ptr::eq(meta, &TYPE_TYPE.0) && pos.len() == 1 && kwn.is_empty() {
        return Ok(pos[0].type_().to_ref());
    }
    if pos.len() != 3 {
        if pos.len() != 1 && std::ptr::eq(meta, &TYPE_TYPE.0) {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        return Err(type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len())));
    }
    let name = str_value(pos[0]).ok_or_else(|| {
        type_error(format!("type.__new__() argument 1 must be str, not {}", pos[0].type_().name()))
    })?;
    let bases_o = pos[1];
    let bases_items = match super::tuple::as_tuple(bases_o) {
        Some(t) => t.items.to_vec(),
        None => {
            return Err(type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                bases_o.type_().name()
            )))
        }
    };
    let ns = pos[2];
    if super::dict::as_dict(ns).is_none() {
        return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", ns.type_().name())));
    }
    for b in &bases_items {
        if as_type(b).is_none() && super::protocol::getattr_opt(b, crate::name!("__mro_entries__"))?.is_some() {
            return Err(type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
        }
    }
    // The most derived metaclass wins; defer to it if it is not `type`'s.
    let winner = calculate_metaclass(meta, &bases_items)?;
    if !std::ptr::eq(winner, meta) {
        if let Some(new) = winner.tp_new.get() {
            if new as usize != type_new as *const () as usize {
                return new(winner, args, kwnames);
            }
        }
    }
    let cls = create_class(winner, name, &bases_items, ns)?;
    let t = as_type(&cls).expect("class");
    call_set_names(t)?;
    call_init_subclass(t, kwvals, kwnames.filter(|_| !kwn.is_empty()))?;
    Ok(cls)
}

/// The metaclass of a class with these bases: the most derived of `meta`
/// and the bases' metaclasses (CPython's `_PyType_CalculateMetaclass`).
pub fn calculate_metaclass<'a>(meta: &'a TypeObject, bases: &'a [PyRef]) -> PyResult<&'a TypeObject> {
    let mut winner = meta;
    for b in bases {
        let bt = b.type_();
        if winner.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(winner) {
            winner = bt;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The type whose instance layout `t` extends (CPython's `solid_base`).
fn solid_base(t: &TypeObject) -> &TypeObject {
    let Some(b) = t.base() else { return t };
    let sb = solid_base(b);
    if extra_ivars(t, b) {
        t
    } else {
        sb
    }
}

fn extra_ivars(t: &TypeObject, b: &TypeObject) -> bool {
    let (ts, bs) = (t.basicsize.get(), b.basicsize.get());
    if ts == bs {
        return false;
    }
    // Only a weakref list and/or dict pointer added by a class: same layout
    // (CPython's extra_ivars).
    let mut ts = ts;
    let w = t.tp_weaklistoffset.get();
    if t.is_heap_type() && w != 0 && b.tp_weaklistoffset.get() == 0 && w + 8 == ts {
        ts -= 8;
    }
    let d = t.dictoffset.get();
    if t.is_heap_type() && d != 0 && b.dictoffset.get() == 0 && d + 8 == ts {
        ts -= 8;
    }
    ts != bs
}

/// Choose the base whose layout the new class extends; TypeError for bases
/// that cannot be combined or subclassed.
pub fn best_base(bases: &[&TypeObject]) -> PyResult<&'static TypeObject> {
    let mut base: Option<&TypeObject> = None;
    let mut winner: Option<&TypeObject> = None;
    for b in bases {
        if !b.has_flag(type_flags::BASETYPE) {
            return Err(type_error(format!("type '{}' is not an acceptable base type", b.tp_name())));
        }
        let candidate = solid_base(b);
        match winner {
            None => {
                winner = Some(candidate);
                base = Some(b);
            }
            Some(w) if w.is_subtype(candidate) => {}
            Some(w) if candidate.is_subtype(w) => {
                winner = Some(candidate);
                base = Some(b);
            }
            Some(_) => return Err(type_error("multiple bases have instance lay-out conflict")),
        }
    }
    let b = base.unwrap_or(&OBJECT_TYPE);
    // SAFETY: a base is kept alive by the new class's `__bases__` tuple for
    // as long as the class exists; 'static is how `base` pointers are stored.
    Ok(unsafe { &*(b as *const TypeObject) })
}

/// `_Class__name` for a private name inside class `cls` (CPython's mangling).
pub fn mangle(cls: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = cls.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Whether `o` is a function defined in Python (`def`/`lambda`).
pub fn is_python_function(o: &PyObject) -> bool {
    let t = o.type_();
    !t.is_heap_type() && t.name() == "function"
}


/// Whether CPython lets a class over builtin `sb` add a weakref slot: not
/// when `sb` is variable-size (`__itemsize__ != 0`) or already weakly
/// referenceable (`tp_weaklistoffset != 0`).
fn may_add_weakref(sb: &TypeObject) -> bool {
    !matches!(
        sb.name(),
        "int" | "bool" | "tuple" | "bytes" | "type" | "module" | "set" | "frozenset" | "function"
            | "builtin_function_or_method" | "method" | "generator" | "coroutine" | "async_generator"
            | "code" | "FileIO" | "BufferedReader" | "BufferedWriter" | "BufferedRandom" | "TextIOWrapper"
            | "StringIO" | "BytesIO" | "_IOBase" | "_RawIOBase" | "_BufferedIOBase" | "_TextIOBase"
    )
}

struct Layout {
    /// Sorted, mangled slot names.
    slot_names: Vec<String>,
    add_dict: bool,
    add_weakref: bool,
}

fn compute_layout(name: &str, base: &TypeObject, dict: &PyObject) -> PyResult<Layout> {
    let base_has_dict = base.dictoffset.get() != 0 || base.is_subtype(&TYPE_TYPE);
    // CPython adds no weakref slot over a variable-size base (`int`,
    // `tuple`, `bytes`: `__itemsize__ != 0`).
    let base_has_weakref = base.tp_weaklistoffset.get() != 0 || base.lookup_str("__weakref__").is_some() || !may_add_weakref(base.static_base());
    let Some(slots) = dict_get_str(dict, crate::name!("__slots__")).map(|s| s.to_ref()) else {
        return Ok(Layout { slot_names: vec![], add_dict: !base_has_dict, add_weakref: !base_has_weakref });
    };
    let items = if as_pystr(&slots).is_some() { vec![slots.clone()] } else { super::protocol::collect(&slots)? };
    if !items.is_empty() {
        let sb = base.static_base();
        if matches!(sb.name(), "int" | "bool" | "tuple" | "bytes") {
            return Err(type_error(format!("nonempty __slots__ not supported for subtype of '{}'", sb.name())));
        }
    }
    let mut names = Vec::new();
    let mut add_dict = false;
    let mut add_weakref = false;
    for it in &items {
        let s = str_value(it).ok_or_else(|| {
            type_error(format!("__slots__ items must be strings, not '{}'", it.type_().name()))
        })?;
        if !is_identifier(s) {
            return Err(type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if base_has_dict || add_dict {
                return Err(type_error("__dict__ slot disallowed: we already got one"));
            }
            add_dict = true;
            continue;
        }
        if s == "__weakref__" {
            if base_has_weakref || add_weakref {
                return Err(type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                ));
            }
            add_weakref = true;
            continue;
        }
        let m = mangle(name, s);
        if dict_get_str(dict, &intern(&m)).is_some() {
            return Err(PyErr::new(&VALUE_ERROR, format!("'{}' in __slots__ conflicts with class variable", s)));
        }
        if !names.contains(&m) {
            names.push(m);
        }
    }
    names.sort();
    Ok(Layout { slot_names: names, add_dict, add_weakref })
}

/// Allocate and fill a new class object (no `__set_name__`/`__init_subclass__`).
pub fn create_class(meta: &TypeObject, name: &str, bases_in: &[PyRef], ns: &PyObject) -> PyResult<PyRef> {
    if name.contains('\0') {
        return Err(PyErr::new(&VALUE_ERROR, "type name must not contain null characters"));
    }
    let mut bases_refs: Vec<PyRef> = bases_in.to_vec();
    if bases_refs.is_empty() {
        bases_refs.push(OBJECT_TYPE.to_ref());
    }
    let mut bases: Vec<&TypeObject> = Vec::with_capacity(bases_refs.len());
    for b in &bases_refs {
        match as_type(b) {
            Some(t) => bases.push(t),
            None => return Err(type_error("bases must be types")),
        }
    }
    let base = best_base(&bases)?;
    let dict = dict_copy(ns);

    // __qualname__ comes out of the namespace.
    let qualname = match dict_get_str(&dict, crate::name!("__qualname__")).map(|q| q.to_ref()) {
        Some(q) => {
            let s = str_value(&q)
                .ok_or_else(|| type_error(format!("type __qualname__ must be a str, not {}", q.type_().name())))?
                .to_string();
            dict_del(&dict, crate::name!("__qualname__"))?;
            Some(s)
        }
        None => None,
    };
    if dict_get_str(&dict, crate::name!("__module__")).is_none() {
        if let Some(m) = caller_module_name() {
            dict_set_str(&dict, crate::name!("__module__"), m);
        }
    }
    let layout = compute_layout(name, base, &dict)?;

    // Special methods that are implicitly static or class methods.
    if let Some(f) = dict_get_str(&dict, crate::name!("__new__")).map(|f| f.to_ref()) {
        if is_python_function(&f) {
            dict_set_str(&dict, crate::name!("__new__"), super::funcobject::new_staticmethod(f));
        }
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
        let key = intern(n);
        if let Some(f) = dict_get_str(&dict, &key).map(|f| f.to_ref()) {
            if is_python_function(&f) {
                dict_set_str(&dict, &key, super::funcobject::new_classmethod(f));
            }
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if dict_get_str(&dict, crate::name!("__eq__")).is_some() && dict_get_str(&dict, crate::name!("__hash__")).is_none() {
        dict_set_str(&dict, crate::name!("__hash__"), none());
    }
    let classcell = dict_get_str(&dict, crate::name!("__classcell__")).map(|c| c.to_ref());
    if let Some(c) = &classcell {
        if !crate::object::build_class::is_cell(c) {
            return Err(type_error(format!(
                "__classcell__ must be a nonlocal cell, not {}",
                super::protocol::repr_string(c.type_().obj())?
            )));
        }
        dict_del(&dict, crate::name!("__classcell__"))?;
    }
    // Instance layout: base payload, slot members, then the dict pointer.
    let mut size = base.basicsize.get();
    let mut member_offsets = Vec::with_capacity(layout.slot_names.len());
    for _ in &layout.slot_names {
        member_offsets.push(size);
        size += 8;
    }
    let mut dictoffset = base.dictoffset.get();
    if layout.add_dict {
        dictoffset = size;
        size += 8;
    }
    let mut weaklistoffset = base.tp_weaklistoffset.get();
    if layout.add_weakref {
        weaklistoffset = size;
        size += 8;
    }

    // The class object itself.
    let p = alloc_object(meta);
    let header = PyObject { refcnt: Cell::new(1), ob_type: Cell::new(meta.as_ptr()) };
    let mut ty = TypeObject::new_static("", size);
    ty.ob = header;
    ty.name = UnsafeCell::new(ManuallyDrop::new(Cow::Owned(name.to_string())));
    ty.qualname = UnsafeCell::new(ManuallyDrop::new(qualname.map(Cow::Owned)));
    let mut flags = type_flags::HEAPTYPE | type_flags::BASETYPE | type_flags::READY | type_flags::HAVE_GC;
    flags |= base.flags.get() & type_flags::SUBCLASS_MASK;
    flags = super::typeobj::inherit_match_flags(flags, base.flags.get());
    if dictoffset != 0 {
        flags |= type_flags::HAS_DICT;
    }
    ty.flags = Cell::new(flags);
    ty.basicsize = Cell::new(size);
    ty.dictoffset = Cell::new(dictoffset);
    ty.tp_weaklistoffset = Cell::new(weaklistoffset);
    ty.base = Cell::new(base.as_ptr());
    ty.bases = Cell::new(new_tuple(bases_refs.clone()).into_raw());
    ty.dict = Cell::new(dict.clone().into_raw());
    // SAFETY: `p` is a fresh allocation of meta.basicsize >= size_of::<HeapTypeObject>()
    // bytes (type's basicsize is that of HeapTypeObject); we move a complete value in.
    let cls = unsafe {
        std::ptr::write(p as *mut HeapTypeObject, HeapTypeObject { ty, member_offsets: UnsafeCell::new(member_offsets.clone()), weaklist: Cell::new(std::ptr::null_mut()) });
        PyRef::from_raw(p)
    };
    let t = as_type(&cls).expect("new class");
    if !member_offsets.is_empty() || base.tp_drop.get().is_none() {
        t.tp_drop.set(Some(subtype_drop));
    } else {
        t.tp_drop.set(Some(subtype_drop));
    }

    // Descriptors for the slots, the dict and weak references.
    for (n, off) in layout.slot_names.iter().zip(&member_offsets) {
        let key = intern(n);
        dict_set_str(&dict, &key, super::member::new_member_descr(t, key.clone(), *off));
    }
    if layout.add_dict {
        dict_set_item_str(&dict, "__dict__", super::descr::new_getset_descr(t, &SUBTYPE_DICT));
    }
    if layout.add_weakref {
        dict_set_item_str(&dict, "__weakref__", super::descr::new_getset_descr(t, &SUBTYPE_WEAKREF));
    }
    if dict_get_str(&dict, crate::name!("__doc__")).is_none() {
        dict_set_item_str(&dict, "__doc__", none());
    }

    // MRO (a metaclass may override `mro()`), slots, subclass links.
    let mro = compute_mro(t, &bases)?;
    t.mro.set(new_tuple(mro).into_raw());
    super::object_type::inherit(t, base);
    t.basicsize.set(size);
    t.dictoffset.set(dictoffset);
    t.tp_weaklistoffset.set(weaklistoffset);
    super::slots::fixup_slots(t);
    for b in &bases {
        // SAFETY: the subclass list holds non-owning pointers, removed in `heap_type_drop`.
        unsafe { (*b.subclasses.get()).push(t.as_ptr()) };
    }
    t.version_tag.set(super::typeobj::next_version_tag());
    if let Some(c) = classcell {
        crate::object::build_class::cell_set(&c, &cls);
    }
    Ok(cls)
}

/// The MRO of a new class: C3, or the metaclass's own `mro()` when overridden.
fn compute_mro(t: &TypeObject, bases: &[&TypeObject]) -> PyResult<Vec<PyRef>> {
    let meta = t.obj().type_();
    if !std::ptr::eq(meta, &TYPE_TYPE.0) {
        if let Some(m) = meta.lookup(crate::name!("mro")) {
            let default = TYPE_TYPE.dict();
            let is_default = dict_get_str(default, crate::name!("mro")).is_some_and(|d| d.is(m));
            if !is_default {
                // The MRO is needed to look the method up; start from C3.
                let c3 = super::mro::c3_mro(t, bases)?;
                t.mro.set(new_tuple(c3).into_raw());
                let r = super::slot_funcs::call_method(t.obj(), crate::name!("mro"), &[]);
                // SAFETY: we own the provisional tuple set above.
                let prov = t.mro.replace(std::ptr::null_mut());
                unsafe { decref(prov) };
                let r = r?;
                let items = super::protocol::collect(&r)?;
                for it in &items {
                    if as_type(it).is_none() {
                        return Err(type_error(format!("mro() returned a non-class ('{}')", it.type_().name())));
                    }
                }
                return Ok(items);
            }
        }
    }
    super::mro::c3_mro(t, bases)
}

/// Where the caller's module name would come from for `type(name, bases, ns)`
/// called outside a class statement (`__module__` of the calling frame).
fn caller_module_name() -> Option<PyRef> {
    let g = crate::interp::current_globals()?;
    dict_get_str(&g, crate::name!("__name__")).map(|n| n.to_ref())
}

/// Call `__set_name__(cls, name)` on every attribute that defines it.
pub fn call_set_names(t: &TypeObject) -> PyResult<()> {
    for (k, v) in dict_items(t.dict()) {
        let Some(sn) = super::slot_funcs::lookup_special(&v, crate::name!("__set_name__")) else { continue };
        if let Err(e) = super::slot_funcs::call_unbound(&sn, &v, &[t.obj(), &k], None) {
            let msg = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                v.type_().name(),
                super::protocol::repr_string(&k)?,
                t.name()
            );
            let err = PyErr::new(&RUNTIME_ERROR, msg);
            if let Some(x) = as_exception(err.value()) {
                x.set_cause(Some(e.value().clone()));
                x.suppress_context.set(true);
                x.set_context(Some(e.into_value()));
            }
            return Err(err);
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kwds)`.
pub fn call_init_subclass(t: &TypeObject, kwvals: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let Some(f) = super::super_::super_lookup(t, t.obj(), t, crate::name!("__init_subclass__"))? else {
        return Ok(());
    };
    super::protocol::call(&f, kwvals, kwnames)?;
    Ok(())
}

// ---- `__dict__` and `__weakref__` of instances of classes ----

pub static SUBTYPE_DICT: GetSetDef = GetSetDef {
    name: "__dict__",
    get: subtype_dict_get,
    set: Some(subtype_dict_set),
    doc: "dictionary for instance variables",
};

pub static SUBTYPE_WEAKREF: GetSetDef = GetSetDef {
    name: "__weakref__",
    get: subtype_weakref_get,
    set: None,
    doc: "list of weak references to the object",
};

pub fn subtype_dict_get(o: &PyObject) -> PyResult<PyRef> {
    match super::object_type::instance_dict_or_create(o) {
        Some(d) => Ok(d.to_ref()),
        None => Err(super::exceptions::attribute_error(format!(
            "This object has no __dict__"
        ))),
    }
}

pub fn subtype_dict_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    match v {
        Some(v) => {
            if super::dict::as_dict(v).is_none() {
                return Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    v.type_().name()
                )));
            }
            super::object_type::set_instance_dict(o, v.to_ref())
        }
        None => {
            if let Some(slot) = super::object_type::dict_slot(o) {
                let old = slot.replace(std::ptr::null_mut());
                if !old.is_null() {
                    // SAFETY: the slot owned the old dict.
                    unsafe { decref(old) };
                }
            }
            Ok(())
        }
    }
}

fn subtype_weakref_get(o: &PyObject) -> PyResult<PyRef> {
    Ok(super::weakref::weakrefs_of(o).into_iter().next().unwrap_or_else(none))
}

// ---- deallocation ----

/// Payload drop for instances of classes: release the `__slots__` members
/// of every class in the chain, then drop the builtin base's payload.
///
/// # Safety
/// `obj` is an instance being deallocated (called from `typeobj::dealloc`).
pub unsafe fn subtype_drop(obj: *mut PyObject) {
    let mut cur: *const TypeObject = (*obj).ob_type.get();
    while !cur.is_null() {
        let t = &*cur;
        if let Some(h) = as_heap_type(t) {
            for &off in (*h.member_offsets.get()).iter() {
                let slot = (obj as *mut u8).add(off) as *mut *mut PyObject;
                let v = *slot;
                if !v.is_null() {
                    *slot = std::ptr::null_mut();
                    decref(v);
                }
            }
        } else if let Some(drop) = t.tp_drop.get() {
            drop(obj);
            return;
        }
        cur = t.base.get();
    }
}

/// `tp_drop` of `type`: release what a class owns (static types are immortal).
///
/// # Safety
/// `obj` is a type object being deallocated.
pub unsafe fn heap_type_drop(obj: *mut PyObject) {
    let t = &*(obj as *const TypeObject);
    if !t.is_heap_type() {
        return;
    }
    let h = &*(obj as *const HeapTypeObject);
    if !h.weaklist.get().is_null() {
        super::weakref::clear_weakrefs(obj, h.weaklist.as_ptr());
    }
    // Unlink from the bases' subclass lists.
    if let Some(bases) = t.bases.get().as_ref() {
        if let Some(items) = tuple_slice(bases) {
            for b in items {
                if let Some(bt) = as_type(b) {
                    (*bt.subclasses.get()).retain(|s| !std::ptr::eq(*s, t));
                }
            }
        }
    }
    for cell in [&t.bases, &t.mro, &t.dict] {
        let p = cell.replace(std::ptr::null_mut());
        if !p.is_null() {
            decref(p);
        }
    }
    ManuallyDrop::drop(&mut *t.name.get());
    ManuallyDrop::drop(&mut *t.qualname.get());
    ManuallyDrop::drop(&mut *t.subclasses.get());
    let h = &*(obj as *const HeapTypeObject);
    std::ptr::drop_in_place(h.member_offsets.get());
}

/// `type.__init__(cls, name, bases, ns, **kwds)`: only checks the arguments.
pub fn type_init(_o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let nkw = super::args::nkw(kwnames);
    let npos = args.len() - nkw;
    if npos == 1 && nkw != 0 {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if npos != 1 && npos != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// A fresh dict for `type.__prepare__`.
pub fn prepare_namespace() -> PyRef {
    new_dict()
}

// ---- cycle collector ----

/// What a class owns: `__bases__`, `__mro__`, `__dict__` (static types are
/// immortal and never visited).
pub fn type_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on type (and metaclasses): laid out as TypeObject.
    let t = unsafe { o.cast::<TypeObject>() };
    if !t.is_heap_type() {
        return;
    }
    for cell in [&t.bases, &t.mro, &t.dict] {
        let p = cell.get();
        if !p.is_null() {
            // SAFETY: the class owns these references.
            visit(unsafe { &*p });
        }
    }
}

/// Break a class's cycles: drop its MRO (the class is in it); the dict is
/// cleared as its own collector object.
pub fn type_clear(o: &PyObject) {
    // SAFETY: as type_traverse.
    let t = unsafe { o.cast::<TypeObject>() };
    if !t.is_heap_type() {
        return;
    }
    let p = t.mro.replace(std::ptr::null_mut());
    t.modified();
    if !p.is_null() {
        // SAFETY: the class owned its MRO tuple.
        unsafe { decref(p) };
    }
}
