//! The native `_tokenize` module of CPython 3.11: `TokenizerIter(source)`
//! yields the C tokenizer's tuples `(string, type, lineno, end_lineno,
//! col_offset, end_col_offset, line)`. The tokens come from the pure
//! `tokenize.generate_tokens`, reshaped as the C tokenizer reports them:
//! exact operator types, no COMMENT/NL tokens (a comment before a NEWLINE
//! becomes that NEWLINE's text), empty INDENT/DEDENT strings at column -1,
//! NEWLINE empty at its column, the final DEDENTs on the last line, and no
//! ENDMARKER.

use crate::object::args::Params;
use crate::object::dict::dict_get;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{int_value_i64, new_int};
use crate::object::module::new_native_module;
use crate::object::str::{empty_str, new_str, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{drop_payload, slot, type_flags, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, RefCell};

const NEWLINE: i64 = 4;
const INDENT: i64 = 5;
const DEDENT: i64 = 6;
const OP: i64 = 54;
const COMMENT: i64 = 61;
const NL: i64 = 62;
const ENDMARKER: i64 = 0;

#[repr(C)]
struct TokIter {
    ob: PyObject,
    /// The pure tokenizer's generator.
    gen: PyRef,
    /// `token.EXACT_TOKEN_TYPES`.
    exact: PyRef,
    /// A comment waiting for its NEWLINE: (text, start col, end col).
    comment: RefCell<Option<(PyRef, i64, i64)>>,
    /// The last line seen (number, text), for the final DEDENTs.
    last: RefCell<(i64, PyRef)>,
}

pub static TOKENIZER_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<TokIter>),
    tp_traverse: slot(ti_traverse),
    tp_new: slot(ti_new),
    tp_iter: slot(crate::object::seqiter::self_iter),
    tp_iternext: slot(ti_next),
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
    module: Some("_tokenize"),
    ..TypeObject::new_static("TokenizerIter", std::mem::size_of::<TokIter>())
});

fn ti(o: &PyObject) -> &TokIter {
    assert!(o.is_instance_of(&TOKENIZER_ITER_TYPE), "TokenizerIter slot on another type");
    // SAFETY: checked the type.
    unsafe { o.cast::<TokIter>() }
}

fn ti_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let t = ti(o);
    visit(&t.gen);
    visit(&t.exact);
}

fn import(name: &str) -> PyResult<PyRef> {
    crate::import::import_module_level(&new_str(name), None, None, 0)
}

fn ti_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params { fname: "tokenizeriter", names: &["source"], required: 1, posonly: 0, kwonly: 1 }.parse(a, kw, &mut out)?;
    let src = out[0].unwrap();
    if str_value(src).is_none() {
        return Err(crate::object::exceptions::type_error(format!(
            "tokenizeriter() argument 'source' must be str, not {}",
            src.type_().name()
        )));
    }
    let io = import("io")?;
    let tokenize = import("tokenize")?;
    let token = import("token")?;
    let sio_type = protocol::getattr_str(&io, "StringIO")?;
    // The C tokenizer reads a missing final newline as present.
    let text = str_value(src).unwrap_or("");
    let sio = if text.is_empty() || text.ends_with('\n') {
        protocol::call1(&sio_type, src)?
    } else {
        protocol::call1(&sio_type, &new_str(format!("{}\n", text)))?
    };
    let readline = protocol::getattr_str(&sio, "readline")?;
    let generate = protocol::getattr_str(&tokenize, "generate_tokens")?;
    let gen = protocol::call1(&generate, &readline)?;
    let exact = protocol::getattr_str(&token, "EXACT_TOKEN_TYPES")?;
    Ok(new_object(t, |ob| TokIter { ob, gen, exact, comment: RefCell::new(None), last: RefCell::new((1, empty_str())) }))
}

fn int_at(items: &[PyRef], i: usize) -> i64 {
    int_value_i64(&items[i]).unwrap_or(0)
}

fn ti_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    let t = ti(o);
    loop {
        let Some(tok) = protocol::next(&t.gen)? else { return Ok(None) };
        // TokenInfo(type, string, start, end, line)
        let f = tuple_slice(&tok).map(|s| s.to_vec()).unwrap_or_default();
        if f.len() != 5 {
            return Ok(None);
        }
        let typ = int_value_i64(&f[0]).unwrap_or(0);
        let (start, end) = (tuple_slice(&f[2]).unwrap_or(&[]).to_vec(), tuple_slice(&f[3]).unwrap_or(&[]).to_vec());
        let (sl, sc, el, ec) = (int_at(&start, 0), int_at(&start, 1), int_at(&end, 0), int_at(&end, 1));
        let line = f[4].clone();
        let line_empty = str_value(&line).map_or(true, str::is_empty);
        if !line_empty {
            *t.last.borrow_mut() = (sl, line.clone());
        }
        let tuple = |s: PyRef, ty: i64, l1: i64, l2: i64, c1: i64, c2: i64, line: PyRef| {
            new_tuple(vec![s, new_int(ty), new_int(l1), new_int(l2), new_int(c1), new_int(c2), line])
        };
        match typ {
            ENDMARKER => return Ok(None),
            COMMENT => {
                *t.comment.borrow_mut() = Some((f[1].clone(), sc, ec));
            }
            NL => {
                t.comment.borrow_mut().take();
            }
            NEWLINE => {
                return Ok(Some(match t.comment.borrow_mut().take() {
                    Some((text, c1, c2)) => tuple(text, NEWLINE, sl, sl, c1, c2, line),
                    None => tuple(empty_str(), NEWLINE, sl, sl, sc, sc, line),
                }));
            }
            INDENT => return Ok(Some(tuple(empty_str(), INDENT, sl, sl, -1, -1, line))),
            DEDENT => {
                if line_empty {
                    let (l, text) = t.last.borrow().clone();
                    return Ok(Some(tuple(empty_str(), DEDENT, l, l, -1, -1, text)));
                }
                return Ok(Some(tuple(empty_str(), DEDENT, sl, sl, -1, -1, line)));
            }
            _ => {
                let ty = if typ == OP { dict_get(&t.exact, &f[1])?.and_then(|v| int_value_i64(&v)).unwrap_or(OP) } else { typ };
                return Ok(Some(tuple(f[1].clone(), ty, sl, el, sc, ec, line)));
            }
        }
    }
}

pub fn tokenize_types() -> Vec<&'static TypeObject> {
    vec![&TOKENIZER_ITER_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("_tokenize", &[], vec![("TokenizerIter", TOKENIZER_ITER_TYPE.to_ref())]))
}
