//! `events import-samples`: the sample payloads of vendor event pages (`json` blocks, and
//! `typescript` blocks that declare an object literal), as JSON Lines of SDK `onMessage` data
//! for the page's event, for tests. The TypeScript is parsed, never run.

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{Value, json};

use oxc_allocator::Allocator;
use oxc_ast::ast::{ArrayExpressionElement, Expression, ObjectPropertyKind};
use oxc_parser::Parser;
use oxc_span::{GetSpan, SourceType, Span};
use serde_json::Map;

use crate::zod::{ZodError, declarations, located};

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

/// The JSON of every `const X = { … }` object literal of a source (the sample payloads of a
/// vendor page), read as data: literals only, anything else is an error at its place.
fn object_literals(text: &str) -> Result<Vec<Value>, Vec<ZodError>> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, text, SourceType::ts()).parse();
    if !parsed.diagnostics.is_empty() || parsed.panicked {
        return Err(vec![located(
            text,
            0,
            "the source cannot be parsed".to_owned(),
        )]);
    }
    let mut errors = Vec::new();
    let values = declarations(&parsed.program)
        .into_iter()
        .filter(|(_, init)| matches!(init, Expression::ObjectExpression(_)))
        .filter_map(|(_, init)| literal_json(text, init, &mut errors))
        .collect();
    if errors.is_empty() {
        Ok(values)
    } else {
        Err(errors)
    }
}

fn literal_json(
    text: &str,
    expression: &Expression<'_>,
    errors: &mut Vec<ZodError>,
) -> Option<Value> {
    let raw = |span: Span| &text[span.start as usize..span.end as usize];
    Some(match expression {
        Expression::StringLiteral(literal) => json!(literal.value.as_str()),
        Expression::BooleanLiteral(literal) => json!(literal.value),
        Expression::NullLiteral(_) => Value::Null,
        Expression::NumericLiteral(literal) => serde_json::from_str(raw(literal.span)).ok()?,
        Expression::UnaryExpression(unary)
            if unary.operator == oxc_ast::ast::UnaryOperator::UnaryNegation
                && matches!(unary.argument, Expression::NumericLiteral(_)) =>
        {
            serde_json::from_str(&format!("-{}", raw(unary.argument.span()))).ok()?
        }
        // `` `text` `` without substitutions is a string.
        Expression::TemplateLiteral(template) if template.expressions.is_empty() => {
            let cooked = template
                .quasis
                .first()
                .and_then(|quasi| quasi.value.cooked.as_ref());
            json!(cooked.map_or("", |text| text.as_str()))
        }
        Expression::ArrayExpression(array) => Value::Array(
            array
                .elements
                .iter()
                .filter_map(ArrayExpressionElement::as_expression)
                .filter_map(|element| literal_json(text, element, errors))
                .collect(),
        ),
        Expression::ObjectExpression(object) => {
            let mut members = Map::new();
            for property in &object.properties {
                let ObjectPropertyKind::ObjectProperty(property) = property else {
                    errors.push(located(
                        text,
                        property.span().start as usize,
                        "a spread is not a literal".to_owned(),
                    ));
                    continue;
                };
                let Some(key) = property.key.static_name() else {
                    errors.push(located(
                        text,
                        property.span.start as usize,
                        "a computed key is not a literal".to_owned(),
                    ));
                    continue;
                };
                if let Some(value) = literal_json(text, &property.value, errors) {
                    members.insert(key.to_string(), value);
                }
            }
            Value::Object(members)
        }
        other => {
            errors.push(located(
                text,
                other.span().start as usize,
                "not a literal (string, number, boolean, null, array or object)".to_owned(),
            ));
            return None;
        }
    })
}
