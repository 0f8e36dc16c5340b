//! The catalog-wide items: `EventName`, `CATALOG`, `Event` and `Envelope` (`Event`'s
//! `CatalogEvent` impl, how it decodes, is in `catalog_event`).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::catalog_event::{catalog_event_impl, version_place};
use super::{deprecation, doc, event_doc, ident, lookup_or_none, optional, serde_impls};
use crate::ident::VERSIONED_TYPE;
use crate::model::{Catalog, Date, Direction, Envelope, Event, Status};
use crate::options::Layout;

pub(super) fn event_name_enum(catalog: &Catalog) -> TokenStream {
    let private = super::private();
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
        let text = event_doc(event);
        let deprecated = deprecation(event);
        quote!(#text #deprecated #variant,)
    });
    let lookup = name_lookup(catalog);
    let serde = serde_impls(
        &quote!(EventName),
        quote!(serializer.serialize_str(self.as_str())),
        quote!(#private::deserialize_from_str(deserializer)),
    );
    quote! {
        /// The name of an event of the catalog, as a fieldless enum.
        ///
        /// Serializes as, and parses from, the wire name (`as_str`). Non-exhaustive: a catalog
        /// update may add events.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
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

        #serde
    }
}

/// The body of `EventName::from_str`: a `match` on the name's hash, which the compiler turns into
/// a binary search on integers, then one string comparison. A `match` on the strings themselves
/// compares them one after another, which grows with the catalog.
fn name_lookup(catalog: &Catalog) -> TokenStream {
    let private = super::private();
    if catalog.events.is_empty() {
        return quote!(::core::result::Result::Err(
            ::events_core::UnknownEventName::new(name)
        ));
    }
    // Names whose hashes collide get one guarded arm each; the guard is the string comparison.
    let arms = catalog.events.iter().map(|event| {
        let (name, variant) = (&event.name, ident(&event.variant));
        let hash = events_facts::name_hash(name);
        quote!(#hash if name == #name => ::core::result::Result::Ok(EventName::#variant),)
    });
    quote! {
        match #private::name_hash(name) {
            #(#arms)*
            _ => ::core::result::Result::Err(::events_core::UnknownEventName::new(name)),
        }
    }
}

fn date(date: Date) -> TokenStream {
    let (year, month, day) = (date.year(), date.month(), date.day());
    quote!(::events_core::Date::__from_catalog(#year, #month, #day))
}

/// The whole table, for the docs of `CATALOG`.
fn catalog_table_doc(catalog: &Catalog) -> TokenStream {
    let show = |date: Option<Date>| date.map_or("-".to_owned(), |date| date.to_string());
    let mut text = String::from(
        "| event | direction | schema versions | status | active | deprecated | sunset |\n| --- | --- | --- | --- | --- | --- | --- |",
    );
    for event in &catalog.events {
        let versions: Vec<String> = event.versions.iter().map(ToString::to_string).collect();
        text.push_str(&format!(
            "\n| `{}` | {} | {} | {} | {} | {} | {} |",
            event.name,
            event.direction.as_str(),
            versions.join(", "),
            event.status,
            event.active_date,
            show(event.deprecation_date),
            show(event.sunset_date)
        ));
    }
    doc(&text)
}

pub(super) fn catalog_table(catalog: &Catalog) -> TokenStream {
    let rows = catalog.events.iter().map(|event| {
        let name = &event.name;
        let description = &event.description;
        let versions = event.versions.iter().map(|v| v.to_string());
        let status = ident(match event.status {
            Status::Active => "Active",
            Status::Deprecated => "Deprecated",
            Status::Sunset => "Sunset",
        });
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
    let table = catalog_table_doc(catalog);
    quote! {
        /// The version table: one row per event, in the order of `EventName::ALL`.
        ///
        #table
        #[allow(deprecated)]
        pub const CATALOG: &[::events_core::EventInfo] = &[#(#rows)*];
    }
}

/// The type an `Event` variant carries: the boxed `Versioned` payload, also for an event with
/// one schema version, so that adding a version does not change the variant's type. Boxing
/// keeps `Event` small, so decoding moves a pointer rather than the largest payload of the
/// catalog (the move cost more than the allocation in the `decode` benchmark). An event whose
/// schemas all failed to build (after a diagnostic) carries raw JSON instead.
fn payload_path(event: &Event) -> TokenStream {
    if event.payloads.is_empty() {
        return quote!(::events_core::RawJson);
    }
    let module = ident(&event.module);
    let versioned = ident(VERSIONED_TYPE);
    quote!(::std::boxed::Box<#module::#versioned>)
}

pub(super) fn event_enum(catalog: &Catalog, layout: &Layout) -> TokenStream {
    let private = super::private();
    let variants: Vec<Ident> = catalog.events.iter().map(|e| ident(&e.variant)).collect();
    let catalog_event = catalog_event_impl(catalog, layout);
    let envelope = envelope_alias(&catalog.envelope);
    let from_parts_with_version = version_place(catalog).map(|place| {
        let text = doc(&format!(
            "Decodes an event whose name and payload's schema version came apart from its payload (webhook headers), as if the message said them at the envelope's pointers (the version at `{place}`): the payload is read by that version (`None`: the message says none, which only an event of one version allows)."
        ));
        quote! {
            #text
            pub fn from_parts_with_version(
                name: &str,
                version: ::core::option::Option<&str>,
                payload: &[u8],
            ) -> ::core::result::Result<Self, ::events_core::DecodeError> {
                ::events_core::decode_parts_with_version(name, version, payload)
            }
        }
    });
    let definitions = catalog.events.iter().map(|event| {
        let variant = ident(&event.variant);
        let payload = payload_path(event);
        let text = event_doc(event);
        let deprecated = deprecation(event);
        quote!(#text #deprecated #variant(#payload),)
    });
    let serde = serde_impls(
        &quote!(Event),
        quote! {
            match self {
                #(Event::#variants(payload) => #private::serialize_event(serializer, EventName::#variants.as_str(), payload),)*
                Event::Unknown { event_name, value } => #private::serialize_event(serializer, event_name, value),
            }
        },
        quote!(#private::deserialize_event(deserializer)),
    );
    quote! {
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
            #(#definitions)*
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
            /// The event's name in the catalog (`EventName::as_str`), or as received for an
            /// event the catalog does not know.
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

            /// Decodes an event whose name came apart from its payload (a webhook's HTTP
            /// header) from the payload's JSON text; errors name the path from the payload's
            /// root, and an unknown name is [`Event::Unknown`] with the payload kept.
            pub fn from_parts(
                name: &str,
                payload: &[u8],
            ) -> ::core::result::Result<Self, ::events_core::DecodeError> {
                ::events_core::decode_parts(name, payload)
            }

            #from_parts_with_version
        }

        #catalog_event

        #serde

        #envelope
    }
}

/// `Envelope`: the whole message as the catalog's events travel.
fn envelope_alias(envelope: &Envelope) -> TokenStream {
    match envelope {
        Envelope::SdkMessage => quote! {
            /// The whole data of an SDK `onMessage` call for an event:
            /// `{"type": "event", "schemaVersion": …, "message": {…}}`.
            pub type Envelope = ::events_core::MessageEnvelope<Event>;
        },
        Envelope::CloudEvents { version } => {
            let text = doc(&format!(
                "A CloudEvent 1.0 in structured JSON carrying an event of this catalog: the name in `type`, the payload in `data`, the context attributes typed{}.",
                version.as_ref().map_or(String::new(), |attribute| format!(
                    ", the payload's schema version in the extension attribute `{attribute}`"
                ))
            ));
            quote! {
                #text
                pub type Envelope = ::events_core::CloudEvent<Event>;
            }
        }
        Envelope::Pointers {
            name,
            payload,
            version,
        } => {
            let text = doc(&format!(
                "A message of this catalog as it travels: the event's name at `{}` and its payload at `{}`{}, every other member kept.",
                pointer_text(name),
                pointer_text(payload),
                version.as_ref().map_or(String::new(), |keys| format!(
                    ", the payload's schema version at `{}`",
                    pointer_text(keys)
                ))
            ));
            quote! {
                #text
                pub type Envelope = ::events_core::WireEnvelope<Event>;
            }
        }
    }
}

/// A JSON pointer written out, `""` for the root.
pub(super) fn pointer_text(keys: &[String]) -> String {
    if keys.is_empty() {
        return "\"\"".to_owned();
    }
    keys.iter()
        .map(|key| format!("/{}", key.replace('~', "~0").replace('/', "~1")))
        .collect()
}
