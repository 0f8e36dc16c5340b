//! Events that partner apps send, in the form `system.sendEvent(name, data)` takes.

use serde::Serialize;
use serde_json::Value;

/// The two arguments of the SDK's `system.sendEvent(name, data)`.
///
/// Generated `Payload` types of sent events build it with `to_send_event`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SendEvent {
    /// The event's wire name, e.g. `aw-chat-message-received-v1`.
    pub name: &'static str,
    /// The payload as JSON, with its `schemaVersion`.
    pub data: Value,
}

impl SendEvent {
    /// Serializes `payload` as the data of event `name`.
    pub fn new<P: Serialize + ?Sized>(
        name: &'static str,
        payload: &P,
    ) -> Result<Self, serde_json::Error> {
        Ok(SendEvent {
            name,
            data: serde_json::to_value(payload)?,
        })
    }
}
