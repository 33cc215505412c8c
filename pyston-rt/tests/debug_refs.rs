//! Leak check: every differential case runs under `PYSTON_DEBUG_REFS=1`,
//! which tears the interpreter down at exit (module dicts wiped, collector
//! run until nothing more is freed) and reports the objects still alive.
//! Nothing may be left. Every case runs under each tier (`TIERS`); a case
//! listed as `case.py@llvm` in tests/known_failures.txt is skipped under
//! that tier.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Cases that cannot produce the exit report, with the reason.
const ALLOWLIST: &[(&str, &str)] = &[("errors/keyboard_interrupt.py", "exits by re-raising SIGINT: no exit report")];

/// The tiers the leak check runs under (as the differential test).
const TIERS: &[&str] = &["interp", "llvm"];

/// `case@tier` entries of tests/known_failures.txt.
fn known_tier_failures(root: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(root.join("../known_failures.txt")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split('#').next())
        .filter_map(|e| e.trim().rsplit_once('@'))
        .map(|(c, t)| (c.trim().to_string(), t.trim().to_string()))
        .collect()
}

fn cases(root: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for dir in std::fs::read_dir(root).expect("cases dir").flatten() {
        if dir.path().is_dir() {
            for f in std::fs::read_dir(dir.path()).expect("case dir").flatten() {
                if f.path().extension().is_some_and(|e| e == "py") {
                    v.push(f.path());
                }
            }
        }
    }
    v.sort();
    v
}

fn run(bin: &str, case: &Path, tier: &str) -> Result<(), String> {
    let mut cmd = Command::new(bin);
    if tier == "llvm" && std::env::var_os("PYSTON_CACHE_DIR").is_none() {
        let cache = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/llvm-objcache");
        cmd.env("PYSTON_CACHE_DIR", cache);
    }
    let mut child = cmd
        .arg(format!("--tier={}", tier))
        .arg(case.file_name().expect("name"))
        .current_dir(case.parent().expect("dir"))
        .env("PYSTON_DEBUG_REFS", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            return Err("timed out".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let err = String::from_utf8_lossy(&out.stderr);
    match err.find("[pyston-rt] debug-refs:") {
        Some(i) if err[i..].starts_with("[pyston-rt] debug-refs: 0 objects alive at exit") => Ok(()),
        Some(i) => Err(err[i..].to_string()),
        None => Err(format!("no debug-refs report; stderr:\n{}", err)),
    }
}

#[test]
fn no_objects_alive_after_teardown() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases");
    let bin = env!("CARGO_BIN_EXE_pyston-rt");
    let all = cases(&root);
    let known = known_tier_failures(&root);
    let work: Vec<(String, PathBuf, &str)> = all
        .into_iter()
        .map(|p| (p.strip_prefix(&root).expect("prefix").to_string_lossy().into_owned(), p))
        .filter(|(name, _)| !ALLOWLIST.iter().any(|(a, _)| a == name))
        .flat_map(|(n, p)| TIERS.iter().map(move |t| (n.clone(), p.clone(), *t)))
        .filter(|(n, _, t)| !known.iter().any(|(kc, kt)| kc == n && kt == t))
        .collect();
    assert!(work.len() > 100, "too few cases found under {}", root.display());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((name, path, tier)) = work.get(i) else { break };
                if let Err(e) = run(bin, path, tier) {
                    failures.lock().expect("lock").push(format!("{}@{}: {}", name, tier, e));
                }
            });
        }
    });
    let failures = failures.into_inner().expect("lock");
    assert!(failures.is_empty(), "{} cases leak:\n{}", failures.len(), failures.join("\n"));
}
