//! The integration tests, as one binary with a module per area.

mod accepted_catalogs_compile;
mod asyncapi;
mod catalog_fuzz;
mod catalog_rules;
mod decode;
mod differential;
mod envelopes;
mod event_name;
mod exactness;
mod expansion;
mod fixture_crates;
mod from_value;
mod keywords;
mod lifecycle;
mod random_schemas;
mod references;
mod runtime_decoder;
mod shards;
mod ui;
mod vendor_samples;

use std::fs;
use std::path::Path;

/// Copies a folder tree, for tests that stage catalogs.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}
