//! Data transfer on `_socket.socket`: connect, accept, send/recv and
//! their variants, shutdown, sendmsg/recvmsg. Every blocking operation
//! goes through `sock_call` (CPython's `sock_call_ex`): with a positive
//! timeout it first waits with poll(2) for the descriptor to be ready
//! (`TimeoutError('timed out')` when the time runs out), then makes the
//! call, retrying on EINTR after running signal handlers (PEP 475) and on
//! EAGAIN while time is left.

use super::addr::{make_sockaddr, sockaddr_arg, SockAddr};
use super::sock::{sock, PySocket};
use crate::modules::posix::{errno, os_err};
use crate::object::args::{expect_c_int, no_kwargs, Params};
use crate::object::bytes::{buffer_bytes, expect_buffer, new_bytes};
use crate::object::exceptions::{type_error, value_error, PyErr, TIMEOUT_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::singletons::{is_none, none};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::{protocol, PyResult};
use std::time::{Duration, Instant};

/// Wait for the descriptor (poll); Ok(false) on timeout. `ms < 0`: forever.
fn wait_fd(fd: i32, writing: bool, connect: bool, ms: i32) -> Result<bool, i32> {
    let mut events = if writing { libc::POLLOUT } else { libc::POLLIN };
    if connect {
        events |= libc::POLLERR;
    }
    let mut p = libc::pollfd { fd, events, revents: 0 };
    // SAFETY: one valid pollfd.
    let r = unsafe { libc::poll(&mut p, 1, ms) };
    if r < 0 {
        return Err(errno());
    }
    Ok(r > 0)
}

fn timed_out() -> PyErr {
    PyErr::new(&TIMEOUT_ERROR, "timed out")
}

/// The outcome of `sock_call`: the call's result, or an errno (EWOULDBLOCK
/// for a timeout) when `capture` asked for it instead of an exception.
pub enum CallErr {
    Py(PyErr),
    Errno(i32),
}

/// Run `f` (a system call returning -1 with errno on failure) under the
/// socket's timeout. `timeout`: seconds, negative for none.
fn sock_call_ex(
    s: &PySocket,
    writing: bool,
    connect: bool,
    timeout: f64,
    mut f: impl FnMut() -> isize,
) -> Result<isize, CallErr> {
    let has_timeout = timeout > 0.0;
    let deadline = has_timeout.then(|| Instant::now() + Duration::from_secs_f64(timeout.min(1e9)));
    loop {
        if has_timeout || connect {
            let ms = match deadline {
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32
                }
                None => -1,
            };
            match wait_fd(s.fd.get(), writing, connect, ms) {
                Ok(true) => {}
                Ok(false) => return Err(CallErr::Py(timed_out())),
                Err(libc::EINTR) => {
                    crate::runtime::signals::check_interrupt().map_err(CallErr::Py)?;
                    continue;
                }
                Err(e) => return Err(CallErr::Errno(e)),
            }
        }
        let e = loop {
            let r = f();
            if r >= 0 {
                return Ok(r);
            }
            let e = errno();
            if e != libc::EINTR {
                break e;
            }
            crate::runtime::signals::check_interrupt().map_err(CallErr::Py)?;
        };
        if has_timeout && (e == libc::EWOULDBLOCK || e == libc::EAGAIN) {
            continue;
        }
        return Err(CallErr::Errno(e));
    }
}

/// `sock_call_ex` with the socket's own timeout, errors raised.
fn sock_call(s: &PySocket, writing: bool, f: impl FnMut() -> isize) -> PyResult<isize> {
    sock_call_ex(s, writing, false, s.timeout.get(), f).map_err(|e| match e {
        CallErr::Py(p) => p,
        CallErr::Errno(n) => os_err(n, None, None),
    })
}

use super::sock::this;

fn flags_at(args: &[&PyObject], i: usize) -> PyResult<i32> {
    args.get(i).map_or(Ok(0), |o| expect_c_int(o))
}

pub fn m_accept(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("_accept", args, kw, 0, 0)?;
    let mut a = SockAddr::empty();
    let fd = s.fd.get();
    let r = sock_call(s, false, || {
        a.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: storage and length for the peer address.
        unsafe { libc::accept4(fd, a.mut_ptr(), &mut a.len, libc::SOCK_CLOEXEC) as isize }
    })?;
    Ok(new_tuple(vec![new_int(r as i64), make_sockaddr(&a)]))
}

/// CPython's `internal_connect`: Ok(0) or the errno (raise=false), or an
/// exception (raise=true).
fn internal_connect(s: &PySocket, a: &SockAddr, raise: bool) -> PyResult<i32> {
    let fd = s.fd.get();
    // SAFETY: a valid address with its length.
    let r = unsafe { libc::connect(fd, a.ptr(), a.len) };
    if r == 0 {
        return Ok(0);
    }
    let err = errno();
    let wait = if err == libc::EINTR {
        crate::runtime::signals::check_interrupt()?;
        s.timeout.get() != 0.0
    } else {
        s.timeout.get() > 0.0 && err == libc::EINPROGRESS
    };
    if !wait {
        return if raise { Err(os_err(err, None, None)) } else { Ok(err) };
    }
    let res = sock_call_ex(s, true, true, s.timeout.get(), || {
        let mut v: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: an int buffer for SO_ERROR.
        if unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_ERROR, &mut v as *mut _ as *mut libc::c_void, &mut len) } < 0 {
            return -1;
        }
        if v == libc::EISCONN || v == 0 {
            return 0;
        }
        // SAFETY: reporting the pending error through errno.
        unsafe { *libc::__errno_location() = v };
        -1
    });
    match res {
        Ok(_) => Ok(0),
        Err(CallErr::Py(p)) => {
            if raise || !p.matches(&TIMEOUT_ERROR) {
                Err(p)
            } else {
                Ok(libc::EWOULDBLOCK)
            }
        }
        Err(CallErr::Errno(e)) => {
            if raise {
                Err(os_err(e, None, None))
            } else {
                Ok(e)
            }
        }
    }
}

pub fn m_connect(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("connect", args, kw, 1, 1)?;
    let a = sockaddr_arg(s.family.get(), args[1], "connect")?;
    internal_connect(s, &a, true)?;
    Ok(none())
}

pub fn m_connect_ex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("connect_ex", args, kw, 1, 1)?;
    let a = sockaddr_arg(s.family.get(), args[1], "connect_ex")?;
    Ok(new_int(internal_connect(s, &a, false)? as i64))
}

fn recv_size(o: &PyObject, what: &str) -> PyResult<usize> {
    let n = crate::object::args::expect_index(o)?;
    if n < 0 {
        return Err(value_error(format!("negative buffersize in {}", what)));
    }
    Ok(n as usize)
}

/// recv(2)/recvfrom(2) into a fresh buffer of `n` bytes.
fn recv_raw(s: &PySocket, n: usize, flags: i32, from: Option<&mut SockAddr>) -> PyResult<Vec<u8>> {
    let mut buf = crate::object::exceptions::try_vec::<u8>(n)?;
    buf.resize(n, 0);
    let fd = s.fd.get();
    let got = match from {
        None => sock_call(s, false, || {
            // SAFETY: a buffer of n bytes.
            unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, n, flags) as isize }
        })?,
        Some(a) => sock_call(s, false, || {
            a.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
            // SAFETY: a buffer of n bytes and address storage.
            unsafe { libc::recvfrom(fd, buf.as_mut_ptr() as *mut libc::c_void, n, flags, a.mut_ptr(), &mut a.len) as isize }
        })?,
    };
    buf.truncate(got as usize);
    Ok(buf)
}

pub fn m_recv(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("recv", args, kw, 1, 2)?;
    let n = recv_size(args[1], "recv")?;
    let flags = flags_at(args, 2)?;
    Ok(new_bytes(recv_raw(s, n, flags, None)?))
}

pub fn m_recvfrom(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("recvfrom", args, kw, 1, 2)?;
    let n = recv_size(args[1], "recvfrom")?;
    let flags = flags_at(args, 2)?;
    let mut a = SockAddr::empty();
    let data = recv_raw(s, n, flags, Some(&mut a))?;
    Ok(new_tuple(vec![new_bytes(data), make_sockaddr(&a)]))
}

/// The length of a writable buffer argument (bytearray or a writable
/// memoryview); the data is stored with a slice assignment afterwards.
fn writable_len(o: &PyObject, fname: &str) -> PyResult<usize> {
    let writable = crate::object::bytearray::as_bytearray(o).is_some()
        || crate::object::memoryview::as_memoryview(o).is_some_and(|_| {
            protocol::getattr(o, &crate::object::str::new_str("readonly")).ok().is_some_and(|r| !protocol::is_true(&r).unwrap_or(true))
        });
    if !writable {
        return Err(type_error(format!("{}() argument 1 must be read-write bytes-like object, not {}", fname, o.type_().name())));
    }
    let n = buffer_bytes(o).map(|b| b.len());
    match n {
        Some(n) => Ok(n),
        None => protocol::len(o),
    }
}

fn store_into(target: &PyObject, data: Vec<u8>) -> PyResult<usize> {
    let n = data.len();
    let sl = crate::object::slice::new_slice(&new_int(0), &new_int(n as i64), &none());
    protocol::setitem(target, &sl, &new_bytes(data))?;
    Ok(n)
}

fn into_args<'a>(name: &str, args: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<(&'a PyObject, Option<&'a PyObject>, Option<&'a PyObject>)> {
    sock(args[0])?;
    let mut out = [None; 3];
    Params::new(name, &["buffer", "nbytes", "flags"], 1).parse(&args[1..], kw, &mut out)?;
    Ok((out[0].unwrap(), out[1], out[2]))
}

pub fn m_recv_into(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = sock(args[0])?;
    let (b, nb, fl) = into_args("recv_into", args, kw)?;
    let buflen = writable_len(b, "recv_into")?;
    let mut n = nb.map_or(Ok(0), |o| crate::object::args::expect_index(o))?;
    let flags = fl.map_or(Ok(0), expect_c_int)?;
    if n < 0 {
        return Err(value_error("negative buffersize in recv_into"));
    }
    if n == 0 {
        n = buflen as isize;
    }
    if n as usize > buflen {
        return Err(value_error("buffer too small for requested bytes"));
    }
    let data = recv_raw(s, n as usize, flags, None)?;
    Ok(new_int(store_into(b, data)? as i64))
}

pub fn m_recvfrom_into(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = sock(args[0])?;
    let (b, nb, fl) = into_args("recvfrom_into", args, kw)?;
    let buflen = writable_len(b, "recvfrom_into")?;
    let mut n = nb.map_or(Ok(0), |o| crate::object::args::expect_index(o))?;
    let flags = fl.map_or(Ok(0), expect_c_int)?;
    if n < 0 {
        return Err(value_error("negative buffersize in recvfrom_into"));
    }
    if n == 0 {
        n = buflen as isize;
    } else if n as usize > buflen {
        return Err(value_error("nbytes is greater than the length of the buffer"));
    }
    let mut a = SockAddr::empty();
    let data = recv_raw(s, n as usize, flags, Some(&mut a))?;
    let got = store_into(b, data)?;
    Ok(new_tuple(vec![new_int(got as i64), make_sockaddr(&a)]))
}

pub fn m_send(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("send", args, kw, 1, 2)?;
    let data = expect_buffer(args[1])?.to_vec();
    let flags = flags_at(args, 2)?;
    let fd = s.fd.get();
    let n = sock_call(s, true, || {
        // SAFETY: the data buffer with its length.
        unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags | libc::MSG_NOSIGNAL) as isize }
    })?;
    Ok(new_int(n as i64))
}

pub fn m_sendall(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("sendall", args, kw, 1, 2)?;
    let data = expect_buffer(args[1])?.to_vec();
    let flags = flags_at(args, 2)?;
    let fd = s.fd.get();
    let timeout = s.timeout.get();
    let deadline = (timeout > 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout.min(1e9)));
    let mut off = 0;
    while off < data.len() {
        let left = match deadline {
            Some(d) => {
                let l = d.saturating_duration_since(Instant::now()).as_secs_f64();
                if l <= 0.0 {
                    return Err(timed_out());
                }
                l
            }
            None => timeout,
        };
        let rest = &data[off..];
        let r = sock_call_ex(s, true, false, left, || {
            // SAFETY: the remaining data with its length.
            unsafe { libc::send(fd, rest.as_ptr() as *const libc::c_void, rest.len(), flags | libc::MSG_NOSIGNAL) as isize }
        });
        match r {
            Ok(n) => off += n as usize,
            Err(CallErr::Py(p)) => return Err(p),
            Err(CallErr::Errno(e)) => return Err(os_err(e, None, None)),
        }
        crate::runtime::signals::check_interrupt()?;
    }
    Ok(none())
}

pub fn m_sendto(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = sock(args[0])?;
    no_kwargs("sendto", kw)?;
    let n = args.len() - 1;
    if !(2..=3).contains(&n) {
        return Err(type_error(format!("sendto() takes 2 or 3 arguments ({} given)", n)));
    }
    let data = expect_buffer(args[1])?.to_vec();
    let (flags, addr) = if n == 3 { (expect_c_int(args[2])?, args[3]) } else { (0, args[2]) };
    let a = sockaddr_arg(s.family.get(), addr, "sendto")?;
    let fd = s.fd.get();
    let r = sock_call(s, true, || {
        // SAFETY: data and address buffers with their lengths.
        unsafe { libc::sendto(fd, data.as_ptr() as *const libc::c_void, data.len(), flags | libc::MSG_NOSIGNAL, a.ptr(), a.len) as isize }
    })?;
    Ok(new_int(r as i64))
}

pub fn m_shutdown(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("shutdown", args, kw, 1, 1)?;
    let how = expect_c_int(args[1])?;
    // SAFETY: shutdown(2) on our descriptor.
    if unsafe { libc::shutdown(s.fd.get(), how) } < 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(none())
}

/// `sendmsg(buffers[, ancdata[, flags[, address]]])`; ancillary data is a
/// sequence of `(level, type, data)`. Not in the method table yet: when
/// `socket.socket` has `sendmsg`, socket.py imports `array`, which does
/// not exist yet.
#[allow(dead_code)]
pub fn m_sendmsg(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("sendmsg", args, kw, 1, 4)?;
    let mut bufs: Vec<Vec<u8>> = Vec::new();
    for b in protocol::collect(args[1]).map_err(|_| type_error("sendmsg() argument 1 must be an iterable"))? {
        bufs.push(expect_buffer(&b)?.to_vec());
    }
    let mut anc: Vec<(i32, i32, Vec<u8>)> = Vec::new();
    if let Some(a) = args.get(2) {
        for item in protocol::collect(a).map_err(|_| type_error("sendmsg() argument 2 must be an iterable"))? {
            let t = tuple_slice(&item).filter(|t| t.len() == 3).ok_or_else(|| type_error("[sendmsg() ancillary data items]() argument must be sequence of length 3, not tuple"))?;
            anc.push((expect_c_int(&t[0])?, expect_c_int(&t[1])?, expect_buffer(&t[2])?.to_vec()));
        }
    }
    let flags = flags_at(args, 3)?;
    let addr = match args.get(4).filter(|a| !is_none(a)) {
        Some(a) => Some(sockaddr_arg(s.family.get(), a, "sendmsg")?),
        None => None,
    };
    let mut iov: Vec<libc::iovec> = bufs.iter().map(|b| libc::iovec { iov_base: b.as_ptr() as *mut libc::c_void, iov_len: b.len() }).collect();
    // SAFETY: CMSG_SPACE is a pure size computation.
    let space: usize = anc.iter().map(|(_, _, d)| unsafe { libc::CMSG_SPACE(d.len() as u32) } as usize).sum();
    let mut control = vec![0u64; space.div_ceil(8)];
    // SAFETY: msghdr is plain data.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = iov.as_mut_ptr();
    msg.msg_iovlen = iov.len();
    if let Some(a) = &addr {
        msg.msg_name = a.ptr() as *mut libc::c_void;
        msg.msg_namelen = a.len;
    }
    if space > 0 {
        msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
        msg.msg_controllen = space;
        // SAFETY: walking the control buffer we sized for these entries.
        unsafe {
            let mut c = libc::CMSG_FIRSTHDR(&msg);
            for (level, ty, d) in &anc {
                (*c).cmsg_level = *level;
                (*c).cmsg_type = *ty;
                (*c).cmsg_len = libc::CMSG_LEN(d.len() as u32) as usize;
                std::ptr::copy_nonoverlapping(d.as_ptr(), libc::CMSG_DATA(c), d.len());
                c = libc::CMSG_NXTHDR(&msg, c);
            }
        }
    }
    let fd = s.fd.get();
    let n = sock_call(s, true, || {
        // SAFETY: msg points at live buffers.
        unsafe { libc::sendmsg(fd, &msg, flags | libc::MSG_NOSIGNAL) as isize }
    })?;
    Ok(new_int(n as i64))
}

/// `recvmsg(bufsize[, ancbufsize[, flags]])` → (data, ancdata, msg_flags,
/// address). Not in the method table yet (see `m_sendmsg`).
#[allow(dead_code)]
pub fn m_recvmsg(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = this("recvmsg", args, kw, 1, 3)?;
    let n = recv_size(args[1], "recvmsg")?;
    let anc_n = match args.get(2) {
        Some(a) => {
            let v = crate::object::args::expect_index(a)?;
            if v < 0 {
                return Err(value_error("negative buffer size in recvmsg()"));
            }
            v as usize
        }
        None => 0,
    };
    let flags = flags_at(args, 3)?;
    let mut buf = vec![0u8; n];
    let mut control = vec![0u64; anc_n.div_ceil(8)];
    let mut a = SockAddr::empty();
    let mut iov = libc::iovec { iov_base: buf.as_mut_ptr() as *mut libc::c_void, iov_len: n };
    // SAFETY: msghdr is plain data.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    let fd = s.fd.get();
    let got = sock_call(s, false, || {
        msg.msg_name = a.mut_ptr() as *mut libc::c_void;
        msg.msg_namelen = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = if anc_n > 0 { control.as_mut_ptr() as *mut libc::c_void } else { std::ptr::null_mut() };
        msg.msg_controllen = anc_n;
        // SAFETY: msg points at live buffers.
        unsafe { libc::recvmsg(fd, &mut msg, flags) as isize }
    })?;
    a.len = msg.msg_namelen;
    buf.truncate(got as usize);
    let mut items = Vec::new();
    if anc_n > 0 && msg.msg_controllen > 0 {
        // SAFETY: walking the control messages the kernel wrote.
        unsafe {
            let mut c = libc::CMSG_FIRSTHDR(&msg);
            while !c.is_null() {
                let data = libc::CMSG_DATA(c);
                let len = (*c).cmsg_len - (data as usize - c as usize);
                let d = std::slice::from_raw_parts(data, len).to_vec();
                items.push(new_tuple(vec![new_int((*c).cmsg_level as i64), new_int((*c).cmsg_type as i64), new_bytes(d)]));
                c = libc::CMSG_NXTHDR(&msg, c);
            }
        }
    }
    let addr = if msg.msg_namelen == 0 { none() } else { make_sockaddr(&a) };
    Ok(new_tuple(vec![new_bytes(buf), new_list(items), new_int(msg.msg_flags as i64), addr]))
}
