//! The native `mmap` module: `mmap.mmap` over `mmap(2)`, file-backed or
//! anonymous (`fileno == -1`), with CPython 3.11's API and messages.
//!
//! The mapping is a bytes-like object: `bytes::buffer_bytes` reads it and
//! `memoryview` exports it (writable unless `ACCESS_READ`). Every view that
//! refers to a mapping counts as one export (`export`/`unexport`, called by
//! `object/memoryview.rs` when a view is made and when it is released or
//! freed); `close` and `resize` refuse while exports exist (BufferError),
//! so a view never outlives the memory it points into.

use crate::object::args;
use crate::object::bytes::{expect_buffer, new_bytes};
use crate::object::exceptions::{type_error, value_error, PyErr, BUFFER_ERROR, INDEX_ERROR, OVERFLOW_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::module::new_native_module;
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::str_common::{seq_index, slice_indices};
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::Cell;

const ACCESS_DEFAULT: i32 = 0;
const ACCESS_READ: i32 = 1;
const ACCESS_WRITE: i32 = 2;
const ACCESS_COPY: i32 = 3;

#[repr(C)]
pub struct PyMmap {
    ob: PyObject,
    /// Start of the mapping; null once closed.
    data: Cell<*mut u8>,
    size: Cell<usize>,
    pos: Cell<usize>,
    offset: i64,
    /// Our duplicate of the file descriptor; -1 when anonymous or closed.
    fd: Cell<i32>,
    access: i32,
    /// Live memoryviews over the mapping.
    exports: Cell<usize>,
    /// Weak references (not owned).
    weaklist: Cell<*mut PyObject>,
}

impl Drop for PyMmap {
    fn drop(&mut self) {
        self.unmap();
    }
}

impl PyMmap {
    fn unmap(&self) {
        let p = self.data.replace(std::ptr::null_mut());
        if !p.is_null() && self.size.get() > 0 {
            // SAFETY: p/size describe a mapping made by mmap/mremap and not unmapped yet.
            unsafe { libc::munmap(p as *mut libc::c_void, self.size.get()) };
        }
        let fd = self.fd.replace(-1);
        if fd >= 0 {
            // SAFETY: fd is our own duplicate.
            unsafe { libc::close(fd) };
        }
    }

    fn valid(&self) -> PyResult<()> {
        if self.data.get().is_null() {
            return Err(value_error("mmap closed or invalid"));
        }
        Ok(())
    }

    /// The mapped bytes (empty when closed). Not to be held across Python code.
    fn bytes(&self) -> &[u8] {
        let p = self.data.get();
        if p.is_null() {
            return &[];
        }
        // SAFETY: p points to `size` mapped bytes that stay mapped until
        // close/resize, which the caller cannot reach while the borrow lives.
        unsafe { std::slice::from_raw_parts(p, self.size.get()) }
    }

    #[allow(clippy::mut_from_ref)]
    fn bytes_mut(&self) -> &mut [u8] {
        let p = self.data.get();
        if p.is_null() {
            return &mut [];
        }
        // SAFETY: as `bytes`; the runtime is single-threaded and callers hold
        // no other borrow of the mapping while writing.
        unsafe { std::slice::from_raw_parts_mut(p, self.size.get()) }
    }

    fn writeable(&self) -> PyResult<()> {
        if self.access == ACCESS_READ {
            return Err(type_error("mmap can't modify a readonly memory map."));
        }
        Ok(())
    }
}

static METHODS: [MethodDef; 18] = [
    MethodDef { name: "close", func: m_close, flags: 0, doc: "" },
    MethodDef { name: "find", func: m_find, flags: 0, doc: "" },
    MethodDef { name: "rfind", func: m_rfind, flags: 0, doc: "" },
    MethodDef { name: "flush", func: m_flush, flags: 0, doc: "" },
    MethodDef { name: "madvise", func: m_madvise, flags: 0, doc: "" },
    MethodDef { name: "move", func: m_move, flags: 0, doc: "" },
    MethodDef { name: "read", func: m_read, flags: 0, doc: "" },
    MethodDef { name: "read_byte", func: m_read_byte, flags: 0, doc: "" },
    MethodDef { name: "readline", func: m_readline, flags: 0, doc: "" },
    MethodDef { name: "resize", func: m_resize, flags: 0, doc: "" },
    MethodDef { name: "seek", func: m_seek, flags: 0, doc: "" },
    MethodDef { name: "size", func: m_size, flags: 0, doc: "" },
    MethodDef { name: "tell", func: m_tell, flags: 0, doc: "" },
    MethodDef { name: "write", func: m_write, flags: 0, doc: "" },
    MethodDef { name: "write_byte", func: m_write_byte, flags: 0, doc: "" },
    MethodDef { name: "__enter__", func: m_enter, flags: 0, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, flags: 0, doc: "" },
    MethodDef { name: "__reduce_ex__", func: m_reduce, flags: 0, doc: "" },
];

static GETSETS: [GetSetDef; 1] = [GetSetDef { name: "closed", get: get_closed, set: None, doc: "" }];

pub static MMAP_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyMmap>),
    tp_new: slot(mmap_new),
    tp_repr: slot(mmap_repr),
    tp_iter: slot(mmap_iter),
    mp_length: slot(mmap_len),
    mp_subscript: slot(mmap_subscript),
    mp_ass_subscript: slot(mmap_ass_subscript),
    flags: Cell::new(type_flags::BASETYPE),
    tp_weaklistoffset: Cell::new(std::mem::offset_of!(PyMmap, weaklist)),
    methods: &METHODS,
    getsets: &GETSETS,
    module: Some("mmap"),
    doc: Some("Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\nMaps length bytes from the file specified by the file handle fileno,\nand returns a mmap object.  If length is larger than the current size\nof the file, the file is extended to contain length bytes.  If length\nis 0, the maximum length of the map is the current size of the file,\nexcept that if the file is empty Windows raises an exception (you cannot\ncreate an empty mapping on Windows).\n\nUnix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\nMaps length bytes from the file specified by the file descriptor fileno,\nand returns a mmap object.  If length is 0, the maximum length of the map\nwill be the current size of the file when mmap is called.\nflags specifies the nature of the mapping. MAP_PRIVATE creates a\nprivate copy-on-write mapping, so changes to the contents of the mmap\nobject will be private to this process, and MAP_SHARED creates a mapping\nthat's shared with all other processes mapping the same areas of the file.\nThe default value is MAP_SHARED.\n\nTo map anonymous memory, pass -1 as the fileno (both versions)."),
    ..TypeObject::new_static("mmap", std::mem::size_of::<PyMmap>())
});

pub fn mmap_types() -> [&'static TypeObject; 1] {
    [&MMAP_TYPE]
}

pub fn as_mmap(o: &PyObject) -> Option<&PyMmap> {
    if o.type_().is_subtype(&MMAP_TYPE) {
        // SAFETY: checked the type; subclasses share the layout prefix.
        Some(unsafe { o.cast::<PyMmap>() })
    } else {
        None
    }
}

fn me(o: &PyObject) -> &PyMmap {
    as_mmap(o).expect("mmap method on a non-mmap")
}

/// The mapped bytes of an open mmap (for `bytes::buffer_bytes`).
pub fn mmap_buffer(o: &PyObject) -> Option<&[u8]> {
    let m = as_mmap(o)?;
    (!m.data.get().is_null()).then(|| m.bytes())
}

/// The writable bytes of an open, writable mmap (memoryview assignment).
#[allow(clippy::mut_from_ref)]
pub fn mmap_buffer_mut(o: &PyObject) -> Option<&mut [u8]> {
    let m = as_mmap(o)?;
    (!m.data.get().is_null() && m.access != ACCESS_READ).then(|| m.bytes_mut())
}

/// A new export of `o` if it is an mmap: Some((length, readonly)), counted
/// until `unexport`; ValueError when closed.
pub fn export(o: &PyObject) -> PyResult<Option<(usize, bool)>> {
    let Some(m) = as_mmap(o) else { return Ok(None) };
    m.valid()?;
    m.exports.set(m.exports.get() + 1);
    Ok(Some((m.size.get(), m.access == ACCESS_READ)))
}

/// Count one more export of `o` (a view derived from an existing one).
pub fn reexport(o: &PyObject) {
    if let Some(m) = as_mmap(o) {
        m.exports.set(m.exports.get() + 1);
    }
}

/// End one export of `o` (a view released or freed).
pub fn unexport(o: &PyObject) {
    if let Some(m) = as_mmap(o) {
        m.exports.set(m.exports.get().saturating_sub(1));
    }
}

fn os_err() -> PyErr {
    super::io::os_error_from_errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(0), None)
}

/// PyArg_ParseTuple's count check for METH_VARARGS methods.
fn tuple_args<'s, 'a>(name: &str, a: &'s [&'a PyObject], kw: Option<&PyObject>, min: usize, max: usize) -> PyResult<&'s [&'a PyObject]> {
    args::no_kwargs(name, kw)?;
    let n = a.len();
    if n < min || n > max {
        let how = if min == max { "exactly" } else if n < min { "at least" } else { "at most" };
        let k = if n < min { min } else { max };
        return Err(type_error(format!("{}() takes {} {} argument{} ({} given)", name, how, k, if k == 1 { "" } else { "s" }, n)));
    }
    Ok(a)
}

/// A Py_ssize_t argument (`n` format).
fn ssize(o: &PyObject) -> PyResult<isize> {
    if crate::object::float::as_float(o).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = protocol::index(o)?;
    crate::object::int::int_value_i64(&v)
        .and_then(|x| isize::try_from(x).ok())
        .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t"))
}

fn mmap_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    const NAMES: [&str; 6] = ["fileno", "length", "flags", "prot", "access", "offset"];
    let (pos, kwvals, kwn) = args::split(a, kw);
    if pos.len() + kwvals.len() > 6 {
        return Err(type_error(format!("function takes at most 6 arguments ({} given)", pos.len() + kwvals.len())));
    }
    let mut out: [Option<&PyObject>; 6] = [None; 6];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in kwn.iter().zip(kwvals.iter()) {
        let name = crate::object::str::str_value(k).unwrap_or("");
        match NAMES.iter().position(|n| *n == name) {
            Some(i) if out[i].is_none() => out[i] = Some(*v),
            Some(i) => return Err(type_error(format!("argument for function given by name ('{}') and position ({})", name, i + 1))),
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for this function", name))),
        }
    }
    for i in 0..2 {
        if out[i].is_none() {
            return Err(type_error(format!("function missing required argument '{}' (pos {})", NAMES[i], i + 1)));
        }
    }
    let fd = args::expect_c_int(out[0].unwrap())?;
    let length = ssize(out[1].unwrap())?;
    let mut flags = match out[2] {
        Some(o) => args::expect_c_int(o)?,
        None => libc::MAP_SHARED,
    };
    let mut prot = match out[3] {
        Some(o) => args::expect_c_int(o)?,
        None => libc::PROT_READ | libc::PROT_WRITE,
    };
    let mut access = match out[4] {
        Some(o) => args::expect_c_int(o)?,
        None => ACCESS_DEFAULT,
    };
    let offset = match out[5] {
        Some(o) => {
            let v = protocol::index(o)?;
            crate::object::int::int_value_i64(&v).ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C long"))?
        }
        None => 0,
    };
    if length < 0 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "memory mapped length must be positive"));
    }
    if offset < 0 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "memory mapped offset must be positive"));
    }
    if access != ACCESS_DEFAULT && (flags != libc::MAP_SHARED || prot != (libc::PROT_WRITE | libc::PROT_READ)) {
        return Err(value_error("mmap can't specify both access and flags, prot."));
    }
    match access {
        ACCESS_READ => {
            flags = libc::MAP_SHARED;
            prot = libc::PROT_READ;
        }
        ACCESS_WRITE => {
            flags = libc::MAP_SHARED;
            prot = libc::PROT_READ | libc::PROT_WRITE;
        }
        ACCESS_COPY => {
            flags = libc::MAP_PRIVATE;
            prot = libc::PROT_READ | libc::PROT_WRITE;
        }
        ACCESS_DEFAULT => {
            if prot & libc::PROT_READ != 0 && prot & libc::PROT_WRITE != 0 {
                // the default
            } else if prot & libc::PROT_WRITE != 0 {
                access = ACCESS_WRITE;
            } else {
                access = ACCESS_READ;
            }
        }
        _ => return Err(value_error("mmap invalid access parameter.")),
    }
    let mut map_size = length as usize;
    if fd != -1 {
        // SAFETY: fstat fills a zeroed stat struct.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: valid out-pointer; a bad fd is reported through errno.
        let r = unsafe { libc::fstat(fd, &mut st) };
        if r == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFREG {
            let fsize = st.st_size;
            if map_size == 0 {
                if fsize == 0 {
                    return Err(value_error("cannot mmap an empty file"));
                }
                if offset >= fsize {
                    return Err(value_error("mmap offset is greater than file size"));
                }
                map_size = (fsize - offset) as usize;
            } else if offset > fsize || ((fsize - offset) as u64) < map_size as u64 {
                return Err(value_error("mmap length is greater than file size"));
            }
        }
    }
    let mut dupfd = -1;
    if fd == -1 {
        flags |= libc::MAP_ANONYMOUS;
    } else {
        // SAFETY: dup of a caller-provided descriptor; failure sets errno.
        dupfd = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
        if dupfd < 0 {
            return Err(os_err());
        }
    }
    // SAFETY: a fresh mapping; the kernel validates every argument.
    let p = unsafe { libc::mmap(std::ptr::null_mut(), map_size, prot, flags, dupfd, offset as libc::off_t) };
    if p == libc::MAP_FAILED {
        let e = os_err();
        if dupfd >= 0 {
            // SAFETY: our own duplicate.
            unsafe { libc::close(dupfd) };
        }
        return Err(e);
    }
    Ok(new_object(t, |ob| PyMmap {
        ob,
        data: Cell::new(p as *mut u8),
        size: Cell::new(map_size),
        pos: Cell::new(0),
        offset,
        fd: Cell::new(dupfd),
        access,
        exports: Cell::new(0),
        weaklist: Cell::new(std::ptr::null_mut()),
    }))
}

fn type_label(o: &PyObject) -> String {
    o.type_().tp_name().into_owned()
}

fn mmap_repr(o: &PyObject) -> PyResult<PyRef> {
    let m = me(o);
    if m.data.get().is_null() {
        return Ok(new_str(format!("<{} closed=True>", type_label(o))));
    }
    let access = ["ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"][m.access as usize];
    Ok(new_str(format!(
        "<{} closed=False, access={}, length={}, pos={}, offset={}>",
        type_label(o),
        access,
        m.size.get(),
        m.pos.get(),
        m.offset
    )))
}

/// Iteration goes through the old sequence protocol: one-byte bytes.
fn mmap_iter(o: &PyObject) -> PyResult<PyRef> {
    let m = me(o);
    m.valid()?;
    let items: Vec<PyRef> = m.bytes().iter().map(|b| new_bytes(vec![*b])).collect();
    protocol::iter(&crate::object::list::new_list(items))
}

fn mmap_len(o: &PyObject) -> PyResult<usize> {
    let m = me(o);
    m.valid()?;
    Ok(m.size.get())
}

fn mmap_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let m = me(o);
    m.valid()?;
    let size = m.size.get();
    if let Some(sl) = slice_indices(key, size)? {
        let data = m.bytes();
        let out: Vec<u8> = if sl.step == 1 {
            data[sl.start as usize..sl.start as usize + sl.len].to_vec()
        } else {
            (0..sl.len).map(|k| data[(sl.start + k as isize * sl.step) as usize]).collect()
        };
        return Ok(new_bytes(out));
    }
    match seq_index(key, size, "mmap index out of range")? {
        Some(i) => Ok(new_int(m.bytes()[i] as i64)),
        None => Err(type_error("mmap indices must be integers")),
    }
}

fn mmap_ass_subscript(o: &PyObject, key: &PyObject, value: Option<&PyObject>) -> PyResult<()> {
    let m = me(o);
    m.valid()?;
    m.writeable()?;
    let size = m.size.get();
    if let Some(sl) = slice_indices(key, size)? {
        let Some(value) = value else {
            return Err(type_error("mmap object doesn't support slice deletion"));
        };
        let src = expect_buffer(value)?.to_vec();
        if src.len() != sl.len {
            return Err(PyErr::new(&INDEX_ERROR, "mmap slice assignment is wrong size"));
        }
        let data = m.bytes_mut();
        for (k, b) in src.into_iter().enumerate() {
            data[(sl.start + k as isize * sl.step) as usize] = b;
        }
        return Ok(());
    }
    let Some(i) = seq_index(key, size, "mmap index out of range")? else {
        return Err(type_error("mmap indices must be integer"));
    };
    let Some(value) = value else {
        return Err(type_error("mmap doesn't support item deletion"));
    };
    let Some(v) = protocol::index_opt(value).map_err(|_| type_error("mmap item value must be an int"))? else {
        return Err(type_error("mmap item value must be an int"));
    };
    if !(0..256).contains(&v) {
        return Err(value_error("mmap item value must be in range(0, 256)"));
    }
    m.bytes_mut()[i] = v as u8;
    Ok(())
}

fn get_closed(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(me(o).data.get().is_null()))
}

fn m_close(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("close", &a[1..], kw)?;
    let m = me(a[0]);
    if m.exports.get() > 0 {
        return Err(PyErr::new(&BUFFER_ERROR, "cannot close exported pointers exist"));
    }
    m.unmap();
    Ok(none())
}

fn m_enter(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__enter__", &a[1..], kw)?;
    me(a[0]).valid()?;
    Ok(a[0].to_ref())
}

fn m_exit(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    m_close(&a[..1], None)
}

fn m_reduce(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(type_error(format!("cannot pickle '{}' object", type_label(a[0]))))
}

/// Clamp a find bound as CPython does (negative counts from the end).
fn clamp(v: isize, size: usize) -> usize {
    let v = if v < 0 { v + size as isize } else { v };
    v.clamp(0, size as isize) as usize
}

fn gfind(a: &[&PyObject], kw: Option<&PyObject>, name: &str, reverse: bool) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args(name, &a[1..], kw, 1, 3)?;
    let sub = expect_buffer(r[0])?.to_vec();
    let size = m.size.get();
    let start = match r.get(1) {
        Some(o) => clamp(ssize(o)?, size),
        None => m.pos.get(),
    };
    let end = match r.get(2) {
        Some(o) => clamp(ssize(o)?, size),
        None => size,
    };
    if start > end || end - start < sub.len() {
        return Ok(new_int(-1));
    }
    let hay = &m.bytes()[start..end];
    let found = if reverse { memchr::memmem::rfind(hay, &sub) } else { memchr::memmem::find(hay, &sub) };
    Ok(new_int(found.map_or(-1, |i| (i + start) as i64)))
}

fn m_find(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    gfind(a, kw, "find", false)
}

fn m_rfind(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    gfind(a, kw, "rfind", true)
}

fn m_flush(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args("flush", &a[1..], kw, 0, 2)?;
    let size = m.size.get() as isize;
    let offset = match r.first() {
        Some(o) => ssize(o)?,
        None => 0,
    };
    let len = match r.get(1) {
        Some(o) => ssize(o)?,
        None => size,
    };
    if offset < 0 || len < 0 || len > size - offset {
        return Err(value_error("flush values out of range"));
    }
    if len == 0 || m.access == ACCESS_READ || m.access == ACCESS_COPY {
        return Ok(none());
    }
    // SAFETY: the range lies inside the mapping (checked above).
    let rc = unsafe { libc::msync(m.data.get().add(offset as usize) as *mut libc::c_void, len as usize, libc::MS_SYNC) };
    if rc == -1 {
        return Err(os_err());
    }
    Ok(none())
}

fn m_madvise(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args("madvise", &a[1..], kw, 1, 3)?;
    let option = args::expect_c_int(r[0])?;
    let size = m.size.get() as isize;
    let start = match r.get(1) {
        Some(o) => ssize(o)?,
        None => 0,
    };
    if start < 0 || start >= size {
        return Err(value_error("madvise start out of bounds"));
    }
    let mut len = match r.get(2) {
        Some(o) => ssize(o)?,
        None => size - start,
    };
    if len < 0 {
        return Err(value_error("madvise length invalid"));
    }
    if isize::MAX - start < len {
        return Err(PyErr::new(&OVERFLOW_ERROR, "madvise length too large"));
    }
    if start + len > size {
        len = size - start;
    }
    // SAFETY: the range lies inside the mapping; the kernel validates `option`.
    let rc = unsafe { libc::madvise(m.data.get().add(start as usize) as *mut libc::c_void, len as usize, option) };
    if rc != 0 {
        return Err(os_err());
    }
    Ok(none())
}

fn m_move(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args("move", &a[1..], kw, 3, 3)?;
    let (dest, src, cnt) = (ssize(r[0])?, ssize(r[1])?, ssize(r[2])?);
    m.writeable()?;
    let size = m.size.get() as isize;
    if dest < 0 || src < 0 || cnt < 0 || size - dest < cnt || size - src < cnt {
        return Err(value_error("source, destination, or count out of range"));
    }
    m.bytes_mut().copy_within(src as usize..(src + cnt) as usize, dest as usize);
    Ok(none())
}

fn m_read(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args("read", &a[1..], kw, 0, 1)?;
    let remaining = m.size.get().saturating_sub(m.pos.get());
    let n = match r.first() {
        Some(o) if !is_none(o) => match protocol::index_opt(o)? {
            Some(v) => v,
            None => return Err(type_error(format!("argument should be integer or None, not '{}'", o.type_().name()))),
        },
        _ => -1,
    };
    let n = if n < 0 || n as usize > remaining { remaining } else { n as usize };
    let pos = m.pos.get();
    let out = m.bytes()[pos..pos + n].to_vec();
    m.pos.set(pos + n);
    Ok(new_bytes(out))
}

fn m_read_byte(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("read_byte", &a[1..], kw)?;
    let m = me(a[0]);
    m.valid()?;
    let pos = m.pos.get();
    if pos >= m.size.get() {
        return Err(value_error("read byte out of range"));
    }
    m.pos.set(pos + 1);
    Ok(new_int(m.bytes()[pos] as i64))
}

fn m_readline(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("readline", &a[1..], kw)?;
    let m = me(a[0]);
    m.valid()?;
    let pos = m.pos.get().min(m.size.get());
    let rest = &m.bytes()[pos..];
    let n = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
    let out = rest[..n].to_vec();
    m.pos.set(pos + n);
    Ok(new_bytes(out))
}

fn m_resize(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args("resize", &a[1..], kw, 1, 1)?;
    let new_size = ssize(r[0])?;
    if m.exports.get() > 0 {
        return Err(PyErr::new(&BUFFER_ERROR, "mmap can't resize with extant buffers exported."));
    }
    if m.access != ACCESS_WRITE && m.access != ACCESS_DEFAULT {
        return Err(type_error("mmap can't resize a readonly or copy-on-write memory map."));
    }
    if new_size < 0 || (isize::MAX - new_size) < m.offset as isize {
        return Err(value_error("new size out of range"));
    }
    let fd = m.fd.get();
    // SAFETY: our own descriptor; errors come back through errno.
    if fd != -1 && unsafe { libc::ftruncate(fd, m.offset + new_size as i64) } == -1 {
        return Err(os_err());
    }
    // SAFETY: data/size describe our mapping; MREMAP_MAYMOVE lets the kernel
    // move it (no view refers to it: exports == 0).
    let p = unsafe { libc::mremap(m.data.get() as *mut libc::c_void, m.size.get(), new_size as usize, libc::MREMAP_MAYMOVE) };
    if p == libc::MAP_FAILED {
        return Err(os_err());
    }
    m.data.set(p as *mut u8);
    m.size.set(new_size as usize);
    Ok(none())
}

fn m_seek(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args("seek", &a[1..], kw, 1, 2)?;
    let dist = ssize(r[0])?;
    let how = match r.get(1) {
        Some(o) => args::expect_c_int(o)?,
        None => 0,
    };
    let out_of_range = || value_error("seek out of range");
    let base = match how {
        0 => 0,
        1 => m.pos.get() as isize,
        2 => m.size.get() as isize,
        _ => return Err(value_error("unknown seek type")),
    };
    let where_ = base.checked_add(dist).ok_or_else(out_of_range)?;
    if where_ < 0 || where_ as usize > m.size.get() {
        return Err(out_of_range());
    }
    m.pos.set(where_ as usize);
    Ok(none())
}

fn m_size(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("size", &a[1..], kw)?;
    let m = me(a[0]);
    m.valid()?;
    // SAFETY: zeroed out-struct; a bad fd (anonymous map) sets errno, as CPython.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-pointer.
    if unsafe { libc::fstat(m.fd.get(), &mut st) } == -1 {
        return Err(os_err());
    }
    Ok(new_int(st.st_size))
}

fn m_tell(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("tell", &a[1..], kw)?;
    let m = me(a[0]);
    m.valid()?;
    Ok(new_int(m.pos.get() as i64))
}

fn m_write(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args("write", &a[1..], kw, 1, 1)?;
    let data = expect_buffer(r[0])?.to_vec();
    m.writeable()?;
    let pos = m.pos.get();
    if pos > m.size.get() || m.size.get() - pos < data.len() {
        return Err(value_error("data out of range"));
    }
    m.bytes_mut()[pos..pos + data.len()].copy_from_slice(&data);
    m.pos.set(pos + data.len());
    Ok(new_int(data.len() as i64))
}

fn m_write_byte(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = me(a[0]);
    m.valid()?;
    let r = tuple_args("write_byte", &a[1..], kw, 1, 1)?;
    let v = args::expect_index(r[0])?;
    if v < 0 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "unsigned byte integer is less than minimum"));
    }
    if v > 255 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "unsigned byte integer is greater than maximum"));
    }
    m.writeable()?;
    let pos = m.pos.get();
    if pos >= m.size.get() {
        return Err(value_error("write byte out of range"));
    }
    m.bytes_mut()[pos] = v as u8;
    m.pos.set(pos + 1);
    Ok(none())
}

pub fn init() -> PyResult<PyRef> {
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64;
    let mut entries: Vec<(&str, PyRef)> = vec![
        ("mmap", MMAP_TYPE.to_ref()),
        ("error", crate::object::exceptions::OS_ERROR.to_ref()),
        ("PAGESIZE", new_int(page)),
        ("ALLOCATIONGRANULARITY", new_int(page)),
        ("ACCESS_DEFAULT", new_int(ACCESS_DEFAULT as i64)),
        ("ACCESS_READ", new_int(ACCESS_READ as i64)),
        ("ACCESS_WRITE", new_int(ACCESS_WRITE as i64)),
        ("ACCESS_COPY", new_int(ACCESS_COPY as i64)),
    ];
    let consts: [(&str, i32); 27] = [
        ("PROT_EXEC", libc::PROT_EXEC),
        ("PROT_READ", libc::PROT_READ),
        ("PROT_WRITE", libc::PROT_WRITE),
        ("MAP_SHARED", libc::MAP_SHARED),
        ("MAP_PRIVATE", libc::MAP_PRIVATE),
        ("MAP_DENYWRITE", libc::MAP_DENYWRITE),
        ("MAP_EXECUTABLE", libc::MAP_EXECUTABLE),
        ("MAP_ANON", libc::MAP_ANONYMOUS),
        ("MAP_ANONYMOUS", libc::MAP_ANONYMOUS),
        ("MAP_POPULATE", libc::MAP_POPULATE),
        ("MAP_STACK", libc::MAP_STACK),
        ("MADV_NORMAL", libc::MADV_NORMAL),
        ("MADV_RANDOM", libc::MADV_RANDOM),
        ("MADV_SEQUENTIAL", libc::MADV_SEQUENTIAL),
        ("MADV_WILLNEED", libc::MADV_WILLNEED),
        ("MADV_DONTNEED", libc::MADV_DONTNEED),
        ("MADV_REMOVE", libc::MADV_REMOVE),
        ("MADV_DONTFORK", libc::MADV_DONTFORK),
        ("MADV_DOFORK", libc::MADV_DOFORK),
        ("MADV_HWPOISON", libc::MADV_HWPOISON),
        ("MADV_MERGEABLE", libc::MADV_MERGEABLE),
        ("MADV_UNMERGEABLE", libc::MADV_UNMERGEABLE),
        ("MADV_HUGEPAGE", libc::MADV_HUGEPAGE),
        ("MADV_NOHUGEPAGE", libc::MADV_NOHUGEPAGE),
        ("MADV_DONTDUMP", libc::MADV_DONTDUMP),
        ("MADV_DODUMP", libc::MADV_DODUMP),
        ("MADV_FREE", libc::MADV_FREE),
    ];
    for (k, v) in consts.iter() {
        entries.push((k, new_int(*v as i64)));
    }
    Ok(new_native_module("mmap", &[], entries))
}
