//! The `_stat` module (what `stat.py` imports over its pure-Python
//! definitions): the file type predicates, `S_IMODE`, `S_IFMT`,
//! `filemode` and the constants.

use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, PyErr, OVERFLOW_ERROR};
use crate::object::header::{PyObject, PyRef};
use crate::object::int::{as_int, int_value_big, new_bool, new_int};
use crate::object::module::{as_module, new_module};
use crate::object::str::new_str;
use crate::object::typeobj::MethodDef;
use crate::object::PyResult;

static CONSTANTS: [(&str, i64); 51] = [
    ("SF_APPEND", 262144), ("SF_ARCHIVED", 65536), ("SF_IMMUTABLE", 131072), ("SF_NOUNLINK", 1048576), ("SF_SNAPSHOT", 2097152),
    ("ST_ATIME", 7), ("ST_CTIME", 9), ("ST_DEV", 2), ("ST_GID", 5), ("ST_INO", 1),
    ("ST_MODE", 0), ("ST_MTIME", 8), ("ST_NLINK", 3), ("ST_SIZE", 6), ("ST_UID", 4),
    ("S_ENFMT", 1024), ("S_IEXEC", 64), ("S_IFBLK", 24576), ("S_IFCHR", 8192), ("S_IFDIR", 16384),
    ("S_IFDOOR", 0), ("S_IFIFO", 4096), ("S_IFLNK", 40960), ("S_IFPORT", 0), ("S_IFREG", 32768),
    ("S_IFSOCK", 49152), ("S_IFWHT", 0), ("S_IREAD", 256), ("S_IRGRP", 32), ("S_IROTH", 4),
    ("S_IRUSR", 256), ("S_IRWXG", 56), ("S_IRWXO", 7), ("S_IRWXU", 448), ("S_ISGID", 1024),
    ("S_ISUID", 2048), ("S_ISVTX", 512), ("S_IWGRP", 16), ("S_IWOTH", 2), ("S_IWRITE", 128),
    ("S_IWUSR", 128), ("S_IXGRP", 8), ("S_IXOTH", 1), ("S_IXUSR", 64), ("UF_APPEND", 4),
    ("UF_COMPRESSED", 32), ("UF_HIDDEN", 32768), ("UF_IMMUTABLE", 2), ("UF_NODUMP", 1), ("UF_NOUNLINK", 16),
    ("UF_OPAQUE", 8),
];

/// A mode argument: an int (or `__index__`) in unsigned int range.
fn mode_arg(args: &[&PyObject], fname: &str) -> PyResult<u32> {
    if args.len() != 1 {
        return Err(type_error(format!("_stat.{}() takes exactly one argument ({} given)", fname, args.len())));
    }
    let o = args[0];
    let v = if as_int(o).is_some() {
        o.to_ref()
    } else if o.type_().nb_index.get().is_some() {
        crate::object::protocol::index(o)?
    } else {
        return Err(type_error("an integer is required"));
    };
    let b = int_value_big(&v).unwrap_or_default();
    if b < 0.into() {
        return Err(PyErr::new(&OVERFLOW_ERROR, "can't convert negative value to unsigned int"));
    }
    num_traits::ToPrimitive::to_u32(&b).ok_or_else(|| PyErr::new(&OVERFLOW_ERROR, "mode out of range"))
}

const S_IFMT: u32 = 0o170000;

macro_rules! predicates {
    ($($f:ident => $name:literal, $bits:expr;)*) => {
        $(
            fn $f(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
                let m = mode_arg(args, $name)?;
                Ok(new_bool($bits != 0 && m & S_IFMT == $bits))
            }
        )*
    };
}

predicates! {
    s_isdir => "S_ISDIR", 0o040000;
    s_ischr => "S_ISCHR", 0o020000;
    s_isblk => "S_ISBLK", 0o060000;
    s_isreg => "S_ISREG", 0o100000;
    s_isfifo => "S_ISFIFO", 0o010000;
    s_islnk => "S_ISLNK", 0o120000;
    s_issock => "S_ISSOCK", 0o140000;
    s_isdoor => "S_ISDOOR", 0;
    s_isport => "S_ISPORT", 0;
    s_iswht => "S_ISWHT", 0;
}

fn s_imode(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int((mode_arg(args, "S_IMODE")? & 0o7777) as i64))
}

fn s_ifmt(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int((mode_arg(args, "S_IFMT")? & S_IFMT) as i64))
}

/// `-rwxr-xr-x` for a mode (CPython's `filemode`).
pub fn filemode_text(m: u32) -> String {
    let mut s = String::with_capacity(10);
    s.push(match m & S_IFMT {
        0o040000 => 'd',
        0o020000 => 'c',
        0o060000 => 'b',
        0o100000 => '-',
        0o010000 => 'p',
        0o120000 => 'l',
        0o140000 => 's',
        _ => '?',
    });
    let triple = |s: &mut String, r: u32, w: u32, x: u32, special: u32, on: char, off: char| {
        s.push(if m & r != 0 { 'r' } else { '-' });
        s.push(if m & w != 0 { 'w' } else { '-' });
        s.push(match (m & special != 0, m & x != 0) {
            (true, true) => on,
            (true, false) => off,
            (false, true) => 'x',
            (false, false) => '-',
        });
    };
    triple(&mut s, 0o400, 0o200, 0o100, 0o4000, 's', 'S');
    triple(&mut s, 0o040, 0o020, 0o010, 0o2000, 's', 'S');
    triple(&mut s, 0o004, 0o002, 0o001, 0o1000, 't', 'T');
    s
}

fn s_filemode(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_str(filemode_text(mode_arg(args, "filemode")?)))
}

macro_rules! fdefs {
    ($($name:literal => $f:path),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}

static FUNCS: [MethodDef; 13] = fdefs![
    "S_ISDIR" => s_isdir, "S_ISCHR" => s_ischr, "S_ISBLK" => s_isblk, "S_ISREG" => s_isreg,
    "S_ISFIFO" => s_isfifo, "S_ISLNK" => s_islnk, "S_ISSOCK" => s_issock, "S_ISDOOR" => s_isdoor,
    "S_ISPORT" => s_isport, "S_ISWHT" => s_iswht, "S_IMODE" => s_imode, "S_IFMT" => s_ifmt,
    "filemode" => s_filemode,
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("_stat");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_stat");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    for (k, v) in CONSTANTS.iter() {
        dict_set_item_str(d, k, new_int(*v));
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    #[test]
    fn filemode_matches_cpython() {
        assert_eq!(super::filemode_text(0o100644), "-rw-r--r--");
        assert_eq!(super::filemode_text(0o40755), "drwxr-xr-x");
        assert_eq!(super::filemode_text(0o104755), "-rwsr-xr-x");
        assert_eq!(super::filemode_text(0o41777), "drwxrwxrwt");
        assert_eq!(super::filemode_text(0o102644), "-rw-r-Sr--");
        assert_eq!(super::filemode_text(0o120777), "lrwxrwxrwx");
        assert_eq!(super::filemode_text(0), "?---------");
    }
}
