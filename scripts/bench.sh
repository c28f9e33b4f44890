#!/usr/bin/env bash
# make bench: measure (not assert) speed, scaling, size and memory; print one report and
# write it to target/bench-report.md. Takes a few minutes; run it on a quiet machine.
#   EVAL_DIR   where the dev sets are (default ../shared/eval/dev beside the repo)
#   --no-browser  skip headless Chromium (Node wasm numbers and sizes still reported)
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL_DIR="${EVAL_DIR:-../shared/eval/dev}"
mkdir -p target/bench

echo "== bench: cargo build --release" >&2
cargo build --release --quiet
# The stage bench is a plain program against the release library (no benchmark framework).
rustc --edition 2021 -C opt-level=3 -C codegen-units=1 -C panic=abort benches/stages.rs \
  -o target/bench/stages --extern briefly=target/release/libbriefly.rlib -L dependency=target/release/deps

echo "== bench: native (throughput, stages, scaling, memory)" >&2
node benches/native.mjs "$EVAL_DIR"

# The peer is its own crate (benches/peer, its own workspace and lock file): the main crate
# never depends on it, and `make test` never builds it.
echo "== bench: cargo build --release (benches/peer: the lede crate)" >&2
if cargo build --release --quiet --manifest-path benches/peer/Cargo.toml; then :; else
  echo "== bench: building the lede peer failed; its columns will be missing" >&2
fi

if [[ -f www/pkg/briefly_bg.wasm && -f www/pkg/briefly.js ]]; then
  echo "== bench: wasm (Node, Chromium, sizes)" >&2
  node benches/wasm.mjs "$@"
else
  echo "== bench: www/pkg missing (run make build); skipping the wasm measurements" >&2
  rm -f target/bench/wasm.json
fi
echo "== bench: against lede; hostile shapes 0.5-8 MB (native and wasm in Node)" >&2
node benches/peer.mjs "$EVAL_DIR"
node benches/report.mjs
echo "(written to target/bench-report.md)" >&2
