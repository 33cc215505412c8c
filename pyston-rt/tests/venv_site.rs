//! Shell-level checks of start-up (issue 12): `pyston-rt -m venv ENV`
//! makes an environment whose `bin/python`, `bin/python3` and
//! `bin/pyston-rt` run pyston-rt with `sys.prefix == ENV`, the installation
//! as `sys.base_prefix` and the venv's site-packages on `sys.path`; and
//! the `-S`, `-I`, `-E`, `-s` flags change `sys.flags`, `sys.path` and
//! whether `site` is imported as CPython's do.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_pyston-rt");

/// A fresh temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("pyston-{}-{}", tag, std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("create temp dir");
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A command with the variables that change start-up removed.
fn cmd(exe: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut c = Command::new(exe);
    c.env_remove("PYTHONPATH").env_remove("PYSTONPATH").env_remove("PYSTONHOME").env_remove("PYTHONNOUSERSITE");
    c.env_remove("PYTHONSAFEPATH");
    c
}

/// Run a program; stdout on success, a panic with stderr otherwise.
fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run pyston-rt");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{:?} failed: {}\n{}", cmd, stdout, String::from_utf8_lossy(&out.stderr));
    stdout
}

fn py(args: &[&str]) -> String {
    run(cmd(BIN).args(args).current_dir(std::env::temp_dir()))
}

#[test]
fn venv_creates_a_working_environment() {
    let tmp = TempDir::new("venv");
    let env = tmp.0.join("env");
    py(&["-m", "venv", "--without-pip", env.to_str().unwrap()]);
    let cfg = std::fs::read_to_string(env.join("pyvenv.cfg")).expect("pyvenv.cfg");
    let real = std::fs::canonicalize(BIN).unwrap();
    let home = real.parent().unwrap();
    assert!(cfg.lines().any(|l| l == format!("home = {}", home.display())), "{}", cfg);
    assert!(cfg.contains("include-system-site-packages = false"), "{}", cfg);
    let site = env.join("lib").join("python3.11").join("site-packages");
    assert!(site.is_dir());
    // A module installed into the venv's site-packages and a .pth-free
    // package dir are importable from every entry point.
    std::fs::write(site.join("venvmod.py"), "WHERE = 'venv'\n").unwrap();
    let probe = "import sys, venvmod, site; print(sys.prefix); print(sys.exec_prefix); print(sys.base_prefix); \
                 print(sys.executable); print(sys._base_executable); print(venvmod.WHERE); \
                 print(sys.path[-1]); print(site.ENABLE_USER_SITE)";
    let base_prefix = home.parent().unwrap();
    for name in ["python", "python3", "pyston-rt", "python3.11"] {
        let exe = env.join("bin").join(name);
        assert!(exe.exists(), "missing {}", exe.display());
        let out = run(cmd(&exe).args(["-c", probe]).current_dir(&tmp.0));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], env.to_str().unwrap(), "{}", out);
        assert_eq!(lines[1], env.to_str().unwrap(), "{}", out);
        assert_eq!(Path::new(lines[2]), base_prefix, "{}", out);
        assert_eq!(Path::new(lines[3]), exe, "{}", out);
        assert_eq!(Path::new(lines[4]), real, "{}", out);
        assert_eq!(lines[5], "venv");
        assert_eq!(Path::new(lines[6]), site, "{}", out);
        assert_eq!(lines[7], "False", "{}", out);
    }
    // -S: no site, so no site-packages; sys.prefix still the venv.
    let out = run(cmd(env.join("bin").join("python")).args(["-S", "-c", "import sys; print(sys.prefix, any('site-packages' in p for p in sys.path))"]));
    assert_eq!(out.trim(), format!("{} False", env.display()));
    // Running the base interpreter directly is not in the venv.
    let out = py(&["-c", "import sys; print(sys.prefix == sys.base_prefix)"]);
    assert_eq!(out.trim(), "True");
}

#[test]
fn site_flags() {
    let probe = "import sys; f = sys.flags; print('site' in sys.modules, f.no_site, f.isolated, f.ignore_environment, \
                 f.no_user_site, f.safe_path, sys.path[0] if sys.path else None)";
    let tmp = TempDir::new("flags");
    let script = tmp.0.join("probe.py");
    std::fs::write(&script, probe).unwrap();
    let script = script.to_str().unwrap();
    let dir = tmp.0.to_str().unwrap();
    let stdlib = py(&["-S", "-c", "import os; print(os.path.dirname(os.__file__))"]);
    let stdlib = stdlib.trim();
    assert_eq!(py(&[script]).trim(), format!("True 0 0 0 0 False {}", dir));
    assert_eq!(py(&["-S", script]).trim(), format!("False 1 0 0 0 False {}", dir));
    assert_eq!(py(&["-s", script]).trim(), format!("True 0 0 0 1 False {}", dir));
    assert_eq!(py(&["-E", script]).trim(), format!("True 0 0 1 0 False {}", dir));
    // -I: -E -s -P, so the script's directory is not on sys.path.
    assert_eq!(py(&["-I", script]).trim(), format!("True 0 1 1 1 True {}", stdlib));
    assert_eq!(py(&["-I", "-S", "-c", probe]).trim(), format!("False 1 1 1 1 True {}", stdlib));
    // -E ignores PYSTONPATH and PYTHONNOUSERSITE.
    let out = run(cmd(BIN).args(["-E", "-c", "import sys; print(sys.flags.no_user_site, '/nonexistent-pp' in sys.path)"]).env("PYSTONPATH", "/nonexistent-pp"));
    assert_eq!(out.trim(), "0 False");
    let out = run(cmd(BIN).args(["-c", "import sys; print(sys.flags.no_user_site, '/nonexistent-pp' in sys.path)"]).env("PYTHONNOUSERSITE", "1"));
    assert_eq!(out.trim(), "1 False");
}

#[test]
fn zip_archive_runs_its_main() {
    let tmp = TempDir::new("zipapp");
    let src = tmp.0.join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(src.join("__main__.py"), "import sys, helper\nprint(helper.X, sys.argv[1:])\n").unwrap();
    std::fs::write(src.join("helper.py"), "X = 'zipped helper'\n").unwrap();
    let app = tmp.0.join("app.pyz");
    py(&["-m", "zipapp", src.to_str().unwrap(), "-o", app.to_str().unwrap()]);
    let out = py(&[app.to_str().unwrap(), "a", "b"]);
    assert_eq!(out.trim(), "zipped helper ['a', 'b']");
    // `-m` of a package and a module inside an archive on PYSTONPATH
    // (zipimport through sys.path_hooks, run by runpy).
    let pkg = tmp.0.join("lib").join("zpkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("__init__.py"), "").unwrap();
    std::fs::write(pkg.join("__main__.py"), "import sys\nprint('zpkg main', __name__, __package__, sys.argv[1:])\n").unwrap();
    std::fs::write(pkg.join("tool.py"), "print('tool', __name__, type(__loader__).__name__)\n").unwrap();
    let lib = tmp.0.join("lib.zip");
    let script = format!(
        "import shutil; shutil.make_archive({:?}, 'zip', {:?})",
        tmp.0.join("lib").to_str().unwrap(),
        tmp.0.join("lib").to_str().unwrap()
    );
    py(&["-c", &script]);
    assert!(lib.is_file());
    let out = run(cmd(BIN).args(["-m", "zpkg", "x"]).env("PYSTONPATH", &lib).current_dir(&tmp.0));
    assert_eq!(out.trim(), "zpkg main __main__ zpkg ['x']");
    let out = run(cmd(BIN).args(["-m", "zpkg.tool"]).env("PYSTONPATH", &lib).current_dir(&tmp.0));
    assert_eq!(out.trim(), "tool __main__ zipimporter");
}
