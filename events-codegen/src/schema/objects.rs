//! Objects: structs from `properties` (also merged ones, for `allOf`), maps from
//! `additionalProperties` or `patternProperties` with their key rules, and the check that a
//! property's `default` has its shape.

use std::collections::{BTreeMap, BTreeSet};

use super::keywords::{self, Keywords};
use super::registry::Keyword;
use super::{Converter, Naming, pattern, program};
use crate::ident;
use crate::json::{Member, Node, NodeValue};
use crate::model::{Field, StructDef, TextPattern, TextRules, Ty, TypeDef};
use crate::rule::Rule;

impl<'a> Converter<'a> {
    pub(super) fn convert_object(&mut self, keywords: &Keywords<'a>, naming: Naming) -> Option<Ty> {
        let additional = keywords.get(Keyword::AdditionalProperties);
        if !keywords.has(Keyword::Properties) {
            if let Some(required) = keywords.get(Keyword::Required)
                && required.as_array().is_some_and(|r| !r.is_empty())
            {
                self.error(
                    Rule::RequiredWithoutProperties,
                    required,
                    "`required` needs `properties`",
                );
                return None;
            }
            if keywords.has(Keyword::PatternProperties) {
                return self.convert_pattern_map(keywords, naming);
            }
            if keywords.flag(Keyword::AdditionalProperties) == Some(false) {
                // Only `{}` is valid: a struct with no fields that refuses every key.
                let name = self.claim(naming);
                let doc = keywords.description();
                return self.object_struct(name, &[], Vec::new(), &[], (true, false), doc);
            }
            let values = match additional.map(|node| (node, &node.value)) {
                Some((node, NodeValue::Object(_))) => {
                    let parent = self.claim(naming);
                    self.convert(node, Naming::Derived(ident::map_value_type(&parent)))?
                }
                _ => Ty::Any,
            };
            let keys = self.key_rules(keywords, None)?;
            return Some(Ty::Map(Box::new(values), keys));
        }
        // The struct's checks hold `propertyNames`, and `patternProperties` where other
        // properties may hold anything; not beside a struct that refuses or types the others.
        let open = program::open_to_other_properties(keywords);
        if let Some(node) = keywords.get(Keyword::PatternProperties).filter(|_| !open) {
            let message = "`patternProperties` beside `properties` and `additionalProperties`: a struct cannot hold the keys it does not list";
            self.error(Rule::MapKeysThatCannotBeChecked, node, message);
            return None;
        }
        let deny_unknown = match additional.map(|node| &node.value) {
            Some(NodeValue::Bool(allowed)) => !allowed,
            _ => false,
        };
        let name = self.claim(naming);
        // The properties `properties` does not list, each by the `additionalProperties` schema.
        let additional = match additional {
            Some(node) if node.as_object().is_some() => {
                let values = Naming::Derived(ident::additional_value_type(&name));
                Some(self.convert(node, values)?)
            }
            _ => None,
        };
        let properties: Vec<&Member> = keywords.members(Keyword::Properties).iter().collect();
        let required: Vec<&Node> = keywords.elements(Keyword::Required).iter().collect();
        let others = (deny_unknown, !deny_unknown && additional.is_none());
        let ty = self.object_struct(
            name,
            &properties,
            Vec::new(),
            &required,
            others,
            keywords.description(),
        )?;
        if let (Some(values), Ty::Named(name)) = (additional, &ty)
            && let Some(TypeDef::Struct(def)) = self.types.iter_mut().find(|def| def.name() == name)
        {
            let field = ident::additional_properties_field(
                def.fields.iter().map(|field| field.ident.as_str()),
            );
            def.additional = Some((field, values));
        }
        Some(ty)
    }

    /// A map whose keys match the one pattern of `patternProperties`; keys that do not match
    /// must be refused (`additionalProperties: false`), or the map could not hold them exactly.
    fn convert_pattern_map(&mut self, keywords: &Keywords<'a>, naming: Naming) -> Option<Ty> {
        let patterns = keywords.members(Keyword::PatternProperties);
        let node = keywords
            .get(Keyword::PatternProperties)
            .unwrap_or(keywords.node);
        let [member] = patterns else {
            self.error(
                Rule::MapKeysThatCannotBeChecked,
                node,
                "`patternProperties` with one pattern is supported; this one has several or none",
            );
            return None;
        };
        let closed = keywords.flag(Keyword::AdditionalProperties) == Some(false);
        if !closed {
            self.error(Rule::MapKeysThatCannotBeChecked, node, "keys that do not match the pattern would be allowed with any value, which a map cannot hold exactly; add `\"additionalProperties\": false`");
            return None;
        }
        let pattern = match pattern::translate(&member.key) {
            Ok(translated) => TextPattern {
                source: member.key.clone(),
                translated,
            },
            Err(why) => {
                self.error(
                    Rule::PatternThatCannotBeEnforced,
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
        let any_key = TextRules {
            pattern,
            ..TextRules::default()
        };
        let Some(names) = keywords.get(Keyword::PropertyNames) else {
            return Some(any_key);
        };
        match names.value {
            NodeValue::Bool(true) => return Some(any_key),
            NodeValue::Bool(false) => {
                // Only the empty object: no key rule says that, the schema's program does.
                let message = "`propertyNames: false` allows no key at all";
                self.error(Rule::MapKeysThatCannotBeChecked, names, message);
                return None;
            }
            _ => {}
        }
        let pattern = any_key.pattern;
        // Keys are strings: the schema's string keywords apply with or without `type`.
        let names_keywords =
            Keywords::read(self.file, names, false, self.vocabulary, self.diagnostics)?;
        if let Some((types, node)) = names_keywords.types()
            && types != ["string"]
        {
            self.error(
                Rule::MapKeysThatCannotBeChecked,
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
                self.error(Rule::MapKeysThatCannotBeChecked, names, "`propertyNames` with a `pattern` beside `patternProperties` is not supported: a key would have to match two patterns");
                return None;
            }
            rules.pattern = Some(pattern);
        }
        Some(rules)
    }

    /// The struct of an object with `properties` and `required` (already merged, for `allOf`),
    /// plus `inherited` fields already converted in a shared module. `(deny_unknown, open)`:
    /// whether other properties are refused, or may hold any value.
    pub(super) fn object_struct(
        &mut self,
        name: String,
        properties: &[&'a Member],
        inherited: Vec<Field>,
        required_entries: &[&Node],
        (deny_unknown, open): (bool, bool),
        doc: Option<String>,
    ) -> Option<Ty> {
        let (required, undescribed) =
            self.required_properties(properties, &inherited, required_entries, open);
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
            let field = self.property_field(&name, member, &required, &mut field_owners);
            fields.extend(field);
        }
        for wire in undescribed {
            let field_ident = ident::field_name(wire);
            if let Some(other) = field_owners.insert(field_ident.clone(), wire.to_owned()) {
                let message = format!(
                    "properties `{other}` and `{wire}` both become the Rust field `{field_ident}`; name `{other}` with `x-rust-name`"
                );
                let at = required_entries
                    .iter()
                    .find(|entry| entry.as_str() == Some(wire))
                    .copied();
                if let Some(at) = at {
                    self.error(Rule::PropertiesThatCollideInRust, at, message);
                }
                continue;
            }
            fields.push(Field {
                wire: wire.to_owned(),
                ident: field_ident,
                doc: Some(
                    "Required by the schema, which does not describe it: any JSON value."
                        .to_owned(),
                ),
                constraints: Vec::new(),
                ty: Ty::Any,
                required: true,
                deprecated: false,
                default: None,
            });
        }
        fields.sort_by(|a, b| a.wire.cmp(&b.wire));
        let unknown_fields =
            ident::unknown_fields_field(fields.iter().map(|field| field.ident.as_str()));
        Some(self.define(TypeDef::Struct(StructDef {
            name,
            doc,
            fields,
            deny_unknown,
            unknown_fields,
            additional: None,
            checks: None,
        })))
    }

    /// The properties `required` names, and those of them no schema describes (on an object
    /// open to any other property, each a field of any JSON value).
    fn required_properties<'r>(
        &mut self,
        properties: &[&'a Member],
        inherited: &[Field],
        required_entries: &[&'r Node],
        open: bool,
    ) -> (BTreeSet<&'r str>, Vec<&'r str>) {
        let mut required = BTreeSet::new();
        let mut undescribed = Vec::new();
        for entry in required_entries {
            let Some(property) = entry.as_str() else {
                continue;
            };
            if !required.insert(property) {
                self.error(
                    Rule::RequiredListsAPropertyTwice,
                    entry,
                    format!("`required` lists `{property}` twice"),
                );
            } else if !properties.iter().any(|member| member.key == property)
                && !inherited.iter().any(|field| field.wire == property)
            {
                if open {
                    undescribed.push(property);
                    continue;
                }
                self.error(
                    Rule::RequiredNamesMissingProperty,
                    entry,
                    format!("`required` names `{property}`, which is not in `properties`"),
                );
            }
        }
        (required, undescribed)
    }

    /// The field of one property of the struct `name`; `None` for a property that must be
    /// absent, or after reporting a defect.
    fn property_field(
        &mut self,
        name: &str,
        member: &'a Member,
        required: &BTreeSet<&str>,
        field_owners: &mut BTreeMap<String, String>,
    ) -> Option<Field> {
        let wire = &member.key;
        let is_required = required.contains(wire.as_str());
        if matches!(member.value.value, NodeValue::Bool(false)) {
            // A property no value matches must be absent: it has no field.
            if is_required {
                self.error(
                    Rule::PropertyThatMustBeAbsent,
                    &member.value,
                    format!("`{wire}` is required, and its schema `false` matches no value: no object could be valid"),
                );
            }
            // On an open object, the struct's checks refuse it.
            return None;
        }
        let field_ident = self.given_field_name(&member.value, wire)?;
        if let Some(other) = field_owners.insert(field_ident.clone(), wire.clone()) {
            self.error(Rule::PropertiesThatCollideInRust,
                &member.value,
                format!("properties `{other}` and `{wire}` both become the Rust field `{field_ident}`; name one with `x-rust-name`"),
            );
            return None;
        }
        let child = Naming::Derived(ident::property_type(name, wire));
        let ty = self.convert(&member.value, child)?;
        let mut doc = keywords::documentation(&member.value);
        let default = match Keyword::Default.of(&member.value) {
            Some(value) if !is_required => self.field_default(&ty, wire, value, &mut doc)?,
            _ => None,
        };
        Some(Field {
            wire: wire.clone(),
            ident: field_ident,
            doc,
            constraints: keywords::constraints(&member.value),
            ty,
            required: is_required,
            deprecated: Keyword::Deprecated.is_true_in(&member.value),
            default,
        })
    }

    /// The `default` an optional field of `ty` is filled with, as JSON text: `Some(None)` when
    /// it is only told in `doc`; `None` after reporting one of the wrong shape.
    fn field_default(
        &mut self,
        ty: &Ty,
        wire: &str,
        value: &Node,
        doc: &mut Option<String>,
    ) -> Option<Option<String>> {
        if let Err(why) = self.check_value(ty, value) {
            self.error(
                Rule::DefaultOfTheWrongShape,
                value,
                format!(
                    "`default` {} does not match the schema of `{wire}`: {why}",
                    value.to_value()
                ),
            );
            return None;
        }
        let default = value.to_value().to_string();
        // Filled in, a default that the checks at decode judge could make a message JSON
        // Schema accepts (a default is an annotation) decode to a value whose encoding
        // they refuse; so the field stays optional, and the default is told.
        if self.has_checks(ty) {
            let note = format!("The schema's `default` is `{default}`.");
            *doc = Some(match doc.take() {
                Some(doc) => format!("{doc}\n\n{note}"),
                None => note,
            });
            return Some(None);
        }
        Some(Some(default))
    }
}

impl Converter<'_> {
    /// Whether a value of `ty` may be judged by a check program when decoded: its own, its
    /// items', or (for any generated type but a string enum, whose checks are not looked into)
    /// its type's.
    fn has_checks(&self, ty: &Ty) -> bool {
        let def = match ty {
            Ty::Checked(..) => return true,
            Ty::Array(inner, _) | Ty::Map(inner, _) | Ty::Nullable(inner) | Ty::Boxed(inner) => {
                return self.has_checks(inner);
            }
            Ty::Named(name) => self.types.iter().find(|def| def.name() == name),
            Ty::Shared { module, name } => self.shared.type_def(module, name),
            _ => return false,
        };
        match def {
            Some(TypeDef::Enum(_)) => false,
            Some(TypeDef::Alias(alias)) => self.has_checks(&alias.target),
            _ => true,
        }
    }
}
