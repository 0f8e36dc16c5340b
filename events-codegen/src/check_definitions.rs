//! One copy of each check definition per catalog. Every check program is compiled on its own,
//! with the schemas its `$ref`s reach; when many programs reach the same shared schemas (a
//! document graph under `not`, the shared object an `allOf` narrows in every event), each would
//! print its own copy, and the generated code would grow with the events times the graph. Here
//! each definition is kept once, by where it stands, and programs name it by its catalog index.

use std::collections::HashMap;

use crate::model::{Catalog, Check, Checks, Program, Ty, TypeDef};

/// Moves the definitions of every program of `catalog` into `catalog.check_definitions`, one
/// per place in the catalog's files, and turns each `Check::Ref` into a `Check::Definition`.
pub fn share(catalog: &mut Catalog) {
    let mut table = Table::default();
    let shared = catalog
        .shared
        .iter_mut()
        .flat_map(|module| &mut module.types);
    let events = catalog
        .events
        .iter_mut()
        .flat_map(|event| &mut event.payloads)
        .flat_map(|payload| &mut payload.types);
    for def in shared.chain(events) {
        table.type_def(def);
    }
    catalog.check_definitions = table.definitions;
}

#[derive(Default)]
struct Table {
    definitions: Vec<Checks>,
    by_source: HashMap<String, usize>,
}

impl Table {
    fn type_def(&mut self, def: &mut TypeDef) {
        match def {
            TypeDef::Struct(def) => {
                if let Some(program) = &mut def.checks {
                    self.program(program);
                }
                for field in &mut def.fields {
                    self.ty(&mut field.ty);
                }
                if let Some((_, ty)) = &mut def.additional {
                    self.ty(ty);
                }
            }
            TypeDef::Union(def) => {
                if let Some(program) = &mut def.checks {
                    self.program(program);
                }
                for (_, ty) in &mut def.variants {
                    self.ty(ty);
                }
            }
            TypeDef::Tuple(def) => def.items.iter_mut().for_each(|ty| self.ty(ty)),
            TypeDef::Alias(def) => self.ty(&mut def.target),
            TypeDef::Json(def) => self.program(&mut def.program),
            TypeDef::Enum(_) => {}
        }
    }

    fn ty(&mut self, mut ty: &mut Ty) {
        loop {
            match ty {
                Ty::Checked(inner, program) => {
                    self.program(program);
                    ty = inner;
                }
                Ty::Array(inner, _)
                | Ty::Map(inner, _)
                | Ty::Nullable(inner)
                | Ty::Boxed(inner) => {
                    ty = inner;
                }
                _ => return,
            }
        }
    }

    fn program(&mut self, program: &mut Program) {
        let definitions = std::mem::take(&mut program.definitions);
        let sources = std::mem::take(&mut program.sources);
        let mut added = Vec::new();
        let catalog_index: Vec<usize> = sources
            .into_iter()
            .zip(definitions)
            .map(|(source, checks)| {
                *self.by_source.entry(source).or_insert_with(|| {
                    added.push(self.definitions.len());
                    self.definitions.push(checks);
                    self.definitions.len() - 1
                })
            })
            .collect();
        for index in added {
            relink(&mut self.definitions[index], &catalog_index);
        }
        relink(&mut program.root, &catalog_index);
    }
}

/// Turns each `Check::Ref` in `checks` into the `Check::Definition` `catalog_index` maps it to.
fn relink(checks: &mut Checks, catalog_index: &[usize]) {
    let mut stack = vec![checks];
    while let Some(checks) = stack.pop() {
        for check in &mut checks.0 {
            match check {
                Check::Ref(local) => {
                    // Every `Ref` of a program names one of its own definitions.
                    if let Some(&index) = catalog_index.get(*local) {
                        *check = Check::Definition(index);
                    }
                }
                Check::PrefixItems(all)
                | Check::AllOf(all)
                | Check::AnyOf(all)
                | Check::OneOf(all) => {
                    stack.extend(all.iter_mut());
                }
                Check::Properties(keyed) | Check::DependentSchemas(keyed) => {
                    stack.extend(keyed.iter_mut().map(|(_, checks)| checks));
                }
                Check::PatternProperties(keyed) => {
                    stack.extend(keyed.iter_mut().map(|(_, checks)| checks));
                }
                Check::Items { schema, .. }
                | Check::Contains { schema, .. }
                | Check::AdditionalProperties { schema, .. }
                | Check::PropertyNames(schema)
                | Check::Not(schema)
                | Check::UnevaluatedProperties(schema)
                | Check::UnevaluatedItems(schema) => stack.push(schema),
                Check::If {
                    condition,
                    then,
                    otherwise,
                } => stack.extend([&mut **condition, &mut **then, &mut **otherwise]),
                Check::Never
                | Check::Type { .. }
                | Check::Const(_)
                | Check::Enum(_)
                | Check::Text(_)
                | Check::Numeric(_)
                | Check::ItemCount { .. }
                | Check::UniqueItems
                | Check::Required(_)
                | Check::PropertyCount { .. }
                | Check::DependentRequired(_)
                | Check::Definition(_) => {}
            }
        }
    }
}
