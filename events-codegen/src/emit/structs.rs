//! Payload structs (written-out serde impls, see `decode.rs`), their fields, and the
//! constructors of sent events' payloads.

use proc_macro2::TokenStream;
use quote::quote;

use super::decode::{rust_value_type, struct_deserialize};
use super::{SERDE_CRATE, doc, ident, rust_type};
use crate::ident::ROOT_TYPE;
use crate::model::{Event, Field, Payload, StructDef, Ty, TypeDef};
use crate::options::{Options, UnknownFields};

/// A payload struct; `fallback` documents it when the schema has no description, and
/// `expecting` names it in "invalid type" errors.
pub(super) fn struct_def(
    def: &StructDef,
    fallback: &str,
    expecting: &str,
    deprecated: TokenStream,
    options: &Options,
) -> TokenStream {
    let private = super::private();
    let name = ident(&def.name);
    let type_doc = doc(def.doc.as_deref().unwrap_or(fallback));
    let fields = def.fields.iter().map(field);
    let deserialize = struct_deserialize(def, expecting, options);
    let unknown = match &def.additional {
        Some((field, values)) => {
            let name = ident(field);
            let values = rust_value_type(values);
            Some(quote! {
                /// The properties `properties` does not list, each decoded by the schema of
                /// `additionalProperties`, and written back when encoding.
                #[serde(flatten)]
                pub #name: ::std::collections::BTreeMap<::std::string::String, #values>,
            })
        }
        None => keeps_unknown_fields(def, options).then(|| {
            let name = ident(&def.unknown_fields);
            quote! {
                /// Fields the schema does not list, kept as received and written back when encoding.
                #[serde(flatten)]
                pub #name: ::std::collections::BTreeMap<::std::string::String, ::events_core::RawJson>,
            }
        }),
    };
    quote! {
        #type_doc
        ///
        /// Non-exhaustive: a catalog update may add optional fields.
        #deprecated
        #[derive(Debug, Clone, PartialEq, Eq, #private::serde::Serialize)]
        #[serde(crate = #SERDE_CRATE)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            #unknown
        }

        #deserialize
    }
}

/// `new` for every struct of an event that partners send (the structs are non-exhaustive, so
/// this is how users build them): it takes the required fields and fills in literals such as
/// `schemaVersion`; optional fields start as `None` and are set by assignment. The root struct
/// also gets `to_send_event`.
pub(super) fn sent_constructor(
    def: &StructDef,
    event: &Event,
    payload: &Payload,
    options: &Options,
) -> TokenStream {
    let is_literal = |field: &Field| matches!(&field.ty, Ty::Named(name) if payload.types.iter().any(|t| matches!(t, TypeDef::Enum(e) if &e.name == name && e.is_const)));
    let parameters = def
        .fields
        .iter()
        .filter(|field| (field.required || field.default.is_some()) && !is_literal(field))
        .map(|field| {
            let name = ident(&field.ident);
            let ty = rust_type(&field.ty);
            quote!(#name: #ty)
        });
    let initializers = def.fields.iter().map(|field| {
        let name = ident(&field.ident);
        if !field.required && field.default.is_none() {
            quote!(#name: ::core::option::Option::None)
        } else if is_literal(field) {
            quote!(#name: ::core::default::Default::default())
        } else {
            quote!(#name)
        }
    });
    let extra_field = match &def.additional {
        Some((field, _)) => Some(field),
        None => keeps_unknown_fields(def, options).then_some(&def.unknown_fields),
    };
    let unknown = extra_field.map(|field| {
        let name = ident(field);
        quote!(#name: ::core::default::Default::default(),)
    });
    let event_name = &event.name;
    let name = ident(&def.name);
    let is_root = def.name == ROOT_TYPE;
    let new_doc = doc(&if is_root {
        format!(
            "A `{}` payload from its required fields; literals such as `schemaVersion` are filled in, optional fields are `None`.",
            event.name
        )
    } else {
        format!(
            "A `{}` from its required fields; literals are filled in, optional fields are `None`.",
            def.name
        )
    });
    let send_doc = doc(&format!(
        "The arguments of `system.sendEvent(name, data)` for this payload: `name` is `{}`.",
        event.name
    ));
    let to_send_event = is_root.then(|| {
        quote! {
            #send_doc
            pub fn to_send_event(&self) -> ::core::result::Result<::events_core::SendEvent, ::events_core::json::Error> {
                ::events_core::SendEvent::new(#event_name, self)
            }
        }
    });
    quote! {
        #[allow(deprecated)]
        impl #name {
            #new_doc
            #[allow(clippy::too_many_arguments)]
            pub fn new(#(#parameters),*) -> Self {
                #name {
                    #(#initializers,)*
                    #unknown
                }
            }

            #to_send_event
        }
    }
}

/// Whether the struct keeps the fields its schema does not list (`unknown_fields = "keep"` on an
/// open struct without typed additional properties).
fn keeps_unknown_fields(def: &StructDef, options: &Options) -> bool {
    options.unknown_fields == UnknownFields::Keep && !def.deny_unknown && def.additional.is_none()
}

pub(super) fn field(field: &Field) -> TokenStream {
    let name = ident(&field.ident);
    let wire = &field.wire;
    let mut text = match &field.doc {
        Some(description) => format!("{description}\n\nWire name: `{wire}`."),
        None => format!("The `{wire}` property."),
    };
    if let Some(default) = &field.default {
        text.push_str(&format!(
            " When absent, decoding fills in the default `{default}`."
        ));
    }
    if !field.constraints.is_empty() {
        let listed: Vec<String> = field
            .constraints
            .iter()
            .map(|constraint| format!("`{constraint}`"))
            .collect();
        text.push_str(&format!(
            "\n\nJSON Schema, checked when decoding: {}.",
            listed.join(", ")
        ));
    }
    let text = doc(&text);
    let base = rust_type(&field.ty);
    let deprecated = field.deprecated.then(|| {
        let note = format!("`{wire}` is deprecated in the schema");
        quote!(#[deprecated(note = #note)])
    });
    let (ty, serde) = if field.required || field.default.is_some() {
        (base, quote!(#[serde(rename = #wire)]))
    } else {
        // An optional nullable field is `Option<Option<_>>`: absent and `null` stay apart.
        (
            quote!(::core::option::Option<#base>),
            quote!(#[serde(rename = #wire, skip_serializing_if = "::core::option::Option::is_none")]),
        )
    };
    quote! {
        #text
        #deprecated
        #serde
        pub #name: #ty,
    }
}
