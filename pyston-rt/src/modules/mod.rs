//! Native modules. Each module file exposes `pub fn init() -> PyResult<PyRef>`
//! building the module object; `NATIVE_MODULES` is the one registry the
//! import system consults.

use crate::object::{PyRef, PyResult, TypeObject};

pub mod builtins;
pub mod binascii;
pub mod codecs;
pub mod collections;
mod collections_deque;
pub mod builtins_exec;
pub mod builtins_funcs;
pub mod builtins_iter;
pub mod hooks;
pub mod io;
pub mod io_base;
pub mod io_buffered;
pub mod io_file;
pub mod io_memory;
pub mod io_newline;
pub mod io_text;
pub mod io_textcodec;
pub mod atexit;
pub mod ast;
pub mod gc;
pub mod array;
pub mod bz2;
pub mod csv;
pub mod json;
pub mod lzma;
mod c_args;
mod module_exc;
pub mod zlib;
pub mod hashes;
pub mod itertools;
pub mod locale;
mod itertools_comb;
pub mod records;
pub mod weakref;
pub mod sre;
pub mod string;
pub mod struct_;
pub mod sys;
pub mod thread;
pub mod time;
pub mod posix;
pub mod errno;
pub mod signal;
pub mod posixsubprocess;
pub mod select;
pub mod imp;
pub mod marshal;
pub mod warnings;
pub mod contextvars;
pub mod bisect;
pub mod heapq;
pub mod random;
pub mod operator;
pub mod functools;
mod functools_partial;
mod functools_lru;
pub mod pwd;
pub mod resource;
pub mod fcntl;
pub mod stat;
pub mod termios;
pub mod socket;
pub mod sqlite;

#[cfg(test)]
mod tests;

pub mod math;
pub mod posixshmem;
pub mod queue;
pub mod statistics;
pub mod syslog;
pub mod opcode_;
pub mod uuid_;
pub mod mmap;
pub mod crypt_;
pub mod spwd;
pub mod multiprocessing_;
pub mod faulthandler;
pub mod lsprof;
pub mod tracemalloc;
pub mod audioop;
pub mod typing_;
pub mod unicodedata;
pub mod cmath;
pub mod abc;
pub mod symtable_;
pub mod tokenize_;
mod math_int;
mod math_special;
#[cfg(test)]
mod math_tests;

/// Name and constructor of every native module.
pub static NATIVE_MODULES: &[(&str, fn() -> PyResult<PyRef>)] = &[
    ("builtins", builtins::init),
    ("sys", sys::init),
    ("time", time::init),
    ("io", io::init),
    ("_io", io::init_underscore),
    ("math", math::init),
    ("gc", gc::init),
    ("atexit", atexit::init),
    ("_weakref", weakref::init),
    ("itertools", itertools::init),
    ("_thread", thread::init),
    ("_collections", collections::init),
    ("_md5", hashes::init_md5),
    ("_sha1", hashes::init_sha1),
    ("_sha256", hashes::init_sha256),
    ("_sha512", hashes::init_sha512),
    ("_sha3", hashes::init_sha3),
    ("_blake2", hashes::init_blake2),
    ("binascii", binascii::init),
    ("zlib", zlib::init),
    ("_bz2", bz2::init),
    ("_lzma", lzma::init),
    ("_csv", csv::init),
    ("_json", json::init),
    ("array", array::init),
    ("_sre", sre::init),
    ("posix", posix::init),
    ("errno", errno::init),
    ("_signal", signal::init),
    ("_posixsubprocess", posixsubprocess::init),
    ("select", select::init),
    ("_posixshmem", posixshmem::init),
    ("_queue", queue::init),
    ("_statistics", statistics::init),
    ("syslog", syslog::init),
    ("_typing", typing_::init),
    ("_socket", socket::init),
    ("_sqlite3", sqlite::init),
    ("_codecs", codecs::init),
    ("_string", string::init),
    ("_struct", struct_::init),
    ("_imp", imp::init),
    ("marshal", marshal::init),
    ("_warnings", warnings::init),
    ("_contextvars", contextvars::init),
    ("_bisect", bisect::init),
    ("_heapq", heapq::init),
    ("_random", random::init),
    ("_operator", operator::init),
    ("_functools", functools::init),
    ("_locale", locale::init),
    ("pwd", pwd::init_pwd),
    ("grp", pwd::init_grp),
    ("resource", resource::init),
    ("fcntl", fcntl::init),
    ("_stat", stat::init),
    ("termios", termios::init),
    ("_ast", ast::init),
    ("_opcode", opcode_::init),
    ("_uuid", uuid_::init),
    ("mmap", mmap::init),
    ("_crypt", crypt_::init),
    ("spwd", spwd::init),
    ("_multiprocessing", multiprocessing_::init),
    ("faulthandler", faulthandler::init),
    ("_lsprof", lsprof::init),
    ("_tracemalloc", tracemalloc::init),
    ("unicodedata", unicodedata::init),
    ("cmath", cmath::init),
    ("_abc", abc::init),
    ("_hashlib", hashes::openssl::init),
    ("_symtable", symtable_::init),
    ("_tokenize", tokenize_::init),
    ("audioop", audioop::init),
];

/// The static types defined by the native modules (readied at start-up
/// with the object types).
pub fn static_types() -> Vec<&'static TypeObject> {
    let mut v: Vec<&'static TypeObject> = Vec::new();
    v.extend(builtins::builtin_types().into_iter().map(|(_, t)| t));
    v.push(&builtins_exec::QUITTER_TYPE);
    v.extend(io::io_types());
    v.extend(records::record_types());
    v.extend(sys::sys_types());
    v.push(&json::SCANNER_TYPE);
    v.push(&json::ENCODER_TYPE);
    v.push(&time::STRUCT_TIME_TYPE);
    v.extend(itertools::static_types());
    v.extend(thread::thread_types());
    v.extend(collections::collections_types());
    v.extend(hashes::hash_types());
    v.extend(binascii::binascii_types());
    v.extend(zlib::zlib_types());
    v.extend(bz2::bz2_types());
    v.extend(lzma::lzma_types());
    v.extend(csv::csv_types());
    v.extend(array::array_types());
    v.extend(sre::sre_types());
    v.extend(posix::posix_types());
    v.extend(select::select_types());
    v.extend(queue::queue_types());
    v.extend(socket::socket_types());
    v.extend(sqlite::sqlite_types());
    v.extend(struct_::struct_types());
    v.extend(contextvars::contextvars_types());
    v.extend(random::random_types());
    v.extend(operator::operator_types());
    v.extend(functools::functools_types());
    v.extend(pwd::pwd_types());
    v.extend(resource::resource_types());
    v.extend(mmap::mmap_types());
    v.extend(spwd::spwd_types());
    v.extend(multiprocessing_::multiprocessing_types());
    v.extend(lsprof::lsprof_types());
    v.extend(unicodedata::unicodedata_types());
    v.extend(abc::abc_types());
    v.extend(hashes::openssl::openssl_types());
    v.extend(symtable_::symtable_types());
    v.extend(tokenize_::tokenize_types());
    v.extend(audioop::audioop_types());
    v
}
