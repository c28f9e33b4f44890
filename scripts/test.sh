#!/usr/bin/env bash
# make test (after make setup and make build) and .ci/run: every check, in order, stopping at
# the first failure. Each step prints a header; the last line says how it went.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_TARGET=wasm32-unknown-unknown
started=$SECONDS
step_no=0
step_name=""

step() {
  step_no=$((step_no + 1))
  step_name=$1
  printf '\n=== [%d] %s\n' "$step_no" "$step_name"
}

elapsed() {
  local s=$((SECONDS - started))
  printf '%dm%02ds' $((s / 60)) $((s % 60))
}

trap 'echo; echo "test.sh: FAILED at step $step_no ($step_name) after $(elapsed)"' ERR

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy --all-targets -D warnings"
cargo clippy --all-targets --quiet -- -D warnings

step "cargo clippy --lib --target $WASM_TARGET -D warnings"
cargo clippy --lib --target "$WASM_TARGET" --quiet -- -D warnings

step "cargo test"
cargo test

step "cargo doc --no-deps (warnings denied)"
RUSTDOCFLAGS='-D warnings' cargo doc --no-deps --quiet

step "wasm tests in headless Chromium (cargo test --target $WASM_TARGET --test wasm)"
# The runner adds --headless, --no-sandbox and --disable-dev-shm-usage itself; these keep
# Chromium from reaching for the network (there is none on CI) and from using a GPU.
webdriver_json=target/webdriver.json
mkdir -p target
cat >"$webdriver_json" <<'JSON'
{
  "goog:chromeOptions": {
    "binary": "/usr/bin/chromium",
    "args": ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-domain-reliability"]
  }
}
JSON
# No --quiet here: the test runner rejects it.
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/$webdriver_json" \
  cargo test --target "$WASM_TARGET" --test wasm

step "end-to-end tests (node --test tests/e2e/)"
# A per-test limit so a hung browser fails the run instead of stalling it.
node --test --test-timeout=600000 tests/e2e/

if [[ -f scripts/fuzz.sh ]]; then
  step "fuzz targets build and corpus replay (scripts/fuzz.sh --check)"
  bash scripts/fuzz.sh --check
fi

trap - ERR
echo
echo "test.sh: all $step_no steps passed in $(elapsed)"
