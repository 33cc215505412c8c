//! `pystonc check PATH...`: compile every `.py` file under the given
//! directories (and every file given directly) in parallel, report each
//! failure as `error: FILE:LINE: Kind: message` (sorted by path), then
//! `pystonc check: N files, K compiled, F failed`. Exit status 1 when any
//! file failed.

use crate::Failure;
use pyston_rt::compile::{compile_source, decode_source, Mode};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

const HELP: &str = "\
usage: pystonc check [-j N] PATH...

Compiles every .py file under each directory PATH (and each file PATH) and
reports the files that fail to compile.

options:
  -j, --jobs N   number of worker threads (default: all cores)
  --verify       also run the bytecode verifier on the compiled code
  -h, --help     show this help
";

/// Worker threads recurse over deeply nested ASTs: give them room.
const STACK_SIZE: usize = 64 << 20;

pub fn run(args: &[String]) -> Result<u8, Failure> {
    let mut paths = Vec::new();
    let mut jobs = 0usize;
    let mut verify = false;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(0);
            }
            "--verify" => verify = true,
            "-j" | "--jobs" => {
                i += 1;
                jobs = args
                    .get(i)
                    .and_then(|n| n.parse().ok())
                    .ok_or_else(|| Failure::usage(format!("pystonc check: {a} needs a number")))?;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(Failure::usage(format!("pystonc check: unknown option '{s}'")));
            }
            _ => paths.push(PathBuf::from(a)),
        }
        i += 1;
    }
    if paths.is_empty() {
        return Err(Failure::usage("pystonc check: missing PATH"));
    }
    let mut files = Vec::new();
    for p in &paths {
        collect(p, &mut files)?;
    }
    files.sort();
    files.dedup();

    // Internal compiler errors are reported per file; keep panics quiet.
    std::panic::set_hook(Box::new(|_| {}));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(STACK_SIZE)
        .build()
        .map_err(|e| Failure { message: format!("pystonc check: {e}"), status: 2 })?;
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };
    let results: Vec<Option<String>> = pool.install(|| {
        files
            .par_iter()
            .map(|f| {
                let r = check_file(f, verify);
                if let Some(b) = &bar {
                    b.inc(1);
                }
                r
            })
            .collect()
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut failed = 0;
    for r in results.iter().flatten() {
        failed += 1;
        println!("{r}");
    }
    println!("pystonc check: {} files, {} compiled, {} failed", files.len(), files.len() - failed, failed);
    Ok(if failed > 0 { 1 } else { 0 })
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), Failure> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Failure::usage(format!("pystonc check: cannot access '{}': {e}", path.display())))?;
    if meta.is_file() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
        match entry {
            Ok(e) => {
                if e.file_type().is_file() && e.path().extension().map_or(false, |x| x == "py") {
                    out.push(e.into_path());
                }
            }
            Err(e) => eprintln!("pystonc check: warning: {e}"),
        }
    }
    Ok(())
}

/// The error line for a file that does not compile.
fn check_file(path: &Path, verify: bool) -> Option<String> {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return Some(format!("error: {name}:0: cannot read: {e}")),
    };
    let result = decode_source(&bytes, &name).and_then(|src| compile_source(&src, &name, Mode::Exec));
    match result {
        Ok(code) if verify => pyston_rt::compile::verify::verify(&code).err().map(|e| format!("error: {name}:0: verifier: {e}")),
        Ok(_) => None,
        Err(e) => Some(format!("error: {name}:{}: {}: {}", e.line, e.kind.name(), e.msg)),
    }
}
