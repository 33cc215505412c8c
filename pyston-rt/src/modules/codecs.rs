//! `_codecs`: the codec registry (search functions, the lookup cache keyed
//! by the normalised encoding name, the error-handler registry) and the
//! codec functions the stdlib `encodings` package calls (`utf_8_decode`,
//! `charmap_encode`, ...), with CPython 3.11's positional-only signatures,
//! `(result, consumed)` tuples and the `final` flag of incremental
//! decoders. The codecs themselves are `object/codecs/`.
//!
//! The registry is initialised on the first lookup by importing the
//! `encodings` package (which registers its search function), as CPython
//! does at start-up. It is process state held in a static and released
//! by `clear_registry` at teardown.

use crate::object::args::{check_positional, no_kwargs};
use crate::object::bytes::{expect_buffer, new_bytes};
use crate::object::codecs::{charmap, errors as cerr, escape, utf};
use crate::object::descr::new_builtin_function;
use crate::object::dict::{dict_del, dict_get, dict_set, dict_set_item_str, new_dict};
use crate::object::exceptions::{self as exc, type_error, PyErr, LOOKUP_ERROR};
use crate::object::header::Static;
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::cell::RefCell;

// ---- the registry ----

#[derive(Default)]
struct Registry {
    search: Vec<PyRef>,
    /// normalised name -> CodecInfo
    cache: Option<PyRef>,
    /// error handler name -> callable
    errors: Option<PyRef>,
    initialized: bool,
}

static REGISTRY: Static<RefCell<Registry>> = Static(RefCell::new(Registry { search: Vec::new(), cache: None, errors: None, initialized: false }));

/// Drop everything the registry holds (interpreter teardown).
pub fn clear_registry() {
    let old = std::mem::take(&mut *REGISTRY.borrow_mut());
    drop(old);
}

fn cache() -> PyRef {
    let mut r = REGISTRY.borrow_mut();
    r.cache.get_or_insert_with(new_dict).clone()
}

/// CPython's `_Py_normalize_encoding` + lower case: runs of characters
/// other than ASCII alphanumerics and `.` become one `_`, leading ones
/// are dropped.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    out
}

/// Import `encodings` once, so that its search function is registered.
fn ensure_init() -> PyResult<()> {
    if REGISTRY.borrow().initialized {
        return Ok(());
    }
    REGISTRY.borrow_mut().initialized = true;
    crate::import::import_absolute("encodings")?;
    Ok(())
}

/// `codecs.lookup(encoding)`: the CodecInfo (a 4-tuple or more).
pub fn lookup(encoding: &str) -> PyResult<PyRef> {
    ensure_init()?;
    let norm = new_str(normalize_encoding(encoding));
    let c = cache();
    if let Some(v) = dict_get(&c, &norm)? {
        return Ok(v);
    }
    let funcs: Vec<PyRef> = REGISTRY.borrow().search.clone();
    for f in funcs {
        let r = protocol::call1(&f, &norm)?;
        if is_none(&r) {
            continue;
        }
        if tuple_slice(&r).map_or(true, |t| t.len() != 4) {
            return Err(type_error("codec search functions must return 4-tuples"));
        }
        dict_set(&c, &norm, &r)?;
        return Ok(r);
    }
    Err(PyErr::new(&LOOKUP_ERROR, format!("unknown encoding: {}", encoding)))
}

static HANDLER_DEFS: [MethodDef; 8] = [
    MethodDef { name: "strict_errors", func: cerr::strict_errors, flags: 0, doc: "Implements the 'strict' error handling, which raises a UnicodeError on coding errors." },
    MethodDef { name: "ignore_errors", func: cerr::ignore_errors, flags: 0, doc: "Implements the 'ignore' error handling, which ignores malformed data and continues." },
    MethodDef { name: "replace_errors", func: cerr::replace_errors, flags: 0, doc: "Implements the 'replace' error handling, which replaces malformed data with a replacement marker." },
    MethodDef { name: "xmlcharrefreplace_errors", func: cerr::xmlcharrefreplace_errors, flags: 0, doc: "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference." },
    MethodDef { name: "backslashreplace_errors", func: cerr::backslashreplace_errors, flags: 0, doc: "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence." },
    MethodDef { name: "namereplace_errors", func: cerr::namereplace_errors, flags: 0, doc: "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence." },
    MethodDef { name: "surrogateescape", func: cerr::surrogateescape_errors, flags: 0, doc: "" },
    MethodDef { name: "surrogatepass", func: cerr::surrogatepass_errors, flags: 0, doc: "" },
];

const HANDLER_NAMES: [&str; 8] = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"];

fn error_registry() -> PyRef {
    if let Some(d) = REGISTRY.borrow().errors.clone() {
        return d;
    }
    let d = new_dict();
    let m = new_str("_codecs");
    for (name, def) in HANDLER_NAMES.iter().zip(HANDLER_DEFS.iter()) {
        dict_set_item_str(&d, name, new_builtin_function(def, Some(m.clone())));
    }
    REGISTRY.borrow_mut().errors = Some(d.clone());
    d
}

/// The handler registered under `name` (`LookupError` when none is).
pub fn lookup_error(name: &str) -> PyResult<PyRef> {
    let d = error_registry();
    match dict_get(&d, &new_str(name))? {
        Some(h) => Ok(h),
        None => Err(PyErr::new(&LOOKUP_ERROR, format!("unknown error handler name '{}'", name))),
    }
}

// ---- encode/decode through the registry ----

/// Exceptions CPython re-raises as "encoding with 'x' codec failed
/// (TypeError: ...)": those it can recreate, i.e. whose builtin base
/// constructs like BaseException (same `tp_new`/`tp_init`: TypeError,
/// ValueError, `binascii.Error`, ... but not OSError or UnicodeError) and
/// whose Python subclasses define no `__init__`/`__new__`.
fn wrap_codec_error(e: PyErr, what: &str, encoding: &str) -> PyErr {
    let t = e.value().type_();
    let base = t.static_base();
    let be = &exc::BASE_EXCEPTION;
    let simple = base.tp_new.get().map(|f| f as usize) == be.tp_new.get().map(|f| f as usize)
        && base.tp_init.get().map(|f| f as usize) == be.tp_init.get().map(|f| f as usize)
        && !std::ptr::eq(base, &be.0);
    if !simple || !heap_part_is_plain(t) {
        return e;
    }
    // Instance attributes would be lost by re-raising a new instance.
    if let Ok(Some(d)) = protocol::getattr_opt(e.value(), crate::name!("__dict__")) {
        if protocol::len(&d).map_or(true, |n| n > 0) {
            return e;
        }
    }
    let msg = match protocol::str_(e.value()) {
        Ok(s) => str_value(&s).unwrap_or("").to_string(),
        Err(_) => return e,
    };
    let new = PyErr::new(t, format!("{} with '{}' codec failed ({}: {})", what, encoding, t.name(), msg));
    new.exc().set_cause(Some(e.value().clone()));
    new.exc().set_context(Some(e.value().clone()));
    new
}

/// Whether the Python classes between `t` and its builtin base define no
/// `__init__`/`__new__` (CPython only wraps exceptions it can recreate).
fn heap_part_is_plain(t: &crate::object::typeobj::TypeObject) -> bool {
    let mut cur = t;
    while cur.is_heap_type() {
        let d = cur.dict.get();
        if d.is_null() {
            return false;
        }
        // SAFETY: a ready type owns its dict for its whole life.
        let d = unsafe { &*d };
        for name in ["__init__", "__new__"] {
            if crate::object::dict::dict_get(d, &new_str(name)).ok().flatten().is_some() {
                return false;
            }
        }
        match cur.base() {
            Some(b) => cur = b,
            None => return false,
        }
    }
    true
}

fn codec_call(info: &PyObject, index: usize, obj: &PyObject, errors: &str, what: &str, encoding: &str) -> PyResult<PyRef> {
    let items = tuple_slice(info).ok_or_else(|| type_error("codec search functions must return 4-tuples"))?;
    let f = items[index].clone();
    let errs = new_str(errors);
    let r = protocol::call(&f, &[obj, &errs], None).map_err(|e| wrap_codec_error(e, what, encoding))?;
    match tuple_slice(&r) {
        Some(t) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(type_error(if index == 0 { "encoder must return a tuple (object, integer)" } else { "decoder must return a tuple (object,integer)" })),
    }
}

/// The codec for `str.encode`/`bytes.decode`: refuses non-text codecs.
pub fn lookup_text(encoding: &str, alternate: &str) -> PyResult<PyRef> {
    let info = lookup(encoding)?;
    if let Ok(Some(v)) = protocol::getattr_opt(&info, crate::name!("_is_text_encoding")) {
        if !protocol::is_true(&v)? {
            return Err(PyErr::new(
                &LOOKUP_ERROR,
                format!("'{}' is not a text encoding; use {} to handle arbitrary codecs", encoding, alternate),
            ));
        }
    }
    Ok(info)
}

/// `str.encode` for an encoding the runtime does not handle natively.
pub fn encode_text(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let info = lookup_text(encoding, "codecs.encode()")?;
    let v = codec_call(&info, 0, &new_str(s), errors, "encoding", encoding)?;
    if let Some(b) = crate::object::bytes::bytes_value(&v) {
        return Ok(b.to_vec());
    }
    if let Some(b) = crate::object::bytearray::as_bytearray(&v) {
        return Ok(b.as_slice().to_vec());
    }
    Err(type_error(format!(
        "'{}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
        encoding,
        v.type_().name()
    )))
}

/// `bytes.decode` for an encoding the runtime does not handle natively.
pub fn decode_text(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let info = lookup_text(encoding, "codecs.decode()")?;
    // CPython hands the decoder a memoryview of the bytes.
    let view = crate::object::memoryview::memoryview_of(&crate::object::bytes::bytes_from_slice(b))?;
    let v = codec_call(&info, 1, &view, errors, "decoding", encoding)?;
    match str_value(&v) {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!(
            "'{}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            encoding,
            v.type_().name()
        ))),
    }
}

// ---- argument helpers (all parameters positional-only) ----

fn positional<'a>(fname: &str, args: &[&'a PyObject], kw: Option<&PyObject>, min: usize, max: usize) -> PyResult<Vec<Option<&'a PyObject>>> {
    no_kwargs(fname, kw)?;
    check_positional(fname, args.len(), min, max)?;
    let mut v: Vec<Option<&PyObject>> = args.iter().map(|a| Some(*a)).collect();
    v.resize(max, None);
    Ok(v)
}

fn text_arg<'a>(fname: &str, n: usize, o: &'a PyObject) -> PyResult<&'a str> {
    str_value(o).ok_or_else(|| type_error(format!("{}() argument {} must be str, not {}", fname, n, o.type_().name())))
}

fn errors_arg<'a>(fname: &str, n: usize, o: Option<&'a PyObject>) -> PyResult<&'a str> {
    match o {
        None => Ok("strict"),
        Some(v) if is_none(v) => Ok("strict"),
        Some(v) => str_value(v).ok_or_else(|| type_error(format!("{}() argument {} must be str or None, not {}", fname, n, v.type_().name()))),
    }
}

/// A bytes-like argument, copied (error handlers may run Python code).
fn buffer_arg(o: &PyObject) -> PyResult<Vec<u8>> {
    Ok(expect_buffer(o)?.to_vec())
}

fn int_arg(o: Option<&PyObject>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(v) => {
            if crate::object::float::as_float(v).is_some() {
                return Err(type_error("'float' object cannot be interpreted as an integer"));
            }
            Ok(crate::object::args::expect_index(v)? as i64)
        }
    }
}

fn pair(a: PyRef, n: usize) -> PyRef {
    new_tuple(vec![a, new_int(n as i64)])
}

// ---- the module functions ----

fn codecs_register(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = crate::object::args::one_arg("register", args, kw)?;
    if f.type_().tp_call.get().is_none() {
        return Err(type_error("argument must be callable"));
    }
    REGISTRY.borrow_mut().search.push(f.to_ref());
    Ok(none())
}

fn codecs_unregister(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = crate::object::args::one_arg("unregister", args, kw)?;
    let removed = {
        let mut r = REGISTRY.borrow_mut();
        let pos = r.search.iter().position(|g| std::ptr::eq(&**g, f));
        let removed = pos.map(|p| r.search.remove(p));
        let cache = r.cache.take();
        (removed, cache)
    };
    drop(removed);
    Ok(none())
}

fn codecs_lookup(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = crate::object::args::one_arg("lookup", args, kw)?;
    let enc = text_arg("lookup", 1, a).map_err(|_| type_error(format!("lookup() argument must be str, not {}", a.type_().name())))?;
    lookup(enc)
}

fn encode_decode(args: &[&PyObject], kw: Option<&PyObject>, decode: bool) -> PyResult<PyRef> {
    let fname = if decode { "decode" } else { "encode" };
    static ENC: crate::object::args::Params = crate::object::args::Params { fname: "encode", names: &["obj", "encoding", "errors"], required: 1, posonly: 0, kwonly: 3 };
    static DEC: crate::object::args::Params = crate::object::args::Params { fname: "decode", names: &["obj", "encoding", "errors"], required: 1, posonly: 0, kwonly: 3 };
    let mut p = [None; 3];
    (if decode { &DEC } else { &ENC }).parse(args, kw, &mut p)?;
    let obj = p[0].unwrap();
    let encoding = match p[1] {
        None => "utf-8",
        Some(v) => text_arg(fname, 2, v)?,
    };
    let errors = match p[2] {
        None => "strict",
        Some(v) => text_arg(fname, 3, v)?,
    };
    let info = lookup(encoding)?;
    codec_call(&info, if decode { 1 } else { 0 }, obj, errors, if decode { "decoding" } else { "encoding" }, encoding)
}

fn codecs_encode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    encode_decode(args, kw, false)
}

fn codecs_decode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    encode_decode(args, kw, true)
}

fn codecs_register_error(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("register_error", args, kw, 2, 2)?;
    let name = text_arg("register_error", 1, a[0].unwrap())?;
    let h = a[1].unwrap();
    if h.type_().tp_call.get().is_none() {
        return Err(type_error("handler must be callable"));
    }
    let d = error_registry();
    dict_set(&d, &new_str(name), h)?;
    Ok(none())
}

fn codecs_lookup_error(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = crate::object::args::one_arg("lookup_error", args, kw)?;
    let name = text_arg("lookup_error", 1, a)?;
    lookup_error(name)
}

fn codecs_forget(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = crate::object::args::one_arg("_forget_codec", args, kw)?;
    let name = text_arg("_forget_codec", 1, a)?;
    let c = cache();
    dict_del(&c, &new_str(normalize_encoding(name)))?;
    Ok(none())
}

/// `name(str, errors=None)` encoders returning `(bytes, len(str))`.
macro_rules! text_encoder {
    ($fn:ident, $name:literal, |$s:ident, $e:ident| $body:expr) => {
        fn $fn(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
            let a = positional($name, args, kw, 1, 2)?;
            let $s = text_arg($name, 1, a[0].unwrap())?;
            let $e = errors_arg($name, 2, a[1])?;
            let out: Vec<u8> = $body;
            Ok(pair(new_bytes(out), as_len(a[0].unwrap())))
        }
    };
}

fn as_len(s: &PyObject) -> usize {
    crate::object::str::as_pystr(s).map_or(0, |p| p.char_len)
}

/// `name(data, errors=None, final=False)` decoders returning `(str, consumed)`.
macro_rules! final_decoder {
    ($fn:ident, $name:literal, $default_final:expr, |$b:ident, $e:ident, $f:ident| $body:expr) => {
        fn $fn(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
            let a = positional($name, args, kw, 1, 3)?;
            let $b = buffer_arg(a[0].unwrap())?;
            let $e = errors_arg($name, 2, a[1])?;
            let $f = int_arg(a[2], $default_final as i64)? != 0;
            let (s, n): (String, usize) = $body;
            Ok(pair(new_str(s), n))
        }
    };
}

/// `name(data, errors=None)` decoders consuming everything.
macro_rules! whole_decoder {
    ($fn:ident, $name:literal, |$b:ident, $e:ident| $body:expr) => {
        fn $fn(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
            let a = positional($name, args, kw, 1, 2)?;
            let $b = buffer_arg(a[0].unwrap())?;
            let $e = errors_arg($name, 2, a[1])?;
            let s: String = $body;
            Ok(pair(new_str(s), $b.len()))
        }
    };
}

text_encoder!(utf_8_encode, "utf_8_encode", |s, e| utf::encode_utf8(s, "utf-8", e)?);
final_decoder!(utf_8_decode, "utf_8_decode", false, |b, e, f| utf::decode_utf8(&b, e, f)?);
text_encoder!(utf_7_encode, "utf_7_encode", |s, _e| utf::encode_utf7(s));
final_decoder!(utf_7_decode, "utf_7_decode", false, |b, e, f| utf::decode_utf7(&b, e, f)?);
text_encoder!(utf_16_le_encode, "utf_16_le_encode", |s, e| utf::encode_utf16(s, -1, e)?);
text_encoder!(utf_16_be_encode, "utf_16_be_encode", |s, e| utf::encode_utf16(s, 1, e)?);
text_encoder!(utf_32_le_encode, "utf_32_le_encode", |s, e| utf::encode_utf32(s, -1, e)?);
text_encoder!(utf_32_be_encode, "utf_32_be_encode", |s, e| utf::encode_utf32(s, 1, e)?);
final_decoder!(utf_16_decode, "utf_16_decode", false, |b, e, f| { let (s, n, _) = utf::decode_utf16(&b, e, 0, f)?; (s, n) });
final_decoder!(utf_16_le_decode, "utf_16_le_decode", false, |b, e, f| { let (s, n, _) = utf::decode_utf16(&b, e, -1, f)?; (s, n) });
final_decoder!(utf_16_be_decode, "utf_16_be_decode", false, |b, e, f| { let (s, n, _) = utf::decode_utf16(&b, e, 1, f)?; (s, n) });
final_decoder!(utf_32_decode, "utf_32_decode", false, |b, e, f| { let (s, n, _) = utf::decode_utf32(&b, e, 0, f)?; (s, n) });
final_decoder!(utf_32_le_decode, "utf_32_le_decode", false, |b, e, f| { let (s, n, _) = utf::decode_utf32(&b, e, -1, f)?; (s, n) });
final_decoder!(utf_32_be_decode, "utf_32_be_decode", false, |b, e, f| { let (s, n, _) = utf::decode_utf32(&b, e, 1, f)?; (s, n) });
text_encoder!(latin_1_encode, "latin_1_encode", |s, e| charmap::encode_limit(s, 256, e)?);
whole_decoder!(latin_1_decode, "latin_1_decode", |b, _e| charmap::decode_latin1(&b));
text_encoder!(ascii_encode, "ascii_encode", |s, e| charmap::encode_limit(s, 128, e)?);
whole_decoder!(ascii_decode, "ascii_decode", |b, e| charmap::decode_ascii(&b, e)?);
text_encoder!(unicode_escape_encode, "unicode_escape_encode", |s, _e| escape::unicode_escape_encode(s));
final_decoder!(unicode_escape_decode, "unicode_escape_decode", true, |b, e, f| escape::unicode_escape_decode(&b, e, f)?);
text_encoder!(raw_unicode_escape_encode, "raw_unicode_escape_encode", |s, _e| escape::raw_unicode_escape_encode(s));
final_decoder!(raw_unicode_escape_decode, "raw_unicode_escape_decode", true, |b, e, f| escape::raw_unicode_escape_decode(&b, e, f)?);

/// `utf_16_encode(str, errors=None, byteorder=0)` (and utf_32).
fn utf_n_encode(name: &str, args: &[&PyObject], kw: Option<&PyObject>, wide: bool) -> PyResult<PyRef> {
    let a = positional(name, args, kw, 1, 3)?;
    let s = text_arg(name, 1, a[0].unwrap())?;
    let e = errors_arg(name, 2, a[1])?;
    let bo = int_arg(a[2], 0)?;
    let bo = bo.signum() as i32;
    let out = if wide { utf::encode_utf32(s, bo, e)? } else { utf::encode_utf16(s, bo, e)? };
    Ok(pair(new_bytes(out), as_len(a[0].unwrap())))
}

fn utf_16_encode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    utf_n_encode("utf_16_encode", args, kw, false)
}

fn utf_32_encode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    utf_n_encode("utf_32_encode", args, kw, true)
}

/// `utf_16_ex_decode(data, errors=None, byteorder=0, final=False)` ->
/// `(str, consumed, byteorder)` (and utf_32).
fn utf_n_ex_decode(name: &str, args: &[&PyObject], kw: Option<&PyObject>, wide: bool) -> PyResult<PyRef> {
    let a = positional(name, args, kw, 1, 4)?;
    let b = buffer_arg(a[0].unwrap())?;
    let e = errors_arg(name, 2, a[1])?;
    let bo = int_arg(a[2], 0)?.signum() as i32;
    let f = int_arg(a[3], 0)? != 0;
    let (s, n, bo) = if wide { utf::decode_utf32(&b, e, bo, f)? } else { utf::decode_utf16(&b, e, bo, f)? };
    Ok(new_tuple(vec![new_str(s), new_int(n as i64), new_int(bo as i64)]))
}

fn utf_16_ex_decode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    utf_n_ex_decode("utf_16_ex_decode", args, kw, false)
}

fn utf_32_ex_decode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    utf_n_ex_decode("utf_32_ex_decode", args, kw, true)
}

fn mapping_arg(o: Option<&PyObject>) -> Option<&PyObject> {
    o.filter(|m| !is_none(m))
}

fn charmap_encode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("charmap_encode", args, kw, 1, 3)?;
    let s = text_arg("charmap_encode", 1, a[0].unwrap())?;
    let e = errors_arg("charmap_encode", 2, a[1])?;
    let out = charmap::charmap_encode(s, e, mapping_arg(a[2]))?;
    Ok(pair(new_bytes(out), as_len(a[0].unwrap())))
}

fn charmap_decode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("charmap_decode", args, kw, 1, 3)?;
    let b = buffer_arg(a[0].unwrap())?;
    let e = errors_arg("charmap_decode", 2, a[1])?;
    let s = charmap::charmap_decode(&b, e, mapping_arg(a[2]))?;
    Ok(pair(new_str(s), b.len()))
}

fn charmap_build(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = crate::object::args::one_arg("charmap_build", args, kw)?;
    let s = text_arg("charmap_build", 1, a)?;
    charmap::charmap_build(s)
}

fn escape_encode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("escape_encode", args, kw, 1, 2)?;
    let d = a[0].unwrap();
    let b = crate::object::bytes::bytes_value(d)
        .ok_or_else(|| type_error(format!("escape_encode() argument 1 must be bytes, not {}", d.type_().name())))?;
    errors_arg("escape_encode", 2, a[1])?;
    let n = b.len();
    Ok(pair(new_bytes(escape::escape_encode(b)), n))
}

fn escape_decode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("escape_decode", args, kw, 1, 2)?;
    let d = a[0].unwrap();
    let b = match str_value(d) {
        Some(s) => s.as_bytes().to_vec(),
        None => buffer_arg(d)?,
    };
    let e = errors_arg("escape_decode", 2, a[1])?;
    Ok(pair(new_bytes(escape::escape_decode(&b, e)?), b.len()))
}

fn readbuffer_encode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("readbuffer_encode", args, kw, 1, 2)?;
    let d = a[0].unwrap();
    let b = match str_value(d) {
        Some(s) => s.as_bytes().to_vec(),
        None => buffer_arg(d)?,
    };
    errors_arg("readbuffer_encode", 2, a[1])?;
    let n = b.len();
    Ok(pair(new_bytes(b), n))
}

macro_rules! defs {
    ($( $name:literal => $f:ident ),* $(,)?) => {
        [ $( MethodDef { name: $name, func: $f, flags: 0, doc: "" } ),* ]
    };
}

static FUNCS: [MethodDef; 40] = defs![
    "register" => codecs_register,
    "unregister" => codecs_unregister,
    "lookup" => codecs_lookup,
    "encode" => codecs_encode,
    "decode" => codecs_decode,
    "register_error" => codecs_register_error,
    "lookup_error" => codecs_lookup_error,
    "_forget_codec" => codecs_forget,
    "utf_8_encode" => utf_8_encode,
    "utf_8_decode" => utf_8_decode,
    "utf_7_encode" => utf_7_encode,
    "utf_7_decode" => utf_7_decode,
    "utf_16_encode" => utf_16_encode,
    "utf_16_decode" => utf_16_decode,
    "utf_16_le_encode" => utf_16_le_encode,
    "utf_16_le_decode" => utf_16_le_decode,
    "utf_16_be_encode" => utf_16_be_encode,
    "utf_16_be_decode" => utf_16_be_decode,
    "utf_16_ex_decode" => utf_16_ex_decode,
    "utf_32_encode" => utf_32_encode,
    "utf_32_decode" => utf_32_decode,
    "utf_32_le_encode" => utf_32_le_encode,
    "utf_32_le_decode" => utf_32_le_decode,
    "utf_32_be_encode" => utf_32_be_encode,
    "utf_32_be_decode" => utf_32_be_decode,
    "utf_32_ex_decode" => utf_32_ex_decode,
    "latin_1_encode" => latin_1_encode,
    "latin_1_decode" => latin_1_decode,
    "ascii_encode" => ascii_encode,
    "ascii_decode" => ascii_decode,
    "charmap_encode" => charmap_encode,
    "charmap_decode" => charmap_decode,
    "charmap_build" => charmap_build,
    "unicode_escape_encode" => unicode_escape_encode,
    "unicode_escape_decode" => unicode_escape_decode,
    "raw_unicode_escape_encode" => raw_unicode_escape_encode,
    "raw_unicode_escape_decode" => raw_unicode_escape_decode,
    "escape_encode" => escape_encode,
    "escape_decode" => escape_decode,
    "readbuffer_encode" => readbuffer_encode,
];

/// `import _codecs`
pub fn init() -> PyResult<PyRef> {
    let m = new_module("_codecs");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_codecs");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::normalize_encoding;

    #[test]
    fn normalisation_matches_cpython() {
        assert_eq!(normalize_encoding("Foo Bar-Baz"), "foo_bar_baz");
        assert_eq!(normalize_encoding("X__Y..z"), "x_y..z");
        assert_eq!(normalize_encoding("ÄB"), "b");
        assert_eq!(normalize_encoding("  UTF-8 "), "utf_8");
    }
}
