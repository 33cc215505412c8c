//! Lowering tests: every code object of a feature-rich program lowers to
//! IR that parses, verifies, optimises and emits; golden IR listings.

use super::lower::lower;
use super::pipeline::emit_object;
use crate::bytecode::code::{CodeUnit, Const};
use crate::compile::{compile_source, Mode};

fn all_units(u: &CodeUnit, out: &mut Vec<CodeUnit>) {
    out.push(u.clone());
    for c in &u.consts {
        if let Const::Code(c) = c {
            all_units(c, out);
        }
    }
}

const PROGRAM: &str = r#"
import sys
from os import path as p
x = 1
def f(a, b=2, *args, k=3, **kw):
    global x
    x += a
    del kw
    s = f"{a!r:>{b}} {k}"
    return [i * 2 for i in args if i], {k: v for k, v in []}, {*args}, (a, *args), s
def gen(n):
    try:
        for i in range(n):
            y = yield i
            if y is None:
                continue
    except (ValueError, TypeError) as e:
        raise RuntimeError("x") from e
    finally:
        pass
    yield from range(3)
    return n
class C(object):
    z: int = 3
    def m(self):
        nonlocal_ = lambda: __class__
        return super().__init__()
def closure():
    a = 1
    def inner():
        nonlocal a
        a += 1
        del a
    return inner
async def co(aw):
    async with aw as v:
        await v
    async for q in aw:
        pass
    try:
        pass
    except* ValueError:
        pass
def matcher(v):
    match v:
        case [1, 2, *rest]: return rest
        case {"k": 1, **kw}: return kw
        case C(z=3): return 1
        case str() | None: return 2
    with open(v) as fh, open(v):
        assert fh, "msg"
    while v:
        v -= 1
        if not v: break
    a, *b, c = v
    v[1:2] = b
    del v[0], v.attr
    return a if a else c
"#;

#[test]
fn every_code_object_lowers_and_emits() {
    let unit = compile_source(PROGRAM, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{}", e.format()));
    let mut units = Vec::new();
    all_units(&unit, &mut units);
    assert!(units.len() > 8);
    for u in &units {
        let low = lower(u).unwrap_or_else(|e| panic!("{}: {}", u.qualname, e));
        assert!(!low.ir.contains("0x"), "no addresses in the IR");
        let obj = emit_object(&low.ir, true).unwrap_or_else(|e| panic!("{}: {}\n{}", u.qualname, e, low.ir));
        assert_eq!(&obj[..4], b"\x7fELF");
    }
}

/// `pyston-rt/tests/golden/ir/*.py`: the lowered IR (before optimisation)
/// and the symbol table of every function, against the committed `.ll`;
/// `PYSTON_BLESS=1` rewrites them.
#[test]
fn golden_ir() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/ir");
    let bless = std::env::var("PYSTON_BLESS").map_or(false, |v| v == "1");
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("golden dir").flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut checked = 0;
    for py in entries.into_iter().filter(|p| p.extension().map_or(false, |x| x == "py")) {
        let name = py.file_name().expect("name").to_string_lossy().into_owned();
        let src = std::fs::read_to_string(&py).expect("read");
        let unit = compile_source(&src, &name, Mode::Exec).unwrap_or_else(|e| panic!("{}", e.format()));
        let mut units = Vec::new();
        all_units(&unit, &mut units);
        let mut got = String::new();
        for u in units.iter().skip(1) {
            let low = lower(u).unwrap_or_else(|e| panic!("{}: {}", u.qualname, e));
            got.push_str(&format!(";; ---- {} ----\n;; symbols:\n", u.qualname));
            for l in low.symbols.to_text().lines() {
                got.push_str(&format!(";;   {}\n", l));
            }
            got.push_str(&low.ir);
            got.push('\n');
        }
        let expected_path = py.with_extension("ll");
        if bless {
            std::fs::write(&expected_path, &got).expect("write");
        } else {
            let want = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("missing {}; run with PYSTON_BLESS=1", expected_path.display()));
            assert!(got == want, "{name}: IR differs from {} (PYSTON_BLESS=1 to update)\n{got}", expected_path.display());
        }
        checked += 1;
    }
    assert!(checked > 0);
}
