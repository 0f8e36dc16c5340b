//! The index's `envelope`: how the catalog's events travel. `"8x8"` (the default) is the
//! partner SDK message, `"cloudevents"` CloudEvents 1.0 structured JSON, and
//! `{"name": "/type", "payload": "/data/object"}` any other shape, by JSON pointers.

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
/// default).
pub fn read_version_field(
    file: &SourceFile,
    root: &Node,
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
    match keys {
        Some(keys) if !keys.is_empty() => keys,
        _ => {
            diagnostics.error(
                Rule::InvalidVersionField,
                file,
                node.span.clone(),
                &node.pointer,
                format!(
                    "`{VERSION_FIELD_KEY}` is the JSON pointer to the payload field that names its schema version, like `\"/meta/version\"` (`\"/schemaVersion\"` when absent)"
                ),
            );
            default
        }
    }
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
    },
}

/// The names an `envelope` may give, with what they mean.
pub const NAMED_ENVELOPES: &[(&str, Envelope)] = &[
    ("8x8", Envelope::SdkMessage),
    ("cloudevents", Envelope::CloudEvents),
];

/// The envelope the index at `root` declares, reporting each defect (the default then).
pub fn read(file: &SourceFile, root: &Node, diagnostics: &mut Diagnostics) -> Envelope {
    let Some(node) = root.get(ENVELOPE_KEY) else {
        return Envelope::default();
    };
    let mut error = |at: &Node, message: String| {
        diagnostics.error(
            Rule::InvalidEnvelope,
            file,
            at.span.clone(),
            &at.pointer,
            message,
        );
    };
    let names = NAMED_ENVELOPES
        .iter()
        .map(|(name, _)| format!("`\"{name}\"`"))
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(text) = node.as_str() {
        if let Some((_, envelope)) = NAMED_ENVELOPES.iter().find(|(name, _)| *name == text) {
            return envelope.clone();
        }
        error(
            node,
            format!(
                "unknown envelope `{text}`; `{ENVELOPE_KEY}` is one of {names}, or an object of JSON pointers like {{\"name\": \"/type\", \"payload\": \"/data\"}}"
            ),
        );
        return Envelope::default();
    }
    let Some(members) = node.as_object() else {
        error(
            node,
            format!(
                "`{ENVELOPE_KEY}` is one of {names}, or an object of JSON pointers like {{\"name\": \"/type\", \"payload\": \"/data\"}}; found {}",
                node.kind()
            ),
        );
        return Envelope::default();
    };
    let mut sound = true;
    for member in members
        .iter()
        .filter(|member| !matches!(member.key.as_str(), "name" | "payload"))
    {
        error(
            &member.value,
            format!(
                "unknown key `{}`; an envelope of pointers holds `name` and `payload`",
                member.key
            ),
        );
        sound = false;
    }
    let mut pointer = |key: &str| {
        let Some(at) = node.get(key) else {
            error(
                node,
                format!(
                    "an envelope of pointers needs `{key}`, the JSON pointer to the event's {key}"
                ),
            );
            return None;
        };
        let Some(text) = at.as_str() else {
            error(
                at,
                format!("`{key}` must be a JSON pointer string, found {}", at.kind()),
            );
            return None;
        };
        match Pointer::parse(text) {
            Some(pointer) => Some((pointer.segments().to_vec(), at)),
            None => {
                error(
                    at,
                    format!(
                        "`{text}` is not a JSON pointer (RFC 6901): it starts with `/`, and `~` is written `~0`, `/` inside a key `~1`"
                    ),
                );
                None
            }
        }
    };
    let (name, payload) = (pointer("name"), pointer("payload"));
    let (Some((name, name_at)), Some((payload, _))) = (name, payload) else {
        return Envelope::default();
    };
    match pointers(name, payload) {
        Ok(envelope) if sound => envelope,
        Ok(_) => Envelope::default(),
        Err(message) => {
            error(name_at, message);
            Envelope::default()
        }
    }
}

/// The envelope of the name and payload at these keys, or why they cannot be one.
fn pointers(name: Vec<String>, payload: Vec<String>) -> Result<Envelope, String> {
    if name.is_empty() {
        return Err(
            "the event's name is a string member of the message, so its pointer cannot be `\"\"`"
                .to_owned(),
        );
    }
    if payload.starts_with(&name) {
        return Err("the name's pointer cannot lead to the payload or above it: the name is a string, the payload is not inside it".to_owned());
    }
    Ok(Envelope::Pointers { name, payload })
}

/// An envelope written as on the command line: `8x8`, `cloudevents`, or the JSON pointers
/// `name=/type,payload=/data/object`.
pub fn parse_envelope(text: &str) -> Result<Envelope, String> {
    if let Some((_, envelope)) = NAMED_ENVELOPES.iter().find(|(name, _)| *name == text) {
        return Ok(envelope.clone());
    }
    let (mut name, mut payload) = (None, None);
    for part in text.split(',') {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let slot = match key.trim() {
            "name" => &mut name,
            "payload" => &mut payload,
            _ => {
                return Err(format!(
                    "`{text}` is not an envelope: `8x8`, `cloudevents`, or `name=<JSON pointer>,payload=<JSON pointer>`"
                ));
            }
        };
        let pointer = Pointer::parse(value.trim())
            .ok_or_else(|| format!("`{value}` is not a JSON pointer (RFC 6901)"))?;
        *slot = Some(pointer.segments().to_vec());
    }
    match (name, payload) {
        (Some(name), Some(payload)) => pointers(name, payload),
        _ => Err(format!(
            "`{text}`: an envelope of pointers gives both `name=` and `payload=`"
        )),
    }
}
