use super::*;
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

static SEQ: AtomicUsize = AtomicUsize::new(0);

/// A fresh cache directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let n = SEQ.fetch_add(1, Ordering::Relaxed);
        let d = std::env::temp_dir().join(format!("pyston-objcache-test-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        TempDir(d)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn key(n: u32) -> CacheKey {
    CacheKey::new(format!("define i64 @f{n}() {{ ret i64 {n} }}").as_bytes(), 0xabc, "19.1.7", "x86-64", 2)
}

fn object(n: usize, len: usize) -> Vec<u8> {
    (0..len).map(|i| ((i * 31 + n * 7) % 251) as u8).collect()
}

#[test]
fn key_depends_on_every_input() {
    let base = CacheKey::new(b"ir", 1, "19.1.7", "x86-64", 2);
    assert_eq!(base, CacheKey::new(b"ir", 1, "19.1.7", "x86-64", 2));
    for other in [
        CacheKey::new(b"ir2", 1, "19.1.7", "x86-64", 2),
        CacheKey::new(b"ir", 2, "19.1.7", "x86-64", 2),
        CacheKey::new(b"ir", 1, "19.1.6", "x86-64", 2),
        CacheKey::new(b"ir", 1, "19.1.7", "znver3", 2),
        CacheKey::new(b"ir", 1, "19.1.7", "x86-64", 3),
        // Field boundaries matter: "ab"+"c" differs from "a"+"bc".
        CacheKey::new(b"ir", 1, "19.1.7x", "86-64", 2),
    ] {
        assert_ne!(base, other);
    }
    assert_eq!(base.hex().len(), 64);
}

#[test]
fn roundtrip() {
    let d = TempDir::new();
    let c = ObjectCache::new(Some(d.0.clone()), 1 << 20);
    assert_eq!(c.get(&key(1)), None);
    let obj = object(1, 5000);
    c.put(&key(1), &obj);
    assert_eq!(c.get(&key(1)).as_deref(), Some(&obj[..]));
    assert_eq!(c.get(&key(2)), None);
    // A second cache on the same directory (another process) sees it.
    let c2 = ObjectCache::new(Some(d.0.clone()), 1 << 20);
    assert_eq!(c2.get(&key(1)).as_deref(), Some(&obj[..]));
    let s = c.stats();
    assert_eq!((s.hits, s.misses, s.writes, s.corrupt), (1, 2, 1, 0));
    assert!(s.bytes > 0 && s.bytes < 5000, "compressed: {}", s.bytes);
    // Empty objects round-trip too.
    c.put(&key(3), b"");
    assert_eq!(c.get(&key(3)), Some(Vec::new()));
}

#[test]
fn corrupt_and_truncated_entries_are_ignored_and_removed() {
    let d = TempDir::new();
    let c = ObjectCache::new(Some(d.0.clone()), 1 << 20);
    let obj = object(2, 4000);
    let path = d.0.join(key(1).hex());
    let mut corruptions = 0;
    let mut expect_corrupt = |c: &ObjectCache, damage: &dyn Fn(&mut Vec<u8>)| {
        c.put(&key(1), &obj);
        let mut bytes = fs::read(&path).unwrap();
        damage(&mut bytes);
        fs::write(&path, &bytes).unwrap();
        assert_eq!(c.get(&key(1)), None);
        assert!(!path.exists(), "bad entry removed");
        corruptions += 1;
        assert_eq!(c.stats().corrupt, corruptions);
    };
    expect_corrupt(&c, &|b| b.truncate(b.len() - 1));
    expect_corrupt(&c, &|b| b.truncate(50));
    expect_corrupt(&c, &|b| b.clear());
    expect_corrupt(&c, &|b| {
        let n = b.len();
        b[n - 10] ^= 0x40
    });
    expect_corrupt(&c, &|b| b[0] = b'X');
    expect_corrupt(&c, &|b| b[50] ^= 1); // raw length
    expect_corrupt(&c, &|b| b.extend_from_slice(b"trailing"));
    // Every single-byte flip of the header and a sample of the payload.
    let good = {
        c.put(&key(1), &obj);
        fs::read(&path).unwrap()
    };
    for at in (0..good.len()).step_by(7) {
        let mut b = good.clone();
        b[at] ^= 0x01;
        fs::write(&path, &b).unwrap();
        assert_eq!(c.get(&key(1)), None, "flip at {at}");
    }
}

#[test]
fn foreign_entries_are_ignored() {
    let d = TempDir::new();
    let c = ObjectCache::new(Some(d.0.clone()), 1 << 20);
    let obj = object(3, 100);
    // Another format version, with a valid checksum for it.
    let mut e = encode(&key(1), &obj).unwrap();
    e[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    let sum = checksum(&e[..64], &e[HEADER_LEN..]);
    e[64..96].copy_from_slice(&sum);
    fs::write(d.0.join(key(1).hex()), &e).unwrap();
    assert_eq!(c.get(&key(1)), None);
    // An entry for another key under this key's name.
    fs::write(d.0.join(key(1).hex()), encode(&key(2), &obj).unwrap()).unwrap();
    assert_eq!(c.get(&key(1)), None);
    assert_eq!(c.stats().corrupt, 2);
    c.put(&key(1), &obj);
    assert_eq!(c.get(&key(1)), Some(obj));
}

#[test]
fn size_bound_evicts_oldest() {
    let d = TempDir::new();
    // Incompressible-ish objects of ~20 KB; bound 64 KB: at most 3 fit.
    let big = |n: usize| {
        let mut seed = 0x1234_5678_9abc_def0u64 ^ n as u64;
        (0..20_000)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect::<Vec<u8>>()
    };
    let c = ObjectCache::new(Some(d.0.clone()), 64 * 1024);
    let t0 = SystemTime::now() - Duration::from_secs(1000);
    for n in 0..6u32 {
        c.put(&key(n), &big(n as usize));
        // Distinct mtimes, oldest first, without sleeping.
        let f = fs::File::options().append(true).open(d.0.join(key(n).hex())).unwrap();
        f.set_modified(t0 + Duration::from_secs(u64::from(n) * 10)).unwrap();
    }
    let total: u64 = scan(&d.0).iter().map(|e| e.1).sum();
    assert!(total <= 64 * 1024, "bounded: {total}");
    assert!(c.stats().evictions >= 3);
    assert_eq!(c.get(&key(0)), None, "oldest evicted");
    assert_eq!(c.get(&key(5)), Some(big(5)), "newest kept");
    // An object larger than the whole bound is not stored.
    let c2 = ObjectCache::new(Some(d.0.clone()), 1024);
    c2.put(&key(9), &big(9));
    assert_eq!(c2.get(&key(9)), None);
}

#[test]
fn concurrent_puts_of_one_key() {
    let d = TempDir::new();
    let c = Arc::new(ObjectCache::new(Some(d.0.clone()), 1 << 24));
    let obj = Arc::new(object(4, 64 * 1024));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let (c, obj) = (c.clone(), obj.clone());
            std::thread::spawn(move || {
                for _ in 0..20 {
                    c.put(&key(7), &obj);
                    if let Some(got) = c.get(&key(7)) {
                        assert_eq!(&got, &*obj);
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(c.stats().corrupt, 0);
    assert_eq!(c.get(&key(7)).as_deref(), Some(&obj[..]));
    // No temp files left behind.
    let leftovers: Vec<_> = fs::read_dir(&d.0).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-")).collect();
    assert!(leftovers.is_empty());
}

#[test]
fn uncreatable_directory_disables_the_cache() {
    let d = TempDir::new();
    fs::create_dir_all(&d.0).unwrap();
    let file = d.0.join("a-file");
    fs::write(&file, b"x").unwrap();
    let c = ObjectCache::new(Some(file.join("sub")), 1 << 20);
    assert!(c.dir().is_none());
    c.put(&key(1), b"obj");
    assert_eq!(c.get(&key(1)), None);
    assert_eq!(c.stats().writes, 0);
    let c = ObjectCache::new(None, 1 << 20);
    assert_eq!(c.get(&key(1)), None);
    let c = ObjectCache::new(Some(d.0.join("zero")), 0);
    assert!(c.dir().is_none(), "a zero bound disables");
}
