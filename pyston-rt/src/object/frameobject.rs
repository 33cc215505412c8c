//! Frame objects (`types.FrameType`), CPython 3.11's `PyFrameObject` over
//! `_PyInterpreterFrame`.
//!
//! Interpreter frames (`interp::frame::Frame`) are not objects. A frame
//! object is created on demand (`frame_object`: `sys._getframe`, tracebacks,
//! `gi_frame`, `locals()`) and cached in the frame's `frame_obj` field, which
//! owns one reference, so frames that never need one pay nothing and asking
//! twice gives the same object. While the frame exists the object reads it
//! through `frame` (registers, current instruction, caller). When the frame
//! finishes (`on_frame_exit`, called by the eval loop while the frame is
//! still on the stack) or is freed unfinished (`FrameBox::drop`), the object
//! is detached: if something else still references it, it takes over what it
//! needs: the values of the locals and cells, the last instruction, and the
//! caller's frame object (created then if needed, so `f_back` stays right
//! after the caller returns too).

use super::code::PyCode;
use super::dict::{dict_del, dict_set_item_str, new_dict};
use super::exceptions::{runtime_error, type_error};
use super::function::as_cell;
use super::header::{new_object, PyObject, PyRef, Static};
use super::int::new_int;
use super::singletons::{is_none, none};
use super::str::{new_str, str_value};
use super::typeobj::{drop_payload, slot, GetSetDef, MethodDef, TypeObject};
use super::PyResult;
use crate::interp::frame::{state, Frame};
use std::cell::Cell;

#[repr(C)]
pub struct PyFrameObject {
    pub ob: PyObject,
    /// The interpreter frame while it exists; null once detached.
    frame: Cell<*const Frame>,
    code: PyRef,
    globals: PyRef,
    builtins: PyRef,
    /// The frame's locals mapping (module, class-body and exec frames).
    ns: Option<PyRef>,
    /// After detaching: the values of the locals, then cells and free
    /// variables (register order).
    saved: Cell<Option<Box<[Option<PyRef>]>>>,
    /// After detaching: the caller's frame object.
    back: Cell<Option<PyRef>>,
    /// The `f_locals` dict of a function frame (updated on each access,
    /// as CPython 3.11's `PyFrame_FastToLocals`).
    locals_cache: Cell<Option<PyRef>>,
    /// After detaching: the last instruction (word index).
    lasti: Cell<u32>,
    /// After detaching: whether the frame had started.
    started: Cell<bool>,
    trace: Cell<Option<PyRef>>,
    trace_lines: Cell<bool>,
    trace_opcodes: Cell<bool>,
    /// The generator (coroutine, async generator) owning the frame, when
    /// the object came from `gi_frame`; not owned, null once detached (the
    /// generator detaches its frame before going away).
    gen: Cell<*const PyObject>,
}

pub static FRAME_TYPE: Static<TypeObject> = Static(TypeObject {
    tp_traverse: crate::object::typeobj::slot(traverse_frame_object),
    tp_clear: crate::object::typeobj::slot(clear_frame_object),
    tp_drop: slot(drop_payload::<PyFrameObject>),
    tp_repr: slot(frame_repr),
    tp_new: slot(|t, _a, _k| Err(type_error(format!("cannot create '{}' instances", t.name())))),
    methods: &FRAME_METHODS,
    getsets: &FRAME_GETSETS,
    flags: std::cell::Cell::new(crate::object::typeobj::type_flags::HAVE_GC),
    ..TypeObject::new_static("frame", std::mem::size_of::<PyFrameObject>())
});

#[inline]
pub fn as_frame_object(o: &PyObject) -> Option<&PyFrameObject> {
    if o.is_exact(&FRAME_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { o.cast::<PyFrameObject>() })
    } else {
        None
    }
}

/// Clone the value of a `Cell<Option<PyRef>>` without leaving it empty.
fn cell_get(c: &Cell<Option<PyRef>>) -> Option<PyRef> {
    let v = c.take();
    let r = v.clone();
    c.set(v);
    r
}

/// The frame object of `f` (created on first use, then cached in the frame).
pub fn frame_object(f: &Frame) -> PyRef {
    let p = f.frame_obj.get();
    if !p.is_null() {
        // SAFETY: `frame_obj` owns a reference to a live frame object.
        return unsafe { &*p }.to_ref();
    }
    let o = new_object(&FRAME_TYPE, |ob| PyFrameObject {
        ob,
        frame: Cell::new(f as *const Frame),
        code: f.code.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        ns: f.locals.clone(),
        saved: Cell::new(None),
        back: Cell::new(None),
        locals_cache: Cell::new(None),
        lasti: Cell::new(0),
        started: Cell::new(false),
        trace: Cell::new(None),
        trace_lines: Cell::new(true),
        trace_opcodes: Cell::new(false),
        gen: Cell::new(std::ptr::null()),
    });
    f.frame_obj.set(o.clone().into_raw());
    o
}

/// Called by the eval loop when `f` finishes (returns or raises) while it is
/// still the current frame, only if it has a frame object: detach it, with
/// the caller's frame object as `f_back` (generator frames, like CPython's,
/// keep no `f_back`).
#[cold]
pub fn on_frame_exit(f: &Frame) {
    detach(f, !f.code().unit.is_generator());
}

/// Detach `f`'s frame object (if any): it stops pointing at the frame and,
/// when still referenced elsewhere, keeps copies of what it needs.
pub fn detach(f: &Frame, with_back: bool) {
    let p = f.frame_obj.replace(std::ptr::null_mut());
    if p.is_null() {
        return;
    }
    // SAFETY: `frame_obj` owned this reference; we take it over.
    let o = unsafe { PyRef::from_raw(p) };
    // SAFETY: `frame_obj` always holds a frame object.
    let fo = unsafe { o.cast::<PyFrameObject>() };
    if o.refcnt.get() > 1 {
        let unit = &f.code().unit;
        let n = (unit.nlocals() + unit.ncells()).min(f.nregs as usize);
        let saved: Box<[Option<PyRef>]> = f.regs()[..n].to_vec().into_boxed_slice();
        fo.saved.set(Some(saved));
        fo.lasti.set(f.ip.get());
        fo.started.set(f.state.get() != state::CREATED);
        if with_back {
            // SAFETY: `back` points at the running caller (if any).
            if let Some(b) = unsafe { f.back.get().as_ref() } {
                fo.back.set(Some(frame_object(b)));
            }
        }
    }
    fo.frame.set(std::ptr::null());
    fo.gen.set(std::ptr::null());
    drop(o);
}

/// Record the generator owning a frame object's frame (`gi_frame`), so
/// that `frame.clear()` can close it as CPython does.
pub fn set_generator(frame: &PyObject, gen: &PyObject) {
    if let Ok(fo) = fo(frame) {
        if fo.live().is_some() {
            fo.gen.set(gen as *const PyObject);
        }
    }
}

impl PyFrameObject {
    fn live(&self) -> Option<&Frame> {
        // SAFETY: `frame` is non-null only while the frame exists (the frame
        // owns a reference to this object and detaches it before going away).
        unsafe { self.frame.get().as_ref() }
    }

    fn unit(&self) -> &crate::bytecode::CodeUnit {
        // SAFETY: `code` is always a code object.
        &unsafe { self.code.cast::<PyCode>() }.unit
    }

    /// The current (or last) instruction and whether the frame has started.
    fn position(&self) -> (u32, bool) {
        match self.live() {
            Some(f) => (f.ip.get(), f.state.get() != state::CREATED),
            None => (self.lasti.get(), self.started.get()),
        }
    }

    pub fn lineno(&self) -> u32 {
        let (ip, started) = self.position();
        let unit = self.unit();
        if !started {
            return unit.firstlineno;
        }
        unit.line_at(ip as usize)
    }

    /// The caller's frame object, or None.
    pub fn back(&self) -> Option<PyRef> {
        match self.live() {
            // SAFETY: `back` points at the running caller while `f` runs.
            Some(f) => unsafe { f.back.get().as_ref() }.map(frame_object),
            None => cell_get(&self.back),
        }
    }

    pub fn code(&self) -> &PyRef {
        &self.code
    }

    /// `f_locals`: the locals mapping of a module/class/exec frame, else a
    /// dict (the same one each time) updated with the current values of the
    /// locals, cells and free variables.
    pub fn locals(&self) -> PyResult<PyRef> {
        if let Some(ns) = &self.ns {
            return Ok(ns.clone());
        }
        let d = match cell_get(&self.locals_cache) {
            Some(d) => d,
            None => {
                let d = new_dict();
                self.locals_cache.set(Some(d.clone()));
                d
            }
        };
        let values: Vec<Option<PyRef>> = match self.live() {
            Some(f) => {
                let unit = &f.code().unit;
                let n = (unit.nlocals() + unit.ncells()).min(f.nregs as usize);
                f.regs()[..n].to_vec()
            }
            None => {
                let s = self.saved.take();
                let v = s.as_deref().map(|s| s.to_vec()).unwrap_or_default();
                self.saved.set(s);
                v
            }
        };
        fast_to_locals(&d, self.unit(), &values)?;
        Ok(d)
    }
}

/// Write the values of a function frame's locals, cells and free variables
/// into `d` (unbound names are removed), as CPython's `PyFrame_FastToLocals`.
pub fn fast_to_locals(d: &PyObject, unit: &crate::bytecode::CodeUnit, regs: &[Option<PyRef>]) -> PyResult<()> {
    let base = unit.cell_base();
    let cell_value = |i: usize| -> Option<PyRef> { regs.get(base + i)?.as_deref().and_then(as_cell).and_then(|c| c.get()) };
    let mut updates: Vec<(&str, Option<PyRef>)> = Vec::new();
    for (i, name) in unit.varnames.iter().enumerate() {
        let v = match unit.cell2arg.iter().find(|(_, a)| *a as usize == i) {
            Some((c, _)) => cell_value(*c as usize),
            None => regs.get(i).cloned().flatten(),
        };
        updates.push((name, v));
    }
    for (i, name) in unit.cellvars.iter().enumerate() {
        if unit.cell2arg.iter().any(|(c, _)| *c as usize == i) {
            continue;
        }
        updates.push((name, cell_value(i)));
    }
    for (i, name) in unit.freevars.iter().enumerate() {
        updates.push((name, cell_value(unit.cellvars.len() + i)));
    }
    for (name, v) in updates {
        match v {
            Some(v) => dict_set_item_str(d, name, v),
            None => {
                let k = super::str::intern(name);
                drop(dict_del(d, &k)?);
            }
        }
    }
    Ok(())
}

/// The references a frame object owns, for the cycle collector.
pub fn traverse_frame_object(o: &PyObject, visit: &mut dyn FnMut(&PyObject)) {
    let Some(fo) = as_frame_object(o) else { return };
    visit(&fo.code);
    visit(&fo.globals);
    visit(&fo.builtins);
    if let Some(ns) = &fo.ns {
        visit(ns);
    }
    for c in [&fo.back, &fo.locals_cache, &fo.trace] {
        if let Some(v) = cell_get(c) {
            visit(&v);
        }
    }
    let s = fo.saved.take();
    if let Some(values) = &s {
        for v in values.iter().flatten() {
            visit(v);
        }
    }
    fo.saved.set(s);
}

fn fo(o: &PyObject) -> PyResult<&PyFrameObject> {
    as_frame_object(o).ok_or_else(|| type_error(format!("descriptor requires a 'frame' object but received a '{}'", o.type_().name())))
}

fn frame_repr(o: &PyObject) -> PyResult<PyRef> {
    let f = fo(o)?;
    // SAFETY: `code` is always a code object.
    let code = unsafe { f.code.cast::<PyCode>() };
    let file = super::protocol::repr_string(&code.filename)?;
    Ok(new_str(format!(
        "<frame at {:#x}, file {}, line {}, code {}>",
        o.as_ptr() as usize,
        file,
        f.lineno(),
        str_value(&code.name).unwrap_or("?")
    )))
}

/// `frame.clear()`: drop the locals of a finished frame.
fn frame_clear(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    super::args::no_args("frame.clear", &args[1..], kw)?;
    let f = fo(args[0])?;
    if let Some(fr) = f.live() {
        if fr.state.get() == state::RUNNING {
            return Err(runtime_error("cannot clear an executing frame"));
        }
        // A suspended generator's frame: close the generator (CPython's
        // _PyGen_Finalize), which runs its `finally` blocks.
        // SAFETY: `gen` is non-null only while the generator is alive (it
        // detaches its frame, which nulls `gen`, before going away).
        if let Some(g) = unsafe { f.gen.get().as_ref() }.map(|g| g.to_ref()) {
            super::protocol::call_method(&g, crate::name!("close"), &[])?;
        }
    }
    drop(f.trace.take());
    drop(f.saved.replace(Some(Box::new([]))));
    Ok(none())
}

fn set_trace(o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let f = fo(o)?;
    let v = v.filter(|v| !is_none(v)).map(|v| v.to_ref());
    drop(f.trace.replace(v));
    Ok(())
}

/// Setting `f_lineno` is a debugger feature, allowed only from a trace
/// function's 'line' event; without tracing CPython reports the 'call' event.
fn set_lineno(_o: &PyObject, v: Option<&PyObject>) -> PyResult<()> {
    let Some(v) = v else { return Err(super::exceptions::PyErr::new(&super::exceptions::ATTRIBUTE_ERROR, "cannot delete attribute")) };
    if !v.is_exact(&super::int::INT_TYPE) {
        return Err(super::exceptions::value_error("lineno must be an integer"));
    }
    Err(super::exceptions::value_error("can't jump from the 'call' trace event of a new frame"))
}

fn bool_setter(o: &PyObject, v: Option<&PyObject>, which: fn(&PyFrameObject) -> &Cell<bool>) -> PyResult<()> {
    let f = fo(o)?;
    match v {
        Some(v) if v.is_exact(&super::int::BOOL_TYPE) => {
            which(f).set(v.is(&super::int::TRUE.ob));
            Ok(())
        }
        Some(_) => Err(type_error("attribute value type must be bool")),
        None => Err(type_error("can't delete numeric/char attribute")),
    }
}

static FRAME_METHODS: [MethodDef; 1] =
    [MethodDef { name: "clear", func: frame_clear, flags: 0, doc: "F.clear(): clear most references held by the frame" }];

static FRAME_GETSETS: [GetSetDef; 10] = [
    GetSetDef { name: "f_back", get: |o| Ok(fo(o)?.back().unwrap_or_else(none)), set: None, doc: "" },
    GetSetDef { name: "f_code", get: |o| Ok(fo(o)?.code.clone()), set: None, doc: "" },
    GetSetDef { name: "f_globals", get: |o| Ok(fo(o)?.globals.clone()), set: None, doc: "" },
    GetSetDef {
        name: "f_builtins",
        // Frames keep the builtins mapping itself (a module was unwrapped
        // to its dict when the function was made).
        get: |o| Ok(fo(o)?.builtins.clone()),
        set: None,
        doc: "",
    },
    GetSetDef { name: "f_locals", get: |o| fo(o)?.locals(), set: None, doc: "" },
    GetSetDef { name: "f_lineno", get: |o| Ok(new_int(fo(o)?.lineno() as i64)), set: Some(set_lineno), doc: "" },
    GetSetDef { name: "f_lasti", get: |o| Ok(new_int(fo(o)?.position().0 as i64 * 2)), set: None, doc: "" },
    GetSetDef { name: "f_trace", get: |o| Ok(cell_get(&fo(o)?.trace).unwrap_or_else(none)), set: Some(set_trace), doc: "" },
    GetSetDef {
        name: "f_trace_lines",
        get: |o| Ok(super::int::new_bool(fo(o)?.trace_lines.get())),
        set: Some(|o, v| bool_setter(o, v, |f| &f.trace_lines)),
        doc: "",
    },
    GetSetDef {
        name: "f_trace_opcodes",
        get: |o| Ok(super::int::new_bool(fo(o)?.trace_opcodes.get())),
        set: Some(|o, v| bool_setter(o, v, |f| &f.trace_opcodes)),
        doc: "",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::hooks::{compile_to_code, exec_code, CompileMode};

    fn run(src: &str) -> PyRef {
        crate::runtime::init_for_tests();
        crate::modules::builtins::init().expect("builtins");
        crate::modules::sys::init().expect("sys");
        let code = compile_to_code(src, "<test>", CompileMode::Exec).expect("compile");
        let g = new_dict();
        exec_code(&code, &g, None).expect("run");
        g
    }

    fn get(g: &PyObject, name: &str) -> PyRef {
        super::super::dict::dict_get_str(g, &super::super::str::intern(name)).expect(name).to_ref()
    }

    #[test]
    fn frame_object_detaches_and_keeps_locals() {
        let g = run("import sys\ndef f():\n    a = 1\n    b = 'x'\n    return sys._getframe()\nfr = f()\n");
        let fr = get(&g, "fr");
        let fo = as_frame_object(&fr).expect("frame object");
        assert!(fo.frame.get().is_null(), "detached after return");
        let l = fo.locals().expect("locals");
        assert_eq!(super::super::dict::dict_len(&l), 2);
        // f_back is the module frame's object (its frame has finished too).
        let back = fo.back().expect("f_back");
        let bo = as_frame_object(&back).expect("frame object");
        assert!(bo.frame.get().is_null());
        assert!(bo.back().is_none());
    }

    #[test]
    fn unused_frame_object_is_freed_with_its_frame() {
        let g = run("import sys\ndef f():\n    sys._getframe()\n    return 1\nr = f()\n");
        assert_eq!(crate::object::int::int_value_i64(&get(&g, "r")), Some(1));
    }

    #[test]
    fn same_object_while_running() {
        let g = run("import sys\nsame = sys._getframe() is sys._getframe()\n");
        assert!(get(&g, "same").is(&crate::object::int::TRUE.ob));
    }
}

/// Cycle collector: drop what a detached frame object keeps (saved locals,
/// the caller, the locals cache, the trace function).
pub fn clear_frame_object(o: &PyObject) {
    let Some(fo) = as_frame_object(o) else { return };
    let saved = fo.saved.take();
    drop(saved);
    for c in [&fo.back, &fo.locals_cache, &fo.trace] {
        drop(c.take());
    }
}
