//! The `io` / `_io` module: `open()`, the file types (`io_file.rs`,
//! `io_text.rs`, `io_memory.rs`), the standard streams, `print` and
//! `input`, and OSError construction from errno values.

use super::io_file::{new_file, FileState, BUFFERED_RANDOM_TYPE, BUFFERED_READER_TYPE, BUFFERED_RWPAIR_TYPE, BUFFERED_WRITER_TYPE, FILEIO_TYPE};
use super::io_text::{as_text, new_text, Newline};
use crate::object::args::{split, Params};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{self as exc, type_error, value_error, PyErr};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, new_int};
use crate::object::module::as_module;
use crate::object::protocol;
use crate::object::singletons::{is_none, none};
use crate::object::str::{as_pystr, new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{as_type, MethodDef, TypeObject};
use crate::object::PyResult;
use std::cell::RefCell;

// ---- errors ----

/// The OSError subclass CPython picks for an errno value.
pub fn os_error_type(errno: i32) -> &'static TypeObject {
    match errno {
        libc::ENOENT => &exc::FILE_NOT_FOUND_ERROR,
        libc::EEXIST => &exc::FILE_EXISTS_ERROR,
        libc::EISDIR => &exc::IS_A_DIRECTORY_ERROR,
        libc::ENOTDIR => &exc::NOT_A_DIRECTORY_ERROR,
        libc::EACCES | libc::EPERM => &exc::PERMISSION_ERROR,
        libc::EPIPE | libc::ESHUTDOWN => &exc::BROKEN_PIPE_ERROR,
        libc::EINTR => &exc::INTERRUPTED_ERROR,
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &exc::BLOCKING_IO_ERROR,
        libc::ECHILD => &exc::CHILD_PROCESS_ERROR,
        libc::ECONNABORTED => &exc::CONNECTION_ABORTED_ERROR,
        libc::ECONNREFUSED => &exc::CONNECTION_REFUSED_ERROR,
        libc::ECONNRESET => &exc::CONNECTION_RESET_ERROR,
        libc::ESRCH => &exc::PROCESS_LOOKUP_ERROR,
        libc::ETIMEDOUT => &exc::TIMEOUT_ERROR,
        _ => &exc::OS_ERROR,
    }
}

/// The C library's message for an errno value (`No such file or directory`).
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `FileNotFoundError(2, 'No such file or directory', filename)` etc.
pub fn os_error_from_errno(errno: i32, filename: Option<&PyObject>) -> PyErr {
    let mut args = vec![new_int(errno as i64), new_str(strerror(errno))];
    if let Some(f) = filename {
        args.push(f.to_ref());
    }
    PyErr::with_args(os_error_type(errno), args)
}

/// The last OS error as an OSError.
pub fn last_os_error(filename: Option<&PyObject>) -> PyErr {
    os_error_from_errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(0), filename)
}

pub fn closed_file_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

static UNSUPPORTED: crate::object::Static<RefCell<Option<PyRef>>> = crate::object::Static(RefCell::new(None));

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError).
pub fn unsupported_operation_type() -> PyRef {
    if let Some(t) = UNSUPPORTED.borrow().clone() {
        return t;
    }
    let made = (|| -> PyResult<PyRef> {
        let bases = new_tuple(vec![exc::OS_ERROR.to_ref(), exc::VALUE_ERROR.to_ref()]);
        let ns = crate::object::dict::new_dict();
        dict_set_item_str(&ns, "__module__", new_str("io"));
        let name = new_str("UnsupportedOperation");
        let t = protocol::call(crate::object::TYPE_TYPE.obj(), &[&name, &bases, &ns], None)?;
        if as_type(&t).is_none() {
            return Err(type_error("not a type"));
        }
        Ok(t)
    })();
    let t = made.unwrap_or_else(|_| exc::OS_ERROR.to_ref());
    crate::object::gc::make_immortal_deep(&t);
    *UNSUPPORTED.borrow_mut() = Some(t.clone());
    t
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> PyErr {
    let t = unsupported_operation_type();
    let m = new_str(msg);
    match protocol::call1(&t, &m) {
        Ok(e) if exc::as_exception(&e).is_some() => PyErr::from_value(e),
        _ => PyErr::new(&exc::OS_ERROR, msg),
    }
}

// ---- open() ----

static OPEN_PARAMS: Params = Params::new(
    "open",
    &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    1,
);

fn opt_str<'a>(o: Option<&'a PyObject>, what: &str) -> PyResult<Option<&'a str>> {
    match o {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => str_value(v)
            .map(Some)
            .ok_or_else(|| type_error(format!("open() argument '{}' must be str or None, not {}", what, v.type_().name()))),
    }
}

/// A filesystem path argument: str, bytes or `__fspath__`.
pub fn fspath(o: &PyObject) -> PyResult<(String, PyRef)> {
    if let Some(s) = str_value(o) {
        return Ok((s.to_string(), o.to_ref()));
    }
    if let Some(b) = super::hooks::bytes_data(o) {
        return Ok((String::from_utf8_lossy(b).into_owned(), o.to_ref()));
    }
    if let Some(f) = super::builtins_funcs::lookup_special(o, crate::name!("__fspath__"))? {
        let r = protocol::call0(&f)?;
        if let Some(s) = str_value(&r) {
            return Ok((s.to_string(), r.clone()));
        }
        if let Some(b) = super::hooks::bytes_data(&r) {
            return Ok((String::from_utf8_lossy(b).into_owned(), r.clone()));
        }
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            o.type_().name(),
            r.type_().name()
        )));
    }
    Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", o.type_().name())))
}

pub fn builtin_open(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut p = [None; 8];
    OPEN_PARAMS.parse(args, kw, &mut p)?;
    let file = p[0].unwrap();
    let mode_obj = p[1];
    let mode = match mode_obj {
        None => "r",
        Some(m) => str_value(m).ok_or_else(|| type_error(format!("open() argument 'mode' must be str, not {}", m.type_().name())))?,
    };
    let buffering = match p[2] {
        None => -1,
        Some(b) => protocol::index_opt(b)?.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", b.type_().name())))? as i64,
    };
    let encoding = opt_str(p[3], "encoding")?;
    let errors = opt_str(p[4], "errors")?;
    let newline_obj = p[5];
    let closefd = match p[6] {
        None => true,
        Some(c) => protocol::is_true(c)?,
    };
    // Mode validation, CPython's order and messages.
    let (mut r, mut w, mut x, mut a, mut plus, mut t, mut b) = (false, false, false, false, false, false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        if seen.contains(c) || !"rwxabt+".contains(c) {
            return Err(value_error(format!("invalid mode: '{}'", mode)));
        }
        seen.push(c);
        match c {
            'r' => r = true,
            'w' => w = true,
            'x' => x = true,
            'a' => a = true,
            '+' => plus = true,
            't' => t = true,
            _ => b = true,
        }
    }
    if t && b {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if [r, w, x, a].iter().filter(|&&v| v).count() != 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if b && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if b && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if b && newline_obj.is_some_and(|n| !is_none(n)) {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if b && buffering == 1 {
        // CPython warns (RuntimeWarning) and uses the default buffer size.
    }
    let newline = Newline::parse(newline_obj)?;
    if !b && buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    if let Some(e) = encoding {
        super::io_text::Codec::lookup(e)?;
    }
    // The descriptor.
    let readable = r || plus;
    let writable = w || x || a || plus;
    let (fd, name) = if let Some(i) = as_int(file) {
        let fd = i.as_i64().filter(|v| *v >= 0 && *v <= i32::MAX as i64).ok_or_else(|| value_error("negative file descriptor"))? as i32;
        (fd, file.to_ref())
    } else {
        let (path, name) = fspath(file)?;
        // The file-system bytes: str through fsencode (surrogateescape), bytes as they are.
        let path = match (str_value(&name), super::hooks::bytes_data(&name)) {
            (Some(t), _) => super::posix::fs_encode(t)?,
            (None, Some(b)) => b.to_vec(),
            _ => path.into_bytes(),
        };
        if path.contains(&0) {
            return Err(value_error("embedded null byte"));
        }
        let mut flags = libc::O_CLOEXEC;
        flags |= if readable && writable {
            libc::O_RDWR
        } else if readable {
            libc::O_RDONLY
        } else {
            libc::O_WRONLY
        };
        if w {
            flags |= libc::O_CREAT | libc::O_TRUNC;
        }
        if x {
            flags |= libc::O_CREAT | libc::O_EXCL;
        }
        if a {
            flags |= libc::O_CREAT | libc::O_APPEND;
        }
        let cpath = std::ffi::CString::new(path).map_err(|_| value_error("embedded null byte"))?;
        let fd = loop {
            // SAFETY: cpath is a valid NUL-terminated string.
            let fd = unsafe { libc::open(cpath.as_ptr(), flags, 0o666 as libc::c_uint) };
            if fd < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                crate::runtime::signals::check_interrupt()?;
                continue;
            }
            break fd;
        };
        if fd < 0 {
            return Err(last_os_error(Some(&name)));
        }
        // Opening a directory for reading succeeds at the OS level.
        // SAFETY: fstat into a zeroed stat struct on our descriptor.
        unsafe {
            let mut stb: libc::stat = std::mem::zeroed();
            if libc::fstat(fd, &mut stb) == 0 && (stb.st_mode & libc::S_IFMT) == libc::S_IFDIR {
                libc::close(fd);
                return Err(os_error_from_errno(libc::EISDIR, Some(&name)));
            }
        }
        (fd, name)
    };
    if a {
        // SAFETY: plain lseek on our descriptor.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    let raw_mode = if x {
        if plus { "xb+" } else { "xb" }
    } else if a {
        if plus { "ab+" } else { "ab" }
    } else if readable && writable {
        "rb+"
    } else if readable {
        "rb"
    } else {
        "wb"
    };
    let unbuffered = buffering == 0;
    let st = FileState::new(fd, readable, writable, a, x, closefd, !unbuffered);
    let btype: &TypeObject = if unbuffered {
        &FILEIO_TYPE
    } else if readable && writable {
        &BUFFERED_RANDOM_TYPE
    } else if readable {
        &BUFFERED_READER_TYPE
    } else {
        &BUFFERED_WRITER_TYPE
    };
    let bin = new_file(btype, st, name, raw_mode.to_string());
    if b {
        return Ok(bin);
    }
    let line_buffering = buffering == 1 || {
        // SAFETY: isatty only inspects the descriptor.
        unsafe { libc::isatty(fd) == 1 }
    };
    let mode_str = match mode_obj {
        Some(m) => m.to_ref(),
        None => new_str("r"),
    };
    new_text(bin, encoding, errors, newline, line_buffering, false, Some(mode_str))
}

// ---- the standard streams ----

fn std_stream(fd: i32, name: &str, write: bool, line_buffering: bool, errors: &str) -> PyResult<PyRef> {
    let st = FileState::new(fd, !write, write, false, false, false, true);
    let t: &TypeObject = if write { &BUFFERED_WRITER_TYPE } else { &BUFFERED_READER_TYPE };
    let bin = new_file(t, st, new_str(name), if write { "wb".into() } else { "rb".into() });
    new_text(bin, Some("utf-8"), Some(errors), Newline::Universal, line_buffering, false, Some(new_str(if write { "w" } else { "r" })))
}

/// The error handler of stdin/stdout, as CPython's `config_get_stdio_errors`:
/// the `:errors` part of PYTHONIOENCODING (strict when it is set without
/// one); otherwise `surrogateescape` in UTF-8 mode or the C/POSIX locale
/// (and its coercion targets C.UTF-8/C.utf8), `strict` in other locales.
fn stdio_errors() -> String {
    if let Ok(v) = std::env::var("PYTHONIOENCODING") {
        if !v.is_empty() {
            return match v.split_once(':') {
                Some((_, e)) if !e.is_empty() => e.to_string(),
                _ => "strict".into(),
            };
        }
    }
    if std::env::var("PYTHONUTF8").map_or(false, |v| v == "1") {
        return "surrogateescape".into();
    }
    let loc = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty())).unwrap_or_default();
    let c_like = loc.is_empty() || loc == "C" || loc == "POSIX" || loc.eq_ignore_ascii_case("C.UTF-8") || loc.eq_ignore_ascii_case("C.utf8");
    if c_like { "surrogateescape" } else { "strict" }.into()
}

/// Create `sys.stdin`/`stdout`/`stderr` (and the `__std*__` originals).
/// `unbuffered` is `-u`.
pub fn init_std_streams(sys_dict: &PyObject, unbuffered: bool) -> PyResult<()> {
    // SAFETY: isatty only inspects the descriptor.
    let out_tty = unsafe { libc::isatty(1) } == 1;
    let errors = stdio_errors();
    let stdin = std_stream(0, "<stdin>", false, false, &errors)?;
    let stdout = std_stream(1, "<stdout>", true, out_tty || unbuffered, &errors)?;
    let stderr = std_stream(2, "<stderr>", true, true, "backslashreplace")?;
    if unbuffered {
        if let Some(t) = as_text(&stdout) {
            t.write_through.set(true);
        }
        if let Some(t) = as_text(&stderr) {
            t.write_through.set(true);
        }
    }
    for (k, v) in [("stdin", &stdin), ("stdout", &stdout), ("stderr", &stderr)] {
        dict_set_item_str(sys_dict, k, v.clone());
        dict_set_item_str(sys_dict, &format!("__{}__", k), v.clone());
    }
    Ok(())
}

/// Write text to a stream object: ours directly, others through `.write`.
pub fn stream_write(stream: &PyObject, s: &str) -> PyResult<()> {
    if let Some(t) = as_text(stream) {
        return t.write_str(s);
    }
    let v = new_str(s);
    protocol::call_method(stream, crate::name!("write"), &[&v])?;
    Ok(())
}

/// `stream.flush()` (ours directly).
pub fn stream_flush(stream: &PyObject) -> PyResult<()> {
    if let Some(t) = as_text(stream) {
        if t.is_closed().unwrap_or(true) {
            return Ok(());
        }
        return t.flush();
    }
    protocol::call_method(stream, crate::name!("flush"), &[])?;
    Ok(())
}

fn raw_stderr(s: &str) {
    // SAFETY: writing a valid buffer to fd 2; errors are ignored (last resort).
    unsafe { libc::write(2, s.as_ptr() as *const libc::c_void, s.len()) };
}

/// Write to `sys.stderr` (or fd 2 when there is none); never fails.
pub fn write_stderr(s: &str) {
    match super::sys::get("stderr").filter(|e| !is_none(e)) {
        Some(e) => {
            if stream_write(&e, s).is_err() {
                raw_stderr(s);
            }
            let _ = stream_flush(&e);
        }
        None => raw_stderr(s),
    }
}

/// Write to `sys.stdout`.
pub fn write_stdout(s: &str) -> PyResult<()> {
    match super::sys::get("stdout").filter(|e| !is_none(e)) {
        Some(o) => stream_write(&o, s),
        None => Ok(()),
    }
}

/// Flush `sys.stdout` and `sys.stderr` (at exit and before reading input).
/// Returns the stdout flush error, if any.
pub fn flush_std_streams() -> PyResult<()> {
    let mut r = Ok(());
    if let Some(o) = super::sys::get("stdout").filter(|e| !is_none(e)) {
        r = stream_flush(&o);
    }
    if let Some(e) = super::sys::get("stderr").filter(|e| !is_none(e)) {
        let _ = stream_flush(&e);
    }
    r
}

// ---- print / input ----

fn sep_arg(o: Option<&PyObject>, what: &str, default: &'static str) -> PyResult<std::borrow::Cow<'static, str>> {
    match o {
        None => Ok(default.into()),
        Some(v) if is_none(v) => Ok(default.into()),
        Some(v) => match as_pystr(v) {
            Some(s) => Ok(s.as_str().to_string().into()),
            None => Err(type_error(format!("{} must be None or a string, not {}", what, v.type_().name()))),
        },
    }
}

pub fn builtin_print(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (pos, kwvals, kwn) = split(args, kw);
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in kwn.iter().zip(kwvals) {
        match str_value(k) {
            Some("sep") => sep = Some(*v),
            Some("end") => end = Some(*v),
            Some("file") => file = Some(*v),
            Some("flush") => flush = Some(*v),
            other => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for print()",
                    other.unwrap_or("?")
                )))
            }
        }
    }
    let file: PyRef = match file.filter(|f| !is_none(f)) {
        Some(f) => f.to_ref(),
        // CPython: sys.stdout None prints nothing; no sys.stdout at all is an error.
        None => match super::sys::get("stdout") {
            Some(f) if !is_none(&f) => f,
            Some(_) => return Ok(none()),
            None => return Err(crate::object::exceptions::runtime_error("lost sys.stdout")),
        },
    };
    let sep = sep_arg(sep, "sep", " ")?;
    let end = sep_arg(end, "end", "\n")?;
    if let Some(t) = as_text(&file) {
        // Our own text stream: build the whole line, write once.
        let mut line = String::new();
        for (i, a) in pos.iter().enumerate() {
            if i > 0 {
                line.push_str(&sep);
            }
            match as_pystr(a) {
                Some(s) if a.is_exact(&crate::object::str::STR_TYPE) => line.push_str(s.as_str()),
                _ => {
                    let r: PyRef = protocol::str_(a)?;
                    line.push_str(str_value(&r).unwrap_or(""))
                }
            }
        }
        line.push_str(&end);
        if crate::object::str_surr::has_surrogates(&line) {
            // An encoding error must name the position in the argument
            // being written, as CPython's one write() per piece does.
            for (i, a) in pos.iter().enumerate() {
                if i > 0 {
                    t.write_str(&sep)?;
                }
                let r: PyRef = protocol::str_(a)?;
                t.write_str(str_value(&r).unwrap_or(""))?;
            }
            t.write_str(&end)?;
        } else {
            t.write_str(&line)?;
        }
    } else {
        let write = protocol::getattr(&file, crate::name!("write"))?;
        for (i, a) in pos.iter().enumerate() {
            if i > 0 {
                let s = new_str(&*sep);
                protocol::call1(&write, &s)?;
            }
            let s = protocol::str_(a)?;
            protocol::call1(&write, &s)?;
        }
        let e = new_str(&*end);
        protocol::call1(&write, &e)?;
    }
    if let Some(f) = flush {
        if protocol::is_true(f)? {
            stream_flush(&file)?;
        }
    }
    Ok(none())
}

pub fn builtin_input(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_kwargs("input", kw)?;
    crate::object::args::check_positional("input", args.len(), 0, 1)?;
    let stdin = super::sys::get("stdin").filter(|s| !is_none(s)).ok_or_else(|| crate::object::exceptions::runtime_error("input(): lost sys.stdin"))?;
    let stdout = super::sys::get("stdout").filter(|s| !is_none(s)).ok_or_else(|| crate::object::exceptions::runtime_error("input(): lost sys.stdout"))?;
    if let Some(e) = super::sys::get("stderr").filter(|e| !is_none(e)) {
        let _ = stream_flush(&e);
    }
    stream_flush(&stdout)?;
    if let Some(p) = args.first() {
        let s = protocol::str_(p)?;
        stream_write(&stdout, str_value(&s).unwrap_or(""))?;
        stream_flush(&stdout)?;
    }
    let line = match as_text(&stdin) {
        Some(t) => new_str(t.read_line(None)?),
        None => protocol::call_method(&stdin, crate::name!("readline"), &[])?,
    };
    let s = str_value(&line).ok_or_else(|| type_error("object.readline() returned non-string"))?;
    if s.is_empty() {
        return Err(exc::eof_error("EOF when reading a line"));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(s)))
}

// ---- the module ----

/// `io.open_code(path)`: `open(path, 'rb')` (no open-code hook).
fn open_code(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("open_code", &["path"], 1);
    let mut p = [None];
    P.parse(args, kw, &mut p)?;
    let path = p[0].unwrap();
    if str_value(path).is_none() {
        return Err(type_error(format!("open_code() argument 'path' must be str, not {}", path.type_().name())));
    }
    builtin_open(&[path, &new_str("rb")], None)
}

/// `io.text_encoding(encoding, stacklevel=2)`: the encoding, or "locale"
/// for None (UTF-8 mode is not supported).
fn text_encoding(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("text_encoding", &["encoding", "stacklevel"], 1);
    let mut p = [None; 2];
    P.parse(args, kw, &mut p)?;
    let e = p[0].unwrap();
    if is_none(e) {
        return Ok(new_str("locale"));
    }
    Ok(e.to_ref())
}

static IO_FUNCS: [MethodDef; 3] = [
    MethodDef { name: "open", func: builtin_open, flags: 0, doc: "Open file and return a stream." },
    MethodDef { name: "open_code", func: open_code, flags: 0, doc: "Opens the provided file with the intent to import the contents." },
    MethodDef { name: "text_encoding", func: text_encoding, flags: 0, doc: "A helper function to choose the text encoding." },
];

/// CPython 3.11's `io.__all__`, in its order.
const IO_ALL: [&str; 22] = [
    "BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
    "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
    "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
    "text_encoding", "IncrementalNewlineDecoder",
];

/// Every type exposed by `io`.
pub fn io_types() -> Vec<&'static TypeObject> {
    let mut v = super::io_base::base_types();
    v.extend([
        &super::io_text::TEXTIO_TYPE,
        &FILEIO_TYPE,
        &BUFFERED_READER_TYPE,
        &BUFFERED_WRITER_TYPE,
        &BUFFERED_RANDOM_TYPE,
        &BUFFERED_RWPAIR_TYPE,
        &super::io_memory::STRINGIO_TYPE,
        &super::io_memory::BYTESIO_TYPE,
    ] as [&'static TypeObject; 8]);
    v.push(&super::io_newline::NEWLINE_DECODER_TYPE);
    v
}

fn make_module(name: &str) -> PyResult<PyRef> {
    let m = crate::object::module::new_native_module(name, &IO_FUNCS, vec![]);
    let d = as_module(&m).unwrap().dict();
    for t in io_types() {
        dict_set_item_str(d, t.name(), t.to_ref());
    }
    dict_set_item_str(d, "UnsupportedOperation", unsupported_operation_type());
    dict_set_item_str(d, "BlockingIOError", exc::BLOCKING_IO_ERROR.to_ref());
    for t in super::io_base::base_types() {
        dict_set_item_str(d, &format!("_{}", t.name()), t.to_ref());
    }
    dict_set_item_str(d, "DEFAULT_BUFFER_SIZE", new_int(super::io_file::BUFFER_SIZE as i64));
    dict_set_item_str(d, "SEEK_SET", new_int(0));
    dict_set_item_str(d, "SEEK_CUR", new_int(1));
    dict_set_item_str(d, "SEEK_END", new_int(2));
    if name == "io" {
        // CPython's io.py `__all__` (`_pyio` imports it); names this module
        // lacks are left out so `from io import *` works.
        let all = IO_ALL.iter().map(|n| new_str(*n)).filter(|k| crate::object::dict::dict_get_str(d, k).is_some()).collect();
        dict_set_item_str(d, "__all__", crate::object::list::new_list(all));
    }
    Ok(m)
}

/// `import io`
pub fn init() -> PyResult<PyRef> {
    make_module("io")
}

/// `import _io`
pub fn init_underscore() -> PyResult<PyRef> {
    make_module("_io")
}
