//! Inline caches: one site per `ic` operand of a code object (the compiler
//! allocates one per caching instruction), typed by the instruction's
//! `IcKind` (`bytecode::opcodes`). The interpreter fills them; later tiers
//! read them as type feedback and emit their fast paths inline, so every
//! cache is `#[repr(C)]` with tested offsets.
//!
//! A site is an `IcSite`, the union of the per-kind caches: the kind is
//! known from the instruction that owns the site, and every variant is
//! plain data for which all-zero bytes are the empty cache. Each cache
//! counts its hits, misses and deopts (`Counters`).
//!
//! - `GlobalCache` (`LoadGlobal`): keyed by the keys versions of the
//!   globals and builtins dicts; holds the entry index of the name (valid
//!   while both keys versions are unchanged; the value is read from the
//!   entry, so assigning a global does not invalidate).
//! - `AttrCache` (`LoadAttr`, `LoadMethod`, `StoreAttr`) on objects with
//!   the generic attribute protocol: up to `ATTR_WAYS` entries, each
//!   keyed by a type and its version tag, holding the result of the MRO
//!   lookup of the name or null (borrowed: a change to the type or a base
//!   gives it a new tag, and tags are never reused). New shapes replace
//!   entries round-robin; after `MAX_MISSES` misses the site is megamorphic
//!   and stops filling (its entries still answer).
//! - `BinOpCache` (`BinaryOp`, `CompareOp`): the operand type pair last
//!   seen and its specialised function (`binop.rs`: float/float,
//!   float/int, int/float, int/int on machine words, str+str, str ==);
//!   a new pair re-specialises, after `MAX_MISSES` misses the site stays
//!   generic. Overflow or a zero divisor deopts to the generic path.

use crate::object::{PyObject, PyRef, TypeObject};

pub mod binop;

/// Per-site statistics (read by `--stats` and the tiers' heuristics).
#[repr(C)]
#[derive(Copy, Clone, Default, Debug, PartialEq, Eq)]
pub struct Counters {
    pub hits: u32,
    pub misses: u32,
    /// Guard failures in specialised code (none yet).
    pub deopts: u32,
}

/// `LoadGlobal`'s cache: where the name was found, keyed by the keys
/// versions of both dicts (`PyDict::keys_version`: assigning an existing
/// global does not change it, so a value write does not invalidate).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct GlobalCache {
    /// Keys version of the globals dict; 0: empty cache.
    pub globals_version: u64,
    pub builtins_version: u64,
    /// Entry index of the name in the dict that holds it.
    pub index: u32,
    /// 1: found in the builtins (absent from the globals), 0: in the globals.
    pub in_builtins: u32,
    pub counters: Counters,
}

/// One shape of an attribute site.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct AttrEntry {
    /// Null: unused entry.
    pub type_: *const TypeObject,
    pub version_tag: u32,
    /// Guessed entry index of the name in the instance dict (instances of
    /// a class usually hold an attribute at the same index: CPython's
    /// shared keys, checked by key identity on each use).
    pub index: u32,
    /// The MRO lookup's result (null: not found on the type).
    pub descr: *const PyObject,
}

/// Shapes an attribute site holds before it replaces one.
pub const ATTR_WAYS: usize = 4;

/// Misses after which an attribute site stops filling.
pub const MAX_MISSES: u32 = 64;

/// `LoadAttr`/`LoadMethod`'s cache.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct AttrCache {
    pub entries: [AttrEntry; ATTR_WAYS],
    /// The entry the next new shape replaces.
    pub next: u8,
    /// 1 once the site has missed more than `MAX_MISSES` times.
    pub megamorphic: u8,
    pub counters: Counters,
}

/// A specialised binary operation or comparison: `None` when the operands
/// need the generic path after all (an int result that does not fit a
/// machine word, a division by zero: the site counts a deopt).
pub type BinFn = fn(&PyObject, &PyObject) -> Option<PyRef>;

/// `BinaryOp`/`CompareOp`'s cache: the operand type pair it saw and the
/// specialised function for it (`ic::binop`).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct BinOpCache {
    /// Null: empty (or nothing specialised for the pair seen).
    pub lhs_type: *const TypeObject,
    pub rhs_type: *const TypeObject,
    pub func: Option<BinFn>,
    /// 1 once the site stopped specialising (too many misses).
    pub megamorphic: u8,
    pub counters: Counters,
}

/// One inline-cache site: the cache of the kind its instruction declares.
#[repr(C)]
#[derive(Copy, Clone)]
pub union IcSite {
    pub global: GlobalCache,
    pub attr: AttrCache,
    pub binop: BinOpCache,
}

impl Default for IcSite {
    fn default() -> Self {
        // SAFETY: every variant is plain data (integers and raw pointers)
        // whose all-zero value is the empty cache.
        unsafe { std::mem::zeroed() }
    }
}

impl IcSite {
    /// The site as a global cache.
    #[inline(always)]
    pub fn global(&mut self) -> &mut GlobalCache {
        // SAFETY: every bit pattern of the union is a valid `GlobalCache`
        // (integers and raw pointers); a site belongs to one instruction,
        // so only its own kind ever writes it.
        unsafe { &mut self.global }
    }

    /// The counters of a site whose instruction declares `kind`.
    pub fn counters(&self, kind: crate::bytecode::opcodes::IcKind) -> Counters {
        use crate::bytecode::opcodes::IcKind;
        // SAFETY: as `global`: every bit pattern is valid for every variant.
        unsafe {
            match kind {
                IcKind::Global => self.global.counters,
                IcKind::Attr | IcKind::StoreAttr | IcKind::Method => self.attr.counters,
                IcKind::BinaryOp | IcKind::CompareOp => self.binop.counters,
            }
        }
    }

    /// The site as a binary-operation/comparison cache.
    #[inline(always)]
    pub fn binop(&mut self) -> &mut BinOpCache {
        // SAFETY: as `global`.
        unsafe { &mut self.binop }
    }

    /// The site as an attribute cache.
    #[inline(always)]
    pub fn attr(&mut self) -> &mut AttrCache {
        // SAFETY: as `global`.
        unsafe { &mut self.attr }
    }
}

/// `t.lookup(name)` through the attribute cache `c`.
#[inline]
pub fn type_lookup_cached<'t>(c: &mut AttrCache, t: &'t TypeObject, name: &PyObject) -> Option<&'t PyObject> {
    type_lookup_cached_at(c, t, name).0
}

/// `type_lookup_cached`, also returning the entry that answered or was
/// filled (`ATTR_WAYS`: none), for its instance-dict index guess.
#[inline]
pub fn type_lookup_cached_at<'t>(c: &mut AttrCache, t: &'t TypeObject, name: &PyObject) -> (Option<&'t PyObject>, usize) {
    let key = t as *const TypeObject;
    let tag = t.version_tag.get();
    if tag != 0 {
        for (i, e) in c.entries.iter().enumerate() {
            if e.type_ == key && e.version_tag == tag {
                c.counters.hits = c.counters.hits.wrapping_add(1);
                // SAFETY: the type (same address and version tag, tags are
                // never reused) is unchanged since the lookup, so its dicts
                // still own the value.
                return (unsafe { e.descr.as_ref() }, i);
            }
        }
    }
    let found = t.lookup(name);
    c.counters.misses = c.counters.misses.wrapping_add(1);
    let tag = t.version_tag.get(); // the lookup may have assigned one
    if tag != 0 && c.megamorphic == 0 {
        if c.counters.misses > MAX_MISSES {
            c.megamorphic = 1;
            return (found, ATTR_WAYS);
        }
        let i = c.next as usize % ATTR_WAYS;
        c.next = ((i + 1) % ATTR_WAYS) as u8;
        c.entries[i] = AttrEntry { type_: key, version_tag: tag, index: 0, descr: found.map_or(std::ptr::null(), |d| d as *const PyObject) };
        return (found, i);
    }
    (found, ATTR_WAYS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    #[test]
    fn cache_layouts_are_pinned() {
        // Compiled code reads these; change them with `abi::layout::LAYOUT_VERSION`.
        assert_eq!(offset_of!(GlobalCache, globals_version), 0);
        assert_eq!(offset_of!(GlobalCache, builtins_version), 8);
        assert_eq!(offset_of!(GlobalCache, index), 16);
        assert_eq!(offset_of!(GlobalCache, in_builtins), 20);
        assert_eq!(offset_of!(GlobalCache, counters), 24);
        assert_eq!(size_of::<AttrEntry>(), 24);
        assert_eq!(offset_of!(AttrEntry, version_tag), 8);
        assert_eq!(offset_of!(AttrEntry, index), 12);
        assert_eq!(offset_of!(AttrEntry, descr), 16);
        assert_eq!(offset_of!(AttrCache, next), 96);
        assert_eq!(offset_of!(AttrCache, counters), 100);
        assert_eq!(size_of::<IcSite>(), 112);
        assert_eq!(offset_of!(Counters, misses), 4);
    }

    #[test]
    fn attribute_sites_hold_several_shapes() {
        crate::runtime::init_for_tests();
        let name = crate::name!("__len__");
        let types: [&TypeObject; 5] = [
            &crate::object::list::LIST_TYPE.0,
            &crate::object::tuple::TUPLE_TYPE.0,
            &crate::object::dict::DICT_TYPE.0,
            &crate::object::str::STR_TYPE.0,
            &crate::object::set::SET_TYPE.0,
        ];
        let mut site = IcSite::default();
        let c = site.attr();
        for t in &types[..4] {
            assert!(type_lookup_cached(c, t, name).is_some());
        }
        assert_eq!(c.counters, Counters { hits: 0, misses: 4, deopts: 0 });
        for t in &types[..4] {
            type_lookup_cached(c, t, name);
        }
        assert_eq!(c.counters.hits, 4);
        // A fifth shape replaces the oldest entry.
        type_lookup_cached(c, types[4], name);
        type_lookup_cached(c, types[0], name);
        assert_eq!(c.counters.misses, 6);
    }
}
