#!/usr/bin/env bash
# make eval: Briefly beside Lead-k on the dev sets, scored with Google's rouge-score.
# EVAL_DIR overrides where the dev sets are (default ../shared/eval/dev beside the repo).
# With no arguments every set is scored and the table written into README.md; naming sets
# (scripts/eval.sh xsum-dev lcsts-zh-dev) scores just those and leaves the README alone.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval/dev}
if [ ! -d "$eval_dir" ]; then
  echo "eval: no dev sets at $eval_dir (set EVAL_DIR)" >&2
  exit 1
fi
if ! .venv/bin/python -c 'import rouge_score' 2>/dev/null; then
  echo "eval: setting up the Python environment (.venv, rouge-score)"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check rouge-score==0.1.2
fi
cargo build --release --quiet
if [ $# -eq 0 ]; then
  .venv/bin/python scripts/rouge.py target/release/briefly "$eval_dir" --readme README.md
else
  .venv/bin/python scripts/rouge.py target/release/briefly "$eval_dir" "$@"
fi
