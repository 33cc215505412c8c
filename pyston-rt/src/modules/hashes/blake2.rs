//! `_blake2`: `blake2b` and `blake2s` with every BLAKE2 parameter
//! (digest size, key, salt, personalization and the tree-hashing
//! parameters), validated in CPython's order with its messages.

use super::{make_module, new_hash, with_data, Algo, BLAKE2B_TYPE, BLAKE2S_TYPE};
use crate::object::args::{self, Params};
use crate::object::bytes::expect_buffer;
use crate::object::exceptions::{value_error, PyErr, OVERFLOW_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{int_value_big, new_int};
use crate::object::typeobj::TypeObject;
use crate::object::{protocol, PyResult};
use num_traits::{Signed, ToPrimitive};

/// Sizes of one BLAKE2 variant.
struct Variant {
    name: &'static str,
    out: usize,
    key: usize,
    salt: usize,
    person: usize,
    max_node_offset: u64,
}

const B: Variant = Variant { name: "blake2b", out: 64, key: 64, salt: 16, person: 16, max_node_offset: u64::MAX };
const S: Variant = Variant { name: "blake2s", out: 32, key: 32, salt: 8, person: 8, max_node_offset: (1 << 48) - 1 };

const NAMES: [&str; 13] = [
    "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size",
    "last_node", "usedforsecurity",
];

/// An `int` argument (C int).
fn c_int(o: &PyObject) -> PyResult<i64> {
    let v = args::expect_index(o)? as i64;
    if v > i32::MAX as i64 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "signed integer is greater than maximum"));
    }
    if v < i32::MIN as i64 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "signed integer is less than minimum"));
    }
    Ok(v)
}

/// An unsigned C integer argument (`unsigned long long`).
fn c_unsigned(o: &PyObject) -> PyResult<u64> {
    let v = protocol::index(o)?;
    let v = int_value_big(&v).expect("int");
    if v.is_negative() {
        return Err(value_error("value must be positive"));
    }
    v.to_u64().ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "int too big to convert"))
}

/// The parsed, validated parameters.
struct Parsed {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: usize,
    last_node: bool,
}

fn parse<'a>(v: &Variant, a: &[&'a PyObject], kw: Option<&PyObject>) -> PyResult<(Parsed, Option<&'a PyObject>)> {
    let mut out = [None; 13];
    Params { fname: v.name, names: &NAMES, required: 0, posonly: 1, kwonly: 1 }.parse(a, kw, &mut out)?;
    let int_or = |i: usize, d: i64| out[i].map_or(Ok(d), c_int);
    let buf_or_empty = |i: usize| out[i].map_or(Ok(Vec::new()), |o| expect_buffer(o).map(|b| b.to_vec()));
    let digest_size = int_or(1, v.out as i64)?;
    let key = buf_or_empty(2)?;
    let salt = buf_or_empty(3)?;
    let person = buf_or_empty(4)?;
    let fanout = int_or(5, 1)?;
    let depth = int_or(6, 1)?;
    let leaf_size = out[7].map_or(Ok(0), c_unsigned)?;
    let node_offset = out[8].map_or(Ok(0), c_unsigned)?;
    let node_depth = int_or(9, 0)?;
    let inner_size = int_or(10, 0)?;
    let last_node = out[11].map_or(Ok(false), protocol::is_true)?;

    if digest_size <= 0 || digest_size > v.out as i64 {
        return Err(value_error(format!("digest_size must be between 1 and {} bytes", v.out)));
    }
    if salt.len() > v.salt {
        return Err(value_error(format!("maximum salt length is {} bytes", v.salt)));
    }
    if person.len() > v.person {
        return Err(value_error(format!("maximum person length is {} bytes", v.person)));
    }
    if !(0..=255).contains(&fanout) {
        return Err(value_error("fanout must be between 0 and 255"));
    }
    if !(1..=255).contains(&depth) {
        return Err(value_error("depth must be between 1 and 255"));
    }
    if leaf_size > u32::MAX as u64 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "leaf_size is too large"));
    }
    if node_offset > v.max_node_offset {
        return Err(PyErr::new(&OVERFLOW_ERROR, "node_offset is too large"));
    }
    if !(0..=255).contains(&node_depth) {
        return Err(value_error("node_depth must be between 0 and 255"));
    }
    if inner_size < 0 || inner_size > v.out as i64 {
        return Err(value_error(format!("inner_size must be between 0 and is {}", v.out)));
    }
    if key.len() > v.key {
        return Err(value_error(format!("maximum key length is {} bytes", v.key)));
    }
    let p = Parsed {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset,
        node_depth: node_depth as u8,
        inner_size: inner_size as usize,
        last_node,
    };
    Ok((p, out[0]))
}

pub fn blake2b_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (p, data) = parse(&B, a, kw)?;
    let state = blake2b_simd::Params::new()
        .hash_length(p.digest_size)
        .key(&p.key)
        .salt(&p.salt)
        .personal(&p.person)
        .fanout(p.fanout)
        .max_depth(p.depth)
        .max_leaf_length(p.leaf_size)
        .node_offset(p.node_offset)
        .node_depth(p.node_depth)
        .inner_hash_length(p.inner_size)
        .last_node(p.last_node)
        .to_state();
    Ok(new_hash(t, with_data(Algo::Blake2b(state, p.digest_size), data)?))
}

pub fn blake2s_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (p, data) = parse(&S, a, kw)?;
    let state = blake2s_simd::Params::new()
        .hash_length(p.digest_size)
        .key(&p.key)
        .salt(&p.salt)
        .personal(&p.person)
        .fanout(p.fanout)
        .max_depth(p.depth)
        .max_leaf_length(p.leaf_size)
        .node_offset(p.node_offset)
        .node_depth(p.node_depth)
        .inner_hash_length(p.inner_size)
        .last_node(p.last_node)
        .to_state();
    Ok(new_hash(t, with_data(Algo::Blake2s(state, p.digest_size), data)?))
}

pub fn init() -> PyResult<PyRef> {
    let mut entries = vec![("blake2b", BLAKE2B_TYPE.to_ref()), ("blake2s", BLAKE2S_TYPE.to_ref())];
    for (pre, v) in [("BLAKE2B", &B), ("BLAKE2S", &S)] {
        let n = |x: usize| new_int(x as i64);
        entries.push((if pre == "BLAKE2B" { "BLAKE2B_SALT_SIZE" } else { "BLAKE2S_SALT_SIZE" }, n(v.salt)));
        entries.push((if pre == "BLAKE2B" { "BLAKE2B_PERSON_SIZE" } else { "BLAKE2S_PERSON_SIZE" }, n(v.person)));
        entries.push((if pre == "BLAKE2B" { "BLAKE2B_MAX_KEY_SIZE" } else { "BLAKE2S_MAX_KEY_SIZE" }, n(v.key)));
        entries.push((if pre == "BLAKE2B" { "BLAKE2B_MAX_DIGEST_SIZE" } else { "BLAKE2S_MAX_DIGEST_SIZE" }, n(v.out)));
    }
    let m = make_module("_blake2", &[], entries);
    // The class attributes CPython sets on both types.
    for (t, v) in [(&BLAKE2B_TYPE, &B), (&BLAKE2S_TYPE, &S)] {
        let d = t.dict();
        for (k, x) in [("SALT_SIZE", v.salt), ("PERSON_SIZE", v.person), ("MAX_KEY_SIZE", v.key), ("MAX_DIGEST_SIZE", v.out)] {
            crate::object::dict::dict_set_item_str(d, k, new_int(x as i64));
        }
        t.modified();
    }
    Ok(m)
}
