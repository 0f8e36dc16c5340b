//! `events check`: every diagnostic of a catalog, rendered with its source line or as JSON.

use std::path::Path;
use std::process::ExitCode;

use events_codegen::{Diagnostic, Options};
use serde::Serialize;

use crate::Format;
use crate::render::render;

pub fn run(catalog: &Path, format: Format) -> Result<ExitCode, String> {
    let loaded = events_codegen::load(catalog, catalog);
    let analysis = events_codegen::analyze_loaded(&loaded, &Options::default());
    let diagnostics = &analysis.diagnostics;
    match format {
        Format::Json => {
            let rows: Vec<JsonDiagnostic<'_>> = diagnostics
                .iter()
                .map(|d| JsonDiagnostic::new(d, false))
                .chain(analysis.waived.iter().map(|d| JsonDiagnostic::new(d, true)))
                .collect();
            let text = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
            outln!("{text}");
        }
        Format::Human => {
            // Diagnostics on stderr, like every other command; the verdict on stdout.
            eprint!("{}", render(diagnostics, &loaded));
            for waived in &analysis.waived {
                eprintln!("waived: {waived}");
            }
            if diagnostics.is_empty() {
                outln!(
                    "{}: {} events, no defects",
                    catalog.display(),
                    analysis.catalog.events.len()
                );
            } else {
                let plural = if diagnostics.len() == 1 { "" } else { "s" };
                outln!(
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

/// A defect as JSON, as `events check --format json` writes it (for other commands' reports).
pub fn diagnostic_json(diagnostic: &Diagnostic) -> serde_json::Value {
    serde_json::to_value(JsonDiagnostic::new(diagnostic, false)).unwrap_or_default()
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    /// The rule's id, as `waive` and `tests/catalog-rules/` name it.
    rule: &'static str,
    file: String,
    line: usize,
    column: usize,
    /// The offending bytes of the file, `[start, end)`; `null` for a whole file.
    span: Option<[usize; 2]>,
    pointer: String,
    message: &'a str,
    /// A defect the catalog row waives: reported, not failing.
    waived: bool,
}

impl<'a> JsonDiagnostic<'a> {
    fn new(diagnostic: &'a Diagnostic, waived: bool) -> Self {
        JsonDiagnostic {
            rule: diagnostic.rule.id(),
            file: diagnostic.file.display().to_string(),
            line: diagnostic.line,
            column: diagnostic.column,
            span: diagnostic.span.as_ref().map(|span| [span.start, span.end]),
            pointer: diagnostic.pointer.to_string(),
            message: &diagnostic.message,
            waived,
        }
    }
}
