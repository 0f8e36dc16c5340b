//! `include_catalog!`: a thin shell around the `events-codegen` engine.
//!
//! Use it through `events-core`, which re-exports it together with the runtime types that the
//! generated code names.

#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use events_codegen::{OptionError, Options, SOURCE_DATE_EPOCH};
use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

/// Generates `EventName`, `Event`, `Envelope`, `CATALOG` and one payload module per event from
/// an event catalog folder.
///
/// `include_catalog!()` reads `catalog/` beside the invoking crate's `Cargo.toml`;
/// `include_catalog!("path/to/catalog")` reads a folder relative to it. Options follow the path:
///
/// - `reference_date = "2026-01-01"` or `reference_date = source_date_epoch`: apply the row
///   dates as of that day (the second reads `SOURCE_DATE_EPOCH`). Without it only the status
///   column counts, and builds do not depend on the clock.
/// - `sunset = "keep"` (default), `"unknown"` or `"reject"`: sunset events are generated with a
///   deprecation warning, left out and decoded as unknown, or left out and refused when decoded.
/// - `unknown_fields = "ignore"` (default) or `"keep"`: whether payload structs keep fields the
///   schema does not list, for lossless re-encoding.
/// - `unknown_enum_values = "reject"` (default) or `"keep"`: whether a string enum refuses a
///   value the schema does not list, or keeps it in its `Unknown` variant.
/// - `shard = "K/N"`: generate only the payload modules of shard `K` of `N` (the events whose
///   name hash is `K` modulo `N`), for a catalog split over several crates.
/// - `shards = "path_{}/N"`: generate `EventName`, `CATALOG`, `Event` and `Envelope` of a catalog
///   split over `N` shards, found at the path with `{}` replaced by the shard number
///   (`my_events_{}` for crates, `crate::shards::part_{}` for modules).
///
/// See the `events-core` documentation for what is generated.
#[proc_macro]
pub fn include_catalog(input: TokenStream) -> TokenStream {
    match syn::parse::<MacroInput>(input) {
        Ok(input) => expand(input),
        Err(error) => error.to_compile_error().into(),
    }
}

fn expand(input: MacroInput) -> TokenStream {
    let (relative, span) = match &input.path {
        Some(literal) => (PathBuf::from(literal.value()), literal.span()),
        None => (PathBuf::from("catalog"), proc_macro2::Span::call_site()),
    };
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let dir = manifest_dir
        .as_deref()
        .unwrap_or(Path::new("."))
        .join(&relative);
    let expansion = events_codegen::expand(&dir, &relative, &input.options);
    let errors = expansion
        .diagnostics
        .iter()
        .map(|diagnostic| syn::Error::new(span, diagnostic).to_compile_error());
    // `include_bytes!` is how a stable proc macro tells Cargo which files it read; the files stay
    // tracked after an error too, so that fixing one triggers a rebuild.
    let tracking = expansion.tracked_files.iter().map(|path| {
        quote!(
            const _: &[u8] = ::core::include_bytes!(#path);
        )
    });
    let epoch_tracking = input.reads_source_date_epoch.then(|| {
        quote!(
            const _: ::core::option::Option<&str> = ::core::option_env!("SOURCE_DATE_EPOCH");
        )
    });
    let items = expansion.tokens;
    quote!(#(#errors)* #(#tracking)* #epoch_tracking #items).into()
}

/// `["path"] [, name = value]*`, where a value is a string literal or, for `reference_date`,
/// the word `source_date_epoch`. The engine's `Options::set` parses each value.
struct MacroInput {
    path: Option<LitStr>,
    options: Options,
    reads_source_date_epoch: bool,
}

impl Parse for MacroInput {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut parsed = MacroInput {
            path: None,
            options: Options::default(),
            reads_source_date_epoch: false,
        };
        if input.peek(LitStr) {
            parsed.path = Some(input.parse()?);
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        let mut seen: Vec<String> = Vec::new();
        while !input.is_empty() {
            let name: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let key = name.to_string();
            if seen.contains(&key) {
                return Err(syn::Error::new(
                    name.span(),
                    format!("`{key}` is given twice"),
                ));
            }
            let (value, span) = if input.peek(Ident) {
                let word: Ident = input.parse()?;
                if word != SOURCE_DATE_EPOCH || key != "reference_date" {
                    return Err(syn::Error::new(
                        word.span(),
                        "expected a string literal (or `source_date_epoch` for `reference_date`)",
                    ));
                }
                (SOURCE_DATE_EPOCH.to_owned(), word.span())
            } else {
                let literal: LitStr = input.parse()?;
                (literal.value(), literal.span())
            };
            if key == "reference_date" && value == SOURCE_DATE_EPOCH {
                parsed.reads_source_date_epoch = true;
            }
            let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
            parsed
                .options
                .set(&key, &value, epoch.as_deref())
                .map_err(|error| {
                    let at = match error {
                        OptionError::UnknownName(_) => name.span(),
                        _ => span,
                    };
                    syn::Error::new(at, error)
                })?;
            seen.push(key);
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(parsed)
    }
}
