//! The grammars of the formats that are small languages of their own: durations (RFC 3339,
//! appendix A), URI templates (RFC 6570), JSON pointers (RFC 6901) and relative JSON pointers,
//! and ECMA-262 regular expressions (their syntax, not what they match).

/// `P` then date parts, time parts after `T`, or weeks: `P1Y2M3D`, `PT4H5M6S`, `P1DT2H`, `P2W`.
/// Parts come in order with none skipped between two present ones (`P1Y1D` is not one).
pub(crate) fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (rest, None),
    };
    if time.is_none() && date.ends_with('W') {
        return designators(date).is_some_and(|found| found == "W");
    }
    let date_ok = designators(date).is_some_and(|found| is_run(&found, "YMD"));
    let time_ok = time.is_none_or(|time| {
        designators(time).is_some_and(|found| !found.is_empty() && is_run(&found, "HMS"))
    });
    date_ok && time_ok && !(date.is_empty() && time.is_none())
}

/// The designator letters of `1Y2M`-style text, each after at least one digit.
fn designators(text: &str) -> Option<String> {
    let mut found = String::new();
    let mut digits = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => digits += 1,
            _ if digits > 0 => {
                found.push(c);
                digits = 0;
            }
            _ => return None,
        }
    }
    (digits == 0).then_some(found)
}

/// Whether `found` is a run of consecutive letters of `order` (`YM`, `MD`, `HMS`; not `YD`).
fn is_run(found: &str, order: &str) -> bool {
    found.is_empty() || order.contains(found)
}

/// RFC 6570: literals and `{expressions}` of an optional operator and variables, each with an
/// optional `:length` prefix or `*` explode modifier.
pub(crate) fn is_uri_template(text: &str) -> bool {
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(expression) = rest.strip_prefix('{') {
            let Some(end) = expression.find('}') else {
                return false;
            };
            if !is_expression(&expression[..end]) {
                return false;
            }
            rest = &expression[end + 1..];
            continue;
        }
        let c = rest.chars().next().unwrap_or_default();
        if c == '%' {
            let hex = rest.get(1..3);
            if !hex.is_some_and(|pair| pair.bytes().all(|b| b.is_ascii_hexdigit())) {
                return false;
            }
            rest = &rest[3..];
            continue;
        }
        // An apostrophe is a literal, as the RFC's erratum 6937 says.
        if c.is_control() || " \"<>\\^`|}".contains(c) {
            return false;
        }
        rest = &rest[c.len_utf8()..];
    }
    true
}

fn is_expression(expression: &str) -> bool {
    let variables = expression
        .strip_prefix(|c: char| "+#./;?&=,!@|".contains(c))
        .unwrap_or(expression);
    !variables.is_empty()
        && variables.split(',').all(|variable| {
            let (name, modifier) = match variable.split_once(':') {
                Some((name, length)) => {
                    let length_ok = !length.is_empty()
                        && length.len() <= 4
                        && !length.starts_with('0')
                        && length.bytes().all(|b| b.is_ascii_digit());
                    (name, length_ok)
                }
                None => (variable.strip_suffix('*').unwrap_or(variable), true),
            };
            modifier && is_variable_name(name)
        })
}

fn is_variable_name(name: &str) -> bool {
    !name.is_empty() && !name.starts_with('.') && !name.ends_with('.') && !name.contains("..") && {
        let bytes = name.as_bytes();
        let mut index = 0;
        let mut ok = true;
        while index < bytes.len() && ok {
            let b = bytes[index];
            if b == b'%' {
                ok = bytes
                    .get(index + 1..index + 3)
                    .is_some_and(|pair| pair.iter().all(u8::is_ascii_hexdigit));
                index += 3;
            } else {
                ok = b.is_ascii_alphanumeric() || b == b'_' || b == b'.';
                index += 1;
            }
        }
        ok
    }
}

/// RFC 6901: empty, or `/`-led segments in which `~` is followed by `0` or `1`.
pub(crate) fn is_json_pointer(text: &str) -> bool {
    if text.is_empty() {
        return true;
    }
    text.starts_with('/') && {
        let mut chars = text.chars();
        let mut ok = true;
        while let Some(c) = chars.next() {
            if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
                ok = false;
                break;
            }
        }
        ok
    }
}

/// A non-negative integer without leading zeros (with an optional `+` or `-` index
/// adjustment), then `#` or a JSON pointer.
pub(crate) fn is_relative_json_pointer(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || (digits > 1 && text.starts_with('0')) {
        return false;
    }
    let mut rest = &text[digits..];
    if let Some(adjusted) = rest.strip_prefix(['+', '-']) {
        let more = adjusted.bytes().take_while(u8::is_ascii_digit).count();
        if more == 0 || (more > 1 && adjusted.starts_with('0')) {
            return false;
        }
        rest = &adjusted[more..];
    }
    rest == "#" || is_json_pointer(rest)
}

/// ECMA-262 pattern syntax: groups and classes closed, every quantifier after something it can
/// repeat, escapes complete, `{n,m}` with `n ≤ m`.
/// Whether `\\` may precede `c` in an ECMA-262 expression: a letter only where it means
/// something (`\\d`, `\\n`, `\\u…`; `\\a` or `\\z` is no escape, as the `u` flag reads it), a
/// digit (a back-reference, `\\0`), or any other character, which stands for itself.
pub fn is_ecma_escape(c: char) -> bool {
    !c.is_ascii_alphabetic() || "bBdDsSwWfnrtvcxukpP".contains(c)
}

pub(crate) fn is_regex(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut depth = 0usize;
    // Whether the last item can take a quantifier.
    let mut repeatable = false;
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        index += 1;
        match c {
            '\\' => {
                let Some(&escaped) = chars.get(index) else {
                    return false;
                };
                if !is_ecma_escape(escaped) {
                    return false;
                }
                index += 1;
                repeatable = true;
            }
            '[' => {
                let Some(end) = class_end(&chars, index) else {
                    return false;
                };
                index = end + 1;
                repeatable = true;
            }
            '(' => {
                depth += 1;
                if chars.get(index) == Some(&'?') {
                    let rest: String = chars[index + 1..].iter().take(2).collect();
                    if rest.starts_with(':') || rest.starts_with('=') || rest.starts_with('!') {
                        index += 2;
                    } else if rest == "<=" || rest == "<!" {
                        index += 3;
                    } else if rest.starts_with('<') {
                        let Some(close) = chars[index..].iter().position(|&c| c == '>') else {
                            return false;
                        };
                        index += close + 1;
                    } else {
                        return false;
                    }
                }
                repeatable = false;
            }
            ')' => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
                repeatable = true;
            }
            '*' | '+' | '?' => {
                if !repeatable {
                    return false;
                }
                if chars.get(index) == Some(&'?') {
                    index += 1;
                }
                repeatable = false;
            }
            '{' => match braced_quantifier(&chars, index) {
                Some(Ok(end)) if repeatable => {
                    index = end;
                    if chars.get(index) == Some(&'?') {
                        index += 1;
                    }
                    repeatable = false;
                }
                Some(_) => return false,
                // Not a quantifier: a literal `{`, as Annex B reads it.
                None => repeatable = true,
            },
            '|' => repeatable = false,
            '^' | '$' => repeatable = false,
            _ => repeatable = true,
        }
    }
    depth == 0
}

/// The index of the `]` closing a class whose content starts at `start`.
fn class_end(chars: &[char], start: usize) -> Option<usize> {
    let mut index = start;
    while index < chars.len() {
        match chars[index] {
            '\\' => index += 2,
            ']' => return Some(index),
            _ => index += 1,
        }
    }
    None
}

/// A `{n}`, `{n,}` or `{n,m}` quantifier whose digits start at `start`: `Some(Ok(end))` past
/// its `}`, `Some(Err(()))` when `n > m`, `None` when the text is no quantifier.
fn braced_quantifier(chars: &[char], start: usize) -> Option<Result<usize, ()>> {
    let close = start + chars[start..].iter().position(|&c| c == '}')?;
    let inner: String = chars[start..close].iter().collect();
    let (low, high) = match inner.split_once(',') {
        Some((low, high)) => (low, Some(high)),
        None => (inner.as_str(), None),
    };
    let number = |text: &str| {
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u64>().ok())
    };
    let low = number(low)?.unwrap_or(u64::MAX);
    match high {
        None | Some("") => Some(Ok(close + 1)),
        Some(high) => {
            let high = number(high)?.unwrap_or(u64::MAX);
            Some(if low <= high { Ok(close + 1) } else { Err(()) })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        for good in [
            "P4DT12H30M5S",
            "P1Y2M",
            "P1M",
            "PT36H",
            "P4W",
            "P0D",
            "PT1M",
            "P1YT1S",
        ] {
            assert!(is_duration(good), "{good}");
        }
        for bad in [
            "P", "PT", "P1D2H", "P1Y1D", "PT1H1S", "P2W1D", "1Y", "P1", "PT1D", "P1.5Y",
        ] {
            assert!(!is_duration(bad), "{bad}");
        }
    }

    #[test]
    fn uri_templates() {
        for good in [
            "http://example.com/{id}",
            "{+path}/here",
            "{?x,y*}",
            "{var:30}",
            "a%20b",
            "/o'brien/{id}",
            "",
        ] {
            assert!(is_uri_template(good), "{good}");
        }
        for bad in [
            "{",
            "{}",
            "{a b}",
            "a}",
            "a b",
            "a\"b",
            "{x:0}",
            "http://example.com/dictionary/{term:1}/{term",
        ] {
            assert!(!is_uri_template(bad), "{bad}");
        }
    }

    #[test]
    fn pointers() {
        for good in ["", "/", "/a~0b/c~1d", "/0"] {
            assert!(is_json_pointer(good), "{good}");
        }
        for bad in ["a", "/~2", "/~"] {
            assert!(!is_json_pointer(bad), "{bad}");
        }
        for good in ["0", "1/a", "2#", "0-1/x", "10"] {
            assert!(is_relative_json_pointer(good), "{good}");
        }
        for bad in ["", "01", "-1", "/a", "1#/a", "0--1"] {
            assert!(!is_relative_json_pointer(bad), "{bad}");
        }
    }

    #[test]
    fn regexes() {
        for good in [
            r"([abc])+\s+$",
            "a{2,3}?",
            "(?:x)(?=y)(?<name>z)",
            "[a-z]*",
            "a{",
            "^$",
            r"\u00e9\.\/\cJ\p{L}",
        ] {
            assert!(is_regex(good), "{good}");
        }
        for bad in [
            "^(abc]", "*a", "a{3,2}", "(a", "a)", "[a", "\\", "a**", "(?x)", r"\a", r"\z",
        ] {
            assert!(!is_regex(bad), "{bad}");
        }
    }
}
