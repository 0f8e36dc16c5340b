//! What each keyword adds to a program: one arm per keyword, the keywords that share one check
//! (`minLength` with `pattern`, `minimum` with `multipleOf`, `minItems` with `maxItems`, …)
//! gathered first and pushed together at the end.

use super::super::TYPE_NAMES;
use super::super::dialect::Dialect;
use super::super::keywords::Keywords;
use super::super::pattern;
use super::super::registry::Keyword;
use super::{Compiler, Place};
use crate::json::{Node, NodeValue};
use crate::model::{Check, Checks, Format, IntegerFormat, NumberRules, TextRules};
use crate::rule::Rule;

/// The checks of one schema as its keywords are read.
#[derive(Default)]
struct Gathered {
    checks: Vec<Check>,
    text: TextRules,
    numbers: NumberRules,
    /// The range of an integer `format` (`int32`, `uint64`, …).
    integer_range: Option<(i128, i128)>,
    item_count: (Option<u64>, Option<u64>),
    property_count: (Option<u64>, Option<u64>),
    /// The checks that depend on what the others evaluate (`unevaluated*`).
    last: Vec<Check>,
}

impl Gathered {
    fn into_checks(mut self) -> Checks {
        if let Some((low, high)) = self.integer_range {
            // An integer `format` bounds numbers as the Rust type does.
            let numbers = &mut self.numbers;
            numbers.minimum = Some(tighter(numbers.minimum.take(), low, true));
            numbers.maximum = Some(tighter(numbers.maximum.take(), high, false));
        }
        let mut checks = self.checks;
        if self.item_count != (None, None) {
            checks.push(Check::ItemCount {
                min: self.item_count.0.unwrap_or(0),
                max: self.item_count.1,
            });
        }
        if self.property_count != (None, None) {
            checks.push(Check::PropertyCount {
                min: self.property_count.0.unwrap_or(0),
                max: self.property_count.1,
            });
        }
        if self.text != TextRules::default() {
            checks.push(Check::Text(self.text));
        }
        if self.numbers != NumberRules::default() {
            checks.push(Check::Numeric(self.numbers));
        }
        checks.extend(self.last);
        Checks(checks)
    }
}

/// The tighter of a written bound and a format's limit: the written one when it is beyond
/// the limit in the direction `keep_larger` names.
fn tighter(written: Option<String>, limit: i128, keep_larger: bool) -> String {
    let limit_text = limit.to_string();
    match written {
        Some(written)
            if events_facts::compare_numbers(&written, &limit_text)
                .is_some_and(|order| (order == std::cmp::Ordering::Greater) == keep_larger) =>
        {
            written
        }
        _ => limit_text,
    }
}

/// A keyword's value as JSON text.
fn json_text(node: &Node) -> String {
    match &node.value {
        NodeValue::Null => "null".to_owned(),
        NodeValue::Bool(value) => value.to_string(),
        NodeValue::Number(text) => text.clone(),
        NodeValue::String(text) => serde_json::Value::String(text.clone()).to_string(),
        NodeValue::Array(elements) => {
            let elements: Vec<String> = elements.iter().map(json_text).collect();
            format!("[{}]", elements.join(","))
        }
        NodeValue::Object(members) => {
            let members: Vec<String> = members
                .iter()
                .map(|member| {
                    let key = serde_json::Value::String(member.key.clone()).to_string();
                    format!("{key}:{}", json_text(&member.value))
                })
                .collect();
            format!("{{{}}}", members.join(","))
        }
    }
}

impl<'n> Compiler<'_, 'n> {
    /// The checks of the keywords `include` accepts (`Some(report)`: whether the defects of its
    /// schemas are reported here), `unevaluated*` last.
    pub(super) fn compile(
        &mut self,
        place: Place<'n>,
        keywords: &Keywords<'n>,
        include: impl Fn(Keyword) -> Option<bool>,
    ) -> Checks {
        let mut gathered = Gathered::default();
        for (keyword, value) in keywords.iter() {
            if let Some(report) = include(keyword) {
                let at = (place, report);
                self.keyword(at, keywords, keyword, value, &mut gathered);
            }
        }
        gathered.into_checks()
    }

    /// What `keyword`, of value `value`, adds to `gathered`.
    fn keyword(
        &mut self,
        (place, report): (Place<'n>, bool),
        keywords: &Keywords<'n>,
        keyword: Keyword,
        value: &'n Node,
        gathered: &mut Gathered,
    ) {
        let count = || value.as_count().unwrap_or_default();
        let number = || value.as_number().map(str::to_owned);
        let (checks, text, numbers) = (
            &mut gathered.checks,
            &mut gathered.text,
            &mut gathered.numbers,
        );
        match keyword {
            Keyword::Type => checks.extend(self.type_check(place, report, keywords)),
            Keyword::Const => checks.push(Check::Const(json_text(value))),
            Keyword::Enum => checks.push(Check::Enum(
                value
                    .as_array()
                    .unwrap_or_default()
                    .iter()
                    .map(json_text)
                    .collect(),
            )),
            Keyword::MinLength => text.min_length = Some(count()),
            Keyword::MaxLength => text.max_length = Some(count()),
            Keyword::Pattern => text.pattern = self.pattern(place, value, report),
            Keyword::Format => self.format(place, report, value, gathered),
            Keyword::Minimum => numbers.minimum = number(),
            Keyword::Maximum => numbers.maximum = number(),
            Keyword::ExclusiveMinimum => numbers.exclusive_minimum = number(),
            Keyword::ExclusiveMaximum => numbers.exclusive_maximum = number(),
            Keyword::MultipleOf => numbers.multiple_of = number(),
            Keyword::MinItems => gathered.item_count.0 = Some(count()),
            Keyword::MaxItems => gathered.item_count.1 = Some(count()),
            Keyword::UniqueItems if keywords.flag(Keyword::UniqueItems) == Some(true) => {
                checks.push(Check::UniqueItems);
            }
            Keyword::PrefixItems => {
                let elements = value.as_array().unwrap_or_default();
                checks.push(Check::PrefixItems(self.schemas(place, elements, report)));
            }
            Keyword::Items => {
                let from = keywords.elements(Keyword::PrefixItems).len();
                let schema = Box::new(self.schema(place, value, report));
                checks.push(Check::Items { from, schema });
            }
            Keyword::Contains => {
                let schema = Box::new(self.schema(place, value, report));
                checks.push(Check::Contains {
                    schema,
                    min: keywords.count(Keyword::MinContains).unwrap_or(1),
                    max: keywords.count(Keyword::MaxContains),
                });
            }
            Keyword::Properties => {
                checks.push(Check::Properties(self.schema_by_key(place, value, report)));
            }
            Keyword::PatternProperties => {
                checks.push(self.pattern_properties(place, report, value));
            }
            Keyword::AdditionalProperties => {
                checks.push(self.additional_properties(place, report, keywords, value));
            }
            Keyword::PropertyNames => {
                let schema = self.schema(place, value, report);
                checks.push(Check::PropertyNames(Box::new(schema)));
            }
            Keyword::Required => checks.push(Check::Required(
                value
                    .as_array()
                    .unwrap_or_default()
                    .iter()
                    .filter_map(Node::as_str)
                    .map(str::to_owned)
                    .collect(),
            )),
            Keyword::MinProperties => gathered.property_count.0 = Some(count()),
            Keyword::MaxProperties => gathered.property_count.1 = Some(count()),
            Keyword::DependentRequired => {
                checks.push(self.dependent_required(place, report, value));
            }
            Keyword::DependentSchemas => {
                let schemas = self.schema_by_key(place, value, report);
                checks.push(Check::DependentSchemas(schemas));
            }
            Keyword::AllOf | Keyword::AnyOf | Keyword::OneOf => {
                let elements = value.as_array().unwrap_or_default();
                let schemas = self.schemas(place, elements, report);
                checks.push(match keyword {
                    Keyword::AllOf => Check::AllOf(schemas),
                    Keyword::AnyOf => Check::AnyOf(schemas),
                    _ => Check::OneOf(schemas),
                });
            }
            Keyword::Not => {
                let schema = self.schema(place, value, report);
                checks.push(Check::Not(Box::new(schema)));
            }
            Keyword::If => checks.push(self.if_then_else(place, report, keywords, value)),
            Keyword::UnevaluatedProperties => {
                let schema = self.schema(place, value, report);
                gathered
                    .last
                    .push(Check::UnevaluatedProperties(Box::new(schema)));
            }
            Keyword::UnevaluatedItems => {
                let schema = self.schema(place, value, report);
                gathered
                    .last
                    .push(Check::UnevaluatedItems(Box::new(schema)));
            }
            Keyword::Ref => checks.extend(self.reference(place, value, report).map(Check::Ref)),
            // Annotations, `$defs` (reached by `$ref` only), and the keywords read with
            // another (`then`, `else`, `minContains`, `maxContains`).
            _ => {}
        }
    }

    fn type_check(
        &mut self,
        place: Place<'n>,
        report: bool,
        keywords: &Keywords<'n>,
    ) -> Option<Check> {
        let (names, node) = keywords.types()?;
        let mut types = Vec::new();
        for name in names {
            if !TYPE_NAMES.contains(&name) {
                let message = format!(
                    "unknown type \"{name}\"; expected one of {}",
                    TYPE_NAMES.join(", ")
                );
                self.error(report, place, node, Rule::UnknownSchemaType, message);
            }
            types.push(name.to_owned());
        }
        Some(Check::Type {
            types,
            plain_integers: place.dialect == Dialect::Draft04,
        })
    }

    /// A string format is checked with the text; an integer one bounds numbers.
    fn format(&mut self, place: Place<'n>, report: bool, value: &Node, gathered: &mut Gathered) {
        let name = value.as_str().unwrap_or_default();
        if let Some(format) = Format::ALL.iter().find(|f| f.name() == name) {
            gathered.text.format = Some(*format);
        } else if let Some(format) = IntegerFormat::ALL.iter().find(|f| f.name() == name) {
            gathered.integer_range = Some(format.range());
        } else if !self.converter.vocabulary.is_annotation_format(name) {
            let message = format!(
                "unknown `format` \"{name}\" cannot be enforced; a vendor's own format that needs no check can be declared in the index's `vocabulary.formats`"
            );
            self.error(report, place, value, Rule::UnknownFormat, message);
        }
    }

    fn pattern_properties(&mut self, place: Place<'n>, report: bool, value: &'n Node) -> Check {
        let mut patterns = Vec::new();
        for member in value.as_object().unwrap_or_default() {
            let key = Node {
                value: NodeValue::String(member.key.clone()),
                span: member.key_span.clone(),
                pointer: member.value.pointer.clone(),
            };
            let pattern = self.pattern(place, &key, report);
            let checks = self.schema(place, &member.value, report);
            patterns.extend(pattern.map(|pattern| (pattern, checks)));
        }
        Check::PatternProperties(patterns)
    }

    fn additional_properties(
        &mut self,
        place: Place<'n>,
        report: bool,
        keywords: &Keywords<'n>,
        value: &'n Node,
    ) -> Check {
        let listed = keywords
            .members(Keyword::Properties)
            .iter()
            .map(|member| member.key.clone())
            .collect();
        let mut patterns = Vec::new();
        for member in keywords.members(Keyword::PatternProperties) {
            // One that cannot be enforced is reported at `patternProperties`.
            patterns.extend(pattern::text_pattern(&member.key).ok());
        }
        let schema = Box::new(self.schema(place, value, report));
        Check::AdditionalProperties {
            listed,
            patterns,
            schema,
        }
    }

    fn dependent_required(&mut self, place: Place<'n>, report: bool, value: &Node) -> Check {
        let mut dependencies = Vec::new();
        for member in value.as_object().unwrap_or_default() {
            let names: Option<Vec<String>> = member.value.as_array().and_then(|names| {
                names
                    .iter()
                    .map(|name| name.as_str().map(str::to_owned))
                    .collect()
            });
            match names {
                Some(names) => dependencies.push((member.key.clone(), names)),
                None => {
                    let message = format!(
                        "`dependentRequired` must map each property to an array of property names, found {} for `{}`",
                        member.value.kind(),
                        member.key
                    );
                    let rule = Rule::KeywordValueOfTheWrongType;
                    self.error(report, place, &member.value, rule, message);
                }
            }
        }
        Check::DependentRequired(dependencies)
    }

    fn if_then_else(
        &mut self,
        place: Place<'n>,
        report: bool,
        keywords: &Keywords<'n>,
        condition: &'n Node,
    ) -> Check {
        let mut branch = |keyword: Keyword| match keywords.get(keyword) {
            Some(node) => self.schema(place, node, report),
            None => Checks::default(),
        };
        let then = Box::new(branch(Keyword::Then));
        let otherwise = Box::new(branch(Keyword::Else));
        let condition = Box::new(self.schema(place, condition, report));
        Check::If {
            condition,
            then,
            otherwise,
        }
    }
}
