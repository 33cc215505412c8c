//! Functions, lambdas and classes: decorators, defaults, annotations,
//! closures, `MakeFunction`, class bodies and `__build_class__`.
//!
//! `MakeFunction`'s extra registers, in this order when their flag is set:
//! the defaults tuple, the keyword-only defaults dict (`{name: value}`), the
//! annotations as a flat tuple `(name1, value1, name2, value2, ...)` (parameter
//! order: positional (not positional-only first: CPython's order is `args`,
//! then `posonlyargs`), `*args`, keyword-only, `**kwargs`, then `'return'`),
//! and the closure: a tuple of the cell objects (copied from this frame's
//! cell registers) for the code's `freevars`, in order.

use super::{Compiler, R};
use crate::bytecode::opcodes::{make_function_flags as mf, ops};
use crate::bytecode::{CodeUnit, Const, Reg};
use crate::compile::fold;
use crate::compile::symtable::{node_key, ScopeKind};
use rustpython_parser::ast::{self, Ranged};

impl<'a, 'b> Compiler<'a, 'b> {
    /// Evaluates decorators into a window `d0, slot0, d1, slot1, ...`;
    /// returns (base, the register where the decorated object must be put).
    fn decorators_window(&mut self, decorators: &'a [ast::Expr]) -> R<(Reg, Option<Reg>)> {
        let n = decorators.len() as u32;
        if n == 0 {
            return Ok((0, None));
        }
        let base = self.temps(2 * n)?;
        for (i, d) in decorators.iter().enumerate() {
            self.expr_to(d, base + 2 * i as Reg)?;
        }
        Ok((base, Some(base + 2 * (n as Reg - 1) + 1)))
    }

    /// Applies the decorators (innermost first); returns the result register.
    fn apply_decorators(&mut self, decorators: &'a [ast::Expr], base: Reg) -> R<Reg> {
        let n = decorators.len();
        let mut result = base + 2 * (n as Reg - 1) + 1;
        for i in (0..n).rev() {
            let func = base + 2 * i as Reg;
            let dst = if i > 0 { base + 2 * (i as Reg - 1) + 1 } else { func };
            self.set_loc(&decorators[i]);
            self.emit(ops::Call { dst, func, argc: 1 });
            result = dst;
        }
        Ok(result)
    }

    /// `cannot assign to __debug__` for parameters.
    fn check_debug_args<T: Ranged>(&self, args: &ast::Arguments, node: &T) -> R {
        let all = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).map(|a| &a.def);
        for a in all.chain(args.vararg.as_deref()).chain(args.kwarg.as_deref()) {
            if a.arg.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", node));
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn function_def<T>(
        &mut self,
        s: &'a ast::Stmt,
        name: &'a str,
        args: &'a ast::Arguments,
        body: &'a [ast::Stmt],
        decorators: &'a [ast::Expr],
        returns: Option<&'a ast::Expr>,
        is_async: bool,
        node: &'a T,
    ) -> R {
        self.check_debug_args(args, s)?;
        let (dbase, slot) = self.decorators_window(decorators)?;
        let firstlineno = match decorators.first() {
            Some(d) => self.line_of(d),
            None => self.line_of(s),
        };
        let dst = match slot {
            Some(r) => r,
            None => self.temp()?,
        };
        let scope = self.table.by_node.get(&node_key(node)).copied().expect("function scope");
        let qualname = self.qualname_for(name, true);
        self.make_function(dst, args, returns, scope, |c| {
            c.enter_unit(scope, name.to_owned(), qualname, firstlineno);
            c.unit.is_async = is_async;
            c.set_arg_counts(args);
            let doc = super::stmt::docstring_of(body);
            let rest = if doc.is_some() { &body[1..] } else { body };
            c.unit.docstring = doc;
            c.stmts(rest)?;
            c.leave_unit()
        })?;
        self.set_loc(s);
        let result = if slot.is_some() { self.apply_decorators(decorators, dbase)? } else { dst };
        self.set_loc(s);
        self.store_name(name, result, true, s)
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments) {
        self.unit.posonlyargcount = args.posonlyargs.len() as u32;
        self.unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        self.unit.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda, dst: Reg) -> R {
        self.check_debug_args(&l.args, l)?;
        let scope = self.table.scope_for(l).expect("lambda scope");
        let qualname = self.qualname_for("<lambda>", false);
        let firstlineno = self.line_of(l);
        self.make_function(dst, &l.args, None, scope, |c| {
            c.enter_unit(scope, "<lambda>".to_owned(), qualname, firstlineno);
            c.set_arg_counts(&l.args);
            c.set_loc(&*l.body);
            let v = c.expr(&l.body)?;
            c.emit(ops::Return { src: v });
            c.leave_unit()
        })
    }

    /// Evaluates defaults, keyword defaults and annotations, compiles the
    /// body with `body`, then emits `MakeFunction` into `dst`.
    fn make_function(
        &mut self,
        dst: Reg,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
        scope: usize,
        body: impl FnOnce(&mut Self) -> R<CodeUnit>,
    ) -> R {
        let m = self.mark();
        let defaults: Vec<&'a ast::Expr> =
            args.posonlyargs.iter().chain(&args.args).filter_map(|a| a.default.as_deref()).collect();
        let kwdefaults: Vec<(&'a ast::Arg, &'a ast::Expr)> =
            args.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (&a.def, d))).collect();
        let annotations = self.annotation_items(args, returns);
        let has_closure = !self.table.scopes[scope].freevars.is_empty();
        let mut flags = 0;
        let mut n = 0;
        if !defaults.is_empty() {
            flags |= mf::DEFAULTS;
            n += 1;
        }
        if !kwdefaults.is_empty() {
            flags |= mf::KWDEFAULTS;
            n += 1;
        }
        if !annotations.is_empty() {
            flags |= mf::ANNOTATIONS;
            n += 1;
        }
        if has_closure {
            flags |= mf::CLOSURE;
            n += 1;
        }
        let first = self.temps(n)?;
        let mut slot = first;
        if !defaults.is_empty() {
            let consts: Option<Vec<Const>> = defaults.iter().map(|d| fold::fold_expr(d)).collect();
            match consts {
                Some(c) => self.load_const(Const::Tuple(c), slot)?,
                None => {
                    let mm = self.mark();
                    let base = self.temps(defaults.len() as u32)?;
                    for (i, d) in defaults.iter().enumerate() {
                        self.expr_to(d, base + i as Reg)?;
                    }
                    self.emit(ops::BuildTuple { dst: slot, first: base, count: defaults.len() as u16 });
                    self.release(mm);
                }
            }
            slot += 1;
        }
        if !kwdefaults.is_empty() {
            let mm = self.mark();
            let base = self.temps(2 * kwdefaults.len() as u32)?;
            for (i, (a, d)) in kwdefaults.iter().enumerate() {
                let name = self.mangle(&a.arg);
                self.load_const(Const::Str(name), base + 2 * i as Reg)?;
                self.expr_to(d, base + 2 * i as Reg + 1)?;
            }
            self.emit(ops::BuildMap { dst: slot, first: base, count: kwdefaults.len() as u16 });
            self.release(mm);
            slot += 1;
        }
        if !annotations.is_empty() {
            self.annotations_tuple(&annotations, slot)?;
            slot += 1;
        }
        let code = body(self)?;
        let freevars = code.freevars.clone();
        let k = self.add_code_const(code)?;
        if has_closure {
            self.closure_tuple(&freevars, slot)?;
        }
        self.emit(ops::MakeFunction { dst, code: k, flags, first });
        self.release(m);
        Ok(())
    }

    /// (mangled name, annotation) pairs in CPython's order.
    fn annotation_items(&self, args: &'a ast::Arguments, returns: Option<&'a ast::Expr>) -> Vec<(String, &'a ast::Expr)> {
        let mut out = Vec::new();
        let mut add = |c: &Self, a: &'a ast::Arg| {
            if let Some(an) = &a.annotation {
                out.push((c.mangle(&a.arg), &**an));
            }
        };
        for a in &args.args {
            add(self, &a.def);
        }
        for a in &args.posonlyargs {
            add(self, &a.def);
        }
        if let Some(a) = &args.vararg {
            add(self, a);
        }
        for a in &args.kwonlyargs {
            add(self, &a.def);
        }
        if let Some(a) = &args.kwarg {
            add(self, a);
        }
        if let Some(r) = returns {
            out.push(("return".to_owned(), r));
        }
        out
    }

    fn annotations_tuple(&mut self, items: &[(String, &'a ast::Expr)], dst: Reg) -> R {
        let m = self.mark();
        let base = self.temps(2 * items.len() as u32)?;
        for (i, (name, e)) in items.iter().enumerate() {
            self.load_const(Const::Str(name.clone()), base + 2 * i as Reg)?;
            let v = self.annotation_value(e)?;
            self.emit(ops::Move { dst: base + 2 * i as Reg + 1, src: v });
        }
        self.emit(ops::BuildTuple { dst, first: base, count: 2 * items.len() as u16 });
        self.release(m);
        Ok(())
    }

    /// A tuple of this frame's cells for the given free variable names.
    pub fn closure_tuple(&mut self, freevars: &[String], dst: Reg) -> R {
        let regs: Vec<Reg> = freevars
            .iter()
            .map(|n| self.cell_reg(n).ok_or_else(|| self.error_range(format!("internal compiler error: no cell for '{n}'"), 0, 0)))
            .collect::<R<_>>()?;
        let consecutive = regs.windows(2).all(|w| w[1] == w[0] + 1);
        if consecutive {
            self.emit(ops::BuildTuple { dst, first: regs[0], count: regs.len() as u16 });
        } else {
            let m = self.mark();
            let base = self.temps(regs.len() as u32)?;
            for (i, r) in regs.iter().enumerate() {
                self.emit(ops::Move { dst: base + i as Reg, src: *r });
            }
            self.emit(ops::BuildTuple { dst, first: base, count: regs.len() as u16 });
            self.release(m);
        }
        Ok(())
    }

    /// Makes a function for a nested unit that takes no defaults (class
    /// bodies, comprehensions).
    pub fn make_plain_function(&mut self, code: CodeUnit, dst: Reg) -> R {
        let freevars = code.freevars.clone();
        let k = self.add_code_const(code)?;
        if freevars.is_empty() {
            self.emit(ops::MakeFunction { dst, code: k, flags: 0, first: dst });
        } else {
            let m = self.mark();
            let t = self.temp()?;
            self.closure_tuple(&freevars, t)?;
            self.emit(ops::MakeFunction { dst, code: k, flags: mf::CLOSURE, first: t });
            self.release(m);
        }
        Ok(())
    }

    pub fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        let (dbase, slot) = self.decorators_window(&c.decorator_list)?;
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.line_of(d),
            None => self.line_of(c),
        };
        let dst = match slot {
            Some(r) => r,
            None => self.temp()?,
        };
        let scope = self.table.scope_for(c).expect("class scope");
        let qualname = self.qualname_for(&c.name, true);
        let m = self.mark();
        self.check_keywords(&c.keywords)?;
        let simple = !c.bases.iter().any(|b| matches!(b, ast::Expr::Starred(_))) && c.keywords.iter().all(|k| k.arg.is_some());
        // __build_class__, the body function and the name; then the bases.
        let base = self.temps(3)?;
        self.emit(ops::LoadBuildClass { dst: base });
        self.enter_unit(scope, c.name.to_string(), qualname.clone(), firstlineno);
        self.class_body(c, &qualname)?;
        let code = self.leave_unit()?;
        self.set_loc(c);
        self.make_plain_function(code, base + 1)?;
        self.load_const(Const::Str(c.name.to_string()), base + 2)?;
        if simple {
            let n = c.bases.len() + c.keywords.len();
            let extra = u32::from(!c.keywords.is_empty());
            let w = self.temps(n as u32 + extra)?;
            for (i, b) in c.bases.iter().enumerate() {
                self.expr_to(b, w + i as Reg)?;
            }
            for (i, k) in c.keywords.iter().enumerate() {
                self.expr_to(&k.value, w + (c.bases.len() + i) as Reg)?;
            }
            self.set_loc(c);
            let argc = (2 + n) as u16;
            if c.keywords.is_empty() {
                self.emit(ops::Call { dst, func: base, argc });
            } else {
                let names = c.keywords.iter().map(|k| Const::Str(k.arg.as_ref().expect("keyword").to_string())).collect();
                self.load_const(Const::Tuple(names), w + n as Reg)?;
                self.emit(ops::CallKw { dst, func: base, argc });
            }
        } else {
            // __build_class__(body, name, *bases, **kw)
            let argt = self.temp()?;
            let kw = self.temp()?;
            let list = self.temp()?;
            self.emit(ops::BuildList { dst: list, first: base + 1, count: 2 });
            for b in &c.bases {
                let mm = self.mark();
                match b {
                    ast::Expr::Starred(s) => {
                        let v = self.expr(&s.value)?;
                        self.emit(ops::ListExtend { list, src: v });
                    }
                    _ => {
                        let v = self.expr(b)?;
                        self.emit(ops::ListAppend { list, src: v });
                    }
                }
                self.release(mm);
            }
            self.emit(ops::ListToTuple { dst: argt, src: list });
            self.kwargs_for_class(&c.keywords, base, kw)?;
            self.set_loc(c);
            self.emit(ops::CallEx { dst, func: base, args: argt, kwargs: kw });
        }
        self.release(m);
        let result = if slot.is_some() { self.apply_decorators(&c.decorator_list, dbase)? } else { dst };
        self.set_loc(c);
        self.store_name(&c.name, result, true, c)
    }

    fn kwargs_for_class(&mut self, keywords: &'a [ast::Keyword], func: Reg, dst: Reg) -> R {
        if keywords.is_empty() {
            return self.load_none(dst);
        }
        self.emit(ops::BuildMap { dst, first: dst, count: 0 });
        for k in keywords {
            let m = self.mark();
            match &k.arg {
                Some(name) => {
                    let w = self.temps(2)?;
                    self.load_const(Const::Str(name.to_string()), w)?;
                    self.expr_to(&k.value, w + 1)?;
                    let t = self.temp()?;
                    self.emit(ops::BuildMap { dst: t, first: w, count: 1 });
                    self.emit(ops::DictMerge { map: dst, src: t, func });
                }
                None => {
                    let v = self.expr(&k.value)?;
                    self.emit(ops::DictMerge { map: dst, src: v, func });
                }
            }
            self.release(m);
        }
        Ok(())
    }

    fn class_body(&mut self, c: &'a ast::StmtClassDef, qualname: &str) -> R {
        self.set_loc(c);
        let t = self.temp()?;
        let name = self.add_name("__name__")?;
        self.emit(ops::LoadName { dst: t, name });
        let module = self.add_name("__module__")?;
        self.emit(ops::StoreName { name: module, src: t });
        self.load_const(Const::Str(qualname.to_owned()), t)?;
        let qn = self.add_name("__qualname__")?;
        self.emit(ops::StoreName { name: qn, src: t });
        self.release(t as u32);
        self.module_body(&c.body)?;
        let s = self.scope();
        debug_assert_eq!(s.kind, ScopeKind::Class);
        let t = self.temp()?;
        if s.needs_class_closure {
            let cell = self.cell_reg("__class__").expect("__class__ cell");
            self.emit(ops::Move { dst: t, src: cell });
            let name = self.add_name("__classcell__")?;
            self.emit(ops::StoreName { name, src: t });
        } else {
            self.load_none(t)?;
        }
        self.emit(ops::Return { src: t });
        Ok(())
    }
}
