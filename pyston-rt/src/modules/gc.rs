//! The `gc` module: control of the cycle collector (`object::gc`).

use crate::object::args::{no_args, one_arg, Params};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::Static;
use crate::object::int::{new_bool, new_int};
use crate::object::list::{as_list, new_list};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::typeobj::MethodDef;
use crate::object::{gc, protocol, PyObject, PyRef, PyResult};
use std::cell::Cell;

/// `gc.callbacks` (owned by the module; kept here to call it cheaply).
static CALLBACKS: Static<Cell<*mut PyObject>> = Static(Cell::new(std::ptr::null_mut()));

fn index_arg(o: &PyObject) -> PyResult<isize> {
    crate::object::args::expect_index(o)
}

fn gc_enable(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.enable", args, kw)?;
    gc::set_enabled(true);
    Ok(none())
}

fn gc_disable(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.disable", args, kw)?;
    gc::set_enabled(false);
    Ok(none())
}

fn gc_isenabled(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.isenabled", args, kw)?;
    Ok(new_bool(gc::enabled()))
}

static COLLECT_PARAMS: Params = Params::new("collect", &["generation"], 0);

fn gc_collect(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    COLLECT_PARAMS.parse(args, kw, &mut out)?;
    let gen = match out[0] {
        Some(g) => index_arg(g)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(value_error("invalid generation"));
    }
    Ok(new_int(gc::collect_generation(gen as usize) as i64))
}

fn gc_get_count(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.get_count", args, kw)?;
    let c = gc::counts();
    Ok(crate::object::tuple::new_tuple(c.iter().map(|&n| new_int(n as i64)).collect()))
}

fn gc_get_threshold(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.get_threshold", args, kw)?;
    let t = gc::thresholds();
    Ok(crate::object::tuple::new_tuple(t.iter().map(|&n| new_int(n as i64)).collect()))
}

fn gc_set_threshold(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("set_threshold", kw)?;
    if args.is_empty() {
        return Err(type_error(format!("set_threshold() takes at least 1 argument ({} given)", args.len())));
    }
    if args.len() > 3 {
        return Err(type_error(format!("set_threshold() takes at most 3 arguments ({} given)", args.len())));
    }
    let mut vals = Vec::with_capacity(args.len());
    for a in args {
        if crate::object::float::as_float(a).is_some() {
            return Err(type_error("'float' object cannot be interpreted as an integer"));
        }
        vals.push(index_arg(a)?);
    }
    for (i, v) in vals.into_iter().enumerate() {
        gc::set_threshold(i, v);
    }
    Ok(none())
}

fn gc_is_tracked(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("gc.is_tracked", args, kw)?;
    Ok(new_bool(gc::is_tracked(o)))
}

fn gc_is_finalized(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("gc.is_finalized", args, kw)?;
    // SAFETY: is_gc checked the object has a GC head.
    Ok(new_bool(gc::is_gc(o) && unsafe { gc::is_finalized(o) }))
}

static GET_OBJECTS_PARAMS: Params = Params::new("get_objects", &["generation"], 0);

fn gc_get_objects(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    GET_OBJECTS_PARAMS.parse(args, kw, &mut out)?;
    let gen = match out[0] {
        Some(g) if !is_none(g) => {
            let g = index_arg(g)?;
            if g >= 3 {
                return Err(value_error("generation parameter must be less than the number of available generations (3)"));
            }
            if g < 0 {
                return Err(value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
        _ => None,
    };
    Ok(new_list(gc::objects(gen)))
}

fn gc_get_referents(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("get_referents", kw)?;
    let mut v = Vec::new();
    for a in args {
        if gc::is_gc(a) {
            gc::traverse_object(a, &mut |c| v.push(c.to_ref()));
        }
    }
    Ok(new_list(v))
}

fn gc_get_stats(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.get_stats", args, kw)?;
    let mut v = Vec::new();
    for (collections, collected) in gc::stats() {
        let d = crate::object::dict::new_dict();
        dict_set_item_str(&d, "collections", new_int(collections as i64));
        dict_set_item_str(&d, "collected", new_int(collected as i64));
        dict_set_item_str(&d, "uncollectable", new_int(0));
        v.push(d);
    }
    Ok(new_list(v))
}

fn gc_freeze(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.freeze", args, kw)?;
    gc::freeze();
    Ok(none())
}

fn gc_unfreeze(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.unfreeze", args, kw)?;
    gc::unfreeze();
    Ok(none())
}

fn gc_get_freeze_count(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("gc.get_freeze_count", args, kw)?;
    Ok(new_int(gc::freeze_count() as i64))
}

static GC_FUNCS: [MethodDef; 15] = [
    MethodDef { name: "enable", func: gc_enable, flags: 0, doc: "Enable automatic garbage collection." },
    MethodDef { name: "disable", func: gc_disable, flags: 0, doc: "Disable automatic garbage collection." },
    MethodDef { name: "isenabled", func: gc_isenabled, flags: 0, doc: "Returns true if automatic garbage collection is enabled." },
    MethodDef { name: "collect", func: gc_collect, flags: 0, doc: "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned." },
    MethodDef { name: "get_count", func: gc_get_count, flags: 0, doc: "Return a three-tuple of the current collection counts." },
    MethodDef { name: "get_threshold", func: gc_get_threshold, flags: 0, doc: "Return the current collection thresholds." },
    MethodDef { name: "set_threshold", func: gc_set_threshold, flags: 0, doc: "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n" },
    MethodDef { name: "is_tracked", func: gc_is_tracked, flags: 0, doc: "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false." },
    MethodDef { name: "is_finalized", func: gc_is_finalized, flags: 0, doc: "Returns true if the object has been already finalized by the GC." },
    MethodDef { name: "get_objects", func: gc_get_objects, flags: 0, doc: "Return a list of objects tracked by the collector (excluding the list returned)." },
    MethodDef { name: "get_referents", func: gc_get_referents, flags: 0, doc: "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs." },
    MethodDef { name: "get_stats", func: gc_get_stats, flags: 0, doc: "Return a list of dictionaries containing per-generation statistics." },
    MethodDef { name: "freeze", func: gc_freeze, flags: 0, doc: "Freeze all current tracked objects and ignore them for future collections." },
    MethodDef { name: "unfreeze", func: gc_unfreeze, flags: 0, doc: "Unfreeze all objects in the permanent generation." },
    MethodDef { name: "get_freeze_count", func: gc_get_freeze_count, flags: 0, doc: "Return the number of objects in the permanent generation." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("gc");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("gc");
    for f in GC_FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "garbage", new_list(vec![]));
    let cbs = match CALLBACKS.get() {
        p if p.is_null() => {
            let l = new_list(vec![]);
            l.make_immortal();
            CALLBACKS.set(l.clone().into_raw());
            l
        }
        // SAFETY: the static owns one reference to the list.
        p => unsafe { &*p }.to_ref(),
    };
    dict_set_item_str(d, "callbacks", cbs);
    for (k, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        dict_set_item_str(d, k, new_int(v));
    }
    Ok(m)
}

/// Whether `gc.callbacks` has entries.
pub fn has_callbacks() -> bool {
    let p = CALLBACKS.get();
    // SAFETY: the static owns a reference to the list.
    !p.is_null() && as_list(unsafe { &*p }).is_some_and(|l| !l.is_empty())
}

/// Call every `gc.callbacks` entry with (phase, info); errors are reported
/// and ignored.
pub fn invoke_callbacks(phase: &str, generation: usize, collected: usize, uncollectable: usize) {
    let p = CALLBACKS.get();
    if p.is_null() {
        return;
    }
    // SAFETY: the static owns a reference to the list; items are cloned out
    // before any call.
    let Some(l) = as_list(unsafe { &*p }) else { return };
    let cbs: Vec<PyRef> = l.items().to_vec();
    let info = crate::object::dict::new_dict();
    dict_set_item_str(&info, "generation", new_int(generation as i64));
    dict_set_item_str(&info, "collected", new_int(collected as i64));
    dict_set_item_str(&info, "uncollectable", new_int(uncollectable as i64));
    let ph = new_str(phase);
    for cb in cbs {
        if let Err(e) = protocol::call(&cb, &[&ph, &info], None) {
            crate::object::exc_methods::write_unraisable(&e, Some(&cb));
        }
    }
}
