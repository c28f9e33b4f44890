// The one place that touches the browser's extension API, so the rest of the code runs unchanged
// in Chrome (`chrome.*`, side panel) and Firefox (`browser.*`, sidebar).

/** The extension API namespace: Firefox's promise-based `browser`, else Chrome's `chrome`. */
export const webext = globalThis.browser ?? globalThis.chrome;

/** True in Chrome-like browsers, where the summary lives in a side panel. */
export const hasSidePanel = Boolean(webext?.sidePanel);

/** True in Firefox, where the summary lives in a sidebar. */
export const hasSidebar = Boolean(webext?.sidebarAction);

/**
 * Storage that lives as long as the browser session. `storage.session` is missing in old
 * Firefox releases; `storage.local` is the fallback (requests are consumed when read anyway).
 */
export const sessionArea = webext?.storage?.session ?? webext?.storage?.local;

/** Runs `details` (`{ files }` or `{ func, args }`) in the tab's top frame; resolves to the result. */
export async function runInTab(tabId, details) {
  const results = await webext.scripting.executeScript({ target: { tabId }, ...details });
  return results?.[0]?.result;
}

/** Adds a style sheet to the tab's top frame. */
export function insertCss(tabId, css) {
  return webext.scripting.insertCSS({ target: { tabId }, css });
}

/** Removes a style sheet added by `insertCss` (same text). */
export function removeCss(tabId, css) {
  return webext.scripting.removeCSS({ target: { tabId }, css });
}

/**
 * Opens the summary view next to `tab`. Must be called synchronously from a user action
 * (a click or a menu item), or the browser refuses.
 */
export function openPanel(tab) {
  if (webext.sidePanel?.open) return webext.sidePanel.open({ tabId: tab.id });
  if (webext.sidebarAction?.open) return webext.sidebarAction.open();
  return Promise.resolve();
}
