// @generated: prettyplease expansion of include_catalog!() on catalogs/lifecycle/.
// Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p events-tests expansion`.

/// The name of an event of the catalog, as a fieldless enum.
///
/// Serializes as, and parses from, the wire name (`as_str`). Non-exhaustive: a catalog
/// update may add events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EventName {
    /// `agent-presence-v1`: The agent's presence changed.
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `agent-presence-v1` |
    /// | status | active |
    /// | schema versions | 1.0.0, 1.1.0 |
    /// | direction | received |
    /// | active | 2025-06-01 |
    AgentPresenceV1,
    /// `agent-status-v1`: The agent's status changed (superseded by presence).
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `agent-status-v1` |
    /// | status | deprecated |
    /// | schema versions | 1.0.0 |
    /// | direction | received |
    /// | active | 2025-01-15 |
    /// | deprecated | 2025-06-01 |
    /// | sunset | 2026-06-01 |
    /// | replaced by | `agent-presence-v1` |
    #[deprecated(
        note = "`agent-status-v1` is deprecated since 2025-06-01; sunset date 2026-06-01; use `agent-presence-v1` instead"
    )]
    AgentStatusV1,
    /// `legacy-ping-v1`: A keep-alive that is no longer sent.
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `legacy-ping-v1` |
    /// | status | sunset |
    /// | schema versions | 1.0.0 |
    /// | direction | received |
    /// | active | 2024-01-01 |
    /// | deprecated | 2024-06-01 |
    /// | sunset | 2025-01-01 |
    #[deprecated(
        note = "`legacy-ping-v1` is sunset; sunset date 2025-01-01; no replacement is listed"
    )]
    LegacyPingV1,
    /// `agent-mood-v1`: The agent's mood; announced to be deprecated in 2026 and sunset later that year.
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `agent-mood-v1` |
    /// | status | active |
    /// | schema versions | 1.0.0 |
    /// | direction | received |
    /// | active | 2025-03-01 |
    /// | deprecated | 2026-01-01 |
    /// | sunset | 2026-06-01 |
    /// | replaced by | `agent-presence-v1` |
    AgentMoodV1,
    /// `agent-note-v1`: A note the partner app attaches to an interaction.
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `agent-note-v1` |
    /// | status | active |
    /// | schema versions | 1.0.0 |
    /// | direction | sent |
    /// | active | 2025-06-01 |
    AgentNoteV1,
}
#[allow(deprecated)]
impl EventName {
    /// Every event of the catalog, in catalog order.
    pub const ALL: &'static [EventName] = &[
        EventName::AgentPresenceV1,
        EventName::AgentStatusV1,
        EventName::LegacyPingV1,
        EventName::AgentMoodV1,
        EventName::AgentNoteV1,
    ];
    /// The wire name, e.g. `aw-interaction-mute-v1`.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventName::AgentPresenceV1 => "agent-presence-v1",
            EventName::AgentStatusV1 => "agent-status-v1",
            EventName::LegacyPingV1 => "legacy-ping-v1",
            EventName::AgentMoodV1 => "agent-mood-v1",
            EventName::AgentNoteV1 => "agent-note-v1",
        }
    }
    /// The event that replaces this one, when the catalog names one that this build has.
    pub const fn replaced_by(self) -> ::core::option::Option<EventName> {
        match self {
            EventName::AgentStatusV1 => {
                ::core::option::Option::Some(EventName::AgentPresenceV1)
            }
            EventName::AgentMoodV1 => {
                ::core::option::Option::Some(EventName::AgentPresenceV1)
            }
            _ => ::core::option::Option::None,
        }
    }
    /// The catalog row of this event: versions, status, dates and description.
    pub const fn info(self) -> &'static ::events_core::EventInfo {
        match self {
            EventName::AgentPresenceV1 => &CATALOG[0usize],
            EventName::AgentStatusV1 => &CATALOG[1usize],
            EventName::LegacyPingV1 => &CATALOG[2usize],
            EventName::AgentMoodV1 => &CATALOG[3usize],
            EventName::AgentNoteV1 => &CATALOG[4usize],
        }
    }
}
#[allow(deprecated)]
impl ::core::fmt::Display for EventName {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
#[allow(deprecated)]
impl ::core::str::FromStr for EventName {
    type Err = ::events_core::UnknownEventName;
    fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
        match ::events_core::__private::name_hash(name) {
            5092362460793309201u64 if name == "agent-presence-v1" => {
                ::core::result::Result::Ok(EventName::AgentPresenceV1)
            }
            8354223131547812897u64 if name == "agent-status-v1" => {
                ::core::result::Result::Ok(EventName::AgentStatusV1)
            }
            16571059041762825329u64 if name == "legacy-ping-v1" => {
                ::core::result::Result::Ok(EventName::LegacyPingV1)
            }
            9556500079004599461u64 if name == "agent-mood-v1" => {
                ::core::result::Result::Ok(EventName::AgentMoodV1)
            }
            16416492500871918451u64 if name == "agent-note-v1" => {
                ::core::result::Result::Ok(EventName::AgentNoteV1)
            }
            _ => ::core::result::Result::Err(::events_core::UnknownEventName::new(name)),
        }
    }
}
#[allow(deprecated)]
impl ::events_core::__private::serde::Serialize for EventName {
    fn serialize<__S: ::events_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[allow(deprecated)]
impl<'de> ::events_core::__private::serde::Deserialize<'de> for EventName {
    fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::events_core::__private::deserialize_from_str(deserializer)
    }
}
/// The version table: one row per event, in the order of `EventName::ALL`.
///
/// | event | direction | schema versions | status | active | deprecated | sunset |
/// | --- | --- | --- | --- | --- | --- | --- |
/// | `agent-presence-v1` | received | 1.0.0, 1.1.0 | active | 2025-06-01 | - | - |
/// | `agent-status-v1` | received | 1.0.0 | deprecated | 2025-01-15 | 2025-06-01 | 2026-06-01 |
/// | `legacy-ping-v1` | received | 1.0.0 | sunset | 2024-01-01 | 2024-06-01 | 2025-01-01 |
/// | `agent-mood-v1` | received | 1.0.0 | active | 2025-03-01 | 2026-01-01 | 2026-06-01 |
/// | `agent-note-v1` | sent | 1.0.0 | active | 2025-06-01 | - | - |
#[allow(deprecated)]
pub const CATALOG: &[::events_core::EventInfo] = &[
    ::events_core::EventInfo {
        name: "agent-presence-v1",
        description: "The agent's presence changed.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0", "1.1.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 6u8, 1u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "agent-status-v1",
        description: "The agent's status changed (superseded by presence).",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Deprecated,
        active_date: ::events_core::Date::__from_catalog(2025u16, 1u8, 15u8),
        deprecation_date: ::core::option::Option::Some(
            ::events_core::Date::__from_catalog(2025u16, 6u8, 1u8),
        ),
        sunset_date: ::core::option::Option::Some(
            ::events_core::Date::__from_catalog(2026u16, 6u8, 1u8),
        ),
        replaced_by: ::core::option::Option::Some("agent-presence-v1"),
    },
    ::events_core::EventInfo {
        name: "legacy-ping-v1",
        description: "A keep-alive that is no longer sent.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Sunset,
        active_date: ::events_core::Date::__from_catalog(2024u16, 1u8, 1u8),
        deprecation_date: ::core::option::Option::Some(
            ::events_core::Date::__from_catalog(2024u16, 6u8, 1u8),
        ),
        sunset_date: ::core::option::Option::Some(
            ::events_core::Date::__from_catalog(2025u16, 1u8, 1u8),
        ),
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "agent-mood-v1",
        description: "The agent's mood; announced to be deprecated in 2026 and sunset later that year.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 1u8),
        deprecation_date: ::core::option::Option::Some(
            ::events_core::Date::__from_catalog(2026u16, 1u8, 1u8),
        ),
        sunset_date: ::core::option::Option::Some(
            ::events_core::Date::__from_catalog(2026u16, 6u8, 1u8),
        ),
        replaced_by: ::core::option::Option::Some("agent-presence-v1"),
    },
    ::events_core::EventInfo {
        name: "agent-note-v1",
        description: "A note the partner app attaches to an interaction.",
        direction: ::events_core::Direction::Sent,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 6u8, 1u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
];
/// An event as delivered in the `message` of an SDK `onMessage` call:
/// `{"eventName": …, "value": …}`, with the payload typed by the catalog.
///
/// Decoding never fails because the name is unknown: such events become
/// [`Event::Unknown`] and keep their payload. A known name with a payload that does not
/// match its schema is an error naming the field, e.g. `value.direction`.
///
/// Each variant carries its event's `Versioned` payload, whatever the number of schema
/// versions. Non-exhaustive: a catalog update may add events.
#[derive(Debug, Clone, PartialEq)]
#[allow(deprecated)]
#[non_exhaustive]
pub enum Event {
    /// `agent-presence-v1`: The agent's presence changed.
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `agent-presence-v1` |
    /// | status | active |
    /// | schema versions | 1.0.0, 1.1.0 |
    /// | direction | received |
    /// | active | 2025-06-01 |
    AgentPresenceV1(::std::boxed::Box<agent_presence_v1::Versioned>),
    /// `agent-status-v1`: The agent's status changed (superseded by presence).
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `agent-status-v1` |
    /// | status | deprecated |
    /// | schema versions | 1.0.0 |
    /// | direction | received |
    /// | active | 2025-01-15 |
    /// | deprecated | 2025-06-01 |
    /// | sunset | 2026-06-01 |
    /// | replaced by | `agent-presence-v1` |
    #[deprecated(
        note = "`agent-status-v1` is deprecated since 2025-06-01; sunset date 2026-06-01; use `agent-presence-v1` instead"
    )]
    AgentStatusV1(::std::boxed::Box<agent_status_v1::Versioned>),
    /// `legacy-ping-v1`: A keep-alive that is no longer sent.
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `legacy-ping-v1` |
    /// | status | sunset |
    /// | schema versions | 1.0.0 |
    /// | direction | received |
    /// | active | 2024-01-01 |
    /// | deprecated | 2024-06-01 |
    /// | sunset | 2025-01-01 |
    #[deprecated(
        note = "`legacy-ping-v1` is sunset; sunset date 2025-01-01; no replacement is listed"
    )]
    LegacyPingV1(::std::boxed::Box<legacy_ping_v1::Versioned>),
    /// `agent-mood-v1`: The agent's mood; announced to be deprecated in 2026 and sunset later that year.
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `agent-mood-v1` |
    /// | status | active |
    /// | schema versions | 1.0.0 |
    /// | direction | received |
    /// | active | 2025-03-01 |
    /// | deprecated | 2026-01-01 |
    /// | sunset | 2026-06-01 |
    /// | replaced by | `agent-presence-v1` |
    AgentMoodV1(::std::boxed::Box<agent_mood_v1::Versioned>),
    /// `agent-note-v1`: A note the partner app attaches to an interaction.
    ///
    /// | catalog | |
    /// | --- | --- |
    /// | wire name | `agent-note-v1` |
    /// | status | active |
    /// | schema versions | 1.0.0 |
    /// | direction | sent |
    /// | active | 2025-06-01 |
    AgentNoteV1(::std::boxed::Box<agent_note_v1::Versioned>),
    /// An event this catalog does not know, kept exactly as received.
    Unknown {
        /// The event name as received.
        event_name: ::std::string::String,
        /// The payload, exactly as received.
        value: ::events_core::RawJson,
    },
}
#[allow(deprecated)]
impl Event {
    /// The event's wire name.
    pub fn name(&self) -> &str {
        match self {
            Event::AgentPresenceV1(_) => EventName::AgentPresenceV1.as_str(),
            Event::AgentStatusV1(_) => EventName::AgentStatusV1.as_str(),
            Event::LegacyPingV1(_) => EventName::LegacyPingV1.as_str(),
            Event::AgentMoodV1(_) => EventName::AgentMoodV1.as_str(),
            Event::AgentNoteV1(_) => EventName::AgentNoteV1.as_str(),
            Event::Unknown { event_name, .. } => event_name,
        }
    }
    /// The event's name, or `None` for an [`Event::Unknown`].
    pub fn event_name(&self) -> ::core::option::Option<EventName> {
        match self {
            Event::AgentPresenceV1(_) => {
                ::core::option::Option::Some(EventName::AgentPresenceV1)
            }
            Event::AgentStatusV1(_) => {
                ::core::option::Option::Some(EventName::AgentStatusV1)
            }
            Event::LegacyPingV1(_) => {
                ::core::option::Option::Some(EventName::LegacyPingV1)
            }
            Event::AgentMoodV1(_) => ::core::option::Option::Some(EventName::AgentMoodV1),
            Event::AgentNoteV1(_) => ::core::option::Option::Some(EventName::AgentNoteV1),
            Event::Unknown { .. } => ::core::option::Option::None,
        }
    }
    /// Decodes an event from the JSON of an SDK `message`; errors name the field path.
    pub fn from_json(
        json: &[u8],
    ) -> ::core::result::Result<Self, ::events_core::DecodeError> {
        ::events_core::decode_event(json)
    }
}
#[allow(deprecated)]
impl ::events_core::__private::CatalogEvent for Event {
    type Name = EventName;
    fn lookup(name: &str) -> ::core::option::Option<EventName> {
        name.parse().ok()
    }
    fn info(name: EventName) -> &'static ::events_core::EventInfo {
        name.info()
    }
    fn rejection(name: &str) -> ::core::option::Option<&'static str> {
        let _ = name;
        ::core::option::Option::None
    }
    fn deserialize_payload<'de, D: ::events_core::__private::serde::Deserializer<'de>>(
        name: EventName,
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        match name {
            EventName::AgentPresenceV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AgentPresenceV1)
            }
            EventName::AgentStatusV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AgentStatusV1)
            }
            EventName::LegacyPingV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::LegacyPingV1)
            }
            EventName::AgentMoodV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AgentMoodV1)
            }
            EventName::AgentNoteV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AgentNoteV1)
            }
        }
    }
    fn unknown(
        event_name: ::std::string::String,
        value: ::events_core::RawJson,
    ) -> Self {
        Event::Unknown {
            event_name,
            value,
        }
    }
}
#[allow(deprecated)]
impl ::events_core::__private::serde::Serialize for Event {
    fn serialize<__S: ::events_core::__private::serde::Serializer>(
        &self,
        serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        match self {
            Event::AgentPresenceV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AgentPresenceV1.as_str(),
                    payload,
                )
            }
            Event::AgentStatusV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AgentStatusV1.as_str(),
                    payload,
                )
            }
            Event::LegacyPingV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::LegacyPingV1.as_str(),
                    payload,
                )
            }
            Event::AgentMoodV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AgentMoodV1.as_str(),
                    payload,
                )
            }
            Event::AgentNoteV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AgentNoteV1.as_str(),
                    payload,
                )
            }
            Event::Unknown { event_name, value } => {
                ::events_core::__private::serialize_event(serializer, event_name, value)
            }
        }
    }
}
#[allow(deprecated)]
impl<'de> ::events_core::__private::serde::Deserialize<'de> for Event {
    fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        ::events_core::__private::deserialize_event(deserializer)
    }
}
/// The whole data of an SDK `onMessage` call for an event:
/// `{"type": "event", "schemaVersion": …, "message": {…}}`.
pub type Envelope = ::events_core::MessageEnvelope<Event>;
/// Payload types of `agent-presence-v1`: The agent's presence changed.
///
/// One module per schema version; `Payload` is the latest.
///
/// | catalog | |
/// | --- | --- |
/// | wire name | `agent-presence-v1` |
/// | status | active |
/// | schema versions | 1.0.0, 1.1.0 |
/// | direction | received |
/// | active | 2025-06-01 |
#[allow(deprecated)]
pub mod agent_presence_v1 {
    /// The payload of the latest schema version, 1.1.0.
    pub type Payload = v1_1_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_1_0::Presence;
    /// The payload of `agent-presence-v1` in any of its schema versions, chosen by its `schemaVersion`.
    ///
    /// Non-exhaustive: a catalog update may add schema versions.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Versioned {
        /// Schema version 1.0.0.
        V1_0_0(v1_0_0::Payload),
        /// Schema version 1.1.0.
        V1_1_0(v1_1_0::Payload),
    }
    #[allow(deprecated)]
    impl Versioned {
        /// The schema version of this payload.
        pub const fn schema_version(&self) -> &'static str {
            match self {
                Versioned::V1_0_0(_) => "1.0.0",
                Versioned::V1_1_0(_) => "1.1.0",
            }
        }
        /// The payload if it is of the latest schema version, 1.1.0.
        pub fn latest(&self) -> ::core::option::Option<&Payload> {
            match self {
                Versioned::V1_1_0(payload) => ::core::option::Option::Some(payload),
                #[allow(unreachable_patterns)]
                _ => ::core::option::Option::None,
            }
        }
    }
    #[allow(deprecated)]
    impl ::events_core::__private::serde::Serialize for Versioned {
        fn serialize<__S: ::events_core::__private::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> ::core::result::Result<__S::Ok, __S::Error> {
            match self {
                Versioned::V1_0_0(payload) => {
                    ::events_core::__private::serde::Serialize::serialize(
                        payload,
                        serializer,
                    )
                }
                Versioned::V1_1_0(payload) => {
                    ::events_core::__private::serde::Serialize::serialize(
                        payload,
                        serializer,
                    )
                }
            }
        }
    }
    #[allow(deprecated)]
    impl<'de> ::events_core::__private::serde::Deserialize<'de> for Versioned {
        fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> ::core::result::Result<Self, __D::Error> {
            ::events_core::__private::deserialize_versioned(
                deserializer,
                "agent-presence-v1",
                &["1.0.0", "1.1.0"],
                |version, raw| match version {
                    "1.0.0" => {
                        ::core::option::Option::Some(
                            ::events_core::__private::payload_from_json(raw)
                                .map(Versioned::V1_0_0),
                        )
                    }
                    "1.1.0" => {
                        ::core::option::Option::Some(
                            ::events_core::__private::payload_from_json(raw)
                                .map(Versioned::V1_1_0),
                        )
                    }
                    _ => ::core::option::Option::None,
                },
            )
        }
    }
    /// Schema version 1.0.0 of `agent-presence-v1`.
    pub mod v1_0_0 {
        /// The new presence.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Presence {
            /// `available`
            Available,
            /// `busy`
            Busy,
            /// `away`
            Away,
        }
        #[allow(deprecated)]
        impl Presence {
            /// Every value, in schema order.
            pub const ALL: &'static [Presence] = &[
                Presence::Available,
                Presence::Busy,
                Presence::Away,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Presence::Available => "available",
                    Presence::Busy => "busy",
                    Presence::Away => "away",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "available" => ::core::option::Option::Some(Presence::Available),
                    "busy" => ::core::option::Option::Some(Presence::Busy),
                    "away" => ::core::option::Option::Some(Presence::Away),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Presence {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Presence {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["available", "busy", "away"],
                    Presence::from_wire,
                )
            }
        }
        /// Version of this payload's schema.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum SchemaVersion {
            /// `1.0.0`
            #[default]
            V1_0_0,
        }
        #[allow(deprecated)]
        impl SchemaVersion {
            /// Every value, in schema order.
            pub const ALL: &'static [SchemaVersion] = &[SchemaVersion::V1_0_0];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    SchemaVersion::V1_0_0 => "1.0.0",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "1.0.0" => ::core::option::Option::Some(SchemaVersion::V1_0_0),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for SchemaVersion {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for SchemaVersion {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["1.0.0"],
                    SchemaVersion::from_wire,
                )
            }
        }
        /// The agent's presence changed.
        ///
        /// Non-exhaustive: a catalog update may add optional fields.
        #[derive(
            Debug,
            Clone,
            PartialEq,
            Eq,
            ::events_core::__private::serde::Serialize
        )]
        #[serde(crate = "::events_core::__private::serde")]
        #[non_exhaustive]
        pub struct Payload {
            /// The new presence.
            ///
            /// Wire name: `presence`.
            #[serde(rename = "presence")]
            pub presence: Presence,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<Presence>,
                    field_1: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `agent-presence-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "presence",
                        "schemaVersion",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "presence" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "presence",
                                    map,
                                    ::events_core::__private::Plain::<Presence>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Payload, __E> {
                        ::core::result::Result::Ok(Payload {
                            presence: ::events_core::__private::required(
                                self.field_0,
                                "presence",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_1,
                                "schemaVersion",
                            )?,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
    }
    /// Schema version 1.1.0 of `agent-presence-v1`.
    pub mod v1_1_0 {
        /// The new presence.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Presence {
            /// `available`
            Available,
            /// `busy`
            Busy,
            /// `away`
            Away,
            /// `offline`
            Offline,
        }
        #[allow(deprecated)]
        impl Presence {
            /// Every value, in schema order.
            pub const ALL: &'static [Presence] = &[
                Presence::Available,
                Presence::Busy,
                Presence::Away,
                Presence::Offline,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Presence::Available => "available",
                    Presence::Busy => "busy",
                    Presence::Away => "away",
                    Presence::Offline => "offline",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "available" => ::core::option::Option::Some(Presence::Available),
                    "busy" => ::core::option::Option::Some(Presence::Busy),
                    "away" => ::core::option::Option::Some(Presence::Away),
                    "offline" => ::core::option::Option::Some(Presence::Offline),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Presence {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Presence {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["available", "busy", "away", "offline"],
                    Presence::from_wire,
                )
            }
        }
        /// Version of this payload's schema.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum SchemaVersion {
            /// `1.1.0`
            #[default]
            V1_1_0,
        }
        #[allow(deprecated)]
        impl SchemaVersion {
            /// Every value, in schema order.
            pub const ALL: &'static [SchemaVersion] = &[SchemaVersion::V1_1_0];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    SchemaVersion::V1_1_0 => "1.1.0",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "1.1.0" => ::core::option::Option::Some(SchemaVersion::V1_1_0),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for SchemaVersion {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for SchemaVersion {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["1.1.0"],
                    SchemaVersion::from_wire,
                )
            }
        }
        /// The agent's presence changed; 1.1.0 adds `offline` and an optional note.
        ///
        /// Non-exhaustive: a catalog update may add optional fields.
        #[derive(
            Debug,
            Clone,
            PartialEq,
            Eq,
            ::events_core::__private::serde::Serialize
        )]
        #[serde(crate = "::events_core::__private::serde")]
        #[non_exhaustive]
        pub struct Payload {
            /// Why the presence changed.
            ///
            /// Wire name: `note`.
            #[serde(
                rename = "note",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub note: ::core::option::Option<::std::string::String>,
            /// The new presence.
            ///
            /// Wire name: `presence`.
            #[serde(rename = "presence")]
            pub presence: Presence,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<Presence>,
                    field_2: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `agent-presence-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "note",
                        "presence",
                        "schemaVersion",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "note" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "note",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "presence" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "presence",
                                    map,
                                    ::events_core::__private::Plain::<Presence>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Payload, __E> {
                        ::core::result::Result::Ok(Payload {
                            note: self.field_0,
                            presence: ::events_core::__private::required(
                                self.field_1,
                                "presence",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_2,
                                "schemaVersion",
                            )?,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
    }
}
/// Payload types of `agent-status-v1`: The agent's status changed (superseded by presence).
///
/// One module per schema version; `Payload` is the latest.
///
/// | catalog | |
/// | --- | --- |
/// | wire name | `agent-status-v1` |
/// | status | deprecated |
/// | schema versions | 1.0.0 |
/// | direction | received |
/// | active | 2025-01-15 |
/// | deprecated | 2025-06-01 |
/// | sunset | 2026-06-01 |
/// | replaced by | `agent-presence-v1` |
#[allow(deprecated)]
pub mod agent_status_v1 {
    /// The payload of the latest schema version, 1.0.0.
    #[deprecated(
        note = "`agent-status-v1` is deprecated since 2025-06-01; sunset date 2026-06-01; use `agent-presence-v1` instead"
    )]
    pub type Payload = v1_0_0::Payload;
    /// The payload of `agent-status-v1` in any of its schema versions, chosen by its `schemaVersion`.
    ///
    /// Non-exhaustive: a catalog update may add schema versions.
    #[deprecated(
        note = "`agent-status-v1` is deprecated since 2025-06-01; sunset date 2026-06-01; use `agent-presence-v1` instead"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Versioned {
        /// Schema version 1.0.0.
        V1_0_0(v1_0_0::Payload),
    }
    #[allow(deprecated)]
    impl Versioned {
        /// The schema version of this payload.
        pub const fn schema_version(&self) -> &'static str {
            match self {
                Versioned::V1_0_0(_) => "1.0.0",
            }
        }
        /// The payload if it is of the latest schema version, 1.0.0.
        pub fn latest(&self) -> ::core::option::Option<&Payload> {
            match self {
                Versioned::V1_0_0(payload) => ::core::option::Option::Some(payload),
                #[allow(unreachable_patterns)]
                _ => ::core::option::Option::None,
            }
        }
    }
    #[allow(deprecated)]
    impl ::events_core::__private::serde::Serialize for Versioned {
        fn serialize<__S: ::events_core::__private::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> ::core::result::Result<__S::Ok, __S::Error> {
            match self {
                Versioned::V1_0_0(payload) => {
                    ::events_core::__private::serde::Serialize::serialize(
                        payload,
                        serializer,
                    )
                }
            }
        }
    }
    #[allow(deprecated)]
    impl<'de> ::events_core::__private::serde::Deserialize<'de> for Versioned {
        fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> ::core::result::Result<Self, __D::Error> {
            <v1_0_0::Payload as ::events_core::__private::serde::Deserialize>::deserialize(
                    deserializer,
                )
                .map(Versioned::V1_0_0)
        }
    }
    /// Schema version 1.0.0 of `agent-status-v1`.
    pub mod v1_0_0 {
        /// Version of this payload's schema.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum SchemaVersion {
            /// `1.0.0`
            #[default]
            V1_0_0,
        }
        #[allow(deprecated)]
        impl SchemaVersion {
            /// Every value, in schema order.
            pub const ALL: &'static [SchemaVersion] = &[SchemaVersion::V1_0_0];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    SchemaVersion::V1_0_0 => "1.0.0",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "1.0.0" => ::core::option::Option::Some(SchemaVersion::V1_0_0),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for SchemaVersion {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for SchemaVersion {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["1.0.0"],
                    SchemaVersion::from_wire,
                )
            }
        }
        /// The agent's status changed.
        ///
        /// Non-exhaustive: a catalog update may add optional fields.
        #[deprecated(
            note = "`agent-status-v1` is deprecated since 2025-06-01; sunset date 2026-06-01; use `agent-presence-v1` instead"
        )]
        #[derive(
            Debug,
            Clone,
            PartialEq,
            Eq,
            ::events_core::__private::serde::Serialize
        )]
        #[serde(crate = "::events_core::__private::serde")]
        #[non_exhaustive]
        pub struct Payload {
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// The new status.
            ///
            /// Wire name: `status`.
            #[serde(rename = "status")]
            pub status: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<SchemaVersion>,
                    field_1: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `agent-status-v1` payload object";
                    const FIELDS: &'static [&'static str] = &["schemaVersion", "status"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "status" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "status",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Payload, __E> {
                        ::core::result::Result::Ok(Payload {
                            schema_version: ::events_core::__private::required(
                                self.field_0,
                                "schemaVersion",
                            )?,
                            status: ::events_core::__private::required(
                                self.field_1,
                                "status",
                            )?,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
    }
}
/// Payload types of `legacy-ping-v1`: A keep-alive that is no longer sent.
///
/// One module per schema version; `Payload` is the latest.
///
/// | catalog | |
/// | --- | --- |
/// | wire name | `legacy-ping-v1` |
/// | status | sunset |
/// | schema versions | 1.0.0 |
/// | direction | received |
/// | active | 2024-01-01 |
/// | deprecated | 2024-06-01 |
/// | sunset | 2025-01-01 |
#[allow(deprecated)]
pub mod legacy_ping_v1 {
    /// The payload of the latest schema version, 1.0.0.
    #[deprecated(
        note = "`legacy-ping-v1` is sunset; sunset date 2025-01-01; no replacement is listed"
    )]
    pub type Payload = v1_0_0::Payload;
    /// The payload of `legacy-ping-v1` in any of its schema versions, chosen by its `schemaVersion`.
    ///
    /// Non-exhaustive: a catalog update may add schema versions.
    #[deprecated(
        note = "`legacy-ping-v1` is sunset; sunset date 2025-01-01; no replacement is listed"
    )]
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Versioned {
        /// Schema version 1.0.0.
        V1_0_0(v1_0_0::Payload),
    }
    #[allow(deprecated)]
    impl Versioned {
        /// The schema version of this payload.
        pub const fn schema_version(&self) -> &'static str {
            match self {
                Versioned::V1_0_0(_) => "1.0.0",
            }
        }
        /// The payload if it is of the latest schema version, 1.0.0.
        pub fn latest(&self) -> ::core::option::Option<&Payload> {
            match self {
                Versioned::V1_0_0(payload) => ::core::option::Option::Some(payload),
                #[allow(unreachable_patterns)]
                _ => ::core::option::Option::None,
            }
        }
    }
    #[allow(deprecated)]
    impl ::events_core::__private::serde::Serialize for Versioned {
        fn serialize<__S: ::events_core::__private::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> ::core::result::Result<__S::Ok, __S::Error> {
            match self {
                Versioned::V1_0_0(payload) => {
                    ::events_core::__private::serde::Serialize::serialize(
                        payload,
                        serializer,
                    )
                }
            }
        }
    }
    #[allow(deprecated)]
    impl<'de> ::events_core::__private::serde::Deserialize<'de> for Versioned {
        fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> ::core::result::Result<Self, __D::Error> {
            <v1_0_0::Payload as ::events_core::__private::serde::Deserialize>::deserialize(
                    deserializer,
                )
                .map(Versioned::V1_0_0)
        }
    }
    /// Schema version 1.0.0 of `legacy-ping-v1`.
    pub mod v1_0_0 {
        /// The literal `1.0.0`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum SchemaVersion {
            /// `1.0.0`
            #[default]
            V1_0_0,
        }
        #[allow(deprecated)]
        impl SchemaVersion {
            /// Every value, in schema order.
            pub const ALL: &'static [SchemaVersion] = &[SchemaVersion::V1_0_0];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    SchemaVersion::V1_0_0 => "1.0.0",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "1.0.0" => ::core::option::Option::Some(SchemaVersion::V1_0_0),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for SchemaVersion {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for SchemaVersion {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["1.0.0"],
                    SchemaVersion::from_wire,
                )
            }
        }
        /// The payload of `legacy-ping-v1`, schema version 1.0.0.
        ///
        /// Non-exhaustive: a catalog update may add optional fields.
        #[deprecated(
            note = "`legacy-ping-v1` is sunset; sunset date 2025-01-01; no replacement is listed"
        )]
        #[derive(
            Debug,
            Clone,
            PartialEq,
            Eq,
            ::events_core::__private::serde::Serialize
        )]
        #[serde(crate = "::events_core::__private::serde")]
        #[non_exhaustive]
        pub struct Payload {
            /// The `schemaVersion` property.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `legacy-ping-v1` payload object";
                    const FIELDS: &'static [&'static str] = &["schemaVersion"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Payload, __E> {
                        ::core::result::Result::Ok(Payload {
                            schema_version: ::events_core::__private::required(
                                self.field_0,
                                "schemaVersion",
                            )?,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
    }
}
/// Payload types of `agent-mood-v1`: The agent's mood; announced to be deprecated in 2026 and sunset later that year.
///
/// One module per schema version; `Payload` is the latest.
///
/// | catalog | |
/// | --- | --- |
/// | wire name | `agent-mood-v1` |
/// | status | active |
/// | schema versions | 1.0.0 |
/// | direction | received |
/// | active | 2025-03-01 |
/// | deprecated | 2026-01-01 |
/// | sunset | 2026-06-01 |
/// | replaced by | `agent-presence-v1` |
#[allow(deprecated)]
pub mod agent_mood_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `agent-mood-v1` in any of its schema versions, chosen by its `schemaVersion`.
    ///
    /// Non-exhaustive: a catalog update may add schema versions.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Versioned {
        /// Schema version 1.0.0.
        V1_0_0(v1_0_0::Payload),
    }
    #[allow(deprecated)]
    impl Versioned {
        /// The schema version of this payload.
        pub const fn schema_version(&self) -> &'static str {
            match self {
                Versioned::V1_0_0(_) => "1.0.0",
            }
        }
        /// The payload if it is of the latest schema version, 1.0.0.
        pub fn latest(&self) -> ::core::option::Option<&Payload> {
            match self {
                Versioned::V1_0_0(payload) => ::core::option::Option::Some(payload),
                #[allow(unreachable_patterns)]
                _ => ::core::option::Option::None,
            }
        }
    }
    #[allow(deprecated)]
    impl ::events_core::__private::serde::Serialize for Versioned {
        fn serialize<__S: ::events_core::__private::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> ::core::result::Result<__S::Ok, __S::Error> {
            match self {
                Versioned::V1_0_0(payload) => {
                    ::events_core::__private::serde::Serialize::serialize(
                        payload,
                        serializer,
                    )
                }
            }
        }
    }
    #[allow(deprecated)]
    impl<'de> ::events_core::__private::serde::Deserialize<'de> for Versioned {
        fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> ::core::result::Result<Self, __D::Error> {
            <v1_0_0::Payload as ::events_core::__private::serde::Deserialize>::deserialize(
                    deserializer,
                )
                .map(Versioned::V1_0_0)
        }
    }
    /// Schema version 1.0.0 of `agent-mood-v1`.
    pub mod v1_0_0 {
        /// The literal `1.0.0`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum SchemaVersion {
            /// `1.0.0`
            #[default]
            V1_0_0,
        }
        #[allow(deprecated)]
        impl SchemaVersion {
            /// Every value, in schema order.
            pub const ALL: &'static [SchemaVersion] = &[SchemaVersion::V1_0_0];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    SchemaVersion::V1_0_0 => "1.0.0",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "1.0.0" => ::core::option::Option::Some(SchemaVersion::V1_0_0),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for SchemaVersion {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for SchemaVersion {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["1.0.0"],
                    SchemaVersion::from_wire,
                )
            }
        }
        /// The payload of `agent-mood-v1`, schema version 1.0.0.
        ///
        /// Non-exhaustive: a catalog update may add optional fields.
        #[derive(
            Debug,
            Clone,
            PartialEq,
            Eq,
            ::events_core::__private::serde::Serialize
        )]
        #[serde(crate = "::events_core::__private::serde")]
        #[non_exhaustive]
        pub struct Payload {
            /// The agent's mood.
            ///
            /// Wire name: `mood`.
            #[serde(rename = "mood")]
            pub mood: ::std::string::String,
            /// The `schemaVersion` property.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `agent-mood-v1` payload object";
                    const FIELDS: &'static [&'static str] = &["mood", "schemaVersion"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "mood" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "mood",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Payload, __E> {
                        ::core::result::Result::Ok(Payload {
                            mood: ::events_core::__private::required(
                                self.field_0,
                                "mood",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_1,
                                "schemaVersion",
                            )?,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
    }
}
/// Payload types of `agent-note-v1`: A note the partner app attaches to an interaction.
///
/// One module per schema version; `Payload` is the latest.
///
/// | catalog | |
/// | --- | --- |
/// | wire name | `agent-note-v1` |
/// | status | active |
/// | schema versions | 1.0.0 |
/// | direction | sent |
/// | active | 2025-06-01 |
#[allow(deprecated)]
pub mod agent_note_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `agent-note-v1` in any of its schema versions, chosen by its `schemaVersion`.
    ///
    /// Non-exhaustive: a catalog update may add schema versions.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Versioned {
        /// Schema version 1.0.0.
        V1_0_0(v1_0_0::Payload),
    }
    #[allow(deprecated)]
    impl Versioned {
        /// The schema version of this payload.
        pub const fn schema_version(&self) -> &'static str {
            match self {
                Versioned::V1_0_0(_) => "1.0.0",
            }
        }
        /// The payload if it is of the latest schema version, 1.0.0.
        pub fn latest(&self) -> ::core::option::Option<&Payload> {
            match self {
                Versioned::V1_0_0(payload) => ::core::option::Option::Some(payload),
                #[allow(unreachable_patterns)]
                _ => ::core::option::Option::None,
            }
        }
    }
    #[allow(deprecated)]
    impl ::events_core::__private::serde::Serialize for Versioned {
        fn serialize<__S: ::events_core::__private::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> ::core::result::Result<__S::Ok, __S::Error> {
            match self {
                Versioned::V1_0_0(payload) => {
                    ::events_core::__private::serde::Serialize::serialize(
                        payload,
                        serializer,
                    )
                }
            }
        }
    }
    #[allow(deprecated)]
    impl<'de> ::events_core::__private::serde::Deserialize<'de> for Versioned {
        fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> ::core::result::Result<Self, __D::Error> {
            <v1_0_0::Payload as ::events_core::__private::serde::Deserialize>::deserialize(
                    deserializer,
                )
                .map(Versioned::V1_0_0)
        }
    }
    /// Schema version 1.0.0 of `agent-note-v1`.
    pub mod v1_0_0 {
        /// Version of this payload's schema.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum SchemaVersion {
            /// `1.0.0`
            #[default]
            V1_0_0,
        }
        #[allow(deprecated)]
        impl SchemaVersion {
            /// Every value, in schema order.
            pub const ALL: &'static [SchemaVersion] = &[SchemaVersion::V1_0_0];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    SchemaVersion::V1_0_0 => "1.0.0",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "1.0.0" => ::core::option::Option::Some(SchemaVersion::V1_0_0),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for SchemaVersion {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for SchemaVersion {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["1.0.0"],
                    SchemaVersion::from_wire,
                )
            }
        }
        /// A note on an interaction.
        ///
        /// Non-exhaustive: a catalog update may add optional fields.
        #[derive(
            Debug,
            Clone,
            PartialEq,
            Eq,
            ::events_core::__private::serde::Serialize
        )]
        #[serde(crate = "::events_core::__private::serde")]
        #[non_exhaustive]
        pub struct Payload {
            /// The interaction the note is about.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
            /// The note.
            ///
            /// Wire name: `note`.
            #[serde(rename = "note")]
            pub note: ::std::string::String,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Labels for the note.
            ///
            /// Wire name: `tags`.
            #[serde(
                rename = "tags",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<SchemaVersion>,
                    field_3: ::core::option::Option<
                        ::std::vec::Vec<::std::string::String>,
                    >,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `agent-note-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "note",
                        "schemaVersion",
                        "tags",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "interactionId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "interactionId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "note" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "note",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "tags" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "tags",
                                    map,
                                    ::events_core::__private::Items::of(
                                        ::events_core::__private::Plain::<
                                            ::std::string::String,
                                        >::new(),
                                    ),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Payload, __E> {
                        ::core::result::Result::Ok(Payload {
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
                            )?,
                            note: ::events_core::__private::required(
                                self.field_1,
                                "note",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_2,
                                "schemaVersion",
                            )?,
                            tags: self.field_3,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
        #[allow(deprecated)]
        impl Payload {
            /// A `agent-note-v1` payload from its required fields; literals such as `schemaVersion` are filled in, optional fields are `None`.
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                interaction_id: ::std::string::String,
                note: ::std::string::String,
            ) -> Self {
                Payload {
                    interaction_id,
                    note,
                    schema_version: ::core::default::Default::default(),
                    tags: ::core::option::Option::None,
                }
            }
            /// The arguments of `system.sendEvent(name, data)` for this payload: `name` is `agent-note-v1`.
            pub fn to_send_event(
                &self,
            ) -> ::core::result::Result<
                ::events_core::SendEvent,
                ::events_core::json::Error,
            > {
                ::events_core::SendEvent::new("agent-note-v1", self)
            }
        }
    }
}
