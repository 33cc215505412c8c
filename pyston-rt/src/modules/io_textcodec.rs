//! `TextIOWrapper` with a codec that is not byte-scannable (UTF-16/32,
//! multi-byte CJK codecs, ...): the codec registry's incremental decoder
//! and encoder, decoded text kept in `pending`, and CPython's seek cookie
//! (`position | dec_flags << 64 | chars_to_skip << 192`, Modules/_io/
//! textio.c) built from a snapshot taken whenever `pending` runs empty.
//! Newlines are translated after decoding like `IncrementalNewlineDecoder`
//! (a trailing CR waits for the next chunk; `pendingcr` is bit 0 of the
//! flags).

use super::io::unsupported;
use super::io_text::{Newline, PyTextIO};
use crate::object::bytes::bytes_value;
use crate::object::exceptions::type_error;
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{int_value_big, new_bigint, new_int};
use crate::object::protocol;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::PyResult;
use num_bigint::BigInt;

/// The part of a text stream's state used only by registry codecs.
#[derive(Default)]
pub struct GenericCodec {
    pub decoder: Option<PyRef>,
    pub encoder: Option<PyRef>,
    /// Decoded, newline-translated text not yet returned.
    pub pending: String,
    pub pendingcr: bool,
    /// (byte position, flags) where decoding of `pending` started.
    pub snap: Option<(i64, i64)>,
    /// Characters returned since the snapshot.
    pub skip: usize,
    pub wrote: bool,
}

/// CPython's cookie layout (textio.c `cookie_type`, without
/// `bytes_to_feed`/`need_eof`, which this wrapper never needs).
pub fn pack_cookie(pos: i64, flags: i64, skip: usize) -> BigInt {
    BigInt::from(pos) | (BigInt::from(flags) << 64) | (BigInt::from(skip) << 192)
}

/// (position, flags, chars_to_skip) of a cookie.
pub fn unpack_cookie(c: &BigInt) -> (i64, i64, usize) {
    let mask = (BigInt::from(1) << 64) - 1;
    let part = |shift: u32| -> i64 { i64::try_from((c >> shift) & &mask).unwrap_or(0) };
    (part(0), part(64), part(192) as usize)
}

fn codec_info(t: &PyTextIO) -> PyResult<PyRef> {
    crate::modules::codecs::lookup_text(&t.enc(), "codecs.open()")
}

impl PyTextIO {
    fn g_decoder(&self) -> PyResult<PyRef> {
        if let Some(d) = self.gen.borrow().decoder.clone() {
            return Ok(d);
        }
        let info = codec_info(self)?;
        let f = protocol::getattr(&info, &new_str("incrementaldecoder"))?;
        let d = protocol::call1(&f, &new_str(&*self.errs()))?;
        self.gen.borrow_mut().decoder = Some(d.clone());
        Ok(d)
    }

    fn g_encoder(&self) -> PyResult<PyRef> {
        if let Some(e) = self.gen.borrow().encoder.clone() {
            return Ok(e);
        }
        let info = codec_info(self)?;
        let f = protocol::getattr(&info, &new_str("incrementalencoder"))?;
        let e = protocol::call1(&f, &new_str(&*self.errs()))?;
        self.gen.borrow_mut().encoder = Some(e.clone());
        Ok(e)
    }

    /// The decoder's flags (`getstate()[1]`), shifted, with `pendingcr`.
    fn g_flags(&self) -> PyResult<i64> {
        let d = self.g_decoder()?;
        let st = protocol::call_method(&d, &new_str("getstate"), &[])?;
        let flags = protocol::getitem(&st, &new_int(1))?;
        let f = crate::object::int::int_value_i64(&flags).unwrap_or(0);
        Ok((f << 1) | self.gen.borrow().pendingcr as i64)
    }

    /// Decode one more chunk into `pending`; false at EOF.
    fn g_fill(&self) -> PyResult<bool> {
        let st = &self.file()?.st;
        if self.gen.borrow().pending.is_empty() {
            let snap = if st.seekable().unwrap_or(false) { Some((st.tell()?, self.g_flags()?)) } else { None };
            let mut g = self.gen.borrow_mut();
            g.snap = snap;
            g.skip = 0;
        }
        if st.buffered_bytes().is_empty() {
            st.fill()?;
        }
        let chunk = st.buffered_bytes().to_vec();
        st.consume(chunk.len());
        let final_ = chunk.is_empty();
        let d = self.g_decoder()?;
        let b = super::hooks::new_bytes(chunk);
        let fin = crate::object::int::new_bool(final_);
        let r = protocol::call_method(&d, &new_str("decode"), &[&b, &fin])?;
        let text = str_value(&r).ok_or_else(|| type_error(format!("decoder should return a string result, not '{}'", r.type_().name())))?;
        let nl = self.newline_mode();
        let mut s = String::new();
        {
            let mut g = self.gen.borrow_mut();
            if g.pendingcr {
                s.push('\r');
                g.pendingcr = false;
            }
        }
        s.push_str(text);
        if !final_ && s.ends_with('\r') && matches!(nl, Newline::Universal | Newline::Untranslated | Newline::CrLf) {
            s.pop();
            self.gen.borrow_mut().pendingcr = true;
        }
        let s = self.translate_pub(s);
        self.gen.borrow_mut().pending.push_str(&s);
        Ok(!final_)
    }

    /// Take `n` characters from `pending`.
    fn g_take(&self, n: usize) -> String {
        let mut g = self.gen.borrow_mut();
        let end = g.pending.char_indices().nth(n).map_or(g.pending.len(), |(i, _)| i);
        let out: String = g.pending.drain(..end).collect();
        g.skip += out.chars().count();
        out
    }

    pub fn g_read_all(&self) -> PyResult<String> {
        while self.g_fill()? {}
        Ok(self.g_take(usize::MAX))
    }

    pub fn g_read_chars(&self, n: usize) -> PyResult<String> {
        while self.gen.borrow().pending.chars().count() < n {
            if !self.g_fill()? {
                break;
            }
        }
        Ok(self.g_take(n))
    }

    /// Characters through the first line end of `pending`, if complete.
    fn g_line_end(&self, eof: bool) -> Option<usize> {
        let g = self.gen.borrow();
        let p = &g.pending;
        let mut chars = 0;
        let mut it = p.chars().peekable();
        while let Some(c) = it.next() {
            chars += 1;
            match self.newline_mode() {
                Newline::Universal | Newline::Lf if c == '\n' => return Some(chars),
                Newline::Cr if c == '\r' => return Some(chars),
                Newline::CrLf if c == '\r' && it.peek() == Some(&'\n') => return Some(chars + 1),
                Newline::Untranslated if c == '\n' => return Some(chars),
                Newline::Untranslated if c == '\r' => {
                    return match it.peek() {
                        Some('\n') => Some(chars + 1),
                        Some(_) => Some(chars),
                        None if eof => Some(chars),
                        None => None,
                    }
                }
                _ => {}
            }
        }
        None
    }

    pub fn g_read_line(&self, limit: Option<usize>) -> PyResult<String> {
        let mut eof = false;
        loop {
            if let Some(n) = self.g_line_end(eof) {
                return Ok(self.g_take(limit.map_or(n, |l| l.min(n))));
            }
            if let Some(l) = limit {
                if self.gen.borrow().pending.chars().count() >= l {
                    return Ok(self.g_take(l));
                }
            }
            if eof {
                return Ok(self.g_take(usize::MAX));
            }
            eof = !self.g_fill()?;
        }
    }

    pub fn g_write(&self, text: &str) -> PyResult<Vec<u8>> {
        let e = self.g_encoder()?;
        let first = !self.gen.borrow().wrote;
        if first {
            self.gen.borrow_mut().wrote = true;
            // Past the start of a file the BOM was written before.
            let st = &self.file()?.st;
            if st.seekable().unwrap_or(false) && st.tell().unwrap_or(0) != 0 {
                let _ = protocol::call_method(&e, &new_str("setstate"), &[&new_int(0)]);
            }
        }
        {
            let mut g = self.gen.borrow_mut();
            g.pending.clear();
            g.snap = None;
        }
        let r = protocol::call_method(&e, &new_str("encode"), &[&new_str(text)])?;
        bytes_value(&r)
            .map(|b| b.to_vec())
            .ok_or_else(|| type_error(format!("encoder should return a bytes object, not '{}'", r.type_().name())))
    }

    /// `tell()`: CPython's cookie.
    pub fn g_tell(&self) -> PyResult<PyRef> {
        let st = &self.file()?.st;
        let (snap, skip, empty) = {
            let g = self.gen.borrow();
            (g.snap, g.skip, g.pending.is_empty() && !g.pendingcr)
        };
        let (pos, flags, skip) = match snap {
            Some((p, f)) if !(empty && skip > 0) => (p, f, skip),
            _ => (st.tell()?, self.g_flags()?, 0),
        };
        Ok(new_bigint(pack_cookie(pos, flags, skip)))
    }

    /// `seek(cookie)` (whence 0).
    pub fn g_seek(&self, cookie: &PyObject) -> PyResult<PyRef> {
        let c = int_value_big(cookie).ok_or_else(|| type_error("an integer is required"))?;
        if c.bits() > 264 {
            return Err(crate::object::exceptions::overflow_error("int too big to convert"));
        }
        if c < BigInt::from(0) {
            return Err(crate::object::exceptions::value_error(format!("negative seek position {}", c)));
        }
        let (pos, flags, skip) = unpack_cookie(&c);
        let st = &self.file()?.st;
        st.seek(pos, 0)?;
        let d = self.g_decoder()?;
        if pos == 0 && flags == 0 {
            protocol::call_method(&d, &new_str("reset"), &[])?;
        } else {
            let state = new_tuple(vec![super::hooks::new_bytes(Vec::new()), new_int(flags >> 1)]);
            protocol::call_method(&d, &new_str("setstate"), &[&state])?;
        }
        {
            let mut g = self.gen.borrow_mut();
            g.pending.clear();
            g.pendingcr = flags & 1 == 1;
            g.snap = Some((pos, flags));
            g.skip = 0;
        }
        if skip > 0 {
            // Decode from the snapshot without letting g_fill move it.
            loop {
                let have = self.gen.borrow().pending.chars().count();
                if have >= skip {
                    break;
                }
                let keep = self.gen.borrow().snap;
                if self.gen.borrow().pending.is_empty() {
                    // g_fill would re-snapshot: decode one chunk, then restore.
                    let more = self.g_fill()?;
                    self.gen.borrow_mut().snap = keep;
                    if !more {
                        break;
                    }
                } else if !self.g_fill()? {
                    break;
                }
            }
            let _ = self.g_take(skip);
            self.gen.borrow_mut().skip = skip;
        }
        Ok(new_bigint(c))
    }

    /// Forget decoded data and decoder state (seek to the end, truncate).
    pub fn g_reset(&self) -> PyResult<()> {
        let d = self.gen.borrow().decoder.clone();
        if let Some(d) = d {
            protocol::call_method(&d, &new_str("reset"), &[])?;
        }
        let mut g = self.gen.borrow_mut();
        g.pending.clear();
        g.pendingcr = false;
        g.snap = None;
        g.skip = 0;
        Ok(())
    }

    /// Refuse nonzero relative seeks the way CPython does.
    pub fn g_check_seekable(&self) -> PyResult<()> {
        if !self.file()?.st.seekable()? {
            return Err(unsupported("underlying stream is not seekable"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_round_trip() {
        for &(p, f, k) in &[(0i64, 0i64, 0usize), (2, 0, 0), (1234567, 5, 17), (i64::MAX, 3, 1 << 40)] {
            let c = pack_cookie(p, f, k);
            assert_eq!(unpack_cookie(&c), (p, f, k));
        }
        // A plain byte position is its own cookie (CPython's too).
        assert_eq!(pack_cookie(42, 0, 0), BigInt::from(42));
        assert_eq!(pack_cookie(0, 1, 0), BigInt::from(1) << 64);
    }
}
