//! JSON pointers in URI fragments (RFC 6901, section 6): a `$ref` writes its pointer
//! percent-encoded, so every tool that reads one decodes it, and every tool that writes one
//! encodes it, the same way.

/// `text` with each `%XX` replaced by the byte it encodes; `None` when an escape is malformed
/// or the bytes are not UTF-8.
pub fn percent_decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(first);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

/// The JSON pointer `pointer` as a URI fragment, without its `#`: each ASCII character that a
/// fragment may not hold as it is (RFC 3986: `%`, space, `"`, `#`, `<`, `>`, `\`, `^`, `` ` ``,
/// `{`, `|`, `}` and controls) percent-encoded. Other characters stay, as an IRI writes them.
pub fn pointer_fragment(pointer: &str) -> String {
    let mut fragment = String::with_capacity(pointer.len());
    for c in pointer.chars() {
        let kept = !c.is_ascii() || c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/?".contains(c);
        if kept {
            fragment.push(c);
        } else {
            fragment.push_str(&format!("%{:02X}", c as u32));
        }
    }
    fragment
}

#[cfg(test)]
mod tests {
    use super::{percent_decoded, pointer_fragment};

    #[test]
    fn escapes_decode_and_encode_back() {
        assert_eq!(
            percent_decoded("/$defs/share%25").as_deref(),
            Some("/$defs/share%")
        );
        assert_eq!(percent_decoded("/a%20%22b%22").as_deref(), Some("/a \"b\""));
        assert_eq!(percent_decoded("/caf%C3%A9").as_deref(), Some("/café"));
        assert_eq!(percent_decoded("/a%2"), None);
        assert_eq!(percent_decoded("/a%zz"), None);
        assert_eq!(percent_decoded("/a%FF"), None);
        for pointer in ["/$defs/share%", "/a \"b\"", "/café", "/a~1b~0c", "/x#y{z}"] {
            let fragment = pointer_fragment(pointer);
            assert!(!fragment.contains([' ', '"', '#', '{', '}']), "{fragment}");
            assert_eq!(percent_decoded(&fragment).as_deref(), Some(pointer));
        }
        assert_eq!(pointer_fragment("/$defs/a~1b"), "/$defs/a~1b");
    }
}
