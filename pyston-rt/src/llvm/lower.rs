//! Lowering: a code object's register bytecode becomes the text of one LLVM
//! module defining `ptr @pyc_entry(ptr %f, ptr %ts)`: run the frame from
//! its current instruction (`Frame::ip`) and return the result, the yielded
//! value (the frame's state then says SUSPENDED), or NULL with the
//! exception pending in the thread state.
//!
//! - Registers are the frame's registers (`%regs` = `f + FRAME_REGS`):
//!   every tier can stop and another continue at an instruction boundary.
//! - One LLVM block per basic block (`effects::block_starts`, plus each
//!   `YieldFrom`, which is re-run on resume); the `dispatch` block
//!   switches on the frame's instruction index to the entry (0), the
//!   exception handlers and the resume points of a generator.
//! - Every instruction stores its index in the frame first (tracebacks,
//!   `f_lineno` of callers), then calls the ABI function of its generic
//!   path (`OpInfo::abi`, declared from the registry); register moves,
//!   reference counts, identity tests and jumps are inline.
//! - Errors branch to `unwind`, which asks `pyrt_exc_dispatch` for the
//!   handler (continuing at `dispatch`) or returns NULL.
//! - Registers read for the last time (the liveness marks in the opcode
//!   word) are released after the instruction, as the interpreter does.
//! - No address is embedded: constants, names and builtin objects are
//!   external globals named in the `SymbolTable`.

use super::symbols::SymbolTable;
use crate::abi::layout;
use crate::bytecode::code::CodeUnit;
use crate::bytecode::instr::CLEAR_SHIFT;
use crate::bytecode::opcodes::{flags, format_flags, ops};
use crate::bytecode::Op;
use std::collections::BTreeSet;
use std::fmt::Write;

/// The name of the function every lowered module defines.
pub const ENTRY: &str = "pyc_entry";

/// The lowered module: IR text and what its symbols stand for.
pub struct Lowered {
    pub ir: String,
    pub symbols: SymbolTable,
}

use layout::{FRAME_FRAME_OBJ, FRAME_STATE};

pub(super) struct Emitter<'a> {
    unit: &'a CodeUnit,
    pub(super) body: String,
    tmp: usize,
    pub(super) syms: SymbolTable,
    fns: BTreeSet<&'static str>,
    intrinsics: BTreeSet<String>,
    /// The current block's label.
    cur: String,
    /// (predecessor block, register) of every branch to `empty`.
    empty_preds: Vec<(String, u32)>,
}

#[macro_export]
macro_rules! llvm_emit {
    ($e:expr, $($arg:tt)*) => {{
        let _ = std::fmt::Write::write_fmt(&mut $e.body, format_args!("{}\n", format_args!($($arg)*)));
    }};
}

impl<'a> Emitter<'a> {
    /// Declare an LLVM intrinsic the body uses.
    pub(super) fn intrinsic(&mut self, decl: &str) {
        self.intrinsics.insert(decl.to_string());
    }
    pub(super) fn t(&mut self) -> String {
        self.tmp += 1;
        format!("%t{}", self.tmp)
    }
    pub(super) fn label(&mut self) -> String {
        self.tmp += 1;
        format!("L{}", self.tmp)
    }
    pub(super) fn start_block(&mut self, l: &str) {
        llvm_emit!(self, "{}:", l);
        self.cur = l.to_string();
    }

    /// Pointer to register `r`'s slot.
    pub(super) fn regp(&mut self, r: u32) -> String {
        let p = self.t();
        llvm_emit!(self, "  {} = getelementptr inbounds ptr, ptr %regs, i64 {}", p, r);
        p
    }
    /// The value of register `r` (maybe null).
    pub(super) fn load_reg(&mut self, r: u32) -> String {
        let p = self.regp(r);
        let v = self.t();
        llvm_emit!(self, "  {} = load ptr, ptr {}", v, p);
        v
    }
    /// Branch to `unwind` when `cond` (an i1) holds.
    pub(super) fn unwind_if(&mut self, cond: &str) {
        let ok = self.label();
        llvm_emit!(self, "  br i1 {}, label %unwind, label %{}, !prof !0", cond, ok);
        self.start_block(&ok);
    }
    /// The value of register `r`, which must be set (else SystemError).
    pub(super) fn get(&mut self, r: u32) -> String {
        let v = self.load_reg(r);
        let c = self.t();
        llvm_emit!(self, "  {} = icmp eq ptr {}, null", c, v);
        let ok = self.label();
        self.empty_preds.push((self.cur.clone(), r));
        llvm_emit!(self, "  br i1 {}, label %empty, label %{}, !prof !0", c, ok);
        self.start_block(&ok);
        v
    }
    pub(super) fn incref(&mut self, v: &str) {
        let a = self.t();
        let b = self.t();
        llvm_emit!(self, "  {} = load i64, ptr {}", a, v);
        llvm_emit!(self, "  {} = add i64 {}, 1", b, a);
        llvm_emit!(self, "  store i64 {}, ptr {}", b, v);
    }
    /// Release a reference (`v` non-null): `@pyc.decref`, defined in the
    /// module (inlined by the optimiser; dealloc out of line).
    pub(super) fn decref(&mut self, v: &str) {
        self.fns.insert("pyrt_dealloc");
        self.syms.func("pyrt_dealloc");
        llvm_emit!(self, "  call void @pyc.decref(ptr %ts, ptr {})", v);
    }
    /// Release a reference that may be null.
    pub(super) fn xdecref(&mut self, v: &str) {
        self.fns.insert("pyrt_dealloc");
        self.syms.func("pyrt_dealloc");
        llvm_emit!(self, "  call void @pyc.xdecref(ptr %ts, ptr {})", v);
    }
    /// Store an owned `v` into register `r`, releasing the old value.
    pub(super) fn set(&mut self, r: u32, v: &str) {
        let p = self.regp(r);
        let old = self.t();
        llvm_emit!(self, "  {} = load ptr, ptr {}", old, p);
        llvm_emit!(self, "  store ptr {}, ptr {}", v, p);
        self.xdecref(&old);
    }
    /// Empty register `r`, releasing its value.
    pub(super) fn clear(&mut self, r: u32) {
        let p = self.regp(r);
        let old = self.t();
        llvm_emit!(self, "  {} = load ptr, ptr {}", old, p);
        llvm_emit!(self, "  store ptr null, ptr {}", p);
        self.xdecref(&old);
    }
    /// A data symbol's address.
    pub(super) fn konst(&mut self, k: u32) -> String {
        format!("@{}", self.syms.konst(self.unit, k))
    }
    pub(super) fn name(&mut self, n: u32) -> String {
        format!("@{}", self.syms.name(self.unit, n))
    }
    pub(super) fn obj(&mut self, w: &str) -> String {
        format!("@{}", self.syms.obj(w))
    }
    /// `True`/`False` from an i1, as a new reference.
    pub(super) fn bool_obj(&mut self, c: &str) -> String {
        let t = self.obj("True");
        let f = self.obj("False");
        let v = self.t();
        llvm_emit!(self, "  {} = select i1 {}, ptr {}, ptr {}", v, c, t, f);
        self.incref(&v);
        v
    }

    /// Call runtime function `name` with `args` (after `ts`); returns the
    /// result value (empty for void).
    pub(super) fn call(&mut self, name: &'static str, args: &[&str]) -> String {
        let f = crate::abi::lookup(name).unwrap_or_else(|| panic!("no runtime function {}", name));
        assert_eq!(f.params.len(), args.len(), "{}", name);
        self.fns.insert(f.name);
        self.syms.func(f.name);
        let mut a = vec!["ptr %ts".to_string()];
        for (p, v) in f.params.iter().zip(args) {
            a.push(format!("{} {}", param_ty(p.ty), v));
        }
        let rt = f.ret.llvm_type();
        if rt == "void" {
            llvm_emit!(self, "  call void @{}({})", name, a.join(", "));
            String::new()
        } else {
            let v = self.t();
            llvm_emit!(self, "  {} = call {} @{}({})", v, rt, name, a.join(", "));
            v
        }
    }
    /// Call a `new_obj` function; unwind on NULL.
    pub(super) fn call_obj(&mut self, name: &'static str, args: &[&str]) -> String {
        let v = self.call(name, args);
        let c = self.t();
        llvm_emit!(self, "  {} = icmp eq ptr {}, null", c, v);
        self.unwind_if(&c);
        v
    }
    /// Call a `status` function; unwind on -1.
    pub(super) fn call_status(&mut self, name: &'static str, args: &[&str]) {
        let v = self.call(name, args);
        let c = self.t();
        llvm_emit!(self, "  {} = icmp slt i32 {}, 0", c, v);
        self.unwind_if(&c);
    }
    /// Call a `truth` function; unwind on -1; returns an i1.
    pub(super) fn call_truth(&mut self, name: &'static str, args: &[&str]) -> String {
        let v = self.call(name, args);
        let c = self.t();
        llvm_emit!(self, "  {} = icmp slt i32 {}, 0", c, v);
        self.unwind_if(&c);
        let b = self.t();
        llvm_emit!(self, "  {} = icmp ne i32 {}, 0", b, v);
        b
    }
    /// Continue at the handler index in the i64 `h` (from a `pyrt_do_*`
    /// helper): `handle` switches to it, or returns NULL when negative.
    pub(super) fn to_handle(&mut self, h: &str) {
        llvm_emit!(self, "  store i64 {}, ptr %hslot", h);
        llvm_emit!(self, "  br label %handle");
    }
    /// Pointer to a window of registers starting at `r`.
    pub(super) fn window(&mut self, r: u32) -> String {
        self.regp(r)
    }
    pub(super) fn set_state_suspended(&mut self) {
        let p = self.t();
        llvm_emit!(self, "  {} = getelementptr inbounds i8, ptr %f, i64 {}", p, FRAME_STATE);
        llvm_emit!(self, "  store i8 {}, ptr {}", crate::interp::frame::state::SUSPENDED, p);
    }
    pub(super) fn pending_exception(&mut self) -> String {
        let e = self.t();
        llvm_emit!(self, "  {} = load ptr, ptr %ts", e);
        let c = self.t();
        llvm_emit!(self, "  {} = icmp ne ptr {}, null", c, e);
        c
    }
}

fn param_ty(t: crate::abi::Ty) -> &'static str {
    match t {
        crate::abi::Ty::u16 => "i16 zeroext",
        _ => t.llvm_type(),
    }
}

fn param_decl(t: crate::abi::Ty) -> &'static str {
    param_ty(t)
}

/// The registers an instruction releases after it completes (its
/// last-use marks), in the interpreter's order.
fn marked_regs(op: Op, words: &[crate::bytecode::Instr], ip: usize) -> Vec<u32> {
    let mut marks = words[ip].0[0] >> CLEAR_SHIFT;
    let slots = op.reg_slots();
    let mut out = Vec::new();
    if marks != 0 && slots[1] == 0 {
        let s = slots[0] as usize;
        out.push(words[ip + s / 4].0[s % 4] as u32);
        return out;
    }
    while marks != 0 {
        let s = slots[marks.trailing_zeros() as usize] as usize;
        marks &= marks - 1;
        if s != 0 {
            out.push(words[ip + s / 4].0[s % 4] as u32);
        }
    }
    out
}

/// Lower `unit`; Err says why it cannot be compiled (the code then stays
/// interpreted).
pub fn lower(unit: &CodeUnit) -> Result<Lowered, String> {
    let words = &unit.code[..];
    if words.is_empty() {
        return Err("empty code".into());
    }
    let mut starts = crate::bytecode::effects::block_starts(words, &unit.exc_table);
    // Entry points of `dispatch`: 0, handlers, resume points.
    let mut entries: BTreeSet<usize> = BTreeSet::new();
    entries.insert(0);
    for e in &unit.exc_table {
        entries.insert(e.handler as usize);
    }
    let mut ip = 0;
    while ip < words.len() {
        let op = Op::from_u16(words[ip].0[0]).ok_or_else(|| format!("unknown opcode at {}", ip))?;
        let w = op.width();
        if op == Op::YieldFrom {
            starts[ip] = true;
            entries.insert(ip);
        }
        if op.info().has(flags::YIELDS) && ip + w < words.len() {
            entries.insert(ip + w);
        }
        ip += w;
    }
    if ip != words.len() {
        return Err("truncated instruction".into());
    }

    let mut e = Emitter { unit, body: String::new(), tmp: 0, syms: SymbolTable::default(), fns: BTreeSet::new(), intrinsics: BTreeSet::new(), cur: String::new(), empty_preds: Vec::new() };
    llvm_emit!(e, "define ptr @{}(ptr %f, ptr %ts) {{", ENTRY);
    llvm_emit!(e, "entry:");
    llvm_emit!(e, "  %hslot = alloca i64");
    llvm_emit!(e, "  %regs = getelementptr inbounds i8, ptr %f, i64 {}", layout::FRAME_REGS);
    llvm_emit!(e, "  %ipp = getelementptr inbounds i8, ptr %f, i64 {}", layout::FRAME_IP);
    llvm_emit!(e, "  br label %dispatch");
    llvm_emit!(e, "dispatch:");
    llvm_emit!(e, "  %ip = load i32, ptr %ipp");
    let cases: Vec<String> = entries.iter().filter(|&&i| i < words.len()).map(|i| format!("i32 {}, label %b{}", i, i)).collect();
    llvm_emit!(e, "  switch i32 %ip, label %bad [ {} ]", cases.join(" "));
    llvm_emit!(e, "bad:");
    e.call("pyrt_bad_resume", &["%f"]);
    llvm_emit!(e, "  ret ptr null");
    llvm_emit!(e, "unwind:");
    llvm_emit!(e, "  %uip = load i32, ptr %ipp");
    let h = e.call("pyrt_exc_dispatch", &["%f", "%uip", "1"]);
    llvm_emit!(e, "  store i64 {}, ptr %hslot", h);
    llvm_emit!(e, "  br label %handle");
    llvm_emit!(e, "handle:");
    llvm_emit!(e, "  %hv = load i64, ptr %hslot");
    llvm_emit!(e, "  %hneg = icmp slt i64 %hv, 0");
    llvm_emit!(e, "  br i1 %hneg, label %fail, label %resume");
    llvm_emit!(e, "resume:");
    llvm_emit!(e, "  %h32 = trunc i64 %hv to i32");
    llvm_emit!(e, "  store i32 %h32, ptr %ipp");
    // Only the handlers: the rest of the function is not part of a cycle
    // through the error path (the optimiser sees the real loops only).
    let handlers: BTreeSet<u32> = unit.exc_table.iter().map(|x| x.handler).filter(|&h| (h as usize) < words.len()).collect();
    let hcases: Vec<String> = handlers.iter().map(|i| format!("i32 {}, label %b{}", i, i)).collect();
    llvm_emit!(e, "  switch i32 %h32, label %bad [ {} ]", hcases.join(" "));
    llvm_emit!(e, "fail:");
    llvm_emit!(e, "  ret ptr null");

    let mut ip = 0;
    let mut open = false; // whether the current block falls through
    while ip < words.len() {
        let op = Op::from_u16(words[ip].0[0]).expect("checked above");
        let w = op.width();
        if starts[ip] {
            if open {
                llvm_emit!(e, "  br label %b{}", ip);
            }
            e.start_block(&format!("b{}", ip));
            open = true;
        } else if !open {
            // Unreachable code after a terminator inside a block: skip.
            ip += w;
            continue;
        }
        llvm_emit!(e, "  store i32 {}, ptr %ipp", ip);
        let marks = marked_regs(op, words, ip);
        let next = ip + w;
        let fall = lower_op(&mut e, op, words, ip, &marks)?;
        if fall {
            for r in &marks {
                e.clear(*r);
            }
            if next >= words.len() {
                llvm_emit!(e, "  br label %bad");
                open = false;
            }
        } else {
            open = false;
        }
        ip = next;
    }
    if open {
        llvm_emit!(e, "  br label %bad");
    }
    // Jumps may target the end of the code (dead code the compiler left).
    llvm_emit!(e, "b{}:", words.len());
    llvm_emit!(e, "  br label %bad");
    // A register the compiler guarantees set was empty: SystemError.
    if !e.empty_preds.is_empty() {
        let incoming: Vec<String> = e.empty_preds.iter().map(|(b, r)| format!("[ {}, %{} ]", r, b)).collect();
        llvm_emit!(e, "empty:");
        llvm_emit!(e, "  %ereg = phi i16 {}", incoming.join(", "));
        e.call("pyrt_empty_register", &["%ereg"]);
        llvm_emit!(e, "  br label %unwind");
    }
    llvm_emit!(e, "}}");
    if e.fns.contains("pyrt_dealloc") {
        e.body.push_str(DECREF_HELPERS);
    }

    let mut ir = String::new();
    let _ = writeln!(ir, "; {} ({} words, {} registers)", sanitize(&unit.qualname), words.len(), unit.nregs);
    for s in e.syms.data() {
        let _ = writeln!(ir, "@{} = external global i8", s.name);
    }
    for f in &e.fns {
        let rf = crate::abi::lookup(f).expect("declared");
        let mut args = vec!["ptr"];
        args.extend(rf.params.iter().map(|p| param_decl(p.ty)));
        let _ = writeln!(ir, "declare {} @{}({}) nounwind", rf.ret.llvm_type(), f, args.join(", "));
    }
    for d in &e.intrinsics {
        let _ = writeln!(ir, "{}", d);
    }
    ir.push_str(&e.body);
    ir.push_str("!0 = !{!\"branch_weights\", i32 1, i32 2000}\n");
    Ok(Lowered { ir, symbols: e.syms })
}

/// Reference-count helpers every module that releases references defines
/// (internal: the optimiser inlines them; dealloc stays out of line).
const DECREF_HELPERS: &str = "define internal void @pyc.decref(ptr %ts, ptr %o) {
  %n = load i64, ptr %o
  %m = sub i64 %n, 1
  store i64 %m, ptr %o
  %z = icmp eq i64 %m, 0
  br i1 %z, label %free, label %done, !prof !0
free:
  call void @pyrt_dealloc(ptr %ts, ptr %o)
  br label %done
done:
  ret void
}
define internal void @pyc.xdecref(ptr %ts, ptr %o) {
  %z = icmp eq ptr %o, null
  br i1 %z, label %done, label %dec
dec:
  call void @pyc.decref(ptr %ts, ptr %o)
  br label %done
done:
  ret void
}
";

fn sanitize(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { '?' } else { c }).collect()
}

/// Lower one instruction; returns whether it falls through to the next
/// one (then the caller releases its marked registers).
fn lower_op(e: &mut Emitter, op: Op, words: &[crate::bytecode::Instr], ip: usize, marks: &[u32]) -> Result<bool, String> {
    macro_rules! d {
        ($t:ident) => {
            ops::$t::decode(words, ip)
        };
    }
    let s = |v: u16| format!("{}", v);
    match op {
        Op::Nop => {}
        Op::LoadConst => {
            let i = d!(LoadConst);
            let c = e.konst(i.k as u32);
            e.incref(&c);
            e.set(i.dst as u32, &c);
        }
        Op::Move => {
            let i = d!(Move);
            let v = e.get(i.src as u32);
            e.incref(&v);
            e.set(i.dst as u32, &v);
        }
        Op::LoadFast | Op::DeleteFast => {
            let (dst, src) = if op == Op::LoadFast {
                let i = d!(LoadFast);
                (Some(i.dst), i.src)
            } else {
                (None, d!(DeleteFast).reg)
            };
            let v = e.load_reg(src as u32);
            let c = e.t();
            llvm_emit!(e, "  {} = icmp eq ptr {}, null", c, v);
            let bad = e.label();
            let ok = e.label();
            llvm_emit!(e, "  br i1 {}, label %{}, label %{}, !prof !0", c, bad, ok);
            e.start_block(&bad);
            e.call("pyrt_unbound_local", &["%f", &s(src)]);
            llvm_emit!(e, "  br label %unwind");
            e.start_block(&ok);
            match dst {
                Some(dst) => {
                    e.incref(&v);
                    e.set(dst as u32, &v);
                }
                None => {
                    let p = e.regp(src as u32);
                    llvm_emit!(e, "  store ptr null, ptr {}", p);
                    e.decref(&v);
                }
            }
        }
        Op::ClearReg => {
            let i = d!(ClearReg);
            e.clear(i.reg as u32);
        }
        Op::LoadDeref => {
            let i = d!(LoadDeref);
            let v = e.call_obj("pyrt_load_deref", &["%f", &s(i.cell)]);
            e.set(i.dst as u32, &v);
        }
        Op::StoreDeref => {
            let i = d!(StoreDeref);
            let c = e.get(i.cell as u32);
            let v = e.get(i.src as u32);
            e.call_status("pyrt_store_deref", &[&c, &v]);
        }
        Op::DeleteDeref => {
            let i = d!(DeleteDeref);
            e.call_status("pyrt_delete_deref", &["%f", &s(i.cell)]);
        }
        Op::LoadClassDeref => {
            let i = d!(LoadClassDeref);
            let n = e.name(i.name as u32);
            let v = e.call_obj("pyrt_load_class_deref", &["%f", &n, &s(i.cell)]);
            e.set(i.dst as u32, &v);
        }
        Op::LoadGlobal => {
            let i = d!(LoadGlobal);
            let n = e.name(i.name as u32);
            let v = e.call_obj("pyrt_load_global", &["%f", &n, &s(i.ic)]);
            e.set(i.dst as u32, &v);
        }
        Op::StoreGlobal => {
            let i = d!(StoreGlobal);
            let n = e.name(i.name as u32);
            let v = e.get(i.src as u32);
            e.call_status("pyrt_store_global", &["%f", &n, &v]);
        }
        Op::DeleteGlobal => {
            let i = d!(DeleteGlobal);
            let n = e.name(i.name as u32);
            e.call_status("pyrt_delete_global", &["%f", &n]);
        }
        Op::LoadName => {
            let i = d!(LoadName);
            let n = e.name(i.name as u32);
            let v = e.call_obj("pyrt_load_name", &["%f", &n]);
            e.set(i.dst as u32, &v);
        }
        Op::StoreName => {
            let i = d!(StoreName);
            let n = e.name(i.name as u32);
            let v = e.get(i.src as u32);
            e.call_status("pyrt_store_name", &["%f", &n, &v]);
        }
        Op::DeleteName => {
            let i = d!(DeleteName);
            let n = e.name(i.name as u32);
            e.call_status("pyrt_delete_name", &["%f", &n]);
        }
        Op::LoadAttr => {
            let i = d!(LoadAttr);
            let o = e.get(i.obj as u32);
            let n = e.name(i.name as u32);
            let v = e.call_obj("pyrt_load_attr", &["%f", &o, &n, &s(i.ic)]);
            e.set(i.dst as u32, &v);
        }
        Op::StoreAttr => {
            let i = d!(StoreAttr);
            let o = e.get(i.obj as u32);
            let n = e.name(i.name as u32);
            let v = e.get(i.src as u32);
            e.call_status("pyrt_store_attr", &["%f", &o, &n, &v, &s(i.ic)]);
        }
        Op::DeleteAttr => {
            let i = d!(DeleteAttr);
            let o = e.get(i.obj as u32);
            let n = e.name(i.name as u32);
            e.call_status("pyrt_delete_attr", &[&o, &n]);
        }
        Op::LoadMethod => {
            let i = d!(LoadMethod);
            let o = e.get(i.obj as u32);
            let n = e.name(i.name as u32);
            e.call_status("pyrt_load_method", &["%f", &s(i.dst), &o, &n, &s(i.ic)]);
        }
        Op::Subscr => {
            let i = d!(Subscr);
            let o = e.get(i.obj as u32);
            let k = e.get(i.key as u32);
            let v = super::fast::subscr(e, &o, &k);
            e.set(i.dst as u32, &v);
        }
        Op::StoreSubscr => {
            let i = d!(StoreSubscr);
            let o = e.get(i.obj as u32);
            let k = e.get(i.key as u32);
            let v = e.get(i.src as u32);
            e.call_status("pyrt_store_subscr", &[&o, &k, &v]);
        }
        Op::DeleteSubscr => {
            let i = d!(DeleteSubscr);
            let o = e.get(i.obj as u32);
            let k = e.get(i.key as u32);
            e.call_status("pyrt_delete_subscr", &[&o, &k]);
        }
        Op::BuildSlice => {
            let i = d!(BuildSlice);
            let a = e.get(i.start as u32);
            let b = e.get(i.stop as u32);
            let c = e.get(i.step as u32);
            let v = e.call_obj("pyrt_build_slice", &[&a, &b, &c]);
            e.set(i.dst as u32, &v);
        }
        Op::UnaryOp => {
            let i = d!(UnaryOp);
            let a = e.get(i.src as u32);
            let v = e.call_obj("pyrt_unary_op", &[&a, &s(i.kind)]);
            e.set(i.dst as u32, &v);
        }
        Op::Not => {
            let i = d!(Not);
            let a = e.get(i.src as u32);
            let v = e.call_obj("pyrt_not", &[&a]);
            e.set(i.dst as u32, &v);
        }
        Op::BinaryOp => {
            let i = d!(BinaryOp);
            let a = e.get(i.lhs as u32);
            let b = e.get(i.rhs as u32);
            let v = super::fast::binary_op(e, &a, &b, i.kind);
            e.set(i.dst as u32, &v);
        }
        Op::CompareOp => {
            let i = d!(CompareOp);
            let a = e.get(i.lhs as u32);
            let b = e.get(i.rhs as u32);
            let v = super::fast::compare_op(e, &a, &b, i.kind);
            e.set(i.dst as u32, &v);
        }
        Op::IsOp => {
            let i = d!(IsOp);
            let a = e.get(i.lhs as u32);
            let b = e.get(i.rhs as u32);
            let c = e.t();
            llvm_emit!(e, "  {} = icmp {} ptr {}, {}", c, if i.invert != 0 { "ne" } else { "eq" }, a, b);
            let v = e.bool_obj(&c);
            e.set(i.dst as u32, &v);
        }
        Op::ContainsOp => {
            let i = d!(ContainsOp);
            let a = e.get(i.lhs as u32);
            let b = e.get(i.rhs as u32);
            let mut t = e.call_truth("pyrt_contains", &[&a, &b]);
            if i.invert != 0 {
                let n = e.t();
                llvm_emit!(e, "  {} = xor i1 {}, true", n, t);
                t = n;
            }
            let v = e.bool_obj(&t);
            e.set(i.dst as u32, &v);
        }
        Op::Jump => {
            let i = d!(Jump);
            if (i.target as usize) <= ip {
                e.call_status("pyrt_back_edge", &["%f"]);
            }
            llvm_emit!(e, "  br label %b{}", i.target);
            return Ok(false);
        }
        Op::JumpIfTrue | Op::JumpIfFalse => {
            let i = d!(JumpIfTrue);
            let t = if !marks.is_empty() {
                // The last read: released after the test, before the jump.
                let v = e.get(i.cond as u32);
                let p = e.regp(i.cond as u32);
                llvm_emit!(e, "  store ptr null, ptr {}", p);
                let r = e.call("pyrt_truthy", &[&v]);
                e.decref(&v);
                let c = e.t();
                llvm_emit!(e, "  {} = icmp slt i32 {}, 0", c, r);
                e.unwind_if(&c);
                let b = e.t();
                llvm_emit!(e, "  {} = icmp ne i32 {}, 0", b, r);
                b
            } else {
                let v = e.get(i.cond as u32);
                super::fast::truthy(e, &v)
            };
            let next = ip + op.width();
            let (yes, no) = if op == Op::JumpIfTrue { (i.target as usize, next) } else { (next, i.target as usize) };
            llvm_emit!(e, "  br i1 {}, label %b{}, label %b{}", t, yes, no);
            return Ok(false);
        }
        Op::JumpIfNone => {
            let i = d!(JumpIfNone);
            let v = e.get(i.src as u32);
            let none = e.obj("None");
            let c = e.t();
            llvm_emit!(e, "  {} = icmp {} ptr {}, {}", c, if i.invert != 0 { "ne" } else { "eq" }, v, none);
            let yes = e.label();
            let no = e.label();
            llvm_emit!(e, "  br i1 {}, label %{}, label %{}", c, yes, no);
            e.start_block(&yes);
            for r in marks {
                e.clear(*r);
            }
            llvm_emit!(e, "  br label %b{}", i.target);
            e.start_block(&no);
            for r in marks {
                e.clear(*r);
            }
            llvm_emit!(e, "  br label %b{}", ip + op.width());
            return Ok(false);
        }
        Op::GetIter => {
            let i = d!(GetIter);
            let a = e.get(i.src as u32);
            let v = e.call_obj("pyrt_get_iter", &[&a]);
            e.set(i.dst as u32, &v);
        }
        Op::ForIter => {
            let i = d!(ForIter);
            let it = e.get(i.iter as u32);
            let v = e.call("pyrt_for_iter", &[&it]);
            let c = e.t();
            llvm_emit!(e, "  {} = icmp eq ptr {}, null", c, v);
            let done = e.label();
            let more = e.label();
            llvm_emit!(e, "  br i1 {}, label %{}, label %{}", c, done, more);
            e.start_block(&done);
            let pe = e.pending_exception();
            e.unwind_if(&pe);
            for r in marks {
                e.clear(*r);
            }
            llvm_emit!(e, "  br label %b{}", i.target);
            e.start_block(&more);
            e.set(i.dst as u32, &v);
            for r in marks {
                e.clear(*r);
            }
            llvm_emit!(e, "  br label %b{}", ip + op.width());
            return Ok(false);
        }
        Op::Return => {
            let i = d!(Return);
            let fo = e.t();
            llvm_emit!(e, "  {} = getelementptr inbounds i8, ptr %f, i64 {}", fo, FRAME_FRAME_OBJ);
            let fov = e.t();
            llvm_emit!(e, "  {} = load ptr, ptr {}", fov, fo);
            let v = e.get(i.src as u32);
            let c = e.t();
            llvm_emit!(e, "  {} = icmp eq ptr {}, null", c, fov);
            let take = e.label();
            let copy = e.label();
            llvm_emit!(e, "  br i1 {}, label %{}, label %{}", c, take, copy);
            e.start_block(&take);
            let p = e.regp(i.src as u32);
            llvm_emit!(e, "  store ptr null, ptr {}", p);
            llvm_emit!(e, "  ret ptr {}", v);
            e.start_block(&copy);
            // A frame object may read the locals after return.
            e.incref(&v);
            llvm_emit!(e, "  ret ptr {}", v);
            return Ok(false);
        }
        Op::Call | Op::CallKw => {
            let i = d!(Call);
            let f = e.get(i.func as u32);
            let args = e.window(i.func as u32 + 1);
            let kw = if op == Op::CallKw { e.get(i.func as u32 + 1 + i.argc as u32) } else { "null".into() };
            let v = e.call_obj("pyrt_call", &[&f, &args, &format!("{}", i.argc), &kw]);
            let n = i.argc as u32 + 1 + (op == Op::CallKw) as u32;
            for k in 0..n {
                e.clear(i.func as u32 + k);
            }
            e.set(i.dst as u32, &v);
        }
        Op::CallMethod | Op::CallMethodKw => {
            let i = d!(CallMethod);
            let base = e.window(i.base as u32);
            let kw = if op == Op::CallMethodKw { e.get(i.base as u32 + 2 + i.argc as u32) } else { "null".into() };
            let v = e.call_obj("pyrt_call_method", &[&base, &format!("{}", i.argc), &kw]);
            let n = i.argc as u32 + 2 + (op == Op::CallMethodKw) as u32;
            for k in 0..n {
                e.clear(i.base as u32 + k);
            }
            e.set(i.dst as u32, &v);
        }
        Op::CallEx => {
            let i = d!(CallEx);
            let f = e.get(i.func as u32);
            let a = e.get(i.args as u32);
            let k = e.get(i.kwargs as u32);
            let v = e.call_obj("pyrt_call_ex", &[&f, &a, &k]);
            e.set(i.dst as u32, &v);
        }
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildMap | Op::BuildString => {
            let i = d!(BuildTuple);
            let w = e.window(i.first as u32);
            let name = match op {
                Op::BuildTuple => "pyrt_build_tuple",
                Op::BuildList => "pyrt_build_list",
                Op::BuildSet => "pyrt_build_set",
                Op::BuildMap => "pyrt_build_map",
                _ => "pyrt_build_string",
            };
            let v = e.call_obj(name, &[&w, &format!("{}", i.count)]);
            e.set(i.dst as u32, &v);
        }
        Op::FormatValue => {
            let i = d!(FormatValue);
            let spec = if i.flags & format_flags::HAS_SPEC != 0 { e.get(i.spec as u32) } else { "null".into() };
            let a = e.get(i.src as u32);
            let v = e.call_obj("pyrt_format_value", &[&a, &spec, &s(i.flags)]);
            e.set(i.dst as u32, &v);
        }
        Op::ListAppend | Op::ListExtend | Op::SetAdd | Op::SetUpdate | Op::DictUpdate => {
            let i = d!(ListAppend);
            let a = e.get(i.list as u32);
            let b = e.get(i.src as u32);
            let name = match op {
                Op::ListAppend => "pyrt_list_append",
                Op::ListExtend => "pyrt_list_extend",
                Op::SetAdd => "pyrt_set_add",
                Op::SetUpdate => "pyrt_set_update",
                _ => "pyrt_dict_update",
            };
            e.call_status(name, &[&a, &b]);
        }
        Op::MapAdd => {
            let i = d!(MapAdd);
            let a = e.get(i.map as u32);
            let k = e.get(i.key as u32);
            let v = e.get(i.val as u32);
            e.call_status("pyrt_map_add", &[&a, &k, &v]);
        }
        Op::DictMerge => {
            let i = d!(DictMerge);
            let a = e.get(i.map as u32);
            let b = e.get(i.src as u32);
            let f = e.get(i.func as u32);
            e.call_status("pyrt_dict_merge", &[&a, &b, &f]);
        }
        Op::ListToTuple => {
            let i = d!(ListToTuple);
            let a = e.get(i.src as u32);
            let v = e.call_obj("pyrt_list_to_tuple", &[&a]);
            e.set(i.dst as u32, &v);
        }
        Op::UnpackSequence => {
            let i = d!(UnpackSequence);
            let a = e.get(i.src as u32);
            e.call_status("pyrt_unpack_sequence", &["%f", &s(i.first), &a, &s(i.count)]);
        }
        Op::UnpackEx => {
            let i = d!(UnpackEx);
            let a = e.get(i.src as u32);
            e.call_status("pyrt_unpack_ex", &["%f", &s(i.first), &a, &s(i.before), &s(i.after)]);
        }
        Op::MakeFunction => {
            let i = d!(MakeFunction);
            let c = e.konst(i.code as u32);
            let w = e.window(i.first as u32);
            let v = e.call_obj("pyrt_make_function", &["%f", &c, &s(i.flags), &w]);
            e.set(i.dst as u32, &v);
        }
        Op::LoadBuildClass => {
            let i = d!(LoadBuildClass);
            let v = e.call_obj("pyrt_load_build_class", &["%f"]);
            e.set(i.dst as u32, &v);
        }
        Op::SetupAnnotations => {
            e.call_status("pyrt_setup_annotations", &["%f"]);
        }
        Op::Raise => {
            let i = d!(Raise);
            let exc = if i.kind >= 1 { e.get(i.exc as u32) } else { "null".into() };
            let cause = if i.kind == 2 { e.get(i.cause as u32) } else { "null".into() };
            let h = e.call("pyrt_do_raise", &["%f", &exc, &cause, &s(i.kind)]);
            e.to_handle(&h);
            return Ok(false);
        }
        Op::Reraise => {
            let i = d!(Reraise);
            let x = e.get(i.exc as u32);
            let h = e.call("pyrt_do_reraise", &["%f", &x]);
            e.to_handle(&h);
            return Ok(false);
        }
        Op::PushExcInfo => {
            let i = d!(PushExcInfo);
            let x = e.get(i.exc as u32);
            let v = e.call_obj("pyrt_push_exc_info", &[&x]);
            e.set(i.save as u32, &v);
        }
        Op::PopExcInfo => {
            let i = d!(PopExcInfo);
            let v = e.load_reg(i.save as u32);
            let p = e.regp(i.save as u32);
            llvm_emit!(e, "  store ptr null, ptr {}", p);
            // An empty register restores "no handled exception", as None does.
            let none = e.obj("None");
            let c = e.t();
            llvm_emit!(e, "  {} = icmp eq ptr {}, null", c, v);
            let sv = e.t();
            llvm_emit!(e, "  {} = select i1 {}, ptr {}, ptr {}", sv, c, none, v);
            let l1 = e.label();
            let l2 = e.label();
            llvm_emit!(e, "  br i1 {}, label %{}, label %{}", c, l1, l2);
            e.start_block(&l1);
            e.incref(&none);
            llvm_emit!(e, "  br label %{}", l2);
            e.start_block(&l2);
            e.call("pyrt_pop_exc_info", &[&sv]);
        }
        Op::CheckExcMatch => {
            let i = d!(CheckExcMatch);
            let x = e.get(i.exc as u32);
            let t = e.get(i.typ as u32);
            let b = e.call_truth("pyrt_exc_match", &[&x, &t]);
            let v = e.bool_obj(&b);
            e.set(i.dst as u32, &v);
        }
        Op::LoadAssertionError => {
            let i = d!(LoadAssertionError);
            let t = format!("@{}", e.syms.type_("AssertionError"));
            e.incref(&t);
            e.set(i.dst as u32, &t);
        }
        Op::BeforeWith | Op::BeforeAsyncWith => {
            let i = d!(BeforeWith);
            let m = e.get(i.mgr as u32);
            let name = if op == Op::BeforeWith { "pyrt_before_with" } else { "pyrt_before_async_with" };
            e.call_status(name, &["%f", &s(i.dst), &s(i.exit), &m]);
        }
        Op::WithExceptStart => {
            let i = d!(WithExceptStart);
            let x = e.get(i.exit as u32);
            let c = e.get(i.exc as u32);
            let v = e.call_obj("pyrt_with_except_start", &[&x, &c]);
            e.set(i.dst as u32, &v);
        }
        Op::Yield => {
            let i = d!(Yield);
            let v = e.get(i.src as u32);
            e.incref(&v);
            e.set_state_suspended();
            llvm_emit!(e, "  ret ptr {}", v);
            return Ok(false);
        }
        Op::GetYieldFromIter => {
            let i = d!(GetYieldFromIter);
            let a = e.get(i.src as u32);
            let v = e.call_obj("pyrt_get_yield_from_iter", &["%f", &a]);
            e.set(i.dst as u32, &v);
        }
        Op::YieldFrom => {
            let i = d!(YieldFrom);
            let v = e.call("pyrt_yield_from", &["%f", &s(i.dst), &s(i.iter)]);
            let c = e.t();
            llvm_emit!(e, "  {} = icmp ne ptr {}, null", c, v);
            let y = e.label();
            let n = e.label();
            llvm_emit!(e, "  br i1 {}, label %{}, label %{}", c, y, n);
            e.start_block(&y);
            e.set_state_suspended();
            llvm_emit!(e, "  ret ptr {}", v);
            e.start_block(&n);
            let pe = e.pending_exception();
            e.unwind_if(&pe);
        }
        Op::ImportName => {
            let i = d!(ImportName);
            let n = e.name(i.name as u32);
            let fl = e.get(i.fromlist as u32);
            let v = e.call_obj("pyrt_import_name", &["%f", &n, &fl, &s(i.level)]);
            e.set(i.dst as u32, &v);
        }
        Op::ImportFrom => {
            let i = d!(ImportFrom);
            let m = e.get(i.module as u32);
            let n = e.name(i.name as u32);
            let v = e.call_obj("pyrt_import_from", &[&m, &n]);
            e.set(i.dst as u32, &v);
        }
        Op::ImportStar => {
            let i = d!(ImportStar);
            let m = e.get(i.module as u32);
            e.call_status("pyrt_import_star", &["%f", &m]);
        }
        Op::PrintExpr => {
            let i = d!(PrintExpr);
            let a = e.get(i.src as u32);
            e.call_status("pyrt_print_expr", &[&a]);
        }
        Op::GetAwaitable => {
            let i = d!(GetAwaitable);
            let a = e.get(i.src as u32);
            let v = e.call_obj("pyrt_get_awaitable", &[&a, &s(i.kind)]);
            e.set(i.dst as u32, &v);
        }
        Op::GetAIter => {
            let i = d!(GetAIter);
            let a = e.get(i.src as u32);
            let v = e.call_obj("pyrt_get_aiter", &[&a]);
            e.set(i.dst as u32, &v);
        }
        Op::GetANext => {
            let i = d!(GetANext);
            let a = e.get(i.aiter as u32);
            let v = e.call_obj("pyrt_get_anext", &[&a]);
            e.set(i.dst as u32, &v);
        }
        Op::EndAsyncFor => {
            let i = d!(EndAsyncFor);
            let h = e.call("pyrt_end_async_for", &["%f", &s(i.exc)]);
            let c = e.t();
            llvm_emit!(e, "  {} = icmp eq i64 {}, -2", c, h);
            let ok = e.label();
            let err = e.label();
            llvm_emit!(e, "  br i1 {}, label %{}, label %{}", c, ok, err);
            e.start_block(&err);
            e.to_handle(&h);
            e.start_block(&ok);
        }
        Op::MatchMapping | Op::MatchSequence | Op::GetLen => {
            let i = d!(GetLen);
            let a = e.get(i.src as u32);
            let name = match op {
                Op::MatchMapping => "pyrt_match_mapping",
                Op::MatchSequence => "pyrt_match_sequence",
                _ => "pyrt_get_len",
            };
            let v = e.call_obj(name, &[&a]);
            e.set(i.dst as u32, &v);
        }
        Op::MatchKeys | Op::CopyDictWithoutKeys => {
            let i = d!(MatchKeys);
            let a = e.get(i.subject as u32);
            let k = e.get(i.keys as u32);
            let name = if op == Op::MatchKeys { "pyrt_match_keys" } else { "pyrt_copy_dict_without_keys" };
            let v = e.call_obj(name, &[&a, &k]);
            e.set(i.dst as u32, &v);
        }
        Op::MatchClass => {
            let i = d!(MatchClass);
            let a = e.get(i.subject as u32);
            let c = e.get(i.cls as u32);
            let n = e.get(i.names as u32);
            let v = e.call_obj("pyrt_match_class", &[&a, &c, &n, &format!("{}", i.count)]);
            e.set(i.dst as u32, &v);
        }
        Op::CheckEgMatch => {
            let i = d!(CheckEgMatch);
            e.call_status("pyrt_check_eg_match", &["%f", &s(i.dst), &s(i.exc), &s(i.typ)]);
        }
        Op::PrepReraiseStar => {
            let i = d!(PrepReraiseStar);
            let a = e.get(i.orig as u32);
            let b = e.get(i.raised as u32);
            let v = e.call_obj("pyrt_prep_reraise_star", &[&a, &b]);
            e.set(i.dst as u32, &v);
        }
    }
    Ok(true)
}
