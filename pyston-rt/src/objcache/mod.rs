//! The object cache: compiled ELF objects on disk, keyed by what produced
//! them, so a second run loads instead of running LLVM.
//!
//! * Key: SHA-256 over the IR text, the runtime ABI hash, the LLVM version,
//!   the target CPU and the optimisation level ([`CacheKey::new`]).
//! * Directory: `$PYSTON_CACHE_DIR`, else `$XDG_CACHE_HOME/pyston-rt`, else
//!   `~/.cache/pyston-rt`. If it cannot be created the cache is disabled
//!   (every `get` misses, `put` does nothing). `PYSTON_CACHE_MAX_MB`
//!   (default 256; 0 disables) bounds its size: a `put` that takes the total
//!   over evicts the oldest entries by mtime (a hit refreshes the mtime).
//! * Entry: file named by the key in hex; a 96-byte header (magic, format
//!   version, key, lengths, SHA-256 of header and payload) then the
//!   zstd-compressed object. Written to a temp file in the same directory and
//!   renamed, so readers see a whole entry or none. A truncated, corrupt or
//!   foreign (other format version, other key) entry is counted, removed and
//!   reported as a miss; it is never handed to the loader.

#[cfg(test)]
mod tests;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

/// The cache key: SHA-256 of everything that determines the object code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct CacheKey(pub [u8; 32]);

impl CacheKey {
    pub fn new(ir_text: &[u8], abi_hash: u64, llvm_version: &str, cpu: &str, opt_level: u32) -> CacheKey {
        let mut h = Sha256::new();
        h.update(b"pyston-rt objcache key v1\0");
        for field in [ir_text, llvm_version.as_bytes(), cpu.as_bytes()] {
            h.update((field.len() as u64).to_le_bytes());
            h.update(field);
        }
        h.update(abi_hash.to_le_bytes());
        h.update(opt_level.to_le_bytes());
        CacheKey(h.finalize().into())
    }

    /// The key in lowercase hex (the entry's file name).
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Counters of one cache (see [`stats`]).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct CacheStats {
    pub hits: u64,
    pub misses: u64,
    /// Entries found truncated, corrupt or foreign (also counted as misses).
    pub corrupt: u64,
    pub writes: u64,
    /// Puts that failed (I/O errors); never fatal.
    pub write_errors: u64,
    /// Bytes written to entries (compressed, with headers).
    pub bytes: u64,
    /// Entries removed to keep the cache under its bound.
    pub evictions: u64,
}

const MAGIC: &[u8; 8] = b"PYRTOBJ\0";
/// Entry format version; bump when the layout changes (old entries become foreign).
pub const FORMAT_VERSION: u32 = 1;
const HEADER_LEN: usize = 96;
/// Largest object accepted from an entry (guards allocation on a bad header).
const MAX_OBJECT: u64 = 1 << 30;
/// Temp files older than this are leftovers of a killed writer.
const STALE_TEMP: Duration = Duration::from_secs(3600);

#[derive(Default)]
struct Counters {
    hits: AtomicU64,
    misses: AtomicU64,
    corrupt: AtomicU64,
    writes: AtomicU64,
    write_errors: AtomicU64,
    bytes: AtomicU64,
    evictions: AtomicU64,
}

/// One cache directory with its bound and counters.
pub struct ObjectCache {
    dir: Option<PathBuf>,
    max_bytes: u64,
    counters: Counters,
    /// Our estimate of the directory's total size (None: not scanned yet).
    total: Mutex<Option<u64>>,
}

static TEMP_SEQ: AtomicU64 = AtomicU64::new(0);

fn bump(c: &AtomicU64, n: u64) {
    c.fetch_add(n, Ordering::Relaxed);
}

fn is_entry_name(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl ObjectCache {
    /// A cache in `dir` bounded to `max_bytes` (0 or no dir: disabled). The
    /// directory is created; if that fails the cache is disabled.
    pub fn new(dir: Option<PathBuf>, max_bytes: u64) -> ObjectCache {
        let dir = dir.filter(|_| max_bytes > 0).filter(|d| fs::create_dir_all(d).is_ok() && d.is_dir());
        ObjectCache { dir, max_bytes, counters: Counters::default(), total: Mutex::new(None) }
    }

    /// The cache the environment selects (see the module doc).
    pub fn from_env() -> ObjectCache {
        let nonempty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
        let dir = nonempty("PYSTON_CACHE_DIR")
            .or_else(|| nonempty("XDG_CACHE_HOME").filter(|p| p.is_absolute()).map(|p| p.join("pyston-rt")))
            .or_else(|| nonempty("HOME").map(|p| p.join(".cache").join("pyston-rt")));
        let mb = std::env::var("PYSTON_CACHE_MAX_MB").ok().and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(256);
        ObjectCache::new(dir, mb.saturating_mul(1 << 20))
    }

    /// The directory in use, or None when the cache is disabled.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    pub fn stats(&self) -> CacheStats {
        let c = &self.counters;
        let l = |a: &AtomicU64| a.load(Ordering::Relaxed);
        CacheStats {
            hits: l(&c.hits),
            misses: l(&c.misses),
            corrupt: l(&c.corrupt),
            writes: l(&c.writes),
            write_errors: l(&c.write_errors),
            bytes: l(&c.bytes),
            evictions: l(&c.evictions),
        }
    }

    /// The object stored under `key`, or None (miss, or a bad entry, which is removed).
    pub fn get(&self, key: &CacheKey) -> Option<Vec<u8>> {
        let Some(dir) = &self.dir else {
            bump(&self.counters.misses, 1);
            return None;
        };
        let path = dir.join(key.hex());
        let bytes = match fs::metadata(&path) {
            Ok(m) if m.len() <= MAX_OBJECT + HEADER_LEN as u64 => fs::read(&path).ok(),
            Ok(_) => Some(Vec::new()), // absurdly large: treat as corrupt
            Err(_) => None,
        };
        let Some(bytes) = bytes else {
            bump(&self.counters.misses, 1);
            return None;
        };
        match decode(&bytes, key) {
            Some(obj) => {
                bump(&self.counters.hits, 1);
                // Refresh the mtime so eviction drops the least recently used.
                if let Ok(f) = fs::File::options().append(true).open(&path) {
                    let _ = f.set_modified(SystemTime::now());
                }
                Some(obj)
            }
            None => {
                bump(&self.counters.corrupt, 1);
                bump(&self.counters.misses, 1);
                let _ = fs::remove_file(&path);
                None
            }
        }
    }

    /// Stores `obj` under `key`. Errors are counted in `write_errors`, never fatal.
    pub fn put(&self, key: &CacheKey, obj: &[u8]) {
        let Some(dir) = &self.dir else { return };
        if obj.len() as u64 > MAX_OBJECT {
            return;
        }
        let Some(entry) = encode(key, obj) else {
            bump(&self.counters.write_errors, 1);
            return;
        };
        if entry.len() as u64 > self.max_bytes {
            return; // could never fit under the bound
        }
        let seq = TEMP_SEQ.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".tmp-{}-{}-{}", std::process::id(), seq, key.hex()));
        let written = (|| -> std::io::Result<()> {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(&entry)?;
            drop(f);
            fs::rename(&tmp, dir.join(key.hex()))
        })();
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
            bump(&self.counters.write_errors, 1);
            return;
        }
        bump(&self.counters.writes, 1);
        bump(&self.counters.bytes, entry.len() as u64);
        self.account(dir, entry.len() as u64);
    }

    /// Adds a new entry's size to the running total; evicts when over the bound.
    fn account(&self, dir: &Path, added: u64) {
        let mut total = self.total.lock().unwrap_or_else(|p| p.into_inner());
        let t = match *total {
            Some(t) => t + added,
            None => scan(dir).iter().map(|e| e.1).sum(),
        };
        *total = Some(if t > self.max_bytes { self.evict(dir) } else { t });
    }

    /// Removes the oldest entries until the directory is under the bound;
    /// returns the remaining total.
    fn evict(&self, dir: &Path) -> u64 {
        let mut entries = scan(dir);
        entries.sort_by_key(|e| e.0);
        let mut total: u64 = entries.iter().map(|e| e.1).sum();
        for (_, size, path) in entries {
            if total <= self.max_bytes {
                break;
            }
            if fs::remove_file(&path).is_ok() {
                bump(&self.counters.evictions, 1);
            }
            total = total.saturating_sub(size);
        }
        total
    }
}

/// The entries of `dir`: (mtime, size, path). Stale temp files are removed.
fn scan(dir: &Path) -> Vec<(SystemTime, u64, PathBuf)> {
    let mut out = Vec::new();
    let Ok(rd) = fs::read_dir(dir) else { return out };
    let now = SystemTime::now();
    for ent in rd.flatten() {
        let name = ent.file_name();
        let Some(name) = name.to_str() else { continue };
        let Ok(meta) = ent.metadata() else { continue };
        let mtime = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        if name.starts_with(".tmp-") {
            if now.duration_since(mtime).is_ok_and(|age| age > STALE_TEMP) {
                let _ = fs::remove_file(ent.path());
            }
            continue;
        }
        if is_entry_name(name) && meta.is_file() {
            out.push((mtime, meta.len(), ent.path()));
        }
    }
    out
}

fn checksum(header: &[u8], payload: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(header);
    h.update(payload);
    h.finalize().into()
}

/// Header: magic[8] version:u32 reserved:u32 key[32] raw_len:u64 comp_len:u64
/// sha256(header[..64] ++ payload)[32], all little-endian.
fn encode(key: &CacheKey, obj: &[u8]) -> Option<Vec<u8>> {
    let payload = zstd::bulk::compress(obj, 3).ok()?;
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&key.0);
    out.extend_from_slice(&(obj.len() as u64).to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    let sum = checksum(&out[..64], &payload);
    out.extend_from_slice(&sum);
    out.extend_from_slice(&payload);
    Some(out)
}

/// The object in an entry, or None if anything about it is wrong.
fn decode(bytes: &[u8], key: &CacheKey) -> Option<Vec<u8>> {
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return None;
    }
    let u32_at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap());
    let u64_at = |o: usize| u64::from_le_bytes(bytes[o..o + 8].try_into().unwrap());
    if u32_at(8) != FORMAT_VERSION || bytes[16..48] != key.0 {
        return None;
    }
    let raw_len = u64_at(48);
    let comp_len = u64_at(56);
    let payload = &bytes[HEADER_LEN..];
    if comp_len != payload.len() as u64 || raw_len > MAX_OBJECT {
        return None;
    }
    if checksum(&bytes[..64], payload) != bytes[64..96] {
        return None;
    }
    let obj = zstd::bulk::decompress(payload, raw_len as usize).ok()?;
    (obj.len() as u64 == raw_len).then_some(obj)
}

fn global() -> &'static ObjectCache {
    static CACHE: OnceLock<ObjectCache> = OnceLock::new();
    CACHE.get_or_init(ObjectCache::from_env)
}

/// The process-wide cache's object for `key` (None on a miss or a bad entry).
pub fn get(key: &CacheKey) -> Option<Vec<u8>> {
    global().get(key)
}

/// Stores `obj` in the process-wide cache; errors are counted, never fatal.
pub fn put(key: &CacheKey, obj: &[u8]) {
    global().put(key, obj)
}

/// The process-wide cache's counters.
pub fn stats() -> CacheStats {
    global().stats()
}
