//! Reader of `ucd.bin`, the database `scripts/gen-unicode-tables` derives
//! from CPython 3.11's `unicodedata` (Unicode 14.0.0, plus the 3.2.0
//! deltas of `ucd_3_2_0`). The section order matches `gen_ucd` there.

use std::sync::OnceLock;

static BLOB: &[u8] = include_bytes!("ucd.bin");

const S_STRINGS: usize = 0;
const S_RECORDS: usize = 1;
const S_PROP1: usize = 2;
const S_PROP2: usize = 3;
const S_DEC1: usize = 4;
const S_DEC2: usize = 5;
const S_DDATA: usize = 6;
const S_COMPOSE: usize = 7;
pub(super) const S_LEXICON: usize = 8;
pub(super) const S_NAMES: usize = 9;
pub(super) const S_NAME_OFFSETS: usize = 10;
pub(super) const S_NAME_RUNS: usize = 11;
pub(super) const S_ALGO: usize = 12;
const S_OLD: usize = 13;
const S_OLD_NUMERIC: usize = 14;
const S_OLD_CORRECTIONS: usize = 15;

const BLOCK_SHIFT: u32 = 7;
const BLOCK: usize = 1 << BLOCK_SHIFT;

fn u32_at(b: &[u8], off: usize) -> u32 {
    u32::from_le_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]])
}

fn u16_at(b: &[u8], off: usize) -> u16 {
    u16::from_le_bytes([b[off], b[off + 1]])
}

/// Section `i` of the database.
pub(super) fn section(i: usize) -> &'static [u8] {
    let off = u32_at(BLOB, 8 + 8 * i) as usize;
    let len = u32_at(BLOB, 12 + 8 * i) as usize;
    &BLOB[off..off + len]
}

/// Element `i` of a section of u32s.
pub(super) fn u32s(sec: &[u8], i: usize) -> u32 {
    u32_at(sec, 4 * i)
}

pub(super) fn u32_count(sec: &[u8]) -> usize {
    sec.len() / 4
}

/// The value names: categories, bidi classes, east-asian widths,
/// decomposition tags, algorithmic-name prefixes.
pub(super) struct Strings {
    pub cats: Vec<&'static str>,
    pub bidis: Vec<&'static str>,
    pub eaws: Vec<&'static str>,
    pub tags: Vec<&'static str>,
    pub prefixes: Vec<&'static str>,
}

pub(super) fn strings() -> &'static Strings {
    static S: OnceLock<Strings> = OnceLock::new();
    S.get_or_init(|| {
        let text = std::str::from_utf8(section(S_STRINGS)).expect("ascii");
        let mut lines = text.split('\n').map(|l| l.split(',').collect::<Vec<_>>());
        let mut next = || lines.next().unwrap_or_default();
        Strings { cats: next(), bidis: next(), eaws: next(), tags: next(), prefixes: next() }
    })
}

/// The properties of one code point.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Record {
    pub category: u8,
    pub bidi: u8,
    pub combining: u8,
    pub eaw: u8,
    pub mirrored: bool,
}

fn record(i: usize) -> Record {
    let r = &section(S_RECORDS)[5 * i..5 * i + 5];
    Record { category: r[0], bidi: r[1], combining: r[2], eaw: r[3], mirrored: r[4] != 0 }
}

/// The Unicode 3.2.0 override of `cp`: its old record, and whether it was
/// unassigned then.
fn old_delta(cp: u32) -> Option<(usize, bool)> {
    let sec = section(S_OLD);
    let n = u32_count(sec) / 3;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if u32s(sec, 3 * mid + 1) < cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if lo < n && u32s(sec, 3 * lo) <= cp {
        let v = u32s(sec, 3 * lo + 2);
        return Some(((v & 0xFFFF) as usize, v >> 16 != 0));
    }
    None
}

/// True when `cp` had no assignment in Unicode 3.2.0 but has one now.
pub fn unassigned_in_old(cp: u32) -> bool {
    matches!(old_delta(cp), Some((_, true)))
}

/// The properties of `cp` (in Unicode 3.2.0 when `old`).
pub fn props(cp: u32, old: bool) -> Record {
    if old {
        if let Some((r, _)) = old_delta(cp) {
            return record(r);
        }
    }
    let cp = cp as usize;
    let block = u16_at(section(S_PROP1), 2 * (cp >> BLOCK_SHIFT)) as usize;
    record(section(S_PROP2)[block * BLOCK + (cp & (BLOCK - 1))] as usize)
}

/// The decomposition of `cp` as the UCD gives it: its tag index (0 for a
/// canonical one) and code points; None when it has none.
pub fn decomposition(cp: u32) -> Option<(usize, Vec<u32>)> {
    if cp >= 0x110000 {
        return None;
    }
    let cp = cp as usize;
    let block = u16_at(section(S_DEC1), 2 * (cp >> BLOCK_SHIFT)) as usize;
    let idx = u16_at(section(S_DEC2), 2 * (block * BLOCK + (cp & (BLOCK - 1)))) as usize;
    if idx == 0 {
        return None;
    }
    let data = section(S_DDATA);
    let head = u32s(data, idx);
    let n = (head & 0xFF) as usize;
    Some(((head >> 8) as usize, (0..n).map(|i| u32s(data, idx + 1 + i)).collect()))
}

/// The primary composite of `a` followed by `b`, if any.
pub fn compose_pair(a: u32, b: u32) -> Option<u32> {
    let sec = section(S_COMPOSE);
    let n = u32_count(sec) / 3;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let key = (u32s(sec, 3 * mid), u32s(sec, 3 * mid + 1));
        match key.cmp(&(a, b)) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(u32s(sec, 3 * mid + 2)),
        }
    }
    None
}

/// Numeric values that changed since Unicode 3.2.0: (decimal, digit,
/// numeric) then, None each when absent.
pub fn old_numeric(cp: u32) -> Option<(Option<u32>, Option<u32>, Option<f64>)> {
    let sec = section(S_OLD_NUMERIC);
    const W: usize = 20;
    let n = sec.len() / W;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let c = u32_at(sec, W * mid);
        if c < cp {
            lo = mid + 1;
        } else if c > cp {
            hi = mid;
        } else {
            let e = &sec[W * mid..W * mid + W];
            let dec = i32::from_le_bytes([e[4], e[5], e[6], e[7]]);
            let dig = i32::from_le_bytes([e[8], e[9], e[10], e[11]]);
            let num = f64::from_le_bytes([e[12], e[13], e[14], e[15], e[16], e[17], e[18], e[19]]);
            return Some((
                (dec >= 0).then_some(dec as u32),
                (dig >= 0).then_some(dig as u32),
                (!num.is_nan()).then_some(num),
            ));
        }
    }
    None
}

/// The 3.2.0 normalization correction of `cp` (CPython's
/// normalization_corrections): the character it decomposed to then.
pub fn old_correction(cp: u32) -> Option<u32> {
    let sec = section(S_OLD_CORRECTIONS);
    (0..u32_count(sec) / 2).find(|&i| u32s(sec, 2 * i) == cp).map(|i| u32s(sec, 2 * i + 1))
}
