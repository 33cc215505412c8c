//! The builtin iterator types: `list_iterator`, `list_reverseiterator`,
//! `tuple_iterator`, `enumerate`, `zip` (with `strict=`), `map`, `filter`,
//! `reversed` (the `__reversed__` protocol with the sequence fallback) and
//! `callable_iterator` (`iter(f, sentinel)`), plus `length_hint`.
//!
//! Every iterator's `__iter__` returns itself (`seqiter::self_iter`) and
//! `tp_iternext` returns `Ok(None)` when exhausted.

use super::args::{self, Params};
use super::exceptions::{type_error, value_error, INDEX_ERROR, STOP_ITERATION, TYPE_ERROR};
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::{as_int, new_bigint, new_int, BOOL_TYPE};
use super::list::{as_list, LIST_TYPE};
use super::protocol;
use super::seqiter::self_iter;
use super::sequtil::{lookup_special, new_int_isize, RefSlot};
use super::singletons::{is_none, is_not_implemented};
use super::str::str_value;
use super::tuple::{as_tuple, new_tuple, TUPLE_TYPE};
use super::typeobj::{drop_payload, slot, MethodDef, TypeObject};
use super::PyResult;
use std::cell::Cell;

macro_rules! iter_type {
    ($stat:ident, $name:literal, $payload:ty, $next:expr, $methods:expr, $flags:expr, $trav:expr) => {
        pub static $stat: Static<TypeObject> = Static(TypeObject {
            tp_drop: slot(drop_payload::<$payload>),
            tp_traverse: slot($trav),
            tp_iter: slot(self_iter),
            tp_iternext: slot($next),
            flags: Cell::new($flags | crate::object::typeobj::type_flags::HAVE_GC),
            methods: $methods,
            ..TypeObject::new_static($name, std::mem::size_of::<$payload>())
        });
    };
}

/// `operator.length_hint(o, default)`: `len(o)`, else `o.__length_hint__()`,
/// else `default` (CPython's `PyObject_LengthHint`).
pub fn length_hint(o: &PyObject, default: usize) -> PyResult<usize> {
    if o.type_().mp_length.get().is_some() {
        match protocol::len(o) {
            Ok(n) => return Ok(n),
            Err(e) if e.matches(&TYPE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(hint) = lookup_special(o, crate::name!("__length_hint__"))? else {
        return Ok(default);
    };
    let r = match protocol::call0(&hint) {
        Ok(r) => r,
        Err(e) if e.matches(&TYPE_ERROR) => return Ok(default),
        Err(e) => return Err(e),
    };
    if is_not_implemented(&r) {
        return Ok(default);
    }
    let Some(i) = as_int(&r) else {
        return Err(type_error(format!("__length_hint__ must be an integer, not {}", r.type_().name())));
    };
    match i.as_i64() {
        Some(v) if v >= 0 => Ok(v as usize),
        Some(_) => Err(value_error("__length_hint__() should return >= 0")),
        None if i.to_bigint().sign() == num_bigint::Sign::Minus => Err(value_error("__length_hint__() should return >= 0")),
        None => Err(super::exceptions::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

// ------------------------------------------------- list / tuple iterators --

#[repr(C)]
pub struct PySeqIndexIter {
    pub ob: PyObject,
    pub seq: RefSlot,
    /// Next index (forward) or current index (reverse; -1 when done).
    pub index: Cell<isize>,
}

static FWD_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", func: fwd_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." }];
static REV_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", func: rev_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." }];

iter_type!(LIST_ITER_TYPE, "list_iterator", PySeqIndexIter, list_iter_next, &FWD_METHODS, 0, seq_index_traverse);
iter_type!(LIST_REVITER_TYPE, "list_reverseiterator", PySeqIndexIter, list_reviter_next, &REV_METHODS, 0, seq_index_traverse);
iter_type!(TUPLE_ITER_TYPE, "tuple_iterator", PySeqIndexIter, tuple_iter_next, &FWD_METHODS, 0, seq_index_traverse);

fn seq_index_iter(o: &PyObject) -> &PySeqIndexIter {
    // SAFETY: only called from slots of the three index-iterator types.
    unsafe { o.cast::<PySeqIndexIter>() }
}

/// `iter(list)`
pub fn new_list_iter(list: &PyObject) -> PyRef {
    new_object(&LIST_ITER_TYPE, |ob| PySeqIndexIter { ob, seq: RefSlot::new(Some(list.to_ref())), index: Cell::new(0) })
}

/// `reversed(list)`
pub fn new_list_reverse_iter(list: &PyObject) -> PyRef {
    let n = as_list(list).map_or(0, |l| l.len()) as isize;
    new_object(&LIST_REVITER_TYPE, |ob| PySeqIndexIter { ob, seq: RefSlot::new(Some(list.to_ref())), index: Cell::new(n - 1) })
}

/// `iter(tuple)`
pub fn new_tuple_iter(t: &PyObject) -> PyRef {
    new_object(&TUPLE_ITER_TYPE, |ob| PySeqIndexIter { ob, seq: RefSlot::new(Some(t.to_ref())), index: Cell::new(0) })
}

fn seq_len(o: &PyObject) -> usize {
    if let Some(l) = as_list(o) {
        l.len()
    } else {
        as_tuple(o).map_or(0, |t| t.items.len())
    }
}

fn list_iter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    let it = seq_index_iter(o);
    let Some(seq) = it.seq.peek() else { return Ok(None) };
    let l = as_list(seq).expect("list");
    let i = it.index.get() as usize;
    if i < l.len() {
        it.index.set(i as isize + 1);
        return Ok(Some(l.items()[i].clone()));
    }
    it.seq.clear();
    Ok(None)
}

fn list_reviter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    let it = seq_index_iter(o);
    let Some(seq) = it.seq.peek() else { return Ok(None) };
    let l = as_list(seq).expect("list");
    let i = it.index.get();
    if i >= 0 && (i as usize) < l.len() {
        it.index.set(i - 1);
        return Ok(Some(l.items()[i as usize].clone()));
    }
    it.index.set(-1);
    it.seq.clear();
    Ok(None)
}

fn tuple_iter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    let it = seq_index_iter(o);
    let Some(seq) = it.seq.peek() else { return Ok(None) };
    let t = as_tuple(seq).expect("tuple");
    let i = it.index.get() as usize;
    if i < t.items.len() {
        it.index.set(i as isize + 1);
        return Ok(Some(t.items[i].clone()));
    }
    it.seq.clear();
    Ok(None)
}

fn fwd_length_hint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__length_hint__", &a[1..], kw)?;
    let it = seq_index_iter(a[0]);
    let n = match it.seq.peek() {
        Some(s) => (seq_len(s) as isize - it.index.get()).max(0),
        None => 0,
    };
    Ok(new_int_isize(n))
}

fn rev_length_hint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__length_hint__", &a[1..], kw)?;
    let it = seq_index_iter(a[0]);
    let n = it.index.get() + 1;
    let n = match it.seq.peek() {
        Some(s) if seq_len(s) as isize >= n => n,
        _ => 0,
    };
    Ok(new_int_isize(n))
}

// ------------------------------------------------------------- enumerate --

#[repr(C)]
pub struct PyEnumerate {
    pub ob: PyObject,
    pub it: PyRef,
    /// The next index while it fits in i64...
    pub index: Cell<i64>,
    /// ...then as an int object.
    pub big_index: RefSlot,
}

pub static ENUMERATE_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    tp_traverse: crate::object::typeobj::slot(enumerate_traverse),
    tp_drop: slot(drop_payload::<PyEnumerate>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(enumerate_next),
    tp_new: slot(enumerate_new),
    doc: Some("Return an enumerate object."),
    ..TypeObject::new_static("enumerate", std::mem::size_of::<PyEnumerate>())
});

const ENUMERATE_PARAMS: Params = Params::new("enumerate", &["iterable", "start"], 0);

fn enumerate_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    ENUMERATE_PARAMS.parse(a, kw, &mut out)?;
    let Some(iterable) = out[0] else {
        return Err(type_error("enumerate() missing required argument 'iterable'"));
    };
    let it = protocol::iter(iterable)?;
    let (index, big) = match out[1] {
        None => (0, None),
        Some(s) => {
            let v = protocol::index(s)?;
            match as_int(&v).and_then(|i| i.as_i64()) {
                Some(i) if i < i64::MAX => (i, None),
                _ => (0, Some(v)),
            }
        }
    };
    Ok(new_object(t, |ob| PyEnumerate { ob, it, index: Cell::new(index), big_index: RefSlot::new(big) }))
}

fn enumerate_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on enumerate (and subclasses, same layout).
    let e = unsafe { o.cast::<PyEnumerate>() };
    let Some(item) = protocol::next(&e.it)? else { return Ok(None) };
    let idx = match e.big_index.get() {
        Some(b) => {
            let next = as_int(&b).expect("int").to_bigint() + 1;
            e.big_index.set(Some(new_bigint(next)));
            b
        }
        None => {
            let i = e.index.get();
            if i == i64::MAX {
                e.big_index.set(Some(new_bigint(num_bigint::BigInt::from(i) + 1)));
            } else {
                e.index.set(i + 1);
            }
            new_int(i)
        }
    };
    Ok(Some(new_tuple(vec![idx, item])))
}

// ------------------------------------------------------------------- zip --

#[repr(C)]
pub struct PyZip {
    pub ob: PyObject,
    pub iters: Vec<PyRef>,
    pub strict: bool,
}

pub static ZIP_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    tp_traverse: crate::object::typeobj::slot(zip_traverse),
    tp_drop: slot(drop_payload::<PyZip>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(zip_next),
    tp_new: slot(zip_new),
    doc: Some("zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."),
    ..TypeObject::new_static("zip", std::mem::size_of::<PyZip>())
});

fn zip_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwnames) = args::split(a, kw);
    let mut strict = false;
    for (k, v) in kwnames.iter().zip(kwvals) {
        let name = str_value(k).unwrap_or("");
        if name == "strict" {
            strict = protocol::is_true(v)?;
        } else {
            return Err(type_error(format!("zip() got an unexpected keyword argument '{}'", name)));
        }
    }
    let mut iters = Vec::with_capacity(pos.len());
    for x in pos {
        iters.push(protocol::iter(x)?);
    }
    Ok(new_object(t, |ob| PyZip { ob, iters, strict }))
}

fn zip_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on zip (and subclasses).
    let z = unsafe { o.cast::<PyZip>() };
    if z.iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.iters.len());
    for (i, it) in z.iters.iter().enumerate() {
        match protocol::next(it)? {
            Some(x) => items.push(x),
            None => {
                if !z.strict {
                    return Ok(None);
                }
                if i > 0 {
                    let plural = if i == 1 { " ".to_string() } else { "s 1-".to_string() };
                    return Err(value_error(format!("zip() argument {} is shorter than argument{}{}", i + 1, plural, i)));
                }
                for (j, other) in z.iters.iter().enumerate().skip(1) {
                    match protocol::next(other) {
                        Ok(Some(_)) => {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!("zip() argument {} is longer than argument{}{}", j + 1, plural, j)));
                        }
                        Ok(None) => {}
                        Err(e) if e.matches(&STOP_ITERATION) => {}
                        Err(e) => return Err(e),
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(new_tuple(items)))
}

// ------------------------------------------------------------------- map --

#[repr(C)]
pub struct PyMap {
    pub ob: PyObject,
    pub func: PyRef,
    pub iters: Vec<PyRef>,
}

pub static MAP_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    tp_traverse: crate::object::typeobj::slot(map_traverse),
    tp_drop: slot(drop_payload::<PyMap>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(map_next),
    tp_new: slot(map_new),
    doc: Some("map(func, *iterables) --> map object"),
    ..TypeObject::new_static("map", std::mem::size_of::<PyMap>())
});

fn map_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if std::ptr::eq(t, &MAP_TYPE.0) {
        args::no_kwargs("map", kw)?;
    }
    let (pos, _, _) = args::split(a, kw);
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(pos.len() - 1);
    for x in &pos[1..] {
        iters.push(protocol::iter(x)?);
    }
    Ok(new_object(t, |ob| PyMap { ob, func: pos[0].to_ref(), iters }))
}

fn map_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on map (and subclasses).
    let m = unsafe { o.cast::<PyMap>() };
    if m.iters.len() == 1 {
        let Some(x) = protocol::next(&m.iters[0])? else { return Ok(None) };
        return protocol::call1(&m.func, &x).map(Some);
    }
    let mut items = Vec::with_capacity(m.iters.len());
    for it in m.iters.iter() {
        match protocol::next(it)? {
            Some(x) => items.push(x),
            None => return Ok(None),
        }
    }
    let refs: Vec<&PyObject> = items.iter().map(|x| &**x).collect();
    protocol::call(&m.func, &refs, None).map(Some)
}

// ---------------------------------------------------------------- filter --

#[repr(C)]
pub struct PyFilter {
    pub ob: PyObject,
    pub func: PyRef,
    pub it: PyRef,
}

pub static FILTER_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    tp_traverse: crate::object::typeobj::slot(filter_traverse),
    tp_drop: slot(drop_payload::<PyFilter>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(filter_next),
    tp_new: slot(filter_new),
    doc: Some("filter(function or None, iterable) --> filter object"),
    ..TypeObject::new_static("filter", std::mem::size_of::<PyFilter>())
});

fn filter_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if std::ptr::eq(t, &FILTER_TYPE.0) {
        args::no_kwargs("filter", kw)?;
    }
    let (pos, _, _) = args::split(a, kw);
    args::check_positional("filter", pos.len(), 2, 2)?;
    let it = protocol::iter(pos[1])?;
    Ok(new_object(t, |ob| PyFilter { ob, func: pos[0].to_ref(), it }))
}

fn filter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on filter (and subclasses).
    let f = unsafe { o.cast::<PyFilter>() };
    let truth_only = is_none(&f.func) || f.func.is(BOOL_TYPE.obj());
    loop {
        let Some(x) = protocol::next(&f.it)? else { return Ok(None) };
        let ok = if truth_only {
            protocol::is_true(&x)?
        } else {
            let r = protocol::call1(&f.func, &x)?;
            protocol::is_true(&r)?
        };
        if ok {
            return Ok(Some(x));
        }
    }
}

// -------------------------------------------------------------- reversed --

#[repr(C)]
pub struct PyReversed {
    pub ob: PyObject,
    pub seq: RefSlot,
    pub index: Cell<isize>,
}

static REVERSED_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", func: reversed_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." }];

pub static REVERSED_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::BASETYPE | crate::object::typeobj::type_flags::HAVE_GC),
    tp_traverse: crate::object::typeobj::slot(reversed_traverse),
    tp_drop: slot(drop_payload::<PyReversed>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(reversed_next),
    tp_new: slot(reversed_new),
    methods: &REVERSED_METHODS,
    doc: Some("Return a reverse iterator over the values of the given sequence."),
    ..TypeObject::new_static("reversed", std::mem::size_of::<PyReversed>())
});

/// `reversed(seq)` as a Rust function.
pub fn reversed(seq: &PyObject) -> PyResult<PyRef> {
    reversed_of_type(&REVERSED_TYPE, seq)
}

fn reversed_of_type(t: &TypeObject, seq: &PyObject) -> PyResult<PyRef> {
    let exact = std::ptr::eq(t, &REVERSED_TYPE.0);
    if exact && seq.is_exact(&LIST_TYPE) {
        return Ok(new_list_reverse_iter(seq));
    }
    if !seq.is_exact(&TUPLE_TYPE) {
        if let Some(d) = seq.type_().lookup(crate::name!("__reversed__")) {
            if is_none(d) {
                return Err(type_error(format!("'{}' object is not reversible", seq.type_().name())));
            }
            if let Some(m) = lookup_special(seq, crate::name!("__reversed__"))? {
                return protocol::call0(&m);
            }
        }
    }
    let st = seq.type_();
    if st.mp_subscript.get().is_none() || super::dict::as_dict(seq).is_some() {
        return Err(type_error(format!("'{}' object is not reversible", st.name())));
    }
    let n = protocol::len(seq)? as isize;
    Ok(new_object(t, |ob| PyReversed { ob, seq: RefSlot::new(Some(seq.to_ref())), index: Cell::new(n - 1) }))
}

fn reversed_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    if std::ptr::eq(t, &REVERSED_TYPE.0) {
        args::no_kwargs("reversed", kw)?;
    }
    let (pos, _, _) = args::split(a, kw);
    args::check_positional("reversed", pos.len(), 1, 1)?;
    reversed_of_type(t, pos[0])
}

fn reversed_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on reversed (and subclasses).
    let r = unsafe { o.cast::<PyReversed>() };
    let i = r.index.get();
    if i >= 0 {
        if let Some(seq) = r.seq.get() {
            if let Some(t) = as_tuple(&seq).filter(|_| seq.is_exact(&TUPLE_TYPE)) {
                if (i as usize) < t.items.len() {
                    r.index.set(i - 1);
                    return Ok(Some(t.items[i as usize].clone()));
                }
            } else {
                match protocol::getitem(&seq, &new_int_isize(i)) {
                    Ok(v) => {
                        r.index.set(i - 1);
                        return Ok(Some(v));
                    }
                    Err(e) if e.matches(&INDEX_ERROR) || e.matches(&STOP_ITERATION) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    r.index.set(-1);
    r.seq.clear();
    Ok(None)
}

fn reversed_length_hint(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__length_hint__", &a[1..], kw)?;
    // SAFETY: installed only on reversed (and subclasses).
    let r = unsafe { a[0].cast::<PyReversed>() };
    let Some(seq) = r.seq.get() else { return Ok(new_int(0)) };
    let size = protocol::len(&seq)? as isize;
    let pos = r.index.get() + 1;
    Ok(new_int_isize(if size < pos { 0 } else { pos }))
}

// ----------------------------------------------------- callable_iterator --

#[repr(C)]
pub struct PyCallIter {
    pub ob: PyObject,
    pub func: RefSlot,
    pub sentinel: RefSlot,
}

iter_type!(CALLABLE_ITER_TYPE, "callable_iterator", PyCallIter, calliter_next, &[], 0, calliter_traverse);

/// `iter(func, sentinel)`
pub fn new_callable_iter(func: &PyObject, sentinel: &PyObject) -> PyRef {
    new_object(&CALLABLE_ITER_TYPE, |ob| PyCallIter {
        ob,
        func: RefSlot::new(Some(func.to_ref())),
        sentinel: RefSlot::new(Some(sentinel.to_ref())),
    })
}

fn calliter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: installed only on callable_iterator.
    let c = unsafe { o.cast::<PyCallIter>() };
    let (Some(f), Some(sentinel)) = (c.func.get(), c.sentinel.get()) else { return Ok(None) };
    match protocol::call0(&f) {
        Ok(r) => {
            if !protocol::eq_bool(&sentinel, &r)? {
                return Ok(Some(r));
            }
        }
        Err(e) if e.matches(&STOP_ITERATION) => {}
        Err(e) => return Err(e),
    }
    c.func.clear();
    c.sentinel.clear();
    Ok(None)
}

/// Every iterator type defined here, for `object::static_types()`.
pub fn iterator_types() -> [&'static TypeObject; 9] {
    [
        &LIST_ITER_TYPE,
        &LIST_REVITER_TYPE,
        &TUPLE_ITER_TYPE,
        &ENUMERATE_TYPE,
        &ZIP_TYPE,
        &MAP_TYPE,
        &FILTER_TYPE,
        &REVERSED_TYPE,
        &CALLABLE_ITER_TYPE,
    ]
}

/// The container and iterator types that the `builtins` module exposes by
/// name (`list`, `tuple` and `dict` are listed by the builtins module itself).
pub fn builtin_types() -> [(&'static str, &'static TypeObject); 9] {
    [
        ("set", &super::set::SET_TYPE),
        ("frozenset", &super::set::FROZENSET_TYPE),
        ("range", &super::range::RANGE_TYPE),
        ("slice", &super::slice::SLICE_TYPE),
        ("enumerate", &ENUMERATE_TYPE),
        ("zip", &ZIP_TYPE),
        ("map", &MAP_TYPE),
        ("filter", &FILTER_TYPE),
        ("reversed", &REVERSED_TYPE),
    ]
}

// ---- cycle collector ----

fn visit_slot(s: &RefSlot, visit: &mut dyn FnMut(&PyObject)) {
    if let Some(v) = s.peek() {
        visit(v);
    }
}

fn seq_index_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    visit_slot(&seq_index_iter(o).seq, visit);
}

fn calliter_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on callable_iterator.
    let c = unsafe { o.cast::<PyCallIter>() };
    visit_slot(&c.func, visit);
    visit_slot(&c.sentinel, visit);
}

pub fn enumerate_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on enumerate.
    let e = unsafe { o.cast::<PyEnumerate>() };
    visit(&e.it);
    visit_slot(&e.big_index, visit);
}

pub fn zip_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on zip.
    for it in unsafe { o.cast::<PyZip>() }.iters.iter() {
        visit(it);
    }
}

pub fn map_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on map.
    let m = unsafe { o.cast::<PyMap>() };
    visit(&m.func);
    for it in m.iters.iter() {
        visit(it);
    }
}

pub fn filter_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on filter.
    let f = unsafe { o.cast::<PyFilter>() };
    visit(&f.func);
    visit(&f.it);
}

pub fn reversed_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on reversed.
    visit_slot(&unsafe { o.cast::<PyReversed>() }.seq, visit);
}
