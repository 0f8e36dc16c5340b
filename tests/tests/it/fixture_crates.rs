//! Downstream crates built with cargo, as a user would: warnings at use sites, clippy on the
//! generated code, and regeneration after catalog edits. They share one target folder, beside
//! the one the tests run from (and shared with events-cli's semver tests), so that the
//! dependencies are compiled once, also across runs and clones that share `CARGO_TARGET_DIR`.

use std::fs;

use crate::copy_dir;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Where the tests write crates and catalogs: `target/tmp`, or its like under `CARGO_TARGET_DIR`.
pub(crate) fn scratch(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

/// A crate under `target/tmp/fixture-crates/<name>` that depends on `events-core` alone,
/// without the bundled 8x8 catalog (which none of them uses).
pub(crate) struct FixtureCrate {
    dir: PathBuf,
}

impl FixtureCrate {
    pub(crate) fn new(name: &str, catalog: &Path, main_rs: &str) -> Self {
        Self::with_features(name, catalog, main_rs, &[])
    }

    /// A fixture crate whose `events-core` dependency has `features` on.
    pub(crate) fn with_features(
        name: &str,
        catalog: &Path,
        main_rs: &str,
        features: &[&str],
    ) -> Self {
        let root = workspace_root();
        let dir = scratch("fixture-crates").join(name);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("src")).unwrap();
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nevents-core = {{ path = {:?}, default-features = false, features = {features:?} }}\n\n# Not a member of the repository's workspace.\n[workspace]\n",
            root.join("events-core")
        );
        fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        // The repository's lock file pins the same dependency versions the tests were built with.
        fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        fs::copy(
            root.join("rust-toolchain.toml"),
            dir.join("rust-toolchain.toml"),
        )
        .unwrap();
        fs::write(dir.join("src/main.rs"), main_rs).unwrap();
        copy_dir(catalog, &dir.join("catalog"));
        FixtureCrate { dir }
    }

    pub(crate) fn cargo(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO"))
            .arg("--color=never")
            .args(args)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", scratch("nested-builds"))
            .env_remove("RUSTFLAGS")
            .output()
            .expect("cargo runs")
    }

    fn catalog(&self) -> PathBuf {
        self.dir.join("catalog")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn lifecycle_catalog() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/lifecycle")
}

#[test]
fn deprecation_warnings_appear_once_per_use_site_with_the_note() {
    let main_rs = r##"
events_core::include_catalog!();

fn main() {
    let names = [EventName::AgentPresenceV1, EventName::AgentStatusV1];
    let event = Event::from_json(br#"{"eventName":"agent-status-v1","value":{"status":"away","schemaVersion":"1.0.0"}}"#);
    if let Ok(Event::AgentStatusV1(payload)) = event {
        println!("{payload:?} {names:?}");
    }
}
"##;
    let fixture = FixtureCrate::new("deprecation-warnings", &lifecycle_catalog(), main_rs);
    let output = fixture.cargo(&["build", "--message-format=short"]);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("warning: use of deprecated"))
        .collect();
    let note = "`agent-status-v1` is deprecated since 2025-06-01; sunset date 2026-06-01; use `agent-presence-v1` instead";
    assert!(
        warnings
            .iter()
            .all(|w| w.starts_with("src/main.rs:") && w.contains(note)),
        "{stderr}"
    );
    // One use site per line: naming the `EventName` variant, and the pattern naming the `Event`
    // variant (rustc also reports the tuple field that the pattern binds, at the same site).
    let mut lines: Vec<&str> = warnings
        .iter()
        .map(|w| w.split(':').nth(1).unwrap())
        .collect();
    lines.dedup();
    assert_eq!(lines, ["5", "7"], "{stderr}");
    assert!(
        warnings[0].contains("unit variant `EventName::AgentStatusV1`"),
        "{stderr}"
    );
    assert!(
        warnings[1].contains("tuple variant `Event::AgentStatusV1`"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("warning:").count(),
        warnings.len() + 1,
        "no other warnings expected:\n{stderr}"
    );
}

#[test]
fn generated_code_is_clean_under_deny_warnings_and_clippy() {
    let main_rs = r#"
#![deny(warnings, missing_docs)]
//! A downstream crate that generates the bundled catalog's types itself.

events_core::include_catalog!();

fn main() {
    for info in CATALOG {
        println!("{} {}", info.name, info.status);
    }
}
"#;
    let fixture = FixtureCrate::new("clippy-clean", &workspace_root().join("catalog"), main_rs);
    assert_clean_under_clippy(&fixture);
}

/// `cargo clippy` on the fixture, with warnings denied and `clippy::pedantic` on, prints nothing.
fn assert_clean_under_clippy(fixture: &FixtureCrate) {
    let output = fixture.cargo(&[
        "clippy",
        "--all-targets",
        "--",
        "-D",
        "warnings",
        "-W",
        "clippy::pedantic",
    ]);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn every_supported_keyword_generates_code_clean_under_clippy() {
    let main_rs = r#"
#![deny(warnings, missing_docs)]
//! A downstream crate that generates the keywords catalog: every construct the generator
//! supports (validation rules, formats, literal enums, tuples, tagged unions, shared schemas),
//! also with the options that change the generated types.

events_core::include_catalog!();

/// The same catalog with open string enums and kept unknown fields.
mod open {
    events_core::include_catalog!("catalog", unknown_enum_values = "keep", unknown_fields = "keep");
}

fn main() {
    for info in CATALOG.iter().chain(open::CATALOG) {
        println!("{} {}", info.name, info.status);
    }
}
"#;
    let fixture = FixtureCrate::with_features(
        "clippy-clean-keywords",
        &workspace_root().join("tests/catalogs/keywords"),
        main_rs,
        &["pattern", "idn"],
    );
    assert_clean_under_clippy(&fixture);
}

#[test]
fn editing_the_catalog_regenerates_on_plain_cargo_build() {
    let main_rs = r#"
events_core::include_catalog!();

fn main() {
    for info in CATALOG {
        println!("{} {} {}", info.name, info.status, info.schema_versions.join(","));
    }
}
"#;
    let fixture = FixtureCrate::new("regeneration", &lifecycle_catalog(), main_rs);
    let run = |fixture: &FixtureCrate| {
        let output = fixture.cargo(&["run", "--quiet"]);
        assert!(output.status.success(), "{}", text(&output.stderr));
        text(&output.stdout)
    };
    let before = run(&fixture);
    assert_eq!(
        before,
        "agent-presence-v1 active 1.0.0,1.1.0\nagent-skill-v1 active 1.0.0-beta.3,1.0.0,1.1.0-rc.1\nagent-status-v1 deprecated 1.0.0\nlegacy-ping-v1 sunset 1.0.0\nagent-mood-v1 active 1.0.0\nagent-note-v1 active 1.0.0\n"
    );

    // Add a row with its schema, and deprecate an active row.
    let index_path = fixture.catalog().join("index.json");
    let index = fs::read_to_string(&index_path).unwrap();
    let index = index.replacen(
        "\"status\": \"active\",\n      \"active_date\": \"2025-06-01\"",
        "\"status\": \"deprecated\",\n      \"active_date\": \"2025-06-01\",\n      \"deprecation_date\": \"2025-09-01\",\n      \"replaced_by\": \"agent-lunch-v1\"",
        1,
    );
    let index = index.replacen(
        "\"events\": [",
        "\"events\": [\n    {\"name\": \"agent-lunch-v1\", \"description\": \"The agent is at lunch.\", \"schema_versions\": [\"1.2.0\"], \"status\": \"active\", \"active_date\": \"2025-09-01\"},",
        1,
    );
    fs::write(&index_path, index).unwrap();
    let schema_dir = fixture.catalog().join("schemas/agent-lunch-v1");
    fs::create_dir_all(&schema_dir).unwrap();
    fs::write(
        schema_dir.join("1.2.0.json"),
        r#"{"type": "object", "properties": {"mood": {"type": "string"}}, "required": ["mood"]}"#,
    )
    .unwrap();

    let after = run(&fixture);
    assert_eq!(
        after,
        "agent-lunch-v1 active 1.2.0\nagent-presence-v1 deprecated 1.0.0,1.1.0\nagent-skill-v1 active 1.0.0-beta.3,1.0.0,1.1.0-rc.1\nagent-status-v1 deprecated 1.0.0\nlegacy-ping-v1 sunset 1.0.0\nagent-mood-v1 active 1.0.0\nagent-note-v1 active 1.0.0\n"
    );

    // Editing only a schema file regenerates too: a field the code needs appears.
    fs::write(
        fixture.dir.join("src/main.rs"),
        "events_core::include_catalog!();\n\nfn main() {\n    let payload = agent_lunch_v1::Payload { mood: \"calm\".into() };\n    println!(\"{}\", payload.mood);\n}\n",
    )
    .unwrap();
    assert_eq!(run(&fixture), "calm\n");
    fs::write(
        schema_dir.join("1.2.0.json"),
        r#"{"type": "object", "properties": {"mood": {"type": "string"}, "energy": {"type": "integer"}}, "required": ["mood"]}"#,
    )
    .unwrap();
    let output = fixture.cargo(&["build", "--message-format=short"]);
    assert!(
        !output.status.success(),
        "the new field must be required in the struct literal"
    );
    assert!(
        text(&output.stderr).contains("missing field `energy`"),
        "{}",
        text(&output.stderr)
    );
}

/// The documented sharded setup, as crates: three shard crates, the crate composing them and an
/// application. Editing one schema recompiles its shard, the composing crate and the
/// application, no other shard; a defect is reported once, by the composing crate.
#[test]
fn a_sharded_catalog_rebuilds_only_the_shard_of_an_edited_schema() {
    let main_rs = r##"
fn main() {
    let message = br#"{"eventName":"agent-mood-v1","value":{"mood":"calm","schemaVersion":"1.0.0"}}"#;
    match my_events::Event::from_json(message) {
        Ok(my_events::Event::AgentMoodV1(payload)) => {
            println!("mood {}", payload.latest().map_or("?", |p| p.mood.as_str()))
        }
        other => println!("unexpected {other:?}"),
    }
    println!("{} events", my_events::CATALOG.len());
}
"##;
    let fixture = FixtureCrate::new("sharded", &lifecycle_catalog(), main_rs);
    let core = workspace_root().join("events-core");
    let member = |name: &str, dependencies: &str, lib_rs: &str| {
        let dir = fixture.dir.join(name);
        fs::create_dir_all(dir.join("src")).unwrap();
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nevents-core = {{ path = {core:?}, default-features = false }}\n{dependencies}"
        );
        fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        fs::write(dir.join("src/lib.rs"), lib_rs).unwrap();
    };
    let mut shard_dependencies = String::new();
    for index in 0..3 {
        member(
            &format!("my_events_{index}"),
            "",
            &format!("events_core::include_catalog!(\"../catalog\", shard = \"{index}/3\");\n"),
        );
        shard_dependencies.push_str(&format!(
            "my_events_{index} = {{ path = \"../my_events_{index}\" }}\n"
        ));
    }
    member(
        "my_events",
        &shard_dependencies,
        "events_core::include_catalog!(\"../catalog\", shards = \"my_events_{}/3\");\n",
    );
    let manifest_path = fixture.dir.join("Cargo.toml");
    let manifest = fs::read_to_string(&manifest_path).unwrap().replace(
        "[workspace]\n",
        "my_events = { path = \"my_events\" }\n\n[workspace]\nmembers = [\"my_events\", \"my_events_0\", \"my_events_1\", \"my_events_2\"]\n",
    );
    fs::write(&manifest_path, manifest).unwrap();

    let output = fixture.cargo(&["run", "--quiet"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "mood calm\n6 events\n");

    let shard = events_core::__private::name_hash("agent-mood-v1") % 3;
    let schema = fixture.catalog().join("schemas/agent-mood-v1/1.0.0.json");
    let original = fs::read_to_string(&schema).unwrap();
    fs::write(
        &schema,
        original.replacen(
            "\"properties\": {",
            "\"properties\": {\n    \"energy\": { \"type\": \"integer\" },",
            1,
        ),
    )
    .unwrap();
    let output = fixture.cargo(&["build"]);
    let log = text(&output.stderr);
    assert!(output.status.success(), "{log}");
    let compiled: Vec<&str> = log
        .lines()
        .filter_map(|line| line.trim().strip_prefix("Compiling "))
        .filter_map(|line| line.split(' ').next())
        .collect();
    let expected = [
        format!("my_events_{shard}"),
        "my_events".into(),
        "sharded".into(),
    ];
    assert_eq!(compiled, expected, "{log}");

    fs::write(&schema, original.replacen("\"string\"", "\"strang\"", 1)).unwrap();
    let output = fixture.cargo(&["build", "--message-format=short"]);
    let log = text(&output.stderr);
    assert!(!output.status.success(), "{log}");
    let errors: Vec<&str> = log.lines().filter(|line| line.contains("strang")).collect();
    assert_eq!(errors.len(), 1, "{log}");
    assert!(
        errors[0].starts_with("my_events/src/lib.rs")
            && errors[0].contains("agent-mood-v1/1.0.0.json"),
        "{log}"
    );
}
