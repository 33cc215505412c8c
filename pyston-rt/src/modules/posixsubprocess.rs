//! `_posixsubprocess.fork_exec`, what `subprocess.Popen` starts children
//! with (CPython 3.11's 23 arguments). Everything the child needs (argv,
//! environment, executable candidates) is converted before `fork`; the
//! child only duplicates descriptors, changes directory/umask/session,
//! closes descriptors and execs. A failure before or at exec is reported on
//! `errpipe_write` as `OSError:<hex errno>:` (`noexec` when exec was never
//! reached), the format `subprocess` parses.

use crate::modules::posix::{fd_arg, path_arg};
use crate::object::args::{check_positional, no_kwargs};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::is_none;
use crate::object::str::new_str;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};
use std::ffi::CString;

fn cstrings(fname: &str, o: &PyObject) -> PyResult<Vec<CString>> {
    protocol::collect(o)?.iter().map(|i| Ok(path_arg(fname, Some(i), false, false)?.c)).collect()
}

fn ptrs(v: &[CString]) -> Vec<*const libc::c_char> {
    let mut p: Vec<*const libc::c_char> = v.iter().map(|c| c.as_ptr()).collect();
    p.push(std::ptr::null());
    p
}

fn int_or(o: &PyObject, d: i64) -> PyResult<i64> {
    if is_none(o) {
        return Ok(d);
    }
    Ok(crate::object::args::expect_index(o)? as i64)
}

/// Write `OSError:<hex errno>:<msg>` to the error pipe and exit (child only).
fn child_fail(errpipe: i32, errno: i32, msg: &[u8]) -> ! {
    let mut buf = [0u8; 64];
    let mut n = 0;
    for b in b"OSError:" {
        buf[n] = *b;
        n += 1;
    }
    let hex = format_hex(errno as u32);
    for b in hex.iter().take_while(|b| **b != 0) {
        buf[n] = *b;
        n += 1;
    }
    buf[n] = b':';
    n += 1;
    for b in msg.iter().take(buf.len() - n) {
        buf[n] = *b;
        n += 1;
    }
    // SAFETY: async-signal-safe calls in the child.
    unsafe {
        libc::write(errpipe, buf.as_ptr() as *const libc::c_void, n);
        libc::_exit(255)
    }
}

fn format_hex(mut v: u32) -> [u8; 9] {
    let mut out = [0u8; 9];
    let digits = b"0123456789ABCDEF";
    let mut tmp = [0u8; 8];
    let mut i = 0;
    loop {
        tmp[i] = digits[(v & 15) as usize];
        i += 1;
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    for j in 0..i {
        out[j] = tmp[i - 1 - j];
    }
    out
}

fn errno() -> i32 {
    // SAFETY: errno is thread-local.
    unsafe { *libc::__errno_location() }
}

/// Close every descriptor >= 3 except those in `keep` (sorted).
fn close_open_fds(keep: &[i32]) {
    let mut lo = 3;
    let mut bounds: Vec<i32> = keep.iter().copied().filter(|&f| f >= 3).collect();
    bounds.push(i32::MAX);
    for k in bounds {
        if k > lo {
            let hi = if k == i32::MAX { u32::MAX } else { (k - 1) as u32 };
            // SAFETY: closing descriptors in the child.
            let r = unsafe { libc::syscall(libc::SYS_close_range, lo as u32, hi, 0u32) };
            if r != 0 {
                // SAFETY: no preconditions.
                let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 65536) as i32;
                for fd in lo..k.min(max) {
                    // SAFETY: closing descriptors in the child.
                    unsafe { libc::close(fd) };
                }
            }
        }
        lo = k.saturating_add(1);
    }
}

fn set_inheritable(fd: i32) -> i32 {
    // SAFETY: plain descriptor.
    unsafe {
        let f = libc::fcntl(fd, libc::F_GETFD);
        if f < 0 {
            return -1;
        }
        if f & libc::FD_CLOEXEC != 0 {
            return libc::fcntl(fd, libc::F_SETFD, f & !libc::FD_CLOEXEC);
        }
    }
    0
}

fn fork_exec(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("fork_exec", kw)?;
    check_positional("fork_exec", args.len(), 23, 23)?;
    let argv = if is_none(args[0]) { Vec::new() } else { cstrings("fork_exec", args[0])? };
    let exes = cstrings("fork_exec", args[1])?;
    let close_fds = protocol::is_true(args[2])?;
    let keep_obj = protocol::collect(args[3])?;
    let mut keep = Vec::with_capacity(keep_obj.len());
    for k in &keep_obj {
        let v = fd_arg(k)?;
        if v < 0 {
            return Err(value_error("bad value(s) in fds_to_keep"));
        }
        keep.push(v);
    }
    if keep.windows(2).any(|w| w[0] >= w[1]) {
        return Err(value_error("bad value(s) in fds_to_keep"));
    }
    let cwd = if is_none(args[4]) { None } else { Some(path_arg("fork_exec", Some(args[4]), false, false)?.c) };
    let env = if is_none(args[5]) { None } else { Some(cstrings("fork_exec", args[5])?) };
    let mut fds = [0i32; 8];
    for (i, o) in args[6..14].iter().enumerate() {
        fds[i] = int_or(o, -1)? as i32;
    }
    let [p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write] = fds;
    let restore_signals = protocol::is_true(args[14])?;
    let call_setsid = protocol::is_true(args[15])?;
    let pgid_to_set = int_or(args[16], -1)?;
    let gid = int_or(args[17], -1)?;
    let groups: Option<Vec<libc::gid_t>> = if is_none(args[18]) {
        None
    } else {
        Some(protocol::collect(args[18])?.iter().map(|g| Ok(crate::object::args::expect_index(g)? as libc::gid_t)).collect::<PyResult<_>>()?)
    };
    let uid = int_or(args[19], -1)?;
    let child_umask = int_or(args[20], -1)?;
    let preexec_fn = if is_none(args[21]) { None } else { Some(args[21].to_ref()) };
    if let Some(f) = &preexec_fn {
        if f.type_().tp_call.get().is_none() {
            return Err(type_error("preexec_fn must be callable"));
        }
    }
    let argv_p = ptrs(&argv);
    let env_p = env.as_ref().map(|e| ptrs(e));

    // SAFETY: the runtime runs Python on one thread; the child only makes
    // the system calls below (and calls preexec_fn, as CPython does).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(crate::modules::posix::os_err(crate::modules::posix::errno(), None, None));
    }
    if pid > 0 {
        return Ok(new_int(pid as i64));
    }

    // ---- child ----
    // SAFETY (whole block): plain system calls on descriptors and
    // NUL-terminated strings prepared before the fork.
    unsafe {
        for fd in [p2cwrite, c2pread, errread, errpipe_read] {
            if fd != -1 {
                libc::close(fd);
            }
        }
        let mut c2pwrite = c2pwrite;
        let mut errwrite = errwrite;
        if c2pwrite == 0 {
            c2pwrite = libc::dup(c2pwrite);
            if c2pwrite < 0 {
                child_fail(errpipe_write, errno(), b"noexec");
            }
        }
        while errwrite == 0 || errwrite == 1 {
            errwrite = libc::dup(errwrite);
            if errwrite < 0 {
                child_fail(errpipe_write, errno(), b"noexec");
            }
        }
        for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if fd == target {
                if set_inheritable(fd) < 0 {
                    child_fail(errpipe_write, errno(), b"noexec");
                }
            } else if fd != -1 && libc::dup2(fd, target) < 0 {
                child_fail(errpipe_write, errno(), b"noexec");
            }
        }
        if let Some(c) = &cwd {
            if libc::chdir(c.as_ptr()) < 0 {
                child_fail(errpipe_write, errno(), b"noexec");
            }
        }
        if child_umask >= 0 {
            libc::umask(child_umask as libc::mode_t);
        }
        if restore_signals {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        if call_setsid && libc::setsid() < 0 {
            child_fail(errpipe_write, errno(), b"noexec");
        }
        if pgid_to_set >= 0 && libc::setpgid(0, pgid_to_set as libc::pid_t) < 0 {
            child_fail(errpipe_write, errno(), b"noexec");
        }
        if let Some(g) = &groups {
            if libc::setgroups(g.len(), g.as_ptr()) < 0 {
                child_fail(errpipe_write, errno(), b"noexec");
            }
        }
        if gid >= 0 && libc::setregid(gid as libc::gid_t, gid as libc::gid_t) < 0 {
            child_fail(errpipe_write, errno(), b"noexec");
        }
        if uid >= 0 && libc::setreuid(uid as libc::uid_t, uid as libc::uid_t) < 0 {
            child_fail(errpipe_write, errno(), b"noexec");
        }
        if let Some(f) = &preexec_fn {
            if protocol::call0(f).is_err() {
                let msg = b"SubprocessError:0:Exception occurred in preexec_fn.";
                libc::write(errpipe_write, msg.as_ptr() as *const libc::c_void, msg.len());
                libc::_exit(255);
            }
        }
        for &fd in &keep {
            if fd != errpipe_write && set_inheritable(fd) < 0 {
                child_fail(errpipe_write, errno(), b"noexec");
            }
        }
        if close_fds {
            close_open_fds(&keep);
        }
        let mut saved = 0;
        for exe in &exes {
            match &env_p {
                Some(e) => libc::execve(exe.as_ptr(), argv_p.as_ptr(), e.as_ptr()),
                None => libc::execv(exe.as_ptr(), argv_p.as_ptr()),
            };
            let e = errno();
            if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
                saved = e;
            }
        }
        if saved == 0 {
            saved = errno();
        }
        child_fail(errpipe_write, saved, b"")
    }
}

static FUNCS: [MethodDef; 1] = [MethodDef { name: "fork_exec", func: fork_exec, flags: 0, doc: "Spawn a fresh new child process." }];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_posixsubprocess");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_posixsubprocess");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    Ok(m)
}
