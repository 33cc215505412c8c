//! Test support for the generated CPython comparison cases
//! (`str_tests.rs`): building argument values and showing results the way
//! Python's `repr` does, without depending on other types' reprs.

use super::bytearray::{as_bytearray, new_bytearray};
use super::bytes::{as_bytes, bytes_repr_text, new_bytes, BYTES_TYPE};
use super::dict::{as_dict, dict_items, dict_set, new_dict};
use super::exceptions::PyErr;
use super::header::{PyObject, PyRef};
use super::int::{as_int, new_bigint, new_bool, BOOL_TYPE};
use super::list::{as_list, new_list};
use super::protocol;
use super::singletons::{is_none, none};
use super::str::{as_pystr, intern, new_str, STR_TYPE};
use super::str_ops::repr_text;
use super::tuple::{new_tuple, tuple_slice};
use super::PyResult;
use crate::bytecode::{BinOpKind, CmpKind};

/// A test value.
pub enum V {
    None,
    Bool(bool),
    Int(i128),
    S(&'static str),
    B(&'static [u8]),
    BA(&'static [u8]),
    T(Vec<V>),
    L(Vec<V>),
    D(Vec<(V, V)>),
}

fn build(v: &V) -> PyRef {
    match v {
        V::None => none(),
        V::Bool(b) => new_bool(*b),
        V::Int(i) => new_bigint(num_bigint::BigInt::from(*i)),
        V::S(s) => new_str(*s),
        V::B(b) => new_bytes(b.to_vec()),
        V::BA(b) => new_bytearray(b.to_vec()),
        V::T(items) => new_tuple(items.iter().map(build).collect()),
        V::L(items) => new_list(items.iter().map(build).collect()),
        V::D(items) => {
            let d = new_dict();
            for (k, x) in items {
                dict_set(&d, &build(k), &build(x)).expect("dict_set");
            }
            d
        }
    }
}

/// Python's `repr` for the value types used in the cases.
pub fn show(o: &PyObject) -> String {
    if let Some(s) = as_pystr(o) {
        return repr_text(&s.data);
    }
    if let Some(b) = as_bytes(o) {
        return bytes_repr_text(&b.data);
    }
    if let Some(b) = as_bytearray(o) {
        return crate::format::repr::bytearray_repr(b.as_slice(), "bytearray");
    }
    if o.is_exact(&BOOL_TYPE) {
        return if protocol::is_true(o).unwrap_or(false) { "True".into() } else { "False".into() };
    }
    if let Some(i) = as_int(o) {
        return i.to_bigint().to_string();
    }
    if is_none(o) {
        return "None".into();
    }
    if let Some(l) = as_list(o) {
        return format!("[{}]", l.items().iter().map(|x| show(x)).collect::<Vec<_>>().join(", "));
    }
    if let Some(t) = tuple_slice(o) {
        if t.len() == 1 {
            return format!("({},)", show(&t[0]));
        }
        return format!("({})", t.iter().map(|x| show(x)).collect::<Vec<_>>().join(", "));
    }
    if as_dict(o).is_some() {
        let items = dict_items(o);
        return format!(
            "{{{}}}",
            items.iter().map(|(k, v)| format!("{}: {}", show(k), show(v))).collect::<Vec<_>>().join(", ")
        );
    }
    format!("<{}>", o.type_().name())
}

fn show_err(e: &PyErr) -> String {
    let name = e.value().type_().name().to_string();
    let args = e.exc().args().clone();
    let items = tuple_slice(&args).map(|s| s.to_vec()).unwrap_or_default();
    if items.len() == 1 {
        if let Some(s) = as_pystr(&items[0]) {
            return format!("{}: {}", name, s.data);
        }
    }
    format!("{}{}", name, show(&args))
}

fn run(kind: &str, recv: &V, meth: &str, args: &[V], kwargs: &[(&str, V)]) -> PyResult<PyRef> {
    let r = build(recv);
    let a: Vec<PyRef> = args.iter().map(build).collect();
    let aref: Vec<&PyObject> = a.iter().map(|x| &**x).collect();
    match kind {
        "%" => protocol::binary_op(&r, aref[0], BinOpKind::Mod),
        "+" => protocol::binary_op(&r, aref[0], BinOpKind::Add),
        "*" => protocol::binary_op(&r, aref[0], BinOpKind::Mul),
        "in" => protocol::contains(aref[0], &r).map(new_bool),
        "[]" => protocol::getitem(&r, aref[0]),
        "repr" => protocol::repr(&r),
        "==" | "!=" | "<" | "<=" | ">" | ">=" => {
            let op = match kind {
                "==" => CmpKind::Eq,
                "!=" => CmpKind::Ne,
                "<" => CmpKind::Lt,
                "<=" => CmpKind::Le,
                ">" => CmpKind::Gt,
                _ => CmpKind::Ge,
            };
            protocol::rich_compare(&r, aref[0], op)
        }
        "str()" => protocol::call(STR_TYPE.obj(), &aref, None),
        "bytes()" => protocol::call(BYTES_TYPE.obj(), &aref, None),
        "bytearray()" => protocol::call(super::bytearray::BYTEARRAY_TYPE.obj(), &aref, None),
        "maketrans" => {
            let f = protocol::getattr(STR_TYPE.obj(), &intern("maketrans"))?;
            protocol::call(&f, &aref, None)
        }
        "fromhex" => {
            let f = protocol::getattr(BYTES_TYPE.obj(), &intern("fromhex"))?;
            protocol::call(&f, &aref, None)
        }
        _ => {
            if meth == "__len__" {
                return protocol::len(&r).map(|n| super::int::new_int(n as i64));
            }
            if meth == "__contains__" {
                return protocol::contains(&r, aref[0]).map(new_bool);
            }
            let f = protocol::getattr(&r, &intern(meth))?;
            let mut all = aref.clone();
            let kwv: Vec<PyRef> = kwargs.iter().map(|(_, v)| build(v)).collect();
            all.extend(kwv.iter().map(|x| &**x));
            let names = if kwargs.is_empty() {
                None
            } else {
                Some(new_tuple(kwargs.iter().map(|(n, _)| intern(n)).collect()))
            };
            protocol::call(&f, &all, names.as_deref())
        }
    }
}

fn has_container(v: &V) -> bool {
    match v {
        V::L(_) | V::D(_) => true,
        V::T(items) => items.iter().any(has_container),
        _ => false,
    }
}

/// Whether list/dict support iteration, subscripts and repr (the
/// containers work); cases using them are skipped until then.
fn containers_ready() -> bool {
    super::list::LIST_TYPE.tp_iter.get().is_some()
        && super::list::LIST_TYPE.tp_repr.get().is_some()
        && super::dict::DICT_TYPE.mp_subscript.get().is_some()
}

/// Run one case and record a mismatch.
pub fn check(kind: &str, recv: V, meth: &str, args: Vec<V>, kwargs: Vec<(&str, V)>, expected: &str, failures: &mut Vec<String>) {
    if !containers_ready() && (has_container(&recv) || args.iter().any(has_container)) {
        return;
    }
    let got = match run(kind, &recv, meth, &args, &kwargs) {
        Ok(r) => show(&r),
        Err(e) => show_err(&e),
    };
    if got != expected {
        let r = build(&recv);
        let shown_args: Vec<String> = args.iter().map(|a| show(&build(a))).collect();
        failures.push(format!(
            "{} {} .{}({}) {:?}\n    expected: {}\n    got:      {}",
            kind,
            show(&r),
            meth,
            shown_args.join(", "),
            kwargs.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            expected,
            got
        ));
    }
}
