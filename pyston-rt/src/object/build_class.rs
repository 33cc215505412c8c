//! `builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)`:
//! what a `class` statement runs. Resolves `__mro_entries__`, picks the
//! metaclass, prepares the namespace, runs the class body and calls the
//! metaclass; checks that the `__class__` cell was filled.

use super::args::split;
use super::exceptions::{runtime_error, type_error};
use super::header::{PyObject, PyRef};
use super::str::str_value;
use super::tuple::new_tuple;
use super::typeobj::{as_type, MethodDef};
use super::PyResult;

pub static BUILD_CLASS_DEF: MethodDef = MethodDef {
    name: "__build_class__",
    func: build_class,
    flags: 0,
    doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.",
};

/// Whether `o` is a cell (the `__classcell__` of a class body).
pub fn is_cell(o: &PyObject) -> bool {
    super::function::as_cell(o).is_some()
}

/// Store `v` in cell `c`.
pub fn cell_set(c: &PyObject, v: &PyObject) {
    if let Some(cell) = super::function::as_cell(c) {
        cell.set(Some(v.to_ref()));
    }
}

/// PEP 560: replace bases that define `__mro_entries__`.
fn update_bases(orig: &[&PyObject]) -> PyResult<Option<Vec<PyRef>>> {
    let mut out: Option<Vec<PyRef>> = None;
    for (i, b) in orig.iter().enumerate() {
        let entries = if as_type(b).is_some() {
            None
        } else {
            super::protocol::getattr_opt(b, crate::name!("__mro_entries__"))?
        };
        match entries {
            None => {
                if let Some(v) = &mut out {
                    v.push(b.to_ref());
                }
            }
            Some(f) => {
                let orig_t = super::tuple::tuple_from(orig);
                let r = super::protocol::call1(&f, &orig_t)?;
                let Some(items) = super::tuple::tuple_slice(&r) else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                let v = out.get_or_insert_with(|| orig[..i].iter().map(|x| x.to_ref()).collect());
                v.extend(items.iter().cloned());
            }
        }
    }
    Ok(out)
}

fn build_class(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = split(args, kwnames);
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0];
    if super::function::as_function(func).is_none() {
        return Err(type_error("__build_class__: func must be a function"));
    }
    let name = pos[1];
    if str_value(name).is_none() {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &pos[2..];
    let updated = update_bases(orig_bases)?;
    let bases: Vec<PyRef> = match &updated {
        Some(v) => v.clone(),
        None => orig_bases.iter().map(|b| b.to_ref()).collect(),
    };

    // Split `metaclass=` from the other class keywords.
    let mut meta: Option<PyRef> = None;
    let mut kw_vals: Vec<&PyObject> = Vec::new();
    let mut kw_names: Vec<PyRef> = Vec::new();
    for (k, v) in kwn.iter().zip(kwvals.iter()) {
        if str_value(k) == Some("metaclass") {
            meta = Some(v.to_ref());
        } else {
            kw_vals.push(v);
            kw_names.push(k.clone());
        }
    }
    let (meta, is_class) = match meta {
        Some(m) => {
            let c = as_type(&m).is_some();
            (m, c)
        }
        None => match bases.first() {
            Some(b) => (b.type_().to_ref(), true),
            None => (super::object_type::TYPE_TYPE.to_ref(), true),
        },
    };
    let meta = if is_class {
        let mt = as_type(&meta).expect("metaclass is a type");
        super::type_new::calculate_metaclass(mt, &bases)?.to_ref()
    } else {
        meta
    };
    let bases_t = new_tuple(bases.clone());
    let kwn_t = if kw_names.is_empty() { None } else { Some(new_tuple(kw_names)) };

    // The namespace from __prepare__.
    let ns = match super::protocol::getattr_opt(&meta, crate::name!("__prepare__"))? {
        Some(prep) => {
            let mut a: Vec<&PyObject> = vec![name, &bases_t];
            a.extend_from_slice(&kw_vals);
            super::protocol::call(&prep, &a, kwn_t.as_deref())?
        }
        None => super::dict::new_dict(),
    };
    if super::dict::as_dict(&ns).is_none() && ns.type_().mp_subscript.get().is_none() {
        let who = if is_class { as_type(&meta).map(|t| t.name().to_string()).unwrap_or_default() } else { "<metaclass>".to_string() };
        return Err(type_error(format!("{}.__prepare__() must return a mapping, not {}", who, ns.type_().name())));
    }

    let cell = crate::interp::run_class_body(func, &ns)?;
    if updated.is_some() {
        let orig_t = super::tuple::tuple_from(orig_bases);
        super::protocol::setitem(&ns, crate::name!("__orig_bases__"), &orig_t)?;
    }
    let mut a: Vec<&PyObject> = vec![name, &bases_t, &ns];
    a.extend_from_slice(&kw_vals);
    let cls = super::protocol::call(&meta, &a, kwn_t.as_deref())?;
    if as_type(&cls).is_some() {
        if let Some(c) = super::function::as_cell(&cell) {
            match c.get() {
                Some(v) if v.is(&cls) => {}
                Some(v) => {
                    return Err(type_error(format!(
                        "__class__ set to {} defining {} as {}",
                        super::protocol::repr_string(&v)?,
                        super::protocol::repr_string(name)?,
                        super::protocol::repr_string(&cls)?
                    )))
                }
                None => {
                    return Err(runtime_error(format!(
                        "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                        super::protocol::repr_string(name)?,
                        super::protocol::repr_string(&cls)?
                    )))
                }
            }
        }
    }
    Ok(cls)
}
