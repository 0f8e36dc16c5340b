//! Typed 8x8 partner SDK events in a WebAssembly partner app.
//!
//! An 8x8 partner app runs in a frame of the 8x8 host and talks to it through the partner SDK,
//! the npm package `@8x8/pui-partner-comm`: the app calls `system.initialise({…, onMessage})`
//! and the SDK calls `onMessage(data)` with `{type, schemaVersion, message}` objects. This crate
//! wraps the SDK object the page loaded ([`PartnerSdk`]) and hands the app typed values:
//!
//! - [`PartnerSdk::initialise`] registers a Rust closure as `onMessage`; each message arrives
//!   decoded ([`decode_message`]): an event as an [`events_core::Envelope`] of the bundled
//!   catalog (`Event::Unknown` keeps events the catalog does not know), the answer to
//!   [`PartnerSdk::get_events`] as a [`Reconciliation`], anything else untouched
//!   ([`Incoming::Other`]), and bad data as a [`MessageError`] naming the path.
//! - [`PartnerSdk::send_event`] sends a typed sent-event payload ([`SendEvent`], from a generated
//!   `Payload::to_send_event`) through the SDK's own `system.sendEvent`.
//!
//! Events are decoded through their JSON text: one `JSON.stringify` (the browser's native
//! serializer), then [`events_core::Envelope::from_json`], with its verdicts and error paths.
//! The `…_from_objects` functions read the SDK's JavaScript objects with `serde_wasm_bindgen`
//! into a JSON tree instead and decode that ([`events_core::MessageEnvelope::from_value`]), with
//! the same verdicts and paths; in Chromium they measured 2.3× slower, and an app that calls
//! them gets a module about 36 KB (gzipped) larger (BENCHMARKS.md, "Decoding in the browser").
//! The two are separate functions, not a switch, so that the linker drops the one an app does
//! not call.
//!
//! ```no_run
//! use events_core::Event;
//! use events_web::{AppInfo, Incoming, PartnerSdk};
//!
//! fn start(sdk: PartnerSdk) -> Result<(), events_web::SdkError> {
//!     let app = AppInfo { name: "My app", version: "1.0.0", vendor: "Example" };
//!     sdk.initialise(&app, |message| match message {
//!         Ok(Incoming::Event(envelope)) => match &envelope.message {
//!             Event::AwInteractionMuteV1(mute) => { let _ = mute.latest(); }
//!             Event::Unknown { event_name, .. } => { let _ = event_name; }
//!             _ => {}
//!         },
//!         Ok(Incoming::Events(reconciliation)) => { let _ = reconciliation.is_consistent(); }
//!         // `Incoming::Other`, and what a later version may add (`Incoming` is non-exhaustive).
//!         Ok(_) => {}
//!         Err(error) => { let _ = error.to_string(); }
//!     })?;
//!     sdk.get_events()
//! }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::collections::BTreeMap;
use std::fmt;

use events_core::{CATALOG, DecodeError, Envelope, Reconciliation, SendEvent, Value};
use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The partner SDK's module object, as the page loaded it: `import * as partnerSDK from
    /// "@8x8/pui-partner-comm"` with a bundler, or `window.partnerSDK` with the package's UMD
    /// build (`dist/umd/pui-partner-comm.min.js`). Pass it from JavaScript to Rust; any value
    /// converts with [`PartnerSdk::from_js`].
    #[derive(Debug, Clone)]
    pub type PartnerSdk;

    #[wasm_bindgen(method, getter, structural)]
    fn system(this: &PartnerSdk) -> JsValue;

    /// The SDK's `system` namespace.
    type SystemNamespace;

    #[wasm_bindgen(method, catch, structural)]
    fn initialise(this: &SystemNamespace, options: &Object) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, structural, js_name = getEvents)]
    fn get_events(this: &SystemNamespace) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, structural, js_name = sendEvent)]
    fn send_event(this: &SystemNamespace, name: &str, data: &JsValue) -> Result<(), JsValue>;
}

/// What the app tells the host about itself in `system.initialise`.
#[derive(Debug, Clone, Copy)]
pub struct AppInfo<'a> {
    /// `appName`.
    pub name: &'a str,
    /// `appVersion`.
    pub version: &'a str,
    /// `vendor`.
    pub vendor: &'a str,
}

/// One message the SDK passed to `onMessage`, decoded.
#[derive(Debug)]
#[non_exhaustive]
pub enum Incoming {
    /// An event (`type: "event"`), typed by the bundled catalog; an event it does not know is
    /// `Event::Unknown` with its payload as JSON.
    Event(Box<Envelope>),
    /// The host's answer to [`PartnerSdk::get_events`], set against the bundled catalog.
    Events(Reconciliation),
    /// Any other message (a `response` to another request, an `error`, a `file-transfer`…),
    /// as the SDK passed it.
    Other(JsValue),
}

/// Why a message could not be decoded.
#[derive(Debug)]
#[non_exhaustive]
pub enum MessageError {
    /// The data is not JSON data (a function, a symbol, a `BigInt`…), which the SDK never
    /// sends: `serde_wasm_bindgen`'s message.
    NotJson(String),
    /// JSON data that the catalog rejects: the path (`message.value.interactionId`) and what
    /// is wrong, as [`Envelope::from_json`] reports it.
    Decode(DecodeError),
}

impl fmt::Display for MessageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MessageError::NotJson(message) => write!(f, "not JSON data: {message}"),
            MessageError::Decode(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for MessageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            MessageError::NotJson(_) => None,
            MessageError::Decode(error) => Some(error),
        }
    }
}

/// A call into the SDK that failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum SdkError {
    /// The object given as the SDK has no `system` namespace: not the partner SDK.
    NotTheSdk,
    /// The SDK threw; the thrown value's text.
    Threw(String),
    /// A payload that could not be converted to a JavaScript value.
    Payload(String),
}

impl fmt::Display for SdkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::NotTheSdk => f.write_str(
                "not the partner SDK: the object has no `system` namespace (pass the module of @8x8/pui-partner-comm)",
            ),
            SdkError::Threw(message) => write!(f, "the partner SDK threw: {message}"),
            SdkError::Payload(message) => write!(f, "the payload cannot be sent: {message}"),
        }
    }
}

impl std::error::Error for SdkError {}

fn threw(error: JsValue) -> SdkError {
    SdkError::Threw(thrown_text(&error))
}

/// The message of a thrown JavaScript value.
fn thrown_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}

impl PartnerSdk {
    /// Takes any JavaScript value as the SDK; calls check that it has the SDK's namespaces.
    pub fn from_js(sdk: JsValue) -> PartnerSdk {
        sdk.unchecked_into()
    }

    fn system_namespace(&self) -> Result<SystemNamespace, SdkError> {
        let system = self.system();
        if system.is_object() {
            Ok(system.unchecked_into())
        } else {
            Err(SdkError::NotTheSdk)
        }
    }

    /// `system.initialise({appName, appVersion, vendor, onMessage})`, with `on_message` called
    /// for every message, decoded through its JSON text ([`decode_message`]). The SDK keeps the
    /// listener for the page's lifetime, and so does this: the closure is never dropped.
    pub fn initialise(
        &self,
        app: &AppInfo<'_>,
        on_message: impl FnMut(Result<Incoming, MessageError>) + 'static,
    ) -> Result<(), SdkError> {
        self.register(app, decode_message, on_message)
    }

    /// [`initialise`](Self::initialise), with events read from the SDK's objects
    /// ([`decode_message_from_objects`]): the same verdicts and paths, slower in Chromium and a
    /// larger module (BENCHMARKS.md, "Decoding in the browser").
    pub fn initialise_from_objects(
        &self,
        app: &AppInfo<'_>,
        on_message: impl FnMut(Result<Incoming, MessageError>) + 'static,
    ) -> Result<(), SdkError> {
        self.register(app, decode_message_from_objects, on_message)
    }

    fn register(
        &self,
        app: &AppInfo<'_>,
        decode: fn(&JsValue) -> Result<Incoming, MessageError>,
        mut on_message: impl FnMut(Result<Incoming, MessageError>) + 'static,
    ) -> Result<(), SdkError> {
        let system = self.system_namespace()?;
        let listener = Closure::<dyn FnMut(JsValue)>::new(move |data: JsValue| {
            on_message(decode(&data));
        });
        let options = Object::new();
        for (key, value) in [
            ("appName", JsValue::from_str(app.name)),
            ("appVersion", JsValue::from_str(app.version)),
            ("vendor", JsValue::from_str(app.vendor)),
            ("onMessage", listener.into_js_value()),
        ] {
            Reflect::set(&options, &JsValue::from_str(key), &value).map_err(threw)?;
        }
        system.initialise(&options).map_err(threw)
    }

    /// `system.getEvents()`: the host answers through `onMessage`, which gives
    /// [`Incoming::Events`].
    pub fn get_events(&self) -> Result<(), SdkError> {
        self.system_namespace()?.get_events().map_err(threw)
    }

    /// `system.sendEvent(name, data)` with a typed payload: build `event` with the generated
    /// `Payload::new(…)` and `to_send_event()` of a sent event.
    pub fn send_event(&self, event: &SendEvent) -> Result<(), SdkError> {
        let system = self.system_namespace()?;
        let data = to_js(&event.data)?;
        system.send_event(event.name, &data).map_err(threw)
    }
}

/// A JSON value as a plain JavaScript value (objects, not `Map`s), as the host expects.
fn to_js(value: &Value) -> Result<JsValue, SdkError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| SdkError::Payload(error.to_string()))
}

/// Decodes the data the SDK passes to `onMessage`, an event through its JSON text
/// ([`decode_event`]).
///
/// `type: "event"` (and data without a string `type`, which is then refused with its path) is
/// decoded with the bundled catalog; `type: "response"` to `getEvents` becomes a
/// [`Reconciliation`]; other types are passed on as [`Incoming::Other`].
pub fn decode_message(data: &JsValue) -> Result<Incoming, MessageError> {
    route(data, decode_event)
}

/// [`decode_message`], with an event read from the SDK's objects
/// ([`decode_event_from_objects`]).
pub fn decode_message_from_objects(data: &JsValue) -> Result<Incoming, MessageError> {
    route(data, decode_event_from_objects)
}

fn route(
    data: &JsValue,
    decode_event: fn(&JsValue) -> Result<Envelope, MessageError>,
) -> Result<Incoming, MessageError> {
    match string_at(data, "type").as_deref() {
        Some("event") | None => decode_event(data).map(|event| Incoming::Event(Box::new(event))),
        Some("response") => Ok(
            events_answer(data)?.map_or_else(|| Incoming::Other(data.clone()), Incoming::Events)
        ),
        Some(_) => Ok(Incoming::Other(data.clone())),
    }
}

/// Decodes `onMessage` data as an event, whatever its `type` says, through its JSON text:
/// `JSON.stringify`, then [`Envelope::from_json`]. One call into the browser's native
/// serializer instead of several per property; errors name the path, with a line and column. A
/// property whose value is `undefined` is left out, as `JSON.stringify` does.
pub fn decode_event(data: &JsValue) -> Result<Envelope, MessageError> {
    let text = js_sys::JSON::stringify(data)
        .map_err(|error| MessageError::NotJson(thrown_text(&error)))?
        .as_string()
        .ok_or_else(|| MessageError::NotJson("`JSON.stringify` gave no text".to_owned()))?;
    Envelope::from_json(text.as_bytes()).map_err(MessageError::Decode)
}

/// [`decode_event`] from the SDK's objects: read with `serde_wasm_bindgen` into a JSON tree and
/// decoded from it ([`events_core::MessageEnvelope::from_value`]), with no JSON text; the same
/// events and error paths. A property whose value is `undefined` reads as `null`.
pub fn decode_event_from_objects(data: &JsValue) -> Result<Envelope, MessageError> {
    Envelope::from_value(&to_json(data)?).map_err(MessageError::Decode)
}

fn to_json(data: &JsValue) -> Result<Value, MessageError> {
    serde_wasm_bindgen::from_value(data.clone())
        .map_err(|error| MessageError::NotJson(error.to_string()))
}

/// The string property `key` of `object`, if it is an object that has one.
fn string_at(object: &JsValue, key: &str) -> Option<String> {
    if !object.is_object() {
        return None;
    }
    Reflect::get(object, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// The reconciliation of a `getEvents` answer, `None` for a response to another request.
fn events_answer(data: &JsValue) -> Result<Option<Reconciliation>, MessageError> {
    let message = Reflect::get(data, &JsValue::from_str("message")).unwrap_or(JsValue::UNDEFINED);
    let is_events = string_at(&message, "namespace").as_deref() == Some("system")
        && string_at(&message, "request").as_deref() == Some("getEvents");
    if !is_events {
        return Ok(None);
    }
    let value = Reflect::get(&message, &JsValue::from_str("value")).unwrap_or(JsValue::UNDEFINED);
    let available: BTreeMap<String, Vec<String>> =
        events_core::decode_value(&to_json(&value)?).map_err(MessageError::Decode)?;
    Ok(Some(Reconciliation::new(CATALOG, &available)))
}
