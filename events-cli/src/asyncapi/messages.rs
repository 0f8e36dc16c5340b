//! The messages of an AsyncAPI document: where each is, under which key the document keeps it,
//! and which way the application's operations move it. AsyncAPI 3.x declares messages on
//! channels and moves them with `send`/`receive` operations; 2.x on a channel's `publish`
//! (the application receives) and `subscribe` (the application sends) operations, one message
//! or a `oneOf` of several.

use std::collections::BTreeSet;

use events_codegen::model::Direction;
use serde_json::Value;

use super::document::{Documents, Location, Problem};

/// The AsyncAPI versions the import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generation {
    /// 2.0 to 2.6.
    Two,
    /// 3.0 and 3.1.
    Three,
}

/// One message of the document.
#[derive(Debug, Clone)]
pub struct Found {
    /// The message object, `$ref`s followed.
    pub at: Location,
    /// The key the document keeps it under (`components/messages/<key>`, or the channel's
    /// `messages/<key>`), the name of last resort.
    pub key: Option<String>,
    /// How the application's operations move it.
    pub directions: BTreeSet<Direction>,
    /// The operations that move it, then the channels that carry it: what describes it when it
    /// says nothing of itself.
    pub context: Vec<Location>,
}

/// The generation of the document whose root is `root`.
pub fn generation(documents: &Documents, root: &Location) -> Result<Generation, Problem> {
    let version = documents
        .get(&root.child("asyncapi"))
        .and_then(Value::as_str)
        .ok_or_else(|| {
            documents.problem(
                root,
                "not an AsyncAPI document: it has no `asyncapi` version string",
            )
        })?;
    match version.split('.').next() {
        Some("2") => Ok(Generation::Two),
        Some("3") => Ok(Generation::Three),
        _ => Err(documents.problem(
            &root.child("asyncapi"),
            format!("AsyncAPI {version} is not read; the import reads 2.x and 3.x documents"),
        )),
    }
}

/// Every message of the document at `root`, in the order the document gives them (channels,
/// then components), once each; problems for what could not be followed.
pub fn find(
    documents: &mut Documents,
    root: &Location,
    generation: Generation,
    problems: &mut Vec<Problem>,
) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut add = |documents: &mut Documents,
                   at: &Location,
                   key: Option<&str>,
                   moved: Option<(Direction, &Location)>,
                   problems: &mut Vec<Problem>| {
        let message = match documents.resolve(at) {
            Ok(message) => message,
            Err(problem) => {
                problems.push(problem);
                return;
            }
        };
        let entry = match found.iter_mut().position(|known| known.at == message) {
            Some(position) => &mut found[position],
            None => {
                found.push(Found {
                    at: message,
                    key: None,
                    directions: BTreeSet::new(),
                    context: Vec::new(),
                });
                found.last_mut().expect("just pushed")
            }
        };
        if entry.key.is_none() {
            entry.key = key.map(str::to_owned);
        }
        if let Some((direction, by)) = moved {
            entry.directions.insert(direction);
            entry.context.push(by.clone());
        }
    };
    match generation {
        Generation::Three => {
            for (channel, _) in members(documents, &root.child("channels"), problems) {
                let messages = channel.child("messages");
                for (message, key) in members(documents, &messages, problems) {
                    add(documents, &message, Some(&key), None, problems);
                }
            }
            let operations = members(documents, &root.child("operations"), problems);
            for (operation, _) in operations {
                let direction = match documents
                    .get(&operation.child("action"))
                    .and_then(Value::as_str)
                {
                    Some("receive") => Direction::Received,
                    Some("send") => Direction::Sent,
                    _ => {
                        problems.push(documents.problem(
                            &operation.child("action"),
                            "an operation's `action` is `send` or `receive`; its messages keep no direction from it",
                        ));
                        continue;
                    }
                };
                let listed = operation.child("messages");
                let moved: Vec<Location> = match documents.get(&listed).and_then(Value::as_array) {
                    Some(items) => (0..items.len())
                        .map(|i| listed.child(&i.to_string()))
                        .collect(),
                    // No list: every message of the operation's channel.
                    None => match documents.resolve(&operation.child("channel")) {
                        Ok(channel) => members(documents, &channel.child("messages"), problems)
                            .into_iter()
                            .map(|(message, _)| message)
                            .collect(),
                        Err(problem) => {
                            problems.push(problem);
                            Vec::new()
                        }
                    },
                };
                for message in moved {
                    let by = Some((direction, &operation));
                    add(documents, &message, None, by, problems);
                }
            }
        }
        Generation::Two => {
            for (channel, _) in members(documents, &root.child("channels"), problems) {
                for (verb, direction) in [
                    ("publish", Direction::Received),
                    ("subscribe", Direction::Sent),
                ] {
                    let operation = channel.child(verb);
                    if documents.get(&operation).is_none() {
                        continue;
                    }
                    let operation = match documents.resolve(&operation) {
                        Ok(operation) => operation,
                        Err(problem) => {
                            problems.push(problem);
                            continue;
                        }
                    };
                    let message = operation.child("message");
                    if documents.get(&message).is_none() {
                        continue;
                    }
                    let message = match documents.resolve(&message) {
                        Ok(message) => message,
                        Err(problem) => {
                            problems.push(problem);
                            continue;
                        }
                    };
                    let choices = message.child("oneOf");
                    match documents
                        .get(&choices)
                        .and_then(Value::as_array)
                        .map(Vec::len)
                    {
                        Some(count) => {
                            for index in 0..count {
                                let choice = choices.child(&index.to_string());
                                let by = Some((direction, &operation));
                                add(documents, &choice, None, by, problems);
                            }
                        }
                        None => {
                            let by = Some((direction, &operation));
                            add(documents, &message, None, by, problems);
                        }
                    }
                }
            }
        }
    }
    let components = root.child("components").child("messages");
    for (message, key) in members(documents, &components, problems) {
        add(documents, &message, Some(&key), None, problems);
    }
    found
}

/// The members of the object at `at` (`$ref`s followed), each with its key; none when there
/// is no object there.
fn members(
    documents: &mut Documents,
    at: &Location,
    problems: &mut Vec<Problem>,
) -> Vec<(Location, String)> {
    if documents.get(at).is_none() {
        return Vec::new();
    }
    let object = match documents.resolve(at) {
        Ok(object) => object,
        Err(problem) => {
            problems.push(problem);
            return Vec::new();
        }
    };
    documents
        .keys(&object)
        .into_iter()
        .map(|key| (object.child(&key), key))
        .collect()
}
