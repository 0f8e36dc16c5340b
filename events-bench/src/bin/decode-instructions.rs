//! Runs one decoder of the `decode` benchmark over the sample stream a fixed number of times, so
//! that `valgrind --tool=callgrind` can count its instructions: a measure that, unlike time,
//! does not depend on what else the machine is doing.
//!
//! ```text
//! cargo build -p events-bench --release --bin decode-instructions
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/decode-instructions floor 200
//! ```
//!
//! Decoders: `none` (reads the samples only: the baseline to subtract), `floor`,
//! `value_then_dispatch`, `envelope`, `envelope_keeping_unknown_fields`, `raw_value_dispatch`,
//! `sharded`, `runtime` (the run-time decoder), `jsonschema` (validation with the `jsonschema`
//! crate), `jsonschema_then_serde` (validation, then deserialization); and on the
//! constraint-heavy stream of the `keywords` catalog (`events_bench::keywords`):
//! `keywords_none`, `keywords_parse`, `keywords_generated`, `keywords_runtime`,
//! `keywords_jsonschema`, `keywords_jsonschema_then_serde`. `runtime` and `jsonschema` build
//! their catalog or validators in the first round: subtract a run of one round.

use std::hint::black_box;
use std::process::ExitCode;

use events_bench::decoders::{
    Message, decode_envelope, decode_envelope_keeping_unknown_fields, decode_floor,
    decode_raw_value_dispatch, decode_runtime, decode_sharded, decode_validate_then_deserialize,
    decode_validate_with_jsonschema, decode_value_then_dispatch, stream,
};
use events_bench::keywords;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_default();
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
    if let Some(decoder) = which.strip_prefix("keywords_") {
        let decode: fn(&[&[u8]]) -> usize = match decoder {
            "none" => |stream| stream.len(),
            "parse" => keywords::decode_parse_only,
            "generated" => keywords::decode_generated,
            "runtime" => keywords::decode_runtime,
            "jsonschema" => keywords::decode_validate_with_jsonschema,
            "jsonschema_then_serde" => keywords::decode_validate_then_deserialize,
            _ => return usage(),
        };
        let stream = keywords::stream();
        let mut decoded = 0;
        for _ in 0..rounds {
            decoded += decode(black_box(&stream));
        }
        println!("{which}: {decoded} messages decoded");
        return ExitCode::SUCCESS;
    }
    let decode: fn(&[Message]) -> usize = match which.as_str() {
        "none" => |stream| stream.len(),
        "floor" => decode_floor,
        "value_then_dispatch" => decode_value_then_dispatch,
        "envelope" => decode_envelope,
        "envelope_keeping_unknown_fields" => decode_envelope_keeping_unknown_fields,
        "raw_value_dispatch" => decode_raw_value_dispatch,
        "sharded" => decode_sharded,
        "runtime" => decode_runtime,
        "jsonschema" => decode_validate_with_jsonschema,
        "jsonschema_then_serde" => decode_validate_then_deserialize,
        _ => return usage(),
    };
    let stream = stream();
    let mut decoded = 0;
    for _ in 0..rounds {
        decoded += decode(black_box(&stream));
    }
    println!("{which}: {decoded} messages decoded");
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: decode-instructions none|floor|value_then_dispatch|envelope|envelope_keeping_unknown_fields|raw_value_dispatch|sharded|runtime|jsonschema|jsonschema_then_serde|keywords_none|keywords_parse|keywords_generated|keywords_runtime|keywords_jsonschema|keywords_jsonschema_then_serde [ROUNDS]"
    );
    ExitCode::from(2)
}
