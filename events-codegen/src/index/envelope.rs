//! The index's `envelope`: how the catalog's events travel. `"8x8"` (the default) is the
//! partner SDK message, `"cloudevents"` CloudEvents 1.0 structured JSON, and
//! `{"name": "/type", "payload": "/data/object"}` any other shape, by JSON pointers. Where a
//! message says its payload's schema version outside the payload, the envelope says where:
//! `{"name": "/type", "payload": "/data", "version": "/api_version"}`, or
//! `{"shape": "cloudevents", "version": "/dataversion"}`.

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostics, Pointer};
use crate::json::Node;
use crate::model::Envelope;
use crate::rule::Rule;
use crate::source::SourceFile;

/// The key of `index.json` that declares the envelope.
pub const ENVELOPE_KEY: &str = "envelope";

/// The key of `index.json` naming the payload field that picks the event among the rows
/// delivered under one name (`"/action"`).
pub const SELECTOR_KEY: &str = "selector";

/// The key of `index.json` naming the payload field that says its schema version
/// (`"/schemaVersion"`, the default).
pub const VERSION_FIELD_KEY: &str = "version_field";

/// The payload field that says a payload's schema version, as keys from the payload's root:
/// the index's `version_field`, or `schemaVersion` (reporting a defective one, then the
/// default). A catalog whose `envelope` carries the version outside the payload names none.
pub fn read_version_field(
    file: &SourceFile,
    root: &Node,
    envelope: &Envelope,
    diagnostics: &mut Diagnostics,
) -> Vec<String> {
    let default = vec!["schemaVersion".to_owned()];
    let Some(node) = root.get(VERSION_FIELD_KEY) else {
        return default;
    };
    let keys = node
        .as_str()
        .and_then(Pointer::parse)
        .map(|p| p.segments().to_vec());
    let defect = match keys {
        _ if envelope.version_in_message().is_some() => format!(
            "the envelope's `version` says the schema version stands in the message, outside the payload, and `{VERSION_FIELD_KEY}` names a payload field for it: keep one"
        ),
        Some(keys) if !keys.is_empty() => return keys,
        _ => format!(
            "`{VERSION_FIELD_KEY}` is the JSON pointer to the payload field that names its schema version, like `\"/meta/version\"` (`\"/schemaVersion\"` when absent)"
        ),
    };
    diagnostics.error(
        Rule::InvalidVersionField,
        file,
        node.span.clone(),
        &node.pointer,
        defect,
    );
    default
}

/// The selector the index at `root` declares, as keys from the payload's root; `None` when it
/// declares none or a defective one (reported).
pub fn read_selector(
    file: &SourceFile,
    root: &Node,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<String>> {
    let node = root.get(SELECTOR_KEY)?;
    let keys = node
        .as_str()
        .and_then(Pointer::parse)
        .map(|p| p.segments().to_vec());
    match keys {
        Some(keys) if !keys.is_empty() => Some(keys),
        _ => {
            diagnostics.error(
                Rule::InvalidSelector,
                file,
                node.span.clone(),
                &node.pointer,
                format!(
                    "`{SELECTOR_KEY}` is the JSON pointer to the payload field whose value picks the event among the rows delivered under one name, like `\"/action\"`"
                ),
            );
            None
        }
    }
}

/// `envelope` in its written form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EnvelopeDeclaration {
    /// `"8x8"` or `"cloudevents"`.
    Named(String),
    /// The JSON pointers to the name and the payload.
    Pointers {
        /// Where the event's name is, like `/type`.
        name: String,
        /// Where the payload is, like `/data/object`; `""` for a message that is its payload.
        payload: String,
        /// Where the payload's schema version is, outside the payload, like `/api_version`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        version: Option<String>,
    },
    /// A named shape with the schema version outside the payload.
    Shaped {
        /// `"8x8"` or `"cloudevents"`.
        shape: String,
        /// Where the payload's schema version is, like `/dataversion`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        version: Option<String>,
    },
}

/// The names an `envelope` may give, with what they mean.
pub const NAMED_ENVELOPES: &[(&str, Envelope)] = &[
    ("8x8", Envelope::SdkMessage),
    ("cloudevents", Envelope::CloudEvents { version: None }),
];

/// The envelope the index at `root` declares, reporting each defect (the default then).
pub fn read(file: &SourceFile, root: &Node, diagnostics: &mut Diagnostics) -> Envelope {
    let Some(node) = root.get(ENVELOPE_KEY) else {
        return Envelope::default();
    };
    let mut reader = EnvelopeReader {
        file,
        node,
        diagnostics,
    };
    reader.envelope().unwrap_or_default()
}

/// Reads the `envelope` at `node`, reporting each defect as `invalid-envelope`.
struct EnvelopeReader<'r> {
    file: &'r SourceFile,
    node: &'r Node,
    diagnostics: &'r mut Diagnostics,
}

/// The named envelopes, as a message lists them.
fn envelope_names() -> String {
    NAMED_ENVELOPES
        .iter()
        .map(|(name, _)| format!("`\"{name}\"`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn named_envelope(text: &str) -> Option<Envelope> {
    NAMED_ENVELOPES
        .iter()
        .find(|(name, _)| *name == text)
        .map(|(_, envelope)| envelope.clone())
}

impl<'r> EnvelopeReader<'r> {
    fn error(&mut self, at: &Node, message: String) {
        let (span, pointer) = (at.span.clone(), &at.pointer);
        let rule = Rule::InvalidEnvelope;
        self.diagnostics
            .error(rule, self.file, span, pointer, message);
    }

    /// The envelope; `None` after reporting a defect.
    fn envelope(&mut self) -> Option<Envelope> {
        let node = self.node;
        if let Some(text) = node.as_str() {
            if let Some(envelope) = named_envelope(text) {
                return Some(envelope);
            }
            let names = envelope_names();
            self.error(
                node,
                format!(
                    "unknown envelope `{text}`; `{ENVELOPE_KEY}` is one of {names}, or an object of JSON pointers like {{\"name\": \"/type\", \"payload\": \"/data\"}}"
                ),
            );
            return None;
        }
        if node.as_object().is_none() {
            let names = envelope_names();
            self.error(
                node,
                format!(
                    "`{ENVELOPE_KEY}` is one of {names}, or an object of JSON pointers like {{\"name\": \"/type\", \"payload\": \"/data\"}}; found {}",
                    node.kind()
                ),
            );
            return None;
        }
        let shaped = node.get("shape").is_some();
        let sound = self.only_known_keys(shaped);
        let version = match self.pointer("version", false) {
            Ok(found) => Some(found),
            Err(()) if node.get("version").is_some() => return None,
            Err(()) => None,
        };
        let envelope = if shaped {
            self.shape()?
        } else {
            self.of_pointers()?
        };
        let envelope = match version {
            Some((keys, at)) => match with_version(envelope, keys) {
                Ok(envelope) => envelope,
                Err(message) => {
                    self.error(at, message);
                    return None;
                }
            },
            None => envelope,
        };
        sound.then_some(envelope)
    }

    /// Whether the object holds only the keys its kind allows, reporting each other one.
    fn only_known_keys(&mut self, shaped: bool) -> bool {
        let (allowed, holds): (&[&str], &str) = if shaped {
            (
                &["shape", "version"],
                "an envelope with a `shape` holds `shape` and `version`",
            )
        } else {
            (
                &["name", "payload", "version"],
                "an envelope of pointers holds `name`, `payload` and `version`",
            )
        };
        let mut sound = true;
        let members = self.node.as_object().unwrap_or_default();
        for member in members
            .iter()
            .filter(|member| !allowed.contains(&member.key.as_str()))
        {
            let message = format!("unknown key `{}`; {holds}", member.key);
            self.error(&member.value, message);
            sound = false;
        }
        sound
    }

    /// `{"shape": …}`: a named envelope.
    fn shape(&mut self) -> Option<Envelope> {
        let shape = self.node.get("shape")?;
        let envelope = shape.as_str().and_then(named_envelope);
        if envelope.is_none() {
            let names = envelope_names();
            let message = format!("`shape` is one of {names}, found {}", shape.kind());
            self.error(shape, message);
        }
        envelope
    }

    /// `{"name": …, "payload": …}`: where the name and the payload are.
    fn of_pointers(&mut self) -> Option<Envelope> {
        let (name, payload) = (self.pointer("name", true), self.pointer("payload", true));
        let (Ok((name, name_at)), Ok((payload, _))) = (name, payload) else {
            return None;
        };
        match pointers(name, payload, None) {
            Ok(envelope) => Some(envelope),
            Err(message) => {
                self.error(name_at, message);
                None
            }
        }
    }

    /// The keys of the JSON pointer at `key`, with its node; `Err` when it is absent or
    /// reported.
    fn pointer(&mut self, key: &str, required: bool) -> Result<(Vec<String>, &'r Node), ()> {
        let node = self.node;
        let Some(at) = node.get(key) else {
            if required {
                let message = format!(
                    "an envelope of pointers needs `{key}`, the JSON pointer to the event's {key}"
                );
                self.error(node, message);
            }
            return Err(());
        };
        let Some(text) = at.as_str() else {
            let message = format!("`{key}` must be a JSON pointer string, found {}", at.kind());
            self.error(at, message);
            return Err(());
        };
        match Pointer::parse(text) {
            Some(pointer) => Ok((pointer.segments().to_vec(), at)),
            None => {
                self.error(
                    at,
                    format!(
                        "`{text}` is not a JSON pointer (RFC 6901): it starts with `/`, and `~` is written `~0`, `/` inside a key `~1`"
                    ),
                );
                Err(())
            }
        }
    }
}

/// `envelope` with the payload's schema version at `keys` from the message's root, outside the
/// payload, or why its messages cannot carry it there.
fn with_version(envelope: Envelope, keys: Vec<String>) -> Result<Envelope, String> {
    let related = |a: &[String], b: &[String]| a.starts_with(b) || b.starts_with(a);
    match envelope {
        Envelope::SdkMessage => Err(format!(
            "the 8x8 SDK message carries a payload's schema version inside the payload; name that field with `{VERSION_FIELD_KEY}`"
        )),
        Envelope::CloudEvents { .. } => match <[String; 1]>::try_from(keys) {
            Ok([attribute]) if is_extension_name(&attribute) => Ok(Envelope::CloudEvents {
                version: Some(attribute),
            }),
            _ => Err(
                "a CloudEvent says the schema version in an extension attribute: a pointer to one top-level member whose name is lower-case letters and digits, and not one of the specification's attributes, like `/dataversion`"
                    .to_owned(),
            ),
        },
        Envelope::Pointers { name, payload, .. } => {
            if keys.is_empty() {
                Err("the schema version is a string member of the message, so its pointer cannot be `\"\"`".to_owned())
            } else if keys.starts_with(&payload) {
                Err(format!(
                    "this pointer leads into the payload; a payload field that says its schema version is the index's `{VERSION_FIELD_KEY}` (a pointer from the payload's root)"
                ))
            } else if related(&keys, &name) || payload.starts_with(&keys) {
                Err("the schema version's pointer must lead to a member of its own, apart from the event's name and payload".to_owned())
            } else {
                Ok(Envelope::Pointers {
                    name,
                    payload,
                    version: Some(keys),
                })
            }
        }
    }
}

/// A CloudEvents extension attribute's name: lower-case ASCII letters and digits, none of the
/// specification's own attributes.
fn is_extension_name(name: &str) -> bool {
    const SPECIFIED: &[&str] = &[
        "specversion",
        "id",
        "source",
        "type",
        "data",
        "data_base64",
        "datacontenttype",
        "dataschema",
        "subject",
        "time",
    ];
    !name.is_empty()
        && name
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
        && !SPECIFIED.contains(&name)
}

/// The envelope of the name and payload at these keys (and the version at `version`, if
/// given), or why they cannot be one.
fn pointers(
    name: Vec<String>,
    payload: Vec<String>,
    version: Option<Vec<String>>,
) -> Result<Envelope, String> {
    if name.is_empty() {
        return Err(
            "the event's name is a string member of the message, so its pointer cannot be `\"\"`"
                .to_owned(),
        );
    }
    if payload.starts_with(&name) {
        return Err("the name's pointer cannot lead to the payload or above it: the name is a string, the payload is not inside it".to_owned());
    }
    let envelope = Envelope::Pointers {
        name,
        payload,
        version: None,
    };
    match version {
        Some(keys) => with_version(envelope, keys),
        None => Ok(envelope),
    }
}

/// An envelope written as on the command line: `8x8`, `cloudevents`, or the JSON pointers
/// `name=/type,payload=/data/object`; either of the last two may add `version=<JSON pointer>`,
/// where the message says its payload's schema version (`cloudevents,version=/dataversion`).
pub fn parse_envelope(text: &str) -> Result<Envelope, String> {
    let usage = || {
        format!(
            "`{text}` is not an envelope: `8x8`, `cloudevents`, or `name=<JSON pointer>,payload=<JSON pointer>`, each but `8x8` optionally with `,version=<JSON pointer>`"
        )
    };
    let (mut name, mut payload, mut version, mut shape) = (None, None, None, None);
    for part in text.split(',') {
        let Some((key, value)) = part.split_once('=') else {
            let found = NAMED_ENVELOPES
                .iter()
                .find(|(named, _)| *named == part.trim());
            match (found, &shape) {
                (Some((_, envelope)), None) => shape = Some(envelope.clone()),
                _ => return Err(usage()),
            }
            continue;
        };
        let slot = match key.trim() {
            "name" => &mut name,
            "payload" => &mut payload,
            "version" => &mut version,
            _ => return Err(usage()),
        };
        let pointer = Pointer::parse(value.trim())
            .ok_or_else(|| format!("`{value}` is not a JSON pointer (RFC 6901)"))?;
        *slot = Some(pointer.segments().to_vec());
    }
    match (shape, name, payload) {
        (Some(envelope), None, None) => match version {
            Some(keys) => with_version(envelope, keys),
            None => Ok(envelope),
        },
        (None, Some(name), Some(payload)) => pointers(name, payload, version),
        (None, _, _) => Err(format!(
            "`{text}`: an envelope of pointers gives both `name=` and `payload=`"
        )),
        (Some(_), _, _) => Err(usage()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_form_reads_back_what_it_writes() {
        for text in [
            "8x8",
            "cloudevents",
            "cloudevents,version=/dataversion",
            "name=/type,payload=/data/object",
            "name=/event/type,payload=/event",
            "name=/kind,payload=",
            "name=/type,payload=/data,version=/meta/a~1b",
        ] {
            let envelope = parse_envelope(text).unwrap_or_else(|error| panic!("{text}: {error}"));
            assert_eq!(envelope.to_string(), text);
        }
    }

    #[test]
    fn a_version_outside_the_payload_must_be_beside_it() {
        for (text, refusal) in [
            ("8x8,version=/v", "inside the payload"),
            ("cloudevents,version=/time", "extension attribute"),
            ("cloudevents,version=/a/b", "extension attribute"),
            (
                "name=/type,payload=/data,version=/data/v",
                "leads into the payload",
            ),
            ("name=/type,payload=/data,version=/type", "apart from"),
            ("name=/m/type,payload=/m/data,version=/m", "apart from"),
            ("name=/type,payload=,version=/v", "leads into the payload"),
            ("cloudevents,name=/type", "is not an envelope"),
        ] {
            let error = parse_envelope(text).unwrap_err();
            assert!(error.contains(refusal), "{text}: {error}");
        }
    }
}
