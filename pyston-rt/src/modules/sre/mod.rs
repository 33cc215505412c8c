//! `_sre`, the regular-expression engine under the pure-Python `re`
//! package (CPython 3.11's `Modules/_sre`). `re._compiler` turns a
//! pattern into a list of code words; `_sre.compile` validates them
//! (`validate.rs`) and wraps them in a `re.Pattern` (`pattern.rs`), whose
//! methods run the matcher (`engine.rs`, character tests in `charset.rs`)
//! over the subject's code units (`subject.rs`) and return `re.Match`
//! objects (`match_.rs`) or drive a scanner (`scanner.rs`).
//!
//! Replacement templates are compiled by Python code, as in 3.11:
//! `sub()` with a non-literal template calls `re._subx`, and
//! `Match.expand` calls `re._expand`.

mod charset;
mod constants;
mod engine;
#[cfg(test)]
mod engine_tests;
mod match_;
mod pattern;
mod scanner;
mod subject;
mod validate;

use crate::object::args::{self, Params};
use crate::object::bytes::{buffer_bytes, new_bytes};
use crate::object::descr::new_builtin_function;
use crate::object::dict::{dict_set_item_str, DICT_TYPE};
use crate::object::exceptions::{overflow_error, type_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, int_value_big, int_value_i64, new_bool, new_int};
use crate::object::list::{as_list, LIST_TYPE};
use crate::object::module::{as_module, new_module};
use crate::object::protocol;
use crate::object::str::{as_pystr, new_str, new_str_counted};
use crate::object::tuple::TUPLE_TYPE;
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::PyResult;
use constants::flag;
use subject::Text;

/// `Pattern.__repr__`'s flag names, in CPython 3.11's order.
const PAT_FLAG_NAMES: &[(&str, i64)] = &[
    ("re.TEMPLATE", flag::TEMPLATE),
    ("re.IGNORECASE", flag::IGNORECASE),
    ("re.LOCALE", flag::LOCALE),
    ("re.MULTILINE", flag::MULTILINE),
    ("re.DOTALL", flag::DOTALL),
    ("re.UNICODE", flag::UNICODE),
    ("re.VERBOSE", flag::VERBOSE),
    ("re.DEBUG", flag::DEBUG),
    ("re.ASCII", flag::ASCII),
];

static FUNCS: [MethodDef; 6] = [
    MethodDef { name: "compile", func: sre_compile, flags: 0, doc: "" },
    MethodDef { name: "getcodesize", func: sre_getcodesize, flags: 0, doc: "" },
    MethodDef { name: "ascii_iscased", func: sre_ascii_iscased, flags: 0, doc: "" },
    MethodDef { name: "unicode_iscased", func: sre_unicode_iscased, flags: 0, doc: "" },
    MethodDef { name: "ascii_tolower", func: sre_ascii_tolower, flags: 0, doc: "" },
    MethodDef { name: "unicode_tolower", func: sre_unicode_tolower, flags: 0, doc: "" },
];

pub fn sre_types() -> [&'static TypeObject; 3] {
    [&pattern::PATTERN_TYPE, &match_::MATCH_TYPE, &scanner::SCANNER_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_sre");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_sre");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "MAGIC", new_int(constants::MAGIC));
    dict_set_item_str(d, "CODESIZE", new_int(constants::CODESIZE));
    dict_set_item_str(d, "MAXREPEAT", new_int(constants::MAXREPEAT as i64));
    dict_set_item_str(d, "MAXGROUPS", new_int(constants::MAXGROUPS as i64));
    dict_set_item_str(d, "copyright", new_str(constants::COPYRIGHT));
    Ok(m)
}

/// A `Py_ssize_t` argument (Argument Clinic's converter).
fn ssize_arg(o: &PyObject) -> PyResult<isize> {
    let i = protocol::index(o)?;
    int_value_i64(&i)
        .map(|v| v as isize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// `PyNumber_AsSsize_t(o, NULL)`: an index clipped to the ssize range.
fn ssize_clip(o: &PyObject) -> PyResult<isize> {
    let i = protocol::index(o)?;
    Ok(match int_value_i64(&i) {
        Some(v) => v as isize,
        None => match int_value_big(&i) {
            Some(b) if b.sign() == num_bigint::Sign::Minus => isize::MIN,
            _ => isize::MAX,
        },
    })
}

/// A C `int` argument.
fn c_int_arg(o: &PyObject) -> PyResult<i32> {
    if as_int(o).is_none() && o.type_().nb_index.get().is_none() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", o.type_().name())));
    }
    let i = protocol::index(o)?;
    match int_value_i64(&i).and_then(|v| i32::try_from(v).ok()) {
        Some(v) => Ok(v),
        None => Err(overflow_error("Python int too large to convert to C int")),
    }
}

/// `getattr(re, name)(*args)`.
fn call_re(name: &str, args: &[&PyObject]) -> PyResult<PyRef> {
    let re = crate::import::import_module_level(&new_str("re"), None, None, 0)?;
    let f = protocol::getattr_str(&re, name)?;
    protocol::call(&f, args, None)
}

/// Join the pieces of `sub()`'s result (`PyUnicode_Join` / `_PyBytes_Join`
/// with an empty separator, and their errors).
fn join_pieces(text: &Text, pieces: Vec<PyRef>) -> PyResult<PyRef> {
    if pieces.is_empty() {
        return Ok(text.empty());
    }
    if text.isbytes {
        if pieces.len() == 1 && pieces[0].is_exact(&crate::object::bytes::BYTES_TYPE) {
            return Ok(pieces.into_iter().next().expect("one piece"));
        }
        let mut out = Vec::new();
        for (i, p) in pieces.iter().enumerate() {
            match buffer_bytes(p) {
                Some(b) => out.extend_from_slice(b),
                None => {
                    return Err(type_error(format!(
                        "sequence item {}: expected a bytes-like object, {} found",
                        i,
                        p.type_().name()
                    )))
                }
            }
        }
        return Ok(new_bytes(out));
    }
    if pieces.len() == 1 && pieces[0].is_exact(&crate::object::str::STR_TYPE) {
        return Ok(pieces.into_iter().next().expect("one piece"));
    }
    let mut out = String::new();
    let mut chars = 0;
    for (i, p) in pieces.iter().enumerate() {
        match as_pystr(p) {
            Some(s) => {
                out.push_str(s.as_str());
                chars += s.char_len;
            }
            None => {
                return Err(type_error(format!("sequence item {}: expected str instance, {} found", i, p.type_().name())))
            }
        }
    }
    Ok(new_str_counted(out.into(), chars))
}

/// Require an instance of `t` for argument `name` of `compile()`.
fn expect_type<'a>(o: &'a PyObject, t: &TypeObject, tname: &str, name: &str) -> PyResult<&'a PyObject> {
    if o.is_instance_of(t) {
        Ok(o)
    } else {
        Err(type_error(format!("compile() argument '{}' must be {}, not {}", name, tname, o.type_().name())))
    }
}

/// One code word (`PyLong_AsUnsignedLong`, then the 32-bit check).
fn code_word(o: &PyObject) -> PyResult<u32> {
    if as_int(o).is_none() {
        return Err(type_error("an integer is required"));
    }
    if let Some(v) = int_value_i64(o) {
        if v < 0 {
            return Err(overflow_error("can't convert negative value to unsigned int"));
        }
        return u32::try_from(v).map_err(|_| overflow_error("regular expression code size limit exceeded"));
    }
    match int_value_big(o) {
        Some(b) if b.sign() == num_bigint::Sign::Minus => Err(overflow_error("can't convert negative value to unsigned int")),
        Some(b) if b.bits() <= 64 => Err(overflow_error("regular expression code size limit exceeded")),
        _ => Err(overflow_error("Python int too large to convert to C unsigned long")),
    }
}

fn sre_compile(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 6];
    Params::new("compile", &["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6).parse(a, kw, &mut out)?;
    let [Some(pattern), Some(flags), Some(code), Some(groups), Some(groupindex), Some(indexgroup)] = out else {
        return Err(type_error("compile() missing arguments"));
    };
    let flags = c_int_arg(flags)? as i64;
    let code = expect_type(code, &LIST_TYPE, "list", "code")?;
    let groups = ssize_arg(groups)?;
    let groupindex = expect_type(groupindex, &DICT_TYPE, "dict", "groupindex")?;
    let indexgroup = expect_type(indexgroup, &TUPLE_TYPE, "tuple", "indexgroup")?;
    let items: Vec<PyRef> = as_list(code).map(|l| l.items().to_vec()).unwrap_or_default();
    let words = items.iter().map(|w| code_word(w)).collect::<PyResult<Vec<u32>>>()?;
    pattern::new_pattern(pattern, flags, words, groups, groupindex, indexgroup)
}

fn sre_getcodesize(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("getcodesize", a, kw)?;
    Ok(new_int(constants::CODESIZE))
}

/// The `character: int` argument of the case helpers, as C's unsigned int.
fn character(fname: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<u32> {
    args::no_kwargs(fname, kw)?;
    if a.len() != 1 {
        return Err(type_error(format!("{}() takes exactly one argument ({} given)", fname, a.len())));
    }
    Ok(c_int_arg(a[0])? as u32)
}

fn sre_ascii_iscased(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let ch = character("ascii_iscased", a, kw)?;
    Ok(new_bool(ch < 128 && (ch as u8).is_ascii_alphabetic()))
}

fn sre_unicode_iscased(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let ch = character("unicode_iscased", a, kw)?;
    Ok(new_bool(ch != charset::lower_unicode(ch) || ch != charset::upper_unicode(ch)))
}

fn sre_ascii_tolower(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let ch = character("ascii_tolower", a, kw)?;
    Ok(new_int(charset::lower_ascii(ch) as i32 as i64))
}

fn sre_unicode_tolower(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let ch = character("unicode_tolower", a, kw)?;
    Ok(new_int(charset::lower_unicode(ch) as i32 as i64))
}

