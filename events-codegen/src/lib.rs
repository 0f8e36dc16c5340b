//! The generator engine behind `include_catalog!`.
//!
//! A catalog folder goes through one stage per module, in one direction:
//! [`load`] (the only I/O) → [`raw`] (serde mirrors of the files) → [`model`] (validated,
//! Rust-ready) → [`check`] (rules across rows and files) → [`emit`] (tokens).
//! [`expand`] runs them all; it never panics, whatever the files contain.

#![forbid(unsafe_code)]

pub mod check;
pub mod diagnostic;
pub mod emit;
pub mod ident;
pub mod load;
mod locate;
pub mod model;
pub mod raw;

use std::path::Path;

use proc_macro2::TokenStream;

pub use diagnostic::Diagnostic;

/// What the engine makes of a catalog folder.
#[derive(Debug)]
pub struct Expansion {
    /// The generated items; empty when there are diagnostics.
    pub tokens: TokenStream,
    /// Every file read (absolute when `dir` is), so that a caller can have the compiler rebuild
    /// when one changes.
    pub tracked_files: Vec<String>,
    /// Every defect found, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Generates the Rust items for the catalog in `dir`. Diagnostics name files as `shown_dir`
/// joined with their path inside the catalog (pass the path the user wrote).
pub fn expand(dir: &Path, shown_dir: &Path) -> Expansion {
    let loaded = load::load(dir, shown_dir);
    let mut diagnostics = loaded.diagnostics.clone();
    let catalog = model::build(&loaded, &mut diagnostics);
    check::check(&loaded, &catalog, &mut diagnostics);
    let tracked_files: Vec<String> = loaded
        .index
        .iter()
        .chain(loaded.schemas.iter().map(|schema| &schema.source))
        .map(|file| file.path.to_string_lossy().into_owned())
        .collect();
    let tokens = if diagnostics.is_empty() {
        emit::emit(&catalog)
    } else {
        TokenStream::new()
    };
    Expansion {
        tokens,
        tracked_files,
        diagnostics,
    }
}

/// Every diagnostic for the catalog in `dir`, without generating code.
pub fn check_catalog(dir: &Path, shown_dir: &Path) -> Vec<Diagnostic> {
    expand(dir, shown_dir).diagnostics
}
