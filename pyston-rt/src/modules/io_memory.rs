//! In-memory streams: `StringIO` (text; positions count characters) and
//! `BytesIO` (bytes).
//!
//! `BytesIO.getbuffer()` is a writable memoryview over the current
//! contents. Each live view counts as one export (`reexport`/`unexport`,
//! called by `object/memoryview.rs` as for mmap); while exports exist,
//! `write`, `truncate`, `close` and `__setstate__` raise BufferError.

use super::io::closed_file_error;
use super::io_file::{seek_args, size_arg};
use crate::object::args::{no_kwargs, split, Params};
use crate::object::dict::{as_dict, dict_items};
use crate::object::tuple::{as_tuple, new_tuple};
use crate::object::exceptions::{type_error, value_error, PyErr, BUFFER_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::protocol;
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::{Cell, UnsafeCell};

/// Shared state: the data and a position (bytes; for StringIO the data is
/// UTF-8 and the position is always on a character boundary).
#[repr(C)]
pub struct PyMemIO {
    pub ob: PyObject,
    pub data: UnsafeCell<Vec<u8>>,
    pub pos: Cell<usize>,
    pub closed: Cell<bool>,
    /// Live memoryviews over the data (BytesIO only).
    pub exports: Cell<usize>,
}

impl PyMemIO {
    #[allow(clippy::mut_from_ref)]
    fn data(&self) -> &mut Vec<u8> {
        // SAFETY: single-threaded; no Python code runs while borrowed.
        unsafe { &mut *self.data.get() }
    }
    fn check(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(closed_file_error());
        }
        Ok(())
    }
    /// BufferError while a view of the data exists.
    fn check_exports(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(PyErr::new(&BUFFER_ERROR, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }
    /// Overwrite/extend at the position.
    fn write_bytes(&self, b: &[u8], text: bool) {
        let d = self.data();
        let pos = self.pos.get();
        if pos > d.len() {
            d.resize(pos, 0);
        }
        if pos == d.len() {
            d.extend_from_slice(b);
        } else if text {
            // Replace as many characters as are written.
            let nchars = std::str::from_utf8(b).map_or(b.len(), |s| s.chars().count());
            let tail = std::str::from_utf8(&d[pos..]).unwrap_or("");
            let cut: usize = tail.chars().take(nchars).map(|c| c.len_utf8()).sum();
            d.splice(pos..pos + cut, b.iter().copied());
        } else {
            let end = (pos + b.len()).min(d.len());
            d.splice(pos..end, b.iter().copied());
        }
        self.pos.set(pos + b.len());
    }
    fn line_end(&self, limit: Option<usize>, text: bool) -> usize {
        let d = self.data();
        let pos = self.pos.get().min(d.len());
        let rest = &d[pos..];
        let mut end = rest.iter().position(|&c| c == b'\n').map_or(rest.len(), |i| i + 1);
        if let Some(l) = limit {
            end = end.min(if text { char_bytes(rest, l) } else { l });
        }
        pos + end
    }
}

/// Bytes taken by the first `n` characters of UTF-8 data.
fn char_bytes(b: &[u8], n: usize) -> usize {
    let s = std::str::from_utf8(b).unwrap_or("");
    s.char_indices().nth(n).map_or(b.len(), |(i, _)| i)
}

pub static STRINGIO_TYPE: Static<TypeObject> = Static(TypeObject {
    base: Cell::new(&super::io_base::TEXT_IOBASE_TYPE as *const Static<TypeObject> as *mut TypeObject),
    tp_drop: slot(drop_payload::<PyMemIO>),
    tp_new: slot(stringio_new),
    tp_iter: slot(mem_iter),
    tp_iternext: slot(stringio_next),
    module: Some("_io"),
    methods: &STRINGIO_METHODS,
    getsets: &MEM_GETSETS,
    ..TypeObject::new_static("StringIO", std::mem::size_of::<PyMemIO>())
});

pub static BYTESIO_TYPE: Static<TypeObject> = Static(TypeObject {
    base: Cell::new(&super::io_base::BUFFERED_IOBASE_TYPE as *const Static<TypeObject> as *mut TypeObject),
    tp_drop: slot(drop_payload::<PyMemIO>),
    tp_new: slot(bytesio_new),
    tp_iter: slot(mem_iter),
    tp_iternext: slot(bytesio_next),
    module: Some("_io"),
    methods: &BYTESIO_METHODS,
    getsets: &MEM_GETSETS,
    ..TypeObject::new_static("BytesIO", std::mem::size_of::<PyMemIO>())
});

fn this(o: &PyObject) -> PyResult<&PyMemIO> {
    if o.is_instance_of(&STRINGIO_TYPE) || o.is_instance_of(&BYTESIO_TYPE) {
        // SAFETY: both types and their subclasses are laid out as PyMemIO.
        Ok(unsafe { o.cast::<PyMemIO>() })
    } else {
        Err(type_error(format!("descriptor requires an in-memory stream, not '{}'", o.type_().name())))
    }
}

fn is_text(o: &PyObject) -> bool {
    o.is_instance_of(&STRINGIO_TYPE)
}

static STRINGIO_PARAMS: Params = Params::new("StringIO", &["initial_value", "newline"], 0);
static BYTESIO_PARAMS: Params = Params::new("BytesIO", &["initial_bytes"], 0);

fn stringio_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 2];
    STRINGIO_PARAMS.parse(args, kw, &mut p)?;
    let init = match p[0] {
        None => String::new(),
        Some(v) if is_none(v) => String::new(),
        Some(v) => str_value(v)
            .ok_or_else(|| type_error(format!("initial_value must be str or None, not {}", v.type_().name())))?
            .to_string(),
    };
    Ok(new_object(t, |ob| PyMemIO { ob, data: UnsafeCell::new(init.into_bytes()), pos: Cell::new(0), closed: Cell::new(false), exports: Cell::new(0) }))
}

fn bytesio_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 1];
    BYTESIO_PARAMS.parse(args, kw, &mut p)?;
    let init = match p[0] {
        None => Vec::new(),
        Some(v) if is_none(v) => Vec::new(),
        Some(v) => super::hooks::bytes_data(v)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", v.type_().name())))?
            .to_vec(),
    };
    Ok(new_object(t, |ob| PyMemIO { ob, data: UnsafeCell::new(init), pos: Cell::new(0), closed: Cell::new(false), exports: Cell::new(0) }))
}

fn out(o: &PyObject, b: Vec<u8>) -> PyRef {
    if is_text(o) {
        new_str(String::from_utf8(b).unwrap_or_default())
    } else {
        super::hooks::new_bytes(b)
    }
}

fn mem_iter(o: &PyObject) -> PyResult<PyRef> {
    this(o)?.check()?;
    Ok(o.to_ref())
}

fn readline_vec(o: &PyObject, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let m = this(o)?;
    m.check()?;
    let start = m.pos.get().min(m.data().len());
    let end = m.line_end(limit, is_text(o));
    m.pos.set(end.max(start));
    Ok(m.data()[start..end.max(start)].to_vec())
}

fn stringio_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    let l = readline_vec(o, None)?;
    Ok(if l.is_empty() { None } else { Some(out(o, l)) })
}

fn bytesio_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    stringio_next(o)
}

static SIZE_PARAMS: Params = Params { fname: "read", names: &["size"], required: 0, posonly: 1, kwonly: 1 };

fn m_read(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = args[0];
    let m = this(o)?;
    m.check()?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let d = m.data();
    let start = m.pos.get().min(d.len());
    let end = match size_arg(p[0])? {
        None => d.len(),
        Some(n) if is_text(o) => start + char_bytes(&d[start..], n),
        Some(n) => (start + n).min(d.len()),
    };
    m.pos.set(end);
    Ok(out(o, d[start..end].to_vec()))
}

fn m_readline(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let l = readline_vec(args[0], size_arg(p[0])?)?;
    Ok(out(args[0], l))
}

fn m_readlines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let hint = size_arg(p[0])?.filter(|&h| h > 0);
    let mut v = Vec::new();
    let mut total = 0;
    loop {
        let l = readline_vec(args[0], None)?;
        if l.is_empty() {
            break;
        }
        total += l.len();
        v.push(out(args[0], l));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(new_list(v))
}

fn write_one(o: &PyObject, v: &PyObject) -> PyResult<usize> {
    let m = this(o)?;
    m.check_exports()?;
    m.check()?;
    if is_text(o) {
        let s = str_value(v).ok_or_else(|| type_error(format!("string argument expected, got '{}'", v.type_().name())))?;
        m.write_bytes(s.as_bytes(), true);
        Ok(s.chars().count())
    } else {
        let b = super::hooks::bytes_data(v)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", v.type_().name())))?
            .to_vec();
        m.write_bytes(&b, false);
        Ok(b.len())
    }
}

fn m_write(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("write", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("write() takes exactly one argument ({} given)", args.len() - 1)));
    }
    Ok(new_int(write_one(args[0], args[1])? as i64))
}

fn m_writelines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("writelines", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("writelines() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let it = protocol::iter(args[1])?;
    while let Some(x) = protocol::next(&it)? {
        write_one(args[0], &x)?;
    }
    Ok(none())
}

fn m_getvalue(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = this(args[0])?;
    m.check()?;
    Ok(out(args[0], m.data().clone()))
}

fn m_seek(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = args[0];
    let m = this(o)?;
    m.check()?;
    let (off, whence) = seek_args(&args[1..], kw)?;
    let d = m.data();
    let text = is_text(o);
    if text && whence != 0 && off != 0 {
        return Err(super::io::unsupported(if whence == 1 { "Can't do nonzero cur-relative seeks" } else { "Can't do nonzero end-relative seeks" }));
    }
    let base: i64 = match whence {
        0 => 0,
        1 => m.pos.get() as i64,
        _ => d.len() as i64,
    };
    if whence == 0 && off < 0 {
        return Err(value_error(format!("negative seek value {}", off)));
    }
    let target = if text && whence == 0 {
        // Character position -> byte position.
        let n = off as usize;
        let s = std::str::from_utf8(d).unwrap_or("");
        let count = s.chars().count();
        if n <= count { char_bytes(d, n) } else { d.len() + (n - count) }
    } else {
        (base + off).max(0) as usize
    };
    m.pos.set(target);
    Ok(new_int(if text && whence == 0 { off } else { tell_of(o, m) }))
}

fn tell_of(o: &PyObject, m: &PyMemIO) -> i64 {
    let d = m.data();
    let pos = m.pos.get();
    if is_text(o) {
        let within = pos.min(d.len());
        std::str::from_utf8(&d[..within]).map_or(within, |s| s.chars().count()) as i64 + (pos - within) as i64
    } else {
        pos as i64
    }
}

fn m_tell(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = this(args[0])?;
    m.check()?;
    Ok(new_int(tell_of(args[0], m)))
}

fn m_truncate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = args[0];
    let m = this(o)?;
    m.check_exports()?;
    m.check()?;
    let (pos, _, _) = split(&args[1..], kw);
    let size = match pos.first() {
        Some(s) if !is_none(s) => {
            let n = protocol::index_opt(s)?.unwrap_or(0);
            if n < 0 {
                return Err(value_error(format!("negative size value {}", n)));
            }
            if is_text(o) { char_bytes(m.data(), n as usize) } else { n as usize }
        }
        _ => m.pos.get(),
    };
    let d = m.data();
    if size < d.len() {
        d.truncate(size);
    }
    Ok(new_int(if is_text(o) { std::str::from_utf8(&d[..size.min(d.len())]).map_or(0, |s| s.chars().count()) as i64 } else { size as i64 }))
}

fn m_close(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = this(args[0])?;
    m.check_exports()?;
    m.closed.set(true);
    Ok(none())
}

/// METH_NOARGS's count check.
fn no_args(name: &str, n: usize) -> PyResult<()> {
    if n != 0 {
        return Err(type_error(format!("{}() takes no arguments ({} given)", name, n)));
    }
    Ok(())
}

/// `BytesIO.getbuffer()`: a writable view of the current contents.
fn m_getbuffer(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("getbuffer", kw)?;
    no_args("BytesIO.getbuffer", args.len() - 1)?;
    let m = this(args[0])?;
    m.check()?;
    Ok(crate::object::memoryview::new_exported_view(args[0].to_ref(), m.data().len()))
}

/// `BytesIO.__getstate__()`: (contents, position, __dict__ or None).
fn m_getstate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("__getstate__", kw)?;
    no_args("BytesIO.__getstate__", args.len() - 1)?;
    let m = this(args[0])?;
    m.check()?;
    let dict = match protocol::getattr_opt(args[0], crate::name!("__dict__"))? {
        Some(d) if as_dict(&d).is_some_and(|_| !dict_items(&d).is_empty()) => {
            protocol::call_method(&d, crate::name!("copy"), &[])?
        }
        _ => none(),
    };
    let value = super::hooks::new_bytes(m.data().clone());
    Ok(new_tuple(vec![value, new_int(m.pos.get() as i64), dict]))
}

/// `BytesIO.__setstate__((contents, position, dict))`.
fn m_setstate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("__setstate__", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("BytesIO.__setstate__() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let m = this(args[0])?;
    let state = args[1];
    let items = match as_tuple(state) {
        Some(t) if t.items.len() == 3 => &t.items,
        _ => {
            return Err(type_error(format!(
                "{}.__setstate__ argument should be 3-tuple, got {}",
                if args[0].is_exact(&BYTESIO_TYPE) { "_io.BytesIO" } else { args[0].type_().name() },
                state.type_().name()
            )))
        }
    };
    m.check_exports()?;
    m.check()?;
    let value = super::hooks::bytes_data(&items[0])
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", items[0].type_().name())))?
        .to_vec();
    let pos = match protocol::index_opt(&items[1])? {
        Some(p) if crate::object::int::as_int(&items[1]).is_some() => p,
        _ => return Err(type_error(format!("second item of state must be an integer, not {}", items[1].type_().name()))),
    };
    if pos < 0 {
        return Err(value_error("position value cannot be negative"));
    }
    let dict = &items[2];
    if !is_none(dict) && as_dict(dict).is_none() {
        return Err(type_error(format!("third item of state should be a dict, got a {}", dict.type_().name())));
    }
    *m.data() = value;
    m.pos.set(pos as usize);
    if !is_none(dict) {
        for (k, v) in dict_items(dict) {
            protocol::setattr(args[0], &k, &v)?;
        }
    }
    Ok(none())
}

/// The contents of a BytesIO (memoryview reads).
pub fn bytesio_buffer(o: &PyObject) -> Option<&[u8]> {
    bytesio(o).map(|m| m.data().as_slice())
}

/// The contents of a BytesIO, writable (memoryview assignment).
#[allow(clippy::mut_from_ref)]
pub fn bytesio_buffer_mut(o: &PyObject) -> Option<&mut [u8]> {
    bytesio(o).map(|m| m.data().as_mut_slice())
}

/// Count one more export of `o` if it is a BytesIO.
pub fn reexport(o: &PyObject) {
    if let Some(m) = bytesio(o) {
        m.exports.set(m.exports.get() + 1);
    }
}

/// End one export of `o` if it is a BytesIO.
pub fn unexport(o: &PyObject) {
    if let Some(m) = bytesio(o) {
        m.exports.set(m.exports.get().saturating_sub(1));
    }
}

fn bytesio(o: &PyObject) -> Option<&PyMemIO> {
    // SAFETY: BytesIO and its subclasses are laid out as PyMemIO.
    o.is_instance_of(&BYTESIO_TYPE).then(|| unsafe { o.cast::<PyMemIO>() })
}

fn m_true(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    this(args[0])?.check()?;
    Ok(new_bool(true))
}

fn m_false(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    this(args[0])?.check()?;
    Ok(new_bool(false))
}

fn m_flush(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    this(args[0])?.check()?;
    Ok(none())
}

fn m_enter(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    this(args[0])?.check()?;
    Ok(args[0].to_ref())
}

fn m_exit(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::call_method(args[0], crate::name!("close"), &[])?;
    Ok(none())
}

fn m_iter(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    mem_iter(args[0])
}

macro_rules! mem_methods {
    ($($extra:expr),*) => {
        [
            MethodDef { name: "read", func: m_read, flags: 0, doc: "" },
            MethodDef { name: "readline", func: m_readline, flags: 0, doc: "" },
            MethodDef { name: "readlines", func: m_readlines, flags: 0, doc: "" },
            MethodDef { name: "write", func: m_write, flags: 0, doc: "" },
            MethodDef { name: "writelines", func: m_writelines, flags: 0, doc: "" },
            MethodDef { name: "getvalue", func: m_getvalue, flags: 0, doc: "" },
            MethodDef { name: "seek", func: m_seek, flags: 0, doc: "" },
            MethodDef { name: "tell", func: m_tell, flags: 0, doc: "" },
            MethodDef { name: "truncate", func: m_truncate, flags: 0, doc: "" },
            MethodDef { name: "close", func: m_close, flags: 0, doc: "" },
            MethodDef { name: "readable", func: m_true, flags: 0, doc: "" },
            MethodDef { name: "writable", func: m_true, flags: 0, doc: "" },
            MethodDef { name: "seekable", func: m_true, flags: 0, doc: "" },
            MethodDef { name: "isatty", func: m_false, flags: 0, doc: "" },
            MethodDef { name: "flush", func: m_flush, flags: 0, doc: "" },
            MethodDef { name: "__enter__", func: m_enter, flags: 0, doc: "" },
            MethodDef { name: "__exit__", func: m_exit, flags: 0, doc: "" },
            MethodDef { name: "__iter__", func: m_iter, flags: 0, doc: "" },
            $($extra),*
        ]
    };
}

static STRINGIO_METHODS: [MethodDef; 18] = mem_methods!();
static BYTESIO_METHODS: [MethodDef; 22] = mem_methods!(
    MethodDef { name: "read1", func: m_read, flags: 0, doc: "" },
    MethodDef { name: "getbuffer", func: m_getbuffer, flags: 0, doc: "Get a read-write view over the contents of the BytesIO object." },
    MethodDef { name: "__getstate__", func: m_getstate, flags: 0, doc: "" },
    MethodDef { name: "__setstate__", func: m_setstate, flags: 0, doc: "" }
);

fn g_closed(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(this(o)?.closed.get()))
}

static MEM_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "closed", get: g_closed, set: None, doc: "" }];
