//! `int.to_bytes` and `int.from_bytes`.

use super::args::Params;
use super::exceptions::{overflow_error, type_error, value_error};
use super::header::{PyObject, PyRef};
use super::int::{new_bigint, INT_TYPE};
use super::int_ops::int_val;
use super::PyResult;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

fn parse_byteorder(o: Option<&PyObject>) -> PyResult<bool> {
    let Some(o) = o else { return Ok(false) };
    let s = super::str::str_value(o).ok_or_else(|| {
        type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", o.type_().name()))
    })?;
    match s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// Two's complement (or unsigned) big-endian bytes of `v` in exactly `len` bytes.
pub fn bigint_to_bytes(v: &BigInt, len: usize, signed: bool) -> PyResult<Vec<u8>> {
    if !signed && v.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let too_big = || overflow_error("int too big to convert");
    let bits = v.bits();
    let needed_bits = if signed {
        if v.is_negative() {
            // -2**(n-1) fits in n bits.
            let m = -v - 1u32;
            m.bits() + 1
        } else {
            bits + 1
        }
    } else {
        bits
    };
    if needed_bits > (len as u64) * 8 {
        return Err(too_big());
    }
    let mut out = if v.sign() == Sign::Minus { v.to_signed_bytes_be() } else { v.magnitude().to_bytes_be() };
    if v.sign() == Sign::NoSign {
        out.clear();
    }
    let fill = if v.is_negative() { 0xffu8 } else { 0 };
    if out.len() > len {
        // Only sign-extension bytes can be dropped here.
        out.drain(..out.len() - len);
    }
    let mut res = vec![fill; len - out.len()];
    res.extend_from_slice(&out);
    Ok(res)
}

pub fn int_to_bytes(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params { fname: "to_bytes", names: &["length", "byteorder", "signed"], required: 0, posonly: 0, kwonly: 2 };
    let mut out: [Option<&PyObject>; 3] = [None, None, None];
    P.parse(&args[1..], kwnames, &mut out)?;
    let length = match out[0] {
        None => 1,
        Some(l) => {
            let i = super::protocol::index(l)?;
            match int_val(&i).expect("int").small() {
                Some(n) if n < 0 => return Err(value_error("length argument must be non-negative")),
                Some(n) => n as usize,
                None => {
                    if int_val(&i).expect("int").is_negative() {
                        return Err(value_error("length argument must be non-negative"));
                    }
                    return Err(overflow_error("Python int too large to convert to C ssize_t"));
                }
            }
        }
    };
    let little = parse_byteorder(out[1])?;
    let signed = match out[2] {
        Some(s) => super::protocol::is_true(s)?,
        None => false,
    };
    let v = int_val(args[0]).expect("int").to_bigint();
    let mut bytes = bigint_to_bytes(&v, length, signed)?;
    if little {
        bytes.reverse();
    }
    Ok(super::bytes::new_bytes(bytes))
}

/// The bytes of a `from_bytes` argument: bytes-like or an iterable of ints.
fn collect_bytes(o: &PyObject) -> PyResult<Vec<u8>> {
    if let Some(b) = super::int_methods::bytes_like_data(o) {
        return Ok(b);
    }
    if super::str::str_value(o).is_some() || o.type_().tp_iter.get().is_none() && o.type_().mp_subscript.get().is_none() {
        return Err(type_error(format!("cannot convert '{}' object to bytes", o.type_().name())));
    }
    let items = super::protocol::collect(o)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = super::protocol::index(&it)?;
        match int_val(&i).expect("int").small() {
            Some(v) if (0..256).contains(&v) => out.push(v as u8),
            _ => return Err(value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

pub fn int_from_bytes(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params { fname: "from_bytes", names: &["bytes", "byteorder", "signed"], required: 1, posonly: 0, kwonly: 2 };
    let mut out: [Option<&PyObject>; 3] = [None, None, None];
    P.parse(&args[1..], kwnames, &mut out)?;
    let little = parse_byteorder(out[1])?;
    let signed = match out[2] {
        Some(s) => super::protocol::is_true(s)?,
        None => false,
    };
    let mut data = collect_bytes(out[0].expect("required"))?;
    if little {
        data.reverse();
    }
    let v = if signed { BigInt::from_signed_bytes_be(&data) } else { BigInt::from_bytes_be(Sign::Plus, &data) };
    let r = new_bigint(v);
    let cls = args[0];
    if cls.is(INT_TYPE.obj()) {
        return Ok(r);
    }
    super::protocol::call1(cls, &r)
}
