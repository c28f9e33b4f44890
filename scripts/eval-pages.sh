#!/usr/bin/env bash
# make eval-pages: Briefly on real web pages (plain-text paste and HTML source): summary
# sentences from the article body, junk, empty, cut short, titles; snippet-page cleaning F1.
# EVAL_DIR overrides where the dev sets are (default ../shared/eval/dev beside the repo).
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval/dev}
if [ ! -d "$eval_dir/pages" ]; then
  echo "eval-pages: no real-page dev set at $eval_dir/pages (set EVAL_DIR)" >&2
  exit 1
fi
cargo build --release --quiet
python3 scripts/eval_pages.py target/release/briefly "$eval_dir" "$@"
