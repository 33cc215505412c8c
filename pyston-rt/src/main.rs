//! `pyston-rt`: run Python programs (see `cli.rs`).

fn main() {
    std::process::exit(pyston_rt::cli::main());
}
