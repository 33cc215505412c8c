//! `_locale` on the C library: `setlocale`, `localeconv`, `nl_langinfo`,
//! `strcoll`, `strxfrm`, `getencoding`, the `LC_*` and langinfo
//! constants, `locale.Error`, and identity `gettext` functions (no message
//! catalogs). On first import LC_CTYPE is set from the environment, with
//! CPython's coercion of the C/POSIX locale to C.UTF-8 (PEP 538), as
//! CPython does at start-up.

use crate::object::descr::new_builtin_function;
use crate::object::dict::{dict_set_item_str, new_dict};
use crate::object::exceptions::{self as exc, type_error, value_error, PyErr};
use crate::object::header::Static;
use crate::object::int::{int_value_i64, new_int};
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyObject, PyRef, PyResult};
use std::cell::RefCell;
use std::ffi::{CStr, CString};

static ERROR: Static<RefCell<Option<PyRef>>> = Static(RefCell::new(None));

fn error_type() -> PyRef {
    if let Some(t) = ERROR.borrow().clone() {
        return t;
    }
    let ns = new_dict();
    dict_set_item_str(&ns, "__module__", new_str("locale"));
    let bases = new_tuple(vec![exc::EXCEPTION.to_ref()]);
    let t = protocol::call(crate::object::TYPE_TYPE.obj(), &[&new_str("Error"), &bases, &ns], None).unwrap_or_else(|_| exc::EXCEPTION.to_ref());
    crate::object::gc::make_immortal_deep(&t);
    *ERROR.borrow_mut() = Some(t.clone());
    t
}

fn locale_error(msg: &str) -> PyErr {
    match protocol::call1(&error_type(), &new_str(msg)) {
        Ok(e) => PyErr::from_value(e),
        Err(e) => e,
    }
}

/// A C string from the library as a Python str (lossy for invalid UTF-8).
fn c_text(p: *const libc::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: the C library returned a NUL-terminated string that stays
    // valid until the next locale call; we copy it at once.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

fn int_arg(o: &PyObject) -> PyResult<i32> {
    int_value_i64(o)
        .map(|v| v as i32)
        .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", o.type_().name())))
}

fn setlocale(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("setlocale", kw)?;
    crate::object::args::check_positional("setlocale", args.len(), 1, 2)?;
    let category = int_arg(args[0])?;
    let r = match args.get(1).filter(|l| !is_none(l)) {
        None => {
            // SAFETY: querying the current locale with a null pointer.
            let p = unsafe { libc::setlocale(category, std::ptr::null()) };
            if p.is_null() {
                return Err(locale_error("locale query failed"));
            }
            c_text(p)
        }
        Some(l) => {
            let s = str_value(l).ok_or_else(|| type_error(format!("setlocale() argument 2 must be str or None, not {}", l.type_().name())))?;
            let c = CString::new(s).map_err(|_| value_error("embedded null character"))?;
            // SAFETY: valid category (checked by the C library) and C string.
            let p = unsafe { libc::setlocale(category, c.as_ptr()) };
            if p.is_null() {
                return Err(locale_error("unsupported locale setting"));
            }
            c_text(p)
        }
    };
    Ok(new_str(r))
}

/// CPython's `copy_grouping`: the bytes up to CHAR_MAX or NUL, that last
/// one included.
fn grouping(p: *const libc::c_char) -> PyRef {
    let bytes: Vec<u8> = if p.is_null() {
        Vec::new()
    } else {
        // SAFETY: NUL-terminated string owned by the C library.
        unsafe { CStr::from_ptr(p) }.to_bytes().to_vec()
    };
    if bytes.is_empty() {
        return new_list(Vec::new());
    }
    let mut items = Vec::new();
    for &b in &bytes {
        items.push(new_int(b as i8 as i64));
        if b == 127 {
            return new_list(items);
        }
    }
    items.push(new_int(0));
    new_list(items)
}

fn localeconv(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("localeconv", args, kw)?;
    // SAFETY: localeconv returns a pointer to a static struct, read at once.
    let lc = unsafe { &*libc::localeconv() };
    let d = new_dict();
    let s = |k: &str, p: *const libc::c_char| dict_set_item_str(&d, k, new_str(c_text(p)));
    s("int_curr_symbol", lc.int_curr_symbol);
    s("currency_symbol", lc.currency_symbol);
    s("mon_decimal_point", lc.mon_decimal_point);
    s("mon_thousands_sep", lc.mon_thousands_sep);
    dict_set_item_str(&d, "mon_grouping", grouping(lc.mon_grouping));
    s("positive_sign", lc.positive_sign);
    s("negative_sign", lc.negative_sign);
    let n = |k: &str, v: libc::c_char| dict_set_item_str(&d, k, new_int(v as u8 as i64));
    n("int_frac_digits", lc.int_frac_digits);
    n("frac_digits", lc.frac_digits);
    n("p_cs_precedes", lc.p_cs_precedes);
    n("p_sep_by_space", lc.p_sep_by_space);
    n("n_cs_precedes", lc.n_cs_precedes);
    n("n_sep_by_space", lc.n_sep_by_space);
    n("p_sign_posn", lc.p_sign_posn);
    n("n_sign_posn", lc.n_sign_posn);
    s("decimal_point", lc.decimal_point);
    s("thousands_sep", lc.thousands_sep);
    dict_set_item_str(&d, "grouping", grouping(lc.grouping));
    Ok(d)
}

static LANGINFO: &[(&str, libc::nl_item)] = &[
    ("CODESET", libc::CODESET),
    ("D_T_FMT", libc::D_T_FMT),
    ("D_FMT", libc::D_FMT),
    ("T_FMT", libc::T_FMT),
    ("T_FMT_AMPM", libc::T_FMT_AMPM),
    ("AM_STR", libc::AM_STR),
    ("PM_STR", libc::PM_STR),
    ("DAY_1", libc::DAY_1),
    ("DAY_2", libc::DAY_2),
    ("DAY_3", libc::DAY_3),
    ("DAY_4", libc::DAY_4),
    ("DAY_5", libc::DAY_5),
    ("DAY_6", libc::DAY_6),
    ("DAY_7", libc::DAY_7),
    ("ABDAY_1", libc::ABDAY_1),
    ("ABDAY_2", libc::ABDAY_2),
    ("ABDAY_3", libc::ABDAY_3),
    ("ABDAY_4", libc::ABDAY_4),
    ("ABDAY_5", libc::ABDAY_5),
    ("ABDAY_6", libc::ABDAY_6),
    ("ABDAY_7", libc::ABDAY_7),
    ("MON_1", libc::MON_1),
    ("MON_2", libc::MON_2),
    ("MON_3", libc::MON_3),
    ("MON_4", libc::MON_4),
    ("MON_5", libc::MON_5),
    ("MON_6", libc::MON_6),
    ("MON_7", libc::MON_7),
    ("MON_8", libc::MON_8),
    ("MON_9", libc::MON_9),
    ("MON_10", libc::MON_10),
    ("MON_11", libc::MON_11),
    ("MON_12", libc::MON_12),
    ("ABMON_1", libc::ABMON_1),
    ("ABMON_2", libc::ABMON_2),
    ("ABMON_3", libc::ABMON_3),
    ("ABMON_4", libc::ABMON_4),
    ("ABMON_5", libc::ABMON_5),
    ("ABMON_6", libc::ABMON_6),
    ("ABMON_7", libc::ABMON_7),
    ("ABMON_8", libc::ABMON_8),
    ("ABMON_9", libc::ABMON_9),
    ("ABMON_10", libc::ABMON_10),
    ("ABMON_11", libc::ABMON_11),
    ("ABMON_12", libc::ABMON_12),
    ("RADIXCHAR", libc::RADIXCHAR),
    ("THOUSEP", libc::THOUSEP),
    ("YESEXPR", libc::YESEXPR),
    ("NOEXPR", libc::NOEXPR),
    ("CRNCYSTR", libc::CRNCYSTR),
    ("ERA", libc::ERA),
    ("ERA_D_FMT", libc::ERA_D_FMT),
    ("ERA_D_T_FMT", libc::ERA_D_T_FMT),
    ("ERA_T_FMT", libc::ERA_T_FMT),
    ("ALT_DIGITS", libc::ALT_DIGITS),
    // glibc's _NL_ITEM(LC_TIME, 0x6c)
    ("_DATE_FMT", 0x2006c),
];

fn nl_langinfo(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let k = crate::object::args::one_arg("nl_langinfo", args, kw)?;
    let key = int_arg(k)?;
    if !LANGINFO.iter().any(|(_, v)| *v == key) {
        return Err(value_error("unsupported langinfo constant"));
    }
    // SAFETY: a known langinfo item; the result is copied at once.
    Ok(new_str(c_text(unsafe { libc::nl_langinfo(key) })))
}

fn strcoll(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("strcoll", kw)?;
    crate::object::args::check_positional("strcoll", args.len(), 2, 2)?;
    let get = |o: &PyObject, n: usize| -> PyResult<CString> {
        let s = str_value(o).ok_or_else(|| type_error(format!("strcoll() argument {} must be str, not {}", n, o.type_().name())))?;
        CString::new(s).map_err(|_| value_error("embedded null character"))
    };
    let (a, b) = (get(args[0], 1)?, get(args[1], 2)?);
    // SAFETY: two valid C strings.
    let r = unsafe { libc::strcoll(a.as_ptr(), b.as_ptr()) };
    Ok(new_int(r.signum() as i64))
}

/// `strxfrm`: the string itself (collation keys equal the text in the C
/// and C.UTF-8 collation the runtime uses).
fn strxfrm(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = crate::object::args::one_arg("strxfrm", args, kw)?;
    if str_value(s).is_none() {
        return Err(type_error(format!("strxfrm() argument must be str, not {}", s.type_().name())));
    }
    Ok(s.to_ref())
}

fn getencoding(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("getencoding", args, kw)?;
    // SAFETY: CODESET is a valid item.
    let cs = c_text(unsafe { libc::nl_langinfo(libc::CODESET) });
    Ok(new_str(if cs.is_empty() { "UTF-8".to_string() } else { cs }))
}

fn gettext(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(crate::object::args::one_arg("gettext", args, kw)?.to_ref())
}

fn dgettext(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("dgettext", kw)?;
    crate::object::args::check_positional("dgettext", args.len(), 2, 2)?;
    Ok(args[1].to_ref())
}

fn dcgettext(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("dcgettext", kw)?;
    crate::object::args::check_positional("dcgettext", args.len(), 3, 3)?;
    Ok(args[1].to_ref())
}

fn textdomain(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let d = crate::object::args::one_arg("textdomain", args, kw)?;
    Ok(if is_none(d) { new_str("messages") } else { d.to_ref() })
}

fn bindtextdomain(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("bindtextdomain", kw)?;
    crate::object::args::check_positional("bindtextdomain", args.len(), 2, 2)?;
    Ok(if is_none(args[1]) { new_str("/usr/share/locale") } else { args[1].to_ref() })
}

fn bind_textdomain_codeset(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("bind_textdomain_codeset", kw)?;
    crate::object::args::check_positional("bind_textdomain_codeset", args.len(), 2, 2)?;
    Ok(if is_none(args[1]) { none() } else { args[1].to_ref() })
}

static FUNCS: [MethodDef; 12] = [
    MethodDef { name: "setlocale", func: setlocale, flags: 0, doc: "Activates/queries locale processing." },
    MethodDef { name: "localeconv", func: localeconv, flags: 0, doc: "Returns numeric and monetary locale-specific parameters." },
    MethodDef { name: "nl_langinfo", func: nl_langinfo, flags: 0, doc: "Return the value for the locale information associated with key." },
    MethodDef { name: "strcoll", func: strcoll, flags: 0, doc: "Compares two strings according to the locale." },
    MethodDef { name: "strxfrm", func: strxfrm, flags: 0, doc: "Return a string that can be used as a key for locale-aware comparisons." },
    MethodDef { name: "getencoding", func: getencoding, flags: 0, doc: "Get the current locale encoding." },
    MethodDef { name: "gettext", func: gettext, flags: 0, doc: "" },
    MethodDef { name: "dgettext", func: dgettext, flags: 0, doc: "" },
    MethodDef { name: "dcgettext", func: dcgettext, flags: 0, doc: "" },
    MethodDef { name: "textdomain", func: textdomain, flags: 0, doc: "" },
    MethodDef { name: "bindtextdomain", func: bindtextdomain, flags: 0, doc: "" },
    MethodDef { name: "bind_textdomain_codeset", func: bind_textdomain_codeset, flags: 0, doc: "" },
];

/// LC_CTYPE from the environment, coercing C/POSIX to C.UTF-8 (PEP 538).
fn init_ctype() {
    // SAFETY: setlocale with valid C strings; the runtime is single-threaded here.
    unsafe {
        let p = libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
        let cur = c_text(p);
        if p.is_null() || cur == "C" || cur == "POSIX" {
            for cand in [c"C.UTF-8", c"C.utf8", c"UTF-8"] {
                if !libc::setlocale(libc::LC_CTYPE, cand.as_ptr()).is_null() {
                    break;
                }
            }
        }
    }
}

/// `import _locale`
pub fn init() -> PyResult<PyRef> {
    init_ctype();
    let m = new_module("_locale");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_locale");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    for (k, v) in [
        ("LC_CTYPE", libc::LC_CTYPE),
        ("LC_COLLATE", libc::LC_COLLATE),
        ("LC_TIME", libc::LC_TIME),
        ("LC_MONETARY", libc::LC_MONETARY),
        ("LC_NUMERIC", libc::LC_NUMERIC),
        ("LC_ALL", libc::LC_ALL),
        ("LC_MESSAGES", libc::LC_MESSAGES),
    ] {
        dict_set_item_str(d, k, new_int(v as i64));
    }
    dict_set_item_str(d, "CHAR_MAX", new_int(127));
    for (k, v) in LANGINFO {
        dict_set_item_str(d, k, new_int(*v as i64));
    }
    dict_set_item_str(d, "Error", error_type());
    Ok(m)
}
