//! Exception classes defined by native modules (`binascii.Error`,
//! `zlib.error`, ...): static types with the builtin exception layout,
//! declared by `module_exception!`.

/// `module_exception!(STATIC = "module", "Name", &BASE, "doc");` declares
/// a static exception type `module.Name` deriving from `BASE` (which must
/// use the `PyBaseException` layout).
macro_rules! module_exception {
    ( $stat:ident = $module:literal, $name:literal, $base:expr, $doc:literal ) => {
        pub static $stat: crate::object::header::Static<crate::object::typeobj::TypeObject> =
            crate::object::header::Static(crate::object::typeobj::TypeObject {
                base: std::cell::Cell::new(
                    $base as *const crate::object::header::Static<crate::object::typeobj::TypeObject>
                        as *mut crate::object::typeobj::TypeObject,
                ),
                flags: std::cell::Cell::new(
                    crate::object::typeobj::type_flags::BASETYPE
                        | crate::object::typeobj::type_flags::BASE_EXC_SUBCLASS
                        | crate::object::typeobj::type_flags::HAS_DICT
                        | crate::object::typeobj::type_flags::HAVE_GC,
                ),
                dictoffset: std::cell::Cell::new(std::mem::offset_of!(crate::object::exceptions::PyBaseException, dict)),
                tp_traverse: crate::object::typeobj::slot(crate::object::exceptions::exc_traverse),
                tp_clear: crate::object::typeobj::slot(crate::object::exceptions::exc_clear),
                tp_drop: crate::object::typeobj::slot(
                    crate::object::typeobj::drop_payload::<crate::object::exceptions::PyBaseException>,
                ),
                module: Some($module),
                doc: Some($doc),
                ..crate::object::typeobj::TypeObject::new_static(
                    $name,
                    std::mem::size_of::<crate::object::exceptions::PyBaseException>(),
                )
            });
    };
}
pub(crate) use module_exception;
