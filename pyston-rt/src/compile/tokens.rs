//! Lexing and parsing through rustpython-parser, with two adjustments:
//!
//! * f-string tokens are replaced by plain string tokens holding a marker
//!   (`<M>index<M>`, `M` a private-use character absent from the source);
//!   after parsing, `fstring::fix_ast` replaces the string constants that
//!   contain markers by `JoinedStr` nodes built by our own f-string parser
//!   (CPython 3.11 semantics and messages).
//! * bracket matching is checked here, so that unmatched and mismatched
//!   brackets get CPython's messages.
//!
//! The token list is kept for error reporting (`parse_error`).

use rustpython_parser::ast::text_size::{TextRange, TextSize};
use rustpython_parser::lexer::{self, LexicalError, LexicalErrorType};
use rustpython_parser::{Mode as PMode, StringKind, Tok};

/// An f-string token taken out of the token stream.
#[derive(Clone, Debug)]
pub(crate) struct FStr {
    /// The whole token (prefix and quotes included).
    pub range: TextRange,
    /// The text between the quotes, as written.
    pub content: String,
    /// Absolute offset of `content`.
    pub content_start: u32,
    pub raw: bool,
    /// The quote as written: `'`, `"`, `'''` or `"""`.
    pub quote: String,
}

/// A bracket-matching error found while lexing.
#[derive(Clone, Debug)]
pub(crate) enum BracketError {
    /// A closing bracket with nothing open (`unmatched ')'`).
    Unmatched { ch: char, at: u32 },
    /// A closing bracket that does not match the innermost open one.
    Mismatch { close: char, at: u32, open: char, open_at: u32 },
}

pub(crate) struct Lexed {
    pub toks: Vec<(Tok, TextRange)>,
    /// The lexer's error, if lexing stopped early.
    pub error: Option<LexicalError>,
    pub bracket_error: Option<BracketError>,
    /// Brackets still open where lexing stopped: (char, offset).
    pub open: Vec<(char, u32)>,
}

/// Shared state of one compilation's lexing: the marker and the f-strings.
pub(crate) struct FStrings {
    /// Delimits the index of an f-string in its placeholder string.
    pub marker: String,
    pub list: Vec<FStr>,
}

impl FStrings {
    pub fn new(src: &str) -> FStrings {
        // Strings may hold any character once decoded, so use a sequence
        // that no source is expected to contain (and not this one).
        let marker = ["\u{10FFFD}\u{F8FE}\u{10FFFC}", "\u{10FFFB}\u{F8FD}\u{10FFFA}", "\u{10FFF9}\u{F8FC}\u{10FFF8}"]
            .into_iter()
            .find(|m| !src.contains(m))
            .unwrap_or("\u{10FFF7}\u{F8FB}\u{10FFF6}\u{10FFF5}")
            .to_owned();
        FStrings { marker, list: Vec::new() }
    }
}

fn closing_for(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Lexes `text` (whose first byte is at absolute offset `base`).
pub(crate) fn lex(text: &str, base: u32, mode: PMode, fs: &mut FStrings) -> Lexed {
    let mut toks = Vec::new();
    let mut error = None;
    let mut bracket_error = None;
    let mut open: Vec<(char, u32)> = Vec::new();
    for r in lexer::lex_starts_at(text, mode, TextSize::from(base)) {
        match r {
            Ok((tok, range)) => {
                let start = range.start().to_u32();
                match &tok {
                    Tok::Lpar => open.push(('(', start)),
                    Tok::Lsqb => open.push(('[', start)),
                    Tok::Lbrace => open.push(('{', start)),
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                        let ch = match tok {
                            Tok::Rpar => ')',
                            Tok::Rsqb => ']',
                            _ => '}',
                        };
                        match open.last() {
                            None => {
                                bracket_error = Some(BracketError::Unmatched { ch, at: start });
                                break;
                            }
                            Some(&(o, at)) if closing_for(o) != ch => {
                                bracket_error = Some(BracketError::Mismatch { close: ch, at: start, open: o, open_at: at });
                                break;
                            }
                            _ => {
                                open.pop();
                            }
                        }
                    }
                    _ => {}
                }
                if let Tok::String { kind: StringKind::FString | StringKind::RawFString, triple_quoted, .. } = &tok {
                    let s = &text[(start - base) as usize..(range.end().to_u32() - base) as usize];
                    let prefix = s.find(['\'', '"']).unwrap_or(0);
                    let qlen = if *triple_quoted { 3 } else { 1 };
                    let quote = s[prefix..prefix + qlen].to_owned();
                    let content = s[prefix + qlen..s.len() - qlen].to_owned();
                    let idx = fs.list.len();
                    fs.list.push(FStr {
                        range,
                        content,
                        content_start: start + (prefix + qlen) as u32,
                        raw: matches!(tok, Tok::String { kind: StringKind::RawFString, .. }),
                        quote,
                    });
                    let m = &fs.marker;
                    toks.push((
                        Tok::String { value: format!("{m}{idx}{m}"), kind: StringKind::String, triple_quoted: false },
                        range,
                    ));
                    continue;
                }
                toks.push((tok, range));
            }
            Err(e) => {
                // rustpython reports unmatched closers itself; prefer our wording.
                if matches!(e.error, LexicalErrorType::NestingError) && bracket_error.is_none() {
                    let at = e.location.to_u32().saturating_sub(1);
                    let ch = text.as_bytes().get((at - base.min(at)) as usize).map(|&b| b as char).unwrap_or(')');
                    bracket_error = Some(BracketError::Unmatched { ch, at });
                } else {
                    error = Some(e);
                }
                break;
            }
        }
    }
    Lexed { toks, error, bracket_error, open }
}

/// Whether a token can start an expression (for "forgot a comma" hints).
pub(crate) fn starts_atom(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Tilde
    )
}

/// Whether a token can end an expression.
pub(crate) fn ends_atom(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}
