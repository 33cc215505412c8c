//! The subject of a match as the matcher sees it: code units indexed by
//! position. Bytes and ASCII str are matched on their own bytes; any other
//! str is decoded once into code points (`Rc<[u32]>`, shared by the match
//! objects, and cached by the pattern for repeated calls on the same
//! string, as `json`'s scanner and tokenizers make). bytearray and
//! memoryview contents are copied, since Python code run during `sub()`
//! could resize them.

use crate::object::bytes::{buffer_bytes, bytes_from_slice, bytes_value, BYTES_TYPE};
use crate::object::exceptions::type_error;
use crate::object::header::{PyObject, PyRef};
use crate::object::str::{as_pystr, new_ascii_str, new_str_counted, STR_TYPE};
use crate::object::PyResult;
use std::rc::Rc;

#[derive(Clone)]
enum Data {
    /// The object's own bytes (bytes, or an ASCII str).
    Own,
    /// A copy of a bytearray or memoryview.
    Bytes(Rc<[u8]>),
    /// The code points of a non-ASCII str.
    Wide(Rc<[u32]>),
}

/// The units of a subject, for the matcher.
pub enum Units<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [u32]),
}

#[derive(Clone)]
pub struct Text {
    /// The subject object itself (`Match.string`).
    pub obj: PyRef,
    pub isbytes: bool,
    data: Data,
    len: usize,
}

/// What kind of object `o` is for `getstring`: Some(true) bytes-like,
/// Some(false) str, None neither.
pub fn kind_of(o: &PyObject) -> Option<bool> {
    if as_pystr(o).is_some() {
        Some(false)
    } else if buffer_bytes(o).is_some() {
        Some(true)
    } else {
        None
    }
}

pub fn not_a_string(o: &PyObject) -> crate::object::exceptions::PyErr {
    type_error(format!("expected string or bytes-like object, got '{}'", o.type_().name()))
}

/// Decode a str into code points.
pub fn decode_wide(s: &str) -> Rc<[u32]> {
    crate::object::str_surr::code_points(s).collect()
}

impl Text {
    /// `getstring`: the units of `o`; `wide` decodes a non-ASCII str (the
    /// caller may answer from a cache).
    pub fn new(o: &PyObject, wide: impl FnOnce(&PyObject, &str) -> Rc<[u32]>) -> PyResult<Text> {
        if let Some(s) = as_pystr(o) {
            if s.is_ascii {
                return Ok(Text { obj: o.to_ref(), isbytes: false, data: Data::Own, len: s.data.len() });
            }
            let w = wide(o, s.as_str());
            let len = w.len();
            return Ok(Text { obj: o.to_ref(), isbytes: false, data: Data::Wide(w), len });
        }
        if let Some(b) = bytes_value(o) {
            return Ok(Text { obj: o.to_ref(), isbytes: true, data: Data::Own, len: b.len() });
        }
        match buffer_bytes(o) {
            Some(b) => Ok(Text { obj: o.to_ref(), isbytes: true, data: Data::Bytes(b.into()), len: b.len() }),
            None => Err(not_a_string(o)),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn units(&self) -> Units<'_> {
        match &self.data {
            Data::Own => {
                if self.isbytes {
                    Units::Narrow(bytes_value(&self.obj).unwrap_or(&[]))
                } else {
                    Units::Narrow(as_pystr(&self.obj).map_or(&[][..], |s| s.as_str().as_bytes()))
                }
            }
            Data::Bytes(b) => Units::Narrow(b),
            Data::Wide(w) => Units::Wide(w),
        }
    }

    /// `getslice`: units `i..j` as a str or bytes object (the subject
    /// itself when it is an exact str/bytes and the slice is all of it).
    pub fn slice(&self, i: usize, j: usize) -> PyRef {
        let (i, j) = (i.min(self.len), j.min(self.len).max(i.min(self.len)));
        let whole = i == 0 && j == self.len;
        if self.isbytes {
            if whole && self.obj.is_exact(&BYTES_TYPE) {
                return self.obj.clone();
            }
            if let Data::Bytes(_) = self.data {
                // A match reads a bytearray's current contents, clipped
                // (CPython re-acquires the buffer for each group).
                let b = buffer_bytes(&self.obj).unwrap_or(&[]);
                let (i, j) = (i.min(b.len()), j.min(b.len()));
                return bytes_from_slice(&b[i..j.max(i)]);
            }
            return match self.units() {
                Units::Narrow(b) => bytes_from_slice(&b[i..j]),
                Units::Wide(_) => bytes_from_slice(&[]),
            };
        }
        if whole && self.obj.is_exact(&STR_TYPE) {
            return self.obj.clone();
        }
        match self.units() {
            Units::Narrow(b) => new_ascii_str(String::from_utf8_lossy(&b[i..j]).into_owned()),
            Units::Wide(w) => {
                let s: String = w[i..j].iter().map(|&c| crate::object::str_surr::char_of_code_point(c).ok().flatten().unwrap_or('\u{fffd}')).collect();
                new_str_counted(s.into(), j - i)
            }
        }
    }

    /// The empty str or bytes of the subject's kind.
    pub fn empty(&self) -> PyRef {
        if self.isbytes {
            bytes_from_slice(&[])
        } else {
            crate::object::str::empty_str()
        }
    }
}

