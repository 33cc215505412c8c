//! Records the host CPython's standard library directory (if `python3` is
//! installed) as `PYSTON_BUILD_STDLIB`; `sys.path` ends with it unless
//! `PYSTON_STDLIB` says otherwise at run time.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PYSTON_BUILD_STDLIB");
    let out = std::process::Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output();
    if let Ok(o) = out {
        if o.status.success() {
            let s = String::from_utf8_lossy(&o.stdout).trim().to_string();
            if !s.is_empty() {
                println!("cargo:rustc-env=PYSTON_BUILD_STDLIB={}", s);
            }
        }
    }
}
