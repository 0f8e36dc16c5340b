//! Decoding a payload by the engine's model of its types, through the same seeds, object loop,
//! union and enum readers that generated `Deserialize` impls call (`emit/decode.rs` writes each
//! `seed` below as code), so that a loaded catalog and a generated one give the same verdict,
//! path and message for every value. The value read is a [`Value`] whose equality is that of
//! the generated Rust value (`uniqueItems` compares items by it).

use std::collections::BTreeMap;
use std::fmt;

use events_codegen::model::{
    AnyIntegerRules, ArrayRules, EnumDef, IntegerRules, NumberRules, StructDef, TextRules,
    TupleDef, Ty, TypeDef, UnionDef,
};
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::Loaded;
use crate::checks::{Checked, check_kept, decode_kept_object};
use crate::enums::{deserialize_json_literal, deserialize_str_enum};
use crate::object::{
    ObjectBuilder, UnknownKeys, default_value, deserialize_object_with, read_additional,
    read_field, required,
};
use crate::raw::decode_kept;
use crate::rules::{
    AnyInteger, Entries, Integer, Items, Nullable, no_more_items, optional_item, required_item,
};
use crate::unions::{choose_branch, decode_branch, tagged_branch, try_branch};
use crate::{Number, RawJson};

/// A decoded value, shaped as the generated Rust value is, for its equality.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Unit,
    Bool(bool),
    Int(i128),
    Number(Number),
    BigInt(crate::Integer),
    Text(String),
    Raw(RawJson),
    List(Vec<Value>),
    Map(BTreeMap<String, Value>),
    /// A struct: each field in order, and the `additionalProperties` ones.
    Object(Vec<Option<Value>>, BTreeMap<String, Value>),
    /// An enum's or union's variant, by position.
    Variant(usize, Box<Value>),
    Optional(Option<Box<Value>>),
}

/// The seed of a value of type `ty`, whose named types are those of module `module`.
#[derive(Clone, Copy)]
pub(crate) struct TySeed<'c> {
    pub(crate) ty: &'c Ty,
    pub(crate) module: usize,
    pub(crate) loaded: &'c Loaded,
}

impl<'c> TySeed<'c> {
    fn with(self, ty: &'c Ty) -> TySeed<'c> {
        TySeed { ty, ..self }
    }
}

impl<'de> DeserializeSeed<'de> for TySeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        let loaded = self.loaded;
        match self.ty {
            Ty::String(rules) if *rules == TextRules::default() => {
                String::deserialize(deserializer).map(Value::Text)
            }
            Ty::String(rules) => loaded
                .text(rules)
                .deserialize(deserializer)
                .map(Value::Text),
            Ty::Number(rules) if *rules == NumberRules::default() => {
                Number::deserialize(deserializer).map(Value::Number)
            }
            Ty::Number(rules) => loaded
                .decimal(rules)
                .deserialize(deserializer)
                .map(Value::Number),
            Ty::AnyInteger(rules) if *rules == AnyIntegerRules::default() => {
                crate::Integer::deserialize(deserializer).map(Value::BigInt)
            }
            Ty::AnyInteger(AnyIntegerRules { bounds, plain }) => AnyInteger {
                bounds: loaded.decimal(&NumberRules {
                    multiple_of: None,
                    ..bounds.clone()
                }),
                multiple_of: bounds
                    .multiple_of
                    .as_deref()
                    .and_then(|text| text.parse::<u64>().ok()),
                plain: *plain,
            }
            .deserialize(deserializer)
            .map(Value::BigInt),
            Ty::Integer(rules) if *rules == IntegerRules::default() => Integer::ANY
                .deserialize(deserializer)
                .map(|value| Value::Int(value.into())),
            Ty::Integer(rules) => integer(rules, deserializer),
            Ty::Boolean => bool::deserialize(deserializer).map(Value::Bool),
            Ty::Null => <()>::deserialize(deserializer).map(|()| Value::Unit),
            Ty::Any => RawJson::deserialize(deserializer).map(Value::Raw),
            Ty::Named(name) => match loaded.type_def(self.module, name) {
                Some(def) => self.type_def(def, self.module, deserializer),
                None => Err(de::Error::custom(format_args!(
                    "no type `{name}` in this catalog"
                ))),
            },
            Ty::Shared { module, name } => match loaded.shared_module(module) {
                Some(shared) => match loaded.type_def(shared, name) {
                    Some(def) => self.type_def(def, shared, deserializer),
                    None => Err(de::Error::custom(format_args!(
                        "no type `{name}` in this catalog"
                    ))),
                },
                None => Err(de::Error::custom(format_args!(
                    "no shared schema `{module}`"
                ))),
            },
            Ty::Boxed(inner) => self.with(inner).deserialize(deserializer),
            Ty::Array(item, rules) => {
                let item = self.with(item);
                let items = if *rules == ArrayRules::default() {
                    Items::of(item)
                } else {
                    Items {
                        item,
                        min_items: rules.min_items.map_or(0, super::schemas::saturating_usize),
                        max_items: rules
                            .max_items
                            .map_or(usize::MAX, super::schemas::saturating_usize),
                        unique: rules.unique,
                    }
                };
                items.deserialize(deserializer).map(Value::List)
            }
            Ty::Map(value, keys) => Entries {
                value: self.with(value),
                key: loaded.text(keys),
            }
            .deserialize(deserializer)
            .map(Value::Map),
            Ty::Nullable(inner) => Nullable(self.with(inner))
                .deserialize(deserializer)
                .map(|value| Value::Optional(value.map(Box::new))),
            Ty::Checked(inner, program) => Checked {
                schema: loaded.program(program),
                inner: self.with(inner),
            }
            .deserialize(deserializer),
        }
    }
}

/// An integer of the Rust type the generated field has: its range and its name in messages.
fn integer<'de, D: Deserializer<'de>>(
    rules: &IntegerRules,
    deserializer: D,
) -> Result<Value, D::Error> {
    macro_rules! typed {
        ($($name:literal => $ty:ty,)*) => {
            match rules.format.rust_type() {
                $($name => Integer::<$ty> {
                    min: rules.min,
                    max: rules.max,
                    multiple_of: rules.multiple_of,
                    plain: rules.plain,
                    ty: std::marker::PhantomData,
                }
                .deserialize(deserializer)
                .map(|value| Value::Int(value.into())),)*
                other => Err(de::Error::custom(format_args!("no integer type `{other}`"))),
            }
        };
    }
    typed! {
        "i8" => i8,
        "i16" => i16,
        "i32" => i32,
        "i64" => i64,
        "u8" => u8,
        "u16" => u16,
        "u32" => u32,
        "u64" => u64,
    }
}

impl<'c> TySeed<'c> {
    /// Decodes a value of the generated type `def` of module `module`.
    fn type_def<'de, D: Deserializer<'de>>(
        self,
        def: &'c TypeDef,
        module: usize,
        deserializer: D,
    ) -> Result<Value, D::Error> {
        let seed = TySeed { module, ..self };
        match def {
            TypeDef::Struct(def) => seed.structure(def, deserializer),
            TypeDef::Enum(def) => seed.enumeration(def, deserializer),
            TypeDef::Union(def) => seed.union(def, deserializer),
            TypeDef::Tuple(def) => deserializer.deserialize_seq(TupleVisitor { def, seed }),
            TypeDef::Alias(def) => seed.with(&def.target).deserialize(deserializer),
            TypeDef::Json(def) => {
                let raw = RawJson::deserialize(deserializer)?;
                check_kept::<D::Error>(&raw, self.loaded.program(&def.program))?;
                Ok(Value::Raw(raw))
            }
        }
    }

    fn structure<'de, D: Deserializer<'de>>(
        self,
        def: &'c StructDef,
        deserializer: D,
    ) -> Result<Value, D::Error> {
        let Some(statics) = self.loaded.structure(def) else {
            return Err(de::Error::custom(format_args!(
                "no struct `{}` in this catalog",
                def.name
            )));
        };
        let builder = StructBuilder {
            def,
            statics,
            seed: self,
            slots: vec![None; def.fields.len()],
            additional: BTreeMap::new(),
        };
        match &def.checks {
            None => deserialize_object_with(deserializer, builder),
            Some(program) => {
                let raw = RawJson::deserialize(deserializer)?;
                let object = decode_kept_object(&raw, builder).map_err(de::Error::custom)?;
                check_kept(&raw, self.loaded.program(program))?;
                Ok(object)
            }
        }
    }

    fn enumeration<'de, D: Deserializer<'de>>(
        self,
        def: &'c EnumDef,
        deserializer: D,
    ) -> Result<Value, D::Error> {
        let wires = self.loaded.wires(def);
        let variant = |index: usize| Value::Variant(index, Box::new(Value::Unit));
        if def.is_json {
            deserialize_json_literal(deserializer, wires, variant)
        } else {
            deserialize_str_enum(deserializer, wires, |wire| {
                wires.iter().position(|known| *known == wire).map(variant)
            })
        }
    }

    fn union<'de, D: Deserializer<'de>>(
        self,
        def: &'c UnionDef,
        deserializer: D,
    ) -> Result<Value, D::Error> {
        let expecting = format!("a value matching a branch of `{}`", def.name);
        let raw = RawJson::deserialize(deserializer)?;
        if let Some(program) = &def.checks {
            check_kept::<D::Error>(&raw, self.loaded.program(program))?;
        }
        let variant = |index: usize| move |value| Value::Variant(index, Box::new(value));
        if def.tag.is_some() {
            let Some((tag, values)) = self.loaded.tag(def) else {
                return Err(de::Error::custom(expecting));
            };
            let index = tagged_branch(&raw, tag, values).map_err(de::Error::custom)?;
            return match def.variants.get(index) {
                Some((_, ty)) => decode_branch(&raw, self.with(ty))
                    .map(variant(index))
                    .map_err(de::Error::custom),
                None => Err(de::Error::custom(expecting)),
            };
        }
        let attempts = def
            .variants
            .iter()
            .enumerate()
            .map(|(index, (_, ty))| try_branch(&raw, self.with(ty)).map(variant(index)));
        choose_branch(attempts, def.exclusive, &expecting).map_err(de::Error::custom)
    }
}

/// The builder of a struct of a loaded catalog: what a generated `__Builder` is, with its
/// field list as data.
struct StructBuilder<'c> {
    def: &'c StructDef,
    statics: &'c super::StructStatics,
    seed: TySeed<'c>,
    slots: Vec<Option<Value>>,
    additional: BTreeMap<String, Value>,
}

impl<'de> ObjectBuilder<'de> for StructBuilder<'_> {
    type Object = Value;

    fn expecting(&self) -> &str {
        &self.statics.expecting
    }

    fn fields(&self) -> &'static [&'static str] {
        self.statics.wires
    }

    fn unknown_keys(&self) -> UnknownKeys {
        if self.def.deny_unknown {
            UnknownKeys::Deny
        } else if self.def.additional.is_some() {
            UnknownKeys::Additional
        } else {
            UnknownKeys::Ignore
        }
    }

    fn read<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match self.statics.positions.get(key).copied() {
            Some(index) => read_field(
                &mut self.slots[index],
                self.statics.wires[index],
                map,
                self.seed.with(&self.def.fields[index].ty),
            ),
            None => Ok(false),
        }
    }

    fn additional<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
        match &self.def.additional {
            Some((_, ty)) => read_additional(&mut self.additional, key, map, self.seed.with(ty)),
            None => Err(de::Error::custom(format_args!("unknown field `{key}`"))),
        }
    }

    fn finish<E: de::Error>(self) -> Result<Value, E> {
        let mut fields = Vec::with_capacity(self.slots.len());
        for ((slot, field), (wire, default)) in self
            .slots
            .into_iter()
            .zip(&self.def.fields)
            .zip(self.statics.wires.iter().zip(&self.statics.defaults))
        {
            let value = match (slot, default) {
                (Some(value), _) => Some(value),
                (None, Some(default)) if !field.required => Some(
                    default_value(wire, default, self.seed.with(&field.ty)).map_err(E::custom)?,
                ),
                (None, _) if field.required => Some(required(None, wire)?),
                (None, _) => None,
            };
            fields.push(value);
        }
        Ok(Value::Object(fields, self.additional))
    }
}

struct TupleVisitor<'c> {
    def: &'c TupleDef,
    seed: TySeed<'c>,
}

impl<'de> Visitor<'de> for TupleVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "an array of {} items `{}`",
            self.def.items.len(),
            self.def.name
        )
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(self.def.items.len());
        for (position, ty) in self.def.items.iter().enumerate() {
            let seed = self.seed.with(ty);
            let item = if position < self.def.required {
                Some(required_item(&mut seq, position, self.def.required, seed)?)
            } else {
                optional_item(&mut seq, position, seed)?
            };
            items.push(item);
        }
        no_more_items(&mut seq, self.def.items.len())?;
        Ok(Value::Object(items, BTreeMap::new()))
    }
}

/// Reads a payload of several schema versions as `Versioned` does: its `schemaVersion`, then
/// that version's type from the kept text.
pub(crate) fn versioned_payload<'de, D: Deserializer<'de>>(
    loaded: &Loaded,
    event: &super::LoadedEvent,
    outside: Option<Option<&str>>,
    deserializer: D,
) -> Result<Value, D::Error> {
    let root = Ty::Named(events_codegen::ROOT_TYPE.to_owned());
    if let Some(said) = outside {
        let versions = event.info.schema_versions;
        let place = loaded.version_place();
        if event.modules.is_empty() {
            crate::versioned::check_version(said, event.info.name, versions, &place)?;
            return RawJson::deserialize(deserializer).map(Value::Raw);
        }
        let index = match said {
            Some(said) => versions.iter().position(|known| *known == said),
            None => (event.modules.len() == 1).then_some(0),
        };
        let Some((index, &module)) = index.and_then(|i| Some((i, event.modules.get(i)?))) else {
            return Err(crate::versioned::version_refused(
                said,
                event.info.name,
                versions,
                &place,
            ));
        };
        let seed = TySeed {
            ty: &root,
            module,
            loaded,
        };
        return seed
            .deserialize(deserializer)
            .map(|value| Value::Variant(index, Box::new(value)));
    }
    if let [module] = event.modules.as_slice() {
        let seed = TySeed {
            ty: &root,
            module: *module,
            loaded,
        };
        return seed
            .deserialize(deserializer)
            .map(|value| Value::Variant(0, Box::new(value)));
    }
    crate::versioned::deserialize_versioned(
        deserializer,
        loaded.version_field,
        event.info.name,
        event.info.schema_versions,
        |version, raw| {
            let index = event
                .info
                .schema_versions
                .iter()
                .position(|known| *known == version)?;
            let seed = TySeed {
                ty: &root,
                module: event.modules[index],
                loaded,
            };
            Some(
                decode_kept(raw, |deserializer| seed.deserialize(deserializer))
                    .map(|value| Value::Variant(index, Box::new(value))),
            )
        },
    )
}
