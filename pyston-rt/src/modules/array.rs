//! The native `array` module: `array.array` stores items of one C type
//! (typecodes `bBuhHiIlLqQfd`) packed in native byte order in a `Vec<u8>`,
//! with CPython's item conversions and messages (each typecode converts
//! like CPython's `*_setitem`: C long first, then the narrower range),
//! sequence and slice operations, bytes/list/unicode/file conversions.
//! Not provided: the buffer protocol (`memoryview(a)`, `bytes(a)`) and
//! pickling support (`__reduce_ex__`, `_array_reconstructor`).

use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::args;
use crate::object::bytes::{buffer_bytes, bytes_value, new_bytes};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{index_error, type_error, value_error, PyErr, EOF_ERROR, OVERFLOW_ERROR};
use crate::object::float::{float_value, new_float};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{as_int, int_value_big, new_bigint, new_int};
use crate::object::list::{as_list, new_list};
use crate::object::module::{as_module, new_module};
use crate::object::seqiter::self_iter;
use crate::object::singletons::{none, not_implemented};
use crate::object::slice::{as_slice, slice_indices};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, nb_slots, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::{Cell, UnsafeCell};

const TYPECODES: &str = "bBuhHiIlLqQfd";

fn itemsize(code: char) -> usize {
    match code {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'u' | 'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}

#[repr(C)]
pub struct PyArray {
    ob: PyObject,
    code: char,
    data: UnsafeCell<Vec<u8>>,
}

impl PyArray {
    #[allow(clippy::mut_from_ref)]
    fn data(&self) -> &mut Vec<u8> {
        // SAFETY: single-threaded; never held across a call that runs
        // Python code (items are converted before the buffer is touched).
        unsafe { &mut *self.data.get() }
    }
    fn size(&self) -> usize {
        itemsize(self.code)
    }
    fn len(&self) -> usize {
        self.data().len() / self.size()
    }
    fn raw(&self, i: usize) -> &[u8] {
        let n = self.size();
        &self.data()[i * n..(i + 1) * n]
    }
}

/// The value of one item.
fn decode(code: char, b: &[u8]) -> PyRef {
    macro_rules! ne {
        ($t:ty) => {
            <$t>::from_ne_bytes(b.try_into().expect("item size"))
        };
    }
    match code {
        'b' => new_int(ne!(i8) as i64),
        'B' => new_int(ne!(u8) as i64),
        'h' => new_int(ne!(i16) as i64),
        'H' => new_int(ne!(u16) as i64),
        'i' => new_int(ne!(i32) as i64),
        'I' => new_int(ne!(u32) as i64),
        'l' | 'q' => new_int(ne!(i64)),
        'L' | 'Q' => new_bigint(BigInt::from(ne!(u64))),
        'f' => new_float(ne!(f32) as f64),
        'd' => new_float(ne!(f64)),
        _ => new_str(char::from_u32(ne!(u32)).unwrap_or('\u{fffd}').to_string()),
    }
}

#[cold]
fn overflow(msg: &str) -> PyErr {
    PyErr::new(&OVERFLOW_ERROR, msg)
}

/// `v` as a C double (`PyFloat_AsDouble`).
fn as_double(v: &PyObject) -> PyResult<f64> {
    if let Some(f) = float_value(v) {
        return Ok(f);
    }
    if let Some(b) = int_value_big(v) {
        let f = b.to_f64().unwrap_or(f64::INFINITY);
        if f.is_infinite() {
            return Err(overflow("int too large to convert to float"));
        }
        return Ok(f);
    }
    if let Some(f) = v.type_().nb_float.get() {
        let r = f(v)?;
        return float_value(&r).ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", v.type_().name(), r.type_().name())));
    }
    if v.type_().nb_index.get().is_some() {
        let i = protocol::index(v)?;
        return as_double(&i);
    }
    Err(type_error(format!("must be real number, not {}", v.type_().name())))
}

/// `v` converted to one item of `code`, with CPython's checks in order.
fn encode(code: char, v: &PyObject) -> PyResult<Vec<u8>> {
    match code {
        'f' => return Ok((as_double(v)? as f32).to_ne_bytes().to_vec()),
        'd' => return Ok(as_double(v)?.to_ne_bytes().to_vec()),
        'u' => {
            let c = str_value(v).and_then(|s| {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            return match c {
                Some(c) => Ok((c as u32).to_ne_bytes().to_vec()),
                None => Err(type_error("array item must be unicode character")),
            };
        }
        _ => {}
    }
    let iv = protocol::index(v)?;
    let n: BigInt = int_value_big(&iv).expect("int");
    let long = || n.to_i64().ok_or_else(|| overflow("Python int too large to convert to C long"));
    let range = |x: i64, lo: i64, hi: i64, what: &str| -> PyResult<i64> {
        if x < lo {
            Err(overflow(&format!("{} is less than minimum", what)))
        } else if x > hi {
            Err(overflow(&format!("{} is greater than maximum", what)))
        } else {
            Ok(x)
        }
    };
    let unsigned = |neg_msg: &str, big_msg: &str| -> PyResult<u64> {
        if n.is_negative() {
            return Err(overflow(neg_msg));
        }
        n.to_u64().ok_or_else(|| overflow(big_msg))
    };
    Ok(match code {
        'b' => {
            let x = range(long()?, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
            (range(x, i8::MIN as i64, i8::MAX as i64, "signed char")? as i8).to_ne_bytes().to_vec()
        }
        'B' => (range(long()?, 0, 255, "unsigned byte integer")? as u8).to_ne_bytes().to_vec(),
        'h' => (range(long()?, i16::MIN as i64, i16::MAX as i64, "signed short integer")? as i16).to_ne_bytes().to_vec(),
        'H' => {
            let x = range(long()?, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            (range(x, 0, u16::MAX as i64, "unsigned short")? as u16).to_ne_bytes().to_vec()
        }
        'i' => (range(long()?, i32::MIN as i64, i32::MAX as i64, "signed integer")? as i32).to_ne_bytes().to_vec(),
        'I' => {
            let x = unsigned("can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long")?;
            if x > u32::MAX as u64 {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            (x as u32).to_ne_bytes().to_vec()
        }
        'l' => long()?.to_ne_bytes().to_vec(),
        'L' => unsigned("can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long")?.to_ne_bytes().to_vec(),
        'q' => n.to_i64().ok_or_else(|| overflow("int too big to convert"))?.to_ne_bytes().to_vec(),
        _ => unsigned("can't convert negative int to unsigned", "int too big to convert")?.to_ne_bytes().to_vec(),
    })
}

static ARRAY_METHODS: [MethodDef; 24] = [
    MethodDef { name: "append", func: a_append, flags: 0, doc: "Append new value v to the end of the array." },
    MethodDef { name: "extend", func: a_extend, flags: 0, doc: "Append items to the end of the array." },
    MethodDef { name: "insert", func: a_insert, flags: 0, doc: "Insert a new item v into the array before position i." },
    MethodDef { name: "pop", func: a_pop, flags: 0, doc: "Return the i-th element and delete it from the array." },
    MethodDef { name: "remove", func: a_remove, flags: 0, doc: "Remove the first occurrence of v in the array." },
    MethodDef { name: "index", func: a_index, flags: 0, doc: "Return index of first occurrence of v in the array." },
    MethodDef { name: "count", func: a_count, flags: 0, doc: "Return number of occurrences of v in the array." },
    MethodDef { name: "reverse", func: a_reverse, flags: 0, doc: "Reverse the order of the items in the array." },
    MethodDef { name: "byteswap", func: a_byteswap, flags: 0, doc: "Byteswap all items of the array." },
    MethodDef { name: "buffer_info", func: a_buffer_info, flags: 0, doc: "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents." },
    MethodDef { name: "tobytes", func: a_tobytes, flags: 0, doc: "Convert the array to an array of machine values and return the bytes representation." },
    MethodDef { name: "frombytes", func: a_frombytes, flags: 0, doc: "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method." },
    MethodDef { name: "tolist", func: a_tolist, flags: 0, doc: "Convert array to an ordinary list with the same items." },
    MethodDef { name: "fromlist", func: a_fromlist, flags: 0, doc: "Append items to array from list." },
    MethodDef { name: "tounicode", func: a_tounicode, flags: 0, doc: "Extends this array with data from the unicode string ustr." },
    MethodDef { name: "fromunicode", func: a_fromunicode, flags: 0, doc: "Extends this array with data from the unicode string ustr." },
    MethodDef { name: "tofile", func: a_tofile, flags: 0, doc: "Write all items (as machine values) to the file object f." },
    MethodDef { name: "fromfile", func: a_fromfile, flags: 0, doc: "Read n objects from the file object f and append them to the end of the array." },
    MethodDef { name: "__copy__", func: a_copy, flags: 0, doc: "Return a copy of the array." },
    MethodDef { name: "__deepcopy__", func: a_deepcopy, flags: 0, doc: "Return a copy of the array." },
    MethodDef { name: "__sizeof__", func: a_sizeof, flags: 0, doc: "Size of the array in memory, in bytes." },
    MethodDef { name: "__reversed__", func: a_reversed, flags: 0, doc: "" },
    MethodDef { name: "__contains__", func: a_contains_method, flags: 0, doc: "" },
    MethodDef { name: "__len__", func: a_len_method, flags: 0, doc: "" },
];

static ARRAY_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "typecode", get: a_typecode, set: None, doc: "the typecode character used to create the array" },
    GetSetDef { name: "itemsize", get: a_itemsize, set: None, doc: "the size, in bytes, of one array item" },
];

pub static ARRAY_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyArray>),
    tp_new: slot(array_new),
    tp_repr: slot(a_repr),
    tp_richcompare: slot(a_richcompare),
    tp_iter: slot(a_iter),
    mp_length: slot(a_len),
    mp_subscript: slot(a_getitem),
    mp_ass_subscript: slot(a_setitem),
    sq_contains: slot(a_contains),
    sq_concat: slot(a_concat),
    sq_repeat: slot(a_repeat),
    nb: nb_slots(&[(BinOpKind::IAdd, a_iadd), (BinOpKind::IMul, a_imul)]),
    flags: Cell::new(type_flags::BASETYPE),
    methods: &ARRAY_METHODS,
    getsets: &ARRAY_GETSETS,
    module: Some("array"),
    doc: Some("array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type."),
    ..TypeObject::new_static("array", std::mem::size_of::<PyArray>())
});

#[repr(C)]
pub struct ArrayIter {
    ob: PyObject,
    arr: PyRef,
    index: Cell<usize>,
}

pub static ARRAY_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<ArrayIter>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(a_iter_next),
    module: Some("array"),
    ..TypeObject::new_static("arrayiterator", std::mem::size_of::<ArrayIter>())
});

pub fn array_types() -> [&'static TypeObject; 2] {
    [&ARRAY_TYPE, &ARRAY_ITER_TYPE]
}

fn as_array(o: &PyObject) -> Option<&PyArray> {
    // SAFETY: checked the type; subclasses share the layout.
    o.is_instance_of(&ARRAY_TYPE).then(|| unsafe { o.cast::<PyArray>() })
}

fn arr(o: &PyObject) -> &PyArray {
    as_array(o).expect("array method on another type")
}

fn new_array(t: &TypeObject, code: char, data: Vec<u8>) -> PyRef {
    new_object(t, |ob| PyArray { ob, code, data: UnsafeCell::new(data) })
}

/// Append the items of an iterable (converted one by one, so a bad item
/// leaves the earlier ones appended, as CPython).
fn extend_iter(a: &PyObject, it: &PyObject) -> PyResult<()> {
    let code = arr(a).code;
    let iter = protocol::iter(it)?;
    while let Some(v) = protocol::next(&iter)? {
        let b = encode(code, &v)?;
        arr(a).data().extend_from_slice(&b);
    }
    Ok(())
}

fn frombytes(a: &PyArray, b: &[u8]) -> PyResult<()> {
    if b.len() % a.size() != 0 {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    a.data().extend_from_slice(b);
    Ok(())
}

fn fromunicode(a: &PyArray, s: &str) {
    for c in s.chars() {
        a.data().extend_from_slice(&(c as u32).to_ne_bytes());
    }
}

fn array_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if args::nkw(kw) > 0 && std::ptr::eq(t, &ARRAY_TYPE.0) {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let npos = a.len() - args::nkw(kw);
    args::check_positional("array", npos, 1, 2)?;
    let code = match str_value(a[0]).map(|s| {
        let mut it = s.chars();
        (it.next(), it.next())
    }) {
        Some((Some(c), None)) => c,
        _ => return Err(type_error(format!("array() argument 1 must be a unicode character, not {}", a[0].type_().name()))),
    };
    if !TYPECODES.contains(code) {
        return Err(value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let init = if npos > 1 { Some(a[1]) } else { None };
    if let Some(i) = init {
        if str_value(i).is_some() && code != 'u' {
            return Err(type_error(format!("cannot use a str to initialize an array with typecode '{}'", code)));
        }
    }
    let r = new_array(t, code, Vec::new());
    let Some(i) = init else { return Ok(r) };
    let na = arr(&r);
    if let Some(s) = str_value(i) {
        fromunicode(na, s);
    } else if bytes_value(i).is_some() || crate::object::bytearray::as_bytearray(i).is_some() {
        let b = buffer_bytes(i).expect("bytes-like").to_vec();
        frombytes(na, &b)?;
    } else if let Some(src) = as_array(i).filter(|s| s.code == code) {
        let b = src.data().clone();
        na.data().extend_from_slice(&b);
    } else {
        extend_iter(&r, i)?;
    }
    Ok(r)
}

fn a_typecode(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(arr(o).code.to_string()))
}

fn a_itemsize(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(arr(o).size() as i64))
}

fn a_len(o: &PyObject) -> PyResult<usize> {
    Ok(arr(o).len())
}

fn a_len_method(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__len__", &a[1..], kw)?;
    Ok(new_int(arr(a[0]).len() as i64))
}

fn items(a: &PyArray) -> Vec<PyRef> {
    (0..a.len()).map(|i| decode(a.code, a.raw(i))).collect()
}

/// A normalized index, or None when out of range.
fn norm_index(i: isize, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as isize } else { i };
    (0..len as isize).contains(&i).then_some(i as usize)
}

fn index_arg(key: &PyObject) -> PyResult<Option<isize>> {
    if as_int(key).is_some() || key.type_().nb_index.get().is_some() {
        // PyNumber_AsSsize_t(key, IndexError).
        return match args::expect_index(key) {
            Err(e) if e.matches(&OVERFLOW_ERROR) => Err(index_error(format!("cannot fit '{}' into an index-sized integer", key.type_().name()))),
            r => r.map(Some),
        };
    }
    Ok(None)
}

fn a_getitem(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let a = arr(o);
    if let Some(i) = index_arg(key)? {
        let i = norm_index(i, a.len()).ok_or_else(|| index_error("array index out of range"))?;
        return Ok(decode(a.code, a.raw(i)));
    }
    if as_slice(key).is_some() {
        let (start, _stop, step, n) = slice_indices(key, a.len())?;
        let mut out = Vec::with_capacity(n * a.size());
        for k in 0..n {
            out.extend_from_slice(a.raw((start + k as isize * step) as usize));
        }
        return Ok(new_array(&ARRAY_TYPE, a.code, out));
    }
    Err(type_error("array indices must be integers"))
}

fn a_setitem(o: &PyObject, key: &PyObject, value: Option<&PyObject>) -> PyResult<()> {
    let a = arr(o);
    let size = a.size();
    if let Some(i) = index_arg(key)? {
        let Some(v) = value else {
            let i = norm_index(i, a.len()).ok_or_else(|| index_error("array assignment index out of range"))?;
            a.data().drain(i * size..(i + 1) * size);
            return Ok(());
        };
        let b = encode(a.code, v)?;
        let i = norm_index(i, a.len()).ok_or_else(|| index_error("array assignment index out of range"))?;
        a.data()[i * size..(i + 1) * size].copy_from_slice(&b);
        return Ok(());
    }
    if as_slice(key).is_none() {
        return Err(type_error("array indices must be integers"));
    }
    let (start, stop, step, n) = slice_indices(key, a.len())?;
    let src: Vec<u8> = match value {
        None => Vec::new(),
        Some(v) => match as_array(v) {
            Some(s) if s.code == a.code => s.data().clone(),
            Some(_) => return Err(type_error("bad argument type for built-in operation")),
            None => return Err(type_error(format!("can only assign array (not \"{}\") to array slice", v.type_().name()))),
        },
    };
    let m = src.len() / size;
    if step == 1 {
        let (lo, hi) = (start as usize, (stop.max(start)) as usize);
        a.data().splice(lo * size..hi * size, src);
        return Ok(());
    }
    if value.is_none() {
        let mut keep = Vec::with_capacity(a.data().len());
        let del: std::collections::HashSet<usize> = (0..n).map(|k| (start + k as isize * step) as usize).collect();
        for i in 0..a.len() {
            if !del.contains(&i) {
                keep.extend_from_slice(a.raw(i));
            }
        }
        *a.data() = keep;
        return Ok(());
    }
    if m != n {
        return Err(value_error(format!("attempt to assign array of size {} to extended slice of size {}", m, n)));
    }
    for k in 0..n {
        let i = (start + k as isize * step) as usize;
        a.data()[i * size..(i + 1) * size].copy_from_slice(&src[k * size..(k + 1) * size]);
    }
    Ok(())
}

fn a_contains(o: &PyObject, v: &PyObject) -> PyResult<bool> {
    for item in items(arr(o)) {
        if protocol::rich_compare_bool(&item, v, CmpKind::Eq)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn a_contains_method(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("__contains__", &a[1..], kw)?;
    Ok(crate::object::int::new_bool(a_contains(a[0], v)?))
}

fn a_repr(o: &PyObject) -> PyResult<PyRef> {
    let a = arr(o);
    let name = o.type_().name().to_string();
    if a.len() == 0 {
        return Ok(new_str(format!("{}('{}')", name, a.code)));
    }
    let body = if a.code == 'u' {
        let s: String = items(a).iter().map(|c| str_value(c).unwrap_or("").to_string()).collect();
        protocol::repr(&new_str(s))?
    } else {
        protocol::repr(&new_list(items(a)))?
    };
    Ok(new_str(format!("{}('{}', {})", name, a.code, str_value(&body).unwrap_or(""))))
}

fn a_richcompare(x: &PyObject, y: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(a), Some(b)) = (as_array(x), as_array(y)) else { return Ok(not_implemented()) };
    protocol::rich_compare(&new_list(items(a)), &new_list(items(b)), op)
}

fn a_concat(x: &PyObject, y: &PyObject) -> PyResult<PyRef> {
    let a = arr(x);
    let Some(b) = as_array(y) else {
        return Err(type_error(format!("can only append array (not \"{}\") to array", y.type_().name())));
    };
    if a.code != b.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut data = a.data().clone();
    data.extend_from_slice(b.data());
    Ok(new_array(&ARRAY_TYPE, a.code, data))
}

fn a_repeat(o: &PyObject, n: isize) -> PyResult<PyRef> {
    let a = arr(o);
    Ok(new_array(&ARRAY_TYPE, a.code, a.data().repeat(n.max(0) as usize)))
}

fn extend_same_kind(a: &PyObject, b: &PyObject) -> PyResult<()> {
    let (x, y) = (arr(a), arr(b));
    if x.code != y.code {
        return Err(type_error("can only extend with array of same kind"));
    }
    let d = y.data().clone();
    x.data().extend_from_slice(&d);
    Ok(())
}

fn a_iadd(x: &PyObject, y: &PyObject) -> PyResult<PyRef> {
    if as_array(x).is_none() {
        return Ok(not_implemented());
    }
    if as_array(y).is_none() {
        return Err(type_error(format!("can only extend array with array (not \"{}\")", y.type_().name())));
    }
    extend_same_kind(x, y)?;
    Ok(x.to_ref())
}

fn a_imul(x: &PyObject, y: &PyObject) -> PyResult<PyRef> {
    let Some(a) = as_array(x) else { return Ok(not_implemented()) };
    let Some(n) = index_arg(y)? else { return Ok(not_implemented()) };
    let d = a.data().repeat(n.max(0) as usize);
    *a.data() = d;
    Ok(x.to_ref())
}

fn a_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_object(&ARRAY_ITER_TYPE, |ob| ArrayIter { ob, arr: o.to_ref(), index: Cell::new(0) }))
}

fn a_iter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed on the array iterator type only.
    let it = unsafe { o.cast::<ArrayIter>() };
    let a = arr(&it.arr);
    let i = it.index.get();
    if i >= a.len() {
        it.index.set(usize::MAX);
        return Ok(None);
    }
    it.index.set(i + 1);
    Ok(Some(decode(a.code, a.raw(i))))
}

fn a_reversed(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reversed__", &a[1..], kw)?;
    let mut v = items(arr(a[0]));
    v.reverse();
    protocol::iter(&new_list(v))
}

fn a_append(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("append", &a[1..], kw)?;
    let x = arr(a[0]);
    let b = encode(x.code, v)?;
    x.data().extend_from_slice(&b);
    Ok(none())
}

fn a_extend(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("extend", &a[1..], kw)?;
    if as_array(v).is_some() {
        extend_same_kind(a[0], v)?;
    } else {
        extend_iter(a[0], v)?;
    }
    Ok(none())
}

fn a_insert(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("insert", kw)?;
    args::check_positional("insert", a.len() - 1, 2, 2)?;
    let i = args::expect_index(a[1])?;
    let x = arr(a[0]);
    let b = encode(x.code, a[2])?;
    let len = x.len() as isize;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let size = x.size();
    x.data().splice(i * size..i * size, b);
    Ok(none())
}

fn a_pop(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("pop", kw)?;
    args::check_positional("pop", a.len() - 1, 0, 1)?;
    let i = a.get(1).map_or(Ok(-1), |v| args::expect_index(v))?;
    let x = arr(a[0]);
    if x.len() == 0 {
        return Err(index_error("pop from empty array"));
    }
    let i = norm_index(i, x.len()).ok_or_else(|| index_error("pop index out of range"))?;
    let v = decode(x.code, x.raw(i));
    let size = x.size();
    x.data().drain(i * size..(i + 1) * size);
    Ok(v)
}

fn find(o: &PyObject, v: &PyObject, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let all = items(arr(o));
    for (i, item) in all.iter().enumerate().take(stop).skip(start) {
        if protocol::rich_compare_bool(item, v, CmpKind::Eq)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn a_remove(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("remove", &a[1..], kw)?;
    match find(a[0], v, 0, usize::MAX)? {
        Some(i) => {
            let x = arr(a[0]);
            let size = x.size();
            x.data().drain(i * size..(i + 1) * size);
            Ok(none())
        }
        None => Err(value_error("array.remove(x): x not in array")),
    }
}

fn a_index(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("index", kw)?;
    args::check_positional("index", a.len() - 1, 1, 3)?;
    let len = arr(a[0]).len() as isize;
    let bound = |o: Option<&&PyObject>, d: isize| -> PyResult<usize> {
        let v = o.map_or(Ok(d), |v| args::expect_index(v))?;
        Ok((if v < 0 { (v + len).max(0) } else { v.min(len) }) as usize)
    };
    let start = bound(a.get(2), 0)?;
    let stop = bound(a.get(3), len)?;
    match find(a[0], a[1], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

fn a_count(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("count", &a[1..], kw)?;
    let mut n = 0;
    for item in items(arr(a[0])) {
        if protocol::rich_compare_bool(&item, v, CmpKind::Eq)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn a_reverse(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("reverse", &a[1..], kw)?;
    let x = arr(a[0]);
    let size = x.size();
    let rev: Vec<u8> = x.data().chunks(size).rev().flatten().copied().collect();
    *x.data() = rev;
    Ok(none())
}

fn a_byteswap(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("byteswap", &a[1..], kw)?;
    let x = arr(a[0]);
    let size = x.size();
    for chunk in x.data().chunks_mut(size) {
        chunk.reverse();
    }
    Ok(none())
}

fn a_buffer_info(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("buffer_info", &a[1..], kw)?;
    let x = arr(a[0]);
    Ok(new_tuple(vec![new_int(x.data().as_ptr() as i64), new_int(x.len() as i64)]))
}

fn a_tobytes(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("tobytes", &a[1..], kw)?;
    Ok(new_bytes(arr(a[0]).data().clone()))
}

fn a_frombytes(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let b = args::one_arg("frombytes", &a[1..], kw)?;
    let data = crate::object::bytes::expect_buffer(b)?.to_vec();
    frombytes(arr(a[0]), &data)?;
    Ok(none())
}

fn a_tolist(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("tolist", &a[1..], kw)?;
    Ok(new_list(items(arr(a[0]))))
}

fn a_fromlist(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let l = args::one_arg("fromlist", &a[1..], kw)?;
    let Some(list) = as_list(l) else {
        return Err(type_error("arg must be list"));
    };
    let x = arr(a[0]);
    let vals: Vec<PyRef> = list.items().to_vec();
    // All or nothing, as CPython (it restores the old size on error).
    let mut add = Vec::with_capacity(vals.len() * x.size());
    for v in &vals {
        add.extend_from_slice(&encode(x.code, v)?);
    }
    x.data().extend_from_slice(&add);
    Ok(none())
}

fn a_tounicode(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("tounicode", &a[1..], kw)?;
    let x = arr(a[0]);
    if x.code != 'u' {
        return Err(value_error("tounicode() may only be called on unicode type arrays"));
    }
    let mut s = String::with_capacity(x.len());
    for i in 0..x.len() {
        let u = u32::from_ne_bytes(x.raw(i).try_into().expect("4 bytes"));
        match char::from_u32(u) {
            Some(c) => s.push(c),
            None => return Err(value_error(format!("character U+{:x} is not in range [U+0000; U+10ffff]", u))),
        }
    }
    Ok(new_str(s))
}

fn a_fromunicode(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = args::one_arg("fromunicode", &a[1..], kw)?;
    let Some(text) = str_value(s) else {
        return Err(type_error(format!("fromunicode() argument must be str, not {}", s.type_().name())));
    };
    let x = arr(a[0]);
    if x.code != 'u' {
        return Err(value_error("fromunicode() may only be called on unicode type arrays"));
    }
    fromunicode(x, text);
    Ok(none())
}

fn a_tofile(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = args::one_arg("tofile", &a[1..], kw)?;
    let data = arr(a[0]).data().clone();
    const BLOCKSIZE: usize = 64 * 1024;
    for chunk in data.chunks(BLOCKSIZE) {
        protocol::call_method(f, &new_str("write"), &[&new_bytes(chunk.to_vec())])?;
    }
    Ok(none())
}

fn a_fromfile(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("fromfile", kw)?;
    args::check_positional("fromfile", a.len() - 1, 2, 2)?;
    let n = args::expect_index(a[2])?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let x = arr(a[0]);
    let nbytes = n as usize * x.size();
    let data = protocol::call_method(a[1], &new_str("read"), &[&new_int(nbytes as i64)])?;
    let Some(b) = bytes_value(&data).map(|b| b.to_vec()) else {
        return Err(type_error("read() didn't return bytes"));
    };
    let whole = b.len() / x.size() * x.size();
    frombytes(arr(a[0]), &b[..whole])?;
    if b.len() != nbytes {
        return Err(PyErr::new(&EOF_ERROR, "read() didn't return enough bytes"));
    }
    Ok(none())
}

fn a_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__copy__", &a[1..], kw)?;
    let x = arr(a[0]);
    Ok(new_array(&ARRAY_TYPE, x.code, x.data().clone()))
}

fn a_deepcopy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::one_arg("__deepcopy__", &a[1..], kw)?;
    let x = arr(a[0]);
    Ok(new_array(&ARRAY_TYPE, x.code, x.data().clone()))
}

fn a_sizeof(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__sizeof__", &a[1..], kw)?;
    Ok(new_int(64 + arr(a[0]).data().capacity() as i64))
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("array");
    let d = as_module(&m).expect("module").dict();
    dict_set_item_str(d, "array", ARRAY_TYPE.to_ref());
    dict_set_item_str(d, "ArrayType", ARRAY_TYPE.to_ref());
    dict_set_item_str(d, "typecodes", new_str(TYPECODES));
    dict_set_item_str(
        d,
        "__doc__",
        new_str("This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers."),
    );
    Ok(m)
}
