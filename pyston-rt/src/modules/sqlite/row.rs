//! `sqlite3.Row`: a row factory whose rows index by position, slice, or
//! column name (case-insensitive), with `keys()`, equality and hashing.

use crate::object::args::{check_positional, no_kwargs};
use crate::object::exceptions::{index_error, type_error};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::singletons::not_implemented;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::{tuple_slice, TUPLE_TYPE};
use crate::object::typeobj::{drop_payload, slot, type_flags, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use crate::bytecode::CmpKind;
use std::cell::Cell;

#[repr(C)]
pub struct PyRow {
    ob: PyObject,
    data: PyRef,
    description: PyRef,
}

static ROW_METHODS: [MethodDef; 1] = [MethodDef { name: "keys", func: m_keys, flags: 0, doc: "Returns the keys of the row." }];

pub static ROW_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyRow>),
    tp_new: slot(row_new),
    tp_iter: slot(|o| protocol::iter(&row(o)?.data)),
    tp_hash: slot(row_hash),
    tp_richcompare: slot(row_richcompare),
    mp_length: slot(|o| Ok(tuple_slice(&row(o)?.data).map_or(0, |s| s.len()))),
    mp_subscript: slot(row_getitem),
    flags: Cell::new(type_flags::BASETYPE),
    methods: &ROW_METHODS,
    module: Some("sqlite3"),
    ..TypeObject::new_static("Row", std::mem::size_of::<PyRow>())
});

fn row(o: &PyObject) -> PyResult<&PyRow> {
    if !o.is_instance_of(&ROW_TYPE) {
        return Err(type_error("descriptor requires a 'sqlite3.Row' object"));
    }
    // SAFETY: checked the type; subclasses extend this payload.
    Ok(unsafe { o.cast::<PyRow>() })
}

fn row_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("Row", kw)?;
    check_positional("Row", args.len(), 2, 2)?;
    let cursor = args[0];
    if !cursor.is_instance_of(&super::cursor::CURSOR_TYPE) {
        return Err(type_error(format!("Row() argument 1 must be sqlite3.Cursor, not {}", cursor.type_().name())));
    }
    if !args[1].is_instance_of(&TUPLE_TYPE) {
        return Err(type_error(format!("Row() argument 2 must be tuple, not {}", args[1].type_().name())));
    }
    let description = protocol::getattr(cursor, &new_str("description"))?;
    let data = args[1].to_ref();
    Ok(new_object(t, |ob| PyRow { ob, data, description }))
}

/// The column names (first items of the description).
fn names(r: &PyRow) -> PyResult<Vec<PyRef>> {
    let mut v = Vec::new();
    if let Some(d) = tuple_slice(&r.description) {
        for col in d {
            v.push(protocol::getitem(col, &new_int(0))?);
        }
    }
    Ok(v)
}

fn row_getitem(o: &PyObject, key: &PyObject) -> PyResult<PyRef> {
    let r = row(o)?;
    if let Some(k) = str_value(key) {
        for (i, n) in names(r)?.iter().enumerate() {
            if str_value(n).is_some_and(|n| n.eq_ignore_ascii_case(k)) {
                return protocol::getitem(&r.data, &new_int(i as i64));
            }
        }
        return Err(index_error("No item with that key"));
    }
    if key.type_().nb_index.get().is_some() || crate::object::slice::as_slice(key).is_some() {
        return protocol::getitem(&r.data, key);
    }
    Err(index_error("Index must be int or string"))
}

fn m_keys(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_list(names(row(args[0])?)?))
}

fn row_hash(o: &PyObject) -> PyResult<isize> {
    let r = row(o)?;
    Ok(protocol::hash(&r.description)? ^ protocol::hash(&r.data)?)
}

fn row_richcompare(a: &PyObject, b: &PyObject, op: CmpKind) -> PyResult<PyRef> {
    if !b.is_instance_of(&ROW_TYPE) || !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(not_implemented());
    }
    let (x, y) = (row(a)?, row(b)?);
    let eq = protocol::rich_compare_bool(&x.description, &y.description, CmpKind::Eq)?
        && protocol::rich_compare_bool(&x.data, &y.data, CmpKind::Eq)?;
    Ok(crate::object::int::new_bool(if op == CmpKind::Eq { eq } else { !eq }))
}
