// Background: wires the toolbar button, the keyboard shortcut and the context menu to the
// summary view. It never reads pages itself; the panel does, with the reader's permission.
import { webext, sessionArea, openPanel } from './webext.js';

const MENU_ID = 'summarise-selection';

// The toolbar button opens the panel on the current tab. It is handled here rather than with
// Chrome's sidePanel.setPanelBehavior({ openPanelOnActionClick: true }), because a click
// handled that way does not count as invoking the extension on the page, so it grants no
// activeTab and the panel could not read the page it was opened for. Explicitly false: the
// behaviour persists across updates of the extension.
webext.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false })?.catch?.(() => {});

async function createMenu() {
  // removeAll first: Firefox keeps menus across restarts of the background page and Chrome
  // rejects a duplicate id. Promise-based in both (older Chrome returns nothing; calls still
  // run in order).
  try {
    await webext.contextMenus.removeAll();
  } catch {
    // Nothing to remove.
  }
  webext.contextMenus.create({ id: MENU_ID, title: 'Summarise selection', contexts: ['selection'] }, () => {
    void webext.runtime.lastError;
  });
}

webext.runtime.onInstalled.addListener(createMenu);
webext.runtime.onStartup?.addListener(createMenu);

/**
 * Asks the panel to summarise `tab` and opens it. The panel may already be open or may still
 * be loading: it picks the request up either way (on start-up or through storage.onChanged)
 * and removes it. The user's action (menu click, shortcut) is what grants access to the tab.
 */
function summariseInPanel(tab, source) {
  if (!tab || tab.id === undefined || tab.id < 0) return;
  sessionArea.set({ request: { tabId: tab.id, windowId: tab.windowId, source, at: Date.now() } });
  // Opened in the same task, while the event still counts as a user action.
  openPanel(tab)?.catch?.(() => {});
}

webext.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) summariseInPanel(tab, 'selection');
});

webext.action.onClicked.addListener((tab) => summariseInPanel(tab, 'auto'));

// The keyboard shortcut (Alt+Shift+S by default).
webext.commands?.onCommand.addListener((command, tab) => {
  if (command === 'summarise-page') summariseInPanel(tab, 'auto');
});
