//! ASCII ("ctype") operations of `bytes` and `bytearray`: case mapping,
//! predicates, padding, `translate`/`maketrans`, `hex`/`fromhex`.

use super::args::{check_positional, expect_index, no_kwargs, one_arg, Params};
use super::bytearray::as_bytearray;
use super::bytes::{buffer_bytes, bytes_from_slice, expect_buffer, new_bytes};
use super::bytes_methods::{data, is_byte_space, kind_name, make, part};
use super::exceptions::{type_error, value_error, PyErr, MEMORY_ERROR};
use super::header::{PyObject, PyRef};
use super::int::new_bool;
use super::singletons::is_none;
use super::str::{as_pystr, new_ascii_str};
use super::PyResult;

macro_rules! map_method {
    ($name:ident, $qual:literal, $f:expr) => {
        pub fn $name(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
            super::str_common::no_arguments(&format!("{}.{}", kind_name(args[0]), $qual), &args[1..], kwnames)?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(make(args[0], f(data(args[0]))))
        }
    };
}

map_method!(b_lower, "lower", |d| d.to_ascii_lowercase());
map_method!(b_upper, "upper", |d| d.to_ascii_uppercase());
map_method!(b_swapcase, "swapcase", |d| d
    .iter()
    .map(|&b| if b.is_ascii_lowercase() { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
    .collect());
map_method!(b_capitalize, "capitalize", |d| d
    .iter()
    .enumerate()
    .map(|(i, &b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
    .collect());
map_method!(b_title, "title", title_bytes);

/// ASCII title case: upper after an uncased byte, lower after a cased one.
fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let r = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

macro_rules! predicate {
    ($name:ident, $qual:literal, $f:expr) => {
        pub fn $name(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
            super::str_common::no_arguments(&format!("{}.{}", kind_name(args[0]), $qual), &args[1..], kwnames)?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(new_bool(f(data(args[0]))))
        }
    };
}

predicate!(b_isalnum, "isalnum", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_alphanumeric()));
predicate!(b_isalpha, "isalpha", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_alphabetic()));
predicate!(b_isascii, "isascii", |d| d.is_ascii());
predicate!(b_isdigit, "isdigit", |d| !d.is_empty() && d.iter().all(|b| b.is_ascii_digit()));
predicate!(b_isspace, "isspace", |d| !d.is_empty() && d.iter().all(|&b| is_byte_space(b)));
predicate!(b_islower, "islower", |d| d.iter().any(|b| b.is_ascii_lowercase()) && !d.iter().any(|b| b.is_ascii_uppercase()));
predicate!(b_isupper, "isupper", |d| d.iter().any(|b| b.is_ascii_uppercase()) && !d.iter().any(|b| b.is_ascii_lowercase()));
predicate!(b_istitle, "istitle", istitle_bytes);

fn istitle_bytes(d: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn justify(args: &[&PyObject], kwnames: Option<&PyObject>, name: &str) -> PyResult<PyRef> {
    no_kwargs(&format!("{}.{}", kind_name(args[0]), name), kwnames)?;
    check_positional(name, args.len() - 1, 1, 2)?;
    let width = expect_index(args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(f) => match buffer_bytes(f) {
            Some(b) if b.len() == 1 && (super::bytes::as_bytes(f).is_some() || as_bytearray(f).is_some()) => b[0],
            _ => {
                return Err(type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    f.type_().name()
                )))
            }
        },
    };
    let d = data(args[0]);
    if width <= d.len() as isize {
        return Ok(part(args[0], 0, d.len()));
    }
    let marg = width as usize - d.len();
    let (l, r) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & width as usize & 1);
            (l, marg - l)
        }
    };
    let mut out = Vec::new();
    out.try_reserve_exact(width as usize).map_err(|_| PyErr::new(&MEMORY_ERROR, ""))?;
    out.resize(l, fill);
    out.extend_from_slice(d);
    out.resize(l + d.len() + r, fill);
    Ok(make(args[0], out))
}

pub fn b_center(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    justify(args, kwnames, "center")
}

pub fn b_ljust(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    justify(args, kwnames, "ljust")
}

pub fn b_rjust(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    justify(args, kwnames, "rjust")
}

pub fn b_zfill(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let qual = format!("{}.zfill", kind_name(args[0]));
    let w = one_arg(&qual, &args[1..], kwnames)?;
    let width = expect_index(w)?;
    let d = data(args[0]);
    if width <= d.len() as isize {
        return Ok(part(args[0], 0, d.len()));
    }
    let fill = width as usize - d.len();
    let mut out = Vec::with_capacity(width as usize);
    let (sign, rest) = match d.first() {
        Some(b'+') | Some(b'-') => d.split_at(1),
        _ => (&d[..0], d),
    };
    out.extend_from_slice(sign);
    out.resize(sign.len() + fill, b'0');
    out.extend_from_slice(rest);
    Ok(make(args[0], out))
}

pub fn b_expandtabs(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("expandtabs", &["tabsize"], 0);
    let mut a = [None; 1];
    P.parse(&args[1..], kwnames, &mut a)?;
    let tabsize = match a[0] {
        Some(t) => expect_index(t)?,
        None => 8,
    };
    let d = data(args[0]);
    let mut out = Vec::with_capacity(d.len());
    let mut col = 0usize;
    for &b in d {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize as usize - col % tabsize as usize;
                    out.try_reserve(n).map_err(|_| PyErr::new(&MEMORY_ERROR, ""))?;
                    out.resize(out.len() + n, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(make(args[0], out))
}

/// `translate(table, /, delete=b'')`
pub fn b_translate(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let p = Params { fname: "translate", names: &["table", "delete"], required: 1, posonly: 1, kwonly: 2 };
    let mut a = [None; 2];
    p.parse(&args[1..], kwnames, &mut a)?;
    let table: Option<Vec<u8>> = match a[0] {
        Some(t) if !is_none(t) => {
            let t = expect_buffer(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t.to_vec())
        }
        _ => None,
    };
    let delete: Vec<u8> = match a[1] {
        Some(d) => expect_buffer(d)?.to_vec(),
        None => Vec::new(),
    };
    let mut del = [false; 256];
    for &b in &delete {
        del[b as usize] = true;
    }
    let d = data(args[0]);
    let out: Vec<u8> = d
        .iter()
        .filter(|&&b| !del[b as usize])
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    if table.is_none() && out.len() == d.len() {
        return Ok(part(args[0], 0, d.len()));
    }
    Ok(make(args[0], out))
}

/// `bytes.maketrans(frm, to)` (static).
pub fn b_maketrans(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("maketrans", kwnames)?;
    check_positional("maketrans", args.len(), 2, 2)?;
    let frm = expect_buffer(args[0])?.to_vec();
    let to = expect_buffer(args[1])?.to_vec();
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (a, b) in frm.iter().zip(&to) {
        t[*a as usize] = *b;
    }
    Ok(new_bytes(t))
}

/// `hex(sep=<unrepresentable>, bytes_per_sep=1)`
pub fn b_hex(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("hex", &["sep", "bytes_per_sep"], 0);
    let mut a = [None; 2];
    P.parse(&args[1..], kwnames, &mut a)?;
    let sep: Option<u8> = match a[0] {
        None => None,
        Some(s) => {
            let (len, first) = if let Some(ps) = as_pystr(s) {
                (ps.char_len, ps.data.chars().next().map(|c| c as u32))
            } else if let Some(b) = buffer_bytes(s) {
                (b.len(), b.first().map(|&x| x as u32))
            } else {
                return Err(type_error(format!("object of type '{}' has no len()", s.type_().name())));
            };
            if len != 1 {
                return Err(value_error("sep must be length 1."));
            }
            match first {
                Some(c) if c < 128 => Some(c as u8),
                _ => return Err(value_error("sep must be ASCII.")),
            }
        }
    };
    let per = match a[1] {
        Some(n) => expect_index(n)?,
        None => 1,
    };
    Ok(new_ascii_str(hex_string(data(args[0]), sep, per)))
}

/// Hex digits of `d`, with `sep` every `per` bytes (counted from the right
/// when `per > 0`, from the left when negative).
pub fn hex_string(d: &[u8], sep: Option<u8>, per: isize) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(d.len() * 3);
    let group = per.unsigned_abs();
    for (i, &b) in d.iter().enumerate() {
        if let Some(s) = sep {
            if group > 0 && i > 0 {
                let boundary = if per > 0 { (d.len() - i) % group == 0 } else { i % group == 0 };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    // SAFETY: only ASCII hex digits and an ASCII separator were written.
    unsafe { String::from_utf8_unchecked(out) }
}

/// Parse a `fromhex` string: pairs of hex digits, ASCII whitespace between pairs.
pub fn parse_hex(s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |pos: usize| value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", pos));
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() && is_byte_space(c as u8) {
            i += 1;
            continue;
        }
        let hi = c.to_digit(16).filter(|_| c.is_ascii()).ok_or_else(|| bad(i))?;
        let lo = chars.get(i + 1).filter(|c| c.is_ascii()).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `fromhex(string)` (classmethod: args[0] is the class).
pub fn b_fromhex(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let cls = args[0];
    let name = super::typeobj::as_type(cls).map_or("bytes", |t| if t.is_subtype(&super::bytearray::BYTEARRAY_TYPE) { "bytearray" } else { "bytes" });
    let s = one_arg(&format!("{}.fromhex", name), &args[1..], kwnames)?;
    let Some(text) = super::str::str_value(s) else {
        return Err(type_error(format!("fromhex() argument must be str, not {}", s.type_().name())));
    };
    let v = parse_hex(text)?;
    let exact_bytes = cls.is(super::bytes::BYTES_TYPE.obj());
    let exact_ba = cls.is(super::bytearray::BYTEARRAY_TYPE.obj());
    if exact_bytes {
        return Ok(new_bytes(v));
    }
    if exact_ba {
        return Ok(super::bytearray::new_bytearray(v));
    }
    // A subclass: cls(bytes_value).
    let b = bytes_from_slice(&v);
    super::protocol::call1(cls, &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups() {
        assert_eq!(hex_string(b"abc", Some(b':'), 2), "61:6263");
        assert_eq!(hex_string(b"abcde", Some(b':'), -2), "6162:6364:65");
        assert_eq!(hex_string(b"abcdef", Some(b':'), 4), "6162:63646566");
        assert_eq!(hex_string(b"ab", Some(b':'), 0), "6162");
        assert_eq!(hex_string(b"ab", None, 1), "6162");
    }

    #[test]
    fn title_and_istitle() {
        assert_eq!(title_bytes(b"Hello wORLD 1a"), b"Hello World 1A");
        assert!(istitle_bytes(b"Ab Cd"));
        assert!(!istitle_bytes(b"aBc"));
        assert!(!istitle_bytes(b"12"));
    }
}
