//! Source -> AST: lexing with our f-string handling (`tokens`), parsing
//! with rustpython-parser, CPython-style error messages (`parse_error`),
//! then the f-strings put back into the tree (`fstring`).

use super::tokens::{self, FStrings, Lexed};
use super::{fstring, parse_error, CompileError, ErrorKind, Mode, SourceInfo};
use rustpython_parser::ast;
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{Mode as PMode, Tok};

type R<T> = Result<T, CompileError>;

fn pmode(mode: Mode) -> PMode {
    match mode {
        Mode::Exec => PMode::Module,
        Mode::Eval => PMode::Expression,
        Mode::Single => PMode::Interactive,
    }
}

/// Whether the line holding byte `at` is blank or a comment (after its
/// indentation); returns the range of its indentation if so.
fn blank_line_indent(text: &str, at: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let at = at.min(b.len());
    let start = b[..at].iter().rposition(|&c| c == b'\n' || c == b'\r').map(|p| p + 1).unwrap_or(0);
    let mut i = start;
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if i >= b.len() || matches!(b[i], b'\n' | b'\r' | b'#') {
        Some((start, i))
    } else {
        None
    }
}

pub(crate) fn parse_source(info: &SourceInfo, mode: Mode) -> R<(ast::Mod, FStrings)> {
    if info.src.contains('\0') {
        return Err(CompileError::bare("source code string cannot contain null bytes".into(), info.filename));
    }
    let mut text = std::borrow::Cow::Borrowed(info.src);
    let mut fs = FStrings::new(info.src);
    let lexed = loop {
        fs.list.clear();
        let lexed = tokens::lex(&text, 0, pmode(mode), &mut fs);
        // rustpython checks the indentation of blank and comment-only lines,
        // CPython ignores it: blank it out (same offsets) and lex again.
        if let Some(e) = &lexed.error {
            if matches!(
                e.error,
                LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces | LexicalErrorType::IndentationError
            ) {
                let at = e.location.to_usize();
                if let Some((s, _)) = [at, at.saturating_sub(1)].iter().find_map(|&a| blank_line_indent(&text, a)) {
                    let line_end = text[s..].find(['\n', '\r']).map(|p| s + p).unwrap_or(text.len());
                    if text[s..line_end].bytes().any(|c| c != b' ') {
                        let mut owned = text.into_owned();
                        let spaces = " ".repeat(line_end - s);
                        owned.replace_range(s..line_end, &spaces);
                        text = std::borrow::Cow::Owned(owned);
                        continue;
                    }
                }
            }
        }
        break lexed;
    };
    if lexed.error.is_some() || lexed.bracket_error.is_some() {
        return Err(lex_failure(info, &text, lexed, pmode(mode), &mut fs));
    }
    let toks = lexed.toks.clone();
    match rustpython_parser::parse_tokens(toks.into_iter().map(Ok), pmode(mode), info.filename) {
        Ok(mut m) => {
            if let Some(e) = parse_error::check_params(info, &lexed.toks) {
                return Err(e);
            }
            fstring::fix_mod(info, &mut fs, &mut m)?;
            Ok((m, fs))
        }
        Err(e) => {
            let at = e.offset.to_u32();
            if let Some(fe) = fstring::first_error_before(info, &mut fs, at) {
                return Err(fe);
            }
            Err(parse_error::from_parse(info, &lexed.toks, e))
        }
    }
}

/// The error for a source whose lexing stopped early: a parse error before
/// that point wins, as the parser would have seen it first.
fn lex_failure(info: &SourceInfo, text: &str, lexed: Lexed, mode: PMode, fs: &mut FStrings) -> CompileError {
    let stop = match (&lexed.error, &lexed.bracket_error) {
        (_, Some(tokens::BracketError::Unmatched { at, .. })) => *at,
        (_, Some(tokens::BracketError::Mismatch { at, .. })) => *at,
        (Some(e), None) => e.location.to_u32(),
        (None, None) => text.len() as u32,
    };
    let mut toks = lexed.toks.clone();
    // Close the logical line so that the parser only fails on real errors
    // (an error at that synthetic newline does not count).
    let mut synthetic = u32::MAX;
    if !matches!(toks.last(), Some((Tok::Newline, _))) {
        let end = toks.last().map(|t| t.1.end()).unwrap_or_default();
        synthetic = end.to_u32();
        toks.push((Tok::Newline, ast::text_size::TextRange::empty(end)));
    }
    if let Err(e) = rustpython_parser::parse_tokens(toks.into_iter().map(Ok), mode, info.filename) {
        let at = e.offset.to_u32();
        let eofish = matches!(
            e.error,
            rustpython_parser::ParseErrorType::Eof | rustpython_parser::ParseErrorType::Lexical(LexicalErrorType::IndentationError)
        );
        if at < stop && at < synthetic && !eofish {
            if let Some(fe) = fstring::first_error_before(info, fs, at) {
                return fe;
            }
            return parse_error::from_parse(info, &lexed.toks, e);
        }
    }
    if let Some(fe) = fstring::first_error_before(info, fs, stop) {
        return fe;
    }
    parse_error::from_lex(info, text, &lexed)
}

/// Parses the expression of an f-string replacement field (`text` starts
/// at absolute offset `start`), with nested f-strings resolved.
pub(crate) fn parse_fstring_expr(info: &SourceInfo, fs: &mut FStrings, text: &str, start: u32) -> R<ast::Expr> {
    let wrapped = format!("({text})");
    let lexed = tokens::lex(&wrapped, start - 1, PMode::Expression, fs);
    let prefix = |mut e: CompileError| {
        if !e.msg.starts_with("f-string") {
            e.msg = format!("f-string: {}", e.msg);
        }
        e.kind = ErrorKind::SyntaxError;
        e
    };
    if lexed.error.is_some() || lexed.bracket_error.is_some() {
        return Err(prefix(parse_error::from_lex(info, &wrapped, &lexed)));
    }
    match rustpython_parser::parse_tokens(lexed.toks.clone().into_iter().map(Ok), PMode::Expression, info.filename) {
        Ok(ast::Mod::Expression(e)) => {
            let mut body = *e.body;
            fstring::fix_expr(info, fs, &mut body)?;
            Ok(body)
        }
        Ok(_) => Err(info.error_range("f-string: invalid syntax", start, start)),
        Err(e) => {
            let mut err = prefix(parse_error::from_parse(info, &lexed.toks, e));
            // CPython shows the error against the text "(expr)".
            if !wrapped.contains('\n') {
                let (line, col0) = info.lines.line_col(start - 1);
                if err.line == line {
                    err.text = Some(wrapped.clone());
                    err.col = err.col.saturating_sub(col0);
                    if err.end_col > 0 {
                        err.end_col = err.end_col.saturating_sub(col0);
                    }
                }
            }
            Err(err)
        }
    }
}
