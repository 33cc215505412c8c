//! The `_uuid` module: `generate_time_safe()` returning a version-1
//! (time-based) UUID as 16 bytes and libuuid's "safe" flag (-1: generated
//! without uuidd's synchronisation, as libuuid reports in that case), and
//! `has_uuid_generate_time_safe`. The node is a per-process random 48-bit
//! number with the multicast bit set (RFC 4122 section 4.5), the clock
//! sequence random, and timestamps strictly increasing within the process.

use crate::object::bytes::new_bytes;
use crate::object::header::{PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::module::new_native_module;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;
use std::cell::Cell;

/// 100-ns intervals between 1582-10-15 (the Gregorian reform) and the Unix
/// epoch.
const GREGORIAN_OFFSET: u64 = 0x01B2_1DD2_1381_4000;

/// (node, clock sequence, last timestamp); node 0 means not yet chosen.
static STATE: Static<Cell<(u64, u16, u64)>> = Static(Cell::new((0, 0, 0)));

fn random_bytes(buf: &mut [u8]) {
    let mut got = 0;
    while got < buf.len() {
        // SAFETY: the pointer and length describe the unfilled tail of `buf`.
        let n = unsafe { libc::getrandom(buf[got..].as_mut_ptr().cast(), buf.len() - got, 0) };
        if n <= 0 {
            // Fall back to the clock and pid mixed in (getrandom failing is
            // not expected on Linux).
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
            let mut x = t ^ (std::process::id() as u64).rotate_left(32);
            for b in &mut buf[got..] {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *b = x as u8;
            }
            return;
        }
        got += n as usize;
    }
}

fn generate_time_safe(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("_uuid.generate_time_safe", a, kw)?;
    let (mut node, mut clock_seq, last) = STATE.get();
    if node == 0 {
        let mut b = [0u8; 8];
        random_bytes(&mut b);
        node = u64::from_be_bytes([0, 0, b[0] | 0x01, b[1], b[2], b[3], b[4], b[5]]);
        clock_seq = u16::from_be_bytes([b[6], b[7]]) & 0x3FFF;
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() / 100) as u64;
    let mut ts = now.wrapping_add(GREGORIAN_OFFSET);
    if ts <= last {
        ts = last + 1;
    }
    STATE.set((node, clock_seq, ts));
    let mut out = Vec::with_capacity(16);
    out.extend_from_slice(&((ts & 0xFFFF_FFFF) as u32).to_be_bytes());
    out.extend_from_slice(&(((ts >> 32) & 0xFFFF) as u16).to_be_bytes());
    out.extend_from_slice(&((((ts >> 48) & 0x0FFF) as u16) | 0x1000).to_be_bytes());
    out.push(((clock_seq >> 8) as u8 & 0x3F) | 0x80);
    out.push(clock_seq as u8);
    out.extend_from_slice(&node.to_be_bytes()[2..]);
    Ok(new_tuple(vec![new_bytes(out), new_int(-1)]))
}

static FUNCS: [MethodDef; 1] = [MethodDef {
    name: "generate_time_safe",
    func: generate_time_safe,
    flags: 0,
    doc: "",
}];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("_uuid", &FUNCS, vec![("has_uuid_generate_time_safe", new_int(1))]))
}
