//! The generator engine behind `include_catalog!`.
//!
//! A catalog folder goes through one stage per module, in one direction: `load` (the only I/O)
//! → `json` (each file as a tree that knows where every value is written) → `schema` (each
//! schema file to Rust types) and `index` (each row to an event) → `check` (rules across rows
//! and files) → `lifecycle` (the user's [`Options`]) → `emit` (tokens). Every stage reports into
//! one `Diagnostics` collector and goes on, so that one run reports
//! every defect. [`expand`] runs them all; it never panics, whatever the files contain.

#![forbid(unsafe_code)]

mod check;
mod check_definitions;
mod diagnostic;
mod emit;
mod ident;
mod index;
mod json;
mod lifecycle;
mod load;
pub mod model;
mod options;
mod rule;
mod schema;
mod source;

use std::collections::BTreeMap;
use std::path::Path;

use proc_macro2::TokenStream;

use diagnostic::Diagnostics;
use model::Version;

pub use diagnostic::{Diagnostic, Pointer};
pub use ident::{ROOT_TYPE, VERSIONED_TYPE};
pub use index::{
    ENVELOPE_KEY, EVENT_NAMES_KEY, EnvelopeDeclaration, IndexFile, IndexRow, KEBAB_MAJOR,
    NAMED_ENVELOPES, parse_envelope,
};
pub use load::{DEFS_DIR, INDEX_FILE, LoadedCatalog, SCHEMAS_DIR, SchemaFile, SharedFile};
pub use options::{
    Layout, OPTION_NAMES, OptionError, Options, SOURCE_DATE_EPOCH, ShardPaths, SunsetPolicy,
    UnknownEnumValues, UnknownFields,
};
pub use rule::{Rule, Scope};
pub use schema::Vocabulary;
pub use source::SourceFile;

/// What the engine makes of a catalog folder.
#[derive(Debug)]
pub struct Expansion {
    /// The generated items. When there are diagnostics these are the items of the rows that are
    /// sound, so that code using them does not drown the real errors in secondary ones.
    pub tokens: TokenStream,
    /// Every file read (absolute when the folder path is), so that a caller can have the
    /// compiler rebuild when one changes.
    pub tracked_files: Vec<String>,
    /// Every defect found, sorted by file, line and column; none for a shard
    /// ([`Layout::Shard`]), whose composing crate reports them all.
    pub diagnostics: Vec<Diagnostic>,
}

/// The validated model of a catalog and its diagnostics, for tools that work on the catalog
/// rather than on generated code (the `events` command).
#[derive(Debug)]
pub struct Analysis {
    /// The sound rows, with the options applied.
    pub catalog: model::Catalog,
    /// Every defect found, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
    /// Defects the catalog waives (`waive` in a row), with the reasons: shown, never failing.
    pub waived: Vec<Diagnostic>,
}

/// The check program of one JSON Schema document on its own (any draft its `$schema` names;
/// `$ref`s inside it only): what generated code runs to check a value whose schema no Rust type
/// holds exactly, as data. `Err` with every defect, located in `file`.
pub fn schema_program(file: &SourceFile) -> Result<model::Program, Vec<Diagnostic>> {
    let mut diagnostics = Diagnostics::new();
    let program = schema::standalone_program(file, &mut diagnostics);
    let found = diagnostics.into_sorted();
    match program {
        Some(program) if found.is_empty() => Ok(program),
        _ => Err(found),
    }
}

/// Reads the catalog in `dir` into memory, without checking it; diagnostics name files as
/// `shown_dir` joined with their path inside the catalog (pass the path the user wrote).
pub fn load(dir: &Path, shown_dir: &Path) -> LoadedCatalog {
    load::load(dir, shown_dir)
}

/// Generates the Rust items for the catalog in `dir`. Diagnostics name files as `shown_dir`
/// joined with their path inside the catalog (pass the path the user wrote).
pub fn expand(dir: &Path, shown_dir: &Path, options: &Options) -> Expansion {
    expand_loaded(&load::load(dir, shown_dir), options)
}

/// Generates the Rust items for a catalog already read into memory.
pub fn expand_loaded(loaded: &LoadedCatalog, options: &Options) -> Expansion {
    let Analysis {
        mut catalog,
        diagnostics,
        ..
    } = analyze_loaded(loaded, options);
    check_definitions::share(&mut catalog);
    let tokens = emit::emit(&catalog, options);
    let tracked_files = loaded
        .files()
        .map(|file| file.path.to_string_lossy().into_owned());
    match options.layout {
        // A shard depends on the index, the shared schemas and its own events' schemas only:
        // editing another event's schema must not rebuild it.
        Layout::Shard { index, count } => {
            let elsewhere: Vec<String> = loaded
                .schemas
                .iter()
                .filter(|schema| emit::shard_of(&schema.event, count) != index)
                .map(|schema| schema.source.path.to_string_lossy().into_owned())
                .collect();
            Expansion {
                tokens,
                tracked_files: tracked_files
                    .filter(|path| !elsewhere.contains(path))
                    .collect(),
                diagnostics: Vec::new(),
            }
        }
        _ => Expansion {
            tokens,
            tracked_files: tracked_files.collect(),
            diagnostics,
        },
    }
}

/// Reads and validates the catalog in `dir`, without generating code.
pub fn analyze(dir: &Path, shown_dir: &Path, options: &Options) -> Analysis {
    analyze_loaded(&load::load(dir, shown_dir), options)
}

/// Validates a catalog already read into memory, without generating code.
pub fn analyze_loaded(loaded: &LoadedCatalog, options: &Options) -> Analysis {
    let mut diagnostics = Diagnostics::new();
    diagnostics.extend(loaded.diagnostics.iter().cloned());
    let index = loaded.index.as_ref().and_then(|index| {
        let root = json::parse(index, &mut diagnostics)?;
        Some((index, root))
    });
    let vocabulary = match &index {
        Some((index, root)) => schema::Vocabulary::read(index, root, &mut diagnostics),
        None => schema::Vocabulary::default(),
    };
    let envelope = match &index {
        Some((index, root)) => index::read_envelope(index, root, &mut diagnostics),
        None => model::Envelope::default(),
    };
    let version_field = match &index {
        Some((index, root)) => index::read_version_field(index, root, &envelope, &mut diagnostics),
        None => vec!["schemaVersion".to_owned()],
    };
    // A version said outside the payload leaves the payload's fields to the schema alone.
    let payload_version_field: &[String] = match envelope.version_in_message() {
        Some(_) => &[],
        None => &version_field,
    };
    let (shared, shared_modules) =
        schema::build_shared(&loaded.shared, &vocabulary, &mut diagnostics);
    let payloads: BTreeMap<(String, Version), model::Payload> = loaded
        .schemas
        .iter()
        .filter_map(|file| {
            let version = Version::parse(&file.version);
            let payload = schema::build(
                file,
                version,
                &shared,
                &vocabulary,
                payload_version_field,
                &mut diagnostics,
            )?;
            Some(((file.event.clone(), payload.version.clone()), payload))
        })
        .collect();
    let mut events = Vec::new();
    let mut selector = None;
    if let Some((index, root)) = &index {
        selector = index::read_selector(index, root, &mut diagnostics);
        let rows = index::read(
            index,
            root,
            selector.is_some(),
            loaded,
            &payloads,
            &mut diagnostics,
        );
        events = check::check(index, &rows, loaded, &mut diagnostics);
    }
    let catalog = lifecycle::assemble(
        events,
        shared_modules,
        envelope,
        selector,
        version_field,
        options,
    );
    let waived = diagnostics.take_waived();
    Analysis {
        catalog,
        diagnostics: diagnostics.into_sorted(),
        waived,
    }
}

/// Every diagnostic for the catalog in `dir`, without generating code: the library form of the
/// checks the macro runs.
pub fn check_catalog(dir: &Path, shown_dir: &Path) -> Vec<Diagnostic> {
    analyze(dir, shown_dir, &Options::default()).diagnostics
}
