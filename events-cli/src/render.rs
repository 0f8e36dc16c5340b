//! Diagnostics as codespan-reporting renders them: the message, the file and line, and a caret
//! under the offending value.

use std::fs;
use std::sync::atomic::{AtomicBool, Ordering};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config};
use events_codegen::Diagnostic;

/// Whether diagnostics are rendered with colour: set once by `main` from `--color`.
static COLOR: AtomicBool = AtomicBool::new(false);

/// Renders diagnostics with (`true`) or without colour from now on.
pub fn set_color(color: bool) {
    COLOR.store(color, Ordering::Relaxed);
}

/// Every diagnostic as codespan renders it: the message, the file and line, and a caret under
/// the offending value; in colour (codespan's own ANSI styles) when `--color` asks for it.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    let mut files = SimpleFiles::new();
    let config = Config::default();
    let mut out = String::new();
    for diagnostic in diagnostics {
        let name = diagnostic.file.display().to_string();
        let text = fs::read_to_string(&diagnostic.file).unwrap_or_default();
        let offset = byte_offset(&text, diagnostic.line, diagnostic.column);
        let id = files.add(name.clone(), text);
        let message = if diagnostic.pointer.is_root() {
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
