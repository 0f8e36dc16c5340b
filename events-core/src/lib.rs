//! Typed events for vendor event catalogs.
//!
//! This crate holds three things:
//!
//! - the generated types of the bundled catalog, the 8x8 partner SDK events (`catalog/` in this
//!   crate, feature `catalog-8x8`): [`EventName`], [`Event`], [`Envelope`], [`CATALOG`] and one payload
//!   module per event, such as [`aw_interaction_mute_v1`];
//! - [`include_catalog!`], to generate the same items from a catalog of your own;
//! - the runtime types that generated code uses: [`EventInfo`], [`Status`], [`Date`],
//!   [`MessageEnvelope`], [`DecodeError`], [`UnknownEventName`].
//!
//! ```
//! use events_core::{Envelope, Event};
//!
//! let data = br#"{"type":"event","schemaVersion":"1.0.0","message":{
//!     "eventName":"aw-interaction-mute-v1",
//!     "value":{"interactionId":"int-42","schemaVersion":"1.0.0"}}}"#;
//! let envelope = Envelope::from_json(data)?;
//! match &envelope.message {
//!     Event::AwInteractionMuteV1(mute) => {
//!         let mute = mute.latest().expect("the latest schema version");
//!         assert_eq!(mute.interaction_id, "int-42");
//!     }
//!     // `Event` is non-exhaustive: a catalog update may add events.
//!     other => panic!("unexpected {}", other.name()),
//! }
//! # Ok::<(), events_core::DecodeError>(())
//! ```
//!
//! # Cargo features
//!
//! - `catalog-8x8` (default): the bundled 8x8 catalog's items above. Without it this crate is
//!   the runtime types and `include_catalog!` only, and builds in a fraction of the time:
//!   `events-core = { version = "0.1", default-features = false }` when you bring your own
//!   catalog.
//! - `pattern`: enforce the `pattern` keyword of catalogs that use it (brings `regex`).
//! - `idn`: check the `idn-hostname` and `idn-email` formats of catalogs that use them (brings
//!   the Unicode data of `icu_properties` and `icu_normalizer`).
//!
//! # What `include_catalog!` generates
//!
//! - `EventName`: one variant per row (`aw-interaction-mute-v1` → `AwInteractionMuteV1`), with
//!   `ALL`, `as_str`, `info`, `Display`, `FromStr` and serde as the wire string.
//! - One module per event (`aw_interaction_mute_v1`) with one module per schema version
//!   (`v1_0_0`) holding `Payload` and its nested types; `Payload` beside the version modules is
//!   the latest version.
//! - `Event`: one variant per event carrying its boxed `Versioned` payload (one variant per schema
//!   version, `latest()`), plus `Unknown` that keeps the name and
//!   the raw JSON of events the catalog does not know.
//! - `Envelope`: the whole message as the catalog's `envelope` says its events travel:
//!   [`MessageEnvelope`] of `Event` (8x8's `onMessage` data, the default), [`CloudEvent`] of
//!   `Event` (CloudEvents 1.0), or [`WireEnvelope`] of `Event` (the name and payload where JSON
//!   pointers say).
//! - `CATALOG`: the version table, one [`EventInfo`] per row, usable in `const` context.
//! - `#[deprecated]` on the `EventName` and `Event` variants and the `Payload` types of
//!   deprecated and sunset events, so that code naming them gets a warning with the dates and
//!   the replacement.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Generated code names this crate `::events_core`, including the bundled catalog's code here.
extern crate self as events_core;

mod checks;
mod cloudevent;
mod enums;
mod envelope;
mod error;
mod event;
mod info;
mod integer;
mod number;
mod object;
mod outbound;
mod path;
mod raw;
mod reconcile;
mod rules;
#[cfg(feature = "runtime")]
pub mod runtime;
mod unions;
mod versioned;
mod wire;

pub use cloudevent::{CLOUDEVENTS_SPEC_VERSION, CloudEvent, ExtensionValue};
pub use envelope::{
    ENVELOPE_SCHEMA_VERSION, MessageEnvelope, MessageKind, decode, decode_event, decode_parts,
    decode_parts_with_version, decode_value,
};
pub use error::{DecodeError, UnknownEventName, UnsupportedSchemaVersion};
pub use event::CatalogEvent;
pub use events_macros::include_catalog;
pub use info::{Date, Direction, EventInfo, Status};
pub use integer::Integer;
pub use number::{InvalidNumber, Number};
pub use outbound::SendEvent;
pub use raw::RawJson;
pub use reconcile::{AvailableEvent, Reconciliation, UnknownEvent};
/// The JSON library the generated types use, for encoding them and for untyped values.
pub use serde_json as json;
/// Any JSON value, untyped: what [`RawJson::to_value`] gives for an unknown event or a `{}` field.
pub use serde_json::Value;
pub use wire::{Member, Members, WireEnvelope, WireShape};

/// Items for generated code only; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::checks::{
        Check, Checked, Json, Schema, check_kept, decode_kept_object, json_type,
    };
    pub use crate::enums::{
        deserialize_json_literal, deserialize_open_str_enum, deserialize_str_enum,
        serialize_json_literal,
    };
    pub use crate::event::{
        CatalogEvent, deserialize_event, deserialize_from_str, serialize_event,
    };
    pub use crate::object::{
        ObjectBuilder, UnknownKeys, default_value, deserialize_object, keep_unknown,
        read_additional, read_field, required,
    };
    pub use crate::rules::{
        AnyInteger, Decimal, Entries, Integer, Items, Nullable, Pattern, Plain, Text,
        no_more_items, optional_item, required_item,
    };
    pub use crate::unions::{choose_branch, decode_branch, tagged_branch, try_branch};
    pub use crate::versioned::{
        check_version, deserialize_in_shard, deserialize_selected, deserialize_versioned,
        payload_from_json, payload_from_json_with, version_refused,
    };
    pub use events_facts::{Format, name_hash};
    #[cfg(feature = "pattern")]
    pub use regex;
    pub use serde;
}

#[cfg(feature = "catalog-8x8")]
include_catalog!("catalog");
