//! The `resource` module: `getrlimit`/`setrlimit`, `getrusage` (as
//! `struct_rusage`), `getpagesize` and the `RLIMIT_*` constants.

use super::records::{field_def, new_structseq};
use crate::object::args::{check_positional, no_args, no_kwargs};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error};
use crate::object::float::new_float;
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{int_value_big, new_int};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};

static RUSAGE_FIELDS: [GetSetDef; 16] = [
    field_def("ru_utime", 0),
    field_def("ru_stime", 1),
    field_def("ru_maxrss", 2),
    field_def("ru_ixrss", 3),
    field_def("ru_idrss", 4),
    field_def("ru_isrss", 5),
    field_def("ru_minflt", 6),
    field_def("ru_majflt", 7),
    field_def("ru_nswap", 8),
    field_def("ru_inblock", 9),
    field_def("ru_oublock", 10),
    field_def("ru_msgsnd", 11),
    field_def("ru_msgrcv", 12),
    field_def("ru_nsignals", 13),
    field_def("ru_nvcsw", 14),
    field_def("ru_nivcsw", 15),
];
crate::structseq_type!(STRUCT_RUSAGE_TYPE, "struct_rusage", Some("resource"), &RUSAGE_FIELDS);

pub fn resource_types() -> [&'static TypeObject; 1] {
    [&STRUCT_RUSAGE_TYPE]
}

const NLIMITS: i64 = 16;

fn rlim_obj(v: libc::rlim_t) -> PyRef {
    if v == libc::RLIM_INFINITY {
        new_int(-1)
    } else {
        new_int(v as i64)
    }
}

fn rlim_arg(o: &PyObject) -> PyResult<libc::rlim_t> {
    let v = protocol::index(o)?;
    let b = int_value_big(&v).unwrap_or_default();
    if b == (-1).into() {
        return Ok(libc::RLIM_INFINITY);
    }
    num_traits::ToPrimitive::to_u64(&b).map(|x| x as libc::rlim_t).ok_or_else(|| value_error("Python int too large to convert to C long"))
}

fn resource_arg(o: &PyObject) -> PyResult<i32> {
    let r = crate::object::args::expect_index(o)? as i64;
    if !(0..NLIMITS).contains(&r) {
        return Err(value_error("invalid resource specified"));
    }
    Ok(r as i32)
}

fn r_getrlimit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = crate::object::args::one_arg("getrlimit", args, kw)?;
    let r = resource_arg(o)?;
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: valid out-parameter.
    if unsafe { libc::getrlimit(r as _, &mut rl) } != 0 {
        return Err(super::io::last_os_error(None));
    }
    Ok(new_tuple(vec![rlim_obj(rl.rlim_cur), rlim_obj(rl.rlim_max)]))
}

fn r_setrlimit(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("setrlimit", kw)?;
    check_positional("setrlimit", args.len(), 2, 2)?;
    let r = resource_arg(args[0])?;
    let items = protocol::collect(args[1]).map_err(|_| type_error("expected a tuple of 2 integers"))?;
    if items.len() != 2 {
        return Err(value_error("expected a tuple of 2 integers"));
    }
    let rl = libc::rlimit { rlim_cur: rlim_arg(&items[0])?, rlim_max: rlim_arg(&items[1])? };
    // SAFETY: valid in-parameter.
    if unsafe { libc::setrlimit(r as _, &rl) } != 0 {
        let e = crate::modules::posix::errno();
        return Err(match e {
            libc::EINVAL => value_error("current limit exceeds maximum limit"),
            libc::EPERM => value_error("not allowed to raise maximum limit"),
            _ => super::io::os_error_from_errno(e, None),
        });
    }
    Ok(none())
}

fn r_getrusage(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = crate::object::args::one_arg("getrusage", args, kw)?;
    let who = crate::object::args::expect_index(o)? as i32;
    // SAFETY: rusage is plain data.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-parameter.
    if unsafe { libc::getrusage(who, &mut ru) } != 0 {
        let e = crate::modules::posix::errno();
        if e == libc::EINVAL {
            return Err(value_error("invalid who parameter"));
        }
        return Err(super::io::os_error_from_errno(e, None));
    }
    let tv = |t: libc::timeval| new_float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let i = |v: libc::c_long| new_int(v as i64);
    Ok(new_structseq(
        &STRUCT_RUSAGE_TYPE,
        vec![
            tv(ru.ru_utime), tv(ru.ru_stime), i(ru.ru_maxrss), i(ru.ru_ixrss), i(ru.ru_idrss), i(ru.ru_isrss),
            i(ru.ru_minflt), i(ru.ru_majflt), i(ru.ru_nswap), i(ru.ru_inblock), i(ru.ru_oublock), i(ru.ru_msgsnd),
            i(ru.ru_msgrcv), i(ru.ru_nsignals), i(ru.ru_nvcsw), i(ru.ru_nivcsw),
        ],
    ))
}

fn r_getpagesize(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getpagesize", args, kw)?;
    // SAFETY: no preconditions.
    Ok(new_int(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64))
}

static FUNCS: [MethodDef; 4] = [
    MethodDef { name: "getrlimit", func: r_getrlimit, flags: 0, doc: "" },
    MethodDef { name: "setrlimit", func: r_setrlimit, flags: 0, doc: "" },
    MethodDef { name: "getrusage", func: r_getrusage, flags: 0, doc: "" },
    MethodDef { name: "getpagesize", func: r_getpagesize, flags: 0, doc: "" },
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("resource");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("resource");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "struct_rusage", STRUCT_RUSAGE_TYPE.to_ref());
    dict_set_item_str(d, "error", crate::object::exceptions::OS_ERROR.to_ref());
    for (k, v) in [
        ("RLIMIT_CPU", 0), ("RLIMIT_FSIZE", 1), ("RLIMIT_DATA", 2), ("RLIMIT_STACK", 3), ("RLIMIT_CORE", 4),
        ("RLIMIT_RSS", 5), ("RLIMIT_NPROC", 6), ("RLIMIT_NOFILE", 7), ("RLIMIT_OFILE", 7), ("RLIMIT_MEMLOCK", 8),
        ("RLIMIT_AS", 9), ("RLIMIT_MSGQUEUE", 12), ("RLIMIT_NICE", 13), ("RLIMIT_RTPRIO", 14), ("RLIMIT_RTTIME", 15),
        ("RLIMIT_SIGPENDING", 11), ("RLIM_INFINITY", -1), ("RUSAGE_SELF", 0), ("RUSAGE_CHILDREN", -1), ("RUSAGE_THREAD", 1),
    ] {
        dict_set_item_str(d, k, new_int(v));
    }
    Ok(m)
}
