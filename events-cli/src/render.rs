//! Diagnostics as codespan-reporting renders them: the message, the file and line, and a caret
//! under the offending value. The source lines come from the files as the engine read them, never
//! from the file system again: a file the engine would not open (a named pipe) is not opened here
//! either, and a file that changed since is not misquoted.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::{Files, SimpleFiles};
use codespan_reporting::term::{self, Config};
use events_codegen::{Diagnostic, LoadedCatalog};

/// Whether diagnostics are rendered with colour: set once by `main` from `--color`.
static COLOR: AtomicBool = AtomicBool::new(false);

/// Renders diagnostics with (`true`) or without colour from now on.
pub fn set_color(color: bool) {
    COLOR.store(color, Ordering::Relaxed);
}

/// Every diagnostic as codespan renders it: the message, the file and line, and a caret under
/// the offending value; in colour (codespan's own ANSI styles) when `--color` asks for it.
/// `loaded` holds the texts the diagnostics point into; a diagnostic of a file it lacks is
/// rendered without a source line.
pub fn render(diagnostics: &[Diagnostic], loaded: &LoadedCatalog) -> String {
    let texts: BTreeMap<&Path, &str> = loaded
        .files()
        .map(|file| (file.shown_as.as_path(), file.text.as_str()))
        .collect();
    let mut files = SimpleFiles::new();
    // Each file is added once, so that codespan indexes its lines once.
    let mut ids: BTreeMap<&Path, usize> = BTreeMap::new();
    let config = Config::default();
    let mut out = String::new();
    for diagnostic in diagnostics {
        let name = diagnostic.file.display().to_string();
        let located = texts.get(diagnostic.file.as_path()).map(|&text| {
            let id = *ids
                .entry(diagnostic.file.as_path())
                .or_insert_with(|| files.add(name.clone(), text.to_owned()));
            (id, text)
        });
        let message = if diagnostic.pointer.is_root() {
            diagnostic.message.clone()
        } else {
            format!("{}: {}", diagnostic.pointer, diagnostic.message)
        };
        let mut report = Report::error().with_message(message);
        let offset = located.and_then(|(id, text)| {
            let offset = byte_offset(&files, id, text, diagnostic.line, diagnostic.column)?;
            Some((id, offset, offset + token_length(text, offset)))
        });
        report = match offset {
            Some((id, start, end)) => report.with_labels(vec![Label::primary(id, start..end)]),
            None => report.with_notes(vec![format!("in {name}")]),
        };
        let rendered = if COLOR.load(Ordering::Relaxed) {
            let mut ansi = term::termcolor::Ansi::new(Vec::new());
            term::emit_to_write_style(&mut ansi, &config, &files, &report)
                .map(|()| String::from_utf8_lossy(&ansi.into_inner()).into_owned())
        } else {
            term::emit_into_string(&config, &files, &report)
        };
        match rendered {
            Ok(text) => out.push_str(&text),
            Err(_) => out.push_str(&format!("error: {diagnostic}\n\n")),
        }
    }
    out
}

/// The byte offset of a 1-based line and character column of file `id` (whose text is `text`),
/// if it has them; codespan's line index finds the line without a scan from the start.
fn byte_offset(
    files: &SimpleFiles<String, String>,
    id: usize,
    text: &str,
    line: usize,
    column: usize,
) -> Option<usize> {
    let line_range = files.line_range(id, line.checked_sub(1)?).ok()?;
    let line_text = text.get(line_range.clone())?;
    let within = line_text
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line_text.trim_end_matches(['\n', '\r']).len(), |(i, _)| i);
    Some(line_range.start + within)
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
