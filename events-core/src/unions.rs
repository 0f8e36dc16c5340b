//! How generated unions (`anyOf`/`oneOf`) decode at run time: the value's text is kept, then
//! each branch is tried on it, or the one its tag names.

use std::fmt;

use serde::de::DeserializeSeed;

use crate::raw::{decode_kept, member_of};
use crate::{RawJson, path};

/// Why one branch of a union did not match, kept as serde's error and written out only when
/// every branch failed (a union whose first branch matches formats nothing).
pub struct BranchError(serde_json::Error);

impl fmt::Display for BranchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&events_facts::without_position(&self.0))
    }
}

/// The branch of an internally tagged union (`oneOf`/`anyOf` whose object branches each have a
/// different `const` for the property `tag`): the index in `values` of the value `raw` has
/// there, or an error naming the tag.
pub fn tagged_branch(
    raw: &RawJson,
    tag: &'static str,
    values: &'static [&'static str],
) -> Result<usize, String> {
    let value = member_of(raw, tag).map_err(|error| error.to_string())?;
    let Some(value) = value else {
        return Err(format!("missing field `{tag}`"));
    };
    let text: Option<String> = value.decode().ok();
    text.and_then(|text| values.iter().position(|known| *known == text))
        .ok_or_else(|| {
            format!(
                "unknown `{tag}` {}, expected one of {}",
                value.get(),
                values
                    .iter()
                    .map(|known| format!("\"{known}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
}

/// Decodes one branch of a tagged union from the kept text; a failure inside it keeps its path.
pub fn decode_branch<'a, S: DeserializeSeed<'a>>(
    raw: &'a RawJson,
    seed: S,
) -> Result<S::Value, String> {
    decode_kept(raw, |deserializer| seed.deserialize(deserializer))
}

/// Decodes one branch of a union from the kept text of the value.
pub fn try_branch<'a, S: DeserializeSeed<'a>>(
    raw: &'a RawJson,
    seed: S,
) -> Result<S::Value, BranchError> {
    // A branch that does not match is no error of the input's: its path is dropped.
    let mark = path::mark();
    let mut deserializer = serde_json::Deserializer::from_slice(raw.get().as_bytes());
    let attempt = seed.deserialize(&mut deserializer).map_err(BranchError);
    path::reset(mark);
    attempt
}

/// The value of the first branch that matched (`anyOf`, which tries no branch after it), or of
/// the only one (`oneOf`, when `exclusive`); otherwise why not, branch by branch. `attempts`
/// decodes a branch each time it is advanced.
pub fn choose_branch<T>(
    attempts: impl IntoIterator<Item = Result<T, BranchError>>,
    exclusive: bool,
    expecting: &str,
) -> Result<T, String> {
    let mut chosen: Option<(usize, T)> = None;
    let mut reasons: Vec<(usize, BranchError)> = Vec::new();
    for (index, attempt) in attempts.into_iter().enumerate() {
        match (attempt, &chosen) {
            (Ok(value), None) => {
                if !exclusive {
                    return Ok(value);
                }
                chosen = Some((index, value));
            }
            (Ok(_), Some((first, _))) => {
                return Err(format!(
                    "{expecting}: matches branches {first} and {index} of `oneOf`, which allows exactly one"
                ));
            }
            (Err(reason), _) => reasons.push((index, reason)),
        }
    }
    match chosen {
        Some((_, value)) => Ok(value),
        None => {
            let reasons: Vec<String> = reasons
                .iter()
                .map(|(index, reason)| format!("branch {index}: {reason}"))
                .collect();
            Err(format!("expected {expecting}; {}", reasons.join("; ")))
        }
    }
}
