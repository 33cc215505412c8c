//! `_struct`: `Struct` objects and the module functions `pack`,
//! `pack_into`, `unpack`, `unpack_from`, `iter_unpack`, `calcsize`, with
//! `struct.error`. Format parsing and the per-item conversions are in
//! `layout.rs`. `iter_unpack` unpacks eagerly and returns an iterator over
//! the tuples (CPython's iterator type unpacks lazily).

mod layout;

use crate::object::args::{check_positional, no_kwargs, Params};
use crate::object::bytes::{bytes_value, expect_buffer, new_bytes};
use crate::object::descr::new_builtin_function;
use crate::object::dict::{dict_set_item_str, new_dict};
use crate::object::exceptions::{self as exc, type_error, PyErr};
use crate::object::header::{new_object, PyObject, PyRef, Static};
use crate::object::int::new_int;
use crate::object::list::new_list;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::{new_str, str_value};
use crate::object::tuple::new_tuple;
use crate::object::typeobj::{drop_payload, slot, type_flags, GetSetDef, MethodDef, TypeObject};
use crate::object::{protocol, PyResult};
use layout::Layout;
use std::cell::{Cell, RefCell};

// ---- struct.error ----

static ERROR: Static<RefCell<Option<PyRef>>> = Static(RefCell::new(None));

/// The `struct.error` class (made once, immortal).
fn error_type() -> PyRef {
    if let Some(t) = ERROR.borrow().clone() {
        return t;
    }
    let made = (|| -> PyResult<PyRef> {
        let ns = new_dict();
        dict_set_item_str(&ns, "__module__", new_str("struct"));
        let bases = new_tuple(vec![exc::EXCEPTION.to_ref()]);
        protocol::call(crate::object::TYPE_TYPE.obj(), &[&new_str("error"), &bases, &ns], None)
    })();
    let t = made.unwrap_or_else(|_| exc::EXCEPTION.to_ref());
    crate::object::gc::make_immortal_deep(&t);
    *ERROR.borrow_mut() = Some(t.clone());
    t
}

/// `struct.error(msg)`.
pub(crate) fn struct_error(msg: impl Into<String>) -> PyErr {
    let t = error_type();
    let m = new_str(msg.into());
    match protocol::call1(&t, &m) {
        Ok(e) => PyErr::from_value(e),
        Err(e) => e,
    }
}

// ---- Struct objects ----

#[repr(C)]
pub struct PyStruct {
    ob: PyObject,
    format: RefCell<Option<PyRef>>,
    layout: RefCell<Layout>,
    size: Cell<usize>,
}

fn st(o: &PyObject) -> PyResult<&PyStruct> {
    if !o.is_instance_of(&STRUCT_TYPE) {
        return Err(type_error(format!("descriptor requires a '_struct.Struct' object but received '{}'", o.type_().name())));
    }
    // SAFETY: checked the type; subclasses extend this payload.
    Ok(unsafe { o.cast::<PyStruct>() })
}

fn format_bytes(o: &PyObject) -> PyResult<(Vec<u8>, PyRef)> {
    if let Some(s) = str_value(o) {
        return Ok((s.as_bytes().to_vec(), o.to_ref()));
    }
    if let Some(b) = bytes_value(o) {
        return Ok((b.to_vec(), new_str(String::from_utf8_lossy(b).into_owned())));
    }
    Err(type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", o.type_().name())))
}

fn s_new(t: &TypeObject, _a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_object(t, |ob| PyStruct {
        ob,
        format: RefCell::new(None),
        layout: RefCell::new(Layout { order: layout::Order::Native, items: Vec::new(), size: 0 }),
        size: Cell::new(0),
    }))
}

fn s_init(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<()> {
    static P: Params = Params::new("Struct", &["format"], 1);
    let mut p = [None];
    P.parse(a, kw, &mut p)?;
    let (fmt, fmt_str) = format_bytes(p[0].unwrap())?;
    let l = Layout::parse(&fmt)?;
    let s = st(o)?;
    s.size.set(l.size);
    *s.layout.borrow_mut() = l;
    let old = s.format.replace(Some(fmt_str));
    drop(old);
    Ok(())
}

fn new_struct(format: &PyObject) -> PyResult<PyRef> {
    let o = s_new(&STRUCT_TYPE, &[], None)?;
    s_init(&o, &[format], None)?;
    Ok(o)
}

fn s_format(o: &PyObject) -> PyResult<PyRef> {
    Ok(st(o)?.format.borrow().clone().unwrap_or_else(none))
}

fn s_size(o: &PyObject) -> PyResult<PyRef> {
    Ok(new_int(st(o)?.size.get() as i64))
}

fn s_sizeof(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = st(args[0])?;
    Ok(new_int((64 + s.layout.borrow().items.len() * 32) as i64))
}

fn pack_values(s: &PyStruct, fname: &str, values: &[&PyObject]) -> PyResult<Vec<u8>> {
    let layout = s.layout.borrow().clone();
    if values.len() != layout.items.len() {
        return Err(struct_error(format!("{} expected {} items for packing (got {})", fname, layout.items.len(), values.len())));
    }
    layout.pack(values)
}

fn do_pack(s: &PyStruct, values: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("pack", kw)?;
    Ok(new_bytes(pack_values(s, "pack", values)?))
}

/// Write packed bytes into a writable buffer at `offset` (CPython's
/// bounds checks and messages).
fn do_pack_into(s: &PyStruct, args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("pack_into", kw)?;
    if args.is_empty() {
        return Err(struct_error("pack_into expected buffer argument"));
    }
    if args.len() < 2 {
        return Err(struct_error("pack_into expected offset argument"));
    }
    let buf = args[0];
    let size = s.size.get() as isize;
    let data = pack_values(s, "pack_into", &args[2..])?;
    let ba = crate::object::bytearray::as_bytearray(buf);
    let view = crate::object::memoryview::as_memoryview(buf);
    let writable = ba.is_some() || (view.is_some() && !protocol::is_true(&*protocol::getattr_str(buf, "readonly")?)?);
    if !writable {
        return Err(type_error(format!("argument must be read-write bytes-like object, not {}", buf.type_().name())));
    }
    let buflen = protocol::len(buf)? as isize;
    let mut offset = protocol::index_opt(args[1])?.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", args[1].type_().name())))?;
    if offset < 0 {
        if offset + size > 0 {
            return Err(struct_error(format!("no space to pack {} bytes at offset {}", size, offset)));
        }
        if offset + buflen < 0 {
            return Err(struct_error(format!("offset {} out of range for {}-byte buffer", offset, buflen)));
        }
        offset += buflen;
    }
    if buflen - offset < size {
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            size + offset,
            size,
            offset,
            buflen
        )));
    }
    let off = offset as usize;
    if let Some(b) = ba {
        b.vec_mut()[off..off + data.len()].copy_from_slice(&data);
    } else {
        let sl = crate::object::slice::new_slice(&new_int(off as i64), &new_int((off + data.len()) as i64), &none());
        protocol::setitem(buf, &sl, &new_bytes(data))?;
    }
    Ok(none())
}

fn do_unpack(s: &PyStruct, buf: &PyObject) -> PyResult<PyRef> {
    let data = expect_buffer(buf)?.to_vec();
    if data.len() != s.size.get() {
        return Err(struct_error(format!("unpack requires a buffer of {} bytes", s.size.get())));
    }
    let layout = s.layout.borrow().clone();
    layout.unpack(&data)
}

fn do_unpack_from(s: &PyStruct, buf: &PyObject, offset: Option<&PyObject>) -> PyResult<PyRef> {
    let data = expect_buffer(buf)?.to_vec();
    let size = s.size.get() as isize;
    let buflen = data.len() as isize;
    let mut offset = match offset {
        None => 0,
        Some(o) => crate::object::args::expect_index(o)?,
    };
    if offset < 0 {
        if offset + buflen < 0 {
            return Err(struct_error(format!("offset {} out of range for {}-byte buffer", offset, buflen)));
        }
        offset += buflen;
    }
    if buflen - offset < size {
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            size + offset,
            size,
            offset,
            buflen
        )));
    }
    let layout = s.layout.borrow().clone();
    layout.unpack(&data[offset as usize..(offset + size) as usize])
}

fn do_iter_unpack(s: &PyStruct, buf: &PyObject) -> PyResult<PyRef> {
    let size = s.size.get();
    if size == 0 {
        return Err(struct_error("cannot iteratively unpack with a struct of length 0"));
    }
    let data = expect_buffer(buf)?.to_vec();
    if data.len() % size != 0 {
        return Err(struct_error(format!("iterative unpacking requires a buffer of a multiple of {} bytes", size)));
    }
    let layout = s.layout.borrow().clone();
    let items = data.chunks(size).map(|c| layout.unpack(c)).collect::<PyResult<Vec<_>>>()?;
    protocol::iter(&new_list(items))
}

fn m_pack(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    do_pack(st(args[0])?, &args[1..], kw)
}

fn m_pack_into(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    do_pack_into(st(args[0])?, &args[1..], kw)
}

fn m_unpack(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = st(args[0])?;
    let b = crate::object::args::one_arg("unpack", &args[1..], kw)?;
    do_unpack(s, b)
}

fn m_unpack_from(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params::new("unpack_from", &["buffer", "offset"], 1);
    let s = st(args[0])?;
    let mut p = [None; 2];
    P.parse(&args[1..], kw, &mut p)?;
    do_unpack_from(s, p[0].unwrap(), p[1])
}

fn m_iter_unpack(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let s = st(args[0])?;
    let b = crate::object::args::one_arg("iter_unpack", &args[1..], kw)?;
    do_iter_unpack(s, b)
}

static STRUCT_METHODS: [MethodDef; 6] = [
    MethodDef { name: "pack", func: m_pack, flags: 0, doc: "S.pack(v1, v2, ...) -> bytes" },
    MethodDef { name: "pack_into", func: m_pack_into, flags: 0, doc: "S.pack_into(buffer, offset, v1, v2, ...)" },
    MethodDef { name: "unpack", func: m_unpack, flags: 0, doc: "Return a tuple containing unpacked values." },
    MethodDef { name: "unpack_from", func: m_unpack_from, flags: 0, doc: "Return a tuple containing unpacked values." },
    MethodDef { name: "iter_unpack", func: m_iter_unpack, flags: 0, doc: "Return an iterator yielding tuples." },
    MethodDef { name: "__sizeof__", func: s_sizeof, flags: 0, doc: "S.__sizeof__() -> size of S in memory, in bytes" },
];

static STRUCT_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "format", get: s_format, set: None, doc: "struct format string" },
    GetSetDef { name: "size", get: s_size, set: None, doc: "struct size in bytes" },
];

pub static STRUCT_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE),
    tp_drop: slot(drop_payload::<PyStruct>),
    tp_new: slot(s_new),
    tp_init: slot(s_init),
    methods: &STRUCT_METHODS,
    getsets: &STRUCT_GETSETS,
    module: Some("_struct"),
    doc: Some("Struct(format)\n--\n\nCreate a compiled struct object."),
    ..TypeObject::new_static("Struct", std::mem::size_of::<PyStruct>())
});

// ---- module functions: format first ----

fn with_struct<'a>(fname: &str, args: &[&'a PyObject], min: usize) -> PyResult<PyRef> {
    if args.len() < min {
        let _ = fname;
        return Err(type_error("missing format argument"));
    }
    new_struct(args[0])
}

fn f_pack(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("pack", kw)?;
    let s = with_struct("pack", args, 1)?;
    do_pack(st(&s)?, &args[1..], None)
}

fn f_pack_into(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("pack_into", kw)?;
    let s = with_struct("pack_into", args, 1)?;
    do_pack_into(st(&s)?, &args[1..], None)
}

fn f_unpack(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("unpack", kw)?;
    check_positional("unpack", args.len(), 2, 2)?;
    let s = new_struct(args[0])?;
    do_unpack(st(&s)?, args[1])
}

fn f_unpack_from(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    static P: Params = Params { fname: "unpack_from", names: &["format", "buffer", "offset"], required: 2, posonly: 1, kwonly: 3 };
    let mut p = [None; 3];
    P.parse(args, kw, &mut p)?;
    let s = new_struct(p[0].unwrap())?;
    do_unpack_from(st(&s)?, p[1].unwrap(), p[2])
}

fn f_iter_unpack(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    no_kwargs("iter_unpack", kw)?;
    check_positional("iter_unpack", args.len(), 2, 2)?;
    let s = new_struct(args[0])?;
    do_iter_unpack(st(&s)?, args[1])
}

fn f_calcsize(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let f = crate::object::args::one_arg("calcsize", args, kw)?;
    let s = new_struct(f)?;
    Ok(new_int(st(&s)?.size.get() as i64))
}

fn f_clearcache(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    crate::object::args::no_args("_clearcache", args, kw)?;
    Ok(none())
}

static FUNCS: [MethodDef; 7] = [
    MethodDef { name: "pack", func: f_pack, flags: 0, doc: "pack(format, v1, v2, ...) -> bytes" },
    MethodDef { name: "pack_into", func: f_pack_into, flags: 0, doc: "pack_into(format, buffer, offset, v1, v2, ...)" },
    MethodDef { name: "unpack", func: f_unpack, flags: 0, doc: "Return a tuple containing values unpacked according to the format string." },
    MethodDef { name: "unpack_from", func: f_unpack_from, flags: 0, doc: "Return a tuple containing values unpacked according to the format string." },
    MethodDef { name: "iter_unpack", func: f_iter_unpack, flags: 0, doc: "Return an iterator yielding tuples unpacked from the given bytes." },
    MethodDef { name: "calcsize", func: f_calcsize, flags: 0, doc: "Return size in bytes of the struct described by the format string." },
    MethodDef { name: "_clearcache", func: f_clearcache, flags: 0, doc: "Clear the internal cache." },
];

pub fn struct_types() -> Vec<&'static TypeObject> {
    vec![&STRUCT_TYPE]
}

/// `import _struct`
pub fn init() -> PyResult<PyRef> {
    let m = new_module("_struct");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("_struct");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, new_builtin_function(f, Some(mname.clone())));
    }
    dict_set_item_str(d, "Struct", STRUCT_TYPE.to_ref());
    dict_set_item_str(d, "error", error_type());
    Ok(m)
}
