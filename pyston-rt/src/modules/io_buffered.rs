//! Constructors of the binary file types from Python: `FileIO(file, mode)`,
//! and `BufferedReader`/`BufferedWriter`/`BufferedRandom(raw, buffer_size)`
//! and `BufferedRWPair(reader, writer, buffer_size)` over any Python raw
//! stream (CPython's Modules/_io/bufferedio.c `__init__`s). The buffered
//! object is a `PyFile` whose `FileState` has a `RawBackend` instead of a
//! descriptor (`io_file.rs`); `open()` keeps building descriptor-backed
//! files directly. `__new__` makes an uninitialized object, `__init__`
//! attaches the raw stream, so Python subclasses work as in CPython.

use super::io::unsupported;
use super::io_file::{as_file, new_file, FileState, RawBackend, RawKind, BUFFERED_RANDOM_TYPE, BUFFERED_READER_TYPE, BUFFERED_WRITER_TYPE, BUFFER_SIZE};
use crate::object::args::Params;
use crate::object::exceptions::{type_error, value_error};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::new_int;
use crate::object::protocol;
use crate::object::singletons::none;
use crate::object::str::{new_str, str_value};
use crate::object::typeobj::TypeObject;
use crate::object::PyResult;

/// `__new__` of the buffered types: an object that raises "I/O operation
/// on uninitialized object" until `__init__` runs.
pub fn buffered_new(t: &TypeObject, _args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let st = FileState::new(-1, false, false, false, false, false, true);
    st.detached.set(2);
    Ok(new_file(t, st, none(), String::new()))
}

fn buffer_size(o: Option<&PyObject>) -> PyResult<usize> {
    let n = match o {
        None => BUFFER_SIZE as isize,
        Some(v) => crate::object::args::expect_index(v)?,
    };
    if n <= 0 {
        return Err(value_error("buffer size must be strictly positive"));
    }
    Ok(n as usize)
}

/// `raw.readable()` (etc.) must be true, else UnsupportedOperation.
fn check_flag(raw: &PyObject, method: &PyObject, msg: &str) -> PyResult<()> {
    let r = protocol::call_method(raw, method, &[])?;
    if !protocol::is_true(&r)? {
        return Err(unsupported(msg));
    }
    Ok(())
}

const NOT_READABLE: &str = "File or stream is not readable.";
const NOT_WRITABLE: &str = "File or stream is not writable.";
const NOT_SEEKABLE: &str = "File or stream is not seekable.";

/// `BufferedReader.__init__(raw, buffer_size=DEFAULT_BUFFER_SIZE)` and
/// the writer/random variants (the type decides which checks apply).
pub fn buffered_init(o: &PyObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    let t = o.type_();
    let (name, readable, writable) = if t.is_subtype(&BUFFERED_RANDOM_TYPE) {
        ("BufferedRandom", true, true)
    } else if t.is_subtype(&BUFFERED_WRITER_TYPE) {
        ("BufferedWriter", false, true)
    } else {
        debug_assert!(t.is_subtype(&BUFFERED_READER_TYPE));
        ("BufferedReader", true, false)
    };
    let names: &'static [&'static str] = &["raw", "buffer_size"];
    let params = Params::new(name, names, 1);
    let mut p = [None; 2];
    params.parse(args, kw, &mut p)?;
    let raw = p[0].unwrap();
    if readable && writable {
        check_flag(raw, crate::name!("seekable"), NOT_SEEKABLE)?;
    }
    if readable {
        check_flag(raw, crate::name!("readable"), NOT_READABLE)?;
    }
    if writable {
        check_flag(raw, crate::name!("writable"), NOT_WRITABLE)?;
    }
    let size = buffer_size(p[1])?;
    let f = as_file(o).ok_or_else(|| type_error("BufferedReader.__init__ needs a buffered file"))?;
    let backend = RawBackend { reader: raw.to_ref(), writer: raw.to_ref(), kind: RawKind::Raw };
    f.st.reset_from(FileState::new_raw(backend, readable, writable, size));
    Ok(())
}

/// `BufferedRWPair.__init__(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)`.
pub fn rwpair_init(o: &PyObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    static P: Params = Params::new("BufferedRWPair", &["reader", "writer", "buffer_size"], 2);
    let mut p = [None; 3];
    P.parse(args, kw, &mut p)?;
    if kw.is_some_and(|k| protocol::len(k).unwrap_or(0) > 0) {
        return Err(type_error("BufferedRWPair() takes no keyword arguments"));
    }
    let (reader, writer) = (p[0].unwrap(), p[1].unwrap());
    check_flag(reader, crate::name!("readable"), NOT_READABLE)?;
    check_flag(writer, crate::name!("writable"), NOT_WRITABLE)?;
    let size = buffer_size(p[2])?;
    let f = as_file(o).ok_or_else(|| type_error("BufferedRWPair.__init__ needs a buffered file"))?;
    let backend = RawBackend { reader: reader.to_ref(), writer: writer.to_ref(), kind: RawKind::Raw };
    f.st.reset_from(FileState::new_raw(backend, true, true, size));
    Ok(())
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`: `open()` with no
/// buffering, the descriptor moved into an object of type `t`.
pub fn fileio_new(t: &TypeObject, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("FileIO", &["file", "mode", "closefd", "opener"], 1);
    let mut p = [None; 4];
    P.parse(args, kw, &mut p)?;
    let file = p[0].unwrap();
    if crate::object::float::float_value(file).is_some() {
        return Err(type_error("integer argument expected, got float"));
    }
    let mode = match p[1] {
        None => "r".to_string(),
        Some(m) => str_value(m).ok_or_else(|| type_error(format!("FileIO() argument 'mode' must be str, not {}", m.type_().name())))?.to_string(),
    };
    let valid = mode.chars().all(|c| "rwxab+".contains(c)) && mode.chars().filter(|c| "rwxa".contains(*c)).count() == 1;
    if !valid {
        return Err(value_error(format!("invalid mode: {}", mode)));
    }
    let m: String = mode.chars().filter(|&c| c != 'b').collect::<String>() + "b";
    let closefd = match p[2] {
        None => crate::object::int::new_bool(true),
        Some(c) => c.to_ref(),
    };
    let mut oargs: Vec<PyRef> = vec![file.to_ref(), new_str(m), new_int(0), none(), none(), none(), closefd];
    if let Some(op) = p[3] {
        oargs.push(op.to_ref());
    }
    let refs: Vec<&PyObject> = oargs.iter().map(|r| &**r).collect();
    let made = super::io::builtin_open(&refs, None)?;
    let src = as_file(&made).ok_or_else(|| type_error("FileIO: open() did not return a file"))?;
    let st = FileState::new(-1, false, false, false, false, false, false);
    st.reset_from(FileState::new(
        src.st.fd.get(),
        src.st.readable.get(),
        src.st.writable.get(),
        src.st.appending.get(),
        src.st.created.get(),
        src.st.closefd.get(),
        false,
    ));
    src.st.fd.set(-1);
    Ok(new_file(t, st, src.name(), src.mode.to_string()))
}
