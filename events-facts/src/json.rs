//! JSON facts: equality of literal values, and serde_json's messages without positions.

use serde_json::Value;

/// JSON equality: numbers by value (`1` equals `1.0`, integers beyond `f64` exactly), arrays
/// item by item, objects regardless of key order. The generator uses it to find enum values
/// that collide, the runtime to match a value against a literal enum's values.
pub fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(a), Value::Number(b)) => {
            match (a.as_i64(), b.as_i64(), a.as_u64(), b.as_u64()) {
                (Some(a), Some(b), _, _) => a == b,
                (_, _, Some(a), Some(b)) => a == b,
                _ => a.as_f64() == b.as_f64(),
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| json_equal(a, b))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, value)| b.get(key).is_some_and(|other| json_equal(value, other)))
        }
        _ => a == b,
    }
}

/// serde_json's message without its trailing " at line L column C": a diagnostic carries the
/// place in a better form, and a position inside a kept text is not one of the input.
pub fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(message) if error.line() > 0 => message.to_owned(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_are_equal_by_value_and_objects_regardless_of_order() {
        assert!(json_equal(&json!(1), &json!(1.0)));
        assert!(json_equal(&json!(u64::MAX), &json!(u64::MAX)));
        assert!(!json_equal(&json!(u64::MAX), &json!(u64::MAX - 1)));
        assert!(json_equal(
            &json!({"a": 1, "b": [2]}),
            &json!({"b": [2.0], "a": 1})
        ));
        assert!(!json_equal(&json!("1"), &json!(1)));
    }

    #[test]
    fn positions_are_stripped() {
        let error = serde_json::from_str::<Value>("[1,").unwrap_err();
        assert_eq!(without_position(&error), "EOF while parsing a value");
    }
}
