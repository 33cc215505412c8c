//! Code validation (CPython's `_validate`): `_sre.compile` checks that a
//! code list has the shape `re._compiler` generates, so that the matcher
//! can index it without running off the end or into garbage. All jumps are
//! relative and forward; sub-blocks are checked recursively.

use super::constants::{at, category, info, op, MAXGROUPS, MAXREPEAT};

type V<T> = Result<T, ()>;

struct Cursor<'a> {
    code: &'a [u32],
    pos: usize,
    end: usize,
}

impl Cursor<'_> {
    fn get(&mut self) -> V<u32> {
        if self.pos >= self.end {
            return Err(());
        }
        let v = self.code[self.pos];
        self.pos += 1;
        Ok(v)
    }

    /// A skip count that must stay inside the block (`adj` words of it
    /// may lie before the skip word).
    fn skip(&mut self, adj: usize) -> V<usize> {
        if self.pos >= self.end {
            return Err(());
        }
        let skip = self.code[self.pos] as usize;
        if skip < adj || skip - adj > self.end - self.pos {
            return Err(());
        }
        self.pos += 1;
        Ok(skip)
    }
}

fn validate_charset(code: &[u32], mut pos: usize, end: usize) -> V<()> {
    while pos < end {
        let o = code[pos];
        pos += 1;
        let need = |pos: usize, n: usize| if n > end - pos { Err(()) } else { Ok(()) };
        match o {
            op::NEGATE => {}
            op::LITERAL => {
                need(pos, 1)?;
                pos += 1;
            }
            op::RANGE | op::RANGE_UNI_IGNORE => {
                need(pos, 2)?;
                pos += 2;
            }
            op::CHARSET => {
                need(pos, 8)?;
                pos += 8;
            }
            op::BIGCHARSET => {
                need(pos, 1)?;
                let blocks = code[pos] as usize;
                pos += 1;
                need(pos, 64)?;
                for i in 0..256 {
                    if code[pos + i / 4].to_ne_bytes()[i % 4] as usize >= blocks {
                        return Err(());
                    }
                }
                pos += 64;
                need(pos, blocks.checked_mul(8).ok_or(())?)?;
                pos += blocks * 8;
            }
            op::CATEGORY => {
                need(pos, 1)?;
                if code[pos] >= category::COUNT {
                    return Err(());
                }
                pos += 1;
            }
            _ => return Err(()),
        }
    }
    Ok(())
}

/// Ok(true) when the block ends with a JUMP.
fn validate_inner(code: &[u32], start: usize, end: usize, groups: usize) -> V<bool> {
    if start > end || end > code.len() {
        return Err(());
    }
    let mut c = Cursor { code, pos: start, end };
    while c.pos < c.end {
        let o = c.get()?;
        match o {
            op::MARK => {
                let arg = c.get()? as usize;
                if arg > 2 * groups + 1 {
                    return Err(());
                }
            }
            op::LITERAL
            | op::NOT_LITERAL
            | op::LITERAL_IGNORE
            | op::NOT_LITERAL_IGNORE
            | op::LITERAL_UNI_IGNORE
            | op::NOT_LITERAL_UNI_IGNORE
            | op::LITERAL_LOC_IGNORE
            | op::NOT_LITERAL_LOC_IGNORE => {
                c.get()?;
            }
            op::SUCCESS | op::FAILURE | op::ANY | op::ANY_ALL => {}
            op::AT => {
                if c.get()? > at::UNI_NON_BOUNDARY {
                    return Err(());
                }
            }
            op::CATEGORY => {
                if c.get()? >= category::COUNT {
                    return Err(());
                }
            }
            op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                let skip = c.skip(0)?;
                if skip < 2 {
                    return Err(());
                }
                // The set ends with FAILURE one word before the target.
                let set_end = c.pos + skip - 2;
                validate_charset(code, c.pos, set_end)?;
                if code[set_end] != op::FAILURE {
                    return Err(());
                }
                c.pos += skip - 1;
            }
            op::INFO => {
                let skip = c.skip(0)?;
                if skip < 1 {
                    return Err(());
                }
                let newcode = c.pos + skip - 1;
                let flags = c.get()?;
                c.get()?;
                c.get()?;
                if flags & !(info::PREFIX | info::LITERAL | info::CHARSET) != 0 {
                    return Err(());
                }
                if flags & info::PREFIX != 0 && flags & info::CHARSET != 0 {
                    return Err(());
                }
                if flags & info::LITERAL != 0 && flags & info::PREFIX == 0 {
                    return Err(());
                }
                if newcode > c.end {
                    return Err(());
                }
                if flags & info::PREFIX != 0 {
                    let prefix_len = c.get()? as usize;
                    // The search skips `prefix_skip` LITERAL ops of the
                    // prefix (CPython does not check this bound).
                    if c.get()? as usize > prefix_len {
                        return Err(());
                    }
                    if c.pos > newcode || prefix_len > newcode - c.pos {
                        return Err(());
                    }
                    c.pos += prefix_len;
                    if prefix_len > newcode - c.pos {
                        return Err(());
                    }
                    if code[c.pos..c.pos + prefix_len].iter().any(|&v| v as usize >= prefix_len) {
                        return Err(());
                    }
                    c.pos += prefix_len;
                }
                if flags & info::CHARSET != 0 {
                    if newcode < 1 || newcode - 1 < c.pos {
                        return Err(());
                    }
                    validate_charset(code, c.pos, newcode - 1)?;
                    if code[newcode - 1] != op::FAILURE {
                        return Err(());
                    }
                    c.pos = newcode;
                } else if c.pos != newcode {
                    return Err(());
                }
            }
            op::BRANCH => {
                let mut target = None;
                loop {
                    let skip = c.skip(0)?;
                    if skip == 0 {
                        break;
                    }
                    if skip < 3 {
                        return Err(());
                    }
                    validate_inner(code, c.pos, c.pos + skip - 3, groups)?;
                    c.pos += skip - 3;
                    if c.get()? != op::JUMP {
                        return Err(());
                    }
                    let skip = c.skip(0)?;
                    if skip < 1 {
                        return Err(());
                    }
                    let t = c.pos + skip - 1;
                    match target {
                        None => target = Some(t),
                        Some(t0) if t0 != t => return Err(()),
                        _ => {}
                    }
                }
                if let Some(t) = target {
                    if c.pos != t {
                        return Err(());
                    }
                }
            }
            op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                let skip = c.skip(0)?;
                let min = c.get()?;
                let max = c.get()?;
                if min > max || max > MAXREPEAT || skip < 4 {
                    return Err(());
                }
                validate_inner(code, c.pos, c.pos + skip - 4, groups)?;
                c.pos += skip - 4;
                if c.get()? != op::SUCCESS {
                    return Err(());
                }
            }
            op::REPEAT | op::POSSESSIVE_REPEAT => {
                let skip = c.skip(0)?;
                let min = c.get()?;
                let max = c.get()?;
                if min > max || max > MAXREPEAT || skip < 3 {
                    return Err(());
                }
                validate_inner(code, c.pos, c.pos + skip - 3, groups)?;
                c.pos += skip - 3;
                let until = c.get()?;
                let ok = if o == op::POSSESSIVE_REPEAT {
                    until == op::SUCCESS
                } else {
                    until == op::MAX_UNTIL || until == op::MIN_UNTIL
                };
                if !ok {
                    return Err(());
                }
            }
            op::ATOMIC_GROUP => {
                let skip = c.skip(0)?;
                if skip < 2 {
                    return Err(());
                }
                validate_inner(code, c.pos, c.pos + skip - 2, groups)?;
                c.pos += skip - 2;
                if c.get()? != op::SUCCESS {
                    return Err(());
                }
            }
            op::GROUPREF | op::GROUPREF_IGNORE | op::GROUPREF_UNI_IGNORE | op::GROUPREF_LOC_IGNORE => {
                if c.get()? as usize >= groups {
                    return Err(());
                }
            }
            op::GROUPREF_EXISTS => {
                if c.get()? as usize >= groups {
                    return Err(());
                }
                // The skip counts from the group word.
                let skip = c.skip(1)?;
                if skip < 2 {
                    return Err(());
                }
                let at_arg = c.pos - 2;
                let then_end = at_arg + skip;
                if validate_inner(code, c.pos, then_end, groups)? {
                    // `then` ended with JUMP <skipno>: the `else` part follows.
                    c.pos = then_end - 1;
                    let skip2 = c.skip(0)?;
                    if skip2 < 1 || validate_inner(code, c.pos, c.pos + skip2 - 1, groups)? {
                        return Err(());
                    }
                    c.pos += skip2 - 1;
                } else {
                    c.pos = then_end;
                }
            }
            op::ASSERT | op::ASSERT_NOT => {
                let skip = c.skip(0)?;
                c.get()?; // 0 for lookahead, the width for lookbehind
                if skip < 3 {
                    return Err(());
                }
                let body = c.pos;
                let body_end = body - 2 + skip - 1;
                validate_inner(code, body, body_end, groups)?;
                c.pos = body_end;
                if c.get()? != op::SUCCESS {
                    return Err(());
                }
            }
            op::JUMP => {
                if c.pos + 1 != c.end {
                    return Err(());
                }
                return Ok(true);
            }
            _ => return Err(()),
        }
    }
    Ok(false)
}

/// Whether `code` is valid for a pattern with `groups` groups.
pub fn validate(code: &[u32], groups: isize) -> bool {
    if groups < 0 || groups as u64 > MAXGROUPS as u64 || code.last() != Some(&op::SUCCESS) {
        return false;
    }
    validate_inner(code, 0, code.len() - 1, groups as usize).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_truncated_and_accepts_simple() {
        assert!(validate(&[op::LITERAL, 97, op::SUCCESS], 0));
        assert!(!validate(&[op::LITERAL, op::SUCCESS], 0));
        assert!(!validate(&[op::MARK, 2, op::SUCCESS], 0));
        assert!(validate(&[op::MARK, 0, op::MARK, 1, op::SUCCESS], 1));
        assert!(!validate(&[op::REPEAT_ONE, 100, 0, 1, op::SUCCESS], 0));
    }
}
