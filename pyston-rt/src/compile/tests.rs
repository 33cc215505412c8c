//! Frontend tests.
