use super::*;

fn check(schema: &Schema, text: &str) -> Result<(), String> {
    let value = Json::parse(text).map_err(|error| error.to_string())?;
    schema
        .check(&value)
        .map_err(|failure| format!("{}: {}", failure.path(), failure.message))
}

static POSITIVE: Schema = Schema {
    checks: &[Check::Numeric(Decimal {
        minimum: None,
        exclusive_minimum: Some("0"),
        maximum: None,
        exclusive_maximum: None,
        multiple_of: None,
    })],
};

#[test]
fn keywords_of_another_type_let_values_through() {
    assert!(check(&POSITIVE, "\"text\"").is_ok());
    assert!(check(&POSITIVE, "1e400").is_ok());
    assert!(check(&POSITIVE, "0.0").is_err());
}

// `{"not": {"$ref": "#/$defs/loop"}}` and the same under `anyOf`, `if` and `contains`: a
// reference that never leaves the value gives no verdict, and none of them may take that
// for "does not match".
static NOT_LOOP: Schema = Schema {
    checks: &[Check::Not(&LOOP)],
};
static ANY_LOOP: Schema = Schema {
    checks: &[Check::AnyOf(&[LOOP, Schema::ANY])],
};
static IF_LOOP: Schema = Schema {
    checks: &[Check::If {
        condition: &LOOP,
        then: &Schema::ANY,
        otherwise: &Schema::ANY,
    }],
};
static CONTAINS_LOOP: Schema = Schema {
    checks: &[Check::Contains {
        schema: &LOOP,
        min: 0,
        max: usize::MAX,
    }],
};

#[test]
fn a_schema_too_deep_to_judge_is_refused_wherever_it_stands() {
    for schema in [&LOOP, &NOT_LOOP, &ANY_LOOP, &IF_LOOP, &CONTAINS_LOOP] {
        let refusal = check(schema, "[1]").unwrap_err();
        assert!(
            refusal.contains("through more than 256 references"),
            "{refusal}"
        );
    }
}

static CONTAINS_TWO: Schema = Schema {
    checks: &[
        Check::Contains {
            schema: &POSITIVE,
            min: 2,
            max: usize::MAX,
        },
        Check::UnevaluatedItems(&Schema::NONE),
    ],
};

#[test]
fn contains_counts_and_marks_items_evaluated() {
    assert!(check(&CONTAINS_TWO, "[1, 2]").is_ok());
    assert_eq!(
        check(&CONTAINS_TWO, "[1, -2]").unwrap_err(),
        ".: 1 items match `contains`, fewer than 2 (`minContains`)"
    );
    assert_eq!(
        check(&CONTAINS_TWO, "[1, 2, -1]").unwrap_err(),
        "[2]: no value is allowed here (the schema is `false`)"
    );
}

static NAMED: Schema = Schema {
    checks: &[
        Check::Properties(&[("name", Schema::ANY)]),
        Check::AnyOf(&[Schema {
            checks: &[Check::Properties(&[("extra", Schema::ANY)])],
        }]),
        Check::UnevaluatedProperties(&Schema::NONE),
    ],
};

#[test]
fn unevaluated_properties_see_through_valid_branches() {
    assert!(check(&NAMED, r#"{"name": 1, "extra": 2}"#).is_ok());
    assert_eq!(
        check(&NAMED, r#"{"name": 1, "other": 2}"#).unwrap_err(),
        ".: unknown field `other` (`unevaluatedProperties`)"
    );
}

static SIBLING_PARTS: Schema = Schema {
    checks: &[Check::AllOf(&[
        Schema {
            checks: &[Check::Properties(&[("name", Schema::ANY)])],
        },
        Schema {
            checks: &[Check::UnevaluatedProperties(&Schema::NONE)],
        },
    ])],
};

#[test]
fn unevaluated_properties_do_not_see_a_sibling_part() {
    // The second part evaluated nothing itself: `name` is unevaluated there.
    assert_eq!(
        check(&SIBLING_PARTS, r#"{"name": 1}"#).unwrap_err(),
        ".: `allOf` part 1: unknown field `name` (`unevaluatedProperties`)"
    );
    assert!(check(&SIBLING_PARTS, "{}").is_ok());
}

static LOOP: Schema = Schema {
    checks: &[Check::Ref(&LOOP)],
};

static LOOP_THROUGH_ALL_OF: Schema = Schema {
    checks: &[Check::AllOf(&[Schema {
        checks: &[Check::Ref(&LOOP_THROUGH_ALL_OF)],
    }])],
};

#[test]
fn a_reference_that_never_descends_ends_with_an_error() {
    assert!(check(&LOOP, "1").unwrap_err().contains("references"));
    assert!(
        check(&LOOP_THROUGH_ALL_OF, "1")
            .unwrap_err()
            .contains("references")
    );
}

static UNIQUE: Schema = Schema {
    checks: &[Check::UniqueItems],
};

#[test]
fn numbers_compare_by_value() {
    assert!(check(&UNIQUE, "[1, 1.0]").is_err());
    assert!(check(&UNIQUE, r#"[{"a": 1, "b": 2}, {"b": 2, "a": 1.0}]"#).is_err());
    assert!(check(&UNIQUE, "[18446744073709551616, 18446744073709551617]").is_ok());
}
