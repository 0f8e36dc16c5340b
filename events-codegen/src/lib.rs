//! The generator engine behind `include_catalog!`.
//!
//! A catalog folder goes through one stage per module, in one direction:
//! [`load`] (the only I/O) → [`raw`] (serde mirrors of the files) → [`model`] (validated,
//! Rust-ready) → [`check`] (rules across rows and files) → [`lifecycle`] (the user's options) →
//! [`emit`] (tokens).
//! [`expand`] runs them all; it never panics, whatever the files contain.

#![forbid(unsafe_code)]

pub mod check;
pub mod diagnostic;
pub mod emit;
pub mod ident;
pub mod lifecycle;
pub mod load;
mod locate;
pub mod model;
pub mod raw;

use std::path::Path;

use proc_macro2::TokenStream;

pub use diagnostic::Diagnostic;
pub use lifecycle::{Options, SunsetPolicy, UnknownFields};

/// What the engine makes of a catalog folder.
#[derive(Debug)]
pub struct Expansion {
    /// The generated items. When there are diagnostics these are the items of the rows that are
    /// sound, so that code using them does not drown the real errors in secondary ones.
    pub tokens: TokenStream,
    /// Every file read (absolute when the folder path is), so that a caller can have the
    /// compiler rebuild when one changes.
    pub tracked_files: Vec<String>,
    /// Every defect found, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
}

/// Generates the Rust items for the catalog in `dir`. Diagnostics name files as `shown_dir`
/// joined with their path inside the catalog (pass the path the user wrote).
pub fn expand(dir: &Path, shown_dir: &Path, options: &Options) -> Expansion {
    expand_loaded(&load::load(dir, shown_dir), options)
}

/// Generates the Rust items for a catalog already read into memory.
pub fn expand_loaded(loaded: &load::LoadedCatalog, options: &Options) -> Expansion {
    let Analysis {
        catalog,
        diagnostics,
    } = analyze_loaded(loaded, options);
    let tracked_files = loaded
        .index
        .iter()
        .chain(loaded.schemas.iter().map(|schema| &schema.source))
        .map(|file| file.path.to_string_lossy().into_owned())
        .collect();
    Expansion {
        tokens: emit::emit(&catalog, options),
        tracked_files,
        diagnostics,
    }
}

/// The validated model of a catalog and its diagnostics, for tools that work on the catalog
/// rather than on generated code (the `events` command).
#[derive(Debug)]
pub struct Analysis {
    /// The sound rows, with the options applied.
    pub catalog: model::Catalog,
    /// Every defect found, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads and validates the catalog in `dir`, without generating code.
pub fn analyze(dir: &Path, shown_dir: &Path, options: &Options) -> Analysis {
    analyze_loaded(&load::load(dir, shown_dir), options)
}

fn analyze_loaded(loaded: &load::LoadedCatalog, options: &Options) -> Analysis {
    let mut diagnostics = loaded.diagnostics.clone();
    let mut catalog = model::build(loaded, &mut diagnostics);
    check::check(loaded, &mut catalog, &mut diagnostics);
    lifecycle::apply(&mut catalog, options);
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    Analysis {
        catalog,
        diagnostics,
    }
}

/// Every diagnostic for the catalog in `dir`, without generating code: the library form of the
/// checks the macro runs.
pub fn check_catalog(dir: &Path, shown_dir: &Path) -> Vec<Diagnostic> {
    analyze(dir, shown_dir, &Options::default()).diagnostics
}
