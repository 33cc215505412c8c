//! Character predicates, case mappings and set membership for the matcher
//! (CPython's `sre_category`, `sre_lower_*`, `SRE(charset)`).
//!
//! Three families, as in CPython: ASCII (the default for bytes patterns),
//! Unicode (str patterns) and locale (`re.LOCALE`, bytes only). The locale
//! family follows the C library's `<ctype.h>` in a UTF-8 or "C" locale,
//! where only ASCII bytes are letters or digits: that is what CPython sees
//! under the locales `python3` runs with here.

use super::constants::{category, op};
use crate::format::unicode::{self as uni, CaseMapping};

#[inline]
fn as_char(ch: u32) -> Option<char> {
    char::from_u32(ch)
}

#[inline]
pub fn is_ascii_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}

/// `Py_ISSPACE` on ASCII: space, \t, \n, \v, \f, \r.
#[inline]
pub fn is_ascii_space(ch: u32) -> bool {
    ch == 32 || (9..=13).contains(&ch)
}

#[inline]
pub fn is_ascii_alnum(ch: u32) -> bool {
    ch < 128 && (ch as u8).is_ascii_alphanumeric()
}

#[inline]
pub fn is_ascii_word(ch: u32) -> bool {
    is_ascii_alnum(ch) || ch == b'_' as u32
}

#[inline]
pub fn is_linebreak(ch: u32) -> bool {
    ch == b'\n' as u32
}

/// `isalnum()` of the C locale for a byte value.
#[inline]
pub fn is_loc_word(ch: u32) -> bool {
    is_ascii_word(ch)
}

#[inline]
pub fn is_uni_word(ch: u32) -> bool {
    if ch < 128 {
        return is_ascii_word(ch);
    }
    as_char(ch).is_some_and(uni::is_alnum)
}

#[inline]
pub fn lower_ascii(ch: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&ch) {
        ch + 32
    } else {
        ch
    }
}

#[inline]
pub fn upper_ascii(ch: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&ch) {
        ch - 32
    } else {
        ch
    }
}

/// C `tolower` in the C/UTF-8 locale: ASCII only.
#[inline]
pub fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

#[inline]
pub fn upper_locale(ch: u32) -> u32 {
    upper_ascii(ch)
}

fn first(m: CaseMapping) -> u32 {
    match m {
        CaseMapping::One(c) => c as u32,
        CaseMapping::Many(s) => s.chars().next().map_or(0, |c| c as u32),
    }
}

/// CPython's `_PyUnicode_ToLowercase`: the simple mapping, which is the
/// first character of the full mapping.
#[inline]
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    match as_char(ch) {
        Some(c) => first(uni::lower_full(c)),
        None => ch,
    }
}

#[inline]
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_ascii(ch);
    }
    match as_char(ch) {
        Some(c) => first(uni::upper_full(c)),
        None => ch,
    }
}

/// `char_loc_ignore`: `ch` equals `pattern` ignoring case in the locale.
#[inline]
pub fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

/// `sre_category`.
pub fn in_category(cat: u32, ch: u32) -> bool {
    match cat {
        category::DIGIT => is_ascii_digit(ch),
        category::NOT_DIGIT => !is_ascii_digit(ch),
        category::SPACE => is_ascii_space(ch),
        category::NOT_SPACE => !is_ascii_space(ch),
        category::WORD => is_ascii_word(ch),
        category::NOT_WORD => !is_ascii_word(ch),
        category::LINEBREAK => is_linebreak(ch),
        category::NOT_LINEBREAK => !is_linebreak(ch),
        category::LOC_WORD => is_loc_word(ch),
        category::LOC_NOT_WORD => !is_loc_word(ch),
        category::UNI_DIGIT => uni_digit(ch),
        category::UNI_NOT_DIGIT => !uni_digit(ch),
        category::UNI_SPACE => uni_space(ch),
        category::UNI_NOT_SPACE => !uni_space(ch),
        category::UNI_WORD => is_uni_word(ch),
        category::UNI_NOT_WORD => !is_uni_word(ch),
        category::UNI_LINEBREAK => uni_linebreak(ch),
        category::UNI_NOT_LINEBREAK => !uni_linebreak(ch),
        _ => false,
    }
}

#[inline]
fn uni_digit(ch: u32) -> bool {
    if ch < 128 {
        return is_ascii_digit(ch);
    }
    as_char(ch).is_some_and(uni::is_decimal)
}

#[inline]
fn uni_space(ch: u32) -> bool {
    if ch < 128 {
        return is_ascii_space(ch) || (28..=31).contains(&ch);
    }
    as_char(ch).is_some_and(uni::is_space)
}

#[inline]
fn uni_linebreak(ch: u32) -> bool {
    as_char(ch).is_some_and(uni::is_linebreak)
}

/// Byte `i` of the 256-byte block-index table that starts at word `at`
/// (the compiler packs it with `sys.byteorder`).
#[inline]
fn table_byte(code: &[u32], at: usize, i: usize) -> usize {
    code[at + i / 4].to_ne_bytes()[i % 4] as usize
}

#[inline]
fn bit(code: &[u32], at: usize, i: u32) -> bool {
    code[at + (i / 32) as usize] & (1u32 << (i & 31)) != 0
}

/// `SRE(charset)`: whether `ch` is in the set starting at `code[pc]`
/// (a list of set items ending with FAILURE).
pub fn in_charset(code: &[u32], mut pc: usize, ch: u32) -> bool {
    let mut ok = true;
    loop {
        let Some(&o) = code.get(pc) else { return false };
        pc += 1;
        match o {
            op::FAILURE => return !ok,
            op::LITERAL => {
                if ch == code[pc] {
                    return ok;
                }
                pc += 1;
            }
            op::CATEGORY => {
                if in_category(code[pc], ch) {
                    return ok;
                }
                pc += 1;
            }
            op::CHARSET => {
                if ch < 256 && bit(code, pc, ch) {
                    return ok;
                }
                pc += 8;
            }
            op::RANGE => {
                if code[pc] <= ch && ch <= code[pc + 1] {
                    return ok;
                }
                pc += 2;
            }
            op::RANGE_UNI_IGNORE => {
                // `ch` is already lower-cased.
                if code[pc] <= ch && ch <= code[pc + 1] {
                    return ok;
                }
                let u = upper_unicode(ch);
                if code[pc] <= u && u <= code[pc + 1] {
                    return ok;
                }
                pc += 2;
            }
            op::NEGATE => ok = !ok,
            op::BIGCHARSET => {
                let count = code[pc] as usize;
                pc += 1;
                if ch < 0x10000 {
                    let block = table_byte(code, pc, (ch >> 8) as usize);
                    if bit(code, pc + 64 + block * 8, ch & 255) {
                        return ok;
                    }
                }
                pc += 64 + count * 8;
            }
            _ => return false,
        }
    }
}

/// `SRE(charset_loc_ignore)`.
pub fn in_charset_loc_ignore(code: &[u32], pc: usize, ch: u32) -> bool {
    let lo = lower_locale(ch);
    if in_charset(code, pc, lo) {
        return true;
    }
    let up = upper_locale(ch);
    up != lo && in_charset(code, pc, up)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings_are_the_simple_ones() {
        assert_eq!(lower_unicode(0x130), 0x69); // İ -> i
        assert_eq!(upper_unicode(0xdf), 0x53); // ß -> S (first of "SS")
        assert_eq!(lower_unicode('Σ' as u32), 'σ' as u32);
        assert_eq!(lower_unicode(0xd800), 0xd800);
    }

    #[test]
    fn categories() {
        assert!(in_category(category::UNI_DIGIT, '٣' as u32));
        assert!(!in_category(category::DIGIT, '٣' as u32));
        assert!(in_category(category::UNI_SPACE, 0x1c));
        assert!(!in_category(category::SPACE, 0x1c));
        assert!(in_category(category::UNI_WORD, 'é' as u32));
        assert!(!in_category(category::WORD, 'é' as u32));
        assert!(in_category(category::UNI_LINEBREAK, 0x2028));
    }

    #[test]
    fn charset_items() {
        // [a-c] with negation and a literal
        let code = [op::NEGATE, op::RANGE, 97, 99, op::LITERAL, 120, op::FAILURE];
        assert!(!in_charset(&code, 0, 98));
        assert!(!in_charset(&code, 0, 120));
        assert!(in_charset(&code, 0, 100));
    }
}
