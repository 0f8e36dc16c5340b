//! JSON Schema → Rust type tree: one schema file becomes the types of one payload module.
//!
//! [`build`] (in `document`) parses the file, reads the `$defs` (every one, referenced or not) in
//! an order where each comes after the definitions it refers to (`recursion` converts those on a
//! cycle last), converts the root, and checks the file's `schemaVersion` literal. Here,
//! `convert` dispatches each schema to one `convert_*` method per construct: `typed` (strings,
//! numbers, arrays, tuples), `objects` (structs and maps), `choices` (enums and unions),
//! `composition` (`allOf`), `shared` (`defs/`); keyword reading and its messages are in
//! `keywords`, what each keyword is in `registry`, run-time checks in `program`.

mod choices;
mod composition;
mod definitions;
mod dialect;
mod document;
mod keywords;
mod names;
mod objects;
mod pattern;
mod program;
mod recursion;
mod reference;
mod registry;
mod shared;
mod typed;
mod values;
mod vocabulary;

pub use document::build;
pub use shared::{SharedSchemas, build_shared};
pub use vocabulary::{VOCABULARY_KEY, Vocabulary};

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostics, Pointer};
use crate::ident::{Namespace, ROOT_TYPE};
use crate::json::{self, Node};
use crate::load::DEFS_DIR;
use crate::model::{Check, Checks, JsonDef, Program, Ty, TypeDef};
use crate::rule::Rule;
use crate::source::SourceFile;

use dialect::Dialect;
use keywords::{Keywords, documentation};
use registry::{Family, Keyword};

const TYPE_NAMES: &[&str] = &[
    "string", "number", "integer", "boolean", "object", "array", "null",
];

/// How deeply a definition's type may nest arrays, maps and nullables before another `$ref`
/// wraps it again: a chain of `items: {$ref: next}` definitions makes `Vec<Vec<…>>` as deep as
/// the chain is long, which the engine copies at each link and rustc cannot compile. Far more
/// than any real payload nests.
const MAX_TYPE_DEPTH: usize = 32;

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
    /// The file's path from the catalog folder, which relative `$ref`s resolve against.
    location: &'a str,
    /// The file's root schema, which `#` pointers start from.
    root: &'a Node,
    /// The file's `$anchor`s, which `#name` references name.
    anchors: definitions::Anchors,
    /// The JSON Schema draft the file is written in (its keywords already rewritten to 2020-12).
    dialect: Dialect,
    diagnostics: &'a mut Diagnostics,
    names: Namespace,
    /// The type name of each definition.
    definition_names: BTreeMap<String, String>,
    /// The type of each definition converted so far; `None` when it had a defect.
    definitions: BTreeMap<String, Option<Ty>>,
    /// The schema of each definition, for `allOf` to merge.
    definition_nodes: BTreeMap<String, &'a Node>,
    /// The definitions on a cycle of references (or after one), converted last: a reference
    /// to one is its type's name, whether converted yet or not.
    recursive: BTreeSet<String>,
    /// The recursive definition being converted, which an `allOf` inside it cannot merge.
    converting: Option<String>,
    /// The name of the root's type, which `"$ref": "#"` names.
    root_name: &'a str,
    /// Whether a `"$ref": "#"` refers to the root (a recursive root).
    refers_to_root: bool,
    /// The catalog's shared schemas, for `$ref`s to `../../defs/<name>.json`.
    shared: &'a SharedSchemas,
    /// The catalog's own annotation keywords and formats.
    vocabulary: &'a Vocabulary,
    types: Vec<TypeDef>,
}

/// The check program of one schema file on its own (no shared schemas, no vocabulary), with
/// every keyword: what a generated decoder runs where no Rust type holds a schema.
pub fn standalone_program(file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<Program> {
    let root = json::parse(file, diagnostics)?;
    let (mut root, dialect) = dialect::normalize(file, root, diagnostics);
    let (shared, vocabulary) = (SharedSchemas::default(), Vocabulary::default());
    reference::rebase_references(&mut root, "schema.json", shared.ids());
    let place = (file, "schema.json", dialect, &root);
    let mut converter = Converter::new(place, ROOT_TYPE, &shared, &vocabulary, diagnostics);
    converter.program(&root, program::Scope::Whole)
}

impl<'a> Converter<'a> {
    /// A converter of the file `source` at `location`, in `dialect`, whose root is `root` and
    /// whose root type is named `root_name`; its definitions are for the caller to give.
    fn new(
        (file, location, dialect, root): (&'a SourceFile, &'a str, Dialect, &'a Node),
        root_name: &'a str,
        shared: &'a SharedSchemas,
        vocabulary: &'a Vocabulary,
        diagnostics: &'a mut Diagnostics,
    ) -> Self {
        Converter {
            file,
            location,
            root,
            anchors: definitions::Anchors::new(),
            dialect,
            diagnostics,
            names: Namespace::with_reserved(&[root_name]),
            definition_names: BTreeMap::new(),
            definitions: BTreeMap::new(),
            definition_nodes: BTreeMap::new(),
            recursive: BTreeSet::new(),
            converting: None,
            root_name,
            refers_to_root: false,
            shared,
            vocabulary,
            types: Vec::new(),
        }
    }

    fn error(&mut self, rule: Rule, node: &Node, message: impl Into<String>) {
        let span = node.span.clone();
        self.diagnostics
            .error(rule, self.file, span, &node.pointer, message);
    }

    fn claim(&mut self, naming: Naming) -> String {
        match naming {
            Naming::Claimed(name) => name,
            Naming::Derived(wanted) => self.names.claim(&wanted),
        }
    }

    /// The type of the schema at `node`; a struct, enum or union it needs is added to
    /// `self.types`. `None` when no type can be given (a defect was reported).
    fn convert(&mut self, node: &'a Node, naming: Naming) -> Option<Ty> {
        // The boolean schema `true` accepts every value, as `{}` does.
        if matches!(node.value, json::NodeValue::Bool(true)) {
            return Some(Ty::Any);
        }
        // `false` accepts none: no Rust type says that, a check that refuses every value does.
        if matches!(node.value, json::NodeValue::Bool(false)) {
            let program = Program {
                root: Checks(vec![Check::Never]),
                ..Program::default()
            };
            return Some(Ty::Checked(Box::new(Ty::Any), Box::new(program)));
        }
        let keywords = Keywords::read(self.file, node, false, self.vocabulary, self.diagnostics)?;
        self.convert_keywords(keywords, naming)
    }

    /// The type of the schema whose keywords are `keywords` (read once, by the caller: the root
    /// of a file is read before its `$defs` are converted). A schema no Rust type holds exactly
    /// is any JSON value checked against it at decode, where a JSON value may stand; keywords no
    /// Rust type holds (`not`, `if`, …) are checked at decode beside the type of the others.
    fn convert_keywords(&mut self, keywords: Keywords<'a>, naming: Naming) -> Option<Ty> {
        let node = keywords.node;
        // The payload and a recursive definition are named types wherever they are used; other
        // schemas are types in place.
        let named = match &naming {
            Naming::Claimed(name) => (name == self.root_name
                || self
                    .converting
                    .as_ref()
                    .and_then(|key| self.definition_names.get(key))
                    == Some(name))
            .then(|| name.clone()),
            Naming::Derived(_) => None,
        };
        let checked = keywords.iter().any(|(keyword, _)| keyword.row().checked)
            || program::beside_the_struct(&keywords);
        let mark = self.diagnostics.mark();
        let before = (self.types.len(), self.names.mark(), self.refers_to_root);
        let ty = self.convert_shape(keywords, naming);
        let inexpressible = self.diagnostics.has_errors_since(mark)
            && self
                .diagnostics
                .rules_since(mark)
                .all(Rule::is_inexpressible);
        let made_here = |types: &mut [TypeDef], ty: &Option<Ty>| -> Option<usize> {
            let Some(Ty::Named(name)) = ty else {
                return None;
            };
            types[before.0..]
                .iter()
                .position(|def| {
                    matches!(def, TypeDef::Struct(def) if &def.name == name)
                        || matches!(def, TypeDef::Union(def) if &def.name == name)
                })
                .map(|at| at + before.0)
        };
        let checks_itself = made_here(&mut self.types, &ty);
        // A named type that is no struct or union of its own checks its whole schema as JSON.
        let as_json = inexpressible
            || (checked && named.is_some() && ty.is_some() && checks_itself.is_none());
        // What the Rust types cannot hold is no defect: the schema is checked as JSON instead.
        self.diagnostics.forget_since(mark, Rule::is_inexpressible);
        if as_json {
            let (types, names, refers_to_root) = before;
            self.types.truncate(types);
            self.names.release_since(names);
            self.refers_to_root = refers_to_root;
            let program = Box::new(self.program(node, program::Scope::Whole)?);
            return Some(match named {
                Some(name) => self.define(TypeDef::Json(JsonDef {
                    name,
                    doc: documentation(node),
                    program,
                })),
                None => Ty::Checked(Box::new(Ty::Any), program),
            });
        }
        let ty = ty?;
        // A schema with a defect builds nothing: its checks would only report it again.
        if !checked || self.diagnostics.has_errors_since(mark) {
            return Some(ty);
        }
        let program = Box::new(self.program(node, program::Scope::Checked)?);
        // A struct or union made for this schema checks it itself, wherever it is used.
        if let Some(at) = checks_itself {
            match &mut self.types[at] {
                TypeDef::Struct(def) if def.checks.is_none() => {
                    def.checks = Some(program);
                    return Some(ty);
                }
                TypeDef::Union(def) if def.checks.is_none() => {
                    def.checks = Some(program);
                    return Some(ty);
                }
                _ => {}
            }
        }
        Some(Ty::Checked(Box::new(ty), program))
    }

    /// The type of the schema whose keywords are `keywords`, from the keywords that decide a
    /// Rust type.
    fn convert_shape(&mut self, keywords: Keywords<'a>, naming: Naming) -> Option<Ty> {
        let node = keywords.node;
        let file = self.file;
        if let Some(reference) = keywords.get(Keyword::Ref) {
            keywords.check_beside_ref(file, self.diagnostics);
            return self.convert_reference(reference);
        }
        if let Some((keyword, values)) = self.documented_values(&keywords) {
            let others = [
                Keyword::AllOf,
                Keyword::Properties,
                Keyword::Required,
                Keyword::AdditionalProperties,
                Keyword::Items,
            ];
            let advice = "keep one way of describing the value";
            keywords.conflicts(file, keyword, others, advice, self.diagnostics);
            return self.convert_enum(&keywords, Keyword::Enum, &values, naming);
        }
        for (keyword, decides) in Keyword::deciding() {
            let Some(value) = keywords.get(keyword) else {
                continue;
            };
            let others = keyword.excludes();
            keywords.conflicts(file, keyword, others, decides.advice, self.diagnostics);
            let elements = value.as_array().unwrap_or_default();
            return match keyword {
                Keyword::Const => {
                    self.convert_enum(&keywords, keyword, std::slice::from_ref(value), naming)
                }
                Keyword::Enum => self.convert_enum(&keywords, keyword, elements, naming),
                Keyword::AllOf => self.convert_all_of(&keywords, naming),
                _ => self.convert_union(&keywords, keyword, elements, naming),
            };
        }
        let Some((type_names, type_node)) = keywords.types() else {
            return self.convert_untyped(&keywords, node);
        };
        self.convert_type_list(&keywords, type_names, type_node, naming)
    }

    /// A schema without `type`: any JSON value, unless it has keywords that constrain one type.
    fn convert_untyped(&mut self, keywords: &Keywords<'a>, node: &Node) -> Option<Ty> {
        // Without a `type`, JSON Schema applies `minLength` to strings only and lets every
        // other value through: no Rust type holds that, so a `type` is asked for.
        let constrained: Vec<&str> = keywords
            .iter()
            .map(|(keyword, _)| keyword)
            .filter(|keyword| matches!(keyword.family(), Family::Shape | Family::Validation))
            .map(Keyword::name)
            .collect();
        if !constrained.is_empty() {
            self.error(
                Rule::ValidationWithoutType,
                node,
                format!(
                    "add a `type`: the generator does not infer it from `{}`",
                    constrained.join("`, `")
                ),
            );
            return None;
        }
        Some(Ty::Any)
    }

    /// A schema with `type`: one JSON type, or one and `null`.
    fn convert_type_list(
        &mut self,
        keywords: &Keywords<'a>,
        type_names: Vec<&str>,
        type_node: &Node,
        naming: Naming,
    ) -> Option<Ty> {
        let mut names = Vec::new();
        for name in type_names {
            if !TYPE_NAMES.contains(&name) {
                self.error(
                    Rule::UnknownSchemaType,
                    type_node,
                    format!(
                        "unknown type \"{name}\"; expected one of {}",
                        TYPE_NAMES.join(", ")
                    ),
                );
                return None;
            }
            if names.contains(&name) {
                self.error(
                    Rule::TypeListedTwice,
                    type_node,
                    format!("type \"{name}\" is listed twice"),
                );
            }
            names.push(name);
        }
        let nullable = names.contains(&"null");
        names.retain(|name| *name != "null");
        names.dedup();
        // `number` holds every `integer`.
        if names.contains(&"number") {
            names.retain(|name| *name != "integer");
        }
        let base = match names.as_slice() {
            [single] => self.convert_typed(keywords, single, naming)?,
            [] => return self.convert_typed(keywords, "null", naming),
            several => self.convert_several_types(keywords, several, naming)?,
        };
        Some(if nullable {
            Ty::Nullable(Box::new(base))
        } else {
            base
        })
    }

    fn convert_reference(&mut self, reference: &'a Node) -> Option<Ty> {
        let text = reference.as_str().unwrap_or_default();
        let shared = self.shared.resolve(text, self.location);
        if !matches!(shared, Ok(None)) {
            return self.convert_shared_reference(reference, shared);
        }
        let target = definitions::local_target(self.location, &self.anchors, text);
        if target == Some(definitions::LocalTarget::Root) {
            self.refers_to_root = true;
            return Some(Ty::Named(self.root_name.to_owned()));
        }
        let Some(definitions::LocalTarget::Definition(key)) = target else {
            // A JSON pointer to a schema that is no definition (`#/properties/a`): checked as
            // JSON, by the program of the schema it names.
            let pointed = match reference::destination(self.location, text) {
                reference::Destination::ThisFile(fragment) => fragment
                    .strip_prefix('#')
                    .and_then(Pointer::parse)
                    .and_then(|pointer| program::pointee(self.root, &pointer)),
                _ => None,
            };
            if let Some(node) = pointed {
                let program = self.program(node, program::Scope::Quiet)?;
                return Some(Ty::Checked(Box::new(Ty::Any), Box::new(program)));
            }
            if let Some(anchor) = text.strip_prefix('#').filter(|f| !f.starts_with('/')) {
                self.error(
                    Rule::RefToMissingDefinition,
                    reference,
                    format!("`$ref` names the anchor `{anchor}`, which neither the root nor a definition of this file declares with `$anchor`"),
                );
                return None;
            }
            let shared_path = if self.location.starts_with(DEFS_DIR) {
                "<name>.json".to_owned()
            } else {
                format!("../../{DEFS_DIR}/<name>.json")
            };
            let why = if text.contains("://") {
                format!(
                    "it is remote, and the generator reads only the catalog folder (a build must not depend on the network); copy the schema into `{DEFS_DIR}/` and refer to it as `{shared_path}`, or keep the URL as that file's `$id`"
                )
            } else {
                format!(
                    "refer to a definition of this file as `#/$defs/<name>`, or to a shared schema as `{shared_path}`"
                )
            };
            self.error(
                Rule::RefOutsideDefs,
                reference,
                format!("`$ref` `{text}` is not supported: {why}"),
            );
            return None;
        };
        match self.definitions.get(&key) {
            Some(Some(done)) if done.depth() >= MAX_TYPE_DEPTH => {
                self.error(Rule::RefChainTooDeep,
                    reference,
                    format!(
                        "`$ref` names `{key}`, whose type already nests {} arrays, maps or nullables deep through its own references; the generator supports {MAX_TYPE_DEPTH} (Rust compilers overflow their stack on much deeper types)",
                        done.depth()
                    ),
                );
                None
            }
            Some(done) => done.clone(),
            // A recursive definition not converted yet: its type's name, claimed up front.
            None if self.recursive.contains(&key) => {
                self.definition_names.get(&key).cloned().map(Ty::Named)
            }
            None if self.definition_names.contains_key(&key) => None,
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
                    Rule::RefToMissingDefinition,
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
