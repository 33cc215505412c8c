//! Comprehensions and generator expressions: nested functions like CPython
//! 3.11's (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`), called with
//! the iterator of the outermost iterable as the argument `.0` (register 0).

use super::{Compiler, Label, R};
use crate::bytecode::opcodes::ops;
use crate::bytecode::Reg;
use crate::compile::symtable::{CompKind, ScopeKind};
use rustpython_parser::ast::{self, Ranged};

enum Elt<'a> {
    One(&'a ast::Expr),
    Pair(&'a ast::Expr, &'a ast::Expr),
}

impl<'a, 'b> Compiler<'a, 'b> {
    pub fn comprehension(&mut self, e: &'a ast::Expr, dst: Reg) -> R {
        let (generators, elt, scope) = match e {
            ast::Expr::ListComp(c) => (&c.generators, Elt::One(&c.elt), self.table.scope_for(c)),
            ast::Expr::SetComp(c) => (&c.generators, Elt::One(&c.elt), self.table.scope_for(c)),
            ast::Expr::DictComp(c) => (&c.generators, Elt::Pair(&c.key, &c.value), self.table.scope_for(c)),
            ast::Expr::GeneratorExp(c) => (&c.generators, Elt::One(&c.elt), self.table.scope_for(c)),
            _ => unreachable!("not a comprehension"),
        };
        let scope = scope.expect("comprehension scope");
        let s = &self.table.scopes[scope];
        let kind = s.comp.expect("comprehension kind");
        let is_async = s.coroutine;
        if is_async
            && kind != CompKind::Generator
            && !self.unit_is_async()
            && self.scope().kind != ScopeKind::Comprehension
        {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function", e));
        }
        // The outermost iterable is evaluated here.
        let window = self.temps(2)?;
        let outer = &generators[0];
        let src = self.expr(&outer.iter)?;
        // CPython 3.11: GET_ITER/FOR_ITER carry the comprehension's location.
        self.set_loc(e);
        if outer.is_async {
            self.emit(ops::GetAIter { dst: window + 1, src });
        } else {
            self.emit(ops::GetIter { dst: window + 1, src });
        }
        if src != window + 1 {
            self.clear_temp(src);
        }
        let name = s.name.clone();
        let qualname = self.qualname_for(&name, false);
        let firstlineno = self.comprehension_first_line(e);
        self.enter_unit(scope, name, qualname, firstlineno);
        self.unit.argcount = 1;
        self.set_loc(e);
        let result = self.comprehension_body(e, generators, &elt, kind)?;
        self.set_loc(e);
        match result {
            Some(r) => self.emit(ops::Return { src: r }),
            None => {
                let t = self.temp()?;
                self.load_none(t)?;
                self.emit(ops::Return { src: t });
            }
        }
        let code = self.leave_unit()?;
        self.set_loc(e);
        self.make_plain_function(code, window)?;
        self.emit(ops::Call { dst, func: window, argc: 1 });
        if is_async && kind != CompKind::Generator {
            let t = self.temp()?;
            self.emit(ops::Move { dst: t, src: dst });
            self.await_value(t, dst, 0)?;
        }
        Ok(())
    }

    /// The comprehension's first line. A generator expression starts at its
    /// '(' even when it shares the parentheses of a call (`f(x for x in y)`),
    /// which the parser's range leaves out.
    fn comprehension_first_line(&self, e: &ast::Expr) -> u32 {
        let start = e.start().to_usize();
        if matches!(e, ast::Expr::GeneratorExp(_)) && self.info.src.as_bytes().get(start) != Some(&b'(') {
            let before = self.info.src[..start].trim_end();
            if before.ends_with('(') {
                return self.info.lines.line_col((before.len() - 1) as u32).0;
            }
        }
        self.line_of(e)
    }

    /// The body of the comprehension function; returns the register holding
    /// the result (None for generator expressions).
    fn comprehension_body(
        &mut self,
        e: &'a ast::Expr,
        generators: &'a [ast::Comprehension],
        elt: &Elt<'a>,
        kind: CompKind,
    ) -> R<Option<Reg>> {
        let result = match kind {
            CompKind::Generator => None,
            _ => {
                let r = self.temp()?;
                match kind {
                    CompKind::List => self.emit(ops::BuildList { dst: r, first: r, count: 0 }),
                    CompKind::Set => self.emit(ops::BuildSet { dst: r, first: r, count: 0 }),
                    _ => self.emit(ops::BuildMap { dst: r, first: r, count: 0 }),
                }
                Some(r)
            }
        };
        // (head label, exit label, async handler (label, exc register))
        let mut loops: Vec<(Label, Label, Option<(Label, Reg)>)> = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            let it: Reg = if i == 0 {
                0 // the `.0` argument
            } else {
                let it = self.temp()?;
                let m = self.mark();
                let src = self.expr(&g.iter)?;
                self.set_loc(e);
                if g.is_async {
                    self.emit(ops::GetAIter { dst: it, src });
                } else {
                    self.emit(ops::GetIter { dst: it, src });
                }
                if src != it {
                    self.clear_temp(src);
                }
                self.release(m);
                it
            };
            let head = self.new_label();
            let exit = self.new_label();
            self.bind(head);
            self.set_loc(e);
            if g.is_async {
                let exc = self.temp()?;
                let v = self.temp()?;
                let handler = self.new_label();
                let prev = self.push_handler(handler, exc);
                let aw = self.temp()?;
                self.emit(ops::GetANext { dst: aw, aiter: it });
                self.load_none(v)?;
                self.emit(ops::YieldFrom { dst: v, iter: aw });
                self.set_handler(prev);
                self.store_target(&g.target, v)?;
                loops.push((head, exit, Some((handler, exc))));
            } else {
                match self.fast_target(&g.target) {
                    Some(r) => {
                        self.emit_jump(ops::ForIter { dst: r, iter: it, target: 0 }, exit);
                        self.mark_defined(r);
                    }
                    None => {
                        let v = self.temp()?;
                        self.emit_jump(ops::ForIter { dst: v, iter: it, target: 0 }, exit);
                        self.store_target(&g.target, v)?;
                    }
                }
                loops.push((head, exit, None));
            }
            for cond in &g.ifs {
                self.jump_if(cond, false, head)?;
            }
        }
        // The element.
        let m = self.mark();
        self.set_loc(e);
        match (kind, elt) {
            (CompKind::Generator, Elt::One(x)) => {
                let v = self.expr(x)?;
                let t = self.temp()?;
                self.set_loc(*x);
                self.emit(ops::Yield { dst: t, src: v });
            }
            (CompKind::List, Elt::One(x)) => {
                let v = self.expr(x)?;
                self.emit(ops::ListAppend { list: result.expect("list"), src: v });
            }
            (CompKind::Set, Elt::One(x)) => {
                let v = self.expr(x)?;
                self.emit(ops::SetAdd { set: result.expect("set"), src: v });
            }
            (CompKind::Dict, Elt::Pair(k, v)) => {
                let kr = self.expr(k)?;
                let vr = self.expr(v)?;
                self.set_loc(e);
                self.emit(ops::MapAdd { map: result.expect("dict"), key: kr, val: vr });
            }
            _ => unreachable!("comprehension element shape"),
        }
        self.release(m);
        for (head, exit, handler) in loops.into_iter().rev() {
            self.jump(head);
            if let Some((h, exc)) = handler {
                self.bind(h);
                self.emit(ops::EndAsyncFor { exc });
            }
            self.bind(exit);
        }
        Ok(result)
    }

    #[allow(dead_code)]
    fn comp_range(e: &ast::Expr) -> (u32, u32) {
        (e.start().to_u32(), e.end().to_u32())
    }
}
