//! Schemas that are one of several things: string enums and literals (`enum`, `const`), and
//! unions (`anyOf`, `oneOf`), where a `null` branch makes the type nullable.

use super::keywords::{ANNOTATIONS, Keywords};
use super::{Converter, Naming};
use crate::ident::{self, Namespace};
use crate::json::Node;
use crate::model::{EnumDef, Ty, TypeDef, UnionDef};

impl<'a> Converter<'a> {
    pub(super) fn convert_enum(
        &mut self,
        keywords: &Keywords<'_>,
        keyword: &str,
        values: &[Node],
        naming: Naming,
    ) -> Option<Ty> {
        let is_const = keyword == "const";
        if let Some((types, type_node)) = keywords.types()
            && types != ["string"]
        {
            self.error(
                type_node,
                format!("`{keyword}` is supported for strings only, so `type` must be \"string\""),
            );
            return None;
        }
        if values.is_empty() {
            self.error(
                keywords.get(keyword).unwrap_or(keywords.node),
                "an `enum` needs at least one value",
            );
            return None;
        }
        let mut variants: Vec<(String, String)> = Vec::new();
        let mut sound = true;
        for value in values {
            let Some(wire) = value.as_str() else {
                self.error(
                    value,
                    format!(
                        "`{keyword}` values must be strings, found `{}`",
                        value.to_value()
                    ),
                );
                sound = false;
                continue;
            };
            let Some(variant) = ident::type_name(wire) else {
                self.error(
                    value,
                    format!("`{wire}` has no letter or digit to name a Rust variant after"),
                );
                sound = false;
                continue;
            };
            if let Some((_, other)) = variants.iter().find(|(existing, _)| *existing == variant) {
                let message = if other == wire {
                    format!("`{wire}` is listed twice")
                } else {
                    format!(
                        "values `{other}` and `{wire}` both become the Rust variant `{variant}`"
                    )
                };
                self.error(value, message);
                sound = false;
                continue;
            }
            variants.push((variant, wire.to_owned()));
        }
        if !sound {
            return None;
        }
        let name = self.claim(naming);
        Some(self.define(TypeDef::Enum(EnumDef {
            name,
            doc: keywords.description(),
            variants,
            is_const,
        })))
    }

    pub(super) fn convert_union(
        &mut self,
        keywords: &Keywords<'_>,
        keyword: &str,
        branches: &'a [Node],
        naming: Naming,
    ) -> Option<Ty> {
        let is_null = |branch: &Node| {
            branch.as_object().is_some_and(|members| {
                members
                    .iter()
                    .all(|m| m.key == "type" || ANNOTATIONS.contains(&m.key.as_str()))
            }) && branch.get("type").and_then(Node::as_str) == Some("null")
        };
        let nullable = branches.iter().any(is_null);
        let rest: Vec<(usize, &Node)> = branches
            .iter()
            .enumerate()
            .filter(|(_, branch)| !is_null(branch))
            .collect();
        let base = match rest.as_slice() {
            [] => {
                let at = keywords.get(keyword).unwrap_or(keywords.node);
                self.error(at, "needs at least one schema that is not `null`");
                return None;
            }
            [(_, only)] => self.convert(only, naming, false)?,
            _ => {
                let name = self.claim(naming);
                let mut variant_names = Namespace::default();
                let mut variants: Vec<(String, Ty)> = Vec::new();
                let mut sound = true;
                for (position, branch) in rest {
                    let branch_naming = Naming::Derived(ident::union_branch_type(&name, position));
                    let Some(ty) = self.convert(branch, branch_naming, false) else {
                        sound = false;
                        continue;
                    };
                    variants.push((variant_names.claim(&ident::union_variant(&ty)), ty));
                }
                if !sound {
                    return None;
                }
                self.define(TypeDef::Union(UnionDef {
                    name,
                    doc: keywords.description(),
                    variants,
                    exclusive: keyword == "oneOf",
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
