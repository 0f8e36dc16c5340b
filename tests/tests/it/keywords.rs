//! Each supported JSON Schema keyword, decoded from a valid and an invalid sample: the invalid
//! one is refused with an error naming the path and the rule.

use events_core::json::{Value, json};
use events_tests::keywords::Event;

/// `Ok` when the payload decodes as `event`; otherwise the error's path and message.
fn verdict(event: &str, payload: Value) -> Result<(), (String, String)> {
    let message = json!({"eventName": event, "value": payload}).to_string();
    Event::from_json(message.as_bytes())
        .map(|_| ())
        .map_err(|error| (error.path().to_owned(), error.message()))
}

/// Decodes each `(payload, expected)`: `None` expects success, `Some((path, fragment))` an error
/// at `path` whose message contains `fragment`.
fn check(event: &str, cases: &[(Value, Option<(&str, &str)>)]) {
    for (payload, expected) in cases {
        let mut payload = payload.clone();
        payload["schemaVersion"] = json!("1.0.0");
        let got = verdict(event, payload.clone());
        match (expected, &got) {
            (None, Ok(())) => {}
            (Some((path, fragment)), Err((got_path, message)))
                if got_path == path && message.contains(fragment) => {}
            _ => panic!("{event} {payload}: expected {expected:?}, got {got:?}"),
        }
    }
}

#[test]
fn string_length_and_pattern() {
    check(
        "text-rules-v1",
        &[
            (json!({"code": "ab"}), None),
            (json!({"code": "ÅÄÖÜ"}), None),
            (
                json!({"code": "a"}),
                Some((
                    "value.code",
                    "string of 1 characters is shorter than `minLength` 2",
                )),
            ),
            (
                json!({"code": "abcde"}),
                Some(("value.code", "longer than `maxLength` 4")),
            ),
            (json!({"code": "ab", "digits": "0123"}), None),
            (
                json!({"code": "ab", "digits": "12a"}),
                Some(("value.digits", "does not match `pattern` \"^\\\\d+$\"")),
            ),
            // ECMA-262's `\d` is ASCII only, unlike the `regex` crate's default.
            (
                json!({"code": "ab", "digits": "١٢"}),
                Some(("value.digits", "`pattern`")),
            ),
            (json!({"code": "ab", "line": "abc"}), None),
            // ECMA-262's `.` stops at every line terminator.
            (
                json!({"code": "ab", "line": "a\u{2028}c"}),
                Some(("value.line", "`pattern`")),
            ),
            (json!({"code": "ab", "spaced": "\u{feff}"}), None),
            (
                json!({"code": "ab", "spaced": "\u{85}"}),
                Some(("value.spaced", "`pattern`")),
            ),
        ],
    );
}

#[test]
fn integer_and_number_ranges() {
    check(
        "number-rules-v1",
        &[
            (json!({"count": 1}), None),
            (json!({"count": 9}), None),
            (json!({"count": 3.0}), None),
            (
                json!({"count": 0}),
                Some(("value.count", "0 is less than the minimum 1")),
            ),
            (
                json!({"count": 10}),
                Some(("value.count", "10 is greater than the maximum 9")),
            ),
            (
                json!({"count": 2.5}),
                Some(("value.count", "expected an integer")),
            ),
            (json!({"step": -15}), None),
            (
                json!({"step": 7}),
                Some(("value.step", "7 is not a multiple of 5")),
            ),
            (json!({"ratio": 1}), None),
            (json!({"ratio": 0.0001}), None),
            (
                json!({"ratio": 0}),
                Some(("value.ratio", "0 breaks `exclusiveMinimum` 0")),
            ),
            (
                json!({"ratio": 1.5}),
                Some(("value.ratio", "1.5 breaks `maximum` 1")),
            ),
            (json!({"half": 2.5}), None),
            (
                json!({"half": 2.25}),
                Some(("value.half", "is not a multiple of 0.5")),
            ),
        ],
    );
}

#[test]
fn array_counts_and_uniqueness() {
    check(
        "array-rules-v1",
        &[
            (json!({"tags": ["a"]}), None),
            (json!({"tags": ["a", "b", "c"]}), None),
            (
                json!({"tags": []}),
                Some(("value.tags", "array of 0 items has fewer than `minItems` 1")),
            ),
            (
                json!({"tags": ["a", "b", "c", "d"]}),
                Some(("value.tags", "more than `maxItems` 3")),
            ),
            (
                json!({"tags": ["a", "b", "a"]}),
                Some(("value.tags", "item 2 repeats item 0 (`uniqueItems`)")),
            ),
            (json!({"amounts": [1, 2.5]}), None),
            // JSON Schema compares numbers by value: 1 and 1.0 are the same item.
            (
                json!({"amounts": [1, 1.0]}),
                Some(("value.amounts", "`uniqueItems`")),
            ),
        ],
    );
}
