//! Inline caches: one entry per `ic` operand of a code object. The
//! interpreter fills them; later tiers read them as type feedback.
//!
//! `LoadGlobal`: keyed by the versions of the globals and builtins dicts;
//! holds the value (borrowed: valid while both versions are unchanged, since
//! any write to either dict changes its version).

use crate::object::PyObject;

#[repr(C)]
#[derive(Copy, Clone)]
pub struct IcEntry {
    pub kind: u8,
    pub key1: u64,
    pub key2: u64,
    pub value: *const PyObject,
    pub hits: u32,
    pub misses: u32,
}

impl Default for IcEntry {
    fn default() -> Self {
        IcEntry { kind: kind::EMPTY, key1: 0, key2: 0, value: std::ptr::null(), hits: 0, misses: 0 }
    }
}

pub mod kind {
    pub const EMPTY: u8 = 0;
    /// LoadGlobal: key1 = globals version, key2 = builtins version.
    pub const GLOBAL: u8 = 1;
    /// Too many misses: stop caching.
    pub const MEGAMORPHIC: u8 = 255;
}
