//! Name and service lookups: getaddrinfo/getnameinfo, the gethostby*
//! family (herror on failure), services, protocols, interfaces, the host
//! name. Lookup failures raise `socket.gaierror(code, gai_strerror(code))`
//! as CPython.

use super::addr::{cstr, host_text, ipv4_text, ipv6_text, make_sockaddr, set_ip_addr, SockAddr};
use super::{GAIERROR_TYPE, HERROR_TYPE};
use crate::modules::posix::{errno, os_err};
use crate::object::args::{expect_c_int, no_kwargs, Params};
use crate::object::exceptions::{overflow_error, type_error, PyErr, OS_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::singletons::is_none;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::{as_tuple, new_tuple, tuple_slice};
use crate::object::PyResult;
use std::ffi::{CStr, CString};

/// `socket.gaierror(code, message)`, or the errno's OSError for EAI_SYSTEM.
pub fn gai_error(code: i32) -> PyErr {
    if code == libc::EAI_SYSTEM {
        return os_err(errno(), None, None);
    }
    // SAFETY: gai_strerror returns a static NUL-terminated message.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }.to_string_lossy().into_owned();
    PyErr::with_args(&GAIERROR_TYPE, vec![new_int(code as i64), new_str(msg)])
}

fn h_error(code: i32) -> PyErr {
    // SAFETY: hstrerror returns a static NUL-terminated message.
    let msg = unsafe { CStr::from_ptr(libc::hstrerror(code)) }.to_string_lossy().into_owned();
    PyErr::with_args(&HERROR_TYPE, vec![new_int(code as i64), new_str(msg)])
}

extern "C" {
    // glibc's reentrant resolver calls (not in the libc crate).
    fn gethostbyname_r(
        name: *const libc::c_char,
        ret: *mut libc::hostent,
        buf: *mut libc::c_char,
        buflen: libc::size_t,
        result: *mut *mut libc::hostent,
        h_errnop: *mut libc::c_int,
    ) -> libc::c_int;
    fn gethostbyaddr_r(
        addr: *const libc::c_void,
        len: libc::socklen_t,
        af: libc::c_int,
        ret: *mut libc::hostent,
        buf: *mut libc::c_char,
        buflen: libc::size_t,
        result: *mut *mut libc::hostent,
        h_errnop: *mut libc::c_int,
    ) -> libc::c_int;
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`.
pub fn s_getaddrinfo(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 6];
    Params::new("getaddrinfo", &["host", "port", "family", "type", "proto", "flags"], 2).parse(args, kw, &mut out)?;
    let host: Option<String> = match out[0].unwrap() {
        h if is_none(h) => None,
        h if str_value(h).is_some() => Some(str_value(h).unwrap().to_string()),
        h if h.is_instance_of(&crate::object::bytes::BYTES_TYPE) => Some(host_text(h)?),
        _ => return Err(type_error("getaddrinfo() argument 1 must be string or None")),
    };
    let p = out[1].unwrap();
    let port: Option<String> = if p.is_exact(&crate::object::int::INT_TYPE) {
        Some(crate::object::protocol::str_string(p)?)
    } else if let Some(s) = str_value(p) {
        Some(s.to_string())
    } else if p.is_instance_of(&crate::object::bytes::BYTES_TYPE) {
        Some(host_text(p)?)
    } else if is_none(p) {
        None
    } else {
        return Err(PyErr::new(&OS_ERROR, "Int or String expected"));
    };
    let int_at = |i: usize| -> PyResult<i32> { out[i].map_or(Ok(0), expect_c_int) };
    // SAFETY: addrinfo is plain data.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = int_at(2)?;
    hints.ai_socktype = int_at(3)?;
    hints.ai_protocol = int_at(4)?;
    hints.ai_flags = int_at(5)?;
    let ch = match &host {
        Some(h) => Some(cstr(h)?),
        None => None,
    };
    let cp = match &port {
        Some(p) => Some(CString::new(p.as_str()).map_err(|_| type_error("embedded null character"))?),
        None => None,
    };
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: NUL-terminated strings or null, valid hints, out-pointer.
    let r = unsafe {
        libc::getaddrinfo(ch.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()), cp.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()), &hints, &mut res)
    };
    if r != 0 {
        return Err(gai_error(r));
    }
    let mut items = Vec::new();
    let mut cur = res;
    while !cur.is_null() {
        // SAFETY: cur walks the list getaddrinfo returned.
        let ai = unsafe { &*cur };
        let mut sa = SockAddr::empty();
        let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        // SAFETY: copying the entry's n address bytes.
        unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, sa.mut_ptr() as *mut u8, n) };
        sa.len = n as libc::socklen_t;
        let canon = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a NUL-terminated name owned by the list.
            unsafe { CStr::from_ptr(ai.ai_canonname) }.to_string_lossy().into_owned()
        };
        items.push(new_tuple(vec![
            new_int(ai.ai_family as i64),
            new_int(ai.ai_socktype as i64),
            new_int(ai.ai_protocol as i64),
            new_str(canon),
            make_sockaddr(&sa),
        ]));
        cur = ai.ai_next;
    }
    // SAFETY: res came from getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    Ok(new_list(items))
}

/// `getnameinfo(sockaddr, flags)`.
pub fn s_getnameinfo(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("getnameinfo", kw)?;
    super::fn_arity("getnameinfo", args.len(), 2, 2)?;
    let sa = args[0];
    let flags = expect_c_int(args[1])?;
    if as_tuple(sa).is_none() {
        return Err(type_error("getnameinfo() argument 1 must be a tuple"));
    }
    let items = tuple_slice(sa).unwrap_or(&[]);
    let bad = || type_error("getnameinfo(): illegal sockaddr argument");
    if !(2..=4).contains(&items.len()) {
        return Err(bad());
    }
    let host = str_value(&items[0]).ok_or_else(bad)?.to_string();
    let port = expect_c_int(&items[1])?;
    let flow = match items.get(2) {
        Some(v) => crate::object::args::expect_index(v)? as i64,
        None => 0,
    };
    let scope = match items.get(3) {
        Some(v) => crate::object::args::expect_index(v)? as i64,
        None => 0,
    };
    if !(0..=0xfffff).contains(&flow) {
        return Err(overflow_error("getnameinfo(): flowinfo must be 0-1048575."));
    }
    // SAFETY: addrinfo is plain data.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = libc::AF_UNSPEC;
    hints.ai_socktype = libc::SOCK_DGRAM;
    hints.ai_flags = libc::AI_NUMERICHOST;
    let ch = cstr(&host)?;
    let cp = CString::new(port.to_string()).unwrap();
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid strings and hints.
    let r = unsafe { libc::getaddrinfo(ch.as_ptr(), cp.as_ptr(), &hints, &mut res) };
    if r != 0 {
        return Err(gai_error(r));
    }
    let mut sa_buf = SockAddr::empty();
    // SAFETY: res holds at least one entry.
    let ai = unsafe { &*res };
    let multiple = !ai.ai_next.is_null();
    let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
    // SAFETY: copying the entry's address.
    unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, sa_buf.mut_ptr() as *mut u8, n) };
    sa_buf.len = n as libc::socklen_t;
    let fam = ai.ai_family;
    // SAFETY: res came from getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    if multiple {
        return Err(PyErr::new(&OS_ERROR, "sockaddr resolved to multiple addresses"));
    }
    if fam == libc::AF_INET && items.len() != 2 {
        return Err(PyErr::new(&OS_ERROR, "IPv4 sockaddr must be 2 tuple"));
    }
    if fam == libc::AF_INET6 {
        // SAFETY: the family says it is a sockaddr_in6.
        let sin6 = unsafe { &mut *(sa_buf.mut_ptr() as *mut libc::sockaddr_in6) };
        sin6.sin6_flowinfo = (flow as u32).to_be();
        sin6.sin6_scope_id = scope as u32;
    }
    let mut hbuf = [0 as libc::c_char; 1025];
    let mut pbuf = [0 as libc::c_char; 32];
    // SAFETY: valid address and output buffers with their sizes.
    let r = unsafe {
        libc::getnameinfo(sa_buf.ptr(), sa_buf.len, hbuf.as_mut_ptr(), hbuf.len() as _, pbuf.as_mut_ptr(), pbuf.len() as _, flags)
    };
    if r != 0 {
        return Err(gai_error(r));
    }
    // SAFETY: getnameinfo wrote NUL-terminated strings.
    let (h, p) = unsafe { (CStr::from_ptr(hbuf.as_ptr()), CStr::from_ptr(pbuf.as_ptr())) };
    Ok(new_tuple(vec![new_str(h.to_string_lossy().into_owned()), new_str(p.to_string_lossy().into_owned())]))
}

pub fn s_gethostname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::no_args("gethostname", args, kw)?;
    let mut buf = [0 as libc::c_char; 1024];
    // SAFETY: buffer and its size.
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) } != 0 {
        return Err(os_err(errno(), None, None));
    }
    // SAFETY: NUL-terminated (the last byte stays 0).
    Ok(new_str(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()))
}

pub fn s_sethostname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("sethostname", kw)?;
    super::fn_arity("sethostname", args.len(), 1, 1)?;
    let name = host_text(args[0])?;
    // SAFETY: pointer and length of the name.
    if unsafe { libc::sethostname(name.as_ptr() as *const libc::c_char, name.len()) } != 0 {
        return Err(os_err(errno(), None, None));
    }
    Ok(crate::object::singletons::none())
}

/// `gethostbyname(host)`: the IPv4 address as text.
pub fn s_gethostbyname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("gethostbyname", kw)?;
    super::fn_arity("gethostbyname", args.len(), 1, 1)?;
    let name = host_text(args[0])?;
    let mut sa = SockAddr::empty();
    set_ip_addr(&name, libc::AF_INET, &mut sa)?;
    // SAFETY: set_ip_addr(AF_INET) stored a sockaddr_in.
    let sin = unsafe { &*(sa.ptr() as *const libc::sockaddr_in) };
    Ok(new_str(ipv4_text(sin.sin_addr.s_addr)))
}

/// `(name, aliases, addresses)` of a hostent (CPython's `gethost_common`).
fn hostent_tuple(h: &libc::hostent) -> PyRef {
    // SAFETY: the hostent fields are NUL-terminated strings and
    // null-terminated arrays filled by the resolver.
    unsafe {
        let name = CStr::from_ptr(h.h_name).to_string_lossy().into_owned();
        let mut aliases = Vec::new();
        let mut p = h.h_aliases;
        while !p.is_null() && !(*p).is_null() {
            aliases.push(new_str(CStr::from_ptr(*p).to_string_lossy().into_owned()));
            p = p.add(1);
        }
        let mut addrs = Vec::new();
        let mut p = h.h_addr_list;
        while !p.is_null() && !(*p).is_null() {
            let a = *p as *const u8;
            if h.h_addrtype == libc::AF_INET {
                let mut b = [0u8; 4];
                std::ptr::copy_nonoverlapping(a, b.as_mut_ptr(), 4);
                addrs.push(new_str(ipv4_text(u32::from_ne_bytes(b))));
            } else if h.h_addrtype == libc::AF_INET6 {
                let mut b = [0u8; 16];
                std::ptr::copy_nonoverlapping(a, b.as_mut_ptr(), 16);
                addrs.push(new_str(ipv6_text(&b)));
            }
            p = p.add(1);
        }
        new_tuple(vec![new_str(name), new_list(aliases), new_list(addrs)])
    }
}

pub fn s_gethostbyname_ex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("gethostbyname_ex", kw)?;
    super::fn_arity("gethostbyname_ex", args.len(), 1, 1)?;
    let name = host_text(args[0])?;
    let mut sa = SockAddr::empty();
    set_ip_addr(&name, libc::AF_INET, &mut sa)?;
    let c = cstr(&name)?;
    // SAFETY: hostent is plain data.
    let mut he: libc::hostent = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16384];
    let mut result: *mut libc::hostent = std::ptr::null_mut();
    let mut herr: libc::c_int = 0;
    // SAFETY: all pointers valid, buffer with its length.
    unsafe { gethostbyname_r(c.as_ptr(), &mut he, buf.as_mut_ptr(), buf.len(), &mut result, &mut herr) };
    if result.is_null() {
        return Err(h_error(herr));
    }
    // SAFETY: result points at `he`, whose strings live in `buf`.
    Ok(hostent_tuple(unsafe { &*result }))
}

pub fn s_gethostbyaddr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("gethostbyaddr", kw)?;
    super::fn_arity("gethostbyaddr", args.len(), 1, 1)?;
    let name = host_text(args[0])?;
    let mut sa = SockAddr::empty();
    let af = set_ip_addr(&name, libc::AF_UNSPEC, &mut sa)?;
    let (ptr, len): (*const libc::c_void, libc::socklen_t) = if af == libc::AF_INET6 {
        // SAFETY: the family says sockaddr_in6.
        let sin6 = unsafe { &*(sa.ptr() as *const libc::sockaddr_in6) };
        (&sin6.sin6_addr as *const _ as *const libc::c_void, 16)
    } else {
        // SAFETY: the family says sockaddr_in.
        let sin = unsafe { &*(sa.ptr() as *const libc::sockaddr_in) };
        (&sin.sin_addr as *const _ as *const libc::c_void, 4)
    };
    // SAFETY: hostent is plain data.
    let mut he: libc::hostent = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16384];
    let mut result: *mut libc::hostent = std::ptr::null_mut();
    let mut herr: libc::c_int = 0;
    // SAFETY: address pointer and length inside `sa`; buffer with length.
    unsafe { gethostbyaddr_r(ptr, len, af, &mut he, buf.as_mut_ptr(), buf.len(), &mut result, &mut herr) };
    if result.is_null() {
        return Err(h_error(herr));
    }
    // SAFETY: result points at `he`, whose strings live in `buf`.
    Ok(hostent_tuple(unsafe { &*result }))
}

fn opt_proto(o: Option<&PyObject>, what: &str) -> PyResult<Option<CString>> {
    match o {
        None => Ok(None),
        Some(p) if is_none(p) => Ok(None),
        Some(p) => Ok(Some(cstr(crate::object::args::expect_str(p, what)?)?)),
    }
}

pub fn s_getservbyname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("getservbyname", kw)?;
    super::fn_arity("getservbyname", args.len(), 1, 2)?;
    let name = cstr(crate::object::args::expect_str(args[0], "getservbyname() argument 1")?)?;
    let proto = opt_proto(args.get(1).copied(), "getservbyname() argument 2")?;
    // SAFETY: NUL-terminated strings (or null); the result is libc's static entry.
    let sp = unsafe { libc::getservbyname(name.as_ptr(), proto.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())) };
    if sp.is_null() {
        return Err(PyErr::new(&OS_ERROR, "service/proto not found"));
    }
    // SAFETY: non-null entry.
    Ok(new_int(u16::from_be(unsafe { (*sp).s_port } as u16) as i64))
}

pub fn s_getservbyport(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("getservbyport", kw)?;
    super::fn_arity("getservbyport", args.len(), 1, 2)?;
    let port = expect_c_int(args[0])?;
    let proto = opt_proto(args.get(1).copied(), "getservbyport() argument 2")?;
    if !(0..=0xffff).contains(&port) {
        return Err(overflow_error("getservbyport: port must be 0-65535."));
    }
    // SAFETY: as getservbyname.
    let sp = unsafe { libc::getservbyport((port as u16).to_be() as i32, proto.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())) };
    if sp.is_null() {
        return Err(PyErr::new(&OS_ERROR, "port/proto not found"));
    }
    // SAFETY: non-null entry with a NUL-terminated name.
    Ok(new_str(unsafe { CStr::from_ptr((*sp).s_name) }.to_string_lossy().into_owned()))
}

pub fn s_getprotobyname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("getprotobyname", kw)?;
    super::fn_arity("getprotobyname", args.len(), 1, 1)?;
    let name = cstr(crate::object::args::expect_str(args[0], "getprotobyname() argument")?)?;
    // SAFETY: NUL-terminated name; libc's static entry.
    let sp = unsafe { libc::getprotobyname(name.as_ptr()) };
    if sp.is_null() {
        return Err(PyErr::new(&OS_ERROR, "protocol not found"));
    }
    // SAFETY: non-null entry.
    Ok(new_int(unsafe { (*sp).p_proto } as i64))
}

pub fn s_if_nameindex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::no_args("if_nameindex", args, kw)?;
    // SAFETY: returns an array terminated by a zero entry, or null.
    let ni = unsafe { libc::if_nameindex() };
    if ni.is_null() {
        return Err(os_err(errno(), None, None));
    }
    let mut items = Vec::new();
    let mut i = 0;
    loop {
        // SAFETY: walking the array up to its terminator.
        let e = unsafe { &*ni.add(i) };
        if e.if_index == 0 {
            break;
        }
        // SAFETY: NUL-terminated interface name.
        let name = unsafe { CStr::from_ptr(e.if_name) }.to_string_lossy().into_owned();
        items.push(new_tuple(vec![new_int(e.if_index as i64), new_str(name)]));
        i += 1;
    }
    // SAFETY: ni came from if_nameindex.
    unsafe { libc::if_freenameindex(ni) };
    Ok(new_list(items))
}

pub fn s_if_nametoindex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("if_nametoindex", kw)?;
    super::fn_arity("if_nametoindex", args.len(), 1, 1)?;
    let name = cstr(&host_text(args[0])?)?;
    // SAFETY: NUL-terminated name.
    let idx = unsafe { libc::if_nametoindex(name.as_ptr()) };
    if idx == 0 {
        return Err(PyErr::new(&OS_ERROR, "no interface with this name"));
    }
    Ok(new_int(idx as i64))
}

pub fn s_if_indextoname(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("if_indextoname", kw)?;
    super::fn_arity("if_indextoname", args.len(), 1, 1)?;
    let idx = crate::object::args::expect_index(args[0])?;
    if !(0..=u32::MAX as isize).contains(&idx) {
        return Err(overflow_error("index too large"));
    }
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE + 1];
    // SAFETY: buffer of IF_NAMESIZE bytes at least.
    let p = unsafe { libc::if_indextoname(idx as u32, buf.as_mut_ptr()) };
    if p.is_null() {
        return Err(os_err(errno(), None, None));
    }
    // SAFETY: NUL-terminated name in buf.
    Ok(new_str(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()))
}
