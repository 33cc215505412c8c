//! Expressions.
//!
//! `expr(e)` returns a register holding the value: a fresh temporary, or
//! the register of a definitely-assigned local (read directly, no copy; the
//! caller must consume it before storing to locals). `expr_to(e, dst)`
//! writes the value into `dst`. `jump_if(e, cond, label)` compiles a test.

use super::{Compiler, Label, NameOp, R};
use crate::bytecode::opcodes::{ops, BinOpKind, CmpKind, UnaryKind};
use crate::bytecode::{Const, Reg};
use crate::compile::fold;
use crate::compile::symtable::ScopeKind;
use rustpython_parser::ast;

/// Displays with more elements than this are built incrementally.
const MAX_DISPLAY_WINDOW: usize = 30;

pub(crate) fn binop_kind(op: ast::Operator) -> BinOpKind {
    use ast::Operator as O;
    match op {
        O::Add => BinOpKind::Add,
        O::Sub => BinOpKind::Sub,
        O::Mult => BinOpKind::Mul,
        O::MatMult => BinOpKind::MatMul,
        O::Div => BinOpKind::TrueDiv,
        O::Mod => BinOpKind::Mod,
        O::Pow => BinOpKind::Pow,
        O::LShift => BinOpKind::LShift,
        O::RShift => BinOpKind::RShift,
        O::BitOr => BinOpKind::Or,
        O::BitXor => BinOpKind::Xor,
        O::BitAnd => BinOpKind::And,
        O::FloorDiv => BinOpKind::FloorDiv,
    }
}

pub(crate) fn const_from_ast(c: &ast::Constant) -> Const {
    match c {
        ast::Constant::None => Const::None,
        ast::Constant::Bool(b) => Const::Bool(*b),
        ast::Constant::Str(s) => Const::Str(s.clone()),
        ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
        ast::Constant::Int(i) => Const::Int(i.clone()),
        ast::Constant::Tuple(t) => Const::Tuple(t.iter().map(const_from_ast).collect()),
        ast::Constant::Float(f) => Const::Float(*f),
        ast::Constant::Complex { real, imag } => Const::Complex { re: *real, im: *imag },
        ast::Constant::Ellipsis => Const::Ellipsis,
    }
}

impl<'a, 'b> Compiler<'a, 'b> {
    /// The value of `e` in some register (see the module doc).
    pub fn expr(&mut self, e: &'a ast::Expr) -> R<Reg> {
        if let ast::Expr::Name(n) = e {
            if n.ctx == ast::ExprContext::Load && self.unit.direct_reads {
                if let (NameOp::Fast(r), _) = self.name_op(&n.id) {
                    if self.is_defined(r) {
                        return Ok(r);
                    }
                }
            }
        }
        let t = self.temp()?;
        self.expr_to(e, t)?;
        Ok(t)
    }

    /// The value of `e` in a fresh temporary.
    pub fn expr_new(&mut self, e: &'a ast::Expr) -> R<Reg> {
        let t = self.temp()?;
        self.expr_to(e, t)?;
        Ok(t)
    }

    /// Evaluates `e` into `dst`.
    pub fn expr_to(&mut self, e: &'a ast::Expr, dst: Reg) -> R {
        let saved = self.unit.loc;
        self.set_loc(e);
        let m = self.mark();
        let r = self.expr_inner(e, dst);
        self.release(m);
        self.unit.loc = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a ast::Expr, dst: Reg) -> R {
        use ast::Expr as E;
        if let Some(c) = fold::fold_expr(e) {
            return self.load_const(c, dst);
        }
        match e {
            E::Constant(c) => self.load_const(const_from_ast(&c.value), dst),
            E::Name(n) => self.load_name(&n.id, dst),
            E::BinOp(b) => {
                let l = self.expr(&b.left)?;
                let r = self.expr(&b.right)?;
                let ic = self.ic();
                self.set_loc(e);
                self.emit(ops::BinaryOp { dst, lhs: l, rhs: r, kind: binop_kind(b.op) as u16, ic });
                Ok(())
            }
            E::UnaryOp(u) => {
                let src = self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Not => self.emit(ops::Not { dst, src }),
                    ast::UnaryOp::USub => self.emit(ops::UnaryOp { dst, src, kind: UnaryKind::Neg as u16 }),
                    ast::UnaryOp::UAdd => self.emit(ops::UnaryOp { dst, src, kind: UnaryKind::Pos as u16 }),
                    ast::UnaryOp::Invert => self.emit(ops::UnaryOp { dst, src, kind: UnaryKind::Invert as u16 }),
                }
                Ok(())
            }
            E::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    if i + 1 < n {
                        match b.op {
                            ast::BoolOp::And => self.emit_jump(ops::JumpIfFalse { cond: dst, target: 0 }, end),
                            ast::BoolOp::Or => self.emit_jump(ops::JumpIfTrue { cond: dst, target: 0 }, end),
                        }
                    }
                }
                self.bind(end);
                Ok(())
            }
            E::Compare(c) => self.compare(c, dst),
            E::IfExp(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr_to(&i.body, dst)?;
                self.jump(end);
                self.bind(orelse);
                self.expr_to(&i.orelse, dst)?;
                self.bind(end);
                Ok(())
            }
            E::NamedExpr(n) => {
                self.expr_to(&n.value, dst)?;
                let ast::Expr::Name(target) = &*n.target else {
                    return Err(self.error("cannot use assignment expressions with this target", &*n.target));
                };
                self.set_loc(&*n.target);
                self.store_name(&target.id, dst, false, &*n.target)
            }
            E::Lambda(l) => self.lambda(l, dst),
            E::Dict(d) => self.dict_display(d, dst),
            E::Set(s) => self.set_display(&s.elts, dst),
            E::List(l) => self.list_display(&l.elts, dst),
            E::Tuple(t) => self.tuple_display(&t.elts, dst),
            E::ListComp(_) | E::SetComp(_) | E::DictComp(_) | E::GeneratorExp(_) => self.comprehension(e, dst),
            E::Await(a) => {
                self.check_await(e)?;
                let v = self.expr(&a.value)?;
                self.await_value(v, dst, 0)
            }
            E::Yield(y) => {
                self.check_yield(e, false)?;
                let v = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let t = self.temp()?;
                        self.load_none(t)?;
                        t
                    }
                };
                self.set_loc(e);
                self.emit(ops::Yield { dst, src: v });
                Ok(())
            }
            E::YieldFrom(y) => {
                self.check_yield(e, true)?;
                let v = self.expr(&y.value)?;
                let it = self.temp()?;
                self.set_loc(e);
                self.emit(ops::GetYieldFromIter { dst: it, src: v });
                self.load_none(dst)?;
                self.emit(ops::YieldFrom { dst, iter: it });
                Ok(())
            }
            E::Call(c) => self.call(c, dst),
            E::FormattedValue(_) | E::JoinedStr(_) => self.fstring(e, dst),
            E::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.add_name(&self.mangle(&a.attr))?;
                let ic = self.ic();
                self.set_loc(e);
                self.emit(ops::LoadAttr { dst, obj, name, ic });
                if is_fresh(&a.value) && obj != dst {
                    self.clear_temp(obj);
                }
                Ok(())
            }
            E::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.slice_or_expr(&s.slice)?;
                self.set_loc(e);
                self.emit(ops::Subscr { dst, obj, key });
                if is_fresh(&s.value) && obj != dst {
                    self.clear_temp(obj);
                }
                Ok(())
            }
            E::Starred(_) => Err(self.error("can't use starred expression here", e)),
            E::Slice(s) => self.build_slice(s, dst),
        }
    }

    /// A subscript key: slices are built in place.
    pub fn slice_or_expr(&mut self, e: &'a ast::Expr) -> R<Reg> {
        if let ast::Expr::Slice(s) = e {
            let t = self.temp()?;
            self.build_slice(s, t)?;
            return Ok(t);
        }
        if let ast::Expr::Starred(_) = e {
            // `a[*b]` (PEP 646) is `a[(*b,)]`.
            let t = self.temp()?;
            self.tuple_display(std::slice::from_ref(e), t)?;
            return Ok(t);
        }
        self.expr(e)
    }

    fn build_slice(&mut self, s: &'a ast::ExprSlice, dst: Reg) -> R {
        let base = self.temps(3)?;
        let mut none_loaded: Option<Reg> = None;
        for (i, part) in [&s.lower, &s.upper, &s.step].into_iter().enumerate() {
            let r = base + i as Reg;
            match part {
                Some(x) => self.expr_to(x, r)?,
                None => match none_loaded {
                    Some(n) => self.emit(ops::Move { dst: r, src: n }),
                    None => {
                        self.load_none(r)?;
                        none_loaded = Some(r);
                    }
                },
            }
        }
        self.emit(ops::BuildSlice { dst, start: base, stop: base + 1, step: base + 2 });
        Ok(())
    }

    pub fn load_name(&mut self, name: &str, dst: Reg) -> R {
        if name == "__debug__" {
            return self.load_const(Const::Bool(true), dst);
        }
        let (op, mangled) = self.name_op(name);
        match op {
            NameOp::Fast(r) => {
                if self.is_defined(r) {
                    if r != dst {
                        self.emit(ops::Move { dst, src: r });
                    }
                } else {
                    self.emit(ops::LoadFast { dst, src: r });
                }
            }
            NameOp::Deref(cell) => self.emit(ops::LoadDeref { dst, cell }),
            NameOp::ClassDeref(cell) => {
                let name = self.add_name(&mangled)?;
                self.emit(ops::LoadClassDeref { dst, name, cell });
            }
            NameOp::Global => {
                let name = self.add_name(&mangled)?;
                let ic = self.ic();
                self.emit(ops::LoadGlobal { dst, name, ic });
            }
            NameOp::Name => {
                let name = self.add_name(&mangled)?;
                self.emit(ops::LoadName { dst, name });
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, dst: Reg) -> R {
        let n = c.ops.len();
        if n == 1 {
            let l = self.expr(&c.left)?;
            let r = self.comparator(c.ops[0], &c.comparators[0])?;
            self.set_loc(c);
            self.emit_cmp(c.ops[0], dst, l, r);
            return Ok(());
        }
        let end = self.new_label();
        let mut l = self.expr(&c.left)?;
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            // Each middle operand is used twice: keep it in its own temporary.
            let r = if i + 1 < n { self.expr_new(right)? } else { self.comparator(*op, right)? };
            self.set_loc(c);
            self.emit_cmp(*op, dst, l, r);
            if i + 1 < n {
                self.emit_jump(ops::JumpIfFalse { cond: dst, target: 0 }, end);
            }
            l = r;
        }
        self.bind(end);
        Ok(())
    }

    /// The right operand of a comparison: `x in [consts]` uses a tuple
    /// constant, `x in {consts}` a frozenset constant.
    fn comparator(&mut self, op: ast::CmpOp, e: &'a ast::Expr) -> R<Reg> {
        if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
            let folded = match e {
                ast::Expr::List(l) => fold::fold_elts(&l.elts).map(Const::Tuple),
                ast::Expr::Set(s) => fold::fold_elts(&s.elts).map(Const::FrozenSet),
                _ => None,
            };
            if let Some(c) = folded {
                let t = self.temp()?;
                self.load_const(c, t)?;
                return Ok(t);
            }
        }
        self.expr(e)
    }

    pub fn emit_cmp(&mut self, op: ast::CmpOp, dst: Reg, lhs: Reg, rhs: Reg) {
        use ast::CmpOp as C;
        let kind = match op {
            C::Eq => CmpKind::Eq,
            C::NotEq => CmpKind::Ne,
            C::Lt => CmpKind::Lt,
            C::LtE => CmpKind::Le,
            C::Gt => CmpKind::Gt,
            C::GtE => CmpKind::Ge,
            C::Is => return self.emit(ops::IsOp { dst, lhs, rhs, invert: 0 }),
            C::IsNot => return self.emit(ops::IsOp { dst, lhs, rhs, invert: 1 }),
            C::In => return self.emit(ops::ContainsOp { dst, lhs, rhs, invert: 0 }),
            C::NotIn => return self.emit(ops::ContainsOp { dst, lhs, rhs, invert: 1 }),
        };
        let ic = self.ic();
        self.emit(ops::CompareOp { dst, lhs, rhs, kind: kind as u16, ic });
    }

    /// Jumps to `label` when the truth of `e` equals `cond`; falls through
    /// otherwise.
    pub fn jump_if(&mut self, e: &'a ast::Expr, cond: bool, label: Label) -> R {
        use ast::Expr as E;
        if let Some(c) = fold::fold_expr(e) {
            if let Some(truth) = fold::const_truth(&c) {
                if truth == cond {
                    self.jump(label);
                }
                return Ok(());
            }
        }
        let saved = self.unit.loc;
        self.set_loc(e);
        let m = self.mark();
        let r = match e {
            E::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !cond, label),
            E::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and == cond {
                    // and/true or or/false: all must agree, else skip.
                    let skip = self.new_label();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(&b.values[n - 1], cond, label)?;
                    self.bind(skip);
                } else {
                    for v in &b.values {
                        self.jump_if(v, cond, label)?;
                    }
                }
                Ok(())
            }
            E::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(&c.comparators[0], E::Constant(k) if k.value == ast::Constant::None) =>
            {
                let v = self.expr(&c.left)?;
                self.set_loc(c);
                // `x is None` is true when v is None.
                let jump_when_none = (c.ops[0] == ast::CmpOp::Is) == cond;
                self.emit_jump(ops::JumpIfNone { src: v, invert: u16::from(!jump_when_none), target: 0 }, label);
                Ok(())
            }
            _ => {
                let v = self.expr(e)?;
                self.set_loc(e);
                if cond {
                    self.emit_jump(ops::JumpIfTrue { cond: v, target: 0 }, label);
                } else {
                    self.emit_jump(ops::JumpIfFalse { cond: v, target: 0 }, label);
                }
                Ok(())
            }
        };
        self.release(m);
        self.unit.loc = saved;
        r
    }

    // -------------------------------------------------------------- displays

    /// Evaluates `elts` (no starred) into `n` consecutive fresh registers.
    pub fn exprs_to_window(&mut self, elts: &'a [ast::Expr]) -> R<Reg> {
        let base = self.temps(elts.len() as u32)?;
        for (i, e) in elts.iter().enumerate() {
            self.expr_to(e, base + i as Reg)?;
        }
        Ok(base)
    }

    pub fn list_display(&mut self, elts: &'a [ast::Expr], dst: Reg) -> R {
        let has_star = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if !has_star && elts.len() <= MAX_DISPLAY_WINDOW {
            if elts.len() > 2 {
                if let Some(consts) = fold::fold_elts(elts) {
                    let t = self.temp()?;
                    self.emit(ops::BuildList { dst, first: t, count: 0 });
                    self.load_const(Const::Tuple(consts), t)?;
                    self.emit(ops::ListExtend { list: dst, src: t });
                    return Ok(());
                }
            }
            let base = self.exprs_to_window(elts)?;
            self.emit(ops::BuildList { dst, first: base, count: elts.len() as u16 });
            return Ok(());
        }
        self.build_list_incrementally(elts, dst)
    }

    /// `[a, *b, c, ...]` in a fresh list: leading plain elements at once,
    /// then appends and extends.
    pub fn build_list_incrementally(&mut self, elts: &'a [ast::Expr], dst: Reg) -> R {
        let lead = elts.iter().take(MAX_DISPLAY_WINDOW).take_while(|e| !matches!(e, ast::Expr::Starred(_))).count();
        // The list is built in a temporary: elements may read `dst`.
        let list = self.temp()?;
        let base = self.exprs_to_window(&elts[..lead])?;
        self.emit(ops::BuildList { dst: list, first: base, count: lead as u16 });
        for e in &elts[lead..] {
            let m = self.mark();
            match e {
                ast::Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.set_loc(e);
                    self.emit(ops::ListExtend { list, src: v });
                }
                _ => {
                    let v = self.expr(e)?;
                    self.emit(ops::ListAppend { list, src: v });
                }
            }
            self.release(m);
        }
        if list != dst {
            self.emit(ops::Move { dst, src: list });
        }
        Ok(())
    }

    pub fn tuple_display(&mut self, elts: &'a [ast::Expr], dst: Reg) -> R {
        let has_star = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if !has_star && elts.len() <= MAX_DISPLAY_WINDOW {
            let base = self.exprs_to_window(elts)?;
            self.emit(ops::BuildTuple { dst, first: base, count: elts.len() as u16 });
            return Ok(());
        }
        let list = self.temp()?;
        self.build_list_incrementally(elts, list)?;
        self.emit(ops::ListToTuple { dst, src: list });
        Ok(())
    }

    fn set_display(&mut self, elts: &'a [ast::Expr], dst: Reg) -> R {
        let has_star = elts.iter().any(|e| matches!(e, ast::Expr::Starred(_)));
        if !has_star && elts.len() > 2 {
            if let Some(consts) = fold::fold_elts(elts) {
                let t = self.temp()?;
                let set = self.temp()?;
                self.emit(ops::BuildSet { dst: set, first: t, count: 0 });
                self.load_const(Const::FrozenSet(consts), t)?;
                self.emit(ops::SetUpdate { set, src: t });
                self.emit(ops::Move { dst, src: set });
                return Ok(());
            }
        }
        let lead = elts.iter().take(MAX_DISPLAY_WINDOW).take_while(|e| !matches!(e, ast::Expr::Starred(_))).count();
        if lead == elts.len() {
            let base = self.exprs_to_window(elts)?;
            self.emit(ops::BuildSet { dst, first: base, count: elts.len() as u16 });
            return Ok(());
        }
        let set = self.temp()?;
        let base = self.exprs_to_window(&elts[..lead])?;
        self.emit(ops::BuildSet { dst: set, first: base, count: lead as u16 });
        for e in &elts[lead..] {
            let m = self.mark();
            match e {
                ast::Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.set_loc(e);
                    self.emit(ops::SetUpdate { set, src: v });
                }
                _ => {
                    let v = self.expr(e)?;
                    self.emit(ops::SetAdd { set, src: v });
                }
            }
            self.release(m);
        }
        self.emit(ops::Move { dst, src: set });
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict, dst: Reg) -> R {
        let n = d.keys.len();
        let lead = d.keys.iter().take(MAX_DISPLAY_WINDOW / 2).take_while(|k| k.is_some()).count();
        if lead == n {
            let base = self.temps(2 * n as u32)?;
            for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                self.expr_to(k.as_ref().expect("dict key"), base + 2 * i as Reg)?;
                self.expr_to(v, base + 2 * i as Reg + 1)?;
            }
            self.set_loc(d);
            self.emit(ops::BuildMap { dst, first: base, count: n as u16 });
            return Ok(());
        }
        let map = self.temp()?;
        let base = self.temps(2 * lead as u32)?;
        for i in 0..lead {
            self.expr_to(d.keys[i].as_ref().expect("dict key"), base + 2 * i as Reg)?;
            self.expr_to(&d.values[i], base + 2 * i as Reg + 1)?;
        }
        self.set_loc(d);
        self.emit(ops::BuildMap { dst: map, first: base, count: lead as u16 });
        for i in lead..n {
            let m = self.mark();
            match &d.keys[i] {
                None => {
                    let v = self.expr(&d.values[i])?;
                    self.set_loc(d);
                    self.emit(ops::DictUpdate { map, src: v });
                }
                Some(k) => {
                    let kr = self.expr(k)?;
                    let vr = self.expr(&d.values[i])?;
                    self.emit(ops::MapAdd { map, key: kr, val: vr });
                }
            }
            self.release(m);
        }
        self.emit(ops::Move { dst, src: map });
        Ok(())
    }

    // ------------------------------------------------------ await and yield

    /// `dst = await v` (kind: `GetAwaitable` wording).
    pub fn await_value(&mut self, v: Reg, dst: Reg, kind: u16) -> R {
        let it = self.temp()?;
        self.emit(ops::GetAwaitable { dst: it, src: v, kind });
        // A temporary awaitable is released once awaited (with the iterator,
        // which `YieldFrom` clears when done), as CPython's stack pops it.
        let nfixed = self.unit.varnames.len() + self.unit.cellvars.len() + self.unit.freevars.len();
        if v as usize >= nfixed && v != dst {
            self.emit(ops::ClearReg { reg: v });
        }
        self.load_none(dst)?;
        self.emit(ops::YieldFrom { dst, iter: it });
        Ok(())
    }

    fn check_await(&self, e: &ast::Expr) -> R {
        let s = self.scope();
        if !s.is_function_like() {
            return Err(self.error("'await' outside function", e));
        }
        if s.kind == ScopeKind::Function && !self.unit_is_async() {
            return Err(self.error("'await' outside async function", e));
        }
        Ok(())
    }

    /// Whether the current unit is an `async def` body.
    pub fn unit_is_async(&self) -> bool {
        self.unit.is_async
    }

    fn check_yield(&self, e: &ast::Expr, from: bool) -> R {
        let s = self.scope();
        if !s.is_function_like() {
            return Err(self.error("'yield' outside function", e));
        }
        if from && self.unit_is_async() {
            return Err(self.error("'yield from' inside async function", e));
        }
        Ok(())
    }
}

/// An expression that makes a new object only its temporary references
/// (displays, comprehensions, calls, subscripts of those): its register is
/// cleared after a subscript or attribute load uses it.
fn is_fresh(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    match e {
        E::List(_) | E::Tuple(_) | E::Dict(_) | E::Set(_) | E::ListComp(_) | E::DictComp(_) | E::SetComp(_) | E::Call(_) => true,
        E::Subscript(s) => is_fresh(&s.value),
        _ => false,
    }
}
