//! `except*` (PEP 654): matching an exception (group) against a handler's
//! types (`CheckEgMatch`) and computing what to re-raise at the end of the
//! statement (`PrepReraiseStar`), as CPython 3.11's
//! `exception_group_match` and `_PyExc_PrepReraiseStar`.

use crate::object::exc_group::{collect_leaf_ids, is_exception_group, project, split_by};
use crate::object::exceptions::{as_exception, type_error, BASE_EXCEPTION, BASE_EXCEPTION_GROUP};
use crate::object::list::as_list;
use crate::object::singletons::{is_none, none};
use crate::object::str::new_str;
use crate::object::tuple::tuple_slice;
use crate::object::typeobj::as_type;
use crate::object::{protocol, PyObject, PyRef, PyResult};

fn check_type(t: &PyObject) -> PyResult<()> {
    match as_type(t) {
        Some(ty) if ty.is_subtype(&BASE_EXCEPTION) => {
            if ty.is_subtype(&BASE_EXCEPTION_GROUP) {
                return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
            }
            Ok(())
        }
        _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// `except* typ` against `exc` (an exception, a group, or None when an
/// earlier clause took everything): `(matched part, rest)`; the matched part
/// is None when nothing matches (the rest is then `exc` unchanged). A plain
/// exception that matches is wrapped as `ExceptionGroup("", (exc,))`.
pub fn check_eg_match(exc: &PyObject, typ: &PyObject) -> PyResult<(Option<PyRef>, PyRef)> {
    // Every type is validated (the plain `except` check) before rejecting groups.
    match tuple_slice(typ) {
        Some(items) => {
            for t in items {
                if !as_type(t).is_some_and(|ty| ty.is_subtype(&BASE_EXCEPTION)) {
                    return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
            }
            for t in items {
                check_type(t)?;
            }
        }
        None => check_type(typ)?,
    }
    if is_none(exc) {
        return Ok((None, none()));
    }
    if super::ops_support::exc_match(exc, typ)? {
        if is_exception_group(exc) {
            return Ok((Some(exc.to_ref()), none()));
        }
        // CPython 3.11 wraps it with a 1-tuple and no traceback.
        let t = crate::object::tuple::new_tuple(vec![exc.to_ref()]);
        let wrapped = protocol::call(BASE_EXCEPTION_GROUP.obj(), &[&new_str(""), &t], None)?;
        return Ok((Some(wrapped), none()));
    }
    if is_exception_group(exc) {
        let (m, rest) = split_by(exc, typ)?;
        return Ok((m, rest.unwrap_or_else(none)));
    }
    Ok((None, exc.to_ref()))
}

/// Same traceback, cause and context (the parts of a group keep these, so
/// such an exception is a re-raise of part of `orig`). CPython 3.11 keeps
/// notes in the instance dict and does not compare them.
fn same_metadata(a: &PyObject, b: &PyObject) -> bool {
    let (Some(x), Some(y)) = (as_exception(a), as_exception(b)) else { return false };
    let ptr = |o: Option<PyRef>| o.map(|r| r.as_ptr() as usize);
    ptr(x.traceback()) == ptr(y.traceback())
        && ptr(x.cause()) == ptr(y.cause())
        && ptr(x.context()) == ptr(y.context())
}

/// `PrepReraiseStar`: the exception to re-raise after the `except*`
/// clauses, or None.
pub fn prep_reraise_star(orig: &PyObject, excs: &PyObject) -> PyResult<PyRef> {
    let excs: Vec<PyRef> = match as_list(excs) {
        Some(l) => l.items().to_vec(),
        None => return Err(type_error("PrepReraiseStar: expected a list")),
    };
    if excs.is_empty() {
        return Ok(none());
    }
    if !is_exception_group(orig) {
        // A naked exception was caught and wrapped: one clause at most ran.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.into_iter().filter(|e| !is_none(e)) {
        if same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = std::collections::HashSet::new();
    for e in &reraised {
        collect_leaf_ids(e, &mut ids);
    }
    let reraised_eg = project(orig, ids)?;
    if raised.is_empty() {
        return Ok(reraised_eg.unwrap_or_else(none));
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        let l = crate::object::list::new_list(raised);
        return protocol::call(BASE_EXCEPTION_GROUP.obj(), &[&new_str(""), &l], None);
    }
    Ok(raised.pop().unwrap_or_else(none))
}
