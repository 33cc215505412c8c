//! Instruction words and operand slots.
//!
//! An instruction is one or two 8-byte words in one contiguous array.
//! Word 0 holds the opcode in slot 0 and up to three operands in slots 1..=3;
//! an instruction with more operand slots takes a second word (slots 3..=6).
//! Jump targets are word indices and take two consecutive slots (low, high).
//! Everything here is driven by the declaration in `opcodes.rs`.

/// One 8-byte instruction word: four 16-bit slots.
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Instr(pub [u16; 4]);

/// Slot 0 of an instruction's first word: the opcode in the low byte, and
/// in the high byte one bit per register operand (declaration order) that
/// the instruction reads for the last time: the interpreter clears those
/// registers after the instruction (`compile/codegen/liveness.rs`).
pub const OP_MASK: u16 = 0x00FF;
pub const CLEAR_SHIFT: u16 = 8;

/// A register (vreg) index in the frame.
pub type Reg = u16;

/// The kinds of operand an opcode declares. Each takes one slot except `J`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// register
    R,
    /// constant index
    K,
    /// name index
    N,
    /// immediate (count, flag set, operator kind)
    I,
    /// inline-cache index
    C,
    /// jump target (word index, 32 bits, two slots)
    J,
}

impl OperandKind {
    pub const fn slots(self) -> usize {
        match self {
            OperandKind::J => 2,
            _ => 1,
        }
    }
}

/// Number of words an instruction with these operands occupies.
pub const fn width_of(kinds: &[OperandKind]) -> usize {
    let mut slots = 0;
    let mut i = 0;
    while i < kinds.len() {
        slots += kinds[i].slots();
        i += 1;
    }
    assert!(slots <= 7, "an instruction has at most 7 operand slots");
    if slots <= 3 {
        1
    } else {
        2
    }
}

/// The slot index of each register operand, in declaration order (0 past
/// the last).
pub const fn reg_slots_of(kinds: &[OperandKind]) -> [u8; 8] {
    let mut out = [0u8; 8];
    let mut slot = 1;
    let mut n = 0;
    let mut i = 0;
    while i < kinds.len() {
        if matches!(kinds[i], OperandKind::R) {
            out[n] = slot as u8;
            n += 1;
        }
        slot += kinds[i].slots();
        i += 1;
    }
    out
}

/// Every operand of the instruction at `ip` with these operand kinds, in
/// declaration order (jump targets as 32-bit values), for passes over
/// finished code.
pub fn decode_operands(code: &[Instr], ip: usize, kinds: &[OperandKind]) -> [u32; 8] {
    let mut out = [0u32; 8];
    let mut slot = 1;
    for (i, k) in kinds.iter().enumerate() {
        let get = |s: usize| code[ip + s / 4].0[s % 4] as u32;
        out[i] = if matches!(k, OperandKind::J) { get(slot) | (get(slot + 1) << 16) } else { get(slot) };
        slot += k.slots();
    }
    out
}

/// Reads operand slots in declaration order. Everything is `inline(always)`
/// so that a decode is a handful of loads with constant offsets.
pub struct SlotReader<'a> {
    words: &'a [Instr],
    ip: usize,
    slot: usize,
}

impl<'a> SlotReader<'a> {
    #[inline(always)]
    pub fn new(words: &'a [Instr], ip: usize) -> Self {
        SlotReader { words, ip, slot: 1 }
    }
    #[inline(always)]
    fn next(&mut self) -> u16 {
        let s = self.slot;
        self.slot += 1;
        self.words[self.ip + s / 4].0[s % 4]
    }
    #[inline(always)]
    pub fn u16(&mut self) -> u16 {
        self.next()
    }
    #[inline(always)]
    pub fn u32(&mut self) -> u32 {
        let lo = self.next() as u32;
        let hi = self.next() as u32;
        lo | (hi << 16)
    }
}

/// Writes operand slots in declaration order.
pub struct SlotWriter {
    words: [Instr; 2],
    slot: usize,
}

impl SlotWriter {
    pub fn new(op: u16) -> Self {
        let mut words = [Instr::default(); 2];
        words[0].0[0] = op;
        SlotWriter { words, slot: 1 }
    }
    fn put(&mut self, v: u16) {
        let s = self.slot;
        self.slot += 1;
        self.words[s / 4].0[s % 4] = v;
    }
    pub fn u16(&mut self, v: u16) {
        self.put(v)
    }
    pub fn u32(&mut self, v: u32) {
        self.put(v as u16);
        self.put((v >> 16) as u16);
    }
    pub fn finish(self, out: &mut Vec<Instr>) {
        let n = if self.slot <= 4 { 1 } else { 2 };
        out.extend_from_slice(&self.words[..n]);
    }
}
