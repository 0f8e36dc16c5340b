//! Schemas with a `type`: strings, numbers and integers with their rules and `format`, arrays
//! and closed tuples (`prefixItems`); objects go on to `objects`.

use super::dialect::Dialect;
use super::keywords::Keywords;
use super::registry::Keyword;
use super::{Converter, Naming, pattern};
use crate::ident;
use crate::json::{Node, NodeValue};
use crate::model::{
    AnyIntegerRules, ArrayRules, Format, IntegerFormat, IntegerRules, NumberRules, TextRules,
    TupleDef, Ty, TypeDef,
};
use crate::rule::Rule;

fn number_rules(keywords: &Keywords<'_>) -> NumberRules {
    NumberRules {
        minimum: keywords.number(Keyword::Minimum),
        exclusive_minimum: keywords.number(Keyword::ExclusiveMinimum),
        maximum: keywords.number(Keyword::Maximum),
        exclusive_maximum: keywords.number(Keyword::ExclusiveMaximum),
        multiple_of: keywords.number(Keyword::MultipleOf),
    }
}

/// The range an integer of `format` accepts within the bounds of `rules`.
fn integer_rules(rules: &NumberRules, format: IntegerFormat, plain: bool) -> IntegerRules {
    let (min, max) = integer_range(rules, format.range());
    IntegerRules {
        format,
        min,
        max,
        multiple_of: rules
            .multiple_of
            .as_deref()
            .and_then(|t| t.parse::<i128>().ok()),
        plain,
    }
}

/// The Rust integer type of an `integer` without `format`: `i64` when its bounds keep it within
/// `i64`, else `u64` when they keep it within that; `None` when no Rust integer type holds
/// every value the schema allows.
fn integer_format_of_bounds(rules: &NumberRules) -> Option<IntegerFormat> {
    let (min, max) = integer_range(rules, (i128::MIN, i128::MAX));
    [IntegerFormat::Int64, IntegerFormat::Uint64]
        .into_iter()
        .find(|format| {
            let (low, high) = format.range();
            low <= min && max <= high
        })
}

/// The inclusive range that `rules`' bounds leave of `range`.
fn integer_range(rules: &NumberRules, range: (i128, i128)) -> (i128, i128) {
    let value = |text: &Option<String>| text.as_deref().and_then(|t| t.parse::<f64>().ok());
    let exact = |text: &Option<String>| text.as_deref().and_then(|t| t.parse::<i128>().ok());
    // Bounds beyond ±10^30 are beyond every Rust integer type anyway.
    let clamp = |value: f64| value.clamp(-1.0e30, 1.0e30) as i128;
    let (mut min, mut max) = range;
    if let Some(bound) =
        exact(&rules.minimum).or_else(|| value(&rules.minimum).map(|v| clamp(v.ceil())))
    {
        min = min.max(bound);
    }
    if let Some(bound) = exact(&rules.exclusive_minimum)
        .or_else(|| value(&rules.exclusive_minimum).map(|v| clamp(v.floor())))
    {
        min = min.max(bound.saturating_add(1));
    }
    if let Some(bound) =
        exact(&rules.maximum).or_else(|| value(&rules.maximum).map(|v| clamp(v.floor())))
    {
        max = max.min(bound);
    }
    if let Some(bound) = exact(&rules.exclusive_maximum)
        .or_else(|| value(&rules.exclusive_maximum).map(|v| clamp(v.ceil())))
    {
        max = max.min(bound.saturating_sub(1));
    }
    (min, max)
}

impl<'a> Converter<'a> {
    pub(super) fn convert_typed(
        &mut self,
        keywords: &Keywords<'a>,
        type_name: &str,
        naming: Naming,
    ) -> Option<Ty> {
        // A keyword of another type (`minLength` on an integer) says nothing about this one's
        // values, as in JSON Schema: each branch below reads only its own type's keywords.
        match type_name {
            "string" => {
                let pattern = match keywords.get(Keyword::Pattern) {
                    Some(node) => match pattern::text_pattern(node.as_str().unwrap_or_default()) {
                        Ok(pattern) => Some(pattern),
                        Err(message) => {
                            self.error(Rule::PatternThatCannotBeEnforced, node, message);
                            return None;
                        }
                    },
                    None => None,
                };
                let format = self.format(keywords, "string", &Format::ALL, Format::name)?;
                Some(Ty::String(TextRules {
                    min_length: keywords.count(Keyword::MinLength),
                    max_length: keywords.count(Keyword::MaxLength),
                    pattern,
                    format,
                }))
            }
            "number" => {
                self.no_format(keywords, "number")?;
                Some(Ty::Number(number_rules(keywords)))
            }
            "integer" => {
                let format = self.format(
                    keywords,
                    "integer",
                    &IntegerFormat::ALL,
                    IntegerFormat::name,
                )?;
                let number = number_rules(keywords);
                if let Some(divisor) = keywords.get(Keyword::MultipleOf)
                    && divisor.as_count().is_none()
                {
                    self.error(
                        Rule::IntegerMultipleOfNotAnInteger,
                        divisor,
                        "`multipleOf` of an integer must be an integer",
                    );
                    return None;
                }
                // draft-04 calls only `3` an integer, not `3.0`.
                let plain = self.dialect == Dialect::Draft04;
                Some(match format.or_else(|| integer_format_of_bounds(&number)) {
                    Some(format) => Ty::Integer(integer_rules(&number, format, plain)),
                    None => Ty::AnyInteger(AnyIntegerRules {
                        bounds: number,
                        plain,
                    }),
                })
            }
            "boolean" => {
                self.no_format(keywords, "boolean")?;
                Some(Ty::Boolean)
            }
            "null" => {
                self.no_format(keywords, "null")?;
                Some(Ty::Null)
            }
            "array" => {
                self.no_format(keywords, "array")?;
                if keywords.has(Keyword::PrefixItems) {
                    return self.convert_tuple(keywords, naming);
                }
                // Without `items` (or with `items: true`) any item, as `RawJson`; with
                // `items: false`, no item at all.
                let (item, no_items) = match keywords.get(Keyword::Items) {
                    Some(items) if items.as_object().is_some() => {
                        let parent = self.claim(naming);
                        let naming = Naming::Derived(ident::item_type(&parent));
                        (self.convert(items, naming)?, false)
                    }
                    Some(items) => (Ty::Any, matches!(items.value, NodeValue::Bool(false))),
                    None => (Ty::Any, false),
                };
                let max_items = keywords.count(Keyword::MaxItems);
                let rules = ArrayRules {
                    min_items: keywords.count(Keyword::MinItems),
                    max_items: if no_items { Some(0) } else { max_items },
                    unique: keywords.flag(Keyword::UniqueItems) == Some(true),
                };
                Some(Ty::Array(Box::new(item), rules))
            }
            _ => {
                self.no_format(keywords, "object")?;
                self.convert_object(keywords, naming)
            }
        }
    }

    /// `prefixItems`: a tuple struct, one field per item; the items from `minItems` on are
    /// optional. Only a closed tuple (`items: false`) has an exact Rust type.
    fn convert_tuple(&mut self, keywords: &Keywords<'a>, naming: Naming) -> Option<Ty> {
        let prefix = keywords.elements(Keyword::PrefixItems);
        let closed = keywords.flag(Keyword::Items) == Some(false)
            || keywords.count(Keyword::MaxItems) == Some(prefix.len() as u64);
        if !closed {
            let at = keywords.get(Keyword::Items).unwrap_or(keywords.node);
            self.error(Rule::TupleThatIsNotClosed, at, "`prefixItems` is supported for closed tuples: add `\"items\": false`, so that items after the listed ones are refused");
            return None;
        }
        if let Some(unique) = keywords.get(Keyword::UniqueItems) {
            self.error(
                Rule::UniqueItemsBesidePrefixItems,
                unique,
                "`uniqueItems` beside `prefixItems` is not supported",
            );
            return None;
        }
        let required = keywords.count(Keyword::MinItems).unwrap_or(0);
        if required > prefix.len() as u64 {
            let at = keywords.get(Keyword::MinItems).unwrap_or(keywords.node);
            self.error(
                Rule::TupleMinItemsTooLarge,
                at,
                "`minItems` is larger than the tuple, so no array could match",
            );
            return None;
        }
        let name = self.claim(naming);
        let mut items = Vec::new();
        for (index, item) in prefix.iter().enumerate() {
            let item_naming = Naming::Derived(ident::tuple_item_type(&name, index));
            items.push(self.convert(item, item_naming));
        }
        let items: Vec<Ty> = items.into_iter().collect::<Option<_>>()?;
        Some(self.define(TypeDef::Tuple(TupleDef {
            name,
            doc: keywords.description(),
            items,
            required: required as usize,
        })))
    }

    /// The `format` of a value of `type_name`, which must be one of `known`: `Some(None)` when
    /// there is none, `None` after reporting one the generator cannot enforce.
    /// The `format` of a value of type `type_name`: `None` without one; a format it does not
    /// know is reported, with those it does.
    fn format<F: Copy>(
        &mut self,
        keywords: &Keywords<'_>,
        type_name: &str,
        known: &[F],
        name_of: fn(F) -> &'static str,
    ) -> Option<Option<F>> {
        let Some(node) = keywords.get(Keyword::Format) else {
            return Some(None);
        };
        let name = node.as_str().unwrap_or_default();
        if let Some(format) = known
            .iter()
            .copied()
            .find(|format| name_of(*format) == name)
        {
            return Some(Some(format));
        }
        if self.vocabulary.is_annotation_format(name) {
            return Some(None);
        }
        let listed: Vec<String> = known
            .iter()
            .map(|format| format!("`{}`", name_of(*format)))
            .collect();
        self.unknown_format(node, name, type_name, &listed);
        None
    }

    /// `Some(())` when a value of type `type_name`, which has no formats, has no `format`.
    fn no_format(&mut self, keywords: &Keywords<'_>, type_name: &str) -> Option<()> {
        let Some(node) = keywords.get(Keyword::Format) else {
            return Some(());
        };
        let name = node.as_str().unwrap_or_default();
        if self.vocabulary.is_annotation_format(name) {
            return Some(());
        }
        self.unknown_format(node, name, type_name, &[]);
        None
    }

    fn unknown_format(&mut self, node: &Node, name: &str, type_name: &str, listed: &[String]) {
        let supported = if listed.is_empty() {
            format!("no format is supported for type \"{type_name}\"")
        } else {
            format!("formats of type \"{type_name}\" are {}", listed.join(", "))
        };
        self.error(
            Rule::UnknownFormat,
            node,
            format!("unknown `format` \"{name}\" cannot be enforced; {supported}; a vendor's own format that needs no check can be declared in the index's `vocabulary.formats`"),
        );
    }
}
