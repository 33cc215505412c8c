//! Statistics tests (Pyston's `statcheck`): every `tests/stats/NAME.py`
//! runs under pyston-rt with `PYSTON_STATS_FILE` set; its stdout must equal
//! CPython's, and each `# statcheck: EXPR` line of the file must hold for
//! the statistics written at exit. The expressions are Python, evaluated by
//! `python3` with `S` (the whole JSON report), `code(qualname)` (the entry
//! of the code object with that qualname, which must exist), `ic(kind)` and
//! `hit_rate(entry)`. Checks say which fast path a program must take:
//! e.g. a loop over `obj.x` hits its attribute cache.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").canonicalize().expect("workspace root")
}

const EVAL: &str = r#"
import json, sys
S = json.load(open(sys.argv[1]))
def code(name):
    found = [c for c in S["code"] if c["qualname"] == name]
    if not found:
        raise SystemExit("no code object named %r in the statistics" % name)
    return found[0]
def ic(kind):
    return S["ic"][kind]
def hit_rate(e):
    n = e["hits"] + e["misses"]
    return e["hits"] / n if n else 0.0
bad = 0
for expr in sys.argv[2:]:
    try:
        ok = eval(expr)
    except SystemExit as e:
        ok, expr = False, "%s (%s)" % (expr, e)
    if not ok:
        print("statcheck failed: %s" % expr)
        bad += 1
if bad:
    print(json.dumps(S, indent=1)[:4000])
sys.exit(1 if bad else 0)
"#;

#[test]
fn statcheck() {
    let root = workspace_root();
    let bin = root.join("target/release/pyston-rt");
    let dir = root.join("tests/stats");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir).expect("tests/stats").filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "py")).collect();
    files.sort();
    assert!(!files.is_empty(), "no statistics tests");
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let src = fs::read_to_string(f).unwrap();
        let checks: Vec<String> = src.lines().filter_map(|l| l.trim().strip_prefix("# statcheck:")).map(|s| s.trim().to_string()).collect();
        if checks.is_empty() {
            failures.push(format!("{name}: no '# statcheck:' lines"));
            continue;
        }
        let out_file = std::env::temp_dir().join(format!("pyston-stats-{}-{}.json", std::process::id(), name));
        let ours = Command::new(&bin).arg(f).env("PYSTON_STATS_FILE", &out_file).env("PYTHONHASHSEED", "0").output().expect("run pyston-rt");
        let theirs = Command::new("python3").arg(f).env("PYTHONHASHSEED", "0").output().expect("run python3");
        if ours.stdout != theirs.stdout || ours.status.code() != theirs.status.code() {
            failures.push(format!(
                "{name}: output differs from CPython's\n--- pyston-rt ({:?})\n{}{}\n--- python3\n{}",
                ours.status.code(),
                String::from_utf8_lossy(&ours.stdout),
                String::from_utf8_lossy(&ours.stderr),
                String::from_utf8_lossy(&theirs.stdout)
            ));
            let _ = fs::remove_file(&out_file);
            continue;
        }
        let ev = Command::new("python3").arg("-c").arg(EVAL).arg(&out_file).args(&checks).output().expect("run python3");
        let _ = fs::remove_file(&out_file);
        if !ev.status.success() {
            failures.push(format!("{name}:\n{}{}", String::from_utf8_lossy(&ev.stdout), String::from_utf8_lossy(&ev.stderr)));
        }
    }
    assert!(failures.is_empty(), "{} statistics test(s) failed:\n{}", failures.len(), failures.join("\n"));
}
