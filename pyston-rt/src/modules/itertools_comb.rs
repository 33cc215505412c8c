//! `itertools`: the combinatoric iterators (`product`, `permutations`,
//! `combinations`, `combinations_with_replacement`, with CPython's index
//! algorithms), `groupby` and its `_grouper`, and `tee` (CPython's design:
//! tee iterators share a linked list of fixed-size blocks of buffered items,
//! so a block is freed once every tee has moved past it).

use super::itertools::{itertools_type, payload, visit_slot, RefVec};
use crate::object::args::{self, Params};
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::protocol;
use crate::object::seqiter::self_iter;
use crate::object::sequtil::RefSlot;
use crate::object::singletons::is_none;
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{drop_payload, slot, type_flags, MethodDef, TypeObject};
use crate::object::PyResult;
use crate::bytecode::CmpKind;
use std::cell::{Cell, UnsafeCell};

/// `tuple(iterable)` as a vector.
fn pool(o: &PyObject) -> PyResult<Vec<PyRef>> {
    match tuple_slice(o) {
        Some(t) => Ok(t.to_vec()),
        None => protocol::collect(o),
    }
}

/// Index state shared by the combinatoric iterators.
#[repr(C)]
pub struct Combinatoric {
    ob: PyObject,
    pools: Vec<Vec<PyRef>>,
    indices: UnsafeCell<Vec<usize>>,
    /// permutations' cycle counters.
    cycles: UnsafeCell<Vec<usize>>,
    r: usize,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl Combinatoric {
    #[allow(clippy::mut_from_ref)]
    fn indices(&self) -> &mut Vec<usize> {
        // SAFETY: single-threaded; no Python code runs while it is borrowed.
        unsafe { &mut *self.indices.get() }
    }
    #[allow(clippy::mut_from_ref)]
    fn cycles(&self) -> &mut Vec<usize> {
        // SAFETY: as `indices`.
        unsafe { &mut *self.cycles.get() }
    }
    fn new(t: &TypeObject, pools: Vec<Vec<PyRef>>, indices: Vec<usize>, cycles: Vec<usize>, r: usize, stopped: bool) -> PyRef {
        new_object(t, |ob| Combinatoric {
            ob,
            pools,
            indices: UnsafeCell::new(indices),
            cycles: UnsafeCell::new(cycles),
            r,
            started: Cell::new(false),
            stopped: Cell::new(stopped),
        })
    }
    /// The tuple `pool[indices[i]]` for the first `r` indices (one pool).
    fn pick(&self, r: usize) -> PyRef {
        let p = &self.pools[0];
        new_tuple(self.indices()[..r].iter().map(|&i| p[i].clone()).collect())
    }
}

itertools_type!(PRODUCT_TYPE, "product", Combinatoric, product_new, product_next, combinatoric_traverse,
    "Cartesian product of input iterables.  Equivalent to nested for-loops.");
itertools_type!(PERMUTATIONS_TYPE, "permutations", Combinatoric, permutations_new, permutations_next, combinatoric_traverse,
    "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
itertools_type!(COMBINATIONS_TYPE, "combinations", Combinatoric, combinations_new, combinations_next, combinatoric_traverse,
    "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
itertools_type!(CWR_TYPE, "combinations_with_replacement", Combinatoric, cwr_new, cwr_next, combinatoric_traverse,
    "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')");

fn product_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = args::split(a, kw);
    let mut repeat = 1isize;
    for (k, v) in kwn.iter().zip(kwvals) {
        if crate::object::str::str_value(k) != Some("repeat") {
            return Err(type_error(format!(
                "product() got an unexpected keyword argument '{}'",
                crate::object::str::str_value(k).unwrap_or("")
            )));
        }
        repeat = args::expect_index(v)?;
    }
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    // CPython: "repeat argument too large" when the pool count would not
    // fit a Py_ssize_t array (checked before any argument is iterated).
    let npools = (repeat as usize)
        .checked_mul(pos.len())
        .filter(|&n| n <= isize::MAX as usize / std::mem::size_of::<usize>())
        .ok_or_else(|| crate::object::exceptions::PyErr::new(&crate::object::exceptions::OVERFLOW_ERROR, "repeat argument too large"))?;
    let base: Vec<Vec<PyRef>> = pos.iter().map(|x| pool(x)).collect::<PyResult<_>>()?;
    let mut pools = crate::object::exceptions::try_vec(npools)?;
    if !base.is_empty() {
        for _ in 0..repeat {
            pools.extend(base.iter().cloned());
        }
    }
    let stopped = pools.iter().any(|p| p.is_empty());
    let n = pools.len();
    Ok(Combinatoric::new(t, pools, vec![0; n], Vec::new(), n, stopped))
}

fn product_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: product's slot.
    let p = unsafe { payload::<Combinatoric>(o) };
    if p.stopped.get() {
        return Ok(None);
    }
    let idx = p.indices();
    if p.started.get() {
        // Advance the rightmost index that can move; reset those after it.
        let mut i = idx.len();
        loop {
            if i == 0 {
                p.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            idx[i] += 1;
            if idx[i] < p.pools[i].len() {
                break;
            }
            idx[i] = 0;
        }
    }
    p.started.set(true);
    Ok(Some(new_tuple(idx.iter().enumerate().map(|(i, &j)| p.pools[i][j].clone()).collect())))
}

/// `r` from an optional argument (`None`: the pool size).
fn r_arg(r: Option<&PyObject>, n: usize) -> PyResult<usize> {
    match r {
        Some(r) if !is_none(r) => {
            let v = args::expect_index(r)?;
            if v < 0 {
                return Err(value_error("r must be non-negative"));
            }
            Ok(v as usize)
        }
        _ => Ok(n),
    }
}

fn permutations_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("permutations", &["iterable", "r"], 1).parse(a, kw, &mut out)?;
    let p = pool(out[0].expect("required"))?;
    let n = p.len();
    let r = r_arg(out[1], n)?;
    let cycles = (0..r).map(|i| n - i).collect();
    Ok(Combinatoric::new(t, vec![p], (0..n).collect(), cycles, r, r > n))
}

fn permutations_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: permutations' slot.
    let p = unsafe { payload::<Combinatoric>(o) };
    if p.stopped.get() {
        return Ok(None);
    }
    let n = p.pools[0].len();
    let r = p.r;
    if p.started.get() {
        if n == 0 {
            p.stopped.set(true);
            return Ok(None);
        }
        let idx = p.indices();
        let cycles = p.cycles();
        let mut i = r;
        loop {
            if i == 0 {
                p.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            cycles[i] -= 1;
            if cycles[i] == 0 {
                // Rotate indices[i:] left by one.
                let first = idx[i];
                idx.copy_within(i + 1.., i);
                idx[n - 1] = first;
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                idx.swap(i, n - j);
                break;
            }
        }
    }
    p.started.set(true);
    Ok(Some(p.pick(r)))
}

fn combinations_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("combinations", &["iterable", "r"], 2).parse(a, kw, &mut out)?;
    let p = pool(out[0].expect("required"))?;
    let r = r_arg(out[1], 0)?;
    let n = p.len();
    Ok(Combinatoric::new(t, vec![p], (0..r).collect(), Vec::new(), r, r > n))
}

fn combinations_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: combinations' slot.
    let p = unsafe { payload::<Combinatoric>(o) };
    if p.stopped.get() {
        return Ok(None);
    }
    let n = p.pools[0].len();
    let r = p.r;
    if p.started.get() {
        let idx = p.indices();
        // The rightmost index not at its maximum (n - r + i).
        let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
            p.stopped.set(true);
            return Ok(None);
        };
        idx[i] += 1;
        for j in i + 1..r {
            idx[j] = idx[j - 1] + 1;
        }
    }
    p.started.set(true);
    Ok(Some(p.pick(r)))
}

fn cwr_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("combinations_with_replacement", &["iterable", "r"], 2).parse(a, kw, &mut out)?;
    let p = pool(out[0].expect("required"))?;
    let r = r_arg(out[1], 0)?;
    let stopped = p.is_empty() && r > 0;
    Ok(Combinatoric::new(t, vec![p], vec![0; r], Vec::new(), r, stopped))
}

fn cwr_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: combinations_with_replacement's slot.
    let p = unsafe { payload::<Combinatoric>(o) };
    if p.stopped.get() {
        return Ok(None);
    }
    let n = p.pools[0].len();
    let r = p.r;
    if p.started.get() {
        let idx = p.indices();
        let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
            p.stopped.set(true);
            return Ok(None);
        };
        let v = idx[i] + 1;
        for x in &mut idx[i..] {
            *x = v;
        }
    }
    p.started.set(true);
    Ok(Some(p.pick(r)))
}

// ---------------------------------------------------------------- groupby --

#[repr(C)]
pub struct GroupBy {
    ob: PyObject,
    it: PyRef,
    keyfunc: Option<PyRef>,
    tgtkey: RefSlot,
    currkey: RefSlot,
    currvalue: RefSlot,
    /// Identity of the grouper that may still advance (0: none).
    currgrouper: Cell<usize>,
}

itertools_type!(GROUPBY_TYPE, "groupby", GroupBy, groupby_new, groupby_next, groupby_traverse,
    "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.");

#[repr(C)]
pub struct Grouper {
    ob: PyObject,
    parent: PyRef,
    tgtkey: PyRef,
}

pub static GROUPER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<Grouper>),
    tp_traverse: slot(grouper_traverse),
    flags: Cell::new(type_flags::HAVE_GC),
    tp_iter: slot(self_iter),
    tp_iternext: slot(grouper_next),
    module: Some("itertools"),
    ..TypeObject::new_static("_grouper", std::mem::size_of::<Grouper>())
});

fn groupby_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("groupby", &["iterable", "key"], 1).parse(a, kw, &mut out)?;
    let it = protocol::iter(out[0].expect("required"))?;
    let keyfunc = out[1].filter(|k| !is_none(k)).map(|k| k.to_ref());
    Ok(new_object(t, |ob| GroupBy {
        ob,
        it,
        keyfunc,
        tgtkey: RefSlot::new(None),
        currkey: RefSlot::new(None),
        currvalue: RefSlot::new(None),
        currgrouper: Cell::new(0),
    }))
}

/// Fetch the next value and its key; false when the input is exhausted.
fn groupby_step(g: &GroupBy) -> PyResult<bool> {
    let Some(v) = protocol::next(&g.it)? else { return Ok(false) };
    let key = match &g.keyfunc {
        Some(f) => protocol::call(f, &[&v], None)?,
        None => v.clone(),
    };
    g.currvalue.set(Some(v));
    g.currkey.set(Some(key));
    Ok(true)
}

fn groupby_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: groupby's slot.
    let g = unsafe { payload::<GroupBy>(o) };
    g.currgrouper.set(0);
    // Skip the rest of the current group.
    loop {
        if let Some(cur) = g.currkey.get() {
            match g.tgtkey.get() {
                None => break,
                Some(tgt) => {
                    if !protocol::rich_compare_bool(&tgt, &cur, CmpKind::Eq)? {
                        break;
                    }
                }
            }
        }
        if !groupby_step(g)? {
            return Ok(None);
        }
    }
    let key = g.currkey.get().expect("current key");
    g.tgtkey.set(Some(key.clone()));
    let grouper = new_object(&GROUPER_TYPE, |ob| Grouper { ob, parent: o.to_ref(), tgtkey: key.clone() });
    g.currgrouper.set(grouper.as_ptr() as usize);
    Ok(Some(new_tuple(vec![key, grouper])))
}

fn grouper_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: _grouper's slot.
    let gr = unsafe { payload::<Grouper>(o) };
    // SAFETY: a grouper's parent is always a groupby.
    let g = unsafe { payload::<GroupBy>(&gr.parent) };
    if g.currgrouper.get() != o.as_ptr() as usize {
        return Ok(None);
    }
    if !g.currvalue.is_some() && !groupby_step(g)? {
        return Ok(None);
    }
    let cur = g.currkey.get().expect("current key");
    if !protocol::rich_compare_bool(&gr.tgtkey, &cur, CmpKind::Eq)? {
        return Ok(None);
    }
    let v = g.currvalue.get();
    g.currvalue.clear();
    Ok(v)
}

// -------------------------------------------------------------------- tee --

/// Items buffered per block.
const TEE_BLOCK: usize = 57;

/// A block of items read from the shared source; blocks form a list that
/// the tee iterators walk.
#[repr(C)]
pub struct TeeData {
    ob: PyObject,
    source: PyRef,
    values: RefVec,
    next: RefSlot,
}

pub static TEE_DATA_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<TeeData>),
    tp_traverse: slot(tee_data_traverse),
    tp_clear: slot(tee_data_clear),
    flags: Cell::new(type_flags::HAVE_GC),
    module: Some("itertools"),
    ..TypeObject::new_static("_tee_dataobject", std::mem::size_of::<TeeData>())
});

#[repr(C)]
pub struct Tee {
    ob: PyObject,
    data: RefSlot,
    index: Cell<usize>,
}

static TEE_METHODS: [MethodDef; 1] = [MethodDef { name: "__copy__", func: tee_copy, flags: 0, doc: "Returns an independent iterator." }];

pub static TEE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<Tee>),
    tp_traverse: slot(tee_traverse),
    tp_clear: slot(tee_clear),
    tp_iter: slot(self_iter),
    tp_iternext: slot(tee_next),
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
    methods: &TEE_METHODS,
    module: Some("itertools"),
    doc: Some("Iterator wrapped to make it copyable."),
    ..TypeObject::new_static("_tee", std::mem::size_of::<Tee>())
});

fn new_tee_data(source: PyRef) -> PyRef {
    new_object(&TEE_DATA_TYPE, |ob| TeeData { ob, source, values: RefVec::new(Vec::with_capacity(TEE_BLOCK)), next: RefSlot::new(None) })
}

fn new_tee(data: PyRef, index: usize) -> PyRef {
    new_object(&TEE_TYPE, |ob| Tee { ob, data: RefSlot::new(Some(data)), index: Cell::new(index) })
}

fn tee_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: _tee's slot.
    let t = unsafe { payload::<Tee>(o) };
    let Some(mut block) = t.data.get() else { return Ok(None) };
    if t.index.get() >= TEE_BLOCK {
        // SAFETY: tee data objects are TeeData.
        let d = unsafe { payload::<TeeData>(&block) };
        let next = match d.next.get() {
            Some(n) => n,
            None => {
                let n = new_tee_data(d.source.clone());
                d.next.set(Some(n.clone()));
                n
            }
        };
        t.data.set(Some(next.clone()));
        t.index.set(0);
        block = next;
    }
    // SAFETY: as above.
    let d = unsafe { payload::<TeeData>(&block) };
    let i = t.index.get();
    if let Some(v) = d.values.get().get(i) {
        t.index.set(i + 1);
        return Ok(Some(v.clone()));
    }
    let source = d.source.clone();
    let Some(v) = protocol::next(&source)? else { return Ok(None) };
    // Another tee may have filled this slot while the source ran.
    if d.values.get().len() == i {
        d.values.get().push(v.clone());
    }
    t.index.set(i + 1);
    Ok(Some(d.values.get()[i].clone()))
}

fn tee_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("__copy__", kw)?;
    // SAFETY: a method of _tee.
    let t = unsafe { payload::<Tee>(a[0]) };
    match t.data.get() {
        Some(d) => Ok(new_tee(d, t.index.get())),
        None => Err(value_error("tee object is exhausted")),
    }
}

fn tee(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("tee", kw)?;
    args::check_positional("tee", a.len(), 1, 2)?;
    let n = match a.get(1) {
        Some(n) => args::expect_index(n)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(new_tuple(vec![]));
    }
    let it = protocol::iter(a[0])?;
    let first = if it.is_instance_of(&TEE_TYPE) {
        it
    } else {
        let copier = protocol::getattr_opt(&it, crate::name!("__copy__"))?;
        match copier {
            Some(c) => {
                let mut out = vec![it.clone()];
                for _ in 1..n {
                    out.push(protocol::call0(&c)?);
                }
                return Ok(new_tuple(out));
            }
            None => new_tee(new_tee_data(it), 0),
        }
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        out.push(tee_copy(&[&first], None)?);
    }
    Ok(new_tuple(out))
}

// ---------------------------------------------------------- cycle collector --

fn combinatoric_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: the combinatoric iterators' slot.
    let c = unsafe { payload::<Combinatoric>(o) };
    c.pools.iter().flatten().for_each(|x| visit(x));
}
fn groupby_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: groupby's slot.
    let g = unsafe { payload::<GroupBy>(o) };
    visit(&g.it);
    if let Some(k) = &g.keyfunc {
        visit(k);
    }
    visit_slot(&g.tgtkey, visit);
    visit_slot(&g.currkey, visit);
    visit_slot(&g.currvalue, visit);
}
fn grouper_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: _grouper's slot.
    let g = unsafe { payload::<Grouper>(o) };
    visit(&g.parent);
    visit(&g.tgtkey);
}
fn tee_data_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: _tee_dataobject's slot.
    let d = unsafe { payload::<TeeData>(o) };
    visit(&d.source);
    d.values.get().iter().for_each(|x| visit(x));
    visit_slot(&d.next, visit);
}
fn tee_data_clear(o: &PyObject) {
    // SAFETY: _tee_dataobject's slot.
    let d = unsafe { payload::<TeeData>(o) };
    let values = std::mem::take(d.values.get());
    d.next.clear();
    drop(values);
}
fn tee_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: _tee's slot.
    visit_slot(&unsafe { payload::<Tee>(o) }.data, visit);
}
fn tee_clear(o: &PyObject) {
    // SAFETY: _tee's slot.
    unsafe { payload::<Tee>(o) }.data.clear();
}

pub static FUNCS: [MethodDef; 1] = [MethodDef { name: "tee", func: tee, flags: 0, doc: "Returns a tuple of n independent iterators." }];

pub(super) fn module_types() -> Vec<(&'static str, &'static TypeObject)> {
    vec![
        ("product", &PRODUCT_TYPE),
        ("permutations", &PERMUTATIONS_TYPE),
        ("combinations", &COMBINATIONS_TYPE),
        ("combinations_with_replacement", &CWR_TYPE),
        ("groupby", &GROUPBY_TYPE),
        ("_grouper", &GROUPER_TYPE),
        ("_tee", &TEE_TYPE),
        ("_tee_dataobject", &TEE_DATA_TYPE),
    ]
}
