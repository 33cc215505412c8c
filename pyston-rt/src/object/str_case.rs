//! `str` case mapping and predicates (through `format::unicode_str`),
//! padding (`center`, `ljust`, `rjust`, `zfill`, `expandtabs`) and
//! translation (`translate`, `maketrans`).

use super::args::{check_positional, expect_index, no_kwargs, one_arg, Params};
use super::dict::{dict_items, dict_set, new_dict};
use super::exceptions::{type_error, value_error, INDEX_ERROR, KEY_ERROR, LOOKUP_ERROR};
use super::header::{PyObject, PyRef};
use super::int::{as_int, new_bool, new_int};
use super::singletons::{is_none, none};
use super::str::{as_pystr, new_str, new_str_counted, PyStr};
use super::str_methods::{reserve, same_or_new, this};
use super::PyResult;
use crate::format::unicode_str as u;
use std::collections::HashMap;

macro_rules! case_method {
    ($name:ident, $qual:literal, $f:path) => {
        pub fn $name(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
            super::str_common::no_arguments($qual, &args[1..], kwnames)?;
            let s = this(args);
            if s.is_ascii {
                // ASCII maps to ASCII with the same length.
                let out = $f(&s.data);
                let n = out.len();
                return Ok(new_str_counted(out.into_boxed_str(), n));
            }
            Ok(new_str($f(&s.data)))
        }
    };
}

case_method!(str_lower, "str.lower", u::str_lower);
case_method!(str_upper, "str.upper", u::str_upper);
case_method!(str_casefold, "str.casefold", u::str_casefold);
case_method!(str_title, "str.title", u::str_title);
case_method!(str_capitalize, "str.capitalize", u::str_capitalize);
case_method!(str_swapcase, "str.swapcase", u::str_swapcase);

macro_rules! predicate {
    ($name:ident, $qual:literal, $f:path) => {
        pub fn $name(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
            super::str_common::no_arguments($qual, &args[1..], kwnames)?;
            Ok(new_bool($f(&this(args).data)))
        }
    };
}

predicate!(str_isalpha, "str.isalpha", u::str_isalpha);
predicate!(str_isalnum, "str.isalnum", u::str_isalnum);
predicate!(str_isdecimal, "str.isdecimal", u::str_isdecimal);
predicate!(str_isdigit, "str.isdigit", u::str_isdigit);
predicate!(str_isnumeric, "str.isnumeric", u::str_isnumeric);
predicate!(str_isspace, "str.isspace", u::str_isspace);
predicate!(str_isprintable, "str.isprintable", u::str_isprintable);
predicate!(str_islower, "str.islower", u::str_islower);
predicate!(str_isupper, "str.isupper", u::str_isupper);
predicate!(str_istitle, "str.istitle", u::str_istitle);
predicate!(str_isidentifier, "str.isidentifier", u::str_is_identifier);

pub fn str_isascii(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("str.isascii", &args[1..], kwnames)?;
    Ok(new_bool(this(args).is_ascii))
}

/// The `fillchar` argument of `center`/`ljust`/`rjust`.
fn fill_char(o: Option<&&PyObject>) -> PyResult<char> {
    let Some(o) = o else { return Ok(' ') };
    let Some(s) = as_pystr(o) else {
        return Err(type_error(format!("The fill character must be a unicode character, not {}", o.type_().name())));
    };
    if s.char_len != 1 {
        return Err(type_error("The fill character must be exactly one character long"));
    }
    Ok(s.data.chars().next().unwrap_or(' '))
}

/// `s` padded with `left` and `right` copies of `fill`.
pub(crate) fn pad(s: &PyStr, left: usize, right: usize, fill: char) -> PyResult<PyRef> {
    let mut out = String::new();
    reserve(&mut out, s.data.len() + (left + right) * fill.len_utf8())?;
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(&s.data);
    out.extend(std::iter::repeat(fill).take(right));
    Ok(new_str_counted(out.into_boxed_str(), s.char_len + left + right))
}

fn justify(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str) -> PyResult<PyRef> {
    no_kwargs(&format!("str.{}", name), kwnames)?;
    check_positional(name, args.len() - 1, 1, 2)?;
    let width = expect_index(args[1])?;
    let fill = fill_char(args.get(2))?;
    let s = this(args);
    if width <= s.char_len as isize {
        return Ok(same_or_new(args[0], &s.data, s.char_len));
    }
    let marg = width as usize - s.char_len;
    let (l, r) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & width as usize & 1);
            (l, marg - l)
        }
    };
    pad(s, l, r, fill)
}

pub fn str_center(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    justify(args, kwnames, "center")
}

pub fn str_ljust(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    justify(args, kwnames, "ljust")
}

pub fn str_rjust(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    justify(args, kwnames, "rjust")
}

pub fn str_zfill(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let w = one_arg("str.zfill", &args[1..], kwnames)?;
    let width = expect_index(w)?;
    let s = this(args);
    if width <= s.char_len as isize {
        return Ok(same_or_new(args[0], &s.data, s.char_len));
    }
    let fill = width as usize - s.char_len;
    let mut out = String::new();
    reserve(&mut out, s.data.len() + fill)?;
    let (sign, rest) = match s.data.as_bytes().first() {
        Some(b'+') | Some(b'-') => s.data.split_at(1),
        _ => ("", &*s.data),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(rest);
    Ok(new_str_counted(out.into_boxed_str(), width as usize))
}

/// `str.expandtabs(tabsize=8)`
pub fn str_expandtabs(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("expandtabs", &["tabsize"], 0);
    let mut a = [None; 1];
    P.parse(&args[1..], kwnames, &mut a)?;
    let tabsize = match a[0] {
        Some(t) => expect_index(t)?,
        None => 8,
    };
    let s = this(args);
    if !s.data.contains('\t') {
        return Ok(same_or_new(args[0], &s.data, s.char_len));
    }
    let mut out = String::with_capacity(s.data.len() + 8);
    let mut col = 0usize;
    let mut chars = 0usize;
    for c in s.data.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize as usize - col % tabsize as usize;
                    reserve(&mut out, n)?;
                    out.extend(std::iter::repeat(' ').take(n));
                    col += n;
                    chars += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
                chars += 1;
            }
            _ => {
                out.push(c);
                col += 1;
                chars += 1;
            }
        }
    }
    Ok(new_str_counted(out.into_boxed_str(), chars))
}

/// What a translation table maps one character to.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(PyRef),
}

/// The Python code point of a char (lone surrogates mapped back, str_surr).
fn cp_of(c: char) -> i64 {
    super::str_surr::code_point(c) as i64
}

fn lookup_mapping(table: &PyObject, c: char) -> PyResult<Mapped> {
    let key = new_int(cp_of(c));
    let v = match super::protocol::getitem(table, &key) {
        Ok(v) => v,
        Err(e) if e.matches(&LOOKUP_ERROR) || e.matches(&KEY_ERROR) || e.matches(&INDEX_ERROR) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if is_none(&v) {
        return Ok(Mapped::Delete);
    }
    if let Some(i) = as_int(&v) {
        let cp = i.as_i64().filter(|x| (0..0x110000).contains(x));
        return match cp.and_then(|x| super::str_surr::char_of_code_point(x as u32).ok().flatten()) {
            Some(ch) => Ok(Mapped::Char(ch)),
            None if cp.is_some() => Err(value_error("character mapping must be in range(0x110000)")),
            None => Err(value_error("character mapping must be in range(0x110000)")),
        };
    }
    if as_pystr(&v).is_some() {
        return Ok(Mapped::Text(v));
    }
    Err(type_error("character mapping must return integer, None or str"))
}

/// `str.translate(table)`: `table[ord(c)]` for each character (cached per call).
pub fn str_translate(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let table = one_arg("str.translate", &args[1..], kwnames)?;
    let s = this(args);
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let mut out = String::with_capacity(s.data.len());
    for c in s.data.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = lookup_mapping(table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(ch) => out.push(ch),
            Mapped::Text(t) => out.push_str(&super::str_ops::pystr(&t).data),
        }
    }
    Ok(new_str(out))
}

/// `str.maketrans(x[, y[, z]])` (static method: no self).
pub fn str_maketrans(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("maketrans", kwnames)?;
    check_positional("maketrans", args.len(), 1, 3)?;
    let d = new_dict();
    if args.len() == 1 {
        let x = args[0];
        if super::dict::as_dict(x).is_none() {
            return Err(type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (k, v) in dict_items(x) {
            if let Some(ks) = as_pystr(&k) {
                if ks.char_len != 1 {
                    return Err(value_error("string keys in translate table must be of length 1"));
                }
                let cp = ks.data.chars().next().map_or(0, cp_of);
                dict_set(&d, &new_int(cp), &v)?;
            } else if as_int(&k).is_some() {
                dict_set(&d, &k, &v)?;
            } else {
                return Err(type_error("keys in translate table must be strings or integers"));
            }
        }
        return Ok(d);
    }
    let Some(x) = as_pystr(args[0]) else {
        return Err(type_error("first maketrans argument must be a string if there is a second argument"));
    };
    let Some(y) = as_pystr(args[1]) else {
        return Err(type_error(format!("maketrans() argument 2 must be str, not {}", super::str_common::clinic_type_name(args[1]))));
    };
    let z = match args.get(2) {
        Some(z) => Some(
            as_pystr(z).ok_or_else(|| type_error(format!("maketrans() argument 3 must be str, not {}", super::str_common::clinic_type_name(z))))?,
        ),
        None => None,
    };
    if x.char_len != y.char_len {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.data.chars().zip(y.data.chars()) {
        dict_set(&d, &new_int(cp_of(a)), &new_int(cp_of(b)))?;
    }
    if let Some(z) = z {
        for c in z.data.chars() {
            dict_set(&d, &new_int(cp_of(c)), &none())?;
        }
    }
    Ok(d)
}

