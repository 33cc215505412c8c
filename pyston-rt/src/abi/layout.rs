//! Pinned object layouts: the byte offsets of every field compiled code
//! reads, in one place. The structs are `#[repr(C)]`; each offset is
//! computed with `offset_of!` and checked at compile time against the
//! pinned value, so a layout change fails the build here until
//! `LAYOUT_VERSION` is bumped (which changes the ABI hash, so archives
//! and cache entries built against the old layout are rejected as stale).
//!
//! Inner layouts of std containers (`Vec`, `Box<[T]>`, `Box<str>`) are not
//! guaranteed by Rust: their pointer and length offsets are pinned here and
//! checked by the unit tests (`abi/tests.rs`) on the std in use.

use crate::abi::thread_state::ThreadState;
use crate::interp::frame::Frame;
use crate::object::code::PyCode;
use crate::object::dict::PyDict;
use crate::object::float::PyFloat;
use crate::object::int::PyInt;
use crate::object::list::PyList;
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::typeobj::TypeObject;
use crate::object::PyObject;
use std::mem::offset_of;

/// Bump on any change below; folded into `abi::abi_hash`.
pub const LAYOUT_VERSION: u32 = 2;

macro_rules! pinned {
    ( $( $(#[doc = $doc:literal])* $name:ident = $value:expr, $computed:expr; )* ) => {
        $(
            $(#[doc = $doc])*
            pub const $name: usize = $value;
            // A layout change is a compile error here ("expected an array
            // with a size of <pinned>, found one with a size of <actual>"):
            // update the value and bump LAYOUT_VERSION.
            const _: [(); $value] = [(); $computed];
        )*
        /// Every pinned offset by name (tests, `--abi` listings).
        pub const OFFSETS: &[(&str, usize)] = &[ $( (stringify!($name), $name) ),* ];
    };
}

pinned! {
    /// `PyObject.refcnt` (isize)
    OB_REFCNT = 0, offset_of!(PyObject, refcnt);
    /// `PyObject.ob_type` (*TypeObject)
    OB_TYPE = 8, offset_of!(PyObject, ob_type);
    /// `PyList.items`: a `Vec<PyRef>` (pointer at `VEC_PTR`, length at `VEC_LEN` within it)
    LIST_ITEMS = 16, offset_of!(PyList, items);
    /// `PyTuple.items`: a `Box<[PyRef]>` (pointer at `SLICE_PTR`, length at `SLICE_LEN`)
    TUPLE_ITEMS = 16, offset_of!(PyTuple, items);
    /// `PyStr.data`: a `Box<str>` of UTF-8 (pointer, byte length as a slice)
    STR_DATA = 40, offset_of!(PyStr, data);
    /// `PyStr.char_len` (usize, code points)
    STR_CHAR_LEN = 24, offset_of!(PyStr, char_len);
    /// `PyStr.hash` (isize, -1 until computed)
    STR_HASH = 16, offset_of!(PyStr, hash);
    /// `PyStr.is_ascii` (u8 bool)
    STR_IS_ASCII = 32, offset_of!(PyStr, is_ascii);
    /// `PyFloat.value` (f64)
    FLOAT_VALUE = 16, offset_of!(PyFloat, value);
    /// `PyInt.small` (i64; valid when `big` is null)
    INT_SMALL = 16, offset_of!(PyInt, small);
    /// `PyInt.big` (null pointer when the value fits `small`)
    INT_BIG = 24, offset_of!(PyInt, big);
    /// `PyDict.version` (u64, bumped by every mutation)
    DICT_VERSION = 72, offset_of!(PyDict, version);
    /// `TypeObject.version_tag` (u32, 0: none assigned)
    TYPE_VERSION_TAG = 136, offset_of!(TypeObject, version_tag);
    /// `TypeObject.flags` (u64, `type_flags`)
    TYPE_FLAGS = 80, offset_of!(TypeObject, flags);
    /// `PyCode.consts` (`Box<[PyRef]>`)
    CODE_CONSTS = 24, offset_of!(PyCode, consts);
    /// `PyCode.names` (`Box<[PyRef]>`, interned str)
    CODE_NAMES = 40, offset_of!(PyCode, names);
    /// `PyCode.ics` (`Box<[IcEntry]>`)
    CODE_ICS = 80, offset_of!(PyCode, ics);
    /// `PyCode.counter` (u32: calls and back-edges)
    CODE_COUNTER = 96, offset_of!(PyCode, counter);
    /// `Frame.code`
    FRAME_CODE = 0, offset_of!(Frame, code);
    /// `Frame.globals`
    FRAME_GLOBALS = 8, offset_of!(Frame, globals);
    /// `Frame.builtins`
    FRAME_BUILTINS = 16, offset_of!(Frame, builtins);
    /// `Frame.back`
    FRAME_BACK = 32, offset_of!(Frame, back);
    /// `Frame.frame_obj` (nullable frame-object pointer)
    FRAME_FRAME_OBJ = 40, offset_of!(Frame, frame_obj);
    /// `Frame.ip` (u32 word index)
    FRAME_IP = 48, offset_of!(Frame, ip);
    /// `Frame.state` (u8, `frame::state`)
    FRAME_STATE = 52, offset_of!(Frame, state);
    /// `Frame.regs`: `nregs` nullable object pointers inline
    FRAME_REGS = 64, offset_of!(Frame, regs);
    /// `ThreadState.current_exception`
    TS_CURRENT_EXCEPTION = 0, offset_of!(ThreadState, current_exception);
    /// `ThreadState.current_frame`
    TS_CURRENT_FRAME = 8, offset_of!(ThreadState, current_frame);
    /// `ThreadState.recursion_depth` (u32)
    TS_RECURSION_DEPTH = 16, offset_of!(ThreadState, recursion_depth);
    /// `ThreadState.recursion_limit` (u32)
    TS_RECURSION_LIMIT = 20, offset_of!(ThreadState, recursion_limit);
}

/// Within a `Vec<T>`: the data pointer and the length (checked by tests).
pub const VEC_PTR: usize = 8;
pub const VEC_LEN: usize = 16;
/// Within a `Box<[T]>` / `Box<str>`: the data pointer and the length.
pub const SLICE_PTR: usize = 0;
pub const SLICE_LEN: usize = 8;
