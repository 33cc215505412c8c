//! Inline caches: one entry per `ic` operand of a code object. The
//! interpreter fills them; later tiers read them as type feedback.
//!
//! `LoadGlobal`: keyed by the versions of the globals and builtins dicts;
//! holds the value (borrowed: valid while both versions are unchanged, since
//! any write to either dict changes its version).
//!
//! `LoadAttr`/`LoadMethod`/`StoreAttr` on objects with the generic
//! attribute protocol: keyed by the type and its version tag; holds the
//! result of the MRO lookup of the name, or null (borrowed: a change to the
//! type or a base gives it a new tag). A site that sees more than
//! `MAX_MISSES` changes becomes megamorphic and looks up every time.

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
    /// Attribute sites: key1 = type address, key2 = its version tag,
    /// value = the type attribute found along the MRO (or null).
    pub const TYPE_ATTR: u8 = 2;
    /// Too many misses: stop caching.
    pub const MEGAMORPHIC: u8 = 255;
}

/// Misses after which an attribute site stops caching.
pub const MAX_MISSES: u32 = 64;

/// `t.lookup(name)` through the site's cache entry `e`.
#[inline]
pub fn type_lookup_cached<'t>(e: &mut IcEntry, t: &'t crate::object::TypeObject, name: &PyObject) -> Option<&'t PyObject> {
    let key = t as *const crate::object::TypeObject as u64;
    let tag = t.version_tag.get();
    if tag != 0 && e.kind == kind::TYPE_ATTR && e.key1 == key && e.key2 == tag as u64 {
        e.hits = e.hits.wrapping_add(1);
        // SAFETY: the type (same address and version tag, tags are never
        // reused) is unchanged since the lookup, so its dicts still own
        // the value.
        return unsafe { e.value.as_ref() };
    }
    let found = t.lookup(name);
    let tag = t.version_tag.get(); // the lookup may have assigned one
    if tag != 0 && e.kind != kind::MEGAMORPHIC {
        if e.kind == kind::TYPE_ATTR {
            e.misses += 1;
            if e.misses > MAX_MISSES {
                e.kind = kind::MEGAMORPHIC;
                return found;
            }
        }
        let value = found.map_or(std::ptr::null(), |d| d as *const PyObject);
        *e = IcEntry { kind: kind::TYPE_ATTR, key1: key, key2: tag as u64, value, hits: e.hits, misses: e.misses };
    }
    found
}
