//! Specialisations of `BinaryOp` and `CompareOp` by operand type pair
//! (CPython 3.11's BINARY_OP_ADD_FLOAT, COMPARE_OP_INT_JUMP, ...): a site's
//! `BinOpCache` holds the exact types it saw and the function chosen here
//! for them. A specialised function only runs when both operands have
//! exactly the cached types; it returns `None` when these operands need the
//! generic path after all (an int result beyond a machine word, a division
//! by zero: the site counts a deopt and the generic path raises or
//! computes).

use super::{BinFn, BinOpCache, MAX_MISSES};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::float::{new_float, PyFloat, FLOAT_TYPE};
use crate::object::int::{as_int, new_bool, new_int, INT_TYPE};
use crate::object::str::STR_TYPE;
use crate::object::{PyObject, PyRef, TypeObject};

/// The value of an exact float.
#[inline(always)]
fn fv(o: &PyObject) -> f64 {
    // SAFETY: specialised functions run only on operands of the cached
    // exact types, and this one is cached for exact floats.
    unsafe { o.cast::<PyFloat>() }.value
}

/// An exact int as a machine word, if it fits.
#[inline(always)]
fn iv(o: &PyObject) -> Option<i64> {
    as_int(o)?.as_i64()
}

/// An exact int converted to float exactly (|i| <= 2**53), else None.
#[inline(always)]
fn iv_f(o: &PyObject) -> Option<f64> {
    let i = iv(o)?;
    if i.unsigned_abs() <= 1 << 53 {
        Some(i as f64)
    } else {
        None
    }
}

macro_rules! float_fns {
    ($( $name:ident, $l:ident, $r:ident, |$x:ident, $y:ident| $body:expr; )*) => {
        $( fn $name(a: &PyObject, b: &PyObject) -> Option<PyRef> {
            let $x = float_fns!(@get $l, a);
            let $y = float_fns!(@get $r, b);
            $body
        } )*
    };
    (@get f, $o:ident) => { fv($o) };
    (@get i, $o:ident) => { iv_f($o)? };
}

float_fns! {
    ff_add, f, f, |x, y| Some(new_float(x + y));
    ff_sub, f, f, |x, y| Some(new_float(x - y));
    ff_mul, f, f, |x, y| Some(new_float(x * y));
    ff_div, f, f, |x, y| if y == 0.0 { None } else { Some(new_float(x / y)) };
    fi_add, f, i, |x, y| Some(new_float(x + y));
    fi_sub, f, i, |x, y| Some(new_float(x - y));
    fi_mul, f, i, |x, y| Some(new_float(x * y));
    fi_div, f, i, |x, y| if y == 0.0 { None } else { Some(new_float(x / y)) };
    if_add, i, f, |x, y| Some(new_float(x + y));
    if_sub, i, f, |x, y| Some(new_float(x - y));
    if_mul, i, f, |x, y| Some(new_float(x * y));
    if_div, i, f, |x, y| if y == 0.0 { None } else { Some(new_float(x / y)) };
}

macro_rules! int_fns {
    ($( $name:ident, |$x:ident, $y:ident| $body:expr; )*) => {
        $( fn $name(a: &PyObject, b: &PyObject) -> Option<PyRef> {
            let $x = iv(a)?;
            let $y = iv(b)?;
            Some(new_int($body))
        } )*
    };
}

int_fns! {
    ii_add, |x, y| x.checked_add(y)?;
    ii_sub, |x, y| x.checked_sub(y)?;
    ii_mul, |x, y| x.checked_mul(y)?;
    ii_floordiv, |x, y| {
        if y == 0 { return None; }
        let q = x.checked_div(y)?;
        if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }
    };
    ii_mod, |x, y| {
        if y == 0 { return None; }
        let r = x.checked_rem(y)?;
        if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }
    };
    ii_and, |x, y| x & y;
    ii_or, |x, y| x | y;
    ii_xor, |x, y| x ^ y;
}

fn ss_add(a: &PyObject, b: &PyObject) -> Option<PyRef> {
    crate::object::str_ops::str_concat(a, b).ok()
}

/// The specialisation of `kind` (an in-place kind specialises as its base:
/// the exact builtin types have no in-place slots) for exact operand
/// types `l` and `r`, if there is one.
pub fn specialize_binary(kind: BinOpKind, l: &TypeObject, r: &TypeObject) -> Option<BinFn> {
    let is = |t: &TypeObject, s: &TypeObject| std::ptr::eq(t, s);
    let (float, int, str_) = (&FLOAT_TYPE.0, &INT_TYPE.0, &STR_TYPE.0);
    use BinOpKind::*;
    let f: BinFn = match (kind.base(), is(l, float), is(l, int), is(r, float), is(r, int)) {
        (Add, true, _, true, _) => ff_add,
        (Sub, true, _, true, _) => ff_sub,
        (Mul, true, _, true, _) => ff_mul,
        (TrueDiv, true, _, true, _) => ff_div,
        (Add, true, _, _, true) => fi_add,
        (Sub, true, _, _, true) => fi_sub,
        (Mul, true, _, _, true) => fi_mul,
        (TrueDiv, true, _, _, true) => fi_div,
        (Add, _, true, true, _) => if_add,
        (Sub, _, true, true, _) => if_sub,
        (Mul, _, true, true, _) => if_mul,
        (TrueDiv, _, true, true, _) => if_div,
        (Add, _, true, _, true) => ii_add,
        (Sub, _, true, _, true) => ii_sub,
        (Mul, _, true, _, true) => ii_mul,
        (FloorDiv, _, true, _, true) => ii_floordiv,
        (Mod, _, true, _, true) => ii_mod,
        (And, _, true, _, true) => ii_and,
        (Or, _, true, _, true) => ii_or,
        (Xor, _, true, _, true) => ii_xor,
        (Add, _, _, _, _) if is(l, str_) && is(r, str_) => ss_add,
        _ => return None,
    };
    Some(f)
}

macro_rules! cmp_fns {
    ($( $name:ident, $get:ident, $op:tt; )*) => {
        $( fn $name(a: &PyObject, b: &PyObject) -> Option<PyRef> {
            Some(new_bool(cmp_fns!(@v $get, a) $op cmp_fns!(@v $get, b)))
        } )*
    };
    (@v f, $o:ident) => { fv($o) };
    (@v i, $o:ident) => { iv($o)? };
}

cmp_fns! {
    ff_lt, f, <; ff_le, f, <=; ff_eq, f, ==; ff_ne, f, !=; ff_gt, f, >; ff_ge, f, >=;
    ii_lt, i, <; ii_le, i, <=; ii_eq, i, ==; ii_ne, i, !=; ii_gt, i, >; ii_ge, i, >=;
}

fn ss_eq(a: &PyObject, b: &PyObject) -> Option<PyRef> {
    Some(new_bool(a.is(b) || crate::object::str::str_value(a)? == crate::object::str::str_value(b)?))
}

fn ss_ne(a: &PyObject, b: &PyObject) -> Option<PyRef> {
    Some(new_bool(!(a.is(b) || crate::object::str::str_value(a)? == crate::object::str::str_value(b)?)))
}

/// The specialisation of comparison `kind` for exact operand types.
pub fn specialize_compare(kind: CmpKind, l: &TypeObject, r: &TypeObject) -> Option<BinFn> {
    let is = |t: &TypeObject, s: &TypeObject| std::ptr::eq(t, s);
    use CmpKind::*;
    if is(l, &FLOAT_TYPE.0) && is(r, &FLOAT_TYPE.0) {
        return Some(match kind {
            Lt => ff_lt,
            Le => ff_le,
            Eq => ff_eq,
            Ne => ff_ne,
            Gt => ff_gt,
            Ge => ff_ge,
        });
    }
    if is(l, &INT_TYPE.0) && is(r, &INT_TYPE.0) {
        return Some(match kind {
            Lt => ii_lt,
            Le => ii_le,
            Eq => ii_eq,
            Ne => ii_ne,
            Gt => ii_gt,
            Ge => ii_ge,
        });
    }
    if is(l, &STR_TYPE.0) && is(r, &STR_TYPE.0) {
        return match kind {
            Eq => Some(ss_eq),
            Ne => Some(ss_ne),
            _ => None,
        };
    }
    None
}

/// Run the site's specialisation for `a`, `b` if their types match it:
/// `Some(result)` on a hit; `None` (generic path) on a miss, which
/// re-specialises the site for the new pair, or a deopt.
#[inline(always)]
pub fn run_cached(c: &mut BinOpCache, a: &PyObject, b: &PyObject, specialize: impl FnOnce(&TypeObject, &TypeObject) -> Option<BinFn>) -> Option<PyRef> {
    let (lt, rt) = (a.type_() as *const TypeObject, b.type_() as *const TypeObject);
    if c.lhs_type == lt && c.rhs_type == rt {
        let f = c.func?;
        return match f(a, b) {
            Some(v) => {
                c.counters.hits = c.counters.hits.wrapping_add(1);
                Some(v)
            }
            None => {
                c.counters.deopts = c.counters.deopts.wrapping_add(1);
                None
            }
        };
    }
    c.counters.misses = c.counters.misses.wrapping_add(1);
    if c.megamorphic == 0 {
        if c.counters.misses > MAX_MISSES {
            c.megamorphic = 1;
            c.lhs_type = std::ptr::null();
            c.rhs_type = std::ptr::null();
            c.func = None;
            return None;
        }
        c.lhs_type = lt;
        c.rhs_type = rt;
        c.func = specialize(a.type_(), b.type_());
        if let Some(f) = c.func {
            if let Some(v) = f(a, b) {
                return Some(v);
            }
            c.counters.deopts = c.counters.deopts.wrapping_add(1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::float::float_value;

    #[test]
    fn float_and_int_pairs_specialise() {
        crate::runtime::init_for_tests();
        let mut site = crate::ic::IcSite::default();
        let c = site.binop();
        let (a, b) = (new_float(1.5), new_float(2.0));
        let spec = |l: &TypeObject, r: &TypeObject| specialize_binary(BinOpKind::Mul, l, r);
        let v = run_cached(c, &a, &b, spec).unwrap();
        assert_eq!(float_value(&v), Some(3.0));
        assert_eq!(c.counters.misses, 1);
        run_cached(c, &a, &b, spec).unwrap();
        assert_eq!(c.counters.hits, 1);
        // A new pair re-specialises; overflow deopts.
        let (x, y) = (new_int(i64::MAX), new_int(2));
        assert!(run_cached(c, &x, &y, spec).is_none());
        assert_eq!(c.counters.deopts, 1);
        let z = new_float(0.0);
        let d = |l: &TypeObject, r: &TypeObject| specialize_binary(BinOpKind::TrueDiv, l, r);
        let mut site2 = crate::ic::IcSite::default();
        assert!(run_cached(site2.binop(), &a, &z, d).is_none());
        assert!(specialize_compare(CmpKind::Lt, &STR_TYPE.0, &STR_TYPE.0).is_none());
    }
}
