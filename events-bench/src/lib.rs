//! Support for the benchmarks: the synthetic catalog generator and the compile-cost harness
//! (`cargo run -p events-bench --release --bin compile-cost`). See BENCHMARKS.md.

#![forbid(unsafe_code)]

pub mod decoders;
pub mod synthetic;
