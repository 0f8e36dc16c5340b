//! Schemas shared by several events: `defs/<name>.json` in the catalog folder, each converted
//! once into the types of one module (`defs::<name>`), and referred to from event schemas by a
//! relative `$ref` as JSON Schema resolves it: `"../../defs/call.json"` for the file's root, or
//! `"../../defs/call.json#/$defs/leg"` for one of its definitions.

use std::collections::BTreeMap;

use super::registry::Keyword;
use super::{Converter, Vocabulary, convert_document, definitions};
use crate::diagnostic::Diagnostics;
use crate::ident;
use crate::json::{self, Node};
use crate::load::{DEFS_DIR, SharedFile};
use crate::model::{SharedModule, Ty, TypeDef};
use crate::rule::Rule;

/// How an event schema refers to the shared folder: from `schemas/<event>/<version>.json`.
const FROM_EVENT_SCHEMA: &str = "../../";

/// The shared schemas of a catalog, converted, for event schemas to refer to.
#[derive(Debug, Default)]
pub struct SharedSchemas {
    by_file: BTreeMap<String, SharedSchema>,
}

#[derive(Debug)]
struct SharedSchema {
    module: String,
    root: Node,
    root_ty: Option<Ty>,
    definitions: BTreeMap<String, Option<Ty>>,
    types: Vec<TypeDef>,
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
}

/// Converts every shared file. Returns them for event schemas to refer to, and their modules
/// for the generated code.
pub fn build_shared(
    files: &[SharedFile],
    vocabulary: &Vocabulary,
    diagnostics: &mut Diagnostics,
) -> (SharedSchemas, Vec<SharedModule>) {
    let mut shared = SharedSchemas::default();
    let mut modules = Vec::new();
    let mut module_owners: BTreeMap<String, &str> = BTreeMap::new();
    let none = SharedSchemas::default();
    for file in files {
        let stem = file.name.trim_end_matches(".json");
        let (module, type_name) = (ident::field_name(stem), ident::type_name(stem));
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
        let mark = diagnostics.mark();
        let Some(root) = json::parse(&file.source, diagnostics) else {
            continue;
        };
        let document = convert_document(
            &file.source,
            &root,
            &type_name,
            &none,
            vocabulary,
            diagnostics,
        );
        let sound = !diagnostics.has_errors_since(mark);
        let (root_ty, types, definitions) = (
            document.root_ty.filter(|_| sound),
            document.types,
            document.definitions,
        );
        if sound {
            modules.push(SharedModule {
                module: module.clone(),
                types: types.clone(),
                file: file.source.clone(),
            });
        }
        shared.by_file.insert(
            file.name.clone(),
            SharedSchema {
                module,
                root,
                root_ty,
                definitions,
                types,
            },
        );
    }
    (shared, modules)
}

impl SharedSchemas {
    /// The type `name` of the shared module `module`.
    pub(super) fn type_def(&self, module: &str, name: &str) -> Option<&TypeDef> {
        let schema = self
            .by_file
            .values()
            .find(|schema| schema.module == module)?;
        schema.types.iter().find(|def| def.name() == name)
    }

    /// The shared file and definition a relative `$ref` names: `Ok(None)` when the reference is
    /// not into the shared folder at all, `Err` with why when it is but names nothing.
    pub(super) fn resolve(
        &self,
        reference: &str,
    ) -> Result<Option<SharedTarget<'_>>, (Rule, String)> {
        let Some(rest) = reference.strip_prefix(FROM_EVENT_SCHEMA) else {
            return Ok(None);
        };
        let Some(rest) = rest
            .strip_prefix(DEFS_DIR)
            .and_then(|r| r.strip_prefix('/'))
        else {
            return Ok(None);
        };
        let (file, fragment) = match rest.split_once('#') {
            Some((file, fragment)) => (file, Some(fragment)),
            None => (rest, None),
        };
        let Some(schema) = self.by_file.get(file) else {
            let known: Vec<&str> = self.by_file.keys().map(String::as_str).collect();
            let listed = if known.is_empty() {
                "none".to_owned()
            } else {
                known.join(", ")
            };
            return Err((
                Rule::RefToMissingSharedSchema,
                format!(
                    "`$ref` names the shared schema `{DEFS_DIR}/{file}`, which does not exist (shared schemas: {listed})"
                ),
            ));
        };
        let (ty, node) = match fragment.filter(|f| !f.is_empty()) {
            None => (schema.root_ty.clone(), &schema.root),
            Some(fragment) => {
                let key = definitions::definition_key(&format!("#{fragment}")).ok_or_else(|| {
                    (Rule::RefOutsideDefs, format!("`$ref` into `{DEFS_DIR}/{file}` must name the file or one of its definitions, as `#/$defs/<name>`"))
                })?;
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
        other => other,
    }
}

impl Converter<'_> {
    /// The type a `$ref` into the shared folder names, or `None` after reporting why not.
    pub(super) fn convert_shared_reference(
        &mut self,
        reference: &Node,
        target: Result<Option<SharedTarget<'_>>, (Rule, String)>,
    ) -> Option<Ty> {
        match target {
            Ok(Some(target)) => target.ty,
            Ok(None) => None,
            Err((rule, why)) => {
                self.error(rule, reference, why);
                None
            }
        }
    }
}
