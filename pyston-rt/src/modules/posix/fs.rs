//! Operations on file names: directories, links, renames, permissions,
//! times, the working directory and `listdir`.

use super::{bool_arg, dir_fd_arg, fdefs, int_arg, name_obj, os_err, path_arg, sys, PathArg};
use crate::object::args::Params;
use crate::object::exceptions::{type_error, value_error};
use crate::object::float::float_value;
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, new_bool};
use crate::object::list::new_list;
use crate::object::singletons::{is_none, none};
use crate::object::tuple::tuple_slice;
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;

fn parse<'a, const N: usize>(p: &Params, args: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<[Option<&'a PyObject>; N]> {
    let mut o = [None; N];
    p.parse(args, kw, &mut o)?;
    Ok(o)
}

/// `mode` argument (default `d`).
fn mode_arg(o: Option<&PyObject>, d: i64) -> PyResult<libc::mode_t> {
    Ok(match o {
        Some(v) => int_arg(v)? as libc::mode_t,
        None => d as libc::mode_t,
    })
}

static MKDIR: Params = Params { fname: "mkdir", names: &["path", "mode", "dir_fd"], required: 1, posonly: 0, kwonly: 2 };
fn p_mkdir(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<3>(&MKDIR, args, kw)?;
    let p = path_arg("mkdir", o[0], false, false)?;
    let mode = mode_arg(o[1], 0o777)?;
    let dfd = dir_fd_arg(o[2])?;
    // SAFETY: NUL-terminated name.
    sys(|| unsafe { libc::mkdirat(dfd, p.ptr(), mode) } as isize, p.name(), None)?;
    Ok(none())
}

static MKFIFO: Params = Params { fname: "mkfifo", names: &["path", "mode", "dir_fd"], required: 1, posonly: 0, kwonly: 2 };
fn p_mkfifo(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<3>(&MKFIFO, args, kw)?;
    let p = path_arg("mkfifo", o[0], false, false)?;
    let mode = mode_arg(o[1], 0o666)?;
    let dfd = dir_fd_arg(o[2])?;
    // SAFETY: NUL-terminated name.
    sys(|| unsafe { libc::mkfifoat(dfd, p.ptr(), mode) } as isize, p.name(), None)?;
    Ok(none())
}

fn unlink_like(fname: &str, flags: i32, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let params = Params { fname, names: &["path", "dir_fd"], required: 1, posonly: 0, kwonly: 1 };
    let o = parse::<2>(&params, args, kw)?;
    let p = path_arg(fname, o[0], false, false)?;
    let dfd = dir_fd_arg(o[1])?;
    // SAFETY: NUL-terminated name.
    sys(|| unsafe { libc::unlinkat(dfd, p.ptr(), flags) } as isize, p.name(), None)?;
    Ok(none())
}

fn p_rmdir(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    unlink_like("rmdir", libc::AT_REMOVEDIR, args, kw)
}
fn p_unlink(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    unlink_like("unlink", 0, args, kw)
}
fn p_remove(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    unlink_like("remove", 0, args, kw)
}

fn two_paths(fname: &str, a: Option<&PyObject>, b: Option<&PyObject>) -> PyResult<(PathArg, PathArg)> {
    let s = path_arg(fname, a, false, false)?;
    let d = path_arg(fname, b, false, false)?;
    Ok((s, d))
}

fn rename_like(fname: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let params = Params { fname, names: &["src", "dst", "src_dir_fd", "dst_dir_fd"], required: 2, posonly: 0, kwonly: 2 };
    let o = parse::<4>(&params, args, kw)?;
    let (s, d) = two_paths(fname, o[0], o[1])?;
    let (sfd, dfd) = (dir_fd_arg(o[2])?, dir_fd_arg(o[3])?);
    // SAFETY: NUL-terminated names.
    sys(|| unsafe { libc::renameat(sfd, s.ptr(), dfd, d.ptr()) } as isize, s.name(), d.name())?;
    Ok(none())
}
fn p_rename(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    rename_like("rename", args, kw)
}
fn p_replace(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    rename_like("replace", args, kw)
}

static SYMLINK: Params = Params { fname: "symlink", names: &["src", "dst", "target_is_directory", "dir_fd"], required: 2, posonly: 0, kwonly: 3 };
fn p_symlink(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<4>(&SYMLINK, args, kw)?;
    let (s, d) = two_paths("symlink", o[0], o[1])?;
    let dfd = dir_fd_arg(o[3])?;
    // SAFETY: NUL-terminated names.
    sys(|| unsafe { libc::symlinkat(s.ptr(), dfd, d.ptr()) } as isize, s.name(), d.name())?;
    Ok(none())
}

static LINK: Params = Params { fname: "link", names: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], required: 2, posonly: 0, kwonly: 2 };
fn p_link(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<5>(&LINK, args, kw)?;
    let (s, d) = two_paths("link", o[0], o[1])?;
    let (sfd, dfd) = (dir_fd_arg(o[2])?, dir_fd_arg(o[3])?);
    let flags = if bool_arg(o[4], true)? { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: NUL-terminated names.
    sys(|| unsafe { libc::linkat(sfd, s.ptr(), dfd, d.ptr(), flags) } as isize, s.name(), d.name())?;
    Ok(none())
}

static READLINK: Params = Params { fname: "readlink", names: &["path", "dir_fd"], required: 1, posonly: 0, kwonly: 1 };
fn p_readlink(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<2>(&READLINK, args, kw)?;
    let p = path_arg("readlink", o[0], false, false)?;
    let dfd = dir_fd_arg(o[1])?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: buf has buf.len() bytes.
    let n = sys(|| unsafe { libc::readlinkat(dfd, p.ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()) }, p.name(), None)?;
    Ok(name_obj(&buf[..n as usize], p.is_bytes))
}

fn p_chdir(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<1>(&Params::new("chdir", &["path"], 1), args, kw)?;
    let p = path_arg("chdir", o[0], true, false)?;
    match p.fd {
        // SAFETY: plain descriptor.
        Some(fd) => sys(|| unsafe { libc::fchdir(fd) } as isize, p.err_obj().as_deref(), None)?,
        // SAFETY: NUL-terminated name.
        None => sys(|| unsafe { libc::chdir(p.ptr()) } as isize, p.name(), None)?,
    };
    Ok(none())
}

fn p_fchdir(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<1>(&Params::new("fchdir", &["fd"], 1), args, kw)?;
    let fd = super::fd_arg(o[0].unwrap())?;
    // SAFETY: plain descriptor.
    sys(|| unsafe { libc::fchdir(fd) } as isize, None, None)?;
    Ok(none())
}

pub fn getcwd_bytes() -> PyResult<Vec<u8>> {
    let mut cap = 1024usize;
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: buf has cap bytes.
        let r = unsafe { libc::getcwd(buf.as_mut_ptr() as *mut libc::c_char, cap) };
        if !r.is_null() {
            let n = buf.iter().position(|&b| b == 0).unwrap_or(cap);
            buf.truncate(n);
            return Ok(buf);
        }
        let e = super::errno();
        if e != libc::ERANGE {
            return Err(os_err(e, None, None));
        }
        cap *= 4;
    }
}

fn p_getcwd(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("getcwd", args, kw)?;
    Ok(name_obj(&getcwd_bytes()?, false))
}

fn p_getcwdb(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("getcwdb", args, kw)?;
    Ok(name_obj(&getcwd_bytes()?, true))
}

static ACCESS: Params = Params { fname: "access", names: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], required: 2, posonly: 0, kwonly: 2 };
fn p_access(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<5>(&ACCESS, args, kw)?;
    let p = path_arg("access", o[0], false, false)?;
    let mode = int_arg(o[1].unwrap())? as i32;
    let dfd = dir_fd_arg(o[2])?;
    let mut flags = 0;
    if bool_arg(o[3], false)? {
        flags |= libc::AT_EACCESS;
    }
    if !bool_arg(o[4], true)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: NUL-terminated name.
    let r = unsafe { libc::faccessat(dfd, p.ptr(), mode, flags) };
    Ok(new_bool(r == 0))
}

static CHMOD: Params = Params { fname: "chmod", names: &["path", "mode", "dir_fd", "follow_symlinks"], required: 2, posonly: 0, kwonly: 2 };
fn p_chmod(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<4>(&CHMOD, args, kw)?;
    let p = path_arg("chmod", o[0], true, false)?;
    let mode = int_arg(o[1].unwrap())? as libc::mode_t;
    let dfd = dir_fd_arg(o[2])?;
    let follow = bool_arg(o[3], true)?;
    if let Some(fd) = p.fd {
        // SAFETY: plain descriptor.
        sys(|| unsafe { libc::fchmod(fd, mode) } as isize, p.err_obj().as_deref(), None)?;
        return Ok(none());
    }
    if !follow {
        return Err(crate::object::exceptions::not_implemented_error("chmod: follow_symlinks unavailable on this platform"));
    }
    // SAFETY: NUL-terminated name.
    sys(|| unsafe { libc::fchmodat(dfd, p.ptr(), mode, 0) } as isize, p.name(), None)?;
    Ok(none())
}

fn p_fchmod(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<2>(&Params::new("fchmod", &["fd", "mode"], 2), args, kw)?;
    let fd = super::fd_arg(o[0].unwrap())?;
    let mode = int_arg(o[1].unwrap())? as libc::mode_t;
    // SAFETY: plain descriptor.
    sys(|| unsafe { libc::fchmod(fd, mode) } as isize, None, None)?;
    Ok(none())
}

static CHOWN: Params = Params { fname: "chown", names: &["path", "uid", "gid", "dir_fd", "follow_symlinks"], required: 3, posonly: 0, kwonly: 3 };
fn p_chown(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<5>(&CHOWN, args, kw)?;
    let p = path_arg("chown", o[0], true, false)?;
    let uid = int_arg(o[1].unwrap())? as libc::uid_t;
    let gid = int_arg(o[2].unwrap())? as libc::gid_t;
    let dfd = dir_fd_arg(o[3])?;
    let flags = if bool_arg(o[4], true)? { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    if let Some(fd) = p.fd {
        // SAFETY: plain descriptor.
        sys(|| unsafe { libc::fchown(fd, uid, gid) } as isize, p.err_obj().as_deref(), None)?;
    } else {
        // SAFETY: NUL-terminated name.
        sys(|| unsafe { libc::fchownat(dfd, p.ptr(), uid, gid, flags) } as isize, p.name(), None)?;
    }
    Ok(none())
}

/// Seconds (int or float) as a timespec, rounding towards minus infinity.
fn timespec_of(o: &PyObject) -> PyResult<libc::timespec> {
    if let Some(f) = float_value(o) {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let mut int = f.trunc();
        let mut frac = ((f - int) * 1e9).floor();
        if frac >= 1e9 {
            frac -= 1e9;
            int += 1.0;
        } else if frac < 0.0 {
            frac += 1e9;
            int -= 1.0;
        }
        return Ok(libc::timespec { tv_sec: int as libc::time_t, tv_nsec: frac as libc::c_long });
    }
    let s = int_arg(o)?;
    Ok(libc::timespec { tv_sec: s as libc::time_t, tv_nsec: 0 })
}

fn ns_timespec(o: &PyObject) -> PyResult<libc::timespec> {
    let i = as_int(o).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", o.type_().name())))?;
    let v: i128 = num_traits::ToPrimitive::to_i128(&i.to_bigint()).unwrap_or(0);
    Ok(libc::timespec { tv_sec: v.div_euclid(1_000_000_000) as libc::time_t, tv_nsec: v.rem_euclid(1_000_000_000) as libc::c_long })
}

static UTIME: Params = Params { fname: "utime", names: &["path", "times", "ns", "dir_fd", "follow_symlinks"], required: 1, posonly: 0, kwonly: 2 };
fn p_utime(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<5>(&UTIME, args, kw)?;
    let p = path_arg("utime", o[0], true, false)?;
    let times = o[1].filter(|t| !is_none(t));
    let ns = o[2];
    let ts: Option<[libc::timespec; 2]> = match (times, ns) {
        (Some(_), Some(_)) => return Err(value_error("utime: you may specify either 'times' or 'ns' but not both")),
        (Some(t), None) => {
            let items = tuple_slice(t).filter(|s| s.len() == 2).ok_or_else(|| type_error("utime: 'times' must be either a tuple of two ints or None"))?;
            Some([timespec_of(&items[0])?, timespec_of(&items[1])?])
        }
        (None, Some(n)) => {
            let items = tuple_slice(n).filter(|s| s.len() == 2).ok_or_else(|| type_error("utime: 'ns' must be a tuple of two ints"))?;
            Some([ns_timespec(&items[0])?, ns_timespec(&items[1])?])
        }
        (None, None) => None,
    };
    let dfd = dir_fd_arg(o[3])?;
    let flags = if bool_arg(o[4], true)? { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let tp = match &ts {
        Some(t) => t.as_ptr(),
        None => std::ptr::null(),
    };
    if let Some(fd) = p.fd {
        // SAFETY: tp is null or points at two timespecs.
        sys(|| unsafe { libc::futimens(fd, tp) } as isize, p.err_obj().as_deref(), None)?;
    } else {
        // SAFETY: as above; NUL-terminated name.
        sys(|| unsafe { libc::utimensat(dfd, p.ptr(), tp, flags) } as isize, p.name(), None)?;
    }
    Ok(none())
}

fn p_truncate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<2>(&Params::new("truncate", &["path", "length"], 2), args, kw)?;
    let p = path_arg("truncate", o[0], true, false)?;
    let len = int_arg(o[1].unwrap())? as libc::off_t;
    if let Some(fd) = p.fd {
        // SAFETY: plain descriptor.
        sys(|| unsafe { libc::ftruncate(fd, len) } as isize, p.err_obj().as_deref(), None)?;
    } else {
        // SAFETY: NUL-terminated name.
        sys(|| unsafe { libc::truncate(p.ptr(), len) } as isize, p.name(), None)?;
    }
    Ok(none())
}

/// Every name in a directory stream (without `.` and `..`), with its
/// `d_type` and inode; closes the stream.
pub fn read_dir_all(dirp: *mut libc::DIR) -> Result<Vec<(Vec<u8>, u8, u64)>, i32> {
    let mut out = Vec::new();
    loop {
        // SAFETY: errno is thread-local; dirp is an open stream.
        unsafe { *libc::__errno_location() = 0 };
        // SAFETY: dirp is an open stream.
        let ent = unsafe { libc::readdir(dirp) };
        if ent.is_null() {
            let e = super::errno();
            // SAFETY: closing the stream we own.
            unsafe { libc::closedir(dirp) };
            return if e != 0 { Err(e) } else { Ok(out) };
        }
        // SAFETY: readdir returned a valid entry with a NUL-terminated name.
        let (name, ty, ino) = unsafe { (std::ffi::CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes().to_vec(), (*ent).d_type, (*ent).d_ino as u64) };
        if name != b"." && name != b".." {
            out.push((name, ty, ino));
        }
    }
}

/// Open a directory stream for a path argument (a descriptor is
/// duplicated, so the caller's stays open).
pub fn open_dir(p: &PathArg) -> PyResult<*mut libc::DIR> {
    if let Some(fd) = p.fd {
        // SAFETY: plain descriptor.
        let nfd = sys(|| unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) } as isize, p.err_obj().as_deref(), None)? as i32;
        // SAFETY: nfd is our own descriptor; on success the stream owns it.
        let d = unsafe { libc::fdopendir(nfd) };
        if d.is_null() {
            let e = super::errno();
            // SAFETY: closing our own descriptor.
            unsafe { libc::close(nfd) };
            return Err(os_err(e, p.err_obj().as_deref(), None));
        }
        // SAFETY: d is an open stream.
        unsafe { libc::rewinddir(d) };
        return Ok(d);
    }
    loop {
        // SAFETY: NUL-terminated name.
        let d = unsafe { libc::opendir(p.ptr()) };
        if !d.is_null() {
            return Ok(d);
        }
        let e = super::errno();
        if e != libc::EINTR {
            return Err(os_err(e, Some(p.name().unwrap_or(&new_dot())), None));
        }
        crate::runtime::signals::check_interrupt()?;
    }
}

fn new_dot() -> PyRef {
    crate::object::str::new_str(".")
}

fn p_listdir(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<1>(&Params::new("listdir", &["path"], 0), args, kw)?;
    let p = path_arg("listdir", o[0], true, true)?;
    let d = open_dir(&p)?;
    let names = read_dir_all(d).map_err(|e| os_err(e, p.err_obj().as_deref(), None))?;
    Ok(new_list(names.into_iter().map(|(n, _, _)| name_obj(&n, p.is_bytes)).collect()))
}

fn p_sync(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("sync", args, kw)?;
    // SAFETY: no preconditions.
    unsafe { libc::sync() };
    Ok(none())
}

pub static FS_FUNCS: [MethodDef; 24] = fdefs![
    "mkdir" => p_mkdir, "mkfifo" => p_mkfifo, "rmdir" => p_rmdir, "unlink" => p_unlink, "remove" => p_remove,
    "rename" => p_rename, "replace" => p_replace, "symlink" => p_symlink, "link" => p_link,
    "readlink" => p_readlink, "chdir" => p_chdir, "fchdir" => p_fchdir, "getcwd" => p_getcwd,
    "getcwdb" => p_getcwdb, "access" => p_access, "chmod" => p_chmod, "fchmod" => p_fchmod,
    "chown" => p_chown, "utime" => p_utime, "truncate" => p_truncate, "listdir" => p_listdir,
    "sync" => p_sync, "lchown" => p_lchown, "fchown" => p_fchown,
];

fn p_lchown(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<3>(&Params::new("lchown", &["path", "uid", "gid"], 3), args, kw)?;
    let p = path_arg("lchown", o[0], false, false)?;
    let uid = int_arg(o[1].unwrap())? as libc::uid_t;
    let gid = int_arg(o[2].unwrap())? as libc::gid_t;
    // SAFETY: NUL-terminated name.
    sys(|| unsafe { libc::lchown(p.ptr(), uid, gid) } as isize, p.name(), None)?;
    Ok(none())
}

fn p_fchown(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = parse::<3>(&Params::new("fchown", &["fd", "uid", "gid"], 3), args, kw)?;
    let fd = super::fd_arg(o[0].unwrap())?;
    let uid = int_arg(o[1].unwrap())? as libc::uid_t;
    let gid = int_arg(o[2].unwrap())? as libc::gid_t;
    // SAFETY: plain descriptor.
    sys(|| unsafe { libc::fchown(fd, uid, gid) } as isize, None, None)?;
    Ok(none())
}
