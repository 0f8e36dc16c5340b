//! One schema file as a whole: its `$defs` converted in an order where each follows those it
//! refers to (`recursion` converts those on a cycle last), then its root, which must be an
//! object; and the file's version literal checked against its name.

use std::collections::BTreeMap;

use super::dialect::{self, Dialect};
use super::keywords::Keywords;
use super::registry::Keyword;
use super::{Converter, Naming, SharedSchemas, Vocabulary};
use super::{definitions, recursion, reference};
use crate::diagnostic::{Diagnostics, Pointer};
use crate::ident::{self, ROOT_TYPE};
use crate::json::{self, Node, NodeValue};
use crate::load::{SCHEMAS_DIR, SchemaFile};
use crate::model::{AliasDef, Field, Payload, Ty, TypeDef, Version};
use crate::rule::Rule;
use crate::source::SourceFile;

/// The payload of `file`, whose version is `version` when its name is one. `None` after
/// reporting every defect found.
pub fn build(
    file: &SchemaFile,
    version: Option<Version>,
    shared: &SharedSchemas,
    vocabulary: &Vocabulary,
    version_field: &[String],
    diagnostics: &mut Diagnostics,
) -> Option<Payload> {
    let source = &file.source;
    let mark = diagnostics.mark();
    let (mut root, dialect) =
        dialect::normalize(source, json::parse(source, diagnostics)?, diagnostics);
    let location = format!("{SCHEMAS_DIR}/{}/{}.json", file.event, file.version);
    reference::rebase_references(&mut root, &location, shared.ids());
    let document = convert_document(
        source,
        &location,
        dialect,
        &root,
        ROOT_TYPE,
        shared,
        vocabulary,
        diagnostics,
    );
    let (root_node, mut types) = (document.root_node, document.types);
    // The payload is an object, or a choice between objects (`oneOf`/`anyOf`); one that is a
    // shared schema's is that type itself.
    let is_object = |def: Option<&TypeDef>| {
        matches!(
            def,
            Some(TypeDef::Struct(_) | TypeDef::Union(_) | TypeDef::Json(_))
        )
    };
    let is_object = match document.root_ty {
        Some(Ty::Named(ref name)) if name == ROOT_TYPE => {
            is_object(types.iter().find(|def| def.name() == ROOT_TYPE))
        }
        Some(Ty::Shared {
            ref module,
            ref name,
        }) if is_object(shared.type_def(module, name)) => {
            types.push(TypeDef::Alias(AliasDef {
                name: ROOT_TYPE.to_owned(),
                target: document.root_ty.clone().unwrap_or(Ty::Any),
            }));
            true
        }
        _ => false,
    };
    // A root without a type had a defect, reported where it is (perhaps in a shared file).
    if !is_object && document.root_ty.is_some() && !diagnostics.has_errors_since(mark) {
        diagnostics.error(
            Rule::PayloadNotAnObject,
            source,
            root_node.span.clone(),
            &root_node.pointer,
            "a payload schema must be an object, a `oneOf`/`anyOf` of objects, or a `$ref` to one",
        );
    }
    if let Some(version) = &version {
        check_schema_version_literal(source, &root, &types, version, version_field, diagnostics);
    }
    let version = version?;
    (!diagnostics.has_errors_since(mark)).then(|| Payload {
        module: ident::version_module(&version),
        version,
        types,
        file: source.clone(),
    })
}

/// A schema file converted: the type of its root, the node that type comes from (the root, or
/// the definition the root refers to), every type, and the type of each definition.
pub(super) struct Document<'a> {
    pub(super) root_ty: Option<Ty>,
    pub(super) root_node: &'a Node,
    pub(super) types: Vec<TypeDef>,
    pub(super) definitions: BTreeMap<String, Option<Ty>>,
}

/// Converts the schema file `root` whose root type is named `root_name`: its `$defs` first (in
/// an order where each follows those it refers to), then the root. A root that is only a `$ref`
/// to a definition makes that definition the root type.
#[allow(clippy::too_many_arguments)]
pub(super) fn convert_document<'a>(
    source: &'a SourceFile,
    location: &'a str,
    dialect: Dialect,
    root: &'a Node,
    root_name: &str,
    shared: &'a SharedSchemas,
    vocabulary: &'a Vocabulary,
    diagnostics: &mut Diagnostics,
) -> Document<'a> {
    // The boolean schemas hold no keywords: `true` accepts every value, `false` none.
    let root_keywords = match root.value {
        NodeValue::Bool(_) => None,
        _ => Keywords::read(source, root, true, vocabulary, diagnostics),
    };
    let defs = match &root_keywords {
        Some(keywords) if keywords.has(Keyword::Defs) => {
            // draft-07's `definitions` beside 2019-09's `$defs` would be two namespaces.
            let hint = "keep one of the two";
            keywords.conflicts(
                source,
                Keyword::Defs,
                [Keyword::Definitions],
                hint,
                diagnostics,
            );
            keywords.members(Keyword::Defs)
        }
        Some(keywords) => keywords.members(Keyword::Definitions),
        None => &[],
    };
    let anchors = definitions::anchors(root);
    // A root that is a `$ref` to a definition, with only annotations beside it, is that
    // definition; one with more beside it is converted as any schema.
    let root_definition = root_keywords
        .as_ref()
        .filter(|keywords| keywords.constraining_beside_ref().is_empty())
        .and_then(|keywords| keywords.text(Keyword::Ref))
        .and_then(|text| definitions::local_definition_key(location, &anchors, text))
        .filter(|key| defs.iter().any(|def| def.key == *key));
    let place = (source, location, dialect, root);
    let mut converter = Converter::new(place, root_name, shared, vocabulary, diagnostics);
    converter.anchors = anchors;
    converter.definition_nodes = defs
        .iter()
        .map(|def| (def.key.clone(), &def.value))
        .collect();
    // Definitions are named first: their names are the catalog's, derived names yield to them.
    for def in defs {
        let name = if root_definition.as_deref() == Some(def.key.as_str()) {
            root_name.to_owned()
        } else {
            converter.names.claim(&ident::definition_type(&def.key))
        };
        converter.definition_names.insert(def.key.clone(), name);
    }
    let (order, recursive) = definitions::order(location, &converter.anchors, defs);
    for def in order {
        let name = converter.definition_names[&def.key].clone();
        let ty = converter.convert(&def.value, Naming::Claimed(name));
        converter.definitions.insert(def.key.clone(), ty);
    }
    converter.convert_recursive_definitions(defs, &recursive);
    let (root_ty, root_node) = match &root_definition {
        Some(key) => {
            let node = defs.iter().find(|def| &def.key == key);
            let ty = converter.definitions.get(key).cloned().flatten();
            (ty, node.map_or(root, |def| &def.value))
        }
        None => {
            let naming = Naming::Claimed(root_name.to_owned());
            let ty = match root_keywords {
                Some(keywords) => converter.convert_keywords(keywords, naming),
                None if matches!(root.value, NodeValue::Bool(_)) => converter.convert(root, naming),
                None => None,
            };
            let ty = match ty {
                Some(ty) if converter.refers_to_root => {
                    let ty = converter.named_recursive_type(root_name, ty);
                    converter.check_root_alias(root_name, root);
                    Some(ty)
                }
                other => other,
            };
            (ty, root)
        }
    };
    if !recursive.is_empty() || converter.refers_to_root {
        recursion::box_recursive_references(&mut converter.types);
    }
    Document {
        root_ty,
        root_node,
        types: converter.types,
        definitions: converter.definitions,
    }
}

/// The version field (`schemaVersion`, or the catalog's `version_field` when it is a property
/// of the payload's root), when it is a literal, must name the file's own version, or no
/// payload could ever decode.
fn check_schema_version_literal(
    file: &SourceFile,
    root: &Node,
    types: &[TypeDef],
    version: &Version,
    version_field: &[String],
    diagnostics: &mut Diagnostics,
) {
    let [field_name] = version_field else {
        return;
    };
    let Some(TypeDef::Struct(payload)) = types.iter().find(|def| def.name() == ROOT_TYPE) else {
        return;
    };
    let Some(Field {
        ty: Ty::Named(enum_name),
        ..
    }) = payload
        .fields
        .iter()
        .find(|field| field.wire == *field_name)
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
        .child(Keyword::Properties.name())
        .child(field_name.as_str())
        .child(Keyword::Const.name());
    let span = root
        .get(Keyword::Properties.name())
        .and_then(|p| p.get(field_name))
        .and_then(|p| p.get(Keyword::Const.name()))
        .map_or(root.span.clone(), |node| node.span.clone());
    diagnostics.error(
        Rule::SchemaVersionLiteralMismatch,
        file,
        span,
        &pointer,
        format!("`{field_name}` is the literal `{literal}` but this file is the schema of version {version}"),
    );
}
