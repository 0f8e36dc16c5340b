//! `Event`'s `CatalogEvent` impl, through which the runtime decodes it: the name looked up
//! (under the name an event is delivered as, or by the selector field), sunset events refused,
//! each payload read by its own type, a shard's decoder, or the version the message says.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::catalog::pointer_text;
use super::{ident, lookup_or_none};
use crate::ident::{SHARD_DECODER, VERSIONED_TYPE};
use crate::model::{Catalog, Envelope, Event};
use crate::options::Layout;

/// Where the catalog's messages say the payload's schema version outside the payload, as a
/// JSON pointer; `None` when the payload says it.
pub(super) fn version_place(catalog: &Catalog) -> Option<String> {
    catalog
        .envelope
        .version_in_message()
        .map(|keys| pointer_text(&keys))
}

/// The `CatalogEvent` impl through which the runtime decodes `Event`: name lookup, the
/// rejection of sunset events (`sunset = "reject"`), and each event's payload decoding.
pub(super) fn catalog_event_impl(catalog: &Catalog, layout: &Layout) -> TokenStream {
    let private = super::private();
    let variants: Vec<Ident> = catalog.events.iter().map(|e| ident(&e.variant)).collect();
    let rejection_body = rejection_body(catalog);
    let lookup = delivery_lookup(catalog);
    let wire_name = wire_name_body(catalog);
    let deserialize_payload = deserialize_payload(catalog, layout);
    let wire_shape = wire_shape(&catalog.envelope);
    let version_field = (catalog.version_field != ["schemaVersion"]).then(|| {
        let keys = &catalog.version_field;
        quote! {
            fn version_field() -> &'static [&'static str] {
                &[#(#keys),*]
            }
        }
    });
    quote! {
        #[allow(deprecated)]
        impl #private::CatalogEvent for Event {
            type Name = EventName;

            fn lookup(name: &str) -> ::core::option::Option<EventName> {
                #lookup
            }

            fn info(name: EventName) -> &'static ::events_core::EventInfo {
                name.info()
            }

            fn rejection(name: &str) -> ::core::option::Option<&'static str> {
                #rejection_body
            }

            #deserialize_payload

            fn unknown(event_name: ::std::string::String, value: ::events_core::RawJson) -> Self {
                Event::Unknown { event_name, value }
            }

            fn wire_name(&self) -> &str {
                #wire_name
            }

            fn serialize_payload<S: #private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    #(Event::#variants(payload) => #private::serde::Serialize::serialize(payload, serializer),)*
                    Event::Unknown { value, .. } => #private::serde::Serialize::serialize(value, serializer),
                }
            }

            #wire_shape

            #version_field
        }
    }
}

/// `CatalogEvent::rejection`: why a sunset event is refused (`sunset = "reject"`).
fn rejection_body(catalog: &Catalog) -> TokenStream {
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
    lookup_or_none(quote!(name), &rejections)
}

/// `CatalogEvent::deserialize_payload`, with `deserialize_payload_at` and `schema_version` in a
/// catalog whose messages say the version outside the payload.
fn deserialize_payload(catalog: &Catalog, layout: &Layout) -> TokenStream {
    let private = super::private();
    let variants: Vec<Ident> = catalog.events.iter().map(|e| ident(&e.variant)).collect();
    let decodings = catalog
        .events
        .iter()
        .map(|event| payload_arm(catalog, event, layout));
    if version_place(catalog).is_some() {
        let with_payloads = catalog.events.iter().filter(|e| !e.payloads.is_empty());
        let versioned_variants = with_payloads.map(|event| ident(&event.variant));
        quote! {
            fn deserialize_payload<'de, D: #private::serde::Deserializer<'de>>(
                name: EventName,
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                Self::deserialize_payload_at(name, ::core::option::Option::None, deserializer)
            }

            fn deserialize_payload_at<'de, D: #private::serde::Deserializer<'de>>(
                name: EventName,
                version: ::core::option::Option<&str>,
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                match name {
                    #(EventName::#variants => #decodings,)*
                }
            }

            fn schema_version(&self) -> ::core::option::Option<&str> {
                match self {
                    #(Event::#versioned_variants(payload) => ::core::option::Option::Some(payload.schema_version()),)*
                    #[allow(unreachable_patterns)]
                    _ => ::core::option::Option::None,
                }
            }
        }
    } else {
        quote! {
            fn deserialize_payload<'de, D: #private::serde::Deserializer<'de>>(
                name: EventName,
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                match name {
                    #(EventName::#variants => #decodings,)*
                }
            }
        }
    }
}

/// `CatalogEvent::wire_shape`: where a message of an envelope of pointers, or a CloudEvent with
/// its version in an extension attribute, holds the name, the payload and the version.
fn wire_shape(envelope: &Envelope) -> TokenStream {
    let shape = |name: &[String], payload: &[String], version: Option<Vec<String>>| {
        let version = match version {
            Some(keys) => quote!(::core::option::Option::Some(&[#(#keys),*])),
            None => quote!(::core::option::Option::None),
        };
        quote! {
            fn wire_shape() -> &'static ::events_core::WireShape {
                &::events_core::WireShape {
                    name: &[#(#name),*],
                    payload: &[#(#payload),*],
                    version: #version,
                }
            }
        }
    };
    match envelope {
        Envelope::Pointers {
            name,
            payload,
            version,
        } => shape(name, payload, version.clone()),
        Envelope::CloudEvents {
            version: Some(attribute),
        } => shape(
            &["type".to_owned()],
            &["data".to_owned()],
            Some(vec![attribute.clone()]),
        ),
        Envelope::SdkMessage | Envelope::CloudEvents { version: None } => TokenStream::new(),
    }
}

/// How the `Event` decoder reads the payload of `event`: with the payload type's own
/// `Deserialize`, or, when the type lives in a shard crate, by keeping the payload's text and
/// calling the shard's decode function, whose code is compiled in the shard.
fn payload_decoding(event: &Event, layout: &Layout, outside: Option<&str>) -> TokenStream {
    let private = super::private();
    let variant = ident(&event.variant);
    if let Some(place) = outside {
        return payload_decoding_at(event, layout, place);
    }
    match layout {
        Layout::Composed(_) if !event.payloads.is_empty() => {
            let module = ident(&event.module);
            let decoder = ident(SHARD_DECODER);
            quote!(#private::deserialize_in_shard(deserializer, #module::#decoder).map(Event::#variant))
        }
        _ => {
            quote!(#private::serde::Deserialize::deserialize(deserializer).map(Event::#variant))
        }
    }
}

/// [`payload_decoding`] in a catalog whose messages say the payload's schema version outside
/// it (at `place`, a JSON pointer): by the version `version`, or the only one when it is
/// `None`.
fn payload_decoding_at(event: &Event, layout: &Layout, place: &str) -> TokenStream {
    let private = super::private();
    let variant = ident(&event.variant);
    let module = ident(&event.module);
    if event.payloads.is_empty() {
        let (name, versions) = (&event.name, event.versions.iter().map(ToString::to_string));
        return quote! {
            #private::check_version(version, #name, &[#(#versions),*], #place)
                .and_then(|()| #private::serde::Deserialize::deserialize(deserializer))
                .map(Event::#variant)
        };
    }
    match layout {
        Layout::Composed(_) => {
            let decoder = ident(SHARD_DECODER);
            quote!(#private::deserialize_in_shard(deserializer, |raw| #module::#decoder(version, raw)).map(Event::#variant))
        }
        _ => {
            let versioned = ident(VERSIONED_TYPE);
            quote! {
                #module::#versioned::deserialize_version(version, deserializer)
                    .map(|payload| Event::#variant(::std::boxed::Box::new(payload)))
            }
        }
    }
}

/// How the `Event` decoder reads the payload of `event` from its kept text `raw`, for an event
/// chosen by the selector field after the payload was read.
fn kept_payload_decoding(event: &Event, layout: &Layout, outside: Option<&str>) -> TokenStream {
    let private = super::private();
    let variant = ident(&event.variant);
    if let Some(place) = outside {
        if matches!(layout, Layout::Composed(_)) && !event.payloads.is_empty() {
            let module = ident(&event.module);
            let decoder = ident(SHARD_DECODER);
            return quote!(#module::#decoder(version, raw).map(Event::#variant));
        }
        let decoding = payload_decoding_at(event, &Layout::Whole, place);
        return quote!(#private::payload_from_json_with(raw, |deserializer| #decoding));
    }
    if event.payloads.is_empty() {
        return quote!(::core::result::Result::Ok(Event::#variant(raw.clone())));
    }
    let module = ident(&event.module);
    match layout {
        Layout::Composed(_) => {
            let decoder = ident(SHARD_DECODER);
            quote!(#module::#decoder(raw).map(Event::#variant))
        }
        _ => quote!(#private::payload_from_json(raw).map(Event::#variant)),
    }
}

/// Whether an event arrives under another name than its own, or is picked by the selector.
fn delivered_apart(event: &Event) -> bool {
    event.delivered_as != event.name || event.selector_value.is_some()
}

/// `deserialize_payload`'s arm for `event`: its own payload, or, for an event picked by the
/// selector among those delivered under one name, the choice by the selector field's value.
fn payload_arm(catalog: &Catalog, event: &Event, layout: &Layout) -> TokenStream {
    let private = super::private();
    let outside = version_place(catalog);
    let (Some(selector), Some(_)) = (&catalog.selector, &event.selector_value) else {
        return payload_decoding(event, layout, outside.as_deref());
    };
    let group: Vec<&Event> = catalog
        .events
        .iter()
        .filter(|other| other.delivered_as == event.delivered_as && other.selector_value.is_some())
        .collect();
    let values = group
        .iter()
        .filter_map(|other| other.selector_value.as_deref());
    let decodings = group.iter().enumerate().map(|(index, other)| {
        let decoding = kept_payload_decoding(other, layout, outside.as_deref());
        quote!(#index => #decoding,)
    });
    let delivered_as = &event.delivered_as;
    quote! {
        #private::deserialize_selected(
            deserializer,
            &[#(#selector),*],
            &[#(#values),*],
            |index, raw| match index {
                #(#decodings)*
                _ => ::core::result::Result::Ok(Event::Unknown {
                    event_name: ::std::string::String::from(#delivered_as),
                    value: raw.clone(),
                }),
            },
            |value| Event::Unknown {
                event_name: ::std::string::String::from(#delivered_as),
                value,
            },
        )
    }
}

/// `CatalogEvent::lookup`: the wire name parsed as an `EventName`, or, in a catalog whose events
/// arrive under other names, matched against those (the first row of each).
fn delivery_lookup(catalog: &Catalog) -> TokenStream {
    if !catalog.events.iter().any(delivered_apart) {
        return quote!(name.parse().ok());
    }
    let mut seen = std::collections::BTreeSet::new();
    let arms = catalog
        .events
        .iter()
        .filter(|event| seen.insert(event.delivered_as.as_str()))
        .map(|event| {
            let (delivered_as, variant) = (&event.delivered_as, ident(&event.variant));
            quote!(#delivered_as => ::core::option::Option::Some(EventName::#variant),)
        });
    quote! {
        match name {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// `CatalogEvent::wire_name`: the name each event arrives under.
fn wire_name_body(catalog: &Catalog) -> TokenStream {
    let apart: Vec<TokenStream> = catalog
        .events
        .iter()
        .filter(|event| event.delivered_as != event.name)
        .map(|event| {
            let (delivered_as, variant) = (&event.delivered_as, ident(&event.variant));
            quote!(Event::#variant(_) => #delivered_as,)
        })
        .collect();
    if apart.is_empty() {
        return quote!(self.name());
    }
    quote! {
        match self {
            #(#apart)*
            _ => self.name(),
        }
    }
}
