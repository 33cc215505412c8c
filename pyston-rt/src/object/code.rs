//! Runtime code objects: a `CodeUnit` materialized for execution.
//! Constants become objects, names are interned, the bytecode is verified
//! once (so tiers can index registers, constants and names unchecked), and
//! the inline-cache array is allocated.

use super::exceptions::{system_error, PyErr};
use super::header::{new_object, PyObject, PyRef, Static};
use super::str::{intern, new_str};
use super::tuple::new_tuple;
use super::typeobj::{drop_payload, GetSetDef, TypeObject};
use super::PyResult;
use crate::bytecode::{code::Const, CodeUnit, Op, OperandKind};
use crate::ic::IcSite;
use std::cell::{Cell, UnsafeCell};
use std::sync::Arc;

#[repr(C)]
pub struct PyCode {
    pub ob: PyObject,
    pub unit: Arc<CodeUnit>,
    pub consts: Box<[PyRef]>,
    pub names: Box<[PyRef]>,
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
    /// One inline cache per `ic` operand.
    pub ics: UnsafeCell<Box<[IcSite]>>,
    /// Calls plus loop back-edges (tier-up counter).
    pub counter: Cell<u32>,
    /// Calls of functions with this code (`--stats`, tier thresholds).
    pub calls: Cell<u32>,
    /// Loop back-edges taken (unconditional and conditional jumps).
    pub back_edges: Cell<u32>,
    /// The LLVM tier's state for this code object (`llvm::entry_for`):
    /// 0 not compiled yet, 1 cannot be compiled (interpreted), else the
    /// address of the compiled entry `(frame*, ts*) -> ptr`.
    pub jit: Cell<usize>,
}

impl PyCode {
    #[inline(always)]
    pub fn unit(&self) -> &CodeUnit {
        &self.unit
    }
}

pub static CODE_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: super::typeobj::slot(drop_payload::<PyCode>),
    tp_repr: super::typeobj::slot(code_repr),
    tp_new: super::typeobj::slot(super::code_methods::code_new),
    tp_richcompare: super::typeobj::slot(super::code_methods::code_richcompare),
    tp_hash: super::typeobj::slot(super::code_methods::code_hash),
    methods: &super::code_methods::CODE_METHODS,
    getsets: &CODE_GETSETS,
    flags: Cell::new(0),
    ..TypeObject::new_static("code", std::mem::size_of::<PyCode>())
});

#[inline]
pub fn as_code(o: &PyObject) -> Option<&PyCode> {
    if o.is_exact(&CODE_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyCode>() })
    } else {
        None
    }
}

/// Materialize a constant.
pub fn const_to_object(c: &Const) -> PyRef {
    use super::int::{new_bigint, new_bool};
    match c {
        Const::None => super::singletons::none(),
        Const::Bool(b) => new_bool(*b),
        Const::Ellipsis => super::singletons::ELLIPSIS.to_ref(),
        Const::Int(i) => new_bigint(i.clone()),
        Const::Float(f) => crate::object::float::new_float(*f),
        Const::Complex { re, im } => crate::object::complex::new_complex(*re, *im),
        Const::Str(s) => {
            // Identifier-like strings are interned, as CPython does.
            if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                intern(s)
            } else {
                new_str(s.as_str())
            }
        }
        Const::Bytes(b) => crate::object::bytes::new_bytes(b.clone()),
        Const::Tuple(items) => new_tuple(items.iter().map(const_to_object).collect()),
        // Interim until the set type lands: membership tests behave the same.
        Const::FrozenSet(items) => new_tuple(items.iter().map(const_to_object).collect()),
        Const::Code(u) => code_from_arc(u.clone()),
    }
}

/// Materialize a code unit (and, recursively, its nested code constants).
pub fn code_from_unit(unit: &CodeUnit) -> PyResult<PyRef> {
    verify(unit)?;
    Ok(code_from_arc(Arc::new(unit.clone())))
}

fn code_from_arc(unit: Arc<CodeUnit>) -> PyRef {
    let consts: Box<[PyRef]> = unit.consts.iter().map(const_to_object).collect();
    let names: Box<[PyRef]> = unit.names.iter().map(|n| intern(n)).collect();
    let ics: Box<[IcSite]> = (0..unit.n_ic).map(|_| IcSite::default()).collect();
    let name = intern(&unit.name);
    let qualname = new_str(unit.qualname.as_str());
    let filename = new_str(unit.filename.as_str());
    let code = new_object(&CODE_TYPE, |ob| PyCode {
        ob,
        unit,
        consts,
        names,
        name,
        qualname,
        filename,
        ics: UnsafeCell::new(ics),
        counter: Cell::new(0),
        calls: Cell::new(0),
        back_edges: Cell::new(0),
        jit: Cell::new(0),
    });
    crate::runtime::stats::register_code(&code);
    code
}

/// Check every operand of every instruction against the code's tables, so
/// that executing it can index without bounds checks. Nested code units are
/// verified too.
pub fn verify(unit: &CodeUnit) -> PyResult<()> {
    let bad = |ip: usize, what: &str| -> PyErr {
        system_error(format!("invalid bytecode in {} at word {}: {}", unit.qualname, ip, what))
    };
    let nregs = unit.nregs as usize;
    if unit.locations.len() != unit.code.len() {
        return Err(bad(0, "location table length"));
    }
    if unit.varnames.len() + unit.cellvars.len() + unit.freevars.len() > nregs {
        return Err(bad(0, "nregs too small"));
    }
    let mut ip = 0;
    while ip < unit.code.len() {
        let op = Op::from_u16(unit.code[ip].0[0]).ok_or_else(|| bad(ip, "unknown opcode"))?;
        let info = op.info();
        if ip + info.width > unit.code.len() {
            return Err(bad(ip, "truncated instruction"));
        }
        let mut slot = 1;
        let mut vals = [0u32; 8];
        for (i, (_, kind)) in info.operands.iter().enumerate() {
            let get = |s: usize| unit.code[ip + s / 4].0[s % 4] as u32;
            let v = if *kind == OperandKind::J { get(slot) | (get(slot + 1) << 16) } else { get(slot) };
            slot += kind.slots();
            vals[i] = v;
            let ok = match kind {
                OperandKind::R => (v as usize) < nregs,
                OperandKind::K => (v as usize) < unit.consts.len(),
                OperandKind::N => (v as usize) < unit.names.len(),
                OperandKind::C => v < unit.n_ic,
                // A dead jump may target the end of the code (the eval loop reports
                // running off the end as a SystemError).
                OperandKind::J => (v as usize) <= unit.code.len(),
                OperandKind::I => true,
            };
            if !ok {
                return Err(bad(ip, &format!("operand {} of {} out of range", info.operands[i].0, info.name)));
            }
        }
        // Register windows.
        if let Some((_, end)) = crate::bytecode::opcodes::effects(op, &vals).window {
            if end as usize > nregs {
                return Err(bad(ip, &format!("register window of {} out of range", info.name)));
            }
        }
        ip += info.width;
    }
    for e in &unit.exc_table {
        if e.handler as usize >= unit.code.len() || e.exc_reg as usize >= nregs || e.start > e.end {
            return Err(bad(e.start as usize, "exception table entry out of range"));
        }
    }
    for c in &unit.consts {
        verify_const(c)?;
    }
    Ok(())
}

fn verify_const(c: &Const) -> PyResult<()> {
    match c {
        Const::Code(u) => verify(u),
        Const::Tuple(items) | Const::FrozenSet(items) => items.iter().try_for_each(verify_const),
        _ => Ok(()),
    }
}

fn code_repr(o: &PyObject) -> PyResult<PyRef> {
    let c = as_code(o).expect("code");
    Ok(new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.unit.name,
        o.as_ptr() as usize,
        c.unit.filename,
        c.unit.firstlineno
    )))
}

fn strs(v: &[String]) -> PyRef {
    new_tuple(v.iter().map(|s| intern(s)).collect())
}

static CODE_GETSETS: [GetSetDef; 16] = [
    GetSetDef { name: "co_name", get: |o| Ok(as_code(o).unwrap().name.clone()), set: None, doc: "" },
    GetSetDef { name: "co_qualname", get: |o| Ok(as_code(o).unwrap().qualname.clone()), set: None, doc: "" },
    GetSetDef { name: "co_filename", get: |o| Ok(as_code(o).unwrap().filename.clone()), set: None, doc: "" },
    GetSetDef { name: "co_firstlineno", get: |o| Ok(super::int::new_int(as_code(o).unwrap().unit.firstlineno as i64)), set: None, doc: "" },
    GetSetDef { name: "co_argcount", get: |o| Ok(super::int::new_int(as_code(o).unwrap().unit.argcount as i64)), set: None, doc: "" },
    GetSetDef { name: "co_posonlyargcount", get: |o| Ok(super::int::new_int(as_code(o).unwrap().unit.posonlyargcount as i64)), set: None, doc: "" },
    GetSetDef { name: "co_kwonlyargcount", get: |o| Ok(super::int::new_int(as_code(o).unwrap().unit.kwonlyargcount as i64)), set: None, doc: "" },
    GetSetDef { name: "co_flags", get: |o| Ok(super::int::new_int(as_code(o).unwrap().unit.flags as i64)), set: None, doc: "" },
    GetSetDef { name: "co_nlocals", get: |o| Ok(super::int::new_int(as_code(o).unwrap().unit.varnames.len() as i64)), set: None, doc: "" },
    GetSetDef { name: "co_varnames", get: |o| Ok(strs(&as_code(o).unwrap().unit.varnames)), set: None, doc: "" },
    GetSetDef { name: "co_cellvars", get: |o| Ok(strs(&as_code(o).unwrap().unit.cellvars)), set: None, doc: "" },
    GetSetDef { name: "co_freevars", get: |o| Ok(strs(&as_code(o).unwrap().unit.freevars)), set: None, doc: "" },
    GetSetDef { name: "co_names", get: |o| Ok(strs(&as_code(o).unwrap().unit.names)), set: None, doc: "" },
    GetSetDef { name: "co_consts", get: |o| Ok(new_tuple(as_code(o).unwrap().consts.to_vec())), set: None, doc: "" },
    GetSetDef { name: "co_stacksize", get: |o| Ok(super::int::new_int(as_code(o).unwrap().unit.nregs as i64)), set: None, doc: "" },
    GetSetDef {
        name: "co_code",
        get: |o| Ok(super::bytes::new_bytes(as_code(o).unwrap().unit.code.iter().flat_map(|w| w.0.iter().flat_map(|h| h.to_le_bytes())).collect())),
        set: None,
        doc: "",
    },
];

