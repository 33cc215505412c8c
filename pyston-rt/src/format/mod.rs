//! Formatting, numeric parsing and Unicode tables (pure Rust, no objects).
