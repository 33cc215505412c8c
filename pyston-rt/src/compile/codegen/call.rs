//! Calls and f-strings.
//!
//! `f(a, b, k=c)`: the callable and arguments in consecutive registers,
//! `CallKw` with the keyword-names tuple after them. `o.m(a)`: `LoadMethod`
//! into `base, base+1` then `CallMethod`. Any `*`/`**` argument: a tuple
//! and a dict (or None) and `CallEx`.

use super::{Compiler, R};
use crate::bytecode::opcodes::{format_flags, ops};
use crate::bytecode::{Const, Reg};
use rustpython_parser::ast::{self, Ranged};

impl<'a, 'b> Compiler<'a, 'b> {
    pub fn call(&mut self, c: &'a ast::ExprCall, dst: Reg) -> R {
        if c.keywords.iter().any(|k| k.arg.as_deref() == Some("__debug__")) {
            return Err(self.error("cannot assign to __debug__", c));
        }
        self.check_keywords(&c.keywords)?;
        let simple = !c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) && c.keywords.iter().all(|k| k.arg.is_some());
        if !simple {
            let func = self.temp()?;
            self.expr_to(&c.func, func)?;
            return self.call_ex(c, func, &c.args, &c.keywords, dst);
        }
        if let ast::Expr::Attribute(attr) = &*c.func {
            // obj.m(args): LoadMethod + CallMethod.
            let base = self.temps(2)?;
            let m = self.mark();
            let obj = self.expr(&attr.value)?;
            let name = self.add_name(&self.mangle(&attr.attr))?;
            let ic = self.ic();
            self.set_loc(attr);
            self.emit(ops::LoadMethod { dst: base, obj, name, ic });
            self.release(m);
            let argc = self.call_args(&c.args, &c.keywords)?;
            self.set_loc(c);
            if c.keywords.is_empty() {
                self.emit(ops::CallMethod { dst, base, argc });
            } else {
                self.emit(ops::CallMethodKw { dst, base, argc });
            }
            return Ok(());
        }
        let func = self.temp()?;
        self.expr_to(&c.func, func)?;
        let argc = self.call_args(&c.args, &c.keywords)?;
        self.set_loc(c);
        if c.keywords.is_empty() {
            self.emit(ops::Call { dst, func, argc });
        } else {
            self.emit(ops::CallKw { dst, func, argc });
        }
        Ok(())
    }

    /// Evaluates positional then keyword arguments into the next registers
    /// (followed by the keyword-names tuple when there are keywords);
    /// returns the argument count.
    fn call_args(&mut self, args: &'a [ast::Expr], keywords: &'a [ast::Keyword]) -> R<u16> {
        let n = args.len() + keywords.len();
        let extra = u32::from(!keywords.is_empty());
        let base = self.temps(n as u32 + extra)?;
        for (i, a) in args.iter().enumerate() {
            self.expr_to(a, base + i as Reg)?;
        }
        for (i, k) in keywords.iter().enumerate() {
            self.expr_to(&k.value, base + (args.len() + i) as Reg)?;
        }
        if !keywords.is_empty() {
            let names = keywords.iter().map(|k| Const::Str(k.arg.as_ref().expect("keyword").to_string())).collect();
            self.load_const(Const::Tuple(names), base + n as Reg)?;
        }
        Ok(n as u16)
    }

    /// `dst = func(*args, **kwargs)` with the arguments as written.
    pub fn call_ex(
        &mut self,
        node: &ast::ExprCall,
        func: Reg,
        args: &'a [ast::Expr],
        keywords: &'a [ast::Keyword],
        dst: Reg,
    ) -> R {
        let argt = self.temp()?;
        let kw = self.temp()?;
        self.args_tuple(args, argt)?;
        self.kwargs_dict(keywords, func, kw)?;
        self.set_loc(node);
        self.emit(ops::CallEx { dst, func, args: argt, kwargs: kw });
        Ok(())
    }

    /// The positional arguments (possibly starred) as a tuple in `dst`.
    pub fn args_tuple(&mut self, args: &'a [ast::Expr], dst: Reg) -> R {
        if let [ast::Expr::Starred(s)] = args {
            // `f(*x)`: x goes to CallEx as is (CPython: CALL_FUNCTION_EX
            // converts it, naming the callee when x is not iterable).
            return self.expr_to(&s.value, dst);
        }
        let has_star = args.iter().any(|a| matches!(a, ast::Expr::Starred(_)));
        if !has_star {
            let base = self.exprs_to_window(args)?;
            self.emit(ops::BuildTuple { dst, first: base, count: args.len() as u16 });
            return Ok(());
        }
        let list = self.temp()?;
        self.build_list_incrementally(args, list)?;
        self.emit(ops::ListToTuple { dst, src: list });
        Ok(())
    }

    /// The keyword arguments as a dict in `dst`, or None when there are none.
    fn kwargs_dict(&mut self, keywords: &'a [ast::Keyword], func: Reg, dst: Reg) -> R {
        if keywords.is_empty() {
            return self.load_none(dst);
        }
        let mut have_map = false;
        let mut i = 0;
        while i < keywords.len() {
            let m = self.mark();
            if keywords[i].arg.is_some() {
                let mut j = i;
                while j < keywords.len() && keywords[j].arg.is_some() {
                    j += 1;
                }
                let run = &keywords[i..j];
                let base = self.temps(2 * run.len() as u32)?;
                for (n, k) in run.iter().enumerate() {
                    let name = k.arg.as_ref().expect("keyword").to_string();
                    self.load_const(Const::Str(name), base + 2 * n as Reg)?;
                    self.expr_to(&k.value, base + 2 * n as Reg + 1)?;
                }
                if have_map {
                    let t = self.temp()?;
                    self.emit(ops::BuildMap { dst: t, first: base, count: run.len() as u16 });
                    self.emit(ops::DictMerge { map: dst, src: t, func });
                } else {
                    self.emit(ops::BuildMap { dst, first: base, count: run.len() as u16 });
                    have_map = true;
                }
                i = j;
            } else {
                if !have_map {
                    self.emit(ops::BuildMap { dst, first: dst, count: 0 });
                    have_map = true;
                }
                let v = self.expr(&keywords[i].value)?;
                self.set_loc(&keywords[i]);
                self.emit(ops::DictMerge { map: dst, src: v, func });
                i += 1;
            }
            self.release(m);
        }
        Ok(())
    }

    /// Compiler checks on keyword arguments.
    pub fn check_keywords(&self, keywords: &[ast::Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", k));
            }
            for other in &keywords[i + 1..] {
                if other.arg.as_ref() == Some(name) {
                    return Err(self.error(format!("keyword argument repeated: {name}"), other));
                }
            }
        }
        Ok(())
    }

    // --------------------------------------------------------------- f-strings

    pub fn fstring(&mut self, e: &'a ast::Expr, dst: Reg) -> R {
        match e {
            ast::Expr::FormattedValue(f) => self.formatted_value(f, dst),
            ast::Expr::JoinedStr(j) => {
                let parts = &j.values;
                if parts.is_empty() {
                    return self.load_const(Const::Str(String::new()), dst);
                }
                if parts.len() == 1 {
                    return match &parts[0] {
                        ast::Expr::FormattedValue(f) => self.formatted_value(f, dst),
                        p => self.expr_to(p, dst),
                    };
                }
                let base = self.temps(parts.len() as u32)?;
                for (i, p) in parts.iter().enumerate() {
                    match p {
                        ast::Expr::FormattedValue(f) => self.formatted_value(f, base + i as Reg)?,
                        p => self.expr_to(p, base + i as Reg)?,
                    }
                }
                self.set_loc(e);
                self.emit(ops::BuildString { dst, first: base, count: parts.len() as u16 });
                Ok(())
            }
            _ => self.expr_to(e, dst),
        }
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue, dst: Reg) -> R {
        let src = self.expr(&f.value)?;
        let mut flags = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => format_flags::CONV_STR,
            ast::ConversionFlag::Repr => format_flags::CONV_REPR,
            ast::ConversionFlag::Ascii => format_flags::CONV_ASCII,
        };
        let spec = match &f.format_spec {
            Some(s) => {
                flags |= format_flags::HAS_SPEC;
                let t = self.temp()?;
                self.fstring(s, t)?;
                t
            }
            None => src,
        };
        self.set_loc(f);
        self.emit(ops::FormatValue { dst, src, spec, flags });
        Ok(())
    }

    /// A keyword's range, for errors.
    #[allow(dead_code)]
    pub fn keyword_range(k: &ast::Keyword) -> (u32, u32) {
        (k.start().to_u32(), k.end().to_u32())
    }
}
