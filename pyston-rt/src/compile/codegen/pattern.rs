//! `match` statements.
//!
//! The subject is evaluated once into a temporary. Each case's pattern is
//! compiled into tests that jump to the next case on failure; names it
//! captures are recorded (name -> register) and stored only once the whole
//! pattern has matched, before the guard (as CPython does).

use super::{Compiler, Label, R};
use crate::bytecode::opcodes::{ops, CmpKind};
use crate::bytecode::{dis::const_repr, Const, Reg};
use crate::compile::fold;
use rustpython_parser::ast::{self, Ranged};

struct PatternCtx {
    /// Captured names in binding order, with the register holding the value.
    captures: Vec<(String, Reg)>,
    allow_irrefutable: bool,
}

/// The last capture pattern inside `p` (CPython reports some errors there).
fn last_capture(p: &ast::Pattern) -> Option<&ast::Pattern> {
    use ast::Pattern as P;
    let kids: Vec<&ast::Pattern> = match p {
        P::MatchSequence(s) => s.patterns.iter().collect(),
        P::MatchMapping(m) => m.patterns.iter().collect(),
        P::MatchClass(c) => c.patterns.iter().chain(&c.kwd_patterns).collect(),
        P::MatchAs(a) => a.pattern.iter().map(|b| &**b).collect(),
        P::MatchOr(o) => o.patterns.iter().collect(),
        _ => Vec::new(),
    };
    if let Some(found) = kids.iter().rev().find_map(|k| last_capture(k)) {
        return Some(found);
    }
    match p {
        P::MatchAs(a) if a.name.is_some() => Some(p),
        P::MatchStar(s) if s.name.is_some() => Some(p),
        _ => None,
    }
}

fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchStar(s) if s.name.is_none())
}

/// Python equality of two constants as set members (1 == 1.0 == True).
fn const_eq(a: &Const, b: &Const) -> bool {
    use num_traits::ToPrimitive;
    let num = |c: &Const| -> Option<(f64, f64)> {
        match c {
            Const::Bool(x) => Some((*x as u8 as f64, 0.0)),
            Const::Int(i) => i.to_f64().map(|f| (f, 0.0)),
            Const::Float(f) => Some((*f, 0.0)),
            Const::Complex { re, im } => Some((*re, *im)),
            _ => None,
        }
    };
    match (a, b) {
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_eq(p, q)),
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}

impl<'a, 'b> Compiler<'a, 'b> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R {
        let subject = self.expr_new(&m.subject)?;
        let end = self.new_label();
        let entry = self.defined_snapshot();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_defined(entry.clone());
            let next = self.new_label();
            let mark = self.mark();
            let mut pc = PatternCtx { captures: Vec::new(), allow_irrefutable: case.guard.is_some() || i + 1 == n };
            self.pattern(&case.pattern, subject, next, &mut pc)?;
            self.set_loc(&case.pattern);
            for (name, reg) in &pc.captures {
                self.store_name(name, *reg, true, &case.pattern)?;
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.stmts(&case.body)?;
            self.release(mark);
            if self.unit.reachable {
                self.jump(end);
            }
            self.bind(next);
        }
        self.bind(end);
        self.set_defined(entry);
        Ok(())
    }

    fn record_capture(&mut self, name: &str, reg: Reg, node: &ast::Pattern, pc: &mut PatternCtx) -> R {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", node));
        }
        if pc.captures.iter().any(|(n, _)| n == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), node));
        }
        pc.captures.push((name.to_owned(), reg));
        Ok(())
    }

    fn fail_unless(&mut self, cond: Reg, fail: Label) {
        self.emit_jump(ops::JumpIfFalse { cond, target: 0 }, fail);
    }

    /// `len(subj) == n` (or `>= n`), else jump to fail.
    fn check_len(&mut self, subj: Reg, n: usize, at_least: bool, fail: Label) -> R {
        let l = self.temp()?;
        self.emit(ops::GetLen { dst: l, src: subj });
        let k = self.temp()?;
        self.load_const(Const::Int(n.into()), k)?;
        let ic = self.ic();
        let kind = if at_least { CmpKind::Ge } else { CmpKind::Eq };
        self.emit(ops::CompareOp { dst: l, lhs: l, rhs: k, kind: kind as u16, ic });
        self.fail_unless(l, fail);
        Ok(())
    }

    fn pattern(&mut self, p: &'a ast::Pattern, subj: Reg, fail: Label, pc: &mut PatternCtx) -> R {
        let saved = self.unit.loc;
        self.set_loc(p);
        let r = self.pattern_inner(p, subj, fail, pc);
        self.unit.loc = saved;
        r
    }

    fn subpattern(&mut self, p: &'a ast::Pattern, subj: Reg, fail: Label, pc: &mut PatternCtx) -> R {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, subj, fail, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern_inner(&mut self, p: &'a ast::Pattern, subj: Reg, fail: Label, pc: &mut PatternCtx) -> R {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => {
                if matches!(&*v.value, ast::Expr::JoinedStr(_)) {
                    return Err(self.error("patterns may only match literals and attribute lookups", &*v.value));
                }
                let val = self.expr(&v.value)?;
                let t = self.temp()?;
                self.set_loc(p);
                let ic = self.ic();
                self.emit(ops::CompareOp { dst: t, lhs: subj, rhs: val, kind: CmpKind::Eq as u16, ic });
                self.fail_unless(t, fail);
                Ok(())
            }
            P::MatchSingleton(s) => {
                let k = self.temp()?;
                self.load_const(super::expr::const_from_ast(&s.value), k)?;
                let t = self.temp()?;
                self.emit(ops::IsOp { dst: t, lhs: subj, rhs: k, invert: 0 });
                self.fail_unless(t, fail);
                Ok(())
            }
            P::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(match &a.name {
                            Some(n) => self.error(format!("name capture '{n}' makes remaining patterns unreachable"), p),
                            None => self.error("wildcard makes remaining patterns unreachable", p),
                        });
                    }
                    if let Some(n) = &a.name {
                        self.record_capture(n, subj, p, pc)?;
                    }
                    Ok(())
                }
                Some(sub) => {
                    self.pattern(sub, subj, fail, pc)?;
                    if let Some(n) = &a.name {
                        self.record_capture(n, subj, p, pc)?;
                    }
                    Ok(())
                }
            },
            P::MatchStar(_) => Err(self.error("can't use starred name here", p)),
            P::MatchOr(o) => self.or_pattern(p, &o.patterns, subj, fail, pc),
            P::MatchSequence(s) => self.sequence_pattern(p, &s.patterns, subj, fail, pc),
            P::MatchMapping(mp) => self.mapping_pattern(p, mp, subj, fail, pc),
            P::MatchClass(c) => self.class_pattern(p, c, subj, fail, pc),
        }
    }

    fn or_pattern(&mut self, p: &'a ast::Pattern, alts: &'a [ast::Pattern], subj: Reg, fail: Label, pc: &mut PatternCtx) -> R {
        let end = self.new_label();
        let mut shared: Option<Vec<(String, Reg)>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            let next = if i + 1 < n { self.new_label() } else { fail };
            let mut sub = PatternCtx { captures: Vec::new(), allow_irrefutable: i + 1 == n && pc.allow_irrefutable };
            self.pattern(alt, subj, next, &mut sub)?;
            match &shared {
                None => {
                    let mut regs = Vec::new();
                    for (name, _) in &sub.captures {
                        regs.push((name.clone(), self.temp()?));
                    }
                    shared = Some(regs);
                }
                Some(regs) => {
                    let same = regs.len() == sub.captures.len()
                        && sub.captures.iter().all(|(nm, _)| regs.iter().any(|(x, _)| x == nm));
                    if !same {
                        return Err(self.error("alternative patterns bind different names", last_capture(alt).unwrap_or(alt)));
                    }
                }
            }
            for (name, reg) in &sub.captures {
                let target = shared.as_ref().expect("shared").iter().find(|(x, _)| x == name).expect("capture").1;
                self.emit(ops::Move { dst: target, src: *reg });
            }
            self.jump(end);
            if i + 1 < n {
                self.bind(next);
            }
        }
        self.bind(end);
        for (name, reg) in shared.unwrap_or_default() {
            self.record_capture(&name, reg, p, pc)?;
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, p: &'a ast::Pattern, pats: &'a [ast::Pattern], subj: Reg, fail: Label, pc: &mut PatternCtx) -> R {
        let mut star = None;
        for (i, s) in pats.iter().enumerate() {
            if matches!(s, ast::Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", p));
                }
                star = Some(i);
            }
        }
        let t = self.temp()?;
        self.emit(ops::MatchSequence { dst: t, subject: subj });
        self.fail_unless(t, fail);
        let n = pats.len();
        match star {
            None => self.check_len(subj, n, false, fail)?,
            Some(_) if n == 1 => {}
            Some(_) => self.check_len(subj, n - 1, true, fail)?,
        }
        let only_wildcards = pats.iter().all(|s| is_wildcard(s) || is_star_wildcard(s));
        if only_wildcards {
            return Ok(());
        }
        if let Some(si) = star.filter(|&si| is_star_wildcard(&pats[si])) {
            // [a, *_, b]: index instead of unpacking.
            for (i, s) in pats.iter().enumerate() {
                if i == si || is_wildcard(s) {
                    continue;
                }
                let idx: i64 = if i < si { i as i64 } else { i as i64 - n as i64 };
                let k = self.temp()?;
                self.load_const(Const::Int(idx.into()), k)?;
                let v = self.temp()?;
                self.emit(ops::Subscr { dst: v, obj: subj, key: k });
                self.subpattern(s, v, fail, pc)?;
            }
            return Ok(());
        }
        let first = self.temps(n as u32)?;
        match star {
            None => self.emit(ops::UnpackSequence { first, src: subj, count: n as u16 }),
            Some(si) => self.emit(ops::UnpackEx { first, src: subj, before: si as u16, after: (n - si - 1) as u16 }),
        }
        for (i, s) in pats.iter().enumerate() {
            let r = first + i as Reg;
            match s {
                ast::Pattern::MatchStar(st) => {
                    if let Some(name) = &st.name {
                        self.record_capture(name, r, s, pc)?;
                    }
                }
                _ => self.subpattern(s, r, fail, pc)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, p: &'a ast::Pattern, mp: &'a ast::PatternMatchMapping, subj: Reg, fail: Label, pc: &mut PatternCtx) -> R {
        let t = self.temp()?;
        self.emit(ops::MatchMapping { dst: t, subject: subj });
        self.fail_unless(t, fail);
        let n = mp.keys.len();
        if n == 0 && mp.rest.is_none() {
            return Ok(());
        }
        if n > 0 {
            self.check_len(subj, n, true, fail)?;
        }
        // The keys: literals (folded) and attribute lookups.
        let mut consts: Vec<Const> = Vec::new();
        let mut all_const = true;
        for k in &mp.keys {
            match fold::fold_expr(k) {
                Some(c) => {
                    if consts.iter().any(|x| const_eq(x, &c)) {
                        return Err(self.error(format!("mapping pattern checks duplicate key ({})", const_repr(&c)), p));
                    }
                    consts.push(c);
                }
                None => {
                    if !matches!(k, ast::Expr::Attribute(_)) {
                        return Err(self.error("mapping pattern keys may only match literals and attribute lookups", k));
                    }
                    all_const = false;
                }
            }
        }
        let keys = self.temp()?;
        if all_const {
            self.load_const(Const::Tuple(consts), keys)?;
        } else {
            let m = self.mark();
            let base = self.temps(n as u32)?;
            for (i, k) in mp.keys.iter().enumerate() {
                self.expr_to(k, base + i as Reg)?;
            }
            self.emit(ops::BuildTuple { dst: keys, first: base, count: n as u16 });
            self.release(m);
        }
        if n > 0 {
            let vals = self.temp()?;
            self.set_loc(p);
            self.emit(ops::MatchKeys { dst: vals, subject: subj, keys });
            self.emit_jump(ops::JumpIfNone { src: vals, invert: 0, target: 0 }, fail);
            if !mp.patterns.iter().all(is_wildcard) {
                let first = self.temps(n as u32)?;
                self.emit(ops::UnpackSequence { first, src: vals, count: n as u16 });
                for (i, sp) in mp.patterns.iter().enumerate() {
                    self.subpattern(sp, first + i as Reg, fail, pc)?;
                }
            }
        }
        if let Some(rest) = &mp.rest {
            let r = self.temp()?;
            self.emit(ops::CopyDictWithoutKeys { dst: r, subject: subj, keys });
            self.record_capture(rest, r, p, pc)?;
        }
        Ok(())
    }

    fn class_pattern(&mut self, p: &'a ast::Pattern, c: &'a ast::PatternMatchClass, subj: Reg, fail: Label, pc: &mut PatternCtx) -> R {
        for (i, a) in c.kwd_attrs.iter().enumerate() {
            if c.kwd_attrs[..i].contains(a) {
                return Err(self.error(format!("attribute name repeated in class pattern: {a}"), &c.kwd_patterns[i]));
            }
        }
        let cls = self.expr(&c.cls)?;
        let names = self.temp()?;
        let attrs = c.kwd_attrs.iter().map(|a| Const::Str(a.to_string())).collect();
        self.load_const(Const::Tuple(attrs), names)?;
        let r = self.temp()?;
        self.set_loc(p);
        self.emit(ops::MatchClass { dst: r, subject: subj, cls, names, count: c.patterns.len() as u16 });
        self.emit_jump(ops::JumpIfNone { src: r, invert: 0, target: 0 }, fail);
        let all: Vec<&'a ast::Pattern> = c.patterns.iter().chain(&c.kwd_patterns).collect();
        if all.iter().all(|s| is_wildcard(s)) {
            return Ok(());
        }
        let first = self.temps(all.len() as u32)?;
        self.emit(ops::UnpackSequence { first, src: r, count: all.len() as u16 });
        for (i, sp) in all.iter().enumerate() {
            self.subpattern(sp, first + i as Reg, fail, pc)?;
        }
        Ok(())
    }

    #[allow(dead_code)]
    fn pattern_range(p: &ast::Pattern) -> (u32, u32) {
        (p.start().to_u32(), p.end().to_u32())
    }
}
