//! A catalog read at run time: decode messages against a catalog folder without generating
//! code, with the verdicts, error paths and messages of the code `include_catalog!` generates
//! for it. The engine reads the folder exactly as the macro does (every rule, every
//! diagnostic), and decoding goes through the same envelope readers, seeds and checks as
//! generated code, driven by the engine's model instead of generated impls.
//!
//! ```no_run
//! let catalog = events_core::runtime::Catalog::load("vendor-catalog")?;
//! for line in std::io::stdin().lines() {
//!     match catalog.decode(line?.as_bytes()) {
//!         Ok(decoded) => println!("{}", decoded.event_name()),
//!         Err(error) => println!("rejected: {error}"),
//!     }
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Prefer `include_catalog!` when the catalog is known at build time: its decoder is faster
//! (this one costs 1.3–1.6× as much; BENCHMARKS.md, "Any vendor's wire format, and the
//! run-time decoder") and gives typed payloads. Prefer this for tools and
//! services that take a catalog as input, or reload a vendor's catalog without a rebuild. A
//! loaded catalog's checks stay allocated for the life of the process, so load one once per
//! revision, not per message.

mod loaded;
mod schemas;
mod values;

use std::cell::RefCell;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use events_codegen::model;
use events_codegen::{Diagnostic, Options};
use serde::Deserialize;
use serde::de::{self, Deserializer};
use serde::ser::{self, Serializer};

use crate::checks::Schema;
use crate::cloudevent::CloudEvent;
use crate::envelope::{MessageEnvelope, decode_parts, decode_parts_with_version};
use crate::event::{CatalogEvent, deserialize_event};
use crate::wire::{WireEnvelope, WireShape};
use crate::{DecodeError, EventInfo, RawJson};

pub use events_codegen::model::Envelope;

/// A check program of the engine as the schema the interpreter runs, as the run-time decoder
/// builds it (its data stays allocated for the life of the process): for tests that judge the
/// engine's programs without rustc.
#[doc(hidden)]
pub fn check_schema(program: &model::Program) -> &'static Schema {
    schemas::program(program)
}

use values::Value;

use loaded::wire_shape;
pub(crate) use loaded::{Loaded, LoadedEvent, StructStatics};

/// A catalog folder read at run time: [`Catalog::load`], then [`Catalog::decode`] each message.
/// Cheap to clone and to share between threads.
#[derive(Clone)]
pub struct Catalog {
    loaded: Arc<Loaded>,
}

/// A catalog that could not be loaded: every defect the engine found, each with its file,
/// line, column and JSON pointer, as `events check` prints them.
#[derive(Debug)]
pub struct LoadError {
    diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// Every defect, sorted by file, line and column.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the catalog has {} defect(s)", self.diagnostics.len())?;
        for diagnostic in &self.diagnostics {
            write!(f, "\n{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// One decoded message: a known event (its catalog row and schema version; its payload's text
/// is [`Catalog::payload_of`] the message) or an unknown one with its payload as received.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Decoded {
    /// An event of the catalog whose payload its schema accepts.
    Known {
        /// The event's catalog row.
        info: &'static EventInfo,
        /// The name it arrived under: its own, or the `delivered_as` it shares with others.
        delivered_as: &'static str,
        /// The schema version the payload was decoded by.
        schema_version: &'static str,
    },
    /// An event the catalog does not know, kept as received.
    Unknown {
        /// The event name as received.
        event_name: String,
        /// The payload, exactly as received.
        payload: RawJson,
    },
}

impl Decoded {
    /// The event's name in the catalog, or as received for an unknown one.
    pub fn event_name(&self) -> &str {
        match self {
            Decoded::Known { info, .. } => info.name,
            Decoded::Unknown { event_name, .. } => event_name,
        }
    }
}

impl Catalog {
    /// Reads and checks the catalog in `dir` as `include_catalog!` does; a catalog with any
    /// defect is an error listing them all.
    pub fn load(dir: impl AsRef<Path>) -> Result<Catalog, LoadError> {
        let dir = dir.as_ref();
        let analysis = events_codegen::analyze(dir, dir, &Options::default());
        if !analysis.diagnostics.is_empty() {
            return Err(LoadError {
                diagnostics: analysis.diagnostics,
            });
        }
        Ok(Catalog {
            loaded: Arc::new(Loaded::new(analysis.catalog)),
        })
    }

    /// The same catalog, its messages read in `envelope` instead of the one its index declares.
    #[must_use]
    pub fn with_envelope(self, envelope: Envelope) -> Catalog {
        let mut loaded = (*self.loaded).clone();
        loaded.wire_shape = wire_shape(&envelope);
        loaded.envelope = envelope;
        Catalog {
            loaded: Arc::new(loaded),
        }
    }

    /// How the catalog's messages travel.
    pub fn envelope(&self) -> &Envelope {
        &self.loaded.envelope
    }

    /// The catalog's rows, in index order.
    pub fn events(&self) -> impl Iterator<Item = &'static EventInfo> + '_ {
        self.loaded.events.iter().map(|event| event.info)
    }

    /// Decodes one message in the catalog's envelope: what the generated `Envelope::from_json`
    /// accepts, with the same error paths and messages.
    pub fn decode(&self, message: &[u8]) -> Result<Decoded, DecodeError> {
        let _current = Current::enter(&self.loaded);
        let event = match &self.loaded.envelope {
            Envelope::SdkMessage => MessageEnvelope::<RuntimeEvent>::from_json(message)?.message,
            Envelope::CloudEvents { .. } => CloudEvent::<RuntimeEvent>::from_json(message)?.event,
            Envelope::Pointers { .. } => WireEnvelope::<RuntimeEvent>::from_json(message)?.event,
        };
        Ok(self.decoded(event))
    }

    /// The payload's text in `message`, where the envelope carries it: for a message that
    /// [`decode`](Self::decode) accepted, the payload it judged (a second pass over the
    /// message, paid only by those who want the text).
    pub fn payload_of(&self, message: &[u8]) -> Option<RawJson> {
        kept_member(message, self.loaded.wire_shape.payload)
    }

    /// Where the catalog's messages carry the event's name and payload, as JSON pointer keys,
    /// whatever the envelope (8x8's is `/message/eventName` and `/message/value`).
    pub fn wire_shape(&self) -> &'static WireShape {
        self.loaded.wire_shape
    }

    /// The event name a message carries, if it carries one where the envelope says (also when
    /// the message does not decode).
    pub fn event_name_in(&self, message: &[u8]) -> Option<String> {
        kept_member(message, self.loaded.wire_shape.name)?
            .decode()
            .ok()
    }

    /// Whether the catalog has an event of this name.
    pub fn knows(&self, event_name: &str) -> bool {
        self.loaded.by_name.contains_key(event_name)
    }

    /// Decodes a payload whose event name came apart from it (a webhook's HTTP header), as the
    /// generated `Event::from_parts` does.
    pub fn decode_parts(&self, name: &str, payload: &[u8]) -> Result<Decoded, DecodeError> {
        let _current = Current::enter(&self.loaded);
        Ok(self.decoded(decode_parts::<RuntimeEvent>(name, payload)?))
    }

    /// [`decode_parts`](Self::decode_parts) for a catalog whose messages say the payload's
    /// schema version outside it, with that version as the delivery says it apart (`None`: it
    /// says none), as the generated `Event::from_parts_with_version` does.
    pub fn decode_parts_with_version(
        &self,
        name: &str,
        version: Option<&str>,
        payload: &[u8],
    ) -> Result<Decoded, DecodeError> {
        let _current = Current::enter(&self.loaded);
        let event = decode_parts_with_version::<RuntimeEvent>(name, version, payload)?;
        Ok(self.decoded(event))
    }

    fn decoded(&self, event: RuntimeEvent) -> Decoded {
        match event {
            RuntimeEvent::Known { index, version } => {
                let event = &self.loaded.events[index];
                let info = event.info;
                Decoded::Known {
                    info,
                    delivered_as: event.delivered_as,
                    schema_version: info.schema_versions.get(version).copied().unwrap_or(""),
                }
            }
            RuntimeEvent::Unknown { event_name, value } => Decoded::Unknown {
                event_name,
                payload: value,
            },
        }
    }
}

/// The member at `keys` of the JSON `message`, kept as text: each object on the way is read in
/// place, and only the member itself is copied.
fn kept_member(message: &[u8], keys: &[&str]) -> Option<RawJson> {
    let mut value: &serde_json::value::RawValue = serde_json::from_slice(message).ok()?;
    for key in keys {
        value = borrowed_member(value, key)?;
    }
    RawJson::from_string(value.get().to_owned()).ok()
}

/// The member `key` of the object `object`, borrowed from its text.
fn borrowed_member<'a>(
    object: &'a serde_json::value::RawValue,
    key: &str,
) -> Option<&'a serde_json::value::RawValue> {
    struct Probe<'k>(&'k str);
    impl<'de> serde::de::Visitor<'de> for Probe<'_> {
        type Value = Option<&'de serde_json::value::RawValue>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(crate::object::Key(key)) = map.next_key()? {
                if key == self.0 {
                    found = Some(map.next_value()?);
                } else {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
            Ok(found)
        }
    }
    let mut deserializer = serde_json::Deserializer::from_str(object.get());
    serde::Deserializer::deserialize_map(&mut deserializer, Probe(key)).ok()?
}

thread_local! {
    /// The catalog the decode running on this thread reads: the envelope readers are generic
    /// over a `CatalogEvent`, whose functions take no catalog, as a generated one needs none.
    static CURRENT: RefCell<Option<Arc<Loaded>>> = const { RefCell::new(None) };
}

/// Sets the current catalog for the time of one decode, and puts back the one before.
struct Current(Option<Arc<Loaded>>);

impl Current {
    fn enter(loaded: &Arc<Loaded>) -> Current {
        Current(CURRENT.with(|current| current.replace(Some(Arc::clone(loaded)))))
    }
}

impl Drop for Current {
    fn drop(&mut self) {
        let previous = self.0.take();
        CURRENT.with(|current| *current.borrow_mut() = previous);
    }
}

fn current() -> Option<Arc<Loaded>> {
    CURRENT.with(|current| current.borrow().clone())
}

/// An event decoded by a loaded catalog: its position in the catalog and the version its
/// payload was read by, or an unknown one.
enum RuntimeEvent {
    Known { index: usize, version: usize },
    Unknown { event_name: String, value: RawJson },
}

impl RuntimeEvent {
    /// Decodes the payload of the known event `name`; `outside` is `None` in a catalog whose
    /// payloads say their schema version, else the version the message says beside the payload.
    fn payload<'de, D: Deserializer<'de>>(
        name: usize,
        outside: Option<Option<&str>>,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let Some(loaded) = current() else {
            return Err(de::Error::custom("no catalog is loaded on this thread"));
        };
        let Some(event) = loaded.events.get(name) else {
            return Err(de::Error::custom("no such event in this catalog"));
        };
        let known = |index: usize, value: Value| RuntimeEvent::Known {
            index,
            version: match value {
                Value::Variant(version, _) => version,
                _ => 0,
            },
        };
        let (Some(selector), Some((members, values))) = (loaded.selector, &event.selected_among)
        else {
            return values::versioned_payload(&loaded, event, outside, deserializer)
                .map(|value| known(name, value));
        };
        crate::versioned::deserialize_selected(
            deserializer,
            selector,
            values,
            |position, raw| {
                let index = members.get(position).copied().unwrap_or(name);
                let chosen = loaded.events.get(index).unwrap_or(event);
                crate::raw::decode_kept(raw, |deserializer| {
                    values::versioned_payload(&loaded, chosen, outside, deserializer)
                })
                .map(|value| known(index, value))
            },
            |value| RuntimeEvent::Unknown {
                event_name: event.delivered_as.to_owned(),
                value,
            },
        )
    }
}

impl CatalogEvent for RuntimeEvent {
    type Name = usize;

    fn lookup(name: &str) -> Option<usize> {
        current()?.by_name.get(name).copied()
    }

    fn info(name: usize) -> &'static EventInfo {
        const NONE: EventInfo = EventInfo {
            name: "",
            description: "",
            direction: crate::Direction::Received,
            schema_versions: &[],
            status: crate::Status::Active,
            active_date: crate::Date::__from_catalog(1970, 1, 1),
            deprecation_date: None,
            sunset_date: None,
            replaced_by: None,
        };
        current()
            .and_then(|loaded| loaded.events.get(name).map(|event| event.info))
            .unwrap_or(&NONE)
    }

    fn deserialize_payload<'de, D: Deserializer<'de>>(
        name: usize,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let outside = current()
            .is_some_and(|loaded| loaded.wire_shape.version.is_some())
            .then_some(None);
        RuntimeEvent::payload(name, outside, deserializer)
    }

    fn deserialize_payload_at<'de, D: Deserializer<'de>>(
        name: usize,
        version: Option<&str>,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        RuntimeEvent::payload(name, Some(version), deserializer)
    }

    fn unknown(event_name: String, value: RawJson) -> Self {
        RuntimeEvent::Unknown { event_name, value }
    }

    fn schema_version(&self) -> Option<&str> {
        match self {
            RuntimeEvent::Known { index, version } => {
                Self::info(*index).schema_versions.get(*version).copied()
            }
            RuntimeEvent::Unknown { .. } => None,
        }
    }

    fn wire_name(&self) -> &str {
        match self {
            RuntimeEvent::Known { index, .. } => current()
                .and_then(|loaded| loaded.events.get(*index).map(|event| event.delivered_as))
                .unwrap_or_else(|| Self::info(*index).name),
            RuntimeEvent::Unknown { event_name, .. } => event_name,
        }
    }

    fn serialize_payload<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RuntimeEvent::Unknown { value, .. } => serde::Serialize::serialize(value, serializer),
            RuntimeEvent::Known { .. } => Err(ser::Error::custom(
                "the run-time decoder keeps a known payload's text, not a value to write",
            )),
        }
    }

    fn wire_shape() -> &'static WireShape {
        current().map_or(&WireShape::SDK_MESSAGE, |loaded| loaded.wire_shape)
    }

    fn version_field() -> &'static [&'static str] {
        current().map_or(&["schemaVersion"], |loaded| loaded.version_field)
    }
}

impl<'de> Deserialize<'de> for RuntimeEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_event(deserializer)
    }
}
