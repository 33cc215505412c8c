//! `io.IncrementalNewlineDecoder`: wraps an incremental decoder (or None
//! for text input), records which newline kinds were seen and optionally
//! translates `\r\n` and `\r` to `\n`, holding back a trailing `\r` until
//! the next call (CPython's textio.c semantics).

use crate::object::args::Params;
use crate::object::exceptions::type_error;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{as_int, new_int};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, RefCell};

const LF: u8 = 1;
const CR: u8 = 2;
const CRLF: u8 = 4;

#[repr(C)]
pub struct PyNewlineDecoder {
    ob: PyObject,
    decoder: RefCell<Option<PyRef>>,
    translate: Cell<bool>,
    pendingcr: Cell<bool>,
    seennl: Cell<u8>,
}

fn this(o: &PyObject) -> PyResult<&PyNewlineDecoder> {
    if !o.is_instance_of(&NEWLINE_DECODER_TYPE) {
        return Err(type_error(format!(
            "descriptor requires a '_io.IncrementalNewlineDecoder' object but received '{}'",
            o.type_().name()
        )));
    }
    // SAFETY: checked the type; subclasses extend this payload.
    Ok(unsafe { o.cast::<PyNewlineDecoder>() })
}

fn nl_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyNewlineDecoder {
        ob,
        decoder: RefCell::new(None),
        translate: Cell::new(false),
        pendingcr: Cell::new(false),
        seennl: Cell::new(0),
    }))
}

fn nl_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    static P: Params = Params::new("IncrementalNewlineDecoder", &["decoder", "translate", "errors"], 2);
    let mut p = [None; 3];
    P.parse(a, kw, &mut p)?;
    let d = this(o)?;
    let dec = p[0].filter(|x| !is_none(x)).map(|x| x.to_ref());
    let old = d.decoder.replace(dec);
    drop(old);
    d.translate.set(protocol::is_true(p[1].unwrap())?);
    d.pendingcr.set(false);
    d.seennl.set(0);
    Ok(())
}

fn nl_decode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("decode", &["input", "final"], 1);
    let d = this(args[0])?;
    let mut p = [None; 2];
    P.parse(&args[1..], kw, &mut p)?;
    let input = p[0].unwrap();
    let final_ = match p[1] {
        Some(f) => protocol::is_true(f)?,
        None => false,
    };
    let dec = d.decoder.borrow().clone();
    let out = match dec {
        Some(dec) => {
            let f = crate::object::int::new_bool(final_);
            let kwn = new_tuple(vec![new_str("final")]);
            let m = protocol::getattr(&dec, crate::name!("decode"))?;
            protocol::call(&m, &[input, &f], Some(&kwn))?
        }
        None => input.to_ref(),
    };
    let Some(text) = str_value(&out) else {
        return Err(type_error(format!("decoder should return a string result, not '{}'", out.type_().name())));
    };
    let mut s = String::with_capacity(text.len() + 1);
    if d.pendingcr.get() && (!text.is_empty() || final_) {
        s.push('\r');
        d.pendingcr.set(false);
    }
    s.push_str(text);
    if !final_ && s.ends_with('\r') {
        s.pop();
        d.pendingcr.set(true);
    }
    let crlf = s.matches("\r\n").count();
    let cr = s.matches('\r').count() - crlf;
    let lf = s.matches('\n').count() - crlf;
    let mut seen = d.seennl.get();
    if lf > 0 {
        seen |= LF;
    }
    if cr > 0 {
        seen |= CR;
    }
    if crlf > 0 {
        seen |= CRLF;
    }
    d.seennl.set(seen);
    if d.translate.get() {
        if crlf > 0 {
            s = s.replace("\r\n", "\n");
        }
        if cr > 0 {
            s = s.replace('\r', "\n");
        }
    }
    Ok(new_str(s))
}

fn nl_getstate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("getstate", &args[1..], kw)?;
    let d = this(args[0])?;
    let dec = d.decoder.borrow().clone();
    let (buf, flag) = match dec {
        None => (crate::object::bytes::new_bytes(Vec::new()), 0i64),
        Some(dec) => {
            let st = protocol::call_method(&dec, crate::name!("getstate"), &[])?;
            let items = tuple_slice(&st).filter(|t| t.len() == 2).ok_or_else(|| type_error("illegal decoder state"))?;
            let flag = as_int(&items[1]).and_then(|i| i.as_i64()).ok_or_else(|| type_error("illegal decoder state"))?;
            (items[0].clone(), flag)
        }
    };
    let flag = (flag << 1) | d.pendingcr.get() as i64;
    Ok(new_tuple(vec![buf, new_int(flag)]))
}

fn nl_setstate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let d = this(args[0])?;
    let st = crate::object::args::one_arg("setstate", &args[1..], kw)?;
    let items = tuple_slice(st).filter(|t| t.len() == 2).ok_or_else(|| type_error("state argument must be a tuple"))?;
    let flag = as_int(&items[1]).and_then(|i| i.as_i64()).ok_or_else(|| type_error("an integer is required"))?;
    d.pendingcr.set(flag & 1 != 0);
    let dec = d.decoder.borrow().clone();
    if let Some(dec) = dec {
        let state = new_tuple(vec![items[0].clone(), new_int(flag >> 1)]);
        protocol::call_method(&dec, crate::name!("setstate"), &[&state])?;
    }
    Ok(none())
}

fn nl_reset(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("reset", &args[1..], kw)?;
    let d = this(args[0])?;
    d.seennl.set(0);
    d.pendingcr.set(false);
    let dec = d.decoder.borrow().clone();
    if let Some(dec) = dec {
        protocol::call_method(&dec, crate::name!("reset"), &[])?;
    }
    Ok(none())
}

fn nl_newlines(o: &PyObject) -> PyResult<PyRef> {
    let s = |x: &str| new_str(x);
    Ok(match this(o)?.seennl.get() {
        0 => none(),
        1 => s("\n"),
        2 => s("\r"),
        3 => new_tuple(vec![s("\r"), s("\n")]),
        4 => s("\r\n"),
        5 => new_tuple(vec![s("\n"), s("\r\n")]),
        6 => new_tuple(vec![s("\r"), s("\r\n")]),
        _ => new_tuple(vec![s("\r"), s("\n"), s("\r\n")]),
    })
}

static NL_METHODS: [MethodDef; 4] = [
    MethodDef { name: "decode", func: nl_decode, flags: 0, doc: "" },
    MethodDef { name: "getstate", func: nl_getstate, flags: 0, doc: "" },
    MethodDef { name: "setstate", func: nl_setstate, flags: 0, doc: "" },
    MethodDef { name: "reset", func: nl_reset, flags: 0, doc: "" },
];

static NL_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "newlines", get: nl_newlines, set: None, doc: "" }];

pub static NEWLINE_DECODER_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE),
    tp_drop: slot(drop_payload::<PyNewlineDecoder>),
    tp_new: slot(nl_new),
    tp_init: slot(nl_init),
    methods: &NL_METHODS,
    getsets: &NL_GETSETS,
    module: Some("_io"),
    doc: Some("Codec used when reading a file in universal newlines mode."),
    ..TypeObject::new_static("IncrementalNewlineDecoder", std::mem::size_of::<PyNewlineDecoder>())
});
