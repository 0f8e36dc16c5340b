//! `events check` and `events expand`: diagnostics rendered with their source line, or the
//! generated Rust.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config};
use events_codegen::{Diagnostic, Options};
use serde::Serialize;

use crate::Format;

pub fn run(catalog: &Path, format: Format) -> Result<ExitCode, String> {
    let analysis = events_codegen::analyze(catalog, catalog, &Options::default());
    let diagnostics = &analysis.diagnostics;
    match format {
        Format::Json => {
            let rows: Vec<JsonDiagnostic<'_>> =
                diagnostics.iter().map(JsonDiagnostic::from).collect();
            let text = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
            println!("{text}");
        }
        Format::Human => {
            print!("{}", render(diagnostics));
            if diagnostics.is_empty() {
                println!(
                    "{}: {} events, no defects",
                    catalog.display(),
                    analysis.catalog.events.len()
                );
            } else {
                let plural = if diagnostics.len() == 1 { "" } else { "s" };
                println!(
                    "{}: {} defect{plural}",
                    catalog.display(),
                    diagnostics.len()
                );
            }
        }
    }
    Ok(if diagnostics.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn expand(catalog: &Path) -> Result<ExitCode, String> {
    let expansion = events_codegen::expand(catalog, catalog, &Options::default());
    if !expansion.diagnostics.is_empty() {
        eprint!("{}", render(&expansion.diagnostics));
        return Ok(ExitCode::FAILURE);
    }
    let file: syn::File = syn::parse2(expansion.tokens).map_err(|e| e.to_string())?;
    print!("{}", prettyplease::unparse(&file));
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: String,
    line: usize,
    column: usize,
    pointer: &'a str,
    message: &'a str,
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(diagnostic: &'a Diagnostic) -> Self {
        JsonDiagnostic {
            file: diagnostic.file.display().to_string(),
            line: diagnostic.line,
            column: diagnostic.column,
            pointer: &diagnostic.pointer,
            message: &diagnostic.message,
        }
    }
}

/// Every diagnostic as codespan renders it: the message, the file and line, and a caret under
/// the offending value.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    let mut files = SimpleFiles::new();
    let config = Config::default();
    let mut out = String::new();
    for diagnostic in diagnostics {
        let name = diagnostic.file.display().to_string();
        let text = fs::read_to_string(&diagnostic.file).unwrap_or_default();
        let offset = byte_offset(&text, diagnostic.line, diagnostic.column);
        let id = files.add(name.clone(), text);
        let message = if diagnostic.pointer.is_empty() {
            diagnostic.message.clone()
        } else {
            format!("{}: {}", diagnostic.pointer, diagnostic.message)
        };
        let mut report = Report::error().with_message(message);
        report = match offset {
            Some(offset) => {
                let end = offset
                    + token_length(
                        files.get(id).map(|f| f.source().as_str()).unwrap_or(""),
                        offset,
                    );
                report.with_labels(vec![Label::primary(id, offset..end)])
            }
            None => report.with_notes(vec![format!("in {name}")]),
        };
        match term::emit_into_string(&config, &files, &report) {
            Ok(text) => out.push_str(&text),
            Err(_) => out.push_str(&format!("error: {diagnostic}\n\n")),
        }
    }
    out
}

/// The byte offset of a 1-based line and character column, if the text has it.
fn byte_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let line_text = text.get(start..)?.lines().next().unwrap_or("");
    let within = line_text
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line_text.len(), |(i, _)| i);
    Some(start + within)
}

/// The length of the JSON token at `offset`: a whole string with its quotes, or up to the next
/// delimiter. At least one byte, so that the caret shows.
fn token_length(text: &str, offset: usize) -> usize {
    let rest = text.get(offset..).unwrap_or("");
    let length = if let Some(inner) = rest.strip_prefix('"') {
        let mut escaped = false;
        inner
            .char_indices()
            .find(|&(_, c)| {
                let closing = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                closing
            })
            .map_or(rest.len(), |(i, _)| i + 2)
    } else {
        rest.find([',', '}', ']', '\n', ' ']).unwrap_or(rest.len())
    };
    length.max(1).min(rest.len().max(1))
}
