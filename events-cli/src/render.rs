//! Diagnostics as codespan-reporting renders them: the message, the file and line, and a caret
//! under the offending value. The source lines come from the files as the engine read them, never
//! from the file system again: a file the engine would not open (a named pipe) is not opened here
//! either, and a file that changed since is not misquoted.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
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
        let mut report = Report::error()
            .with_code(diagnostic.rule.id())
            .with_message(message);
        let span = located.and_then(|(id, text)| {
            let span = diagnostic.span.clone()?;
            let fits = text.get(span.clone()).is_some();
            fits.then(|| (id, shown_part(text, span)))
        });
        report = match span {
            Some((id, span)) => report.with_labels(vec![Label::primary(id, span)]),
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

/// The part of `span` the caret goes under: all of it when it is on one line, else its first
/// line (a whole object's span would quote every line of it). At least one character, so that
/// the caret shows.
fn shown_part(text: &str, span: Range<usize>) -> Range<usize> {
    let first_line = text[span.clone()]
        .find('\n')
        .map_or(span.end, |i| span.start + i);
    let end = first_line.max(span.start);
    if end > span.start {
        return span.start..end;
    }
    let width = text[span.start..].chars().next().map_or(0, char::len_utf8);
    span.start..span.start + width
}
