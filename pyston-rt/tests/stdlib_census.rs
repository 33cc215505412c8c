//! The standard-library import census (issue: every pure-Python module
//! imports). `tests/stdlib_census.txt` lists each module of
//! `sys.stdlib_module_names` that CPython 3.11 imports on this machine, with
//! `ok` or the error pyston-rt gives; this test re-runs the census and fails
//! when a module recorded as importing no longer does. Modules that start to
//! import are reported (refresh the file with `scripts/stdlib-census --write`).

use std::path::Path;
use std::process::Command;

#[test]
fn stdlib_census_has_no_regressions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let script = root.join("scripts").join("stdlib-census");
    let out = Command::new("python3")
        .arg(&script)
        .arg("--check")
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_pyston-rt"))
        .output()
        .expect("run scripts/stdlib-census (python3 must be installed)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "stdlib census regressed:\n{stdout}");
}
