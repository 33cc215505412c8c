//! Builtins that run code or reach into frames: `compile`, `exec`, `eval`,
//! `globals`, `locals`, `__import__`, `breakpoint`, and `exit`/`quit`.

use super::hooks::{self, CompileMode};
use crate::object::args::{split, Params};
use crate::object::dict::{as_dict, dict_get_str, dict_set_item_str};
use crate::object::exceptions::{type_error, value_error, PyErr, SYSTEM_EXIT};
use crate::object::header::{new_object, PyObject, PyRef, Static};
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
/// Flags `compile()` accepts (CPython's PyCF_MASK | PyCF_MASK_OBSOLETE |
/// PyCF_COMPILE_MASK): the `__future__` flags, CO_NESTED, DONT_IMPLY_DEDENT,
/// ONLY_AST, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT.
const PYCF_VALID: i64 = 0x1fe_0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;

pub fn builtin_compile(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 7];
    COMPILE_PARAMS.parse(args, kw, &mut p)?;
    let (source, filename, mode) = (p[0].unwrap(), p[1].unwrap(), p[2].unwrap());
    let (filename, _) = super::io::fspath(filename)?;
    let mode_s = str_value(mode).ok_or_else(|| type_error(format!("compile() argument 'mode' must be str, not {}", mode.type_().name())))?;
    let flags = match p[3] {
        Some(f) => crate::object::args::expect_index(f)? as i64,
        None => 0,
    };
    if let Some(d) = p[4] {
        crate::object::args::expect_index(d)?;
    }
    let optimize = match p[5] {
        Some(o) => crate::object::args::expect_index(o)?,
        None => -1,
    };
    if flags & !PYCF_VALID != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(value_error("compile(): invalid optimize value"));
    }
    let only_ast = flags & PYCF_ONLY_AST != 0;
    let Some(mode) = CompileMode::parse(mode_s) else {
        if only_ast && mode_s == "func_type" {
            return Err(crate::object::exceptions::not_implemented_error("compile() to an AST is not supported"));
        }
        if mode_s == "func_type" {
            return Err(value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"));
        }
        return Err(value_error(if only_ast {
            "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        } else {
            "compile() mode must be 'exec', 'eval' or 'single'"
        }));
    };
    if super::ast::is_ast(source)? {
        if only_ast {
            return Ok(source.to_ref());
        }
        return super::ast::compile_object(source, &filename, mode);
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
    if only_ast {
        let tree = super::ast::parse_to_object(&text, &filename, mode)?;
        if mode == CompileMode::Single {
            check_single(&text, &filename)?;
        }
        return Ok(tree);
    }
    let code = hooks::compile_to_code(&text, &filename, mode)?;
    if mode == CompileMode::Single {
        check_single(&text, &filename)?;
    }
    Ok(code)
}

/// 'single' mode compiles one statement (possibly several simple statements
/// on one line): CPython's errors when more follow.
fn check_single(text: &str, filename: &str) -> PyResult<()> {
    use rustpython_parser::ast::{Ranged, Stmt};
    let Ok(rustpython_parser::ast::Mod::Module(m)) = rustpython_parser::parse(text, rustpython_parser::Mode::Module, filename) else {
        return Ok(());
    };
    let line_of = |off: usize| text[..off.min(text.len())].matches('\n').count() as u32 + 1;
    let Some(first) = m.body.first() else { return Ok(()) };
    let first_end = line_of(usize::from(first.range().end()));
    let Some(next) = m.body.iter().find(|st| line_of(usize::from(st.range().start())) > first_end) else { return Ok(()) };
    let simple = !matches!(
        first,
        Stmt::If(_) | Stmt::For(_) | Stmt::AsyncFor(_) | Stmt::While(_) | Stmt::With(_) | Stmt::AsyncWith(_)
            | Stmt::Try(_) | Stmt::TryStar(_) | Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_) | Stmt::Match(_)
    );
    let line_text = |n: u32| text.split_inclusive('\n').nth(n as usize - 1).map(|l| if l.ends_with('\n') { l.to_string() } else { format!("{}\n", l) });
    let (msg, line, col) = if simple {
        let l = line_text(first_end).unwrap_or_default();
        ("multiple statements found while compiling a single statement", first_end, l.trim_end_matches(['\n', '\r']).chars().count() as u32 + 1)
    } else {
        ("invalid syntax", line_of(usize::from(next.range().start())), 1)
    };
    let e = crate::compile::CompileError {
        kind: crate::compile::ErrorKind::SyntaxError,
        msg: msg.to_string(),
        filename: filename.to_string(),
        line,
        col,
        end_line: line,
        end_col: col + (!simple) as u32,
        text: line_text(line),
    };
    Err(hooks::syntax_error(&e))
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
    let locals_ok = locals.map_or(true, is_mapping);
    if fname == "eval" {
        if !locals_ok {
            return Err(type_error("locals must be a mapping"));
        }
        if let Some(g) = globals.filter(|g| as_dict(g).is_none()) {
            return Err(type_error(if is_mapping(g) {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            }));
        }
    } else {
        if let Some(g) = globals.filter(|g| as_dict(g).is_none()) {
            return Err(type_error(format!("exec() globals must be a dict, not {}", g.type_().name())));
        }
        if let Some(l) = locals.filter(|l| !is_mapping(l)) {
            return Err(type_error(format!("locals must be a mapping or None, not {}", l.type_().name())));
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
    let mut closure: Option<&PyObject> = None;
    if fname == "eval" {
        // eval(source, globals=None, locals=None, /)
        if !kwn.is_empty() {
            return Err(type_error("eval() takes no keyword arguments"));
        }
        if pos.is_empty() {
            return Err(type_error("eval expected at least 1 argument, got 0"));
        }
        if pos.len() > 3 {
            return Err(type_error(format!("eval expected at most 3 arguments, got {}", pos.len())));
        }
    } else {
        // exec(source, globals=None, locals=None, /, *, closure=None)
        for (k, v) in kwn.iter().zip(kwvals) {
            match str_value(k) {
                Some("closure") => {
                    if !is_none(v) {
                        closure = Some(*v);
                    }
                }
                other => return Err(type_error(format!("'{}' is an invalid keyword argument for exec()", other.unwrap_or("?")))),
            }
        }
        if pos.is_empty() {
            return Err(type_error("exec() takes at least 1 positional argument (0 given)"));
        }
        if pos.len() > 3 {
            return Err(type_error(format!("exec() takes at most 3 positional arguments ({} given)", pos.len())));
        }
    }
    let globals = pos.get(1).copied();
    let locals = pos.get(2).copied();
    let (g, l) = namespaces(fname, globals, locals)?;
    ensure_builtins(&g)?;
    let source = pos[0];
    let code = if hooks::is_code(source) {
        check_closure(fname, source, closure)?;
        source.to_ref()
    } else {
        if closure.is_some() {
            return Err(type_error("closure can only be used when source is a code object"));
        }
        let Some(text) = source_text(source, "<string>")? else {
            return Err(type_error(format!("{}() arg 1 must be a string, bytes or code object", fname)));
        };
        if text.contains('\0') {
            return Err(PyErr::new(&crate::object::exceptions::SYNTAX_ERROR, "source code string cannot contain null bytes"));
        }
        let text = if mode == CompileMode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
        hooks::compile_to_code(&text, "<string>", mode)?
    };
    let r = hooks::exec_code_closure(&code, &g, Some(&l), closure)?;
    if mode == CompileMode::Exec {
        return Ok(none());
    }
    Ok(r)
}

/// The free-variable rules for running a code object: eval() refuses
/// them; exec() needs a tuple of exactly that many cells.
fn check_closure(fname: &str, code: &PyObject, closure: Option<&PyObject>) -> PyResult<()> {
    let nfree = crate::object::code::as_code(code).map_or(0, |c| c.unit.freevars.len());
    if fname == "eval" {
        if nfree > 0 {
            return Err(type_error("code object passed to eval() may not contain free variables"));
        }
        return Ok(());
    }
    if nfree == 0 {
        if closure.is_some() {
            return Err(type_error("cannot use a closure with this code object"));
        }
        return Ok(());
    }
    let ok = closure.filter(|c| c.is_exact(&crate::object::tuple::TUPLE_TYPE)).and_then(crate::object::tuple::tuple_slice).is_some_and(|cells| {
        cells.len() == nfree && cells.iter().all(|c| crate::object::function::as_cell(c).is_some())
    });
    if !ok {
        return Err(type_error(format!("code object requires a closure of exactly length {}", nfree)));
    }
    Ok(())
}

pub fn builtin_exec(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    run("exec", args, kw, CompileMode::Exec)
}

pub fn builtin_eval(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    run("eval", args, kw, CompileMode::Eval)
}

pub fn builtin_globals(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("globals", kw)?;
    crate::object::args::no_args("globals", args, None)?;
    hooks::current_globals().ok_or_else(|| crate::object::exceptions::system_error("globals(): no current frame"))
}

pub fn builtin_locals(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("locals", kw)?;
    crate::object::args::no_args("locals", args, None)?;
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
