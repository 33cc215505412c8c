pub mod bytecode;
pub mod compile;
pub mod format;

pub fn llvm_version() -> String {
    let (a, b, c) = inkwell::support::get_llvm_version();
    format!("{a}.{b}.{c}")
}
