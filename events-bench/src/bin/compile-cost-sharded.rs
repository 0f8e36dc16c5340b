//! What splitting a catalog over shard crates buys, measured as a user would set it up: a
//! workspace with `N` shard crates (`include_catalog!(…, shard = "K/N")`), the crate composing
//! them (`shards = "catalog_shard_{}/N"`) and an application decoding with it, against the whole
//! catalog in one crate with the same application. For each layout, interleaved: a clean build
//! (dependencies built, incremental compilation on, like a developer's build) and the rebuild
//! after adding a field to one schema; then clean builds of each under GNU time for the peak
//! memory of the largest process: once with the linker replaced by `true`, which is rustc's
//! peak, and once as built, where the largest process can be the linker of the application.
//!
//! ```text
//! cargo run -p events-bench --release --bin compile-cost-sharded [EVENTS...]   (default: 300)
//! ```
//!
//! `COMPILE_COST_SHARDS` sets the number of shards (default: one per 40 events, at least 2),
//! `COMPILE_COST_REPETITIONS` the builds per layout (default 3), `COMPILE_COST_VERSIONS` and
//! `COMPILE_COST_FIELDS` the catalog's shape (default 2 and 15), and `COMPILE_COST_WHOLE=0` skips
//! the whole layout (for sizes where it is known to be slow).
//!
//! Prints a markdown table for BENCHMARKS.md; compare the ratios within one run.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Duration;

use events_bench::builds::{self, copy_lock_and_toolchain, median, peak_memory, setting, timed};
use events_bench::synthetic::{Shape, write_catalog};

fn main() -> ExitCode {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() { vec![300] } else { sizes };
    println!(
        "| events | versions × fields | shards | whole: clean build | whole: rebuild after one schema edit | whole: rebuild / clean | sharded: clean build | sharded: rebuild | sharded: rebuild / clean | sharded / whole clean | sharded ms per event | peak rustc memory whole | peak rustc memory sharded | peak memory with linking, whole | peak memory with linking, sharded |"
    );
    println!(
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    for events in sizes {
        let shape = Shape {
            events,
            versions: setting("COMPILE_COST_VERSIONS", 2),
            fields: setting("COMPILE_COST_FIELDS", 15),
        };
        let shards = setting("COMPILE_COST_SHARDS", events.div_ceil(40).max(2));
        match measure(shape, shards) {
            Ok(row) => println!("{row}"),
            Err(error) => {
                eprintln!("{events} events: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// One layout of the workspace: the crates a clean build removes, and the application.
struct Layout {
    crates: Vec<String>,
    app: &'static str,
}

fn measure(shape: Shape, shards: usize) -> Result<String, String> {
    let events = shape.events;
    let dir = builds::workspace().join(format!("target/compile-cost/sharded-{events}"));
    let target = builds::workspace().join("target/compile-cost/target");
    let (whole, sharded) = write_workspace(&dir, shape, shards)?;
    timed(cargo(&dir, &target).args(["build", "--quiet", "-p", "events-core"]))?;

    let compare_whole = setting("COMPILE_COST_WHOLE", 1) != 0;
    let repetitions = setting("COMPILE_COST_REPETITIONS", 3).max(1);
    let (mut whole_cleans, mut whole_rebuilds) = (Vec::new(), Vec::new());
    let (mut sharded_cleans, mut sharded_rebuilds) = (Vec::new(), Vec::new());
    for _ in 0..repetitions {
        if compare_whole {
            whole_cleans.push(clean_build(&dir, &target, &whole)?);
            whole_rebuilds.push(edit_and_rebuild(&dir, &target, &whole)?);
        }
        sharded_cleans.push(clean_build(&dir, &target, &sharded)?);
        sharded_rebuilds.push(edit_and_rebuild(&dir, &target, &sharded)?);
    }
    let mut peaks = Vec::new();
    for linking in [false, true] {
        peaks.push(if compare_whole {
            clean_peak_memory(&dir, &target, &whole, linking)?
        } else {
            None
        });
        peaks.push(clean_peak_memory(&dir, &target, &sharded, linking)?);
    }
    // Leaves real binaries behind.
    if compare_whole {
        timed(&mut build(&dir, &target, &whole))?;
    }
    timed(&mut build(&dir, &target, &sharded))?;

    let seconds = |times: Vec<Duration>| median(times).as_secs_f64();
    let (whole_clean, whole_rebuild) = (seconds(whole_cleans), seconds(whole_rebuilds));
    let (sharded_clean, sharded_rebuild) = (seconds(sharded_cleans), seconds(sharded_rebuilds));
    let ratio = |a: f64, b: f64| {
        if b > 0.0 {
            format!("{:.3}", a / b)
        } else {
            "–".to_owned()
        }
    };
    let secs = |s: f64| {
        if s > 0.0 {
            format!("{s:.2} s")
        } else {
            "–".to_owned()
        }
    };
    let memory = |bytes: Option<u64>| match bytes {
        Some(bytes) => format!("{:.2} GB", bytes as f64 / 1e9),
        None => "–".to_owned(),
    };
    Ok(format!(
        "| {events} | {} × {} | {shards} | {} | {} | {} | {} | {} | {} | {} | {:.1} | {} | {} | {} | {} |",
        shape.versions,
        shape.fields,
        secs(whole_clean),
        secs(whole_rebuild),
        ratio(whole_rebuild, whole_clean),
        secs(sharded_clean),
        secs(sharded_rebuild),
        ratio(sharded_rebuild, sharded_clean),
        ratio(sharded_clean, whole_clean),
        sharded_clean * 1000.0 / events as f64,
        memory(peaks[0]),
        memory(peaks[1]),
        memory(peaks[2]),
        memory(peaks[3]),
    ))
}

/// Writes the workspace: the catalog, `catalog_whole` and `app_whole`, the shards,
/// `catalog_composed` and `app_sharded`.
fn write_workspace(dir: &Path, shape: Shape, shards: usize) -> Result<(Layout, Layout), String> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| e.to_string())?;
    }
    fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    write_catalog(&dir.join("catalog"), shape).map_err(|e| e.to_string())?;
    copy_lock_and_toolchain(dir)?;
    let mut members = Vec::new();
    let mut member = |name: &str, file: &str, dependencies: &[String], source: &str| {
        members.push(format!("\"{name}\""));
        write_member(dir, name, file, dependencies, source)
    };
    member(
        "catalog_whole",
        "lib.rs",
        &[],
        "events_core::include_catalog!(\"../catalog\");\n",
    )?;
    member(
        "app_whole",
        "main.rs",
        &["catalog_whole".into()],
        &app("catalog_whole"),
    )?;
    let shard_names: Vec<String> = (0..shards).map(|k| format!("catalog_shard_{k}")).collect();
    for (index, name) in shard_names.iter().enumerate() {
        member(
            name,
            "lib.rs",
            &[],
            &format!(
                "events_core::include_catalog!(\"../catalog\", shard = \"{index}/{shards}\");\n"
            ),
        )?;
    }
    member(
        "catalog_composed",
        "lib.rs",
        &shard_names,
        &format!(
            "events_core::include_catalog!(\"../catalog\", shards = \"catalog_shard_{{}}/{shards}\");\n"
        ),
    )?;
    member(
        "app_sharded",
        "main.rs",
        &["catalog_composed".into()],
        &app("catalog_composed"),
    )?;
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .map_err(|e| e.to_string())?;
    let mut sharded_crates = shard_names;
    sharded_crates.extend(["catalog_composed".into(), "app_sharded".into()]);
    Ok((
        Layout {
            crates: vec!["catalog_whole".into(), "app_whole".into()],
            app: "app_whole",
        },
        Layout {
            crates: sharded_crates,
            app: "app_sharded",
        },
    ))
}

/// An application that decodes stdin line by line with the catalog crate `catalog`.
fn app(catalog: &str) -> String {
    format!(
        "fn main() {{\n    for line in std::io::stdin().lines().map_while(Result::ok) {{\n        match {catalog}::Envelope::from_json(line.as_bytes()) {{\n            Ok(envelope) => println!(\"{{}}\", envelope.message.name()),\n            Err(error) => println!(\"{{error}}\"),\n        }}\n    }}\n}}\n"
    )
}

fn write_member(
    dir: &Path,
    name: &str,
    file: &str,
    dependencies: &[String],
    source: &str,
) -> Result<(), String> {
    let crate_dir = dir.join(name);
    fs::create_dir_all(crate_dir.join("src")).map_err(|e| e.to_string())?;
    let mut manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nevents-core = {{ path = {:?} }}\n",
        builds::workspace()
            .join("events-core")
            .display()
            .to_string()
    );
    for dependency in dependencies {
        let _ = writeln!(manifest, "{dependency} = {{ path = \"../{dependency}\" }}");
    }
    fs::write(crate_dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    fs::write(crate_dir.join("src").join(file), source).map_err(|e| e.to_string())
}

fn cargo(dir: &Path, target: &Path) -> Command {
    let mut command = builds::cargo(dir, target);
    command.env("CARGO_INCREMENTAL", "1");
    command
}

fn clean(dir: &Path, target: &Path, layout: &Layout) -> Result<(), String> {
    let mut command = cargo(dir, target);
    command.args(["clean", "--quiet"]);
    for name in &layout.crates {
        command.args(["-p", name]);
    }
    timed(&mut command).map(drop)
}

fn build(dir: &Path, target: &Path, layout: &Layout) -> Command {
    let mut command = cargo(dir, target);
    command.args(["build", "--quiet", "-p", layout.app]);
    command
}

fn clean_build(dir: &Path, target: &Path, layout: &Layout) -> Result<Duration, String> {
    clean(dir, target, layout)?;
    timed(&mut build(dir, target, layout))
}

/// The peak memory of a clean build; without `linking`, the linker is `true`, so that the peak
/// is rustc's (the binary it leaves is not one).
fn clean_peak_memory(
    dir: &Path,
    target: &Path,
    layout: &Layout,
    linking: bool,
) -> Result<Option<u64>, String> {
    clean(dir, target, layout)?;
    let mut command = build(dir, target, layout);
    if !linking {
        command.env("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER", "true");
    }
    peak_memory(&command)
}

/// Adds a field to the first event's schema, times the rebuild of the layout's application, and
/// restores the schema (the build after restoring is not timed).
fn edit_and_rebuild(dir: &Path, target: &Path, layout: &Layout) -> Result<Duration, String> {
    builds::rebuild_after_one_schema_edit(&dir.join("catalog"), || {
        timed(&mut build(dir, target, layout))
    })
}
