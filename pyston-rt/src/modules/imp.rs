//! `_imp` (the interpreter side of importlib) and the two modules CPython
//! freezes into the binary, `_frozen_importlib` and
//! `_frozen_importlib_external`. We freeze nothing: those two are the host
//! stdlib's `importlib/_bootstrap.py` and `_bootstrap_external.py`, run
//! under the frozen names on first import and installed like CPython's
//! start-up does (`_install`: BuiltinImporter, FrozenImporter and
//! PathFinder on `sys.meta_path`, zipimporter and FileFinder on
//! `sys.path_hooks`). Then
//! `_bootstrap._find_and_load` is replaced by `_pyston_find_and_load`, our
//! native import, so `importlib.import_module` and `import` load modules
//! the same way (see docs/ARCHITECTURE.md, "Imports and importlib").

use crate::object::args::{self, Params};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, PyErr, IMPORT_ERROR, RUNTIME_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};
use std::cell::Cell;

/// Depth of `acquire_lock` calls (the import lock of the one thread).
static LOCK_DEPTH: crate::object::Static<Cell<u64>> = crate::object::Static(Cell::new(0));

/// Set once `_frozen_importlib_external` is installed.
static IMPORTLIB_READY: crate::object::Static<Cell<bool>> = crate::object::Static(Cell::new(false));

/// Names importable as native modules that `_imp` reports as frozen-less
/// pseudo-modules rather than builtins.
pub const BOOTSTRAP_MODULES: [&str; 2] = ["_frozen_importlib", "_frozen_importlib_external"];

/// Whether `name` is a builtin (native) module: -1 for the ones that
/// cannot be re-initialized (`sys`, `builtins`), 1 for the others, 0 when
/// unknown (CPython's values).
pub fn builtin_status(name: &str) -> i64 {
    if name == "sys" || name == "builtins" {
        return -1;
    }
    if BOOTSTRAP_MODULES.contains(&name) {
        return 0;
    }
    if super::NATIVE_MODULES.iter().any(|(n, _)| *n == name) {
        1
    } else {
        0
    }
}

fn name_arg<'a>(fname: &str, o: &'a PyObject) -> PyResult<&'a str> {
    str_value(o).ok_or_else(|| type_error(format!("{}() argument must be str, not {}", fname, o.type_().name())))
}

fn f_is_builtin(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = args::one_arg("is_builtin", a, kw)?;
    Ok(new_int(builtin_status(name_arg("is_builtin", n)?)))
}

fn f_create_builtin(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let spec = args::one_arg("create_builtin", a, kw)?;
    let n = protocol::getattr_str(spec, "name")?;
    let Some(name) = str_value(&n) else {
        return Err(type_error(format!("name must be string, not {}", n.type_().name())));
    };
    // `sys` and `builtins` exist once; the others are created afresh
    // (multi-phase init in CPython).
    if builtin_status(name) == -1 {
        let mods = super::sys::modules();
        if let Some(m) = crate::object::dict::dict_get(&mods, &n)? {
            if as_module(&m).is_some() {
                return Ok(m);
            }
        }
    }
    if builtin_status(name) == 0 {
        return Ok(none());
    }
    let init = super::NATIVE_MODULES.iter().find(|(nm, _)| *nm == name).map(|(_, f)| *f);
    match init {
        Some(f) => f(),
        None if name == "sys" => super::sys::init(),
        None if name == "builtins" => super::builtins::init(),
        None => Ok(none()),
    }
}

fn f_exec_builtin(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("exec_builtin", a, kw)?;
    Ok(new_int(0))
}

fn f_is_frozen(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = args::one_arg("is_frozen", a, kw)?;
    name_arg("is_frozen", n)?;
    Ok(new_bool(false))
}

fn no_frozen(name: &PyObject) -> PyResult<PyRef> {
    let r = protocol::repr_string(name)?;
    Err(PyErr::new(&IMPORT_ERROR, format!("No such frozen object named {}", r)))
}

fn f_find_frozen(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params { fname: "find_frozen", names: &["", "withdata"], required: 1, posonly: 1, kwonly: 1 }.parse(a, kw, &mut out)?;
    name_arg("find_frozen", out[0].unwrap())?;
    Ok(none())
}

fn f_get_frozen_object(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params { fname: "get_frozen_object", names: &["", ""], required: 1, posonly: 2, kwonly: 2 }.parse(a, kw, &mut out)?;
    let n = out[0].unwrap();
    name_arg("get_frozen_object", n)?;
    no_frozen(n)
}

fn f_is_frozen_package(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = args::one_arg("is_frozen_package", a, kw)?;
    name_arg("is_frozen_package", n)?;
    no_frozen(n)
}

fn f_init_frozen(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = args::one_arg("init_frozen", a, kw)?;
    name_arg("init_frozen", n)?;
    Ok(none())
}

fn f_frozen_module_names(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("_frozen_module_names", a, kw)?;
    Ok(new_tuple(vec![]))
}

fn f_override_frozen(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("_override_frozen_modules_for_tests", a, kw)?;
    Ok(none())
}

fn f_acquire_lock(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("acquire_lock", a, kw)?;
    LOCK_DEPTH.set(LOCK_DEPTH.get() + 1);
    Ok(none())
}

fn f_release_lock(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("release_lock", a, kw)?;
    if LOCK_DEPTH.get() == 0 {
        return Err(PyErr::new(&RUNTIME_ERROR, "not holding the import lock"));
    }
    LOCK_DEPTH.set(LOCK_DEPTH.get() - 1);
    Ok(none())
}

fn f_lock_held(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("lock_held", a, kw)?;
    Ok(new_bool(LOCK_DEPTH.get() > 0))
}

fn f_extension_suffixes(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("extension_suffixes", a, kw)?;
    // No extension modules can be loaded: FileFinder must never pick one.
    Ok(new_list(vec![]))
}

fn f_create_dynamic(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let name = match a.first() {
        Some(spec) => protocol::getattr_str(spec, "name").ok().and_then(|n| str_value(&n).map(|s| s.to_string())),
        None => None,
    };
    Err(PyErr::new(
        &IMPORT_ERROR,
        format!("pyston-rt cannot load extension modules ({})", name.as_deref().unwrap_or("?")),
    ))
}

fn f_exec_dynamic(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("exec_dynamic", a, kw)?;
    Ok(new_int(0))
}

fn f_fix_co_filename(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("_fix_co_filename", kw)?;
    args::check_positional("_fix_co_filename", a.len(), 2, 2)?;
    if !super::hooks::is_code(a[0]) {
        return Err(type_error(format!("_fix_co_filename() argument 1 must be code, not {}", a[0].type_().name())));
    }
    name_arg("_fix_co_filename", a[1])?;
    // Our loaders compile with the final path already.
    Ok(none())
}

fn f_source_hash(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params { fname: "source_hash", names: &["key", "source"], required: 2, posonly: 0, kwonly: 2 }.parse(a, kw, &mut out)?;
    let key = match crate::object::int::int_value_big(out[0].unwrap()) {
        Some(k) => {
            use num_traits::ToPrimitive;
            let m: num_bigint::BigInt = (num_bigint::BigInt::from(1u8) << 64u32) - 1u8;
            (k & m).to_u64().unwrap_or(0)
        }
        None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", out[0].unwrap().type_().name()))),
    };
    let src = crate::object::bytes::expect_buffer(out[1].unwrap())?;
    let h = crate::format::hash::siphash13(key, 0, src);
    Ok(super::hooks::new_bytes(h.to_le_bytes().to_vec()))
}

/// `_pyston_find_and_load(name, import_)`: importlib's `_find_and_load`
/// replaced by the native import (`import.rs`).
fn f_find_and_load(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let Some(n) = a.first().and_then(|n| str_value(n)) else {
        return Err(type_error("module name must be str"));
    };
    crate::import::import_absolute(n)
}

static FUNCS: [MethodDef; 19] = [
    MethodDef { name: "is_builtin", func: f_is_builtin, flags: 0, doc: "Returns True if the module name corresponds to a built-in module." },
    MethodDef { name: "create_builtin", func: f_create_builtin, flags: 0, doc: "Create an extension module." },
    MethodDef { name: "exec_builtin", func: f_exec_builtin, flags: 0, doc: "Initialize a built-in module." },
    MethodDef { name: "is_frozen", func: f_is_frozen, flags: 0, doc: "Returns True if the module name corresponds to a frozen module." },
    MethodDef { name: "find_frozen", func: f_find_frozen, flags: 0, doc: "Return info about the corresponding frozen module (if there is one) or None." },
    MethodDef { name: "get_frozen_object", func: f_get_frozen_object, flags: 0, doc: "Create a code object for a frozen module." },
    MethodDef { name: "is_frozen_package", func: f_is_frozen_package, flags: 0, doc: "Returns True if the module name is of a frozen package." },
    MethodDef { name: "init_frozen", func: f_init_frozen, flags: 0, doc: "Initializes a frozen module." },
    MethodDef { name: "_frozen_module_names", func: f_frozen_module_names, flags: 0, doc: "Returns the list of available frozen modules." },
    MethodDef { name: "_override_frozen_modules_for_tests", func: f_override_frozen, flags: 0, doc: "" },
    MethodDef { name: "acquire_lock", func: f_acquire_lock, flags: 0, doc: "Acquires the interpreter's import lock for the current thread." },
    MethodDef { name: "release_lock", func: f_release_lock, flags: 0, doc: "Release the interpreter's import lock." },
    MethodDef { name: "lock_held", func: f_lock_held, flags: 0, doc: "Return True if the import lock is currently held, else False." },
    MethodDef { name: "extension_suffixes", func: f_extension_suffixes, flags: 0, doc: "Returns the list of file suffixes used to identify extension modules." },
    MethodDef { name: "create_dynamic", func: f_create_dynamic, flags: 0, doc: "Create an extension module." },
    MethodDef { name: "exec_dynamic", func: f_exec_dynamic, flags: 0, doc: "Initialize an extension module." },
    MethodDef { name: "_fix_co_filename", func: f_fix_co_filename, flags: 0, doc: "Changes code.co_filename to specify the passed-in file path." },
    MethodDef { name: "source_hash", func: f_source_hash, flags: 0, doc: "" },
    MethodDef { name: "_pyston_find_and_load", func: f_find_and_load, flags: 0, doc: "The native import of an absolute name." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_imp");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_imp");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "check_hash_based_pycs", new_str("default"));
    Ok(m)
}

/// Run the stdlib file `importlib/<file>` as module `name` (in
/// sys.modules while it runs, like any module body).
fn run_bootstrap_file(name: &str, file: &str) -> PyResult<PyRef> {
    let Some(dir) = super::sys::stdlib_dir() else {
        return Err(crate::import::module_not_found(name));
    };
    let path = std::path::Path::new(&dir).join("importlib").join(file);
    let path_s = path.to_string_lossy().into_owned();
    let bytes = std::fs::read(&path).map_err(|_| crate::import::module_not_found(name))?;
    let source = super::hooks::decode_source(&bytes, &path_s)?;
    let code = super::hooks::compile_to_code(&source, &path_s, super::hooks::CompileMode::Exec)?;
    let m = new_module(name);
    let d = as_module(&m).expect("module").dict();
    dict_set_item_str(d, "__builtins__", super::builtins::builtins_dict().to_ref());
    let mods = super::sys::modules();
    let key = new_str(name);
    crate::object::dict::dict_set(&mods, &key, &m)?;
    if let Err(e) = super::hooks::exec_code(&code, d, None) {
        let _ = crate::object::dict::dict_del(&mods, &key);
        return Err(e);
    }
    Ok(m)
}

fn remove_on_error<T>(name: &str, r: PyResult<T>) -> PyResult<T> {
    if r.is_err() {
        let _ = crate::object::dict::dict_del(&super::sys::modules(), &new_str(name));
    }
    r
}

/// `_frozen_importlib`: `importlib/_bootstrap.py`, installed with
/// `_install(sys, _imp)`; its `_find_and_load` becomes the native import.
pub fn init_frozen_importlib() -> PyResult<PyRef> {
    let m = run_bootstrap_file("_frozen_importlib", "_bootstrap.py")?;
    let r = (|| {
        let sys = crate::import::import_absolute("sys")?;
        let imp = crate::import::import_absolute("_imp")?;
        let install = protocol::getattr_str(&m, "_install")?;
        protocol::call(&install, &[&sys, &imp], None)?;
        let native = protocol::getattr_str(&imp, "_pyston_find_and_load")?;
        protocol::setattr(&m, &crate::object::str::intern("_find_and_load"), &native)?;
        Ok(())
    })();
    remove_on_error("_frozen_importlib", r)?;
    Ok(m)
}

/// `open_code(path)`: `open(path, 'rb')` (CPython's `io.open_code` without
/// audit hooks), which importlib's loaders read files with.
fn f_open_code(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("open_code", &["path"], 1).parse(a, kw, &mut out)?;
    let path = out[0].unwrap();
    if str_value(path).is_none() {
        return Err(type_error(format!("open_code() argument 'path' must be str, not {}", path.type_().name())));
    }
    let io = crate::import::import_absolute("_io")?;
    let open = protocol::getattr_str(&io, "open")?;
    protocol::call(&open, &[path, &new_str("rb")], None)
}

static OPEN_CODE: MethodDef = MethodDef { name: "open_code", func: f_open_code, flags: 0, doc: "Opens the provided file with the intent to import the contents." };

/// Give `_io` and `io` an `open_code` if they have none yet.
fn ensure_open_code() -> PyResult<()> {
    for name in ["_io", "io"] {
        let m = crate::import::import_absolute(name)?;
        if protocol::getattr_opt(&m, &crate::object::str::intern("open_code"))?.is_none() {
            let f = new_builtin_function(&OPEN_CODE, Some(new_str(name)));
            protocol::setattr(&m, &crate::object::str::intern("open_code"), &f)?;
        }
    }
    Ok(())
}

/// `_frozen_importlib_external`: `importlib/_bootstrap_external.py`,
/// installed with `_install(_frozen_importlib)` (PathFinder, FileFinder).
pub fn init_frozen_importlib_external() -> PyResult<PyRef> {
    let boot = crate::import::import_absolute("_frozen_importlib")?;
    ensure_open_code()?;
    let m = run_bootstrap_file("_frozen_importlib_external", "_bootstrap_external.py")?;
    let r = (|| {
        let install = protocol::getattr_str(&m, "_install")?;
        protocol::call(&install, &[&boot], None)?;
        protocol::setattr(&boot, &crate::object::str::intern("_bootstrap_external"), &m)?;
        IMPORTLIB_READY.set(true);
        upgrade_native_specs()?;
        install_zipimport();
        Ok(())
    })();
    remove_on_error("_frozen_importlib_external", r)?;
    Ok(m)
}

/// `zipimport.zipimporter` first on `sys.path_hooks`, as CPython's
/// start-up puts it (`_PyImportZip_Init`); a failure leaves the hooks as
/// they are (CPython only reports it under -v).
fn install_zipimport() {
    let r = (|| {
        let z = crate::import::import_absolute("zipimport")?;
        let zi = protocol::getattr_str(&z, "zipimporter")?;
        if let Some(hooks) = super::sys::get("path_hooks") {
            protocol::call_method(&hooks, &crate::object::str::intern("insert"), &[&new_int(0), &zi])?;
        }
        Ok::<(), PyErr>(())
    })();
    drop(r);
}

/// importlib's `ModuleSpec` and `SourceFileLoader` for a source module, once
/// importlib is installed (`_frozen_importlib_external` loaded); None
/// before, when the native import's own records are used.
pub fn importlib_source_spec(name: &str, path: &str, search: Option<&PyObject>) -> PyResult<Option<(PyRef, PyRef)>> {
    if !IMPORTLIB_READY.get() {
        return Ok(None);
    }
    let mods = super::sys::modules();
    let Some(ext) = crate::object::dict::dict_get(&mods, &new_str("_frozen_importlib_external"))? else { return Ok(None) };
    let Some(boot) = crate::object::dict::dict_get(&mods, &new_str("_frozen_importlib"))? else { return Ok(None) };
    if as_module(&ext).is_none() || as_module(&boot).is_none() {
        return Ok(None);
    }
    let sfl = protocol::getattr_str(&ext, "SourceFileLoader")?;
    let spec_cls = protocol::getattr_str(&boot, "ModuleSpec")?;
    let n = new_str(name);
    let p = new_str(path);
    let loader = protocol::call(&sfl, &[&n, &p], None)?;
    let is_pkg = crate::object::int::new_bool(search.is_some());
    let kwnames = new_tuple(vec![crate::object::str::intern("origin"), crate::object::str::intern("is_package")]);
    let spec = protocol::call(&spec_cls, &[&n, &loader, &p, &is_pkg], Some(&kwnames))?;
    if let Some(s) = search {
        protocol::setattr(&spec, &crate::object::str::intern("submodule_search_locations"), s)?;
    }
    protocol::setattr(&spec, &crate::object::str::intern("has_location"), &crate::object::int::new_bool(true))?;
    Ok(Some((spec, loader)))
}

/// When importlib is installed, give the source modules the native import
/// loaded before it importlib's spec and loader objects (as `_setup` does
/// for the builtin modules), so `__loader__.get_data`/`get_source` and
/// `importlib.resources` work for them too.
fn upgrade_native_specs() -> PyResult<()> {
    use crate::modules::records::{MODULE_SPEC_TYPE, SOURCE_LOADER_TYPE};
    let mods = super::sys::modules();
    for (name, m) in crate::object::dict::dict_items(&mods) {
        let Some(md) = as_module(&m) else { continue };
        let d = md.dict();
        let Some(spec) = crate::object::dict::dict_get_str(d, &crate::object::str::intern("__spec__")).map(|v| v.to_ref()) else { continue };
        if !spec.is_exact(&MODULE_SPEC_TYPE) {
            continue;
        }
        let loader = protocol::getattr_str(&spec, "loader")?;
        if !loader.is_exact(&SOURCE_LOADER_TYPE) {
            continue;
        }
        let (Some(n), Ok(origin)) = (str_value(&name), protocol::getattr_str(&spec, "origin")) else { continue };
        let Some(path) = str_value(&origin) else { continue };
        let search = protocol::getattr_str(&spec, "submodule_search_locations")?;
        let search = if crate::object::singletons::is_none(&search) { None } else { Some(search) };
        if let Some((new_spec, new_loader)) = importlib_source_spec(n, path, search.as_deref())? {
            if crate::object::dict::dict_get_str(d, &crate::object::str::intern("__loader__")).is_some_and(|l| l.is(&loader)) {
                dict_set_item_str(d, "__loader__", new_loader);
            }
            dict_set_item_str(d, "__spec__", new_spec);
        }
    }
    Ok(())
}

/// Whether a `sys.meta_path` entry is one of importlib's own finders
/// (their work is done by the native import).
pub fn is_standard_finder(f: &PyObject) -> PyResult<bool> {
    if crate::object::typeobj::as_type(f).is_none() {
        return Ok(false);
    }
    let m = protocol::getattr_opt(f, &crate::object::str::intern("__module__"))?;
    let Some(m) = m else { return Ok(false) };
    let module_ok = matches!(str_value(&m), Some("_frozen_importlib" | "_frozen_importlib_external" | "importlib._bootstrap" | "importlib._bootstrap_external"));
    if !module_ok {
        return Ok(false);
    }
    let n = protocol::getattr_opt(f, &crate::object::str::intern("__name__"))?;
    Ok(matches!(n.as_deref().and_then(str_value), Some("BuiltinImporter" | "FrozenImporter" | "PathFinder")))
}

/// Load a module from a spec found by a custom finder: importlib's
/// `_bootstrap._load(spec)` (module creation, attributes, exec_module).
pub fn load_from_spec(spec: &PyObject) -> PyResult<PyRef> {
    let boot = crate::import::import_absolute("_frozen_importlib")?;
    let load = protocol::getattr_str(&boot, "_load")?;
    protocol::call(&load, &[spec], None)
}
