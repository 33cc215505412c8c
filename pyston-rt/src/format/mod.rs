//! Formatting, numeric parsing and Unicode tables (pure Rust, no objects).

/// Hash of a byte string (never -1). FNV-1a placeholder until the format
/// library lands its hash.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}
pub mod error;
pub mod float_repr;
pub mod fmt_float;
pub mod fmt_int;
pub mod fmt_str;
pub mod intfloat;
pub mod number_layout;
pub mod spec;
pub mod unicode;
pub mod unicode_str;
#[rustfmt::skip]
pub mod unicode_tables;
