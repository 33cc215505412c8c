//! pyston-rt: a Python 3.11 runtime with a register-bytecode interpreter,
//! designed for baseline-JIT, LLVM-JIT and ahead-of-time tiers.
//! See `docs/ARCHITECTURE.md`.

pub mod abi;
pub mod bytecode;
pub mod cli;
pub mod compile;
pub mod format;
pub mod ic;
pub mod import;
pub mod interp;
pub mod llvm;
pub mod loader;
pub mod modules;
pub mod objcache;
pub mod object;
pub mod runtime;

/// The LLVM version this build links against.
pub fn llvm_version() -> String {
    let (a, b, c) = inkwell::support::get_llvm_version();
    format!("{a}.{b}.{c}")
}
