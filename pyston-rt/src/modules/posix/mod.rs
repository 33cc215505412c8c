//! The native `posix` module (what `os` is built on), CPython 3.11's API
//! and messages over `libc`:
//! - `mod.rs`: shared helpers (path and fd arguments, errors from errno
//!   with EINTR retries, PEP 475), the function table and the constants;
//! - `stat.rs`: `stat_result` and the other struct sequences, `stat`/`lstat`/`fstat`;
//! - `fs.rs`: operations on names (mkdir, rename, listdir, chmod, utime, ...);
//! - `fd.rs`: operations on descriptors (open, read, write, pipe, dup, ...);
//! - `process.rs`: process ids, fork/exec/wait, kill, times, uname, urandom;
//! - `ids.rs`: the `set*id` family, priorities, affinity, `getrandom`;
//! - `environ.rs`: `environ` (a dict of bytes), `putenv`/`unsetenv`;
//! - `scandir.rs`: `scandir` with `ScandirIterator` and `DirEntry`.
//!
//! File names are decoded as UTF-8 with `surrogateescape` (bytes in give
//! bytes out), and str paths encoded back the same way (`fs_encode`,
//! `fs_decode`), so undecodable names round-trip as CPython's do.

use crate::object::args::expect_index;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error, PyErr};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::is_none;
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::ffi::CString;

mod environ;
mod fd;
mod fs;
mod ids;
mod process;
mod scandir;
mod stat;

pub use process::clear_at_fork;

// ---- errors ----

pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The OSError subclass for `errno` with up to two file names
/// (`[Errno 2] No such file or directory: 'a' -> 'b'`).
pub fn os_err(errno: i32, f1: Option<&PyObject>, f2: Option<&PyObject>) -> PyErr {
    let mut args = vec![new_int(errno as i64), new_str(super::io::strerror(errno))];
    if let Some(f) = f1 {
        args.push(f.to_ref());
        if let Some(f2) = f2 {
            args.push(crate::object::singletons::none());
            args.push(f2.to_ref());
        }
    }
    PyErr::with_args(super::io::os_error_type(errno), args)
}

/// Run a system call until it does not fail with EINTR (PEP 475): pending
/// signals are handled between attempts (a handler that raises stops the
/// retry). `Err(errno)` for any other failure (-1 result).
pub fn retry(mut f: impl FnMut() -> isize) -> PyResult<Result<isize, i32>> {
    loop {
        let r = f();
        if r != -1 {
            return Ok(Ok(r));
        }
        let e = errno();
        if e != libc::EINTR {
            return Ok(Err(e));
        }
        crate::runtime::signals::check_interrupt()?;
    }
}

/// `retry` with the error converted to OSError naming `f1`/`f2`.
pub fn sys(f: impl FnMut() -> isize, f1: Option<&PyObject>, f2: Option<&PyObject>) -> PyResult<isize> {
    retry(f)?.map_err(|e| os_err(e, f1, f2))
}

// ---- arguments ----

/// A path argument (CPython's `path_t`): a NUL-terminated name, the str or
/// bytes object it came from (for results and error messages), or a
/// descriptor when the function accepts one.
pub struct PathArg {
    pub c: CString,
    /// The str/bytes value (after `__fspath__`); None for a descriptor or an omitted path.
    pub obj: Option<PyRef>,
    pub is_bytes: bool,
    pub fd: Option<i32>,
}

impl PathArg {
    pub fn name(&self) -> Option<&PyObject> {
        self.obj.as_deref()
    }
    pub fn ptr(&self) -> *const libc::c_char {
        self.c.as_ptr()
    }
    /// An object for error messages: the name, or the descriptor number.
    pub fn err_obj(&self) -> Option<PyRef> {
        match (&self.obj, self.fd) {
            (Some(o), _) => Some(o.clone()),
            (None, Some(fd)) => Some(new_int(fd as i64)),
            _ => None,
        }
    }
}

/// Raw file-system name bytes of a str/bytes/PathLike, and whether bytes.
fn fspath_raw(o: &PyObject) -> PyResult<Option<(Vec<u8>, PyRef, bool)>> {
    if let Some(s) = str_value(o) {
        return Ok(Some((fs_encode(s)?, o.to_ref(), false)));
    }
    if let Some(b) = super::hooks::bytes_data(o) {
        if o.is_instance_of(&crate::object::bytes::BYTES_TYPE) {
            return Ok(Some((b.to_vec(), o.to_ref(), true)));
        }
        return Ok(None);
    }
    if let Some(f) = super::builtins_funcs::lookup_special(o, crate::name!("__fspath__"))? {
        let r = protocol::call0(&f)?;
        if let Some(s) = str_value(&r) {
            return Ok(Some((fs_encode(s)?, r.clone(), false)));
        }
        if r.is_instance_of(&crate::object::bytes::BYTES_TYPE) {
            let b = super::hooks::bytes_data(&r).unwrap_or(&[]).to_vec();
            return Ok(Some((b, r, true)));
        }
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            o.type_().name(),
            r.type_().name()
        )));
    }
    Ok(None)
}

/// Convert a path argument of `fname`. `allow_fd`: an int is a descriptor;
/// `nullable`: None means "no path" (`listdir()`).
pub fn path_arg(fname: &str, o: Option<&PyObject>, allow_fd: bool, nullable: bool) -> PyResult<PathArg> {
    let o = match o {
        None => return Ok(PathArg { c: CString::new(".").unwrap(), obj: None, is_bytes: false, fd: None }),
        Some(o) => o,
    };
    if nullable && is_none(o) {
        return Ok(PathArg { c: CString::new(".").unwrap(), obj: None, is_bytes: false, fd: None });
    }
    if allow_fd && o.type_().nb_index.get().is_some() && str_value(o).is_none() {
        let v = expect_index(o)?;
        let fd = i32::try_from(v).map_err(|_| crate::object::exceptions::overflow_error(if v < 0 { "fd is less than minimum" } else { "fd is greater than maximum" }))?;
        return Ok(PathArg { c: CString::new(".").unwrap(), obj: None, is_bytes: false, fd: Some(fd) });
    }
    match fspath_raw(o)? {
        Some((raw, obj, is_bytes)) => {
            let c = CString::new(raw).map_err(|_| value_error("embedded null byte"))?;
            Ok(PathArg { c, obj: Some(obj), is_bytes, fd: None })
        }
        None => {
            let what = match (allow_fd, nullable) {
                (true, true) => "string, bytes, os.PathLike, integer or None",
                (true, false) => "string, bytes, os.PathLike or integer",
                (false, true) => "string, bytes, os.PathLike or None",
                (false, false) => "string, bytes or os.PathLike",
            };
            Err(type_error(format!("{}: path should be {}, not {}", fname, what, o.type_().name())))
        }
    }
}

/// A file descriptor argument (`int` via `__index__`).
pub fn fd_arg(o: &PyObject) -> PyResult<i32> {
    let v = expect_index(o)?;
    i32::try_from(v).map_err(|_| crate::object::exceptions::overflow_error(if v < 0 { "fd is less than minimum" } else { "fd is greater than maximum" }))
}

/// An int argument in C int range.
pub fn int_arg(o: &PyObject) -> PyResult<i64> {
    if crate::object::float::as_float(o).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    Ok(expect_index(o)? as i64)
}

/// `dir_fd=None` → AT_FDCWD.
pub fn dir_fd_arg(o: Option<&PyObject>) -> PyResult<i32> {
    match o {
        None => Ok(libc::AT_FDCWD),
        Some(v) if is_none(v) => Ok(libc::AT_FDCWD),
        Some(v) => {
            if v.type_().nb_index.get().is_none() {
                return Err(type_error(format!("argument should be integer or None, not {}", v.type_().name())));
            }
            fd_arg(v)
        }
    }
}

/// A keyword-only boolean (`follow_symlinks=True`).
pub fn bool_arg(o: Option<&PyObject>, default: bool) -> PyResult<bool> {
    match o {
        None => Ok(default),
        Some(v) => protocol::is_true(v),
    }
}

/// A str path's file-system bytes (`os.fsencode`: UTF-8 with
/// `surrogateescape`, so U+DC80..U+DCFF give back the undecodable bytes).
pub fn fs_encode(s: &str) -> PyResult<Vec<u8>> {
    crate::object::codecs::utf::encode_utf8(s, "utf-8", "surrogateescape")
}

/// File-system bytes as str (`os.fsdecode`: UTF-8 with `surrogateescape`).
pub fn fs_decode(raw: &[u8]) -> PyRef {
    match crate::object::codecs::decode(raw, "utf-8", "surrogateescape") {
        Ok(s) => new_str(s),
        Err(_) => new_str(String::from_utf8_lossy(raw).into_owned()),
    }
}

/// A file name result in the argument's kind: bytes for bytes paths, str
/// (UTF-8, undecodable bytes as surrogates) otherwise.
pub fn name_obj(raw: &[u8], as_bytes: bool) -> PyRef {
    if as_bytes {
        crate::object::bytes::bytes_from_slice(raw)
    } else {
        fs_decode(raw)
    }
}

// ---- the module ----

macro_rules! fdefs {
    ($($name:literal => $f:path),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}
pub(crate) use fdefs;

/// What `os.py` reads to build `supports_dir_fd`, `supports_fd` and
/// `supports_follow_symlinks`. `HAVE_FDOPENDIR` is left out: `scandir`
/// and `listdir` take names only, so `shutil.rmtree` uses its name-based
/// walk.
const HAVE_FUNCTIONS: &[&str] = &[
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT",
    "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
];

/// Integer constants of the module.
fn constants() -> Vec<(&'static str, i64)> {
    use libc::*;
    let mut v: Vec<(&'static str, i64)> = vec![
        ("F_OK", F_OK as i64), ("R_OK", R_OK as i64), ("W_OK", W_OK as i64), ("X_OK", X_OK as i64),
        ("O_RDONLY", O_RDONLY as i64), ("O_WRONLY", O_WRONLY as i64), ("O_RDWR", O_RDWR as i64),
        ("O_APPEND", O_APPEND as i64), ("O_CREAT", O_CREAT as i64), ("O_EXCL", O_EXCL as i64),
        ("O_TRUNC", O_TRUNC as i64), ("O_NONBLOCK", O_NONBLOCK as i64), ("O_NDELAY", O_NDELAY as i64),
        ("O_SYNC", O_SYNC as i64), ("O_DSYNC", O_DSYNC as i64), ("O_RSYNC", O_RSYNC as i64),
        ("O_FSYNC", O_FSYNC as i64), ("O_NOCTTY", O_NOCTTY as i64), ("O_CLOEXEC", O_CLOEXEC as i64),
        ("O_DIRECTORY", O_DIRECTORY as i64), ("O_NOFOLLOW", O_NOFOLLOW as i64), ("O_ACCMODE", O_ACCMODE as i64),
        ("O_ASYNC", O_ASYNC as i64), ("O_DIRECT", O_DIRECT as i64), ("O_LARGEFILE", O_LARGEFILE as i64),
        ("O_NOATIME", O_NOATIME as i64), ("O_PATH", O_PATH as i64), ("O_TMPFILE", O_TMPFILE as i64),
        ("SEEK_DATA", SEEK_DATA as i64), ("SEEK_HOLE", SEEK_HOLE as i64),
        ("WNOHANG", WNOHANG as i64), ("WUNTRACED", WUNTRACED as i64), ("WCONTINUED", WCONTINUED as i64),
        ("WEXITED", WEXITED as i64), ("WSTOPPED", WSTOPPED as i64), ("WNOWAIT", WNOWAIT as i64),
        ("P_PID", P_PID as i64), ("P_PGID", P_PGID as i64), ("P_ALL", P_ALL as i64),
        ("CLD_EXITED", CLD_EXITED as i64), ("CLD_KILLED", CLD_KILLED as i64), ("CLD_DUMPED", CLD_DUMPED as i64),
        ("CLD_TRAPPED", CLD_TRAPPED as i64), ("CLD_STOPPED", CLD_STOPPED as i64), ("CLD_CONTINUED", CLD_CONTINUED as i64),
        ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_NOUSER", 67),
        ("EX_NOHOST", 68), ("EX_UNAVAILABLE", 69), ("EX_SOFTWARE", 70), ("EX_OSERR", 71), ("EX_OSFILE", 72),
        ("EX_CANTCREAT", 73), ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_PROTOCOL", 76), ("EX_NOPERM", 77),
        ("EX_CONFIG", 78),
        ("F_LOCK", F_LOCK as i64), ("F_TLOCK", F_TLOCK as i64), ("F_ULOCK", F_ULOCK as i64), ("F_TEST", F_TEST as i64),
        ("PRIO_PROCESS", PRIO_PROCESS as i64), ("PRIO_PGRP", PRIO_PGRP as i64), ("PRIO_USER", PRIO_USER as i64),
        ("RTLD_LAZY", RTLD_LAZY as i64), ("RTLD_NOW", RTLD_NOW as i64), ("RTLD_GLOBAL", RTLD_GLOBAL as i64),
        ("RTLD_LOCAL", RTLD_LOCAL as i64), ("RTLD_NODELETE", RTLD_NODELETE as i64), ("RTLD_NOLOAD", RTLD_NOLOAD as i64),
        ("RTLD_DEEPBIND", RTLD_DEEPBIND as i64),
        ("SCHED_OTHER", SCHED_OTHER as i64), ("SCHED_FIFO", SCHED_FIFO as i64), ("SCHED_RR", SCHED_RR as i64),
        ("SCHED_BATCH", SCHED_BATCH as i64), ("SCHED_IDLE", SCHED_IDLE as i64), ("SCHED_RESET_ON_FORK", 0x40000000),
        ("ST_RDONLY", 1), ("ST_NOSUID", 2), ("ST_NODEV", 4), ("ST_NOEXEC", 8), ("ST_SYNCHRONOUS", 16),
        ("ST_MANDLOCK", 64), ("ST_WRITE", 128), ("ST_APPEND", 256), ("ST_NOATIME", 1024), ("ST_NODIRATIME", 2048),
        ("ST_RELATIME", 4096),
        ("GRND_NONBLOCK", GRND_NONBLOCK as i64), ("GRND_RANDOM", GRND_RANDOM as i64),
        ("NGROUPS_MAX", 65536), ("TMP_MAX", 238328),
        ("POSIX_FADV_NORMAL", 0), ("POSIX_FADV_RANDOM", 1), ("POSIX_FADV_SEQUENTIAL", 2),
        ("POSIX_FADV_WILLNEED", 3), ("POSIX_FADV_DONTNEED", 4), ("POSIX_FADV_NOREUSE", 5),
        ("POSIX_SPAWN_OPEN", 0), ("POSIX_SPAWN_CLOSE", 1), ("POSIX_SPAWN_DUP2", 2),
    ];
    v.sort_by_key(|(n, _)| *n);
    v
}

static POSIX_FUNCS: [MethodDef; 18] = fdefs![
    "strerror" => process::p_strerror,
    "fspath" => p_fspath,
    "getpid" => process::p_getpid, "getppid" => process::p_getppid,
    "getuid" => process::p_getuid, "geteuid" => process::p_geteuid,
    "getgid" => process::p_getgid, "getegid" => process::p_getegid,
    "getpgrp" => process::p_getpgrp, "getgroups" => process::p_getgroups,
    "getlogin" => process::p_getlogin,
    "getpgid" => process::p_getpgid, "setpgid" => process::p_setpgid,
    "umask" => process::p_umask, "cpu_count" => process::p_cpu_count, "times" => process::p_times,
    "uname" => process::p_uname, "urandom" => process::p_urandom,
];

/// `os.fspath(path)`: str and bytes unchanged, else `__fspath__()`.
fn p_fspath(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    crate::object::args::Params::new("fspath", &["path"], 1).parse(args, kw, &mut out)?;
    let o = out[0].unwrap();
    if str_value(o).is_some() || o.is_instance_of(&crate::object::bytes::BYTES_TYPE) {
        return Ok(o.to_ref());
    }
    match fspath_raw(o)? {
        Some((_, r, _)) => Ok(r),
        None => Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", o.type_().name()))),
    }
}

fn add_funcs(d: &PyObject, mname: &PyRef, defs: &'static [MethodDef]) {
    for f in defs.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("posix");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("posix");
    add_funcs(d, &mname, &POSIX_FUNCS);
    add_funcs(d, &mname, &process::PROCESS_FUNCS);
    add_funcs(d, &mname, &fs::FS_FUNCS);
    add_funcs(d, &mname, &fd::FD_FUNCS);
    add_funcs(d, &mname, &stat::STAT_FUNCS);
    add_funcs(d, &mname, &environ::ENV_FUNCS);
    add_funcs(d, &mname, &scandir::SCANDIR_FUNCS);
    add_funcs(d, &mname, &ids::ID_FUNCS);
    for (k, v) in constants() {
        dict_set_item_str(d, k, new_int(v));
    }
    dict_set_item_str(d, "error", crate::object::exceptions::OS_ERROR.to_ref());
    dict_set_item_str(d, "environ", environ::make_environ());
    dict_set_item_str(
        d,
        "_have_functions",
        crate::object::list::new_list(HAVE_FUNCTIONS.iter().map(|s| new_str(*s)).collect()),
    );
    for t in stat::stat_types() {
        dict_set_item_str(d, t.name(), t.to_ref());
    }
    dict_set_item_str(d, "DirEntry", scandir::DIR_ENTRY_TYPE.to_ref());
    Ok(m)
}

/// The static types of `posix`, for `static_types()`.
pub fn posix_types() -> Vec<&'static TypeObject> {
    let mut v = stat::stat_types();
    v.push(&scandir::DIR_ENTRY_TYPE);
    v.push(&scandir::SCANDIR_ITER_TYPE);
    v
}
