//! Tests of the `math` module through its Python-level functions.

use crate::object::float::new_float;
use crate::object::int::{new_bigint, new_int};
use crate::object::{protocol, PyRef};

fn call(name: &str, args: &[PyRef]) -> String {
    crate::runtime::init_for_tests();
    let m = super::math::init().unwrap();
    let f = protocol::getattr_str(&m, name).unwrap();
    let a: Vec<&crate::object::PyObject> = args.iter().map(|x| &**x).collect();
    match protocol::call(&f, &a, None) {
        Ok(r) => match crate::object::tuple::tuple_slice(&r) {
            // Tuple repr may not exist yet in this build: format it here.
            Some(items) => format!(
                "({})",
                items.iter().map(|x| protocol::repr_string(x).unwrap()).collect::<Vec<_>>().join(", ")
            ),
            None => protocol::repr_string(&r).unwrap(),
        },
        Err(e) => format!("{:?}", e),
    }
}

fn f(x: f64) -> PyRef {
    new_float(x)
}

fn i(x: i64) -> PyRef {
    new_int(x)
}

#[test]
fn float_functions() {
    assert_eq!(call("sqrt", &[i(-1)]), "ValueError: math domain error");
    assert_eq!(call("sqrt", &[f(2.0)]), "1.4142135623730951");
    assert_eq!(call("sqrt", &[]), "TypeError: math.sqrt() takes exactly one argument (0 given)");
    assert_eq!(call("sqrt", &[crate::object::str::new_str("x")]), "TypeError: must be real number, not str");
    assert_eq!(call("exp", &[i(1000)]), "OverflowError: math range error");
    assert_eq!(call("exp", &[i(-1000)]), "0.0");
    assert_eq!(call("log", &[i(0)]), "ValueError: math domain error");
    let big = new_bigint(num_traits::Pow::pow(num_bigint::BigInt::from(10), 400u32));
    assert_eq!(call("log", &[big.clone()]), "921.0340371976182");
    assert_eq!(call("log", &[big.clone(), i(10)]), "399.99999999999994");
    assert_eq!(call("log10", &[big]), "400.0");
    assert_eq!(call("log", &[i(8), i(2)]), "3.0");
    assert_eq!(call("log", &[i(1), i(1)]), "ZeroDivisionError: float division by zero");
    assert_eq!(call("pow", &[i(0), i(-1)]), "ValueError: math domain error");
    assert_eq!(call("pow", &[i(10), i(400)]), "OverflowError: math range error");
    assert_eq!(call("fmod", &[f(f64::INFINITY), i(1)]), "ValueError: math domain error");
    assert_eq!(call("gamma", &[f(0.5)]), "1.7724538509055159");
    assert_eq!(call("lgamma", &[f(-2.5)]), "-0.05624371649767457");
    assert_eq!(call("erf", &[i(1)]), "0.8427007929497149");
    assert_eq!(call("erfc", &[i(10)]), "2.088487583762545e-45");
    assert_eq!(call("asinh", &[f(1.5)]), "1.1947632172871094");
    assert_eq!(call("acosh", &[f(1.5)]), "0.9624236501192069");
    assert_eq!(call("atanh", &[f(0.5)]), "0.5493061443340548");
    assert_eq!(call("atanh", &[i(1)]), "ValueError: math domain error");
    assert_eq!(call("cbrt", &[i(27)]), "3.0000000000000004");
    assert_eq!(call("hypot", &[i(3), i(4), i(12)]), "13.0");
    assert_eq!(call("hypot", &[]), "0.0");
    assert_eq!(call("ulp", &[i(1)]), "2.220446049250313e-16");
    assert_eq!(call("nextafter", &[i(1), i(2)]), "1.0000000000000002");
    assert_eq!(call("remainder", &[i(5), i(3)]), "-1.0");
    assert_eq!(call("modf", &[f(-2.0)]), "(-0.0, -2.0)");
    assert_eq!(call("frexp", &[i(0)]), "(0.0, 0)");
    assert_eq!(call("ldexp", &[f(1.5), crate::object::int::new_bool(true)]), "3.0");
    assert_eq!(call("ldexp", &[f(1.0), f(1.5)]), "TypeError: Expected an int as second argument to ldexp.");
    assert_eq!(call("atan2", &[f(0.0), f(-0.0)]), "3.141592653589793");
    assert_eq!(call("atan2", &[i(1)]), "TypeError: atan2 expected 2 arguments, got 1");
    assert_eq!(call("degrees", &[f(std::f64::consts::PI)]), "180.0");
    assert_eq!(call("sin", &[f(1e300)]), "-0.8178819121159085");
    assert_eq!(call("floor", &[f(-0.5)]), "-1");
    assert_eq!(call("ceil", &[f(-0.5)]), "0");
    assert_eq!(call("trunc", &[crate::object::str::new_str("x")]), "TypeError: type str doesn't define __trunc__ method");
}

#[test]
fn integer_functions() {
    assert_eq!(call("factorial", &[i(25)]), "15511210043330985984000000");
    assert_eq!(call("factorial", &[i(-1)]), "ValueError: factorial() not defined for negative values");
    assert_eq!(call("factorial", &[f(1.5)]), "TypeError: 'float' object cannot be interpreted as an integer");
    assert_eq!(call("gcd", &[i(-12), i(18)]), "6");
    assert_eq!(call("gcd", &[]), "0");
    assert_eq!(call("gcd", &[i(-5)]), "5");
    assert_eq!(call("lcm", &[i(4), i(6)]), "12");
    assert_eq!(call("lcm", &[]), "1");
    assert_eq!(call("comb", &[i(10), i(3)]), "120");
    assert_eq!(call("comb", &[i(3), i(10)]), "0");
    assert_eq!(call("comb", &[i(-1), i(2)]), "ValueError: n must be a non-negative integer");
    assert_eq!(call("perm", &[i(10), i(3)]), "720");
    assert_eq!(call("perm", &[i(5)]), "120");
    assert_eq!(call("isqrt", &[i(99)]), "9");
    assert_eq!(call("isqrt", &[i(-1)]), "ValueError: isqrt() argument must be nonnegative");
    assert_eq!(call("isqrt", &[new_bigint(num_traits::Pow::pow(num_bigint::BigInt::from(10), 30u32))]), "1000000000000000");
}
