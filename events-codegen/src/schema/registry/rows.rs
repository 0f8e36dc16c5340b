//! The registry's table: one row per keyword, in [`Keyword`] order, built with the `const`
//! builders of [`Row`]. Adding a keyword adds its row here.

use super::{Family, Holds, JsonType, Keyword, Row, Value, row};

use Family::{Annotation, Composition, Reference, Shape, Validation};
use Keyword as K;

/// What an `enum` or `const` would ignore beside it (not `type`, which it must agree with).
const BESIDE_A_LITERAL: &[Keyword] = &[
    K::AnyOf,
    K::OneOf,
    K::AllOf,
    K::Properties,
    K::Required,
    K::AdditionalProperties,
    K::Items,
];
/// What an `anyOf` or `oneOf` would ignore beside it.
const BESIDE_A_UNION: &[Keyword] = &[
    K::Type,
    K::Properties,
    K::Required,
    K::AdditionalProperties,
    K::Items,
];
const ONE_WAY: &str = "keep one way of describing the value";
const IN_EACH_BRANCH: &str = "put it in each branch";
const DEPENDENCIES: &str = "it is a keyword of the drafts before 2019-09 (`$schema` draft-04 to draft-07, where it is read as `dependentRequired` and `dependentSchemas`); from 2019-09 on, write those two";
const DYNAMIC: &str =
    "references resolved while validating are not supported; use `$ref` to `#/$defs/<name>`";

/// Every keyword, in [`Keyword`] order: supported ones first, in the order messages list them.
pub(super) const ROWS: &[Row] = &[
    row(K::Schema, "$schema", Value::String, Annotation).root_only(),
    row(K::Id, "$id", Value::String, Reference).mergeable(),
    row(K::Comment, "$comment", Value::String, Annotation),
    row(K::Defs, "$defs", Value::Object, Reference)
        .mergeable()
        .holds(Holds::SchemaByKey),
    row(K::Definitions, "definitions", Value::Object, Reference)
        .mergeable()
        .holds(Holds::SchemaByKey),
    row(K::Ref, "$ref", Value::String, Reference).mergeable(),
    row(K::Title, "title", Value::String, Annotation),
    row(K::Description, "description", Value::String, Annotation),
    row(K::Examples, "examples", Value::Array, Annotation),
    row(K::ReadOnly, "readOnly", Value::Bool, Annotation),
    row(K::WriteOnly, "writeOnly", Value::Bool, Annotation),
    row(K::Deprecated, "deprecated", Value::Bool, Annotation),
    row(K::Default, "default", Value::Any, Annotation),
    row(K::Type, "type", Value::StringOrStrings, Shape).mergeable(),
    row(K::Properties, "properties", Value::Object, Shape)
        .on(JsonType::Object)
        .holds(Holds::SchemaByKey)
        .mergeable(),
    row(K::Required, "required", Value::StringArray, Shape)
        .on(JsonType::Object)
        .mergeable(),
    row(
        K::AdditionalProperties,
        "additionalProperties",
        Value::BoolOrObject,
        Shape,
    )
    .on(JsonType::Object)
    .mergeable(),
    row(
        K::PatternProperties,
        "patternProperties",
        Value::Object,
        Shape,
    )
    .on(JsonType::Object)
    .holds(Holds::SchemaByKey),
    row(
        K::PropertyNames,
        "propertyNames",
        Value::BoolOrObject,
        Shape,
    )
    .on(JsonType::Object),
    row(K::Items, "items", Value::BoolOrObject, Shape).on(JsonType::Array),
    row(K::PrefixItems, "prefixItems", Value::NonEmptyArray, Shape).on(JsonType::Array),
    row(K::Enum, "enum", Value::Array, Shape).decides(1, &[BESIDE_A_LITERAL], ONE_WAY),
    row(K::Const, "const", Value::Any, Shape).decides(0, &[&[K::Enum], BESIDE_A_LITERAL], ONE_WAY),
    row(K::AnyOf, "anyOf", Value::NonEmptyArray, Composition).decides(
        3,
        &[&[K::OneOf], BESIDE_A_UNION],
        IN_EACH_BRANCH,
    ),
    row(K::OneOf, "oneOf", Value::NonEmptyArray, Composition).decides(
        4,
        &[BESIDE_A_UNION],
        IN_EACH_BRANCH,
    ),
    row(K::AllOf, "allOf", Value::NonEmptyArray, Composition)
        .mergeable()
        .decides(2, &[&[K::AnyOf, K::OneOf, K::Items]], ONE_WAY),
    row(K::MinLength, "minLength", Value::Count, Validation).on(JsonType::String),
    row(K::MaxLength, "maxLength", Value::Count, Validation).on(JsonType::String),
    row(K::Pattern, "pattern", Value::String, Validation).on(JsonType::String),
    row(K::Format, "format", Value::String, Validation),
    row(K::Minimum, "minimum", Value::Number, Validation).on(JsonType::Number),
    row(K::Maximum, "maximum", Value::Number, Validation).on(JsonType::Number),
    row(
        K::ExclusiveMinimum,
        "exclusiveMinimum",
        Value::Number,
        Validation,
    )
    .on(JsonType::Number),
    row(
        K::ExclusiveMaximum,
        "exclusiveMaximum",
        Value::Number,
        Validation,
    )
    .on(JsonType::Number),
    row(
        K::MultipleOf,
        "multipleOf",
        Value::PositiveNumber,
        Validation,
    )
    .on(JsonType::Number),
    row(K::MinItems, "minItems", Value::Count, Validation).on(JsonType::Array),
    row(K::MaxItems, "maxItems", Value::Count, Validation).on(JsonType::Array),
    row(K::UniqueItems, "uniqueItems", Value::Bool, Validation).on(JsonType::Array),
    row(K::If, "if", Value::BoolOrObject, Composition).checked(),
    row(K::Then, "then", Value::BoolOrObject, Composition).checked(),
    row(K::Else, "else", Value::BoolOrObject, Composition).checked(),
    row(K::Not, "not", Value::BoolOrObject, Composition).checked(),
    row(
        K::DependentSchemas,
        "dependentSchemas",
        Value::Object,
        Composition,
    )
    .holds(Holds::SchemaByKey)
    .checked(),
    row(
        K::DependentRequired,
        "dependentRequired",
        Value::Object,
        Validation,
    )
    .checked(),
    row(K::Dependencies, "dependencies", Value::Any, Validation).refused(DEPENDENCIES),
    row(
        K::UnevaluatedProperties,
        "unevaluatedProperties",
        Value::BoolOrObject,
        Shape,
    )
    .checked(),
    row(
        K::UnevaluatedItems,
        "unevaluatedItems",
        Value::BoolOrObject,
        Shape,
    )
    .checked(),
    row(K::DynamicRef, "$dynamicRef", Value::Any, Reference).refused(DYNAMIC),
    row(K::DynamicAnchor, "$dynamicAnchor", Value::Any, Reference).refused(DYNAMIC),
    row(K::RecursiveRef, "$recursiveRef", Value::Any, Reference).refused(DYNAMIC),
    row(
        K::RecursiveAnchor,
        "$recursiveAnchor",
        Value::Any,
        Reference,
    )
    .refused(DYNAMIC),
    row(K::Anchor, "$anchor", Value::String, Reference),
    row(K::Contains, "contains", Value::BoolOrObject, Validation).checked(),
    row(K::MinContains, "minContains", Value::Count, Validation).checked(),
    row(K::MaxContains, "maxContains", Value::Count, Validation).checked(),
    row(K::MinProperties, "minProperties", Value::Count, Validation).checked(),
    row(K::MaxProperties, "maxProperties", Value::Count, Validation).checked(),
    // The content vocabulary annotates strings; validators do not assert it by default.
    row(
        K::ContentMediaType,
        "contentMediaType",
        Value::String,
        Annotation,
    ),
    row(
        K::ContentEncoding,
        "contentEncoding",
        Value::String,
        Annotation,
    ),
    row(
        K::ContentSchema,
        "contentSchema",
        Value::BoolOrObject,
        Annotation,
    )
    .holds(Holds::Nothing),
];
