//! Scope analysis, like CPython's symtable.c: one `Scope` per module,
//! class, function, lambda and comprehension, and for each name in it a
//! `SymScope` (local, global explicit/implicit, free, cell).
//!
//! Two passes: `Builder` walks the AST recording how each name is used
//! (flags) and the tree of scopes; `analyze` then resolves every name from
//! the outermost scope inwards, turning locals captured by inner scopes into
//! cells and propagating free variables outwards.

use super::walk::{walk_expr, walk_pattern, walk_stmt, Visitor};
use super::{CompileError, SourceInfo};
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

/// Symbol flags (CPython's `DEF_*`), plus `DEF_DELETED`.
pub mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const DEF_FREE_CLASS: u32 = 64;
    pub const DEF_IMPORT: u32 = 128;
    pub const DEF_ANNOT: u32 = 256;
    pub const DEF_COMP_ITER: u32 = 512;
    /// The name is the target of `del` or of `except ... as name` (so it
    /// may become unbound again after an assignment).
    pub const DEF_DELETED: u32 = 1024;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// Functions and lambdas.
    Function,
    /// List/set/dict comprehensions and generator expressions.
    Comprehension,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `<module>`, the function or class name, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    pub comp: Option<CompKind>,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Mangled names, in order of first mention.
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameter names in CPython order (positional-only, positional,
    /// keyword-only, `*args`, `**kwargs`).
    pub params: Vec<String>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    /// A class whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    /// The scope contains an assignment expression.
    pub has_walrus: bool,
    /// The class name used for private-name mangling inside this scope.
    pub private: Option<String>,
    pub start: u32,
    /// Locations of `global`/`nonlocal` directives, for error messages.
    directives: HashMap<String, (u32, u32)>,
    comp_iter_expr: u32,
    comp_iter_target: bool,
    // Filled by `analyze`:
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, start: u32) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            comp: None,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            has_walrus: false,
            private: None,
            start,
            directives: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i].1)
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.lookup(name).map(|s| s.flags).unwrap_or(0)
    }

    /// The scope of a (mangled) name; names never mentioned are global.
    pub fn scope_of(&self, name: &str) -> SymScope {
        self.lookup(name).map(|s| s.scope).unwrap_or(SymScope::GlobalImplicit)
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }

    fn entry(&mut self, name: &str) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.symbols.push((name.to_owned(), Symbol { flags: 0, scope: SymScope::GlobalImplicit }));
                self.index.insert(name.to_owned(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        &mut self.symbols[i].1
    }
}

/// The result of scope analysis for one module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope of each function, class, lambda and comprehension node, keyed by
    /// the address of its AST node (`StmtFunctionDef`, `StmtAsyncFunctionDef`,
    /// `StmtClassDef`, `ExprLambda`, `ExprListComp`, `ExprSetComp`,
    /// `ExprDictComp`, `ExprGeneratorExp`).
    pub by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

/// Whether an annotated assignment stores into `__annotations__`: a bare
/// name target that is not parenthesized (the parser does not record
/// parentheses; a parenthesized target starts after the statement does).
pub fn ann_simple(a: &ast::StmtAnnAssign) -> bool {
    a.simple && a.target.start() == a.range.start()
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's private name mangling (`__spam` in class `Ham` -> `_Ham__spam`).
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    let Some(class) = private else { return name.into() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.into();
    }
    format!("_{stripped}{name}").into()
}

/// Builds the symbol table of a parsed module.
pub(crate) fn build(info: &SourceInfo, m: &ast::Mod, future_annotations: u32) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        info,
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None, 0)],
        by_node: HashMap::new(),
        cur: 0,
        future_annotations: future_annotations & super::validate::FUTURE_ANNOTATIONS != 0,
        in_annotation: 0,
        node_log: Vec::new(),
    };
    match m {
        ast::Mod::Module(m) => b.visit_stmts(&m.body)?,
        ast::Mod::Interactive(m) => b.visit_stmts(&m.body)?,
        ast::Mod::Expression(e) => b.visit_expr(&e.body)?,
        ast::Mod::FunctionType(_) => {}
    }
    let mut table = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    analyze(info, &mut table)?;
    Ok(table)
}

struct Builder<'a, 'b> {
    info: &'a SourceInfo<'b>,
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    cur: ScopeId,
    future_annotations: bool,
    /// > 0 while visiting an annotation under `from __future__ import annotations`.
    in_annotation: u32,
    /// Keys added to `by_node`, in order (to undo throwaway annotation scopes).
    node_log: Vec<usize>,
}

type R = Result<(), CompileError>;

fn range_of<T: Ranged>(n: &T) -> (u32, u32) {
    (n.start().to_u32(), n.end().to_u32())
}

impl<'a, 'b> Builder<'a, 'b> {
    fn err(&self, msg: impl Into<String>, range: (u32, u32)) -> CompileError {
        self.info.error_range(msg, range.0, range.1)
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize, start: u32) -> ScopeId {
        let parent = self.cur;
        let mut s = Scope::new(kind, name, Some(parent), start);
        let p = &self.scopes[parent];
        s.nested = p.nested || p.is_function_like();
        s.private = if kind == ScopeKind::Class { Some(name.to_owned()) } else { p.private.clone() };
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.node_log.push(key);
        self.cur = id;
        id
    }

    fn exit(&mut self) {
        self.cur = self.scopes[self.cur].parent.expect("exit from the module scope");
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.scopes[self.cur].private.as_deref(), name).into_owned()
    }

    fn add_def(&mut self, name: &str, flag: u32, range: (u32, u32)) -> R {
        let cur = self.cur;
        self.add_def_in(cur, name, flag, range)
    }

    fn add_def_in(&mut self, sid: ScopeId, name: &str, flag: u32, range: (u32, u32)) -> R {
        let mangled = mangle(self.scopes[sid].private.as_deref(), name).into_owned();
        let s = &mut self.scopes[sid];
        let old = s.flags_of(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(self.err(format!("duplicate argument '{name}' in function definition"), range));
        }
        let mut val = old | flag;
        if s.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        let s = &mut self.scopes[sid];
        s.entry(&mangled).flags = val;
        if flag & DEF_PARAM != 0 {
            s.params.push(mangled);
        }
        Ok(())
    }

    fn annotation(&mut self, e: &ast::Expr) -> R {
        if self.future_annotations {
            // Visited only to report errors; the names have no effect on scopes.
            let saved_scopes = self.scopes.len();
            let saved_log = self.node_log.len();
            let saved_cur = self.cur;
            let parent = self.cur;
            let mut s = Scope::new(ScopeKind::Function, "_annotation", Some(parent), e.start().to_u32());
            s.private = self.scopes[parent].private.clone();
            self.scopes.push(s);
            self.cur = saved_scopes;
            self.in_annotation += 1;
            let r = self.visit_expr(e);
            self.in_annotation -= 1;
            self.cur = saved_cur;
            // Drop the throwaway scope and anything created under it.
            for k in self.node_log.drain(saved_log..) {
                self.by_node.remove(&k);
            }
            self.scopes.truncate(saved_scopes);
            r
        } else {
            self.visit_expr(e)
        }
    }

    fn args_annotations(&mut self, args: &ast::Arguments, returns: Option<&ast::Expr>) -> R {
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(an) = &a.def.annotation {
                self.annotation(an)?;
            }
        }
        if let Some(a) = &args.vararg {
            if let Some(an) = &a.annotation {
                self.annotation(an)?;
            }
        }
        for a in &args.kwonlyargs {
            if let Some(an) = &a.def.annotation {
                self.annotation(an)?;
            }
        }
        if let Some(a) = &args.kwarg {
            if let Some(an) = &a.annotation {
                self.annotation(an)?;
            }
        }
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    fn defaults(&mut self, args: &ast::Arguments) -> R {
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) -> R {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&a.def.arg, DEF_PARAM, range_of(&a.def))?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, DEF_PARAM, range_of(&**a))?;
            self.scope().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, DEF_PARAM, range_of(&**a))?;
            self.scope().varkeywords = true;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        key: usize,
        name: &str,
        args: &ast::Arguments,
        body: &[ast::Stmt],
        decorators: &[ast::Expr],
        returns: Option<&ast::Expr>,
        is_async: bool,
        range: (u32, u32),
    ) -> R {
        self.add_def(name, DEF_LOCAL, range)?;
        self.defaults(args)?;
        self.args_annotations(args, returns)?;
        self.visit_exprs(decorators)?;
        self.enter(ScopeKind::Function, name, key, range.0);
        if is_async {
            self.scope().coroutine = true;
        }
        self.params(args)?;
        self.visit_stmts(body)?;
        self.exit();
        Ok(())
    }

    fn ann_assign(&mut self, s: &ast::Stmt, a: &ast::StmtAnnAssign) -> R {
        if let ast::Expr::Name(n) = &*a.target {
            let simple = ann_simple(a);
            let cur = self.scopes[self.cur].flags_of(&self.mangled(&n.id));
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != 0 && simple {
                let which = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                return Err(self.err(format!("annotated name '{}' can't be {which}", n.id), range_of(s)));
            }
            if simple {
                self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, range_of(n))?;
            } else if a.value.is_some() {
                self.add_def(&n.id, DEF_LOCAL, range_of(n))?;
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        self.annotation(&a.annotation)?;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    fn try_stmt(&mut self, body: &[ast::Stmt], handlers: &[ast::ExceptHandler], orelse: &[ast::Stmt], finalbody: &[ast::Stmt]) -> R {
        self.visit_stmts(body)?;
        self.visit_stmts(orelse)?;
        handlers.iter().try_for_each(|h| self.visit_handler(h))?;
        self.visit_stmts(finalbody)
    }

    fn directive(&mut self, name: &str, s: &ast::Stmt, global: bool) -> R {
        let mangled = self.mangled(name);
        let cur = self.scopes[self.cur].flags_of(&mangled);
        let kw = if global { "global" } else { "nonlocal" };
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {kw}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {kw} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {kw}")
            } else {
                format!("name '{name}' is assigned to before {kw} declaration")
            };
            return Err(self.err(msg, range_of(s)));
        }
        self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, range_of(s))?;
        self.scope().directives.entry(mangled).or_insert(range_of(s));
        Ok(())
    }

    fn annotation_check(&self, what: &str, e: &ast::Expr) -> R {
        if self.in_annotation > 0 {
            return Err(self.err(format!("{what} cannot be used within an annotation"), range_of(e)));
        }
        Ok(())
    }

    fn yield_seen(&mut self, e: &ast::Expr) -> R {
        let s = self.scope();
        s.generator = true;
        if let Some(kind) = s.comp {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return Err(self.err(format!("'yield' inside {what}"), range_of(e)));
        }
        Ok(())
    }

    fn named_expr(&mut self, n: &ast::ExprNamedExpr) -> R {
        if self.scopes[self.cur].comp_iter_expr > 0 {
            return Err(self.err(
                "assignment expression cannot be used in a comprehension iterable expression",
                range_of(n),
            ));
        }
        self.scope().has_walrus = true;
        if self.scopes[self.cur].comp.is_some() {
            if let ast::Expr::Name(target) = &*n.target {
                self.extend_namedexpr_scope(target)?;
            }
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    fn extend_namedexpr_scope(&mut self, target: &ast::ExprName) -> R {
        let name = target.id.as_str();
        let range = range_of(target);
        let mut sid = self.cur;
        loop {
            let s = &self.scopes[sid];
            if s.comp.is_some() {
                if s.flags_of(&mangle(s.private.as_deref(), name)) & DEF_COMP_ITER != 0 {
                    return Err(self.err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        range,
                    ));
                }
                sid = s.parent.expect("comprehension has a parent");
                continue;
            }
            match s.kind {
                ScopeKind::Function => {
                    let in_scope = s.flags_of(&mangle(s.private.as_deref(), name));
                    let flag = if in_scope & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(name, flag, range)?;
                    let m = self.mangled(name);
                    self.scope().directives.entry(m).or_insert(range);
                    self.scopes[sid].has_walrus = true;
                    return self.add_def_in(sid, name, DEF_LOCAL, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, range)?;
                    let m = self.mangled(name);
                    self.scope().directives.entry(m).or_insert(range);
                    return self.add_def_in(sid, name, DEF_GLOBAL, range);
                }
                ScopeKind::Class => {
                    return Err(self.err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ));
                }
                ScopeKind::Comprehension => unreachable!(),
            }
        }
    }

    fn comprehension(
        &mut self,
        key: usize,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        start: u32,
    ) -> R {
        let outermost = &generators[0];
        self.scope().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.scope().comp_iter_expr -= 1;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        self.enter(ScopeKind::Comprehension, name, key, start);
        self.scope().comp = Some(kind);
        if outermost.is_async {
            self.scope().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, (start, start))?;
        self.scope().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.scope().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.scope().comp_iter_target = true;
            self.visit_expr(&g.target)?;
            self.scope().comp_iter_target = false;
            self.scope().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.scope().comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.scope().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_gen = kind == CompKind::Generator;
        if is_gen {
            self.scope().generator = true;
        }
        let is_async = self.scopes[self.cur].coroutine && !is_gen;
        self.exit();
        if is_async {
            self.scope().coroutine = true;
        }
        Ok(())
    }
}

impl<'n> Visitor<'n> for Builder<'_, '_> {
    type Error = CompileError;

    fn visit_stmt(&mut self, s: &'n ast::Stmt) -> R {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => self.function(
                node_key(f),
                &f.name,
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                false,
                range_of(f),
            ),
            S::AsyncFunctionDef(f) => self.function(
                node_key(f),
                &f.name,
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                true,
                range_of(f),
            ),
            S::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, range_of(c))?;
                self.visit_exprs(&c.bases)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&c.decorator_list)?;
                self.enter(ScopeKind::Class, &c.name, node_key(c), c.start().to_u32());
                self.visit_stmts(&c.body)?;
                self.exit();
                Ok(())
            }
            S::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                    self.scope().returns_value = true;
                }
                Ok(())
            }
            S::AnnAssign(a) => self.ann_assign(s, a),
            // CPython's symtable visits `else` before the handlers (the
            // order names enter the scope, hence co_varnames).
            S::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            S::TryStar(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            S::Global(g) => g.names.iter().try_for_each(|name| self.directive(name, s, true)),
            S::Nonlocal(g) => g.names.iter().try_for_each(|name| self.directive(name, s, false)),
            _ => walk_stmt(self, s),
        }
    }

    fn visit_handler(&mut self, h: &'n ast::ExceptHandler) -> R {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        self.visit_opt_expr(&h.type_)?;
        if let Some(n) = &h.name {
            self.add_def(n, DEF_LOCAL | DEF_DELETED, range_of(h))?;
        }
        self.visit_stmts(&h.body)
    }

    fn visit_alias(&mut self, a: &'n ast::Alias) -> R {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        if name.as_str() == "*" {
            if self.scopes[self.cur].kind != ScopeKind::Module {
                return Err(self.err("import * only allowed at module level", range_of(a)));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, range_of(a))
    }

    fn visit_pattern(&mut self, p: &'n ast::Pattern) -> R {
        use ast::Pattern as P;
        walk_pattern(self, p)?;
        match p {
            P::MatchMapping(m) => m.rest.as_ref().map_or(Ok(()), |r| self.add_def(r, DEF_LOCAL, range_of(m))),
            P::MatchStar(s) => s.name.as_ref().map_or(Ok(()), |n| self.add_def(n, DEF_LOCAL, range_of(s))),
            P::MatchAs(a) => a.name.as_ref().map_or(Ok(()), |n| self.add_def(n, DEF_LOCAL, range_of(a))),
            _ => Ok(()),
        }
    }

    fn visit_expr(&mut self, e: &'n ast::Expr) -> R {
        use ast::Expr as E;
        match e {
            E::NamedExpr(n) => {
                self.annotation_check("named expression", e)?;
                self.named_expr(n)
            }
            E::Lambda(l) => {
                self.defaults(&l.args)?;
                self.enter(ScopeKind::Function, "<lambda>", node_key(l), l.start().to_u32());
                self.params(&l.args)?;
                self.visit_expr(&l.body)?;
                self.exit();
                Ok(())
            }
            E::ListComp(c) => self.comprehension(node_key(c), CompKind::List, &c.generators, &c.elt, None, c.start().to_u32()),
            E::SetComp(c) => self.comprehension(node_key(c), CompKind::Set, &c.generators, &c.elt, None, c.start().to_u32()),
            E::DictComp(c) => {
                self.comprehension(node_key(c), CompKind::Dict, &c.generators, &c.key, Some(&c.value), c.start().to_u32())
            }
            E::GeneratorExp(c) => {
                self.comprehension(node_key(c), CompKind::Generator, &c.generators, &c.elt, None, c.start().to_u32())
            }
            E::Await(a) => {
                self.annotation_check("await expression", e)?;
                self.visit_expr(&a.value)?;
                self.scope().coroutine = true;
                Ok(())
            }
            E::Yield(y) => {
                self.annotation_check("yield expression", e)?;
                self.visit_opt_expr(&y.value)?;
                self.yield_seen(e)
            }
            E::YieldFrom(y) => {
                self.annotation_check("yield expression", e)?;
                self.visit_expr(&y.value)?;
                self.yield_seen(e)
            }
            E::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    ast::ExprContext::Store => DEF_LOCAL,
                    ast::ExprContext::Del => DEF_LOCAL | DEF_DELETED,
                };
                self.add_def(&n.id, flag, range_of(n))?;
                if n.ctx == ast::ExprContext::Load && self.scopes[self.cur].is_function_like() && n.id.as_str() == "super" {
                    self.add_def("__class__", USE, range_of(n))?;
                }
                Ok(())
            }
            _ => walk_expr(self, e),
        }
    }
}

// ---------------------------------------------------------------------------
// Analysis

fn analyze(info: &SourceInfo, t: &mut SymbolTable) -> R {
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    analyze_block(info, t, 0, None, &mut free, &mut global)?;
    for s in &mut t.scopes {
        finish_scope(s);
    }
    Ok(())
}

fn directive_range(s: &Scope, name: &str) -> (u32, u32) {
    s.directives.get(name).copied().unwrap_or((s.start, s.start))
}

fn analyze_block(
    info: &SourceInfo,
    t: &mut SymbolTable,
    sid: ScopeId,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> R {
    let mut local: HashSet<String> = HashSet::new();
    let mut scopes: HashMap<String, SymScope> = HashMap::new();
    let mut newglobal: HashSet<String> = HashSet::new();
    let mut newfree: HashSet<String> = HashSet::new();
    let mut newbound: HashSet<String> = HashSet::new();
    let kind = t.scopes[sid].kind;
    let is_function = kind != ScopeKind::Module && kind != ScopeKind::Class;

    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }

    // A local copy of `bound` that `global` declarations may shrink.
    let mut bound_copy: Option<HashSet<String>> = bound.cloned();
    {
        let s = &t.scopes[sid];
        for (name, sym) in &s.symbols {
            let fl = sym.flags;
            let sc = if fl & DEF_GLOBAL != 0 {
                if fl & DEF_NONLOCAL != 0 {
                    let r = directive_range(s, name);
                    return Err(info.error_range(format!("name '{name}' is nonlocal and global"), r.0, r.1));
                }
                global.insert(name.clone());
                if let Some(b) = &mut bound_copy {
                    b.remove(name);
                }
                SymScope::GlobalExplicit
            } else if fl & DEF_NONLOCAL != 0 {
                let r = directive_range(s, name);
                match &bound_copy {
                    None => {
                        return Err(info.error_range("nonlocal declaration not allowed at module level", r.0, r.1));
                    }
                    Some(b) if !b.contains(name) => {
                        return Err(info.error_range(format!("no binding for nonlocal '{name}' found"), r.0, r.1));
                    }
                    _ => {}
                }
                free.insert(name.clone());
                SymScope::Free
            } else if fl & DEF_BOUND != 0 {
                local.insert(name.clone());
                global.remove(name);
                SymScope::Local
            } else if bound_copy.as_ref().map_or(false, |b| b.contains(name)) {
                free.insert(name.clone());
                SymScope::Free
            } else {
                SymScope::GlobalImplicit
            };
            scopes.insert(name.clone(), sc);
        }
    }

    if kind != ScopeKind::Class {
        if is_function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_copy {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_owned());
    }

    let mut allfree: HashSet<String> = HashSet::new();
    let children = t.scopes[sid].children.clone();
    for c in children {
        let temp_bound = newbound.clone();
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        analyze_block(info, t, c, Some(&temp_bound), &mut temp_free, &mut temp_global)?;
        allfree.extend(temp_free);
    }
    newfree.extend(allfree);

    if is_function {
        // Locals captured by children become cells.
        for (name, sc) in scopes.iter_mut() {
            if *sc == SymScope::Local && newfree.remove(name) {
                *sc = SymScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        t.scopes[sid].needs_class_closure = true;
    }

    // update_symbols
    let s = &mut t.scopes[sid];
    for (name, sym) in s.symbols.iter_mut() {
        if let Some(&sc) = scopes.get(name) {
            sym.scope = sc;
        }
    }
    let mut names: Vec<&String> = newfree.iter().collect();
    names.sort();
    for name in names {
        if let Some(&i) = s.index.get(name) {
            if kind == ScopeKind::Class && s.symbols[i].1.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                s.symbols[i].1.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = &bound_copy {
            if !b.contains(name) {
                continue;
            }
        } else {
            continue;
        }
        let sym = s.entry(name);
        sym.scope = SymScope::Free;
    }
    free.extend(newfree);
    Ok(())
}

/// Computes varnames, cellvars and freevars.
fn finish_scope(s: &mut Scope) {
    let mut varnames = s.params.clone();
    if s.is_function_like() {
        let params: HashSet<&String> = s.params.iter().collect();
        for (name, sym) in &s.symbols {
            if sym.scope == SymScope::Local && !params.contains(name) {
                varnames.push(name.clone());
            }
        }
    }
    let mut cellvars: Vec<String> =
        s.symbols.iter().filter(|(_, sym)| sym.scope == SymScope::Cell).map(|(n, _)| n.clone()).collect();
    if s.needs_class_closure {
        cellvars.push("__class__".to_owned());
    }
    // CPython 3.11: parameters that are cells keep their parameter order
    // (the cell lives in the argument's slot), then the others sorted.
    cellvars.sort_by_key(|n| (s.params.iter().position(|p| p == n).unwrap_or(usize::MAX), n.clone()));
    let mut freevars: Vec<String> = s
        .symbols
        .iter()
        .filter(|(_, sym)| sym.scope == SymScope::Free || (s.kind == ScopeKind::Class && sym.flags & DEF_FREE_CLASS != 0))
        .map(|(n, _)| n.clone())
        .collect();
    freevars.sort();
    s.varnames = if s.is_function_like() { varnames } else { Vec::new() };
    s.cellvars = cellvars;
    s.freevars = freevars;
}
