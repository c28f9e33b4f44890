#!/usr/bin/env bash
# make npm: the npm package, packed (not published) as target/npm/briefly-<version>.tgz.
#
#   pkg/   the wasm-bindgen output make build writes into www/pkg/ (--target web)
#   web/   the summariser's Web Worker and its client (briefly/worker): summariser.js and
#          worker.js from the shared front-end folder, the same files the page and the extension use
#   node.js, node.d.ts, worker.d.ts, README.md, package.json   from npm/
#
# The version is the crate's (Cargo.toml), so the package and the native tool always agree.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/npm
stage="$out/package"

need() {
  echo "npm: $1 is missing; run make build first" >&2
  exit 1
}
for f in www/pkg/briefly.js www/pkg/briefly_bg.wasm www/pkg/briefly.d.ts www/pkg/briefly_bg.wasm.d.ts; do
  [[ -s $f ]] || need "$f"
done
for f in web/summariser.js web/worker.js; do
  [[ -s $f ]] || { echo "npm: $f is missing" >&2; exit 1; }
done

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
[[ -n "$version" ]] || { echo "npm: no version in Cargo.toml" >&2; exit 1; }

rm -rf "$stage"
mkdir -p "$stage/pkg" "$stage/web"
cp www/pkg/briefly.js www/pkg/briefly_bg.wasm www/pkg/briefly.d.ts www/pkg/briefly_bg.wasm.d.ts "$stage/pkg/"
cp web/summariser.js web/worker.js "$stage/web/"
cp npm/node.js npm/node.d.ts npm/worker.d.ts npm/README.md "$stage/"
node - npm/package.json "$stage/package.json" "$version" <<'JS'
const fs = require('node:fs');
const [from, to, version] = process.argv.slice(2);
const manifest = JSON.parse(fs.readFileSync(from, 'utf8'));
manifest.version = version;
fs.writeFileSync(to, JSON.stringify(manifest, null, 2) + '\n');
JS

# Every file the manifest lists must be there, or the tarball would install broken.
node - "$stage" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const dir = process.argv[2];
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
const missing = manifest.files.filter((f) => !fs.existsSync(path.join(dir, f)));
if (missing.length) {
  console.error(`npm: package.json lists missing files: ${missing.join(', ')}`);
  process.exit(1);
}
JS

rm -f "$out"/briefly-*.tgz
tarball=$(cd "$out" && npm pack ./package --pack-destination . --loglevel=error)
echo "npm: wrote $out/$tarball ($(wc -c <"$out/$tarball") bytes)"
