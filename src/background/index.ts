import { browser } from '../platform/browser.js';
import { askTab } from '../platform/tabs.js';
import { restrictedKind } from '../platform/restricted.js';

declare const __SIFT_TEST__: boolean;

/**
 * Firefox's action has no popup, so its click lands here and toggles the
 * overlay in the page. Chrome's click opens popup.html and never fires this.
 */
async function toggleOverlay(tab: { id?: number; url?: string }): Promise<void> {
  if (tab.id === undefined || restrictedKind(tab.url)) return;
  try {
    await askTab(tab.id, { type: 'sift:overlay', action: 'toggle' });
  } catch {
    // The page refused the script (a restricted page the URL check missed): nothing to show it in.
  }
}

browser.action.onClicked.addListener((tab) => { void toggleOverlay(tab); });

if (__SIFT_TEST__) {
  // Test builds only: a test cannot click the toolbar button, so loading a
  // localhost page whose fragment is #sift-open-overlay stands in for the click.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url?.endsWith('#sift-open-overlay')) {
      void toggleOverlay({ id: tabId, url: tab.url });
    }
  });
}
