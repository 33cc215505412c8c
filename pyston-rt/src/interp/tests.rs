//! Interpreter unit tests on hand-assembled bytecode (independent of the
//! compiler): loops, calls and argument binding, exception handling,
//! generators.

use crate::bytecode::opcodes::ops;
use crate::bytecode::{code_flags, BinOpKind, CmpKind, CodeUnit, Const, Encode, ExcEntry, Instr, Location};
use crate::object::code::code_from_unit;
use crate::object::dict::new_dict;
use crate::object::int::{int_value_i64, new_int};
use crate::object::{protocol, PyRef};
use num_bigint::BigInt;

struct Asm {
    words: Vec<Instr>,
    consts: Vec<Const>,
    names: Vec<String>,
    n_ic: u32,
}

impl Asm {
    fn new() -> Self {
        Asm { words: Vec::new(), consts: Vec::new(), names: Vec::new(), n_ic: 0 }
    }
    fn emit(&mut self, i: impl Encode) -> u32 {
        let at = self.words.len() as u32;
        i.encode(&mut self.words);
        at
    }
    fn k(&mut self, c: Const) -> u16 {
        self.consts.push(c);
        (self.consts.len() - 1) as u16
    }
    fn int(&mut self, v: i64) -> u16 {
        self.k(Const::Int(BigInt::from(v)))
    }
    fn ic(&mut self) -> u16 {
        self.n_ic += 1;
        (self.n_ic - 1) as u16
    }
    fn here(&self) -> u32 {
        self.words.len() as u32
    }
    /// Patch the J operand of the jump at `at` (last operand slots).
    fn patch(&mut self, at: u32, target: u32) {
        let op = crate::bytecode::Op::from_u16(self.words[at as usize].0[0]).unwrap();
        let info = op.info();
        let mut slot = 1;
        for (_, k) in info.operands {
            if *k == crate::bytecode::OperandKind::J {
                let w = &mut self.words;
                w[at as usize + slot / 4].0[slot % 4] = target as u16;
                w[at as usize + (slot + 1) / 4].0[(slot + 1) % 4] = (target >> 16) as u16;
            }
            slot += k.slots();
        }
    }
    fn finish(self, name: &str, varnames: &[&str], argcount: u32, nregs: u32, flags: u32, exc: Vec<ExcEntry>) -> CodeUnit {
        let n = self.words.len();
        CodeUnit {
            name: name.into(),
            qualname: name.into(),
            filename: "<test>".into(),
            firstlineno: 1,
            flags,
            argcount,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varnames: varnames.iter().map(|s| s.to_string()).collect(),
            cellvars: vec![],
            freevars: vec![],
            cell2arg: vec![],
            nregs,
            code: self.words,
            consts: self.consts,
            names: self.names,
            exc_table: exc,
            locations: vec![Location { line: 1, end_line: 1, col: 0, end_col: 0 }; n],
            n_ic: self.n_ic,
            docstring: None,
        }
    }
}

fn call_unit(unit: CodeUnit, args: &[PyRef]) -> crate::object::PyResult<PyRef> {
    crate::runtime::init_for_tests();
    let code = code_from_unit(&unit)?;
    let f = crate::object::function::new_function(code, new_dict(), None);
    let a: Vec<&crate::object::PyObject> = args.iter().map(|x| &**x).collect();
    protocol::call(&f, &a, None)
}

/// def f(n): s = 0; i = 0; while i < n: s += i; i += 1; return s
fn sum_loop() -> CodeUnit {
    let mut a = Asm::new();
    let (n, s, i, t) = (0u16, 1u16, 2u16, 3u16);
    let zero = a.int(0);
    let one = a.int(1);
    a.emit(ops::LoadConst { dst: s, k: zero });
    a.emit(ops::LoadConst { dst: i, k: zero });
    let top = a.here();
    let ic1 = a.ic();
    a.emit(ops::CompareOp { dst: t, lhs: i, rhs: n, kind: CmpKind::Lt as u16, ic: ic1 });
    let jf = a.emit(ops::JumpIfFalse { cond: t, target: 0 });
    let ic2 = a.ic();
    a.emit(ops::BinaryOp { dst: s, lhs: s, rhs: i, kind: BinOpKind::IAdd as u16, ic: ic2 });
    a.emit(ops::LoadConst { dst: t, k: one });
    let ic3 = a.ic();
    a.emit(ops::BinaryOp { dst: i, lhs: i, rhs: t, kind: BinOpKind::IAdd as u16, ic: ic3 });
    a.emit(ops::Jump { target: top });
    let end = a.here();
    a.patch(jf, end);
    a.emit(ops::Return { src: s });
    a.finish("sum_loop", &["n", "s", "i"], 1, 4, code_flags::OPTIMIZED, vec![])
}

#[test]
fn loop_and_arithmetic() {
    let r = call_unit(sum_loop(), &[new_int(100)]).unwrap();
    assert_eq!(int_value_i64(&r), Some(4950));
}

#[test]
fn argument_errors_are_cpython_worded() {
    crate::runtime::init_for_tests();
    let e = call_unit(sum_loop(), &[]).unwrap_err();
    assert_eq!(format!("{:?}", e), "TypeError: sum_loop() missing 1 required positional argument: 'n'");
    let e = call_unit(sum_loop(), &[new_int(1), new_int(2)]).unwrap_err();
    assert_eq!(format!("{:?}", e), "TypeError: sum_loop() takes 1 positional argument but 2 were given");
}

/// try: x = 1 // 0  except: return 7
#[test]
fn exception_table_handler() {
    let mut a = Asm::new();
    let one = a.int(1);
    let zero = a.int(0);
    let seven = a.int(7);
    let start = a.here();
    a.emit(ops::LoadConst { dst: 0, k: one });
    a.emit(ops::LoadConst { dst: 1, k: zero });
    let ic = a.ic();
    a.emit(ops::BinaryOp { dst: 2, lhs: 0, rhs: 1, kind: BinOpKind::FloorDiv as u16, ic });
    let end = a.here();
    a.emit(ops::Return { src: 2 });
    let handler = a.here();
    a.emit(ops::LoadConst { dst: 2, k: seven });
    a.emit(ops::Return { src: 2 });
    let unit = a.finish("h", &[], 0, 4, code_flags::OPTIMIZED, vec![ExcEntry { start, end, handler, exc_reg: 3 }]);
    crate::runtime::init_for_tests();
    // Without int division slots this raises TypeError; either way the handler runs.
    let r = call_unit(unit, &[]).unwrap();
    assert_eq!(int_value_i64(&r), Some(7));
}

/// def g(): x = yield 1; yield x
#[test]
fn generator_send() {
    let mut a = Asm::new();
    let one = a.int(1);
    a.emit(ops::LoadConst { dst: 1, k: one });
    a.emit(ops::Yield { dst: 0, src: 1 });
    a.emit(ops::Yield { dst: 2, src: 0 });
    let none = a.k(Const::None);
    a.emit(ops::LoadConst { dst: 2, k: none });
    a.emit(ops::Return { src: 2 });
    let unit = a.finish("g", &["x"], 0, 3, code_flags::OPTIMIZED | code_flags::GENERATOR, vec![]);
    let g = call_unit(unit, &[]).unwrap();
    let first = protocol::next(&g).unwrap().unwrap();
    assert_eq!(int_value_i64(&first), Some(1));
    let v = new_int(42);
    let second = protocol::call_method(&g, crate::name!("send"), &[&v]).map_err(|e| format!("{:?}", e)).unwrap();
    assert_eq!(int_value_i64(&second), Some(42));
    assert!(protocol::next(&g).unwrap().is_none());
}

#[test]
fn verifier_rejects_bad_registers() {
    let mut a = Asm::new();
    a.emit(ops::Return { src: 9 });
    let unit = a.finish("bad", &[], 0, 2, code_flags::OPTIMIZED, vec![]);
    crate::runtime::init_for_tests();
    assert!(code_from_unit(&unit).is_err());
}
