//! The native `_abc` module (CPython 3.11's Modules/_abc.c), the
//! accelerator `abc.ABCMeta` uses: per-class `_abc_data` (registry, cache
//! and negative cache of weakly held classes), `_abc_instancecheck` /
//! `_abc_subclasscheck` with the cache fast path, and `__abc_tpflags__`
//! (the Sequence/Mapping flags `match` reads).
//!
//! A weak set is keyed by the class's address with the weak reference as
//! value: a hit counts only while the reference is alive and still points
//! at the same object, so a dead class whose address is reused never hits.

use crate::object::args;
use crate::object::dict::{dict_del, dict_get_str, dict_items};
use crate::object::exceptions::{type_error, PyErr, RUNTIME_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{int_value_i64, new_bool, new_int, BOOL_TYPE};
use crate::object::list::as_list;
use crate::object::module::new_native_module;
use crate::object::set::{new_frozenset, new_set, set_add};
use crate::object::singletons::{none, NOT_IMPLEMENTED};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typecheck::issubclass;
use crate::object::typeobj::{as_type, drop_payload, slot, type_flags, MethodDef, TypeObject};
use crate::object::weakref::{as_weakref, REF_TYPE};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;

thread_local! {
    /// abc_invalidation_counter: bumped by every register().
    static INVALIDATION: Cell<u64> = const { Cell::new(0) };
}

fn counter() -> u64 {
    INVALIDATION.with(|c| c.get())
}

/// Classes held weakly, by address.
#[derive(Default)]
struct WeakSet(HashMap<usize, PyRef>);

fn addr(o: &PyObject) -> usize {
    o as *const PyObject as usize
}

impl WeakSet {
    fn contains(&mut self, o: &PyObject) -> bool {
        match self.0.get(&addr(o)) {
            Some(w) => {
                let live = as_weakref(w).and_then(|w| w.get()).is_some_and(|r| std::ptr::eq(r, o));
                if !live {
                    self.0.remove(&addr(o));
                }
                live
            }
            None => false,
        }
    }

    fn add(&mut self, o: &PyObject) -> PyResult<()> {
        if self.contains(o) {
            return Ok(());
        }
        let w = protocol::call(&REF_TYPE.to_ref(), &[o], None)?;
        self.0.insert(addr(o), w);
        Ok(())
    }

    /// The live weak references.
    fn refs(&mut self) -> Vec<PyRef> {
        self.0.retain(|_, w| as_weakref(w).and_then(|w| w.get()).is_some());
        self.0.values().cloned().collect()
    }

    /// The live classes.
    fn items(&mut self) -> Vec<PyRef> {
        self.refs().iter().filter_map(|w| as_weakref(w).and_then(|w| w.get()).map(|o| o.to_ref())).collect()
    }
}

#[repr(C)]
struct AbcData {
    ob: PyObject,
    registry: UnsafeCell<WeakSet>,
    cache: UnsafeCell<WeakSet>,
    negative_cache: UnsafeCell<WeakSet>,
    negative_cache_version: Cell<u64>,
}

pub static ABC_DATA_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_new: slot(abc_data_new),
    tp_traverse: slot(abc_data_traverse),
    tp_clear: slot(abc_data_clear),
    tp_drop: slot(drop_payload::<AbcData>),
    flags: Cell::new(type_flags::HAVE_GC),
    module: Some("_abc"),
    doc: Some("Internal state held by ABC machinery."),
    ..TypeObject::new_static("_abc_data", std::mem::size_of::<AbcData>())
});

fn new_data(t: &TypeObject) -> PyRef {
    new_object(t, |ob| AbcData {
        ob,
        registry: UnsafeCell::new(WeakSet::default()),
        cache: UnsafeCell::new(WeakSet::default()),
        negative_cache: UnsafeCell::new(WeakSet::default()),
        negative_cache_version: Cell::new(counter()),
    })
}

fn abc_data_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_data(t))
}

fn sets(o: &PyObject) -> [&mut WeakSet; 3] {
    // SAFETY: installed on _abc_data only; single-threaded, and no caller
    // keeps one of these across code that could re-enter.
    unsafe {
        let d = o.cast::<AbcData>();
        [&mut *d.registry.get(), &mut *d.cache.get(), &mut *d.negative_cache.get()]
    }
}

fn data(o: &PyObject) -> &AbcData {
    // SAFETY: callers checked the type (`impl_of`) or are slots of it.
    unsafe { o.cast::<AbcData>() }
}

fn abc_data_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    for s in sets(o) {
        for w in s.0.values() {
            visit(w);
        }
    }
}

fn abc_data_clear(o: &PyObject) {
    for s in sets(o) {
        let old = std::mem::take(&mut s.0);
        drop(old);
    }
}

fn registry(d: &PyObject) -> &mut WeakSet {
    let [r, _, _] = sets(d);
    r
}
fn cache(d: &PyObject) -> &mut WeakSet {
    let [_, c, _] = sets(d);
    c
}
fn negative(d: &PyObject) -> &mut WeakSet {
    let [_, _, n] = sets(d);
    n
}

/// `self._abc_impl`, checked.
fn impl_of(cls: &PyObject) -> PyResult<PyRef> {
    let d = protocol::getattr(cls, crate::name!("_abc_impl"))?;
    if !d.is_exact(&ABC_DATA_TYPE) {
        return Err(type_error("_abc_impl is set to a wrong type"));
    }
    Ok(d)
}

fn is_abstract(o: &PyObject) -> PyResult<bool> {
    match protocol::getattr_opt(o, crate::name!("__isabstractmethod__"))? {
        Some(v) => protocol::is_true(&v),
        None => Ok(false),
    }
}

/// `cls.__abstractmethods__` from the namespace and the bases' abstracts.
fn compute_abstract_methods(cls: &PyObject) -> PyResult<()> {
    let abstracts = new_set();
    let ns = protocol::getattr(cls, crate::name!("__dict__"))?;
    let items = match crate::object::dict::as_dict(&ns) {
        Some(_) => dict_items(&ns),
        None => {
            let it = protocol::call_method(&ns, crate::name!("items"), &[])?;
            let mut v = Vec::new();
            for pair in protocol::collect(&it)? {
                let p = tuple_slice(&pair).filter(|t| t.len() == 2).ok_or_else(|| type_error("items() returned item which is not a 2-tuple"))?;
                v.push((p[0].clone(), p[1].clone()));
            }
            v
        }
    };
    for (k, v) in items {
        if is_abstract(&v)? {
            set_add(&abstracts, &k)?;
        }
    }
    let bases = protocol::getattr(cls, crate::name!("__bases__"))?;
    let bases = tuple_slice(&bases).ok_or_else(|| type_error("__bases__ is not tuple"))?.to_vec();
    for base in bases {
        let Some(names) = protocol::getattr_opt(&base, crate::name!("__abstractmethods__"))? else { continue };
        for name in protocol::collect(&names)? {
            let Some(v) = protocol::getattr_opt(cls, &name)? else { continue };
            if is_abstract(&v)? {
                set_add(&abstracts, &name)?;
            }
        }
    }
    let fs = new_frozenset(Some(&abstracts))?;
    protocol::setattr(cls, crate::name!("__abstractmethods__"), &fs)
}

fn abc_init(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let cls = args::one_arg("_abc_init", a, kw)?;
    compute_abstract_methods(cls)?;
    let d = new_data(&ABC_DATA_TYPE);
    protocol::setattr(cls, crate::name!("_abc_impl"), &d)?;
    if let Some(t) = as_type(cls) {
        if let Some(flags) = dict_get_str(t.dict(), crate::name!("__abc_tpflags__")).map(|f| f.to_ref()) {
            if let Some(v) = int_value_i64(&flags) {
                let f = (v as u64) & type_flags::COLLECTION_FLAGS;
                t.flags.set((t.flags.get() & !type_flags::COLLECTION_FLAGS) | f);
            }
            dict_del(t.dict(), crate::name!("__abc_tpflags__"))?;
        }
    }
    Ok(none())
}

/// Give `t` and its subclasses `flag` (those not yet Sequence/Mapping).
fn set_collection_flag_recursive(t: &TypeObject, flag: u64) -> PyResult<()> {
    if !t.has_flag(type_flags::HEAPTYPE) || t.flags.get() & type_flags::COLLECTION_FLAGS != 0 {
        return Ok(());
    }
    t.flags.set(t.flags.get() | flag);
    let subs = protocol::call_method(t.obj(), crate::name!("__subclasses__"), &[])?;
    for s in protocol::collect(&subs)? {
        if let Some(st) = as_type(&s) {
            set_collection_flag_recursive(st, flag)?;
        }
    }
    Ok(())
}

fn abc_register(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("_abc_register", kw)?;
    args::check_positional("_abc_register", a.len(), 2, 2)?;
    let (cls, sub) = (a[0], a[1]);
    let Some(subt) = as_type(sub) else {
        return Err(type_error("Can only register classes"));
    };
    if issubclass(sub, cls)? {
        return Ok(sub.to_ref());
    }
    if issubclass(cls, sub)? {
        return Err(PyErr::new(&RUNTIME_ERROR, "Refusing to create an inheritance cycle"));
    }
    let d = impl_of(cls)?;
    registry(&d).add(sub)?;
    INVALIDATION.with(|c| c.set(c.get() + 1));
    if let Some(t) = as_type(cls) {
        let flag = t.flags.get() & type_flags::COLLECTION_FLAGS;
        if flag != 0 {
            set_collection_flag_recursive(subt, flag)?;
        }
    }
    Ok(sub.to_ref())
}

fn subclasscheck_call(cls: &PyObject, sub: &PyObject) -> PyResult<bool> {
    let r = protocol::call_method(cls, crate::name!("__subclasscheck__"), &[sub])?;
    protocol::is_true(&r)
}

fn abc_instancecheck(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("_abc_instancecheck", kw)?;
    args::check_positional("_abc_instancecheck", a.len(), 2, 2)?;
    let (cls, inst) = (a[0], a[1]);
    let d = impl_of(cls)?;
    let subclass = protocol::getattr(inst, crate::name!("__class__"))?;
    if cache(&d).contains(&subclass) {
        return Ok(new_bool(true));
    }
    let subtype = inst.type_().obj();
    if std::ptr::eq(subtype, &*subclass) {
        if data(&d).negative_cache_version.get() == counter() && negative(&d).contains(&subclass) {
            return Ok(new_bool(false));
        }
        return protocol::call_method(cls, crate::name!("__subclasscheck__"), &[&subclass]);
    }
    if subclasscheck_call(cls, &subclass)? {
        return Ok(new_bool(true));
    }
    protocol::call_method(cls, crate::name!("__subclasscheck__"), &[subtype])
}

fn abc_subclasscheck(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("_abc_subclasscheck", kw)?;
    args::check_positional("_abc_subclasscheck", a.len(), 2, 2)?;
    let (cls, sub) = (a[0], a[1]);
    let Some(subt) = as_type(sub) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let d = impl_of(cls)?;
    // 1. The positive cache.
    if cache(&d).contains(sub) {
        return Ok(new_bool(true));
    }
    // 2. The negative cache, dropped when a register() happened since.
    let data_ = data(&d);
    if data_.negative_cache_version.get() < counter() {
        negative(&d).0.clear();
        data_.negative_cache_version.set(counter());
    } else if negative(&d).contains(sub) {
        return Ok(new_bool(false));
    }
    // 3. The subclass hook.
    let ok = protocol::call_method(cls, crate::name!("__subclasshook__"), &[sub])?;
    if ok.is_exact(&BOOL_TYPE) {
        let yes = int_value_i64(&ok) == Some(1);
        if yes {
            cache(&d).add(sub)?;
        } else {
            negative(&d).add(sub)?;
        }
        return Ok(new_bool(yes));
    }
    if !std::ptr::eq(&*ok, &NOT_IMPLEMENTED.0) {
        return Err(crate::object::exceptions::PyErr::new(
            &crate::object::exceptions::ASSERTION_ERROR,
            "__subclasshook__ must return either False, True, or NotImplemented",
        ));
    }
    // 4. A direct subclass.
    if subt.mro_types().iter().any(|t| std::ptr::eq(t.obj(), cls)) {
        cache(&d).add(sub)?;
        return Ok(new_bool(true));
    }
    // 5. A subclass of a registered class (a registered class itself is
    // answered without caching, as CPython's fast path).
    if registry(&d).contains(sub) {
        return Ok(new_bool(true));
    }
    for r in registry(&d).items() {
        if issubclass(sub, &r)? {
            cache(&d).add(sub)?;
            return Ok(new_bool(true));
        }
    }
    // 6. A subclass of a subclass (recursive).
    let subs = protocol::call_method(cls, crate::name!("__subclasses__"), &[])?;
    let Some(list) = as_list(&subs) else {
        return Err(type_error("__subclasses__() must return a list"));
    };
    let items: Vec<PyRef> = list.items_mut().clone();
    for s in items {
        if issubclass(sub, &s)? {
            cache(&d).add(sub)?;
            return Ok(new_bool(true));
        }
    }
    // 7. No.
    negative(&d).add(sub)?;
    Ok(new_bool(false))
}

fn set_of(refs: Vec<PyRef>) -> PyResult<PyRef> {
    let s = new_set();
    for r in refs {
        set_add(&s, &r)?;
    }
    Ok(s)
}

fn get_dump(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let cls = args::one_arg("_get_dump", a, kw)?;
    let d = impl_of(cls)?;
    let r = set_of(registry(&d).refs())?;
    let c = set_of(cache(&d).refs())?;
    let n = set_of(negative(&d).refs())?;
    Ok(new_tuple(vec![r, c, n, new_int(data(&d).negative_cache_version.get() as i64)]))
}

fn reset_registry(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let cls = args::one_arg("_reset_registry", a, kw)?;
    let d = impl_of(cls)?;
    let old = std::mem::take(&mut registry(&d).0);
    drop(old);
    Ok(none())
}

fn reset_caches(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let cls = args::one_arg("_reset_caches", a, kw)?;
    let d = impl_of(cls)?;
    let old = std::mem::take(&mut cache(&d).0);
    drop(old);
    let old = std::mem::take(&mut negative(&d).0);
    drop(old);
    Ok(none())
}

fn get_cache_token(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("get_cache_token", a, kw)?;
    Ok(new_int(counter() as i64))
}

static FUNCS: [MethodDef; 8] = [
    MethodDef { name: "get_cache_token", func: get_cache_token, flags: 0, doc: "Returns the current ABC cache token." },
    MethodDef { name: "_abc_init", func: abc_init, flags: 0, doc: "Internal ABC helper for class set-up. Should be never used outside abc module." },
    MethodDef { name: "_reset_registry", func: reset_registry, flags: 0, doc: "Internal ABC helper to reset registry of a given class." },
    MethodDef { name: "_reset_caches", func: reset_caches, flags: 0, doc: "Internal ABC helper to reset both caches of a given class." },
    MethodDef { name: "_get_dump", func: get_dump, flags: 0, doc: "Internal ABC helper for cache and registry debugging." },
    MethodDef { name: "_abc_register", func: abc_register, flags: 0, doc: "Internal ABC helper for subclasss registration. Should be never used outside abc module." },
    MethodDef { name: "_abc_instancecheck", func: abc_instancecheck, flags: 0, doc: "Internal ABC helper for instance checks. Should be never used outside abc module." },
    MethodDef { name: "_abc_subclasscheck", func: abc_subclasscheck, flags: 0, doc: "Internal ABC helper for subclasss checks. Should be never used outside abc module." },
];

pub fn abc_types() -> Vec<&'static TypeObject> {
    vec![&ABC_DATA_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("_abc", &FUNCS, vec![]))
}
