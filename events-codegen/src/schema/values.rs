//! Whether a JSON value written in a schema (a property's `default`) is one the generated type
//! accepts: the converted types read as rules, with the checks the decoder makes (from
//! `events-facts`, so that both sides judge alike). A default the decoder would refuse would make
//! every message without that property fail, so it is refused when the catalog is built.
//!
//! One check is left to the decoder: `pattern`, which the engine cannot run without a regular
//! expression engine of its own.

use std::cmp::Ordering;

use events_facts::{Decimal, compare_numbers, is_multiple_of, json_equal};

use super::registry::Keyword;
use super::{Converter, choices};
use crate::json::{Node, NodeValue};
use crate::model::{AnyIntegerRules, ArrayRules, NumberRules, TextRules, Ty, TypeDef};

/// An integer written without a fraction or exponent, as draft-04 asks of one.
fn is_plain_integer(text: &str) -> bool {
    text.strip_prefix('-')
        .unwrap_or(text)
        .bytes()
        .all(|b| b.is_ascii_digit())
}

impl Converter<'_> {
    /// `Ok` when the decoder would accept `value` as a `ty`; else why not, in a few words.
    pub(super) fn check_value(&self, ty: &Ty, value: &Node) -> Result<(), String> {
        match (ty, &value.value) {
            (Ty::Nullable(_) | Ty::Null, NodeValue::Null)
            | (Ty::Any, _)
            | (Ty::Boolean, NodeValue::Bool(_)) => Ok(()),
            (Ty::Nullable(inner) | Ty::Boxed(inner), _) => self.check_value(inner, value),
            // The checks beyond the type are the decoder's only.
            (Ty::Checked(inner, _), _) => self.check_value(inner, value),
            (Ty::String(rules), NodeValue::String(text)) => check_text(rules, text),
            (Ty::Number(rules), NodeValue::Number(text)) => check_number(rules, text),
            (
                Ty::AnyInteger(AnyIntegerRules {
                    bounds: rules,
                    plain,
                }),
                NodeValue::Number(text),
            ) => {
                let decimal = Decimal::parse(text).filter(Decimal::is_integer);
                let Some(decimal) = decimal.filter(|_| !plain || is_plain_integer(text)) else {
                    return Err(format!("{text} is not an integer"));
                };
                let bounds = NumberRules {
                    multiple_of: None,
                    ..rules.clone()
                };
                check_number(&bounds, text)?;
                let divisor = rules
                    .multiple_of
                    .as_deref()
                    .and_then(|d| d.parse::<u64>().ok());
                match divisor {
                    Some(divisor) if decimal.integer_remainder(divisor) != Some(0) => {
                        Err(format!("{text} breaks `multipleOf`"))
                    }
                    _ => Ok(()),
                }
            }
            (Ty::Integer(rules), NodeValue::Number(text)) => {
                let decimal = Decimal::parse(text)
                    .filter(Decimal::is_integer)
                    .filter(|_| !rules.plain || is_plain_integer(text));
                let integer = decimal.and_then(|d| d.to_integer_text()?.parse::<i128>().ok());
                match integer {
                    None => Err(format!("{text} is not an integer the Rust type holds")),
                    Some(n) if n < rules.min => Err(format!("{n} is less than {}", rules.min)),
                    Some(n) if n > rules.max => Err(format!("{n} is greater than {}", rules.max)),
                    Some(n) if rules.multiple_of.is_some_and(|d| d != 0 && n % d != 0) => {
                        Err(format!("{n} breaks `multipleOf`"))
                    }
                    Some(_) => Ok(()),
                }
            }
            (Ty::Array(item, rules), NodeValue::Array(items)) => {
                check_items(rules, items)?;
                items
                    .iter()
                    .try_for_each(|value| self.check_value(item, value))
            }
            (Ty::Map(item, keys), NodeValue::Object(entries)) => {
                for entry in entries {
                    check_text(keys, &entry.key)
                        .map_err(|why| format!("key `{}`: {why}", entry.key))?;
                    self.check_value(item, &entry.value)?;
                }
                Ok(())
            }
            (Ty::Named(name), _) => match self.types.iter().find(|def| def.name() == name) {
                Some(def) => self.check_defined(def, value),
                None => Ok(()),
            },
            (Ty::Shared { module, name }, _) => match self.shared.type_def(module, name) {
                Some(def) => self.check_defined(def, value),
                None => Ok(()),
            },
            _ => Err(format!("{} is not of the property's type", value.kind())),
        }
    }

    fn check_defined(&self, def: &TypeDef, value: &Node) -> Result<(), String> {
        let not_listed = || {
            Err(format!(
                "{} is not one of the listed values",
                value.to_value()
            ))
        };
        match def {
            TypeDef::Enum(def) if def.is_json => {
                let text = value.to_value().to_string();
                match def
                    .variants
                    .iter()
                    .any(|(_, json)| choices::json_equal(json, &text))
                {
                    true => Ok(()),
                    false => not_listed(),
                }
            }
            TypeDef::Enum(def) => match value.as_str() {
                Some(text) if def.variants.iter().any(|(_, wire)| wire == text) => Ok(()),
                _ => not_listed(),
            },
            TypeDef::Struct(def) => {
                let Some(members) = value.as_object() else {
                    return Err(format!("{} is not an object", value.kind()));
                };
                for field in &def.fields {
                    match members.iter().find(|member| member.key == field.wire) {
                        Some(member) => self
                            .check_value(&field.ty, &member.value)
                            .map_err(|why| format!("`{}`: {why}", field.wire))?,
                        None if field.required => {
                            return Err(format!("it lacks the required `{}`", field.wire));
                        }
                        None => {}
                    }
                }
                let mut unknown = members
                    .iter()
                    .filter(|member| !def.fields.iter().any(|field| field.wire == member.key));
                if let Some((_, values)) = &def.additional {
                    return unknown.try_for_each(|member| {
                        self.check_value(values, &member.value)
                            .map_err(|why| format!("`{}`: {why}", member.key))
                    });
                }
                match unknown.next() {
                    Some(member) if def.deny_unknown => Err(format!(
                        "`{}` is not allowed (`additionalProperties: false`)",
                        member.key
                    )),
                    _ => Ok(()),
                }
            }
            TypeDef::Union(def) => {
                let matching = def
                    .variants
                    .iter()
                    .filter(|(_, ty)| self.check_value(ty, value).is_ok())
                    .count();
                match (matching, def.exclusive) {
                    (0, _) => Err("it matches no branch".to_owned()),
                    (1, _) | (_, false) => Ok(()),
                    _ => Err("it matches more than one branch of the `oneOf`".to_owned()),
                }
            }
            TypeDef::Alias(def) => self.check_value(&def.target, value),
            // Its schema is the decoder's to check.
            TypeDef::Json(_) => Ok(()),
            TypeDef::Tuple(def) => {
                let Some(items) = value.as_array() else {
                    return Err(format!("{} is not an array", value.kind()));
                };
                if !(def.required..=def.items.len()).contains(&items.len()) {
                    return Err(format!(
                        "an array of {} items does not fit the tuple",
                        items.len()
                    ));
                }
                items
                    .iter()
                    .zip(&def.items)
                    .try_for_each(|(value, ty)| self.check_value(ty, value))
            }
        }
    }
}

fn check_text(rules: &TextRules, text: &str) -> Result<(), String> {
    let length = text.chars().count() as u64;
    if rules.min_length.is_some_and(|min| length < min) {
        return Err(format!(
            "a string of {length} characters is shorter than `minLength`"
        ));
    }
    if rules.max_length.is_some_and(|max| length > max) {
        return Err(format!(
            "a string of {length} characters is longer than `maxLength`"
        ));
    }
    match rules.format {
        Some(format) if !format.accepts(text) => {
            Err(format!("the string is not a valid `{}`", format.name()))
        }
        _ => Ok(()),
    }
}

fn check_number(rules: &NumberRules, text: &str) -> Result<(), String> {
    let bounds = [
        (
            &rules.minimum,
            Keyword::Minimum,
            [Ordering::Less].as_slice(),
        ),
        (
            &rules.exclusive_minimum,
            Keyword::ExclusiveMinimum,
            &[Ordering::Less, Ordering::Equal],
        ),
        (&rules.maximum, Keyword::Maximum, &[Ordering::Greater]),
        (
            &rules.exclusive_maximum,
            Keyword::ExclusiveMaximum,
            &[Ordering::Greater, Ordering::Equal],
        ),
    ];
    for (bound, keyword, wrong) in bounds {
        if let Some(bound) = bound
            && compare_numbers(text, bound).is_some_and(|side| wrong.contains(&side))
        {
            return Err(format!("{text} breaks `{}` {bound}", keyword.name()));
        }
    }
    match rules.multiple_of.as_deref() {
        Some(divisor) if !is_multiple_of(text, divisor) => {
            Err(format!("{text} breaks `multipleOf` {divisor}"))
        }
        _ => Ok(()),
    }
}

fn check_items(rules: &ArrayRules, items: &[Node]) -> Result<(), String> {
    let count = items.len() as u64;
    if rules.min_items.is_some_and(|min| count < min) {
        return Err(format!(
            "an array of {count} items is shorter than `minItems`"
        ));
    }
    if rules.max_items.is_some_and(|max| count > max) {
        return Err(format!(
            "an array of {count} items is longer than `maxItems`"
        ));
    }
    if rules.unique {
        let values: Vec<serde_json::Value> = items.iter().map(Node::to_value).collect();
        for (index, value) in values.iter().enumerate() {
            if values[..index]
                .iter()
                .any(|earlier| json_equal(earlier, value))
            {
                return Err(format!(
                    "item {index} repeats an earlier one (`uniqueItems`)"
                ));
            }
        }
    }
    Ok(())
}
