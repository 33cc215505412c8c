//! Mapping rustpython-parser errors to CPython's messages and positions.

use super::{CompileError, ErrorKind, Mode, SourceInfo};
use rustpython_parser::{lexer::LexicalErrorType, ParseError, ParseErrorType};

pub(crate) fn convert(info: &SourceInfo, e: ParseError, _mode: Mode) -> CompileError {
    let off = e.offset.to_u32();
    let (msg, kind) = match &e.error {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            ("unindent does not match any outer indentation level".to_owned(), ErrorKind::IndentationError)
        }
        ParseErrorType::Lexical(LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces) => {
            ("inconsistent use of tabs and spaces in indentation".to_owned(), ErrorKind::TabError)
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(m)) => (m.clone(), ErrorKind::SyntaxError),
        t if t.is_indentation_error() => (t.to_string(), ErrorKind::IndentationError),
        _ => ("invalid syntax".to_owned(), ErrorKind::SyntaxError),
    };
    let mut err = info.error_range(msg, off, off + 1);
    err.kind = kind;
    err
}

pub(crate) fn scan_tokens_after_parse(_info: &SourceInfo, _mode: Mode) -> Option<CompileError> {
    None
}
