//! Support for the benchmarks: the synthetic catalog generator and the compile-cost harness
//! (`cargo run -p events-bench --release --bin compile-cost`, `compile-cost-sharded`), and
//! what the build benchmarks share (`builds`). See BENCHMARKS.md.

#![forbid(unsafe_code)]

pub mod builds;
pub mod decoders;
pub mod keywords;
pub mod synthetic;
