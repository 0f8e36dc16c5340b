//! The expansion snapshots are insta files (a header, then the Rust): this writes their Rust
//! to `OUT_DIR` for the `snapshot_compiles` test binary to compile. A snapshot that cannot be
//! read becomes a `compile_error!` in that binary only, so the `it` binary, which reviews the
//! snapshots, still builds.

use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for name in ["bundled_catalog", "lifecycle_catalog", "keywords_catalog"] {
        let snapshot = Path::new("snapshots").join(format!("{name}.snap"));
        println!("cargo::rerun-if-changed={}", snapshot.display());
        let rust = match fs::read_to_string(&snapshot) {
            Ok(text) => snapshot_body(&text).map(str::to_owned).unwrap_or_else(|| {
                format!(
                    "compile_error!(\"{} has no insta header\");",
                    snapshot.display()
                )
            }),
            Err(error) => format!(
                "compile_error!(\"{}: {}\");",
                snapshot.display(),
                error.to_string().escape_default()
            ),
        };
        fs::write(out.join(format!("{name}.rs")), rust).expect("OUT_DIR is writable");
    }
}

/// The text after the snapshot's `---` … `---` header.
fn snapshot_body(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")?;
    Some(&rest[end + "\n---\n".len()..])
}
