//! The `time` module: clocks, `sleep`, and calendar conversions through the
//! C library (`gmtime_r`, `localtime_r`, `mktime`, `strftime`), with
//! `struct_time` as a struct sequence.

use super::hooks;
use super::records::{field_def, hidden_field_def, new_structseq, PyStructSeq};
use crate::object::args::{check_positional, no_kwargs, one_arg};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{overflow_error, type_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, new_bigint, new_int};
use crate::object::module::{as_module, new_module};
use crate::object::protocol;
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{GetSetDef, MethodDef};
use crate::object::PyResult;

static STRUCT_TIME_FIELDS: [GetSetDef; 11] = [
    field_def("tm_year", 0),
    field_def("tm_mon", 1),
    field_def("tm_mday", 2),
    field_def("tm_hour", 3),
    field_def("tm_min", 4),
    field_def("tm_sec", 5),
    field_def("tm_wday", 6),
    field_def("tm_yday", 7),
    field_def("tm_isdst", 8),
    hidden_field_def("tm_zone", 9),
    hidden_field_def("tm_gmtoff", 10),
];
crate::structseq_type!(STRUCT_TIME_TYPE, "struct_time", Some("time"), &STRUCT_TIME_FIELDS);

#[allow(clippy::unnecessary_cast)] // time_t/c_long widths differ by platform
fn clock(id: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid out-parameter.
    unsafe { libc::clock_gettime(id, &mut ts) };
    (ts.tv_sec as i64, ts.tv_nsec as i64)
}

fn secs(id: libc::clockid_t) -> PyRef {
    let (s, ns) = clock(id);
    hooks::new_float(s as f64 + ns as f64 * 1e-9)
}

fn nanos(id: libc::clockid_t) -> PyRef {
    let (s, ns) = clock(id);
    new_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns)
}

macro_rules! clock_fns {
    ($($f:ident, $fns:ident => $id:expr;)*) => {
        $(
            fn $f(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> { Ok(secs($id)) }
            fn $fns(_a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> { Ok(nanos($id)) }
        )*
    };
}

clock_fns! {
    t_time, t_time_ns => libc::CLOCK_REALTIME;
    t_monotonic, t_monotonic_ns => libc::CLOCK_MONOTONIC;
    t_perf_counter, t_perf_counter_ns => libc::CLOCK_MONOTONIC;
    t_process_time, t_process_time_ns => libc::CLOCK_PROCESS_CPUTIME_ID;
    t_thread_time, t_thread_time_ns => libc::CLOCK_THREAD_CPUTIME_ID;
}

/// A number of seconds (int or float) as f64.
fn seconds_arg(o: &PyObject) -> PyResult<f64> {
    if let Some(f) = hooks::float_value(o) {
        return Ok(f);
    }
    if let Some(i) = as_int(o) {
        return Ok(match i.as_i64() {
            Some(v) => v as f64,
            None => num_traits::ToPrimitive::to_f64(&i.to_bigint()).unwrap_or(f64::INFINITY),
        });
    }
    if let Some(f) = o.type_().nb_float.get() {
        let r = f(o)?;
        if let Some(v) = hooks::float_value(&r) {
            return Ok(v);
        }
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", o.type_().name())))
}

fn t_sleep(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = seconds_arg(one_arg("sleep", args, kw)?)?;
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    sleep_seconds(s)?;
    Ok(none())
}

/// Sleep for `s` (finite, >= 0) seconds; Ctrl-C interrupts with
/// KeyboardInterrupt.
pub fn sleep_seconds(s: f64) -> PyResult<()> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(s.min(1e12));
    loop {
        let now = std::time::Instant::now();
        if now >= deadline {
            return Ok(());
        }
        let left = deadline - now;
        let ts = libc::timespec { tv_sec: left.as_secs() as libc::time_t, tv_nsec: left.subsec_nanos() as libc::c_long };
        // SAFETY: ts is valid; the remaining time is recomputed from the deadline.
        let r = unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
        if r != 0 {
            crate::runtime::signals::check_interrupt()?;
        }
    }
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: libc::tm is plain data; all-zero is a valid value.
    unsafe { std::mem::zeroed() }
}

#[allow(clippy::unnecessary_cast)]
fn tm_to_struct(tm: &libc::tm) -> PyRef {
    let zone = if tm.tm_zone.is_null() {
        none()
    } else {
        // SAFETY: tm_zone points to a NUL-terminated string owned by libc.
        new_str(unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned())
    };
    new_structseq(
        &STRUCT_TIME_TYPE,
        vec![
            new_int(tm.tm_year as i64 + 1900),
            new_int(tm.tm_mon as i64 + 1),
            new_int(tm.tm_mday as i64),
            new_int(tm.tm_hour as i64),
            new_int(tm.tm_min as i64),
            new_int(tm.tm_sec as i64),
            new_int(((tm.tm_wday + 6) % 7) as i64),
            new_int(tm.tm_yday as i64 + 1),
            new_int(tm.tm_isdst as i64),
            zone,
            new_int(tm.tm_gmtoff as i64),
        ],
    )
}

fn time_t_arg(args: &[&PyObject], name: &str) -> PyResult<libc::time_t> {
    check_positional(name, args.len(), 0, 1)?;
    match args.first() {
        Some(o) if !is_none(o) => {
            let s = seconds_arg(o)?;
            if !s.is_finite() || s.abs() > 1e17 {
                return Err(overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(s.floor() as libc::time_t)
        }
        _ => Ok(clock(libc::CLOCK_REALTIME).0 as libc::time_t),
    }
}

fn t_gmtime(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("gmtime", kw)?;
    let t = time_t_arg(args, "gmtime")?;
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers to a time_t and an out tm.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_to_struct(&tm))
}

fn localtime_tm(t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers to a time_t and an out tm.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm)
}

fn t_localtime(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("localtime", kw)?;
    let t = time_t_arg(args, "localtime")?;
    Ok(tm_to_struct(&localtime_tm(t)?))
}

/// A struct tm from a 9-sequence (CPython's `gettmarg`), keeping the zone
/// string alive in `zone_keep`.
fn tm_from_tuple(o: &PyObject, fname: &str, zone_keep: &mut Option<std::ffi::CString>) -> PyResult<libc::tm> {
    let items: Vec<PyRef> = match tuple_slice(o) {
        Some(s) => s.to_vec(),
        None => return Err(type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(type_error(format!("{}(): illegal time tuple argument", fname)));
    }
    let mut v = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        v[i] = protocol::index_opt(x)?.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", x.type_().name())))? as i64;
    }
    let mut tm = zeroed_tm();
    tm.tm_year = (v[0] - 1900) as i32;
    tm.tm_mon = (v[1] - 1) as i32;
    tm.tm_mday = v[2] as i32;
    tm.tm_hour = v[3] as i32;
    tm.tm_min = v[4] as i32;
    tm.tm_sec = v[5] as i32;
    tm.tm_wday = ((v[6] + 1) % 7) as i32;
    tm.tm_yday = (v[7] - 1) as i32;
    tm.tm_isdst = v[8] as i32;
    if o.is_instance_of(&STRUCT_TIME_TYPE) {
        // SAFETY: struct_time instances are laid out as PyStructSeq.
        let s = unsafe { o.cast::<PyStructSeq>() };
        if let Some(z) = s.extra.first().and_then(|z| str_value(z)) {
            *zone_keep = std::ffi::CString::new(z).ok();
            if let Some(c) = zone_keep {
                tm.tm_zone = c.as_ptr();
            }
        }
        if let Some(off) = s.extra.get(1).and_then(|g| as_int(g)).and_then(|i| i.as_i64()) {
            tm.tm_gmtoff = off as libc::c_long;
        }
    }
    Ok(tm)
}

fn struct_or_now(args: &[&PyObject], fname: &str, zone_keep: &mut Option<std::ffi::CString>) -> PyResult<libc::tm> {
    match args.first() {
        Some(o) => tm_from_tuple(o, fname, zone_keep),
        None => localtime_tm(clock(libc::CLOCK_REALTIME).0 as libc::time_t),
    }
}

fn t_mktime(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("mktime", args, kw)?;
    let mut keep = None;
    let mut tm = tm_from_tuple(o, "mktime", &mut keep)?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(hooks::new_float(t as f64))
}

fn check_tm(tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(value_error("day of year out of range"));
    }
    Ok(())
}

fn t_strftime(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("strftime", kw)?;
    check_positional("strftime", args.len(), 1, 2)?;
    let fmt = str_value(args[0]).ok_or_else(|| type_error(format!("strftime() argument 1 must be str, not {}", args[0].type_().name())))?;
    let mut keep = None;
    let mut tm = struct_or_now(&args[1..], "strftime", &mut keep)?;
    check_tm(&mut tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.is_empty() {
        return Ok(new_str(""));
    }
    let cfmt = std::ffi::CString::new(fmt).map_err(|_| value_error("embedded null character"))?;
    let mut cap = 256.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: buf has `cap` bytes; cfmt and tm are valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, cap, cfmt.as_ptr(), &tm) };
        if n > 0 || cap > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return Ok(new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        cap *= 4;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn t_asctime(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("asctime", kw)?;
    check_positional("asctime", args.len(), 0, 1)?;
    let mut keep = None;
    let mut tm = struct_or_now(args, "asctime", &mut keep)?;
    check_tm(&mut tm)?;
    Ok(new_str(asctime_text(&tm)))
}

fn t_ctime(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("ctime", kw)?;
    let t = time_t_arg(args, "ctime")?;
    Ok(new_str(asctime_text(&localtime_tm(t)?)))
}

macro_rules! fdefs {
    ($($name:literal => $f:ident),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}

static TIME_FUNCS: [MethodDef; 19] = fdefs![
    "time" => t_time, "time_ns" => t_time_ns,
    "monotonic" => t_monotonic, "monotonic_ns" => t_monotonic_ns,
    "perf_counter" => t_perf_counter, "perf_counter_ns" => t_perf_counter_ns,
    "process_time" => t_process_time, "process_time_ns" => t_process_time_ns,
    "thread_time" => t_thread_time, "thread_time_ns" => t_thread_time_ns,
    "sleep" => t_sleep, "gmtime" => t_gmtime, "localtime" => t_localtime, "mktime" => t_mktime,
    "strftime" => t_strftime, "asctime" => t_asctime, "ctime" => t_ctime, "tzset" => t_tzset,
    "get_clock_info" => t_get_clock_info,
];

fn t_tzset(_args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset only re-reads TZ.
    unsafe { tzset() };
    Ok(none())
}

fn t_get_clock_info(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = one_arg("get_clock_info", args, kw)?;
    let name = str_value(n).unwrap_or("");
    let (imp, mono, adj) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(value_error("unknown clock")),
    };
    Ok(super::records::new_record(&super::records::NAMESPACE_TYPE, vec![
        ("implementation", new_str(imp)),
        ("monotonic", crate::object::int::new_bool(mono)),
        ("adjustable", crate::object::int::new_bool(adj)),
        ("resolution", hooks::new_float(1e-09)),
    ]))
}

/// `timezone`, `altzone`, `daylight`, `tzname` as CPython computes them
/// (from the offsets in January and July of the current year).
fn zone_info() -> (i64, i64, bool, String, String) {
    t_tzset(&[], None).ok();
    let now = clock(libc::CLOCK_REALTIME).0 as libc::time_t;
    let year_start = {
        let mut tm = localtime_tm(now).unwrap_or_else(|_| zeroed_tm());
        tm.tm_mon = 0;
        tm.tm_mday = 1;
        tm.tm_hour = 0;
        tm.tm_min = 0;
        tm.tm_sec = 0;
        tm.tm_isdst = -1;
        // SAFETY: tm is valid.
        unsafe { libc::mktime(&mut tm) }
    };
    let jan = localtime_tm(year_start).unwrap_or_else(|_| zeroed_tm());
    let jul = localtime_tm(year_start + 183 * 86400).unwrap_or_else(|_| zeroed_tm());
    let name = |tm: &libc::tm| {
        if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: tm_zone points to a NUL-terminated string owned by libc.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
        }
    };
    let janzone = -(jan.tm_gmtoff as i64);
    let julzone = -(jul.tm_gmtoff as i64);
    if janzone < julzone {
        (julzone, janzone, janzone != julzone, name(&jul), name(&jan))
    } else {
        (janzone, julzone, janzone != julzone, name(&jan), name(&jul))
    }
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("time");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("time");
    for f in TIME_FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "struct_time", STRUCT_TIME_TYPE.to_ref());
    let (tz, alt, daylight, n0, n1) = zone_info();
    dict_set_item_str(d, "timezone", new_int(tz));
    dict_set_item_str(d, "altzone", new_int(alt));
    dict_set_item_str(d, "daylight", new_int(daylight as i64));
    dict_set_item_str(d, "tzname", new_tuple(vec![new_str(n0), new_str(n1)]));
    for (k, v) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
    ] {
        dict_set_item_str(d, k, new_int(v as i64));
    }
    Ok(m)
}
