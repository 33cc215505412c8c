//! The `sys` module. Created once (`init`); the process-wide state the
//! rest of the runtime reads (`sys.modules`, `sys.path`, the standard
//! streams) lives in its dict.

use super::records::{field_def, new_record, new_structseq, NAMESPACE_TYPE};
use crate::object::args::{check_positional, no_kwargs, one_arg, Params};
use crate::object::dict::{dict_get_str, dict_set_item_str, new_dict};
use crate::object::exceptions::{type_error, value_error, PyErr, RECURSION_ERROR, SYSTEM_EXIT};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::protocol;
use crate::object::singletons::{is_none, none};
use crate::object::str::{as_pystr, new_str};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{GetSetDef, MethodDef};
use crate::object::PyResult;
use std::cell::Cell;

pub const VERSION: (i64, i64, i64) = (3, 11, 7);
pub const HEXVERSION: i64 = 0x030b07f0;

/// The sys module (an owned reference kept forever once created).
static SYS: crate::object::Static<Cell<*mut PyObject>> = crate::object::Static(Cell::new(std::ptr::null_mut()));

/// How the process was started (filled by the command line).
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    /// `sys.path[0]`: the script's directory, '' for -c/-m/REPL.
    pub path0: Option<String>,
    pub unbuffered: bool,
    pub ignore_environment: bool,
    pub no_user_site: bool,
    pub dont_write_bytecode: bool,
    pub optimize: i64,
    pub interactive: bool,
    pub quiet: bool,
    pub verbose: i64,
    pub orig_argv: Vec<String>,
    /// `-S`: `site` is not imported at start-up (`sys.flags.no_site`).
    pub no_site: bool,
    /// `-I`: isolated mode (implies `-E`, `-s` and `-P`).
    pub isolated: bool,
    /// `-P`: no script directory (or cwd) prepended to `sys.path`.
    pub safe_path: bool,
    /// `argv[0]` of the process (`sys.executable` is derived from it, not
    /// from `/proc/self/exe`, so a venv's `bin/python` symlink is kept).
    pub argv0: Option<String>,
}

/// The sys module (None before `init`).
pub fn module() -> Option<&'static PyObject> {
    let p = SYS.get();
    // SAFETY: the module is kept alive forever once created.
    unsafe { p.as_ref() }
}

/// The sys module's dict.
pub fn dict() -> Option<&'static PyObject> {
    module().and_then(|m| as_module(m)).map(|m| {
        // SAFETY: the module (and so its dict) lives forever.
        unsafe { &*(m.dict() as *const PyObject) }
    })
}

/// `sys.<name>` (None when missing or before init).
pub fn get(name: &str) -> Option<PyRef> {
    let d = dict()?;
    let k = crate::object::str::intern(name);
    dict_get_str(d, &k).map(|v| v.to_ref())
}

/// Set `sys.<name>`.
pub fn set(name: &str, v: PyRef) {
    if let Some(d) = dict() {
        dict_set_item_str(d, name, v);
    }
}

/// `sys.modules` (the dict the import system uses).
pub fn modules() -> PyRef {
    crate::runtime::sys_modules()
}

// ---- struct sequences ----

static VERSION_INFO_FIELDS: [GetSetDef; 5] =
    [field_def("major", 0), field_def("minor", 1), field_def("micro", 2), field_def("releaselevel", 3), field_def("serial", 4)];
crate::structseq_type!(VERSION_INFO_TYPE, "version_info", Some("sys"), &VERSION_INFO_FIELDS);

static FLOAT_INFO_FIELDS: [GetSetDef; 11] = [
    field_def("max", 0),
    field_def("max_exp", 1),
    field_def("max_10_exp", 2),
    field_def("min", 3),
    field_def("min_exp", 4),
    field_def("min_10_exp", 5),
    field_def("dig", 6),
    field_def("mant_dig", 7),
    field_def("epsilon", 8),
    field_def("radix", 9),
    field_def("rounds", 10),
];
crate::structseq_type!(FLOAT_INFO_TYPE, "float_info", Some("sys"), &FLOAT_INFO_FIELDS);

static INT_INFO_FIELDS: [GetSetDef; 4] = [
    field_def("bits_per_digit", 0),
    field_def("sizeof_digit", 1),
    field_def("default_max_str_digits", 2),
    field_def("str_digits_check_threshold", 3),
];
crate::structseq_type!(INT_INFO_TYPE, "int_info", Some("sys"), &INT_INFO_FIELDS);

static HASH_INFO_FIELDS: [GetSetDef; 9] = [
    field_def("width", 0),
    field_def("modulus", 1),
    field_def("inf", 2),
    field_def("nan", 3),
    field_def("imag", 4),
    field_def("algorithm", 5),
    field_def("hash_bits", 6),
    field_def("seed_bits", 7),
    field_def("cutoff", 8),
];
crate::structseq_type!(HASH_INFO_TYPE, "hash_info", Some("sys"), &HASH_INFO_FIELDS);

static FLAGS_FIELDS: [GetSetDef; 18] = [
    field_def("debug", 0),
    field_def("inspect", 1),
    field_def("interactive", 2),
    field_def("optimize", 3),
    field_def("dont_write_bytecode", 4),
    field_def("no_user_site", 5),
    field_def("no_site", 6),
    field_def("ignore_environment", 7),
    field_def("verbose", 8),
    field_def("bytes_warning", 9),
    field_def("quiet", 10),
    field_def("hash_randomization", 11),
    field_def("isolated", 12),
    field_def("dev_mode", 13),
    field_def("utf8_mode", 14),
    field_def("warn_default_encoding", 15),
    field_def("safe_path", 16),
    field_def("int_max_str_digits", 17),
];
crate::structseq_type!(FLAGS_TYPE, "flags", Some("sys"), &FLAGS_FIELDS);

/// Struct sequence types defined here (for `static_types()`).
pub fn sys_types() -> [&'static crate::object::TypeObject; 5] {
    [&VERSION_INFO_TYPE.0, &FLOAT_INFO_TYPE.0, &INT_INFO_TYPE.0, &HASH_INFO_TYPE.0, &FLAGS_TYPE.0]
}

pub fn version_string() -> String {
    format!("{}.{}.{} (pyston-rt {}, LLVM {})", VERSION.0, VERSION.1, VERSION.2, env!("CARGO_PKG_VERSION"), crate::llvm_version())
}

fn version_info() -> PyRef {
    new_structseq(
        &VERSION_INFO_TYPE,
        vec![new_int(VERSION.0), new_int(VERSION.1), new_int(VERSION.2), new_str("final"), new_int(0)],
    )
}

// ---- functions ----

fn sys_exit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("exit", kw)?;
    check_positional("exit", args.len(), 0, 1)?;
    Err(PyErr::with_args(&SYSTEM_EXIT, args.iter().map(|a| a.to_ref()).collect()))
}

fn sys_getrecursionlimit(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(crate::runtime::recursion_limit() as i64))
}

fn sys_setrecursionlimit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("setrecursionlimit", args, kw)?;
    if crate::object::int::as_int(o).is_none() {
        return Err(type_error("'float' object cannot be interpreted as an integer".replace("float", o.type_().name())));
    }
    let n = protocol::index_opt(o)?.unwrap_or(0);
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = crate::runtime::recursion_depth() as isize;
    if n <= depth {
        return Err(PyErr::new(
            &RECURSION_ERROR,
            format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, depth),
        ));
    }
    crate::runtime::set_recursion_limit(n.min(u32::MAX as isize) as u32);
    Ok(none())
}

/// `sys.getrefcount(x)`: CPython's count for the same program. Our
/// registers keep values CPython's stack would have dropped (temporaries are
/// not cleared after use), and a call copies its arguments into the callee
/// where CPython moves them, so references held by temporaries of the running
/// frames are not counted; the argument of this call is (CPython counts its
/// stack slot).
fn sys_getrefcount(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("sys.getrefcount", args, kw)?;
    Ok(new_int(cpython_refcount(o).map_or(u32::MAX as i64, |n| n as i64)))
}

/// The reference count CPython would report for `o` (None for immortal
/// objects): ours minus the copies held by the running frames'
/// temporaries, the top frame's argument slot counted once.
pub fn cpython_refcount(o: &PyObject) -> Option<isize> {
    let n = o.refcnt.get();
    if n >= crate::object::header::IMMORTAL / 2 {
        return None;
    }
    let mut in_temps = 0isize;
    let mut f = crate::interp::current_frame();
    let mut top = true;
    while let Some(fr) = f {
        let unit = &fr.code().unit;
        let first_temp = unit.nlocals() + unit.ncells();
        let held = fr.regs().iter().skip(first_temp).filter(|r| r.as_deref().is_some_and(|v| v.is(o))).count() as isize;
        in_temps += held;
        if top && held > 0 {
            in_temps -= 1;
        }
        top = false;
        // SAFETY: `back` points at a running caller frame.
        f = unsafe { fr.back.get().as_ref() };
    }
    Some((n as isize - in_temps).max(1))
}

static GETSIZEOF_PARAMS: Params = Params::new("getsizeof", &["object", "default"], 1);

/// CPython's `__sizeof__` for exact builtin types that only have
/// `object.__sizeof__` here (our layouts differ from CPython's).
fn builtin_sizeof(o: &PyObject) -> Option<usize> {
    use crate::object::{complex, dict, range, singletons, slice, tuple};
    let t = o.type_();
    if o.is_exact(&tuple::TUPLE_TYPE) {
        return Some(24 + 8 * tuple::tuple_slice(o).map_or(0, |s| s.len()));
    }
    if o.is_exact(&dict::DICT_TYPE) {
        return Some(if dict::dict_len(o) == 0 { 48 } else { dict::dict_sizeof(o) });
    }
    if std::ptr::eq(t, &*singletons::NONE_TYPE) || std::ptr::eq(t, &*singletons::ELLIPSIS_TYPE) || std::ptr::eq(t, &*singletons::NOT_IMPLEMENTED_TYPE) {
        return Some(16);
    }
    if o.is_exact(&complex::COMPLEX_TYPE) {
        return Some(32);
    }
    if o.is_exact(&range::RANGE_TYPE) {
        return Some(48);
    }
    if o.is_exact(&slice::SLICE_TYPE) {
        return Some(40);
    }
    None
}

/// Whether CPython tracks instances of `o`'s type in its cycle collector
/// (`getsizeof` then adds the 16-byte GC header).
fn is_gc_object(o: &PyObject) -> bool {
    use crate::object::{dict, list, set, slice, tuple};
    let t = o.type_();
    t.is_heap_type()
        || [&tuple::TUPLE_TYPE, &list::LIST_TYPE, &dict::DICT_TYPE, &set::SET_TYPE, &set::FROZENSET_TYPE, &slice::SLICE_TYPE]
            .iter()
            .any(|b| o.is_exact(b))
        || crate::object::function::as_function(o).is_some()
}

/// `sys.getsizeof(object[, default])`: `__sizeof__()` plus CPython's GC
/// header (16 bytes) for collected types and the pre-header (16 more) of
/// instances of classes with a `__dict__`.
fn sys_getsizeof(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 2];
    GETSIZEOF_PARAMS.parse(args, kw, &mut p)?;
    let o = p[0].unwrap();
    let size = match builtin_sizeof(o) {
        Some(n) => Ok(n as i64),
        None => sizeof_call(o),
    };
    let n = match size {
        Ok(n) => n,
        Err(e) => {
            return match p[1] {
                Some(d) if e.matches(&crate::object::exceptions::TYPE_ERROR) => Ok(d.to_ref()),
                _ => Err(e),
            }
        }
    };
    let t = o.type_();
    let mut extra = 0;
    if is_gc_object(o) {
        extra += 16;
        if t.is_heap_type() && t.dictoffset.get() != 0 && builtin_base_is_object(t) {
            extra += 16;
        }
    }
    Ok(new_int(n + extra))
}

/// Whether the nearest builtin base of a class is `object`.
fn builtin_base_is_object(t: &crate::object::TypeObject) -> bool {
    let mut cur = Some(t);
    while let Some(c) = cur {
        if !c.is_heap_type() {
            return std::ptr::eq(c, &*crate::object::object_type::OBJECT_TYPE);
        }
        cur = c.base();
    }
    false
}

fn sizeof_call(o: &PyObject) -> PyResult<i64> {
    match super::builtins_funcs::call_special(o, crate::name!("__sizeof__"), &[])? {
        Some(r) => {
            if crate::object::int::as_int(&r).is_none() {
                return Err(type_error("an integer is required"));
            }
            let n = crate::object::args::expect_index(&r)?;
            if n < 0 {
                return Err(value_error("__sizeof__() should return >= 0"));
            }
            Ok(n as i64)
        }
        None => Err(type_error(format!("Type {} doesn't define __sizeof__", o.type_().name()))),
    }
}

/// `sys._getframe([depth])`: the frame object `depth` calls below the top.
fn sys_getframe(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("_getframe", kw)?;
    check_positional("_getframe", args.len(), 0, 1)?;
    let mut depth = match args.first() {
        Some(d) => {
            if crate::object::int::as_int(d).is_none() {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", d.type_().name())));
            }
            crate::object::args::expect_c_int(d)?
        }
        None => 0,
    };
    let mut f = crate::interp::current_frame();
    while depth > 0 && f.is_some() {
        // SAFETY: `back` points at a running caller frame.
        f = f.and_then(|fr| unsafe { fr.back.get().as_ref() });
        depth -= 1;
    }
    match f {
        Some(f) => Ok(crate::object::frameobject::frame_object(f)),
        None => Err(value_error("call stack is not deep enough")),
    }
}

fn sys_exc_info(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    match super::hooks::handled_exception() {
        Some(e) => {
            let tb = crate::object::exceptions::as_exception(&e).and_then(|x| x.traceback()).unwrap_or_else(none);
            Ok(new_tuple(vec![e.type_().to_ref(), e.clone(), tb]))
        }
        None => Ok(new_tuple(vec![none(), none(), none()])),
    }
}

fn sys_exception(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(super::hooks::handled_exception().unwrap_or_else(none))
}

fn sys_intern(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("intern", args, kw)?;
    if !o.is_exact(&crate::object::str::STR_TYPE) {
        if as_pystr(o).is_some() {
            return Err(type_error(format!("can't intern {}", o.type_().name())));
        }
        return Err(type_error(format!("intern() argument must be str, not {}", o.type_().name())));
    }
    Ok(crate::object::str::intern_obj(o))
}

fn sys_utf8(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_str("utf-8"))
}

fn sys_fs_errors(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_str("surrogateescape"))
}

static MAXDIGITS_PARAMS: Params = Params::new("set_int_max_str_digits", &["maxdigits"], 1);

fn sys_set_int_max_str_digits(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None];
    MAXDIGITS_PARAMS.parse(args, kw, &mut p)?;
    let n = crate::object::args::expect_index(p[0].unwrap())?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::runtime::set_int_max_str_digits(n.max(0) as usize);
    Ok(none())
}

fn sys_get_int_max_str_digits(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(crate::runtime::int_max_str_digits() as i64))
}

/// `sys.displayhook(value)`: print the repr and bind `builtins._`.
fn sys_displayhook(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("displayhook", args, kw)?;
    if is_none(o) {
        return Ok(none());
    }
    let b = super::builtins::builtins_dict();
    dict_set_item_str(b, "_", none());
    let r = protocol::repr_string(o)?;
    super::io::write_stdout(&r)?;
    super::io::write_stdout("\n")?;
    dict_set_item_str(b, "_", o.to_ref());
    Ok(none())
}

fn sys_excepthook(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("excepthook", kw)?;
    check_positional("excepthook", args.len(), 3, 3)?;
    if crate::object::exceptions::as_exception(args[1]).is_some() {
        super::hooks::print_exception(args[1]);
    } else {
        super::io::write_stderr("TypeError: print_exception(): Exception expected for value, ");
        super::io::write_stderr(&format!("{} found\n", args[1].type_().name()));
    }
    Ok(none())
}

fn sys_noop(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(none())
}

fn sys_false(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(false))
}

fn sys_getswitchinterval(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(super::hooks::new_float(0.005))
}

static SYS_FUNCS: [MethodDef; 25] = [
    MethodDef { name: "_getframe", func: sys_getframe, flags: 0, doc: "Return a frame object from the call stack." },
    MethodDef { name: "exit", func: sys_exit, flags: 0, doc: "Exit the interpreter by raising SystemExit(status)." },
    MethodDef { name: "getrecursionlimit", func: sys_getrecursionlimit, flags: 0, doc: "" },
    MethodDef { name: "setrecursionlimit", func: sys_setrecursionlimit, flags: 0, doc: "" },
    MethodDef { name: "getrefcount", func: sys_getrefcount, flags: 0, doc: "" },
    MethodDef { name: "getsizeof", func: sys_getsizeof, flags: 0, doc: "" },
    MethodDef { name: "exc_info", func: sys_exc_info, flags: 0, doc: "" },
    MethodDef { name: "exception", func: sys_exception, flags: 0, doc: "" },
    MethodDef { name: "intern", func: sys_intern, flags: 0, doc: "" },
    MethodDef { name: "getdefaultencoding", func: sys_utf8, flags: 0, doc: "" },
    MethodDef { name: "getfilesystemencoding", func: sys_utf8, flags: 0, doc: "" },
    MethodDef { name: "getfilesystemencodeerrors", func: sys_fs_errors, flags: 0, doc: "" },
    MethodDef { name: "set_int_max_str_digits", func: sys_set_int_max_str_digits, flags: 0, doc: "" },
    MethodDef { name: "get_int_max_str_digits", func: sys_get_int_max_str_digits, flags: 0, doc: "" },
    MethodDef { name: "displayhook", func: sys_displayhook, flags: 0, doc: "" },
    MethodDef { name: "excepthook", func: sys_excepthook, flags: 0, doc: "" },
    MethodDef { name: "settrace", func: sys_noop, flags: 0, doc: "" },
    MethodDef { name: "setprofile", func: sys_noop, flags: 0, doc: "" },
    MethodDef { name: "gettrace", func: sys_noop, flags: 0, doc: "" },
    MethodDef { name: "getprofile", func: sys_noop, flags: 0, doc: "" },
    MethodDef { name: "audit", func: sys_noop, flags: 0, doc: "" },
    MethodDef { name: "addaudithook", func: sys_noop, flags: 0, doc: "" },
    MethodDef { name: "is_finalizing", func: sys_false, flags: 0, doc: "" },
    MethodDef { name: "getswitchinterval", func: sys_getswitchinterval, flags: 0, doc: "" },
    MethodDef { name: "setswitchinterval", func: sys_noop, flags: 0, doc: "" },
];

/// The host CPython's standard library directory: `PYSTON_STDLIB`, else
/// the value recorded at build time (if any), else the usual locations.
pub fn stdlib_dir() -> Option<String> {
    if let Some(v) = std::env::var_os("PYSTON_STDLIB") {
        let s = v.to_string_lossy().into_owned();
        return if s.is_empty() { None } else { Some(s) };
    }
    if let Some(s) = option_env!("PYSTON_BUILD_STDLIB") {
        if std::path::Path::new(s).join("os.py").exists() {
            return Some(s.to_string());
        }
    }
    for c in ["/usr/local/lib/python3.11", "/usr/lib/python3.11"] {
        if std::path::Path::new(c).join("os.py").exists() {
            return Some(c.to_string());
        }
    }
    None
}

/// `sys.path` for a configuration: path0, `PYSTONPATH`, the host stdlib.
pub fn compute_path(cfg: &Config) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(p) = &cfg.path0 {
        v.push(p.clone());
    }
    if !cfg.ignore_environment {
        if let Some(pp) = std::env::var_os("PYSTONPATH") {
            for e in std::env::split_paths(&pp) {
                let s = e.to_string_lossy().into_owned();
                if !s.is_empty() {
                    v.push(s);
                }
            }
        }
    }
    if let Some(s) = stdlib_dir() {
        v.push(s);
    }
    v
}

/// Where the interpreter lives and which environment it runs in
/// (CPython's getpath, reduced to what pyston-rt needs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prefixes {
    /// `sys.executable`: argv[0] made absolute, symlinks kept.
    pub executable: String,
    /// `sys._base_executable`: the installation's binary (a venv's `home`).
    pub base_executable: String,
    /// `sys.prefix` / `sys.exec_prefix`: the venv directory or the base prefix.
    pub prefix: String,
    /// `sys.base_prefix` / `sys.base_exec_prefix`: the installation prefix,
    /// the parent of the directory holding the real binary
    /// (`<prefix>/bin/pyston-rt`; `target/release/pyston-rt` gives `target`).
    pub base_prefix: String,
}

/// `sys.executable` from argv[0]: a name with a slash is made absolute
/// (without resolving symlinks), a bare name is looked up on `PATH`; else
/// the running binary.
pub fn compute_executable(argv0: Option<&str>) -> String {
    let current = || std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let Some(a) = argv0.filter(|a| !a.is_empty()) else { return current() };
    if a.contains('/') {
        let p = crate::import::absolute(std::path::Path::new(a));
        return if p.is_file() { p.to_string_lossy().into_owned() } else { current() };
    }
    if let Some(path) = std::env::var_os("PATH") {
        for d in std::env::split_paths(&path) {
            let c = d.join(a);
            if c.is_file() {
                return crate::import::absolute(&c).to_string_lossy().into_owned();
            }
        }
    }
    current()
}

/// The `home = ...` of a `pyvenv.cfg` next to the executable or one level
/// up (CPython's lookup); Some(None) for a cfg without `home`.
fn find_pyvenv_cfg(exe_dir: &std::path::Path) -> Option<Option<String>> {
    let candidates = [Some(exe_dir.join("pyvenv.cfg")), exe_dir.parent().map(|p| p.join("pyvenv.cfg"))];
    let cfg = candidates.into_iter().flatten().find(|c| c.is_file())?;
    let text = std::fs::read_to_string(cfg).unwrap_or_default();
    let home = text.lines().find_map(|l| {
        let (k, v) = l.split_once('=')?;
        (k.trim().to_ascii_lowercase() == "home").then(|| v.trim().to_string())
    });
    Some(home)
}

/// The executable, prefixes and venv of this process.
pub fn compute_prefixes(cfg: &Config) -> Prefixes {
    use std::path::Path;
    let executable = compute_executable(cfg.argv0.as_deref());
    let real = std::fs::canonicalize(&executable)
        .or_else(|_| std::env::current_exe())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| executable.clone());
    let home_env = if cfg.ignore_environment { None } else { std::env::var("PYSTONHOME").ok().filter(|h| !h.is_empty()) };
    let parent2 = |p: &str| Path::new(p).parent().and_then(|d| d.parent()).map(|d| d.to_string_lossy().into_owned());
    let base_prefix = home_env.or_else(|| parent2(&real)).unwrap_or_else(|| "/".to_string());
    let exe_dir = Path::new(&executable).parent().unwrap_or(Path::new("/")).to_path_buf();
    let mut out = Prefixes { executable: executable.clone(), base_executable: real.clone(), prefix: base_prefix.clone(), base_prefix };
    if let Some(home) = find_pyvenv_cfg(&exe_dir) {
        out.prefix = exe_dir.parent().unwrap_or(Path::new("/")).to_string_lossy().into_owned();
        if let Some(h) = home {
            let name = Path::new(&executable).file_name().map(|n| n.to_os_string()).unwrap_or_default();
            let cand = Path::new(&h).join(&name);
            let real_name = Path::new(&real).file_name().map(|n| n.to_os_string()).unwrap_or_default();
            let cand2 = Path::new(&h).join(&real_name);
            if cand2.is_file() {
                out.base_executable = cand2.to_string_lossy().into_owned();
            } else if cand.is_file() {
                out.base_executable = cand.to_string_lossy().into_owned();
            }
        }
    }
    out
}

fn strs(v: &[String]) -> PyRef {
    new_list(v.iter().map(|s| new_str(s.as_str())).collect())
}

/// Create the sys module (once). Later calls return the same module.
pub fn init_with(cfg: &Config) -> PyResult<PyRef> {
    if let Some(m) = module() {
        return Ok(m.to_ref());
    }
    let m = new_module("sys");
    let d = as_module(&m).unwrap().dict();
    SYS.set(m.clone().into_raw());
    let name = new_str("sys");
    for f in SYS_FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(name.clone())));
    }
    let set = |k: &str, v: PyRef| dict_set_item_str(d, k, v);
    set("argv", strs(&cfg.argv));
    set("orig_argv", strs(&cfg.orig_argv));
    let px = compute_prefixes(cfg);
    set("executable", new_str(px.executable.as_str()));
    set("_base_executable", new_str(px.base_executable.as_str()));
    set("path", strs(&compute_path(cfg)));
    for k in ["prefix", "exec_prefix"] {
        set(k, new_str(px.prefix.as_str()));
    }
    for k in ["base_prefix", "base_exec_prefix"] {
        set(k, new_str(px.base_prefix.as_str()));
    }
    if let Some(s) = stdlib_dir() {
        set("_stdlib_dir", new_str(s));
    }
    set("platlibdir", new_str("lib"));
    set("modules", crate::runtime::sys_modules());
    let mut names: Vec<&str> = super::NATIVE_MODULES.iter().map(|(n, _)| *n).collect();
    names.extend(["builtins", "sys"]);
    names.sort();
    names.dedup();
    set("builtin_module_names", new_tuple(names.iter().map(|n| new_str(*n)).collect()));
    set("maxsize", new_int(i64::MAX));
    set("maxunicode", new_int(0x10ffff));
    set("byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("platform", new_str("linux"));
    set("version", new_str(version_string()));
    set("version_info", version_info());
    set("hexversion", new_int(HEXVERSION));
    set("api_version", new_int(1013));
    set("copyright", new_str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
    set("float_repr_style", new_str("short"));
    set("abiflags", new_str(""));
    set("implementation", new_record(&NAMESPACE_TYPE, vec![
        ("name", new_str("pyston")),
        ("cache_tag", none()),
        ("version", version_info()),
        ("hexversion", new_int(HEXVERSION)),
        ("_multiarch", new_str("x86_64-linux-gnu")),
    ]));
    let f = super::hooks::new_float;
    set("float_info", new_structseq(&FLOAT_INFO_TYPE, vec![
        f(f64::MAX), new_int(1024), new_int(308), f(f64::MIN_POSITIVE), new_int(-1021), new_int(-307),
        new_int(15), new_int(53), f(f64::EPSILON), new_int(2), new_int(1),
    ]));
    set("int_info", new_structseq(&INT_INFO_TYPE, vec![new_int(30), new_int(4), new_int(4300), new_int(640)]));
    set("hash_info", new_structseq(&HASH_INFO_TYPE, vec![
        new_int(64), new_int((1i64 << 61) - 1), new_int(314159), new_int(0), new_int(1000003),
        new_str("siphash13"), new_int(64), new_int(128), new_int(0),
    ]));
    let b = |v: bool| new_int(v as i64);
    set("flags", new_structseq(&FLAGS_TYPE, vec![
        new_int(0), b(cfg.interactive), b(cfg.interactive), new_int(cfg.optimize), new_int(1),
        b(cfg.no_user_site), b(cfg.no_site), b(cfg.ignore_environment), new_int(cfg.verbose), new_int(0), b(cfg.quiet),
        new_int(1), b(cfg.isolated), new_bool(false), new_int(1), new_int(0), new_bool(cfg.safe_path), new_int(-1),
    ]));
    set("dont_write_bytecode", new_bool(true));
    set("meta_path", new_list(vec![]));
    set("path_hooks", new_list(vec![]));
    set("path_importer_cache", new_dict());
    set("warnoptions", new_list(vec![]));
    set("_xoptions", new_dict());
    set("pycache_prefix", none());
    set("stdlib_module_names", new_tuple(vec![]));
    super::io::init_std_streams(d, cfg.unbuffered)?;
    for k in ["displayhook", "excepthook"] {
        if let Some(v) = dict_get_str(d, &crate::object::str::intern(k)).map(|v| v.to_ref()) {
            set(&format!("__{}__", k), v);
        }
    }
    let mods = modules();
    dict_set_item_str(&mods, "sys", m.clone());
    dict_set_item_str(&mods, "builtins", super::builtins::init()?);
    Ok(m)
}

/// `import sys` (the module made at start-up, or a default one).
pub fn init() -> PyResult<PyRef> {
    init_with(&Config::default())
}
