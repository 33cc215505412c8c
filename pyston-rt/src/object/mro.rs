//! The C3 method resolution order (CPython's `mro_implementation`).

use super::exceptions::type_error;
use super::header::PyRef;
use super::typeobj::TypeObject;
use super::PyResult;

/// `[t] + merge(mro(b) for b in bases, bases)`, or the TypeError CPython
/// raises for duplicate bases and inconsistent hierarchies.
pub fn c3_mro(t: &TypeObject, bases: &[&TypeObject]) -> PyResult<Vec<PyRef>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| std::ptr::eq(*x, *b)) {
            return Err(type_error(format!("duplicate base class {}", b.name())));
        }
    }
    let mut out: Vec<PyRef> = vec![t.to_ref()];
    if bases.len() == 1 {
        // Fast path: one base, its MRO follows.
        out.extend(bases[0].mro_types().iter().map(|x| x.to_ref()));
        return Ok(out);
    }
    let mut lists: Vec<Vec<&TypeObject>> = bases.iter().map(|b| b.mro_types().to_vec()).collect();
    lists.push(bases.to_vec());
    let mut heads = vec![0usize; lists.len()];
    loop {
        if lists.iter().zip(&heads).all(|(l, &h)| h >= l.len()) {
            return Ok(out);
        }
        // The first head that appears in no list's tail.
        let mut chosen: Option<&TypeObject> = None;
        for (i, l) in lists.iter().enumerate() {
            if heads[i] >= l.len() {
                continue;
            }
            let cand = l[heads[i]];
            let in_tail = lists.iter().zip(&heads).any(|(l2, &h2)| l2.iter().skip(h2 + 1).any(|x| std::ptr::eq(*x, cand)));
            if !in_tail {
                chosen = Some(cand);
                break;
            }
        }
        let Some(c) = chosen else {
            let mut names: Vec<&TypeObject> = Vec::new();
            for (l, &h) in lists.iter().zip(&heads) {
                if h < l.len() && !names.iter().any(|x| std::ptr::eq(*x, l[h])) {
                    names.push(l[h]);
                }
            }
            let names: Vec<&str> = names.iter().map(|t| t.name()).collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c.to_ref());
        for (l, h) in lists.iter().zip(heads.iter_mut()) {
            if *h < l.len() && std::ptr::eq(l[*h], c) {
                *h += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::exceptions::{BASE_EXCEPTION, EXCEPTION, VALUE_ERROR};
    use crate::object::int::{BOOL_TYPE, INT_TYPE};
    use crate::object::OBJECT_TYPE;

    fn names(v: &[PyRef]) -> Vec<String> {
        v.iter().map(|t| super::super::typeobj::as_type(t).unwrap().name().to_string()).collect()
    }

    #[test]
    fn single_and_multiple() {
        crate::runtime::init_for_tests();
        let m = c3_mro(&BOOL_TYPE, &[&INT_TYPE]).unwrap();
        assert_eq!(names(&m), ["bool", "int", "object"]);
        // A diamond: ValueError and Exception in order; Exception last.
        let m = c3_mro(&EXCEPTION, &[&VALUE_ERROR, &EXCEPTION]).unwrap();
        assert_eq!(names(&m), ["Exception", "ValueError", "Exception", "BaseException", "object"]);
        let e = c3_mro(&INT_TYPE, &[&EXCEPTION, &VALUE_ERROR]).unwrap_err();
        let msg = format!("{:?}", e);
        assert!(msg.contains("Cannot create a consistent method resolution\norder (MRO) for bases Exception, ValueError"), "{msg}");
        let e = c3_mro(&INT_TYPE, &[&BASE_EXCEPTION, &BASE_EXCEPTION]).unwrap_err();
        assert!(format!("{:?}", e).contains("duplicate base class BaseException"));
        let _ = &OBJECT_TYPE;
    }
}
