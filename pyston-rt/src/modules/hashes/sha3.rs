//! `_sha3`: the SHA-3 types (`sha3_224` .. `sha3_512`) and the SHAKE
//! extendable-output functions (`shake_128`, `shake_256`, whose `digest`
//! and `hexdigest` take the output length).

use super::{hash_of, hex, make_module, new_hash, with_data, Algo};
use super::{SHA3_224_TYPE, SHA3_256_TYPE, SHA3_384_TYPE, SHA3_512_TYPE, SHAKE128_TYPE, SHAKE256_TYPE};
use crate::object::args::{self, Params};
use crate::object::bytes::{bytes_from_slice, new_bytes};
use crate::object::exceptions::{type_error, value_error, PyErr, OVERFLOW_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{int_value_big, new_int};
use crate::object::str::{new_ascii_str, new_str};
use crate::object::typeobj::{GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use num_traits::{Signed, ToPrimitive};

pub static SHA3_GETSETS: [GetSetDef; 6] = [
    GetSetDef { name: "name", get: super::h_name, set: None, doc: "" },
    GetSetDef { name: "digest_size", get: super::h_digest_size, set: None, doc: "" },
    GetSetDef { name: "block_size", get: super::h_block_size, set: None, doc: "" },
    GetSetDef { name: "_capacity_bits", get: capacity_bits, set: None, doc: "" },
    GetSetDef { name: "_rate_bits", get: rate_bits, set: None, doc: "" },
    GetSetDef { name: "_suffix", get: suffix, set: None, doc: "" },
];

pub static SHAKE_METHODS: [MethodDef; 4] = [
    MethodDef { name: "update", func: super::h_update, flags: 0, doc: "Update this hash object's state with the provided bytes-like object." },
    MethodDef { name: "digest", func: shake_digest, flags: 0, doc: "Return the digest value as a bytes object." },
    MethodDef { name: "hexdigest", func: shake_hexdigest, flags: 0, doc: "Return the digest value as a string of hexadecimal digits." },
    MethodDef { name: "copy", func: super::h_copy, flags: 0, doc: "Return a copy of the hash object." },
];

/// `sha3_256(data=b'', /, *, usedforsecurity=True)` for every SHA-3 and
/// SHAKE type (CPython 3.11 names every one `sha3_224()` in its errors).
pub fn sha3_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params { fname: "sha3_224", names: &["data", "usedforsecurity"], required: 0, posonly: 1, kwonly: 1 }.parse(a, kw, &mut out)?;
    let algo = if t.is_subtype(&SHA3_224_TYPE) {
        Algo::Sha3_224(Default::default())
    } else if t.is_subtype(&SHA3_256_TYPE) {
        Algo::Sha3_256(Default::default())
    } else if t.is_subtype(&SHA3_384_TYPE) {
        Algo::Sha3_384(Default::default())
    } else if t.is_subtype(&SHA3_512_TYPE) {
        Algo::Sha3_512(Default::default())
    } else if t.is_subtype(&SHAKE128_TYPE) {
        Algo::Shake128(Default::default())
    } else {
        Algo::Shake256(Default::default())
    };
    Ok(new_hash(t, with_data(algo, out[0])?))
}

fn rate_bytes(o: &PyObject) -> usize {
    hash_of(o).state().info().2
}

fn capacity_bits(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(1600 - 8 * rate_bytes(o) as i64))
}

fn rate_bits(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(8 * rate_bytes(o) as i64))
}

fn suffix(o: &PyObject) -> PyResult<PyRef> {
    let xof = hash_of(o).state().is_xof();
    Ok(bytes_from_slice(if xof { b"\x1f" } else { b"\x06" }))
}

/// The `length` argument of a shake digest (C `unsigned long`, below 2**29).
fn xof_length(qual: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<usize> {
    let n = args::one_arg(qual, &a[1..], kw)?;
    let n = protocol::index(n).map_err(|_| type_error("an integer is required"))?;
    let v = int_value_big(&n).expect("int");
    if v.is_negative() {
        return Err(value_error("value must be positive"));
    }
    let Some(v) = v.to_u64() else {
        return Err(PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C unsigned long"));
    };
    if v >= 1 << 29 {
        return Err(value_error("length is too large"));
    }
    Ok(v as usize)
}

fn shake_digest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = xof_length(&super::qualname(a[0], "digest"), a, kw)?;
    Ok(new_bytes(hash_of(a[0]).state().digest(n)))
}

fn shake_hexdigest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = xof_length(&super::qualname(a[0], "hexdigest"), a, kw)?;
    Ok(new_ascii_str(hex(&hash_of(a[0]).state().digest(n))))
}

pub fn init() -> PyResult<PyRef> {
    Ok(make_module(
        "_sha3",
        &[],
        vec![
            ("sha3_224", SHA3_224_TYPE.to_ref()),
            ("sha3_256", SHA3_256_TYPE.to_ref()),
            ("sha3_384", SHA3_384_TYPE.to_ref()),
            ("sha3_512", SHA3_512_TYPE.to_ref()),
            ("shake_128", SHAKE128_TYPE.to_ref()),
            ("shake_256", SHAKE256_TYPE.to_ref()),
            ("implementation", new_str("tiny_sha3")),
            ("keccakopt", new_int(0)),
        ],
    ))
}
