//! `marshal`: CPython's serialization format (version 4) for None, bools,
//! StopIteration, Ellipsis, int, float, complex, str, bytes (and other
//! bytes-like objects), tuple, list, dict, set and frozenset, with
//! references (`FLAG_REF`, version >= 3) and sorted set elements as CPython
//! 3.11 writes them. Code objects cannot be marshalled (our code objects
//! are not CPython's): writing one raises `ValueError('unmarshallable
//! object')`, reading one raises ValueError.
//!
//! CPython only records a reference for an object whose reference count is
//! above one; `cpython_refcount` discounts the references our frames'
//! temporaries hold so the same objects get the flag.

use crate::object::args;
use crate::object::bytes::{buffer_bytes, new_bytes};
use crate::object::complex::{as_complex, new_complex};
use crate::object::descr::new_builtin_function;
use crate::object::dict::{as_dict, dict_items, dict_set, new_dict};
use crate::object::exceptions::{type_error, value_error, PyErr, EOF_ERROR, STOP_ITERATION};
use crate::object::float::{as_float, new_float};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, new_bigint, new_bool, new_int};
use crate::object::list::{as_list, new_list};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none, ELLIPSIS};
use crate::object::str::{as_pystr, intern, new_str};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};
use num_bigint::{BigInt, Sign};
use std::collections::HashMap;

const VERSION: i64 = 4;
const MAX_DEPTH: usize = 2000;
const FLAG_REF: u8 = 0x80;

const TYPE_NULL: u8 = b'0';
const TYPE_NONE: u8 = b'N';
const TYPE_FALSE: u8 = b'F';
const TYPE_TRUE: u8 = b'T';
const TYPE_STOPITER: u8 = b'S';
const TYPE_ELLIPSIS: u8 = b'.';
const TYPE_INT: u8 = b'i';
const TYPE_INT64: u8 = b'I';
const TYPE_FLOAT: u8 = b'f';
const TYPE_BINARY_FLOAT: u8 = b'g';
const TYPE_COMPLEX: u8 = b'x';
const TYPE_BINARY_COMPLEX: u8 = b'y';
const TYPE_LONG: u8 = b'l';
const TYPE_STRING: u8 = b's';
const TYPE_INTERNED: u8 = b't';
const TYPE_REF: u8 = b'r';
const TYPE_TUPLE: u8 = b'(';
const TYPE_LIST: u8 = b'[';
const TYPE_DICT: u8 = b'{';
const TYPE_CODE: u8 = b'c';
const TYPE_UNICODE: u8 = b'u';
const TYPE_SET: u8 = b'<';
const TYPE_FROZENSET: u8 = b'>';
const TYPE_ASCII: u8 = b'a';
const TYPE_ASCII_INTERNED: u8 = b'A';
const TYPE_SMALL_TUPLE: u8 = b')';
const TYPE_SHORT_ASCII: u8 = b'z';
const TYPE_SHORT_ASCII_INTERNED: u8 = b'Z';

/// The reference count CPython would see for `o` (`sys.getrefcount`'s).
fn cpython_refcount(o: &PyObject) -> isize {
    super::sys::cpython_refcount(o).unwrap_or(isize::MAX)
}

enum WErr {
    Unmarshallable,
    TooDeep,
}

struct Writer {
    out: Vec<u8>,
    version: i64,
    depth: usize,
    /// Object address -> reference index (the objects are kept alive by
    /// `keep` for the duration of the dump).
    refs: Option<HashMap<usize, u32>>,
    keep: Vec<PyRef>,
}

impl Writer {
    fn new(version: i64) -> Writer {
        Writer { out: Vec::new(), version, depth: 0, refs: if version >= 3 { Some(HashMap::new()) } else { None }, keep: Vec::new() }
    }

    fn long(&mut self, v: i32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn pstring(&mut self, b: &[u8]) -> Result<(), WErr> {
        if b.len() > i32::MAX as usize {
            return Err(WErr::Unmarshallable);
        }
        self.long(b.len() as i32);
        self.out.extend_from_slice(b);
        Ok(())
    }

    fn object(&mut self, v: &PyObject) -> Result<(), WErr> {
        self.depth += 1;
        let r = if self.depth > MAX_DEPTH {
            Err(WErr::TooDeep)
        } else if is_none(v) {
            self.out.push(TYPE_NONE);
            Ok(())
        } else if v.is(STOP_ITERATION.obj()) {
            self.out.push(TYPE_STOPITER);
            Ok(())
        } else if v.is(ELLIPSIS.obj()) {
            self.out.push(TYPE_ELLIPSIS);
            Ok(())
        } else if v.is(crate::object::int::FALSE.obj()) {
            self.out.push(TYPE_FALSE);
            Ok(())
        } else if v.is(crate::object::int::TRUE.obj()) {
            self.out.push(TYPE_TRUE);
            Ok(())
        } else {
            match self.reference(v) {
                Some(flag) => self.complex_object(v, flag),
                None => Ok(()),
            }
        };
        self.depth -= 1;
        r
    }

    /// Write a back-reference and return None, or return the flag to
    /// put on the type byte.
    fn reference(&mut self, v: &PyObject) -> Option<u8> {
        let Some(refs) = self.refs.as_mut() else { return Some(0) };
        if cpython_refcount(v) == 1 {
            return Some(0);
        }
        let key = v.as_ptr() as usize;
        if let Some(&i) = refs.get(&key) {
            self.out.push(TYPE_REF);
            self.long(i as i32);
            return None;
        }
        let i = refs.len() as u32;
        refs.insert(key, i);
        self.keep.push(v.to_ref());
        Some(FLAG_REF)
    }

    fn complex_object(&mut self, v: &PyObject, flag: u8) -> Result<(), WErr> {
        let t = v.type_();
        let exact = |ty: &crate::object::TypeObject| std::ptr::eq(t, ty);
        if exact(&crate::object::int::INT_TYPE) {
            let i = as_int(v).expect("int");
            match i.as_i64() {
                Some(x) if (x >> 31) == 0 || (x >> 31) == -1 => {
                    self.out.push(TYPE_INT | flag);
                    self.long(x as i32);
                }
                _ => self.long_object(&i.to_bigint(), flag)?,
            }
        } else if exact(&crate::object::float::FLOAT_TYPE) {
            let x = as_float(v).expect("float").value;
            if self.version > 1 {
                self.out.push(TYPE_BINARY_FLOAT | flag);
                self.out.extend_from_slice(&x.to_le_bytes());
            } else {
                self.out.push(TYPE_FLOAT | flag);
                self.float_str(x);
            }
        } else if exact(&crate::object::complex::COMPLEX_TYPE) {
            let c = as_complex(v).expect("complex");
            let (re, im) = (c.value.re, c.value.im);
            if self.version > 1 {
                self.out.push(TYPE_BINARY_COMPLEX | flag);
                self.out.extend_from_slice(&re.to_le_bytes());
                self.out.extend_from_slice(&im.to_le_bytes());
            } else {
                self.out.push(TYPE_COMPLEX | flag);
                self.float_str(re);
                self.float_str(im);
            }
        } else if exact(&crate::object::bytes::BYTES_TYPE) {
            self.out.push(TYPE_STRING | flag);
            self.pstring(buffer_bytes(v).expect("bytes"))?;
        } else if exact(&crate::object::str::STR_TYPE) {
            let s = as_pystr(v).expect("str");
            let interned = s.interned.get();
            let text = s.as_str();
            if self.version >= 4 && text.is_ascii() {
                if text.len() < 256 {
                    self.out.push(if interned { TYPE_SHORT_ASCII_INTERNED } else { TYPE_SHORT_ASCII } | flag);
                    self.out.push(text.len() as u8);
                    self.out.extend_from_slice(text.as_bytes());
                } else {
                    self.out.push(if interned { TYPE_ASCII_INTERNED } else { TYPE_ASCII } | flag);
                    self.pstring(text.as_bytes())?;
                }
            } else {
                self.out.push(if self.version >= 3 && interned { TYPE_INTERNED } else { TYPE_UNICODE } | flag);
                // Lone surrogates as CPython writes them (surrogatepass).
                let b = crate::object::codecs::utf::encode_utf8(text, "utf-8", "surrogatepass").unwrap_or_else(|_| text.as_bytes().to_vec());
                self.pstring(&b)?;
            }
        } else if exact(&crate::object::tuple::TUPLE_TYPE) {
            let items = tuple_slice(v).expect("tuple");
            if self.version >= 4 && items.len() < 256 {
                self.out.push(TYPE_SMALL_TUPLE | flag);
                self.out.push(items.len() as u8);
            } else {
                self.out.push(TYPE_TUPLE | flag);
                self.long(items.len() as i32);
            }
            for it in items {
                self.object(it)?;
            }
        } else if exact(&crate::object::list::LIST_TYPE) {
            self.out.push(TYPE_LIST | flag);
            let n = as_list(v).expect("list").len();
            self.long(n as i32);
            let mut i = 0;
            // The list may change while its items are written (it cannot
            // here: writing runs no Python code), but index defensively.
            while let Some(it) = as_list(v).expect("list").items().get(i).cloned() {
                if i >= n {
                    break;
                }
                self.object(&it)?;
                i += 1;
            }
        } else if exact(&crate::object::dict::DICT_TYPE) {
            self.out.push(TYPE_DICT | flag);
            for (k, val) in dict_items(v) {
                self.object(&k)?;
                self.object(&val)?;
            }
            self.out.push(TYPE_NULL);
        } else if exact(&crate::object::set::SET_TYPE) || exact(&crate::object::set::FROZENSET_TYPE) {
            let frozen = exact(&crate::object::set::FROZENSET_TYPE);
            self.out.push(if frozen { TYPE_FROZENSET } else { TYPE_SET } | flag);
            let keys = crate::object::set::as_set(v).expect("set").keys();
            self.long(keys.len() as i32);
            // CPython 3.11 writes the elements sorted by their own dumps.
            let mut pairs = Vec::with_capacity(keys.len());
            for k in keys {
                let mut w = Writer::new(self.version);
                w.object(&k)?;
                pairs.push((w.out, k));
            }
            pairs.sort_by(|a, b| a.0.cmp(&b.0));
            for (_, k) in pairs {
                self.object(&k)?;
            }
        } else if let Some(b) = buffer_bytes(v) {
            self.out.push(TYPE_STRING | flag);
            let b = b.to_vec();
            self.pstring(&b)?;
        } else {
            return Err(WErr::Unmarshallable);
        }
        Ok(())
    }

    fn long_object(&mut self, v: &BigInt, flag: u8) -> Result<(), WErr> {
        self.out.push(TYPE_LONG | flag);
        let (sign, mut mag) = (v.sign(), v.magnitude().clone());
        let mut digits: Vec<u16> = Vec::new();
        let mask = num_bigint::BigUint::from(0x7fffu32);
        while mag != num_bigint::BigUint::default() {
            let d = (&mag & &mask).to_u32_digits().first().copied().unwrap_or(0);
            digits.push(d as u16);
            mag >>= 15u32;
        }
        if digits.len() > i32::MAX as usize {
            return Err(WErr::Unmarshallable);
        }
        let n = digits.len() as i32;
        self.long(if sign == Sign::Minus { -n } else { n });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
        Ok(())
    }

    fn float_str(&mut self, x: f64) {
        let s = format_g17(x);
        self.out.push(s.len() as u8);
        self.out.extend_from_slice(s.as_bytes());
    }
}

/// `'%.17g' % x` (CPython's `PyOS_double_to_string(x, 'g', 17, 0)`).
fn format_g17(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let e = format!("{:.16e}", x);
    let (mant, exp) = e.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent");
    let strip = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if (-4..17).contains(&exp) {
        let decimals = (16 - exp).max(0) as usize;
        strip(&format!("{:.*}", decimals, x))
    } else {
        let m = strip(mant);
        format!("{}e{}{:02}", m, if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

fn dumps_bytes(v: &PyObject, version: i64) -> PyResult<Vec<u8>> {
    let mut w = Writer::new(version);
    match w.object(v) {
        Ok(()) => Ok(w.out),
        Err(WErr::Unmarshallable) => Err(value_error("unmarshallable object")),
        Err(WErr::TooDeep) => Err(value_error("object too deeply nested to marshal")),
    }
}

/// Where bytes are read from: a buffer, or a file's `read(n)`.
enum Source<'a> {
    Buf(&'a [u8], usize),
    File(&'a PyObject),
}

struct Reader<'a> {
    src: Source<'a>,
    depth: usize,
    refs: Vec<Option<PyRef>>,
}

fn eof_expected() -> PyErr {
    PyErr::new(&EOF_ERROR, "EOF read where object expected")
}

fn bad(what: &str) -> PyErr {
    value_error(format!("bad marshal data ({})", what))
}

impl<'a> Reader<'a> {
    fn read(&mut self, n: usize) -> PyResult<Vec<u8>> {
        match &mut self.src {
            Source::Buf(b, pos) => {
                if b.len() - *pos < n {
                    return Err(PyErr::new(&EOF_ERROR, "marshal data too short"));
                }
                let r = b[*pos..*pos + n].to_vec();
                *pos += n;
                Ok(r)
            }
            Source::File(f) => {
                let nn = new_int(n as i64);
                let data = protocol::call_method(f, &intern("read"), &[&nn])?;
                let Some(b) = buffer_bytes(&data) else {
                    return Err(type_error(format!("file.read() returned not bytes but {}", data.type_().name())));
                };
                if b.len() > n {
                    return Err(value_error(format!("read() returned too much data: {} bytes requested, {} returned", n, b.len())));
                }
                if b.len() < n {
                    return Err(PyErr::new(&EOF_ERROR, "EOF read where not expected"));
                }
                Ok(b.to_vec())
            }
        }
    }

    /// One byte, or None at the end of the data.
    fn byte(&mut self) -> PyResult<Option<u8>> {
        match &mut self.src {
            Source::Buf(b, pos) => {
                if *pos < b.len() {
                    *pos += 1;
                    Ok(Some(b[*pos - 1]))
                } else {
                    Ok(None)
                }
            }
            Source::File(_) => match self.read(1) {
                Ok(v) => Ok(Some(v[0])),
                Err(e) if e.matches(&EOF_ERROR) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    fn long(&mut self) -> PyResult<i32> {
        let b = self.read(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn size(&mut self, what: &str) -> PyResult<usize> {
        let n = self.long()?;
        if n < 0 {
            return Err(bad(&format!("{} size out of range", what)));
        }
        Ok(n as usize)
    }

    fn float_bin(&mut self) -> PyResult<f64> {
        let b = self.read(8)?;
        Ok(f64::from_le_bytes(b.try_into().expect("8 bytes")))
    }

    fn float_str(&mut self) -> PyResult<f64> {
        let Some(n) = self.byte()? else { return Err(eof_expected()) };
        let b = self.read(n as usize)?;
        let s = new_str(String::from_utf8_lossy(&b).into_owned());
        let f = protocol::call(crate::object::float::FLOAT_TYPE.obj(), &[&s], None)?;
        Ok(as_float(&f).map(|f| f.value).unwrap_or(0.0))
    }

    fn reserve(&mut self, flag: bool) -> Option<usize> {
        if flag {
            self.refs.push(None);
            Some(self.refs.len() - 1)
        } else {
            None
        }
    }

    fn set_ref(&mut self, idx: Option<usize>, v: &PyRef) {
        if let Some(i) = idx {
            self.refs[i] = Some(v.clone());
        }
    }

    /// An object, or None for TYPE_NULL.
    fn object(&mut self) -> PyResult<Option<PyRef>> {
        let Some(code) = self.byte()? else { return Err(eof_expected()) };
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(value_error("recursion limit exceeded"));
        }
        let r = self.object_body(code);
        self.depth -= 1;
        r
    }

    fn item(&mut self, what: &str) -> PyResult<PyRef> {
        match self.object()? {
            Some(v) => Ok(v),
            None => Err(type_error(format!("NULL object in marshal data for {}", what))),
        }
    }

    fn object_body(&mut self, code: u8) -> PyResult<Option<PyRef>> {
        let flag = code & FLAG_REF != 0;
        let ty = code & !FLAG_REF;
        let idx = match ty {
            TYPE_NULL | TYPE_NONE | TYPE_STOPITER | TYPE_ELLIPSIS | TYPE_FALSE | TYPE_TRUE | TYPE_REF => None,
            _ => self.reserve(flag),
        };
        let v: PyRef = match ty {
            TYPE_NULL => return Ok(None),
            TYPE_NONE => none(),
            TYPE_STOPITER => STOP_ITERATION.to_ref(),
            TYPE_ELLIPSIS => ELLIPSIS.to_ref(),
            TYPE_FALSE => new_bool(false),
            TYPE_TRUE => new_bool(true),
            TYPE_INT => new_int(self.long()? as i64),
            TYPE_INT64 => {
                let b = self.read(8)?;
                new_int(i64::from_le_bytes(b.try_into().expect("8 bytes")))
            }
            TYPE_LONG => self.long_object()?,
            TYPE_FLOAT => new_float(self.float_str()?),
            TYPE_BINARY_FLOAT => new_float(self.float_bin()?),
            TYPE_COMPLEX => {
                let re = self.float_str()?;
                new_complex(re, self.float_str()?)
            }
            TYPE_BINARY_COMPLEX => {
                let re = self.float_bin()?;
                new_complex(re, self.float_bin()?)
            }
            TYPE_STRING => {
                let n = self.size("bytes object")?;
                new_bytes(self.read(n)?)
            }
            TYPE_ASCII | TYPE_ASCII_INTERNED | TYPE_SHORT_ASCII | TYPE_SHORT_ASCII_INTERNED => {
                let n = if ty == TYPE_ASCII || ty == TYPE_ASCII_INTERNED {
                    self.size("string")?
                } else {
                    match self.byte()? {
                        Some(n) => n as usize,
                        None => return Err(eof_expected()),
                    }
                };
                let b = self.read(n)?;
                // Latin-1 bytes, like PyUnicode_FromKindAndData(1BYTE).
                let s: String = b.iter().map(|&c| c as char).collect();
                if ty == TYPE_ASCII_INTERNED || ty == TYPE_SHORT_ASCII_INTERNED {
                    intern(&s)
                } else {
                    new_str(s)
                }
            }
            TYPE_UNICODE | TYPE_INTERNED => {
                let n = self.size("string")?;
                let b = self.read(n)?;
                let s = crate::object::codecs::decode(&b, "utf-8", "surrogatepass")?;
                if ty == TYPE_INTERNED {
                    intern(&s)
                } else {
                    new_str(s)
                }
            }
            TYPE_SMALL_TUPLE | TYPE_TUPLE => {
                let n = if ty == TYPE_TUPLE {
                    self.size("tuple")?
                } else {
                    match self.byte()? {
                        Some(n) => n as usize,
                        None => return Err(eof_expected()),
                    }
                };
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.item("tuple")?);
                }
                new_tuple(items)
            }
            TYPE_LIST => {
                let n = self.size("list")?;
                let l = new_list(Vec::with_capacity(n.min(1 << 16)));
                self.set_ref(idx, &l);
                for _ in 0..n {
                    let it = self.item("list")?;
                    as_list(&l).expect("list").push(it);
                }
                l
            }
            TYPE_DICT => {
                let d = new_dict();
                self.set_ref(idx, &d);
                loop {
                    let Some(k) = self.object()? else { break };
                    let Some(v) = self.object()? else { break };
                    dict_set(&d, &k, &v)?;
                }
                d
            }
            TYPE_SET | TYPE_FROZENSET => {
                let n = self.size("set")?;
                let s = crate::object::set::new_set();
                if ty == TYPE_SET {
                    self.set_ref(idx, &s);
                }
                for _ in 0..n {
                    let it = self.item("set")?;
                    crate::object::set::set_add(&s, &it)?;
                }
                if ty == TYPE_FROZENSET {
                    crate::object::set::new_frozenset(Some(&s))?
                } else {
                    s
                }
            }
            TYPE_REF => {
                let n = self.long()?;
                let v = usize::try_from(n).ok().and_then(|i| self.refs.get(i).cloned().flatten());
                return match v {
                    Some(v) => Ok(Some(v)),
                    None => Err(bad("invalid reference")),
                };
            }
            TYPE_CODE => return Err(bad("code objects are not supported by pyston-rt")),
            _ => return Err(bad("unknown type code")),
        };
        self.set_ref(idx, &v);
        Ok(Some(v))
    }

    fn long_object(&mut self) -> PyResult<PyRef> {
        let n = self.long()?;
        if n == 0 {
            return Ok(new_int(0));
        }
        let count = n.unsigned_abs() as usize;
        let mut digits = Vec::with_capacity(count.min(1 << 16));
        for j in 0..count {
            let b = self.read(2)?;
            let md = i16::from_le_bytes([b[0], b[1]]);
            if !(0..=0x7fff).contains(&md) {
                return Err(bad("digit out of range in long"));
            }
            if md == 0 && j == count - 1 {
                return Err(bad("unnormalized long data"));
            }
            digits.push(md as u32);
        }
        let mut v = BigInt::default();
        for d in digits.iter().rev() {
            v = (v << 15u32) + BigInt::from(*d);
        }
        if n < 0 {
            v = -v;
        }
        Ok(new_bigint(v))
    }
}

fn read_object(r: &mut Reader) -> PyResult<PyRef> {
    match r.object()? {
        Some(v) => Ok(v),
        None => Err(type_error("NULL object in marshal data for object")),
    }
}

fn version_arg(o: Option<&&PyObject>) -> PyResult<i64> {
    match o {
        Some(v) => {
            if as_int(v).is_none() {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", v.type_().name())));
            }
            Ok(args::expect_index(v)? as i64)
        }
        None => Ok(VERSION),
    }
}

fn f_dumps(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("dumps", kw)?;
    args::check_positional("dumps", a.len(), 1, 2)?;
    let version = version_arg(a.get(1))?;
    Ok(new_bytes(dumps_bytes(a[0], version)?))
}

fn f_dump(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("dump", kw)?;
    args::check_positional("dump", a.len(), 2, 3)?;
    let version = version_arg(a.get(2))?;
    let b = new_bytes(dumps_bytes(a[0], version)?);
    protocol::call_method(a[1], &intern("write"), &[&b])
}

fn f_loads(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = args::one_arg("loads", a, kw)?;
    let data = crate::object::bytes::expect_buffer(o)?.to_vec();
    let mut r = Reader { src: Source::Buf(&data, 0), depth: 0, refs: Vec::new() };
    read_object(&mut r)
}

fn f_load(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = args::one_arg("load", a, kw)?;
    // CPython checks first that read() gives bytes.
    let zero = new_int(0);
    let probe = protocol::call_method(f, &intern("read"), &[&zero])?;
    if buffer_bytes(&probe).is_none() {
        return Err(type_error(format!("file.read() returned not bytes but {}", probe.type_().name())));
    }
    let mut r = Reader { src: Source::File(f), depth: 0, refs: Vec::new() };
    read_object(&mut r)
}

static FUNCS: [MethodDef; 4] = [
    MethodDef { name: "dump", func: f_dump, flags: 0, doc: "Write the value on the open file." },
    MethodDef { name: "load", func: f_load, flags: 0, doc: "Read one value from the open file and return it." },
    MethodDef { name: "dumps", func: f_dumps, flags: 0, doc: "Return the bytes object that would be written to a file by dump(value, file)." },
    MethodDef { name: "loads", func: f_loads, flags: 0, doc: "Convert the bytes-like object to a value." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("marshal");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("marshal");
    for f in FUNCS.iter() {
        crate::object::dict::dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    crate::object::dict::dict_set_item_str(d, "version", new_int(VERSION));
    let _ = as_dict;
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::format_g17;

    #[test]
    fn g17_matches_cpython() {
        assert_eq!(format_g17(1.5), "1.5");
        assert_eq!(format_g17(0.1), "0.10000000000000001");
        assert_eq!(format_g17(1e22), "1e+22");
        assert_eq!(format_g17(1e-5), "1.0000000000000001e-05");
        assert_eq!(format_g17(0.0), "0");
        assert_eq!(format_g17(-2.0), "-2");
        assert_eq!(format_g17(123456789012345680.0), "1.2345678901234568e+17");
    }
}
