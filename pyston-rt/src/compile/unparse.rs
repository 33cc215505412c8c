//! Expression -> source text, like CPython's ast_unparse.c: the strings
//! stored as annotations under `from __future__ import annotations`.

use crate::bytecode::dis::{py_float_repr, py_str_repr, py_bytes_repr};
use rustpython_parser::ast;

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The source text of an annotation expression.
pub fn unparse(e: &ast::Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn paren_if(out: &mut String, cond: bool, f: impl FnOnce(&mut String)) {
    if cond {
        out.push('(');
    }
    f(out);
    if cond {
        out.push(')');
    }
}

fn constant(out: &mut String, c: &ast::Constant) {
    match c {
        ast::Constant::None => out.push_str("None"),
        ast::Constant::Bool(true) => out.push_str("True"),
        ast::Constant::Bool(false) => out.push_str("False"),
        ast::Constant::Ellipsis => out.push_str("..."),
        ast::Constant::Str(s) => out.push_str(&py_str_repr(s)),
        ast::Constant::Bytes(b) => out.push_str(&py_bytes_repr(b)),
        ast::Constant::Int(i) => out.push_str(&i.to_string()),
        ast::Constant::Float(f) => {
            if f.is_infinite() {
                out.push_str(if *f > 0.0 { "1e309" } else { "-1e309" });
            } else {
                out.push_str(&py_float_repr(*f));
            }
        }
        ast::Constant::Complex { real, imag } => {
            let im = if imag.is_infinite() { "1e309".to_owned() } else { py_float_repr(*imag) };
            let im = im.strip_suffix(".0").unwrap_or(&im).to_owned();
            if *real == 0.0 && real.is_sign_positive() {
                out.push_str(&format!("{im}j"));
            } else {
                let re = py_float_repr(*real);
                let re = re.strip_suffix(".0").unwrap_or(&re).to_owned();
                let sign = if imag.is_sign_negative() { "" } else { "+" };
                out.push_str(&format!("({re}{sign}{im}j)"));
            }
        }
        ast::Constant::Tuple(t) => {
            out.push('(');
            for (i, x) in t.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant(out, x);
            }
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
    }
}

fn args(out: &mut String, a: &ast::Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let npos = a.posonlyargs.len();
    for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        sep(out);
        out.push_str(&arg.def.arg);
        if let Some(d) = &arg.default {
            out.push('=');
            expr(out, d, PR_TEST);
        }
        if i + 1 == npos {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &a.vararg {
            out.push_str(&v.arg);
        }
    }
    for arg in &a.kwonlyargs {
        sep(out);
        out.push_str(&arg.def.arg);
        if let Some(d) = &arg.default {
            out.push('=');
            expr(out, d, PR_TEST);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.arg);
    }
}

fn comprehensions(out: &mut String, gens: &[ast::Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, PR_TEST + 1);
        }
    }
}

fn fstring_body(out: &mut String, values: &[ast::Expr]) {
    for v in values {
        match v {
            ast::Expr::Constant(c) => {
                if let ast::Constant::Str(s) = &c.value {
                    out.push_str(&s.replace('{', "{{").replace('}', "}}"));
                }
            }
            ast::Expr::FormattedValue(f) => formatted_value(out, f),
            ast::Expr::JoinedStr(j) => fstring_body(out, &j.values),
            _ => {}
        }
    }
}

fn formatted_value(out: &mut String, f: &ast::ExprFormattedValue) {
    let mut inner = String::new();
    expr(&mut inner, &f.value, PR_TEST + 1);
    out.push('{');
    if inner.starts_with('{') {
        out.push(' ');
    }
    out.push_str(&inner);
    match f.conversion {
        ast::ConversionFlag::None => {}
        ast::ConversionFlag::Str => out.push_str("!s"),
        ast::ConversionFlag::Repr => out.push_str("!r"),
        ast::ConversionFlag::Ascii => out.push_str("!a"),
    }
    if let Some(spec) = &f.format_spec {
        out.push(':');
        match &**spec {
            ast::Expr::JoinedStr(j) => fstring_body(out, &j.values),
            other => fstring_body(out, std::slice::from_ref(other)),
        }
    }
    out.push('}');
}

fn expr(out: &mut String, e: &ast::Expr, level: u8) {
    use ast::Expr as E;
    match e {
        E::BoolOp(b) => {
            let (op, pr) = match b.op {
                ast::BoolOp::And => (" and ", PR_AND),
                ast::BoolOp::Or => (" or ", PR_OR),
            };
            paren_if(out, level > pr, |out| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(op);
                    }
                    expr(out, v, pr + 1);
                }
            });
        }
        E::NamedExpr(n) => paren_if(out, level > PR_TUPLE, |out| {
            expr(out, &n.target, PR_ATOM);
            out.push_str(" := ");
            expr(out, &n.value, PR_ATOM);
        }),
        E::BinOp(b) => {
            use ast::Operator as O;
            let (op, pr) = match b.op {
                O::Add => (" + ", PR_ARITH),
                O::Sub => (" - ", PR_ARITH),
                O::Mult => (" * ", PR_TERM),
                O::MatMult => (" @ ", PR_TERM),
                O::Div => (" / ", PR_TERM),
                O::Mod => (" % ", PR_TERM),
                O::LShift => (" << ", PR_SHIFT),
                O::RShift => (" >> ", PR_SHIFT),
                O::BitOr => (" | ", PR_BOR),
                O::BitXor => (" ^ ", PR_BXOR),
                O::BitAnd => (" & ", PR_BAND),
                O::FloorDiv => (" // ", PR_TERM),
                O::Pow => (" ** ", PR_POWER),
            };
            let rassoc = u8::from(b.op == O::Pow);
            paren_if(out, level > pr, |out| {
                expr(out, &b.left, pr + rassoc);
                out.push_str(op);
                expr(out, &b.right, pr + 1 - rassoc);
            });
        }
        E::UnaryOp(u) => {
            let (op, pr) = match u.op {
                ast::UnaryOp::Invert => ("~", PR_FACTOR),
                ast::UnaryOp::Not => ("not ", PR_NOT),
                ast::UnaryOp::UAdd => ("+", PR_FACTOR),
                ast::UnaryOp::USub => ("-", PR_FACTOR),
            };
            paren_if(out, level > pr, |out| {
                out.push_str(op);
                expr(out, &u.operand, pr);
            });
        }
        E::Lambda(l) => paren_if(out, level > PR_TEST, |out| {
            let mut a = String::new();
            args(&mut a, &l.args);
            if a.is_empty() {
                out.push_str("lambda: ");
            } else {
                out.push_str("lambda ");
                out.push_str(&a);
                out.push_str(": ");
            }
            expr(out, &l.body, PR_TEST);
        }),
        E::IfExp(i) => paren_if(out, level > PR_TEST, |out| {
            expr(out, &i.body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, &i.test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, &i.orelse, PR_TEST);
        }),
        E::Dict(d) => {
            out.push('{');
            for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_BOR);
                    }
                }
            }
            out.push('}');
        }
        E::Set(s) => {
            if s.elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                seq(out, &s.elts);
                out.push('}');
            }
        }
        E::ListComp(c) => {
            out.push('[');
            expr(out, &c.elt, PR_TEST);
            comprehensions(out, &c.generators);
            out.push(']');
        }
        E::SetComp(c) => {
            out.push('{');
            expr(out, &c.elt, PR_TEST);
            comprehensions(out, &c.generators);
            out.push('}');
        }
        E::DictComp(c) => {
            out.push('{');
            expr(out, &c.key, PR_TEST);
            out.push_str(": ");
            expr(out, &c.value, PR_TEST);
            comprehensions(out, &c.generators);
            out.push('}');
        }
        E::GeneratorExp(c) => {
            out.push('(');
            expr(out, &c.elt, PR_TEST);
            comprehensions(out, &c.generators);
            out.push(')');
        }
        E::Await(a) => paren_if(out, level > PR_AWAIT, |out| {
            out.push_str("await ");
            expr(out, &a.value, PR_ATOM);
        }),
        E::Yield(y) => match &y.value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, PR_TEST);
                out.push(')');
            }
        },
        E::YieldFrom(y) => {
            out.push_str("(yield from ");
            expr(out, &y.value, PR_TEST);
            out.push(')');
        }
        E::Compare(c) => paren_if(out, level > PR_CMP, |out| {
            expr(out, &c.left, PR_CMP + 1);
            for (op, right) in c.ops.iter().zip(&c.comparators) {
                use ast::CmpOp as C;
                out.push_str(match op {
                    C::Eq => " == ",
                    C::NotEq => " != ",
                    C::Lt => " < ",
                    C::LtE => " <= ",
                    C::Gt => " > ",
                    C::GtE => " >= ",
                    C::Is => " is ",
                    C::IsNot => " is not ",
                    C::In => " in ",
                    C::NotIn => " not in ",
                });
                expr(out, right, PR_CMP + 1);
            }
        }),
        E::Call(c) => {
            expr(out, &c.func, PR_ATOM);
            if c.args.len() == 1 && c.keywords.is_empty() && matches!(&c.args[0], E::GeneratorExp(_)) {
                expr(out, &c.args[0], PR_TEST);
                return;
            }
            out.push('(');
            let mut first = true;
            for a in &c.args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, PR_TEST);
            }
            for k in &c.keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, PR_TEST);
            }
            out.push(')');
        }
        E::FormattedValue(f) => {
            let mut body = String::new();
            formatted_value(&mut body, f);
            out.push('f');
            out.push_str(&py_str_repr(&body));
        }
        E::JoinedStr(j) => {
            let mut body = String::new();
            fstring_body(&mut body, &j.values);
            out.push('f');
            out.push_str(&py_str_repr(&body));
        }
        E::Constant(c) => {
            if let Some(k) = &c.kind {
                out.push_str(k);
            }
            constant(out, &c.value);
        }
        E::Attribute(a) => {
            expr(out, &a.value, PR_ATOM);
            let int_const = matches!(&*a.value, E::Constant(c) if matches!(c.value, ast::Constant::Int(_)));
            out.push_str(if int_const { " ." } else { "." });
            out.push_str(&a.attr);
        }
        E::Subscript(s) => {
            expr(out, &s.value, PR_ATOM);
            out.push('[');
            match &*s.slice {
                E::Tuple(t) if !t.elts.is_empty() => {
                    for (i, x) in t.elts.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        expr(out, x, PR_TEST);
                    }
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => expr(out, other, PR_TUPLE),
            }
            out.push(']');
        }
        E::Starred(s) => {
            out.push('*');
            expr(out, &s.value, PR_BOR);
        }
        E::Name(n) => out.push_str(&n.id),
        E::List(l) => {
            out.push('[');
            seq(out, &l.elts);
            out.push(']');
        }
        E::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
                return;
            }
            paren_if(out, level > PR_TUPLE, |out| {
                seq(out, &t.elts);
                if t.elts.len() == 1 {
                    out.push(',');
                }
            });
        }
        E::Slice(s) => {
            if let Some(l) = &s.lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = &s.upper {
                expr(out, u, PR_TEST);
            }
            if let Some(st) = &s.step {
                out.push(':');
                expr(out, st, PR_TEST);
            }
        }
    }
}

fn seq(out: &mut String, elts: &[ast::Expr]) {
    for (i, x) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, PR_TEST);
    }
}
