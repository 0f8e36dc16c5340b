//! `pattern`: JSON Schema's regular expressions are ECMA-262's; decoding runs them with the
//! `regex` crate. Where the two dialects differ in what they match, the expression is rewritten
//! to ECMA's meaning (`\d` and `\w` are ASCII, `.` stops at every line terminator); where the
//! `regex` crate cannot express it (look-around, back-references), it is a located error.

/// ECMA-262's `\s`: its WhiteSpace and LineTerminator characters (Rust's `\s` adds U+0085 and
/// leaves out U+FEFF).
const ECMA_SPACE: &str = r"\t\n\x0B\x0C\r \u{A0}\u{1680}\u{2000}-\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}";

/// The pattern `source` as written and as the decoder runs it, or the message that says why it
/// cannot be enforced.
pub fn text_pattern(source: &str) -> Result<crate::model::TextPattern, String> {
    match translate(source) {
        Ok(translated) => Ok(crate::model::TextPattern {
            source: source.to_owned(),
            translated,
        }),
        Err(why) => Err(format!("`pattern` {source:?} cannot be enforced: {why}")),
    }
}

/// The expression to give the `regex` crate for the ECMA-262 `source`, or why there is none.
pub fn translate(source: &str) -> Result<String, String> {
    let mut out = String::with_capacity(source.len() + 16);
    let mut chars = source.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(escaped) = chars.next() else {
                    return Err("the expression ends with a lone `\\`".to_owned());
                };
                match (escaped, in_class) {
                    ('d', false) => out.push_str("[0-9]"),
                    ('D', false) => out.push_str("[^0-9]"),
                    ('w', false) => out.push_str("[0-9A-Za-z_]"),
                    ('W', false) => out.push_str("[^0-9A-Za-z_]"),
                    ('s', false) => {
                        out.push('[');
                        out.push_str(ECMA_SPACE);
                        out.push(']');
                    }
                    ('S', false) => {
                        out.push_str("[^");
                        out.push_str(ECMA_SPACE);
                        out.push(']');
                    }
                    ('s', true) => out.push_str(ECMA_SPACE),
                    ('d', true) => out.push_str("0-9"),
                    ('w', true) => out.push_str("0-9A-Za-z_"),
                    ('D' | 'W' | 'S', true) => {
                        return Err(format!(
                            "`\\{escaped}` inside a character class cannot be enforced exactly; list the characters instead"
                        ));
                    }
                    ('b' | 'B', false) => {
                        out.push_str("(?-u:\\");
                        out.push(escaped);
                        out.push(')');
                    }
                    ('1'..='9', _) | ('k', _) => {
                        return Err("back-references are not supported by the decoder's regular expressions".to_owned());
                    }
                    ('c', _) | ('u', _) | ('x', _) | ('0', _) => {
                        return Err(format!(
                            "the escape `\\{escaped}` is not supported; write the character itself"
                        ));
                    }
                    _ => {
                        out.push('\\');
                        out.push(escaped);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                // ECMA allows `]` right after `[` only as the empty class `[]`.
                if chars.peek() == Some(&']') {
                    return Err("empty character classes are not supported".to_owned());
                }
            }
            '[' => out.push_str("\\["),
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '.' if !in_class => out.push_str("[^\\n\\r\\u{2028}\\u{2029}]"),
            '(' if !in_class && chars.peek() == Some(&'?') => {
                let mut lookahead = chars.clone();
                lookahead.next();
                match lookahead.next() {
                    Some(':') => out.push('('),
                    Some('=' | '!' | '<') => {
                        return Err(
                            "look-around and named groups are not supported by the decoder's regular expressions"
                                .to_owned(),
                        );
                    }
                    _ => return Err("this group syntax is not ECMA-262".to_owned()),
                }
            }
            _ => out.push(c),
        }
    }
    if in_class {
        return Err("a character class is not closed".to_owned());
    }
    regex_syntax::Parser::new()
        .parse(&out)
        .map_err(|error| first_line(&error.to_string()))?;
    Ok(out)
}

fn first_line(text: &str) -> String {
    text.lines()
        .rev()
        .find(|line| line.starts_with("error:"))
        .unwrap_or(text)
        .trim_start_matches("error: ")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn ecma_classes_become_ascii() {
        assert_eq!(translate(r"^\d+$").as_deref(), Ok("^[0-9]+$"));
        assert_eq!(translate(r"[\w-]").as_deref(), Ok("[0-9A-Za-z_-]"));
        assert_eq!(
            translate(r"a.b").as_deref(),
            Ok(r"a[^\n\r\u{2028}\u{2029}]b")
        );
        assert_eq!(translate(r"[.]").as_deref(), Ok("[.]"));
        assert_eq!(translate(r"\.").as_deref(), Ok(r"\."));
        assert_eq!(translate(r"(?:ab)+").as_deref(), Ok("(?:ab)+"));
    }

    #[test]
    fn what_cannot_be_enforced_is_refused() {
        for source in [
            r"(?=a)", r"(a)\1", r"[\D]", "(", "a{", r"\", "[a", "(?<n>a)",
        ] {
            assert!(translate(source).is_err(), "{source} accepted");
        }
    }
}
