//! Zod schema source to JSON Schema, for `events import-zod`. The source is parsed with oxc (a
//! real TypeScript parser) and never executed: each `const X = z.…` is read as data. Schemas the
//! source references but does not define are looked up as shared definitions
//! (`defs/<kebab-name>.json` of the catalog) or reported with their location.

use std::collections::BTreeMap;

use heck::ToKebabCase;
use oxc_allocator::Allocator;
use oxc_ast::ast::{
    Argument, ArrayExpressionElement, Declaration, Expression, ObjectPropertyKind, Program,
    Statement,
};
use oxc_parser::Parser;
use oxc_span::{GetSpan, SourceType, Span};
use serde_json::{Map, Value, json};

/// A defect of the source, with its 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZodError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// The schemas of one source: every `const` that holds a Zod schema, by name, converted; and the
/// string and number constants `z.literal` may name.
pub struct ZodSource {
    /// Every `const` initialiser, by name, kept as source text offsets for conversion.
    text: String,
    /// The names of the consts that hold schemas, in source order.
    pub schemas: Vec<String>,
}

/// Where the source's unknown references go: names of shared definitions the catalog has.
pub struct SharedDefinitions<'a> {
    /// File names in `defs/` without `.json`, like `normalized-call-object`.
    pub available: &'a [String],
}

/// The `defs/` file name a schema the source does not define is expected in:
/// `NormalizedCallObjectSchema` → `normalized-call-object`.
pub fn shared_file_name(identifier: &str) -> String {
    identifier
        .strip_suffix("Schema")
        .unwrap_or(identifier)
        .to_kebab_case()
}

impl ZodSource {
    /// Reads the source; syntax errors are reported, not guessed around.
    pub fn parse(text: &str) -> Result<ZodSource, Vec<ZodError>> {
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, text, SourceType::ts()).parse();
        if !parsed.diagnostics.is_empty() || parsed.panicked {
            let mut errors: Vec<ZodError> = parsed
                .diagnostics
                .iter()
                .map(|error| {
                    let offset = error
                        .labels
                        .first()
                        .map_or(0, |label| label.offset() as usize);
                    located(text, offset, error.message.to_string())
                })
                .collect();
            if errors.is_empty() {
                errors.push(located(text, 0, "the source cannot be parsed".to_owned()));
            }
            return Err(errors);
        }
        let schemas = declarations(&parsed.program)
            .into_iter()
            .filter(|(_, init)| is_zod(init))
            .map(|(name, _)| name)
            .collect();
        Ok(ZodSource {
            text: text.to_owned(),
            schemas,
        })
    }

    /// The JSON Schema of the const `root`: the schemas it references from the same source go to
    /// `$defs` (named as in the source), those it does not define to shared definitions.
    pub fn convert(
        &self,
        root: &str,
        shared: &SharedDefinitions<'_>,
    ) -> Result<Value, Vec<ZodError>> {
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, &self.text, SourceType::ts()).parse();
        let declared = declarations(&parsed.program);
        let mut converter = Converter {
            text: &self.text,
            declared: &declared,
            shared,
            definitions: BTreeMap::new(),
            pending: Vec::new(),
            errors: Vec::new(),
            depth: 0,
        };
        let Some((_, init)) = declared.iter().find(|(name, _)| name == root) else {
            return Err(vec![located(
                &self.text,
                0,
                format!("the source defines no schema `{root}`"),
            )]);
        };
        let mut schema = converter.schema(init);
        // Referenced schemas of the same source, each converted once, in the order met.
        let mut done: Vec<String> = Vec::new();
        while let Some(name) = converter.pending.pop() {
            if done.contains(&name) {
                continue;
            }
            done.push(name.clone());
            if let Some((_, init)) = declared.iter().find(|(declared, _)| *declared == name) {
                let converted = converter.schema(init);
                converter.definitions.insert(name, converted);
            }
        }
        if !converter.errors.is_empty() {
            return Err(converter.errors);
        }
        if !converter.definitions.is_empty()
            && let Value::Object(object) = &mut schema
        {
            object.insert(
                "$defs".to_owned(),
                Value::Object(converter.definitions.into_iter().collect()),
            );
        }
        Ok(schema)
    }
}

/// The `const` declarations of the program (exported or not), with their initialisers.
pub(crate) fn declarations<'p, 'a>(program: &'p Program<'a>) -> Vec<(String, &'p Expression<'a>)> {
    let mut found = Vec::new();
    for statement in &program.body {
        let declaration = match statement {
            Statement::VariableDeclaration(declaration) => declaration,
            Statement::ExportDeclaration(export) => match &export.declaration {
                Declaration::VariableDeclaration(declaration) => declaration,
                _ => continue,
            },
            _ => continue,
        };
        for declarator in &declaration.declarations {
            if let (Some(name), Some(init)) =
                (declarator.id.get_identifier_name(), &declarator.init)
            {
                found.push((name.as_str().to_owned(), init));
            }
        }
    }
    found
}

/// The methods that make a call on another schema a schema (`Base.extend({...})`).
const SCHEMA_METHODS: &[&str] = &[
    "extend", "merge", "pick", "omit", "optional", "nullable", "nullish", "describe", "default",
];

/// Whether an expression is a Zod schema: a call chain rooted at `z.`, or a schema method
/// called on another schema (defined here or not).
fn is_zod(expression: &Expression<'_>) -> bool {
    let Expression::CallExpression(call) = expression else {
        return false;
    };
    let Expression::StaticMemberExpression(member) = &call.callee else {
        return false;
    };
    match &member.object {
        Expression::Identifier(identifier) => {
            identifier.name == "z" || SCHEMA_METHODS.contains(&member.property.name.as_str())
        }
        other => is_zod(other),
    }
}

pub(crate) fn located(text: &str, offset: usize, message: String) -> ZodError {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    ZodError {
        line,
        column,
        message,
    }
}

struct Converter<'s, 'p, 'a> {
    text: &'s str,
    declared: &'s [(String, &'p Expression<'a>)],
    shared: &'s SharedDefinitions<'s>,
    definitions: BTreeMap<String, Value>,
    pending: Vec<String>,
    errors: Vec<ZodError>,
    /// How many schemas are being inlined into each other now (`A.extend` where `A` is
    /// `B.extend`…), bounded so that a cycle is an error, not a hang.
    depth: usize,
}

const MAX_DEPTH: usize = 64;

/// A converted schema and whether `.optional()` (or `.nullish()`) made it optional.
struct Converted {
    schema: Value,
    optional: bool,
}

impl Converter<'_, '_, '_> {
    fn error(&mut self, span: Span, message: String) -> Value {
        self.errors
            .push(located(self.text, span.start as usize, message));
        json!({})
    }

    fn schema(&mut self, expression: &Expression<'_>) -> Value {
        self.converted(expression).schema
    }

    fn converted(&mut self, expression: &Expression<'_>) -> Converted {
        let plain = |schema| Converted {
            schema,
            optional: false,
        };
        match expression {
            Expression::Identifier(identifier) => {
                plain(self.reference(identifier.name.as_str(), identifier.span))
            }
            Expression::CallExpression(call) => {
                let Expression::StaticMemberExpression(member) = &call.callee else {
                    return plain(self.error(
                        call.span,
                        "expected a Zod call like `z.string()`".to_owned(),
                    ));
                };
                let method = member.property.name.as_str();
                let arguments: Vec<&Expression<'_>> = call
                    .arguments
                    .iter()
                    .filter_map(Argument::as_expression)
                    .collect();
                if let Expression::Identifier(object) = &member.object
                    && object.name == "z"
                {
                    return plain(self.constructor(method, &arguments, call.span));
                }
                let mut inner = self.base(&member.object, method);
                self.modifier(&mut inner, method, &arguments, call.span);
                inner
            }
            other => plain(self.error(
                other.span(),
                "expected a Zod schema (`z.…`) or the name of one".to_owned(),
            )),
        }
    }

    /// The schema a method is called on. `.extend`, `.merge`, `.pick` and `.omit` on a schema of
    /// this source work on its object itself (inlined), not on a reference to it.
    fn base(&mut self, object: &Expression<'_>, method: &str) -> Converted {
        if matches!(method, "extend" | "merge" | "pick" | "omit")
            && let Expression::Identifier(identifier) = object
            && let Some(init) = self
                .declared
                .iter()
                .find(|(name, init)| *name == identifier.name.as_str() && is_zod(init))
                .map(|(_, init)| *init)
        {
            if self.depth >= MAX_DEPTH {
                let schema = self.error(
                    identifier.span,
                    format!("`{}` extends itself", identifier.name),
                );
                return Converted {
                    schema,
                    optional: false,
                };
            }
            self.depth += 1;
            let converted = self.converted(init);
            self.depth -= 1;
            return converted;
        }
        self.converted(object)
    }

    /// A schema named by identifier: one of this source (a `$ref` into `$defs`), or a shared
    /// definition of the catalog, or a located error naming the file it needs.
    fn reference(&mut self, name: &str, span: Span) -> Value {
        if self
            .declared
            .iter()
            .any(|(declared, init)| declared == name && is_zod(init))
        {
            self.pending.push(name.to_owned());
            return json!({"$ref": format!("#/$defs/{name}")});
        }
        let file = shared_file_name(name);
        if self.shared.available.contains(&file) {
            return json!({"$ref": format!("../../defs/{file}.json")});
        }
        self.error(
            span,
            format!(
                "`{name}` is not defined in this source; provide it as a shared definition, `defs/{file}.json` in the catalog"
            ),
        )
    }

    /// `z.<method>(arguments)`.
    fn constructor(&mut self, method: &str, arguments: &[&Expression<'_>], span: Span) -> Value {
        match (method, arguments) {
            ("string", _) => json!({"type": "string"}),
            ("number", _) => json!({"type": "number"}),
            ("boolean", _) => json!({"type": "boolean"}),
            ("null", _) => json!({"type": "null"}),
            ("any" | "unknown", _) => json!({}),
            ("literal", [value]) => match self.value(value) {
                Some(value) => json!({"const": value}),
                None => self.error(value.span(), "`z.literal` needs a string, number or boolean, or a `const` of one declared in this source".to_owned()),
            },
            ("enum", [Expression::ArrayExpression(values)]) => {
                let values: Vec<Value> = values
                    .elements
                    .iter()
                    .filter_map(ArrayExpressionElement::as_expression)
                    .filter_map(|value| self.value(value))
                    .collect();
                json!({"type": "string", "enum": values})
            }
            ("object", [Expression::ObjectExpression(shape)]) => self.object(shape),
            ("array", [items]) => {
                let items = self.schema(items);
                json!({"type": "array", "items": items})
            }
            ("union", [Expression::ArrayExpression(branches)]) => {
                let branches: Vec<Value> = branches
                    .elements
                    .iter()
                    .filter_map(ArrayExpressionElement::as_expression)
                    .map(|branch| self.schema(branch))
                    .collect();
                json!({"anyOf": branches})
            }
            ("record", [values]) | ("record", [_, values]) => {
                let values = self.schema(values);
                json!({"type": "object", "additionalProperties": values})
            }
            _ => self.error(
                span,
                format!("`z.{method}` with these arguments is not supported by the importer"),
            ),
        }
    }

    /// `z.object({...})`: properties, and the required ones (those not made optional).
    fn object(&mut self, shape: &oxc_ast::ast::ObjectExpression<'_>) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for property in &shape.properties {
            let ObjectPropertyKind::ObjectProperty(property) = property else {
                self.error(
                    property.span(),
                    "a spread in `z.object` is not supported; use `.extend()` or `.merge()`"
                        .to_owned(),
                );
                continue;
            };
            let Some(key) = property.key.static_name() else {
                self.error(
                    property.span,
                    "a computed key in `z.object` is not supported".to_owned(),
                );
                continue;
            };
            let converted = self.converted(&property.value);
            if !converted.optional {
                required.push(Value::String(key.to_string()));
            }
            properties.insert(key.to_string(), converted.schema);
        }
        json!({"type": "object", "properties": properties, "required": required})
    }

    /// `.<method>(arguments)` on a converted schema.
    fn modifier(
        &mut self,
        inner: &mut Converted,
        method: &str,
        arguments: &[&Expression<'_>],
        span: Span,
    ) {
        let number = arguments
            .first()
            .and_then(|argument| self.value(argument))
            .filter(Value::is_number);
        let kind = inner
            .schema
            .get("type")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let set = |schema: &mut Value, key: &str, value: Value| {
            if let Value::Object(object) = schema {
                object.insert(key.to_owned(), value);
            }
        };
        match (method, kind.as_deref(), number) {
            ("optional", _, _) => inner.optional = true,
            ("nullable", _, _) => inner.schema = nullable(std::mem::take(&mut inner.schema)),
            ("nullish", _, _) => {
                inner.optional = true;
                inner.schema = nullable(std::mem::take(&mut inner.schema));
            }
            ("min", Some("string"), Some(n)) => set(&mut inner.schema, "minLength", n),
            ("max", Some("string"), Some(n)) => set(&mut inner.schema, "maxLength", n),
            ("length", Some("string"), Some(n)) => {
                set(&mut inner.schema, "minLength", n.clone());
                set(&mut inner.schema, "maxLength", n);
            }
            ("min" | "nonempty", Some("array"), n) => {
                set(&mut inner.schema, "minItems", n.unwrap_or(json!(1)))
            }
            ("max", Some("array"), Some(n)) => set(&mut inner.schema, "maxItems", n),
            ("nonempty", Some("string"), None) => set(&mut inner.schema, "minLength", json!(1)),
            ("min" | "gte", Some("number" | "integer"), Some(n)) => {
                set(&mut inner.schema, "minimum", n)
            }
            ("max" | "lte", Some("number" | "integer"), Some(n)) => {
                set(&mut inner.schema, "maximum", n)
            }
            ("int", Some("number"), _) => set(&mut inner.schema, "type", json!("integer")),
            ("email", Some("string"), _) => set(&mut inner.schema, "format", json!("email")),
            ("url", Some("string"), _) => set(&mut inner.schema, "format", json!("uri")),
            ("uuid", Some("string"), _) => set(&mut inner.schema, "format", json!("uuid")),
            ("datetime", Some("string"), _) => set(&mut inner.schema, "format", json!("date-time")),
            ("describe", _, _) => match arguments.first().and_then(|a| self.value(a)) {
                Some(Value::String(text)) => set(&mut inner.schema, "description", json!(text)),
                _ => {
                    self.error(span, "`.describe` needs a string".to_owned());
                }
            },
            ("default", _, _) => match arguments.first().and_then(|a| self.value(a)) {
                Some(value) => {
                    set(&mut inner.schema, "default", value);
                    inner.optional = true;
                }
                None => {
                    self.error(span, "`.default` needs a literal value".to_owned());
                }
            },
            ("extend", _, _) => match arguments.first() {
                Some(Expression::ObjectExpression(shape)) => {
                    let extension = self.object(shape);
                    inner.schema = merge(std::mem::take(&mut inner.schema), extension);
                }
                _ => {
                    self.error(span, "`.extend` needs an object of properties".to_owned());
                }
            },
            ("merge", _, _) => match arguments.first() {
                Some(other) => {
                    let other = self.schema(other);
                    inner.schema = merge(std::mem::take(&mut inner.schema), other);
                }
                None => {
                    self.error(span, "`.merge` needs a schema".to_owned());
                }
            },
            ("pick" | "omit", _, _) => {
                let Some(Expression::ObjectExpression(keys)) = arguments.first() else {
                    self.error(span, format!("`.{method}` needs an object of keys"));
                    return;
                };
                let keys: Vec<String> = keys
                    .properties
                    .iter()
                    .filter_map(|p| match p {
                        ObjectPropertyKind::ObjectProperty(p) => {
                            p.key.static_name().map(|k| k.to_string())
                        }
                        ObjectPropertyKind::SpreadProperty(_) => None,
                    })
                    .collect();
                let keep = |key: &str| keys.iter().any(|k| k == key) == (method == "pick");
                match self.resolved_object(&inner.schema) {
                    Some(mut object) => {
                        if let Some(Value::Object(properties)) = object.get_mut("properties") {
                            properties.retain(|key, _| keep(key));
                        }
                        if let Some(Value::Array(required)) = object.get_mut("required") {
                            required.retain(|key| key.as_str().is_some_and(keep));
                        }
                        inner.schema = Value::Object(object);
                    }
                    None => {
                        self.error(
                            span,
                            format!("`.{method}` needs an object schema of this source"),
                        );
                    }
                }
            }
            _ => {
                self.error(
                    span,
                    format!("`.{method}(…)` is not supported by the importer here"),
                );
            }
        }
    }

    /// The object schema `schema` is, following a `$ref` to this source's definitions.
    fn resolved_object(&mut self, schema: &Value) -> Option<Map<String, Value>> {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str)
            && let Some(name) = reference.strip_prefix("#/$defs/")
        {
            let init = self
                .declared
                .iter()
                .find(|(declared, _)| declared == name)?
                .1;
            return self.schema(init).as_object().cloned();
        }
        schema.as_object().cloned()
    }

    /// A literal value: a string, number or boolean, or a `const` of one in this source.
    fn value(&self, expression: &Expression<'_>) -> Option<Value> {
        match expression {
            Expression::StringLiteral(literal) => Some(json!(literal.value.as_str())),
            Expression::BooleanLiteral(literal) => Some(json!(literal.value)),
            Expression::NullLiteral(_) => Some(Value::Null),
            Expression::NumericLiteral(literal) => {
                let raw = &self.text[literal.span.start as usize..literal.span.end as usize];
                serde_json::from_str(raw).ok()
            }
            Expression::Identifier(identifier) => {
                let (_, init) = self
                    .declared
                    .iter()
                    .find(|(name, _)| *name == identifier.name.as_str())?;
                self.value(init)
            }
            _ => None,
        }
    }
}

/// `schema` or `null`: a `type` list when the schema has one type, `anyOf` otherwise.
fn nullable(schema: Value) -> Value {
    match schema.get("type").and_then(Value::as_str) {
        Some(kind) => {
            let mut schema = schema.clone();
            schema["type"] = json!([kind, "null"]);
            if let Some(Value::Array(values)) = schema.get_mut("enum") {
                values.push(Value::Null);
            }
            schema
        }
        None => json!({"anyOf": [schema, {"type": "null"}]}),
    }
}

/// `base.extend(extension)` / `base.merge(extension)`: one object when `base` is one, an `allOf`
/// when it is a reference (a shared definition or another schema).
fn merge(base: Value, extension: Value) -> Value {
    let is_object = |schema: &Value| schema.get("properties").is_some();
    if !(is_object(&base) && is_object(&extension)) {
        return json!({"allOf": [base, extension]});
    }
    let mut merged = base;
    if let (Some(Value::Object(properties)), Some(Value::Object(added))) = (
        merged.get_mut("properties").cloned(),
        extension.get("properties"),
    ) {
        let mut properties = properties;
        for (key, value) in added {
            properties.insert(key.clone(), value.clone());
        }
        merged["properties"] = Value::Object(properties);
    }
    let mut required: Vec<Value> = merged["required"].as_array().cloned().unwrap_or_default();
    let added_keys: Vec<&String> = extension["properties"]
        .as_object()
        .map(|p| p.keys().collect())
        .unwrap_or_default();
    required.retain(|key| {
        !added_keys
            .iter()
            .any(|added| Some(added.as_str()) == key.as_str())
    });
    for key in extension["required"].as_array().into_iter().flatten() {
        if !required.contains(key) {
            required.push(key.clone());
        }
    }
    merged["required"] = Value::Array(required);
    merged
}
