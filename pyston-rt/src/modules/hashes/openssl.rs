//! `_hashlib`, the module CPython builds over OpenSSL, here over the same
//! RustCrypto / BLAKE2 states as the builtin hash modules: `HASH` /
//! `HASHXOF` objects from `new(name)` and `openssl_<name>()`, `HMAC`
//! (`hmac_new`, `hmac_digest`), `pbkdf2_hmac`, `compare_digest`,
//! `openssl_md_meth_names`, `get_fips_mode`, `UnsupportedDigestmodError`
//! and the `_constructors` map `hmac` uses. Names are resolved as
//! OpenSSL does (case-insensitive, `sha-256`, `shake128`, `blake2b512`).
//! No `scrypt` (hashlib only offers it when present).

use super::{data_arg, hex, Algo, PyHash};
use crate::modules::module_exc::module_exception;
use crate::object::args::{self, Params};
use crate::object::bytes::new_bytes;
use crate::object::descr::{PyBuiltinFunction, BUILTIN_FUNCTION_TYPE};
use crate::object::dict::{dict_set, new_dict};
use crate::object::exceptions::{type_error, value_error, PyErr, OVERFLOW_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::module::{as_module, new_native_module};
use crate::object::set::{new_frozenset, new_set, set_add};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_ascii_str, new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, UnsafeCell};

module_exception!(UNSUPPORTED_TYPE = "_hashlib", "UnsupportedDigestmodError", &crate::object::exceptions::VALUE_ERROR, "");

/// The algorithms, by CPython's name.
const NAMES: [&str; 14] = [
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
    "blake2b", "blake2s",
];

/// A fresh state for the (OpenSSL-spelled) digest `name`.
fn algo_by_name(name: &str) -> Option<Algo> {
    let n = name.to_ascii_lowercase();
    Some(match n.as_str() {
        "md5" => Algo::Md5(Default::default()),
        "sha1" | "sha-1" => Algo::Sha1(Default::default()),
        "sha224" | "sha-224" | "sha2-224" => Algo::Sha224(Default::default()),
        "sha256" | "sha-256" | "sha2-256" => Algo::Sha256(Default::default()),
        "sha384" | "sha-384" | "sha2-384" => Algo::Sha384(Default::default()),
        "sha512" | "sha-512" | "sha2-512" => Algo::Sha512(Default::default()),
        "sha3_224" | "sha3-224" => Algo::Sha3_224(Default::default()),
        "sha3_256" | "sha3-256" => Algo::Sha3_256(Default::default()),
        "sha3_384" | "sha3-384" => Algo::Sha3_384(Default::default()),
        "sha3_512" | "sha3-512" => Algo::Sha3_512(Default::default()),
        "shake_128" | "shake128" => Algo::Shake128(Default::default()),
        "shake_256" | "shake256" => Algo::Shake256(Default::default()),
        "blake2b" | "blake2b512" => Algo::Blake2b(blake2b_simd::Params::new().to_state(), 64),
        "blake2s" | "blake2s256" => Algo::Blake2s(blake2s_simd::Params::new().to_state(), 32),
        _ => return None,
    })
}

fn unsupported() -> PyErr {
    PyErr::new(&UNSUPPORTED_TYPE, "[digital envelope routines] unsupported")
}

// ---------------------------------------------------------------- HASH

static HASH_METHODS: [MethodDef; 4] = [
    MethodDef { name: "update", func: h_update, flags: 0, doc: "Update this hash object's state with the provided string." },
    MethodDef { name: "digest", func: h_digest, flags: 0, doc: "Return the digest value as a bytes object." },
    MethodDef { name: "hexdigest", func: h_hexdigest, flags: 0, doc: "Return the digest value as a string of hexadecimal digits." },
    MethodDef { name: "copy", func: h_copy, flags: 0, doc: "Return a copy of the hash object." },
];

static XOF_METHODS: [MethodDef; 2] = [
    MethodDef { name: "digest", func: x_digest, flags: 0, doc: "Return the digest value as a bytes object." },
    MethodDef { name: "hexdigest", func: x_hexdigest, flags: 0, doc: "Return the digest value as a string of hexadecimal digits." },
];

static HASH_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "name", get: h_name, set: None, doc: "" },
    GetSetDef { name: "digest_size", get: h_digest_size, set: None, doc: "" },
    GetSetDef { name: "block_size", get: h_block_size, set: None, doc: "" },
];

pub static HASH_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyHash>),
    tp_new: slot(no_new),
    tp_repr: Cell::new(Some(h_repr)),
    methods: &HASH_METHODS,
    getsets: &HASH_GETSETS,
    module: Some("_hashlib"),
    doc: Some("A hash is an object used to calculate a checksum of a string of information."),
    ..TypeObject::new_static("HASH", std::mem::size_of::<PyHash>())
});

pub static HASHXOF_TYPE: Static<TypeObject> = Static(TypeObject {
    base: Cell::new(&HASH_TYPE as *const Static<TypeObject> as *mut TypeObject),
    tp_drop: slot(drop_payload::<PyHash>),
    tp_new: slot(no_new),
    methods: &XOF_METHODS,
    module: Some("_hashlib"),
    doc: Some("A hash is an object used to calculate a checksum of a string of information."),
    ..TypeObject::new_static("HASHXOF", std::mem::size_of::<PyHash>())
});

fn no_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(type_error(format!("cannot create '_hashlib.{}' instances", t.name())))
}

fn state(o: &PyObject) -> &mut Algo {
    assert!(o.is_instance_of(&HASH_TYPE), "_hashlib.HASH method on another type");
    // SAFETY: HASH and HASHXOF instances have the PyHash layout (checked).
    unsafe { o.cast::<PyHash>() }.state()
}

fn new_hash_obj(a: Algo) -> PyRef {
    let t: &TypeObject = if a.is_xof() { &HASHXOF_TYPE } else { &HASH_TYPE };
    new_object(t, |ob| PyHash { ob, state: UnsafeCell::new(a) })
}

fn h_repr(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(format!("<{} _hashlib.{} object @ {:#x}>", state(o).info().0, o.type_().name(), o as *const PyObject as usize)))
}

fn h_update(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let data = args::one_arg("HASH.update", &a[1..], kw)?;
    let bytes = data_arg(data)?;
    state(a[0]).update(bytes);
    Ok(none())
}

fn h_digest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("HASH.digest", &a[1..], kw)?;
    Ok(new_bytes(state(a[0]).digest(0)))
}

fn h_hexdigest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("HASH.hexdigest", &a[1..], kw)?;
    Ok(new_ascii_str(hex(&state(a[0]).digest(0))))
}

fn h_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("HASH.copy", &a[1..], kw)?;
    Ok(new_hash_obj(state(a[0]).clone()))
}

fn xof_len(fname: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<usize> {
    let mut out = [None];
    Params::new(fname, &["length"], 1).parse(a, kw, &mut out)?;
    let n = args::expect_index(out[0].expect("required"))?;
    if n < 0 {
        return Err(PyErr::new(&crate::object::exceptions::SYSTEM_ERROR, "Negative size passed to PyBytes_FromStringAndSize"));
    }
    Ok(n as usize)
}

fn x_digest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = xof_len("digest", &a[1..], kw)?;
    Ok(new_bytes(state(a[0]).digest(n)))
}

fn x_hexdigest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = xof_len("hexdigest", &a[1..], kw)?;
    Ok(new_ascii_str(hex(&state(a[0]).digest(n))))
}

fn h_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(state(o).info().0))
}

fn h_digest_size(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(state(o).info().1 as i64))
}

fn h_block_size(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(state(o).info().2 as i64))
}

// ---------------------------------------------------------------- constructors

fn data_of(o: Option<&PyObject>) -> PyResult<Option<&PyObject>> {
    Ok(o.filter(|d| !is_none(d)))
}

fn hash_new(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None];
    Params { fname: "new", names: &["name", "string", "usedforsecurity"], required: 1, posonly: 0, kwonly: 2 }.parse(a, kw, &mut out)?;
    let name = str_value(out[0].unwrap()).ok_or_else(|| type_error(format!("new() argument 'name' must be str, not {}", out[0].unwrap().type_().name())))?;
    let mut algo = algo_by_name(name).ok_or_else(unsupported)?;
    if let Some(d) = data_of(out[1])? {
        algo.update(data_arg(d)?);
    }
    Ok(new_hash_obj(algo))
}

fn named_ctor(fname: &str, name: &str, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params { fname, names: &["string", "usedforsecurity"], required: 0, posonly: 0, kwonly: 1 }.parse(a, kw, &mut out)?;
    let mut algo = algo_by_name(name).expect("known algorithm");
    if let Some(d) = data_of(out[0])? {
        algo.update(data_arg(d)?);
    }
    Ok(new_hash_obj(algo))
}

macro_rules! ctors {
    ($($f:ident => $name:literal,)*) => {
        $(
            fn $f(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
                named_ctor(stringify!($f), $name, a, kw)
            }
        )*
        /// (function name, algorithm) of each `openssl_*` constructor.
        const CTOR_NAMES: &[(&str, &str)] = &[$((stringify!($f), $name)),*];
    };
}

ctors! {
    openssl_md5 => "md5",
    openssl_sha1 => "sha1",
    openssl_sha224 => "sha224",
    openssl_sha256 => "sha256",
    openssl_sha384 => "sha384",
    openssl_sha512 => "sha512",
    openssl_sha3_224 => "sha3_224",
    openssl_sha3_256 => "sha3_256",
    openssl_sha3_384 => "sha3_384",
    openssl_sha3_512 => "sha3_512",
    openssl_shake_128 => "shake_128",
    openssl_shake_256 => "shake_256",
}

// ---------------------------------------------------------------- HMAC

#[repr(C)]
struct Hmac {
    ob: PyObject,
    /// The inner state (key ^ ipad hashed) and the outer one (key ^ opad).
    state: UnsafeCell<(Algo, Algo)>,
}

static HMAC_METHODS: [MethodDef; 4] = [
    MethodDef { name: "update", func: m_update, flags: 0, doc: "Update the HMAC object with msg." },
    MethodDef { name: "digest", func: m_digest, flags: 0, doc: "Return the digest of the bytes passed to the update() method so far." },
    MethodDef { name: "hexdigest", func: m_hexdigest, flags: 0, doc: "Return hexadecimal digest of the bytes passed to the update() method so far." },
    MethodDef { name: "copy", func: m_copy, flags: 0, doc: "Return a copy (\"clone\") of the HMAC object." },
];

static HMAC_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "name", get: m_name, set: None, doc: "" },
    GetSetDef { name: "digest_size", get: m_digest_size, set: None, doc: "" },
    GetSetDef { name: "block_size", get: m_block_size, set: None, doc: "" },
];

pub static HMAC_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<Hmac>),
    tp_new: slot(no_new),
    tp_repr: Cell::new(Some(m_repr)),
    methods: &HMAC_METHODS,
    getsets: &HMAC_GETSETS,
    module: Some("_hashlib"),
    doc: Some("The object used to calculate HMAC of a message."),
    ..TypeObject::new_static("HMAC", std::mem::size_of::<Hmac>())
});

fn hmac_state(o: &PyObject) -> &mut (Algo, Algo) {
    assert!(o.is_instance_of(&HMAC_TYPE), "_hashlib.HMAC method on another type");
    // SAFETY: checked the type; single-threaded, never held across calls
    // into Python code.
    unsafe { &mut *o.cast::<Hmac>().state.get() }
}

/// The keyed (inner, outer) states of HMAC over `algo` (RFC 2104).
fn hmac_init(algo: Algo, key: &[u8]) -> PyResult<(Algo, Algo)> {
    if algo.is_xof() {
        return Err(unsupported());
    }
    let block = algo.info().2;
    let mut k = if key.len() > block {
        let mut h = algo.clone();
        h.update(key);
        h.digest(0)
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let mut inner = algo.clone();
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = algo;
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    Ok((inner, outer))
}

fn hmac_final(st: &(Algo, Algo)) -> Vec<u8> {
    let mut outer = st.1.clone();
    outer.update(&st.0.digest(0));
    outer.digest(0)
}

/// The algorithm a `digestmod` names: a name or an `openssl_*` function.
fn digestmod_algo(m: &PyObject) -> PyResult<Algo> {
    if let Some(s) = str_value(m) {
        return algo_by_name(s).ok_or_else(unsupported);
    }
    // One of this module's `openssl_*` functions (what `_constructors`
    // maps): recognised by its method definition.
    if m.is_exact(&BUILTIN_FUNCTION_TYPE) {
        // SAFETY: checked the type.
        let f = unsafe { m.cast::<PyBuiltinFunction>() };
        if FUNCS.iter().any(|d| std::ptr::eq(d, f.def)) {
            if let Some((_, name)) = CTOR_NAMES.iter().find(|(n, _)| *n == f.def.name) {
                return algo_by_name(name).ok_or_else(unsupported);
            }
        }
    }
    Err(PyErr::new(&UNSUPPORTED_TYPE, format!("Unsupported digestmod {}", protocol::repr_string(m)?)))
}

fn buffer_arg<'a>(fname: &str, what: &str, o: &'a PyObject) -> PyResult<&'a [u8]> {
    crate::object::bytes::buffer_bytes(o)
        .ok_or_else(|| type_error(format!("{}() argument '{}' must be bytes-like, not {}", fname, what, o.type_().name())))
}

fn hmac_new(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None];
    Params::new("hmac_new", &["key", "msg", "digestmod"], 1).parse(a, kw, &mut out)?;
    let key = buffer_arg("hmac_new", "key", out[0].unwrap())?.to_vec();
    let Some(dm) = out[2].filter(|d| !is_none(d)) else {
        return Err(type_error("Missing required parameter 'digestmod'."));
    };
    let mut st = hmac_init(digestmod_algo(dm)?, &key)?;
    if let Some(m) = out[1].filter(|m| !is_none(m)) {
        st.0.update(data_arg(m)?);
    }
    Ok(new_object(&HMAC_TYPE, |ob| Hmac { ob, state: UnsafeCell::new(st) }))
}

fn hmac_digest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None, None];
    Params::new("hmac_digest", &["key", "msg", "digest"], 3).parse(a, kw, &mut out)?;
    let key = buffer_arg("hmac_digest", "key", out[0].unwrap())?.to_vec();
    let msg = buffer_arg("hmac_digest", "msg", out[1].unwrap())?.to_vec();
    let mut st = hmac_init(digestmod_algo(out[2].unwrap())?, &key)?;
    st.0.update(&msg);
    Ok(new_bytes(hmac_final(&st)))
}

fn m_repr(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(format!("<{} HMAC object @ {:#x}>", hmac_state(o).0.info().0, o as *const PyObject as usize)))
}

fn m_update(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None];
    Params::new("update", &["msg"], 1).parse(&a[1..], kw, &mut out)?;
    let bytes = data_arg(out[0].unwrap())?;
    hmac_state(a[0]).0.update(bytes);
    Ok(none())
}

fn m_digest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("HMAC.digest", &a[1..], kw)?;
    Ok(new_bytes(hmac_final(hmac_state(a[0]))))
}

fn m_hexdigest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("HMAC.hexdigest", &a[1..], kw)?;
    Ok(new_ascii_str(hex(&hmac_final(hmac_state(a[0])))))
}

fn m_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("HMAC.copy", &a[1..], kw)?;
    let st = hmac_state(a[0]).clone();
    Ok(new_object(&HMAC_TYPE, |ob| Hmac { ob, state: UnsafeCell::new(st) }))
}

fn m_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(format!("hmac-{}", hmac_state(o).0.info().0)))
}

fn m_digest_size(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(hmac_state(o).0.info().1 as i64))
}

fn m_block_size(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(hmac_state(o).0.info().2 as i64))
}

// ---------------------------------------------------------------- the rest

fn pbkdf2_hmac(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 5];
    Params::new("pbkdf2_hmac", &["hash_name", "password", "salt", "iterations", "dklen"], 4).parse(a, kw, &mut out)?;
    let name = str_value(out[0].unwrap())
        .ok_or_else(|| type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {}", out[0].unwrap().type_().name())))?;
    let password = buffer_arg("pbkdf2_hmac", "password", out[1].unwrap())?.to_vec();
    let salt = buffer_arg("pbkdf2_hmac", "salt", out[2].unwrap())?.to_vec();
    let algo = algo_by_name(name).filter(|a| !a.is_xof()).ok_or_else(unsupported)?;
    let iterations = crate::object::int::int_value_i64(out[3].unwrap())
        .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", out[3].unwrap().type_().name())))?;
    if iterations < 1 {
        return Err(value_error("iteration value must be greater than 0."));
    }
    if iterations > i32::MAX as i64 {
        return Err(PyErr::new(&OVERFLOW_ERROR, "iteration value is too great."));
    }
    let dklen = match out[4].filter(|d| !is_none(d)) {
        Some(d) => {
            let n = crate::object::int::int_value_i64(d).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", d.type_().name())))?;
            if n < 1 {
                return Err(value_error("key length must be greater than 0."));
            }
            if n > i32::MAX as i64 {
                return Err(PyErr::new(&OVERFLOW_ERROR, "key length is too great."));
            }
            n as usize
        }
        None => algo.info().1,
    };
    let keyed = hmac_init(algo, &password)?;
    let mut dk = Vec::with_capacity(dklen);
    let mut block = 1u32;
    while dk.len() < dklen {
        let mut st = keyed.clone();
        st.0.update(&salt);
        st.0.update(&block.to_be_bytes());
        let mut u = hmac_final(&st);
        let mut t = u.clone();
        for _ in 1..iterations {
            let mut st = keyed.clone();
            st.0.update(&u);
            u = hmac_final(&st);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        dk.extend_from_slice(&t);
        block += 1;
    }
    dk.truncate(dklen);
    Ok(new_bytes(dk))
}

fn compare_digest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("compare_digest", kw)?;
    args::check_positional("compare_digest", a.len(), 2, 2)?;
    crate::modules::operator::op_compare_digest(a, kw)
}

fn get_fips_mode(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("get_fips_mode", a, kw)?;
    Ok(new_int(0))
}

static FUNCS: [MethodDef; 18] = [
    MethodDef { name: "new", func: hash_new, flags: 0, doc: "Return a new hash object using the named algorithm." },
    MethodDef { name: "openssl_md5", func: openssl_md5, flags: 0, doc: "Returns a md5 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha1", func: openssl_sha1, flags: 0, doc: "Returns a sha1 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha224", func: openssl_sha224, flags: 0, doc: "Returns a sha224 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha256", func: openssl_sha256, flags: 0, doc: "Returns a sha256 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha384", func: openssl_sha384, flags: 0, doc: "Returns a sha384 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha512", func: openssl_sha512, flags: 0, doc: "Returns a sha512 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha3_224", func: openssl_sha3_224, flags: 0, doc: "Returns a sha3-224 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha3_256", func: openssl_sha3_256, flags: 0, doc: "Returns a sha3-256 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha3_384", func: openssl_sha3_384, flags: 0, doc: "Returns a sha3-384 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_sha3_512", func: openssl_sha3_512, flags: 0, doc: "Returns a sha3-512 hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_shake_128", func: openssl_shake_128, flags: 0, doc: "Returns a shake-128 variable hash object; optionally initialized with a string" },
    MethodDef { name: "openssl_shake_256", func: openssl_shake_256, flags: 0, doc: "Returns a shake-256 variable hash object; optionally initialized with a string" },
    MethodDef { name: "pbkdf2_hmac", func: pbkdf2_hmac, flags: 0, doc: "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function." },
    MethodDef { name: "hmac_digest", func: hmac_digest, flags: 0, doc: "Single-shot HMAC." },
    MethodDef { name: "hmac_new", func: hmac_new, flags: 0, doc: "Return a new hmac object." },
    MethodDef { name: "compare_digest", func: compare_digest, flags: 0, doc: "Return 'a == b'." },
    MethodDef { name: "get_fips_mode", func: get_fips_mode, flags: 0, doc: "Determine the OpenSSL FIPS mode of operation." },
];

pub fn openssl_types() -> Vec<&'static TypeObject> {
    vec![&HASH_TYPE, &HASHXOF_TYPE, &HMAC_TYPE, &UNSUPPORTED_TYPE]
}

pub fn init() -> PyResult<PyRef> {
    let names = new_set();
    for n in NAMES {
        set_add(&names, &new_str(n))?;
    }
    let m = new_native_module(
        "_hashlib",
        &FUNCS,
        vec![
            ("HASH", HASH_TYPE.to_ref()),
            ("HASHXOF", HASHXOF_TYPE.to_ref()),
            ("HMAC", HMAC_TYPE.to_ref()),
            ("UnsupportedDigestmodError", UNSUPPORTED_TYPE.to_ref()),
            ("openssl_md_meth_names", new_frozenset(Some(&names))?),
        ],
    );
    let d = as_module(&m).expect("module").dict();
    let ctors = new_dict();
    for (f, name) in CTOR_NAMES {
        let func = crate::object::dict::dict_get_str(d, &new_str(*f)).expect("defined").to_ref();
        dict_set(&ctors, &func, &new_str(*name))?;
    }
    let proxy = crate::object::mappingproxy::new_mappingproxy(&ctors);
    crate::object::dict::dict_set_item_str(d, "_constructors", proxy);
    Ok(m)
}
