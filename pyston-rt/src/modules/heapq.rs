//! `_heapq`: CPython's heap algorithms on lists (`heappush`, `heappop`,
//! `heapify`, `heapreplace`, `heappushpop` and the `_max` variants used by
//! `heapq.merge`/`nlargest`), with the same comparison order (only `<`),
//! so results and the calls made to `__lt__` match CPython's. Comparisons
//! run Python code: the list is re-read after each one and a change of size
//! raises RuntimeError as in CPython.

use crate::bytecode::CmpKind;
use crate::object::args;
use crate::object::descr::new_builtin_function;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, PyErr, INDEX_ERROR, RUNTIME_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::list::{as_list, PyList};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};

fn list_arg<'a>(fname: &str, o: &'a PyObject, argpos: Option<usize>) -> PyResult<&'a PyList> {
    as_list(o).ok_or_else(|| {
        let which = match argpos {
            Some(n) => format!("argument {}", n),
            None => "argument".to_string(),
        };
        type_error(format!("{}() {} must be list, not {}", fname, which, o.type_().name()))
    })
}

fn changed() -> PyErr {
    PyErr::new(&RUNTIME_ERROR, "list changed size during iteration")
}

fn index_error() -> PyErr {
    PyErr::new(&INDEX_ERROR, "index out of range")
}

/// `a < b` (min-heap) or `b < a` (max-heap).
fn less(a: &PyObject, b: &PyObject, max: bool) -> PyResult<bool> {
    if max {
        protocol::rich_compare_bool(b, a, CmpKind::Lt)
    } else {
        protocol::rich_compare_bool(a, b, CmpKind::Lt)
    }
}

fn siftdown(heap: &PyList, startpos: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = heap.len();
    if pos >= size {
        return Err(index_error());
    }
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let newitem = heap.items()[pos].clone();
        let parent = heap.items()[parentpos].clone();
        let lt = less(&newitem, &parent, max)?;
        if heap.len() != size {
            return Err(changed());
        }
        if !lt {
            break;
        }
        heap.items_mut().swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

fn siftup(heap: &PyList, mut pos: usize, max: bool) -> PyResult<()> {
    let endpos = heap.len();
    let startpos = pos;
    if pos >= endpos {
        return Err(index_error());
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let a = heap.items()[childpos].clone();
            let b = heap.items()[childpos + 1].clone();
            let lt = less(&a, &b, max)?;
            if !lt {
                childpos += 1;
            }
            if heap.len() != endpos {
                return Err(changed());
            }
        }
        heap.items_mut().swap(childpos, pos);
        pos = childpos;
    }
    siftdown(heap, startpos, pos, max)
}

fn f_heappush(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("heappush", kw)?;
    args::check_positional("heappush", a.len(), 2, 2)?;
    let heap = list_arg("heappush", a[0], Some(1))?;
    heap.push(a[1].to_ref());
    siftdown(heap, 0, heap.len() - 1, false)?;
    Ok(none())
}

fn pop(fname: &str, a: &[&PyObject], kw: Option<&PyObject>, max: bool) -> PyResult<PyRef> {
    let o = args::one_arg(&format!("_heapq.{}", fname), a, kw)?;
    let heap = list_arg(fname, o, None)?;
    let Some(last) = heap.items_mut().pop() else {
        return Err(index_error());
    };
    if heap.is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut heap.items_mut()[0], last);
    siftup(heap, 0, max)?;
    Ok(ret)
}

fn replace(fname: &str, a: &[&PyObject], kw: Option<&PyObject>, max: bool) -> PyResult<PyRef> {
    args::no_kwargs(fname, kw)?;
    args::check_positional(fname, a.len(), 2, 2)?;
    let heap = list_arg(fname, a[0], Some(1))?;
    if heap.is_empty() {
        return Err(index_error());
    }
    let ret = std::mem::replace(&mut heap.items_mut()[0], a[1].to_ref());
    siftup(heap, 0, max)?;
    Ok(ret)
}

fn heapify(fname: &str, a: &[&PyObject], kw: Option<&PyObject>, max: bool) -> PyResult<PyRef> {
    let o = args::one_arg(&format!("_heapq.{}", fname), a, kw)?;
    let heap = list_arg(fname, o, None)?;
    let n = heap.len();
    for i in (0..n / 2).rev() {
        siftup(heap, i, max)?;
    }
    Ok(none())
}

fn f_heappop(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    pop("heappop", a, kw, false)
}

fn f_heappop_max(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    pop("_heappop_max", a, kw, true)
}

fn f_heapreplace(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    replace("heapreplace", a, kw, false)
}

fn f_heapreplace_max(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    replace("_heapreplace_max", a, kw, true)
}

fn f_heapify(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    heapify("heapify", a, kw, false)
}

fn f_heapify_max(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    heapify("_heapify_max", a, kw, true)
}

fn f_heappushpop(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("heappushpop", kw)?;
    args::check_positional("heappushpop", a.len(), 2, 2)?;
    let heap = list_arg("heappushpop", a[0], Some(1))?;
    let item = a[1];
    let Some(top) = heap.items().first().cloned() else {
        return Ok(item.to_ref());
    };
    if !protocol::rich_compare_bool(&top, item, CmpKind::Lt)? {
        return Ok(item.to_ref());
    }
    if heap.is_empty() {
        return Err(index_error());
    }
    let ret = std::mem::replace(&mut heap.items_mut()[0], item.to_ref());
    siftup(heap, 0, false)?;
    Ok(ret)
}

static FUNCS: [MethodDef; 8] = [
    MethodDef { name: "heappush", func: f_heappush, flags: 0, doc: "Push item onto heap, maintaining the heap invariant." },
    MethodDef { name: "heappushpop", func: f_heappushpop, flags: 0, doc: "Push item on the heap, then pop and return the smallest item from the heap." },
    MethodDef { name: "heappop", func: f_heappop, flags: 0, doc: "Pop the smallest item off the heap, maintaining the heap invariant." },
    MethodDef { name: "heapreplace", func: f_heapreplace, flags: 0, doc: "Pop and return the current smallest value, and add the new item." },
    MethodDef { name: "heapify", func: f_heapify, flags: 0, doc: "Transform list into a heap, in-place, in O(len(heap)) time." },
    MethodDef { name: "_heappop_max", func: f_heappop_max, flags: 0, doc: "Maxheap variant of heappop." },
    MethodDef { name: "_heapreplace_max", func: f_heapreplace_max, flags: 0, doc: "Maxheap variant of heapreplace." },
    MethodDef { name: "_heapify_max", func: f_heapify_max, flags: 0, doc: "Maxheap variant of heapify." },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_heapq");
    let d = as_module(&m).expect("module").dict();
    let mname = new_str("_heapq");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    Ok(m)
}
