//! `include_catalog!`: a thin shell around the `events-codegen` engine.
//!
//! Use it through `events-core`, which re-exports it together with the runtime types that the
//! generated code names.

#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};

use proc_macro::TokenStream;
use quote::quote;
use syn::LitStr;

/// Generates `EventName`, `Event`, `Envelope`, `CATALOG` and one payload module per event from
/// an event catalog folder.
///
/// `include_catalog!()` reads `catalog/` beside the invoking crate's `Cargo.toml`;
/// `include_catalog!("path/to/catalog")` reads a folder relative to it. See the `events-core`
/// documentation for what is generated.
#[proc_macro]
pub fn include_catalog(input: TokenStream) -> TokenStream {
    let input = proc_macro2::TokenStream::from(input);
    let (relative, span) = if input.is_empty() {
        (PathBuf::from("catalog"), proc_macro2::Span::call_site())
    } else {
        match syn::parse2::<LitStr>(input) {
            Ok(literal) => (PathBuf::from(literal.value()), literal.span()),
            Err(error) => {
                let message = "expected nothing or a string literal: the catalog folder, relative to Cargo.toml";
                return syn::Error::new(error.span(), message)
                    .to_compile_error()
                    .into();
            }
        }
    };
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let dir = manifest_dir
        .as_deref()
        .unwrap_or(Path::new("."))
        .join(&relative);
    let expansion = events_codegen::expand(&dir, &relative);
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
    let items = expansion.tokens;
    quote!(#(#errors)* #(#tracking)* #items).into()
}
