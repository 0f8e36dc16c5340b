#!/usr/bin/env bash
# Builds the example partner app: Rust to WebAssembly (profile `wasm`), then wasm-bindgen's
# JavaScript glue into pkg/. Needs the wasm32-unknown-unknown target and wasm-bindgen-cli at
# the version of the wasm-bindgen crate in Cargo.lock (README, "In a partner app").
set -euo pipefail
cd "$(dirname "$0")"
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
cargo build --locked --target wasm32-unknown-unknown --profile wasm -p partner-app
wasm-bindgen --target web --out-dir pkg "$target_dir/wasm32-unknown-unknown/wasm/partner_app.wasm"
wasm=pkg/partner_app_bg.wasm
echo "partner-app: $wasm $(wc -c < "$wasm") bytes, $(gzip -9 -c "$wasm" | wc -c) gzipped"
