//! String literals holding lone surrogates (`"\ud800"`, `"\U0000dc80"`).
//!
//! rustpython-parser decodes such an escape to U+FFFD. When the source
//! text of a `str` constant contains a surrogate escape, we decode the
//! literal(s) again from that text (an implicit concatenation is one
//! constant whose range covers all of its pieces), storing each surrogate
//! as `str_surr` does. Anything unexpected leaves the parser's value.

use crate::object::str_surr::char_of_code_point;

/// Whether the text has a `\uD8xx`..`\uDFxx` or `\U0000D8xx`.. escape
/// (an escaped backslash before it only costs a needless re-decode).
pub fn has_surrogate_escape(text: &str) -> bool {
    let b = text.as_bytes();
    let hex = |x: u8| x.is_ascii_hexdigit();
    let surr = |s: &[u8]| s.len() >= 4 && matches!(s[0], b'd' | b'D') && matches!(s[1], b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F') && hex(s[2]) && hex(s[3]);
    memchr::memchr_iter(b'\\', b).any(|i| match b.get(i + 1) {
        Some(b'u') => surr(&b[i + 2..]),
        Some(b'U') => b.len() >= i + 10 && &b[i + 2..i + 6] == b"0000" && surr(&b[i + 6..]),
        _ => false,
    })
}

/// Decode the source text of a (possibly implicitly concatenated) str
/// literal: None when it does not look like plain str literals.
pub fn decode_literals(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'\\' if matches!(b.get(i + 1), Some(b'\n') | Some(b'\r')) => {
                i += 2;
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        let mut raw = false;
        while i < b.len() && matches!(b[i], b'r' | b'R' | b'u' | b'U') {
            raw |= matches!(b[i], b'r' | b'R');
            i += 1;
        }
        let q = *b.get(i)?;
        if q != b'\'' && q != b'"' {
            return None;
        }
        let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
        let ql = if triple { 3 } else { 1 };
        i += ql;
        let start = i;
        loop {
            if i >= b.len() {
                return None;
            }
            if b[i] == b'\\' {
                i += 2;
                continue;
            }
            if b[i] == q && (!triple || (b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q)) {
                break;
            }
            i += 1;
        }
        let body = text.get(start..i)?;
        i += ql;
        if raw {
            out.push_str(body);
        } else {
            decode_escapes(body, &mut out)?;
        }
    }
    Some(out)
}

/// The escapes of a non-raw str literal body, as CPython's lexer decodes them.
fn decode_escapes(body: &str, out: &mut String) -> Option<()> {
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, n)) = chars.next() else {
            out.push('\\');
            break;
        };
        match n {
            '\n' => {}
            '\r' => {
                if matches!(chars.peek(), Some((_, '\n'))) {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = n.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v)?);
            }
            'x' | 'u' | 'U' => {
                let len = match n {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..len {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                        }
                        _ => return None,
                    }
                }
                out.push(char_of_code_point(v).ok()??);
            }
            'N' => {
                // Resolve the name through the parser's own tables.
                let rest = &body[i..];
                let close = rest.find('}')?;
                let text = format!("'{}'", &rest[..=close]);
                match rustpython_parser::parse(&text, rustpython_parser::Mode::Expression, "<string>") {
                    Ok(rustpython_parser::ast::Mod::Expression(e)) => match *e.body {
                        rustpython_parser::ast::Expr::Constant(rustpython_parser::ast::ExprConstant {
                            value: rustpython_parser::ast::Constant::Str(s),
                            ..
                        }) => out.push_str(&s),
                        _ => return None,
                    },
                    _ => return None,
                }
                while let Some((j, _)) = chars.next() {
                    if j >= i + close {
                        break;
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::str_surr::surrogate_char;

    #[test]
    fn literals() {
        assert!(has_surrogate_escape(r#""\ud800""#));
        assert!(has_surrogate_escape(r#""\U0000DC80""#));
        assert!(!has_surrogate_escape(r#""\u00e9\ue000""#));
        let s = decode_literals("'a\\udcff' # c\n  \"\"\"b\\n\"\"\" r'\\x'").unwrap();
        assert_eq!(s, format!("a{}b\n\\x", surrogate_char(0xdcff)));
        assert_eq!(decode_literals("b'x'"), None);
    }
}
