//! Decodes SDK `onMessage` data, one JSON object per line, with the bundled catalog's types, then
//! prints the catalog's version table.
//!
//! ```text
//! cargo run -p events-core --example decode_samples [FILE]
//! ```
//!
//! Without FILE it reads the sample messages in `tests/samples/bundled.jsonl`.

use std::process::ExitCode;

use events_core::{CATALOG, Envelope, Event};

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/samples/bundled.jsonl"
        )
        .to_owned()
    });
    let input = match std::fs::read(&path) {
        Ok(input) => input,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };

    println!("Decoding {path}\n");
    let (mut decoded, mut unknown, mut failures) = (0, 0, 0);
    for (number, line) in input.split(|b| *b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match Envelope::from_json(line) {
            Ok(envelope) => {
                let verdict = if matches!(envelope.message, Event::Unknown { .. }) {
                    unknown += 1;
                    "unknown"
                } else {
                    decoded += 1;
                    "ok"
                };
                println!(
                    "line {:>3}  {verdict:<8} {}",
                    number + 1,
                    summary(&envelope.message)
                );
            }
            Err(error) => {
                failures += 1;
                println!("line {:>3}  invalid  {error}", number + 1);
            }
        }
    }
    println!(
        "\n{decoded} decoded to their typed variant, {unknown} unknown (kept as raw JSON), {failures} invalid"
    );

    println!(
        "\n{:<45} {:<9} {:<11} {:<11} {:<11} sunset",
        "event name", "versions", "status", "active", "deprecated"
    );
    // Rows that need attention first: sunset, then deprecated, then active.
    let mut rows: Vec<&events_core::EventInfo> = CATALOG.iter().collect();
    rows.sort_by_key(|info| std::cmp::Reverse(info.status));
    for info in rows {
        let date = |date: Option<events_core::Date>| date.map_or("-".to_owned(), |d| d.to_string());
        println!(
            "{:<45} {:<9} {:<11} {:<11} {:<11} {}",
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

/// The event name and the payload field a reader most wants to see. Each variant carries its
/// event's `Versioned` payload; `latest()` is the payload when it is of the latest schema
/// version the catalog knows.
fn summary(event: &Event) -> String {
    let detail = match event {
        Event::GlobalUserDetailsV1(user) => user.latest().map(|user| {
            format!(
                "user {} <{}>",
                user.name,
                user.email.as_deref().unwrap_or("no e-mail")
            )
        }),
        Event::AwChatInitV1(chat) => chat.latest().map(|chat| {
            format!(
                "interaction {}, {} messages",
                chat.interaction_id,
                chat.messages.len()
            )
        }),
        Event::AwInteractionWrapUpCodesV1(codes) => codes.latest().map(|codes| {
            let count: usize = codes
                .wrap_up_codes
                .iter()
                .map(|list| list.items.len())
                .sum();
            format!(
                "interaction {}, {count} wrap-up codes",
                codes.interaction_id
            )
        }),
        Event::MashellVoicePhoneTerminatedCcEventV1(call) => call.latest().map(|call| {
            format!(
                "call {} lasted {}, disposition {}",
                call.event_id, call.call_duration, call.additional_data.disposition_code
            )
        }),
        Event::CallManagerCallConnectV1(call) => call.latest().map(|call| {
            format!(
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
        }),
        Event::AwInteractionStartedV1(started) => started.latest().map(|started| {
            format!(
                "interaction {}, {} {}",
                started.interaction_id,
                started.direction.as_str(),
                started.interaction_type.as_str()
            )
        }),
        Event::Unknown { value, .. } => Some(format!(
            "unknown to this catalog, kept as {} bytes of JSON",
            value.to_string().len()
        )),
        _ => None,
    };
    format!("{:<45} {}", event.name(), detail.unwrap_or_default())
}
