//! The `events` command, run as a user would, with its outputs compared to reviewed insta
//! snapshots in `tests/snapshots/` (`cargo insta test -p events-cli --review`).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `events` in the repository root, so that paths in outputs are short and stable.
fn events(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_events"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("events runs")
}

fn events_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_events"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("events runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Compares `actual` with the reviewed snapshot `tests/snapshots/{name}.snap` (insta; see the
/// README's contributing notes for the review workflow).
fn assert_snapshot(name: &str, actual: &str) {
    insta::with_settings!({
        snapshot_path => "snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, actual);
    });
}

/// A fresh folder under cargo's temporary directory for this test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
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

#[test]
fn check_passes_the_bundled_catalog() {
    let output = events(&["check", "catalog"]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), "catalog: 59 events, no defects\n");
    // The vendor's focus-v2 row, taken as published: its dates are out of order.
    let report = String::from_utf8_lossy(&output.stderr);
    let waived: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with("waived: "))
        .collect();
    assert_eq!(waived.len(), 1, "{report}");
}

#[test]
fn check_renders_every_defect_with_its_source_line() {
    let catalog = "tests/ui/catalog-errors/several-defects-reported-together";
    let output = events(&["check", catalog]);
    assert_eq!(output.status.code(), Some(1));
    // Diagnostics on stderr, the verdict on stdout.
    assert_snapshot(
        "check-several-defects.txt",
        &String::from_utf8_lossy(&output.stderr),
    );
    assert_eq!(stdout(&output), format!("{catalog}: 3 defects\n"));
    let output = events(&["check", catalog, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(diagnostics.as_array().unwrap().len(), 3);
    for diagnostic in diagnostics.as_array().unwrap() {
        let rule = diagnostic["rule"].as_str().unwrap_or_default();
        assert!(
            events_codegen::Rule::from_id(rule).is_some(),
            "not a rule: {diagnostic}"
        );
    }
    assert_snapshot("check-several-defects.json", &stdout(&output));
}

/// The seed table (`tests/data/vendor-events-table.md`, 31 events) is an older revision of 8x8's
/// catalog than the bundled one: these (row, column) changed since, as `events import-table`
/// reported when the bundled catalog was brought up to date.
const CHANGED_SINCE_THE_SEED: &[(&str, &str)] = &[
    ("aw-interaction-focus-v1", "status"),
    ("aw-interaction-focus-v1", "deprecation_date"),
    ("aw-interaction-focus-v1", "sunset_date"),
    ("aw-interaction-wrap-up-codes-v1", "schema_versions"),
];

#[test]
fn table_prints_the_vendor_table() {
    let output = events(&["table", "catalog"]);
    assert!(output.status.success());
    let table = stdout(&output);
    let seed = fs::read_to_string(root().join("tests/data/vendor-events-table.md")).unwrap();
    let seed_rows: Vec<&str> = seed.lines().filter(|line| line.starts_with("| ")).collect();
    assert_eq!(seed_rows.len(), 33, "header, separator and 31 events");
    for row in &seed_rows {
        // Rows 8x8 has changed since the seed table: focus-v1 is deprecated now, and
        // wrap-up-codes has a second schema version.
        let changed = CHANGED_SINCE_THE_SEED
            .iter()
            .any(|(name, _)| row.contains(&format!("| {name} |")));
        if !changed {
            assert!(table.lines().any(|line| line == *row), "missing row {row}");
        }
    }
    assert_snapshot("table.md", &table);
    let json = events(&["table", "catalog", "--format", "json"]);
    assert!(json.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 59);
    let focus = rows
        .iter()
        .find(|r| r["name"] == "aw-interaction-focus-v1")
        .unwrap();
    assert_eq!(
        (
            &focus["status"],
            &focus["deprecation_date"],
            &focus["replaced_by"]
        ),
        (
            &serde_json::json!("deprecated"),
            &serde_json::json!("2025-09-08"),
            &serde_json::json!("aw-interaction-focus-v2")
        )
    );
    assert_eq!(rows.iter().filter(|r| r["direction"] == "sent").count(), 2);
}

#[test]
fn importing_the_seed_into_an_empty_catalog_gives_the_bundled_rows() {
    let catalog = scratch("import-seed").join("catalog");
    let seed = root().join("tests/data/vendor-events-table.md");
    let output = events(&[
        "import-table",
        seed.to_str().unwrap(),
        "--catalog",
        catalog.to_str().unwrap(),
    ]);
    // The index is written, and the check that follows names what is still missing.
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    assert_eq!(report.matches("added     ").count(), 31);
    let defects = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        defects.matches("no schema file for").count(),
        31,
        "no schema file is invented: {defects}"
    );
    assert_eq!(
        defects.matches("the description is empty").count(),
        31,
        "{defects}"
    );
    let imported: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(catalog.join("index.json")).unwrap()).unwrap();
    let bundled: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(root().join("catalog/index.json")).unwrap())
            .unwrap();
    let fields = [
        "name",
        "schema_versions",
        "status",
        "active_date",
        "deprecation_date",
        "sunset_date",
    ];
    let imported = imported["events"].as_array().unwrap();
    assert_eq!(imported.len(), 31);
    for new in imported {
        let old = bundled["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|row| row["name"] == new["name"])
            .unwrap_or_else(|| panic!("{} is bundled", new["name"]));
        for field in fields {
            let changed = CHANGED_SINCE_THE_SEED
                .iter()
                .any(|(name, column)| new["name"] == *name && *column == field);
            if !changed {
                assert_eq!(new.get(field), old.get(field), "{field} of {}", old["name"]);
            }
        }
    }
}

#[test]
fn importing_a_newer_table_updates_status_and_dates_and_keeps_the_rest() {
    let dir = scratch("import-update");
    let catalog = dir.join("catalog");
    copy_dir(&root().join("catalog"), &catalog);
    let seed = fs::read_to_string(root().join("tests/data/vendor-events-table.md")).unwrap();
    let newer = seed
        .replace(
            "| aw-interaction-hold-v1 | 1.0.0 | active | 26 March 2025 | - | - |",
            "| aw-interaction-hold-v1 | 1.0.0 | deprecated | 26 March 2025 | 1 December 2026 | 1 June 2027 |",
        )
        .replace("| global-user-details-v1 | 1.0.0 |", "| global-user-details-v1 | 1.0.0, 1.1.0 |");
    let table = dir.join("events.md");
    fs::write(&table, newer).unwrap();
    // A waiver and a replacement written by hand survive the re-import.
    let index_path = catalog.join("index.json");
    let mut index: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&index_path).unwrap()).unwrap();
    for row in index["events"].as_array_mut().unwrap() {
        if row["name"] == "aw-interaction-hold-v1" {
            row["waive"] = serde_json::json!({"date-order": "as the vendor publishes it"});
            row["replaced_by"] = serde_json::json!("aw-interaction-resume-v1");
        }
    }
    fs::write(&index_path, serde_json::to_string_pretty(&index).unwrap()).unwrap();
    let output = events(&[
        "import-table",
        table.to_str().unwrap(),
        "--catalog",
        catalog.to_str().unwrap(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "1.1.0 has no schema file yet"
    );
    let report = stdout(&output);
    for line in [
        "updated   aw-interaction-hold-v1: status active → deprecated",
        "updated   aw-interaction-hold-v1: deprecation_date none → 2026-12-01",
        "updated   aw-interaction-hold-v1: sunset_date none → 2027-06-01",
        "updated   global-user-details-v1: schema version 1.1.0 added",
        "kept      aw-chat-message-received-v1 (not in the pages)",
    ] {
        assert!(report.contains(line), "{line}: {report}");
    }
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("global-user-details-v1/1.1.0.json"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let index: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(catalog.join("index.json")).unwrap()).unwrap();
    let hold = index["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["name"] == "aw-interaction-hold-v1")
        .unwrap();
    assert_eq!(hold["status"], "deprecated");
    assert_eq!(hold["deprecation_date"], "2026-12-01");
    assert_eq!(hold["sunset_date"], "2027-06-01");
    assert_eq!(hold["description"], "The agent put an interaction on hold.");
    assert_eq!(hold["waive"]["date-order"], "as the vendor publishes it");
    assert_eq!(hold["replaced_by"], "aw-interaction-resume-v1");
}

/// A page shaped like the vendor's current one (written here): link-wrapped names, several
/// product sections, a `Send` section, one-line descriptions on the linked event pages.
#[test]
fn importing_vendor_pages_reads_links_sections_and_descriptions() {
    let dir = scratch("import-pages");
    let docs = dir.join("docs");
    fs::create_dir_all(docs.join("events")).unwrap();
    let table = "| event name | schema versions | status | active date | deprecation date | sunset date |\n|---|---|---|---|---|---|\n";
    fs::write(
        docs.join("partner-events.md"),
        format!(
            "# Events\n\n## Desk\n\n### Received\n\n{table}| [desk-open-v1](/partner/docs/events/desk-open-v1) | 1.0.0 | active | 2 March 2026 | - | - |\n\n### Send\n\n{table}| [desk-note-v1](/partner/docs/events/desk-note-v1) | 1.0.0 | active | 3 March 2026 | - | - |\n\n## Phone\n\n{table}| [phone-ring-v1](/partner/docs/events/phone-ring-v1) | 1.0.0 | deprecated | 1 March 2026 | 1 February 2026 | 1 June 2026 |\n"
        ),
    )
    .unwrap();
    fs::write(
        docs.join("events/desk-open-v1.md"),
        "# desk-open-v1\n\nThe agent opened the desk.\n\n## Payloads\n",
    )
    .unwrap();
    fs::write(
        docs.join("events/desk-note-v1.md"),
        "# desk-note-v1\n\nThe app attaches a note.\n",
    )
    .unwrap();
    let catalog = dir.join("catalog");
    let output = events(&[
        "import-table",
        docs.join("partner-events.md").to_str().unwrap(),
        "--catalog",
        catalog.to_str().unwrap(),
    ]);
    let report = stdout(&output);
    assert!(
        report.contains("added     desk-open-v1 (received; description from its page)"),
        "{report}"
    );
    assert!(
        report.contains("added     desk-note-v1 (sent; description from its page)"),
        "{report}"
    );
    assert!(
        report.contains("added     phone-ring-v1 (received; write its description)"),
        "{report}"
    );
    let defects = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        defects.contains("deprecation date 2026-02-01 is before the active date 2026-03-01"),
        "{defects}"
    );
    let index: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(catalog.join("index.json")).unwrap()).unwrap();
    let rows = index["events"].as_array().unwrap();
    assert_eq!(rows[0]["name"], "desk-open-v1");
    assert_eq!(rows[0]["description"], "The agent opened the desk.");
    assert_eq!(rows[1]["direction"], "sent");
    assert_eq!(rows[2]["status"], "deprecated");
    assert!(rows[0].get("direction").is_none());
}

#[test]
fn diagnostics_are_coloured_only_when_asked_or_on_a_terminal() {
    let catalog = "tests/ui/catalog-errors/several-defects-reported-together";
    let stderr = |args: &[&str]| String::from_utf8_lossy(&events(args).stderr).into_owned();
    let coloured = stderr(&["check", catalog, "--color", "always"]);
    assert!(coloured.contains("\u{1b}["), "{coloured}");
    let plain = stderr(&["--color", "never", "check", catalog]);
    assert!(!plain.contains('\u{1b}'), "{plain}");
    // Tests run without a terminal: `auto` is plain.
    assert_eq!(stderr(&["check", catalog]), plain);
    // The same text once the escapes are taken out.
    let mut stripped = String::new();
    let mut rest = coloured.as_str();
    while let Some(start) = rest.find('\u{1b}') {
        stripped.push_str(&rest[..start]);
        rest = rest[start..].split_once('m').map_or("", |(_, after)| after);
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain);
}

#[test]
fn check_shows_waived_defects_without_failing() {
    let output = events(&[
        "check",
        "tests/catalogs/accepted/vendor-row-with-waived-date-order",
    ]);
    assert!(output.status.success());
    let report = String::from_utf8_lossy(&output.stderr);
    let waived = report
        .lines()
        .filter(|line| line.starts_with("waived: "))
        .count();
    assert_eq!(waived, 2, "{report}");
    assert!(
        report.contains("(rule `date-order` waived: the vendor's row as published"),
        "{report}"
    );
    let json = events(&[
        "check",
        "tests/catalogs/accepted/vendor-row-with-waived-date-order",
        "--format",
        "json",
    ]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|row| row["waived"] == true)
    );
}

#[test]
fn expand_prints_the_generated_rust() {
    let output = events(&["expand", "tests/catalogs/lifecycle"]);
    assert!(output.status.success());
    // The reviewed expansion snapshot of the same catalog, after its insta header.
    let expected =
        fs::read_to_string(root().join("tests/snapshots/lifecycle_catalog.snap")).unwrap();
    let body = expected.split_once("\n---\n").unwrap().1;
    assert_eq!(stdout(&output).trim_end(), body.trim_end());
}

#[test]
fn diff_classifies_changes_and_says_the_semver_bump() {
    let dir = scratch("diff");
    let new = dir.join("lifecycle");
    copy_dir(&root().join("tests/catalogs/lifecycle"), &new);
    let index = fs::read_to_string(new.join("index.json")).unwrap()
        .replace("\"sunset_date\": \"2026-06-01\",\n      \"replaced_by\": \"agent-presence-v1\"\n    },\n    {\n      \"name\": \"legacy-ping-v1\"", "\"sunset_date\": \"2026-03-01\",\n      \"replaced_by\": \"agent-presence-v1\"\n    },\n    {\n      \"name\": \"legacy-ping-v1\"")
        .replace("\"deprecation_date\": \"2026-01-01\",\n      \"sunset_date\": \"2026-06-01\"", "\"deprecation_date\": \"2026-01-01\",\n      \"sunset_date\": \"2026-09-01\"")
        .replacen("\"active_date\": \"2025-06-01\"", "\"active_date\": \"2025-09-08\"", 1);
    fs::write(new.join("index.json"), index).unwrap();
    let presence = new.join("schemas/agent-presence-v1/1.1.0.json");
    let schema = fs::read_to_string(&presence)
        .unwrap()
        .replace("\"away\", \"offline\"", "\"offline\", \"on-break\"")
        .replace(
            "\"required\": [\"presence\", \"schemaVersion\"]",
            "\"required\": [\"presence\", \"note\", \"schemaVersion\"]",
        );
    fs::write(&presence, schema).unwrap();
    let note = new.join("schemas/agent-note-v1/1.0.0.json");
    let schema = fs::read_to_string(&note).unwrap()
        .replace("\"tags\": { \"type\": \"array\", \"items\": { \"type\": \"string\" }, \"description\": \"Labels for the note.\" },", "\"priority\": { \"type\": \"integer\" },");
    fs::write(&note, schema).unwrap();

    let output = events(&["diff", "tests/catalogs/lifecycle", new.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "breaking changes fail");
    assert_snapshot("diff-lifecycle.txt", &stdout(&output));
    assert!(
        events(&[
            "diff",
            "tests/catalogs/lifecycle",
            new.to_str().unwrap(),
            "--allow-breaking"
        ])
        .status
        .success()
    );
    let same = events(&[
        "diff",
        "tests/catalogs/lifecycle",
        "tests/catalogs/lifecycle",
    ]);
    assert!(same.status.success());
    assert_eq!(
        stdout(&same),
        "semver: none (0 breaking, 0 compatible, 0 patch)\n"
    );

    // The same comparison as JSON, with values as the catalog writes them.
    let json = events(&[
        "diff",
        "tests/catalogs/lifecycle",
        new.to_str().unwrap(),
        "--format",
        "json",
        "--allow-breaking",
    ]);
    assert!(json.status.success());
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["semver"], "major");
    assert_eq!(report["breaking"], 3);
    let dates: Vec<&serde_json::Value> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|change| change["change"] == "active date")
        .collect();
    assert_eq!(dates.len(), 1, "{report:#}");
    assert_eq!(dates[0]["bump"], "patch");
    assert_eq!(
        (dates[0]["old"].as_str(), dates[0]["new"].as_str()),
        (Some("2025-06-01"), Some("2025-09-08"))
    );

    // Under `sunset = reject`, a newly sunset event is gone from the generated code.
    let sunset = dir.join("sunset");
    copy_dir(&root().join("tests/catalogs/lifecycle"), &sunset);
    let index = fs::read_to_string(sunset.join("index.json")).unwrap();
    fs::write(
        sunset.join("index.json"),
        index.replacen("\"status\": \"deprecated\"", "\"status\": \"sunset\"", 1),
    )
    .unwrap();
    let kept = events(&["diff", "tests/catalogs/lifecycle", sunset.to_str().unwrap()]);
    assert!(kept.status.success(), "{}", stdout(&kept));
    assert!(
        stdout(&kept).contains("status deprecated → sunset"),
        "{}",
        stdout(&kept)
    );
    let rejected = events(&[
        "diff",
        "tests/catalogs/lifecycle",
        sunset.to_str().unwrap(),
        "--option",
        "sunset=reject",
    ]);
    assert_eq!(rejected.status.code(), Some(1));
    assert!(
        stdout(&rejected).contains("breaking   agent-status-v1: event removed"),
        "{}",
        stdout(&rejected)
    );
}

#[test]
fn decode_gives_every_line_a_verdict() {
    let samples = fs::read_to_string(root().join("tests/samples/bundled.jsonl")).unwrap();
    let mut input: Vec<u8> = Vec::new();
    let mut line = |bytes: &[u8]| {
        input.extend_from_slice(bytes);
        input.push(b'\n');
    };
    line(samples.lines().next().unwrap().as_bytes());
    line(br#"{"type":"event","schemaVersion":"1.0.0","message":{"eventName":"aw-brand-new-v1","value":{"x":1}}}"#);
    line(br#"{"type":"event","schemaVersion":"1.0.0","message":{"eventName":"mashell-voice-phone-offered-cc-event-v1","value":{"direction":"sideways","eventId":"e","eventName":"offered","media":"phone","method":"mapEvent","schemaVersion":"1.0.0","searchContext":"s"}}}"#);
    line(br#"{"type":"event","schemaVersion":"1.0.0","message":{"eventName":"aw-interaction-mute-v1","value":{"schemaVersion":"1.0.0"}}}"#);
    line(br#"{"type":"event","schemaVersion":"1.0.0","message":{"eventName":"aw-interaction-mute-v1","value":{"interactionId":"i","schemaVersion":"9.0.0"}}}"#);
    line(br#"{"type":"response","message":{}}"#);
    line(b"this is not json");
    line(b"{\"type\":\"event\",\"bytes\":\"\xff\xfe\"}");
    line(b"");
    line("[".repeat(100_000).as_bytes());
    let huge = format!(
        r#"{{"type":"event","schemaVersion":"1.0.0","message":{{"eventName":"aw-interaction-hold-v1","value":{{"interactionId":"{}","schemaVersion":"1.0.0"}}}}}}"#,
        "x".repeat(5_000_000)
    );
    line(huge.as_bytes());
    let output = events_with_input(&["decode", "-"], &input);
    // Invalid payloads and bad envelopes fail the run, after every line has its verdict.
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 10, "one verdict per non-empty line");
    assert_snapshot("decode.jsonl", &text);
    let summary = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        summary,
        "events decode: 10 lines: 4 bad-envelope, 3 invalid, 1 unknown-event, 2 valid\n"
    );

    // Valid and unknown events only: success.
    let mut good: Vec<u8> = samples
        .lines()
        .take(3)
        .flat_map(|l| [l.as_bytes(), b"\n"].concat())
        .collect();
    good.extend_from_slice(br#"{"type":"event","schemaVersion":"1.0.0","message":{"eventName":"aw-brand-new-v1","value":{}}}"#);
    let output = events_with_input(&["decode", "-"], &good);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// `--catalog`: a catalog read at run time judges lines as the generated code does: on the
/// bundled catalog's folder, the same verdicts as the bundled decoder on both sample files; on
/// a CloudEvents catalog, each verdict; `--envelope` reads the same lines in another shape.
#[test]
fn decode_against_a_catalog_folder() {
    for samples in [
        "tests/samples/bundled.jsonl",
        "tests/samples/vendor-8x8.jsonl",
    ] {
        let input = fs::read(root().join(samples)).unwrap();
        let bundled = events_with_input(&["decode", "-"], &input);
        let loaded = events_with_input(&["decode", "--catalog", "catalog", "-"], &input);
        assert_eq!(stdout(&loaded), stdout(&bundled), "{samples}");
        assert_eq!(loaded.status.code(), bundled.status.code(), "{samples}");
    }
    let cloud = concat!(
        r#"{"specversion":"1.0","id":"1","source":"/s","type":"com.example.order.shipped","data":{"orderId":"o","carrier":"ups"}}"#,
        "\n",
        r#"{"specversion":"1.0","id":"1","source":"/s","type":"com.example.order.shipped","data":{"orderId":"o","carrier":"fedex"}}"#,
        "\n",
        r#"{"specversion":"1.0","id":"1","source":"/s","time":"noon","type":"com.example.order.shipped","data":{}}"#,
        "\n",
        r#"{"specversion":"1.0","id":"1","source":"/s","type":"com.example.refund","data":{}}"#,
        "\n",
    );
    let folder = "tests/catalogs/accepted/envelope-cloudevents";
    let output = events_with_input(&["decode", "--catalog", folder, "-"], cloud.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    assert_snapshot("decode-cloudevents.jsonl", &stdout(&output));
    let pointers =
        r#"{"type":"com.example.order.shipped","data":{"object":{"orderId":"o","carrier":"dhl"}}}"#;
    let output = events_with_input(
        &[
            "decode",
            "--catalog",
            folder,
            "--envelope",
            "name=/type,payload=/data/object",
            "-",
        ],
        pointers.as_bytes(),
    );
    assert!(
        stdout(&output).contains(r#""verdict":"valid""#),
        "{}",
        stdout(&output)
    );
    let refused = events(&[
        "decode",
        "--catalog",
        "tests/catalog-rules/invalid-envelope/catalog",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("/envelope/name"));
    let bad_envelope = events(&["decode", "--catalog", folder, "--envelope", "name=type"]);
    assert_eq!(bad_envelope.status.code(), Some(2));
}

/// How messages travel is part of the API: another envelope, selector or version field, or an
/// event delivered under another name, is a breaking change.
#[test]
fn diff_classifies_changes_of_the_wire_shape() {
    let dir = scratch("diff-wire");
    let before = dir.join("before");
    let after = dir.join("after");
    copy_dir(
        &root().join("tests/catalogs/accepted/selected-by-action"),
        &before,
    );
    copy_dir(
        &root().join("tests/catalogs/accepted/selected-by-action"),
        &after,
    );
    let index = fs::read_to_string(after.join("index.json")).unwrap();
    let index = index
        .replacen("\"/event\"", "\"/type\"", 1)
        .replacen("\"/action\"", "\"/kind\"", 1)
        .replacen(
            "\"delivered_as\": \"issues\"",
            "\"delivered_as\": \"issue\"",
            1,
        );
    fs::write(after.join("index.json"), index).unwrap();
    let output = events(&[
        "diff",
        before.to_str().unwrap(),
        after.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let changes: Vec<(String, String)> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| {
            let text = |key: &str| change[key].as_str().unwrap_or_default().to_owned();
            (
                text("bump"),
                format!("{}: {} -> {}", text("change"), text("old"), text("new")),
            )
        })
        .collect();
    let expected = [
        "envelope changed: `Envelope` is another type and reads messages of another shape: name=/event,payload=/payload -> name=/type,payload=/payload",
        "selector changed: events delivered under one name are picked by another field: /action -> /kind",
        "delivered as: issues -> issue",
    ];
    for line in expected {
        assert!(
            changes
                .iter()
                .any(|(bump, change)| bump == "major" && change == line),
            "{line}\n{changes:#?}"
        );
    }
}

/// `events expand | head`: a closed pipe ends the command quietly, with success.
#[test]
fn a_closed_pipe_ends_output_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_events"))
        .args(["expand", "catalog"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{:?} {stderr}", output.status);
}

/// A catalog folder with one row, `agent-note-v1` at `versions`, and no schema files yet.
fn note_catalog(name: &str, versions: &[&str]) -> PathBuf {
    let catalog = scratch(name).join("catalog");
    fs::create_dir_all(&catalog).unwrap();
    let index = serde_json::json!({"events": [{
        "name": "agent-note-v1",
        "description": "A note the partner app attaches to an interaction.",
        "schema_versions": versions,
        "status": "active",
        "active_date": "2025-06-01"
    }]});
    fs::write(catalog.join("index.json"), index.to_string()).unwrap();
    catalog
}

/// Every construct `import-zod` reads, from Zod source written for this test: the JSON Schema it
/// writes is the snapshot, and the engine accepts it.
#[test]
fn import_zod_converts_every_construct_the_importer_reads() {
    let catalog = note_catalog("import-zod-constructs", &["1.0.0"]);
    let output = events(&[
        "import-zod",
        "events-cli/tests/zod/constructs.ts",
        "--catalog",
        catalog.to_str().unwrap(),
        "--event",
        "agent-note-v1",
        "--schema-version",
        "1.0.0",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout(&output).contains("(from `NotePayloadSchema`)"));
    let written = fs::read_to_string(catalog.join("schemas/agent-note-v1/1.0.0.json")).unwrap();
    assert_snapshot("zod-constructs.json", &written);
    let schema: serde_json::Value = serde_json::from_str(&written).unwrap();
    let properties = &schema["properties"];
    assert_eq!(properties["tags"]["maxItems"], 5, "a const named by `.max`");
    assert_eq!(
        properties["schemaVersion"]["const"], "1.0.0",
        "a const named by `z.literal`"
    );
    assert_eq!(
        properties["audit"]["properties"].as_object().unwrap().len(),
        2
    );
    let required = schema["required"].as_array().unwrap();
    for optional in ["tags", "pinned", "visibleAudit"] {
        assert!(
            !required.contains(&serde_json::json!(optional)),
            "{optional}"
        );
    }
    let check = events(&["check", catalog.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stdout(&check));
}

/// A vendor-style event page: one block per `Payload vX.Y.Z` heading, example blocks skipped,
/// the page's description kept; a schema the page names but does not define is reported with
/// its place and the shared file it needs, and is used once provided.
#[test]
fn import_zod_reads_event_pages_and_asks_for_unpublished_schemas() {
    let catalog = note_catalog("import-zod-page", &["1.0.0", "1.1.0"]);
    let run = || {
        events(&[
            "import-zod",
            "events-cli/tests/zod/agent-note-v1.md",
            "--catalog",
            catalog.to_str().unwrap(),
        ])
    };
    let first = run();
    assert_eq!(first.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&first.stderr),
        "events-cli/tests/zod/agent-note-v1.md:27:11: `CallObjectSchema` is not defined in this source; provide it as a shared definition, `defs/call-object.json` in the catalog\n"
    );
    fs::create_dir_all(catalog.join("defs")).unwrap();
    fs::write(
        catalog.join("defs/call-object.json"),
        r#"{"type": "object", "properties": {"callId": {"type": "string"}}, "required": ["callId"]}"#,
    )
    .unwrap();
    let second = run();
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    let latest: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(catalog.join("schemas/agent-note-v1/1.1.0.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        latest["description"],
        "A note the partner app attaches to an interaction."
    );
    assert_eq!(
        latest["properties"]["call"]["$ref"],
        "../../defs/call-object.json"
    );
    let check = events(&["check", catalog.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stdout(&check));
}

/// Sample payloads of an event page as JSON Lines: object literals read as data, strict JSON,
/// and a vendor's pseudo-value (`true/false`) reported at its place.
#[test]
fn import_samples_reads_object_literals_and_reports_what_is_not_one() {
    let output = events(&["import-samples", "events-cli/tests/zod/agent-mood-v1.md"]);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0],
        serde_json::json!({"type": "event", "schemaVersion": "1.0.0", "message": {
            "eventName": "agent-mood-v1",
            "value": {"mood": "calm", "level": -2, "ratio": 0.5, "tags": ["a", "b"], "note": null, "schemaVersion": "1.0.0"}}})
    );
    assert_eq!(lines[1]["message"]["value"]["mood"], "tired");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "events-cli/tests/zod/agent-mood-v1.md:27:9: not a literal (string, number, boolean, null, array or object)\n"
    );
}

/// `--format json` on the import commands: the same report as one object, for scripts.
#[test]
fn imports_report_as_json_when_asked() {
    let dir = scratch("import-json");
    let catalog = dir.join("catalog");
    copy_dir(&root().join("catalog"), &catalog);
    let seed = fs::read_to_string(root().join("tests/data/vendor-events-table.md")).unwrap();
    let table = dir.join("events.md");
    fs::write(
        &table,
        seed.replace(
            "| global-user-details-v1 | 1.0.0 |",
            "| global-user-details-v1 | 1.0.0, 1.1.0 |",
        ),
    )
    .unwrap();
    let output = events(&[
        "import-table",
        table.to_str().unwrap(),
        "--catalog",
        catalog.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(1), "1.1.0 has no schema file");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["rows"], 59);
    let changes = report["changes"].as_array().unwrap();
    assert!(changes.contains(&serde_json::json!({
        "change": "version-added", "event": "global-user-details-v1", "schema_version": "1.1.0"
    })));
    assert!(changes.contains(&serde_json::json!({
        "change": "updated", "event": "aw-interaction-focus-v1", "field": "status",
        "old": "deprecated", "new": "active"
    })));
    assert!(changes.contains(&serde_json::json!({
        "change": "kept", "event": "aw-chat-message-received-v1"
    })));
    let defects = report["defects"].as_array().unwrap();
    assert!(
        defects
            .iter()
            .any(|d| d["file"].as_str().unwrap().ends_with("index.json")
                && d["message"].as_str().unwrap().contains("1.1.0")),
        "{defects:?}"
    );

    let notes = note_catalog("import-zod-json", &["1.0.0", "1.1.0"]);
    let output = events(&[
        "import-zod",
        "events-cli/tests/zod/agent-note-v1.md",
        "--catalog",
        notes.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["written"].as_array().unwrap().len(), 1, "{report}");
    assert_eq!(report["written"][0]["schema_version"], "1.0.0");
    assert_eq!(
        report["problems"],
        serde_json::json!([{
            "file": "events-cli/tests/zod/agent-note-v1.md", "line": 27, "column": 11,
            "message": "`CallObjectSchema` is not defined in this source; provide it as a shared definition, `defs/call-object.json` in the catalog"
        }])
    );
    assert!(output.stderr.is_empty(), "the problems are in the report");
}

/// `events check` names a schema file that is a named pipe, in both formats, and never opens it:
/// reading a pipe blocks until someone writes to it, which nobody does. The source lines come
/// from the files as the engine read them.
#[cfg(unix)]
#[test]
fn a_named_pipe_in_the_catalog_is_reported_by_check_not_read() {
    let dir = scratch("check-fifo");
    let schemas = dir.join("schemas/agent-status-v1");
    fs::create_dir_all(&schemas).unwrap();
    fs::write(
        dir.join("index.json"),
        r#"{"events": [{"name": "agent-status-v1", "description": "An event.", "schema_versions": ["1.0.0"], "status": "active", "active_date": "2025-13-01"}]}"#,
    )
    .unwrap();
    let status = Command::new("mkfifo")
        .arg(schemas.join("1.0.0.json"))
        .status()
        .unwrap();
    assert!(status.success());
    for format in ["human", "json"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_events"))
            .args(["check", "--format", format])
            .arg(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("events runs");
        // A hang is the defect under test: give up on it rather than wait forever.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while child.try_wait().unwrap().is_none() {
            if std::time::Instant::now() > deadline {
                child.kill().unwrap();
                panic!("`events check --format {format}` is still reading the named pipe");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!output.status.success(), "{format}");
        let reported = format!("{stdout}{stderr}");
        assert!(reported.contains("1.0.0.json"), "{format}: {reported}");
        assert!(reported.contains("2025-13-01"), "{format}: {reported}");
    }
}

#[test]
fn diff_of_recursive_types_ends_and_reports_each_change_once() {
    let dir = scratch("diff-recursive");
    let new = dir.join("keywords");
    copy_dir(&root().join("tests/catalogs/keywords"), &new);
    let comment = new.join("schemas/recursive-v1/1.0.0.json");
    let schema = fs::read_to_string(&comment).unwrap().replace(
        "\"text\": { \"type\": \"string\", \"minLength\": 1 },",
        "\"text\": { \"type\": \"string\", \"minLength\": 2 },",
    );
    fs::write(&comment, schema).unwrap();
    let output = events(&["diff", "tests/catalogs/keywords", new.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert_eq!(
        stdout(&output),
        "breaking   recursive-v1 1.0.0: value.thread.text: string rules changed\nsemver: major (1 breaking, 0 compatible, 0 patch)\n"
    );
}

/// Every file under `dir`, by its path inside it.
fn files_under(dir: &Path) -> std::collections::BTreeMap<PathBuf, String> {
    let mut files = std::collections::BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let inside = path.strip_prefix(dir).unwrap().to_path_buf();
                files.insert(inside, fs::read_to_string(&path).unwrap());
            }
        }
    }
    files
}

#[test]
fn import_asyncapi_writes_the_catalogs_the_tests_compile() {
    for (document, catalog) in [
        ("tests/data/asyncapi/parcels/asyncapi.yaml", "parcels"),
        ("tests/data/asyncapi/chat/asyncapi.json", "chat"),
        ("tests/data/asyncapi/orders-cloudevents.yaml", "orders"),
    ] {
        let target = scratch(&format!("asyncapi-{catalog}")).join("catalog");
        let output = events(&[
            "import-asyncapi",
            document,
            "--catalog",
            target.to_str().unwrap(),
            "--date",
            "2026-12-07",
        ]);
        assert!(
            output.status.success(),
            "{document}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let expected = files_under(&root().join("tests/catalogs/asyncapi").join(catalog));
        assert_eq!(files_under(&target), expected, "{document}");
    }
}

#[test]
fn import_asyncapi_reports_what_it_leaves_out_with_its_place() {
    let target = scratch("asyncapi-refused").join("catalog");
    let output = events(&[
        "import-asyncapi",
        "tests/data/asyncapi/refused.yaml",
        "--catalog",
        target.to_str().unwrap(),
        "--date",
        "2026-12-07",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output).lines().next(),
        Some("added     meter.reading 1.0.0")
    );
    assert_snapshot(
        "import_asyncapi_refused",
        &String::from_utf8_lossy(&output.stderr),
    );
}

#[test]
fn reimporting_asyncapi_keeps_what_the_user_wrote_and_adds_changed_versions() {
    let dir = scratch("asyncapi-reimport");
    let documents = dir.join("documents");
    copy_dir(&root().join("tests/data/asyncapi/parcels"), &documents);
    let catalog = dir.join("catalog");
    copy_dir(&root().join("tests/catalogs/asyncapi/parcels"), &catalog);
    // The user names an event's type, explains a row and waives a rule on it.
    let index_path = catalog.join("index.json");
    let mut index: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&index_path).unwrap()).unwrap();
    let row = &mut index["events"][0];
    row["description"] = "Scanned at a depot (written by hand).".into();
    row["rust_name"] = "Scanned".into();
    row["waive"] = serde_json::json!({"date-order": "as published"});
    fs::write(&index_path, serde_json::to_string_pretty(&index).unwrap()).unwrap();
    // The vendor's next release changes one payload, and a schema several share.
    let document = documents.join("asyncapi.yaml");
    let text = fs::read_to_string(&document)
        .unwrap()
        .replace("version: 1.2.0", "version: 1.3.0")
        .replace("minLength: 1", "minLength: 2")
        .replace("maximum: 70000", "maximum: 80000");
    fs::write(&document, text).unwrap();
    let import = || {
        events(&[
            "import-asyncapi",
            document.to_str().unwrap(),
            "--catalog",
            catalog.to_str().unwrap(),
            "--date",
            "2027-01-04",
        ])
    };
    let output = import();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = stdout(&output);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "updated   parcel.delivered: schema version 1.3.0 added",
            "updated   defs/scan.json (every event that uses it)",
        ],
        "{report}"
    );
    let index: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&index_path).unwrap()).unwrap();
    let row = &index["events"][0];
    assert_eq!(row["description"], "Scanned at a depot (written by hand).");
    assert_eq!(row["rust_name"], "Scanned");
    assert_eq!(row["waive"]["date-order"], "as published");
    assert_eq!(row["active_date"], "2026-12-07");
    assert_eq!(row["schema_versions"], serde_json::json!(["1.2.0"]));
    assert_eq!(
        index["events"][1]["schema_versions"],
        serde_json::json!(["1.2.0", "1.3.0"])
    );
    assert!(
        catalog
            .join("schemas/parcel.delivered/1.3.0.json")
            .is_file()
    );
    assert!(!catalog.join("schemas/parcel.scanned/1.3.0.json").exists());
    // Importing the same document again changes nothing.
    let again = import();
    assert!(again.status.success());
    assert!(!stdout(&again).contains("updated"), "{}", stdout(&again));
}

/// The catalogs of the repository: the bundled one and every test catalog that checks clean.
fn repository_catalogs() -> Vec<PathBuf> {
    let mut catalogs = vec![root().join("catalog")];
    for group in [
        "tests/catalogs",
        "tests/catalogs/accepted",
        "tests/catalogs/asyncapi",
    ] {
        let mut found: Vec<PathBuf> = fs::read_dir(root().join(group))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.join("index.json").is_file())
            .collect();
        found.sort();
        catalogs.extend(found);
    }
    catalogs
}

#[test]
fn every_catalog_of_the_repository_comes_back_from_its_asyncapi_export() {
    let dir = scratch("asyncapi-round-trip");
    let catalogs = repository_catalogs();
    assert!(catalogs.len() > 40, "{} catalogs", catalogs.len());
    for (number, catalog) in catalogs.iter().enumerate() {
        let document = dir.join(format!("{number}.json"));
        let exported = events(&[
            "export-asyncapi",
            catalog.to_str().unwrap(),
            "--output",
            document.to_str().unwrap(),
        ]);
        assert!(exported.status.success(), "{}", catalog.display());
        let back = dir.join(number.to_string());
        let imported = events(&[
            "import-asyncapi",
            document.to_str().unwrap(),
            "--catalog",
            back.to_str().unwrap(),
            "--date",
            "2020-01-01",
        ]);
        assert!(
            imported.status.success(),
            "{}: {}",
            catalog.display(),
            String::from_utf8_lossy(&imported.stderr)
        );
        let as_json = |files: std::collections::BTreeMap<PathBuf, String>| {
            files
                .into_iter()
                .filter(|(path, _)| path.extension().is_some_and(|ext| ext == "json"))
                .map(|(path, text)| {
                    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
                    (path, value)
                })
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        assert_eq!(
            as_json(files_under(&back)),
            as_json(files_under(catalog)),
            "{}",
            catalog.display()
        );
    }
}
