//! `events import-samples`: the sample payloads of vendor event pages (`json` blocks, and
//! `typescript` blocks that declare an object literal), as JSON Lines of SDK `onMessage` data
//! for the page's event, for tests. The TypeScript is parsed, never run.

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{Value, json};

use crate::zod::object_literals;

pub fn run(pages: &[PathBuf]) -> Result<ExitCode, String> {
    let mut failed = false;
    for page in pages {
        let text =
            fs::read_to_string(page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        let event = page
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .ok_or_else(|| format!("{}: no file name", page.display()))?;
        let mut found = 0;
        for (first_line, language, block) in code_blocks(&text) {
            // Some pages label a JavaScript object literal `json` (unquoted keys): read it as one.
            let strict = (language == "json")
                .then(|| serde_json::from_str::<Value>(&block).ok())
                .flatten();
            let source = if language == "json" {
                format!("const sample = {block};")
            } else {
                block
            };
            let samples = if let Some(value) = strict {
                Ok(vec![value])
            } else {
                object_literals(&source).map_err(|errors| {
                    errors
                        .iter()
                        .map(|e| {
                            format!(
                                "{}:{}:{}: {}",
                                page.display(),
                                first_line + e.line - 1,
                                e.column,
                                e.message
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                })
            };
            match samples {
                Ok(samples) => {
                    for value in samples.into_iter().filter(Value::is_object) {
                        found += 1;
                        let message = json!({"type": "event", "schemaVersion": "1.0.0",
                            "message": {"eventName": event, "value": value}});
                        outln!("{message}");
                    }
                }
                Err(error) => {
                    eprintln!("{error}");
                    failed = true;
                }
            }
        }
        if found == 0 {
            eprintln!("{}: no sample payload", page.display());
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The fenced `json`, `typescript` and `ts` blocks of a markdown page: the line of each block's
/// first line, its language and its text.
fn code_blocks(text: &str) -> Vec<(usize, &'static str, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, &'static str, String)> = None;
    for (number, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if let Some((_, _, block)) = &mut open {
            if trimmed.starts_with("```") {
                blocks.extend(open.take());
            } else {
                block.push_str(line);
                block.push('\n');
            }
            continue;
        }
        let language = match trimmed {
            "```json" => "json",
            "```typescript" | "```ts" => "typescript",
            _ => continue,
        };
        open = Some((number + 2, language, String::new()));
    }
    blocks
}
