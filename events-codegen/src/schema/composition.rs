//! `allOf` of object schemas: merged into one struct. Each branch is an inline object schema or a
//! `$ref` to one, and branches may nest `allOf`. Where the struct cannot say all the `allOf`
//! says, it is made of what merges, and its checks hold the whole `allOf`: a property two parts
//! define differently (a shared object whose `state` a part narrows to `closed`) takes the first
//! definition; keywords no merge holds (`oneOf`, `not`, `if`, `minProperties`, a part of another
//! type) are left to the checks; a part closed with `additionalProperties: false` that another
//! part extends makes an open struct. An `allOf` that says nowhere that its value is an object
//! is reported as such, and the value is then kept as JSON and checked
//! (`Rule::is_inexpressible`).

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

/// The parts of an `allOf`, and what is known of them as a whole.
struct Parts<'n> {
    parts: Vec<Part<'n>>,
    /// Every part could be read: no defect, no reference to nothing.
    sound: bool,
    /// Some keyword (beside the `allOf` or in a part) is not merged into the struct, and is left
    /// to its checks.
    unmerged: bool,
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
        // `allOf` of one schema, the way generators attach a description to a `$ref`: that schema.
        let beside_only_annotations = outer.iter().all(|(keyword, _)| {
            keyword == Keyword::AllOf || keyword.is_annotation() || keyword.row().root_only
        });
        // A part `true` says nothing.
        let said: Vec<&'a Node> = outer
            .elements(Keyword::AllOf)
            .iter()
            .filter(|part| !matches!(part.value, NodeValue::Bool(true)))
            .collect();
        if let [only] = said[..]
            && beside_only_annotations
        {
            return self.convert(only, naming);
        }
        let Parts {
            parts,
            sound: parts_sound,
            unmerged,
        } = self.all_of_parts(outer);
        if parts_sound && !is_object(outer) && !parts.iter().any(|part| is_object(&part.keywords)) {
            let at = outer.get(Keyword::AllOf).unwrap_or(outer.node);
            let message = "add `\"type\": \"object\"` beside this `allOf` or in one of its parts: without it, values that are not objects pass every part, and the generator merges object schemas only";
            self.error(Rule::ValidationWithoutType, at, message);
            return None;
        }
        let merged = self.merge_properties(outer, &parts);
        let required = merged_required(outer, &parts);
        let closed = merge_additional_properties(outer, &parts, &merged.seen);
        if !parts_sound {
            self.report_inside_properties(outer, &parts);
            return None;
        }
        let deny_unknown = closed.unwrap_or(false);
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
        if merged.narrowed || unmerged || closed.is_none() {
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

    /// The object schemas taking part, outermost first, each `$ref` followed once.
    fn all_of_parts(&mut self, outer: &Keywords<'a>) -> Parts<'a> {
        let mut parts: Vec<Part<'a>> = Vec::new();
        let mut sound = true;
        let mut unmerged = has_unmergeable(outer);
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
                            // A shared schema that is no struct is left to the checks.
                            unmerged |= fields.is_none();
                            shared_fields = Some(fields.unwrap_or_default());
                            (node, true)
                        }
                        None => {
                            sound = false;
                            continue;
                        }
                    }
                }
                Some(reference) => match self.resolve_definition(reference) {
                    PartTarget::Definition(key, node) => {
                        if !followed.insert(key) {
                            continue;
                        }
                        (node, true)
                    }
                    PartTarget::Checked => {
                        unmerged = true;
                        continue;
                    }
                    PartTarget::Failed => {
                        sound = false;
                        continue;
                    }
                },
                None => (branch, false),
            };
            match node.value {
                // `true` adds nothing; `false` refuses every value, which the checks say.
                NodeValue::Bool(true) => continue,
                NodeValue::Bool(false) => {
                    unmerged = true;
                    continue;
                }
                _ => {}
            }
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
                unmerged |= has_unmergeable(&keywords);
            } else if !is_object(&keywords) {
                // A schema of another type (or of several) is the checks' to apply.
                unmerged = true;
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
        Parts {
            parts,
            sound,
            unmerged,
        }
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

    fn is_shared_reference(&self, reference: &Node) -> bool {
        let text = reference.as_str().unwrap_or_default();
        !matches!(self.shared.resolve(text, self.location), Ok(None))
    }

    /// The shared struct a `$ref` names: a key to follow it once, its schema and its fields as
    /// seen from this module (`None` when it is no struct). `None` after reporting why not, or
    /// when the shared schema has a defect, reported where it is.
    fn resolve_shared_struct(
        &mut self,
        reference: &Node,
    ) -> Option<(String, &'a Node, Option<Vec<Field>>)> {
        let text = reference.as_str().unwrap_or_default();
        let shared: &'a SharedSchemas = self.shared;
        match shared.resolve(text, self.location) {
            Ok(Some(target)) => {
                let Some(def) = target.fields_from else {
                    return target
                        .ty
                        .is_some()
                        .then(|| (text.to_owned(), target.node, None));
                };
                let fields = def
                    .fields
                    .iter()
                    .map(|field| Field {
                        ty: qualify(field.ty.clone(), target.module),
                        ..field.clone()
                    })
                    .collect();
                Some((text.to_owned(), target.node, Some(fields)))
            }
            Ok(None) => None,
            Err((rule, why)) => {
                self.error(rule, reference, why);
                None
            }
        }
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

    /// The definition a `$ref` names and its schema node.
    fn resolve_definition(&mut self, reference: &'a Node) -> PartTarget<'a> {
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
                    return PartTarget::Failed;
                }
                // A recursive definition not converted yet merges from its schema; its defects
                // are reported where it is converted.
                let converted = self.definitions.get(&key).is_some_and(Option::is_some);
                match converted || self.recursive.contains(&key) {
                    true => PartTarget::Definition(key, node),
                    false => PartTarget::Failed,
                }
            }
            // A pointer to a schema that is no definition (`#/properties/a`) is the checks' to
            // apply; any other reference is reported as a plain `$ref` would be.
            None => match self.convert_reference(reference) {
                Some(_) => PartTarget::Checked,
                None => PartTarget::Failed,
            },
        }
    }
}

/// What an `allOf` part's `$ref` leads to.
enum PartTarget<'a> {
    /// A definition of this file, by key, with its schema.
    Definition(String, &'a Node),
    /// A schema the struct cannot merge, which its checks apply.
    Checked,
    /// Nothing, or a schema with a defect: reported.
    Failed,
}

/// Whether the merged struct is closed (`Some(true)`), open (`Some(false)`), or cannot say it
/// (`None`: the checks do): JSON Schema's `additionalProperties` sees only the `properties`
/// beside it, also beside `allOf`, so a part closed with `false` refuses what the other parts
/// add, and one with a schema judges them.
fn merge_additional_properties(
    outer: &Keywords<'_>,
    parts: &[Part<'_>],
    seen: &[&Member],
) -> Option<bool> {
    let mut deny_unknown = false;
    for keywords in std::iter::once(outer).chain(parts.iter().map(|part| &part.keywords)) {
        match keywords
            .get(Keyword::AdditionalProperties)
            .map(|node| &node.value)
        {
            None | Some(NodeValue::Bool(true)) => continue,
            Some(NodeValue::Bool(false)) => {}
            Some(_) => return None,
        }
        let own: BTreeSet<&str> = keywords
            .members(Keyword::Properties)
            .iter()
            .map(|member| member.key.as_str())
            .collect();
        if seen.iter().any(|member| !own.contains(member.key.as_str())) {
            return None;
        }
        deny_unknown = true;
    }
    Some(deny_unknown)
}

/// Whether `keywords` has a keyword no merge holds, or a `type` other than `object`.
fn has_unmergeable(keywords: &Keywords<'_>) -> bool {
    keywords.iter().any(|(keyword, _)| !keyword.row().mergeable)
        || keywords
            .types()
            .is_some_and(|(types, _)| types != ["object"])
}
