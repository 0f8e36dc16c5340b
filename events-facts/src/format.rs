//! The `format` keyword's string formats: the generator accepts these names, the decoder
//! checks these formats. Values stay strings, exactly as received: a check never rewrites them.

use crate::format_text as text;
use crate::uri::{self, Grammar};

/// A string format of JSON Schema's `format` keyword.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// `date-time`: an RFC 3339 date-time, with its offset.
    DateTime,
    /// `date`: an RFC 3339 full-date.
    Date,
    /// `time`: an RFC 3339 full-time, with its offset.
    Time,
    /// `email`: an RFC 5321 mailbox, its local part a dot-atom or a quoted string.
    Email,
    /// `uri`: an RFC 3986 URI, with its scheme.
    Uri,
    /// `uuid`: RFC 4122 text form, hex digits in either case.
    Uuid,
    /// `ipv4`: dotted quad without leading zeros.
    Ipv4,
    /// `ipv6`: RFC 4291 text form, without a zone.
    Ipv6,
    /// `duration`: an RFC 3339 (appendix A) duration, `P1Y2M`, `PT1H30M`, `P2W`.
    Duration,
    /// `hostname`: an RFC 1123 host name.
    Hostname,
    /// `idn-email`: an RFC 6531 mailbox: `email` with Unicode in its local part and an
    /// `idn-hostname` domain. Checked with the `idn` feature; without it, nothing is one.
    IdnEmail,
    /// `idn-hostname`: an IDNA2008 host name (RFC 5890 to 5893). Checked with the `idn`
    /// feature; without it, nothing is one.
    IdnHostname,
    /// `uri-reference`: an RFC 3986 URI or relative reference.
    UriReference,
    /// `iri`: an RFC 3987 IRI, with its scheme.
    Iri,
    /// `iri-reference`: an RFC 3987 IRI or relative reference.
    IriReference,
    /// `uri-template`: an RFC 6570 URI template.
    UriTemplate,
    /// `json-pointer`: an RFC 6901 JSON pointer.
    JsonPointer,
    /// `relative-json-pointer`: a relative JSON pointer (draft-handrews-relative-json-pointer).
    RelativeJsonPointer,
    /// `regex`: an ECMA-262 regular expression.
    Regex,
}

impl Format {
    /// Every format, in the order messages list them.
    pub const ALL: [Format; 19] = [
        Format::DateTime,
        Format::Date,
        Format::Time,
        Format::Duration,
        Format::Email,
        Format::Hostname,
        Format::IdnEmail,
        Format::IdnHostname,
        Format::Ipv4,
        Format::Ipv6,
        Format::Uri,
        Format::UriReference,
        Format::Iri,
        Format::IriReference,
        Format::Uuid,
        Format::UriTemplate,
        Format::JsonPointer,
        Format::RelativeJsonPointer,
        Format::Regex,
    ];

    /// The name of this variant, for the generator to write `Format::DateTime` into code.
    pub const fn variant(self) -> &'static str {
        match self {
            Format::DateTime => "DateTime",
            Format::Date => "Date",
            Format::Time => "Time",
            Format::Email => "Email",
            Format::Uri => "Uri",
            Format::Uuid => "Uuid",
            Format::Ipv4 => "Ipv4",
            Format::Ipv6 => "Ipv6",
            Format::Duration => "Duration",
            Format::Hostname => "Hostname",
            Format::IdnEmail => "IdnEmail",
            Format::IdnHostname => "IdnHostname",
            Format::UriReference => "UriReference",
            Format::Iri => "Iri",
            Format::IriReference => "IriReference",
            Format::UriTemplate => "UriTemplate",
            Format::JsonPointer => "JsonPointer",
            Format::RelativeJsonPointer => "RelativeJsonPointer",
            Format::Regex => "Regex",
        }
    }

    /// The name the schema writes.
    pub const fn name(self) -> &'static str {
        match self {
            Format::DateTime => "date-time",
            Format::Date => "date",
            Format::Time => "time",
            Format::Email => "email",
            Format::Uri => "uri",
            Format::Uuid => "uuid",
            Format::Ipv4 => "ipv4",
            Format::Ipv6 => "ipv6",
            Format::Duration => "duration",
            Format::Hostname => "hostname",
            Format::IdnEmail => "idn-email",
            Format::IdnHostname => "idn-hostname",
            Format::UriReference => "uri-reference",
            Format::Iri => "iri",
            Format::IriReference => "iri-reference",
            Format::UriTemplate => "uri-template",
            Format::JsonPointer => "json-pointer",
            Format::RelativeJsonPointer => "relative-json-pointer",
            Format::Regex => "regex",
        }
    }

    /// Whether `text` is of this format.
    pub fn accepts(self, text: &str) -> bool {
        match self {
            Format::DateTime => text
                .split_once(['T', 't'])
                .is_some_and(|(date, time)| is_date(date) && is_time(time)),
            Format::Date => is_date(text),
            Format::Time => is_time(text),
            Format::Email => is_email(text),
            Format::Uri => uri::is_uri(text, Grammar::URI),
            Format::UriReference => uri::is_uri(text, Grammar::URI_REFERENCE),
            Format::Iri => uri::is_uri(text, Grammar::IRI),
            Format::IriReference => uri::is_uri(text, Grammar::IRI_REFERENCE),
            Format::Duration => text::is_duration(text),
            Format::Hostname => is_hostname(text),
            #[cfg(feature = "idn")]
            Format::IdnEmail => crate::idn::is_idn_email(text),
            #[cfg(feature = "idn")]
            Format::IdnHostname => crate::idn::is_idn_hostname(text),
            #[cfg(not(feature = "idn"))]
            Format::IdnEmail | Format::IdnHostname => false,
            Format::UriTemplate => text::is_uri_template(text),
            Format::JsonPointer => text::is_json_pointer(text),
            Format::RelativeJsonPointer => text::is_relative_json_pointer(text),
            Format::Regex => text::is_regex(text),
            Format::Uuid => is_uuid(text),
            Format::Ipv4 => is_ipv4(text),
            Format::Ipv6 => !text.contains('%') && text.parse::<std::net::Ipv6Addr>().is_ok(),
        }
    }
}

fn digits(text: &str, count: usize) -> Option<u32> {
    (text.len() == count && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn is_date(text: &str) -> bool {
    let mut parts = text.split('-');
    let (Some(year), Some(month), Some(day), None) = (
        parts.next().and_then(|p| digits(p, 4)),
        parts.next().and_then(|p| digits(p, 2)),
        parts.next().and_then(|p| digits(p, 2)),
        parts.next(),
    ) else {
        return false;
    };
    crate::lifecycle::days_in_month(year, month).is_some_and(|days| (1..=days).contains(&day))
}

fn is_time(text: &str) -> bool {
    // The offset east of UTC, in minutes.
    let (clock, offset) = if let Some(clock) = text.strip_suffix(['Z', 'z']) {
        (clock, 0)
    } else {
        let Some(at) = text.rfind(['+', '-']) else {
            return false;
        };
        let Some((hours, minutes)) = text[at + 1..].split_once(':') else {
            return false;
        };
        let (Some(hours), Some(minutes)) = (digits(hours, 2), digits(minutes, 2)) else {
            return false;
        };
        if hours > 23 || minutes > 59 {
            return false;
        }
        let east = (hours * 60 + minutes) as i32;
        (
            &text[..at],
            if text[at..].starts_with('-') {
                -east
            } else {
                east
            },
        )
    };
    let (whole, fraction) = match clock.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (clock, None),
    };
    if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let mut parts = whole.split(':');
    let (Some(hour), Some(minute), Some(second), None) = (
        parts.next().and_then(|p| digits(p, 2)),
        parts.next().and_then(|p| digits(p, 2)),
        parts.next().and_then(|p| digits(p, 2)),
        parts.next(),
    ) else {
        return false;
    };
    // A leap second (60) is allowed, as RFC 3339 does, where one can fall: at the last minute
    // of a UTC day.
    let utc_minute = ((hour * 60 + minute) as i32 - offset).rem_euclid(24 * 60);
    hour <= 23 && minute <= 59 && (second <= 59 || (second == 60 && utc_minute == 24 * 60 - 1))
}

fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    is_local_part(local, false) && (is_hostname(domain) || is_address_literal(domain))
}

/// An RFC 5321 local part of at most 64 octets: a dot-atom (`joe.bloggs`), or a quoted string
/// (`"joe bloggs"`, where `\` escapes a character); with `unicode` (RFC 6531), either may hold
/// any non-ASCII character too.
pub(crate) fn is_local_part(local: &str, unicode: bool) -> bool {
    if local.is_empty() || local.len() > 64 {
        return false;
    }
    let extended = |c: char| unicode && !c.is_ascii();
    if let Some(quoted) = local.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        let mut chars = quoted.chars();
        while let Some(c) = chars.next() {
            let fine = match c {
                '\\' => chars
                    .next()
                    .is_some_and(|escaped| matches!(escaped, ' '..='~')),
                '"' => false,
                ' '..='~' => true,
                c => extended(c),
            };
            if !fine {
                return false;
            }
        }
        return true;
    }
    let atom_char =
        |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~-".contains(c) || extended(c);
    local
        .split('.')
        .all(|atom| !atom.is_empty() && atom.chars().all(atom_char))
}

pub(crate) fn is_address_literal(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
        return false;
    };
    match inner.strip_prefix("IPv6:") {
        Some(v6) => Format::Ipv6.accepts(v6),
        None => is_ipv4(inner),
    }
}

/// An RFC 1123 name whose `xn--` labels are A-labels (RFC 5891). Whether an A-label's Unicode
/// is a U-label needs the Unicode data of the `idn` feature; without it, only its Punycode and
/// hyphens are checked (the generator, which has the feature, is the stricter of the two).
fn is_hostname(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 253
        && text.split('.').all(|label| {
            if !has_ace_prefix(label) {
                return is_ldh_label(label);
            }
            a_label_text(label).is_some_and(|_unicode| {
                #[cfg(feature = "idn")]
                return crate::idn::is_u_label(&_unicode);
                #[cfg(not(feature = "idn"))]
                return true;
            })
        })
}

/// Letters, digits and hyphens, not at either end, nor `--` third and fourth: such labels are
/// reserved for encodings like `xn--` (RFC 5890, section 2.3.1).
pub(crate) fn is_ldh_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= 63
        && hyphens_allowed(label)
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// RFC 5891, section 4.2.3.1: no hyphen first or last, nor third and fourth.
pub(crate) fn hyphens_allowed(label: &str) -> bool {
    !label.starts_with('-')
        && !label.ends_with('-')
        && !label.chars().skip(2).take(2).eq(['-', '-'])
}

pub(crate) fn has_ace_prefix(label: &str) -> bool {
    label
        .get(..4)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("xn--"))
}

/// The Unicode text of an A-label: Punycode that decodes to text with non-ASCII in it and
/// encodes back to the label, hyphens where a U-label may have them.
pub(crate) fn a_label_text(label: &str) -> Option<String> {
    let encoded = label.get(4..)?.to_ascii_lowercase();
    let text = crate::punycode::decode(&encoded)?;
    let round_trips = crate::punycode::encode(&text).is_some_and(|again| again == encoded);
    (label.len() <= 63 && !text.is_ascii() && round_trips && hyphens_allowed(&text)).then_some(text)
}

fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn is_ipv4(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|part| {
            !part.is_empty()
                && part.len() <= 3
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part.len() == 1 || !part.starts_with('0'))
                && part.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

#[cfg(test)]
mod tests {
    use super::Format;

    /// The README's row for `format` names exactly the formats there are, so that adding one
    /// to [`Format::ALL`] without telling users fails here.
    #[test]
    fn the_readme_lists_every_format() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
            .expect("README.md beside the workspace");
        let row = readme
            .lines()
            .find_map(|line| line.strip_prefix("| `format`: "))
            .expect("the README's keyword table has a `format` row");
        let mut listed: Vec<&str> = row
            .split(" | ")
            .next()
            .unwrap_or_default()
            .split(", ")
            .map(|name| name.trim_matches('`'))
            .collect();
        let mut names: Vec<&str> = Format::ALL.iter().map(|format| format.name()).collect();
        listed.sort_unstable();
        names.sort_unstable();
        assert_eq!(listed, names);
    }

    #[test]
    fn each_format_accepts_and_refuses() {
        let cases = [
            (Format::DateTime, "2026-03-01T10:00:00Z", true),
            (Format::DateTime, "2026-03-01t10:00:00.125+05:30", true),
            (Format::DateTime, "2026-03-01 10:00:00Z", false),
            (Format::DateTime, "2026-03-01T10:00:00", false),
            (Format::Date, "2024-02-29", true),
            (Format::Date, "2025-02-29", false),
            (Format::Time, "23:59:60Z", true),
            (Format::Time, "22:59:60Z", false),
            (Format::Time, "23:59:60+01:00", false),
            (Format::Time, "00:59:60+01:00", true),
            (Format::Time, "15:59:60-08:00", true),
            (Format::DateTime, "1998-12-31T23:59:60Z", true),
            (Format::DateTime, "1998-12-31T22:59:60Z", false),
            (Format::Time, "24:00:00Z", false),
            (Format::Email, "jo.customer@example.com", true),
            (Format::Email, "jo@[192.168.0.1]", true),
            (Format::Email, "jo@@example.com", false),
            (Format::Email, ".jo@example.com", false),
            (Format::Email, "\"jo customer\"@example.com", true),
            (Format::Email, "\"jo@desk\"@example.com", true),
            (Format::Email, "\"jo\\\"q\"@example.com", true),
            (Format::Email, "\"jo\"q\"@example.com", false),
            (Format::Email, "\"jo\\\"@example.com", false),
            (Format::Email, "\"jö\"@example.com", false),
            (Format::Uri, "https://example.com/a?b=c#d", true),
            (Format::Uri, "urn:isbn:0451450523", true),
            (Format::Uri, "/relative/path", false),
            (Format::Uri, "https://example.com/a b", false),
            (Format::Uri, "https://example.com/%zz", false),
            (Format::Uri, "http://example.com:abc/path", false),
            (Format::Uri, "https://[@example.org/x", false),
            (Format::Uri, "http:/[::1]", false),
            (Format::Uri, "http://[::ffff:01.2.3.4]", false),
            (Format::Uuid, "123e4567-E89B-12d3-a456-426614174000", true),
            (Format::Uuid, "123e4567e89b12d3a456426614174000", false),
            (Format::Hostname, "xn--bcher-kva.example", true),
            (Format::Hostname, "XN--BCHER-KVA.example", true),
            (Format::Hostname, "xn--bcher-kv.example", false),
            (Format::Hostname, "xn--abc-.example", false),
            (Format::Hostname, "ab--cd.example", false),
            (Format::Hostname, "bücher.example", false),
            (Format::Ipv4, "192.168.0.1", true),
            (Format::Ipv4, "192.168.0.01", false),
            (Format::Ipv4, "256.1.1.1", false),
            (Format::Ipv6, "::1", true),
            (Format::Ipv6, "fe80::1%eth0", false),
        ];
        for (format, text, expected) in cases {
            assert_eq!(format.accepts(text), expected, "{} {text}", format.name());
        }
    }
}
