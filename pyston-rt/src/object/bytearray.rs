//! `bytearray`: a mutable byte buffer. Shares its read-only methods with
//! `bytes` (`bytes_methods.rs`, `bytes_ctype.rs`); this file has the type,
//! its slots and the mutating methods.

use super::args::{check_positional, expect_index, no_kwargs, one_arg, Params};
use super::bytes::{
    buffer_bytes, byte_value, bytes_from_source, bytes_iter_length_hint, bytes_iter_next,
    compare_bytes, contains_bytes, new_byte_iter, repeat_bytes, slice_bytes, PyBytesIter,
};
use super::exceptions::{type_error, value_error, PyErr, INDEX_ERROR, MEMORY_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{new_bool, new_int};
use super::protocol;
use super::singletons::{none, not_implemented};
use super::str::{as_pystr, new_str};
use super::str_common::{seq_index, slice_indices};
use super::typeobj::{drop_payload, nb_slots, slot, type_flags, MethodDef, TypeObject};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct PyByteArray {
    pub ob: PyObject,
    pub data: UnsafeCell<Vec<u8>>,
}

impl PyByteArray {
    /// The contents. Do not hold across a call that can run Python code.
    #[inline(always)]
    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: single-threaded; callers follow the borrow rule above.
        unsafe { &*self.data.get() }
    }
    /// Mutable access with the same rule as `as_slice`.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn vec_mut(&self) -> &mut Vec<u8> {
        // SAFETY: single-threaded; no other borrow of the buffer is alive
        // while a mutating method runs (arguments are converted first).
        unsafe { &mut *self.data.get() }
    }
}

pub static BYTEARRAY_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE),
    tp_drop: slot(drop_payload::<PyByteArray>),
    tp_repr: slot(bytearray_repr),
    tp_str: slot(bytearray_repr),
    tp_richcompare: slot(bytearray_richcompare),
    tp_iter: slot(bytearray_iter),
    tp_new: slot(bytearray_new),
    tp_init: slot(bytearray_init),
    mp_length: slot(bytearray_len),
    mp_subscript: slot(bytearray_subscript),
    mp_ass_subscript: slot(bytearray_ass_subscript),
    sq_contains: slot(contains_bytes),
    sq_concat: slot(bytearray_concat),
    sq_repeat: slot(bytearray_repeat),
    nb: nb_slots(&[
        (BinOpKind::Mod, bytearray_mod),
        (BinOpKind::IAdd, bytearray_iadd),
        (BinOpKind::IMul, bytearray_imul),
    ]),
    methods: super::bytes_methods::BYTEARRAY_METHODS,
    doc: Some(BYTEARRAY_DOC),
    ..TypeObject::new_static("bytearray", std::mem::size_of::<PyByteArray>())
});

const BYTEARRAY_DOC: &str = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";

pub static BYTEARRAY_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyBytesIter>),
    tp_iter: slot(super::seqiter::self_iter),
    tp_iternext: slot(bytes_iter_next),
    flags: Cell::new(0),
    methods: BYTEARRAY_ITER_METHODS,
    ..TypeObject::new_static("bytearray_iterator", std::mem::size_of::<PyBytesIter>())
});

static BYTEARRAY_ITER_METHODS: &[MethodDef] = &[MethodDef {
    name: "__length_hint__",
    func: bytes_iter_length_hint,
    flags: 0,
    doc: "Private method returning an estimate of len(list(it)).",
}];

/// A new bytearray.
pub fn new_bytearray(data: Vec<u8>) -> PyRef {
    new_object(&BYTEARRAY_TYPE, |ob| PyByteArray { ob, data: UnsafeCell::new(data) })
}

/// Downcast to bytearray (exact or subclass).
#[inline]
pub fn as_bytearray(o: &PyObject) -> Option<&PyByteArray> {
    if o.is_exact(&BYTEARRAY_TYPE) || o.type_().is_subtype(&BYTEARRAY_TYPE) {
        // SAFETY: bytearray and its subclasses are laid out as PyByteArray.
        Some(unsafe { o.cast::<PyByteArray>() })
    } else {
        None
    }
}

#[inline(always)]
fn ba(o: &PyObject) -> &PyByteArray {
    debug_assert!(as_bytearray(o).is_some());
    // SAFETY: the bytearray slots and methods are installed on bytearray and subclasses only.
    unsafe { o.cast::<PyByteArray>() }
}

fn bytearray_repr(o: &PyObject) -> PyResult<PyRef> {
    let name = o.type_().name().to_string();
    Ok(new_str(crate::format::repr::bytearray_repr(ba(o).as_slice(), &name)))
}

fn bytearray_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (buffer_bytes(a), buffer_bytes(b)) else {
        return Ok(not_implemented());
    };
    Ok(new_bool(compare_bytes(x, y, op)))
}

fn bytearray_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_byte_iter(&BYTEARRAY_ITER_TYPE, o))
}

fn bytearray_len(o: &PyObject) -> PyResult<usize> {
    Ok(ba(o).as_slice().len())
}

fn bytearray_subscript(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let len = ba(o).as_slice().len();
    if let Some(i) = seq_index(key, len, "bytearray index out of range")? {
        return Ok(new_int(ba(o).as_slice()[i] as i64));
    }
    if let Some(sl) = slice_indices(key, len)? {
        return Ok(new_bytearray(slice_bytes(ba(o).as_slice(), sl.start, sl.step, sl.len)));
    }
    Err(type_error(format!("bytearray indices must be integers or slices, not {}", key.type_().name())))
}

/// The bytes of a slice-assignment value.
fn assigned_bytes(v: &PyObject) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b.to_vec());
    }
    let t = v.type_();
    if as_pystr(v).is_some() || super::int::as_int(v).is_some() || (t.tp_iter.get().is_none() && t.mp_subscript.get().is_none()) {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let items = protocol::collect(v)?;
    items.iter().map(|x| byte_value(x)).collect()
}

fn bytearray_ass_subscript(o: &PyObject, key: &PyObject, value: Option<&PyObject>) -> PyResult<()> {
    let len = ba(o).as_slice().len();
    if let Some(i) = seq_index(key, len, "bytearray index out of range")? {
        match value {
            Some(v) => {
                let b = byte_value(v)?;
                // Converting the value may have run code that shrank the buffer.
                let vec = ba(o).vec_mut();
                if i >= vec.len() {
                    return Err(PyErr::new(&INDEX_ERROR, "bytearray index out of range"));
                }
                vec[i] = b;
            }
            None => {
                let vec = ba(o).vec_mut();
                if i < vec.len() {
                    vec.remove(i);
                }
            }
        }
        return Ok(());
    }
    if !super::str_common::is_slice(key) {
        return Err(type_error(format!("bytearray indices must be integers or slices, not {}", key.type_().name())));
    }
    // Convert the value first: it may run Python code.
    let new: Vec<u8> = match value {
        Some(v) if v.is(o) => ba(o).as_slice().to_vec(),
        Some(v) => assigned_bytes(v)?,
        None => Vec::new(),
    };
    let len = ba(o).as_slice().len();
    let Some(sl) = slice_indices(key, len)? else {
        return Ok(());
    };
    let vec = ba(o).vec_mut();
    let len = vec.len();
    if sl.step == 1 {
        let start = (sl.start.max(0) as usize).min(len);
        let stop = (sl.stop.max(sl.start).max(0) as usize).min(len).max(start);
        vec.splice(start..stop, new);
        return Ok(());
    }
    if value.is_none() {
        // Delete an extended slice.
        let mut idx: Vec<usize> = (0..sl.len).map(|k| (sl.start + k as isize * sl.step) as usize).collect();
        idx.sort_unstable();
        let mut keep = Vec::with_capacity(len - idx.len());
        let mut j = 0;
        for (i, &b) in vec.iter().enumerate() {
            if j < idx.len() && idx[j] == i {
                j += 1;
            } else {
                keep.push(b);
            }
        }
        *vec = keep;
        return Ok(());
    }
    if new.len() != sl.len {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            sl.len
        )));
    }
    let mut i = sl.start;
    for b in new {
        vec[i as usize] = b;
        i += sl.step;
    }
    Ok(())
}

fn bytearray_concat(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (buffer_bytes(a), buffer_bytes(b)) else {
        return Err(type_error(format!("can't concat {} to {}", b.type_().name(), a.type_().name())));
    };
    let mut v = Vec::new();
    v.try_reserve_exact(x.len() + y.len()).map_err(|_| PyErr::new(&MEMORY_ERROR, ""))?;
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    Ok(new_bytearray(v))
}

fn bytearray_repeat(a: &PyObject, n: isize) -> PyResult<PyRef> {
    Ok(new_bytearray(repeat_bytes(ba(a).as_slice(), n)?))
}

fn bytearray_iadd(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if as_bytearray(a).is_none() {
        return Ok(not_implemented());
    }
    let Some(y) = buffer_bytes(b) else {
        return Err(type_error(format!("can't concat {} to {}", b.type_().name(), a.type_().name())));
    };
    let y = y.to_vec();
    ba(a).vec_mut().extend_from_slice(&y);
    Ok(a.to_ref())
}

fn bytearray_imul(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    if as_bytearray(a).is_none() {
        return Ok(not_implemented());
    }
    let Some(n) = protocol::index_opt(b)? else {
        return Ok(not_implemented());
    };
    let v = repeat_bytes(ba(a).as_slice(), n)?;
    *ba(a).vec_mut() = v;
    Ok(a.to_ref())
}

fn bytearray_mod(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(x) = as_bytearray(a) else {
        return Ok(not_implemented());
    };
    let fmt = x.as_slice().to_vec();
    let out = super::str_percent::percent_format(&fmt, b, super::str_percent::Target::Bytes)?;
    Ok(new_bytearray(out))
}

/// `bytearray.__new__`: an empty buffer; `__init__` fills it.
fn bytearray_new(t: &TypeObject, _args: &[&PyObject], _kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyByteArray { ob, data: UnsafeCell::new(Vec::new()) }))
}

/// `bytearray.__init__(source=b'', encoding=..., errors=...)`
fn bytearray_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    static P: Params = Params::new("bytearray", &["source", "encoding", "errors"], 0);
    let mut a = [None; 3];
    P.parse(args, kwnames, &mut a)?;
    let encoding = a[1].map(|e| super::str_ops::arg_str("bytearray", "encoding", e)).transpose()?;
    let errors = a[2].map(|e| super::str_ops::arg_str("bytearray", "errors", e)).transpose()?;
    let data = match a[0] {
        None => {
            if encoding.is_some() || errors.is_some() {
                return Err(type_error(if encoding.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            }
            Vec::new()
        }
        Some(x) if encoding.is_some() || errors.is_some() => {
            let Some(s) = as_pystr(x) else {
                return Err(type_error(if encoding.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            };
            let Some(enc) = encoding else {
                return Err(type_error("string argument without an encoding"));
            };
            super::codecs::encode(&s.data, enc, errors.unwrap_or("strict"))?
        }
        Some(x) if x.is(o) => ba(o).as_slice().to_vec(),
        Some(x) => bytes_from_source(x, "bytearray")?,
    };
    *ba(o).vec_mut() = data;
    Ok(())
}

// ---- mutating methods ----

pub(crate) fn ba_append(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = one_arg("bytearray.append", &args[1..], kwnames)?;
    let b = byte_value(v)?;
    ba(args[0]).vec_mut().push(b);
    Ok(none())
}

pub(crate) fn ba_extend(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = one_arg("bytearray.extend", &args[1..], kwnames)?;
    let new: Vec<u8> = if let Some(b) = buffer_bytes(v) {
        b.to_vec()
    } else {
        let t = v.type_();
        if t.tp_iter.get().is_none() && t.mp_subscript.get().is_none() {
            return Err(type_error(format!("can't extend bytearray with {}", t.name())));
        }
        let it = protocol::iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = protocol::next(&it)? {
            out.push(byte_value(&x)?);
        }
        out
    };
    ba(args[0]).vec_mut().extend_from_slice(&new);
    Ok(none())
}

pub(crate) fn ba_insert(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("bytearray.insert", kwnames)?;
    check_positional("insert", args.len() - 1, 2, 2)?;
    let i = expect_index(args[1])?;
    let b = byte_value(args[2])?;
    let vec = ba(args[0]).vec_mut();
    let n = vec.len() as isize;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    vec.insert(pos as usize, b);
    Ok(none())
}

pub(crate) fn ba_pop(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("bytearray.pop", kwnames)?;
    check_positional("pop", args.len() - 1, 0, 1)?;
    let i = match args.get(1) {
        Some(x) => expect_index(x)?,
        None => -1,
    };
    let vec = ba(args[0]).vec_mut();
    if vec.is_empty() {
        return Err(PyErr::new(&INDEX_ERROR, "pop from empty bytearray"));
    }
    let n = vec.len() as isize;
    let k = if i < 0 { i + n } else { i };
    if k < 0 || k >= n {
        return Err(PyErr::new(&INDEX_ERROR, "pop index out of range"));
    }
    Ok(new_int(vec.remove(k as usize) as i64))
}

pub(crate) fn ba_remove(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let v = one_arg("bytearray.remove", &args[1..], kwnames)?;
    let b = byte_value(v)?;
    let vec = ba(args[0]).vec_mut();
    match memchr::memchr(b, vec) {
        Some(p) => {
            vec.remove(p);
            Ok(none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

pub(crate) fn ba_reverse(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("bytearray.reverse", &args[1..], kwnames)?;
    ba(args[0]).vec_mut().reverse();
    Ok(none())
}

pub(crate) fn ba_clear(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("bytearray.clear", &args[1..], kwnames)?;
    ba(args[0]).vec_mut().clear();
    Ok(none())
}

pub(crate) fn ba_copy(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("bytearray.copy", &args[1..], kwnames)?;
    Ok(new_bytearray(ba(args[0]).as_slice().to_vec()))
}

pub(crate) fn ba_alloc(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("bytearray.__alloc__", &args[1..], kwnames)?;
    let n = ba(args[0]).as_slice().len();
    Ok(new_int(if n == 0 { 0 } else { n as i64 + 1 }))
}

pub(crate) fn ba_sizeof(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::str_common::no_arguments("bytearray.__sizeof__", &args[1..], kwnames)?;
    let n = ba(args[0]).as_slice().len();
    Ok(new_int(56 + if n == 0 { 0 } else { n as i64 + 1 }))
}
