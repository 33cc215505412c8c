//! The generic paths of instructions whose logic used to live inline in
//! the eval loop: binary/unary operators, comparisons, calls, builds,
//! unpacking into registers, iteration, `with`, the handled-exception
//! stack. Each is the one implementation of its operation: the eval loop
//! calls it directly (inlined) and compiled code through its `pyrt_*`
//! wrapper (`abi::decl`). Signatures follow the ABI's rules (`abi/mod.rs`):
//! register windows are `*const *mut PyObject` + count, functions that
//! produce several values write the frame's registers.

use super::frame::Frame;
use super::ops_support as sup;
use crate::bytecode::{BinOpKind, CmpKind, UnaryKind};
use crate::object::exceptions::{system_error, PyErr};
use crate::object::int::new_bool;
use crate::object::{protocol, PyObject, PyRef, PyResult};

/// Store into register `i` of `f`, releasing the old value.
#[inline(always)]
fn put(f: &Frame, i: u16, v: Option<PyRef>) {
    // SAFETY: the instruction's registers were verified to be < nregs
    // (`object::code::verify`); compiled code passes the same operands.
    let old = unsafe { std::mem::replace(&mut *f.regs_ptr().add(i as usize), v) };
    drop(old);
}

#[cold]
fn bad_kind(what: &str) -> PyErr {
    system_error(format!("bad {what} kind"))
}

/// `a <op> b` (`BinaryOp`): int fast path on machine words, then the
/// protocol's dispatch.
#[inline(always)]
pub fn binary_op(a: &PyObject, b: &PyObject, kind: u16) -> PyResult<PyRef> {
    let kind = BinOpKind::from_u16(kind).ok_or_else(|| bad_kind("binary"))?;
    match sup::binary_fast(a, b, kind) {
        Some(v) => Ok(v),
        None => protocol::binary_op(a, b, kind),
    }
}

/// `a <cmp> b` (`CompareOp`): int/str fast paths, then rich comparison.
#[inline(always)]
pub fn compare_op(a: &PyObject, b: &PyObject, kind: u16) -> PyResult<PyRef> {
    let kind = CmpKind::from_u16(kind).ok_or_else(|| bad_kind("compare"))?;
    match sup::compare_fast(a, b, kind) {
        Some(v) => Ok(new_bool(v)),
        None => protocol::rich_compare(a, b, kind),
    }
}

/// `BinaryOp` through its inline cache (`ic::binop`).
#[inline(always)]
pub fn binary_op_ic(f: &Frame, a: &PyObject, b: &PyObject, kind: u16, ic: u16) -> PyResult<PyRef> {
    let kind = BinOpKind::from_u16(kind).ok_or_else(|| bad_kind("binary"))?;
    sup::binary_op_cached(f.code(), a, b, kind, ic)
}

/// `CompareOp` through its inline cache (`ic::binop`).
#[inline(always)]
pub fn compare_op_ic(f: &Frame, a: &PyObject, b: &PyObject, kind: u16, ic: u16) -> PyResult<PyRef> {
    let kind = CmpKind::from_u16(kind).ok_or_else(|| bad_kind("compare"))?;
    sup::compare_op_cached(f.code(), a, b, kind, ic)
}

/// `-v`, `+v`, `~v` (`UnaryOp`).
pub fn unary_op(v: &PyObject, kind: u16) -> PyResult<PyRef> {
    let kind = UnaryKind::from_u16(kind).ok_or_else(|| bad_kind("unary"))?;
    protocol::unary_op(v, kind)
}

/// `not v` (`Not`).
#[inline(always)]
pub fn not_(v: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(!protocol::is_true(v)?))
}

/// `item in container` (`ContainsOp`, before `invert`).
#[inline(always)]
pub fn contains(item: &PyObject, container: &PyObject) -> PyResult<bool> {
    protocol::contains(container, item)
}

/// `func(args[0..nargs])`, the last `len(kwnames)` arguments by keyword
/// (`Call`, `CallKw`).
#[inline(always)]
pub fn call(func: &PyObject, args: *const *mut PyObject, nargs: usize, kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: the window `args..args+nargs` is inside the frame (verified).
    let args = unsafe { crate::abi::objv(args, nargs)? };
    protocol::call(func, args, kwnames)
}

/// `CallMethod`/`CallMethodKw` after `LoadMethod`: `base[0]` the callable,
/// `base[1]` self or empty, then `argc` arguments.
#[inline(always)]
pub fn call_method(base: *const *mut PyObject, argc: usize, kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: the window `base..base+argc+2` is inside the frame (verified).
    let (func, has_self) = unsafe { (*base, !(*base.add(1)).is_null()) };
    if func.is_null() {
        return Err(crate::abi::empty_slot());
    }
    // SAFETY: as above; `func` is non-null and owned by its register.
    let func = unsafe { &*func };
    // SAFETY: as above.
    let args = unsafe {
        if has_self {
            crate::abi::objv(base.add(1), argc + 1)?
        } else {
            crate::abi::objv(base.add(2), argc)?
        }
    };
    protocol::call(func, args, kwnames)
}

/// `(items[0], ..., items[n-1])`
#[inline]
pub fn build_tuple(items: *const *mut PyObject, n: usize) -> PyResult<PyRef> {
    // SAFETY: a verified register window.
    let items = unsafe { crate::abi::objv(items, n)? };
    Ok(crate::object::tuple::tuple_from(items))
}

/// `[items...]`, moving the items out of their slots (always temporaries).
#[inline]
pub fn build_list(items: *mut *mut PyObject, n: usize) -> PyResult<PyRef> {
    // SAFETY: a verified register window; checked for empties first.
    unsafe { crate::abi::objv(items, n)? };
    let slots = items as *mut Option<PyRef>;
    // SAFETY: as above; `Option<PyRef>` has the representation of a
    // nullable object pointer; each slot is taken once.
    let v: Vec<PyRef> = (0..n).filter_map(|k| unsafe { (*slots.add(k)).take() }).collect();
    Ok(crate::object::list::new_list(v))
}

/// `{items...}`
pub fn build_set(items: *const *mut PyObject, n: usize) -> PyResult<PyRef> {
    // SAFETY: a verified register window.
    sup::build_set(unsafe { crate::abi::objv(items, n)? })
}

/// `{k0: v0, ...}` from `npairs` key/value pairs.
pub fn build_map(items: *const *mut PyObject, npairs: usize) -> PyResult<PyRef> {
    // SAFETY: a verified register window.
    sup::build_map(unsafe { crate::abi::objv(items, 2 * npairs)? })
}

/// `''.join(items)` (all str).
pub fn build_string(items: *const *mut PyObject, n: usize) -> PyResult<PyRef> {
    // SAFETY: a verified register window.
    sup::build_string(unsafe { crate::abi::objv(items, n)? })
}

/// `MakeFunction`: the extras (as many as bits in `flags`) start at `first`.
pub fn make_function(f: &Frame, code_const: &PyObject, flags: u16, first: *const *mut PyObject) -> PyResult<PyRef> {
    // SAFETY: a verified register window.
    let extras = unsafe { crate::abi::objv(first, flags.count_ones() as usize)? };
    sup::make_function(f, code_const, flags, extras)
}

/// `list.append(v)` (comprehensions).
#[inline]
pub fn list_append(list: &PyObject, v: &PyObject) -> PyResult<()> {
    sup::list(list)?.push(v.to_ref());
    Ok(())
}

/// `tuple(list)`
pub fn list_to_tuple(list: &PyObject) -> PyResult<PyRef> {
    Ok(crate::object::tuple::new_tuple(sup::list(list)?.items().to_vec()))
}

/// `map[key] = v` (dict displays and comprehensions).
pub fn map_add(map: &PyObject, key: &PyObject, v: &PyObject) -> PyResult<()> {
    crate::object::dict::dict_set(map, key, v)
}

/// `globals[name] = v`
pub fn store_global(f: &Frame, name: &PyObject, v: &PyObject) -> PyResult<()> {
    crate::object::dict::dict_set(&f.globals, name, v)
}

/// `cell.contents = v`
pub fn store_deref(cell: &PyObject, v: &PyObject) -> PyResult<()> {
    sup::cell(cell)?.set(Some(v.to_ref()));
    Ok(())
}

/// `dst = iter(v)`
#[inline(always)]
pub fn get_iter(v: &PyObject) -> PyResult<PyRef> {
    protocol::iter(v)
}

/// One `ForIter` step: the next value, or None when exhausted.
#[inline(always)]
pub fn for_iter(it: &PyObject) -> PyResult<Option<PyRef>> {
    // `for i in range(...)` (CPython's FOR_ITER_RANGE): no indirect call.
    if it.is_exact(&crate::object::range::RANGE_ITER_TYPE) {
        return Ok(crate::object::range::range_iter_next_i64(it).map(crate::object::int::new_int));
    }
    protocol::next(it)
}

/// `first .. first+count-1 = src`
pub fn unpack_sequence(f: &Frame, first: u16, src: &PyObject, count: u16) -> PyResult<()> {
    // Exact tuple or list of the right length (CPython's
    // UNPACK_SEQUENCE_TUPLE/LIST): the items are copied out first (storing
    // may free `src` or run a finalizer that changes the list), without a
    // heap vector.
    const SMALL: usize = 16;
    let n = count as usize;
    if n <= SMALL {
        let items: Option<&[PyRef]> = if src.is_exact(&crate::object::tuple::TUPLE_TYPE) {
            crate::object::tuple::tuple_slice(src)
        } else if src.is_exact(&crate::object::list::LIST_TYPE) {
            crate::object::list::as_list(src).map(|l| l.items())
        } else {
            None
        };
        if let Some(items) = items.filter(|i| i.len() == n) {
            let mut tmp: [Option<PyRef>; SMALL] = Default::default();
            for (t, v) in tmp.iter_mut().zip(items) {
                *t = Some(v.clone());
            }
            for (k, v) in tmp.into_iter().take(n).enumerate() {
                put(f, first + k as u16, v);
            }
            return Ok(());
        }
    }
    let items = sup::unpack(src, n)?;
    for (k, v) in items.into_iter().enumerate() {
        put(f, first + k as u16, Some(v));
    }
    Ok(())
}

/// `a, *b, c = src` into `before + 1 + after` registers from `first`.
pub fn unpack_ex(f: &Frame, first: u16, src: &PyObject, before: u16, after: u16) -> PyResult<()> {
    let items = sup::unpack_ex(src, before as usize, after as usize)?;
    for (k, v) in items.into_iter().enumerate() {
        put(f, first + k as u16, Some(v));
    }
    Ok(())
}

/// `LoadMethod`: `dst = function, dst+1 = obj` for a plain method, else
/// `dst = obj.name, dst+1 = empty`.
#[inline(always)]
pub fn load_method(f: &Frame, dst: u16, obj: &PyObject, name: &PyObject, ic: u16) -> PyResult<()> {
    let (m, self_) = sup::load_method(f.code(), obj, name, ic)?;
    put(f, dst, Some(m));
    put(f, dst + 1, self_);
    Ok(())
}

/// `with`: `exit = bound __exit__`, `dst = mgr.__enter__()`.
pub fn before_with(f: &Frame, dst: u16, exit: u16, mgr: &PyObject) -> PyResult<()> {
    let (x, entered) = sup::before_with(mgr)?;
    put(f, exit, Some(x));
    put(f, dst, Some(entered));
    Ok(())
}

/// `async with`: `exit = bound __aexit__`, `dst = mgr.__aenter__()`.
pub fn before_async_with(f: &Frame, dst: u16, exit: u16, mgr: &PyObject) -> PyResult<()> {
    let (x, aw) = super::async_gen::before_async_with(mgr)?;
    put(f, exit, Some(x));
    put(f, dst, Some(aw));
    Ok(())
}

/// Entering a handler: `exc` becomes the handled exception; returns the
/// previous one (None when there was none) for `PopExcInfo`.
#[inline]
pub fn push_exc_info(exc: &PyObject) -> PyResult<PyRef> {
    let old = super::set_handled_exception(Some(exc.to_ref()));
    Ok(old.unwrap_or_else(crate::object::none))
}

/// Leaving a handler: restore the saved handled exception (None: none).
#[inline]
pub fn pop_exc_info(saved: Option<PyRef>) {
    let saved = saved.filter(|v| !crate::object::singletons::is_none(v));
    drop(super::set_handled_exception(saved));
}

/// `raise` (kind 0: bare, 1: `raise exc`, 2: `raise exc from cause`): the
/// error and whether it gets a new traceback entry (a bare re-raise of the
/// handled exception does not).
pub fn raise(exc: Option<&PyObject>, cause: Option<&PyObject>, kind: u16) -> (PyErr, bool) {
    match (kind, exc) {
        (0, _) => match super::handled_exception() {
            Some(e) => (PyErr::from_value(e), false),
            None => (crate::object::exceptions::runtime_error("No active exception to reraise"), true),
        },
        (_, Some(exc)) => (sup::make_raise(exc, cause.filter(|_| kind == 2)), true),
        (_, None) => (system_error("raise without an exception"), true),
    }
}

/// `LoadBuildClass`
pub fn load_build_class(f: &Frame) -> PyResult<PyRef> {
    sup::load_builtin(f, crate::name!("__build_class__"))
}

/// `dst = cell.contents` for the cell in register `cell`.
#[inline]
pub fn load_deref(f: &Frame, cell: u16) -> PyResult<PyRef> {
    let unit = &f.code().unit;
    match f.reg(cell as usize) {
        Some(c) => sup::load_deref(unit, c, cell),
        None => Err(system_error("internal error: empty cell register")),
    }
}

/// A loop back-edge: tier-up counter, collector and Ctrl-C safe point.
#[inline(always)]
pub fn back_edge(f: &Frame) -> PyResult<()> {
    sup::back_edge(f.code())
}

/// `GetYieldFromIter`
pub fn get_yield_from_iter(f: &Frame, src: &PyObject) -> PyResult<PyRef> {
    sup::get_yield_from_iter(&f.code().unit, src)
}

/// `match`: whether `subject` is a mapping / a sequence for patterns.
pub fn match_mapping(subject: &PyObject) -> PyResult<PyRef> {
    Ok(super::match_ops::match_mapping(subject))
}

pub fn match_sequence(subject: &PyObject) -> PyResult<PyRef> {
    Ok(super::match_ops::match_sequence(subject))
}

/// `LoadFast`/`DeleteFast` of an empty local: the UnboundLocalError.
pub fn unbound_local(f: &Frame, reg: u16) -> PyResult<()> {
    Err(sup::unbound_local(&f.code().unit, reg))
}

/// `pyrt_raise`'s implementation: always an error.
pub fn raise_err(exc: Option<&PyObject>, cause: Option<&PyObject>, kind: u16) -> PyResult<()> {
    Err(raise(exc, cause, kind).0)
}

/// Find the handler for the error raised at `ip` in `f`: adds the
/// traceback entry (`add_tb`), stores the exception in the handler's
/// register and returns the handler's word index; without a handler the
/// error is returned (it propagates to the caller). The eval loop's error
/// path and compiled code (`pyrt_exc_dispatch`) both use it.
#[inline]
pub fn dispatch_exception(f: &Frame, ip: usize, err: PyErr, add_tb: bool) -> Result<usize, PyErr> {
    f.ip.set(ip as u32);
    if add_tb {
        sup::on_new_error(&err, f, ip);
    }
    match f.code().unit.handler_for(ip) {
        Some(h) => {
            put(f, h.exc_reg, Some(err.into_value()));
            Ok(h.handler as usize)
        }
        None => Err(err),
    }
}

/// `pyrt_exc_dispatch`: `dispatch_exception` for the exception pending in
/// the thread state; -1 (the exception still pending) when the frame has
/// no handler for `ip`.
pub fn exc_dispatch(f: &Frame, ip: u32, add_tb: u32) -> i64 {
    let ts = crate::abi::ts();
    let Some(err) = ts.take_exception() else { return -1 };
    match dispatch_exception(f, ip as usize, err, add_tb != 0) {
        Ok(h) => h as i64,
        Err(e) => {
            ts.set_exception(e);
            -1
        }
    }
}

/// Continue `f` in the interpreter at instruction `ip` until it returns
/// (deoptimisation and tier-down: "resume at instruction N"). The frame
/// must not be running.
pub fn resume_at(f: &Frame, ip: u32) -> PyResult<PyRef> {
    f.ip.set(ip);
    match super::eval::run_frame(f, None)? {
        super::eval::Exit::Return(v) => Ok(v),
        super::eval::Exit::Yield(_) => Err(system_error("resume_at: a frame that yields cannot be resumed this way")),
    }
}

/// A new reference (`Py_INCREF`).
#[inline]
pub fn incref(o: &PyObject) {
    o.incref();
}

/// Release a reference (`Py_DECREF`): may run finalizers, whose errors are
/// reported as unraisable.
#[inline]
pub fn decref(o: PyRef) {
    drop(o);
}

/// `LoadGlobal` through its inline cache.
#[inline(always)]
pub fn load_global(f: &Frame, name: &PyObject, ic: u16) -> PyResult<PyRef> {
    sup::load_global(f, f.code(), name, ic)
}

/// `LoadAttr` through its inline cache.
#[inline(always)]
pub fn load_attr(f: &Frame, obj: &PyObject, name: &PyObject, ic: u16) -> PyResult<PyRef> {
    sup::load_attr(f.code(), obj, name, ic)
}

/// `pyrt_pop_exc_info`: `pop_exc_info` of an owned reference.
pub fn pop_exc_info_ref(saved: PyRef) {
    pop_exc_info(Some(saved))
}

/// `StoreAttr` through its inline cache.
#[inline(always)]
pub fn store_attr(f: &Frame, obj: &PyObject, name: &PyObject, v: &PyObject, ic: u16) -> PyResult<()> {
    sup::store_attr(f.code(), obj, name, v, ic)
}

// ---- operations that used to be inline in the eval loop; compiled tiers
// call them through the ABI (`pyrt_*`), the interpreter directly ----

/// Register `reg` of `f` (empty: the internal-error SystemError).
#[inline]
fn reg_of(f: &Frame, reg: u16) -> PyResult<&PyObject> {
    f.reg(reg as usize).ok_or_else(|| system_error(format!("internal error: register r{} is empty", reg)))
}

/// A register the compiler guarantees set was empty (always fails).
pub fn empty_register(reg: u16) -> PyResult<()> {
    Err(system_error(format!("internal error: register r{} is empty", reg)))
}

/// Compiled code was entered at an instruction that is not a block start.
pub fn bad_resume(f: &Frame) -> PyResult<()> {
    Err(system_error(format!("internal error: compiled code entered at instruction {}", f.ip.get())))
}

/// Free an object whose count reached zero (the out-of-line half of an
/// inline decref).
pub fn dealloc(o: &PyObject) {
    // SAFETY: compiled code calls this once, for an object whose reference
    // count it just brought to zero; nothing else refers to it.
    unsafe { crate::object::typeobj::dealloc(o.as_ptr()) }
}

/// `DeleteDeref`: empty the cell in register `cell`; error if already empty.
pub fn delete_deref(f: &Frame, cell: u16) -> PyResult<()> {
    let c = sup::cell(reg_of(f, cell)?)?;
    if c.get_ref().is_none() {
        return Err(sup::unbound_deref(&f.code().unit, cell));
    }
    c.set(None);
    Ok(())
}

/// `LoadClassDeref`: `locals[name]` if present, else the cell's contents.
pub fn load_class_deref(f: &Frame, name: &PyObject, cell: u16) -> PyResult<PyRef> {
    sup::load_class_deref(f, name, reg_of(f, cell)?, &f.code().unit, cell)
}

/// `CheckEgMatch` (`except*` matching): writes registers `dst` and `exc`.
pub fn check_eg_match(f: &Frame, dst: u16, exc: u16, typ: u16) -> PyResult<()> {
    let (m, rest) = super::except_star::check_eg_match(reg_of(f, exc)?, reg_of(f, typ)?)?;
    match m {
        None => put(f, dst, Some(crate::object::none())),
        Some(m) => {
            put(f, exc, Some(rest));
            super::set_handled_exception(Some(m.clone()));
            put(f, dst, Some(m));
        }
    }
    Ok(())
}

/// `YieldFrom`: send register `dst` (taken) into the delegate in `iter`.
/// `Some(v)`: the delegate yielded `v` (the frame suspends); `None`: it
/// finished, its return value is in `dst` and `iter` is cleared.
pub fn yield_from(f: &Frame, dst: u16, iter: u16) -> PyResult<Option<PyRef>> {
    // SAFETY: verified register index.
    let sent = unsafe { (*f.regs_ptr().add(dst as usize)).take() };
    let it = reg_of(f, iter)?;
    match super::generator::delegate_send(it, sent)? {
        super::eval::Exit::Yield(v) => Ok(Some(v)),
        super::eval::Exit::Return(v) => {
            // The finished delegate is released now, as CPython pops it.
            put(f, iter, None);
            put(f, dst, Some(v));
            Ok(None)
        }
    }
}

/// Dispatch `err` raised at the frame's current instruction: the handler's
/// index, or -1 with the exception pending in the thread state.
fn dispatch_here(f: &Frame, err: PyErr, add_tb: bool) -> i64 {
    match dispatch_exception(f, f.ip.get() as usize, err, add_tb) {
        Ok(h) => h as i64,
        Err(e) => {
            crate::abi::ts().set_exception(e);
            -1
        }
    }
}

/// `Raise` in compiled code: raise and dispatch at the current instruction
/// (a bare re-raise adds no traceback entry).
pub fn do_raise(f: &Frame, exc: Option<&PyObject>, cause: Option<&PyObject>, kind: u16) -> i64 {
    let (e, tb) = raise(exc, cause, kind);
    dispatch_here(f, e, tb)
}

/// `Reraise`: the exception in `exc` again, keeping its traceback.
pub fn reraise_err(exc: &PyObject) -> (PyErr, bool) {
    if crate::object::exceptions::as_exception(exc).is_none() {
        return (system_error("Reraise of a non-exception"), true);
    }
    (PyErr::from_value(exc.to_ref()), false)
}

/// `Reraise` in compiled code: re-raise and dispatch.
pub fn do_reraise(f: &Frame, exc: &PyObject) -> i64 {
    let (e, tb) = reraise_err(exc);
    dispatch_here(f, e, tb)
}

/// `EndAsyncFor`: -2 when the exception in register `exc` ends the loop
/// (the register is cleared), else the re-raise's dispatch result.
pub fn end_async_for(f: &Frame, exc: u16) -> i64 {
    let e = match reg_of(f, exc) {
        Ok(e) => e.to_ref(),
        Err(e) => return dispatch_here(f, e, true),
    };
    if super::async_gen::ends_async_for(&e) {
        put(f, exc, None);
        return -2;
    }
    dispatch_here(f, PyErr::from_value(e), false)
}

/// An int object for a machine integer (compiled code's small-int fast
/// paths box their results with it).
pub fn new_int(v: i64) -> PyResult<PyRef> {
    Ok(crate::object::int::new_int(v))
}
