//! Formatting, numeric parsing and Unicode tables (pure Rust, no objects).

pub mod error;
pub mod spec;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_tables;
