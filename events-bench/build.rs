//! Generates the 1,000-event synthetic catalog that the `event_name` benchmark compiles, and the
//! `include_catalog!` call for it (the macro takes the catalog's absolute path).

#[path = "src/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let catalog = out.join("catalog-1000");
    let shape = synthetic::Shape {
        events: 1000,
        versions: 1,
        fields: 1,
    };
    synthetic::write_catalog(&catalog, shape).expect("the synthetic catalog is written");
    let call = format!(
        "::events_core::include_catalog!({:?});\n",
        catalog.display().to_string()
    );
    std::fs::write(out.join("catalog_1000.rs"), call).expect("the include file is written");
    println!("cargo::rerun-if-changed=src/synthetic.rs");
    println!("cargo::rerun-if-changed=build.rs");
}
