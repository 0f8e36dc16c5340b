//! A JSON number kept exactly as written.

use std::cmp::Ordering;
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
        decimal.is_zero() || decimal.exponent >= decimal.digit_count()
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

/// The text is not a JSON number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidNumber(String);

impl fmt::Display for InvalidNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a JSON number", self.0)
    }
}

impl std::error::Error for InvalidNumber {}

impl FromStr for Number {
    type Err = InvalidNumber;

    fn from_str(text: &str) -> Result<Number, InvalidNumber> {
        match Decimal::parse(text) {
            Some(_) => Ok(Number(text.into())),
            None => Err(InvalidNumber(text.to_owned())),
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

/// A JSON number as sign, significant digits (no leading or trailing zeros) and the power of ten
/// of the last digit: the exact value, comparable without rounding.
#[derive(Debug, Clone, Copy)]
struct Decimal<'a> {
    negative: bool,
    integer: &'a str,
    fraction: &'a str,
    exponent: i64,
}

impl<'a> Decimal<'a> {
    const ZERO: Decimal<'static> = Decimal {
        negative: false,
        integer: "",
        fraction: "",
        exponent: 0,
    };

    /// Parses JSON number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn parse(text: &'a str) -> Option<Decimal<'a>> {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let mantissa_end = rest.find(['e', 'E']).unwrap_or(rest.len());
        let (mantissa, exponent_text) = rest.split_at(mantissa_end);
        let (integer, fraction) = match mantissa.split_once('.') {
            Some((integer, fraction)) => (integer, Some(fraction)),
            None => (mantissa, None),
        };
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        if !digits(integer) || (integer.len() > 1 && integer.starts_with('0')) {
            return None;
        }
        if fraction.is_some_and(|fraction| !digits(fraction)) {
            return None;
        }
        let exponent = match exponent_text.get(1..) {
            None => 0,
            Some(power) => {
                let unsigned = power.strip_prefix(['+', '-']).unwrap_or(power);
                if !digits(unsigned) {
                    return None;
                }
                // Beyond this the value cannot be told from zero or infinity by any JSON user.
                power.parse::<i64>().unwrap_or(if power.starts_with('-') {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })
            }
        };
        let fraction = fraction.unwrap_or("");
        Some(Decimal::normalize(negative, integer, fraction, exponent))
    }

    fn normalize(negative: bool, integer: &'a str, fraction: &'a str, exponent: i64) -> Self {
        // Value = 0.{integer}{fraction} × 10^(exponent + integer.len()), split into two slices.
        let integer = integer.trim_start_matches('0');
        let fraction_trimmed = fraction.trim_end_matches('0');
        let (integer, fraction, shift) = if integer.is_empty() {
            let significant = fraction_trimmed.trim_start_matches('0');
            let leading = fraction_trimmed.len() - significant.len();
            ("", significant, -(leading as i64))
        } else if fraction_trimmed.is_empty() {
            let significant = integer.trim_end_matches('0');
            ("", significant, integer.len() as i64)
        } else {
            (integer, fraction_trimmed, integer.len() as i64)
        };
        if integer.is_empty() && fraction.is_empty() {
            return Decimal::ZERO;
        }
        Decimal {
            negative,
            integer,
            fraction,
            exponent: exponent.saturating_add(shift),
        }
    }

    fn digits(&self) -> impl Iterator<Item = u8> + '_ {
        self.integer.bytes().chain(self.fraction.bytes())
    }

    fn digit_count(&self) -> i64 {
        (self.integer.len() + self.fraction.len()) as i64
    }

    fn is_zero(&self) -> bool {
        self.integer.is_empty() && self.fraction.is_empty()
    }

    /// The integer as plain digits (with `-`), when the value is an integer of at most 40 digits.
    fn to_integer_text(self) -> Option<String> {
        if self.is_zero() {
            return Some("0".to_owned());
        }
        let zeros = self.exponent - self.digit_count();
        if zeros < 0 || self.exponent > 40 {
            return None;
        }
        let mut text = String::with_capacity(self.exponent as usize + 1);
        if self.negative {
            text.push('-');
        }
        text.extend(self.digits().map(char::from));
        text.extend(std::iter::repeat_n('0', zeros as usize));
        Some(text)
    }

    fn cmp_magnitude(&self, other: &Decimal<'_>) -> Ordering {
        match (self.is_zero(), other.is_zero()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        self.exponent
            .cmp(&other.exponent)
            .then_with(|| self.digits().cmp(other.digits()))
    }
}

impl Ord for Decimal<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        let sign = |d: &Decimal<'_>| {
            if d.is_zero() {
                0
            } else if d.negative {
                -1
            } else {
                1
            }
        };
        match sign(self).cmp(&sign(other)) {
            Ordering::Equal if self.negative && !self.is_zero() => other.cmp_magnitude(self),
            Ordering::Equal => self.cmp_magnitude(other),
            unequal => unequal,
        }
    }
}

impl PartialEq for Decimal<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal<'_> {}

impl Hash for Decimal<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The same digits, exponent and sign as equality compares, whatever the split.
        (self.negative && !self.is_zero()).hash(state);
        self.exponent.hash(state);
        for digit in self.digits() {
            digit.hash(state);
        }
    }
}

impl PartialOrd for Decimal<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
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
