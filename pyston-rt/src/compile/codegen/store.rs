//! Assignment targets: stores, unpacking, augmented assignment, deletion,
//! annotated assignment.

use super::{Compiler, NameOp, R};
use crate::bytecode::opcodes::ops;
use crate::bytecode::{Const, Reg};
use crate::compile::symtable::{self, ScopeKind};
use crate::compile::unparse;
use crate::compile::validate::FUTURE_ANNOTATIONS;
use rustpython_parser::ast::{self, Ranged};

/// Whether evaluating `e` into a register writes that register only with
/// its final value (so the register of a local may be the destination).
pub(crate) fn writes_dst_once(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::BoolOp(_) | ast::Expr::NamedExpr(_) => false,
        ast::Expr::Compare(c) => c.ops.len() == 1,
        ast::Expr::IfExp(i) => writes_dst_once(&i.body) && writes_dst_once(&i.orelse),
        _ => true,
    }
}

impl<'a, 'b> Compiler<'a, 'b> {
    /// Stores `src` into the (unmangled) name; `mark` records the local as
    /// definitely assigned (statement-level stores).
    pub fn store_name<T: Ranged>(&mut self, name: &str, src: Reg, mark: bool, node: &T) -> R {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", node));
        }
        let (op, mangled) = self.name_op(name);
        match op {
            NameOp::Fast(r) => {
                if r != src {
                    self.emit(ops::Move { dst: r, src });
                }
                if mark {
                    self.mark_defined(r);
                }
            }
            NameOp::Deref(cell) | NameOp::ClassDeref(cell) => self.emit(ops::StoreDeref { cell, src }),
            NameOp::Global => {
                let name = self.add_name(&mangled)?;
                self.emit(ops::StoreGlobal { name, src });
            }
            NameOp::Name => {
                let name = self.add_name(&mangled)?;
                self.emit(ops::StoreName { name, src });
            }
        }
        Ok(())
    }

    /// The register of a fast local the target names (for direct stores).
    pub fn fast_target(&self, t: &ast::Expr) -> Option<Reg> {
        if let ast::Expr::Name(n) = t {
            if n.id.as_str() == "__debug__" {
                return None;
            }
            if let (NameOp::Fast(r), _) = self.name_op(&n.id) {
                return Some(r);
            }
        }
        None
    }

    /// Stores the value in `src` into an assignment target.
    pub fn store_target(&mut self, t: &'a ast::Expr, src: Reg) -> R {
        let saved = self.unit.loc;
        self.set_loc(t);
        let m = self.mark();
        let r = self.store_target_inner(t, src);
        self.release(m);
        self.unit.loc = saved;
        r
    }

    fn store_target_inner(&mut self, t: &'a ast::Expr, src: Reg) -> R {
        match t {
            ast::Expr::Name(n) => self.store_name(&n.id, src, true, t),
            ast::Expr::Attribute(a) => {
                if a.attr.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", t));
                }
                let obj = self.expr(&a.value)?;
                let name = self.add_name(&self.mangle(&a.attr))?;
                let ic = self.ic();
                self.set_loc(t);
                self.emit(ops::StoreAttr { obj, name, src, ic });
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.slice_or_expr(&s.slice)?;
                self.set_loc(t);
                self.emit(ops::StoreSubscr { obj, key, src });
                Ok(())
            }
            ast::Expr::Tuple(x) => self.unpack(t, &x.elts, src),
            ast::Expr::List(x) => self.unpack(t, &x.elts, src),
            ast::Expr::Starred(_) => Err(self.error("starred assignment target must be in a list or tuple", t)),
            _ => Err(self.error(format!("cannot assign to {}", crate::compile::validate::expr_name(t)), t)),
        }
    }

    fn unpack(&mut self, t: &'a ast::Expr, elts: &'a [ast::Expr], src: Reg) -> R {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, ast::Expr::Starred(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", t));
                }
                star = Some(i);
            }
        }
        let n = elts.len();
        if n > u16::MAX as usize {
            return Err(self.error("too many expressions in star-unpacking assignment", t));
        }
        let first = self.temps(n as u32)?;
        match star {
            None => self.emit(ops::UnpackSequence { first, src, count: n as u16 }),
            Some(i) => self.emit(ops::UnpackEx { first, src, before: i as u16, after: (n - i - 1) as u16 }),
        }
        for (i, e) in elts.iter().enumerate() {
            let target = match e {
                ast::Expr::Starred(s) => &*s.value,
                e => e,
            };
            self.store_target(target, first + i as Reg)?;
        }
        Ok(())
    }

    pub fn assign(&mut self, a: &'a ast::StmtAssign) -> R {
        if a.targets.len() == 1 {
            let t = &a.targets[0];
            // x = value: write straight into the local's register.
            if let Some(r) = self.fast_target(t) {
                if writes_dst_once(&a.value) && !matches!(&*a.value, ast::Expr::Starred(_)) {
                    self.expr_to(&a.value, r)?;
                    self.mark_defined(r);
                    return Ok(());
                }
            }
            // a, b = x, y: no intermediate tuple.
            let (telts, velts) = match (t, &*a.value) {
                (ast::Expr::Tuple(x), ast::Expr::Tuple(y)) => (Some(&x.elts), Some(&y.elts)),
                (ast::Expr::List(x), ast::Expr::Tuple(y)) => (Some(&x.elts), Some(&y.elts)),
                (ast::Expr::Tuple(x), ast::Expr::List(y)) => (Some(&x.elts), Some(&y.elts)),
                _ => (None, None),
            };
            if let (Some(te), Some(ve)) = (telts, velts) {
                let starred = |v: &Vec<ast::Expr>| v.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
                if te.len() == ve.len() && !starred(te) && !starred(ve) && te.len() <= 8 {
                    let base = self.exprs_to_window(ve)?;
                    for (i, e) in te.iter().enumerate() {
                        self.store_target(e, base + i as Reg)?;
                    }
                    return Ok(());
                }
            }
        }
        let v = self.expr(&a.value)?;
        for t in &a.targets {
            self.store_target(t, v)?;
        }
        // A value stored under a name (module and class scope) must not stay
        // alive in the temporary after the name is rebound or deleted.
        // At module and class level (no fast locals) every store target
        // counts: `d[k] = obj; del obj` must leave `obj` only in `d`.
        let module_level = self.unit.kind != crate::compile::symtable::ScopeKind::Function;
        if module_level || a.targets.iter().all(|t| matches!(t, ast::Expr::Name(_)) && self.fast_target(t).is_none()) {
            self.clear_temp(v);
        }
        Ok(())
    }

    pub fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let kind = super::expr::binop_kind(a.op).inplace() as u16;
        match &*a.target {
            ast::Expr::Name(n) => {
                let cur = match self.fast_target(&a.target) {
                    Some(r) if self.is_defined(r) && self.unit.direct_reads => r,
                    _ => self.expr(&a.target)?,
                };
                let rhs = self.expr(&a.value)?;
                let ic = self.ic();
                self.set_loc(a);
                match self.fast_target(&a.target) {
                    Some(r) => {
                        self.emit(ops::BinaryOp { dst: r, lhs: cur, rhs, kind, ic });
                        self.mark_defined(r);
                    }
                    None => {
                        let t = self.temp()?;
                        self.emit(ops::BinaryOp { dst: t, lhs: cur, rhs, kind, ic });
                        self.set_loc(&*a.target);
                        self.store_name(&n.id, t, true, &*a.target)?;
                        // The old value must not outlive the rebinding.
                        self.clear_temp(cur);
                        self.clear_temp(t);
                    }
                }
                Ok(())
            }
            ast::Expr::Attribute(at) => {
                let obj = self.expr(&at.value)?;
                let name = self.add_name(&self.mangle(&at.attr))?;
                let t = self.temp()?;
                let ic = self.ic();
                self.set_loc(&*a.target);
                self.emit(ops::LoadAttr { dst: t, obj, name, ic });
                let rhs = self.expr(&a.value)?;
                let ic = self.ic();
                self.set_loc(a);
                self.emit(ops::BinaryOp { dst: t, lhs: t, rhs, kind, ic });
                let ic = self.ic();
                self.set_loc(&*a.target);
                self.emit(ops::StoreAttr { obj, name, src: t, ic });
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.slice_or_expr(&s.slice)?;
                let t = self.temp()?;
                self.set_loc(&*a.target);
                self.emit(ops::Subscr { dst: t, obj, key });
                let rhs = self.expr(&a.value)?;
                let ic = self.ic();
                self.set_loc(a);
                self.emit(ops::BinaryOp { dst: t, lhs: t, rhs, kind, ic });
                self.set_loc(&*a.target);
                self.emit(ops::StoreSubscr { obj, key, src: t });
                Ok(())
            }
            t => Err(self.error(
                format!("'{}' is an illegal expression for augmented assignment", crate::compile::validate::expr_name(t)),
                t,
            )),
        }
    }

    pub fn delete(&mut self, t: &'a ast::Expr) -> R {
        let saved = self.unit.loc;
        self.set_loc(t);
        let m = self.mark();
        let r = match t {
            ast::Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.error("cannot delete __debug__", t));
                }
                let (op, mangled) = self.name_op(&n.id);
                match op {
                    NameOp::Fast(reg) => self.emit(ops::DeleteFast { reg }),
                    NameOp::Deref(cell) | NameOp::ClassDeref(cell) => self.emit(ops::DeleteDeref { cell }),
                    NameOp::Global => {
                        let name = self.add_name(&mangled)?;
                        self.emit(ops::DeleteGlobal { name });
                    }
                    NameOp::Name => {
                        let name = self.add_name(&mangled)?;
                        self.emit(ops::DeleteName { name });
                    }
                }
                Ok(())
            }
            ast::Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.add_name(&self.mangle(&a.attr))?;
                self.set_loc(t);
                self.emit(ops::DeleteAttr { obj, name });
                Ok(())
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.slice_or_expr(&s.slice)?;
                self.set_loc(t);
                self.emit(ops::DeleteSubscr { obj, key });
                Ok(())
            }
            ast::Expr::Tuple(x) => x.elts.iter().try_for_each(|e| self.delete(e)),
            ast::Expr::List(x) => x.elts.iter().try_for_each(|e| self.delete(e)),
            _ => Err(self.error(format!("cannot delete {}", crate::compile::validate::expr_name(t)), t)),
        };
        self.release(m);
        self.unit.loc = saved;
        r
    }

    /// Unbinds a name without failing when it is already unbound
    /// (`name = None; del name`, as after an `except ... as name` handler).
    pub fn clear_name(&mut self, name: &str) -> R {
        let (op, mangled) = self.name_op(name);
        match op {
            NameOp::Fast(reg) => self.emit(ops::ClearReg { reg }),
            NameOp::Deref(cell) | NameOp::ClassDeref(cell) => {
                let t = self.temp()?;
                self.load_none(t)?;
                self.emit(ops::StoreDeref { cell, src: t });
                self.emit(ops::DeleteDeref { cell });
            }
            NameOp::Global => {
                let t = self.temp()?;
                self.load_none(t)?;
                let name = self.add_name(&mangled)?;
                self.emit(ops::StoreGlobal { name, src: t });
                self.emit(ops::DeleteGlobal { name });
            }
            NameOp::Name => {
                let t = self.temp()?;
                self.load_none(t)?;
                let name = self.add_name(&mangled)?;
                self.emit(ops::StoreName { name, src: t });
                self.emit(ops::DeleteName { name });
            }
        }
        Ok(())
    }

    pub fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            if let Some(r) = self.fast_target(&a.target) {
                if writes_dst_once(v) {
                    self.expr_to(v, r)?;
                    self.mark_defined(r);
                } else {
                    let t = self.expr(v)?;
                    self.store_target(&a.target, t)?;
                }
            } else {
                let t = self.expr(v)?;
                self.store_target(&a.target, t)?;
            }
        }
        let module_or_class = matches!(self.unit.kind, ScopeKind::Module | ScopeKind::Class);
        let future = self.future & FUTURE_ANNOTATIONS != 0;
        match &*a.target {
            ast::Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", &*a.target));
                }
                if symtable::ann_simple(a) && module_or_class {
                    let ann = self.annotation_value(&a.annotation)?;
                    let anns = self.temp()?;
                    let name = self.add_name("__annotations__")?;
                    self.set_loc(&*a.annotation);
                    self.emit(ops::LoadName { dst: anns, name });
                    let key = self.temp()?;
                    let mangled = self.mangle(&n.id);
                    self.load_const(Const::Str(mangled), key)?;
                    self.emit(ops::StoreSubscr { obj: anns, key, src: ann });
                    return Ok(());
                }
            }
            ast::Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.expr(&at.value)?;
                }
            }
            ast::Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.expr(&s.value)?;
                    self.slice_or_expr(&s.slice)?;
                }
            }
            _ => {}
        }
        // Annotations of complex targets are evaluated (module/class level only).
        if module_or_class && !future {
            self.expr(&a.annotation)?;
        }
        Ok(())
    }

    /// The value stored for an annotation: the expression, or its source
    /// text under `from __future__ import annotations`.
    pub fn annotation_value(&mut self, e: &'a ast::Expr) -> R<Reg> {
        if self.future & FUTURE_ANNOTATIONS != 0 {
            let t = self.temp()?;
            self.load_const(Const::Str(unparse::unparse(e)), t)?;
            return Ok(t);
        }
        if let ast::Expr::Starred(s) = e {
            // `*args: *Ts` evaluates to the single item of `[*Ts]`.
            let v = self.expr(&s.value)?;
            let t = self.temp()?;
            self.set_loc(e);
            self.emit(ops::UnpackSequence { first: t, src: v, count: 1 });
            return Ok(t);
        }
        self.expr(e)
    }
}
