//! Source text: PEP 263 decoding and offset -> (line, column) conversion.

use super::encodings::{self, Codec};
use super::{CompileError, ErrorKind};

/// Decodes the bytes of a source file to text following PEP 263: a UTF-8
/// byte-order mark, or a `coding` cookie in a comment on line 1 or 2 (line 2
/// only when line 1 is blank or a comment); UTF-8 otherwise.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let (has_bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let cookie = find_cookie(body);
    let codec = match &cookie {
        None => Codec::Utf8,
        Some(name) => {
            let normal = normal_name(name);
            if has_bom && normal != "utf-8" {
                return Err(CompileError::bare(format!("encoding problem: {normal} with BOM"), filename));
            }
            if normal == "utf-8" {
                Codec::Utf8
            } else if normal == "iso-8859-1" {
                Codec::Latin1
            } else {
                match encodings::lookup(name) {
                    Some(c) => c,
                    None => return Err(CompileError::bare(format!("unknown encoding: {name}"), filename)),
                }
            }
        }
    };
    match codec {
        Codec::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) => Err(utf8_error(body, e, filename, cookie.is_some() || has_bom)),
        },
        Codec::Latin1 => Ok(body.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(body.len());
            for (pos, &b) in body.iter().enumerate() {
                if b >= 0x80 {
                    return Err(CompileError::bare(
                        format!("'ascii' codec can't decode byte 0x{b:02x} in position {pos}: ordinal not in range(128)"),
                        filename,
                    ));
                }
                out.push(b as char);
            }
            Ok(out)
        }
        Codec::Table(_, table) => {
            let mut out = String::with_capacity(body.len() + body.len() / 4);
            for (pos, &b) in body.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match char::from_u32(table[(b - 0x80) as usize] as u32) {
                    Some(c) if table[(b - 0x80) as usize] != 0xFFFF => out.push(c),
                    _ => {
                        return Err(CompileError::bare(
                            format!("'charmap' codec can't decode byte 0x{b:02x} in position {pos}: character maps to <undefined>"),
                            filename,
                        ))
                    }
                }
            }
            Ok(out)
        }
    }
}

fn utf8_error(body: &[u8], e: std::str::Utf8Error, filename: &str, declared: bool) -> CompileError {
    let pos = e.valid_up_to();
    let line = body[..pos].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let byte = body[pos];
    if !declared {
        let mut err = CompileError::bare(
            format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            filename,
        );
        err.line = 0;
        return err;
    }
    let line_start = body[..pos].iter().rposition(|&b| b == b'\n').map(|p| p + 1).unwrap_or(0);
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xC2).contains(&byte) || byte >= 0xF5 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    let mut err = CompileError::bare(
        format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {}: {reason}", pos - line_start),
        filename,
    );
    err.line = line;
    err.end_line = line;
    err.col = (pos - line_start) as u32 + 1;
    let end = body[pos..].iter().position(|&b| b == b'\n').map(|p| pos + p + 1).unwrap_or(body.len());
    err.text = Some(String::from_utf8_lossy(&body[line_start..end]).into_owned());
    err
}

/// The encoding named by a coding cookie on line 1 or 2, as written.
fn find_cookie(body: &[u8]) -> Option<String> {
    let mut rest = body;
    for _ in 0..2 {
        let end = rest.iter().position(|&b| b == b'\n' || b == b'\r').map(|p| p + 1).unwrap_or(rest.len());
        let line = &rest[..end];
        match cookie_in_line(line) {
            CookieLine::Found(name) => return Some(name),
            CookieLine::Code => return None,
            CookieLine::Blank => {}
        }
        // Skip "\r\n" as one terminator.
        let mut next = end;
        if end > 0 && rest[end - 1] == b'\r' && rest.get(end) == Some(&b'\n') {
            next += 1;
        }
        if next >= rest.len() {
            break;
        }
        rest = &rest[next..];
    }
    None
}

enum CookieLine {
    Found(String),
    /// A comment or blank line without a cookie: keep looking.
    Blank,
    /// A line with code: stop looking.
    Code,
}

fn cookie_in_line(line: &[u8]) -> CookieLine {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if i >= line.len() || line[i] == b'\n' || line[i] == b'\r' {
        return CookieLine::Blank;
    }
    if line[i] != b'#' {
        return CookieLine::Code;
    }
    let text = &line[i..];
    let mut j = 0;
    while j + 6 < text.len() {
        if &text[j..j + 6] == b"coding" && matches!(text[j + 6], b':' | b'=') {
            let mut k = j + 7;
            while k < text.len() && matches!(text[k], b' ' | b'\t') {
                k += 1;
            }
            let start = k;
            while k < text.len() && (text[k].is_ascii_alphanumeric() || matches!(text[k], b'-' | b'_' | b'.')) {
                k += 1;
            }
            if k > start {
                return CookieLine::Found(String::from_utf8_lossy(&text[start..k]).into_owned());
            }
        }
        j += 1;
    }
    CookieLine::Blank
}

/// CPython's tokenizer normalization of the two encodings it knows itself.
fn normal_name(name: &str) -> String {
    let buf: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    let is = |base: &str| buf == base || buf.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".into()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        name.to_owned()
    }
}

/// Maps byte offsets of a source text to 1-based lines and 0-based byte
/// columns. Line terminators are `\n`, `\r\n` and `\r`, as for the tokenizer.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let b = src.as_bytes();
        let mut starts = vec![0u32];
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' => {
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// (1-based line, 0-based byte column) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.starts[line])
    }

    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    pub fn line_start(&self, line: u32) -> u32 {
        self.starts[(line.max(1) as usize - 1).min(self.starts.len() - 1)]
    }

    /// The text of a 1-based line with its terminator normalized to `\n`
    /// (no terminator on a last line that has none).
    pub fn line_text<'a>(&self, src: &'a str, line: u32) -> String {
        let idx = (line.max(1) as usize - 1).min(self.starts.len() - 1);
        let start = self.starts[idx] as usize;
        let end = self.starts.get(idx + 1).map(|&e| e as usize).unwrap_or(src.len());
        let raw = &src[start.min(src.len())..end.min(src.len())];
        let trimmed = raw.trim_end_matches(['\n', '\r']);
        if trimmed.len() != raw.len() {
            format!("{trimmed}\n")
        } else {
            trimmed.to_owned()
        }
    }
}

impl CompileError {
    /// An error without a location (printed as just `SyntaxError: msg`).
    pub(crate) fn bare(msg: String, filename: &str) -> CompileError {
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg,
            filename: filename.to_owned(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: 0,
            text: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies() {
        assert_eq!(decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "f").unwrap(), "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n");
        assert_eq!(decode_source(b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n", "f").unwrap().chars().last(), Some('\n'));
        assert!(decode_source(b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n", "f").unwrap().contains('\u{20ac}'));
        assert_eq!(decode_source(b"x = 1\n# coding: latin-1\n'\xe9'", "f").unwrap_err().line, 0);
        let e = decode_source(b"# coding: uft-8\n", "f").unwrap_err();
        assert_eq!(e.msg, "unknown encoding: uft-8");
        assert_eq!(e.format(), "SyntaxError: unknown encoding: uft-8\n");
        let e = decode_source(b"\xef\xbb\xbf#coding: utf8\nprint(1)\n", "f").unwrap_err();
        assert_eq!(e.msg, "encoding problem: utf8 with BOM");
        assert_eq!(decode_source(b"\xef\xbb\xbf#coding: utf-8\nx\n", "f").unwrap(), "#coding: utf-8\nx\n");
        assert_eq!(decode_source(b"# coding: ascii\nx\n", "f").unwrap(), "# coding: ascii\nx\n");
        assert!(decode_source(b"# coding: ascii\n'\xe9'\n", "f").is_err());
        let e = decode_source(b"x = 1\n# caf\xe9\n", "/tmp/u1.py").unwrap_err();
        assert_eq!(
            e.msg,
            "Non-UTF-8 code starting with '\\xe9' in file /tmp/u1.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        );
    }

    #[test]
    fn line_index() {
        let src = "ab\ncd\r\nef\rg";
        let li = LineIndex::new(src);
        assert_eq!(li.line_col(0), (1, 0));
        assert_eq!(li.line_col(4), (2, 1));
        assert_eq!(li.line_col(7), (3, 0));
        assert_eq!(li.line_col(10), (4, 0));
        assert_eq!(li.line_text(src, 2), "cd\n");
        assert_eq!(li.line_text(src, 4), "g");
    }
}
