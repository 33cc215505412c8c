//! NFC/NFD/NFKC/NFKD (UAX #15): full decomposition (Hangul algorithmic),
//! canonical ordering by combining class, canonical composition over the
//! primary composites (composition exclusions already left out of the
//! table). `old` is `ucd_3_2_0`: code points unassigned in Unicode 3.2.0
//! neither decompose nor compose.

use super::tables::{compose_pair, decomposition, old_correction, props, unassigned_in_old};

const SBASE: u32 = 0xAC00;
const LBASE: u32 = 0x1100;
const VBASE: u32 = 0x1161;
const TBASE: u32 = 0x11A7;
const LCOUNT: u32 = 19;
const VCOUNT: u32 = 21;
const TCOUNT: u32 = 28;
const NCOUNT: u32 = VCOUNT * TCOUNT;
const SCOUNT: u32 = LCOUNT * NCOUNT;

fn ccc(c: u32) -> u8 {
    props(c, false).combining
}

fn decompose_into(c: u32, compat: bool, old: bool, out: &mut Vec<u32>) {
    if (SBASE..SBASE + SCOUNT).contains(&c) {
        let s = c - SBASE;
        out.push(LBASE + s / NCOUNT);
        out.push(VBASE + (s % NCOUNT) / TCOUNT);
        if s % TCOUNT != 0 {
            out.push(TBASE + s % TCOUNT);
        }
        return;
    }
    if old && unassigned_in_old(c) {
        out.push(c);
        return;
    }
    if old {
        if let Some(v) = old_correction(c) {
            return decompose_into(v, compat, old, out);
        }
    }
    match decomposition(c) {
        Some((tag, cps)) if tag == 0 || compat => {
            for d in cps {
                decompose_into(d, compat, old, out);
            }
        }
        _ => out.push(c),
    }
}

/// NFD (or NFKD when `compat`) of `s`, as code points.
fn decompose(s: &str, compat: bool, old: bool) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(crate::object::str_surr::code_point(c), compat, old, &mut out);
    }
    // Canonical ordering: a stable sort of each run of non-starters.
    let mut i = 0;
    while i < out.len() {
        if ccc(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && ccc(out[i]) != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&c| ccc(c));
    }
    out
}

fn compose_two(a: u32, b: u32, old: bool) -> Option<u32> {
    if (LBASE..LBASE + LCOUNT).contains(&a) && (VBASE..VBASE + VCOUNT).contains(&b) {
        return Some(SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT);
    }
    if (SBASE..SBASE + SCOUNT).contains(&a) && (a - SBASE) % TCOUNT == 0 && (TBASE + 1..TBASE + TCOUNT).contains(&b) {
        return Some(a + (b - TBASE));
    }
    let c = compose_pair(a, b)?;
    if old && unassigned_in_old(c) {
        return None;
    }
    Some(c)
}

fn compose(d: Vec<u32>, old: bool) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(d.len());
    let mut starter: Option<usize> = None;
    let mut last_cc = 0u8;
    for c in d {
        let cc = ccc(c);
        if let Some(s) = starter {
            let adjacent = out.len() - 1 == s;
            if adjacent || (last_cc != 0 && last_cc < cc) {
                if let Some(comp) = compose_two(out[s], c, old) {
                    out[s] = comp;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
        }
        last_cc = cc;
        out.push(c);
    }
    out
}

/// The normalization forms.
#[derive(Clone, Copy)]
pub enum Form {
    Nfc,
    Nfkc,
    Nfd,
    Nfkd,
}

impl Form {
    pub fn parse(s: &str) -> Option<Form> {
        Some(match s {
            "NFC" => Form::Nfc,
            "NFKC" => Form::Nfkc,
            "NFD" => Form::Nfd,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }
}

/// `s` in normalization form `form`.
pub fn normalize(form: Form, s: &str, old: bool) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let cps = match form {
        Form::Nfd => decompose(s, false, old),
        Form::Nfkd => decompose(s, true, old),
        Form::Nfc => compose(decompose(s, false, old), old),
        Form::Nfkc => compose(decompose(s, true, old), old),
    };
    cps.into_iter()
        .filter_map(|cp| if (0xD800..0xE000).contains(&cp) { Some(crate::object::str_surr::surrogate_char(cp)) } else { char::from_u32(cp) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_and_accents() {
        assert_eq!(normalize(Form::Nfd, "\u{ac01}", false), "\u{1100}\u{1161}\u{11a8}");
        assert_eq!(normalize(Form::Nfc, "\u{1100}\u{1161}\u{11a8}", false), "\u{ac01}");
        assert_eq!(normalize(Form::Nfc, "e\u{301}", false), "\u{e9}");
        assert_eq!(normalize(Form::Nfkc, "\u{fb01}", false), "fi");
        // Reordering: dot below (220) before acute (230).
        assert_eq!(normalize(Form::Nfd, "a\u{301}\u{323}", false), "a\u{323}\u{301}");
    }
}
