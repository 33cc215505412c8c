//! `pystonc dis FILE...`: print the disassembly of each file, or its
//! compile error exactly as CPython prints it.

use crate::Failure;
use pyston_rt::bytecode::dis::disassemble;
use pyston_rt::compile::{compile_source, decode_source, Mode};

pub fn run(args: &[String]) -> Result<u8, Failure> {
    if args.is_empty() {
        return Err(Failure::usage("pystonc dis: missing FILE"));
    }
    let mut status = 0;
    for f in args {
        let bytes = std::fs::read(f).map_err(|e| Failure { message: format!("pystonc dis: cannot read '{f}': {e}"), status: 2 })?;
        match decode_source(&bytes, f).and_then(|src| compile_source(&src, f, Mode::Exec)) {
            Ok(code) => print!("{}", disassemble(&code)),
            Err(e) => {
                eprint!("{}", e.format());
                status = 1;
            }
        }
    }
    Ok(status)
}
