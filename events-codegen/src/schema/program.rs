//! A schema as the decoder checks it at run time: the keywords no Rust type holds (`not`,
//! `if`/`then`/`else`, `contains`, `dependentRequired`, `unevaluated*`, …), and whole schemas
//! that no Rust type holds exactly (several types, keywords without `type`), compiled into a
//! self-contained [`Program`] that `emit` prints as static data for `events_core`'s checks.
//!
//! A `$ref` in a program names the schema it leads to by JSON pointer or anchor, in this file or
//! a shared one; each schema reached is compiled once, so a recursive schema is a program with a
//! cycle. Defects are reported where no other stage reports them: in the schemas only a program
//! reads. The others are read silently, as the type conversion reports them; should it not have,
//! the silent ones are reported after all, so that no program fails without saying why.

mod keywords;

use std::collections::BTreeMap;

use super::Converter;
use super::definitions;
use super::dialect::Dialect;
use super::keywords::Keywords;
use super::pattern;
use super::reference::{Destination, destination_in};
use super::registry::Keyword;
use crate::diagnostic::{Diagnostics, Pointer};
use crate::json::{Node, NodeValue};
use crate::load::DEFS_DIR;
use crate::model::{Check, Checks, Program, TextPattern};
use crate::rule::Rule;
use crate::source::SourceFile;

/// Which keywords of a schema a program holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// Every keyword: no Rust type holds the schema.
    Whole,
    /// The keywords no Rust type holds, beside a type for the rest; every keyword when one of
    /// them is `unevaluated*`, which depends on what the others evaluate.
    Checked,
    /// Every keyword, read quietly: the type conversion reads the same schema and reports its
    /// defects (a schema a `$ref` names by a JSON pointer, an `allOf` merged into a struct).
    Quiet,
    /// The schema a `$ref` names, given the `$ref`'s value (in this file): its defects are
    /// reported where it stands.
    Reference,
}

/// The file a schema stands in, for resolving its `$ref`s.
#[derive(Clone, Copy)]
struct Place<'n> {
    file: &'n SourceFile,
    location: &'n str,
    root: &'n Node,
    dialect: Dialect,
}

struct Compiler<'c, 'n> {
    converter: &'c mut Converter<'n>,
    definitions: Vec<Checks>,
    sources: Vec<String>,
    /// The definition index of each schema reached by `$ref`, by file and pointer.
    compiled: BTreeMap<(&'n str, String), usize>,
    /// The schemas reached by `$ref` and not compiled yet: compiled one after the other, not
    /// inside the schema that refers to them, so that a long chain of references costs no stack.
    waiting: Vec<(Place<'n>, &'n Node, usize)>,
    /// The diagnostics of schemas read silently.
    silent: Diagnostics,
    sound: bool,
}

impl<'n> Converter<'n> {
    /// The program of the schema at `node`, of this file; `None` after reporting a defect.
    pub(super) fn program(&mut self, node: &'n Node, scope: Scope) -> Option<Program> {
        let place = Place {
            file: self.file,
            location: self.location,
            root: self.root,
            dialect: self.dialect,
        };
        let mark = self.diagnostics.mark();
        let mut compiler = Compiler {
            converter: self,
            definitions: Vec::new(),
            sources: Vec::new(),
            compiled: BTreeMap::new(),
            waiting: Vec::new(),
            silent: Diagnostics::new(),
            sound: true,
        };
        let root = match scope {
            Scope::Whole => compiler.schema(place, node, true),
            Scope::Checked => compiler.beside_a_type(place, node),
            Scope::Quiet => compiler.schema(place, node, false),
            Scope::Reference => Checks(
                compiler
                    .reference(place, node, true)
                    .map(Check::Ref)
                    .into_iter()
                    .collect(),
            ),
        };
        while let Some((place, schema, index)) = compiler.waiting.pop() {
            compiler.definitions[index] = compiler.schema(place, schema, false);
        }
        let Compiler {
            definitions,
            sources,
            silent,
            sound,
            ..
        } = compiler;
        // A file a reference leads to is converted on its own, which reports its defects.
        if !sound && scope != Scope::Reference && !self.diagnostics.has_errors_since(mark) {
            self.diagnostics.extend(silent.into_sorted());
        }
        sound.then_some(Program {
            root,
            definitions,
            sources,
        })
    }
}

/// Whether the struct of `properties` leaves part of its schema to its checks: a property
/// whose schema is `false` (it must be absent), `propertyNames`, or `patternProperties` on an
/// object open to other properties.
pub(super) fn beside_the_struct(keywords: &Keywords<'_>) -> bool {
    let properties = keywords.members(Keyword::Properties);
    let absent = properties
        .iter()
        .any(|member| matches!(member.value.value, NodeValue::Bool(false)));
    absent || (keywords.has(Keyword::Properties) && checks_keys_beside_properties(keywords))
}

/// `propertyNames`, or `patternProperties` where any other property is allowed: beside
/// `properties`, the struct's checks hold them.
pub(super) fn checks_keys_beside_properties(keywords: &Keywords<'_>) -> bool {
    keywords.has(Keyword::PropertyNames)
        || (keywords.has(Keyword::PatternProperties) && open_to_other_properties(keywords))
}

/// Whether an object allows properties it does not list with any value.
pub(super) fn open_to_other_properties(keywords: &Keywords<'_>) -> bool {
    matches!(
        keywords
            .get(Keyword::AdditionalProperties)
            .map(|node| &node.value),
        None | Some(NodeValue::Bool(true))
    )
}

/// The node a JSON pointer names inside `root`, as the file was written: a file of an earlier
/// draft was rewritten (`items: [...]` is now `prefixItems`), and its `$ref`s still name the
/// places of the text, which each node keeps.
pub(super) fn pointee<'n>(root: &'n Node, pointer: &Pointer) -> Option<&'n Node> {
    let mut at = root;
    let by_keys = pointer.segments().iter().try_for_each(|segment| {
        at = match &at.value {
            NodeValue::Object(_) => at.get(segment)?,
            NodeValue::Array(elements) => elements.get(segment.parse::<usize>().ok()?)?,
            _ => return None,
        };
        Some(())
    });
    let by_keys = by_keys.map(|()| at);
    if by_keys.is_some_and(|node| node.pointer == *pointer) {
        return by_keys;
    }
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        if node.pointer == *pointer {
            return Some(node);
        }
        match &node.value {
            NodeValue::Object(members) => stack.extend(members.iter().map(|m| &m.value)),
            NodeValue::Array(elements) => stack.extend(elements.iter()),
            _ => {}
        }
    }
    by_keys
}

impl<'n> Compiler<'_, 'n> {
    fn error(&mut self, report: bool, place: Place<'_>, node: &Node, rule: Rule, message: String) {
        self.sound = false;
        let diagnostics = if report {
            &mut *self.converter.diagnostics
        } else {
            &mut self.silent
        };
        diagnostics.error(rule, place.file, node.span.clone(), &node.pointer, message);
    }

    fn keywords(&mut self, place: Place<'n>, node: &'n Node, report: bool) -> Option<Keywords<'n>> {
        let diagnostics = if report {
            &mut *self.converter.diagnostics
        } else {
            &mut self.silent
        };
        let mark = diagnostics.mark();
        let is_root = std::ptr::eq(node, place.root);
        let vocabulary = self.converter.vocabulary;
        let keywords = Keywords::read(place.file, node, is_root, vocabulary, diagnostics);
        if keywords.is_none() || diagnostics.has_errors_since(mark) {
            self.sound = false;
        }
        keywords
    }

    /// The keywords no Rust type holds, their schemas reported here; every keyword when
    /// `unevaluated*` is among them or a property must be absent, the others read silently
    /// (the type reports them).
    fn beside_a_type(&mut self, place: Place<'n>, node: &'n Node) -> Checks {
        let Some(keywords) = self.keywords(place, node, false) else {
            return Checks::default();
        };
        let every_keyword = keywords.has(Keyword::UnevaluatedProperties)
            || keywords.has(Keyword::UnevaluatedItems)
            || beside_the_struct(&keywords);
        self.compile(place, &keywords, |keyword| {
            let checked = keyword.row().checked;
            (checked || every_keyword).then_some(checked)
        })
    }

    /// The checks of the schema at `node`; `report`: whether its defects are reported here.
    fn schema(&mut self, place: Place<'n>, node: &'n Node, report: bool) -> Checks {
        match node.value {
            NodeValue::Bool(true) => return Checks::default(),
            NodeValue::Bool(false) => return Checks(vec![Check::Never]),
            _ => {}
        }
        let Some(keywords) = self.keywords(place, node, report) else {
            return Checks::default();
        };
        self.compile(place, &keywords, |_| Some(report))
    }

    fn schemas(&mut self, place: Place<'n>, nodes: &'n [Node], report: bool) -> Vec<Checks> {
        nodes
            .iter()
            .map(|node| self.schema(place, node, report))
            .collect()
    }

    fn schema_by_key(
        &mut self,
        place: Place<'n>,
        value: &'n Node,
        report: bool,
    ) -> Vec<(String, Checks)> {
        let members = value.as_object().unwrap_or_default();
        members
            .iter()
            .map(|member| {
                let checks = self.schema(place, &member.value, report);
                (member.key.clone(), checks)
            })
            .collect()
    }

    fn pattern(&mut self, place: Place<'n>, node: &Node, report: bool) -> Option<TextPattern> {
        match pattern::text_pattern(node.as_str().unwrap_or_default()) {
            Ok(pattern) => Some(pattern),
            Err(message) => {
                let rule = Rule::PatternThatCannotBeEnforced;
                self.error(report, place, node, rule, message);
                None
            }
        }
    }

    /// The definition index of the schema a `$ref` names, compiled on first use (its defects
    /// are reported where it is converted, so it is read silently).
    fn reference(&mut self, place: Place<'n>, node: &'n Node, report: bool) -> Option<usize> {
        let text = node.as_str().unwrap_or_default();
        let ids = self.converter.shared.ids();
        let (target, fragment) = match destination_in(place.location, text, ids) {
            Destination::ThisFile(fragment) => (place, fragment.trim_start_matches('#')),
            Destination::OtherFile { path, fragment } => {
                let shared = path
                    .strip_prefix(DEFS_DIR)
                    .and_then(|rest| rest.strip_prefix('/'))
                    .and_then(|name| self.converter.shared.file(name));
                let Some((file, location, root, dialect)) = shared else {
                    let message = format!(
                        "`$ref` `{text}` names `{path}`, which is not a shared schema of `{DEFS_DIR}/`"
                    );
                    self.error(report, place, node, Rule::RefToMissingSharedSchema, message);
                    return None;
                };
                let place = Place {
                    file,
                    location,
                    root,
                    dialect,
                };
                (place, fragment)
            }
            Destination::Outside => {
                let message = format!(
                    "`$ref` `{text}` is not supported: it leads outside the catalog folder, and the generator reads only the catalog (a build must not depend on the network); copy the schema into `{DEFS_DIR}/`, with the URL as its `$id`"
                );
                self.error(report, place, node, Rule::RefOutsideDefs, message);
                return None;
            }
        };
        let schema = if fragment.is_empty() || fragment.starts_with('/') {
            Pointer::parse(fragment).and_then(|pointer| pointee(target.root, &pointer))
        } else {
            match definitions::anchors(target.root).get(fragment) {
                Some(None) => Some(target.root),
                Some(Some(key)) => [Keyword::Defs, Keyword::Definitions]
                    .iter()
                    .filter_map(|keyword| keyword.of(target.root))
                    .find_map(|defs| defs.get(key)),
                None => None,
            }
        };
        let Some(schema) = schema else {
            let message = format!("`$ref` `{text}` names nothing in its file");
            self.error(report, place, node, Rule::RefToMissingDefinition, message);
            return None;
        };
        let key = (target.location, schema.pointer.to_string());
        if let Some(&index) = self.compiled.get(&key) {
            return Some(index);
        }
        let index = self.definitions.len();
        self.sources.push(format!("{}#{}", key.0, key.1));
        self.compiled.insert(key, index);
        self.definitions.push(Checks::default());
        self.waiting.push((target, schema, index));
        Some(index)
    }
}
