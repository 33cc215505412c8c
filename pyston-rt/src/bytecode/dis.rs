//! The disassembler: a readable listing of a `CodeUnit` and every code
//! object nested in it, driven entirely by the opcode metadata (`OP_INFO`).
//! Also Python-style `repr` of constants (used by the compiler's messages).

use super::code::{code_flags, CodeUnit, Const};
use super::instr::OperandKind;
use super::opcodes::OP_INFO;
use std::fmt::Write;

/// Disassembles `code` and, after it, every nested code object (depth
/// first, in constant order).
pub fn disassemble(code: &CodeUnit) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out, true);
    out
}

fn tuple_of_names(names: &[String]) -> String {
    let items: Vec<String> = names.iter().map(|n| py_str_repr(n)).collect();
    if items.len() == 1 {
        format!("({},)", items[0])
    } else {
        format!("({})", items.join(", "))
    }
}

fn flag_names(flags: u32) -> String {
    const NAMES: [(u32, &str); 10] = [
        (code_flags::OPTIMIZED, "OPTIMIZED"),
        (code_flags::NEWLOCALS, "NEWLOCALS"),
        (code_flags::VARARGS, "VARARGS"),
        (code_flags::VARKEYWORDS, "VARKEYWORDS"),
        (code_flags::NESTED, "NESTED"),
        (code_flags::GENERATOR, "GENERATOR"),
        (code_flags::NOFREE, "NOFREE"),
        (code_flags::COROUTINE, "COROUTINE"),
        (code_flags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (code_flags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let names: Vec<&str> = NAMES.iter().filter(|(f, _)| flags & f != 0).map(|(_, n)| *n).collect();
    names.join(", ")
}

/// How a register is shown: `r3`, with the variable it holds if any.
fn reg_name(code: &CodeUnit, r: u16) -> String {
    let r_us = r as usize;
    let nlocals = code.varnames.len();
    let ncell = code.cellvars.len();
    if r_us < nlocals {
        format!("r{r} ({})", code.varnames[r_us])
    } else if r_us < nlocals + ncell {
        format!("r{r} (cell {})", code.cellvars[r_us - nlocals])
    } else if r_us < nlocals + ncell + code.freevars.len() {
        format!("r{r} (free {})", code.freevars[r_us - nlocals - ncell])
    } else {
        format!("r{r}")
    }
}

fn disassemble_one(code: &CodeUnit, out: &mut String, top: bool) {
    if !top {
        out.push('\n');
    }
    let _ = writeln!(out, "Disassembly of <code object {} at {:?}, line {}>:", code.qualname, code.filename, code.firstlineno);
    let _ = writeln!(
        out,
        "  argcount={} posonlyargcount={} kwonlyargcount={} nregs={} n_ic={}",
        code.argcount, code.posonlyargcount, code.kwonlyargcount, code.nregs, code.n_ic
    );
    let _ = writeln!(out, "  flags=0x{:04x} ({})", code.flags, flag_names(code.flags));
    let _ = writeln!(out, "  varnames={}", tuple_of_names(&code.varnames));
    let _ = writeln!(out, "  cellvars={}", tuple_of_names(&code.cellvars));
    let _ = writeln!(out, "  freevars={}", tuple_of_names(&code.freevars));
    if !code.cell2arg.is_empty() {
        let _ = writeln!(out, "  cell2arg={:?}", code.cell2arg);
    }
    if let Some(doc) = &code.docstring {
        let _ = writeln!(out, "  docstring={}", py_str_repr(doc));
    }
    // Jump targets, to mark them with `>>`.
    let mut targets = std::collections::HashSet::new();
    let mut ip = 0;
    while ip < code.code.len() {
        let Some(info) = OP_INFO.get((code.code[ip].0[0] & crate::bytecode::instr::OP_MASK) as usize) else { break };
        let mut slot = 1;
        for (_, kind) in info.operands {
            if *kind == OperandKind::J {
                targets.insert(read_u32(code, ip, slot));
            }
            slot += kind.slots();
        }
        ip += info.width;
    }
    for e in &code.exc_table {
        targets.insert(e.handler);
    }
    let mut last_line = 0;
    let mut ip = 0;
    while ip < code.code.len() {
        let op = code.code[ip].0[0] & crate::bytecode::instr::OP_MASK;
        let Some(info) = OP_INFO.get(op as usize) else {
            let _ = writeln!(out, "            {ip:>5}  <bad opcode {op}>");
            ip += 1;
            continue;
        };
        let line = code.locations.get(ip).map(|l| l.line).unwrap_or(0);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>5}")
        } else {
            "     ".to_owned()
        };
        let mark = if targets.contains(&(ip as u32)) { ">>" } else { "  " };
        let mut operands = Vec::new();
        let mut slot = 1;
        for (name, kind) in info.operands {
            let text = match kind {
                OperandKind::R => reg_name(code, read_u16(code, ip, slot)),
                OperandKind::K => {
                    let k = read_u16(code, ip, slot) as usize;
                    match code.consts.get(k) {
                        Some(c) => const_repr(c),
                        None => format!("<bad const {k}>"),
                    }
                }
                OperandKind::N => {
                    let n = read_u16(code, ip, slot) as usize;
                    match code.names.get(n) {
                        Some(s) => format!("name {s}"),
                        None => format!("<bad name {n}>"),
                    }
                }
                OperandKind::I => format!("{name}={}", read_u16(code, ip, slot)),
                OperandKind::C => format!("ic#{}", read_u16(code, ip, slot)),
                OperandKind::J => format!("-> {}", read_u32(code, ip, slot)),
            };
            operands.push(text);
            slot += kind.slots();
        }
        let _ = writeln!(out, "{line_col} {mark} {ip:>5}  {:<20} {}", info.name, operands.join(", ")).map(|_| ());
        // Trim the trailing space of operand-less instructions.
        if operands.is_empty() {
            let len = out.trim_end_matches([' ', '\n']).len();
            out.truncate(len);
            out.push('\n');
        }
        ip += info.width.max(1);
    }
    if !code.exc_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exc_table {
            let _ = writeln!(out, "  {} to {} -> {} [{}]", e.start, e.end, e.handler, reg_name(code, e.exc_reg));
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            disassemble_one(inner, out, false);
        }
    }
}

fn read_u16(code: &CodeUnit, ip: usize, slot: usize) -> u16 {
    code.code.get(ip + slot / 4).map(|w| w.0[slot % 4]).unwrap_or(0)
}

fn read_u32(code: &CodeUnit, ip: usize, slot: usize) -> u32 {
    read_u16(code, ip, slot) as u32 | (read_u16(code, ip, slot + 1) as u32) << 16
}

// ---------------------------------------------------------------- reprs

/// Python's `repr()` of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => py_float_repr(*f),
        Const::Complex { re, im } => py_complex_repr(*re, *im),
        Const::Str(s) => py_str_repr(s),
        Const::Bytes(b) => py_bytes_repr(b),
        Const::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Const::FrozenSet(t) => {
            if t.is_empty() {
                "frozenset()".into()
            } else {
                let items: Vec<String> = t.iter().map(const_repr).collect();
                format!("frozenset({{{}}})", items.join(", "))
            }
        }
        Const::Code(code) => format!("<code object {}, line {}>", code.name, code.firstlineno),
    }
}

/// Python's `repr(float)` (shortest round-trip digits, Python's layout).
pub fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:e}");
    let (mant, exp) = s.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent value");
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                for _ in digits.len()..int_len {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", exp.abs());
    }
    out
}

fn py_complex_part(f: f64) -> String {
    let s = py_float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => t.to_owned(),
        None => s,
    }
}

/// Python's `repr(complex)`.
pub fn py_complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", py_complex_part(im))
    } else {
        let imag = py_complex_part(im);
        let sign = if imag.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", py_complex_part(re), sign, imag)
    }
}

fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || (0x7f..0xa1).contains(&u) {
        return false;
    }
    !matches!(
        u,
        0xad | 0x34f | 0x61c | 0x115f | 0x1160 | 0x1680 | 0x180e | 0x2000..=0x200f | 0x2028..=0x202f
            | 0x205f..=0x206f | 0x3000 | 0x3164 | 0xd800..=0xdfff | 0xe000..=0xf8ff | 0xfeff | 0xffa0
            | 0xfff0..=0xfffb | 0xfffe | 0xffff | 0xf0000..=0x10ffff
    )
}

/// Python's `repr(str)`.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    let _ = write!(out, "\\x{u:02x}");
                } else if u < 0x10000 {
                    let _ = write!(out, "\\u{u:04x}");
                } else {
                    let _ = write!(out, "\\U{u:08x}");
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`.
pub fn py_bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        for (f, s) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (1e-310, "1e-310"),
            (123.456, "123.456"),
            (1e15, "1000000000000000.0"),
        ] {
            assert_eq!(py_float_repr(f), s);
        }
        assert_eq!(py_complex_repr(0.0, 2.0), "2j");
        assert_eq!(py_complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(py_complex_repr(1.0, -2.5), "(1-2.5j)");
    }

    #[test]
    fn str_reprs() {
        assert_eq!(py_str_repr("a'b"), "\"a'b\"");
        assert_eq!(py_str_repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(py_str_repr("é\n\x00"), "'é\\n\\x00'");
        assert_eq!(py_bytes_repr(b"a\xff'"), "b\"a\\xff'\"");
    }
}
