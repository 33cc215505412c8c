//! Unit tests for the builtins, io, sys, time and import layers (the parts
//! that do not need compiled Python code).

use crate::object::int::{int_value_i64, new_int};
use crate::object::protocol;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::tuple_slice;
use crate::object::{PyObject, PyRef};

fn setup() {
    crate::runtime::init_for_tests();
    super::builtins::init().unwrap();
    super::sys::init().unwrap();
}

fn builtin(name: &str) -> PyRef {
    let k = crate::object::str::intern(name);
    crate::object::dict::dict_get_str(super::builtins::builtins_dict(), &k).unwrap().to_ref()
}

fn call(f: &PyObject, args: &[&PyObject]) -> crate::object::PyResult<PyRef> {
    protocol::call(f, args, None)
}

fn meth(o: &PyObject, name: &str, args: &[&PyObject]) -> PyRef {
    let n = crate::object::str::intern(name);
    protocol::call_method(o, &n, args).unwrap()
}

fn s(o: &PyObject) -> String {
    str_value(o).expect("str").to_string()
}

fn i(o: &PyObject) -> i64 {
    int_value_i64(o).expect("int")
}

fn err_msg(e: &crate::object::PyErr) -> String {
    let a = e.exc().args();
    tuple_slice(a).and_then(|t| t.first()).and_then(|m| str_value(m).map(|x| x.to_string())).unwrap_or_default()
}

/// Whether the parts of the runtime other modules provide (str repr, list
/// iteration, bool as an int subclass) exist yet; tests that need them
/// return early otherwise.
fn have_core_slots() -> bool {
    crate::object::str::STR_TYPE.tp_repr.get().is_some()
        && crate::object::list::LIST_TYPE.tp_iter.get().is_some()
        && crate::object::int::BOOL_TYPE.is_subtype(&crate::object::int::INT_TYPE)
}

fn tmp(name: &str) -> String {
    let d = std::env::temp_dir().join(format!("pyston-rt-test-{}-{}", std::process::id(), name));
    d.to_string_lossy().into_owned()
}

#[test]
fn int_formatting_and_chars() {
    setup();
    let n = new_int(255);
    assert_eq!(s(&call(&builtin("hex"), &[&n]).unwrap()), "0xff");
    assert_eq!(s(&call(&builtin("bin"), &[&new_int(-5)]).unwrap()), "-0b101");
    assert_eq!(s(&call(&builtin("oct"), &[&new_int(8)]).unwrap()), "0o10");
    assert_eq!(s(&call(&builtin("chr"), &[&new_int(0xe9)]).unwrap()), "é");
    assert_eq!(i(&call(&builtin("ord"), &[&new_str("é")]).unwrap()), 0xe9);
    let e = call(&builtin("ord"), &[&new_str("ab")]).unwrap_err();
    assert_eq!(err_msg(&e), "ord() expected a character, but string of length 2 found");
    let e = call(&builtin("chr"), &[&new_int(-1)]).unwrap_err();
    assert_eq!(err_msg(&e), "chr() arg not in range(0x110000)");
    let e = call(&builtin("chr"), &[]).unwrap_err();
    assert_eq!(err_msg(&e), "chr() takes exactly one argument (0 given)");
    assert_eq!(super::builtins_funcs::ascii_escape("é\u{1F600}x"), "\\xe9\\U0001f600x");
}

#[test]
fn attribute_builtins_and_isinstance() {
    setup();
    let sysm = super::sys::module().unwrap();
    let name = new_str("platform");
    assert_eq!(s(&call(&builtin("getattr"), &[sysm, &name]).unwrap()), "linux");
    let missing = new_str("nope");
    let dflt = new_int(7);
    assert_eq!(i(&call(&builtin("getattr"), &[sysm, &missing, &dflt]).unwrap()), 7);
    let e = call(&builtin("getattr"), &[sysm, &dflt]).unwrap_err();
    assert_eq!(err_msg(&e), "attribute name must be string, not 'int'");
    let e = call(&builtin("getattr"), &[sysm]).unwrap_err();
    assert_eq!(err_msg(&e), "getattr expected at least 2 arguments, got 1");
    let int_t = crate::object::int::INT_TYPE.to_ref();
    let str_t = crate::object::str::STR_TYPE.to_ref();
    let both = crate::object::tuple::new_tuple(vec![str_t.clone(), int_t.clone()]);
    assert!(super::builtins_funcs::isinstance(&new_int(3), &both).unwrap());
    if have_core_slots() {
        assert!(super::builtins_funcs::isinstance(&crate::object::int::new_bool(true), &int_t).unwrap());
    }
    assert!(!super::builtins_funcs::isinstance(&new_int(3), &str_t).unwrap());
    let e = super::builtins_funcs::isinstance(&new_int(3), &new_int(2)).unwrap_err();
    assert_eq!(err_msg(&e), "isinstance() arg 2 must be a type, a tuple of types, or a union");
    assert!(super::builtins_funcs::issubclass(crate::object::int::BOOL_TYPE.obj(), crate::object::OBJECT_TYPE.obj()).unwrap());
    assert!(!super::builtins_funcs::issubclass(&int_t, &str_t).unwrap());
}

#[test]
fn iterators_and_reductions() {
    setup();
    if !have_core_slots() {
        return;
    }
    let l = crate::object::list::new_list(vec![new_int(1), new_int(2), new_int(3)]);
    assert_eq!(i(&call(&builtin("sum"), &[&l]).unwrap()), 6);
    assert_eq!(i(&call(&builtin("sum"), &[&l, &new_int(10)]).unwrap()), 16);
    let e = call(&builtin("sum"), &[&l, &new_str("")]).unwrap_err();
    assert_eq!(err_msg(&e), "sum() can't sum strings [use ''.join(seq) instead]");
    let e = call(&builtin("max"), &[]).unwrap_err();
    assert_eq!(err_msg(&e), "max expected at least 1 argument, got 0");
    let empty = crate::object::list::new_list(vec![]);
    let e = call(&builtin("min"), &[&empty]).unwrap_err();
    assert_eq!(err_msg(&e), "min() arg is an empty sequence");
    // enumerate(l, 5) yields (5, 1), (6, 2), (7, 3)
    let en = call(crate::object::iterators::ENUMERATE_TYPE.obj(), &[&l, &new_int(5)]).unwrap();
    let items = protocol::collect(&en).unwrap();
    assert_eq!(items.len(), 3);
    let last = tuple_slice(&items[2]).unwrap();
    assert_eq!((i(&last[0]), i(&last[1])), (7, 3));
    // zip stops at the shortest
    let l2 = crate::object::list::new_list(vec![new_int(9)]);
    let z = call(crate::object::iterators::ZIP_TYPE.obj(), &[&l, &l2]).unwrap();
    assert_eq!(protocol::collect(&z).unwrap().len(), 1);
    // reversed over a list-like sequence, filter(None, ...)
    let with_zero = crate::object::list::new_list(vec![new_int(0), new_int(4), new_int(0)]);
    let none = crate::object::none();
    let f = call(crate::object::iterators::FILTER_TYPE.obj(), &[&none, &with_zero]).unwrap();
    let kept = protocol::collect(&f).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(i(&kept[0]), 4);
    let it = call(&builtin("iter"), &[&l]).unwrap();
    assert_eq!(i(&call(&builtin("next"), &[&it]).unwrap()), 1);
    let e = call(&builtin("next"), &[&new_int(1)]).unwrap_err();
    assert_eq!(err_msg(&e), "'int' object is not an iterator");
    let e = call(&builtin("iter"), &[&new_int(1)]).unwrap_err();
    assert_eq!(err_msg(&e), "'int' object is not iterable");
}

#[test]
fn text_files_universal_newlines_seek_tell() {
    setup();
    let path = tmp("text.txt");
    let p = new_str(path.as_str());
    let open = builtin("open");
    let f = call(&open, &[&p, &new_str("w")]).unwrap();
    assert_eq!(i(&meth(&f, "write", &[&new_str("ab\r\ncd\ref\né\n")])), 12);
    if have_core_slots() {
        assert_eq!(s(&protocol::repr(&f).unwrap()), format!("<_io.TextIOWrapper name='{}' mode='w' encoding='UTF-8'>", path));
    }
    meth(&f, "close", &[]);
    let f = call(&open, &[&p]).unwrap();
    assert_eq!(s(&meth(&f, "read", &[&new_int(3)])), "ab\n");
    assert_eq!(i(&meth(&f, "tell", &[])), 4);
    assert_eq!(s(&meth(&f, "readline", &[])), "cd\n");
    assert_eq!(s(&meth(&f, "readline", &[])), "ef\n");
    assert_eq!(s(&meth(&f, "readline", &[])), "é\n");
    assert_eq!(s(&meth(&f, "readline", &[])), "");
    meth(&f, "seek", &[&new_int(0)]);
    let lines = protocol::collect(&f).unwrap();
    assert_eq!(lines.len(), 4);
    meth(&f, "seek", &[&new_int(0)]);
    assert_eq!(s(&meth(&f, "readline", &[&new_int(1)])), "a");
    meth(&f, "close", &[]);
    let e = protocol::call_method(&f, crate::name!("read"), &[]).unwrap_err();
    assert_eq!(err_msg(&e), "I/O operation on closed file.");
    // newline='' keeps the terminators
    let kw = crate::object::tuple::new_tuple(vec![crate::object::str::intern("newline")]);
    let f = protocol::call(&open, &[&p, &new_str("")], Some(&kw)).unwrap();
    assert_eq!(s(&meth(&f, "readline", &[])), "ab\r\n");
    assert_eq!(s(&meth(&f, "readline", &[])), "cd\r");
    meth(&f, "close", &[]);
    // append, then binary read
    let f = call(&open, &[&p, &new_str("a")]).unwrap();
    meth(&f, "write", &[&new_str("zz")]);
    meth(&f, "close", &[]);
    let f = call(&open, &[&p, &new_str("rb")]).unwrap();
    let data = meth(&f, "read", &[]);
    assert_eq!(super::hooks::bytes_data(&data).unwrap(), "ab\r\ncd\ref\né\nzz".as_bytes());
    meth(&f, "close", &[]);
    // x mode on an existing file
    let e = call(&open, &[&p, &new_str("x")]).unwrap_err();
    assert!(e.matches(&crate::object::exceptions::FILE_EXISTS_ERROR));
    let _ = std::fs::remove_file(&path);
    let e = call(&open, &[&p]).unwrap_err();
    assert!(e.matches(&crate::object::exceptions::FILE_NOT_FOUND_ERROR));
    let args = tuple_slice(e.exc().args()).unwrap();
    assert_eq!(i(&args[0]), 2);
    assert_eq!(s(&args[1]), "No such file or directory");
    let e = call(&open, &[&p, &new_str("rw")]).unwrap_err();
    assert_eq!(err_msg(&e), "must have exactly one of create/read/write/append mode");
    let e = call(&open, &[&p, &new_str("q")]).unwrap_err();
    assert_eq!(err_msg(&e), "invalid mode: 'q'");
}

#[test]
fn binary_random_access() {
    setup();
    let path = tmp("bin.dat");
    let p = new_str(path.as_str());
    let open = builtin("open");
    let f = call(&open, &[&p, &new_str("w+b")]).unwrap();
    let b = super::hooks::new_bytes(b"hello world".to_vec());
    assert_eq!(i(&meth(&f, "write", &[&b])), 11);
    assert_eq!(i(&meth(&f, "seek", &[&new_int(6)])), 6);
    let r = meth(&f, "read", &[&new_int(3)]);
    assert_eq!(super::hooks::bytes_data(&r).unwrap(), b"wor");
    assert_eq!(i(&meth(&f, "tell", &[])), 9);
    let b2 = super::hooks::new_bytes(b"LD".to_vec());
    meth(&f, "write", &[&b2]);
    meth(&f, "seek", &[&new_int(0)]);
    let all = meth(&f, "read", &[]);
    assert_eq!(super::hooks::bytes_data(&all).unwrap(), b"hello worLD");
    assert_eq!(s(&protocol::getattr_str(&f, "mode").unwrap()), "rb+");
    meth(&f, "close", &[]);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn string_io() {
    setup();
    let sio = call(super::io_memory::STRINGIO_TYPE.obj(), &[&new_str("héllo\nworld")]).unwrap();
    assert_eq!(s(&meth(&sio, "readline", &[])), "héllo\n");
    assert_eq!(i(&meth(&sio, "tell", &[])), 6);
    assert_eq!(s(&meth(&sio, "read", &[])), "world");
    meth(&sio, "seek", &[&new_int(1)]);
    meth(&sio, "write", &[&new_str("E")]);
    assert_eq!(s(&meth(&sio, "getvalue", &[])), "hEllo\nworld");
    let out = call(super::io_memory::STRINGIO_TYPE.obj(), &[]).unwrap();
    let kw = crate::object::tuple::new_tuple(vec![crate::object::str::intern("sep"), crate::object::str::intern("file")]);
    protocol::call(&builtin("print"), &[&new_str("a"), &new_str("b"), &new_str("-"), &out], Some(&kw)).unwrap();
    assert_eq!(s(&meth(&out, "getvalue", &[])), "a-b\n");
    let kw = crate::object::tuple::new_tuple(vec![crate::object::str::intern("sep")]);
    let e = protocol::call(&builtin("print"), &[&new_int(1)], Some(&kw)).unwrap_err();
    assert_eq!(err_msg(&e), "sep must be None or a string, not int");
}

#[test]
fn sys_and_time_records() {
    setup();
    let vi = super::sys::get("version_info").unwrap();
    let items = tuple_slice(&vi).unwrap();
    assert_eq!((i(&items[0]), i(&items[1])), (3, 11));
    assert_eq!(i(&protocol::getattr_str(&vi, "minor").unwrap()), 11);
    let ver = super::sys::get("version").unwrap();
    assert!(s(&ver).starts_with("3.11."));
    let tm = super::time::init().unwrap();
    let gmtime = protocol::getattr_str(&tm, "gmtime").unwrap();
    let t = call(&gmtime, &[&new_int(86400 * 365)]).unwrap();
    assert_eq!(i(&protocol::getattr_str(&t, "tm_year").unwrap()), 1971);
    assert_eq!(tuple_slice(&t).unwrap().len(), 9);
    assert_eq!(s(&protocol::getattr_str(&t, "tm_zone").unwrap()), "GMT");
    let asctime = protocol::getattr_str(&tm, "asctime").unwrap();
    let t0 = call(&gmtime, &[&new_int(0)]).unwrap();
    assert_eq!(s(&call(&asctime, &[&t0]).unwrap()), "Thu Jan  1 00:00:00 1970");
    let strftime = protocol::getattr_str(&tm, "strftime").unwrap();
    assert_eq!(s(&call(&strftime, &[&new_str("%Y-%m-%d %H:%M"), &t0]).unwrap()), "1970-01-01 00:00");
    let r = protocol::repr_string(&t0).unwrap();
    assert!(!have_core_slots() || r.starts_with("time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1"), "{}", r);
}

#[test]
fn import_finder_and_relative_names() {
    setup();
    let root = tmp("imp");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(format!("{}/pkg/sub", root)).unwrap();
    std::fs::write(format!("{}/pkg/__init__.py", root), "").unwrap();
    std::fs::write(format!("{}/pkg/mod.py", root), "").unwrap();
    std::fs::create_dir_all(format!("{}/nspkg", root)).unwrap();
    let dirs = vec![root.clone()];
    match crate::import::find("pkg", Some(&dirs)).unwrap() {
        Some(crate::import::Found::Source { path, is_package }) => {
            assert!(is_package);
            assert!(path.ends_with("pkg/__init__.py"));
        }
        _ => panic!("pkg not found"),
    }
    let sub_dirs = vec![format!("{}/pkg", root)];
    assert!(matches!(
        crate::import::find("pkg.mod", Some(&sub_dirs)).unwrap(),
        Some(crate::import::Found::Source { is_package: false, .. })
    ));
    assert!(matches!(crate::import::find("nspkg", Some(&dirs)).unwrap(), Some(crate::import::Found::Namespace { .. })));
    assert!(crate::import::find("missing_mod", Some(&dirs)).unwrap().is_none());
    assert!(matches!(crate::import::find("time", None).unwrap(), Some(crate::import::Found::Native(_))));
    // Native import through __import__, cached in sys.modules.
    let t1 = crate::import::import_module_level(&new_str("time"), None, None, 0).unwrap();
    let t2 = crate::import::import_absolute("time").unwrap();
    assert!(t1.is(&t2));
    let e = crate::import::import_module_level(&new_str("missing_mod_xyz"), None, None, 0).unwrap_err();
    assert!(e.matches(&crate::object::exceptions::MODULE_NOT_FOUND_ERROR));
    // Relative names.
    let g = crate::object::dict::new_dict();
    crate::object::dict::dict_set_item_str(&g, "__name__", new_str("__main__"));
    let e = crate::import::import_module_level(&new_str("x"), Some(&g), None, 1).unwrap_err();
    assert_eq!(err_msg(&e), "attempted relative import with no known parent package");
    let e = crate::import::import_module_level(&new_str(""), None, None, 0).unwrap_err();
    assert_eq!(err_msg(&e), "Empty module name");
    let _ = std::fs::remove_dir_all(&root);
}
