//! `collections.deque`: a double-ended queue on a ring buffer, with an
//! optional `maxlen` (appending to a full deque drops from the other end).
//! Iterators check a mutation counter ("deque mutated during iteration").

use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::args::{self, Params};
use crate::object::exceptions::{type_error, value_error, PyErr, INDEX_ERROR, RUNTIME_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::protocol;
use crate::object::reprguard::ReprGuard;
use crate::object::seqiter::self_iter;
use crate::object::singletons::{is_none, none, not_implemented};
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, method_flags, nb_slots, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::{Cell, UnsafeCell};
use std::collections::VecDeque;

#[repr(C)]
pub struct PyDeque {
    ob: PyObject,
    items: UnsafeCell<VecDeque<PyRef>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation (iterators compare it).
    state: Cell<u64>,
}

impl PyDeque {
    /// The items. Never hold across a call that can run Python code.
    #[allow(clippy::mut_from_ref)]
    fn items(&self) -> &mut VecDeque<PyRef> {
        // SAFETY: single-threaded; callers clone what they need before
        // running Python code (the borrow rule of docs/REFCOUNTING.md).
        unsafe { &mut *self.items.get() }
    }
    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    fn push_back(&self, v: PyRef) {
        self.touch();
        let items = self.items();
        if self.maxlen.get() == Some(0) {
            return;
        }
        if Some(items.len()) == self.maxlen.get() {
            items.pop_front();
        }
        items.push_back(v);
    }
    fn push_front(&self, v: PyRef) {
        self.touch();
        let items = self.items();
        if self.maxlen.get() == Some(0) {
            return;
        }
        if Some(items.len()) == self.maxlen.get() {
            items.pop_back();
        }
        items.push_front(v);
    }
    /// Replace the contents (dropping the old items after the swap).
    fn replace(&self, v: VecDeque<PyRef>) {
        self.touch();
        let old = std::mem::replace(self.items(), v);
        drop(old);
    }
}

static DEQUE_METHODS: [MethodDef; 19] = [
    MethodDef { name: "append", func: d_append, flags: 0, doc: "Add an element to the right side of the deque." },
    MethodDef { name: "appendleft", func: d_appendleft, flags: 0, doc: "Add an element to the left side of the deque." },
    MethodDef { name: "pop", func: d_pop, flags: 0, doc: "Remove and return the rightmost element." },
    MethodDef { name: "popleft", func: d_popleft, flags: 0, doc: "Remove and return the leftmost element." },
    MethodDef { name: "extend", func: d_extend, flags: 0, doc: "Extend the right side of the deque with elements from the iterable" },
    MethodDef { name: "extendleft", func: d_extendleft, flags: 0, doc: "Extend the left side of the deque with elements from the iterable" },
    MethodDef { name: "rotate", func: d_rotate, flags: 0, doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left." },
    MethodDef { name: "clear", func: d_clear, flags: 0, doc: "Remove all elements from the deque." },
    MethodDef { name: "copy", func: d_copy, flags: 0, doc: "Return a shallow copy of a deque." },
    MethodDef { name: "__copy__", func: d_copy, flags: 0, doc: "Return a shallow copy of a deque." },
    MethodDef { name: "count", func: d_count, flags: 0, doc: "D.count(value) -> integer -- return number of occurrences of value" },
    MethodDef { name: "index", func: d_index, flags: 0, doc: "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present." },
    MethodDef { name: "insert", func: d_insert, flags: 0, doc: "D.insert(index, object) -- insert object before index" },
    MethodDef { name: "remove", func: d_remove, flags: 0, doc: "D.remove(value) -- remove first occurrence of value." },
    MethodDef { name: "reverse", func: d_reverse, flags: 0, doc: "D.reverse() -- reverse *IN PLACE*" },
    MethodDef { name: "__reversed__", func: d_reversed, flags: 0, doc: "D.__reversed__() -- return a reverse iterator over the deque" },
    MethodDef { name: "__reduce__", func: d_reduce, flags: 0, doc: "Return state information for pickling." },
    MethodDef { name: "__bool__", func: d_bool_method, flags: 0, doc: "True if self else False" },
    MethodDef { name: "__class_getitem__", func: crate::object::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

static DEQUE_GETSETS: [GetSetDef; 1] =
    [GetSetDef { name: "maxlen", get: d_maxlen, set: None, doc: "maximum size of a deque or None if unbounded" }];

pub static DEQUE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(deque_traverse),
    tp_clear: crate::object::typeobj::slot(deque_clear),
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
    tp_drop: slot(drop_payload::<PyDeque>),
    tp_repr: slot(d_repr),
    tp_richcompare: slot(d_richcompare),
    tp_iter: slot(d_iter),
    tp_new: slot(d_new),
    tp_init: slot(d_init),
    mp_length: slot(d_len),
    mp_subscript: slot(d_getitem),
    mp_ass_subscript: slot(d_setitem),
    sq_contains: slot(d_contains),
    sq_concat: slot(d_concat),
    sq_repeat: slot(d_repeat),
    nb: nb_slots(&[(BinOpKind::IAdd, d_iadd), (BinOpKind::IMul, d_imul)]),
    methods: &DEQUE_METHODS,
    getsets: &DEQUE_GETSETS,
    module: Some("collections"),
    doc: Some("deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints."),
    ..TypeObject::new_static("deque", std::mem::size_of::<PyDeque>())
});

#[repr(C)]
pub struct DequeIter {
    ob: PyObject,
    deque: PyRef,
    /// Items left; the next index is counted from the front (forward) or
    /// the back (reversed).
    taken: Cell<usize>,
    state: u64,
    reversed: bool,
}

pub static DEQUE_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<DequeIter>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(d_iter_next),
    module: Some("collections"),
    ..TypeObject::new_static("_deque_iterator", std::mem::size_of::<DequeIter>())
});

pub static DEQUE_REVITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<DequeIter>),
    tp_iter: slot(self_iter),
    tp_iternext: slot(d_iter_next),
    module: Some("collections"),
    ..TypeObject::new_static("_deque_reverse_iterator", std::mem::size_of::<DequeIter>())
});

pub fn deque_types() -> [&'static TypeObject; 3] {
    [&DEQUE_TYPE, &DEQUE_ITER_TYPE, &DEQUE_REVITER_TYPE]
}

fn dq(o: &PyObject) -> &PyDeque {
    assert!(o.is_instance_of(&DEQUE_TYPE), "deque method on another type");
    // SAFETY: checked the type; subclasses extend this payload.
    unsafe { o.cast::<PyDeque>() }
}

fn as_deque(o: &PyObject) -> Option<&PyDeque> {
    // SAFETY: checked the type; subclasses extend this payload.
    o.is_instance_of(&DEQUE_TYPE).then(|| unsafe { o.cast::<PyDeque>() })
}

fn d_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyDeque { ob, items: UnsafeCell::new(VecDeque::new()), maxlen: Cell::new(None), state: Cell::new(0) }))
}

fn d_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let mut out = [None, None];
    Params::new("deque", &["iterable", "maxlen"], 0).parse(a, kw, &mut out)?;
    let maxlen = match out[1] {
        Some(m) if !is_none(m) => {
            let n = args::expect_index(m)?;
            if n < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        _ => None,
    };
    let d = dq(o);
    d.maxlen.set(maxlen);
    if !d.items().is_empty() {
        d.replace(VecDeque::new());
    }
    if let Some(it) = out[0] {
        extend(d, it)?;
    }
    Ok(())
}

/// A new deque of `o`'s type with `items` and `o`'s maxlen.
fn same_kind(o: &PyObject, items: Vec<PyRef>) -> PyResult<PyRef> {
    let d = dq(o);
    let list = new_list(items);
    if o.is_exact(&DEQUE_TYPE) {
        let n = d_new(&DEQUE_TYPE, &[], None)?;
        let nd = dq(&n);
        nd.maxlen.set(d.maxlen.get());
        extend(nd, &list)?;
        return Ok(n);
    }
    let maxlen = match d.maxlen.get() {
        Some(m) => new_int(m as i64),
        None => none(),
    };
    protocol::call(o.type_().obj(), &[&list, &maxlen], None)
}

fn snapshot(d: &PyDeque) -> Vec<PyRef> {
    d.items().iter().cloned().collect()
}

fn extend(d: &PyDeque, iterable: &PyObject) -> PyResult<()> {
    // `d.extend(d)` iterates over a copy.
    let items = if as_deque(iterable).is_some_and(|o| std::ptr::eq(o, d)) {
        snapshot(d)
    } else {
        let it = protocol::iter(iterable)?;
        let mut v = Vec::new();
        while let Some(x) = protocol::next(&it)? {
            // Bounded deques keep only the last maxlen items anyway.
            v.push(x);
        }
        v
    };
    for x in items {
        d.push_back(x);
    }
    Ok(())
}

fn d_append(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("append", &a[1..], kw)?;
    dq(a[0]).push_back(v.to_ref());
    Ok(none())
}

fn d_appendleft(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("appendleft", &a[1..], kw)?;
    dq(a[0]).push_front(v.to_ref());
    Ok(none())
}

fn d_pop(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("pop", &a[1..], kw)?;
    let d = dq(a[0]);
    d.touch();
    d.items().pop_back().ok_or_else(|| PyErr::new(&INDEX_ERROR, "pop from an empty deque"))
}

fn d_popleft(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("popleft", &a[1..], kw)?;
    let d = dq(a[0]);
    d.touch();
    d.items().pop_front().ok_or_else(|| PyErr::new(&INDEX_ERROR, "pop from an empty deque"))
}

fn d_extend(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let it = args::one_arg("extend", &a[1..], kw)?;
    extend(dq(a[0]), it)?;
    Ok(none())
}

fn d_extendleft(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let iterable = args::one_arg("extendleft", &a[1..], kw)?;
    let d = dq(a[0]);
    let items = if iterable.is(a[0]) { snapshot(d) } else { protocol::collect(iterable)? };
    for x in items {
        d.push_front(x);
    }
    Ok(none())
}

fn d_rotate(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("rotate", kw)?;
    args::check_positional("rotate", a.len() - 1, 0, 1)?;
    let n = match a.get(1) {
        Some(n) => args::expect_index(n)?,
        None => 1,
    };
    let d = dq(a[0]);
    let len = d.items().len();
    if len > 1 {
        d.touch();
        let k = n.rem_euclid(len as isize) as usize;
        d.items().rotate_right(k);
    }
    Ok(none())
}

fn d_clear(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("clear", &a[1..], kw)?;
    dq(a[0]).replace(VecDeque::new());
    Ok(none())
}

fn d_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("copy", &a[1..], kw)?;
    same_kind(a[0], snapshot(dq(a[0])))
}

/// Compare `v` with every item, failing if the deque changes meanwhile.
fn positions(d: &PyDeque, v: &PyObject, start: usize, stop: usize, first_only: bool) -> PyResult<Vec<usize>> {
    let state = d.state.get();
    let mut found = Vec::new();
    for i in start..stop {
        let Some(item) = d.items().get(i).cloned() else { break };
        let eq = item.is(v) || protocol::rich_compare_bool(&item, v, CmpKind::Eq)?;
        if d.state.get() != state {
            return Err(PyErr::new(&RUNTIME_ERROR, "deque mutated during iteration"));
        }
        if eq {
            found.push(i);
            if first_only {
                break;
            }
        }
    }
    Ok(found)
}

fn d_count(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("count", &a[1..], kw)?;
    let d = dq(a[0]);
    Ok(new_int(positions(d, v, 0, d.items().len(), false)?.len() as i64))
}

fn d_index(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("index", kw)?;
    args::check_positional("index", a.len() - 1, 1, 3)?;
    let d = dq(a[0]);
    let len = d.items().len() as isize;
    let clamp = |o: Option<&&PyObject>, dflt: isize| -> PyResult<usize> {
        let v = match o {
            Some(o) => args::expect_index(o)?,
            None => dflt,
        };
        let v = if v < 0 { (v + len).max(0) } else { v.min(len) };
        Ok(v as usize)
    };
    let start = clamp(a.get(2), 0)?;
    let stop = clamp(a.get(3), len)?;
    match positions(d, a[1], start, stop.max(start), true)?.first() {
        Some(&i) => Ok(new_int(i as i64)),
        None => Err(value_error(format!("{} is not in deque", protocol::repr_string(a[1])?))),
    }
}

fn d_insert(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("insert", kw)?;
    args::check_positional("insert", a.len() - 1, 2, 2)?;
    let d = dq(a[0]);
    let len = d.items().len();
    if Some(len) == d.maxlen.get() {
        return Err(PyErr::new(&INDEX_ERROR, "deque already at its maximum size"));
    }
    let i = args::expect_index(a[1])?;
    let i = if i < 0 { (i + len as isize).max(0) as usize } else { (i as usize).min(len) };
    d.touch();
    d.items().insert(i, a[2].to_ref());
    Ok(none())
}

fn d_remove(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let v = args::one_arg("remove", &a[1..], kw)?;
    let d = dq(a[0]);
    match positions(d, v, 0, d.items().len(), true)?.first() {
        Some(&i) => {
            d.touch();
            let old = d.items().remove(i);
            drop(old);
            Ok(none())
        }
        None => Err(value_error(format!("{} is not in deque", protocol::repr_string(v)?))),
    }
}

fn d_reverse(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("reverse", &a[1..], kw)?;
    let d = dq(a[0]);
    d.touch();
    d.items().make_contiguous().reverse();
    Ok(none())
}

fn new_iter(o: &PyObject, reversed: bool) -> PyRef {
    let t = if reversed { &DEQUE_REVITER_TYPE } else { &DEQUE_ITER_TYPE };
    new_object(t, |ob| DequeIter { ob, deque: o.to_ref(), taken: Cell::new(0), state: dq(o).state.get(), reversed })
}

fn d_iter(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_iter(o, false))
}

fn d_reversed(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reversed__", &a[1..], kw)?;
    Ok(new_iter(a[0], true))
}

fn d_iter_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: the deque iterators' slot.
    let it = unsafe { o.cast::<DequeIter>() };
    let d = dq(&it.deque);
    if d.state.get() != it.state {
        return Err(PyErr::new(&RUNTIME_ERROR, "deque mutated during iteration"));
    }
    let items = d.items();
    let k = it.taken.get();
    if k >= items.len() {
        return Ok(None);
    }
    it.taken.set(k + 1);
    let i = if it.reversed { items.len() - 1 - k } else { k };
    Ok(Some(items[i].clone()))
}

fn d_reduce(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__reduce__", &a[1..], kw)?;
    let d = dq(a[0]);
    let ctor_args = match d.maxlen.get() {
        Some(m) => new_tuple(vec![new_tuple(vec![]), new_int(m as i64)]),
        None => new_tuple(vec![new_tuple(vec![])]),
    };
    let state = protocol::getattr_opt(a[0], crate::name!("__dict__"))?.unwrap_or_else(none);
    Ok(new_tuple(vec![a[0].type_().obj().to_ref(), ctor_args, state, new_iter(a[0], false)]))
}

fn d_bool_method(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("__bool__", &a[1..], kw)?;
    Ok(new_bool(!dq(a[0]).items().is_empty()))
}

fn d_maxlen(o: &PyObject) -> PyResult<PyRef> {
    Ok(match dq(o).maxlen.get() {
        Some(m) => new_int(m as i64),
        None => none(),
    })
}

fn d_len(o: &PyObject) -> PyResult<usize> {
    Ok(dq(o).items().len())
}

/// A deque index (no slices), normalized.
fn index_of(d: &PyDeque, key: &PyObject) -> PyResult<usize> {
    let Some(i) = protocol::index_opt(key)? else {
        return Err(type_error(format!("sequence index must be integer, not '{}'", key.type_().name())));
    };
    let len = d.items().len() as isize;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(PyErr::new(&INDEX_ERROR, "deque index out of range"));
    }
    Ok(i as usize)
}

fn d_getitem(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let d = dq(o);
    let i = index_of(d, key)?;
    Ok(d.items()[i].clone())
}

fn d_setitem(o: &PyObject, key: &PyObject, value: Option<&PyObject>) -> PyResult<()> {
    let d = dq(o);
    let i = index_of(d, key)?;
    let old = match value {
        Some(v) => Some(std::mem::replace(&mut d.items()[i], v.to_ref())),
        None => {
            d.touch();
            d.items().remove(i)
        }
    };
    drop(old);
    Ok(())
}

fn d_contains(o: &PyObject, v: &PyObject) -> PyResult<bool> {
    let d = dq(o);
    Ok(!positions(d, v, 0, d.items().len(), true)?.is_empty())
}

fn d_repr(o: &PyObject) -> PyResult<PyRef> {
    let Some(_g) = ReprGuard::enter(o) else { return Ok(new_str("[...]")) };
    let d = dq(o);
    let list = new_list(snapshot(d));
    let body = protocol::repr_string(&list)?;
    let name = o.type_().name();
    Ok(new_str(match d.maxlen.get() {
        Some(m) => format!("{}({}, maxlen={})", name, body, m),
        None => format!("{}({})", name, body),
    }))
}

fn d_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    let (Some(x), Some(y)) = (as_deque(a), as_deque(b)) else { return Ok(not_implemented()) };
    let (la, lb) = (new_list(snapshot(x)), new_list(snapshot(y)));
    protocol::rich_compare(&la, &lb, op)
}

fn d_concat(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(y) = as_deque(b) else {
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", b.type_().name())));
    };
    let mut items = snapshot(dq(a));
    items.extend(snapshot(y));
    same_kind(a, items)
}

fn d_repeat(o: &PyObject, n: isize) -> PyResult<PyRef> {
    let items = snapshot(dq(o));
    let mut out = Vec::with_capacity(items.len() * n.max(0) as usize);
    for _ in 0..n.max(0) {
        out.extend(items.iter().cloned());
    }
    same_kind(o, out)
}

fn d_iadd(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(d) = as_deque(a) else { return Ok(not_implemented()) };
    extend(d, b)?;
    Ok(a.to_ref())
}

fn d_imul(a: &PyObject, b: &PyObject) -> PyResult<PyRef> {
    let Some(d) = as_deque(a) else { return Ok(not_implemented()) };
    let Some(n) = protocol::index_opt(b)? else { return Ok(not_implemented()) };
    let items = snapshot(d);
    if n <= 0 {
        d.replace(VecDeque::new());
    } else {
        for _ in 1..n {
            for x in &items {
                d.push_back(x.clone());
            }
        }
    }
    Ok(a.to_ref())
}

// ---- cycle collector ----

/// The items.
fn deque_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: installed on deque (and subclasses); no code runs while visiting.
    for it in unsafe { &*o.cast::<PyDeque>().items.get() }.iter() {
        visit(it);
    }
}

/// Drop the items (moved out first: their deallocation may run code).
fn deque_clear(o: &PyObject) {
    // SAFETY: installed on deque (and subclasses).
    let d = unsafe { o.cast::<PyDeque>() };
    let old = std::mem::take(unsafe { &mut *d.items.get() });
    d.state.set(d.state.get() + 1);
    drop(old);
}
