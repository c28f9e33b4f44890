#!/usr/bin/env bash
# make fuzz: run each fuzz target for a bounded time (default 60 s each).
#   bash scripts/fuzz.sh [SECONDS]   fuzz every target, seeded from tests/fuzz-corpus/<target>/
#                                    and from the dev articles and pages (EVAL_DIR, default
#                                    ../shared/eval/dev) when they are there. The first half of
#                                    the time runs with length control off, so that inputs up to
#                                    64 kB are tried from the start; the second half lets
#                                    libFuzzer grow lengths its usual way.
#   FUZZ_JOBS=N                      run the targets N at a time (niced), not one after another
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
EVAL_DIR="${EVAL_DIR:-../shared/eval/dev}"

# Seeds from real text, kept in the working corpus (fuzz/corpus, ignored by git): whole dev
# articles and page sources, cut to 64 kB. Byte 0 (no option calls) makes the rest the text.
seed_from_dev() {
  [[ -d "$EVAL_DIR" ]] || return 0
  node - "$EVAL_DIR" fuzz/corpus <<'JS'
const fs = require('fs'), path = require('path'), crypto = require('crypto');
const [dev, out] = process.argv.slice(2);
const put = (t, buf) => {
  fs.mkdirSync(path.join(out, t), { recursive: true });
  const name = 'dev-' + crypto.createHash('sha1').update(buf).digest('hex').slice(0, 12);
  fs.writeFileSync(path.join(out, t, name), buf);
};
for (const f of fs.readdirSync(dev).filter((f) => f.endsWith('.jsonl')).sort()) {
  const lines = fs.readFileSync(path.join(dev, f), 'utf8').split('\n').filter(Boolean).slice(0, 15);
  lines.forEach((l, k) => {
    const text = Buffer.from(JSON.parse(l).text).subarray(0, 60000);
    put('summarise', Buffer.concat([Buffer.from([0]), text]));
    put('segment', Buffer.concat([Buffer.from([k]), text.subarray(0, 4000)]));
  });
}
const pages = path.join(dev, 'pages');
if (fs.existsSync(pages)) {
  for (const d of fs.readdirSync(pages).sort().slice(0, 60)) {
    for (const name of ['innertext.txt', 'source.html']) {
      const p = path.join(pages, d, name);
      if (fs.existsSync(p)) put('summarise', Buffer.concat([Buffer.from([0]), fs.readFileSync(p).subarray(0, 65000)]));
    }
  }
}
JS
}
seed_from_dev

# One target: half the time with length control off (long inputs at once), half with it on.
fuzz_one() {
  local t=$1 half=$(( (seconds + 1) / 2 ))
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  local common=(-max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=artifacts/$t/")
  echo "fuzz: $t for ${seconds}s"
  (cd fuzz && nice -n 19 cargo +nightly fuzz run -O "$t" "corpus/$t" "../tests/fuzz-corpus/$t" -- \
    -max_total_time="$half" -len_control=0 "${common[@]}" &&
    nice -n 19 cargo +nightly fuzz run -O "$t" "corpus/$t" -- -max_total_time="$half" "${common[@]}") || {
    echo "fuzz: $t found a crash; the input is in fuzz/artifacts/$t/" >&2
    return 1
  }
}

(cd fuzz && cargo +nightly fuzz build -O)
status=0
jobs_max="${FUZZ_JOBS:-1}"
pids=()
for t in "${TARGETS[@]}"; do
  if [[ "$jobs_max" -gt 1 ]]; then
    fuzz_one "$t" > "fuzz/target/fuzz-$t.log" 2>&1 &
    pids+=($!)
    while [[ $(jobs -rp | wc -l) -ge "$jobs_max" ]]; do sleep 5; done
  else
    fuzz_one "$t" || status=1
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
