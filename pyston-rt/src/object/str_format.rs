//! `str.format`, `str.format_map`, `str.__format__`, `str % args`, and the
//! shared helpers `format_object` (what `format()` and f-strings call),
//! `object_ascii` (`ascii()`), and the conversion of format-library errors.

use super::args::one_arg;
use super::exceptions::{
    type_error, value_error, PyErr, INDEX_ERROR, KEY_ERROR, OVERFLOW_ERROR, TYPE_ERROR, VALUE_ERROR, ZERO_DIVISION_ERROR,
};
use super::header::{PyObject, PyRef};
use super::int::{as_int, new_int, INT_TYPE};
use super::protocol;
use super::singletons::not_implemented;
use super::str::{as_pystr, new_str, str_value, STR_TYPE};
use super::str_methods::this;
use super::str_percent::{percent_format, Target};
use super::PyResult;
use crate::format::error::{ExcKind, FormatError};

/// Raise a format-library error as the matching Python exception.
pub fn fmt_err(e: FormatError) -> PyErr {
    let t = match e.kind {
        ExcKind::ValueError => &VALUE_ERROR,
        ExcKind::TypeError => &TYPE_ERROR,
        ExcKind::OverflowError => &OVERFLOW_ERROR,
        ExcKind::ZeroDivisionError => &ZERO_DIVISION_ERROR,
        ExcKind::IndexError => &INDEX_ERROR,
        ExcKind::KeyError => &KEY_ERROR,
        ExcKind::MemoryError => &super::exceptions::MEMORY_ERROR,
    };
    match e.errno {
        Some(n) => PyErr::with_args(t, vec![new_int(n as i64), new_str(e.message)]),
        None => PyErr::new(t, e.message),
    }
}

/// `format(value, spec)`: `type(value).__format__(value, spec)`, with
/// direct paths for exact str and int.
pub fn format_object(value: &PyObject, spec: &str) -> PyResult<PyRef> {
    if value.is_exact(&STR_TYPE) {
        if spec.is_empty() {
            return Ok(value.to_ref());
        }
        let s = str_value(value).unwrap_or("");
        return crate::format::fmt_str::dunder_format_str(s, spec, "str").map(new_str).map_err(fmt_err);
    }
    if value.is_exact(&INT_TYPE) {
        if let Some(i) = as_int(value) {
            let text = crate::format::fmt_int::dunder_format_int(&i.to_bigint(), spec, "int").map_err(fmt_err)?;
            return Ok(new_str(text));
        }
    }
    let spec_obj = new_str(spec);
    let r = match protocol::getattr_opt(value.type_().obj(), crate::name!("__format__"))? {
        Some(meth) if !is_object_format(&meth) => protocol::call(&meth, &[value, &spec_obj], None)?,
        _ => return object_format_impl(value, spec),
    };
    if as_pystr(&r).is_none() {
        return Err(type_error(format!("__format__ must return a str, not {}", r.type_().name())));
    }
    Ok(r)
}

/// Whether `m` is `object.__format__` (by the native function it wraps).
fn is_object_format(m: &PyObject) -> bool {
    if !m.is_exact(&super::descr::METHOD_DESCR_TYPE) {
        return false;
    }
    // SAFETY: checked the type just above.
    let d = unsafe { m.cast::<super::descr::PyMethodDescr>() };
    d.def.func as *const () as usize == object_dunder_format as *const () as usize
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, else
/// TypeError. Installed on `object` by the type system.
pub fn object_dunder_format(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let spec = one_arg("object.__format__", &args[1..], kwnames)?;
    let Some(spec) = str_value(spec) else {
        return Err(type_error(format!("__format__() argument must be str, not {}", spec.type_().name())));
    };
    object_format_impl(args[0], spec)
}

fn object_format_impl(value: &PyObject, spec: &str) -> PyResult<PyRef> {
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            value.type_().name()
        )));
    }
    protocol::str_(value)
}

/// `ascii(o)`: `repr(o)` with non-ASCII characters escaped.
pub fn object_ascii(o: &PyObject) -> PyResult<PyRef> {
    let r = protocol::repr(o)?;
    let s = super::str_ops::pystr(&r);
    if s.is_ascii {
        return Ok(r);
    }
    Ok(super::str::new_ascii_str(crate::format::repr::ascii_escape(&s.data)))
}

/// `float(v)` for `%f`-style formatting: None when `v` is not a number.
pub fn to_f64(v: &PyObject) -> PyResult<Option<f64>> {
    if let Some(i) = as_int(v) {
        return match i.as_i64() {
            Some(x) => Ok(Some(x as f64)),
            None => crate::format::intfloat::bigint_to_f64_checked(&i.to_bigint()).map(Some).map_err(fmt_err),
        };
    }
    let t = v.type_();
    if let Some(f) = t.nb_float.get() {
        let r = f(v)?;
        if let Some(i) = as_int(&r) {
            return Ok(Some(i.as_i64().map_or(f64::NAN, |x| x as f64)));
        }
        // The float's value through its shortest repr (exact round trip).
        let text = protocol::repr_string(&r)?;
        return Ok(text.parse::<f64>().ok());
    }
    if t.nb_index.get().is_some() {
        let r = protocol::index(v)?;
        return to_f64(&r);
    }
    Ok(None)
}

/// `str.__format__(spec)`
pub fn str_dunder_format(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let spec = one_arg("str.__format__", &args[1..], kwnames)?;
    let Some(spec) = str_value(spec) else {
        return Err(type_error(format!("__format__() argument must be str, not {}", spec.type_().name())));
    };
    let s = this(args);
    if spec.is_empty() {
        return super::str_ops::str_str_slot(args[0]);
    }
    crate::format::fmt_str::dunder_format_str(&s.data, spec, "str").map(new_str).map_err(fmt_err)
}

/// `str % args` (nb slot: either operand may be the str).
pub fn str_mod(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(s) = as_pystr(a) else {
        return Ok(not_implemented());
    };
    let out = percent_format(s.data.as_bytes(), b, Target::Str)?;
    // SAFETY: the template is UTF-8 and every piece appended is UTF-8 text.
    Ok(new_str(unsafe { String::from_utf8_unchecked(out) }))
}

/// `str.format(*args, **kwargs)`
pub fn str_format_method(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, names) = super::args::split(&args[1..], kwnames);
    let kwargs = if names.is_empty() {
        None
    } else {
        let d = super::dict::new_dict();
        for (k, v) in names.iter().zip(kwvals) {
            super::dict::dict_set(&d, k, v)?;
        }
        Some(d)
    };
    let s = this(args);
    let mut auto = AutoNumber::Init(0);
    let out = build_string(&s.data, Some(pos), kwargs.as_deref(), 2, &mut auto)?;
    Ok(new_str(out))
}

/// `str.format_map(mapping)`
pub fn str_format_map(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let mapping = one_arg("str.format_map", &args[1..], kwnames)?;
    let s = this(args);
    let mut auto = AutoNumber::Init(0);
    let out = build_string(&s.data, None, Some(mapping), 2, &mut auto)?;
    Ok(new_str(out))
}

/// Automatic field numbering state (`{}` vs `{0}`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Init(usize),
    Auto(usize),
    Manual,
}

/// Render a format string; `recursion` limits nested `{...:{...}}` specs.
fn build_string(
    fmt: &str,
    args: Option<&[&PyObject]>,
    kwargs: Option<&PyObject>,
    recursion: u32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if recursion == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n + 16);
    let mut i = 0;
    while i < n {
        // Literal text up to a brace.
        let j = b[i..].iter().position(|&c| c == b'{' || c == b'}').map_or(n, |p| i + p);
        out.push_str(&fmt[i..j]);
        if j >= n {
            break;
        }
        let c = b[j];
        i = j + 1;
        let at_end = i >= n;
        if c == b'}' {
            if at_end || b[i] != b'}' {
                return Err(value_error("Single '}' encountered in format string"));
            }
            out.push('}');
            i += 1;
            continue;
        }
        if at_end {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if b[i] == b'{' {
            out.push('{');
            i += 1;
            continue;
        }
        // A replacement field: name, then '!' conversion and/or ':' spec.
        let name_start = i;
        let mut term = 0u8;
        while i < n {
            let ch = b[i];
            i += 1;
            match ch {
                b'{' => return Err(value_error("unexpected '{' in field name")),
                b'[' => {
                    while i < n && b[i] != b']' {
                        i += 1;
                    }
                }
                b'}' | b':' | b'!' => {
                    term = ch;
                    break;
                }
                _ => {}
            }
        }
        let name_end = if term != 0 { i - 1 } else { i };
        let mut conversion: Option<char> = None;
        let mut spec: &str = "";
        let mut spec_nested = false;
        if term == b'!' || term == b':' {
            if term == b'!' {
                if i >= n {
                    return Err(value_error("end of string while looking for conversion specifier"));
                }
                let c = fmt[i..].chars().next().unwrap_or('\0');
                conversion = Some(c);
                i += c.len_utf8();
                if i < n {
                    let c2 = b[i];
                    i += 1;
                    if c2 == b'}' {
                        render(&mut out, &fmt[name_start..name_end], conversion, "", false, args, kwargs, recursion, auto)?;
                        continue;
                    }
                    if c2 != b':' {
                        return Err(value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = i;
            let mut depth = 1;
            let mut closed = false;
            while i < n {
                let ch = b[i];
                i += 1;
                match ch {
                    b'{' => {
                        spec_nested = true;
                        depth += 1;
                    }
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            closed = true;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            if !closed {
                return Err(value_error("unmatched '{' in format spec"));
            }
            spec = &fmt[spec_start..i - 1];
        } else if term != b'}' {
            return Err(value_error("expected '}' before end of string"));
        }
        render(&mut out, &fmt[name_start..name_end], conversion, spec, spec_nested, args, kwargs, recursion, auto)?;
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn render(
    out: &mut String,
    field: &str,
    conversion: Option<char>,
    spec: &str,
    spec_nested: bool,
    args: Option<&[&PyObject]>,
    kwargs: Option<&PyObject>,
    recursion: u32,
    auto: &mut AutoNumber,
) -> PyResult<()> {
    let mut obj = field_object(field, args, kwargs, auto)?;
    if let Some(c) = conversion {
        obj = match c {
            'r' => protocol::repr(&obj)?,
            's' => protocol::str_(&obj)?,
            'a' => object_ascii(&obj)?,
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(value_error(format!("Unknown conversion specifier {}", c)));
            }
            c => return Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
    }
    let expanded;
    let spec = if spec_nested {
        expanded = build_string(spec, args, kwargs, recursion - 1, auto)?;
        &expanded[..]
    } else {
        spec
    };
    let r = format_object(&obj, spec)?;
    out.push_str(str_value(&r).unwrap_or(""));
    Ok(())
}

/// A non-negative decimal index (Unicode decimal digits), or None.
fn field_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::format::unicode::decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Resolve `first.attr[key]...` against the arguments.
fn field_object(field: &str, args: Option<&[&PyObject]>, kwargs: Option<&PyObject>, auto: &mut AutoNumber) -> PyResult<PyRef> {
    let split = field.find(['.', '[']).unwrap_or(field.len());
    let (first, mut rest) = field.split_at(split);
    let mut index = field_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if let AutoNumber::Init(k) = *auto {
            *auto = if empty { AutoNumber::Auto(k) } else { AutoNumber::Manual };
        }
        match (*auto, empty) {
            (AutoNumber::Manual, true) => {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            (AutoNumber::Auto(_), false) => {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            _ => {}
        }
        if empty {
            if let AutoNumber::Auto(k) = *auto {
                index = Some(k);
                *auto = AutoNumber::Auto(k + 1);
            }
        }
    }
    let mut obj = match index {
        None => {
            let key = new_str(first);
            let Some(kw) = kwargs else {
                return Err(PyErr::with_args(&KEY_ERROR, vec![key]));
            };
            if kw.is_exact(&super::dict::DICT_TYPE) {
                match super::dict::dict_get(kw, &key)? {
                    Some(v) => v,
                    None => return Err(PyErr::with_args(&KEY_ERROR, vec![key])),
                }
            } else {
                protocol::getitem(kw, &key)?
            }
        }
        Some(k) => {
            let Some(args) = args else {
                return Err(value_error("Format string contains positional fields"));
            };
            match args.get(k) {
                Some(a) => a.to_ref(),
                None => {
                    return Err(PyErr::new(
                        &INDEX_ERROR,
                        format!("Replacement index {} out of range for positional args tuple", k),
                    ))
                }
            }
        }
    };
    while !rest.is_empty() {
        let c = rest.as_bytes()[0];
        rest = &rest[1..];
        let name;
        let is_attr = match c {
            b'.' => {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                name = &rest[..end];
                rest = &rest[end..];
                true
            }
            b'[' => {
                let Some(end) = rest.find(']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                name = &rest[..end];
                rest = &rest[end + 1..];
                false
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        };
        if name.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        obj = if is_attr {
            protocol::getattr(&obj, &new_str(name))?
        } else {
            match field_integer(name)? {
                Some(k) => protocol::getitem(&obj, &new_int(k as i64))?,
                None => protocol::getitem(&obj, &new_str(name))?,
            }
        };
    }
    Ok(obj)
}
