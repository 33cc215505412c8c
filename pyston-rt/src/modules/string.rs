//! `_string`: the format-string parsers `string.Formatter` is built on,
//! `formatter_parser` and `formatter_field_name_split`, following
//! CPython's `MarkupIterator` / `FieldNameIterator` (unicode_format.h).
//! Both parse eagerly and return iterators over lists, so a syntax error
//! is raised by the call rather than after the earlier pieces.

use crate::format::unicode::decimal_value;
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyObject, PyRef, PyResult};

/// One piece: literal text, then (field name, format spec, conversion)
/// when a replacement field follows.
type Piece = (String, Option<(String, String, Option<char>)>);

/// Parse the field after a `{` at `chars[*i..]` (CPython's `parse_field`).
fn parse_field(chars: &[char], i: &mut usize) -> PyResult<(String, String, Option<char>)> {
    let start = *i;
    let mut c = '\0';
    while *i < chars.len() {
        c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    if c != '}' && c != ':' && c != '!' {
        return Err(value_error("expected '}' before end of string"));
    }
    let name: String = chars[start..*i - 1].iter().collect();
    if c == '}' {
        return Ok((name, String::new(), None));
    }
    let mut conversion = None;
    if c == '!' {
        if *i >= chars.len() {
            return Err(value_error("end of string while looking for conversion specifier"));
        }
        conversion = Some(chars[*i]);
        *i += 1;
        if *i < chars.len() {
            let c2 = chars[*i];
            *i += 1;
            if c2 == '}' {
                return Ok((name, String::new(), conversion));
            }
            if c2 != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    while *i < chars.len() {
        let c = chars[*i];
        *i += 1;
        if c == '{' {
            depth += 1;
        } else if c == '}' {
            depth -= 1;
            if depth == 0 {
                return Ok((name, chars[spec_start..*i - 1].iter().collect(), conversion));
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// The pieces of a format string (CPython's `MarkupIterator_next` loop).
fn parse_format(s: &str) -> PyResult<Vec<Piece>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < chars.len() {
            c = chars[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= chars.len();
        let mut len = i - start;
        if c == '}' && markup && (at_end || chars[i] != c) {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup {
            if chars[i] == c {
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = chars[start..start + len].iter().collect();
        if !markup {
            out.push((literal, None));
            continue;
        }
        let field = parse_field(&chars, &mut i)?;
        out.push((literal, Some(field)));
    }
    Ok(out)
}

fn formatter_parser(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = crate::object::args::one_arg("formatter_parser", args, kw)?;
    let s = str_value(a).ok_or_else(|| type_error(format!("expected str, got {}", a.type_().name())))?;
    let items = parse_format(s)?
        .into_iter()
        .map(|(lit, field)| match field {
            None => new_tuple(vec![new_str(lit), none(), none(), none()]),
            Some((name, spec, conv)) => new_tuple(vec![
                new_str(lit),
                new_str(name),
                new_str(spec),
                conv.map_or_else(none, |c| new_str(c.to_string())),
            ]),
        })
        .collect();
    protocol::iter(&new_list(items))
}

/// An all-decimal-digits key as an int (CPython's `get_integer`).
fn key_object(s: &str) -> PyResult<PyRef> {
    if s.is_empty() || !s.chars().all(|c| decimal_value(c).is_some()) {
        return Ok(new_str(s));
    }
    let mut v: i64 = 0;
    for c in s.chars() {
        let d = decimal_value(c).unwrap_or(0) as i64;
        v = match v.checked_mul(10).and_then(|x| x.checked_add(d)) {
            Some(x) if x <= isize::MAX as i64 => x,
            _ => return Err(value_error("Too many decimal digits in format string")),
        };
    }
    Ok(new_int(v))
}

fn formatter_field_name_split(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = crate::object::args::one_arg("formatter_field_name_split", args, kw)?;
    let s = str_value(a).ok_or_else(|| type_error(format!("expected str, got {}", a.type_().name())))?;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() && chars[i] != '.' && chars[i] != '[' {
        i += 1;
    }
    let first = key_object(&chars[..i].iter().collect::<String>())?;
    let mut rest = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        let (is_attr, name) = match c {
            '.' => {
                let start = i;
                while i < chars.len() && chars[i] != '.' && chars[i] != '[' {
                    i += 1;
                }
                (true, chars[start..i].iter().collect::<String>())
            }
            '[' => {
                let start = i;
                while i < chars.len() && chars[i] != ']' {
                    i += 1;
                }
                if i >= chars.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                i += 1;
                (false, chars[start..i - 1].iter().collect::<String>())
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        };
        if name.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        let key = if is_attr { new_str(name) } else { key_object(&name)? };
        rest.push(new_tuple(vec![new_bool(is_attr), key]));
    }
    let it = protocol::iter(&new_list(rest))?;
    Ok(new_tuple(vec![first, it]))
}

static FUNCS: [MethodDef; 2] = [
    MethodDef { name: "formatter_parser", func: formatter_parser, flags: 0, doc: "parse the argument as a format string" },
    MethodDef {
        name: "formatter_field_name_split",
        func: formatter_field_name_split,
        flags: 0,
        doc: "split the argument as a field name",
    },
];

/// `import _string`
pub fn init() -> PyResult<PyRef> {
    let m = new_module("_string");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_string");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "__doc__", new_str("string helper module"));
    Ok(m)
}
