//! The `atexit` module: functions run at interpreter exit, last registered
//! first, before module globals are released (`cli::finalize`).

use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::type_error;
use crate::object::header::Static;
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::cell::RefCell;

/// (function, positional args, keyword names and values) per registration.
type Entry = (PyRef, Vec<PyRef>, Option<PyRef>);

static CALLBACKS: Static<RefCell<Vec<Entry>>> = Static(RefCell::new(Vec::new()));

fn register(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let nkw = crate::object::args::nkw(kwnames);
    let npos = args.len() - nkw;
    if npos == 0 {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    }
    let f = args[0];
    if f.type_().tp_call.get().is_none() {
        return Err(type_error("the first argument must be callable"));
    }
    let rest: Vec<PyRef> = args[1..].iter().map(|a| a.to_ref()).collect();
    CALLBACKS.borrow_mut().push((f.to_ref(), rest, kwnames.map(|k| k.to_ref())));
    Ok(f.to_ref())
}

fn unregister(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let f = crate::object::args::one_arg("unregister", args, kwnames)?.to_ref();
    let entries: Vec<PyRef> = CALLBACKS.borrow().iter().map(|(g, _, _)| g.clone()).collect();
    let mut keep = Vec::with_capacity(entries.len());
    for g in &entries {
        keep.push(!protocol::eq_bool(g, &f)?);
    }
    let mut i = 0;
    let removed: Vec<Entry> = {
        let mut cbs = CALLBACKS.borrow_mut();
        let old = std::mem::take(&mut *cbs);
        let (kept, removed): (Vec<Entry>, Vec<Entry>) = old.into_iter().partition(|_| {
            let k = keep.get(i).copied().unwrap_or(true);
            i += 1;
            k
        });
        *cbs = kept;
        removed
    };
    drop(removed);
    Ok(none())
}

/// Run and forget every registered function (last first); errors are
/// reported and the next function runs.
pub fn run_exitfuncs() {
    loop {
        let Some((f, args, kwnames)) = CALLBACKS.borrow_mut().pop() else { break };
        let argv: Vec<&PyObject> = args.iter().map(|a| &**a).collect();
        if let Err(e) = protocol::call(&f, &argv, kwnames.as_deref()) {
            crate::interp::traceback::write_unraisable_msg(&e, "Exception ignored in atexit callback", Some(&f));
        }
    }
}

fn run_exitfuncs_py(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("atexit._run_exitfuncs", args, kw)?;
    run_exitfuncs();
    Ok(none())
}

fn clear(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("atexit._clear", args, kw)?;
    let old = std::mem::take(&mut *CALLBACKS.borrow_mut());
    drop(old);
    Ok(none())
}

fn ncallbacks(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("atexit._ncallbacks", args, kw)?;
    Ok(new_int(CALLBACKS.borrow().len() as i64))
}

static FUNCS: [MethodDef; 5] = [
    MethodDef { name: "register", func: register, flags: 0, doc: "Register a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator." },
    MethodDef { name: "unregister", func: unregister, flags: 0, doc: "Unregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered" },
    MethodDef { name: "_run_exitfuncs", func: run_exitfuncs_py, flags: 0, doc: "Run all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook." },
    MethodDef { name: "_clear", func: clear, flags: 0, doc: "Clear the list of previously registered exit functions." },
    MethodDef { name: "_ncallbacks", func: ncallbacks, flags: 0, doc: "Return the number of registered exit functions." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("atexit");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("atexit");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    Ok(m)
}
