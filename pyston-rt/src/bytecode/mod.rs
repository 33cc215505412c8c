//! The register bytecode: instruction words, the opcode table (declared
//! once), and the compiler's output `CodeUnit`.

pub mod code;
pub mod effects;
pub mod dis;
pub mod instr;
pub mod opcodes;

pub use code::{code_flags, CodeUnit, Const, ExcEntry, Location};
pub use instr::{Instr, OperandKind, Reg};
pub use opcodes::{ops, BinOpKind, CmpKind, Encode, Op, OpInfo, UnaryKind, OP_INFO};
