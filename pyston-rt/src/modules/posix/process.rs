//! Processes: ids, fork/exec/wait, signals to processes, `times`,
//! `uname`, `urandom`, `strerror`, `umask`, `cpu_count`.

use super::{fdefs, int_arg, os_err, path_arg, sys};
use crate::object::args::{check_positional, no_args, no_kwargs, Params};
use crate::object::bytes::new_bytes;
use crate::object::exceptions::{type_error, value_error};
use crate::object::float::new_float;
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};
use std::ffi::CString;

macro_rules! id_fn {
    ($($f:ident => $name:literal, $call:expr;)*) => {
        $(
            pub fn $f(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
                no_args($name, args, kw)?;
                // SAFETY: these calls have no preconditions and cannot fail.
                Ok(new_int(unsafe { $call } as i64))
            }
        )*
    };
}

id_fn! {
    p_getpid => "getpid", libc::getpid();
    p_getppid => "getppid", libc::getppid();
    p_getuid => "getuid", libc::getuid();
    p_geteuid => "geteuid", libc::geteuid();
    p_getgid => "getgid", libc::getgid();
    p_getegid => "getegid", libc::getegid();
    p_getpgrp => "getpgrp", libc::getpgrp();
}

fn one_int(fname: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<i64> {
    no_kwargs(fname, kw)?;
    check_positional(fname, args.len(), 1, 1)?;
    int_arg(args[0])
}

pub fn p_getsid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let pid = one_int("getsid", args, kw)? as libc::pid_t;
    // SAFETY: no preconditions.
    Ok(new_int(sys(|| unsafe { libc::getsid(pid) } as isize, None, None)? as i64))
}

pub fn p_setsid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("setsid", args, kw)?;
    // SAFETY: no preconditions.
    sys(|| unsafe { libc::setsid() } as isize, None, None)?;
    Ok(none())
}

pub fn p_getpgid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let pid = one_int("getpgid", args, kw)? as libc::pid_t;
    // SAFETY: no preconditions.
    Ok(new_int(sys(|| unsafe { libc::getpgid(pid) } as isize, None, None)? as i64))
}

pub fn p_setpgid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("setpgid", kw)?;
    check_positional("setpgid", args.len(), 2, 2)?;
    let (pid, pg) = (int_arg(args[0])? as libc::pid_t, int_arg(args[1])? as libc::pid_t);
    // SAFETY: no preconditions.
    sys(|| unsafe { libc::setpgid(pid, pg) } as isize, None, None)?;
    Ok(none())
}

pub fn p_getgroups(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getgroups", args, kw)?;
    let mut v = vec![0 as libc::gid_t; 65536];
    // SAFETY: v has room for v.len() ids.
    let n = sys(|| unsafe { libc::getgroups(v.len() as i32, v.as_mut_ptr()) } as isize, None, None)?;
    Ok(new_list(v[..n as usize].iter().map(|g| new_int(*g as i64)).collect()))
}

pub fn p_getlogin(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getlogin", args, kw)?;
    // SAFETY: getlogin returns null or a static string.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        let e = super::errno();
        return Err(if e != 0 { os_err(e, None, None) } else { crate::object::exceptions::os_error("unable to determine login name") });
    }
    // SAFETY: non-null NUL-terminated string.
    Ok(new_str(unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()))
}

pub fn p_strerror(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let code = one_int("strerror", args, kw)?;
    Ok(new_str(crate::modules::io::strerror(code as i32)))
}

pub fn p_umask(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = one_int("umask", args, kw)?;
    // SAFETY: no preconditions.
    Ok(new_int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

pub fn p_cpu_count(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("cpu_count", args, kw)?;
    // SAFETY: no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n >= 1 { new_int(n as i64) } else { none() })
}

pub fn p_times(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("times", args, kw)?;
    // SAFETY: tms is plain data, filled by times().
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-parameter.
    let c = unsafe { libc::times(&mut t) };
    if c == (-1i64) as libc::clock_t {
        return Err(os_err(super::errno(), None, None));
    }
    // SAFETY: no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Ok(super::stat::times_result([
        t.tms_utime as f64 / hz,
        t.tms_stime as f64 / hz,
        t.tms_cutime as f64 / hz,
        t.tms_cstime as f64 / hz,
        c as f64 / hz,
    ]))
}

pub fn p_uname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("uname", args, kw)?;
    // SAFETY: utsname is plain data, filled by uname().
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-parameter.
    sys(|| unsafe { libc::uname(&mut u) } as isize, None, None)?;
    let s = |f: &[libc::c_char]| {
        let b: Vec<u8> = f.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
        new_str(String::from_utf8_lossy(&b).into_owned())
    };
    Ok(super::stat::uname_result(vec![s(&u.sysname), s(&u.nodename), s(&u.release), s(&u.version), s(&u.machine)]))
}

/// `n` random bytes from the kernel.
pub fn random_bytes(n: usize) -> PyResult<Vec<u8>> {
    let mut buf = vec![0u8; n];
    let mut done = 0;
    while done < n {
        // SAFETY: the remaining part of buf is writable.
        let r = sys(|| unsafe { libc::getrandom(buf[done..].as_mut_ptr() as *mut libc::c_void, n - done, 0) }, None, None)?;
        done += r as usize;
    }
    Ok(buf)
}

pub fn p_urandom(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = {
        let mut o = [None];
        Params::new("urandom", &["size"], 1).parse(args, kw, &mut o)?;
        o[0].unwrap()
    };
    let n = crate::object::args::expect_index(o)?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    Ok(new_bytes(random_bytes(n as usize)?))
}

fn p_kill(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("kill", kw)?;
    check_positional("kill", args.len(), 2, 2)?;
    let (pid, sig) = (int_arg(args[0])? as libc::pid_t, int_arg(args[1])? as i32);
    // SAFETY: no memory preconditions.
    sys(|| unsafe { libc::kill(pid, sig) } as isize, None, None)?;
    crate::runtime::signals::check_interrupt()?;
    Ok(none())
}

fn p_killpg(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("killpg", kw)?;
    check_positional("killpg", args.len(), 2, 2)?;
    let (pg, sig) = (int_arg(args[0])? as libc::pid_t, int_arg(args[1])? as i32);
    // SAFETY: no memory preconditions.
    sys(|| unsafe { libc::killpg(pg, sig) } as isize, None, None)?;
    Ok(none())
}

fn p_waitpid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("waitpid", kw)?;
    check_positional("waitpid", args.len(), 2, 2)?;
    let (pid, options) = (int_arg(args[0])? as libc::pid_t, int_arg(args[1])? as i32);
    let mut status = 0;
    // SAFETY: status is a valid out-parameter.
    let r = sys(|| unsafe { libc::waitpid(pid, &mut status, options) } as isize, None, None)?;
    Ok(new_tuple(vec![new_int(r as i64), new_int(status as i64)]))
}

fn p_wait(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("wait", args, kw)?;
    let mut status = 0;
    // SAFETY: status is a valid out-parameter.
    let r = sys(|| unsafe { libc::wait(&mut status) } as isize, None, None)?;
    Ok(new_tuple(vec![new_int(r as i64), new_int(status as i64)]))
}

fn status_arg(fname: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<i32> {
    let mut o = [None];
    Params::new(fname, &["status"], 1).parse(args, kw, &mut o)?;
    Ok(int_arg(o[0].unwrap())? as i32)
}

fn p_waitstatus_to_exitcode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = status_arg("waitstatus_to_exitcode", args, kw)?;
    if libc::WIFEXITED(s) {
        return Ok(new_int(libc::WEXITSTATUS(s) as i64));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(new_int(-(libc::WTERMSIG(s) as i64)));
    }
    if libc::WIFSTOPPED(s) {
        return Err(value_error(format!("process stopped by delivery of signal {}", libc::WSTOPSIG(s))));
    }
    Err(value_error(format!("invalid wait status: {}", s)))
}

macro_rules! wstatus_fns {
    ($($f:ident => $name:literal, $e:expr, $conv:ident;)*) => {
        $(
            fn $f(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
                let s = status_arg($name, args, kw)?;
                Ok($conv($e(s) as _))
            }
        )*
    };
}

wstatus_fns! {
    p_wifexited => "WIFEXITED", libc::WIFEXITED, new_bool;
    p_wifsignaled => "WIFSIGNALED", libc::WIFSIGNALED, new_bool;
    p_wifstopped => "WIFSTOPPED", libc::WIFSTOPPED, new_bool;
    p_wifcontinued => "WIFCONTINUED", libc::WIFCONTINUED, new_bool;
    p_wcoredump => "WCOREDUMP", libc::WCOREDUMP, new_bool;
    p_wexitstatus => "WEXITSTATUS", libc::WEXITSTATUS, new_int;
    p_wtermsig => "WTERMSIG", libc::WTERMSIG, new_int;
    p_wstopsig => "WSTOPSIG", libc::WSTOPSIG, new_int;
}

fn p_fork(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("fork", args, kw)?;
    // SAFETY: the runtime runs on one thread, so the child is consistent.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(os_err(super::errno(), None, None));
    }
    Ok(new_int(pid as i64))
}

/// A file-system name as C bytes (str/bytes/PathLike).
pub fn fsencode(fname: &str, o: &PyObject) -> PyResult<CString> {
    Ok(path_arg(fname, Some(o), false, false)?.c)
}

/// `argv` of execv/execve: a non-empty tuple or list whose first item is
/// not empty.
pub fn argv_arg(fname: &str, o: &PyObject) -> PyResult<Vec<CString>> {
    let items: Vec<PyRef> = if let Some(t) = tuple_slice(o) {
        t.to_vec()
    } else if let Some(l) = crate::object::list::as_list(o) {
        let _ = l;
        protocol::collect(o)?
    } else {
        return Err(type_error(format!("{}() arg 2 must be a tuple or list", fname)));
    };
    if items.is_empty() {
        return Err(value_error(format!("{}() arg 2 must not be empty", fname)));
    }
    let v = items.iter().map(|i| fsencode(fname, i)).collect::<PyResult<Vec<_>>>()?;
    if v[0].as_bytes().is_empty() {
        return Err(value_error(format!("{}() arg 2 first element cannot be empty", fname)));
    }
    Ok(v)
}

/// `KEY=VALUE` strings of an environment mapping.
pub fn env_arg(o: &PyObject) -> PyResult<Vec<CString>> {
    let ks = protocol::call_method(o, &new_str("keys"), &[])?;
    let keys = protocol::collect(&ks)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let v = protocol::getitem(o, &k)?;
        let kb = fsencode("execve", &k)?;
        let vb = fsencode("execve", &v)?;
        if kb.as_bytes().is_empty() || kb.as_bytes().contains(&b'=') {
            return Err(value_error("illegal environment variable name"));
        }
        let mut s = kb.into_bytes();
        s.push(b'=');
        s.extend_from_slice(vb.as_bytes());
        out.push(CString::new(s).map_err(|_| value_error("embedded null byte"))?);
    }
    Ok(out)
}

fn null_terminated(v: &[CString]) -> Vec<*const libc::c_char> {
    let mut p: Vec<*const libc::c_char> = v.iter().map(|c| c.as_ptr()).collect();
    p.push(std::ptr::null());
    p
}

fn p_execv(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("execv", kw)?;
    check_positional("execv", args.len(), 2, 2)?;
    let p = path_arg("execv", Some(args[0]), false, false)?;
    let argv = argv_arg("execv", args[1])?;
    let ap = null_terminated(&argv);
    // SAFETY: NUL-terminated strings in null-terminated arrays, alive across the call.
    unsafe { libc::execv(p.ptr(), ap.as_ptr()) };
    Err(os_err(super::errno(), None, None))
}

fn p_execve(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None; 3];
    Params::new("execve", &["path", "argv", "env"], 3).parse(args, kw, &mut o)?;
    let p = path_arg("execve", o[0], false, false)?;
    let argv = argv_arg("execve", o[1].unwrap())?;
    let env = env_arg(o[2].unwrap())?;
    let (ap, ep) = (null_terminated(&argv), null_terminated(&env));
    // SAFETY: as in execv.
    unsafe { libc::execve(p.ptr(), ap.as_ptr(), ep.as_ptr()) };
    Err(os_err(super::errno(), None, None))
}

fn p_exit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None];
    Params::new("_exit", &["status"], 1).parse(args, kw, &mut o)?;
    let code = int_arg(o[0].unwrap())? as i32;
    // SAFETY: terminates the process without running any cleanup, as documented.
    unsafe { libc::_exit(code) }
}

fn p_abort(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("abort", args, kw)?;
    std::process::abort()
}

fn p_system(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None];
    Params::new("system", &["command"], 1).parse(args, kw, &mut o)?;
    let cmd = fsencode("system", o[0].unwrap())?;
    // SAFETY: NUL-terminated command.
    let r = unsafe { libc::system(cmd.as_ptr()) };
    Ok(new_int(r as i64))
}

fn p_getloadavg(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getloadavg", args, kw)?;
    let mut l = [0f64; 3];
    // SAFETY: l has room for three values.
    if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
        return Err(crate::object::exceptions::os_error("Load averages are unobtainable"));
    }
    Ok(new_tuple(l.iter().map(|v| new_float(*v)).collect()))
}

fn p_nice(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let inc = one_int("nice", args, kw)? as i32;
    // SAFETY: errno is thread-local.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: no preconditions.
    let r = unsafe { libc::nice(inc) };
    if r == -1 && super::errno() != 0 {
        return Err(os_err(super::errno(), None, None));
    }
    Ok(new_int(r as i64))
}

fn p_sched_yield(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("sched_yield", args, kw)?;
    // SAFETY: no preconditions.
    unsafe { libc::sched_yield() };
    Ok(none())
}

/// `register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)`:
/// the callables are checked but not called (`os.fork` runs no hooks yet).
fn p_register_at_fork(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None; 3];
    Params { fname: "register_at_fork", names: &["before", "after_in_child", "after_in_parent"], required: 0, posonly: 0, kwonly: 0 }.parse(args, kw, &mut o)?;
    if o.iter().all(|x| x.is_none()) {
        return Err(type_error("At least one argument is required."));
    }
    for (i, v) in o.iter().enumerate() {
        if let Some(v) = v {
            if v.type_().tp_call.get().is_none() {
                let n = ["before", "after_in_child", "after_in_parent"][i];
                return Err(type_error(format!("'{}' must be callable, not {}", n, v.type_().name())));
            }
        }
    }
    Ok(none())
}

fn p_sysconf(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("sysconf", kw)?;
    check_positional("sysconf", args.len(), 1, 1)?;
    let name = match crate::object::str::str_value(args[0]) {
        Some(n) => match n {
            "SC_ARG_MAX" => libc::_SC_ARG_MAX,
            "SC_CLK_TCK" => libc::_SC_CLK_TCK,
            "SC_OPEN_MAX" => libc::_SC_OPEN_MAX,
            "SC_PAGESIZE" | "SC_PAGE_SIZE" => libc::_SC_PAGESIZE,
            "SC_NPROCESSORS_CONF" => libc::_SC_NPROCESSORS_CONF,
            "SC_NPROCESSORS_ONLN" => libc::_SC_NPROCESSORS_ONLN,
            "SC_PHYS_PAGES" => libc::_SC_PHYS_PAGES,
            "SC_SEM_NSEMS_MAX" => libc::_SC_SEM_NSEMS_MAX,
            "SC_MINSIGSTKSZ" => 249,
            _ => return Err(value_error("unrecognized configuration name")),
        },
        None => int_arg(args[0])? as i32,
    };
    // SAFETY: errno is thread-local.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: no memory preconditions.
    let r = unsafe { libc::sysconf(name) };
    if r == -1 && super::errno() != 0 {
        return Err(os_err(super::errno(), None, None));
    }
    Ok(new_int(r as i64))
}

pub static PROCESS_FUNCS: [MethodDef; 26] = fdefs![
    "kill" => p_kill, "killpg" => p_killpg, "waitpid" => p_waitpid, "wait" => p_wait,
    "waitstatus_to_exitcode" => p_waitstatus_to_exitcode,
    "WIFEXITED" => p_wifexited, "WIFSIGNALED" => p_wifsignaled, "WIFSTOPPED" => p_wifstopped,
    "WIFCONTINUED" => p_wifcontinued, "WCOREDUMP" => p_wcoredump, "WEXITSTATUS" => p_wexitstatus,
    "WTERMSIG" => p_wtermsig, "WSTOPSIG" => p_wstopsig,
    "fork" => p_fork, "execv" => p_execv, "execve" => p_execve, "_exit" => p_exit, "abort" => p_abort,
    "system" => p_system, "getloadavg" => p_getloadavg, "nice" => p_nice, "sched_yield" => p_sched_yield,
    "register_at_fork" => p_register_at_fork, "sysconf" => p_sysconf, "getsid" => p_getsid, "setsid" => p_setsid,
];
