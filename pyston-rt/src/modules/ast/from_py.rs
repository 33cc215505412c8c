//! `_ast` node objects -> the parser's tree, for `compile(tree, ...)`,
//! as CPython's `obj2ast_*` (Python/Python-ast.c): a node is recognised
//! by the `_ast` class on its MRO (user subclasses work), a missing
//! required field is `TypeError: required field "x" missing from Y`, a
//! wrong node kind `TypeError: expected some sort of expr, but got ...`.
//!
//! The parser's tree holds byte offsets, not (line, column) pairs: a
//! first pass finds the widest column used on each line, and offsets are
//! computed in a text of that many columns per line (`lines_src`, blank),
//! which the compiler then uses as the source for its line table.

use crate::modules::hooks::CompileMode;
use crate::object::dict::dict_get_str;
use crate::object::exceptions::{type_error, value_error, PyErr};
use crate::object::int::{as_int, int_value_big, BOOL_TYPE};
use crate::object::list::as_list;
use crate::object::singletons::{is_none, ELLIPSIS};
use crate::object::str::{intern, str_value};
use crate::object::tuple::as_tuple;
use crate::object::{protocol, PyObject, PyRef, PyResult};
use rustpython_parser::ast::{self, text_size::{TextRange, TextSize}, Identifier};

type R<T> = PyResult<T>;

pub(super) struct FromPy {
    dict: PyRef,
    /// Byte offset of the start of each line (index 0 = line 1) in the
    /// synthetic source, and each line's width.
    starts: Vec<u32>,
    widths: Vec<u32>,
    /// The context the expression being converted must have (CPython's
    /// validator: Store for assignment targets, Del for `del`, Load
    /// elsewhere; None where it is not checked).
    want: std::cell::Cell<Option<ast::ExprContext>>,
}

fn attr(o: &PyObject, name: &str) -> R<Option<PyRef>> {
    protocol::getattr_opt(o, &intern(name))
}

fn int_of(o: &PyObject) -> R<i64> {
    match as_int(o).and_then(|i| i.as_i64()) {
        Some(v) => Ok(v),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", o.type_().name()))),
    }
}

fn seq_items(o: &PyObject) -> Option<Vec<PyRef>> {
    if let Some(l) = as_list(o) {
        return Some(l.items().to_vec());
    }
    None
}

impl FromPy {
    pub fn new(dict: PyRef) -> Self {
        FromPy { dict, starts: Vec::new(), widths: Vec::new(), want: std::cell::Cell::new(Some(ast::ExprContext::Load)) }
    }

    /// The name of the `_ast` class `o` is an instance of (the first on
    /// its MRO), if any.
    fn kind(&self, o: &PyObject) -> R<Option<String>> {
        let mro = protocol::getattr(o.type_().obj(), &intern("__mro__"))?;
        let Some(t) = as_tuple(&mro) else { return Ok(None) };
        for c in t.items.iter() {
            let name = protocol::getattr(c, &intern("__name__"))?;
            if let Some(n) = str_value(&name) {
                if let Some(k) = dict_get_str(&self.dict, &intern(n)) {
                    if k.is(c) {
                        return Ok(Some(n.to_string()));
                    }
                }
            }
        }
        Ok(None)
    }

    fn expected(what: &str, o: &PyObject) -> PyErr {
        let r = protocol::repr(o).ok().and_then(|r| str_value(&r).map(|s| s.to_string())).unwrap_or_default();
        type_error(format!("expected some sort of {what}, but got {r}"))
    }

    fn req(&self, o: &PyObject, field: &str, owner: &str) -> R<PyRef> {
        match attr(o, field)? {
            Some(v) => Ok(v),
            None => Err(type_error(format!("required field \"{field}\" missing from {owner}"))),
        }
    }

    fn opt(&self, o: &PyObject, field: &str) -> R<Option<PyRef>> {
        Ok(attr(o, field)?.filter(|v| !is_none(v)))
    }

    fn seq(&self, o: &PyObject, field: &str, owner: &str) -> R<Vec<PyRef>> {
        let v = self.req(o, field, owner)?;
        match seq_items(&v) {
            Some(items) => Ok(items),
            None => Err(type_error(format!("{owner} field \"{field}\" must be a list, not a {}", v.type_().name()))),
        }
    }

    fn ident_of(v: &PyObject) -> R<Identifier> {
        match str_value(v) {
            Some(s) => Ok(Identifier::new(s)),
            None => Err(type_error("AST identifier must be of type str")),
        }
    }

    fn ident(&self, o: &PyObject, field: &str, owner: &str) -> R<Identifier> {
        let v = self.req(o, field, owner)?;
        if is_none(&v) {
            return Err(value_error(format!("field '{field}' is required for {owner}")));
        }
        Self::ident_of(&v)
    }

    fn oident(&self, o: &PyObject, field: &str) -> R<Option<Identifier>> {
        match self.opt(o, field)? {
            Some(v) => Ok(Some(Self::ident_of(&v)?)),
            None => Ok(None),
        }
    }

    fn ostring(&self, o: &PyObject, field: &str) -> R<Option<String>> {
        match self.opt(o, field)? {
            Some(v) => match str_value(&v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(type_error("AST string must be of type str")),
            },
            None => Ok(None),
        }
    }

    fn int(&self, o: &PyObject, field: &str, owner: &str) -> R<i64> {
        int_of(&*self.req(o, field, owner)?)
    }

    // ---- positions

    fn scan(&mut self, o: &PyObject, depth: usize) -> R<()> {
        if depth > 10_000 {
            return Err(crate::object::exceptions::recursion_error("maximum recursion depth exceeded while traversing 'expr' node"));
        }
        if let Some(items) = seq_items(o) {
            for i in items {
                self.scan(&i, depth + 1)?;
            }
            return Ok(());
        }
        if self.kind(o)?.is_none() {
            return Ok(());
        }
        for (l, c) in [("lineno", "col_offset"), ("end_lineno", "end_col_offset")] {
            if let (Some(l), Some(c)) = (self.opt(o, l)?, self.opt(o, c)?) {
                if let (Ok(l), Ok(c)) = (int_of(&l), int_of(&c)) {
                    if l >= 1 && c >= 0 && l < 100_000_000 && c < 100_000_000 {
                        let l = l as usize;
                        if self.widths.len() < l {
                            self.widths.resize(l, 0);
                        }
                        self.widths[l - 1] = self.widths[l - 1].max(c as u32);
                    }
                }
            }
        }
        let fields = protocol::getattr(o.type_().obj(), &intern("_fields"))?;
        if let Some(t) = as_tuple(&fields) {
            for f in t.items.iter() {
                if let Some(v) = protocol::getattr_opt(o, f)? {
                    self.scan(&v, depth + 1)?;
                }
            }
        }
        Ok(())
    }

    fn offset(&self, line: i64, col: i64) -> u32 {
        if line < 1 || self.starts.is_empty() {
            return 0;
        }
        let l = (line as usize).min(self.starts.len()) - 1;
        self.starts[l] + (col.max(0) as u32).min(self.widths[l])
    }

    fn range(&self, o: &PyObject, owner: &str) -> R<TextRange> {
        let l = self.int(o, "lineno", owner)?;
        let c = self.int(o, "col_offset", owner)?;
        let el = match self.opt(o, "end_lineno")? {
            Some(v) => int_of(&v)?,
            None => l,
        };
        let ec = match self.opt(o, "end_col_offset")? {
            Some(v) => int_of(&v)?,
            None => c,
        };
        let s = self.offset(l, c);
        let e = self.offset(el, ec).max(s);
        Ok(TextRange::new(TextSize::from(s), TextSize::from(e)))
    }

    // ---- module

    pub fn module(&mut self, o: &PyObject, mode: CompileMode) -> R<(ast::Mod, String)> {
        self.scan(o, 0)?;
        let mut src = String::new();
        for w in &self.widths {
            self.starts.push(src.len() as u32);
            src.extend(std::iter::repeat(' ').take(*w as usize + 1));
            src.push('\n');
        }
        let kind = self.kind(o)?.unwrap_or_default();
        let (want, m) = match kind.as_str() {
            "Module" => {
                let body = self.stmts(o, "body", "Module")?;
                self.seq(o, "type_ignores", "Module")?;
                ("Module", ast::Mod::Module(ast::ModModule { range: Default::default(), body, type_ignores: Vec::new() }))
            }
            "Interactive" => {
                let body = self.stmts(o, "body", "Interactive")?;
                ("Interactive", ast::Mod::Interactive(ast::ModInteractive { range: Default::default(), body }))
            }
            "Expression" => {
                let body = Box::new(self.expr_f(o, "body", "Expression")?);
                ("Expression", ast::Mod::Expression(ast::ModExpression { range: Default::default(), body }))
            }
            _ => {
                let t = o.type_().name().to_string();
                return Err(type_error(format!("expected Module node, got {t}")));
            }
        };
        let need = match mode {
            CompileMode::Exec => "Module",
            CompileMode::Eval => "Expression",
            CompileMode::Single => "Interactive",
        };
        if want != need {
            return Err(type_error(format!("expected {need} node, got {}", o.type_().name())));
        }
        Ok((m, src))
    }

    // ---- statements

    fn stmts(&self, o: &PyObject, field: &str, owner: &str) -> R<Vec<ast::Stmt>> {
        self.seq(o, field, owner)?.iter().map(|s| self.stmt(s)).collect()
    }

    fn exprs(&self, o: &PyObject, field: &str, owner: &str) -> R<Vec<ast::Expr>> {
        self.seq(o, field, owner)?.iter().map(|s| self.expr(s)).collect()
    }

    fn expr_f(&self, o: &PyObject, field: &str, owner: &str) -> R<ast::Expr> {
        let v = self.req(o, field, owner)?;
        if is_none(&v) {
            return Err(value_error(format!("field '{field}' is required for {owner}")));
        }
        self.expr(&v)
    }

    fn bexpr(&self, o: &PyObject, field: &str, owner: &str) -> R<Box<ast::Expr>> {
        Ok(Box::new(self.expr_f(o, field, owner)?))
    }

    /// An expression converted with `want` as its required context.
    fn with_ctx<T>(&self, want: Option<ast::ExprContext>, f: impl FnOnce() -> R<T>) -> R<T> {
        let saved = self.want.replace(want);
        let r = f();
        self.want.set(saved);
        r
    }

    fn target(&self, o: &PyObject, field: &str, owner: &str) -> R<Box<ast::Expr>> {
        self.with_ctx(Some(ast::ExprContext::Store), || self.bexpr(o, field, owner))
    }

    fn body(&self, o: &PyObject, owner: &str) -> R<Vec<ast::Stmt>> {
        let b = self.stmts(o, "body", owner)?;
        if b.is_empty() {
            return Err(value_error(format!("empty body on {owner}")));
        }
        Ok(b)
    }

    fn oexpr(&self, o: &PyObject, field: &str) -> R<Option<Box<ast::Expr>>> {
        match self.opt(o, field)? {
            Some(v) => Ok(Some(Box::new(self.expr(&v)?))),
            None => Ok(None),
        }
    }

    fn stmt(&self, o: &PyObject) -> R<ast::Stmt> {
        use ast::Stmt as S;
        // CPython reads the position attributes first.
        let rng = self.range(o, "stmt")?;
        let Some(k) = self.kind(o)? else { return Err(Self::expected("stmt", o)) };
        let k = k.as_str();
        let range = || -> R<TextRange> { Ok(rng) };
        Ok(match k {
            "FunctionDef" | "AsyncFunctionDef" => {
                let name = self.ident(o, "name", k)?;
                let args = Box::new(self.arguments_f(o, k)?);
                let body = self.body(o, k)?;
                let decorator_list = self.exprs(o, "decorator_list", k)?;
                let returns = self.oexpr(o, "returns")?;
                let type_comment = self.ostring(o, "type_comment")?;
                let range = range()?;
                if k == "FunctionDef" {
                    S::FunctionDef(ast::StmtFunctionDef { range, name, args, body, decorator_list, returns, type_comment, type_params: Vec::new() })
                } else {
                    S::AsyncFunctionDef(ast::StmtAsyncFunctionDef { range, name, args, body, decorator_list, returns, type_comment, type_params: Vec::new() })
                }
            }
            "ClassDef" => S::ClassDef(ast::StmtClassDef {
                name: self.ident(o, "name", k)?,
                bases: self.exprs(o, "bases", k)?,
                keywords: self.seq(o, "keywords", k)?.iter().map(|x| self.keyword(x)).collect::<R<_>>()?,
                body: self.body(o, k)?,
                decorator_list: self.exprs(o, "decorator_list", k)?,
                type_params: Vec::new(),
                range: range()?,
            }),
            "Return" => S::Return(ast::StmtReturn { value: self.oexpr(o, "value")?, range: range()? }),
            "Delete" => S::Delete(ast::StmtDelete { targets: self.with_ctx(Some(ast::ExprContext::Del), || self.exprs(o, "targets", k))?, range: range()? }),
            "Assign" => S::Assign(ast::StmtAssign {
                targets: self.with_ctx(Some(ast::ExprContext::Store), || self.exprs(o, "targets", k))?,
                value: self.bexpr(o, "value", k)?,
                type_comment: self.ostring(o, "type_comment")?,
                range: range()?,
            }),
            "AugAssign" => S::AugAssign(ast::StmtAugAssign {
                target: self.target(o, "target", k)?,
                op: self.operator(&*self.req(o, "op", k)?)?,
                value: self.bexpr(o, "value", k)?,
                range: range()?,
            }),
            "AnnAssign" => S::AnnAssign(ast::StmtAnnAssign {
                target: self.target(o, "target", k)?,
                annotation: self.bexpr(o, "annotation", k)?,
                value: self.oexpr(o, "value")?,
                simple: self.int(o, "simple", k)? != 0,
                range: range()?,
            }),
            "For" | "AsyncFor" => {
                let target = self.target(o, "target", k)?;
                let iter = self.bexpr(o, "iter", k)?;
                let body = self.body(o, k)?;
                let orelse = self.stmts(o, "orelse", k)?;
                let type_comment = self.ostring(o, "type_comment")?;
                let range = range()?;
                if k == "For" {
                    S::For(ast::StmtFor { target, iter, body, orelse, type_comment, range })
                } else {
                    S::AsyncFor(ast::StmtAsyncFor { target, iter, body, orelse, type_comment, range })
                }
            }
            "While" => S::While(ast::StmtWhile { test: self.bexpr(o, "test", k)?, body: self.body(o, k)?, orelse: self.stmts(o, "orelse", k)?, range: range()? }),
            "If" => S::If(ast::StmtIf { test: self.bexpr(o, "test", k)?, body: self.body(o, k)?, orelse: self.stmts(o, "orelse", k)?, range: range()? }),
            "With" | "AsyncWith" => {
                let items: Vec<ast::WithItem> = self.seq(o, "items", k)?.iter().map(|x| self.withitem(x)).collect::<R<_>>()?;
                if items.is_empty() {
                    return Err(value_error(format!("empty items on {k}")));
                }
                let body = self.body(o, k)?;
                let type_comment = self.ostring(o, "type_comment")?;
                let range = range()?;
                if k == "With" {
                    S::With(ast::StmtWith { items, body, type_comment, range })
                } else {
                    S::AsyncWith(ast::StmtAsyncWith { items, body, type_comment, range })
                }
            }
            "Match" => S::Match(ast::StmtMatch {
                subject: self.bexpr(o, "subject", k)?,
                cases: self.seq(o, "cases", k)?.iter().map(|x| self.match_case(x)).collect::<R<_>>()?,
                range: range()?,
            }),
            "Raise" => S::Raise(ast::StmtRaise { exc: self.oexpr(o, "exc")?, cause: self.oexpr(o, "cause")?, range: range()? }),
            "Try" | "TryStar" => {
                let body = self.body(o, k)?;
                let handlers: Vec<ast::ExceptHandler> = self.seq(o, "handlers", k)?.iter().map(|x| self.handler(x)).collect::<R<_>>()?;
                let orelse = self.stmts(o, "orelse", k)?;
                let finalbody = self.stmts(o, "finalbody", k)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(value_error(format!("{k} has neither except handlers nor finalbody")));
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(value_error(format!("{k} has orelse but no except handlers")));
                }
                let range = range()?;
                if k == "Try" {
                    S::Try(ast::StmtTry { body, handlers, orelse, finalbody, range })
                } else {
                    S::TryStar(ast::StmtTryStar { body, handlers, orelse, finalbody, range })
                }
            }
            "Assert" => S::Assert(ast::StmtAssert { test: self.bexpr(o, "test", k)?, msg: self.oexpr(o, "msg")?, range: range()? }),
            "Import" | "ImportFrom" if self.seq(o, "names", k)?.is_empty() => return Err(value_error(format!("empty names on {k}"))),
            "Import" => S::Import(ast::StmtImport { names: self.seq(o, "names", k)?.iter().map(|x| self.alias(x)).collect::<R<_>>()?, range: range()? }),
            "ImportFrom" => S::ImportFrom(ast::StmtImportFrom {
                module: self.oident(o, "module")?,
                names: self.seq(o, "names", k)?.iter().map(|x| self.alias(x)).collect::<R<_>>()?,
                level: match self.opt(o, "level")? {
                    Some(v) => Some(ast::Int::new(int_of(&v)?.max(0) as u32)),
                    None => None,
                },
                range: range()?,
            }),
            "Global" | "Nonlocal" => {
                let names = self.seq(o, "names", k)?.iter().map(|x| Self::ident_of(x)).collect::<R<Vec<_>>>()?;
                let range = range()?;
                if k == "Global" {
                    S::Global(ast::StmtGlobal { names, range })
                } else {
                    S::Nonlocal(ast::StmtNonlocal { names, range })
                }
            }
            "Expr" => S::Expr(ast::StmtExpr { value: self.bexpr(o, "value", k)?, range: range()? }),
            "Pass" => S::Pass(ast::StmtPass { range: range()? }),
            "Break" => S::Break(ast::StmtBreak { range: range()? }),
            "Continue" => S::Continue(ast::StmtContinue { range: range()? }),
            _ => return Err(Self::expected("stmt", o)),
        })
    }

    fn keyword(&self, o: &PyObject) -> R<ast::Keyword> {
        if self.kind(o)?.as_deref() != Some("keyword") {
            return Err(Self::expected("keyword", o));
        }
        let range = self.range(o, "keyword")?;
        Ok(ast::Keyword { arg: self.oident(o, "arg")?, value: self.expr_f(o, "value", "keyword")?, range })
    }

    fn alias(&self, o: &PyObject) -> R<ast::Alias> {
        if self.kind(o)?.as_deref() != Some("alias") {
            return Err(Self::expected("alias", o));
        }
        let range = self.range(o, "alias")?;
        Ok(ast::Alias { name: self.ident(o, "name", "alias")?, asname: self.oident(o, "asname")?, range })
    }

    fn withitem(&self, o: &PyObject) -> R<ast::WithItem> {
        if self.kind(o)?.as_deref() != Some("withitem") {
            return Err(Self::expected("withitem", o));
        }
        Ok(ast::WithItem { context_expr: self.expr_f(o, "context_expr", "withitem")?, optional_vars: self.with_ctx(Some(ast::ExprContext::Store), || self.oexpr(o, "optional_vars"))?, range: Default::default() })
    }

    fn handler(&self, o: &PyObject) -> R<ast::ExceptHandler> {
        if self.kind(o)?.as_deref() != Some("ExceptHandler") {
            return Err(Self::expected("excepthandler", o));
        }
        let k = "ExceptHandler";
        let range = self.range(o, "excepthandler")?;
        Ok(ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
            type_: self.oexpr(o, "type")?,
            name: self.oident(o, "name")?,
            body: self.body(o, k)?,
            range,
        }))
    }

    fn match_case(&self, o: &PyObject) -> R<ast::MatchCase> {
        if self.kind(o)?.as_deref() != Some("match_case") {
            return Err(Self::expected("match_case", o));
        }
        let k = "match_case";
        Ok(ast::MatchCase {
            pattern: self.pattern(&*self.req(o, "pattern", k)?)?,
            guard: self.oexpr(o, "guard")?,
            body: self.stmts(o, "body", k)?,
            range: Default::default(),
        })
    }

    fn arg(&self, o: &PyObject) -> R<ast::Arg> {
        if self.kind(o)?.as_deref() != Some("arg") {
            return Err(Self::expected("arg", o));
        }
        let range = self.range(o, "arg")?;
        Ok(ast::Arg {
            arg: self.ident(o, "arg", "arg")?,
            annotation: self.oexpr(o, "annotation")?,
            type_comment: self.ostring(o, "type_comment")?,
            range,
        })
    }

    fn arguments_f(&self, o: &PyObject, owner: &str) -> R<ast::Arguments> {
        let a = self.req(o, "args", owner)?;
        if self.kind(&a)?.as_deref() != Some("arguments") {
            return Err(Self::expected("arguments", &a));
        }
        let k = "arguments";
        let args_of = |f: &str| -> R<Vec<ast::Arg>> { self.seq(&a, f, k)?.iter().map(|x| self.arg(x)).collect() };
        let posonly = args_of("posonlyargs")?;
        let args = args_of("args")?;
        let kwonly = args_of("kwonlyargs")?;
        let vararg = match self.opt(&a, "vararg")? {
            Some(v) => Some(Box::new(self.arg(&v)?)),
            None => None,
        };
        let kwarg = match self.opt(&a, "kwarg")? {
            Some(v) => Some(Box::new(self.arg(&v)?)),
            None => None,
        };
        let defaults = self.exprs(&a, "defaults", k)?;
        let kw_defaults = self.seq(&a, "kw_defaults", k)?;
        if kw_defaults.len() != kwonly.len() {
            return Err(value_error("length of kwonlyargs is not the same as kw_defaults on arguments"));
        }
        if defaults.len() > posonly.len() + args.len() {
            return Err(value_error("more positional defaults than args on arguments"));
        }
        let first_default = posonly.len() + args.len() - defaults.len();
        let mut defaults = defaults.into_iter();
        let mut i = 0;
        let mut with_default = |def: ast::Arg| {
            let d = if i >= first_default { defaults.next().map(Box::new) } else { None };
            i += 1;
            ast::ArgWithDefault { def, default: d, range: Default::default() }
        };
        let posonlyargs = posonly.into_iter().map(&mut with_default).collect();
        let args = args.into_iter().map(&mut with_default).collect();
        let mut kwonlyargs = Vec::new();
        for (def, d) in kwonly.into_iter().zip(kw_defaults.iter()) {
            let default = if is_none(d) { None } else { Some(Box::new(self.expr(d)?)) };
            kwonlyargs.push(ast::ArgWithDefault { def, default, range: Default::default() });
        }
        Ok(ast::Arguments { posonlyargs, args, vararg, kwonlyargs, kwarg, range: Default::default() })
    }

    // ---- operators

    fn operator(&self, o: &PyObject) -> R<ast::Operator> {
        use ast::Operator as O;
        Ok(match self.kind(o)?.as_deref() {
            Some("Add") => O::Add,
            Some("Sub") => O::Sub,
            Some("Mult") => O::Mult,
            Some("MatMult") => O::MatMult,
            Some("Div") => O::Div,
            Some("Mod") => O::Mod,
            Some("Pow") => O::Pow,
            Some("LShift") => O::LShift,
            Some("RShift") => O::RShift,
            Some("BitOr") => O::BitOr,
            Some("BitXor") => O::BitXor,
            Some("BitAnd") => O::BitAnd,
            Some("FloorDiv") => O::FloorDiv,
            _ => return Err(Self::expected("operator", o)),
        })
    }

    fn ctx(&self, o: &PyObject, owner: &str, want: Option<ast::ExprContext>) -> R<ast::ExprContext> {
        let v = self.req(o, "ctx", owner)?;
        let c = match self.kind(&v)?.as_deref() {
            Some("Load") => ast::ExprContext::Load,
            Some("Store") => ast::ExprContext::Store,
            Some("Del") => ast::ExprContext::Del,
            _ => return Err(Self::expected("expr_context", &v)),
        };
        if let Some(w) = want {
            if w != c {
                let n = |c: ast::ExprContext| match c {
                    ast::ExprContext::Load => "Load",
                    ast::ExprContext::Store => "Store",
                    ast::ExprContext::Del => "Del",
                };
                return Err(value_error(format!("expression must have {} context but has {} instead", n(w), n(c))));
            }
        }
        Ok(c)
    }

    fn cmpop(&self, o: &PyObject) -> R<ast::CmpOp> {
        use ast::CmpOp as C;
        Ok(match self.kind(o)?.as_deref() {
            Some("Eq") => C::Eq,
            Some("NotEq") => C::NotEq,
            Some("Lt") => C::Lt,
            Some("LtE") => C::LtE,
            Some("Gt") => C::Gt,
            Some("GtE") => C::GtE,
            Some("Is") => C::Is,
            Some("IsNot") => C::IsNot,
            Some("In") => C::In,
            Some("NotIn") => C::NotIn,
            _ => return Err(Self::expected("cmpop", o)),
        })
    }

    fn constant(&self, v: &PyObject) -> R<ast::Constant> {
        use ast::Constant as C;
        if is_none(v) {
            return Ok(C::None);
        }
        if v.is(ELLIPSIS.obj()) {
            return Ok(C::Ellipsis);
        }
        if v.is_exact(&BOOL_TYPE) {
            return Ok(C::Bool(crate::object::int::int_value_i64(v) == Some(1)));
        }
        if let Some(b) = int_value_big(v) {
            return Ok(C::Int(b));
        }
        if let Some(f) = crate::modules::hooks::float_value(v) {
            return Ok(C::Float(f));
        }
        if let Some(c) = crate::object::complex::complex_value(v) {
            return Ok(C::Complex { real: c.re, imag: c.im });
        }
        if let Some(s) = str_value(v) {
            return Ok(C::Str(s.to_string()));
        }
        if v.is_exact(&crate::object::bytes::BYTES_TYPE) {
            return Ok(C::Bytes(crate::modules::hooks::bytes_data(v).unwrap_or(&[]).to_vec()));
        }
        let frozen = v.is_exact(&crate::object::set::FROZENSET_TYPE);
        if let Some(t) = as_tuple(v).filter(|_| !frozen) {
            let items: Vec<PyRef> = t.items.to_vec();
            return Ok(C::Tuple(items.iter().map(|i| self.constant(i)).collect::<R<_>>()?));
        }
        Err(type_error(format!("got an invalid type in Constant: {}", v.type_().name())))
    }

    // ---- expressions

    fn comprehensions(&self, o: &PyObject, owner: &str) -> R<Vec<ast::Comprehension>> {
        let mut out = Vec::new();
        for c in self.seq(o, "generators", owner)? {
            if self.kind(&c)?.as_deref() != Some("comprehension") {
                return Err(Self::expected("comprehension", &c));
            }
            let k = "comprehension";
            out.push(ast::Comprehension {
                target: self.with_ctx(Some(ast::ExprContext::Store), || self.expr_f(&c, "target", k))?,
                iter: self.expr_f(&c, "iter", k)?,
                ifs: self.exprs(&c, "ifs", k)?,
                is_async: self.int(&c, "is_async", k)? != 0,
                range: Default::default(),
            });
        }
        Ok(out)
    }

    fn expr(&self, o: &PyObject) -> R<ast::Expr> {
        // CPython reads the position attributes first.
        let rng = self.range(o, "expr")?;
        let Some(k) = self.kind(o)? else { return Err(Self::expected("expr", o)) };
        let k = k.as_str();
        // Children are loads, except the elements of a starred, list or
        // tuple target, which share its context.
        let want = self.want.replace(Some(ast::ExprContext::Load));
        let r = self.expr_kind(o, k, rng, want);
        self.want.set(want);
        r
    }

    fn expr_kind(&self, o: &PyObject, k: &str, rng: TextRange, want: Option<ast::ExprContext>) -> R<ast::Expr> {
        use ast::Expr as E;
        let range = || -> R<TextRange> { Ok(rng) };
        Ok(match k {
            "BoolOp" => {
                let op = self.req(o, "op", k)?;
                let op = match self.kind(&op)?.as_deref() {
                    Some("And") => ast::BoolOp::And,
                    Some("Or") => ast::BoolOp::Or,
                    _ => return Err(Self::expected("boolop", &op)),
                };
                let values = self.exprs(o, "values", k)?;
                if values.len() < 2 {
                    return Err(value_error("BoolOp with less than 2 values"));
                }
                E::BoolOp(ast::ExprBoolOp { op, values, range: range()? })
            }
            "NamedExpr" => E::NamedExpr(ast::ExprNamedExpr { target: self.with_ctx(None, || self.bexpr(o, "target", k))?, value: self.bexpr(o, "value", k)?, range: range()? }),
            "BinOp" => E::BinOp(ast::ExprBinOp {
                left: self.bexpr(o, "left", k)?,
                op: self.operator(&*self.req(o, "op", k)?)?,
                right: self.bexpr(o, "right", k)?,
                range: range()?,
            }),
            "UnaryOp" => {
                let op = self.req(o, "op", k)?;
                let op = match self.kind(&op)?.as_deref() {
                    Some("Invert") => ast::UnaryOp::Invert,
                    Some("Not") => ast::UnaryOp::Not,
                    Some("UAdd") => ast::UnaryOp::UAdd,
                    Some("USub") => ast::UnaryOp::USub,
                    _ => return Err(Self::expected("unaryop", &op)),
                };
                E::UnaryOp(ast::ExprUnaryOp { op, operand: self.bexpr(o, "operand", k)?, range: range()? })
            }
            "Lambda" => E::Lambda(ast::ExprLambda { args: Box::new(self.arguments_f(o, k)?), body: self.bexpr(o, "body", k)?, range: range()? }),
            "IfExp" => E::IfExp(ast::ExprIfExp { test: self.bexpr(o, "test", k)?, body: self.bexpr(o, "body", k)?, orelse: self.bexpr(o, "orelse", k)?, range: range()? }),
            "Dict" => {
                let keys = self.seq(o, "keys", k)?.iter().map(|x| if is_none(x) { Ok(None) } else { self.expr(x).map(Some) }).collect::<R<Vec<_>>>()?;
                let values = self.exprs(o, "values", k)?;
                if keys.len() != values.len() {
                    return Err(value_error("Dict doesn't have the same number of keys as values"));
                }
                E::Dict(ast::ExprDict { keys, values, range: range()? })
            }
            "Set" => E::Set(ast::ExprSet { elts: self.exprs(o, "elts", k)?, range: range()? }),
            "ListComp" => E::ListComp(ast::ExprListComp { elt: self.bexpr(o, "elt", k)?, generators: self.comprehensions(o, k)?, range: range()? }),
            "SetComp" => E::SetComp(ast::ExprSetComp { elt: self.bexpr(o, "elt", k)?, generators: self.comprehensions(o, k)?, range: range()? }),
            "GeneratorExp" => E::GeneratorExp(ast::ExprGeneratorExp { elt: self.bexpr(o, "elt", k)?, generators: self.comprehensions(o, k)?, range: range()? }),
            "DictComp" => E::DictComp(ast::ExprDictComp {
                key: self.bexpr(o, "key", k)?,
                value: self.bexpr(o, "value", k)?,
                generators: self.comprehensions(o, k)?,
                range: range()?,
            }),
            "Await" => E::Await(ast::ExprAwait { value: self.bexpr(o, "value", k)?, range: range()? }),
            "Yield" => E::Yield(ast::ExprYield { value: self.oexpr(o, "value")?, range: range()? }),
            "YieldFrom" => E::YieldFrom(ast::ExprYieldFrom { value: self.bexpr(o, "value", k)?, range: range()? }),
            "Compare" => {
                let left = self.bexpr(o, "left", k)?;
                let ops = self.seq(o, "ops", k)?.iter().map(|x| self.cmpop(x)).collect::<R<Vec<_>>>()?;
                let comparators = self.exprs(o, "comparators", k)?;
                if ops.is_empty() {
                    return Err(value_error("Compare with no comparators"));
                }
                if ops.len() != comparators.len() {
                    return Err(value_error("Compare has a different number of comparators and operands"));
                }
                E::Compare(ast::ExprCompare { left, ops, comparators, range: range()? })
            }
            "Call" => E::Call(ast::ExprCall {
                func: self.bexpr(o, "func", k)?,
                args: self.exprs(o, "args", k)?,
                keywords: self.seq(o, "keywords", k)?.iter().map(|x| self.keyword(x)).collect::<R<_>>()?,
                range: range()?,
            }),
            "FormattedValue" => {
                let value = self.bexpr(o, "value", k)?;
                let conversion = match self.int(o, "conversion", k)? {
                    115 => ast::ConversionFlag::Str,
                    114 => ast::ConversionFlag::Repr,
                    97 => ast::ConversionFlag::Ascii,
                    _ => ast::ConversionFlag::None,
                };
                E::FormattedValue(ast::ExprFormattedValue { value, conversion, format_spec: self.oexpr(o, "format_spec")?, range: range()? })
            }
            "JoinedStr" => E::JoinedStr(ast::ExprJoinedStr { values: self.exprs(o, "values", k)?, range: range()? }),
            "Constant" => {
                let v = self.req(o, "value", k)?;
                E::Constant(ast::ExprConstant { value: self.constant(&v)?, kind: self.ostring(o, "kind")?, range: range()? })
            }
            "Attribute" => E::Attribute(ast::ExprAttribute {
                value: self.bexpr(o, "value", k)?,
                attr: self.ident(o, "attr", k)?,
                ctx: self.ctx(o, k, want)?,
                range: range()?,
            }),
            "Subscript" => E::Subscript(ast::ExprSubscript {
                value: self.bexpr(o, "value", k)?,
                slice: self.bexpr(o, "slice", k)?,
                ctx: self.ctx(o, k, want)?,
                range: range()?,
            }),
            "Starred" => E::Starred(ast::ExprStarred { value: self.with_ctx(want, || self.bexpr(o, "value", k))?, ctx: self.ctx(o, k, want)?, range: range()? }),
            "Name" => {
                let id = self.ident(o, "id", k)?;
                if matches!(id.as_str(), "None" | "True" | "False") {
                    return Err(value_error(format!("identifier field can't represent '{}' constant", id.as_str())));
                }
                E::Name(ast::ExprName { id, ctx: self.ctx(o, k, want)?, range: range()? })
            }
            "List" => E::List(ast::ExprList { elts: self.with_ctx(want, || self.exprs(o, "elts", k))?, ctx: self.ctx(o, k, want)?, range: range()? }),
            "Tuple" => E::Tuple(ast::ExprTuple { elts: self.with_ctx(want, || self.exprs(o, "elts", k))?, ctx: self.ctx(o, k, want)?, range: range()? }),
            "Slice" => E::Slice(ast::ExprSlice { lower: self.oexpr(o, "lower")?, upper: self.oexpr(o, "upper")?, step: self.oexpr(o, "step")?, range: range()? }),
            _ => return Err(Self::expected("expr", o)),
        })
    }

    // ---- patterns

    fn patterns(&self, o: &PyObject, field: &str, owner: &str) -> R<Vec<ast::Pattern>> {
        self.seq(o, field, owner)?.iter().map(|p| self.pattern(p)).collect()
    }

    fn pattern(&self, o: &PyObject) -> R<ast::Pattern> {
        use ast::Pattern as P;
        // CPython reads the position attributes first.
        let rng = self.range(o, "pattern")?;
        let Some(k) = self.kind(o)? else { return Err(Self::expected("pattern", o)) };
        let k = k.as_str();
        let range = || -> R<TextRange> { Ok(rng) };
        Ok(match k {
            "MatchValue" => P::MatchValue(ast::PatternMatchValue { value: self.bexpr(o, "value", k)?, range: range()? }),
            "MatchSingleton" => P::MatchSingleton(ast::PatternMatchSingleton { value: self.constant(&*self.req(o, "value", k)?)?, range: range()? }),
            "MatchSequence" => P::MatchSequence(ast::PatternMatchSequence { patterns: self.patterns(o, "patterns", k)?, range: range()? }),
            "MatchMapping" => P::MatchMapping(ast::PatternMatchMapping {
                keys: self.exprs(o, "keys", k)?,
                patterns: self.patterns(o, "patterns", k)?,
                rest: self.oident(o, "rest")?,
                range: range()?,
            }),
            "MatchClass" => P::MatchClass(ast::PatternMatchClass {
                cls: self.bexpr(o, "cls", k)?,
                patterns: self.patterns(o, "patterns", k)?,
                kwd_attrs: self.seq(o, "kwd_attrs", k)?.iter().map(|x| Self::ident_of(x)).collect::<R<_>>()?,
                kwd_patterns: self.patterns(o, "kwd_patterns", k)?,
                range: range()?,
            }),
            "MatchStar" => P::MatchStar(ast::PatternMatchStar { name: self.oident(o, "name")?, range: range()? }),
            "MatchAs" => P::MatchAs(ast::PatternMatchAs {
                pattern: match self.opt(o, "pattern")? {
                    Some(p) => Some(Box::new(self.pattern(&p)?)),
                    None => None,
                },
                name: self.oident(o, "name")?,
                range: range()?,
            }),
            "MatchOr" => P::MatchOr(ast::PatternMatchOr { patterns: self.patterns(o, "patterns", k)?, range: range()? }),
            _ => return Err(Self::expected("pattern", o)),
        })
    }
}
