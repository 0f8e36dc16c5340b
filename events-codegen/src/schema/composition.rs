//! `allOf` of object schemas: merged into one struct. Each branch is an inline object schema or a
//! `$ref` to one, and branches may nest `allOf`. A property two parts define differently (a
//! shared object whose `state` a part narrows to `closed`) takes the first definition, and the
//! struct's checks hold the whole `allOf`; a merge no struct can honour exactly is reported as
//! such, and the value is then kept as JSON and checked (`Rule::is_inexpressible`).

use std::collections::BTreeSet;

use super::keywords::Keywords;
use super::registry::Keyword;
use super::shared::{SharedSchemas, qualify};
use super::{Converter, Naming, definitions, program};
use crate::diagnostic::Diagnostics;
use crate::ident;
use crate::json::{Member, Node, NodeValue};
use crate::model::{Field, Ty, TypeDef};
use crate::rule::Rule;

/// Whether the schema says its value is an object.
fn is_object(keywords: &Keywords<'_>) -> bool {
    keywords
        .types()
        .is_some_and(|(types, _)| types == ["object"])
}

/// One object schema taking part in the merge.
struct Part<'n> {
    keywords: Keywords<'n>,
    /// Reached through a `$ref`: its own defects are reported where the definition is converted.
    is_definition: bool,
    /// From a shared schema: its fields, already converted in the shared module.
    shared_fields: Option<Vec<Field>>,
}

/// The properties an `allOf` merges into one struct.
struct MergedProperties<'n> {
    /// Written here, in the order met.
    properties: Vec<&'n Member>,
    /// Every property met, the shared parts' too: what `additionalProperties` must allow.
    seen: Vec<&'n Member>,
    /// A shared part's fields, already converted in its module.
    inherited: Vec<Field>,
    /// A property is defined differently in two parts: the struct takes the first definition,
    /// and its checks hold the whole `allOf` (a value matches every part).
    narrowed: bool,
}

/// The names every part requires, each once, in the order met.
fn merged_required<'n>(outer: &Keywords<'n>, parts: &[Part<'n>]) -> Vec<&'n Node> {
    let mut required: Vec<&'n Node> = Vec::new();
    let mut required_names = BTreeSet::new();
    for keywords in std::iter::once(outer).chain(parts.iter().map(|part| &part.keywords)) {
        for entry in keywords.elements(Keyword::Required) {
            if let Some(name) = entry.as_str()
                && required_names.insert(name)
            {
                required.push(entry);
            }
        }
    }
    required
}

impl<'a> Converter<'a> {
    /// Merges an `allOf` in four phases: gather the parts (following `$ref`s and nested `allOf`s
    /// once each), merge their properties, their `required` lists, and their
    /// `additionalProperties`; then the one struct.
    pub(super) fn convert_all_of(&mut self, outer: &Keywords<'a>, naming: Naming) -> Option<Ty> {
        let (parts, parts_sound) = self.all_of_parts(outer);
        if parts_sound && !is_object(outer) && !parts.iter().any(|part| is_object(&part.keywords)) {
            let at = outer.get(Keyword::AllOf).unwrap_or(outer.node);
            let message = "add `\"type\": \"object\"` beside this `allOf` or in one of its parts: without it, values that are not objects pass every part, and the generator merges object schemas only";
            self.error(Rule::ValidationWithoutType, at, message);
            return None;
        }
        let merged = self.merge_properties(outer, &parts);
        let required = merged_required(outer, &parts);
        let closed = self.merge_additional_properties(outer, &parts, &merged.seen);
        let (Some(deny_unknown), true) = (closed, parts_sound) else {
            self.report_inside_properties(outer, &parts);
            return None;
        };
        let doc = outer
            .description()
            .or_else(|| parts.iter().find_map(|part| part.keywords.description()));
        let name = self.claim(naming);
        let ty = self.object_struct(
            name,
            &merged.properties,
            merged.inherited,
            &required,
            (deny_unknown, !deny_unknown),
            doc,
        )?;
        if merged.narrowed {
            let program = Box::new(self.program(outer.node, program::Scope::Quiet)?);
            if let Ty::Named(name) = &ty
                && let Some(TypeDef::Struct(def)) =
                    self.types.iter_mut().find(|def| def.name() == name)
            {
                def.checks = Some(program);
            }
        }
        Some(ty)
    }

    /// Converts the properties written in this `allOf` (beside it and in its inline parts) only
    /// to report their own defects, once each: the merge failed, but one build must still show
    /// every defect.
    fn report_inside_properties(&mut self, outer: &Keywords<'a>, parts: &[Part<'a>]) {
        let inline = parts.iter().filter(|part| !part.is_definition);
        let members = std::iter::once(outer)
            .chain(inline.map(|part| &part.keywords))
            .flat_map(|keywords| keywords.members(Keyword::Properties));
        let mut converted = BTreeSet::new();
        for member in members {
            if converted.insert(member.value.span.start) {
                let naming = Naming::Derived(ident::type_name(&member.key));
                self.convert(&member.value, naming);
            }
        }
    }

    /// The object schemas taking part, outermost first, each `$ref` followed once; and whether
    /// every one could be read and merged.
    fn all_of_parts(&mut self, outer: &Keywords<'a>) -> (Vec<Part<'a>>, bool) {
        let mut parts: Vec<Part<'a>> = Vec::new();
        let mut sound = self.check_mergeable(outer, "beside `allOf`");
        let mut pending: Vec<&'a Node> = outer.elements(Keyword::AllOf).iter().rev().collect();
        let mut followed = BTreeSet::new();
        while let Some(branch) = pending.pop() {
            let mut shared_fields = None;
            let (node, is_definition) = match Keyword::Ref.of(branch) {
                Some(reference) if self.is_shared_reference(reference) => {
                    match self.resolve_shared_struct(reference) {
                        Some((key, node, fields)) => {
                            if !followed.insert(key) {
                                continue;
                            }
                            shared_fields = Some(fields);
                            (node, true)
                        }
                        None => {
                            sound = false;
                            continue;
                        }
                    }
                }
                Some(reference) => match self.resolve_definition(reference) {
                    Some((key, node)) => {
                        if !followed.insert(key) {
                            continue;
                        }
                        (node, true)
                    }
                    None => {
                        sound = false;
                        continue;
                    }
                },
                None => (branch, false),
            };
            let mut scratch = Diagnostics::new();
            let diagnostics = if is_definition {
                &mut scratch
            } else {
                &mut *self.diagnostics
            };
            let Some(keywords) =
                Keywords::read(self.file, node, false, self.vocabulary, diagnostics)
            else {
                sound = false;
                continue;
            };
            if Keyword::Ref.of(branch).is_some() && branch.as_object().is_some_and(|m| m.len() > 1)
            {
                let extra = Keywords::read(
                    self.file,
                    branch,
                    false,
                    self.vocabulary,
                    &mut Diagnostics::new(),
                );
                if let Some(extra) = extra {
                    sound &= self.check_annotations_only(&extra);
                }
            }
            if !is_definition {
                sound &= self.check_mergeable(&keywords, "in an `allOf` branch");
            } else if !is_object(&keywords) {
                let at = Keyword::Ref.of(branch).unwrap_or(branch);
                let message = "`allOf` merges object schemas; the schema this `$ref` names is not `\"type\": \"object\"`";
                self.error(Rule::AllOfThatCannotBeMerged, at, message);
                sound = false;
                continue;
            }
            if shared_fields.is_none() {
                for nested in keywords.elements(Keyword::AllOf).iter().rev() {
                    pending.push(nested);
                }
            }
            parts.push(Part {
                keywords,
                is_definition,
                shared_fields,
            });
        }

        (parts, sound)
    }

    /// The properties of the merged struct: the outer schema's and each part's, a property
    /// defined twice only if identically (a shared part's come as its converted fields).
    fn merge_properties(
        &mut self,
        outer: &Keywords<'a>,
        parts: &[Part<'a>],
    ) -> MergedProperties<'a> {
        let mut narrowed = false;
        let mut properties: Vec<&'a Member> = outer.members(Keyword::Properties).iter().collect();
        let mut seen: Vec<&'a Member> = properties.clone();
        let mut inherited: Vec<Field> = Vec::new();
        for part in parts {
            for member in part.keywords.members(Keyword::Properties) {
                match seen.iter().find(|known| known.key == member.key) {
                    Some(known) if known.value.to_value() == member.value.to_value() => {}
                    // Any part's definition is exact for the values the checks let through.
                    Some(_) => narrowed = true,
                    None => {
                        seen.push(member);
                        match &part.shared_fields {
                            Some(fields) => inherited.extend(
                                fields
                                    .iter()
                                    .filter(|field| field.wire == member.key)
                                    .cloned(),
                            ),
                            None => properties.push(member),
                        }
                    }
                }
            }
        }
        MergedProperties {
            properties,
            seen,
            inherited,
            narrowed,
        }
    }

    /// Whether the merged struct is closed (`Some(true)`), open (`Some(false)`), or cannot be
    /// exact (`None`, reported): JSON Schema's `additionalProperties` sees only the `properties`
    /// beside it, also beside `allOf`, so a part closed with `false` refuses what the other parts
    /// add.
    fn merge_additional_properties(
        &mut self,
        outer: &Keywords<'a>,
        parts: &[Part<'a>],
        seen: &[&'a Member],
    ) -> Option<bool> {
        let mut deny_unknown = false;
        let all_parts = std::iter::once((outer, false)).chain(
            parts
                .iter()
                .map(|part| (&part.keywords, part.is_definition)),
        );
        let mut complaints = Vec::new();
        for (keywords, is_definition) in all_parts {
            let Some(additional) = keywords.get(Keyword::AdditionalProperties) else {
                continue;
            };
            match additional.value {
                NodeValue::Bool(false) => {}
                NodeValue::Bool(true) => continue,
                _ => {
                    complaints.push((additional, "`additionalProperties` with a schema in `allOf` sees only the `properties` beside it, so it would also judge the properties the other parts add; not supported: put it on an object outside the `allOf`".to_owned()));
                    continue;
                }
            }
            let own: BTreeSet<&str> = keywords
                .members(Keyword::Properties)
                .iter()
                .map(|member| member.key.as_str())
                .collect();
            let added: Vec<&str> = seen
                .iter()
                .map(|member| member.key.as_str())
                .filter(|key| !own.contains(key))
                .collect();
            if added.is_empty() {
                deny_unknown = true;
                continue;
            }
            let at = if is_definition {
                outer.get(Keyword::AllOf).unwrap_or(outer.node)
            } else {
                additional
            };
            complaints.push((
                at,
                format!(
                    "`additionalProperties: false` sees only the `properties` beside it, so it refuses `{}`, which another part of this `allOf` adds, and no object could have them; list every property where the object is closed",
                    added.join("`, `")
                ),
            ));
        }
        let sound = complaints.is_empty();
        for (at, message) in complaints {
            self.error(Rule::AllOfThatCannotBeMerged, at, message);
        }
        sound.then_some(deny_unknown)
    }

    fn is_shared_reference(&self, reference: &Node) -> bool {
        let text = reference.as_str().unwrap_or_default();
        !matches!(self.shared.resolve(text, self.location), Ok(None))
    }

    /// The shared struct a `$ref` names: a key to follow it once, its schema and its fields as
    /// seen from this module. `None` after reporting why not.
    fn resolve_shared_struct(
        &mut self,
        reference: &Node,
    ) -> Option<(String, &'a Node, Vec<Field>)> {
        let text = reference.as_str().unwrap_or_default();
        let shared: &'a SharedSchemas = self.shared;
        match shared.resolve(text, self.location) {
            Ok(Some(target)) => {
                let Some(def) = target.fields_from else {
                    if target.ty.is_some() {
                        self.error(Rule::AllOfThatCannotBeMerged, reference, "`allOf` merges object schemas; this shared schema is not an object with `properties`");
                    }
                    return None;
                };
                let fields = def
                    .fields
                    .iter()
                    .map(|field| Field {
                        ty: qualify(field.ty.clone(), target.module),
                        ..field.clone()
                    })
                    .collect();
                Some((text.to_owned(), target.node, fields))
            }
            Ok(None) => None,
            Err((rule, why)) => {
                self.error(rule, reference, why);
                None
            }
        }
    }

    /// Reports each keyword of `keywords` that cannot take part in a merge. Returns whether none.
    fn check_mergeable(&mut self, keywords: &Keywords<'_>, place: &str) -> bool {
        let mut sound = true;
        for (keyword, node) in keywords.iter() {
            if keyword.row().mergeable {
                continue;
            }
            let keyword = keyword.name();
            self.error(Rule::AllOfThatCannotBeMerged,
                node,
                format!("`{keyword}` cannot be merged {place}: `allOf` merges object schemas (`properties`, `required`, `additionalProperties`)"),
            );
            sound = false;
        }
        if let Some((types, node)) = keywords.types()
            && types != ["object"]
        {
            self.error(
                Rule::AllOfThatCannotBeMerged,
                node,
                "`allOf` merges object schemas; this part must be `\"type\": \"object\"`",
            );
            sound = false;
        }
        sound
    }

    /// Reports every keyword beside a `$ref` that is not an annotation.
    fn check_annotations_only(&mut self, keywords: &Keywords<'_>) -> bool {
        let mut sound = true;
        for (keyword, node) in keywords.iter() {
            if keyword != Keyword::Ref && !keyword.is_annotation() {
                self.error(Rule::KeywordBesideRef, node, format!("`{}` cannot stand beside `$ref`; only annotations such as `description` may", keyword.name()));
                sound = false;
            }
        }
        sound
    }

    /// The definition a `$ref` names and its schema node, or `None` after reporting why not
    /// (or when the definition itself had a defect, reported where it is).
    fn resolve_definition(&mut self, reference: &'a Node) -> Option<(String, &'a Node)> {
        let text = reference.as_str().unwrap_or_default();
        let key = definitions::local_definition_key(self.location, &self.anchors, text);
        match key.as_ref().and_then(|key| self.definition_nodes.get(key)) {
            Some(node) => {
                let key = key.unwrap_or_default();
                if self.converting.as_deref() == Some(key.as_str()) {
                    self.error(
                        Rule::RecursiveRef,
                        reference,
                        format!("`{key}` is an `allOf` of itself: its properties would be its own properties and more, without end. Refer to `{key}` from a property instead"),
                    );
                    return None;
                }
                // A recursive definition not converted yet merges from its schema; its defects
                // are reported where it is converted.
                let converted = self.definitions.get(&key).is_some_and(Option::is_some);
                (converted || self.recursive.contains(&key)).then_some((key, *node))
            }
            None => {
                // Reports the missing or unsupported reference as a plain `$ref` would.
                self.convert_reference(reference);
                None
            }
        }
    }
}
