//! The SDK's `getEvents()` answer checked against a catalog.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{DecodeError, Direction, EventInfo, decode};

/// What `partnerSDK.system.getEvents()` returned (`{"aw-interaction-hold-v1": ["1.0.0"], …}`),
/// set against this build's catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reconciliation {
    /// Available to the integration and known to this build, with how the versions agree.
    pub known: Vec<AvailableEvent>,
    /// Available to the integration but missing from this build's catalog: the catalog is
    /// stale. Such events decode as `Event::Unknown`.
    pub unknown: Vec<UnknownEvent>,
    /// Events this build receives that the integration does not offer. Sent events are not
    /// listed: `getEvents` names what can be received.
    pub unavailable: Vec<&'static EventInfo>,
}

/// An event both the integration and the catalog have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AvailableEvent {
    /// The catalog row.
    pub info: &'static EventInfo,
    /// Versions both sides have.
    pub shared_versions: Vec<String>,
    /// Versions the integration offers that this build does not know: payloads of these
    /// versions fail to decode with an unsupported-schema-version error.
    pub unknown_versions: Vec<String>,
    /// Versions this build knows that the integration does not offer.
    pub unoffered_versions: Vec<String>,
}

/// An event the integration offers that the catalog does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnknownEvent {
    /// Its wire name.
    pub name: String,
    /// The versions the integration offers.
    pub schema_versions: Vec<String>,
}

impl AvailableEvent {
    /// Whether the integration offers exactly the versions this build knows.
    pub fn versions_agree(&self) -> bool {
        self.unknown_versions.is_empty() && self.unoffered_versions.is_empty()
    }
}

impl Reconciliation {
    /// Sets the `getEvents` answer `available` (event name → allowed versions) against
    /// `catalog`, usually the generated `CATALOG`.
    pub fn new(catalog: &'static [EventInfo], available: &BTreeMap<String, Vec<String>>) -> Self {
        let mut known = Vec::new();
        let mut unknown = Vec::new();
        for (name, offered) in available {
            let Some(info) = catalog.iter().find(|info| info.name == name) else {
                unknown.push(UnknownEvent {
                    name: name.clone(),
                    schema_versions: offered.clone(),
                });
                continue;
            };
            let is_known = |version: &String| info.schema_versions.contains(&version.as_str());
            known.push(AvailableEvent {
                info,
                shared_versions: offered.iter().filter(|v| is_known(v)).cloned().collect(),
                unknown_versions: offered.iter().filter(|v| !is_known(v)).cloned().collect(),
                unoffered_versions: info
                    .schema_versions
                    .iter()
                    .filter(|v| !offered.iter().any(|o| o == *v))
                    .map(|v| (*v).to_owned())
                    .collect(),
            });
        }
        let unavailable = catalog
            .iter()
            .filter(|info| {
                info.direction == Direction::Received && !available.contains_key(info.name)
            })
            .collect();
        Reconciliation {
            known,
            unknown,
            unavailable,
        }
    }

    /// Parses the JSON of a `getEvents` answer (the `message.value` of its response) and sets it
    /// against `catalog`.
    pub fn from_json(catalog: &'static [EventInfo], json: &[u8]) -> Result<Self, DecodeError> {
        let available: BTreeMap<String, Vec<String>> = decode(json)?;
        Ok(Self::new(catalog, &available))
    }

    /// Whether the catalog and the integration agree on every offered event and version.
    pub fn is_consistent(&self) -> bool {
        self.unknown.is_empty() && self.known.iter().all(AvailableEvent::versions_agree)
    }
}
