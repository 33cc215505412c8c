//! The opcode table: every instruction declared once.
//!
//! `for_each_opcode!` is the single declaration. From it come the `Op` enum,
//! the metadata table `OP_INFO` (name, operands, flags, width) used by the
//! disassembler, the serializer and the tiers, and one struct per opcode in
//! `ops` with `encode` (used by the compiler) and `decode` (used by every
//! tier). Adding an opcode here without handling it in the interpreter is a
//! compile error (the interpreter matches on `Op` exhaustively).
//!
//! Each line: `Name (operand: Kind, ...) [FLAGS] @IcKind { effects } ->
//! pyrt_fn;` — the last three optional. `@IcKind`: the kind of inline cache
//! of the `ic: C` operand. `{ effects }`: the registers read, written,
//! emptied and the register window (`effects.rs`); without it, an `R`
//! operand named `dst` is written and every other `R` operand read.
//! `-> pyrt_fn`: the runtime function (`abi::decl`) that performs the
//! instruction's generic path, which a compiled tier calls. Basic blocks
//! end after `JUMP`, `TERMINATOR` and `YIELDS` instructions and start at
//! jump targets and handlers (`effects::block_starts`).
//!
//! A "window" operand (`first`, `func`, `base`) names the first of several
//! consecutive registers. Calls take the callable in `func` and the arguments
//! in `func+1 ..= func+argc`. Keyword calls (`CallKw`) put a tuple constant of
//! keyword names after the arguments: the last `len(kwnames)` arguments are
//! the keyword values (CPython's vectorcall convention).

use super::effects::Effects;
use super::instr::{Instr, OperandKind, SlotReader, SlotWriter};

/// Flag bits of an opcode.
pub mod flags {
    /// May raise an exception (the tier must check the result).
    pub const RAISES: u8 = 1;
    /// Has an inline cache (one of its operands is `ic: C`).
    pub const IC: u8 = 2;
    /// May jump (one of its operands is `target: J`).
    pub const JUMP: u8 = 4;
    /// Ends a basic block without falling through.
    pub const TERMINATOR: u8 = 8;
    /// Suspends a generator frame.
    pub const YIELDS: u8 = 16;
}

/// The declaration. Each line: `Name (operand: Kind, ...) [FLAGS];`
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
            /// Does nothing.
            Nop () [];
            /// `dst = consts[k]`
            LoadConst (dst: R, k: K) [];
            /// `dst = src` (src is known to be bound).
            Move (dst: R, src: R) [];
            /// `dst = local src`; UnboundLocalError if src is empty.
            LoadFast (dst: R, src: R) [RAISES] { peek(src, 1), write(dst, 1) } -> pyrt_unbound_local;
            /// Unbind a local; UnboundLocalError if already empty.
            DeleteFast (reg: R) [RAISES] { peek(reg, 1), empty(reg, 1) } -> pyrt_unbound_local;
            /// Drop a temporary (set the register empty).
            ClearReg (reg: R) [] { empty(reg, 1) };
            /// `dst = cell.contents`; NameError/UnboundLocalError if empty.
            LoadDeref (dst: R, cell: R) [RAISES] -> pyrt_load_deref;
            /// `cell.contents = src`
            StoreDeref (cell: R, src: R) [] -> pyrt_store_deref;
            /// Empty a cell; error if already empty.
            DeleteDeref (cell: R) [RAISES];
            /// Class body: `dst = locals[name]` if present, else the cell's contents.
            LoadClassDeref (dst: R, name: N, cell: R) [RAISES];
            /// `dst = globals[name]` or builtins[name]; NameError otherwise.
            LoadGlobal (dst: R, name: N, ic: C) [RAISES, IC] @Global -> pyrt_load_global;
            /// `globals[name] = src`
            StoreGlobal (name: N, src: R) [RAISES] -> pyrt_store_global;
            /// `del globals[name]`
            DeleteGlobal (name: N) [RAISES] -> pyrt_delete_global;
            /// `dst = locals[name]` or globals or builtins (module and class bodies).
            LoadName (dst: R, name: N) [RAISES] -> pyrt_load_name;
            /// `locals[name] = src`
            StoreName (name: N, src: R) [RAISES] -> pyrt_store_name;
            /// `del locals[name]`
            DeleteName (name: N) [RAISES] -> pyrt_delete_name;
            /// `dst = obj.name`
            LoadAttr (dst: R, obj: R, name: N, ic: C) [RAISES, IC] @Attr -> pyrt_load_attr;
            /// `obj.name = src`
            StoreAttr (obj: R, name: N, src: R, ic: C) [RAISES, IC] @StoreAttr -> pyrt_store_attr;
            /// `del obj.name`
            DeleteAttr (obj: R, name: N) [RAISES] -> pyrt_delete_attr;
            /// Method lookup for a call: `dst = function, dst+1 = obj` when `obj.name`
            /// is a plain method, else `dst = obj.name, dst+1 = empty`.
            LoadMethod (dst: R, obj: R, name: N, ic: C) [RAISES, IC] @Method { read(obj, 1), write_window(dst, 2) } -> pyrt_load_method;
            /// `dst = obj[key]`
            Subscr (dst: R, obj: R, key: R) [RAISES] -> pyrt_subscr;
            /// `obj[key] = src`
            StoreSubscr (obj: R, key: R, src: R) [RAISES] -> pyrt_store_subscr;
            /// `del obj[key]`
            DeleteSubscr (obj: R, key: R) [RAISES] -> pyrt_delete_subscr;
            /// `dst = slice(start, stop, step)` (missing parts hold None).
            BuildSlice (dst: R, start: R, stop: R, step: R) [] -> pyrt_build_slice;
            /// `dst = -src`, `+src`, `~src` (kind: `UnaryKind`).
            UnaryOp (dst: R, src: R, kind: I) [RAISES] -> pyrt_unary_op;
            /// `dst = not src`
            Not (dst: R, src: R) [RAISES] -> pyrt_not;
            /// `dst = lhs <op> rhs` (kind: `BinOpKind`, in-place kinds included).
            BinaryOp (dst: R, lhs: R, rhs: R, kind: I, ic: C) [RAISES, IC] @BinaryOp -> pyrt_binary_op;
            /// `dst = lhs <cmp> rhs` (kind: `CmpKind`).
            CompareOp (dst: R, lhs: R, rhs: R, kind: I, ic: C) [RAISES, IC] @CompareOp -> pyrt_compare_op;
            /// `dst = lhs is rhs` (`is not` when invert is 1).
            IsOp (dst: R, lhs: R, rhs: R, invert: I) [];
            /// `dst = lhs in rhs` (`not in` when invert is 1).
            ContainsOp (dst: R, lhs: R, rhs: R, invert: I) [RAISES] -> pyrt_contains;
            /// Unconditional jump.
            Jump (target: J) [JUMP, TERMINATOR];
            /// Jump when `cond` is true (calls `__bool__`).
            JumpIfTrue (cond: R, target: J) [RAISES, JUMP] -> pyrt_truthy;
            /// Jump when `cond` is false (calls `__bool__`).
            JumpIfFalse (cond: R, target: J) [RAISES, JUMP] -> pyrt_truthy;
            /// Jump when `src` is None (`invert`: when not None).
            JumpIfNone (src: R, invert: I, target: J) [JUMP];
            /// `dst = iter(src)`
            GetIter (dst: R, src: R) [RAISES] -> pyrt_get_iter;
            /// `dst = next(iter)`; jump to target when exhausted.
            ForIter (dst: R, iter: R, target: J) [RAISES, JUMP] { read(iter, 1), write_ft(dst, 1) } -> pyrt_for_iter;
            /// Return `src` from the frame.
            Return (src: R) [TERMINATOR];
            /// `dst = func(func+1 ..= func+argc)`
            Call (dst: R, func: R, argc: I) [RAISES] { consume_window(func, argc + 1), write(dst, 1) } -> pyrt_call;
            /// Like `Call`; register `func+argc+1` holds the keyword-names tuple.
            CallKw (dst: R, func: R, argc: I) [RAISES] { consume_window(func, argc + 2), write(dst, 1) } -> pyrt_call;
            /// `dst = base(base+1?, base+2 ..= base+argc+1)`: after `LoadMethod`,
            /// `base+1` is the self argument or empty.
            CallMethod (dst: R, base: R, argc: I) [RAISES] { read(base, 1), peek(base + 1, 1), read_window(base + 2, argc), empty_window(base, argc + 2), write(dst, 1) } -> pyrt_call_method;
            /// `CallMethod` with a keyword-names tuple after the arguments.
            CallMethodKw (dst: R, base: R, argc: I) [RAISES] { read(base, 1), peek(base + 1, 1), read_window(base + 2, argc + 1), empty_window(base, argc + 3), write(dst, 1) } -> pyrt_call_method;
            /// `dst = func(*args, **kwargs)`; args is a tuple, kwargs a dict or None.
            CallEx (dst: R, func: R, args: R, kwargs: R) [RAISES] -> pyrt_call_ex;
            /// `dst = (first, ..., first+count-1)`
            BuildTuple (dst: R, first: R, count: I) [] { read_window(first, count), write(dst, 1) } -> pyrt_build_tuple;
            /// `dst = [first, ..., first+count-1]`
            BuildList (dst: R, first: R, count: I) [] { consume_window(first, count), write(dst, 1) } -> pyrt_build_list;
            /// `dst = {first, ..., first+count-1}`
            BuildSet (dst: R, first: R, count: I) [RAISES] { read_window(first, count), write(dst, 1) } -> pyrt_build_set;
            /// `dst = {first: first+1, ...}` with `count` pairs.
            BuildMap (dst: R, first: R, count: I) [RAISES] { read_window(first, 2 * count), write(dst, 1) } -> pyrt_build_map;
            /// `dst = ''.join(first .. first+count-1)` (all str).
            BuildString (dst: R, first: R, count: I) [RAISES] { read_window(first, count), write(dst, 1) } -> pyrt_build_string;
            /// f-string field: `dst = format(conv(src), spec)`; flags: conversion
            /// (0 none, 1 `!s`, 2 `!r`, 3 `!a`) | 4 when `spec` holds a spec.
            FormatValue (dst: R, src: R, spec: R, flags: I) [RAISES] { read(src, 1), read(spec, (flags & format_flags::HAS_SPEC as u32 != 0) as u32), write(dst, 1) } -> pyrt_format_value;
            /// `list.append(src)` (comprehensions, displays).
            ListAppend (list: R, src: R) [] -> pyrt_list_append;
            /// `list.extend(src)` (starred displays).
            ListExtend (list: R, src: R) [RAISES] -> pyrt_list_extend;
            /// `dst = tuple(src)` where src is a list.
            ListToTuple (dst: R, src: R) [] -> pyrt_list_to_tuple;
            /// `set.add(src)`
            SetAdd (set: R, src: R) [RAISES] -> pyrt_set_add;
            /// `set.update(src)`
            SetUpdate (set: R, src: R) [RAISES] -> pyrt_set_update;
            /// `map[key] = val`
            MapAdd (map: R, key: R, val: R) [RAISES] -> pyrt_map_add;
            /// `map.update(src)` (`{**a}` displays).
            DictUpdate (map: R, src: R) [RAISES] -> pyrt_dict_update;
            /// `map.update(src)` for `f(**src)`; duplicate keys are a TypeError
            /// naming the callable in `func`.
            DictMerge (map: R, src: R, func: R) [RAISES] -> pyrt_dict_merge;
            /// `first .. first+count-1 = src`
            UnpackSequence (first: R, src: R, count: I) [RAISES] { read(src, 1), write_window(first, count) } -> pyrt_unpack_sequence;
            /// Starred unpack: `before` targets, a list, `after` targets from `first`.
            UnpackEx (first: R, src: R, before: I, after: I) [RAISES] { read(src, 1), write_window(first, before + after + 1) } -> pyrt_unpack_ex;
            /// `dst = function(consts[code])`; `flags` (`MakeFunctionFlags`) says which of
            /// defaults tuple, kwdefaults dict, annotations, closure tuple follow in
            /// consecutive registers from `first`, in that order.
            MakeFunction (dst: R, code: K, flags: I, first: R) [] { read_window(first, flags.count_ones()), write(dst, 1) } -> pyrt_make_function;
            /// `dst = builtins.__build_class__`
            LoadBuildClass (dst: R) [RAISES] -> pyrt_load_build_class;
            /// Create `__annotations__` in the locals dict if missing.
            SetupAnnotations () [RAISES] -> pyrt_setup_annotations;
            /// kind 0: bare `raise`; 1: `raise exc`; 2: `raise exc from cause`.
            Raise (exc: R, cause: R, kind: I) [RAISES, TERMINATOR] { read(exc, (kind >= 1) as u32), read(cause, (kind == 2) as u32) } -> pyrt_raise;
            /// Re-raise the exception in `exc` keeping its traceback.
            Reraise (exc: R) [RAISES, TERMINATOR];
            /// Entering a handler: `save = handled exception; handled = exc`.
            PushExcInfo (save: R, exc: R) [] { read(exc, 1), write(save, 1) } -> pyrt_push_exc_info;
            /// Leaving a handler: `handled exception = save`.
            PopExcInfo (save: R) [] { peek(save, 1), empty(save, 1) } -> pyrt_pop_exc_info;
            /// `dst = isinstance(exc, type)` with `except` semantics (type may be a tuple).
            CheckExcMatch (dst: R, exc: R, typ: R) [RAISES] -> pyrt_exc_match;
            /// `dst = AssertionError` (cannot be shadowed).
            LoadAssertionError (dst: R) [];
            /// `with`: `exit = type(mgr).__exit__` bound to mgr, `dst = mgr.__enter__()`.
            BeforeWith (dst: R, exit: R, mgr: R) [RAISES] { read(mgr, 1), write(dst, 1), write(exit, 1) } -> pyrt_before_with;
            /// `with` on exception: `dst = exit(type(exc), exc, exc.__traceback__)`.
            WithExceptStart (dst: R, exit: R, exc: R) [RAISES] -> pyrt_with_except_start;
            /// Suspend, yielding `src`; on resume `dst` = the sent value.
            Yield (dst: R, src: R) [RAISES, YIELDS];
            /// `dst = iter(src)` for `yield from` (generators pass through).
            GetYieldFromIter (dst: R, src: R) [RAISES] -> pyrt_get_yield_from_iter;
            /// `yield from iter`: send `dst` into iter; if it yields, suspend with that
            /// value and resume here with `dst` = the new sent value; when it finishes,
            /// `dst` = its return value and `iter` is cleared.
            YieldFrom (dst: R, iter: R) [RAISES, YIELDS] { read(dst, 1), read(iter, 1), empty(iter, 1), write(dst, 1) };
            /// `dst = __import__(names[name], globals, None, fromlist, level)`
            ImportName (dst: R, name: N, fromlist: R, level: I) [RAISES] -> pyrt_import_name;
            /// `dst = module.name` (or the submodule), ImportError if missing.
            ImportFrom (dst: R, module: R, name: N) [RAISES] -> pyrt_import_from;
            /// `from module import *` into the locals dict.
            ImportStar (module: R) [RAISES] -> pyrt_import_star;
            /// Interactive mode: print repr(src) and set builtins._ (when not None).
            PrintExpr (src: R) [RAISES] -> pyrt_print_expr;
            /// `await`: `dst = ` the iterator to drive with `YieldFrom` for awaiting
            /// `src` (CPython's GET_AWAITABLE): a coroutine (or a generator-based
            /// coroutine) itself, RuntimeError "coroutine is being awaited already" if it
            /// is already running an await; else `type(src).__await__(src)`, which must
            /// return an iterator. TypeError wording by `kind`: 0 `"object X can't be used
            /// in 'await' expression"`, 1 `"'async with' received an object from
            /// __aenter__ that does not implement __await__: X"`, 2 the same for
            /// `__aexit__`. The compiler follows it with `LoadConst dst2, None;
            /// YieldFrom dst2, dst`.
            GetAwaitable (dst: R, src: R, kind: I) [RAISES] -> pyrt_get_awaitable;
            /// `async for` setup: `dst = type(src).__aiter__(src)`; TypeError
            /// "'async for' requires an object with __aiter__ method, got X" if missing,
            /// and "'async for' received an object from __aiter__ that does not
            /// implement __anext__: X" if the result has no `__anext__`.
            GetAIter (dst: R, src: R) [RAISES] -> pyrt_get_aiter;
            /// `async for` step: `dst = ` the awaitable iterator (as `GetAwaitable` would
            /// produce) of `type(aiter).__anext__(aiter)`; the compiler awaits it with
            /// `YieldFrom`. An async generator's `__anext__` result is used directly.
            GetANext (dst: R, aiter: R) [RAISES] -> pyrt_get_anext;
            /// End of an `async for` loop. `exc` holds the exception raised while
            /// awaiting `__anext__` (the loop head's exception-table handler lands here):
            /// if it is a StopAsyncIteration, execution continues with the next
            /// instruction (the loop's `else` clause or what follows the loop) and the
            /// exception is discarded; otherwise it is re-raised with its traceback.
            EndAsyncFor (exc: R) [RAISES] { read(exc, 1), empty(exc, 1) };
            /// `async with`: `exit = type(mgr).__aexit__` bound to mgr, `dst =
            /// type(mgr).__aenter__(mgr)` (an awaitable, not awaited yet; the compiler
            /// follows with `GetAwaitable kind=1` + `YieldFrom`). TypeError "'X' object
            /// does not support the asynchronous context manager protocol" when missing.
            BeforeAsyncWith (dst: R, exit: R, mgr: R) [RAISES] { read(mgr, 1), write(dst, 1), write(exit, 1) } -> pyrt_before_async_with;
            /// `match`: `dst = True` if `type(subject)` is a mapping for pattern matching
            /// (CPython's Py_TPFLAGS_MAPPING: dict, collections.abc.Mapping and their
            /// registered/derived classes), else `False`.
            MatchMapping (dst: R, subject: R) [] -> pyrt_match_mapping;
            /// `match`: `dst = True` if `type(subject)` is a sequence for pattern
            /// matching (Py_TPFLAGS_SEQUENCE: list, tuple, range, memoryview,
            /// collections.deque, collections.abc.Sequence...; never str, bytes,
            /// bytearray), else `False`.
            MatchSequence (dst: R, subject: R) [] -> pyrt_match_sequence;
            /// `match`: `dst = len(src)` (an int).
            GetLen (dst: R, src: R) [RAISES] -> pyrt_get_len;
            /// `match` mapping pattern: `keys` is a tuple; for each key in order, look it
            /// up with `subject.get(key, <sentinel>)` (CPython looks up `get` once); if
            /// every key is present, `dst = ` the tuple of values, else `dst = None`.
            /// ValueError "mapping pattern checks duplicate key (K)" on a repeated key.
            MatchKeys (dst: R, subject: R, keys: R) [RAISES] -> pyrt_match_keys;
            /// `match` class pattern `cls(p1, .., pcount, name1=.., ...)`: TypeError if
            /// `cls` is not a type ("called match pattern must be a type"); `dst = None`
            /// unless `isinstance(subject, cls)`. Positional sub-patterns use
            /// `cls.__match_args__` (a tuple of str; TypeError if not a tuple, or too
            /// few: "C() accepts N positional sub-patterns (M given)"), except that for
            /// bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and
            /// tuple a single positional sub-pattern matches `subject` itself. `names`
            /// is the tuple of keyword attribute names. Each attribute is read with
            /// getattr; a missing one (AttributeError) makes `dst = None`; a repeated
            /// name is TypeError "C() got multiple sub-patterns for attribute 'a'".
            /// On success `dst = ` the tuple of the `count + len(names)` attributes.
            MatchClass (dst: R, subject: R, cls: R, names: R, count: I) [RAISES] -> pyrt_match_class;
            /// `match` mapping pattern with `**rest`: `dst = dict(subject)` without the
            /// keys in the tuple `keys`.
            CopyDictWithoutKeys (dst: R, subject: R, keys: R) [RAISES] -> pyrt_copy_dict_without_keys;
            /// `except* typ`: TypeError if `typ` is (or contains) an ExceptionGroup
            /// subclass ("catching ExceptionGroup with except* is not allowed. Use
            /// except instead.") or is not an exception type. Splits the exception in
            /// `exc` (read and written): `exc` is an exception group or a plain
            /// exception. If nothing matches `typ`, `dst = None` and `exc` is
            /// unchanged. Otherwise `dst = ` the matching part (a plain exception that
            /// matches is wrapped as `ExceptionGroup("", (exc,))`, no traceback),
            /// `exc = ` the rest (None when everything matched), and the handled
            /// exception (`sys.exc_info()`) becomes `dst`.
            CheckEgMatch (dst: R, exc: R, typ: R) [RAISES] { read(exc, 1), read(typ, 1), write(dst, 1), write(exc, 1) };
            /// End of an `except*` statement: `orig` is the exception that entered
            /// the handlers, `raised` a list of the exceptions raised by handler bodies
            /// plus the unhandled rest (entries may be None and are then ignored).
            /// `dst = ` the exception to re-raise (CPython's
            /// `_PyExc_PrepReraiseStar`: the raised and unhandled leaves kept in
            /// `orig`'s group structure, plus raised exceptions that are not from
            /// `orig`, combined into an ExceptionGroup), or None if there is nothing
            /// to re-raise.
            PrepReraiseStar (dst: R, orig: R, raised: R) [RAISES] -> pyrt_prep_reraise_star;
        }
    };
}

/// The kinds of inline cache (`ic/`), one per caching opcode.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum IcKind {
    /// `LoadGlobal`: keyed by the globals and builtins dicts.
    Global,
    /// `LoadAttr`: keyed by the receiver's type version.
    Attr,
    /// `StoreAttr`
    StoreAttr,
    /// `LoadMethod`
    Method,
    /// `BinaryOp`: keyed by the operand type pair.
    BinaryOp,
    /// `CompareOp`: keyed by the operand type pair.
    CompareOp,
}

/// Static description of one opcode.
#[derive(Debug)]
pub struct OpInfo {
    pub name: &'static str,
    pub operands: &'static [(&'static str, OperandKind)],
    pub flags: u8,
    pub width: usize,
    /// The inline-cache kind of the `ic` operand.
    pub ic_kind: Option<IcKind>,
    /// The runtime function of the generic path (`abi::decl`), if any.
    pub abi: Option<&'static str>,
}

impl OpInfo {
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

macro_rules! operand_type {
    (J) => { u32 };
    ($k:ident) => { u16 };
}

macro_rules! read_operand {
    ($r:ident, J) => { $r.u32() };
    ($r:ident, $k:ident) => { $r.u16() };
}

macro_rules! write_operand {
    ($w:ident, J, $v:expr) => { $w.u32($v) };
    ($w:ident, $k:ident, $v:expr) => { $w.u16($v) };
}

macro_rules! opt {
    () => { None };
    ($e:expr) => { Some($e) };
}

/// The effects of one opcode: its `{ ... }` clauses, or the default rule.
macro_rules! op_effects {
    ($e:ident, [ $( $field:ident : $kind:ident ),* ]) => {
        $(
            if matches!(OperandKind::$kind, OperandKind::R) {
                if stringify!($field) == "dst" {
                    $e.write($field, 1);
                } else {
                    $e.read($field, 1);
                }
            }
        )*
    };
    ($e:ident, [ $( $field:ident : $kind:ident ),* ], { $( $eff:ident ( $s:expr, $l:expr ) ),* }) => {
        $( $e.$eff($s, $l); )*
    };
}

macro_rules! define_opcodes {
    ( $( $(#[doc = $doc:literal])* $name:ident ( $( $field:ident : $kind:ident ),* ) [ $( $flag:ident ),* ]
         $( @ $ic:ident )? $( { $( $eff:ident ( $s:expr, $l:expr ) ),* } )? $( -> $abi:ident )? ; )* ) => {
        /// Every opcode.
        #[repr(u16)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Op { $( $(#[doc = $doc])* $name ),* }

        /// Number of opcodes.
        pub const OP_COUNT: usize = [$( Op::$name ),*].len();

        /// Metadata for every opcode, indexed by `Op as usize`.
        pub static OP_INFO: [OpInfo; OP_COUNT] = [ $(
            OpInfo {
                name: stringify!($name),
                operands: &[ $( (stringify!($field), OperandKind::$kind) ),* ],
                flags: 0 $( | flags::$flag )*,
                width: super::instr::width_of(&[ $( OperandKind::$kind ),* ]),
                ic_kind: opt!($( IcKind::$ic )?),
                abi: opt!($( stringify!($abi) )?),
            }
        ),* ];

        /// The register effects of an instruction of `op` whose operands
        /// (in declaration order, `instr::decode_operands`) are `v`.
        pub fn effects(op: Op, v: &[u32; 8]) -> Effects {
            let mut e = Effects::default();
            match op {
                $( Op::$name => {
                    #[allow(unused_variables)]
                    let [ $( $field, )* .. ] = *v;
                    op_effects!(e, [ $( $field : $kind ),* ] $( , { $( $eff ( $s, $l ) ),* } )? );
                } )*
            }
            e
        }

        impl Op {
            /// The opcode of an instruction's slot 0 (its high byte holds
            /// the last-use register marks, `instr::CLEAR_SHIFT`).
            pub fn from_u16(v: u16) -> Option<Op> {
                const ALL: [Op; OP_COUNT] = [$( Op::$name ),*];
                ALL.get((v & crate::bytecode::instr::OP_MASK) as usize).copied()
            }
            /// Slot index (1..=7) of each register operand in declaration
            /// order, 0 past the last: where the last-use marks point
            /// (`const`: the eval loop knows the opcode statically).
            pub const fn reg_slots(self) -> [u8; 8] {
                match self {
                    $( Op::$name => super::instr::reg_slots_of(&[ $( OperandKind::$kind ),* ]), )*
                }
            }
            #[inline(always)]
            pub fn info(self) -> &'static OpInfo {
                &OP_INFO[self as usize]
            }
            #[inline(always)]
            pub fn width(self) -> usize {
                OP_INFO[self as usize].width
            }
        }

        /// One struct per opcode with its operands by name.
        #[allow(non_snake_case)]
        pub mod ops {
            use super::*;
            $(
                $(#[doc = $doc])*
                #[derive(Copy, Clone, Debug, PartialEq, Eq)]
                pub struct $name { $( pub $field: operand_type!($kind) ),* }

                impl $name {
                    pub const OP: Op = Op::$name;
                    /// Read the operands of the instruction at word `ip`.
                    #[inline(always)]
                    #[allow(unused_mut, unused_variables)]
                    pub fn decode(words: &[Instr], ip: usize) -> Self {
                        let mut r = SlotReader::new(words, ip);
                        $( let $field = read_operand!(r, $kind); )*
                        $name { $( $field ),* }
                    }
                }

                impl Encode for $name {
                    #[allow(unused_mut)]
                    fn encode(&self, out: &mut Vec<Instr>) {
                        let mut w = SlotWriter::new(Op::$name as u16);
                        $( write_operand!(w, $kind, self.$field); )*
                        w.finish(out)
                    }
                }
            )*
        }
    };
}

/// The opcode, decoded operands and register effects of the instruction at
/// word `ip` (None for an unknown opcode), for passes over finished code.
pub fn decode_at(code: &[Instr], ip: usize) -> Option<(Op, [u32; 8], Effects)> {
    let op = Op::from_u16(code[ip].0[0])?;
    let kinds: Vec<OperandKind> = op.info().operands.iter().map(|(_, k)| *k).collect();
    let vals = super::instr::decode_operands(code, ip, &kinds);
    Some((op, vals, effects(op, &vals)))
}

/// Implemented by every `ops::*` struct: append the instruction's words.
pub trait Encode {
    fn encode(&self, out: &mut Vec<Instr>);
}

for_each_opcode!(define_opcodes);

/// Operator kinds of `BinaryOp` (the in-place forms follow the plain ones).
#[repr(u16)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOpKind {
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
    IAdd, ISub, IMul, IMatMul, ITrueDiv, IFloorDiv, IMod, IPow, ILShift, IRShift, IAnd, IOr, IXor,
}

impl BinOpKind {
    pub const COUNT: u16 = 26;
    pub fn from_u16(v: u16) -> Option<BinOpKind> {
        if v < Self::COUNT {
            // SAFETY: `BinOpKind` is `repr(u16)` with dense discriminants 0..COUNT.
            Some(unsafe { std::mem::transmute::<u16, BinOpKind>(v) })
        } else {
            None
        }
    }
    /// Whether this is an augmented assignment (`+=`, ...).
    pub fn is_inplace(self) -> bool {
        self as u16 >= BinOpKind::IAdd as u16
    }
    /// The plain operator for an in-place one (identity otherwise).
    pub fn base(self) -> BinOpKind {
        if self.is_inplace() {
            BinOpKind::from_u16(self as u16 - BinOpKind::IAdd as u16).unwrap()
        } else {
            self
        }
    }
    /// The in-place form of a plain operator.
    pub fn inplace(self) -> BinOpKind {
        BinOpKind::from_u16(self.base() as u16 + BinOpKind::IAdd as u16).unwrap()
    }
    /// The operator as written in source (`+`, `+=`, ...).
    pub fn symbol(self) -> &'static str {
        const S: [&str; 26] = [
            "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
            "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
        ];
        S[self as usize]
    }
}

/// Comparison kinds of `CompareOp`, in CPython's order.
#[repr(u16)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpKind { Lt, Le, Eq, Ne, Gt, Ge }

impl CmpKind {
    pub fn from_u16(v: u16) -> Option<CmpKind> {
        use CmpKind::*;
        [Lt, Le, Eq, Ne, Gt, Ge].get(v as usize).copied()
    }
    /// Whether `a <op> b` holds, with the operators' own semantics (for
    /// floats a NaN operand makes everything false but `!=`).
    #[inline]
    pub fn holds<T: PartialOrd + ?Sized>(self, a: &T, b: &T) -> bool {
        match self {
            CmpKind::Lt => a < b,
            CmpKind::Le => a <= b,
            CmpKind::Eq => a == b,
            CmpKind::Ne => a != b,
            CmpKind::Gt => a > b,
            CmpKind::Ge => a >= b,
        }
    }
    /// The comparison with its operands swapped (`a < b` == `b > a`).
    pub fn swapped(self) -> CmpKind {
        use CmpKind::*;
        match self { Lt => Gt, Le => Ge, Eq => Eq, Ne => Ne, Gt => Lt, Ge => Le }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
}

/// Unary operator kinds of `UnaryOp`.
#[repr(u16)]
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnaryKind { Neg, Pos, Invert }

impl UnaryKind {
    pub fn from_u16(v: u16) -> Option<UnaryKind> {
        use UnaryKind::*;
        [Neg, Pos, Invert].get(v as usize).copied()
    }
}

/// Which extra registers follow `MakeFunction`'s `first`, in this order.
pub mod make_function_flags {
    pub const DEFAULTS: u16 = 1;
    pub const KWDEFAULTS: u16 = 2;
    pub const ANNOTATIONS: u16 = 4;
    pub const CLOSURE: u16 = 8;
}

/// `FormatValue` flag bits.
pub mod format_flags {
    pub const CONV_MASK: u16 = 3;
    pub const CONV_STR: u16 = 1;
    pub const CONV_REPR: u16 = 2;
    pub const CONV_ASCII: u16 = 3;
    pub const HAS_SPEC: u16 = 4;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_roundtrip() {
        let mut out = Vec::new();
        ops::BinaryOp { dst: 3, lhs: 1, rhs: 2, kind: BinOpKind::IAdd as u16, ic: 9 }.encode(&mut out);
        ops::ForIter { dst: 4, iter: 5, target: 0x12345 }.encode(&mut out);
        ops::LoadConst { dst: 7, k: 8 }.encode(&mut out);
        assert_eq!(out.len(), Op::BinaryOp.width() + Op::ForIter.width() + Op::LoadConst.width());
        assert_eq!(Op::BinaryOp.width(), 2);
        assert_eq!(Op::ForIter.width(), 2);
        assert_eq!(Op::LoadConst.width(), 1);
        let b = ops::BinaryOp::decode(&out, 0);
        assert_eq!((b.dst, b.lhs, b.rhs, b.kind, b.ic), (3, 1, 2, BinOpKind::IAdd as u16, 9));
        let f = ops::ForIter::decode(&out, 2);
        assert_eq!((f.dst, f.iter, f.target), (4, 5, 0x12345));
        let l = ops::LoadConst::decode(&out, 4);
        assert_eq!((l.dst, l.k), (7, 8));
        assert_eq!(Op::from_u16(out[4].0[0]), Some(Op::LoadConst));
    }

    #[test]
    fn metadata_matches_declaration() {
        for info in OP_INFO.iter() {
            let has_jump = info.operands.iter().any(|(_, k)| *k == OperandKind::J);
            assert_eq!(has_jump, info.has(flags::JUMP), "{}", info.name);
            let has_ic = info.operands.iter().any(|(_, k)| *k == OperandKind::C);
            assert_eq!(has_ic, info.has(flags::IC), "{}", info.name);
        }
        assert_eq!(BinOpKind::IAdd.base(), BinOpKind::Add);
        assert_eq!(BinOpKind::Xor.inplace(), BinOpKind::IXor);
        assert_eq!(BinOpKind::from_u16(BinOpKind::COUNT - 1), Some(BinOpKind::IXor));
    }
}
