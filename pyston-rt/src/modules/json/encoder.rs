//! `_json.make_encoder` (CPython 3.11's `c_make_encoder`, type
//! `_json.Encoder`): called `(obj, current_indent_level)` it returns a list
//! of chunks. `json` uses it only when `indent` is None (as in 3.11, the
//! indent argument is stored but not used). Circular references are found
//! through the `markers` dict (keyed by `id`), ints and floats are written
//! with `int.__repr__`/`float.__repr__`, other objects go through `default`.

use super::escape_into;
use crate::object::args;
use crate::object::descr::{PyBuiltinFunction, BUILTIN_FUNCTION_TYPE};
use crate::object::dict::{as_dict, dict_del, dict_items, dict_set};
use crate::object::exceptions::{type_error, value_error};
use crate::object::float::{float_repr_string, float_value};
use crate::object::header::{new_object, PyObject, PyRef};
use crate::object::int::{as_int, new_int, BOOL_TYPE};
use crate::object::list::{as_list, new_list};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::tuple::{new_tuple, tuple_slice};
use crate::object::typeobj::{drop_payload, slot, type_flags, TypeObject};
use crate::object::{protocol, PyResult, Static};
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct Encoder {
    ob: PyObject,
    /// markers, default, encoder, indent.
    objs: RefCell<[PyRef; 4]>,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// 0: call `encoder`; 1: encode_basestring_ascii; 2: encode_basestring.
    fast: u8,
}

pub static ENCODER_TYPE: Static<TypeObject> = Static(TypeObject {
    flags: Cell::new(type_flags::BASETYPE | type_flags::HAVE_GC),
    tp_traverse: slot(e_traverse),
    tp_clear: slot(e_clear),
    tp_drop: slot(drop_payload::<Encoder>),
    tp_new: slot(e_new),
    tp_call: slot(e_call),
    tp_getattro: slot(crate::object::object_type::generic_getattr),
    module: Some("_json"),
    doc: Some("Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)"),
    ..TypeObject::new_static("Encoder", std::mem::size_of::<Encoder>())
});

fn of(o: &PyObject) -> &Encoder {
    assert!(o.is_instance_of(&ENCODER_TYPE), "Encoder slot on a non-Encoder");
    // SAFETY: checked the type; subclasses share the payload.
    unsafe { o.cast::<Encoder>() }
}

fn e_traverse(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    for h in of(o).objs.borrow().iter() {
        visit(h);
    }
}

fn e_clear(o: &PyObject) {
    let old = of(o).objs.replace([none(), none(), none(), none()]);
    drop(old);
}

const NAMES: [&str; 9] =
    ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"];

fn e_new(t: &TypeObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None; 9];
    args::Params::new("make_encoder", &NAMES, 9).parse(a, kw, &mut out)?;
    let v: Vec<&PyObject> = out.iter().map(|o| o.expect("required")).collect();
    if !is_none(v[0]) && as_dict(v[0]).is_none() {
        return Err(type_error(format!("make_encoder() argument 1 must be dict or None, not {}", v[0].type_().name())));
    }
    let sep = |i: usize| -> PyResult<String> {
        str_value(v[i]).map(str::to_string).ok_or_else(|| {
            type_error(format!("make_encoder() argument {} must be str, not {}", i + 1, v[i].type_().name()))
        })
    };
    let (key_separator, item_separator) = (sep(4)?, sep(5)?);
    let fast = if v[2].is_exact(&BUILTIN_FUNCTION_TYPE) {
        // SAFETY: checked the exact type: builtin functions are PyBuiltinFunction.
        let def = unsafe { v[2].cast::<PyBuiltinFunction>() }.def;
        if std::ptr::eq(def, &super::FUNCS[1]) {
            1
        } else if std::ptr::eq(def, &super::FUNCS[2]) {
            2
        } else {
            0
        }
    } else {
        0
    };
    let (sort_keys, skipkeys, allow_nan) = (protocol::is_true(v[6])?, protocol::is_true(v[7])?, protocol::is_true(v[8])?);
    let objs = [v[0].to_ref(), v[1].to_ref(), v[2].to_ref(), v[3].to_ref()];
    Ok(new_object(t, |ob| Encoder {
        ob,
        objs: RefCell::new(objs),
        key_separator,
        item_separator,
        sort_keys,
        skipkeys,
        allow_nan,
        fast,
    }))
}

struct Ctx<'a> {
    e: &'a Encoder,
    markers: Option<PyRef>,
    default: PyRef,
    encoder: PyRef,
    out: String,
}

fn encode_float(e: &Encoder, v: f64) -> PyResult<String> {
    if v.is_finite() {
        return Ok(float_repr_string(v));
    }
    if !e.allow_nan {
        return Err(value_error("Out of range float values are not JSON compliant"));
    }
    Ok(if v.is_nan() { "NaN" } else if v > 0.0 { "Infinity" } else { "-Infinity" }.to_string())
}

impl Ctx<'_> {
    fn string(&mut self, s: &PyObject) -> PyResult<()> {
        let text = str_value(s).expect("str");
        if self.e.fast != 0 {
            self.out.push('"');
            for c in text.chars() {
                escape_into(&mut self.out, c, self.e.fast == 1);
            }
            self.out.push('"');
            return Ok(());
        }
        let r = protocol::call(&self.encoder, &[s], None)?;
        match str_value(&r) {
            Some(t) => self.out.push_str(t),
            None => return Err(type_error(format!("encoder() must return a string, not {}", r.type_().name()))),
        }
        Ok(())
    }

    fn mark(&self, o: &PyObject) -> PyResult<Option<PyRef>> {
        let Some(m) = &self.markers else { return Ok(None) };
        let id = new_int(o.as_ptr() as usize as i64);
        if crate::object::dict::dict_contains(m, &id)? {
            return Err(value_error("Circular reference detected"));
        }
        dict_set(m, &id, o)?;
        Ok(Some(id))
    }

    fn unmark(&self, id: Option<PyRef>) -> PyResult<()> {
        if let (Some(m), Some(id)) = (&self.markers, id) {
            dict_del(m, &id)?;
        }
        Ok(())
    }

    fn obj(&mut self, o: &PyObject) -> PyResult<()> {
        if is_none(o) {
            self.out.push_str("null");
        } else if o.is_exact(&BOOL_TYPE) {
            self.out.push_str(if protocol::is_true(o)? { "true" } else { "false" });
        } else if str_value(o).is_some() {
            self.string(o)?;
        } else if as_int(o).is_some() {
            let r = crate::object::int_methods::int_repr(o)?;
            self.out.push_str(str_value(&r).expect("str"));
        } else if let Some(v) = float_value(o) {
            let s = encode_float(self.e, v)?;
            self.out.push_str(&s);
        } else if let Some(l) = as_list(o) {
            let items = l.items().to_vec();
            self.seq(o, &items)?;
        } else if let Some(items) = tuple_slice(o) {
            let items = items.to_vec();
            self.seq(o, &items)?;
        } else if as_dict(o).is_some() {
            self.dict(o)?;
        } else {
            let id = self.mark(o)?;
            let d = self.default.clone();
            let newobj = protocol::call(&d, &[o], None)?;
            crate::runtime::enter_recursive_call(" while encoding a JSON object")?;
            let r = self.obj(&newobj);
            crate::runtime::leave_recursive_call();
            r?;
            self.unmark(id)?;
        }
        Ok(())
    }

    fn seq(&mut self, o: &PyObject, items: &[PyRef]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.mark(o)?;
        self.out.push('[');
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.e.item_separator);
            }
            crate::runtime::enter_recursive_call(" while encoding a JSON object")?;
            let r = self.obj(v);
            crate::runtime::leave_recursive_call();
            r?;
        }
        self.unmark(id)?;
        self.out.push(']');
        Ok(())
    }

    fn dict(&mut self, o: &PyObject) -> PyResult<()> {
        let mut items = dict_items(o);
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.mark(o)?;
        self.out.push('{');
        if self.e.sort_keys {
            let l = new_list(items.into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect());
            crate::object::list_sort::list_sort(&l, None, false)?;
            items = as_list(&l)
                .expect("list")
                .items()
                .iter()
                .map(|t| {
                    let t = tuple_slice(t).expect("tuple");
                    (t[0].clone(), t[1].clone())
                })
                .collect();
        }
        let mut first = true;
        for (k, v) in items {
            let kstr: PyRef = if str_value(&k).is_some() {
                k
            } else if let Some(f) = float_value(&k) {
                new_str(encode_float(self.e, f)?)
            } else if is_none(&k) {
                new_str("null")
            } else if k.is_exact(&BOOL_TYPE) {
                new_str(if protocol::is_true(&k)? { "true" } else { "false" })
            } else if as_int(&k).is_some() {
                crate::object::int_methods::int_repr(&k)?
            } else if self.e.skipkeys {
                continue;
            } else {
                return Err(type_error(format!("keys must be str, int, float, bool or None, not {}", k.type_().name())));
            };
            if !first {
                self.out.push_str(&self.e.item_separator);
            }
            first = false;
            self.string(&kstr)?;
            self.out.push_str(&self.e.key_separator);
            crate::runtime::enter_recursive_call(" while encoding a JSON object")?;
            let r = self.obj(&v);
            crate::runtime::leave_recursive_call();
            r?;
        }
        self.unmark(id)?;
        self.out.push('}');
        Ok(())
    }
}

fn e_call(o: &PyObject, a: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    let mut out = [None, None];
    args::Params::new("_iterencode", &["obj", "_current_indent_level"], 2).parse(a, kw, &mut out)?;
    let obj = out[0].expect("required");
    args::expect_index(out[1].expect("required"))?;
    let e = of(o);
    let objs = e.objs.borrow().clone();
    let [markers, default, encoder, _indent] = objs;
    let mut ctx = Ctx { e, markers: if is_none(&markers) { None } else { Some(markers) }, default, encoder, out: String::new() };
    ctx.obj(obj)?;
    Ok(new_list(vec![new_str(ctx.out)]))
}
