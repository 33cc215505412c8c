//! A bytecode verifier for compiler output (tests and `pystonc check
//! --verify`): operand indices in range, jump and handler targets on
//! instruction boundaries, no falling off the end, and a must-be-assigned
//! dataflow check that every register read holds a value on every path
//! (locals only through `LoadFast`/`DeleteFast`/`ClearReg` when they may be
//! empty). This checks the compiler's register allocation and its
//! definite-assignment analysis. What each instruction reads, writes and
//! empties comes from the opcode declaration (`bytecode::effects`).

use crate::bytecode::code::Const;
use crate::bytecode::instr::OperandKind;
use crate::bytecode::opcodes::{flags, OP_INFO};
use crate::bytecode::CodeUnit;

/// Verifies `code` and every code object nested in it.
pub fn verify(code: &CodeUnit) -> Result<(), String> {
    verify_one(code).map_err(|e| format!("{} (line {}): {e}", code.qualname, code.firstlineno))?;
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

#[derive(Clone, PartialEq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize, all: bool) -> Bits {
        Bits(vec![if all { u64::MAX } else { 0 }; n.div_ceil(64).max(1)])
    }
    fn get(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn clear(&mut self, i: usize) {
        self.0[i / 64] &= !(1 << (i % 64));
    }
    /// self &= other; returns whether self changed.
    fn meet(&mut self, other: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let n = *a & *b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }
}

struct Insn {
    op: usize,
    ops: [u32; 8],
}

fn verify_one(code: &CodeUnit) -> Result<(), String> {
    let n = code.code.len();
    if code.locations.len() != n {
        return Err(format!("{} locations for {n} words", code.locations.len()));
    }
    let nregs = code.nregs as usize;
    // Decode.
    let mut insns: Vec<(usize, Insn)> = Vec::new();
    let mut starts = vec![false; n + 1];
    let mut ip = 0;
    while ip < n {
        let op = (code.code[ip].0[0] & crate::bytecode::instr::OP_MASK) as usize;
        let info = OP_INFO.get(op).ok_or_else(|| format!("bad opcode {op} at {ip}"))?;
        if ip + info.width > n {
            return Err(format!("truncated instruction at {ip}"));
        }
        let mut slot = 1;
        let mut ops = [0u32; 8];
        for (i, (_, k)) in info.operands.iter().enumerate() {
            let lo = code.code[ip + slot / 4].0[slot % 4] as u32;
            let val = if *k == OperandKind::J {
                let s2 = slot + 1;
                lo | (code.code[ip + s2 / 4].0[s2 % 4] as u32) << 16
            } else {
                lo
            };
            match k {
                OperandKind::K if val as usize >= code.consts.len() => return Err(format!("const {val} out of range at {ip}")),
                OperandKind::N if val as usize >= code.names.len() => return Err(format!("name {val} out of range at {ip}")),
                OperandKind::C if val >= code.n_ic => return Err(format!("ic {val} out of range at {ip}")),
                OperandKind::R if val as usize >= nregs => return Err(format!("register r{val} >= nregs {nregs} at {ip}")),
                _ => {}
            }
            ops[i] = val;
            slot += k.slots();
        }
        starts[ip] = true;
        insns.push((ip, Insn { op, ops }));
        ip += info.width;
    }
    let index_of = |word: u32| -> Result<usize, String> {
        if (word as usize) < n && starts[word as usize] {
            Ok(insns.partition_point(|(w, _)| (*w as u32) < word))
        } else {
            Err(format!("target {word} is not an instruction"))
        }
    };
    for e in &code.exc_table {
        index_of(e.handler)?;
        if e.start >= e.end || e.end as usize > n || e.exc_reg as usize >= nregs {
            return Err(format!("bad exception table entry {e:?}"));
        }
    }
    // Must-be-assigned dataflow.
    let nlocals = code.varnames.len();
    let ncells = code.cellvars.len() + code.freevars.len();
    let nparams = (code.argcount
        + code.kwonlyargcount
        + u32::from(code.flags & crate::bytecode::code_flags::VARARGS != 0)
        + u32::from(code.flags & crate::bytecode::code_flags::VARKEYWORDS != 0)) as usize;
    let mut entry = Bits::new(nregs, false);
    for i in 0..nparams.min(nlocals) {
        entry.set(i);
    }
    for i in nlocals..nlocals + ncells {
        entry.set(i);
    }
    let m = insns.len();
    if m == 0 {
        return Err("empty code".into());
    }
    let mut state: Vec<Option<Bits>> = vec![None; m];
    state[0] = Some(entry);
    let mut work = vec![0usize];
    let mut in_work = vec![false; m];
    in_work[0] = true;
    while let Some(i) = work.pop() {
        in_work[i] = false;
        let (word, insn) = &insns[i];
        let info = &OP_INFO[insn.op];
        let mut s = state[i].clone().expect("state");
        let op = crate::bytecode::Op::from_u16(insn.op as u16).expect("decoded above");
        let eff = crate::bytecode::opcodes::effects(op, &insn.ops);
        for r in eff.peeks.iter().chain(eff.writes.iter()).chain(eff.writes_ft.iter()).chain(eff.empties.iter()) {
            if r as usize >= nregs {
                return Err(format!("{} at {word} uses r{r} >= nregs", info.name));
            }
        }
        for r in eff.reads.iter() {
            let r = r as usize;
            if r >= nregs {
                return Err(format!("{} at {word} reads r{r} >= nregs", info.name));
            }
            if !s.get(r) {
                return Err(format!("{} at {word} reads r{r} which may be empty", info.name));
            }
        }
        let mut succ: Vec<(usize, Bits)> = Vec::new();
        // Exceptions: the handler sees the state before the instruction.
        if info.has(flags::RAISES) {
            if let Some(h) = code.handler_for(*word) {
                let mut hs = s.clone();
                hs.set(h.exc_reg as usize);
                succ.push((index_of(h.handler)?, hs));
            }
        }
        for r in eff.empties.iter() {
            s.clear(r as usize);
        }
        for r in eff.writes.iter() {
            s.set(r as usize);
        }
        if info.has(flags::JUMP) {
            let t = insn.ops[info.operands.len() - 1];
            succ.push((index_of(t)?, s.clone()));
        }
        for r in eff.writes_ft.iter() {
            s.set(r as usize);
        }
        if !info.has(flags::TERMINATOR) {
            if i + 1 >= m {
                return Err(format!("{} at {word} falls off the end", info.name));
            }
            succ.push((i + 1, s));
        }
        for (j, st) in succ {
            let changed = match &mut state[j] {
                None => {
                    state[j] = Some(st);
                    true
                }
                Some(old) => old.meet(&st),
            };
            if changed && !in_work[j] {
                in_work[j] = true;
                work.push(j);
            }
        }
    }
    Ok(())
}
