// Writes the Firefox manifest made from the Chrome one: Firefox runs MV3 background code as an
// event page (background scripts, not a service worker), shows the summary in a sidebar instead
// of the side panel, and needs a gecko id. Used by scripts/package.sh and
// scripts/build-extension.sh, so the shipped and the tested Firefox builds cannot drift.
//
//   node scripts/firefox-manifest.mjs FROM TO [HOST_PERMISSION...]
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Firefox manifest for the Chrome manifest `m` (not modified). */
export function firefoxManifest(chrome) {
  const m = structuredClone(chrome);
  m.background = { scripts: [m.background.service_worker], type: m.background.type };
  delete m.side_panel;
  m.sidebar_action = {
    default_panel: 'panel.html',
    default_title: m.name,
    default_icon: m.action.default_icon,
    open_at_install: false,
  };
  m.permissions = m.permissions.filter((p) => p !== 'sidePanel');
  delete m.minimum_chrome_version;
  m.browser_specific_settings = {
    gecko: {
      id: 'briefly@briefly.invalid',
      // 140 (an ESR): MV3, module background scripts, storage.session, the CSS Custom
      // Highlight API, and the data-collection declaration below.
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return m;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [from, to, ...hosts] = process.argv.slice(2);
  const m = firefoxManifest(JSON.parse(fs.readFileSync(from, 'utf8')));
  if (hosts.length) m.host_permissions = hosts;
  fs.writeFileSync(to, JSON.stringify(m, null, 2) + '\n');
}
