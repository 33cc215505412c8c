//! Safe wrappers over the platform C math library. CPython calls libm
//! directly, and Rust's standard library computes some functions itself
//! (`cbrt`, `asinh`, ...) with different last-bit results, so every
//! transcendental function of `float`, `complex` and `math` goes through
//! here to match CPython bit for bit.

mod sys {
    extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
    }
}

macro_rules! wrap1 {
    ($($name:ident),*) => {
        $(
            #[doc = concat!("C `", stringify!($name), "`.")]
            #[inline]
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C math function of a plain double.
                unsafe { sys::$name(x) }
            }
        )*
    };
}

macro_rules! wrap2 {
    ($($name:ident),*) => {
        $(
            #[doc = concat!("C `", stringify!($name), "`.")]
            #[inline]
            pub fn $name(x: f64, y: f64) -> f64 {
                // SAFETY: a pure C math function of plain doubles.
                unsafe { sys::$name(x, y) }
            }
        )*
    };
}

wrap1!(acos, acosh, asin, asinh, atan, atanh, cos, cosh, erf, erfc, exp, exp2, expm1, log, log10, log1p, log2, sin, sinh, tan, tanh);
wrap2!(atan2, hypot, nextafter, pow);

/// C `cbrt`. Rust's runtime (compiler-builtins) defines its own `cbrt`
/// symbol, which shadows the C library's at link time and differs in the
/// last bit (`cbrt(27.0)`), so the C library's is looked up dynamically.
pub fn cbrt(x: f64) -> f64 {
    type CbrtFn = unsafe extern "C" fn(f64) -> f64;
    static CBRT: std::sync::OnceLock<Option<CbrtFn>> = std::sync::OnceLock::new();
    let f = CBRT.get_or_init(|| {
        // SAFETY: dlopen/dlsym with NUL-terminated names; the returned
        // symbol, if any, is libm's `double cbrt(double)`.
        unsafe {
            let h = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_LAZY);
            if h.is_null() {
                return None;
            }
            let p = libc::dlsym(h, c"cbrt".as_ptr());
            if p.is_null() {
                None
            } else {
                Some(std::mem::transmute::<*mut libc::c_void, CbrtFn>(p))
            }
        }
    });
    match f {
        // SAFETY: a pure C math function of a plain double.
        Some(f) => unsafe { f(x) },
        None => x.cbrt(),
    }
}
