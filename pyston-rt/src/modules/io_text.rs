//! `TextIOWrapper`: a text layer over one of our binary files. Decoding
//! (UTF-8, Latin-1, ASCII), newline translation, line buffering. Reading
//! scans the binary file's buffer directly, so `tell()` is an exact byte
//! offset (no decoder state is kept across calls).

use super::io::{closed_file_error, unsupported};
use super::io_file::{as_file, seek_args, size_arg, PyFile};
use crate::object::args::{no_kwargs, Params};
use crate::object::exceptions::type_error;
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{new_bool, new_int};
use crate::object::list::new_list;
use crate::object::protocol;
use crate::object::singletons::{is_none, none};
use crate::object::str::{as_pystr, new_str, str_value};
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::{Cell, UnsafeCell};

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
    /// An ASCII-compatible one-byte codec of the registry (cp1252,
    /// iso8859_15, koi8_r, ...), looked up by the stream's encoding name.
    OneByte,
}

impl Codec {
    /// Look up an encoding name: the native codecs, then the codec
    /// registry for one-byte ASCII-compatible codecs (the only others the
    /// byte-oriented line scanning supports). Errors are the registry's
    /// (`LookupError: unknown encoding: x`).
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let n: String = name.trim().to_ascii_lowercase().replace('_', "-");
        match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => return Ok(Codec::Utf8),
            "utf-8-sig" | "utf8-sig" => return Ok(Codec::Utf8Sig),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => return Ok(Codec::Latin1),
            "ascii" | "us-ascii" | "646" => return Ok(Codec::Ascii),
            _ => {}
        }
        crate::modules::codecs::lookup_text(name, "codecs.open()")?;
        let all: Vec<u8> = (0..=255u8).collect();
        let one_byte = crate::object::codecs::decode(&all, name, "replace").map(|s| s.chars().count() == 256).unwrap_or(false)
            && crate::object::codecs::encode("\n\r", name, "strict").map(|b| b == b"\n\r").unwrap_or(false);
        if !one_byte {
            return Err(crate::object::exceptions::value_error(format!("TextIOWrapper does not support the '{}' encoding yet", name)));
        }
        Ok(Codec::OneByte)
    }
}

/// Encode text with the stream's codec (`enc` is its encoding name for
/// registry codecs) and error handler.
pub fn encode(s: &str, codec: Codec, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    use crate::object::codecs::charmap;
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => crate::object::codecs::utf::encode_utf8(s, "utf-8", errors),
        Codec::Latin1 => charmap::encode_limit(s, 0x100, errors),
        Codec::Ascii => charmap::encode_limit(s, 0x80, errors),
        Codec::OneByte => crate::object::codecs::encode(s, enc, errors),
    }
}

/// Decode bytes. `final_` false means a truncated trailing UTF-8 sequence
/// is left for the next call; returns (text, bytes consumed).
pub fn decode(b: &[u8], codec: Codec, enc: &str, errors: &str, final_: bool) -> PyResult<(String, usize)> {
    use crate::object::codecs::{charmap, utf};
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => utf::decode_utf8(b, errors, final_),
        Codec::Latin1 => Ok((charmap::decode_latin1(b), b.len())),
        Codec::Ascii => Ok((charmap::decode_ascii(b, errors)?, b.len())),
        Codec::OneByte => Ok((crate::object::codecs::decode(b, enc, errors)?, b.len())),
    }
}

/// The `newline` argument.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Newline {
    /// None: universal newlines on input, `\n` on output.
    Universal,
    /// '': lines end at any of the three, untranslated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    pub fn parse(o: Option<&PyObject>) -> PyResult<Newline> {
        let Some(o) = o.filter(|o| !is_none(o)) else { return Ok(Newline::Universal) };
        let s = str_value(o).ok_or_else(|| type_error(format!("open() argument 'newline' must be str or None, not {}", o.type_().name())))?;
        match s {
            "" => Ok(Newline::Untranslated),
            "\n" => Ok(Newline::Lf),
            "\r" => Ok(Newline::Cr),
            "\r\n" => Ok(Newline::CrLf),
            _ => Err(crate::object::exceptions::value_error(format!("illegal newline value: {}", s))),
        }
    }
}

#[repr(C)]
pub struct PyTextIO {
    pub ob: PyObject,
    pub dict: Cell<*mut PyObject>,
    /// The binary file (always one of ours).
    pub buffer: PyRef,
    pub encoding: Box<str>,
    pub codec: Codec,
    pub errors_name: Box<str>,
    pub newline: Newline,
    pub line_buffering: Cell<bool>,
    pub write_through: Cell<bool>,
    pub mode: UnsafeCell<Option<PyRef>>,
    /// A UTF-8-sig BOM is skipped/written once.
    pub bom_done: Cell<bool>,
}

pub static TEXTIO_TYPE: Static<TypeObject> = Static(TypeObject {
    base: Cell::new(&super::io_base::TEXT_IOBASE_TYPE as *const Static<TypeObject> as *mut TypeObject),
    tp_drop: slot(drop_payload::<PyTextIO>),
    tp_repr: slot(text_repr),
    tp_iter: slot(text_iter),
    tp_iternext: slot(text_iternext),
    tp_getattro: slot(crate::object::object_type::generic_getattr),
    tp_setattro: slot(crate::object::object_type::generic_setattr),
    module: Some("_io"),
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAS_DICT),
    dictoffset: Cell::new(std::mem::offset_of!(PyTextIO, dict)),
    methods: &TEXT_METHODS,
    getsets: &TEXT_GETSETS,
    ..TypeObject::new_static("TextIOWrapper", std::mem::size_of::<PyTextIO>())
});

pub fn as_text(o: &PyObject) -> Option<&PyTextIO> {
    if o.is_instance_of(&TEXTIO_TYPE) {
        // SAFETY: TextIOWrapper and subclasses are laid out as PyTextIO.
        Some(unsafe { o.cast::<PyTextIO>() })
    } else {
        None
    }
}

impl PyTextIO {
    pub fn file(&self) -> &PyFile {
        as_file(&self.buffer).expect("text buffer is a binary file")
    }

    fn check_readable(&self) -> PyResult<()> {
        let f = self.file();
        if f.st.is_closed() {
            return Err(closed_file_error());
        }
        if !f.st.readable {
            return Err(unsupported("not readable"));
        }
        Ok(())
    }

    fn check_writable(&self) -> PyResult<()> {
        let f = self.file();
        if f.st.is_closed() {
            return Err(closed_file_error());
        }
        if !f.st.writable {
            return Err(unsupported("not writable"));
        }
        Ok(())
    }

    /// Write text (newline translation, encoding, line buffering).
    pub fn write_str(&self, s: &str) -> PyResult<()> {
        self.check_writable()?;
        let st = &self.file().st;
        let translated;
        let mut text = s;
        match self.newline {
            Newline::Cr if s.contains('\n') => {
                translated = s.replace('\n', "\r");
                text = &translated;
            }
            Newline::CrLf if s.contains('\n') => {
                translated = s.replace('\n', "\r\n");
                text = &translated;
            }
            _ => {}
        }
        if self.codec == Codec::Utf8Sig && !self.bom_done.get() {
            self.bom_done.set(true);
            if st.tell().unwrap_or(1) == 0 {
                st.write(b"\xef\xbb\xbf")?;
            }
        }
        match self.codec {
            Codec::Utf8 | Codec::Utf8Sig if !crate::object::str_surr::has_surrogates(text) => {
                st.write(text.as_bytes())?;
            }
            _ => {
                let b = encode(text, self.codec, &self.encoding, &self.errors_name)?;
                st.write(&b)?;
            }
        }
        if self.write_through.get() || (self.line_buffering.get() && (s.contains('\n') || s.contains('\r'))) {
            st.flush()?;
        }
        Ok(())
    }

    fn skip_bom(&self) -> PyResult<()> {
        if self.codec == Codec::Utf8Sig && !self.bom_done.get() {
            self.bom_done.set(true);
            let st = &self.file().st;
            st.ensure(3)?;
            if st.buffered_bytes().starts_with(b"\xef\xbb\xbf") {
                st.consume(3);
            }
        }
        Ok(())
    }

    /// Translate newlines of decoded input text.
    fn translate(&self, s: String) -> String {
        if self.newline == Newline::Universal && s.contains('\r') {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s
        }
    }

    /// Read everything left.
    pub fn read_all(&self) -> PyResult<String> {
        self.check_readable()?;
        self.skip_bom()?;
        let data = self.file().st.read_all()?;
        let (s, _) = decode(&data, self.codec, &self.encoding, &self.errors_name, true)?;
        Ok(self.translate(s))
    }

    /// Read up to `n` characters.
    pub fn read_chars(&self, n: usize) -> PyResult<String> {
        self.check_readable()?;
        self.skip_bom()?;
        let st = &self.file().st;
        let mut out = String::new();
        let mut count = 0;
        while count < n {
            if st.buffered_bytes().is_empty() && st.fill()? == 0 {
                break;
            }
            // A CR at the end of the buffer needs the next byte.
            if self.newline == Newline::Universal && st.buffered_bytes().last() == Some(&b'\r') {
                let have = st.buffered_bytes().len();
                st.ensure(have + 1)?;
            }
            let avail = st.buffered_bytes();
            // Take at most the bytes of (n - count) characters.
            let mut end = 0;
            let mut chars = 0;
            while end < avail.len() && chars < n - count {
                let b = avail[end];
                let len = if matches!(self.codec, Codec::Latin1 | Codec::Ascii | Codec::OneByte) || b < 0x80 {
                    1
                } else if b >= 0xf0 {
                    4
                } else if b >= 0xe0 {
                    3
                } else if b >= 0xc0 {
                    2
                } else {
                    1
                };
                if self.newline == Newline::Universal && b == b'\r' && avail.get(end + 1) == Some(&b'\n') {
                    end += 2;
                } else {
                    end += len;
                }
                chars += 1;
            }
            let end = end.min(avail.len());
            let final_ = false;
            let (s, used) = decode(&avail[..end], self.codec, &self.encoding, &self.errors_name, final_)?;
            if used == 0 {
                // A split multi-byte character: get more data or finish.
                let have = avail.len();
                if st.fill()? == 0 {
                    let rest = st.buffered_bytes().to_vec();
                    st.consume(have);
                    let (s, _) = decode(&rest, self.codec, &self.encoding, &self.errors_name, true)?;
                    out.push_str(&self.translate(s));
                    break;
                }
                continue;
            }
            st.consume(used);
            let s = self.translate(s);
            count += s.chars().count();
            out.push_str(&s);
        }
        Ok(out)
    }

    /// Byte length of the first `n` characters of `b`, if `b` holds that many.
    fn char_prefix(&self, b: &[u8], n: usize) -> Option<usize> {
        if !matches!(self.codec, Codec::Utf8 | Codec::Utf8Sig) {
            return if b.len() >= n { Some(n) } else { None };
        }
        let mut chars = 0;
        let mut j = 0;
        while chars < n {
            if j >= b.len() {
                return None;
            }
            let c = b[j];
            j += if c < 0xc0 { 1 } else if c >= 0xf0 { 4 } else if c >= 0xe0 { 3 } else { 2 };
            chars += 1;
        }
        Some(j.min(b.len()))
    }

    /// Where the first line of `b` ends (after its terminator), scanning
    /// from `from`; Err(resume) when more data is needed.
    fn find_eol(&self, b: &[u8], from: usize) -> Result<usize, usize> {
        let mut i = from;
        while i < b.len() {
            let c = b[i];
            match self.newline {
                Newline::Lf if c == b'\n' => return Ok(i + 1),
                Newline::Cr if c == b'\r' => return Ok(i + 1),
                Newline::CrLf if c == b'\n' && i > 0 && b[i - 1] == b'\r' => return Ok(i + 1),
                Newline::Universal | Newline::Untranslated => {
                    if c == b'\n' {
                        return Ok(i + 1);
                    }
                    if c == b'\r' {
                        return match b.get(i + 1) {
                            Some(b'\n') => Ok(i + 2),
                            Some(_) => Ok(i + 1),
                            None => Err(i),
                        };
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Err(b.len())
    }

    /// Read one line (through its terminator) or up to `limit` characters.
    pub fn read_line(&self, limit: Option<usize>) -> PyResult<String> {
        self.check_readable()?;
        self.skip_bom()?;
        let st = &self.file().st;
        let mut scanned = 0;
        let end = loop {
            let avail = st.buffered_bytes();
            match self.find_eol(avail, scanned) {
                Ok(end) => break end,
                Err(resume) => {
                    if let Some(k) = limit.and_then(|l| self.char_prefix(avail, l)) {
                        break k;
                    }
                    scanned = resume;
                    if st.fill()? == 0 {
                        break st.buffered_bytes().len();
                    }
                }
            }
        };
        let avail = st.buffered_bytes();
        let end = match limit.and_then(|l| self.char_prefix(&avail[..end], l)) {
            Some(k) => k,
            None => end,
        };
        let (s, _) = decode(&avail[..end], self.codec, &self.encoding, &self.errors_name, true)?;
        st.consume(end);
        Ok(self.translate(s))
    }

    pub fn flush(&self) -> PyResult<()> {
        let f = self.file();
        if f.st.is_closed() {
            return Err(closed_file_error());
        }
        f.st.flush()
    }
}

/// A new TextIOWrapper over a binary file object.
#[allow(clippy::too_many_arguments)]
pub fn new_text(
    buffer: PyRef,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Newline,
    line_buffering: bool,
    write_through: bool,
    mode: Option<PyRef>,
) -> PyResult<PyRef> {
    if as_file(&buffer).is_none() {
        return Err(type_error("TextIOWrapper() needs a binary file created by open()"));
    }
    let (enc_name, codec) = match encoding {
        None => ("UTF-8".to_string(), Codec::Utf8),
        Some(e) => (e.to_string(), Codec::lookup(e)?),
    };
    let errors_name = errors.unwrap_or("strict").to_string();
    Ok(new_object(&TEXTIO_TYPE, |ob| PyTextIO {
        ob,
        dict: Cell::new(std::ptr::null_mut()),
        buffer,
        encoding: enc_name.into_boxed_str(),
        codec,
        errors_name: errors_name.into_boxed_str(),
        newline,
        line_buffering: Cell::new(line_buffering),
        write_through: Cell::new(write_through),
        mode: UnsafeCell::new(mode),
        bom_done: Cell::new(false),
    }))
}

fn this(o: &PyObject) -> PyResult<&PyTextIO> {
    as_text(o).ok_or_else(|| type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received '{}'", o.type_().name())))
}

fn text_repr(o: &PyObject) -> PyResult<PyRef> {
    let t = this(o)?;
    let mut s = String::from("<_io.TextIOWrapper");
    if let Some(n) = protocol::getattr_opt(o, crate::name!("name"))? {
        s.push_str(&format!(" name={}", protocol::repr_string(&n)?));
    }
    // SAFETY: single-threaded field access.
    if let Some(m) = unsafe { (*t.mode.get()).clone() } {
        s.push_str(&format!(" mode={}", protocol::repr_string(&m)?));
    }
    s.push_str(&format!(" encoding='{}'>", t.encoding));
    Ok(new_str(s))
}

fn text_iter(o: &PyObject) -> PyResult<PyRef> {
    if this(o)?.file().st.is_closed() {
        return Err(closed_file_error());
    }
    Ok(o.to_ref())
}

fn text_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    let line = this(o)?.read_line(None)?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(new_str(line)))
}

static SIZE_PARAMS: Params = Params { fname: "read", names: &["size"], required: 0, posonly: 1, kwonly: 1 };

fn t_read(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let s = match size_arg(p[0])? {
        None => t.read_all()?,
        Some(n) => t.read_chars(n)?,
    };
    Ok(new_str(s))
}

fn t_readline(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    Ok(new_str(t.read_line(size_arg(p[0])?)?))
}

fn t_readlines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    let mut p = [None];
    SIZE_PARAMS.parse(&args[1..], kw, &mut p)?;
    let hint = size_arg(p[0])?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = t.read_line(None)?;
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        out.push(new_str(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(new_list(out))
}

fn t_write(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("write", kw)?;
    let t = this(args[0])?;
    if args.len() != 2 {
        return Err(type_error(format!("TextIOWrapper.write() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let s = as_pystr(args[1]).ok_or_else(|| type_error(format!("write() argument must be str, not {}", args[1].type_().name())))?;
    t.write_str(s.as_str())?;
    Ok(new_int(s.char_len as i64))
}

fn t_writelines(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("writelines", kw)?;
    let t = this(args[0])?;
    if args.len() != 2 {
        return Err(type_error(format!("writelines() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let it = protocol::iter(args[1])?;
    while let Some(x) = protocol::next(&it)? {
        let s = str_value(&x).ok_or_else(|| type_error(format!("write() argument must be str, not {}", x.type_().name())))?;
        t.write_str(s)?;
    }
    Ok(none())
}

fn t_flush(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    this(args[0])?.flush()?;
    Ok(none())
}

fn t_close(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    this(args[0])?.file().st.close()?;
    Ok(none())
}

fn t_seek(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    let (off, whence) = seek_args(&args[1..], kw)?;
    let st = &t.file().st;
    st.check_open()?;
    if whence == 1 && off != 0 {
        return Err(unsupported("can't do nonzero cur-relative seeks"));
    }
    if whence == 2 && off != 0 {
        return Err(unsupported("can't do nonzero end-relative seeks"));
    }
    if whence == 0 && off < 0 {
        return Err(crate::object::exceptions::value_error(format!("negative seek position {}", off)));
    }
    if !st.seekable()? {
        return Err(unsupported("underlying stream is not seekable"));
    }
    if off == 0 && whence == 0 {
        t.bom_done.set(false);
    }
    Ok(new_int(st.seek(off, whence)?))
}

fn t_tell(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let st = &this(args[0])?.file().st;
    st.check_open()?;
    if !st.seekable()? {
        return Err(unsupported("underlying stream is not seekable"));
    }
    Ok(new_int(st.tell()?))
}

fn t_truncate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("truncate", kw)?;
    let st = &this(args[0])?.file().st;
    let size = match args.get(1) {
        Some(s) if !is_none(s) => Some(protocol::index_opt(s)?.unwrap_or(0) as i64),
        _ => None,
    };
    Ok(new_int(st.truncate(size)?))
}

fn t_fileno(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(this(args[0])?.file().st.check_open()? as i64))
}

fn t_isatty(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(this(args[0])?.file().st.isatty()?))
}

fn t_readable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let st = &this(args[0])?.file().st;
    st.check_open()?;
    Ok(new_bool(st.readable))
}

fn t_writable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let st = &this(args[0])?.file().st;
    st.check_open()?;
    Ok(new_bool(st.writable))
}

fn t_seekable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_bool(this(args[0])?.file().st.seekable()?))
}

fn t_enter(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    if this(args[0])?.file().st.is_closed() {
        return Err(closed_file_error());
    }
    Ok(args[0].to_ref())
}

fn t_exit(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::call_method(args[0], crate::name!("close"), &[])?;
    Ok(none())
}

fn t_iter_method(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    text_iter(args[0])
}

fn t_reconfigure(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    let (pos, vals, names) = crate::object::args::split(args, kw);
    if pos.len() > 1 {
        return Err(type_error("reconfigure() takes no positional arguments"));
    }
    for (k, v) in names.iter().zip(vals) {
        match str_value(k) {
            Some("line_buffering") if !is_none(v) => t.line_buffering.set(protocol::is_true(v)?),
            Some("write_through") if !is_none(v) => t.write_through.set(protocol::is_true(v)?),
            Some("encoding") if !is_none(v) => {
                let e = str_value(v).unwrap_or("");
                if Codec::lookup(e).ok() != Some(t.codec) {
                    return Err(crate::object::exceptions::value_error(format!("reconfigure(encoding={:?}) is not supported", e)));
                }
            }
            Some("line_buffering" | "write_through" | "encoding" | "errors" | "newline") => {}
            other => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for reconfigure()",
                    other.unwrap_or("?")
                )))
            }
        }
    }
    t.flush()?;
    Ok(none())
}

pub static TEXT_METHODS: [MethodDef; 20] = [
    MethodDef { name: "read", func: t_read, flags: 0, doc: "" },
    MethodDef { name: "readline", func: t_readline, flags: 0, doc: "" },
    MethodDef { name: "readlines", func: t_readlines, flags: 0, doc: "" },
    MethodDef { name: "write", func: t_write, flags: 0, doc: "" },
    MethodDef { name: "writelines", func: t_writelines, flags: 0, doc: "" },
    MethodDef { name: "flush", func: t_flush, flags: 0, doc: "" },
    MethodDef { name: "close", func: t_close, flags: 0, doc: "" },
    MethodDef { name: "seek", func: t_seek, flags: 0, doc: "" },
    MethodDef { name: "tell", func: t_tell, flags: 0, doc: "" },
    MethodDef { name: "truncate", func: t_truncate, flags: 0, doc: "" },
    MethodDef { name: "fileno", func: t_fileno, flags: 0, doc: "" },
    MethodDef { name: "isatty", func: t_isatty, flags: 0, doc: "" },
    MethodDef { name: "readable", func: t_readable, flags: 0, doc: "" },
    MethodDef { name: "writable", func: t_writable, flags: 0, doc: "" },
    MethodDef { name: "seekable", func: t_seekable, flags: 0, doc: "" },
    MethodDef { name: "__enter__", func: t_enter, flags: 0, doc: "" },
    MethodDef { name: "__exit__", func: t_exit, flags: 0, doc: "" },
    MethodDef { name: "__iter__", func: t_iter_method, flags: 0, doc: "" },
    MethodDef { name: "reconfigure", func: t_reconfigure, flags: 0, doc: "" },
    MethodDef { name: "detach", func: t_detach, flags: 0, doc: "" },
];

fn t_detach(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    t.flush()?;
    Ok(t.buffer.clone())
}

fn g_closed(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(this(o)?.file().st.is_closed()))
}

fn g_name(o: &PyObject) -> PyResult<PyRef> {
    Ok(this(o)?.file().name())
}

fn g_mode(o: &PyObject) -> PyResult<PyRef> {
    // SAFETY: single-threaded field access.
    match unsafe { (*this(o)?.mode.get()).clone() } {
        Some(m) => Ok(m),
        None => Err(crate::object::exceptions::attribute_error("'_io.TextIOWrapper' object has no attribute 'mode'")),
    }
}

fn s_mode(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let t = this(o)?;
    // SAFETY: single-threaded field access; the old value drops after the write.
    let old = unsafe { std::mem::replace(&mut *t.mode.get(), v.map(|v| v.to_ref())) };
    drop(old);
    Ok(())
}

fn g_encoding(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(&*this(o)?.encoding))
}

fn g_errors(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(&*this(o)?.errors_name))
}

fn g_buffer(o: &PyObject) -> PyResult<PyRef> {
    Ok(this(o)?.buffer.clone())
}

fn g_line_buffering(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(this(o)?.line_buffering.get()))
}

fn g_write_through(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(this(o)?.write_through.get()))
}

fn g_newlines(_o: &PyObject) -> PyResult<PyRef> {
    Ok(none())
}

pub static TEXT_GETSETS: [GetSetDef; 9] = [
    GetSetDef { name: "closed", get: g_closed, set: None, doc: "" },
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "mode", get: g_mode, set: Some(s_mode), doc: "" },
    GetSetDef { name: "encoding", get: g_encoding, set: None, doc: "" },
    GetSetDef { name: "errors", get: g_errors, set: None, doc: "" },
    GetSetDef { name: "buffer", get: g_buffer, set: None, doc: "" },
    GetSetDef { name: "line_buffering", get: g_line_buffering, set: None, doc: "" },
    GetSetDef { name: "write_through", get: g_write_through, set: None, doc: "" },
    GetSetDef { name: "newlines", get: g_newlines, set: None, doc: "" },
];
