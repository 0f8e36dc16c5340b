//! A JSON number kept exactly as written.

use std::cmp::Ordering;

use events_facts::Decimal;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};
use serde_json::value::RawValue;

/// A JSON number, for `"type": "number"` fields, kept exactly as written: `36e2` and
/// `18446744073709551616` re-encode as those same characters.
///
/// Equality and hashing follow JSON Schema's: two numbers are equal when their mathematical
/// values are (`1`, `1.0` and `10e-1` are one value), compared exactly, not through `f64`.
#[derive(Clone)]
pub struct Number(Box<str>);

impl Number {
    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The value as an `i64`, when it is an integer in range (`3`, `3.0` and `30e-1` are).
    pub fn as_i64(&self) -> Option<i64> {
        let decimal = Decimal::parse(&self.0)?;
        decimal.to_integer_text()?.parse().ok()
    }

    /// The value as an `i128`, when it is an integer in range.
    pub fn as_i128(&self) -> Option<i128> {
        // Plain integer text, the common case, parses directly.
        if let Ok(value) = self.0.parse::<i128>() {
            return Some(value);
        }
        let decimal = Decimal::parse(&self.0)?;
        decimal.to_integer_text()?.parse().ok()
    }

    /// The value as a `u64`, when it is a non-negative integer in range.
    pub fn as_u64(&self) -> Option<u64> {
        let decimal = Decimal::parse(&self.0)?;
        decimal.to_integer_text()?.parse().ok()
    }

    /// Whether the value is an integer, as JSON Schema's `integer` asks (`3.0` and `3e2` are).
    pub fn is_integer(&self) -> bool {
        let decimal = self.decimal();
        decimal.is_integer()
    }

    /// The nearest `f64` (infinite when the number is beyond `f64`'s range).
    pub fn as_f64(&self) -> f64 {
        self.0.parse().unwrap_or(f64::NAN)
    }

    /// The number written by Rust's shortest round-trip formatting; `None` for NaN and infinities,
    /// which JSON cannot write.
    pub fn from_f64(value: f64) -> Option<Number> {
        value.is_finite().then(|| Number(value.to_string().into()))
    }

    fn decimal(&self) -> Decimal<'_> {
        // Every `Number` holds valid JSON number text, checked when it was made.
        Decimal::parse(&self.0).unwrap_or(Decimal::ZERO)
    }
}

impl From<i64> for Number {
    fn from(value: i64) -> Number {
        Number(value.to_string().into())
    }
}

impl From<u64> for Number {
    fn from(value: u64) -> Number {
        Number(value.to_string().into())
    }
}

impl From<i32> for Number {
    fn from(value: i32) -> Number {
        Number(value.to_string().into())
    }
}

impl Number {
    /// The number of a Rust integer's decimal text.
    pub(crate) fn from_integer_text(text: String) -> Number {
        Number(text.into())
    }
}

/// The text is not a JSON number (or, for an [`Integer`](crate::Integer), not an integer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidNumber {
    text: String,
    expected: &'static str,
}

impl InvalidNumber {
    pub(crate) fn not_an_integer(text: &str) -> Self {
        InvalidNumber {
            text: text.to_owned(),
            expected: "an integer",
        }
    }
}

impl fmt::Display for InvalidNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not {}", self.text, self.expected)
    }
}

impl std::error::Error for InvalidNumber {}

impl FromStr for Number {
    type Err = InvalidNumber;

    fn from_str(text: &str) -> Result<Number, InvalidNumber> {
        match Decimal::parse(text) {
            Some(_) => Ok(Number(text.into())),
            None => Err(InvalidNumber {
                text: text.to_owned(),
                expected: "a JSON number",
            }),
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Number({})", self.0)
    }
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.decimal() == other.decimal()
    }
}

impl Eq for Number {}

impl Hash for Number {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.decimal().hash(state);
    }
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Number) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Number) -> Ordering {
        self.decimal().cmp(&other.decimal())
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // serde_json writes a raw value's text as is; that is what keeps the number exact.
        let raw = RawValue::from_string(self.0.to_string()).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text: Box<str> = Box::<RawValue>::deserialize(deserializer)?.into();
        // serde_json has checked that the text is one JSON value; a value that starts like a
        // number is a number in JSON's grammar, so no second parse is needed.
        match text.as_bytes().first() {
            Some(b'-' | b'0'..=b'9') => Ok(Number(text)),
            _ => Err(de::Error::invalid_type(unexpected(&text), &"a number")),
        }
    }
}

fn unexpected(text: &str) -> de::Unexpected<'_> {
    match text.as_bytes().first() {
        Some(b'"') => de::Unexpected::Other("a string"),
        Some(b'{') => de::Unexpected::Map,
        Some(b'[') => de::Unexpected::Seq,
        Some(b't' | b'f') => de::Unexpected::Bool(text == "true"),
        Some(b'n') => de::Unexpected::Unit,
        _ => de::Unexpected::Other(text),
    }
}

#[cfg(test)]
mod tests {
    use super::Number;

    fn number(text: &str) -> Number {
        text.parse().unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn equal_values_written_differently_are_equal() {
        assert_eq!(number("1"), number("1.0"));
        assert_eq!(number("1"), number("10e-1"));
        assert_eq!(number("3600"), number("36e2"));
        assert_eq!(number("0"), number("-0.0"));
        assert_ne!(
            number("12345678901234567890"),
            number("12345678901234567891")
        );
        assert!(number("-2") < number("-1.5"));
        assert!(number("0.001") < number("0.01"));
        assert!(number("1e3") > number("999.999"));
    }

    #[test]
    fn integers_convert_exactly() {
        assert_eq!(number("30e-1").as_i64(), Some(3));
        assert_eq!(number("-7.0").as_i64(), Some(-7));
        assert_eq!(number("3.5").as_i64(), None);
        assert_eq!(number("18446744073709551615").as_u64(), Some(u64::MAX));
        assert_eq!(number("18446744073709551616").as_u64(), None);
        assert_eq!(number("0.0").as_u64(), Some(0));
    }

    #[test]
    fn only_json_number_text_is_a_number() {
        for bad in [
            "", "-", "01", "1.", ".5", "1e", "+1", "1e+", "0x10", "NaN", " 1",
        ] {
            assert!(bad.parse::<Number>().is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn encoding_writes_the_text_back() {
        for text in ["36e2", "18446744073709551616", "-0.0", "1E-7"] {
            let encoded = serde_json::to_string(&number(text)).unwrap_or_default();
            assert_eq!(encoded, text);
            let decoded: Number = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(decoded.as_str(), text);
        }
    }
}
