//! Finds the line and column of a JSON pointer in a JSON text.
//!
//! serde_json reports positions for syntax and type errors only; the rules checked after parsing
//! (dates, names, versions) find their position here. It runs only when a diagnostic is made, so
//! it favours simplicity over speed, and it never fails: a pointer it cannot follow resolves to
//! the deepest value it reached.

/// The 1-based line and column of the value at `segments` in `text`.
pub fn line_column<S: AsRef<str>>(text: &str, segments: &[S]) -> (usize, usize) {
    let offset = value_offset(
        text.as_bytes(),
        skip_whitespace(text.as_bytes(), 0),
        segments,
    );
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn value_offset<S: AsRef<str>>(bytes: &[u8], start: usize, segments: &[S]) -> usize {
    let Some((segment, rest)) = segments.split_first() else {
        return start;
    };
    let segment = segment.as_ref();
    match bytes.get(start) {
        Some(b'{') => {
            let mut pos = start + 1;
            loop {
                pos = skip_whitespace(bytes, pos);
                if bytes.get(pos) != Some(&b'"') {
                    return start;
                }
                let key_end = skip_string(bytes, pos);
                let key = std::str::from_utf8(&bytes[pos..key_end])
                    .ok()
                    .and_then(|quoted| serde_json::from_str::<String>(quoted).ok());
                pos = skip_whitespace(bytes, key_end);
                if bytes.get(pos) != Some(&b':') {
                    return start;
                }
                pos = skip_whitespace(bytes, pos + 1);
                if key.as_deref() == Some(segment) {
                    return value_offset(bytes, pos, rest);
                }
                pos = skip_whitespace(bytes, skip_value(bytes, pos));
                if bytes.get(pos) != Some(&b',') {
                    return start;
                }
                pos += 1;
            }
        }
        Some(b'[') => {
            let Ok(wanted) = segment.parse::<usize>() else {
                return start;
            };
            let mut pos = skip_whitespace(bytes, start + 1);
            for _ in 0..wanted {
                pos = skip_whitespace(bytes, skip_value(bytes, pos));
                if bytes.get(pos) != Some(&b',') {
                    return start;
                }
                pos = skip_whitespace(bytes, pos + 1);
            }
            if matches!(bytes.get(pos), None | Some(b']')) {
                return start;
            }
            value_offset(bytes, pos, rest)
        }
        _ => start,
    }
}

fn skip_whitespace(bytes: &[u8], mut pos: usize) -> usize {
    while matches!(bytes.get(pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        pos += 1;
    }
    pos
}

/// The offset just past the string that starts at `pos` (which holds the opening quote).
fn skip_string(bytes: &[u8], mut pos: usize) -> usize {
    pos += 1;
    while let Some(&byte) = bytes.get(pos) {
        pos += match byte {
            b'\\' => 2,
            b'"' => return pos + 1,
            _ => 1,
        };
    }
    bytes.len()
}

/// The offset just past the value that starts at `pos`.
fn skip_value(bytes: &[u8], mut pos: usize) -> usize {
    let mut depth = 0usize;
    while let Some(&byte) = bytes.get(pos) {
        match byte {
            b'"' => {
                pos = skip_string(bytes, pos);
                if depth == 0 {
                    return pos;
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                if depth == 0 {
                    return pos;
                }
                depth -= 1;
                if depth == 0 {
                    return pos + 1;
                }
            }
            b',' if depth == 0 => return pos,
            _ => {}
        }
        pos += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::line_column;

    const TEXT: &str = "{\n  \"events\": [\n    {\"name\": \"a\"},\n    {\"name\": \"b\", \"date\": \"x\"}\n  ],\n  \"k\\\"ey\": {\"nested\": [1, [2, 3]]}\n}";

    #[test]
    fn finds_values_in_objects_and_arrays() {
        assert_eq!(line_column(TEXT, &["events", "1", "date"]), (4, 27));
        assert_eq!(line_column(TEXT, &["events", "0"]), (3, 5));
        assert_eq!(line_column(TEXT, &["k\"ey", "nested", "1", "1"]), (6, 31));
        assert_eq!(line_column::<&str>(TEXT, &[]), (1, 1));
    }

    #[test]
    fn unreachable_pointers_stop_at_the_deepest_value() {
        assert_eq!(line_column(TEXT, &["events", "7"]), (2, 13));
        assert_eq!(line_column(TEXT, &["missing"]), (1, 1));
        assert_eq!(line_column("{\"a\": [1,", &["a", "3"]), (1, 7));
        assert_eq!(line_column("", &["a"]), (1, 1));
    }
}
