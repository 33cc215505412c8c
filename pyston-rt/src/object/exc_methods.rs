//! Python-level behaviour of exceptions: `BaseException.__new__/__init__`,
//! `args`, `__str__`/`__repr__`, `with_traceback`, `add_note`, the chaining
//! attributes, and the extra fields of `StopIteration`, `SystemExit`,
//! `ImportError`, `NameError`, `AttributeError`, `KeyError` and
//! `SyntaxError`. OSError and the Unicode errors live in `exc_os.rs`,
//! exception groups in `exc_group.rs`.

use super::args::{nkw, split};
use super::exceptions::{as_exception, type_error, PyBaseException, PyErr, BASE_EXCEPTION, BASE_EXCEPTION_GROUP, IMPORT_ERROR, NAME_ERROR, OS_ERROR, STOP_ITERATION, SYNTAX_ERROR, SYSTEM_EXIT, ATTRIBUTE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR};
use super::header::{PyObject, PyRef};
use super::int::new_bool;
use super::singletons::{is_none, none};
use super::str::{new_str, str_value};
use super::tuple::{new_tuple, tuple_slice};
use super::typeobj::{GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use std::cell::{Cell, UnsafeCell};

/// An optional object field of an exception payload (zeroed memory = None).
#[repr(transparent)]
pub struct ExcField(UnsafeCell<Option<PyRef>>);

impl ExcField {
    pub fn get(&self) -> Option<PyRef> {
        // SAFETY: single-threaded field access; we clone out.
        unsafe { (*self.0.get()).clone() }
    }
    /// The value, None (the Python object) when unset.
    pub fn get_or_none(&self) -> PyRef {
        self.get().unwrap_or_else(none)
    }
    pub fn set(&self, v: Option<PyRef>) {
        // SAFETY: single-threaded; the old value drops after the write.
        let old = unsafe { std::mem::replace(&mut *self.0.get(), v) };
        drop(old);
    }
    /// Set from a borrowed value (None stays an object, as CPython members).
    pub fn set_obj(&self, v: &PyObject) {
        self.set(Some(v.to_ref()));
    }
}

#[repr(C)]
pub struct PyStopIteration {
    pub base: PyBaseException,
    pub value: ExcField,
}

#[repr(C)]
pub struct PySystemExit {
    pub base: PyBaseException,
    pub code: ExcField,
}

#[repr(C)]
pub struct PyImportError {
    pub base: PyBaseException,
    pub msg: ExcField,
    pub name: ExcField,
    pub path: ExcField,
}

#[repr(C)]
pub struct PyNameError {
    pub base: PyBaseException,
    pub name: ExcField,
}

#[repr(C)]
pub struct PyAttributeError {
    pub base: PyBaseException,
    pub name: ExcField,
    pub obj: ExcField,
}

#[repr(C)]
pub struct PySyntaxError {
    pub base: PyBaseException,
    pub msg: ExcField,
    pub filename: ExcField,
    pub lineno: ExcField,
    pub offset: ExcField,
    pub text: ExcField,
    pub end_lineno: ExcField,
    pub end_offset: ExcField,
    pub print_file_and_line: ExcField,
}

#[repr(C)]
pub struct PyOSError {
    pub base: PyBaseException,
    pub errno: ExcField,
    pub strerror: ExcField,
    pub filename: ExcField,
    pub filename2: ExcField,
    /// `BlockingIOError.characters_written` (an int, unset when None).
    pub written: ExcField,
}

#[repr(C)]
pub struct PyUnicodeErrorObj {
    pub base: PyBaseException,
    pub encoding: ExcField,
    pub object: ExcField,
    pub start: Cell<isize>,
    pub end: Cell<isize>,
    pub reason: ExcField,
}

#[repr(C)]
pub struct PyExceptionGroup {
    pub base: PyBaseException,
    pub msg: ExcField,
    /// Tuple of the nested exceptions.
    pub excs: ExcField,
}

/// Reinterpret an exception as the payload of its family.
///
/// # Safety
/// `o`'s type must be the family's builtin type or a subclass of it.
pub unsafe fn fam<T>(o: &PyObject) -> &T {
    o.cast::<T>()
}

pub fn exc(o: &PyObject) -> &PyBaseException {
    // SAFETY: only installed on exception types.
    unsafe { o.cast::<PyBaseException>() }
}

// ---- BaseException ----

/// `BaseException.__new__`: the positional arguments become `args`.
pub fn base_exc_new(t: &TypeObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, _, _) = split(args, kwnames);
    Ok(super::exceptions::alloc_exception(t, super::tuple::tuple_from(pos)))
}

/// `X() takes no keyword arguments`
pub fn no_kw(o: &PyObject, kwnames: Option<&PyObject>) -> PyResult<()> {
    if nkw(kwnames) > 0 {
        return Err(type_error(format!("{}() takes no keyword arguments", o.type_().name())));
    }
    Ok(())
}

pub fn base_exc_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    no_kw(o, kwnames)?;
    exc(o).set_args(super::tuple::tuple_from(args));
    Ok(())
}

pub fn base_exc_repr(o: &PyObject) -> PyResult<PyRef> {
    let args = exc(o).args().clone();
    let name = o.type_().name().to_string();
    let items = tuple_slice(&args).unwrap_or(&[]);
    if items.is_empty() {
        return Ok(new_str(format!("{}()", name)));
    }
    if items.len() == 1 {
        let r = super::protocol::repr_string(&items[0])?;
        return Ok(new_str(format!("{}({})", name, r)));
    }
    let r = super::protocol::repr_string(&args)?;
    Ok(new_str(format!("{}{}", name, r)))
}

pub fn base_exc_str(o: &PyObject) -> PyResult<PyRef> {
    let args = exc(o).args().clone();
    match tuple_slice(&args).unwrap_or(&[]) {
        [] => Ok(new_str("")),
        [one] => super::protocol::str_(one),
        _ => super::protocol::str_(&args),
    }
}

pub static BASE_EXC_METHODS: [MethodDef; 4] = [
    MethodDef { name: "__reduce__", func: exc_reduce, flags: 0, doc: "" },
    MethodDef { name: "__setstate__", func: exc_setstate, flags: 0, doc: "" },
    MethodDef { name: "with_traceback", func: exc_with_traceback, flags: 0, doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self." },
    MethodDef { name: "add_note", func: exc_add_note, flags: 0, doc: "Exception.add_note(note) --\n    add a note to the exception" },
];

pub static BASE_EXC_GETSETS: [GetSetDef; 6] = [
    GetSetDef { name: "__suppress_context__", get: |o| Ok(new_bool(exc(o).suppress_context.get())), set: Some(set_suppress_context), doc: "" },
    GetSetDef { name: "__dict__", get: super::type_new::subtype_dict_get, set: Some(super::type_new::subtype_dict_set), doc: "" },
    GetSetDef { name: "args", get: |o| Ok(exc(o).args().clone()), set: Some(set_args), doc: "" },
    GetSetDef { name: "__traceback__", get: |o| Ok(exc(o).traceback().unwrap_or_else(none)), set: Some(set_traceback), doc: "" },
    GetSetDef { name: "__context__", get: |o| Ok(exc(o).context().unwrap_or_else(none)), set: Some(set_context), doc: "exception context" },
    GetSetDef { name: "__cause__", get: |o| Ok(exc(o).cause().unwrap_or_else(none)), set: Some(set_cause), doc: "exception cause" },
];

fn set_suppress_context(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let Some(v) = v else { return Err(type_error("can't delete attribute")) };
    if !v.is_exact(&super::int::BOOL_TYPE) {
        return Err(type_error("attribute value type must be bool"));
    }
    exc(o).suppress_context.set(v.is(&super::int::TRUE.ob));
    Ok(())
}

fn set_args(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let Some(v) = v else { return Err(type_error("args may not be deleted")) };
    let t = new_tuple(super::protocol::collect(v)?);
    exc(o).set_args(t);
    Ok(())
}

fn is_traceback(o: &PyObject) -> bool {
    o.is_exact(&crate::interp::traceback::TRACEBACK_TYPE)
}

fn set_traceback(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let Some(v) = v else { return Err(type_error("__traceback__ may not be deleted")) };
    if is_none(v) {
        exc(o).set_traceback(None);
    } else if is_traceback(v) {
        exc(o).set_traceback(Some(v.to_ref()));
    } else {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    Ok(())
}

fn set_context(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let Some(v) = v else { return Err(type_error("__context__ may not be deleted")) };
    if is_none(v) {
        exc(o).set_context(None);
    } else if as_exception(v).is_some() {
        exc(o).set_context(Some(v.to_ref()));
    } else {
        return Err(type_error("exception context must be None or derive from BaseException"));
    }
    Ok(())
}

fn set_cause(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let Some(v) = v else { return Err(type_error("__cause__ may not be deleted")) };
    if is_none(v) {
        exc(o).set_cause(None);
    } else if as_exception(v).is_some() {
        exc(o).set_cause(Some(v.to_ref()));
    } else {
        return Err(type_error("exception cause must be None or derive from BaseException"));
    }
    exc(o).suppress_context.set(true);
    Ok(())
}

fn exc_with_traceback(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let tb = super::args::one_arg("with_traceback", &args[1..], kwnames)?;
    set_traceback(args[0], Some(tb))?;
    Ok(args[0].to_ref())
}

fn exc_add_note(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let note = super::args::one_arg("BaseException.add_note", &args[1..], kwnames)?;
    if str_value(note).is_none() {
        return Err(type_error(format!("note must be a str, not '{}'", note.type_().name())));
    }
    let o = args[0];
    let notes = match super::protocol::getattr_opt(o, crate::name!("__notes__"))? {
        Some(n) => n,
        None => {
            let l = super::list::new_list(vec![]);
            super::protocol::setattr(o, crate::name!("__notes__"), &l)?;
            l
        }
    };
    match super::list::as_list(&notes) {
        Some(l) => l.push(note.to_ref()),
        None => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(none())
}

fn exc_reduce(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("__reduce__", &args[1..], kwnames)?;
    let o = args[0];
    let a = exc(o).args().clone();
    match super::object_type::instance_dict(o) {
        Some(d) => Ok(new_tuple(vec![o.type_().to_ref(), a, d.to_ref()])),
        None => Ok(new_tuple(vec![o.type_().to_ref(), a])),
    }
}

fn exc_setstate(args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<PyRef> {
    let state = super::args::one_arg("__setstate__", &args[1..], kwnames)?;
    if !is_none(state) {
        if super::dict::as_dict(state).is_none() {
            return Err(type_error("state is not a dictionary"));
        }
        for (k, v) in super::dict::dict_items(state) {
            super::protocol::setattr(args[0], &k, &v)?;
        }
    }
    Ok(none())
}

// ---- simple families ----

macro_rules! field_getset {
    ($ty:ty, $field:ident, $name:literal) => {
        GetSetDef {
            name: $name,
            // SAFETY: installed only on the family's types.
            get: |o| Ok(unsafe { fam::<$ty>(o) }.$field.get_or_none()),
            set: Some(|o, v| {
                // SAFETY: as above.
                let f = unsafe { fam::<$ty>(o) };
                f.$field.set(v.map(|v| v.to_ref()));
                Ok(())
            }),
            doc: "",
        }
    };
}

pub static STOP_ITERATION_GETSETS: [GetSetDef; 1] = [field_getset!(PyStopIteration, value, "value")];
pub static SYSTEM_EXIT_GETSETS: [GetSetDef; 1] = [field_getset!(PySystemExit, code, "code")];
pub static IMPORT_ERROR_GETSETS: [GetSetDef; 3] = [
    field_getset!(PyImportError, msg, "msg"),
    field_getset!(PyImportError, name, "name"),
    field_getset!(PyImportError, path, "path"),
];
pub static NAME_ERROR_GETSETS: [GetSetDef; 1] = [field_getset!(PyNameError, name, "name")];
pub static ATTRIBUTE_ERROR_GETSETS: [GetSetDef; 2] = [field_getset!(PyAttributeError, name, "name"), field_getset!(PyAttributeError, obj, "obj")];
pub static SYNTAX_ERROR_GETSETS: [GetSetDef; 8] = [
    field_getset!(PySyntaxError, msg, "msg"),
    field_getset!(PySyntaxError, filename, "filename"),
    field_getset!(PySyntaxError, lineno, "lineno"),
    field_getset!(PySyntaxError, offset, "offset"),
    field_getset!(PySyntaxError, text, "text"),
    field_getset!(PySyntaxError, end_lineno, "end_lineno"),
    field_getset!(PySyntaxError, end_offset, "end_offset"),
    field_getset!(PySyntaxError, print_file_and_line, "print_file_and_line"),
];

fn stop_iteration_fields(o: &PyObject, args: &[&PyObject]) {
    // SAFETY: called for StopIteration instances only.
    let f = unsafe { fam::<PyStopIteration>(o) };
    f.value.set(Some(args.first().map(|a| a.to_ref()).unwrap_or_else(none)));
}

pub fn stop_iteration_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    base_exc_init(o, args, kwnames)?;
    stop_iteration_fields(o, args);
    Ok(())
}

fn system_exit_fields(o: &PyObject, args: &[&PyObject]) {
    // SAFETY: called for SystemExit instances only.
    let f = unsafe { fam::<PySystemExit>(o) };
    f.code.set(Some(match args {
        [] => none(),
        [one] => one.to_ref(),
        _ => super::tuple::tuple_from(args),
    }));
}

pub fn system_exit_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    base_exc_init(o, args, kwnames)?;
    system_exit_fields(o, args);
    Ok(())
}

/// Split keyword arguments against the allowed names; CPython's error for others.
fn exc_keywords<'a>(o: &PyObject, args: &[&'a PyObject], kwnames: Option<&PyObject>, allowed: &[&str]) -> PyResult<(Vec<&'a PyObject>, Vec<Option<&'a PyObject>>)> {
    let (pos, kwvals, kwn) = split(args, kwnames);
    let mut out = vec![None; allowed.len()];
    for (k, v) in kwn.iter().zip(kwvals.iter()) {
        let name = str_value(k).unwrap_or("");
        match allowed.iter().position(|a| *a == name) {
            Some(i) => out[i] = Some(*v),
            None => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    name,
                    o.type_().name()
                )))
            }
        }
    }
    Ok((pos.to_vec(), out))
}

pub fn import_error_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let (pos, kw) = exc_keywords(o, args, kwnames, &["name", "path"])?;
    exc(o).set_args(super::tuple::tuple_from(&pos));
    // SAFETY: installed on ImportError and subclasses.
    let f = unsafe { fam::<PyImportError>(o) };
    f.name.set(kw[0].map(|v| v.to_ref()));
    f.path.set(kw[1].map(|v| v.to_ref()));
    f.msg.set(if pos.len() == 1 { Some(pos[0].to_ref()) } else { None });
    Ok(())
}

pub fn import_error_str(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: installed on ImportError and subclasses.
    let f = unsafe { fam::<PyImportError>(o) };
    match f.msg.get() {
        Some(m) if m.is_exact(&super::str::STR_TYPE) => Ok(m),
        _ => base_exc_str(o),
    }
}

pub fn name_error_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let (pos, kw) = exc_keywords(o, args, kwnames, &["name"])?;
    exc(o).set_args(super::tuple::tuple_from(&pos));
    // SAFETY: installed on NameError and subclasses.
    unsafe { fam::<PyNameError>(o) }.name.set(kw[0].map(|v| v.to_ref()));
    Ok(())
}

pub fn attribute_error_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    let (pos, kw) = exc_keywords(o, args, kwnames, &["name", "obj"])?;
    exc(o).set_args(super::tuple::tuple_from(&pos));
    // SAFETY: installed on AttributeError and subclasses.
    let f = unsafe { fam::<PyAttributeError>(o) };
    f.name.set(kw[0].map(|v| v.to_ref()));
    f.obj.set(kw[1].map(|v| v.to_ref()));
    Ok(())
}

pub fn key_error_str(o: &PyObject) -> PyResult<PyRef> {
    let args = exc(o).args().clone();
    match tuple_slice(&args).unwrap_or(&[]) {
        [one] => super::protocol::repr(one),
        _ => base_exc_str(o),
    }
}

fn syntax_error_fields(o: &PyObject, args: &[&PyObject]) -> PyResult<()> {
    // SAFETY: called for SyntaxError instances only.
    let f = unsafe { fam::<PySyntaxError>(o) };
    if let Some(m) = args.first() {
        f.msg.set_obj(m);
    }
    if args.len() == 2 {
        let info = super::protocol::collect(args[1])?;
        if info.len() < 4 || info.len() > 6 {
            let how = if info.len() < 4 { "at least 4" } else { "at most 6" };
            return Err(type_error(format!("function takes {} arguments ({} given)", how, info.len())));
        }
        f.filename.set_obj(&info[0]);
        f.lineno.set_obj(&info[1]);
        f.offset.set_obj(&info[2]);
        f.text.set_obj(&info[3]);
        if info.len() > 4 {
            f.end_lineno.set_obj(&info[4]);
        }
        if info.len() > 5 {
            f.end_offset.set_obj(&info[5]);
        }
    }
    Ok(())
}

pub fn syntax_error_init(o: &PyObject, args: &[&PyObject], kwnames: Option<&PyObject>) -> PyResult<()> {
    base_exc_init(o, args, kwnames)?;
    syntax_error_fields(o, args)
}

pub fn syntax_error_str(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: installed on SyntaxError and subclasses.
    let f = unsafe { fam::<PySyntaxError>(o) };
    let filename = f.filename.get().and_then(|n| str_value(&n).map(|s| s.rsplit('/').next().unwrap_or(s).to_string()));
    let lineno = f.lineno.get().filter(|l| l.is_exact(&super::int::INT_TYPE)).and_then(|l| super::int::int_value_i64(&l));
    let msg = match f.msg.get() {
        Some(m) => super::protocol::str_string(&m)?,
        None => "None".to_string(),
    };
    Ok(new_str(match (filename, lineno) {
        (None, None) => msg,
        (Some(file), Some(l)) => format!("{} ({}, line {})", msg, file, l),
        (Some(file), None) => format!("{} ({})", msg, file),
        (None, Some(l)) => format!("{} (line {})", msg, l),
    }))
}


/// Fill the type-specific fields of an exception made without calling
/// `__init__` (runtime-raised errors), as the builtin `__init__` would.
pub fn init_raw_fields(o: &PyObject) {
    let args = exc(o).args().clone();
    let a: Vec<&PyObject> = tuple_slice(&args).unwrap_or(&[]).iter().map(|x| &**x).collect();
    let t = o.type_();
    if !t.has_flag(super::typeobj::type_flags::BASE_EXC_SUBCLASS) {
        return;
    }
    let is = |x: &TypeObject| t.is_subtype(x);
    if is(&STOP_ITERATION) {
        stop_iteration_fields(o, &a);
    } else if is(&SYSTEM_EXIT) {
        system_exit_fields(o, &a);
    } else if is(&IMPORT_ERROR) {
        if a.len() == 1 {
            // SAFETY: checked the family.
            unsafe { fam::<PyImportError>(o) }.msg.set_obj(a[0]);
        }
    } else if is(&SYNTAX_ERROR) {
        let _ = syntax_error_fields(o, &a);
    } else if is(&OS_ERROR) {
        super::exc_os::os_error_fields_raw(o);
    } else if is(&UNICODE_DECODE_ERROR) || is(&UNICODE_ENCODE_ERROR) || is(&UNICODE_TRANSLATE_ERROR) {
        if let Some(init) = t.static_base().tp_init.get() {
            let _ = init(o, &a, None);
        }
    } else if is(&BASE_EXCEPTION_GROUP) {
        super::exc_group::eg_fields_raw(o);
    }
    let _ = (&NAME_ERROR, &ATTRIBUTE_ERROR, &BASE_EXCEPTION);
}

/// Builtin exception types whose dict has `__init__` but no `__new__` in
/// CPython (the others that define neither get both).
const INIT_ONLY: &[&str] = &[
    "SystemExit", "AttributeError", "ModuleNotFoundError", "UnboundLocalError", "KeyError", "IndentationError",
    "TabError", "NameError", "ImportError", "SyntaxError", "StopIteration",
];

/// Before `type_ready`: give a builtin exception type its own `__new__`/
/// `__init__` (the inherited functions) where CPython's type has them, so
/// that its dict shows the same wrappers.
pub fn prepare_static_exception(t: &'static TypeObject) {
    if !t.has_flag(super::typeobj::type_flags::BASE_EXC_SUBCLASS) || t.is_heap_type() {
        return;
    }
    if std::ptr::eq(t, &super::exceptions::EXCEPTION_GROUP.0) {
        return;
    }
    let inherited_new = || {
        let mut b = t.base();
        while let Some(x) = b {
            if let Some(f) = x.tp_new.get() {
                return Some(f);
            }
            b = x.base();
        }
        None
    };
    let inherited_init = || {
        let mut b = t.base();
        while let Some(x) = b {
            if let Some(f) = x.tp_init.get() {
                return Some(f);
            }
            b = x.base();
        }
        None
    };
    let is_os_sub = !std::ptr::eq(t, &OS_ERROR.0) && t.base().is_some_and(|b| b.is_subtype(&OS_ERROR) || std::ptr::eq(b, &OS_ERROR.0));
    let init_only = INIT_ONLY.contains(&t.name()) || is_os_sub;
    if t.tp_new.get().is_none() && !init_only {
        t.tp_new.set(inherited_new());
    }
    if t.tp_init.get().is_none() {
        t.tp_init.set(inherited_init());
    }
}

/// Fill `AttributeError.name`/`.obj` (used for "Did you mean" hints).
pub fn set_attribute_error_context(err: &PyErr, name: &PyObject, obj: &PyObject) {
    if err.value().is_instance_of(&ATTRIBUTE_ERROR) {
        // SAFETY: checked the family.
        let f = unsafe { fam::<PyAttributeError>(err.value()) };
        f.name.set_obj(name);
        f.obj.set_obj(obj);
    }
}

/// `NameError("name 'x' is not defined")` with `.name` set.
#[cold]
pub fn name_not_defined(name: &PyObject) -> PyErr {
    let err = PyErr::new(&NAME_ERROR, format!("name '{}' is not defined", str_value(name).unwrap_or("?")));
    // SAFETY: a NameError has the PyNameError layout.
    unsafe { fam::<PyNameError>(err.value()) }.name.set_obj(name);
    err
}

/// Report an error that cannot propagate (`__del__`): `Exception ignored in: ...`.
pub fn write_unraisable(err: &PyErr, obj: Option<&PyObject>) {
    crate::interp::traceback::write_unraisable(err, obj);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::exceptions::VALUE_ERROR;
    use crate::object::int::new_int;

    fn s(o: &PyObject) -> String {
        super::super::protocol::str_string(o).unwrap()
    }
    fn r(o: &PyObject) -> String {
        super::super::protocol::repr_string(o).unwrap()
    }

    #[test]
    fn str_and_repr() {
        crate::runtime::init_for_tests();
        // (Arguments whose repr this module controls: type objects.)
        let int_t = crate::object::int::INT_TYPE.to_ref();
        let e = PyErr::new(&VALUE_ERROR, "x").into_value();
        assert_eq!(s(&e), "x");
        let e = PyErr::with_args(&VALUE_ERROR, vec![int_t.clone()]).into_value();
        assert_eq!(r(&e), "ValueError(<class 'int'>)");
        let e = PyErr::with_args(&VALUE_ERROR, vec![]).into_value();
        assert_eq!(s(&e), "");
        assert_eq!(r(&e), "ValueError()");
        let e = super::super::exceptions::key_error(&int_t).into_value();
        assert_eq!(s(&e), "<class 'int'>");
        let e = super::super::exceptions::stop_iteration(Some(new_int(5))).into_value();
        let v = super::super::protocol::getattr_str(&e, "value").unwrap();
        assert_eq!(super::super::int::int_value_i64(&v), Some(5));
        let e = PyErr::with_args(&crate::object::exceptions::OS_ERROR, vec![new_int(2), new_str("No such file")]).into_value();
        let text = s(&e);
        assert!(text.starts_with("[Errno ") && text.ends_with("] No such file"), "{text}");
    }
}
