//! The io abstract base classes as real (static, subclassable) types:
//! `IOBase`, `RawIOBase`, `BufferedIOBase`, `TextIOBase`. The concrete
//! types (`FileIO`, the buffered files, `TextIOWrapper`, `StringIO`,
//! `BytesIO`) derive from them, so `isinstance(f, io.IOBase)` holds and
//! the generic methods (`readline` from `read`, `readlines`,
//! `writelines`, iteration, context management, `closed` kept in the
//! `__IOBase_closed` attribute) serve user subclasses the way CPython's
//! `_io._IOBase` family does (Modules/_io/iobase.c, bufferedio.c,
//! textio.c). The concrete types override what they implement natively.

use super::io::unsupported;
use crate::object::args::{check_positional, no_kwargs};
use crate::object::bytes::{bytes_value, buffer_bytes, new_bytes};
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::singletons::{is_none, none};
use crate::object::typeobj::{slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::Cell;

const CLOSED_ATTR: &str = "__IOBase_closed";

fn is_closed(o: &PyObject) -> PyResult<bool> {
    let v = protocol::getattr_opt(o, &crate::object::str::new_str(CLOSED_ATTR))?;
    match v {
        Some(v) => protocol::is_true(&v),
        None => Ok(false),
    }
}

/// `self.closed` through attribute lookup (a subclass may override it).
fn check_closed(o: &PyObject) -> PyResult<()> {
    let c = protocol::getattr(o, crate::name!("closed"))?;
    if protocol::is_true(&c)? {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn this<'a>(args: &[&'a PyObject]) -> &'a PyObject {
    args[0]
}

fn no_more(name: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    no_kwargs(name, kw)?;
    check_positional(name, args.len() - 1, 0, 0)
}

// ---- IOBase ----

fn iob_closed(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(is_closed(o)?))
}

fn iob_close(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_more("close", args, kw)?;
    let o = this(args);
    if is_closed(o)? {
        return Ok(none());
    }
    let r = protocol::call_method(o, crate::name!("flush"), &[]);
    protocol::setattr(o, &crate::object::str::new_str(CLOSED_ATTR), &new_bool(true))?;
    r?;
    Ok(none())
}

fn iob_flush(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_more("flush", args, kw)?;
    if is_closed(this(args))? {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(none())
}

fn iob_false(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("readable", kw)?;
    let _ = args;
    Ok(new_bool(false))
}

fn iob_isatty(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_more("isatty", args, kw)?;
    check_closed(this(args))?;
    Ok(new_bool(false))
}

/// `IOBase.register(subclass)`: CPython's io.IOBase is an ABC; `_pyio`
/// registers its classes. Accepted and returned so `_pyio` imports.
fn iob_register(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if kw.is_some() || args.len() != 2 {
        return Err(crate::object::exceptions::type_error("ABCMeta.register() missing 1 required positional argument: 'subclass'"));
    }
    Ok(args[1].to_ref())
}

fn iob_seek(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(unsupported("seek"))
}

fn iob_truncate(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(unsupported("truncate"))
}

fn iob_fileno(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(unsupported("fileno"))
}

fn iob_tell(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_more("tell", args, kw)?;
    protocol::call_method(this(args), crate::name!("seek"), &[&new_int(0), &new_int(1)])
}

fn check_flag(args: &[&PyObject], method: &PyObject, msg: &str) -> PyResult<PyRef> {
    let o = this(args);
    let r = protocol::call_method(o, method, &[])?;
    if !protocol::is_true(&r)? {
        return Err(unsupported(msg));
    }
    Ok(none())
}

fn iob_check_closed(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    check_closed(this(args))?;
    Ok(none())
}

fn iob_check_readable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    check_flag(args, crate::name!("readable"), "File or stream is not readable.")
}

fn iob_check_writable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    check_flag(args, crate::name!("writable"), "File or stream is not writable.")
}

fn iob_check_seekable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    check_flag(args, crate::name!("seekable"), "File or stream is not seekable.")
}

fn iob_enter(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_more("__enter__", args, kw)?;
    check_closed(this(args))?;
    Ok(this(args).to_ref())
}

fn iob_exit(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::call_method(this(args), crate::name!("close"), &[])
}

fn iob_iter(o: &PyObject) -> PyResult<PyRef> {
    check_closed(o)?;
    Ok(o.to_ref())
}

fn iob_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    let line = protocol::call_method(o, crate::name!("readline"), &[])?;
    if protocol::len(&line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line))
}

fn size_limit(o: Option<&PyObject>) -> PyResult<isize> {
    match o {
        None => Ok(-1),
        Some(v) if is_none(v) => Ok(-1),
        Some(v) => crate::object::args::expect_index(v),
    }
}

/// `readline(size=-1)` on top of `read(1)` (and `peek` when present).
fn iob_readline(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("readline", kw)?;
    check_positional("readline", args.len() - 1, 0, 1)?;
    let o = this(args);
    let limit = size_limit(args.get(1).copied())?;
    let peek = protocol::getattr_opt(o, crate::name!("peek"))?;
    let mut line: Vec<u8> = Vec::new();
    while limit < 0 || (line.len() as isize) < limit {
        let mut nreadahead = 1usize;
        if let Some(p) = &peek {
            let ahead = protocol::call1(p, &new_int(1))?;
            let Some(buf) = bytes_value(&ahead) else {
                return Err(crate::object::exceptions::os_error(format!(
                    "peek() should have returned a bytes object, not '{}'",
                    ahead.type_().name()
                )));
            };
            if !buf.is_empty() {
                let mut n = match buf.iter().position(|&b| b == b'\n') {
                    Some(i) => i + 1,
                    None => buf.len(),
                };
                if limit >= 0 {
                    n = n.min((limit as usize) - line.len());
                }
                nreadahead = n.max(1);
            }
        }
        let b = protocol::call_method(o, crate::name!("read"), &[&new_int(nreadahead as i64)])?;
        if is_none(&b) {
            break;
        }
        let Some(data) = bytes_value(&b) else {
            return Err(crate::object::exceptions::os_error(format!(
                "read() should have returned a bytes object, not '{}'",
                b.type_().name()
            )));
        };
        if data.is_empty() {
            break;
        }
        line.extend_from_slice(data);
        if line.ends_with(b"\n") {
            break;
        }
    }
    Ok(new_bytes(line))
}

fn iob_readlines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("readlines", kw)?;
    check_positional("readlines", args.len() - 1, 0, 1)?;
    let o = this(args);
    let hint = size_limit(args.get(1).copied())?;
    let it = protocol::iter(o)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    while let Some(line) = protocol::next(&it)? {
        total += protocol::len(&line)?;
        lines.push(line);
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(new_list(lines))
}

fn iob_writelines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("writelines", kw)?;
    check_positional("writelines", args.len() - 1, 1, 1)?;
    let o = this(args);
    check_closed(o)?;
    let it = protocol::iter(args[1])?;
    while let Some(line) = protocol::next(&it)? {
        protocol::call_method(o, crate::name!("write"), &[&line])?;
    }
    Ok(none())
}

static IOBASE_METHODS: [MethodDef; 23] = [
    MethodDef { name: "register", func: iob_register, flags: crate::object::typeobj::method_flags::CLASS, doc: "Register a virtual subclass (accepted and returned; io.IOBase is not an ABCMeta here)." },
    MethodDef { name: "seek", func: iob_seek, flags: 0, doc: "Change the stream position to the given byte offset." },
    MethodDef { name: "tell", func: iob_tell, flags: 0, doc: "Return current stream position." },
    MethodDef { name: "truncate", func: iob_truncate, flags: 0, doc: "Truncate file to size bytes." },
    MethodDef { name: "flush", func: iob_flush, flags: 0, doc: "Flush write buffers, if applicable." },
    MethodDef { name: "close", func: iob_close, flags: 0, doc: "Flush and close the IO object." },
    MethodDef { name: "seekable", func: iob_false, flags: 0, doc: "Return whether object supports random access." },
    MethodDef { name: "readable", func: iob_false, flags: 0, doc: "Return whether object was opened for reading." },
    MethodDef { name: "writable", func: iob_false, flags: 0, doc: "Return whether object was opened for writing." },
    MethodDef { name: "_checkClosed", func: iob_check_closed, flags: 0, doc: "" },
    MethodDef { name: "_checkSeekable", func: iob_check_seekable, flags: 0, doc: "" },
    MethodDef { name: "_checkReadable", func: iob_check_readable, flags: 0, doc: "" },
    MethodDef { name: "_checkWritable", func: iob_check_writable, flags: 0, doc: "" },
    MethodDef { name: "fileno", func: iob_fileno, flags: 0, doc: "Returns underlying file descriptor if one exists." },
    MethodDef { name: "isatty", func: iob_isatty, flags: 0, doc: "Return whether this is an 'interactive' stream." },
    MethodDef { name: "__enter__", func: iob_enter, flags: 0, doc: "" },
    MethodDef { name: "__exit__", func: iob_exit, flags: 0, doc: "" },
    MethodDef { name: "readline", func: iob_readline, flags: 0, doc: "Read and return a line from the stream." },
    MethodDef { name: "readlines", func: iob_readlines, flags: 0, doc: "Return a list of lines from the stream." },
    MethodDef { name: "writelines", func: iob_writelines, flags: 0, doc: "Write a list of lines to stream." },
    MethodDef { name: "__iter__", func: iob_iter_m, flags: 0, doc: "Implement iter(self)." },
    MethodDef { name: "__next__", func: iob_next_m, flags: 0, doc: "Implement next(self)." },
    MethodDef { name: "__del__", func: iob_del, flags: 0, doc: "" },
];

fn iob_iter_m(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    iob_iter(this(args))
}

fn iob_next_m(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    iob_iternext(this(args))?.ok_or_else(|| crate::object::exceptions::stop_iteration(None))
}

/// `__del__`: close the stream (errors are ignored, as CPython's
/// `iobase_finalize` reports them as unraisable).
fn iob_del(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = this(args);
    if let Ok(false) = protocol::getattr(o, crate::name!("closed")).and_then(|c| protocol::is_true(&c)) {
        let _ = protocol::call_method(o, crate::name!("close"), &[]);
    }
    Ok(none())
}

static IOBASE_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "closed", get: iob_closed, set: None, doc: "" }];

pub static IOBASE_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE),
    tp_iter: slot(iob_iter),
    tp_iternext: slot(iob_iternext),
    methods: &IOBASE_METHODS,
    getsets: &IOBASE_GETSETS,
    module: Some("io"),
    doc: Some("The abstract base class for all I/O classes."),
    ..TypeObject::new_static("IOBase", std::mem::size_of::<PyObject>())
});

// ---- RawIOBase ----

fn raw_read(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("read", kw)?;
    check_positional("read", args.len() - 1, 0, 1)?;
    let o = this(args);
    let n = size_limit(args.get(1).copied())?;
    if n < 0 {
        return protocol::call_method(o, crate::name!("readall"), &[]);
    }
    let buf = crate::object::bytearray::new_bytearray(vec![0u8; n as usize]);
    let r = protocol::call_method(o, crate::name!("readinto"), &[&buf])?;
    if is_none(&r) {
        return Ok(r);
    }
    let got = crate::object::args::expect_index(&r)?;
    let data = buffer_bytes(&buf).unwrap_or(&[]);
    if got < 0 || got as usize > data.len() {
        return Err(value_error(format!("readinto returned {} outside buffer size {}", got, n)));
    }
    Ok(new_bytes(data[..got as usize].to_vec()))
}

fn raw_readall(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_more("readall", args, kw)?;
    let o = this(args);
    let mut out: Vec<u8> = Vec::new();
    let mut got_any = false;
    loop {
        let d = protocol::call_method(o, crate::name!("read"), &[&new_int(super::io_file::BUFFER_SIZE as i64)])?;
        if is_none(&d) {
            if !got_any {
                return Ok(d);
            }
            break;
        }
        let Some(b) = bytes_value(&d) else { return Err(type_error("read() should return bytes")) };
        if b.is_empty() {
            break;
        }
        got_any = true;
        out.extend_from_slice(b);
    }
    Ok(new_bytes(out))
}

static RAW_METHODS: [MethodDef; 2] = [
    MethodDef { name: "read", func: raw_read, flags: 0, doc: "" },
    MethodDef { name: "readall", func: raw_readall, flags: 0, doc: "Read until EOF, using multiple read() call." },
];

pub static RAW_IOBASE_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE),
    base: Cell::new(&IOBASE_TYPE as *const Static<TypeObject> as *mut TypeObject),
    methods: &RAW_METHODS,
    module: Some("io"),
    doc: Some("Base class for raw binary I/O."),
    ..TypeObject::new_static("RawIOBase", std::mem::size_of::<PyObject>())
});

// ---- BufferedIOBase ----

fn unsupported_method(name: &'static str) -> PyResult<PyRef> {
    Err(unsupported(name))
}

fn buf_read(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    unsupported_method("read")
}
fn buf_read1(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    unsupported_method("read1")
}
fn buf_write(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    unsupported_method("write")
}
fn buf_detach(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    unsupported_method("detach")
}

/// `readinto(b)` through `read(len(b))` (or `read1`).
fn readinto_via(args: &[&PyObject], kw: Option<&PyObject>, method: &PyObject, name: &str) -> PyResult<PyRef> {
    no_kwargs(name, kw)?;
    check_positional(name, args.len() - 1, 1, 1)?;
    let o = this(args);
    let target = args[1];
    let n = protocol::len(target)?;
    let data = protocol::call_method(o, method, &[&new_int(n as i64)])?;
    let Some(d) = bytes_value(&data) else {
        return Err(type_error(format!("read() should return bytes, not {}", data.type_().name())));
    };
    let d = d.to_vec();
    if d.len() > n {
        return Err(value_error(format!("read() returned too much data: {} bytes requested, {} returned", n, d.len())));
    }
    let sl = crate::object::slice::new_slice(&new_int(0), &new_int(d.len() as i64), &none());
    let len = d.len();
    protocol::setitem(target, &sl, &new_bytes(d))?;
    Ok(new_int(len as i64))
}

fn buf_readinto(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    readinto_via(args, kw, crate::name!("read"), "readinto")
}

fn buf_readinto1(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    readinto_via(args, kw, crate::name!("read1"), "readinto1")
}

static BUFFERED_METHODS: [MethodDef; 6] = [
    MethodDef { name: "read", func: buf_read, flags: 0, doc: "Read and return up to n bytes." },
    MethodDef { name: "read1", func: buf_read1, flags: 0, doc: "Read and return up to n bytes, with at most one read() call." },
    MethodDef { name: "write", func: buf_write, flags: 0, doc: "Write the given buffer to the IO stream." },
    MethodDef { name: "detach", func: buf_detach, flags: 0, doc: "Disconnect this buffer from its underlying raw stream." },
    MethodDef { name: "readinto", func: buf_readinto, flags: 0, doc: "" },
    MethodDef { name: "readinto1", func: buf_readinto1, flags: 0, doc: "" },
];

pub static BUFFERED_IOBASE_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE),
    base: Cell::new(&IOBASE_TYPE as *const Static<TypeObject> as *mut TypeObject),
    methods: &BUFFERED_METHODS,
    module: Some("io"),
    doc: Some("Base class for buffered IO objects."),
    ..TypeObject::new_static("BufferedIOBase", std::mem::size_of::<PyObject>())
});

// ---- TextIOBase ----

fn text_read(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    unsupported_method("read")
}
fn text_readline(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    unsupported_method("readline")
}
fn text_write(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    unsupported_method("write")
}

fn text_none(_o: &PyObject) -> PyResult<PyRef> {
    Ok(none())
}

static TEXT_METHODS: [MethodDef; 4] = [
    MethodDef { name: "detach", func: buf_detach, flags: 0, doc: "Separate the underlying buffer from the TextIOBase and return it." },
    MethodDef { name: "read", func: text_read, flags: 0, doc: "Read at most n characters from stream." },
    MethodDef { name: "readline", func: text_readline, flags: 0, doc: "Read until newline or EOF." },
    MethodDef { name: "write", func: text_write, flags: 0, doc: "Write string to stream." },
];

static TEXT_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "encoding", get: text_none, set: None, doc: "Encoding of the text stream." },
    GetSetDef { name: "newlines", get: text_none, set: None, doc: "Line endings translated so far." },
    GetSetDef { name: "errors", get: text_none, set: None, doc: "The error setting of the decoder or encoder." },
];

pub static TEXT_IOBASE_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE),
    base: Cell::new(&IOBASE_TYPE as *const Static<TypeObject> as *mut TypeObject),
    methods: &TEXT_METHODS,
    getsets: &TEXT_GETSETS,
    module: Some("io"),
    doc: Some("Base class for text I/O."),
    ..TypeObject::new_static("TextIOBase", std::mem::size_of::<PyObject>())
});

pub fn base_types() -> Vec<&'static TypeObject> {
    vec![&IOBASE_TYPE, &RAW_IOBASE_TYPE, &BUFFERED_IOBASE_TYPE, &TEXT_IOBASE_TYPE]
}
