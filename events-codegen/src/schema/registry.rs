//! The keyword registry: every JSON Schema keyword the generator knows, one row each, with what
//! the rest of the schema stage needs to know about it. The reader (`keywords`), the conversion's
//! precedence and conflicts (`schema`), the type checks (`typed`), the merge (`composition`) and
//! the README's keyword table all read this table; none keeps a list of its own.
//!
//! Adding a keyword: a variant here, its row in `rows.rs`, a conversion arm, a run-time check, a
//! case.

mod rows;

use crate::json::{Node, NodeValue};
use rows::ROWS;

/// A keyword the generator knows: supported, or refused with a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Keyword {
    Schema,
    Id,
    Comment,
    Defs,
    Definitions,
    Ref,
    Title,
    Description,
    Examples,
    ReadOnly,
    WriteOnly,
    Deprecated,
    Default,
    Type,
    Properties,
    Required,
    AdditionalProperties,
    PatternProperties,
    PropertyNames,
    Items,
    PrefixItems,
    Enum,
    Const,
    AnyOf,
    OneOf,
    AllOf,
    MinLength,
    MaxLength,
    Pattern,
    Format,
    Minimum,
    Maximum,
    ExclusiveMinimum,
    ExclusiveMaximum,
    MultipleOf,
    MinItems,
    MaxItems,
    UniqueItems,
    If,
    Then,
    Else,
    Not,
    DependentSchemas,
    DependentRequired,
    Dependencies,
    UnevaluatedProperties,
    UnevaluatedItems,
    DynamicRef,
    DynamicAnchor,
    RecursiveRef,
    RecursiveAnchor,
    Anchor,
    Contains,
    MinContains,
    MaxContains,
    MinProperties,
    MaxProperties,
    ContentMediaType,
    ContentEncoding,
    ContentSchema,
}

/// What a keyword does, as JSON Schema groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Says nothing about which values are valid (`description`, `examples`).
    Annotation,
    /// Names or holds other schemas (`$ref`, `$defs`, `$id`).
    Reference,
    /// Decides the kind of value and its parts (`type`, `properties`, `enum`).
    Shape,
    /// Narrows values of one JSON type (`minLength`, `maximum`).
    Validation,
    /// Combines other schemas (`allOf`, `oneOf`).
    Composition,
}

/// The JSON type a keyword applies to; `Number` covers integers too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    String,
    Number,
    Array,
    Object,
}

/// The JSON type a keyword's value must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    String,
    Object,
    Array,
    NonEmptyArray,
    StringOrStrings,
    StringArray,
    BoolOrObject,
    Bool,
    Count,
    Number,
    PositiveNumber,
    Any,
}

/// Where a keyword's value holds schemas, for walks over a schema's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    Nothing,
    /// One schema (`items`, `not`).
    Schema,
    /// An object of schemas by key (`properties`, `$defs`).
    SchemaByKey,
    /// An array of schemas (`allOf`, `prefixItems`).
    Schemas,
}

/// A keyword that decides a schema's shape on its own, and the keywords its generated type
/// would ignore if they stood beside it.
#[derive(Debug)]
pub struct Decides {
    /// Tried in this order: the lowest present one decides.
    pub precedence: u8,
    /// Keywords that cannot stand beside it, in groups.
    pub excludes: &'static [&'static [Keyword]],
    /// What to do instead, for the message.
    pub advice: &'static str,
}

/// One row of the registry.
#[derive(Debug)]
pub struct Row {
    pub keyword: Keyword,
    /// As written in a schema.
    pub name: &'static str,
    pub value: Value,
    pub family: Family,
    /// The only JSON type it constrains; `None` when it says something about every value.
    pub applies_to: Option<JsonType>,
    pub holds: Holds,
    /// Allowed at the top of a schema file only.
    pub root_only: bool,
    /// May stand in an `allOf` part that is merged into one struct.
    pub mergeable: bool,
    /// Why the generator refuses it; `None` when supported.
    pub refused: Option<&'static str>,
    /// No Rust type holds it: the type comes from the other keywords, and the decoder checks
    /// the value against the schema's program (`events_core::__private::Schema`).
    pub checked: bool,
    pub decides: Option<Decides>,
}

const fn row(keyword: Keyword, name: &'static str, value: Value, family: Family) -> Row {
    Row {
        keyword,
        name,
        value,
        family,
        applies_to: None,
        holds: match value {
            Value::BoolOrObject => Holds::Schema,
            Value::NonEmptyArray => Holds::Schemas,
            _ => Holds::Nothing,
        },
        root_only: false,
        mergeable: matches!(family, Family::Annotation),
        refused: None,
        checked: false,
        decides: None,
    }
}

impl Row {
    const fn on(mut self, json_type: JsonType) -> Self {
        self.applies_to = Some(json_type);
        self
    }

    const fn holds(mut self, holds: Holds) -> Self {
        self.holds = holds;
        self
    }

    const fn root_only(mut self) -> Self {
        self.root_only = true;
        self.mergeable = true;
        self
    }

    const fn mergeable(mut self) -> Self {
        self.mergeable = true;
        self
    }

    const fn decides(
        mut self,
        precedence: u8,
        excludes: &'static [&'static [Keyword]],
        advice: &'static str,
    ) -> Self {
        self.decides = Some(Decides {
            precedence,
            excludes,
            advice,
        });
        self
    }

    const fn refused(mut self, why: &'static str) -> Self {
        self.refused = Some(why);
        self
    }

    const fn checked(mut self) -> Self {
        self.checked = true;
        self
    }
}

impl Keyword {
    /// Its row of the registry.
    pub fn row(self) -> &'static Row {
        &ROWS[self as usize]
    }

    /// As written in a schema.
    pub fn name(self) -> &'static str {
        self.row().name
    }

    /// The keyword written `name`, if the generator knows it.
    pub fn named(name: &str) -> Option<Self> {
        ROWS.iter()
            .find(|row| row.name == name)
            .map(|row| row.keyword)
    }

    /// Every supported keyword, in the order messages list them.
    pub fn supported() -> impl Iterator<Item = Self> {
        ROWS.iter()
            .filter(|row| row.refused.is_none())
            .map(|row| row.keyword)
    }

    /// The keywords that decide a schema's shape on their own, in the order they are tried.
    pub fn deciding() -> Vec<(Self, &'static Decides)> {
        let mut deciding: Vec<_> = ROWS
            .iter()
            .filter_map(|row| Some((row.keyword, row.decides.as_ref()?)))
            .collect();
        deciding.sort_by_key(|(_, decides)| decides.precedence);
        deciding
    }

    pub fn family(self) -> Family {
        self.row().family
    }

    pub fn applies_to(self) -> Option<JsonType> {
        self.row().applies_to
    }

    pub fn is_annotation(self) -> bool {
        self.family() == Family::Annotation
    }

    /// Whether it constrains values, so that the schema says something a type must keep.
    pub fn constrains(self) -> bool {
        matches!(
            self.family(),
            Family::Shape | Family::Validation | Family::Composition
        )
    }

    /// The schemas held in `value`, this keyword's value.
    pub fn schemas_in(self, value: &Node) -> Vec<&Node> {
        match self.row().holds {
            Holds::Nothing => Vec::new(),
            Holds::Schema => vec![value],
            Holds::SchemaByKey => value
                .as_object()
                .unwrap_or_default()
                .iter()
                .map(|member| &member.value)
                .collect(),
            Holds::Schemas => value.as_array().unwrap_or_default().iter().collect(),
        }
    }

    /// The schemas held in `value`, this keyword's value, to rewrite them.
    pub fn schemas_in_mut(self, value: &mut Node) -> Vec<&mut Node> {
        let holds = self.row().holds;
        if holds == Holds::Schema {
            return vec![value];
        }
        match (holds, &mut value.value) {
            (Holds::SchemaByKey, NodeValue::Object(members)) => {
                members.iter_mut().map(|member| &mut member.value).collect()
            }
            (Holds::Schemas, NodeValue::Array(items)) => items.iter_mut().collect(),
            _ => Vec::new(),
        }
    }

    /// The keywords that cannot stand beside this one, which decides the shape.
    pub fn excludes(self) -> impl Iterator<Item = Self> {
        let groups = self.row().decides.as_ref().map_or(&[][..], |d| d.excludes);
        groups.iter().flat_map(|group| group.iter().copied())
    }

    /// Its value in the schema object `node`, read as is (without the reader's checks).
    pub fn of(self, node: &Node) -> Option<&Node> {
        node.get(self.name())
    }

    /// Whether the schema object `node` has it set to `true`.
    pub fn is_true_in(self, node: &Node) -> bool {
        self.of(node)
            .is_some_and(|value| matches!(value.value, NodeValue::Bool(true)))
    }
}

#[cfg(test)]
mod tests {
    use super::{Keyword, ROWS};

    #[test]
    fn rows_are_in_keyword_order_with_unique_names() {
        for (index, row) in ROWS.iter().enumerate() {
            assert_eq!(row.keyword as usize, index, "{}", row.name);
            assert_eq!(Keyword::named(row.name), Some(row.keyword));
        }
        let mut precedences: Vec<u8> = Keyword::deciding()
            .iter()
            .map(|(_, decides)| decides.precedence)
            .collect();
        precedences.dedup();
        assert_eq!(precedences.len(), Keyword::deciding().len());
    }

    /// The README's table of supported keywords names exactly the supported keywords: each row
    /// of the table names keywords (and `format` names, and `null`) in backticks in its first
    /// column.
    #[test]
    fn the_readme_keyword_table_lists_exactly_the_supported_keywords() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
            .expect("README.md beside the workspace");
        let table = readme
            .split("| keyword | generates | enforced when decoding |")
            .nth(1)
            .expect("the keyword table")
            .split("\n\n")
            .next()
            .unwrap_or_default();
        let mut named = std::collections::BTreeSet::new();
        for line in table.lines().skip(2) {
            let first_cell = line.split('|').nth(1).unwrap_or_default();
            for (index, quoted) in first_cell.split('`').enumerate() {
                if index % 2 == 0 {
                    continue;
                }
                let word: String = quoted
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '$' || *c == '-')
                    .collect();
                let is_format = events_facts::Format::ALL
                    .iter()
                    .any(|format| format.name() == word)
                    || crate::model::IntegerFormat::ALL
                        .iter()
                        .any(|format| format.name() == word);
                if word.is_empty()
                    || is_format
                    || ["null", "true", "false"].contains(&word.as_str())
                {
                    continue;
                }
                let keyword = Keyword::named(&word)
                    .unwrap_or_else(|| panic!("README names `{word}`, which is no keyword"));
                assert!(
                    keyword.row().refused.is_none(),
                    "README lists `{word}` as supported"
                );
                named.insert(keyword);
            }
        }
        let missing: Vec<&str> = Keyword::supported()
            .filter(|keyword| !named.contains(keyword))
            .map(Keyword::name)
            .collect();
        assert!(
            missing.is_empty(),
            "README's keyword table lacks {missing:?}"
        );
    }
}
