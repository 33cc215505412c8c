//! The error type shared by every function of the `format` module.
//!
//! Each error carries the exact CPython 3.11 message and the Python
//! exception class the runtime must raise ([`ExcKind`]).

use std::fmt;

/// The Python exception class an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcKind {
    /// `ValueError` (by far the most common).
    ValueError,
    /// `TypeError`.
    TypeError,
    /// `OverflowError`.
    OverflowError,
    /// `ZeroDivisionError`.
    ZeroDivisionError,
    /// `IndexError`.
    IndexError,
    /// `KeyError`.
    KeyError,
    /// `MemoryError` (output too large to allocate, e.g. a huge width).
    MemoryError,
}

impl ExcKind {
    /// The Python name of the exception class, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::MemoryError => "MemoryError",
        }
    }
}

/// An error with a CPython-exact message and exception class.
///
/// `errno` is only set for errors CPython raises through
/// `PyErr_SetFromErrno` (currently only the `ERANGE` overflow of
/// `float ** float`): there the exception's `args` are
/// `(errno, message)` rather than `(message,)`, and `message` holds the
/// bare strerror text (`"Numerical result out of range"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// Exception class to raise.
    pub kind: ExcKind,
    /// Exact message (`str(exc)` for single-argument exceptions).
    pub message: String,
    /// `Some(errno)` when the exception args are `(errno, message)`.
    pub errno: Option<i32>,
}

impl FormatError {
    /// Creates an error of the given kind.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Self {
        FormatError { kind, message: message.into(), errno: None }
    }

    /// Shorthand for a `ValueError`.
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ExcKind::ValueError, message)
    }

    /// Shorthand for a `TypeError`.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ExcKind::TypeError, message)
    }

    /// Shorthand for an `OverflowError`.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ExcKind::OverflowError, message)
    }

    /// Shorthand for a `ZeroDivisionError`.
    pub fn zero_division(message: impl Into<String>) -> Self {
        Self::new(ExcKind::ZeroDivisionError, message)
    }

    /// A `MemoryError` (empty message, like CPython's).
    pub fn memory() -> Self {
        Self::new(ExcKind::MemoryError, "")
    }

    /// What `str(exc)` shows in CPython.
    ///
    /// Equal to `message`, except for errno-style errors where CPython
    /// shows the args tuple, e.g. `(34, 'Numerical result out of range')`.
    pub fn display_message(&self) -> String {
        match self.errno {
            Some(e) => format!("({}, '{}')", e, self.message),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.display_message())
    }
}

impl std::error::Error for FormatError {}

/// Result alias used throughout the module.
pub type FmtResult<T> = Result<T, FormatError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display() {
        let e = FormatError::value("Invalid format specifier");
        assert_eq!(e.to_string(), "ValueError: Invalid format specifier");
        let mut e = FormatError::overflow("Numerical result out of range");
        e.errno = Some(34);
        assert_eq!(e.display_message(), "(34, 'Numerical result out of range')");
        assert_eq!(ExcKind::ZeroDivisionError.name(), "ZeroDivisionError");
    }
}
