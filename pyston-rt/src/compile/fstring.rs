//! f-strings: our own parser for the text of an f-string (CPython 3.11's
//! `fstring_find_literal` / `fstring_find_expr` rules and messages), and
//! the pass that puts the parsed f-strings back into the AST in place of
//! the markers left by `tokens`.

use super::tokens::{FStr, FStrings};
use super::{parse, CompileError, SourceInfo};
use rustpython_parser::ast::text_size::{TextRange, TextSize};
use rustpython_parser::ast::{self, Ranged};

type R<T> = Result<T, CompileError>;

fn range(a: u32, b: u32) -> TextRange {
    TextRange::new(TextSize::from(a), TextSize::from(b.max(a)))
}

fn str_const(s: String, r: TextRange) -> ast::Expr {
    ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), kind: None, range: r })
}

struct Parser<'a, 'b> {
    info: &'a SourceInfo<'b>,
    fs: &'a mut FStrings,
    f: FStr,
}

impl<'a, 'b> Parser<'a, 'b> {
    /// An f-string error, located (like CPython) just after the token.
    fn err(&self, msg: &str) -> CompileError {
        let end = self.f.range.end().to_u32();
        let mut e = self.info.error_range(format!("f-string: {msg}"), end, end);
        e.end_col = e.col;
        e
    }

    fn bytes(&self) -> &[u8] {
        self.f.content.as_bytes()
    }

    /// Decodes the escapes of a literal piece (the text as written).
    fn decode(&self, piece: &str, at: u32) -> R<String> {
        if self.f.raw || !piece.contains('\\') {
            return Ok(piece.to_owned());
        }
        let bad = |this: &Self, what: &str| {
            let mut e = this.info.error_range(format!("(unicode error) 'unicodeescape' codec can't decode bytes: {what}"), at, at);
            e.end_col = e.col;
            e
        };
        let mut out = String::with_capacity(piece.len());
        let mut chars = piece.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some((_, n)) = chars.next() else {
                out.push('\\');
                break;
            };
            match n {
                '\n' => {}
                '\r' => {
                    if matches!(chars.peek(), Some((_, '\n'))) {
                        chars.next();
                    }
                }
                '\\' => out.push('\\'),
                '\'' => out.push('\''),
                '"' => out.push('"'),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                'f' => out.push('\x0c'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'v' => out.push('\x0b'),
                '0'..='7' => {
                    let mut v = n.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        match chars.peek() {
                            Some(&(_, d @ '0'..='7')) => {
                                v = v * 8 + d.to_digit(8).unwrap_or(0);
                                chars.next();
                            }
                            _ => break,
                        }
                    }
                    out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                }
                'x' | 'u' | 'U' => {
                    let len = match n {
                        'x' => 2,
                        'u' => 4,
                        _ => 8,
                    };
                    let mut v = 0u32;
                    for _ in 0..len {
                        match chars.peek() {
                            Some(&(_, d)) if d.is_ascii_hexdigit() => {
                                v = v * 16 + d.to_digit(16).unwrap_or(0);
                                chars.next();
                            }
                            _ => return Err(bad(self, "truncated escape")),
                        }
                    }
                    match crate::object::str_surr::char_of_code_point(v) {
                        Ok(Some(ch)) => out.push(ch),
                        Ok(None) => return Err(bad(self, "illegal Unicode character")),
                        Err(_) => out.push('\u{fffd}'),
                    }
                }
                'N' => {
                    // Resolve the name through the parser's own tables.
                    let rest = &piece[i..];
                    let Some(close) = rest.find('}') else { return Err(bad(self, "malformed \\N character escape")) };
                    let text = format!("'{}'", &rest[..=close]);
                    match rustpython_parser::parse(&text, rustpython_parser::Mode::Expression, "<fstring>") {
                        Ok(ast::Mod::Expression(e)) => match *e.body {
                            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => out.push_str(&s),
                            _ => return Err(bad(self, "unknown Unicode character name")),
                        },
                        _ => return Err(bad(self, "unknown Unicode character name")),
                    }
                    while let Some((j, _)) = chars.next() {
                        if j >= i + close {
                            break;
                        }
                    }
                }
                other => {
                    out.push('\\');
                    out.push(other);
                }
            }
        }
        Ok(out)
    }

    /// Parses `content[*i..]` until its end (level 0) or the '}' that closes
    /// a format spec (level > 0).
    fn parse(&mut self, i: &mut usize, level: u32) -> R<Vec<ast::Expr>> {
        let mut values: Vec<ast::Expr> = Vec::new();
        let base = self.f.content_start;
        let full = self.f.range;
        let n = self.bytes().len();
        let mut lit_start = *i;
        let mut literal = String::new();
        loop {
            // Literal text.
            let mut j = *i;
            let mut stop = false;
            while j < n {
                let b = self.bytes()[j];
                if b == b'\\' && !self.f.raw && self.bytes().get(j + 1) == Some(&b'N') && self.bytes().get(j + 2) == Some(&b'{') {
                    match self.bytes()[j..].iter().position(|&c| c == b'}') {
                        Some(p) => {
                            j += p + 1;
                            continue;
                        }
                        None => break,
                    }
                }
                if b == b'\\' && !self.f.raw && j + 1 < n && self.bytes()[j + 1] != b'{' && self.bytes()[j + 1] != b'}' {
                    j += 2;
                    continue;
                }
                if b == b'{' || b == b'}' {
                    if level == 0 && self.bytes().get(j + 1) == Some(&b) {
                        let piece = self.f.content[*i..j + 1].to_owned();
                        literal.push_str(&self.decode(&piece, base + *i as u32)?);
                        j += 2;
                        *i = j;
                        continue;
                    }
                    if b == b'}' {
                        if level == 0 {
                            return Err(self.err("single '}' is not allowed"));
                        }
                        stop = true;
                    }
                    break;
                }
                j += 1;
            }
            if j > *i {
                let piece = self.f.content[*i..j].to_owned();
                literal.push_str(&self.decode(&piece, base + *i as u32)?);
            }
            *i = j;
            if !literal.is_empty() {
                values.push(str_const(std::mem::take(&mut literal), if level == 0 { full } else { range(base + lit_start as u32, base + j as u32) }));
            }
            if stop || *i >= n {
                return Ok(values);
            }
            // A replacement field.
            *i += 1;
            if level >= 2 {
                return Err(self.err("expressions nested too deeply"));
            }
            self.field(i, level, &mut values)?;
            lit_start = *i;
        }
    }

    fn field(&mut self, i: &mut usize, level: u32, values: &mut Vec<ast::Expr>) -> R<()> {
        let n = self.bytes().len();
        let start = *i;
        let mut stack: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, usize)> = None;
        let mut j = *i;
        while j < n {
            let b = self.bytes()[j];
            if b == b'\\' {
                return Err(self.err_plain("f-string expression part cannot include a backslash"));
            }
            if let Some((q, len)) = quote {
                if b == q && (len == 1 || self.bytes()[j..].starts_with(&[q, q, q])) {
                    j += len;
                    quote = None;
                    continue;
                }
                j += 1;
                continue;
            }
            match b {
                b'\'' | b'"' => {
                    if self.bytes()[j..].starts_with(&[b, b, b]) {
                        quote = Some((b, 3));
                        j += 3;
                    } else {
                        quote = Some((b, 1));
                        j += 1;
                    }
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    stack.push(b);
                    if stack.len() >= 200 {
                        return Err(self.err("too many nested parenthesis"));
                    }
                }
                b')' | b']' | b'}' if !stack.is_empty() => {
                    let open = stack.pop().expect("open bracket");
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if b != want {
                        return Err(self.err(&format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            b as char, open as char
                        )));
                    }
                }
                b')' | b']' => return Err(self.err(&format!("unmatched '{}'", b as char))),
                b'#' => return Err(self.err_plain("f-string expression part cannot include '#'")),
                b'}' | b':' if stack.is_empty() => break,
                b'!' if stack.is_empty() => {
                    if self.bytes().get(j + 1) == Some(&b'=') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                b'=' | b'<' | b'>' if self.bytes().get(j + 1) == Some(&b'=') => {
                    j += 2;
                    continue;
                }
                b'=' if stack.is_empty() => break,
                _ => {}
            }
            j += 1;
        }
        if quote.is_some() {
            return Err(self.err("unterminated string"));
        }
        if let Some(&open) = stack.last() {
            if j >= n {
                return Err(self.err(&format!("unmatched '{}'", open as char)));
            }
        }
        if j >= n {
            return Err(self.err("expecting '}'"));
        }
        let expr_text = self.f.content[start..j].to_owned();
        if expr_text.trim().is_empty() {
            return Err(self.err("empty expression not allowed"));
        }
        let base = self.f.content_start;
        let expr_start = base + start as u32;
        let value = parse::parse_fstring_expr(self.info, self.fs, &expr_text, expr_start)?;
        *i = j;
        // Self-documenting `{x=}`.
        let mut self_doc = false;
        if self.bytes()[*i] == b'=' {
            *i += 1;
            while *i < n && matches!(self.bytes()[*i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                *i += 1;
            }
            let text = self.f.content[start..*i].to_owned();
            values.push(str_const(text, self.f.range));
            self_doc = true;
        }
        let mut conversion = ast::ConversionFlag::None;
        if *i < n && self.bytes()[*i] == b'!' {
            *i += 1;
            if *i >= n {
                return Err(self.err("expecting '}'"));
            }
            conversion = match self.bytes()[*i] {
                b's' => ast::ConversionFlag::Str,
                b'r' => ast::ConversionFlag::Repr,
                b'a' => ast::ConversionFlag::Ascii,
                _ => return Err(self.err("invalid conversion character: expected 's', 'r', or 'a'")),
            };
            *i += 1;
        }
        let mut spec = None;
        if *i < n && self.bytes()[*i] == b':' {
            *i += 1;
            let spec_start = *i;
            let parts = self.parse(i, level + 1)?;
            spec = Some(Box::new(ast::Expr::JoinedStr(ast::ExprJoinedStr {
                values: parts,
                range: range(base + spec_start as u32, base + *i as u32),
            })));
        }
        if *i >= n || self.bytes()[*i] != b'}' {
            return Err(self.err("expecting '}'"));
        }
        *i += 1;
        if self_doc && conversion == ast::ConversionFlag::None && spec.is_none() {
            conversion = ast::ConversionFlag::Repr;
        }
        values.push(ast::Expr::FormattedValue(ast::ExprFormattedValue {
            value: Box::new(value),
            conversion,
            format_spec: spec,
            range: range(base + start as u32 - 1, base + *i as u32),
        }));
        Ok(())
    }

    /// An error whose message has no "f-string: " prefix.
    fn err_plain(&self, msg: &str) -> CompileError {
        let mut e = self.err("");
        e.msg = msg.to_owned();
        e
    }
}

/// Parses one f-string token into the values of a `JoinedStr`.
pub(crate) fn parse_fstr(info: &SourceInfo, fs: &mut FStrings, idx: usize) -> R<Vec<ast::Expr>> {
    let f = fs.list[idx].clone();
    let mut p = Parser { info, fs, f };
    let mut i = 0;
    p.parse(&mut i, 0)
}

/// Replaces every string constant containing f-string markers (from index
/// `first` on) by the `JoinedStr` it stands for.
pub(crate) fn fix_mod(info: &SourceInfo, fs: &mut FStrings, m: &mut ast::Mod) -> R<()> {
    let mut fixer = Fixer { info, fs };
    match m {
        ast::Mod::Module(m) => fixer.stmts(&mut m.body),
        ast::Mod::Interactive(m) => fixer.stmts(&mut m.body),
        ast::Mod::Expression(e) => fixer.expr(&mut e.body),
        ast::Mod::FunctionType(_) => Ok(()),
    }
}

pub(crate) fn fix_expr(info: &SourceInfo, fs: &mut FStrings, e: &mut ast::Expr) -> R<()> {
    Fixer { info, fs }.expr(e)
}

struct Fixer<'a, 'b> {
    info: &'a SourceInfo<'b>,
    fs: &'a mut FStrings,
}

impl<'a, 'b> Fixer<'a, 'b> {
    fn replace(&mut self, s: &str, r: TextRange) -> R<ast::Expr> {
        let m = self.fs.marker.clone();
        let m = m.as_str();
        let mut values: Vec<ast::Expr> = Vec::new();
        let push_str = |values: &mut Vec<ast::Expr>, text: &str| {
            if text.is_empty() {
                return;
            }
            if let Some(ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(prev), .. })) = values.last_mut() {
                prev.push_str(text);
            } else {
                values.push(str_const(text.to_owned(), r));
            }
        };
        let mut rest = s;
        while let Some(p) = rest.find(m) {
            let after = &rest[p + m.len()..];
            let parsed = after.find(m).and_then(|q| after[..q].parse::<usize>().ok().map(|i| (q, i)));
            let Some((q, idx)) = parsed.filter(|&(_, i)| i < self.fs.list.len()) else {
                // Not one of ours: literal text.
                push_str(&mut values, &rest[..p + m.len()]);
                rest = after;
                continue;
            };
            push_str(&mut values, &rest[..p]);
            for v in parse_fstr(self.info, self.fs, idx)? {
                match v {
                    ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(t), .. }) => push_str(&mut values, &t),
                    other => values.push(other),
                }
            }
            rest = &after[q + m.len()..];
        }
        push_str(&mut values, rest);
        // Constants inside take the range of the whole string.
        for v in &mut values {
            if let ast::Expr::Constant(c) = v {
                c.range = r;
            }
        }
        Ok(ast::Expr::JoinedStr(ast::ExprJoinedStr { values, range: r }))
    }

    fn stmts(&mut self, body: &mut [ast::Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &mut [ast::Expr]) -> R<()> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn opt(&mut self, e: &mut Option<Box<ast::Expr>>) -> R<()> {
        if let Some(e) = e {
            self.expr(e)?;
        }
        Ok(())
    }

    fn arguments(&mut self, a: &mut ast::Arguments) -> R<()> {
        for arg in a.posonlyargs.iter_mut().chain(a.args.iter_mut()).chain(a.kwonlyargs.iter_mut()) {
            self.opt(&mut arg.def.annotation)?;
            self.opt(&mut arg.default)?;
        }
        if let Some(v) = &mut a.vararg {
            self.opt(&mut v.annotation)?;
        }
        if let Some(v) = &mut a.kwarg {
            self.opt(&mut v.annotation)?;
        }
        Ok(())
    }

    fn handlers(&mut self, hs: &mut [ast::ExceptHandler]) -> R<()> {
        for h in hs {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.opt(&mut h.type_)?;
            self.stmts(&mut h.body)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &mut ast::Stmt) -> R<()> {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                self.exprs(&mut f.decorator_list)?;
                self.arguments(&mut f.args)?;
                self.opt(&mut f.returns)?;
                self.stmts(&mut f.body)
            }
            S::AsyncFunctionDef(f) => {
                self.exprs(&mut f.decorator_list)?;
                self.arguments(&mut f.args)?;
                self.opt(&mut f.returns)?;
                self.stmts(&mut f.body)
            }
            S::ClassDef(c) => {
                self.exprs(&mut c.decorator_list)?;
                self.exprs(&mut c.bases)?;
                for k in &mut c.keywords {
                    self.expr(&mut k.value)?;
                }
                self.stmts(&mut c.body)
            }
            S::Return(r) => self.opt(&mut r.value),
            S::Delete(d) => self.exprs(&mut d.targets),
            S::Assign(a) => {
                self.exprs(&mut a.targets)?;
                self.expr(&mut a.value)
            }
            S::TypeAlias(t) => {
                self.expr(&mut t.name)?;
                self.expr(&mut t.value)
            }
            S::AugAssign(a) => {
                self.expr(&mut a.target)?;
                self.expr(&mut a.value)
            }
            S::AnnAssign(a) => {
                self.expr(&mut a.target)?;
                self.expr(&mut a.annotation)?;
                self.opt(&mut a.value)
            }
            S::For(f) => {
                self.expr(&mut f.target)?;
                self.expr(&mut f.iter)?;
                self.stmts(&mut f.body)?;
                self.stmts(&mut f.orelse)
            }
            S::AsyncFor(f) => {
                self.expr(&mut f.target)?;
                self.expr(&mut f.iter)?;
                self.stmts(&mut f.body)?;
                self.stmts(&mut f.orelse)
            }
            S::While(w) => {
                self.expr(&mut w.test)?;
                self.stmts(&mut w.body)?;
                self.stmts(&mut w.orelse)
            }
            S::If(i) => {
                self.expr(&mut i.test)?;
                self.stmts(&mut i.body)?;
                self.stmts(&mut i.orelse)
            }
            S::With(w) => {
                for it in &mut w.items {
                    self.expr(&mut it.context_expr)?;
                    self.opt(&mut it.optional_vars)?;
                }
                self.stmts(&mut w.body)
            }
            S::AsyncWith(w) => {
                for it in &mut w.items {
                    self.expr(&mut it.context_expr)?;
                    self.opt(&mut it.optional_vars)?;
                }
                self.stmts(&mut w.body)
            }
            S::Match(m) => {
                self.expr(&mut m.subject)?;
                for c in &mut m.cases {
                    self.pattern(&mut c.pattern)?;
                    self.opt(&mut c.guard)?;
                    self.stmts(&mut c.body)?;
                }
                Ok(())
            }
            S::Raise(r) => {
                self.opt(&mut r.exc)?;
                self.opt(&mut r.cause)
            }
            S::Try(t) => {
                self.stmts(&mut t.body)?;
                self.handlers(&mut t.handlers)?;
                self.stmts(&mut t.orelse)?;
                self.stmts(&mut t.finalbody)
            }
            S::TryStar(t) => {
                self.stmts(&mut t.body)?;
                self.handlers(&mut t.handlers)?;
                self.stmts(&mut t.orelse)?;
                self.stmts(&mut t.finalbody)
            }
            S::Assert(a) => {
                self.expr(&mut a.test)?;
                self.opt(&mut a.msg)
            }
            S::Expr(e) => self.expr(&mut e.value),
            S::Import(_) | S::ImportFrom(_) | S::Global(_) | S::Nonlocal(_) | S::Pass(_) | S::Break(_) | S::Continue(_) => Ok(()),
        }
    }

    fn pattern(&mut self, p: &mut ast::Pattern) -> R<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&mut v.value),
            P::MatchSingleton(_) | P::MatchStar(_) => Ok(()),
            P::MatchSequence(s) => s.patterns.iter_mut().try_for_each(|x| self.pattern(x)),
            P::MatchMapping(m) => {
                self.exprs(&mut m.keys)?;
                m.patterns.iter_mut().try_for_each(|x| self.pattern(x))
            }
            P::MatchClass(c) => {
                self.expr(&mut c.cls)?;
                c.patterns.iter_mut().chain(c.kwd_patterns.iter_mut()).try_for_each(|x| self.pattern(x))
            }
            P::MatchAs(a) => match &mut a.pattern {
                Some(x) => self.pattern(x),
                None => Ok(()),
            },
            P::MatchOr(o) => o.patterns.iter_mut().try_for_each(|x| self.pattern(x)),
        }
    }

    fn expr(&mut self, e: &mut ast::Expr) -> R<()> {
        use ast::Expr as E;
        if let E::Constant(ast::ExprConstant { value: ast::Constant::Str(s), range, .. }) = e {
            if s.contains(self.fs.marker.as_str()) {
                let s = std::mem::take(s);
                let r = *range;
                *e = self.replace(&s, r)?;
                return Ok(());
            }
            // Lone surrogate escapes: decode the literal again (strlit).
            let text = self.info.src.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("");
            if super::strlit::has_surrogate_escape(text) {
                if let Some(d) = super::strlit::decode_literals(text) {
                    *s = d;
                }
            } else if crate::object::str_surr::has_surrogates(s) {
                // A real U+10F000..U+10F7FF would read as a surrogate.
                return Err(self.info.error_range(
                    "(unicode error) characters U+10F000-U+10F7FF are not supported (this implementation stores lone surrogates there)",
                    range.start().to_u32(),
                    range.end().to_u32(),
                ));
            }
            return Ok(());
        }
        match e {
            E::BoolOp(b) => self.exprs(&mut b.values),
            E::NamedExpr(n) => {
                self.expr(&mut n.target)?;
                self.expr(&mut n.value)
            }
            E::BinOp(b) => {
                self.expr(&mut b.left)?;
                self.expr(&mut b.right)
            }
            E::UnaryOp(u) => self.expr(&mut u.operand),
            E::Lambda(l) => {
                self.arguments(&mut l.args)?;
                self.expr(&mut l.body)
            }
            E::IfExp(i) => {
                self.expr(&mut i.test)?;
                self.expr(&mut i.body)?;
                self.expr(&mut i.orelse)
            }
            E::Dict(d) => {
                for k in d.keys.iter_mut().flatten() {
                    self.expr(k)?;
                }
                self.exprs(&mut d.values)
            }
            E::Set(s) => self.exprs(&mut s.elts),
            E::ListComp(c) => {
                self.comps(&mut c.generators)?;
                self.expr(&mut c.elt)
            }
            E::SetComp(c) => {
                self.comps(&mut c.generators)?;
                self.expr(&mut c.elt)
            }
            E::DictComp(c) => {
                self.comps(&mut c.generators)?;
                self.expr(&mut c.key)?;
                self.expr(&mut c.value)
            }
            E::GeneratorExp(c) => {
                self.comps(&mut c.generators)?;
                self.expr(&mut c.elt)
            }
            E::Await(a) => self.expr(&mut a.value),
            E::Yield(y) => self.opt(&mut y.value),
            E::YieldFrom(y) => self.expr(&mut y.value),
            E::Compare(c) => {
                self.expr(&mut c.left)?;
                self.exprs(&mut c.comparators)
            }
            E::Call(c) => {
                self.expr(&mut c.func)?;
                self.exprs(&mut c.args)?;
                for k in &mut c.keywords {
                    self.expr(&mut k.value)?;
                }
                Ok(())
            }
            E::FormattedValue(f) => {
                self.expr(&mut f.value)?;
                self.opt(&mut f.format_spec)
            }
            E::JoinedStr(j) => self.exprs(&mut j.values),
            E::Constant(_) | E::Name(_) => Ok(()),
            E::Attribute(a) => self.expr(&mut a.value),
            E::Subscript(s) => {
                self.expr(&mut s.value)?;
                self.expr(&mut s.slice)
            }
            E::Starred(s) => self.expr(&mut s.value),
            E::List(l) => self.exprs(&mut l.elts),
            E::Tuple(t) => self.exprs(&mut t.elts),
            E::Slice(s) => {
                self.opt(&mut s.lower)?;
                self.opt(&mut s.upper)?;
                self.opt(&mut s.step)
            }
        }
    }

    fn comps(&mut self, gens: &mut [ast::Comprehension]) -> R<()> {
        for g in gens {
            self.expr(&mut g.target)?;
            self.expr(&mut g.iter)?;
            self.exprs(&mut g.ifs)?;
        }
        Ok(())
    }
}

/// The first f-string error among the f-strings that start before `limit`.
pub(crate) fn first_error_before(info: &SourceInfo, fs: &mut FStrings, limit: u32) -> Option<CompileError> {
    let n = fs.list.len();
    for idx in 0..n {
        if fs.list[idx].range.start().to_u32() >= limit {
            continue;
        }
        if let Err(e) = parse_fstr(info, fs, idx) {
            return Some(e);
        }
    }
    None
}

#[allow(dead_code)]
fn expr_range(e: &ast::Expr) -> (u32, u32) {
    (e.start().to_u32(), e.end().to_u32())
}
