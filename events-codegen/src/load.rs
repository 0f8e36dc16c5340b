//! Reads the catalog folder: the only stage that touches the file system.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// Name of the index file inside a catalog folder.
pub const INDEX_FILE: &str = "index.json";
/// Name of the folder, inside a catalog folder, that holds one folder of schemas per event.
pub const SCHEMAS_DIR: &str = "schemas";

/// A file of the catalog and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Where the file is, for the compiler's rebuild tracking.
    pub path: PathBuf,
    /// How diagnostics name the file.
    pub shown_as: PathBuf,
    /// The file's contents.
    pub text: String,
}

/// A schema file found at `schemas/<event>/<version>.json`.
#[derive(Debug, Clone)]
pub struct SchemaFile {
    /// The folder name: the event the schema belongs to.
    pub event: String,
    /// The file stem: the schema version.
    pub version: String,
    /// The file itself.
    pub source: SourceFile,
}

/// Everything read from a catalog folder.
#[derive(Debug, Default)]
pub struct LoadedCatalog {
    /// The index, unless it could not be read.
    pub index: Option<SourceFile>,
    /// Every schema file, sorted by event and version.
    pub schemas: Vec<SchemaFile>,
    /// `(event, version)` of the schema files that exist but could not be read.
    pub unreadable_schemas: Vec<(String, String)>,
    /// Files that exist but could not be read, and a missing folder or index.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the catalog in `dir`; diagnostics name files as `shown_dir` joined with their path
/// inside the catalog.
pub fn load(dir: &Path, shown_dir: &Path) -> LoadedCatalog {
    let mut loaded = LoadedCatalog::default();
    if !dir.is_dir() {
        loaded.diagnostics.push(file_diagnostic(
            shown_dir,
            format!(
                "catalog folder not found (looked in `{}`); create it with an `{INDEX_FILE}` and a `{SCHEMAS_DIR}/` folder, or pass the folder's path relative to Cargo.toml",
                dir.display()
            ),
        ));
        return loaded;
    }
    match read(&dir.join(INDEX_FILE), &shown_dir.join(INDEX_FILE)) {
        Ok(index) => loaded.index = Some(index),
        Err(diagnostic) => loaded.diagnostics.push(diagnostic),
    }
    let schemas_dir = dir.join(SCHEMAS_DIR);
    for (event, file) in schema_paths(&schemas_dir) {
        let Some(version) = file.strip_suffix(".json") else {
            continue;
        };
        let relative = Path::new(SCHEMAS_DIR).join(&event).join(&file);
        match read(&dir.join(&relative), &shown_dir.join(&relative)) {
            Ok(source) => loaded.schemas.push(SchemaFile {
                event: event.clone(),
                version: version.to_owned(),
                source,
            }),
            Err(diagnostic) => {
                loaded.diagnostics.push(diagnostic);
                loaded.unreadable_schemas.push((event, version.to_owned()));
            }
        }
    }
    loaded
}

/// `(event folder, file name)` of every file two levels below `schemas/`, sorted. Names that are
/// not UTF-8 cannot name an event, so they are skipped.
fn schema_paths(schemas_dir: &Path) -> Vec<(String, String)> {
    let mut paths = Vec::new();
    for event_dir in entries(schemas_dir) {
        let Some(event) = event_dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        for file in entries(&event_dir) {
            if let Some(name) = file.file_name().and_then(|n| n.to_str()) {
                paths.push((event.to_owned(), name.to_owned()));
            }
        }
    }
    paths.sort();
    paths
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default()
}

fn read(path: &Path, shown_as: &Path) -> Result<SourceFile, Diagnostic> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(SourceFile {
            path: path.to_path_buf(),
            shown_as: shown_as.to_path_buf(),
            text,
        }),
        Err(error) => Err(file_diagnostic(
            shown_as,
            format!("cannot read file: {error}"),
        )),
    }
}

fn file_diagnostic(shown_as: &Path, message: String) -> Diagnostic {
    Diagnostic {
        file: shown_as.to_path_buf(),
        line: 0,
        column: 0,
        pointer: String::new(),
        message,
    }
}
