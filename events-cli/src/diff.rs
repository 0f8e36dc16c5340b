//! `events diff`: every change between two revisions of a catalog, classified by what it does to
//! the generated Rust API, and to data that decoded before, under the options in use; and the
//! semver bump the crate holding the generated code needs (README, "What a catalog update can
//! break").

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;
use std::rc::Rc;

use events_codegen::ROOT_TYPE;
use events_codegen::model::{
    Catalog, Date, Direction, Event, Payload, SharedModule, Status, Ty, TypeDef,
};
use events_codegen::{analyze_loaded, load};
use serde::Serialize;

use crate::Format;

/// The semver bump a change needs, most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
enum Bump {
    /// Code that compiled, or data that decoded, with the old catalog may fail with the new one.
    Major,
    /// New API; code written against the old catalog keeps compiling.
    Minor,
    /// Values, docs and attributes only.
    Patch,
}

impl Bump {
    fn label(self) -> &'static str {
        match self {
            Bump::Major => "breaking",
            Bump::Minor => "compatible",
            Bump::Patch => "patch",
        }
    }
}

#[derive(Debug, Serialize)]
struct Change {
    bump: Bump,
    subject: String,
    change: String,
    /// The old value, as the catalog writes it, when the change is of a value.
    #[serde(skip_serializing_if = "Option::is_none")]
    old: Option<String>,
    /// The new value, as the catalog writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    new: Option<String>,
}

#[derive(Debug, Serialize)]
struct Report<'a> {
    semver: &'static str,
    breaking: usize,
    compatible: usize,
    patch: usize,
    changes: &'a [Change],
}

pub fn run(
    old: &Path,
    new: &Path,
    options: &[String],
    format: Format,
    allow_breaking: bool,
) -> Result<ExitCode, String> {
    let options = crate::expand::parse_options(options)?;
    let (old_files, new_files) = (load(old, old), load(new, new));
    let before = analyze_loaded(&old_files, &options);
    let after = analyze_loaded(&new_files, &options);
    for (analysis, loaded) in [(&before, &old_files), (&after, &new_files)] {
        if !analysis.diagnostics.is_empty() {
            eprint!("{}", crate::render::render(&analysis.diagnostics, loaded));
            return Err("fix the catalog's defects before comparing".to_owned());
        }
    }
    let mut changes = compare(&before.catalog, &after.catalog);
    changes.sort_by(|a, b| (a.bump, &a.subject, &a.change).cmp(&(b.bump, &b.subject, &b.change)));
    let count = |bump| changes.iter().filter(|c| c.bump == bump).count();
    let semver = match changes.iter().map(|c| c.bump).min() {
        Some(Bump::Major) => "major",
        Some(Bump::Minor) => "minor",
        Some(Bump::Patch) => "patch",
        None => "none",
    };
    let report = Report {
        semver,
        breaking: count(Bump::Major),
        compatible: count(Bump::Minor),
        patch: count(Bump::Patch),
        changes: &changes,
    };
    match format {
        Format::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
        ),
        Format::Human => {
            for change in &changes {
                let values = match (&change.old, &change.new) {
                    (Some(old), Some(new)) => format!(" {old} → {new}"),
                    _ => String::new(),
                };
                outln!(
                    "{:<10} {}: {}{values}",
                    change.bump.label(),
                    change.subject,
                    change.change
                );
            }
            outln!(
                "semver: {semver} ({} breaking, {} compatible, {} patch)",
                report.breaking,
                report.compatible,
                report.patch
            );
        }
    }
    Ok(if report.breaking > 0 && !allow_breaking {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn compare(before: &Catalog, after: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |bump, subject: &str, change: String, values: Option<(String, String)>| {
        let (old, new) = values.unzip();
        changes.push(Change {
            bump,
            subject: subject.to_owned(),
            change,
            old,
            new,
        });
    };
    compare_wire(before, after, &mut push);
    for old in &before.events {
        if !after.events.iter().any(|new| new.name == old.name) {
            push(Bump::Major, &old.name, "event removed".to_owned(), None);
        }
    }
    for new in &after.events {
        let Some(old) = before.events.iter().find(|old| old.name == new.name) else {
            push(Bump::Minor, &new.name, "event added".to_owned(), None);
            continue;
        };
        compare_rows(old, new, &mut push);
        for version in &old.versions {
            if !new.versions.contains(version) {
                push(
                    Bump::Major,
                    &new.name,
                    format!("schema version {version} removed"),
                    None,
                );
            }
        }
        for version in &new.versions {
            if !old.versions.contains(version) {
                push(
                    Bump::Minor,
                    &new.name,
                    format!("schema version {version} added"),
                    None,
                );
            }
        }
        let mut compare_payloads =
            |old_payload: &Payload, new_payload: &Payload, subject: String| {
                let across_versions = old_payload.version != new_payload.version;
                let mut payload_push = |bump, change| push(bump, &subject, change, None);
                let pair = Pair {
                    old: Side {
                        types: &old_payload.types,
                        shared: &before.shared,
                    },
                    new: Side {
                        types: &new_payload.types,
                        shared: &after.shared,
                    },
                    across_versions,
                    comparing: Rc::default(),
                };
                let root = TypeRef::Local(ROOT_TYPE);
                pair.compare_struct(root, root, "value", &mut payload_push);
            };
        for old_payload in &old.payloads {
            if let Some(new_payload) = new
                .payloads
                .iter()
                .find(|p| p.version == old_payload.version)
            {
                compare_payloads(
                    old_payload,
                    new_payload,
                    format!("{} {}", new.name, new_payload.version),
                );
            }
        }
        // `Payload` and `Versioned::latest()` name the latest version: when it changes, code
        // using them sees the new version's fields.
        let latest = |event: &'_ Event| event.latest_payload().cloned();
        if let (Some(old_latest), Some(new_latest)) = (latest(old), latest(new))
            && old_latest.version != new_latest.version
        {
            compare_payloads(
                &old_latest,
                &new_latest,
                format!(
                    "{} latest `Payload` ({} → {})",
                    new.name, old_latest.version, new_latest.version
                ),
            );
        }
    }
    changes
}

type Push<'a> = dyn FnMut(Bump, &str, String, Option<(String, String)>) + 'a;

/// How the catalog's messages travel: another envelope is another generated `Envelope` type and
/// another reading of every message; another selector or version field reads payloads
/// differently. Each breaks code or data that worked.
fn compare_wire(before: &Catalog, after: &Catalog, push: &mut Push<'_>) {
    let pointer = |keys: &[String]| -> String {
        keys.iter()
            .map(|key| format!("/{}", key.replace('~', "~0").replace('/', "~1")))
            .collect()
    };
    let changes = [
        (
            before.envelope.to_string(),
            after.envelope.to_string(),
            "envelope changed: `Envelope` is another type and reads messages of another shape",
        ),
        (
            before.selector.as_deref().map(pointer).unwrap_or_default(),
            after.selector.as_deref().map(pointer).unwrap_or_default(),
            "selector changed: events delivered under one name are picked by another field",
        ),
        (
            pointer(&before.version_field),
            pointer(&after.version_field),
            "version field changed: payloads name their schema version in another field",
        ),
    ];
    for (old, new, change) in changes {
        if old != new {
            push(Bump::Major, "catalog", change.to_owned(), Some((old, new)));
        }
    }
}

fn compare_rows(old: &Event, new: &Event, push: &mut Push<'_>) {
    let subject = new.name.as_str();
    if old.status != new.status {
        // Becoming deprecated (or sunset, which generates the same attribute) adds
        // `#[deprecated]`: new warnings, no errors. Other moves change the note only.
        let bump = if old.status == Status::Active {
            Bump::Minor
        } else {
            Bump::Patch
        };
        let values = (old.status.to_string(), new.status.to_string());
        push(bump, subject, "status".to_owned(), Some(values));
    }
    if old.direction != new.direction {
        let bump = match new.direction {
            // Sent events' structs gain `new` and `to_send_event`.
            Direction::Sent => Bump::Minor,
            Direction::Received => Bump::Major,
        };
        let values = (
            old.direction.as_str().to_owned(),
            new.direction.as_str().to_owned(),
        );
        push(bump, subject, "direction".to_owned(), Some(values));
    }
    let show = |date: Option<Date>| date.map_or("none".to_owned(), |d| d.to_string());
    let dates = [
        ("active date", Some(old.active_date), Some(new.active_date)),
        (
            "deprecation date",
            old.deprecation_date,
            new.deprecation_date,
        ),
        ("sunset date", old.sunset_date, new.sunset_date),
    ];
    for (name, before, after) in dates {
        if before != after {
            push(
                Bump::Patch,
                subject,
                name.to_owned(),
                Some((show(before), show(after))),
            );
        }
    }
    // Where a message of the event arrives and how it is picked: messages that decoded as this
    // event no longer do.
    let delivery = [
        (
            "delivered as",
            Some(old.delivered_as.clone()),
            Some(new.delivered_as.clone()),
        ),
        (
            "selector value",
            old.selector_value.clone(),
            new.selector_value.clone(),
        ),
    ];
    for (name, before, after) in delivery {
        if before != after {
            let show = |value: Option<String>| value.unwrap_or_else(|| "none".to_owned());
            push(
                Bump::Major,
                subject,
                name.to_owned(),
                Some((show(before), show(after))),
            );
        }
    }
    if old.replaced_by != new.replaced_by {
        let show = |name: &Option<String>| name.clone().unwrap_or_else(|| "none".to_owned());
        push(
            Bump::Patch,
            subject,
            "replacement".to_owned(),
            Some((show(&old.replaced_by), show(&new.replaced_by))),
        );
    }
    if old.description != new.description {
        push(
            Bump::Patch,
            subject,
            "description".to_owned(),
            Some((
                format!("{:?}", old.description),
                format!("{:?}", new.description),
            )),
        );
    }
}

/// The same schema version in the old and the new catalog, or the old and the new latest
/// version (`across_versions`), whose `const` literals (`schemaVersion`) differ by design.
struct Pair<'a> {
    old: Side<'a>,
    new: Side<'a>,
    across_versions: bool,
    /// The pairs of named types being compared, outermost first, by `TypeRef::key`.
    comparing: Rc<RefCell<BTreeSet<String>>>,
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
    fn key(self) -> String {
        match self {
            TypeRef::Local(name) => name.to_owned(),
            TypeRef::Shared(module, name) => format!("{module}::{name}"),
        }
    }

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

impl<'a> Pair<'a> {
    /// The same pair, seen from inside the modules `old_ty` and `new_ty` live in.
    fn inside(&self, old_ty: TypeRef<'_>, new_ty: TypeRef<'_>) -> Pair<'a> {
        Pair {
            old: self.old.inside(old_ty),
            new: self.new.inside(new_ty),
            across_versions: self.across_versions,
            comparing: Rc::clone(&self.comparing),
        }
    }

    fn compare_struct(
        &self,
        old_ty: TypeRef<'_>,
        new_ty: TypeRef<'_>,
        path: &str,
        push: &mut dyn FnMut(Bump, String),
    ) {
        let (Some(TypeDef::Struct(old)), Some(TypeDef::Struct(new))) =
            (self.old.find(old_ty), self.new.find(new_ty))
        else {
            return;
        };
        if old.checks != new.checks {
            push(Bump::Major, format!("{path}: checks at decode changed"));
        }
        // Fields name types of the module their struct lives in.
        let inner = self.inside(old_ty, new_ty);
        for field in &old.fields {
            if !new.fields.iter().any(|f| f.wire == field.wire) {
                push(Bump::Major, format!("{path}.{}: field removed", field.wire));
            }
        }
        for field in &new.fields {
            let at = format!("{path}.{}", field.wire);
            let Some(before) = old.fields.iter().find(|f| f.wire == field.wire) else {
                if field.required {
                    // Data without it no longer decodes, and a sent event's `new` takes it.
                    push(Bump::Major, format!("{at}: required field added"));
                } else {
                    push(Bump::Minor, format!("{at}: optional field added"));
                }
                continue;
            };
            match (before.required, field.required) {
                (false, true) => push(Bump::Major, format!("{at}: optional → required")),
                (true, false) => push(
                    Bump::Major,
                    format!("{at}: required → optional (the Rust type becomes an Option)"),
                ),
                _ => {}
            }
            inner.compare_ty(&before.ty, &field.ty, &at, push);
        }
        match (&old.additional, &new.additional) {
            (Some((_, before)), Some((_, after))) => {
                inner.compare_ty(before, after, &format!("{path}{{}}"), push)
            }
            (None, Some(_)) => push(
                Bump::Major,
                format!("{path}: additional properties now typed and checked"),
            ),
            (Some(_), None) => push(
                Bump::Major,
                format!("{path}: additional properties no longer typed (their field is removed)"),
            ),
            (None, None) => {}
        }
    }

    fn compare_ty(&self, old: &Ty, new: &Ty, path: &str, push: &mut dyn FnMut(Bump, String)) {
        match (old, new) {
            (Ty::Named(_) | Ty::Shared { .. }, Ty::Named(_) | Ty::Shared { .. }) => {
                let (Some(old_ref), Some(new_ref)) = (TypeRef::of(old), TypeRef::of(new)) else {
                    return;
                };
                // A recursive type comes back to a pair being compared: its changes are reported
                // where the comparison started.
                let key = format!("{}|{}", old_ref.key(), new_ref.key());
                if !self.comparing.borrow_mut().insert(key.clone()) {
                    return;
                }
                self.compare_named(old_ref, new_ref, path, push);
                self.comparing.borrow_mut().remove(&key);
            }
            (Ty::Boxed(old), Ty::Boxed(new)) => self.compare_ty(old, new, path, push),
            (Ty::Checked(old, old_checks), Ty::Checked(new, new_checks)) => {
                if old_checks != new_checks {
                    push(Bump::Major, format!("{path}: checks at decode changed"));
                }
                self.compare_ty(old, new, path, push)
            }
            (Ty::Checked(..), _) => {
                push(Bump::Major, format!("{path}: no longer checked at decode"))
            }
            (_, Ty::Checked(..)) => push(Bump::Major, format!("{path}: now checked at decode")),
            (Ty::Boxed(_), _) => push(Bump::Major, format!("{path}: no longer boxed")),
            (_, Ty::Boxed(_)) => push(Bump::Major, format!("{path}: became boxed")),
            (Ty::Array(old, old_rules), Ty::Array(new, new_rules)) => {
                if old_rules != new_rules {
                    push(Bump::Major, format!("{path}: array rules changed"));
                }
                self.compare_ty(old, new, &format!("{path}[]"), push)
            }
            (Ty::String(old_rules), Ty::String(new_rules)) if old_rules != new_rules => {
                push(Bump::Major, format!("{path}: string rules changed"))
            }
            (Ty::Number(old_rules), Ty::Number(new_rules)) if old_rules != new_rules => {
                push(Bump::Major, format!("{path}: number rules changed"))
            }
            (Ty::Integer(old_rules), Ty::Integer(new_rules)) if old_rules != new_rules => {
                push(Bump::Major, format!("{path}: number rules changed"))
            }
            (Ty::AnyInteger(old_rules), Ty::AnyInteger(new_rules)) if old_rules != new_rules => {
                push(Bump::Major, format!("{path}: number rules changed"))
            }
            (Ty::Map(old, old_keys), Ty::Map(new, new_keys)) => {
                if old_keys != new_keys {
                    push(Bump::Major, format!("{path}: key rules changed"));
                }
                self.compare_ty(old, new, &format!("{path}{{}}"), push)
            }
            (Ty::Nullable(old), Ty::Nullable(new)) => self.compare_ty(old, new, path, push),
            (Ty::Nullable(_), _) => push(Bump::Major, format!("{path}: no longer nullable")),
            (_, Ty::Nullable(_)) => push(Bump::Major, format!("{path}: became nullable")),
            _ if old == new => {}
            _ => push(
                Bump::Major,
                format!("{path}: type changed from {} to {}", kind(old), kind(new)),
            ),
        }
    }

    fn compare_named(
        &self,
        old_ref: TypeRef<'_>,
        new_ref: TypeRef<'_>,
        path: &str,
        push: &mut dyn FnMut(Bump, String),
    ) {
        let (old_def, new_def) = (self.old.find(old_ref), self.new.find(new_ref));
        let inner = self.inside(old_ref, new_ref);
        match (old_def, new_def) {
            (Some(TypeDef::Struct(_)), Some(TypeDef::Struct(_))) => {
                self.compare_struct(old_ref, new_ref, path, push)
            }
            (Some(TypeDef::Enum(old)), Some(TypeDef::Enum(new)))
                if self.across_versions && old.is_const && new.is_const => {}
            (Some(TypeDef::Enum(old)), Some(TypeDef::Enum(new))) => {
                for (_, value) in &old.variants {
                    if !new.variants.iter().any(|(_, v)| v == value) {
                        push(Bump::Major, format!("{path}: enum value `{value}` removed"));
                    }
                }
                for (_, value) in &new.variants {
                    if !old.variants.iter().any(|(_, v)| v == value) {
                        push(Bump::Minor, format!("{path}: enum value `{value}` added"));
                    }
                }
            }
            (Some(TypeDef::Json(old)), Some(TypeDef::Json(new))) => {
                if old.program != new.program {
                    push(Bump::Major, format!("{path}: checks at decode changed"));
                }
            }
            (Some(TypeDef::Union(old)), Some(TypeDef::Union(new)))
                if old.variants.len() == new.variants.len() =>
            {
                if old.checks != new.checks {
                    push(Bump::Major, format!("{path}: checks at decode changed"));
                }
                for ((_, before), (_, after)) in old.variants.iter().zip(&new.variants) {
                    inner.compare_ty(before, after, path, push);
                }
            }
            (Some(TypeDef::Alias(old)), Some(TypeDef::Alias(new))) => {
                inner.compare_ty(&old.target, &new.target, path, push);
            }
            (Some(TypeDef::Tuple(old)), Some(TypeDef::Tuple(new)))
                if old.items.len() == new.items.len() =>
            {
                if old.required != new.required {
                    push(Bump::Major, format!("{path}: required items changed"));
                }
                for (index, (before, after)) in old.items.iter().zip(&new.items).enumerate() {
                    inner.compare_ty(before, after, &format!("{path}[{index}]"), push);
                }
            }
            _ => push(Bump::Major, format!("{path}: type changed")),
        }
    }
}

fn kind(ty: &Ty) -> &'static str {
    match ty {
        Ty::String(_) => "string",
        Ty::Number(_) => "number",
        Ty::Integer(_) | Ty::AnyInteger(_) => "integer",
        Ty::Boolean => "boolean",
        Ty::Null => "null",
        Ty::Any => "any",
        Ty::Named(_) | Ty::Shared { .. } => "object or enum",
        Ty::Array(..) => "array",
        Ty::Map(..) => "map",
        Ty::Nullable(_) => "nullable",
        Ty::Boxed(inner) | Ty::Checked(inner, _) => kind(inner),
    }
}
