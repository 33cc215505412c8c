//! `pystonc`: the ahead-of-time compiler driver.
//!
//! One module per subcommand; `main` only parses the command name and
//! dispatches. Exit status: 0 success, 1 when the command found errors
//! (e.g. files that do not compile), 2 for usage errors.

mod check;
mod dis;

use std::process::ExitCode;

const USAGE: &str = "\
usage: pystonc <command> [options] [args]

commands:
  check PATH...      compile every .py file under the given directories (or the
                     given files) and report the ones that fail to compile
  dis FILE...        print the bytecode of each file (or its compile error)

options:
  -h, --help         show this help
  -V, --version      show the version
";

/// A command's failure: what to print and the exit status.
pub struct Failure {
    pub message: String,
    pub status: u8,
}

impl Failure {
    pub fn usage(msg: impl Into<String>) -> Failure {
        Failure { message: format!("{}\n\n{USAGE}", msg.into()), status: 2 }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        None => Err(Failure::usage("pystonc: missing command")),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(0)
        }
        Some("-V" | "--version") => {
            println!("pystonc {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Some("check") => check::run(&args[1..]),
        Some("dis") => dis::run(&args[1..]),
        Some(other) => Err(Failure::usage(format!("pystonc: unknown command '{other}'"))),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) => {
            eprint!("{}", f.message);
            if !f.message.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(f.status)
        }
    }
}
