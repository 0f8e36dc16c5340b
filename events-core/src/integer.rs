//! An integer of any size, for `"type": "integer"` without bounds that a Rust integer holds.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};

use crate::number::{InvalidNumber, Number};

/// A JSON Schema `integer` of any size, for an `integer` field whose schema does not bound it
/// within `i64` or `u64` (JSON has no integer limit: `18446744073709551616` and `1e400` are
/// integers). Kept exactly as written, like [`Number`]: `3.0` and `30e-1` are the integer 3 and
/// re-encode as written.
///
/// The `as_*` methods give the value as a Rust integer when it fits; comparisons are by value.
///
/// ```
/// use events_core::Integer;
///
/// let small: Integer = "30e-1".parse().unwrap();
/// assert_eq!(small, Integer::from(3));
/// assert_eq!(small.as_i64(), Some(3));
/// let large: Integer = "18446744073709551616".parse().unwrap();
/// assert_eq!(large.as_u64(), None);
/// assert_eq!(large.as_i128(), Some(1 << 64));
/// assert!("1.5".parse::<Integer>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Integer(Number);

impl Integer {
    /// The integer as written.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The value as an `i64`, when it is in range.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.as_i64()
    }

    /// The value as a `u64`, when it is in range.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.as_u64()
    }

    /// The value as an `i128`, when it is in range.
    pub fn as_i128(&self) -> Option<i128> {
        self.0.as_i128()
    }

    /// The value as a JSON number.
    pub fn as_number(&self) -> &Number {
        &self.0
    }

    /// The integer of `number`, or `None` when it has a fraction.
    pub fn from_number(number: Number) -> Option<Integer> {
        number.is_integer().then_some(Integer(number))
    }
}

macro_rules! from_rust_integers {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Integer {
            fn from(value: $ty) -> Integer {
                Integer(Number::from_integer_text(value.to_string()))
            }
        }
    )*};
}

from_rust_integers!(i8, i16, i32, i64, i128, u8, u16, u32, u64, u128);

macro_rules! equal_to_rust_integers {
    ($($ty:ty),*) => {$(
        impl PartialEq<$ty> for Integer {
            fn eq(&self, other: &$ty) -> bool {
                self.as_i128() == Some(i128::from(*other))
            }
        }

        impl PartialEq<Integer> for $ty {
            fn eq(&self, other: &Integer) -> bool {
                other == self
            }
        }

        impl PartialOrd<$ty> for Integer {
            fn partial_cmp(&self, other: &$ty) -> Option<Ordering> {
                Some(match self.as_i128() {
                    Some(value) => value.cmp(&i128::from(*other)),
                    // Beyond `i128`, so beyond every Rust integer on its side of zero.
                    None if self.as_str().starts_with('-') => Ordering::Less,
                    None => Ordering::Greater,
                })
            }
        }
    )*};
}

equal_to_rust_integers!(i8, i16, i32, i64, i128, u8, u16, u32, u64);

impl From<Integer> for Number {
    fn from(integer: Integer) -> Number {
        integer.0
    }
}

impl FromStr for Integer {
    type Err = InvalidNumber;

    /// JSON number text whose value is an integer (`3`, `3.0`, `3e2`).
    fn from_str(text: &str) -> Result<Integer, InvalidNumber> {
        let number: Number = text.parse()?;
        Integer::from_number(number).ok_or_else(|| InvalidNumber::not_an_integer(text))
    }
}

impl fmt::Display for Integer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Integer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Integer({})", self.0)
    }
}

impl Serialize for Integer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Integer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let number = Number::deserialize(deserializer)?;
        if !number.is_integer() {
            return Err(de::Error::custom(format_args!(
                "invalid type: number {number}, expected an integer"
            )));
        }
        Ok(Integer(number))
    }
}

#[cfg(test)]
mod tests {
    use super::Integer;

    #[test]
    fn integers_of_any_size_round_trip_as_written() {
        for text in [
            "0",
            "-0",
            "18446744073709551616",
            "1e400",
            "30e-1",
            "-12.000",
        ] {
            let integer: Integer =
                serde_json::from_str(text).unwrap_or_else(|error| panic!("{text}: {error}"));
            assert_eq!(serde_json::to_string(&integer).unwrap_or_default(), text);
        }
        for text in ["1.5", "1e-1", "\"1\"", "null"] {
            assert!(serde_json::from_str::<Integer>(text).is_err(), "{text}");
        }
    }

    #[test]
    fn comparisons_are_by_value() {
        let integer = |text: &str| text.parse::<Integer>().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(integer("3.0"), Integer::from(3u8));
        assert!(integer("18446744073709551616") > u64::MAX);
        assert!(integer("-1e30") < i128::MIN / 1_000_000_000);
        assert!(integer("-1e40") < i64::MIN);
        assert!(integer("1e40") > i128::MAX);
        assert!(integer("-3") < 0);
        assert_eq!(integer("-5").as_i64(), Some(-5));
        assert_eq!(integer("-5.0"), -5);
        assert_eq!(u64::MAX, integer("18446744073709551615"));
        assert_ne!(integer("18446744073709551616"), 0u64);
    }
}
