//! THE declaration of every runtime function compiled code may call, and
//! what is generated from it: the `pyrt_*` wrappers and `RUNTIME_FNS`.
//!
//! Each line: `pyrt_name(param: Ty, ...) -> Ret = implementation;` where
//! `Ty` and `Ret` are the tokens of `abi::Ty`/`abi::Ret` (they carry the
//! reference effects and whether the function can raise) and the
//! implementation is the Rust function the interpreter calls for the same
//! operation. Every wrapper takes `ts: *mut ThreadState` first.

use super::{guard, guard_nothrow, Param, Ret, RuntimeFn, ThreadState, Ty};
use crate::interp::frame::Frame;
use crate::object::{PyObject, PyRef};

#[macro_export]
macro_rules! for_each_runtime_fn {
    ($m:ident) => {
        $m! {
            // ---- names and attributes ----
            /// `globals[name]` or `builtins[name]` through the site's cache.
            pyrt_load_global(frame: frame, name: obj, ic: u16) -> new_obj = crate::interp::generic::load_global;
            /// `globals[name] = v`
            pyrt_store_global(frame: frame, name: obj, v: obj) -> status = crate::interp::generic::store_global;
            /// `del globals[name]`
            pyrt_delete_global(frame: frame, name: obj) -> status = crate::interp::ops_support::delete_global;
            /// `locals[name]`, else globals, else builtins.
            pyrt_load_name(frame: frame, name: obj) -> new_obj = crate::interp::ops_support::load_name;
            /// `locals[name] = v`
            pyrt_store_name(frame: frame, name: obj, v: obj) -> status = crate::interp::ops_support::store_name;
            /// `del locals[name]`
            pyrt_delete_name(frame: frame, name: obj) -> status = crate::interp::ops_support::delete_name;
            /// The contents of the cell in register `cell`.
            pyrt_load_deref(frame: frame, cell: u16) -> new_obj = crate::interp::generic::load_deref;
            /// `cell.contents = v`
            pyrt_store_deref(cell: obj, v: obj) -> status = crate::interp::generic::store_deref;
            /// The UnboundLocalError for register `reg` (always fails).
            pyrt_unbound_local(frame: frame, reg: u16) -> status = crate::interp::generic::unbound_local;
            /// `obj.name` through the site's cache.
            pyrt_load_attr(frame: frame, obj: obj, name: obj, ic: u16) -> new_obj = crate::interp::generic::load_attr;
            /// `obj.name = v`
            pyrt_store_attr(frame: frame, obj: obj, name: obj, v: obj, ic: u16) -> status = crate::interp::generic::store_attr;
            /// `del obj.name`
            pyrt_delete_attr(obj: obj, name: obj) -> status = crate::object::protocol::delattr;
            /// Method lookup into registers `dst` (callable) and `dst+1` (self or empty).
            pyrt_load_method(frame: frame, dst: u16, obj: obj, name: obj, ic: u16) -> status = crate::interp::generic::load_method;
            /// The contents of a class body's free variable: `locals[name]`, else the cell in `cell`.
            pyrt_load_class_deref(frame: frame, name: obj, cell: u16) -> new_obj = crate::interp::generic::load_class_deref;
            /// Empty the cell in register `cell` (error if already empty).
            pyrt_delete_deref(frame: frame, cell: u16) -> status = crate::interp::generic::delete_deref;
            // ---- operators ----
            /// `a <op> b`, `op` a `BinOpKind`.
            pyrt_binary_op(a: obj, b: obj, kind: u16) -> new_obj = crate::interp::generic::binary_op;
            /// `a <cmp> b`, `cmp` a `CmpKind`.
            pyrt_compare_op(a: obj, b: obj, kind: u16) -> new_obj = crate::interp::generic::compare_op;
            /// `a <op> b` through the site's cache (type pair -> specialised function).
            pyrt_binary_op_ic(frame: frame, a: obj, b: obj, kind: u16, ic: u16) -> new_obj = crate::interp::generic::binary_op_ic;
            /// `a <cmp> b` through the site's cache.
            pyrt_compare_op_ic(frame: frame, a: obj, b: obj, kind: u16, ic: u16) -> new_obj = crate::interp::generic::compare_op_ic;
            /// `-v`, `+v`, `~v` (`UnaryKind`).
            pyrt_unary_op(v: obj, kind: u16) -> new_obj = crate::interp::generic::unary_op;
            /// `not v`
            pyrt_not(v: obj) -> new_obj = crate::interp::generic::not_;
            /// `bool(v)`
            pyrt_truthy(v: obj) -> truth = crate::object::protocol::is_true;
            /// `item in container`
            pyrt_contains(item: obj, container: obj) -> truth = crate::interp::generic::contains;
            /// `obj[key]`
            pyrt_subscr(obj: obj, key: obj) -> new_obj = crate::interp::ops_support::subscr;
            /// `obj[key] = v`
            pyrt_store_subscr(obj: obj, key: obj, v: obj) -> status = crate::object::protocol::setitem;
            /// `del obj[key]`
            pyrt_delete_subscr(obj: obj, key: obj) -> status = crate::object::protocol::delitem;
            /// `slice(start, stop, step)`
            pyrt_build_slice(start: obj, stop: obj, step: obj) -> new_obj = crate::interp::ops_support::build_slice;
            // ---- calls ----
            /// `func(*args[..nargs])`; the last `len(kwnames)` arguments by keyword.
            pyrt_call(func: obj, args: objv, nargs: usize, kwnames: obj_opt) -> new_obj = crate::interp::generic::call;
            /// After `LoadMethod`: `base[0](base[1]?, base[2..2+argc])`.
            pyrt_call_method(base: objv, argc: usize, kwnames: obj_opt) -> new_obj = crate::interp::generic::call_method;
            /// `func(*args, **kwargs)`
            pyrt_call_ex(func: obj, args: obj, kwargs: obj) -> new_obj = crate::interp::ops_support::call_ex;
            /// A function object from a code constant; extras from `first` per `flags`.
            pyrt_make_function(frame: frame, code: obj, flags: u16, first: objv) -> new_obj = crate::interp::generic::make_function;
            // ---- iteration and unpacking ----
            /// `iter(v)`
            pyrt_get_iter(v: obj) -> new_obj = crate::interp::generic::get_iter;
            /// `next(it)`; NULL without exception when exhausted.
            pyrt_for_iter(it: obj) -> next_obj = crate::interp::generic::for_iter;
            /// `first .. first+count-1 = src` (registers).
            pyrt_unpack_sequence(frame: frame, first: u16, src: obj, count: u16) -> status = crate::interp::generic::unpack_sequence;
            /// `a, *b, c = src` (registers from `first`).
            pyrt_unpack_ex(frame: frame, first: u16, src: obj, before: u16, after: u16) -> status = crate::interp::generic::unpack_ex;
            // ---- builds ----
            /// `(items...)`
            pyrt_build_tuple(items: objv, n: usize) -> new_obj = crate::interp::generic::build_tuple;
            /// `[items...]`, moving the items out of their slots.
            pyrt_build_list(items: objv_take, n: usize) -> new_obj = crate::interp::generic::build_list;
            /// `{items...}`
            pyrt_build_set(items: objv, n: usize) -> new_obj = crate::interp::generic::build_set;
            /// `{k: v, ...}` from `npairs` pairs.
            pyrt_build_map(items: objv, npairs: usize) -> new_obj = crate::interp::generic::build_map;
            /// `''.join(items)`
            pyrt_build_string(items: objv, n: usize) -> new_obj = crate::interp::generic::build_string;
            /// f-string field (`FormatValue` flags).
            pyrt_format_value(v: obj, spec: obj_opt, flags: u16) -> new_obj = crate::interp::ops_support::format_value;
            /// `list.append(v)`
            pyrt_list_append(list: obj, v: obj) -> status = crate::interp::generic::list_append;
            /// `list.extend(src)`
            pyrt_list_extend(list: obj, src: obj) -> status = crate::interp::ops_support::list_extend;
            /// `tuple(list)`
            pyrt_list_to_tuple(list: obj) -> new_obj = crate::interp::generic::list_to_tuple;
            /// `set.add(v)`
            pyrt_set_add(set: obj, v: obj) -> status = crate::interp::ops_support::set_add;
            /// `set.update(src)`
            pyrt_set_update(set: obj, src: obj) -> status = crate::interp::ops_support::set_update;
            /// `map[key] = v`
            pyrt_map_add(map: obj, key: obj, v: obj) -> status = crate::interp::generic::map_add;
            /// `map.update(src)` (`{**src}`)
            pyrt_dict_update(map: obj, src: obj) -> status = crate::interp::ops_support::dict_update;
            /// `map.update(src)` for `f(**src)` (duplicates are a TypeError naming `func`).
            pyrt_dict_merge(map: obj, src: obj, func: obj) -> status = crate::interp::ops_support::dict_merge;
            // ---- exceptions ----
            /// `raise` (kind 0 bare, 1 `raise exc`, 2 `raise exc from cause`); always fails.
            pyrt_raise(exc: obj_opt, cause: obj_opt, kind: u16) -> status = crate::interp::generic::raise_err;
            /// `except typ:` matching.
            pyrt_exc_match(exc: obj, typ: obj) -> truth = crate::interp::ops_support::exc_match;
            /// Entering a handler; returns the previous handled exception (or None).
            pyrt_push_exc_info(exc: obj) -> new_obj = crate::interp::generic::push_exc_info;
            /// Leaving a handler: `saved` becomes the handled exception again.
            pyrt_pop_exc_info(saved: obj_consumed) -> void = crate::interp::generic::pop_exc_info_ref;
            /// Exception-table dispatch for the pending exception raised at `ip`:
            /// the handler's word index (exception stored in its register), or -1.
            pyrt_exc_dispatch(frame: frame, ip: u32, add_traceback: u32) -> i64 = crate::interp::generic::exc_dispatch;
            /// Continue `frame` in the interpreter at word `ip` until it returns.
            pyrt_resume_at(frame: frame, ip: u32) -> new_obj = crate::interp::generic::resume_at;
            /// A loop back-edge (counters, collector, Ctrl-C).
            pyrt_back_edge(frame: frame) -> status = crate::interp::generic::back_edge;
            /// `Raise` and dispatch at the frame's current instruction: the
            /// handler's index, or -1 with the exception pending.
            pyrt_do_raise(frame: frame, exc: obj_opt, cause: obj_opt, kind: u16) -> i64 = crate::interp::generic::do_raise;
            /// `Reraise` and dispatch (no new traceback entry): handler or -1.
            pyrt_do_reraise(frame: frame, exc: obj) -> i64 = crate::interp::generic::do_reraise;
            /// `EndAsyncFor`: -2 when the loop ends normally, else handler or -1.
            pyrt_end_async_for(frame: frame, exc: u16) -> i64 = crate::interp::generic::end_async_for;
            /// `except*` matching: writes registers `dst` and `exc`.
            pyrt_check_eg_match(frame: frame, dst: u16, exc: u16, typ: u16) -> status = crate::interp::generic::check_eg_match;
            /// A register the compiler guarantees set was empty (always fails).
            pyrt_empty_register(reg: u16) -> status = crate::interp::generic::empty_register;
            /// Compiled code entered at an instruction that is no block start (always fails).
            pyrt_bad_resume(frame: frame) -> status = crate::interp::generic::bad_resume;
            // ---- with, imports, classes ----
            /// `with`: registers `exit` and `dst`.
            pyrt_before_with(frame: frame, dst: u16, exit: u16, mgr: obj) -> status = crate::interp::generic::before_with;
            /// `exit(type(exc), exc, tb)`
            pyrt_with_except_start(exit: obj, exc: obj) -> new_obj = crate::interp::ops_support::with_except_start;
            /// `__import__(name, globals, locals, fromlist, level)`
            pyrt_import_name(frame: frame, name: obj, fromlist: obj, level: u16) -> new_obj = crate::interp::ops_support::import_name;
            /// `from module import name`
            pyrt_import_from(module: obj, name: obj) -> new_obj = crate::interp::ops_support::import_from;
            /// `from module import *`
            pyrt_import_star(frame: frame, module: obj) -> status = crate::interp::ops_support::import_star;
            /// `builtins.__build_class__`
            pyrt_load_build_class(frame: frame) -> new_obj = crate::interp::generic::load_build_class;
            /// `__annotations__ = {}` in the locals if missing.
            pyrt_setup_annotations(frame: frame) -> status = crate::interp::ops_support::setup_annotations;
            /// Interactive mode's `sys.displayhook(v)`.
            pyrt_print_expr(v: obj) -> status = crate::interp::ops_support::print_expr;
            // ---- generators and coroutines ----
            /// `iter(src)` for `yield from` (generators pass through).
            pyrt_get_yield_from_iter(frame: frame, src: obj) -> new_obj = crate::interp::generic::get_yield_from_iter;
            /// The iterator to drive for `await src`.
            pyrt_get_awaitable(src: obj, kind: u16) -> new_obj = crate::interp::coroutine::get_awaitable;
            /// `type(src).__aiter__(src)`
            pyrt_get_aiter(src: obj) -> new_obj = crate::interp::async_gen::get_aiter;
            /// The awaitable of `type(aiter).__anext__(aiter)`.
            pyrt_get_anext(aiter: obj) -> new_obj = crate::interp::async_gen::get_anext;
            /// `async with`: registers `exit` and `dst`.
            pyrt_before_async_with(frame: frame, dst: u16, exit: u16, mgr: obj) -> status = crate::interp::generic::before_async_with;
            /// `except*` re-raise computation.
            pyrt_prep_reraise_star(orig: obj, raised: obj) -> new_obj = crate::interp::except_star::prep_reraise_star;
            /// `yield from`: send register `dst` into the delegate in `iter`; the
            /// yielded value, or NULL and no exception when it finished (`dst` =
            /// its result, `iter` cleared).
            pyrt_yield_from(frame: frame, dst: u16, iter: u16) -> next_obj = crate::interp::generic::yield_from;
            // ---- pattern matching ----
            pyrt_match_mapping(subject: obj) -> new_obj = crate::interp::generic::match_mapping;
            pyrt_match_sequence(subject: obj) -> new_obj = crate::interp::generic::match_sequence;
            pyrt_get_len(src: obj) -> new_obj = crate::interp::match_ops::get_len;
            pyrt_match_keys(subject: obj, keys: obj) -> new_obj = crate::interp::match_ops::match_keys;
            pyrt_match_class(subject: obj, cls: obj, names: obj, count: usize) -> new_obj = crate::interp::match_ops::match_class;
            pyrt_copy_dict_without_keys(subject: obj, keys: obj) -> new_obj = crate::interp::match_ops::copy_dict_without_keys;
            /// An int object for a machine integer (inline fast paths).
            pyrt_new_int(v: i64) -> new_obj = crate::interp::generic::new_int;
            // ---- references ----
            /// `Py_INCREF`
            pyrt_incref(o: obj) -> void = crate::interp::generic::incref;
            /// `Py_DECREF` (may run finalizers).
            pyrt_decref(o: obj_consumed) -> void = crate::interp::generic::decref;
            /// Free an object whose count an inline decref brought to zero.
            pyrt_dealloc(o: obj) -> void = crate::interp::generic::dealloc;
        }
    };
}

/// C type of a parameter token.
macro_rules! abi_cty {
    (obj) => { *mut PyObject };
    (obj_opt) => { *mut PyObject };
    (obj_consumed) => { *mut PyObject };
    (objv) => { *const *mut PyObject };
    (objv_take) => { *mut *mut PyObject };
    (frame) => { *mut Frame };
    ($t:ident) => { $t };
}

/// The Rust argument for a parameter token (rule 2 of `abi/mod.rs`).
macro_rules! abi_arg {
    (obj, $p:ident) => { &*$p };
    (obj_opt, $p:ident) => { $p.as_ref() };
    (obj_consumed, $p:ident) => { PyRef::from_raw($p) };
    (frame, $p:ident) => { &*$p };
    ($t:ident, $p:ident) => { $p };
}

/// C result type of a result token.
macro_rules! abi_rty {
    (new_obj) => { *mut PyObject };
    (next_obj) => { *mut PyObject };
    (status) => { i32 };
    (truth) => { i32 };
    (i64) => { i64 };
    (void) => { () };
}

/// The wrapper body for a result token.
macro_rules! abi_body {
    (new_obj, $ts:ident, $call:expr) => { guard::<PyRef>($ts, || $call) };
    (next_obj, $ts:ident, $call:expr) => { guard::<Option<PyRef>>($ts, || $call) };
    (status, $ts:ident, $call:expr) => { guard::<()>($ts, || $call) };
    (truth, $ts:ident, $call:expr) => { guard::<bool>($ts, || $call) };
    (i64, $ts:ident, $call:expr) => { { let _ = $ts; guard_nothrow(|| $call) } };
    (void, $ts:ident, $call:expr) => { { let _ = $ts; guard_nothrow(|| $call) } };
}

macro_rules! define_runtime_fns {
    ( $( $(#[doc = $doc:literal])* $name:ident ( $( $p:ident : $t:ident ),* ) -> $r:ident = $imp:path ; )* ) => {
        $(
            $(#[doc = $doc])*
            ///
            /// # Safety
            /// The ABI's rules (`abi/mod.rs`): `ts` is the calling thread's
            /// state, object pointers are valid (non-null unless `obj_opt`),
            /// windows and frames are those of verified bytecode.
            #[no_mangle]
            pub unsafe extern "C" fn $name(ts: *mut ThreadState $(, $p: abi_cty!($t) )*) -> abi_rty!($r) {
                // SAFETY (of the `abi_arg!` conversions, in this unsafe fn's
                // context): the caller follows the ABI's rules (see above).
                abi_body!($r, ts, $imp( $( abi_arg!($t, $p) ),* ))
            }
        )*

        /// The registry: every runtime function, in declaration order.
        pub static RUNTIME_FNS: [RuntimeFn; [$( stringify!($name) ),*].len()] = [ $(
            RuntimeFn {
                name: stringify!($name),
                params: &[ $( Param { name: stringify!($p), ty: Ty::$t } ),* ],
                ret: Ret::$r,
                raises: !matches!(Ret::$r, Ret::i64 | Ret::void),
                addr: $name as *const (),
                doc: concat!($( $doc, )* ""),
            }
        ),* ];
    };
}

for_each_runtime_fn!(define_runtime_fns);
