//! Python hash functions (Python/pyhash.c, Objects/*object.c).
//!
//! Numeric hashes follow CPython's scheme (reduction modulo the Mersenne
//! prime 2**61 - 1), so `hash(1) == hash(1.0) == hash(True) ==
//! hash(1+0j)`, `hash(-1) == -2`, `hash(inf) == 314159`. Byte/str hashes
//! use SipHash-1-3 like CPython; with the all-zero key used here they
//! equal CPython's values under `PYTHONHASHSEED=0`. No hash ever returns
//! -1 (CPython reserves it for errors).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Number of bits of the numeric hash modulus.
pub const HASH_BITS: u32 = 61;
/// The numeric hash modulus, `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314159;
/// Multiplier of the imaginary part in complex hashes.
pub const HASH_IMAG: u64 = 1000003;

fn fix_minus_one(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// `hash(n)` for an int: `sign(n) * (|n| mod (2**61 - 1))`, -1 -> -2.
pub fn hash_int(n: &BigInt) -> i64 {
    if let Some(v) = n.to_i64() {
        if v.unsigned_abs() < HASH_MODULUS {
            return fix_minus_one(v);
        }
    }
    let m = (n.magnitude() % HASH_MODULUS).to_u64().expect("reduced");
    let x = if n.is_negative() { -(m as i64) } else { m as i64 };
    fix_minus_one(x)
}

/// `hash(x)` for a float (`_Py_HashDouble`): equal to `hash(int(x))` for
/// integral values, `±314159` for infinities.
///
/// NaN: CPython 3.10+ hashes a NaN *object* by identity
/// (`hash_pointer(id)`); this function returns 0 for NaN and the runtime
/// must use the object identity instead.
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    // frexp: v = m * 2**e with 0.5 <= |m| < 1.
    let (mut m, mut e) = frexp(v.abs());
    let negative = v < 0.0;
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i64;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let r = if negative { (x as i64).wrapping_neg() } else { x as i64 };
    fix_minus_one(r)
}

/// `frexp` for finite non-negative values.
fn frexp(v: f64) -> (f64, i64) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, biased - 1022)
}

/// `hash(complex(re, im))`: `hash(re) + 1000003 * hash(im)` (wrapping),
/// -1 -> -2. A NaN part hashes by identity in CPython (see
/// [`hash_float`]).
pub fn hash_complex(re: f64, im: f64) -> i64 {
    let r = hash_float(re) as u64;
    let i = hash_float(im) as u64;
    fix_minus_one(r.wrapping_add(HASH_IMAG.wrapping_mul(i)) as i64)
}

/// CPython's `_Py_HashPointer`: identity hash of an address (rotated
/// right by 4 bits), used for `object.__hash__` and NaN floats.
pub fn hash_pointer(addr: usize) -> i64 {
    let y = (addr as u64).rotate_right(4);
    fix_minus_one(y as i64)
}

/// SipHash-1-3 with CPython's final mixing (`siphash13` in pyhash.c).
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! half_round {
        ($a:ident, $b:ident, $c:ident, $d:ident, $s:expr, $t:expr) => {
            $a = $a.wrapping_add($b);
            $c = $c.wrapping_add($d);
            $b = $b.rotate_left($s) ^ $a;
            $d = $d.rotate_left($t) ^ $c;
            $a = $a.rotate_left(32);
        };
    }
    macro_rules! single_round {
        () => {
            half_round!(v0, v1, v2, v3, 13, 16);
            half_round!(v2, v1, v0, v3, 17, 21);
        };
    }
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mi = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        v3 ^= mi;
        single_round!();
        v0 ^= mi;
    }
    let mut t = 0u64;
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        t |= (byte as u64) << (8 * i);
    }
    let b = ((data.len() as u64) << 56) | t;
    v3 ^= b;
    single_round!();
    v0 ^= b;
    v2 ^= 0xff;
    single_round!();
    single_round!();
    single_round!();
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `hash(b)` for bytes-like data with a given SipHash key (CPython's
/// `_Py_HashBytes`): 0 for empty data, never -1.
pub fn hash_bytes_with_key(k0: u64, k1: u64, data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(k0, k1, data) as i64)
}

/// `hash(b)` for bytes with the fixed all-zero key (CPython with
/// `PYTHONHASHSEED=0`). Use [`hash_bytes_with_key`] for randomisation.
pub fn hash_bytes(data: &[u8]) -> i64 {
    hash_bytes_with_key(0, 0, data)
}

/// `hash(s)` for a str: CPython hashes its internal representation
/// (1, 2 or 4 bytes per character, little-endian, depending on the
/// largest character), so this equals CPython's `hash(s)` under
/// `PYTHONHASHSEED=0`.
pub fn hash_str(s: &str) -> i64 {
    hash_str_with_key(0, 0, s)
}

/// [`hash_str`] with a given SipHash key.
pub fn hash_str_with_key(k0: u64, k1: u64, s: &str) -> i64 {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x80 {
        return hash_bytes_with_key(k0, k1, s.as_bytes());
    }
    let width = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    let mut buf = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        buf.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
    }
    hash_bytes_with_key(k0, k1, &buf)
}

/// `hash(t)` for a tuple given its items' hashes (CPython 3.8+'s
/// xxHash-based `tuplehash`); `hash(()) == 5740354900026072187`.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (int, hash) from CPython 3.11.
    const INT_CASES: &[(&str, i64)] = &[
        ("0", 0),
        ("1", 1),
        ("-1", -2),
        ("-2", -2),
        ("2305843009213693950", 2305843009213693950),
        ("2305843009213693951", 0),
        ("2305843009213693952", 1),
        ("-2305843009213693951", 0),
        ("-2305843009213693952", -2),
        ("18446744073709551616", 8),
        ("-18446744073709551611", -3),
        ("1000000000000000000000000000000", 465258685558744706),
        ("-1000000000000000000000000000000", -465258685558744706),
        ("1267650600228229401496703217721", 549755826233),
        ("123456789", 123456789),
        ("-123456789", -123456789),
        ("4611686018427387904", 2),
        ("9223372036854775807", 3),
        ("-9223372036854775808", -4),
    ];
    /// (float bits, hash) from CPython 3.11.
    const FLOAT_CASES: &[(u64, i64)] = &[
        (0x0000000000000000, 0),
        (0x8000000000000000, 0),
        (0x3ff0000000000000, 1),
        (0xbff0000000000000, -2),
        (0x3fe0000000000000, 1152921504606846976),
        (0xbfe0000000000000, -1152921504606846976),
        (0x3ff8000000000000, 1152921504606846977),
        (0x3fb999999999999a, 230584300921369408),
        (0xbfb999999999999a, -230584300921369408),
        (0x54b249ad2594c37d, 1822893315824342674),
        (0xab2bff2ee48e0530, -1735222877707689105),
        (0x0000000000000001, 16777216),
        (0x7fefffffffffffff, 2234066890152476671),
        (0x7ff0000000000000, 314159),
        (0xfff0000000000000, -314159),
        (0x43c0000000000000, 1),
        (0x43d0000000000000, 2),
        (0xc3c0000000000000, -2),
        (0x400921f9f01b866e, 326484311674566659),
        (0x4341c37937e08000, 10000000000000000),
        (0x3fd5555555555555, 768614336404564608),
        (0x3c20000000000000, 1),
        (0x40fe240c9fbe76c9, 1819310134279660096),
        (0xcab974a576a3459b, -1731173539016921446),
        (0x56884fe7fcb67da5, 109492115790617168),
        (0xc80026b8eff4266c, -484400791837999233),
        (0x372fabcf1ce0cae6, 1670844167448115250),
        (0xc8672ae1374f7d67, -1751288786353925717),
        (0xcd92694e02c805a8, -25473524930380132),
        (0x322f98354f1d3360, 1089083172319969706),
        (0xb484f3d7ea1f3fbb, -713732392077981185),
        (0xd1fa568ce3192c8a, -1243022456187459884),
        (0x4cb0bbe9ae5cdc40, 835196797761714131),
    ];
    /// (re bits, im bits, hash) from CPython 3.11.
    const COMPLEX_CASES: &[(u64, u64, i64)] = &[
        (0x3ff0000000000000, 0x0000000000000000, 1),
        (0x0000000000000000, 0x3ff0000000000000, 1000003),
        (0x3ff0000000000000, 0x4000000000000000, 2000007),
        (0xbff8000000000000, 0x4004000000000000, 2305843009215693957),
        (0x0000000000000000, 0xbff0000000000000, -2000006),
        (0x7e37e43c8800759c, 0x01a56e1fc2f8f359, -3889407508137364311),
        (0x7ff0000000000000, 0x3ff0000000000000, 1314162),
        (0x8000000000000000, 0x8000000000000000, 0),
        (0x4008000000000000, 0xc008000000000000, -3000006),
    ];
    /// (bytes, hash) from CPython 3.11 with PYTHONHASHSEED=0.
    const BYTES_CASES: &[(&[u8], i64)] = &[
        (b"", 0),
        (b"\x61", 4644417185603328019),
        (b"\x61\x62\x63", -4594863902769663758),
        (b"\x61\x62\x63\x64\x65\x66\x67", 7904145750247929094),
        (b"\x61\x62\x63\x64\x65\x66\x67\x68", 4574395652268504554),
        (b"\x61\x62\x63\x64\x65\x66\x67\x68\x69", -532774252720507163),
        (b"\x00", 7541581120933061747),
        (b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", -8486152757025292860),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20\x21\x22\x23\x24\x25\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2e\x2f\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39\x3a\x3b\x3c\x3d\x3e\x3f\x40\x41\x42\x43\x44\x45\x46\x47\x48\x49\x4a\x4b\x4c\x4d\x4e\x4f\x50\x51\x52\x53\x54\x55\x56\x57\x58\x59\x5a\x5b\x5c\x5d\x5e\x5f\x60\x61\x62\x63", 2047562098496403720),
        (b"\x68\x65\x6c\x6c\x6f\x20\x77\x6f\x72\x6c\x64", -5642461784034726774),
    ];
    /// (str, hash) from CPython 3.11 with PYTHONHASHSEED=0.
    const STR_CASES: &[(&str, i64)] = &[
        ("", 0),
        ("a", 4644417185603328019),
        ("abc", -4594863902769663758),
        ("hello world", -5642461784034726774),
        ("\u{e9}", 6047309291227476195),
        ("caf\u{e9}", 137524001917817222),
        ("\u{4e2d}\u{6587}", 501833946989431548),
        ("\u{1f600}", -3536540696076613844),
        ("a\u{1f600}b", -7541021549821082252),
        ("\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}", -2129700217430894956),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 1359644457043326220),
    ];
    /// (tuple of ints, hash) from CPython 3.11.
    const TUPLE_CASES: &[(&[i64], i64)] = &[
        (&[], 5740354900026072187),
        (&[1], -6644214454873602895),
        (&[1, 2], -3550055125485641917),
        (&[1, 2, 3], 529344067295497451),
        (&[-1], 8078679518589016365),
        (&[0, 0], -8458139203682520985),
        (&[2305843009213693952, 5], 173794974761290439),
        (&[-2, -2], 960947337673586213),
    ];

    #[test]
    fn numeric() {
        for &(s, h) in INT_CASES {
            assert_eq!(hash_int(&s.parse().unwrap()), h, "hash({})", s);
        }
        for &(bits, h) in FLOAT_CASES {
            assert_eq!(hash_float(f64::from_bits(bits)), h, "hash({:e})", f64::from_bits(bits));
        }
        for &(re, im, h) in COMPLEX_CASES {
            assert_eq!(hash_complex(f64::from_bits(re), f64::from_bits(im)), h);
        }
        assert_eq!(hash_float(1.0), hash_int(&BigInt::from(1)));
        assert_eq!(hash_float(f64::NAN), 0);
    }

    #[test]
    fn strings() {
        for &(b, h) in BYTES_CASES {
            assert_eq!(hash_bytes(b), h, "hash({:?})", b);
        }
        for &(s, h) in STR_CASES {
            assert_eq!(hash_str(s), h, "hash({:?})", s);
        }
        for &(items, h) in TUPLE_CASES {
            let hashes: Vec<i64> = items.iter().map(|&i| hash_int(&BigInt::from(i))).collect();
            assert_eq!(hash_tuple(&hashes), h, "hash({:?})", items);
        }
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_pointer(0x1000), 0x100);
    }
}
