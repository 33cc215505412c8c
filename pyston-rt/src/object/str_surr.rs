//! Lone surrogates in `str`.
//!
//! A `str` keeps its text as valid UTF-8, which cannot hold the code
//! points U+D800..U+DFFF on their own; CPython's str can (`"\udcff"`, the
//! `surrogateescape` decoding of undecodable file names). We store each
//! lone surrogate U+D800+k (k < 0x800) as the private-use character
//! U+10F000+k: one char for one code point, so length, indexing, slicing,
//! searching, splitting, joining, concatenation and every other str->str
//! operation stay correct by construction, and the surrogates travel
//! through any Rust code that copies text.
//!
//! The mapping is defined by content (not by a per-string flag): a
//! character in U+10F000..U+10F7FF *is* a lone surrogate wherever it
//! appears. The price is that the real characters U+10F000..U+10F7FF
//! (private use, plane 16) cannot be represented: the entry points of real
//! text (decoders, `chr()`, literals) raise `ValueError` for them instead
//! of silently turning them into surrogates.
//!
//! What observes the code point (ord, repr/ascii, ordering, the encoders,
//! the file-system conversions) goes through `code_point()`.

use super::exceptions::{value_error, PyErr};

/// Where surrogate U+D800 is stored.
pub const SURR_BASE: u32 = 0x10F000;
const SURR_FIRST: u32 = 0xD800;
const SURR_COUNT: u32 = 0x800;

/// The stored char of a surrogate code point (0xD800..=0xDFFF).
#[inline]
pub fn surrogate_char(cp: u32) -> char {
    debug_assert!((SURR_FIRST..SURR_FIRST + SURR_COUNT).contains(&cp));
    // SURR_BASE + k is a valid scalar value (plane 16).
    char::from_u32(SURR_BASE + (cp - SURR_FIRST)).unwrap_or('\u{fffd}')
}

/// Whether `c` stands for a lone surrogate.
#[inline]
pub fn is_surrogate_char(c: char) -> bool {
    (SURR_BASE..SURR_BASE + SURR_COUNT).contains(&(c as u32))
}

/// The Python code point of a stored char (a surrogate for U+10F000..).
#[inline]
pub fn code_point(c: char) -> u32 {
    let v = c as u32;
    if (SURR_BASE..SURR_BASE + SURR_COUNT).contains(&v) {
        v - SURR_BASE + SURR_FIRST
    } else {
        v
    }
}

/// The stored char of any code point below 0x110000 (None above; the
/// real characters U+10F000..U+10F7FF give `Err`).
pub fn char_of_code_point(cp: u32) -> Result<Option<char>, PyErr> {
    if (SURR_FIRST..SURR_FIRST + SURR_COUNT).contains(&cp) {
        return Ok(Some(surrogate_char(cp)));
    }
    if (SURR_BASE..SURR_BASE + SURR_COUNT).contains(&cp) {
        return Err(reserved_error());
    }
    Ok(char::from_u32(cp))
}

/// Whether UTF-8 text holds a stored surrogate (bytes F4 8F 80..9F).
#[inline]
pub fn has_surrogates(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_ascii() {
        return false;
    }
    memchr::memchr_iter(0xF4, b).any(|i| b.get(i + 1) == Some(&0x8F) && matches!(b.get(i + 2), Some(0x80..=0x9F)))
}

/// The error for real text holding U+10F000..U+10F7FF.
pub fn reserved_error() -> PyErr {
    value_error("characters U+10F000-U+10F7FF are not supported (this implementation stores lone surrogates there)")
}

/// Real text (decoded input, source code) must not hold the reserved chars.
#[inline]
pub fn check_real(s: &str) -> Result<(), PyErr> {
    if has_surrogates(s) {
        Err(reserved_error())
    } else {
        Ok(())
    }
}

/// The code points of a text (surrogates mapped back).
pub fn code_points(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.chars().map(code_point)
}

/// Code-point order of two texts (UTF-8 byte order unless a surrogate is
/// involved: a surrogate sorts before U+E000, its stored char after).
pub fn cmp_text(a: &str, b: &str) -> std::cmp::Ordering {
    if !has_surrogates(a) && !has_surrogates(b) {
        return a.cmp(b);
    }
    code_points(a).cmp(code_points(b))
}

/// Text from code points (surrogates stored; the reserved real chars and
/// values past 0x10FFFF are errors).
pub fn str_from_code_points(cps: impl IntoIterator<Item = u32>) -> Result<String, PyErr> {
    let mut out = String::new();
    for cp in cps {
        match char_of_code_point(cp)? {
            Some(c) => out.push(c),
            None => return Err(value_error(format!("character U+{:x} is not in range [U+0000; U+10ffff]", cp))),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping() {
        assert_eq!(code_point(surrogate_char(0xdcff)), 0xdcff);
        assert_eq!(code_point(surrogate_char(0xd800)), 0xd800);
        assert_eq!(code_point('a'), 'a' as u32);
        let s: String = [surrogate_char(0xdfff)].iter().collect();
        assert!(has_surrogates(&s));
        assert!(!has_surrogates("\u{10ffff}\u{10f800}abc"));
        assert!(has_surrogates(&format!("x{}", surrogate_char(0xd800))));
        assert!(char_of_code_point(0x10f000).is_err());
        assert_eq!(cmp_text(&surrogate_char(0xd800).to_string(), "\u{e000}"), std::cmp::Ordering::Less);
    }
}
