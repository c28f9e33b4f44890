#!/usr/bin/env bash
# make setup: install what building and testing need, skipping whatever is already present.
# Silent when there is nothing to do; one line per thing installed otherwise.
#
#   - the Rust target wasm32-unknown-unknown
#   - the wasm-bindgen CLI at exactly the version of the wasm-bindgen crate in Cargo.lock
#     (the CLI refuses modules built by another version)
#   - the npm dev tools (npm ci) when node_modules is missing or older than package-lock.json
#   - Chromium and its WebDriver, and Firefox ESR, from Debian (the browser tests drive them)
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_TARGET=wasm32-unknown-unknown

say() { echo "setup: $*"; }

# --- Rust target -----------------------------------------------------------------------------
if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
  say "installing the Rust target $WASM_TARGET"
  rustup target add "$WASM_TARGET" >/dev/null
fi

# --- wasm-bindgen CLI ------------------------------------------------------------------------
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ -z "$want" ]]; then
  echo "setup: cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }') || true
if [[ "$have" != "$want" ]]; then
  say "installing wasm-bindgen-cli $want${have:+ (found $have)}; this takes a few minutes"
  # Not --locked: with its own lock file the install fails to select a version of webpki-roots.
  cargo install wasm-bindgen-cli --version "$want" --quiet
fi

# --- npm dev tools ---------------------------------------------------------------------------
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  say "installing npm dev tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  # npm ci recreates the folder, but make its age reflect this install in any case.
  touch node_modules
fi

# --- Chromium, chromedriver and Firefox ESR ---------------------------------------------------
browsers=()
[[ -x /usr/bin/chromium ]] || browsers+=(chromium)
[[ -x /usr/bin/chromedriver ]] || browsers+=(chromium-driver)
# The extension's Firefox build is tested in Firefox (puppeteer-core over WebDriver BiDi).
[[ -x /usr/bin/firefox-esr ]] || browsers+=(firefox-esr)
if ((${#browsers[@]} > 0)); then
  say "installing ${browsers[*]} (Debian packages)"
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${browsers[@]}" >/dev/null
fi
