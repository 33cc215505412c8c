//! `int` construction (`int(x)`, `int(str, base)` with CPython's literal
//! rules), decimal conversion with the 4300-digit limit, `repr`, and the
//! named methods (`bit_length`, `to_bytes`, `__round__`, ...).

use super::args::{nkw, Params};
use super::exceptions::{type_error, value_error, PyErr};
use super::float::{float_value, float_to_int_object};
use super::header::{PyObject, PyRef};
use super::int::{as_int, new_bigint, new_int, new_int_of_type, INT_TYPE};
use super::int_ops::{int_pos, int_val, mod_vals, sub_vals, IntVal};
use super::str::{new_str, str_value};
use super::typeobj::{method_flags, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};
use std::sync::atomic::{AtomicUsize, Ordering};

// ---------------------------------------------------------------------------
// The int <-> str digit limit (sys.set_int_max_str_digits)

/// CPython's default limit.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest nonzero limit accepted.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()` (0: unlimited).
pub fn get_int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)` with CPython's validation.
pub fn set_int_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < MAX_STR_DIGITS_THRESHOLD as i64 {
        return Err(value_error(format!("maxdigits must be 0 or larger than {}", MAX_STR_DIGITS_THRESHOLD)));
    }
    MAX_STR_DIGITS.store(n as usize, Ordering::Relaxed);
    Ok(())
}

#[cold]
fn str_limit_error() -> PyErr {
    value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        get_int_max_str_digits()
    ))
}

/// Decimal text of an int value, honouring the digit limit.
pub fn int_to_decimal_string(v: IntVal) -> PyResult<String> {
    match v {
        IntVal::Small(s) => Ok(s.to_string()),
        IntVal::Big(b) => {
            let limit = get_int_max_str_digits();
            if limit > 0 {
                // A b-bit number has at least floor((b-1)*log10(2))+1 digits.
                let min_digits = ((b.bits() - 1) as f64 * std::f64::consts::LOG10_2).floor() as usize + 1;
                if min_digits > limit {
                    return Err(str_limit_error());
                }
            }
            let s = b.to_string();
            let ndigits = s.len() - (b.sign() == Sign::Minus) as usize;
            if limit > 0 && ndigits > limit {
                return Err(str_limit_error());
            }
            Ok(s)
        }
    }
}

/// `bin`/`oct`/`hex` text of an int value (`-0x1f`); base 2, 8 or 16.
pub fn int_to_base_string(v: IntVal, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let neg = v.is_negative();
    let digits = match v {
        IntVal::Small(s) => match base {
            2 => format!("{:b}", s.unsigned_abs()),
            8 => format!("{:o}", s.unsigned_abs()),
            16 => format!("{:x}", s.unsigned_abs()),
            _ => s.unsigned_abs().to_string(),
        },
        IntVal::Big(b) => b.magnitude().to_str_radix(base),
    };
    format!("{}{}{}", if neg { "-" } else { "" }, prefix, digits)
}

pub fn int_repr(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(int_to_decimal_string(int_val(o).expect("int"))?))
}

pub fn bool_repr(o: &PyObject) -> PyResult<PyRef> {
    let t = !int_val(o).expect("bool").is_zero();
    Ok(super::str::intern(if t { "True" } else { "False" }))
}

// ---------------------------------------------------------------------------
// Parsing

/// Why a literal failed to parse.
#[derive(Debug, PartialEq)]
pub enum IntParseError {
    /// `invalid literal for int() with base N: ...`
    Invalid,
    /// Too many digits for a non-power-of-two base (count given).
    TooManyDigits(usize),
}

/// Parse int text in `base` (0 or 2..=36) with CPython's rules (the
/// formatting library's parser) and the current digit limit.
pub fn parse_int_text(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    use crate::format::IntParseError as E;
    match crate::format::parse_int_limited(s, base, get_int_max_str_digits()) {
        Ok(v) => Ok(v),
        Err(E::TooManyDigits { digits, .. }) => Err(IntParseError::TooManyDigits(digits)),
        Err(_) => Err(IntParseError::Invalid),
    }
}

/// `int(text, base)` with CPython's errors; `orig` is the original object
/// (its repr, cut to 200 characters, goes into the message).
pub fn int_from_text(text: &str, base: u32, orig: &PyObject) -> PyResult<BigInt> {
    match parse_int_text(text, base) {
        Ok(v) => Ok(v),
        Err(IntParseError::TooManyDigits(n)) => Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            get_int_max_str_digits(),
            n
        ))),
        Err(IntParseError::Invalid) => {
            let r = super::protocol::repr_string(orig)?;
            let r: String = r.chars().take(200).collect();
            Err(value_error(format!("invalid literal for int() with base {}: {}", base, r)))
        }
    }
}

/// `int(s, base)` for a str object.
pub fn int_from_str_obj(o: &PyObject, base: u32) -> PyResult<BigInt> {
    int_from_text(str_value(o).expect("str"), base, o)
}

/// The bytes of a `bytes`/`bytearray` object (copied), if `o` is one.
pub fn bytes_like_data(o: &PyObject) -> Option<Vec<u8>> {
    if o.is_instance_of(&super::bytes::BYTES_TYPE) {
        // SAFETY: bytes and its subclasses are laid out as PyBytes.
        return Some(unsafe { o.cast::<super::bytes::PyBytes>() }.data.to_vec());
    }
    None
}

/// Bytes as parser text: non-ASCII bytes become a character no parser accepts.
fn bytes_text(b: &[u8]) -> String {
    b.iter().map(|&c| if c < 128 { c as char } else { '\u{fffd}' }).collect()
}

/// Look up `name` on the type of `o` (like `_PyObject_LookupSpecial`), bind
/// it and call it with no arguments; Ok(None) when the type lacks it.
pub fn call_special_method(o: &PyObject, name: &str) -> PyResult<Option<PyRef>> {
    let t = o.type_();
    let Some(d) = t.lookup_str(name).map(|d| d.to_ref()) else {
        return Ok(None);
    };
    let bound = match d.type_().tp_descr_get.get() {
        Some(get) => get(&d, Some(o), Some(t.obj()))?,
        None => d,
    };
    super::protocol::call0(&bound).map(Some)
}

/// `int(x)` (`PyNumber_Long`): the value as an exact int object.
pub fn number_long(x: &PyObject) -> PyResult<PyRef> {
    if as_int(x).is_some() {
        return int_pos(x);
    }
    if let Some(f) = float_value(x) {
        return float_to_int_object(f);
    }
    let t = x.type_();
    if let Some(f) = t.nb_int.get() {
        let r = f(x)?;
        if as_int(&r).is_none() {
            return Err(type_error(format!("__int__ returned non-int (type {})", r.type_().name())));
        }
        return int_pos(&r);
    }
    if t.nb_index.get().is_some() {
        let r = super::protocol::index(x)?;
        return int_pos(&r);
    }
    if let Some(r) = call_special_method(x, "__trunc__")? {
        if as_int(&r).is_some() {
            return int_pos(&r);
        }
        if r.type_().nb_index.get().is_none() {
            return Err(type_error(format!("__trunc__ returned non-Integral (type {})", r.type_().name())));
        }
        let i = super::protocol::index(&r)?;
        return int_pos(&i);
    }
    if str_value(x).is_some() {
        return Ok(new_bigint(int_from_str_obj(x, 10)?));
    }
    if let Some(b) = bytes_like_data(x) {
        return Ok(new_bigint(int_from_text(&bytes_text(&b), 10, x)?));
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        t.name()
    )))
}

/// `int.__new__(cls, x=0, /, base=10)`
pub fn int_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params { fname: "int", names: &["x", "base"], required: 0, posonly: 1, kwonly: 2 };
    if args.len() > 2 {
        return Err(type_error(format!("int() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut out: [Option<&PyObject>; 2] = [None, None];
    P.parse(args, kwnames, &mut out)?;
    let value = match (out[0], out[1]) {
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (None, None) => new_int(0),
        (Some(x), None) => number_long(x)?,
        (Some(x), Some(b)) => {
            let b = super::protocol::index(b)?;
            let base = match int_val(&b).expect("int") {
                IntVal::Small(v) if v == 0 || (2..=36).contains(&v) => v as u32,
                _ => return Err(value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            if str_value(x).is_some() {
                new_bigint(int_from_str_obj(x, base)?)
            } else if let Some(data) = bytes_like_data(x) {
                new_bigint(int_from_text(&bytes_text(&data), base, x)?)
            } else {
                return Err(type_error("int() can't convert non-string with explicit base"));
            }
        }
    };
    if std::ptr::eq(t, &INT_TYPE.0) {
        return Ok(value);
    }
    let _ = nkw;
    Ok(new_int_of_type(t, int_val(&value).expect("int").to_bigint()))
}

/// `bool.__new__(cls, x=False, /)`
pub fn bool_new(_t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    if nkw(kwnames) > 0 {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    super::args::check_positional("bool", args.len(), 0, 1)?;
    if args.is_empty() {
        return Ok(super::int::new_bool(false));
    }
    Ok(super::int::new_bool(super::protocol::is_true(args[0])?))
}

// ---------------------------------------------------------------------------
// Methods

fn self_val<'a>(args: &[&'a PyObject]) -> IntVal<'a> {
    int_val(args[0]).expect("int self")
}

fn int_bit_length(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("int.bit_length", &args[1..], kw)?;
    Ok(new_int(self_val(args).bit_length() as i64))
}

fn int_bit_count(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("int.bit_count", &args[1..], kw)?;
    let n = match self_val(args) {
        IntVal::Small(v) => v.unsigned_abs().count_ones() as u64,
        IntVal::Big(b) => b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum(),
    };
    Ok(new_int(n as i64))
}

fn int_identity(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("int.conjugate", &args[1..], kw)?;
    int_pos(args[0])
}

fn int_as_integer_ratio(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("int.as_integer_ratio", &args[1..], kw)?;
    Ok(super::tuple::new_tuple(vec![int_pos(args[0])?, new_int(1)]))
}

fn int_getnewargs(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("int.__getnewargs__", &args[1..], kw)?;
    Ok(super::tuple::new_tuple(vec![int_pos(args[0])?]))
}

/// `round(v, ndigits)` for ints with negative ndigits: half to even.
pub fn int_round_vals(v: IntVal, ndigits: IntVal) -> PyResult<PyRef> {
    let nd = match ndigits {
        IntVal::Small(n) => n,
        IntVal::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if nd >= 0 {
        return Ok(super::int_ops::new_int_from_val(v));
    }
    // 10**k exceeds 2*|v| once k is past the digit count: the result is 0.
    let k = nd.unsigned_abs();
    if k > v.bit_length() / 3 + 2 {
        return Ok(new_int(0));
    }
    let p = num_traits::Pow::pow(BigInt::from(10u32), k as u32);
    let pv = IntVal::Big(&p);
    let r = mod_vals(v, pv)?;
    let rv = int_val(&r).expect("int").to_bigint();
    let (q, _) = v.big().div_mod_floor(&p);
    let twice = &rv * 2u32;
    let up = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    let down = sub_vals(v, int_val(&r).expect("int"))?;
    if up {
        return super::int_ops::add_vals(int_val(&down).expect("int"), pv);
    }
    Ok(down)
}

fn int_round(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_kwargs("__round__", kwnames)?;
    super::args::check_positional("__round__", args.len() - 1, 0, 1)?;
    if args.len() == 1 {
        return int_pos(args[0]);
    }
    let nd = super::protocol::index(args[1])?;
    int_round_vals(self_val(args), int_val(&nd).expect("int"))
}

fn int_sizeof(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("int.__sizeof__", &args[1..], kw)?;
    let bits = self_val(args).bit_length();
    let ndigits = bits.div_ceil(30).max(1);
    Ok(new_int(24 + 4 * ndigits as i64))
}

fn int_format(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let spec = super::args::one_arg("int.__format__", &args[1..], kwnames)?;
    let spec = str_value(spec).ok_or_else(|| {
        type_error(format!("__format__() argument must be str, not {}", spec.type_().name()))
    })?;
    if spec.is_empty() {
        return super::protocol::str_(args[0]);
    }
    Ok(new_str(super::number_format::format_int_spec(self_val(args), spec, args[0].type_().name())?))
}

fn int_divmod_method(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let other = super::args::one_arg("int.__divmod__", &args[1..], kwnames)?;
    super::int_ops::int_divmod(args[0], other)
}

fn int_rdivmod_method(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let other = super::args::one_arg("int.__rdivmod__", &args[1..], kwnames)?;
    super::int_ops::int_divmod(other, args[0])
}

pub static INT_METHODS: [MethodDef; 15] = [
    MethodDef { name: "conjugate", func: int_identity, flags: 0, doc: "Returns self, the complex conjugate of any int." },
    MethodDef { name: "bit_length", func: int_bit_length, flags: 0, doc: "Number of bits necessary to represent self in binary." },
    MethodDef { name: "bit_count", func: int_bit_count, flags: 0, doc: "Number of ones in the binary representation of the absolute value of self." },
    MethodDef { name: "to_bytes", func: super::int_bytes::int_to_bytes, flags: 0, doc: "Return an array of bytes representing an integer." },
    MethodDef { name: "from_bytes", func: super::int_bytes::int_from_bytes, flags: method_flags::CLASS, doc: "Return the integer represented by the given array of bytes." },
    MethodDef { name: "as_integer_ratio", func: int_as_integer_ratio, flags: 0, doc: "Return integer ratio." },
    MethodDef { name: "__trunc__", func: int_identity, flags: 0, doc: "Truncating an Integral returns itself." },
    MethodDef { name: "__floor__", func: int_identity, flags: 0, doc: "Flooring an Integral returns itself." },
    MethodDef { name: "__ceil__", func: int_identity, flags: 0, doc: "Ceiling of an Integral returns itself." },
    MethodDef { name: "__round__", func: int_round, flags: 0, doc: "Rounding an Integral returns itself." },
    MethodDef { name: "__getnewargs__", func: int_getnewargs, flags: 0, doc: "" },
    MethodDef { name: "__format__", func: int_format, flags: 0, doc: "Convert to a string according to format_spec." },
    MethodDef { name: "__sizeof__", func: int_sizeof, flags: 0, doc: "Returns size in memory, in bytes." },
    MethodDef { name: "__divmod__", func: int_divmod_method, flags: 0, doc: "Return divmod(self, value)." },
    MethodDef { name: "__rdivmod__", func: int_rdivmod_method, flags: 0, doc: "Return divmod(value, self)." },
];

fn get_self(o: &PyObject) -> PyResult<PyRef> {
    int_pos(o)
}

fn get_zero(_o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(0))
}

fn get_one(_o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(1))
}

pub static INT_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "real", get: get_self, set: None, doc: "the real part of a complex number" },
    GetSetDef { name: "imag", get: get_zero, set: None, doc: "the imaginary part of a complex number" },
    GetSetDef { name: "numerator", get: get_self, set: None, doc: "the numerator of a rational number in lowest terms" },
    GetSetDef { name: "denominator", get: get_one, set: None, doc: "the denominator of a rational number in lowest terms" },
];

/// Slot functions referenced from `int.rs`.
pub mod slots {
    pub use super::{bool_new, bool_repr, int_new, int_repr};
}

/// Helper: the value of an int object as i64, or the BigInt.
pub fn int_to_i64_opt(o: &PyObject) -> Option<i64> {
    int_val(o).and_then(|v| v.small()).or_else(|| int_val(o).and_then(|v| v.big().to_i64()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, base: u32) -> Option<String> {
        parse_int_text(s, base).ok().map(|v| v.to_string())
    }

    #[test]
    fn parse_rules() {
        assert_eq!(p(" 12 ", 10), Some("12".into()));
        assert_eq!(p("+12", 10), Some("12".into()));
        assert_eq!(p("-0x12", 0), Some("-18".into()));
        assert_eq!(p("012", 0), None);
        assert_eq!(p("00", 0), Some("0".into()));
        assert_eq!(p("0_0", 0), Some("0".into()));
        assert_eq!(p("0b_1", 0), Some("1".into()));
        assert_eq!(p("1_0", 10), Some("10".into()));
        assert_eq!(p("1__0", 10), None);
        assert_eq!(p("1_", 10), None);
        assert_eq!(p("_1", 10), None);
        assert_eq!(p("0x", 16), None);
        assert_eq!(p("0x_1", 16), Some("1".into()));
        assert_eq!(p("0_x1", 16), None);
        assert_eq!(p("0b", 0), None);
        assert_eq!(p("0o17", 8), Some("15".into()));
        assert_eq!(p("Z", 36), Some("35".into()));
        assert_eq!(p("- 1", 10), None);
        assert_eq!(p("", 10), None);
        assert_eq!(p("12\0", 10), None);
        assert_eq!(p("123456789012345678901234567890", 10), Some("123456789012345678901234567890".into()));
        assert_eq!(
            parse_int_text(&"1".repeat(5000), 10),
            Err(IntParseError::TooManyDigits(5000))
        );
        assert!(parse_int_text(&"1".repeat(5000), 16).is_ok());
    }

    #[test]
    fn decimal_limit() {
        let big = num_traits::Pow::pow(BigInt::from(10), 4299u32);
        assert_eq!(int_to_decimal_string(IntVal::Big(&big)).unwrap().len(), 4300);
        let big = num_traits::Pow::pow(BigInt::from(10), 4300u32);
        assert!(int_to_decimal_string(IntVal::Big(&big)).is_err());
        assert_eq!(int_to_base_string(IntVal::Small(-255), 16), "-0xff");
        assert_eq!(int_to_base_string(IntVal::Small(0), 2), "0b0");
    }
}
