//! The native `audioop` module: arithmetic on fragments of signed
//! native-endian samples 1, 2, 3 or 4 bytes wide, with CPython 3.11's
//! results (the same clamping, rounding and overflow behaviour) and its
//! `audioop.error` messages. u-law / A-law follow G.711 (decoding by the
//! standard formulas, which give CPython's tables); ADPCM is Intel/DVI IMA.

use super::module_exc::module_exception;
use crate::object::bytes::{expect_buffer, new_bytes};
use crate::object::exceptions::{type_error, PyErr, EXCEPTION, MEMORY_ERROR, OVERFLOW_ERROR};
use crate::object::float::{new_float, to_f64};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::module::new_native_module;
use crate::object::singletons::is_none;
use crate::object::tuple::{as_tuple, new_tuple};
use crate::object::typeobj::{MethodDef, TypeObject};
use crate::object::{args, protocol, PyResult};

module_exception!(AUDIOOP_ERROR = "audioop", "error", &EXCEPTION, "");

pub fn audioop_types() -> [&'static TypeObject; 1] {
    [&AUDIOOP_ERROR]
}

fn err(msg: &str) -> PyErr {
    PyErr::new(&AUDIOOP_ERROR, msg)
}

const MAXVALS: [f64; 5] = [0.0, 0x7F as f64, 0x7FFF as f64, 0x7FFFFF as f64, 0x7FFFFFFF as f64];
const MINVALS: [f64; 5] = [0.0, -0x80 as f64, -0x8000 as f64, -0x800000 as f64, -0x80000000_i64 as f64];
const MASKS: [u32; 5] = [0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF];

const INDEX_TABLE: [i32; 16] = [-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8];
const STEPSIZE_TABLE: [i32; 89] = [
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279,
    307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428,
    4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
];

// ---- samples -------------------------------------------------------------------

/// The raw (sign-extended) sample of `width` bytes at byte offset `i`.
fn raw(width: usize, b: &[u8], i: usize) -> i32 {
    match width {
        1 => b[i] as i8 as i32,
        2 => i16::from_ne_bytes([b[i], b[i + 1]]) as i32,
        3 => {
            let v = b[i] as i32 | (b[i + 1] as i32) << 8 | (b[i + 2] as i32) << 16;
            (v << 8) >> 8
        }
        _ => i32::from_ne_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]),
    }
}

fn set_raw(width: usize, b: &mut [u8], i: usize, v: i32) {
    match width {
        1 => b[i] = v as u8,
        2 => b[i..i + 2].copy_from_slice(&(v as i16).to_ne_bytes()),
        3 => {
            b[i] = v as u8;
            b[i + 1] = (v >> 8) as u8;
            b[i + 2] = (v >> 16) as u8;
        }
        _ => b[i..i + 4].copy_from_slice(&v.to_ne_bytes()),
    }
}

/// A sample scaled to 32 bits (CPython's GETSAMPLE32).
fn sample32(width: usize, b: &[u8], i: usize) -> i32 {
    let v = raw(width, b, i);
    match width {
        1 => v << 24,
        2 => v << 16,
        3 => v << 8,
        _ => v,
    }
}

fn set_sample32(width: usize, b: &mut [u8], i: usize, v: i32) {
    let r = match width {
        1 => v >> 24,
        2 => v >> 16,
        3 => v >> 8,
        _ => v,
    };
    set_raw(width, b, i, r);
}

/// Clamp to [minval, maxval] and round towards minus infinity.
fn fbound(v: f64, minval: f64, maxval: f64) -> i32 {
    let v = if v > maxval {
        maxval
    } else if v < minval + 1.0 {
        minval
    } else {
        v
    };
    v.floor() as i32
}

// ---- arguments -----------------------------------------------------------------

fn positional<'s, 'a>(name: &str, a: &'s [&'a PyObject], kw: Option<&PyObject>, min: usize, max: usize) -> PyResult<&'s [&'a PyObject]> {
    args::no_kwargs(name, kw)?;
    args::check_positional(name, a.len(), min, max)?;
    Ok(a)
}

fn c_int(o: &PyObject) -> PyResult<i32> {
    if crate::object::float::as_float(o).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    args::expect_c_int(o)
}

fn ssize(o: &PyObject) -> PyResult<isize> {
    if crate::object::float::as_float(o).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = protocol::index(o)?;
    crate::object::int::int_value_i64(&v)
        .map(|x| x as isize)
        .ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t"))
}

fn double(o: &PyObject) -> PyResult<f64> {
    to_f64(o)
}

fn check_size(width: i32) -> PyResult<usize> {
    if !(1..=4).contains(&width) {
        return Err(err("Size should be 1, 2, 3 or 4"));
    }
    Ok(width as usize)
}

fn check_params(len: usize, width: i32) -> PyResult<usize> {
    let w = check_size(width)?;
    if len % w != 0 {
        return Err(err("not a whole number of frames"));
    }
    Ok(w)
}

/// (fragment bytes, width) for the common `(fragment, width, ...)` shape.
fn frag_width(name: &str, a: &[&PyObject], kw: Option<&PyObject>, n: usize) -> PyResult<(Vec<u8>, usize)> {
    let a = positional(name, a, kw, n, n)?;
    let b = expect_buffer(a[0])?.to_vec();
    let w = check_params(b.len(), c_int(a[1])?)?;
    Ok((b, w))
}

fn samples(b: &[u8], w: usize) -> impl Iterator<Item = i32> + '_ {
    (0..b.len() / w).map(move |k| raw(w, b, k * w))
}

// ---- functions -----------------------------------------------------------------

fn a_getsample(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("getsample", a, kw, 3)?;
    let index = ssize(a[2])?;
    if index < 0 || index as usize >= b.len() / w {
        return Err(err("Index out of range"));
    }
    Ok(new_int(raw(w, &b, index as usize * w) as i64))
}

fn a_max(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("max", a, kw, 2)?;
    let m = samples(&b, w).map(|v| v.unsigned_abs()).max().unwrap_or(0);
    Ok(new_int(m as i64))
}

fn a_minmax(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("minmax", a, kw, 2)?;
    let (mut lo, mut hi) = (0x7fffffff_i32, -0x7fffffff_i32 - 1);
    for v in samples(&b, w) {
        hi = hi.max(v);
        lo = lo.min(v);
    }
    Ok(new_tuple(vec![new_int(lo as i64), new_int(hi as i64)]))
}

fn a_avg(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("avg", a, kw, 2)?;
    let n = b.len() / w;
    if n == 0 {
        return Ok(new_int(0));
    }
    let sum: f64 = samples(&b, w).map(|v| v as f64).sum();
    Ok(new_int((sum / n as f64).floor() as i32 as i64))
}

fn a_rms(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("rms", a, kw, 2)?;
    let n = b.len() / w;
    if n == 0 {
        return Ok(new_int(0));
    }
    let sum: f64 = samples(&b, w).map(|v| v as f64 * v as f64).sum();
    Ok(new_int((sum / n as f64).sqrt() as u32 as i64))
}

/// Shared by maxpp/avgpp: the absolute differences between successive
/// extremes (CPython's loop, including its initial `prevdiff`).
fn extremes(b: &[u8], w: usize) -> Vec<u32> {
    let mut out = Vec::new();
    if b.len() <= w {
        return out;
    }
    let mut prevval = raw(w, b, 0);
    let val = raw(w, b, w);
    let mut prevdiff = val.wrapping_sub(prevval);
    let mut prevextreme = 0i32;
    let mut prevextremevalid = false;
    let mut i = w;
    while i < b.len() {
        let val = raw(w, b, i);
        if val != prevval {
            let diff = (val < prevval) as i32;
            if prevdiff == (diff == 0) as i32 {
                if prevextremevalid {
                    out.push(if prevval < prevextreme {
                        (prevextreme as u32).wrapping_sub(prevval as u32)
                    } else {
                        (prevval as u32).wrapping_sub(prevextreme as u32)
                    });
                }
                prevextremevalid = true;
                prevextreme = prevval;
            }
            prevval = val;
            prevdiff = diff;
        }
        i += w;
    }
    out
}

fn a_maxpp(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("maxpp", a, kw, 2)?;
    Ok(new_int(extremes(&b, w).into_iter().max().unwrap_or(0) as i64))
}

fn a_avgpp(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("avgpp", a, kw, 2)?;
    let e = extremes(&b, w);
    if e.is_empty() {
        return Ok(new_int(0));
    }
    let sum: f64 = e.iter().map(|v| *v as f64).sum();
    Ok(new_int((sum / e.len() as f64) as u32 as i64))
}

fn a_cross(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("cross", a, kw, 2)?;
    let mut ncross: i64 = -1;
    let mut prev = 17i32;
    for v in samples(&b, w) {
        let neg = (v < 0) as i32;
        if neg != prev {
            ncross += 1;
        }
        prev = neg;
    }
    Ok(new_int(ncross))
}

fn a_mul(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (mut b, w) = frag_width("mul", a, kw, 3)?;
    let factor = double(a[2])?;
    let mut i = 0;
    while i < b.len() {
        let v = raw(w, &b, i) as f64 * factor;
        set_raw(w, &mut b, i, fbound(v, MINVALS[w], MAXVALS[w]));
        i += w;
    }
    Ok(new_bytes(b))
}

fn a_tomono(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("tomono", a, kw, 4)?;
    let (lf, rf) = (double(a[2])?, double(a[3])?);
    if b.len() % (2 * w) != 0 {
        return Err(err("not a whole number of frames"));
    }
    let mut out = vec![0u8; b.len() / 2];
    let mut i = 0;
    while i < b.len() {
        let v = raw(w, &b, i) as f64 * lf + raw(w, &b, i + w) as f64 * rf;
        set_raw(w, &mut out, i / 2, fbound(v, MINVALS[w], MAXVALS[w]));
        i += 2 * w;
    }
    Ok(new_bytes(out))
}

fn a_tostereo(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("tostereo", a, kw, 4)?;
    let (lf, rf) = (double(a[2])?, double(a[3])?);
    if b.len() > isize::MAX as usize / 2 {
        return Err(PyErr::new(&MEMORY_ERROR, "not enough memory for output buffer"));
    }
    let mut out = vec![0u8; b.len() * 2];
    let mut i = 0;
    while i < b.len() {
        let v = raw(w, &b, i) as f64;
        set_raw(w, &mut out, i * 2, fbound(v * lf, MINVALS[w], MAXVALS[w]));
        set_raw(w, &mut out, i * 2 + w, fbound(v * rf, MINVALS[w], MAXVALS[w]));
        i += w;
    }
    Ok(new_bytes(out))
}

fn a_add(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("add", a, kw, 3, 3)?;
    let b1 = expect_buffer(a[0])?.to_vec();
    let b2 = expect_buffer(a[1])?.to_vec();
    let w = check_params(b1.len(), c_int(a[2])?)?;
    if b1.len() != b2.len() {
        return Err(err("Lengths should be the same"));
    }
    let (minval, maxval) = (MINVALS[w], MAXVALS[w]);
    let mut out = vec![0u8; b1.len()];
    let mut i = 0;
    while i < b1.len() {
        let (v1, v2) = (raw(w, &b1, i), raw(w, &b2, i));
        let nv = if w < 4 {
            (v1 + v2).clamp(minval as i32, maxval as i32)
        } else {
            fbound(v1 as f64 + v2 as f64, minval, maxval)
        };
        set_raw(w, &mut out, i, nv);
        i += w;
    }
    Ok(new_bytes(out))
}

fn a_bias(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (mut b, w) = frag_width("bias", a, kw, 3)?;
    let bias = c_int(a[2])?;
    let mut i = 0;
    while i < b.len() {
        let v = (raw(w, &b, i) as u32 & MASKS[w]).wrapping_add(bias as u32) & MASKS[w];
        set_raw(w, &mut b, i, v as i32);
        i += w;
    }
    Ok(new_bytes(b))
}

fn a_reverse(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("reverse", a, kw, 2)?;
    let mut out = Vec::with_capacity(b.len());
    for chunk in b.chunks(w).rev() {
        out.extend_from_slice(chunk);
    }
    Ok(new_bytes(out))
}

fn a_byteswap(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("byteswap", a, kw, 2)?;
    let mut out = Vec::with_capacity(b.len());
    for chunk in b.chunks(w) {
        out.extend(chunk.iter().rev());
    }
    Ok(new_bytes(out))
}

fn a_lin2lin(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("lin2lin", a, kw, 3)?;
    let nw = check_size(c_int(a[2])?)?;
    let n = b.len() / w;
    if n > isize::MAX as usize / nw {
        return Err(PyErr::new(&MEMORY_ERROR, "not enough memory for output buffer"));
    }
    let mut out = vec![0u8; n * nw];
    for k in 0..n {
        set_sample32(nw, &mut out, k * nw, sample32(w, &b, k * w));
    }
    Ok(new_bytes(out))
}

fn gcd(mut a: i32, mut b: i32) -> i32 {
    while b > 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn state_pair(o: &PyObject, msg: &str) -> PyResult<(i32, i32)> {
    let Some(t) = as_tuple(o) else {
        return Err(type_error(msg.to_string()));
    };
    let items = &t.items;
    if items.len() != 2 {
        return Err(type_error(msg.to_string()));
    }
    let (x, y) = (items[0].clone(), items[1].clone());
    Ok((c_int(&x)?, c_int(&y)?))
}

fn a_ratecv(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("ratecv", a, kw, 6, 8)?;
    let b = expect_buffer(a[0])?.to_vec();
    let w = check_size(c_int(a[1])?)?;
    let nchannels = c_int(a[2])?;
    let mut inrate = c_int(a[3])?;
    let mut outrate = c_int(a[4])?;
    let state = a[5];
    let mut weight_a = match a.get(6) {
        Some(o) => c_int(o)?,
        None => 1,
    };
    let mut weight_b = match a.get(7) {
        Some(o) => c_int(o)?,
        None => 0,
    };
    if nchannels < 1 {
        return Err(err("# of channels should be >= 1"));
    }
    if w as i32 > i32::MAX / nchannels {
        return Err(PyErr::new(&OVERFLOW_ERROR, "width * nchannels too big for a C int"));
    }
    let bpf = w * nchannels as usize;
    if weight_a < 1 || weight_b < 0 {
        return Err(err("weightA should be >= 1, weightB should be >= 0"));
    }
    if b.len() % bpf != 0 {
        return Err(err("not a whole number of frames"));
    }
    if inrate <= 0 || outrate <= 0 {
        return Err(err("sampling rate not > 0"));
    }
    let d0 = gcd(inrate, outrate);
    inrate /= d0;
    outrate /= d0;
    let dw = gcd(weight_a, weight_b);
    weight_a /= dw;
    weight_b /= dw;
    let nch = nchannels as usize;
    let mut prev_i = vec![0i32; nch];
    let mut cur_i = vec![0i32; nch];
    let mut len = b.len() / bpf;
    let mut d: i32;
    if is_none(state) {
        d = -outrate;
    } else {
        let Some(t) = as_tuple(state) else {
            return Err(type_error("state must be a tuple or None"));
        };
        let items: Vec<PyRef> = t.items.to_vec();
        if items.len() != 2 {
            return Err(type_error("ratecv(): illegal state argument"));
        }
        d = c_int(&items[0])?;
        let Some(samps) = as_tuple(&items[1]) else {
            return Err(type_error(format!("ratecv(): illegal state argument")));
        };
        let samps: Vec<PyRef> = samps.items.to_vec();
        if samps.len() != nch {
            return Err(err("illegal state argument"));
        }
        for (c, s) in samps.iter().enumerate() {
            let (p, q) = state_pair(s, "ratecv(): illegal state argument")?;
            prev_i[c] = p;
            cur_i[c] = q;
        }
    }
    // CPython's output buffer: ceiling(len / inrate) * outrate frames. A
    // state that would write past it (CPython overflows its buffer there)
    // raises instead.
    let cap = if len == 0 { 0 } else { (1 + (len - 1) / inrate as usize).saturating_mul(outrate as usize).saturating_mul(bpf) };
    let mut out: Vec<u8> = Vec::new();
    let mut cp = 0usize;
    let mut tmp = [0u8; 4];
    loop {
        while d < 0 {
            if len == 0 {
                let samps = new_tuple((0..nch).map(|c| new_tuple(vec![new_int(prev_i[c] as i64), new_int(cur_i[c] as i64)])).collect());
                return Ok(new_tuple(vec![new_bytes(out), new_tuple(vec![new_int(d as i64), samps])]));
            }
            for c in 0..nch {
                prev_i[c] = cur_i[c];
                let s = sample32(w, &b, cp);
                cp += w;
                cur_i[c] = ((weight_a as f64 * s as f64 + weight_b as f64 * prev_i[c] as f64) / (weight_a as f64 + weight_b as f64)) as i32;
            }
            len -= 1;
            d += outrate;
        }
        while d >= 0 {
            if out.len() + bpf > cap {
                return Err(PyErr::new(&MEMORY_ERROR, "not enough memory for output buffer"));
            }
            for c in 0..nch {
                let cur_o = ((prev_i[c] as f64 * d as f64 + cur_i[c] as f64 * (outrate - d) as f64) / outrate as f64) as i32;
                set_sample32(w, &mut tmp, 0, cur_o);
                out.extend_from_slice(&tmp[..w]);
            }
            d -= inrate;
        }
    }
}

// ---- u-law / A-law ---------------------------------------------------------------

const SEG_UEND: [i16; 8] = [0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF];
const SEG_AEND: [i16; 8] = [0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF];
const ULAW_BIAS: i32 = 0x84;

fn search(v: i16, table: &[i16; 8]) -> usize {
    table.iter().position(|&t| v <= t).unwrap_or(8)
}

/// 14-bit linear to u-law.
fn linear14_to_ulaw(pcm: i16) -> u8 {
    let (mut pcm, mask) = if pcm < 0 { (pcm.wrapping_neg(), 0x7Fu8) } else { (pcm, 0xFFu8) };
    if pcm > 8159 {
        pcm = 8159;
    }
    pcm += (ULAW_BIAS >> 2) as i16;
    let seg = search(pcm, &SEG_UEND);
    if seg >= 8 {
        return 0x7F ^ mask;
    }
    let u = ((seg as u8) << 4) | ((pcm >> (seg + 1)) & 0xF) as u8;
    u ^ mask
}

fn ulaw_to_linear16(u: u8) -> i16 {
    let u = !u as i32;
    let mut t = ((u & 0x0F) << 3) + ULAW_BIAS;
    t <<= (u & 0x70) >> 4;
    (if u & 0x80 != 0 { ULAW_BIAS - t } else { t - ULAW_BIAS }) as i16
}

/// 13-bit linear to A-law.
fn linear13_to_alaw(pcm: i16) -> u8 {
    let (pcm, mask) = if pcm >= 0 { (pcm, 0xD5u8) } else { (pcm.wrapping_neg().wrapping_sub(1), 0x55u8) };
    let seg = search(pcm, &SEG_AEND);
    if seg >= 8 {
        return 0x7F ^ mask;
    }
    let mut aval = (seg as u8) << 4;
    aval |= if seg < 2 { ((pcm >> 1) & 0xF) as u8 } else { ((pcm >> seg) & 0xF) as u8 };
    aval ^ mask
}

fn alaw_to_linear16(a: u8) -> i16 {
    let a = (a ^ 0x55) as i32;
    let mut t = (a & 0x0F) << 4;
    let seg = (a & 0x70) >> 4;
    match seg {
        0 => t += 8,
        1 => t += 0x108,
        _ => {
            t += 0x108;
            t <<= seg - 1;
        }
    }
    (if a & 0x80 != 0 { t } else { -t }) as i16
}

fn a_lin2ulaw(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("lin2ulaw", a, kw, 2)?;
    Ok(new_bytes((0..b.len() / w).map(|k| linear14_to_ulaw((sample32(w, &b, k * w) >> 18) as i16)).collect()))
}

fn a_lin2alaw(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("lin2alaw", a, kw, 2)?;
    Ok(new_bytes((0..b.len() / w).map(|k| linear13_to_alaw((sample32(w, &b, k * w) >> 19) as i16)).collect()))
}

fn law2lin(name: &str, a: &[&PyObject], kw: Option<&PyObject>, dec: fn(u8) -> i16) -> PyResult<PyRef> {
    let a = positional(name, a, kw, 2, 2)?;
    let b = expect_buffer(a[0])?.to_vec();
    let w = check_size(c_int(a[1])?)?;
    if b.len() > isize::MAX as usize / w {
        return Err(PyErr::new(&MEMORY_ERROR, "not enough memory for output buffer"));
    }
    let mut out = vec![0u8; b.len() * w];
    for (k, &u) in b.iter().enumerate() {
        set_sample32(w, &mut out, k * w, (dec(u) as i32) << 16);
    }
    Ok(new_bytes(out))
}

fn a_ulaw2lin(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    law2lin("ulaw2lin", a, kw, ulaw_to_linear16)
}

fn a_alaw2lin(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    law2lin("alaw2lin", a, kw, alaw_to_linear16)
}

// ---- ADPCM -------------------------------------------------------------------------

fn adpcm_state(state: &PyObject, fname: &str) -> PyResult<(i32, i32)> {
    if is_none(state) {
        return Ok((0, 0));
    }
    if as_tuple(state).is_none() {
        return Err(type_error("state must be a tuple or None"));
    }
    let (valpred, index) = state_pair(state, &format!("{}(): illegal state argument", fname))?;
    if !(-0x8000..0x8000).contains(&valpred) || !(0..STEPSIZE_TABLE.len() as i32).contains(&index) {
        return Err(crate::object::exceptions::value_error("bad state"));
    }
    Ok((valpred, index))
}

fn a_lin2adpcm(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (b, w) = frag_width("lin2adpcm", a, kw, 3)?;
    let (mut valpred, mut index) = adpcm_state(a[2], "lin2adpcm")?;
    let mut out = Vec::with_capacity(b.len() / (w * 2));
    let mut step = STEPSIZE_TABLE[index as usize];
    let mut bufferstep = true;
    let mut outputbuffer = 0u8;
    let mut i = 0;
    while i < b.len() {
        let val = sample32(w, &b, i) >> 16;
        let (mut diff, sign) = if val < valpred { (valpred - val, 8) } else { (val - valpred, 0) };
        let mut delta = 0;
        let mut vpdiff = step >> 3;
        if diff >= step {
            delta = 4;
            diff -= step;
            vpdiff += step;
        }
        step >>= 1;
        if diff >= step {
            delta |= 2;
            diff -= step;
            vpdiff += step;
        }
        step >>= 1;
        if diff >= step {
            delta |= 1;
            vpdiff += step;
        }
        if sign != 0 {
            valpred -= vpdiff;
        } else {
            valpred += vpdiff;
        }
        valpred = valpred.clamp(-32768, 32767);
        delta |= sign;
        index = (index + INDEX_TABLE[delta as usize]).clamp(0, 88);
        step = STEPSIZE_TABLE[index as usize];
        if bufferstep {
            outputbuffer = ((delta << 4) & 0xf0) as u8;
        } else {
            out.push((delta & 0x0f) as u8 | outputbuffer);
        }
        bufferstep = !bufferstep;
        i += w;
    }
    Ok(new_tuple(vec![new_bytes(out), new_tuple(vec![new_int(valpred as i64), new_int(index as i64)])]))
}

fn a_adpcm2lin(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("adpcm2lin", a, kw, 3, 3)?;
    let b = expect_buffer(a[0])?.to_vec();
    let w = check_size(c_int(a[1])?)?;
    let (mut valpred, mut index) = adpcm_state(a[2], "adpcm2lin")?;
    if b.len() > (isize::MAX as usize / 2) / w {
        return Err(PyErr::new(&MEMORY_ERROR, "not enough memory for output buffer"));
    }
    let outlen = b.len() * w * 2;
    let mut out = vec![0u8; outlen];
    let mut step = STEPSIZE_TABLE[index as usize];
    let mut bufferstep = false;
    let mut inputbuffer = 0u8;
    let mut cp = 0;
    let mut i = 0;
    while i < outlen {
        let mut delta = if bufferstep {
            (inputbuffer & 0xf) as i32
        } else {
            inputbuffer = b[cp];
            cp += 1;
            ((inputbuffer >> 4) & 0xf) as i32
        };
        bufferstep = !bufferstep;
        index = (index + INDEX_TABLE[delta as usize]).clamp(0, 88);
        let sign = delta & 8;
        delta &= 7;
        let mut vpdiff = step >> 3;
        if delta & 4 != 0 {
            vpdiff += step;
        }
        if delta & 2 != 0 {
            vpdiff += step >> 1;
        }
        if delta & 1 != 0 {
            vpdiff += step >> 2;
        }
        if sign != 0 {
            valpred -= vpdiff;
        } else {
            valpred += vpdiff;
        }
        valpred = valpred.clamp(-32768, 32767);
        step = STEPSIZE_TABLE[index as usize];
        set_sample32(w, &mut out, i, valpred << 16);
        i += w;
    }
    Ok(new_tuple(vec![new_bytes(out), new_tuple(vec![new_int(valpred as i64), new_int(index as i64)])]))
}

// ---- fitting (16-bit samples) -----------------------------------------------------

fn shorts(b: &[u8]) -> Vec<f64> {
    b.chunks_exact(2).map(|c| i16::from_ne_bytes([c[0], c[1]]) as f64).collect()
}

fn sum2(a: &[f64], b: &[f64], len: usize) -> f64 {
    (0..len).map(|i| a[i] * b[i]).sum()
}

fn two_fragments<'a>(name: &str, a: &'a [&'a PyObject], kw: Option<&PyObject>) -> PyResult<(Vec<f64>, Vec<f64>)> {
    let a = positional(name, a, kw, 2, 2)?;
    let b1 = expect_buffer(a[0])?.to_vec();
    let b2 = expect_buffer(a[1])?.to_vec();
    if b1.len() & 1 != 0 || b2.len() & 1 != 0 {
        return Err(err("Strings should be even-sized"));
    }
    Ok((shorts(&b1), shorts(&b2)))
}

fn a_findfit(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (c1, c2) = two_fragments("findfit", a, kw)?;
    let (len1, len2) = (c1.len(), c2.len());
    if len1 < len2 {
        return Err(err("First sample should be longer"));
    }
    let sum_ri_2 = sum2(&c2, &c2, len2);
    let mut sum_aij_2 = sum2(&c1, &c1, len2);
    let sum_aij_ri = sum2(&c1, &c2, len2);
    let mut best = (sum_ri_2 * sum_aij_2 - sum_aij_ri * sum_aij_ri) / sum_aij_2;
    let mut best_j = 0;
    for j in 1..=len1 - len2 {
        let aj_m1 = c1[j - 1];
        let aj_lm1 = c1[j + len2 - 1];
        sum_aij_2 = sum_aij_2 + aj_lm1 * aj_lm1 - aj_m1 * aj_m1;
        let sum_aij_ri = sum2(&c1[j..], &c2, len2);
        let r = (sum_ri_2 * sum_aij_2 - sum_aij_ri * sum_aij_ri) / sum_aij_2;
        if r < best {
            best = r;
            best_j = j;
        }
    }
    let factor = sum2(&c1[best_j..], &c2, len2) / sum_ri_2;
    Ok(new_tuple(vec![new_int(best_j as i64), new_float(factor)]))
}

fn a_findfactor(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (c1, c2) = two_fragments("findfactor", a, kw)?;
    if c1.len() != c2.len() {
        return Err(err("Samples should be same size"));
    }
    let sum_ri_2 = sum2(&c2, &c2, c2.len());
    let sum_aij_ri = sum2(&c1, &c2, c2.len());
    Ok(new_float(sum_aij_ri / sum_ri_2))
}

fn a_findmax(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let a = positional("findmax", a, kw, 2, 2)?;
    let b = expect_buffer(a[0])?.to_vec();
    let length = ssize(a[1])?;
    if b.len() & 1 != 0 {
        return Err(err("Strings should be even-sized"));
    }
    let c = shorts(&b);
    if length < 0 || (c.len() as isize) < length {
        return Err(err("Input sample should be longer"));
    }
    let length = length as usize;
    let mut result = sum2(&c, &c, length);
    let mut best = result;
    let mut best_j = 0;
    for j in 1..=c.len() - length {
        let aj_m1 = c[j - 1];
        let aj_lm1 = c[j + length - 1];
        result = result + aj_lm1 * aj_lm1 - aj_m1 * aj_m1;
        if result > best {
            best = result;
            best_j = j;
        }
    }
    Ok(new_int(best_j as i64))
}

macro_rules! funcs {
    ($($name:literal => $f:path),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}

static FUNCS: [MethodDef; 26] = funcs![
    "getsample" => a_getsample, "max" => a_max, "minmax" => a_minmax, "avg" => a_avg, "rms" => a_rms,
    "maxpp" => a_maxpp, "avgpp" => a_avgpp, "cross" => a_cross, "mul" => a_mul, "tomono" => a_tomono,
    "tostereo" => a_tostereo, "add" => a_add, "bias" => a_bias, "reverse" => a_reverse, "byteswap" => a_byteswap,
    "lin2lin" => a_lin2lin, "ratecv" => a_ratecv, "lin2ulaw" => a_lin2ulaw, "ulaw2lin" => a_ulaw2lin,
    "lin2alaw" => a_lin2alaw, "alaw2lin" => a_alaw2lin, "lin2adpcm" => a_lin2adpcm, "adpcm2lin" => a_adpcm2lin,
    "findfit" => a_findfit, "findfactor" => a_findfactor, "findmax" => a_findmax,
];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("audioop", &FUNCS, vec![("error", AUDIOOP_ERROR.to_ref())]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn law_round_trips() {
        // G.711 decoding reproduces the reference tables' corner values.
        assert_eq!(ulaw_to_linear16(0), -32124);
        assert_eq!(ulaw_to_linear16(0xFF), 0);
        assert_eq!(alaw_to_linear16(0), -5504);
        assert_eq!(alaw_to_linear16(0xD5), 8);
        for v in (-8192i16..8192).step_by(7) {
            let u = linear14_to_ulaw(v);
            assert_eq!(linear14_to_ulaw((ulaw_to_linear16(u) >> 2) as i16), u);
        }
    }

    #[test]
    fn samples_24bit() {
        let mut b = [0u8; 3];
        set_raw(3, &mut b, 0, -2);
        assert_eq!(raw(3, &b, 0), -2);
        assert_eq!(fbound(1e12, -128.0, 127.0), 127);
        assert_eq!(fbound(-0.5, -128.0, 127.0), -1);
    }
}
