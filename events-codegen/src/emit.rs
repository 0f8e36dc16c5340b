//! Turns a validated catalog into Rust tokens.
//!
//! The generated code is a guest in the user's crate: it names everything by absolute path
//! (`::core`, `::std`, and serde through `::events_core::__private`), and every impl, table and
//! payload module it writes carries `#[allow(deprecated)]`, so that deprecation warnings reach the
//! user's own uses of deprecated events and never the generated code.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::lifecycle::{Options, UnknownFields};
use crate::model::{
    Catalog, Date, Direction, EnumDef, Event, Field, Payload, ROOT_TYPE, Status, StructDef, Ty,
    TypeDef, UnionDef,
};

/// The items for `catalog`.
pub fn emit(catalog: &Catalog, options: &Options) -> TokenStream {
    let event_name = event_name_enum(catalog);
    let table = catalog_table(catalog);
    let event = event_enum(catalog);
    let modules = catalog
        .events
        .iter()
        .map(|event| event_module(event, options));
    quote! {
        #event_name
        #table
        #event
        #(#modules)*
    }
}

fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// One `#[doc]` attribute per line, each with the leading space that `///` comments have.
fn doc(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    });
    quote!(#(#[doc = #lines])*)
}

/// `#[deprecated(note = …)]` for a deprecated or sunset event, nothing otherwise.
fn deprecation(event: &Event) -> TokenStream {
    if event.status == Status::Active {
        return TokenStream::new();
    }
    let mut note = match (event.status, event.deprecation_date) {
        (Status::Sunset, _) => format!("`{}` is sunset", event.name),
        (_, Some(date)) => format!("`{}` is deprecated since {date}", event.name),
        (_, None) => format!("`{}` is deprecated", event.name),
    };
    if let Some(sunset) = event.sunset_date {
        note.push_str(&format!("; sunset date {sunset}"));
    }
    match &event.replaced_by {
        Some(replacement) => note.push_str(&format!("; use `{replacement}` instead")),
        None => note.push_str("; no replacement is listed"),
    }
    quote!(#[deprecated(note = #note)])
}

fn event_name_enum(catalog: &Catalog) -> TokenStream {
    let variants: Vec<Ident> = catalog.events.iter().map(|e| ident(&e.variant)).collect();
    let names: Vec<&str> = catalog.events.iter().map(|e| e.name.as_str()).collect();
    let positions = 0..catalog.events.len();
    let replacements: Vec<TokenStream> = catalog
        .events
        .iter()
        .filter_map(|event| {
            let replacement = event.replaced_by.as_ref()?;
            let target = catalog
                .events
                .iter()
                .find(|other| &other.name == replacement)?;
            let (from, to) = (ident(&event.variant), ident(&target.variant));
            Some(quote!(EventName::#from => ::core::option::Option::Some(EventName::#to),))
        })
        .collect();
    let replaced_by_body = lookup_or_none(quote!(self), &replacements);
    let definitions = catalog.events.iter().map(|event| {
        let variant = ident(&event.variant);
        let text = doc(&format!("`{}`: {}", event.name, event.description));
        let deprecated = deprecation(event);
        quote!(#text #deprecated #variant,)
    });
    let lookup = name_lookup(catalog);
    quote! {
        /// The name of an event of the catalog, as a fieldless enum.
        ///
        /// Serializes as, and parses from, the wire name (`as_str`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum EventName {
            #(#definitions)*
        }

        #[allow(deprecated)]
        impl EventName {
            /// Every event of the catalog, in catalog order.
            pub const ALL: &'static [EventName] = &[#(EventName::#variants),*];

            /// The wire name, e.g. `aw-interaction-mute-v1`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    #(EventName::#variants => #names,)*
                }
            }

            /// The event that replaces this one, when the catalog names one that this build has.
            pub const fn replaced_by(self) -> ::core::option::Option<EventName> {
                #replaced_by_body
            }

            /// The catalog row of this event: versions, status, dates and description.
            pub const fn info(self) -> &'static ::events_core::EventInfo {
                match self {
                    #(EventName::#variants => &CATALOG[#positions],)*
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
                #lookup
            }
        }

        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for EventName {
            fn serialize<S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for EventName {
            fn deserialize<D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                ::events_core::__private::deserialize_from_str(deserializer)
            }
        }
    }
}

/// The body of `EventName::from_str`: a `match` on the name's hash, which the compiler turns into
/// a binary search on integers, then one string comparison. A `match` on the strings themselves
/// compares them one after another, which grows with the catalog.
fn name_lookup(catalog: &Catalog) -> TokenStream {
    if catalog.events.is_empty() {
        return quote!(::core::result::Result::Err(
            ::events_core::UnknownEventName::new(name)
        ));
    }
    // Names whose hashes collide get one guarded arm each; the guard is the string comparison.
    let arms = catalog.events.iter().map(|event| {
        let (name, variant) = (&event.name, ident(&event.variant));
        let hash = name_hash(name);
        quote!(#hash if name == #name => ::core::result::Result::Ok(EventName::#variant),)
    });
    quote! {
        match ::events_core::__private::name_hash(name) {
            #(#arms)*
            _ => ::core::result::Result::Err(::events_core::UnknownEventName::new(name)),
        }
    }
}

/// The hash `EventName::from_str` matches on. Must stay identical to
/// `events_core::__private::name_hash`, which computes it at run time; every test that parses an
/// `EventName` checks that the two agree.
fn name_hash(name: &str) -> u64 {
    let mix = |hash: u64, word: u64| {
        (hash ^ word)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29)
    };
    let mut chunks = name.as_bytes().chunks_exact(8);
    let mut hash = 0x243f_6a88_85a3_08d3 ^ name.len() as u64;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = mix(hash, u64::from_le_bytes(word));
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    mix(hash, u64::from_le_bytes(tail))
}

fn date(date: Date) -> TokenStream {
    let Date { year, month, day } = date;
    quote!(::events_core::Date::__from_catalog(#year, #month, #day))
}

fn optional<T>(value: Option<T>, to_tokens: impl FnOnce(T) -> TokenStream) -> TokenStream {
    match value {
        Some(value) => {
            let inner = to_tokens(value);
            quote!(::core::option::Option::Some(#inner))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn catalog_table(catalog: &Catalog) -> TokenStream {
    let rows = catalog.events.iter().map(|event| {
        let name = &event.name;
        let description = &event.description;
        let versions = event.versions.iter().map(|v| v.to_string());
        let status = match event.status {
            Status::Active => quote!(Active),
            Status::Deprecated => quote!(Deprecated),
            Status::Sunset => quote!(Sunset),
        };
        let active = date(event.active_date);
        let deprecation = optional(event.deprecation_date, date);
        let sunset = optional(event.sunset_date, date);
        let replaced_by = optional(event.replaced_by.as_deref(), |name| quote!(#name));
        let direction = match event.direction {
            Direction::Received => quote!(Received),
            Direction::Sent => quote!(Sent),
        };
        quote! {
            ::events_core::EventInfo {
                name: #name,
                description: #description,
                direction: ::events_core::Direction::#direction,
                schema_versions: &[#(#versions),*],
                status: ::events_core::Status::#status,
                active_date: #active,
                deprecation_date: #deprecation,
                sunset_date: #sunset,
                replaced_by: #replaced_by,
            },
        }
    });
    quote! {
        /// The version table: one row per event, in the order of `EventName::ALL`.
        #[allow(deprecated)]
        pub const CATALOG: &[::events_core::EventInfo] = &[#(#rows)*];
    }
}

/// The type an `Event` variant carries: the payload of the event's latest schema version.
/// The type an `Event` variant carries: the boxed payload. Boxing keeps `Event` small, so
/// decoding moves a pointer rather than the largest payload of the catalog (the move cost more
/// than the allocation in the `decode` benchmark). An event whose schemas all failed to build
/// (after a diagnostic) carries raw JSON instead.
fn payload_path(event: &Event) -> TokenStream {
    if event.payloads.is_empty() {
        return quote!(::events_core::Value);
    }
    let module = ident(&event.module);
    if event.payloads.len() > 1 {
        quote!(::std::boxed::Box<#module::Versioned>)
    } else {
        quote!(::std::boxed::Box<#module::Payload>)
    }
}

/// `match scrutinee { arms…, _ => None }`, or plain `None` when there are no arms (a lone
/// wildcard arm is a clippy warning in the user's crate).
fn lookup_or_none(scrutinee: TokenStream, arms: &[TokenStream]) -> TokenStream {
    if arms.is_empty() {
        return quote! {
            let _ = #scrutinee;
            ::core::option::Option::None
        };
    }
    quote! {
        match #scrutinee {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

fn event_enum(catalog: &Catalog) -> TokenStream {
    let variants: Vec<Ident> = catalog.events.iter().map(|e| ident(&e.variant)).collect();
    let rejections: Vec<TokenStream> = catalog
        .rejected
        .iter()
        .map(|(name, date)| {
            let reason = match date {
                Some(date) => format!("`{name}` was sunset on {date} and this build rejects it"),
                None => format!("`{name}` is sunset and this build rejects it"),
            };
            quote!(#name => ::core::option::Option::Some(#reason),)
        })
        .collect();
    let rejection_body = lookup_or_none(quote!(name), &rejections);
    let definitions = catalog.events.iter().map(|event| {
        let variant = ident(&event.variant);
        let payload = payload_path(event);
        let text = doc(&format!("`{}`: {}", event.name, event.description));
        let deprecated = deprecation(event);
        quote!(#text #deprecated #variant(#payload),)
    });
    quote! {
        /// An event as delivered in the `message` of an SDK `onMessage` call:
        /// `{"eventName": …, "value": …}`, with the payload typed by the catalog.
        ///
        /// Decoding never fails because the name is unknown: such events become
        /// [`Event::Unknown`] and keep their payload. A known name with a payload that does not
        /// match its schema is an error naming the field, e.g. `value.direction`.
        #[derive(Debug, Clone, PartialEq)]
        #[allow(deprecated)]
        pub enum Event {
            #(#definitions)*
            /// An event this catalog does not know, kept exactly as received.
            Unknown {
                /// The event name as received.
                event_name: ::std::string::String,
                /// The payload as received.
                value: ::events_core::Value,
            },
        }

        #[allow(deprecated)]
        impl Event {
            /// The event's wire name.
            pub fn name(&self) -> &str {
                match self {
                    #(Event::#variants(_) => EventName::#variants.as_str(),)*
                    Event::Unknown { event_name, .. } => event_name,
                }
            }

            /// The event's name, or `None` for an [`Event::Unknown`].
            pub fn event_name(&self) -> ::core::option::Option<EventName> {
                match self {
                    #(Event::#variants(_) => ::core::option::Option::Some(EventName::#variants),)*
                    Event::Unknown { .. } => ::core::option::Option::None,
                }
            }

            /// Decodes an event from the JSON of an SDK `message`; errors name the field path.
            pub fn from_json(json: &[u8]) -> ::core::result::Result<Self, ::events_core::DecodeError> {
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
                #rejection_body
            }

            fn deserialize_payload<'de, D: ::events_core::__private::serde::Deserializer<'de>>(
                name: EventName,
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                match name {
                    #(EventName::#variants => ::events_core::__private::serde::Deserialize::deserialize(deserializer).map(Event::#variants),)*
                }
            }

            fn unknown(event_name: ::std::string::String, value: ::events_core::Value) -> Self {
                Event::Unknown { event_name, value }
            }
        }

        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Event {
            fn serialize<S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    #(Event::#variants(payload) => ::events_core::__private::serialize_event(serializer, EventName::#variants.as_str(), payload),)*
                    Event::Unknown { event_name, value } => ::events_core::__private::serialize_event(serializer, event_name, value),
                }
            }
        }

        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Event {
            fn deserialize<D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                ::events_core::__private::deserialize_event(deserializer)
            }
        }

        /// The whole data of an SDK `onMessage` call for an event:
        /// `{"type": "event", "schemaVersion": …, "message": {…}}`.
        pub type Envelope = ::events_core::MessageEnvelope<Event>;
    }
}

fn event_module(event: &Event, options: &Options) -> TokenStream {
    let module = ident(&event.module);
    let module_doc = doc(&format!(
        "Payload types of `{}`: {}\n\nOne module per schema version; `Payload` is the latest.",
        event.name, event.description
    ));
    let deprecated = deprecation(event);
    let Some(latest) = event.payloads.iter().max_by_key(|payload| payload.version) else {
        return TokenStream::new();
    };
    let latest_module = ident(&latest.module);
    let text = doc(&format!(
        "The payload of the latest schema version, {}.",
        latest.version
    ));
    let alias = quote!(#text #deprecated pub type Payload = #latest_module::Payload;);
    let versioned = (event.payloads.len() > 1).then(|| versioned_enum(event, latest));
    let versions = event
        .payloads
        .iter()
        .map(|payload| version_module(event, payload, options));
    quote! {
        #module_doc
        #[allow(deprecated)]
        pub mod #module {
            #alias
            #versioned
            #(#versions)*
        }
    }
}

/// For an event with several schema versions: the payload in any of them, chosen by the
/// payload's `schemaVersion` when decoding.
fn versioned_enum(event: &Event, latest: &Payload) -> TokenStream {
    let deprecated = deprecation(event);
    let type_doc = doc(&format!(
        "The payload of `{}` in any of its schema versions, chosen by its `schemaVersion`.",
        event.name
    ));
    let variants: Vec<Ident> = event
        .payloads
        .iter()
        .map(|payload| ident(&payload.module.to_uppercase()))
        .collect();
    let modules: Vec<Ident> = event.payloads.iter().map(|p| ident(&p.module)).collect();
    let versions: Vec<String> = event
        .payloads
        .iter()
        .map(|p| p.version.to_string())
        .collect();
    let variant_docs = versions
        .iter()
        .map(|version| doc(&format!("Schema version {version}.")));
    let latest_variant = ident(&latest.module.to_uppercase());
    let latest_doc = doc(&format!(
        "The payload if it is of the latest schema version, {}.",
        latest.version
    ));
    let name = &event.name;
    quote! {
        #type_doc
        #deprecated
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Versioned {
            #(#variant_docs #variants(#modules::Payload),)*
        }

        #[allow(deprecated)]
        impl Versioned {
            /// The schema version of this payload.
            pub const fn schema_version(&self) -> &'static str {
                match self {
                    #(Versioned::#variants(_) => #versions,)*
                }
            }

            #latest_doc
            pub fn latest(&self) -> ::core::option::Option<&Payload> {
                match self {
                    Versioned::#latest_variant(payload) => ::core::option::Option::Some(payload),
                    #[allow(unreachable_patterns)]
                    _ => ::core::option::Option::None,
                }
            }
        }

        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for Versioned {
            fn serialize<S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    #(Versioned::#variants(payload) => ::events_core::__private::serde::Serialize::serialize(payload, serializer),)*
                }
            }
        }

        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for Versioned {
            fn deserialize<D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                ::events_core::__private::deserialize_versioned(deserializer, #name, &[#(#versions),*], |version, value| match version {
                    #(#versions => ::core::option::Option::Some(::events_core::__private::payload_from_value(value).map(Versioned::#variants)),)*
                    _ => ::core::option::Option::None,
                })
            }
        }
    }
}

fn version_module(event: &Event, payload: &Payload, options: &Options) -> TokenStream {
    let module = ident(&payload.module);
    let module_doc = doc(&format!(
        "Schema version {} of `{}`.",
        payload.version, event.name
    ));
    let deprecated = deprecation(event);
    let types = payload.types.iter().map(|def| match def {
        TypeDef::Struct(def) => {
            let root_deprecation = if def.name == ROOT_TYPE {
                deprecated.clone()
            } else {
                TokenStream::new()
            };
            let constructor = (def.name == ROOT_TYPE && event.direction == Direction::Sent)
                .then(|| sent_constructor(def, event, payload, options));
            let definition = struct_def(def, event, payload, root_deprecation, options);
            quote!(#definition #constructor)
        }
        TypeDef::Enum(def) => enum_def(def),
        TypeDef::Union(def) => union_def(def),
    });
    quote! {
        #module_doc
        pub mod #module {
            #(#types)*
        }
    }
}

const SERDE_CRATE: &str = "::events_core::__private::serde";

fn struct_def(
    def: &StructDef,
    event: &Event,
    payload: &Payload,
    deprecated: TokenStream,
    options: &Options,
) -> TokenStream {
    let name = ident(&def.name);
    let fallback = if def.name == ROOT_TYPE {
        format!(
            "The payload of `{}`, schema version {}.",
            event.name, payload.version
        )
    } else {
        format!("The `{}` object of the `{}` payload.", def.name, event.name)
    };
    let type_doc = doc(def.doc.as_deref().unwrap_or(&fallback));
    let deny = def
        .deny_unknown
        .then(|| quote!(#[serde(deny_unknown_fields)]));
    let fields = def.fields.iter().map(field);
    let unknown = (options.unknown_fields == UnknownFields::Keep && !def.deny_unknown).then(|| {
        let name = ident(&unknown_fields_name(def));
        quote! {
            /// Fields the schema does not list, kept as received and written back when encoding.
            #[serde(flatten)]
            pub #name: ::std::collections::BTreeMap<::std::string::String, ::events_core::Value>,
        }
    });
    quote! {
        #type_doc
        #deprecated
        #[derive(Debug, Clone, PartialEq, Eq, ::events_core::__private::serde::Serialize, ::events_core::__private::serde::Deserialize)]
        #[serde(crate = #SERDE_CRATE)]
        #deny
        pub struct #name {
            #(#fields)*
            #unknown
        }
    }
}

/// `unknown_fields`, unless a property already took that name.
fn unknown_fields_name(def: &StructDef) -> String {
    let mut name = "unknown_fields".to_owned();
    while def.fields.iter().any(|field| field.ident == name) {
        name.push('_');
    }
    name
}

/// `Payload::new` and `Payload::to_send_event` for an event that partners send: the
/// constructor takes the required fields and fills in literals such as `schemaVersion`.
fn sent_constructor(
    def: &StructDef,
    event: &Event,
    payload: &Payload,
    options: &Options,
) -> TokenStream {
    let is_literal = |field: &Field| matches!(&field.ty, Ty::Named(name) if payload.types.iter().any(|t| matches!(t, TypeDef::Enum(e) if &e.name == name && e.is_const)));
    let parameters = def
        .fields
        .iter()
        .filter(|field| field.required && !is_literal(field))
        .map(|field| {
            let name = ident(&field.ident);
            let ty = rust_type(&field.ty);
            quote!(#name: #ty)
        });
    let initializers = def.fields.iter().map(|field| {
        let name = ident(&field.ident);
        if !field.required {
            quote!(#name: ::core::option::Option::None)
        } else if is_literal(field) {
            quote!(#name: ::core::default::Default::default())
        } else {
            quote!(#name)
        }
    });
    let unknown = (options.unknown_fields == UnknownFields::Keep && !def.deny_unknown).then(|| {
        let name = ident(&unknown_fields_name(def));
        quote!(#name: ::core::default::Default::default(),)
    });
    let variant = ident(&event.variant);
    let new_doc = doc(&format!(
        "A `{}` payload from its required fields; literals such as `schemaVersion` are filled in.",
        event.name
    ));
    let send_doc = doc(&format!(
        "The arguments of `system.sendEvent(name, data)` for this payload: `name` is `{}`.",
        event.name
    ));
    quote! {
        #[allow(deprecated)]
        impl Payload {
            #new_doc
            #[allow(clippy::too_many_arguments)]
            pub fn new(#(#parameters),*) -> Self {
                Payload {
                    #(#initializers,)*
                    #unknown
                }
            }

            #send_doc
            pub fn to_send_event(&self) -> ::core::result::Result<::events_core::SendEvent, ::events_core::json::Error> {
                ::events_core::SendEvent::new(super::super::EventName::#variant.as_str(), self)
            }
        }
    }
}

fn field(field: &Field) -> TokenStream {
    let name = ident(&field.ident);
    let wire = &field.wire;
    let text = doc(&match &field.doc {
        Some(description) => format!("{description}\n\nWire name: `{wire}`."),
        None => format!("The `{wire}` property."),
    });
    let base = rust_type(&field.ty);
    let is_nullable = matches!(field.ty, Ty::Nullable(_));
    let (ty, serde) = match (field.required, is_nullable) {
        (true, false) => (base, quote!(#[serde(rename = #wire)])),
        (true, true) => (
            base,
            quote!(#[serde(rename = #wire, deserialize_with = "::events_core::__private::deserialize_nullable")]),
        ),
        (false, false) => (
            quote!(::core::option::Option<#base>),
            quote!(#[serde(rename = #wire, default, skip_serializing_if = "::core::option::Option::is_none")]),
        ),
        // Absent and `null` are different values on the wire; `Option<Option<_>>` keeps them apart.
        (false, true) => (
            quote!(::core::option::Option<#base>),
            quote!(#[serde(rename = #wire, default, skip_serializing_if = "::core::option::Option::is_none", deserialize_with = "::events_core::__private::deserialize_some")]),
        ),
    };
    quote! {
        #text
        #serde
        pub #name: #ty,
    }
}

fn rust_type(ty: &Ty) -> TokenStream {
    match ty {
        Ty::String => quote!(::std::string::String),
        Ty::Number => quote!(::events_core::Number),
        Ty::Integer => quote!(i64),
        Ty::Boolean => quote!(bool),
        Ty::Any => quote!(::events_core::Value),
        Ty::Named(name) => {
            let name = ident(name);
            quote!(#name)
        }
        Ty::Array(item) => {
            let item = rust_type(item);
            quote!(::std::vec::Vec<#item>)
        }
        Ty::Map(value) => {
            let value = rust_type(value);
            quote!(::std::collections::BTreeMap<::std::string::String, #value>)
        }
        Ty::Nullable(inner) => {
            let inner = rust_type(inner);
            quote!(::core::option::Option<#inner>)
        }
    }
}

/// A string enum (or a one-value literal). Its serde impls are written out rather than derived:
/// serde's derive generates a field visitor per enum, which dominates the build time of
/// literal-heavy catalogs, while these impls call one shared helper and keep serde's messages.
fn enum_def(def: &EnumDef) -> TokenStream {
    let name = ident(&def.name);
    let fallback = if def.is_const {
        format!("The literal `{}`.", def.variants[0].1)
    } else {
        format!("One of {} strings.", def.variants.len())
    };
    let type_doc = doc(def.doc.as_deref().unwrap_or(&fallback));
    let variants = def.variants.iter().map(|(variant, wire)| {
        let variant = ident(variant);
        let text = doc(&format!("`{wire}`"));
        let default = def.is_const.then(|| quote!(#[default]));
        quote!(#text #default #variant,)
    });
    let default = def.is_const.then(|| quote!(Default,));
    let idents: Vec<Ident> = def
        .variants
        .iter()
        .map(|(variant, _)| ident(variant))
        .collect();
    let wires: Vec<&str> = def.variants.iter().map(|(_, wire)| wire.as_str()).collect();
    quote! {
        #type_doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, #default)]
        pub enum #name {
            #(#variants)*
        }

        #[allow(deprecated)]
        impl #name {
            /// Every value, in schema order.
            pub const ALL: &'static [#name] = &[#(#name::#idents),*];

            /// The wire string of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    #(#name::#idents => #wires,)*
                }
            }

            /// The value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    #(#wires => ::core::option::Option::Some(#name::#idents),)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #[allow(deprecated)]
        impl ::events_core::__private::serde::Serialize for #name {
            fn serialize<S: ::events_core::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[allow(deprecated)]
        impl<'de> ::events_core::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::events_core::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                ::events_core::__private::deserialize_str_enum(deserializer, &[#(#wires),*], #name::from_wire)
            }
        }
    }
}

fn union_def(def: &UnionDef) -> TokenStream {
    let name = ident(&def.name);
    let fallback = "A value of one of several shapes, tried in order.".to_owned();
    let type_doc = doc(def.doc.as_deref().unwrap_or(&fallback));
    let variants = def.variants.iter().map(|(variant, ty)| {
        let variant = ident(variant);
        let ty_tokens = rust_type(ty);
        let text = doc(&format!("The value as {}.", describe(ty)));
        quote!(#text #variant(#ty_tokens),)
    });
    quote! {
        #type_doc
        #[derive(Debug, Clone, PartialEq, Eq, ::events_core::__private::serde::Serialize, ::events_core::__private::serde::Deserialize)]
        #[serde(crate = #SERDE_CRATE, untagged)]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn describe(ty: &Ty) -> String {
    match ty {
        Ty::String => "a string".to_owned(),
        Ty::Number => "a number".to_owned(),
        Ty::Integer => "an integer".to_owned(),
        Ty::Boolean => "a boolean".to_owned(),
        Ty::Any => "any JSON value".to_owned(),
        Ty::Named(name) => format!("a [`{name}`]"),
        Ty::Array(item) => format!("an array of {}", describe(item)),
        Ty::Map(value) => format!("a map of string to {}", describe(value)),
        Ty::Nullable(inner) => format!("{} or null", describe(inner)),
    }
}
