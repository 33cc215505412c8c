//! CPython's wording and positions for syntax errors found by the lexer or
//! the parser (rustpython-parser reports them differently): unterminated
//! strings, unclosed and mismatched brackets, indentation errors, invalid
//! characters and number literals, missing colons, missing commas, and the
//! argument-list errors.

use super::tokens::{self, BracketError, Lexed};
use super::{CompileError, ErrorKind, SourceInfo};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{ParseError, ParseErrorType, Tok};

type Toks = [(Tok, TextRange)];

/// An error spanning `[start, end)`.
fn at(info: &SourceInfo, msg: impl Into<String>, start: u32, end: u32) -> CompileError {
    info.error_range(msg, start, end)
}

/// An error with a zero-width position (CPython's `offset == end_offset`).
fn point(info: &SourceInfo, msg: impl Into<String>, pos: u32) -> CompileError {
    let mut e = info.error_range(msg, pos, pos);
    e.end_col = e.col;
    e
}

/// An error without an end (`end_offset` of -1 or 0).
fn open_ended(info: &SourceInfo, msg: impl Into<String>, pos: u32) -> CompileError {
    let mut e = info.error_range(msg, pos, pos);
    e.end_col = 0;
    e
}

fn indentation(mut e: CompileError) -> CompileError {
    e.kind = ErrorKind::IndentationError;
    e
}

/// The token containing `offset`, else the first one after it.
fn token_index_at(toks: &Toks, offset: u32) -> Option<usize> {
    toks.iter()
        .position(|(_, r)| r.start().to_u32() <= offset && offset < r.end().to_u32())
        .or_else(|| toks.iter().position(|(_, r)| r.start().to_u32() >= offset))
}

/// The end (exclusive token index) of an argument starting at token `i`:
/// up to the next ',' or closing bracket at the same depth.
fn arg_end(toks: &Toks, i: usize) -> usize {
    let mut depth = 0;
    let mut j = i;
    while j < toks.len() {
        match toks[j].0 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                if depth == 0 {
                    return j;
                }
                depth -= 1;
            }
            Tok::Comma | Tok::Newline if depth == 0 => return j,
            _ => {}
        }
        j += 1;
    }
    j
}

/// Checks what rustpython accepts but CPython's grammar refuses in
/// parameter lists: a bare `*` followed by `**kwargs`.
pub(crate) fn check_params(info: &SourceInfo, toks: &Toks) -> Option<CompileError> {
    for i in 0..toks.len().saturating_sub(2) {
        if matches!(toks[i].0, Tok::Star)
            && matches!(toks[i + 1].0, Tok::Comma)
            && matches!(toks[i + 2].0, Tok::DoubleStar)
            && i > 0
            && matches!(toks[i - 1].0, Tok::Lpar | Tok::Comma | Tok::Lambda)
        {
            // Only in a def or lambda parameter list.
            let ls = line_start(toks, i);
            let in_def = toks[ls..i].iter().any(|(t, _)| matches!(t, Tok::Def | Tok::Lambda));
            if in_def {
                let (s, e) = r(toks, i);
                return Some(at(info, "named arguments must follow bare *", s, e));
            }
        }
    }
    None
}

/// Bracket depth before token `i`.
fn depth_before(toks: &Toks, i: usize) -> i32 {
    let mut d = 0;
    for (t, _) in &toks[..i.min(toks.len())] {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => d += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => d -= 1,
            _ => {}
        }
    }
    d
}

/// For an `except` at token `i` starting a line: whether the previous
/// handler of the same try statement was `except*` (None if there is none).
fn previous_handler_is_star(toks: &Toks, i: usize) -> Option<bool> {
    let mut level = 0i32;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match toks[j].0 {
            Tok::Dedent => level += 1,
            Tok::Indent => {
                level -= 1;
                if level < 0 {
                    return None;
                }
            }
            Tok::Try if level == 0 => return None,
            Tok::Except if level == 0 && (j == 0 || matches!(toks[j - 1].0, Tok::Newline | Tok::Dedent | Tok::Indent)) => {
                return Some(matches!(toks.get(j + 1).map(|t| &t.0), Some(Tok::Star)));
            }
            _ => {}
        }
    }
    None
}

/// Index of the first token of the logical line containing token `i`.
fn line_start(toks: &Toks, i: usize) -> usize {
    let mut j = i.min(toks.len());
    while j > 0 && !matches!(toks[j - 1].0, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi) {
        j -= 1;
    }
    j
}

fn is_separator(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Comma
            | Tok::Colon
            | Tok::Equal
            | Tok::Semi
            | Tok::Newline
            | Tok::If
            | Tok::Else
            | Tok::For
            | Tok::Lambda
            | Tok::Yield
            | Tok::Return
            | Tok::Async
            | Tok::ColonEqual
            | Tok::Rarrow
            | Tok::Indent
            | Tok::Dedent
    ) || matches!(t, Tok::In)
}

/// The start of the expression that ends with token `i` (same depth).
fn expr_start(toks: &Toks, i: usize) -> usize {
    let mut depth = 0;
    let mut j = i;
    loop {
        match toks[j].0 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    return j + 1;
                }
                depth -= 1;
            }
            ref t if depth == 0 && is_separator(t) => return j + 1,
            _ => {}
        }
        if j == 0 {
            return 0;
        }
        j -= 1;
    }
}

/// Index of the innermost bracket still open before token `i`.
fn innermost_open(toks: &Toks, i: usize) -> Option<usize> {
    let mut stack = Vec::new();
    for (k, (t, _)) in toks[..i].iter().enumerate() {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => stack.push(k),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

/// The first token of the comma-separated element holding token `i`.
fn element_start(toks: &Toks, i: usize) -> usize {
    let mut depth = 0;
    let mut j = i;
    while j > 0 {
        match toks[j - 1].0 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    return j;
                }
                depth -= 1;
            }
            Tok::Comma | Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi if depth == 0 => return j,
            _ => {}
        }
        j -= 1;
    }
    0
}

/// The end (exclusive token index) of the expression starting at token `i`.
fn expr_end(toks: &Toks, i: usize) -> usize {
    let mut depth = 0;
    let mut j = i;
    while j < toks.len() {
        match toks[j].0 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                if depth == 0 {
                    return j;
                }
                depth -= 1;
            }
            ref t if depth == 0 && is_separator(t) => return j,
            _ => {}
        }
        j += 1;
    }
    j
}

fn r(toks: &Toks, i: usize) -> (u32, u32) {
    let (_, rg) = &toks[i];
    (rg.start().to_u32(), rg.end().to_u32())
}

/// The compound statement a `:` NEWLINE header belongs to, with its line.
fn block_kind(info: &SourceInfo, toks: &Toks, colon: usize) -> Option<(String, u32)> {
    let s = line_start(toks, colon);
    let (mut t, mut k) = (&toks.get(s)?.0, s);
    if matches!(t, Tok::Async) {
        k = s + 1;
        t = &toks.get(k)?.0;
    }
    let what = match t {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Except => {
            if matches!(toks.get(k + 1).map(|x| &x.0), Some(Tok::Star)) {
                "'except*' statement"
            } else {
                "'except' statement"
            }
        }
        Tok::Finally => "'finally' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return None,
    };
    let line = info.lines.line_col(toks[k].1.start().to_u32()).0;
    Some((what.to_owned(), line))
}

pub(crate) fn from_parse(info: &SourceInfo, toks: &Toks, e: ParseError) -> CompileError {
    let off = e.offset.to_u32();
    let idx = token_index_at(toks, off);
    let tok_range = idx.map(|i| r(toks, i)).unwrap_or((off, off + 1));
    // Zero-width tokens (dedents) stand for the token after them.
    let tok_range = match idx {
        Some(i) if tok_range.0 == tok_range.1 && !matches!(toks[i].0, Tok::Newline) => toks[i..]
            .iter()
            .find(|(t, rg)| rg.start() != rg.end() || matches!(t, Tok::Newline))
            .map(|(_, rg)| (rg.start().to_u32(), rg.end().to_u32()))
            .unwrap_or(tok_range),
        _ => tok_range,
    };
    let syntax = |msg: &str| at(info, msg, tok_range.0, tok_range.1);
    match &e.error {
        ParseErrorType::Lexical(l) => match l {
            LexicalErrorType::DefaultArgumentError => syntax("non-default argument follows default argument"),
            LexicalErrorType::DuplicateArgumentError(name) => {
                syntax(&format!("duplicate argument '{name}' in function definition"))
            }
            LexicalErrorType::PositionalArgumentError => {
                // CPython points at the end of the argument list.
                let (mut msg, mut pos) = ("positional argument follows keyword argument", tok_range.0);
                if let Some(i) = idx {
                    let open = (0..i).rev().find(|&j| depth_before(toks, j + 1) == depth_before(toks, i) && matches!(toks[j].0, Tok::Lpar));
                    if let Some(o) = open {
                        if toks[o..i].iter().any(|(t, _)| matches!(t, Tok::DoubleStar)) {
                            msg = "positional argument follows keyword argument unpacking";
                        }
                    }
                    let close = expr_end(toks, i);
                    pos = toks.get(close).map(|t| t.1.start().to_u32()).unwrap_or(pos);
                }
                at(info, msg, pos, pos + 1)
            }
            LexicalErrorType::UnpackedArgumentError => {
                syntax("iterable argument unpacking follows keyword argument unpacking")
            }
            LexicalErrorType::DuplicateKeywordArgumentError(name) => {
                let end = idx.map(|i| arg_end(toks, i)).filter(|&j| j > 0).map(|j| toks[j - 1].1.end().to_u32());
                at(info, format!("keyword argument repeated: {name}"), tok_range.0, end.unwrap_or(tok_range.1))
            }
            LexicalErrorType::IndentationError => expected_block(info, toks, toks.len(), off),
            LexicalErrorType::UnicodeError => {
                let (a, _) = tok_range;
                let text = &info.src[a as usize..tok_range.1.max(a) as usize];
                let msg = match text.find("\\N{") {
                    Some(p) => {
                        let q = text.find(['\'', '"']).map(|q| q + 1).unwrap_or(0);
                        let end = text[p..].find('}').map(|e| p + e).unwrap_or(p);
                        format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                            p - q,
                            end - q
                        )
                    }
                    None => "(unicode error) 'unicodeescape' codec can't decode bytes: truncated escape".to_owned(),
                };
                point(info, msg, tok_range.1)
            }
            LexicalErrorType::OtherError(m) if m == "cannot mix bytes and nonbytes literals" => {
                let mut j = idx.unwrap_or(0);
                while j + 1 < toks.len() && matches!(toks[j + 1].0, Tok::String { .. }) {
                    j += 1;
                }
                let end = toks.get(j).map(|t| t.1.end().to_u32()).unwrap_or(off);
                point(info, m.clone(), end)
            }
            LexicalErrorType::OtherError(m) if m == "bytes can only contain ASCII literal characters" => {
                syntax(m)
            }
            LexicalErrorType::OtherError(m) => {
                if m == "cannot use starred expression here" || m == "cannot use double starred expression here" {
                    let end = idx.map(|i| expr_end(toks, i)).filter(|&j| j > 0).map(|j| toks[j - 1].1.end().to_u32());
                    at(info, m.clone(), tok_range.0, end.unwrap_or(tok_range.1))
                } else {
                    syntax(m)
                }
            }
            other => syntax(&other.to_string()),
        },
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            let i = idx.unwrap_or(toks.len().saturating_sub(1));
            unexpected_token(info, toks, i, tok, expected.as_deref())
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => syntax("invalid syntax"),
        ParseErrorType::Eof => {
            let last = toks.last().map(|t| t.1.end().to_u32()).unwrap_or(0);
            point(info, "invalid syntax", last)
        }
    }
}

fn expected_block(info: &SourceInfo, toks: &Toks, i: usize, off: u32) -> CompileError {
    // Find the ':' NEWLINE before token i.
    let mut j = i.min(toks.len());
    while j > 0 && matches!(toks[j - 1].0, Tok::Newline | Tok::Dedent | Tok::Indent) {
        j -= 1;
    }
    let (pos_start, pos_end) = if i < toks.len() {
        r(toks, i)
    } else if j < toks.len() {
        r(toks, j)
    } else {
        (off, off)
    };
    let msg = match (j > 0).then(|| block_kind(info, toks, j - 1)).flatten() {
        Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
        None => "expected an indented block".to_owned(),
    };
    if i < toks.len() && !matches!(toks[i].0, Tok::Newline) && pos_end > pos_start {
        indentation(at(info, msg, pos_start, pos_end))
    } else {
        indentation(open_ended(info, msg, pos_start))
    }
}

fn unexpected_token(info: &SourceInfo, toks: &Toks, i: usize, tok: &Tok, expected: Option<&str>) -> CompileError {
    let (s, e) = r(toks, i);
    if matches!(tok, Tok::Indent) {
        let (line, col) = info.lines.line_col(e);
        let _ = line;
        let mut err = indentation(open_ended(info, "unexpected indent", e));
        err.col = col;
        return err;
    }
    if expected == Some("Indent") || (i > 0 && matches!(toks[i - 1].0, Tok::Newline) && i > 1 && matches!(toks[i - 2].0, Tok::Colon)) {
        if !matches!(tok, Tok::Indent) {
            return expected_block(info, toks, i, s);
        }
    }
    let depth = depth_before(toks, i);
    let ls = line_start(toks, i);
    let prev = if i > 0 { Some(&toks[i - 1].0) } else { None };
    // A number glued to a name: a malformed number literal (`1__0`, `1e`).
    if let (Some(Tok::Int { .. } | Tok::Float { .. }), Tok::Name { .. }) = (prev, tok) {
        if toks[i - 1].1.end().to_u32() == s {
            if let Some(err) = number_error(info, info.src, toks[i - 1].1.start().to_u32(), s) {
                return err;
            }
        }
    }
    let first = toks.get(ls).map(|t| &t.0);
    // `except` and `except*` mixed in one try statement.
    if matches!(first, Some(Tok::Except)) && depth == 0 {
        let star = matches!(toks.get(ls + 1).map(|t| &t.0), Some(Tok::Star));
        if previous_handler_is_star(toks, ls) == Some(!star) {
            let msg = "cannot have both 'except' and 'except*' on the same 'try'";
            let (es, ee) = r(toks, ls);
            return if star { at(info, msg, es, r(toks, ls + 1).1) } else { at(info, msg, es, ee) };
        }
    }
    // except handlers.
    if matches!(first, Some(Tok::Except)) && depth == 0 {
        if matches!(tok, Tok::Colon) && matches!(prev, Some(Tok::Star)) {
            return at(info, "expected one or more exception types", s, e);
        }
        if matches!(tok, Tok::Comma) && i >= ls + 2 {
            let b = expr_end(toks, i + 1);
            let end = toks.get(b.saturating_sub(1)).map(|t| t.1.end().to_u32()).unwrap_or(e);
            return at(info, "multiple exception types must be parenthesized", r(toks, ls + 1).0, end);
        }
    }
    // def parameter lists.
    let is_def = matches!(first, Some(Tok::Def)) || (matches!(first, Some(Tok::Async)) && matches!(toks.get(ls + 1).map(|t| &t.0), Some(Tok::Def)));
    if is_def && depth == 1 {
        let open = (ls..i).find(|&k| matches!(toks[k].0, Tok::Lpar)).unwrap_or(ls);
        let params = &toks[open + 1..i];
        let at_depth1 = |t: &dyn Fn(&Tok) -> bool| {
            let mut d = 0;
            params.iter().any(|(x, _)| {
                match x {
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => d += 1,
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => d -= 1,
                    _ => {}
                }
                d == 0 && t(x)
            })
        };
        if matches!(tok, Tok::Star) && at_depth1(&|x| matches!(x, Tok::Star)) {
            return at(info, "* argument may appear only once", s, e);
        }
        if matches!(tok, Tok::Slash) && at_depth1(&|x| matches!(x, Tok::Slash)) {
            return at(info, "/ may appear only once", s, e);
        }
        if at_depth1(&|x| matches!(x, Tok::DoubleStar)) && matches!(prev, Some(Tok::Comma)) {
            return at(info, "arguments cannot follow var-keyword argument", s, e);
        }
    }
    // Legacy print/exec statements.
    if depth == 0 && i == ls + 1 {
        if let Tok::Name { name } = &toks[ls].0 {
            if (name == "print" || name == "exec") && tokens::starts_atom(tok) {
                let end = expr_end(toks, i);
                let stop = toks.get(end.saturating_sub(1)).map(|t| t.1.end().to_u32()).unwrap_or(e);
                return at(
                    info,
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    toks[ls].1.start().to_u32(),
                    stop,
                );
            }
        }
    }
    // Missing ':' at the end of a compound statement header.
    if matches!(tok, Tok::Newline) && depth == 0 {
        let header = matches!(
            toks.get(ls).map(|t| &t.0),
            Some(
                Tok::If | Tok::Elif | Tok::Else | Tok::While | Tok::For | Tok::With | Tok::Try | Tok::Except | Tok::Finally
                    | Tok::Def | Tok::Class | Tok::Async
            )
        );
        let has_colon = toks[ls..i].iter().any(|(t, _)| matches!(t, Tok::Colon));
        let simple_else = matches!(toks.get(ls).map(|t| &t.0), Some(Tok::Else)) && i == ls + 1;
        if header && !has_colon && !simple_else {
            let end = toks[i - 1].1.end().to_u32();
            return point(info, "expected ':'", end);
        }
        // `from x import a,`
        if matches!(prev, Some(Tok::Comma))
            && matches!(toks.get(ls).map(|t| &t.0), Some(Tok::From))
            && toks[ls..i].iter().any(|(t, _)| matches!(t, Tok::Import))
        {
            return point(info, "trailing comma not allowed without surrounding parentheses", s);
        }
    }
    // `x if y` without else.
    if !matches!(tok, Tok::Else) && depth >= 0 {
        let st = expr_start(toks, i.saturating_sub(1));
        if st > 0 && st <= i && matches!(toks.get(st - 1).map(|t| &t.0), Some(Tok::If)) && st >= 2 && st - 1 > ls {
            let cond_if = st - 1;
            // Not a comprehension's `if`: no `for` before it in the element.
            let elem_start = element_start(toks, cond_if);
            let in_comp = toks[elem_start..cond_if].iter().any(|(t, _)| matches!(t, Tok::For));
            if !in_comp && !matches!(toks[cond_if - 1].0, Tok::Newline | Tok::Indent | Tok::Dedent) && tokens::ends_atom(&toks[cond_if - 1].0) {
                let value_start = expr_start(toks, cond_if - 1);
                return at(info, "expected 'else' after 'if' expression", r(toks, value_start).0, toks[i - 1].1.end().to_u32());
            }
        }
    }
    // `{k: v, k2 v2}`: a dict entry without its colon.
    if depth > 0 && tokens::starts_atom(tok) && !matches!(tok, Tok::Lpar | Tok::Lsqb) && i > 0 && tokens::ends_atom(&toks[i - 1].0) {
        let es = element_start(toks, i - 1);
        let open = es.checked_sub(1).map(|k| &toks[k].0);
        let is_brace = open.is_some_and(|t| matches!(t, Tok::Lbrace | Tok::Comma)) && innermost_open(toks, i).is_some_and(|k| matches!(toks[k].0, Tok::Lbrace));
        if is_brace {
            let ob = innermost_open(toks, i).expect("brace");
            let mut d = 0;
            let dict = toks[ob + 1..es].iter().any(|(t, _)| {
                match t {
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => d += 1,
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => d -= 1,
                    _ => {}
                }
                d == 0 && matches!(t, Tok::Colon)
            });
            let elem_has_colon = toks[es..i].iter().any(|(t, _)| matches!(t, Tok::Colon));
            if dict && !elem_has_colon {
                let key_end = toks[i - 1].1.end().to_u32();
                return point(info, "':' expected after dictionary key", key_end.saturating_sub(1));
            }
        }
    }
    // Two expressions side by side inside brackets: a missing comma.
    if depth > 0 && tokens::starts_atom(tok) && !matches!(tok, Tok::Lpar | Tok::Lsqb) {
        if let Some(p) = prev {
            let name_string = matches!(p, Tok::Name { .. }) && matches!(tok, Tok::String { .. });
            if tokens::ends_atom(p) && !name_string {
                let a = expr_start(toks, i - 1);
                let b = expr_end(toks, i);
                if a < i && b > i {
                    return at(
                        info,
                        "invalid syntax. Perhaps you forgot a comma?",
                        r(toks, a).0,
                        toks[b - 1].1.end().to_u32(),
                    );
                }
            }
        }
    }
    // `f(a.b=1)`: a keyword argument must be a name.
    if matches!(tok, Tok::Equal) && depth > 0 && i >= 1 {
        let a = expr_start(toks, i - 1);
        let open_paren = a > 0 && matches!(toks[a - 1].0, Tok::Lpar | Tok::Comma);
        if open_paren && !(a == i - 1 && matches!(toks[a].0, Tok::Name { .. })) {
            return at(info, "expression cannot contain assignment, perhaps you meant \"==\"?", r(toks, a).0, e);
        }
    }
    // `if x = 1:` and friends.
    if matches!(tok, Tok::Equal) && depth == 0 && i >= 1 && matches!(toks[i - 1].0, Tok::Name { .. }) {
        let header = matches!(toks.get(ls).map(|t| &t.0), Some(Tok::If | Tok::Elif | Tok::While | Tok::Assert));
        if header {
            let b = expr_end(toks, i + 1);
            let end = toks.get(b.saturating_sub(1)).map(|t| t.1.end().to_u32()).unwrap_or(e);
            return at(info, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", r(toks, i - 1).0, end);
        }
    }
    if matches!(tok, Tok::Newline) {
        return point(info, "invalid syntax", s);
    }
    if e > s {
        at(info, "invalid syntax", s, e)
    } else {
        point(info, "invalid syntax", s)
    }
}

// ------------------------------------------------------------------ lexing

pub(crate) fn from_lex(info: &SourceInfo, text: &str, lexed: &Lexed) -> CompileError {
    if let Some(b) = &lexed.bracket_error {
        return match b {
            BracketError::Unmatched { ch, at: pos } => point(info, format!("unmatched '{ch}'"), *pos),
            BracketError::Mismatch { close, at: pos, open, open_at } => {
                let l1 = info.lines.line_col(*open_at).0;
                let l2 = info.lines.line_col(*pos).0;
                let msg = if l1 != l2 {
                    format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {l1}")
                } else {
                    format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
                };
                point(info, msg, *pos)
            }
        };
    }
    let Some(err) = &lexed.error else {
        return point(info, "invalid syntax", 0);
    };
    let loc = err.location.to_u32();
    let after_last = lexed.toks.last().map(|t| t.1.end().to_u32()).unwrap_or(0);
    match &err.error {
        LexicalErrorType::IndentationError => {
            let (line, _) = info.lines.line_col(loc);
            let text_line = info.lines.line_text(info.src, line);
            let mut e = indentation(point(info, "unindent does not match any outer indentation level", loc));
            e.col = text_line.trim_end_matches('\n').len() as u32 + 1;
            e.end_col = 0;
            e
        }
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => {
            let mut e = point(info, "inconsistent use of tabs and spaces in indentation", loc);
            e.kind = ErrorKind::TabError;
            e.col = 1;
            e.end_col = 0;
            e
        }
        LexicalErrorType::LineContinuationError => {
            let b = text.as_bytes();
            let mut p = (loc as usize).min(b.len());
            while p > 0 && b[p - 1] != b'\\' {
                p -= 1;
            }
            let mut e = point(info, "unexpected character after line continuation character", p as u32);
            e.end_col = 0;
            e
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            let c = *tok;
            let pos = text[..(loc as usize).min(text.len())].rfind(c).map(|p| p as u32).unwrap_or(loc);
            let pos = if text[pos as usize..].starts_with(c) { pos } else { loc };
            if c.is_ascii() {
                at(info, "invalid syntax", pos, pos + 1)
            } else if crate::bytecode::dis::py_str_repr(&c.to_string()).contains('\\') {
                point(info, format!("invalid non-printable character U+{:04X}", c as u32), pos)
            } else {
                point(info, format!("invalid character '{c}' (U+{:04X})", c as u32), pos)
            }
        }
        LexicalErrorType::Eof | LexicalErrorType::StringError => string_or_eof(info, text, lexed, after_last).unwrap_or_else(|| {
            let t = text.trim_end_matches(['\n', '\r', ' ', '\t']);
            if t.ends_with('\\') {
                open_ended(info, "unexpected EOF while parsing", t.len() as u32)
            } else {
                open_ended(info, "unexpected EOF while parsing", loc)
            }
        }),
        LexicalErrorType::OtherError(m) if m == "EOL while scanning string literal" => {
            string_or_eof(info, text, lexed, after_last).unwrap_or_else(|| point(info, "invalid syntax", loc))
        }
        LexicalErrorType::OtherError(_) => number_error(info, text, after_last, loc)
            .unwrap_or_else(|| point(info, "invalid syntax", loc)),
        other => point(info, other.to_string(), loc),
    }
}

/// Unterminated strings and unclosed brackets at the end of the input.
fn string_or_eof(info: &SourceInfo, text: &str, lexed: &Lexed, from: u32) -> Option<CompileError> {
    // The next token after the last good one: skip blanks and comments.
    let b = text.as_bytes();
    let mut i = from as usize;
    loop {
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\') {
            i += 1;
        }
        if i < b.len() && b[i] == b'#' {
            while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                i += 1;
            }
            continue;
        }
        break;
    }
    let mut q = i;
    while q < b.len() && q < i + 3 && b[q].is_ascii_alphabetic() {
        q += 1;
    }
    if q < b.len() && (b[q] == b'\'' || b[q] == b'"') {
        let triple = b[q..].starts_with(&[b[q]; 3]);
        let msg = if triple {
            let last_line = info.lines.line_count().max(1);
            let last_line = if text.ends_with('\n') { last_line - 1 } else { last_line };
            format!("unterminated triple-quoted string literal (detected at line {last_line})")
        } else {
            let line = info.lines.line_col(q as u32).0;
            format!("unterminated string literal (detected at line {line})")
        };
        return Some(point(info, msg, i as u32));
    }
    if let Some(&(ch, pos)) = lexed.open.last() {
        return Some(open_ended(info, format!("'{ch}' was never closed"), pos));
    }
    None
}

/// CPython's messages for malformed number literals.
fn number_error(info: &SourceInfo, text: &str, from: u32, loc: u32) -> Option<CompileError> {
    let b = text.as_bytes();
    let mut s = from as usize;
    while s < b.len() && matches!(b[s], b' ' | b'\t' | b'\x0c' | b'\\' | b'\n' | b'\r') {
        s += 1;
    }
    if s >= b.len() || !(b[s].is_ascii_digit() || (b[s] == b'.' && b.get(s + 1).map_or(false, |c| c.is_ascii_digit()))) {
        let _ = loc;
        return None;
    }
    let mut e = s;
    while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'_' || b[e] == b'.' || ((b[e] == b'+' || b[e] == b'-') && matches!(b[e - 1], b'e' | b'E'))) {
        e += 1;
    }
    let lit = &text[s..e];
    let lower = lit.to_ascii_lowercase();
    let radix = if lower.starts_with("0x") {
        Some((16, "hexadecimal"))
    } else if lower.starts_with("0o") {
        Some((8, "octal"))
    } else if lower.starts_with("0b") {
        Some((2, "binary"))
    } else {
        None
    };
    if let Some((radix, name)) = radix {
        let digits = &lit[2..];
        if digits.is_empty() {
            return Some(point(info, format!("invalid {name} literal"), s as u32 + 1));
        }
        for (k, c) in digits.char_indices() {
            if c == '_' {
                if k + 1 >= digits.len() || digits.as_bytes()[k + 1] == b'_' {
                    return Some(point(info, format!("invalid {name} literal"), (s + 2 + k) as u32));
                }
                continue;
            }
            if !c.is_digit(radix) {
                if c.is_ascii_digit() {
                    return Some(point(info, format!("invalid digit '{c}' in {name} literal"), (s + 2 + k) as u32));
                }
                return Some(point(info, format!("invalid {name} literal"), (s + 2 + k) as u32));
            }
        }
        return None;
    }
    // Decimal: leading zeros, bad underscores, bad exponents.
    let int_part_end = lit.find(|c: char| !(c.is_ascii_digit() || c == '_')).unwrap_or(lit.len());
    let int_part = &lit[..int_part_end];
    if int_part.len() > 1 && int_part.starts_with('0') && int_part_end == lit.len() && int_part.chars().any(|c| c.is_ascii_digit() && c != '0') {
        let nz = int_part.find(|c: char| c.is_ascii_digit() && c != '0').unwrap_or(1);
        return Some(at(
            info,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            s as u32,
            (s + nz) as u32,
        ));
    }
    for (k, c) in lit.char_indices() {
        if c == '_' && !lit[k + 1..].starts_with(|d: char| d.is_ascii_digit()) {
            return Some(point(info, "invalid decimal literal", (s + k) as u32));
        }
    }
    if lit.ends_with(['e', 'E']) {
        return Some(point(info, "invalid decimal literal", s as u32));
    }
    Some(point(info, "invalid decimal literal", e.saturating_sub(1) as u32))
}
