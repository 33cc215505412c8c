fn main() { println!("{}", pyston_rt::llvm_version()); }
