//! `memoryview`: a one-dimensional view of unsigned bytes (format `'B'`)
//! over a `bytes` or `bytearray`, possibly sliced with a step. Views of
//! views share the underlying object. A contiguous view is a bytes-like
//! object everywhere (`bytes::buffer_bytes`).
//!
//! `cast` to a native integer format (`'I'`, `'q'`, ...) gives a
//! contiguous view whose items are decoded on access (`len`, indexing,
//! `tolist`, iteration); such views cannot be sliced or assigned to yet.
//!
//! Exporters that count their views (mmap, BytesIO via `getbuffer`) are
//! told when a view is made (`reexport`) and released or freed
//! (`unexport`), and refuse to resize while views exist. A BytesIO is
//! viewable only through `getbuffer` (it is not bytes-like itself).
//!
//! Not yet: multi-dimensional views, other formats, and
//! blocking a `bytearray` resize while a view exists (CPython's export
//! count); element access is bounds-checked against the buffer's current
//! length instead.

use super::args;
use super::bytearray::as_bytearray;
use super::bytes::{as_bytes, buffer_bytes, new_bytes};
use super::exceptions::{type_error, value_error, PyErr, INDEX_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{new_bool, new_int};
use super::list::new_list;
use super::protocol;
use super::singletons::{none, not_implemented};
use super::str::new_str;
use super::str_common::{seq_index, slice_indices};
use super::tuple::new_tuple;
use super::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::CmpKind;
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct PyMemoryView {
    pub ob: PyObject,
    /// The exporting `bytes`/`bytearray`/mmap/BytesIO; None once released.
    obj: UnsafeCell<Option<PyRef>>,
    /// Element `i` is byte `start + i * step` of the buffer.
    start: usize,
    step: isize,
    len: usize,
    readonly: bool,
    /// The struct-module format of the items (`b'B'` unless cast).
    format: u8,
    /// -1 until computed (read-only views only).
    hash: Cell<isize>,
}

static MEMORYVIEW_METHODS: [MethodDef; 8] = [
    MethodDef { name: "tobytes", func: m_tobytes, flags: 0, doc: "Return the data in the buffer as a byte string." },
    MethodDef { name: "tolist", func: m_tolist, flags: 0, doc: "Return the data in the buffer as a list of elements." },
    MethodDef { name: "hex", func: m_hex, flags: 0, doc: "Return the data in the buffer as a str of hexadecimal numbers." },
    MethodDef { name: "release", func: m_release, flags: 0, doc: "Release the underlying buffer exposed by the memoryview object." },
    MethodDef { name: "toreadonly", func: m_toreadonly, flags: 0, doc: "Return a readonly version of the memoryview." },
    MethodDef { name: "cast", func: m_cast, flags: 0, doc: "Cast a memoryview to a new format or shape." },
    MethodDef { name: "__enter__", func: m_enter, flags: 0, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, flags: 0, doc: "" },
];

static MEMORYVIEW_GETSETS: [GetSetDef; 12] = [
    GetSetDef { name: "obj", get: get_obj, set: None, doc: "The underlying object of the memoryview." },
    GetSetDef { name: "nbytes", get: get_nbytes, set: None, doc: "The amount of space in bytes that the array would use in\n a contiguous representation." },
    GetSetDef { name: "readonly", get: get_readonly, set: None, doc: "A bool indicating whether the memory is read only." },
    GetSetDef { name: "itemsize", get: get_itemsize, set: None, doc: "The size in bytes of each element of the memoryview." },
    GetSetDef { name: "format", get: get_format, set: None, doc: "A string containing the format (in struct module style)\n for each element in the view." },
    GetSetDef { name: "ndim", get: get_ndim, set: None, doc: "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents." },
    GetSetDef { name: "shape", get: get_shape, set: None, doc: "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array." },
    GetSetDef { name: "strides", get: get_strides, set: None, doc: "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array." },
    GetSetDef { name: "suboffsets", get: get_suboffsets, set: None, doc: "A tuple of integers used internally for PIL-style arrays." },
    GetSetDef { name: "c_contiguous", get: get_contiguous, set: None, doc: "A bool indicating whether the memory is C contiguous." },
    GetSetDef { name: "f_contiguous", get: get_contiguous, set: None, doc: "A bool indicating whether the memory is Fortran contiguous." },
    GetSetDef { name: "contiguous", get: get_contiguous, set: None, doc: "A bool indicating whether the memory is contiguous." },
];

pub static MEMORYVIEW_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyMemoryView>),
    tp_repr: slot(mv_repr),
    tp_hash: slot(mv_hash),
    tp_richcompare: slot(mv_richcompare),
    tp_iter: slot(mv_iter),
    tp_new: slot(mv_new),
    mp_length: slot(mv_len),
    mp_subscript: slot(mv_subscript),
    mp_ass_subscript: slot(mv_ass_subscript),
    methods: &MEMORYVIEW_METHODS,
    getsets: &MEMORYVIEW_GETSETS,
    doc: Some("Create a new memoryview object which references the given object."),
    ..TypeObject::new_static("memoryview", std::mem::size_of::<PyMemoryView>())
});

pub fn as_memoryview(o: &PyObject) -> Option<&PyMemoryView> {
    if o.is_exact(&MEMORYVIEW_TYPE) {
        // SAFETY: checked the exact type (memoryview is not subclassable).
        Some(unsafe { o.cast::<PyMemoryView>() })
    } else {
        None
    }
}

fn mv(o: &PyObject) -> &PyMemoryView {
    as_memoryview(o).expect("memoryview slot on a non-memoryview")
}

#[cold]
fn released_error() -> PyErr {
    value_error("operation forbidden on released memoryview object")
}

impl PyMemoryView {
    /// The exporting object, or ValueError once released.
    fn exporter(&self) -> PyResult<&PyObject> {
        // SAFETY: single-threaded; `obj` is only replaced by `release`,
        // which no caller of this borrow can reach while it is held.
        unsafe { (*self.obj.get()).as_deref() }.ok_or_else(released_error)
    }

    /// The whole underlying buffer. Do not hold across Python code (a
    /// bytearray may be resized).
    fn buffer(&self) -> PyResult<&[u8]> {
        Ok(view_bytes(self.exporter()?).unwrap_or(&[]))
    }

    /// The byte offset of element `i` in the buffer, checked against the
    /// buffer's current length.
    fn offset(&self, i: usize, buflen: usize) -> PyResult<usize> {
        let off = self.start as isize + i as isize * self.step;
        if off < 0 || off as usize >= buflen {
            return Err(PyErr::new(&INDEX_ERROR, "index out of bounds on dimension 1"));
        }
        Ok(off as usize)
    }

    /// The viewed bytes, copied.
    fn to_vec(&self) -> PyResult<Vec<u8>> {
        let buf = self.buffer()?;
        if self.step == 1 && self.start + self.len <= buf.len() {
            return Ok(buf[self.start..self.start + self.len].to_vec());
        }
        (0..self.len).map(|i| Ok(buf[self.offset(i, buf.len())?])).collect()
    }

    /// The viewed bytes when the view is contiguous and in bounds.
    pub fn contiguous_bytes(&self) -> Option<&[u8]> {
        let buf = view_bytes(self.exporter().ok()?)?;
        (self.step == 1 && self.start + self.len <= buf.len()).then(|| &buf[self.start..self.start + self.len])
    }
}

/// The bytes an exporter shares with its views.
fn view_bytes(obj: &PyObject) -> Option<&[u8]> {
    buffer_bytes(obj).or_else(|| crate::modules::io_memory::bytesio_buffer(obj))
}

/// Count one more view of an exporter that tracks its exports.
fn reexport(obj: &PyObject) {
    crate::modules::mmap::reexport(obj);
    crate::modules::io_memory::reexport(obj);
}

/// End one view of an exporter that tracks its exports.
fn unexport(obj: &PyObject) {
    crate::modules::mmap::unexport(obj);
    crate::modules::io_memory::unexport(obj);
}

/// A writable byte view of the first `len` bytes of `obj` (an exporter
/// known to `view_bytes`), counted as an export: `BytesIO.getbuffer()`.
pub fn new_exported_view(obj: PyRef, len: usize) -> PyRef {
    new_view_fmt(obj, 0, 1, len, false, b'B')
}

fn new_view(obj: PyRef, start: usize, step: isize, len: usize, readonly: bool) -> PyRef {
    new_view_fmt(obj, start, step, len, readonly, b'B')
}

/// A view whose `len` bytes hold items of `format` (step 1 unless `'B'`).
fn new_view_fmt(obj: PyRef, start: usize, step: isize, len: usize, readonly: bool, format: u8) -> PyRef {
    // A view of an mmap or BytesIO counts as one more export of it.
    reexport(&obj);
    new_view_exported(obj, start, step, len, readonly, format)
}

/// As `new_view_fmt` for an export already counted.
fn new_view_exported(obj: PyRef, start: usize, step: isize, len: usize, readonly: bool, format: u8) -> PyRef {
    new_object(&MEMORYVIEW_TYPE, |ob| PyMemoryView {
        ob,
        obj: UnsafeCell::new(Some(obj)),
        start,
        step,
        len,
        readonly,
        format,
        hash: Cell::new(-1),
    })
}

/// Size of one item of a native integer format, or None.
fn format_itemsize(f: u8) -> Option<usize> {
    Some(match f {
        b'B' | b'b' => 1,
        b'H' | b'h' => 2,
        b'I' | b'i' => 4,
        b'L' | b'l' | b'Q' | b'q' | b'N' | b'n' => 8,
        _ => return None,
    })
}

impl PyMemoryView {
    fn itemsize(&self) -> usize {
        format_itemsize(self.format).unwrap_or(1)
    }

    /// Number of items.
    fn nitems(&self) -> usize {
        self.len / self.itemsize()
    }

    /// Item `i` of a cast (non-`'B'`) view, from its native bytes.
    fn cast_item(&self, i: usize) -> PyResult<PyRef> {
        let size = self.itemsize();
        let buf = self.buffer()?;
        let at = self.start + i * size;
        let Some(raw) = buf.get(at..at + size) else {
            return Err(PyErr::new(&INDEX_ERROR, "index out of bounds on dimension 1"));
        };
        let mut b = [0u8; 8];
        b[..size].copy_from_slice(raw);
        let u = u64::from_ne_bytes(b);
        let signed = self.format.is_ascii_lowercase();
        let shift = 64 - 8 * size as u32;
        Ok(if signed {
            new_int(((u << shift) as i64) >> shift)
        } else if u > i64::MAX as u64 {
            super::int::new_bigint(u.into())
        } else {
            new_int(u as i64)
        })
    }
}

/// `memoryview(o)` for a bytes-like `o`.
pub fn memoryview_of(o: &PyObject) -> PyResult<PyRef> {
    if let Some(m) = as_memoryview(o) {
        let obj = m.exporter()?.to_ref();
        return Ok(new_view_fmt(obj, m.start, m.step, m.len, m.readonly, m.format));
    }
    if let Some(b) = as_bytes(o) {
        return Ok(new_view(o.to_ref(), 0, 1, b.data.len(), true));
    }
    if let Some(b) = as_bytearray(o) {
        return Ok(new_view(o.to_ref(), 0, 1, b.as_slice().len(), false));
    }
    if let Some((len, readonly)) = crate::modules::mmap::export(o)? {
        return Ok(new_view_exported(o.to_ref(), 0, 1, len, readonly, b'B'));
    }
    Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", o.type_().name())))
}

fn mv_new(_t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    args::Params::new("memoryview", &["object"], 1).parse(a, kw, &mut out)?;
    memoryview_of(out[0].expect("required"))
}

fn mv_repr(o: &PyObject) -> PyResult<PyRef> {
    let released = mv(o).exporter().is_err();
    Ok(new_str(format!("<{}memory at {:#x}>", if released { "released " } else { "" }, o.as_ptr() as usize)))
}

fn mv_hash(o: &PyObject) -> PyResult<isize> {
    let m = mv(o);
    if m.hash.get() != -1 {
        return Ok(m.hash.get());
    }
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    let h = crate::format::hash_bytes(&m.to_vec()?) as isize;
    m.hash.set(h);
    Ok(h)
}

fn mv_len(o: &PyObject) -> PyResult<usize> {
    let m = mv(o);
    m.exporter()?;
    Ok(m.nitems())
}

#[cold]
fn cast_view_unsupported() -> PyErr {
    value_error("memoryview: slicing or assigning to a cast view is not supported yet by pyston-rt")
}

fn mv_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let m = mv(o);
    let obj = m.exporter()?;
    if m.format != b'B' {
        if let Some(i) = seq_index(key, m.nitems(), "index out of bounds on dimension 1")? {
            return m.cast_item(i);
        }
        return Err(cast_view_unsupported());
    }
    if let Some(sl) = slice_indices(key, m.len)? {
        let start = m.start as isize + sl.start * m.step;
        return Ok(new_view(obj.to_ref(), start.max(0) as usize, m.step * sl.step, sl.len, m.readonly));
    }
    match seq_index(key, m.len, "index out of bounds on dimension 1")? {
        Some(i) => {
            let buf = m.buffer()?;
            Ok(new_int(buf[m.offset(i, buf.len())?] as i64))
        }
        None => Err(type_error("memoryview: invalid slice key")),
    }
}

/// The bytes a writable view may change: a bytearray's, a writable mmap's
/// or a BytesIO's.
fn writable_buffer(obj: &PyObject) -> Option<&mut [u8]> {
    if let Some(ba) = as_bytearray(obj) {
        return Some(ba.vec_mut().as_mut_slice());
    }
    crate::modules::mmap::mmap_buffer_mut(obj).or_else(|| crate::modules::io_memory::bytesio_buffer_mut(obj))
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        if let Some(o) = self.obj.get_mut() {
            unexport(o);
        }
    }
}

fn mv_ass_subscript(o: &PyObject, key: &PyObject, value: Option<&PyObject>) -> PyResult<()> {
    let m = mv(o);
    let obj = m.exporter()?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(type_error("cannot delete memory"));
    };
    if m.format != b'B' {
        return Err(cast_view_unsupported());
    }
    if writable_buffer(obj).is_none() {
        return Err(type_error("cannot modify read-only memory"));
    }
    if let Some(sl) = slice_indices(key, m.len)? {
        let src = match as_memoryview(value) {
            Some(v) => v.to_vec()?,
            None => buffer_bytes(value)
                .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", value.type_().name())))?
                .to_vec(),
        };
        if src.len() != sl.len {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let buf = writable_buffer(m.exporter()?).ok_or_else(|| type_error("cannot modify read-only memory"))?;
        let n = buf.len();
        for (k, b) in src.into_iter().enumerate() {
            let off = m.offset((sl.start + k as isize * sl.step) as usize, n)?;
            buf[off] = b;
        }
        return Ok(());
    }
    let Some(i) = seq_index(key, m.len, "index out of bounds on dimension 1")? else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    let v = match protocol::index_opt(value)? {
        Some(v) => v,
        None => return Err(type_error("memoryview: invalid type for format 'B'")),
    };
    if !(0..256).contains(&v) {
        return Err(value_error("memoryview: invalid value for format 'B'"));
    }
    let buf = writable_buffer(m.exporter()?).ok_or_else(|| type_error("cannot modify read-only memory"))?;
    let off = m.offset(i, buf.len())?;
    buf[off] = v as u8;
    Ok(())
}

fn mv_iter(o: &PyObject) -> PyResult<PyRef> {
    mv(o).exporter()?;
    Ok(super::seqiter::new_seq_iter(o))
}

/// The bytes of a memoryview or bytes-like object, for comparisons.
fn comparable_bytes(o: &PyObject) -> PyResult<Option<Vec<u8>>> {
    if let Some(m) = as_memoryview(o) {
        return m.to_vec().map(Some);
    }
    Ok(buffer_bytes(o).map(|b| b.to_vec()))
}

fn mv_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(not_implemented());
    }
    if a.is(b) {
        return Ok(new_bool(op == CmpKind::Eq));
    }
    // A released view equals only itself.
    let released = |o: &PyObject| as_memoryview(o).is_some_and(|m| m.exporter().is_err());
    if released(a) || released(b) {
        return Ok(new_bool(op == CmpKind::Ne));
    }
    match (comparable_bytes(a)?, comparable_bytes(b)?) {
        (Some(x), Some(y)) => Ok(new_bool((x == y) == (op == CmpKind::Eq))),
        _ => Ok(not_implemented()),
    }
}

fn self_view<'a>(args: &[&'a PyObject], name: &str, kwnames: Option<&PyObject>) -> PyResult<&'a PyMemoryView> {
    args::no_kwargs(name, kwnames)?;
    Ok(mv(args[0]))
}

fn m_tobytes(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    args::Params::new("tobytes", &["order"], 0).parse(&args[1..], kwnames, &mut out)?;
    Ok(new_bytes(mv(args[0]).to_vec()?))
}

fn m_tolist(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    args::check_positional("tolist", args.len() - 1, 0, 0)?;
    let m = self_view(args, "tolist", kwnames)?;
    if m.format != b'B' {
        let items = (0..m.nitems()).map(|i| m.cast_item(i)).collect::<PyResult<Vec<_>>>()?;
        return Ok(new_list(items));
    }
    Ok(new_list(m.to_vec()?.into_iter().map(|b| new_int(b as i64)).collect()))
}

fn m_hex(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let data = new_bytes(mv(args[0]).to_vec()?);
    let mut call_args: Vec<&PyObject> = vec![&data];
    call_args.extend_from_slice(&args[1..]);
    super::bytes_ctype::b_hex(&call_args, kwnames)
}

fn m_release(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    args::check_positional("release", args.len() - 1, 0, 0)?;
    let m = self_view(args, "release", kwnames)?;
    // SAFETY: single-threaded; no borrow of `obj` is live here (the
    // exporter is dropped after the cell no longer refers to it).
    let old = unsafe { (*m.obj.get()).take() };
    if let Some(o) = &old {
        unexport(o);
    }
    drop(old);
    Ok(none())
}

fn m_toreadonly(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    args::check_positional("toreadonly", args.len() - 1, 0, 0)?;
    let m = self_view(args, "toreadonly", kwnames)?;
    Ok(new_view_fmt(m.exporter()?.to_ref(), m.start, m.step, m.len, true, m.format))
}

fn m_cast(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    args::Params::new("cast", &["format", "shape"], 1).parse(&args[1..], kwnames, &mut out)?;
    let m = mv(args[0]);
    let format = args::expect_str(out[0].expect("required"), "memoryview: format argument")?;
    let f = match format.as_bytes() {
        [c] if format_itemsize(*c).is_some() => *c,
        [b'@', c] if format_itemsize(*c).is_some() => *c,
        _ => return Err(value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")),
    };
    if out[1].is_some() {
        return Err(value_error("memoryview: cast with a shape is not supported yet by pyston-rt"));
    }
    if m.step != 1 && m.len > 1 {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if m.format != b'B' && f != b'B' {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = format_itemsize(f).unwrap_or(1);
    if m.len % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(new_view_fmt(m.exporter()?.to_ref(), m.start, 1, m.len, m.readonly, f))
}

fn m_enter(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let m = self_view(args, "__enter__", kwnames)?;
    m.exporter()?;
    Ok(args[0].to_ref())
}

fn m_exit(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    m_release(&args[..1], kwnames)
}

fn get_obj(o: &PyObject) -> PyResult<PyRef> {
    Ok(mv(o).exporter()?.to_ref())
}
fn get_nbytes(o: &PyObject) -> PyResult<PyRef> {
    let m = mv(o);
    m.exporter()?;
    Ok(new_int(m.len as i64))
}
fn get_readonly(o: &PyObject) -> PyResult<PyRef> {
    let m = mv(o);
    m.exporter()?;
    Ok(new_bool(m.readonly))
}
fn get_itemsize(o: &PyObject) -> PyResult<PyRef> {
    let m = mv(o);
    m.exporter()?;
    Ok(new_int(m.itemsize() as i64))
}
fn get_format(o: &PyObject) -> PyResult<PyRef> {
    let m = mv(o);
    m.exporter()?;
    Ok(new_str((m.format as char).to_string()))
}
fn get_ndim(o: &PyObject) -> PyResult<PyRef> {
    mv(o).exporter()?;
    Ok(new_int(1))
}
fn get_shape(o: &PyObject) -> PyResult<PyRef> {
    let m = mv(o);
    m.exporter()?;
    Ok(new_tuple(vec![new_int(m.nitems() as i64)]))
}
fn get_strides(o: &PyObject) -> PyResult<PyRef> {
    let m = mv(o);
    m.exporter()?;
    Ok(new_tuple(vec![new_int(m.step as i64 * m.itemsize() as isize as i64)]))
}
fn get_suboffsets(o: &PyObject) -> PyResult<PyRef> {
    mv(o).exporter()?;
    Ok(new_tuple(vec![]))
}
fn get_contiguous(o: &PyObject) -> PyResult<PyRef> {
    let m = mv(o);
    m.exporter()?;
    Ok(new_bool(m.step == 1 || m.len <= 1))
}
