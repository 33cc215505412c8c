//! The native `itertools` module: the lazy iterators (`chain`, `count`,
//! `islice`, `accumulate`, ...). The combinatoric ones (`product`,
//! `permutations`, `combinations`, ...), `groupby` and `tee` are in
//! `itertools_comb.rs`. Every iterator is its own type, as in CPython
//! (`type(itertools.chain())` is `itertools.chain`), with CPython's argument
//! errors.

use crate::object::args::{self, Params};
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{as_int, new_int};
use crate::object::module::{as_module, new_module};
use crate::object::protocol;
use crate::object::seqiter::self_iter;
use crate::object::sequtil::RefSlot;
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{drop_payload, method_flags, slot, type_flags, MethodDef, TypeObject};
use crate::object::PyResult;
use crate::bytecode::BinOpKind;
use std::cell::{Cell, UnsafeCell};

/// A static iterator type of the `itertools` module.
/// Every one owns references, so every one takes part in cycle collection
/// (`$traverse` visits them; a `tp_clear` is given where fields can be
/// emptied).
macro_rules! itertools_type {
    ($stat:ident, $name:literal, $payload:ty, $new:expr, $next:expr, $traverse:expr, $doc:literal $(, $field:ident: $value:expr)*) => {
        pub static $stat: Static<TypeObject> = Static(TypeObject {
            tp_drop: slot(drop_payload::<$payload>),
            tp_traverse: slot($traverse),
            tp_iter: slot(self_iter),
            tp_iternext: slot($next),
            tp_new: slot($new),
            flags: Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
            module: Some("itertools"),
            doc: Some($doc),
            $($field: $value,)*
            ..TypeObject::new_static($name, std::mem::size_of::<$payload>())
        });
    };
}
pub(crate) use itertools_type;

/// The payload of an object whose type's slots are these functions.
///
/// # Safety
/// `o` must be an instance of the type (or a subclass) whose payload is `T`.
pub(crate) unsafe fn payload<T>(o: &PyObject) -> &T {
    o.cast::<T>()
}

/// `iter(x)` for each positional argument.
fn iters(a: &[&PyObject]) -> PyResult<Vec<PyRef>> {
    a.iter().map(|x| protocol::iter(x)).collect()
}

/// A `Vec<PyRef>` mutated in place (single-threaded, never borrowed
/// across Python code).
pub(crate) struct RefVec(UnsafeCell<Vec<PyRef>>);

impl RefVec {
    pub fn new(v: Vec<PyRef>) -> RefVec {
        RefVec(UnsafeCell::new(v))
    }
    #[allow(clippy::mut_from_ref)]
    pub fn get(&self) -> &mut Vec<PyRef> {
        // SAFETY: single-threaded; callers take what they need before
        // calling anything that can run Python code.
        unsafe { &mut *self.0.get() }
    }
}

// ------------------------------------------------------------------ chain --

#[repr(C)]
pub struct Chain {
    ob: PyObject,
    /// The iterator over the iterables (None when exhausted).
    source: RefSlot,
    /// The iterator being drained.
    active: RefSlot,
}

static CHAIN_METHODS: [MethodDef; 1] = [MethodDef {
    name: "from_iterable",
    func: chain_from_iterable,
    flags: method_flags::CLASS,
    doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily.",
}];

itertools_type!(CHAIN_TYPE, "chain", Chain, chain_new, chain_next, chain_traverse,
    "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
    methods: &CHAIN_METHODS, tp_clear: slot(chain_clear));

fn chain_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("chain", kw)?;
    let source = protocol::iter(&new_tuple(a.iter().map(|x| x.to_ref()).collect()))?;
    Ok(new_object(t, |ob| Chain { ob, source: RefSlot::new(Some(source)), active: RefSlot::new(None) }))
}

fn chain_from_iterable(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let iterable = args::one_arg("from_iterable", &a[1..], kw)?;
    let t = crate::object::typeobj::as_type(a[0]).ok_or_else(|| type_error("from_iterable: not a type"))?;
    let source = protocol::iter(iterable)?;
    Ok(new_object(t, |ob| Chain { ob, source: RefSlot::new(Some(source)), active: RefSlot::new(None) }))
}

fn chain_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: chain's slot.
    let c = unsafe { payload::<Chain>(o) };
    loop {
        if let Some(active) = c.active.get() {
            if let Some(v) = protocol::next(&active)? {
                return Ok(Some(v));
            }
            c.active.clear();
        }
        let Some(source) = c.source.get() else { return Ok(None) };
        match protocol::next(&source)? {
            Some(iterable) => c.active.set(Some(protocol::iter(&iterable)?)),
            None => {
                c.source.clear();
                return Ok(None);
            }
        }
    }
}

// ----------------------------------------------------------------- repeat --

#[repr(C)]
pub struct Repeat {
    ob: PyObject,
    element: PyRef,
    /// Remaining count; None repeats forever.
    remaining: Cell<Option<u64>>,
}

static REPEAT_METHODS: [MethodDef; 1] =
    [MethodDef { name: "__length_hint__", func: repeat_length_hint, flags: 0, doc: "Private method returning an estimate of len(list(it))." }];

itertools_type!(REPEAT_TYPE, "repeat", Repeat, repeat_new, repeat_next, repeat_traverse,
    "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
    tp_repr: slot(repeat_repr), methods: &REPEAT_METHODS);

fn repeat_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("repeat", &["object", "times"], 1).parse(a, kw, &mut out)?;
    let element = out[0].expect("required").to_ref();
    let remaining = match out[1] {
        None => None,
        Some(n) => Some(args::expect_index(n)?.max(0) as u64),
    };
    Ok(new_object(t, |ob| Repeat { ob, element, remaining: Cell::new(remaining) }))
}

fn repeat_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: repeat's slot.
    let r = unsafe { payload::<Repeat>(o) };
    match r.remaining.get() {
        None => Ok(Some(r.element.clone())),
        Some(0) => Ok(None),
        Some(n) => {
            r.remaining.set(Some(n - 1));
            Ok(Some(r.element.clone()))
        }
    }
}

fn repeat_repr(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: repeat's slot.
    let r = unsafe { payload::<Repeat>(o) };
    let e = protocol::repr_string(&r.element)?;
    Ok(new_str(match r.remaining.get() {
        None => format!("{}({})", o.type_().name(), e),
        Some(n) => format!("{}({}, {})", o.type_().name(), e, n),
    }))
}

fn repeat_length_hint(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: a method of repeat; args[0] is a repeat.
    let r = unsafe { payload::<Repeat>(a[0]) };
    match r.remaining.get() {
        Some(n) => Ok(new_int(n as i64)),
        None => Err(type_error("len() of unsized object")),
    }
}

// ---------------------------------------------------------------- starmap --

#[repr(C)]
pub struct Starmap {
    ob: PyObject,
    func: PyRef,
    it: PyRef,
}

itertools_type!(STARMAP_TYPE, "starmap", Starmap, starmap_new, starmap_next, starmap_traverse,
    "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");

fn starmap_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("starmap", kw)?;
    args::check_positional("starmap", a.len(), 2, 2)?;
    let it = protocol::iter(a[1])?;
    Ok(new_object(t, |ob| Starmap { ob, func: a[0].to_ref(), it }))
}

fn starmap_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: starmap's slot.
    let s = unsafe { payload::<Starmap>(o) };
    let Some(item) = protocol::next(&s.it)? else { return Ok(None) };
    let items = match tuple_slice(&item) {
        Some(t) => t.to_vec(),
        None => protocol::collect(&item)?,
    };
    let refs: Vec<&PyObject> = items.iter().map(|x| &**x).collect();
    protocol::call(&s.func, &refs, None).map(Some)
}

// ------------------------------------------------------------------ count --

#[repr(C)]
pub struct Count {
    ob: PyObject,
    next: RefSlot,
    step: PyRef,
}

itertools_type!(COUNT_TYPE, "count", Count, count_new, count_next, count_traverse,
    "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step",
    tp_repr: slot(count_repr));

fn is_number(o: &PyObject) -> bool {
    as_int(o).is_some()
        || crate::object::float::float_value(o).is_some()
        || o.type_().nb[BinOpKind::Add as usize].get().is_some()
}

fn count_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("count", &["start", "step"], 0).parse(a, kw, &mut out)?;
    let start = out[0].map(|s| s.to_ref()).unwrap_or_else(|| new_int(0));
    let step = out[1].map(|s| s.to_ref()).unwrap_or_else(|| new_int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(type_error("a number is required"));
    }
    Ok(new_object(t, |ob| Count { ob, next: RefSlot::new(Some(start)), step }))
}

fn count_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: count's slot.
    let c = unsafe { payload::<Count>(o) };
    let cur = c.next.get().expect("count value");
    let following = protocol::binary_op(&cur, &c.step, BinOpKind::Add)?;
    c.next.set(Some(following));
    Ok(Some(cur))
}

fn count_repr(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: count's slot.
    let c = unsafe { payload::<Count>(o) };
    let cur = protocol::repr_string(&c.next.get().expect("count value"))?;
    let step_is_one = as_int(&c.step).and_then(|i| i.as_i64()) == Some(1) && c.step.is_exact(&crate::object::int::INT_TYPE);
    Ok(new_str(if step_is_one {
        format!("{}({})", o.type_().name(), cur)
    } else {
        format!("{}({}, {})", o.type_().name(), cur, protocol::repr_string(&c.step)?)
    }))
}

// ----------------------------------------------------------------- islice --

#[repr(C)]
pub struct Islice {
    ob: PyObject,
    it: RefSlot,
    /// Index of the next item to return.
    next: Cell<usize>,
    stop: Option<usize>,
    step: usize,
    /// Items consumed so far.
    consumed: Cell<usize>,
}

itertools_type!(ISLICE_TYPE, "islice", Islice, islice_new, islice_next, islice_traverse,
    "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.");

/// An islice index: None or an int in `0..=sys.maxsize`.
fn islice_index(o: &PyObject, msg: &str) -> PyResult<Option<usize>> {
    if is_none(o) {
        return Ok(None);
    }
    match protocol::index_opt(o) {
        Ok(Some(v)) if v >= 0 => Ok(Some(v as usize)),
        Ok(_) => Err(value_error(msg)),
        Err(e) if e.matches(&crate::object::exceptions::OVERFLOW_ERROR) => Err(value_error(msg)),
        Err(e) => Err(e),
    }
}

fn islice_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("islice", kw)?;
    args::check_positional("islice", a.len(), 2, 4)?;
    const STOP_MSG: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDEX_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if a.len() == 2 {
        (0, islice_index(a[1], STOP_MSG)?, 1)
    } else {
        let stop = islice_index(a[2], STOP_MSG)?;
        let start = islice_index(a[1], INDEX_MSG)?.unwrap_or(0);
        let step = match a.get(3) {
            None => 1,
            Some(s) if is_none(s) => 1,
            Some(s) => match protocol::index_opt(s) {
                Ok(Some(v)) if v >= 1 => v as usize,
                Ok(_) => return Err(value_error("Step for islice() must be a positive integer or None.")),
                Err(e) if e.matches(&crate::object::exceptions::OVERFLOW_ERROR) => {
                    return Err(value_error("Step for islice() must be a positive integer or None."))
                }
                Err(e) => return Err(e),
            },
        };
        (start, stop, step)
    };
    let it = protocol::iter(a[0])?;
    Ok(new_object(t, |ob| Islice { ob, it: RefSlot::new(Some(it)), next: Cell::new(start), stop, step, consumed: Cell::new(0) }))
}

fn islice_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: islice's slot.
    let s = unsafe { payload::<Islice>(o) };
    let Some(it) = s.it.get() else { return Ok(None) };
    let stop = s.stop.unwrap_or(usize::MAX);
    // Skip to the next wanted index (never past stop).
    while s.consumed.get() < s.next.get().min(stop) {
        if protocol::next(&it)?.is_none() {
            s.it.clear();
            return Ok(None);
        }
        s.consumed.set(s.consumed.get() + 1);
    }
    if s.consumed.get() >= stop {
        s.it.clear();
        return Ok(None);
    }
    let Some(item) = protocol::next(&it)? else {
        s.it.clear();
        return Ok(None);
    };
    s.consumed.set(s.consumed.get() + 1);
    s.next.set(s.next.get().saturating_add(s.step));
    Ok(Some(item))
}

// ------------------------------------------------------------------ cycle --

#[repr(C)]
pub struct Cycle {
    ob: PyObject,
    /// The source while its first pass runs.
    it: RefSlot,
    saved: RefVec,
    index: Cell<usize>,
}

itertools_type!(CYCLE_TYPE, "cycle", Cycle, cycle_new, cycle_next, cycle_traverse,
    "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");

fn cycle_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("cycle", kw)?;
    args::check_positional("cycle", a.len(), 1, 1)?;
    let it = protocol::iter(a[0])?;
    Ok(new_object(t, |ob| Cycle { ob, it: RefSlot::new(Some(it)), saved: RefVec::new(Vec::new()), index: Cell::new(0) }))
}

fn cycle_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: cycle's slot.
    let c = unsafe { payload::<Cycle>(o) };
    if let Some(it) = c.it.get() {
        if let Some(v) = protocol::next(&it)? {
            c.saved.get().push(v.clone());
            return Ok(Some(v));
        }
        c.it.clear();
    }
    let saved = c.saved.get();
    if saved.is_empty() {
        return Ok(None);
    }
    let i = c.index.get() % saved.len();
    c.index.set(i + 1);
    Ok(Some(saved[i].clone()))
}

// ------------------------------------------- takewhile, dropwhile, filterfalse --

#[repr(C)]
pub struct PredIter {
    ob: PyObject,
    pred: PyRef,
    it: PyRef,
    /// takewhile: stopped; dropwhile: done dropping.
    flag: Cell<bool>,
}

itertools_type!(TAKEWHILE_TYPE, "takewhile", PredIter, takewhile_new, takewhile_next, pred_iter_traverse,
    "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
itertools_type!(DROPWHILE_TYPE, "dropwhile", PredIter, dropwhile_new, dropwhile_next, pred_iter_traverse,
    "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.");
itertools_type!(FILTERFALSE_TYPE, "filterfalse", PredIter, filterfalse_new, filterfalse_next, pred_iter_traverse,
    "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.");

fn pred_iter_new(name: &str, t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs(name, kw)?;
    args::check_positional(name, a.len(), 2, 2)?;
    let it = protocol::iter(a[1])?;
    Ok(new_object(t, |ob| PredIter { ob, pred: a[0].to_ref(), it, flag: Cell::new(false) }))
}
fn takewhile_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    pred_iter_new("takewhile", t, a, kw)
}
fn dropwhile_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    pred_iter_new("dropwhile", t, a, kw)
}
fn filterfalse_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    pred_iter_new("filterfalse", t, a, kw)
}

fn test(pred: &PyObject, item: &PyObject) -> PyResult<bool> {
    if is_none(pred) {
        return protocol::is_true(item);
    }
    protocol::is_true(&*protocol::call(pred, &[item], None)?)
}

fn takewhile_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: takewhile's slot.
    let p = unsafe { payload::<PredIter>(o) };
    if p.flag.get() {
        return Ok(None);
    }
    let Some(item) = protocol::next(&p.it)? else { return Ok(None) };
    if protocol::is_true(&*protocol::call(&p.pred, &[&item], None)?)? {
        return Ok(Some(item));
    }
    p.flag.set(true);
    Ok(None)
}

fn dropwhile_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: dropwhile's slot.
    let p = unsafe { payload::<PredIter>(o) };
    loop {
        let Some(item) = protocol::next(&p.it)? else { return Ok(None) };
        if p.flag.get() || !protocol::is_true(&*protocol::call(&p.pred, &[&item], None)?)? {
            p.flag.set(true);
            return Ok(Some(item));
        }
    }
}

fn filterfalse_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: filterfalse's slot.
    let p = unsafe { payload::<PredIter>(o) };
    loop {
        let Some(item) = protocol::next(&p.it)? else { return Ok(None) };
        if !test(&p.pred, &item)? {
            return Ok(Some(item));
        }
    }
}

// --------------------------------------------------------------- compress --

#[repr(C)]
pub struct Compress {
    ob: PyObject,
    data: PyRef,
    selectors: PyRef,
}

itertools_type!(COMPRESS_TYPE, "compress", Compress, compress_new, compress_next, compress_traverse,
    "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.");

fn compress_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params::new("compress", &["data", "selectors"], 2).parse(a, kw, &mut out)?;
    let data = protocol::iter(out[0].expect("required"))?;
    let selectors = protocol::iter(out[1].expect("required"))?;
    Ok(new_object(t, |ob| Compress { ob, data, selectors }))
}

fn compress_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: compress's slot.
    let c = unsafe { payload::<Compress>(o) };
    loop {
        let Some(d) = protocol::next(&c.data)? else { return Ok(None) };
        let Some(s) = protocol::next(&c.selectors)? else { return Ok(None) };
        if protocol::is_true(&s)? {
            return Ok(Some(d));
        }
    }
}

// ------------------------------------------------------------- accumulate --

#[repr(C)]
pub struct Accumulate {
    ob: PyObject,
    it: PyRef,
    func: Option<PyRef>,
    total: RefSlot,
    /// The initial value still to be returned first.
    initial: RefSlot,
}

itertools_type!(ACCUMULATE_TYPE, "accumulate", Accumulate, accumulate_new, accumulate_next, accumulate_traverse,
    "Return series of accumulated sums (or other binary function results).");

fn accumulate_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None];
    Params { fname: "accumulate", names: &["iterable", "func", "initial"], required: 1, posonly: 0, kwonly: 2 }
        .parse(a, kw, &mut out)?;
    let it = protocol::iter(out[0].expect("required"))?;
    let func = out[1].filter(|f| !is_none(f)).map(|f| f.to_ref());
    let initial = out[2].filter(|i| !is_none(i)).map(|i| i.to_ref());
    Ok(new_object(t, |ob| Accumulate { ob, it, func, total: RefSlot::new(None), initial: RefSlot::new(initial) }))
}

fn accumulate_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: accumulate's slot.
    let acc = unsafe { payload::<Accumulate>(o) };
    if let Some(init) = acc.initial.get() {
        acc.initial.clear();
        acc.total.set(Some(init.clone()));
        return Ok(Some(init));
    }
    let Some(item) = protocol::next(&acc.it)? else { return Ok(None) };
    let total = match acc.total.get() {
        None => item,
        Some(t) => match &acc.func {
            None => protocol::binary_op(&t, &item, BinOpKind::Add)?,
            Some(f) => protocol::call(f, &[&t, &item], None)?,
        },
    };
    acc.total.set(Some(total.clone()));
    Ok(Some(total))
}

// --------------------------------------------------------------- pairwise --

#[repr(C)]
pub struct Pairwise {
    ob: PyObject,
    it: RefSlot,
    old: RefSlot,
}

itertools_type!(PAIRWISE_TYPE, "pairwise", Pairwise, pairwise_new, pairwise_next, pairwise_traverse,
    "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...");

fn pairwise_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("pairwise", kw)?;
    args::check_positional("pairwise", a.len(), 1, 1)?;
    let it = protocol::iter(a[0])?;
    Ok(new_object(t, |ob| Pairwise { ob, it: RefSlot::new(Some(it)), old: RefSlot::new(None) }))
}

fn pairwise_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: pairwise's slot.
    let p = unsafe { payload::<Pairwise>(o) };
    let Some(it) = p.it.get() else { return Ok(None) };
    let old = match p.old.get() {
        Some(old) => old,
        None => match protocol::next(&it)? {
            Some(v) => v,
            None => {
                p.it.clear();
                return Ok(None);
            }
        },
    };
    let Some(new) = protocol::next(&it)? else {
        p.it.clear();
        p.old.clear();
        return Ok(None);
    };
    p.old.set(Some(new.clone()));
    Ok(Some(new_tuple(vec![old, new])))
}

// ------------------------------------------------------------ zip_longest --

#[repr(C)]
pub struct ZipLongest {
    ob: PyObject,
    /// None for an exhausted input.
    iters: UnsafeCell<Vec<Option<PyRef>>>,
    active: Cell<usize>,
    fill: PyRef,
}

itertools_type!(ZIP_LONGEST_TYPE, "zip_longest", ZipLongest, zip_longest_new, zip_longest_next, zip_longest_traverse,
    "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.");

fn zip_longest_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = args::split(a, kw);
    let mut fill = none();
    for (k, v) in kwn.iter().zip(kwvals) {
        if crate::object::str::str_value(k) == Some("fillvalue") {
            fill = v.to_ref();
        } else {
            return Err(type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let iters: Vec<Option<PyRef>> = iters(pos)?.into_iter().map(Some).collect();
    let n = iters.len();
    Ok(new_object(t, |ob| ZipLongest { ob, iters: UnsafeCell::new(iters), active: Cell::new(n), fill }))
}

fn zip_longest_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    // SAFETY: zip_longest's slot.
    let z = unsafe { payload::<ZipLongest>(o) };
    // SAFETY: single-threaded; each iterator is cloned out before next().
    let n = unsafe { (*z.iters.get()).len() };
    if n == 0 || z.active.get() == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        // SAFETY: as above.
        let it = unsafe { (&(*z.iters.get()))[i].clone() };
        let v = match it {
            None => z.fill.clone(),
            Some(it) => match protocol::next(&it)? {
                Some(v) => v,
                None => {
                    // SAFETY: as above.
                    unsafe { (&mut (*z.iters.get()))[i] = None };
                    z.active.set(z.active.get() - 1);
                    if z.active.get() == 0 {
                        return Ok(None);
                    }
                    z.fill.clone()
                }
            },
        };
        out.push(v);
    }
    Ok(Some(new_tuple(out)))
}

// ---------------------------------------------------------- cycle collector --

/// Visit the reference a slot holds, if any.
pub(crate) fn visit_slot(slot: &RefSlot, visit: &mut dyn FnMut(&PyObject)) {
    if let Some(o) = slot.peek() {
        visit(o);
    }
}

fn chain_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: chain's slot.
    let c = unsafe { payload::<Chain>(o) };
    visit_slot(&c.source, visit);
    visit_slot(&c.active, visit);
}
fn chain_clear(o: &PyObject) {
    // SAFETY: chain's slot.
    let c = unsafe { payload::<Chain>(o) };
    c.source.clear();
    c.active.clear();
}
fn repeat_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: repeat's slot.
    visit(&unsafe { payload::<Repeat>(o) }.element);
}
fn starmap_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: starmap's slot.
    let s = unsafe { payload::<Starmap>(o) };
    visit(&s.func);
    visit(&s.it);
}
fn count_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: count's slot.
    let c = unsafe { payload::<Count>(o) };
    visit_slot(&c.next, visit);
    visit(&c.step);
}
fn islice_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: islice's slot.
    visit_slot(&unsafe { payload::<Islice>(o) }.it, visit);
}
fn cycle_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: cycle's slot.
    let c = unsafe { payload::<Cycle>(o) };
    visit_slot(&c.it, visit);
    c.saved.get().iter().for_each(|x| visit(x));
}
fn pred_iter_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: takewhile's, dropwhile's and filterfalse's slot.
    let p = unsafe { payload::<PredIter>(o) };
    visit(&p.pred);
    visit(&p.it);
}
fn compress_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: compress's slot.
    let c = unsafe { payload::<Compress>(o) };
    visit(&c.data);
    visit(&c.selectors);
}
fn accumulate_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: accumulate's slot.
    let a = unsafe { payload::<Accumulate>(o) };
    visit(&a.it);
    if let Some(f) = &a.func {
        visit(f);
    }
    visit_slot(&a.total, visit);
    visit_slot(&a.initial, visit);
}
fn pairwise_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: pairwise's slot.
    let p = unsafe { payload::<Pairwise>(o) };
    visit_slot(&p.it, visit);
    visit_slot(&p.old, visit);
}
fn zip_longest_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    // SAFETY: zip_longest's slot; no code runs while visiting.
    let z = unsafe { payload::<ZipLongest>(o) };
    // SAFETY: as above.
    for it in unsafe { &*z.iters.get() }.iter().flatten() {
        visit(it);
    }
    visit(&z.fill);
}

// ------------------------------------------------------------------ module --

/// Every type the module exports, by name.
fn module_types() -> Vec<(&'static str, &'static TypeObject)> {
    let mut v: Vec<(&'static str, &'static TypeObject)> = vec![
        ("chain", &CHAIN_TYPE),
        ("repeat", &REPEAT_TYPE),
        ("starmap", &STARMAP_TYPE),
        ("count", &COUNT_TYPE),
        ("islice", &ISLICE_TYPE),
        ("cycle", &CYCLE_TYPE),
        ("takewhile", &TAKEWHILE_TYPE),
        ("dropwhile", &DROPWHILE_TYPE),
        ("filterfalse", &FILTERFALSE_TYPE),
        ("compress", &COMPRESS_TYPE),
        ("accumulate", &ACCUMULATE_TYPE),
        ("pairwise", &PAIRWISE_TYPE),
        ("zip_longest", &ZIP_LONGEST_TYPE),
    ];
    v.extend(super::itertools_comb::module_types());
    v
}

/// The static types to ready at start-up.
pub fn static_types() -> Vec<&'static TypeObject> {
    module_types().into_iter().map(|(_, t)| t).collect()
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("itertools");
    let d = as_module(&m).expect("module").dict();
    for (name, t) in module_types() {
        dict_set_item_str(d, name, t.obj().to_ref());
    }
    let mname = new_str("itertools");
    for f in super::itertools_comb::FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    Ok(m)
}
