//! The full report of an uncaught exception: the chain of causes and
//! contexts and, for exception groups, the nested boxes of CPython 3.11's
//! `traceback.TracebackException.format`:
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 1, in <module>
//!   | ExceptionGroup: msg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: 1
//!     +---------------- 2 ----------------
//!     | ...
//!     +------------------------------------
//! ```
//!
//! The per-exception pieces (frames, the final line, notes) come from
//! `traceback.rs`.

use super::traceback::{format_exception_only, format_tb};
use crate::object::exc_group::is_exception_group;
use crate::object::exceptions::as_exception;
use crate::object::tuple::tuple_slice;
use crate::object::{protocol, PyObject, PyRef};

const CAUSE_MESSAGE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct Ctx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    /// Append `text` with every line prefixed by the indentation and margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
    fn seen(&self, o: &PyObject) -> bool {
        self.seen.contains(&(o.as_ptr() as usize))
    }
    fn mark(&mut self, o: &PyObject) {
        self.seen.push(o.as_ptr() as usize);
    }
}

/// The frames of a traceback, without the heading line.
fn stack_lines(tb: &PyObject) -> String {
    let text = format_tb(tb);
    match text.find('\n') {
        Some(i) => text[i + 1..].to_string(),
        None => String::new(),
    }
}

fn format(exc: &PyObject, ctx: &mut Ctx, out: &mut String) {
    // The chain, outermost (this exception) first.
    ctx.mark(exc);
    let mut chain: Vec<(Option<&str>, PyRef)> = Vec::new();
    let mut cur = Some(exc.to_ref());
    while let Some(e) = cur {
        let mut next: Option<(&str, PyRef)> = None;
        if let Some(x) = as_exception(&e) {
            if let Some(cause) = x.cause() {
                if !ctx.seen(&cause) {
                    next = Some((CAUSE_MESSAGE, cause));
                }
            } else if let Some(c) = x.context() {
                if !x.suppress_context.get() && !ctx.seen(&c) {
                    next = Some((CONTEXT_MESSAGE, c));
                }
            }
        }
        chain.push((next.as_ref().map(|n| n.0), e));
        cur = next.map(|(_, c)| {
            ctx.mark(&c);
            c
        });
    }
    for (msg, e) in chain.iter().rev() {
        if let Some(m) = msg {
            ctx.emit(out, m, '|');
        }
        let tb = as_exception(e).and_then(|x| x.traceback());
        if !is_exception_group(e) {
            if let Some(tb) = &tb {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &stack_lines(tb), '|');
            }
            ctx.emit(out, &format_exception_only(e), '|');
            continue;
        }
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH), '|');
            continue;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if let Some(tb) = &tb {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            ctx.emit(out, &stack_lines(tb), '|');
        }
        ctx.emit(out, &format_exception_only(e), '|');
        let excs: Vec<PyRef> = protocol::getattr_opt(e, crate::name!("exceptions"))
            .ok()
            .flatten()
            .and_then(|t| tuple_slice(&t).map(|s| s.to_vec()))
            .unwrap_or_default();
        let n = if excs.len() <= MAX_GROUP_WIDTH { excs.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {} ----------------\n", title));
            ctx.depth += 1;
            if !truncated {
                format(&excs[i], ctx, out);
            } else {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                ctx.emit(out, &format!("and {} more exception{}\n", remaining, if remaining > 1 { "s" } else { "" }), '|');
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}

/// The full report for an exception, with its causes and contexts first.
pub fn format_exception(exc: &PyObject) -> String {
    let mut ctx = Ctx { seen: Vec::new(), depth: 0, need_close: false };
    let mut out = String::new();
    format(exc, &mut ctx, &mut out);
    out
}
