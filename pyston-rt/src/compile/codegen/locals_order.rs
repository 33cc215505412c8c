//! `co_varnames` in CPython's order.
//!
//! CPython lists a function's parameters first, then every other local in
//! the order the compiler first mentions it (`x = f(y)` mentions `y` before
//! `x`). Our symbol table knows the locals before code generation, so the
//! registers are first numbered in symbol-table order; when the unit is
//! finished, this pass renumbers the non-parameter locals by their first
//! appearance in the emitted instructions. The order is visible through
//! `co_varnames`, `locals()` and `frame.f_locals`.

use crate::bytecode::instr::decode_operands;
use crate::bytecode::{ExcEntry, Instr, Op, OperandKind};

/// Renumbers registers `[nparams, nlocals)` of `code` and `exc_table` so
/// that locals are numbered by first appearance, and reorders `varnames` to
/// match. Leaves everything unchanged when a register window overlaps the
/// locals (a renumbering could break its contiguity).
pub(super) fn order_locals_by_first_use(code: &mut [Instr], exc_table: &mut [ExcEntry], varnames: &mut Vec<String>, nparams: usize) {
    let nlocals = varnames.len() as u32;
    let nparams = nparams as u32;
    if nlocals <= nparams + 1 {
        return;
    }
    let is_local = |r: u32| (nparams..nlocals).contains(&r);
    // First appearance order.
    let mut order: Vec<u32> = Vec::with_capacity((nlocals - nparams) as usize);
    let mut seen = vec![false; nlocals as usize];
    let mut ip = 0;
    while ip < code.len() {
        let Some(op) = Op::from_u16(code[ip].0[0]) else { return };
        let info = op.info();
        let kinds: Vec<OperandKind> = info.operands.iter().map(|(_, k)| *k).collect();
        let vals = decode_operands(code, ip, &kinds);
        for (i, kind) in kinds.iter().enumerate() {
            let v = vals[i];
            if *kind == OperandKind::R && is_local(v) && !seen[v as usize] {
                seen[v as usize] = true;
                order.push(v);
            }
        }
        if let Some((start, end)) = crate::bytecode::opcodes::effects(op, &vals).window {
            if start < end && start < nlocals && end > nparams {
                return;
            }
        }
        ip += info.width;
    }
    for e in exc_table.iter() {
        let r = e.exc_reg as u32;
        if is_local(r) && !seen[r as usize] {
            seen[r as usize] = true;
            order.push(r);
        }
    }
    // Locals the code never mentions keep their relative order at the end.
    order.extend((nparams..nlocals).filter(|&r| !seen[r as usize]));
    let mut new_index: Vec<u32> = (0..nlocals).collect();
    for (i, &old) in order.iter().enumerate() {
        new_index[old as usize] = nparams + i as u32;
    }
    if new_index.iter().enumerate().all(|(i, &n)| i as u32 == n) {
        return;
    }
    let mut ip = 0;
    while ip < code.len() {
        let info = Op::from_u16(code[ip].0[0]).expect("checked above").info();
        let mut slot = 1;
        for (_, kind) in info.operands {
            if *kind == OperandKind::R {
                let w = &mut code[ip + slot / 4].0[slot % 4];
                if is_local(*w as u32) {
                    *w = new_index[*w as usize] as u16;
                }
            }
            slot += kind.slots();
        }
        ip += info.width;
    }
    for e in exc_table.iter_mut() {
        if is_local(e.exc_reg as u32) {
            e.exc_reg = new_index[e.exc_reg as usize] as u16;
        }
    }
    let old = std::mem::take(varnames);
    let mut reordered: Vec<Option<String>> = vec![None; old.len()];
    for (i, name) in old.into_iter().enumerate() {
        reordered[new_index[i] as usize] = Some(name);
    }
    *varnames = reordered.into_iter().map(|n| n.expect("a permutation")).collect();
}
