//! The import system: CPython 3.11's `__import__` semantics without
//! importlib. Finders: the native modules (`modules::NATIVE_MODULES`)
//! first, then `sys.path` (or the parent package's `__path__`) for
//! `name/__init__.py`, `name.py`, and namespace-package directories.
//! `sys.modules` is the cache; a module is in it while its body runs, so
//! circular imports see the partially initialized module.
//!
//! The interpreter uses `import_module_level` (IMPORT_NAME, through
//! `import_name` which honours a replaced `builtins.__import__`),
//! `import_from` (IMPORT_FROM) and `import_star` (`from m import *`).

use crate::modules::hooks;
use crate::modules::records::{new_record, BUILTIN_IMPORTER_TYPE, MODULE_SPEC_TYPE, SOURCE_LOADER_TYPE};
use crate::object::dict::{dict_del, dict_get, dict_get_str, dict_keys, dict_set, dict_set_item_str};
use crate::object::exceptions::{type_error, value_error, PyErr, IMPORT_ERROR, KEY_ERROR, MODULE_NOT_FOUND_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_bool;
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::protocol;
use crate::object::singletons::{is_none, none};
use crate::object::str::{intern, new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::PyResult;
use std::path::{Path, PathBuf};

/// Where a module was found.
pub enum Found {
    Native(fn() -> PyResult<PyRef>),
    Source { path: PathBuf, is_package: bool },
    Namespace { paths: Vec<String> },
    /// A spec returned by a path entry finder of `sys.path_hooks`
    /// (`zipimport.zipimporter`, a custom hook), loaded by importlib.
    Spec(PyRef),
}

/// `ImportError(msg, name=..., path=...)` (or ModuleNotFoundError).
fn import_error(t: &crate::object::TypeObject, msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
    let m = new_str(msg.as_str());
    let n = name.map(new_str).unwrap_or_else(none);
    let p = path.map(new_str).unwrap_or_else(none);
    let kwnames = new_tuple(vec![intern("name"), intern("path")]);
    match protocol::call(t.obj(), &[&m, &n, &p], Some(&kwnames)) {
        Ok(e) if crate::object::exceptions::as_exception(&e).is_some() => PyErr::from_value(e),
        _ => PyErr::new(t, msg),
    }
}

/// `ModuleNotFoundError: No module named 'x'`
pub fn module_not_found(name: &str) -> PyErr {
    import_error(&MODULE_NOT_FOUND_ERROR, format!("No module named '{}'", name), Some(name), None)
}

fn sys_modules() -> PyRef {
    crate::modules::sys::modules()
}

fn modules_get(name: &str) -> PyResult<Option<PyRef>> {
    let m = sys_modules();
    let k = new_str(name);
    dict_get(&m, &k)
}

fn attr_str(o: &PyObject, name: &str) -> PyResult<Option<PyRef>> {
    let n = intern(name);
    protocol::getattr_opt(o, &n)
}

/// `globals.get(key)` for a dict (or None).
fn globals_get(g: &PyObject, key: &str) -> PyResult<Option<PyRef>> {
    if crate::object::dict::as_dict(g).is_some() {
        let k = intern(key);
        return Ok(dict_get_str(g, &k).map(|v| v.to_ref()));
    }
    let k = new_str(key);
    match protocol::getitem(g, &k) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The absolute name of a relative import (CPython's `resolve_name`).
fn resolve_name(name: &str, globals: Option<&PyObject>, level: usize) -> PyResult<String> {
    let Some(g) = globals else {
        return Err(PyErr::with_args(&KEY_ERROR, vec![new_str("'__name__' not in globals")]));
    };
    let package = globals_get(g, "__package__")?.filter(|p| !is_none(p));
    let spec = globals_get(g, "__spec__")?.filter(|s| !is_none(s));
    let mut pkg: String = if let Some(p) = package {
        str_value(&p).ok_or_else(|| type_error("package must be a string"))?.to_string()
    } else if let Some(s) = spec {
        let parent = attr_str(&s, "parent")?.unwrap_or_else(none);
        str_value(&parent).ok_or_else(|| type_error("__spec__.parent must be a string"))?.to_string()
    } else {
        let n = globals_get(g, "__name__")?
            .ok_or_else(|| PyErr::with_args(&KEY_ERROR, vec![new_str("'__name__' not in globals")]))?;
        let mut s = str_value(&n).ok_or_else(|| type_error("__name__ must be a string"))?.to_string();
        if globals_get(g, "__path__")?.is_none() {
            s = s.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default();
        }
        s
    };
    if pkg.is_empty() {
        return Err(import_error(&IMPORT_ERROR, "attempted relative import with no known parent package".into(), None, None));
    }
    for _ in 1..level {
        match pkg.rfind('.') {
            Some(i) => pkg.truncate(i),
            None => {
                return Err(import_error(&IMPORT_ERROR, "attempted relative import beyond top-level package".into(), None, None));
            }
        }
    }
    Ok(if name.is_empty() { pkg } else { format!("{}.{}", pkg, name) })
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_module_level(name: &PyObject, globals: Option<&PyObject>, fromlist: Option<&PyObject>, level: isize) -> PyResult<PyRef> {
    let Some(name) = str_value(name) else {
        return Err(type_error("module name must be a string"));
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    let abs_name = if level > 0 {
        resolve_name(name, globals, level as usize)?
    } else {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        name.to_string()
    };
    let module = import_absolute(&abs_name)?;
    let has_fromlist = match fromlist {
        Some(f) => protocol::is_true(f)?,
        None => false,
    };
    if !has_fromlist {
        if level == 0 || !name.is_empty() {
            let front = name.split('.').next().unwrap_or(name);
            if level == 0 {
                return match modules_get(front)? {
                    Some(m) => Ok(m),
                    None => find_and_load(front),
                };
            }
            let cut = name.len() - front.len();
            let to_return = &abs_name[..abs_name.len() - cut];
            return modules_get(to_return)?.ok_or_else(|| {
                PyErr::with_args(&KEY_ERROR, vec![new_str(format!("{:?} not in sys.modules as expected", to_return))])
            });
        }
        return Ok(module);
    }
    if attr_str(&module, "__path__")?.is_some() {
        handle_fromlist(&module, fromlist.unwrap(), false)?;
    }
    Ok(module)
}

/// Import submodules named in a fromlist that are not attributes yet.
fn handle_fromlist(module: &PyObject, fromlist: &PyObject, recursive: bool) -> PyResult<()> {
    let modname = attr_str(module, "__name__")?.and_then(|n| str_value(&n).map(|s| s.to_string())).unwrap_or_default();
    for x in protocol::collect(fromlist)? {
        let Some(xs) = str_value(&x) else {
            let where_ = if recursive { format!("{}.__all__", modname) } else { "``from list''".to_string() };
            return Err(type_error(format!("Item in {} must be str, not {}", where_, x.type_().name())));
        };
        if xs == "*" {
            if !recursive {
                if let Some(all) = attr_str(module, "__all__")? {
                    handle_fromlist(module, &all, true)?;
                }
            }
            continue;
        }
        if protocol::getattr_opt(module, &x)?.is_none() {
            let sub = format!("{}.{}", modname, xs);
            if let Err(e) = import_absolute(&sub) {
                let missing_same = e.matches(&MODULE_NOT_FOUND_ERROR)
                    && attr_str(e.value(), "name")?.and_then(|n| str_value(&n).map(|s| s == sub)).unwrap_or(false);
                if missing_same {
                    continue;
                }
                // Without `name` support on the exception, compare messages.
                if e.matches(&MODULE_NOT_FOUND_ERROR) && protocol::str_string(e.value())? == format!("No module named '{}'", sub) {
                    continue;
                }
                return Err(e);
            }
        }
    }
    Ok(())
}

/// Import a dotted absolute name and return the leaf module
/// (`importlib.import_module`).
pub fn import_absolute(name: &str) -> PyResult<PyRef> {
    match modules_get(name)? {
        Some(m) if is_none(&m) => Err(import_error(
            &MODULE_NOT_FOUND_ERROR,
            format!("import of {} halted; None in sys.modules", name),
            Some(name),
            None,
        )),
        Some(m) => Ok(m),
        None => find_and_load(name),
    }
}

/// IMPORT_NAME: `__import__` through builtins (a replaced `__import__` is
/// called), with the fast path when it is ours.
pub fn import_name(name: &PyObject, globals: &PyObject, locals: Option<&PyObject>, fromlist: &PyObject, level: isize) -> PyResult<PyRef> {
    let b = crate::modules::builtins::builtins_dict();
    let imp = dict_get_str(b, crate::name!("__import__")).map(|v| v.to_ref());
    let Some(imp) = imp else {
        return Err(import_error(&IMPORT_ERROR, "__import__ not found".into(), None, None));
    };
    let ours = crate::object::descr::BUILTIN_FUNCTION_TYPE.obj().is(imp.type_().obj()) && {
        // SAFETY: checked the type just above.
        let f = unsafe { imp.cast::<crate::object::descr::PyBuiltinFunction>() };
        f.def.func as usize == crate::modules::builtins_exec::builtin_import as crate::object::typeobj::NativeFn as usize
    };
    if ours {
        let fl = if is_none(fromlist) { None } else { Some(fromlist) };
        return import_module_level(name, Some(globals), fl, level);
    }
    let lv = crate::object::int::new_int(level as i64);
    let loc = locals.map(|l| l.to_ref()).unwrap_or_else(none);
    protocol::call(&imp, &[name, globals, &loc, fromlist, &lv], None)
}

/// Find a module by absolute name (importing its parent packages).
fn find_and_load(name: &str) -> PyResult<PyRef> {
    let mut parent_module = None;
    let mut parent_path = None;
    let search: Option<Vec<String>> = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = import_absolute(parent)?;
            // The parent's import may have imported us.
            if let Some(m) = modules_get(name)? {
                return Ok(m);
            }
            let path = attr_str(&pm, "__path__")?;
            let Some(path) = path else {
                return Err(import_error(
                    &MODULE_NOT_FOUND_ERROR,
                    format!("No module named '{}'; '{}' is not a package", name, parent),
                    Some(name),
                    None,
                ));
            };
            parent_module = Some(pm);
            let dirs = protocol::collect(&path)?.iter().filter_map(|p| str_value(p).map(|s| s.to_string())).collect();
            parent_path = Some(path);
            Some(dirs)
        }
        None => None,
    };
    let module = find_and_load_meta(name, search.as_deref(), parent_path.as_deref())?;
    if let Some(pm) = parent_module {
        let child = name.rsplit_once('.').map(|(_, c)| c).unwrap_or(name);
        let c = intern(child);
        // Like importlib: a failure to set the attribute is ignored.
        let _ = protocol::setattr(&pm, &c, &module);
    }
    Ok(module)
}

/// Find and load `name` the way `sys.meta_path` says: custom finders are
/// asked in order (`find_spec(name, path, None)`, loaded by importlib's
/// `_load`); importlib's own finders (BuiltinImporter, FrozenImporter,
/// PathFinder) stand for the native search (`find` + `load`), which also
/// runs last when none of them is on the list (before importlib is loaded
/// the list is empty).
fn find_and_load_meta(name: &str, search: Option<&[String]>, parent_path: Option<&PyObject>) -> PyResult<PyRef> {
    let meta = crate::modules::sys::get("meta_path");
    let finders = match &meta {
        Some(m) if !is_none(m) => protocol::collect(m)?,
        _ => vec![],
    };
    let mut native_done = false;
    for f in finders {
        if crate::modules::imp::is_standard_finder(&f)? {
            if !native_done {
                native_done = true;
                if let Some(found) = find(name, search)? {
                    return load(name, found);
                }
            }
            continue;
        }
        let Some(find_spec) = attr_str(&f, "find_spec")? else { continue };
        let n = new_str(name);
        let p = parent_path.map(|p| p.to_ref()).unwrap_or_else(none);
        let spec = protocol::call(&find_spec, &[&n, &p, protocol::none_ref()], None)?;
        if !is_none(&spec) {
            return crate::modules::imp::load_from_spec(&spec);
        }
    }
    if !native_done {
        if let Some(found) = find(name, search)? {
            return load(name, found);
        }
    }
    Err(module_not_found(name))
}

/// The directories of `sys.path` as strings.
fn sys_path() -> PyResult<Vec<String>> {
    match crate::modules::sys::get("path") {
        Some(p) if !is_none(&p) => Ok(protocol::collect(&p)?.iter().filter_map(|e| str_value(e).map(|s| s.to_string())).collect()),
        _ => Ok(vec![]),
    }
}

/// Locate a module: native first (top-level search only), then the path.
pub fn find(name: &str, search: Option<&[String]>) -> PyResult<Option<Found>> {
    if let Some((_, init)) = crate::modules::NATIVE_MODULES.iter().find(|(n, _)| *n == name) {
        return Ok(Some(Found::Native(*init)));
    }
    if name == "sys" {
        return Ok(Some(Found::Native(crate::modules::sys::init)));
    }
    if name == "builtins" {
        return Ok(Some(Found::Native(crate::modules::builtins::init)));
    }
    if search.is_none() {
        if name == "_frozen_importlib" {
            return Ok(Some(Found::Native(crate::modules::imp::init_frozen_importlib)));
        }
        if name == "_frozen_importlib_external" {
            return Ok(Some(Found::Native(crate::modules::imp::init_frozen_importlib_external)));
        }
    }
    let leaf = name.rsplit_once('.').map(|(_, c)| c).unwrap_or(name);
    let dirs = match search {
        Some(s) => s.to_vec(),
        None => sys_path()?,
    };
    let mut namespace = Vec::new();
    let mut hooks = PathHooks::load()?;
    for d in dirs {
        if let Some(finder) = hooks.finder_for(&d)? {
            let n = new_str(name);
            let Some(fs) = attr_str(&finder, "find_spec")? else { continue };
            let spec = protocol::call(&fs, &[&n], None)?;
            if is_none(&spec) {
                continue;
            }
            let loader = attr_str(&spec, "loader")?.filter(|l| !is_none(l));
            if loader.is_some() {
                return Ok(Some(Found::Spec(spec)));
            }
            // A namespace portion: its locations join the namespace path.
            if let Some(locs) = attr_str(&spec, "submodule_search_locations")?.filter(|l| !is_none(l)) {
                namespace.extend(protocol::collect(&locs)?.iter().filter_map(|p| str_value(p).map(|s| s.to_string())));
            }
            continue;
        }
        let base = if d.is_empty() { PathBuf::from(".") } else { PathBuf::from(&d) };
        let pkg = base.join(leaf);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Ok(Some(Found::Source { path: absolute(&init), is_package: true }));
        }
        let file = base.join(format!("{}.py", leaf));
        if file.is_file() {
            return Ok(Some(Found::Source { path: absolute(&file), is_package: false }));
        }
        if pkg.is_dir() {
            namespace.push(absolute(&pkg).to_string_lossy().into_owned());
        }
    }
    if !namespace.is_empty() {
        return Ok(Some(Found::Namespace { paths: namespace }));
    }
    Ok(None)
}

/// `sys.path_hooks` and `sys.path_importer_cache` as the native search
/// sees them. Directories are searched natively (importlib's FileFinder
/// hook stands for that search) unless the cache holds another finder
/// for them or a hook other than FileFinder's and `zipimporter` is
/// installed (then every entry goes through the hooks, as in CPython).
/// Entries that are not directories but lie inside a regular file (a zip
/// archive and paths inside it) are given to the hooks, importing
/// importlib (which installs `zipimporter`) the first time one is met.
struct PathHooks {
    hooks: Vec<PyRef>,
    cache: Option<PyRef>,
    custom: bool,
}

impl PathHooks {
    fn load() -> PyResult<PathHooks> {
        let hooks = match crate::modules::sys::get("path_hooks") {
            Some(h) if !is_none(&h) => protocol::collect(&h)?,
            _ => vec![],
        };
        let cache = crate::modules::sys::get("path_importer_cache").filter(|c| crate::object::dict::as_dict(c).is_some());
        let mut custom = false;
        for h in &hooks {
            if !is_file_finder_hook(h)? && !is_zipimporter_type(h)? {
                custom = true;
            }
        }
        Ok(PathHooks { hooks, cache, custom })
    }

    /// The path entry finder to ask for `entry`, or None when the native
    /// search covers it (a directory without a custom finder) or nothing can.
    fn finder_for(&mut self, entry: &str) -> PyResult<Option<PyRef>> {
        let key = new_str(entry);
        if let Some(c) = &self.cache {
            if let Some(f) = dict_get(c, &key)? {
                if is_none(&f) || is_file_finder(&f)? {
                    return Ok(None);
                }
                return Ok(Some(f));
            }
        }
        let p = Path::new(if entry.is_empty() { "." } else { entry });
        let is_dir = p.is_dir();
        if is_dir && !self.custom {
            return Ok(None);
        }
        if !is_dir && !self.custom && !inside_regular_file(p) {
            return Ok(None);
        }
        if LOADING_HOOKS.get() {
            // Imports made while importlib and zipimport load see only
            // directories (nothing is cached before the hooks exist).
            return Ok(None);
        }
        if self.hooks.is_empty() && !is_dir {
            // importlib (and with it zipimport) is loaded on demand.
            LOADING_HOOKS.set(true);
            let r = import_absolute("_frozen_importlib_external");
            LOADING_HOOKS.set(false);
            r?;
            *self = PathHooks::load()?;
            if self.hooks.is_empty() {
                return Ok(None);
            }
            return self.finder_for(entry);
        }
        for h in self.hooks.clone() {
            if is_dir && is_file_finder_hook(&h)? {
                return Ok(None);
            }
            match protocol::call(&h, &[&key], None) {
                Ok(f) => {
                    if let Some(c) = &self.cache {
                        dict_set(c, &key, &f)?;
                    }
                    return Ok(if is_file_finder(&f)? { None } else { Some(f) });
                }
                Err(e) if e.matches(&IMPORT_ERROR) => continue,
                Err(e) => return Err(e),
            }
        }
        if let Some(c) = &self.cache {
            dict_set(c, &key, &none())?;
        }
        Ok(None)
    }
}

/// Set while the path hooks are being installed on demand.
static LOADING_HOOKS: crate::object::Static<std::cell::Cell<bool>> = crate::object::Static(std::cell::Cell::new(false));

/// Whether a path that is not a directory names a regular file or a path
/// under one (`app.zip`, `app.zip/pkg`).
fn inside_regular_file(p: &Path) -> bool {
    let mut cur = Some(p);
    while let Some(c) = cur {
        if c.as_os_str().is_empty() {
            return false;
        }
        match std::fs::metadata(c) {
            Ok(m) => return m.is_file(),
            Err(_) => cur = c.parent(),
        }
    }
    false
}

fn qualname_of(o: &PyObject) -> PyResult<Option<String>> {
    Ok(attr_str(o, "__qualname__")?.and_then(|q| str_value(&q).map(|s| s.to_string())))
}

fn importlib_module(o: &PyObject) -> PyResult<bool> {
    let m = attr_str(o, "__module__")?;
    Ok(matches!(m.as_deref().and_then(str_value), Some("_frozen_importlib_external" | "importlib._bootstrap_external")))
}

/// `FileFinder.path_hook(...)`'s closure.
fn is_file_finder_hook(h: &PyObject) -> PyResult<bool> {
    if crate::object::function::as_function(h).is_none() {
        return Ok(false);
    }
    Ok(qualname_of(h)?.as_deref() == Some("FileFinder.path_hook.<locals>.path_hook_for_FileFinder") && importlib_module(h)?)
}

fn is_zipimporter_type(h: &PyObject) -> PyResult<bool> {
    if crate::object::typeobj::as_type(h).is_none() {
        return Ok(false);
    }
    let m = attr_str(h, "__module__")?;
    Ok(matches!(m.as_deref().and_then(str_value), Some("zipimport")) && qualname_of(h)?.as_deref() == Some("zipimporter"))
}

/// An instance of importlib's FileFinder (its directories are searched natively).
fn is_file_finder(f: &PyObject) -> PyResult<bool> {
    let t = f.type_().obj();
    Ok(qualname_of(t)?.as_deref() == Some("FileFinder") && importlib_module(t)?)
}

/// An absolute form of a path (relative to the current directory), without
/// resolving symlinks, like CPython's path entries.
pub fn absolute(p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().map(|c| c.join(p)).unwrap_or_else(|_| p.to_path_buf())
    };
    // Drop `.` components (CPython keeps `..`).
    let mut out = PathBuf::new();
    for c in joined.components() {
        if c != std::path::Component::CurDir {
            out.push(c);
        }
    }
    out
}

static BUILTIN_IMPORTER: crate::object::Static<std::cell::RefCell<Option<PyRef>>> = crate::object::Static(std::cell::RefCell::new(None));

fn builtin_importer() -> PyRef {
    if let Some(b) = BUILTIN_IMPORTER.borrow().clone() {
        return b;
    }
    let b = new_record(&BUILTIN_IMPORTER_TYPE, vec![]);
    crate::object::gc::make_immortal_deep(&b);
    *BUILTIN_IMPORTER.borrow_mut() = Some(b.clone());
    b
}

/// `ModuleSpec(name, loader, origin=...)`.
fn make_spec(name: &str, loader: PyRef, origin: PyRef, search: Option<PyRef>, is_package: bool, has_location: bool) -> PyRef {
    let parent = if is_package { name.to_string() } else { name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default() };
    new_record(
        &MODULE_SPEC_TYPE,
        vec![
            ("name", new_str(name)),
            ("loader", loader),
            ("origin", origin),
            ("loader_state", none()),
            ("submodule_search_locations", search.unwrap_or_else(none)),
            ("cached", none()),
            ("parent", new_str(parent)),
            ("has_location", new_bool(has_location)),
        ],
    )
}

/// Load a found module under `name` and return it (from sys.modules).
pub fn load(name: &str, found: Found) -> PyResult<PyRef> {
    let mods = sys_modules();
    match found {
        Found::Native(init) => {
            let m = init()?;
            if let Some(md) = as_module(&m) {
                let d = md.dict();
                if dict_get_str(d, crate::name!("__spec__")).is_none_or(is_none) {
                    let loader = builtin_importer();
                    dict_set_item_str(d, "__spec__", make_spec(name, loader.clone(), new_str("built-in"), None, false, false));
                    dict_set_item_str(d, "__loader__", loader);
                    if dict_get_str(d, crate::name!("__package__")).is_none_or(is_none) {
                        let parent = name.rsplit_once('.').map(|(a, _)| a).unwrap_or("");
                        dict_set_item_str(d, "__package__", new_str(parent));
                    }
                }
            }
            dict_set_item_str(&mods, name, m.clone());
            Ok(m)
        }
        Found::Spec(spec) => crate::modules::imp::load_from_spec(&spec),
        Found::Namespace { paths } => {
            let m = new_module(name);
            let d = as_module(&m).unwrap().dict();
            let path = new_list(paths.iter().map(|p| new_str(p.as_str())).collect());
            dict_set_item_str(d, "__path__", path.clone());
            dict_set_item_str(d, "__package__", new_str(name));
            dict_set_item_str(d, "__file__", none());
            dict_del(d, &intern("__file__"))?;
            dict_set_item_str(d, "__spec__", make_spec(name, none(), none(), Some(path), true, false));
            dict_set_item_str(d, "__loader__", none());
            dict_set_item_str(&mods, name, m.clone());
            Ok(m)
        }
        Found::Source { path, is_package } => {
            let path_s = path.to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).map_err(|e| {
                crate::modules::io::os_error_from_errno(e.raw_os_error().unwrap_or(libc::EIO), Some(&new_str(path_s.as_str())))
            })?;
            let source = hooks::decode_source(&bytes, &path_s)?;
            let code = hooks::compile_to_code(&source, &path_s, hooks::CompileMode::Exec)?;
            let m = new_module(name);
            let d = as_module(&m).unwrap().dict();
            let loader = new_record(&SOURCE_LOADER_TYPE, vec![("name", new_str(name)), ("path", new_str(path_s.as_str()))]);
            let search = if is_package {
                let dir = path.parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
                Some(new_list(vec![new_str(dir)]))
            } else {
                None
            };
            let (spec, loader) = match crate::modules::imp::importlib_source_spec(name, &path_s, search.as_deref())? {
                Some((s, l)) => (s, l),
                None => (make_spec(name, loader.clone(), new_str(path_s.as_str()), search.clone(), is_package, true), loader),
            };
            dict_set_item_str(d, "__file__", new_str(path_s.as_str()));
            dict_set_item_str(d, "__cached__", none());
            dict_set_item_str(d, "__loader__", loader);
            dict_set_item_str(d, "__builtins__", crate::modules::builtins::builtins_dict().to_ref());
            let package = if is_package { name.to_string() } else { name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default() };
            dict_set_item_str(d, "__package__", new_str(package));
            if let Some(s) = search {
                dict_set_item_str(d, "__path__", s);
            }
            set_initializing(&spec, true);
            dict_set_item_str(d, "__spec__", spec.clone());
            let key = new_str(name);
            dict_set(&mods, &key, &m)?;
            let r = hooks::exec_code(&code, d, None);
            set_initializing(&spec, false);
            if let Err(e) = r {
                let _ = dict_del(&mods, &key);
                return Err(e);
            }
            // The module may have replaced itself in sys.modules.
            match dict_get(&mods, &key)? {
                Some(m) => Ok(m),
                None => Err(import_error(&IMPORT_ERROR, format!("Loaded module {} not found in sys.modules", name), Some(name), None)),
            }
        }
    }
}

fn set_initializing(spec: &PyObject, on: bool) {
    if let Some(d) = crate::object::object_type::instance_dict(spec) {
        if on {
            dict_set_item_str(d, "_initializing", new_bool(true));
        } else {
            let _ = dict_del(d, &intern("_initializing"));
        }
    }
}

fn is_initializing(module: &PyObject) -> PyResult<bool> {
    let Some(spec) = attr_str(module, "__spec__")? else { return Ok(false) };
    if is_none(&spec) {
        return Ok(false);
    }
    match attr_str(&spec, "_initializing")? {
        Some(v) => protocol::is_true(&v),
        None => Ok(false),
    }
}

/// IMPORT_FROM: `from module import name`, with the fallback to
/// `sys.modules['pkg.name']` and CPython's error messages.
pub fn import_from(module: &PyObject, name: &PyObject) -> PyResult<PyRef> {
    if let Some(v) = protocol::getattr_opt(module, name)? {
        return Ok(v);
    }
    let n = str_value(name).unwrap_or("?");
    let pkgname = attr_str(module, "__name__")?.and_then(|p| str_value(&p).map(|s| s.to_string()));
    let Some(pkgname) = pkgname else {
        return Err(import_error(&IMPORT_ERROR, format!("cannot import name '{}'", n), None, None));
    };
    if let Some(m) = modules_get(&format!("{}.{}", pkgname, n))? {
        return Ok(m);
    }
    let path = attr_str(module, "__file__")?.and_then(|p| str_value(&p).map(|s| s.to_string()));
    let msg = if is_initializing(module)? {
        format!(
            "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
            n,
            pkgname,
            path.as_deref().unwrap_or("unknown location")
        )
    } else {
        match &path {
            Some(p) => format!("cannot import name '{}' from '{}' ({})", n, pkgname, p),
            None => format!("cannot import name '{}' from '{}' (unknown location)", n, pkgname),
        }
    };
    Err(import_error(&IMPORT_ERROR, msg, Some(&pkgname), path.as_deref()))
}

/// `from module import *` into `locals`.
pub fn import_star(module: &PyObject, locals: &PyObject) -> PyResult<()> {
    let (names, from_all) = match attr_str(module, "__all__")? {
        Some(all) => (protocol::collect(&all)?, true),
        None => {
            let d = attr_str(module, "__dict__")?.ok_or_else(|| {
                import_error(&IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__".into(), None, None)
            })?;
            let keys = if crate::object::dict::as_dict(&d).is_some() { dict_keys(&d) } else { protocol::collect(&d)? };
            (keys, false)
        }
    };
    let modname = attr_str(module, "__name__")?.and_then(|n| str_value(&n).map(|s| s.to_string())).unwrap_or_default();
    for k in names {
        let Some(ks) = str_value(&k) else {
            let where_ = if from_all { format!("{}.__all__", modname) } else { format!("{}.__dict__", modname) };
            return Err(type_error(format!("{} must be str, not {}", if from_all { format!("Item in {}", where_) } else { format!("Key in {}", where_) }, k.type_().name())));
        };
        if !from_all && ks.starts_with('_') {
            continue;
        }
        let v = protocol::getattr(module, &k)?;
        if crate::object::dict::as_dict(locals).is_some() {
            dict_set(locals, &k, &v)?;
        } else {
            protocol::setitem(locals, &k, &v)?;
        }
    }
    Ok(())
}

/// What `-m name` runs: the module's source file (a package runs its
/// `__main__` submodule). Parent packages are imported first. A module a
/// path entry finder provides (a zip archive on sys.path) is reported as
/// None: `runpy` runs it.
pub fn find_main_module(name: &str) -> PyResult<Option<(String, PathBuf, Option<PyRef>)>> {
    let search = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = import_absolute(parent)?;
            let path = attr_str(&pm, "__path__")?.ok_or_else(|| module_not_found(name))?;
            Some(protocol::collect(&path)?.iter().filter_map(|p| str_value(p).map(|s| s.to_string())).collect::<Vec<_>>())
        }
        None => None,
    };
    match find(name, search.as_deref())? {
        Some(Found::Source { path, is_package: false }) => Ok(Some((name.to_string(), path, None))),
        Some(Found::Source { is_package: true, .. }) | Some(Found::Namespace { .. }) => {
            let pkg = import_absolute(name)?;
            let main_name = format!("{}.__main__", name);
            let path = attr_str(&pkg, "__path__")?.ok_or_else(|| module_not_found(&main_name))?;
            let dirs: Vec<String> = protocol::collect(&path)?.iter().filter_map(|p| str_value(p).map(|s| s.to_string())).collect();
            match find(&main_name, Some(&dirs))? {
                Some(Found::Source { path, is_package: false }) => Ok(Some((main_name, path, Some(pkg)))),
                Some(Found::Spec(_)) => Ok(None),
                _ => Err(import_error(
                    &IMPORT_ERROR,
                    format!("No module named {}; '{}' is a package and cannot be directly executed", main_name, name),
                    Some(&main_name),
                    None,
                )),
            }
        }
        Some(Found::Spec(_)) => Ok(None),
        Some(Found::Native(_)) => Err(import_error(
            &IMPORT_ERROR,
            format!("No code object available for {}", name),
            Some(name),
            None,
        )),
        None => Err(module_not_found(name)),
    }
}

/// A ModuleSpec for a source file run as `__main__` by `-m`.
pub fn spec_for_main(name: &str, path: &Path) -> PyRef {
    let path_s = path.to_string_lossy().into_owned();
    let loader = new_record(&SOURCE_LOADER_TYPE, vec![("name", new_str(name)), ("path", new_str(path_s.as_str()))]);
    make_spec(name, loader, new_str(path_s), None, false, true)
}
