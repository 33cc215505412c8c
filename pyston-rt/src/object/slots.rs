//! Slot wrappers and slot functions: the bridge between type slots and
//! Python-level dunder methods.
//!
//! - For builtin types, `add_slot_wrappers` puts a `wrapper_descriptor` into
//!   the type dict for each filled slot (`int.__add__`, `list.__len__`), so
//!   dunders exist at Python level.
//! - For classes defined in Python, `update_slot`/`fixup_slots` set each slot
//!   whose dunder the class (or a base) defines to a function that looks up and
//!   calls that dunder.

use super::header::PyObject;
use super::typeobj::TypeObject;

/// Add wrapper descriptors for the filled slots of a builtin type.
pub fn add_slot_wrappers(_t: &'static TypeObject) {}

/// A dunder was set or deleted on a class: recompute the matching slot.
pub fn update_slot(_t: &TypeObject, _name: &PyObject) {}
