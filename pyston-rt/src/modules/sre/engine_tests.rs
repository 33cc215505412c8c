//! Unit tests of the matcher on code lists produced by CPython 3.11's
//! `re._compiler` (copied here as numbers).

use super::constants::{category, op, MAXREPEAT};
use super::engine::{search, sre_match, State};
use super::validate::validate;

const M: u32 = MAXREPEAT;

/// `(a|b)*c`, one group.
fn alt_star() -> Vec<u32> {
    vec![
        op::INFO, 4, 0, 1, M, op::REPEAT, 13, 0, M, op::MARK, 0, op::IN, 5, op::RANGE, 97, 98, op::FAILURE, op::MARK, 1,
        op::MAX_UNTIL, op::LITERAL, 99, op::SUCCESS,
    ]
}

/// `(\w+)\s\1`, one group.
fn backref() -> Vec<u32> {
    vec![
        op::INFO, 4, 0, 3, M, op::MARK, 0, op::REPEAT_ONE, 9, 1, M, op::IN, 4, op::CATEGORY, category::UNI_WORD,
        op::FAILURE, op::SUCCESS, op::MARK, 1, op::IN, 4, op::CATEGORY, category::UNI_SPACE, op::FAILURE, op::GROUPREF,
        0, op::SUCCESS,
    ]
}

fn run_search(code: &[u32], groups: usize, s: &[u8]) -> Option<(usize, usize, Option<(usize, usize)>)> {
    assert!(validate(code, groups as isize));
    let mut st = State::new(s.len(), 0, isize::MAX, groups);
    let found = search(&mut st, s, code).expect("no error");
    found.then(|| (st.start, st.ptr, if groups > 0 { st.group_span(1).expect("span") } else { None }))
}

#[test]
fn repeat_with_group_backtracks() {
    let code = alt_star();
    assert_eq!(run_search(&code, 1, b"xxababc"), Some((2, 7, Some((5, 6)))));
    assert_eq!(run_search(&code, 1, b"c"), Some((0, 1, None)));
    assert_eq!(run_search(&code, 1, b"abab"), None);
}

#[test]
fn backreference() {
    let code = backref();
    assert_eq!(run_search(&code, 1, b"say hello hello"), Some((4, 15, Some((4, 9)))));
    assert_eq!(run_search(&code, 1, b"ab ac"), None);
}

#[test]
fn deep_backtracking_uses_no_rust_stack() {
    // (a|b)*c over 200,000 characters: one context per iteration.
    let code = alt_star();
    let mut s = vec![b'a'; 200_000];
    s.push(b'c');
    assert_eq!(run_search(&code, 1, &s), Some((0, 200_001, Some((199_999, 200_000)))));
}

#[test]
fn match_on_wide_units() {
    let code = alt_star();
    let s: Vec<u32> = "ab\u{e9}".chars().map(|c| c as u32).collect();
    let mut st = State::new(s.len(), 0, isize::MAX, 1);
    assert!(!sre_match(&mut st, &s, &code, 0, true).expect("no error"));
    let s: Vec<u32> = "bac\u{e9}".chars().map(|c| c as u32).collect();
    let mut st = State::new(s.len(), 0, isize::MAX, 1);
    assert!(sre_match(&mut st, &s, &code, 0, true).expect("no error"));
    assert_eq!(st.ptr, 3);
}

#[test]
fn validator_rejects_bad_prefix_skip() {
    // INFO with a 1-char prefix whose skip (2) exceeds its length.
    let code = [op::INFO, 8, 1, 1, 1, 1, 2, 97, 0, op::LITERAL, 97, op::SUCCESS];
    assert!(!validate(&code, 0));
    let code = [op::INFO, 8, 1, 1, 1, 1, 1, 97, 0, op::LITERAL, 97, op::SUCCESS];
    assert!(validate(&code, 0));
}
