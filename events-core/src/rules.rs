//! The validation keywords of JSON Schema, checked while decoding. Generated code describes each
//! field as a seed built from these (`Items { item: Text { .. }, .. }`); a value that breaks a
//! rule is an error naming the keyword, and the decoder's path tracking adds where.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::object::Key;
use crate::{Number, path};
use events_facts::Format;

/// A value with no rules beyond its type's own `Deserialize`.
pub struct Plain<T>(PhantomData<fn() -> T>);

impl<T> Plain<T> {
    /// The seed for `T`.
    pub const fn new() -> Self {
        Plain(PhantomData)
    }
}

impl<T> Default for Plain<T> {
    fn default() -> Self {
        Plain::new()
    }
}

impl<T> Clone for Plain<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Plain<T> {}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Plain<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(deserializer)
    }
}

/// The inner value or `null` (`"type": [.., "null"]`): `null` is `None`.
#[derive(Clone, Copy)]
pub struct Nullable<S>(pub S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Nullable<S> {
    type Value = Option<S::Value>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for Nullable<S> {
    type Value = Option<S::Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(deserializer).map(Some)
    }
}

/// A string with `minLength`, `maxLength` (in characters, as JSON Schema counts) and `pattern`.
#[derive(Clone, Copy)]
pub struct Text {
    /// `minLength`.
    pub min_length: usize,
    /// `maxLength`; `usize::MAX` when absent.
    pub max_length: usize,
    /// `pattern`.
    pub pattern: Option<Pattern>,
    /// `format`.
    pub format: Option<Format>,
}

/// A `pattern`: the expression as written and the function that searches a string for it.
#[derive(Clone, Copy)]
pub struct Pattern {
    /// The regular expression as the schema writes it.
    pub source: &'static str,
    /// Whether the expression matches somewhere in the string: a function of the generated
    /// code, or a closure over the expression the run-time decoder compiled.
    pub is_match: &'static (dyn Fn(&str) -> bool + Send + Sync),
}

impl Text {
    pub(crate) fn check(&self, text: &str) -> Result<(), String> {
        if self.min_length > 0 || self.max_length < usize::MAX {
            let length = text.chars().count();
            if length < self.min_length {
                return Err(format!(
                    "string of {length} characters is shorter than `minLength` {}",
                    self.min_length
                ));
            }
            if length > self.max_length {
                return Err(format!(
                    "string of {length} characters is longer than `maxLength` {}",
                    self.max_length
                ));
            }
        }
        if let Some(format) = self.format
            && !format.accepts(text)
        {
            return Err(format!(
                "string is not a valid `{}` (`format`)",
                format.name()
            ));
        }
        if let Some(pattern) = self.pattern
            && !(pattern.is_match)(text)
        {
            return Err(format!(
                "string does not match `pattern` {:?}",
                pattern.source
            ));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Text {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        let text = String::deserialize(deserializer)?;
        self.check(&text).map_err(de::Error::custom)?;
        Ok(text)
    }
}

/// An `integer` of Rust type `T`, within `min..=max` (exclusive bounds already made inclusive,
/// and no wider than `T`) and a multiple of `multiple_of`. Accepts integral numbers written with
/// a fraction or exponent (`3.0`, `3e0`), as JSON Schema does.
pub struct Integer<T> {
    /// The smallest value allowed.
    pub min: i128,
    /// The largest value allowed.
    pub max: i128,
    /// `multipleOf`.
    pub multiple_of: Option<i128>,
    /// Whether only integers written without a fraction or exponent are integers (draft-04).
    pub plain: bool,
    /// The Rust type the value becomes.
    pub ty: PhantomData<fn() -> T>,
}

impl<T> Clone for Integer<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Integer<T> {}

impl Integer<i64> {
    /// Any `i64`.
    pub const ANY: Integer<i64> = Integer {
        min: i64::MIN as i128,
        max: i64::MAX as i128,
        multiple_of: None,
        plain: false,
        ty: PhantomData,
    };
}

impl<'de, T: TryFrom<i128>> DeserializeSeed<'de> for Integer<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        let number = Number::deserialize(deserializer)?;
        check_plain(self.plain, &number).map_err(de::Error::custom)?;
        let plain = number.as_str().parse::<i128>().ok();
        if plain.is_none() && !number.is_integer() {
            return Err(de::Error::custom(format_args!(
                "invalid type: number {number}, expected an integer"
            )));
        }
        let out_of_type = || {
            de::Error::custom(format_args!(
                "{number} is out of range for the field's Rust type `{}`",
                std::any::type_name::<T>()
            ))
        };
        let Some(value) = plain.or_else(|| number.as_i128()) else {
            return Err(out_of_type());
        };
        let Ok(typed) = T::try_from(value) else {
            return Err(out_of_type());
        };
        if value < self.min {
            return Err(de::Error::custom(format_args!(
                "{value} is less than the minimum {}",
                self.min
            )));
        }
        if value > self.max {
            return Err(de::Error::custom(format_args!(
                "{value} is greater than the maximum {}",
                self.max
            )));
        }
        if let Some(divisor) = self.multiple_of
            && divisor != 0
            && value % divisor != 0
        {
            return Err(de::Error::custom(format_args!(
                "{value} is not a multiple of {divisor} (`multipleOf`)"
            )));
        }
        Ok(typed)
    }
}

/// A `number` within `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, and a multiple
/// of `multipleOf`, each compared exactly.
#[derive(Clone, Copy)]
pub struct Decimal {
    /// `minimum`, as written in the schema.
    pub minimum: Option<&'static str>,
    /// `exclusiveMinimum`.
    pub exclusive_minimum: Option<&'static str>,
    /// `maximum`.
    pub maximum: Option<&'static str>,
    /// `exclusiveMaximum`.
    pub exclusive_maximum: Option<&'static str>,
    /// `multipleOf`, as written in the schema.
    pub multiple_of: Option<&'static str>,
}

impl Decimal {
    pub(crate) fn check(&self, number: &Number) -> Result<(), String> {
        let bound = |text: &str| text.parse::<Number>().ok();
        let rules = [
            (self.minimum, "minimum", false, std::cmp::Ordering::Less),
            (
                self.exclusive_minimum,
                "exclusiveMinimum",
                true,
                std::cmp::Ordering::Less,
            ),
            (self.maximum, "maximum", false, std::cmp::Ordering::Greater),
            (
                self.exclusive_maximum,
                "exclusiveMaximum",
                true,
                std::cmp::Ordering::Greater,
            ),
        ];
        for (limit, keyword, exclusive, wrong_side) in rules {
            let Some(limit_number) = limit.and_then(bound) else {
                continue;
            };
            let side = number.cmp(&limit_number);
            if side == wrong_side || (exclusive && side == std::cmp::Ordering::Equal) {
                return Err(format!(
                    "{number} breaks `{keyword}` {}",
                    limit.unwrap_or_default()
                ));
            }
        }
        if let Some(divisor) = self.multiple_of
            && !events_facts::is_multiple_of(number.as_str(), divisor)
        {
            return Err(format!(
                "{number} is not a multiple of {divisor} (`multipleOf`)"
            ));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Decimal {
    type Value = Number;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Number, D::Error> {
        let number = Number::deserialize(deserializer)?;
        self.check(&number).map_err(de::Error::custom)?;
        Ok(number)
    }
}

/// Draft-04 calls an integer only a number written without a fraction or exponent (`3`, not
/// `3.0` or `3e0`).
fn check_plain(plain: bool, number: &Number) -> Result<(), String> {
    let text = number.as_str();
    let digits = text.strip_prefix('-').unwrap_or(text);
    if plain && !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "invalid type: number {number}, expected an integer written without a fraction or exponent (draft-04)"
        ));
    }
    Ok(())
}

/// An `integer` of any size ([`Integer`](crate::Integer)), within bounds compared exactly and a
/// multiple of `multiple_of`, computed exactly however large the value.
#[derive(Clone, Copy)]
pub struct AnyInteger {
    /// `minimum`, `maximum` and the exclusive bounds, as written in the schema (no `multipleOf`).
    pub bounds: Decimal,
    /// `multipleOf`.
    pub multiple_of: Option<u64>,
    /// Whether only integers written without a fraction or exponent are integers (draft-04).
    pub plain: bool,
}

impl<'de> DeserializeSeed<'de> for AnyInteger {
    type Value = crate::Integer;
    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<crate::Integer, D::Error> {
        let integer = crate::Integer::deserialize(deserializer)?;
        check_plain(self.plain, integer.as_number()).map_err(de::Error::custom)?;
        self.bounds
            .check(integer.as_number())
            .map_err(de::Error::custom)?;
        if let Some(divisor) = self.multiple_of {
            let remainder = events_facts::Decimal::parse(integer.as_str())
                .and_then(|decimal| decimal.integer_remainder(divisor));
            if remainder != Some(0) {
                return Err(de::Error::custom(format_args!(
                    "{integer} is not a multiple of {divisor} (`multipleOf`)"
                )));
            }
        }
        Ok(integer)
    }
}

/// An `array` whose items follow `item`, with `minItems`, `maxItems` and `uniqueItems`.
#[derive(Clone, Copy)]
pub struct Items<S> {
    /// The rules of every item.
    pub item: S,
    /// `minItems`.
    pub min_items: usize,
    /// `maxItems`; `usize::MAX` when absent.
    pub max_items: usize,
    /// `uniqueItems: true`.
    pub unique: bool,
}

impl<S> Items<S> {
    /// An array of `item` with no count or uniqueness rule.
    pub const fn of(item: S) -> Self {
        Items {
            item,
            min_items: 0,
            max_items: usize::MAX,
            unique: false,
        }
    }
}

impl<'de, S> DeserializeSeed<'de> for Items<S>
where
    S: DeserializeSeed<'de> + Copy,
    S::Value: PartialEq,
{
    type Value = Vec<S::Value>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, S> Visitor<'de> for Items<S>
where
    S: DeserializeSeed<'de> + Copy,
    S::Value: PartialEq,
{
    type Value = Vec<S::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq
            .next_element_seed(self.item)
            .map_err(|error| path::at_index(error, items.len()))?
        {
            if items.len() == self.max_items {
                return Err(de::Error::custom(format_args!(
                    "array has more than `maxItems` {} items",
                    self.max_items
                )));
            }
            if self.unique
                && let Some(first) = items.iter().position(|earlier| *earlier == item)
            {
                return Err(de::Error::custom(format_args!(
                    "item {} repeats item {first} (`uniqueItems`)",
                    items.len()
                )));
            }
            items.push(item);
        }
        if items.len() < self.min_items {
            return Err(de::Error::custom(format_args!(
                "array of {} items has fewer than `minItems` {}",
                items.len(),
                self.min_items
            )));
        }
        Ok(items)
    }
}

/// An `object` used as a map (`additionalProperties` or `patternProperties`): every value
/// follows `value`, every key `key` (`propertyNames`, the pattern), and each key appears once.
#[derive(Clone, Copy)]
pub struct Entries<S> {
    /// The rules of every value.
    pub value: S,
    /// The rules of every key.
    pub key: Text,
}

impl<'de, S: DeserializeSeed<'de> + Copy> DeserializeSeed<'de> for Entries<S> {
    type Value = BTreeMap<String, S::Value>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, S: DeserializeSeed<'de> + Copy> Visitor<'de> for Entries<S> {
    type Value = BTreeMap<String, S::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = BTreeMap::new();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            self.key
                .check(&key)
                .map_err(|why| de::Error::custom(format_args!("key `{key}`: {why}")))?;
            let value = map
                .next_value_seed(self.value)
                .map_err(|error| path::at_key(error, &key))?;
            if entries.insert(key.into_owned(), value).is_some() {
                return Err(de::Error::custom("duplicate key in object"));
            }
        }
        Ok(entries)
    }
}

/// A format that needs the `idn` feature of events-core: `IdnHostname` or `IdnEmail`.
#[cfg(feature = "idn")]
#[doc(hidden)]
#[macro_export]
macro_rules! __idn_format {
    ($variant:ident) => {
        ::events_core::__private::Format::$variant
    };
}

/// Without the `idn` feature, a catalog that uses an `idn-` format does not compile, and says why.
#[cfg(not(feature = "idn"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __idn_format {
    ($variant:ident) => {
        ::core::compile_error!(::core::concat!(
            "this catalog uses an internationalised format (",
            ::core::stringify!($variant),
            "); enable the `idn` feature of events-core to check it"
        ))
    };
}

/// The [`Pattern`] for a schema's `pattern` (`source`, as written) run as `translated` by the
/// `regex` crate. Generated code only; needs the `pattern` feature of events-core.
#[cfg(feature = "pattern")]
#[doc(hidden)]
#[macro_export]
macro_rules! __pattern {
    ($source:literal, $translated:literal) => {{
        fn is_match(text: &str) -> bool {
            static REGEX: ::std::sync::LazyLock<
                ::core::option::Option<::events_core::__private::regex::Regex>,
            > = ::std::sync::LazyLock::new(|| {
                ::events_core::__private::regex::Regex::new($translated).ok()
            });
            REGEX.as_ref().is_some_and(|regex| regex.is_match(text))
        }
        ::events_core::__private::Pattern {
            source: $source,
            is_match: &is_match,
        }
    }};
}

/// Without the `pattern` feature, a catalog that uses `pattern` does not compile, and says why.
#[cfg(not(feature = "pattern"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __pattern {
    ($source:literal, $translated:literal) => {
        ::core::compile_error!(::core::concat!(
            "this catalog uses `pattern` (",
            $source,
            "); enable the `pattern` feature of events-core to enforce it"
        ))
    };
}

/// Item `index` of a tuple (`prefixItems`), which must be there: the first `min_items` are.
pub fn required_item<'de, A: SeqAccess<'de>, S: DeserializeSeed<'de>>(
    seq: &mut A,
    index: usize,
    min_items: usize,
    seed: S,
) -> Result<S::Value, A::Error> {
    seq.next_element_seed(seed)
        .map_err(|error| path::at_index(error, index))?
        .ok_or_else(|| {
            de::Error::custom(format_args!(
                "array of {index} items has fewer than `minItems` {min_items}"
            ))
        })
}

/// Item `index` of a tuple, which may be missing: the items from `minItems` on.
pub fn optional_item<'de, A: SeqAccess<'de>, S: DeserializeSeed<'de>>(
    seq: &mut A,
    index: usize,
    seed: S,
) -> Result<Option<S::Value>, A::Error> {
    seq.next_element_seed(seed)
        .map_err(|error| path::at_index(error, index))
}

/// The end of a closed tuple (`items: false`): no item after the `count` listed ones.
pub fn no_more_items<'de, A: SeqAccess<'de>>(seq: &mut A, count: usize) -> Result<(), A::Error> {
    match seq.next_element::<de::IgnoredAny>()? {
        None => Ok(()),
        Some(_) => Err(de::Error::custom(format_args!(
            "array has more than its {count} items (`prefixItems` with `items: false`)"
        ))),
    }
}
