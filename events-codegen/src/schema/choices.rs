//! Schemas that are one of several things: string enums and literals (`enum`, `const`), and
//! unions (`anyOf`, `oneOf`), where a `null` branch makes the type nullable.

use super::keywords::Keywords;
use super::registry::Keyword;
use super::{Converter, Naming};
use crate::ident::{self, Namespace};
use crate::json::{Node, NodeValue};
use crate::model::{EnumDef, StructDef, Ty, TypeDef, UnionDef};
use crate::rule::Rule;

impl<'a> Converter<'a> {
    /// The values of a `oneOf` or `anyOf` whose every branch is a `const` with annotations only
    /// (how generators document each value of an enum), with the keyword: beside an `enum`, the
    /// values in both, as JSON Schema applies both; for `oneOf`, a value two branches share
    /// matches neither. `None` when the branches are anything else.
    pub(super) fn documented_values(
        &self,
        keywords: &Keywords<'a>,
    ) -> Option<(Keyword, Vec<Node>)> {
        let (keyword, branches) = [Keyword::OneOf, Keyword::AnyOf]
            .into_iter()
            .find_map(|keyword| Some((keyword, keywords.get(keyword)?.as_array()?)))?;
        let is_documented_const = |branch: &Node| {
            branch.as_object().is_some_and(|members| {
                members
                    .iter()
                    .any(|member| member.key == Keyword::Const.name())
                    && members
                        .iter()
                        .all(|member| match Keyword::named(&member.key) {
                            Some(known) => known == Keyword::Const || known.is_annotation(),
                            None => self.vocabulary.is_annotation(&member.key),
                        })
            })
        };
        if branches.is_empty() || !branches.iter().all(is_documented_const) {
            return None;
        }
        let consts: Vec<&Node> = branches
            .iter()
            .filter_map(|b| Keyword::Const.of(b))
            .collect();
        let same =
            |a: &Node, b: &Node| json_equal(&a.to_value().to_string(), &b.to_value().to_string());
        let listed = keywords.elements(Keyword::Enum);
        let mut values: Vec<Node> = Vec::new();
        for value in &consts {
            let repeated = consts.iter().filter(|other| same(value, other)).count() > 1;
            let in_enum = !keywords.has(Keyword::Enum) || listed.iter().any(|v| same(value, v));
            let kept = values.iter().any(|v| same(value, v));
            if in_enum && !kept && !(repeated && keyword == Keyword::OneOf) {
                values.push((*value).clone());
            }
        }
        Some((keyword, values))
    }

    /// `enum` or `const`: strings become a string enum; other JSON values (numbers, booleans,
    /// arrays, objects) a literal enum compared by JSON equality; a `null` among the values makes
    /// the type nullable.
    pub(super) fn convert_enum(
        &mut self,
        keywords: &Keywords<'_>,
        keyword: Keyword,
        values: &[Node],
        naming: Naming,
    ) -> Option<Ty> {
        let is_const = keyword == Keyword::Const;
        if values.is_empty() {
            self.error(
                Rule::EmptyEnum,
                keywords.get(keyword).unwrap_or(keywords.node),
                "an `enum` needs at least one value",
            );
            return None;
        }
        let types = keywords.types();
        let allows = |kind: &str| {
            types.as_ref().is_none_or(|(names, _)| {
                names.contains(&kind) || (kind == "integer" && names.contains(&"number"))
            })
        };
        let has_null = values
            .iter()
            .any(|value| matches!(value.value, NodeValue::Null));
        let literals: Vec<&Node> = values
            .iter()
            .filter(|value| !matches!(value.value, NodeValue::Null))
            .collect();
        let mut sound = true;
        for value in values {
            let kind = json_type(value);
            if !allows(kind) {
                self.error(
                    Rule::EnumValueNoValueCouldMatch,
                    value,
                    format!(
                        "`{}` is not of the `type` beside this `{}`, so no value could match it",
                        value.to_value(),
                        keyword.name()
                    ),
                );
                sound = false;
            }
        }
        if literals.is_empty() {
            return sound.then_some(Ty::Null);
        }
        let all_strings = literals.iter().all(|value| value.as_str().is_some());
        let given = self.given_variant_names(keywords.node, values);
        let mut variants: Vec<(String, String)> = Vec::new();
        for value in &literals {
            let position = values.iter().position(|v| std::ptr::eq(v, *value));
            let (derived, wire) = match value.as_str() {
                Some(text) if all_strings => (ident::type_name(text), text.to_owned()),
                _ => (
                    ident::literal_variant(&value.to_value()),
                    value.to_value().to_string(),
                ),
            };
            let variant = match given
                .as_ref()
                .zip(position)
                .and_then(|(names, at)| names.get(at))
            {
                Some(name) => name.clone(),
                None => derived,
            };
            let repeated = variants.iter().find(|(existing, other)| {
                *existing == variant || (!all_strings && json_equal(other, &wire))
            });
            if let Some((_, other)) = repeated {
                let message = if *other == wire || !all_strings {
                    format!("`{wire}` is listed twice")
                } else {
                    format!(
                        "values `{other}` and `{wire}` both become the Rust variant `{variant}`; name them with `x-enum-varnames`"
                    )
                };
                self.error(Rule::EnumValuesThatCollideInRust, value, message);
                sound = false;
                continue;
            }
            variants.push((variant, wire));
        }
        if !sound {
            return None;
        }
        let name = self.claim(naming);
        let unknown_variant =
            ident::unknown_value_variant(variants.iter().map(|(variant, _)| variant.as_str()));
        let ty = self.define(TypeDef::Enum(EnumDef {
            name,
            doc: keywords.description(),
            variants,
            is_const,
            is_json: !all_strings,
            unknown_variant,
        }));
        let nullable = has_null && allows("null");
        Some(if nullable {
            Ty::Nullable(Box::new(ty))
        } else {
            ty
        })
    }

    /// `type` with several JSON types: a union with one variant per type, each with the
    /// keywords of its type (the JSON types are disjoint, so at most one variant matches).
    pub(super) fn convert_several_types(
        &mut self,
        keywords: &Keywords<'a>,
        type_names: &[&str],
        naming: Naming,
    ) -> Option<Ty> {
        let name = self.claim(naming);
        let mut variant_names = Namespace::default();
        let mut variants: Vec<(String, Ty)> = Vec::new();
        for (position, type_name) in type_names.iter().enumerate() {
            let branch_naming = Naming::Derived(ident::union_branch_type(&name, position));
            let ty = self.convert_typed(keywords, type_name, branch_naming)?;
            variants.push((variant_names.claim(&ident::union_variant(&ty)), ty));
        }
        Some(self.define(TypeDef::Union(UnionDef {
            name,
            doc: keywords.description(),
            variants,
            exclusive: false,
            tag: None,
            checks: None,
        })))
    }

    pub(super) fn convert_union(
        &mut self,
        keywords: &Keywords<'_>,
        keyword: Keyword,
        branches: &'a [Node],
        naming: Naming,
    ) -> Option<Ty> {
        let is_null = |branch: &Node| {
            branch.as_object().is_some_and(|members| {
                members.iter().all(|m| {
                    Keyword::named(&m.key).is_some_and(|k| k == Keyword::Type || k.is_annotation())
                })
            }) && Keyword::Type.of(branch).and_then(Node::as_str) == Some("null")
        };
        // A branch `false` matches nothing: under `anyOf` or `oneOf` it changes nothing.
        let never = |branch: &Node| matches!(branch.value, NodeValue::Bool(false));
        let nullable = branches.iter().any(is_null);
        let rest: Vec<(usize, &Node)> = branches
            .iter()
            .enumerate()
            .filter(|(_, branch)| !is_null(branch) && !never(branch))
            .collect();
        let base = match rest.as_slice() {
            [] if nullable => return Some(Ty::Null),
            [] => return self.convert(branches.first()?, naming),
            [(_, only)] => self.convert(only, naming)?,
            _ => {
                let name = self.claim(naming);
                let mut variant_names = Namespace::default();
                let mut variants: Vec<(String, Ty)> = Vec::new();
                let mut sound = true;
                for (position, branch) in rest {
                    let branch_naming = Naming::Derived(ident::union_branch_type(&name, position));
                    let Some(ty) = self.convert(branch, branch_naming) else {
                        sound = false;
                        continue;
                    };
                    variants.push((variant_names.claim(&ident::union_variant(&ty)), ty));
                }
                if !sound {
                    return None;
                }
                let tag = self.union_tag(&variants);
                self.define(TypeDef::Union(UnionDef {
                    name,
                    doc: keywords.description(),
                    variants,
                    exclusive: keyword == Keyword::OneOf,
                    tag,
                    checks: None,
                }))
            }
        };
        Some(if nullable {
            Ty::Nullable(Box::new(base))
        } else {
            base
        })
    }
}

impl Converter<'_> {
    /// The property that tells the branches of a union apart, when every branch is an object of
    /// this file with a required `const` string property of that name, each a different value.
    fn union_tag(&self, variants: &[(String, Ty)]) -> Option<(String, Vec<String>)> {
        let structs: Vec<&StructDef> = variants
            .iter()
            .map(|(_, ty)| match ty {
                Ty::Named(name) => self.types.iter().find_map(|def| match def {
                    TypeDef::Struct(def) if &def.name == name => Some(def),
                    _ => None,
                }),
                _ => None,
            })
            .collect::<Option<_>>()?;
        let literal = |ty: &Ty| match ty {
            Ty::Named(name) => self.types.iter().find_map(|def| match def {
                TypeDef::Enum(def) if &def.name == name && def.is_const && !def.is_json => {
                    Some(def.variants[0].1.clone())
                }
                _ => None,
            }),
            _ => None,
        };
        let first = structs.first()?;
        first
            .fields
            .iter()
            .filter(|field| field.required)
            .find_map(|candidate| {
                let values: Vec<String> = structs
                    .iter()
                    .map(|def| {
                        let field = def
                            .fields
                            .iter()
                            .find(|field| field.wire == candidate.wire && field.required)?;
                        literal(&field.ty)
                    })
                    .collect::<Option<_>>()?;
                let distinct: std::collections::BTreeSet<&String> = values.iter().collect();
                (distinct.len() == values.len()).then(|| (candidate.wire.clone(), values))
            })
    }
}

/// The JSON Schema type name of a literal.
fn json_type(value: &Node) -> &'static str {
    match &value.value {
        NodeValue::Null => "null",
        NodeValue::Bool(_) => "boolean",
        NodeValue::Number(text) if !text.contains(['.', 'e', 'E']) => "integer",
        NodeValue::Number(_) => "number",
        NodeValue::String(_) => "string",
        NodeValue::Array(_) => "array",
        NodeValue::Object(_) => "object",
    }
}

/// JSON equality of two JSON texts, as the runtime matches literal enum values.
pub(super) fn json_equal(a: &str, b: &str) -> bool {
    let parse = |text: &str| serde_json::from_str::<serde_json::Value>(text).ok();
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => events_facts::json_equal(&a, &b),
        _ => a == b,
    }
}
