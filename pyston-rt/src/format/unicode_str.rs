//! String-level Unicode operations with CPython 3.11 semantics:
//! `str.lower/upper/title/capitalize/swapcase/casefold` (full case
//! mappings, final-sigma rule) and the `str.isX()` predicates with their
//! empty-string and "cased" rules.

use super::unicode::{
    is_alnum, is_alpha, is_case_ignorable, is_cased, is_decimal, is_digit, is_lower,
    is_numeric, is_printable, is_space, is_title, is_upper, is_xid_continue, is_xid_start,
    lower_full, title_full, upper_full, fold_full,
};

const CAPITAL_SIGMA: char = '\u{3a3}';
const SMALL_SIGMA: char = '\u{3c3}';
const FINAL_SIGMA: char = '\u{3c2}';

/// Is the `Σ` at byte offset `i` of `s` in the Final_Sigma context?
/// (`\p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})`).
fn is_final_sigma(s: &str, i: usize) -> bool {
    let before = s[..i].chars().rev().find(|&c| !is_case_ignorable(c));
    match before {
        Some(c) if is_cased(c) => {}
        _ => return false,
    }
    let after = s[i + CAPITAL_SIGMA.len_utf8()..].chars().find(|&c| !is_case_ignorable(c));
    match after {
        None => true,
        Some(c) => !is_cased(c),
    }
}

/// Lowercases the character at byte offset `i` of `s` (CPython's
/// `lower_ucs4`, which handles the capital sigma contextually).
fn push_lower_at(s: &str, i: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(s, i) { FINAL_SIGMA } else { SMALL_SIGMA });
    } else {
        lower_full(c).push_to(out);
    }
}

/// `str.lower()`.
pub fn str_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower_at(s, i, c, &mut out);
    }
    out
}

/// `str.upper()`.
pub fn str_upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        upper_full(c).push_to(&mut out);
    }
    out
}

/// `str.casefold()`.
pub fn str_casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_full(c).push_to(&mut out);
    }
    out
}

/// `str.title()`: a character following a cased character is
/// lowercased, any other is titlecased.
pub fn str_title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(s, i, c, &mut out);
        } else {
            title_full(c).push_to(&mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: first character titlecased, the rest lowercased.
pub fn str_capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            title_full(c).push_to(&mut out);
        } else {
            push_lower_at(s, i, c, &mut out);
        }
    }
    out
}

/// `str.swapcase()`: uppercase characters are lowercased (with the
/// final-sigma rule), lowercase ones uppercased, others kept.
pub fn str_swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if is_upper(c) {
            push_lower_at(s, i, c, &mut out);
        } else if is_lower(c) {
            upper_full(c).push_to(&mut out);
        } else {
            out.push(c);
        }
    }
    out
}

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `str.isalpha()` (false for `""`).
pub fn str_isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `str.isalnum()` (false for `""`).
pub fn str_isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `str.isdecimal()` (false for `""`).
pub fn str_isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `str.isdigit()` (false for `""`).
pub fn str_isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `str.isnumeric()` (false for `""`).
pub fn str_isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `str.isspace()` (false for `""`).
pub fn str_isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `str.isprintable()` (true for `""`).
pub fn str_isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `str.isascii()` (true for `""`).
pub fn str_isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `str.islower()`: no uppercase/titlecase characters and at least one
/// lowercase one (`'123'.islower()` is false, `'a1'.islower()` true).
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        if is_lower(c) {
            cased = true;
        }
    }
    cased
}

/// `str.isupper()`: no lowercase/titlecase characters and at least one
/// uppercase one.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        if is_upper(c) {
            cased = true;
        }
    }
    cased
}

/// `str.istitle()`: uppercase/titlecase characters only follow uncased
/// ones, lowercase only follow cased ones, and there is at least one
/// cased character.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`: first character XID_Start or `_`, the rest
/// XID_Continue. (Keywords are identifiers too.)
pub fn str_is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) || c == '_' => it.all(is_xid_continue),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversions() {
        // (input, lower, upper, title, capitalize, swapcase, casefold) from CPython 3.11.
        let cases: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
            ("", "", "", "", "", "", ""),
            ("hello world", "hello world", "HELLO WORLD", "Hello World", "Hello world", "HELLO WORLD", "hello world"),
            ("hELLO wORLD", "hello world", "HELLO WORLD", "Hello World", "Hello world", "Hello World", "hello world"),
            ("they're bill's", "they're bill's", "THEY'RE BILL'S", "They'Re Bill'S", "They're bill's", "THEY'RE BILL'S", "they're bill's"),
            ("\u{df}trasse", "\u{df}trasse", "SSTRASSE", "Sstrasse", "Sstrasse", "SSTRASSE", "sstrasse"),
            ("\u{3a3}", "\u{3c3}", "\u{3a3}", "\u{3a3}", "\u{3a3}", "\u{3c3}", "\u{3c3}"),
            ("A\u{3a3}", "a\u{3c2}", "A\u{3a3}", "A\u{3c2}", "A\u{3c2}", "a\u{3c2}", "a\u{3c3}"),
            ("\u{3a3}A", "\u{3c3}a", "\u{3a3}A", "\u{3a3}a", "\u{3a3}a", "\u{3c3}a", "\u{3c3}a"),
            ("A\u{3a3}B", "a\u{3c3}b", "A\u{3a3}B", "A\u{3c3}b", "A\u{3c3}b", "a\u{3c3}b", "a\u{3c3}b"),
            ("A\u{3a3} B", "a\u{3c2} b", "A\u{3a3} B", "A\u{3c2} B", "A\u{3c2} b", "a\u{3c2} b", "a\u{3c3} b"),
            ("A.\u{3a3}", "a.\u{3c2}", "A.\u{3a3}", "A.\u{3a3}", "A.\u{3c2}", "a.\u{3c2}", "a.\u{3c3}"),
            ("A\u{3a3}'", "a\u{3c2}'", "A\u{3a3}'", "A\u{3c2}'", "A\u{3c2}'", "a\u{3c2}'", "a\u{3c3}'"),
            ("A\u{3a3}'B", "a\u{3c3}'b", "A\u{3a3}'B", "A\u{3c3}'B", "A\u{3c3}'b", "a\u{3c3}'b", "a\u{3c3}'b"),
            ("\u{39f}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{3a5}\u{3a3}", "\u{3bf}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c2}", "\u{39f}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{3a5}\u{3a3}", "\u{39f}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c2}", "\u{39f}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c2}", "\u{3bf}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c2}", "\u{3bf}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c3}"),
            ("\u{130}stanbul", "i\u{307}stanbul", "\u{130}STANBUL", "\u{130}stanbul", "\u{130}stanbul", "i\u{307}STANBUL", "i\u{307}stanbul"),
            ("\u{1c6}ungla", "\u{1c6}ungla", "\u{1c4}UNGLA", "\u{1c5}ungla", "\u{1c5}ungla", "\u{1c4}UNGLA", "\u{1c6}ungla"),
            ("\u{fb01}ne \u{fb02}ow", "\u{fb01}ne \u{fb02}ow", "FINE FLOW", "Fine Flow", "Fine \u{fb02}ow", "FINE FLOW", "fine flow"),
            ("\u{1c5}a \u{1c5}A", "\u{1c6}a \u{1c6}a", "\u{1c4}A \u{1c4}A", "\u{1c5}a \u{1c5}a", "\u{1c5}a \u{1c6}a", "\u{1c5}A \u{1c5}a", "\u{1c6}a \u{1c6}a"),
            ("abc1def 2GHI", "abc1def 2ghi", "ABC1DEF 2GHI", "Abc1Def 2Ghi", "Abc1def 2ghi", "ABC1DEF 2ghi", "abc1def 2ghi"),
            ("\u{1f80}\u{1f88}", "\u{1f80}\u{1f80}", "\u{1f08}\u{399}\u{1f08}\u{399}", "\u{1f88}\u{1f80}", "\u{1f88}\u{1f80}", "\u{1f08}\u{399}\u{1f88}", "\u{1f00}\u{3b9}\u{1f00}\u{3b9}"),
            ("\u{10428}\u{10400}x", "\u{10428}\u{10428}x", "\u{10400}\u{10400}X", "\u{10400}\u{10428}x", "\u{10400}\u{10428}x", "\u{10400}\u{10428}X", "\u{10428}\u{10428}x"),
            ("a\u{345}\u{3a3}", "a\u{345}\u{3c2}", "A\u{399}\u{3a3}", "A\u{345}\u{3c2}", "A\u{345}\u{3c2}", "A\u{399}\u{3c2}", "a\u{3b9}\u{3c3}"),
            ("A\u{345}\u{3a3}", "a\u{345}\u{3c2}", "A\u{399}\u{3a3}", "A\u{345}\u{3c2}", "A\u{345}\u{3c2}", "a\u{399}\u{3c2}", "a\u{3b9}\u{3c3}"),
            ("\u{3a3}\u{3a3}", "\u{3c3}\u{3c2}", "\u{3a3}\u{3a3}", "\u{3a3}\u{3c2}", "\u{3a3}\u{3c2}", "\u{3c3}\u{3c2}", "\u{3c3}\u{3c3}"),
            ("a\u{3a3}\u{3a3}", "a\u{3c3}\u{3c2}", "A\u{3a3}\u{3a3}", "A\u{3c3}\u{3c2}", "A\u{3c3}\u{3c2}", "A\u{3c3}\u{3c2}", "a\u{3c3}\u{3c3}"),
            ("1\u{3a3}", "1\u{3c3}", "1\u{3a3}", "1\u{3a3}", "1\u{3c3}", "1\u{3c3}", "1\u{3c3}"),
            ("\u{2b0}\u{3a3}", "\u{2b0}\u{3c3}", "\u{2b0}\u{3a3}", "\u{2b0}\u{3c3}", "\u{2b0}\u{3c3}", "\u{2b0}\u{3c3}", "\u{2b0}\u{3c3}"),
            ("a\u{2b0}\u{3a3}", "a\u{2b0}\u{3c2}", "A\u{2b0}\u{3a3}", "A\u{2b0}\u{3c2}", "A\u{2b0}\u{3c2}", "A\u{2b0}\u{3c2}", "a\u{2b0}\u{3c3}"),
            ("x\u{ad}\u{3a3}\u{ad}", "x\u{ad}\u{3c2}\u{ad}", "X\u{ad}\u{3a3}\u{ad}", "X\u{ad}\u{3a3}\u{ad}", "X\u{ad}\u{3c2}\u{ad}", "X\u{ad}\u{3c2}\u{ad}", "x\u{ad}\u{3c3}\u{ad}"),
            ("\u{149}n", "\u{149}n", "\u{2bc}NN", "\u{2bc}Nn", "\u{2bc}Nn", "\u{2bc}NN", "\u{2bc}nn"),
            ("\u{1f0}", "\u{1f0}", "J\u{30c}", "J\u{30c}", "J\u{30c}", "J\u{30c}", "j\u{30c}"),
            ("A\u{3a3}\u{301}b", "a\u{3c3}\u{301}b", "A\u{3a3}\u{301}B", "A\u{3c3}\u{301}B", "A\u{3c3}\u{301}b", "a\u{3c3}\u{301}B", "a\u{3c3}\u{301}b"),
        ];
        for &(s, l, u, t, c, sw, f) in cases {
            assert_eq!(str_lower(s), l, "lower {:?}", s);
            assert_eq!(str_upper(s), u, "upper {:?}", s);
            assert_eq!(str_title(s), t, "title {:?}", s);
            assert_eq!(str_capitalize(s), c, "capitalize {:?}", s);
            assert_eq!(str_swapcase(s), sw, "swapcase {:?}", s);
            assert_eq!(str_casefold(s), f, "casefold {:?}", s);
        }
    }

    #[test]
    fn predicates() {
        // (input, [alpha, alnum, decimal, digit, numeric, space, printable,
        //  ascii, lower, upper, title, identifier]) from CPython 3.11.
        let cases: &[(&str, [bool; 12])] = &[
            ("", [false, false, false, false, false, false, true, true, false, false, false, false]),
            ("abc", [true, true, false, false, false, false, true, true, true, false, false, true]),
            ("123", [false, true, true, true, true, false, true, true, false, false, false, false]),
            ("a1", [false, true, false, false, false, false, true, true, true, false, false, true]),
            ("A1", [false, true, false, false, false, false, true, true, false, true, true, true]),
            ("Hello World", [false, false, false, false, false, false, true, true, false, false, true, false]),
            ("Hello world", [false, false, false, false, false, false, true, true, false, false, false, false]),
            ("HeLLo", [true, true, false, false, false, false, true, true, false, false, false, true]),
            ("\u{1c5}a", [true, true, false, false, false, false, true, false, false, false, true, true]),
            ("\u{1c5}", [true, true, false, false, false, false, true, false, false, false, true, true]),
            (" \u{9}\u{a}", [false, false, false, false, false, true, false, true, false, false, false, false]),
            ("\u{a0}\u{3000}", [false, false, false, false, false, true, false, false, false, false, false, false]),
            ("\u{b2}\u{b3}", [false, true, false, true, true, false, true, false, false, false, false, false]),
            ("\u{bd}", [false, true, false, false, true, false, true, false, false, false, false, false]),
            ("\u{663}\u{664}", [false, true, true, true, true, false, true, false, false, false, false, false]),
            ("_private", [false, false, false, false, false, false, true, true, true, false, false, true]),
            ("_", [false, false, false, false, false, false, true, true, false, false, false, true]),
            ("1abc", [false, true, false, false, false, false, true, true, true, false, false, false]),
            ("\u{e9}t\u{e9}", [true, true, false, false, false, false, true, false, true, false, false, true]),
            ("ABC DEF", [false, false, false, false, false, false, true, true, false, true, false, false]),
            ("A B", [false, false, false, false, false, false, true, true, false, true, true, false]),
            ("\u{2167}", [false, true, false, false, true, false, true, false, false, true, true, true]),
            ("a\u{301}", [false, false, false, false, false, false, true, false, true, false, false, true]),
            ("\u{301}a", [false, false, false, false, false, false, true, false, true, false, false, false]),
            ("\u{0}", [false, false, false, false, false, false, false, true, false, false, false, false]),
            ("\u{ff}", [true, true, false, false, false, false, true, false, true, false, false, true]),
            ("\u{1d7d8}", [false, true, true, true, true, false, true, false, false, false, false, false]),
            ("\u{2118}x", [false, false, false, false, false, false, true, false, true, false, false, true]),
            ("\u{1c}\u{1f}", [false, false, false, false, false, true, false, true, false, false, false, false]),
            ("\u{85}", [false, false, false, false, false, true, false, false, false, false, false, false]),
            ("a\u{1c5}", [true, true, false, false, false, false, true, false, false, false, false, true]),
            ("\u{1c5}\u{1c5}", [true, true, false, false, false, false, true, false, false, false, false, true]),
            ("A\u{aa}", [true, true, false, false, false, false, true, false, false, false, true, true]),
            ("ab\u{2b0}", [true, true, false, false, false, false, true, false, true, false, false, true]),
            ("\u{2160}\u{2170}", [false, true, false, false, true, false, true, false, false, false, true, true]),
            ("class", [true, true, false, false, false, false, true, true, true, false, false, true]),
            ("a-b", [false, false, false, false, false, false, true, true, true, false, false, false]),
            ("\u{b7}a", [false, false, false, false, false, false, true, false, true, false, false, false]),
            ("a\u{b7}", [false, false, false, false, false, false, true, false, true, false, false, true]),
            ("\u{e50}", [false, true, true, true, true, false, true, false, false, false, false, false]),
            ("Ab Cd", [false, false, false, false, false, false, true, true, false, false, true, false]),
            ("AB", [true, true, false, false, false, false, true, true, false, true, false, true]),
            ("aB", [true, true, false, false, false, false, true, true, false, false, false, true]),
            ("1", [false, true, true, true, true, false, true, true, false, false, false, false]),
            (" ", [false, false, false, false, false, true, true, true, false, false, false, false]),
            ("\u{200b}", [false, false, false, false, false, false, false, false, false, false, false, false]),
            ("\u{e0001}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ];
        for &(s, e) in cases {
            let got = [
                str_isalpha(s),
                str_isalnum(s),
                str_isdecimal(s),
                str_isdigit(s),
                str_isnumeric(s),
                str_isspace(s),
                str_isprintable(s),
                str_isascii(s),
                str_islower(s),
                str_isupper(s),
                str_istitle(s),
                str_is_identifier(s),
            ];
            assert_eq!(got, e, "{:?}", s);
        }
    }
}
