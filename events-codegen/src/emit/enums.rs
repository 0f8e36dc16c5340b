//! Enums from `enum` and `const`: string enums (closed, or open with a variant that keeps
//! unknown values) and enums of JSON literals.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{doc, ident, serde_impls};
use crate::model::EnumDef;
use crate::options::{Options, UnknownEnumValues};

/// An enum from `enum` or `const` (a one-value literal is its own `Default`). Of strings, it
/// has `as_str`/`from_wire`; of other JSON values, `as_json`, matched by JSON equality and written
/// back as the schema writes them. Its serde impls are written out rather than derived: serde's
/// derive generates a field visitor per enum, which dominates the build time of literal-heavy
/// catalogs, while these impls call one shared helper and keep serde's messages.
pub(super) fn enum_def(def: &EnumDef, options: &Options) -> TokenStream {
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
    let (idents, wires) = idents_and_wires(def);
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
pub(super) fn open_string_enum(def: &EnumDef) -> TokenStream {
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
    let unknown = ident(&def.unknown_variant);
    let (idents, wires) = idents_and_wires(def);
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

/// Each variant's Rust name and its value as the wire (or the schema, for JSON literals) writes
/// it, in the same order.
fn idents_and_wires(def: &EnumDef) -> (Vec<Ident>, Vec<&str>) {
    def.variants
        .iter()
        .map(|(variant, wire)| (ident(variant), wire.as_str()))
        .unzip()
}
