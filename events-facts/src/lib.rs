//! The facts the generator (`events-codegen`) and the runtime (`events-core`) must agree on,
//! each written once: when the generator checks a catalog by one rule and the generated code
//! decodes by another, the types accept something else than the catalog says.
//!
//! - [`Status`], [`Direction`] and [`Date`]: the lifecycle columns of a catalog row, with the
//!   one string form the index, the generated tables and the tools use;
//! - [`Format`]: the string formats of the `format` keyword, their names and their checks, and
//!   [`is_ecma_escape`], which `format: regex` and the `pattern` translation share;
//! - [`name_hash`]: the hash generated `EventName` lookups match on, computed by the generator
//!   and by the runtime;
//! - [`Decimal`] and [`compare_numbers`]: JSON numbers compared exactly, by value;
//! - [`json_equal`]: JSON equality of literal values (numbers by value);
//! - [`without_position`]: serde_json's message without the position a diagnostic or a path
//!   carries better;
//! - [`percent_decoded`] and [`pointer_fragment`]: a JSON pointer in a `$ref`'s fragment, read
//!   and written.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod format;
mod format_text;
mod fragment;
#[cfg(feature = "idn")]
mod idn;
mod json;
mod lifecycle;
mod name_hash;
mod number;
mod punycode;
mod uri;

pub use format::Format;
pub use format_text::is_ecma_escape;
pub use fragment::{percent_decoded, pointer_fragment};
pub use json::{json_equal, without_position};
pub use lifecycle::{Date, Direction, Status};
pub use name_hash::name_hash;
pub use number::{Decimal, compare_numbers, is_multiple_of};
