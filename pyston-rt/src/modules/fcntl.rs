//! The `fcntl` module: `fcntl`, `ioctl`, `flock`, `lockf` and the
//! constants. A bytes-like argument is copied into a buffer, passed by
//! address and the buffer returned as bytes (a `bytearray` is not
//! mutated in place).

use crate::object::args::{check_positional, no_kwargs};
use crate::object::bytes::{buffer_bytes, new_bytes};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;

fn last_err() -> crate::object::exceptions::PyErr {
    super::io::last_os_error(None)
}

/// Call `f` with an int argument or a copy of a buffer argument.
fn call_with_arg(fname: &str, arg: Option<&PyObject>, f: impl Fn(libc::c_ulong) -> i32) -> PyResult<PyRef> {
    let data: Option<Vec<u8>> = match arg {
        None => None,
        Some(a) if crate::object::int::as_int(a).is_some() => None,
        Some(a) => match str_value(a) {
            Some(s) => Some(s.as_bytes().to_vec()),
            None => Some(
                buffer_bytes(a)
                    .ok_or_else(|| type_error(format!("{}() argument 3 must be an integer, a bytes-like object, or a string", fname)))?
                    .to_vec(),
            ),
        },
    };
    match data {
        Some(d) => {
            if d.len() > 1024 {
                return Err(value_error(format!("{} string arg too long", fname)));
            }
            let mut buf = [0u8; 1024];
            buf[..d.len()].copy_from_slice(&d);
            let r = loop {
                let r = f(buf.as_mut_ptr() as libc::c_ulong);
                if r == -1 && crate::modules::posix::errno() == libc::EINTR {
                    crate::runtime::signals::check_interrupt()?;
                    continue;
                }
                break r;
            };
            if r == -1 {
                return Err(last_err());
            }
            Ok(new_bytes(buf[..d.len()].to_vec()))
        }
        None => {
            let v = match arg {
                Some(a) => crate::object::args::expect_index(a)? as i64 as libc::c_ulong,
                None => 0,
            };
            let r = loop {
                let r = f(v);
                if r == -1 && crate::modules::posix::errno() == libc::EINTR {
                    crate::runtime::signals::check_interrupt()?;
                    continue;
                }
                break r;
            };
            if r == -1 {
                return Err(last_err());
            }
            Ok(new_int(r as i64))
        }
    }
}

fn f_fcntl(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("fcntl", kw)?;
    check_positional("fcntl", args.len(), 2, 3)?;
    let fd = super::select::as_fd(args[0])?;
    let cmd = crate::object::args::expect_index(args[1])? as i32;
    // SAFETY: fcntl with an int or the address of a 1024-byte buffer.
    call_with_arg("fcntl", args.get(2).copied(), |a| unsafe { libc::fcntl(fd, cmd, a) })
}

fn f_ioctl(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("ioctl", kw)?;
    check_positional("ioctl", args.len(), 2, 4)?;
    let fd = super::select::as_fd(args[0])?;
    let req = crate::object::args::expect_index(args[1])? as i64 as libc::c_ulong;
    // SAFETY: ioctl with an int or the address of a 1024-byte buffer.
    call_with_arg("ioctl", args.get(2).copied(), |a| unsafe { libc::ioctl(fd, req as _, a) })
}

fn f_flock(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("flock", kw)?;
    check_positional("flock", args.len(), 2, 2)?;
    let fd = super::select::as_fd(args[0])?;
    let op = crate::object::args::expect_index(args[1])? as i32;
    loop {
        // SAFETY: plain descriptor.
        if unsafe { libc::flock(fd, op) } == 0 {
            return Ok(none());
        }
        if crate::modules::posix::errno() != libc::EINTR {
            return Err(last_err());
        }
        crate::runtime::signals::check_interrupt()?;
    }
}

fn f_lockf(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("lockf", kw)?;
    check_positional("lockf", args.len(), 2, 5)?;
    let fd = super::select::as_fd(args[0])?;
    let code = crate::object::args::expect_index(args[1])? as i32;
    let geti = |i: usize| -> PyResult<i64> {
        match args.get(i) {
            Some(o) => Ok(crate::object::args::expect_index(o)? as i64),
            None => Ok(0),
        }
    };
    let (len, start, whence) = (geti(2)?, geti(3)?, geti(4)?);
    let ltype = if code == libc::LOCK_UN {
        libc::F_UNLCK
    } else if code & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if code & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return Err(value_error("unrecognized lockf argument"));
    };
    // SAFETY: flock is plain data.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = ltype as i16;
    l.l_whence = whence as i16;
    l.l_start = start as libc::off_t;
    l.l_len = len as libc::off_t;
    let cmd = if code & libc::LOCK_NB != 0 { libc::F_SETLK } else { libc::F_SETLKW };
    loop {
        // SAFETY: valid struct flock.
        if unsafe { libc::fcntl(fd, cmd, &l) } == 0 {
            return Ok(none());
        }
        if crate::modules::posix::errno() != libc::EINTR {
            return Err(last_err());
        }
        crate::runtime::signals::check_interrupt()?;
    }
}

static FUNCS: [MethodDef; 4] = [
    MethodDef { name: "fcntl", func: f_fcntl, flags: 0, doc: "" },
    MethodDef { name: "ioctl", func: f_ioctl, flags: 0, doc: "" },
    MethodDef { name: "flock", func: f_flock, flags: 0, doc: "" },
    MethodDef { name: "lockf", func: f_lockf, flags: 0, doc: "" },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("fcntl");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("fcntl");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    use libc::*;
    for (k, v) in [
        ("F_DUPFD", F_DUPFD as i64), ("F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC as i64), ("F_GETFD", F_GETFD as i64),
        ("F_SETFD", F_SETFD as i64), ("F_GETFL", F_GETFL as i64), ("F_SETFL", F_SETFL as i64), ("FD_CLOEXEC", FD_CLOEXEC as i64),
        ("F_GETLK", F_GETLK as i64), ("F_SETLK", F_SETLK as i64), ("F_SETLKW", F_SETLKW as i64),
        ("F_GETLK64", F_GETLK as i64), ("F_SETLK64", F_SETLK as i64), ("F_SETLKW64", F_SETLKW as i64),
        ("F_RDLCK", F_RDLCK as i64), ("F_WRLCK", F_WRLCK as i64), ("F_UNLCK", F_UNLCK as i64),
        ("F_EXLCK", 4), ("F_SHLCK", 8),
        ("F_GETOWN", F_GETOWN as i64), ("F_SETOWN", F_SETOWN as i64), ("F_GETSIG", 11), ("F_SETSIG", 10),
        ("F_GETLEASE", F_GETLEASE as i64), ("F_SETLEASE", F_SETLEASE as i64), ("F_NOTIFY", F_NOTIFY as i64),
        ("F_GETPIPE_SZ", F_GETPIPE_SZ as i64), ("F_SETPIPE_SZ", F_SETPIPE_SZ as i64),
        ("F_OFD_GETLK", F_OFD_GETLK as i64), ("F_OFD_SETLK", F_OFD_SETLK as i64), ("F_OFD_SETLKW", F_OFD_SETLKW as i64),
        ("F_ADD_SEALS", F_ADD_SEALS as i64), ("F_GET_SEALS", F_GET_SEALS as i64),
        ("F_SEAL_SEAL", F_SEAL_SEAL as i64), ("F_SEAL_SHRINK", F_SEAL_SHRINK as i64), ("F_SEAL_GROW", F_SEAL_GROW as i64),
        ("F_SEAL_WRITE", F_SEAL_WRITE as i64),
        ("LOCK_SH", LOCK_SH as i64), ("LOCK_EX", LOCK_EX as i64), ("LOCK_NB", LOCK_NB as i64), ("LOCK_UN", LOCK_UN as i64),
        ("LOCK_MAND", 32), ("LOCK_READ", 64), ("LOCK_WRITE", 128), ("LOCK_RW", 192),
        ("FASYNC", O_ASYNC as i64),
        ("DN_ACCESS", 1), ("DN_MODIFY", 2), ("DN_CREATE", 4), ("DN_DELETE", 8), ("DN_RENAME", 16), ("DN_ATTRIB", 32),
        ("DN_MULTISHOT", 0x80000000),
    ] {
        dict_set_item_str(d, k, new_int(v));
    }
    Ok(m)
}
