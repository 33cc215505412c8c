//! Frontend tests: scope analysis, code generation properties, syntax
//! errors against CPython's captured output, and golden disassembly.

use super::symtable::{self, SymScope, SymbolTable};
use super::*;
use crate::bytecode::code_flags as cf;
use crate::bytecode::dis::disassemble;
use crate::bytecode::opcodes::Op;
use crate::bytecode::{CodeUnit, Const};

#[path = "testdata/syntax_errors.rs"]
mod syntax_errors;

fn table(src: &str) -> SymbolTable {
    let info = SourceInfo::new(src, "t.py");
    let (m, _) = parse::parse_source(&info, Mode::Exec).expect("parse");
    let future = validate::future_features(&info, &m).expect("future");
    symtable::build(&info, &m, future).expect("symtable")
}

/// The scope named by a dotted path of scope names from the module.
fn find<'t>(t: &'t SymbolTable, path: &str) -> &'t symtable::Scope {
    let mut cur = 0;
    if !path.is_empty() {
        for part in path.split('.') {
            cur = *t.scopes[cur]
                .children
                .iter()
                .find(|&&c| t.scopes[c].name == part)
                .unwrap_or_else(|| panic!("no scope {part} in {path}"));
        }
    }
    &t.scopes[cur]
}

#[test]
fn scope_table() {
    use SymScope::*;
    let cases: &[(&str, &str, &str, SymScope)] = &[
        ("x = 1", "", "x", Local),
        ("def f():\n    return x", "f", "x", GlobalImplicit),
        ("def f():\n    x = 1\n    return x", "f", "x", Local),
        ("def f(a):\n    def g():\n        return a\n    return g", "f", "a", Cell),
        ("def f(a):\n    def g():\n        return a\n    return g", "f.g", "a", Free),
        ("def f():\n    global x\n    x = 1", "f", "x", GlobalExplicit),
        ("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2", "f.g", "x", Free),
        ("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2", "f", "x", Cell),
        ("class A:\n    x = 1\n    def m(self):\n        return x", "A.m", "x", GlobalImplicit),
        ("class A:\n    x = 1", "A", "x", Local),
        ("def f():\n    x = 1\n    class A:\n        y = x", "f.A", "x", Free),
        ("def f():\n    x = 1\n    class A:\n        y = x", "f", "x", Cell),
        ("class A:\n    def m(self):\n        super().m()", "A.m", "__class__", Free),
        ("class A:\n    def m(self):\n        return __class__", "A.m", "__class__", Free),
        ("def f():\n    [y for y in z]", "f.<listcomp>", "y", Local),
        ("def f():\n    [y for y in z]", "f.<listcomp>", ".0", Local),
        ("def f():\n    [y for y in z]", "f", "z", GlobalImplicit),
        ("def f():\n    [(w := y) for y in z]\n    return w", "f", "w", Cell),
        ("def f():\n    [(w := y) for y in z]", "f.<listcomp>", "w", Free),
        ("[(w := y) for y in z]", "", "w", GlobalExplicit),
        ("[(w := y) for y in z]", "<listcomp>", "w", GlobalExplicit),
        ("def f():\n    x: int\n    return x", "f", "x", Local),
        ("class A:\n    __x = 1", "A", "_A__x", Local),
        ("class A:\n    def m(self, __p):\n        return __p", "A.m", "_A__p", Local),
        ("def f():\n    import a.b\n    return a", "f", "a", Local),
        ("def f():\n    try:\n        pass\n    except E as e:\n        pass", "f", "e", Local),
        ("def f():\n    lambda: y\n    y = 1", "f", "y", Cell),
        ("def f():\n    def g():\n        global q\n        def h():\n            return q", "f.g.h", "q", GlobalImplicit),
        ("def f():\n    x = 1\n    def g():\n        def h():\n            return x", "f.g", "x", Free),
        ("match v:\n    case [a, *b]:\n        pass", "", "b", Local),
    ];
    for (src, path, name, want) in cases {
        let t = table(src);
        let s = find(&t, path);
        assert_eq!(s.scope_of(name), *want, "{name} in {path:?} of {src:?}");
    }
}

#[test]
fn class_closure_and_varnames() {
    let t = table("class A:\n    def m(self):\n        super()\n");
    assert!(find(&t, "A").needs_class_closure);
    assert_eq!(find(&t, "A").cellvars, vec!["__class__"]);
    let t = table("def f(a, b, /, c, *args, d, **kw):\n    e = 1\n    def g(): return a\n");
    let f = find(&t, "f");
    assert_eq!(f.varnames.len(), 8);
    assert_eq!(&f.varnames[..6], &["a", "b", "c", "d", "args", "kw"]);
    assert_eq!(f.cellvars, vec!["a"]);
}

fn compile(src: &str) -> CodeUnit {
    let code = compile_source(src, "t.py", Mode::Exec).unwrap_or_else(|e| panic!("{}", e.format()));
    verify::verify(&code).unwrap_or_else(|e| panic!("verifier: {e}\n{}", disassemble(&code)));
    code
}

fn nested<'c>(code: &'c CodeUnit, name: &str) -> &'c CodeUnit {
    fn walk<'c>(c: &'c CodeUnit, name: &str) -> Option<&'c CodeUnit> {
        if c.qualname == name {
            return Some(c);
        }
        c.consts.iter().find_map(|k| match k {
            Const::Code(inner) => walk(inner, name),
            _ => None,
        })
    }
    walk(code, name).unwrap_or_else(|| panic!("no code object {name}"))
}

fn ops_of(code: &CodeUnit) -> Vec<Op> {
    let mut out = Vec::new();
    let mut ip = 0;
    while ip < code.code.len() {
        let op = Op::from_u16(code.code[ip].0[0]).expect("opcode");
        out.push(op);
        ip += op.width();
    }
    out
}

#[test]
fn varnames_in_first_use_order() {
    // CPython: parameters, then locals in the order the compiler first
    // mentions them (the value of an assignment before its target).
    let src = "def f(a, *args, k=1):\n    for i in range(a):\n        total = i\n    try:\n        pass\n    except ValueError as e:\n        z = w = e\n    q += total\n    def inner(): return z\n";
    let m = compile(src);
    let f = nested(&m, "f");
    assert_eq!(&f.varnames[..], &["a", "k", "args", "i", "total", "e", "w", "q", "inner"]);
    assert_eq!(&f.cellvars[..], &["z"]);
}

#[test]
fn code_properties() {
    let m = compile("def f(a, b=1, *c, d, e=2, **g):\n    'doc'\n    return a\n");
    let f = nested(&m, "f");
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 0, 2));
    assert_eq!(f.flags, cf::OPTIMIZED | cf::NEWLOCALS | cf::VARARGS | cf::VARKEYWORDS);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!(&f.varnames[..], &["a", "b", "d", "e", "c", "g"]);
    // The parameter is returned straight from its register.
    assert_eq!(ops_of(f), vec![Op::Return]);

    let m = compile("def f():\n    yield 1\nasync def g():\n    await x\nasync def h():\n    yield 1\n");
    assert_eq!(nested(&m, "f").flags & cf::GENERATOR, cf::GENERATOR);
    assert_eq!(nested(&m, "g").flags & cf::COROUTINE, cf::COROUTINE);
    assert_eq!(nested(&m, "h").flags & cf::ASYNC_GENERATOR, cf::ASYNC_GENERATOR);

    let m = compile("def f(x):\n    def g():\n        return x\n    return g\n");
    let f = nested(&m, "f");
    assert_eq!(f.cellvars, vec!["x"]);
    assert_eq!(f.cell2arg, vec![(0, 0)]);
    let g = nested(&m, "f.<locals>.g");
    assert_eq!(g.freevars, vec!["x"]);
    assert_eq!(g.flags & cf::NESTED, cf::NESTED);

    let m = compile("class A:\n    'doc'\n    def m(self):\n        return super().m()\n");
    let a = nested(&m, "A");
    assert_eq!(a.cellvars, vec!["__class__"]);
    assert_eq!(a.docstring.as_deref(), Some("doc"));
    assert!(a.names.iter().any(|n| n == "__classcell__"));
    assert!(a.names.iter().any(|n| n == "__module__"));
    assert_eq!(nested(&m, "A.m").freevars, vec!["__class__"]);

    let m = compile("x = [i * i for i in range(3)]\n");
    let lc = nested(&m, "<listcomp>");
    assert_eq!(lc.argcount, 1);
    assert_eq!(lc.varnames[0], ".0");

    // Module level uses names, functions use globals.
    let m = compile("print(x)\ndef f():\n    print(x)\n");
    assert!(ops_of(&m).contains(&Op::LoadName));
    assert!(!ops_of(&m).contains(&Op::LoadGlobal));
    assert!(ops_of(nested(&m, "f")).contains(&Op::LoadGlobal));

    // A possibly-unbound local is read with LoadFast.
    let m = compile("def f(c):\n    if c:\n        x = 1\n    return x\n");
    assert!(ops_of(nested(&m, "f")).contains(&Op::LoadFast));
    let m = compile("def f(c):\n    if c:\n        x = 1\n    else:\n        x = 2\n    return x\n");
    assert!(!ops_of(nested(&m, "f")).contains(&Op::LoadFast));

    // Constant folding.
    let m = compile("x = -1\ny = (1, 2, (3, 'a'))\nz = 2 ** 10 + 1.5\nw = 'ab' * 3\n");
    assert!(m.consts.contains(&Const::Int((-1).into())));
    assert!(m.consts.contains(&Const::Float(1025.5)));
    assert!(m.consts.contains(&Const::Str("ababab".into())));
    assert!(m.consts.iter().any(|c| matches!(c, Const::Tuple(t) if t.len() == 3)));
    let m = compile("x = 2 ** 1000\ny = 1 / 0\n");
    assert!(!m.consts.iter().any(|c| matches!(c, Const::Int(i) if i.bits() > 128)));

    // Every ic operand is distinct.
    let m = compile("def f(a):\n    return a.b + a.c(1) + g\n");
    assert_eq!(nested(&m, "f").n_ic, 5);

    // Exception handling produces a table.
    let m = compile("try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n");
    assert!(!m.exc_table.is_empty());
    assert!(ops_of(&m).contains(&Op::PushExcInfo));
    assert!(ops_of(&m).contains(&Op::CheckExcMatch));
    // Locations are per word and point at the call.
    let m = compile("x = 1\nfoo(\n  2)\n");
    let call = (0..m.code.len()).find(|&i| Op::from_u16(m.code[i].0[0]) == Some(Op::Call)).expect("call");
    let l = m.locations[call];
    assert_eq!((l.line, l.end_line, l.col, l.end_col), (2, 3, 0, 4));
}

#[test]
fn annotations() {
    let m = compile("from __future__ import annotations\nx: list[int] = []\ndef f(a: 'A', *b: int) -> dict[str, int | None]: pass\n");
    assert!(m.consts.contains(&Const::Str("list[int]".into())));
    assert!(m.consts.contains(&Const::Str("dict[str, int | None]".into())));
    assert!(m.consts.contains(&Const::Str("'A'".into())));
    let m = compile("x: int = 1\nclass A:\n    y: str\n");
    assert!(ops_of(&m).contains(&Op::SetupAnnotations));
    assert!(ops_of(nested(&m, "A")).contains(&Op::SetupAnnotations));
    let m = compile("def f():\n    x: undefined_name = 1\n");
    assert!(!nested(&m, "f").names.iter().any(|n| n == "undefined_name"));
}

/// Constructs that must compile (and verify) without errors.
const CORPUS: &[&str] = &[
    "a, *b, c = x\n[a, (b, *c)] = y\nfor k, v in d.items(): pass\n",
    "x = [*a, 1, *b]\ny = (*a, *b)\nz = {*a, 1}\nw = {**a, 'k': 1, **b}\nf(*a, 1, *b, k=1, **c, j=2)\n",
    "x = a if b else c\ny = a and b or not c\nz = a < b <= c != d\nw = a is not None and b in c\n",
    "x[1:2], x[::2], x[a:b:c], x[1:2, 3], x[...]\ndel x[0], x.y, z\nx[1:2] = y\nx.a += 1\nx[i] //= 2\n",
    "while True:\n    if a: break\n    if b: continue\nelse:\n    pass\n",
    "def f():\n    for x in y:\n        try:\n            if x: return x\n            if y: break\n            continue\n        finally:\n            g()\n    else:\n        return 1\n",
    "def f():\n    with a as b, c as (d, e):\n        return b\n",
    "async def f():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in z] + [await w for w in v]\n",
    "async def f():\n    async with a:\n        return 1\n",
    "def g():\n    x = yield\n    y = yield from z\n    return x, y\n",
    "try:\n    pass\nexcept* ValueError as e:\n    print(e)\nexcept* TypeError:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept (A, B):\n    raise\nexcept C as c:\n    raise X from c\nexcept:\n    pass\n",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
    "def f():\n    try:\n        pass\n    except E:\n        return 3\n    finally:\n        print()\n",
    "def f():\n    while x:\n        with a:\n            try:\n                continue\n            except E:\n                break\n",
    "import a.b.c\nimport a.b as c\nfrom . import x\nfrom ..m import y as z\nfrom m import *\n",
    "@dec\n@dec2(1)\nclass A(B, metaclass=M, **kw):\n    x: int = 1\n    @property\n    def p(self): return self.x\n",
    "class A(*bases): pass\n",
    "def f(a, /, b=1, *, c=2, **d): return a, b, c, d\nlambda x, *y, z=1, **w: x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        del x\n    return g\n",
    "def f():\n    class A:\n        x = y\n        def m(self): return y\n    y = 1\n",
    "match p:\n    case 1 | 2 | 3: pass\n    case [1, *rest]: pass\n    case [a, *_, b]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy) as pt: pass\n    case str() | bytes(): pass\n    case None: pass\n    case -1.5 | 2j | -1+2j: pass\n    case C.D: pass\n    case (a, b) if a > b: pass\n    case _: pass\n",
    "x = f'{a!r:>{w}} {b=} {c:{d}.{e}} {{}} {f\"{g}\"}'\ny = rf'\\d{x}' 'tail' f'{\"nested\"}'\n",
    "x = f'''{\na\n}'''\n",
    "assert x\nassert x, 'msg'\n",
    "global g\ng = 1\ndel g\n",
    "x = (yield_ := 1)\nprint(x := 2)\n",
    "def f():\n    if (n := len(a)) > 10:\n        return n\n",
    "def f():\n    return [[(j := i) for i in r] for r in rows], j\n",
    "x = 1 if True else 2\nwhile 1: break\nif 0: pass\n",
    "print(__debug__)\nx = ...\ny = b'\\x00' + b'a'\nz = 1_000_000 + 0x_ff + 0o17 + 0b1 + 1e10 + 2j\n",
    "class A:\n    __slots__ = ('__x',)\n    def __init__(self): self.__x = 1\n    def get(self): return self.__x\n",
    "def f(*, a): pass\ndef g(a, *, b): pass\n",
    "for i in [1, 2, 3]: pass\nif x in [1, 2]: pass\nif x not in {1, 2}: pass\n",
    "def f():\n    try:\n        import os\n    except ImportError as e:\n        e = None\n    return os\n",
    "x = [i for i in range(3) if i if i > 0 for j in range(i)]\ny = {k: v for k, v in d}\nz = {s for s in t}\nw = (g for g in h)\n",
    "async def f():\n    return (x async for x in y)\n",
    "def f(a):\n    a += 1\n    b = a\n    b, a = a, b\n    return a, b\n",
    "with open(f) as fh:\n    data = fh.read()\n",
    "def outer():\n    def inner():\n        return __class__\n",
    "type = 1\nmatch = 2\ncase = 3\nprint(type, match, case)\n",
    "x = [\n    1,\n    2,\n]\nif x:\n\tpass\n",
    "# -*- coding: utf-8 -*-\n'''doc'''\nfrom __future__ import annotations\nx = 1\n",
    "def f():\n    return\ndef g():\n    raise\n",
    "try:\n    pass\nfinally:\n    for x in y:\n        break\n",
    "def f():\n    for x in y:\n        try:\n            pass\n        finally:\n            break\n",
];

#[test]
fn corpus_compiles_and_verifies() {
    for src in CORPUS {
        let code = compile_source(src, "t.py", Mode::Exec).unwrap_or_else(|e| panic!("{src:?}:\n{}", e.format()));
        verify::verify(&code).unwrap_or_else(|e| panic!("{src:?}: {e}\n{}", disassemble(&code)));
        // The disassembler handles everything.
        assert!(!disassemble(&code).is_empty());
    }
}

#[test]
fn modes() {
    let c = compile_source("1 + x", "<eval>", Mode::Eval).expect("eval");
    assert_eq!(ops_of(&c).last(), Some(&Op::Return));
    let c = compile_source("x = 1\nx\n", "<stdin>", Mode::Single).expect("single");
    assert!(ops_of(&c).contains(&Op::PrintExpr));
    assert!(compile_source("x = 1", "<eval>", Mode::Eval).is_err());
}

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    for (src, want) in syntax_errors::CASES {
        let got = match decode_source(src.as_bytes(), "case.py").and_then(|s| compile_source(&s, "case.py", Mode::Exec)) {
            Ok(code) => {
                verify::verify(&code).unwrap_or_else(|e| panic!("{src:?}: {e}"));
                "OK".to_owned()
            }
            Err(e) => e.format(),
        };
        if got != *want {
            failures.push(format!("{src:?}\n  want: {want:?}\n  got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn error_format() {
    let e = compile_source("def f():\n        x = (1 +\n\n", "/path/x.py", Mode::Exec).unwrap_err();
    assert_eq!(e.format(), "  File \"/path/x.py\", line 2\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n");
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    let e = compile_source("if x:\npass\n", "f.py", Mode::Exec).unwrap_err();
    assert_eq!(e.kind, ErrorKind::IndentationError);
    let e = compile_source("x = 1\n\0", "f.py", Mode::Exec).unwrap_err();
    assert_eq!(e.format(), "SyntaxError: source code string cannot contain null bytes\n");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("x = {}1{}\n", "(".repeat(150), ")".repeat(150));
    assert!(compile_source(&src, "t.py", Mode::Exec).is_ok());
    let src = format!("x = {}1\n", "-".repeat(5000));
    let r = std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(move || compile_source(&src, "t.py", Mode::Exec).is_err())
        .expect("thread")
        .join()
        .expect("no panic");
    assert!(r);
}

/// `pyston-rt/tests/golden/dis/*.py` against their committed `.dis`
/// listings; `PYSTON_BLESS=1` rewrites the listings.
#[test]
fn golden_dis() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/dis");
    let bless = std::env::var("PYSTON_BLESS").map_or(false, |v| v == "1");
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("golden dir").flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut checked = 0;
    for py in entries.into_iter().filter(|p| p.extension().map_or(false, |x| x == "py")) {
        let name = py.file_name().expect("name").to_string_lossy().into_owned();
        let src = std::fs::read(&py).expect("read");
        let src = decode_source(&src, &name).expect("decode");
        let code = compile_source(&src, &name, Mode::Exec).unwrap_or_else(|e| panic!("{}", e.format()));
        verify::verify(&code).unwrap_or_else(|e| panic!("{name}: {e}"));
        let got = disassemble(&code);
        let expected_path = py.with_extension("dis");
        if bless {
            std::fs::write(&expected_path, &got).expect("write");
        } else {
            let want = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("missing {}; run with PYSTON_BLESS=1", expected_path.display()));
            assert!(got == want, "{name}: disassembly differs from {} (PYSTON_BLESS=1 to update)\n{got}", expected_path.display());
        }
        checked += 1;
    }
    assert!(checked > 0);
}
