#!/usr/bin/env bash
# Re-derives the bundled 8x8 catalog from a checkout of 8x8Cloud/public-developer-docs, in a
# copy of catalog/, with the project's own tools, and prints what the import reported, the
# catalog's remaining defects and how the result differs from catalog/ (`events diff`).
# Nothing in the repository is changed; copy the derived catalog over catalog/ when it is right.
#
#   scripts/update-8x8-catalog.sh DOCS_DIR [OUT_DIR]
set -euo pipefail
docs=${1:?usage: scripts/update-8x8-catalog.sh DOCS_DIR [OUT_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$(mktemp -d)/catalog}
pages="$docs/docs/tech-partner/docs"
events() { cargo run --quiet --manifest-path "$root/Cargo.toml" -p events-cli -- "$@"; }

rm -rf "$out"
mkdir -p "$(dirname "$out")"
cp -r "$root/catalog" "$out"

echo "== import-table"
events import-table "$pages/partner-sdk-events.md" "$pages/partner-sdk-maestro-sdk-events.md" \
  --catalog "$out" 2>/dev/null || true
echo "== import-zod"
events import-zod "$pages"/events/*.md --catalog "$out" || true
echo "== check"
if events check "$out"; then
  echo "== diff against catalog/"
  events diff "$root/catalog" "$out" --allow-breaking
fi
echo "derived catalog: $out"
