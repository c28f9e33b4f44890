#!/usr/bin/env bash
# make fuzz: run each fuzz target for a bounded time (default 60 s each).
#   bash scripts/fuzz.sh [SECONDS]   fuzz every target, seeded from tests/fuzz-corpus/<target>/
#   bash scripts/fuzz.sh --check     build the targets and replay the checked-in corpus (CI);
#                                    skipped with a note when nightly is missing
# The corpus is also replayed on stable by `cargo test --test regressions`.
# A crash leaves its input in fuzz/artifacts/<target>/; minimise it with
#   cargo +nightly fuzz tmin <target> <file>
# and check it in under tests/fuzz-corpus/<target>/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(summarise structured segment)

have_nightly() { rustup toolchain list 2>/dev/null | grep -q '^nightly'; }

ensure_cargo_fuzz() {
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz (once, a minute or two)"
    cargo install cargo-fuzz
  fi
}

if [[ "${1:-}" == "--check" ]]; then
  if ! have_nightly; then
    echo "fuzz: no nightly toolchain; skipping the fuzz build (the corpus is still replayed by cargo test)"
    exit 0
  fi
  ensure_cargo_fuzz
  (cd fuzz && cargo +nightly fuzz build -O 2>&1 | tail -n 3) || {
    echo "fuzz: building the fuzz targets failed" >&2
    exit 1
  }
  for t in "${TARGETS[@]}"; do
    dir="tests/fuzz-corpus/$t"
    mapfile -t files < <(find "$dir" -type f 2>/dev/null | sort | sed 's|^|../|')
    n=${#files[@]}
    if [[ "$n" -gt 0 ]]; then
      # Given files (not a directory), libFuzzer runs each once and fails on a crash.
      (cd fuzz && cargo +nightly fuzz run -O "$t" "${files[@]}" >/dev/null 2>"target/replay-$t.log") || {
        echo "fuzz: replaying $dir crashed; see fuzz/target/replay-$t.log" >&2
        tail -n 30 "fuzz/target/replay-$t.log" >&2
        exit 1
      }
    fi
    echo "fuzz: $t built, $n corpus inputs replayed"
  done
  exit 0
fi

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: bash scripts/fuzz.sh [SECONDS] | --check" >&2
  exit 2
fi
if ! have_nightly; then
  echo "fuzz: needs the nightly toolchain (rustup toolchain install nightly)" >&2
  exit 1
fi
ensure_cargo_fuzz
status=0
for t in "${TARGETS[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  echo "fuzz: $t for ${seconds}s"
  # The working corpus (fuzz/corpus, ignored by git) grows across runs; the checked-in
  # inputs seed it. Inputs are capped at 64 kB so that each run stays fast.
  (cd fuzz && cargo +nightly fuzz run -O "$t" "corpus/$t" "../tests/fuzz-corpus/$t" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1) || {
    echo "fuzz: $t found a crash; the input is in fuzz/artifacts/$t/" >&2
    status=1
  }
done
exit $status
