//! One folder per catalog rule under `catalog-rules/`, named by the rule's id: `<rule>/catalog/`
//! is a catalog that breaks the rule and `<rule>/expected.snap` (an insta snapshot) every
//! diagnostic the engine gives for it, one per line, each ending in its rule's id. Situations
//! that involve several rules (every defect of a row reported, a defective row still checked)
//! are under `catalog-cases/`, in the same form. They run in-process through `check_catalog` (no rustc); trybuild keeps only what needs
//! the compiler (spans, fallback items, deprecation warnings). Review changed diagnostics with
//! `cargo insta test -p events-tests --review`.

use std::fs;
use std::path::{Path, PathBuf};

use events_codegen::{Diagnostic, Rule};

const RULE_CASES: &str = "catalog-rules";
const SITUATION_CASES: &str = "catalog-cases";

/// The case folders under `root`, relative to the package (the tests' working folder), so
/// that messages that quote the folder are the same on every machine.
fn cases(root: &str) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(root)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_rule_has_its_case_folder_and_every_folder_is_a_rule() {
    let folders: Vec<String> = cases(RULE_CASES)
        .iter()
        .map(|case| case.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    // The rules a valid schema breaks only because no Rust type holds it exactly are not
    // reported: the value is kept as JSON and checked against its schema instead (their
    // constructs are accepted catalogs, `catalogs/accepted/`).
    let without_case: Vec<&str> = Rule::ALL
        .iter()
        .filter(|rule| !rule.is_inexpressible())
        .map(|rule| rule.id())
        .filter(|id| !folders.iter().any(|folder| folder == id))
        .collect();
    let not_rules: Vec<&String> = folders
        .iter()
        .filter(|folder| Rule::from_id(folder).is_none())
        .collect();
    assert!(
        without_case.is_empty() && not_rules.is_empty(),
        "rules without a case in {RULE_CASES}/: {without_case:?}; folders that are no rule: {not_rules:?}"
    );
}

/// A diagnostic's line and column must exist in the file it names, counted in characters.
pub(crate) fn assert_located_inside_its_file(diagnostic: &Diagnostic, text: &str) {
    if diagnostic.line == 0 {
        assert_eq!(diagnostic.column, 0, "{diagnostic}");
        return;
    }
    let line = text
        .split('\n')
        .nth(diagnostic.line - 1)
        .unwrap_or_else(|| panic!("line past the end: {diagnostic}"));
    let width = line.trim_end_matches('\r').chars().count();
    assert!(
        diagnostic.column >= 1 && diagnostic.column <= width + 1,
        "column outside line {} (of {width} characters): {diagnostic}",
        diagnostic.line
    );
}

#[test]
fn every_rule_has_its_diagnostics_each_at_a_place_inside_its_file() {
    let mut failures = Vec::new();
    let rule_cases = cases(RULE_CASES).into_iter().map(|case| (case, true));
    let situations = cases(SITUATION_CASES).into_iter().map(|case| (case, false));
    for (case, is_rule) in rule_cases.chain(situations) {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let catalog = case.join("catalog");
        let diagnostics = events_codegen::check_catalog(&catalog, Path::new("catalog"));
        assert!(
            !diagnostics.is_empty(),
            "{name}: the catalog breaks no rule"
        );
        for diagnostic in &diagnostics {
            let relative = diagnostic.file.strip_prefix("catalog").unwrap();
            if let Ok(text) = fs::read_to_string(catalog.join(relative)) {
                assert_located_inside_its_file(diagnostic, &text);
            }
        }
        if is_rule {
            assert!(
                diagnostics.iter().any(|d| d.rule.id() == name),
                "{name}: no diagnostic of the rule its folder is named after"
            );
        }
        let actual: String = diagnostics.iter().map(|d| format!("{d}\n")).collect();
        // Every case is compared (insta prints each diff and writes each `.snap.new`) before
        // the test fails with the list.
        let compared = std::panic::catch_unwind(|| {
            insta::with_settings!({
                snapshot_path => fs::canonicalize(&case).unwrap(),
                prepend_module_to_snapshot => false,
                omit_expression => true,
            }, {
                insta::assert_snapshot!("expected", actual);
            });
        });
        if compared.is_err() {
            failures.push(name);
        }
    }
    assert!(
        failures.is_empty(),
        "diagnostics differ from the reviewed snapshots: {}",
        failures.join(", ")
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_the_catalog_is_reported_not_read() {
    let dir = crate::fixture_crates::scratch("catalog-rules-fifo");
    let _ = fs::remove_dir_all(&dir);
    let schemas = dir.join("schemas/agent-status-v1");
    fs::create_dir_all(&schemas).unwrap();
    fs::write(
        dir.join("index.json"),
        r#"{"events": [{"name": "agent-status-v1", "description": "An event.", "schema_versions": ["1.0.0"], "status": "active", "active_date": "2025-06-01"}]}"#,
    )
    .unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(schemas.join("1.0.0.json"))
        .status()
        .unwrap();
    assert!(status.success());
    // Reading the pipe would block this test forever; the engine must not open it.
    let diagnostics = events_codegen::check_catalog(&dir, Path::new("catalog"));
    let text: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "catalog/schemas/agent-status-v1/1.0.0.json: not a regular file; the catalog reads regular files only (a pipe or a device could block the build) [unreadable-file]"
        ]
    );
}
