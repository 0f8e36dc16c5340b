//! An 8x8 partner app in Rust: every message the partner SDK passes to `onMessage` becomes a
//! row of the page's table (event name, verdict, catalog status, a few typed fields, deprecation
//! flag), and a button sends a typed chat message. The page (`index.html`) loads the SDK from
//! npm, this module, and draws the rows it is given; `host.html` plays the 8x8 host.

use std::cell::RefCell;

use events_core::{Event, Status};
use events_web::{AppInfo, Incoming, MessageError, PartnerSdk};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;

thread_local! {
    static SDK: RefCell<Option<PartnerSdk>> = const { RefCell::new(None) };
}

/// Starts the app: `sdk` is the partner SDK's module object, `draw` the page's function that
/// adds one row to the table (called with `{name, verdict, variant, status, deprecated,
/// fields}`).
#[wasm_bindgen]
pub fn start(sdk: JsValue, draw: Function) -> Result<(), JsError> {
    let sdk = PartnerSdk::from_js(sdk);
    let app = AppInfo {
        name: "Typed events (Rust)",
        version: env!("CARGO_PKG_VERSION"),
        vendor: "events-core example",
    };
    sdk.initialise(&app, move |message| {
        let row = row_of(&message);
        // A failing `draw` is the page's business; the next message still gets its row.
        let _ = draw.call1(&JsValue::NULL, &row.to_js());
    })?;
    sdk.get_events()?;
    SDK.with(|cell| *cell.borrow_mut() = Some(sdk));
    Ok(())
}

/// Sends `aw-chat-message-received-v1` (a sent event of the catalog) with the typed payload.
#[wasm_bindgen]
pub fn send_chat_message(interaction_id: String, message: String) -> Result<(), JsError> {
    let payload = events_core::aw_chat_message_received_v1::Payload::new(interaction_id, message);
    let event = payload.to_send_event()?;
    SDK.with(|cell| match cell.borrow().as_ref() {
        Some(sdk) => sdk.send_event(&event).map_err(JsError::from),
        None => Err(JsError::new("the app has not started")),
    })
}

/// Decodes `messages` (an array of `onMessage` data objects) `rounds` times through their JSON
/// text (`decode_event`, the default), then again straight from the JavaScript objects
/// (`decode_event_from_objects`), then from their JSON texts already in Rust memory (what
/// `decode_event` costs past `JSON.stringify` and the copy of its text into WebAssembly), and
/// returns `{messages, rounds, json_ms, objects_ms, rust_text_ms, json_ok, objects_ok,
/// rust_text_ok}`.
#[wasm_bindgen]
pub fn measure_decoding(messages: js_sys::Array, rounds: u32) -> Result<JsValue, JsError> {
    let messages: Vec<JsValue> = messages.iter().collect();
    let texts: Vec<String> = messages
        .iter()
        .filter_map(|message| js_sys::JSON::stringify(message).ok()?.as_string())
        .collect();
    let through_json = |message: &JsValue| events_web::decode_event(message).is_ok();
    let from_objects = |message: &JsValue| events_web::decode_event_from_objects(message).is_ok();
    let from_text = |text: &String| events_core::Envelope::from_json(text.as_bytes()).is_ok();
    let (json_ms, json_ok) = timed(&messages, rounds, through_json);
    let (objects_ms, objects_ok) = timed(&messages, rounds, from_objects);
    let (rust_text_ms, rust_text_ok) = timed(&texts, rounds, from_text);
    let result = Object::new();
    for (key, value) in [
        ("messages", messages.len() as f64),
        ("rounds", f64::from(rounds)),
        ("json_ms", json_ms),
        ("objects_ms", objects_ms),
        ("rust_text_ms", rust_text_ms),
        ("json_ok", json_ok as f64),
        ("objects_ok", objects_ok as f64),
        ("rust_text_ok", rust_text_ok as f64),
    ] {
        Reflect::set(&result, &key.into(), &value.into())
            .map_err(|_| JsError::new("cannot build the result"))?;
    }
    Ok(result.into())
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
}

/// Milliseconds for `rounds` passes of `decode` over `messages`, and how many decoded per pass.
fn timed<T>(messages: &[T], rounds: u32, decode: impl Fn(&T) -> bool) -> (f64, usize) {
    let start = now();
    let mut ok = 0;
    for _ in 0..rounds {
        ok = messages.iter().filter(|message| decode(message)).count();
    }
    (now() - start, ok)
}

/// One row of the page's table.
struct Row {
    name: String,
    verdict: &'static str,
    variant: String,
    status: &'static str,
    deprecated: bool,
    fields: String,
}

impl Row {
    fn to_js(&self) -> JsValue {
        let row = Object::new();
        let entries: [(&str, JsValue); 6] = [
            ("name", self.name.as_str().into()),
            ("verdict", self.verdict.into()),
            ("variant", self.variant.as_str().into()),
            ("status", self.status.into()),
            ("deprecated", self.deprecated.into()),
            ("fields", self.fields.as_str().into()),
        ];
        for (key, value) in entries {
            // Setting a property of a fresh plain object does not fail.
            let _ = Reflect::set(&row, &key.into(), &value);
        }
        row.into()
    }
}

fn row_of(message: &Result<Incoming, MessageError>) -> Row {
    let row = |name: &str, verdict, fields: String| Row {
        name: name.to_owned(),
        verdict,
        variant: String::new(),
        status: "",
        deprecated: false,
        fields,
    };
    match message {
        Ok(Incoming::Event(envelope)) => event_row(&envelope.message),
        Ok(Incoming::Events(reconciliation)) => row(
            "getEvents",
            "events",
            format!(
                "{} offered and known, {} unknown to this build, {} not offered; consistent: {}",
                reconciliation.known.len(),
                reconciliation.unknown.len(),
                reconciliation.unavailable.len(),
                reconciliation.is_consistent()
            ),
        ),
        Ok(Incoming::Other(data)) => {
            let kind = Reflect::get(data, &"type".into())
                .ok()
                .and_then(|kind| kind.as_string())
                .unwrap_or_default();
            row(&kind, "other", String::new())
        }
        Err(error) => row("", "invalid", error.to_string()),
        Ok(_) => row("", "other", String::new()),
    }
}

fn event_row(event: &Event) -> Row {
    let Some(name) = event.event_name() else {
        return Row {
            name: event.name().to_owned(),
            verdict: "unknown",
            variant: "Unknown".to_owned(),
            status: "",
            deprecated: false,
            fields: "not in this build's catalog; kept as raw JSON".to_owned(),
        };
    };
    let info = name.info();
    Row {
        name: event.name().to_owned(),
        verdict: "ok",
        variant: format!("{name:?}"),
        status: info.status.as_str(),
        deprecated: info.status != Status::Active,
        fields: typed_fields(event).unwrap_or_default(),
    }
}

/// Two or three typed fields of the events this app cares about.
#[allow(deprecated)] // Reading deprecated events is what the deprecation column is for.
fn typed_fields(event: &Event) -> Option<String> {
    match event {
        Event::AwInteractionMuteV1(mute) => mute
            .latest()
            .map(|mute| format!("interaction {}", mute.interaction_id)),
        Event::AwInteractionHoldV1(hold) => hold
            .latest()
            .map(|hold| format!("interaction {}", hold.interaction_id)),
        Event::AwChatInitV1(chat) => chat.latest().map(|chat| {
            format!(
                "interaction {}, {} messages",
                chat.interaction_id,
                chat.messages.len()
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
        Event::CallManagerCallConnectV1(call) => call
            .latest()
            .map(|call| format!("call {} with {}", call.call_id, call.phone_number)),
        Event::GlobalUserDetailsV1(user) => user.latest().map(|user| format!("user {}", user.name)),
        _ => None,
    }
}
