//! What each keyword of a check program says about a value.

use super::*;

impl Check {
    /// Kept small, as it is on every recursion's path: the keywords are checked out of line.
    pub(super) fn validate(
        &self,
        value: &Json<'_>,
        evaluated: &mut Evaluated,
        depth: usize,
    ) -> Result<(), Failure> {
        match self {
            Check::Ref(schema) => schema.validate_in_place(value, evaluated, depth),
            Check::Slot(slot) => slot
                .get()
                .unwrap_or(&Schema::NONE)
                .validate_in_place(value, evaluated, depth),
            _ => self.validate_keyword(value, evaluated, depth),
        }
    }

    #[inline(never)]
    fn validate_keyword(
        &self,
        value: &Json<'_>,
        evaluated: &mut Evaluated,
        depth: usize,
    ) -> Result<(), Failure> {
        match (self, value) {
            (Check::Never, _) => Err(Failure::new(
                "no value is allowed here (the schema is `false`)",
            )),
            (
                Check::Type {
                    types,
                    plain_integers,
                },
                _,
            ) => type_check(value, *types, *plain_integers),
            (Check::Const(text), _) => {
                if !equal(value, &literal(text)) {
                    return Err(Failure::new(format!("value is not the `const` {text}")));
                }
                Ok(())
            }
            (Check::Enum(texts), _) => {
                if !texts.iter().any(|text| equal(value, &literal(text))) {
                    return Err(Failure::new(format!(
                        "value is not one of the `enum` values {}",
                        texts.join(", ")
                    )));
                }
                Ok(())
            }
            (Check::Text(text), Json::String(string)) => text.check(string).map_err(Failure::new),
            (Check::Numeric(decimal), Json::Number(number)) => {
                let number: Number = number
                    .parse()
                    .map_err(|_| Failure::new(format!("{number} is not a JSON number")))?;
                decimal.check(&number).map_err(Failure::new)
            }
            (Check::AllOf(schemas), _) => {
                for (index, schema) in schemas.iter().enumerate() {
                    schema
                        .validate_in_place(value, evaluated, depth)
                        .map_err(|failure| failure.within(format_args!("`allOf` part {index}")))?;
                }
                Ok(())
            }
            (Check::AnyOf(schemas), _) => branches(schemas, value, evaluated, depth, false),
            (Check::OneOf(schemas), _) => branches(schemas, value, evaluated, depth, true),
            (Check::Not(schema), _) => match schema.matches(value, depth + 1)? {
                Some(_) => Err(Failure::new("value matches the schema of `not`")),
                None => Ok(()),
            },
            (
                Check::If {
                    condition,
                    then,
                    otherwise,
                },
                _,
            ) => {
                let (branch, keyword) = match condition.matches(value, depth + 1)? {
                    Some(condition_evaluated) => {
                        evaluated.absorb(condition_evaluated);
                        (then, "then")
                    }
                    None => (otherwise, "else"),
                };
                branch
                    .validate_in_place(value, evaluated, depth)
                    .map_err(|failure| failure.within(format_args!("`{keyword}`")))
            }
            (_, Json::Array(items)) => self.validate_items(items, evaluated, depth),
            (_, Json::Object(members)) => self.validate_members(value, members, evaluated, depth),
            // A keyword of another JSON type lets the value through.
            _ => Ok(()),
        }
    }

    /// The keywords of an array; any other lets the array through.
    fn validate_items(
        &self,
        items: &[Json<'_>],
        evaluated: &mut Evaluated,
        depth: usize,
    ) -> Result<(), Failure> {
        match self {
            Check::ItemCount { min, max } => {
                count_rule(items.len(), *min, *max, "array", ("minItems", "maxItems"))
            }
            Check::UniqueItems => {
                for (index, item) in items.iter().enumerate() {
                    if let Some(first) = items[..index].iter().position(|other| equal(item, other))
                    {
                        return Err(Failure::new(format!(
                            "item {index} repeats item {first} (`uniqueItems`)"
                        )));
                    }
                }
                Ok(())
            }
            Check::PrefixItems(schemas) => {
                for (index, (schema, item)) in schemas.iter().zip(items).enumerate() {
                    schema
                        .validate_child(item, depth)
                        .map_err(|failure| failure.at_index(index))?;
                    evaluated.items[index] = true;
                }
                Ok(())
            }
            Check::Items { from, schema } => {
                for (index, item) in items.iter().enumerate().skip(*from) {
                    schema
                        .validate_child(item, depth)
                        .map_err(|failure| failure.at_index(index))?;
                    evaluated.items[index] = true;
                }
                Ok(())
            }
            Check::Contains { schema, min, max } => {
                let mut matched = 0;
                for (index, item) in items.iter().enumerate() {
                    if schema.matches(item, depth + 1)?.is_some() {
                        matched += 1;
                        evaluated.items[index] = true;
                    }
                }
                if matched < *min {
                    return Err(Failure::new(format!(
                        "{matched} items match `contains`, fewer than {min} (`minContains`)"
                    )));
                }
                if matched > *max {
                    return Err(Failure::new(format!(
                        "{matched} items match `contains`, more than {max} (`maxContains`)"
                    )));
                }
                Ok(())
            }
            Check::UnevaluatedItems(schema) => {
                for (index, item) in items.iter().enumerate() {
                    if evaluated.items[index] {
                        continue;
                    }
                    schema
                        .validate_child(item, depth)
                        .map_err(|failure| failure.at_index(index))?;
                    evaluated.items[index] = true;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The keywords of an object; any other lets the object through.
    fn validate_members(
        &self,
        value: &Json<'_>,
        members: &[(String, Json<'_>)],
        evaluated: &mut Evaluated,
        depth: usize,
    ) -> Result<(), Failure> {
        match self {
            Check::Properties(properties) => {
                for (index, (key, member)) in members.iter().enumerate() {
                    if let Some((_, schema)) = properties.iter().find(|(name, _)| name == key) {
                        schema
                            .validate_child(member, depth)
                            .map_err(|failure| failure.at_key(key))?;
                        evaluated.properties[index] = true;
                    }
                }
                Ok(())
            }
            Check::PatternProperties(patterns) => {
                for (index, (key, member)) in members.iter().enumerate() {
                    for (pattern, schema) in patterns.iter() {
                        if (pattern.is_match)(key) {
                            schema
                                .validate_child(member, depth)
                                .map_err(|failure| failure.at_key(key))?;
                            evaluated.properties[index] = true;
                        }
                    }
                }
                Ok(())
            }
            Check::AdditionalProperties {
                listed,
                patterns,
                schema,
            } => {
                for (index, (key, member)) in members.iter().enumerate() {
                    if listed.contains(&key.as_str())
                        || patterns.iter().any(|pattern| (pattern.is_match)(key))
                    {
                        continue;
                    }
                    other_property(schema, key, member, "additionalProperties", depth)?;
                    evaluated.properties[index] = true;
                }
                Ok(())
            }
            Check::PropertyNames(schema) => {
                for (key, _) in members {
                    schema
                        .validate_child(&Json::String(key.clone()), depth)
                        .map_err(|failure| {
                            Failure::new(format!(
                                "key `{key}`: {} (`propertyNames`)",
                                failure.message
                            ))
                        })?;
                }
                Ok(())
            }
            Check::Required(names) => {
                match names.iter().find(|name| value.member(name).is_none()) {
                    Some(name) => Err(Failure::new(format!("missing field `{name}`"))),
                    None => Ok(()),
                }
            }
            Check::PropertyCount { min, max } => count_rule(
                members.len(),
                *min,
                *max,
                "object",
                ("minProperties", "maxProperties"),
            ),
            Check::DependentRequired(dependencies) => {
                for (present, needed) in dependencies.iter() {
                    if value.member(present).is_none() {
                        continue;
                    }
                    if let Some(missing) = needed.iter().find(|name| value.member(name).is_none()) {
                        return Err(Failure::new(format!(
                            "field `{present}` needs field `{missing}` beside it (`dependentRequired`)"
                        )));
                    }
                }
                Ok(())
            }
            Check::DependentSchemas(dependencies) => {
                for (present, schema) in dependencies.iter() {
                    if value.member(present).is_some() {
                        schema
                            .validate_in_place(value, evaluated, depth)
                            .map_err(|failure| {
                                failure.within(format_args!(
                                    "with field `{present}` (`dependentSchemas`)"
                                ))
                            })?;
                    }
                }
                Ok(())
            }
            Check::UnevaluatedProperties(schema) => {
                for (index, (key, member)) in members.iter().enumerate() {
                    if evaluated.properties[index] {
                        continue;
                    }
                    other_property(schema, key, member, "unevaluatedProperties", depth)?;
                    evaluated.properties[index] = true;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

/// `type`: the value's JSON type is one of the bits of `types`.
fn type_check(value: &Json<'_>, types: u8, plain_integers: bool) -> Result<(), Failure> {
    use json_type::*;
    let bit = match value {
        Json::Null => NULL,
        Json::Bool(_) => BOOLEAN,
        Json::Object(_) => OBJECT,
        Json::Array(_) => ARRAY,
        Json::String(_) => STRING,
        Json::Number(number) if is_integer(number, plain_integers) => NUMBER | INTEGER,
        Json::Number(_) => NUMBER,
    };
    if types & bit == 0 {
        return Err(Failure::new(format!(
            "invalid type: {}, expected {}",
            value.type_name(),
            type_names(types)
        )));
    }
    Ok(())
}

/// `anyOf`, or `oneOf` when `exclusive`: every branch is tried, not only up to the first match,
/// since each valid one's annotations count for `unevaluated*`; under `oneOf` a value matching
/// two is refused.
fn branches(
    schemas: &[Schema],
    value: &Json<'_>,
    evaluated: &mut Evaluated,
    depth: usize,
    exclusive: bool,
) -> Result<(), Failure> {
    let keyword = if exclusive { "oneOf" } else { "anyOf" };
    let mut reasons = Vec::new();
    let mut first_match = None;
    for (index, schema) in schemas.iter().enumerate() {
        let mut branch = Evaluated::of(value);
        match schema.validate(value, &mut branch, depth + 1) {
            Ok(()) => {
                if let (true, Some(first)) = (exclusive, first_match) {
                    return Err(Failure::new(format!(
                        "matches branches {first} and {index} of `oneOf`, which allows exactly one"
                    )));
                }
                first_match.get_or_insert(index);
                evaluated.absorb(branch);
            }
            Err(failure) if failure.beyond_depth => return Err(failure),
            Err(failure) => reasons.push(branch_reason(index, &failure)),
        }
    }
    match first_match {
        Some(_) => Ok(()),
        None => Err(Failure::new(format!(
            "matches no branch of `{keyword}`; {}",
            reasons.join("; ")
        ))),
    }
}

/// The property `key` of the ones `keyword` (`additionalProperties`, `unevaluatedProperties`)
/// applies to: under the schema `false`, an unknown field, as the decoder says it.
fn other_property(
    schema: &Schema,
    key: &str,
    value: &Json<'_>,
    keyword: &str,
    depth: usize,
) -> Result<(), Failure> {
    if matches!(schema.checks, [Check::Never]) {
        return Err(Failure::new(format!("unknown field `{key}` (`{keyword}`)")));
    }
    schema
        .validate_child(value, depth)
        .map_err(|failure| failure.at_key(key))
}

fn branch_reason(index: usize, failure: &Failure) -> String {
    match failure.path() {
        path if path == "." => format!("branch {index}: {}", failure.message),
        path => format!("branch {index}: at {path}: {}", failure.message),
    }
}
