//! `events diff` against cargo-semver-checks, change by change, and a crate written against the
//! old catalog in the documented style (README, "What a catalog update can break") rebuilt
//! against every change `events diff` calls compatible.
//!
//! For each catalog change the tests write the old and the new crate (`include_catalog!` of the
//! lifecycle test catalog, before and after the change) and run `events diff --format json` on
//! the two catalogs. One test rebuilds the user crate against every change `events diff` does
//! not call breaking; the other runs `cargo semver-checks check-release` on the two crates and
//! compares the verdicts: breaking (major) or not. Where the two disagree on purpose, the case
//! says why.
//!
//! cargo-semver-checks is not a tool cargo brings, so its test is `#[ignore]`d: `.ci/run`
//! installs the tool and runs it with
//! `cargo test -p events-cli --test semver -- --ignored` (README, "Contributing").

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

/// cargo-semver-checks' version: its rustdoc JSON support must match the pinned toolchain.
const SEMVER_CHECKS_VERSION: &str = "0.51.0";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The verdict of a tool on one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Major,
    Minor,
    /// No API change that needs more than a patch release.
    Patch,
}

/// One catalog change, applied to a copy of the lifecycle catalog.
struct Case {
    name: &'static str,
    change: fn(&Path),
    /// `events diff`'s verdict.
    diff: Verdict,
    /// cargo-semver-checks' verdict, and why it differs on the major/other line, when it does.
    semver_checks: Verdict,
    disagreement: Option<&'static str>,
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no `{from}`", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn edit_index(catalog: &Path, change: impl FnOnce(&mut Vec<Value>)) {
    let path = catalog.join("index.json");
    let mut index: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    change(index["events"].as_array_mut().unwrap());
    fs::write(&path, serde_json::to_string_pretty(&index).unwrap()).unwrap();
}

fn row<'a>(rows: &'a mut [Value], name: &str) -> &'a mut Value {
    rows.iter_mut().find(|row| row["name"] == name).unwrap()
}

const MOOD: &str = "schemas/agent-mood-v1/1.0.0.json";
const NOTE: &str = "schemas/agent-note-v1/1.0.0.json";
const PRESENCE: &str = "schemas/agent-presence-v1/1.1.0.json";

fn cases() -> Vec<Case> {
    use Verdict::{Major, Minor, Patch};
    let agree = |name, change, diff, semver_checks| Case {
        name,
        change,
        diff,
        semver_checks,
        disagreement: None,
    };
    vec![
        agree(
            "event added",
            |c| {
                edit_index(c, |rows| {
                    rows.push(
                        json!({"name": "agent-break-v1", "description": "The agent is on a break.",
                    "schema_versions": ["1.0.0"], "status": "active", "active_date": "2025-09-01"}),
                    );
                });
                fs::create_dir_all(c.join("schemas/agent-break-v1")).unwrap();
                fs::write(c.join("schemas/agent-break-v1/1.0.0.json"),
                r#"{"type": "object", "properties": {"minutes": {"type": "integer"}}, "required": ["minutes"]}"#).unwrap();
            },
            Minor,
            Patch,
        ),
        agree(
            "event removed",
            |c| {
                edit_index(c, |rows| rows.retain(|row| row["name"] != "agent-mood-v1"));
                fs::remove_dir_all(c.join("schemas/agent-mood-v1")).unwrap();
            },
            Major,
            Major,
        ),
        agree(
            "schema version added",
            |c| {
                edit_index(c, |rows| {
                    row(rows, "agent-mood-v1")["schema_versions"] = json!(["1.0.0", "1.1.0"])
                });
                let text = fs::read_to_string(c.join(MOOD))
                    .unwrap()
                    .replace("\"1.0.0\"", "\"1.1.0\"");
                fs::write(c.join("schemas/agent-mood-v1/1.1.0.json"), text).unwrap();
            },
            Minor,
            Patch,
        ),
        agree(
            "schema version removed",
            |c| {
                edit_index(c, |rows| {
                    row(rows, "agent-presence-v1")["schema_versions"] = json!(["1.1.0"])
                });
                fs::remove_file(c.join("schemas/agent-presence-v1/1.0.0.json")).unwrap();
            },
            Major,
            Major,
        ),
        agree(
            "optional field added (received event)",
            |c| {
                edit(
                    &c.join(MOOD),
                    "\"properties\": {",
                    "\"properties\": {\n    \"energy\": { \"type\": \"integer\" },",
                );
            },
            Minor,
            Patch,
        ),
        agree(
            "optional field added (sent event)",
            |c| {
                edit(
                    &c.join(NOTE),
                    "\"properties\": {",
                    "\"properties\": {\n    \"priority\": { \"type\": \"integer\" },",
                );
            },
            Minor,
            Patch,
        ),
        Case {
            name: "required field added (received event)",
            change: |c| {
                edit(
                    &c.join(MOOD),
                    "\"properties\": {",
                    "\"properties\": {\n    \"energy\": { \"type\": \"integer\" },",
                );
                edit(
                    &c.join(MOOD),
                    "\"required\": [",
                    "\"required\": [\"energy\", ",
                );
            },
            diff: Major,
            semver_checks: Patch,
            disagreement: Some(
                "the Rust API only gains a field of a non-exhaustive struct, but messages without \
                 the field, which decoded before, now fail: data that worked breaks",
            ),
        },
        agree(
            "required field added (sent event)",
            |c| {
                edit(
                    &c.join(NOTE),
                    "\"properties\": {",
                    "\"properties\": {\n    \"priority\": { \"type\": \"integer\" },",
                );
                edit(
                    &c.join(NOTE),
                    "\"required\": [",
                    "\"required\": [\"priority\", ",
                );
            },
            Major,
            Major,
        ),
        agree(
            "field removed",
            |c| {
                edit(
                    &c.join(MOOD),
                    "\"mood\": { \"type\": \"string\", \"description\": \"The agent's mood.\" },",
                    "",
                );
                edit(
                    &c.join(MOOD),
                    "\"required\": [\"mood\", ",
                    "\"required\": [",
                );
            },
            Major,
            Major,
        ),
        Case {
            name: "field type changed",
            change: |c| {
                edit(
                    &c.join(MOOD),
                    "\"mood\": { \"type\": \"string\"",
                    "\"mood\": { \"type\": \"integer\"",
                )
            },
            diff: Major,
            semver_checks: Patch,
            disagreement: Some(
                "cargo-semver-checks has no lint for a change of a public field's type \
                 (`String` → `i64` here); code reading the field stops compiling",
            ),
        },
        agree(
            "optional → required (sent event)",
            |c| {
                edit(
                    &c.join(NOTE),
                    "\"required\": [",
                    "\"required\": [\"tags\", ",
                );
            },
            Major,
            Major,
        ),
        agree(
            "enum value added",
            |c| {
                edit(
                    &c.join(PRESENCE),
                    "\"away\", \"offline\"",
                    "\"away\", \"offline\", \"lunch\"",
                );
            },
            Minor,
            Patch,
        ),
        agree(
            "enum value removed",
            |c| {
                edit(&c.join(PRESENCE), "\"away\", \"offline\"", "\"away\"");
            },
            Major,
            Major,
        ),
        agree(
            "event deprecated",
            |c| {
                edit_index(c, |rows| {
                    let mood = row(rows, "agent-mood-v1");
                    mood["status"] = json!("deprecated");
                    mood["deprecation_date"] = json!("2025-06-01");
                });
            },
            Minor,
            Minor,
        ),
        agree(
            "active date changed",
            |c| {
                edit_index(c, |rows| {
                    row(rows, "agent-mood-v1")["active_date"] = json!("2025-04-01")
                });
            },
            Patch,
            Patch,
        ),
        agree(
            "sunset date changed",
            |c| {
                edit_index(c, |rows| {
                    row(rows, "agent-mood-v1")["sunset_date"] = json!("2026-09-01")
                });
            },
            Patch,
            Patch,
        ),
        agree(
            "description changed",
            |c| {
                edit_index(c, |rows| {
                    row(rows, "agent-mood-v1")["description"] =
                        json!("The agent's mood, as they set it.")
                });
            },
            Patch,
            Patch,
        ),
        agree(
            "direction received → sent",
            |c| {
                edit_index(c, |rows| {
                    row(rows, "agent-mood-v1")["direction"] = json!("sent")
                });
            },
            Minor,
            Patch,
        ),
        Case {
            name: "validation rule tightened",
            change: |c| {
                edit(
                    &c.join(MOOD),
                    "\"mood\": { \"type\": \"string\"",
                    "\"mood\": { \"type\": \"string\", \"minLength\": 3",
                )
            },
            diff: Major,
            semver_checks: Patch,
            disagreement: Some(
                "no Rust item changes, but a mood of one or two characters, which decoded \
                 before, is now refused: data that worked breaks",
            ),
        },
    ]
}

/// Code written against the old catalog in the documented style: `_ =>` arms on `Event`,
/// `EventName` and string enums, `latest()` on the `Versioned` payload, the latest version's
/// types through the event module, sent payloads built with `new` and field assignment.
const USER_LIB_RS: &str = r#"
use semver_fixture::{agent_note_v1, agent_presence_v1, Envelope, Event, EventName};

pub fn describe(data: &[u8]) -> String {
    match Envelope::from_json(data) {
        Ok(envelope) => match envelope.message {
            Event::AgentPresenceV1(presence) => match presence.latest() {
                Some(payload) => match &payload.presence {
                    agent_presence_v1::Presence::Available => "available".to_owned(),
                    other => other.as_str().to_owned(),
                },
                None => format!("presence at {}", presence.schema_version()),
            },
            Event::AgentMoodV1(mood) => mood.latest().map(|m| m.mood.clone()).unwrap_or_default(),
            Event::Unknown { event_name, .. } => event_name,
            other => other.name().to_owned(),
        },
        Err(error) => error.to_string(),
    }
}

pub fn note() -> events_core::SendEvent {
    let mut note = agent_note_v1::Payload::new("int-1".to_owned(), "hello".to_owned());
    note.tags = Some(vec!["greeting".to_owned()]);
    note.to_send_event().expect("a note encodes")
}

pub fn names() -> Vec<&'static str> {
    EventName::ALL
        .iter()
        .map(|name| match name {
            EventName::AgentMoodV1 => "mood",
            other => other.as_str(),
        })
        .collect()
}
"#;

fn write_crate(dir: &Path, name: &str, dependencies: &str, lib_rs: &str) {
    fs::create_dir_all(dir.join("src")).unwrap();
    // Without the bundled 8x8 catalog, which these crates do not use: it would be most of
    // their build.
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nevents-core = {{ path = {:?}, default-features = false }}\n{dependencies}\n[workspace]\n",
        root().join("events-core")
    );
    fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    fs::write(dir.join("src/lib.rs"), lib_rs).unwrap();
    for file in ["Cargo.lock", "rust-toolchain.toml"] {
        fs::copy(root().join(file), dir.join(file)).unwrap();
    }
}

/// The target folder of every crate these tests build, beside the one the tests run from, so
/// that their dependencies are compiled once, also across runs and clones that share a target
/// folder (`CARGO_TARGET_DIR`).
fn nested_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("nested-builds")
}

/// The old crate, the new crate (a copy of the old one that each case changes) and the user
/// crate, written under `target/tmp/semver/<test>`.
struct Crates {
    work: PathBuf,
}

impl Crates {
    fn new(test: &str) -> Crates {
        let work = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("semver")
            .join(test);
        let _ = fs::remove_dir_all(&work);
        let lib_rs = "events_core::include_catalog!();\n";
        write_crate(&work.join("old"), "semver_fixture", "", lib_rs);
        copy_dir(&lifecycle(), &work.join("old/catalog"));
        write_crate(&work.join("new"), "semver_fixture", "", lib_rs);
        write_crate(
            &work.join("user"),
            "semver_user",
            "semver_fixture = { path = \"../new\" }\n",
            USER_LIB_RS,
        );
        Crates { work }
    }

    fn old(&self) -> PathBuf {
        self.work.join("old")
    }

    fn new_crate(&self) -> PathBuf {
        self.work.join("new")
    }

    /// The new crate's catalog, the unchanged lifecycle catalog with `case`'s change applied.
    fn apply(&self, case: &Case) -> PathBuf {
        let catalog = self.work.join("new/catalog");
        let _ = fs::remove_dir_all(&catalog);
        copy_dir(&lifecycle(), &catalog);
        (case.change)(&catalog);
        catalog
    }

    /// `cargo build` of the user crate against the new crate as it is now.
    fn build_user(&self) -> std::process::Output {
        Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--manifest-path"])
            .arg(self.work.join("user/Cargo.toml"))
            .env("CARGO_TARGET_DIR", nested_target())
            .output()
            .unwrap()
    }
}

fn lifecycle() -> PathBuf {
    root().join("tests/catalogs/lifecycle")
}

/// `cargo-semver-checks` from the `PATH`, where `.ci/run` puts it.
fn semver_checks() -> Command {
    let on_path = Command::new("cargo-semver-checks")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    assert!(
        on_path,
        "this test needs cargo-semver-checks {SEMVER_CHECKS_VERSION} on the PATH; `.ci/run` \
         installs it (README, \"Contributing\")"
    );
    Command::new("cargo-semver-checks")
}

fn semver_checks_verdict(old: &Path, new: &Path) -> Verdict {
    let output = semver_checks()
        .args(["semver-checks", "check-release", "--release-type", "patch"])
        .arg("--manifest-path")
        .arg(new.join("Cargo.toml"))
        .arg("--baseline-root")
        .arg(old)
        .env("CARGO_TARGET_DIR", nested_target())
        .output()
        .expect("cargo-semver-checks runs");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if log.contains("semver requires new major version") {
        Verdict::Major
    } else if log.contains("semver requires new minor version") {
        Verdict::Minor
    } else if log.contains("no semver update required") {
        Verdict::Patch
    } else {
        panic!("cargo-semver-checks gave no verdict:\n{log}");
    }
}

fn diff_verdict(old: &Path, new: &Path) -> Verdict {
    let output = Command::new(env!("CARGO_BIN_EXE_events"))
        .arg("diff")
        .arg(old)
        .arg(new)
        .args(["--format", "json", "--allow-breaking"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    match report["semver"].as_str() {
        Some("major") => Verdict::Major,
        Some("minor") => Verdict::Minor,
        Some("patch") => Verdict::Patch,
        other => panic!("`events diff` says {other:?}: {report:#}"),
    }
}

#[test]
fn compatible_changes_keep_user_code_building() {
    let crates = Crates::new("user-builds");
    // The user crate, against the unchanged catalog first: it must build at all.
    copy_dir(&lifecycle(), &crates.new_crate().join("catalog"));
    let output = crates.build_user();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for case in cases() {
        let catalog = crates.apply(&case);
        let diff = diff_verdict(&crates.old().join("catalog"), &catalog);
        assert_eq!(diff, case.diff, "{}: `events diff`", case.name);
        if diff != Verdict::Major {
            let output = crates.build_user();
            assert!(
                output.status.success(),
                "{}: `events diff` says {diff:?}, but the user crate breaks:\n{}",
                case.name,
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

#[test]
#[ignore = "needs cargo-semver-checks on the PATH; .ci/run installs it and runs this test"]
fn events_diff_agrees_with_cargo_semver_checks() {
    let crates = Crates::new("semver-checks");
    let mut table = String::from("| change | events diff | cargo-semver-checks |\n");
    for case in cases() {
        let catalog = crates.apply(&case);
        let diff = diff_verdict(&crates.old().join("catalog"), &catalog);
        let checks = semver_checks_verdict(&crates.old(), &crates.new_crate());
        assert_eq!(diff, case.diff, "{}: `events diff`", case.name);
        assert_eq!(
            checks, case.semver_checks,
            "{}: cargo-semver-checks",
            case.name
        );
        let agree = (diff == Verdict::Major) == (checks == Verdict::Major);
        assert_eq!(
            agree,
            case.disagreement.is_none(),
            "{}: events diff says {diff:?}, cargo-semver-checks {checks:?}",
            case.name
        );
        table.push_str(&format!("| {} | {diff:?} | {checks:?} |\n", case.name));
    }
    println!("{table}");
}
