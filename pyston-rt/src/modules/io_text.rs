//! `TextIOWrapper`: a text layer over a binary file. Decoding (UTF-8,
//! Latin-1, ASCII, one-byte registry codecs), newline translation, line
//! buffering. Reading scans the binary file's buffer directly, so `tell()`
//! is an exact byte offset (no decoder state is kept across calls), which
//! is also CPython's cookie for these codecs. Over one of our binary files
//! the wrapper uses its `FileState`; over any other Python buffer
//! (`BytesIO`, `GzipFile`, user classes) it keeps a hidden buffered file
//! whose backend calls the buffer's `read1`/`write`/`seek`/`tell`.

use super::io::{closed_file_error, unsupported};
use super::io_file::{as_file, new_file, seek_args, size_arg, FileState, PyFile, RawBackend, RawKind, BUFFERED_RANDOM_TYPE, BUFFERED_READER_TYPE, BUFFERED_WRITER_TYPE, BUFFER_SIZE, FILEIO_TYPE};
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
use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
    /// An ASCII-compatible one-byte codec of the registry (cp1252,
    /// iso8859_15, koi8_r, ...), looked up by the stream's encoding name.
    OneByte,
    /// Any other text codec of the registry: its incremental decoder and
    /// encoder (`io_textcodec.rs`).
    Generic,
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
            return Ok(Codec::Generic);
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
        Codec::OneByte | Codec::Generic => crate::object::codecs::encode(s, enc, errors),
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
        Codec::OneByte | Codec::Generic => Ok((crate::object::codecs::decode(b, enc, errors)?, b.len())),
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
    /// The binary buffer given to the constructor (`.buffer`).
    buffer: UnsafeCell<Option<PyRef>>,
    /// When `buffer` is not one of our binary files: a hidden one over it
    /// (a `FileState` whose backend calls the buffer's `read1`/`write`).
    inner: UnsafeCell<Option<PyRef>>,
    /// References replaced by a second `__init__`, kept alive so a borrow
    /// taken from `file()` never dangles.
    retired: UnsafeCell<Vec<PyRef>>,
    encoding: RefCell<Rc<str>>,
    codec: Cell<Codec>,
    errors_name: RefCell<Rc<str>>,
    newline: Cell<Newline>,
    pub line_buffering: Cell<bool>,
    pub write_through: Cell<bool>,
    pub mode: UnsafeCell<Option<PyRef>>,
    /// A UTF-8-sig BOM is skipped/written once.
    pub bom_done: Cell<bool>,
    /// 0 usable, 1 detached, 2 not initialized.
    state: Cell<u8>,
    /// Newline kinds seen while reading (1 LF, 2 CR, 4 CRLF).
    seennl: Cell<u8>,
    /// False while iterating (CPython: "telling position disabled by next() call").
    telling: Cell<bool>,
    /// Decoder/encoder state for `Codec::Generic`.
    pub(super) gen: RefCell<super::io_textcodec::GenericCodec>,
}

pub static TEXTIO_TYPE: Static<TypeObject> = Static(TypeObject {
    base: Cell::new(&super::io_base::TEXT_IOBASE_TYPE as *const Static<TypeObject> as *mut TypeObject),
    tp_drop: slot(drop_payload::<PyTextIO>),
    tp_new: slot(text_new),
    tp_finalize: slot(text_finalize),
    tp_init: slot(text_init),
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
    /// The binary file read and written (the buffer, or the hidden layer
    /// over a Python buffer).
    pub fn file(&self) -> PyResult<&PyFile> {
        self.check_attached()?;
        // SAFETY: single-threaded; `buffer`/`inner` are only replaced by
        // `__init__`, which keeps the old references alive in `retired`.
        let r = unsafe { (*self.inner.get()).as_ref().or((*self.buffer.get()).as_ref()) };
        r.and_then(|r| as_file(r)).ok_or_else(|| crate::object::exceptions::value_error("I/O operation on uninitialized object"))
    }

    pub fn check_attached(&self) -> PyResult<()> {
        match self.state.get() {
            0 => Ok(()),
            1 => Err(crate::object::exceptions::value_error("underlying buffer has been detached")),
            _ => Err(crate::object::exceptions::value_error("I/O operation on uninitialized object")),
        }
    }

    /// The buffer object given to the constructor.
    pub fn buffer(&self) -> PyResult<PyRef> {
        self.check_attached()?;
        // SAFETY: single-threaded read, cloned out.
        unsafe { (*self.buffer.get()).clone() }.ok_or_else(|| crate::object::exceptions::value_error("I/O operation on uninitialized object"))
    }

    fn has_inner(&self) -> bool {
        // SAFETY: single-threaded read.
        unsafe { (*self.inner.get()).is_some() }
    }

    pub(super) fn newline_mode(&self) -> Newline {
        self.newline.get()
    }

    pub(super) fn translate_pub(&self, s: String) -> String {
        self.translate(s)
    }

    pub(super) fn enc(&self) -> Rc<str> {
        self.encoding.borrow().clone()
    }

    pub(super) fn errs(&self) -> Rc<str> {
        self.errors_name.borrow().clone()
    }

    fn dec(&self, b: &[u8], final_: bool) -> PyResult<(String, usize)> {
        decode(b, self.codec.get(), &self.enc(), &self.errs(), final_)
    }

    fn check_readable(&self) -> PyResult<()> {
        let f = self.file()?;
        if f.st.is_closed() {
            return Err(closed_file_error());
        }
        if !f.st.readable.get() {
            return Err(unsupported("not readable"));
        }
        Ok(())
    }

    fn check_writable(&self) -> PyResult<()> {
        let f = self.file()?;
        if f.st.is_closed() {
            return Err(closed_file_error());
        }
        if !f.st.writable.get() {
            return Err(unsupported("not writable"));
        }
        Ok(())
    }

    /// Write text (newline translation, encoding, line buffering).
    pub fn write_str(&self, s: &str) -> PyResult<()> {
        self.check_writable()?;
        let st = &self.file()?.st;
        let translated;
        let mut text = s;
        match self.newline.get() {
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
        if self.codec.get() == Codec::Utf8Sig && !self.bom_done.get() {
            self.bom_done.set(true);
            if st.tell().unwrap_or(1) == 0 {
                st.write(b"\xef\xbb\xbf")?;
            }
        }
        match self.codec.get() {
            Codec::Utf8 | Codec::Utf8Sig if !crate::object::str_surr::has_surrogates(text) => {
                st.write(text.as_bytes())?;
            }
            Codec::Generic => {
                let b = self.g_write(text)?;
                st.write(&b)?;
            }
            c => {
                let b = encode(text, c, &self.enc(), &self.errs())?;
                st.write(&b)?;
            }
        }
        if self.line_buffering.get() && (s.contains('\n') || s.contains('\r')) {
            self.flush()?;
        } else if self.write_through.get() {
            st.flush()?;
        }
        Ok(())
    }

    fn skip_bom(&self) -> PyResult<()> {
        if self.codec.get() == Codec::Utf8Sig && !self.bom_done.get() {
            self.bom_done.set(true);
            let st = &self.file()?.st;
            st.ensure(3)?;
            if st.buffered_bytes().starts_with(b"\xef\xbb\xbf") {
                st.consume(3);
            }
        }
        Ok(())
    }

    /// Translate newlines of decoded input text.
    fn translate(&self, s: String) -> String {
        let nl = self.newline.get();
        let has_cr = s.contains('\r');
        if matches!(nl, Newline::Universal | Newline::Untranslated) {
            if has_cr {
                self.note_newlines(&s);
            } else if self.seennl.get() & 1 == 0 && s.contains('\n') {
                self.seennl.set(self.seennl.get() | 1);
            }
        }
        if nl == Newline::Universal && has_cr {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s
        }
    }

    fn note_newlines(&self, s: &str) {
        let b = s.as_bytes();
        let mut seen = self.seennl.get();
        if seen == 7 {
            return;
        }
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' {
                seen |= if i > 0 && b[i - 1] == b'\r' { 4 } else { 1 };
            } else if c == b'\r' && b.get(i + 1) != Some(&b'\n') {
                seen |= 2;
            }
        }
        self.seennl.set(seen);
    }

    /// Read everything left.
    pub fn read_all(&self) -> PyResult<String> {
        self.check_readable()?;
        if self.codec.get() == Codec::Generic {
            return self.g_read_all();
        }
        self.skip_bom()?;
        let data = self.file()?.st.read_all()?;
        let (s, _) = self.dec(&data, true)?;
        Ok(self.translate(s))
    }

    /// Read up to `n` characters.
    pub fn read_chars(&self, n: usize) -> PyResult<String> {
        self.check_readable()?;
        if self.codec.get() == Codec::Generic {
            return self.g_read_chars(n);
        }
        self.skip_bom()?;
        let st = &self.file()?.st;
        let codec = self.codec.get();
        let newline = self.newline.get();
        let mut out = String::new();
        let mut count = 0;
        while count < n {
            if st.buffered_bytes().is_empty() && st.fill()? == 0 {
                break;
            }
            // A CR at the end of the buffer needs the next byte.
            if newline == Newline::Universal && st.buffered_bytes().last() == Some(&b'\r') {
                let have = st.buffered_bytes().len();
                st.ensure(have + 1)?;
            }
            let avail = st.buffered_bytes();
            // Take at most the bytes of (n - count) characters.
            let mut end = 0;
            let mut chars = 0;
            while end < avail.len() && chars < n - count {
                let b = avail[end];
                let len = if matches!(codec, Codec::Latin1 | Codec::Ascii | Codec::OneByte) || b < 0x80 {
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
                if newline == Newline::Universal && b == b'\r' && avail.get(end + 1) == Some(&b'\n') {
                    end += 2;
                } else {
                    end += len;
                }
                chars += 1;
            }
            let end = end.min(avail.len());
            let final_ = false;
            let (s, used) = self.dec(&avail[..end], final_)?;
            if used == 0 {
                // A split multi-byte character: get more data or finish.
                let have = avail.len();
                if st.fill()? == 0 {
                    let rest = st.buffered_bytes().to_vec();
                    st.consume(have);
                    let (s, _) = self.dec(&rest, true)?;
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
        if !matches!(self.codec.get(), Codec::Utf8 | Codec::Utf8Sig) {
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
        let newline = self.newline.get();
        while i < b.len() {
            let c = b[i];
            match newline {
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
        if self.codec.get() == Codec::Generic {
            return self.g_read_line(limit);
        }
        self.skip_bom()?;
        let st = &self.file()?.st;
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
        let (s, _) = self.dec(&avail[..end], true)?;
        st.consume(end);
        Ok(self.translate(s))
    }

    pub fn flush(&self) -> PyResult<()> {
        let f = self.file()?;
        if f.st.is_closed() {
            return Err(closed_file_error());
        }
        self.telling.set(true);
        f.st.flush()?;
        if self.has_inner() {
            protocol::call_method(&*self.buffer()?, crate::name!("flush"), &[])?;
        }
        Ok(())
    }

    pub fn is_closed(&self) -> PyResult<bool> {
        Ok(self.file()?.st.is_closed())
    }
}

/// A new TextIOWrapper over one of our binary files (`open()`, the
/// standard streams).
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
    let t = alloc_text(&TEXTIO_TYPE);
    let tx = as_text(&t).unwrap();
    tx.setup(buffer, encoding, errors, newline, line_buffering, write_through)?;
    // SAFETY: single-threaded field access on a fresh object.
    unsafe { *tx.mode.get() = mode };
    Ok(t)
}

fn alloc_text(t: &TypeObject) -> PyRef {
    new_object(t, |ob| PyTextIO {
        ob,
        dict: Cell::new(std::ptr::null_mut()),
        buffer: UnsafeCell::new(None),
        inner: UnsafeCell::new(None),
        retired: UnsafeCell::new(Vec::new()),
        encoding: RefCell::new("UTF-8".into()),
        codec: Cell::new(Codec::Utf8),
        errors_name: RefCell::new("strict".into()),
        newline: Cell::new(Newline::Universal),
        line_buffering: Cell::new(false),
        write_through: Cell::new(false),
        mode: UnsafeCell::new(None),
        bom_done: Cell::new(false),
        state: Cell::new(2),
        seennl: Cell::new(0),
        telling: Cell::new(true),
        gen: RefCell::new(Default::default()),
    })
}

/// `readable()`/`writable()` of a Python buffer.
fn probe(buffer: &PyObject, m: &PyObject) -> PyResult<bool> {
    protocol::is_true(&*protocol::call_method(buffer, m, &[])?)
}

impl PyTextIO {
    /// Attach a buffer and configure (the constructor's work).
    fn setup(&self, buffer: PyRef, encoding: Option<&str>, errors: Option<&str>, newline: Newline, line_buffering: bool, write_through: bool) -> PyResult<()> {
        let (enc_name, codec) = match encoding {
            None | Some("locale") => ("UTF-8".to_string(), Codec::Utf8),
            Some(e) => (e.to_string(), Codec::lookup(e)?),
        };
        let inner = if as_file(&buffer).is_some() {
            None
        } else {
            let readable = probe(&buffer, crate::name!("readable"))?;
            let writable = probe(&buffer, crate::name!("writable"))?;
            let backend = RawBackend { reader: buffer.clone(), writer: buffer.clone(), kind: RawKind::Buffer };
            let st = FileState::new_raw(backend, readable, writable, BUFFER_SIZE);
            Some(new_file(&BUFFERED_RANDOM_TYPE, st, none(), String::new()))
        };
        // SAFETY: single-threaded; old references move to `retired` so
        // borrows taken from `file()` stay valid.
        unsafe {
            let old_b = std::mem::replace(&mut *self.buffer.get(), Some(buffer));
            let old_i = std::mem::replace(&mut *self.inner.get(), inner);
            let r = &mut *self.retired.get();
            r.extend(old_b);
            if let Some(i) = old_i {
                // The old hidden layer must not close its buffer when it dies.
                if let Some(f) = as_file(&i) {
                    f.st.detached.set(1);
                }
                r.push(i);
            }
        }
        *self.encoding.borrow_mut() = enc_name.into();
        self.codec.set(codec);
        *self.errors_name.borrow_mut() = errors.unwrap_or("strict").into();
        self.newline.set(newline);
        self.line_buffering.set(line_buffering);
        self.write_through.set(write_through);
        self.bom_done.set(false);
        self.seennl.set(0);
        self.telling.set(true);
        *self.gen.borrow_mut() = Default::default();
        self.state.set(0);
        Ok(())
    }
}

/// `close()` on collection, as CPython's `iobase_finalize`, when the
/// buffer is a Python object or a buffered file over a Python raw stream
/// (text files of `open()` flush through `FileState::drop`).
fn text_finalize(o: &PyObject) {
    let Some(t) = as_text(o) else { return };
    if t.state.get() != 0 {
        return;
    }
    let Ok(f) = t.file() else { return };
    if !f.st.has_backend() || f.st.is_closed() {
        return;
    }
    let _ = protocol::call_method(o, crate::name!("close"), &[]);
}

fn text_new(t: &TypeObject, _args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(alloc_text(t))
}

fn opt_str_arg<'a>(o: Option<&'a PyObject>, what: &str) -> PyResult<Option<&'a str>> {
    match o {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => str_value(v).map(Some).ok_or_else(|| type_error(format!("TextIOWrapper() argument '{}' must be str or None, not {}", what, v.type_().name()))),
    }
}

/// `TextIOWrapper.__init__(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)`.
fn text_init(o: &PyObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    static P: Params = Params::new("TextIOWrapper", &["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
    let mut p = [None; 6];
    P.parse(args, kw, &mut p)?;
    let t = this(o)?;
    let buffer = p[0].unwrap();
    let encoding = opt_str_arg(p[1], "encoding")?;
    let newline = match p[3] {
        Some(v) if !is_none(v) && str_value(v).is_none() => {
            return Err(type_error(format!("TextIOWrapper() argument 'newline' must be str or None, not {}", v.type_().name())))
        }
        v => Newline::parse(v)?,
    };
    let errors = opt_str_arg(p[2], "errors")?;
    let flag = |v: Option<&PyObject>| -> PyResult<bool> {
        match v {
            None => Ok(false),
            Some(v) => Ok(crate::object::args::expect_index(v)? != 0),
        }
    };
    let line_buffering = flag(p[4])?;
    let write_through = flag(p[5])?;
    t.setup(buffer.to_ref(), encoding, errors, newline, line_buffering, write_through)
}

fn this(o: &PyObject) -> PyResult<&PyTextIO> {
    as_text(o).ok_or_else(|| type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received '{}'", o.type_().name())))
}

/// `getattr(o, name)`, None when it raises AttributeError or ValueError
/// (CPython's repr skips both).
fn repr_attr(o: &PyObject, name: &PyObject) -> PyResult<Option<PyRef>> {
    match protocol::getattr(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&crate::object::exceptions::ATTRIBUTE_ERROR) || e.matches(&crate::object::exceptions::VALUE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

fn text_repr(o: &PyObject) -> PyResult<PyRef> {
    let t = this(o)?;
    if t.state.get() == 2 {
        return Err(crate::object::exceptions::value_error("I/O operation on uninitialized object"));
    }
    let mut s = String::from("<_io.TextIOWrapper");
    if let Some(n) = repr_attr(o, crate::name!("name"))? {
        s.push_str(&format!(" name={}", protocol::repr_string(&n)?));
    }
    if let Some(m) = repr_attr(o, crate::name!("mode"))? {
        s.push_str(&format!(" mode={}", protocol::repr_string(&m)?));
    }
    s.push_str(&format!(" encoding='{}'>", t.enc()));
    Ok(new_str(s))
}

fn text_iter(o: &PyObject) -> PyResult<PyRef> {
    if this(o)?.is_closed()? {
        return Err(closed_file_error());
    }
    Ok(o.to_ref())
}

fn text_iternext(o: &PyObject) -> PyResult<Option<PyRef>> {
    let t = this(o)?;
    t.telling.set(false);
    let line = t.read_line(None)?;
    if line.is_empty() {
        t.telling.set(true);
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
    let t = this(args[0])?;
    let f = t.file()?;
    if f.st.is_closed() {
        return Ok(none());
    }
    let buffer = t.buffer()?;
    let ours = [&BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE, &FILEIO_TYPE].iter().any(|ty| buffer.is_exact(ty));
    if ours && !f.st.has_backend() {
        f.st.close()?;
        return Ok(none());
    }
    // CPython: self.flush(), then buffer.close() (both through methods).
    let r = protocol::call_method(args[0], crate::name!("flush"), &[]);
    let r2 = protocol::call_method(&buffer, crate::name!("close"), &[]);
    r?;
    r2?;
    Ok(none())
}

fn t_seek(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    if t.codec.get() == Codec::Generic && args.len() >= 2 && kw.is_none() {
        let whence = match args.get(2) {
            Some(w) => crate::object::args::expect_index(w)?,
            None => 0,
        };
        let cookie = protocol::index(args[1])?;
        if whence == 0 && args.len() <= 3 {
            t.check_attached()?;
            t.file()?.st.check_open()?;
            t.g_check_seekable()?;
            t.flush()?;
            t.telling.set(true);
            return t.g_seek(&cookie);
        }
        if crate::object::int::int_value_i64(&cookie) == Some(0) && whence == 1 {
            t.g_check_seekable()?;
            t.flush()?;
            return t.g_tell();
        }
        if crate::object::int::int_value_i64(&cookie) == Some(0) && whence == 2 {
            t.g_check_seekable()?;
            t.flush()?;
            let st = &t.file()?.st;
            let r = st.seek(0, 2)?;
            t.g_reset()?;
            t.telling.set(true);
            return Ok(new_int(r));
        }
    }
    let (off, whence) = seek_args(&args[1..], kw)?;
    let st = &t.file()?.st;
    st.check_open()?;
    if !st.seekable()? {
        return Err(unsupported("underlying stream is not seekable"));
    }
    if whence == 1 && off != 0 {
        return Err(unsupported("can't do nonzero cur-relative seeks"));
    }
    if whence == 2 && off != 0 {
        return Err(unsupported("can't do nonzero end-relative seeks"));
    }
    if whence == 0 && off < 0 {
        return Err(crate::object::exceptions::value_error(format!("negative seek position {}", off)));
    }
    t.flush()?;
    if off == 0 && whence == 0 {
        t.bom_done.set(false);
    }
    t.telling.set(true);
    Ok(new_int(st.seek(off, whence)?))
}

fn t_tell(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    let st = &t.file()?.st;
    st.check_open()?;
    if !st.seekable()? {
        return Err(unsupported("underlying stream is not seekable"));
    }
    if !t.telling.get() {
        return Err(crate::object::exceptions::os_error("telling position disabled by next() call"));
    }
    if t.codec.get() == Codec::Generic {
        t.flush()?;
        return t.g_tell();
    }
    Ok(new_int(st.tell()?))
}

fn t_truncate(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("truncate", kw)?;
    let t = this(args[0])?;
    let st = &t.file()?.st;
    let size = match args.get(1) {
        Some(s) if !is_none(s) => Some(protocol::index_opt(s)?.unwrap_or(0) as i64),
        _ => None,
    };
    t.flush()?;
    Ok(new_int(st.truncate(size)?))
}

/// Delegate a no-argument query to a Python buffer.
fn to_buffer(t: &PyTextIO, m: &PyObject) -> PyResult<Option<PyRef>> {
    if t.has_inner() {
        return Ok(Some(protocol::call_method(&*t.buffer()?, m, &[])?));
    }
    Ok(None)
}

fn t_fileno(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    if let Some(r) = to_buffer(t, crate::name!("fileno"))? {
        return Ok(r);
    }
    let f = t.file()?;
    if f.st.has_backend() {
        return protocol::call_method(&*t.buffer()?, crate::name!("fileno"), &[]);
    }
    Ok(new_int(f.st.check_open()? as i64))
}

fn t_isatty(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    if let Some(r) = to_buffer(t, crate::name!("isatty"))? {
        return Ok(r);
    }
    Ok(new_bool(t.file()?.st.isatty()?))
}

fn t_readable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    if let Some(r) = to_buffer(t, crate::name!("readable"))? {
        return Ok(r);
    }
    if t.file()?.st.has_backend() {
        return protocol::call_method(&*t.buffer()?, crate::name!("readable"), &[]);
    }
    let st = &t.file()?.st;
    st.check_open()?;
    Ok(new_bool(st.readable.get()))
}

fn t_writable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    if let Some(r) = to_buffer(t, crate::name!("writable"))? {
        return Ok(r);
    }
    if t.file()?.st.has_backend() {
        return protocol::call_method(&*t.buffer()?, crate::name!("writable"), &[]);
    }
    let st = &t.file()?.st;
    st.check_open()?;
    Ok(new_bool(st.writable.get()))
}

fn t_seekable(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    if let Some(r) = to_buffer(t, crate::name!("seekable"))? {
        return Ok(r);
    }
    Ok(new_bool(t.file()?.st.seekable()?))
}

fn t_enter(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    if this(args[0])?.is_closed()? {
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

/// `reconfigure(*, encoding=None, errors=None, newline=None,
/// line_buffering=None, write_through=None)`.
fn t_reconfigure(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    let (pos, vals, names) = crate::object::args::split(args, kw);
    if pos.len() > 1 {
        return Err(type_error("reconfigure() takes no positional arguments"));
    }
    let (mut enc, mut errs, mut nl, mut lb, mut wt) = (None, None, None, None, None);
    for (k, v) in names.iter().zip(vals) {
        match str_value(k) {
            Some("encoding") => enc = Some(*v),
            Some("errors") => errs = Some(*v),
            Some("newline") => nl = Some(*v),
            Some("line_buffering") => lb = Some(*v),
            Some("write_through") => wt = Some(*v),
            other => return Err(type_error(format!("'{}' is an invalid keyword argument for reconfigure()", other.unwrap_or("?")))),
        }
    }
    t.check_attached()?;
    let enc = opt_str_arg(enc, "encoding")?;
    let errs = opt_str_arg(errs, "errors")?;
    let nl = match nl {
        Some(v) if !is_none(v) && str_value(v).is_none() => {
            return Err(type_error(format!("reconfigure() argument 'newline' must be str or None, not {}", v.type_().name())))
        }
        Some(v) if !is_none(v) => Some(Newline::parse(Some(v))?),
        _ => None,
    };
    if enc.is_some() || errs.is_some() || nl.is_some() {
        // CPython refuses once reading has started (decoded data pending);
        // this wrapper keeps no decoded data, so only check the encoding.
        let codec = match enc {
            Some(e) if e != "locale" => Some((e.to_string(), Codec::lookup(e)?)),
            Some(_) => Some(("UTF-8".to_string(), Codec::Utf8)),
            None => None,
        };
        t.flush()?;
        if let Some((name, c)) = codec {
            *t.encoding.borrow_mut() = name.into();
            t.codec.set(c);
            *t.gen.borrow_mut() = Default::default();
            if errs.is_none() {
                *t.errors_name.borrow_mut() = "strict".into();
            }
        }
        if let Some(e) = errs {
            *t.errors_name.borrow_mut() = e.into();
            let mut g = t.gen.borrow_mut();
            g.decoder = None;
            g.encoder = None;
        }
        if let Some(n) = nl {
            t.newline.set(n);
        }
    }
    if let Some(v) = lb.filter(|v| !is_none(v)) {
        t.line_buffering.set(protocol::is_true(v)?);
    }
    if let Some(v) = wt.filter(|v| !is_none(v)) {
        t.write_through.set(protocol::is_true(v)?);
    }
    t.flush()?;
    Ok(none())
}

pub static TEXT_METHODS: [MethodDef; 21] = [
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
    MethodDef { name: "__reduce_ex__", func: super::io_file::cannot_pickle, flags: 0, doc: "" },
];

fn t_detach(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let t = this(args[0])?;
    t.check_attached()?;
    protocol::call_method(args[0], crate::name!("flush"), &[])?;
    let b = t.buffer()?;
    if t.has_inner() {
        t.file()?.st.detached.set(1);
    }
    t.state.set(1);
    Ok(b)
}

fn g_closed(o: &PyObject) -> PyResult<PyRef> {
    let t = this(o)?;
    if t.has_inner() {
        return protocol::getattr(&*t.buffer()?, crate::name!("closed"));
    }
    Ok(new_bool(t.is_closed()?))
}

fn g_name(o: &PyObject) -> PyResult<PyRef> {
    protocol::getattr(&*this(o)?.buffer()?, crate::name!("name"))
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
    let t = this(o)?;
    if t.state.get() == 2 {
        return Err(crate::object::exceptions::value_error("I/O operation on uninitialized object"));
    }
    Ok(new_str(&*t.enc()))
}

fn g_errors(o: &PyObject) -> PyResult<PyRef> {
    let t = this(o)?;
    if t.state.get() == 2 {
        return Err(crate::object::exceptions::value_error("I/O operation on uninitialized object"));
    }
    Ok(new_str(&*t.errs()))
}

fn g_buffer(o: &PyObject) -> PyResult<PyRef> {
    let t = this(o)?;
    if t.state.get() != 0 {
        return Ok(none());
    }
    t.buffer()
}

fn g_line_buffering(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(this(o)?.line_buffering.get()))
}

fn g_write_through(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_bool(this(o)?.write_through.get()))
}

fn g_newlines(o: &PyObject) -> PyResult<PyRef> {
    let t = this(o)?;
    t.check_attached()?;
    if !matches!(t.newline.get(), Newline::Universal | Newline::Untranslated) {
        return Ok(none());
    }
    let s = |x: &str| new_str(x);
    Ok(match t.seennl.get() {
        0 => none(),
        1 => s("\n"),
        2 => s("\r"),
        3 => crate::object::tuple::new_tuple(vec![s("\r"), s("\n")]),
        4 => s("\r\n"),
        5 => crate::object::tuple::new_tuple(vec![s("\n"), s("\r\n")]),
        6 => crate::object::tuple::new_tuple(vec![s("\r"), s("\r\n")]),
        _ => crate::object::tuple::new_tuple(vec![s("\r"), s("\n"), s("\r\n")]),
    })
}

fn g_chunk_size(_o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(BUFFER_SIZE as i64))
}

pub static TEXT_GETSETS: [GetSetDef; 10] = [
    GetSetDef { name: "closed", get: g_closed, set: None, doc: "" },
    GetSetDef { name: "name", get: g_name, set: None, doc: "" },
    GetSetDef { name: "mode", get: g_mode, set: Some(s_mode), doc: "" },
    GetSetDef { name: "encoding", get: g_encoding, set: None, doc: "" },
    GetSetDef { name: "errors", get: g_errors, set: None, doc: "" },
    GetSetDef { name: "buffer", get: g_buffer, set: None, doc: "" },
    GetSetDef { name: "line_buffering", get: g_line_buffering, set: None, doc: "" },
    GetSetDef { name: "write_through", get: g_write_through, set: None, doc: "" },
    GetSetDef { name: "newlines", get: g_newlines, set: None, doc: "" },
    GetSetDef { name: "_CHUNK_SIZE", get: g_chunk_size, set: None, doc: "" },
];
