//! The payload types: one module per event, one per schema version inside it, with a
//! `Versioned` enum when an event has several versions, and constructors for sent events.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::decode::{rust_value_type, struct_deserialize, tuple_serde, union_deserialize};
use super::{SERDE_CRATE, catalog_row, deprecation, doc, ident, serde_impls};
use crate::ident::{
    ROOT_TYPE, SHARD_DECODER, VERSIONED_TYPE, unknown_fields_field, unknown_value_variant,
    version_variant,
};
use crate::model::{
    Direction, EnumDef, Event, Field, Payload, SharedModule, StructDef, TupleDef, Ty, TypeDef,
    UnionDef,
};
use crate::options::{Layout, Options, UnknownEnumValues, UnknownFields};

pub(super) fn event_module(event: &Event, options: &Options) -> TokenStream {
    let private = super::private();
    let module = ident(&event.module);
    let module_doc = doc(&format!(
        "Payload types of `{}`: {}\n\nOne module per schema version; `Payload` is the latest.\n\n{}",
        event.name,
        event.description,
        catalog_row(event)
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
    let root = ident(ROOT_TYPE);
    // The latest version's types are also reachable from the event module
    // (`agent_presence_v1::Presence`), so that code naming them follows the latest version, as
    // `Payload` and `latest()` do, when a version is added. `const` literals are left out: they
    // differ between versions by design (`schemaVersion`).
    let latest_types: Vec<Ident> = latest
        .types
        .iter()
        .filter_map(|def| match def {
            TypeDef::Enum(def) if def.is_const => None,
            _ if def.name() == ROOT_TYPE || def.name() == VERSIONED_TYPE => None,
            _ => Some(ident(def.name())),
        })
        .collect();
    let reexport = (!latest_types.is_empty()).then(|| {
        // In a binary crate, re-exports the user does not name would be "unused".
        quote! {
            #[allow(unused_imports)]
            pub use self::#latest_module::{#(#latest_types),*};
        }
    });
    let alias = quote! {
        #text #deprecated pub type #root = #latest_module::#root;
        #reexport
    };
    let versioned = versioned_enum(event, latest);
    let versions = event
        .payloads
        .iter()
        .map(|payload| version_module(event, payload, options));
    let shard_decoder = matches!(options.layout, Layout::Shard { .. }).then(|| {
        let decoder = ident(SHARD_DECODER);
        let carried = ident(VERSIONED_TYPE);
        quote! {
            /// Decodes the payload from its kept text, for the crate that composes this shard:
            /// not generic, so that the decoding code is compiled in this crate.
            #[doc(hidden)]
            pub fn #decoder(
                json: &::events_core::RawJson,
            ) -> ::core::result::Result<::std::boxed::Box<#carried>, ::std::string::String> {
                #private::payload_from_json(json).map(::std::boxed::Box::new)
            }
        }
    });
    quote! {
        #module_doc
        #[allow(deprecated)]
        pub mod #module {
            #alias
            #versioned
            #shard_decoder
            #(#versions)*
        }
    }
}

/// The payload in any of the event's schema versions, chosen by the payload's `schemaVersion`
/// when decoding; generated for events with one version too, so that the `Event` variant keeps
/// its type when a version is added. With one version it decodes straight into that version's
/// payload, with no second pass.
fn versioned_enum(event: &Event, latest: &Payload) -> TokenStream {
    let private = super::private();
    let deprecated = deprecation(event);
    let type_doc = doc(&format!(
        "The payload of `{}` in any of its schema versions, chosen by its `schemaVersion`.",
        event.name
    ));
    let versioned = ident(VERSIONED_TYPE);
    let root = ident(ROOT_TYPE);
    let variants: Vec<Ident> = event
        .payloads
        .iter()
        .map(|payload| ident(&version_variant(payload.version)))
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
    let latest_variant = ident(&version_variant(latest.version));
    let latest_module = ident(&latest.module);
    let latest_doc = doc(&format!(
        "The payload if it is of the latest schema version, {}.",
        latest.version
    ));
    let name = &event.name;
    let serde = serde_impls(
        &quote!(#versioned),
        quote! {
            match self {
                #(#versioned::#variants(payload) => #private::serde::Serialize::serialize(payload, serializer),)*
            }
        },
        if event.payloads.len() == 1 {
            quote! {
                <#latest_module::#root as #private::serde::Deserialize>::deserialize(deserializer).map(#versioned::#latest_variant)
            }
        } else {
            quote! {
                #private::deserialize_versioned(deserializer, #name, &[#(#versions),*], |version, raw| match version {
                    #(#versions => ::core::option::Option::Some(#private::payload_from_json(raw).map(#versioned::#variants)),)*
                    _ => ::core::option::Option::None,
                })
            }
        },
    );
    quote! {
        #type_doc
        ///
        /// Non-exhaustive: a catalog update may add schema versions.
        #deprecated
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum #versioned {
            #(#variant_docs #variants(#modules::#root),)*
        }

        #[allow(deprecated)]
        impl #versioned {
            /// The schema version of this payload.
            pub const fn schema_version(&self) -> &'static str {
                match self {
                    #(#versioned::#variants(_) => #versions,)*
                }
            }

            #latest_doc
            pub fn latest(&self) -> ::core::option::Option<&#root> {
                match self {
                    #versioned::#latest_variant(payload) => ::core::option::Option::Some(payload),
                    #[allow(unreachable_patterns)]
                    _ => ::core::option::Option::None,
                }
            }
        }

        #serde
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
            let constructor = (event.direction == Direction::Sent)
                .then(|| sent_constructor(def, event, payload, options));
            let (fallback, expecting) = if def.name == ROOT_TYPE {
                (
                    format!(
                        "The payload of `{}`, schema version {}.",
                        event.name, payload.version
                    ),
                    format!("the `{}` payload object", event.name),
                )
            } else {
                (
                    format!("The `{}` object of the `{}` payload.", def.name, event.name),
                    format!("an object `{}`", def.name),
                )
            };
            let definition = if def.name == ROOT_TYPE {
                // The root payload carries its event's catalog row, as the variants do.
                let mut root = def.clone();
                root.doc = Some(format!(
                    "{}\n\nSchema version {} of `{}`.\n\n{}",
                    def.doc.as_deref().unwrap_or(&fallback),
                    payload.version,
                    event.name,
                    catalog_row(event)
                ));
                struct_def(&root, &fallback, &expecting, root_deprecation, options)
            } else {
                struct_def(def, &fallback, &expecting, root_deprecation, options)
            };
            quote!(#definition #constructor)
        }
        TypeDef::Enum(def) => enum_def(def, options),
        TypeDef::Union(def) => union_def(def),
        TypeDef::Tuple(def) => tuple_def(def),
    });
    quote! {
        #module_doc
        pub mod #module {
            #(#types)*
        }
    }
}

/// A payload struct; `fallback` documents it when the schema has no description, and
/// `expecting` names it in "invalid type" errors.
fn struct_def(
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
    let unknown = (options.unknown_fields == UnknownFields::Keep && !def.deny_unknown).then(|| {
        let name = ident(&unknown_fields_name(def));
        quote! {
            /// Fields the schema does not list, kept as received and written back when encoding.
            #[serde(flatten)]
            pub #name: ::std::collections::BTreeMap<::std::string::String, ::events_core::RawJson>,
        }
    });
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
    let unknown = (options.unknown_fields == UnknownFields::Keep && !def.deny_unknown).then(|| {
        let name = ident(&unknown_fields_name(def));
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

fn field(field: &Field) -> TokenStream {
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

fn rust_type(ty: &Ty) -> TokenStream {
    rust_value_type(ty)
}

/// An enum from `enum` or `const` (a one-value literal is its own `Default`). Of strings, it
/// has `as_str`/`from_wire`; of other JSON values, `as_json`, matched by JSON equality and written
/// back as the schema writes them. Its serde impls are written out rather than derived: serde's
/// derive generates a field visitor per enum, which dominates the build time of literal-heavy
/// catalogs, while these impls call one shared helper and keep serde's messages.
fn enum_def(def: &EnumDef, options: &Options) -> TokenStream {
    let private = super::private();
    if options.unknown_enum_values == UnknownEnumValues::Keep && !def.is_const && !def.is_json {
        return open_string_enum(def);
    }
    let name = ident(&def.name);
    let fallback = match (def.is_const, def.is_json) {
        (true, _) => format!("The literal `{}`.", def.variants[0].1),
        (false, false) => format!("One of {} strings.", def.variants.len()),
        (false, true) => format!("One of {} JSON values.", def.variants.len()),
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
    let (methods, serde) = if def.is_json {
        (
            quote! {
                /// The value as JSON text, as the schema writes it.
                pub const fn as_json(self) -> &'static str {
                    match self {
                        #(#name::#idents => #wires,)*
                    }
                }
            },
            serde_impls(
                &quote!(#name),
                quote!(#private::serialize_json_literal(
                    serializer,
                    self.as_json()
                )),
                quote!(#private::deserialize_json_literal(deserializer, &[#(#wires),*], |index| #name::ALL[index])),
            ),
        )
    } else {
        (
            quote! {
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
            },
            serde_impls(
                &quote!(#name),
                quote!(serializer.serialize_str(self.as_str())),
                quote!(#private::deserialize_str_enum(deserializer, &[#(#wires),*], #name::from_wire)),
            ),
        )
    };
    let non_exhaustive = (!def.is_const).then(|| {
        quote! {
            ///
            /// Non-exhaustive: a catalog update may add values.
            #[non_exhaustive]
        }
    });
    quote! {
        #type_doc
        #non_exhaustive
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, #default)]
        pub enum #name {
            #(#variants)*
        }

        #[allow(deprecated)]
        impl #name {
            /// Every value, in schema order.
            pub const ALL: &'static [#name] = &[#(#name::#idents),*];

            #methods
        }

        #serde
    }
}

/// A string enum under `unknown_enum_values = "keep"`: a value the schema does not list is
/// kept in the `Unknown` variant (whatever name is free) and written back unchanged.
fn open_string_enum(def: &EnumDef) -> TokenStream {
    let private = super::private();
    let name = ident(&def.name);
    let fallback = format!(
        "One of {} strings, or another string kept as received.",
        def.variants.len()
    );
    let type_doc = doc(def.doc.as_deref().unwrap_or(&fallback));
    let variants = def.variants.iter().map(|(variant, wire)| {
        let variant = ident(variant);
        let text = doc(&format!("`{wire}`"));
        quote!(#text #variant,)
    });
    let unknown = ident(&unknown_value_variant(
        def.variants.iter().map(|(variant, _)| variant.as_str()),
    ));
    let idents: Vec<Ident> = def
        .variants
        .iter()
        .map(|(variant, _)| ident(variant))
        .collect();
    let wires: Vec<&str> = def.variants.iter().map(|(_, wire)| wire.as_str()).collect();
    let serde = serde_impls(
        &quote!(#name),
        quote!(serializer.serialize_str(self.as_str())),
        quote!(#private::deserialize_open_str_enum(deserializer, #name::from_wire, #name::#unknown)),
    );
    quote! {
        #type_doc
        ///
        /// Non-exhaustive: a catalog update may add values.
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value the schema does not list, kept as received.
            #unknown(::std::string::String),
        }

        #[allow(deprecated)]
        impl #name {
            /// Every value the schema lists, in schema order.
            pub const ALL: &'static [#name] = &[#(#name::#idents),*];

            /// The wire string of this value.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#name::#idents => #wires,)*
                    #name::#unknown(wire) => wire,
                }
            }

            /// The listed value whose wire string is `wire`.
            pub fn from_wire(wire: &str) -> ::core::option::Option<Self> {
                match wire {
                    #(#wires => ::core::option::Option::Some(#name::#idents),)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #serde
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
    let serde = union_deserialize(def);
    quote! {
        #type_doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }

        #serde
    }
}

/// A closed tuple (`prefixItems`): a tuple struct, items from `minItems` on optional.
fn tuple_def(def: &TupleDef) -> TokenStream {
    let name = ident(&def.name);
    let fallback = format!("An array of {} items in a fixed order.", def.items.len());
    let type_doc = doc(def.doc.as_deref().unwrap_or(&fallback));
    let fields = def.items.iter().enumerate().map(|(index, ty)| {
        let base = rust_type(ty);
        let text = doc(&format!("Item {index}: {}.", describe(ty)));
        if index < def.required {
            quote!(#text pub #base)
        } else {
            quote!(#text pub ::core::option::Option<#base>)
        }
    });
    let serde = tuple_serde(def);
    quote! {
        #type_doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct #name(#(#fields),*);

        #serde
    }
}

fn describe(ty: &Ty) -> String {
    match ty {
        Ty::String(_) => "a string".to_owned(),
        Ty::Number(_) => "a number".to_owned(),
        Ty::Integer(_) => "an integer".to_owned(),
        Ty::Boolean => "a boolean".to_owned(),
        Ty::Any => "any JSON value, kept as its exact text".to_owned(),
        Ty::Named(name) => format!("a [`{name}`]"),
        Ty::Shared { module, name } => {
            format!("a [`{name}`](super::super::defs::{module}::{name})")
        }
        Ty::Array(item, _) => format!("an array of {}", describe(item)),
        Ty::Map(value, _) => format!("a map of string to {}", describe(value)),
        Ty::Nullable(inner) => format!("{} or null", describe(inner)),
    }
}

fn unknown_fields_name(def: &StructDef) -> String {
    unknown_fields_field(def.fields.iter().map(|field| field.ident.as_str()))
}

/// `defs`: one module per shared schema file, holding its types once for every event that
/// refers to it.
pub(super) fn shared_modules(shared: &[SharedModule], options: &Options) -> TokenStream {
    if shared.is_empty() {
        return TokenStream::new();
    }
    let modules = shared.iter().map(|shared| {
        let module = ident(&shared.module);
        let module_doc = doc(&format!(
            "The types of the shared schema `defs/{}`, used by several events.",
            shared
                .file
                .path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
        ));
        let types = shared.types.iter().map(|def| match def {
            TypeDef::Struct(def) => struct_def(
                def,
                &format!("The shared `{}` object.", def.name),
                &format!("an object `{}`", def.name),
                TokenStream::new(),
                options,
            ),
            TypeDef::Enum(def) => enum_def(def, options),
            TypeDef::Union(def) => union_def(def),
            TypeDef::Tuple(def) => tuple_def(def),
        });
        quote! {
            #module_doc
            pub mod #module {
                #(#types)*
            }
        }
    });
    quote! {
        /// Types shared by several events: one module per file of the catalog's `defs/` folder.
        pub mod defs {
            #(#modules)*
        }
    }
}
