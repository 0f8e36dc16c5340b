//! The `Deserialize` impls of payload structs and unions, written out rather than derived: a
//! struct reads a JSON object only, each key once, `null` only where the schema allows it, and
//! every validation keyword is checked while decoding (through the seeds of
//! `events_core::__private`); a union keeps the value's text and tries each branch with the same
//! parser.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

use super::{ident, serde, serde_impls};
use crate::model::{
    AnyIntegerRules, ArrayRules, IntegerRules, NumberRules, StructDef, TextPattern, TextRules,
    TupleDef, Ty, UnionDef,
};
use crate::options::{Options, UnknownFields};
use events_facts::Format;

/// `impl Deserialize for` the struct `def`, read through a builder with one slot per field.
pub(super) fn struct_deserialize(
    def: &StructDef,
    expecting: &str,
    options: &Options,
) -> TokenStream {
    let private = super::private();
    let serde = serde();
    let name = ident(&def.name);
    let slots: Vec<_> = (0..def.fields.len())
        .map(|index| ident(&format!("field_{index}")))
        .collect();
    let slot_types = def.fields.iter().map(|field| rust_value_type(&field.ty));
    let wires: Vec<&str> = def.fields.iter().map(|field| field.wire.as_str()).collect();
    let seeds = def.fields.iter().map(|field| seed(&field.ty));
    let keeps = options.unknown_fields == UnknownFields::Keep
        && !def.deny_unknown
        && def.additional.is_none();
    let unknown_keys = if def.deny_unknown {
        quote!(Deny)
    } else if def.additional.is_some() {
        quote!(Additional)
    } else if keeps {
        quote!(Keep)
    } else {
        quote!(Ignore)
    };
    let values = field_values(def, &slots);
    let (kept_slot, keep, kept_value) = other_keys(def, keeps);
    let decode = decode_object(def);
    let read_body = if def.fields.is_empty() {
        quote! {
            let _ = (key, map);
            ::core::result::Result::Ok(false)
        }
    } else {
        quote! {
            match key {
                #(#wires => #private::read_field(&mut self.#slots, #wires, map, #seeds),)*
                _ => ::core::result::Result::Ok(false),
            }
        }
    };
    quote! {
        #[allow(deprecated)]
        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<__D: #serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                #[derive(Default)]
                struct __Builder {
                    #(#slots: ::core::option::Option<#slot_types>,)*
                    #kept_slot
                }
                #[allow(deprecated)]
                impl<'de> #private::ObjectBuilder<'de> for __Builder {
                    type Object = #name;
                    fn expecting(&self) -> &str {
                        #expecting
                    }

                    fn fields(&self) -> &'static [&'static str] {
                        &[#(#wires),*]
                    }

                    fn unknown_keys(&self) -> #private::UnknownKeys {
                        #private::UnknownKeys::#unknown_keys
                    }

                    fn read<__A: #serde::de::MapAccess<'de>>(
                        &mut self,
                        key: &str,
                        map: &mut __A,
                    ) -> ::core::result::Result<bool, __A::Error> {
                        #read_body
                    }

                    #keep

                    fn finish<__E: #serde::de::Error>(self) -> ::core::result::Result<#name, __E> {
                        ::core::result::Result::Ok(#name {
                            #(#values,)*
                            #kept_value
                        })
                    }
                }
                #decode
            }
        }
    }
}

/// Each field's value as `finish` builds it: the slot's, the default's, or a missing-field
/// error for a required one.
fn field_values<'d>(
    def: &'d StructDef,
    slots: &'d [proc_macro2::Ident],
) -> impl Iterator<Item = TokenStream> + 'd {
    let private = super::private();
    let serde = serde();
    def.fields.iter().zip(slots).map(move |(field, slot)| {
        let field_name = ident(&field.ident);
        let wire = &field.wire;
        if let (false, Some(default)) = (field.required, &field.default) {
            let seed = seed(&field.ty);
            quote! {
                #field_name: match self.#slot {
                    ::core::option::Option::Some(value) => value,
                    ::core::option::Option::None => #private::default_value(#wire, #default, #seed)
                        .map_err(<__E as #serde::de::Error>::custom)?,
                }
            }
        } else if field.required {
            quote!(#field_name: #private::required(self.#slot, #wire)?)
        } else {
            quote!(#field_name: self.#slot)
        }
    })
}

/// What a struct does with the keys it does not list, as the builder's slot, method and
/// field value: keep them (`unknown_fields = "keep"`), or read them as `additionalProperties`.
fn other_keys(def: &StructDef, keeps: bool) -> (TokenStream, TokenStream, TokenStream) {
    let private = super::private();
    let serde = serde();
    if keeps {
        let field_name = ident(&def.unknown_fields);
        (
            quote!(kept: ::std::collections::BTreeMap<::std::string::String, ::events_core::RawJson>,),
            quote! {
                fn keep(&mut self, key: ::std::string::String, value: ::events_core::RawJson) -> ::core::result::Result<(), ::std::string::String> {
                    #private::keep_unknown(&mut self.kept, key, value)
                }
            },
            quote!(#field_name: self.kept,),
        )
    } else if let Some((field, values)) = &def.additional {
        let field_name = ident(field);
        let value_type = rust_value_type(values);
        let seed = seed(values);
        (
            quote!(additional: ::std::collections::BTreeMap<::std::string::String, #value_type>,),
            quote! {
                fn additional<__A: #serde::de::MapAccess<'de>>(
                    &mut self,
                    key: &str,
                    map: &mut __A,
                ) -> ::core::result::Result<(), __A::Error> {
                    #private::read_additional(&mut self.additional, key, map, #seed)
                }
            },
            quote!(#field_name: self.additional,),
        )
    } else {
        (TokenStream::new(), TokenStream::new(), TokenStream::new())
    }
}

/// The body of `deserialize`: the object through the builder, and its checks when it has a
/// program (over the kept text).
fn decode_object(def: &StructDef) -> TokenStream {
    let private = super::private();
    let serde = serde();
    match &def.checks {
        None => quote!(#private::deserialize_object::<__D, __Builder>(deserializer)),
        Some(program) => {
            let schema = super::checks::schema_reference(program);
            quote! {
                let raw: ::events_core::RawJson = #serde::Deserialize::deserialize(deserializer)?;
                let object = #private::decode_kept_object(&raw, <__Builder as ::core::default::Default>::default())
                    .map_err(<__D::Error as #serde::de::Error>::custom)?;
                #private::check_kept(&raw, #schema)?;
                ::core::result::Result::Ok(object)
            }
        }
    }
}

/// `impl Deserialize for` the union `def`: the value's text is kept and each branch tried in
/// order; under `oneOf` every branch is tried and a value matching two is refused.
pub(super) fn union_deserialize(def: &UnionDef) -> TokenStream {
    let private = super::private();
    let serde = serde();
    let name = ident(&def.name);
    let attempts = def
        .variants
        .iter()
        .enumerate()
        .map(|(index, (variant, ty))| {
            let variant = ident(variant);
            let seed = seed(ty);
            quote!(#index => #private::try_branch(&raw, #seed).map(#name::#variant),)
        });
    let expecting = format!("a value matching a branch of `{}`", def.name);
    let exclusive = def.exclusive;
    let check = def.checks.as_ref().map(|program| {
        let schema = super::checks::schema_reference(program);
        quote!(#private::check_kept::<__D::Error>(&raw, #schema)?;)
    });
    let body = if let Some((tag, values)) = &def.tag {
        let arms = def
            .variants
            .iter()
            .enumerate()
            .map(|(index, (variant, ty))| {
                let variant = ident(variant);
                let seed = seed(ty);
                quote! {
                    #index => #private::decode_branch(&raw, #seed)
                        .map(#name::#variant)
                        .map_err(<__D::Error as #serde::de::Error>::custom),
                }
            });
        quote! {
            let raw: ::events_core::RawJson = #serde::Deserialize::deserialize(deserializer)?;
            #check
            match #private::tagged_branch(&raw, #tag, &[#(#values),*])
                .map_err(<__D::Error as #serde::de::Error>::custom)?
            {
                #(#arms)*
                _ => ::core::result::Result::Err(<__D::Error as #serde::de::Error>::custom(#expecting)),
            }
        }
    } else {
        quote! {
        let raw: ::events_core::RawJson = #serde::Deserialize::deserialize(deserializer)?;
        #check
        // Each branch is decoded when `choose_branch` asks for it: `anyOf` stops at the first
        // that matches.
        let mut next = 0usize;
        let attempts = ::core::iter::from_fn(|| {
            let attempt = match next {
                #(#attempts)*
                _ => return ::core::option::Option::None,
            };
            next += 1;
            ::core::option::Option::Some(attempt)
        });
        #private::choose_branch(attempts, #exclusive, #expecting)
            .map_err(<__D::Error as #serde::de::Error>::custom)
        }
    };
    let serialize = {
        let variants = def.variants.iter().map(|(variant, _)| ident(variant));
        quote! {
            match self {
                #(#name::#variants(value) => #serde::Serialize::serialize(value, serializer),)*
            }
        }
    };
    serde_impls(&quote!(#name), serialize, body)
}

/// The serde impls of a tuple struct: an array of the items, the optional ones written while
/// present.
pub(super) fn tuple_serde(def: &TupleDef) -> TokenStream {
    let private = super::private();
    let serde = serde();
    let name = ident(&def.name);
    let count = def.items.len();
    let indices: Vec<Literal> = (0..count).map(Literal::usize_unsuffixed).collect();
    let writes = def.items.iter().zip(&indices).enumerate().map(|(position, (_, index))| {
        if position < def.required {
            quote!(#serde::ser::SerializeSeq::serialize_element(&mut seq, &self.#index)?;)
        } else {
            quote! {
                match &self.#index {
                    ::core::option::Option::Some(item) => #serde::ser::SerializeSeq::serialize_element(&mut seq, item)?,
                    ::core::option::Option::None => return #serde::ser::SerializeSeq::end(seq),
                }
            }
        }
    });
    let reads = def.items.iter().enumerate().map(|(position, ty)| {
        let seed = seed(ty);
        let required = def.required;
        if position < def.required {
            quote!(#private::required_item(&mut seq, #position, #required, #seed)?)
        } else {
            quote!(#private::optional_item(&mut seq, #position, #seed)?)
        }
    });
    let expecting = format!("an array of {count} items `{}`", def.name);
    let serialize = quote! {
        let mut seq = serializer.serialize_seq(::core::option::Option::None)?;
        #(#writes)*
        #serde::ser::SerializeSeq::end(seq)
    };
    let deserialize = quote! {
        struct __Visitor;
        #[allow(deprecated)]
        impl<'de> #serde::de::Visitor<'de> for __Visitor {
            type Value = #name;
            fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#expecting)
            }
            fn visit_seq<__A: #serde::de::SeqAccess<'de>>(
                self,
                mut seq: __A,
            ) -> ::core::result::Result<#name, __A::Error> {
                let tuple = #name(#(#reads),*);
                #private::no_more_items(&mut seq, #count)?;
                ::core::result::Result::Ok(tuple)
            }
        }
        deserializer.deserialize_seq(__Visitor)
    };
    serde_impls(&quote!(#name), serialize, deserialize)
}

/// The Rust type of a value of `ty` (without the `Option` of an optional field).
pub(super) fn rust_value_type(ty: &Ty) -> TokenStream {
    match ty {
        Ty::String(_) => quote!(::std::string::String),
        Ty::Number(_) => quote!(::events_core::Number),
        Ty::AnyInteger(_) => quote!(::events_core::Integer),
        Ty::Integer(rules) => {
            let ty = ident(rules.format.rust_type());
            quote!(#ty)
        }
        Ty::Boolean => quote!(bool),
        Ty::Null => quote!(()),
        Ty::Any => quote!(::events_core::RawJson),
        Ty::Named(name) => {
            let name = ident(name);
            quote!(#name)
        }
        Ty::Shared { module, name } => {
            let (module, name) = (ident(module), ident(name));
            quote!(super::super::defs::#module::#name)
        }
        Ty::Array(item, _) => {
            let item = rust_value_type(item);
            quote!(::std::vec::Vec<#item>)
        }
        Ty::Map(value, _) => {
            let value = rust_value_type(value);
            quote!(::std::collections::BTreeMap<::std::string::String, #value>)
        }
        Ty::Nullable(inner) => {
            let inner = rust_value_type(inner);
            quote!(::core::option::Option<#inner>)
        }
        Ty::Boxed(inner) => {
            let inner = rust_value_type(inner);
            quote!(::std::boxed::Box<#inner>)
        }
        Ty::Checked(inner, _) => rust_value_type(inner),
    }
}

/// The seed that decodes a value of `ty` and checks its rules.
fn seed(ty: &Ty) -> TokenStream {
    let private = super::private();
    match ty {
        Ty::String(rules) if *rules == TextRules::default() => {
            quote!(#private::Plain::<::std::string::String>::new())
        }
        Ty::String(rules) => text_seed(rules),
        Ty::Number(rules) if *rules == NumberRules::default() => {
            quote!(#private::Plain::<::events_core::Number>::new())
        }
        Ty::Number(rules) => decimal_seed(rules),
        Ty::AnyInteger(rules) if *rules == AnyIntegerRules::default() => {
            quote!(#private::Plain::<::events_core::Integer>::new())
        }
        Ty::AnyInteger(AnyIntegerRules {
            bounds: rules,
            plain,
        }) => {
            let bounds = decimal_seed(&NumberRules {
                multiple_of: None,
                ..rules.clone()
            });
            let multiple_of = optional(
                rules
                    .multiple_of
                    .as_deref()
                    .and_then(|t| t.parse::<u64>().ok())
                    .map(Literal::u64_suffixed),
            );
            quote!(#private::AnyInteger { bounds: #bounds, multiple_of: #multiple_of, plain: #plain })
        }
        Ty::Integer(rules) if *rules == IntegerRules::default() => quote!(#private::Integer::ANY),
        Ty::Integer(rules) => {
            let (ty, min, max) = (rules.format.rust_type(), rules.min, rules.max);
            let multiple_of = optional(rules.multiple_of.map(Literal::i128_suffixed));
            let ty = ident(ty);
            let (min, max) = (Literal::i128_suffixed(min), Literal::i128_suffixed(max));
            let plain = rules.plain;
            quote!(#private::Integer::<#ty> { min: #min, max: #max, multiple_of: #multiple_of, plain: #plain, ty: ::core::marker::PhantomData })
        }
        Ty::Boolean => quote!(#private::Plain::<bool>::new()),
        Ty::Null => quote!(#private::Plain::<()>::new()),
        Ty::Any => quote!(#private::Plain::<::events_core::RawJson>::new()),
        Ty::Named(_) | Ty::Shared { .. } | Ty::Boxed(_) => {
            let ty = rust_value_type(ty);
            quote!(#private::Plain::<#ty>::new())
        }
        Ty::Array(item, rules) => {
            let item = seed(item);
            if *rules == ArrayRules::default() {
                return quote!(#private::Items::of(#item));
            }
            let min = usize_literal(rules.min_items.unwrap_or(0));
            let max = rules.max_items.map_or(quote!(usize::MAX), usize_literal);
            let unique = rules.unique;
            quote!(#private::Items { item: #item, min_items: #min, max_items: #max, unique: #unique })
        }
        Ty::Map(value, keys) => {
            let value = seed(value);
            let key = text_seed(keys);
            quote!(#private::Entries { value: #value, key: #key })
        }
        Ty::Nullable(inner) => {
            let inner = seed(inner);
            quote!(#private::Nullable(#inner))
        }
        Ty::Checked(inner, program) => {
            let inner = seed(inner);
            let schema = super::checks::schema_reference(program);
            quote!(#private::Checked { schema: #schema, inner: #inner })
        }
    }
}

/// The `Text` seed of a string's rules (or a map's keys').
fn text_seed(rules: &TextRules) -> TokenStream {
    text_rules(rules, |pattern| {
        let (source, translated) = (&pattern.source, &pattern.translated);
        quote!(::events_core::__pattern!(#source, #translated))
    })
}

/// The `Text` value of a string's rules, its `Pattern` written by `pattern`.
pub(super) fn text_rules(
    rules: &TextRules,
    pattern: impl FnOnce(&TextPattern) -> TokenStream,
) -> TokenStream {
    let private = super::private();
    let min = usize_literal(rules.min_length.unwrap_or(0));
    let max = rules.max_length.map_or(quote!(usize::MAX), usize_literal);
    let pattern = optional(rules.pattern.as_ref().map(pattern));
    let format = match rules.format {
        Some(format) => {
            let variant = ident(format.variant());
            let format = match format {
                Format::IdnEmail | Format::IdnHostname => {
                    quote!(::events_core::__idn_format!(#variant))
                }
                _ => quote!(#private::Format::#variant),
            };
            quote!(::core::option::Option::Some(#format))
        }
        None => quote!(::core::option::Option::None),
    };
    quote!(#private::Text { min_length: #min, max_length: #max, pattern: #pattern, format: #format })
}

pub(super) fn usize_literal(value: u64) -> TokenStream {
    match usize::try_from(value) {
        Ok(value) => {
            let literal = Literal::usize_suffixed(value);
            quote!(#literal)
        }
        Err(_) => quote!(usize::MAX),
    }
}

/// `Some(value)` or `None` as a Rust expression.
fn optional(value: Option<impl ToTokens>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

/// The `Decimal` seed of a `number`'s bounds and `multipleOf`.
pub(super) fn decimal_seed(rules: &NumberRules) -> TokenStream {
    let private = super::private();
    let text = |bound: &Option<String>| optional(bound.as_deref());
    let (minimum, exclusive_minimum, maximum, exclusive_maximum) = (
        text(&rules.minimum),
        text(&rules.exclusive_minimum),
        text(&rules.maximum),
        text(&rules.exclusive_maximum),
    );
    let multiple_of = text(&rules.multiple_of);
    quote!(#private::Decimal {
        minimum: #minimum,
        exclusive_minimum: #exclusive_minimum,
        maximum: #maximum,
        exclusive_maximum: #exclusive_maximum,
        multiple_of: #multiple_of,
    })
}
