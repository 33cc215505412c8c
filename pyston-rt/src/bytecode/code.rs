//! `CodeUnit`: the compiler's output, pure data.
//!
//! A `CodeUnit` holds no runtime objects, so it is `Send` (pystonc compiles
//! in parallel), can be serialized into archives, and is materialized into a
//! runtime code object (constants become objects, names are interned) when a
//! module is loaded.
//!
//! Register layout of a frame running this code:
//! `[0, nlocals)` the local variables (`varnames`, parameters first), then
//! `[nlocals, nlocals + cellvars + freevars)` one cell per cell/free variable,
//! then temporaries up to `nregs`.

use super::instr::Instr;
use num_bigint::BigInt;
use std::sync::Arc;

/// Code flags, with CPython's values.
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    Code(Arc<CodeUnit>),
}

/// One exception-table entry: an exception raised by an instruction in
/// `[start, end)` is stored in register `exc_reg` and execution continues at
/// `handler`. Entries are ordered innermost first; the first match wins.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub exc_reg: u16,
}

/// Source position of an instruction. Lines are 1-based; columns are 0-based
/// UTF-8 byte offsets into the line, as in CPython's `co_positions()`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compiled code object (one function, class body, module, lambda or
/// comprehension).
#[derive(Clone, Debug, PartialEq)]
pub struct CodeUnit {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Local variable names; parameters first (positional, keyword-only,
    /// then `*args`, then `**kwargs`), as CPython's `co_varnames`.
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter: (cell index, parameter index).
    pub cell2arg: Vec<(u32, u32)>,
    /// Total registers: locals + cells + frees + temporaries.
    pub nregs: u32,
    /// The instruction words.
    pub code: Vec<Instr>,
    pub consts: Vec<Const>,
    /// Names used by global/attribute/name instructions.
    pub names: Vec<String>,
    pub exc_table: Vec<ExcEntry>,
    /// One location per instruction word (continuation words repeat it).
    pub locations: Vec<Location>,
    /// Number of inline-cache entries (`ic` operands are `0..n_ic`).
    pub n_ic: u32,
    /// The docstring, when the body starts with one (functions, classes, modules).
    pub docstring: Option<String>,
}

impl CodeUnit {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// First register holding a cell (cellvars then freevars follow).
    pub fn cell_base(&self) -> usize {
        self.varnames.len()
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
    pub fn is_generator(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0
    }
    /// Line of the instruction at word `ip`.
    pub fn line_at(&self, ip: usize) -> u32 {
        self.locations.get(ip).map(|l| l.line).unwrap_or(self.firstlineno)
    }
    /// The innermost handler covering word `ip`.
    pub fn handler_for(&self, ip: usize) -> Option<&ExcEntry> {
        let ip = ip as u32;
        self.exc_table.iter().find(|e| e.start <= ip && ip < e.end)
    }
}
