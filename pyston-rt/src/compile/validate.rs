//! The checks CPython's grammar makes that rustpython-parser does not:
//! assignment / deletion / augmented-assignment / annotation targets,
//! Python 3.12-only syntax, nesting depth; and `from __future__` features.
//!
//! Messages and positions follow CPython 3.11's `invalid_*` grammar rules.

use super::walk::{walk_call_args, walk_comprehension, walk_expr, walk_pattern, walk_stmt, Visitor};
use super::{CompileError, SourceInfo};
use rustpython_parser::ast::{self, Ranged};

/// `from __future__ import annotations`
pub const FUTURE_ANNOTATIONS: u32 = 1;
/// `from __future__ import barry_as_FLUFL`
pub const FUTURE_BARRY: u32 = 2;

/// Deeper expressions than this are refused (CPython refuses them with a
/// RecursionError during compilation; here it keeps the recursive passes
/// within their stack).
const MAX_DEPTH: u32 = 800;

type R = Result<(), CompileError>;

#[derive(Copy, Clone, PartialEq, Eq)]
enum Targets {
    Star,
    Del,
    For,
}

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &ast::Expr) -> &'static str {
    use ast::Expr as E;
    match e {
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred",
        E::Name(_) => "name",
        E::List(_) => "list",
        E::Tuple(_) => "tuple",
        E::Lambda(_) => "lambda",
        E::Call(_) => "function call",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::GeneratorExp(_) => "generator expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::JoinedStr(_) | E::FormattedValue(_) => "f-string expression",
        E::Constant(c) => match &c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        E::Compare(_) => "comparison",
        E::IfExp(_) => "conditional expression",
        E::NamedExpr(_) => "named expression",
        E::Slice(_) => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`.
fn invalid_target(e: &ast::Expr, t: Targets) -> Option<&ast::Expr> {
    use ast::Expr as E;
    match e {
        E::List(l) => l.elts.iter().find_map(|x| invalid_target(x, t)),
        E::Tuple(l) => l.elts.iter().find_map(|x| invalid_target(x, t)),
        E::Starred(s) => {
            if t == Targets::Del {
                Some(e)
            } else {
                invalid_target(&s.value, t)
            }
        }
        E::Compare(c) => {
            if t == Targets::For {
                if c.ops[0] == ast::CmpOp::In {
                    return invalid_target(&c.left, t);
                }
                return None;
            }
            Some(e)
        }
        E::Name(_) | E::Subscript(_) | E::Attribute(_) => None,
        _ => Some(e),
    }
}

/// Whether the parser would see `e` as a `bitwise_or` (an operand of a
/// comparison): used for the "... here. Maybe you meant '=='" wording.
fn is_bitwise_or(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    !matches!(
        e,
        E::BoolOp(_) | E::Compare(_) | E::IfExp(_) | E::Lambda(_) | E::NamedExpr(_) | E::Starred(_) | E::Slice(_)
    ) && !matches!(e, E::UnaryOp(u) if u.op == ast::UnaryOp::Not)
}

/// Whether an expression starts with a `bitwise_or` operand.
fn starts_with_bitwise_or(info: &SourceInfo, e: &ast::Expr) -> bool {
    use ast::Expr as E;
    if info.parenthesized(e) {
        return true;
    }
    match e {
        E::BoolOp(b) => starts_with_bitwise_or(info, &b.values[0]),
        E::Compare(c) => starts_with_bitwise_or(info, &c.left),
        E::IfExp(i) => starts_with_bitwise_or(info, &i.body),
        E::Tuple(t) if !t.elts.is_empty() && t.start() == t.elts[0].start() => starts_with_bitwise_or(info, &t.elts[0]),
        E::Yield(_) | E::YieldFrom(_) => false,
        _ => is_bitwise_or(e),
    }
}

impl<'a> SourceInfo<'a> {
    /// Whether the expression is written inside its own parentheses.
    pub fn parenthesized(&self, e: &ast::Expr) -> bool {
        let b = self.src.as_bytes();
        let mut i = e.start().to_usize();
        while i > 0 {
            i -= 1;
            match b[i] {
                b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\' => continue,
                b'(' => return true,
                _ => return false,
            }
        }
        false
    }
}

pub(crate) fn validate_mod(info: &SourceInfo, m: &ast::Mod) -> R {
    let mut v = Validator { info, depth: 0 };
    match m {
        ast::Mod::Module(m) => v.visit_stmts(&m.body),
        ast::Mod::Interactive(m) => v.visit_stmts(&m.body),
        ast::Mod::Expression(e) => v.visit_expr(&e.body),
        ast::Mod::FunctionType(_) => Ok(()),
    }
}

struct Validator<'a, 'b> {
    info: &'a SourceInfo<'b>,
    depth: u32,
}

impl<'a, 'b> Validator<'a, 'b> {
    fn err<T: Ranged>(&self, msg: impl Into<String>, node: &T) -> CompileError {
        self.info.error_at(msg, node)
    }

    fn target(&self, e: &ast::Expr, t: Targets) -> R {
        if let Some(bad) = invalid_target(e, t) {
            let msg = match t {
                Targets::Del => format!("cannot delete {}", expr_name(bad)),
                _ => format!("cannot assign to {}", expr_name(bad)),
            };
            return Err(self.err(msg, bad));
        }
        Ok(())
    }

    fn type_params(&self, params: &[ast::TypeParam], after: u32, msg: &str) -> R {
        if params.is_empty() {
            return Ok(());
        }
        // Point at the '[' that opens the type parameters.
        let b = self.info.src.as_bytes();
        let mut i = after as usize;
        while i < b.len() && b[i] != b'[' {
            i += 1;
        }
        let mut e = self.info.error_range(msg, i as u32, i as u32 + 1);
        if msg != "invalid syntax" {
            e.end_col = e.col;
        }
        Err(e)
    }

    fn name_end(&self, start: u32, keyword: &str) -> u32 {
        // The name after `def`/`class`: skip the keyword and whitespace, then the identifier.
        let s = &self.info.src[start as usize..];
        let after_kw = s.find(keyword).map(|p| p + keyword.len()).unwrap_or(0);
        let rest = &s[after_kw..];
        let ws = rest.len() - rest.trim_start().len();
        let ident = rest[ws..].find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len() - ws);
        start + (after_kw + ws + ident) as u32
    }

    /// `x = ...` checks CPython's parser makes before the targets are
    /// validated one by one.
    fn assign_targets(&self, a: &ast::StmtAssign) -> R {
        if a.targets.len() == 1 {
            let t = &a.targets[0];
            let excluded = matches!(t, ast::Expr::List(_) | ast::Expr::Tuple(_) | ast::Expr::GeneratorExp(_))
                || matches!(t, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None | ast::Constant::Bool(_)));
            if !excluded && (is_bitwise_or(t) || self.info.parenthesized(t)) {
                if let Some(bad) = invalid_target(t, Targets::Star) {
                    if starts_with_bitwise_or(self.info, &a.value) {
                        return Err(self.err(
                            format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(bad)),
                            bad,
                        ));
                    }
                }
            }
        }
        for t in &a.targets {
            if matches!(t, ast::Expr::Yield(_) | ast::Expr::YieldFrom(_)) && !self.info.parenthesized(t) {
                return Err(self.err("assignment to yield expression not possible", t));
            }
            self.target(t, Targets::Star)?;
        }
        Ok(())
    }

    fn ann_assign_target(&self, a: &ast::StmtAnnAssign) -> R {
        match &*a.target {
            ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_) => Ok(()),
            ast::Expr::Tuple(_) => Err(self.err("only single target (not tuple) can be annotated", &*a.target)),
            ast::Expr::List(_) => Err(self.err("only single target (not list) can be annotated", &*a.target)),
            t => Err(self.err("illegal target for annotation", t)),
        }
    }

    /// Complex literals in value patterns and `**_` in mapping patterns.
    fn pattern_checks(&self, p: &ast::Pattern) -> R {
        match p {
            ast::Pattern::MatchValue(v) => {
                if let ast::Expr::BinOp(b) = &*v.value {
                    let real = |e: &ast::Expr| match e {
                        ast::Expr::Constant(c) => matches!(c.value, ast::Constant::Int(_) | ast::Constant::Float(_)),
                        ast::Expr::UnaryOp(u) => matches!(&*u.operand, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Int(_) | ast::Constant::Float(_))),
                        _ => false,
                    };
                    if !real(&b.left) {
                        return Err(self.err("real number required in complex literal", &*b.left));
                    }
                    if !matches!(&*b.right, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Complex { real, .. } if real == 0.0)) {
                        return Err(self.err("imaginary number required in complex literal", &*b.right));
                    }
                }
                Ok(())
            }
            ast::Pattern::MatchMapping(m) if m.rest.as_deref() == Some("_") => {
                // `**_` is not allowed: point at the `_`.
                let end = p.end().to_u32() as usize;
                let src = &self.info.src[..end];
                let at = src.rfind('_').unwrap_or(end) as u32;
                Err(self.info.error_range("invalid syntax", at, at + 1))
            }
            _ => Ok(()),
        }
    }

    /// A generator expression that is not the sole argument must be
    /// parenthesized.
    fn call_args(&self, c: &ast::ExprCall) -> R {
        let n = c.args.len() + c.keywords.len();
        for a in &c.args {
            if let ast::Expr::GeneratorExp(g) = a {
                let b = self.info.src.as_bytes();
                // A bare genexp shares its '(' with the call.
                let own_paren = b.get(g.start().to_usize()) == Some(&b'(') && g.start() != call_paren(self.info, c);
                if !own_paren && (n > 1 || has_trailing_comma(self.info, c)) {
                    return Err(self.err("Generator expression must be parenthesized", a));
                }
            }
        }
        Ok(())
    }
}

impl<'n> Visitor<'n> for Validator<'_, '_> {
    type Error = CompileError;

    fn visit_stmt(&mut self, s: &'n ast::Stmt) -> R {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => self.type_params(&f.type_params, self.name_end(f.start().to_u32(), "def"), "expected '('")?,
            S::AsyncFunctionDef(f) => {
                self.type_params(&f.type_params, self.name_end(f.start().to_u32(), "def"), "expected '('")?
            }
            S::ClassDef(c) => self.type_params(&c.type_params, self.name_end(c.start().to_u32(), "class"), "invalid syntax")?,
            S::Delete(d) => d.targets.iter().try_for_each(|t| self.target(t, Targets::Del))?,
            S::Assign(a) => self.assign_targets(a)?,
            S::TypeAlias(t) => return Err(self.err("invalid syntax", &*t.name)),
            S::AugAssign(a) => {
                if !matches!(&*a.target, ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_)) {
                    return Err(self.err(
                        format!("'{}' is an illegal expression for augmented assignment", expr_name(&a.target)),
                        &*a.target,
                    ));
                }
            }
            S::AnnAssign(a) => self.ann_assign_target(a)?,
            S::For(f) => self.target(&f.target, Targets::For)?,
            S::AsyncFor(f) => self.target(&f.target, Targets::For)?,
            _ => {}
        }
        walk_stmt(self, s)
    }

    fn visit_with_target(&mut self, t: &'n ast::Expr) -> R {
        self.target(t, Targets::Star)?;
        self.visit_expr(t)
    }

    fn visit_pattern(&mut self, p: &'n ast::Pattern) -> R {
        self.pattern_checks(p)?;
        walk_pattern(self, p)
    }

    fn visit_comprehension(&mut self, c: &'n ast::Comprehension) -> R {
        self.target(&c.target, Targets::For)?;
        walk_comprehension(self, c)
    }

    fn visit_expr(&mut self, e: &'n ast::Expr) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err("too many nested expressions (maximum recursion depth exceeded during compilation)", e));
        }
        let r = match e {
            ast::Expr::NamedExpr(n) if !matches!(&*n.target, ast::Expr::Name(_)) => Err(self.err(
                format!("cannot use assignment expressions with {}", expr_name(&n.target)),
                &*n.target,
            )),
            ast::Expr::Call(c) => self.visit_expr(&c.func).and_then(|()| self.call_args(c)).and_then(|()| walk_call_args(self, c)),
            _ => walk_expr(self, e),
        };
        self.depth -= 1;
        r
    }
}

/// Offset of the '(' that opens a call's arguments.
fn call_paren(info: &SourceInfo, c: &ast::ExprCall) -> ast::text_size::TextSize {
    let b = info.src.as_bytes();
    let mut i = c.func.end().to_usize();
    while i < b.len() && b[i] != b'(' {
        i += 1;
    }
    ast::text_size::TextSize::from(i as u32)
}

fn has_trailing_comma(info: &SourceInfo, c: &ast::ExprCall) -> bool {
    let b = info.src.as_bytes();
    let mut i = c.end().to_usize().saturating_sub(1); // the ')'
    while i > 0 {
        i -= 1;
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\\' | b'\x0c' => continue,
            b',' => return true,
            _ => return false,
        }
    }
    false
}

/// Checks the `from __future__` imports at the top of a module and returns
/// the feature flags (CPython's future.c).
pub(crate) fn future_features(info: &SourceInfo, m: &ast::Mod) -> Result<u32, CompileError> {
    let body = match m {
        ast::Mod::Module(m) => &m.body,
        ast::Mod::Interactive(m) => &m.body,
        _ => return Ok(0),
    };
    let mut features = 0;
    let mut i = 0;
    if is_docstring(body) {
        i = 1;
    }
    let mut done = false;
    let mut prev_line = 0;
    for s in &body[i..] {
        let line = info.lines.line_col(s.start().to_u32()).0;
        if done && line > prev_line {
            return Ok(features);
        }
        prev_line = line;
        match s {
            ast::Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__") && f.level.map_or(true, |l| l.to_u32() == 0) => {
                if done {
                    let (l, c) = info.lines.line_col(s.start().to_u32());
                    let mut e = info.error_at("from __future__ imports must occur at the beginning of the file", s);
                    e.line = l;
                    e.col = c + 1;
                    e.end_col = 0;
                    return Err(e);
                }
                for a in &f.names {
                    match a.name.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement"
                        | "print_function" | "unicode_literals" | "generator_stop" => {}
                        "annotations" => features |= FUTURE_ANNOTATIONS,
                        "barry_as_FLUFL" => features |= FUTURE_BARRY,
                        other => {
                            let msg = if other == "braces" {
                                "not a chance".to_owned()
                            } else {
                                format!("future feature {other} is not defined")
                            };
                            let mut e = info.error_at(msg, s);
                            e.end_line = e.line;
                            e.end_col = 0;
                            return Err(e);
                        }
                    }
                }
            }
            _ => done = true,
        }
    }
    Ok(features)
}

/// Whether a body starts with a docstring (a plain string constant).
pub fn is_docstring(body: &[ast::Stmt]) -> bool {
    matches!(body.first(), Some(ast::Stmt::Expr(e)) if matches!(&*e.value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))))
}
