//! Per-character Unicode properties and case mappings, exactly as
//! CPython 3.11 defines them (tables generated from CPython's own
//! `unicodedata` by `scripts/gen-unicode-tables`).
//!
//! Predicates correspond to CPython's `Py_UNICODE_IS*` macros, i.e. to
//! `str.isX()` applied to a one-character string (except
//! [`is_title`], which is the raw "category Lt" flag; `'A'.istitle()` is
//! also true because of the upper-case rule). Case mappings are the *full*
//! mappings (`'ß'` upper-cases to `"SS"`); the context-dependent final
//! sigma rule lives in the string-level helpers of `unicode_str`.

use super::unicode_tables as t;

pub use super::unicode_tables::UNIDATA_VERSION;

fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    // Index of the first range whose end >= cp.
    let i = table.partition_point(|&(_, end)| end < cp);
    i < table.len() && table[i].0 <= cp
}

fn value_in_runs(table: &[(u32, u32, u8)], cp: u32) -> Option<u32> {
    let i = table.partition_point(|&(_, end, _)| end < cp);
    match table.get(i) {
        Some(&(start, _, v)) if start <= cp => Some(v as u32 + (cp - start)),
        _ => None,
    }
}

/// `str.isprintable()` for one character (space is printable; other
/// separators, controls, format chars, unassigned are not).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    in_ranges(t::PRINTABLE, cp)
}

/// `str.isalpha()` for one character (categories Lu Ll Lt Lm Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c as u32)
}

/// `str.isdecimal()` for one character.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DECIMAL, c as u32)
}

/// `str.isdigit()` for one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, c as u32)
}

/// `str.isnumeric()` for one character.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, c as u32)
}

/// `str.isalnum()` for one character (alpha, decimal, digit or numeric).
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `str.isspace()` for one character (`Py_UNICODE_ISSPACE`): bidi class
/// WS, B or S, or category Zs. Includes `\x1c`-`\x1f` and `\x85`.
pub fn is_space(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return matches!(cp, 0x09..=0x0d | 0x1c..=0x20);
    }
    in_ranges(t::SPACE, cp)
}

/// Line boundaries used by `str.splitlines()` (`Py_UNICODE_ISLINEBREAK`):
/// `\n \r \x0b \x0c \x1c \x1d \x1e \x85 \u2028 \u2029`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c as u32,
        0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
    )
}

/// The Unicode `Lowercase` property (`Py_UNICODE_ISLOWER`).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(t::LOWER, c as u32)
}

/// The Unicode `Uppercase` property (`Py_UNICODE_ISUPPER`).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(t::UPPER, c as u32)
}

/// Titlecase letter, general category `Lt` (`Py_UNICODE_ISTITLE`).
pub fn is_title(c: char) -> bool {
    in_ranges(t::TITLE, c as u32)
}

/// The Unicode `Cased` property (lower, upper or title case letter).
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::CASED, c as u32)
}

/// The Unicode `Case_Ignorable` property (used by the final-sigma rule).
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c as u32)
}

/// `XID_Start` (an identifier may start with it; `_` is *not* included,
/// see [`super::unicode_str::str_is_identifier`]).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::XID_START, c as u32)
}

/// `XID_Continue` (an identifier may continue with it).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(t::XID_CONTINUE, c as u32)
}

/// Decimal digit value (`unicodedata.decimal`, `Py_UNICODE_TODECIMAL`):
/// `Some(0..=9)` for characters with `isdecimal()`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    value_in_runs(t::DECIMAL_VALUES, c as u32)
}

/// Digit value (`unicodedata.digit`): `Some` for characters with
/// `isdigit()` (includes e.g. superscripts `'²'`).
pub fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    value_in_runs(t::DIGIT_VALUES, c as u32)
}

/// Numeric value (`unicodedata.numeric`): `Some` for characters with
/// `isnumeric()` (e.g. `'½'` -> 0.5).
pub fn numeric_value(c: char) -> Option<f64> {
    let cp = c as u32;
    let tab = t::NUMERIC_VALUES;
    let i = tab.partition_point(|&(_, end, _)| end < cp);
    match tab.get(i) {
        Some(&(start, _, v)) if start <= cp => Some(v + (cp - start) as f64),
        _ => None,
    }
}

/// A full case mapping: one to three characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseMapping {
    /// Maps to a single character.
    One(char),
    /// Maps to several characters.
    Many(&'static str),
}

impl CaseMapping {
    /// Appends the mapping to `out`.
    pub fn push_to(self, out: &mut String) {
        match self {
            CaseMapping::One(c) => out.push(c),
            CaseMapping::Many(s) => out.push_str(s),
        }
    }
}

fn case_map(single: &[(u32, u32, i32, u8)], multi: &[(u32, &'static str)], c: char) -> CaseMapping {
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| k) {
        return CaseMapping::Many(multi[i].1);
    }
    let i = single.partition_point(|&(_, end, _, _)| end < cp);
    if let Some(&(start, _, delta, step)) = single.get(i) {
        if start <= cp && (cp - start).is_multiple_of(step as u32) {
            let m = (cp as i64 + delta as i64) as u32;
            if let Some(mc) = char::from_u32(m) {
                return CaseMapping::One(mc);
            }
        }
    }
    CaseMapping::One(c)
}

/// Full lowercase mapping (`'İ'` -> `"i̇"`). Maps `'Σ'` to `'σ'`; the
/// final-sigma rule is applied by [`super::unicode_str::str_lower`].
pub fn lower_full(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::One(c.to_ascii_lowercase());
    }
    case_map(t::LOWER_MAP, t::LOWER_MULTI, c)
}

/// Full uppercase mapping (`'ß'` -> `"SS"`).
pub fn upper_full(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::One(c.to_ascii_uppercase());
    }
    case_map(t::UPPER_MAP, t::UPPER_MULTI, c)
}

/// Full titlecase mapping (`'ǆ'` -> `'ǅ'`, `'ß'` -> `"Ss"`).
pub fn title_full(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::One(c.to_ascii_uppercase());
    }
    case_map(t::TITLE_MAP, t::TITLE_MULTI, c)
}

/// Full case folding (`'ß'` -> `"ss"`), as used by `str.casefold()`.
pub fn fold_full(c: char) -> CaseMapping {
    if c.is_ascii() {
        return CaseMapping::One(c.to_ascii_lowercase());
    }
    case_map(t::FOLD_MAP, t::FOLD_MULTI, c)
}

/// Appends the full lowercase mapping of `c` to `out`.
pub fn to_lower(c: char, out: &mut String) {
    lower_full(c).push_to(out)
}

/// Appends the full uppercase mapping of `c` to `out`.
pub fn to_upper(c: char, out: &mut String) {
    upper_full(c).push_to(out)
}

/// Appends the full titlecase mapping of `c` to `out`.
pub fn to_title(c: char, out: &mut String) {
    title_full(c).push_to(out)
}

/// Appends the full case folding of `c` to `out`.
pub fn case_fold(c: char, out: &mut String) {
    fold_full(c).push_to(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(c: char) -> String {
        let mut s = String::new();
        to_lower(c, &mut s);
        s
    }
    fn upper(c: char) -> String {
        let mut s = String::new();
        to_upper(c, &mut s);
        s
    }
    fn title(c: char) -> String {
        let mut s = String::new();
        to_title(c, &mut s);
        s
    }
    fn fold(c: char) -> String {
        let mut s = String::new();
        case_fold(c, &mut s);
        s
    }

    #[test]
    fn version() {
        assert_eq!(UNIDATA_VERSION, "14.0.0");
    }

    #[test]
    fn predicates() {
        // (char, printable, alpha, decimal, digit, numeric, space) from CPython.
        let cases: &[(char, [bool; 6])] = &[
            ('a', [true, true, false, false, false, false]),
            (' ', [true, false, false, false, false, true]),
            ('\t', [false, false, false, false, false, true]),
            ('\x1c', [false, false, false, false, false, true]),
            ('\x7f', [false, false, false, false, false, false]),
            ('\u{85}', [false, false, false, false, false, true]),
            ('\u{a0}', [false, false, false, false, false, true]),
            ('\u{ad}', [false, false, false, false, false, false]),
            ('é', [true, true, false, false, false, false]),
            ('\u{663}', [true, false, true, true, true, false]),
            ('²', [true, false, false, true, true, false]),
            ('½', [true, false, false, false, true, false]),
            ('一', [true, true, false, false, true, false]),
            ('\u{2028}', [false, false, false, false, false, true]),
            ('\u{3000}', [false, false, false, false, false, true]),
            ('\u{200b}', [false, false, false, false, false, false]),
            ('\u{e000}', [false, false, false, false, false, false]),
            ('\u{378}', [false, false, false, false, false, false]),
            ('😀', [true, false, false, false, false, false]),
            ('\u{1d7ce}', [true, false, true, true, true, false]),
            ('Ⅻ', [true, false, false, false, true, false]),
        ];
        for &(c, [p, a, de, di, nu, sp]) in cases {
            assert_eq!(is_printable(c), p, "printable {:?}", c);
            assert_eq!(is_alpha(c), a, "alpha {:?}", c);
            assert_eq!(is_decimal(c), de, "decimal {:?}", c);
            assert_eq!(is_digit(c), di, "digit {:?}", c);
            assert_eq!(is_numeric(c), nu, "numeric {:?}", c);
            assert_eq!(is_space(c), sp, "space {:?}", c);
        }
        assert!(is_alnum('²') && is_alnum('a') && !is_alnum('_'));
    }

    #[test]
    fn case_predicates() {
        // (char, lower, upper, title(Lt), cased, case_ignorable)
        let cases: &[(char, [bool; 5])] = &[
            ('a', [true, false, false, true, false]),
            ('A', [false, true, false, true, false]),
            ('ǅ', [false, false, true, true, false]),
            ('ª', [true, false, false, true, false]),
            ('\'', [false, false, false, false, true]),
            ('.', [false, false, false, false, true]),
            ('\u{345}', [true, false, false, true, true]),
            ('\u{301}', [false, false, false, false, true]),
            ('1', [false, false, false, false, false]),
            ('ʰ', [true, false, false, true, true]),
            ('Ⅻ', [false, true, false, true, false]),
        ];
        for &(c, [l, u, ti, ca, ig]) in cases {
            assert_eq!(is_lower(c), l, "lower {:?}", c);
            assert_eq!(is_upper(c), u, "upper {:?}", c);
            assert_eq!(is_title(c), ti, "title {:?}", c);
            assert_eq!(is_cased(c), ca, "cased {:?}", c);
            assert_eq!(is_case_ignorable(c), ig, "ignorable {:?}", c);
        }
    }

    #[test]
    fn identifiers() {
        assert!(is_xid_start('a') && !is_xid_start('_') && !is_xid_start('1'));
        assert!(is_xid_continue('_') && is_xid_continue('1') && is_xid_continue('\u{301}'));
        assert!(is_xid_start('é') && is_xid_start('ª') && !is_xid_start('\u{301}'));
        assert!(!is_xid_start('℘') || is_xid_start('℘'));
        assert!(is_xid_start('℘')); // Other_ID_Start
        assert!(!is_xid_continue('-'));
    }

    #[test]
    fn values() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{665}'), Some(5));
        assert_eq!(decimal_value('²'), None);
        assert_eq!(digit_value('²'), Some(2));
        assert_eq!(digit_value('\u{2460}'), Some(1));
        assert_eq!(numeric_value('½'), Some(0.5));
        assert_eq!(numeric_value('Ⅻ'), Some(12.0));
        assert_eq!(numeric_value('一'), Some(1.0));
        assert_eq!(numeric_value('a'), None);
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
    }

    #[test]
    fn case_mappings() {
        // Expected values from CPython: c.lower(), c.upper(), c.title(), c.casefold().
        let cases: &[(char, &str, &str, &str, &str)] = &[
            ('a', "a", "A", "A", "a"),
            ('\u{df}', "\u{df}", "SS", "Ss", "ss"),
            ('\u{130}', "i\u{307}", "\u{130}", "\u{130}", "i\u{307}"),
            ('\u{3a3}', "\u{3c3}", "\u{3a3}", "\u{3a3}", "\u{3c3}"),
            ('\u{3c2}', "\u{3c2}", "\u{3a3}", "\u{3a3}", "\u{3c3}"),
            ('\u{1c6}', "\u{1c6}", "\u{1c4}", "\u{1c5}", "\u{1c6}"),
            ('\u{1c5}', "\u{1c6}", "\u{1c4}", "\u{1c5}", "\u{1c6}"),
            ('\u{fb01}', "\u{fb01}", "FI", "Fi", "fi"),
            ('\u{149}', "\u{149}", "\u{2bc}N", "\u{2bc}N", "\u{2bc}n"),
            ('\u{390}', "\u{390}", "\u{399}\u{308}\u{301}", "\u{399}\u{308}\u{301}", "\u{3b9}\u{308}\u{301}"),
            ('\u{1fb3}', "\u{1fb3}", "\u{391}\u{399}", "\u{1fbc}", "\u{3b1}\u{3b9}"),
            ('K', "k", "K", "K", "k"),
            ('\u{212a}', "k", "\u{212a}", "\u{212a}", "k"),
            ('\u{ff}', "\u{ff}", "\u{178}", "\u{178}", "\u{ff}"),
            ('\u{b5}', "\u{b5}", "\u{39c}", "\u{39c}", "\u{3bc}"),
            ('\u{100}', "\u{101}", "\u{100}", "\u{100}", "\u{101}"),
            ('\u{101}', "\u{101}", "\u{100}", "\u{100}", "\u{101}"),
            ('\u{10400}', "\u{10428}", "\u{10400}", "\u{10400}", "\u{10428}"),
            ('1', "1", "1", "1", "1"),
            ('\u{1e9e}', "\u{df}", "\u{1e9e}", "\u{1e9e}", "ss"),
            ('\u{1f80}', "\u{1f80}", "\u{1f08}\u{399}", "\u{1f88}", "\u{1f00}\u{3b9}"),
            ('\u{587}', "\u{587}", "\u{535}\u{552}", "\u{535}\u{582}", "\u{565}\u{582}"),
        ];
        for &(c, l, u, ti, f) in cases {
            assert_eq!(lower(c), l, "lower {:?}", c);
            assert_eq!(upper(c), u, "upper {:?}", c);
            assert_eq!(title(c), ti, "title {:?}", c);
            assert_eq!(fold(c), f, "fold {:?}", c);
        }
    }

    /// FNV-1a style checksum, mirrored by a CPython script that computed
    /// the expected values over every non-surrogate code point.
    fn fnv(vals: impl Iterator<Item = u64>) -> u64 {
        let mut h: u64 = 0xcbf29ce484222325;
        for v in vals {
            h = (h ^ v).wrapping_mul(0x100000001b3);
        }
        h
    }

    fn all_chars() -> impl Iterator<Item = char> {
        (0u32..0x110000).filter_map(char::from_u32)
    }

    fn pred_sum(f: fn(char) -> bool) -> (usize, u64) {
        let v: Vec<u64> = all_chars().filter(|&c| f(c)).map(|c| c as u64).collect();
        (v.len(), fnv(v.into_iter()))
    }

    #[test]
    fn exhaustive_predicates_match_cpython() {
        #[allow(clippy::type_complexity)]
        let cases: &[(&str, fn(char) -> bool, usize, u64)] = &[
            ("printable", is_printable, 144516, 0xef95fc5e3205b70f),
            ("alpha", is_alpha, 131756, 0x2cc122403191f08f),
            ("decimal", is_decimal, 660, 0xfd61d350a72e8dd1),
            ("digit", is_digit, 788, 0x52a378fba0bbdd05),
            ("numeric", is_numeric, 1872, 0xc9a7c697e476b33d),
            ("alnum", is_alnum, 133547, 0x779ad9cb3ec76984),
            ("space", is_space, 29, 0x4386d9a11e7487c9),
            ("lower", is_lower, 2471, 0xee3c5537bde6f013),
            ("upper", is_upper, 1951, 0x85d9f570cb2f2e3b),
            ("title", is_title, 31, 0x87fd939e4214d25f),
            ("xid_start", is_xid_start, 131974, 0x43f2b53e27f0a59),
            ("xid_continue", is_xid_continue, 135053, 0xaa630378990b0746),
            ("cased", is_cased, 4453, 0x4515cdae1b42d303),
            ("case_ignorable", is_case_ignorable, 2602, 0x2458b25b8e5a1ae6),
        ];
        for &(name, f, count, sum) in cases {
            assert_eq!(pred_sum(f), (count, sum), "{}", name);
        }
    }

    #[test]
    fn exhaustive_values_match_cpython() {
        let dec = all_chars()
            .filter_map(|c| decimal_value(c).map(|v| [c as u64, v as u64]))
            .flatten();
        assert_eq!(fnv(dec), 0x2dbb7274c4a37529);
        let dig = all_chars()
            .filter_map(|c| digit_value(c).map(|v| [c as u64, v as u64]))
            .flatten();
        assert_eq!(fnv(dig), 0x293755e275a082b);
        let num = all_chars()
            .filter_map(|c| numeric_value(c).map(|v| [c as u64, v.to_bits()]))
            .flatten();
        assert_eq!(fnv(num), 0x2d26aec62ddda7f6);
    }

    #[test]
    fn exhaustive_case_maps_match_cpython() {
        #[allow(clippy::type_complexity)]
        let cases: &[(&str, fn(char, &mut String), u64)] = &[
            ("lower", to_lower, 0xd9a799a8f0068832),
            ("upper", to_upper, 0x42cade295dcb4af6),
            ("title", to_title, 0x381522ad85ab8d58),
            ("fold", case_fold, 0x2b7198f610b56513),
        ];
        for &(name, f, sum) in cases {
            let mut vals = Vec::new();
            let mut buf = String::new();
            for c in all_chars() {
                buf.clear();
                f(c, &mut buf);
                vals.extend(buf.chars().map(|x| x as u64));
                vals.push(0xffffffff);
            }
            assert_eq!(fnv(vals.into_iter()), sum, "{}", name);
        }
    }
}
