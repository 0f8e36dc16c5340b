//! URIs and IRIs as RFC 3986 and RFC 3987 write their grammar: a scheme, an authority (user
//! information, a host that is a registered name, a dotted quad or a bracketed IPv6 or IPvFuture
//! literal, and a port of digits), a path whose form depends on what precedes it, a query and a
//! fragment, each of the characters its rule allows and every `%` followed by two hex digits.

use std::net::Ipv6Addr;

/// Which grammar: a URI or an IRI (which adds the non-ASCII characters of RFC 3987), and whether
/// a relative reference is allowed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Grammar {
    pub iri: bool,
    pub relative: bool,
}

impl Grammar {
    pub const URI: Grammar = Grammar {
        iri: false,
        relative: false,
    };
    pub const URI_REFERENCE: Grammar = Grammar {
        iri: false,
        relative: true,
    };
    pub const IRI: Grammar = Grammar {
        iri: true,
        relative: false,
    };
    pub const IRI_REFERENCE: Grammar = Grammar {
        iri: true,
        relative: true,
    };
}

/// Whether `text` is a URI (or IRI, or reference) by `grammar`.
pub(crate) fn is_uri(text: &str, grammar: Grammar) -> bool {
    let (rest, fragment) = match text.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (text, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((rest, query)) => (rest, Some(query)),
        None => (rest, None),
    };
    let tail_ok = |part: Option<&str>| {
        part.is_none_or(|part| all_chars(part, grammar, |c| is_pchar(c) || c == '/' || c == '?'))
    };
    if !tail_ok(query) || !tail_ok(fragment) {
        return false;
    }
    match scheme_and_rest(rest) {
        Some((_, hier)) => is_hier_part(hier, grammar, true),
        None => grammar.relative && is_hier_part(rest, grammar, false),
    }
}

/// The scheme and what follows its `:`, when `text` starts with a scheme.
fn scheme_and_rest(text: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = text.split_once(':')?;
    let well_formed = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
    // A `:` after a `/` belongs to a path, so what precedes it is no scheme.
    well_formed.then_some((scheme, rest))
}

/// `hier-part` (after a scheme) or `relative-part`: `//authority path-abempty`, or a path.
fn is_hier_part(text: &str, grammar: Grammar, has_scheme: bool) -> bool {
    if let Some(rest) = text.strip_prefix("//") {
        let end = rest.find('/').unwrap_or(rest.len());
        let (authority, path) = rest.split_at(end);
        return is_authority(authority, grammar) && is_path(path, grammar);
    }
    // path-absolute, path-rootless (after a scheme) or path-noscheme (relative): a first
    // segment without `:` when there is no scheme.
    let first = text.split('/').next().unwrap_or_default();
    if !has_scheme && first.contains(':') {
        return false;
    }
    is_path(text, grammar)
}

fn is_path(path: &str, grammar: Grammar) -> bool {
    path.split('/')
        .all(|segment| all_chars(segment, grammar, is_pchar))
}

fn is_authority(authority: &str, grammar: Grammar) -> bool {
    let (userinfo, host_port) = match authority.rsplit_once('@') {
        Some((userinfo, host_port)) => (Some(userinfo), host_port),
        None => (None, authority),
    };
    if userinfo
        .is_some_and(|info| !all_chars(info, grammar, |c| is_unreserved_or_sub(c) || c == ':'))
    {
        return false;
    }
    let (host, port) = if host_port.starts_with('[') {
        match host_port.find(']') {
            Some(end) => {
                let (literal, rest) = host_port.split_at(end + 1);
                match rest {
                    "" => (literal, None),
                    _ => match rest.strip_prefix(':') {
                        Some(port) => (literal, Some(port)),
                        None => return false,
                    },
                }
            }
            None => return false,
        }
    } else {
        match host_port.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_port, None),
        }
    };
    if port.is_some_and(|port| !port.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(literal) => is_ip_literal(literal),
        None => all_chars(host, grammar, is_unreserved_or_sub),
    }
}

/// `IPv6address` or `IPvFuture`, inside the brackets.
fn is_ip_literal(literal: &str) -> bool {
    if let Some(future) = literal.strip_prefix(['v', 'V']) {
        let Some((version, rest)) = future.split_once('.') else {
            return false;
        };
        return !version.is_empty()
            && version.bytes().all(|b| b.is_ascii_hexdigit())
            && !rest.is_empty()
            && rest.chars().all(|c| is_unreserved_or_sub(c) || c == ':');
    }
    !literal.contains('%') && literal.parse::<Ipv6Addr>().is_ok()
}

fn is_unreserved_or_sub(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=".contains(c)
}

fn is_pchar(c: char) -> bool {
    is_unreserved_or_sub(c) || c == ':' || c == '@'
}

/// Whether every character of `text` is allowed by `allowed`, a `%` followed by two hex digits,
/// or (in an IRI) a character of RFC 3987's `ucschar` or `iprivate` ranges.
fn all_chars(text: &str, grammar: Grammar, allowed: impl Fn(char) -> bool) -> bool {
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let fits = match c {
            '%' => {
                let hex = [chars.next(), chars.next()];
                hex.iter().all(|c| c.is_some_and(|c| c.is_ascii_hexdigit()))
            }
            c if c.is_ascii() => allowed(c),
            c => grammar.iri && is_ucschar(c),
        };
        if !fits {
            return false;
        }
    }
    true
}

/// RFC 3987's `ucschar` and `iprivate`: the non-ASCII characters an IRI may hold.
fn is_ucschar(c: char) -> bool {
    let c = u32::from(c);
    matches!(c,
        0xA0..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFEF | 0xE000..=0xF8FF
    ) || (c >= 0x10000 && (c & 0xFFFF) <= 0xFFFD)
}

#[cfg(test)]
mod tests {
    use super::{Grammar, is_uri};

    const URI: Grammar = Grammar::URI;
    const REFERENCE: Grammar = Grammar::URI_REFERENCE;
    const IRI: Grammar = Grammar::IRI;

    #[test]
    fn uris_follow_rfc_3986() {
        for good in [
            "https://example.com/a?b=c#d",
            "urn:isbn:0451450523",
            "http://user:pass@example.com:8080/",
            "http://[::1]:80/x",
            "http://[v1.fe]/",
            "http://192.168.0.1/",
            "mailto:jo@example.com",
            "http://example.com:/x",
            "file:///etc/hosts",
            "tag:example.com,2005:x",
        ] {
            assert!(is_uri(good, URI), "{good}");
        }
        for bad in [
            "/relative/path",
            "http://example.com:abc/path",
            "https://[@example.org/x",
            "http:/[::1]",
            "http://[::ffff:01.2.3.4]",
            "https://example.com/a b",
            "https://example.com/%zz",
            "http://a/b#c#d",
            "http://ex ample.com/",
            "http://例え.jp/",
        ] {
            assert!(!is_uri(bad, URI), "{bad}");
        }
    }

    #[test]
    fn references_and_iris() {
        assert!(is_uri("/relative/path?x", REFERENCE));
        assert!(is_uri("#fragment", REFERENCE));
        assert!(is_uri("", REFERENCE));
        assert!(!is_uri("a:b:c/../x", REFERENCE) || is_uri("a:b:c/../x", URI));
        assert!(!is_uri("\\\\WINDOWS\\fileshare", REFERENCE));
        assert!(is_uri("http://例え.jp/パス", IRI));
        assert!(!is_uri("http://例え.jp/パス", URI));
    }
}
