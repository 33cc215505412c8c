//! The Python-level side of traceback objects: `types.TracebackType(tb_next,
//! tb_frame, tb_lasti, tb_lineno)` and the assignable `tb_next` (with
//! CPython's type and loop checks).

use super::traceback::{as_traceback, PyTraceback, TRACEBACK_TYPE};
use crate::bytecode::Location;
use crate::object::args::{expect_index, Params};
use crate::object::exceptions::{type_error, value_error};
use crate::object::frameobject::as_frame_object;
use crate::object::header::new_object;
use crate::object::singletons::{is_none, none};
use crate::object::{PyObject, PyRef, PyResult, TypeObject};
use std::cell::Cell;

pub fn tb(o: &PyObject) -> PyResult<&PyTraceback> {
    as_traceback(o).ok_or_else(|| type_error(format!("descriptor requires a 'traceback' object but received a '{}'", o.type_().name())))
}

static TB_PARAMS: Params = Params::new("TracebackType", &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4);

/// `types.TracebackType.__new__`.
pub fn tb_new(_t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let n = crate::object::args::split(args, kw).0.len();
    if n > 4 {
        return Err(type_error(format!("TracebackType() takes at most 4 arguments ({} given)", n)));
    }
    let mut p = [None; 4];
    TB_PARAMS.parse(args, kw, &mut p)?;
    let (next, frame, lasti, lineno) = (p[0].unwrap(), p[1].unwrap(), p[2].unwrap(), p[3].unwrap());
    let next = if is_none(next) {
        None
    } else if as_traceback(next).is_some() {
        Some(next.to_ref())
    } else {
        return Err(type_error(format!("expected traceback object or None, got '{}'", next.type_().name())));
    };
    let Some(fo) = as_frame_object(frame) else {
        return Err(type_error(format!("TracebackType() argument 'tb_frame' must be frame, not {}", frame.type_().name())));
    };
    let lasti = expect_index(lasti)?;
    let lineno = expect_index(lineno)?;
    let line = lineno.clamp(0, u32::MAX as isize) as u32;
    Ok(new_object(&TRACEBACK_TYPE, |ob| PyTraceback {
        ob,
        next: Cell::new(next),
        frame: frame.to_ref(),
        code: fo.code().clone(),
        // Our instruction index (tb_lasti reports twice it, like a CPython byte offset).
        lasti: (lasti.clamp(0, u32::MAX as isize) / 2) as u32,
        lineno: line,
        loc: Location { line, end_line: 0, col: 0, end_col: 0 },
    }))
}

pub fn tb_next_get(o: &PyObject) -> PyResult<PyRef> {
    Ok(tb(o)?.next().unwrap_or_else(none))
}

pub fn tb_next_set(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = tb(o)?;
    let Some(v) = v else { return Err(type_error("can't delete tb_next attribute")) };
    if is_none(v) {
        drop(t.next.take());
        return Ok(());
    }
    if as_traceback(v).is_none() {
        return Err(type_error(format!("expected traceback object, got '{}'", v.type_().name())));
    }
    // No loops: `o` must not be reachable from the new value.
    let mut cur = Some(v.to_ref());
    while let Some(c) = cur {
        if c.is(o) {
            return Err(value_error("traceback loop detected"));
        }
        cur = as_traceback(&c).and_then(|x| x.next());
    }
    drop(t.next.replace(Some(v.to_ref())));
    Ok(())
}
