//! `events diff`: every change between two revisions of a catalog, classified, and the semver
//! bump the generated crate needs.

use std::path::Path;
use std::process::ExitCode;

use events_codegen::ROOT_TYPE;
use events_codegen::model::{Catalog, Event, SharedModule, Status, Ty, TypeDef};
use events_codegen::{Options, analyze};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Severity {
    /// Code or data that worked with the old catalog may fail with the new one.
    Breaking,
    /// Additions and announcements: old code keeps working, new possibilities are flagged.
    Compatible,
    /// Text and bookkeeping only.
    Note,
}

#[derive(Debug)]
struct Change {
    severity: Severity,
    subject: String,
    what: String,
}

pub fn run(old: &Path, new: &Path, allow_breaking: bool) -> Result<ExitCode, String> {
    let options = Options::default();
    let (before, after) = (analyze(old, old, &options), analyze(new, new, &options));
    for analysis in [&before, &after] {
        if !analysis.diagnostics.is_empty() {
            eprint!("{}", crate::render::render(&analysis.diagnostics));
            return Err("fix the catalog's defects before comparing".to_owned());
        }
    }
    let mut changes = compare(&before.catalog, &after.catalog);
    changes.sort_by(|a, b| (a.severity, &a.subject).cmp(&(b.severity, &b.subject)));
    for change in &changes {
        let label = match change.severity {
            Severity::Breaking => "breaking",
            Severity::Compatible => "compatible",
            Severity::Note => "note",
        };
        println!("{label:<10} {}: {}", change.subject, change.what);
    }
    let count = |severity| changes.iter().filter(|c| c.severity == severity).count();
    let (breaking, compatible) = (count(Severity::Breaking), count(Severity::Compatible));
    let bump = if breaking > 0 {
        "major"
    } else if compatible > 0 {
        "minor"
    } else if changes.is_empty() {
        "none"
    } else {
        "patch"
    };
    println!(
        "semver: {bump} ({breaking} breaking, {compatible} compatible, {} notes)",
        count(Severity::Note)
    );
    Ok(if breaking > 0 && !allow_breaking {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn compare(before: &Catalog, after: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |severity, subject: &str, what: String| {
        changes.push(Change {
            severity,
            subject: subject.to_owned(),
            what,
        });
    };
    for old in &before.events {
        if !after.events.iter().any(|new| new.name == old.name) {
            push(Severity::Breaking, &old.name, "event removed".to_owned());
        }
    }
    for new in &after.events {
        let Some(old) = before.events.iter().find(|old| old.name == new.name) else {
            push(Severity::Compatible, &new.name, "event added".to_owned());
            continue;
        };
        compare_rows(old, new, &mut push);
        for version in &old.versions {
            if !new.versions.contains(version) {
                push(
                    Severity::Breaking,
                    &new.name,
                    format!("schema version {version} removed"),
                );
            }
        }
        for version in &new.versions {
            if !old.versions.contains(version) {
                push(
                    Severity::Compatible,
                    &new.name,
                    format!("schema version {version} added"),
                );
            }
        }
        for old_payload in &old.payloads {
            if let Some(new_payload) = new
                .payloads
                .iter()
                .find(|p| p.version == old_payload.version)
            {
                let subject = format!("{} {}", new.name, new_payload.version);
                let mut payload_push = |severity, what| push(severity, &subject, what);
                let pair = Pair {
                    old: Side {
                        types: &old_payload.types,
                        shared: &before.shared,
                    },
                    new: Side {
                        types: &new_payload.types,
                        shared: &after.shared,
                    },
                };
                let root = TypeRef::Local(ROOT_TYPE);
                pair.compare_struct(root, root, "value", &mut payload_push);
            }
        }
    }
    changes
}

type Push<'a> = dyn FnMut(Severity, &str, String) + 'a;

fn compare_rows(old: &Event, new: &Event, push: &mut Push<'_>) {
    let subject = new.name.as_str();
    if old.status != new.status {
        let severity = match new.status {
            Status::Sunset => Severity::Breaking,
            Status::Deprecated if old.status == Status::Active => Severity::Compatible,
            _ => Severity::Note,
        };
        push(
            severity,
            subject,
            format!("status {} → {}", old.status, new.status),
        );
    }
    match (old.sunset_date, new.sunset_date) {
        (Some(before), Some(after)) if after < before => {
            push(
                Severity::Breaking,
                subject,
                format!("sunset date shortened from {before} to {after}"),
            );
        }
        (Some(before), Some(after)) if after > before => {
            push(
                Severity::Compatible,
                subject,
                format!("sunset date extended from {before} to {after}"),
            );
        }
        (None, Some(after)) => push(
            Severity::Breaking,
            subject,
            format!("sunset date set to {after}"),
        ),
        (Some(before), None) => push(
            Severity::Compatible,
            subject,
            format!("sunset date {before} removed"),
        ),
        _ => {}
    }
    if old.deprecation_date != new.deprecation_date {
        let show = |date: Option<events_codegen::model::Date>| {
            date.map_or("none".to_owned(), |d| d.to_string())
        };
        push(
            Severity::Note,
            subject,
            format!(
                "deprecation date {} → {}",
                show(old.deprecation_date),
                show(new.deprecation_date)
            ),
        );
    }
    if old.replaced_by != new.replaced_by {
        push(
            Severity::Note,
            subject,
            format!("replacement {:?} → {:?}", old.replaced_by, new.replaced_by),
        );
    }
    if old.description != new.description {
        push(Severity::Note, subject, "description changed".to_owned());
    }
}

/// The same schema version in the old and the new catalog.
struct Pair<'a> {
    old: Side<'a>,
    new: Side<'a>,
}

/// The types one catalog gives a payload: its own module's and the shared ones.
#[derive(Clone, Copy)]
struct Side<'a> {
    types: &'a [TypeDef],
    shared: &'a [SharedModule],
}

/// A generated type: in the payload's module, or in a shared module.
#[derive(Clone, Copy)]
enum TypeRef<'a> {
    Local(&'a str),
    Shared(&'a str, &'a str),
}

impl<'a> TypeRef<'a> {
    fn of(ty: &'a Ty) -> Option<TypeRef<'a>> {
        match ty {
            Ty::Named(name) => Some(TypeRef::Local(name)),
            Ty::Shared { module, name } => Some(TypeRef::Shared(module, name)),
            _ => None,
        }
    }
}

impl<'a> Side<'a> {
    fn find(&self, ty: TypeRef<'_>) -> Option<&'a TypeDef> {
        match ty {
            TypeRef::Local(name) => self.types.iter().find(|def| def.name() == name),
            TypeRef::Shared(module, name) => self
                .shared
                .iter()
                .find(|shared| shared.module == module)?
                .types
                .iter()
                .find(|def| def.name() == name),
        }
    }

    /// The same side, seen from inside the module `ty` lives in.
    fn inside(&self, ty: TypeRef<'_>) -> Side<'a> {
        match ty {
            TypeRef::Local(_) => *self,
            TypeRef::Shared(module, _) => Side {
                types: self
                    .shared
                    .iter()
                    .find(|shared| shared.module == module)
                    .map_or(&[], |shared| &shared.types),
                shared: self.shared,
            },
        }
    }
}

impl Pair<'_> {
    fn compare_struct(
        &self,
        old_ty: TypeRef<'_>,
        new_ty: TypeRef<'_>,
        path: &str,
        push: &mut dyn FnMut(Severity, String),
    ) {
        let (Some(TypeDef::Struct(old)), Some(TypeDef::Struct(new))) =
            (self.old.find(old_ty), self.new.find(new_ty))
        else {
            return;
        };
        // Fields name types of the module their struct lives in.
        let inner = Pair {
            old: self.old.inside(old_ty),
            new: self.new.inside(new_ty),
        };
        for field in &old.fields {
            if !new.fields.iter().any(|f| f.wire == field.wire) {
                push(
                    Severity::Breaking,
                    format!("{path}.{}: field removed", field.wire),
                );
            }
        }
        for field in &new.fields {
            let at = format!("{path}.{}", field.wire);
            let Some(before) = old.fields.iter().find(|f| f.wire == field.wire) else {
                if field.required {
                    push(Severity::Breaking, format!("{at}: required field added"));
                } else {
                    push(Severity::Compatible, format!("{at}: optional field added"));
                }
                continue;
            };
            match (before.required, field.required) {
                (false, true) => push(Severity::Breaking, format!("{at}: optional → required")),
                (true, false) => push(
                    Severity::Breaking,
                    format!("{at}: required → optional (the Rust type becomes an Option)"),
                ),
                _ => {}
            }
            inner.compare_ty(&before.ty, &field.ty, &at, push);
        }
    }

    fn compare_ty(&self, old: &Ty, new: &Ty, path: &str, push: &mut dyn FnMut(Severity, String)) {
        match (old, new) {
            (Ty::Named(_) | Ty::Shared { .. }, Ty::Named(_) | Ty::Shared { .. }) => {
                let (Some(old_ref), Some(new_ref)) = (TypeRef::of(old), TypeRef::of(new)) else {
                    return;
                };
                let (old_def, new_def) = (self.old.find(old_ref), self.new.find(new_ref));
                let inner = Pair {
                    old: self.old.inside(old_ref),
                    new: self.new.inside(new_ref),
                };
                match (old_def, new_def) {
                    (Some(TypeDef::Struct(_)), Some(TypeDef::Struct(_))) => {
                        self.compare_struct(old_ref, new_ref, path, push)
                    }
                    (Some(TypeDef::Enum(old)), Some(TypeDef::Enum(new))) => {
                        for (_, value) in &old.variants {
                            if !new.variants.iter().any(|(_, v)| v == value) {
                                push(
                                    Severity::Breaking,
                                    format!("{path}: enum value `{value}` removed"),
                                );
                            }
                        }
                        for (_, value) in &new.variants {
                            if !old.variants.iter().any(|(_, v)| v == value) {
                                push(
                                    Severity::Compatible,
                                    format!("{path}: enum value `{value}` added"),
                                );
                            }
                        }
                    }
                    (Some(TypeDef::Union(old)), Some(TypeDef::Union(new)))
                        if old.variants.len() == new.variants.len() =>
                    {
                        for ((_, before), (_, after)) in old.variants.iter().zip(&new.variants) {
                            inner.compare_ty(before, after, path, push);
                        }
                    }
                    (Some(TypeDef::Tuple(old)), Some(TypeDef::Tuple(new)))
                        if old.items.len() == new.items.len() =>
                    {
                        if old.required != new.required {
                            push(
                                Severity::Breaking,
                                format!("{path}: required items changed"),
                            );
                        }
                        for (index, (before, after)) in old.items.iter().zip(&new.items).enumerate()
                        {
                            inner.compare_ty(before, after, &format!("{path}[{index}]"), push);
                        }
                    }
                    _ => push(Severity::Breaking, format!("{path}: type changed")),
                }
            }
            (Ty::Array(old, old_rules), Ty::Array(new, new_rules)) => {
                if old_rules != new_rules {
                    push(Severity::Breaking, format!("{path}: array rules changed"));
                }
                self.compare_ty(old, new, &format!("{path}[]"), push)
            }
            (Ty::String(old_rules), Ty::String(new_rules)) if old_rules != new_rules => {
                push(Severity::Breaking, format!("{path}: string rules changed"))
            }
            (Ty::Number(old_rules), Ty::Number(new_rules))
            | (Ty::Integer(old_rules), Ty::Integer(new_rules))
                if old_rules != new_rules =>
            {
                push(Severity::Breaking, format!("{path}: number rules changed"))
            }
            (Ty::Map(old, old_keys), Ty::Map(new, new_keys)) => {
                if old_keys != new_keys {
                    push(Severity::Breaking, format!("{path}: key rules changed"));
                }
                self.compare_ty(old, new, &format!("{path}{{}}"), push)
            }
            (Ty::Nullable(old), Ty::Nullable(new)) => self.compare_ty(old, new, path, push),
            (Ty::Nullable(_), _) => push(Severity::Breaking, format!("{path}: no longer nullable")),
            (_, Ty::Nullable(_)) => push(Severity::Breaking, format!("{path}: became nullable")),
            _ if old == new => {}
            _ => push(
                Severity::Breaking,
                format!("{path}: type changed from {} to {}", kind(old), kind(new)),
            ),
        }
    }
}

fn kind(ty: &Ty) -> &'static str {
    match ty {
        Ty::String(_) => "string",
        Ty::Number(_) => "number",
        Ty::Integer(_) => "integer",
        Ty::Boolean => "boolean",
        Ty::Any => "any",
        Ty::Named(_) | Ty::Shared { .. } => "object or enum",
        Ty::Array(..) => "array",
        Ty::Map(..) => "map",
        Ty::Nullable(_) => "nullable",
    }
}
