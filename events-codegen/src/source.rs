//! A catalog file as read, and positions in its text.

use std::path::PathBuf;

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

/// Where the lines of a text start, and how many characters precede each block of it: built
/// once per file by the diagnostics collector, so that locating many diagnostics in one large
/// file costs a lookup each, not a scan from the file's start.
#[derive(Debug, Clone)]
pub(crate) struct Positions {
    /// The length of the text this was built for.
    len: usize,
    /// The byte offset of each line's first byte, the first line's (0) included.
    line_starts: Vec<usize>,
    /// The characters in the text before byte `k * BLOCK`, for each block `k`.
    chars_before_block: Vec<usize>,
}

/// The bytes a column count scans at most past a checkpoint: a long line (a minified index on
/// one line) costs as little as a short one.
const BLOCK: usize = 4096;

impl SourceFile {
    /// A file read from `path`, named `shown_as` in diagnostics.
    pub fn new(path: impl Into<PathBuf>, shown_as: impl Into<PathBuf>, text: String) -> Self {
        SourceFile {
            path: path.into(),
            shown_as: shown_as.into(),
            text,
        }
    }

    /// The bytes of the character at byte `offset` (empty at the end of the text): where a
    /// defect known only by its offset (a syntax error) is shown.
    pub fn char_span(&self, offset: usize) -> std::ops::Range<usize> {
        let mut start = offset.min(self.text.len());
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let width = self.text[start..].chars().next().map_or(0, char::len_utf8);
        start..start + width
    }

    /// The 1-based line and column of a byte offset, with columns counted in characters as
    /// editors count them. An offset past the end stands for the end; one inside a character
    /// stands for that character.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        Positions::of(&self.text).line_column(&self.text, offset)
    }
}

impl Positions {
    pub(crate) fn of(text: &str) -> Positions {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(newline_offsets(bytes).map(|newline| newline + 1));
        let mut chars_before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before_block.push(chars);
            chars += count_chars(block);
        }
        chars_before_block.push(chars);
        Positions {
            len: text.len(),
            line_starts,
            chars_before_block,
        }
    }

    /// Whether these are the positions of `text` (a file is never edited during one run; this
    /// guards the lookups against a caller that reuses a name for another text).
    pub(crate) fn are_of(&self, text: &str) -> bool {
        self.len == text.len()
    }

    /// [`SourceFile::line_column`] of `text`, which these are the positions of.
    pub(crate) fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let column = self.chars_before(text, offset) - self.chars_before(text, line_start) + 1;
        (line, column)
    }

    /// The characters in `text[..offset]`, `offset` being a character boundary.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let block = offset / BLOCK;
        self.chars_before_block[block] + count_chars(&text.as_bytes()[block * BLOCK..offset])
    }
}

fn newline_offsets(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter_map(|(index, &byte)| (byte == b'\n').then_some(index))
}

/// The characters that start in `bytes`: every byte but UTF-8's continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&byte| byte & 0xC0 != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::SourceFile;

    fn file(text: &str) -> SourceFile {
        SourceFile::new("f.json", "f.json", text.to_owned())
    }

    #[test]
    fn columns_count_characters_and_stay_inside_the_text() {
        let text = file("{\n  \"é\": \"ü\"\n}");
        assert_eq!(text.line_column(0), (1, 1));
        assert_eq!(text.line_column(2), (2, 1));
        // `"ü"` starts after `  "é": ` (7 characters, 8 bytes).
        assert_eq!(text.line_column(10), (2, 8));
        // Inside the two bytes of `é`: the character itself.
        assert_eq!(text.line_column(6), (2, 4));
        assert_eq!(text.line_column(1_000), (3, 2));
        assert_eq!(file("").line_column(5), (1, 1));
    }

    /// The positions give what counting from the start gives, across block boundaries, on long
    /// lines and with characters of every UTF-8 length.
    #[test]
    fn positions_agree_with_counting_from_the_start() {
        let mut text = String::new();
        for index in 0..3_000 {
            text.push_str(["a", "é", "€", "𝄞", "\n", "\"key\": 1, "][index % 7 % 6]);
            if index % 997 == 0 {
                text.push_str(&"x".repeat(5_000));
            }
        }
        let positions = super::Positions::of(&text);
        for offset in (0..=text.len() + 3).step_by(7) {
            let mut at = offset.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before[line_start..].chars().count() + 1;
            let found = positions.line_column(&text, offset);
            assert_eq!(found, (line, column), "offset {offset}");
        }
    }
}
