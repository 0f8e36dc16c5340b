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
                    ('c' | 'u' | 'x' | '0', _) => {
                        let code = character_escape(escaped, &mut chars).ok_or_else(|| {
                            format!(
                                "the escape `\\{escaped}` is not one of ECMA-262's: `\\cA` to `\\cZ`, `\\xHH`, `\\uHHHH`, `\\u{{H…}}` or `\\0` not followed by a digit"
                            )
                        })?;
                        out.push_str(&format!("\\x{{{code:X}}}"));
                    }
                    _ if !events_facts::is_ecma_escape(escaped) => {
                        return Err(format!(
                            "`\\{escaped}` is no ECMA-262 escape (the `regex` crate would read it otherwise); write the character itself"
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

/// The code point of a character escape of ECMA-262 after its `\\` and its letter `kind`
/// (`\\cJ`, `\\x41`, `\\u00e9`, a surrogate pair `\\ud83d\\ude00`, `\\u{1F600}`, `\\0`),
/// reading what follows the letter from `chars`; `None` when it is malformed.
fn character_escape(
    kind: char,
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
) -> Option<u32> {
    fn hex(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, count: usize) -> Option<u32> {
        let mut value = 0;
        for _ in 0..count {
            value = value * 16 + chars.next()?.to_digit(16)?;
        }
        Some(value)
    }
    match kind {
        'c' => {
            let letter = chars.next().filter(char::is_ascii_alphabetic)?;
            Some(u32::from(letter) % 32)
        }
        'x' => hex(chars, 2),
        '0' => match chars.peek() {
            Some(next) if next.is_ascii_digit() => None,
            _ => Some(0),
        },
        _ if chars.peek() == Some(&'{') => {
            chars.next();
            let mut value: u32 = 0;
            let mut digits = 0;
            loop {
                match chars.next()? {
                    '}' if digits > 0 => break,
                    c => value = value.checked_mul(16)?.checked_add(c.to_digit(16)?)?,
                }
                digits += 1;
            }
            char::from_u32(value).map(u32::from)
        }
        _ => {
            let high = hex(chars, 4)?;
            if !(0xD800..0xDC00).contains(&high) {
                return char::from_u32(high).map(u32::from);
            }
            // A surrogate pair written as two escapes is one code point.
            let mut rest = chars.clone();
            if rest.next() != Some('\\') || rest.next() != Some('u') {
                return None;
            }
            *chars = rest;
            let low = hex(chars, 4).filter(|low| (0xDC00..0xE000).contains(low))?;
            char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).map(u32::from)
        }
    }
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
    fn character_escapes_become_code_points() {
        let matches = |source: &str, text: &str| {
            let translated = translate(source).unwrap_or_else(|why| panic!("{source}: {why}"));
            regex::Regex::new(&translated).unwrap().is_match(text)
        };
        assert!(matches(r"^[\u0000-\u007F]*$", "plain ascii"));
        assert!(!matches(r"^[\u0000-\u007F]*$", "café"));
        assert!(matches(r"^caf\u00e9$", "café"));
        assert!(matches(r"^\x41\x62$", "Ab"));
        assert!(matches(r"^\cJ$", "\n"));
        assert!(matches(r"^\cj$", "\n"));
        assert!(matches(r"^a\0b$", "a\0b"));
        assert!(matches(r"^\ud83d\ude00$", "😀"));
        assert!(matches(r"^\u{1F600}$", "😀"));
        for malformed in [
            r"\x4",
            r"\u12",
            r"\c1",
            r"\01",
            r"\a",
            r"\z",
            r"\A",
            r"\ud83d",
            r"\ud83dx",
            r"\u{110000}",
        ] {
            assert!(translate(malformed).is_err(), "{malformed} accepted");
        }
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
