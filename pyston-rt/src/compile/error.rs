//! Printing a compile error exactly like CPython 3.11 prints an uncaught
//! `SyntaxError` (`print_exception` + `print_error_text` in pythonrun.c).

use super::CompileError;

impl CompileError {
    /// What CPython prints on stderr for this error when it is uncaught at
    /// top level, e.g.
    ///
    /// ```text
    ///   File "/path/x.py", line 3
    ///     x = (1 +
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn format(&self) -> String {
        let mut out = String::new();
        if self.line > 0 {
            out.push_str(&format!("  File \"{}\", line {}\n", self.filename, self.line));
            if let Some(text) = &self.text {
                let line_size = text.len() as i64;
                // CPython ignores the end of SyntaxError subclasses.
                let mut end_offset =
                    if self.end_col == 0 || self.kind != super::ErrorKind::SyntaxError { -1 } else { self.end_col as i64 };
                if self.end_line > self.line {
                    end_offset = line_size;
                }
                if end_offset > line_size + 1 {
                    end_offset = line_size + 1;
                }
                let offset = if self.col == 0 { -1 } else { self.col as i64 };
                print_error_text(&mut out, offset, end_offset, text);
            }
        }
        out.push_str(self.kind.name());
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out.push('\n');
        out
    }
}

fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset { (end_offset - offset) as usize } else { 1 };
    let mut offset = offset - 1;
    let mut t = text.as_bytes();
    while let Some(&c) = t.first() {
        if c == b' ' || c == b'\t' || c == b'\x0c' {
            t = &t[1..];
            offset -= 1;
        } else {
            break;
        }
    }
    let mut len = t.len() as i64;
    if len > 0 && t[len as usize - 1] == b'\n' {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    loop {
        let Some(nl) = t.iter().position(|&c| c == b'\n') else { break };
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        let skip = inl + 1;
        t = &t[skip as usize..];
        len -= skip;
        offset -= skip;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(t));
    if t.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..carets {
        out.push('^');
    }
    out.push('\n');
}
