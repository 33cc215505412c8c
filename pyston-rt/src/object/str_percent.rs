//! printf-style formatting (`str % args`, `bytes % args`): one driver for
//! both, following CPython's `PyUnicode_Format`/`_PyBytes_FormatEx`
//! (argument fetching, `%(key)` mappings, `*` width/precision, flags,
//! and their exact errors).

use super::exceptions::{type_error, PyErr, OVERFLOW_ERROR};
use super::header::{PyObject, PyRef};
use super::int::as_int;
use super::protocol;
use super::str::{as_pystr, new_str};
use super::tuple::tuple_slice;
use super::PyResult;
use super::str_format::fmt_err;
use crate::format::percent::{
    char_argument_required, float_argument_required, format_percent_float, format_percent_int, format_percent_str,
    percent_type_error, star_wants_int, unsupported_format_character, Count, PercentParser, PercentPiece, PercentSpec,
    SUPPORTED_CONVERSIONS,
};
use num_bigint::BigInt;

/// Which `%` is running: the text of `str % x` or the bytes of `bytes % x`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Str,
    Bytes,
}

/// The argument source: a tuple walked in order, or one object.
struct Args<'a> {
    items: Vec<&'a PyObject>,
    single: Option<PyRef>,
    /// CPython's `argidx`/`arglen` protocol: for a single object,
    /// `len == -1` and `idx` starts at -2.
    idx: isize,
    len: isize,
}

impl<'a> Args<'a> {
    fn next(&mut self) -> PyResult<PyRef> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                if let Some(s) = &self.single {
                    return Ok(s.clone());
                }
            } else {
                return Ok(self.items[(self.idx - 1) as usize].to_ref());
            }
        }
        Err(type_error("not enough arguments for format string"))
    }

    fn set_single(&mut self, v: PyRef) {
        self.single = Some(v);
        self.len = -1;
        self.idx = -2;
    }
}

/// Format `fmt` with `args`; the result is UTF-8 text for `Target::Str`.
///
/// The template is parsed by the format library's `PercentParser` (bytes
/// templates go through it as Latin-1 text, so character indices are byte
/// indices); arguments are fetched and converted here, in CPython's order.
pub fn percent_format(fmt: &[u8], args: &PyObject, target: Target) -> PyResult<Vec<u8>> {
    let text: std::borrow::Cow<str> = match target {
        // SAFETY: a str template is the UTF-8 text of a str object.
        Target::Str => std::borrow::Cow::Borrowed(unsafe { std::str::from_utf8_unchecked(fmt) }),
        Target::Bytes => std::borrow::Cow::Owned(latin1_decode(fmt)),
    };
    let mut a = match tuple_slice(args) {
        Some(items) => Args { items: items.iter().map(|r| &**r).collect(), single: None, idx: 0, len: items.len() as isize },
        None => Args { items: Vec::new(), single: Some(args.to_ref()), idx: -2, len: -1 },
    };
    let is_mapping = args.type_().mp_subscript.get().is_some()
        && tuple_slice(args).is_none()
        && as_pystr(args).is_none()
        && !(target == Target::Bytes && args.is_instance_of(&super::bytes::BYTES_TYPE));

    let mut out = String::with_capacity(text.len() + 16);
    for piece in PercentParser::new(&text, is_mapping) {
        let conv = match piece.map_err(fmt_err)? {
            PercentPiece::Literal(l) => {
                out.push_str(&l);
                continue;
            }
            PercentPiece::Conversion(c) => c,
        };
        if let Some(key) = &conv.key {
            let key = match target {
                Target::Str => new_str(key.as_str()),
                Target::Bytes => super::bytes::new_bytes(latin1_encode(key)),
            };
            let v = protocol::getitem(args, &key)?;
            a.set_single(v);
        }
        let star_width = match conv.width {
            Count::Star => Some(star_arg(&*a.next()?)?),
            _ => None,
        };
        let star_prec = match conv.precision {
            Count::Star => Some(star_arg(&*a.next()?)?),
            _ => None,
        };
        let spec = conv.resolve(star_width, star_prec).map_err(fmt_err)?;
        let v = a.next()?;
        let supported = match target {
            Target::Str => SUPPORTED_CONVERSIONS.contains(conv.conv),
            Target::Bytes => SUPPORTED_CONVERSIONS.contains(conv.conv) || conv.conv == 'b',
        };
        if !supported {
            return Err(fmt_err(unsupported_format_character(conv.conv, conv.index)));
        }
        convert(&mut out, &v, &spec, target)?;
    }
    if a.idx < a.len && !is_mapping {
        let what = if target == Target::Str { "string" } else { "bytes" };
        return Err(type_error(format!("not all arguments converted during {} formatting", what)));
    }
    Ok(match target {
        Target::Str => out.into_bytes(),
        Target::Bytes => latin1_encode(&out),
    })
}

/// Bytes as text, one char per byte.
fn latin1_decode(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

/// Text of chars below U+0100 back to bytes.
fn latin1_encode(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// A `*` width or precision argument.
fn star_arg(v: &PyObject) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => i.as_i64().ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
        None => Err(fmt_err(star_wants_int())),
    }
}

/// Convert and format one argument, appending to `out`.
fn convert(out: &mut String, v: &PyObject, spec: &PercentSpec, target: Target) -> PyResult<()> {
    let piece = match spec.conv {
        's' | 'r' | 'a' | 'b' if target == Target::Bytes => {
            let data: String = match spec.conv {
                'r' | 'a' => {
                    let r = super::str_format::object_ascii(v)?;
                    super::str::str_value(&r).unwrap_or("").to_string()
                }
                _ => latin1_decode(&bytes_arg(v)?),
            };
            format_percent_str(&data, spec)
        }
        's' | 'r' | 'a' => {
            let r = match spec.conv {
                's' => protocol::str_(v)?,
                'r' => protocol::repr(v)?,
                _ => super::str_format::object_ascii(v)?,
            };
            format_percent_str(super::str::str_value(&r).unwrap_or(""), spec)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => format_percent_int(&int_arg(v, spec.conv)?, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format_percent_float(float_arg(v)?, spec),
        _ => {
            let c = match target {
                Target::Str => char_arg(v)?,
                Target::Bytes => byte_arg(v)? as char,
            };
            let mut buf = [0u8; 4];
            format_percent_str(c.encode_utf8(&mut buf), spec)
        }
    };
    out.push_str(&piece.map_err(fmt_err)?);
    Ok(())
}

/// The integer of `%d`-style conversions (CPython: `int(v)` for d/i/u,
/// `operator.index(v)` for o/x/X).
fn int_arg(v: &PyObject, conv: char) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_bigint());
    }
    let t = v.type_();
    let is_number = t.nb_index.get().is_some() || t.nb_int.get().is_some() || t.nb_float.get().is_some();
    if matches!(conv, 'd' | 'i' | 'u') {
        if !is_number {
            return Err(fmt_err(percent_type_error(conv, t.name())));
        }
        // CPython: `int(v)`; a TypeError from it is reported as the
        // conversion's own "a real number is required".
        let r = match (t.nb_int.get(), t.nb_index.get()) {
            (Some(f), _) => f(v).and_then(|r| {
                if as_int(&r).is_some() {
                    Ok(r)
                } else {
                    Err(type_error(format!("__int__ returned non-int (type {})", r.type_().name())))
                }
            }),
            (None, Some(_)) => protocol::index(v),
            _ => return Err(fmt_err(percent_type_error(conv, t.name()))),
        };
        return match r {
            Ok(r) => Ok(as_int(&r).map(|i| i.to_bigint()).unwrap_or_default()),
            Err(e) if e.matches(&super::exceptions::TYPE_ERROR) => Err(fmt_err(percent_type_error(conv, t.name()))),
            Err(e) => Err(e),
        };
    }
    match t.nb_index.get() {
        Some(_) => match protocol::index(v) {
            Ok(r) => Ok(as_int(&r).map(|i| i.to_bigint()).unwrap_or_default()),
            Err(e) if e.matches(&super::exceptions::TYPE_ERROR) => Err(fmt_err(percent_type_error(conv, t.name()))),
            Err(e) => Err(e),
        },
        None => Err(fmt_err(percent_type_error(conv, t.name()))),
    }
}

/// The int operand of `%c` through `__index__` (CPython's
/// `PyLong_AsLongAndOverflow`): None when `v` is not an integer, Some(None)
/// when it does not fit an i64.
fn index_operand(v: &PyObject) -> PyResult<Option<Option<i64>>> {
    if let Some(i) = as_int(v) {
        return Ok(Some(i.as_i64()));
    }
    if v.type_().nb_index.get().is_none() {
        return Ok(None);
    }
    match protocol::index(v) {
        Ok(r) => Ok(as_int(&r).map(|i| i.as_i64())),
        Err(e) if e.matches(&super::exceptions::TYPE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The float of `%f`-style conversions (`float(v)`).
fn float_arg(v: &PyObject) -> PyResult<f64> {
    super::str_format::to_f64(v).and_then(|x| x.ok_or_else(|| fmt_err(float_argument_required(v.type_().name()))))
}

/// `%c` of str: an int code point or a one-character str.
fn char_arg(v: &PyObject) -> PyResult<char> {
    if let Some(s) = as_pystr(v) {
        if s.char_len == 1 {
            return Ok(s.data.chars().next().unwrap_or('\0'));
        }
        return Err(fmt_err(char_argument_required()));
    }
    if let Some(i) = index_operand(v)? {
        return i
            .filter(|x| (0..0x110000).contains(x))
            .and_then(|x| super::str_surr::char_of_code_point(x as u32).ok().flatten())
            .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "%c arg not in range(0x110000)"));
    }
    Err(fmt_err(char_argument_required()))
}

/// `%c` of bytes: an int in range(256) or a one-byte bytes object.
fn byte_arg(v: &PyObject) -> PyResult<u8> {
    if let Some(b) = super::bytes::buffer_bytes(v) {
        if b.len() == 1 {
            return Ok(b[0]);
        }
    } else if let Some(i) = index_operand(v)? {
        return i
            .filter(|x| (0..256).contains(x))
            .map(|x| x as u8)
            .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "%c arg not in range(256)"));
    }
    Err(type_error("%c requires an integer in range(256) or a single byte"))
}

/// `%b`/`%s` of bytes: a bytes-like object or `__bytes__`.
fn bytes_arg(v: &PyObject) -> PyResult<Vec<u8>> {
    if let Some(b) = super::bytes::buffer_bytes(v) {
        return Ok(b.to_vec());
    }
    if v.type_().lookup(crate::name!("__bytes__")).is_some() {
        let r = protocol::call_method(v, crate::name!("__bytes__"), &[])?;
        if let Some(b) = super::bytes::bytes_value(&r) {
            return Ok(b.to_vec());
        }
        return Err(type_error(format!("__bytes__ returned non-bytes (type {})", r.type_().name())));
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.type_().name()
    )))
}
