//! The frontend: source decoding, parsing (rustpython-parser), syntax
//! checks, scope analysis and the register-bytecode compiler.
//!
//! Pipeline: `decode_source` (PEP 263) -> `compile_source`: parse -> map
//! parser errors to CPython's wording (`parse_error`) -> the checks CPython's
//! grammar does that this parser does not (`validate`) -> scope analysis
//! (`symtable`) -> code generation (`codegen`) -> `CodeUnit`.

mod encodings;
mod source;
mod error;
mod parse_error;
mod parse;
mod tokens;
mod fstring;
mod strlit;
mod validate;
mod walk;
mod unparse;
pub mod symtable;
mod fold;
mod codegen;
pub mod verify;

#[cfg(test)]
mod tests;

use crate::bytecode::CodeUnit;
use rustpython_parser::ast;

pub use source::{decode_source, LineIndex};

/// What the source is compiled as (CPython's `compile()` modes).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements, returns None.
    Exec,
    /// One expression, whose value the code returns.
    Eval,
    /// Interactive input: statements; the value of each expression statement
    /// is printed with `PrintExpr`.
    Single,
}

/// The exception class of a compile error.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A compile error, with the fields of CPython's `SyntaxError`.
///
/// `line == 0` means the error has no location (e.g. an unknown source
/// encoding); it then prints as just `SyntaxError: msg`. Columns are 1-based
/// offsets counted in UTF-8 bytes, which is what CPython 3.11 reports (and
/// prints carets from) when it compiles a file; `col == 0` means no column.
/// `end_col == 0` means no end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line (with its `\n` when it has one).
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for CompileError {}

/// Compiles source text to the module's (or expression's) code unit.
///
/// Never panics: an internal compiler bug is reported as a `SyntaxError`
/// whose message starts with `internal compiler error`.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<CodeUnit, CompileError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| compile_inner(source, filename, mode))) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into());
            Err(CompileError::bare(format!("internal compiler error: {what}"), filename))
        }
    }
}

/// Everything a pass needs to report an error at a source range.
pub(crate) struct SourceInfo<'a> {
    pub src: &'a str,
    pub filename: &'a str,
    pub lines: LineIndex,
}

impl<'a> SourceInfo<'a> {
    pub fn new(src: &'a str, filename: &'a str) -> Self {
        SourceInfo { src, filename, lines: LineIndex::new(src) }
    }

    /// A SyntaxError spanning the byte range `[start, end)`.
    pub fn error_range(&self, msg: impl Into<String>, start: u32, end: u32) -> CompileError {
        let (line, col) = self.lines.line_col(start);
        let (end_line, end_col) = self.lines.line_col(end.max(start));
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.to_owned(),
            line,
            col: col + 1,
            end_line,
            end_col: end_col + 1,
            text: Some(self.lines.line_text(self.src, line)),
        }
    }

    pub fn error_at<T: ast::Ranged>(&self, msg: impl Into<String>, node: &T) -> CompileError {
        self.error_range(msg, node.start().to_u32(), node.end().to_u32())
    }
}

/// Parses (and checks as CPython's grammar does) without compiling: the
/// tree `compile(..., PyCF_ONLY_AST)` converts to `_ast` nodes.
pub fn parse_to_ast(source: &str, filename: &str, mode: Mode) -> Result<ast::Mod, CompileError> {
    catch_ice(filename, || {
        let info = SourceInfo::new(source, filename);
        let (parsed, _fstrings) = parse::parse_source(&info, mode)?;
        validate::validate_mod(&info, &parsed)?;
        Ok(parsed)
    })
}

/// Compiles a tree built from `_ast` nodes. `lines_src` is text whose line
/// starts give the byte offsets the tree's ranges were made from.
pub fn compile_ast(tree: &ast::Mod, lines_src: &str, filename: &str, mode: Mode) -> Result<CodeUnit, CompileError> {
    catch_ice(filename, || {
        let info = SourceInfo::new(lines_src, filename);
        validate::validate_mod(&info, tree)?;
        let future = validate::future_features(&info, tree)?;
        let table = symtable::build(&info, tree, future)?;
        codegen::compile_mod(&info, tree, &table, mode, future)
    })
}

/// The scopes of `source` as `_symtable.symtable` reports them, with the
/// line index their offsets resolve through.
pub fn symtable_of(source: &str, filename: &str, mode: Mode) -> Result<(symtable::SymbolTable, LineIndex), CompileError> {
    catch_ice(filename, || {
        let info = SourceInfo::new(source, filename);
        let (parsed, _fstrings) = parse::parse_source(&info, mode)?;
        validate::validate_mod(&info, &parsed)?;
        let future = validate::future_features(&info, &parsed)?;
        let table = symtable::build(&info, &parsed, future)?;
        Ok((table, LineIndex::new(source)))
    })
}

fn catch_ice<T>(filename: &str, f: impl FnOnce() -> Result<T, CompileError>) -> Result<T, CompileError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into());
            Err(CompileError::bare(format!("internal compiler error: {what}"), filename))
        }
    }
}

fn compile_inner(source: &str, filename: &str, mode: Mode) -> Result<CodeUnit, CompileError> {
    let info = SourceInfo::new(source, filename);
    let (parsed, _fstrings) = parse::parse_source(&info, mode)?;
    validate::validate_mod(&info, &parsed)?;
    let future = validate::future_features(&info, &parsed)?;
    let table = symtable::build(&info, &parsed, future)?;
    codegen::compile_mod(&info, &parsed, &table, mode, future)
}
