//! Python values ↔ SQLite values: parameter binding (with the adapters
//! registry and `__conform__`), result columns (`text_factory`, the
//! converters registry for PARSE_DECLTYPES/PARSE_COLNAMES), and the values
//! passed to and returned by user functions.

use super::{module_attr, programming_error, PREPARE_PROTOCOL_TYPE};
use crate::object::bytes::{buffer_bytes, new_bytes};
use crate::object::exceptions::{overflow_error, PyErr};
use crate::object::float::{float_value, new_float, FLOAT_TYPE};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{new_int, INT_TYPE};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value, STR_TYPE};
use crate::object::{protocol, PyResult};
use rusqlite::ffi;
use std::ffi::c_void;

/// `adapt(obj, proto=PrepareProtocol, alt=<none>)`: the registered
/// adapter's result, else `proto.__adapt__`/`obj.__conform__`, else `alt`
/// or ProgrammingError("can't adapt").
pub fn adapt(o: &PyObject, alt: Option<&PyObject>) -> PyResult<PyRef> {
    let key = crate::object::tuple::new_tuple(vec![o.type_().to_ref(), PREPARE_PROTOCOL_TYPE.to_ref()]);
    let adapters = module_attr("adapters")?;
    if let Some(f) = crate::object::dict::dict_get(&adapters, &key)? {
        return protocol::call(&f, &[o], None);
    }
    if let Some(conform) = protocol::getattr_opt(o, &new_str("__conform__"))? {
        let r = protocol::call(&conform, &[&PREPARE_PROTOCOL_TYPE.to_ref()], None)?;
        if !is_none(&r) {
            return Ok(r);
        }
    }
    match alt {
        Some(a) => Ok(a.to_ref()),
        None => Err(programming_error("can't adapt")),
    }
}

/// Bind one parameter (1-based `i`) of `stmt`; `Ok(false)` means the type
/// is not supported.
fn bind_value(stmt: *mut ffi::sqlite3_stmt, i: i32, v: &PyObject) -> PyResult<Result<i32, ()>> {
    // SAFETY (every call): stmt is a live prepared statement and i in range;
    // text and blobs are copied by SQLite (SQLITE_TRANSIENT).
    let rc = unsafe {
        if is_none(v) {
            ffi::sqlite3_bind_null(stmt, i)
        } else if v.is_instance_of(&INT_TYPE) {
            let n = crate::object::int::as_int(v).and_then(|x| x.as_i64());
            match n {
                Some(n) => ffi::sqlite3_bind_int64(stmt, i, n),
                None => return Err(overflow_error("Python int too large to convert to SQLite INTEGER")),
            }
        } else if v.is_instance_of(&FLOAT_TYPE) {
            ffi::sqlite3_bind_double(stmt, i, float_value(v).unwrap_or(0.0))
        } else if let Some(s) = str_value(v) {
            ffi::sqlite3_bind_text64(stmt, i, s.as_ptr() as *const _, s.len() as u64, ffi::SQLITE_TRANSIENT(), ffi::SQLITE_UTF8 as u8)
        } else if let Some(b) = buffer_bytes(v) {
            ffi::sqlite3_bind_blob64(stmt, i, b.as_ptr() as *const c_void, b.len() as u64, ffi::SQLITE_TRANSIENT())
        } else {
            return Ok(Err(()));
        }
    };
    Ok(Ok(rc))
}

/// Adapt (unless a plain int/float/str/bytearray) and bind a parameter.
fn bind_param(db: *mut ffi::sqlite3, stmt: *mut ffi::sqlite3_stmt, i: i32, v: &PyObject) -> PyResult<()> {
    let plain = v.is_exact(&INT_TYPE) || v.is_exact(&FLOAT_TYPE) || v.is_exact(&STR_TYPE) || v.is_exact(&crate::object::bytearray::BYTEARRAY_TYPE);
    let adapted = if plain { v.to_ref() } else { adapt(v, Some(v))? };
    match bind_value(stmt, i, &adapted)? {
        Ok(rc) if rc == ffi::SQLITE_OK => Ok(()),
        Ok(_) => Err(super::db_error(db)),
        Err(()) => Err(programming_error(format!("Error binding parameter {}: type '{}' is not supported", i, adapted.type_().name()))),
    }
}

/// Bind `params` (a sequence for `?` markers, a mapping for named ones).
pub fn bind_parameters(db: *mut ffi::sqlite3, stmt: *mut ffi::sqlite3_stmt, params: Option<&PyObject>) -> PyResult<()> {
    // SAFETY: stmt is live.
    let n = unsafe { ffi::sqlite3_bind_parameter_count(stmt) };
    let Some(params) = params else {
        if n > 0 {
            return Err(programming_error(format!("Incorrect number of bindings supplied. The current statement uses {}, and there are 0 supplied.", n)));
        }
        return Ok(());
    };
    // CPython 3.11: tuples, lists and other sequences bind `?` markers in
    // order; dicts bind named markers; anything else is unsupported.
    let is_dict = crate::object::dict::as_dict(params).is_some();
    let is_seq = !is_dict && params.type_().mp_subscript.get().is_some();
    if is_dict {
        for i in 1..=n {
            // SAFETY: i is in range; the name is NUL-terminated or null.
            let name = unsafe { ffi::sqlite3_bind_parameter_name(stmt, i) };
            if name.is_null() {
                return Err(programming_error(format!("Binding {} has no name, but you supplied a dictionary (which has only names).", i)));
            }
            // SAFETY: non-null NUL-terminated name.
            let full = unsafe { std::ffi::CStr::from_ptr(name) }.to_string_lossy().into_owned();
            let key = new_str(&full[1..]);
            let v = match protocol::getitem(params, &key) {
                Ok(v) => v,
                Err(e) if e.matches(&crate::object::exceptions::KEY_ERROR) => {
                    return Err(programming_error(format!("You did not supply a value for binding parameter {}.", full)));
                }
                Err(e) => return Err(e),
            };
            bind_param(db, stmt, i, &v)?;
        }
        return Ok(());
    }
    if !is_seq {
        return Err(programming_error("parameters are of unsupported type"));
    }
    let items = protocol::collect(params)?;
    if items.len() as i32 != n {
        return Err(programming_error(format!(
            "Incorrect number of bindings supplied. The current statement uses {}, and there are {} supplied.",
            n,
            items.len()
        )));
    }
    for (i, v) in items.iter().enumerate() {
        bind_param(db, stmt, i as i32 + 1, v)?;
    }
    Ok(())
}

/// The raw bytes of column `i` (text or blob).
fn column_bytes(stmt: *mut ffi::sqlite3_stmt, i: i32, blob: bool) -> Vec<u8> {
    // SAFETY: stmt has a current row; the pointer is valid until the next
    // step/reset and holds `n` bytes.
    unsafe {
        let p = if blob { ffi::sqlite3_column_blob(stmt, i) as *const u8 } else { ffi::sqlite3_column_text(stmt, i) };
        let n = ffi::sqlite3_column_bytes(stmt, i) as usize;
        if p.is_null() || n == 0 {
            Vec::new()
        } else {
            std::slice::from_raw_parts(p, n).to_vec()
        }
    }
}

/// Column `i` of the current row as a Python value. `converter`: the
/// converter for the column (applied to the value's bytes unless NULL).
pub fn column_value(stmt: *mut ffi::sqlite3_stmt, i: i32, text_factory: &PyObject, converter: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: stmt has a current row and i is a column index.
    let ty = unsafe { ffi::sqlite3_column_type(stmt, i) };
    if let Some(conv) = converter {
        if ty == ffi::SQLITE_NULL {
            return Ok(none());
        }
        let b = new_bytes(column_bytes(stmt, i, ty == ffi::SQLITE_BLOB));
        return protocol::call(conv, &[&b], None);
    }
    Ok(match ty {
        ffi::SQLITE_NULL => none(),
        // SAFETY: as above.
        ffi::SQLITE_INTEGER => new_int(unsafe { ffi::sqlite3_column_int64(stmt, i) }),
        // SAFETY: as above.
        ffi::SQLITE_FLOAT => new_float(unsafe { ffi::sqlite3_column_double(stmt, i) }),
        ffi::SQLITE_TEXT => {
            let raw = column_bytes(stmt, i, false);
            if std::ptr::eq(text_factory as *const PyObject as *const u8, &*STR_TYPE as *const _ as *const u8) {
                match String::from_utf8(raw) {
                    Ok(s) => new_str(s),
                    Err(e) => {
                        // SAFETY: column names are NUL-terminated.
                        let name = unsafe { std::ffi::CStr::from_ptr(ffi::sqlite3_column_name(stmt, i)) }.to_string_lossy().into_owned();
                        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                        return Err(super::operational_error(format!("Could not decode to UTF-8 column '{}' with text '{}'", name, text)));
                    }
                }
            } else if std::ptr::eq(text_factory as *const PyObject as *const u8, &*crate::object::bytes::BYTES_TYPE as *const _ as *const u8) {
                new_bytes(raw)
            } else {
                protocol::call(text_factory, &[&new_bytes(raw)], None)?
            }
        }
        _ => new_bytes(column_bytes(stmt, i, true)),
    })
}

/// A user function's argument.
pub fn value_to_py(v: *mut ffi::sqlite3_value) -> PyRef {
    // SAFETY: v is a live argument value for the duration of the callback.
    unsafe {
        match ffi::sqlite3_value_type(v) {
            ffi::SQLITE_INTEGER => new_int(ffi::sqlite3_value_int64(v)),
            ffi::SQLITE_FLOAT => new_float(ffi::sqlite3_value_double(v)),
            ffi::SQLITE_TEXT => {
                let p = ffi::sqlite3_value_text(v);
                let n = ffi::sqlite3_value_bytes(v) as usize;
                let b = if p.is_null() { &[][..] } else { std::slice::from_raw_parts(p, n) };
                new_str(String::from_utf8_lossy(b).into_owned())
            }
            ffi::SQLITE_BLOB => {
                let p = ffi::sqlite3_value_blob(v) as *const u8;
                let n = ffi::sqlite3_value_bytes(v) as usize;
                new_bytes(if p.is_null() { Vec::new() } else { std::slice::from_raw_parts(p, n).to_vec() })
            }
            _ => none(),
        }
    }
}

/// Set a user function's result; Err(()) for an unsupported type.
pub fn set_result(ctx: *mut ffi::sqlite3_context, r: &PyObject) -> Result<(), PyErr> {
    // SAFETY (every call): ctx is the live context of the current call;
    // text and blobs are copied (SQLITE_TRANSIENT).
    unsafe {
        if is_none(r) {
            ffi::sqlite3_result_null(ctx);
        } else if r.is_instance_of(&INT_TYPE) {
            match crate::object::int::as_int(r).and_then(|x| x.as_i64()) {
                Some(n) => ffi::sqlite3_result_int64(ctx, n),
                None => return Err(overflow_error("Python int too large to convert to SQLite INTEGER")),
            }
        } else if r.is_instance_of(&FLOAT_TYPE) {
            ffi::sqlite3_result_double(ctx, float_value(r).unwrap_or(0.0));
        } else if let Some(s) = str_value(r) {
            ffi::sqlite3_result_text64(ctx, s.as_ptr() as *const _, s.len() as u64, ffi::SQLITE_TRANSIENT(), ffi::SQLITE_UTF8 as u8);
        } else if let Some(b) = buffer_bytes(r) {
            ffi::sqlite3_result_blob64(ctx, b.as_ptr() as *const c_void, b.len() as u64, ffi::SQLITE_TRANSIENT());
        } else {
            return Err(programming_error("unsupported return type"));
        }
    }
    Ok(())
}
