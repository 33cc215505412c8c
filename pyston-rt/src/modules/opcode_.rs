//! The `_opcode` module: `stack_effect(opcode, oparg=None, /, *, jump=None)`
//! for CPython 3.11's bytecode numbering (including the compiler's negative
//! pseudo-instructions) and `get_specialization_stats()`.

use crate::object::args::{expect_c_int, Params};
use crate::object::exceptions::{overflow_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, new_int, FALSE, TRUE};
use crate::object::module::new_native_module;
use crate::object::singletons::{is_none, none};
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;

/// CPython 3.11's `HAVE_ARGUMENT`.
const HAVE_ARGUMENT: i32 = 90;

/// The stack effect of `op` with `oparg`; `jump` is Some(true/false) for
/// the branch taken / not taken, None for the maximum of both. None when the
/// opcode is not valid.
fn effect(op: i32, oparg: i32, jump: Option<bool>) -> Option<i32> {
    let j = |taken: i32, not: i32| match jump {
        Some(true) => taken,
        Some(false) => not,
        None => taken.max(not),
    };
    Some(match op {
        0 | 9 | 144 | 151 => 0,                  // CACHE NOP EXTENDED_ARG RESUME
        1 => -1,                                  // POP_TOP
        2 => 1,                                   // PUSH_NULL
        99 => 0,                                  // SWAP
        120 => 1,                                 // COPY
        10 | 11 | 12 | 15 => 0,                   // UNARY_*
        145 | 146 => -1,                          // LIST_APPEND SET_ADD
        147 => -2,                                // MAP_ADD
        25 => -1,                                 // BINARY_SUBSCR
        60 => -3,                                 // STORE_SUBSCR
        61 => -2,                                 // DELETE_SUBSCR
        68 => 0,                                  // GET_ITER
        70 => -1,                                 // PRINT_EXPR
        71 => 1,                                  // LOAD_BUILD_CLASS
        83 => -1,                                 // RETURN_VALUE
        84 => -1,                                 // IMPORT_STAR
        85 => 0,                                  // SETUP_ANNOTATIONS
        86 | 87 => 0,                             // YIELD_VALUE ASYNC_GEN_WRAP
        89 => -1,                                 // POP_EXCEPT
        90 => -1,                                 // STORE_NAME
        91 => 0,                                  // DELETE_NAME
        92 => oparg.wrapping_sub(1),              // UNPACK_SEQUENCE
        94 => (oparg & 0xFF) + (oparg >> 8),      // UNPACK_EX
        93 => j(-1, 1),                           // FOR_ITER
        123 => j(-1, 0),                          // SEND
        95 => -2,                                 // STORE_ATTR
        96 => -1,                                 // DELETE_ATTR
        97 => -1,                                 // STORE_GLOBAL
        98 => 0,                                  // DELETE_GLOBAL
        100 | 101 => 1,                           // LOAD_CONST LOAD_NAME
        102 | 103 | 104 | 157 => 1i32.wrapping_sub(oparg), // BUILD_TUPLE/LIST/SET/STRING
        105 => 1i32.wrapping_sub(oparg.wrapping_mul(2)),  // BUILD_MAP
        156 => oparg.wrapping_neg(),              // BUILD_CONST_KEY_MAP
        106 => 0,                                 // LOAD_ATTR
        107 | 117 | 118 => -1,                    // COMPARE_OP IS_OP CONTAINS_OP
        36 | 37 => 0,                             // CHECK_EXC_MATCH CHECK_EG_MATCH
        108 => -1,                                // IMPORT_NAME
        109 => 1,                                 // IMPORT_FROM
        110 | 140 | 134 | -5 | -6 => 0,           // JUMP_* and the JUMP pseudo-ops
        111 | 112 => j(0, -1),                    // JUMP_IF_{FALSE,TRUE}_OR_POP
        114 | 115 | 128 | 129 | 173..=176 | -10..=-7 => -1, // POP_JUMP_*
        116 => (oparg & 1) + 1,                   // LOAD_GLOBAL
        -1 | -3 => j(1, 0),                       // SETUP_FINALLY SETUP_WITH
        -2 => j(2, 0),                            // SETUP_CLEANUP
        -4 => 0,                                  // POP_BLOCK
        119 => -1,                                // RERAISE
        35 => 1,                                  // PUSH_EXC_INFO
        49 => 1,                                  // WITH_EXCEPT_START
        124 => 1,                                 // LOAD_FAST
        125 => -1,                                // STORE_FAST
        126 => 0,                                 // DELETE_FAST
        75 => 0,                                  // RETURN_GENERATOR
        130 => oparg.wrapping_neg(),              // RAISE_VARARGS
        172 => 0,                                 // KW_NAMES
        166 => oparg.wrapping_neg(),              // PRECALL
        171 => -1,                                // CALL
        142 => -2 - i32::from(oparg & 1 != 0),    // CALL_FUNCTION_EX
        132 => -((oparg & 1 != 0) as i32) - ((oparg & 2 != 0) as i32) - ((oparg & 4 != 0) as i32) - ((oparg & 8 != 0) as i32), // MAKE_FUNCTION
        133 => if oparg == 3 { -2 } else { -1 }, // BUILD_SLICE
        135 | 149 => 0,                           // MAKE_CELL COPY_FREE_VARS
        136 | 137 | 148 => 1,                     // LOAD_CLOSURE LOAD_DEREF LOAD_CLASSDEREF
        138 => -1,                                // STORE_DEREF
        139 => 0,                                 // DELETE_DEREF
        131 => 0,                                 // GET_AWAITABLE
        52 | 53 => 1,                             // BEFORE_ASYNC_WITH BEFORE_WITH
        50 => 0,                                  // GET_AITER
        51 => 1,                                  // GET_ANEXT
        69 => 0,                                  // GET_YIELD_FROM_ITER
        54 => -2,                                 // END_ASYNC_FOR
        155 => if oparg & 0x4 == 0x4 { -1 } else { 0 }, // FORMAT_VALUE
        160 => 1,                                 // LOAD_METHOD
        74 => 1,                                  // LOAD_ASSERTION_ERROR
        82 => 0,                                  // LIST_TO_TUPLE
        162 | 163 | 164 | 165 => -1,              // LIST_EXTEND SET_UPDATE DICT_MERGE DICT_UPDATE
        152 => -2,                                // MATCH_CLASS
        30 | 31 | 32 | 33 => 1,                   // GET_LEN MATCH_MAPPING MATCH_SEQUENCE MATCH_KEYS
        122 => -1,                                // BINARY_OP
        88 => -1,                                 // PREP_RERAISE_STAR
        _ => return None,
    })
}

/// `oparg` as CPython's `(int)PyLong_AsLong(oparg)`.
fn oparg_value(o: &PyObject) -> PyResult<i32> {
    let v = crate::object::protocol::index(o)?;
    match as_int(&v).and_then(|i| i.as_i64()) {
        Some(x) => Ok(x as i32),
        None => Err(overflow_error("Python int too large to convert to C long")),
    }
}

fn stack_effect(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let npos = a.len() - crate::object::args::nkw(kw);
    if npos == 0 {
        return Err(crate::object::exceptions::type_error("stack_effect() takes at least 1 positional argument (0 given)"));
    }
    let mut out = [None, None, None];
    Params { fname: "stack_effect", names: &["", "", "jump"], required: 1, posonly: 2, kwonly: 2 }.parse(a, kw, &mut out)?;
    let op = expect_c_int(out[0].expect("required"))?;
    let oparg = out[1].filter(|o| !is_none(o));
    let oparg = if op >= HAVE_ARGUMENT {
        match oparg {
            None => return Err(value_error("stack_effect: opcode requires oparg but oparg was not specified")),
            Some(o) => oparg_value(o)?,
        }
    } else if oparg.is_some() {
        return Err(value_error("stack_effect: opcode does not permit oparg but oparg was specified"));
    } else {
        0
    };
    let jump = match out[2] {
        None => None,
        Some(o) if is_none(o) => None,
        Some(o) if o.is(&TRUE.ob) => Some(true),
        Some(o) if o.is(&FALSE.ob) => Some(false),
        Some(_) => return Err(value_error("stack_effect: jump must be False, True or None")),
    };
    match effect(op, oparg, jump) {
        Some(e) => Ok(new_int(e as i64)),
        None => Err(value_error("invalid opcode or oparg")),
    }
}

fn get_specialization_stats(a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("_opcode.get_specialization_stats", a, kw)?;
    Ok(none())
}

static FUNCS: [MethodDef; 2] = [
    MethodDef { name: "stack_effect", func: stack_effect, flags: 0, doc: "Compute the stack effect of the opcode." },
    MethodDef { name: "get_specialization_stats", func: get_specialization_stats, flags: 0, doc: "Return the specialization stats" },
];

pub fn init() -> PyResult<PyRef> {
    Ok(new_native_module("_opcode", &FUNCS, Vec::new()))
}
