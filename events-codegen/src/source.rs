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

impl SourceFile {
    /// The 1-based line and column of a byte offset, with columns counted in characters as
    /// editors count them. An offset past the end stands for the end; one inside a character
    /// stands for that character.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::SourceFile;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            path: "f.json".into(),
            shown_as: "f.json".into(),
            text: text.to_owned(),
        }
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
}
