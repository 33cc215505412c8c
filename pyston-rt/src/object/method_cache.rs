//! Global attribute cache for MRO lookups, keyed by (type version tag,
//! interned name), as CPython's type cache. An entry is valid only while the
//! type's version tag is unchanged, which also guarantees the cached
//! (borrowed) value is still alive in the type's dict.

use super::header::PyObject;
use super::typeobj::TypeObject;
use std::cell::UnsafeCell;

const SIZE: usize = 4096;

#[derive(Copy, Clone)]
struct Entry {
    version: u32,
    name: *const PyObject,
    value: *const PyObject,
}

struct Cache(UnsafeCell<[Entry; SIZE]>);
// SAFETY: only the interpreter thread uses the cache.
unsafe impl Sync for Cache {}

static CACHE: Cache = Cache(UnsafeCell::new(
    [Entry { version: 0, name: std::ptr::null(), value: std::ptr::null() }; SIZE],
));

#[inline]
fn slot(version: u32, name: *const PyObject) -> usize {
    ((version as usize).wrapping_mul(0x9E37_79B9) ^ ((name as usize) >> 4)) & (SIZE - 1)
}

/// MRO lookup through the cache (only interned names are cached).
#[inline]
pub fn lookup<'a>(t: &'a TypeObject, name: &PyObject) -> Option<&'a PyObject> {
    let version = t.version_tag.get();
    let interned = super::str::as_pystr(name).map(|s| s.interned.get()).unwrap_or(false);
    if version == 0 || !interned {
        return t.lookup_uncached(name);
    }
    let i = slot(version, name);
    // SAFETY: single-threaded access to the cache array.
    let e = unsafe { &mut (*CACHE.0.get())[i] };
    if e.version == version && std::ptr::eq(e.name, name) {
        // SAFETY: the version matches, so the type's dicts are unchanged and
        // the value is still owned by one of them.
        return unsafe { e.value.as_ref() };
    }
    let v = t.lookup_uncached(name);
    *e = Entry { version, name, value: v.map_or(std::ptr::null(), |v| v as *const PyObject) };
    v
}
