// @generated: prettyplease expansion of include_catalog!() on catalog/.
// Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p events-tests expansion`.

/// The name of an event of the catalog, as a fieldless enum.
///
/// Serializes as, and parses from, the wire name (`as_str`). Non-exhaustive: a catalog
/// update may add events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EventName {
    /// `global-user-details-v1`: Details of the signed-in user.
    GlobalUserDetailsV1,
    /// `aw-interaction-mute-v1`: The agent muted an interaction.
    AwInteractionMuteV1,
    /// `aw-interaction-unmute-v1`: The agent unmuted an interaction.
    AwInteractionUnmuteV1,
    /// `aw-interaction-hold-v1`: The agent put an interaction on hold.
    AwInteractionHoldV1,
    /// `aw-close-agent-assist-v1`: The agent closed the agent assist panel for an interaction.
    AwCloseAgentAssistV1,
    /// `aw-interaction-focus-v1`: An interaction gained focus in the agent workspace.
    AwInteractionFocusV1,
    /// `aw-interaction-resume-v1`: The agent resumed an interaction from hold.
    AwInteractionResumeV1,
    /// `aw-interaction-wrap-up-codes-v1`: Wrap-up codes available for an interaction.
    AwInteractionWrapUpCodesV1,
    /// `aw-chat-init-v1`: A chat interaction opened, with its history.
    AwChatInitV1,
    /// `aw-chat-message-sent-v1`: A chat message was sent in an interaction.
    AwChatMessageSentV1,
    /// `mashell-chat-nextgen-offered-cc-event-v1`: A next-generation (SMS, WhatsApp) contact-centre chat was offered to the agent.
    MashellChatNextgenOfferedCcEventV1,
    /// `mashell-chat-nextgen-accepted-cc-event-v1`: The agent accepted a next-generation contact-centre chat.
    MashellChatNextgenAcceptedCcEventV1,
    /// `mashell-chat-nextgen-completed-cc-event-v1`: A next-generation contact-centre chat was completed.
    MashellChatNextgenCompletedCcEventV1,
    /// `mashell-chat-nextgen-terminated-cc-event-v1`: A next-generation contact-centre chat was terminated.
    MashellChatNextgenTerminatedCcEventV1,
    /// `mashell-chat-offered-cc-event-v1`: A contact-centre web chat was offered to the agent.
    MashellChatOfferedCcEventV1,
    /// `mashell-chat-accepted-cc-event-v1`: The agent accepted a contact-centre web chat.
    MashellChatAcceptedCcEventV1,
    /// `mashell-chat-completed-cc-event-v1`: A contact-centre web chat was completed.
    MashellChatCompletedCcEventV1,
    /// `mashell-chat-terminated-cc-event-v1`: A contact-centre web chat was terminated.
    MashellChatTerminatedCcEventV1,
    /// `mashell-email-accepted-cc-event-v1`: The agent accepted a contact-centre e-mail.
    MashellEmailAcceptedCcEventV1,
    /// `mashell-email-terminated-cc-event-v1`: A contact-centre e-mail was terminated.
    MashellEmailTerminatedCcEventV1,
    /// `mashell-voice-phone-offered-cc-event-v1`: A contact-centre phone call was offered to the agent.
    MashellVoicePhoneOfferedCcEventV1,
    /// `mashell-voice-phone-accepted-cc-event-v1`: The agent accepted a contact-centre phone call.
    MashellVoicePhoneAcceptedCcEventV1,
    /// `mashell-voice-phone-completed-cc-event-v1`: A contact-centre phone call was completed.
    MashellVoicePhoneCompletedCcEventV1,
    /// `mashell-voice-phone-terminated-cc-event-v1`: A contact-centre phone call was terminated.
    MashellVoicePhoneTerminatedCcEventV1,
    /// `mashell-voice-phone-offered-uc-event-v1`: A unified-communications phone call was offered to the user.
    MashellVoicePhoneOfferedUcEventV1,
    /// `mashell-voice-phone-accepted-uc-event-v1`: The user accepted a unified-communications phone call.
    MashellVoicePhoneAcceptedUcEventV1,
    /// `mashell-voice-phone-terminated-uc-event-v1`: A unified-communications phone call was terminated.
    MashellVoicePhoneTerminatedUcEventV1,
    /// `mashell-voicemail-offered-cc-event-v1`: A contact-centre voicemail was offered to the agent.
    MashellVoicemailOfferedCcEventV1,
    /// `mashell-voicemail-accepted-cc-event-v1`: The agent accepted a contact-centre voicemail.
    MashellVoicemailAcceptedCcEventV1,
    /// `mashell-voicemail-completed-cc-event-v1`: A contact-centre voicemail was completed.
    MashellVoicemailCompletedCcEventV1,
    /// `mashell-voicemail-terminated-cc-event-v1`: A contact-centre voicemail was terminated.
    MashellVoicemailTerminatedCcEventV1,
    /// `aw-chat-message-received-v1`: The partner app passes a chat message it received into the interaction; sent with system.sendEvent. Not in the vendor's event table: documented in @8x8/pui-partner-comm 0.15.0, whose publication date is the active date.
    AwChatMessageReceivedV1,
}
#[allow(deprecated)]
impl EventName {
    /// Every event of the catalog, in catalog order.
    pub const ALL: &'static [EventName] = &[
        EventName::GlobalUserDetailsV1,
        EventName::AwInteractionMuteV1,
        EventName::AwInteractionUnmuteV1,
        EventName::AwInteractionHoldV1,
        EventName::AwCloseAgentAssistV1,
        EventName::AwInteractionFocusV1,
        EventName::AwInteractionResumeV1,
        EventName::AwInteractionWrapUpCodesV1,
        EventName::AwChatInitV1,
        EventName::AwChatMessageSentV1,
        EventName::MashellChatNextgenOfferedCcEventV1,
        EventName::MashellChatNextgenAcceptedCcEventV1,
        EventName::MashellChatNextgenCompletedCcEventV1,
        EventName::MashellChatNextgenTerminatedCcEventV1,
        EventName::MashellChatOfferedCcEventV1,
        EventName::MashellChatAcceptedCcEventV1,
        EventName::MashellChatCompletedCcEventV1,
        EventName::MashellChatTerminatedCcEventV1,
        EventName::MashellEmailAcceptedCcEventV1,
        EventName::MashellEmailTerminatedCcEventV1,
        EventName::MashellVoicePhoneOfferedCcEventV1,
        EventName::MashellVoicePhoneAcceptedCcEventV1,
        EventName::MashellVoicePhoneCompletedCcEventV1,
        EventName::MashellVoicePhoneTerminatedCcEventV1,
        EventName::MashellVoicePhoneOfferedUcEventV1,
        EventName::MashellVoicePhoneAcceptedUcEventV1,
        EventName::MashellVoicePhoneTerminatedUcEventV1,
        EventName::MashellVoicemailOfferedCcEventV1,
        EventName::MashellVoicemailAcceptedCcEventV1,
        EventName::MashellVoicemailCompletedCcEventV1,
        EventName::MashellVoicemailTerminatedCcEventV1,
        EventName::AwChatMessageReceivedV1,
    ];
    /// The wire name, e.g. `aw-interaction-mute-v1`.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventName::GlobalUserDetailsV1 => "global-user-details-v1",
            EventName::AwInteractionMuteV1 => "aw-interaction-mute-v1",
            EventName::AwInteractionUnmuteV1 => "aw-interaction-unmute-v1",
            EventName::AwInteractionHoldV1 => "aw-interaction-hold-v1",
            EventName::AwCloseAgentAssistV1 => "aw-close-agent-assist-v1",
            EventName::AwInteractionFocusV1 => "aw-interaction-focus-v1",
            EventName::AwInteractionResumeV1 => "aw-interaction-resume-v1",
            EventName::AwInteractionWrapUpCodesV1 => "aw-interaction-wrap-up-codes-v1",
            EventName::AwChatInitV1 => "aw-chat-init-v1",
            EventName::AwChatMessageSentV1 => "aw-chat-message-sent-v1",
            EventName::MashellChatNextgenOfferedCcEventV1 => {
                "mashell-chat-nextgen-offered-cc-event-v1"
            }
            EventName::MashellChatNextgenAcceptedCcEventV1 => {
                "mashell-chat-nextgen-accepted-cc-event-v1"
            }
            EventName::MashellChatNextgenCompletedCcEventV1 => {
                "mashell-chat-nextgen-completed-cc-event-v1"
            }
            EventName::MashellChatNextgenTerminatedCcEventV1 => {
                "mashell-chat-nextgen-terminated-cc-event-v1"
            }
            EventName::MashellChatOfferedCcEventV1 => "mashell-chat-offered-cc-event-v1",
            EventName::MashellChatAcceptedCcEventV1 => {
                "mashell-chat-accepted-cc-event-v1"
            }
            EventName::MashellChatCompletedCcEventV1 => {
                "mashell-chat-completed-cc-event-v1"
            }
            EventName::MashellChatTerminatedCcEventV1 => {
                "mashell-chat-terminated-cc-event-v1"
            }
            EventName::MashellEmailAcceptedCcEventV1 => {
                "mashell-email-accepted-cc-event-v1"
            }
            EventName::MashellEmailTerminatedCcEventV1 => {
                "mashell-email-terminated-cc-event-v1"
            }
            EventName::MashellVoicePhoneOfferedCcEventV1 => {
                "mashell-voice-phone-offered-cc-event-v1"
            }
            EventName::MashellVoicePhoneAcceptedCcEventV1 => {
                "mashell-voice-phone-accepted-cc-event-v1"
            }
            EventName::MashellVoicePhoneCompletedCcEventV1 => {
                "mashell-voice-phone-completed-cc-event-v1"
            }
            EventName::MashellVoicePhoneTerminatedCcEventV1 => {
                "mashell-voice-phone-terminated-cc-event-v1"
            }
            EventName::MashellVoicePhoneOfferedUcEventV1 => {
                "mashell-voice-phone-offered-uc-event-v1"
            }
            EventName::MashellVoicePhoneAcceptedUcEventV1 => {
                "mashell-voice-phone-accepted-uc-event-v1"
            }
            EventName::MashellVoicePhoneTerminatedUcEventV1 => {
                "mashell-voice-phone-terminated-uc-event-v1"
            }
            EventName::MashellVoicemailOfferedCcEventV1 => {
                "mashell-voicemail-offered-cc-event-v1"
            }
            EventName::MashellVoicemailAcceptedCcEventV1 => {
                "mashell-voicemail-accepted-cc-event-v1"
            }
            EventName::MashellVoicemailCompletedCcEventV1 => {
                "mashell-voicemail-completed-cc-event-v1"
            }
            EventName::MashellVoicemailTerminatedCcEventV1 => {
                "mashell-voicemail-terminated-cc-event-v1"
            }
            EventName::AwChatMessageReceivedV1 => "aw-chat-message-received-v1",
        }
    }
    /// The event that replaces this one, when the catalog names one that this build has.
    pub const fn replaced_by(self) -> ::core::option::Option<EventName> {
        let _ = self;
        ::core::option::Option::None
    }
    /// The catalog row of this event: versions, status, dates and description.
    pub const fn info(self) -> &'static ::events_core::EventInfo {
        match self {
            EventName::GlobalUserDetailsV1 => &CATALOG[0usize],
            EventName::AwInteractionMuteV1 => &CATALOG[1usize],
            EventName::AwInteractionUnmuteV1 => &CATALOG[2usize],
            EventName::AwInteractionHoldV1 => &CATALOG[3usize],
            EventName::AwCloseAgentAssistV1 => &CATALOG[4usize],
            EventName::AwInteractionFocusV1 => &CATALOG[5usize],
            EventName::AwInteractionResumeV1 => &CATALOG[6usize],
            EventName::AwInteractionWrapUpCodesV1 => &CATALOG[7usize],
            EventName::AwChatInitV1 => &CATALOG[8usize],
            EventName::AwChatMessageSentV1 => &CATALOG[9usize],
            EventName::MashellChatNextgenOfferedCcEventV1 => &CATALOG[10usize],
            EventName::MashellChatNextgenAcceptedCcEventV1 => &CATALOG[11usize],
            EventName::MashellChatNextgenCompletedCcEventV1 => &CATALOG[12usize],
            EventName::MashellChatNextgenTerminatedCcEventV1 => &CATALOG[13usize],
            EventName::MashellChatOfferedCcEventV1 => &CATALOG[14usize],
            EventName::MashellChatAcceptedCcEventV1 => &CATALOG[15usize],
            EventName::MashellChatCompletedCcEventV1 => &CATALOG[16usize],
            EventName::MashellChatTerminatedCcEventV1 => &CATALOG[17usize],
            EventName::MashellEmailAcceptedCcEventV1 => &CATALOG[18usize],
            EventName::MashellEmailTerminatedCcEventV1 => &CATALOG[19usize],
            EventName::MashellVoicePhoneOfferedCcEventV1 => &CATALOG[20usize],
            EventName::MashellVoicePhoneAcceptedCcEventV1 => &CATALOG[21usize],
            EventName::MashellVoicePhoneCompletedCcEventV1 => &CATALOG[22usize],
            EventName::MashellVoicePhoneTerminatedCcEventV1 => &CATALOG[23usize],
            EventName::MashellVoicePhoneOfferedUcEventV1 => &CATALOG[24usize],
            EventName::MashellVoicePhoneAcceptedUcEventV1 => &CATALOG[25usize],
            EventName::MashellVoicePhoneTerminatedUcEventV1 => &CATALOG[26usize],
            EventName::MashellVoicemailOfferedCcEventV1 => &CATALOG[27usize],
            EventName::MashellVoicemailAcceptedCcEventV1 => &CATALOG[28usize],
            EventName::MashellVoicemailCompletedCcEventV1 => &CATALOG[29usize],
            EventName::MashellVoicemailTerminatedCcEventV1 => &CATALOG[30usize],
            EventName::AwChatMessageReceivedV1 => &CATALOG[31usize],
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
            6946842727635125199u64 if name == "global-user-details-v1" => {
                ::core::result::Result::Ok(EventName::GlobalUserDetailsV1)
            }
            8807907379669416797u64 if name == "aw-interaction-mute-v1" => {
                ::core::result::Result::Ok(EventName::AwInteractionMuteV1)
            }
            6703392604021314418u64 if name == "aw-interaction-unmute-v1" => {
                ::core::result::Result::Ok(EventName::AwInteractionUnmuteV1)
            }
            17952565266104021337u64 if name == "aw-interaction-hold-v1" => {
                ::core::result::Result::Ok(EventName::AwInteractionHoldV1)
            }
            7793268655510986864u64 if name == "aw-close-agent-assist-v1" => {
                ::core::result::Result::Ok(EventName::AwCloseAgentAssistV1)
            }
            15328559392270876650u64 if name == "aw-interaction-focus-v1" => {
                ::core::result::Result::Ok(EventName::AwInteractionFocusV1)
            }
            17710844721883481076u64 if name == "aw-interaction-resume-v1" => {
                ::core::result::Result::Ok(EventName::AwInteractionResumeV1)
            }
            16676246255174409795u64 if name == "aw-interaction-wrap-up-codes-v1" => {
                ::core::result::Result::Ok(EventName::AwInteractionWrapUpCodesV1)
            }
            4440928626949054399u64 if name == "aw-chat-init-v1" => {
                ::core::result::Result::Ok(EventName::AwChatInitV1)
            }
            605074534373153169u64 if name == "aw-chat-message-sent-v1" => {
                ::core::result::Result::Ok(EventName::AwChatMessageSentV1)
            }
            9812304834339009087u64 if name
                == "mashell-chat-nextgen-offered-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellChatNextgenOfferedCcEventV1)
            }
            4356580989396865965u64 if name
                == "mashell-chat-nextgen-accepted-cc-event-v1" => {
                ::core::result::Result::Ok(
                    EventName::MashellChatNextgenAcceptedCcEventV1,
                )
            }
            766226263498880122u64 if name
                == "mashell-chat-nextgen-completed-cc-event-v1" => {
                ::core::result::Result::Ok(
                    EventName::MashellChatNextgenCompletedCcEventV1,
                )
            }
            5641771965237882131u64 if name
                == "mashell-chat-nextgen-terminated-cc-event-v1" => {
                ::core::result::Result::Ok(
                    EventName::MashellChatNextgenTerminatedCcEventV1,
                )
            }
            7978511805559463934u64 if name == "mashell-chat-offered-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellChatOfferedCcEventV1)
            }
            901483626879723169u64 if name == "mashell-chat-accepted-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellChatAcceptedCcEventV1)
            }
            3341559559466226492u64 if name == "mashell-chat-completed-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellChatCompletedCcEventV1)
            }
            16246541033907706419u64 if name == "mashell-chat-terminated-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellChatTerminatedCcEventV1)
            }
            6231969798818163572u64 if name == "mashell-email-accepted-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellEmailAcceptedCcEventV1)
            }
            7794619167044580315u64 if name == "mashell-email-terminated-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellEmailTerminatedCcEventV1)
            }
            12163979690654211036u64 if name
                == "mashell-voice-phone-offered-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellVoicePhoneOfferedCcEventV1)
            }
            13120806807124498243u64 if name
                == "mashell-voice-phone-accepted-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellVoicePhoneAcceptedCcEventV1)
            }
            15134438511466664002u64 if name
                == "mashell-voice-phone-completed-cc-event-v1" => {
                ::core::result::Result::Ok(
                    EventName::MashellVoicePhoneCompletedCcEventV1,
                )
            }
            90143096599614935u64 if name
                == "mashell-voice-phone-terminated-cc-event-v1" => {
                ::core::result::Result::Ok(
                    EventName::MashellVoicePhoneTerminatedCcEventV1,
                )
            }
            7062902008643979011u64 if name
                == "mashell-voice-phone-offered-uc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellVoicePhoneOfferedUcEventV1)
            }
            17445571039918875922u64 if name
                == "mashell-voice-phone-accepted-uc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellVoicePhoneAcceptedUcEventV1)
            }
            13481597461171982226u64 if name
                == "mashell-voice-phone-terminated-uc-event-v1" => {
                ::core::result::Result::Ok(
                    EventName::MashellVoicePhoneTerminatedUcEventV1,
                )
            }
            5474263720391095880u64 if name == "mashell-voicemail-offered-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellVoicemailOfferedCcEventV1)
            }
            2393328882860919661u64 if name
                == "mashell-voicemail-accepted-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellVoicemailAcceptedCcEventV1)
            }
            2755368950153128012u64 if name
                == "mashell-voicemail-completed-cc-event-v1" => {
                ::core::result::Result::Ok(EventName::MashellVoicemailCompletedCcEventV1)
            }
            10439291178070637846u64 if name
                == "mashell-voicemail-terminated-cc-event-v1" => {
                ::core::result::Result::Ok(
                    EventName::MashellVoicemailTerminatedCcEventV1,
                )
            }
            2618844441319641832u64 if name == "aw-chat-message-received-v1" => {
                ::core::result::Result::Ok(EventName::AwChatMessageReceivedV1)
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
#[allow(deprecated)]
pub const CATALOG: &[::events_core::EventInfo] = &[
    ::events_core::EventInfo {
        name: "global-user-details-v1",
        description: "Details of the signed-in user.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 26u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-interaction-mute-v1",
        description: "The agent muted an interaction.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 26u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-interaction-unmute-v1",
        description: "The agent unmuted an interaction.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 26u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-interaction-hold-v1",
        description: "The agent put an interaction on hold.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 26u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-close-agent-assist-v1",
        description: "The agent closed the agent assist panel for an interaction.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 26u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-interaction-focus-v1",
        description: "An interaction gained focus in the agent workspace.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 26u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-interaction-resume-v1",
        description: "The agent resumed an interaction from hold.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 26u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-interaction-wrap-up-codes-v1",
        description: "Wrap-up codes available for an interaction.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 26u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-chat-init-v1",
        description: "A chat interaction opened, with its history.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 20u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-chat-message-sent-v1",
        description: "A chat message was sent in an interaction.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 3u8, 20u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-chat-nextgen-offered-cc-event-v1",
        description: "A next-generation (SMS, WhatsApp) contact-centre chat was offered to the agent.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-chat-nextgen-accepted-cc-event-v1",
        description: "The agent accepted a next-generation contact-centre chat.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-chat-nextgen-completed-cc-event-v1",
        description: "A next-generation contact-centre chat was completed.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-chat-nextgen-terminated-cc-event-v1",
        description: "A next-generation contact-centre chat was terminated.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-chat-offered-cc-event-v1",
        description: "A contact-centre web chat was offered to the agent.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-chat-accepted-cc-event-v1",
        description: "The agent accepted a contact-centre web chat.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-chat-completed-cc-event-v1",
        description: "A contact-centre web chat was completed.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-chat-terminated-cc-event-v1",
        description: "A contact-centre web chat was terminated.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-email-accepted-cc-event-v1",
        description: "The agent accepted a contact-centre e-mail.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-email-terminated-cc-event-v1",
        description: "A contact-centre e-mail was terminated.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voice-phone-offered-cc-event-v1",
        description: "A contact-centre phone call was offered to the agent.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voice-phone-accepted-cc-event-v1",
        description: "The agent accepted a contact-centre phone call.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voice-phone-completed-cc-event-v1",
        description: "A contact-centre phone call was completed.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voice-phone-terminated-cc-event-v1",
        description: "A contact-centre phone call was terminated.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voice-phone-offered-uc-event-v1",
        description: "A unified-communications phone call was offered to the user.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voice-phone-accepted-uc-event-v1",
        description: "The user accepted a unified-communications phone call.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voice-phone-terminated-uc-event-v1",
        description: "A unified-communications phone call was terminated.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voicemail-offered-cc-event-v1",
        description: "A contact-centre voicemail was offered to the agent.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voicemail-accepted-cc-event-v1",
        description: "The agent accepted a contact-centre voicemail.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voicemail-completed-cc-event-v1",
        description: "A contact-centre voicemail was completed.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "mashell-voicemail-terminated-cc-event-v1",
        description: "A contact-centre voicemail was terminated.",
        direction: ::events_core::Direction::Received,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2025u16, 5u8, 6u8),
        deprecation_date: ::core::option::Option::None,
        sunset_date: ::core::option::Option::None,
        replaced_by: ::core::option::Option::None,
    },
    ::events_core::EventInfo {
        name: "aw-chat-message-received-v1",
        description: "The partner app passes a chat message it received into the interaction; sent with system.sendEvent. Not in the vendor's event table: documented in @8x8/pui-partner-comm 0.15.0, whose publication date is the active date.",
        direction: ::events_core::Direction::Sent,
        schema_versions: &["1.0.0"],
        status: ::events_core::Status::Active,
        active_date: ::events_core::Date::__from_catalog(2026u16, 8u8, 9u8),
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
    /// `global-user-details-v1`: Details of the signed-in user.
    GlobalUserDetailsV1(::std::boxed::Box<global_user_details_v1::Versioned>),
    /// `aw-interaction-mute-v1`: The agent muted an interaction.
    AwInteractionMuteV1(::std::boxed::Box<aw_interaction_mute_v1::Versioned>),
    /// `aw-interaction-unmute-v1`: The agent unmuted an interaction.
    AwInteractionUnmuteV1(::std::boxed::Box<aw_interaction_unmute_v1::Versioned>),
    /// `aw-interaction-hold-v1`: The agent put an interaction on hold.
    AwInteractionHoldV1(::std::boxed::Box<aw_interaction_hold_v1::Versioned>),
    /// `aw-close-agent-assist-v1`: The agent closed the agent assist panel for an interaction.
    AwCloseAgentAssistV1(::std::boxed::Box<aw_close_agent_assist_v1::Versioned>),
    /// `aw-interaction-focus-v1`: An interaction gained focus in the agent workspace.
    AwInteractionFocusV1(::std::boxed::Box<aw_interaction_focus_v1::Versioned>),
    /// `aw-interaction-resume-v1`: The agent resumed an interaction from hold.
    AwInteractionResumeV1(::std::boxed::Box<aw_interaction_resume_v1::Versioned>),
    /// `aw-interaction-wrap-up-codes-v1`: Wrap-up codes available for an interaction.
    AwInteractionWrapUpCodesV1(
        ::std::boxed::Box<aw_interaction_wrap_up_codes_v1::Versioned>,
    ),
    /// `aw-chat-init-v1`: A chat interaction opened, with its history.
    AwChatInitV1(::std::boxed::Box<aw_chat_init_v1::Versioned>),
    /// `aw-chat-message-sent-v1`: A chat message was sent in an interaction.
    AwChatMessageSentV1(::std::boxed::Box<aw_chat_message_sent_v1::Versioned>),
    /// `mashell-chat-nextgen-offered-cc-event-v1`: A next-generation (SMS, WhatsApp) contact-centre chat was offered to the agent.
    MashellChatNextgenOfferedCcEventV1(
        ::std::boxed::Box<mashell_chat_nextgen_offered_cc_event_v1::Versioned>,
    ),
    /// `mashell-chat-nextgen-accepted-cc-event-v1`: The agent accepted a next-generation contact-centre chat.
    MashellChatNextgenAcceptedCcEventV1(
        ::std::boxed::Box<mashell_chat_nextgen_accepted_cc_event_v1::Versioned>,
    ),
    /// `mashell-chat-nextgen-completed-cc-event-v1`: A next-generation contact-centre chat was completed.
    MashellChatNextgenCompletedCcEventV1(
        ::std::boxed::Box<mashell_chat_nextgen_completed_cc_event_v1::Versioned>,
    ),
    /// `mashell-chat-nextgen-terminated-cc-event-v1`: A next-generation contact-centre chat was terminated.
    MashellChatNextgenTerminatedCcEventV1(
        ::std::boxed::Box<mashell_chat_nextgen_terminated_cc_event_v1::Versioned>,
    ),
    /// `mashell-chat-offered-cc-event-v1`: A contact-centre web chat was offered to the agent.
    MashellChatOfferedCcEventV1(
        ::std::boxed::Box<mashell_chat_offered_cc_event_v1::Versioned>,
    ),
    /// `mashell-chat-accepted-cc-event-v1`: The agent accepted a contact-centre web chat.
    MashellChatAcceptedCcEventV1(
        ::std::boxed::Box<mashell_chat_accepted_cc_event_v1::Versioned>,
    ),
    /// `mashell-chat-completed-cc-event-v1`: A contact-centre web chat was completed.
    MashellChatCompletedCcEventV1(
        ::std::boxed::Box<mashell_chat_completed_cc_event_v1::Versioned>,
    ),
    /// `mashell-chat-terminated-cc-event-v1`: A contact-centre web chat was terminated.
    MashellChatTerminatedCcEventV1(
        ::std::boxed::Box<mashell_chat_terminated_cc_event_v1::Versioned>,
    ),
    /// `mashell-email-accepted-cc-event-v1`: The agent accepted a contact-centre e-mail.
    MashellEmailAcceptedCcEventV1(
        ::std::boxed::Box<mashell_email_accepted_cc_event_v1::Versioned>,
    ),
    /// `mashell-email-terminated-cc-event-v1`: A contact-centre e-mail was terminated.
    MashellEmailTerminatedCcEventV1(
        ::std::boxed::Box<mashell_email_terminated_cc_event_v1::Versioned>,
    ),
    /// `mashell-voice-phone-offered-cc-event-v1`: A contact-centre phone call was offered to the agent.
    MashellVoicePhoneOfferedCcEventV1(
        ::std::boxed::Box<mashell_voice_phone_offered_cc_event_v1::Versioned>,
    ),
    /// `mashell-voice-phone-accepted-cc-event-v1`: The agent accepted a contact-centre phone call.
    MashellVoicePhoneAcceptedCcEventV1(
        ::std::boxed::Box<mashell_voice_phone_accepted_cc_event_v1::Versioned>,
    ),
    /// `mashell-voice-phone-completed-cc-event-v1`: A contact-centre phone call was completed.
    MashellVoicePhoneCompletedCcEventV1(
        ::std::boxed::Box<mashell_voice_phone_completed_cc_event_v1::Versioned>,
    ),
    /// `mashell-voice-phone-terminated-cc-event-v1`: A contact-centre phone call was terminated.
    MashellVoicePhoneTerminatedCcEventV1(
        ::std::boxed::Box<mashell_voice_phone_terminated_cc_event_v1::Versioned>,
    ),
    /// `mashell-voice-phone-offered-uc-event-v1`: A unified-communications phone call was offered to the user.
    MashellVoicePhoneOfferedUcEventV1(
        ::std::boxed::Box<mashell_voice_phone_offered_uc_event_v1::Versioned>,
    ),
    /// `mashell-voice-phone-accepted-uc-event-v1`: The user accepted a unified-communications phone call.
    MashellVoicePhoneAcceptedUcEventV1(
        ::std::boxed::Box<mashell_voice_phone_accepted_uc_event_v1::Versioned>,
    ),
    /// `mashell-voice-phone-terminated-uc-event-v1`: A unified-communications phone call was terminated.
    MashellVoicePhoneTerminatedUcEventV1(
        ::std::boxed::Box<mashell_voice_phone_terminated_uc_event_v1::Versioned>,
    ),
    /// `mashell-voicemail-offered-cc-event-v1`: A contact-centre voicemail was offered to the agent.
    MashellVoicemailOfferedCcEventV1(
        ::std::boxed::Box<mashell_voicemail_offered_cc_event_v1::Versioned>,
    ),
    /// `mashell-voicemail-accepted-cc-event-v1`: The agent accepted a contact-centre voicemail.
    MashellVoicemailAcceptedCcEventV1(
        ::std::boxed::Box<mashell_voicemail_accepted_cc_event_v1::Versioned>,
    ),
    /// `mashell-voicemail-completed-cc-event-v1`: A contact-centre voicemail was completed.
    MashellVoicemailCompletedCcEventV1(
        ::std::boxed::Box<mashell_voicemail_completed_cc_event_v1::Versioned>,
    ),
    /// `mashell-voicemail-terminated-cc-event-v1`: A contact-centre voicemail was terminated.
    MashellVoicemailTerminatedCcEventV1(
        ::std::boxed::Box<mashell_voicemail_terminated_cc_event_v1::Versioned>,
    ),
    /// `aw-chat-message-received-v1`: The partner app passes a chat message it received into the interaction; sent with system.sendEvent. Not in the vendor's event table: documented in @8x8/pui-partner-comm 0.15.0, whose publication date is the active date.
    AwChatMessageReceivedV1(::std::boxed::Box<aw_chat_message_received_v1::Versioned>),
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
            Event::GlobalUserDetailsV1(_) => EventName::GlobalUserDetailsV1.as_str(),
            Event::AwInteractionMuteV1(_) => EventName::AwInteractionMuteV1.as_str(),
            Event::AwInteractionUnmuteV1(_) => EventName::AwInteractionUnmuteV1.as_str(),
            Event::AwInteractionHoldV1(_) => EventName::AwInteractionHoldV1.as_str(),
            Event::AwCloseAgentAssistV1(_) => EventName::AwCloseAgentAssistV1.as_str(),
            Event::AwInteractionFocusV1(_) => EventName::AwInteractionFocusV1.as_str(),
            Event::AwInteractionResumeV1(_) => EventName::AwInteractionResumeV1.as_str(),
            Event::AwInteractionWrapUpCodesV1(_) => {
                EventName::AwInteractionWrapUpCodesV1.as_str()
            }
            Event::AwChatInitV1(_) => EventName::AwChatInitV1.as_str(),
            Event::AwChatMessageSentV1(_) => EventName::AwChatMessageSentV1.as_str(),
            Event::MashellChatNextgenOfferedCcEventV1(_) => {
                EventName::MashellChatNextgenOfferedCcEventV1.as_str()
            }
            Event::MashellChatNextgenAcceptedCcEventV1(_) => {
                EventName::MashellChatNextgenAcceptedCcEventV1.as_str()
            }
            Event::MashellChatNextgenCompletedCcEventV1(_) => {
                EventName::MashellChatNextgenCompletedCcEventV1.as_str()
            }
            Event::MashellChatNextgenTerminatedCcEventV1(_) => {
                EventName::MashellChatNextgenTerminatedCcEventV1.as_str()
            }
            Event::MashellChatOfferedCcEventV1(_) => {
                EventName::MashellChatOfferedCcEventV1.as_str()
            }
            Event::MashellChatAcceptedCcEventV1(_) => {
                EventName::MashellChatAcceptedCcEventV1.as_str()
            }
            Event::MashellChatCompletedCcEventV1(_) => {
                EventName::MashellChatCompletedCcEventV1.as_str()
            }
            Event::MashellChatTerminatedCcEventV1(_) => {
                EventName::MashellChatTerminatedCcEventV1.as_str()
            }
            Event::MashellEmailAcceptedCcEventV1(_) => {
                EventName::MashellEmailAcceptedCcEventV1.as_str()
            }
            Event::MashellEmailTerminatedCcEventV1(_) => {
                EventName::MashellEmailTerminatedCcEventV1.as_str()
            }
            Event::MashellVoicePhoneOfferedCcEventV1(_) => {
                EventName::MashellVoicePhoneOfferedCcEventV1.as_str()
            }
            Event::MashellVoicePhoneAcceptedCcEventV1(_) => {
                EventName::MashellVoicePhoneAcceptedCcEventV1.as_str()
            }
            Event::MashellVoicePhoneCompletedCcEventV1(_) => {
                EventName::MashellVoicePhoneCompletedCcEventV1.as_str()
            }
            Event::MashellVoicePhoneTerminatedCcEventV1(_) => {
                EventName::MashellVoicePhoneTerminatedCcEventV1.as_str()
            }
            Event::MashellVoicePhoneOfferedUcEventV1(_) => {
                EventName::MashellVoicePhoneOfferedUcEventV1.as_str()
            }
            Event::MashellVoicePhoneAcceptedUcEventV1(_) => {
                EventName::MashellVoicePhoneAcceptedUcEventV1.as_str()
            }
            Event::MashellVoicePhoneTerminatedUcEventV1(_) => {
                EventName::MashellVoicePhoneTerminatedUcEventV1.as_str()
            }
            Event::MashellVoicemailOfferedCcEventV1(_) => {
                EventName::MashellVoicemailOfferedCcEventV1.as_str()
            }
            Event::MashellVoicemailAcceptedCcEventV1(_) => {
                EventName::MashellVoicemailAcceptedCcEventV1.as_str()
            }
            Event::MashellVoicemailCompletedCcEventV1(_) => {
                EventName::MashellVoicemailCompletedCcEventV1.as_str()
            }
            Event::MashellVoicemailTerminatedCcEventV1(_) => {
                EventName::MashellVoicemailTerminatedCcEventV1.as_str()
            }
            Event::AwChatMessageReceivedV1(_) => {
                EventName::AwChatMessageReceivedV1.as_str()
            }
            Event::Unknown { event_name, .. } => event_name,
        }
    }
    /// The event's name, or `None` for an [`Event::Unknown`].
    pub fn event_name(&self) -> ::core::option::Option<EventName> {
        match self {
            Event::GlobalUserDetailsV1(_) => {
                ::core::option::Option::Some(EventName::GlobalUserDetailsV1)
            }
            Event::AwInteractionMuteV1(_) => {
                ::core::option::Option::Some(EventName::AwInteractionMuteV1)
            }
            Event::AwInteractionUnmuteV1(_) => {
                ::core::option::Option::Some(EventName::AwInteractionUnmuteV1)
            }
            Event::AwInteractionHoldV1(_) => {
                ::core::option::Option::Some(EventName::AwInteractionHoldV1)
            }
            Event::AwCloseAgentAssistV1(_) => {
                ::core::option::Option::Some(EventName::AwCloseAgentAssistV1)
            }
            Event::AwInteractionFocusV1(_) => {
                ::core::option::Option::Some(EventName::AwInteractionFocusV1)
            }
            Event::AwInteractionResumeV1(_) => {
                ::core::option::Option::Some(EventName::AwInteractionResumeV1)
            }
            Event::AwInteractionWrapUpCodesV1(_) => {
                ::core::option::Option::Some(EventName::AwInteractionWrapUpCodesV1)
            }
            Event::AwChatInitV1(_) => {
                ::core::option::Option::Some(EventName::AwChatInitV1)
            }
            Event::AwChatMessageSentV1(_) => {
                ::core::option::Option::Some(EventName::AwChatMessageSentV1)
            }
            Event::MashellChatNextgenOfferedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellChatNextgenOfferedCcEventV1,
                )
            }
            Event::MashellChatNextgenAcceptedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellChatNextgenAcceptedCcEventV1,
                )
            }
            Event::MashellChatNextgenCompletedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellChatNextgenCompletedCcEventV1,
                )
            }
            Event::MashellChatNextgenTerminatedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellChatNextgenTerminatedCcEventV1,
                )
            }
            Event::MashellChatOfferedCcEventV1(_) => {
                ::core::option::Option::Some(EventName::MashellChatOfferedCcEventV1)
            }
            Event::MashellChatAcceptedCcEventV1(_) => {
                ::core::option::Option::Some(EventName::MashellChatAcceptedCcEventV1)
            }
            Event::MashellChatCompletedCcEventV1(_) => {
                ::core::option::Option::Some(EventName::MashellChatCompletedCcEventV1)
            }
            Event::MashellChatTerminatedCcEventV1(_) => {
                ::core::option::Option::Some(EventName::MashellChatTerminatedCcEventV1)
            }
            Event::MashellEmailAcceptedCcEventV1(_) => {
                ::core::option::Option::Some(EventName::MashellEmailAcceptedCcEventV1)
            }
            Event::MashellEmailTerminatedCcEventV1(_) => {
                ::core::option::Option::Some(EventName::MashellEmailTerminatedCcEventV1)
            }
            Event::MashellVoicePhoneOfferedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicePhoneOfferedCcEventV1,
                )
            }
            Event::MashellVoicePhoneAcceptedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicePhoneAcceptedCcEventV1,
                )
            }
            Event::MashellVoicePhoneCompletedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicePhoneCompletedCcEventV1,
                )
            }
            Event::MashellVoicePhoneTerminatedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicePhoneTerminatedCcEventV1,
                )
            }
            Event::MashellVoicePhoneOfferedUcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicePhoneOfferedUcEventV1,
                )
            }
            Event::MashellVoicePhoneAcceptedUcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicePhoneAcceptedUcEventV1,
                )
            }
            Event::MashellVoicePhoneTerminatedUcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicePhoneTerminatedUcEventV1,
                )
            }
            Event::MashellVoicemailOfferedCcEventV1(_) => {
                ::core::option::Option::Some(EventName::MashellVoicemailOfferedCcEventV1)
            }
            Event::MashellVoicemailAcceptedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicemailAcceptedCcEventV1,
                )
            }
            Event::MashellVoicemailCompletedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicemailCompletedCcEventV1,
                )
            }
            Event::MashellVoicemailTerminatedCcEventV1(_) => {
                ::core::option::Option::Some(
                    EventName::MashellVoicemailTerminatedCcEventV1,
                )
            }
            Event::AwChatMessageReceivedV1(_) => {
                ::core::option::Option::Some(EventName::AwChatMessageReceivedV1)
            }
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
            EventName::GlobalUserDetailsV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::GlobalUserDetailsV1)
            }
            EventName::AwInteractionMuteV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwInteractionMuteV1)
            }
            EventName::AwInteractionUnmuteV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwInteractionUnmuteV1)
            }
            EventName::AwInteractionHoldV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwInteractionHoldV1)
            }
            EventName::AwCloseAgentAssistV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwCloseAgentAssistV1)
            }
            EventName::AwInteractionFocusV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwInteractionFocusV1)
            }
            EventName::AwInteractionResumeV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwInteractionResumeV1)
            }
            EventName::AwInteractionWrapUpCodesV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwInteractionWrapUpCodesV1)
            }
            EventName::AwChatInitV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwChatInitV1)
            }
            EventName::AwChatMessageSentV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwChatMessageSentV1)
            }
            EventName::MashellChatNextgenOfferedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellChatNextgenOfferedCcEventV1)
            }
            EventName::MashellChatNextgenAcceptedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellChatNextgenAcceptedCcEventV1)
            }
            EventName::MashellChatNextgenCompletedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellChatNextgenCompletedCcEventV1)
            }
            EventName::MashellChatNextgenTerminatedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellChatNextgenTerminatedCcEventV1)
            }
            EventName::MashellChatOfferedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellChatOfferedCcEventV1)
            }
            EventName::MashellChatAcceptedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellChatAcceptedCcEventV1)
            }
            EventName::MashellChatCompletedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellChatCompletedCcEventV1)
            }
            EventName::MashellChatTerminatedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellChatTerminatedCcEventV1)
            }
            EventName::MashellEmailAcceptedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellEmailAcceptedCcEventV1)
            }
            EventName::MashellEmailTerminatedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellEmailTerminatedCcEventV1)
            }
            EventName::MashellVoicePhoneOfferedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicePhoneOfferedCcEventV1)
            }
            EventName::MashellVoicePhoneAcceptedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicePhoneAcceptedCcEventV1)
            }
            EventName::MashellVoicePhoneCompletedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicePhoneCompletedCcEventV1)
            }
            EventName::MashellVoicePhoneTerminatedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicePhoneTerminatedCcEventV1)
            }
            EventName::MashellVoicePhoneOfferedUcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicePhoneOfferedUcEventV1)
            }
            EventName::MashellVoicePhoneAcceptedUcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicePhoneAcceptedUcEventV1)
            }
            EventName::MashellVoicePhoneTerminatedUcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicePhoneTerminatedUcEventV1)
            }
            EventName::MashellVoicemailOfferedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicemailOfferedCcEventV1)
            }
            EventName::MashellVoicemailAcceptedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicemailAcceptedCcEventV1)
            }
            EventName::MashellVoicemailCompletedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicemailCompletedCcEventV1)
            }
            EventName::MashellVoicemailTerminatedCcEventV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::MashellVoicemailTerminatedCcEventV1)
            }
            EventName::AwChatMessageReceivedV1 => {
                ::events_core::__private::serde::Deserialize::deserialize(deserializer)
                    .map(Event::AwChatMessageReceivedV1)
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
            Event::GlobalUserDetailsV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::GlobalUserDetailsV1.as_str(),
                    payload,
                )
            }
            Event::AwInteractionMuteV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwInteractionMuteV1.as_str(),
                    payload,
                )
            }
            Event::AwInteractionUnmuteV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwInteractionUnmuteV1.as_str(),
                    payload,
                )
            }
            Event::AwInteractionHoldV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwInteractionHoldV1.as_str(),
                    payload,
                )
            }
            Event::AwCloseAgentAssistV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwCloseAgentAssistV1.as_str(),
                    payload,
                )
            }
            Event::AwInteractionFocusV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwInteractionFocusV1.as_str(),
                    payload,
                )
            }
            Event::AwInteractionResumeV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwInteractionResumeV1.as_str(),
                    payload,
                )
            }
            Event::AwInteractionWrapUpCodesV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwInteractionWrapUpCodesV1.as_str(),
                    payload,
                )
            }
            Event::AwChatInitV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwChatInitV1.as_str(),
                    payload,
                )
            }
            Event::AwChatMessageSentV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwChatMessageSentV1.as_str(),
                    payload,
                )
            }
            Event::MashellChatNextgenOfferedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellChatNextgenOfferedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellChatNextgenAcceptedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellChatNextgenAcceptedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellChatNextgenCompletedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellChatNextgenCompletedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellChatNextgenTerminatedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellChatNextgenTerminatedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellChatOfferedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellChatOfferedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellChatAcceptedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellChatAcceptedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellChatCompletedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellChatCompletedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellChatTerminatedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellChatTerminatedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellEmailAcceptedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellEmailAcceptedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellEmailTerminatedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellEmailTerminatedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicePhoneOfferedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicePhoneOfferedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicePhoneAcceptedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicePhoneAcceptedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicePhoneCompletedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicePhoneCompletedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicePhoneTerminatedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicePhoneTerminatedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicePhoneOfferedUcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicePhoneOfferedUcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicePhoneAcceptedUcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicePhoneAcceptedUcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicePhoneTerminatedUcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicePhoneTerminatedUcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicemailOfferedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicemailOfferedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicemailAcceptedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicemailAcceptedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicemailCompletedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicemailCompletedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::MashellVoicemailTerminatedCcEventV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::MashellVoicemailTerminatedCcEventV1.as_str(),
                    payload,
                )
            }
            Event::AwChatMessageReceivedV1(payload) => {
                ::events_core::__private::serialize_event(
                    serializer,
                    EventName::AwChatMessageReceivedV1.as_str(),
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
/// Payload types of `global-user-details-v1`: Details of the signed-in user.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod global_user_details_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `global-user-details-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `global-user-details-v1`.
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
        /// Details of the user signed in to the 8x8 application.
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
            /// Identifier of the customer account.
            ///
            /// Wire name: `customerId`.
            #[serde(rename = "customerId")]
            pub customer_id: ::std::string::String,
            /// E-mail address of the user.
            ///
            /// Wire name: `email`.
            #[serde(
                rename = "email",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub email: ::core::option::Option<::std::string::String>,
            /// First name of the user.
            ///
            /// Wire name: `firstName`.
            #[serde(rename = "firstName")]
            pub first_name: ::std::string::String,
            /// Job title of the user.
            ///
            /// Wire name: `jobTitle`.
            #[serde(rename = "jobTitle")]
            pub job_title: ::std::string::String,
            /// Preferred language of the user.
            ///
            /// Wire name: `language`.
            #[serde(
                rename = "language",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub language: ::core::option::Option<::std::string::String>,
            /// Last name of the user.
            ///
            /// Wire name: `lastName`.
            #[serde(rename = "lastName")]
            pub last_name: ::std::string::String,
            /// Login identifier of the user.
            ///
            /// Wire name: `loginId`.
            #[serde(rename = "loginId")]
            pub login_id: ::std::string::String,
            /// Full name of the user.
            ///
            /// Wire name: `name`.
            #[serde(rename = "name")]
            pub name: ::std::string::String,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Identifier of the user.
            ///
            /// Wire name: `userId`.
            #[serde(rename = "userId")]
            pub user_id: ::std::string::String,
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
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<::std::string::String>,
                    field_6: ::core::option::Option<::std::string::String>,
                    field_7: ::core::option::Option<::std::string::String>,
                    field_8: ::core::option::Option<SchemaVersion>,
                    field_9: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `global-user-details-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "customerId",
                        "email",
                        "firstName",
                        "jobTitle",
                        "language",
                        "lastName",
                        "loginId",
                        "name",
                        "schemaVersion",
                        "userId",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "customerId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "customerId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "email" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "email",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "firstName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "firstName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "jobTitle" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "jobTitle",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "language" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "language",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "lastName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "lastName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "loginId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "loginId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "name" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "name",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "userId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "userId",
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
                            customer_id: ::events_core::__private::required(
                                self.field_0,
                                "customerId",
                            )?,
                            email: self.field_1,
                            first_name: ::events_core::__private::required(
                                self.field_2,
                                "firstName",
                            )?,
                            job_title: ::events_core::__private::required(
                                self.field_3,
                                "jobTitle",
                            )?,
                            language: self.field_4,
                            last_name: ::events_core::__private::required(
                                self.field_5,
                                "lastName",
                            )?,
                            login_id: ::events_core::__private::required(
                                self.field_6,
                                "loginId",
                            )?,
                            name: ::events_core::__private::required(
                                self.field_7,
                                "name",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_8,
                                "schemaVersion",
                            )?,
                            user_id: ::events_core::__private::required(
                                self.field_9,
                                "userId",
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
/// Payload types of `aw-interaction-mute-v1`: The agent muted an interaction.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_interaction_mute_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `aw-interaction-mute-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-interaction-mute-v1`.
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
        /// The agent muted an interaction.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
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
                    field_1: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-interaction-mute-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "schemaVersion",
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
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
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
/// Payload types of `aw-interaction-unmute-v1`: The agent unmuted an interaction.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_interaction_unmute_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `aw-interaction-unmute-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-interaction-unmute-v1`.
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
        /// The agent unmuted an interaction.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
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
                    field_1: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-interaction-unmute-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "schemaVersion",
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
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
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
/// Payload types of `aw-interaction-hold-v1`: The agent put an interaction on hold.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_interaction_hold_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `aw-interaction-hold-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-interaction-hold-v1`.
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
        /// The agent put an interaction on hold.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
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
                    field_1: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-interaction-hold-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "schemaVersion",
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
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
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
/// Payload types of `aw-close-agent-assist-v1`: The agent closed the agent assist panel for an interaction.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_close_agent_assist_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `aw-close-agent-assist-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-close-agent-assist-v1`.
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
        /// The agent closed the agent assist panel for an interaction.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
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
                    field_1: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-close-agent-assist-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "schemaVersion",
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
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
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
/// Payload types of `aw-interaction-focus-v1`: An interaction gained focus in the agent workspace.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_interaction_focus_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `aw-interaction-focus-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-interaction-focus-v1`.
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
        /// An interaction gained focus in the agent workspace.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
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
                    field_1: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-interaction-focus-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "schemaVersion",
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
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
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
/// Payload types of `aw-interaction-resume-v1`: The agent resumed an interaction from hold.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_interaction_resume_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `aw-interaction-resume-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-interaction-resume-v1`.
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
        /// The agent resumed an interaction from hold.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
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
                    field_1: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-interaction-resume-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "schemaVersion",
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
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
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
/// Payload types of `aw-interaction-wrap-up-codes-v1`: Wrap-up codes available for an interaction.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_interaction_wrap_up_codes_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{
        WrapUpCodesItemAssignments, WrapUpCodesItemItemsItem, WrapUpCodesItem,
    };
    /// The payload of `aw-interaction-wrap-up-codes-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-interaction-wrap-up-codes-v1`.
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
        /// Where the wrap-up code list is assigned.
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
        pub struct WrapUpCodesItemAssignments {
            /// Identifiers the list is assigned to.
            ///
            /// Wire name: `list`.
            #[serde(rename = "list")]
            pub list: ::std::vec::Vec<::std::string::String>,
            /// Kind of assignment.
            ///
            /// Wire name: `type`.
            #[serde(rename = "type")]
            pub r#type: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de>
        for WrapUpCodesItemAssignments {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<
                        ::std::vec::Vec<::std::string::String>,
                    >,
                    field_1: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = WrapUpCodesItemAssignments;
                    const EXPECTING: &'static str = "an object `WrapUpCodesItemAssignments`";
                    const FIELDS: &'static [&'static str] = &["list", "type"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "list" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "list",
                                    map,
                                    ::events_core::__private::Items::of(
                                        ::events_core::__private::Plain::<
                                            ::std::string::String,
                                        >::new(),
                                    ),
                                )
                            }
                            "type" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "type",
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
                    ) -> ::core::result::Result<WrapUpCodesItemAssignments, __E> {
                        ::core::result::Result::Ok(WrapUpCodesItemAssignments {
                            list: ::events_core::__private::required(
                                self.field_0,
                                "list",
                            )?,
                            r#type: ::events_core::__private::required(
                                self.field_1,
                                "type",
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
        /// One selectable wrap-up code.
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
        pub struct WrapUpCodesItemItemsItem {
            /// Call-back delay configured for the code.
            ///
            /// Wire name: `callBackTime`.
            #[serde(rename = "callBackTime")]
            pub call_back_time: ::events_core::Number,
            /// Identifier of the call line.
            ///
            /// Wire name: `callLineId`.
            #[serde(rename = "callLineId")]
            pub call_line_id: ::std::string::String,
            /// Disposition code.
            ///
            /// Wire name: `dispositionCode`.
            #[serde(rename = "dispositionCode")]
            pub disposition_code: ::std::string::String,
            /// Identifier of the item.
            ///
            /// Wire name: `id`.
            #[serde(rename = "id")]
            pub id: ::std::string::String,
            /// Text shown in the menu.
            ///
            /// Wire name: `menuText`.
            #[serde(rename = "menuText")]
            pub menu_text: ::std::string::String,
            /// Position of the item in the menu.
            ///
            /// Wire name: `ordinate`.
            #[serde(rename = "ordinate")]
            pub ordinate: ::std::string::String,
            /// Identifier of the parent item.
            ///
            /// Wire name: `parentId`.
            #[serde(rename = "parentId")]
            pub parent_id: ::std::string::String,
            /// Identifier of the queue object.
            ///
            /// Wire name: `queueObjId`.
            #[serde(rename = "queueObjId")]
            pub queue_obj_id: ::std::string::String,
            /// Text shown in reports.
            ///
            /// Wire name: `reportText`.
            #[serde(rename = "reportText")]
            pub report_text: ::std::string::String,
            /// Short code of the item.
            ///
            /// Wire name: `shortCodeText`.
            #[serde(rename = "shortCodeText")]
            pub short_code_text: ::std::string::String,
            /// Short key of the item.
            ///
            /// Wire name: `shortKeyText`.
            #[serde(rename = "shortKeyText")]
            pub short_key_text: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de>
        for WrapUpCodesItemItemsItem {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::events_core::Number>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<::std::string::String>,
                    field_6: ::core::option::Option<::std::string::String>,
                    field_7: ::core::option::Option<::std::string::String>,
                    field_8: ::core::option::Option<::std::string::String>,
                    field_9: ::core::option::Option<::std::string::String>,
                    field_10: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = WrapUpCodesItemItemsItem;
                    const EXPECTING: &'static str = "an object `WrapUpCodesItemItemsItem`";
                    const FIELDS: &'static [&'static str] = &[
                        "callBackTime",
                        "callLineId",
                        "dispositionCode",
                        "id",
                        "menuText",
                        "ordinate",
                        "parentId",
                        "queueObjId",
                        "reportText",
                        "shortCodeText",
                        "shortKeyText",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "callBackTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "callBackTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "callLineId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "callLineId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "dispositionCode" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "dispositionCode",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "menuText" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "menuText",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "ordinate" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "ordinate",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "parentId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "parentId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "queueObjId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "queueObjId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "reportText" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "reportText",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "shortCodeText" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "shortCodeText",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "shortKeyText" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "shortKeyText",
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
                    ) -> ::core::result::Result<WrapUpCodesItemItemsItem, __E> {
                        ::core::result::Result::Ok(WrapUpCodesItemItemsItem {
                            call_back_time: ::events_core::__private::required(
                                self.field_0,
                                "callBackTime",
                            )?,
                            call_line_id: ::events_core::__private::required(
                                self.field_1,
                                "callLineId",
                            )?,
                            disposition_code: ::events_core::__private::required(
                                self.field_2,
                                "dispositionCode",
                            )?,
                            id: ::events_core::__private::required(self.field_3, "id")?,
                            menu_text: ::events_core::__private::required(
                                self.field_4,
                                "menuText",
                            )?,
                            ordinate: ::events_core::__private::required(
                                self.field_5,
                                "ordinate",
                            )?,
                            parent_id: ::events_core::__private::required(
                                self.field_6,
                                "parentId",
                            )?,
                            queue_obj_id: ::events_core::__private::required(
                                self.field_7,
                                "queueObjId",
                            )?,
                            report_text: ::events_core::__private::required(
                                self.field_8,
                                "reportText",
                            )?,
                            short_code_text: ::events_core::__private::required(
                                self.field_9,
                                "shortCodeText",
                            )?,
                            short_key_text: ::events_core::__private::required(
                                self.field_10,
                                "shortKeyText",
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
        /// A list of wrap-up codes an agent can choose from.
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
        pub struct WrapUpCodesItem {
            /// Caller number the list applies to.
            ///
            /// Wire name: `ani`.
            #[serde(
                rename = "ani",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub ani: ::core::option::Option<::std::string::String>,
            /// Where the wrap-up code list is assigned.
            ///
            /// Wire name: `assignments`.
            #[serde(rename = "assignments")]
            pub assignments: WrapUpCodesItemAssignments,
            /// Whether the codes are sorted automatically.
            ///
            /// Wire name: `autoSort`.
            #[serde(rename = "autoSort")]
            pub auto_sort: bool,
            /// Identifier of the list.
            ///
            /// Wire name: `id`.
            #[serde(rename = "id")]
            pub id: ::std::string::String,
            /// Whether this is the agent's default list.
            ///
            /// Wire name: `isAgentDefault`.
            #[serde(rename = "isAgentDefault")]
            pub is_agent_default: bool,
            /// Codes in the list.
            ///
            /// Wire name: `items`.
            #[serde(rename = "items")]
            pub items: ::std::vec::Vec<WrapUpCodesItemItemsItem>,
            /// Whether several codes may be chosen.
            ///
            /// Wire name: `multiChoice`.
            #[serde(rename = "multiChoice")]
            pub multi_choice: bool,
            /// Name of the list.
            ///
            /// Wire name: `name`.
            #[serde(rename = "name")]
            pub name: ::std::string::String,
            /// Primary language of the list.
            ///
            /// Wire name: `primaryLang`.
            #[serde(rename = "primaryLang")]
            pub primary_lang: ::std::string::String,
            /// Whether a code is required before the next outbound call.
            ///
            /// Wire name: `reqBeforeOutbound`.
            #[serde(rename = "reqBeforeOutbound")]
            pub req_before_outbound: bool,
            /// Whether choosing a code is required.
            ///
            /// Wire name: `required`.
            #[serde(rename = "required")]
            pub required: bool,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for WrapUpCodesItem {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<WrapUpCodesItemAssignments>,
                    field_2: ::core::option::Option<bool>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<bool>,
                    field_5: ::core::option::Option<
                        ::std::vec::Vec<WrapUpCodesItemItemsItem>,
                    >,
                    field_6: ::core::option::Option<bool>,
                    field_7: ::core::option::Option<::std::string::String>,
                    field_8: ::core::option::Option<::std::string::String>,
                    field_9: ::core::option::Option<bool>,
                    field_10: ::core::option::Option<bool>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = WrapUpCodesItem;
                    const EXPECTING: &'static str = "an object `WrapUpCodesItem`";
                    const FIELDS: &'static [&'static str] = &[
                        "ani",
                        "assignments",
                        "autoSort",
                        "id",
                        "isAgentDefault",
                        "items",
                        "multiChoice",
                        "name",
                        "primaryLang",
                        "reqBeforeOutbound",
                        "required",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "ani" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "ani",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "assignments" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "assignments",
                                    map,
                                    ::events_core::__private::Plain::<
                                        WrapUpCodesItemAssignments,
                                    >::new(),
                                )
                            }
                            "autoSort" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "autoSort",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "isAgentDefault" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "isAgentDefault",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "items" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "items",
                                    map,
                                    ::events_core::__private::Items::of(
                                        ::events_core::__private::Plain::<
                                            WrapUpCodesItemItemsItem,
                                        >::new(),
                                    ),
                                )
                            }
                            "multiChoice" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "multiChoice",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "name" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "name",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "primaryLang" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "primaryLang",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "reqBeforeOutbound" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "reqBeforeOutbound",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "required" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "required",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<WrapUpCodesItem, __E> {
                        ::core::result::Result::Ok(WrapUpCodesItem {
                            ani: self.field_0,
                            assignments: ::events_core::__private::required(
                                self.field_1,
                                "assignments",
                            )?,
                            auto_sort: ::events_core::__private::required(
                                self.field_2,
                                "autoSort",
                            )?,
                            id: ::events_core::__private::required(self.field_3, "id")?,
                            is_agent_default: ::events_core::__private::required(
                                self.field_4,
                                "isAgentDefault",
                            )?,
                            items: ::events_core::__private::required(
                                self.field_5,
                                "items",
                            )?,
                            multi_choice: ::events_core::__private::required(
                                self.field_6,
                                "multiChoice",
                            )?,
                            name: ::events_core::__private::required(
                                self.field_7,
                                "name",
                            )?,
                            primary_lang: ::events_core::__private::required(
                                self.field_8,
                                "primaryLang",
                            )?,
                            req_before_outbound: ::events_core::__private::required(
                                self.field_9,
                                "reqBeforeOutbound",
                            )?,
                            required: ::events_core::__private::required(
                                self.field_10,
                                "required",
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
        /// Wrap-up codes available for an interaction.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Wrap-up code lists available for the interaction.
            ///
            /// Wire name: `wrapUpCodes`.
            #[serde(rename = "wrapUpCodes")]
            pub wrap_up_codes: ::std::vec::Vec<WrapUpCodesItem>,
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
                    field_2: ::core::option::Option<::std::vec::Vec<WrapUpCodesItem>>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-interaction-wrap-up-codes-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "schemaVersion",
                        "wrapUpCodes",
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
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "wrapUpCodes" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "wrapUpCodes",
                                    map,
                                    ::events_core::__private::Items::of(
                                        ::events_core::__private::Plain::<WrapUpCodesItem>::new(),
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
                            schema_version: ::events_core::__private::required(
                                self.field_1,
                                "schemaVersion",
                            )?,
                            wrap_up_codes: ::events_core::__private::required(
                                self.field_2,
                                "wrapUpCodes",
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
/// Payload types of `aw-chat-init-v1`: A chat interaction opened, with its history.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_chat_init_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{
        AttachmentMeta, AttachmentType, Attachment, Author, MessageMeta,
        MessageRawMessage, Message,
    };
    /// The payload of `aw-chat-init-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-chat-init-v1`.
    pub mod v1_0_0 {
        /// Image and thumbnail dimensions of an attachment.
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
        pub struct AttachmentMeta {
            /// Height of the original image in pixels.
            ///
            /// Wire name: `originalHeight`.
            #[serde(rename = "originalHeight")]
            pub original_height: ::events_core::Number,
            /// Width of the original image in pixels.
            ///
            /// Wire name: `originalWidth`.
            #[serde(rename = "originalWidth")]
            pub original_width: ::events_core::Number,
            /// MIME type of the thumbnail.
            ///
            /// Wire name: `thumbnailContentType`.
            #[serde(rename = "thumbnailContentType")]
            pub thumbnail_content_type: ::std::string::String,
            /// Height of the thumbnail in pixels.
            ///
            /// Wire name: `thumbnailHeight`.
            #[serde(rename = "thumbnailHeight")]
            pub thumbnail_height: ::events_core::Number,
            /// Width of the thumbnail in pixels.
            ///
            /// Wire name: `thumbnailWidth`.
            #[serde(rename = "thumbnailWidth")]
            pub thumbnail_width: ::events_core::Number,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AttachmentMeta {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::events_core::Number>,
                    field_1: ::core::option::Option<::events_core::Number>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::events_core::Number>,
                    field_4: ::core::option::Option<::events_core::Number>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AttachmentMeta;
                    const EXPECTING: &'static str = "an object `AttachmentMeta`";
                    const FIELDS: &'static [&'static str] = &[
                        "originalHeight",
                        "originalWidth",
                        "thumbnailContentType",
                        "thumbnailHeight",
                        "thumbnailWidth",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "originalHeight" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "originalHeight",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "originalWidth" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "originalWidth",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "thumbnailContentType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "thumbnailContentType",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "thumbnailHeight" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "thumbnailHeight",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "thumbnailWidth" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "thumbnailWidth",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<AttachmentMeta, __E> {
                        ::core::result::Result::Ok(AttachmentMeta {
                            original_height: ::events_core::__private::required(
                                self.field_0,
                                "originalHeight",
                            )?,
                            original_width: ::events_core::__private::required(
                                self.field_1,
                                "originalWidth",
                            )?,
                            thumbnail_content_type: ::events_core::__private::required(
                                self.field_2,
                                "thumbnailContentType",
                            )?,
                            thumbnail_height: ::events_core::__private::required(
                                self.field_3,
                                "thumbnailHeight",
                            )?,
                            thumbnail_width: ::events_core::__private::required(
                                self.field_4,
                                "thumbnailWidth",
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
        /// Kind of attachment.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum AttachmentType {
            /// `image`
            Image,
            /// `document`
            Document,
            /// `recording`
            Recording,
            /// `generic`
            Generic,
        }
        #[allow(deprecated)]
        impl AttachmentType {
            /// Every value, in schema order.
            pub const ALL: &'static [AttachmentType] = &[
                AttachmentType::Image,
                AttachmentType::Document,
                AttachmentType::Recording,
                AttachmentType::Generic,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    AttachmentType::Image => "image",
                    AttachmentType::Document => "document",
                    AttachmentType::Recording => "recording",
                    AttachmentType::Generic => "generic",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "image" => ::core::option::Option::Some(AttachmentType::Image),
                    "document" => ::core::option::Option::Some(AttachmentType::Document),
                    "recording" => {
                        ::core::option::Option::Some(AttachmentType::Recording)
                    }
                    "generic" => ::core::option::Option::Some(AttachmentType::Generic),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for AttachmentType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AttachmentType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["image", "document", "recording", "generic"],
                    AttachmentType::from_wire,
                )
            }
        }
        /// A file attached to a chat message.
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
        pub struct Attachment {
            /// File name of the attachment.
            ///
            /// Wire name: `filename`.
            #[serde(rename = "filename")]
            pub filename: ::std::string::String,
            /// Identifier of the attachment.
            ///
            /// Wire name: `id`.
            #[serde(rename = "id")]
            pub id: ::std::string::String,
            /// Thumbnail metadata, or null when the attachment has none.
            ///
            /// Wire name: `meta`.
            #[serde(
                rename = "meta",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub meta: ::core::option::Option<::core::option::Option<AttachmentMeta>>,
            /// Size of the attachment in bytes.
            ///
            /// Wire name: `size`.
            #[serde(rename = "size")]
            pub size: ::events_core::Number,
            /// Address of the attachment's thumbnail.
            ///
            /// Wire name: `thumbnailUrl`.
            #[serde(
                rename = "thumbnailUrl",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub thumbnail_url: ::core::option::Option<::std::string::String>,
            /// Kind of attachment.
            ///
            /// Wire name: `type`.
            #[serde(rename = "type")]
            pub r#type: AttachmentType,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Attachment {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<
                        ::core::option::Option<AttachmentMeta>,
                    >,
                    field_3: ::core::option::Option<::events_core::Number>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<AttachmentType>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Attachment;
                    const EXPECTING: &'static str = "an object `Attachment`";
                    const FIELDS: &'static [&'static str] = &[
                        "filename",
                        "id",
                        "meta",
                        "size",
                        "thumbnailUrl",
                        "type",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "filename" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "filename",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "meta" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "meta",
                                    map,
                                    ::events_core::__private::Nullable(
                                        ::events_core::__private::Plain::<AttachmentMeta>::new(),
                                    ),
                                )
                            }
                            "size" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "size",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "thumbnailUrl" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "thumbnailUrl",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "type" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "type",
                                    map,
                                    ::events_core::__private::Plain::<AttachmentType>::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Attachment, __E> {
                        ::core::result::Result::Ok(Attachment {
                            filename: ::events_core::__private::required(
                                self.field_0,
                                "filename",
                            )?,
                            id: ::events_core::__private::required(self.field_1, "id")?,
                            meta: self.field_2,
                            size: ::events_core::__private::required(
                                self.field_3,
                                "size",
                            )?,
                            thumbnail_url: self.field_4,
                            r#type: ::events_core::__private::required(
                                self.field_5,
                                "type",
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
        /// Who wrote a chat message.
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
        pub struct Author {
            /// E-mail address of the author.
            ///
            /// Wire name: `email`.
            #[serde(rename = "email")]
            pub email: ::std::string::String,
            /// Identifier of the author.
            ///
            /// Wire name: `id`.
            #[serde(rename = "id")]
            pub id: ::std::string::String,
            /// Display name of the author.
            ///
            /// Wire name: `name`.
            #[serde(rename = "name")]
            pub name: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Author {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Author;
                    const EXPECTING: &'static str = "an object `Author`";
                    const FIELDS: &'static [&'static str] = &["email", "id", "name"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "email" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "email",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "name" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "name",
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
                    ) -> ::core::result::Result<Author, __E> {
                        ::core::result::Result::Ok(Author {
                            email: ::events_core::__private::required(
                                self.field_0,
                                "email",
                            )?,
                            id: ::events_core::__private::required(self.field_1, "id")?,
                            name: ::events_core::__private::required(
                                self.field_2,
                                "name",
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
        /// Metadata from the application that produced a chat message.
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
        pub struct MessageMeta {
            /// Application that produced the message.
            ///
            /// Wire name: `app`.
            #[serde(rename = "app")]
            pub app: ::std::string::String,
            /// Identifier of the conversation in the originating application.
            ///
            /// Wire name: `conversation_id`.
            #[serde(
                rename = "conversation_id",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub conversation_id: ::core::option::Option<::std::string::String>,
            /// Identifier of the message in the originating application.
            ///
            /// Wire name: `conversation_message_id`.
            #[serde(
                rename = "conversation_message_id",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub conversation_message_id: ::core::option::Option<::std::string::String>,
            /// Whether the message carries cards, as sent by the originating application.
            ///
            /// Wire name: `has_cards`.
            #[serde(
                rename = "has_cards",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub has_cards: ::core::option::Option<::std::string::String>,
            /// Kind of message in the originating application.
            ///
            /// Wire name: `type`.
            #[serde(rename = "type")]
            pub r#type: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MessageMeta {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = MessageMeta;
                    const EXPECTING: &'static str = "an object `MessageMeta`";
                    const FIELDS: &'static [&'static str] = &[
                        "app",
                        "conversation_id",
                        "conversation_message_id",
                        "has_cards",
                        "type",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "app" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "app",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "conversation_id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "conversation_id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "conversation_message_id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "conversation_message_id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "has_cards" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "has_cards",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "type" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "type",
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
                    ) -> ::core::result::Result<MessageMeta, __E> {
                        ::core::result::Result::Ok(MessageMeta {
                            app: ::events_core::__private::required(
                                self.field_0,
                                "app",
                            )?,
                            conversation_id: self.field_1,
                            conversation_message_id: self.field_2,
                            has_cards: self.field_3,
                            r#type: ::events_core::__private::required(
                                self.field_4,
                                "type",
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
        /// The message as received: plain text, or a map of named parts.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum MessageRawMessage {
            /// The value as a string.
            String(::std::string::String),
            /// The value as a map of string to a string.
            Map(
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
            ),
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MessageRawMessage {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                match self {
                    MessageRawMessage::String(value) => {
                        ::events_core::__private::serde::Serialize::serialize(
                            value,
                            serializer,
                        )
                    }
                    MessageRawMessage::Map(value) => {
                        ::events_core::__private::serde::Serialize::serialize(
                            value,
                            serializer,
                        )
                    }
                }
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de>
        for MessageRawMessage {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                let raw: ::events_core::RawJson = ::events_core::__private::serde::Deserialize::deserialize(
                    deserializer,
                )?;
                ::events_core::__private::choose_branch(
                        [
                            ::events_core::__private::try_branch(
                                    &raw,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                                .map(MessageRawMessage::String),
                            ::events_core::__private::try_branch(
                                    &raw,
                                    ::events_core::__private::Entries {
                                        value: ::events_core::__private::Plain::<
                                            ::std::string::String,
                                        >::new(),
                                        key: ::events_core::__private::Text {
                                            min_length: 0usize,
                                            max_length: usize::MAX,
                                            pattern: ::core::option::Option::None,
                                            format: ::core::option::Option::None,
                                        },
                                    },
                                )
                                .map(MessageRawMessage::Map),
                        ],
                        false,
                        "a value matching a branch of `MessageRawMessage`",
                    )
                    .map_err(
                        <__D::Error as ::events_core::__private::serde::de::Error>::custom,
                    )
            }
        }
        /// One message of a chat conversation.
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
        pub struct Message {
            /// Files attached to the message.
            ///
            /// Wire name: `attachments`.
            #[serde(
                rename = "attachments",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub attachments: ::core::option::Option<::std::vec::Vec<Attachment>>,
            /// The `author` property.
            #[serde(
                rename = "author",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub author: ::core::option::Option<Author>,
            /// Name of the bot that wrote the message, if a bot did.
            ///
            /// Wire name: `botName`.
            #[serde(
                rename = "botName",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub bot_name: ::core::option::Option<::std::string::String>,
            /// Name shown for the author.
            ///
            /// Wire name: `displayName`.
            #[serde(
                rename = "displayName",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub display_name: ::core::option::Option<::std::string::String>,
            /// Identifier of the message.
            ///
            /// Wire name: `id`.
            #[serde(rename = "id")]
            pub id: ::std::string::String,
            /// Whether a bot wrote the message.
            ///
            /// Wire name: `isBot`.
            #[serde(
                rename = "isBot",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub is_bot: ::core::option::Option<bool>,
            /// Whether the message was deleted.
            ///
            /// Wire name: `isDeleted`.
            #[serde(
                rename = "isDeleted",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub is_deleted: ::core::option::Option<bool>,
            /// When the message was last edited, in milliseconds since the Unix epoch.
            ///
            /// Wire name: `lastUpdatedTimestamp`.
            #[serde(
                rename = "lastUpdatedTimestamp",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub last_updated_timestamp: ::core::option::Option<::events_core::Number>,
            /// The `meta` property.
            #[serde(
                rename = "meta",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub meta: ::core::option::Option<MessageMeta>,
            /// Delivery status of the message.
            ///
            /// Wire name: `msgStatus`.
            #[serde(
                rename = "msgStatus",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub msg_status: ::core::option::Option<::std::string::String>,
            /// The message text before translation.
            ///
            /// Wire name: `originalMessage`.
            #[serde(
                rename = "originalMessage",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub original_message: ::core::option::Option<::std::string::String>,
            /// The message as received: plain text, or a map of named parts.
            ///
            /// Wire name: `rawMessage`.
            #[serde(rename = "rawMessage")]
            pub raw_message: MessageRawMessage,
            /// Whether the message was sent again.
            ///
            /// Wire name: `resent`.
            #[serde(
                rename = "resent",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub resent: ::core::option::Option<bool>,
            /// When the message was sent, in milliseconds since the Unix epoch.
            ///
            /// Wire name: `timestamp`.
            #[serde(rename = "timestamp")]
            pub timestamp: ::events_core::Number,
            /// The translated message text, or null when there is none.
            ///
            /// Wire name: `translatedMessage`.
            #[serde(
                rename = "translatedMessage",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub translated_message: ::core::option::Option<
                ::core::option::Option<::std::string::String>,
            >,
            /// Kind of message.
            ///
            /// Wire name: `type`.
            #[serde(rename = "type")]
            pub r#type: ::std::string::String,
            /// Template variables of the message.
            ///
            /// Wire name: `variables`.
            #[serde(
                rename = "variables",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub variables: ::core::option::Option<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
            >,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Message {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::vec::Vec<Attachment>>,
                    field_1: ::core::option::Option<Author>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<bool>,
                    field_6: ::core::option::Option<bool>,
                    field_7: ::core::option::Option<::events_core::Number>,
                    field_8: ::core::option::Option<MessageMeta>,
                    field_9: ::core::option::Option<::std::string::String>,
                    field_10: ::core::option::Option<::std::string::String>,
                    field_11: ::core::option::Option<MessageRawMessage>,
                    field_12: ::core::option::Option<bool>,
                    field_13: ::core::option::Option<::events_core::Number>,
                    field_14: ::core::option::Option<
                        ::core::option::Option<::std::string::String>,
                    >,
                    field_15: ::core::option::Option<::std::string::String>,
                    field_16: ::core::option::Option<
                        ::std::collections::BTreeMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Message;
                    const EXPECTING: &'static str = "an object `Message`";
                    const FIELDS: &'static [&'static str] = &[
                        "attachments",
                        "author",
                        "botName",
                        "displayName",
                        "id",
                        "isBot",
                        "isDeleted",
                        "lastUpdatedTimestamp",
                        "meta",
                        "msgStatus",
                        "originalMessage",
                        "rawMessage",
                        "resent",
                        "timestamp",
                        "translatedMessage",
                        "type",
                        "variables",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "attachments" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "attachments",
                                    map,
                                    ::events_core::__private::Items::of(
                                        ::events_core::__private::Plain::<Attachment>::new(),
                                    ),
                                )
                            }
                            "author" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "author",
                                    map,
                                    ::events_core::__private::Plain::<Author>::new(),
                                )
                            }
                            "botName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "botName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "displayName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "displayName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "isBot" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "isBot",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "isDeleted" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "isDeleted",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "lastUpdatedTimestamp" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "lastUpdatedTimestamp",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "meta" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "meta",
                                    map,
                                    ::events_core::__private::Plain::<MessageMeta>::new(),
                                )
                            }
                            "msgStatus" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "msgStatus",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "originalMessage" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "originalMessage",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "rawMessage" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "rawMessage",
                                    map,
                                    ::events_core::__private::Plain::<MessageRawMessage>::new(),
                                )
                            }
                            "resent" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_12,
                                    "resent",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "timestamp" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_13,
                                    "timestamp",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "translatedMessage" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_14,
                                    "translatedMessage",
                                    map,
                                    ::events_core::__private::Nullable(
                                        ::events_core::__private::Plain::<
                                            ::std::string::String,
                                        >::new(),
                                    ),
                                )
                            }
                            "type" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_15,
                                    "type",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "variables" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_16,
                                    "variables",
                                    map,
                                    ::events_core::__private::Entries {
                                        value: ::events_core::__private::Plain::<
                                            ::std::string::String,
                                        >::new(),
                                        key: ::events_core::__private::Text {
                                            min_length: 0usize,
                                            max_length: usize::MAX,
                                            pattern: ::core::option::Option::None,
                                            format: ::core::option::Option::None,
                                        },
                                    },
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Message, __E> {
                        ::core::result::Result::Ok(Message {
                            attachments: self.field_0,
                            author: self.field_1,
                            bot_name: self.field_2,
                            display_name: self.field_3,
                            id: ::events_core::__private::required(self.field_4, "id")?,
                            is_bot: self.field_5,
                            is_deleted: self.field_6,
                            last_updated_timestamp: self.field_7,
                            meta: self.field_8,
                            msg_status: self.field_9,
                            original_message: self.field_10,
                            raw_message: ::events_core::__private::required(
                                self.field_11,
                                "rawMessage",
                            )?,
                            resent: self.field_12,
                            timestamp: ::events_core::__private::required(
                                self.field_13,
                                "timestamp",
                            )?,
                            translated_message: self.field_14,
                            r#type: ::events_core::__private::required(
                                self.field_15,
                                "type",
                            )?,
                            variables: self.field_16,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
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
        /// A chat interaction opened, with its history.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
            /// Messages of the conversation so far.
            ///
            /// Wire name: `messages`.
            #[serde(rename = "messages")]
            pub messages: ::std::vec::Vec<Message>,
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
                    field_1: ::core::option::Option<::std::vec::Vec<Message>>,
                    field_2: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-chat-init-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "messages",
                        "schemaVersion",
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
                            "messages" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "messages",
                                    map,
                                    ::events_core::__private::Items::of(
                                        ::events_core::__private::Plain::<Message>::new(),
                                    ),
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
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
                            )?,
                            messages: ::events_core::__private::required(
                                self.field_1,
                                "messages",
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
/// Payload types of `aw-chat-message-sent-v1`: A chat message was sent in an interaction.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_chat_message_sent_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{
        AttachmentMeta, AttachmentType, Attachment, Author, MessageMeta,
        MessageRawMessage, Message,
    };
    /// The payload of `aw-chat-message-sent-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-chat-message-sent-v1`.
    pub mod v1_0_0 {
        /// Image and thumbnail dimensions of an attachment.
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
        pub struct AttachmentMeta {
            /// Height of the original image in pixels.
            ///
            /// Wire name: `originalHeight`.
            #[serde(rename = "originalHeight")]
            pub original_height: ::events_core::Number,
            /// Width of the original image in pixels.
            ///
            /// Wire name: `originalWidth`.
            #[serde(rename = "originalWidth")]
            pub original_width: ::events_core::Number,
            /// MIME type of the thumbnail.
            ///
            /// Wire name: `thumbnailContentType`.
            #[serde(rename = "thumbnailContentType")]
            pub thumbnail_content_type: ::std::string::String,
            /// Height of the thumbnail in pixels.
            ///
            /// Wire name: `thumbnailHeight`.
            #[serde(rename = "thumbnailHeight")]
            pub thumbnail_height: ::events_core::Number,
            /// Width of the thumbnail in pixels.
            ///
            /// Wire name: `thumbnailWidth`.
            #[serde(rename = "thumbnailWidth")]
            pub thumbnail_width: ::events_core::Number,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AttachmentMeta {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::events_core::Number>,
                    field_1: ::core::option::Option<::events_core::Number>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::events_core::Number>,
                    field_4: ::core::option::Option<::events_core::Number>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AttachmentMeta;
                    const EXPECTING: &'static str = "an object `AttachmentMeta`";
                    const FIELDS: &'static [&'static str] = &[
                        "originalHeight",
                        "originalWidth",
                        "thumbnailContentType",
                        "thumbnailHeight",
                        "thumbnailWidth",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "originalHeight" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "originalHeight",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "originalWidth" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "originalWidth",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "thumbnailContentType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "thumbnailContentType",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "thumbnailHeight" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "thumbnailHeight",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "thumbnailWidth" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "thumbnailWidth",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<AttachmentMeta, __E> {
                        ::core::result::Result::Ok(AttachmentMeta {
                            original_height: ::events_core::__private::required(
                                self.field_0,
                                "originalHeight",
                            )?,
                            original_width: ::events_core::__private::required(
                                self.field_1,
                                "originalWidth",
                            )?,
                            thumbnail_content_type: ::events_core::__private::required(
                                self.field_2,
                                "thumbnailContentType",
                            )?,
                            thumbnail_height: ::events_core::__private::required(
                                self.field_3,
                                "thumbnailHeight",
                            )?,
                            thumbnail_width: ::events_core::__private::required(
                                self.field_4,
                                "thumbnailWidth",
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
        /// Kind of attachment.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum AttachmentType {
            /// `image`
            Image,
            /// `document`
            Document,
            /// `recording`
            Recording,
            /// `generic`
            Generic,
        }
        #[allow(deprecated)]
        impl AttachmentType {
            /// Every value, in schema order.
            pub const ALL: &'static [AttachmentType] = &[
                AttachmentType::Image,
                AttachmentType::Document,
                AttachmentType::Recording,
                AttachmentType::Generic,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    AttachmentType::Image => "image",
                    AttachmentType::Document => "document",
                    AttachmentType::Recording => "recording",
                    AttachmentType::Generic => "generic",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "image" => ::core::option::Option::Some(AttachmentType::Image),
                    "document" => ::core::option::Option::Some(AttachmentType::Document),
                    "recording" => {
                        ::core::option::Option::Some(AttachmentType::Recording)
                    }
                    "generic" => ::core::option::Option::Some(AttachmentType::Generic),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for AttachmentType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AttachmentType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["image", "document", "recording", "generic"],
                    AttachmentType::from_wire,
                )
            }
        }
        /// A file attached to a chat message.
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
        pub struct Attachment {
            /// File name of the attachment.
            ///
            /// Wire name: `filename`.
            #[serde(rename = "filename")]
            pub filename: ::std::string::String,
            /// Identifier of the attachment.
            ///
            /// Wire name: `id`.
            #[serde(rename = "id")]
            pub id: ::std::string::String,
            /// Thumbnail metadata, or null when the attachment has none.
            ///
            /// Wire name: `meta`.
            #[serde(
                rename = "meta",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub meta: ::core::option::Option<::core::option::Option<AttachmentMeta>>,
            /// Size of the attachment in bytes.
            ///
            /// Wire name: `size`.
            #[serde(rename = "size")]
            pub size: ::events_core::Number,
            /// Address of the attachment's thumbnail.
            ///
            /// Wire name: `thumbnailUrl`.
            #[serde(
                rename = "thumbnailUrl",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub thumbnail_url: ::core::option::Option<::std::string::String>,
            /// Kind of attachment.
            ///
            /// Wire name: `type`.
            #[serde(rename = "type")]
            pub r#type: AttachmentType,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Attachment {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<
                        ::core::option::Option<AttachmentMeta>,
                    >,
                    field_3: ::core::option::Option<::events_core::Number>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<AttachmentType>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Attachment;
                    const EXPECTING: &'static str = "an object `Attachment`";
                    const FIELDS: &'static [&'static str] = &[
                        "filename",
                        "id",
                        "meta",
                        "size",
                        "thumbnailUrl",
                        "type",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "filename" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "filename",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "meta" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "meta",
                                    map,
                                    ::events_core::__private::Nullable(
                                        ::events_core::__private::Plain::<AttachmentMeta>::new(),
                                    ),
                                )
                            }
                            "size" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "size",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "thumbnailUrl" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "thumbnailUrl",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "type" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "type",
                                    map,
                                    ::events_core::__private::Plain::<AttachmentType>::new(),
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Attachment, __E> {
                        ::core::result::Result::Ok(Attachment {
                            filename: ::events_core::__private::required(
                                self.field_0,
                                "filename",
                            )?,
                            id: ::events_core::__private::required(self.field_1, "id")?,
                            meta: self.field_2,
                            size: ::events_core::__private::required(
                                self.field_3,
                                "size",
                            )?,
                            thumbnail_url: self.field_4,
                            r#type: ::events_core::__private::required(
                                self.field_5,
                                "type",
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
        /// Who wrote a chat message.
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
        pub struct Author {
            /// E-mail address of the author.
            ///
            /// Wire name: `email`.
            #[serde(rename = "email")]
            pub email: ::std::string::String,
            /// Identifier of the author.
            ///
            /// Wire name: `id`.
            #[serde(rename = "id")]
            pub id: ::std::string::String,
            /// Display name of the author.
            ///
            /// Wire name: `name`.
            #[serde(rename = "name")]
            pub name: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Author {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Author;
                    const EXPECTING: &'static str = "an object `Author`";
                    const FIELDS: &'static [&'static str] = &["email", "id", "name"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "email" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "email",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "name" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "name",
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
                    ) -> ::core::result::Result<Author, __E> {
                        ::core::result::Result::Ok(Author {
                            email: ::events_core::__private::required(
                                self.field_0,
                                "email",
                            )?,
                            id: ::events_core::__private::required(self.field_1, "id")?,
                            name: ::events_core::__private::required(
                                self.field_2,
                                "name",
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
        /// Metadata from the application that produced a chat message.
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
        pub struct MessageMeta {
            /// Application that produced the message.
            ///
            /// Wire name: `app`.
            #[serde(rename = "app")]
            pub app: ::std::string::String,
            /// Identifier of the conversation in the originating application.
            ///
            /// Wire name: `conversation_id`.
            #[serde(
                rename = "conversation_id",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub conversation_id: ::core::option::Option<::std::string::String>,
            /// Identifier of the message in the originating application.
            ///
            /// Wire name: `conversation_message_id`.
            #[serde(
                rename = "conversation_message_id",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub conversation_message_id: ::core::option::Option<::std::string::String>,
            /// Whether the message carries cards, as sent by the originating application.
            ///
            /// Wire name: `has_cards`.
            #[serde(
                rename = "has_cards",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub has_cards: ::core::option::Option<::std::string::String>,
            /// Kind of message in the originating application.
            ///
            /// Wire name: `type`.
            #[serde(rename = "type")]
            pub r#type: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MessageMeta {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = MessageMeta;
                    const EXPECTING: &'static str = "an object `MessageMeta`";
                    const FIELDS: &'static [&'static str] = &[
                        "app",
                        "conversation_id",
                        "conversation_message_id",
                        "has_cards",
                        "type",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "app" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "app",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "conversation_id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "conversation_id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "conversation_message_id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "conversation_message_id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "has_cards" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "has_cards",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "type" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "type",
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
                    ) -> ::core::result::Result<MessageMeta, __E> {
                        ::core::result::Result::Ok(MessageMeta {
                            app: ::events_core::__private::required(
                                self.field_0,
                                "app",
                            )?,
                            conversation_id: self.field_1,
                            conversation_message_id: self.field_2,
                            has_cards: self.field_3,
                            r#type: ::events_core::__private::required(
                                self.field_4,
                                "type",
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
        /// The message as received: plain text, or a map of named parts.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum MessageRawMessage {
            /// The value as a string.
            String(::std::string::String),
            /// The value as a map of string to a string.
            Map(
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
            ),
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MessageRawMessage {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                match self {
                    MessageRawMessage::String(value) => {
                        ::events_core::__private::serde::Serialize::serialize(
                            value,
                            serializer,
                        )
                    }
                    MessageRawMessage::Map(value) => {
                        ::events_core::__private::serde::Serialize::serialize(
                            value,
                            serializer,
                        )
                    }
                }
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de>
        for MessageRawMessage {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                let raw: ::events_core::RawJson = ::events_core::__private::serde::Deserialize::deserialize(
                    deserializer,
                )?;
                ::events_core::__private::choose_branch(
                        [
                            ::events_core::__private::try_branch(
                                    &raw,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                                .map(MessageRawMessage::String),
                            ::events_core::__private::try_branch(
                                    &raw,
                                    ::events_core::__private::Entries {
                                        value: ::events_core::__private::Plain::<
                                            ::std::string::String,
                                        >::new(),
                                        key: ::events_core::__private::Text {
                                            min_length: 0usize,
                                            max_length: usize::MAX,
                                            pattern: ::core::option::Option::None,
                                            format: ::core::option::Option::None,
                                        },
                                    },
                                )
                                .map(MessageRawMessage::Map),
                        ],
                        false,
                        "a value matching a branch of `MessageRawMessage`",
                    )
                    .map_err(
                        <__D::Error as ::events_core::__private::serde::de::Error>::custom,
                    )
            }
        }
        /// One message of a chat conversation.
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
        pub struct Message {
            /// Files attached to the message.
            ///
            /// Wire name: `attachments`.
            #[serde(
                rename = "attachments",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub attachments: ::core::option::Option<::std::vec::Vec<Attachment>>,
            /// The `author` property.
            #[serde(
                rename = "author",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub author: ::core::option::Option<Author>,
            /// Name of the bot that wrote the message, if a bot did.
            ///
            /// Wire name: `botName`.
            #[serde(
                rename = "botName",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub bot_name: ::core::option::Option<::std::string::String>,
            /// Name shown for the author.
            ///
            /// Wire name: `displayName`.
            #[serde(
                rename = "displayName",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub display_name: ::core::option::Option<::std::string::String>,
            /// Identifier of the message.
            ///
            /// Wire name: `id`.
            #[serde(rename = "id")]
            pub id: ::std::string::String,
            /// Whether a bot wrote the message.
            ///
            /// Wire name: `isBot`.
            #[serde(
                rename = "isBot",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub is_bot: ::core::option::Option<bool>,
            /// Whether the message was deleted.
            ///
            /// Wire name: `isDeleted`.
            #[serde(
                rename = "isDeleted",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub is_deleted: ::core::option::Option<bool>,
            /// When the message was last edited, in milliseconds since the Unix epoch.
            ///
            /// Wire name: `lastUpdatedTimestamp`.
            #[serde(
                rename = "lastUpdatedTimestamp",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub last_updated_timestamp: ::core::option::Option<::events_core::Number>,
            /// The `meta` property.
            #[serde(
                rename = "meta",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub meta: ::core::option::Option<MessageMeta>,
            /// Delivery status of the message.
            ///
            /// Wire name: `msgStatus`.
            #[serde(
                rename = "msgStatus",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub msg_status: ::core::option::Option<::std::string::String>,
            /// The message text before translation.
            ///
            /// Wire name: `originalMessage`.
            #[serde(
                rename = "originalMessage",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub original_message: ::core::option::Option<::std::string::String>,
            /// The message as received: plain text, or a map of named parts.
            ///
            /// Wire name: `rawMessage`.
            #[serde(rename = "rawMessage")]
            pub raw_message: MessageRawMessage,
            /// Whether the message was sent again.
            ///
            /// Wire name: `resent`.
            #[serde(
                rename = "resent",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub resent: ::core::option::Option<bool>,
            /// When the message was sent, in milliseconds since the Unix epoch.
            ///
            /// Wire name: `timestamp`.
            #[serde(rename = "timestamp")]
            pub timestamp: ::events_core::Number,
            /// The translated message text, or null when there is none.
            ///
            /// Wire name: `translatedMessage`.
            #[serde(
                rename = "translatedMessage",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub translated_message: ::core::option::Option<
                ::core::option::Option<::std::string::String>,
            >,
            /// Kind of message.
            ///
            /// Wire name: `type`.
            #[serde(rename = "type")]
            pub r#type: ::std::string::String,
            /// Template variables of the message.
            ///
            /// Wire name: `variables`.
            #[serde(
                rename = "variables",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub variables: ::core::option::Option<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
            >,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Message {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::vec::Vec<Attachment>>,
                    field_1: ::core::option::Option<Author>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<bool>,
                    field_6: ::core::option::Option<bool>,
                    field_7: ::core::option::Option<::events_core::Number>,
                    field_8: ::core::option::Option<MessageMeta>,
                    field_9: ::core::option::Option<::std::string::String>,
                    field_10: ::core::option::Option<::std::string::String>,
                    field_11: ::core::option::Option<MessageRawMessage>,
                    field_12: ::core::option::Option<bool>,
                    field_13: ::core::option::Option<::events_core::Number>,
                    field_14: ::core::option::Option<
                        ::core::option::Option<::std::string::String>,
                    >,
                    field_15: ::core::option::Option<::std::string::String>,
                    field_16: ::core::option::Option<
                        ::std::collections::BTreeMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Message;
                    const EXPECTING: &'static str = "an object `Message`";
                    const FIELDS: &'static [&'static str] = &[
                        "attachments",
                        "author",
                        "botName",
                        "displayName",
                        "id",
                        "isBot",
                        "isDeleted",
                        "lastUpdatedTimestamp",
                        "meta",
                        "msgStatus",
                        "originalMessage",
                        "rawMessage",
                        "resent",
                        "timestamp",
                        "translatedMessage",
                        "type",
                        "variables",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "attachments" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "attachments",
                                    map,
                                    ::events_core::__private::Items::of(
                                        ::events_core::__private::Plain::<Attachment>::new(),
                                    ),
                                )
                            }
                            "author" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "author",
                                    map,
                                    ::events_core::__private::Plain::<Author>::new(),
                                )
                            }
                            "botName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "botName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "displayName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "displayName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "id" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "id",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "isBot" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "isBot",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "isDeleted" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "isDeleted",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "lastUpdatedTimestamp" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "lastUpdatedTimestamp",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "meta" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "meta",
                                    map,
                                    ::events_core::__private::Plain::<MessageMeta>::new(),
                                )
                            }
                            "msgStatus" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "msgStatus",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "originalMessage" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "originalMessage",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "rawMessage" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "rawMessage",
                                    map,
                                    ::events_core::__private::Plain::<MessageRawMessage>::new(),
                                )
                            }
                            "resent" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_12,
                                    "resent",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "timestamp" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_13,
                                    "timestamp",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::events_core::Number,
                                    >::new(),
                                )
                            }
                            "translatedMessage" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_14,
                                    "translatedMessage",
                                    map,
                                    ::events_core::__private::Nullable(
                                        ::events_core::__private::Plain::<
                                            ::std::string::String,
                                        >::new(),
                                    ),
                                )
                            }
                            "type" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_15,
                                    "type",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "variables" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_16,
                                    "variables",
                                    map,
                                    ::events_core::__private::Entries {
                                        value: ::events_core::__private::Plain::<
                                            ::std::string::String,
                                        >::new(),
                                        key: ::events_core::__private::Text {
                                            min_length: 0usize,
                                            max_length: usize::MAX,
                                            pattern: ::core::option::Option::None,
                                            format: ::core::option::Option::None,
                                        },
                                    },
                                )
                            }
                            _ => ::core::result::Result::Ok(false),
                        }
                    }
                    fn finish<__E: ::events_core::__private::serde::de::Error>(
                        self,
                    ) -> ::core::result::Result<Message, __E> {
                        ::core::result::Result::Ok(Message {
                            attachments: self.field_0,
                            author: self.field_1,
                            bot_name: self.field_2,
                            display_name: self.field_3,
                            id: ::events_core::__private::required(self.field_4, "id")?,
                            is_bot: self.field_5,
                            is_deleted: self.field_6,
                            last_updated_timestamp: self.field_7,
                            meta: self.field_8,
                            msg_status: self.field_9,
                            original_message: self.field_10,
                            raw_message: ::events_core::__private::required(
                                self.field_11,
                                "rawMessage",
                            )?,
                            resent: self.field_12,
                            timestamp: ::events_core::__private::required(
                                self.field_13,
                                "timestamp",
                            )?,
                            translated_message: self.field_14,
                            r#type: ::events_core::__private::required(
                                self.field_15,
                                "type",
                            )?,
                            variables: self.field_16,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
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
        /// A chat message was sent in an interaction.
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
            /// Identifier of the interaction the event refers to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
            /// The `message` property.
            #[serde(rename = "message")]
            pub message: Message,
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
                    field_1: ::core::option::Option<Message>,
                    field_2: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-chat-message-sent-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "message",
                        "schemaVersion",
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
                            "message" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "message",
                                    map,
                                    ::events_core::__private::Plain::<Message>::new(),
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
                            interaction_id: ::events_core::__private::required(
                                self.field_0,
                                "interactionId",
                            )?,
                            message: ::events_core::__private::required(
                                self.field_1,
                                "message",
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
/// Payload types of `mashell-chat-nextgen-offered-cc-event-v1`: A next-generation (SMS, WhatsApp) contact-centre chat was offered to the agent.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_chat_nextgen_offered_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{Direction, MediaType};
    /// The payload of `mashell-chat-nextgen-offered-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-chat-nextgen-offered-cc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `offered`
            #[default]
            Offered,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Offered];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Offered => "offered",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "offered" => ::core::option::Option::Some(EventName::Offered),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["offered"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `chat`
            #[default]
            Chat,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Chat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Chat => "chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "chat" => ::core::option::Option::Some(Media::Chat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["chat"],
                    Media::from_wire,
                )
            }
        }
        /// Kind of chat channel.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum MediaType {
            /// `sms`
            Sms,
            /// `whatsapp`
            Whatsapp,
        }
        #[allow(deprecated)]
        impl MediaType {
            /// Every value, in schema order.
            pub const ALL: &'static [MediaType] = &[MediaType::Sms, MediaType::Whatsapp];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    MediaType::Sms => "sms",
                    MediaType::Whatsapp => "whatsapp",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "sms" => ::core::option::Option::Some(MediaType::Sms),
                    "whatsapp" => ::core::option::Option::Some(MediaType::Whatsapp),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MediaType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MediaType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["sms", "whatsapp"],
                    MediaType::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A next-generation contact-centre chat was offered to the agent.
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
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// Kind of chat channel.
            ///
            /// Wire name: `mediaType`.
            #[serde(rename = "mediaType")]
            pub media_type: MediaType,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<Direction>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<EventName>,
                    field_3: ::core::option::Option<Media>,
                    field_4: ::core::option::Option<MediaType>,
                    field_5: ::core::option::Option<Method>,
                    field_6: ::core::option::Option<SchemaVersion>,
                    field_7: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-chat-nextgen-offered-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "mediaType",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "mediaType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "mediaType",
                                    map,
                                    ::events_core::__private::Plain::<MediaType>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "searchContext",
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
                            direction: ::events_core::__private::required(
                                self.field_0,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_1,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_2,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_3,
                                "media",
                            )?,
                            media_type: ::events_core::__private::required(
                                self.field_4,
                                "mediaType",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_5,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_6,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_7,
                                "searchContext",
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
/// Payload types of `mashell-chat-nextgen-accepted-cc-event-v1`: The agent accepted a next-generation contact-centre chat.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_chat_nextgen_accepted_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{Direction, MediaType};
    /// The payload of `mashell-chat-nextgen-accepted-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-chat-nextgen-accepted-cc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `accepted`
            #[default]
            Accepted,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Accepted];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Accepted => "accepted",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "accepted" => ::core::option::Option::Some(EventName::Accepted),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["accepted"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `chat`
            #[default]
            Chat,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Chat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Chat => "chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "chat" => ::core::option::Option::Some(Media::Chat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["chat"],
                    Media::from_wire,
                )
            }
        }
        /// Kind of chat channel.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum MediaType {
            /// `sms`
            Sms,
            /// `whatsapp`
            Whatsapp,
        }
        #[allow(deprecated)]
        impl MediaType {
            /// Every value, in schema order.
            pub const ALL: &'static [MediaType] = &[MediaType::Sms, MediaType::Whatsapp];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    MediaType::Sms => "sms",
                    MediaType::Whatsapp => "whatsapp",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "sms" => ::core::option::Option::Some(MediaType::Sms),
                    "whatsapp" => ::core::option::Option::Some(MediaType::Whatsapp),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MediaType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MediaType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["sms", "whatsapp"],
                    MediaType::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// The agent accepted a next-generation contact-centre chat.
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
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// Kind of chat channel.
            ///
            /// Wire name: `mediaType`.
            #[serde(rename = "mediaType")]
            pub media_type: MediaType,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<Direction>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<EventName>,
                    field_3: ::core::option::Option<Media>,
                    field_4: ::core::option::Option<MediaType>,
                    field_5: ::core::option::Option<Method>,
                    field_6: ::core::option::Option<SchemaVersion>,
                    field_7: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-chat-nextgen-accepted-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "mediaType",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "mediaType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "mediaType",
                                    map,
                                    ::events_core::__private::Plain::<MediaType>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "searchContext",
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
                            direction: ::events_core::__private::required(
                                self.field_0,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_1,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_2,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_3,
                                "media",
                            )?,
                            media_type: ::events_core::__private::required(
                                self.field_4,
                                "mediaType",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_5,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_6,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_7,
                                "searchContext",
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
/// Payload types of `mashell-chat-nextgen-completed-cc-event-v1`: A next-generation contact-centre chat was completed.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_chat_nextgen_completed_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction, MediaType};
    /// The payload of `mashell-chat-nextgen-completed-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-chat-nextgen-completed-cc-event-v1`.
    pub mod v1_0_0 {
        /// Extra details of the interaction.
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
        pub struct AdditionalData {
            /// Description of the outcome.
            ///
            /// Wire name: `description`.
            #[serde(rename = "description")]
            pub description: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &["description"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "description" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "description",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            description: ::events_core::__private::required(
                                self.field_0,
                                "description",
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
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `completed`
            #[default]
            Completed,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Completed];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Completed => "completed",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "completed" => ::core::option::Option::Some(EventName::Completed),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["completed"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `chat`
            #[default]
            Chat,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Chat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Chat => "chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "chat" => ::core::option::Option::Some(Media::Chat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["chat"],
                    Media::from_wire,
                )
            }
        }
        /// Kind of chat channel.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum MediaType {
            /// `sms`
            Sms,
            /// `whatsapp`
            Whatsapp,
        }
        #[allow(deprecated)]
        impl MediaType {
            /// Every value, in schema order.
            pub const ALL: &'static [MediaType] = &[MediaType::Sms, MediaType::Whatsapp];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    MediaType::Sms => "sms",
                    MediaType::Whatsapp => "whatsapp",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "sms" => ::core::option::Option::Some(MediaType::Sms),
                    "whatsapp" => ::core::option::Option::Some(MediaType::Whatsapp),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MediaType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MediaType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["sms", "whatsapp"],
                    MediaType::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A next-generation contact-centre chat was completed.
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
            /// Extra details of the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(rename = "additionalData")]
            pub additional_data: AdditionalData,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// Kind of chat channel.
            ///
            /// Wire name: `mediaType`.
            #[serde(rename = "mediaType")]
            pub media_type: MediaType,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<Direction>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<EventName>,
                    field_5: ::core::option::Option<Media>,
                    field_6: ::core::option::Option<MediaType>,
                    field_7: ::core::option::Option<Method>,
                    field_8: ::core::option::Option<SchemaVersion>,
                    field_9: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-chat-nextgen-completed-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "media",
                        "mediaType",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "mediaType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "mediaType",
                                    map,
                                    ::events_core::__private::Plain::<MediaType>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "searchContext",
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
                            additional_data: ::events_core::__private::required(
                                self.field_0,
                                "additionalData",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_1,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_2,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_3,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_4,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_5,
                                "media",
                            )?,
                            media_type: ::events_core::__private::required(
                                self.field_6,
                                "mediaType",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_7,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_8,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_9,
                                "searchContext",
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
/// Payload types of `mashell-chat-nextgen-terminated-cc-event-v1`: A next-generation contact-centre chat was terminated.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_chat_nextgen_terminated_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction, MediaType};
    /// The payload of `mashell-chat-nextgen-terminated-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-chat-nextgen-terminated-cc-event-v1`.
    pub mod v1_0_0 {
        /// Extra details of the interaction.
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
        pub struct AdditionalData {
            /// Description of the outcome.
            ///
            /// Wire name: `description`.
            #[serde(rename = "description")]
            pub description: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &["description"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "description" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "description",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            description: ::events_core::__private::required(
                                self.field_0,
                                "description",
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
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `terminated`
            #[default]
            Terminated,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Terminated];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Terminated => "terminated",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "terminated" => ::core::option::Option::Some(EventName::Terminated),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["terminated"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `chat`
            #[default]
            Chat,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Chat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Chat => "chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "chat" => ::core::option::Option::Some(Media::Chat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["chat"],
                    Media::from_wire,
                )
            }
        }
        /// Kind of chat channel.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum MediaType {
            /// `sms`
            Sms,
            /// `whatsapp`
            Whatsapp,
        }
        #[allow(deprecated)]
        impl MediaType {
            /// Every value, in schema order.
            pub const ALL: &'static [MediaType] = &[MediaType::Sms, MediaType::Whatsapp];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    MediaType::Sms => "sms",
                    MediaType::Whatsapp => "whatsapp",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "sms" => ::core::option::Option::Some(MediaType::Sms),
                    "whatsapp" => ::core::option::Option::Some(MediaType::Whatsapp),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MediaType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MediaType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["sms", "whatsapp"],
                    MediaType::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A next-generation contact-centre chat was terminated.
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
            /// Extra details of the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(rename = "additionalData")]
            pub additional_data: AdditionalData,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// Kind of chat channel.
            ///
            /// Wire name: `mediaType`.
            #[serde(rename = "mediaType")]
            pub media_type: MediaType,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<Direction>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<EventName>,
                    field_5: ::core::option::Option<Media>,
                    field_6: ::core::option::Option<MediaType>,
                    field_7: ::core::option::Option<Method>,
                    field_8: ::core::option::Option<SchemaVersion>,
                    field_9: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-chat-nextgen-terminated-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "media",
                        "mediaType",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "mediaType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "mediaType",
                                    map,
                                    ::events_core::__private::Plain::<MediaType>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "searchContext",
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
                            additional_data: ::events_core::__private::required(
                                self.field_0,
                                "additionalData",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_1,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_2,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_3,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_4,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_5,
                                "media",
                            )?,
                            media_type: ::events_core::__private::required(
                                self.field_6,
                                "mediaType",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_7,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_8,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_9,
                                "searchContext",
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
/// Payload types of `mashell-chat-offered-cc-event-v1`: A contact-centre web chat was offered to the agent.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_chat_offered_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction};
    /// The payload of `mashell-chat-offered-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-chat-offered-cc-event-v1`.
    pub mod v1_0_0 {
        /// Extra details of the interaction.
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
        pub struct AdditionalData {
            /// Name of the customer.
            ///
            /// Wire name: `name`.
            #[serde(rename = "name")]
            pub name: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &["name"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "name" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "name",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            name: ::events_core::__private::required(
                                self.field_0,
                                "name",
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
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `offered`
            #[default]
            Offered,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Offered];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Offered => "offered",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "offered" => ::core::option::Option::Some(EventName::Offered),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["offered"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `chat`
            #[default]
            Chat,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Chat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Chat => "chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "chat" => ::core::option::Option::Some(Media::Chat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["chat"],
                    Media::from_wire,
                )
            }
        }
        /// Kind of chat channel.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum MediaType {
            /// `web_chat`
            #[default]
            WebChat,
        }
        #[allow(deprecated)]
        impl MediaType {
            /// Every value, in schema order.
            pub const ALL: &'static [MediaType] = &[MediaType::WebChat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    MediaType::WebChat => "web_chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "web_chat" => ::core::option::Option::Some(MediaType::WebChat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MediaType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MediaType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["web_chat"],
                    MediaType::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre web chat was offered to the agent.
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
            /// Extra details of the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(rename = "additionalData")]
            pub additional_data: AdditionalData,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// Kind of chat channel.
            ///
            /// Wire name: `mediaType`.
            #[serde(rename = "mediaType")]
            pub media_type: MediaType,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<Direction>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<EventName>,
                    field_4: ::core::option::Option<Media>,
                    field_5: ::core::option::Option<MediaType>,
                    field_6: ::core::option::Option<Method>,
                    field_7: ::core::option::Option<SchemaVersion>,
                    field_8: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-chat-offered-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "mediaType",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "mediaType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "mediaType",
                                    map,
                                    ::events_core::__private::Plain::<MediaType>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "searchContext",
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
                            additional_data: ::events_core::__private::required(
                                self.field_0,
                                "additionalData",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_1,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_2,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_3,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_4,
                                "media",
                            )?,
                            media_type: ::events_core::__private::required(
                                self.field_5,
                                "mediaType",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_6,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_7,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_8,
                                "searchContext",
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
/// Payload types of `mashell-chat-accepted-cc-event-v1`: The agent accepted a contact-centre web chat.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_chat_accepted_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction};
    /// The payload of `mashell-chat-accepted-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-chat-accepted-cc-event-v1`.
    pub mod v1_0_0 {
        /// Extra details of the interaction.
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
        pub struct AdditionalData {
            /// Name of the customer.
            ///
            /// Wire name: `name`.
            #[serde(rename = "name")]
            pub name: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &["name"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "name" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "name",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            name: ::events_core::__private::required(
                                self.field_0,
                                "name",
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
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `offered`
            #[default]
            Offered,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Offered];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Offered => "offered",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "offered" => ::core::option::Option::Some(EventName::Offered),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["offered"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `chat`
            #[default]
            Chat,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Chat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Chat => "chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "chat" => ::core::option::Option::Some(Media::Chat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["chat"],
                    Media::from_wire,
                )
            }
        }
        /// Kind of chat channel.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum MediaType {
            /// `web_chat`
            #[default]
            WebChat,
        }
        #[allow(deprecated)]
        impl MediaType {
            /// Every value, in schema order.
            pub const ALL: &'static [MediaType] = &[MediaType::WebChat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    MediaType::WebChat => "web_chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "web_chat" => ::core::option::Option::Some(MediaType::WebChat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MediaType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MediaType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["web_chat"],
                    MediaType::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// The agent accepted a contact-centre web chat. The vendor types this payload with the offered schema, so `eventName` is `offered`.
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
            /// Extra details of the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(rename = "additionalData")]
            pub additional_data: AdditionalData,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// Kind of chat channel.
            ///
            /// Wire name: `mediaType`.
            #[serde(rename = "mediaType")]
            pub media_type: MediaType,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<Direction>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<EventName>,
                    field_4: ::core::option::Option<Media>,
                    field_5: ::core::option::Option<MediaType>,
                    field_6: ::core::option::Option<Method>,
                    field_7: ::core::option::Option<SchemaVersion>,
                    field_8: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-chat-accepted-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "mediaType",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "mediaType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "mediaType",
                                    map,
                                    ::events_core::__private::Plain::<MediaType>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "searchContext",
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
                            additional_data: ::events_core::__private::required(
                                self.field_0,
                                "additionalData",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_1,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_2,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_3,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_4,
                                "media",
                            )?,
                            media_type: ::events_core::__private::required(
                                self.field_5,
                                "mediaType",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_6,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_7,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_8,
                                "searchContext",
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
/// Payload types of `mashell-chat-completed-cc-event-v1`: A contact-centre web chat was completed.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_chat_completed_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction};
    /// The payload of `mashell-chat-completed-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-chat-completed-cc-event-v1`.
    pub mod v1_0_0 {
        /// Extra details of the interaction.
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
        pub struct AdditionalData {
            /// Description of the outcome.
            ///
            /// Wire name: `description`.
            #[serde(rename = "description")]
            pub description: ::std::string::String,
            /// Name of the customer.
            ///
            /// Wire name: `name`.
            #[serde(rename = "name")]
            pub name: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &["description", "name"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "description" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "description",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "name" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "name",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            description: ::events_core::__private::required(
                                self.field_0,
                                "description",
                            )?,
                            name: ::events_core::__private::required(
                                self.field_1,
                                "name",
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
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `completed`
            #[default]
            Completed,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Completed];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Completed => "completed",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "completed" => ::core::option::Option::Some(EventName::Completed),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["completed"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `chat`
            #[default]
            Chat,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Chat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Chat => "chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "chat" => ::core::option::Option::Some(Media::Chat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["chat"],
                    Media::from_wire,
                )
            }
        }
        /// Kind of chat channel.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum MediaType {
            /// `web_chat`
            #[default]
            WebChat,
        }
        #[allow(deprecated)]
        impl MediaType {
            /// Every value, in schema order.
            pub const ALL: &'static [MediaType] = &[MediaType::WebChat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    MediaType::WebChat => "web_chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "web_chat" => ::core::option::Option::Some(MediaType::WebChat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MediaType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MediaType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["web_chat"],
                    MediaType::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre web chat was completed.
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
            /// Extra details of the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(rename = "additionalData")]
            pub additional_data: AdditionalData,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// Kind of chat channel.
            ///
            /// Wire name: `mediaType`.
            #[serde(rename = "mediaType")]
            pub media_type: MediaType,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<Direction>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<EventName>,
                    field_5: ::core::option::Option<Media>,
                    field_6: ::core::option::Option<MediaType>,
                    field_7: ::core::option::Option<Method>,
                    field_8: ::core::option::Option<SchemaVersion>,
                    field_9: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-chat-completed-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "media",
                        "mediaType",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "mediaType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "mediaType",
                                    map,
                                    ::events_core::__private::Plain::<MediaType>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "searchContext",
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
                            additional_data: ::events_core::__private::required(
                                self.field_0,
                                "additionalData",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_1,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_2,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_3,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_4,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_5,
                                "media",
                            )?,
                            media_type: ::events_core::__private::required(
                                self.field_6,
                                "mediaType",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_7,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_8,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_9,
                                "searchContext",
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
/// Payload types of `mashell-chat-terminated-cc-event-v1`: A contact-centre web chat was terminated.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_chat_terminated_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction};
    /// The payload of `mashell-chat-terminated-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-chat-terminated-cc-event-v1`.
    pub mod v1_0_0 {
        /// Extra details of the interaction.
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
        pub struct AdditionalData {
            /// Description of the outcome.
            ///
            /// Wire name: `description`.
            #[serde(rename = "description")]
            pub description: ::std::string::String,
            /// Name of the customer.
            ///
            /// Wire name: `name`.
            #[serde(rename = "name")]
            pub name: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &["description", "name"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "description" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "description",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "name" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "name",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            description: ::events_core::__private::required(
                                self.field_0,
                                "description",
                            )?,
                            name: ::events_core::__private::required(
                                self.field_1,
                                "name",
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
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `terminated`
            #[default]
            Terminated,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Terminated];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Terminated => "terminated",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "terminated" => ::core::option::Option::Some(EventName::Terminated),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["terminated"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `chat`
            #[default]
            Chat,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Chat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Chat => "chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "chat" => ::core::option::Option::Some(Media::Chat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["chat"],
                    Media::from_wire,
                )
            }
        }
        /// Kind of chat channel.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum MediaType {
            /// `web_chat`
            #[default]
            WebChat,
        }
        #[allow(deprecated)]
        impl MediaType {
            /// Every value, in schema order.
            pub const ALL: &'static [MediaType] = &[MediaType::WebChat];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    MediaType::WebChat => "web_chat",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "web_chat" => ::core::option::Option::Some(MediaType::WebChat),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for MediaType {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for MediaType {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["web_chat"],
                    MediaType::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre web chat was terminated.
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
            /// Extra details of the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(rename = "additionalData")]
            pub additional_data: AdditionalData,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// Kind of chat channel.
            ///
            /// Wire name: `mediaType`.
            #[serde(rename = "mediaType")]
            pub media_type: MediaType,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<Direction>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<EventName>,
                    field_5: ::core::option::Option<Media>,
                    field_6: ::core::option::Option<MediaType>,
                    field_7: ::core::option::Option<Method>,
                    field_8: ::core::option::Option<SchemaVersion>,
                    field_9: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-chat-terminated-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "media",
                        "mediaType",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "mediaType" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "mediaType",
                                    map,
                                    ::events_core::__private::Plain::<MediaType>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "searchContext",
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
                            additional_data: ::events_core::__private::required(
                                self.field_0,
                                "additionalData",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_1,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_2,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_3,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_4,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_5,
                                "media",
                            )?,
                            media_type: ::events_core::__private::required(
                                self.field_6,
                                "mediaType",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_7,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_8,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_9,
                                "searchContext",
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
/// Payload types of `mashell-email-accepted-cc-event-v1`: The agent accepted a contact-centre e-mail.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_email_accepted_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{Contact, Direction};
    /// The payload of `mashell-email-accepted-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-email-accepted-cc-event-v1`.
    pub mod v1_0_0 {
        /// The customer who wrote the e-mail.
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
        pub struct Contact {
            /// E-mail address of the contact.
            ///
            /// Wire name: `emailAddress`.
            #[serde(rename = "emailAddress")]
            pub email_address: ::std::string::String,
            /// First name of the contact.
            ///
            /// Wire name: `firstName`.
            #[serde(
                rename = "firstName",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub first_name: ::core::option::Option<::std::string::String>,
            /// Last name of the contact.
            ///
            /// Wire name: `lastName`.
            #[serde(
                rename = "lastName",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub last_name: ::core::option::Option<::std::string::String>,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Contact {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Contact;
                    const EXPECTING: &'static str = "an object `Contact`";
                    const FIELDS: &'static [&'static str] = &[
                        "emailAddress",
                        "firstName",
                        "lastName",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "emailAddress" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "emailAddress",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "firstName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "firstName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "lastName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "lastName",
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
                    ) -> ::core::result::Result<Contact, __E> {
                        ::core::result::Result::Ok(Contact {
                            email_address: ::events_core::__private::required(
                                self.field_0,
                                "emailAddress",
                            )?,
                            first_name: self.field_1,
                            last_name: self.field_2,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `accepted`
            #[default]
            Accepted,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Accepted];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Accepted => "accepted",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "accepted" => ::core::option::Option::Some(EventName::Accepted),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["accepted"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `email`
            #[default]
            Email,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Email];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Email => "email",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "email" => ::core::option::Option::Some(Media::Email),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["email"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// The agent accepted a contact-centre e-mail.
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
            /// Identifier of the child e-mail thread, when there is one.
            ///
            /// Wire name: `childNumberId`.
            #[serde(
                rename = "childNumberId",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub child_number_id: ::core::option::Option<::std::string::String>,
            /// The customer who wrote the e-mail.
            ///
            /// Wire name: `contact`.
            #[serde(rename = "contact")]
            pub contact: Contact,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Whether the e-mail is a reply.
            ///
            /// Wire name: `isReplyEmail`.
            #[serde(rename = "isReplyEmail")]
            pub is_reply_email: bool,
            /// Whether the e-mail was terminated on its own.
            ///
            /// Wire name: `isStandAloneTerminated`.
            #[serde(rename = "isStandAloneTerminated")]
            pub is_stand_alone_terminated: bool,
            /// Identifier of the main e-mail thread.
            ///
            /// Wire name: `mainNumberId`.
            #[serde(rename = "mainNumberId")]
            pub main_number_id: ::std::string::String,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// Address of the e-mail in the agent workspace.
            ///
            /// Wire name: `url`.
            #[serde(rename = "url")]
            pub url: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<Contact>,
                    field_2: ::core::option::Option<Direction>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<EventName>,
                    field_5: ::core::option::Option<bool>,
                    field_6: ::core::option::Option<bool>,
                    field_7: ::core::option::Option<::std::string::String>,
                    field_8: ::core::option::Option<Media>,
                    field_9: ::core::option::Option<Method>,
                    field_10: ::core::option::Option<SchemaVersion>,
                    field_11: ::core::option::Option<::std::string::String>,
                    field_12: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-email-accepted-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "childNumberId",
                        "contact",
                        "direction",
                        "eventId",
                        "eventName",
                        "isReplyEmail",
                        "isStandAloneTerminated",
                        "mainNumberId",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "url",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "childNumberId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "childNumberId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "contact" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "contact",
                                    map,
                                    ::events_core::__private::Plain::<Contact>::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "isReplyEmail" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "isReplyEmail",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "isStandAloneTerminated" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "isStandAloneTerminated",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "mainNumberId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "mainNumberId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "url" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_12,
                                    "url",
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
                            child_number_id: self.field_0,
                            contact: ::events_core::__private::required(
                                self.field_1,
                                "contact",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_2,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_3,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_4,
                                "eventName",
                            )?,
                            is_reply_email: ::events_core::__private::required(
                                self.field_5,
                                "isReplyEmail",
                            )?,
                            is_stand_alone_terminated: ::events_core::__private::required(
                                self.field_6,
                                "isStandAloneTerminated",
                            )?,
                            main_number_id: ::events_core::__private::required(
                                self.field_7,
                                "mainNumberId",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_8,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_9,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_10,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_11,
                                "searchContext",
                            )?,
                            url: ::events_core::__private::required(
                                self.field_12,
                                "url",
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
/// Payload types of `mashell-email-terminated-cc-event-v1`: A contact-centre e-mail was terminated.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_email_terminated_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{Contact, Direction};
    /// The payload of `mashell-email-terminated-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-email-terminated-cc-event-v1`.
    pub mod v1_0_0 {
        /// The customer who wrote the e-mail.
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
        pub struct Contact {
            /// E-mail address of the contact.
            ///
            /// Wire name: `emailAddress`.
            #[serde(rename = "emailAddress")]
            pub email_address: ::std::string::String,
            /// First name of the contact.
            ///
            /// Wire name: `firstName`.
            #[serde(
                rename = "firstName",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub first_name: ::core::option::Option<::std::string::String>,
            /// Last name of the contact.
            ///
            /// Wire name: `lastName`.
            #[serde(
                rename = "lastName",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub last_name: ::core::option::Option<::std::string::String>,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Contact {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Contact;
                    const EXPECTING: &'static str = "an object `Contact`";
                    const FIELDS: &'static [&'static str] = &[
                        "emailAddress",
                        "firstName",
                        "lastName",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "emailAddress" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "emailAddress",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "firstName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "firstName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "lastName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "lastName",
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
                    ) -> ::core::result::Result<Contact, __E> {
                        ::core::result::Result::Ok(Contact {
                            email_address: ::events_core::__private::required(
                                self.field_0,
                                "emailAddress",
                            )?,
                            first_name: self.field_1,
                            last_name: self.field_2,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `terminated`
            #[default]
            Terminated,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Terminated];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Terminated => "terminated",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "terminated" => ::core::option::Option::Some(EventName::Terminated),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["terminated"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `email`
            #[default]
            Email,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Email];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Email => "email",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "email" => ::core::option::Option::Some(Media::Email),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["email"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre e-mail was terminated.
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
            /// Identifier of the child e-mail thread, when there is one.
            ///
            /// Wire name: `childNumberId`.
            #[serde(
                rename = "childNumberId",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub child_number_id: ::core::option::Option<::std::string::String>,
            /// The customer who wrote the e-mail.
            ///
            /// Wire name: `contact`.
            #[serde(rename = "contact")]
            pub contact: Contact,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Whether the e-mail is a reply.
            ///
            /// Wire name: `isReplyEmail`.
            #[serde(rename = "isReplyEmail")]
            pub is_reply_email: bool,
            /// Whether the e-mail was terminated on its own.
            ///
            /// Wire name: `isStandAloneTerminated`.
            #[serde(rename = "isStandAloneTerminated")]
            pub is_stand_alone_terminated: bool,
            /// Identifier of the main e-mail thread.
            ///
            /// Wire name: `mainNumberId`.
            #[serde(rename = "mainNumberId")]
            pub main_number_id: ::std::string::String,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// Address of the e-mail in the agent workspace.
            ///
            /// Wire name: `url`.
            #[serde(rename = "url")]
            pub url: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<Contact>,
                    field_2: ::core::option::Option<Direction>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<EventName>,
                    field_5: ::core::option::Option<bool>,
                    field_6: ::core::option::Option<bool>,
                    field_7: ::core::option::Option<::std::string::String>,
                    field_8: ::core::option::Option<Media>,
                    field_9: ::core::option::Option<Method>,
                    field_10: ::core::option::Option<SchemaVersion>,
                    field_11: ::core::option::Option<::std::string::String>,
                    field_12: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-email-terminated-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "childNumberId",
                        "contact",
                        "direction",
                        "eventId",
                        "eventName",
                        "isReplyEmail",
                        "isStandAloneTerminated",
                        "mainNumberId",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "url",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "childNumberId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "childNumberId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "contact" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "contact",
                                    map,
                                    ::events_core::__private::Plain::<Contact>::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "isReplyEmail" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "isReplyEmail",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "isStandAloneTerminated" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "isStandAloneTerminated",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "mainNumberId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "mainNumberId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "url" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_12,
                                    "url",
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
                            child_number_id: self.field_0,
                            contact: ::events_core::__private::required(
                                self.field_1,
                                "contact",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_2,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_3,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_4,
                                "eventName",
                            )?,
                            is_reply_email: ::events_core::__private::required(
                                self.field_5,
                                "isReplyEmail",
                            )?,
                            is_stand_alone_terminated: ::events_core::__private::required(
                                self.field_6,
                                "isStandAloneTerminated",
                            )?,
                            main_number_id: ::events_core::__private::required(
                                self.field_7,
                                "mainNumberId",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_8,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_9,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_10,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_11,
                                "searchContext",
                            )?,
                            url: ::events_core::__private::required(
                                self.field_12,
                                "url",
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
/// Payload types of `mashell-voice-phone-offered-cc-event-v1`: A contact-centre phone call was offered to the agent.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voice_phone_offered_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::Direction;
    /// The payload of `mashell-voice-phone-offered-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voice-phone-offered-cc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `offered`
            #[default]
            Offered,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Offered];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Offered => "offered",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "offered" => ::core::option::Option::Some(EventName::Offered),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["offered"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `phone`
            #[default]
            Phone,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Phone];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Phone => "phone",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "phone" => ::core::option::Option::Some(Media::Phone),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["phone"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre phone call was offered to the agent.
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
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<Direction>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<EventName>,
                    field_3: ::core::option::Option<Media>,
                    field_4: ::core::option::Option<Method>,
                    field_5: ::core::option::Option<SchemaVersion>,
                    field_6: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voice-phone-offered-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "searchContext",
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
                            direction: ::events_core::__private::required(
                                self.field_0,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_1,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_2,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_3,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_4,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_5,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_6,
                                "searchContext",
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
/// Payload types of `mashell-voice-phone-accepted-cc-event-v1`: The agent accepted a contact-centre phone call.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voice_phone_accepted_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::Direction;
    /// The payload of `mashell-voice-phone-accepted-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voice-phone-accepted-cc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `accepted`
            #[default]
            Accepted,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Accepted];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Accepted => "accepted",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "accepted" => ::core::option::Option::Some(EventName::Accepted),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["accepted"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `phone`
            #[default]
            Phone,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Phone];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Phone => "phone",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "phone" => ::core::option::Option::Some(Media::Phone),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["phone"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// The agent accepted a contact-centre phone call.
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
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<Direction>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<EventName>,
                    field_3: ::core::option::Option<Media>,
                    field_4: ::core::option::Option<Method>,
                    field_5: ::core::option::Option<SchemaVersion>,
                    field_6: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voice-phone-accepted-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "searchContext",
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
                            direction: ::events_core::__private::required(
                                self.field_0,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_1,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_2,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_3,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_4,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_5,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_6,
                                "searchContext",
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
/// Payload types of `mashell-voice-phone-completed-cc-event-v1`: A contact-centre phone call was completed.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voice_phone_completed_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction};
    /// The payload of `mashell-voice-phone-completed-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voice-phone-completed-cc-event-v1`.
    pub mod v1_0_0 {
        /// Notes on the interaction.
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
        pub struct AdditionalData {
            /// Notes the agent wrote.
            ///
            /// Wire name: `notes`.
            #[serde(
                rename = "notes",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub notes: ::core::option::Option<::std::string::String>,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &["notes"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "notes" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "notes",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            notes: self.field_0,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `completed`
            #[default]
            Completed,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Completed];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Completed => "completed",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "completed" => ::core::option::Option::Some(EventName::Completed),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["completed"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `phone`
            #[default]
            Phone,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Phone];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Phone => "phone",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "phone" => ::core::option::Option::Some(Media::Phone),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["phone"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre phone call was completed.
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
            /// Notes on the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(
                rename = "additionalData",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub additional_data: ::core::option::Option<AdditionalData>,
            /// How long the call lasted.
            ///
            /// Wire name: `callDuration`.
            #[serde(rename = "callDuration")]
            pub call_duration: ::std::string::String,
            /// Address of the call recording, when there is one.
            ///
            /// Wire name: `callRecording`.
            #[serde(
                rename = "callRecording",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub call_recording: ::core::option::Option<::std::string::String>,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Whether the call was recorded.
            ///
            /// Wire name: `hasRecording`.
            #[serde(rename = "hasRecording")]
            pub has_recording: bool,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// When the interaction started.
            ///
            /// Wire name: `startTime`.
            #[serde(rename = "startTime")]
            pub start_time: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<Direction>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<::std::string::String>,
                    field_6: ::core::option::Option<EventName>,
                    field_7: ::core::option::Option<bool>,
                    field_8: ::core::option::Option<Media>,
                    field_9: ::core::option::Option<Method>,
                    field_10: ::core::option::Option<SchemaVersion>,
                    field_11: ::core::option::Option<::std::string::String>,
                    field_12: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voice-phone-completed-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "callDuration",
                        "callRecording",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "hasRecording",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "startTime",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "callDuration" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "callDuration",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "callRecording" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "callRecording",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "hasRecording" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "hasRecording",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "startTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_12,
                                    "startTime",
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
                            additional_data: self.field_0,
                            call_duration: ::events_core::__private::required(
                                self.field_1,
                                "callDuration",
                            )?,
                            call_recording: self.field_2,
                            direction: ::events_core::__private::required(
                                self.field_3,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_4,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_5,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_6,
                                "eventName",
                            )?,
                            has_recording: ::events_core::__private::required(
                                self.field_7,
                                "hasRecording",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_8,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_9,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_10,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_11,
                                "searchContext",
                            )?,
                            start_time: ::events_core::__private::required(
                                self.field_12,
                                "startTime",
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
/// Payload types of `mashell-voice-phone-terminated-cc-event-v1`: A contact-centre phone call was terminated.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voice_phone_terminated_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction};
    /// The payload of `mashell-voice-phone-terminated-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voice-phone-terminated-cc-event-v1`.
    pub mod v1_0_0 {
        /// Wrap-up details of the interaction.
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
        pub struct AdditionalData {
            /// Disposition code the agent chose.
            ///
            /// Wire name: `disposition_code`.
            #[serde(rename = "disposition_code")]
            pub disposition_code: ::std::string::String,
            /// Description of the last transaction code.
            ///
            /// Wire name: `lastTclCodeDesc`.
            #[serde(
                rename = "lastTclCodeDesc",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub last_tcl_code_desc: ::core::option::Option<::std::string::String>,
            /// Short form of the last transaction code.
            ///
            /// Wire name: `lastTclCodeShort`.
            #[serde(
                rename = "lastTclCodeShort",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub last_tcl_code_short: ::core::option::Option<::std::string::String>,
            /// Notes the agent wrote.
            ///
            /// Wire name: `notes`.
            #[serde(
                rename = "notes",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub notes: ::core::option::Option<::std::string::String>,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &[
                        "disposition_code",
                        "lastTclCodeDesc",
                        "lastTclCodeShort",
                        "notes",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "disposition_code" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "disposition_code",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "lastTclCodeDesc" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "lastTclCodeDesc",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "lastTclCodeShort" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "lastTclCodeShort",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "notes" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "notes",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            disposition_code: ::events_core::__private::required(
                                self.field_0,
                                "disposition_code",
                            )?,
                            last_tcl_code_desc: self.field_1,
                            last_tcl_code_short: self.field_2,
                            notes: self.field_3,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `terminated`
            #[default]
            Terminated,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Terminated];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Terminated => "terminated",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "terminated" => ::core::option::Option::Some(EventName::Terminated),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["terminated"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `phone`
            #[default]
            Phone,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Phone];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Phone => "phone",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "phone" => ::core::option::Option::Some(Media::Phone),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["phone"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre phone call was terminated.
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
            /// Wrap-up details of the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(rename = "additionalData")]
            pub additional_data: AdditionalData,
            /// How long the call lasted.
            ///
            /// Wire name: `callDuration`.
            #[serde(rename = "callDuration")]
            pub call_duration: ::std::string::String,
            /// Address of the call recording, when there is one.
            ///
            /// Wire name: `callRecording`.
            #[serde(
                rename = "callRecording",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub call_recording: ::core::option::Option<::std::string::String>,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Whether the call was recorded.
            ///
            /// Wire name: `hasRecording`.
            #[serde(rename = "hasRecording")]
            pub has_recording: bool,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// When the interaction started.
            ///
            /// Wire name: `startTime`.
            #[serde(rename = "startTime")]
            pub start_time: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<Direction>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<::std::string::String>,
                    field_6: ::core::option::Option<EventName>,
                    field_7: ::core::option::Option<bool>,
                    field_8: ::core::option::Option<Media>,
                    field_9: ::core::option::Option<Method>,
                    field_10: ::core::option::Option<SchemaVersion>,
                    field_11: ::core::option::Option<::std::string::String>,
                    field_12: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voice-phone-terminated-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "callDuration",
                        "callRecording",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "hasRecording",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "startTime",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "callDuration" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "callDuration",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "callRecording" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "callRecording",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "hasRecording" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "hasRecording",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "startTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_12,
                                    "startTime",
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
                            additional_data: ::events_core::__private::required(
                                self.field_0,
                                "additionalData",
                            )?,
                            call_duration: ::events_core::__private::required(
                                self.field_1,
                                "callDuration",
                            )?,
                            call_recording: self.field_2,
                            direction: ::events_core::__private::required(
                                self.field_3,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_4,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_5,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_6,
                                "eventName",
                            )?,
                            has_recording: ::events_core::__private::required(
                                self.field_7,
                                "hasRecording",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_8,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_9,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_10,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_11,
                                "searchContext",
                            )?,
                            start_time: ::events_core::__private::required(
                                self.field_12,
                                "startTime",
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
/// Payload types of `mashell-voice-phone-offered-uc-event-v1`: A unified-communications phone call was offered to the user.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voice_phone_offered_uc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::Direction;
    /// The payload of `mashell-voice-phone-offered-uc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voice-phone-offered-uc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `offered`
            #[default]
            Offered,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Offered];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Offered => "offered",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "offered" => ::core::option::Option::Some(EventName::Offered),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["offered"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `phone`
            #[default]
            Phone,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Phone];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Phone => "phone",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "phone" => ::core::option::Option::Some(Media::Phone),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["phone"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A unified-communications phone call was offered to the user.
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
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// When the interaction started.
            ///
            /// Wire name: `startTime`.
            #[serde(rename = "startTime")]
            pub start_time: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<Direction>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<EventName>,
                    field_3: ::core::option::Option<Media>,
                    field_4: ::core::option::Option<Method>,
                    field_5: ::core::option::Option<SchemaVersion>,
                    field_6: ::core::option::Option<::std::string::String>,
                    field_7: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voice-phone-offered-uc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "startTime",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "startTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "startTime",
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
                            direction: ::events_core::__private::required(
                                self.field_0,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_1,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_2,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_3,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_4,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_5,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_6,
                                "searchContext",
                            )?,
                            start_time: ::events_core::__private::required(
                                self.field_7,
                                "startTime",
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
/// Payload types of `mashell-voice-phone-accepted-uc-event-v1`: The user accepted a unified-communications phone call.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voice_phone_accepted_uc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::Direction;
    /// The payload of `mashell-voice-phone-accepted-uc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voice-phone-accepted-uc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `accepted`
            #[default]
            Accepted,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Accepted];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Accepted => "accepted",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "accepted" => ::core::option::Option::Some(EventName::Accepted),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["accepted"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `phone`
            #[default]
            Phone,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Phone];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Phone => "phone",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "phone" => ::core::option::Option::Some(Media::Phone),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["phone"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// The user accepted a unified-communications phone call.
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
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// When the interaction started.
            ///
            /// Wire name: `startTime`.
            #[serde(rename = "startTime")]
            pub start_time: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<Direction>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<EventName>,
                    field_3: ::core::option::Option<Media>,
                    field_4: ::core::option::Option<Method>,
                    field_5: ::core::option::Option<SchemaVersion>,
                    field_6: ::core::option::Option<::std::string::String>,
                    field_7: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voice-phone-accepted-uc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "startTime",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "startTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "startTime",
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
                            direction: ::events_core::__private::required(
                                self.field_0,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_1,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_2,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_3,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_4,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_5,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_6,
                                "searchContext",
                            )?,
                            start_time: ::events_core::__private::required(
                                self.field_7,
                                "startTime",
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
/// Payload types of `mashell-voice-phone-terminated-uc-event-v1`: A unified-communications phone call was terminated.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voice_phone_terminated_uc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::Direction;
    /// The payload of `mashell-voice-phone-terminated-uc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voice-phone-terminated-uc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `terminated`
            #[default]
            Terminated,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Terminated];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Terminated => "terminated",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "terminated" => ::core::option::Option::Some(EventName::Terminated),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["terminated"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `phone`
            #[default]
            Phone,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Phone];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Phone => "phone",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "phone" => ::core::option::Option::Some(Media::Phone),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["phone"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A unified-communications phone call was terminated.
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
            /// How long the call lasted.
            ///
            /// Wire name: `callDuration`.
            #[serde(rename = "callDuration")]
            pub call_duration: ::std::string::String,
            /// Address of the call recording, when there is one.
            ///
            /// Wire name: `callRecording`.
            #[serde(
                rename = "callRecording",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub call_recording: ::core::option::Option<::std::string::String>,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Whether the call was recorded.
            ///
            /// Wire name: `hasRecording`.
            #[serde(rename = "hasRecording")]
            pub has_recording: bool,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// When the interaction started.
            ///
            /// Wire name: `startTime`.
            #[serde(rename = "startTime")]
            pub start_time: ::std::string::String,
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
                    field_2: ::core::option::Option<Direction>,
                    field_3: ::core::option::Option<::std::string::String>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<EventName>,
                    field_6: ::core::option::Option<bool>,
                    field_7: ::core::option::Option<Media>,
                    field_8: ::core::option::Option<Method>,
                    field_9: ::core::option::Option<SchemaVersion>,
                    field_10: ::core::option::Option<::std::string::String>,
                    field_11: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voice-phone-terminated-uc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "callDuration",
                        "callRecording",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "hasRecording",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "startTime",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "callDuration" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "callDuration",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "callRecording" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "callRecording",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "hasRecording" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "hasRecording",
                                    map,
                                    ::events_core::__private::Plain::<bool>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "startTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "startTime",
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
                            call_duration: ::events_core::__private::required(
                                self.field_0,
                                "callDuration",
                            )?,
                            call_recording: self.field_1,
                            direction: ::events_core::__private::required(
                                self.field_2,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_3,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_4,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_5,
                                "eventName",
                            )?,
                            has_recording: ::events_core::__private::required(
                                self.field_6,
                                "hasRecording",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_7,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_8,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_9,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_10,
                                "searchContext",
                            )?,
                            start_time: ::events_core::__private::required(
                                self.field_11,
                                "startTime",
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
/// Payload types of `mashell-voicemail-offered-cc-event-v1`: A contact-centre voicemail was offered to the agent.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voicemail_offered_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::Direction;
    /// The payload of `mashell-voicemail-offered-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voicemail-offered-cc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `offered`
            #[default]
            Offered,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Offered];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Offered => "offered",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "offered" => ::core::option::Option::Some(EventName::Offered),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["offered"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `voicemail`
            #[default]
            Voicemail,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Voicemail];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Voicemail => "voicemail",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "voicemail" => ::core::option::Option::Some(Media::Voicemail),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["voicemail"],
                    Media::from_wire,
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
        /// A contact-centre voicemail was offered to the agent.
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
            /// Name of the caller who left the voicemail.
            ///
            /// Wire name: `callingName`.
            #[serde(rename = "callingName")]
            pub calling_name: ::std::string::String,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: ::std::string::String,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<Direction>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<EventName>,
                    field_4: ::core::option::Option<Media>,
                    field_5: ::core::option::Option<::std::string::String>,
                    field_6: ::core::option::Option<SchemaVersion>,
                    field_7: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voicemail-offered-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "callingName",
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "callingName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "callingName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "searchContext",
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
                            calling_name: ::events_core::__private::required(
                                self.field_0,
                                "callingName",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_1,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_2,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_3,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_4,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_5,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_6,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_7,
                                "searchContext",
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
/// Payload types of `mashell-voicemail-accepted-cc-event-v1`: The agent accepted a contact-centre voicemail.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voicemail_accepted_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::Direction;
    /// The payload of `mashell-voicemail-accepted-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voicemail-accepted-cc-event-v1`.
    pub mod v1_0_0 {
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `accepted`
            #[default]
            Accepted,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Accepted];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Accepted => "accepted",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "accepted" => ::core::option::Option::Some(EventName::Accepted),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["accepted"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `voicemail`
            #[default]
            Voicemail,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Voicemail];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Voicemail => "voicemail",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "voicemail" => ::core::option::Option::Some(Media::Voicemail),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["voicemail"],
                    Media::from_wire,
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
        /// The agent accepted a contact-centre voicemail.
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
            /// Name of the caller who left the voicemail.
            ///
            /// Wire name: `callingName`.
            #[serde(rename = "callingName")]
            pub calling_name: ::std::string::String,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: ::std::string::String,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<Direction>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<EventName>,
                    field_4: ::core::option::Option<Media>,
                    field_5: ::core::option::Option<::std::string::String>,
                    field_6: ::core::option::Option<SchemaVersion>,
                    field_7: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voicemail-accepted-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "callingName",
                        "direction",
                        "eventId",
                        "eventName",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "callingName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "callingName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "searchContext",
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
                            calling_name: ::events_core::__private::required(
                                self.field_0,
                                "callingName",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_1,
                                "direction",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_2,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_3,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_4,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_5,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_6,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_7,
                                "searchContext",
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
/// Payload types of `mashell-voicemail-completed-cc-event-v1`: A contact-centre voicemail was completed.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voicemail_completed_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction};
    /// The payload of `mashell-voicemail-completed-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voicemail-completed-cc-event-v1`.
    pub mod v1_0_0 {
        /// Notes on the interaction.
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
        pub struct AdditionalData {
            /// Notes the agent wrote.
            ///
            /// Wire name: `notes`.
            #[serde(
                rename = "notes",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub notes: ::core::option::Option<::std::string::String>,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &["notes"];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "notes" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "notes",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            notes: self.field_0,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `completed`
            #[default]
            Completed,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Completed];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Completed => "completed",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "completed" => ::core::option::Option::Some(EventName::Completed),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["completed"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `voicemail`
            #[default]
            Voicemail,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Voicemail];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Voicemail => "voicemail",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "voicemail" => ::core::option::Option::Some(Media::Voicemail),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["voicemail"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre voicemail was completed.
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
            /// Notes on the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(
                rename = "additionalData",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub additional_data: ::core::option::Option<AdditionalData>,
            /// How long the call lasted.
            ///
            /// Wire name: `callDuration`.
            #[serde(rename = "callDuration")]
            pub call_duration: ::std::string::String,
            /// Name of the caller who left the voicemail.
            ///
            /// Wire name: `callingName`.
            #[serde(rename = "callingName")]
            pub calling_name: ::std::string::String,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// When the interaction started.
            ///
            /// Wire name: `startTime`.
            #[serde(rename = "startTime")]
            pub start_time: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<Direction>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<::std::string::String>,
                    field_6: ::core::option::Option<EventName>,
                    field_7: ::core::option::Option<Media>,
                    field_8: ::core::option::Option<Method>,
                    field_9: ::core::option::Option<SchemaVersion>,
                    field_10: ::core::option::Option<::std::string::String>,
                    field_11: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voicemail-completed-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "callDuration",
                        "callingName",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "startTime",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "callDuration" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "callDuration",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "callingName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "callingName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "startTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "startTime",
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
                            additional_data: self.field_0,
                            call_duration: ::events_core::__private::required(
                                self.field_1,
                                "callDuration",
                            )?,
                            calling_name: ::events_core::__private::required(
                                self.field_2,
                                "callingName",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_3,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_4,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_5,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_6,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_7,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_8,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_9,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_10,
                                "searchContext",
                            )?,
                            start_time: ::events_core::__private::required(
                                self.field_11,
                                "startTime",
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
/// Payload types of `mashell-voicemail-terminated-cc-event-v1`: A contact-centre voicemail was terminated.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod mashell_voicemail_terminated_cc_event_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    #[allow(unused_imports)]
    pub use self::v1_0_0::{AdditionalData, Direction};
    /// The payload of `mashell-voicemail-terminated-cc-event-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `mashell-voicemail-terminated-cc-event-v1`.
    pub mod v1_0_0 {
        /// Wrap-up details of the interaction.
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
        pub struct AdditionalData {
            /// Disposition code the agent chose.
            ///
            /// Wire name: `disposition_code`.
            #[serde(rename = "disposition_code")]
            pub disposition_code: ::std::string::String,
            /// Description of the last transaction code.
            ///
            /// Wire name: `lastTclCodeDesc`.
            #[serde(
                rename = "lastTclCodeDesc",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub last_tcl_code_desc: ::core::option::Option<::std::string::String>,
            /// Short form of the last transaction code.
            ///
            /// Wire name: `lastTclCodeShort`.
            #[serde(
                rename = "lastTclCodeShort",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub last_tcl_code_short: ::core::option::Option<::std::string::String>,
            /// Notes the agent wrote.
            ///
            /// Wire name: `notes`.
            #[serde(
                rename = "notes",
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            pub notes: ::core::option::Option<::std::string::String>,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for AdditionalData {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<::std::string::String>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = AdditionalData;
                    const EXPECTING: &'static str = "an object `AdditionalData`";
                    const FIELDS: &'static [&'static str] = &[
                        "disposition_code",
                        "lastTclCodeDesc",
                        "lastTclCodeShort",
                        "notes",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "disposition_code" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "disposition_code",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "lastTclCodeDesc" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "lastTclCodeDesc",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "lastTclCodeShort" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "lastTclCodeShort",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "notes" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "notes",
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
                    ) -> ::core::result::Result<AdditionalData, __E> {
                        ::core::result::Result::Ok(AdditionalData {
                            disposition_code: ::events_core::__private::required(
                                self.field_0,
                                "disposition_code",
                            )?,
                            last_tcl_code_desc: self.field_1,
                            last_tcl_code_short: self.field_2,
                            notes: self.field_3,
                        })
                    }
                }
                ::events_core::__private::deserialize_object::<
                    __D,
                    __Builder,
                >(deserializer)
            }
        }
        /// Whether the interaction came in to the agent or was started by the agent.
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Direction {
            /// `inbound`
            Inbound,
            /// `outbound`
            Outbound,
        }
        #[allow(deprecated)]
        impl Direction {
            /// Every value, in schema order.
            pub const ALL: &'static [Direction] = &[
                Direction::Inbound,
                Direction::Outbound,
            ];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Direction::Inbound => "inbound",
                    Direction::Outbound => "outbound",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "inbound" => ::core::option::Option::Some(Direction::Inbound),
                    "outbound" => ::core::option::Option::Some(Direction::Outbound),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Direction {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Direction {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["inbound", "outbound"],
                    Direction::from_wire,
                )
            }
        }
        /// Stage of the interaction that this event reports.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum EventName {
            /// `terminated`
            #[default]
            Terminated,
        }
        #[allow(deprecated)]
        impl EventName {
            /// Every value, in schema order.
            pub const ALL: &'static [EventName] = &[EventName::Terminated];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    EventName::Terminated => "terminated",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "terminated" => ::core::option::Option::Some(EventName::Terminated),
                    _ => ::core::option::Option::None,
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
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["terminated"],
                    EventName::from_wire,
                )
            }
        }
        /// Channel of the interaction.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Media {
            /// `voicemail`
            #[default]
            Voicemail,
        }
        #[allow(deprecated)]
        impl Media {
            /// Every value, in schema order.
            pub const ALL: &'static [Media] = &[Media::Voicemail];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Media::Voicemail => "voicemail",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "voicemail" => ::core::option::Option::Some(Media::Voicemail),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Media {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Media {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["voicemail"],
                    Media::from_wire,
                )
            }
        }
        /// The SDK method that delivered the event.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum Method {
            /// `mapEvent`
            #[default]
            MapEvent,
        }
        #[allow(deprecated)]
        impl Method {
            /// Every value, in schema order.
            pub const ALL: &'static [Method] = &[Method::MapEvent];
            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Method::MapEvent => "mapEvent",
                }
            }
            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    "mapEvent" => ::core::option::Option::Some(Method::MapEvent),
                    _ => ::core::option::Option::None,
                }
            }
        }
        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Method {
            fn serialize<__S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Method {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                ::events_core::__private::deserialize_str_enum(
                    deserializer,
                    &["mapEvent"],
                    Method::from_wire,
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
        /// A contact-centre voicemail was terminated.
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
            /// Wrap-up details of the interaction.
            ///
            /// Wire name: `additionalData`.
            #[serde(rename = "additionalData")]
            pub additional_data: AdditionalData,
            /// How long the call lasted.
            ///
            /// Wire name: `callDuration`.
            #[serde(rename = "callDuration")]
            pub call_duration: ::std::string::String,
            /// Name of the caller who left the voicemail.
            ///
            /// Wire name: `callingName`.
            #[serde(rename = "callingName")]
            pub calling_name: ::std::string::String,
            /// Whether the interaction came in to the agent or was started by the agent.
            ///
            /// Wire name: `direction`.
            #[serde(rename = "direction")]
            pub direction: Direction,
            /// When the interaction ended.
            ///
            /// Wire name: `endTime`.
            #[serde(rename = "endTime")]
            pub end_time: ::std::string::String,
            /// Identifier of this event occurrence.
            ///
            /// Wire name: `eventId`.
            #[serde(rename = "eventId")]
            pub event_id: ::std::string::String,
            /// Stage of the interaction that this event reports.
            ///
            /// Wire name: `eventName`.
            #[serde(rename = "eventName")]
            pub event_name: EventName,
            /// Channel of the interaction.
            ///
            /// Wire name: `media`.
            #[serde(rename = "media")]
            pub media: Media,
            /// The SDK method that delivered the event.
            ///
            /// Wire name: `method`.
            #[serde(rename = "method")]
            pub method: Method,
            /// Version of this payload's schema.
            ///
            /// Wire name: `schemaVersion`.
            #[serde(rename = "schemaVersion")]
            pub schema_version: SchemaVersion,
            /// Context string that partner apps can use to look up the customer.
            ///
            /// Wire name: `searchContext`.
            #[serde(rename = "searchContext")]
            pub search_context: ::std::string::String,
            /// When the interaction started.
            ///
            /// Wire name: `startTime`.
            #[serde(rename = "startTime")]
            pub start_time: ::std::string::String,
        }
        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Payload {
            fn deserialize<__D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    field_0: ::core::option::Option<AdditionalData>,
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<::std::string::String>,
                    field_3: ::core::option::Option<Direction>,
                    field_4: ::core::option::Option<::std::string::String>,
                    field_5: ::core::option::Option<::std::string::String>,
                    field_6: ::core::option::Option<EventName>,
                    field_7: ::core::option::Option<Media>,
                    field_8: ::core::option::Option<Method>,
                    field_9: ::core::option::Option<SchemaVersion>,
                    field_10: ::core::option::Option<::std::string::String>,
                    field_11: ::core::option::Option<::std::string::String>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `mashell-voicemail-terminated-cc-event-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "additionalData",
                        "callDuration",
                        "callingName",
                        "direction",
                        "endTime",
                        "eventId",
                        "eventName",
                        "media",
                        "method",
                        "schemaVersion",
                        "searchContext",
                        "startTime",
                    ];
                    const UNKNOWN_KEYS: ::events_core::__private::UnknownKeys = ::events_core::__private::UnknownKeys::Ignore;
                    fn read<__A: ::events_core::__private::serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        match key {
                            "additionalData" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_0,
                                    "additionalData",
                                    map,
                                    ::events_core::__private::Plain::<AdditionalData>::new(),
                                )
                            }
                            "callDuration" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "callDuration",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "callingName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_2,
                                    "callingName",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "direction" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_3,
                                    "direction",
                                    map,
                                    ::events_core::__private::Plain::<Direction>::new(),
                                )
                            }
                            "endTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_4,
                                    "endTime",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventId" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_5,
                                    "eventId",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "eventName" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_6,
                                    "eventName",
                                    map,
                                    ::events_core::__private::Plain::<EventName>::new(),
                                )
                            }
                            "media" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_7,
                                    "media",
                                    map,
                                    ::events_core::__private::Plain::<Media>::new(),
                                )
                            }
                            "method" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_8,
                                    "method",
                                    map,
                                    ::events_core::__private::Plain::<Method>::new(),
                                )
                            }
                            "schemaVersion" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_9,
                                    "schemaVersion",
                                    map,
                                    ::events_core::__private::Plain::<SchemaVersion>::new(),
                                )
                            }
                            "searchContext" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_10,
                                    "searchContext",
                                    map,
                                    ::events_core::__private::Plain::<
                                        ::std::string::String,
                                    >::new(),
                                )
                            }
                            "startTime" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_11,
                                    "startTime",
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
                            additional_data: ::events_core::__private::required(
                                self.field_0,
                                "additionalData",
                            )?,
                            call_duration: ::events_core::__private::required(
                                self.field_1,
                                "callDuration",
                            )?,
                            calling_name: ::events_core::__private::required(
                                self.field_2,
                                "callingName",
                            )?,
                            direction: ::events_core::__private::required(
                                self.field_3,
                                "direction",
                            )?,
                            end_time: ::events_core::__private::required(
                                self.field_4,
                                "endTime",
                            )?,
                            event_id: ::events_core::__private::required(
                                self.field_5,
                                "eventId",
                            )?,
                            event_name: ::events_core::__private::required(
                                self.field_6,
                                "eventName",
                            )?,
                            media: ::events_core::__private::required(
                                self.field_7,
                                "media",
                            )?,
                            method: ::events_core::__private::required(
                                self.field_8,
                                "method",
                            )?,
                            schema_version: ::events_core::__private::required(
                                self.field_9,
                                "schemaVersion",
                            )?,
                            search_context: ::events_core::__private::required(
                                self.field_10,
                                "searchContext",
                            )?,
                            start_time: ::events_core::__private::required(
                                self.field_11,
                                "startTime",
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
/// Payload types of `aw-chat-message-received-v1`: The partner app passes a chat message it received into the interaction; sent with system.sendEvent. Not in the vendor's event table: documented in @8x8/pui-partner-comm 0.15.0, whose publication date is the active date.
///
/// One module per schema version; `Payload` is the latest.
#[allow(deprecated)]
pub mod aw_chat_message_received_v1 {
    /// The payload of the latest schema version, 1.0.0.
    pub type Payload = v1_0_0::Payload;
    /// The payload of `aw-chat-message-received-v1` in any of its schema versions, chosen by its `schemaVersion`.
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
    /// Schema version 1.0.0 of `aw-chat-message-received-v1`.
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
        /// A chat message the partner app received, passed into the interaction.
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
            /// Identifier of the interaction the message belongs to.
            ///
            /// Wire name: `interactionId`.
            #[serde(rename = "interactionId")]
            pub interaction_id: ::std::string::String,
            /// The message text.
            ///
            /// Wire name: `message`.
            #[serde(rename = "message")]
            pub message: ::std::string::String,
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
                    field_1: ::core::option::Option<::std::string::String>,
                    field_2: ::core::option::Option<SchemaVersion>,
                }
                #[allow(deprecated)]
                impl<'de> ::events_core::__private::ObjectBuilder<'de> for __Builder {
                    type Object = Payload;
                    const EXPECTING: &'static str = "the `aw-chat-message-received-v1` payload object";
                    const FIELDS: &'static [&'static str] = &[
                        "interactionId",
                        "message",
                        "schemaVersion",
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
                            "message" => {
                                ::events_core::__private::read_field(
                                    &mut self.field_1,
                                    "message",
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
                            message: ::events_core::__private::required(
                                self.field_1,
                                "message",
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
        #[allow(deprecated)]
        impl Payload {
            /// A `aw-chat-message-received-v1` payload from its required fields; literals such as `schemaVersion` are filled in, optional fields are `None`.
            #[allow(clippy::too_many_arguments)]
            pub fn new(
                interaction_id: ::std::string::String,
                message: ::std::string::String,
            ) -> Self {
                Payload {
                    interaction_id,
                    message,
                    schema_version: ::core::default::Default::default(),
                }
            }
            /// The arguments of `system.sendEvent(name, data)` for this payload: `name` is `aw-chat-message-received-v1`.
            pub fn to_send_event(
                &self,
            ) -> ::core::result::Result<
                ::events_core::SendEvent,
                ::events_core::json::Error,
            > {
                ::events_core::SendEvent::new("aw-chat-message-received-v1", self)
            }
        }
    }
}
