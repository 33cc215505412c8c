//! try/except/else/finally, except*, with, async with, and unwinding
//! through those blocks for `return`, `break` and `continue`.
//!
//! Layout of `try: B except T as n: H` (registers E, S, E2, E3 are
//! temporaries reserved for the statement):
//!
//! ```text
//!     B                      ; handler EXC, exception -> E
//!     <else>; Jump END
//! EXC:                       ; handler CLEANUP, exception -> E2
//!     PushExcInfo S, E
//!     CheckExcMatch M, E, T; JumpIfFalse M, NEXT
//!     n = E
//!     H                      ; handler CLEANUP_N, exception -> E3
//!     PopExcInfo S; n = None; del n; Jump END
//! CLEANUP_N:  n = None; del n; Reraise E3
//! NEXT: Reraise E
//! CLEANUP: PopExcInfo S; Reraise E2   ; handler: the enclosing one
//! END:
//! ```

use super::{Compiler, FBlock, Label, R};
use crate::bytecode::opcodes::ops;
use crate::bytecode::Reg;
use rustpython_parser::ast::{self, Ranged};

impl<'a, 'b> Compiler<'a, 'b> {
    /// Emits `PopExcInfo save; Reraise exc` at `label` (a handler's cleanup).
    fn cleanup_block(&mut self, label: Label, save: Reg, exc: Reg, outer: u32) {
        self.set_handler(outer);
        self.bind(label);
        self.emit(ops::PopExcInfo { save });
        self.emit(ops::Reraise { exc });
    }

    pub fn try_stmt(&mut self, t: &'a ast::StmtTry, node: &'a ast::Stmt) -> R {
        if t.finalbody.is_empty() {
            self.try_except(&t.body, &t.handlers, &t.orelse, node)
        } else {
            self.try_finally(node, &t.finalbody, |c| {
                if t.handlers.is_empty() {
                    c.stmts(&t.body)?;
                    c.stmts(&t.orelse)
                } else {
                    c.try_except(&t.body, &t.handlers, &t.orelse, node)
                }
            })
        }
    }

    pub fn try_star_stmt(&mut self, t: &'a ast::StmtTryStar, node: &'a ast::Stmt) -> R {
        if t.finalbody.is_empty() {
            self.try_star_except(t, node)
        } else {
            self.try_finally(node, &t.finalbody, |c| c.try_star_except(t, node))
        }
    }

    /// `try: <body> finally: <finalbody>`.
    fn try_finally(
        &mut self,
        node: &'a ast::Stmt,
        finalbody: &'a [ast::Stmt],
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let exc_label = self.new_label();
        let end = self.new_label();
        let e = self.temp()?;
        let s = self.temp()?;
        let entry_state = self.defined_snapshot();
        let prev = self.push_handler(exc_label, e);
        self.push_fblock(FBlock::FinallyTry { body: finalbody }, prev, node)?;
        body(self)?;
        self.pop_fblock();
        self.set_handler(prev);
        // Normal exit: run the finally body.
        if self.unit.reachable {
            self.stmts(finalbody)?;
        }
        let after = self.flow_state();
        if self.unit.reachable {
            self.jump(end);
        }
        // Exceptional exit: run it with the exception handled, then re-raise.
        let cleanup = self.new_label();
        let e2 = self.temp()?;
        self.bind(exc_label);
        self.set_defined(entry_state);
        self.push_handler(cleanup, e2);
        self.emit(ops::PushExcInfo { save: s, exc: e });
        self.push_fblock(FBlock::FinallyEnd { save: s }, prev, node)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        if self.unit.reachable {
            self.emit(ops::Reraise { exc: e });
        }
        self.cleanup_block(cleanup, s, e2, prev);
        self.bind(end);
        match after {
            Some(st) => self.set_defined(st),
            None => self.unit.reachable = false,
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        node: &'a ast::Stmt,
    ) -> R {
        let exc_label = self.new_label();
        let end = self.new_label();
        let e = self.temp()?;
        let s = self.temp()?;
        let entry_state = self.defined_snapshot();
        let prev = self.push_handler(exc_label, e);
        self.push_fblock(FBlock::TryExcept, prev, node)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.set_handler(prev);
        self.stmts(orelse)?;
        let mut after = self.flow_state();
        self.jump(end);

        let cleanup = self.new_label();
        let e2 = self.temp()?;
        self.bind(exc_label);
        self.push_handler(cleanup, e2);
        let cleanup_h = self.unit.cur_handler;
        self.emit(ops::PushExcInfo { save: s, exc: e });
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_defined(entry_state.clone());
            let saved_loc = self.unit.loc;
            self.set_loc(h);
            let next = self.new_label();
            let m = self.mark();
            match &h.type_ {
                Some(typ) => {
                    let t = self.expr(typ)?;
                    let matched = self.temp()?;
                    self.set_loc(h);
                    self.emit(ops::CheckExcMatch { dst: matched, exc: e, typ: t });
                    self.emit_jump(ops::JumpIfFalse { cond: matched, target: 0 }, next);
                }
                None => {
                    if i + 1 < handlers.len() {
                        return Err(self.error("default 'except:' must be last", h));
                    }
                }
            }
            self.release(m);
            match &h.name {
                Some(name) => {
                    self.store_name(name, e, false, h)?;
                    let cleanup_n = self.new_label();
                    let e3 = self.temp()?;
                    self.push_handler(cleanup_n, e3);
                    self.push_fblock(FBlock::HandlerCleanup { save: s, name: Some(name.to_string()) }, prev, node)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.set_handler(cleanup_h);
                    if self.unit.reachable {
                        self.emit(ops::PopExcInfo { save: s });
                        self.clear_name(name)?;
                        self.clear_temp(e);
                        self.jump(end);
                        after = Self::meet(after, Some(self.defined_snapshot()));
                    }
                    self.bind(cleanup_n);
                    self.clear_name(name)?;
                    self.emit(ops::Reraise { exc: e3 });
                }
                None => {
                    self.push_fblock(FBlock::HandlerCleanup { save: s, name: None }, prev, node)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    if self.unit.reachable {
                        self.emit(ops::PopExcInfo { save: s });
                        self.clear_temp(e);
                        self.jump(end);
                        after = Self::meet(after, Some(self.defined_snapshot()));
                    }
                }
            }
            self.unit.loc = saved_loc;
            self.bind(next);
        }
        self.set_handler(cleanup_h);
        self.emit(ops::Reraise { exc: e });
        self.cleanup_block(cleanup, s, e2, prev);
        self.bind(end);
        match after {
            Some(st) => self.set_defined(st),
            None => {
                self.set_defined(entry_state);
                self.unit.reachable = false;
            }
        }
        Ok(())
    }

    fn try_star_except(&mut self, t: &'a ast::StmtTryStar, node: &'a ast::Stmt) -> R {
        let exc_label = self.new_label();
        let end = self.new_label();
        let e = self.temp()?;
        let s = self.temp()?;
        let entry_state = self.defined_snapshot();
        let prev = self.push_handler(exc_label, e);
        self.push_fblock(FBlock::TryExcept, prev, node)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.set_handler(prev);
        self.stmts(&t.orelse)?;
        let after = self.flow_state();
        self.jump(end);

        let cleanup = self.new_label();
        let e2 = self.temp()?;
        self.bind(exc_label);
        self.set_defined(entry_state.clone());
        self.push_handler(cleanup, e2);
        let cleanup_h = self.unit.cur_handler;
        self.emit(ops::PushExcInfo { save: s, exc: e });
        let orig = self.temp()?;
        let rest = self.temp()?;
        let raised = self.temp()?;
        self.emit(ops::Move { dst: orig, src: e });
        self.emit(ops::Move { dst: rest, src: e });
        self.emit(ops::BuildList { dst: raised, first: raised, count: 0 });
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved_loc = self.unit.loc;
            self.set_loc(h);
            let next = self.new_label();
            let matched = self.temp()?;
            let m = self.mark();
            let Some(typ) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h));
            };
            let ty = self.expr(typ)?;
            self.set_loc(h);
            self.emit(ops::CheckEgMatch { dst: matched, exc: rest, typ: ty });
            self.emit_jump(ops::JumpIfNone { src: matched, invert: 0, target: 0 }, next);
            self.release(m);
            if let Some(name) = &h.name {
                self.store_name(name, matched, false, h)?;
            }
            let raised_label = self.new_label();
            let e3 = self.temp()?;
            self.push_handler(raised_label, e3);
            self.push_fblock(FBlock::ExceptStarHandler, prev, node)?;
            self.unit.in_except_star += 1;
            self.stmts(&h.body)?;
            self.unit.in_except_star -= 1;
            self.pop_fblock();
            self.set_handler(cleanup_h);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.jump(next);
            self.bind(raised_label);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.emit(ops::ListAppend { list: raised, src: e3 });
            self.unit.loc = saved_loc;
            self.bind(next);
        }
        self.emit(ops::ListAppend { list: raised, src: rest });
        let result = self.temp()?;
        let reraise = self.new_label();
        self.emit(ops::PrepReraiseStar { dst: result, orig, raised });
        self.emit_jump(ops::JumpIfNone { src: result, invert: 1, target: 0 }, reraise);
        self.emit(ops::PopExcInfo { save: s });
        self.jump(end);
        self.bind(reraise);
        self.emit(ops::Reraise { exc: result });
        self.cleanup_block(cleanup, s, e2, prev);
        self.bind(end);
        let after = Self::meet(after, Some(entry_state));
        if let Some(st) = after {
            self.set_defined(st);
        }
        Ok(())
    }

    /// `with a as x, b as y: body` (and `async with`).
    pub fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt], is_async: bool, node: &'a ast::Stmt) -> R {
        if is_async && !self.unit_is_async() {
            return Err(self.error("'async with' outside async function", node));
        }
        let item = &items[0];
        let end = self.new_label();
        let exc_label = self.new_label();
        let exit = self.temp()?;
        let value = self.temp()?;
        let e = self.temp()?;
        let s = self.temp()?;
        {
            let m = self.mark();
            let mgr = self.expr(&item.context_expr)?;
            self.set_loc(&item.context_expr);
            if is_async {
                let aw = self.temp()?;
                self.emit(ops::BeforeAsyncWith { dst: aw, exit, mgr });
                self.await_value(aw, value, 1)?;
            } else {
                self.emit(ops::BeforeWith { dst: value, exit, mgr });
            }
            // The bound `__exit__` keeps the manager alive from here.
            if mgr != exit && mgr != value {
                self.clear_temp(mgr);
            }
            self.release(m);
        }
        let prev = self.push_handler(exc_label, e);
        self.push_fblock(FBlock::With { exit, is_async }, prev, node)?;
        // The `as` target is stored inside the protected range: when the
        // manager suppresses an exception raised there, it stays unbound.
        let after_enter = self.defined_snapshot();
        if let Some(v) = &item.optional_vars {
            self.store_target(v, value)?;
        }
        if items.len() > 1 {
            self.with_stmt(&items[1..], body, is_async, node)?;
        } else {
            self.stmts(body)?;
        }
        self.pop_fblock();
        self.set_handler(prev);
        let saved_loc = self.unit.loc;
        self.set_loc(node);
        if self.unit.reachable {
            self.call_exit_with_nones(exit, is_async)?;
            self.jump(end);
        }
        // Exceptional exit.
        let cleanup = self.new_label();
        let e2 = self.temp()?;
        self.bind(exc_label);
        self.push_handler(cleanup, e2);
        self.emit(ops::PushExcInfo { save: s, exc: e });
        let res = self.temp()?;
        self.emit(ops::WithExceptStart { dst: res, exit, exc: e });
        if is_async {
            let r2 = self.temp()?;
            self.await_value(res, r2, 2)?;
            self.emit(ops::Move { dst: res, src: r2 });
        }
        let suppress = self.new_label();
        self.emit_jump(ops::JumpIfTrue { cond: res, target: 0 }, suppress);
        self.emit(ops::Reraise { exc: e });
        self.bind(suppress);
        self.set_handler(prev);
        self.emit(ops::PopExcInfo { save: s });
        self.jump(end);
        self.cleanup_block(cleanup, s, e2, prev);
        self.bind(end);
        self.unit.loc = saved_loc;
        // The manager, its `__exit__` and `__enter__`'s value die with the
        // statement (CPython pops them).
        for r in [exit, value, e] {
            self.clear_temp(r);
        }
        self.set_defined(after_enter);
        Ok(())
    }

    /// `exit(None, None, None)` (awaited for `async with`), result discarded.
    pub fn call_exit_with_nones(&mut self, exit: Reg, is_async: bool) -> R {
        let m = self.mark();
        let w = self.temps(4)?;
        self.emit(ops::Move { dst: w, src: exit });
        self.load_none(w + 1)?;
        self.emit(ops::Move { dst: w + 2, src: w + 1 });
        self.emit(ops::Move { dst: w + 3, src: w + 1 });
        self.emit(ops::Call { dst: w, func: w, argc: 3 });
        if is_async {
            let r = self.temp()?;
            self.await_value(w, r, 2)?;
        }
        self.release(m);
        Ok(())
    }

    // ------------------------------------------------------------- unwinding

    /// Emits the exit code of every block from the innermost outwards, for
    /// `return` (`to_loop` false: all blocks) or `break`/`continue`
    /// (`to_loop` true: up to the innermost loop, whose labels are
    /// returned; `None` when there is no enclosing loop).
    pub fn unwind<T: Ranged>(&mut self, to_loop: bool, node: &T) -> R<Option<(Label, Label)>> {
        let saved = std::mem::take(&mut self.unit.fblocks);
        let saved_handler = self.unit.cur_handler;
        let mut result = Ok(None);
        let mut i = saved.len();
        while i > 0 {
            i -= 1;
            let entry = &saved[i];
            if matches!(entry.kind, FBlock::ExceptStarHandler) {
                result = Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block", node));
                break;
            }
            if let FBlock::Loop { continue_label, break_label } = entry.kind {
                if to_loop {
                    result = Ok(Some((continue_label, break_label)));
                    break;
                }
                continue;
            }
            self.unit.fblocks = saved[..i].iter().map(|f| super::FBlockEntry { kind: f.kind.clone(), outer_handler: f.outer_handler }).collect();
            self.unit.cur_handler = entry.outer_handler;
            if let Err(e) = self.unwind_one(&entry.kind) {
                result = Err(e);
                break;
            }
        }
        self.unit.fblocks = saved;
        self.unit.cur_handler = saved_handler;
        result
    }

    fn unwind_one(&mut self, kind: &FBlock<'a>) -> R {
        match kind {
            FBlock::Loop { .. } | FBlock::TryExcept | FBlock::ExceptStarHandler => Ok(()),
            FBlock::FinallyTry { body } => {
                let saved_loc = self.unit.loc;
                let r = self.stmts(body);
                self.unit.loc = saved_loc;
                // The finally body may itself end in return/raise; what
                // follows is then unreachable but still emitted.
                self.unit.reachable = true;
                r
            }
            FBlock::FinallyEnd { save } => {
                self.emit(ops::PopExcInfo { save: *save });
                Ok(())
            }
            FBlock::HandlerCleanup { save, name } => {
                self.emit(ops::PopExcInfo { save: *save });
                if let Some(n) = name {
                    self.clear_name(n)?;
                }
                Ok(())
            }
            FBlock::With { exit, is_async } => self.call_exit_with_nones(*exit, *is_async),
        }
    }
}
