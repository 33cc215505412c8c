//! The matcher: CPython's `SRE(match)` / `SRE(search)` / `SRE(count)`
//! (`Modules/_sre/sre_lib.h`) over a subject of `u8` (bytes, ASCII str) or
//! `u32` (any other str) code units, with the same semantics.
//!
//! No Rust recursion on backtracking: every point where CPython's matcher
//! "calls itself" (`DO_JUMP`) pushes the current context on `State::ctxs`
//! and starts a child context; when the child returns, the parent resumes
//! at the continuation named by the child's `Jump` (`resume`). Saved marks
//! and repeat pointers go on a separate data stack, in the same LIFO order
//! as CPython's. The only Rust recursion left is `count` running a
//! single-character item through the matcher, bounded by the nesting of
//! the code itself.

use super::charset::{
    char_loc_ignore, in_category, in_charset, in_charset_loc_ignore, is_ascii_word, is_linebreak, is_loc_word,
    is_uni_word, lower_ascii, lower_locale, lower_unicode,
};
use super::constants::{at, info, op, MAXREPEAT};
use crate::object::exceptions::{runtime_error, system_error};
use crate::object::PyResult;

/// A code unit of the subject.
pub trait SreChar: Copy {
    fn code(self) -> u32;
}

impl SreChar for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

impl SreChar for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
}

/// An unset mark / repeat pointer (CPython's NULL).
pub const NONE: usize = usize::MAX;

/// A repeat context (`SRE_REPEAT`), created by REPEAT.
#[derive(Clone, Copy)]
struct Repeat {
    count: isize,
    /// Index of the REPEAT's skip word: `[pc+1]` min, `[pc+2]` max, the body at `pc+3`.
    pc: usize,
    prev: usize,
    last_ptr: usize,
}

/// Where a parent context resumes when its child returns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One matcher context (`SRE(match_context)`).
#[derive(Clone, Copy)]
struct Ctx {
    pc: usize,
    ptr: usize,
    count: isize,
    /// The literal of REPEAT_ONE's fast path, or the repeat index of an UNTIL.
    u: usize,
    lastmark: isize,
    lastindex: isize,
    toplevel: bool,
    jump: Jump,
}

impl Ctx {
    fn new(pc: usize, ptr: usize, toplevel: bool, jump: Jump) -> Ctx {
        Ctx { pc, ptr, count: 0, u: 0, lastmark: -1, lastindex: -1, toplevel, jump }
    }
}

enum Flow {
    /// Run a child context at `pc`; the current context resumes at `jump`.
    Call { pc: usize, toplevel: bool, jump: Jump },
    /// The current context returns.
    Ret(bool),
    /// Continue dispatching the current context.
    Dispatch,
}

/// The matching state (`SRE_STATE`). Positions are indexes into the
/// whole subject (CPython's `beginning` is 0).
pub struct State {
    /// Where the current attempt starts (the match start after success).
    pub start: usize,
    pub end: usize,
    pub pos: usize,
    pub endpos: usize,
    /// Current position (the match end after success).
    pub ptr: usize,
    pub marks: Vec<usize>,
    pub lastmark: isize,
    pub lastindex: isize,
    pub match_all: bool,
    pub must_advance: bool,
    repeat: usize,
    repeats: Vec<Repeat>,
    data: Vec<usize>,
    ctxs: Vec<Ctx>,
    sigcount: u32,
}

impl State {
    /// A state over a subject of `len` units, `pos`/`endpos` clamped as
    /// CPython's `state_init` does.
    pub fn new(len: usize, pos: isize, endpos: isize, groups: usize) -> State {
        let clamp = |v: isize| if v < 0 { 0 } else { (v as usize).min(len) };
        let (start, end) = (clamp(pos), clamp(endpos));
        State {
            start,
            end,
            pos: start,
            endpos: end,
            ptr: start,
            marks: vec![NONE; 2 * groups + 2],
            lastmark: -1,
            lastindex: -1,
            match_all: false,
            must_advance: false,
            repeat: NONE,
            repeats: Vec::new(),
            data: Vec::new(),
            ctxs: Vec::new(),
            sigcount: 0,
        }
    }

    /// `state_reset`: forget the marks and the stacks.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = NONE;
        self.repeats.clear();
        self.data.clear();
        self.ctxs.clear();
    }

    fn reset_capture(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
    }

    /// The span of group `g` (1-based) after a successful match, if it
    /// took part. A start after the end is CPython's SystemError (the
    /// engine can produce one with possessive repeats, as CPython's does).
    pub fn group_span(&self, g: usize) -> PyResult<Option<(usize, usize)>> {
        let j = 2 * (g - 1);
        if (j as isize + 1) <= self.lastmark && self.marks[j] != NONE && self.marks[j + 1] != NONE {
            let (a, b) = (self.marks[j], self.marks[j + 1]);
            if a > b {
                return Err(system_error(
                    "The span of capturing group is wrong, please report a bug for the re module.",
                ));
            }
            Ok(Some((a, b)))
        } else {
            Ok(None)
        }
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            self.data.extend_from_slice(&self.marks[..=lastmark as usize]);
        }
    }

    /// Restore the marks saved by `mark_push`, dropping them from the stack unless `keep`.
    fn mark_pop(&mut self, lastmark: isize, keep: bool) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let at = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[at..]);
            if !keep {
                self.data.truncate(at);
            }
        }
    }

    fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.truncate(self.data.len() - n);
        }
    }

    #[inline]
    fn save_lastmark(&self, ctx: &mut Ctx) {
        ctx.lastmark = self.lastmark;
        ctx.lastindex = self.lastindex;
    }

    #[inline]
    fn restore_lastmark(&mut self, ctx: &Ctx) {
        self.lastmark = ctx.lastmark;
        self.lastindex = ctx.lastindex;
    }

    /// The span of the group whose marks are `j` and `j + 1`, if set.
    #[inline]
    fn ref_span(&self, group: u32) -> Option<(usize, usize)> {
        let j = 2 * group as usize;
        if j as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (self.marks[j], self.marks[j + 1]);
        (p != NONE && e != NONE && e >= p).then_some((p, e))
    }

    #[inline]
    fn poll(&mut self) -> PyResult<()> {
        self.sigcount = self.sigcount.wrapping_add(1);
        if self.sigcount & 0xfff == 0 {
            crate::runtime::signals::check_interrupt()?;
        }
        Ok(())
    }
}

fn internal_error() -> crate::object::exceptions::PyErr {
    runtime_error("internal error in regular expression engine")
}

/// `SRE(at)`.
fn at<C: SreChar>(st: &State, s: &[C], ptr: usize, code: u32) -> bool {
    let end = st.end;
    let word_around = |f: fn(u32) -> bool| {
        let before = ptr > 0 && f(s[ptr - 1].code());
        let here = ptr < end && f(s[ptr].code());
        (before, here)
    };
    match code {
        at::BEGINNING | at::BEGINNING_STRING => ptr == 0,
        at::BEGINNING_LINE => ptr == 0 || is_linebreak(s[ptr - 1].code()),
        at::END => (ptr + 1 == end && is_linebreak(s[ptr].code())) || ptr == end,
        at::END_LINE => ptr == end || is_linebreak(s[ptr].code()),
        at::END_STRING => ptr == end,
        at::BOUNDARY | at::NON_BOUNDARY | at::LOC_BOUNDARY | at::LOC_NON_BOUNDARY | at::UNI_BOUNDARY
        | at::UNI_NON_BOUNDARY => {
            if end == 0 {
                return false;
            }
            let f: fn(u32) -> bool = match code {
                at::BOUNDARY | at::NON_BOUNDARY => is_ascii_word,
                at::LOC_BOUNDARY | at::LOC_NON_BOUNDARY => is_loc_word,
                _ => is_uni_word,
            };
            let (before, here) = word_around(f);
            if matches!(code, at::BOUNDARY | at::LOC_BOUNDARY | at::UNI_BOUNDARY) {
                before != here
            } else {
                before == here
            }
        }
        _ => false,
    }
}

/// Whether the single-character op at `code[pc]` matches `ch` (None: not
/// a single-character op).
#[inline]
fn match_char(code: &[u32], pc: usize, ch: u32) -> Option<bool> {
    let arg = code.get(pc + 1).copied().unwrap_or(0);
    Some(match code[pc] {
        op::LITERAL => ch == arg,
        op::NOT_LITERAL => ch != arg,
        op::LITERAL_IGNORE => lower_ascii(ch) == arg,
        op::NOT_LITERAL_IGNORE => lower_ascii(ch) != arg,
        op::LITERAL_UNI_IGNORE => lower_unicode(ch) == arg,
        op::NOT_LITERAL_UNI_IGNORE => lower_unicode(ch) != arg,
        op::LITERAL_LOC_IGNORE => char_loc_ignore(arg, ch),
        op::NOT_LITERAL_LOC_IGNORE => !char_loc_ignore(arg, ch),
        op::ANY => !is_linebreak(ch),
        op::ANY_ALL => true,
        op::CATEGORY => in_category(arg, ch),
        op::IN => in_charset(code, pc + 2, ch),
        op::IN_IGNORE => in_charset(code, pc + 2, lower_ascii(ch)),
        op::IN_UNI_IGNORE => in_charset(code, pc + 2, lower_unicode(ch)),
        op::IN_LOC_IGNORE => in_charset_loc_ignore(code, pc + 2, ch),
        _ => return None,
    })
}

/// Length in words of the single-character op at `code[pc]`.
fn char_op_len(code: &[u32], pc: usize) -> usize {
    match code[pc] {
        op::ANY | op::ANY_ALL => 1,
        op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => 1 + code[pc + 1] as usize,
        _ => 2,
    }
}

/// `SRE(count)`: how many times (at most `maxcount`) the single-character
/// item at `code[pc]` matches from `st.ptr`.
fn count<C: SreChar>(st: &mut State, s: &[C], code: &[u32], pc: usize, maxcount: u32) -> PyResult<usize> {
    let start = st.ptr;
    let mut end = st.end;
    if maxcount != MAXREPEAT && (maxcount as usize) < end - start {
        end = start + maxcount as usize;
    }
    let mut p = start;
    macro_rules! scan {
        ($cond:expr) => {
            while p < end && $cond(s[p].code()) {
                p += 1;
            }
        };
    }
    let arg = code.get(pc + 1).copied().unwrap_or(0);
    match code[pc] {
        op::IN => scan!(|c| in_charset(code, pc + 2, c)),
        op::ANY => scan!(|c| !is_linebreak(c)),
        op::ANY_ALL => p = end,
        op::LITERAL => scan!(|c| c == arg),
        op::LITERAL_IGNORE => scan!(|c| lower_ascii(c) == arg),
        op::LITERAL_UNI_IGNORE => scan!(|c| lower_unicode(c) == arg),
        op::LITERAL_LOC_IGNORE => scan!(|c| char_loc_ignore(arg, c)),
        op::NOT_LITERAL => scan!(|c| c != arg),
        op::NOT_LITERAL_IGNORE => scan!(|c| lower_ascii(c) != arg),
        op::NOT_LITERAL_UNI_IGNORE => scan!(|c| lower_unicode(c) != arg),
        op::NOT_LITERAL_LOC_IGNORE => scan!(|c| !char_loc_ignore(arg, c)),
        _ => {
            // Another single-character op followed by SUCCESS: test it
            // directly; anything else goes through the matcher.
            let simple = matches!(
                code[pc],
                op::CATEGORY | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE
            ) && code.get(pc + char_op_len(code, pc)) == Some(&op::SUCCESS);
            if simple {
                while p < end && match_char(code, pc, s[p].code()) == Some(true) {
                    p += 1;
                }
                return Ok(p - start);
            }
            while st.ptr < end {
                let before = st.ptr;
                if !sre_match(st, s, code, pc, false)? || st.ptr <= before {
                    break;
                }
            }
            return Ok(st.ptr.max(start) - start);
        }
    }
    Ok(p - start)
}

/// `SRE(match)`: match the code at `pc` from `st.ptr`. On success `st.ptr`
/// is the end of the match.
pub fn sre_match<C: SreChar>(st: &mut State, s: &[C], code: &[u32], pc: usize, toplevel: bool) -> PyResult<bool> {
    let base = st.ctxs.len();
    let mut ctx = Ctx::new(pc, st.ptr, toplevel, Jump::None);
    let mut flow = enter(st, code, &mut ctx);
    loop {
        flow = match flow {
            Flow::Dispatch => dispatch(st, s, code, &mut ctx)?,
            Flow::Call { pc, toplevel, jump } => {
                st.ctxs.push(ctx);
                ctx = Ctx::new(pc, st.ptr, toplevel, jump);
                enter(st, code, &mut ctx)
            }
            Flow::Ret(r) => {
                if st.ctxs.len() <= base {
                    return Ok(r);
                }
                let jump = ctx.jump;
                ctx = st.ctxs.pop().ok_or_else(internal_error)?;
                resume(st, s, code, &mut ctx, jump, r)?
            }
        };
    }
}

/// A context's entrance: the INFO block's minimum-length check.
fn enter(st: &State, code: &[u32], ctx: &mut Ctx) -> Flow {
    if code[ctx.pc] == op::INFO {
        let min = code[ctx.pc + 3] as usize;
        if min != 0 && st.end.saturating_sub(ctx.ptr) < min {
            return Flow::Ret(false);
        }
        ctx.pc += code[ctx.pc + 1] as usize + 1;
    }
    Flow::Dispatch
}

/// Run ops of `ctx` until it calls a child or returns.
fn dispatch<C: SreChar>(st: &mut State, s: &[C], code: &[u32], ctx: &mut Ctx) -> PyResult<Flow> {
    let end = st.end;
    let mut pc = ctx.pc;
    let mut ptr = ctx.ptr;
    macro_rules! fail {
        () => {
            return Ok(Flow::Ret(false))
        };
    }
    macro_rules! call {
        ($target:expr, $top:expr, $jump:expr) => {{
            ctx.pc = pc;
            ctx.ptr = ptr;
            return Ok(Flow::Call { pc: $target, toplevel: $top, jump: $jump });
        }};
    }
    macro_rules! char_op {
        ($test:expr) => {{
            if ptr >= end || !$test(s[ptr].code()) {
                fail!();
            }
            ptr += 1;
        }};
    }
    loop {
        st.poll()?;
        let o = code[pc];
        pc += 1;
        match o {
            op::MARK => {
                let i = code[pc] as usize;
                if i & 1 != 0 {
                    st.lastindex = (i / 2 + 1) as isize;
                }
                if i as isize > st.lastmark {
                    for j in (st.lastmark + 1) as usize..i {
                        st.marks[j] = NONE;
                    }
                    st.lastmark = i as isize;
                }
                st.marks[i] = ptr;
                pc += 1;
            }
            op::LITERAL => {
                let a = code[pc];
                char_op!(|c| c == a);
                pc += 1;
            }
            op::NOT_LITERAL => {
                let a = code[pc];
                char_op!(|c| c != a);
                pc += 1;
            }
            op::SUCCESS => {
                if ctx.toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start)) {
                    fail!();
                }
                st.ptr = ptr;
                return Ok(Flow::Ret(true));
            }
            op::AT => {
                if !at(st, s, ptr, code[pc]) {
                    fail!();
                }
                pc += 1;
            }
            op::CATEGORY => {
                let a = code[pc];
                char_op!(|c| in_category(a, c));
                pc += 1;
            }
            op::ANY => char_op!(|c| !is_linebreak(c)),
            op::ANY_ALL => char_op!(|_c| true),
            op::IN => {
                char_op!(|c| in_charset(code, pc + 1, c));
                pc += code[pc] as usize;
            }
            op::LITERAL_IGNORE => {
                let a = code[pc];
                char_op!(|c| lower_ascii(c) == a);
                pc += 1;
            }
            op::LITERAL_UNI_IGNORE => {
                let a = code[pc];
                char_op!(|c| lower_unicode(c) == a);
                pc += 1;
            }
            op::LITERAL_LOC_IGNORE => {
                let a = code[pc];
                char_op!(|c| char_loc_ignore(a, c));
                pc += 1;
            }
            op::NOT_LITERAL_IGNORE => {
                let a = code[pc];
                char_op!(|c| lower_ascii(c) != a);
                pc += 1;
            }
            op::NOT_LITERAL_UNI_IGNORE => {
                let a = code[pc];
                char_op!(|c| lower_unicode(c) != a);
                pc += 1;
            }
            op::NOT_LITERAL_LOC_IGNORE => {
                let a = code[pc];
                char_op!(|c| !char_loc_ignore(a, c));
                pc += 1;
            }
            op::IN_IGNORE => {
                char_op!(|c| in_charset(code, pc + 1, lower_ascii(c)));
                pc += code[pc] as usize;
            }
            op::IN_UNI_IGNORE => {
                char_op!(|c| in_charset(code, pc + 1, lower_unicode(c)));
                pc += code[pc] as usize;
            }
            op::IN_LOC_IGNORE => {
                char_op!(|c| in_charset_loc_ignore(code, pc + 1, c));
                pc += code[pc] as usize;
            }
            op::JUMP | op::INFO => {
                pc += code[pc] as usize;
            }
            op::BRANCH => {
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                st.save_lastmark(ctx);
                if st.repeat != NONE {
                    st.mark_push(ctx.lastmark);
                }
                ctx.pc = pc;
                ctx.ptr = ptr;
                return Ok(branch_next(st, s, code, ctx));
            }
            op::REPEAT_ONE => {
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                let (skip, min, max) = (code[pc] as usize, code[pc + 1] as usize, code[pc + 2]);
                if min > end - ptr {
                    fail!();
                }
                st.ptr = ptr;
                let n = count(st, s, code, pc + 3, max)?;
                ctx.count = n as isize;
                ptr += n;
                if n < min {
                    fail!();
                }
                let next = code[pc + skip];
                if next == op::SUCCESS && ptr == end && !(ctx.toplevel && st.must_advance && ptr == st.start) {
                    st.ptr = ptr;
                    return Ok(Flow::Ret(true));
                }
                st.save_lastmark(ctx);
                if st.repeat != NONE {
                    st.mark_push(ctx.lastmark);
                }
                ctx.pc = pc;
                ctx.ptr = ptr;
                if next == op::LITERAL {
                    ctx.u = code[pc + skip + 1] as usize;
                    return Ok(repeat_one_literal_next(st, s, code, ctx));
                }
                return Ok(repeat_one_next(st, code, ctx));
            }
            op::MIN_REPEAT_ONE => {
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                let (skip, min) = (code[pc] as usize, code[pc + 1] as usize);
                if min > end - ptr {
                    fail!();
                }
                st.ptr = ptr;
                if min == 0 {
                    ctx.count = 0;
                } else {
                    let n = count(st, s, code, pc + 3, min as u32)?;
                    if n < min {
                        fail!();
                    }
                    ctx.count = n as isize;
                    ptr += n;
                }
                if code[pc + skip] == op::SUCCESS
                    && !(ctx.toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start)))
                {
                    st.ptr = ptr;
                    return Ok(Flow::Ret(true));
                }
                st.save_lastmark(ctx);
                if st.repeat != NONE {
                    st.mark_push(ctx.lastmark);
                }
                ctx.pc = pc;
                ctx.ptr = ptr;
                return min_repeat_one_next(st, code, ctx);
            }
            op::POSSESSIVE_REPEAT_ONE => {
                let (skip, min, max) = (code[pc] as usize, code[pc + 1] as usize, code[pc + 2]);
                if min > end - ptr {
                    fail!();
                }
                st.ptr = ptr;
                let n = count(st, s, code, pc + 3, max)?;
                ptr += n;
                if n < min {
                    fail!();
                }
                pc += skip;
                if code[pc] == op::SUCCESS && ptr == end && !(ctx.toplevel && st.must_advance && ptr == st.start) {
                    st.ptr = ptr;
                    return Ok(Flow::Ret(true));
                }
            }
            op::REPEAT => {
                // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
                let idx = st.repeats.len();
                st.repeats.push(Repeat { count: -1, pc, prev: st.repeat, last_ptr: NONE });
                st.repeat = idx;
                ctx.u = idx;
                st.ptr = ptr;
                let target = pc + code[pc] as usize;
                call!(target, ctx.toplevel, Jump::Repeat);
            }
            op::MAX_UNTIL => {
                if st.repeat == NONE {
                    return Err(internal_error());
                }
                let ri = st.repeat;
                ctx.u = ri;
                st.ptr = ptr;
                let rep = st.repeats[ri];
                ctx.count = rep.count + 1;
                let (min, max) = (code[rep.pc + 1], code[rep.pc + 2]);
                if ctx.count < min as isize {
                    st.repeats[ri].count = ctx.count;
                    call!(rep.pc + 3, ctx.toplevel, Jump::MaxUntil1);
                }
                if (ctx.count < max as isize || max == MAXREPEAT) && st.ptr != rep.last_ptr {
                    st.repeats[ri].count = ctx.count;
                    st.save_lastmark(ctx);
                    st.mark_push(ctx.lastmark);
                    st.data.push(rep.last_ptr);
                    st.repeats[ri].last_ptr = st.ptr;
                    call!(rep.pc + 3, ctx.toplevel, Jump::MaxUntil2);
                }
                st.repeat = rep.prev;
                call!(pc, ctx.toplevel, Jump::MaxUntil3);
            }
            op::MIN_UNTIL => {
                if st.repeat == NONE {
                    return Err(internal_error());
                }
                let ri = st.repeat;
                ctx.u = ri;
                st.ptr = ptr;
                let rep = st.repeats[ri];
                ctx.count = rep.count + 1;
                if ctx.count < code[rep.pc + 1] as isize {
                    st.repeats[ri].count = ctx.count;
                    call!(rep.pc + 3, ctx.toplevel, Jump::MinUntil1);
                }
                st.repeat = rep.prev;
                st.save_lastmark(ctx);
                if st.repeat != NONE {
                    st.mark_push(ctx.lastmark);
                }
                call!(pc, ctx.toplevel, Jump::MinUntil2);
            }
            op::POSSESSIVE_REPEAT => {
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                st.ptr = ptr;
                ctx.count = 0;
                ctx.pc = pc;
                ctx.ptr = ptr;
                return Ok(poss_repeat_min(st, code, ctx));
            }
            op::ATOMIC_GROUP => {
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                st.ptr = ptr;
                call!(pc + 1, false, Jump::AtomicGroup);
            }
            op::GROUPREF | op::GROUPREF_IGNORE | op::GROUPREF_UNI_IGNORE | op::GROUPREF_LOC_IGNORE => {
                let Some((mut p, e)) = st.ref_span(code[pc]) else { fail!() };
                let fold: fn(u32) -> u32 = match o {
                    op::GROUPREF => |c| c,
                    op::GROUPREF_IGNORE => lower_ascii,
                    op::GROUPREF_UNI_IGNORE => lower_unicode,
                    _ => lower_locale,
                };
                while p < e {
                    if ptr >= end || fold(s[ptr].code()) != fold(s[p].code()) {
                        fail!();
                    }
                    p += 1;
                    ptr += 1;
                }
                pc += 1;
            }
            op::GROUPREF_EXISTS => {
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                if st.ref_span(code[pc]).is_none() {
                    pc += code[pc + 1] as usize;
                } else {
                    pc += 2;
                }
            }
            op::ASSERT => {
                // <ASSERT> <skip> <back> <pattern>
                let back = code[pc + 1] as usize;
                if ptr < back {
                    fail!();
                }
                st.ptr = ptr - back;
                call!(pc + 2, false, Jump::Assert);
            }
            op::ASSERT_NOT => {
                let back = code[pc + 1] as usize;
                if ptr >= back {
                    st.ptr = ptr - back;
                    st.save_lastmark(ctx);
                    if st.repeat != NONE {
                        st.mark_push(ctx.lastmark);
                    }
                    call!(pc + 2, false, Jump::AssertNot);
                }
                pc += code[pc] as usize;
            }
            op::FAILURE => fail!(),
            _ => return Err(internal_error()),
        }
    }
}

/// BRANCH: try the alternative at `ctx.pc` and the following ones.
fn branch_next<C: SreChar>(st: &mut State, s: &[C], code: &[u32], ctx: &mut Ctx) -> Flow {
    let ptr = ctx.ptr;
    loop {
        let pc = ctx.pc;
        if code[pc] == 0 {
            if st.repeat != NONE {
                st.mark_discard(ctx.lastmark);
            }
            return Flow::Ret(false);
        }
        let quick_reject = match code[pc + 1] {
            op::LITERAL => ptr >= st.end || s[ptr].code() != code[pc + 2],
            op::IN => ptr >= st.end || !in_charset(code, pc + 3, s[ptr].code()),
            _ => false,
        };
        if quick_reject {
            ctx.pc += code[pc] as usize;
            continue;
        }
        st.ptr = ptr;
        return Flow::Call { pc: pc + 1, toplevel: ctx.toplevel, jump: Jump::Branch };
    }
}

/// REPEAT_ONE whose tail starts with a literal: back off to positions
/// where that literal follows.
fn repeat_one_literal_next<C: SreChar>(st: &mut State, s: &[C], code: &[u32], ctx: &mut Ctx) -> Flow {
    let min = code[ctx.pc + 1] as isize;
    let chr = ctx.u as u32;
    while ctx.count >= min && (ctx.ptr >= st.end || s[ctx.ptr].code() != chr) {
        ctx.ptr = ctx.ptr.wrapping_sub(1);
        ctx.count -= 1;
    }
    if ctx.count < min {
        if st.repeat != NONE {
            st.mark_discard(ctx.lastmark);
        }
        return Flow::Ret(false);
    }
    st.ptr = ctx.ptr;
    Flow::Call { pc: ctx.pc + code[ctx.pc] as usize, toplevel: ctx.toplevel, jump: Jump::RepeatOne1 }
}

/// REPEAT_ONE, general tail.
fn repeat_one_next(st: &mut State, code: &[u32], ctx: &mut Ctx) -> Flow {
    let min = code[ctx.pc + 1] as isize;
    if ctx.count < min {
        if st.repeat != NONE {
            st.mark_discard(ctx.lastmark);
        }
        return Flow::Ret(false);
    }
    st.ptr = ctx.ptr;
    Flow::Call { pc: ctx.pc + code[ctx.pc] as usize, toplevel: ctx.toplevel, jump: Jump::RepeatOne2 }
}

/// MIN_REPEAT_ONE: try the tail at the current count.
fn min_repeat_one_next(st: &mut State, code: &[u32], ctx: &mut Ctx) -> PyResult<Flow> {
    let max = code[ctx.pc + 2];
    if max == MAXREPEAT || ctx.count <= max as isize {
        st.ptr = ctx.ptr;
        return Ok(Flow::Call { pc: ctx.pc + code[ctx.pc] as usize, toplevel: ctx.toplevel, jump: Jump::MinRepeatOne });
    }
    if st.repeat != NONE {
        st.mark_discard(ctx.lastmark);
    }
    Ok(Flow::Ret(false))
}

/// POSSESSIVE_REPEAT: the first `min` iterations.
fn poss_repeat_min(st: &mut State, code: &[u32], ctx: &mut Ctx) -> Flow {
    if ctx.count < code[ctx.pc + 1] as isize {
        return Flow::Call { pc: ctx.pc + 3, toplevel: false, jump: Jump::PossRepeat1 };
    }
    // Clear the saved position so that the first extra iteration runs.
    ctx.ptr = NONE;
    poss_repeat_more(st, code, ctx)
}

/// POSSESSIVE_REPEAT: further iterations while they match and advance.
fn poss_repeat_more(st: &mut State, code: &[u32], ctx: &mut Ctx) -> Flow {
    let max = code[ctx.pc + 2];
    if (ctx.count < max as isize || max == MAXREPEAT) && st.ptr != ctx.ptr {
        st.save_lastmark(ctx);
        st.mark_push(ctx.lastmark);
        ctx.ptr = st.ptr;
        return Flow::Call { pc: ctx.pc + 3, toplevel: false, jump: Jump::PossRepeat2 };
    }
    poss_repeat_tail(st, code, ctx)
}

fn poss_repeat_tail(st: &mut State, code: &[u32], ctx: &mut Ctx) -> Flow {
    ctx.pc += code[ctx.pc] as usize + 1;
    ctx.ptr = st.ptr;
    Flow::Dispatch
}

/// The continuation of `ctx` after its child (which was called with
/// `jump`) returned `ret`.
fn resume<C: SreChar>(st: &mut State, s: &[C], code: &[u32], ctx: &mut Ctx, jump: Jump, ret: bool) -> PyResult<Flow> {
    Ok(match jump {
        Jump::None => return Err(internal_error()),
        Jump::Branch => {
            if ret {
                if st.repeat != NONE {
                    st.mark_discard(ctx.lastmark);
                }
                return Ok(Flow::Ret(true));
            }
            if st.repeat != NONE {
                st.mark_pop(ctx.lastmark, true);
            }
            st.restore_lastmark(ctx);
            ctx.pc += code[ctx.pc] as usize;
            branch_next(st, s, code, ctx)
        }
        Jump::RepeatOne1 | Jump::RepeatOne2 => {
            if ret {
                if st.repeat != NONE {
                    st.mark_discard(ctx.lastmark);
                }
                return Ok(Flow::Ret(true));
            }
            if st.repeat != NONE {
                st.mark_pop(ctx.lastmark, true);
            }
            st.restore_lastmark(ctx);
            ctx.ptr = ctx.ptr.wrapping_sub(1);
            ctx.count -= 1;
            if jump == Jump::RepeatOne1 {
                repeat_one_literal_next(st, s, code, ctx)
            } else {
                repeat_one_next(st, code, ctx)
            }
        }
        Jump::MinRepeatOne => {
            if ret {
                if st.repeat != NONE {
                    st.mark_discard(ctx.lastmark);
                }
                return Ok(Flow::Ret(true));
            }
            if st.repeat != NONE {
                st.mark_pop(ctx.lastmark, true);
            }
            st.restore_lastmark(ctx);
            st.ptr = ctx.ptr;
            let n = count(st, s, code, ctx.pc + 3, 1)?;
            if n == 0 {
                if st.repeat != NONE {
                    st.mark_discard(ctx.lastmark);
                }
                return Ok(Flow::Ret(false));
            }
            ctx.ptr += 1;
            ctx.count += 1;
            min_repeat_one_next(st, code, ctx)?
        }
        Jump::Repeat => {
            let ri = ctx.u;
            st.repeat = st.repeats[ri].prev;
            st.repeats.truncate(ri);
            Flow::Ret(ret)
        }
        Jump::MaxUntil1 | Jump::MinUntil1 => {
            if ret {
                return Ok(Flow::Ret(true));
            }
            st.repeats[ctx.u].count = ctx.count - 1;
            st.ptr = ctx.ptr;
            Flow::Ret(false)
        }
        Jump::MaxUntil2 => {
            let ri = ctx.u;
            st.repeats[ri].last_ptr = st.data.pop().ok_or_else(internal_error)?;
            if ret {
                st.mark_discard(ctx.lastmark);
                return Ok(Flow::Ret(true));
            }
            st.mark_pop(ctx.lastmark, false);
            st.restore_lastmark(ctx);
            st.repeats[ri].count = ctx.count - 1;
            st.ptr = ctx.ptr;
            // Cannot match more repeated items here: make sure the tail matches.
            st.repeat = st.repeats[ri].prev;
            Flow::Call { pc: ctx.pc, toplevel: ctx.toplevel, jump: Jump::MaxUntil3 }
        }
        Jump::MaxUntil3 => {
            st.repeat = ctx.u;
            if ret {
                return Ok(Flow::Ret(true));
            }
            st.ptr = ctx.ptr;
            Flow::Ret(false)
        }
        Jump::MinUntil2 => {
            let ri = ctx.u;
            let repeat_of_tail = st.repeat;
            st.repeat = ri;
            if ret {
                if repeat_of_tail != NONE {
                    st.mark_discard(ctx.lastmark);
                }
                return Ok(Flow::Ret(true));
            }
            if repeat_of_tail != NONE {
                st.mark_pop(ctx.lastmark, false);
            }
            st.restore_lastmark(ctx);
            st.ptr = ctx.ptr;
            let rep = st.repeats[ri];
            let max = code[rep.pc + 2];
            if (ctx.count >= max as isize && max != MAXREPEAT) || st.ptr == rep.last_ptr {
                return Ok(Flow::Ret(false));
            }
            st.repeats[ri].count = ctx.count;
            st.data.push(rep.last_ptr);
            st.repeats[ri].last_ptr = st.ptr;
            Flow::Call { pc: rep.pc + 3, toplevel: ctx.toplevel, jump: Jump::MinUntil3 }
        }
        Jump::MinUntil3 => {
            let ri = ctx.u;
            st.repeats[ri].last_ptr = st.data.pop().ok_or_else(internal_error)?;
            if ret {
                return Ok(Flow::Ret(true));
            }
            st.repeats[ri].count = ctx.count - 1;
            st.ptr = ctx.ptr;
            Flow::Ret(false)
        }
        Jump::PossRepeat1 => {
            if !ret {
                st.ptr = ctx.ptr;
                return Ok(Flow::Ret(false));
            }
            ctx.count += 1;
            poss_repeat_min(st, code, ctx)
        }
        Jump::PossRepeat2 => {
            if ret {
                st.mark_discard(ctx.lastmark);
                ctx.count += 1;
                poss_repeat_more(st, code, ctx)
            } else {
                st.mark_pop(ctx.lastmark, false);
                st.restore_lastmark(ctx);
                st.ptr = ctx.ptr;
                poss_repeat_tail(st, code, ctx)
            }
        }
        Jump::AtomicGroup => {
            if !ret {
                st.ptr = ctx.ptr;
                return Ok(Flow::Ret(false));
            }
            ctx.pc += code[ctx.pc] as usize;
            ctx.ptr = st.ptr;
            Flow::Dispatch
        }
        Jump::Assert => {
            if !ret {
                return Ok(Flow::Ret(false));
            }
            ctx.pc += code[ctx.pc] as usize;
            Flow::Dispatch
        }
        Jump::AssertNot => {
            if ret {
                if st.repeat != NONE {
                    st.mark_discard(ctx.lastmark);
                }
                return Ok(Flow::Ret(false));
            }
            if st.repeat != NONE {
                st.mark_pop(ctx.lastmark, false);
            }
            st.restore_lastmark(ctx);
            ctx.pc += code[ctx.pc] as usize;
            Flow::Dispatch
        }
    })
}

/// `SRE(search)`: find the first match at or after `st.start`. On success
/// `st.start..st.ptr` is the match.
pub fn search<C: SreChar>(st: &mut State, s: &[C], code: &[u32]) -> PyResult<bool> {
    let mut ptr = st.start;
    let mut end = st.end;
    if ptr > end {
        return Ok(false);
    }
    let mut pc = 0;
    let mut flags = 0;
    let (mut prefix_len, mut prefix_skip, mut prefix_at, mut overlap_at) = (0usize, 0usize, 0usize, 0usize);
    let mut charset_at = None;
    if code[0] == op::INFO {
        // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
        flags = code[2];
        let min = code[3] as usize;
        if min != 0 && end - ptr < min {
            return Ok(false);
        }
        if min > 1 {
            end -= min - 1;
            if end <= ptr {
                end = ptr;
            }
        }
        if flags & info::PREFIX != 0 {
            prefix_len = code[5] as usize;
            prefix_skip = code[6] as usize;
            prefix_at = 7;
            overlap_at = (7 + prefix_len).wrapping_sub(1);
        } else if flags & info::CHARSET != 0 {
            charset_at = Some(5);
        }
        pc = 1 + code[1] as usize;
        if pc + 2 * prefix_skip >= code.len() {
            return Err(internal_error());
        }
    }

    if prefix_len == 1 {
        let c = code[prefix_at];
        end = st.end;
        st.must_advance = false;
        while ptr < end {
            while s[ptr].code() != c {
                ptr += 1;
                if ptr >= end {
                    return Ok(false);
                }
            }
            st.start = ptr;
            st.ptr = ptr + prefix_skip;
            if flags & info::LITERAL != 0 {
                return Ok(true);
            }
            if sre_match(st, s, code, pc + 2 * prefix_skip, false)? {
                return Ok(true);
            }
            ptr += 1;
            st.reset_capture();
        }
        return Ok(false);
    }

    if prefix_len > 1 {
        end = st.end;
        if prefix_len > end - ptr {
            return Ok(false);
        }
        while ptr < end {
            let c = code[prefix_at];
            loop {
                let x = s[ptr].code();
                ptr += 1;
                if x == c {
                    break;
                }
                if ptr >= end {
                    return Ok(false);
                }
            }
            if ptr >= end {
                return Ok(false);
            }
            let mut i = 1;
            st.must_advance = false;
            loop {
                if s[ptr].code() == code[prefix_at + i] {
                    i += 1;
                    if i != prefix_len {
                        ptr += 1;
                        if ptr >= end {
                            return Ok(false);
                        }
                        continue;
                    }
                    // A potential match.
                    st.start = ptr + 1 - prefix_len;
                    st.ptr = ptr + 1 + prefix_skip - prefix_len;
                    if flags & info::LITERAL != 0 {
                        return Ok(true);
                    }
                    if sre_match(st, s, code, pc + 2 * prefix_skip, false)? {
                        return Ok(true);
                    }
                    ptr += 1;
                    if ptr >= end {
                        return Ok(false);
                    }
                    st.reset_capture();
                }
                i = code[overlap_at + i] as usize;
                if i == 0 {
                    break;
                }
            }
        }
        return Ok(false);
    }

    if let Some(cs) = charset_at {
        end = st.end;
        st.must_advance = false;
        loop {
            while ptr < end && !in_charset(code, cs, s[ptr].code()) {
                ptr += 1;
            }
            if ptr >= end {
                return Ok(false);
            }
            st.start = ptr;
            st.ptr = ptr;
            if sre_match(st, s, code, pc, false)? {
                return Ok(true);
            }
            ptr += 1;
            st.reset_capture();
        }
    }

    st.start = ptr;
    st.ptr = ptr;
    let mut status = sre_match(st, s, code, pc, true)?;
    st.must_advance = false;
    if !status && code[pc] == op::AT && (code[pc + 1] == at::BEGINNING || code[pc + 1] == at::BEGINNING_STRING) {
        st.start = end;
        st.ptr = end;
        return Ok(false);
    }
    while !status && ptr < end {
        ptr += 1;
        st.reset_capture();
        st.start = ptr;
        st.ptr = ptr;
        status = sre_match(st, s, code, pc, false)?;
    }
    Ok(status)
}
