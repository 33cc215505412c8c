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

/// A Python object a buffered file reads from / writes to instead of a
/// descriptor: `io.BufferedReader(raw)` (`Raw`: `readinto`), and the
/// hidden layer of a `TextIOWrapper` over a Python binary buffer
/// (`Buffer`: `read1`/`read`). `BufferedRWPair` reads from `reader` and
/// writes to `writer`; otherwise they are the same object.
#[derive(Clone)]
pub struct RawBackend {
    pub reader: PyRef,
    pub writer: PyRef,
    pub kind: RawKind,
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum RawKind {
    Raw,
    Buffer,
}

/// `fd` of a state backed by a Python raw object while it is open.
pub const RAW_FD: i32 = i32::MAX;

/// A file descriptor (or a Python raw stream) with read and write buffers.
pub struct FileState {
    /// -1 once closed; `RAW_FD` when backed by `raw`.
    pub fd: Cell<i32>,
    pub readable: Cell<bool>,
    pub writable: Cell<bool>,
    pub appending: Cell<bool>,
    pub created: Cell<bool>,
    pub closefd: Cell<bool>,
    /// False for `FileIO`: every write goes straight to the descriptor.
    pub buffered: Cell<bool>,
    pub bufsize: Cell<usize>,
    /// 0 usable, 1 detached, 2 never initialized (`__new__` without `__init__`).
    pub detached: Cell<u8>,
    raw: UnsafeCell<Option<RawBackend>>,
    /// The last raw read returned None (non-blocking, no data).
    pub last_none: Cell<bool>,
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

fn int_result(r: &PyObject, what: &str) -> PyResult<i64> {
    let _ = what;
    let i = protocol::index(r)?;
    as_int(&i).and_then(|v| v.as_i64()).ok_or_else(|| crate::object::exceptions::overflow_error("Python int too large to convert to C long"))
}

impl FileState {
    pub fn new(fd: i32, readable: bool, writable: bool, appending: bool, created: bool, closefd: bool, buffered: bool) -> FileState {
        FileState {
            fd: Cell::new(fd),
            readable: Cell::new(readable),
            writable: Cell::new(writable),
            appending: Cell::new(appending),
            created: Cell::new(created),
            closefd: Cell::new(closefd),
            buffered: Cell::new(buffered),
            bufsize: Cell::new(BUFFER_SIZE),
            detached: Cell::new(0),
            raw: UnsafeCell::new(None),
            last_none: Cell::new(false),
            rbuf: UnsafeCell::new(Vec::new()),
            rpos: Cell::new(0),
            wbuf: UnsafeCell::new(Vec::new()),
            seekable: Cell::new(-1),
        }
    }

    /// A state over a Python raw stream (or binary buffer).
    pub fn new_raw(backend: RawBackend, readable: bool, writable: bool, bufsize: usize) -> FileState {
        let st = FileState::new(RAW_FD, readable, writable, false, false, true, true);
        st.bufsize.set(bufsize);
        st.set_backend(Some(backend));
        st
    }

    /// Replace the configuration (`__init__` of a buffered type). The
    /// buffers are dropped; a descriptor we owned is not closed here.
    pub fn reset_from(&self, o: FileState) {
        self.fd.set(o.fd.get());
        self.readable.set(o.readable.get());
        self.writable.set(o.writable.get());
        self.appending.set(o.appending.get());
        self.created.set(o.created.get());
        self.closefd.set(o.closefd.get());
        self.buffered.set(o.buffered.get());
        self.bufsize.set(o.bufsize.get());
        self.detached.set(o.detached.get());
        self.seekable.set(-1);
        self.last_none.set(false);
        self.rbuf().clear();
        self.rpos.set(0);
        self.wbuf().clear();
        self.set_backend(o.backend());
        o.fd.set(-1);
    }

    pub fn set_backend(&self, b: Option<RawBackend>) {
        // SAFETY: single-threaded; the old value drops after the write and
        // no reference into the cell is held across calls (`backend` clones).
        let old = unsafe { std::mem::replace(&mut *self.raw.get(), b) };
        drop(old);
    }

    /// The Python raw stream, if this state has one (cloned: Python code
    /// may run while it is used).
    pub fn backend(&self) -> Option<RawBackend> {
        // SAFETY: single-threaded read of the cell, cloned out.
        unsafe { (*self.raw.get()).clone() }
    }

    pub fn has_backend(&self) -> bool {
        // SAFETY: single-threaded read of the cell.
        unsafe { (*self.raw.get()).is_some() }
    }

    pub fn is_closed(&self) -> bool {
        if self.fd.get() < 0 {
            return true;
        }
        if self.fd.get() == RAW_FD {
            if let Some(b) = self.backend() {
                return protocol::getattr(&b.writer, crate::name!("closed")).and_then(|c| protocol::is_true(&c)).unwrap_or(false);
            }
        }
        false
    }

    pub fn check_attached(&self) -> PyResult<()> {
        match self.detached.get() {
            0 => Ok(()),
            1 => Err(value_error("raw stream has been detached")),
            _ => Err(value_error("I/O operation on uninitialized object")),
        }
    }

    pub fn check_open(&self) -> PyResult<i32> {
        self.check_attached()?;
        let fd = self.fd.get();
        if fd < 0 || (fd == RAW_FD && self.is_closed()) {
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
        if !self.readable.get() {
            return Err(unsupported(if fd == RAW_FD { "File or stream is not readable." } else { "File not open for reading" }));
        }
        Ok(fd)
    }

    pub fn check_writable(&self) -> PyResult<i32> {
        let fd = self.check_open()?;
        if !self.writable.get() {
            return Err(unsupported(if fd == RAW_FD { "File or stream is not writable." } else { "File not open for writing" }));
        }
        Ok(fd)
    }

    /// One read from the Python raw stream: `Some(bytes)` (empty at EOF)
    /// or None when a non-blocking stream has no data.
    fn raw_read(&self, b: &RawBackend, n: usize) -> PyResult<Option<Vec<u8>>> {
        if b.kind == RawKind::Buffer {
            let has_read1 = protocol::getattr_opt(&b.reader, crate::name!("read1"))?.is_some();
            let m = if has_read1 { crate::name!("read1") } else { crate::name!("read") };
            let r = protocol::call_method(&b.reader, m, &[&new_int(n as i64)])?;
            if is_none(&r) {
                return Ok(None);
            }
            return match crate::object::bytes::buffer_bytes(&r) {
                Some(d) => Ok(Some(d.to_vec())),
                None => Err(type_error(format!(
                    "underlying {}() should have returned a bytes-like object, not '{}'",
                    if has_read1 { "read1" } else { "read" },
                    r.type_().name()
                ))),
            };
        }
        let buf = crate::object::bytearray::new_bytearray(vec![0u8; n]);
        let mv = protocol::call(crate::object::memoryview::MEMORYVIEW_TYPE.obj(), &[&buf], None)?;
        let r = loop {
            match protocol::call_method(&b.reader, crate::name!("readinto"), &[&mv]) {
                Err(e) if e.matches(&crate::object::exceptions::INTERRUPTED_ERROR) => {
                    check_eintr()?;
                    continue;
                }
                r => break r?,
            }
        };
        let _ = protocol::call_method(&mv, crate::name!("release"), &[]);
        if is_none(&r) {
            return Ok(None);
        }
        let got = int_result(&r, "readinto()")?;
        if got < 0 || got as usize > n {
            return Err(crate::object::exceptions::os_error(format!("raw readinto() returned invalid length {} (should have been between 0 and {})", got, n)));
        }
        let data = crate::object::bytes::buffer_bytes(&buf).unwrap_or(&[]);
        Ok(Some(data[..got as usize].to_vec()))
    }

    /// Read more bytes into the read buffer; returns how many (0 at EOF).
    pub fn fill(&self) -> PyResult<usize> {
        let fd = self.check_readable()?;
        self.flush()?;
        if self.rpos.get() > 0 {
            let rb = self.rbuf();
            rb.drain(..self.rpos.get());
            self.rpos.set(0);
        }
        if fd == RAW_FD {
            let b = self.backend().ok_or_else(|| value_error("raw stream has been detached"))?;
            let got = self.raw_read(&b, self.bufsize.get())?;
            self.last_none.set(got.is_none());
            let got = got.unwrap_or_default();
            self.rbuf().extend_from_slice(&got);
            return Ok(got.len());
        }
        let rb = self.rbuf();
        let old = rb.len();
        let size = self.bufsize.get();
        rb.resize(old + size, 0);
        loop {
            // SAFETY: the buffer has `size` writable bytes after `old`.
            let n = unsafe { libc::read(fd, rb.as_mut_ptr().add(old) as *mut libc::c_void, size) };
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
        if n == 0 {
            return Ok(Vec::new());
        }
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
        if fd == RAW_FD {
            let b = self.backend().ok_or_else(|| value_error("raw stream has been detached"))?;
            let total = data.len();
            while !data.is_empty() {
                let chunk = super::hooks::new_bytes(data.to_vec());
                let r = match protocol::call_method(&b.writer, crate::name!("write"), &[&chunk]) {
                    Err(e) if e.matches(&crate::object::exceptions::INTERRUPTED_ERROR) => {
                        check_eintr()?;
                        continue;
                    }
                    r => r?,
                };
                if b.kind == RawKind::Buffer {
                    break;
                }
                if is_none(&r) {
                    // Keep what was not written for the next flush.
                    let rest = data.to_vec();
                    let wb = self.wbuf();
                    let mut merged = rest;
                    merged.extend_from_slice(wb);
                    *wb = merged;
                    let written = total - data.len();
                    return Err(crate::object::exceptions::PyErr::with_args(
                        &crate::object::exceptions::BLOCKING_IO_ERROR,
                        vec![new_int(libc::EAGAIN as i64), new_str("write could not complete without blocking"), new_int(written as i64)],
                    ));
                }
                let n = int_result(&r, "write()")?;
                if n < 0 || n as usize > data.len() {
                    return Err(crate::object::exceptions::os_error(format!("raw write() returned invalid length {} (should have been between 0 and {})", n, data.len())));
                }
                data = &data[n as usize..];
            }
            return Ok(());
        }
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
    fn discard_readahead(&self, fd: i32) -> PyResult<()> {
        let unread = self.buffered_bytes().len();
        self.rbuf().clear();
        self.rpos.set(0);
        if unread > 0 {
            if fd == RAW_FD {
                if let Some(b) = self.backend() {
                    if b.kind == RawKind::Raw && !is_same(&b.reader, &b.writer) {
                        return Ok(());
                    }
                    protocol::call_method(&b.reader, crate::name!("seek"), &[&new_int(-(unread as i64)), &new_int(1)])?;
                }
                return Ok(());
            }
            // SAFETY: plain lseek on our descriptor.
            unsafe { libc::lseek(fd, -(unread as libc::off_t), libc::SEEK_CUR) };
        }
        Ok(())
    }

    /// Write (buffered unless this is a raw FileIO).
    pub fn write(&self, data: &[u8]) -> PyResult<usize> {
        let fd = self.check_writable()?;
        if !self.rbuf().is_empty() {
            self.discard_readahead(fd)?;
        }
        if !self.buffered.get() {
            self.raw_write(fd, data)?;
            return Ok(data.len());
        }
        let size = self.bufsize.get();
        let wb = self.wbuf();
        if wb.len() + data.len() > size {
            self.flush()?;
            if data.len() >= size {
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
        if fd == RAW_FD {
            let b = self.backend().ok_or_else(|| value_error("raw stream has been detached"))?;
            let r = protocol::call_method(&b.reader, crate::name!("seekable"), &[])?;
            return protocol::is_true(&r);
        }
        if self.seekable.get() < 0 {
            // SAFETY: plain lseek on our descriptor.
            let r = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
            self.seekable.set(if r < 0 { 0 } else { 1 });
        }
        Ok(self.seekable.get() == 1)
    }

    /// The raw stream's own position.
    fn raw_tell(&self, fd: i32) -> PyResult<i64> {
        if fd == RAW_FD {
            let b = self.backend().ok_or_else(|| value_error("raw stream has been detached"))?;
            let r = protocol::call_method(&b.reader, crate::name!("tell"), &[])?;
            let p = int_result(&r, "tell()")?;
            if p < 0 && b.kind == RawKind::Raw {
                return Err(crate::object::exceptions::os_error(format!("Raw stream returned invalid position {}", p)));
            }
            return Ok(p);
        }
        // SAFETY: plain lseek on our descriptor.
        let pos = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
        if pos < 0 {
            return Err(os_error_from_errno(errno(), None));
        }
        Ok(pos as i64)
    }

    pub fn tell(&self) -> PyResult<i64> {
        let fd = self.check_open()?;
        let pos = self.raw_tell(fd)?;
        Ok((pos - self.buffered_bytes().len() as i64 + self.wbuf().len() as i64).max(0))
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
        if fd == RAW_FD {
            let b = self.backend().ok_or_else(|| value_error("raw stream has been detached"))?;
            let r = protocol::call_method(&b.reader, crate::name!("seek"), &[&new_int(off), &new_int(whence as i64)])?;
            let p = int_result(&r, "seek()")?;
            if p < 0 && b.kind == RawKind::Raw {
                return Err(crate::object::exceptions::os_error(format!("Raw stream returned invalid position {}", p)));
            }
            return Ok(p);
        }
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
        if fd == RAW_FD {
            let b = self.backend().ok_or_else(|| value_error("raw stream has been detached"))?;
            let r = protocol::call_method(&b.writer, crate::name!("truncate"), &[&new_int(size)])?;
            return int_result(&r, "truncate()");
        }
        // SAFETY: plain ftruncate on our descriptor.
        if unsafe { libc::ftruncate(fd, size as libc::off_t) } < 0 {
            return Err(os_error_from_errno(errno(), None));
        }
        Ok(size)
    }

    pub fn isatty(&self) -> PyResult<bool> {
        let fd = self.check_open()?;
        if fd == RAW_FD {
            let b = self.backend().ok_or_else(|| value_error("raw stream has been detached"))?;
            let r = protocol::call_method(&b.writer, crate::name!("isatty"), &[])?;
            return protocol::is_true(&r);
        }
        // SAFETY: isatty only inspects the descriptor.
        Ok(unsafe { libc::isatty(fd) } == 1)
    }

    /// Flush and close the descriptor (if we own it). Idempotent.
    pub fn close(&self) -> PyResult<()> {
        if self.detached.get() != 0 {
            self.check_attached()?;
        }
        let fd = self.fd.get();
        if fd < 0 {
            return Ok(());
        }
        if fd == RAW_FD {
            let Some(b) = self.backend() else { return Ok(()) };
            if self.is_closed() {
                return Ok(());
            }
            let r = self.flush();
            self.rbuf().clear();
            self.rpos.set(0);
            let r2 = if !is_same(&b.reader, &b.writer) {
                let a = protocol::call_method(&b.writer, crate::name!("close"), &[]).map(|_| ());
                let c = protocol::call_method(&b.reader, crate::name!("close"), &[]).map(|_| ());
                a.and(c)
            } else {
                protocol::call_method(&b.writer, crate::name!("close"), &[]).map(|_| ())
            };
            return match (r, r2) {
                (Err(e), _) => Err(e),
                (Ok(()), r2) => r2,
            };
        }
        let r = self.flush();
        self.fd.set(-1);
        if self.closefd.get() {
            // SAFETY: we own the descriptor and never use it again.
            unsafe { libc::close(fd) };
        }
        r
    }

    /// Give up the descriptor/raw stream: this state is detached afterwards.
    pub fn detach(&self) -> PyResult<()> {
        self.check_attached()?;
        self.flush()?;
        self.detached.set(1);
        Ok(())
    }
}

fn is_same(a: &PyObject, b: &PyObject) -> bool {
    std::ptr::eq(a, b)
}

impl Drop for FileState {
    fn drop(&mut self) {
        if self.fd.get() == RAW_FD || self.detached.get() != 0 {
            // A Python raw stream closes itself when it is collected.
            return;
        }
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
    ($stat:ident, $name:literal, $base:path, $new:expr, $init:expr) => {
        pub static $stat: Static<TypeObject> = Static(TypeObject {
            base: Cell::new(&$base as *const Static<TypeObject> as *mut TypeObject),
            tp_drop: slot(drop_payload::<PyFile>),
            tp_repr: slot(file_repr),
            tp_iter: slot(file_iter),
            tp_iternext: slot(file_iternext),
            tp_new: Cell::new($new),
            tp_init: Cell::new($init),
            tp_finalize: slot(file_finalize),
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

use super::io_buffered::{buffered_init, buffered_new, fileio_new, rwpair_init};
binary_file_type!(FILEIO_TYPE, "FileIO", super::io_base::RAW_IOBASE_TYPE, Some(fileio_new), None);
binary_file_type!(BUFFERED_READER_TYPE, "BufferedReader", super::io_base::BUFFERED_IOBASE_TYPE, Some(buffered_new), Some(buffered_init));
binary_file_type!(BUFFERED_WRITER_TYPE, "BufferedWriter", super::io_base::BUFFERED_IOBASE_TYPE, Some(buffered_new), Some(buffered_init));
binary_file_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom", super::io_base::BUFFERED_IOBASE_TYPE, Some(buffered_new), Some(buffered_init));
binary_file_type!(BUFFERED_RWPAIR_TYPE, "BufferedRWPair", super::io_base::BUFFERED_IOBASE_TYPE, Some(buffered_new), Some(rwpair_init));

/// Downcast to a binary file.
pub fn as_file(o: &PyObject) -> Option<&PyFile> {
    let t = o.type_();
    let types: [&TypeObject; 5] = [&BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE, &FILEIO_TYPE, &BUFFERED_RWPAIR_TYPE];
    let ok = types.iter().any(|b| std::ptr::eq(t, *b)) || types.iter().any(|b| t.is_subtype(b));
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

/// CPython's `iobase_finalize` for a buffered file over a Python raw
/// stream: `close()` unless already closed (flushing pending writes);
/// errors are dropped. Descriptor-backed files flush in `FileState::drop`.
fn file_finalize(o: &PyObject) {
    let Some(f) = as_file(o) else { return };
    if !f.st.has_backend() || f.st.detached.get() != 0 || f.st.is_closed() {
        return;
    }
    let _ = protocol::call_method(o, crate::name!("close"), &[]);
}

/// `_io.X` for our own types, the bare name for Python subclasses
/// (CPython's `tp_name`).
pub fn type_display_name(o: &PyObject) -> String {
    let t = o.type_();
    let n = t.name().to_string();
    if t.module == Some("_io") {
        format!("_io.{}", n)
    } else {
        n
    }
}

fn file_repr(o: &PyObject) -> PyResult<PyRef> {
    let f = this(o)?;
    let tn = type_display_name(o);
    if o.type_().is_subtype(&FILEIO_TYPE) {
        if f.st.is_closed() {
            return Ok(new_str(format!("<{} [closed]>", tn)));
        }
        let name = protocol::repr_string(&f.name())?;
        return Ok(new_str(format!(
            "<{} name={} mode='{}' closefd={}>",
            tn,
            name,
            f.mode,
            if f.st.closefd.get() { "True" } else { "False" }
        )));
    }
    if o.type_().is_subtype(&BUFFERED_RWPAIR_TYPE) {
        // No repr of its own in CPython: object.__repr__.
        let r = protocol::getattr(crate::object::object_type::OBJECT_TYPE.obj(), crate::name!("__repr__"))?;
        return protocol::call1(&r, o);
    }
    match protocol::getattr(o, crate::name!("name")) {
        Ok(n) => {
            let name = protocol::repr_string(&n)?;
            Ok(new_str(format!("<{} name={}>", tn, name)))
        }
        Err(e) if e.matches(&crate::object::exceptions::EXCEPTION) => Ok(new_str(format!("<{}>", tn))),
        Err(e) => Err(e),
    }
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

/// CPython's checks at the top of a buffered method: initialized, then
/// the stream supports the operation (UnsupportedOperation naming the
/// method), then open ("read of closed file"). FileIO keeps its own.
fn guard(o: &PyObject, f: &PyFile, needs: u8, name: &str, closed_msg: &str) -> PyResult<()> {
    if o.type_().is_subtype(&FILEIO_TYPE) {
        return Ok(());
    }
    f.st.check_attached()?;
    if (needs == 1 && !f.st.readable.get()) || (needs == 2 && !f.st.writable.get()) {
        return Err(unsupported(name));
    }
    if f.st.is_closed() {
        return Err(value_error(closed_msg));
    }
    Ok(())
}

fn f_read(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    guard(args[0], f, 1, "read", "read of closed file")?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    f.st.last_none.set(false);
    if let Some(v) = p[0].filter(|v| !is_none(v)) {
        if !args[0].type_().is_subtype(&FILEIO_TYPE) && crate::object::int::int_value_i64(&*protocol::index(v)?).is_some_and(|n| n < -1) {
            return Err(value_error("read length must be non-negative or -1"));
        }
    }
    let data = match size_arg(p[0])? {
        None => f.st.read_all()?,
        Some(n) => f.st.read_n(n)?,
    };
    if data.is_empty() && f.st.last_none.get() {
        return Ok(none());
    }
    Ok(super::hooks::new_bytes(data))
}

fn f_read1(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    guard(args[0], f, 1, "read1", "read of closed file")?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let n = size_arg(p[0])?.unwrap_or(BUFFER_SIZE);
    Ok(super::hooks::new_bytes(f.st.read1(n)?))
}

fn f_readline(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    guard(args[0], f, 1, "read", "readline of closed file")?;
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
    guard(args[0], f, 2, "write", "write to closed file")?;
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
    if f.st.writable.get() {
        guard(args[0], f, 0, "flush", "flush of closed file")?;
    }
    f.st.check_open()?;
    f.st.flush()?;
    Ok(none())
}

fn f_close(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    if f.st.has_backend() && f.st.detached.get() == 0 && !f.st.is_closed() {
        // CPython: flush through the method (a subclass may override it), then close the raw stream.
        let r = protocol::call_method(args[0], crate::name!("flush"), &[]);
        let r2 = f.st.close();
        r?;
        r2?;
        return Ok(none());
    }
    f.st.close()?;
    Ok(none())
}

fn f_peek(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params { fname: "peek", names: &["size"], required: 0, posonly: 1, kwonly: 1 };
    let f = this(args[0])?;
    guard(args[0], f, 1, "peek", "peek of closed file")?;
    let mut p = [None];
    P.parse(&args[1..], kw, &mut p)?;
    f.st.check_readable()?;
    if f.st.buffered_bytes().is_empty() {
        f.st.fill()?;
    }
    Ok(super::hooks::new_bytes(f.st.buffered_bytes().to_vec()))
}

fn readinto_impl(args: &[&PyObject], kw: Option<&PyObject>, one: bool) -> PyResult<PyRef> {
    no_kwargs(if one { "readinto1" } else { "readinto" }, kw)?;
    let f = this(args[0])?;
    guard(args[0], f, 1, "read", "readinto of closed file")?;
    if args.len() != 2 {
        return Err(type_error(format!("readinto() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let target = args[1];
    if crate::object::str::as_pystr(target).is_some() || target.is_instance_of(&crate::object::bytes::BYTES_TYPE) {
        return Err(type_error(format!("readinto() argument must be read-write bytes-like object, not {}", target.type_().name())));
    }
    let n = protocol::len(target)?;
    f.st.last_none.set(false);
    let data = if one { f.st.read1(n)? } else { f.st.read_n(n)? };
    if data.is_empty() && f.st.last_none.get() && n > 0 {
        return Ok(none());
    }
    let len = data.len();
    let sl = crate::object::slice::new_slice(&new_int(0), &new_int(len as i64), &none());
    protocol::setitem(target, &sl, &super::hooks::new_bytes(data))?;
    Ok(new_int(len as i64))
}

fn f_readinto(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    readinto_impl(args, kw, false)
}

fn f_readinto1(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    readinto_impl(args, kw, true)
}

fn f_detach(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = args[0];
    let f = this(o)?;
    if o.type_().is_subtype(&FILEIO_TYPE) {
        return Err(unsupported("detach"));
    }
    f.st.check_attached()?;
    protocol::call_method(o, crate::name!("flush"), &[])?;
    if let Some(b) = f.st.backend() {
        f.st.detach()?;
        return Ok(b.reader);
    }
    // A file made by open(): its descriptor moves to a new FileIO.
    f.st.flush()?;
    let st = FileState::new(f.st.fd.get(), f.st.readable.get(), f.st.writable.get(), f.st.appending.get(), f.st.created.get(), f.st.closefd.get(), false);
    let unread = f.st.buffered_bytes().len();
    if unread > 0 && f.st.fd.get() >= 0 {
        // SAFETY: plain lseek on the descriptor, putting back read-ahead.
        unsafe { libc::lseek(f.st.fd.get(), -(unread as libc::off_t), libc::SEEK_CUR) };
    }
    f.st.detach()?;
    let raw = new_file(&FILEIO_TYPE, st, f.name(), f.mode.to_string());
    Ok(raw)
}

/// `__reduce_ex__`: file objects cannot be pickled or copied.
pub fn cannot_pickle(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(type_error(format!("cannot pickle '{}' object", type_display_name(args[0]))))
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
    guard(args[0], f, 0, "seek", "seek of closed file")?;
    let (off, whence) = seek_args(&args[1..], kw)?;
    Ok(new_int(f.st.seek(off, whence)?))
}

fn f_tell(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(this(args[0])?.st.tell()?))
}

fn f_truncate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("truncate", kw)?;
    let f = this(args[0])?;
    guard(args[0], f, 0, "truncate", "truncate of closed file")?;
    let size = match args.get(1) {
        Some(s) if !is_none(s) => Some(protocol::index_opt(s)?.unwrap_or(0) as i64),
        _ => None,
    };
    Ok(new_int(f.st.truncate(size)?))
}

fn f_fileno(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    if let Some(b) = f.st.backend() {
        f.st.check_attached()?;
        return protocol::call_method(&b.reader, crate::name!("fileno"), &[]);
    }
    Ok(new_int(f.st.check_open()? as i64))
}

/// `readable()`/`writable()` of a buffered file over a Python raw stream.
fn raw_flag(f: &PyFile, flag: bool, method: &PyObject) -> PyResult<PyRef> {
    f.st.check_attached()?;
    let b = f.st.backend().unwrap();
    if !flag {
        return Ok(new_bool(false));
    }
    let target = if std::ptr::eq(method, crate::name!("readable")) { &b.reader } else { &b.writer };
    protocol::call_method(target, method, &[])
}

fn f_isatty(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(this(args[0])?.st.isatty()?))
}

fn f_readable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    if f.st.has_backend() {
        return raw_flag(f, f.st.readable.get(), crate::name!("readable"));
    }
    f.st.check_open()?;
    Ok(new_bool(f.st.readable.get()))
}

fn f_writable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = this(args[0])?;
    if f.st.has_backend() {
        return raw_flag(f, f.st.writable.get(), crate::name!("writable"));
    }
    f.st.check_open()?;
    Ok(new_bool(f.st.writable.get()))
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

pub static FILE_METHODS: [MethodDef; 25] = [
    MethodDef { name: "peek", func: f_peek, flags: 0, doc: "" },
    MethodDef { name: "readinto", func: f_readinto, flags: 0, doc: "" },
    MethodDef { name: "readinto1", func: f_readinto1, flags: 0, doc: "" },
    MethodDef { name: "detach", func: f_detach, flags: 0, doc: "" },
    MethodDef { name: "__reduce_ex__", func: cannot_pickle, flags: 0, doc: "" },
    MethodDef { name: "_dealloc_warn", func: f_dealloc_warn, flags: 0, doc: "" },
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

fn f_dealloc_warn(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(none())
}

fn g_closed(o: &PyObject) -> PyResult<PyRef> {
    let f = this(o)?;
    if let Some(b) = f.st.backend() {
        f.st.check_attached()?;
        return protocol::getattr(&b.writer, crate::name!("closed"));
    }
    f.st.check_attached()?;
    Ok(new_bool(f.st.is_closed()))
}

/// BufferedRWPair has no `name`/`mode`/`raw` (CPython).
fn no_rwpair_attr(o: &PyObject, attr: &str) -> PyResult<()> {
    if o.type_().is_subtype(&BUFFERED_RWPAIR_TYPE) {
        return Err(crate::object::exceptions::attribute_error(format!("'{}' object has no attribute '{}'", type_display_name(o), attr)));
    }
    Ok(())
}

fn g_name(o: &PyObject) -> PyResult<PyRef> {
    no_rwpair_attr(o, "name")?;
    let f = this(o)?;
    if let Some(b) = f.st.backend() {
        f.st.check_attached()?;
        return protocol::getattr(&b.reader, crate::name!("name"));
    }
    f.st.check_attached()?;
    Ok(f.name())
}

fn g_mode(o: &PyObject) -> PyResult<PyRef> {
    no_rwpair_attr(o, "mode")?;
    let f = this(o)?;
    if let Some(b) = f.st.backend() {
        f.st.check_attached()?;
        return protocol::getattr(&b.reader, crate::name!("mode"));
    }
    f.st.check_attached()?;
    Ok(new_str(&*f.mode))
}

fn g_raw(o: &PyObject) -> PyResult<PyRef> {
    no_rwpair_attr(o, "raw")?;
    let f = this(o)?;
    if let Some(b) = f.st.backend() {
        return Ok(b.reader);
    }
    Ok(o.to_ref())
}

pub static FILE_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "closed", get: g_closed, set: None, doc: "" },
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "mode", get: g_mode, set: None, doc: "" },
    GetSetDef { name: "raw", get: g_raw, set: None, doc: "" },
];
