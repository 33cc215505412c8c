//! The `_socket.socket` type: creation (`socket(family, type, proto,
//! fileno)`, subclassable: `socket.socket` derives from it), attributes,
//! timeouts and blocking mode, options, names, closing. The data transfer
//! methods are in `io.rs`.
//!
//! Timeouts follow CPython: `timeout < 0` is "blocking" (None), `0` is
//! non-blocking, a positive timeout keeps the descriptor in O_NONBLOCK mode
//! and waits with poll(2) before each operation (`io::sock_call`).

use super::addr::{make_sockaddr, sockaddr_arg, SockAddr};
use super::io;
use crate::modules::posix::{errno, os_err};
use crate::object::args::{expect_c_int, no_kwargs, Params};
use crate::object::exceptions::{type_error, value_error, PyErr, OS_ERROR, OVERFLOW_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::Cell;

#[repr(C)]
pub struct PySocket {
    ob: PyObject,
    pub fd: Cell<i32>,
    pub family: Cell<i32>,
    pub stype: Cell<i32>,
    pub proto: Cell<i32>,
    /// Seconds; negative: blocking without timeout.
    pub timeout: Cell<f64>,
}

impl Drop for PySocket {
    fn drop(&mut self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 {
            // SAFETY: closing the descriptor this object owns, once.
            unsafe { libc::close(fd) };
        }
    }
}

static SOCKET_METHODS: [MethodDef; 27] = [
    MethodDef { name: "_accept", func: io::m_accept, flags: 0, doc: "_accept() -> (integer, address info)" },
    MethodDef { name: "bind", func: m_bind, flags: 0, doc: "bind(address)\n\nBind the socket to a local address." },
    MethodDef { name: "close", func: m_close, flags: 0, doc: "close()\n\nClose the socket.  It cannot be used after this call." },
    MethodDef { name: "connect", func: io::m_connect, flags: 0, doc: "connect(address)\n\nConnect the socket to a remote address." },
    MethodDef { name: "connect_ex", func: io::m_connect_ex, flags: 0, doc: "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code instead of raising." },
    MethodDef { name: "detach", func: m_detach, flags: 0, doc: "detach()\n\nClose the socket object without closing the underlying file descriptor." },
    MethodDef { name: "fileno", func: m_fileno, flags: 0, doc: "fileno() -> integer\n\nReturn the integer file descriptor of the socket." },
    MethodDef { name: "getpeername", func: m_getpeername, flags: 0, doc: "getpeername() -> address info\n\nReturn the address of the remote endpoint." },
    MethodDef { name: "getsockname", func: m_getsockname, flags: 0, doc: "getsockname() -> address info\n\nReturn the address of the local endpoint." },
    MethodDef { name: "getsockopt", func: m_getsockopt, flags: 0, doc: "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option." },
    MethodDef { name: "setsockopt", func: m_setsockopt, flags: 0, doc: "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\nsetsockopt(level, option, None, optlen: int)\n\nSet a socket option." },
    MethodDef { name: "gettimeout", func: m_gettimeout, flags: 0, doc: "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated with socket operations." },
    MethodDef { name: "settimeout", func: m_settimeout, flags: 0, doc: "settimeout(timeout)\n\nSet a timeout on socket operations." },
    MethodDef { name: "getblocking", func: m_getblocking, flags: 0, doc: "getblocking()\n\nReturns True if socket is in blocking mode, or False if it is in non-blocking mode." },
    MethodDef { name: "setblocking", func: m_setblocking, flags: 0, doc: "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false)." },
    MethodDef { name: "listen", func: m_listen, flags: 0, doc: "listen([backlog])\n\nEnable a server to accept connections." },
    MethodDef { name: "recv", func: io::m_recv, flags: 0, doc: "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket." },
    MethodDef { name: "recv_into", func: io::m_recv_into, flags: 0, doc: "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read" },
    MethodDef { name: "recvfrom", func: io::m_recvfrom, flags: 0, doc: "recvfrom(buffersize[, flags]) -> (data, address info)" },
    MethodDef { name: "recvfrom_into", func: io::m_recvfrom_into, flags: 0, doc: "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)" },
    MethodDef { name: "send", func: io::m_send, flags: 0, doc: "send(data[, flags]) -> count\n\nSend a data string to the socket." },
    MethodDef { name: "sendall", func: io::m_sendall, flags: 0, doc: "sendall(data[, flags])\n\nSend a data string to the socket." },
    MethodDef { name: "sendto", func: io::m_sendto, flags: 0, doc: "sendto(data[, flags], address) -> count" },
    MethodDef { name: "shutdown", func: io::m_shutdown, flags: 0, doc: "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side of the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)." },
    MethodDef { name: "__enter__", func: m_enter, flags: 0, doc: "" },
    MethodDef { name: "__exit__", func: m_exit, flags: 0, doc: "" },
    MethodDef { name: "__getstate__", func: m_getstate, flags: 0, doc: "" },
];

static SOCKET_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "family", get: |o| Ok(new_int(sock(o)?.family.get() as i64)), set: None, doc: "the socket family" },
    GetSetDef { name: "type", get: |o| Ok(new_int(sock(o)?.stype.get() as i64)), set: None, doc: "the socket type" },
    GetSetDef { name: "proto", get: |o| Ok(new_int(sock(o)?.proto.get() as i64)), set: None, doc: "the socket protocol" },
    GetSetDef { name: "timeout", get: |o| Ok(timeout_obj(sock(o)?.timeout.get())), set: None, doc: "the socket timeout" },
];

pub static SOCKET_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PySocket>),
    tp_new: slot(sock_new),
    tp_init: slot(sock_init),
    tp_repr: slot(sock_repr),
    flags: Cell::new(type_flags::BASETYPE),
    methods: &SOCKET_METHODS,
    getsets: &SOCKET_GETSETS,
    module: Some("_socket"),
    doc: Some("socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type."),
    ..TypeObject::new_static("socket", std::mem::size_of::<PySocket>())
});

/// The socket payload of `o` (an instance of `_socket.socket` or a subclass).
pub fn sock(o: &PyObject) -> PyResult<&PySocket> {
    if !o.is_instance_of(&SOCKET_TYPE) {
        return Err(type_error(format!("descriptor requires a '_socket.socket' object but received '{}'", o.type_().name())));
    }
    // SAFETY: checked the type; subclasses extend this payload.
    Ok(unsafe { o.cast::<PySocket>() })
}

pub fn timeout_obj(t: f64) -> PyRef {
    if t < 0.0 {
        none()
    } else {
        crate::object::float::new_float(t)
    }
}

/// A timeout argument (None, or non-negative seconds) as seconds, -1 for None.
pub fn parse_timeout(o: &PyObject) -> PyResult<f64> {
    if is_none(o) {
        return Ok(-1.0);
    }
    let v = if let Some(f) = crate::object::float::float_value(o) {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        f
    } else {
        let i = crate::object::args::expect_index(o)?;
        i as f64
    };
    if v < 0.0 {
        return Err(value_error("Timeout value out of range"));
    }
    Ok(v)
}

/// Set or clear O_NONBLOCK.
pub fn set_nonblocking(fd: i32, nonblock: bool) -> PyResult<()> {
    // SAFETY: fcntl on a descriptor; failures are reported through errno.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(os_err(errno(), None, None));
    }
    let nf = if nonblock { flags | libc::O_NONBLOCK } else { flags & !libc::O_NONBLOCK };
    // SAFETY: as above.
    if nf != flags && unsafe { libc::fcntl(fd, libc::F_SETFL, nf) } < 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(())
}

fn sock_new(t: &TypeObject, _a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PySocket {
        ob,
        fd: Cell::new(-1),
        family: Cell::new(libc::AF_INET),
        stype: Cell::new(libc::SOCK_STREAM),
        proto: Cell::new(0),
        timeout: Cell::new(-1.0),
    }))
}

/// A new socket object of the base type around `fd` (for `socketpair`).
pub fn new_socket(fd: i32, family: i32, stype: i32, proto: i32) -> PyResult<PyRef> {
    let o = sock_new(&SOCKET_TYPE, &[], None)?;
    init_fields(sock(&o)?, fd, family, stype, proto)?;
    Ok(o)
}

fn getsockopt_int(fd: i32, opt: i32) -> Result<i32, i32> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: an int-sized option buffer with its length.
    let r = unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, opt, &mut v as *mut _ as *mut libc::c_void, &mut len) };
    if r < 0 {
        Err(errno())
    } else {
        Ok(v)
    }
}

/// Fill the fields and apply the default timeout (CPython's `init_sockobject`).
fn init_fields(s: &PySocket, fd: i32, family: i32, stype: i32, proto: i32) -> PyResult<()> {
    s.fd.set(fd);
    s.family.set(family);
    s.stype.set(stype & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
    s.proto.set(proto);
    let dt = super::default_timeout();
    if stype & libc::SOCK_NONBLOCK != 0 {
        s.timeout.set(0.0);
    } else {
        s.timeout.set(dt);
        if dt >= 0.0 {
            set_nonblocking(fd, true)?;
        }
    }
    Ok(())
}

fn sock_init(o: &PyObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let s = sock(o)?;
    let mut out = [None; 4];
    Params::new("socket", &["family", "type", "proto", "fileno"], 0).parse(args, kw, &mut out)?;
    let int_or = |i: usize| -> PyResult<i32> { out[i].map_or(Ok(-1), expect_c_int) };
    let (mut family, mut stype, mut proto) = (int_or(0)?, int_or(1)?, int_or(2)?);
    let fileno = out[3].filter(|f| !is_none(f));
    let fd;
    if let Some(f) = fileno {
        if crate::object::float::float_value(f).is_some() {
            return Err(type_error("'float' object cannot be interpreted as an integer"));
        }
        let v = crate::object::args::expect_index(f)?;
        if v < 0 {
            return Err(value_error("negative file descriptor"));
        }
        fd = i32::try_from(v).map_err(|_| PyErr::new(&OVERFLOW_ERROR, "file descriptor out of range"))?;
        if family == -1 {
            family = getsockopt_int(fd, libc::SO_DOMAIN).map_err(|e| os_err(e, None, None))?;
        }
        if stype == -1 {
            stype = getsockopt_int(fd, libc::SO_TYPE).map_err(|e| os_err(e, None, None))?;
        }
        if proto == -1 {
            proto = getsockopt_int(fd, libc::SO_PROTOCOL).map_err(|e| os_err(e, None, None))?;
        }
    } else {
        if family == -1 {
            family = libc::AF_INET;
        }
        if stype == -1 {
            stype = libc::SOCK_STREAM;
        }
        if proto == -1 {
            proto = 0;
        }
        // SAFETY: socket(2) with plain integers.
        let r = unsafe { libc::socket(family, stype | libc::SOCK_CLOEXEC, proto) };
        if r < 0 {
            return Err(os_err(errno(), None, None));
        }
        fd = r;
    }
    // Re-initialising an open socket object drops its old descriptor.
    let old = s.fd.replace(-1);
    if old >= 0 && old != fd {
        // SAFETY: closing the descriptor this object owned.
        unsafe { libc::close(old) };
    }
    init_fields(s, fd, family, stype, proto)
}

fn sock_repr(o: &PyObject) -> PyResult<PyRef> {
    let s = sock(o)?;
    Ok(new_str(format!(
        "<socket object, fd={}, family={}, type={}, proto={}>",
        s.fd.get(),
        s.family.get(),
        s.stype.get(),
        s.proto.get()
    )))
}

/// CPython's argument-count messages for the socket methods (METH_O's
/// "exactly one argument", PyArg_ParseTuple's "at least"/"at most").
pub fn arity(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == 1 && max == 1 && n != 1 {
        return Err(type_error(format!("{}() takes exactly one argument ({} given)", name, n)));
    }
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(type_error(format!("{}() takes {} {} argument{} ({} given)", name, how, k, plural(k), n)));
    }
    Ok(())
}

pub fn this<'a>(name: &str, args: &[&'a PyObject], kw: Option<&PyObject>, min: usize, max: usize) -> PyResult<&'a PySocket> {
    let s = sock(args[0])?;
    no_kwargs(name, kw)?;
    if max == 0 {
        if args.len() > 1 {
            return Err(type_error(format!("{}() takes no arguments ({} given)", name, args.len() - 1)));
        }
        return Ok(s);
    }
    arity(name, args.len() - 1, min, max)?;
    Ok(s)
}

fn m_fileno(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("fileno", args, kw, 0, 0)?;
    Ok(new_int(s.fd.get() as i64))
}

fn m_close(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("close", args, kw, 0, 0)?;
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        // SAFETY: closing our descriptor once (not retried on EINTR, as CPython).
        if unsafe { libc::close(fd) } < 0 {
            let e = errno();
            if e != libc::ECONNRESET {
                return Err(os_err(e, None, None));
            }
        }
    }
    Ok(none())
}

fn m_detach(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("detach", args, kw, 0, 0)?;
    Ok(new_int(s.fd.replace(-1) as i64))
}

fn m_bind(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("bind", args, kw, 1, 1)?;
    let a = sockaddr_arg(s.family.get(), args[1], "bind")?;
    // SAFETY: a valid address with its length.
    if unsafe { libc::bind(s.fd.get(), a.ptr(), a.len) } < 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(none())
}

fn m_listen(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("listen", args, kw, 0, 1)?;
    let backlog = match args.get(1) {
        Some(b) => expect_c_int(b)?.max(0),
        None => libc::SOMAXCONN.min(128),
    };
    // SAFETY: listen(2) on our descriptor.
    if unsafe { libc::listen(s.fd.get(), backlog) } < 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(none())
}

fn name_call(args: &[&PyObject], kw: Option<&PyObject>, name: &str, peer: bool) -> PyResult<PyRef> {
    let s = this(name, args, kw, 0, 0)?;
    let mut a = SockAddr::empty();
    // SAFETY: storage and length for the address.
    let r = unsafe {
        if peer {
            libc::getpeername(s.fd.get(), a.mut_ptr(), &mut a.len)
        } else {
            libc::getsockname(s.fd.get(), a.mut_ptr(), &mut a.len)
        }
    };
    if r < 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(make_sockaddr(&a))
}

fn m_getsockname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    name_call(args, kw, "getsockname", false)
}

fn m_getpeername(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    name_call(args, kw, "getpeername", true)
}

fn m_setsockopt(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("setsockopt", args, kw, 3, 4)?;
    let level = expect_c_int(args[1])?;
    let opt = expect_c_int(args[2])?;
    let v = args[3];
    let r = if args.len() == 5 {
        if !is_none(v) {
            return Err(type_error("setsockopt() argument 3 must be None when optlen is given"));
        }
        let optlen = expect_c_int(args[4])?;
        // SAFETY: a null option value with the caller's length (CPython's optlen form).
        unsafe { libc::setsockopt(s.fd.get(), level, opt, std::ptr::null(), optlen as libc::socklen_t) }
    } else if crate::object::int::as_int(v).is_some() || (crate::object::bytes::buffer_bytes(v).is_none() && v.type_().nb_index.get().is_some()) {
        let i = expect_c_int(v)?;
        // SAFETY: an int option value with its size.
        unsafe { libc::setsockopt(s.fd.get(), level, opt, &i as *const _ as *const libc::c_void, std::mem::size_of::<libc::c_int>() as libc::socklen_t) }
    } else {
        let b = crate::object::bytes::expect_buffer(v)?.to_vec();
        // SAFETY: a byte buffer with its length.
        unsafe { libc::setsockopt(s.fd.get(), level, opt, b.as_ptr() as *const libc::c_void, b.len() as libc::socklen_t) }
    };
    if r < 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(none())
}

fn m_getsockopt(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("getsockopt", args, kw, 2, 3)?;
    let level = expect_c_int(args[1])?;
    let opt = expect_c_int(args[2])?;
    match args.get(3).filter(|b| crate::object::int::int_value_i64(b) != Some(0)) {
        None => {
            let mut v: libc::c_int = 0;
            let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: an int buffer with its length.
            if unsafe { libc::getsockopt(s.fd.get(), level, opt, &mut v as *mut _ as *mut libc::c_void, &mut len) } < 0 {
                return Err(os_err(errno(), None, None));
            }
            Ok(new_int(v as i64))
        }
        Some(b) => {
            let n = expect_c_int(b)?;
            if n <= 0 || n > 1024 {
                return Err(PyErr::new(&OS_ERROR, "getsockopt buflen out of range"));
            }
            let mut buf = vec![0u8; n as usize];
            let mut len = n as libc::socklen_t;
            // SAFETY: a buffer of n bytes with its length.
            if unsafe { libc::getsockopt(s.fd.get(), level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut len) } < 0 {
                return Err(os_err(errno(), None, None));
            }
            buf.truncate(len as usize);
            Ok(crate::object::bytes::new_bytes(buf))
        }
    }
}

fn m_gettimeout(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("gettimeout", args, kw, 0, 0)?;
    Ok(timeout_obj(s.timeout.get()))
}

pub fn apply_timeout(s: &PySocket, t: f64) -> PyResult<()> {
    s.timeout.set(t);
    set_nonblocking(s.fd.get(), t >= 0.0)
}

fn m_settimeout(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("settimeout", args, kw, 1, 1)?;
    let t = parse_timeout(args[1])?;
    apply_timeout(s, t)?;
    Ok(none())
}

fn m_getblocking(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("getblocking", args, kw, 0, 0)?;
    Ok(new_bool(s.timeout.get() != 0.0))
}

fn m_setblocking(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("setblocking", args, kw, 1, 1)?;
    let block = crate::object::protocol::is_true(args[1])?;
    apply_timeout(s, if block { -1.0 } else { 0.0 })?;
    Ok(none())
}

fn m_enter(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    sock(args[0])?;
    Ok(args[0].to_ref())
}

fn m_exit(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let close = crate::object::protocol::getattr(args[0], &new_str("close"))?;
    crate::object::protocol::call0(&close)?;
    Ok(none())
}

fn m_getstate(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(type_error(format!("cannot pickle '{}' object", args[0].type_().name())))
}

/// `socketpair([family[, type[, proto]]])`: two connected base sockets.
pub fn s_socketpair(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("socketpair", kw)?;
    super::fn_arity("socketpair", args.len(), 0, 3)?;
    let family = args.first().map_or(Ok(libc::AF_UNIX), |o| expect_c_int(o))?;
    let stype = args.get(1).map_or(Ok(libc::SOCK_STREAM), |o| expect_c_int(o))?;
    let proto = args.get(2).map_or(Ok(0), |o| expect_c_int(o))?;
    let mut fds = [0i32; 2];
    // SAFETY: a two-element array for the descriptors.
    if unsafe { libc::socketpair(family, stype | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } < 0 {
        return Err(os_err(errno(), None, None));
    }
    let a = new_socket(fds[0], family, stype, proto);
    let b = new_socket(fds[1], family, stype, proto);
    Ok(new_tuple(vec![a?, b?]))
}

/// `dup(fd)`: a close-on-exec duplicate.
pub fn s_dup(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("dup", kw)?;
    super::fn_arity("dup", args.len(), 1, 1)?;
    let fd = crate::modules::posix::fd_arg(args[0])?;
    // SAFETY: fcntl duplicating a descriptor.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(new_int(r as i64))
}

/// `close(fd)`: close a socket descriptor (ECONNRESET ignored).
pub fn s_close(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("close", kw)?;
    super::fn_arity("close", args.len(), 1, 1)?;
    let fd = crate::modules::posix::fd_arg(args[0])?;
    // SAFETY: closing the given descriptor, as asked.
    if unsafe { libc::close(fd) } < 0 {
        let e = errno();
        if e != libc::ECONNRESET {
            return Err(os_err(e, None, None));
        }
    }
    Ok(none())
}

#[cfg(test)]
mod tests {
    use super::arity;

    fn msg(r: crate::object::PyResult<()>) -> String {
        match r {
            Ok(()) => "ok".into(),
            Err(e) => crate::object::protocol::str_string(e.value()).unwrap(),
        }
    }

    #[test]
    fn argument_count_messages_follow_cpython() {
        crate::runtime::init_for_tests();
        assert_eq!(msg(arity("bind", 0, 1, 1)), "bind() takes exactly one argument (0 given)");
        assert_eq!(msg(arity("recv", 0, 1, 2)), "recv() takes at least 1 argument (0 given)");
        assert_eq!(msg(arity("recv", 3, 1, 2)), "recv() takes at most 2 arguments (3 given)");
        assert_eq!(msg(arity("getsockopt", 1, 2, 3)), "getsockopt() takes at least 2 arguments (1 given)");
        assert_eq!(msg(arity("recv", 2, 1, 2)), "ok");
    }
}
