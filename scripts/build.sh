#!/usr/bin/env bash
# make build: the native tool, the wasm package for the page and the extension, vendored
# Readability, then the extension's test copy. Steps whose inputs did not change are skipped,
# so a second run takes a few seconds.
#
#   target/release/briefly                        native command-line tool
#   www/pkg/briefly{.js,_bg.wasm,.d.ts,_bg.wasm.d.ts}   wasm-bindgen --target web, size-optimised
#   extension/pkg/                                the same four files
#   www/vendor/readability.mjs, extension/vendor/Readability.js
#   www/web/, extension/web/                      the shared front-end code (web/), copied as pkg/ is
#   www/precache.js                               what the service worker caches, and its version
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_TARGET=wasm32-unknown-unknown
RAW_WASM="target/$WASM_TARGET/wasm/briefly.wasm"
STAGE=target/pkg-stage
WASM_OPT=node_modules/binaryen/bin/wasm-opt
PKG_FILES=(briefly.js briefly_bg.wasm briefly.d.ts briefly_bg.wasm.d.ts)
# The features rustc enables by default for wasm32-unknown-unknown; wasm-opt must accept them
# all or it fails validation (e.g. "memory.fill operations require bulk memory").
WASM_FEATURES=(--enable-mutable-globals --enable-nontrapping-float-to-int --enable-bulk-memory
  --enable-sign-ext --enable-reference-types --enable-multivalue)

need() {
  echo "build: $1 (run: bash scripts/setup.sh)" >&2
  exit 1
}

# Copies $1 to $2 only when they differ, so unchanged files keep their timestamps and servers
# and caches do not see a change.
put() {
  mkdir -p "$(dirname "$2")"
  if ! cmp -s "$1" "$2"; then
    cp "$1" "$2.tmp" && mv -f "$2.tmp" "$2"
  fi
}

# --- tools ---------------------------------------------------------------------------------
lock_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have_version=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }') || true
[[ -n "$lock_version" ]] || need "no wasm-bindgen in Cargo.lock"
[[ "$have_version" == "$lock_version" ]] ||
  need "wasm-bindgen CLI ${have_version:-missing}, Cargo.lock wants $lock_version"
[[ -x "$WASM_OPT" ]] || need "node_modules/binaryen is missing"
# Binaryen before 116 (Debian ships 108) writes modules that fail at instantiation
# ("WebAssembly.Table.set(): Argument 1 is invalid for table").
opt_version=$("$WASM_OPT" --version | grep -o 'version [0-9]*' | grep -o '[0-9]*' | head -n 1)
((${opt_version:-0} >= 116)) || need "wasm-opt version ${opt_version:-unknown} is too old (need 116 or later)"
[[ -f node_modules/@mozilla/readability/Readability.js ]] || need "node_modules/@mozilla/readability is missing"

# --- native tool ---------------------------------------------------------------------------
echo "== native: cargo build --release"
cargo build --release --quiet

# --- wasm ----------------------------------------------------------------------------------
echo "== wasm: cargo rustc --lib --crate-type cdylib --target $WASM_TARGET --profile wasm"
# --lib: the bin target would write a file of the same name into the same directory.
# --crate-type cdylib: built alone, without the rlib the native targets link, the module
# comes out ~7 kB gzip smaller and ~15% faster (no rlib exports to keep through LTO).
# -inline-threshold: at opt-level "z" LLVM inlines only the tiniest calls, which costs 1.7x
# the time of "s"; 50 inlines enough of the hot paths (1.3x) while keeping the module under
# its gzip budget (measured when it was 180 kB: 50 -> 171 kB, 64 -> 172 kB, 100 -> 185 kB, "s" -> 191 kB;
# at 192 kB: 100 -> 207 kB and 150 -> 211 kB, neither measurably faster than 64; at 200 kB:
# 50 -> 198.5 kB, as fast in Node as 64).
# No target features beyond rustc's defaults: simd128 (which every target browser has) made
# no measurable difference, as std comes precompiled without it.
cargo rustc --lib --crate-type cdylib --target "$WASM_TARGET" --profile wasm --quiet \
  -- -C llvm-args=-inline-threshold=50

# wasm-bindgen and wasm-opt take ~10 s: redo them only when the module or the tools changed.
stamp="$(sha256sum "$RAW_WASM" | cut -d' ' -f1) wasm-bindgen $have_version wasm-opt $opt_version strip ${WASM_FEATURES[*]}"
complete=true
for f in "${PKG_FILES[@]}"; do
  [[ -f "$STAGE/$f" ]] || complete=false
done
if [[ "$complete" != true || "$(cat "$STAGE/.stamp" 2>/dev/null)" != "$stamp" ]]; then
  echo "== wasm: wasm-bindgen --target web, wasm-opt (strip)"
  rm -rf "$STAGE"
  mkdir -p "$STAGE"
  wasm-bindgen --target web --out-dir "$STAGE" --out-name briefly "$RAW_WASM"
  # wasm-opt only strips the names and producers sections (and validates the features): its
  # size passes make the module smaller raw but larger gzipped, and slower. Measured on the
  # CNN set: -Oz --converge --low-memory-unused 191.0 kB gzip (447 kB raw), 8% slower in
  # Chromium than none, which is 189.4 kB (479 kB raw); -O1 190.2 kB, -O4 191.8 kB, no faster.
  "$WASM_OPT" "${WASM_FEATURES[@]}" --strip-debug --strip-producers \
    "$STAGE/briefly_bg.wasm" -o "$STAGE/briefly_bg.opt.wasm"
  mv -f "$STAGE/briefly_bg.opt.wasm" "$STAGE/briefly_bg.wasm"
  echo "$stamp" >"$STAGE/.stamp"
fi
for f in "${PKG_FILES[@]}"; do
  put "$STAGE/$f" "www/pkg/$f"
  put "$STAGE/$f" "extension/pkg/$f"
done

# --- vendored Readability (the extension injects it; the page imports it on pasted HTML) ----
readability=node_modules/@mozilla/readability/Readability.js
put "$readability" extension/vendor/Readability.js
# The file is a classic script (it assigns `module.exports` only when `module` exists); the
# page's copy is the same text plus an export, as an ES module.
{ cat "$readability"; printf '\nexport default Readability;\n'; } >target/readability.mjs
put target/readability.mjs www/vendor/readability.mjs

# --- pdf.js for the page (loaded only when a PDF is opened) ----------------------------------
[[ -f node_modules/pdfjs-dist/build/pdf.min.mjs ]] || need "node_modules/pdfjs-dist is missing"
put node_modules/pdfjs-dist/build/pdf.min.mjs www/vendor/pdfjs/pdf.min.mjs
put node_modules/pdfjs-dist/build/pdf.worker.min.mjs www/vendor/pdfjs/pdf.worker.min.mjs
put node_modules/pdfjs-dist/LICENSE www/vendor/pdfjs/LICENSE
# Metrics of the 14 standard PDF fonts, fetched from here (never from elsewhere) when a PDF
# uses one without embedding it.
for f in node_modules/pdfjs-dist/standard_fonts/*; do
  put "$f" "www/vendor/pdfjs/standard_fonts/$(basename "$f")"
done

# --- shared front-end code (one copy in web/, used by the page and the extension) ----------
for dest in www/web extension/web; do
  mkdir -p "$dest"
  for f in web/*.js; do
    put "$f" "$dest/$(basename "$f")"
  done
  # A file removed from web/ must not linger in the copies.
  for f in "$dest"/*.js; do
    [[ -f "web/$(basename "$f")" ]] || rm -f "$f"
  done
done

# --- the page's service worker manifest ------------------------------------------------------
node scripts/precache.mjs www

# --- extension -----------------------------------------------------------------------------
if [[ -f scripts/build-extension.sh ]]; then
  echo "== extension: scripts/build-extension.sh"
  bash scripts/build-extension.sh
fi

# --- sizes ---------------------------------------------------------------------------------
size() {
  local raw gz
  raw=$(wc -c <"$1")
  gz=$(gzip -9c "$1" | wc -c)
  printf '  %-32s %8d bytes  %7d gzip\n' "$1" "$raw" "$gz"
}
echo "== sizes"
size www/pkg/briefly_bg.wasm
size www/pkg/briefly.js
size target/release/briefly
