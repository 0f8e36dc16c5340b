//! The decoders the `decode` benchmark compares, shared with the `decode-instructions` binary
//! that counts their instructions under callgrind.

use std::hint::black_box;

use events_core::json::{self, Value};
use events_core::{Envelope, EventName, MessageKind};
use serde::Deserialize;
use serde::de::{DeserializeOwned, IgnoredAny};

/// The bundled catalog generated with `unknown_fields = "keep"`.
pub mod lossless {
    #![allow(missing_docs)]
    events_core::include_catalog!("../catalog", unknown_fields = "keep");
}

/// The bundled catalog split over four shards (modules here, crates in a user's workspace) and
/// composed again.
pub mod sharded {
    #![allow(missing_docs)]
    events_core::include_catalog!("../catalog", shards = "crate::decoders::sharded::part_{}/4");

    pub mod part_0 {
        events_core::include_catalog!("../catalog", shard = "0/4");
    }

    pub mod part_1 {
        events_core::include_catalog!("../catalog", shard = "1/4");
    }

    pub mod part_2 {
        events_core::include_catalog!("../catalog", shard = "2/4");
    }

    pub mod part_3 {
        events_core::include_catalog!("../catalog", shard = "3/4");
    }
}

/// One `onMessage` data object per bundled event, one per line.
pub const SAMPLES: &str = include_str!("../../tests/samples/bundled.jsonl");

/// The envelope with its payload type fixed and everything else skipped: the best serde_json
/// can do.
#[derive(Deserialize)]
struct TypedEnvelope<P> {
    #[serde(rename = "type")]
    _kind: MessageKind,
    #[serde(rename = "schemaVersion")]
    _schema_version: IgnoredAny,
    message: TypedMessage<P>,
}

#[derive(Deserialize)]
struct TypedMessage<P> {
    #[serde(rename = "eventName")]
    _event_name: IgnoredAny,
    value: P,
}

/// Decodes one message; `true` when it decoded.
pub type Decoder = fn(&[u8]) -> bool;
/// Decodes one payload from a JSON value.
pub type ValueDecoder = fn(Value) -> bool;

fn floor<P: DeserializeOwned>(bytes: &[u8]) -> bool {
    json::from_slice::<TypedEnvelope<P>>(bytes)
        .map(|e| black_box(e.message.value))
        .is_ok()
}

fn from_value<P: DeserializeOwned>(value: Value) -> bool {
    json::from_value::<P>(value).map(black_box).is_ok()
}

/// Decodes one payload from its JSON text.
pub type TextDecoder = fn(&str) -> bool;

fn from_text<P: DeserializeOwned>(text: &str) -> bool {
    json::from_str::<P>(text).map(black_box).is_ok()
}

macro_rules! events {
    ($($variant:ident => $module:ident,)*) => {
        /// The floor decoder for messages of event `name`. Deprecated events are decoded too.
        #[allow(deprecated)]
        pub fn floor_decoder(name: EventName) -> Decoder {
            use events_core::*;
            match name {
                $(EventName::$variant => floor::<$module::Payload>,)*
                // Events added to the catalog after this list: not decoded, so the stream check fails.
                _ => |_| false,
            }
        }

        #[allow(deprecated)]
        fn value_decoder(name: EventName) -> ValueDecoder {
            use events_core::*;
            match name {
                $(EventName::$variant => from_value::<$module::Payload>,)*
                _ => |_| false,
            }
        }

        #[allow(deprecated)]
        fn text_decoder(name: EventName) -> TextDecoder {
            use events_core::*;
            match name {
                $(EventName::$variant => from_text::<$module::Payload>,)*
                _ => |_| false,
            }
        }
    };
}

events! {
            GlobalUserDetailsV1 => global_user_details_v1,
            AwInteractionMuteV1 => aw_interaction_mute_v1,
            AwInteractionUnmuteV1 => aw_interaction_unmute_v1,
            AwInteractionHoldV1 => aw_interaction_hold_v1,
            AwCloseAgentAssistV1 => aw_close_agent_assist_v1,
            AwInteractionFocusV1 => aw_interaction_focus_v1,
            AwInteractionResumeV1 => aw_interaction_resume_v1,
            AwInteractionWrapUpCodesV1 => aw_interaction_wrap_up_codes_v1,
            AwChatInitV1 => aw_chat_init_v1,
            AwChatMessageSentV1 => aw_chat_message_sent_v1,
            MashellChatNextgenOfferedCcEventV1 => mashell_chat_nextgen_offered_cc_event_v1,
            MashellChatNextgenAcceptedCcEventV1 => mashell_chat_nextgen_accepted_cc_event_v1,
            MashellChatNextgenCompletedCcEventV1 => mashell_chat_nextgen_completed_cc_event_v1,
            MashellChatNextgenTerminatedCcEventV1 => mashell_chat_nextgen_terminated_cc_event_v1,
            MashellChatOfferedCcEventV1 => mashell_chat_offered_cc_event_v1,
            MashellChatAcceptedCcEventV1 => mashell_chat_accepted_cc_event_v1,
            MashellChatCompletedCcEventV1 => mashell_chat_completed_cc_event_v1,
            MashellChatTerminatedCcEventV1 => mashell_chat_terminated_cc_event_v1,
            MashellEmailAcceptedCcEventV1 => mashell_email_accepted_cc_event_v1,
            MashellEmailTerminatedCcEventV1 => mashell_email_terminated_cc_event_v1,
            MashellVoicePhoneOfferedCcEventV1 => mashell_voice_phone_offered_cc_event_v1,
            MashellVoicePhoneAcceptedCcEventV1 => mashell_voice_phone_accepted_cc_event_v1,
            MashellVoicePhoneCompletedCcEventV1 => mashell_voice_phone_completed_cc_event_v1,
            MashellVoicePhoneTerminatedCcEventV1 => mashell_voice_phone_terminated_cc_event_v1,
            MashellVoicePhoneOfferedUcEventV1 => mashell_voice_phone_offered_uc_event_v1,
            MashellVoicePhoneAcceptedUcEventV1 => mashell_voice_phone_accepted_uc_event_v1,
            MashellVoicePhoneTerminatedUcEventV1 => mashell_voice_phone_terminated_uc_event_v1,
            MashellVoicemailOfferedCcEventV1 => mashell_voicemail_offered_cc_event_v1,
            MashellVoicemailAcceptedCcEventV1 => mashell_voicemail_accepted_cc_event_v1,
            MashellVoicemailCompletedCcEventV1 => mashell_voicemail_completed_cc_event_v1,
            MashellVoicemailTerminatedCcEventV1 => mashell_voicemail_terminated_cc_event_v1,
            AwChatMessageReceivedV1 => aw_chat_message_received_v1,
            AwInteractionEndedV1 => aw_interaction_ended_v1,
            AwInteractionFocusV2 => aw_interaction_focus_v2,
            AwInteractionFocusV3 => aw_interaction_focus_v3,
            AwInteractionStartedV1 => aw_interaction_started_v1,
            AwInteractionWrapUpCodesReceivedV1 => aw_interaction_wrap_up_codes_received_v1,
            CallManagerCallAutoanswerFirstConnectV1 => call_manager_call_autoanswer_first_connect_v1,
            CallManagerCallCallerNumberChangeV1 => call_manager_call_caller_number_change_v1,
            CallManagerCallConferenceDropV1 => call_manager_call_conference_drop_v1,
            CallManagerCallConferenceStartV1 => call_manager_call_conference_start_v1,
            CallManagerCallConnectV1 => call_manager_call_connect_v1,
            CallManagerCallDisconnectedV1 => call_manager_call_disconnected_v1,
            CallManagerCallFailedV1 => call_manager_call_failed_v1,
            CallManagerCallHoldV1 => call_manager_call_hold_v1,
            CallManagerCallInboundFirstConnectV1 => call_manager_call_inbound_first_connect_v1,
            CallManagerCallIncomingFirstV1 => call_manager_call_incoming_first_v1,
            CallManagerCallIncomingV1 => call_manager_call_incoming_v1,
            CallManagerCallOutboundFirstConnectV1 => call_manager_call_outbound_first_connect_v1,
            CallManagerCallOutgoingV1 => call_manager_call_outgoing_v1,
            CallManagerCallRecordEndV1 => call_manager_call_record_end_v1,
            CallManagerCallRecordFailedV1 => call_manager_call_record_failed_v1,
            CallManagerCallRecordStartV1 => call_manager_call_record_start_v1,
            CallManagerCallTransferBlindSuccessV1 => call_manager_call_transfer_blind_success_v1,
            CallManagerCallTransferFailedV1 => call_manager_call_transfer_failed_v1,
            CallManagerCallTransferSuccessV1 => call_manager_call_transfer_success_v1,
            CallManagerCallTransferVoicemailSuccessV1 => call_manager_call_transfer_voicemail_success_v1,
            CallManagerMuteDisabledV1 => call_manager_mute_disabled_v1,
            CallManagerMuteEnabledV1 => call_manager_mute_enabled_v1,
}

/// What users would otherwise write: `Value`, then dispatch on `eventName`, then `from_value`.
pub fn value_then_dispatch(bytes: &[u8]) -> bool {
    let Ok(mut data) = json::from_slice::<Value>(bytes) else {
        return false;
    };
    let Some(name) = data["message"]["eventName"]
        .as_str()
        .and_then(|n| n.parse::<EventName>().ok())
    else {
        return false;
    };
    value_decoder(name)(data["message"]["value"].take())
}

#[derive(Deserialize)]
struct RawData<'a> {
    #[serde(borrow)]
    message: RawMessage<'a>,
}

#[derive(Deserialize)]
struct RawMessage<'a> {
    #[serde(rename = "eventName")]
    event_name: &'a str,
    #[serde(borrow)]
    value: &'a json::value::RawValue,
}

/// The hand-written two-pass dispatch: `eventName` and the payload's text (a borrowed
/// `RawValue`) first, then the payload type chosen by the name.
pub fn raw_value_dispatch(bytes: &[u8]) -> bool {
    let Ok(data) = json::from_slice::<RawData<'_>>(bytes) else {
        return false;
    };
    let Ok(name) = data.message.event_name.parse::<EventName>() else {
        return false;
    };
    text_decoder(name)(data.message.value.get())
}

/// Decodes every line with (e) the `RawValue` two-pass dispatch.
pub fn decode_raw_value_dispatch(stream: &[Message]) -> usize {
    stream
        .iter()
        .filter(|(line, _)| raw_value_dispatch(line))
        .count()
}

/// A message's bytes with the floor decoder for its event, known beforehand.
pub type Message = (&'static [u8], Decoder);

/// The sample lines as bytes, with the floor decoder of each.
pub fn stream() -> Vec<Message> {
    SAMPLES
        .lines()
        .filter_map(|line| {
            let name = Envelope::from_json(line.as_bytes())
                .ok()?
                .message
                .event_name()?;
            Some((line.as_bytes(), floor_decoder(name)))
        })
        .collect()
}

/// Decodes every line with (a) the floor; returns how many decoded.
pub fn decode_floor(stream: &[Message]) -> usize {
    stream.iter().filter(|(line, decode)| decode(line)).count()
}

/// Decodes every line with (b) `Value` then dispatch.
pub fn decode_value_then_dispatch(stream: &[Message]) -> usize {
    stream
        .iter()
        .filter(|(line, _)| value_then_dispatch(line))
        .count()
}

/// Decodes every line with (c) `Envelope::from_json`.
pub fn decode_envelope(stream: &[Message]) -> usize {
    stream
        .iter()
        .filter(|(line, _)| Envelope::from_json(line).map(black_box).is_ok())
        .count()
}

/// Decodes every line with (f) `Envelope::from_json` of the catalog composed from shards.
pub fn decode_sharded(stream: &[Message]) -> usize {
    stream
        .iter()
        .filter(|(line, _)| sharded::Envelope::from_json(line).map(black_box).is_ok())
        .count()
}

/// Decodes every line with (d) `Envelope::from_json` keeping unknown fields.
pub fn decode_envelope_keeping_unknown_fields(stream: &[Message]) -> usize {
    stream
        .iter()
        .filter(|(line, _)| lossless::Envelope::from_json(line).map(black_box).is_ok())
        .count()
}

/// The bundled catalog's folder, read at run time by the run-time decoder and the validator.
const CATALOG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalog");

/// The bundled catalog loaded by `events_core::runtime::Catalog`, once.
pub(crate) fn runtime_catalog() -> Option<&'static events_core::runtime::Catalog> {
    static LOADED: std::sync::OnceLock<Option<events_core::runtime::Catalog>> =
        std::sync::OnceLock::new();
    LOADED
        .get_or_init(|| events_core::runtime::Catalog::load(CATALOG).ok())
        .as_ref()
}

/// Decodes every line with (g) the run-time decoder: the catalog folder read at run time.
pub fn decode_runtime(stream: &[Message]) -> usize {
    let Some(catalog) = runtime_catalog() else {
        return 0;
    };
    stream
        .iter()
        .filter(|(line, _)| catalog.decode(line).map(black_box).is_ok())
        .count()
}

/// One validator per (event, schema version) of the bundled catalog, built once.
fn validators() -> &'static Validators {
    static BUILT: std::sync::OnceLock<Validators> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| match runtime_catalog() {
        Some(catalog) => build_validators(CATALOG, catalog),
        None => Validators::new(),
    })
}

/// A `jsonschema` validator per (event name, schema version).
pub(crate) type Validators = std::collections::HashMap<(String, String), jsonschema::Validator>;

/// The validators of every schema of `catalog`, read from `folder`: what a user validating
/// with the `jsonschema` crate builds once at start-up (with formats checked, as JSON Schema
/// lets a validator do and the generated code does).
pub(crate) fn build_validators(
    folder: &str,
    catalog: &events_core::runtime::Catalog,
) -> Validators {
    let shared = SharedSchemas::read(folder);
    let mut validators = Validators::new();
    for info in catalog.events() {
        for version in info.schema_versions {
            let path = format!("{folder}/schemas/{}/{version}.json", info.name);
            let Some(schema) = std::fs::read(&path)
                .ok()
                .and_then(|text| json::from_slice::<Value>(&text).ok())
            else {
                continue;
            };
            let built = jsonschema::options()
                .should_validate_formats(true)
                .with_base_uri(format!(
                    "file:///catalog/schemas/{}/{version}.json",
                    info.name
                ))
                .with_retriever(shared.clone())
                .build(&schema);
            if let Ok(validator) = built {
                validators.insert((info.name.to_owned(), (*version).to_owned()), validator);
            }
        }
    }
    validators
}

/// A catalog's shared schemas (`defs/`), served to the validator by their URI: their place
/// beside the schemas, or the `$id` they declare.
#[derive(Clone)]
struct SharedSchemas(std::sync::Arc<std::collections::HashMap<String, Value>>);

impl SharedSchemas {
    fn read(folder: &str) -> SharedSchemas {
        let mut by_uri = std::collections::HashMap::new();
        let files = std::fs::read_dir(format!("{folder}/defs"))
            .into_iter()
            .flatten();
        for entry in files.flatten() {
            let Some(schema) = std::fs::read(entry.path())
                .ok()
                .and_then(|text| json::from_slice::<Value>(&text).ok())
            else {
                continue;
            };
            if let Some(id) = schema["$id"].as_str() {
                by_uri.insert(id.to_owned(), schema.clone());
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            by_uri.insert(format!("file:///catalog/defs/{name}"), schema);
        }
        SharedSchemas(std::sync::Arc::new(by_uri))
    }
}

impl jsonschema::Retrieve for SharedSchemas {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        self.0
            .get(uri.as_str())
            .cloned()
            .ok_or_else(|| format!("no shared schema at {uri}").into())
    }
}

/// (h) The contender of exact validation without this crate: parse to `Value`, pick the
/// schema by `eventName` and the payload's `schemaVersion`, validate with the `jsonschema`
/// crate. A lower bound on its cost: the deserialization into plain serde structs that follows
/// validation is left out.
pub fn validate_with_jsonschema(bytes: &[u8]) -> bool {
    let Ok(value) = json::from_slice::<Value>(bytes) else {
        return false;
    };
    let message = &value["message"];
    let payload = &message["value"];
    let (Some(name), Some(version)) = (
        message["eventName"].as_str(),
        payload["schemaVersion"].as_str(),
    ) else {
        return false;
    };
    validators()
        .get(&(name.to_owned(), version.to_owned()))
        .is_some_and(|validator| validator.is_valid(black_box(payload)))
}

/// Decodes every line with (h) `jsonschema` validation.
pub fn decode_validate_with_jsonschema(stream: &[Message]) -> usize {
    stream
        .iter()
        .filter(|(line, _)| validate_with_jsonschema(line))
        .count()
}

/// (i) The whole contender: (h), then `from_value` into the payload type. The generated payload
/// types stand in for plain serde structs (typify's); they check their keywords while
/// deserializing, which plain structs would not: an upper bound on that step.
pub fn validate_then_deserialize(bytes: &[u8]) -> bool {
    let Ok(mut value) = json::from_slice::<Value>(bytes) else {
        return false;
    };
    let message = &mut value["message"];
    let (Some(name), Some(version)) = (
        message["eventName"].as_str().map(str::to_owned),
        message["value"]["schemaVersion"]
            .as_str()
            .map(str::to_owned),
    ) else {
        return false;
    };
    let valid = validators()
        .get(&(name.clone(), version))
        .is_some_and(|validator| validator.is_valid(&message["value"]));
    let Ok(event) = name.parse::<EventName>() else {
        return false;
    };
    valid && value_decoder(event)(message["value"].take())
}

/// Decodes every line with (i) `jsonschema` validation, then serde.
pub fn decode_validate_then_deserialize(stream: &[Message]) -> usize {
    stream
        .iter()
        .filter(|(line, _)| validate_then_deserialize(line))
        .count()
}
