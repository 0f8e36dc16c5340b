//! Reads the catalog folder: the only stage that touches the file system.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::rule::Rule;
use crate::source::SourceFile;

/// Name of the index file inside a catalog folder.
pub const INDEX_FILE: &str = "index.json";
/// Name of the folder, inside a catalog folder, that holds one folder of schemas per event.
pub const SCHEMAS_DIR: &str = "schemas";

/// Name of the folder, inside a catalog folder, that holds schemas shared by several events,
/// referred to from an event's schema as `"$ref": "../../defs/<name>.json"`.
pub const DEFS_DIR: &str = "defs";

/// A shared schema file found at `defs/<name>.json`.
#[derive(Debug, Clone)]
pub struct SharedFile {
    /// The file name, like `call.json`.
    pub name: String,
    /// The file itself.
    pub source: SourceFile,
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
    /// Every schema file that could be read, sorted by event and version.
    pub schemas: Vec<SchemaFile>,
    /// `(event, version)` of the schema files that exist but could not be read (already
    /// reported), so that the rows listing them are not told the file is missing.
    pub unreadable_schemas: Vec<(String, String)>,
    /// Every shared schema file (`defs/*.json`) that could be read, sorted by name.
    pub shared: Vec<SharedFile>,
    /// Files and folders that could not be read, and a missing folder or index.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadedCatalog {
    /// Every file read, for rebuild tracking.
    pub fn files(&self) -> impl Iterator<Item = &SourceFile> {
        self.index
            .iter()
            .chain(self.schemas.iter().map(|schema| &schema.source))
            .chain(self.shared.iter().map(|shared| &shared.source))
    }
}

/// Reads the catalog in `dir`; diagnostics name files as `shown_dir` joined with their path
/// inside the catalog. Only regular files (or links to them) are read: a named pipe or a device
/// would block the build forever.
pub fn load(dir: &Path, shown_dir: &Path) -> LoadedCatalog {
    let mut diagnostics = Diagnostics::new();
    let mut loaded = read_catalog(dir, shown_dir, &mut diagnostics);
    loaded.diagnostics = diagnostics.into_sorted();
    loaded
}

fn read_catalog(dir: &Path, shown_dir: &Path, diagnostics: &mut Diagnostics) -> LoadedCatalog {
    let mut loaded = LoadedCatalog::default();
    if !dir.is_dir() {
        diagnostics.file_error(
            Rule::MissingCatalogFolder,
            shown_dir,
            format!(
                "catalog folder not found (looked in `{}`); create it with an `{INDEX_FILE}` and a `{SCHEMAS_DIR}/` folder, or pass the folder's path relative to Cargo.toml",
                dir.display()
            ),
        );
        return loaded;
    }
    loaded.index = read(
        &dir.join(INDEX_FILE),
        &shown_dir.join(INDEX_FILE),
        diagnostics,
    );
    for file in entries(&dir.join(DEFS_DIR)) {
        let shown = shown_dir
            .join(DEFS_DIR)
            .join(file.file_name().unwrap_or_default());
        let Some(name) = utf8_name(&file, &shown, diagnostics) else {
            continue;
        };
        if !name.ends_with(".json") || file.is_dir() {
            diagnostics.file_error(
                Rule::UnexpectedFile,
                &shown,
                format!("`{DEFS_DIR}/` holds shared schemas only, as `<name>.json` files; rename or delete `{name}`"),
            );
            continue;
        }
        if let Some(source) = read(&file, &shown, diagnostics) {
            loaded.shared.push(SharedFile { name, source });
        }
    }
    let schemas_dir = dir.join(SCHEMAS_DIR);
    for entry in entries(&schemas_dir) {
        let shown_event_dir = shown_dir
            .join(SCHEMAS_DIR)
            .join(entry.file_name().unwrap_or_default());
        let Some(event) = utf8_name(&entry, &shown_event_dir, diagnostics) else {
            continue;
        };
        if !entry.is_dir() {
            diagnostics.file_error(
                Rule::UnexpectedFile,
                &shown_event_dir,
                format!("`{SCHEMAS_DIR}/` holds one folder per event; move this file into `{SCHEMAS_DIR}/<event>/` or delete it"),
            );
            continue;
        }
        for file in entries(&entry) {
            let shown = shown_event_dir.join(file.file_name().unwrap_or_default());
            let Some(name) = utf8_name(&file, &shown, diagnostics) else {
                continue;
            };
            let Some(version) = name.strip_suffix(".json") else {
                diagnostics.file_error(
                    Rule::UnexpectedFile,
                    &shown,
                    format!("schema folders hold `<version>.json` files only, like `1.0.0.json`; rename or delete `{name}`"),
                );
                continue;
            };
            match read(&file, &shown, diagnostics) {
                Some(source) => loaded.schemas.push(SchemaFile {
                    event: event.clone(),
                    version: version.to_owned(),
                    source,
                }),
                None => loaded
                    .unreadable_schemas
                    .push((event.clone(), version.to_owned())),
            }
        }
    }
    loaded
}

/// The entries of `dir`, sorted, leaving out hidden ones (`.DS_Store`, editor swap files).
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|path| {
        !path
            .file_name()
            .is_some_and(|name| name.as_encoded_bytes().starts_with(b"."))
    });
    paths.sort();
    paths
}

fn utf8_name(path: &Path, shown: &Path, diagnostics: &mut Diagnostics) -> Option<String> {
    let name = path.file_name()?.to_str().map(str::to_owned);
    if name.is_none() {
        diagnostics.file_error(
            Rule::NotUtf8,
            shown,
            "this name is not UTF-8, so it cannot name an event or a version; rename it",
        );
    }
    name
}

fn read(path: &Path, shown_as: &Path, diagnostics: &mut Diagnostics) -> Option<SourceFile> {
    let refused = match fs::metadata(path) {
        Ok(metadata) if metadata.is_file() => None,
        Ok(_) => Some((
            Rule::UnreadableFile,
            "not a regular file; the catalog reads regular files only (a pipe or a device could block the build)".to_owned(),
        )),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Some((
            Rule::MissingIndex,
            "file not found; every catalog needs an `index.json` listing its events".to_owned(),
        )),
        Err(error) => Some((Rule::UnreadableFile, format!("cannot read file: {error}"))),
    };
    let read = match refused {
        Some(refused) => Err(refused),
        None => fs::read(path)
            .map_err(|error| (Rule::UnreadableFile, format!("cannot read file: {error}"))),
    };
    let bytes = match read {
        Ok(bytes) => bytes,
        Err((rule, message)) => {
            diagnostics.file_error(rule, shown_as, message);
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(SourceFile::new(path, shown_as, text)),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            // Locate the bad byte in the text that precedes it, which is valid UTF-8.
            let before = SourceFile::new(
                path,
                shown_as,
                String::from_utf8_lossy(&bytes[..valid]).into_owned(),
            );
            diagnostics.error(
                Rule::NotUtf8,
                &before,
                valid..valid,
                &crate::diagnostic::Pointer::root(),
                format!(
                    "the file is not UTF-8 (byte 0x{:02x} at offset {valid}); save it as UTF-8",
                    bytes.get(valid).copied().unwrap_or_default()
                ),
            );
            None
        }
    }
}
