//! The native `_symtable` module: `symtable(source, filename, mode)`
//! returns the tree of "symtable entry" objects the `symtable` module
//! wraps, built from the compiler's own scope analysis
//! (`compile::symtable`): per scope its name (`top`, `lambda`,
//! `listcomp`, ...), type, line, nesting, parameters, children, and each
//! symbol's `DEF_*` flags with the resolved scope at `SCOPE_OFF`.

use crate::compile::symtable::{ScopeKind, SymScope, SymbolTable};
use crate::compile::{LineIndex, Mode};
use crate::object::args;
use crate::object::bytes::bytes_value;
use crate::object::dict::{dict_set, new_dict};
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::module::new_native_module;
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::Cell;

const SCOPE_OFF: u32 = 11;
/// CPython's DEF_* bits (our DEF_DELETED is internal).
const DEF_MASK: u32 = 0x3FF;
const DEF_GLOBAL: u32 = 1;

#[repr(C)]
struct Entry {
    ob: PyObject,
    name: PyRef,
    kind: i64,
    lineno: i64,
    nested: i64,
    symbols: PyRef,
    varnames: PyRef,
    children: PyRef,
}

static ENTRY_GETSETS: [GetSetDef; 8] = [
    GetSetDef { name: "id", get: |o| Ok(new_int(o as *const PyObject as usize as i64)), set: None, doc: "" },
    GetSetDef { name: "name", get: |o| Ok(entry(o).name.clone()), set: None, doc: "" },
    GetSetDef { name: "symbols", get: |o| Ok(entry(o).symbols.clone()), set: None, doc: "" },
    GetSetDef { name: "varnames", get: |o| Ok(entry(o).varnames.clone()), set: None, doc: "" },
    GetSetDef { name: "children", get: |o| Ok(entry(o).children.clone()), set: None, doc: "" },
    GetSetDef { name: "nested", get: |o| Ok(new_int(entry(o).nested)), set: None, doc: "" },
    GetSetDef { name: "type", get: |o| Ok(new_int(entry(o).kind)), set: None, doc: "" },
    GetSetDef { name: "lineno", get: |o| Ok(new_int(entry(o).lineno)), set: None, doc: "" },
];

pub static ENTRY_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<Entry>),
    tp_traverse: slot(entry_traverse),
    tp_repr: Cell::new(Some(entry_repr)),
    flags: Cell::new(type_flags::HAVE_GC),
    getsets: &ENTRY_GETSETS,
    module: Some("builtins"),
    ..TypeObject::new_static("symtable entry", std::mem::size_of::<Entry>())
});

fn entry(o: &PyObject) -> &Entry {
    assert!(o.is_exact(&ENTRY_TYPE), "symtable entry getter on another type");
    // SAFETY: checked the type.
    unsafe { o.cast::<Entry>() }
}

fn entry_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let e = entry(o);
    visit(&e.name);
    visit(&e.symbols);
    visit(&e.varnames);
    visit(&e.children);
}

fn entry_repr(o: &PyObject) -> PyResult<PyRef> {
    let e = entry(o);
    Ok(new_str(format!(
        "<symtable entry {}({}), line {}>",
        str_value(&e.name).unwrap_or(""),
        o as *const PyObject as usize,
        e.lineno
    )))
}

/// CPython's block name for a scope.
fn block_name(n: &str, kind: ScopeKind) -> String {
    if kind == ScopeKind::Module {
        return "top".into();
    }
    n.strip_prefix('<').and_then(|n| n.strip_suffix('>')).unwrap_or(n).to_string()
}

fn build(t: &SymbolTable, lines: &LineIndex, id: usize) -> PyResult<PyRef> {
    let s = &t.scopes[id];
    let children = s.children.iter().map(|&c| build(t, lines, c)).collect::<PyResult<Vec<_>>>()?;
    let mut syms: Vec<(String, u32)> = s
        .symbols
        .iter()
        .map(|(name, sym)| {
            let scope = match sym.scope {
                SymScope::Local => 1,
                SymScope::GlobalExplicit => 2,
                SymScope::GlobalImplicit => 3,
                SymScope::Free => 4,
                SymScope::Cell => 5,
            };
            (name.clone(), (sym.flags & DEF_MASK) | scope << SCOPE_OFF)
        })
        .collect();
    if s.kind == ScopeKind::Module {
        // CPython records a `global` declaration in a nested scope on the
        // module's symbol too (st_global), making it GLOBAL_EXPLICIT there.
        for inner in &t.scopes[1..] {
            for (name, sym) in &inner.symbols {
                if sym.flags & DEF_GLOBAL == 0 {
                    continue;
                }
                match syms.iter_mut().find(|(n, _)| n == name) {
                    Some((_, v)) => *v = ((*v & DEF_MASK) | DEF_GLOBAL) | 2 << SCOPE_OFF,
                    None => syms.push((name.clone(), DEF_GLOBAL | 2 << SCOPE_OFF)),
                }
            }
        }
    }
    let symbols = new_dict();
    for (name, v) in syms {
        dict_set(&symbols, &new_str(name), &new_int(v as i64))?;
    }
    let kind = match s.kind {
        ScopeKind::Module => 2,
        ScopeKind::Class => 1,
        _ => 0,
    };
    let lineno = if s.kind == ScopeKind::Module { 0 } else { lines.line_col(s.start).0 as i64 };
    Ok(new_object(&ENTRY_TYPE, |ob| Entry {
        ob,
        name: new_str(block_name(&s.name, s.kind)),
        kind,
        lineno,
        nested: s.nested as i64,
        symbols,
        varnames: new_list(s.params.iter().map(|p| new_str(p.as_str())).collect()),
        children: new_list(children),
    }))
}

fn f_symtable(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("symtable", kw)?;
    args::check_positional("symtable", a.len(), 3, 3)?;
    let source: String = match (str_value(a[0]), bytes_value(a[0])) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(type_error(format!("symtable() argument 1 must be str, bytes or bytearray, not {}", a[0].type_().name()))),
    };
    let filename = str_value(a[1])
        .map(str::to_string)
        .ok_or_else(|| type_error(format!("symtable() argument 2 must be str, not {}", a[1].type_().name())))?;
    let mode = match str_value(a[2]) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(value_error("symtable() arg 3 must be 'exec' or 'eval' or 'single'")),
        None => return Err(type_error(format!("symtable() argument 3 must be str, not {}", a[2].type_().name()))),
    };
    let (table, lines) = crate::compile::symtable_of(&source, &filename, mode).map_err(|e| super::hooks::syntax_error(&e))?;
    build(&table, &lines, 0)
}

static FUNCS: [MethodDef; 1] =
    [MethodDef { name: "symtable", func: f_symtable, flags: 0, doc: "Return symbol and scope dictionaries used internally by compiler." }];

pub fn symtable_types() -> Vec<&'static TypeObject> {
    vec![&ENTRY_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    let consts: [(&str, i64); 20] = [
        ("USE", 16),
        ("DEF_GLOBAL", 1),
        ("DEF_NONLOCAL", 8),
        ("DEF_LOCAL", 2),
        ("DEF_PARAM", 4),
        ("DEF_FREE", 32),
        ("DEF_FREE_CLASS", 64),
        ("DEF_IMPORT", 128),
        ("DEF_BOUND", 134),
        ("DEF_ANNOT", 256),
        ("TYPE_FUNCTION", 0),
        ("TYPE_CLASS", 1),
        ("TYPE_MODULE", 2),
        ("LOCAL", 1),
        ("GLOBAL_EXPLICIT", 2),
        ("GLOBAL_IMPLICIT", 3),
        ("FREE", 4),
        ("CELL", 5),
        ("SCOPE_OFF", 11),
        ("SCOPE_MASK", 15),
    ];
    Ok(new_native_module("_symtable", &FUNCS, consts.iter().map(|(n, v)| (*n, new_int(*v))).collect()))
}
