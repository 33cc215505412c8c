//! Binary files: `FileIO` (unbuffered) and `BufferedReader`/`BufferedWriter`/
//! `BufferedRandom`. All four share one layout: a file descriptor with a
//! read buffer and a write buffer (`FileState`); `FileIO` just never keeps
//! data in them. Text files (`io_text.rs`) sit on top of one of these and
//! use `FileState` directly.

use super::io::{closed_file_error, os_error_from_errno, unsupported};
use crate::object::args::{no_kwargs, Params};
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{as_int, new_bool, new_int};
use crate::object::list::new_list;
use crate::object::protocol;
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::{Cell, UnsafeCell};

pub const BUFFER_SIZE: usize = 8192;

/// A file descriptor with read and write buffers.
pub struct FileState {
    /// -1 once closed.
    pub fd: Cell<i32>,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    /// False for `FileIO`: every write goes straight to the descriptor.
    pub buffered: bool,
    rbuf: UnsafeCell<Vec<u8>>,
    rpos: Cell<usize>,
    wbuf: UnsafeCell<Vec<u8>>,
    /// -1 unknown, 0 no, 1 yes.
    seekable: Cell<i8>,
}

/// Retry a syscall on EINTR unless a Ctrl-C arrived (then KeyboardInterrupt).
fn check_eintr() -> PyResult<()> {
    crate::runtime::signals::check_interrupt()
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

impl FileState {
    pub fn new(fd: i32, readable: bool, writable: bool, appending: bool, created: bool, closefd: bool, buffered: bool) -> FileState {
        FileState {
            fd: Cell::new(fd),
            readable,
            writable,
            appending,
            created,
            closefd,
            buffered,
            rbuf: UnsafeCell::new(Vec::new()),
            rpos: Cell::new(0),
            wbuf: UnsafeCell::new(Vec::new()),
            seekable: Cell::new(-1),
        }
    }

    pub fn is_closed(&self) -> bool {
        self.fd.get() < 0
    }

    pub fn check_open(&self) -> PyResult<i32> {
        let fd = self.fd.get();
        if fd < 0 {
            return Err(closed_file_error());
        }
        Ok(fd)
    }

    #[allow(clippy::mut_from_ref)]
    fn rbuf(&self) -> &mut Vec<u8> {
        // SAFETY: single-threaded; no Python code runs while this borrow lives.
        unsafe { &mut *self.rbuf.get() }
    }

    #[allow(clippy::mut_from_ref)]
    fn wbuf(&self) -> &mut Vec<u8> {
        // SAFETY: as `rbuf`.
        unsafe { &mut *self.wbuf.get() }
    }

    /// Unread bytes in the read buffer.
    pub fn buffered_bytes(&self) -> &[u8] {
        &self.rbuf()[self.rpos.get()..]
    }

    /// Mark `n` buffered bytes as consumed.
    pub fn consume(&self, n: usize) {
        self.rpos.set(self.rpos.get() + n);
        if self.rpos.get() >= self.rbuf().len() {
            self.rbuf().clear();
            self.rpos.set(0);
        }
    }

    pub fn check_readable(&self) -> PyResult<i32> {
        let fd = self.check_open()?;
        if !self.readable {
            return Err(unsupported("File not open for reading"));
        }
        Ok(fd)
    }

    pub fn check_writable(&self) -> PyResult<i32> {
        let fd = self.check_open()?;
        if !self.writable {
            return Err(unsupported("File not open for writing"));
        }
        Ok(fd)
    }

    /// Read more bytes into the read buffer; returns how many (0 at EOF).
    pub fn fill(&self) -> PyResult<usize> {
        let fd = self.check_readable()?;
        self.flush()?;
        let rb = self.rbuf();
        if self.rpos.get() > 0 {
            rb.drain(..self.rpos.get());
            self.rpos.set(0);
        }
        let old = rb.len();
        rb.resize(old + BUFFER_SIZE, 0);
        loop {
            // SAFETY: the buffer has BUFFER_SIZE writable bytes after `old`.
            let n = unsafe { libc::read(fd, rb.as_mut_ptr().add(old) as *mut libc::c_void, BUFFER_SIZE) };
            if n < 0 {
                let e = errno();
                if e == libc::EINTR {
                    if let Err(err) = check_eintr() {
                        rb.truncate(old);
                        return Err(err);
                    }
                    continue;
                }
                rb.truncate(old);
                return Err(os_error_from_errno(e, None));
            }
            rb.truncate(old + n as usize);
            return Ok(n as usize);
        }
    }

    /// Read everything up to EOF.
    pub fn read_all(&self) -> PyResult<Vec<u8>> {
        self.check_readable()?;
        while self.fill()? > 0 {}
        let out = self.buffered_bytes().to_vec();
        self.consume(out.len());
        Ok(out)
    }

    /// Read up to `n` bytes (fewer only at EOF).
    pub fn read_n(&self, n: usize) -> PyResult<Vec<u8>> {
        self.check_readable()?;
        while self.buffered_bytes().len() < n {
            if self.fill()? == 0 {
                break;
            }
        }
        let avail = self.buffered_bytes();
        let k = avail.len().min(n);
        let out = avail[..k].to_vec();
        self.consume(k);
        Ok(out)
    }

    /// One read call's worth: what is buffered, or one fill.
    pub fn read1(&self, n: usize) -> PyResult<Vec<u8>> {
        self.check_readable()?;
        if self.buffered_bytes().is_empty() {
            self.fill()?;
        }
        let avail = self.buffered_bytes();
        let k = avail.len().min(n);
        let out = avail[..k].to_vec();
        self.consume(k);
        Ok(out)
    }

    /// Ensure at least `n` bytes are buffered unless EOF comes first.
    pub fn ensure(&self, n: usize) -> PyResult<()> {
        while self.buffered_bytes().len() < n {
            if self.fill()? == 0 {
                break;
            }
        }
        Ok(())
    }

    /// Read through the first `\n` (or `limit` bytes, or EOF).
    pub fn readline(&self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.check_readable()?;
        let mut scanned = 0;
        loop {
            let avail = self.buffered_bytes();
            let lim = limit.unwrap_or(usize::MAX);
            if let Some(i) = avail[scanned..].iter().position(|&b| b == b'\n') {
                let k = (scanned + i + 1).min(lim);
                let out = avail[..k].to_vec();
                self.consume(k);
                return Ok(out);
            }
            if avail.len() >= lim {
                let out = avail[..lim].to_vec();
                self.consume(lim);
                return Ok(out);
            }
            scanned = avail.len();
            if self.fill()? == 0 {
                let out = self.buffered_bytes().to_vec();
                self.consume(out.len());
                return Ok(out);
            }
        }
    }

    fn raw_write(&self, fd: i32, mut data: &[u8]) -> PyResult<()> {
        while !data.is_empty() {
            // SAFETY: data is a valid slice.
            let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
            if n < 0 {
                let e = errno();
                if e == libc::EINTR {
                    check_eintr()?;
                    continue;
                }
                return Err(os_error_from_errno(e, None));
            }
            data = &data[n as usize..];
        }
        Ok(())
    }

    /// Drop read-ahead so that the descriptor position is the logical one.
    fn discard_readahead(&self, fd: i32) {
        let unread = self.buffered_bytes().len();
        if unread > 0 {
            // SAFETY: plain lseek on our descriptor.
            unsafe { libc::lseek(fd, -(unread as libc::off_t), libc::SEEK_CUR) };
        }
        self.rbuf().clear();
        self.rpos.set(0);
    }

    /// Write (buffered unless this is a raw FileIO).
    pub fn write(&self, data: &[u8]) -> PyResult<usize> {
        let fd = self.check_writable()?;
        if !self.rbuf().is_empty() {
            self.discard_readahead(fd);
        }
        if !self.buffered {
            self.raw_write(fd, data)?;
            return Ok(data.len());
        }
        let wb = self.wbuf();
        if wb.len() + data.len() > BUFFER_SIZE {
            self.flush()?;
            if data.len() >= BUFFER_SIZE {
                self.raw_write(fd, data)?;
                return Ok(data.len());
            }
        }
        self.wbuf().extend_from_slice(data);
        Ok(data.len())
    }

    pub fn pending_write(&self) -> usize {
        self.wbuf().len()
    }

    /// Write the buffered data out.
    pub fn flush(&self) -> PyResult<()> {
        let wb = self.wbuf();
        if wb.is_empty() {
            return Ok(());
        }
        let fd = self.check_open()?;
        let data = std::mem::take(wb);
        self.raw_write(fd, &data)
    }

    pub fn seekable(&self) -> PyResult<bool> {
        let fd = self.check_open()?;
        if self.seekable.get() < 0 {
            // SAFETY: plain lseek on our descriptor.
            let r = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
            self.seekable.set(if r < 0 { 0 } else { 1 });
        }
        Ok(self.seekable.get() == 1)
    }

    pub fn tell(&self) -> PyResult<i64> {
        let fd = self.check_open()?;
        // SAFETY: plain lseek on our descriptor.
        let pos = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
        if pos < 0 {
            return Err(os_error_from_errno(errno(), None));
        }
        Ok(pos as i64 - self.buffered_bytes().len() as i64 + self.wbuf().len() as i64)
    }

    pub fn seek(&self, offset: i64, whence: i32) -> PyResult<i64> {
        let fd = self.check_open()?;
        self.flush()?;
        let mut off = offset;
        if whence == libc::SEEK_CUR {
            off -= self.buffered_bytes().len() as i64;
        }
        self.rbuf().clear();
        self.rpos.set(0);
        // SAFETY: plain lseek on our descriptor.
        let r = unsafe { libc::lseek(fd, off as libc::off_t, whence) };
        if r < 0 {
            return Err(os_error_from_errno(errno(), None));
        }
        Ok(r as i64)
    }

    pub fn truncate(&self, size: Option<i64>) -> PyResult<i64> {
        let fd = self.check_writable()?;
        self.flush()?;
        let size = match size {
            Some(s) => s,
            None => self.tell()?,
        };
        // SAFETY: plain ftruncate on our descriptor.
        if unsafe { libc::ftruncate(fd, size as libc::off_t) } < 0 {
            return Err(os_error_from_errno(errno(), None));
        }
        Ok(size)
    }

    pub fn isatty(&self) -> PyResult<bool> {
        let fd = self.check_open()?;
        // SAFETY: isatty only inspects the descriptor.
        Ok(unsafe { libc::isatty(fd) } == 1)
    }

    /// Flush and close the descriptor (if we own it). Idempotent.
    pub fn close(&self) -> PyResult<()> {
        let fd = self.fd.get();
        if fd < 0 {
            return Ok(());
        }
        let r = self.flush();
        self.fd.set(-1);
        if self.closefd {
            // SAFETY: we own the descriptor and never use it again.
            unsafe { libc::close(fd) };
        }
        r
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// A binary file object (any of the four binary types).
#[repr(C)]
pub struct PyFile {
    pub ob: PyObject,
    pub dict: Cell<*mut PyObject>,
    pub st: FileState,
    pub name: UnsafeCell<PyRef>,
    pub mode: Box<str>,
}

impl PyFile {
    pub fn name(&self) -> PyRef {
        // SAFETY: single-threaded field access.
        unsafe { (*self.name.get()).clone() }
    }
    pub fn set_name(&self, n: PyRef) {
        // SAFETY: single-threaded field access; the old value drops after.
        let old = unsafe { std::mem::replace(&mut *self.name.get(), n) };
        drop(old);
    }
}

macro_rules! binary_file_type {
    ($stat:ident, $name:literal, $base:path) => {
        pub static $stat: Static<TypeObject> = Static(TypeObject {
            base: Cell::new(&$base as *const Static<TypeObject> as *mut TypeObject),
            tp_drop: slot(drop_payload::<PyFile>),
            tp_repr: slot(file_repr),
            tp_iter: slot(file_iter),
            tp_iternext: slot(file_iternext),
            tp_getattro: slot(crate::object::object_type::generic_getattr),
            tp_setattro: slot(crate::object::object_type::generic_setattr),
            module: Some("_io"),
            flags: Cell::new(type_flags::BASETYPE | type_flags::HAS_DICT),
            dictoffset: Cell::new(std::mem::offset_of!(PyFile, dict)),
            methods: &FILE_METHODS,
            getsets: &FILE_GETSETS,
            ..TypeObject::new_static($name, std::mem::size_of::<PyFile>())
        });
    };
}

binary_file_type!(FILEIO_TYPE, "FileIO", super::io_base::RAW_IOBASE_TYPE);
binary_file_type!(BUFFERED_READER_TYPE, "BufferedReader", super::io_base::BUFFERED_IOBASE_TYPE);
binary_file_type!(BUFFERED_WRITER_TYPE, "BufferedWriter", super::io_base::BUFFERED_IOBASE_TYPE);
binary_file_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom", super::io_base::BUFFERED_IOBASE_TYPE);

/// Downcast to a binary file.
pub fn as_file(o: &PyObject) -> Option<&PyFile> {
    let t = o.type_();
    let ok = [&FILEIO_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE]
        .iter()
        .any(|b| t.is_subtype(b));
    if ok {
        // SAFETY: these types and their subclasses are laid out as PyFile.
        Some(unsafe { o.cast::<PyFile>() })
    } else {
        None
    }
}

/// A new binary file object over `st`.
pub fn new_file(t: &TypeObject, st: FileState, name: PyRef, mode: String) -> PyRef {
    new_object(t, |ob| PyFile {
        ob,
        dict: Cell::new(std::ptr::null_mut()),
        st,
        name: UnsafeCell::new(name),
        mode: mode.into_boxed_str(),
    })
}

fn this(o: &PyObject) -> PyResult<&PyFile> {
    as_file(o).ok_or_else(|| type_error(format!("descriptor requires a binary file object, not '{}'", o.type_().name())))
}

fn file_repr(o: &PyObject) -> PyResult<PyRef> {
    let f = this(o)?;
    let tn = o.type_().name().to_string();
    if o.type_().is_subtype(&FILEIO_TYPE) {
        if f.st.is_closed() {
            return Ok(new_str(format!("<_io.{} [closed]>", tn)));
        }
        let name = protocol::repr_string(&f.name())?;
        return Ok(new_str(format!(
            "<_io.{} name={} mode='{}' closefd={}>",
            tn,
            name,
            f.mode,
            if f.st.closefd { "True" } else { "False" }
        )));
    }
    let name = protocol::repr_string(&f.name())?;
    Ok(new_str(format!("<_io.{} name={}>", tn, name)))
}

fn file_iter(o: &PyObject) -> PyResult<PyRef> {
    this(o)?.st.check_open()?;
    Ok(o.to_ref())
}

fn file_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    let line = this(o)?.st.readline(None)?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(super::hooks::new_bytes(line)))
}

/// A size argument: None or negative means "all".
pub fn size_arg(o: Option<&PyObject>) -> PyResult<Option<usize>> {
    match o {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => {
            let n = protocol::index(v).map_err(|_| {
                type_error(format!("argument should be integer or None, not '{}'", v.type_().name()))
            })?;
            match as_int(&n).and_then(|i| i.as_i64()) {
                Some(k) if k < 0 => Ok(None),
                Some(k) => Ok(Some(k as usize)),
                None => Err(crate::object::exceptions::overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    }
}

fn bytes_arg(o: &PyObject) -> PyResult<&[u8]> {
    super::hooks::bytes_data(o).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", o.type_().name())))
}

static SIZE_PARAMS: Params = Params { fname: "read", names: &["size"], required: 0, posonly: 1, kwonly: 1 };

fn f_read(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let data = match size_arg(p[0])? {
        None => f.st.read_all()?,
        Some(n) => f.st.read_n(n)?,
    };
    Ok(super::hooks::new_bytes(data))
}

fn f_read1(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let n = size_arg(p[0])?.unwrap_or(BUFFER_SIZE);
    Ok(super::hooks::new_bytes(f.st.read1(n)?))
}

fn f_readline(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    Ok(super::hooks::new_bytes(f.st.readline(size_arg(p[0])?)?))
}

fn f_readlines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let hint = size_arg(p[0])?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = f.st.readline(None)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(super::hooks::new_bytes(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(new_list(out))
}

fn f_write(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("write", kw)?;
    let f = this(args[0])?;
    if args.len() != 2 {
        return Err(type_error(format!("write() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let data = bytes_arg(args[1])?.to_vec();
    Ok(new_int(f.st.write(&data)? as i64))
}

fn f_writelines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("writelines", kw)?;
    let f = this(args[0])?;
    if args.len() != 2 {
        return Err(type_error(format!("writelines() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let it = protocol::iter(args[1])?;
    while let Some(x) = protocol::next(&it)? {
        let data = bytes_arg(&x)?.to_vec();
        f.st.write(&data)?;
    }
    Ok(none())
}

fn f_flush(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    f.st.check_open()?;
    f.st.flush()?;
    Ok(none())
}

fn f_close(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    this(args[0])?.st.close()?;
    Ok(none())
}

static SEEK_PARAMS: Params = Params { fname: "seek", names: &["target", "whence"], required: 1, posonly: 2, kwonly: 2 };

/// `(offset, whence)` of a seek call.
pub fn seek_args(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<(i64, i32)> {
    let mut p = [None; 2];
    SEEK_PARAMS.parse(args, kw, &mut p)?;
    let t = p[0].unwrap();
    let off = protocol::index(t)?;
    let off = as_int(&off).and_then(|i| i.as_i64()).ok_or_else(|| crate::object::exceptions::overflow_error("seek offset out of range"))?;
    let whence = match p[1] {
        None => 0,
        Some(w) => protocol::index_opt(w)?.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", w.type_().name())))? as i32,
    };
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("whence value {} unsupported", whence)));
    }
    Ok((off, whence))
}

fn f_seek(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    let (off, whence) = seek_args(&args[1..], kw)?;
    Ok(new_int(f.st.seek(off, whence)?))
}

fn f_tell(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(this(args[0])?.st.tell()?))
}

fn f_truncate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("truncate", kw)?;
    let f = this(args[0])?;
    let size = match args.get(1) {
        Some(s) if !is_none(s) => Some(protocol::index_opt(s)?.unwrap_or(0) as i64),
        _ => None,
    };
    Ok(new_int(f.st.truncate(size)?))
}

fn f_fileno(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(this(args[0])?.st.check_open()? as i64))
}

fn f_isatty(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(this(args[0])?.st.isatty()?))
}

fn f_readable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    f.st.check_open()?;
    Ok(new_bool(f.st.readable))
}

fn f_writable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    f.st.check_open()?;
    Ok(new_bool(f.st.writable))
}

fn f_seekable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(this(args[0])?.st.seekable()?))
}

fn f_enter(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    this(args[0])?.st.check_open()?;
    Ok(args[0].to_ref())
}

fn f_exit(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::call_method(args[0], crate::name!("close"), &[])?;
    Ok(none())
}

pub static FILE_METHODS: [MethodDef; 19] = [
    MethodDef { name: "read", func: f_read, flags: 0, doc: "" },
    MethodDef { name: "read1", func: f_read1, flags: 0, doc: "" },
    MethodDef { name: "readline", func: f_readline, flags: 0, doc: "" },
    MethodDef { name: "readlines", func: f_readlines, flags: 0, doc: "" },
    MethodDef { name: "write", func: f_write, flags: 0, doc: "" },
    MethodDef { name: "writelines", func: f_writelines, flags: 0, doc: "" },
    MethodDef { name: "flush", func: f_flush, flags: 0, doc: "" },
    MethodDef { name: "close", func: f_close, flags: 0, doc: "" },
    MethodDef { name: "seek", func: f_seek, flags: 0, doc: "" },
    MethodDef { name: "tell", func: f_tell, flags: 0, doc: "" },
    MethodDef { name: "truncate", func: f_truncate, flags: 0, doc: "" },
    MethodDef { name: "fileno", func: f_fileno, flags: 0, doc: "" },
    MethodDef { name: "isatty", func: f_isatty, flags: 0, doc: "" },
    MethodDef { name: "readable", func: f_readable, flags: 0, doc: "" },
    MethodDef { name: "writable", func: f_writable, flags: 0, doc: "" },
    MethodDef { name: "seekable", func: f_seekable, flags: 0, doc: "" },
    MethodDef { name: "__enter__", func: f_enter, flags: 0, doc: "" },
    MethodDef { name: "__exit__", func: f_exit, flags: 0, doc: "" },
    MethodDef { name: "__iter__", func: f_iter_method, flags: 0, doc: "" },
];

fn f_iter_method(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    file_iter(args[0])
}

fn g_closed(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(this(o)?.st.is_closed()))
}

fn g_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(this(o)?.name())
}

fn g_mode(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(&*this(o)?.mode))
}

fn g_raw(o: &PyObject) -> PyResult<PyRef> {
    Ok(o.to_ref())
}

pub static FILE_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "closed", get: g_closed, set: None, doc: "" },
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "mode", get: g_mode, set: None, doc: "" },
    GetSetDef { name: "raw", get: g_raw, set: None, doc: "" },
];
