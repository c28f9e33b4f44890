#!/usr/bin/env bash
# make eval-pages: Briefly on real web pages (plain-text paste and HTML source through the native
# tool, and the extension's reading of the page in headless Chromium through the wasm package):
# summary sentences from the article body, junk, empty, cut short, titles; snippet-page cleaning F1.
# EVAL_DIR overrides where the dev sets are (default ../shared/eval/dev beside the repo).
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval/dev}
if [ ! -d "$eval_dir/pages" ]; then
  echo "eval-pages: no real-page dev set at $eval_dir/pages (set EVAL_DIR)" >&2
  exit 1
fi
# The extension mode needs the wasm package built from this very source: scripts/build.sh
# (skips whatever is up to date). Without its tools, the native modes still run.
mkdir -p target
wasm=()
if bash scripts/build.sh >target/eval-pages-build.log 2>&1; then
  wasm=(--wasm extension/pkg)
else
  echo "eval-pages: extension mode skipped: the wasm build failed (target/eval-pages-build.log; make setup)" >&2
  cargo build --release --quiet
fi
python3 scripts/eval_pages.py target/release/briefly "$eval_dir" "${wasm[@]}" "$@"
