//! Statements: module bodies, simple statements, if/while/for, imports,
//! return/break/continue, raise, assert.

use super::{Compiler, FBlock, R};
use crate::bytecode::opcodes::ops;
use crate::bytecode::{Const, Reg};
use crate::compile::symtable::ScopeKind;
use crate::compile::validate::is_docstring;
use crate::compile::{fold, Mode};
use rustpython_parser::ast::{self, Ranged};

/// Whether a body contains an annotated assignment (outside nested
/// functions and classes): module and class bodies then set up
/// `__annotations__`.
pub(crate) fn find_ann(body: &[ast::Stmt]) -> bool {
    use ast::Stmt as S;
    body.iter().any(|s| match s {
        S::AnnAssign(_) => true,
        S::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        S::AsyncFor(f) => find_ann(&f.body) || find_ann(&f.orelse),
        S::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        S::If(i) => find_ann(&i.body) || find_ann(&i.orelse),
        S::With(w) => find_ann(&w.body),
        S::AsyncWith(w) => find_ann(&w.body),
        S::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        S::TryStar(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        S::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

pub(crate) fn docstring_of(body: &[ast::Stmt]) -> Option<String> {
    if !is_docstring(body) {
        return None;
    }
    match &body[0] {
        ast::Stmt::Expr(e) => match &*e.value {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

impl<'a, 'b> Compiler<'a, 'b> {
    /// A module (or class) body: annotations setup, docstring, statements.
    pub fn module_body(&mut self, body: &'a [ast::Stmt]) -> R {
        if let Some(first) = body.first() {
            self.set_loc(first);
        }
        if find_ann(body) {
            self.emit(ops::SetupAnnotations {});
        }
        let mut rest = body;
        if let Some(doc) = docstring_of(body) {
            self.set_loc(&body[0]);
            let t = self.temp()?;
            self.load_const(Const::Str(doc.clone()), t)?;
            let name = self.add_name("__doc__")?;
            self.emit(ops::StoreName { name, src: t });
            self.release(t as u32);
            self.unit.docstring = Some(doc);
            rest = &body[1..];
        }
        self.stmts(rest)?;
        self.end_of_body(body);
        Ok(())
    }

    pub fn interactive_body(&mut self, body: &'a [ast::Stmt]) -> R {
        if find_ann(body) {
            self.emit(ops::SetupAnnotations {});
        }
        self.stmts(body)
    }

    /// Points the implicit `return None` that ends a body at its last
    /// statement (CPython gives it that line).
    pub fn end_of_body(&mut self, body: &'a [ast::Stmt]) {
        if let Some(last) = body.last() {
            let l = self.line_of(last);
            self.unit.loc = crate::bytecode::Location { line: l, end_line: l, col: 0, end_col: 0 };
            self.set_loc(last);
            self.unit.loc.end_line = self.unit.loc.line;
        }
    }

    pub fn stmts(&mut self, body: &'a [ast::Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a ast::Stmt) -> R {
        let saved = self.unit.loc;
        self.set_loc(s);
        let m = self.mark();
        let r = self.stmt_inner(s);
        self.release(m);
        self.unit.loc = saved;
        r
    }

    fn stmt_inner(&mut self, s: &'a ast::Stmt) -> R {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => self.function_def(s, &f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), false, f),
            S::AsyncFunctionDef(f) => {
                self.function_def(s, &f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), true, f)
            }
            S::ClassDef(c) => self.class_def(c),
            S::Return(r) => self.return_stmt(r, s),
            S::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            S::Assign(a) => self.assign(a),
            S::TypeAlias(t) => Err(self.error("invalid syntax", &*t.name)),
            S::AugAssign(a) => self.aug_assign(a),
            S::AnnAssign(a) => self.ann_assign(a),
            S::For(f) => self.for_stmt(&f.target, &f.iter, &f.body, &f.orelse, false, s),
            S::AsyncFor(f) => self.for_stmt(&f.target, &f.iter, &f.body, &f.orelse, true, s),
            S::While(w) => self.while_stmt(w, s),
            S::If(i) => self.if_stmt(i),
            S::With(w) => self.with_stmt(&w.items, &w.body, false, s),
            S::AsyncWith(w) => self.with_stmt(&w.items, &w.body, true, s),
            S::Match(m) => self.match_stmt(m),
            S::Raise(r) => self.raise_stmt(r),
            S::Try(t) => self.try_stmt(t, s),
            S::TryStar(t) => self.try_star_stmt(t, s),
            S::Assert(a) => self.assert_stmt(a),
            S::Import(i) => self.import(i),
            S::ImportFrom(i) => self.import_from(i, s),
            S::Global(_) | S::Nonlocal(_) | S::Pass(_) => Ok(()),
            S::Expr(e) => self.expr_stmt(&e.value),
            S::Break(_) => match self.unwind(true, s)? {
                Some((_, brk)) => {
                    self.jump(brk);
                    Ok(())
                }
                None => Err(self.error("'break' outside loop", s)),
            },
            S::Continue(_) => match self.unwind(true, s)? {
                Some((cont, _)) => {
                    self.jump(cont);
                    Ok(())
                }
                None => Err(self.error("'continue' not properly in loop", s)),
            },
        }
    }

    fn expr_stmt(&mut self, value: &'a ast::Expr) -> R {
        let interactive = self.mode == Mode::Single && self.unit.kind == ScopeKind::Module;
        if interactive {
            let v = self.expr(value)?;
            self.set_loc(value);
            self.emit(ops::PrintExpr { src: v });
            return Ok(());
        }
        if matches!(value, ast::Expr::Constant(_)) {
            return Ok(());
        }
        let r = self.expr(value)?;
        self.clear_temp(r);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn, s: &'a ast::Stmt) -> R {
        let scope = self.scope();
        if scope.kind != ScopeKind::Function {
            return Err(self.error("'return' outside function", s));
        }
        if r.value.is_some() && scope.coroutine && scope.generator {
            return Err(self.error("'return' with value in async generator", s));
        }
        let constant = match &r.value {
            None => Some(Const::None),
            Some(v) => fold::fold_expr(v),
        };
        let needs_unwind = self.unit.fblocks.iter().any(|f| !matches!(f.kind, FBlock::Loop { .. } | FBlock::TryExcept));
        let val: Option<Reg> = match (&r.value, &constant) {
            (Some(v), None) => Some(if needs_unwind { self.expr_new(v)? } else { self.expr(v)? }),
            _ => None,
        };
        self.unwind(false, s)?;
        self.set_loc(s);
        let src = match val {
            Some(v) => v,
            None => {
                let t = self.temp()?;
                self.load_const(constant.expect("constant return value"), t)?;
                t
            }
        };
        self.emit(ops::Return { src });
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> R {
        let orelse = self.new_label();
        self.jump_if(&i.test, false, orelse)?;
        let start = self.defined_snapshot();
        self.stmts(&i.body)?;
        let s1 = self.flow_state();
        if i.orelse.is_empty() {
            self.bind(orelse);
            self.set_defined(start);
            let merged = Self::meet(s1, Some(self.defined_snapshot()));
            self.set_defined(merged.expect("merged state"));
            return Ok(());
        }
        let end = self.new_label();
        if self.unit.reachable {
            self.jump(end);
        }
        self.bind(orelse);
        self.set_defined(start.clone());
        self.stmts(&i.orelse)?;
        let s2 = self.flow_state();
        self.bind(end);
        match Self::meet(s1, s2) {
            Some(st) => self.set_defined(st),
            None => {
                self.set_defined(start);
                self.unit.reachable = false;
            }
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile, node: &'a ast::Stmt) -> R {
        let head = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let entry = self.defined_snapshot();
        let forever = fold::fold_expr(&w.test).and_then(|c| fold::const_truth(&c)) == Some(true);
        self.bind(head);
        self.jump_if(&w.test, false, orelse)?;
        self.push_fblock(FBlock::Loop { continue_label: head, break_label: end }, self.unit.cur_handler, node)?;
        self.stmts(&w.body)?;
        self.pop_fblock();
        if self.unit.reachable {
            self.jump(head);
        }
        self.bind(orelse);
        self.set_defined(entry.clone());
        if forever {
            // Only `break` leaves the loop; the else clause is unreachable.
            self.unit.reachable = false;
        }
        self.stmts(&w.orelse)?;
        self.bind(end);
        self.set_defined(entry);
        Ok(())
    }

    pub fn for_stmt(
        &mut self,
        target: &'a ast::Expr,
        iter: &'a ast::Expr,
        body: &'a [ast::Stmt],
        orelse: &'a [ast::Stmt],
        is_async: bool,
        node: &'a ast::Stmt,
    ) -> R {
        if is_async && !self.unit_is_async() {
            return Err(self.error("'async for' outside async function", node));
        }
        let head = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        let it = self.temp()?;
        {
            let m = self.mark();
            let src = match iter {
                // `for x in [consts]` iterates over a tuple constant.
                ast::Expr::List(l) if !is_async => match fold::fold_elts(&l.elts) {
                    Some(c) => {
                        let t = self.temp()?;
                        self.load_const(Const::Tuple(c), t)?;
                        t
                    }
                    None => self.expr(iter)?,
                },
                _ => self.expr(iter)?,
            };
            // CPython 3.11 gives GET_ITER and FOR_ITER the statement's location.
            self.set_loc(node);
            if is_async {
                self.emit(ops::GetAIter { dst: it, src });
            } else {
                self.emit(ops::GetIter { dst: it, src });
            }
            if src != it {
                self.clear_temp(src);
            }
            self.release(m);
        }
        let entry = self.defined_snapshot();
        self.bind(head);
        if is_async {
            let e = self.temp()?;
            let v = self.temp()?;
            let handler = self.new_label();
            let prev = self.push_handler(handler, e);
            self.set_loc(node);
            let aw = self.temp()?;
            self.emit(ops::GetANext { dst: aw, aiter: it });
            self.load_none(v)?;
            self.emit(ops::YieldFrom { dst: v, iter: aw });
            self.set_handler(prev);
            self.store_target(target, v)?;
            self.loop_body(head, end, body, node)?;
            self.bind(handler);
            self.set_loc(node);
            self.emit(ops::EndAsyncFor { exc: e });
        } else {
            self.set_loc(node);
            match self.fast_target(target) {
                Some(r) => {
                    self.emit_jump(ops::ForIter { dst: r, iter: it, target: 0 }, orelse_label);
                    self.mark_defined(r);
                }
                None => {
                    let v = self.temp()?;
                    self.emit_jump(ops::ForIter { dst: v, iter: it, target: 0 }, orelse_label);
                    self.store_target(target, v)?;
                }
            }
            self.loop_body(head, end, body, node)?;
            self.bind(orelse_label);
        }
        self.set_defined(entry.clone());
        self.stmts(orelse)?;
        self.bind(end);
        self.set_defined(entry);
        // The iterator dies with the loop (also after `break`).
        self.clear_temp(it);
        Ok(())
    }

    fn loop_body(&mut self, head: super::Label, end: super::Label, body: &'a [ast::Stmt], node: &'a ast::Stmt) -> R {
        self.push_fblock(FBlock::Loop { continue_label: head, break_label: end }, self.unit.cur_handler, node)?;
        self.stmts(body)?;
        self.pop_fblock();
        if self.unit.reachable {
            self.jump(head);
        }
        Ok(())
    }

    fn raise_stmt(&mut self, r: &'a ast::StmtRaise) -> R {
        match (&r.exc, &r.cause) {
            (None, _) => {
                let t = self.temp()?;
                self.emit(ops::Raise { exc: t, cause: t, kind: 0 });
            }
            (Some(e), None) => {
                let v = self.expr(e)?;
                self.set_loc(r);
                self.emit(ops::Raise { exc: v, cause: v, kind: 1 });
            }
            (Some(e), Some(c)) => {
                let v = self.expr(e)?;
                let cause = self.expr(c)?;
                self.set_loc(r);
                self.emit(ops::Raise { exc: v, cause, kind: 2 });
            }
        }
        Ok(())
    }

    fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> R {
        let end = self.new_label();
        self.jump_if(&a.test, true, end)?;
        // CPython 3.11 leaves the location of the last comparison the test
        // branched on (it shows as the traceback's carets), else the statement.
        let raise_loc = last_branch_compare(&a.test).map(|c| (c.start(), c.end())).unwrap_or((a.start(), a.end()));
        self.unit.loc = self.loc_of(raise_loc.0.to_u32(), raise_loc.1.to_u32());
        let t = self.temps(2)?;
        self.emit(ops::LoadAssertionError { dst: t });
        if let Some(m) = &a.msg {
            self.expr_to(m, t + 1)?;
            self.unit.loc = self.loc_of(raise_loc.0.to_u32(), raise_loc.1.to_u32());
            self.emit(ops::Call { dst: t, func: t, argc: 1 });
        }
        self.emit(ops::Raise { exc: t, cause: t, kind: 1 });
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> R {
        for alias in &i.names {
            let m = self.mark();
            self.set_loc(alias);
            let fromlist = self.temp()?;
            self.load_none(fromlist)?;
            let module = self.temp()?;
            let name = self.add_name(&alias.name)?;
            self.emit(ops::ImportName { dst: module, name, fromlist, level: 0 });
            match &alias.asname {
                Some(asname) => {
                    // import a.b.c as d: walk down to a.b.c.
                    for part in alias.name.split('.').skip(1) {
                        let name = self.add_name(part)?;
                        self.emit(ops::ImportFrom { dst: module, module, name });
                    }
                    self.store_name(asname, module, true, alias)?;
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.store_name(top, module, true, alias)?;
                }
            }
            self.release(m);
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom, s: &'a ast::Stmt) -> R {
        let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
        let modname = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
        if modname == "__future__" && level == 0 && self.line_of(s) > self.future_lineno {
            return Err(self.error("from __future__ imports must occur at the beginning of the file", s));
        }
        if level > u16::MAX as u32 {
            return Err(self.error("import level too deep", s));
        }
        let names: Vec<Const> = i.names.iter().map(|a| Const::Str(a.name.to_string())).collect();
        let fromlist = self.temp()?;
        self.load_const(Const::Tuple(names), fromlist)?;
        let module = self.temp()?;
        let name = self.add_name(&modname)?;
        self.emit(ops::ImportName { dst: module, name, fromlist, level: level as u16 });
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            self.emit(ops::ImportStar { module });
            return Ok(());
        }
        for alias in &i.names {
            let m = self.mark();
            self.set_loc(alias);
            let v = self.temp()?;
            let name = self.add_name(&alias.name)?;
            self.emit(ops::ImportFrom { dst: v, module, name });
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(store, v, true, alias)?;
            self.release(m);
        }
        Ok(())
    }
}

/// The range of a statement (for error positions).
#[allow(dead_code)]
pub(crate) fn stmt_range(s: &ast::Stmt) -> (u32, u32) {
    (s.start().to_u32(), s.end().to_u32())
}

/// The comparison `jump_if` handles last when branching on `e` (through
/// `and`/`or`, `not` and conditional expressions), if any.
fn last_branch_compare(e: &ast::Expr) -> Option<&ast::ExprCompare> {
    match e {
        ast::Expr::Compare(c) => Some(c),
        ast::Expr::BoolOp(b) => b.values.iter().rev().find_map(last_branch_compare),
        ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => last_branch_compare(&u.operand),
        ast::Expr::IfExp(i) => last_branch_compare(&i.orelse)
            .or_else(|| last_branch_compare(&i.body))
            .or_else(|| last_branch_compare(&i.test)),
        _ => None,
    }
}
