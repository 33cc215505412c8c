//! A safe owner of one zlib `z_stream` (deflate or inflate) and the loops
//! that drive it over a whole input, appending to a `Vec`. The input and
//! output pointers live in the stream only during one call: every method
//! takes the slices it works on and clears the pointers before returning.

use libz_sys as z;
use std::ffi::{c_int, CStr};
use std::ptr::null_mut;

/// A zlib status with the stream's message (`z_stream.msg`) at that time.
pub struct ZErr {
    pub code: i32,
    pub msg: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Deflate,
    Inflate,
}

pub struct Stream {
    /// Boxed: zlib's internal state points back at the `z_stream`.
    z: Box<z::z_stream>,
    kind: Kind,
    /// `*Init2` succeeded and `*End` has not run.
    live: bool,
}

unsafe extern "C" fn zalloc(_opaque: z::voidpf, items: z::uInt, size: z::uInt) -> z::voidpf {
    // SAFETY: calloc accepts any sizes and returns null on failure, which
    // zlib handles (Z_MEM_ERROR).
    unsafe { libc::calloc(items as usize, size as usize) }
}

unsafe extern "C" fn zfree(_opaque: z::voidpf, p: z::voidpf) {
    // SAFETY: zlib frees only what `zalloc` returned.
    unsafe { libc::free(p) }
}

fn blank() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: null_mut(),
        state: null_mut(),
        zalloc,
        zfree,
        opaque: null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

/// The zlib library version (`zlibVersion()`).
pub fn runtime_version() -> String {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(z::zlibVersion()) }.to_string_lossy().into_owned()
}

const STREAM_SIZE: c_int = std::mem::size_of::<z::z_stream>() as c_int;

/// How much output room to offer next (CPython grows its buffer likewise).
fn next_room(have: usize) -> usize {
    if have < super::DEF_BUF_SIZE {
        super::DEF_BUF_SIZE
    } else {
        have.min(1 << 28)
    }
}

impl Stream {
    pub fn deflate(level: i32, method: i32, wbits: i32, mem_level: i32, strategy: i32) -> Result<Stream, ZErr> {
        let mut z = blank();
        // SAFETY: `z` is a valid, boxed (stable) z_stream with allocators;
        // the version string and struct size are zlib's own.
        let code = unsafe { z::deflateInit2_(&mut *z, level, method, wbits, mem_level, strategy, z::zlibVersion(), STREAM_SIZE) };
        let s = Stream { z, kind: Kind::Deflate, live: code == z::Z_OK };
        if code != z::Z_OK {
            return Err(s.err(code));
        }
        Ok(s)
    }

    pub fn inflate(wbits: i32) -> Result<Stream, ZErr> {
        let mut z = blank();
        // SAFETY: as in `deflate`.
        let code = unsafe { z::inflateInit2_(&mut *z, wbits, z::zlibVersion(), STREAM_SIZE) };
        let s = Stream { z, kind: Kind::Inflate, live: code == z::Z_OK };
        if code != z::Z_OK {
            return Err(s.err(code));
        }
        Ok(s)
    }

    pub fn is_live(&self) -> bool {
        self.live
    }

    /// `code` with the stream's current message.
    pub fn err(&self, code: i32) -> ZErr {
        let msg = if self.z.msg.is_null() {
            None
        } else {
            // SAFETY: zlib sets `msg` to static NUL-terminated strings.
            Some(unsafe { CStr::from_ptr(self.z.msg) }.to_string_lossy().into_owned())
        };
        ZErr { code, msg }
    }

    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        if dict.len() > u32::MAX as usize {
            return z::Z_STREAM_ERROR;
        }
        // SAFETY: the pointer/length describe `dict`, which zlib copies
        // during the call; a dead stream (null state) is rejected by zlib.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateSetDictionary(&mut *self.z, dict.as_ptr(), dict.len() as z::uInt),
                Kind::Inflate => z::inflateSetDictionary(&mut *self.z, dict.as_ptr(), dict.len() as z::uInt),
            }
        }
    }

    /// `deflateEnd`/`inflateEnd` (once).
    pub fn end(&mut self) -> i32 {
        if !self.live {
            return z::Z_OK;
        }
        self.live = false;
        // SAFETY: the stream was initialised and not yet ended.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateEnd(&mut *self.z),
                Kind::Inflate => z::inflateEnd(&mut *self.z),
            }
        }
    }

    /// An independent copy of a live stream (`deflateCopy`/`inflateCopy`).
    pub fn copy(&mut self) -> Result<Stream, ZErr> {
        let mut z = blank();
        // SAFETY: both streams are valid boxed z_streams; the source is
        // live (callers check), so its state can be copied.
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflateCopy(&mut *z, &mut *self.z),
                Kind::Inflate => z::inflateCopy(&mut *z, &mut *self.z),
            }
        };
        let s = Stream { z, kind: self.kind, live: code == z::Z_OK };
        if code != z::Z_OK {
            return Err(self.err(code));
        }
        Ok(s)
    }

    /// One `deflate`/`inflate` call with `input` and room for `room` more
    /// bytes at the end of `out`.
    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, room: usize, flush: i32) -> Step {
        let avail_in = input.len().min(u32::MAX as usize);
        let room = room.min(u32::MAX as usize);
        out.reserve(room);
        let len = out.len();
        self.z.next_in = input.as_ptr() as *mut u8;
        self.z.avail_in = avail_in as z::uInt;
        // SAFETY: `reserve` guarantees `room` bytes of capacity after `len`.
        self.z.next_out = unsafe { out.as_mut_ptr().add(len) };
        self.z.avail_out = room as z::uInt;
        // SAFETY: the pointers describe live memory for the duration of
        // the call (zlib reads `input` only and writes at most `room`
        // bytes); a dead stream has a null state, which zlib rejects
        // with Z_STREAM_ERROR.
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflate(&mut *self.z, flush),
                Kind::Inflate => z::inflate(&mut *self.z, flush),
            }
        };
        let written = room - self.z.avail_out as usize;
        let used = avail_in - self.z.avail_in as usize;
        // SAFETY: zlib initialised `written` bytes after `len`.
        unsafe { out.set_len(len + written) };
        let full = self.z.avail_out == 0;
        self.z.next_in = null_mut();
        self.z.avail_in = 0;
        self.z.next_out = null_mut();
        self.z.avail_out = 0;
        Step { code, used, full }
    }

    /// Deflate all of `input` (the last chunk with `flush`, earlier ones
    /// with Z_NO_FLUSH), each chunk until zlib leaves output room unused
    /// (CPython's loops). Stops at Z_STREAM_ERROR; returns the last status.
    pub fn deflate_all(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>) -> Result<i32, ZErr> {
        let mut pos = 0;
        loop {
            let chunk_end = (pos + u32::MAX as usize).min(input.len());
            let f = if chunk_end == input.len() { flush } else { z::Z_NO_FLUSH };
            let mut st;
            loop {
                st = self.step(&input[pos..chunk_end], out, next_room(out.len()), f);
                pos += st.used;
                if st.code == z::Z_STREAM_ERROR {
                    return Err(self.err(st.code));
                }
                if !st.full {
                    break;
                }
            }
            if chunk_end == input.len() {
                return Ok(st.code);
            }
        }
    }

    /// Inflate `input` as CPython's `zlib.decompress`: Z_FINISH with the
    /// last chunk, until the stream ends or the input is used up. Returns
    /// the last status (Z_STREAM_END on success).
    pub fn inflate_one_shot(&mut self, input: &[u8], bufsize: usize, out: &mut Vec<u8>) -> i32 {
        let mut pos = 0;
        let mut room = bufsize;
        loop {
            let chunk_end = (pos + u32::MAX as usize).min(input.len());
            let f = if chunk_end == input.len() { z::Z_FINISH } else { z::Z_NO_FLUSH };
            let mut st;
            loop {
                st = self.step(&input[pos..chunk_end], out, room, f);
                room = next_room(out.len());
                pos += st.used;
                if !matches!(st.code, z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END) {
                    return st.code;
                }
                if !st.full {
                    break;
                }
            }
            if st.code == z::Z_STREAM_END || chunk_end == input.len() {
                return st.code;
            }
        }
    }

    /// Inflate `input` with `flush` per chunk (`flush_last` for the last
    /// one), output capped at `max_length` bytes (0: no cap), setting
    /// `zdict` when the stream asks for it. Returns (status, input used);
    /// an error setting the dictionary is returned as Err.
    pub fn inflate_loop(
        &mut self,
        input: &[u8],
        flush_rest: i32,
        flush_last: i32,
        max_length: usize,
        zdict: Option<&[u8]>,
        out: &mut Vec<u8>,
    ) -> Result<(i32, usize), ZErr> {
        let mut pos = 0;
        let mut code = z::Z_OK;
        'outer: loop {
            let chunk_end = (pos + u32::MAX as usize).min(input.len());
            let f = if chunk_end == input.len() { flush_last } else { flush_rest };
            loop {
                let mut room = next_room(out.len());
                if max_length > 0 {
                    if out.len() >= max_length {
                        break 'outer;
                    }
                    room = room.min(max_length - out.len());
                }
                let st = self.step(&input[pos..chunk_end], out, room, f);
                pos += st.used;
                code = st.code;
                match code {
                    z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                    z::Z_NEED_DICT if zdict.is_some() => {
                        let rc = self.set_dictionary(zdict.unwrap_or_default());
                        if rc != z::Z_OK {
                            return Err(self.err(rc));
                        }
                        continue;
                    }
                    _ => break 'outer,
                }
                if !st.full {
                    break;
                }
            }
            if code == z::Z_STREAM_END || chunk_end == input.len() {
                break;
            }
        }
        Ok((code, pos))
    }
}

struct Step {
    code: i32,
    used: usize,
    /// The call used all the output room offered.
    full: bool,
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.end();
    }
}
