//! Decoding a mixed stream of SDK `onMessage` data covering every bundled event, six ways:
//!
//! - `floor`: serde_json straight into the right payload type, known beforehand;
//! - `value_then_dispatch`: what users would otherwise write: parse to `serde_json::Value`,
//!   match on `eventName`, then `from_value` into the payload type;
//! - `envelope`: this crate's `Envelope::from_json`;
//! - `envelope_keeping_unknown_fields`: the same with `unknown_fields = "keep"`;
//! - `raw_value_dispatch`: the hand-written two-pass dispatch, `eventName` and a borrowed
//!   `RawValue` first, then the payload type;
//! - `sharded`: `Envelope::from_json` of the catalog split over shards and composed again;
//! - `runtime`: the run-time decoder, `events_core::runtime::Catalog` loaded from the folder;
//! - `jsonschema`: `Value`, then validation with the `jsonschema` crate (without the
//!   deserialization that would follow: a lower bound on that contender);
//! - `jsonschema_then_serde`: the same, then `from_value` into the payload type.
//!
//! And on the constraint-heavy stream of the `keywords` test catalog (`decode_keywords`):
//! `parse` (the JSON parse alone), `generated`, `runtime`, `jsonschema`,
//! `jsonschema_then_serde`.
//!
//! Run with `cargo bench -p events-bench --bench decode`; see BENCHMARKS.md.

#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use events_bench::decoders::{
    decode_envelope, decode_envelope_keeping_unknown_fields, decode_floor,
    decode_raw_value_dispatch, decode_runtime, decode_sharded, decode_validate_then_deserialize,
    decode_validate_with_jsonschema, decode_value_then_dispatch, stream,
};
use events_core::EventName;

fn bench(c: &mut Criterion) {
    let stream = stream();
    assert_eq!(stream.len(), EventName::ALL.len(), "one sample per event");
    let bytes: usize = stream.iter().map(|(line, _)| line.len()).sum();
    let mut group = c.benchmark_group("decode_stream");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("floor", |b| b.iter(|| decode_floor(&stream)));
    group.bench_function("value_then_dispatch", |b| {
        b.iter(|| decode_value_then_dispatch(&stream))
    });
    group.bench_function("envelope", |b| b.iter(|| decode_envelope(&stream)));
    group.bench_function("envelope_keeping_unknown_fields", |b| {
        b.iter(|| decode_envelope_keeping_unknown_fields(&stream))
    });
    group.bench_function("raw_value_dispatch", |b| {
        b.iter(|| decode_raw_value_dispatch(&stream))
    });
    group.bench_function("sharded", |b| b.iter(|| decode_sharded(&stream)));
    assert_eq!(
        decode_runtime(&stream),
        stream.len(),
        "the run-time decoder decodes each"
    );
    group.bench_function("runtime", |b| b.iter(|| decode_runtime(&stream)));
    assert_eq!(
        decode_validate_with_jsonschema(&stream),
        stream.len(),
        "the validator accepts each"
    );
    group.bench_function("jsonschema", |b| {
        b.iter(|| decode_validate_with_jsonschema(&stream))
    });
    group.bench_function("jsonschema_then_serde", |b| {
        b.iter(|| decode_validate_then_deserialize(&stream))
    });
    group.finish();
}

fn bench_keywords(c: &mut Criterion) {
    use events_bench::keywords;
    let stream = keywords::stream();
    let bytes: usize = stream.iter().map(|line| line.len()).sum();
    for (decoder, decode) in [
        (
            "generated",
            keywords::decode_generated as fn(&[&[u8]]) -> usize,
        ),
        ("runtime", keywords::decode_runtime),
        ("jsonschema", keywords::decode_validate_with_jsonschema),
        (
            "jsonschema_then_serde",
            keywords::decode_validate_then_deserialize,
        ),
    ] {
        assert_eq!(decode(&stream), stream.len(), "{decoder} accepts each");
    }
    let mut group = c.benchmark_group("decode_keywords");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse", |b| b.iter(|| keywords::decode_parse_only(&stream)));
    group.bench_function("generated", |b| {
        b.iter(|| keywords::decode_generated(&stream))
    });
    group.bench_function("runtime", |b| b.iter(|| keywords::decode_runtime(&stream)));
    group.bench_function("jsonschema", |b| {
        b.iter(|| keywords::decode_validate_with_jsonschema(&stream))
    });
    group.bench_function("jsonschema_then_serde", |b| {
        b.iter(|| keywords::decode_validate_then_deserialize(&stream))
    });
    group.finish();
}

criterion_group!(benches, bench, bench_keywords);
criterion_main!(benches);
