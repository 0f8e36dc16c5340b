//! The integration tests, as one binary with a module per area.

mod catalog_fuzz;
mod decode;
mod event_name;
mod expansion;
mod fixture_crates;
mod lifecycle;
mod ui;
