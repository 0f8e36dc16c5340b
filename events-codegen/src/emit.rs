//! Turns a validated catalog into Rust tokens: the catalog-wide items in `catalog`, the payload
//! types in `payload`, and here the pieces both use.
//!
//! The generated code is a guest in the user's crate: it names everything by absolute path
//! (`::core`, `::std`, and serde through `::events_core::__private`), and every impl, table and
//! payload module it writes carries `#[allow(deprecated)]`, so that deprecation warnings reach the
//! user's own uses of deprecated events and never the generated code.

mod catalog;
mod catalog_event;
mod checks;
mod decode;
mod enums;
mod modules;
mod structs;
mod unions;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Catalog, Event, Status, Ty};
use crate::options::{Layout, Options};

/// The items for `catalog`, or for the part of it that `options.layout` asks for.
pub fn emit(catalog: &Catalog, options: &Options) -> TokenStream {
    let catalog_items = || {
        let event_name = catalog::event_name_enum(catalog);
        let table = catalog::catalog_table(catalog);
        let event = catalog::event_enum(catalog, &options.layout);
        quote!(#event_name #table #event)
    };
    let payload_items = |events: &mut dyn Iterator<Item = &Event>| {
        let shared = modules::shared_modules(&catalog.shared, options);
        let definitions = checks::definitions_module(&catalog.check_definitions);
        let outside = catalog_event::version_place(catalog);
        let modules = events.map(|event| {
            modules::event_module(event, &catalog.version_field, outside.as_deref(), options)
        });
        quote!(#shared #definitions #(#modules)*)
    };
    match &options.layout {
        Layout::Whole => {
            let catalog_items = catalog_items();
            let payload_items = payload_items(&mut catalog.events.iter());
            quote!(#catalog_items #payload_items)
        }
        Layout::Shard { index, count } => payload_items(
            &mut catalog
                .events
                .iter()
                .filter(|event| shard_of(&event.name, *count) == *index),
        ),
        Layout::Composed(shards) => {
            let catalog_items = catalog_items();
            let reexports = catalog
                .events
                .iter()
                .filter(|event| !event.payloads.is_empty())
                .map(|event| {
                    let shard = rust_path(&shards.path(shard_of(&event.name, shards.count)));
                    let module = ident(&event.module);
                    quote!(pub use #shard::#module;)
                });
            quote!(#catalog_items #(#reexports)*)
        }
    }
}

/// The shard, of `count`, that holds the payload types of the event `name`: by the hash of the
/// name, so that adding or removing an event moves no other.
pub(crate) fn shard_of(name: &str, count: u32) -> u32 {
    u32::try_from(events_facts::name_hash(name) % u64::from(count.max(1))).unwrap_or(0)
}

/// Tokens for a path that `ShardPaths` has checked: identifiers joined by `::`.
fn rust_path(path: &str) -> TokenStream {
    let (leading, relative) = match path.strip_prefix("::") {
        Some(relative) => (quote!(::), relative),
        None => (TokenStream::new(), path),
    };
    let segments = relative.split("::").map(ident);
    quote!(#leading #(#segments)::*)
}

/// The runtime items generated code uses (`events_core::__private`): the one place their path
/// is written as tokens.
fn private() -> TokenStream {
    quote!(::events_core::__private)
}

/// The path generated code reaches serde by: the runtime's re-export, so that users need no
/// serde dependency of their own.
fn serde() -> TokenStream {
    let private = private();
    quote!(#private::serde)
}

/// The same path as a string, for `#[serde(crate = "…")]`: [`private`]'s, then `serde`.
const SERDE_CRATE: &str = "::events_core::__private::serde";

/// Written-out `Serialize` and `Deserialize` impls for `ty`: `serialize` is the body of
/// `fn serialize(&self, serializer: S)`, `deserialize` the body of `fn deserialize(deserializer: D)`.
fn serde_impls(ty: &TokenStream, serialize: TokenStream, deserialize: TokenStream) -> TokenStream {
    let serde = serde();
    quote! {
        #[allow(deprecated)]
        impl #serde::Serialize for #ty {
            fn serialize<__S: #serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                #serialize
            }
        }

        #[allow(deprecated)]
        impl<'de> #serde::Deserialize<'de> for #ty {
            fn deserialize<__D: #serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #deserialize
            }
        }
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

/// The docs of an event's `EventName` and `Event` variants: wire name and description, and
/// every catalog rule its row waives with the reason, so that a waived defect is never hidden.
fn event_doc(event: &Event) -> TokenStream {
    doc(&format!(
        "`{}`: {}\n\n{}",
        event.name,
        event.description,
        catalog_row(event)
    ))
}

/// The event's catalog row as a small table for rustdoc: wire name, status, schema versions,
/// direction and dates, the replacement, and every rule the row waives with the reason.
fn catalog_row(event: &Event) -> String {
    let versions: Vec<String> = event.versions.iter().map(ToString::to_string).collect();
    let mut rows = vec![
        format!("| wire name | `{}` |", event.name),
        format!("| status | {} |", event.status),
        format!("| schema versions | {} |", versions.join(", ")),
        format!("| direction | {} |", event.direction.as_str()),
        format!("| active | {} |", event.active_date),
    ];
    if let Some(date) = event.deprecation_date {
        rows.push(format!("| deprecated | {date} |"));
    }
    if let Some(date) = event.sunset_date {
        rows.push(format!("| sunset | {date} |"));
    }
    if let Some(replacement) = &event.replaced_by {
        rows.push(format!("| replaced by | `{replacement}` |"));
    }
    for (rule, reason) in &event.waivers {
        rows.push(format!("| waives `{rule}` | {reason} |"));
    }
    format!("| catalog | |\n| --- | --- |\n{}", rows.join("\n"))
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

fn optional<T>(value: Option<T>, to_tokens: impl FnOnce(T) -> TokenStream) -> TokenStream {
    match value {
        Some(value) => {
            let inner = to_tokens(value);
            quote!(::core::option::Option::Some(#inner))
        }
        None => quote!(::core::option::Option::None),
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

/// The Rust type of a value of type `ty`, as fields, items and branches name it.
fn rust_type(ty: &Ty) -> TokenStream {
    decode::rust_value_type(ty)
}
