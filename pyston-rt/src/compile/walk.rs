//! One traversal of the AST for the analysis passes (syntax validation in
//! `validate.rs`, scope analysis in `symtable.rs`).
//!
//! A pass implements [`Visitor`], overrides the nodes it has something to
//! say about, and calls the matching `walk_*` function for the children it
//! does not handle itself. The `walk_*` functions visit children in source
//! order (the order in which CPython's parser reports errors); a pass that
//! needs another order (the symbol table visits `try`'s `else` before its
//! handlers, like CPython's) overrides that node.

use rustpython_parser::ast;

pub trait Visitor<'a>: Sized {
    type Error;

    fn visit_stmt(&mut self, s: &'a ast::Stmt) -> Result<(), Self::Error> {
        walk_stmt(self, s)
    }
    fn visit_expr(&mut self, e: &'a ast::Expr) -> Result<(), Self::Error> {
        walk_expr(self, e)
    }
    fn visit_pattern(&mut self, p: &'a ast::Pattern) -> Result<(), Self::Error> {
        walk_pattern(self, p)
    }
    fn visit_handler(&mut self, h: &'a ast::ExceptHandler) -> Result<(), Self::Error> {
        walk_handler(self, h)
    }
    fn visit_arguments(&mut self, a: &'a ast::Arguments) -> Result<(), Self::Error> {
        walk_arguments(self, a)
    }
    fn visit_comprehension(&mut self, c: &'a ast::Comprehension) -> Result<(), Self::Error> {
        walk_comprehension(self, c)
    }
    /// The `as` target of a `with` item.
    fn visit_with_target(&mut self, target: &'a ast::Expr) -> Result<(), Self::Error> {
        self.visit_expr(target)
    }
    fn visit_alias(&mut self, _a: &'a ast::Alias) -> Result<(), Self::Error> {
        Ok(())
    }

    fn visit_stmts(&mut self, body: &'a [ast::Stmt]) -> Result<(), Self::Error> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }
    fn visit_exprs(&mut self, es: &'a [ast::Expr]) -> Result<(), Self::Error> {
        es.iter().try_for_each(|e| self.visit_expr(e))
    }
    fn visit_opt_expr(&mut self, e: &'a Option<Box<ast::Expr>>) -> Result<(), Self::Error> {
        e.as_deref().map_or(Ok(()), |e| self.visit_expr(e))
    }
}

pub fn walk_stmt<'a, V: Visitor<'a>>(v: &mut V, s: &'a ast::Stmt) -> Result<(), V::Error> {
    use ast::Stmt as S;
    match s {
        S::FunctionDef(f) => {
            v.visit_exprs(&f.decorator_list)?;
            v.visit_arguments(&f.args)?;
            v.visit_opt_expr(&f.returns)?;
            v.visit_stmts(&f.body)
        }
        S::AsyncFunctionDef(f) => {
            v.visit_exprs(&f.decorator_list)?;
            v.visit_arguments(&f.args)?;
            v.visit_opt_expr(&f.returns)?;
            v.visit_stmts(&f.body)
        }
        S::ClassDef(c) => {
            v.visit_exprs(&c.decorator_list)?;
            v.visit_exprs(&c.bases)?;
            c.keywords.iter().try_for_each(|k| v.visit_expr(&k.value))?;
            v.visit_stmts(&c.body)
        }
        S::Return(r) => v.visit_opt_expr(&r.value),
        S::Delete(d) => v.visit_exprs(&d.targets),
        S::Assign(a) => {
            v.visit_exprs(&a.targets)?;
            v.visit_expr(&a.value)
        }
        S::TypeAlias(t) => {
            v.visit_expr(&t.name)?;
            v.visit_expr(&t.value)
        }
        S::AugAssign(a) => {
            v.visit_expr(&a.target)?;
            v.visit_expr(&a.value)
        }
        S::AnnAssign(a) => {
            v.visit_expr(&a.target)?;
            v.visit_expr(&a.annotation)?;
            v.visit_opt_expr(&a.value)
        }
        S::For(f) => {
            v.visit_expr(&f.target)?;
            v.visit_expr(&f.iter)?;
            v.visit_stmts(&f.body)?;
            v.visit_stmts(&f.orelse)
        }
        S::AsyncFor(f) => {
            v.visit_expr(&f.target)?;
            v.visit_expr(&f.iter)?;
            v.visit_stmts(&f.body)?;
            v.visit_stmts(&f.orelse)
        }
        S::While(w) => {
            v.visit_expr(&w.test)?;
            v.visit_stmts(&w.body)?;
            v.visit_stmts(&w.orelse)
        }
        S::If(i) => {
            v.visit_expr(&i.test)?;
            v.visit_stmts(&i.body)?;
            v.visit_stmts(&i.orelse)
        }
        S::With(w) => {
            walk_with_items(v, &w.items)?;
            v.visit_stmts(&w.body)
        }
        S::AsyncWith(w) => {
            walk_with_items(v, &w.items)?;
            v.visit_stmts(&w.body)
        }
        S::Match(m) => {
            v.visit_expr(&m.subject)?;
            for c in &m.cases {
                v.visit_pattern(&c.pattern)?;
                v.visit_opt_expr(&c.guard)?;
                v.visit_stmts(&c.body)?;
            }
            Ok(())
        }
        S::Raise(r) => {
            v.visit_opt_expr(&r.exc)?;
            v.visit_opt_expr(&r.cause)
        }
        S::Try(t) => walk_try(v, &t.body, &t.handlers, &t.orelse, &t.finalbody),
        S::TryStar(t) => walk_try(v, &t.body, &t.handlers, &t.orelse, &t.finalbody),
        S::Assert(a) => {
            v.visit_expr(&a.test)?;
            v.visit_opt_expr(&a.msg)
        }
        S::Import(i) => i.names.iter().try_for_each(|a| v.visit_alias(a)),
        S::ImportFrom(i) => i.names.iter().try_for_each(|a| v.visit_alias(a)),
        S::Expr(e) => v.visit_expr(&e.value),
        S::Global(_) | S::Nonlocal(_) | S::Pass(_) | S::Break(_) | S::Continue(_) => Ok(()),
    }
}

fn walk_with_items<'a, V: Visitor<'a>>(v: &mut V, items: &'a [ast::WithItem]) -> Result<(), V::Error> {
    for item in items {
        v.visit_expr(&item.context_expr)?;
        if let Some(t) = &item.optional_vars {
            v.visit_with_target(t)?;
        }
    }
    Ok(())
}

/// `try` in source order: body, handlers, `else`, `finally`.
pub fn walk_try<'a, V: Visitor<'a>>(
    v: &mut V,
    body: &'a [ast::Stmt],
    handlers: &'a [ast::ExceptHandler],
    orelse: &'a [ast::Stmt],
    finalbody: &'a [ast::Stmt],
) -> Result<(), V::Error> {
    v.visit_stmts(body)?;
    handlers.iter().try_for_each(|h| v.visit_handler(h))?;
    v.visit_stmts(orelse)?;
    v.visit_stmts(finalbody)
}

pub fn walk_handler<'a, V: Visitor<'a>>(v: &mut V, h: &'a ast::ExceptHandler) -> Result<(), V::Error> {
    let ast::ExceptHandler::ExceptHandler(h) = h;
    v.visit_opt_expr(&h.type_)?;
    v.visit_stmts(&h.body)
}

/// Annotations and defaults of every parameter, in order.
pub fn walk_arguments<'a, V: Visitor<'a>>(v: &mut V, a: &'a ast::Arguments) -> Result<(), V::Error> {
    for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
        v.visit_opt_expr(&arg.def.annotation)?;
        v.visit_opt_expr(&arg.default)?;
    }
    for arg in a.vararg.iter().chain(&a.kwarg) {
        v.visit_opt_expr(&arg.annotation)?;
    }
    Ok(())
}

pub fn walk_comprehension<'a, V: Visitor<'a>>(v: &mut V, c: &'a ast::Comprehension) -> Result<(), V::Error> {
    v.visit_expr(&c.target)?;
    v.visit_expr(&c.iter)?;
    v.visit_exprs(&c.ifs)
}

pub fn walk_expr<'a, V: Visitor<'a>>(v: &mut V, e: &'a ast::Expr) -> Result<(), V::Error> {
    use ast::Expr as E;
    match e {
        E::BoolOp(b) => v.visit_exprs(&b.values),
        E::NamedExpr(n) => {
            v.visit_expr(&n.target)?;
            v.visit_expr(&n.value)
        }
        E::BinOp(b) => {
            v.visit_expr(&b.left)?;
            v.visit_expr(&b.right)
        }
        E::UnaryOp(u) => v.visit_expr(&u.operand),
        E::Lambda(l) => {
            v.visit_arguments(&l.args)?;
            v.visit_expr(&l.body)
        }
        E::IfExp(i) => {
            v.visit_expr(&i.test)?;
            v.visit_expr(&i.body)?;
            v.visit_expr(&i.orelse)
        }
        E::Dict(d) => {
            for (k, val) in d.keys.iter().zip(&d.values) {
                if let Some(k) = k {
                    v.visit_expr(k)?;
                }
                v.visit_expr(val)?;
            }
            Ok(())
        }
        E::Set(s) => v.visit_exprs(&s.elts),
        E::ListComp(c) => {
            c.generators.iter().try_for_each(|g| v.visit_comprehension(g))?;
            v.visit_expr(&c.elt)
        }
        E::SetComp(c) => {
            c.generators.iter().try_for_each(|g| v.visit_comprehension(g))?;
            v.visit_expr(&c.elt)
        }
        E::DictComp(c) => {
            c.generators.iter().try_for_each(|g| v.visit_comprehension(g))?;
            v.visit_expr(&c.key)?;
            v.visit_expr(&c.value)
        }
        E::GeneratorExp(c) => {
            c.generators.iter().try_for_each(|g| v.visit_comprehension(g))?;
            v.visit_expr(&c.elt)
        }
        E::Await(a) => v.visit_expr(&a.value),
        E::Yield(y) => v.visit_opt_expr(&y.value),
        E::YieldFrom(y) => v.visit_expr(&y.value),
        E::Compare(c) => {
            v.visit_expr(&c.left)?;
            v.visit_exprs(&c.comparators)
        }
        E::Call(c) => {
            v.visit_expr(&c.func)?;
            walk_call_args(v, c)
        }
        E::FormattedValue(f) => {
            v.visit_expr(&f.value)?;
            v.visit_opt_expr(&f.format_spec)
        }
        E::JoinedStr(j) => v.visit_exprs(&j.values),
        E::Constant(_) | E::Name(_) => Ok(()),
        E::Attribute(a) => v.visit_expr(&a.value),
        E::Subscript(s) => {
            v.visit_expr(&s.value)?;
            v.visit_expr(&s.slice)
        }
        E::Starred(s) => v.visit_expr(&s.value),
        E::List(l) => v.visit_exprs(&l.elts),
        E::Tuple(t) => v.visit_exprs(&t.elts),
        E::Slice(s) => {
            v.visit_opt_expr(&s.lower)?;
            v.visit_opt_expr(&s.upper)?;
            v.visit_opt_expr(&s.step)
        }
    }
}

/// A call's positional then keyword argument values.
pub fn walk_call_args<'a, V: Visitor<'a>>(v: &mut V, c: &'a ast::ExprCall) -> Result<(), V::Error> {
    v.visit_exprs(&c.args)?;
    c.keywords.iter().try_for_each(|k| v.visit_expr(&k.value))
}

pub fn walk_pattern<'a, V: Visitor<'a>>(v: &mut V, p: &'a ast::Pattern) -> Result<(), V::Error> {
    use ast::Pattern as P;
    match p {
        P::MatchValue(m) => v.visit_expr(&m.value),
        P::MatchSingleton(_) | P::MatchStar(_) => Ok(()),
        P::MatchSequence(s) => s.patterns.iter().try_for_each(|x| v.visit_pattern(x)),
        P::MatchMapping(m) => {
            v.visit_exprs(&m.keys)?;
            m.patterns.iter().try_for_each(|x| v.visit_pattern(x))
        }
        P::MatchClass(c) => {
            v.visit_expr(&c.cls)?;
            c.patterns.iter().chain(&c.kwd_patterns).try_for_each(|x| v.visit_pattern(x))
        }
        P::MatchAs(a) => a.pattern.as_deref().map_or(Ok(()), |x| v.visit_pattern(x)),
        P::MatchOr(o) => o.patterns.iter().try_for_each(|x| v.visit_pattern(x)),
    }
}
