//! A [`Program`] as static data: `events_core::__private::Schema`s the decoder checks a value
//! against (see `events-core/src/checks.rs`), printed as one block expression that declares the
//! schema, each schema its `$ref`s reach (which may refer to each other: a recursive schema) and
//! each `pattern`, and evaluates to a `&'static Schema`; and the catalog's shared definitions
//! (`Check::Definition`), once, as the statics of a module `__checks` beside `defs`.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::decode::{decimal_seed, text_rules, usize_literal};
use crate::model::{Check, Checks, Program, TextPattern, TextRules};

/// The module of the catalog's shared definitions, `DEFINITION_<index>` for each, which
/// generated types two modules down name as `super::super::__checks::DEFINITION_<index>`.
pub(super) fn definitions_module(definitions: &[Checks]) -> TokenStream {
    if definitions.is_empty() {
        return TokenStream::new();
    }
    let private = super::private();
    let mut printer = Printer {
        patterns: Vec::new(),
        catalog_definitions: TokenStream::new(),
    };
    let statics: Vec<TokenStream> = definitions
        .iter()
        .enumerate()
        .map(|(index, checks)| {
            let name = format_ident!("DEFINITION_{}", index);
            let schema = printer.schema(checks);
            quote!(pub(super) static #name: #private::Schema = #schema;)
        })
        .collect();
    let patterns = printer.pattern_constants();
    quote! {
        /// The schemas that `$ref`s in the check programs reach, one of each for the catalog.
        // A shard holds them all, whether its events use them or not.
        #[allow(dead_code)]
        mod __checks {
            #(#patterns)*
            #(#statics)*
        }
    }
}

/// The `&'static Schema` of `program`, as a block expression.
pub(super) fn schema_reference(program: &Program) -> TokenStream {
    let private = super::private();
    let mut printer = Printer {
        patterns: Vec::new(),
        catalog_definitions: quote!(super::super::__checks::),
    };
    let root = printer.schema(&program.root);
    let definitions: Vec<TokenStream> = program
        .definitions
        .iter()
        .enumerate()
        .map(|(index, checks)| {
            let name = format_ident!("DEFINITION_{}", index);
            let schema = printer.schema(checks);
            quote!(static #name: #private::Schema = #schema;)
        })
        .collect();
    let patterns = printer.pattern_constants();
    quote!({
        #(#patterns)*
        #(#definitions)*
        static SCHEMA: #private::Schema = #root;
        &SCHEMA
    })
}

struct Printer {
    patterns: Vec<TextPattern>,
    /// The path to the catalog's definitions module, with its trailing `::`.
    catalog_definitions: TokenStream,
}

impl Printer {
    fn pattern_constants(&self) -> Vec<TokenStream> {
        let private = super::private();
        let constants = self.patterns.iter().enumerate().map(|(index, pattern)| {
            let name = format_ident!("PATTERN_{}", index);
            let (source, translated) = (&pattern.source, &pattern.translated);
            quote!(const #name: #private::Pattern = ::events_core::__pattern!(#source, #translated);)
        });
        constants.collect()
    }

    fn schema(&mut self, checks: &Checks) -> TokenStream {
        let private = super::private();
        let checks: Vec<TokenStream> = checks.0.iter().map(|check| self.check(check)).collect();
        quote!(#private::Schema { checks: &[#(#checks),*] })
    }

    fn schemas(&mut self, schemas: &[Checks]) -> TokenStream {
        let schemas: Vec<TokenStream> = schemas.iter().map(|schema| self.schema(schema)).collect();
        quote!(&[#(#schemas),*])
    }

    fn schema_by_key(&mut self, schemas: &[(String, Checks)]) -> TokenStream {
        let schemas: Vec<TokenStream> = schemas
            .iter()
            .map(|(key, schema)| {
                let schema = self.schema(schema);
                quote!((#key, #schema))
            })
            .collect();
        quote!(&[#(#schemas),*])
    }

    fn pattern(&mut self, pattern: &TextPattern) -> TokenStream {
        let index = match self.patterns.iter().position(|known| known == pattern) {
            Some(index) => index,
            None => {
                self.patterns.push(pattern.clone());
                self.patterns.len() - 1
            }
        };
        let name = format_ident!("PATTERN_{}", index);
        quote!(#name)
    }

    fn text(&mut self, rules: &TextRules) -> TokenStream {
        text_rules(rules, |pattern| self.pattern(pattern))
    }

    fn check(&mut self, check: &Check) -> TokenStream {
        let private = super::private();
        let max = |max: &Option<u64>| max.map_or(quote!(usize::MAX), usize_literal);
        match check {
            Check::Never => quote!(#private::Check::Never),
            Check::Type {
                types,
                plain_integers,
            } => type_check(types, *plain_integers),
            Check::Const(text) => quote!(#private::Check::Const(#text)),
            Check::Enum(texts) => quote!(#private::Check::Enum(&[#(#texts),*])),
            Check::Text(rules) => {
                let text = self.text(rules);
                quote!(#private::Check::Text(#text))
            }
            Check::Numeric(rules) => {
                let decimal = decimal_seed(rules);
                quote!(#private::Check::Numeric(#decimal))
            }
            Check::ItemCount { min, max: most } => {
                let (min, most) = (usize_literal(*min), max(most));
                quote!(#private::Check::ItemCount { min: #min, max: #most })
            }
            Check::UniqueItems => quote!(#private::Check::UniqueItems),
            Check::PrefixItems(schemas) => {
                let schemas = self.schemas(schemas);
                quote!(#private::Check::PrefixItems(#schemas))
            }
            Check::Items { from, schema } => {
                let from = Literal::usize_suffixed(*from);
                let schema = self.schema(schema);
                quote!(#private::Check::Items { from: #from, schema: &#schema })
            }
            Check::Contains {
                schema,
                min,
                max: most,
            } => {
                let schema = self.schema(schema);
                let (min, most) = (usize_literal(*min), max(most));
                quote!(#private::Check::Contains { schema: &#schema, min: #min, max: #most })
            }
            Check::Properties(schemas) => {
                let schemas = self.schema_by_key(schemas);
                quote!(#private::Check::Properties(#schemas))
            }
            Check::PatternProperties(patterns) => self.pattern_properties(patterns),
            Check::AdditionalProperties {
                listed,
                patterns,
                schema,
            } => self.additional_properties(listed, patterns, schema),
            Check::PropertyNames(schema) => {
                let schema = self.schema(schema);
                quote!(#private::Check::PropertyNames(&#schema))
            }
            Check::Required(names) => quote!(#private::Check::Required(&[#(#names),*])),
            Check::PropertyCount { min, max: most } => {
                let (min, most) = (usize_literal(*min), max(most));
                quote!(#private::Check::PropertyCount { min: #min, max: #most })
            }
            Check::DependentRequired(dependencies) => {
                let dependencies = dependencies
                    .iter()
                    .map(|(present, needed)| quote!((#present, &[#(#needed),*])));
                quote!(#private::Check::DependentRequired(&[#(#dependencies),*]))
            }
            Check::DependentSchemas(schemas) => {
                let schemas = self.schema_by_key(schemas);
                quote!(#private::Check::DependentSchemas(#schemas))
            }
            Check::AllOf(schemas) => {
                let schemas = self.schemas(schemas);
                quote!(#private::Check::AllOf(#schemas))
            }
            Check::AnyOf(schemas) => {
                let schemas = self.schemas(schemas);
                quote!(#private::Check::AnyOf(#schemas))
            }
            Check::OneOf(schemas) => {
                let schemas = self.schemas(schemas);
                quote!(#private::Check::OneOf(#schemas))
            }
            Check::Not(schema) => {
                let schema = self.schema(schema);
                quote!(#private::Check::Not(&#schema))
            }
            Check::If {
                condition,
                then,
                otherwise,
            } => {
                let (condition, then, otherwise) = (
                    self.schema(condition),
                    self.schema(then),
                    self.schema(otherwise),
                );
                quote!(#private::Check::If { condition: &#condition, then: &#then, otherwise: &#otherwise })
            }
            Check::UnevaluatedProperties(schema) => {
                let schema = self.schema(schema);
                quote!(#private::Check::UnevaluatedProperties(&#schema))
            }
            Check::UnevaluatedItems(schema) => {
                let schema = self.schema(schema);
                quote!(#private::Check::UnevaluatedItems(&#schema))
            }
            Check::Ref(index) => {
                let name = format_ident!("DEFINITION_{}", index);
                quote!(#private::Check::Ref(&#name))
            }
            Check::Definition(index) => {
                let name = format_ident!("DEFINITION_{}", index);
                let path = &self.catalog_definitions;
                quote!(#private::Check::Ref(&#path #name))
            }
        }
    }

    fn pattern_properties(&mut self, patterns: &[(TextPattern, Checks)]) -> TokenStream {
        let private = super::private();
        let patterns: Vec<TokenStream> = patterns
            .iter()
            .map(|(pattern, schema)| {
                let pattern = self.pattern(pattern);
                let schema = self.schema(schema);
                quote!((#pattern, #schema))
            })
            .collect();
        quote!(#private::Check::PatternProperties(&[#(#patterns),*]))
    }

    fn additional_properties(
        &mut self,
        listed: &[String],
        patterns: &[TextPattern],
        schema: &Checks,
    ) -> TokenStream {
        let private = super::private();
        let patterns: Vec<TokenStream> = patterns
            .iter()
            .map(|pattern| self.pattern(pattern))
            .collect();
        let schema = self.schema(schema);
        quote!(#private::Check::AdditionalProperties {
            listed: &[#(#listed),*],
            patterns: &[#(#patterns),*],
            schema: &#schema,
        })
    }
}

/// `type`: the JSON types as the interpreter's bit set.
fn type_check(types: &[String], plain_integers: bool) -> TokenStream {
    let private = super::private();
    let bits: Vec<TokenStream> = types
        .iter()
        .map(|name| {
            let bit = format_ident!("{}", name.to_uppercase());
            quote!(#private::json_type::#bit)
        })
        .collect();
    let types = if bits.is_empty() {
        quote!(0)
    } else {
        quote!(#(#bits)|*)
    };
    quote!(#private::Check::Type { types: #types, plain_integers: #plain_integers })
}
