//! Measures what the bundled 8x8 catalog costs a user who brings a catalog of their own: the
//! same downstream crate (a small synthetic catalog through `include_catalog!`) built against
//! `events-core` with its default features (the bundled catalog) and with
//! `default-features = false`, interleaved, `DOWNSTREAM_REPETITIONS` times each (default 3):
//!
//! - the first build: an empty target folder, every dependency compiled, as after `git clone`;
//! - `events-core` and the crate: third-party dependencies already built, `events-core` and the
//!   crate removed (`cargo clean -p`), which is what the feature changes.
//!
//! ```text
//! cargo run -p events-bench --release --bin downstream-build
//! ```
//!
//! Prints a markdown table for BENCHMARKS.md: compare the ratios within one run; the seconds
//! move with the machine's load.

use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use events_bench::builds::{self, copy_lock_and_toolchain, median, setting, timed};
use events_bench::synthetic::{Shape, write_catalog};

/// The user's own catalog: small, as most are.
const SHAPE: Shape = Shape {
    events: 10,
    versions: 1,
    fields: 8,
};

struct Variant {
    package: &'static str,
    dependency: &'static str,
}

const WITH_BUNDLED: Variant = Variant {
    package: "with_bundled",
    dependency: "",
};
const OWN_ONLY: Variant = Variant {
    package: "own_only",
    dependency: ", default-features = false",
};

fn main() -> ExitCode {
    match measure() {
        Ok(table) => {
            println!("{table}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("downstream-build: {error}");
            ExitCode::FAILURE
        }
    }
}

fn measure() -> Result<String, String> {
    let root = builds::workspace().join("target/downstream-build");
    for variant in [&WITH_BUNDLED, &OWN_ONLY] {
        write_crate(&root.join(variant.package), variant)?;
    }
    let repetitions = setting("DOWNSTREAM_REPETITIONS", 3).max(1);
    let mut first = ([Vec::new(), Vec::new()], "first build (every dependency)");
    let mut own = ([Vec::new(), Vec::new()], "`events-core` and the crate");
    for _ in 0..repetitions {
        for (slot, variant) in [&WITH_BUNDLED, &OWN_ONLY].into_iter().enumerate() {
            let dir = root.join(variant.package);
            let target = root.join(format!("target-{}", variant.package));
            if target.exists() {
                fs::remove_dir_all(&target).map_err(|e| e.to_string())?;
            }
            first.0[slot].push(build(&dir, &target)?);
            timed(builds::cargo(&dir, &target).args([
                "clean",
                "--quiet",
                "-p",
                "events-core",
                "-p",
                variant.package,
            ]))?;
            own.0[slot].push(build(&dir, &target)?);
        }
    }
    let mut table = String::from(
        "| build | with the bundled catalog (default) | `default-features = false` | ratio |\n| --- | --- | --- | --- |\n",
    );
    for (times, label) in [first, own] {
        let [with, without] = times;
        let (with, without) = (median(with), median(without));
        table.push_str(&format!(
            "| {label} | {:.2} s | {:.2} s | {:.3} |\n",
            with.as_secs_f64(),
            without.as_secs_f64(),
            without.as_secs_f64() / with.as_secs_f64()
        ));
    }
    Ok(table)
}

fn write_crate(dir: &Path, variant: &Variant) -> Result<(), String> {
    let core = builds::workspace().join("events-core");
    let manifest = format!(
        "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nevents-core = {{ path = {:?}{} }}\n\n[workspace]\n",
        variant.package,
        core.display().to_string(),
        variant.dependency,
    );
    fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    copy_lock_and_toolchain(dir)?;
    write_catalog(&dir.join("catalog"), SHAPE).map_err(|e| e.to_string())?;
    fs::write(
        dir.join("src/lib.rs"),
        "//! A user's crate with a catalog of its own.\n\nevents_core::include_catalog!();\n",
    )
    .map_err(|e| e.to_string())
}

/// A `cargo build` as a user runs it (dev profile, cargo's default incremental setting).
fn build(dir: &Path, target: &Path) -> Result<Duration, String> {
    timed(
        builds::cargo(dir, target)
            .args(["build", "--quiet"])
            .env_remove("CARGO_INCREMENTAL"),
    )
}
