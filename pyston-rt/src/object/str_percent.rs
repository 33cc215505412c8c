//! printf-style formatting (`str % args`, `bytes % args`): one driver for
//! both, following CPython's `PyUnicode_Format`/`_PyBytes_FormatEx`
//! (argument fetching, `%(key)` mappings, `*` width/precision, flags,
//! and their exact errors).

use super::exceptions::{type_error, value_error, PyErr, OVERFLOW_ERROR};
use super::header::{PyObject, PyRef};
use super::int::as_int;
use super::protocol;
use super::str::{as_pystr, new_str};
use super::tuple::tuple_slice;
use super::PyResult;
use crate::format::float_repr::{float_to_string, FloatFlags};
use num_bigint::BigInt;
use num_traits::Signed;

/// Which `%` is running: the text of `str % x` or the bytes of `bytes % x`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Str,
    Bytes,
}

#[derive(Default, Clone, Copy)]
struct Flags {
    left: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
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
pub fn percent_format(fmt: &[u8], args: &PyObject, target: Target) -> PyResult<Vec<u8>> {
    let mut a = match tuple_slice(args) {
        Some(items) => Args { items: items.iter().map(|r| &**r).collect(), single: None, idx: 0, len: items.len() as isize },
        None => Args { items: Vec::new(), single: Some(args.to_ref()), idx: -2, len: -1 },
    };
    let is_mapping = args.type_().mp_subscript.get().is_some()
        && tuple_slice(args).is_none()
        && as_pystr(args).is_none()
        && !(target == Target::Bytes && args.is_instance_of(&super::bytes::BYTES_TYPE));
    let dict: Option<PyRef> = if is_mapping { Some(args.to_ref()) } else { None };

    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    let n = fmt.len();
    let mut i = 0;
    while i < n {
        // Literal run up to the next '%'.
        let j = memchr::memchr(b'%', &fmt[i..]).map_or(n, |p| i + p);
        out.extend_from_slice(&fmt[i..j]);
        if j >= n {
            break;
        }
        i = j + 1;
        if i < n && fmt[i] == b'%' {
            out.push(b'%');
            i += 1;
            continue;
        }
        // Mapping key.
        if i < n && fmt[i] == b'(' {
            let Some(d) = &dict else {
                return Err(type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < n && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let keybytes = &fmt[start..i - 1];
            let key = match target {
                Target::Str => new_str(String::from_utf8_lossy(keybytes).into_owned()),
                Target::Bytes => super::bytes::new_bytes(keybytes.to_vec()),
            };
            let v = protocol::getitem(d, &key)?;
            a.set_single(v);
        }
        // Flags.
        let mut f = Flags::default();
        while i < n {
            match fmt[i] {
                b'-' => f.left = true,
                b'+' => f.sign = true,
                b' ' => f.blank = true,
                b'#' => f.alt = true,
                b'0' => f.zero = true,
                _ => break,
            }
            i += 1;
        }
        // Width.
        let width: Option<usize>;
        if i < n && fmt[i] == b'*' {
            let v = a.next()?;
            let w = star_arg(&v)?;
            if w < 0 {
                f.left = true;
            }
            width = Some(w.unsigned_abs());
            i += 1;
        } else {
            let (w, k) = parse_num(fmt, i, "width too big")?;
            width = w;
            i = k;
        }
        // Precision.
        let mut prec: Option<usize> = None;
        if i < n && fmt[i] == b'.' {
            i += 1;
            if i < n && fmt[i] == b'*' {
                let v = a.next()?;
                let p = star_arg(&v)?;
                prec = Some(if p < 0 { 0 } else { p as usize });
                i += 1;
            } else {
                let (p, k) = parse_num(fmt, i, "precision too big")?;
                prec = Some(p.unwrap_or(0));
                i = k;
            }
        }
        // Length modifiers are accepted and ignored.
        while i < n && matches!(fmt[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i >= n {
            return Err(value_error("incomplete format"));
        }
        let conv_pos = i;
        let conv = if target == Target::Str {
            // Decode one character of the UTF-8 template.
            let s = std::str::from_utf8(&fmt[i..]).ok().and_then(|t| t.chars().next()).unwrap_or('?');
            i += s.len_utf8();
            s
        } else {
            i += 1;
            fmt[conv_pos] as char
        };
        let v = a.next()?;
        convert(&mut out, &v, conv, f, width, prec, target, fmt, conv_pos)?;
    }
    if a.idx < a.len && dict.is_none() {
        let what = if target == Target::Str { "string" } else { "bytes" };
        return Err(type_error(format!("not all arguments converted during {} formatting", what)));
    }
    Ok(out)
}

/// A `*` width or precision argument.
fn star_arg(v: &PyObject) -> PyResult<isize> {
    match as_int(v) {
        Some(i) => i.as_i64().map(|x| x as isize).ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
        None => Err(type_error("* wants int")),
    }
}

/// Decimal digits at `i`: (value if any digits, index after them).
fn parse_num(fmt: &[u8], mut i: usize, too_big: &str) -> PyResult<(Option<usize>, usize)> {
    let mut v: Option<usize> = None;
    while i < fmt.len() && fmt[i].is_ascii_digit() {
        let d = (fmt[i] - b'0') as usize;
        let cur = v.unwrap_or(0);
        if cur > (isize::MAX as usize - d) / 10 {
            return Err(value_error(too_big.to_string()));
        }
        v = Some(cur * 10 + d);
        i += 1;
    }
    Ok((v, i))
}

/// Pad `body` (already including its sign/prefix, split at `sign_len`)
/// to `width` per the flags, appending to `out`.
fn emit(out: &mut Vec<u8>, body: &[u8], sign_len: usize, nchars: usize, width: Option<usize>, f: Flags, numeric: bool) {
    let w = width.unwrap_or(0);
    if nchars >= w {
        out.extend_from_slice(body);
        return;
    }
    let pad = w - nchars;
    if f.left {
        out.extend_from_slice(body);
        out.extend(std::iter::repeat(b' ').take(pad));
    } else if f.zero && numeric {
        out.extend_from_slice(&body[..sign_len]);
        out.extend(std::iter::repeat(b'0').take(pad));
        out.extend_from_slice(&body[sign_len..]);
    } else {
        out.extend(std::iter::repeat(b' ').take(pad));
        out.extend_from_slice(body);
    }
}

#[allow(clippy::too_many_arguments)]
fn convert(
    out: &mut Vec<u8>,
    v: &PyObject,
    conv: char,
    f: Flags,
    width: Option<usize>,
    prec: Option<usize>,
    target: Target,
    fmt: &[u8],
    conv_pos: usize,
) -> PyResult<()> {
    match conv {
        's' | 'r' | 'a' | 'b' if target == Target::Bytes => {
            let data: Vec<u8> = match conv {
                'r' | 'a' => {
                    let r = super::str_format::object_ascii(v)?;
                    super::str::str_value(&r).unwrap_or("").as_bytes().to_vec()
                }
                _ => bytes_arg(v)?,
            };
            let data = match prec {
                Some(p) if p < data.len() => &data[..p],
                _ => &data[..],
            };
            emit(out, data, 0, data.len(), width, f, false);
        }
        's' | 'r' | 'a' => {
            let r = match conv {
                's' => protocol::str_(v)?,
                'r' => protocol::repr(v)?,
                _ => super::str_format::object_ascii(v)?,
            };
            let s = super::str::as_pystr(&r).map(|p| &*p.data).unwrap_or("");
            let (text, nchars) = truncate_chars(s, prec);
            emit(out, text.as_bytes(), 0, nchars, width, f, false);
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_arg(v, conv)?;
            let body = format_int(&n, conv, f, prec);
            let sign_len = sign_prefix_len(&body, conv, f);
            emit(out, body.as_bytes(), sign_len, body.len(), width, f, true);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_arg(v)?;
            let flags = FloatFlags { sign: f.sign, alt: f.alt, ..FloatFlags::default() };
            let mut body = float_to_string(x, conv, prec.unwrap_or(6), flags);
            if f.blank && !body.starts_with('-') && !body.starts_with('+') {
                body.insert(0, ' ');
            }
            let sign_len = usize::from(body.starts_with(['-', '+', ' ']));
            emit(out, body.as_bytes(), sign_len, body.len(), width, f, true);
        }
        'c' => {
            let mut buf = [0u8; 4];
            let c: &[u8] = match target {
                Target::Str => {
                    let ch = char_arg(v)?;
                    ch.encode_utf8(&mut buf).as_bytes()
                }
                Target::Bytes => {
                    buf[0] = byte_arg(v)?;
                    &buf[..1]
                }
            };
            emit(out, c, 0, 1, width, f, false);
        }
        _ => {
            let index = if target == Target::Str { super::str_ops::count_chars(&fmt[..conv_pos]) } else { conv_pos };
            let cp = conv as u32;
            let shown = if cp > 32 && cp < 128 { conv } else { '?' };
            return Err(value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown, cp, index
            )));
        }
    }
    Ok(())
}

/// The first `prec` characters of `s` and their count.
fn truncate_chars(s: &str, prec: Option<usize>) -> (&str, usize) {
    match prec {
        Some(p) => match s.char_indices().nth(p) {
            Some((b, _)) => (&s[..b], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    }
}

/// Length of the sign and `0x`-style prefix that zero padding goes after.
fn sign_prefix_len(body: &str, conv: char, f: Flags) -> usize {
    let mut n = usize::from(body.starts_with(['-', '+', ' ']));
    if f.alt && matches!(conv, 'o' | 'x' | 'X') {
        n += 2;
    }
    n
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
            return Err(type_error(format!("%{} format: a real number is required, not {}", conv, t.name())));
        }
        let r = match (t.nb_int.get(), t.nb_index.get()) {
            (Some(f), _) => f(v)?,
            (None, Some(f)) => f(v)?,
            _ => return Err(type_error(format!("%{} format: a real number is required, not {}", conv, t.name()))),
        };
        return as_int(&r)
            .map(|i| i.to_bigint())
            .ok_or_else(|| type_error(format!("__int__ returned non-int (type {})", r.type_().name())));
    }
    match t.nb_index.get() {
        Some(_) => {
            let r = protocol::index(v)?;
            Ok(as_int(&r).map(|i| i.to_bigint()).unwrap_or_default())
        }
        None => Err(type_error(format!("%{} format: an integer is required, not {}", conv, t.name()))),
    }
}

/// Sign, base prefix, zero-extended digits (precision = minimum digits).
fn format_int(n: &BigInt, conv: char, f: Flags, prec: Option<usize>) -> String {
    let base = match conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = n.abs().to_str_radix(base);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut s = String::with_capacity(digits.len() + 4);
    if n.is_negative() {
        s.push('-');
    } else if f.sign {
        s.push('+');
    } else if f.blank {
        s.push(' ');
    }
    if f.alt {
        match conv {
            'o' => s.push_str("0o"),
            'x' => s.push_str("0x"),
            'X' => s.push_str("0X"),
            _ => {}
        }
    }
    if let Some(p) = prec {
        for _ in digits.len()..p {
            s.push('0');
        }
    }
    s.push_str(&digits);
    s
}

/// The float of `%f`-style conversions (`float(v)`).
fn float_arg(v: &PyObject) -> PyResult<f64> {
    super::str_format::to_f64(v).and_then(|x| x.ok_or_else(|| type_error(format!("must be real number, not {}", v.type_().name()))))
}

/// `%c` of str: an int code point or a one-character str.
fn char_arg(v: &PyObject) -> PyResult<char> {
    if let Some(s) = as_pystr(v) {
        if s.char_len == 1 {
            return Ok(s.data.chars().next().unwrap_or('\0'));
        }
        return Err(type_error("%c requires int or char"));
    }
    if let Some(i) = as_int(v) {
        return i
            .as_i64()
            .filter(|x| (0..0x110000).contains(x))
            .and_then(|x| char::from_u32(x as u32))
            .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "%c arg not in range(0x110000)"));
    }
    Err(type_error("%c requires int or char"))
}

/// `%c` of bytes: an int in range(256) or a one-byte bytes object.
fn byte_arg(v: &PyObject) -> PyResult<u8> {
    if let Some(b) = super::bytes::buffer_bytes(v) {
        if b.len() == 1 {
            return Ok(b[0]);
        }
    } else if let Some(i) = as_int(v) {
        return i
            .as_i64()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_bodies() {
        let f = Flags::default();
        assert_eq!(format_int(&BigInt::from(-255), 'x', Flags { alt: true, ..f }, None), "-0xff");
        assert_eq!(format_int(&BigInt::from(10), 'x', Flags { alt: true, ..f }, Some(3)), "0x00a");
        assert_eq!(format_int(&BigInt::from(-5), 'd', Flags { sign: true, ..f }, Some(3)), "-005");
        assert_eq!(format_int(&BigInt::from(255), 'X', Flags { alt: true, ..f }, None), "0XFF");
        assert_eq!(format_int(&BigInt::from(8), 'o', Flags { alt: true, ..f }, None), "0o10");
    }

    #[test]
    fn padding() {
        let mut out = Vec::new();
        emit(&mut out, b"-0xff", 3, 5, Some(8), Flags { zero: true, ..Flags::default() }, true);
        assert_eq!(out, b"-0x000ff");
        out.clear();
        emit(&mut out, b"3", 0, 1, Some(5), Flags { left: true, zero: true, ..Flags::default() }, true);
        assert_eq!(out, b"3    ");
    }
}
