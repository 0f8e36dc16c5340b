//! `events expand`: the Rust that `include_catalog!` generates for a catalog, with the same
//! options.

use std::path::Path;
use std::process::ExitCode;

use events_codegen::Options;

use crate::render::render;

/// Prints the prettyplease expansion of `catalog`; `options` are `name=value` pairs, as the macro
/// takes them.
pub fn run(catalog: &Path, options: &[String]) -> Result<ExitCode, String> {
    let parsed = parse_options(options)?;
    let loaded = events_codegen::load(catalog, catalog);
    let expansion = events_codegen::expand_loaded(&loaded, &parsed);
    if !expansion.diagnostics.is_empty() {
        eprint!("{}", render(&expansion.diagnostics, &loaded));
        return Ok(ExitCode::FAILURE);
    }
    let file: syn::File = syn::parse2(expansion.tokens).map_err(|e| e.to_string())?;
    out!("{}", prettyplease::unparse(&file));
    Ok(ExitCode::SUCCESS)
}

/// The options of `--option name=value` arguments, as the macro takes them.
pub fn parse_options(options: &[String]) -> Result<Options, String> {
    let mut parsed = Options::default();
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    for option in options {
        let (name, value) = option
            .split_once('=')
            .ok_or_else(|| format!("`--option {option}`: expected `name=value`"))?;
        parsed
            .set(name.trim(), value.trim(), epoch.as_deref())
            .map_err(|message| format!("`--option {option}`: {message}"))?;
    }
    Ok(parsed)
}
