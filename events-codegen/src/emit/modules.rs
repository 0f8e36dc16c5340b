//! The modules of the payload types: one per event, one per schema version inside it (with
//! the event's `Versioned` enum), and `defs` with one per shared schema file.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::decode::rust_value_type;
use super::enums::enum_def;
use super::structs::{sent_constructor, struct_def};
use super::unions::{tuple_def, union_def};
use super::{catalog_row, deprecation, doc, ident, serde_impls};
use crate::ident::{ROOT_TYPE, SHARD_DECODER, VERSIONED_TYPE, version_variant};
use crate::model::{
    AliasDef, Direction, Event, JsonDef, Payload, SharedModule, StructDef, TypeDef,
};
use crate::options::{Layout, Options};

pub(super) fn event_module(
    event: &Event,
    version_field: &[String],
    outside: Option<&str>,
    options: &Options,
) -> TokenStream {
    let private = super::private();
    let module = ident(&event.module);
    let module_doc = doc(&format!(
        "Payload types of `{}`: {}\n\nOne module per schema version; `Payload` is the latest.\n\n{}",
        event.name,
        event.description,
        catalog_row(event)
    ));
    let deprecated = deprecation(event);
    let Some(latest) = event.latest_payload() else {
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
    let versioned = versioned_enum(event, latest, version_field, outside);
    let versions = event
        .payloads
        .iter()
        .map(|payload| version_module(event, payload, options));
    let shard_decoder = matches!(options.layout, Layout::Shard { .. }).then(|| {
        let decoder = ident(SHARD_DECODER);
        let carried = ident(VERSIONED_TYPE);
        if outside.is_some() {
            return quote! {
                /// Decodes the payload from its kept text by the schema version its message
                /// says outside it, for the crate that composes this shard: not generic, so
                /// that the decoding code is compiled in this crate.
                #[doc(hidden)]
                pub fn #decoder(
                    version: ::core::option::Option<&str>,
                    json: &::events_core::RawJson,
                ) -> ::core::result::Result<::std::boxed::Box<#carried>, ::std::string::String> {
                    #private::payload_from_json_with(json, |deserializer| #carried::deserialize_version(version, deserializer))
                        .map(::std::boxed::Box::new)
                }
            };
        }
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

/// The payload in any of the event's schema versions, chosen by the payload's version field
/// (`schemaVersion`, or the catalog's `version_field`), or by the version its message says
/// outside it (at `outside`), when decoding; generated for events with one version too, so
/// that the `Event` variant keeps its type when a version is added. With one version it decodes
/// straight into that version's payload, with no second pass.
pub(super) fn versioned_enum(
    event: &Event,
    latest: &Payload,
    version_field: &[String],
    outside: Option<&str>,
) -> TokenStream {
    let private = super::private();
    let deprecated = deprecation(event);
    let chosen_by = match outside {
        Some(place) => format!("the version its message says at `{place}`"),
        None => format!("its `{}`", version_field.join(".")),
    };
    let type_doc = doc(&format!(
        "The payload of `{}` in any of its schema versions, chosen by {chosen_by}.",
        event.name,
    ));
    let versioned = ident(VERSIONED_TYPE);
    let root = ident(ROOT_TYPE);
    let variants: Vec<Ident> = event
        .payloads
        .iter()
        .map(|payload| ident(&version_variant(&payload.version)))
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
    let latest_variant = ident(&version_variant(&latest.version));
    let latest_module = ident(&latest.module);
    let latest_doc = doc(&format!(
        "The payload if it is of the latest schema version, {}.",
        latest.version
    ));
    let name = &event.name;
    let deserialize_version = outside.map(|place| {
        let only_one = event.payloads.len() == 1;
        let arms = versions.iter().zip(&modules).zip(&variants).map(|((version, module), variant)| {
            let none = only_one.then(|| quote!(| ::core::option::Option::None));
            quote! {
                ::core::option::Option::Some(#version) #none => <#module::#root as #private::serde::Deserialize>::deserialize(deserializer).map(#versioned::#variant),
            }
        });
        quote! {
            /// Decodes the payload of the schema version its message says outside it (`None`:
            /// it says none, which only an event of one version allows).
            #[doc(hidden)]
            pub fn deserialize_version<'de, D: #private::serde::Deserializer<'de>>(
                version: ::core::option::Option<&str>,
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                match version {
                    #(#arms)*
                    other => ::core::result::Result::Err(#private::version_refused(other, #name, &[#(#versions),*], #place)),
                }
            }
        }
    });
    let serde = serde_impls(
        &quote!(#versioned),
        quote! {
            match self {
                #(#versioned::#variants(payload) => #private::serde::Serialize::serialize(payload, serializer),)*
            }
        },
        if outside.is_some() {
            quote!(#versioned::deserialize_version(::core::option::Option::None, deserializer))
        } else if event.payloads.len() == 1 {
            quote! {
                <#latest_module::#root as #private::serde::Deserialize>::deserialize(deserializer).map(#versioned::#latest_variant)
            }
        } else {
            quote! {
                #private::deserialize_versioned(deserializer, &[#(#version_field),*], #name, &[#(#versions),*], |version, raw| match version {
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

            #deserialize_version
        }

        #serde
    }
}

pub(super) fn version_module(event: &Event, payload: &Payload, options: &Options) -> TokenStream {
    let module = ident(&payload.module);
    let module_doc = doc(&format!(
        "Schema version {} of `{}`.",
        payload.version, event.name
    ));
    let deprecated = deprecation(event);
    let types = payload.types.iter().map(|def| {
        type_item(def, options, |def| {
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
        })
    });
    quote! {
        #module_doc
        pub mod #module {
            #(#types)*
        }
    }
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
        let types = shared.types.iter().map(|def| {
            type_item(def, options, |def| {
                struct_def(
                    def,
                    &format!("The shared `{}` object.", def.name),
                    &format!("an object `{}`", def.name),
                    TokenStream::new(),
                    options,
                )
            })
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

/// The item of one generated type: structs through `struct_item` (their docs and constructors
/// depend on where they stand), the other shapes the same everywhere.
fn type_item(
    def: &TypeDef,
    options: &Options,
    struct_item: impl FnOnce(&StructDef) -> TokenStream,
) -> TokenStream {
    match def {
        TypeDef::Struct(def) => struct_item(def),
        TypeDef::Enum(def) => enum_def(def, options),
        TypeDef::Union(def) => union_def(def),
        TypeDef::Tuple(def) => tuple_def(def),
        TypeDef::Alias(def) => alias_def(def),
        TypeDef::Json(def) => json_def(def),
    }
}

/// A value no Rust type holds exactly: its JSON text, checked against its whole schema.
fn json_def(def: &JsonDef) -> TokenStream {
    let private = super::private();
    let serde = super::serde();
    let name = ident(&def.name);
    let about = "Kept as its exact JSON text: no Rust type holds its schema exactly, so decoding checks the whole schema instead (`RawJson::to_value` parses it).";
    let doc = doc(&match &def.doc {
        Some(text) => format!("{text}\n\n{about}"),
        None => format!("The `{}` value. {about}", def.name),
    });
    let schema = super::checks::schema_reference(&def.program);
    let impls = serde_impls(
        &quote!(#name),
        quote!(#serde::Serialize::serialize(&self.0, serializer)),
        quote! {
            let raw: ::events_core::RawJson = #serde::Deserialize::deserialize(deserializer)?;
            #private::check_kept::<__D::Error>(&raw, #schema)?;
            ::core::result::Result::Ok(#name(raw))
        },
    );
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct #name(pub ::events_core::RawJson);
        #impls
    }
}

/// `pub type {name} = {target};`: a payload that is a shared schema's type.
fn alias_def(def: &AliasDef) -> TokenStream {
    let name = ident(&def.name);
    let target = rust_value_type(&def.target);
    let doc = doc("The shared schema's type, which this payload's schema names with its `$ref`.");
    quote! {
        #doc
        pub type #name = #target;
    }
}
