//! Releasing dead temporaries where CPython's value stack would.
//!
//! CPython pops an operand off its stack when an instruction consumes it,
//! so `print(d[k] is c)` frees `d[k]` right after the `is`. Our temporaries
//! are registers that keep their value until overwritten. After a unit is
//! generated, this pass computes which temporaries (registers past the
//! locals and cells) are live after each instruction (backward dataflow
//! over jumps and exception edges) and marks, in the high byte of the
//! instruction's opcode slot, each register operand that the instruction
//! reads for the last time. The interpreter clears the marked registers
//! after the instruction completes (`interp::eval`), without an extra
//! dispatch. Registers an instruction also writes are never marked.
//!
//! The read/write sets come from the opcode declaration
//! (`bytecode::effects`): uses are the registers read (required or not),
//! defs those written on some path or emptied.

use crate::bytecode::instr::{decode_operands, CLEAR_SHIFT, OP_MASK};
use crate::bytecode::opcodes::effects;
use crate::bytecode::opcodes::flags as opflags;
use crate::bytecode::{ExcEntry, Instr, Op, OperandKind};

struct Insn {
    ip: usize,
    op: Op,
    vals: [u32; 8],
    succ: Vec<usize>,
}

/// Mark the last reads of temporaries `[first_temp, nregs)` in `code`.
pub(super) fn mark_dead_temporaries(code: &mut [Instr], exc_table: &[ExcEntry], first_temp: u32, nregs: u32) {
    if nregs <= first_temp || code.is_empty() {
        return;
    }
    let ntemps = (nregs - first_temp) as usize;
    let words = ntemps.div_ceil(64);
    // Decode; index instructions by word position.
    let mut insns: Vec<Insn> = Vec::new();
    let mut index_of = vec![usize::MAX; code.len() + 1];
    let mut ip = 0;
    while ip < code.len() {
        let Some(op) = Op::from_u16(code[ip].0[0] & OP_MASK) else { return };
        let info = op.info();
        let kinds: Vec<OperandKind> = info.operands.iter().map(|(_, k)| *k).collect();
        let vals = decode_operands(code, ip, &kinds);
        index_of[ip] = insns.len();
        insns.push(Insn { ip, op, vals, succ: Vec::new() });
        ip += info.width;
    }
    let n = insns.len();
    for i in 0..n {
        let (op, ip) = (insns[i].op, insns[i].ip);
        let info = op.info();
        let mut succ = Vec::new();
        if !info.has(opflags::TERMINATOR) && i + 1 < n {
            succ.push(i + 1);
        }
        for (k, (_, kind)) in info.operands.iter().enumerate() {
            if *kind == OperandKind::J {
                let t = insns[i].vals[k] as usize;
                if t < index_of.len() && index_of[t] != usize::MAX {
                    succ.push(index_of[t]);
                }
            }
        }
        for e in exc_table {
            if (e.start as usize..e.end as usize).contains(&ip) && index_of[e.handler as usize] != usize::MAX {
                // Marked with the high bit: the edge writes exc_reg first.
                succ.push(index_of[e.handler as usize] | (1 << 63));
            }
        }
        insns[i].succ = succ;
    }
    let handler_reg = |handler: usize| -> Option<u32> {
        exc_table.iter().find(|e| index_of[e.handler as usize] == handler).map(|e| e.exc_reg as u32)
    };
    let temp = |r: u32| (r >= first_temp && r < nregs).then(|| (r - first_temp) as usize);
    let set = |b: &mut [u64], t: usize| b[t / 64] |= 1 << (t % 64);
    let unset = |b: &mut [u64], t: usize| b[t / 64] &= !(1 << (t % 64));
    let has = |b: &[u64], t: usize| b[t / 64] & (1 << (t % 64)) != 0;

    // Per-instruction read/write sets of temporaries.
    let mut uses: Vec<Vec<usize>> = Vec::with_capacity(n);
    let mut defs: Vec<Vec<usize>> = Vec::with_capacity(n);
    for insn in &insns {
        let e = effects(insn.op, &insn.vals);
        uses.push(e.uses().filter_map(temp).collect());
        defs.push(e.defs().filter_map(temp).collect());
    }

    // live_in = uses ∪ (live_out − defs); iterate to a fixed point.
    let mut live_in = vec![vec![0u64; words]; n];
    let mut live_out = vec![vec![0u64; words]; n];
    let mut changed = true;
    let mut tmp = vec![0u64; words];
    while changed {
        changed = false;
        for i in (0..n).rev() {
            tmp.iter_mut().for_each(|x| *x = 0);
            for &s in &insns[i].succ {
                let exc_edge = s & (1 << 63) != 0;
                let s = s & !(1 << 63);
                if exc_edge {
                    // The edge stores the exception in the handler's
                    // register first: it is not live before the edge.
                    let mut contrib = live_in[s].clone();
                    if let Some(t) = handler_reg(s).and_then(temp) {
                        unset(&mut contrib, t);
                    }
                    for (a, b) in tmp.iter_mut().zip(&contrib) {
                        *a |= *b;
                    }
                } else {
                    for (a, b) in tmp.iter_mut().zip(&live_in[s]) {
                        *a |= *b;
                    }
                }
            }
            if tmp != live_out[i] {
                live_out[i].copy_from_slice(&tmp);
                changed = true;
            }
            for &t in &defs[i] {
                unset(&mut tmp, t);
            }
            for &t in &uses[i] {
                set(&mut tmp, t);
            }
            if tmp != live_in[i] {
                live_in[i].copy_from_slice(&tmp);
                changed = true;
            }
        }
    }

    // Mark each named register operand read for the last time.
    for (i, insn) in insns.iter().enumerate() {
        let info = insn.op.info();
        let mut mask: u16 = 0;
        let mut rk = 0;
        for (k, (_, kind)) in info.operands.iter().enumerate() {
            if *kind != OperandKind::R {
                continue;
            }
            let reg = insn.vals[k];
            if let Some(t) = temp(reg) {
                if uses[i].contains(&t) && !defs[i].contains(&t) && !has(&live_out[i], t) && rk < 8 {
                    mask |= 1 << rk;
                }
            }
            rk += 1;
        }
        if mask != 0 {
            code[insn.ip].0[0] = (code[insn.ip].0[0] & OP_MASK) | (mask << CLEAR_SHIFT);
        }
    }
}
