//! A schema as the decoder checks it at run time, where no Rust type holds it: the model of
//! `events_core::__private::Check`, one variant per keyword.

use super::{NumberRules, TextPattern, TextRules};

/// A schema as the decoder checks it at run time (`events_core::__private::Schema`), where no
/// Rust type holds it: self-contained, with every schema its `$ref`s reach.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Program {
    /// The schema checked.
    pub root: Checks,
    /// The schemas `Check::Ref` names, by index.
    pub definitions: Vec<Checks>,
    /// Where each definition stands (`defs/user.json#/$defs/id`): the same place compiles to the
    /// same checks in every program, so a catalog keeps one of each (`check_definitions.rs`).
    pub sources: Vec<String>,
}

/// The keywords of one schema: each must pass. Empty for `true`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Checks(pub Vec<Check>);

/// One keyword of a [`Checks`], as `events_core::__private::Check` has it.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// The schema `false`.
    Never,
    /// `type`.
    Type {
        /// The names of the types allowed.
        types: Vec<String>,
        /// Whether only integers written without a fraction or exponent are (draft-04).
        plain_integers: bool,
    },
    /// `const`, as JSON text.
    Const(String),
    /// `enum`, each value as JSON text.
    Enum(Vec<String>),
    /// The string keywords.
    Text(TextRules),
    /// The number keywords.
    Numeric(NumberRules),
    /// `minItems`, `maxItems`.
    ItemCount {
        /// `minItems`.
        min: u64,
        /// `maxItems`.
        max: Option<u64>,
    },
    /// `uniqueItems: true`.
    UniqueItems,
    /// `prefixItems`.
    PrefixItems(Vec<Checks>),
    /// `items`.
    Items {
        /// The first item it applies to: the count of `prefixItems`.
        from: usize,
        /// The schema of the items.
        schema: Box<Checks>,
    },
    /// `contains`.
    Contains {
        /// The schema some items match.
        schema: Box<Checks>,
        /// `minContains` (1 without it).
        min: u64,
        /// `maxContains`.
        max: Option<u64>,
    },
    /// `properties`.
    Properties(Vec<(String, Checks)>),
    /// `patternProperties`.
    PatternProperties(Vec<(TextPattern, Checks)>),
    /// `additionalProperties`.
    AdditionalProperties {
        /// The names `properties` lists, which it leaves out.
        listed: Vec<String>,
        /// The `patternProperties` patterns, whose matches it leaves out.
        patterns: Vec<TextPattern>,
        /// The schema of the other properties.
        schema: Box<Checks>,
    },
    /// `propertyNames`.
    PropertyNames(Box<Checks>),
    /// `required`.
    Required(Vec<String>),
    /// `minProperties`, `maxProperties`.
    PropertyCount {
        /// `minProperties`.
        min: u64,
        /// `maxProperties`.
        max: Option<u64>,
    },
    /// `dependentRequired`.
    DependentRequired(Vec<(String, Vec<String>)>),
    /// `dependentSchemas`.
    DependentSchemas(Vec<(String, Checks)>),
    /// `allOf`.
    AllOf(Vec<Checks>),
    /// `anyOf`.
    AnyOf(Vec<Checks>),
    /// `oneOf`.
    OneOf(Vec<Checks>),
    /// `not`.
    Not(Box<Checks>),
    /// `if`, `then`, `else`.
    If {
        /// `if`.
        condition: Box<Checks>,
        /// `then` (`true` without it).
        then: Box<Checks>,
        /// `else` (`true` without it).
        otherwise: Box<Checks>,
    },
    /// `unevaluatedProperties`.
    UnevaluatedProperties(Box<Checks>),
    /// `unevaluatedItems`.
    UnevaluatedItems(Box<Checks>),
    /// `$ref`: the program's definition of this index.
    Ref(usize),
    /// `$ref`: the catalog's definition of this index ([`Catalog::check_definitions`](super::Catalog::check_definitions)).
    Definition(usize),
}
