//! Measures what `include_catalog!` costs at build time against its floor: the same crate with
//! the expansion pasted in. For each catalog size it builds both crates three times from a
//! clean crate (dependencies already built, incremental compilation off), then, with incremental
//! compilation on for both, a clean build and the rebuild after editing one schema, interleaved
//! as many times, so that the rebuild is compared with a build made the same way.
//!
//! ```text
//! cargo run -p events-bench --release --bin compile-cost [EVENTS...]   (default: 100 1000)
//! ```
//!
//! `COMPILE_COST_REPETITIONS` sets the number of clean builds per crate (default 3);
//! `COMPILE_COST_VERSIONS` and `COMPILE_COST_FIELDS` the catalog's shape (default 2 and 15).
//!
//! Prints a markdown table for BENCHMARKS.md. Wall-clock times on a shared machine are noisy:
//! compare the ratios within one run, not the seconds across runs.

use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use events_bench::builds::{self, copy_lock_and_toolchain, median, setting, timed};
use events_bench::synthetic::{Shape, write_catalog};

fn main() -> ExitCode {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100, 1000]
    } else {
        sizes
    };
    let root = builds::workspace().join("target/compile-cost");
    let target = root.join("target");
    println!(
        "| events | versions × fields | expansion lines | macro build (median) | pasted build (median) | macro / pasted | macro ms per event | incremental clean build | rebuild after one schema edit | rebuild / clean (both incremental) |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for events in sizes {
        let shape = Shape {
            events,
            versions: setting("COMPILE_COST_VERSIONS", 2),
            fields: setting("COMPILE_COST_FIELDS", 15),
        };
        match measure(&root, &target, shape) {
            Ok(row) => println!("{row}"),
            Err(error) => {
                eprintln!("{events} events: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn measure(root: &Path, target: &Path, shape: Shape) -> Result<String, String> {
    let events = shape.events;
    let macro_crate = root.join(format!("macro-{events}"));
    let pasted_crate = root.join(format!("pasted-{events}"));
    write_crate(
        &macro_crate,
        &format!("macro_{events}"),
        "events_core::include_catalog!();\n",
    )?;
    write_catalog(&macro_crate.join("catalog"), shape).map_err(|e| e.to_string())?;

    let expansion = events_codegen::expand(
        &macro_crate.join("catalog"),
        Path::new("catalog"),
        &events_codegen::Options::default(),
    );
    if !expansion.diagnostics.is_empty() {
        return Err(format!(
            "the synthetic catalog has defects: {:?}",
            expansion.diagnostics
        ));
    }
    let file: syn::File = syn::parse2(expansion.tokens).map_err(|e| e.to_string())?;
    let pasted = prettyplease::unparse(&file);
    let lines = pasted.lines().count();
    write_crate(&pasted_crate, &format!("pasted_{events}"), &pasted)?;

    // Warm-up: builds the dependencies (not the measured crates) once.
    cargo(
        &macro_crate,
        target,
        &["build", "--quiet", "-p", "events-core"],
        false,
    )?;

    let repetitions = setting("COMPILE_COST_REPETITIONS", 3).max(1);
    let mut macro_times = Vec::new();
    let mut pasted_times = Vec::new();
    for _ in 0..repetitions {
        macro_times.push(clean_build(
            &macro_crate,
            target,
            &format!("macro_{events}"),
        )?);
        pasted_times.push(clean_build(
            &pasted_crate,
            target,
            &format!("pasted_{events}"),
        )?);
    }
    let (macro_median, pasted_median) = (median(macro_times), median(pasted_times));

    // The edit-one-schema loop a catalog maintainer lives in, with incremental compilation on,
    // against a clean build with incremental compilation on too: like with like. Each pair is
    // measured `repetitions` times, interleaved.
    let mut incremental_cleans = Vec::new();
    let mut rebuilds = Vec::new();
    for _ in 0..repetitions {
        incremental_cleans.push(clean_build_with(
            &macro_crate,
            target,
            &format!("macro_{events}"),
            true,
        )?);
        rebuilds.push(edit_and_rebuild(&macro_crate, target)?);
    }
    let (incremental_clean, rebuild) = (median(incremental_cleans), median(rebuilds));

    Ok(format!(
        "| {events} | {} × {} | {lines} | {:.2} s | {:.2} s | {:.3} | {:.2} | {:.2} s | {:.2} s | {:.3} |",
        shape.versions,
        shape.fields,
        macro_median.as_secs_f64(),
        pasted_median.as_secs_f64(),
        macro_median.as_secs_f64() / pasted_median.as_secs_f64(),
        macro_median.as_secs_f64() * 1000.0 / events as f64,
        incremental_clean.as_secs_f64(),
        rebuild.as_secs_f64(),
        rebuild.as_secs_f64() / incremental_clean.as_secs_f64(),
    ))
}

/// Adds a field to the first event's schema, times the incremental rebuild, and restores the
/// schema (the restored build is not timed).
fn edit_and_rebuild(macro_crate: &Path, target: &Path) -> Result<Duration, String> {
    builds::rebuild_after_one_schema_edit(&macro_crate.join("catalog"), || {
        cargo_build(macro_crate, target, true)
    })
}

fn write_crate(dir: &Path, name: &str, lib_rs: &str) -> Result<(), String> {
    let core = builds::workspace().join("events-core");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nevents-core = {{ path = {:?} }}\n\n[workspace]\n",
        core.display().to_string()
    );
    fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    copy_lock_and_toolchain(dir)?;
    fs::write(
        dir.join("src/lib.rs"),
        format!("#![allow(missing_docs)]\n{lib_rs}"),
    )
    .map_err(|e| e.to_string())
}

/// Removes the crate's own artifacts (not its dependencies') and times a non-incremental build.
fn clean_build(dir: &Path, target: &Path, package: &str) -> Result<Duration, String> {
    clean_build_with(dir, target, package, false)
}

/// Removes the crate's own artifacts, incremental cache included, and times a build.
fn clean_build_with(
    dir: &Path,
    target: &Path,
    package: &str,
    incremental: bool,
) -> Result<Duration, String> {
    timed(builds::cargo(dir, target).args(["clean", "--quiet", "-p", package]))?;
    cargo_build(dir, target, incremental)
}

fn cargo_build(dir: &Path, target: &Path, incremental: bool) -> Result<Duration, String> {
    cargo(dir, target, &["build", "--quiet"], incremental)
}

fn cargo(dir: &Path, target: &Path, args: &[&str], incremental: bool) -> Result<Duration, String> {
    timed(
        builds::cargo(dir, target)
            .args(args)
            .env("CARGO_INCREMENTAL", if incremental { "1" } else { "0" }),
    )
}
