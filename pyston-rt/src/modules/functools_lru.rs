//! `functools._lru_cache_wrapper` (CPython's C lru_cache): keys built like
//! `lru_cache_make_key` (a lone exact int/str argument is its own key,
//! keyword arguments after a private marker, argument types when typed),
//! an unbounded cache, a bounded cache evicting the least recently used
//! entry (the cache dict keeps recency order: a hit moves its entry to the
//! end, eviction takes the first), or no cache for maxsize 0;
//! `cache_info()` builds the `_CacheInfo` type it was given. The wrapper
//! binds like a function, has a `__dict__` (for `update_wrapper`) and
//! weak references.

use crate::object::args::{self, Params};
use crate::object::dict::{dict_clear, dict_del_hashed, dict_get_hashed, dict_len, dict_set_hashed, new_dict};
use crate::object::exceptions::{type_error, PyErr, OVERFLOW_ERROR};
use crate::object::header::{new_object, PyObject, PyRef};
use crate::object::int::{as_int, new_int};
use crate::object::module::as_module;
use crate::object::singletons::{is_none, none};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult, Static};
use std::cell::{Cell, RefCell};

/// Separates positional from keyword arguments in keys.
static KWD_MARK: Static<PyObject> = Static(PyObject::new_static(&crate::object::object_type::OBJECT_TYPE.0));

#[repr(C)]
pub struct LruWrapper {
    ob: PyObject,
    dict: Cell<*mut PyObject>,
    weaklist: Cell<*mut PyObject>,
    func: RefCell<PyRef>,
    cache: RefCell<PyRef>,
    cache_info_type: RefCell<PyRef>,
    /// None: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

static LRU_METHODS: [MethodDef; 5] = [
    MethodDef { name: "cache_info", func: lru_cache_info, flags: 0, doc: "Report cache statistics" },
    MethodDef { name: "cache_clear", func: lru_cache_clear, flags: 0, doc: "Clear the cache and cache statistics" },
    MethodDef { name: "__reduce__", func: lru_reduce, flags: 0, doc: "" },
    MethodDef { name: "__copy__", func: lru_copy, flags: 0, doc: "" },
    MethodDef { name: "__deepcopy__", func: lru_deepcopy, flags: 0, doc: "" },
];

static LRU_GETSETS: [GetSetDef; 1] = [GetSetDef {
    name: "__dict__",
    get: crate::object::type_new::subtype_dict_get,
    set: Some(crate::object::type_new::subtype_dict_set),
    doc: "",
}];

pub static LRU_WRAPPER_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::HAS_DICT | type_flags::HAVE_GC),
    dictoffset: Cell::new(std::mem::offset_of!(LruWrapper, dict)),
    tp_weaklistoffset: Cell::new(std::mem::offset_of!(LruWrapper, weaklist)),
    tp_traverse: slot(lru_traverse),
    tp_clear: slot(lru_clear),
    tp_drop: slot(drop_payload::<LruWrapper>),
    tp_new: slot(lru_new),
    tp_call: slot(lru_call),
    tp_descr_get: slot(lru_descr_get),
    tp_getattro: slot(crate::object::object_type::generic_getattr),
    tp_setattro: slot(crate::object::object_type::generic_setattr),
    methods: &LRU_METHODS,
    getsets: &LRU_GETSETS,
    module: Some("functools"),
    doc: Some("Create a cached callable that wraps another function."),
    ..TypeObject::new_static("_lru_cache_wrapper", std::mem::size_of::<LruWrapper>())
});

fn of(o: &PyObject) -> &LruWrapper {
    assert!(o.is_exact(&LRU_WRAPPER_TYPE), "_lru_cache_wrapper slot on another type");
    // SAFETY: checked the exact type (not subclassable).
    unsafe { o.cast::<LruWrapper>() }
}

fn lru_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let w = of(o);
    visit(&w.func.borrow());
    visit(&w.cache.borrow());
    visit(&w.cache_info_type.borrow());
}

fn lru_clear(o: &PyObject) {
    let w = of(o);
    let old = (w.func.replace(none()), w.cache.replace(new_dict()), w.cache_info_type.replace(none()));
    drop(old);
}

fn lru_new(_t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 4];
    Params::new("_lru_cache_wrapper", &["user_function", "maxsize", "typed", "cache_info_type"], 4).parse(a, kw, &mut out)?;
    let func = out[0].unwrap();
    if func.type_().tp_call.get().is_none() {
        return Err(type_error("the first argument must be callable"));
    }
    let m = out[1].unwrap();
    let maxsize = if is_none(m) {
        None
    } else if as_int(m).is_some() {
        let v = crate::object::int::int_value_big(m).expect("int");
        let v: i64 = i64::try_from(&v).map_err(|_| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t"))?;
        Some(v.max(0) as usize)
    } else {
        return Err(type_error("maxsize should be integer or None"));
    };
    let typed = protocol::is_true(out[2].unwrap())?;
    Ok(new_object(&LRU_WRAPPER_TYPE, |ob| LruWrapper {
        ob,
        dict: Cell::new(std::ptr::null_mut()),
        weaklist: Cell::new(std::ptr::null_mut()),
        func: RefCell::new(func.to_ref()),
        cache: RefCell::new(new_dict()),
        cache_info_type: RefCell::new(out[3].unwrap().to_ref()),
        maxsize,
        typed,
        hits: Cell::new(0),
        misses: Cell::new(0),
    }))
}

/// CPython's `lru_cache_make_key`.
fn make_key(a: &[&PyObject], kw: Option<&PyObject>, typed: bool) -> PyRef {
    let (pos, kwvals, kwnames) = args::split(a, kw);
    if !typed && kwnames.is_empty() {
        if let [one] = pos {
            if one.is_exact(&crate::object::str::STR_TYPE) || one.is_exact(&crate::object::int::INT_TYPE) {
                return one.to_ref();
            }
        }
        return crate::object::tuple::tuple_from(pos);
    }
    let mut key: Vec<PyRef> = pos.iter().map(|p| p.to_ref()).collect();
    if !kwnames.is_empty() {
        key.push(KWD_MARK.to_ref());
        for (k, v) in kwnames.iter().zip(kwvals.iter()) {
            key.push(k.clone());
            key.push(v.to_ref());
        }
    }
    if typed {
        key.extend(pos.iter().map(|p| p.type_().to_ref()));
        key.extend(kwvals.iter().map(|v| v.type_().to_ref()));
    }
    new_tuple(key)
}

fn lru_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let w = of(o);
    let func = w.func.borrow().clone();
    if w.maxsize == Some(0) {
        w.misses.set(w.misses.get() + 1);
        return protocol::call(&func, a, kw);
    }
    let key = make_key(a, kw, w.typed);
    let hash = protocol::hash(&key)?;
    let cache = w.cache.borrow().clone();
    if w.maxsize.is_some() {
        // A hit becomes the most recently used: move it to the end of the
        // order (one key comparison, as CPython's lookup).
        if let Some((k, val)) = dict_del_hashed(&cache, &key, hash)? {
            w.hits.set(w.hits.get() + 1);
            dict_set_hashed(&cache, k, hash, val.clone())?;
            return Ok(val);
        }
    } else if let Some(v) = dict_get_hashed(&cache, &key, hash)? {
        w.hits.set(w.hits.get() + 1);
        return Ok(v);
    }
    w.misses.set(w.misses.get() + 1);
    let result = protocol::call(&func, a, kw)?;
    // The cache may have been cleared or replaced meanwhile.
    let cache = w.cache.borrow().clone();
    if let Some(max) = w.maxsize {
        if crate::object::dict::dict_contains_hashed(&cache, &key, hash)? {
            // A recursive call already cached it.
            return Ok(result);
        }
        if dict_len(&cache) >= max {
            let mut pos = 0;
            if let Some((oldest, _, h)) = crate::object::dict::dict_next_hashed(&cache, &mut pos) {
                dict_del_hashed(&cache, &oldest, h)?;
            }
        }
    }
    dict_set_hashed(&cache, key, hash, result.clone())?;
    Ok(result)
}

fn lru_descr_get(o: &PyObject, obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    match obj {
        Some(ob) if !is_none(ob) => Ok(crate::object::function::new_method(o.to_ref(), ob.to_ref())),
        _ => Ok(o.to_ref()),
    }
}

fn lru_cache_info(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("cache_info", &a[1..], kw)?;
    let w = of(a[0]);
    let t = w.cache_info_type.borrow().clone();
    let max = match w.maxsize {
        Some(m) => new_int(m as i64),
        None => none(),
    };
    let cur = new_int(dict_len(&w.cache.borrow()) as i64);
    let (h, m) = (new_int(w.hits.get() as i64), new_int(w.misses.get() as i64));
    protocol::call(&t, &[&h, &m, &max, &cur], None)
}

fn lru_cache_clear(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("cache_clear", &a[1..], kw)?;
    let w = of(a[0]);
    w.hits.set(0);
    w.misses.set(0);
    let cache = w.cache.borrow().clone();
    dict_clear(&cache);
    Ok(none())
}

fn lru_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reduce__", &a[1..], kw)?;
    protocol::getattr_str(a[0], "__qualname__")
}

fn lru_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__copy__", &a[1..], kw)?;
    Ok(a[0].to_ref())
}

fn lru_deepcopy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("__deepcopy__", &a[1..], kw)?;
    Ok(a[0].to_ref())
}

pub fn add_to(m: &PyObject) {
    if let Some(md) = as_module(m) {
        crate::object::dict::dict_set_item_str(md.dict(), "_lru_cache_wrapper", LRU_WRAPPER_TYPE.to_ref());
    }
}
