//! JSON Schema → Rust type tree: one schema file becomes the types of one payload module.
//!
//! [`build`] parses the file, reads the `$defs` (every one, referenced or not) in an order where
//! each comes after the definitions it refers to, so that a `$ref` never recurses, converts the
//! root, and checks the file's `schemaVersion` literal. One `convert_*` method per construct;
//! keyword reading and its messages are in `keywords`.

mod choices;
mod composition;
mod definitions;
mod keywords;
mod pattern;
mod shared;

pub use shared::{SharedSchemas, build_shared};

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostics, Pointer};
use crate::ident::{self, Namespace, ROOT_TYPE};
use crate::json::{self, Member, Node, NodeValue};
use crate::load::{DEFS_DIR, SchemaFile};
use crate::model::{
    ArrayRules, Field, INTEGER_FORMATS, NumberRules, Payload, STRING_FORMATS, StructDef,
    TextPattern, TextRules, TupleDef, Ty, TypeDef, Version,
};
use crate::source::SourceFile;

use keywords::{Keywords, VALIDATIONS};

fn number_rules(keywords: &Keywords<'_>) -> NumberRules {
    NumberRules {
        minimum: keywords.number("minimum"),
        exclusive_minimum: keywords.number("exclusiveMinimum"),
        maximum: keywords.number("maximum"),
        exclusive_maximum: keywords.number("exclusiveMaximum"),
        multiple_of: keywords.number("multipleOf"),
        format: None,
    }
}

const TYPE_NAMES: &[&str] = &[
    "string", "number", "integer", "boolean", "object", "array", "null",
];

/// Keywords that shape a value; at most one family of them may describe one schema.
const SHAPE_KEYWORDS: &[&str] = &[
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "anyOf",
    "oneOf",
    "allOf",
];

/// The payload of `file`, whose version is `version` when its name is one. `None` after
/// reporting every defect found.
pub fn build(
    file: &SchemaFile,
    version: Option<Version>,
    shared: &SharedSchemas,
    diagnostics: &mut Diagnostics,
) -> Option<Payload> {
    let source = &file.source;
    let mark = diagnostics.mark();
    let root = json::parse(source, diagnostics)?;
    let document = convert_document(source, &root, ROOT_TYPE, shared, diagnostics);
    let (root_ty, root_node, types) = (document.root_ty, document.root_node, document.types);
    let is_struct = matches!(root_ty, Some(Ty::Named(ref name)) if name == ROOT_TYPE)
        && types
            .iter()
            .any(|def| matches!(def, TypeDef::Struct(s) if s.name == ROOT_TYPE));
    if !is_struct && !diagnostics.has_errors_since(mark) {
        diagnostics.error(
            source,
            root_node.span.start,
            &root_node.pointer,
            "a payload schema must be an object with `properties`",
        );
    }
    if let Some(version) = version {
        check_schema_version_literal(source, &root, &types, version, diagnostics);
    }
    let version = version?;
    (!diagnostics.has_errors_since(mark)).then(|| Payload {
        version,
        module: ident::version_module(version),
        types,
        file: source.clone(),
    })
}

/// A schema file converted: the type of its root, the node that type comes from (the root, or
/// the definition the root refers to), every type, and the type of each definition.
struct Document<'a> {
    root_ty: Option<Ty>,
    root_node: &'a Node,
    types: Vec<TypeDef>,
    definitions: BTreeMap<String, Option<Ty>>,
}

/// Converts the schema file `root` whose root type is named `root_name`: its `$defs` first (in
/// an order where each follows those it refers to), then the root. A root that is only a `$ref`
/// to a definition makes that definition the root type.
fn convert_document<'a>(
    source: &'a SourceFile,
    root: &'a Node,
    root_name: &str,
    shared: &'a SharedSchemas,
    diagnostics: &mut Diagnostics,
) -> Document<'a> {
    let root_keywords = Keywords::read(source, root, true, diagnostics);
    let defs = root_keywords
        .as_ref()
        .map(|keywords| keywords.members("$defs"))
        .unwrap_or_default();
    let root_definition = root_keywords
        .as_ref()
        .and_then(|keywords| keywords.text("$ref"))
        .and_then(definitions::definition_key)
        .filter(|key| defs.iter().any(|def| def.key == *key));
    let mut converter = Converter {
        file: source,
        diagnostics,
        names: Namespace::with_reserved(&[root_name]),
        definition_names: BTreeMap::new(),
        definitions: BTreeMap::new(),
        definition_nodes: defs
            .iter()
            .map(|def| (def.key.clone(), &def.value))
            .collect(),
        shared,
        types: Vec::new(),
    };
    // Definitions are named first: their names are the catalog's, derived names yield to them.
    for def in defs {
        let name = if root_definition.as_deref() == Some(def.key.as_str()) {
            root_name.to_owned()
        } else {
            converter.names.claim(&ident::definition_type(&def.key))
        };
        converter.definition_names.insert(def.key.clone(), name);
    }
    let order = definitions::order(source, defs, converter.diagnostics);
    for def in order {
        let name = converter.definition_names[&def.key].clone();
        let ty = converter.convert(&def.value, Naming::Claimed(name), false);
        converter.definitions.insert(def.key.clone(), ty);
    }
    let (root_ty, root_node) = match &root_definition {
        Some(key) => (
            converter.definitions.get(key).cloned().flatten(),
            defs.iter()
                .find(|def| &def.key == key)
                .map_or(root, |def| &def.value),
        ),
        None => (
            converter.convert(root, Naming::Claimed(root_name.to_owned()), true),
            root,
        ),
    };
    Document {
        root_ty,
        root_node,
        types: converter.types,
        definitions: converter.definitions,
    }
}

/// The `schemaVersion` property, when it is a literal, must name the file's own version, or no
/// payload could ever decode.
fn check_schema_version_literal(
    file: &SourceFile,
    root: &Node,
    types: &[TypeDef],
    version: Version,
    diagnostics: &mut Diagnostics,
) {
    let Some(TypeDef::Struct(payload)) = types.iter().find(|def| def.name() == ROOT_TYPE) else {
        return;
    };
    let Some(Field {
        ty: Ty::Named(enum_name),
        ..
    }) = payload
        .fields
        .iter()
        .find(|field| field.wire == "schemaVersion")
    else {
        return;
    };
    let literal = types.iter().find_map(|def| match def {
        TypeDef::Enum(def) if &def.name == enum_name && def.is_const => Some(&def.variants[0].1),
        _ => None,
    });
    let Some(literal) = literal.filter(|literal| **literal != version.to_string()) else {
        return;
    };
    let pointer = Pointer::root()
        .child("properties")
        .child("schemaVersion")
        .child("const");
    let offset = root
        .get("properties")
        .and_then(|p| p.get("schemaVersion"))
        .and_then(|p| p.get("const"))
        .map_or(root.span.start, |node| node.span.start);
    diagnostics.error(
        file,
        offset,
        &pointer,
        format!("`schemaVersion` is the literal `{literal}` but this file is the schema of version {version}"),
    );
}

/// How a type about to be defined is named.
enum Naming {
    /// Already claimed (the root, a definition).
    Claimed(String),
    /// Derived from its place; claimed when the type is made, made unique if taken.
    Derived(String),
}

/// Turns one schema file into types.
struct Converter<'a> {
    file: &'a SourceFile,
    diagnostics: &'a mut Diagnostics,
    names: Namespace,
    /// The type name of each definition.
    definition_names: BTreeMap<String, String>,
    /// The type of each definition converted so far; `None` when it had a defect.
    definitions: BTreeMap<String, Option<Ty>>,
    /// The schema of each definition, for `allOf` to merge.
    definition_nodes: BTreeMap<String, &'a Node>,
    /// The catalog's shared schemas, for `$ref`s to `../../defs/<name>.json`.
    shared: &'a SharedSchemas,
    types: Vec<TypeDef>,
}

impl<'a> Converter<'a> {
    fn error(&mut self, node: &Node, message: impl Into<String>) {
        self.diagnostics
            .error(self.file, node.span.start, &node.pointer, message);
    }

    fn claim(&mut self, naming: Naming) -> String {
        match naming {
            Naming::Claimed(name) => name,
            Naming::Derived(wanted) => self.names.claim(&wanted),
        }
    }

    /// The type of the schema at `node`; a struct, enum or union it needs is added to
    /// `self.types`. `None` when no type can be given (a defect was reported).
    fn convert(&mut self, node: &'a Node, naming: Naming, is_root: bool) -> Option<Ty> {
        let keywords = Keywords::read(self.file, node, is_root, self.diagnostics)?;
        let file = self.file;
        if let Some(reference) = keywords.get("$ref") {
            keywords.conflicts(
                file,
                "$ref",
                SHAPE_KEYWORDS,
                "only annotations such as `description` may stand beside `$ref`",
                self.diagnostics,
            );
            return self.convert_reference(reference);
        }
        for (keyword, others) in [
            (
                "const",
                &[
                    "enum",
                    "anyOf",
                    "oneOf",
                    "allOf",
                    "properties",
                    "required",
                    "additionalProperties",
                    "items",
                ][..],
            ),
            (
                "enum",
                &[
                    "anyOf",
                    "oneOf",
                    "allOf",
                    "properties",
                    "required",
                    "additionalProperties",
                    "items",
                ][..],
            ),
        ] {
            if let Some(values) = keywords.get(keyword) {
                keywords.conflicts(
                    file,
                    keyword,
                    others,
                    "keep one way of describing the value",
                    self.diagnostics,
                );
                let values = match keyword {
                    "const" => std::slice::from_ref(values),
                    _ => values.as_array().unwrap_or_default(),
                };
                return self.convert_enum(&keywords, keyword, values, naming);
            }
        }
        if keywords.has("allOf") {
            keywords.conflicts(
                file,
                "allOf",
                &["anyOf", "oneOf", "items"],
                "keep one way of describing the value",
                self.diagnostics,
            );
            return self.convert_all_of(&keywords, naming);
        }
        for (keyword, others) in [
            (
                "anyOf",
                &[
                    "oneOf",
                    "type",
                    "properties",
                    "required",
                    "additionalProperties",
                    "items",
                ][..],
            ),
            (
                "oneOf",
                &[
                    "type",
                    "properties",
                    "required",
                    "additionalProperties",
                    "items",
                ][..],
            ),
        ] {
            if let Some(branches) = keywords.get(keyword) {
                keywords.conflicts(
                    file,
                    keyword,
                    others,
                    "put it in each branch",
                    self.diagnostics,
                );
                let branches = branches.as_array().unwrap_or_default();
                return self.convert_union(&keywords, keyword, branches, naming);
            }
        }
        let Some((type_names, type_node)) = keywords.types() else {
            // Without a `type`, JSON Schema applies `minLength` to strings only and lets every
            // other value through: no Rust type holds that, so a `type` is asked for.
            let constrained: Vec<&str> = SHAPE_KEYWORDS
                .iter()
                .copied()
                .chain(VALIDATIONS.iter().map(|(keyword, _)| *keyword))
                .chain(["format", "patternProperties", "propertyNames"])
                .filter(|keyword| keywords.has(keyword))
                .collect();
            if !constrained.is_empty() {
                self.error(
                    node,
                    format!(
                        "add a `type`: the generator does not infer it from `{}`",
                        constrained.join("`, `")
                    ),
                );
                return None;
            }
            return Some(Ty::Any);
        };
        let mut names = Vec::new();
        for name in type_names {
            if !TYPE_NAMES.contains(&name) {
                self.error(
                    type_node,
                    format!(
                        "unknown type \"{name}\"; expected one of {}",
                        TYPE_NAMES.join(", ")
                    ),
                );
                return None;
            }
            if names.contains(&name) {
                self.error(type_node, format!("type \"{name}\" is listed twice"));
            }
            names.push(name);
        }
        let nullable = names.contains(&"null");
        names.retain(|name| *name != "null");
        names.dedup();
        let base = match names.as_slice() {
            [single] => self.convert_typed(&keywords, single, naming)?,
            [] => {
                self.error(
                    type_node,
                    "a value that can only be `null` is not supported",
                );
                return None;
            }
            _ => {
                self.error(
                    type_node,
                    "several non-null types are not supported; use `anyOf` with one schema per type",
                );
                return None;
            }
        };
        Some(if nullable {
            Ty::Nullable(Box::new(base))
        } else {
            base
        })
    }

    fn convert_typed(
        &mut self,
        keywords: &Keywords<'a>,
        type_name: &str,
        naming: Naming,
    ) -> Option<Ty> {
        let mut misplaced = false;
        let structural = [
            ("properties", "object"),
            ("required", "object"),
            ("additionalProperties", "object"),
            ("patternProperties", "object"),
            ("propertyNames", "object"),
            ("items", "array"),
        ];
        for &(keyword, applies_to) in structural.iter().chain(VALIDATIONS) {
            let fits =
                applies_to == type_name || (applies_to == "number" && type_name == "integer");
            if !fits && let Some(value) = keywords.get(keyword) {
                misplaced = true;
                self.error(
                    value,
                    format!("`{keyword}` applies to type \"{applies_to}\", not \"{type_name}\""),
                );
            }
        }
        if misplaced {
            return None;
        }
        match type_name {
            "string" => {
                let pattern = match keywords.get("pattern") {
                    Some(node) => {
                        let source = node.as_str().unwrap_or_default();
                        match pattern::translate(source) {
                            Ok(translated) => Some(TextPattern {
                                source: source.to_owned(),
                                translated,
                            }),
                            Err(why) => {
                                self.error(
                                    node,
                                    format!("`pattern` {source:?} cannot be enforced: {why}"),
                                );
                                return None;
                            }
                        }
                    }
                    None => None,
                };
                let format = self.format(keywords, "string", STRING_FORMATS.iter().map(|f| f.0))?;
                Some(Ty::String(TextRules {
                    min_length: keywords.count("minLength"),
                    max_length: keywords.count("maxLength"),
                    pattern,
                    format,
                }))
            }
            "number" => {
                self.format(keywords, "number", std::iter::empty())?;
                Some(Ty::Number(number_rules(keywords)))
            }
            "integer" => {
                let mut rules = number_rules(keywords);
                rules.format =
                    self.format(keywords, "integer", INTEGER_FORMATS.iter().map(|f| f.0))?;
                if let Some(divisor) = keywords.get("multipleOf")
                    && divisor.as_count().is_none()
                {
                    self.error(divisor, "`multipleOf` of an integer must be an integer");
                    return None;
                }
                Some(Ty::Integer(rules))
            }
            "boolean" => {
                self.format(keywords, "boolean", std::iter::empty())?;
                Some(Ty::Boolean)
            }
            "array" => {
                self.format(keywords, "array", std::iter::empty())?;
                if keywords.has("prefixItems") {
                    return self.convert_tuple(keywords, naming);
                }
                let Some(items) = keywords.get("items") else {
                    self.error(keywords.node, "an array needs `items`");
                    return None;
                };
                let parent = self.claim(naming);
                let item =
                    self.convert(items, Naming::Derived(ident::item_type(&parent)), false)?;
                let rules = ArrayRules {
                    min_items: keywords.count("minItems"),
                    max_items: keywords.count("maxItems"),
                    unique: keywords
                        .get("uniqueItems")
                        .is_some_and(|node| matches!(node.value, NodeValue::Bool(true))),
                };
                Some(Ty::Array(Box::new(item), rules))
            }
            _ => {
                self.format(keywords, "object", std::iter::empty())?;
                self.convert_object(keywords, naming)
            }
        }
    }

    /// `prefixItems`: a tuple struct, one field per item; the items from `minItems` on are
    /// optional. Only a closed tuple (`items: false`) has an exact Rust type.
    fn convert_tuple(&mut self, keywords: &Keywords<'a>, naming: Naming) -> Option<Ty> {
        let prefix = keywords.elements("prefixItems");
        let closed = keywords
            .get("items")
            .is_some_and(|node| matches!(node.value, NodeValue::Bool(false)))
            || keywords.count("maxItems") == Some(prefix.len() as u64);
        if !closed {
            let at = keywords.get("items").unwrap_or(keywords.node);
            self.error(at, "`prefixItems` is supported for closed tuples: add `\"items\": false`, so that items after the listed ones are refused");
            return None;
        }
        if let Some(unique) = keywords.get("uniqueItems") {
            self.error(
                unique,
                "`uniqueItems` beside `prefixItems` is not supported",
            );
            return None;
        }
        let required = keywords.count("minItems").unwrap_or(0);
        if required > prefix.len() as u64 {
            let at = keywords.get("minItems").unwrap_or(keywords.node);
            self.error(
                at,
                "`minItems` is larger than the tuple, so no array could match",
            );
            return None;
        }
        let name = self.claim(naming);
        let mut items = Vec::new();
        for (index, item) in prefix.iter().enumerate() {
            let item_naming = Naming::Derived(ident::tuple_item_type(&name, index));
            items.push(self.convert(item, item_naming, false));
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
    fn format<'k>(
        &mut self,
        keywords: &Keywords<'_>,
        type_name: &str,
        known: impl Iterator<Item = &'k str> + Clone,
    ) -> Option<Option<String>> {
        let Some(node) = keywords.get("format") else {
            return Some(None);
        };
        let name = node.as_str().unwrap_or_default();
        if known.clone().any(|format| format == name) {
            return Some(Some(name.to_owned()));
        }
        let listed: Vec<String> = known.map(|format| format!("`{format}`")).collect();
        let supported = if listed.is_empty() {
            format!("no format is supported for type \"{type_name}\"")
        } else {
            format!("formats of type \"{type_name}\" are {}", listed.join(", "))
        };
        self.error(
            node,
            format!("unknown `format` \"{name}\" cannot be enforced; {supported}"),
        );
        None
    }

    fn convert_object(&mut self, keywords: &Keywords<'a>, naming: Naming) -> Option<Ty> {
        let additional = keywords.get("additionalProperties");
        if !keywords.has("properties") {
            if let Some(required) = keywords.get("required")
                && required.as_array().is_some_and(|r| !r.is_empty())
            {
                self.error(required, "`required` needs `properties`");
                return None;
            }
            if keywords.has("patternProperties") {
                return self.convert_pattern_map(keywords, naming);
            }
            let values = match additional.map(|node| (node, &node.value)) {
                Some((node, NodeValue::Object(_))) => {
                    let parent = self.claim(naming);
                    self.convert(node, Naming::Derived(ident::map_value_type(&parent)), false)?
                }
                Some((node, NodeValue::Bool(false))) => {
                    self.error(node, "an object with no properties and `additionalProperties: false` can only be `{}`; this is not supported");
                    return None;
                }
                _ => Ty::Any,
            };
            let keys = self.key_rules(keywords, None)?;
            return Some(Ty::Map(Box::new(values), keys));
        }
        for keyword in ["patternProperties", "propertyNames"] {
            if let Some(node) = keywords.get(keyword) {
                self.error(node, format!("`{keyword}` beside `properties` is not supported; a struct cannot check the keys it does not list"));
                return None;
            }
        }
        let deny_unknown = match additional.map(|node| (node, &node.value)) {
            Some((node, NodeValue::Object(_))) => {
                self.error(
                    node,
                    "`additionalProperties` with a schema is supported only on objects without `properties` (maps)",
                );
                return None;
            }
            Some((_, NodeValue::Bool(allowed))) => !allowed,
            _ => false,
        };
        let name = self.claim(naming);
        let properties: Vec<&Member> = keywords.members("properties").iter().collect();
        let required: Vec<&Node> = keywords.elements("required").iter().collect();
        self.object_struct(
            name,
            &properties,
            Vec::new(),
            &required,
            deny_unknown,
            keywords.description(),
        )
    }

    /// A map whose keys match the one pattern of `patternProperties`; keys that do not match
    /// must be refused (`additionalProperties: false`), or the map could not hold them exactly.
    fn convert_pattern_map(&mut self, keywords: &Keywords<'a>, naming: Naming) -> Option<Ty> {
        let patterns = keywords.members("patternProperties");
        let node = keywords.get("patternProperties").unwrap_or(keywords.node);
        let [member] = patterns else {
            self.error(
                node,
                "`patternProperties` with one pattern is supported; this one has several or none",
            );
            return None;
        };
        let closed = keywords
            .get("additionalProperties")
            .is_some_and(|node| matches!(node.value, NodeValue::Bool(false)));
        if !closed {
            self.error(node, "keys that do not match the pattern would be allowed with any value, which a map cannot hold exactly; add `\"additionalProperties\": false`");
            return None;
        }
        let pattern = match pattern::translate(&member.key) {
            Ok(translated) => TextPattern {
                source: member.key.clone(),
                translated,
            },
            Err(why) => {
                self.error(
                    &member.value,
                    format!("pattern {:?} cannot be enforced: {why}", member.key),
                );
                return None;
            }
        };
        let parent = self.claim(naming);
        let values = self.convert(
            &member.value,
            Naming::Derived(ident::map_value_type(&parent)),
            false,
        )?;
        let keys = self.key_rules(keywords, Some(pattern))?;
        Some(Ty::Map(Box::new(values), keys))
    }

    /// The rules a map's keys follow: `propertyNames` (a string schema) and the pattern of
    /// `patternProperties`.
    fn key_rules(
        &mut self,
        keywords: &Keywords<'a>,
        pattern: Option<TextPattern>,
    ) -> Option<TextRules> {
        let Some(names) = keywords.get("propertyNames") else {
            return Some(TextRules {
                pattern,
                ..TextRules::default()
            });
        };
        // Keys are strings: the schema's string keywords apply with or without `type`.
        let names_keywords = Keywords::read(self.file, names, false, self.diagnostics)?;
        if let Some((types, node)) = names_keywords.types()
            && types != ["string"]
        {
            self.error(
                node,
                "`propertyNames` checks keys, which are strings; its `type` must be \"string\"",
            );
            return None;
        }
        let Some(Ty::String(mut rules)) = self.convert_typed(
            &names_keywords,
            "string",
            Naming::Derived("PropertyName".to_owned()),
        ) else {
            return None;
        };
        if let Some(pattern) = pattern {
            if rules.pattern.is_some() {
                self.error(names, "`propertyNames` with a `pattern` beside `patternProperties` is not supported: a key would have to match two patterns");
                return None;
            }
            rules.pattern = Some(pattern);
        }
        Some(rules)
    }

    /// The struct of an object with `properties` and `required` (already merged, for `allOf`),
    /// plus `inherited` fields already converted in a shared module.
    fn object_struct(
        &mut self,
        name: String,
        properties: &[&'a Member],
        inherited: Vec<Field>,
        required_entries: &[&Node],
        deny_unknown: bool,
        doc: Option<String>,
    ) -> Option<Ty> {
        let mut required = BTreeSet::new();
        for entry in required_entries {
            let Some(property) = entry.as_str() else {
                continue;
            };
            if !required.insert(property) {
                self.error(entry, format!("`required` lists `{property}` twice"));
            } else if !properties.iter().any(|member| member.key == property)
                && !inherited.iter().any(|field| field.wire == property)
            {
                self.error(
                    entry,
                    format!("`required` names `{property}`, which is not in `properties`"),
                );
            }
        }
        let mut fields: Vec<Field> = inherited
            .into_iter()
            .map(|field| Field {
                required: field.required || required.contains(field.wire.as_str()),
                ..field
            })
            .collect();
        let mut field_owners: BTreeMap<String, String> = fields
            .iter()
            .map(|field| (field.ident.clone(), field.wire.clone()))
            .collect();
        for member in properties {
            let wire = &member.key;
            let Some(field_ident) = ident::field_name(wire) else {
                self.error(
                    &member.value,
                    format!("property `{wire}` has no letter or digit to name a Rust field after"),
                );
                continue;
            };
            if let Some(other) = field_owners.insert(field_ident.clone(), wire.clone()) {
                self.error(
                    &member.value,
                    format!("properties `{other}` and `{wire}` both become the Rust field `{field_ident}`; rename one"),
                );
                continue;
            }
            let child = Naming::Derived(ident::property_type(&name, wire));
            let Some(ty) = self.convert(&member.value, child, false) else {
                continue;
            };
            let is_required = required.contains(wire.as_str());
            let default = match member.value.get("default") {
                Some(value) if !is_required => {
                    if !self.default_fits(&ty, &value.to_value()) {
                        self.error(
                            value,
                            format!(
                                "`default` {} does not match the schema of `{wire}`",
                                value.to_value()
                            ),
                        );
                        continue;
                    }
                    Some(value.to_value().to_string())
                }
                _ => None,
            };
            fields.push(Field {
                wire: wire.clone(),
                ident: field_ident,
                doc: keywords::documentation(&member.value),
                ty,
                required: is_required,
                deprecated: member
                    .value
                    .get("deprecated")
                    .is_some_and(|value| matches!(value.value, NodeValue::Bool(true))),
                default,
            });
        }
        fields.sort_by(|a, b| a.wire.cmp(&b.wire));
        Some(self.define(TypeDef::Struct(StructDef {
            name,
            doc,
            fields,
            deny_unknown,
        })))
    }

    /// Whether `value` is of the shape of `ty`: its JSON type, enum values, and the required
    /// fields of objects. (Length and range rules are checked when decoding fills it in.)
    fn default_fits(&self, ty: &Ty, value: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (ty, value) {
            (Ty::Nullable(_), Value::Null) => true,
            (Ty::Nullable(inner), value) => self.default_fits(inner, value),
            (Ty::Any, _) => true,
            (Ty::String(_), Value::String(_)) | (Ty::Boolean, Value::Bool(_)) => true,
            (Ty::Number(_), Value::Number(_)) => true,
            (Ty::Integer(_), Value::Number(number)) => {
                number.is_i64()
                    || number.is_u64()
                    || number.as_f64().is_some_and(|n| n.fract() == 0.0)
            }
            (Ty::Array(item, _), Value::Array(items)) => {
                items.iter().all(|value| self.default_fits(item, value))
            }
            (Ty::Map(item, _), Value::Object(entries)) => {
                entries.values().all(|value| self.default_fits(item, value))
            }
            (Ty::Named(name), value) => match self.types.iter().find(|def| def.name() == name) {
                Some(TypeDef::Enum(def)) if def.is_json => def.variants.iter().any(|(_, json)| {
                    serde_json::from_str::<Value>(json).is_ok_and(|v| v == *value)
                }),
                Some(TypeDef::Enum(def)) => value
                    .as_str()
                    .is_some_and(|text| def.variants.iter().any(|(_, wire)| wire == text)),
                Some(TypeDef::Struct(def)) => value.as_object().is_some_and(|object| {
                    def.fields
                        .iter()
                        .all(|field| match object.get(&field.wire) {
                            Some(value) => self.default_fits(&field.ty, value),
                            None => !field.required,
                        })
                }),
                Some(TypeDef::Union(def)) => def
                    .variants
                    .iter()
                    .any(|(_, ty)| self.default_fits(ty, value)),
                Some(TypeDef::Tuple(def)) => value.as_array().is_some_and(|items| {
                    (def.required..=def.items.len()).contains(&items.len())
                        && items
                            .iter()
                            .zip(&def.items)
                            .all(|(value, ty)| self.default_fits(ty, value))
                }),
                None => false,
            },
            (Ty::Shared { .. }, value) => value.is_object() || value.is_string(),
            _ => false,
        }
    }

    fn convert_reference(&mut self, reference: &Node) -> Option<Ty> {
        let text = reference.as_str().unwrap_or_default();
        let shared = self.shared.resolve(text);
        if !matches!(shared, Ok(None)) {
            return self.convert_shared_reference(reference, shared);
        }
        let Some(key) = definitions::definition_key(text) else {
            let why = if text.contains("://") {
                format!(
                    "it is remote, and the generator reads only the catalog folder (a build must not depend on the network); copy the schema into `{DEFS_DIR}/` and refer to it as `../../{DEFS_DIR}/<name>.json`"
                )
            } else {
                format!(
                    "refer to a definition of this file as `#/$defs/<name>`, or to a shared schema as `../../{DEFS_DIR}/<name>.json`"
                )
            };
            self.error(
                reference,
                format!("`$ref` `{text}` is not supported: {why}"),
            );
            return None;
        };
        match self.definitions.get(&key) {
            Some(done) => done.clone(),
            None if self.definition_names.contains_key(&key) => {
                // Ordered after its dependencies unless it is part of a cycle, reported already.
                None
            }
            None => {
                const SHOWN: usize = 10;
                let known: Vec<&str> = self
                    .definition_names
                    .keys()
                    .take(SHOWN)
                    .map(String::as_str)
                    .collect();
                let more = self.definition_names.len().saturating_sub(SHOWN);
                let listed = match (known.is_empty(), more) {
                    (true, _) => "none".to_owned(),
                    (false, 0) => known.join(", "),
                    (false, more) => format!("{} and {more} more", known.join(", ")),
                };
                self.error(
                    reference,
                    format!("`$ref` names `{key}`, which is not in `$defs` (defined: {listed})"),
                );
                None
            }
        }
    }

    fn define(&mut self, def: TypeDef) -> Ty {
        let name = def.name().to_owned();
        self.types.push(def);
        Ty::Named(name)
    }
}
