//! Character names: the word-coded names of `ucd.bin`, the algorithmic
//! "PREFIX-XXXX" ranges (CJK, Tangut, ...) and Hangul syllables, with
//! CPython 3.11's lookup rules (case-insensitive for stored names; the CJK
//! unified and Hangul forms exact-case, as `_getcode`; Tangut ideographs
//! are named but not looked up, as in CPython 3.11).

use super::tables::{section, u32_count, u32s, S_ALGO, S_LEXICON, S_NAMES, S_NAME_OFFSETS, S_NAME_RUNS};
use std::collections::HashMap;
use std::sync::OnceLock;

const SBASE: u32 = 0xAC00;
const LCOUNT: u32 = 19;
const VCOUNT: u32 = 21;
const TCOUNT: u32 = 28;
const NCOUNT: u32 = VCOUNT * TCOUNT;
const SCOUNT: u32 = LCOUNT * NCOUNT;

const JAMO_L: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K",
    "T", "P", "H",
];

/// CPython's NAME_MAXLEN.
pub const NAME_MAXLEN: usize = 256;

fn lexicon() -> &'static Vec<&'static str> {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| std::str::from_utf8(section(S_LEXICON)).expect("ascii").split('\n').collect())
}

/// Decode the stored name at byte offset `off`; returns it and the offset
/// of the next one.
fn decode_at(off: usize, out: &mut String) -> usize {
    let data = section(S_NAMES);
    let words = lexicon();
    let n = data[off] as usize;
    let mut p = off + 1;
    for k in 0..n {
        let b = data[p] as usize;
        let w = if b < 0x80 {
            p += 1;
            b
        } else {
            p += 2;
            (b & 0x7F) << 8 | data[p - 1] as usize
        };
        if k > 0 {
            out.push(' ');
        }
        out.push_str(words[w]);
    }
    p
}

fn stored_name(index: usize) -> String {
    let offs = section(S_NAME_OFFSETS);
    let mut off = u32s(offs, index / 32) as usize;
    let mut s = String::new();
    for _ in 0..index % 32 {
        let data = section(S_NAMES);
        let n = data[off] as usize;
        off += 1;
        for _ in 0..n {
            off += if data[off] < 0x80 { 1 } else { 2 };
        }
    }
    decode_at(off, &mut s);
    s
}

/// The name of `cp` in Unicode 14.0.0, if it has one.
pub fn name(cp: u32) -> Option<String> {
    if (SBASE..SBASE + SCOUNT).contains(&cp) {
        let s = cp - SBASE;
        let (l, v, t) = (s / NCOUNT, (s % NCOUNT) / TCOUNT, s % TCOUNT);
        return Some(format!("HANGUL SYLLABLE {}{}{}", JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]));
    }
    let algo = section(S_ALGO);
    for i in 0..u32_count(algo) / 3 {
        if (u32s(algo, 3 * i)..=u32s(algo, 3 * i + 1)).contains(&cp) {
            let prefix = super::tables::strings().prefixes[u32s(algo, 3 * i + 2) as usize];
            return Some(format!("{}{:04X}", prefix, cp));
        }
    }
    let runs = section(S_NAME_RUNS);
    let n = u32_count(runs) / 3;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if u32s(runs, 3 * mid) + u32s(runs, 3 * mid + 1) <= cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if lo < n && u32s(runs, 3 * lo) <= cp {
        let index = u32s(runs, 3 * lo + 2) + (cp - u32s(runs, 3 * lo));
        return Some(stored_name(index as usize));
    }
    None
}

/// Upper-cased stored name -> code point, built on first use.
fn name_map() -> &'static HashMap<String, u32> {
    static M: OnceLock<HashMap<String, u32>> = OnceLock::new();
    M.get_or_init(|| {
        let runs = section(S_NAME_RUNS);
        let mut m = HashMap::new();
        let mut off = 0;
        for r in 0..u32_count(runs) / 3 {
            let (start, count) = (u32s(runs, 3 * r), u32s(runs, 3 * r + 1));
            for cp in start..start + count {
                let mut s = String::new();
                off = decode_at(off, &mut s);
                m.insert(s, cp);
            }
        }
        m
    })
}

/// The longest jamo of `table` that `s` starts with (CPython's
/// find_syllable): its index and length.
fn find_jamo(s: &str, table: &[&str]) -> (usize, usize) {
    let (mut pos, mut len) = (usize::MAX, -1isize);
    for (i, j) in table.iter().enumerate() {
        if j.len() as isize > len && s.starts_with(j) {
            (pos, len) = (i, j.len() as isize);
        }
    }
    (pos, len.max(0) as usize)
}

/// The code point named `name` (Unicode 14.0.0), CPython's `_getcode`;
/// `old` (3.2.0) refuses the stored names of code points unassigned then
/// (not the algorithmic CJK and Hangul ones, as CPython).
pub fn lookup(name: &str, old: bool) -> Option<u32> {
    if let Some(rest) = name.strip_prefix("HANGUL SYLLABLE ") {
        let (l, n1) = find_jamo(rest, &JAMO_L);
        let (v, n2) = find_jamo(&rest[n1..], &JAMO_V);
        let (t, n3) = find_jamo(&rest[n1 + n2..], &JAMO_T);
        if l != usize::MAX && v != usize::MAX && t != usize::MAX && n1 + n2 + n3 == rest.len() {
            return Some(SBASE + (l as u32 * VCOUNT + v as u32) * TCOUNT + t as u32);
        }
        return None;
    }
    let algo = section(S_ALGO);
    let prefixes = &super::tables::strings().prefixes;
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)) {
            return None;
        }
        let cp = u32::from_str_radix(hex, 16).ok()?;
        return (0..u32_count(algo) / 3)
            .any(|i| {
                prefixes[u32s(algo, 3 * i + 2) as usize] == "CJK UNIFIED IDEOGRAPH-"
                    && (u32s(algo, 3 * i)..=u32s(algo, 3 * i + 1)).contains(&cp)
            })
            .then_some(cp);
    }
    let upper = name.to_ascii_uppercase();
    for i in 0..u32_count(algo) / 3 {
        let prefix = prefixes[u32s(algo, 3 * i + 2) as usize];
        if prefix == "CJK UNIFIED IDEOGRAPH-" || prefix == "TANGUT IDEOGRAPH-" {
            continue;
        }
        if let Some(hex) = upper.strip_prefix(prefix) {
            if let Ok(cp) = u32::from_str_radix(hex, 16) {
                if format!("{:04X}", cp) == hex
                    && (u32s(algo, 3 * i)..=u32s(algo, 3 * i + 1)).contains(&cp)
                    && !(old && super::tables::unassigned_in_old(cp))
                {
                    return Some(cp);
                }
            }
        }
    }
    name_map().get(&upper).copied().filter(|&cp| !(old && super::tables::unassigned_in_old(cp)))
}
