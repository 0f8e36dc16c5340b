//! Build time of a crate that decodes the bundled catalog with `include_catalog!`, against the
//! same schemas through typify 0.8 (`import_types!` per schema, a title added where the root has
//! none, since typify skips untitled roots) plus the event dispatch a user would write by hand
//! (`eventName` and a borrowed `RawValue` first, then the payload type). Both crates decode
//! stdin line by line; both are built clean, non-incremental, with their dependencies built,
//! interleaved.
//!
//! ```text
//! cargo run -p events-bench --release --bin typify-compare   (TYPIFY_COMPARE_REPETITIONS=3)
//! ```

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use events_bench::builds::{cargo, median, timed, workspace};
use serde_json::Value;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("typify-compare: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let root = workspace().join("target/typify-compare");
    let target = root.join("target");
    let catalog = workspace().join("catalog");
    let events_crate = root.join("with-events");
    let typify_crate = root.join("with-typify");

    let index: Value = read_json(&catalog.join("index.json"))?;
    let rows: Vec<(String, String)> = index["events"]
        .as_array()
        .ok_or("index without events")?
        .iter()
        .filter_map(|row| {
            let name = row["name"].as_str()?.to_owned();
            let version = row["schema_versions"]
                .as_array()?
                .last()?
                .as_str()?
                .to_owned();
            Some((name, version))
        })
        .collect();

    write_events_crate(&events_crate, &catalog)?;
    write_typify_crate(&typify_crate, &catalog, &rows)?;
    for dir in [&events_crate, &typify_crate] {
        build(dir, &target)?;
    }
    let repetitions: usize = std::env::var("TYPIFY_COMPARE_REPETITIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3)
        .max(1);
    let (mut events_times, mut typify_times) = (Vec::new(), Vec::new());
    for _ in 0..repetitions {
        events_times.push(clean_build(&events_crate, &target, "with_events")?);
        typify_times.push(clean_build(&typify_crate, &target, "with_typify")?);
    }
    let (events_median, typify_median) = (median(events_times), median(typify_times));
    println!("| crate | clean build (median of {repetitions}) |");
    println!("| --- | --- |");
    println!(
        "| include_catalog! + Envelope::from_json | {:.2} s |",
        events_median.as_secs_f64()
    );
    println!(
        "| typify import_types! × {} + hand-written dispatch | {:.2} s |",
        rows.len(),
        typify_median.as_secs_f64()
    );
    println!(
        "ratio events / typify: {:.3}",
        events_median.as_secs_f64() / typify_median.as_secs_f64()
    );
    Ok(())
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

const MAIN_LOOP: &str = "fn main() {\n    let mut input = String::new();\n    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut input);\n    let mut known = 0usize;\n    for line in input.lines() {\n        known += usize::from(decode(line.as_bytes()));\n    }\n    println!(\"{known}\");\n}\n";

fn write_events_crate(dir: &Path, catalog: &Path) -> Result<(), String> {
    let core = workspace().join("events-core");
    let manifest = format!(
        "[package]\nname = \"with_events\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\nevents-core = {{ path = {:?} }}\n\n[workspace]\n",
        core.display().to_string()
    );
    let main = format!(
        "events_core::include_catalog!(\"catalog\");\n\nfn decode(json: &[u8]) -> bool {{\n    Envelope::from_json(json).is_ok_and(|envelope| envelope.message.event_name().is_some())\n}}\n\n{MAIN_LOOP}"
    );
    write_crate(dir, &manifest, &main)?;
    copy_dir(catalog, &dir.join("catalog"))
}

fn write_typify_crate(dir: &Path, catalog: &Path, rows: &[(String, String)]) -> Result<(), String> {
    let manifest = "[package]\nname = \"with_typify\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\ntypify = \"0.8\"\nserde = { version = \"1\", features = [\"derive\"] }\nserde_json = { version = \"1\", features = [\"raw_value\"] }\n\n[workspace]\n";
    let mut modules = String::new();
    let mut variants = String::new();
    let mut arms = String::new();
    for (name, version) in rows {
        let mut schema = read_json(&catalog.join(format!("schemas/{name}/{version}.json")))?;
        if let Some(object) = schema.as_object_mut() {
            object
                .entry("title")
                .or_insert_with(|| Value::from("Payload"));
        }
        let title = schema["title"].as_str().unwrap_or("Payload").to_owned();
        let file = format!("schemas/{name}.json");
        fs::create_dir_all(dir.join("schemas")).map_err(|e| e.to_string())?;
        fs::write(dir.join(&file), schema.to_string()).map_err(|e| e.to_string())?;
        let module = name.replace('-', "_");
        let variant: String = name
            .split('-')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map_or(String::new(), |first| {
                    first.to_uppercase().chain(chars).collect()
                })
            })
            .collect();
        let _ = writeln!(
            modules,
            "#[allow(warnings, clippy::all)]\nmod {module} {{\n    typify::import_types!(schema = \"{file}\");\n}}"
        );
        let _ = writeln!(variants, "    {variant}({module}::{title}),");
        let _ = writeln!(
            arms,
            "        \"{name}\" => serde_json::from_str(message.value.get()).map(Event::{variant}).is_ok(),"
        );
    }
    let main = format!(
        "{modules}\n#[allow(dead_code)]\nenum Event {{\n{variants}}}\n\n#[derive(serde::Deserialize)]\nstruct Data<'a> {{\n    #[serde(borrow)]\n    message: Message<'a>,\n}}\n\n#[derive(serde::Deserialize)]\nstruct Message<'a> {{\n    #[serde(rename = \"eventName\")]\n    event_name: &'a str,\n    #[serde(borrow)]\n    value: &'a serde_json::value::RawValue,\n}}\n\nfn decode(json: &[u8]) -> bool {{\n    let Ok(data) = serde_json::from_slice::<Data<'_>>(json) else {{\n        return false;\n    }};\n    let message = data.message;\n    match message.event_name {{\n{arms}        _ => false,\n    }}\n}}\n\n{MAIN_LOOP}"
    );
    write_crate(dir, manifest, &main)
}

fn write_crate(dir: &Path, manifest: &str, main: &str) -> Result<(), String> {
    fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    fs::copy(
        workspace().join("rust-toolchain.toml"),
        dir.join("rust-toolchain.toml"),
    )
    .map_err(|e| e.to_string())?;
    fs::write(dir.join("src/main.rs"), main).map_err(|e| e.to_string())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| e.to_string())?;
    for entry in fs::read_dir(from).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()))?;
        } else {
            fs::copy(&path, to.join(entry.file_name())).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn build(dir: &Path, target: &Path) -> Result<Duration, String> {
    timed(
        cargo(dir, target)
            .args(["build", "--quiet"])
            .env("CARGO_INCREMENTAL", "0"),
    )
}

fn clean_build(dir: &Path, target: &Path, package: &str) -> Result<Duration, String> {
    timed(cargo(dir, target).args(["clean", "--quiet", "-p", package]))?;
    build(dir, target)
}
