//! Schemas shared by several events: `defs/<name>.json` in the catalog folder, each converted
//! once into the types of one module (`defs::<name>`), and referred to from event schemas by a
//! relative `$ref` as JSON Schema resolves it: `"../../defs/call.json"` for the file's root, or
//! `"../../defs/call.json#/$defs/leg"` for one of its definitions.

use std::collections::{BTreeMap, BTreeSet};

use super::dialect::Dialect;
use super::document::convert_document;
use super::reference::{Destination, Ids, destination_in};
use super::registry::Keyword;
use super::{Converter, Vocabulary, definitions, dialect, program};
use crate::diagnostic::Diagnostics;
use crate::ident;
use crate::json::{self, Node};
use crate::load::{DEFS_DIR, SharedFile};
use crate::model::{SharedModule, Ty, TypeDef};
use crate::rule::Rule;
use crate::source::SourceFile;

/// The shared schemas of a catalog, converted, for event schemas to refer to.
#[derive(Debug, Default)]
pub struct SharedSchemas {
    by_file: BTreeMap<String, SharedSchema>,
    /// The files' `$id`s, which `$ref`s may name them by.
    ids: Ids,
    /// Every shared file's name, converted yet or not, for messages.
    names: BTreeSet<String>,
}

#[derive(Debug)]
struct SharedSchema {
    module: String,
    /// The file, its path from the catalog folder and its draft, for programs that refer to it.
    source: SourceFile,
    location: String,
    dialect: Dialect,
    /// On a cycle of references between files, and not converted yet.
    pending: bool,
    root: Node,
    root_ty: Option<Ty>,
    definitions: BTreeMap<String, Option<Ty>>,
    types: Vec<TypeDef>,
}

impl SharedSchema {
    /// A file that had a defect, or is on a cycle of references: references to it resolve to
    /// no type, its defects having been reported where they are.
    fn unconverted(module: String, file: &SharedFile, dialect: Dialect, root: Node) -> Self {
        SharedSchema {
            module,
            source: file.source.clone(),
            location: format!("{DEFS_DIR}/{}", file.name),
            dialect,
            pending: false,
            root,
            root_ty: None,
            definitions: BTreeMap::new(),
            types: Vec::new(),
        }
    }
}

/// What a `$ref` into a shared file names.
pub(super) struct SharedTarget<'s> {
    /// The type, qualified with its module.
    pub ty: Option<Ty>,
    /// The schema node, for `allOf` to merge.
    pub node: &'s Node,
    /// The generated struct when the target is one, for `allOf` to take its fields from.
    pub fields_from: Option<&'s crate::model::StructDef>,
    /// The module of the shared file.
    pub module: &'s str,
    /// The file is on a cycle of references between files and not converted yet.
    pub pending: bool,
}

/// Converts every shared file, each after the shared files it refers to, so that a shared
/// schema may `$ref` another (`"user.json"` from `defs/app.json`). Returns them for event
/// schemas to refer to, and their modules for the generated code.
pub fn build_shared(
    files: &[SharedFile],
    vocabulary: &Vocabulary,
    diagnostics: &mut Diagnostics,
) -> (SharedSchemas, Vec<SharedModule>) {
    let mut parsed = Vec::new();
    let mut module_owners: BTreeMap<String, &str> = BTreeMap::new();
    for file in files {
        let module = ident::field_name(file.name.trim_end_matches(".json"));
        if let Some(other) = module_owners.insert(module.clone(), &file.name) {
            diagnostics.file_error(
                Rule::SharedSchemasThatCollideInRust,
                &file.source.shown_as,
                format!(
                    "`{other}` and `{}` both become the Rust module `defs::{module}`; rename one",
                    file.name
                ),
            );
            continue;
        }
        if let Some(root) = json::parse(&file.source, diagnostics) {
            let (root, dialect) = dialect::normalize(&file.source, root, diagnostics);
            parsed.push((file, module, root, dialect));
        }
    }
    let ids: Ids = parsed
        .iter()
        .filter_map(|(file, _, root, _)| {
            let id = Keyword::Id.of(root)?.as_str()?;
            let uri = id.split_once('#').map_or(id, |(uri, _)| uri);
            Some((uri.to_owned(), format!("{DEFS_DIR}/{}", file.name)))
        })
        .collect();
    for (file, _, root, _) in &mut parsed {
        let location = format!("{DEFS_DIR}/{}", file.name);
        super::reference::rebase_references(root, &location, &ids);
    }
    let order = file_order(&parsed, &ids);
    let mut shared = SharedSchemas {
        ids,
        names: parsed.iter().map(|(file, ..)| file.name.clone()).collect(),
        ..SharedSchemas::default()
    };
    // The files on a cycle are there before they are converted, for references to them.
    for &(position, on_cycle) in &order {
        let (file, module, root, dialect) = &parsed[position];
        if on_cycle {
            let mut pending =
                SharedSchema::unconverted(module.clone(), file, *dialect, root.clone());
            pending.pending = true;
            shared.by_file.insert(file.name.clone(), pending);
        }
    }
    let mut modules = Vec::new();
    for (position, _) in order {
        let (file, module, root, dialect) = &parsed[position];
        let location = format!("{DEFS_DIR}/{}", file.name);
        let type_name = ident::type_name(file.name.trim_end_matches(".json"));
        let mark = diagnostics.mark();
        let document = convert_document(
            &file.source,
            &location,
            *dialect,
            root,
            &type_name,
            &shared,
            vocabulary,
            diagnostics,
        );
        let (root_ty, types, definitions) =
            (document.root_ty, document.types, document.definitions);
        if diagnostics.has_errors_since(mark) {
            let unconverted =
                SharedSchema::unconverted(module.clone(), file, *dialect, root.clone());
            shared.by_file.insert(file.name.clone(), unconverted);
            continue;
        }
        modules.push(SharedModule {
            module: module.clone(),
            types: types.clone(),
            file: file.source.clone(),
        });
        shared.by_file.insert(
            file.name.clone(),
            SharedSchema {
                module: module.clone(),
                source: file.source.clone(),
                location,
                dialect: *dialect,
                pending: false,
                root: root.clone(),
                root_ty,
                definitions,
                types,
            },
        );
    }
    modules.sort_by(|a, b| a.module.cmp(&b.module));
    (shared, modules)
}

/// The positions of the shared files in an order where each follows the files it refers to,
/// ties broken by name, each with whether it is on a cycle of references between files, or
/// refers to one: such a cycle is reported, once, since recursive types are not supported.
fn file_order(parsed: &[(&SharedFile, String, Node, Dialect)], ids: &Ids) -> Vec<(usize, bool)> {
    let position_of: BTreeMap<&str, usize> = parsed
        .iter()
        .enumerate()
        .map(|(position, (file, ..))| (file.name.as_str(), position))
        .collect();
    // For each file, the files it refers to, with the first `$ref` naming each.
    let refers_to: Vec<BTreeMap<usize, &Node>> = parsed
        .iter()
        .map(|(file, _, root, _)| {
            let location = format!("{DEFS_DIR}/{}", file.name);
            let mut targets = BTreeMap::new();
            for reference in definitions::all_references(root) {
                let text = reference.as_str().unwrap_or_default();
                if let Destination::OtherFile { path, .. } = destination_in(&location, text, ids)
                    && let Some(name) = path
                        .strip_prefix(DEFS_DIR)
                        .and_then(|p| p.strip_prefix('/'))
                    && let Some(&target) = position_of.get(name)
                {
                    targets.entry(target).or_insert(reference);
                }
            }
            targets
        })
        .collect();
    let mut order = Vec::new();
    let mut placed = vec![false; parsed.len()];
    loop {
        let next = (0..parsed.len())
            .filter(|&at| !placed[at])
            .filter(|&at| refers_to[at].keys().all(|&target| placed[target]))
            .min_by_key(|&at| &parsed[at].0.name);
        let Some(at) = next else { break };
        placed[at] = true;
        order.push((at, false));
    }
    // What is left is on a cycle of references between files, or refers to one: converted
    // last, by name, each reference to one not converted yet checked as JSON by its program.
    order.extend(
        (0..parsed.len())
            .filter(|&at| !placed[at])
            .map(|at| (at, true)),
    );
    order
}

impl SharedSchemas {
    /// The shared files' `$id`s.
    pub(super) fn ids(&self) -> &Ids {
        &self.ids
    }

    /// The shared file `name` (`user.json`): its source, its path from the catalog folder, its
    /// root schema and its draft.
    pub(super) fn file(&self, name: &str) -> Option<(&SourceFile, &str, &Node, Dialect)> {
        let schema = self.by_file.get(name)?;
        Some((
            &schema.source,
            schema.location.as_str(),
            &schema.root,
            schema.dialect,
        ))
    }

    /// The type `name` of the shared module `module`.
    pub(super) fn type_def(&self, module: &str, name: &str) -> Option<&TypeDef> {
        let schema = self
            .by_file
            .values()
            .find(|schema| schema.module == module)?;
        schema.types.iter().find(|def| def.name() == name)
    }

    /// The shared file and definition a `$ref` in the file at `location` names: `Ok(None)`
    /// when the reference is not into the shared folder at all, `Err` with why when it is but
    /// names nothing.
    pub(super) fn resolve(
        &self,
        reference: &str,
        location: &str,
    ) -> Result<Option<SharedTarget<'_>>, (Rule, String)> {
        let Destination::OtherFile { path, fragment } =
            destination_in(location, reference, &self.ids)
        else {
            return Ok(None);
        };
        let Some(file) = path
            .strip_prefix(DEFS_DIR)
            .and_then(|rest| rest.strip_prefix('/'))
        else {
            return Ok(None);
        };
        let Some(schema) = self.by_file.get(file) else {
            let listed = if self.names.is_empty() {
                "none".to_owned()
            } else {
                let names: Vec<&str> = self.names.iter().map(String::as_str).collect();
                names.join(", ")
            };
            return Err((
                Rule::RefToMissingSharedSchema,
                format!(
                    "`$ref` names the shared schema `{DEFS_DIR}/{file}`, which does not exist (shared schemas: {listed})"
                ),
            ));
        };
        // The fragment as the shared file itself would write it: `#`, `#/$defs/a` or `#anchor`.
        let target = definitions::local_target(
            file,
            &definitions::anchors(&schema.root),
            &format!("#{fragment}"),
        );
        let (ty, node) = match target {
            Some(definitions::LocalTarget::Root) => (schema.root_ty.clone(), &schema.root),
            None => {
                return Err((
                    Rule::RefOutsideDefs,
                    format!(
                        "`$ref` into `{DEFS_DIR}/{file}` must name the file, one of its definitions (`#/$defs/<name>`) or one of their `$anchor`s"
                    ),
                ));
            }
            Some(definitions::LocalTarget::Definition(key)) => {
                let node = [Keyword::Defs, Keyword::Definitions]
                    .iter()
                    .filter_map(|keyword| keyword.of(&schema.root))
                    .find_map(|defs| defs.get(&key))
                    .ok_or_else(|| {
                        let message = format!("`{DEFS_DIR}/{file}` has no definition `{key}`");
                        (Rule::RefToMissingDefinition, message)
                    })?;
                (schema.definitions.get(&key).cloned().flatten(), node)
            }
        };
        let fields_from = match &ty {
            Some(Ty::Named(name)) => schema.types.iter().find_map(|def| match def {
                TypeDef::Struct(def) if &def.name == name => Some(def),
                _ => None,
            }),
            _ => None,
        };
        Ok(Some(SharedTarget {
            ty: ty.map(|ty| qualify(ty, &schema.module)),
            node,
            fields_from,
            module: &schema.module,
            pending: schema.pending,
        }))
    }
}

/// `ty` as named from an event's module: the shared module's own types get its path.
pub(super) fn qualify(ty: Ty, module: &str) -> Ty {
    match ty {
        Ty::Named(name) => Ty::Shared {
            module: module.to_owned(),
            name,
        },
        Ty::Array(item, rules) => Ty::Array(Box::new(qualify(*item, module)), rules),
        Ty::Map(value, keys) => Ty::Map(Box::new(qualify(*value, module)), keys),
        Ty::Nullable(inner) => Ty::Nullable(Box::new(qualify(*inner, module))),
        Ty::Boxed(inner) => Ty::Boxed(Box::new(qualify(*inner, module))),
        Ty::Checked(inner, program) => Ty::Checked(Box::new(qualify(*inner, module)), program),
        other => other,
    }
}

impl<'a> Converter<'a> {
    /// The type a `$ref` into the shared folder names, or `None` after reporting why not. A
    /// file on a cycle of references between files that is not converted yet is JSON checked
    /// by its program (which may refer round the cycle).
    pub(super) fn convert_shared_reference(
        &mut self,
        reference: &'a Node,
        target: Result<Option<SharedTarget<'_>>, (Rule, String)>,
    ) -> Option<Ty> {
        match target {
            Ok(Some(target)) if target.pending => {
                let program = self.program(reference, program::Scope::Reference)?;
                Some(Ty::Checked(Box::new(Ty::Any), Box::new(program)))
            }
            Ok(Some(target)) => target.ty,
            Ok(None) => None,
            Err((rule, why)) => {
                self.error(rule, reference, why);
                None
            }
        }
    }
}
