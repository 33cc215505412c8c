//! `_json.make_scanner` (CPython's `c_make_scanner`, type `_json.Scanner`):
//! built from a `JSONDecoder`, called `(string, idx)` it returns
//! `(value, end)` or raises `StopIteration(idx)`; errors are
//! `JSONDecodeError` with CPython's messages and character positions.
//! Object keys are memoized per call; ints and floats take a fast path
//! when `parse_int`/`parse_float` are the builtin types.

use super::{decode_error, scanstring_chars};
use crate::object::args;
use crate::object::dict::{dict_set, new_dict};
use crate::object::exceptions::{stop_iteration, type_error, value_error, PyErr};
use crate::object::float::{new_float, FLOAT_TYPE};
use crate::object::header::{new_object, PyObject, PyRef};
use crate::object::int::{new_bigint, new_bool, new_int, INT_TYPE};
use crate::object::list::new_list;
use crate::object::list_methods::list_append;
use crate::object::singletons::none;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{as_type, drop_payload, slot, type_flags, TypeObject};
use crate::object::{protocol, PyResult, Static};
use std::cell::RefCell;
use std::collections::HashMap;

#[repr(C)]
pub struct Scanner {
    ob: PyObject,
    strict: bool,
    /// object_hook, object_pairs_hook, parse_float, parse_int, parse_constant.
    hooks: RefCell<[PyRef; 5]>,
}

pub static SCANNER_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
    tp_traverse: slot(s_traverse),
    tp_clear: slot(s_clear),
    tp_drop: slot(drop_payload::<Scanner>),
    tp_new: slot(s_new),
    tp_call: slot(s_call),
    tp_getattro: slot(crate::object::object_type::generic_getattr),
    module: Some("_json"),
    doc: Some("JSON scanner object"),
    ..TypeObject::new_static("Scanner", std::mem::size_of::<Scanner>())
});
use std::cell::Cell;

fn of(o: &PyObject) -> &Scanner {
    assert!(o.is_instance_of(&SCANNER_TYPE), "Scanner slot on a non-Scanner");
    // SAFETY: checked the type; subclasses share the payload.
    unsafe { o.cast::<Scanner>() }
}

fn s_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    for h in of(o).hooks.borrow().iter() {
        visit(h);
    }
}

fn s_clear(o: &PyObject) {
    let old = of(o).hooks.replace([none(), none(), none(), none(), none()]);
    drop(old);
}

fn s_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    args::Params::new("make_scanner", &["context"], 1).parse(a, kw, &mut out)?;
    let ctx = out[0].expect("required");
    let strict = protocol::is_true(&*protocol::getattr_str(ctx, "strict")?)?;
    let get = |n: &str| protocol::getattr_str(ctx, n);
    let hooks = [get("object_hook")?, get("object_pairs_hook")?, get("parse_float")?, get("parse_int")?, get("parse_constant")?];
    Ok(new_object(t, |ob| Scanner { ob, strict, hooks: RefCell::new(hooks) }))
}

struct Ctx<'a> {
    doc: &'a PyObject,
    chars: &'a [char],
    strict: bool,
    object_hook: Option<PyRef>,
    pairs_hook: Option<PyRef>,
    parse_float: Option<PyRef>,
    parse_int: Option<PyRef>,
    parse_constant: PyRef,
    memo: HashMap<String, PyRef>,
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn is_type(o: &PyObject, t: &TypeObject) -> bool {
    as_type(o).is_some_and(|x| std::ptr::eq(x, t))
}

fn stop(idx: usize) -> PyErr {
    stop_iteration(Some(new_int(idx as i64)))
}

impl Ctx<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        i
    }

    fn matches(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        i + n <= self.chars.len() && self.chars[i..i + n].iter().copied().eq(word.chars())
    }

    fn scan_once(&mut self, idx: usize) -> PyResult<(PyRef, usize)> {
        let Some(c) = self.at(idx) else {
            return Err(stop(idx));
        };
        match c {
            '"' => {
                let (s, end) = scanstring_chars(self.doc, self.chars, idx + 1, self.strict)?;
                return Ok((new_str(s), end));
            }
            '{' => {
                crate::runtime::enter_recursive_call(" while decoding a JSON object from a unicode string")?;
                let r = self.parse_object(idx + 1);
                crate::runtime::leave_recursive_call();
                return r;
            }
            '[' => {
                crate::runtime::enter_recursive_call(" while decoding a JSON array from a unicode string")?;
                let r = self.parse_array(idx + 1);
                crate::runtime::leave_recursive_call();
                return r;
            }
            'n' if self.matches(idx, "null") => return Ok((none(), idx + 4)),
            't' if self.matches(idx, "true") => return Ok((new_bool(true), idx + 4)),
            'f' if self.matches(idx, "false") => return Ok((new_bool(false), idx + 5)),
            'N' if self.matches(idx, "NaN") => return self.constant("NaN", idx),
            'I' if self.matches(idx, "Infinity") => return self.constant("Infinity", idx),
            '-' if self.matches(idx, "-Infinity") => return self.constant("-Infinity", idx),
            _ => {}
        }
        self.number(idx)
    }

    fn constant(&self, name: &str, idx: usize) -> PyResult<(PyRef, usize)> {
        let s = new_str(name);
        let v = protocol::call(&self.parse_constant, &[&s], None)?;
        Ok((v, idx + name.len()))
    }

    fn number(&self, start: usize) -> PyResult<(PyRef, usize)> {
        let digit = |i: usize| self.at(i).is_some_and(|c| c.is_ascii_digit());
        let mut idx = start;
        if self.at(idx) == Some('-') {
            idx += 1;
        }
        match self.at(idx) {
            Some('1'..='9') => {
                idx += 1;
                while digit(idx) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return Err(stop(start)),
        }
        let mut is_float = false;
        if self.at(idx) == Some('.') && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        // CPython looks at an exponent only when a character follows the 'e'.
        if matches!(self.at(idx), Some('e' | 'E')) && idx + 1 < self.chars.len() {
            let e_start = idx;
            idx += 1;
            if matches!(self.at(idx), Some('-' | '+')) && idx + 1 < self.chars.len() {
                idx += 1;
            }
            while digit(idx) {
                idx += 1;
            }
            if digit(idx - 1) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = self.chars[start..idx].iter().collect();
        let custom = if is_float { &self.parse_float } else { &self.parse_int };
        if let Some(f) = custom {
            let s = new_str(text);
            return Ok((protocol::call(f, &[&s], None)?, idx));
        }
        let v = if is_float {
            new_float(text.parse::<f64>().map_err(|_| value_error(format!("could not convert string to float: '{}'", text)))?)
        } else if text.len() <= 18 {
            new_int(text.parse::<i64>().map_err(|_| value_error("invalid int"))?)
        } else {
            let s = new_str(text.as_str());
            new_bigint(crate::object::int_methods::int_from_text(&text, 10, &s)?)
        };
        Ok((v, idx))
    }

    fn parse_object(&mut self, start: usize) -> PyResult<(PyRef, usize)> {
        let pairs = self.pairs_hook.is_some();
        let mut items: Vec<PyRef> = Vec::new();
        let dict = if pairs { None } else { Some(new_dict()) };
        let mut idx = self.skip_ws(start);
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return Err(decode_error("Expecting property name enclosed in double quotes", self.doc, idx));
                }
                let (k, next) = scanstring_chars(self.doc, self.chars, idx + 1, self.strict)?;
                let key = match self.memo.get(&k) {
                    Some(v) => v.clone(),
                    None => {
                        let v = new_str(k.as_str());
                        self.memo.insert(k, v.clone());
                        v
                    }
                };
                idx = self.skip_ws(next);
                if self.at(idx) != Some(':') {
                    return Err(decode_error("Expecting ':' delimiter", self.doc, idx));
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = self.scan_once(idx)?;
                match &dict {
                    Some(d) => dict_set(d, &key, &val)?,
                    None => items.push(new_tuple(vec![key, val])),
                }
                idx = self.skip_ws(next);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(decode_error("Expecting ',' delimiter", self.doc, idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        let next = idx + 1;
        if let Some(h) = &self.pairs_hook {
            let l = new_list(items);
            return Ok((protocol::call(h, &[&l], None)?, next));
        }
        let d = dict.expect("dict");
        if let Some(h) = &self.object_hook {
            return Ok((protocol::call(h, &[&d], None)?, next));
        }
        Ok((d, next))
    }

    fn parse_array(&mut self, start: usize) -> PyResult<(PyRef, usize)> {
        let list = new_list(Vec::new());
        let mut idx = self.skip_ws(start);
        if self.at(idx) != Some(']') {
            loop {
                let (val, next) = self.scan_once(idx)?;
                list_append(&list, val);
                idx = self.skip_ws(next);
                if self.at(idx) == Some(']') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(decode_error("Expecting ',' delimiter", self.doc, idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((list, idx + 1))
    }
}

fn s_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    args::Params::new("scan_once", &["string", "idx"], 2).parse(a, kw, &mut out)?;
    let (doc, idx) = (out[0].expect("required"), out[1].expect("required"));
    let idx = args::expect_index(idx)?;
    let Some(text) = str_value(doc) else {
        return Err(type_error(format!("first argument must be a string, not {}", doc.type_().name())));
    };
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let s = of(o);
    let hooks = s.hooks.borrow().clone();
    let [object_hook, pairs_hook, parse_float, parse_int, parse_constant] = hooks;
    let opt = |h: PyRef| if crate::object::singletons::is_none(&h) { None } else { Some(h) };
    let chars: Vec<char> = text.chars().collect();
    let mut ctx = Ctx {
        doc,
        chars: &chars,
        strict: s.strict,
        object_hook: opt(object_hook),
        pairs_hook: opt(pairs_hook),
        parse_float: if is_type(&parse_float, &FLOAT_TYPE) { None } else { Some(parse_float) },
        parse_int: if is_type(&parse_int, &INT_TYPE) { None } else { Some(parse_int) },
        parse_constant,
        memo: HashMap::new(),
    };
    let (v, end) = ctx.scan_once(idx as usize)?;
    Ok(new_tuple(vec![v, new_int(end as i64)]))
}
