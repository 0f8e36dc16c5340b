//! The Rust names a catalog gives where the derived ones would be ugly or collide: `x-rust-name`
//! on a property's schema names its field, and `x-enum-varnames` beside an `enum` names its
//! variants, one per value in order (the convention OpenAPI generators share).

use super::Converter;
use crate::ident;
use crate::json::Node;
use crate::rule::Rule;

/// The vendor keyword that names a property's field.
const FIELD_NAME: &str = "x-rust-name";
/// The vendor keyword that names an enum's variants.
const VARIANT_NAMES: &str = "x-enum-varnames";

impl Converter<'_> {
    /// The field of property `wire` whose schema is `schema`: the name it gives, or the one
    /// derived from `wire`. `None` after reporting a name that is no Rust field name.
    pub(super) fn given_field_name(&mut self, schema: &Node, wire: &str) -> Option<String> {
        let Some(given) = schema.get(FIELD_NAME) else {
            return Some(ident::field_name(wire));
        };
        let named = match given.as_str() {
            Some(text) => ident::given_field_name(text),
            None => Err(format!(
                "`{FIELD_NAME}` must be a string, found {}",
                given.kind()
            )),
        };
        named
            .map_err(|why| self.error(Rule::InvalidRustName, given, why))
            .ok()
    }

    /// The variant names the enum schema `schema` gives for its `values`, aligned with them;
    /// `None` when it gives none, or after reporting names that do not fit.
    pub(super) fn given_variant_names(
        &mut self,
        schema: &Node,
        values: &[Node],
    ) -> Option<Vec<String>> {
        let given = schema.get(VARIANT_NAMES)?;
        let Some(names) = given.as_array().filter(|names| names.len() == values.len()) else {
            let message = format!(
                "`{VARIANT_NAMES}` must be an array of {} variant names, one per `enum` value",
                values.len()
            );
            self.error(Rule::InvalidRustName, given, message);
            return None;
        };
        let mut variants = Vec::new();
        for name in names {
            let named = match name.as_str() {
                Some(text) => ident::given_variant_name(text),
                None => Err(format!(
                    "a variant name must be a string, found {}",
                    name.kind()
                )),
            };
            match named {
                Ok(variant) => variants.push(variant),
                Err(why) => {
                    self.error(Rule::InvalidRustName, name, why);
                    return None;
                }
            }
        }
        Some(variants)
    }
}
