//! `EventName::from_str` on the bundled 32-event catalog and on a synthetic 1,000-event one:
//! the cost per lookup should not grow with the catalog.
//!
//! Run with `cargo bench -p events-bench --bench event_name`; see BENCHMARKS.md.

#![allow(missing_docs)]

use std::hint::black_box;
use std::str::FromStr;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

mod large {
    include!(concat!(env!("OUT_DIR"), "/catalog_1000.rs"));
}

/// Parses every name of `names` once: the mean over a catalog's names, hits only.
fn parse_all<N: FromStr>(names: &[&str]) -> usize {
    names
        .iter()
        .filter(|name| black_box(**name).parse::<N>().is_ok())
        .count()
}

fn bench(c: &mut Criterion) {
    let bundled: Vec<&str> = events_core::EventName::ALL
        .iter()
        .map(|n| n.as_str())
        .collect();
    let synthetic: Vec<&str> = large::EventName::ALL.iter().map(|n| n.as_str()).collect();
    assert_eq!(synthetic.len(), 1000);

    let mut group = c.benchmark_group("event_name_from_str");
    for (catalog, names, parse) in [
        (
            "bundled_32",
            &bundled,
            parse_all::<events_core::EventName> as fn(&[&str]) -> usize,
        ),
        ("synthetic_1000", &synthetic, parse_all::<large::EventName>),
    ] {
        // Throughput in elements: criterion reports the time per lookup.
        group.throughput(Throughput::Elements(names.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("every_name", catalog),
            names,
            |b, names| b.iter(|| parse(names)),
        );
    }
    let misses = [
        "aw-interaction-mute-v2",
        "synthetic-agent-1000-offered-v1",
        "x",
    ];
    group.throughput(Throughput::Elements(misses.len() as u64));
    group.bench_function(BenchmarkId::new("misses", "bundled_32"), |b| {
        b.iter(|| parse_all::<events_core::EventName>(&misses))
    });
    group.bench_function(BenchmarkId::new("misses", "synthetic_1000"), |b| {
        b.iter(|| parse_all::<large::EventName>(&misses))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
