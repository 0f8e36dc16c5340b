//! `events decode`: one verdict per line of event messages, decoded with the bundled catalog
//! (SDK `onMessage` data), or with a catalog folder read at run time (`--catalog`, in its
//! envelope or `--envelope`'s). A bad line never stops the run: invalid UTF-8, deep nesting and
//! huge lines all get a verdict.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::process::ExitCode;

use events_core::json::{self, Value};
use events_core::runtime::{Catalog, Decoded, Envelope as EnvelopeKind};
use events_core::{Envelope, EventName};
use serde::Serialize;

#[derive(Serialize)]
struct Verdict {
    line: usize,
    #[serde(rename = "eventName")]
    event_name: Option<String>,
    verdict: &'static str,
    issues: Vec<Issue>,
}

#[derive(Serialize)]
struct Issue {
    path: String,
    message: String,
}

pub fn run(
    input: &Path,
    catalog: Option<&Path>,
    envelope: Option<EnvelopeKind>,
) -> Result<ExitCode, String> {
    let loaded = match catalog {
        Some(dir) => {
            let loaded =
                Catalog::load(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
            Some(match envelope {
                Some(envelope) => loaded.with_envelope(envelope),
                None => loaded,
            })
        }
        None => None,
    };
    let reader: Box<dyn Read> = if input == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        Box::new(File::open(input).map_err(|e| format!("cannot read {}: {e}", input.display()))?)
    };
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (number, line) in BufReader::new(reader).split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read {}: {e}", input.display()))?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let verdict = match &loaded {
            Some(catalog) => judge_loaded(catalog, number + 1, line),
            None => judge(number + 1, line),
        };
        *counts.entry(verdict.verdict).or_default() += 1;
        let text = json::to_string(&verdict).map_err(|e| e.to_string())?;
        outln!("{text}");
    }
    let total: usize = counts.values().sum();
    let summary: Vec<String> = counts
        .iter()
        .map(|(verdict, count)| format!("{count} {verdict}"))
        .collect();
    eprintln!("events decode: {total} lines: {}", summary.join(", "));
    // Unknown events are kept, not errors; invalid payloads and bad envelopes are.
    let failed = counts.contains_key("invalid") || counts.contains_key("bad-envelope");
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn bad_envelope(line: usize, message: String) -> Verdict {
    Verdict {
        line,
        event_name: None,
        verdict: "bad-envelope",
        issues: vec![Issue {
            path: String::new(),
            message,
        }],
    }
}

/// The verdict of a catalog read at run time: `invalid` when a known event's payload is at
/// fault (the error's path is inside the payload), `bad-envelope` when the message around it is.
fn judge_loaded(catalog: &Catalog, line: usize, bytes: &[u8]) -> Verdict {
    if let Err(error) = json::from_slice::<serde::de::IgnoredAny>(bytes) {
        return bad_envelope(line, format!("not JSON: {error}"));
    }
    let error = match catalog.decode(bytes) {
        Ok(decoded) => {
            let verdict = match decoded {
                Decoded::Known { .. } => "valid",
                Decoded::Unknown { .. } => "unknown-event",
                _ => "valid",
            };
            return Verdict {
                line,
                event_name: Some(decoded.event_name().to_owned()),
                verdict,
                issues: Vec::new(),
            };
        }
        Err(error) => error,
    };
    let event_name = catalog.event_name_in(bytes);
    let known = event_name
        .as_deref()
        .is_some_and(|name| catalog.knows(name));
    let payload = catalog.wire_shape().payload.join(".");
    let path = error.path();
    let in_payload = payload.is_empty()
        || path == payload
        || path.starts_with(&format!("{payload}."))
        || path.starts_with(&format!("{payload}["));
    Verdict {
        line,
        event_name,
        verdict: if known && in_payload {
            "invalid"
        } else {
            "bad-envelope"
        },
        issues: vec![Issue {
            path: shown_path(catalog.envelope(), path),
            message: error.message(),
        }],
    }
}

/// A path as `events decode` shows it: from the SDK `message` for 8x8's envelope (as the bundled
/// decoder shows it), from the message's root for the others.
fn shown_path(envelope: &EnvelopeKind, path: &str) -> String {
    match envelope {
        EnvelopeKind::SdkMessage => path.strip_prefix("message.").unwrap_or(path).to_owned(),
        _ => path.to_owned(),
    }
}

fn judge(line: usize, bytes: &[u8]) -> Verdict {
    let bad = |message: String| bad_envelope(line, message);
    let value: Value = match json::from_slice(bytes) {
        Ok(value) => value,
        Err(error) => return bad(format!("not JSON: {error}")),
    };
    let message = &value["message"];
    if value["type"] != "event" {
        return bad("`type` is not \"event\"".to_owned());
    }
    let Some(name) = message["eventName"].as_str() else {
        return bad("`message.eventName` is missing or not a string".to_owned());
    };
    let mut verdict = Verdict {
        line,
        event_name: Some(name.to_owned()),
        verdict: "valid",
        issues: Vec::new(),
    };
    if name.parse::<EventName>().is_err() {
        verdict.verdict = "unknown-event";
        return verdict;
    }
    if let Err(error) = Envelope::from_json(bytes) {
        let path = error.path().to_owned();
        let in_payload = path == "message.value"
            || path.starts_with("message.value.")
            || path.starts_with("message.value[");
        verdict.verdict = if in_payload {
            "invalid"
        } else {
            "bad-envelope"
        };
        verdict.issues.push(Issue {
            path: path.strip_prefix("message.").unwrap_or(&path).to_owned(),
            message: error.message(),
        });
    }
    verdict
}
