//! Builtin functions that operate on single objects: `abs`, `ascii`, `bin`,
//! `callable`, `chr`, `ord`, `divmod`, `format`, `getattr`/`setattr`/
//! `hasattr`/`delattr`, `hash`, `hex`, `oct`, `id`, `isinstance`,
//! `issubclass`, `len`, `pow`, `repr`, `round`, `dir`, `vars`.

use crate::object::args::{check_positional, no_kwargs, one_arg, Params};
use crate::object::dict::{as_dict, dict_keys};
use crate::object::exceptions::{type_error, value_error};
use crate::object::int::{as_int, new_bool, new_int};
use crate::object::list::new_list;
use crate::object::protocol;
use crate::object::singletons::{is_none, is_not_implemented, none};
use crate::object::str::{as_pystr, new_str, str_value};
use crate::object::typeobj::as_type;
use crate::object::{PyObject, PyRef, PyResult};
use crate::bytecode::BinOpKind;

/// Look up a special method on the type of `o` and bind it to `o`
/// (CPython's `_PyObject_LookupSpecial`): Ok(None) when the type lacks it.
pub fn lookup_special(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    let t = o.type_();
    let Some(f) = t.lookup(name).map(|f| f.to_ref()) else { return Ok(None) };
    match f.type_().tp_descr_get.get() {
        Some(get) => get(&f, Some(o), Some(t.obj())).map(Some),
        None => Ok(Some(f)),
    }
}

/// Call a special method of `o` with arguments: Ok(None) when missing.
pub fn call_special(o: &PyObject, name: &PyObject, args: &[&PyObject]) -> PyResult<Option<PyRef>> {
    match lookup_special(o, name)? {
        Some(m) => protocol::call(&m, args, None).map(Some),
        None => Ok(None),
    }
}

pub fn builtin_abs(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("abs", args, kw)?;
    match o.type_().nb_absolute.get() {
        Some(f) => f(o),
        None => Err(type_error(format!("bad operand type for abs(): '{}'", o.type_().name()))),
    }
}

/// `ascii(s)` text: non-ASCII characters of a repr escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let v = crate::object::str_surr::code_point(c);
        if v < 0x80 {
            out.push(c);
        } else if v <= 0xff {
            out.push_str(&format!("\\x{:02x}", v));
        } else if v <= 0xffff {
            out.push_str(&format!("\\u{:04x}", v));
        } else {
            out.push_str(&format!("\\U{:08x}", v));
        }
    }
    out
}

pub fn builtin_ascii(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::str_format::object_ascii(one_arg("ascii", args, kw)?)
}

/// Format an integer in base 2, 8 or 16 with its Python prefix.
fn int_radix(o: &PyObject, radix: u32) -> PyResult<PyRef> {
    let v = protocol::index(o)?;
    let i = as_int(&v).expect("index returns int");
    Ok(new_str(crate::format::fmt_int::int_to_radix_string(&i.to_bigint(), radix, true)))
}

pub fn builtin_bin(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    int_radix(one_arg("bin", args, kw)?, 2)
}

pub fn builtin_oct(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    int_radix(one_arg("oct", args, kw)?, 8)
}

pub fn builtin_hex(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    int_radix(one_arg("hex", args, kw)?, 16)
}

pub fn builtin_callable(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("callable", args, kw)?;
    Ok(new_bool(o.type_().tp_call.get().is_some()))
}

pub fn builtin_chr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("chr", args, kw)?;
    let v = i64::from(crate::object::args::expect_c_int(o)?);
    if !(0..0x110000).contains(&v) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match crate::object::str_surr::char_of_code_point(v as u32)? {
        Some(c) => Ok(crate::object::str::char_str(c)),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

pub fn builtin_ord(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("ord", args, kw)?;
    if let Some(s) = as_pystr(o) {
        if s.char_len == 1 {
            return Ok(new_int(s.as_str().chars().next().map_or(0, |c| crate::object::str_surr::code_point(c) as i64)));
        }
        return Err(type_error(format!("ord() expected a character, but string of length {} found", s.char_len)));
    }
    if let Some(b) = super::hooks::bytes_data(o) {
        if b.len() == 1 {
            return Ok(new_int(b[0] as i64));
        }
        return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", o.type_().name())))
}

/// Dispatch a binary operator that has no slot (`divmod`) through its
/// dunder pair, with CPython's subclass-first rule.
pub fn binary_dunder(a: &PyObject, b: &PyObject, op: &PyObject, rop: &PyObject) -> PyResult<Option<PyRef>> {
    let ta = a.type_();
    let tb = b.type_();
    let same = std::ptr::eq(ta, tb);
    let mut tried_reflected = false;
    if !same && tb.is_subtype(ta) && tb.lookup(rop).is_some() {
        tried_reflected = true;
        if let Some(r) = call_special(b, rop, &[a])? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    if let Some(r) = call_special(a, op, &[b])? {
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if !same && !tried_reflected {
        if let Some(r) = call_special(b, rop, &[a])? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

pub fn builtin_divmod(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("divmod", kw)?;
    check_positional("divmod", args.len(), 2, 2)?;
    let (a, b) = (args[0], args[1]);
    match binary_dunder(a, b, crate::name!("__divmod__"), crate::name!("__rdivmod__"))? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_().name(),
            b.type_().name()
        ))),
    }
}

/// `format(value, spec)`: calls `type(value).__format__(value, spec)`.
pub fn builtin_format(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("format", kw)?;
    if args.is_empty() || args.len() > 2 {
        let how = if args.is_empty() { "at least 1 argument" } else { "at most 2 arguments" };
        return Err(type_error(format!("format() takes {} ({} given)", how, args.len())));
    }
    let empty;
    let spec = match args.get(1) {
        Some(s) => {
            if as_pystr(s).is_none() {
                return Err(type_error(format!("format() argument 2 must be str, not {}", s.type_().name())));
            }
            *s
        }
        None => {
            empty = crate::object::str::intern("");
            &*empty
        }
    };
    crate::object::str_format::format_object(args[0], str_value(spec).unwrap_or(""))
}

fn check_attr_name(name: &PyObject) -> PyResult<()> {
    if as_pystr(name).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", name.type_().name())));
    }
    Ok(())
}

pub fn builtin_getattr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("getattr", kw)?;
    check_positional("getattr", args.len(), 2, 3)?;
    check_attr_name(args[1])?;
    if let Some(default) = args.get(2) {
        return Ok(protocol::getattr_opt(args[0], args[1])?.unwrap_or_else(|| default.to_ref()));
    }
    protocol::getattr(args[0], args[1])
}

pub fn builtin_hasattr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("hasattr", kw)?;
    check_positional("hasattr", args.len(), 2, 2)?;
    check_attr_name(args[1])?;
    Ok(new_bool(protocol::getattr_opt(args[0], args[1])?.is_some()))
}

pub fn builtin_setattr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("setattr", kw)?;
    check_positional("setattr", args.len(), 3, 3)?;
    check_attr_name(args[1])?;
    let name = crate::object::str::intern_obj(args[1]);
    protocol::setattr(args[0], &name, args[2])?;
    Ok(none())
}

pub fn builtin_delattr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("delattr", kw)?;
    check_positional("delattr", args.len(), 2, 2)?;
    check_attr_name(args[1])?;
    protocol::delattr(args[0], args[1])?;
    Ok(none())
}

pub fn builtin_hash(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("hash", args, kw)?;
    Ok(new_int(protocol::hash(o)? as i64))
}

pub fn builtin_id(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("id", args, kw)?;
    Ok(new_int(o.as_ptr() as usize as i64))
}

pub fn builtin_len(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("len", args, kw)?;
    let n = protocol::len(o)?;
    Ok(new_int(n as i64))
}

pub fn builtin_repr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::repr(one_arg("repr", args, kw)?)
}

static POW_PARAMS: Params = Params::new("pow", &["base", "exp", "mod"], 2);

/// `pow(a, b, m)` with a modulus: CPython's ternary_op.
pub fn ternary_pow(a: &PyObject, b: &PyObject, m: &PyObject) -> PyResult<PyRef> {
    let ta = a.type_();
    let tb = b.type_();
    let fa = ta.nb_power3.get();
    let mut fb = if std::ptr::eq(ta, tb) { None } else { tb.nb_power3.get() };
    if fb.map(|f| f as usize) == fa.map(|f| f as usize) {
        fb = None;
    }
    if let Some(f) = fa {
        if let Some(g) = fb {
            if tb.is_subtype(ta) {
                let r = g(a, b, m)?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
                fb = None;
            }
        }
        let r = f(a, b, m)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(g) = fb {
        let r = g(a, b, m)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = m.type_().nb_power3.get() {
        if fa.map(|x| x as usize) != Some(f as usize) && fb.map(|x| x as usize) != Some(f as usize) {
            let r = f(a, b, m)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        ta.name(),
        tb.name(),
        m.type_().name()
    )))
}

pub fn builtin_pow(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 3];
    POW_PARAMS.parse(args, kw, &mut p)?;
    let (a, b) = (p[0].unwrap(), p[1].unwrap());
    match p[2] {
        Some(m) if !is_none(m) => ternary_pow(a, b, m),
        _ => protocol::binary_op(a, b, BinOpKind::Pow),
    }
}

static ROUND_PARAMS: Params = Params::new("round", &["number", "ndigits"], 1);

pub fn builtin_round(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 2];
    ROUND_PARAMS.parse(args, kw, &mut p)?;
    let x = p[0].unwrap();
    let Some(m) = lookup_special(x, crate::name!("__round__"))? else {
        return Err(type_error(format!("type {} doesn't define __round__ method", x.type_().name())));
    };
    match p[1] {
        Some(n) if !is_none(n) => protocol::call1(&m, n),
        _ => protocol::call0(&m),
    }
}

// ---- isinstance / issubclass ----

/// `isinstance(o, cls)` (the type system's implementation).
pub fn isinstance(o: &PyObject, cls: &PyObject) -> PyResult<bool> {
    crate::object::typecheck::isinstance(o, cls)
}

/// `issubclass(derived, cls)` (the type system's implementation).
pub fn issubclass(derived: &PyObject, cls: &PyObject) -> PyResult<bool> {
    crate::object::typecheck::issubclass(derived, cls)
}

pub fn builtin_isinstance(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("isinstance", kw)?;
    check_positional("isinstance", args.len(), 2, 2)?;
    Ok(new_bool(isinstance(args[0], args[1])?))
}

pub fn builtin_issubclass(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("issubclass", kw)?;
    check_positional("issubclass", args.len(), 2, 2)?;
    Ok(new_bool(issubclass(args[0], args[1])?))
}

// ---- dir / vars ----

fn merge_dict_keys(into: &mut Vec<PyRef>, seen: &mut std::collections::HashSet<String>, d: &PyObject) {
    if as_dict(d).is_none() {
        return;
    }
    for k in dict_keys(d) {
        if let Some(s) = str_value(&k) {
            if seen.insert(s.to_string()) {
                into.push(k.clone());
            }
        }
    }
}

/// `object.__dir__` when the type system provides none: the instance dict
/// plus the attributes of the class and its bases.
fn default_dir(o: &PyObject) -> PyResult<Vec<PyRef>> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(m) = crate::object::module::as_module(o) {
        merge_dict_keys(&mut out, &mut seen, m.dict());
        return Ok(out);
    }
    if let Some(t) = as_type(o) {
        for b in t.mro_types() {
            merge_dict_keys(&mut out, &mut seen, b.dict());
        }
        return Ok(out);
    }
    if let Some(d) = crate::object::object_type::instance_dict(o) {
        merge_dict_keys(&mut out, &mut seen, d);
    }
    for b in o.type_().mro_types() {
        merge_dict_keys(&mut out, &mut seen, b.dict());
    }
    Ok(out)
}

/// Sort a list of objects that are all str by their text; other lists go
/// through `list.sort()`.
fn sorted_names(items: Vec<PyRef>) -> PyResult<PyRef> {
    if items.iter().all(|x| as_pystr(x).is_some()) {
        let mut items = items;
        items.sort_by(|a, b| str_value(a).unwrap_or("").cmp(str_value(b).unwrap_or("")));
        return Ok(new_list(items));
    }
    let l = new_list(items);
    protocol::call_method(&l, crate::name!("sort"), &[])?;
    Ok(l)
}

pub fn builtin_dir(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("dir", kw)?;
    check_positional("dir", args.len(), 0, 1)?;
    let Some(o) = args.first() else {
        let locals = super::hooks::current_locals()?;
        let keys = protocol::call_method(&locals, crate::name!("keys"), &[])?;
        return sorted_names(protocol::collect(&keys)?);
    };
    let items = match lookup_special(o, crate::name!("__dir__"))? {
        Some(m) => {
            let r: PyRef = protocol::call0(&m)?;
            protocol::collect(&r)?
        }
        None => default_dir(o)?,
    };
    sorted_names(items)
}

pub fn builtin_vars(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("vars", kw)?;
    check_positional("vars", args.len(), 0, 1)?;
    let Some(o) = args.first() else {
        return super::hooks::current_locals();
    };
    if let Some(d) = protocol::getattr_opt(o, crate::name!("__dict__"))? {
        return Ok(d);
    }
    // Types and objects whose `__dict__` descriptor is not installed.
    if let Some(t) = as_type(o) {
        return Ok(t.dict().to_ref());
    }
    match crate::object::object_type::instance_dict_or_create(o) {
        Some(d) => Ok(d.to_ref()),
        None => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

pub fn builtin_aiter(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let o = one_arg("aiter", args, kw)?;
    match call_special(o, crate::name!("__aiter__"), &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("'{}' object is not an async iterable", o.type_().name()))),
    }
}

pub fn builtin_anext(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("anext", kw)?;
    check_positional("anext", args.len(), 1, 2)?;
    let awaitable = match call_special(args[0], crate::name!("__anext__"), &[])? {
        Some(r) => r,
        None => return Err(type_error(format!("'{}' object is not an async iterator", args[0].type_().name()))),
    };
    match args.get(1) {
        Some(d) => Ok(crate::interp::async_gen::new_anext_awaitable(awaitable, d.to_ref())),
        None => Ok(awaitable),
    }
}

/// The "Did you mean" name for an AttributeError report: the closest
/// attribute of `exc.obj` to `exc.name` (CPython 3.11's
/// `offer_suggestions_for_attribute_error`); None when there is none or
/// anything fails.
pub fn attribute_error_suggestion(exc: &PyObject) -> Option<String> {
    use crate::object::exc_methods::{fam, PyAttributeError};
    if !exc.is_instance_of(&crate::object::exceptions::ATTRIBUTE_ERROR) {
        return None;
    }
    // SAFETY: AttributeError and its subclasses have the PyAttributeError layout.
    let f = unsafe { fam::<PyAttributeError>(exc) };
    let (name, obj) = (f.name.get()?, f.obj.get()?);
    if !name.is_exact(&crate::object::str::STR_TYPE) {
        return None;
    }
    let dir = builtin_dir(&[&obj], None).ok()?;
    let names: Vec<String> = protocol::collect(&dir).ok()?.iter().filter_map(|n| str_value(n).map(|s| s.to_string())).collect();
    crate::object::suggestions::best_suggestion(str_value(&name)?, &names).map(|s| s.to_string())
}
