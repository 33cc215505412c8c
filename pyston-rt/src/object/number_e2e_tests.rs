//! End-to-end checks of the numeric types and `math`: each line of
//! `number_e2e_cases.txt` is an expression and the `repr` (or
//! `Type: message`) CPython 3.11 gives for it. The expressions go through
//! the real compiler and interpreter; the few builtins they use are
//! provided here so these tests do not depend on the builtins module.

use super::dict::{dict_set_item_str, new_dict};
use super::exceptions::{type_error, PyErr};
use super::header::{PyObject, PyRef};
use super::singletons::{is_none, is_not_implemented};
use super::typeobj::MethodDef;
use super::{protocol, PyResult};

fn render(o: &PyObject) -> PyResult<String> {
    if let Some(items) = super::tuple::tuple_slice(o) {
        let parts: PyResult<Vec<String>> = items.iter().map(|x| render(x)).collect();
        let parts = parts?;
        return Ok(if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) });
    }
    if o.is_instance_of(&super::bytes::BYTES_TYPE) {
        // SAFETY: bytes instances are laid out as PyBytes.
        let b = unsafe { o.cast::<super::bytes::PyBytes>() };
        return Ok(crate::format::bytes_repr(&b.data));
    }
    if let Some(s) = super::str::str_value(o) {
        return Ok(crate::format::str_repr(s));
    }
    protocol::repr_string(o)
}

fn render_err(e: &PyErr) -> String {
    let args = e.exc().args().clone();
    let items = super::tuple::tuple_slice(&args).unwrap_or(&[]).to_vec();
    let msg = match items.len() {
        0 => String::new(),
        1 => match super::str::str_value(&items[0]) {
            Some(s) => s.to_string(),
            None => render(&items[0]).unwrap_or_default(),
        },
        _ => render(&args).unwrap_or_default(),
    };
    format!("{}: {}", e.value().type_().name(), msg)
}

fn t_divmod(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let (a, b) = (args[0], args[1]);
    for f in [super::int_ops::int_divmod, super::float::float_divmod] {
        let r = f(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.type_().name(),
        b.type_().name()
    )))
}

fn t_pow(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let none = super::singletons::none();
    let m: &PyObject = if args.len() > 2 { args[2] } else { &none };
    for t in [args[0].type_(), args[1].type_()] {
        if let Some(f) = t.nb_power3.get() {
            let r = f(args[0], args[1], m)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if !is_none(m) {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    protocol::binary_op(args[0], args[1], crate::bytecode::BinOpKind::Pow)
}

fn t_abs(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    (args[0].type_().nb_absolute.get().expect("abs"))(args[0])
}

fn t_hash(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(super::int::new_int(protocol::hash(args[0])? as i64))
}

fn t_repr(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::repr(args[0])
}

fn t_str(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    protocol::str_(args[0])
}

fn t_round(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = protocol::getattr_str(args[0], "__round__")?;
    if args.len() == 1 || is_none(args[1]) {
        return protocol::call0(&m);
    }
    protocol::call1(&m, args[1])
}

fn t_format(args: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    let m = protocol::getattr_str(args[0], "__format__")?;
    let empty = super::str::new_str("");
    protocol::call1(&m, if args.len() > 1 { args[1] } else { &empty })
}

static FUNCS: [MethodDef; 8] = [
    MethodDef { name: "divmod", func: t_divmod, flags: 0, doc: "" },
    MethodDef { name: "pow", func: t_pow, flags: 0, doc: "" },
    MethodDef { name: "abs", func: t_abs, flags: 0, doc: "" },
    MethodDef { name: "hash", func: t_hash, flags: 0, doc: "" },
    MethodDef { name: "repr", func: t_repr, flags: 0, doc: "" },
    MethodDef { name: "str", func: t_str, flags: 0, doc: "" },
    MethodDef { name: "round", func: t_round, flags: 0, doc: "" },
    MethodDef { name: "format", func: t_format, flags: 0, doc: "" },
];

fn eval(src: &str, globals: &PyObject) -> PyResult<PyRef> {
    let unit = crate::compile::compile_source(src, "<case>", crate::compile::Mode::Eval)
        .map_err(|e| super::exceptions::PyErr::new(&super::exceptions::SYNTAX_ERROR, e.to_string()))?;
    let code = super::code::code_from_unit(&unit)?;
    crate::interp::exec_code(&code, globals, None)
}

#[test]
fn cases_match_cpython() {
    crate::runtime::init_for_tests();
    let g = new_dict();
    dict_set_item_str(&g, "int", super::int::INT_TYPE.to_ref());
    dict_set_item_str(&g, "bool", super::int::BOOL_TYPE.to_ref());
    dict_set_item_str(&g, "float", super::float::FLOAT_TYPE.to_ref());
    dict_set_item_str(&g, "complex", super::complex::COMPLEX_TYPE.to_ref());
    dict_set_item_str(&g, "math", crate::modules::math::init().unwrap());
    for def in &FUNCS {
        dict_set_item_str(&g, def.name, super::descr::new_builtin_function(def, None));
    }
    let mut failures = Vec::new();
    let cases = include_str!("number_e2e_cases.txt");
    // Cases that need other types' features skip until those exist in this build.
    let have_str_repr = super::str::STR_TYPE.tp_repr.get().map(|f| f as usize) != super::OBJECT_TYPE.tp_repr.get().map(|f| f as usize);
    let have_str_repeat = super::str::STR_TYPE.sq_repeat.get().is_some();
    let have_list_iter = super::list::LIST_TYPE.tp_iter.get().is_some();
    for line in cases.lines() {
        let Some((expr, expected)) = line.split_once('\t') else { continue };
        if (!have_str_repr && expected.contains(": '"))
            || (!have_str_repeat && expr.contains("' *"))
            || (!have_list_iter && expr.contains('['))
        {
            continue;
        }
        let got = match eval(expr, &g) {
            Ok(v) => render(&v).unwrap_or_else(|e| render_err(&e)),
            Err(e) => render_err(&e),
        };
        if got != expected {
            failures.push(format!("{}\n    expected: {}\n    got:      {}", expr, expected, got));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.lines().count(), failures.join("\n"));
}
