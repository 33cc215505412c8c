//! Socket addresses: Python address objects (`(host, port)`, the IPv6
//! 4-tuple, a Unix path) to `sockaddr` and back (CPython's
//! `getsockaddrarg`/`makesockaddr`), and host names to IP addresses
//! (`setipaddr`).

use super::netdb::gai_error;
use crate::object::exceptions::{overflow_error, type_error, PyErr, OS_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::PyResult;
use std::ffi::CString;

extern "C" {
    // POSIX address text conversions (glibc; not in the libc crate).
    pub fn inet_ntop(af: libc::c_int, src: *const libc::c_void, dst: *mut libc::c_char, size: libc::socklen_t) -> *const libc::c_char;
    pub fn inet_pton(af: libc::c_int, src: *const libc::c_char, dst: *mut libc::c_void) -> libc::c_int;
}

/// A socket address with its length.
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    pub fn empty() -> SockAddr {
        // SAFETY: sockaddr_storage is plain data; all zeros is valid.
        SockAddr { storage: unsafe { std::mem::zeroed() }, len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t }
    }
    pub fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }
    pub fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }
}

/// A host argument as text: str (ASCII or IDNA-less UTF-8), bytes or bytearray.
pub fn host_text(o: &PyObject) -> PyResult<String> {
    if let Some(s) = str_value(o) {
        return Ok(s.to_string());
    }
    if o.is_instance_of(&crate::object::bytes::BYTES_TYPE) || crate::object::bytearray::as_bytearray(o).is_some() {
        let b = crate::object::bytes::buffer_bytes(o).unwrap_or(&[]);
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(type_error(format!("str, bytes or bytearray expected, not {}", o.type_().name())))
}

pub fn cstr(s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| type_error("host name must not contain null character"))
}

/// Resolve `name` for family `af` into `out` (CPython's `setipaddr`): ''
/// is the wildcard address, `<broadcast>` the broadcast address, numeric
/// addresses are parsed, anything else goes through getaddrinfo.
pub fn set_ip_addr(name: &str, af: i32, out: &mut SockAddr) -> PyResult<i32> {
    // SAFETY: zeroing plain data.
    out.storage = unsafe { std::mem::zeroed() };
    if name.is_empty() {
        // The wildcard address of the family.
        if af == libc::AF_INET6 {
            sin6_mut(out).sin6_family = libc::AF_INET6 as libc::sa_family_t;
            out.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            return Ok(libc::AF_INET6);
        }
        sin_mut(out).sin_family = libc::AF_INET as libc::sa_family_t;
        out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        return Ok(libc::AF_INET);
    }
    if name == "255.255.255.255" || name == "<broadcast>" {
        if af != libc::AF_INET && af != libc::AF_UNSPEC {
            return Err(PyErr::new(&OS_ERROR, "address family mismatched"));
        }
        let sin = sin_mut(out);
        sin.sin_family = libc::AF_INET as libc::sa_family_t;
        sin.sin_addr.s_addr = u32::MAX;
        out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        return Ok(libc::AF_INET);
    }
    // Numeric IPv4 (only the dotted-quad form, as CPython checks first).
    if af == libc::AF_INET || af == libc::AF_UNSPEC {
        if let Ok(ip) = name.parse::<std::net::Ipv4Addr>() {
            let sin = sin_mut(out);
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_addr.s_addr = u32::from_ne_bytes(ip.octets());
            out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
            return Ok(libc::AF_INET);
        }
    }
    if af == libc::AF_INET6 || af == libc::AF_UNSPEC {
        if let Ok(ip) = name.parse::<std::net::Ipv6Addr>() {
            let sin6 = sin6_mut(out);
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_addr.s6_addr = ip.octets();
            out.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            return Ok(libc::AF_INET6);
        }
    }
    let mut hints = zeroed_hints();
    hints.ai_family = af;
    resolve_into(Some(name), &hints, out)
}

fn zeroed_hints() -> libc::addrinfo {
    // SAFETY: addrinfo is plain data; zero is "no constraint".
    unsafe { std::mem::zeroed() }
}

/// The first getaddrinfo result for `name` copied into `out`.
fn resolve_into(name: Option<&str>, hints: &libc::addrinfo, out: &mut SockAddr) -> PyResult<i32> {
    let c = match name {
        Some(n) => Some(cstr(n)?),
        None => None,
    };
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid hints, NUL-terminated name (or null), out-pointer for the list.
    let r = unsafe { libc::getaddrinfo(c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()), std::ptr::null(), hints, &mut res) };
    if r != 0 {
        return Err(gai_error(r));
    }
    // SAFETY: getaddrinfo succeeded, so res points at at least one entry.
    let ai = unsafe { &*res };
    let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
    // SAFETY: copying n bytes of the entry's address into our storage.
    unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, &mut out.storage as *mut _ as *mut u8, n) };
    out.len = n as libc::socklen_t;
    let fam = ai.ai_family;
    // SAFETY: res came from getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    Ok(fam)
}

fn sin_mut(a: &mut SockAddr) -> &mut libc::sockaddr_in {
    // SAFETY: sockaddr_storage is large and aligned enough for every sockaddr type.
    unsafe { &mut *(&mut a.storage as *mut _ as *mut libc::sockaddr_in) }
}

fn sin6_mut(a: &mut SockAddr) -> &mut libc::sockaddr_in6 {
    // SAFETY: as above.
    unsafe { &mut *(&mut a.storage as *mut _ as *mut libc::sockaddr_in6) }
}

/// The text form of an IPv4 address in network order.
pub fn ipv4_text(s_addr: u32) -> String {
    std::net::Ipv4Addr::from(u32::from_be(s_addr)).to_string()
}

/// The text form of an IPv6 address, as inet_ntop writes it.
pub fn ipv6_text(b: &[u8; 16]) -> String {
    let mut buf = [0 as libc::c_char; 64];
    // SAFETY: b is 16 bytes, buf is large enough for any IPv6 text.
    let p = unsafe { inet_ntop(libc::AF_INET6, b.as_ptr() as *const libc::c_void, buf.as_mut_ptr(), buf.len() as libc::socklen_t) };
    if p.is_null() {
        return String::new();
    }
    // SAFETY: inet_ntop wrote a NUL-terminated string.
    unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()
}

/// Convert a Python address for a socket of family `family`
/// (CPython's `getsockaddrarg`); `caller` names the method in messages.
pub fn sockaddr_arg(family: i32, a: &PyObject, caller: &str) -> PyResult<SockAddr> {
    let mut out = SockAddr::empty();
    match family {
        libc::AF_UNIX => {
            let path: Vec<u8> = if let Some(s) = str_value(a) {
                s.as_bytes().to_vec()
            } else if let Some(b) = crate::object::bytes::buffer_bytes(a) {
                b.to_vec()
            } else {
                return Err(type_error(format!("a bytes-like object is required, not '{}'", a.type_().name())));
            };
            // SAFETY: storage is large enough for sockaddr_un.
            let sun = unsafe { &mut *(&mut out.storage as *mut _ as *mut libc::sockaddr_un) };
            if path.len() > sun.sun_path.len() || (path.first() != Some(&0) && path.len() >= sun.sun_path.len()) {
                return Err(PyErr::new(&OS_ERROR, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (i, b) in path.iter().enumerate() {
                sun.sun_path[i] = *b as libc::c_char;
            }
            let base = std::mem::size_of::<libc::sa_family_t>();
            // Abstract names (leading NUL) have no terminator; paths have one.
            out.len = (base + path.len() + usize::from(path.first() != Some(&0))) as libc::socklen_t;
            Ok(out)
        }
        libc::AF_INET => {
            let Some(items) = crate::object::tuple::as_tuple(a).map(|_| tuple_slice(a).unwrap_or(&[])) else {
                return Err(type_error(format!("{}(): AF_INET address must be tuple, not {}", caller, a.type_().name())));
            };
            if items.len() != 2 {
                return Err(type_error("AF_INET address must be a pair (host, port)"));
            }
            let host = host_text(&items[0])?;
            let port = crate::object::args::expect_c_int(&items[1])?;
            set_ip_addr(&host, libc::AF_INET, &mut out)?;
            if !(0..=0xffff).contains(&port) {
                return Err(overflow_error(format!("{}(): port must be 0-65535.", caller)));
            }
            let sin = sin_mut(&mut out);
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = (port as u16).to_be();
            out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
            Ok(out)
        }
        libc::AF_INET6 => {
            let Some(items) = crate::object::tuple::as_tuple(a).map(|_| tuple_slice(a).unwrap_or(&[])) else {
                return Err(type_error(format!("{}(): AF_INET6 address must be tuple, not {}", caller, a.type_().name())));
            };
            if !(2..=4).contains(&items.len()) {
                return Err(type_error("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"));
            }
            let host = host_text(&items[0])?;
            let port = crate::object::args::expect_c_int(&items[1])?;
            let flow = match items.get(2) {
                Some(f) => crate::object::args::expect_index(f)? as i64,
                None => 0,
            };
            let scope = match items.get(3) {
                Some(f) => crate::object::args::expect_index(f)? as i64,
                None => 0,
            };
            set_ip_addr(&host, libc::AF_INET6, &mut out)?;
            if !(0..=0xffff).contains(&port) {
                return Err(overflow_error(format!("{}(): port must be 0-65535.", caller)));
            }
            if !(0..=0xfffff).contains(&flow) {
                return Err(overflow_error(format!("{}(): flowinfo must be 0-1048575.", caller)));
            }
            let sin6 = sin6_mut(&mut out);
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = (port as u16).to_be();
            sin6.sin6_flowinfo = (flow as u32).to_be();
            sin6.sin6_scope_id = scope as u32;
            out.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            Ok(out)
        }
        _ => Err(PyErr::new(&OS_ERROR, format!("{}(): bad family", caller))),
    }
}

/// The Python form of a socket address (CPython's `makesockaddr`); None
/// for an empty address.
pub fn make_sockaddr(a: &SockAddr) -> PyRef {
    if a.len == 0 {
        return crate::object::singletons::none();
    }
    let fam = a.storage.ss_family as i32;
    match fam {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin = unsafe { &*(a.ptr() as *const libc::sockaddr_in) };
            new_tuple(vec![new_str(ipv4_text(sin.sin_addr.s_addr)), new_int(u16::from_be(sin.sin_port) as i64)])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let sin6 = unsafe { &*(a.ptr() as *const libc::sockaddr_in6) };
            new_tuple(vec![
                new_str(ipv6_text(&sin6.sin6_addr.s6_addr)),
                new_int(u16::from_be(sin6.sin6_port) as i64),
                new_int(u32::from_be(sin6.sin6_flowinfo) as i64),
                new_int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let sun = unsafe { &*(a.ptr() as *const libc::sockaddr_un) };
            let base = std::mem::size_of::<libc::sa_family_t>();
            let n = (a.len as usize).saturating_sub(base).min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
            if raw.first() == Some(&0) {
                // Linux abstract namespace: bytes, as CPython returns.
                return crate::object::bytes::new_bytes(raw);
            }
            let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
            new_str(String::from_utf8_lossy(&raw[..end]).into_owned())
        }
        _ => new_tuple(vec![new_int(fam as i64), crate::object::bytes::new_bytes(Vec::new())]),
    }
}
