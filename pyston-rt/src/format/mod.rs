//! Formatting, numeric parsing and Unicode tables (pure Rust, no objects).

pub mod error;
pub mod float_hex;
pub mod float_repr;
pub mod floatops;
pub mod fmt_float;
pub mod fmt_int;
pub mod fmt_str;
pub mod hash;
pub mod intfloat;
pub mod number_layout;
pub mod numparse;
pub mod percent;
pub mod repr;
pub mod spec;
pub mod strformat;
pub mod unicode;
pub mod unicode_str;
#[rustfmt::skip]
pub mod unicode_tables;
