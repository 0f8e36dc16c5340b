//! Decodes CloudEvents 1.0 (structured JSON, one per line) against the inventory catalog in
//! `catalog/`, whose index says `"envelope": "cloudevents"`: `cargo run -p cloudevents-example
//! < messages.jsonl`, or with no input, the sample messages beside this crate.

use std::io::{self, BufRead, IsTerminal};

use events_core::ExtensionValue;

events_core::include_catalog!();

/// What the consumer makes of one message.
fn describe(line: &str) -> String {
    let cloud_event = match Envelope::from_json(line.as_bytes()) {
        Ok(cloud_event) => cloud_event,
        // The error names the member on the wire, like `data.sku` or `specversion`.
        Err(error) => return format!("rejected at {}: {}", error.path(), error.message()),
    };
    let context = format!("{} from {}", cloud_event.id, cloud_event.source);
    let trace = match cloud_event.extensions.get("traceparent") {
        Some(ExtensionValue::String(trace)) => format!(" (trace {trace})"),
        _ => String::new(),
    };
    match &cloud_event.event {
        Event::StockChanged(stock) => match stock.latest() {
            Some(stock) => format!(
                "{context}{trace}: {} at {} moved by {} to {} ({:?})",
                stock.sku, stock.warehouse, stock.delta, stock.on_hand, stock.reason
            ),
            None => format!("{context}: stock change of a newer schema version"),
        },
        Event::ItemRetired(retired) => match retired.latest() {
            Some(retired) => format!(
                "{context}: {} retired on {}, replaced by {}",
                retired.sku,
                retired.retired_on,
                // Absent and `null` stay apart: `Option<Option<String>>`.
                retired
                    .replaced_by
                    .clone()
                    .flatten()
                    .as_deref()
                    .unwrap_or("nothing")
            ),
            None => format!("{context}: retirement of a newer schema version"),
        },
        Event::Unknown { event_name, value } => {
            format!("{context}: `{event_name}` is not in this catalog, kept as {value}")
        } // `Event` is this crate's own, so the match is exhaustive here; a crate that names it
          // from another needs a `_` arm, as a catalog update may add events.
    }
}

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        for line in include_str!("../messages.jsonl").lines() {
            println!("{}", describe(line));
        }
        return Ok(());
    }
    for line in stdin.lock().lines() {
        let line = line?;
        if !line.trim().is_empty() {
            println!("{}", describe(&line));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn each_sample_message_gets_its_verdict() {
        let verdicts: Vec<String> = include_str!("../messages.jsonl")
            .lines()
            .map(describe)
            .collect();
        assert_eq!(
            verdicts,
            [
                "a1 from /warehouses/leeds (trace 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01): TEA-0042 at leeds moved by -3 to 117 (Sale)",
                "a2 from /catalogue: MUG-0007 retired on 2026-12-01, replaced by nothing",
                "rejected at data.sku: string does not match `pattern` \"^[A-Z]{3}-[0-9]{4}$\" at line 1 column 126",
                "a4 from /billing: `com.example.billing.invoice.paid` is not in this catalog, kept as {\"invoice\":\"in_1\"}",
                "rejected at specversion: unsupported CloudEvents `specversion` `0.3`; this catalog's events are CloudEvents 1.0 at line 1 column 20",
            ]
        );
    }
}
