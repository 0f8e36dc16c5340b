//! The catalog rules as named values. Every diagnostic names the rule it breaks; a rule's id is
//! the name of its case folder under `tests/catalog-rules/`, and of the key a row writes in
//! `waive` when the rule is waivable.
//!
//! Adding a rule: a line in the table below, the `Rule` at the place that reports it, and a case
//! folder `tests/catalog-rules/<id>/` (a test fails until it exists).

use std::fmt;

/// Where a rule looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The catalog's files and folders, and the JSON text of each.
    File,
    /// The rows of `index.json`, alone or together.
    Row,
    /// One schema file, event or shared.
    Schema,
}

macro_rules! rules {
    ($($variant:ident = $id:literal, $scope:ident, $waivable:literal, $summary:literal;)*) => {
        /// A rule a catalog must keep.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $(#[doc = $summary] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order of the README's table.
            pub const ALL: &[Rule] = &[$(Rule::$variant),*];

            /// The rule's name: its case folder and the key that waives it.
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)*
                }
            }

            /// Where the rule looks.
            pub fn scope(self) -> Scope {
                match self {
                    $(Rule::$variant => Scope::$scope,)*
                }
            }

            /// Whether a row may waive it, to take a vendor's row as published.
            pub fn waivable(self) -> bool {
                match self {
                    $(Rule::$variant => $waivable,)*
                }
            }

            /// What the rule asks for, in a few words.
            pub fn summary(self) -> &'static str {
                match self {
                    $(Rule::$variant => $summary,)*
                }
            }
        }
    };
}

rules! {
    MissingCatalogFolder = "missing-catalog-folder", File, false, "the catalog folder exists";
    MissingIndex = "missing-index", File, false, "the catalog has an `index.json`";
    UnreadableFile = "unreadable-file", File, false, "every catalog path is a regular file that can be read";
    UnexpectedFile = "unexpected-file", File, false, "`schemas/` and `defs/` hold only the files the catalog names";
    NotUtf8 = "not-utf8", File, false, "file names and texts are UTF-8";
    ByteOrderMark = "byte-order-mark", File, false, "no file starts with a byte-order mark";
    InvalidJson = "invalid-json", File, false, "every file is one strict JSON value, at most 128 deep, its numbers within f64";
    DuplicateKey = "duplicate-key", File, false, "no object has a key twice";

    IndexShape = "index-shape", Row, false, "the index is an object with an `events` array of row objects";
    InvalidEnvelope = "invalid-envelope", Row, false, "`envelope` is `8x8`, `cloudevents` or the JSON pointers to the event's name and payload";
    InvalidSelector = "invalid-selector", Row, false, "`selector` is a JSON pointer to a field of the payload, and a row gives a `selector_value` only in a catalog that has one";
    DeliveriesThatConflict = "deliveries-that-conflict", Row, false, "rows delivered under one name each give a different `selector_value`";
    InvalidVersionField = "invalid-version-field", Row, false, "`version_field` is a JSON pointer to a field of the payload";
    InvalidVocabulary = "invalid-vocabulary", Row, false, "`vocabulary` declares annotation keywords and formats by name, none of JSON Schema's own";
    UnknownKeyInRow = "unknown-key-in-row", Row, false, "a row has only the known columns";
    MissingRequiredColumn = "missing-required-column", Row, false, "a row has every required column";
    WrongJsonTypeInRow = "wrong-json-type-in-row", Row, false, "each column has its JSON type";
    EventNameNotKebabCase = "event-name-not-kebab-case", Row, false, "in a catalog with `event_names: kebab-case-major`, an event name is lower-case words joined by `-`, ending in `-vN`";
    EventNameNotAFolderName = "event-name-not-a-folder-name", Row, false, "an event name can name the folder of its schemas";
    RustNameNotAName = "rust-name-not-a-name", Row, false, "a row's `rust_name` is an UpperCamelCase Rust name";
    EmptyDescription = "empty-description", Row, false, "a description says something";
    EmptySchemaVersions = "empty-schema-versions", Row, false, "a row lists at least one schema version";
    SchemaVersionNotSemver = "schema-version-not-semver", Row, false, "a schema version is a semantic version";
    DuplicateSchemaVersion = "duplicate-schema-version", Row, false, "a row lists each schema version once";
    VersionsThatCollideInRust = "versions-that-collide-in-rust", Row, false, "a row's schema versions make different Rust modules";
    MajorVersionDiffersFromName = "major-version-differs-from-name", Row, false, "in a catalog with `event_names: kebab-case-major`, each schema version's major is the name's `-vN`";
    ListedVersionWithoutSchemaFile = "listed-version-without-schema-file", Row, false, "each listed version has its schema file";
    SchemaFileForUnlistedVersion = "schema-file-for-unlisted-version", Row, false, "each schema file is of a listed version";
    NonIsoDate = "non-iso-date", Row, false, "a date is written YYYY-MM-DD";
    ImpossibleDate = "impossible-date", Row, false, "a date exists in the calendar";
    DateOrder = "date-order", Row, true, "active ≤ deprecation ≤ sunset date";
    DeprecatedWithoutDeprecationDate = "deprecated-without-deprecation-date", Row, false, "a deprecated row has its deprecation date";
    SunsetWithoutSunsetDate = "sunset-without-sunset-date", Row, false, "a sunset row has its sunset date";
    UnknownStatus = "unknown-status", Row, false, "the status is one the catalog knows";
    UnknownDirection = "unknown-direction", Row, false, "the direction is one the catalog knows";
    WaiversThatAreNotAllowed = "waivers-that-are-not-allowed", Row, false, "`waive` names waivable rules, each with a reason";
    DuplicateEventName = "duplicate-event-name", Row, false, "each event name is listed once";
    NamesThatCollideInRust = "names-that-collide-in-rust", Row, false, "two event names make two Rust names";
    ReplacedByItself = "replaced-by-itself", Row, false, "an event does not replace itself";
    ReplacementThatDoesNotExist = "replacement-that-does-not-exist", Row, false, "`replaced_by` names an event of the catalog";
    ReplacedByASunsetEvent = "replaced-by-a-sunset-event", Row, false, "`replaced_by` names an event that is not sunset";
    ReplacedByCycle = "replaced-by-cycle", Row, false, "replacements do not go round in a circle";

    SchemaNotAnObject = "schema-not-an-object", Schema, false, "a schema is a JSON object";
    UnsupportedSchemaKeyword = "unsupported-schema-keyword", Schema, false, "every keyword is one the generator supports";
    RootOnlyKeywordBelowTheTop = "root-only-keyword-below-the-top", Schema, false, "`$schema` stands at the top of a file";
    KeywordValueOfTheWrongType = "keyword-value-of-the-wrong-type", Schema, false, "each keyword's value has its JSON type";
    KeywordBesideRef = "keyword-beside-ref", Schema, false, "only annotations stand beside `$ref`";
    KeywordThatWouldBeIgnored = "keyword-that-would-be-ignored", Schema, false, "no keyword stands beside one that would ignore it";
    ValidationWithoutType = "validation-without-type", Schema, false, "a schema with validation keywords has a `type`";
    UnknownSchemaType = "unknown-schema-type", Schema, false, "`type` names JSON Schema types";
    TypeListedTwice = "type-listed-twice", Schema, false, "`type` lists each type once";
    RefOutsideDefs = "ref-outside-defs", Schema, false, "`$ref` names a definition (`#/$defs/<name>`) or a file of `defs/`";
    RefToMissingDefinition = "ref-to-missing-definition", Schema, false, "`$ref` names a definition that exists";
    RefToMissingSharedSchema = "ref-to-missing-shared-schema", Schema, false, "`$ref` names a shared schema that exists";
    RefChainTooDeep = "ref-chain-too-deep", Schema, false, "types nest at most 32 deep through `$ref`s";
    UnknownDialect = "unknown-dialect", Schema, false, "`$schema` names a JSON Schema draft the generator knows";
    RecursiveRef = "recursive-ref", Schema, false, "a recursive definition has an object or a choice on its cycle";
    PayloadNotAnObject = "payload-not-an-object", Schema, false, "a payload is an object with `properties`";
    SchemaVersionLiteralMismatch = "schema-version-literal-mismatch", Schema, false, "a `schemaVersion` literal is the file's version";
    EmptyEnum = "empty-enum", Schema, false, "an `enum` has a value";
    EnumValueNoValueCouldMatch = "enum-value-no-value-could-match", Schema, false, "each `enum` value is of the `type` beside it";
    EnumValuesThatCollideInRust = "enum-values-that-collide-in-rust", Schema, false, "two enum values make two Rust variants";
    InvalidRustName = "invalid-rust-name", Schema, false, "`x-rust-name` and `x-enum-varnames` give Rust identifiers, one per enum value";
    PropertiesThatCollideInRust = "properties-that-collide-in-rust", Schema, false, "two properties make two Rust fields";
    SharedSchemasThatCollideInRust = "shared-schemas-that-collide-in-rust", Schema, false, "two shared schemas make two Rust modules";
    PatternThatCannotBeEnforced = "pattern-that-cannot-be-enforced", Schema, false, "a `pattern` runs with its ECMA-262 meaning";
    UnknownFormat = "unknown-format", Schema, false, "a `format` is one the decoder checks";
    IntegerMultipleOfNotAnInteger = "integer-multiple-of-not-an-integer", Schema, false, "an integer's `multipleOf` is an integer";
    TupleThatIsNotClosed = "tuple-that-is-not-closed", Schema, false, "`prefixItems` comes with `items: false`";
    UniqueItemsBesidePrefixItems = "unique-items-beside-prefix-items", Schema, false, "a tuple has no `uniqueItems`";
    TupleMinItemsTooLarge = "tuple-min-items-too-large", Schema, false, "a tuple's `minItems` is at most its length";
    RequiredWithoutProperties = "required-without-properties", Schema, false, "`required` comes with `properties`";
    MapKeysThatCannotBeChecked = "map-keys-that-cannot-be-checked", Schema, false, "a map's keys can be checked exactly";
    RequiredListsAPropertyTwice = "required-lists-a-property-twice", Schema, false, "`required` lists each property once";
    RequiredNamesMissingProperty = "required-names-missing-property", Schema, false, "`required` names properties of `properties`";
    DefaultOfTheWrongShape = "default-of-the-wrong-shape", Schema, false, "a `default` matches its property's schema";
    PropertyThatMustBeAbsent = "property-that-must-be-absent", Schema, false, "a property whose schema is `false` stands on a closed object, not required";
}

impl Rule {
    /// Whether the rule describes a valid schema that the generator's Rust types cannot hold
    /// exactly, rather than a defect: the type conversion reports it, and the schema is then
    /// kept as JSON (`RawJson`, or a named newtype of it) and checked at decode against its
    /// whole schema instead, the report forgotten. Only the checks of a file's top (keywords
    /// beside a root `$ref`, `definitions` beside `$defs`) still report the two such rules they
    /// use.
    pub fn is_inexpressible(self) -> bool {
        matches!(
            self,
            Rule::KeywordBesideRef
                | Rule::KeywordThatWouldBeIgnored
                | Rule::ValidationWithoutType
                | Rule::EnumValueNoValueCouldMatch
                | Rule::IntegerMultipleOfNotAnInteger
                | Rule::TupleThatIsNotClosed
                | Rule::UniqueItemsBesidePrefixItems
                | Rule::TupleMinItemsTooLarge
                | Rule::RequiredWithoutProperties
                | Rule::MapKeysThatCannotBeChecked
                | Rule::RequiredNamesMissingProperty
                | Rule::PropertyThatMustBeAbsent
        )
    }

    /// The rule whose id is `id`.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|rule| rule.id() == id)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::Rule;

    #[test]
    fn ids_are_unique_kebab_case_and_found_again() {
        for &rule in Rule::ALL {
            let id = rule.id();
            assert!(
                id.split('-').all(|word| !word.is_empty()
                    && word
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
                "{id}"
            );
            assert_eq!(Rule::from_id(id), Some(rule));
        }
    }
}
