//! The parser's tree (rustpython-parser) -> `_ast` node objects, as
//! CPython's `ast2obj_*` (Python/Python-ast.c) builds them: fields first,
//! then the position attributes (1-based lines, UTF-8 byte columns), the
//! `Load`/`Store`/`Del` and operator nodes shared singletons.

use crate::compile::LineIndex;
use crate::object::complex::new_complex;
use crate::object::dict::dict_get_str;
use crate::object::exceptions::runtime_error;
use crate::object::int::{new_bigint, new_bool, new_int};
use crate::object::list::new_list;
use crate::object::singletons::{none, ELLIPSIS};
use crate::object::str::{intern, new_str};
use crate::object::tuple::new_tuple;
use crate::object::{protocol, PyRef, PyResult};
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;

pub(super) struct ToPy<'a> {
    src: &'a str,
    lines: &'a LineIndex,
    /// The range the next expression converted takes instead of its own.
    range_override: Option<ast::text_size::TextRange>,
    dict: PyRef,
    singletons: HashMap<&'static str, PyRef>,
}

type R = PyResult<PyRef>;

/// Whether the source of `r` is one parenthesized group (the parser's
/// range of a generator expression includes its own parentheses; a
/// parenthesized first element, `(a, b) for ...`, only looks the same).
fn parenthesized(src: &str, r: ast::text_size::TextRange) -> bool {
    let Some(t) = src.get(r.start().to_usize()..r.end().to_usize()) else { return false };
    let b = t.as_bytes();
    if b.first() != Some(&b'(') {
        return false;
    }
    let mut depth = 0i32;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i == b.len() - 1;
                }
            }
            _ => {}
        }
    }
    false
}

fn opt<T>(v: &Option<T>, f: impl FnOnce(&T) -> R) -> R {
    match v {
        Some(x) => f(x),
        None => Ok(none()),
    }
}

impl<'a> ToPy<'a> {
    pub fn new(src: &'a str, lines: &'a LineIndex, module_dict: PyRef) -> Self {
        ToPy { src, lines, range_override: None, dict: module_dict, singletons: HashMap::new() }
    }

    fn class(&self, name: &str) -> R {
        match dict_get_str(&self.dict, &intern(name)) {
            Some(c) => Ok(c.to_ref()),
            None => Err(runtime_error(format!("_ast.{name} is missing"))),
        }
    }

    /// A node of class `name` with these fields and, for `range`, the four
    /// position attributes.
    fn node(&self, name: &str, fields: &[(&str, PyRef)], range: Option<ast::text_size::TextRange>) -> R {
        let cls = self.class(name)?;
        let o = protocol::call(&cls, &[], None)?;
        for (f, v) in fields {
            protocol::setattr(&o, &intern(f), v)?;
        }
        if let Some(r) = range {
            let (l, c) = self.lines.line_col(r.start().to_u32());
            let (el, ec) = self.lines.line_col(r.end().to_u32());
            protocol::setattr(&o, &intern("lineno"), &new_int(l as i64))?;
            protocol::setattr(&o, &intern("col_offset"), &new_int(c as i64))?;
            protocol::setattr(&o, &intern("end_lineno"), &new_int(el as i64))?;
            protocol::setattr(&o, &intern("end_col_offset"), &new_int(ec as i64))?;
        }
        Ok(o)
    }

    /// The shared instance of a field-less node (`Load()`, `Add()`), kept
    /// in `_ast._singletons` so every parse returns the same one.
    fn single(&mut self, name: &'static str) -> R {
        if let Some(o) = self.singletons.get(name) {
            return Ok(o.clone());
        }
        let cache = match dict_get_str(&self.dict, &intern("_singletons")) {
            Some(c) if crate::object::dict::as_dict(c).is_some() => c.to_ref(),
            _ => return self.node(name, &[], None),
        };
        let o = match dict_get_str(&cache, &intern(name)) {
            Some(o) => o.to_ref(),
            None => {
                let o = self.node(name, &[], None)?;
                crate::object::dict::dict_set_item_str(&cache, name, o.clone());
                o
            }
        };
        self.singletons.insert(name, o.clone());
        Ok(o)
    }

    fn list<T>(&mut self, v: &[T], mut f: impl FnMut(&mut Self, &T) -> R) -> R {
        let mut out = Vec::with_capacity(v.len());
        for x in v {
            out.push(f(self, x)?);
        }
        Ok(new_list(out))
    }

    fn ident(s: &ast::Identifier) -> PyRef {
        intern(s.as_str())
    }

    fn idents(v: &[ast::Identifier]) -> PyRef {
        new_list(v.iter().map(Self::ident).collect())
    }

    pub fn module(&mut self, m: &ast::Mod) -> R {
        match m {
            ast::Mod::Module(m) => {
                let body = self.stmts(&m.body)?;
                let ti = self.list(&m.type_ignores, |s, t| {
                    let ast::TypeIgnore::TypeIgnore(t) = t;
                    s.node("TypeIgnore", &[("lineno", new_int(t.lineno.to_u32() as i64)), ("tag", new_str(t.tag.as_str()))], None)
                })?;
                self.node("Module", &[("body", body), ("type_ignores", ti)], None)
            }
            ast::Mod::Interactive(m) => {
                let body = self.stmts(&m.body)?;
                self.node("Interactive", &[("body", body)], None)
            }
            ast::Mod::Expression(m) => {
                let body = self.expr(&m.body)?;
                self.node("Expression", &[("body", body)], None)
            }
            ast::Mod::FunctionType(m) => {
                let a = self.exprs(&m.argtypes)?;
                let r = self.expr(&m.returns)?;
                self.node("FunctionType", &[("argtypes", a), ("returns", r)], None)
            }
        }
    }

    fn stmts(&mut self, v: &[ast::Stmt]) -> R {
        self.list(v, |s, x| s.stmt(x))
    }

    fn exprs(&mut self, v: &[ast::Expr]) -> R {
        self.list(v, |s, x| s.expr(x))
    }

    fn oexpr(&mut self, v: &Option<Box<ast::Expr>>) -> R {
        match v {
            Some(e) => self.expr(e),
            None => Ok(none()),
        }
    }

    fn ostr(v: &Option<String>) -> PyRef {
        v.as_deref().map(new_str).unwrap_or_else(none)
    }

    fn stmt(&mut self, st: &ast::Stmt) -> R {
        use ast::Stmt as S;
        let r = Some(st.range());
        match st {
            S::FunctionDef(f) => {
                let f: (&str, _, _, _, _, _, _) = ("FunctionDef", &f.name, &*f.args, &f.body, &f.decorator_list, &f.returns, &f.type_comment);
                self.funcdef(f, r)
            }
            S::AsyncFunctionDef(f) => {
                let f: (&str, _, _, _, _, _, _) = ("AsyncFunctionDef", &f.name, &*f.args, &f.body, &f.decorator_list, &f.returns, &f.type_comment);
                self.funcdef(f, r)
            }
            S::ClassDef(c) => {
                let bases = self.exprs(&c.bases)?;
                let kws = self.list(&c.keywords, |s, k| s.keyword(k))?;
                let body = self.stmts(&c.body)?;
                let decos = self.exprs(&c.decorator_list)?;
                self.node("ClassDef", &[("name", Self::ident(&c.name)), ("bases", bases), ("keywords", kws), ("body", body), ("decorator_list", decos)], r)
            }
            S::Return(x) => {
                let v = self.oexpr(&x.value)?;
                self.node("Return", &[("value", v)], r)
            }
            S::Delete(x) => {
                let t = self.exprs(&x.targets)?;
                self.node("Delete", &[("targets", t)], r)
            }
            S::Assign(x) => {
                let t = self.exprs(&x.targets)?;
                let v = self.expr(&x.value)?;
                self.node("Assign", &[("targets", t), ("value", v), ("type_comment", Self::ostr(&x.type_comment))], r)
            }
            S::TypeAlias(_) => Err(runtime_error("type aliases are not Python 3.11")),
            S::AugAssign(x) => {
                let t = self.expr(&x.target)?;
                let op = self.operator(x.op)?;
                let v = self.expr(&x.value)?;
                self.node("AugAssign", &[("target", t), ("op", op), ("value", v)], r)
            }
            S::AnnAssign(x) => {
                let t = self.expr(&x.target)?;
                let a = self.expr(&x.annotation)?;
                let v = self.oexpr(&x.value)?;
                self.node("AnnAssign", &[("target", t), ("annotation", a), ("value", v), ("simple", new_int(x.simple as i64))], r)
            }
            S::For(x) => self.for_(("For", &x.target, &x.iter, &x.body, &x.orelse, &x.type_comment), r),
            S::AsyncFor(x) => self.for_(("AsyncFor", &x.target, &x.iter, &x.body, &x.orelse, &x.type_comment), r),
            S::While(x) => {
                let t = self.expr(&x.test)?;
                let b = self.stmts(&x.body)?;
                let o = self.stmts(&x.orelse)?;
                self.node("While", &[("test", t), ("body", b), ("orelse", o)], r)
            }
            S::If(x) => {
                let t = self.expr(&x.test)?;
                let b = self.stmts(&x.body)?;
                let o = self.stmts(&x.orelse)?;
                self.node("If", &[("test", t), ("body", b), ("orelse", o)], r)
            }
            S::With(x) => self.with(("With", &x.items, &x.body, &x.type_comment), r),
            S::AsyncWith(x) => self.with(("AsyncWith", &x.items, &x.body, &x.type_comment), r),
            S::Match(x) => {
                let subj = self.expr(&x.subject)?;
                let cases = self.list(&x.cases, |s, c| {
                    let p = s.pattern(&c.pattern)?;
                    let g = s.oexpr(&c.guard)?;
                    let b = s.stmts(&c.body)?;
                    s.node("match_case", &[("pattern", p), ("guard", g), ("body", b)], None)
                })?;
                self.node("Match", &[("subject", subj), ("cases", cases)], r)
            }
            S::Raise(x) => {
                let e = self.oexpr(&x.exc)?;
                let c = self.oexpr(&x.cause)?;
                self.node("Raise", &[("exc", e), ("cause", c)], r)
            }
            S::Try(x) => self.try_(("Try", &x.body, &x.handlers, &x.orelse, &x.finalbody), r),
            S::TryStar(x) => self.try_(("TryStar", &x.body, &x.handlers, &x.orelse, &x.finalbody), r),
            S::Assert(x) => {
                let t = self.expr(&x.test)?;
                let m = self.oexpr(&x.msg)?;
                self.node("Assert", &[("test", t), ("msg", m)], r)
            }
            S::Import(x) => {
                let n = self.list(&x.names, |s, a| s.alias(a))?;
                self.node("Import", &[("names", n)], r)
            }
            S::ImportFrom(x) => {
                let m = x.module.as_ref().map(Self::ident).unwrap_or_else(none);
                let n = self.list(&x.names, |s, a| s.alias(a))?;
                let l = x.level.map(|l| new_int(l.to_u32() as i64)).unwrap_or_else(|| new_int(0));
                self.node("ImportFrom", &[("module", m), ("names", n), ("level", l)], r)
            }
            S::Global(x) => self.node("Global", &[("names", Self::idents(&x.names))], r),
            S::Nonlocal(x) => self.node("Nonlocal", &[("names", Self::idents(&x.names))], r),
            S::Expr(x) => {
                let v = self.expr(&x.value)?;
                self.node("Expr", &[("value", v)], r)
            }
            S::Pass(_) => self.node("Pass", &[], r),
            S::Break(_) => self.node("Break", &[], r),
            S::Continue(_) => self.node("Continue", &[], r),
        }
    }

    #[allow(clippy::type_complexity)]
    fn funcdef(
        &mut self,
        f: (&str, &ast::Identifier, &ast::Arguments, &Vec<ast::Stmt>, &Vec<ast::Expr>, &Option<Box<ast::Expr>>, &Option<String>),
        r: Option<ast::text_size::TextRange>,
    ) -> R {
        let args = self.arguments(f.2)?;
        let body = self.stmts(f.3)?;
        let decos = self.exprs(f.4)?;
        let ret = self.oexpr(f.5)?;
        self.node(
            f.0,
            &[("name", Self::ident(f.1)), ("args", args), ("body", body), ("decorator_list", decos), ("returns", ret), ("type_comment", Self::ostr(f.6))],
            r,
        )
    }

    #[allow(clippy::type_complexity)]
    fn for_(&mut self, f: (&str, &ast::Expr, &ast::Expr, &Vec<ast::Stmt>, &Vec<ast::Stmt>, &Option<String>), r: Option<ast::text_size::TextRange>) -> R {
        let t = self.expr(f.1)?;
        let i = self.expr(f.2)?;
        let b = self.stmts(f.3)?;
        let o = self.stmts(f.4)?;
        self.node(f.0, &[("target", t), ("iter", i), ("body", b), ("orelse", o), ("type_comment", Self::ostr(f.5))], r)
    }

    fn with(&mut self, f: (&str, &Vec<ast::WithItem>, &Vec<ast::Stmt>, &Option<String>), r: Option<ast::text_size::TextRange>) -> R {
        let items = self.list(f.1, |s, w| {
            let c = s.expr(&w.context_expr)?;
            let v = s.oexpr(&w.optional_vars)?;
            s.node("withitem", &[("context_expr", c), ("optional_vars", v)], None)
        })?;
        let b = self.stmts(f.2)?;
        self.node(f.0, &[("items", items), ("body", b), ("type_comment", Self::ostr(f.3))], r)
    }

    #[allow(clippy::type_complexity)]
    fn try_(&mut self, f: (&str, &Vec<ast::Stmt>, &Vec<ast::ExceptHandler>, &Vec<ast::Stmt>, &Vec<ast::Stmt>), r: Option<ast::text_size::TextRange>) -> R {
        let b = self.stmts(f.1)?;
        let h = self.list(f.2, |s, h| {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let t = s.oexpr(&h.type_)?;
            let n = h.name.as_ref().map(Self::ident).unwrap_or_else(none);
            let b = s.stmts(&h.body)?;
            s.node("ExceptHandler", &[("type", t), ("name", n), ("body", b)], Some(h.range))
        })?;
        let o = self.stmts(f.3)?;
        let fb = self.stmts(f.4)?;
        self.node(f.0, &[("body", b), ("handlers", h), ("orelse", o), ("finalbody", fb)], r)
    }

    fn alias(&mut self, a: &ast::Alias) -> R {
        let asn = a.asname.as_ref().map(Self::ident).unwrap_or_else(none);
        self.node("alias", &[("name", Self::ident(&a.name)), ("asname", asn)], Some(a.range))
    }

    fn keyword(&mut self, k: &ast::Keyword) -> R {
        let a = k.arg.as_ref().map(Self::ident).unwrap_or_else(none);
        let v = self.expr(&k.value)?;
        self.node("keyword", &[("arg", a), ("value", v)], Some(k.range))
    }

    fn arg(&mut self, a: &ast::Arg) -> R {
        let ann = self.oexpr(&a.annotation)?;
        self.node("arg", &[("arg", Self::ident(&a.arg)), ("annotation", ann), ("type_comment", Self::ostr(&a.type_comment))], Some(a.range))
    }

    fn arguments(&mut self, a: &ast::Arguments) -> R {
        let posonly = self.list(&a.posonlyargs, |s, x| s.arg(&x.def))?;
        let args = self.list(&a.args, |s, x| s.arg(&x.def))?;
        let vararg = match &a.vararg {
            Some(v) => self.arg(v)?,
            None => none(),
        };
        let kwonly = self.list(&a.kwonlyargs, |s, x| s.arg(&x.def))?;
        let kw_defaults = self.list(&a.kwonlyargs, |s, x| s.oexpr(&x.default))?;
        let kwarg = match &a.kwarg {
            Some(v) => self.arg(v)?,
            None => none(),
        };
        let mut defaults = Vec::new();
        for x in a.posonlyargs.iter().chain(a.args.iter()) {
            if let Some(d) = &x.default {
                defaults.push(self.expr(d)?);
            }
        }
        self.node(
            "arguments",
            &[
                ("posonlyargs", posonly),
                ("args", args),
                ("vararg", vararg),
                ("kwonlyargs", kwonly),
                ("kw_defaults", kw_defaults),
                ("kwarg", kwarg),
                ("defaults", new_list(defaults)),
            ],
            None,
        )
    }

    fn operator(&mut self, op: ast::Operator) -> R {
        use ast::Operator as O;
        self.single(match op {
            O::Add => "Add",
            O::Sub => "Sub",
            O::Mult => "Mult",
            O::MatMult => "MatMult",
            O::Div => "Div",
            O::Mod => "Mod",
            O::Pow => "Pow",
            O::LShift => "LShift",
            O::RShift => "RShift",
            O::BitOr => "BitOr",
            O::BitXor => "BitXor",
            O::BitAnd => "BitAnd",
            O::FloorDiv => "FloorDiv",
        })
    }

    fn ctx(&mut self, c: ast::ExprContext) -> R {
        self.single(match c {
            ast::ExprContext::Load => "Load",
            ast::ExprContext::Store => "Store",
            ast::ExprContext::Del => "Del",
        })
    }

    fn cmpop(&mut self, c: &ast::CmpOp) -> R {
        use ast::CmpOp as C;
        self.single(match c {
            C::Eq => "Eq",
            C::NotEq => "NotEq",
            C::Lt => "Lt",
            C::LtE => "LtE",
            C::Gt => "Gt",
            C::GtE => "GtE",
            C::Is => "Is",
            C::IsNot => "IsNot",
            C::In => "In",
            C::NotIn => "NotIn",
        })
    }

    fn comprehensions(&mut self, v: &[ast::Comprehension]) -> R {
        self.list(v, |s, c| {
            let t = s.expr(&c.target)?;
            let i = s.expr(&c.iter)?;
            let ifs = s.exprs(&c.ifs)?;
            s.node("comprehension", &[("target", t), ("iter", i), ("ifs", ifs), ("is_async", new_int(c.is_async as i64))], None)
        })
    }

    pub(super) fn constant(c: &ast::Constant) -> PyRef {
        use ast::Constant as C;
        match c {
            C::None => none(),
            C::Bool(b) => new_bool(*b),
            C::Str(s) => new_str(s.as_str()),
            C::Bytes(b) => crate::modules::hooks::new_bytes(b.clone()),
            C::Int(i) => new_bigint(i.clone()),
            C::Tuple(t) => new_tuple(t.iter().map(Self::constant).collect()),
            C::Float(f) => crate::modules::hooks::new_float(*f),
            C::Complex { real, imag } => new_complex(*real, *imag),
            C::Ellipsis => ELLIPSIS.to_ref(),
        }
    }

    fn expr(&mut self, e: &ast::Expr) -> R {
        use ast::Expr as E;
        let r = Some(self.range_override.take().unwrap_or_else(|| e.range()));
        match e {
            E::BoolOp(x) => {
                let op = self.single(match x.op {
                    ast::BoolOp::And => "And",
                    ast::BoolOp::Or => "Or",
                })?;
                let v = self.exprs(&x.values)?;
                self.node("BoolOp", &[("op", op), ("values", v)], r)
            }
            E::NamedExpr(x) => {
                let t = self.expr(&x.target)?;
                let v = self.expr(&x.value)?;
                self.node("NamedExpr", &[("target", t), ("value", v)], r)
            }
            E::BinOp(x) => {
                let l = self.expr(&x.left)?;
                let op = self.operator(x.op)?;
                let rt = self.expr(&x.right)?;
                self.node("BinOp", &[("left", l), ("op", op), ("right", rt)], r)
            }
            E::UnaryOp(x) => {
                let op = self.single(match x.op {
                    ast::UnaryOp::Invert => "Invert",
                    ast::UnaryOp::Not => "Not",
                    ast::UnaryOp::UAdd => "UAdd",
                    ast::UnaryOp::USub => "USub",
                })?;
                let o = self.expr(&x.operand)?;
                self.node("UnaryOp", &[("op", op), ("operand", o)], r)
            }
            E::Lambda(x) => {
                let a = self.arguments(&x.args)?;
                let b = self.expr(&x.body)?;
                self.node("Lambda", &[("args", a), ("body", b)], r)
            }
            E::IfExp(x) => {
                let t = self.expr(&x.test)?;
                let b = self.expr(&x.body)?;
                let o = self.expr(&x.orelse)?;
                self.node("IfExp", &[("test", t), ("body", b), ("orelse", o)], r)
            }
            E::Dict(x) => {
                let k = self.list(&x.keys, |s, k| opt(k, |k| s.expr(k)))?;
                let v = self.exprs(&x.values)?;
                self.node("Dict", &[("keys", k), ("values", v)], r)
            }
            E::Set(x) => {
                let v = self.exprs(&x.elts)?;
                self.node("Set", &[("elts", v)], r)
            }
            E::ListComp(x) => {
                let e = self.expr(&x.elt)?;
                let g = self.comprehensions(&x.generators)?;
                self.node("ListComp", &[("elt", e), ("generators", g)], r)
            }
            E::SetComp(x) => {
                let e = self.expr(&x.elt)?;
                let g = self.comprehensions(&x.generators)?;
                self.node("SetComp", &[("elt", e), ("generators", g)], r)
            }
            E::GeneratorExp(x) => {
                let e = self.expr(&x.elt)?;
                let g = self.comprehensions(&x.generators)?;
                self.node("GeneratorExp", &[("elt", e), ("generators", g)], r)
            }
            E::DictComp(x) => {
                let k = self.expr(&x.key)?;
                let v = self.expr(&x.value)?;
                let g = self.comprehensions(&x.generators)?;
                self.node("DictComp", &[("key", k), ("value", v), ("generators", g)], r)
            }
            E::Await(x) => {
                let v = self.expr(&x.value)?;
                self.node("Await", &[("value", v)], r)
            }
            E::Yield(x) => {
                let v = self.oexpr(&x.value)?;
                self.node("Yield", &[("value", v)], r)
            }
            E::YieldFrom(x) => {
                let v = self.expr(&x.value)?;
                self.node("YieldFrom", &[("value", v)], r)
            }
            E::Compare(x) => {
                let l = self.expr(&x.left)?;
                let ops = self.list(&x.ops, |s, o| s.cmpop(o))?;
                let c = self.exprs(&x.comparators)?;
                self.node("Compare", &[("left", l), ("ops", ops), ("comparators", c)], r)
            }
            E::Call(x) => {
                let f = self.expr(&x.func)?;
                // A generator expression that is the only argument spans
                // the call's parentheses in CPython.
                if let ([g @ E::GeneratorExp(_)], true) = (&x.args[..], x.keywords.is_empty() && x.args.first().map_or(false, |g| !parenthesized(self.src, g.range()))) {
                    let from = x.func.end().to_usize();
                    let paren = self.src.get(from..g.start().to_usize()).and_then(|t| t.find('('));
                    if let Some(p) = paren {
                        let start = ast::text_size::TextSize::from((from + p) as u32);
                        self.range_override = Some(ast::text_size::TextRange::new(start, x.range.end()));
                    }
                }
                let a = self.exprs(&x.args)?;
                let k = self.list(&x.keywords, |s, k| s.keyword(k))?;
                self.node("Call", &[("func", f), ("args", a), ("keywords", k)], r)
            }
            E::FormattedValue(_) | E::JoinedStr(_) => self.fstring_part(e, e.range()),
            E::Constant(x) => self.node("Constant", &[("value", Self::constant(&x.value)), ("kind", Self::ostr(&x.kind))], r),
            E::Attribute(x) => {
                let v = self.expr(&x.value)?;
                let c = self.ctx(x.ctx)?;
                self.node("Attribute", &[("value", v), ("attr", Self::ident(&x.attr)), ("ctx", c)], r)
            }
            E::Subscript(x) => {
                let v = self.expr(&x.value)?;
                let sl = self.expr(&x.slice)?;
                let c = self.ctx(x.ctx)?;
                self.node("Subscript", &[("value", v), ("slice", sl), ("ctx", c)], r)
            }
            E::Starred(x) => {
                let v = self.expr(&x.value)?;
                let c = self.ctx(x.ctx)?;
                self.node("Starred", &[("value", v), ("ctx", c)], r)
            }
            E::Name(x) => {
                let c = self.ctx(x.ctx)?;
                self.node("Name", &[("id", Self::ident(&x.id)), ("ctx", c)], r)
            }
            E::List(x) => {
                let v = self.exprs(&x.elts)?;
                let c = self.ctx(x.ctx)?;
                self.node("List", &[("elts", v), ("ctx", c)], r)
            }
            E::Tuple(x) => {
                let v = self.exprs(&x.elts)?;
                let c = self.ctx(x.ctx)?;
                self.node("Tuple", &[("elts", v), ("ctx", c)], r)
            }
            E::Slice(x) => {
                let l = self.oexpr(&x.lower)?;
                let u = self.oexpr(&x.upper)?;
                let s = self.oexpr(&x.step)?;
                self.node("Slice", &[("lower", l), ("upper", u), ("step", s)], r)
            }
        }
    }

    /// A part of an f-string: as CPython 3.11, the pieces of a JoinedStr
    /// (constants, replacement fields, nested format specs) all carry the
    /// position of the outermost string; only the expressions inside the
    /// replacement fields have their own.
    fn fstring_part(&mut self, e: &ast::Expr, outer: ast::text_size::TextRange) -> R {
        use ast::Expr as E;
        let r = Some(outer);
        match e {
            E::FormattedValue(x) => {
                let v = self.expr(&x.value)?;
                let spec = match &x.format_spec {
                    Some(s) => self.fstring_part(s, outer)?,
                    None => none(),
                };
                self.node("FormattedValue", &[("value", v), ("conversion", new_int(x.conversion as i8 as i64)), ("format_spec", spec)], r)
            }
            E::JoinedStr(x) => {
                let v = self.list(&x.values, |s, p| s.fstring_part(p, outer))?;
                self.node("JoinedStr", &[("values", v)], r)
            }
            E::Constant(x) => self.node("Constant", &[("value", Self::constant(&x.value)), ("kind", Self::ostr(&x.kind))], r),
            _ => self.expr(e),
        }
    }

    fn patterns(&mut self, v: &[ast::Pattern]) -> R {
        self.list(v, |s, p| s.pattern(p))
    }

    fn pattern(&mut self, p: &ast::Pattern) -> R {
        use ast::Pattern as P;
        let r = Some(p.range());
        match p {
            P::MatchValue(x) => {
                let v = self.expr(&x.value)?;
                self.node("MatchValue", &[("value", v)], r)
            }
            P::MatchSingleton(x) => self.node("MatchSingleton", &[("value", Self::constant(&x.value))], r),
            P::MatchSequence(x) => {
                let v = self.patterns(&x.patterns)?;
                self.node("MatchSequence", &[("patterns", v)], r)
            }
            P::MatchMapping(x) => {
                let k = self.exprs(&x.keys)?;
                let v = self.patterns(&x.patterns)?;
                let rest = x.rest.as_ref().map(Self::ident).unwrap_or_else(none);
                self.node("MatchMapping", &[("keys", k), ("patterns", v), ("rest", rest)], r)
            }
            P::MatchClass(x) => {
                let c = self.expr(&x.cls)?;
                let v = self.patterns(&x.patterns)?;
                let kp = self.patterns(&x.kwd_patterns)?;
                self.node("MatchClass", &[("cls", c), ("patterns", v), ("kwd_attrs", Self::idents(&x.kwd_attrs)), ("kwd_patterns", kp)], r)
            }
            P::MatchStar(x) => self.node("MatchStar", &[("name", x.name.as_ref().map(Self::ident).unwrap_or_else(none))], r),
            P::MatchAs(x) => {
                let pat = match &x.pattern {
                    Some(p) => self.pattern(p)?,
                    None => none(),
                };
                self.node("MatchAs", &[("pattern", pat), ("name", x.name.as_ref().map(Self::ident).unwrap_or_else(none))], r)
            }
            P::MatchOr(x) => {
                let v = self.patterns(&x.patterns)?;
                self.node("MatchOr", &[("patterns", v)], r)
            }
        }
    }
}


