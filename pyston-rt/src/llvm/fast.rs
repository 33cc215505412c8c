//! Inline fast paths emitted in front of the generic runtime calls. A
//! failed guard falls through to the generic call, so no deoptimisation
//! is needed:
//! - `BinaryOp` add/sub (and their in-place forms) of two exact ints that
//!   fit a machine word, with an overflow check (boxed by `pyrt_new_int`);
//! - `CompareOp` of two such ints (the result is `True`/`False`);
//! - the truth test of `True`, `False` and `None`;
//! - `Subscr` of an exact list or tuple by a small int in range.

use super::lower::Emitter;
use crate::abi::layout::{INT_BIG, INT_SMALL, OB_TYPE};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::llvm_emit as emit;

/// An i1: `v` is an exact int whose value is in `small`.
fn is_small_int(e: &mut Emitter, v: &str) -> String {
    let int_t = format!("@{}", e.syms.type_("int"));
    let tp = e.t();
    emit!(e, "  {} = getelementptr inbounds i8, ptr {}, i64 {}", tp, v, OB_TYPE);
    let t = e.t();
    emit!(e, "  {} = load ptr, ptr {}", t, tp);
    let c1 = e.t();
    emit!(e, "  {} = icmp eq ptr {}, {}", c1, t, int_t);
    let bp = e.t();
    emit!(e, "  {} = getelementptr inbounds i8, ptr {}, i64 {}", bp, v, INT_BIG);
    // Reading `big` of a non-int is harmless (every object is larger than
    // the header, and the result is only used when `c1` holds); it is
    // still done after the type test, in a block of its own.
    let yes = e.label();
    let join = e.label();
    let here = e.label();
    emit!(e, "  br label %{}", here);
    e.start_block(&here);
    emit!(e, "  br i1 {}, label %{}, label %{}", c1, yes, join);
    e.start_block(&yes);
    let b = e.t();
    emit!(e, "  {} = load ptr, ptr {}", b, bp);
    let c2 = e.t();
    emit!(e, "  {} = icmp eq ptr {}, null", c2, b);
    emit!(e, "  br label %{}", join);
    e.start_block(&join);
    let r = e.t();
    emit!(e, "  {} = phi i1 [ false, %{} ], [ {}, %{} ]", r, here, c2, yes);
    r
}

fn small_value(e: &mut Emitter, v: &str) -> String {
    let p = e.t();
    emit!(e, "  {} = getelementptr inbounds i8, ptr {}, i64 {}", p, v, INT_SMALL);
    let x = e.t();
    emit!(e, "  {} = load i64, ptr {}", x, p);
    x
}

/// Branch to `fast` when both operands are small exact ints, else `slow`.
fn both_small(e: &mut Emitter, a: &str, b: &str, fast: &str, slow: &str) {
    let ca = is_small_int(e, a);
    let next = e.label();
    emit!(e, "  br i1 {}, label %{}, label %{}", ca, next, slow);
    e.start_block(&next);
    let cb = is_small_int(e, b);
    emit!(e, "  br i1 {}, label %{}, label %{}", cb, fast, slow);
}

/// `a <op> b` (new reference; unwinds on error).
pub(super) fn binary_op(e: &mut Emitter, a: &str, b: &str, kind: u16) -> String {
    let base = BinOpKind::from_u16(kind).map(|k| k.base());
    let intrinsic = match base {
        Some(BinOpKind::Add) => "sadd",
        Some(BinOpKind::Sub) => "ssub",
        _ => return e.call_obj("pyrt_binary_op", &[a, b, &format!("{}", kind)]),
    };
    let fast = e.label();
    let slow = e.label();
    let done = e.label();
    both_small(e, a, b, &fast, &slow);
    e.start_block(&fast);
    let x = small_value(e, a);
    let y = small_value(e, b);
    let r = e.t();
    emit!(e, "  {} = call {{ i64, i1 }} @llvm.{}.with.overflow.i64(i64 {}, i64 {})", r, intrinsic, x, y);
    e.intrinsic(&format!("declare {{ i64, i1 }} @llvm.{}.with.overflow.i64(i64, i64)", intrinsic));
    let v = e.t();
    emit!(e, "  {} = extractvalue {{ i64, i1 }} {}, 0", v, r);
    let o = e.t();
    emit!(e, "  {} = extractvalue {{ i64, i1 }} {}, 1", o, r);
    let box_ = e.label();
    emit!(e, "  br i1 {}, label %{}, label %{}", o, slow, box_);
    e.start_block(&box_);
    let fv = e.call_obj("pyrt_new_int", &[&v]);
    let fast_end = e.label();
    emit!(e, "  br label %{}", fast_end);
    e.start_block(&fast_end);
    emit!(e, "  br label %{}", done);
    e.start_block(&slow);
    let sv = e.call_obj("pyrt_binary_op", &[a, b, &format!("{}", kind)]);
    let slow_end = e.label();
    emit!(e, "  br label %{}", slow_end);
    e.start_block(&slow_end);
    emit!(e, "  br label %{}", done);
    e.start_block(&done);
    let res = e.t();
    emit!(e, "  {} = phi ptr [ {}, %{} ], [ {}, %{} ]", res, fv, fast_end, sv, slow_end);
    res
}

/// `a <cmp> b` (new reference; unwinds on error).
pub(super) fn compare_op(e: &mut Emitter, a: &str, b: &str, kind: u16) -> String {
    let Some(k) = CmpKind::from_u16(kind) else {
        return e.call_obj("pyrt_compare_op", &[a, b, &format!("{}", kind)]);
    };
    let pred = match k {
        CmpKind::Lt => "slt",
        CmpKind::Le => "sle",
        CmpKind::Eq => "eq",
        CmpKind::Ne => "ne",
        CmpKind::Gt => "sgt",
        CmpKind::Ge => "sge",
    };
    let fast = e.label();
    let slow = e.label();
    let done = e.label();
    both_small(e, a, b, &fast, &slow);
    e.start_block(&fast);
    let x = small_value(e, a);
    let y = small_value(e, b);
    let c = e.t();
    emit!(e, "  {} = icmp {} i64 {}, {}", c, pred, x, y);
    let fv = e.bool_obj(&c);
    let fast_end = e.label();
    emit!(e, "  br label %{}", fast_end);
    e.start_block(&fast_end);
    emit!(e, "  br label %{}", done);
    e.start_block(&slow);
    let sv = e.call_obj("pyrt_compare_op", &[a, b, &format!("{}", kind)]);
    let slow_end = e.label();
    emit!(e, "  br label %{}", slow_end);
    e.start_block(&slow_end);
    emit!(e, "  br label %{}", done);
    e.start_block(&done);
    let res = e.t();
    emit!(e, "  {} = phi ptr [ {}, %{} ], [ {}, %{} ]", res, fv, fast_end, sv, slow_end);
    res
}

/// The truth of `v` as an i1 (unwinds on error).
pub(super) fn truthy(e: &mut Emitter, v: &str) -> String {
    let t = e.obj("True");
    let f = e.obj("False");
    let n = e.obj("None");
    let is_t = e.t();
    emit!(e, "  {} = icmp eq ptr {}, {}", is_t, v, t);
    let is_f = e.t();
    emit!(e, "  {} = icmp eq ptr {}, {}", is_f, v, f);
    let is_n = e.t();
    emit!(e, "  {} = icmp eq ptr {}, {}", is_n, v, n);
    let known = e.t();
    emit!(e, "  {} = or i1 {}, {}", known, is_t, is_f);
    let known2 = e.t();
    emit!(e, "  {} = or i1 {}, {}", known2, known, is_n);
    let here = e.label();
    let fast = e.label();
    let slow = e.label();
    let done = e.label();
    emit!(e, "  br label %{}", here);
    e.start_block(&here);
    emit!(e, "  br i1 {}, label %{}, label %{}", known2, fast, slow);
    e.start_block(&fast);
    emit!(e, "  br label %{}", done);
    e.start_block(&slow);
    let r = e.call_truth("pyrt_truthy", &[v]);
    let slow_end = e.label();
    emit!(e, "  br label %{}", slow_end);
    e.start_block(&slow_end);
    emit!(e, "  br label %{}", done);
    e.start_block(&done);
    let res = e.t();
    emit!(e, "  {} = phi i1 [ {}, %{} ], [ {}, %{} ]", res, is_t, fast, r, slow_end);
    res
}

/// `o[k]` (new reference; unwinds on error): an exact list or tuple
/// indexed by a small int in range is read inline.
pub(super) fn subscr(e: &mut Emitter, o: &str, k: &str) -> String {
    use crate::abi::layout::{LIST_ITEMS, SLICE_LEN, SLICE_PTR, TUPLE_ITEMS, VEC_LEN, VEC_PTR};
    let list_t = format!("@{}", e.syms.type_("list"));
    let tuple_t = format!("@{}", e.syms.type_("tuple"));
    let slow = e.label();
    let done = e.label();
    let kind = e.label();
    let ck = is_small_int(e, k);
    emit!(e, "  br i1 {}, label %{}, label %{}", ck, kind, slow);
    e.start_block(&kind);
    let tp = e.t();
    emit!(e, "  {} = getelementptr inbounds i8, ptr {}, i64 {}", tp, o, OB_TYPE);
    let t = e.t();
    emit!(e, "  {} = load ptr, ptr {}", t, tp);
    let is_list = e.t();
    emit!(e, "  {} = icmp eq ptr {}, {}", is_list, t, list_t);
    let is_tuple = e.t();
    emit!(e, "  {} = icmp eq ptr {}, {}", is_tuple, t, tuple_t);
    let any = e.t();
    emit!(e, "  {} = or i1 {}, {}", any, is_list, is_tuple);
    let seq = e.label();
    emit!(e, "  br i1 {}, label %{}, label %{}", any, seq, slow);
    e.start_block(&seq);
    let off_ptr = e.t();
    emit!(e, "  {} = select i1 {}, i64 {}, i64 {}", off_ptr, is_list, LIST_ITEMS + VEC_PTR, TUPLE_ITEMS + SLICE_PTR);
    let off_len = e.t();
    emit!(e, "  {} = select i1 {}, i64 {}, i64 {}", off_len, is_list, LIST_ITEMS + VEC_LEN, TUPLE_ITEMS + SLICE_LEN);
    let pp = e.t();
    emit!(e, "  {} = getelementptr inbounds i8, ptr {}, i64 {}", pp, o, off_ptr);
    let items = e.t();
    emit!(e, "  {} = load ptr, ptr {}", items, pp);
    let lp = e.t();
    emit!(e, "  {} = getelementptr inbounds i8, ptr {}, i64 {}", lp, o, off_len);
    let len = e.t();
    emit!(e, "  {} = load i64, ptr {}", len, lp);
    let i = small_value(e, k);
    let neg = e.t();
    emit!(e, "  {} = icmp slt i64 {}, 0", neg, i);
    let wrapped = e.t();
    emit!(e, "  {} = add i64 {}, {}", wrapped, i, len);
    let j = e.t();
    emit!(e, "  {} = select i1 {}, i64 {}, i64 {}", j, neg, wrapped, i);
    let inb = e.t();
    emit!(e, "  {} = icmp ult i64 {}, {}", inb, j, len);
    let hit = e.label();
    emit!(e, "  br i1 {}, label %{}, label %{}", inb, hit, slow);
    e.start_block(&hit);
    let ip = e.t();
    emit!(e, "  {} = getelementptr inbounds ptr, ptr {}, i64 {}", ip, items, j);
    let fv = e.t();
    emit!(e, "  {} = load ptr, ptr {}", fv, ip);
    e.incref(&fv);
    emit!(e, "  br label %{}", done);
    e.start_block(&slow);
    let sv = e.call_obj("pyrt_subscr", &[o, k]);
    let slow_end = e.label();
    emit!(e, "  br label %{}", slow_end);
    e.start_block(&slow_end);
    emit!(e, "  br label %{}", done);
    e.start_block(&done);
    let res = e.t();
    emit!(e, "  {} = phi ptr [ {}, %{} ], [ {}, %{} ]", res, fv, hit, sv, slow_end);
    res
}
