//! A catalog folder as the run-time decoder holds it: the engine's model indexed, with the
//! static data of its checks, text rules and structs built once at load.

use std::collections::HashMap;
use std::sync::Arc;

use events_codegen::model::{self, Program, StructDef, TextRules, Ty, TypeDef};

use super::schemas;
use crate::EventInfo;
use crate::checks::Schema;
use crate::rules::{Decimal, Text};
use crate::wire::WireShape;

use super::Envelope;

/// A catalog as the run-time decoder reads it: the engine's model, indexed, with the static
/// data of its checks built once.
#[derive(Clone)]
pub(crate) struct Loaded {
    /// The shared modules, then one per (event, version).
    pub(crate) modules: Vec<Module>,
    pub(crate) shared_modules: HashMap<String, usize>,
    pub(crate) events: Vec<LoadedEvent>,
    /// The first event delivered under each name.
    pub(crate) by_name: HashMap<String, usize>,
    /// The payload field that picks the event among those delivered under one name.
    pub(crate) selector: Option<&'static [&'static str]>,
    /// The payload field that names its schema version.
    pub(crate) version_field: &'static [&'static str],
    pub(crate) envelope: Envelope,
    pub(crate) wire_shape: &'static WireShape,
    /// Keyed by the address of the model's value, which the `Loaded` owns and never changes.
    pub(crate) programs: ByAddress<&'static Schema>,
    pub(crate) texts: ByAddress<Text>,
    pub(crate) decimals: ByAddress<Decimal>,
    pub(crate) structs: ByAddress<StructStatics>,
    pub(crate) enums: ByAddress<&'static [&'static str]>,
    pub(crate) tags: ByAddress<(&'static str, &'static [&'static str])>,
}

#[derive(Clone)]
pub(crate) struct Module {
    pub(crate) types: Arc<Vec<TypeDef>>,
    pub(crate) by_name: HashMap<String, usize>,
}

#[derive(Clone)]
pub(crate) struct LoadedEvent {
    pub(crate) info: &'static EventInfo,
    /// The module of each schema version, in `info.schema_versions` order.
    pub(crate) modules: Vec<usize>,
    /// The name it arrives under.
    pub(crate) delivered_as: &'static str,
    /// For an event picked by the selector: the events delivered under its name, and the
    /// selector value of each.
    pub(crate) selected_among: Option<(Vec<usize>, &'static [&'static str])>,
}

/// What a generated struct's builder has as constants.
#[derive(Clone)]
pub(crate) struct StructStatics {
    pub(crate) expecting: String,
    pub(crate) wires: &'static [&'static str],
    /// The position of each field by its wire name.
    pub(crate) positions:
        HashMap<&'static str, usize, std::hash::BuildHasherDefault<AddressHasher>>,
    pub(crate) defaults: Vec<Option<&'static str>>,
}

impl Loaded {
    pub(crate) fn new(catalog: model::Catalog) -> Loaded {
        let mut loaded = Loaded {
            modules: Vec::new(),
            shared_modules: HashMap::new(),
            events: Vec::new(),
            by_name: HashMap::new(),
            selector: catalog.selector.as_deref().map(schemas::leak_strs),
            version_field: schemas::leak_strs(&catalog.version_field),
            wire_shape: wire_shape(&catalog.envelope),
            envelope: catalog.envelope,
            programs: ByAddress::default(),
            texts: ByAddress::default(),
            decimals: ByAddress::default(),
            structs: ByAddress::default(),
            enums: ByAddress::default(),
            tags: ByAddress::default(),
        };
        for shared in catalog.shared {
            loaded
                .shared_modules
                .insert(shared.module.clone(), loaded.modules.len());
            loaded.add_module(shared.types, |name| format!("an object `{name}`"));
        }
        let groups: Vec<(String, Option<String>)> = catalog
            .events
            .iter()
            .map(|event| (event.delivered_as.clone(), event.selector_value.clone()))
            .collect();
        for (position, event) in catalog.events.into_iter().enumerate() {
            let mut modules = Vec::new();
            for version in &event.versions {
                let Some(payload) = event.payloads.iter().find(|p| p.version == *version) else {
                    continue;
                };
                modules.push(loaded.modules.len());
                let root = format!("the `{}` payload object", event.name);
                loaded.add_module(payload.types.clone(), |name| {
                    if name == events_codegen::ROOT_TYPE {
                        root.clone()
                    } else {
                        format!("an object `{name}`")
                    }
                });
            }
            loaded
                .by_name
                .entry(event.delivered_as.clone())
                .or_insert(position);
            let selected_among = event.selector_value.as_ref().map(|_| {
                let (members, values): (Vec<usize>, Vec<String>) = groups
                    .iter()
                    .enumerate()
                    .filter_map(|(other, (delivered_as, value))| {
                        let value = value
                            .as_ref()
                            .filter(|_| *delivered_as == event.delivered_as)?;
                        Some((other, value.clone()))
                    })
                    .unzip();
                (members, schemas::leak_strs(&values))
            });
            loaded.events.push(LoadedEvent {
                info: leak_info(&event),
                modules,
                delivered_as: schemas::leak_str(&event.delivered_as),
                selected_among,
            });
        }
        loaded
    }

    /// Where the messages say the payload's schema version outside it, as a JSON pointer.
    pub(crate) fn version_place(&self) -> String {
        self.wire_shape
            .version
            .unwrap_or_default()
            .iter()
            .map(|key| format!("/{}", key.replace('~', "~0").replace('/', "~1")))
            .collect()
    }

    pub(crate) fn add_module(&mut self, types: Vec<TypeDef>, expecting: impl Fn(&str) -> String) {
        let types = Arc::new(types);
        let by_name = types
            .iter()
            .enumerate()
            .map(|(index, def)| (def.name().to_owned(), index))
            .collect();
        for def in types.iter() {
            self.index_type(def, &expecting);
        }
        self.modules.push(Module { types, by_name });
    }

    pub(crate) fn index_type(&mut self, def: &TypeDef, expecting: &impl Fn(&str) -> String) {
        match def {
            TypeDef::Struct(def) => {
                let wires: Vec<String> = def.fields.iter().map(|f| f.wire.clone()).collect();
                let wires = schemas::leak_strs(&wires);
                self.structs.insert(
                    address(def),
                    StructStatics {
                        expecting: expecting(&def.name),
                        wires,
                        positions: wires.iter().enumerate().map(|(i, w)| (*w, i)).collect(),
                        defaults: def
                            .fields
                            .iter()
                            .map(|f| f.default.as_deref().map(schemas::leak_str))
                            .collect(),
                    },
                );
                for field in &def.fields {
                    self.index_ty(&field.ty);
                }
                if let Some((_, ty)) = &def.additional {
                    self.index_ty(ty);
                }
                if let Some(program) = &def.checks {
                    self.index_program(program);
                }
            }
            TypeDef::Enum(def) => {
                let wires: Vec<String> = def.variants.iter().map(|(_, w)| w.clone()).collect();
                self.enums.insert(address(def), schemas::leak_strs(&wires));
            }
            TypeDef::Union(def) => {
                for (_, ty) in &def.variants {
                    self.index_ty(ty);
                }
                if let Some((tag, values)) = &def.tag {
                    self.tags.insert(
                        address(def),
                        (schemas::leak_str(tag), schemas::leak_strs(values)),
                    );
                }
                if let Some(program) = &def.checks {
                    self.index_program(program);
                }
            }
            TypeDef::Tuple(def) => {
                for ty in &def.items {
                    self.index_ty(ty);
                }
            }
            TypeDef::Alias(def) => self.index_ty(&def.target),
            TypeDef::Json(def) => self.index_program(&def.program),
        }
    }

    pub(crate) fn index_ty(&mut self, ty: &Ty) {
        match ty {
            Ty::String(rules) => self.index_text(rules),
            Ty::Number(rules) => {
                self.decimals
                    .insert(address(rules), schemas::decimal(rules));
            }
            Ty::AnyInteger(_)
            | Ty::Integer(_)
            | Ty::Boolean
            | Ty::Null
            | Ty::Any
            | Ty::Named(_)
            | Ty::Shared { .. } => {}
            Ty::Array(inner, _) | Ty::Nullable(inner) | Ty::Boxed(inner) => self.index_ty(inner),
            Ty::Map(inner, keys) => {
                self.index_text(keys);
                self.index_ty(inner);
            }
            Ty::Checked(inner, program) => {
                self.index_program(program);
                self.index_ty(inner);
            }
        }
    }

    pub(crate) fn index_text(&mut self, rules: &TextRules) {
        self.texts.insert(address(rules), schemas::text(rules));
    }

    pub(crate) fn index_program(&mut self, program: &Program) {
        self.programs
            .insert(address(program), schemas::program(program));
    }

    pub(crate) fn type_def(&self, module: usize, name: &str) -> Option<&TypeDef> {
        let module = self.modules.get(module)?;
        module.types.get(*module.by_name.get(name)?)
    }

    pub(crate) fn shared_module(&self, name: &str) -> Option<usize> {
        self.shared_modules.get(name).copied()
    }

    pub(crate) fn text(&self, rules: &TextRules) -> Text {
        self.texts
            .get(&address(rules))
            .copied()
            .unwrap_or_else(|| schemas::text(rules))
    }

    pub(crate) fn decimal(&self, rules: &model::NumberRules) -> Decimal {
        self.decimals
            .get(&address(rules))
            .copied()
            .unwrap_or_else(|| schemas::decimal(rules))
    }

    pub(crate) fn program(&self, program: &Program) -> &'static Schema {
        self.programs
            .get(&address(program))
            .copied()
            .unwrap_or(&Schema::NONE)
    }

    pub(crate) fn structure(&self, def: &StructDef) -> Option<&StructStatics> {
        self.structs.get(&address(def))
    }

    pub(crate) fn wires(&self, def: &model::EnumDef) -> &'static [&'static str] {
        self.enums.get(&address(def)).copied().unwrap_or(&[])
    }

    pub(crate) fn tag(
        &self,
        def: &model::UnionDef,
    ) -> Option<(&'static str, &'static [&'static str])> {
        self.tags.get(&address(def)).copied()
    }
}

/// The address of a value of the model, as the key of what was built for it at load.
pub(crate) fn address<T>(value: &T) -> usize {
    std::ptr::from_ref(value) as usize
}

/// What was built at load for values of the model, by their address: looked up on every value
/// decoded, so hashed by a multiplication rather than SipHash. The same hasher finds a struct's
/// fields by name: a message's keys are only looked up in a table built at load, never
/// inserted, so colliding keys cannot make it grow slow.
pub(crate) type ByAddress<V> = HashMap<usize, V, std::hash::BuildHasherDefault<AddressHasher>>;

#[derive(Default)]
pub(crate) struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, value: usize) {
        self.0 = (value as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

pub(crate) fn wire_shape(envelope: &Envelope) -> &'static WireShape {
    match envelope {
        Envelope::Pointers {
            name,
            payload,
            version,
        } => Box::leak(Box::new(WireShape {
            name: schemas::leak_strs(name),
            payload: schemas::leak_strs(payload),
            version: version.as_deref().map(schemas::leak_strs),
        })),
        Envelope::SdkMessage => &WireShape::SDK_MESSAGE,
        Envelope::CloudEvents { version: None } => &WireShape::CLOUDEVENTS,
        Envelope::CloudEvents {
            version: Some(attribute),
        } => Box::leak(Box::new(WireShape {
            version: Some(schemas::leak_strs(std::slice::from_ref(attribute))),
            ..WireShape::CLOUDEVENTS
        })),
    }
}

pub(crate) fn leak_info(event: &model::Event) -> &'static EventInfo {
    let versions: Vec<String> = event.versions.iter().map(ToString::to_string).collect();
    Box::leak(Box::new(EventInfo {
        name: schemas::leak_str(&event.name),
        description: schemas::leak_str(&event.description),
        direction: event.direction,
        schema_versions: schemas::leak_strs(&versions),
        status: event.status,
        active_date: event.active_date,
        deprecation_date: event.deprecation_date,
        sunset_date: event.sunset_date,
        replaced_by: event.replaced_by.as_deref().map(schemas::leak_str),
    }))
}
