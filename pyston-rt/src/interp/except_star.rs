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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::exceptions::{EXCEPTION_GROUP, KEY_ERROR, VALUE_ERROR};
    use crate::object::list::new_list;
    use crate::object::tuple::new_tuple;

    fn exc(t: &crate::object::typeobj::TypeObject) -> PyRef {
        protocol::call0(t.obj()).expect("exception")
    }
    fn group(msg: &str, items: Vec<PyRef>) -> PyRef {
        protocol::call(EXCEPTION_GROUP.obj(), &[&new_str(msg), &new_list(items)], None).expect("group")
    }
    fn leaves(g: &PyObject) -> Vec<usize> {
        let mut ids = std::collections::HashSet::new();
        collect_leaf_ids(g, &mut ids);
        let mut v: Vec<usize> = ids.into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn naked_match_is_wrapped_and_rest_is_none() {
        crate::runtime::init_for_tests();
        let v = exc(&VALUE_ERROR);
        let (m, rest) = check_eg_match(&v, VALUE_ERROR.obj()).expect("match");
        let m = m.expect("matched");
        assert!(is_exception_group(&m));
        assert!(is_none(&rest));
        let (m2, rest2) = check_eg_match(&v, KEY_ERROR.obj()).expect("no match");
        assert!(m2.is_none());
        assert!(rest2.is(&v));
        assert!(check_eg_match(&v, EXCEPTION_GROUP.obj()).is_err());
        let t = new_tuple(vec![KEY_ERROR.to_ref(), EXCEPTION_GROUP.to_ref()]);
        assert!(check_eg_match(&v, &t).is_err());
    }

    #[test]
    fn unhandled_group_keeps_its_leaves_and_nesting() {
        crate::runtime::init_for_tests();
        let inner = group("inner", vec![exc(&KEY_ERROR)]);
        let g = group("outer", vec![exc(&VALUE_ERROR), inner]);
        // Nothing matched: the rest (the group itself) is all that is left.
        let raised = new_list(vec![g.clone()]);
        let r = prep_reraise_star(&g, &raised).expect("prep");
        assert_eq!(leaves(&r), leaves(&g));
        // The projection keeps the nested group.
        let (m, rest) = split_by(&g, KEY_ERROR.obj()).expect("split");
        let (m, rest) = (m.expect("match"), rest.expect("rest"));
        let raised = new_list(vec![m.clone(), rest.clone()]);
        let r = prep_reraise_star(&g, &raised).expect("prep");
        assert_eq!(leaves(&r), leaves(&g));
        let excs = protocol::getattr(&r, crate::name!("exceptions")).expect("excs");
        let items = tuple_slice(&excs).expect("tuple");
        assert!(is_exception_group(&items[1]));
        // Everything handled: nothing to re-raise.
        let none_list = new_list(vec![none()]);
        assert!(is_none(&prep_reraise_star(&g, &none_list).expect("prep")));
    }

    #[test]
    fn raised_exceptions_join_the_rest_in_a_new_group() {
        crate::runtime::init_for_tests();
        let g = group("g", vec![exc(&VALUE_ERROR), exc(&KEY_ERROR)]);
        let (_, rest) = split_by(&g, VALUE_ERROR.obj()).expect("split");
        let new_exc = exc(&KEY_ERROR);
        // A handler's exception differs from the group's metadata (here: a cause).
        as_exception(&new_exc).expect("exc").set_cause(Some(exc(&VALUE_ERROR)));
        let raised = new_list(vec![new_exc.clone(), rest.expect("rest")]);
        let r = prep_reraise_star(&g, &raised).expect("prep");
        let excs = protocol::getattr(&r, crate::name!("exceptions")).expect("excs");
        let items = tuple_slice(&excs).expect("tuple");
        assert_eq!(items.len(), 2);
        assert!(items[0].is(&new_exc));
        assert!(is_exception_group(&items[1]));
    }
}
