//! Code generation: AST + symbol table -> register bytecode.
//!
//! One `Unit` per code object being built; nested definitions push a new
//! unit and pop it into a `Const::Code`. Instructions are appended with
//! `emit`; jumps name a `Label` that is patched when the unit is finished.
//! Every emitted word records the innermost exception handler active at
//! that point; `finish_unit` turns those into the (flat, non-overlapping)
//! exception table, like CPython 3.11's zero-cost exception tables.
//!
//! Responsibilities are split by file: `expr` (expressions), `call` (calls
//! and f-strings), `stmt` (simple and control-flow statements), `store`
//! (assignment targets, deletion), `func` (functions, lambdas, classes),
//! `exc` (try/except/finally, with, unwinding through blocks), `comp`
//! (comprehensions), `pattern` (match statements).
//!
//! # Conventions the interpreter relies on
//!
//! **Registers.** `[0, nlocals)` are the locals (`varnames`: parameters
//! first in CPython order, then the other locals); `[nlocals, nlocals +
//! ncellvars)` hold the cell objects of `cellvars`, then one register per
//! `freevars` entry holding the cell received in the closure; temporaries
//! follow, up to `nregs`. A cell register always holds the cell object
//! itself (never empty): `LoadDeref`/`StoreDeref` go through it, and `Move`
//! or `BuildTuple` copy the cell object. A parameter that is also a cell
//! is listed in `cell2arg`: the frame's entry code moves the argument into
//! a new cell. Module and class code have no locals (names go through
//! `LoadName`/`StoreName`), but may have cells (a class's `__class__`) and
//! free variables (read with `LoadClassDeref`).
//!
//! **Locals.** A local that may be unbound is read with `LoadFast` into a
//! temporary; a definitely-assigned one (parameters, locals assigned on
//! every path, by a simple flow analysis) is used directly as an operand
//! register. Locals that are ever deleted (`del x`, `except ... as x`) are
//! always read with `LoadFast`. Assignments write the local's register
//! directly when the value's last instruction is its only write.
//! `ClearReg` unbinds the `except ... as` name at the end of the handler.
//!
//! **Unused operands.** With a zero count (`BuildList`, `BuildMap`, ...),
//! `MakeFunction` with flags 0, `FormatValue` without `HAS_SPEC` and
//! `Raise` kind 0, the unused register operands are meaningless (but always
//! `< nregs`). `ForIter` writes `dst` only when it does not jump.
//! `LoadMethod` writes `dst` and `dst+1`.
//!
//! **Calls.** Callable then arguments in consecutive registers; `CallKw`
//! and `CallMethodKw` have the keyword-names tuple constant after the
//! arguments. `*args`/`**kwargs` at a call site build a tuple (a list +
//! `ListExtend`/`ListAppend` + `ListToTuple`) and a dict (`BuildMap`, then
//! `DictMerge` for each `**` and each later group of named keywords) or
//! None, then `CallEx`.
//!
//! **Functions.** `MakeFunction`'s extras: defaults tuple, keyword-only
//! defaults dict `{name: value}`, annotations as a flat tuple `(name1,
//! value1, name2, value2, ...)` (strings under `from __future__ import
//! annotations`), closure tuple of cell objects in the code's `freevars`
//! order. Decorators are evaluated first and applied innermost first
//! (plain `Call`s). `co_firstlineno` is the first decorator's line.
//!
//! **Classes.** `LoadBuildClass`, `MakeFunction` for the body (closure if
//! it has free variables), the name, the bases and keywords; then
//! `Call`/`CallKw`/`CallEx` of `__build_class__(body, name, *bases, **kw)`;
//! then the decorators. The body code stores `__module__` (from
//! `__name__`) and `__qualname__`, runs `SetupAnnotations` if the body has
//! annotated assignments, stores `__doc__`, runs the body, and returns the
//! `__class__` cell after storing it as `__classcell__` when a method uses
//! `super()`/`__class__` (else returns None), as CPython 3.11 does.
//!
//! **Comprehensions** are functions (`<listcomp>`, `<setcomp>`,
//! `<dictcomp>`, `<genexpr>`) with one parameter `.0` (register 0): the
//! caller evaluates the outermost iterable, applies `GetIter` (`GetAIter`
//! for `async for`), and calls the function with it. A non-generator
//! comprehension containing `async for`/`await` is a COROUTINE whose result
//! the caller awaits (`GetAwaitable` + `YieldFrom`).
//!
//! **Exceptions.** See `exc.rs` for the layouts. A handler entry receives
//! the exception in the entry's `exc_reg`; handler code starts with
//! `PushExcInfo save, exc` and every exit runs `PopExcInfo save`; a
//! cleanup handler covering the handler code runs `PopExcInfo save;
//! Reraise` for exceptions raised inside it. `finally` bodies are emitted
//! for the normal path, once more for the exceptional path (ending with
//! `Reraise`), and once per `return`/`break`/`continue` that leaves them.
//!
//! **Generators.** `Yield` in an ASYNC_GENERATOR code object is an
//! async-generator yield (CPython's ASYNC_GEN_WRAP + YIELD_VALUE);
//! `YieldFrom` (after `GetYieldFromIter` or `GetAwaitable`) has its `dst`
//! loaded with None first.

mod call;
mod comp;
mod exc;
mod expr;
mod func;
mod liveness;
mod locals_order;
mod pattern;
mod stmt;
mod store;

use super::symtable::{self, ScopeId, ScopeKind, SymScope, SymbolTable};
use super::{CompileError, Mode, SourceInfo};
use crate::bytecode::instr::OperandKind;
use crate::bytecode::opcodes::{flags as opflags, ops, Encode, Op, OP_INFO};
use crate::bytecode::{code_flags, CodeUnit, Const, ExcEntry, Instr, Location, Reg};
use num_bigint::BigInt;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) type R<T = ()> = Result<T, CompileError>;

/// A jump target inside the unit being built.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

const UNBOUND: u32 = u32::MAX;

/// CPython's limit on statically nested blocks (loops, try, with).
const MAX_BLOCKS: usize = 20;

/// Hashable identity of a constant, for de-duplication (floats by bits, so
/// that `0.0` and `-0.0` stay distinct; `1`, `1.0` and `True` are distinct).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(i.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex { re, im } => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect::<Option<_>>()?),
        Const::FrozenSet(t) => ConstKey::FrozenSet(t.iter().map(const_key).collect::<Option<_>>()?),
        Const::Code(_) => return None,
    })
}

/// A block that `break`, `continue` and `return` must unwind through.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    Loop {
        continue_label: Label,
        break_label: Label,
    },
    /// The body of a `try` with `except` handlers.
    TryExcept,
    /// The body of a `try` with a `finally`: leaving it runs the finally body.
    FinallyTry { body: &'a [ast::Stmt] },
    /// The exceptional copy of a finally body: leaving it restores the
    /// handled exception.
    FinallyEnd { save: Reg },
    /// An `except` handler body: leaving it restores the handled exception
    /// and unbinds the `as` name.
    HandlerCleanup { save: Reg, name: Option<String> },
    /// An `except*` handler body (`break`/`continue`/`return` are errors).
    ExceptStarHandler,
    /// A `with` body: leaving it calls `exit(None, None, None)`.
    With { exit: Reg, is_async: bool },
}

pub(crate) struct FBlockEntry<'a> {
    pub kind: FBlock<'a>,
    /// The exception handler active outside the block's protected range.
    pub outer_handler: u32,
}

/// The code object being built.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    pub firstlineno: u32,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub docstring: Option<String>,

    code: Vec<Instr>,
    locs: Vec<Location>,
    /// Per word: index+1 into `handlers` of the active exception handler.
    handler_of: Vec<u32>,
    handlers: Vec<(Label, Reg)>,
    pub cur_handler: u32,
    consts: Vec<Const>,
    const_map: HashMap<ConstKey, u16>,
    names: Vec<String>,
    name_map: HashMap<String, u16>,
    labels: Vec<u32>,
    fixups: Vec<(usize, Label)>,
    n_ic: u32,

    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    local_index: HashMap<String, Reg>,
    cell_index: HashMap<String, Reg>,
    temp_top: u32,
    max_reg: u32,
    /// First temporary register (locals and cells come before).
    first_temp: u32,

    pub loc: Location,
    pub fblocks: Vec<FBlockEntry<'a>>,
    /// Definitely-assigned locals (bit per local register).
    defined: Vec<u64>,
    /// Locals that may be unbound again after assignment (deleted somewhere).
    never_definite: Vec<u64>,
    /// Direct reads of local registers as operands are allowed (disabled when
    /// the unit contains assignment expressions).
    pub direct_reads: bool,
    /// Whether code emitted now can be reached (false after a terminator
    /// until the next label).
    pub reachable: bool,
    /// Inside the body of an `except*` handler (for error messages).
    pub in_except_star: u32,
    /// The unit is an `async def` body.
    pub is_async: bool,
}

pub(crate) struct Compiler<'a, 'b> {
    pub info: &'a SourceInfo<'b>,
    pub table: &'a SymbolTable,
    pub future: u32,
    pub mode: Mode,
    pub unit: Unit<'a>,
    stack: Vec<Unit<'a>>,
    /// Line of the last `from __future__` import at the top of the module.
    pub future_lineno: u32,
}

pub(crate) fn compile_mod(
    info: &SourceInfo,
    m: &ast::Mod,
    table: &SymbolTable,
    mode: Mode,
    future: u32,
) -> R<CodeUnit> {
    let unit = Unit::new(table, 0, "<module>".into(), "<module>".into(), 1);
    let mut c = Compiler { info, table, future, mode, unit, stack: Vec::new(), future_lineno: 0 };
    c.unit.direct_reads = false;
    match m {
        ast::Mod::Module(m) => {
            c.future_lineno = future_lineno(info, &m.body);
            c.module_body(&m.body)?;
        }
        ast::Mod::Interactive(m) => {
            c.future_lineno = future_lineno(info, &m.body);
            c.interactive_body(&m.body)?;
        }
        ast::Mod::Expression(e) => {
            c.set_loc(&*e.body);
            let r = c.expr(&e.body)?;
            c.emit(ops::Return { src: r });
        }
        ast::Mod::FunctionType(_) => {}
    }
    c.finish_unit()
}

/// The line of the last leading `from __future__ import` (0 if none).
fn future_lineno(info: &SourceInfo, body: &[ast::Stmt]) -> u32 {
    let mut line = 0;
    let skip = usize::from(super::validate::is_docstring(body));
    for s in &body[skip..] {
        match s {
            ast::Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__") => {
                line = info.lines.line_col(s.start().to_u32()).0;
            }
            _ => break,
        }
    }
    line
}

fn bitset_len(n: usize) -> usize {
    n.div_ceil(64)
}

impl<'a> Unit<'a> {
    pub fn new(table: &SymbolTable, scope: ScopeId, name: String, qualname: String, firstlineno: u32) -> Unit<'a> {
        let s = &table.scopes[scope];
        let mut local_index = HashMap::new();
        for (i, v) in s.varnames.iter().enumerate() {
            local_index.insert(v.clone(), i as Reg);
        }
        let nlocals = s.varnames.len();
        let mut cell_index = HashMap::new();
        for (i, v) in s.cellvars.iter().chain(&s.freevars).enumerate() {
            cell_index.insert(v.clone(), (nlocals + i) as Reg);
        }
        let nfixed = (nlocals + s.cellvars.len() + s.freevars.len()) as u32;
        let mut never_definite = vec![0u64; bitset_len(nlocals)];
        for (i, v) in s.varnames.iter().enumerate() {
            if s.flags_of(v) & symtable::flags::DEF_DELETED != 0 {
                never_definite[i / 64] |= 1 << (i % 64);
            }
        }
        let mut defined = vec![0u64; bitset_len(nlocals)];
        for (i, _) in s.params.iter().enumerate() {
            if never_definite[i / 64] & (1 << (i % 64)) == 0 {
                defined[i / 64] |= 1 << (i % 64);
            }
        }
        Unit {
            scope,
            kind: s.kind,
            name,
            qualname,
            private: s.private.clone(),
            firstlineno,
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            docstring: None,
            code: Vec::new(),
            locs: Vec::new(),
            handler_of: Vec::new(),
            handlers: Vec::new(),
            cur_handler: 0,
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            n_ic: 0,
            varnames: s.varnames.clone(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            local_index,
            cell_index,
            temp_top: nfixed,
            max_reg: nfixed,
            first_temp: nfixed,
            loc: Location { line: firstlineno, end_line: firstlineno, col: 0, end_col: 0 },
            fblocks: Vec::new(),
            defined,
            never_definite,
            direct_reads: !s.has_walrus,
            reachable: true,
            in_except_star: 0,
            is_async: false,
        }
    }
}

/// How a name is loaded and stored in the current unit.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum NameOp {
    /// A local in a register (function scopes).
    Fast(Reg),
    /// A cell or free variable (register holds the cell).
    Deref(Reg),
    /// A free variable read from a class body (locals dict first).
    ClassDeref(Reg),
    Global,
    /// Through the locals dict (module and class bodies).
    Name,
}

impl<'a, 'b> Compiler<'a, 'b> {
    // ---------------------------------------------------------------- errors

    pub fn error<T: Ranged>(&self, msg: impl Into<String>, node: &T) -> CompileError {
        self.info.error_at(msg, node)
    }

    pub fn error_range(&self, msg: impl Into<String>, start: u32, end: u32) -> CompileError {
        self.info.error_range(msg, start, end)
    }

    // ------------------------------------------------------------- locations

    pub fn loc_of(&self, start: u32, end: u32) -> Location {
        let (line, col) = self.info.lines.line_col(start);
        let (end_line, end_col) = self.info.lines.line_col(end.max(start));
        Location { line, end_line, col, end_col }
    }

    pub fn set_loc<T: Ranged>(&mut self, node: &T) {
        self.unit.loc = self.loc_of(node.start().to_u32(), node.end().to_u32());
    }

    pub fn line_of<T: Ranged>(&self, node: &T) -> u32 {
        self.info.lines.line_col(node.start().to_u32()).0
    }

    // -------------------------------------------------------------- emitting

    pub fn emit<T: Encode>(&mut self, op: T) {
        let before = self.unit.code.len();
        op.encode(&mut self.unit.code);
        let n = self.unit.code.len() - before;
        for _ in 0..n {
            self.unit.locs.push(self.unit.loc);
            self.unit.handler_of.push(self.unit.cur_handler);
        }
        let info = &OP_INFO[self.unit.code[before].0[0] as usize];
        if info.has(opflags::TERMINATOR) {
            self.unit.reachable = false;
        }
    }

    /// Emits a jumping instruction whose target is `label`.
    pub fn emit_jump<T: Encode>(&mut self, op: T, label: Label) {
        let at = self.unit.code.len();
        self.emit(op);
        self.unit.fixups.push((at, label));
    }

    pub fn jump(&mut self, label: Label) {
        self.emit_jump(ops::Jump { target: 0 }, label);
    }

    pub fn new_label(&mut self) -> Label {
        self.unit.labels.push(UNBOUND);
        Label(self.unit.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        debug_assert_eq!(self.unit.labels[l.0 as usize], UNBOUND);
        self.unit.labels[l.0 as usize] = self.unit.code.len() as u32;
        self.unit.reachable = true;
    }

    pub fn ic(&mut self) -> u16 {
        let i = self.unit.n_ic;
        self.unit.n_ic += 1;
        i.min(u16::MAX as u32) as u16
    }

    /// Installs an exception handler for the code emitted from now on;
    /// returns the previous one (to restore with `set_handler`).
    pub fn push_handler(&mut self, label: Label, exc_reg: Reg) -> u32 {
        self.unit.handlers.push((label, exc_reg));
        let prev = self.unit.cur_handler;
        self.unit.cur_handler = self.unit.handlers.len() as u32;
        prev
    }

    pub fn set_handler(&mut self, h: u32) {
        self.unit.cur_handler = h;
    }

    // ------------------------------------------------------------- registers

    pub fn temp(&mut self) -> R<Reg> {
        self.temps(1)
    }

    /// `n` consecutive fresh temporaries.
    pub fn temps(&mut self, n: u32) -> R<Reg> {
        if n == 0 {
            // An empty window: any valid register will do.
            return Ok(0);
        }
        let r = self.unit.temp_top;
        self.unit.temp_top += n;
        if self.unit.temp_top >= u16::MAX as u32 {
            return Err(self.error_range("too many registers needed (expression too complex)", 0, 0));
        }
        self.unit.max_reg = self.unit.max_reg.max(self.unit.temp_top);
        Ok(r as Reg)
    }

    pub fn mark(&self) -> u32 {
        self.unit.temp_top
    }

    /// Whether `r` is a temporary (not a local or cell register).
    pub fn is_temp(&self, r: Reg) -> bool {
        r as u32 >= self.unit.first_temp
    }

    /// Release the object held by temporary `r` now (`__del__` runs where
    /// CPython would run it, not when the register is next overwritten).
    pub fn clear_temp(&mut self, r: Reg) {
        if self.is_temp(r) && self.unit.reachable {
            self.emit(ops::ClearReg { reg: r });
        }
    }

    pub fn release(&mut self, m: u32) {
        self.unit.temp_top = m;
    }

    // ------------------------------------------------------ consts and names

    pub fn add_const(&mut self, c: Const) -> R<u16> {
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = self.unit.const_map.get(k) {
                return Ok(i);
            }
        }
        let i = self.unit.consts.len();
        if i >= u16::MAX as usize {
            return Err(self.error_range("too many constants in one code object", 0, 0));
        }
        self.unit.consts.push(c);
        if let Some(k) = key {
            self.unit.const_map.insert(k, i as u16);
        }
        Ok(i as u16)
    }

    pub fn load_const(&mut self, c: Const, dst: Reg) -> R {
        let k = self.add_const(c)?;
        self.emit(ops::LoadConst { dst, k });
        Ok(())
    }

    pub fn load_none(&mut self, dst: Reg) -> R {
        self.load_const(Const::None, dst)
    }

    pub fn add_name(&mut self, name: &str) -> R<u16> {
        if let Some(&i) = self.unit.name_map.get(name) {
            return Ok(i);
        }
        let i = self.unit.names.len();
        if i >= u16::MAX as usize {
            return Err(self.error_range("too many names in one code object", 0, 0));
        }
        self.unit.names.push(name.to_owned());
        self.unit.name_map.insert(name.to_owned(), i as u16);
        Ok(i as u16)
    }

    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.unit.private.as_deref(), name).into_owned()
    }

    // --------------------------------------------------------- name scoping

    pub fn scope(&self) -> &'a symtable::Scope {
        &self.table.scopes[self.unit.scope]
    }

    /// How the (unmangled) name is accessed in the current unit.
    pub fn name_op(&self, name: &str) -> (NameOp, String) {
        let mangled = self.mangle(name);
        let s = self.scope();
        let kind = s.kind;
        let sc = s.scope_of(&mangled);
        let op = match sc {
            SymScope::Free | SymScope::Cell => match self.unit.cell_index.get(&mangled) {
                Some(&r) if kind == ScopeKind::Class => NameOp::ClassDeref(r),
                Some(&r) => NameOp::Deref(r),
                None => NameOp::Name,
            },
            SymScope::Local => {
                if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    match self.unit.local_index.get(&mangled) {
                        Some(&r) => NameOp::Fast(r),
                        None => NameOp::Name,
                    }
                } else {
                    NameOp::Name
                }
            }
            SymScope::GlobalImplicit => {
                if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    NameOp::Global
                } else {
                    NameOp::Name
                }
            }
            SymScope::GlobalExplicit => NameOp::Global,
        };
        (op, mangled)
    }

    /// Register of a cell or free variable (for building closures).
    pub fn cell_reg(&self, name: &str) -> Option<Reg> {
        self.unit.cell_index.get(name).copied()
    }

    // -------------------------------------------------- definite assignment

    pub fn is_defined(&self, r: Reg) -> bool {
        let i = r as usize;
        i < self.unit.varnames.len() && self.unit.defined[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn mark_defined(&mut self, r: Reg) {
        let i = r as usize;
        if i < self.unit.varnames.len() && self.unit.never_definite[i / 64] & (1 << (i % 64)) == 0 {
            self.unit.defined[i / 64] |= 1 << (i % 64);
        }
    }

    pub fn defined_snapshot(&self) -> Vec<u64> {
        self.unit.defined.clone()
    }

    pub fn set_defined(&mut self, d: Vec<u64>) {
        self.unit.defined = d;
    }

    /// Intersection of two states (an unreachable path contributes nothing:
    /// pass `None`).
    pub fn meet(a: Option<Vec<u64>>, b: Option<Vec<u64>>) -> Option<Vec<u64>> {
        match (a, b) {
            (Some(mut a), Some(b)) => {
                for (x, y) in a.iter_mut().zip(&b) {
                    *x &= *y;
                }
                Some(a)
            }
            (a, None) => a,
            (None, b) => b,
        }
    }

    /// The current state, or `None` when the current point is unreachable.
    pub fn flow_state(&self) -> Option<Vec<u64>> {
        if self.unit.reachable {
            Some(self.unit.defined.clone())
        } else {
            None
        }
    }

    // -------------------------------------------------------------- fblocks

    pub fn push_fblock<T: Ranged>(&mut self, kind: FBlock<'a>, outer_handler: u32, node: &T) -> R {
        if self.unit.fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", node));
        }
        self.unit.fblocks.push(FBlockEntry { kind, outer_handler });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.unit.fblocks.pop();
    }

    // ------------------------------------------------------------ the units

    pub fn enter_unit(&mut self, scope: ScopeId, name: String, qualname: String, firstlineno: u32) {
        let unit = Unit::new(self.table, scope, name, qualname, firstlineno);
        let outer = std::mem::replace(&mut self.unit, unit);
        self.stack.push(outer);
    }

    /// Finishes the current unit and returns to the enclosing one.
    pub fn leave_unit(&mut self) -> R<CodeUnit> {
        let code = self.finish_unit()?;
        self.unit = self.stack.pop().expect("leave_unit without enter_unit");
        Ok(code)
    }

    /// The qualname of a definition named `name` in the current unit.
    pub fn qualname_for(&self, name: &str, is_def: bool) -> String {
        let u = &self.unit;
        if u.kind == ScopeKind::Module {
            return name.to_owned();
        }
        if is_def {
            let mangled = self.mangle(name);
            if self.scope().scope_of(&mangled) == SymScope::GlobalExplicit {
                return name.to_owned();
            }
        }
        if u.kind == ScopeKind::Function {
            format!("{}.<locals>.{}", u.qualname, name)
        } else {
            format!("{}.{}", u.qualname, name)
        }
    }

    fn finish_unit(&mut self) -> R<CodeUnit> {
        if self.unit.reachable || self.unit.code.is_empty() {
            let r = self.temp()?;
            self.load_none(r)?;
            self.emit(ops::Return { src: r });
        }
        let u = &mut self.unit;
        // Patch jumps.
        for &(at, label) in &u.fixups {
            let target = u.labels[label.0 as usize];
            assert!(target != UNBOUND, "jump to an unbound label");
            patch_target(&mut u.code, at, target);
        }
        // Exception table: runs of words with the same handler.
        let mut exc_table = Vec::new();
        let mut i = 0;
        while i < u.handler_of.len() {
            let h = u.handler_of[i];
            let start = i;
            while i < u.handler_of.len() && u.handler_of[i] == h {
                i += 1;
            }
            if h != 0 {
                let (label, reg) = u.handlers[h as usize - 1];
                let handler = u.labels[label.0 as usize];
                assert!(handler != UNBOUND, "exception handler label unbound");
                exc_table.push(ExcEntry { start: start as u32, end: i as u32, handler, exc_reg: reg });
            }
        }
        let s = &self.table.scopes[u.scope];
        locals_order::order_locals_by_first_use(&mut u.code, &mut exc_table, &mut u.varnames, s.params.len());
        let first_temp = (u.varnames.len() + u.cellvars.len() + u.freevars.len()) as u32;
        liveness::mark_dead_temporaries(&mut u.code, &exc_table, first_temp, u.max_reg.max(1));
        let mut flags = u.flags;
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if s.nested {
                flags |= code_flags::NESTED;
            }
            if s.varargs {
                flags |= code_flags::VARARGS;
            }
            if s.varkeywords {
                flags |= code_flags::VARKEYWORDS;
            }
            if s.generator && s.coroutine {
                flags |= code_flags::ASYNC_GENERATOR;
            } else if s.generator {
                flags |= code_flags::GENERATOR;
            } else if s.coroutine {
                flags |= code_flags::COROUTINE;
            }
        }
        let mut cell2arg = Vec::new();
        for (ci, cname) in u.cellvars.iter().enumerate() {
            if let Some(pi) = s.params.iter().position(|p| p == cname) {
                cell2arg.push((ci as u32, pi as u32));
            }
        }
        Ok(CodeUnit {
            name: u.name.clone(),
            qualname: u.qualname.clone(),
            filename: self.info.filename.to_owned(),
            firstlineno: u.firstlineno,
            flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            varnames: std::mem::take(&mut u.varnames),
            cellvars: std::mem::take(&mut u.cellvars),
            freevars: std::mem::take(&mut u.freevars),
            cell2arg,
            nregs: u.max_reg.max(1),
            code: std::mem::take(&mut u.code),
            consts: std::mem::take(&mut u.consts),
            names: std::mem::take(&mut u.names),
            exc_table,
            locations: std::mem::take(&mut u.locs),
            n_ic: u.n_ic,
            docstring: u.docstring.take(),
        })
    }

    /// Adds a finished nested code unit as a constant.
    pub fn add_code_const(&mut self, code: CodeUnit) -> R<u16> {
        self.add_const(Const::Code(Arc::new(code)))
    }
}

/// Writes `target` into the jump operand of the instruction at `at`.
pub(crate) fn patch_target(code: &mut [Instr], at: usize, target: u32) {
    let op = code[at].0[0];
    let info = &OP_INFO[op as usize];
    let mut slot = 1;
    for (_, kind) in info.operands {
        if *kind == OperandKind::J {
            code[at + slot / 4].0[slot % 4] = target as u16;
            let s2 = slot + 1;
            code[at + s2 / 4].0[s2 % 4] = (target >> 16) as u16;
            return;
        }
        slot += kind.slots();
    }
    panic!("patch_target: {} has no jump operand", info.name);
}

/// The opcode of the instruction at word `at` (for tests).
#[allow(dead_code)]
pub(crate) fn op_at(code: &[Instr], at: usize) -> Option<Op> {
    Op::from_u16(code[at].0[0])
}

pub(crate) use expr::const_from_ast as expr_const_from_ast;
