#!/usr/bin/env bash
# Writes the extension's test copies, because browser automation cannot click the toolbar
# button that grants activeTab:
#   target/extension-test/          extension/ (with its generated pkg/, vendor/ and web/) whose
#                                   manifest differs only by a host permission for http://127.0.0.1/*
#   target/extension-test-firefox/  the Firefox package (scripts/firefox-manifest.mjs) plus the
#                                   same host permission
# Called at the end of scripts/build.sh; the shipped manifests keep no host permissions.
set -euo pipefail
cd "$(dirname "$0")/.."

src=extension
out=target/extension-test
firefox=target/extension-test-firefox
host='http://127.0.0.1/*'

for need in "$src/pkg/briefly.js" "$src/pkg/briefly_bg.wasm" "$src/vendor/Readability.js" "$src/web/worker.js"; do
  if [[ ! -s $need ]]; then
    echo "build-extension: $need is missing; run make build first" >&2
    exit 1
  fi
done

copy() {
  rm -rf "$1"
  mkdir -p "$1"
  cp -R "$src"/. "$1"/
}

copy "$out"
node - "$src/manifest.json" "$out/manifest.json" "$host" <<'JS'
const fs = require('node:fs');
const [from, to, host] = process.argv.slice(2);
const manifest = JSON.parse(fs.readFileSync(from, 'utf8'));
manifest.host_permissions = [host];
fs.writeFileSync(to, JSON.stringify(manifest, null, 2) + '\n');
JS

copy "$firefox"
# As scripts/package.sh stages it: no type declarations or notes.
find "$firefox" -name '*.d.ts' -delete
rm -f "$firefox/README.md"
node scripts/firefox-manifest.mjs "$src/manifest.json" "$firefox/manifest.json" "$host"
echo "build-extension: wrote $out and $firefox"
