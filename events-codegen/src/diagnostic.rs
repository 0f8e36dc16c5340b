//! Diagnostics: what is wrong with a catalog, and exactly where; and the collector that every
//! stage reports into.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::rule::Rule;
use crate::source::{Positions, SourceFile};

/// One defect found in a catalog.
///
/// JSON carries no Rust spans, so the location lives in the message: the file, the line and
/// column in it, and the JSON pointer of the offending value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule the catalog breaks.
    pub rule: Rule,
    /// The file, as given to the engine (usually relative to the invoking crate).
    pub file: PathBuf,
    /// 1-based line, or 0 when the defect concerns the file as a whole.
    pub line: usize,
    /// 1-based column in characters, or 0 when the defect concerns the file as a whole.
    pub column: usize,
    /// The bytes of the offending value (or key) in the file's text; `None` when the defect
    /// concerns the file as a whole.
    pub span: Option<Range<usize>>,
    /// The offending value; the root pointer for the document or the file itself.
    pub pointer: Pointer,
    /// What is wrong and, where it helps, what to do about it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        if !self.pointer.is_root() {
            write!(f, " {}", self.pointer)?;
        }
        write!(f, ": {} [{}]", self.message, self.rule)
    }
}

/// A JSON pointer (RFC 6901): the path of object keys and array indices to a value. Displays
/// in its escaped form, `/properties/a~1b`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(Vec<String>);

impl Pointer {
    /// The pointer to the whole document.
    pub fn root() -> Self {
        Self::default()
    }

    /// Whether this is the pointer to the whole document.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The pointer to the member `key` (or the element at index `key`) of this value.
    pub fn child(&self, key: impl Into<String>) -> Self {
        let mut child = self.clone();
        child.0.push(key.into());
        child
    }

    /// The unescaped keys and indices, outermost first.
    pub fn segments(&self) -> &[String] {
        &self.0
    }

    /// Parses the escaped form, `""` or `/a/b~1c`; `None` when it does not start with `/` or
    /// holds a `~` that is not `~0` or `~1`.
    pub fn parse(text: &str) -> Option<Self> {
        if text.is_empty() {
            return Some(Self::root());
        }
        let mut segments = Vec::new();
        for escaped in text.strip_prefix('/')?.split('/') {
            let mut segment = String::new();
            let mut chars = escaped.chars();
            while let Some(c) = chars.next() {
                segment.push(match (c, c == '~') {
                    (_, false) => c,
                    (_, true) => match chars.next() {
                        Some('0') => '~',
                        Some('1') => '/',
                        _ => return None,
                    },
                });
            }
            segments.push(segment);
        }
        Some(Self(segments))
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for segment in &self.0 {
            write!(f, "/{}", segment.replace('~', "~0").replace('/', "~1"))?;
        }
        Ok(())
    }
}

/// The collector every stage reports into, in the manner of serde_derive's `Ctxt`: stages push
/// defects and go on, ask whether a [`Mark`] has new errors instead of counting, and the list is
/// handed back sorted, once, by [`Diagnostics::into_sorted`].
#[derive(Debug, Default)]
#[must_use = "diagnostics must be handed back with `into_sorted`"]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    /// Defects the catalog waives (a vendor's row taken as published): reported, never failing.
    waived: Vec<Diagnostic>,
    /// The rules waived where the engine is reading now, each with its reason.
    waivers: Vec<(Rule, String)>,
    /// The line and character positions of each file located in so far, by its shown name.
    positions: BTreeMap<PathBuf, Positions>,
}

/// A point in a [`Diagnostics`] collection, to ask later whether errors came after it.
#[derive(Debug, Clone, Copy)]
pub struct Mark(usize);

impl Diagnostics {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// A defect of the value (or key) whose bytes in `file` are `span`, whose JSON pointer is
    /// `pointer`. Routed to the waived defects when the rule is waived where the engine reads.
    pub fn error(
        &mut self,
        rule: Rule,
        file: &SourceFile,
        span: Range<usize>,
        pointer: &Pointer,
        message: impl Into<String>,
    ) {
        let mut message = message.into();
        let waiver = self.waivers.iter().find(|(waived, _)| *waived == rule);
        let waived = waiver.map(|(_, reason)| {
            message.push_str(&format!(" (rule `{rule}` waived: {reason})"));
        });
        let diagnostic = self.located(rule, file, span, pointer, message);
        match waived {
            Some(()) => self.waived.push(diagnostic),
            None => self.list.push(diagnostic),
        }
    }

    /// Reads on with `waivers` (rules and reasons) in force, until [`Diagnostics::end_waivers`].
    pub fn begin_waivers(&mut self, waivers: Vec<(Rule, String)>) {
        self.waivers = waivers;
    }

    /// Ends the waivers begun last.
    pub fn end_waivers(&mut self) {
        self.waivers.clear();
    }

    /// The 1-based line and column (in characters) of byte `offset` of `file`.
    pub fn line_column(&mut self, file: &SourceFile, offset: usize) -> (usize, usize) {
        let positions = self
            .positions
            .entry(file.shown_as.clone())
            .or_insert_with(|| Positions::of(&file.text));
        if !positions.are_of(&file.text) {
            *positions = Positions::of(&file.text);
        }
        positions.line_column(&file.text, offset)
    }

    /// A diagnostic of the value at byte `offset` of `file`.
    fn located(
        &mut self,
        rule: Rule,
        file: &SourceFile,
        span: Range<usize>,
        pointer: &Pointer,
        message: String,
    ) -> Diagnostic {
        let (line, column) = self.line_column(file, span.start);
        Diagnostic {
            rule,
            file: file.shown_as.clone(),
            line,
            column,
            span: Some(span),
            pointer: pointer.clone(),
            message,
        }
    }

    /// The waived defects, sorted like errors.
    pub fn take_waived(&mut self) -> Vec<Diagnostic> {
        let mut waived = std::mem::take(&mut self.waived);
        waived.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        waived
    }

    /// A defect of a whole file (or folder) rather than of a value in it.
    pub fn file_error(&mut self, rule: Rule, shown_as: &Path, message: impl Into<String>) {
        self.list.push(Diagnostic {
            rule,
            file: shown_as.to_path_buf(),
            line: 0,
            column: 0,
            span: None,
            pointer: Pointer::root(),
            message: message.into(),
        });
    }

    /// Adds defects found elsewhere (by loading, which runs before the collection exists).
    pub fn extend(&mut self, found: impl IntoIterator<Item = Diagnostic>) {
        self.list.extend(found);
    }

    /// The point reached so far.
    pub fn mark(&self) -> Mark {
        Mark(self.list.len())
    }

    /// Whether a defect was reported since `mark`.
    pub fn has_errors_since(&self, mark: Mark) -> bool {
        self.list.len() > mark.0
    }

    /// The rules of the defects reported since `mark`.
    pub fn rules_since(&self, mark: Mark) -> impl Iterator<Item = Rule> + '_ {
        self.list[mark.0.min(self.list.len())..]
            .iter()
            .map(|diagnostic| diagnostic.rule)
    }

    /// Forgets the defects reported since `mark` whose rule `forget` names.
    pub fn forget_since(&mut self, mark: Mark, forget: impl Fn(Rule) -> bool) {
        let mut index = 0;
        self.list.retain(|diagnostic| {
            index += 1;
            index <= mark.0 || !forget(diagnostic.rule)
        });
    }

    /// Every defect, sorted by file, line and column (and in report order within one place).
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        let mut list = std::mem::take(&mut self.list);
        list.sort_by(|a, b| {
            (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
        });
        list
    }
}

#[cfg(test)]
mod tests {
    use super::Pointer;

    #[test]
    fn pointers_escape_and_parse_per_rfc_6901() {
        let pointer = Pointer::root().child("$defs").child("a/b~c");
        assert_eq!(pointer.to_string(), "/$defs/a~1b~0c");
        assert_eq!(Pointer::parse("/$defs/a~1b~0c"), Some(pointer));
        assert_eq!(Pointer::parse(""), Some(Pointer::root()));
        assert_eq!(Pointer::parse("/a~2"), None);
        assert_eq!(Pointer::parse("a"), None);
        assert_eq!(Pointer::parse("/").unwrap().segments(), [""]);
    }
}
