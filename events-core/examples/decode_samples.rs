//! Decodes SDK `onMessage` data, one JSON object per line, with the bundled catalog's types, then
//! prints the catalog's version table.
//!
//! ```text
//! cargo run -p events-core --example decode_samples [FILE]
//! ```
//!
//! Without FILE it reads the sample messages in `tests/samples/bundled.jsonl`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use events_core::{CATALOG, Date, Envelope, Event, EventInfo};

fn main() -> ExitCode {
    let path = std::env::args_os()
        .nth(1)
        .map_or_else(bundled_samples, PathBuf::from);
    let input = match std::fs::read(&path) {
        Ok(input) => input,
        Err(error) => {
            eprintln!("cannot read {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    };

    // Every row of both tables is as wide as the longest event name the catalog has.
    let name_width = CATALOG
        .iter()
        .map(|info| info.name.len())
        .max()
        .unwrap_or(0);
    let versions_width = CATALOG
        .iter()
        .map(|info| info.schema_versions.join(", ").len())
        .max()
        .unwrap_or(0)
        .max("versions".len());
    println!("Decoding {}\n", shown(&path).display());
    let (mut decoded, mut unknown, mut failures) = (0, 0, 0);
    for (number, line) in input.split(|b| *b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let number = number + 1;
        match Envelope::from_json(line) {
            Ok(envelope) => {
                let event = &envelope.message;
                let verdict = if matches!(event, Event::Unknown { .. }) {
                    unknown += 1;
                    "unknown"
                } else {
                    decoded += 1;
                    "ok"
                };
                let name = event.name();
                println!(
                    "line {number:>3}  {verdict:<8} {name:<name_width$}  {}",
                    detail(event)
                );
            }
            Err(error) => {
                failures += 1;
                println!("line {number:>3}  invalid  {error}");
            }
        }
    }
    println!(
        "\n{decoded} decoded to their typed variant, {unknown} unknown (kept as raw JSON), {failures} invalid"
    );

    println!(
        "\n{:<name_width$}  {:<versions_width$}  {:<10}  {:<10}  {:<10}  sunset",
        "event name", "versions", "status", "active", "deprecated"
    );
    // Rows that need attention first: sunset, then deprecated, then active.
    let mut rows: Vec<&EventInfo> = CATALOG.iter().collect();
    rows.sort_by_key(|info| std::cmp::Reverse(info.status));
    for info in rows {
        let date = |date: Option<Date>| date.map_or("-".to_owned(), |d| d.to_string());
        println!(
            "{:<name_width$}  {:<versions_width$}  {:<10}  {:<10}  {:<10}  {}",
            info.name,
            info.schema_versions.join(", "),
            info.status,
            info.active_date,
            date(info.deprecation_date),
            date(info.sunset_date),
        );
    }
    if failures > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `tests/samples/bundled.jsonl` of this repository.
fn bundled_samples() -> PathBuf {
    let events_core = Path::new(env!("CARGO_MANIFEST_DIR"));
    events_core
        .parent()
        .unwrap_or(events_core)
        .join("tests/samples/bundled.jsonl")
}

/// `path` relative to the current folder when it lies below it, as a user would type it.
fn shown(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|here| path.strip_prefix(here).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// For each variant listed, `latest()` of its `Versioned` payload (the payload when it has the
/// latest schema version this catalog knows) mapped by the closure. The variants carry
/// different payload types with fields of the same name, so one `|` pattern cannot bind them.
macro_rules! latest {
    ($event:expr, [$($variant:ident),+ $(,)?], |$payload:ident| $detail:expr) => {
        match $event {
            $(Event::$variant(versioned) => {
                return versioned.latest().map_or_else(not_latest, |$payload| $detail)
            })+
            _ => {}
        }
    };
}

fn not_latest() -> String {
    "(an older schema version)".to_owned()
}

/// The payload fields a reader most wants to see, read from the typed payload of each event.
// Still handled here: focus-v1 and focus-v2 are deprecated (the version table says until when).
#[allow(deprecated)]
fn detail(event: &Event) -> String {
    latest!(event, [GlobalUserDetailsV1], |user| format!(
        "user {} <{}>, {}",
        user.name,
        user.email.as_deref().unwrap_or("no e-mail"),
        user.job_title
    ));
    latest!(
        event,
        [
            AwInteractionMuteV1,
            AwInteractionUnmuteV1,
            AwInteractionHoldV1,
            AwInteractionResumeV1,
            AwInteractionEndedV1,
            AwInteractionFocusV1,
            AwCloseAgentAssistV1,
        ],
        |payload| format!("interaction {}", payload.interaction_id)
    );
    latest!(event, [AwInteractionFocusV2], |focus| format!(
        "interaction {}, queue {}",
        focus.interaction_id, focus.queue.queue_name
    ));
    latest!(event, [AwInteractionFocusV3], |focus| format!(
        "interaction {}, queue {}, {}",
        focus.interaction_id,
        focus.queue.queue_name,
        if focus.is_manual {
            "chosen by the agent"
        } else {
            "automatic"
        }
    ));
    latest!(event, [AwInteractionStartedV1], |started| format!(
        "interaction {}, {} {}, queue {}",
        started.interaction_id,
        started.direction.as_str(),
        started.interaction_type.as_str(),
        started.queue_name.as_deref().unwrap_or("none")
    ));
    // An event with several schema versions: each version is a variant with its own payload.
    if let Event::AwInteractionWrapUpCodesV1(codes) = event {
        use events_core::aw_interaction_wrap_up_codes_v1::Versioned;
        let (interaction, lists) = match &**codes {
            Versioned::V1_0_0(codes) => (&codes.interaction_id, codes.wrap_up_codes.len()),
            Versioned::V1_0_1(codes) => (&codes.interaction_id, codes.wrap_up_codes.len()),
            _ => return format!("schema version {}", codes.schema_version()),
        };
        return format!(
            "interaction {interaction}, {lists} wrap-up code lists (schema version {})",
            codes.schema_version()
        );
    }
    latest!(
        event,
        [AwInteractionWrapUpCodesReceivedV1],
        |codes| format!(
            "interaction {}, {} wrap-up codes",
            codes.interaction_id,
            codes.wrap_up_codes.len()
        )
    );
    latest!(event, [AwChatInitV1], |chat| format!(
        "interaction {}, {} messages",
        chat.interaction_id,
        chat.messages.len()
    ));
    latest!(event, [AwChatMessageSentV1], |sent| format!(
        "interaction {}, {} message {} at {}",
        sent.interaction_id, sent.message.r#type, sent.message.id, sent.message.timestamp
    ));
    latest!(event, [AwChatMessageReceivedV1], |received| format!(
        "interaction {}: \"{}\"",
        received.interaction_id, received.message
    ));
    latest!(
        event,
        [
            MashellChatNextgenOfferedCcEventV1,
            MashellChatNextgenAcceptedCcEventV1,
            MashellChatOfferedCcEventV1,
            MashellChatAcceptedCcEventV1,
            MashellVoicePhoneOfferedCcEventV1,
            MashellVoicePhoneAcceptedCcEventV1,
            MashellVoicePhoneOfferedUcEventV1,
            MashellVoicePhoneAcceptedUcEventV1,
        ],
        |offer| format!(
            "event {}, {}, contact {}",
            offer.event_id,
            offer.direction.as_str(),
            offer.search_context
        )
    );
    latest!(
        event,
        [
            MashellChatNextgenCompletedCcEventV1,
            MashellChatNextgenTerminatedCcEventV1,
            MashellChatCompletedCcEventV1,
            MashellChatTerminatedCcEventV1,
        ],
        |chat| format!(
            "event {}, {}, ended {}",
            chat.event_id,
            chat.direction.as_str(),
            chat.end_time
        )
    );
    latest!(
        event,
        [
            MashellEmailAcceptedCcEventV1,
            MashellEmailTerminatedCcEventV1
        ],
        |email| format!(
            "event {}, {}{}",
            email.event_id,
            email.direction.as_str(),
            if email.is_reply_email {
                ", a reply"
            } else {
                ""
            }
        )
    );
    latest!(
        event,
        [
            MashellVoicePhoneCompletedCcEventV1,
            MashellVoicePhoneTerminatedCcEventV1,
            MashellVoicePhoneTerminatedUcEventV1,
        ],
        |call| format!(
            "event {}, {}, lasted {}{}",
            call.event_id,
            call.direction.as_str(),
            call.call_duration,
            if call.has_recording { ", recorded" } else { "" }
        )
    );
    latest!(
        event,
        [
            MashellVoicemailOfferedCcEventV1,
            MashellVoicemailAcceptedCcEventV1
        ],
        |voicemail| format!(
            "event {}, voicemail from {}",
            voicemail.event_id, voicemail.calling_name
        )
    );
    latest!(
        event,
        [
            MashellVoicemailCompletedCcEventV1,
            MashellVoicemailTerminatedCcEventV1
        ],
        |voicemail| format!(
            "event {}, voicemail from {}, lasted {}",
            voicemail.event_id, voicemail.calling_name, voicemail.call_duration
        )
    );
    latest!(
        event,
        [
            CallManagerCallAutoanswerFirstConnectV1,
            CallManagerCallCallerNumberChangeV1,
            CallManagerCallConnectV1,
            CallManagerCallDisconnectedV1,
            CallManagerCallFailedV1,
            CallManagerCallHoldV1,
            CallManagerCallInboundFirstConnectV1,
            CallManagerCallIncomingFirstV1,
            CallManagerCallIncomingV1,
            CallManagerCallOutboundFirstConnectV1,
            CallManagerCallOutgoingV1,
            CallManagerCallRecordEndV1,
            CallManagerCallRecordFailedV1,
            CallManagerCallRecordStartV1,
        ],
        |call| format!(
            "call {} with {} ({}), state {}",
            call.call_id,
            call.phone_number,
            if call.inbound_call {
                "inbound"
            } else {
                "outbound"
            },
            call.e_call_state
        )
    );
    latest!(
        event,
        [
            CallManagerCallConferenceStartV1,
            CallManagerCallConferenceDropV1
        ],
        |conference| {
            let calls: Vec<&str> = conference
                .calls
                .iter()
                .map(|call| call.call_id.as_str())
                .collect();
            format!("conference of calls {}", calls.join(", "))
        }
    );
    latest!(
        event,
        [CallManagerCallTransferBlindSuccessV1],
        |transfer| format!("call {} to {}", transfer.call_id, transfer.to_number)
    );
    latest!(
        event,
        [
            CallManagerCallTransferSuccessV1,
            CallManagerCallTransferFailedV1,
            CallManagerCallTransferVoicemailSuccessV1,
        ],
        |transfer| format!(
            "call {} to {}",
            transfer.call_id,
            transfer
                .to_number
                .as_deref()
                .or(transfer.to_call_id.as_deref())
                .unwrap_or("an unnamed party")
        )
    );
    match event {
        Event::Unknown { value, .. } => format!(
            "unknown to this catalog, kept as {} bytes of JSON",
            value.to_string().len()
        ),
        Event::CallManagerMuteEnabledV1(_) | Event::CallManagerMuteDisabledV1(_) => {
            "(no payload field besides schemaVersion)".to_owned()
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The main job shows at least one typed field of every bundled sample that has one.
    #[test]
    fn every_sample_shows_a_typed_field() {
        let input = std::fs::read(bundled_samples()).unwrap();
        let mut shown = 0;
        for line in input.split(|b| *b == b'\n').filter(|line| !line.is_empty()) {
            let event = Envelope::from_json(line).unwrap().message;
            let detail = detail(&event);
            let fieldless = matches!(
                event,
                Event::CallManagerMuteEnabledV1(_) | Event::CallManagerMuteDisabledV1(_)
            );
            assert_eq!(
                detail.starts_with('('),
                fieldless,
                "{}: {detail:?}",
                event.name()
            );
            assert!(!detail.is_empty(), "{} shows no field", event.name());
            shown += 1;
        }
        assert_eq!(shown, CATALOG.len(), "a sample of every bundled event");
    }
}
