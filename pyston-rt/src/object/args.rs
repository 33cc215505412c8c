//! Argument parsing for native functions and methods, with CPython's error
//! wording. Native functions receive `(args, kwnames)`: positional values
//! followed by keyword values, with the keyword names in the `kwnames` tuple.
//!
//! Two families of messages exist in CPython and both are provided:
//! - Argument Clinic style (`split() takes at most 2 arguments (3 given)`,
//!   `'x' is an invalid keyword argument for split()`): `Params::parse`.
//! - "unpack" style (`divmod expected 2 arguments, got 1`): `check_positional`.

use super::exceptions::type_error;
use super::header::PyObject;
use super::str::str_value;
use super::tuple::tuple_slice;
use super::PyResult;

/// Number of keyword values at the end of `args`.
#[inline]
pub fn nkw(kwnames: Option<&PyObject>) -> usize {
    kwnames.and_then(tuple_slice).map_or(0, |s| s.len())
}

/// Split `args` into (positional, keyword values) with the keyword names.
#[inline]
pub fn split<'s, 'a, 'k>(args: &'s [&'a PyObject], kwnames: Option<&'k PyObject>) -> (&'s [&'a PyObject], &'s [&'a PyObject], &'k [super::PyRef]) {
    let names = kwnames.and_then(tuple_slice).unwrap_or(&[]);
    let npos = args.len() - names.len();
    (&args[..npos], &args[npos..], names)
}

/// `f() takes no keyword arguments`
pub fn no_kwargs(fname: &str, kwnames: Option<&PyObject>) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(type_error(format!("{}() takes no keyword arguments", fname)));
    }
    Ok(())
}

/// "unpack" style positional count check (`name expected 2 arguments, got 1`).
pub fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        if min == max {
            return Err(type_error(format!("{} expected {} argument{}, got {}", name, min, plural(min), n)));
        }
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", name, min, plural(min), n)));
    }
    if n > max {
        if min == max {
            return Err(type_error(format!("{} expected {} argument{}, got {}", name, max, plural(max), n)));
        }
        return Err(type_error(format!("{} expected at most {} argument{}, got {}", name, max, plural(max), n)));
    }
    Ok(())
}

/// METH_O style: exactly one positional argument, no keywords.
/// `qualname` is how CPython names it (`list.append`, `len`).
pub fn one_arg<'a>(qualname: &str, args: &[&'a PyObject], kwnames: Option<&PyObject>) -> PyResult<&'a PyObject> {
    no_kwargs(qualname, kwnames)?;
    if args.len() != 1 {
        return Err(type_error(format!("{}() takes exactly one argument ({} given)", qualname, args.len())));
    }
    Ok(args[0])
}

/// METH_NOARGS style: `f() takes no arguments (1 given)`.
pub fn no_args(qualname: &str, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    if !args.is_empty() {
        return Err(type_error(format!("{}() takes no arguments ({} given)", qualname, args.len())));
    }
    let _ = kwnames;
    Ok(())
}

/// A parameter list in Argument Clinic style. `names[..posonly]` are
/// positional-only, `names[kwonly..]` keyword-only, the first `required`
/// are required.
pub struct Params<'n> {
    pub fname: &'n str,
    pub names: &'n [&'n str],
    pub required: usize,
    pub posonly: usize,
    pub kwonly: usize,
}

impl<'n> Params<'n> {
    /// All parameters positional-or-keyword.
    pub const fn new(fname: &'n str, names: &'n [&'n str], required: usize) -> Self {
        Params { fname, names, required, posonly: 0, kwonly: names.len() }
    }

    /// Fill `out[i]` for each parameter (None when not given).
    pub fn parse<'a>(&self, args: &[&'a PyObject], kwnames: Option<&PyObject>, out: &mut [Option<&'a PyObject>]) -> PyResult<()> {
        debug_assert_eq!(out.len(), self.names.len());
        let (pos, kwvals, kwn) = split(args, kwnames);
        let maxpos = self.kwonly;
        if pos.len() > maxpos {
            if maxpos == 0 {
                return Err(type_error(format!("{}() takes no positional arguments", self.fname)));
            }
            let how = if self.required == maxpos { "exactly" } else { "at most" };
            let plural = if maxpos == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{}() takes {} {} positional argument{} ({} given)",
                self.fname,
                how,
                maxpos,
                plural,
                pos.len()
            ).replace(" positional argument", if self.kwonly == self.names.len() { " argument" } else { " positional argument" })));
        }
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(*v);
        }
        for (k, v) in kwn.iter().zip(kwvals.iter()) {
            let name = str_value(k).unwrap_or("");
            match self.names.iter().position(|n| *n == name) {
                Some(i) if i >= self.posonly => {
                    if out[i].is_some() {
                        return Err(type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            self.fname,
                            name,
                            i + 1
                        )));
                    }
                    out[i] = Some(*v);
                }
                _ => {
                    return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", name, self.fname)));
                }
            }
        }
        for i in 0..self.required {
            if out[i].is_none() {
                if i < self.posonly {
                    return Err(type_error(format!(
                        "{}() takes at least {} argument{} ({} given)",
                        self.fname,
                        self.required,
                        if self.required == 1 { "" } else { "s" },
                        pos.len()
                    )));
                }
                return Err(type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    self.fname,
                    self.names[i],
                    i + 1
                )));
            }
        }
        Ok(())
    }
}

/// `o` as a Rust string or `TypeError: <what> must be str, not int`.
pub fn expect_str<'a>(o: &'a PyObject, what: &str) -> PyResult<&'a str> {
    str_value(o).ok_or_else(|| type_error(format!("{} must be str, not {}", what, o.type_().name())))
}

/// `o` as an index-sized integer (via `__index__`), CPython's wording.
pub fn expect_index(o: &PyObject) -> PyResult<isize> {
    match super::protocol::index_opt(o)? {
        Some(v) => Ok(v),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_().name()
        ))),
    }
}

/// `o` as a C `int` (via `__index__`): CPython's `_PyLong_AsInt`, with its
/// `OverflowError: Python int too large to convert to C int` for any value
/// outside `i32`.
pub fn expect_c_int(o: &PyObject) -> PyResult<i32> {
    let v = super::protocol::index(o)?;
    match super::int::as_int(&v).and_then(|i| i.as_i64()).and_then(|x| i32::try_from(x).ok()) {
        Some(x) => Ok(x),
        None => Err(super::exceptions::PyErr::new(
            &super::exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C int",
        )),
    }
}
