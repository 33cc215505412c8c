//! Python-level methods of code objects: `co_lines()`, `co_positions()`,
//! `replace(**kwargs)`, and the constructor's refusal.
//!
//! Offsets are reported as CPython's byte offsets would be for our
//! instruction words: word `i` is offset `2 * i` (as `f_lasti`/`tb_lasti`).

use super::args::{expect_index, split};
use super::code::{as_code, PyCode, CODE_TYPE};
use super::exceptions::{type_error, value_error};
use super::header::{new_object, PyObject, PyRef};
use super::int::new_int;
use super::singletons::none;
use super::str::str_value;
use super::tuple::{new_tuple, tuple_slice};
use super::typeobj::{MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::Op;
use std::cell::{Cell, UnsafeCell};
use std::sync::Arc;

fn code_of(o: &PyObject) -> PyResult<&PyCode> {
    as_code(o).ok_or_else(|| type_error(format!("descriptor requires a 'code' object but received a '{}'", o.type_().name())))
}

/// Word index and width of every instruction.
fn instructions(c: &PyCode) -> Vec<(usize, usize)> {
    let words = &c.unit.code;
    let mut v = Vec::new();
    let mut ip = 0;
    while ip < words.len() {
        let w = Op::from_u16(words[ip].0[0]).map_or(1, |op| op.width());
        v.push((ip, w));
        ip += w;
    }
    v
}

fn opt_int(v: u32) -> PyRef {
    if v == 0 {
        none()
    } else {
        new_int(v as i64)
    }
}

/// `code.co_lines()`: `(start, end, line)` per instruction.
fn co_lines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("code.co_lines", &args[1..], kw)?;
    let c = code_of(args[0])?;
    let items: Vec<PyRef> = instructions(c)
        .into_iter()
        .map(|(ip, w)| {
            let line = c.unit.locations.get(ip).map_or(0, |l| l.line);
            new_tuple(vec![new_int(2 * ip as i64), new_int(2 * (ip + w) as i64), opt_int(line)])
        })
        .collect();
    Ok(super::iterators::new_list_iter(&super::list::new_list(items)))
}

/// `code.co_positions()`: `(line, end_line, col, end_col)` per word.
fn co_positions(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("code.co_positions", &args[1..], kw)?;
    let c = code_of(args[0])?;
    let items: Vec<PyRef> = c
        .unit
        .locations
        .iter()
        .map(|l| {
            if l.line == 0 {
                return new_tuple(vec![none(), none(), none(), none()]);
            }
            let has_cols = !(l.col == 0 && l.end_col == 0);
            let col = |v: u32| if has_cols { new_int(v as i64) } else { none() };
            new_tuple(vec![new_int(l.line as i64), new_int(l.end_line.max(l.line) as i64), col(l.col), col(l.end_col)])
        })
        .collect();
    Ok(super::iterators::new_list_iter(&super::list::new_list(items)))
}

fn str_arg(name: &str, v: &PyObject) -> PyResult<String> {
    str_value(v)
        .map(|s| s.to_string())
        .ok_or_else(|| type_error(format!("replace() argument '{}' must be str, not {}", name, v.type_().name())))
}

fn count_arg(name: &str, v: &PyObject) -> PyResult<u32> {
    let n = expect_index(v)?;
    if n < 0 {
        return Err(value_error(format!("{} must be a positive integer", name)));
    }
    u32::try_from(n).map_err(|_| super::exceptions::PyErr::new(&super::exceptions::OVERFLOW_ERROR, format!("{} is too large", name)))
}

fn strs_arg(name: &str, v: &PyObject, len: usize) -> PyResult<Vec<String>> {
    let items = tuple_slice(v).ok_or_else(|| type_error(format!("replace() argument '{}' must be tuple, not {}", name, v.type_().name())))?;
    let out: Vec<String> = items
        .iter()
        .map(|s| str_value(s).map(|x| x.to_string()).ok_or_else(|| type_error("name tuples must contain only strings, not 'int'".replace("int", s.type_().name()))))
        .collect::<PyResult<_>>()?;
    if out.len() != len {
        return Err(value_error(format!("replace(): changing the length of {} is not supported", name)));
    }
    Ok(out)
}

/// `code.replace(**kwargs)`: a copy with some fields changed. Fields that
/// would change the register layout or the bytecode are not supported.
fn code_replace(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = split(args, kw);
    if pos.len() > 1 {
        return Err(type_error("replace() takes no positional arguments"));
    }
    let c = code_of(pos[0])?;
    let mut unit = (*c.unit).clone();
    let mut consts: Option<Box<[PyRef]>> = None;
    for (k, v) in kwn.iter().zip(kwvals) {
        let key = str_value(k).unwrap_or("");
        match key {
            "co_name" => unit.name = str_arg(key, v)?,
            "co_qualname" => unit.qualname = str_arg(key, v)?,
            "co_filename" => unit.filename = str_arg(key, v)?,
            "co_firstlineno" => unit.firstlineno = count_arg(key, v)?,
            "co_flags" => unit.flags = expect_index(v)? as u32,
            "co_argcount" => unit.argcount = count_arg(key, v)?,
            "co_posonlyargcount" => unit.posonlyargcount = count_arg(key, v)?,
            "co_kwonlyargcount" => unit.kwonlyargcount = count_arg(key, v)?,
            "co_varnames" => unit.varnames = strs_arg(key, v, unit.varnames.len())?,
            "co_cellvars" => unit.cellvars = strs_arg(key, v, unit.cellvars.len())?,
            "co_freevars" => unit.freevars = strs_arg(key, v, unit.freevars.len())?,
            "co_names" => unit.names = strs_arg(key, v, unit.names.len())?,
            "co_nlocals" => {
                if count_arg(key, v)? as usize != unit.varnames.len() {
                    return Err(value_error("code: co_nlocals != len(co_varnames)"));
                }
            }
            "co_consts" => {
                let items = tuple_slice(v).ok_or_else(|| type_error(format!("replace() argument 'co_consts' must be tuple, not {}", v.type_().name())))?;
                if items.len() != c.consts.len() {
                    return Err(value_error("replace(): changing the length of co_consts is not supported"));
                }
                consts = Some(items.to_vec().into_boxed_slice());
            }
            "co_stacksize" => {
                count_arg(key, v)?;
            }
            "co_code" | "co_linetable" | "co_exceptiontable" => {
                return Err(value_error(format!("replace(): changing {} is not supported", key)));
            }
            _ => return Err(type_error(format!("'{}' is an invalid keyword argument for replace()", key))),
        }
    }
    let nargs = unit.argcount as usize
        + unit.kwonlyargcount as usize
        + (unit.flags & crate::bytecode::code_flags::VARARGS != 0) as usize
        + (unit.flags & crate::bytecode::code_flags::VARKEYWORDS != 0) as usize;
    if nargs > unit.varnames.len() || unit.posonlyargcount > unit.argcount {
        return Err(value_error("code: varnames is too small"));
    }
    let names: Box<[PyRef]> = unit.names.iter().map(|n| super::str::intern(n)).collect();
    let consts = consts.unwrap_or_else(|| c.consts.clone());
    let ics: Box<[crate::ic::IcSite]> = (0..unit.n_ic).map(|_| Default::default()).collect();
    let name = super::str::intern(&unit.name);
    let qualname = super::str::new_str(unit.qualname.as_str());
    let filename = super::str::new_str(unit.filename.as_str());
    let code = new_object(&CODE_TYPE, |ob| PyCode {
        ob,
        unit: Arc::new(unit),
        consts,
        names,
        name,
        qualname,
        filename,
        ics: UnsafeCell::new(ics),
        counter: Cell::new(0),
        calls: Cell::new(0),
        back_edges: Cell::new(0),
        jit: Cell::new(0),
    });
    crate::runtime::stats::register_code(&code);
    Ok(code)
}

/// `types.CodeType(...)`: building code from CPython bytecode is not
/// supported; the argument-count error matches CPython.
pub fn code_new(_t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = split(args, kw).0.len();
    if n < 16 {
        return Err(type_error(format!("code expected at least 16 arguments, got {}", n)));
    }
    Err(type_error("code() cannot build code objects from CPython bytecode; use compile() or code.replace()"))
}

pub static CODE_METHODS: [MethodDef; 3] = [
    MethodDef { name: "co_lines", func: co_lines, flags: 0, doc: "" },
    MethodDef { name: "co_positions", func: co_positions, flags: 0, doc: "" },
    MethodDef { name: "replace", func: code_replace, flags: 0, doc: "Return a copy of the code object with new values for the specified fields." },
];

/// `code == code`: same compiled unit (names, flags, bytecode, tables) and
/// the same constants.
pub fn code_richcompare(a: &PyObject, b: &PyObject, op: crate::bytecode::CmpKind) -> PyResult<PyRef> {
    use crate::bytecode::CmpKind;
    let (Some(x), Some(y)) = (as_code(a), as_code(b)) else {
        return Ok(super::singletons::not_implemented());
    };
    if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(super::singletons::not_implemented());
    }
    let same = a.is(b)
        || ((Arc::ptr_eq(&x.unit, &y.unit) || *x.unit == *y.unit)
            && x.consts.len() == y.consts.len()
            && x.consts.iter().zip(y.consts.iter()).all(|(p, q)| p.is(q)));
    Ok(super::int::new_bool(same == (op == CmpKind::Eq)))
}

pub fn code_hash(o: &PyObject) -> PyResult<isize> {
    let c = code_of(o)?;
    let mut h: u64 = 0xcbf29ce484222325;
    for b in c.unit.name.bytes().chain(c.unit.qualname.bytes()).chain(c.unit.flags.to_le_bytes()).chain(c.unit.firstlineno.to_le_bytes()) {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    let h = h as isize;
    Ok(if h == -1 { -2 } else { h })
}

static FUNCTION_PARAMS: super::args::Params = super::args::Params::new("function", &["code", "globals", "name", "argdefs", "closure"], 2);

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`:
/// a function from a code object, with CPython's checks and messages.
pub fn function_new(_t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    use super::singletons::is_none;
    let mut p = [None; 5];
    FUNCTION_PARAMS.parse(args, kw, &mut p)?;
    let (code, globals) = (p[0].unwrap(), p[1].unwrap());
    let Some(c) = as_code(code) else {
        return Err(type_error(format!("function() argument 'code' must be code, not {}", code.type_().name())));
    };
    if super::dict::as_dict(globals).is_none() {
        return Err(type_error(format!("function() argument 'globals' must be dict, not {}", globals.type_().name())));
    }
    let name = p[2].filter(|n| !is_none(n));
    if name.is_some_and(|n| str_value(n).is_none()) {
        return Err(type_error("arg 3 (name) must be None or string"));
    }
    let defaults = p[3].filter(|d| !is_none(d));
    if defaults.is_some_and(|d| tuple_slice(d).is_none()) {
        return Err(type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = p[4].filter(|c| !is_none(c));
    let nfree = c.unit.freevars.len();
    let cells: &[PyRef] = match closure {
        Some(cl) => tuple_slice(cl).ok_or_else(|| type_error("arg 5 (closure) must be None or tuple"))?,
        None if nfree > 0 => return Err(type_error("arg 5 (closure) must be tuple")),
        None => &[],
    };
    if cells.len() != nfree {
        return Err(value_error(format!("{} requires closure of length {}, not {}", c.unit.name, nfree, cells.len())));
    }
    if let Some(bad) = cells.iter().find(|o| super::function::as_cell(o).is_none()) {
        return Err(type_error(format!("arg 5 (closure) expected cell, found {}", bad.type_().name())));
    }
    let f = super::function::new_function_with_closure(code.to_ref(), globals.to_ref(), None, closure.map(|c| c.to_ref()));
    if let Some(fo) = super::function::as_function(&f) {
        if let Some(n) = name {
            fo.set_name(n.to_ref());
        }
        fo.set_defaults(defaults.map(|d| d.to_ref()));
    }
    Ok(f)
}
