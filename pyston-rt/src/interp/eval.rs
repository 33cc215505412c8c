//! The tier-0 interpreter: executes a frame's register bytecode.
//!
//! Dispatch is one `match` on `Op` (exhaustive: a new opcode does not
//! compile until it is handled here). Operands are decoded with the
//! generated `ops::X::decode`. Code objects are verified when materialized
//! (`object::code::verify`), so register, constant and name indices are in
//! range; an empty register where the compiler guarantees a value is a
//! SystemError, never undefined behaviour.
//!
//! Errors: every fallible handler yields `PyResult`; on error the loop adds a
//! traceback entry (unless it is a re-raise), looks up the innermost
//! exception-table entry covering the instruction, stores the exception in
//! the entry's register and continues at its handler, or returns the error.

use super::frame::{state, Frame};
use super::generic as gen;
use super::ops_support as sup;
use crate::bytecode::opcodes::ops;
use crate::bytecode::Op;
use crate::object::code::PyCode;
use crate::object::exceptions::{system_error, PyErr};
use crate::object::int::new_bool;
use crate::object::{protocol, PyObject, PyRef, PyResult};

/// Register `i`'s slot as the ABI's object-slot pointer (a window start).
#[inline(always)]
fn slot(regs: *mut Option<PyRef>, i: u16) -> *mut *mut PyObject {
    // SAFETY: `verify` checked the window is inside the frame;
    // `Option<PyRef>` has the representation of a nullable object pointer.
    unsafe { regs.add(i as usize) as *mut *mut PyObject }
}

/// Borrow register `i` (empty: SystemError).
#[inline(always)]
fn get<'a>(regs: *mut Option<PyRef>, i: u16) -> PyResult<&'a PyObject> {
    // SAFETY: `verify` checked i < nregs; registers live as long as the frame.
    match unsafe { &*regs.add(i as usize) } {
        Some(o) => Ok(o),
        None => Err(empty_register(i)),
    }
}

#[cold]
fn empty_register(i: u16) -> PyErr {
    system_error(format!("internal error: register r{} is empty", i))
}

/// A call consumes its argument window (always temporaries), as CPython's
/// stack: the arguments are released when the call returns, not when the
/// registers are next overwritten (`__del__` timing).
#[inline(always)]
fn consume_window(regs: *mut Option<PyRef>, start: u16, n: usize) {
    for k in 0..n {
        // SAFETY: the verifier checked the window is inside the frame; the
        // old value is moved out before it drops.
        let old = unsafe { (*regs.add(start as usize + k)).take() };
        drop(old);
    }
}

/// Store into register `i`, releasing the old value.
#[inline(always)]
fn set(regs: *mut Option<PyRef>, i: u16, v: PyRef) {
    // SAFETY: `verify` checked i < nregs.
    let old = unsafe { std::mem::replace(&mut *regs.add(i as usize), Some(v)) };
    drop(old);
}

/// Empty register `i`.
#[inline(always)]
fn clear(regs: *mut Option<PyRef>, i: u16) {
    // SAFETY: `verify` checked i < nregs.
    let old = unsafe { (*regs.add(i as usize)).take() };
    drop(old);
}

/// Take the value out of register `i`.
#[inline(always)]
fn take(regs: *mut Option<PyRef>, i: u16) -> Option<PyRef> {
    // SAFETY: `verify` checked i < nregs.
    unsafe { (*regs.add(i as usize)).take() }
}

/// The truth of a conditional jump's `cond` register. When the jump
/// reads it for the last time (the instruction's only last-use mark,
/// `word0` being its opcode slot), the value is moved out and released
/// after the test and before the jump, as CPython's POP_JUMP_IF_* pops it
/// (a `__del__` runs before the branch taken).
#[inline(always)]
fn cond_truth(regs: *mut Option<PyRef>, word0: u16, cond: u16) -> PyResult<bool> {
    if word0 >> crate::bytecode::instr::CLEAR_SHIFT == 0 {
        return sup::truthy(get(regs, cond)?);
    }
    match take(regs, cond) {
        Some(v) => sup::truthy(&v),
        None => Err(empty_register(cond)),
    }
}

/// How a frame's execution ended.
pub enum Exit {
    Return(PyRef),
    Yield(PyRef),
}

/// Run `f` from its current instruction until it returns, yields or raises.
/// `throw`: resume by raising this exception at the current instruction
/// (generator `throw()`).
pub fn run_frame(f: &Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    crate::runtime::enter_recursive_call("")?;
    crate::object::gc::maybe_collect();
    let prev = super::push_frame(f);
    f.state.set(state::RUNNING);
    // Profiling (`_lsprof`): one predictable branch while disabled.
    if crate::modules::lsprof::ACTIVE.load(std::sync::atomic::Ordering::Relaxed) {
        crate::modules::lsprof::py_call(&f.code);
    }
    // The LLVM tier (`--tier=llvm`): compiled code continues the frame at
    // its current instruction; code it cannot compile stays interpreted.
    let r = match crate::llvm::entry_for(f.code()) {
        Some(entry) => crate::llvm::run_compiled(f, throw, entry),
        None if crate::runtime::stats::enabled() => run::<true>(f, throw),
        None => run::<false>(f, throw),
    };
    if crate::modules::lsprof::ACTIVE.load(std::sync::atomic::Ordering::Relaxed) {
        crate::modules::lsprof::py_return();
    }
    if !f.frame_obj.get().is_null() && !matches!(r, Ok(Exit::Yield(_))) {
        // Still the current frame: its frame object records the caller.
        crate::object::frameobject::on_frame_exit(f);
    }
    super::pop_frame(f, prev);
    crate::runtime::leave_recursive_call();
    match &r {
        Ok(Exit::Yield(_)) => f.state.set(state::SUSPENDED),
        _ => f.state.set(state::FINISHED),
    }
    r
}

/// `STATS`: count every instruction executed (`--stats`; a separate
/// instantiation so the normal loop pays nothing).
fn run<const STATS: bool>(f: &Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    let code: &PyCode = f.code();
    let unit = &*code.unit;
    let words = &unit.code[..];
    let consts = &code.consts[..];
    let names = &code.names[..];
    let regs = f.regs_ptr();
    let mut ip = f.ip.get() as usize;
    // A pending error to dispatch before executing anything (throw()).
    let mut pending: Option<(PyErr, bool)> = throw.map(|e| (e, true));

    loop {
        // Dispatch until an error; `err` holds it and whether to add a tb entry.
        let (err, add_tb) = match pending.take() {
            Some(p) => p,
            None => 'dispatch: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'dispatch (e, true),
                        }
                    };
                }
                // Release the registers the instruction at `ip` read for the
                // last time (marked by liveness.rs), as CPython's stack pops
                // them: on every way out of the instruction but an error.
                macro_rules! clear_marks {
                    ($op:expr) => {{
                        let mut marks = words[ip].0[0] >> crate::bytecode::instr::CLEAR_SHIFT;
                        if marks != 0 {
                            const SLOTS: [u8; 8] = $op.reg_slots();
                            // One register operand (conditional jumps,
                            // most stores): only its bit can be set.
                            const ONE: bool = SLOTS[1] == 0;
                            if ONE {
                                let slot = SLOTS[0] as usize;
                                clear(regs, words[ip + slot / 4].0[slot % 4]);
                            } else {
                                while marks != 0 {
                                    let slot = SLOTS[marks.trailing_zeros() as usize] as usize;
                                    marks &= marks - 1;
                                    clear(regs, words[ip + slot / 4].0[slot % 4]);
                                }
                            }
                        }
                    }};
                }
                macro_rules! next {
                    ($op:expr) => {{
                        clear_marks!($op);
                        ip += $op.width();
                        continue 'dispatch;
                    }};
                }
                // A jump: release the marked registers, then continue at `target`.
                macro_rules! jump {
                    ($op:expr, $target:expr) => {{
                        clear_marks!($op);
                        ip = $target as usize;
                        continue 'dispatch;
                    }};
                }
                let op = match words.get(ip).and_then(|w| Op::from_u16(w.0[0])) {
                    Some(op) => op,
                    None => break 'dispatch (system_error("invalid opcode or end of code reached"), true),
                };
                // The current instruction is always visible to code this
                // instruction runs (f_lineno of callers, tracebacks), as
                // CPython's frame->prev_instr.
                f.ip.set(ip as u32);
                if STATS {
                    crate::runtime::stats::add_instructions(1);
                }
                match op {
                    Op::Nop => next!(Op::Nop),
                    Op::LoadConst => {
                        let i = ops::LoadConst::decode(words, ip);
                        set(regs, i.dst, consts[i.k as usize].clone());
                        next!(Op::LoadConst)
                    }
                    Op::Move => {
                        let i = ops::Move::decode(words, ip);
                        let v = tri!(get(regs, i.src)).to_ref();
                        set(regs, i.dst, v);
                        next!(Op::Move)
                    }
                    Op::LoadFast => {
                        let i = ops::LoadFast::decode(words, ip);
                        // SAFETY: verified register index.
                        match unsafe { &*regs.add(i.src as usize) } {
                            Some(v) => {
                                let v = v.clone();
                                set(regs, i.dst, v);
                            }
                            None => break 'dispatch (sup::unbound_local(unit, i.src), true),
                        }
                        next!(Op::LoadFast)
                    }
                    Op::DeleteFast => {
                        let i = ops::DeleteFast::decode(words, ip);
                        if take(regs, i.reg).is_none() {
                            break 'dispatch (sup::unbound_local(unit, i.reg), true);
                        }
                        next!(Op::DeleteFast)
                    }
                    Op::ClearReg => {
                        let i = ops::ClearReg::decode(words, ip);
                        clear(regs, i.reg);
                        next!(Op::ClearReg)
                    }
                    Op::LoadDeref => {
                        let i = ops::LoadDeref::decode(words, ip);
                        let v = tri!(gen::load_deref(f, i.cell));
                        set(regs, i.dst, v);
                        next!(Op::LoadDeref)
                    }
                    Op::StoreDeref => {
                        let i = ops::StoreDeref::decode(words, ip);
                        tri!(gen::store_deref(tri!(get(regs, i.cell)), tri!(get(regs, i.src))));
                        next!(Op::StoreDeref)
                    }
                    Op::DeleteDeref => {
                        let i = ops::DeleteDeref::decode(words, ip);
                        tri!(gen::delete_deref(f, i.cell));
                        next!(Op::DeleteDeref)
                    }
                    Op::LoadClassDeref => {
                        let i = ops::LoadClassDeref::decode(words, ip);
                        let v = tri!(gen::load_class_deref(f, &names[i.name as usize], i.cell));
                        set(regs, i.dst, v);
                        next!(Op::LoadClassDeref)
                    }
                    Op::LoadGlobal => {
                        let i = ops::LoadGlobal::decode(words, ip);
                        let v = tri!(gen::load_global(f, &names[i.name as usize], i.ic));
                        set(regs, i.dst, v);
                        next!(Op::LoadGlobal)
                    }
                    Op::StoreGlobal => {
                        let i = ops::StoreGlobal::decode(words, ip);
                        let v = tri!(get(regs, i.src));
                        tri!(gen::store_global(f, &names[i.name as usize], v));
                        next!(Op::StoreGlobal)
                    }
                    Op::DeleteGlobal => {
                        let i = ops::DeleteGlobal::decode(words, ip);
                        tri!(sup::delete_global(f, &names[i.name as usize]));
                        next!(Op::DeleteGlobal)
                    }
                    Op::LoadName => {
                        let i = ops::LoadName::decode(words, ip);
                        let v = tri!(sup::load_name(f, &names[i.name as usize]));
                        set(regs, i.dst, v);
                        next!(Op::LoadName)
                    }
                    Op::StoreName => {
                        let i = ops::StoreName::decode(words, ip);
                        let v = tri!(get(regs, i.src));
                        tri!(sup::store_name(f, &names[i.name as usize], v));
                        next!(Op::StoreName)
                    }
                    Op::DeleteName => {
                        let i = ops::DeleteName::decode(words, ip);
                        tri!(sup::delete_name(f, &names[i.name as usize]));
                        next!(Op::DeleteName)
                    }
                    Op::LoadAttr => {
                        let i = ops::LoadAttr::decode(words, ip);
                        let v = tri!(gen::load_attr(f, tri!(get(regs, i.obj)), &names[i.name as usize], i.ic));
                        set(regs, i.dst, v);
                        next!(Op::LoadAttr)
                    }
                    Op::StoreAttr => {
                        let i = ops::StoreAttr::decode(words, ip);
                        tri!(gen::store_attr(f, tri!(get(regs, i.obj)), &names[i.name as usize], tri!(get(regs, i.src)), i.ic));
                        next!(Op::StoreAttr)
                    }
                    Op::DeleteAttr => {
                        let i = ops::DeleteAttr::decode(words, ip);
                        tri!(protocol::delattr(tri!(get(regs, i.obj)), &names[i.name as usize]));
                        next!(Op::DeleteAttr)
                    }
                    Op::LoadMethod => {
                        let i = ops::LoadMethod::decode(words, ip);
                        tri!(gen::load_method(f, i.dst, tri!(get(regs, i.obj)), &names[i.name as usize], i.ic));
                        next!(Op::LoadMethod)
                    }
                    Op::Subscr => {
                        let i = ops::Subscr::decode(words, ip);
                        let v = tri!(sup::subscr(tri!(get(regs, i.obj)), tri!(get(regs, i.key))));
                        set(regs, i.dst, v);
                        next!(Op::Subscr)
                    }
                    Op::StoreSubscr => {
                        let i = ops::StoreSubscr::decode(words, ip);
                        tri!(protocol::setitem(tri!(get(regs, i.obj)), tri!(get(regs, i.key)), tri!(get(regs, i.src))));
                        next!(Op::StoreSubscr)
                    }
                    Op::DeleteSubscr => {
                        let i = ops::DeleteSubscr::decode(words, ip);
                        tri!(protocol::delitem(tri!(get(regs, i.obj)), tri!(get(regs, i.key))));
                        next!(Op::DeleteSubscr)
                    }
                    Op::BuildSlice => {
                        let i = ops::BuildSlice::decode(words, ip);
                        let v = tri!(sup::build_slice(tri!(get(regs, i.start)), tri!(get(regs, i.stop)), tri!(get(regs, i.step))));
                        set(regs, i.dst, v);
                        next!(Op::BuildSlice)
                    }
                    Op::UnaryOp => {
                        let i = ops::UnaryOp::decode(words, ip);
                        let v = tri!(gen::unary_op(tri!(get(regs, i.src)), i.kind));
                        set(regs, i.dst, v);
                        next!(Op::UnaryOp)
                    }
                    Op::Not => {
                        let i = ops::Not::decode(words, ip);
                        let v = tri!(gen::not_(tri!(get(regs, i.src))));
                        set(regs, i.dst, v);
                        next!(Op::Not)
                    }
                    Op::BinaryOp => {
                        let i = ops::BinaryOp::decode(words, ip);
                        let v = tri!(gen::binary_op_ic(f, tri!(get(regs, i.lhs)), tri!(get(regs, i.rhs)), i.kind, i.ic));
                        set(regs, i.dst, v);
                        next!(Op::BinaryOp)
                    }
                    Op::CompareOp => {
                        let i = ops::CompareOp::decode(words, ip);
                        let v = tri!(gen::compare_op_ic(f, tri!(get(regs, i.lhs)), tri!(get(regs, i.rhs)), i.kind, i.ic));
                        set(regs, i.dst, v);
                        next!(Op::CompareOp)
                    }
                    Op::IsOp => {
                        let i = ops::IsOp::decode(words, ip);
                        let r = tri!(get(regs, i.lhs)).is(tri!(get(regs, i.rhs)));
                        set(regs, i.dst, new_bool(r != (i.invert != 0)));
                        next!(Op::IsOp)
                    }
                    Op::ContainsOp => {
                        let i = ops::ContainsOp::decode(words, ip);
                        let r = tri!(gen::contains(tri!(get(regs, i.lhs)), tri!(get(regs, i.rhs))));
                        set(regs, i.dst, new_bool(r != (i.invert != 0)));
                        next!(Op::ContainsOp)
                    }
                    Op::Jump => {
                        let i = ops::Jump::decode(words, ip);
                        if (i.target as usize) <= ip {
                            tri!(gen::back_edge(f));
                        }
                        ip = i.target as usize;
                    }
                    Op::JumpIfTrue => {
                        let i = ops::JumpIfTrue::decode(words, ip);
                        let t = tri!(cond_truth(regs, words[ip].0[0], i.cond));
                        if t && (i.target as usize) <= ip {
                            // A loop's conditional back-edge: a safe point too.
                            tri!(gen::back_edge(f));
                        }
                        ip = if t { i.target as usize } else { ip + Op::JumpIfTrue.width() };
                    }
                    Op::JumpIfFalse => {
                        let i = ops::JumpIfFalse::decode(words, ip);
                        let t = tri!(cond_truth(regs, words[ip].0[0], i.cond));
                        if !t && (i.target as usize) <= ip {
                            tri!(gen::back_edge(f));
                        }
                        ip = if !t { i.target as usize } else { ip + Op::JumpIfFalse.width() };
                    }
                    Op::JumpIfNone => {
                        let i = ops::JumpIfNone::decode(words, ip);
                        let is_none = crate::object::singletons::is_none(tri!(get(regs, i.src)));
                        if is_none != (i.invert != 0) {
                            if (i.target as usize) <= ip {
                                tri!(gen::back_edge(f));
                            }
                            jump!(Op::JumpIfNone, i.target)
                        }
                        next!(Op::JumpIfNone)
                    }
                    Op::GetIter => {
                        let i = ops::GetIter::decode(words, ip);
                        let v = tri!(gen::get_iter(tri!(get(regs, i.src))));
                        set(regs, i.dst, v);
                        next!(Op::GetIter)
                    }
                    Op::ForIter => {
                        let i = ops::ForIter::decode(words, ip);
                        match tri!(gen::for_iter(tri!(get(regs, i.iter)))) {
                            Some(v) => {
                                set(regs, i.dst, v);
                                next!(Op::ForIter)
                            }
                            None => jump!(Op::ForIter, i.target),
                        }
                    }
                    Op::Return => {
                        let i = ops::Return::decode(words, ip);
                        let v = if f.frame_obj.get().is_null() {
                            tri!(take(regs, i.src).ok_or_else(|| empty_register(i.src)))
                        } else {
                            // A frame object may read the locals after return.
                            tri!(get(regs, i.src)).to_ref()
                        };
                        return Ok(Exit::Return(v));
                    }
                    Op::Call => {
                        let i = ops::Call::decode(words, ip);
                        let v = tri!(gen::call(tri!(get(regs, i.func)), slot(regs, i.func + 1), i.argc as usize, None));
                        consume_window(regs, i.func, i.argc as usize + 1);
                        set(regs, i.dst, v);
                        next!(Op::Call)
                    }
                    Op::CallKw => {
                        let i = ops::CallKw::decode(words, ip);
                        let kw = tri!(get(regs, i.func + 1 + i.argc));
                        let v = tri!(gen::call(tri!(get(regs, i.func)), slot(regs, i.func + 1), i.argc as usize, Some(kw)));
                        consume_window(regs, i.func, i.argc as usize + 2);
                        set(regs, i.dst, v);
                        next!(Op::CallKw)
                    }
                    Op::CallMethod | Op::CallMethodKw => {
                        let i = ops::CallMethod::decode(words, ip);
                        let argc = i.argc as usize;
                        let kw = if op == Op::CallMethodKw { Some(tri!(get(regs, i.base + 2 + i.argc))) } else { None };
                        let v = tri!(gen::call_method(slot(regs, i.base), argc, kw));
                        consume_window(regs, i.base, argc + 2 + usize::from(op == Op::CallMethodKw));
                        set(regs, i.dst, v);
                        // Both forms have the same operands (and mark slots).
                        clear_marks!(Op::CallMethod);
                        ip += op.width();
                    }
                    Op::CallEx => {
                        let i = ops::CallEx::decode(words, ip);
                        let v = tri!(sup::call_ex(tri!(get(regs, i.func)), tri!(get(regs, i.args)), tri!(get(regs, i.kwargs))));
                        set(regs, i.dst, v);
                        next!(Op::CallEx)
                    }
                    Op::BuildTuple => {
                        let i = ops::BuildTuple::decode(words, ip);
                        let v = tri!(gen::build_tuple(slot(regs, i.first), i.count as usize));
                        set(regs, i.dst, v);
                        next!(Op::BuildTuple)
                    }
                    Op::BuildList => {
                        let i = ops::BuildList::decode(words, ip);
                        // The element window is always temporaries: moved in.
                        let v = tri!(gen::build_list(slot(regs, i.first), i.count as usize));
                        set(regs, i.dst, v);
                        next!(Op::BuildList)
                    }
                    Op::BuildSet => {
                        let i = ops::BuildSet::decode(words, ip);
                        let v = tri!(gen::build_set(slot(regs, i.first), i.count as usize));
                        set(regs, i.dst, v);
                        next!(Op::BuildSet)
                    }
                    Op::BuildMap => {
                        let i = ops::BuildMap::decode(words, ip);
                        let v = tri!(gen::build_map(slot(regs, i.first), i.count as usize));
                        set(regs, i.dst, v);
                        next!(Op::BuildMap)
                    }
                    Op::BuildString => {
                        let i = ops::BuildString::decode(words, ip);
                        let v = tri!(gen::build_string(slot(regs, i.first), i.count as usize));
                        set(regs, i.dst, v);
                        next!(Op::BuildString)
                    }
                    Op::FormatValue => {
                        let i = ops::FormatValue::decode(words, ip);
                        let spec = if i.flags & crate::bytecode::opcodes::format_flags::HAS_SPEC != 0 {
                            Some(tri!(get(regs, i.spec)))
                        } else {
                            None
                        };
                        let v = tri!(sup::format_value(tri!(get(regs, i.src)), spec, i.flags));
                        set(regs, i.dst, v);
                        next!(Op::FormatValue)
                    }
                    Op::ListAppend => {
                        let i = ops::ListAppend::decode(words, ip);
                        tri!(gen::list_append(tri!(get(regs, i.list)), tri!(get(regs, i.src))));
                        next!(Op::ListAppend)
                    }
                    Op::ListExtend => {
                        let i = ops::ListExtend::decode(words, ip);
                        tri!(sup::list_extend(tri!(get(regs, i.list)), tri!(get(regs, i.src))));
                        next!(Op::ListExtend)
                    }
                    Op::ListToTuple => {
                        let i = ops::ListToTuple::decode(words, ip);
                        let v = tri!(gen::list_to_tuple(tri!(get(regs, i.src))));
                        set(regs, i.dst, v);
                        next!(Op::ListToTuple)
                    }
                    Op::SetAdd => {
                        let i = ops::SetAdd::decode(words, ip);
                        tri!(sup::set_add(tri!(get(regs, i.set)), tri!(get(regs, i.src))));
                        next!(Op::SetAdd)
                    }
                    Op::SetUpdate => {
                        let i = ops::SetUpdate::decode(words, ip);
                        tri!(sup::set_update(tri!(get(regs, i.set)), tri!(get(regs, i.src))));
                        next!(Op::SetUpdate)
                    }
                    Op::MapAdd => {
                        let i = ops::MapAdd::decode(words, ip);
                        tri!(gen::map_add(tri!(get(regs, i.map)), tri!(get(regs, i.key)), tri!(get(regs, i.val))));
                        next!(Op::MapAdd)
                    }
                    Op::DictUpdate => {
                        let i = ops::DictUpdate::decode(words, ip);
                        tri!(sup::dict_update(tri!(get(regs, i.map)), tri!(get(regs, i.src))));
                        next!(Op::DictUpdate)
                    }
                    Op::DictMerge => {
                        let i = ops::DictMerge::decode(words, ip);
                        tri!(sup::dict_merge(tri!(get(regs, i.map)), tri!(get(regs, i.src)), tri!(get(regs, i.func))));
                        next!(Op::DictMerge)
                    }
                    Op::UnpackSequence => {
                        let i = ops::UnpackSequence::decode(words, ip);
                        tri!(gen::unpack_sequence(f, i.first, tri!(get(regs, i.src)), i.count));
                        next!(Op::UnpackSequence)
                    }
                    Op::UnpackEx => {
                        let i = ops::UnpackEx::decode(words, ip);
                        tri!(gen::unpack_ex(f, i.first, tri!(get(regs, i.src)), i.before, i.after));
                        next!(Op::UnpackEx)
                    }
                    Op::MakeFunction => {
                        let i = ops::MakeFunction::decode(words, ip);
                        let v = tri!(gen::make_function(f, &consts[i.code as usize], i.flags, slot(regs, i.first)));
                        set(regs, i.dst, v);
                        next!(Op::MakeFunction)
                    }
                    Op::LoadBuildClass => {
                        let i = ops::LoadBuildClass::decode(words, ip);
                        let v = tri!(gen::load_build_class(f));
                        set(regs, i.dst, v);
                        next!(Op::LoadBuildClass)
                    }
                    Op::SetupAnnotations => {
                        tri!(sup::setup_annotations(f));
                        next!(Op::SetupAnnotations)
                    }
                    Op::Raise => {
                        let i = ops::Raise::decode(words, ip);
                        // A bare `raise` re-raises the handled exception as is.
                        let exc = if i.kind != 0 { Some(tri!(get(regs, i.exc))) } else { None };
                        let cause = if i.kind == 2 { Some(tri!(get(regs, i.cause))) } else { None };
                        break 'dispatch gen::raise(exc, cause, i.kind);
                    }
                    Op::Reraise => {
                        let i = ops::Reraise::decode(words, ip);
                        break 'dispatch gen::reraise_err(tri!(get(regs, i.exc)));
                    }
                    Op::PushExcInfo => {
                        let i = ops::PushExcInfo::decode(words, ip);
                        let old = tri!(gen::push_exc_info(tri!(get(regs, i.exc))));
                        set(regs, i.save, old);
                        next!(Op::PushExcInfo)
                    }
                    Op::PopExcInfo => {
                        let i = ops::PopExcInfo::decode(words, ip);
                        gen::pop_exc_info(take(regs, i.save));
                        next!(Op::PopExcInfo)
                    }
                    Op::CheckExcMatch => {
                        let i = ops::CheckExcMatch::decode(words, ip);
                        let r = tri!(sup::exc_match(tri!(get(regs, i.exc)), tri!(get(regs, i.typ))));
                        set(regs, i.dst, new_bool(r));
                        next!(Op::CheckExcMatch)
                    }
                    Op::LoadAssertionError => {
                        let i = ops::LoadAssertionError::decode(words, ip);
                        set(regs, i.dst, crate::object::exceptions::ASSERTION_ERROR.to_ref());
                        next!(Op::LoadAssertionError)
                    }
                    Op::BeforeWith => {
                        let i = ops::BeforeWith::decode(words, ip);
                        tri!(gen::before_with(f, i.dst, i.exit, tri!(get(regs, i.mgr))));
                        next!(Op::BeforeWith)
                    }
                    Op::WithExceptStart => {
                        let i = ops::WithExceptStart::decode(words, ip);
                        let v = tri!(sup::with_except_start(tri!(get(regs, i.exit)), tri!(get(regs, i.exc))));
                        set(regs, i.dst, v);
                        next!(Op::WithExceptStart)
                    }
                    Op::Yield => {
                        let i = ops::Yield::decode(words, ip);
                        let v = tri!(get(regs, i.src)).to_ref();
                        return Ok(Exit::Yield(v));
                    }
                    Op::GetYieldFromIter => {
                        let i = ops::GetYieldFromIter::decode(words, ip);
                        let v = tri!(gen::get_yield_from_iter(f, tri!(get(regs, i.src))));
                        set(regs, i.dst, v);
                        next!(Op::GetYieldFromIter)
                    }
                    Op::YieldFrom => {
                        let i = ops::YieldFrom::decode(words, ip);
                        let sent = take(regs, i.dst);
                        match tri!(super::generator::delegate_send(tri!(get(regs, i.iter)), sent)) {
                            Exit::Yield(v) => return Ok(Exit::Yield(v)),
                            Exit::Return(v) => {
                                // The finished delegate is released now, as
                                // CPython pops it (an awaited object's
                                // lifetime is observable through finalizers).
                                clear(regs, i.iter);
                                set(regs, i.dst, v);
                                next!(Op::YieldFrom)
                            }
                        }
                    }
                    Op::ImportName => {
                        let i = ops::ImportName::decode(words, ip);
                        let v = tri!(sup::import_name(f, &names[i.name as usize], tri!(get(regs, i.fromlist)), i.level));
                        set(regs, i.dst, v);
                        next!(Op::ImportName)
                    }
                    Op::ImportFrom => {
                        let i = ops::ImportFrom::decode(words, ip);
                        let v = tri!(sup::import_from(tri!(get(regs, i.module)), &names[i.name as usize]));
                        set(regs, i.dst, v);
                        next!(Op::ImportFrom)
                    }
                    Op::ImportStar => {
                        let i = ops::ImportStar::decode(words, ip);
                        tri!(sup::import_star(f, tri!(get(regs, i.module))));
                        next!(Op::ImportStar)
                    }
                    Op::MatchMapping => {
                        let i = ops::MatchMapping::decode(words, ip);
                        let v = tri!(gen::match_mapping(tri!(get(regs, i.subject))));
                        set(regs, i.dst, v);
                        next!(Op::MatchMapping)
                    }
                    Op::MatchSequence => {
                        let i = ops::MatchSequence::decode(words, ip);
                        let v = tri!(gen::match_sequence(tri!(get(regs, i.subject))));
                        set(regs, i.dst, v);
                        next!(Op::MatchSequence)
                    }
                    Op::GetLen => {
                        let i = ops::GetLen::decode(words, ip);
                        let v = tri!(super::match_ops::get_len(tri!(get(regs, i.src))));
                        set(regs, i.dst, v);
                        next!(Op::GetLen)
                    }
                    Op::MatchKeys => {
                        let i = ops::MatchKeys::decode(words, ip);
                        let v = tri!(super::match_ops::match_keys(tri!(get(regs, i.subject)), tri!(get(regs, i.keys))));
                        set(regs, i.dst, v);
                        next!(Op::MatchKeys)
                    }
                    Op::MatchClass => {
                        let i = ops::MatchClass::decode(words, ip);
                        let v = tri!(super::match_ops::match_class(
                            tri!(get(regs, i.subject)),
                            tri!(get(regs, i.cls)),
                            tri!(get(regs, i.names)),
                            i.count as usize
                        ));
                        set(regs, i.dst, v);
                        next!(Op::MatchClass)
                    }
                    Op::CopyDictWithoutKeys => {
                        let i = ops::CopyDictWithoutKeys::decode(words, ip);
                        let v = tri!(super::match_ops::copy_dict_without_keys(tri!(get(regs, i.subject)), tri!(get(regs, i.keys))));
                        set(regs, i.dst, v);
                        next!(Op::CopyDictWithoutKeys)
                    }
                    Op::GetAwaitable => {
                        let i = ops::GetAwaitable::decode(words, ip);
                        let v = tri!(super::coroutine::get_awaitable(tri!(get(regs, i.src)), i.kind));
                        set(regs, i.dst, v);
                        next!(Op::GetAwaitable)
                    }
                    Op::GetAIter => {
                        let i = ops::GetAIter::decode(words, ip);
                        let v = tri!(super::async_gen::get_aiter(tri!(get(regs, i.src))));
                        set(regs, i.dst, v);
                        next!(Op::GetAIter)
                    }
                    Op::GetANext => {
                        let i = ops::GetANext::decode(words, ip);
                        let v = tri!(super::async_gen::get_anext(tri!(get(regs, i.aiter))));
                        set(regs, i.dst, v);
                        next!(Op::GetANext)
                    }
                    Op::EndAsyncFor => {
                        let i = ops::EndAsyncFor::decode(words, ip);
                        let e = tri!(get(regs, i.exc)).to_ref();
                        if !super::async_gen::ends_async_for(&e) {
                            break 'dispatch (PyErr::from_value(e), false);
                        }
                        clear(regs, i.exc);
                        next!(Op::EndAsyncFor)
                    }
                    Op::BeforeAsyncWith => {
                        let i = ops::BeforeAsyncWith::decode(words, ip);
                        tri!(gen::before_async_with(f, i.dst, i.exit, tri!(get(regs, i.mgr))));
                        next!(Op::BeforeAsyncWith)
                    }
                    Op::CheckEgMatch => {
                        let i = ops::CheckEgMatch::decode(words, ip);
                        tri!(gen::check_eg_match(f, i.dst, i.exc, i.typ));
                        next!(Op::CheckEgMatch)
                    }
                    Op::PrepReraiseStar => {
                        let i = ops::PrepReraiseStar::decode(words, ip);
                        let v = tri!(super::except_star::prep_reraise_star(tri!(get(regs, i.orig)), tri!(get(regs, i.raised))));
                        set(regs, i.dst, v);
                        next!(Op::PrepReraiseStar)
                    }
                    Op::PrintExpr => {
                        let i = ops::PrintExpr::decode(words, ip);
                        tri!(sup::print_expr(tri!(get(regs, i.src))));
                        next!(Op::PrintExpr)
                    }
                }
            },
        };

        // Error path: exception-table dispatch (shared with compiled code).
        ip = gen::dispatch_exception(f, ip, err, add_tb)?;
    }
}
