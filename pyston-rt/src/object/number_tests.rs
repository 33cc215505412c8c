//! Object-level tests of int, float, complex and bool through the protocol.

use super::header::PyRef;
use super::int::{new_bigint, new_int};
use super::float::new_float;
use super::complex::new_complex;
use super::str::{new_str, str_value};
use super::{protocol, PyResult};
use crate::bytecode::{BinOpKind, CmpKind};
use num_bigint::BigInt;

fn init() {
    crate::runtime::init_for_tests();
}

fn repr(o: &PyRef) -> String {
    protocol::repr_string(o).unwrap()
}

fn op(a: &PyRef, b: &PyRef, k: BinOpKind) -> PyResult<PyRef> {
    protocol::binary_op(a, b, k)
}

fn op_repr(a: &PyRef, b: &PyRef, k: BinOpKind) -> String {
    match op(a, b, k) {
        Ok(r) => repr(&r),
        Err(e) => format!("{:?}", e),
    }
}

fn big(s: &str) -> PyRef {
    new_bigint(s.parse::<BigInt>().unwrap())
}

fn call_type(t: &super::TypeObject, args: &[&super::PyObject]) -> PyResult<PyRef> {
    protocol::call(t.obj(), args, None)
}

#[test]
fn int_arithmetic() {
    init();
    use BinOpKind::*;
    let i = new_int;
    assert_eq!(op_repr(&i(7), &i(-2), FloorDiv), "-4");
    assert_eq!(op_repr(&i(-7), &i(2), Mod), "1");
    assert_eq!(op_repr(&i(5), &i(-2), Mod), "-1");
    assert_eq!(op_repr(&i(i64::MIN), &i(-1), FloorDiv), "9223372036854775808");
    assert_eq!(op_repr(&i(i64::MAX), &i(1), Add), "9223372036854775808");
    assert_eq!(op_repr(&i(i64::MAX), &i(i64::MAX), Mul), "85070591730234615847396907784232501249");
    assert_eq!(op_repr(&i(2), &i(100), Pow), "1267650600228229401496703205376");
    assert_eq!(op_repr(&i(2), &i(-1), Pow), "0.5");
    assert_eq!(op_repr(&i(1), &i(3), TrueDiv), "0.3333333333333333");
    assert_eq!(op_repr(&i(0), &i(-1), TrueDiv), "-0.0");
    assert_eq!(op_repr(&i(1), &i(0), TrueDiv), "ZeroDivisionError: division by zero");
    assert_eq!(op_repr(&i(1), &i(0), FloorDiv), "ZeroDivisionError: integer division or modulo by zero");
    assert_eq!(op_repr(&i(1), &i(0), Mod), "ZeroDivisionError: integer modulo by zero");
    assert_eq!(op_repr(&i(1), &i(-1), LShift), "ValueError: negative shift count");
    assert_eq!(op_repr(&i(1), &i(64), LShift), "18446744073709551616");
    assert_eq!(op_repr(&i(-1), &i(100), RShift), "-1");
    assert_eq!(op_repr(&big("-1267650600228229401496703205376"), &i(3), RShift), "-158456325028528675187087900672");
    assert_eq!(op_repr(&big("-18446744073709551616"), &big("18446744073709551615"), And), "0");
    assert_eq!(op_repr(&i(-1), &big("1180591620717411303424"), Xor), "-1180591620717411303425");
    assert_eq!(op_repr(&i(0), &i(-1), Pow), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    assert_eq!(op_repr(&i(1), &new_float(0.5), Add), "1.5");
    assert_eq!(op_repr(&big(&"9".repeat(400)), &new_float(1.0), Mul), "OverflowError: int too large to convert to float");
    // in-place forms fall back to the plain operator
    assert_eq!(op_repr(&i(3), &i(4), IAdd), "7");
}

#[test]
fn pow_modulus() {
    init();
    let p3 = |a: i64, b: i64, c: i64| -> String {
        let f = super::int::INT_TYPE.nb_power3.get().unwrap();
        match f(&new_int(a), &new_int(b), &new_int(c)) {
            Ok(r) => repr(&r),
            Err(e) => format!("{:?}", e),
        }
    };
    assert_eq!(p3(3, -1, 7), "5");
    assert_eq!(p3(-3, 2, -7), "-5");
    assert_eq!(p3(3, 2, -7), "-5");
    assert_eq!(p3(0, 0, 1), "0");
    assert_eq!(p3(2, -1, 4), "ValueError: base is not invertible for the given modulus");
    assert_eq!(p3(2, 1, 0), "ValueError: pow() 3rd argument cannot be 0");
    assert_eq!(p3(123456789, 987654321, 1000000007), "652541198");
}

#[test]
fn comparisons_and_hash() {
    init();
    let t = |a: &PyRef, b: &PyRef, k| repr(&protocol::rich_compare(a, b, k).unwrap());
    let two53p1 = big("9007199254740993");
    assert_eq!(t(&two53p1, &new_float(9007199254740992.0), CmpKind::Eq), "False");
    assert_eq!(t(&two53p1, &new_float(9007199254740992.0), CmpKind::Gt), "True");
    assert_eq!(t(&new_float(9007199254740992.0), &two53p1, CmpKind::Lt), "True");
    assert_eq!(t(&new_int(1), &new_float(f64::NAN), CmpKind::Ne), "True");
    assert_eq!(t(&new_complex(1.0, 0.0), &new_int(1), CmpKind::Eq), "True");
    assert!(protocol::rich_compare(&new_complex(1.0, 0.0), &new_int(1), CmpKind::Lt).is_err());
    let h = |o: &PyRef| protocol::hash(o).unwrap() as i64;
    assert_eq!(h(&new_int(-1)), -2);
    assert_eq!(h(&big("2305843009213693951")), 0);
    assert_eq!(h(&big("18446744073709551619")), 11);
    assert_eq!(h(&big("-18446744073709551619")), -11);
    assert_eq!(h(&new_float(1.5)), 1152921504606846977);
    assert_eq!(h(&new_float(1e300)), 1224995262755759164);
    assert_eq!(h(&new_float(5e-324)), 16777216);
    assert_eq!(h(&new_float(f64::INFINITY)), 314159);
    assert_eq!(h(&new_complex(1.5, 2.0)), 1152921504608846983);
    assert_eq!(h(&new_complex(-1.5, -2.0)), -1152921504608846983);
    let b = big("1267650600228229401496703205376");
    assert_eq!(h(&b), h(&new_float(1267650600228229401496703205376.0)));
}

#[test]
fn reprs() {
    init();
    assert_eq!(repr(&new_float(1e16)), "1e+16");
    assert_eq!(repr(&new_float(0.1)), "0.1");
    assert_eq!(repr(&new_complex(-0.0, -1.0)), "(-0-1j)");
    assert_eq!(repr(&new_complex(0.0, 2.0)), "2j");
    assert_eq!(repr(&super::int::new_bool(true)), "True");
    let r = protocol::repr(&new_bigint(num_traits::Pow::pow(BigInt::from(10), 5000u32)));
    assert!(format!("{:?}", r.unwrap_err()).contains("Exceeds the limit (4300 digits)"));
}

#[test]
fn constructors() {
    init();
    let int_t = &super::int::INT_TYPE;
    let s = |x: &str| new_str(x);
    let r = |x: PyResult<PyRef>| match x {
        Ok(v) => repr(&v),
        Err(e) => format!("{:?}", e),
    };
    assert_eq!(r(call_type(int_t, &[&s(" -12 ")])), "-12");
    assert_eq!(r(call_type(int_t, &[&s("0x1f"), &new_int(0)])), "31");
    assert_eq!(r(call_type(int_t, &[&s("12"), &new_int(1)])), "ValueError: int() base must be >= 2 and <= 36, or 0");
    assert_eq!(r(call_type(int_t, &[&new_int(1), &new_int(10)])), "TypeError: int() can't convert non-string with explicit base");
    assert_eq!(r(call_type(int_t, &[&new_float(-1.9)])), "-1");
    assert_eq!(r(call_type(int_t, &[&new_float(f64::INFINITY)])), "OverflowError: cannot convert float infinity to integer");
    assert_eq!(r(call_type(int_t, &[&new_float(1e20)])), "100000000000000000000");
    assert_eq!(r(call_type(int_t, &[])), "0");
    let f = &super::float::FLOAT_TYPE;
    assert_eq!(r(call_type(f, &[&s(" 1_0.5 ")])), "10.5");
    assert_eq!(r(call_type(f, &[&big("123456789012345678901234567890")])), "1.2345678901234568e+29");
    let c = &super::complex::COMPLEX_TYPE;
    assert_eq!(r(call_type(c, &[&s("1+2j")])), "(1+2j)");
    assert_eq!(r(call_type(c, &[&new_complex(1.0, 2.0), &new_complex(3.0, 4.0)])), "(-3+5j)");
    assert_eq!(r(call_type(c, &[&s("x")])), "ValueError: complex() arg is a malformed string");
    let b = &super::int::BOOL_TYPE;
    assert_eq!(r(call_type(b, &[&new_int(5)])), "True");
    assert_eq!(r(call_type(b, &[])), "False");
    assert!(str_value(&new_str("x")).is_some());
}
