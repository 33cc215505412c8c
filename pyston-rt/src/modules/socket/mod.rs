//! `_socket`, the native module under the pure-Python `socket` package
//! (CPython 3.11's API and messages over `libc`):
//! - `mod.rs`: the module, its exceptions (`error` = OSError, `herror`,
//!   `gaierror`, `timeout` = TimeoutError) and the default timeout;
//! - `sock.rs`: the `socket` type (creation, options, timeouts, names);
//! - `io.rs`: connect/accept/send/recv with CPython's poll-based timeouts;
//! - `addr.rs`: Python addresses ↔ `sockaddr` (AF_INET, AF_INET6, AF_UNIX);
//! - `netdb.rs`: getaddrinfo/getnameinfo, gethostby*, services, interfaces;
//! - `convert.rs`: byte order, inet_* conversions, CMSG sizes;
//! - `constants.rs`: the integer constants.

mod addr;
mod constants;
mod convert;
mod io;
mod netdb;
mod sock;

use crate::object::args::no_kwargs;
use crate::object::dict::dict_set_item_str;
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::Cell;

/// `socket.herror` and `socket.gaierror`: OSError subclasses with the
/// OSError layout (errno/strerror from their two arguments).
macro_rules! os_exception {
    ( $stat:ident, $name:literal, $doc:literal ) => {
        pub static $stat: crate::object::header::Static<TypeObject> = crate::object::header::Static(TypeObject {
            base: Cell::new(&crate::object::exceptions::OS_ERROR as *const crate::object::header::Static<TypeObject> as *mut TypeObject),
            flags: Cell::new(
                crate::object::typeobj::type_flags::BASETYPE
                    | crate::object::typeobj::type_flags::BASE_EXC_SUBCLASS
                    | crate::object::typeobj::type_flags::HAS_DICT
                    | crate::object::typeobj::type_flags::HAVE_GC,
            ),
            dictoffset: Cell::new(std::mem::offset_of!(crate::object::exceptions::PyBaseException, dict)),
            tp_traverse: crate::object::typeobj::slot(crate::object::exceptions::exc_traverse),
            tp_clear: crate::object::typeobj::slot(crate::object::exceptions::exc_clear),
            tp_drop: crate::object::typeobj::slot(crate::object::typeobj::drop_payload::<crate::object::exc_methods::PyOSError>),
            module: Some("socket"),
            doc: Some($doc),
            ..TypeObject::new_static($name, std::mem::size_of::<crate::object::exc_methods::PyOSError>())
        });
    };
}

os_exception!(HERROR_TYPE, "herror", "");
os_exception!(GAIERROR_TYPE, "gaierror", "");

/// Functions CPython declares METH_O (its "exactly one argument" message).
const METH_O: &[&str] = &["htonl", "ntohl", "dup", "close", "setdefaulttimeout", "if_indextoname"];

/// CPython's argument-count messages for the module functions
/// (PyArg_ParseTuple's "exactly 1 argument", METH_O's
/// "_socket.dup() takes exactly one argument").
pub fn fn_arity(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if METH_O.contains(&name) {
        if n != 1 {
            return Err(crate::object::exceptions::type_error(format!("_socket.{}() takes exactly one argument ({} given)", name, n)));
        }
        return Ok(());
    }
    sock::arity(name, n, min, max).map_err(|e| {
        if min == max && min == 1 {
            crate::object::exceptions::type_error(format!("{}() takes exactly 1 argument ({} given)", name, n))
        } else {
            e
        }
    })
}

/// METH_NOARGS: `_socket.gethostname() takes no arguments (1 given)`.
pub fn no_args(name: &str, args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<()> {
    if !args.is_empty() {
        return Err(crate::object::exceptions::type_error(format!("_socket.{}() takes no arguments ({} given)", name, args.len())));
    }
    Ok(())
}

thread_local! {
    /// `setdefaulttimeout`'s value in seconds; negative: None.
    static DEFAULT_TIMEOUT: Cell<f64> = const { Cell::new(-1.0) };
}

pub fn default_timeout() -> f64 {
    DEFAULT_TIMEOUT.with(|c| c.get())
}

fn s_getdefaulttimeout(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_args("getdefaulttimeout", args, kw)?;
    Ok(sock::timeout_obj(default_timeout()))
}

fn s_setdefaulttimeout(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("setdefaulttimeout", kw)?;
    fn_arity("setdefaulttimeout", args.len(), 1, 1)?;
    let t = sock::parse_timeout(args[0])?;
    DEFAULT_TIMEOUT.with(|c| c.set(t));
    Ok(none())
}

macro_rules! fdefs {
    ($($name:literal => $f:path),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}

static SOCKET_FUNCS: [MethodDef; 28] = fdefs![
    "socketpair" => sock::s_socketpair,
    "dup" => sock::s_dup,
    "close" => sock::s_close,
    "getaddrinfo" => netdb::s_getaddrinfo,
    "getnameinfo" => netdb::s_getnameinfo,
    "gethostname" => netdb::s_gethostname,
    "sethostname" => netdb::s_sethostname,
    "gethostbyname" => netdb::s_gethostbyname,
    "gethostbyname_ex" => netdb::s_gethostbyname_ex,
    "gethostbyaddr" => netdb::s_gethostbyaddr,
    "getservbyname" => netdb::s_getservbyname,
    "getservbyport" => netdb::s_getservbyport,
    "getprotobyname" => netdb::s_getprotobyname,
    "if_nameindex" => netdb::s_if_nameindex,
    "if_nametoindex" => netdb::s_if_nametoindex,
    "if_indextoname" => netdb::s_if_indextoname,
    "htons" => convert::s_htons,
    "ntohs" => convert::s_ntohs,
    "htonl" => convert::s_htonl,
    "ntohl" => convert::s_ntohl,
    "inet_aton" => convert::s_inet_aton,
    "inet_ntoa" => convert::s_inet_ntoa,
    "inet_pton" => convert::s_inet_pton,
    "inet_ntop" => convert::s_inet_ntop,
    "CMSG_LEN" => convert::s_cmsg_len,
    "CMSG_SPACE" => convert::s_cmsg_space,
    "getdefaulttimeout" => s_getdefaulttimeout,
    "setdefaulttimeout" => s_setdefaulttimeout,
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_socket");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_socket");
    for f in SOCKET_FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    for (k, v) in constants::CONSTANTS {
        dict_set_item_str(d, k, new_int(*v));
    }
    dict_set_item_str(d, "socket", sock::SOCKET_TYPE.to_ref());
    dict_set_item_str(d, "SocketType", sock::SOCKET_TYPE.to_ref());
    dict_set_item_str(d, "error", crate::object::exceptions::OS_ERROR.to_ref());
    dict_set_item_str(d, "timeout", crate::object::exceptions::TIMEOUT_ERROR.to_ref());
    dict_set_item_str(d, "herror", HERROR_TYPE.to_ref());
    dict_set_item_str(d, "gaierror", GAIERROR_TYPE.to_ref());
    dict_set_item_str(d, "has_ipv6", crate::object::int::new_bool(true));
    Ok(m)
}

/// The static types of `_socket`, for `static_types()`.
pub fn socket_types() -> Vec<&'static TypeObject> {
    vec![&sock::SOCKET_TYPE, &HERROR_TYPE, &GAIERROR_TYPE]
}
