import { browser } from './browser.js';
import type { ContentReplies, ContentRequest } from './messages.js';

/**
 * Inject the content script on demand (activeTab + scripting, no standing
 * content script). The script guards itself, so a second click reuses it.
 */
/** Runs in the tab: wakes the reader if this tab has it already (see src/content/index.ts). */
function wakeReader(): boolean {
  const reader = (globalThis as { __siftReader?: { wake(): void } }).__siftReader;
  reader?.wake();
  return reader !== undefined;
}

/** Runs in the tab: is the overlay's view (overlay.js) there already? */
function hasOverlay(): boolean {
  return (globalThis as { __siftOverlay?: unknown }).__siftOverlay !== undefined;
}

/** The overlay needs its view beside the engine; injected once, on the first overlay request. */
async function ensureOverlay(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: hasOverlay });
  if (probe?.result !== true) await browser.scripting.executeScript({ target: { tabId }, files: ['overlay.js'] });
}

export async function ensureContentScript(tabId: number): Promise<void> {
  // Evaluated once per tab: a later click only wakes the instance already there
  // (both run in the extension's isolated world, so they share its globals).
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: wakeReader,
  });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

export async function askTab<T extends ContentRequest>(tabId: number, msg: T): Promise<ContentReplies[T['type']]> {
  await ensureContentScript(tabId);
  if (msg.type === 'sift:overlay') await ensureOverlay(tabId);
  return (await browser.tabs.sendMessage(tabId, msg)) as ContentReplies[T['type']];
}

export async function activeTab(): Promise<{ id: number; url?: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export function message(name: string, subs?: string | string[]): string {
  return browser.i18n.getMessage(name, subs) || name;
}

/** The browser's interface language and direction, for the reader's own strings. */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: browser.i18n.getUILanguage(), dir: browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr' };
}
