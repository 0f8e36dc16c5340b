//! `events import-zod`: writes a catalog's JSON Schema files from Zod source, either the
//! `typescript` blocks of a vendor's event page (`<event-name>.md`, one block per `Payload vX.Y.Z`
//! heading) or a `.ts` file with `--event` and `--schema-version`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;
use serde_json::Value;

use crate::Format;
use crate::zod::{SharedDefinitions, ZodSource};

/// One Zod source to convert: where it is, which event and version it is the payload of, and
/// where its first line is in the file (for error positions).
struct Block {
    file: PathBuf,
    first_line: usize,
    event: String,
    version: String,
    source: String,
}

/// What the user named on the command line for a `.ts` source.
pub struct TsTarget {
    pub event: Option<String>,
    pub version: Option<String>,
    pub schema: Option<String>,
}

/// What an import did, reported on stdout (`human`: one line per file written or page skipped,
/// problems on stderr; `json`: one object).
#[derive(Default, Serialize)]
struct Report {
    written: Vec<Written>,
    skipped: Vec<Skipped>,
    problems: Vec<Problem>,
}

#[derive(Serialize)]
struct Written {
    file: String,
    event: String,
    schema_version: String,
    from: String,
}

#[derive(Serialize)]
struct Skipped {
    page: String,
    reason: &'static str,
}

/// A source that could not be converted: a Zod error at its place, or a version without schema.
#[derive(Serialize)]
struct Problem {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

impl Report {
    fn print(&self, format: Format) -> Result<(), String> {
        match format {
            Format::Json => {
                let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
                outln!("{text}");
            }
            Format::Human => {
                for written in &self.written {
                    outln!("wrote     {} (from `{}`)", written.file, written.from);
                }
                for skipped in &self.skipped {
                    outln!("skipped   {} ({})", skipped.page, skipped.reason);
                }
                for problem in &self.problems {
                    match (problem.line, problem.column) {
                        (Some(line), Some(column)) => {
                            eprintln!("{}:{line}:{column}: {}", problem.file, problem.message);
                        }
                        _ => eprintln!("{}: {}", problem.file, problem.message),
                    }
                }
            }
        }
        Ok(())
    }
}

pub fn run(
    sources: &[PathBuf],
    catalog: &Path,
    target: &TsTarget,
    format: Format,
) -> Result<ExitCode, String> {
    let available = shared_definitions(catalog);
    let shared = SharedDefinitions {
        available: &available,
    };
    let mut report = Report::default();
    for path in sources {
        let text =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let (blocks, description) = if path.extension().is_some_and(|e| e == "md") {
            page_blocks(path, &text)?
        } else {
            let event = target.event.clone().ok_or_else(|| {
                format!("{}: a `.ts` source needs `--event NAME`", path.display())
            })?;
            let version = target.version.clone().ok_or_else(|| {
                format!(
                    "{}: a `.ts` source needs `--schema-version X.Y.Z`",
                    path.display()
                )
            })?;
            let block = Block {
                file: path.clone(),
                first_line: 1,
                event,
                version,
                source: text,
            };
            (vec![block], None)
        };
        let mut page_failed = false;
        let mut written: Vec<String> = Vec::new();
        let mut versions: Vec<String> = Vec::new();
        for block in &blocks {
            if !versions.contains(&block.version) {
                versions.push(block.version.clone());
            }
            match convert_block(
                block,
                catalog,
                &shared,
                target.schema.as_deref(),
                description.as_deref(),
                &mut report,
            )? {
                Outcome::Written => written.push(block.version.clone()),
                Outcome::NoSchema => {}
                Outcome::Failed => page_failed = true,
            }
        }
        if blocks.is_empty() {
            // Some vendor pages give a property table instead of Zod source.
            report.skipped.push(Skipped {
                page: path.display().to_string(),
                reason: "no Zod source under a `Payload vX.Y.Z` heading",
            });
        }
        for version in versions.iter().filter(|v| !written.contains(v)) {
            if !page_failed {
                report.problems.push(Problem {
                    file: path.display().to_string(),
                    line: None,
                    column: None,
                    message: format!("no Zod schema for payload version {version}"),
                });
            }
            page_failed = true;
        }
    }
    report.print(format)?;
    Ok(if !report.problems.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// What became of one block.
enum Outcome {
    Written,
    /// No Zod schema in it: an example, not a payload schema.
    NoSchema,
    /// Defects, reported.
    Failed,
}

/// Converts one block and writes its schema file.
fn convert_block(
    block: &Block,
    catalog: &Path,
    shared: &SharedDefinitions<'_>,
    schema: Option<&str>,
    description: Option<&str>,
    report: &mut Report,
) -> Result<Outcome, String> {
    let mut failed = |errors: Vec<crate::zod::ZodError>| {
        for error in errors {
            report.problems.push(Problem {
                file: block.file.display().to_string(),
                line: Some(block.first_line + error.line - 1),
                column: Some(error.column),
                message: error.message,
            });
        }
        Outcome::Failed
    };
    let source = match ZodSource::parse(&block.source) {
        Ok(source) => source,
        Err(errors) => return Ok(failed(errors)),
    };
    let root = match schema {
        Some(name) => name.to_owned(),
        None => match payload_schema(&source.schemas) {
            Some(name) => name,
            None => return Ok(Outcome::NoSchema),
        },
    };
    let mut converted = match source.convert(&root, shared) {
        Ok(converted) => converted,
        Err(errors) => return Ok(failed(errors)),
    };
    if let (Some(description), Value::Object(object)) = (description, &mut converted)
        && !object.contains_key("description")
    {
        object.insert(
            "description".to_owned(),
            Value::String(description.to_owned()),
        );
    }
    let dir = catalog.join("schemas").join(&block.event);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let file = dir.join(format!("{}.json", block.version));
    let text = serde_json::to_string_pretty(&converted).map_err(|e| e.to_string())?;
    fs::write(&file, format!("{text}\n"))
        .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    report.written.push(Written {
        file: file.display().to_string(),
        event: block.event.clone(),
        schema_version: block.version.clone(),
        from: root,
    });
    Ok(Outcome::Written)
}

/// The payload schema of a block: the one named `…PayloadSchema`, else the last one.
fn payload_schema(schemas: &[String]) -> Option<String> {
    schemas
        .iter()
        .find(|name| name.ends_with("PayloadSchema"))
        .or_else(|| schemas.last())
        .cloned()
}

/// The `typescript` blocks of an event page, each under the last `Payload vX.Y.Z` heading before
/// it; the event is the file's name; and the page's one-line description under its title.
fn page_blocks(path: &Path, text: &str) -> Result<(Vec<Block>, Option<String>), String> {
    let event = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{}: no file name", path.display()))?;
    let mut blocks = Vec::new();
    let mut version: Option<String> = None;
    let mut open: Option<(usize, String)> = None;
    let mut description = None;
    let mut after_title = false;
    for (number, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if let Some((first_line, source)) = &mut open {
            if trimmed.starts_with("```") {
                if let Some(version) = &version {
                    blocks.push(Block {
                        file: path.to_path_buf(),
                        first_line: *first_line,
                        event: event.clone(),
                        version: version.clone(),
                        source: std::mem::take(source),
                    });
                }
                open = None;
            } else {
                source.push_str(line);
                source.push('\n');
            }
            continue;
        }
        if trimmed.starts_with("# ") {
            after_title = true;
            continue;
        }
        if after_title && !trimmed.is_empty() {
            after_title = false;
            if !trimmed.starts_with('#') {
                description = Some(trimmed.to_owned());
            }
        }
        if trimmed.starts_with('#')
            && let Some(found) = trimmed
                .split_whitespace()
                .find_map(|word| word.strip_prefix('v').filter(|v| v.contains('.')))
            && trimmed.to_ascii_lowercase().contains("payload")
        {
            version = Some(found.to_owned());
        }
        if trimmed == "```typescript" || trimmed == "```ts" {
            open = Some((number + 2, String::new()));
        }
    }
    Ok((blocks, description))
}

/// The shared definitions the catalog has: `defs/<name>.json` stems.
fn shared_definitions(catalog: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(catalog.join(events_codegen::DEFS_DIR)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    names.sort();
    names
}
