import { browser, type Runtime } from '../platform/browser.js';
import { isBackgroundRequest, readerTabPath } from '../platform/messages.js';
import { askTab, activeTab } from '../platform/tabs.js';
import { restrictedKind } from '../platform/restricted.js';

declare const __SIFT_TEST__: boolean;
declare const __SIFT_BROWSER__: 'chrome' | 'firefox';

/**
 * Firefox's action has no popup, so its click lands here and toggles the
 * overlay in the page. Chrome's click opens popup.html and never fires this.
 * The keyboard command toggles the overlay in both browsers.
 */
async function toggleOverlay(tab: { id?: number; url?: string }): Promise<void> {
  if (tab.id === undefined) return;
  if (restrictedKind(tab.url)) {
    showRestricted(tab.id);
    return;
  }
  try {
    await askTab(tab.id, { type: 'sift:overlay', action: 'toggle' });
  } catch {
    // The page refused the script (a restricted page the URL check missed).
    showRestricted(tab.id);
  }
}

/**
 * A page the overlay cannot reach still gets an answer: the popup, which
 * explains why. Firefox lets a click handler open the popup; setPopup is not
 * awaited so that openPopup runs inside the click's user action.
 */
function showRestricted(tabId: number): void {
  if (__SIFT_BROWSER__ !== 'firefox') return; // Chrome's click already opened the popup.
  try {
    void browser.action.setPopup({ tabId, popup: 'popup.html' });
    void browser.action.openPopup().catch(() => {}).finally(() => {
      void browser.action.setPopup({ tabId, popup: '' }).catch(() => {});
    });
  } catch {
    // No popup either: nothing more to show.
  }
}

browser.action.onClicked.addListener((tab) => { void toggleOverlay(tab); });

browser.commands?.onCommand.addListener((command) => {
  if (command !== 'toggle-overlay') return;
  void activeTab().then((tab) => tab && toggleOverlay(tab));
});

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!isBackgroundRequest(msg) || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
  // The overlay's "open in a tab" and "print": a reader tab beside the page it reads.
  return browser.tabs.create({
    url: browser.runtime.getURL(readerTabPath(sender.tab.id, msg.print)),
    index: sender.tab.index + 1,
    openerTabId: sender.tab.id,
  }).then(() => ({ ok: true }));
});

if (__SIFT_TEST__) {
  // Test builds only: a test cannot click the toolbar button, so loading a
  // localhost page whose fragment is #sift-open-overlay stands in for the click.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url?.endsWith('#sift-open-overlay')) {
      void toggleOverlay({ id: tabId, url: tab.url });
    }
  });
}
