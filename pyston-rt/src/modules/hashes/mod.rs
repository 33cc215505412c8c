//! The builtin hash modules `hashlib` falls back to when `_hashlib`
//! (OpenSSL) is missing: `_md5`, `_sha1`, `_sha256` (sha224/sha256),
//! `_sha512` (sha384/sha512), `_sha3` (sha3_*, shake_*) and `_blake2`
//! (blake2b/blake2s with every BLAKE2 parameter).
//!
//! One payload (`PyHash`: an `Algo`, the state of one RustCrypto / BLAKE2
//! hasher) serves one static type per algorithm, named as CPython names
//! them (`_sha256.sha224`). The object API is CPython's: `update`,
//! `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`;
//! shake objects take the output length in `digest(length)`.
//! `md5`..`sha512` are module functions (their types cannot be called);
//! the sha3, shake and blake2 types are their own constructors.

mod blake2;
pub mod openssl;
mod sha3;

use crate::object::args::{self, Params};
use crate::object::bytes::{buffer_bytes, new_bytes};
use crate::object::exceptions::type_error;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::str::{new_ascii_str, new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use digest::{Digest, ExtendableOutput, Update as _, XofReader};
use std::cell::UnsafeCell;

/// The state of one hash computation.
#[derive(Clone)]
pub enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(::sha3::Sha3_224),
    Sha3_256(::sha3::Sha3_256),
    Sha3_384(::sha3::Sha3_384),
    Sha3_512(::sha3::Sha3_512),
    Shake128(::sha3::Shake128),
    Shake256(::sha3::Shake256),
    /// The state and its digest size.
    Blake2b(blake2b_simd::State, usize),
    Blake2s(blake2s_simd::State, usize),
}

impl Algo {
    pub fn update(&mut self, data: &[u8]) {
        match self {
            Algo::Md5(h) => Digest::update(h, data),
            Algo::Sha1(h) => Digest::update(h, data),
            Algo::Sha224(h) => Digest::update(h, data),
            Algo::Sha256(h) => Digest::update(h, data),
            Algo::Sha384(h) => Digest::update(h, data),
            Algo::Sha512(h) => Digest::update(h, data),
            Algo::Sha3_224(h) => Digest::update(h, data),
            Algo::Sha3_256(h) => Digest::update(h, data),
            Algo::Sha3_384(h) => Digest::update(h, data),
            Algo::Sha3_512(h) => Digest::update(h, data),
            Algo::Shake128(h) => h.update(data),
            Algo::Shake256(h) => h.update(data),
            Algo::Blake2b(h, _) => {
                h.update(data);
            }
            Algo::Blake2s(h, _) => {
                h.update(data);
            }
        }
    }

    /// The digest of what was hashed so far (the state is kept);
    /// `xof_len` is the output length of the shake functions.
    pub fn digest(&self, xof_len: usize) -> Vec<u8> {
        fn fin<D: Digest + Clone>(h: &D) -> Vec<u8> {
            h.clone().finalize().to_vec()
        }
        fn xof<X: ExtendableOutput + Clone>(h: &X, n: usize) -> Vec<u8> {
            let mut out = vec![0u8; n];
            h.clone().finalize_xof().read(&mut out);
            out
        }
        match self {
            Algo::Md5(h) => fin(h),
            Algo::Sha1(h) => fin(h),
            Algo::Sha224(h) => fin(h),
            Algo::Sha256(h) => fin(h),
            Algo::Sha384(h) => fin(h),
            Algo::Sha512(h) => fin(h),
            Algo::Sha3_224(h) => fin(h),
            Algo::Sha3_256(h) => fin(h),
            Algo::Sha3_384(h) => fin(h),
            Algo::Sha3_512(h) => fin(h),
            Algo::Shake128(h) => xof(h, xof_len),
            Algo::Shake256(h) => xof(h, xof_len),
            Algo::Blake2b(h, _) => h.finalize().as_bytes().to_vec(),
            Algo::Blake2s(h, _) => h.finalize().as_bytes().to_vec(),
        }
    }

    /// CPython's `name`, `digest_size` and `block_size`.
    pub fn info(&self) -> (&'static str, usize, usize) {
        match self {
            Algo::Md5(_) => ("md5", 16, 64),
            Algo::Sha1(_) => ("sha1", 20, 64),
            Algo::Sha224(_) => ("sha224", 28, 64),
            Algo::Sha256(_) => ("sha256", 32, 64),
            Algo::Sha384(_) => ("sha384", 48, 128),
            Algo::Sha512(_) => ("sha512", 64, 128),
            Algo::Sha3_224(_) => ("sha3_224", 28, 144),
            Algo::Sha3_256(_) => ("sha3_256", 32, 136),
            Algo::Sha3_384(_) => ("sha3_384", 48, 104),
            Algo::Sha3_512(_) => ("sha3_512", 64, 72),
            Algo::Shake128(_) => ("shake_128", 0, 168),
            Algo::Shake256(_) => ("shake_256", 0, 136),
            Algo::Blake2b(_, n) => ("blake2b", *n, 128),
            Algo::Blake2s(_, n) => ("blake2s", *n, 64),
        }
    }

    fn is_xof(&self) -> bool {
        matches!(self, Algo::Shake128(_) | Algo::Shake256(_))
    }
}

#[repr(C)]
pub struct PyHash {
    ob: PyObject,
    state: UnsafeCell<Algo>,
}

impl PyHash {
    #[allow(clippy::mut_from_ref)]
    fn state(&self) -> &mut Algo {
        // SAFETY: single-threaded runtime; the state is never borrowed
        // across a call that can run Python code (argument bytes are
        // obtained before the borrow).
        unsafe { &mut *self.state.get() }
    }
}

static HASH_METHODS: [MethodDef; 4] = [
    MethodDef { name: "update", func: h_update, flags: 0, doc: "Update this hash object's state with the provided string." },
    MethodDef { name: "digest", func: h_digest, flags: 0, doc: "Return the digest value as a bytes object." },
    MethodDef { name: "hexdigest", func: h_hexdigest, flags: 0, doc: "Return the digest value as a string of hexadecimal digits." },
    MethodDef { name: "copy", func: h_copy, flags: 0, doc: "Return a copy of the hash object." },
];

static HASH_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "name", get: h_name, set: None, doc: "" },
    GetSetDef { name: "digest_size", get: h_digest_size, set: None, doc: "" },
    GetSetDef { name: "block_size", get: h_block_size, set: None, doc: "" },
];

/// Declares one static hash type per algorithm: (module, name,
/// constructor, methods, getsets).
macro_rules! hash_types {
    ( $( $stat:ident = $module:literal . $name:literal, $new:expr, $methods:expr, $getsets:expr; )* ) => {
        $(
            pub static $stat: Static<TypeObject> = Static(TypeObject {
                tp_drop: slot(drop_payload::<PyHash>),
                tp_new: slot($new),
                methods: $methods,
                getsets: $getsets,
                module: Some($module),
                ..TypeObject::new_static($name, std::mem::size_of::<PyHash>())
            });
        )*
        /// Every hash type.
        pub fn hash_types() -> Vec<&'static TypeObject> {
            vec![ $( &$stat ),* ]
        }
    };
}

hash_types! {
    MD5_TYPE = "_md5"."md5", no_new, &HASH_METHODS, &HASH_GETSETS;
    SHA1_TYPE = "_sha1"."sha1", no_new, &HASH_METHODS, &HASH_GETSETS;
    SHA224_TYPE = "_sha256"."sha224", no_new, &HASH_METHODS, &HASH_GETSETS;
    SHA256_TYPE = "_sha256"."sha256", no_new, &HASH_METHODS, &HASH_GETSETS;
    SHA384_TYPE = "_sha512"."sha384", no_new, &HASH_METHODS, &HASH_GETSETS;
    SHA512_TYPE = "_sha512"."sha512", no_new, &HASH_METHODS, &HASH_GETSETS;
    SHA3_224_TYPE = "_sha3"."sha3_224", sha3::sha3_new, &HASH_METHODS, &sha3::SHA3_GETSETS;
    SHA3_256_TYPE = "_sha3"."sha3_256", sha3::sha3_new, &HASH_METHODS, &sha3::SHA3_GETSETS;
    SHA3_384_TYPE = "_sha3"."sha3_384", sha3::sha3_new, &HASH_METHODS, &sha3::SHA3_GETSETS;
    SHA3_512_TYPE = "_sha3"."sha3_512", sha3::sha3_new, &HASH_METHODS, &sha3::SHA3_GETSETS;
    SHAKE128_TYPE = "_sha3"."shake_128", sha3::sha3_new, &sha3::SHAKE_METHODS, &sha3::SHA3_GETSETS;
    SHAKE256_TYPE = "_sha3"."shake_256", sha3::sha3_new, &sha3::SHAKE_METHODS, &sha3::SHA3_GETSETS;
    BLAKE2B_TYPE = "_blake2"."blake2b", blake2::blake2b_new, &HASH_METHODS, &HASH_GETSETS;
    BLAKE2S_TYPE = "_blake2"."blake2s", blake2::blake2s_new, &HASH_METHODS, &HASH_GETSETS;
}

fn no_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Err(type_error(format!("cannot create '{}.{}' instances", t.module.unwrap_or(""), t.name())))
}

/// The hash payload of `o` (every hash type shares it).
fn hash_of(o: &PyObject) -> &PyHash {
    assert!(hash_types().iter().any(|t| o.is_instance_of(t)), "hash method on another type");
    // SAFETY: checked that `o` is an instance of one of the hash types,
    // which all use the PyHash layout.
    unsafe { o.cast::<PyHash>() }
}

/// A new hash object of type `t` in state `a`.
pub fn new_hash(t: &TypeObject, a: Algo) -> PyRef {
    new_object(t, |ob| PyHash { ob, state: UnsafeCell::new(a) })
}

/// The bytes of a data argument, with CPython's errors for str and for
/// objects without the buffer protocol.
pub fn data_arg(o: &PyObject) -> PyResult<&[u8]> {
    if str_value(o).is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    if let Some(b) = buffer_bytes(o) {
        return Ok(b);
    }
    if crate::object::memoryview::as_memoryview(o).is_some() {
        return Err(crate::object::exceptions::PyErr::new(&crate::object::exceptions::BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous"));
    }
    Err(type_error("object supporting the buffer API required"))
}

/// Hash the optional initial data into `a`.
pub fn with_data(mut a: Algo, data: Option<&PyObject>) -> PyResult<Algo> {
    if let Some(d) = data {
        a.update(data_arg(d)?);
    }
    Ok(a)
}

fn qualname(o: &PyObject, m: &str) -> String {
    format!("{}.{}", o.type_().name(), m)
}

fn h_update(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let data = args::one_arg(&qualname(a[0], "update"), &a[1..], kw)?;
    let bytes = data_arg(data)?;
    hash_of(a[0]).state().update(bytes);
    Ok(crate::object::singletons::none())
}

fn h_digest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args(&qualname(a[0], "digest"), &a[1..], kw)?;
    Ok(new_bytes(hash_of(a[0]).state().digest(0)))
}

/// Lower-case hexadecimal text of `data`.
pub fn hex(data: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

fn h_hexdigest(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args(&qualname(a[0], "hexdigest"), &a[1..], kw)?;
    Ok(new_ascii_str(hex(&hash_of(a[0]).state().digest(0))))
}

fn h_copy(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    // md5..sha512 name it `copy()` (a defining-class method in CPython).
    let plain = matches!(a[0].type_().module, Some("_sha3" | "_blake2"));
    if plain {
        args::no_args(&qualname(a[0], "copy"), &a[1..], kw)?;
    } else if !a[1..].is_empty() || args::nkw(kw) > 0 {
        return Err(type_error("copy() takes no arguments"));
    }
    let st = hash_of(a[0]).state().clone();
    Ok(new_hash(a[0].type_(), st))
}

fn h_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(hash_of(o).state().info().0))
}

fn h_digest_size(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(hash_of(o).state().info().1 as i64))
}

fn h_block_size(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(hash_of(o).state().info().2 as i64))
}

/// `md5(string=b'', *, usedforsecurity=True)` and its siblings.
fn simple_ctor(fname: &str, t: &TypeObject, algo: Algo, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    Params { fname, names: &["string", "usedforsecurity"], required: 0, posonly: 0, kwonly: 1 }.parse(a, kw, &mut out)?;
    Ok(new_hash(t, with_data(algo, out[0])?))
}

fn f_md5(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    simple_ctor("md5", &MD5_TYPE, Algo::Md5(Default::default()), a, kw)
}
fn f_sha1(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    simple_ctor("sha1", &SHA1_TYPE, Algo::Sha1(Default::default()), a, kw)
}
fn f_sha224(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    simple_ctor("sha224", &SHA224_TYPE, Algo::Sha224(Default::default()), a, kw)
}
fn f_sha256(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    simple_ctor("sha256", &SHA256_TYPE, Algo::Sha256(Default::default()), a, kw)
}
fn f_sha384(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    simple_ctor("sha384", &SHA384_TYPE, Algo::Sha384(Default::default()), a, kw)
}
fn f_sha512(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    simple_ctor("sha512", &SHA512_TYPE, Algo::Sha512(Default::default()), a, kw)
}

static MD5_FUNCS: [MethodDef; 1] = [MethodDef { name: "md5", func: f_md5, flags: 0, doc: "Return a new MD5 hash object; optionally initialized with a string." }];
static SHA1_FUNCS: [MethodDef; 1] = [MethodDef { name: "sha1", func: f_sha1, flags: 0, doc: "Return a new SHA1 hash object; optionally initialized with a string." }];
static SHA256_FUNCS: [MethodDef; 2] = [
    MethodDef { name: "sha224", func: f_sha224, flags: 0, doc: "Return a new SHA-224 hash object; optionally initialized with a string." },
    MethodDef { name: "sha256", func: f_sha256, flags: 0, doc: "Return a new SHA-256 hash object; optionally initialized with a string." },
];
static SHA512_FUNCS: [MethodDef; 2] = [
    MethodDef { name: "sha384", func: f_sha384, flags: 0, doc: "Return a new SHA-384 hash object; optionally initialized with a string." },
    MethodDef { name: "sha512", func: f_sha512, flags: 0, doc: "Return a new SHA-512 hash object; optionally initialized with a string." },
];

/// A module named `name` with `funcs` and the `(name, value)` entries.
pub use crate::object::module::new_native_module as make_module;

pub fn init_md5() -> PyResult<PyRef> {
    Ok(make_module("_md5", &MD5_FUNCS, vec![("MD5Type", MD5_TYPE.to_ref())]))
}

pub fn init_sha1() -> PyResult<PyRef> {
    Ok(make_module("_sha1", &SHA1_FUNCS, vec![("SHA1Type", SHA1_TYPE.to_ref())]))
}

pub fn init_sha256() -> PyResult<PyRef> {
    Ok(make_module("_sha256", &SHA256_FUNCS, vec![("SHA224Type", SHA224_TYPE.to_ref()), ("SHA256Type", SHA256_TYPE.to_ref())]))
}

/// `SHA384Type` is the sha512 type, as in CPython 3.11.
pub fn init_sha512() -> PyResult<PyRef> {
    Ok(make_module("_sha512", &SHA512_FUNCS, vec![("SHA384Type", SHA512_TYPE.to_ref()), ("SHA512Type", SHA512_TYPE.to_ref())]))
}

pub use blake2::init as init_blake2;
pub use sha3::init as init_sha3;

#[cfg(test)]
mod tests {
    use super::*;

    fn hexd(mut a: Algo, data: &[u8], n: usize) -> String {
        a.update(data);
        hex(&a.digest(n))
    }

    #[test]
    fn known_digests() {
        assert_eq!(hexd(Algo::Md5(Default::default()), b"abc", 0), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hexd(Algo::Sha1(Default::default()), b"abc", 0), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hexd(Algo::Sha256(Default::default()), b"", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hexd(Algo::Shake128(Default::default()), b"", 4), "7f9c2ba4");
    }
}
