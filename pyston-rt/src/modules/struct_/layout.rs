//! Struct format strings: parsing (byte order, sizes, native alignment)
//! and packing / unpacking of each item, with CPython 3.11's rules and
//! `struct.error` messages (Modules/_struct.c).

use super::struct_error;
use crate::object::bytes::{bytes_from_slice, bytes_value};
use crate::object::exceptions::{overflow_error, PyErr, TYPE_ERROR};
use crate::object::float::new_float;
use crate::object::int::{as_int, new_bigint, new_bool, new_int};
use crate::object::{protocol, PyObject, PyRef, PyResult};
use num_traits::ToPrimitive;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// `@` (or no prefix): native sizes and alignment.
    Native,
    /// `=`: native byte order, standard sizes, no alignment.
    StdNative,
    Little,
    Big,
}

impl Order {
    fn little(self) -> bool {
        match self {
            Order::Native | Order::StdNative => cfg!(target_endian = "little"),
            Order::Little => true,
            Order::Big => false,
        }
    }
}

/// One packed item: a format code at a byte offset; `size` is the byte
/// length (for `s`/`p` the repeat count).
#[derive(Clone, Copy, Debug)]
pub struct Item {
    pub code: u8,
    pub offset: usize,
    pub size: usize,
}

#[derive(Clone, Debug)]
pub struct Layout {
    pub order: Order,
    pub items: Vec<Item>,
    pub size: usize,
}

/// (size, alignment) of a code, None when the code is not valid in this mode.
fn code_size(order: Order, c: u8) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' => {
            if native {
                (8, 8)
            } else {
                (4, 4)
            }
        }
        b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    })
}

fn too_long() -> PyErr {
    struct_error("total struct size too long")
}

impl Layout {
    pub fn parse(fmt: &[u8]) -> PyResult<Layout> {
        if fmt.contains(&0) {
            return Err(struct_error("embedded null character"));
        }
        let (order, body) = match fmt.first() {
            Some(b'@') => (Order::Native, &fmt[1..]),
            Some(b'=') => (Order::StdNative, &fmt[1..]),
            Some(b'<') => (Order::Little, &fmt[1..]),
            Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
            _ => (Order::Native, fmt),
        };
        let mut items = Vec::new();
        let mut size: usize = 0;
        let mut i = 0;
        while i < body.len() {
            let mut c = body[i];
            i += 1;
            if c.is_ascii_whitespace() {
                continue;
            }
            let mut num: usize = 1;
            if c.is_ascii_digit() {
                num = (c - b'0') as usize;
                loop {
                    let Some(&d) = body.get(i) else {
                        return Err(struct_error("repeat count given without format specifier"));
                    };
                    i += 1;
                    if !d.is_ascii_digit() {
                        c = d;
                        break;
                    }
                    num = num.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)).filter(|n| *n <= isize::MAX as usize).ok_or_else(too_long)?;
                }
            }
            let (isize_, align) = code_size(order, c).ok_or_else(|| struct_error("bad char in struct format"))?;
            if order == Order::Native && align > 1 {
                size = size.checked_add(align - 1).ok_or_else(too_long)? / align * align;
            }
            match c {
                b's' | b'p' => items.push(Item { code: c, offset: size, size: num }),
                b'x' => {}
                _ => {
                    if num > (isize::MAX as usize) / isize_.max(1) {
                        return Err(too_long());
                    }
                    items.reserve(num.min(1 << 20));
                    for k in 0..num {
                        items.push(Item { code: c, offset: size + k * isize_, size: isize_ });
                    }
                }
            }
            size = num.checked_mul(isize_).and_then(|n| size.checked_add(n)).filter(|n| *n <= isize::MAX as usize).ok_or_else(too_long)?;
        }
        Ok(Layout { order, items, size })
    }

    /// Pack `args` (one per item) into a zeroed buffer of `self.size`.
    pub fn pack(&self, args: &[&PyObject]) -> PyResult<Vec<u8>> {
        let mut out = vec![0u8; self.size];
        for (item, v) in self.items.iter().zip(args) {
            pack_item(self.order, item, v, &mut out[item.offset..item.offset + item.size])?;
        }
        Ok(out)
    }

    /// Unpack `data` (exactly `self.size` bytes) into a tuple.
    pub fn unpack(&self, data: &[u8]) -> PyResult<PyRef> {
        let mut vals = Vec::with_capacity(self.items.len());
        for item in &self.items {
            vals.push(unpack_item(self.order, item, &data[item.offset..item.offset + item.size])?);
        }
        Ok(crate::object::tuple::new_tuple(vals))
    }
}

/// The integer value of a pack argument: ints and `__index__` objects,
/// otherwise `struct.error: required argument is not an integer`.
fn get_int(v: &PyObject) -> PyResult<i128> {
    let idx;
    let o = if as_int(v).is_some() {
        v
    } else if v.type_().nb_index.get().is_some() {
        idx = protocol::index(v)?;
        &idx
    } else {
        return Err(struct_error("required argument is not an integer"));
    };
    let i = as_int(o).ok_or_else(|| struct_error("required argument is not an integer"))?;
    match i.as_i64() {
        Some(x) => Ok(x as i128),
        None => Ok(i.to_bigint().to_i128().unwrap_or(i128::MAX)),
    }
}

fn out_of_range() -> PyErr {
    struct_error("argument out of range")
}

/// A C `long` / `long long` (i64) or an error.
fn get_signed(v: &PyObject) -> PyResult<i64> {
    let x = get_int(v)?;
    i64::try_from(x).map_err(|_| out_of_range())
}

/// A C `unsigned long` (u64): negative or too large is out of range.
fn get_unsigned(v: &PyObject) -> PyResult<u64> {
    let x = get_int(v)?;
    u64::try_from(x).map_err(|_| out_of_range())
}

fn get_double(v: &PyObject) -> PyResult<f64> {
    crate::object::float::to_f64(v).map_err(|_| struct_error("required argument is not a float"))
}

fn put(order: Order, out: &mut [u8], v: u64) {
    let n = out.len();
    let bytes = v.to_le_bytes();
    if order.little() {
        out.copy_from_slice(&bytes[..n]);
    } else {
        for k in 0..n {
            out[k] = bytes[n - 1 - k];
        }
    }
}

fn get(order: Order, data: &[u8]) -> u64 {
    let mut v: u64 = 0;
    if order.little() {
        for &b in data.iter().rev() {
            v = (v << 8) | b as u64;
        }
    } else {
        for &b in data {
            v = (v << 8) | b as u64;
        }
    }
    v
}

fn pack_item(order: Order, item: &Item, v: &PyObject, out: &mut [u8]) -> PyResult<()> {
    let c = item.code;
    let signed_range = |x: i64, lo: i64, hi: i64, msg: &str| -> PyResult<()> {
        if x < lo || x > hi {
            return Err(struct_error(msg.to_string()));
        }
        Ok(())
    };
    match c {
        b'c' => match bytes_value(v) {
            Some(b) if b.len() == 1 && v.is_instance_of(&crate::object::bytes::BYTES_TYPE) => out[0] = b[0],
            _ => return Err(struct_error("char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let data = crate::object::bytes::bytes_value(v)
                .or_else(|| crate::object::bytearray::as_bytearray(v).map(|b| b.as_slice()))
                .ok_or_else(|| struct_error(format!("argument for '{}' must be a bytes object", c as char)))?;
            if c == b's' {
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            } else if !out.is_empty() {
                let n = data.len().min(out.len() - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'?' => out[0] = protocol::is_true(v)? as u8,
        b'b' => {
            let x = get_signed(v)?;
            signed_range(x, -128, 127, "byte format requires -128 <= number <= 127")?;
            out[0] = x as u8;
        }
        b'B' => {
            let x = get_signed(v)?;
            signed_range(x, 0, 255, "ubyte format requires 0 <= number <= 255")?;
            out[0] = x as u8;
        }
        // Big-endian integers have their own range errors (CPython's
        // bp_int / bp_uint / bp_longlong; the other orders use the
        // native functions).
        b'h' | b'i' | b'l' if order == Order::Big => {
            let x = get_signed(v)?;
            let bits = item.size * 8;
            let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
            signed_range(x, lo, hi, &format!("'{}' format requires {} <= number <= {}", c as char, lo, hi))?;
            put(order, out, x as u64);
        }
        b'H' | b'I' | b'L' if order == Order::Big => {
            let x = get_unsigned(v)?;
            let max = (1u64 << (item.size * 8)) - 1;
            if x > max {
                return Err(struct_error(format!("'{}' format requires 0 <= number <= {}", c as char, max)));
            }
            put(order, out, x);
        }
        b'q' | b'Q' if order == Order::Big => {
            let x = get_int(v)?;
            let ok = if c == b'q' { i64::try_from(x).is_ok() } else { u64::try_from(x).is_ok() };
            if !ok {
                return Err(struct_error("int too large to convert"));
            }
            put(order, out, x as u64);
        }
        b'h' => {
            let x = get_signed(v)?;
            signed_range(x, -32768, 32767, "short format requires -32768 <= number <= 32767")?;
            put(order, out, x as u64);
        }
        b'H' => {
            let x = get_signed(v)?;
            signed_range(x, 0, 65535, "ushort format requires 0 <= number <= 65535")?;
            put(order, out, x as u64);
        }
        b'i' | b'l' | b'q' | b'n' => {
            let x = get_signed(v)?;
            if item.size == 4 {
                signed_range(x, i32::MIN as i64, i32::MAX as i64, &format!("'{}' format requires {} <= number <= {}", c as char, i32::MIN, i32::MAX))?;
            }
            put(order, out, x as u64);
        }
        b'I' | b'L' | b'Q' | b'N' => {
            let x = get_unsigned(v)?;
            if item.size == 4 && x > u32::MAX as u64 {
                return Err(struct_error(format!("'{}' format requires 0 <= number <= {}", c as char, u32::MAX)));
            }
            put(order, out, x);
        }
        b'P' => {
            let x = get_int(v)?;
            if x < i64::MIN as i128 || x > u64::MAX as i128 {
                return Err(overflow_error("int too big to convert"));
            }
            put(order, out, x as u64);
        }
        b'e' => {
            let x = get_double(v)?;
            let h = pack_half(x).ok_or_else(|| overflow_error("float too large to pack with e format"))?;
            put(order, out, h as u64);
        }
        b'f' => {
            let x = get_double(v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            put(order, out, y.to_bits() as u64);
        }
        b'd' => {
            let x = get_double(v)?;
            put(order, out, x.to_bits());
        }
        _ => return Err(PyErr::new(&TYPE_ERROR, "bad struct code")),
    }
    Ok(())
}

fn unpack_item(order: Order, item: &Item, data: &[u8]) -> PyResult<PyRef> {
    let c = item.code;
    Ok(match c {
        b'c' => bytes_from_slice(&data[..1]),
        b's' => bytes_from_slice(data),
        b'p' => {
            if data.is_empty() {
                bytes_from_slice(&[])
            } else {
                let n = (data[0] as usize).min(data.len() - 1);
                bytes_from_slice(&data[1..1 + n])
            }
        }
        b'?' => new_bool(data[0] != 0),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let raw = get(order, data);
            let bits = data.len() * 8;
            let x = if bits == 64 { raw as i64 } else { ((raw << (64 - bits)) as i64) >> (64 - bits) };
            new_int(x)
        }
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => {
            let x = get(order, data);
            if x <= i64::MAX as u64 {
                new_int(x as i64)
            } else {
                new_bigint(x.into())
            }
        }
        b'e' => new_float(unpack_half(get(order, data) as u16)),
        b'f' => new_float(f32::from_bits(get(order, data) as u32) as f64),
        b'd' => new_float(f64::from_bits(get(order, data))),
        _ => return Err(PyErr::new(&TYPE_ERROR, "bad struct code")),
    })
}

/// IEEE 754 half precision, round-half-even (CPython's `PyFloat_Pack2`);
/// None on overflow.
pub fn pack_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 1 } else { 0 };
    let (e, bits): (i32, u16) = if x == 0.0 {
        (0, 0)
    } else if x.is_infinite() {
        (0x1f, 0)
    } else if x.is_nan() {
        (0x1f, 512)
    } else {
        let ax = x.abs();
        // frexp: ax = f * 2^e with 0.5 <= f < 1.
        let mut e = ax.log2().floor() as i32 + 1;
        let mut f = ax / 2f64.powi(e);
        if f >= 1.0 {
            f /= 2.0;
            e += 1;
        } else if f < 0.5 {
            f *= 2.0;
            e -= 1;
        }
        f *= 2.0;
        e -= 1;
        if e >= 16 {
            return None;
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f *= 2f64.powi(14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u16;
        let rest = f - bits as f64;
        if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return None;
                }
            }
        }
        (e, bits)
    };
    Some((sign << 15) | ((e as u16) << 10) | bits)
}

pub fn unpack_half(h: u16) -> f64 {
    let sign = h >> 15;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let v = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if sign == 1 {
        -v
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats() {
        assert_eq!(pack_half(1.0), Some(0x3c00));
        assert_eq!(pack_half(-2.0), Some(0xc000));
        assert_eq!(pack_half(65504.0), Some(0x7bff));
        assert_eq!(pack_half(65519.99), Some(0x7bff));
        assert_eq!(pack_half(65520.0), None);
        assert_eq!(pack_half(f64::INFINITY), Some(0x7c00));
        assert_eq!(pack_half(5.960464477539063e-08), Some(1));
        assert_eq!(unpack_half(0x3555), 0.333251953125);
        assert_eq!(unpack_half(1), 5.960464477539063e-08);
    }
}
