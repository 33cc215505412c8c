//! User, group and scheduling ids and priorities: the `set*id` family,
//! `getres*id`, `setgroups`, `getpriority`/`setpriority`,
//! `sched_getaffinity`, `getrandom`.

use super::{fdefs, int_arg, sys};
use crate::object::args::{check_positional, no_args, no_kwargs};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::singletons::none;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};

fn ints<const N: usize>(fname: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<[i64; N]> {
    no_kwargs(fname, kw)?;
    check_positional(fname, args.len(), N, N)?;
    let mut out = [0i64; N];
    for (i, a) in args.iter().enumerate() {
        out[i] = int_arg(a)?;
    }
    Ok(out)
}

macro_rules! set_ids {
    ($($f:ident => $name:literal, $n:literal, |$v:ident| $call:expr;)*) => {
        $(
            fn $f(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
                let $v = ints::<$n>($name, args, kw)?;
                // SAFETY: id-changing calls have no memory preconditions.
                sys(|| unsafe { $call } as isize, None, None)?;
                Ok(none())
            }
        )*
    };
}

set_ids! {
    p_setuid => "setuid", 1, |v| libc::setuid(v[0] as libc::uid_t);
    p_setgid => "setgid", 1, |v| libc::setgid(v[0] as libc::gid_t);
    p_seteuid => "seteuid", 1, |v| libc::seteuid(v[0] as libc::uid_t);
    p_setegid => "setegid", 1, |v| libc::setegid(v[0] as libc::gid_t);
    p_setreuid => "setreuid", 2, |v| libc::setreuid(v[0] as libc::uid_t, v[1] as libc::uid_t);
    p_setregid => "setregid", 2, |v| libc::setregid(v[0] as libc::gid_t, v[1] as libc::gid_t);
    p_setresuid => "setresuid", 3, |v| libc::setresuid(v[0] as libc::uid_t, v[1] as libc::uid_t, v[2] as libc::uid_t);
    p_setresgid => "setresgid", 3, |v| libc::setresgid(v[0] as libc::gid_t, v[1] as libc::gid_t, v[2] as libc::gid_t);
}

fn p_getresuid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getresuid", args, kw)?;
    let (mut r, mut e, mut s) = (0, 0, 0);
    // SAFETY: valid out-parameters.
    sys(|| unsafe { libc::getresuid(&mut r, &mut e, &mut s) } as isize, None, None)?;
    Ok(new_tuple(vec![new_int(r as i64), new_int(e as i64), new_int(s as i64)]))
}

fn p_getresgid(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getresgid", args, kw)?;
    let (mut r, mut e, mut s) = (0, 0, 0);
    // SAFETY: valid out-parameters.
    sys(|| unsafe { libc::getresgid(&mut r, &mut e, &mut s) } as isize, None, None)?;
    Ok(new_tuple(vec![new_int(r as i64), new_int(e as i64), new_int(s as i64)]))
}

fn p_setgroups(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("setgroups", kw)?;
    check_positional("setgroups", args.len(), 1, 1)?;
    let groups = protocol::collect(args[0]).map_err(|_| crate::object::exceptions::type_error("setgroups argument must be a sequence"))?;
    let g: Vec<libc::gid_t> = groups.iter().map(|x| Ok(int_arg(x)? as libc::gid_t)).collect::<PyResult<_>>()?;
    // SAFETY: g has g.len() ids.
    sys(|| unsafe { libc::setgroups(g.len(), g.as_ptr()) } as isize, None, None)?;
    Ok(none())
}

fn p_setpgrp(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("setpgrp", args, kw)?;
    // SAFETY: no preconditions.
    sys(|| unsafe { libc::setpgid(0, 0) } as isize, None, None)?;
    Ok(none())
}

fn p_getpriority(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [which, who] = ints::<2>("getpriority", args, kw)?;
    // SAFETY: errno is thread-local.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: no memory preconditions.
    let r = unsafe { libc::getpriority(which as libc::__priority_which_t, who as libc::id_t) };
    if r == -1 && super::errno() != 0 {
        return Err(super::os_err(super::errno(), None, None));
    }
    Ok(new_int(r as i64))
}

fn p_setpriority(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [which, who, prio] = ints::<3>("setpriority", args, kw)?;
    // SAFETY: no memory preconditions.
    sys(|| unsafe { libc::setpriority(which as libc::__priority_which_t, who as libc::id_t, prio as i32) } as isize, None, None)?;
    Ok(none())
}

fn p_sched_getaffinity(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let [pid] = ints::<1>("sched_getaffinity", args, kw)?;
    // SAFETY: cpu_set_t is plain data.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-parameter of the given size.
    sys(|| unsafe { libc::sched_getaffinity(pid as libc::pid_t, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } as isize, None, None)?;
    let s = protocol::call0(crate::object::set::SET_TYPE.obj())?;
    let add = crate::object::str::new_str("add");
    for cpu in 0..libc::CPU_SETSIZE as usize {
        // SAFETY: cpu < CPU_SETSIZE.
        if unsafe { libc::CPU_ISSET(cpu, &set) } {
            protocol::call_method(&s, &add, &[&new_int(cpu as i64)])?;
        }
    }
    Ok(s)
}

fn p_getrandom(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None, None];
    crate::object::args::Params::new("getrandom", &["size", "flags"], 1).parse(args, kw, &mut o)?;
    let n = crate::object::args::expect_index(o[0].unwrap())?;
    if n < 0 {
        return Err(super::os_err(libc::EINVAL, None, None));
    }
    let flags = match o[1] {
        Some(f) => int_arg(f)? as u32,
        None => 0,
    };
    let mut buf = vec![0u8; n as usize];
    // SAFETY: buf has n bytes.
    let got = sys(|| unsafe { libc::getrandom(buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags) }, None, None)?;
    buf.truncate(got as usize);
    Ok(crate::object::bytes::new_bytes(buf))
}

pub static ID_FUNCS: [MethodDef; 16] = fdefs![
    "setuid" => p_setuid, "setgid" => p_setgid, "seteuid" => p_seteuid, "setegid" => p_setegid,
    "setreuid" => p_setreuid, "setregid" => p_setregid, "setresuid" => p_setresuid, "setresgid" => p_setresgid,
    "getresuid" => p_getresuid, "getresgid" => p_getresgid, "setgroups" => p_setgroups, "setpgrp" => p_setpgrp,
    "getpriority" => p_getpriority, "setpriority" => p_setpriority, "sched_getaffinity" => p_sched_getaffinity,
    "getrandom" => p_getrandom,
];
