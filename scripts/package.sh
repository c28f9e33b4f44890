#!/usr/bin/env bash
# Packages the extension for the stores (run `make build` first):
#   dist/briefly-chrome.zip   extension/ as it is (side panel, service worker)
#   dist/briefly-firefox.zip  the same code with a Firefox manifest: background scripts instead
#                             of a service worker, a sidebar instead of the side panel, a gecko id
# The Firefox build is checked with `web-ext lint` (errors fail the script).
# DIST_DIR overrides the output folder (tests write to a temporary one).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

dist=${DIST_DIR:-dist}
mkdir -p "$dist"
dist=$(cd "$dist" && pwd)
chrome=target/package/chrome
firefox=target/package/firefox

for need in extension/pkg/briefly.js extension/pkg/briefly_bg.wasm extension/vendor/Readability.js; do
  if [[ ! -s $need ]]; then
    echo "package: $need is missing; run make build first" >&2
    exit 1
  fi
done

stage() {
  rm -rf "$1"
  mkdir -p "$1"
  cp -R extension/. "$1"/
  # Type declarations and notes are for developers, not for the browser.
  find "$1" -name '*.d.ts' -delete
  rm -f "$1/README.md"
}

stage "$chrome"
stage "$firefox"
node scripts/firefox-manifest.mjs extension/manifest.json "$firefox/manifest.json"

echo "package: linting the Firefox build"
"$root/node_modules/.bin/web-ext" lint --source-dir "$firefox" --no-config-discovery

# zip(1) when installed, else Python's zipfile (both store paths relative to the folder).
pack() {
  rm -f "$2"
  if command -v zip >/dev/null; then
    (cd "$1" && zip -qr -X "$2" .)
  else
    (cd "$1" && python3 -m zipfile -c "$2" ./*)
  fi
}
pack "$chrome" "$dist/briefly-chrome.zip"
pack "$firefox" "$dist/briefly-firefox.zip"
echo "package: wrote $dist/briefly-chrome.zip and $dist/briefly-firefox.zip"
