//! Calling Python functions: bind the arguments into a new frame's
//! registers (CPython's `initialize_locals`, with its exact error messages),
//! set up cells, then run the frame or wrap it in a generator.

use super::eval::{run_frame, Exit};
use super::frame::{Frame, FrameBox};
use crate::bytecode::code_flags;
use crate::object::dict::{dict_get_str, dict_set, new_dict};
use crate::object::exceptions::{system_error, type_error, PyErr};
use crate::object::function::{as_function, PyFunction};
use crate::object::str::{str_eq, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::{PyObject, PyRef, PyResult};

/// `tp_call` of `function`.
pub fn function_call(callable: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let func = as_function(callable).ok_or_else(|| system_error("function_call on a non-function"))?;
    // SAFETY: a function's code is a code object.
    crate::runtime::stats::on_call(unsafe { func.code_obj().cast::<crate::object::code::PyCode>() });
    // SAFETY: a function's code is a code object.
    let is_gen = unsafe { func.code_obj().cast::<crate::object::code::PyCode>() }.unit.is_generator();
    let make = if is_gen { FrameBox::new } else { FrameBox::new_on_stack };
    let frame = make(func.code_obj().clone(), func.globals.clone(), func.builtins.clone(), None);
    bind_args(&frame, func, args, kwnames)?;
    if frame.code().unit.ncells() > 0 {
        super::ops_support::init_cells(&frame, func.closure.as_deref())?;
    }
    if is_gen {
        return Ok(super::generator::new_generator(frame, func));
    }
    match run_frame(&frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(system_error("yield from a non-generator frame")),
    }
}

fn qualname(func: &PyFunction) -> String {
    str_value(func.qualname()).unwrap_or("?").to_string()
}

/// Bind call arguments to parameters.
pub fn bind_args(f: &Frame, func: &PyFunction, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let unit = &f.code().unit;
    let argcount = unit.argcount as usize;
    let kwonly = unit.kwonlyargcount as usize;
    let posonly = unit.posonlyargcount as usize;
    let has_varargs = unit.flags & code_flags::VARARGS != 0;
    let has_varkw = unit.flags & code_flags::VARKEYWORDS != 0;
    let kwn: &[PyRef] = kwnames.and_then(tuple_slice).unwrap_or(&[]);
    let npos = args.len() - kwn.len();
    let total = argcount + kwonly;

    // Fast path: exact positional call.
    if kwn.is_empty() && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (i, a) in args.iter().enumerate() {
            f.set_reg(i, Some(a.to_ref()));
        }
        return Ok(());
    }

    let kwdict = if has_varkw {
        let d = new_dict();
        f.set_reg(total + has_varargs as usize, Some(d.clone()));
        Some(d)
    } else {
        None
    };
    let n = npos.min(argcount);
    for (i, a) in args[..n].iter().enumerate() {
        f.set_reg(i, Some(a.to_ref()));
    }
    if has_varargs {
        let rest: Vec<PyRef> = args[n..npos].iter().map(|a| a.to_ref()).collect();
        f.set_reg(total, Some(new_tuple(rest)));
    }

    // Keyword arguments.
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in kwn.iter().zip(&args[npos..]) {
        let found = (posonly..total).find(|&j| {
            let vn = &unit.varnames[j];
            str_value(name).is_some_and(|s| s == vn)
        });
        match found {
            Some(j) => {
                if f.reg(j).is_some() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(func),
                        str_value(name).unwrap_or("?")
                    )));
                }
                f.set_reg(j, Some(value.to_ref()));
            }
            None => match &kwdict {
                Some(d) => dict_set(d, name, value)?,
                None => {
                    let s = str_value(name).unwrap_or("?");
                    if unit.varnames[..posonly].iter().any(|v| v == s) {
                        posonly_as_kw.push(s.to_string());
                        continue;
                    }
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(func),
                        s
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(func),
            posonly_as_kw.join(", ")
        )));
    }

    if npos > argcount && !has_varargs {
        return Err(too_many_positional(f, func, npos));
    }

    // Defaults for missing positional parameters.
    if npos < argcount {
        let defaults = func.defaults().clone();
        let defs: &[PyRef] = defaults.as_deref().and_then(tuple_slice).unwrap_or(&[]);
        let m = argcount.saturating_sub(defs.len());
        let missing: Vec<usize> = (npos..m).filter(|&i| f.reg(i).is_none()).collect();
        if !missing.is_empty() {
            return Err(missing_arguments(func, unit.varnames.as_slice(), &missing, "positional"));
        }
        for i in m.max(npos)..argcount {
            if f.reg(i).is_none() {
                f.set_reg(i, Some(defs[i - m].clone()));
            }
        }
    }

    // Keyword-only defaults.
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults().clone();
        let mut missing = Vec::new();
        for i in argcount..total {
            if f.reg(i).is_some() {
                continue;
            }
            let name = &unit.varnames[i];
            let dv = kwdefaults.as_ref().and_then(|d| {
                let k = crate::object::str::intern(name);
                dict_get_str(d, &k).map(|v| v.to_ref())
            });
            match dv {
                Some(v) => f.set_reg(i, Some(v)),
                None => missing.push(i),
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(func, unit.varnames.as_slice(), &missing, "keyword-only"));
        }
    }
    let _ = str_eq;
    Ok(())
}

#[cold]
fn too_many_positional(f: &Frame, func: &PyFunction, given: usize) -> PyErr {
    let unit = &f.code().unit;
    let argcount = unit.argcount as usize;
    let kwonly_given = (argcount..argcount + unit.kwonlyargcount as usize).filter(|&i| f.reg(i).is_some()).count();
    let defcount = func.defaults().as_deref().and_then(tuple_slice).map_or(0, |d| d.len());
    let (sig, plural) = if defcount > 0 {
        (format!("from {} to {}", argcount - defcount, argcount), true)
    } else {
        (format!("{}", argcount), argcount != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    type_error(format!(
        "{}() takes {} positional argument{} but {}{} {} given",
        qualname(func),
        sig,
        if plural { "s" } else { "" },
        given,
        kwonly_sig,
        if given == 1 && kwonly_given == 0 { "was" } else { "were" }
    ))
}

#[cold]
fn missing_arguments(func: &PyFunction, varnames: &[String], missing: &[usize], kind: &str) -> PyErr {
    let names: Vec<String> = missing.iter().map(|&i| format!("'{}'", varnames[i])).collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    };
    type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname(func),
        missing.len(),
        kind,
        if missing.len() == 1 { "" } else { "s" },
        list
    ))
}
