//! Constant folding, where CPython 3.11's AST optimizer folds (and with its
//! size limits): unary operators and binary operators on constants, tuples
//! of constants, and subscripts of constants. Anything that could raise, or
//! whose exact result is not obviously the same as CPython's, is left for
//! run time.

use super::codegen::expr_const_from_ast as const_from_ast;
use crate::bytecode::Const;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use rustpython_parser::ast;

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// The constant value of `e`, if it folds to one.
pub fn fold_expr(e: &ast::Expr) -> Option<Const> {
    use ast::Expr as E;
    match e {
        E::Constant(c) => Some(const_from_ast(&c.value)),
        E::UnaryOp(u) => {
            let v = fold_operand(&u.operand)?;
            fold_unary(u.op, &v)
        }
        E::BinOp(b) => {
            let l = fold_operand(&b.left)?;
            let r = fold_operand(&b.right)?;
            fold_binop(b.op, &l, &r)
        }
        E::Tuple(t) if t.ctx == ast::ExprContext::Load => fold_elts(&t.elts).map(Const::Tuple),
        E::Subscript(s) if s.ctx == ast::ExprContext::Load => {
            let v = fold_operand(&s.value)?;
            let k = fold_operand(&s.slice)?;
            fold_subscript(&v, &k)
        }
        _ => None,
    }
}

/// Only recurse into node kinds that can fold: keeps long non-constant
/// chains cheap.
fn fold_operand(e: &ast::Expr) -> Option<Const> {
    match e {
        ast::Expr::Constant(_) | ast::Expr::UnaryOp(_) | ast::Expr::BinOp(_) | ast::Expr::Tuple(_) | ast::Expr::Subscript(_) => {
            fold_expr(e)
        }
        _ => None,
    }
}

/// All elements as constants (no starred elements).
pub fn fold_elts(elts: &[ast::Expr]) -> Option<Vec<Const>> {
    elts.iter().map(fold_operand).collect()
}

/// The truth value of a constant.
pub fn const_truth(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Ellipsis => true,
        Const::Int(i) => !i.is_zero(),
        Const::Float(f) => *f != 0.0,
        Const::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::FrozenSet(t) => !t.is_empty(),
        Const::Code(_) => true,
    })
}

/// An int-like constant (bools are ints).
fn as_int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(i.clone()),
        Const::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

/// A float value for mixed arithmetic: floats, and ints that convert exactly.
fn as_float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        _ => {
            let i = as_int(c)?.to_i64()?;
            if i.unsigned_abs() <= (1u64 << 53) {
                Some(i as f64)
            } else {
                None
            }
        }
    }
}

fn as_complex(c: &Const) -> Option<(f64, f64)> {
    match c {
        Const::Complex { re, im } => Some((*re, *im)),
        _ => Some((as_float(c)?, 0.0)),
    }
}

fn is_num(c: &Const) -> bool {
    matches!(c, Const::Int(_) | Const::Bool(_) | Const::Float(_) | Const::Complex { .. })
}

fn num_bits(i: &BigInt) -> u64 {
    i.bits()
}

fn float_result(f: f64) -> Option<Const> {
    if f.is_finite() {
        Some(Const::Float(f))
    } else {
        None
    }
}

fn fold_unary(op: ast::UnaryOp, v: &Const) -> Option<Const> {
    match op {
        ast::UnaryOp::Not => Some(Const::Bool(!const_truth(v)?)),
        ast::UnaryOp::USub => match v {
            Const::Float(f) => Some(Const::Float(-f)),
            Const::Complex { re, im } => Some(Const::Complex { re: -re, im: -im }),
            _ => Some(Const::Int(-as_int(v)?)),
        },
        ast::UnaryOp::UAdd => match v {
            Const::Float(_) | Const::Complex { .. } => Some(v.clone()),
            _ => Some(Const::Int(as_int(v)?)),
        },
        ast::UnaryOp::Invert => Some(Const::Int(!as_int(v)?)),
    }
}

fn fold_binop(op: ast::Operator, l: &Const, r: &Const) -> Option<Const> {
    use ast::Operator as O;
    // Sequences.
    match (op, l, r) {
        (O::Add, Const::Str(a), Const::Str(b)) => return Some(Const::Str(format!("{a}{b}"))),
        (O::Add, Const::Bytes(a), Const::Bytes(b)) => return Some(Const::Bytes([a.as_slice(), b].concat())),
        (O::Add, Const::Tuple(a), Const::Tuple(b)) => {
            return Some(Const::Tuple(a.iter().chain(b).cloned().collect()));
        }
        (O::Mult, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), _) => return repeat(l, r),
        (O::Mult, _, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)) => return repeat(r, l),
        _ => {}
    }
    if !is_num(l) || !is_num(r) {
        return None;
    }
    // Integers (and bools).
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        let both_bool = matches!((l, r), (Const::Bool(_), Const::Bool(_)));
        return match op {
            O::Add => Some(Const::Int(a + b)),
            O::Sub => Some(Const::Int(a - b)),
            O::Mult => {
                if !a.is_zero() && !b.is_zero() && num_bits(&a) + num_bits(&b) > MAX_INT_SIZE {
                    return None;
                }
                Some(Const::Int(a * b))
            }
            O::FloorDiv => (!b.is_zero()).then(|| Const::Int(a.div_floor(&b))),
            O::Mod => (!b.is_zero()).then(|| Const::Int(a.mod_floor(&b))),
            O::Div => {
                if b.is_zero() {
                    return None;
                }
                let (x, y) = (a.to_i64()?, b.to_i64()?);
                if x.unsigned_abs() > (1 << 53) || y.unsigned_abs() > (1 << 53) {
                    return None;
                }
                float_result(x as f64 / y as f64)
            }
            O::Pow => {
                if b.is_negative() {
                    if a.is_zero() {
                        return None;
                    }
                    let (x, y) = (as_float(l)?, b.to_i32()?);
                    if x <= 0.0 {
                        return None;
                    }
                    return float_result(x.powf(y as f64));
                }
                if !a.is_zero() && !b.is_zero() {
                    let wbits = b.to_u64()?;
                    if num_bits(&a) > MAX_INT_SIZE / wbits {
                        return None;
                    }
                }
                Some(Const::Int(num_traits::pow::pow(a, b.to_usize()?)))
            }
            O::LShift => {
                if b.is_negative() {
                    return None;
                }
                if !a.is_zero() && !b.is_zero() {
                    let wbits = b.to_u64()?;
                    if wbits > MAX_INT_SIZE || num_bits(&a) > MAX_INT_SIZE - wbits {
                        return None;
                    }
                }
                Some(Const::Int(a << b.to_usize()?))
            }
            O::RShift => {
                if b.is_negative() {
                    return None;
                }
                match b.to_usize() {
                    Some(n) => Some(Const::Int(a >> n)),
                    None => Some(Const::Int(if a.is_negative() { BigInt::from(-1) } else { BigInt::zero() })),
                }
            }
            O::BitAnd if both_bool => Some(Const::Bool(!(a & b).is_zero())),
            O::BitOr if both_bool => Some(Const::Bool(!(a | b).is_zero())),
            O::BitXor if both_bool => Some(Const::Bool(!(a ^ b).is_zero())),
            O::BitAnd => Some(Const::Int(a & b)),
            O::BitOr => Some(Const::Int(a | b)),
            O::BitXor => Some(Const::Int(a ^ b)),
            O::MatMult => None,
        };
    }
    // Floats (one side may be an exactly convertible int).
    if !matches!(l, Const::Complex { .. }) && !matches!(r, Const::Complex { .. }) {
        let (x, y) = (as_float(l)?, as_float(r)?);
        return match op {
            O::Add => float_result(x + y),
            O::Sub => float_result(x - y),
            O::Mult => float_result(x * y),
            O::Div => {
                if y == 0.0 {
                    None
                } else {
                    float_result(x / y)
                }
            }
            O::FloorDiv | O::Mod => {
                if y == 0.0 || !x.is_finite() || !y.is_finite() {
                    return None;
                }
                let (div, m) = crate::format::floatops::div_mod(x, y);
                float_result(if op == O::FloorDiv { div } else { m })
            }
            O::Pow => {
                if x > 0.0 && x.is_finite() && y.is_finite() {
                    float_result(x.powf(y))
                } else {
                    None
                }
            }
            _ => None,
        };
    }
    // Complex.
    let (a, b) = as_complex(l)?;
    let (c, d) = as_complex(r)?;
    let (re, im) = match op {
        O::Add => (a + c, b + d),
        O::Sub => (a - c, b - d),
        O::Mult => (a * c - b * d, a * d + b * c),
        _ => return None,
    };
    if re.is_finite() && im.is_finite() {
        Some(Const::Complex { re, im })
    } else {
        None
    }
}

fn repeat(seq: &Const, n: &Const) -> Option<Const> {
    let n = as_int(n)?.to_i64()?;
    match seq {
        Const::Str(s) => {
            let len = s.chars().count();
            if len > 0 && (n < 0 || n as usize > MAX_STR_SIZE / len) {
                return None;
            }
            Some(Const::Str(s.repeat(n.max(0) as usize)))
        }
        Const::Bytes(b) => {
            if !b.is_empty() && (n < 0 || n as usize > MAX_STR_SIZE / b.len()) {
                return None;
            }
            Some(Const::Bytes(b.repeat(n.max(0) as usize)))
        }
        Const::Tuple(t) => {
            if !t.is_empty() {
                if n < 0 || n as usize > MAX_COLLECTION_SIZE / t.len() {
                    return None;
                }
                if n > 0 && complexity(t) > MAX_TOTAL_ITEMS / n as usize {
                    return None;
                }
            }
            let mut out = Vec::new();
            for _ in 0..n.max(0) {
                out.extend(t.iter().cloned());
            }
            Some(Const::Tuple(out))
        }
        _ => None,
    }
}

fn complexity(t: &[Const]) -> usize {
    t.iter()
        .map(|c| match c {
            Const::Tuple(x) | Const::FrozenSet(x) => 1 + complexity(x),
            _ => 1,
        })
        .sum()
}

fn fold_subscript(v: &Const, k: &Const) -> Option<Const> {
    let i = match k {
        Const::Int(_) | Const::Bool(_) => as_int(k)?.to_i64()?,
        _ => return None,
    };
    let index = |len: usize| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    match v {
        Const::Str(s) => {
            // Only ASCII: indexing by code point is then indexing by byte.
            if !s.is_ascii() {
                return None;
            }
            let j = index(s.len())?;
            Some(Const::Str(s[j..j + 1].to_owned()))
        }
        Const::Bytes(b) => Some(Const::Int(BigInt::from(b[index(b.len())?]))),
        Const::Tuple(t) => Some(t[index(t.len())?].clone()),
        _ => None,
    }
}
