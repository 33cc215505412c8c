//! Cycles are reclaimed: a program creating 3 million cyclic objects
//! (1.5M pairs of instances pointing at each other, plus self-referencing
//! lists) must stay under 64 MB peak RSS.

use std::io::Write;
use std::process::Command;

const PROGRAM: &str = r#"
class Pair:
    def __init__(self):
        self.other = None

def churn(n):
    for i in range(n):
        a = Pair()
        b = Pair()
        a.other = b
        b.other = a
        l = []
        l.append(l)

churn(1_500_000)
print("done")
"#;

fn peak_rss_kb(bin: &str, script: &std::path::Path) -> (i64, String) {
    let child = Command::new(bin).arg(script).stdout(std::process::Stdio::piped()).spawn().expect("spawn pyston-rt");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data, zero-initialized; wait4 fills it for our child.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waiting for our own child process.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    assert_eq!(r, pid, "wait4 failed");
    let mut out = String::new();
    if let Some(mut so) = child.stdout {
        use std::io::Read;
        let _ = so.read_to_string(&mut out);
    }
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "child failed: status {status}");
    (ru.ru_maxrss, out)
}

#[test]
fn cycles_are_reclaimed() {
    let dir = std::env::temp_dir().join(format!("pyston-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("cycles.py");
    std::fs::File::create(&script).unwrap().write_all(PROGRAM.as_bytes()).unwrap();
    let bin = env!("CARGO_BIN_EXE_pyston-rt");
    let empty = dir.join("empty.py");
    std::fs::write(&empty, "print('done')\n").unwrap();
    let (base_kb, _) = peak_rss_kb(bin, &empty);
    let start = std::time::Instant::now();
    let (kb, out) = peak_rss_kb(bin, &script);
    let elapsed = start.elapsed();
    eprintln!("cycles.py: peak RSS {} KB (empty program {} KB), {:.2?}", kb, base_kb, elapsed);
    assert_eq!(out.trim(), "done");
    assert!(kb < 64 * 1024, "peak RSS {} KB is over 64 MB", kb);
    // Most of an empty run's RSS is the mapped binary: the cycles themselves
    // must cost next to nothing (without the collector they take ~1 GB).
    assert!(kb - base_kb < 16 * 1024, "cycles grew RSS by {} KB", kb - base_kb);
    let _ = std::fs::remove_dir_all(&dir);
}
