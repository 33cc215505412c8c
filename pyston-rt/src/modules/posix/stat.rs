//! `stat_result` (10 sequence fields, the last three the integer times,
//! then the float and nanosecond times, `st_blksize`, `st_blocks`,
//! `st_rdev` as attributes), the other struct sequences of `posix`, and
//! `stat`/`lstat`/`fstat`.

use super::{dir_fd_arg, fd_arg, fdefs, path_arg, sys};
use crate::modules::records::{field_def, hidden_field_def, new_structseq, PyStructSeq};
use crate::object::args::Params;
use crate::object::exceptions::type_error;
use crate::object::float::new_float;
use crate::object::header::{new_object, PyObject, PyRef};
use crate::object::int::{new_bigint, new_int};
use crate::object::tuple::PyTuple;
use crate::object::typeobj::{GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::Cell;

/// The first seven fields are named; the integer times at 7..10 have no
/// name of their own (CPython's unnamed fields): the repr shows them under
/// the names of the next three getsets, as CPython's does.
static STAT_FIELDS: [GetSetDef; 16] = [
    field_def("st_mode", 0),
    field_def("st_ino", 1),
    field_def("st_dev", 2),
    field_def("st_nlink", 3),
    field_def("st_uid", 4),
    field_def("st_gid", 5),
    field_def("st_size", 6),
    hidden_field_def("st_atime", 10),
    hidden_field_def("st_mtime", 11),
    hidden_field_def("st_ctime", 12),
    hidden_field_def("st_atime_ns", 13),
    hidden_field_def("st_mtime_ns", 14),
    hidden_field_def("st_ctime_ns", 15),
    hidden_field_def("st_blksize", 16),
    hidden_field_def("st_blocks", 17),
    hidden_field_def("st_rdev", 18),
];
crate::structseq_type!(STAT_RESULT_TYPE, "stat_result", Some("os"), &STAT_FIELDS);

const STAT_SEQ: usize = 10;
const STAT_ALL: usize = 19;

static TERMINAL_SIZE_FIELDS: [GetSetDef; 2] = [field_def("columns", 0), field_def("lines", 1)];
crate::structseq_type!(TERMINAL_SIZE_TYPE, "terminal_size", Some("os"), &TERMINAL_SIZE_FIELDS);

static TIMES_FIELDS: [GetSetDef; 5] = [
    field_def("user", 0),
    field_def("system", 1),
    field_def("children_user", 2),
    field_def("children_system", 3),
    field_def("elapsed", 4),
];
crate::structseq_type!(TIMES_RESULT_TYPE, "times_result", Some("posix"), &TIMES_FIELDS);

static UNAME_FIELDS: [GetSetDef; 5] = [
    field_def("sysname", 0),
    field_def("nodename", 1),
    field_def("release", 2),
    field_def("version", 3),
    field_def("machine", 4),
];
crate::structseq_type!(UNAME_RESULT_TYPE, "uname_result", Some("posix"), &UNAME_FIELDS);

pub fn stat_types() -> Vec<&'static TypeObject> {
    STAT_RESULT_TYPE.tp_new.set(Some(stat_result_new));
    vec![&STAT_RESULT_TYPE, &TERMINAL_SIZE_TYPE, &TIMES_RESULT_TYPE, &UNAME_RESULT_TYPE]
}

fn make_stat(items: Vec<PyRef>, extra: Vec<PyRef>, t: &TypeObject) -> PyRef {
    new_object(t, |ob| PyStructSeq {
        tuple: PyTuple { ob, items: items.into_boxed_slice(), hash: Cell::new(-1) },
        extra: extra.into_boxed_slice(),
    })
}

/// `os.stat_result(seq)`: 10 to 19 items; float times left out are
/// taken from the integer ones (CPython's `statresult_new`).
fn stat_result_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, _, _) = crate::object::args::split(args, kw);
    if pos.len() != 1 {
        return Err(type_error(format!("os.stat_result() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut items = protocol::collect(pos[0])?;
    if items.len() < STAT_SEQ {
        return Err(type_error(format!("os.stat_result() takes an at least {}-sequence ({}-sequence given)", STAT_SEQ, items.len())));
    }
    if items.len() > STAT_ALL {
        return Err(type_error(format!("os.stat_result() takes an at most {}-sequence ({}-sequence given)", STAT_ALL, items.len())));
    }
    let mut extra = items.split_off(STAT_SEQ);
    while extra.len() < STAT_ALL - STAT_SEQ {
        let i = extra.len();
        extra.push(if i < 3 { items[7 + i].clone() } else { crate::object::singletons::none() });
    }
    Ok(make_stat(items, extra, t))
}

fn ns_int(sec: i64, nsec: i64) -> PyRef {
    match sec.checked_mul(1_000_000_000).and_then(|v| v.checked_add(nsec)) {
        Some(v) => new_int(v),
        None => new_bigint(num_bigint::BigInt::from(sec) * 1_000_000_000 + nsec),
    }
}

/// A `stat_result` from a `struct stat`.
#[allow(clippy::unnecessary_cast)]
pub fn stat_result(st: &libc::stat) -> PyRef {
    let times = [(st.st_atime as i64, st.st_atime_nsec as i64), (st.st_mtime as i64, st.st_mtime_nsec as i64), (st.st_ctime as i64, st.st_ctime_nsec as i64)];
    let mut items = vec![
        new_int(st.st_mode as i64),
        new_bigint(num_bigint::BigInt::from(st.st_ino as u64)),
        new_bigint(num_bigint::BigInt::from(st.st_dev as u64)),
        new_int(st.st_nlink as i64),
        new_int(st.st_uid as i64),
        new_int(st.st_gid as i64),
        new_int(st.st_size as i64),
    ];
    for (s, _) in times {
        items.push(new_int(s));
    }
    let mut extra = Vec::with_capacity(9);
    for (s, ns) in times {
        extra.push(new_float(s as f64 + ns as f64 * 1e-9));
    }
    for (s, ns) in times {
        extra.push(ns_int(s, ns));
    }
    extra.push(new_int(st.st_blksize as i64));
    extra.push(new_int(st.st_blocks as i64));
    extra.push(new_bigint(num_bigint::BigInt::from(st.st_rdev as u64)));
    make_stat(items, extra, &STAT_RESULT_TYPE)
}

fn zeroed_stat() -> libc::stat {
    // SAFETY: struct stat is plain data; all-zero is a valid value.
    unsafe { std::mem::zeroed() }
}

/// `fstatat` (or `fstat` for a descriptor) as a `struct stat`.
pub fn do_stat(fname: &str, path: Option<&PyObject>, dir_fd: Option<&PyObject>, follow: bool) -> PyResult<libc::stat> {
    let p = path_arg(fname, path, true, false)?;
    let dir_fd = dir_fd_arg(dir_fd)?;
    let mut st = zeroed_stat();
    if let Some(fd) = p.fd {
        if dir_fd != libc::AT_FDCWD || !follow {
            return Err(crate::object::exceptions::value_error(format!(
                "{}: cannot use fd and {} together",
                fname,
                if dir_fd != libc::AT_FDCWD { "dir_fd" } else { "follow_symlinks" }
            )));
        }
        // SAFETY: st is a valid out-parameter.
        sys(|| unsafe { libc::fstat(fd, &mut st) } as isize, p.err_obj().as_deref(), None)?;
        return Ok(st);
    }
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: p.ptr() is NUL-terminated and st a valid out-parameter.
    sys(|| unsafe { libc::fstatat(dir_fd, p.ptr(), &mut st, flags) } as isize, p.name(), None)?;
    Ok(st)
}

static STAT_PARAMS: Params = Params { fname: "stat", names: &["path", "dir_fd", "follow_symlinks"], required: 1, posonly: 0, kwonly: 1 };
static LSTAT_PARAMS: Params = Params { fname: "lstat", names: &["path", "dir_fd"], required: 1, posonly: 0, kwonly: 1 };

fn p_stat(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None; 3];
    STAT_PARAMS.parse(args, kw, &mut o)?;
    let follow = super::bool_arg(o[2], true)?;
    Ok(stat_result(&do_stat("stat", o[0], o[1], follow)?))
}

fn p_lstat(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None; 2];
    LSTAT_PARAMS.parse(args, kw, &mut o)?;
    let p = path_arg("lstat", o[0], false, false)?;
    let dir_fd = dir_fd_arg(o[1])?;
    let mut st = zeroed_stat();
    // SAFETY: as in do_stat.
    sys(|| unsafe { libc::fstatat(dir_fd, p.ptr(), &mut st, libc::AT_SYMLINK_NOFOLLOW) } as isize, p.name(), None)?;
    Ok(stat_result(&st))
}

fn p_fstat(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None];
    Params::new("fstat", &["fd"], 1).parse(args, kw, &mut o)?;
    let fd = fd_arg(o[0].unwrap())?;
    let mut st = zeroed_stat();
    // SAFETY: st is a valid out-parameter.
    sys(|| unsafe { libc::fstat(fd, &mut st) } as isize, None, None)?;
    Ok(stat_result(&st))
}

fn p_get_terminal_size(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("get_terminal_size", kw)?;
    crate::object::args::check_positional("get_terminal_size", args.len(), 0, 1)?;
    let fd = match args.first() {
        Some(o) => fd_arg(o)?,
        None => 1,
    };
    // SAFETY: winsize is plain data; ioctl fills it.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes a struct winsize.
    sys(|| unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } as isize, None, None)?;
    Ok(new_structseq(&TERMINAL_SIZE_TYPE, vec![new_int(ws.ws_col as i64), new_int(ws.ws_row as i64)]))
}

pub fn times_result(v: [f64; 5]) -> PyRef {
    new_structseq(&TIMES_RESULT_TYPE, v.iter().map(|x| new_float(*x)).collect())
}

pub fn uname_result(v: Vec<PyRef>) -> PyRef {
    new_structseq(&UNAME_RESULT_TYPE, v)
}

pub static STAT_FUNCS: [MethodDef; 4] = fdefs![
    "stat" => p_stat, "lstat" => p_lstat, "fstat" => p_fstat, "get_terminal_size" => p_get_terminal_size,
];
