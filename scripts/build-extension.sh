#!/usr/bin/env bash
# Writes target/extension-test/: a copy of extension/ (with its generated pkg/ and vendor/)
# whose manifest differs only by a host permission for http://127.0.0.1/*, because browser
# automation cannot click the toolbar button that grants activeTab. Called at the end of
# scripts/build.sh; the shipped extension/manifest.json keeps no host permissions.
set -euo pipefail
cd "$(dirname "$0")/.."

src=extension
out=target/extension-test

for need in "$src/pkg/briefly.js" "$src/pkg/briefly_bg.wasm" "$src/vendor/Readability.js"; do
  if [[ ! -s $need ]]; then
    echo "build-extension: $need is missing; run make build first" >&2
    exit 1
  fi
done

rm -rf "$out"
mkdir -p "$out"
cp -R "$src"/. "$out"/
node - "$src/manifest.json" "$out/manifest.json" <<'JS'
const fs = require('node:fs');
const [from, to] = process.argv.slice(2);
const manifest = JSON.parse(fs.readFileSync(from, 'utf8'));
manifest.host_permissions = ['http://127.0.0.1/*'];
fs.writeFileSync(to, JSON.stringify(manifest, null, 2) + '\n');
JS
echo "build-extension: wrote $out"
