//! Interpreter finalization at exit (CPython's `Py_FinalizeEx` steps that
//! matter for object lifetimes): module globals are released, so their
//! finalizers run as in CPython, and cycles are collected. `cli` calls it
//! for every run; `PYSTON_DEBUG_REFS` then reports what is still alive.

/// Tear the interpreter state down like CPython's finalization: collect,
/// wipe every module dict (values to None, private names first, last
/// imported module first; `sys` and `builtins` last), clear `sys.modules`,
/// then collect until nothing more is found. `flush` runs before `sys` and
/// `builtins` are wiped (finalizers of globals can still print). The
/// runtime's own roots (the `sys` and `builtins` modules, `sys.modules`)
/// are made immortal: they live as long as the process by design.
pub fn teardown(flush: &dyn Fn()) {
    use crate::object::dict::{as_dict, dict_clear, dict_items};
    use crate::object::module::as_module;
    crate::modules::signal::clear_handlers();
    crate::object::gc::collect(2);
    let mods = crate::runtime::sys_modules();
    let items = dict_items(&mods);
    let wipe = |m: &crate::object::PyObject| {
        let Some(md) = as_module(m) else { return };
        let d = md.dict().to_ref();
        if as_dict(&d).is_none() {
            return;
        }
        let keys: Vec<crate::object::PyRef> = dict_items(&d).into_iter().map(|(k, _)| k).collect();
        for pass in 0..2 {
            for k in &keys {
                let private = crate::object::str::str_value(k).is_some_and(|s| s.starts_with('_') && s != "__builtins__");
                if (pass == 0) == private {
                    let _ = crate::object::dict::dict_set(&d, k, &crate::object::singletons::none());
                }
            }
        }
        dict_clear(&d);
    };
    let is_root = |name: &crate::object::PyObject| matches!(crate::object::str::str_value(name), Some("sys" | "builtins"));
    for (name, m) in items.iter().rev() {
        if !is_root(name) {
            wipe(m);
        }
    }
    crate::modules::contextvars::clear_current();
    let roots: Vec<crate::object::PyRef> = items.iter().filter(|(n, _)| is_root(n)).map(|(_, m)| m.clone()).collect();
    drop(items);
    crate::object::gc::collect(2);
    flush();
    crate::modules::codecs::clear_registry();
    dict_clear(&mods);
    for m in &roots {
        wipe(m);
    }
    for m in &roots {
        m.make_immortal();
        if let Some(md) = as_module(m) {
            md.dict().make_immortal();
        }
    }
    mods.make_immortal();
    drop(roots);
    for _ in 0..16 {
        if crate::object::gc::collect(2) == 0 {
            break;
        }
    }
}

