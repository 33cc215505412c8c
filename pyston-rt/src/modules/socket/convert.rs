//! Pure conversions: byte order (`htons`/`htonl`/...), IP address text
//! and packed forms (`inet_aton`/`inet_ntoa`/`inet_pton`/`inet_ntop`),
//! and the ancillary-data sizes `CMSG_LEN`/`CMSG_SPACE`.

use super::addr::{ipv4_text, ipv6_text};
use crate::modules::posix::os_err;
use crate::object::args::{expect_c_int, expect_index, no_kwargs};
use crate::object::bytes::{bytes_from_slice, expect_buffer};
use crate::object::exceptions::{overflow_error, type_error, value_error, PyErr, OS_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_int, INT_TYPE};
use crate::object::str::new_str;
use crate::object::PyResult;

extern "C" {
    // glibc's inet_aton (accepts the short forms `1.2.3`, `0x7f.1`).
    fn inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
}

fn one<'a>(name: &str, args: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<&'a PyObject> {
    no_kwargs(name, kw)?;
    super::fn_arity(name, args.len(), 1, 1)?;
    Ok(args[0])
}

fn short_arg(name: &str, o: &PyObject) -> PyResult<u16> {
    let x = expect_c_int(o)?;
    if x < 0 {
        return Err(overflow_error(format!("{}: can't convert negative Python int to C 16-bit unsigned integer", name)));
    }
    if x > 0xffff {
        return Err(overflow_error(format!("{}: Python int too large to convert to C 16-bit unsigned integer", name)));
    }
    Ok(x as u16)
}

fn long_arg(o: &PyObject) -> PyResult<u32> {
    if !o.is_instance_of(&INT_TYPE) {
        return Err(type_error(format!("expected int, {} found", o.type_().name())));
    }
    let v = crate::object::int::as_int(o).and_then(|i| i.as_i64());
    match v {
        Some(x) if x < 0 => Err(overflow_error("can't convert negative value to unsigned int")),
        Some(x) if x <= u32::MAX as i64 => Ok(x as u32),
        _ => {
            if crate::object::protocol::rich_compare_bool(o, &new_int(0), crate::bytecode::CmpKind::Lt)? {
                return Err(overflow_error("can't convert negative value to unsigned int"));
            }
            if v.is_some() {
                return Err(overflow_error("int larger than 32 bits"));
            }
            Err(overflow_error("Python int too large to convert to C unsigned long"))
        }
    }
}

pub fn s_htons(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(short_arg("htons", one("htons", args, kw)?)?.to_be() as i64))
}

pub fn s_ntohs(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(u16::from_be(short_arg("ntohs", one("ntohs", args, kw)?)?) as i64))
}

pub fn s_htonl(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(long_arg(one("htonl", args, kw)?)?.to_be() as i64))
}

pub fn s_ntohl(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(u32::from_be(long_arg(one("ntohl", args, kw)?)?) as i64))
}

pub fn s_inet_aton(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one("inet_aton", args, kw)?;
    let s = crate::object::str::str_value(o)
        .ok_or_else(|| type_error(format!("inet_aton() argument 1 must be str, not {}", o.type_().name())))?;
    let c = std::ffi::CString::new(s).map_err(|_| value_error("embedded null character"))?;
    let mut a = libc::in_addr { s_addr: 0 };
    // SAFETY: NUL-terminated text and an in_addr to fill.
    if unsafe { inet_aton(c.as_ptr(), &mut a) } == 0 {
        return Err(PyErr::new(&OS_ERROR, "illegal IP address string passed to inet_aton"));
    }
    Ok(bytes_from_slice(&a.s_addr.to_ne_bytes()))
}

pub fn s_inet_ntoa(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let b = expect_buffer(one("inet_ntoa", args, kw)?)?;
    if b.len() != 4 {
        return Err(PyErr::new(&OS_ERROR, "packed IP wrong length for inet_ntoa"));
    }
    Ok(new_str(ipv4_text(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))))
}

pub fn s_inet_pton(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("inet_pton", kw)?;
    super::fn_arity("inet_pton", args.len(), 2, 2)?;
    let af = expect_c_int(args[0])?;
    let s = crate::object::str::str_value(args[1])
        .ok_or_else(|| type_error(format!("inet_pton() argument 2 must be str, not {}", args[1].type_().name())))?;
    let c = std::ffi::CString::new(s).map_err(|_| value_error("embedded null character"))?;
    let mut buf = [0u8; 16];
    // SAFETY: NUL-terminated text, a 16-byte output buffer.
    let r = unsafe { super::addr::inet_pton(af, c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_void) };
    match r {
        1 => Ok(bytes_from_slice(if af == libc::AF_INET { &buf[..4] } else { &buf[..] })),
        0 => Err(PyErr::new(&OS_ERROR, "illegal IP address string passed to inet_pton")),
        _ => Err(os_err(crate::modules::posix::errno(), None, None)),
    }
}

pub fn s_inet_ntop(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("inet_ntop", kw)?;
    super::fn_arity("inet_ntop", args.len(), 2, 2)?;
    let af = expect_c_int(args[0])?;
    let b = expect_buffer(args[1])?;
    match af {
        libc::AF_INET => {
            if b.len() != 4 {
                return Err(value_error("invalid length of packed IP address string"));
            }
            Ok(new_str(ipv4_text(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))))
        }
        libc::AF_INET6 => {
            if b.len() != 16 {
                return Err(value_error("invalid length of packed IP address string"));
            }
            let mut a = [0u8; 16];
            a.copy_from_slice(b);
            Ok(new_str(ipv6_text(&a)))
        }
        _ => Err(value_error(format!("unknown address family {}", af))),
    }
}

fn cmsg_arg(name: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<usize> {
    let n = expect_index(one(name, args, kw)?)?;
    if n < 0 || n as usize > (i32::MAX as usize) - 64 {
        return Err(overflow_error(format!("{}() argument out of range", name)));
    }
    Ok(n as usize)
}

pub fn s_cmsg_len(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = cmsg_arg("CMSG_LEN", args, kw)?;
    // SAFETY: a pure size computation.
    Ok(new_int(unsafe { libc::CMSG_LEN(n as u32) } as i64))
}

pub fn s_cmsg_space(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = cmsg_arg("CMSG_SPACE", args, kw)?;
    // SAFETY: a pure size computation.
    Ok(new_int(unsafe { libc::CMSG_SPACE(n as u32) } as i64))
}
