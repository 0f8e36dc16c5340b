//! Fixture catalogs for the tests, generated here so that UI tests, fixture crates and the
//! integration tests can name their items from outside.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

// trybuild checks this crate again for its UI cases (with `--cfg trybuild`), which name
// `lifecycle` only: every other catalog here is left out of that build, whose largest cost it was.

/// A catalog with an active event in two schema versions, a deprecated-and-replaced event, a
/// sunset event, an active event with future deprecation and sunset dates, and a sent event.
pub mod lifecycle {
    events_core::include_catalog!("catalogs/lifecycle");
}

#[cfg(not(trybuild))]
/// The lifecycle catalog as of 2026-03-01: `agent-mood-v1` counts as deprecated.
pub mod lifecycle_in_march_2026 {
    events_core::include_catalog!("catalogs/lifecycle", reference_date = "2026-03-01");
}

#[cfg(not(trybuild))]
/// The lifecycle catalog as of 2026-07-01, with sunset events left out and decoded as unknown.
pub mod lifecycle_sunset_unknown {
    events_core::include_catalog!(
        "catalogs/lifecycle",
        reference_date = "2026-07-01",
        sunset = "unknown"
    );
}

#[cfg(not(trybuild))]
/// The lifecycle catalog with sunset events left out and refused when decoded.
pub mod lifecycle_sunset_reject {
    events_core::include_catalog!("catalogs/lifecycle", sunset = "reject");
}

#[cfg(not(trybuild))]
/// The lifecycle catalog with payload structs that keep unknown fields.
pub mod lifecycle_lossless {
    events_core::include_catalog!("catalogs/lifecycle", unknown_fields = "keep");
}

#[cfg(not(trybuild))]
/// One event per family of JSON Schema keywords, for the decoding tests of each keyword.
pub mod keywords {
    events_core::include_catalog!("catalogs/keywords");
}

#[cfg(not(trybuild))]
/// The keywords catalog with string enums that keep values the schema does not list.
pub mod keywords_open_enums {
    events_core::include_catalog!("catalogs/keywords", unknown_enum_values = "keep");
}

#[cfg(not(trybuild))]
/// The bundled catalog split over three shards and composed again, the way the crates of a
/// sharded catalog are (here modules, reached by `crate::` paths).
pub mod bundled_in_shards {
    events_core::include_catalog!(
        "../catalog",
        shards = "crate::bundled_in_shards::shards::part_{}/3"
    );

    /// The shards: the payload types of every third event each.
    pub mod shards {
        /// Shard 0 of 3.
        pub mod part_0 {
            events_core::include_catalog!("../catalog", shard = "0/3");
        }

        /// Shard 1 of 3.
        pub mod part_1 {
            events_core::include_catalog!("../catalog", shard = "1/3");
        }

        /// Shard 2 of 3.
        pub mod part_2 {
            events_core::include_catalog!("../catalog", shard = "2/3");
        }
    }
}

#[cfg(not(trybuild))]
/// Event names as vendors write them (`pull_request.opened`, `Microsoft.Storage.BlobCreated`
/// named `BlobCreated` by its row, `+1`), in a catalog without a naming convention.
pub mod vendor_event_names {
    events_core::include_catalog!("catalogs/accepted/vendor-event-names");
}

#[cfg(not(trybuild))]
/// Events as CloudEvents 1.0 (`"envelope": "cloudevents"`).
pub mod envelope_cloudevents {
    events_core::include_catalog!("catalogs/accepted/envelope-cloudevents");
}

#[cfg(not(trybuild))]
/// The name at `/type`, the payload at `/data/object`.
pub mod envelope_object_in_data {
    events_core::include_catalog!("catalogs/accepted/envelope-object-in-data");
}

#[cfg(not(trybuild))]
/// The name at `/event/type`, inside the payload at `/event`.
pub mod envelope_name_inside_payload {
    events_core::include_catalog!("catalogs/accepted/envelope-name-inside-payload");
}

#[cfg(not(trybuild))]
/// The message is the payload, naming itself at `/kind`.
pub mod envelope_bare_payload {
    events_core::include_catalog!("catalogs/accepted/envelope-bare-payload");
}

#[cfg(not(trybuild))]
/// Webhook deliveries: `issues` carries two events told apart by the payload's `action`.
pub mod selected_by_action {
    events_core::include_catalog!("catalogs/accepted/selected-by-action");
}

#[cfg(not(trybuild))]
/// Payloads that name their schema version at `/meta/version` (`version_field`).
pub mod version_field {
    events_core::include_catalog!("catalogs/accepted/version-field");
}

#[cfg(not(trybuild))]
/// Messages that say the payload's schema version outside it, at `/meta/schema`, with events
/// picked by `/action` among those delivered as `ticket`.
pub mod version_in_the_message {
    events_core::include_catalog!("catalogs/accepted/version-in-the-message");
}

#[cfg(not(trybuild))]
/// CloudEvents whose extension attribute `dataversion` says the payload's schema version.
pub mod cloudevents_version_extension {
    events_core::include_catalog!("catalogs/accepted/cloudevents-version-extension");
}

#[cfg(not(trybuild))]
/// `version-in-the-message` split over two shards and composed again: the shards' decoders take
/// the version the message says.
pub mod version_in_the_message_in_shards {
    events_core::include_catalog!(
        "catalogs/accepted/version-in-the-message",
        shards = "crate::version_in_the_message_in_shards::shards::part_{}/2"
    );

    /// The shards: the payload types of every other event each.
    pub mod shards {
        /// Shard 0 of 2.
        pub mod part_0 {
            events_core::include_catalog!(
                "catalogs/accepted/version-in-the-message",
                shard = "0/2"
            );
        }

        /// Shard 1 of 2.
        pub mod part_1 {
            events_core::include_catalog!(
                "catalogs/accepted/version-in-the-message",
                shard = "1/2"
            );
        }
    }
}

#[cfg(not(trybuild))]
/// Imported by `events import-asyncapi` from `data/asyncapi/parcels/` (AsyncAPI 3.0, YAML,
/// split over files).
pub mod asyncapi_parcels {
    events_core::include_catalog!("catalogs/asyncapi/parcels");
}

#[cfg(not(trybuild))]
/// Imported by `events import-asyncapi` from `data/asyncapi/chat/` (AsyncAPI 2.6, JSON, split
/// over files; messages named by their payload's `type`).
pub mod asyncapi_chat {
    events_core::include_catalog!("catalogs/asyncapi/chat");
}

#[cfg(not(trybuild))]
/// Imported by `events import-asyncapi` from `data/asyncapi/orders-cloudevents.yaml` (AsyncAPI
/// 3.1, CloudEvents in structured JSON).
pub mod asyncapi_orders {
    events_core::include_catalog!("catalogs/asyncapi/orders");
}
