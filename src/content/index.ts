import { readPage } from '../core/index.js';
import type { ReadResult } from '../core/types.js';
import { browser } from '../platform/browser.js';
import { isContentRequest, type ContentRequest } from '../platform/messages.js';
import { Overlay } from './overlay.js';

/**
 * Injected on click only. It guards itself so that a second click reuses the
 * instance already in the tab instead of stacking listeners.
 */
declare global {
  // eslint-disable-next-line no-var
  var __siftReaderLoaded: boolean | undefined;
}

function prefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function read(force = false): ReadResult {
  return readPage(document, { url: location.href, force, window });
}

let overlay: Overlay | null = null;

function handle(msg: ContentRequest): unknown {
  if (msg.type === 'sift:read') return read(msg.force);
  overlay ??= new Overlay(document, browser.i18n.getMessage('close') || 'Close');
  const wantOpen = msg.action === 'open' || (msg.action === 'toggle' && !overlay.isOpen);
  if (wantOpen) overlay.open(read(msg.force), prefersDark() ? 'dark' : 'light');
  else overlay.close();
  return { open: overlay.isOpen };
}

if (!globalThis.__siftReaderLoaded) {
  globalThis.__siftReaderLoaded = true;
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (!isContentRequest(msg)) return undefined;
    try {
      return Promise.resolve(handle(msg));
    } catch (err) {
      // Never throw into the page; the popup shows the failure instead.
      return Promise.resolve({ ok: false, code: 'error', reason: String(err), url: location.href });
    }
  });
}
