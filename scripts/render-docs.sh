#!/usr/bin/env bash
# Renders the first two pages of each example's PDF to PNG under docs/renders/, so a person can see what
# Pressdesk makes without running it. Needs poppler-utils (pdftoppm). Run after changing either renderer.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build-cli.mjs --if-stale
out=$(mktemp -d)
mkdir -p docs/renders
for example in joint-inspection-2023 harbour-wall-reopening-2026 harbour-wall-briefing-pack-2026; do
  node out/cli/pressdesk-export.cjs "examples/$example" --format pdf --out "$out/$example" >/dev/null
  pdftoppm -r 70 -png -f 1 -l 2 "$out/$example"/*.pdf "docs/renders/$example"
done
rm -rf "$out"
ls docs/renders
