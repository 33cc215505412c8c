//! Register effects of an instruction, derived from the opcode declaration
//! (`opcodes.rs`: the `{ ... }` clause of each opcode, or the default rule:
//! an `R` operand named `dst` is written, every other `R` operand read).
//!
//! One description serves every pass over finished code: the bytecode
//! verifier (`compile/verify.rs`: must-be-assigned dataflow), the load-time
//! bounds check (`object/code.rs`), the liveness pass that marks last uses
//! (`compile/codegen/liveness.rs`) and the locals renumbering
//! (`compile/codegen/locals_order.rs`); the tiers read it too (which
//! registers a compiled block must spill, what a call consumes).
//!
//! Clauses (`start`, `len` are expressions over the operand names):
//! - `read(s, n)`: registers that must hold a value;
//! - `peek(s, n)`: registers read that may be empty (`LoadFast`'s source);
//! - `write(s, n)`: written on every path out of the instruction;
//! - `write_ft(s, n)`: written only when it falls through (`ForIter`);
//! - `empty(s, n)`: emptied (after being read, if also read);
//! - `consume_window(s, n)`: read and emptied, a register window (calls);
//! - `read_window`, `write_window`, `empty_window`: the same for windows.
//!
//! A window is a run of consecutive registers beyond the named operands
//! (arguments, build elements, unpacking targets); `window` is its extent.

/// Up to four `[start, end)` register ranges.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Ranges {
    r: [(u32, u32); 4],
    n: u8,
}

impl Ranges {
    fn add(&mut self, start: u32, len: u32) {
        if len == 0 {
            return;
        }
        assert!((self.n as usize) < self.r.len(), "too many register ranges in one effect");
        self.r[self.n as usize] = (start, start + len);
        self.n += 1;
    }
    /// Every register in the ranges.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.r[..self.n as usize].iter().flat_map(|&(a, b)| a..b)
    }
    pub fn contains(&self, reg: u32) -> bool {
        self.r[..self.n as usize].iter().any(|&(a, b)| a <= reg && reg < b)
    }
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }
}

/// What one instruction does to the registers.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Effects {
    pub reads: Ranges,
    pub peeks: Ranges,
    pub writes: Ranges,
    pub writes_ft: Ranges,
    pub empties: Ranges,
    /// `[start, end)` of the register window, if the instruction has one.
    pub window: Option<(u32, u32)>,
}

impl Effects {
    pub fn read(&mut self, s: u32, n: u32) {
        self.reads.add(s, n);
    }
    pub fn peek(&mut self, s: u32, n: u32) {
        self.peeks.add(s, n);
    }
    pub fn write(&mut self, s: u32, n: u32) {
        self.writes.add(s, n);
    }
    pub fn write_ft(&mut self, s: u32, n: u32) {
        self.writes_ft.add(s, n);
    }
    pub fn empty(&mut self, s: u32, n: u32) {
        self.empties.add(s, n);
    }
    fn extend_window(&mut self, s: u32, n: u32) {
        self.window = Some(match self.window {
            None => (s, s + n),
            Some((a, b)) => (a.min(s), b.max(s + n)),
        });
    }
    pub fn read_window(&mut self, s: u32, n: u32) {
        self.read(s, n);
        self.extend_window(s, n);
    }
    pub fn write_window(&mut self, s: u32, n: u32) {
        self.write(s, n);
        self.extend_window(s, n);
    }
    pub fn empty_window(&mut self, s: u32, n: u32) {
        self.empty(s, n);
        self.extend_window(s, n);
    }
    pub fn consume_window(&mut self, s: u32, n: u32) {
        self.read(s, n);
        self.empty(s, n);
        self.extend_window(s, n);
    }
    /// Registers read (required or not).
    pub fn uses(&self) -> impl Iterator<Item = u32> + '_ {
        self.reads.iter().chain(self.peeks.iter())
    }
    /// Registers whose previous value is dead after the instruction
    /// (written on some path, or emptied).
    pub fn defs(&self) -> impl Iterator<Item = u32> + '_ {
        self.writes.iter().chain(self.writes_ft.iter()).chain(self.empties.iter())
    }
}

/// Which words of `code` start a basic block: the first instruction, jump
/// targets, exception handlers, and the instruction after one that jumps,
/// ends a block or suspends (flags `JUMP`, `TERMINATOR`, `YIELDS`).
pub fn block_starts(code: &[super::Instr], exc_table: &[super::ExcEntry]) -> Vec<bool> {
    use super::opcodes::flags;
    let mut starts = vec![false; code.len() + 1];
    starts[0] = true;
    let mut ip = 0;
    while ip < code.len() {
        let Some(op) = super::Op::from_u16(code[ip].0[0]) else { break };
        let info = op.info();
        let kinds: Vec<super::OperandKind> = info.operands.iter().map(|(_, k)| *k).collect();
        let vals = super::instr::decode_operands(code, ip, &kinds);
        for (k, kind) in kinds.iter().enumerate() {
            if *kind == super::OperandKind::J && (vals[k] as usize) < starts.len() {
                starts[vals[k] as usize] = true;
            }
        }
        if info.has(flags::JUMP | flags::TERMINATOR | flags::YIELDS) {
            starts[ip + info.width] = true;
        }
        ip += info.width;
    }
    for e in exc_table {
        if (e.handler as usize) < starts.len() {
            starts[e.handler as usize] = true;
        }
    }
    starts.truncate(code.len());
    starts
}
