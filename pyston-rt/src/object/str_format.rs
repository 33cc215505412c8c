//! `str.format`, `str.format_map`, `str.__format__`, `str % args`, and the
//! shared helpers `format_object` (what `format()` and f-strings call),
//! `object_ascii` (`ascii()`), and the conversion of format-library errors.

use super::args::one_arg;
use super::exceptions::{
    type_error, PyErr, INDEX_ERROR, KEY_ERROR, OVERFLOW_ERROR, TYPE_ERROR, VALUE_ERROR, ZERO_DIVISION_ERROR,
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
use crate::format::strformat::{
    check_conversion, format_map_positional, replacement_index_out_of_range, Accessor, ArgRef, AutoNumber, ConversionKind,
    FormatField, FormatPiece, FormatStringParser,
};

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
        return Err(type_error(format!("__format__() argument must be str, not {}", super::str_common::clinic_type_name(spec))));
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
        return Err(type_error(format!("__format__() argument must be str, not {}", super::str_common::clinic_type_name(spec))));
    };
    let s = this(args);
    if spec.is_empty() {
        // CPython: `str(self)`, which runs a subclass's `__str__`.
        if !args[0].is_exact(&STR_TYPE) {
            return protocol::str_(args[0]);
        }
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
    let mut auto = AutoNumber::new();
    let mut out = String::with_capacity(s.data.len() + 16);
    render_string(&mut out, FormatStringParser::new(&s.data), Some(pos), kwargs.as_deref(), &mut auto)?;
    Ok(new_str(out))
}

/// `str.format_map(mapping)`
pub fn str_format_map(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let mapping = one_arg("str.format_map", &args[1..], kwnames)?;
    let s = this(args);
    let mut auto = AutoNumber::new();
    let mut out = String::with_capacity(s.data.len() + 16);
    render_string(&mut out, FormatStringParser::new(&s.data), None, Some(mapping), &mut auto)?;
    Ok(new_str(out))
}

/// Render the pieces of a (possibly nested) format string, each piece
/// before the next is parsed (CPython's error order).
fn render_string(
    out: &mut String,
    parser: FormatStringParser,
    args: Option<&[&PyObject]>,
    kwargs: Option<&PyObject>,
    auto: &mut AutoNumber,
) -> PyResult<()> {
    for piece in parser {
        match piece.map_err(fmt_err)? {
            FormatPiece::Literal(l) => out.push_str(&l),
            FormatPiece::Field(f) => render_field(out, &f, args, kwargs, auto)?,
        }
    }
    Ok(())
}

fn render_field(
    out: &mut String,
    f: &FormatField,
    args: Option<&[&PyObject]>,
    kwargs: Option<&PyObject>,
    auto: &mut AutoNumber,
) -> PyResult<()> {
    let mut obj = match auto.resolve(&f.arg).map_err(fmt_err)? {
        ArgRef::Name(name) => {
            let key = new_str(name);
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
        ArgRef::Index(k) => {
            let Some(args) = args else {
                return Err(fmt_err(format_map_positional()));
            };
            match args.get(k) {
                Some(a) => a.to_ref(),
                None => return Err(fmt_err(replacement_index_out_of_range(k))),
            }
        }
    };
    for acc in &f.accessors {
        obj = match acc {
            Accessor::Attr(name) => protocol::getattr(&obj, &new_str(name.as_str()))?,
            Accessor::Index(i) => protocol::getitem(&obj, &new_int(*i as i64))?,
            Accessor::Key(k) => protocol::getitem(&obj, &new_str(k.as_str()))?,
        };
    }
    if let Some(e) = &f.accessor_error {
        return Err(fmt_err(e.clone()));
    }
    if let Some(c) = f.conversion {
        obj = match check_conversion(c).map_err(fmt_err)? {
            ConversionKind::Repr => protocol::repr(&obj)?,
            ConversionKind::Str => protocol::str_(&obj)?,
            ConversionKind::Ascii => object_ascii(&obj)?,
        };
    }
    let r = if f.spec_needs_expanding {
        let mut spec = String::with_capacity(f.spec.len());
        render_string(&mut spec, f.spec_parser().map_err(fmt_err)?, args, kwargs, auto)?;
        format_object(&obj, &spec)?
    } else {
        format_object(&obj, &f.spec)?
    };
    out.push_str(str_value(&r).unwrap_or(""));
    Ok(())
}
