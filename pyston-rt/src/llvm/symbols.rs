//! The symbol table of a lowered code object: every runtime value the IR
//! refers to is an external symbol (the IR never embeds an address), and
//! this table says what each one stands for. Loading resolves the names
//! (`resolve`), so the same object code is valid in any process with an
//! equal code object; the table is plain text (`to_text`/`from_text`) so
//! the AOT archives can store it next to the object.
//!
//! Names: `pyc.const.N` (the code object's constant N), `pyc.name.N` (its
//! interned name N), `pyc.obj.None|True|False` and `pyc.type.X` (builtin
//! singletons and types), `pyc.ic.N` (inline-cache site N), and the
//! runtime functions by their own names (`pyrt_load_attr`).

use crate::bytecode::code::{CodeUnit, Const};
use crate::object::code::PyCode;
use std::fmt::Write;

/// What a symbol stands for.
#[derive(Clone, Debug, PartialEq)]
pub enum SymKind {
    /// Constant `n` of the code object.
    Const(u32),
    /// Interned name `n` of the code object.
    Name(u32),
    /// A builtin object: `None`, `True`, `False`.
    Obj(String),
    /// A builtin type (`AssertionError`).
    Type(String),
    /// Inline-cache site `n` of the code object.
    Ic(u32),
    /// A runtime function (`abi::lookup`).
    Fn(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    /// The IR name (without `@`).
    pub name: String,
    pub kind: SymKind,
    /// A human-readable description of the value (`int 42`, `"append"`).
    pub desc: String,
}

/// The symbols of one lowered module, in first-use order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SymbolTable {
    pub syms: Vec<Symbol>,
}

/// A short description of a constant (golden files, listings).
pub fn describe_const(c: &Const) -> String {
    fn inner(c: &Const, out: &mut String) {
        match c {
            Const::None => out.push_str("None"),
            Const::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Const::Ellipsis => out.push_str("Ellipsis"),
            Const::Int(i) => {
                let _ = write!(out, "int {}", i);
            }
            Const::Float(f) => {
                let _ = write!(out, "float {:?}", f);
            }
            Const::Complex { re, im } => {
                let _ = write!(out, "complex ({:?}, {:?})", re, im);
            }
            Const::Str(s) => {
                let t: String = s.chars().take(40).collect();
                let _ = write!(out, "str {:?}", t);
            }
            Const::Bytes(b) => {
                let _ = write!(out, "bytes len {}", b.len());
            }
            Const::Tuple(v) | Const::FrozenSet(v) => {
                out.push_str(if matches!(c, Const::Tuple(_)) { "tuple (" } else { "frozenset (" });
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    inner(x, out);
                }
                out.push(')');
            }
            Const::Code(u) => {
                let _ = write!(out, "code {}", u.qualname);
            }
        }
    }
    let mut s = String::new();
    inner(c, &mut s);
    s
}

impl SymbolTable {
    fn add(&mut self, name: String, kind: SymKind, desc: String) -> String {
        if !self.syms.iter().any(|s| s.name == name) {
            self.syms.push(Symbol { name: name.clone(), kind, desc });
        }
        name
    }

    /// The symbol of constant `k`.
    pub fn konst(&mut self, unit: &CodeUnit, k: u32) -> String {
        let desc = unit.consts.get(k as usize).map(describe_const).unwrap_or_default();
        self.add(format!("pyc.const.{}", k), SymKind::Const(k), desc)
    }

    /// The symbol of name `n`.
    pub fn name(&mut self, unit: &CodeUnit, n: u32) -> String {
        let desc = unit.names.get(n as usize).map(|s| format!("{:?}", s)).unwrap_or_default();
        self.add(format!("pyc.name.{}", n), SymKind::Name(n), desc)
    }

    /// The symbol of a builtin singleton (`None`, `True`, `False`).
    pub fn obj(&mut self, which: &str) -> String {
        self.add(format!("pyc.obj.{}", which), SymKind::Obj(which.into()), which.into())
    }

    /// The symbol of a builtin type.
    pub fn type_(&mut self, which: &str) -> String {
        self.add(format!("pyc.type.{}", which), SymKind::Type(which.into()), format!("type {}", which))
    }

    /// The symbol of inline-cache site `n`.
    pub fn ic(&mut self, n: u32) -> String {
        self.add(format!("pyc.ic.{}", n), SymKind::Ic(n), format!("ic {}", n))
    }

    /// Record a runtime function the module calls.
    pub fn func(&mut self, name: &str) {
        self.add(name.to_string(), SymKind::Fn(name.into()), String::new());
    }

    /// The data symbols (what `declare`s the IR needs as globals).
    pub fn data(&self) -> impl Iterator<Item = &Symbol> {
        self.syms.iter().filter(|s| !matches!(s.kind, SymKind::Fn(_)))
    }

    /// One line per symbol: `name = kind args  ; desc`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for s in &self.syms {
            let k = match &s.kind {
                SymKind::Const(n) => format!("const {}", n),
                SymKind::Name(n) => format!("name {}", n),
                SymKind::Obj(w) => format!("obj {}", w),
                SymKind::Type(w) => format!("type {}", w),
                SymKind::Ic(n) => format!("ic {}", n),
                SymKind::Fn(f) => format!("fn {}", f),
            };
            if s.desc.is_empty() {
                let _ = writeln!(out, "{} = {}", s.name, k);
            } else {
                let _ = writeln!(out, "{} = {}  ; {}", s.name, k, s.desc);
            }
        }
        out
    }

    /// Parse `to_text`'s output.
    pub fn from_text(text: &str) -> Result<SymbolTable, String> {
        let mut t = SymbolTable::default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (main, desc) = match line.find("  ; ") {
                Some(p) => (&line[..p], &line[p + 4..]),
                None => (line, ""),
            };
            let (name, rest) = main.split_once(" = ").ok_or_else(|| format!("bad symbol line: {}", line))?;
            let (k, arg) = rest.split_once(' ').ok_or_else(|| format!("bad symbol line: {}", line))?;
            let num = || arg.parse::<u32>().map_err(|_| format!("bad symbol index: {}", line));
            let kind = match k {
                "const" => SymKind::Const(num()?),
                "name" => SymKind::Name(num()?),
                "obj" => SymKind::Obj(arg.into()),
                "type" => SymKind::Type(arg.into()),
                "ic" => SymKind::Ic(num()?),
                "fn" => SymKind::Fn(arg.into()),
                _ => return Err(format!("bad symbol kind: {}", line)),
            };
            t.syms.push(Symbol { name: name.into(), kind, desc: desc.into() });
        }
        Ok(t)
    }

    /// The address a symbol stands for in this process, for `code`
    /// (the loader's resolve callback).
    pub fn resolve(&self, name: &str, code: &PyCode) -> Option<usize> {
        let s = self.syms.iter().find(|s| s.name == name);
        match s.map(|s| &s.kind) {
            Some(SymKind::Const(n)) => code.consts.get(*n as usize).map(|o| o.as_ptr() as usize),
            Some(SymKind::Name(n)) => code.names.get(*n as usize).map(|o| o.as_ptr() as usize),
            Some(SymKind::Obj(w)) => builtin_object(w),
            Some(SymKind::Type(w)) => builtin_type(w),
            Some(SymKind::Ic(n)) => {
                // SAFETY: the caches are only read for their address here.
                let ics = unsafe { &*code.ics.get() };
                ics.get(*n as usize).map(|s| s as *const _ as usize)
            }
            Some(SymKind::Fn(f)) => crate::abi::lookup(f).map(|f| f.addr as usize),
            // Runtime functions may be called without being listed.
            None => crate::abi::lookup(name).map(|f| f.addr as usize),
        }
    }
}

fn builtin_object(w: &str) -> Option<usize> {
    use crate::object::int::{FALSE, TRUE};
    use crate::object::singletons::NONE;
    let p: *const crate::object::PyObject = match w {
        "None" => &NONE.0,
        "True" => &TRUE.0.ob,
        "False" => &FALSE.0.ob,
        _ => return None,
    };
    Some(p as usize)
}

fn builtin_type(w: &str) -> Option<usize> {
    match w {
        "int" => Some(&crate::object::int::INT_TYPE.0 as *const _ as usize),
        "float" => Some(&crate::object::float::FLOAT_TYPE.0 as *const _ as usize),
        "list" => Some(&crate::object::list::LIST_TYPE.0 as *const _ as usize),
        "tuple" => Some(&crate::object::tuple::TUPLE_TYPE.0 as *const _ as usize),
        "AssertionError" => {
            let r = crate::object::exceptions::ASSERTION_ERROR.to_ref();
            Some(r.as_ptr() as usize)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_roundtrip() {
        let mut t = SymbolTable::default();
        t.add("pyc.const.3".into(), SymKind::Const(3), "int 42".into());
        t.add("pyc.name.7".into(), SymKind::Name(7), "\"append\"".into());
        t.obj("None");
        t.type_("AssertionError");
        t.ic(12);
        t.func("pyrt_load_attr");
        let text = t.to_text();
        assert!(text.contains("pyc.const.3 = const 3  ; int 42"));
        assert_eq!(SymbolTable::from_text(&text).unwrap(), t);
        assert!(SymbolTable::from_text("garbage").is_err());
    }
}
