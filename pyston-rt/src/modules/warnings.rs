//! `_warnings`: the native core of the `warnings` module (CPython's
//! `Python/_warnings.c`): `warn`, `warn_explicit`, the shared `filters`
//! list, `_defaultaction`, `_onceregistry` and `_filters_mutated`.
//!
//! When the `warnings` module has been imported its attributes win
//! (`warnings.filters`, `warnings.defaultaction`, `warnings.onceregistry`)
//! and the warning is shown through `warnings._showwarnmsg` (so a replaced
//! `warnings.showwarning` is honoured); before that it is written to
//! `sys.stderr` as `file:line: Category: text` plus the source line.

use crate::object::args::Params;
use crate::object::descr::new_builtin_function;
use crate::object::dict::{as_dict, dict_clear, dict_get, dict_set, dict_set_item_str, new_dict};
use crate::object::exceptions::{type_error, value_error, PyErr, RUNTIME_ERROR, USER_WARNING, WARNING};
use crate::object::header::{PyObject, PyRef, Static};
use crate::object::int::{int_value_i64, new_bool, new_int};
use crate::object::list::{as_list, new_list};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::{intern, new_str, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{as_type, MethodDef};
use crate::object::{protocol, PyResult};
use std::cell::Cell;

static FILTERS_VERSION: Static<Cell<i64>> = Static(Cell::new(0));

/// CPython's default filters (release build).
fn default_filters() -> PyRef {
    use crate::object::exceptions::{DEPRECATION_WARNING, IMPORT_WARNING, PENDING_DEPRECATION_WARNING, RESOURCE_WARNING};
    let filter = |action: &str, cat: &crate::object::TypeObject, module: Option<&str>| {
        new_tuple(vec![new_str(action), none(), cat.to_ref(), module.map(new_str).unwrap_or_else(none), new_int(0)])
    };
    new_list(vec![
        filter("default", &DEPRECATION_WARNING, Some("__main__")),
        filter("ignore", &DEPRECATION_WARNING, None),
        filter("ignore", &PENDING_DEPRECATION_WARNING, None),
        filter("ignore", &IMPORT_WARNING, None),
        filter("ignore", &RESOURCE_WARNING, None),
    ])
}

/// The module's own `filters`/`_onceregistry`/`_defaultaction` (kept in
/// the `_warnings` module, which owns them).
fn own(attr: &str) -> PyResult<PyRef> {
    let m = crate::import::import_absolute("_warnings")?;
    protocol::getattr_str(&m, attr)
}

/// `warnings.<attr>` when the `warnings` module is loaded.
fn warnings_attr(attr: &str) -> PyResult<Option<PyRef>> {
    let mods = super::sys::modules();
    let Some(w) = dict_get(&mods, &intern("warnings"))? else { return Ok(None) };
    if is_none(&w) {
        return Ok(None);
    }
    protocol::getattr_opt(&w, &intern(attr))
}

fn filters() -> PyResult<PyRef> {
    match warnings_attr("filters")? {
        Some(f) => {
            if as_list(&f).is_none() {
                return Err(value_error("_warnings.filters must be a list"));
            }
            Ok(f)
        }
        None => own("filters"),
    }
}

fn once_registry() -> PyResult<PyRef> {
    match warnings_attr("onceregistry")? {
        Some(r) => {
            if as_dict(&r).is_none() {
                return Err(type_error(format!("_warnings.onceregistry must be a dict, not '{}'", r.type_().name())));
            }
            Ok(r)
        }
        None => own("_onceregistry"),
    }
}

fn default_action() -> PyResult<PyRef> {
    let a = match warnings_attr("defaultaction")? {
        Some(a) => a,
        None => own("_defaultaction")?,
    };
    if str_value(&a).is_none() {
        return Err(type_error(format!("_warnings.defaultaction must be a string, not '{}'", a.type_().name())));
    }
    Ok(a)
}

/// `None` matches anything, a str matches exactly, otherwise
/// `obj.match(arg)` (a compiled regex).
fn check_matched(obj: &PyObject, arg: &PyObject) -> PyResult<bool> {
    if is_none(obj) {
        return Ok(true);
    }
    if obj.is_exact(&crate::object::str::STR_TYPE) {
        return Ok(str_value(obj) == str_value(arg));
    }
    let r = protocol::call_method(obj, &intern("match"), &[arg])?;
    protocol::is_true(&r)
}

/// The action of the first matching filter (and the filter), or the
/// default action.
fn get_filter(category: &PyObject, text: &PyObject, lineno: i64, module: &PyObject) -> PyResult<(PyRef, PyRef)> {
    let fl = filters()?;
    let mut i = 0;
    loop {
        let item = match as_list(&fl).and_then(|l| l.items().get(i).cloned()) {
            Some(it) => it,
            None => break,
        };
        let parts = tuple_slice(&item).filter(|p| p.len() == 5);
        let Some(parts) = parts else {
            return Err(value_error(format!("_warnings.filters item {} isn't a 5-tuple", i)));
        };
        let (action, msg, cat, module_re, ln) = (&parts[0], &parts[1], &parts[2], &parts[3], &parts[4]);
        if str_value(action).is_none() {
            return Err(type_error(format!("action must be a string, not '{}'", action.type_().name())));
        }
        let good_msg = check_matched(msg, text)?;
        let good_cat = crate::object::typecheck::issubclass(category, cat)?;
        let good_mod = check_matched(module_re, module)?;
        let ln = crate::object::args::expect_index(ln)? as i64;
        if good_msg && good_cat && good_mod && (ln == 0 || lineno == ln) {
            return Ok((action.clone(), item.clone()));
        }
        i += 1;
    }
    Ok((default_action()?, none()))
}

/// Whether `registry[key]` says the warning was shown (resetting a
/// registry from an older filters version); sets it when asked.
fn already_warned(registry: &PyObject, key: &PyObject, should_set: bool) -> PyResult<bool> {
    let version = FILTERS_VERSION.get();
    let vkey = intern("version");
    let current = dict_get(registry, &vkey)?;
    if current.as_deref().and_then(int_value_i64) != Some(version) {
        dict_clear(registry);
        dict_set(registry, &vkey, &new_int(version))?;
    } else if let Some(v) = dict_get(registry, key)? {
        if protocol::is_true(&v)? {
            return Ok(true);
        }
    }
    if should_set {
        dict_set(registry, key, &new_bool(true))?;
    }
    Ok(false)
}

fn update_registry(registry: &PyObject, text: &PyObject, category: &PyObject, add_zero: bool) -> PyResult<bool> {
    let key = if add_zero {
        new_tuple(vec![text.to_ref(), category.to_ref(), new_int(0)])
    } else {
        new_tuple(vec![text.to_ref(), category.to_ref()])
    };
    already_warned(registry, &key, true)
}

/// The module name from a filename: without `.py`, `<unknown>` if empty.
fn normalize_module(filename: &PyObject) -> PyRef {
    match str_value(filename) {
        Some("") => new_str("<unknown>"),
        Some(s) if s.ends_with(".py") => new_str(&s[..s.len() - 3]),
        _ => filename.to_ref(),
    }
}

#[allow(clippy::too_many_arguments)]
fn warn_explicit(
    category: &PyObject,
    message: &PyObject,
    filename: &PyObject,
    lineno: i64,
    module: Option<&PyObject>,
    registry: Option<&PyObject>,
    sourceline: Option<&PyObject>,
    source: Option<&PyObject>,
) -> PyResult<PyRef> {
    let module = match module {
        Some(m) => m.to_ref(),
        None => normalize_module(filename),
    };
    let registry = registry.filter(|r| !is_none(r));
    if let Some(r) = registry {
        if as_dict(r).is_none() {
            return Err(type_error("'registry' must be a dict or None"));
        }
    }
    let (text, category, message) = if crate::object::typecheck::isinstance(message, WARNING.obj())? {
        let t = protocol::str_(message)?;
        (t, message.type_().to_ref(), message.to_ref())
    } else {
        let m = protocol::call(category, &[message], None)?;
        (message.to_ref(), category.to_ref(), m)
    };
    let lineno_obj = new_int(lineno);
    let key = new_tuple(vec![text.clone(), category.clone(), lineno_obj.clone()]);
    if let Some(r) = registry {
        if already_warned(r, &key, false)? {
            return Ok(none());
        }
    }
    let (action, item) = get_filter(&category, &text, lineno, &module)?;
    let a = str_value(&action).unwrap_or("");
    if a == "error" {
        return Err(PyErr::from_value(message));
    }
    if a == "ignore" {
        return Ok(none());
    }
    let mut shown_before = false;
    if a != "always" {
        if let Some(r) = registry {
            dict_set(r, &key, &new_bool(true))?;
        }
        match a {
            "once" => {
                let reg = match registry {
                    Some(r) => r.to_ref(),
                    None => once_registry()?,
                };
                shown_before = update_registry(&reg, &text, &category, false)?;
            }
            "module" => {
                if let Some(r) = registry {
                    shown_before = update_registry(r, &text, &category, false)?;
                }
            }
            "default" => {}
            _ => {
                return Err(PyErr::new(
                    &RUNTIME_ERROR,
                    format!("Unrecognized action ({}) in warnings.filters:\n {}", protocol::repr_string(&action)?, protocol::repr_string(&item)?),
                ));
            }
        }
    }
    if !shown_before {
        show(&category, &text, &message, filename, &lineno_obj, sourceline, source)?;
    }
    Ok(none())
}

/// Show through `warnings._showwarnmsg(WarningMessage(...))`, or write to
/// sys.stderr when `warnings` is not loaded.
fn show(
    category: &PyObject,
    text: &PyObject,
    message: &PyObject,
    filename: &PyObject,
    lineno: &PyObject,
    sourceline: Option<&PyObject>,
    source: Option<&PyObject>,
) -> PyResult<()> {
    let show_fn = if source.is_some() {
        // CPython imports `warnings` to show a warning with a source.
        let _ = crate::import::import_absolute("warnings");
        warnings_attr("_showwarnmsg")?
    } else {
        warnings_attr("_showwarnmsg")?
    };
    let Some(show_fn) = show_fn else {
        return show_to_stderr(category, text, filename, lineno, sourceline);
    };
    if show_fn.type_().tp_call.get().is_none() {
        return Err(type_error("warnings._showwarnmsg() must be set to a callable"));
    }
    let Some(cls) = warnings_attr("WarningMessage")? else {
        return Err(PyErr::new(&RUNTIME_ERROR, "unable to get warnings.WarningMessage"));
    };
    let n = none();
    let mut args: Vec<&PyObject> = vec![message, category, filename, lineno, &n, &n];
    if let Some(s) = source {
        args.push(s);
    }
    let msg = protocol::call(&cls, &args, None)?;
    protocol::call(&show_fn, &[&msg], None)?;
    Ok(())
}

fn show_to_stderr(category: &PyObject, text: &PyObject, filename: &PyObject, lineno: &PyObject, sourceline: Option<&PyObject>) -> PyResult<()> {
    let name = protocol::getattr_str(category, "__name__")?;
    let Some(err) = super::sys::get("stderr").filter(|e| !is_none(e)) else {
        return Ok(());
    };
    let mut out = format!(
        "{}:{}: {}: {}\n",
        protocol::str_string(filename)?,
        protocol::str_string(lineno)?,
        protocol::str_string(&name)?,
        protocol::str_string(text)?
    );
    let line = match sourceline {
        Some(s) if !is_none(s) => Some(protocol::str_string(s)?),
        _ => str_value(filename).and_then(|f| {
            let n = int_value_i64(lineno)?;
            let data = std::fs::read(f).ok()?;
            let text = String::from_utf8_lossy(&data).into_owned();
            text.lines().nth((n as usize).checked_sub(1)?).map(|l| l.to_string())
        }),
    };
    if let Some(l) = line {
        let t = l.trim_start_matches([' ', '\t', '\x0c']).trim_end();
        if !t.is_empty() || sourceline.is_some() {
            out.push_str(&format!("  {}\n", t));
        }
    }
    let s = new_str(out);
    protocol::call_method(&err, &intern("write"), &[&s])?;
    Ok(())
}

/// Whether a frame runs importlib's bootstrap code (skipped when counting
/// `stacklevel`).
fn is_internal_frame(f: &PyObject) -> PyResult<bool> {
    let code = protocol::getattr_str(f, "f_code")?;
    let name = protocol::getattr_str(&code, "co_filename")?;
    Ok(str_value(&name).is_some_and(|s| s.contains("importlib") && s.contains("_bootstrap")))
}

fn back(f: &PyObject) -> PyResult<Option<PyRef>> {
    let b = protocol::getattr_str(f, "f_back")?;
    Ok(if is_none(&b) { None } else { Some(b) })
}

/// (filename, lineno, module, registry) of the frame `stacklevel` up.
fn setup_context(stacklevel: isize) -> PyResult<(PyRef, i64, PyRef, PyRef)> {
    let mut f = crate::interp::current_frame().map(crate::object::frameobject::frame_object);
    let mut level = stacklevel;
    let internal = match &f {
        Some(fr) => is_internal_frame(fr)?,
        None => false,
    };
    if stacklevel <= 0 || internal {
        loop {
            level -= 1;
            if level <= 0 {
                break;
            }
            let Some(fr) = f else { break };
            f = back(&fr)?;
        }
    } else {
        loop {
            level -= 1;
            if level <= 0 {
                break;
            }
            let Some(fr) = f else { break };
            // The next frame that is not importlib's.
            let mut nf = back(&fr)?;
            while let Some(n) = &nf {
                if !is_internal_frame(n)? {
                    break;
                }
                nf = back(n)?;
            }
            f = nf;
        }
    }
    let (globals, filename, lineno) = match f {
        Some(fr) => {
            let g = protocol::getattr_str(&fr, "f_globals")?;
            let code = protocol::getattr_str(&fr, "f_code")?;
            let fname = protocol::getattr_str(&code, "co_filename")?;
            let ln = protocol::getattr_str(&fr, "f_lineno")?;
            (g, fname, int_value_i64(&ln).unwrap_or(0))
        }
        None => {
            let sys = crate::import::import_absolute("sys")?;
            (protocol::getattr_str(&sys, "__dict__")?, new_str("sys"), 1)
        }
    };
    let module = match dict_get(&globals, &intern("__name__"))? {
        Some(n) if str_value(&n).is_some() => n,
        _ => new_str("<string>"),
    };
    let rkey = intern("__warningregistry__");
    let registry = match dict_get(&globals, &rkey)? {
        Some(r) if !is_none(&r) => r,
        _ => {
            let r = new_dict();
            dict_set(&globals, &rkey, &r)?;
            r
        }
    };
    Ok((filename, lineno, module, registry))
}

fn get_category(message: &PyObject, category: Option<&PyObject>) -> PyResult<PyRef> {
    if crate::object::typecheck::isinstance(message, WARNING.obj())? {
        return Ok(message.type_().to_ref());
    }
    let cat = match category {
        Some(c) if !is_none(c) => c.to_ref(),
        _ => USER_WARNING.to_ref(),
    };
    let ok = as_type(&cat).is_some() && crate::object::typecheck::issubclass(&cat, WARNING.obj())?;
    if !ok {
        return Err(type_error(format!("category must be a Warning subclass, not '{}'", cat.type_().name())));
    }
    Ok(cat)
}

fn f_warn(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None, None];
    Params::new("warn", &["message", "category", "stacklevel", "source"], 1).parse(a, kw, &mut out)?;
    let message = out[0].unwrap();
    let category = get_category(message, out[1])?;
    let stacklevel = match out[2] {
        Some(s) => crate::object::args::expect_index(s)?,
        None => 1,
    };
    let source = out[3].filter(|s| !is_none(s));
    let (filename, lineno, module, registry) = setup_context(stacklevel)?;
    warn_explicit(&category, message, &filename, lineno, Some(&module), Some(&registry), None, source)
}

fn f_warn_explicit(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 8];
    Params::new("warn_explicit", &["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"], 4)
        .parse(a, kw, &mut out)?;
    let filename = out[2].unwrap();
    if str_value(filename).is_none() {
        return Err(type_error(format!("warn_explicit() argument 'filename' must be str, not {}", filename.type_().name())));
    }
    let lineno = out[3].unwrap();
    if crate::object::int::as_int(lineno).is_none() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", lineno.type_().name())));
    }
    let lineno = crate::object::args::expect_index(lineno)? as i64;
    if let Some(g) = out[6].filter(|g| !is_none(g)) {
        if as_dict(g).is_none() {
            return Err(type_error(format!("module_globals must be a dict, not '{}'", g.type_().name())));
        }
    }
    let module = out[4].filter(|m| !is_none(m));
    warn_explicit(out[1].unwrap(), out[0].unwrap(), filename, lineno, module, out[5], None, out[7].filter(|s| !is_none(s)))
}

fn f_filters_mutated(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("_filters_mutated", a, kw)?;
    FILTERS_VERSION.set(FILTERS_VERSION.get() + 1);
    Ok(none())
}

static FUNCS: [MethodDef; 3] = [
    MethodDef { name: "warn", func: f_warn, flags: 0, doc: "Issue a warning, or maybe ignore it or raise an exception." },
    MethodDef { name: "warn_explicit", func: f_warn_explicit, flags: 0, doc: "Low-level interface to warnings functionality." },
    MethodDef { name: "_filters_mutated", func: f_filters_mutated, flags: 0, doc: "" },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_warnings");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_warnings");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "filters", default_filters());
    dict_set_item_str(d, "_onceregistry", new_dict());
    dict_set_item_str(d, "_defaultaction", intern("default"));
    Ok(m)
}

/// Issue a warning from native code (`PyErr_WarnEx`): category, message,
/// stacklevel relative to the running Python frame.
pub fn warn(category: &crate::object::TypeObject, message: &str, stacklevel: isize) -> PyResult<()> {
    let (filename, lineno, module, registry) = setup_context(stacklevel)?;
    let m = new_str(message);
    warn_explicit(category.obj(), &m, &filename, lineno, Some(&module), Some(&registry), None, None)?;
    Ok(())
}
