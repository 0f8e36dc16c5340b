//! What the build benchmarks share: Cargo pinned to the workspace's toolchain, timed (and
//! memory-measured) runs, medians.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The repository's root folder.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Cargo run in `dir` with its artifacts in `target`, and the workspace's toolchain pinned for
/// every crate it compiles: a dependency's own `rust-toolchain.toml` (jsonc-parser ships one)
/// must not pick another rustc.
pub fn cargo(dir: &Path, target: &Path) -> Command {
    let mut command = Command::new(env!("CARGO"));
    command.current_dir(dir).env("CARGO_TARGET_DIR", target);
    let pinned = std::env::var("RUSTUP_TOOLCHAIN").ok().or_else(|| {
        let text = fs::read_to_string(workspace().join("rust-toolchain.toml")).ok()?;
        let line = text
            .lines()
            .find(|line| line.trim_start().starts_with("channel"))?;
        Some(line.split('"').nth(1)?.to_owned())
    });
    if let Some(toolchain) = pinned {
        command.env("RUSTUP_TOOLCHAIN", toolchain);
    }
    command
}

/// Runs `command` to completion and times it; an error carries its stderr.
pub fn timed(command: &mut Command) -> Result<Duration, String> {
    let start = Instant::now();
    let output = command.output().map_err(|e| e.to_string())?;
    let elapsed = start.elapsed();
    if !output.status.success() {
        return Err(format!(
            "{command:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(elapsed)
}

/// The peak resident memory of the largest process `command` starts (rustc, in a build), in
/// bytes, through GNU time (Debian package `time`), whose `%M` covers every waited-for
/// descendant; `None` when `/usr/bin/time` is missing. The wrapped run is not timed.
pub fn peak_memory(command: &Command) -> Result<Option<u64>, String> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return Ok(None);
    }
    let report = std::env::temp_dir().join(format!("events-bench-peak-{}", std::process::id()));
    let mut wrapped = Command::new(time);
    wrapped
        .args(["-f", "%M", "-o"])
        .arg(&report)
        .arg(command.get_program())
        .args(command.get_args());
    if let Some(dir) = command.get_current_dir() {
        wrapped.current_dir(dir);
    }
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => wrapped.env(key, value),
            None => wrapped.env_remove(key),
        };
    }
    timed(&mut wrapped)?;
    let text = fs::read_to_string(&report).map_err(|e| e.to_string())?;
    let _ = fs::remove_file(&report);
    let kilobytes: u64 = text
        .trim()
        .lines()
        .last()
        .and_then(|line| line.trim().parse().ok())
        .ok_or_else(|| format!("GNU time wrote `{text}`"))?;
    Ok(Some(kilobytes * 1024))
}

/// Adds a field to the first event's schema of the synthetic catalog in `catalog`, times
/// `rebuild`, restores the schema and runs `rebuild` again (not timed), so that the next
/// measurement starts from the catalog as it was.
pub fn rebuild_after_one_schema_edit(
    catalog: &Path,
    mut rebuild: impl FnMut() -> Result<Duration, String>,
) -> Result<Duration, String> {
    let schema = catalog
        .join("schemas")
        .join(crate::synthetic::event_name(0))
        .join("1.0.0.json");
    let text = fs::read_to_string(&schema).map_err(|e| e.to_string())?;
    let edited = text.replacen(
        "\"properties\": {",
        "\"properties\": {\n    \"addedField\": {\"type\": \"string\"},",
        1,
    );
    fs::write(&schema, edited).map_err(|e| e.to_string())?;
    let timed_rebuild = rebuild();
    fs::write(&schema, text).map_err(|e| e.to_string())?;
    rebuild()?;
    timed_rebuild
}

/// Copies the repository's lock file and toolchain file into a generated crate or workspace.
pub fn copy_lock_and_toolchain(dir: &Path) -> Result<(), String> {
    for file in ["Cargo.lock", "rust-toolchain.toml"] {
        fs::copy(workspace().join(file), dir.join(file)).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The median of `times` (the upper one of an even count); zero when there are none.
pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// The environment variable `name` as a number, or `default`.
pub fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
