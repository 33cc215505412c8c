//! Operations on file descriptors. New descriptors are non-inheritable
//! (close-on-exec, PEP 446).

use super::{bool_arg, dir_fd_arg, fd_arg, fdefs, int_arg, os_err, path_arg, sys};
use crate::object::args::Params;
use crate::object::bytes::new_bytes;
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_bool, new_int};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};

fn parse<'a, const N: usize>(p: &Params, args: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<[Option<&'a PyObject>; N]> {
    let mut o = [None; N];
    p.parse(args, kw, &mut o)?;
    Ok(o)
}

/// Positional-only arguments (`os.read(fd, n, /)`).
fn posonly<'a, const N: usize>(fname: &str, args: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<[&'a PyObject; N]> {
    crate::object::args::no_kwargs(fname, kw)?;
    crate::object::args::check_positional(fname, args.len(), N, N)?;
    let mut o = [args[0]; N];
    o.copy_from_slice(&args[..N]);
    Ok(o)
}

static OPEN: Params = Params { fname: "open", names: &["path", "flags", "mode", "dir_fd"], required: 2, posonly: 0, kwonly: 3 };
fn p_open(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<4>(&OPEN, args, kw)?;
    let p = path_arg("open", o[0], false, false)?;
    let flags = int_arg(o[1].unwrap())? as i32 | libc::O_CLOEXEC;
    let mode = match o[2] {
        Some(m) => int_arg(m)? as libc::c_uint,
        None => 0o777,
    };
    let dfd = dir_fd_arg(o[3])?;
    // SAFETY: NUL-terminated name.
    let fd = sys(|| unsafe { libc::openat(dfd, p.ptr(), flags, mode) } as isize, p.name(), None)?;
    Ok(new_int(fd as i64))
}

fn p_close(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<1>(&Params::new("close", &["fd"], 1), args, kw)?;
    let fd = fd_arg(o[0].unwrap())?;
    // SAFETY: closing a descriptor (EINTR is not retried: the descriptor is gone).
    if unsafe { libc::close(fd) } != 0 {
        let e = super::errno();
        if e != libc::EINTR {
            return Err(os_err(e, None, None));
        }
    }
    Ok(none())
}

fn p_closerange(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [lo, hi] = posonly::<2>("closerange", args, kw)?;
    let (lo, hi) = (fd_arg(lo)?, fd_arg(hi)?);
    for fd in lo.max(0)..hi {
        // SAFETY: closing descriptors; errors are ignored as CPython does.
        unsafe { libc::close(fd) };
    }
    Ok(none())
}

fn p_read(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, n] = posonly::<2>("read", args, kw)?;
    let fd = fd_arg(fd)?;
    let n = crate::object::args::expect_index(n)?;
    if n < 0 {
        return Err(os_err(libc::EINVAL, None, None));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: buf has n bytes.
    let got = sys(|| unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) }, None, None)?;
    buf.truncate(got as usize);
    Ok(new_bytes(buf))
}

fn p_write(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, data] = posonly::<2>("write", args, kw)?;
    let fd = fd_arg(fd)?;
    let data = crate::object::bytes::buffer_bytes(data)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", data.type_().name())))?
        .to_vec();
    // SAFETY: data has data.len() bytes.
    let n = sys(|| unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) }, None, None)?;
    Ok(new_int(n as i64))
}

fn p_pread(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, n, off] = posonly::<3>("pread", args, kw)?;
    let fd = fd_arg(fd)?;
    let n = crate::object::args::expect_index(n)?;
    let off = int_arg(off)? as libc::off_t;
    if n < 0 {
        return Err(os_err(libc::EINVAL, None, None));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: buf has n bytes.
    let got = sys(|| unsafe { libc::pread(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), off) }, None, None)?;
    buf.truncate(got as usize);
    Ok(new_bytes(buf))
}

fn p_pwrite(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, data, off] = posonly::<3>("pwrite", args, kw)?;
    let fd = fd_arg(fd)?;
    let data = crate::object::bytes::buffer_bytes(data)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", data.type_().name())))?
        .to_vec();
    let off = int_arg(off)? as libc::off_t;
    // SAFETY: data has data.len() bytes.
    let n = sys(|| unsafe { libc::pwrite(fd, data.as_ptr() as *const libc::c_void, data.len(), off) }, None, None)?;
    Ok(new_int(n as i64))
}

fn p_lseek(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, pos, how] = posonly::<3>("lseek", args, kw)?;
    let fd = fd_arg(fd)?;
    let pos = int_arg(pos)? as libc::off_t;
    let how = int_arg(how)? as i32;
    // SAFETY: plain descriptor.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(os_err(super::errno(), None, None));
    }
    Ok(new_int(r))
}

fn pipe_with(flags: i32) -> PyResult<PyRef> {
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for two descriptors.
    sys(|| unsafe { libc::pipe2(fds.as_mut_ptr(), flags) } as isize, None, None)?;
    Ok(new_tuple(vec![new_int(fds[0] as i64), new_int(fds[1] as i64)]))
}

fn p_pipe(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("pipe", args, kw)?;
    pipe_with(libc::O_CLOEXEC)
}

fn p_pipe2(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [flags] = posonly::<1>("pipe2", args, kw)?;
    pipe_with(int_arg(flags)? as i32)
}

fn p_dup(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd] = posonly::<1>("dup", args, kw)?;
    let fd = fd_arg(fd)?;
    // SAFETY: plain descriptor.
    let r = sys(|| unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) } as isize, None, None)?;
    Ok(new_int(r as i64))
}

fn p_dup2(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<3>(&Params::new("dup2", &["fd", "fd2", "inheritable"], 2), args, kw)?;
    let fd = fd_arg(o[0].unwrap())?;
    let fd2 = fd_arg(o[1].unwrap())?;
    let inheritable = bool_arg(o[2], true)?;
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    if fd == fd2 {
        // dup3 refuses equal descriptors; dup2 checks the descriptor.
        // SAFETY: plain descriptor.
        sys(|| unsafe { libc::dup2(fd, fd2) } as isize, None, None)?;
        return Ok(new_int(fd2 as i64));
    }
    // SAFETY: plain descriptors.
    let r = sys(|| unsafe { libc::dup3(fd, fd2, flags) } as isize, None, None)?;
    Ok(new_int(r as i64))
}

/// A descriptor or an object with `fileno()` (CPython's `fildes` converter).
fn fileno_arg(o: &PyObject) -> PyResult<i32> {
    if o.type_().nb_index.get().is_some() {
        return fd_arg(o);
    }
    match protocol::getattr_opt(o, &new_str("fileno"))? {
        Some(f) => {
            let r = protocol::call0(&f)?;
            if r.type_().nb_index.get().is_none() {
                return Err(type_error("fileno() returned a non-integer"));
            }
            let v = fd_arg(&r)?;
            if v < 0 {
                return Err(value_error(format!("file descriptor cannot be a negative integer ({})", v)));
            }
            Ok(v)
        }
        None => Err(type_error("argument must be an int, or have a fileno() method.")),
    }
}

fn p_fsync(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<1>(&Params::new("fsync", &["fd"], 1), args, kw)?;
    let fd = fileno_arg(o[0].unwrap())?;
    // SAFETY: plain descriptor.
    sys(|| unsafe { libc::fsync(fd) } as isize, None, None)?;
    Ok(none())
}

fn p_fdatasync(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<1>(&Params::new("fdatasync", &["fd"], 1), args, kw)?;
    let fd = fileno_arg(o[0].unwrap())?;
    // SAFETY: plain descriptor.
    sys(|| unsafe { libc::fdatasync(fd) } as isize, None, None)?;
    Ok(none())
}

fn p_ftruncate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, len] = posonly::<2>("ftruncate", args, kw)?;
    let fd = fd_arg(fd)?;
    let len = int_arg(len)? as libc::off_t;
    // SAFETY: plain descriptor.
    sys(|| unsafe { libc::ftruncate(fd, len) } as isize, None, None)?;
    Ok(none())
}

fn p_isatty(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd] = posonly::<1>("isatty", args, kw)?;
    let fd = fd_arg(fd)?;
    // SAFETY: plain descriptor.
    Ok(new_bool(unsafe { libc::isatty(fd) } == 1))
}

fn p_ttyname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd] = posonly::<1>("ttyname", args, kw)?;
    let fd = fd_arg(fd)?;
    let mut buf = vec![0u8; 256];
    // SAFETY: buf has buf.len() bytes.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if r != 0 {
        return Err(os_err(r, None, None));
    }
    let n = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Ok(new_str(String::from_utf8_lossy(&buf[..n]).into_owned()))
}

/// `FD_CLOEXEC` of a descriptor.
pub fn get_inheritable(fd: i32) -> PyResult<bool> {
    // SAFETY: plain descriptor.
    let r = sys(|| unsafe { libc::fcntl(fd, libc::F_GETFD) } as isize, None, None)?;
    Ok(r as i32 & libc::FD_CLOEXEC == 0)
}

pub fn set_inheritable(fd: i32, inheritable: bool) -> PyResult<()> {
    // SAFETY: plain descriptor.
    let r = sys(|| unsafe { libc::fcntl(fd, libc::F_GETFD) } as isize, None, None)? as i32;
    let n = if inheritable { r & !libc::FD_CLOEXEC } else { r | libc::FD_CLOEXEC };
    if n != r {
        // SAFETY: plain descriptor.
        sys(|| unsafe { libc::fcntl(fd, libc::F_SETFD, n) } as isize, None, None)?;
    }
    Ok(())
}

fn p_get_inheritable(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd] = posonly::<1>("get_inheritable", args, kw)?;
    Ok(new_bool(get_inheritable(fd_arg(fd)?)?))
}

fn p_set_inheritable(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, v] = posonly::<2>("set_inheritable", args, kw)?;
    set_inheritable(fd_arg(fd)?, protocol::is_true(v)?)?;
    Ok(none())
}

fn p_get_blocking(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd] = posonly::<1>("get_blocking", args, kw)?;
    let fd = fd_arg(fd)?;
    // SAFETY: plain descriptor.
    let r = sys(|| unsafe { libc::fcntl(fd, libc::F_GETFL) } as isize, None, None)? as i32;
    Ok(new_bool(r & libc::O_NONBLOCK == 0))
}

fn p_set_blocking(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, v] = posonly::<2>("set_blocking", args, kw)?;
    let fd = fd_arg(fd)?;
    let blocking = protocol::is_true(v)?;
    // SAFETY: plain descriptor.
    let r = sys(|| unsafe { libc::fcntl(fd, libc::F_GETFL) } as isize, None, None)? as i32;
    let n = if blocking { r & !libc::O_NONBLOCK } else { r | libc::O_NONBLOCK };
    // SAFETY: plain descriptor.
    sys(|| unsafe { libc::fcntl(fd, libc::F_SETFL, n) } as isize, None, None)?;
    Ok(none())
}

fn p_device_encoding(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<1>(&Params::new("device_encoding", &["fd"], 1), args, kw)?;
    let fd = fd_arg(o[0].unwrap())?;
    // SAFETY: plain descriptor.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(new_str("UTF-8"));
    }
    Ok(none())
}

fn p_lockf(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [fd, cmd, len] = posonly::<3>("lockf", args, kw)?;
    let (fd, cmd, len) = (fd_arg(fd)?, int_arg(cmd)? as i32, int_arg(len)? as libc::off_t);
    // SAFETY: plain descriptor.
    sys(|| unsafe { libc::lockf(fd, cmd, len) } as isize, None, None)?;
    Ok(none())
}

fn p_sendfile(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<4>(&Params::new("sendfile", &["out_fd", "in_fd", "offset", "count"], 4), args, kw)?;
    let out_fd = fd_arg(o[0].unwrap())?;
    let in_fd = fd_arg(o[1].unwrap())?;
    let count = crate::object::args::expect_index(o[3].unwrap())? as usize;
    let n = if crate::object::singletons::is_none(o[2].unwrap()) {
        // SAFETY: null offset: use and advance the file position.
        sys(|| unsafe { libc::sendfile(out_fd, in_fd, std::ptr::null_mut(), count) }, None, None)?
    } else {
        let mut off = int_arg(o[2].unwrap())? as libc::off_t;
        // SAFETY: off is a valid in/out offset.
        sys(|| unsafe { libc::sendfile(out_fd, in_fd, &mut off, count) }, None, None)?
    };
    Ok(new_int(n as i64))
}

pub static FD_FUNCS: [MethodDef; 24] = fdefs![
    "open" => p_open, "close" => p_close, "closerange" => p_closerange, "read" => p_read, "write" => p_write,
    "pread" => p_pread, "pwrite" => p_pwrite, "lseek" => p_lseek, "pipe" => p_pipe, "pipe2" => p_pipe2,
    "dup" => p_dup, "dup2" => p_dup2, "fsync" => p_fsync, "fdatasync" => p_fdatasync, "ftruncate" => p_ftruncate,
    "isatty" => p_isatty, "ttyname" => p_ttyname, "get_inheritable" => p_get_inheritable,
    "set_inheritable" => p_set_inheritable, "get_blocking" => p_get_blocking, "set_blocking" => p_set_blocking,
    "device_encoding" => p_device_encoding, "lockf" => p_lockf, "sendfile" => p_sendfile,
];
