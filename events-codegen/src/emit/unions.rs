//! Unions (`anyOf`/`oneOf`, decoded by trying each branch) and tuples (`prefixItems`).

use proc_macro2::TokenStream;
use quote::quote;

use super::decode::{tuple_serde, union_deserialize};
use super::{doc, ident, rust_type};
use crate::model::{TupleDef, Ty, UnionDef};

pub(super) fn union_def(def: &UnionDef) -> TokenStream {
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
pub(super) fn tuple_def(def: &TupleDef) -> TokenStream {
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

/// `ty` in words, for the docs of branches and items.
fn describe(ty: &Ty) -> String {
    match ty {
        Ty::String(_) => "a string".to_owned(),
        Ty::Number(_) => "a number".to_owned(),
        Ty::Integer(_) | Ty::AnyInteger(_) => "an integer".to_owned(),
        Ty::Boolean => "a boolean".to_owned(),
        Ty::Null => "`null`".to_owned(),
        Ty::Any => "any JSON value, kept as its exact text".to_owned(),
        Ty::Named(name) => format!("a [`{name}`]"),
        Ty::Boxed(inner) => describe(inner),
        Ty::Checked(inner, _) => format!("{}, checked against its schema", describe(inner)),
        Ty::Shared { module, name } => {
            format!("a [`{name}`](super::super::defs::{module}::{name})")
        }
        Ty::Array(item, _) => format!("an array of {}", describe(item)),
        Ty::Map(value, _) => format!("a map of string to {}", describe(value)),
        Ty::Nullable(inner) => format!("{} or null", describe(inner)),
    }
}
