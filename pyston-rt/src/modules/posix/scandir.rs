//! `scandir()`: a `ScandirIterator` over a directory stream (a context
//! manager; closed when exhausted or freed) yielding `DirEntry` objects
//! that remember the entry's type from `readdir` and cache `stat`/`lstat`.

use super::stat::stat_result;
use super::{bool_arg, fdefs, name_obj, os_err, path_arg, retry};
use crate::object::args::Params;
use crate::object::exceptions::{type_error, FILE_NOT_FOUND_ERROR};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::{int_value_i64, new_bigint, new_bool};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::tuple::tuple_slice;
use crate::object::typeobj::{drop_payload, method_flags, slot, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use std::cell::{Cell, RefCell};
use std::ffi::CString;

#[repr(C)]
pub struct DirEntry {
    ob: PyObject,
    name: PyRef,
    path: PyRef,
    /// The name relative to `dir_fd` (or the full path when `dir_fd` is AT_FDCWD).
    cpath: CString,
    dir_fd: i32,
    d_type: u8,
    ino: u64,
    stat: RefCell<Option<PyRef>>,
    lstat: RefCell<Option<PyRef>>,
}

#[repr(C)]
pub struct ScandirIter {
    ob: PyObject,
    dirp: Cell<*mut libc::DIR>,
    /// What names are joined to (`path/`), empty for a descriptor.
    prefix: Vec<u8>,
    is_bytes: bool,
    /// The descriptor scanned (entries stat relative to it), or AT_FDCWD.
    dir_fd: i32,
    /// The path argument, for error messages.
    err_name: Option<PyRef>,
}

impl Drop for ScandirIter {
    fn drop(&mut self) {
        close_dir(&self.dirp);
    }
}

fn close_dir(c: &Cell<*mut libc::DIR>) {
    let d = c.replace(std::ptr::null_mut());
    if !d.is_null() {
        // SAFETY: d is an open stream we own; it is closed once (the cell is now null).
        unsafe { libc::closedir(d) };
    }
}

static ENTRY_METHODS: [MethodDef; 7] = [
    MethodDef { name: "is_dir", func: de_is_dir, flags: 0, doc: "Return True if the entry is a directory; cached per entry." },
    MethodDef { name: "is_file", func: de_is_file, flags: 0, doc: "Return True if the entry is a file; cached per entry." },
    MethodDef { name: "is_symlink", func: de_is_symlink, flags: 0, doc: "Return True if the entry is a symbolic link; cached per entry." },
    MethodDef { name: "stat", func: de_stat, flags: 0, doc: "Return stat_result object for the entry; cached per entry." },
    MethodDef { name: "inode", func: de_inode, flags: 0, doc: "Return inode of the entry; cached per entry." },
    MethodDef { name: "__fspath__", func: de_fspath, flags: 0, doc: "Returns the path for the entry." },
    MethodDef { name: "__class_getitem__", func: crate::object::genericalias::class_getitem, flags: method_flags::CLASS, doc: "See PEP 585" },
];

static ENTRY_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "name", get: |o| Ok(entry(o).name.clone()), set: None, doc: "the entry's base filename, relative to scandir() \"path\" argument" },
    GetSetDef { name: "path", get: |o| Ok(entry(o).path.clone()), set: None, doc: "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)" },
];

pub static DIR_ENTRY_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<DirEntry>),
    tp_repr: slot(de_repr),
    tp_new: slot(no_new),
    flags: Cell::new(0),
    methods: &ENTRY_METHODS,
    getsets: &ENTRY_GETSETS,
    module: Some("posix"),
    ..TypeObject::new_static("DirEntry", std::mem::size_of::<DirEntry>())
});

static ITER_METHODS: [MethodDef; 3] = [
    MethodDef { name: "close", func: it_close, flags: 0, doc: "" },
    MethodDef { name: "__enter__", func: it_enter, flags: 0, doc: "" },
    MethodDef { name: "__exit__", func: it_close, flags: 0, doc: "" },
];

pub static SCANDIR_ITER_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_drop: slot(drop_payload::<ScandirIter>),
    tp_iter: slot(crate::object::seqiter::self_iter),
    tp_iternext: slot(it_next),
    tp_new: slot(no_new),
    flags: Cell::new(0),
    methods: &ITER_METHODS,
    module: Some("posix"),
    ..TypeObject::new_static("ScandirIterator", std::mem::size_of::<ScandirIter>())
});

/// These types are created by `scandir` only.
fn no_new(t: &TypeObject, _a: &[&PyObject], _k: Option<&PyObject>) -> PyResult<PyRef> {
    Err(type_error(format!("cannot create 'posix.{}' instances", t.name())))
}

fn entry(o: &PyObject) -> &DirEntry {
    assert!(o.is_exact(&DIR_ENTRY_TYPE), "DirEntry method on another type");
    // SAFETY: checked the exact type.
    unsafe { o.cast::<DirEntry>() }
}

fn iter_of(o: &PyObject) -> PyResult<&ScandirIter> {
    if !o.is_exact(&SCANDIR_ITER_TYPE) {
        return Err(type_error("descriptor requires a 'posix.ScandirIterator' object"));
    }
    // SAFETY: checked the exact type.
    Ok(unsafe { o.cast::<ScandirIter>() })
}

fn de_repr(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_str(format!("<DirEntry {}>", protocol::repr_string(&entry(o).name)?)))
}

fn follow_arg(fname: &str, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<bool> {
    let mut o = [None];
    Params { fname, names: &["follow_symlinks"], required: 0, posonly: 0, kwonly: 0 }.parse(&args[1..], kw, &mut o)?;
    bool_arg(o[0], true)
}

/// `fstatat` of the entry, as a cached `stat_result`.
fn entry_stat(e: &DirEntry, follow: bool) -> PyResult<PyRef> {
    let cache = if follow { &e.stat } else { &e.lstat };
    if let Some(s) = cache.borrow().clone() {
        return Ok(s);
    }
    // SAFETY: struct stat is plain data.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: NUL-terminated name, valid out-parameter.
    retry(|| unsafe { libc::fstatat(e.dir_fd, e.cpath.as_ptr(), &mut st, flags) } as isize)?
        .map_err(|err| os_err(err, Some(&e.path), None))?;
    let r = stat_result(&st);
    *cache.borrow_mut() = Some(r.clone());
    Ok(r)
}

fn is_symlink(e: &DirEntry) -> PyResult<bool> {
    if e.d_type != libc::DT_UNKNOWN {
        return Ok(e.d_type == libc::DT_LNK);
    }
    let st = entry_stat(e, false)?;
    Ok(mode_of(&st) & libc::S_IFMT == libc::S_IFLNK)
}

fn mode_of(st: &PyObject) -> u32 {
    tuple_slice(st).and_then(|s| s.first()).and_then(|m| int_value_i64(m)).unwrap_or(0) as u32
}

fn stat_method(e: &DirEntry, follow: bool) -> PyResult<PyRef> {
    if follow && is_symlink(e)? {
        entry_stat(e, true)
    } else {
        entry_stat(e, false)
    }
}

/// CPython's `DirEntry_test_mode`.
fn test_mode(e: &DirEntry, follow: bool, bits: u32) -> PyResult<bool> {
    let need_stat = e.d_type == libc::DT_UNKNOWN || (follow && e.d_type == libc::DT_LNK);
    if need_stat {
        return match stat_method(e, follow) {
            Ok(st) => Ok(mode_of(&st) & libc::S_IFMT == bits),
            Err(err) if err.matches(&FILE_NOT_FOUND_ERROR) => Ok(false),
            Err(err) => Err(err),
        };
    }
    if e.d_type == libc::DT_LNK {
        return Ok(false);
    }
    Ok(if bits == libc::S_IFDIR { e.d_type == libc::DT_DIR } else { e.d_type == libc::DT_REG })
}

fn de_is_dir(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = follow_arg("is_dir", args, kw)?;
    Ok(new_bool(test_mode(entry(args[0]), f, libc::S_IFDIR)?))
}

fn de_is_file(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = follow_arg("is_file", args, kw)?;
    Ok(new_bool(test_mode(entry(args[0]), f, libc::S_IFREG)?))
}

fn de_is_symlink(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("is_symlink", &args[1..], kw)?;
    Ok(new_bool(is_symlink(entry(args[0]))?))
}

fn de_stat(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = follow_arg("stat", args, kw)?;
    stat_method(entry(args[0]), f)
}

fn de_inode(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("inode", &args[1..], kw)?;
    Ok(new_bigint(num_bigint::BigInt::from(entry(args[0]).ino)))
}

fn de_fspath(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("__fspath__", &args[1..], kw)?;
    Ok(entry(args[0]).path.clone())
}

fn it_close(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    close_dir(&iter_of(args[0])?.dirp);
    Ok(none())
}

fn it_enter(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("__enter__", &args[1..], kw)?;
    iter_of(args[0])?;
    Ok(args[0].to_ref())
}

fn it_next(o: &PyObject) -> PyResult<Option<PyRef>> {
    let it = iter_of(o)?;
    loop {
        let d = it.dirp.get();
        if d.is_null() {
            return Ok(None);
        }
        // SAFETY: errno is thread-local.
        unsafe { *libc::__errno_location() = 0 };
        // SAFETY: d is an open stream.
        let ent = unsafe { libc::readdir(d) };
        if ent.is_null() {
            let e = super::errno();
            close_dir(&it.dirp);
            if e != 0 {
                return Err(os_err(e, it.err_name.as_deref(), None));
            }
            return Ok(None);
        }
        // SAFETY: readdir returned a valid entry with a NUL-terminated name.
        let (raw, d_type, ino) = unsafe { (std::ffi::CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes().to_vec(), (*ent).d_type, (*ent).d_ino as u64) };
        if raw == b"." || raw == b".." {
            continue;
        }
        let mut full = it.prefix.clone();
        full.extend_from_slice(&raw);
        let cpath = CString::new(if it.dir_fd == libc::AT_FDCWD { full.clone() } else { raw.clone() }).unwrap_or_default();
        let e = new_object(&DIR_ENTRY_TYPE, |ob| DirEntry {
            ob,
            name: name_obj(&raw, it.is_bytes),
            path: name_obj(&full, it.is_bytes),
            cpath,
            dir_fd: it.dir_fd,
            d_type,
            ino,
            stat: RefCell::new(None),
            lstat: RefCell::new(None),
        });
        return Ok(Some(e));
    }
}

fn p_scandir(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut o = [None];
    Params::new("scandir", &["path"], 0).parse(args, kw, &mut o)?;
    let p = path_arg("scandir", o[0], true, true)?;
    let dirp = super::fs::open_dir(&p)?;
    let (prefix, dir_fd) = match p.fd {
        Some(fd) => (Vec::new(), fd),
        None => {
            let mut v = p.c.as_bytes().to_vec();
            if !v.is_empty() && !v.ends_with(b"/") {
                v.push(b'/');
            }
            (v, libc::AT_FDCWD)
        }
    };
    Ok(new_object(&SCANDIR_ITER_TYPE, |ob| ScandirIter {
        ob,
        dirp: Cell::new(dirp),
        prefix,
        is_bytes: p.is_bytes,
        dir_fd,
        err_name: p.err_obj(),
    }))
}

pub static SCANDIR_FUNCS: [MethodDef; 1] = fdefs!["scandir" => p_scandir];

