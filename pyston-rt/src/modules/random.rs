//! `_random`: `Random`, CPython's Mersenne Twister (MT19937) with its
//! seeding (`init_by_array` over the 32-bit words of `abs(n)`, or of the
//! hash for other objects, or 624 words from the OS when None),
//! `random()` (53-bit), `getrandbits`, `getstate`/`setstate`, so the
//! `random` module produces CPython's numbers for the same seed.

use crate::object::args;
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, value_error, PyErr, OVERFLOW_ERROR};
use crate::object::float::new_float;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{as_int, int_value_big, new_bigint, new_int, INT_TYPE};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::tuple::{new_tuple, tuple_slice, TUPLE_TYPE};
use crate::object::typeobj::{drop_payload, slot, type_flags, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use num_bigint::{BigInt, Sign};
use std::cell::{Cell, UnsafeCell};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908b0df;
const UPPER_MASK: u32 = 0x80000000;
const LOWER_MASK: u32 = 0x7fffffff;

/// The generator state (pure logic, unit-tested against CPython).
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    pub const fn zeroed() -> Mt {
        Mt { state: [0; N], index: 0 }
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x80000000;
    }

    pub fn genrand_u32(&mut self) -> u32 {
        let mag01 = [0u32, MATRIX_A];
        if self.index >= N {
            let mt = &mut self.state;
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^ (y >> 18)
    }

    pub fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0)
    }

    /// The 32-bit words of `n` (little-endian, at least one).
    pub fn seed_bigint(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }
}

#[repr(C)]
pub struct PyRandom {
    ob: PyObject,
    mt: UnsafeCell<Mt>,
}

static RANDOM_METHODS: [MethodDef; 5] = [
    MethodDef { name: "random", func: r_random, flags: 0, doc: "random() -> x in the interval [0, 1)." },
    MethodDef { name: "seed", func: r_seed, flags: 0, doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier." },
    MethodDef { name: "getstate", func: r_getstate, flags: 0, doc: "getstate() -> tuple containing the current state." },
    MethodDef { name: "setstate", func: r_setstate, flags: 0, doc: "setstate(state) -> None.  Restores generator state." },
    MethodDef { name: "getrandbits", func: r_getrandbits, flags: 0, doc: "getrandbits(k) -> x.  Generates an int with k random bits." },
];

pub static RANDOM_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE),
    tp_drop: slot(drop_payload::<PyRandom>),
    tp_new: slot(random_new),
    tp_init: slot(random_init),
    methods: &RANDOM_METHODS,
    module: Some("_random"),
    doc: Some("Random() -> create a random number generator with its own internal state."),
    ..TypeObject::new_static("Random", std::mem::size_of::<PyRandom>())
});

pub fn random_types() -> [&'static TypeObject; 1] {
    [&RANDOM_TYPE]
}

fn mt_of(o: &PyObject) -> PyResult<&mut Mt> {
    if !o.is_instance_of(&RANDOM_TYPE) {
        return Err(type_error(format!("descriptor requires a '_random.Random' object but received a '{}'", o.type_().name())));
    }
    // SAFETY: checked the type (subclasses share the payload); the state is
    // only touched by these methods, which run no Python code while they
    // hold the reference.
    Ok(unsafe { &mut *o.cast::<PyRandom>().mt.get() })
}

fn random_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyRandom { ob, mt: UnsafeCell::new(Mt::zeroed()) }))
}

fn random_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let own_init = o.is_exact(&RANDOM_TYPE) || o.type_().tp_init.get().map(|f| f as *const () as usize) == Some(random_init as *const () as usize);
    let nkw = args::nkw(kw);
    if own_init && nkw > 0 {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    let npos = a.len() - nkw;
    if npos > 1 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    seed(o, if npos == 1 { Some(a[0]) } else { None })
}

fn seed_from_os(mt: &mut Mt) {
    let mut buf = [0u8; N * 4];
    let mut ok = false;
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        use std::io::Read;
        ok = f.read_exact(&mut buf).is_ok();
    }
    if !ok {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let key = [t as u32, (t >> 32) as u32, std::process::id(), 0];
        mt.init_by_array(&key);
        return;
    }
    let key: Vec<u32> = buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    mt.init_by_array(&key);
}

fn seed(o: &PyObject, arg: Option<&PyObject>) -> PyResult<()> {
    let n: BigInt = match arg {
        None => {
            seed_from_os(mt_of(o)?);
            return Ok(());
        }
        Some(a) if is_none(a) => {
            seed_from_os(mt_of(o)?);
            return Ok(());
        }
        Some(a) if a.is_exact(&INT_TYPE) || as_int(a).is_some() => {
            // int subclasses: int.__abs__, not the subclass's __abs__.
            int_value_big(a).expect("int")
        }
        Some(a) => {
            let h = protocol::hash(a)?;
            BigInt::from(h as usize)
        }
    };
    mt_of(o)?.seed_bigint(&n);
    Ok(())
}

fn r_seed(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_kwargs("seed", kw)?;
    args::check_positional("seed", a.len() - 1, 0, 1)?;
    seed(a[0], a.get(1).copied())?;
    Ok(none())
}

fn r_random(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("random", &a[1..], kw)?;
    Ok(new_float(mt_of(a[0])?.random()))
}

fn r_getrandbits(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let k = args::one_arg("getrandbits", &a[1..], kw)?;
    if as_int(k).is_none() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", k.type_().name())));
    }
    let k = match crate::object::int::int_value_i64(k) {
        Some(v) if v <= i32::MAX as i64 && v >= i32::MIN as i64 => v,
        _ => return Err(PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C int")),
    };
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let mt = mt_of(a[0])?;
    if k == 0 {
        return Ok(new_int(0));
    }
    if k <= 32 {
        return Ok(new_int((mt.genrand_u32() >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.genrand_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    Ok(new_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

fn r_getstate(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args::no_args("getstate", &a[1..], kw)?;
    let mt = mt_of(a[0])?;
    let mut items: Vec<PyRef> = mt.state.iter().map(|&w| new_int(w as i64)).collect();
    items.push(new_int(mt.index as i64));
    Ok(new_tuple(items))
}

fn r_setstate(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let st = args::one_arg("setstate", &a[1..], kw)?;
    if !st.is_instance_of(&TUPLE_TYPE) {
        return Err(type_error("state vector must be a tuple"));
    }
    let items = tuple_slice(st).expect("tuple");
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, it) in words.iter_mut().zip(items.iter()) {
        *w = unsigned_long(it)? as u32;
    }
    let index = match int_value_big(&items[N]) {
        Some(v) => v,
        None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", items[N].type_().name()))),
    };
    let index: i64 = i64::try_from(&index).map_err(|_| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C long"))?;
    if index < 0 || index > N as i64 {
        return Err(value_error("invalid state"));
    }
    let mt = mt_of(a[0])?;
    mt.state = words;
    mt.index = index as usize;
    Ok(none())
}

/// `PyLong_AsUnsignedLong`'s conversion and errors.
fn unsigned_long(o: &PyObject) -> PyResult<u64> {
    let Some(v) = int_value_big(o) else {
        return Err(type_error("an integer is required"));
    };
    if v.sign() == Sign::Minus {
        return Err(PyErr::new(&OVERFLOW_ERROR, "can't convert negative value to unsigned int"));
    }
    u64::try_from(&v).map_err(|_| PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C unsigned long"))
}

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_random");
    let d = as_module(&m).expect("module").dict();
    dict_set_item_str(d, "Random", RANDOM_TYPE.to_ref());
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::Mt;

    #[test]
    fn seed_42_matches_cpython() {
        // random.seed(42); random.random() in CPython 3.11.
        let mut mt = Mt::zeroed();
        mt.seed_bigint(&42.into());
        assert_eq!(mt.random(), 0.6394267984578837);
        assert_eq!(mt.random(), 0.025010755222666936);
    }
}
