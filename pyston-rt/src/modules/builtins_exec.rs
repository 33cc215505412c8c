//! Builtins that run code or reach into frames: `compile`, `exec`, `eval`,
//! `globals`, `locals`, `__import__`, `breakpoint`, and `exit`/`quit`.

use super::hooks::{self, CompileMode};
use crate::object::args::{split, Params};
use crate::object::dict::{as_dict, dict_get_str, dict_set_item_str};
use crate::object::exceptions::{type_error, value_error, PyErr, SYSTEM_EXIT};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::as_int;
use crate::object::protocol;
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, TypeObject};
use crate::object::PyResult;

/// Source text of a `compile`/`exec`/`eval` argument (str or bytes), or
/// None when it is something else.
fn source_text(o: &PyObject, filename: &str) -> PyResult<Option<String>> {
    if let Some(s) = str_value(o) {
        return Ok(Some(s.to_string()));
    }
    if let Some(b) = hooks::bytes_data(o) {
        let b = b.to_vec();
        return hooks::decode_source(&b, filename).map(Some);
    }
    Ok(None)
}

static COMPILE_PARAMS: Params = Params::new(
    "compile",
    &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
    3,
);

/// `ast.PyCF_ONLY_AST`
const PYCF_ONLY_AST: i64 = 0x400;

pub fn builtin_compile(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 7];
    COMPILE_PARAMS.parse(args, kw, &mut p)?;
    let (source, filename, mode) = (p[0].unwrap(), p[1].unwrap(), p[2].unwrap());
    let (filename, _) = super::io::fspath(filename)?;
    let mode_s = str_value(mode).ok_or_else(|| type_error(format!("compile() argument 'mode' must be str, not {}", mode.type_().name())))?;
    let Some(mode) = CompileMode::parse(mode_s) else {
        return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    };
    if let Some(f) = p[3] {
        let flags = as_int(f).and_then(|i| i.as_i64()).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", f.type_().name())))?;
        if flags & PYCF_ONLY_AST != 0 {
            return Err(crate::object::exceptions::not_implemented_error("compile() to an AST is not supported"));
        }
    }
    if hooks::is_code(source) {
        return Err(type_error("compile() arg 1 must be a string, bytes or AST object"));
    }
    let Some(text) = source_text(source, &filename)? else {
        return Err(type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    if text.contains('\0') {
        return Err(PyErr::new(&crate::object::exceptions::SYNTAX_ERROR, "source code string cannot contain null bytes"));
    }
    hooks::compile_to_code(&text, &filename, mode)
}

/// Make sure `globals['__builtins__']` exists (CPython inserts it).
fn ensure_builtins(globals: &PyObject) -> PyResult<()> {
    if dict_get_str(globals, crate::name!("__builtins__")).is_none() {
        dict_set_item_str(globals, "__builtins__", super::builtins::builtins_module().to_ref());
    }
    Ok(())
}

fn is_mapping(o: &PyObject) -> bool {
    o.type_().mp_subscript.get().is_some()
}

/// The namespaces of exec/eval: explicit ones checked, or the caller's.
fn namespaces(fname: &str, globals: Option<&PyObject>, locals: Option<&PyObject>) -> PyResult<(PyRef, PyRef)> {
    let globals = globals.filter(|g| !is_none(g));
    let locals = locals.filter(|l| !is_none(l));
    if let Some(g) = globals {
        if as_dict(g).is_none() {
            return Err(type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", g.type_().name())
            } else {
                "globals must be a dict".to_string()
            }));
        }
    }
    if let Some(l) = locals {
        if !is_mapping(l) {
            return Err(type_error("locals must be a mapping"));
        }
    }
    match (globals, locals) {
        (Some(g), Some(l)) => Ok((g.to_ref(), l.to_ref())),
        (Some(g), None) => Ok((g.to_ref(), g.to_ref())),
        (None, l) => {
            let g = hooks::current_globals().ok_or_else(|| crate::object::exceptions::system_error(format!("{}(): no globals", fname)))?;
            let l = match l {
                Some(l) => l.to_ref(),
                None => hooks::current_locals()?,
            };
            Ok((g, l))
        }
    }
}

fn run(fname: &str, args: &[&PyObject], kw: Option<&PyObject>, mode: CompileMode) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = split(args, kw);
    let mut globals = pos.get(1).copied();
    let mut locals = pos.get(2).copied();
    for (k, v) in kwn.iter().zip(kwvals) {
        match str_value(k) {
            Some("globals") if globals.is_none() => globals = Some(*v),
            Some("locals") if locals.is_none() => locals = Some(*v),
            Some("closure") if fname == "exec" => {
                if !is_none(v) {
                    return Err(type_error("closure can only be used when source is a code object"));
                }
            }
            other => {
                return Err(type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname,
                    other.unwrap_or("?")
                )))
            }
        }
    }
    if pos.is_empty() {
        return Err(type_error(format!("{}() takes at least 1 positional argument (0 given)", fname)));
    }
    if pos.len() > 3 {
        return Err(type_error(format!("{} expected at most 3 arguments, got {}", fname, pos.len())));
    }
    let (g, l) = namespaces(fname, globals, locals)?;
    ensure_builtins(&g)?;
    let source = pos[0];
    let code = if hooks::is_code(source) {
        source.to_ref()
    } else {
        let Some(text) = source_text(source, "<string>")? else {
            return Err(type_error(format!("{}() arg 1 must be a string, bytes or code object", fname)));
        };
        if text.contains('\0') {
            return Err(PyErr::new(&crate::object::exceptions::SYNTAX_ERROR, "source code string cannot contain null bytes"));
        }
        let text = if mode == CompileMode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
        hooks::compile_to_code(&text, "<string>", mode)?
    };
    let r = hooks::exec_code(&code, &g, Some(&l))?;
    if mode == CompileMode::Exec {
        return Ok(none());
    }
    Ok(r)
}

pub fn builtin_exec(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    run("exec", args, kw, CompileMode::Exec)
}

pub fn builtin_eval(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    run("eval", args, kw, CompileMode::Eval)
}

pub fn builtin_globals(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("globals", args, kw)?;
    hooks::current_globals().ok_or_else(|| crate::object::exceptions::system_error("globals(): no current frame"))
}

pub fn builtin_locals(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("locals", args, kw)?;
    hooks::current_locals()
}

static IMPORT_PARAMS: Params = Params::new("__import__", &["name", "globals", "locals", "fromlist", "level"], 1);

pub fn builtin_import(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 5];
    IMPORT_PARAMS.parse(args, kw, &mut p)?;
    let name = p[0].unwrap();
    let level = match p[4] {
        None => 0,
        Some(l) => crate::object::args::expect_index(l)?,
    };
    crate::import::import_module_level(name, p[1].filter(|g| !is_none(g)), p[3].filter(|f| !is_none(f)), level)
}

pub fn builtin_breakpoint(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(none())
}

// ---- exit / quit ----

#[repr(C)]
pub struct PyQuitter {
    pub ob: PyObject,
    pub name: &'static str,
}

pub static QUITTER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyQuitter>),
    tp_repr: slot(quitter_repr),
    tp_call: slot(quitter_call),
    module: Some("_sitebuiltins"),
    ..TypeObject::new_static("Quitter", std::mem::size_of::<PyQuitter>())
});

pub fn new_quitter(name: &'static str) -> PyRef {
    new_object(&QUITTER_TYPE, |ob| PyQuitter { ob, name })
}

fn quitter_repr(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: installed only on Quitter.
    let q = unsafe { o.cast::<PyQuitter>() };
    Ok(new_str(format!("Use {}() or Ctrl-D (i.e. EOF) to exit", q.name)))
}

fn quitter_call(_o: &PyObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, _, kwn) = split(args, kw);
    if !kwn.is_empty() {
        return Err(type_error("Quitter.__call__() got an unexpected keyword argument"));
    }
    if pos.len() > 1 {
        return Err(type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            pos.len() + 1
        )));
    }
    // Like CPython: close stdin first (ignoring errors), then exit.
    if let Some(stdin) = super::sys::get("stdin").filter(|s| !is_none(s)) {
        let _ = protocol::call_method(&stdin, crate::name!("close"), &[]);
    }
    let args = match pos.first() {
        Some(c) => vec![c.to_ref()],
        None => vec![none()],
    };
    Err(PyErr::with_args(&SYSTEM_EXIT, args))
}
