//! The `_weakref` module (types and helpers live in `object::weakref`).

use crate::object::args::one_arg;
use crate::object::descr::new_builtin_function;
use crate::object::dict::{dict_del, dict_get_str, dict_set_item_str};
use crate::object::exceptions::type_error;
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::typeobj::MethodDef;
use crate::object::weakref::{as_weakref, new_proxy, weakref_count, weakrefs_of, CALLABLE_PROXY_TYPE, PROXY_TYPE, REF_TYPE};
use crate::object::{PyObject, PyRef, PyResult};

fn getweakrefcount(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("getweakrefcount", args, kw)?;
    Ok(new_int(weakref_count(o) as i64))
}

fn getweakrefs(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("getweakrefs", args, kw)?;
    Ok(new_list(weakrefs_of(o)))
}

fn proxy(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("proxy", kw)?;
    crate::object::args::check_positional("proxy", args.len(), 1, 2)?;
    new_proxy(args[0], args.get(1).copied())
}

/// `_remove_dead_weakref(dict, key)`: delete `dict[key]` if it is a dead weakref.
fn remove_dead_weakref(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("_remove_dead_weakref", kw)?;
    crate::object::args::check_positional("_remove_dead_weakref", args.len(), 2, 2)?;
    let (d, key) = (args[0], args[1]);
    if crate::object::dict::as_dict(d).is_none() {
        return Err(type_error(format!("_remove_dead_weakref() argument 1 must be dict, not {}", d.type_().name())));
    }
    let dead = match dict_get_str(d, key).map(|v| v.to_ref()) {
        Some(v) => as_weakref(&v).is_some_and(|w| w.get().is_none()),
        None => false,
    };
    if dead {
        dict_del(d, key)?;
    }
    Ok(none())
}

static FUNCS: [MethodDef; 4] = [
    MethodDef { name: "getweakrefcount", func: getweakrefcount, flags: 0, doc: "Return the number of weak references to 'object'." },
    MethodDef { name: "getweakrefs", func: getweakrefs, flags: 0, doc: "Return a list of all weak reference objects pointing to 'object'." },
    MethodDef { name: "proxy", func: proxy, flags: 0, doc: "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized." },
    MethodDef { name: "_remove_dead_weakref", func: remove_dead_weakref, flags: 0, doc: "Atomically remove key from dict if it points to a dead weakref." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_weakref");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_weakref");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "ref", REF_TYPE.to_ref());
    dict_set_item_str(d, "ReferenceType", REF_TYPE.to_ref());
    dict_set_item_str(d, "ProxyType", PROXY_TYPE.to_ref());
    dict_set_item_str(d, "CallableProxyType", CALLABLE_PROXY_TYPE.to_ref());
    Ok(m)
}
