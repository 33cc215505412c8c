//! The registry against the declaration, the hash, the wrappers' error
//! convention, and the pinned layouts.

use super::*;
use crate::object::int::{as_int, new_int};

#[test]
fn registry_matches_declaration() {
    let fns = &decl::RUNTIME_FNS;
    // Names are unique, prefixed, and resolve to their own entry.
    let mut names: Vec<&str> = fns.iter().map(|f| f.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), fns.len(), "duplicate runtime function names");
    for f in fns.iter() {
        assert!(f.name.starts_with("pyrt_"), "{}", f.name);
        assert!(!f.addr.is_null());
        assert_eq!(lookup(f.name).map(|e| e.addr), Some(f.addr));
        assert_eq!(f.raises, f.ret.raises(), "{}", f.name);
        assert!(f.c_declaration().contains(f.name));
        assert!(f.llvm_declaration().starts_with("declare "));
    }
    // The registry holds the wrappers' own addresses.
    assert_eq!(lookup("pyrt_binary_op").unwrap().addr, decl::pyrt_binary_op as *const ());
    assert_eq!(lookup("pyrt_call").unwrap().addr, decl::pyrt_call as *const ());
    let bin = lookup("pyrt_binary_op").unwrap();
    assert_eq!(bin.params.iter().map(|p| (p.name, p.ty)).collect::<Vec<_>>(), [("a", Ty::obj), ("b", Ty::obj), ("kind", Ty::u16)]);
    assert_eq!(bin.ret, Ret::new_obj);
    assert_eq!(
        bin.c_declaration(),
        "PyObject * pyrt_binary_op(ThreadState *ts, PyObject *a /* borrowed */, PyObject *b /* borrowed */, uint16_t kind) /* owned */; /* raises */"
    );
    assert_eq!(bin.llvm_declaration(), "declare ptr @pyrt_binary_op(ptr, ptr, ptr, i16)");
    assert!(!lookup("pyrt_exc_dispatch").unwrap().raises);
    assert!(declarations().lines().count() == fns.len());
}

#[test]
fn hash_is_stable_and_covers_signatures() {
    let h = abi_hash();
    assert_eq!(h, abi_hash());
    assert_eq!(h, hash_of(&decl::RUNTIME_FNS, layout::LAYOUT_VERSION));
    // A changed parameter type, result, name, or layout version changes it.
    let mut fns: Vec<RuntimeFn> = decl::RUNTIME_FNS.to_vec();
    let i = fns.iter().position(|f| f.name == "pyrt_binary_op").unwrap();
    static CHANGED: [Param; 3] = [Param { name: "a", ty: Ty::obj }, Param { name: "b", ty: Ty::obj }, Param { name: "kind", ty: Ty::u32 }];
    let orig = fns[i];
    fns[i].params = &CHANGED;
    assert_ne!(hash_of(&fns, layout::LAYOUT_VERSION), h);
    fns[i] = orig;
    assert_eq!(hash_of(&fns, layout::LAYOUT_VERSION), h);
    fns[i].ret = Ret::status;
    assert_ne!(hash_of(&fns, layout::LAYOUT_VERSION), h);
    fns[i] = orig;
    fns[i].name = "pyrt_binary_op2";
    assert_ne!(hash_of(&fns, layout::LAYOUT_VERSION), h);
    fns[i] = orig;
    assert_ne!(hash_of(&fns, layout::LAYOUT_VERSION + 1), h);
    fns.pop();
    assert_ne!(hash_of(&fns, layout::LAYOUT_VERSION), h);
}

#[test]
fn wrappers_follow_the_error_convention() {
    crate::runtime::init_for_tests();
    let tsp = ts() as *const ThreadState as *mut ThreadState;
    let a = new_int(40);
    let b = new_int(2);
    // SAFETY: valid objects and this thread's state.
    let r = unsafe { decl::pyrt_binary_op(tsp, a.as_ptr(), b.as_ptr(), crate::bytecode::BinOpKind::Add as u16) };
    assert!(!r.is_null());
    // SAFETY: the wrapper returned an owned reference.
    let r = unsafe { PyRef::from_raw(r) };
    assert_eq!(as_int(&r).and_then(|i| i.as_i64()), Some(42));
    assert!(!ts().has_exception());
    // 40 / 0: NULL and ZeroDivisionError in the thread state.
    let z = new_int(0);
    // SAFETY: as above.
    let r = unsafe { decl::pyrt_binary_op(tsp, a.as_ptr(), z.as_ptr(), crate::bytecode::BinOpKind::TrueDiv as u16) };
    assert!(r.is_null());
    let e = ts().take_exception().expect("exception pending");
    assert!(e.matches(&crate::object::exceptions::ZERO_DIVISION_ERROR));
    // A bad operator kind is an error, not a panic; status and truth results.
    // SAFETY: as above.
    assert!(unsafe { decl::pyrt_binary_op(tsp, a.as_ptr(), b.as_ptr(), 999) }.is_null());
    assert!(ts().take_exception().is_some());
    // SAFETY: as above.
    assert_eq!(unsafe { decl::pyrt_truthy(tsp, a.as_ptr()) }, 1);
    // SAFETY: as above.
    assert_eq!(unsafe { decl::pyrt_truthy(tsp, z.as_ptr()) }, 0);
    // SAFETY: as above.
    let x = crate::name!("x");
    // SAFETY: as above.
    assert_eq!(unsafe { decl::pyrt_delete_attr(tsp, a.as_ptr(), x.as_ptr()) }, -1);
    assert!(ts().take_exception().unwrap().matches(&crate::object::exceptions::ATTRIBUTE_ERROR));
}

#[test]
fn panics_become_system_error() {
    crate::runtime::init_for_tests();
    let tsp = ts() as *const ThreadState as *mut ThreadState;
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = guard::<PyRef>(tsp, || panic!("boom"));
    std::panic::set_hook(prev);
    assert!(r.is_null());
    let e = ts().take_exception().expect("SystemError");
    assert!(e.matches(&crate::object::exceptions::SYSTEM_ERROR));
}

#[test]
fn std_inner_layouts_are_as_pinned() {
    // Vec<T>: find the data pointer and the length by value.
    let v: Vec<usize> = Vec::with_capacity(7);
    let mut v = v;
    v.extend([1, 2, 3]);
    // SAFETY: reading the bytes of a live Vec as words.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&v) };
    assert_eq!(words[layout::VEC_PTR / 8], v.as_ptr() as usize);
    assert_eq!(words[layout::VEC_LEN / 8], 3);
    let b: Box<[usize]> = vec![5, 6].into_boxed_slice();
    // SAFETY: as above.
    let words: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
    assert_eq!(words[layout::SLICE_PTR / 8], b.as_ptr() as usize);
    assert_eq!(words[layout::SLICE_LEN / 8], 2);
    let s: Box<str> = "héllo".into();
    // SAFETY: as above.
    let words: [usize; 2] = unsafe { std::mem::transmute_copy(&s) };
    assert_eq!(words[layout::SLICE_PTR / 8], s.as_ptr() as usize);
    assert_eq!(words[layout::SLICE_LEN / 8], s.len());
    assert_eq!(std::mem::size_of::<Option<PyRef>>(), 8);
}

#[test]
fn pinned_offsets_read_real_objects() {
    crate::runtime::init_for_tests();
    // A float's value and a small int's value at their pinned offsets.
    let f = crate::object::float::new_float(2.5);
    // SAFETY: reading inside a live float object.
    let v = unsafe { *((f.as_ptr() as *const u8).add(layout::FLOAT_VALUE) as *const f64) };
    assert_eq!(v, 2.5);
    let i = new_int(12345);
    // SAFETY: reading inside a live int object.
    let (small, big) = unsafe {
        let p = i.as_ptr() as *const u8;
        (*(p.add(layout::INT_SMALL) as *const i64), *(p.add(layout::INT_BIG) as *const usize))
    };
    assert_eq!((small, big), (12345, 0));
    // A list's length through the Vec inside it.
    let l = crate::object::list::new_list(vec![new_int(1), new_int(2)]);
    // SAFETY: reading inside a live list object.
    let len = unsafe { *((l.as_ptr() as *const u8).add(layout::LIST_ITEMS + layout::VEC_LEN) as *const usize) };
    assert_eq!(len, 2);
    // The type pointer.
    // SAFETY: reading the header of a live object.
    let t = unsafe { *((l.as_ptr() as *const u8).add(layout::OB_TYPE) as *const usize) };
    assert_eq!(t, l.type_ptr() as usize);
    let names: Vec<&str> = layout::OFFSETS.iter().map(|(n, _)| *n).collect();
    assert!(names.contains(&"FRAME_REGS") && names.contains(&"TYPE_VERSION_TAG"));
}

#[test]
fn opcode_declaration_names_registered_functions() {
    use crate::bytecode::opcodes::{flags, OP_INFO};
    for info in OP_INFO.iter() {
        if let Some(name) = info.abi {
            let f = lookup(name).unwrap_or_else(|| panic!("{}: {name} is not in the ABI registry", info.name));
            // An instruction that can raise has a generic path that can.
            assert!(f.raises || !info.has(flags::RAISES), "{}: {name}", info.name);
        }
        assert_eq!(info.ic_kind.is_some(), info.has(flags::IC), "{}", info.name);
    }
}

#[test]
fn opcode_effects_from_the_declaration() {
    use crate::bytecode::opcodes::{effects, ops, Encode};
    use crate::bytecode::Op;
    let regs = |r: &crate::bytecode::effects::Ranges| r.iter().collect::<Vec<u32>>();
    // Call r5 = r2(r3, r4): reads and consumes r2..r5, writes r5.
    let e = effects(Op::Call, &[5, 2, 2, 0, 0, 0, 0, 0]);
    assert_eq!(regs(&e.reads), [2, 3, 4]);
    assert_eq!(regs(&e.empties), [2, 3, 4]);
    assert_eq!(regs(&e.writes), [5]);
    assert_eq!(e.window, Some((2, 5)));
    // CallMethod: self may be empty (peek), the window includes it.
    let e = effects(Op::CallMethod, &[1, 4, 1, 0, 0, 0, 0, 0]);
    assert_eq!(regs(&e.reads), [4, 6]);
    assert_eq!(regs(&e.peeks), [5]);
    assert_eq!(e.window, Some((4, 7)));
    // ForIter writes dst only when it falls through.
    let e = effects(Op::ForIter, &[3, 2, 100, 0, 0, 0, 0, 0]);
    assert_eq!((regs(&e.reads), regs(&e.writes), regs(&e.writes_ft)), (vec![2], vec![], vec![3]));
    // The default rule: dst written, other registers read.
    let e = effects(Op::BinaryOp, &[7, 1, 2, 0, 0, 0, 0, 0]);
    assert_eq!((regs(&e.reads), regs(&e.writes), e.window), (vec![1, 2], vec![7], None));
    // Raise reads only what its kind uses.
    assert!(effects(Op::Raise, &[3, 3, 0, 0, 0, 0, 0, 0]).reads.is_empty());
    // Block boundaries: after a jump, at its target.
    let mut code = Vec::new();
    ops::LoadConst { dst: 0, k: 0 }.encode(&mut code);
    ops::JumpIfFalse { cond: 0, target: 3 }.encode(&mut code);
    ops::LoadConst { dst: 0, k: 0 }.encode(&mut code);
    ops::Return { src: 0 }.encode(&mut code);
    let starts = crate::bytecode::effects::block_starts(&code, &[]);
    assert_eq!(starts, [true, false, true, true]);
}
