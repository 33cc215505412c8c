//! `member_descriptor`: the attribute of a class for one of its `__slots__`,
//! reading and writing an object reference stored inside the instance.

use super::exceptions::{attribute_error, type_error};
use super::header::{decref, new_object, PyObject, PyRef, Static};
use super::str::{new_str, str_value};
use super::typeobj::{drop_payload, slot, GetSetDef, TypeObject};
use super::PyResult;
use std::cell::Cell;

#[repr(C)]
pub struct PyMemberDescr {
    pub ob: PyObject,
    pub name: PyRef,
    /// The class that owns the slot (its dict holds this descriptor).
    pub objclass: *const TypeObject,
    /// Byte offset of the reference inside instances.
    pub offset: usize,
}

pub static MEMBER_DESCR_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<PyMemberDescr>),
    tp_descr_get: slot(member_get),
    tp_descr_set: slot(member_set),
    tp_repr: slot(member_repr),
    flags: Cell::new(0),
    getsets: &MEMBER_GETSETS,
    ..TypeObject::new_static("member_descriptor", std::mem::size_of::<PyMemberDescr>())
});

static MEMBER_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "__name__", get: member_name, set: None, doc: "" },
    GetSetDef { name: "__qualname__", get: member_qualname, set: None, doc: "" },
    GetSetDef { name: "__objclass__", get: member_objclass, set: None, doc: "" },
];

pub fn new_member_descr(t: &TypeObject, name: PyRef, offset: usize) -> PyRef {
    new_object(&MEMBER_DESCR_TYPE, |ob| PyMemberDescr { ob, name, objclass: t, offset })
}

/// `o` as a member descriptor, if it is one.
pub fn as_member_descr(o: &PyObject) -> Option<&PyMemberDescr> {
    if o.is_exact(&MEMBER_DESCR_TYPE) {
        Some(md(o))
    } else {
        None
    }
}

fn md(o: &PyObject) -> &PyMemberDescr {
    // SAFETY: only installed on member descriptors.
    unsafe { o.cast::<PyMemberDescr>() }
}

impl PyMemberDescr {
    fn objclass(&self) -> &TypeObject {
        // SAFETY: the class owns the descriptor through its dict.
        unsafe { &*self.objclass }
    }
    fn name_str(&self) -> &str {
        str_value(&self.name).unwrap_or("?")
    }
    fn slot<'a>(&self, obj: &'a PyObject) -> &'a Cell<*mut PyObject> {
        // SAFETY: `check` verified obj's type has this class's layout, which
        // stores an object pointer (or null) at `offset`.
        unsafe { &*((obj as *const PyObject as *const u8).add(self.offset) as *const Cell<*mut PyObject>) }
    }
    fn check(&self, obj: &PyObject) -> PyResult<()> {
        if obj.is_instance_of(self.objclass()) {
            return Ok(());
        }
        Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            self.name_str(),
            self.objclass().tp_name(),
            obj.type_().tp_name()
        )))
    }
}

fn member_get(o: &PyObject, obj: Option<&PyObject>, _t: Option<&PyObject>) -> PyResult<PyRef> {
    let d = md(o);
    let Some(obj) = obj else { return Ok(o.to_ref()) };
    d.check(obj)?;
    let p = d.slot(obj).get();
    if p.is_null() {
        return Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.type_().name(),
            d.name_str()
        )));
    }
    // SAFETY: a non-null slot holds an owned reference.
    Ok(unsafe { &*p }.to_ref())
}

fn member_set(o: &PyObject, obj: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let d = md(o);
    d.check(obj)?;
    let slot = d.slot(obj);
    let old = match v {
        Some(v) => slot.replace(v.to_ref().into_raw()),
        None => {
            if slot.get().is_null() {
                return Err(attribute_error(d.name_str().to_string()));
            }
            slot.replace(std::ptr::null_mut())
        }
    };
    if !old.is_null() {
        // SAFETY: the slot owned the old reference.
        unsafe { decref(old) };
    }
    Ok(())
}

fn member_repr(o: &PyObject) -> PyResult<PyRef> {
    let d = md(o);
    Ok(new_str(format!("<member '{}' of '{}' objects>", d.name_str(), d.objclass().name())))
}

fn member_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(md(o).name.clone())
}

fn member_qualname(o: &PyObject) -> PyResult<PyRef> {
    let d = md(o);
    Ok(new_str(format!("{}.{}", d.objclass().qualname(), d.name_str())))
}

fn member_objclass(o: &PyObject) -> PyResult<PyRef> {
    Ok(md(o).objclass().to_ref())
}
