//! Recursive schemas: definitions that refer back to themselves (a comment with replies, a tree
//! node with its parent, a JSON document value holding arrays and maps of itself). They are
//! converted after the others, a reference to one standing for its type's name; then every
//! reference that would make a type contain itself by value is boxed, as typify does, and a
//! cycle with no type to box (only `$ref`s, arrays, maps and nullables) is refused.

use std::collections::{BTreeMap, BTreeSet};

use super::{Converter, Naming, definitions};
use crate::ident;
use crate::json::Member;
use crate::model::{AliasDef, Ty, TypeDef};

impl<'a> Converter<'a> {
    /// Converts the definitions on a cycle of references (or after one), in key order. A
    /// definition whose type is not a generated type of its own name (an array, or another
    /// definition) becomes a type alias of that name, which the others already refer to.
    pub(super) fn convert_recursive_definitions(
        &mut self,
        defs: &'a [Member],
        recursive: &[&'a Member],
    ) {
        if recursive.is_empty() {
            return;
        }
        self.recursive = recursive.iter().map(|def| def.key.clone()).collect();
        for def in recursive {
            let name = self.definition_names[&def.key].clone();
            self.converting = Some(def.key.clone());
            let ty = self.convert(&def.value, Naming::Claimed(name.clone()));
            self.converting = None;
            let ty = ty.map(|ty| self.named_recursive_type(&name, ty));
            self.definitions.insert(def.key.clone(), ty);
        }
        self.recursive.clear();
        let alias_names: BTreeMap<&str, &str> = recursive
            .iter()
            .map(|def| (self.definition_names[&def.key].as_str(), def.key.as_str()))
            .collect();
        let mut alias_references: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for def in &self.types {
            if let TypeDef::Alias(alias) = def
                && let Some(&key) = alias_names.get(alias.name.as_str())
            {
                let mut named = Vec::new();
                names_in(&alias.target, &mut named);
                let targets = named
                    .into_iter()
                    .filter_map(|name| alias_names.get(name).map(|key| (*key).to_owned()));
                alias_references.entry(key).or_default().extend(targets);
            }
        }
        definitions::report_alias_cycles(self.file, defs, &alias_references, self.diagnostics);
    }
}

impl Converter<'_> {
    /// The type of a recursive schema as the name its references already use: a type of that
    /// name, or an alias of it for a type that is not one (an array, another definition). A
    /// nullable choice defines its type under the schema's name, then wraps it: that type takes
    /// another name, and the schema's name becomes the nullable alias.
    pub(super) fn named_recursive_type(&mut self, name: &str, ty: Ty) -> Ty {
        if matches!(&ty, Ty::Named(own) if own == name) {
            return ty;
        }
        let mut target = ty;
        if let Some(def) = self.types.iter_mut().find(|def| def.name() == name) {
            let renamed = self.names.claim(&ident::non_null_type(name));
            def.rename(renamed.clone());
            rename_in(&mut target, name, &renamed);
        }
        self.types.push(TypeDef::Alias(AliasDef {
            name: name.to_owned(),
            target,
        }));
        Ty::Named(name.to_owned())
    }

    /// A root that refers to itself (`"$ref": "#"`) through nothing but arrays, maps and
    /// nullables has no Rust type: reported at the root.
    pub(super) fn check_root_alias(&mut self, name: &str, root: &crate::json::Node) {
        let target = self.types.iter().find_map(|def| match def {
            TypeDef::Alias(alias) if alias.name == name => Some(&alias.target),
            _ => None,
        });
        let mut named = Vec::new();
        if let Some(target) = target {
            names_in(target, &mut named);
        }
        if named.contains(&name) {
            self.error(
                crate::rule::Rule::RecursiveRef,
                root,
                "the schema is only itself again (`\"$ref\": \"#\"`) through arrays, maps or nullables, with no object or `oneOf`/`anyOf` between: a Rust type alias cannot name itself, so such a type is not supported",
            );
        }
    }
}

/// Boxes each reference from a generated type to one that contains it again by value, so that
/// every type has a size: `parent: Option<Box<Node>>` in `Node`. References through arrays and
/// maps are on the heap already and stay as they are.
pub(super) fn box_recursive_references(types: &mut [TypeDef]) {
    let by_value: BTreeMap<String, Vec<String>> = types
        .iter()
        .map(|def| {
            let mut named = Vec::new();
            for ty in members(def) {
                named_by_value(ty, &mut named);
            }
            (
                def.name().to_owned(),
                named.into_iter().map(str::to_owned).collect(),
            )
        })
        .collect();
    let reaches = |from: &str, to: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from];
        while let Some(at) = stack.pop() {
            if at == to {
                return true;
            }
            if seen.insert(at) {
                stack.extend(by_value.get(at).into_iter().flatten().map(String::as_str));
            }
        }
        false
    };
    for def in types.iter_mut() {
        let owner = def.name().to_owned();
        for mut ty in members_mut(def) {
            // The checks of a value do not change where it is held.
            while let Ty::Checked(inner, _) = ty {
                ty = &mut **inner;
            }
            let target = match ty {
                Ty::Named(name) => Some(name.clone()),
                Ty::Nullable(inner) => match &**inner {
                    Ty::Named(name) => Some(name.clone()),
                    _ => None,
                },
                _ => None,
            };
            if target.is_some_and(|target| reaches(&target, &owner)) {
                box_in_place(ty);
            }
        }
    }
}

/// `Named` as `Boxed(Named)`, `Nullable(Named)` as `Nullable(Boxed(Named))`.
fn box_in_place(ty: &mut Ty) {
    let slot = match ty {
        Ty::Nullable(inner) => &mut **inner,
        other => other,
    };
    let named = std::mem::replace(slot, Ty::Any);
    *slot = Ty::Boxed(Box::new(named));
}

/// The types a generated type holds directly: fields, branches, tuple items, an alias's target.
fn members(def: &TypeDef) -> Vec<&Ty> {
    match def {
        TypeDef::Struct(def) => def.fields.iter().map(|field| &field.ty).collect(),
        TypeDef::Union(def) => def.variants.iter().map(|(_, ty)| ty).collect(),
        TypeDef::Tuple(def) => def.items.iter().collect(),
        TypeDef::Alias(def) => vec![&def.target],
        TypeDef::Enum(_) | TypeDef::Json(_) => Vec::new(),
    }
}

/// The members that a box can go on (an alias's target is not one: it has no field of its own).
fn members_mut(def: &mut TypeDef) -> Vec<&mut Ty> {
    match def {
        TypeDef::Struct(def) => def.fields.iter_mut().map(|field| &mut field.ty).collect(),
        TypeDef::Union(def) => def.variants.iter_mut().map(|(_, ty)| ty).collect(),
        TypeDef::Tuple(def) => def.items.iter_mut().collect(),
        TypeDef::Alias(_) | TypeDef::Enum(_) | TypeDef::Json(_) => Vec::new(),
    }
}

/// The names of this module's types that `ty` holds by value (not behind a `Vec` or a map).
fn named_by_value<'t>(ty: &'t Ty, found: &mut Vec<&'t str>) {
    match ty {
        Ty::Named(name) => found.push(name),
        Ty::Nullable(inner) | Ty::Checked(inner, _) => named_by_value(inner, found),
        _ => {}
    }
}

/// `ty` with the name `from` as `to`.
fn rename_in(ty: &mut Ty, from: &str, to: &str) {
    match ty {
        Ty::Named(name) if name == from => *name = to.to_owned(),
        Ty::Nullable(inner)
        | Ty::Boxed(inner)
        | Ty::Array(inner, _)
        | Ty::Map(inner, _)
        | Ty::Checked(inner, _) => rename_in(inner, from, to),
        _ => {}
    }
}

/// The names of this module's types anywhere in `ty`.
fn names_in<'t>(ty: &'t Ty, found: &mut Vec<&'t str>) {
    match ty {
        Ty::Named(name) => found.push(name),
        Ty::Nullable(inner)
        | Ty::Boxed(inner)
        | Ty::Array(inner, _)
        | Ty::Map(inner, _)
        | Ty::Checked(inner, _) => names_in(inner, found),
        _ => {}
    }
}
