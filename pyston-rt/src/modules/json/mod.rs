//! The native `_json` speedups that `json` picks up one by one:
//! `scanstring` (CPython's `scanstring_unicode`: escapes, surrogate
//! pairs, strict control-character check, `JSONDecodeError` positions in
//! characters) and `encode_basestring` / `encode_basestring_ascii`.
//! `make_scanner` (scanner.rs) and `make_encoder` (encoder.rs) are the
//! native scanner and encoder.

mod encoder;
mod scanner;
pub use encoder::ENCODER_TYPE;
pub use scanner::SCANNER_TYPE;

use crate::object::args;
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error, PyErr};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};

fn expect_str(o: &PyObject) -> PyResult<&str> {
    str_value(o).ok_or_else(|| type_error(format!("first argument must be a string, not {}", o.type_().name())))
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`.
fn decode_error(msg: &str, doc: &PyObject, pos: usize) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let name = new_str("json.decoder");
        let fromlist = new_tuple(vec![new_str("JSONDecodeError")]);
        let m = crate::import::import_module_level(&name, None, Some(&fromlist), 0)?;
        let cls = protocol::getattr_str(&m, "JSONDecodeError")?;
        let (msg, pos) = (new_str(msg), new_int(pos as i64));
        let e = protocol::call(&cls, &[&msg, doc, &pos], None)?;
        if crate::object::exceptions::as_exception(&e).is_none() {
            return Err(type_error("JSONDecodeError is not an exception"));
        }
        Ok(PyErr::from_value(e))
    };
    match build() {
        Ok(e) | Err(e) => e,
    }
}

fn hex4(chars: &[char], at: usize) -> Option<u32> {
    let mut v = 0;
    for c in chars.get(at..at + 4)? {
        v = v * 16 + c.to_digit(16)?;
    }
    Some(v)
}

/// CPython's `scanstring_unicode`: the string starting after the quote at
/// `end - 1`; returns the text and the index after the closing quote.
fn scanstring(doc: &PyObject, text: &str, end: isize, strict: bool) -> PyResult<(String, usize)> {
    let chars: Vec<char> = text.chars().collect();
    if end < 0 || end as usize > chars.len() {
        return Err(value_error("end is out of bounds"));
    }
    scanstring_chars(doc, &chars, end as usize, strict)
}

/// `scanstring` over the document's characters (`end <= chars.len()`).
fn scanstring_chars(doc: &PyObject, chars: &[char], mut end: usize, strict: bool) -> PyResult<(String, usize)> {
    let len = chars.len();
    let begin = end.wrapping_sub(1);
    let mut out = String::new();
    loop {
        let mut next = end;
        let mut c = '\0';
        while next < len {
            c = chars[next];
            if c == '"' || c == '\\' {
                break;
            }
            if (c as u32) <= 0x1f && strict {
                return Err(decode_error("Invalid control character at", doc, next));
            }
            next += 1;
        }
        if next == len || !(c == '"' || c == '\\') {
            return Err(decode_error("Unterminated string starting at", doc, begin));
        }
        out.extend(&chars[end..next]);
        next += 1;
        if c == '"' {
            end = next;
            break;
        }
        if next == len {
            return Err(decode_error("Unterminated string starting at", doc, begin));
        }
        let e = chars[next];
        if e != 'u' {
            end = next + 1;
            let ch = match e {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => return Err(decode_error("Invalid \\escape", doc, end - 2)),
            };
            out.push(ch);
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(decode_error("Invalid \\uXXXX escape", doc, next - 1));
        }
        let Some(mut u) = hex4(chars, next) else {
            return Err(decode_error("Invalid \\uXXXX escape", doc, end - 5));
        };
        if (0xd800..0xdc00).contains(&u) && end + 6 < len && chars[end] == '\\' && chars[end + 1] == 'u' {
            let Some(u2) = hex4(chars, end + 2) else {
                return Err(decode_error("Invalid \\uXXXX escape", doc, end + 1));
            };
            if (0xdc00..0xe000).contains(&u2) {
                u = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
                end += 6;
            }
        }
        match crate::object::str_surr::char_of_code_point(u)? {
            Some(ch) => out.push(ch),
            None => return Err(value_error(format!("invalid \\u{:04x} escape in a JSON string", u))),
        }
    }
    Ok((out, end))
}

fn f_scanstring(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("scanstring", kw)?;
    args::check_positional("scanstring", a.len(), 2, 3)?;
    let text = expect_str(a[0])?;
    let end = args::expect_index(a[1])?;
    let strict = a.get(2).map_or(Ok(true), |s| protocol::is_true(s))?;
    let (s, end) = scanstring(a[0], text, end, strict)?;
    Ok(new_tuple(vec![new_str(s), new_int(end as i64)]))
}

fn escape_into(out: &mut String, c: char, ascii_only: bool) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if crate::object::str_surr::is_surrogate_char(c) && ascii_only => {
            out.push_str(&format!("\\u{:04x}", crate::object::str_surr::code_point(c)));
        }
        c if (c as u32) < 0x20 || (ascii_only && !(' '..='~').contains(&c)) => {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                out.push_str(&format!("\\u{:04x}", unit));
            }
        }
        c => out.push(c),
    }
}

fn encode(a: &[&PyObject], kw: Option<&PyObject>, name: &str, ascii_only: bool) -> PyResult<PyRef> {
    let s = args::one_arg(name, a, kw)?;
    let text = expect_str(s)?;
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        escape_into(&mut out, c, ascii_only);
    }
    out.push('"');
    Ok(new_str(out))
}

fn f_encode_basestring_ascii(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    encode(a, kw, "encode_basestring_ascii", true)
}

fn f_encode_basestring(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    encode(a, kw, "encode_basestring", false)
}

static FUNCS: [MethodDef; 3] = [
    MethodDef {
        name: "scanstring",
        func: f_scanstring,
        flags: 0,
        doc: "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string.",
    },
    MethodDef {
        name: "encode_basestring_ascii",
        func: f_encode_basestring_ascii,
        flags: 0,
        doc: "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string",
    },
    MethodDef {
        name: "encode_basestring",
        func: f_encode_basestring,
        flags: 0,
        doc: "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string",
    },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_json");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_json");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "make_scanner", SCANNER_TYPE.to_ref());
    dict_set_item_str(d, "make_encoder", ENCODER_TYPE.to_ref());
    dict_set_item_str(d, "__doc__", new_str("json speedups\n"));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let mut s = String::new();
        for c in "a\"\u{1}\u{e9}\u{1f600}".chars() {
            escape_into(&mut s, c, true);
        }
        assert_eq!(s, "a\\\"\\u0001\\u00e9\\ud83d\\ude00");
    }
}
