import { readPage } from '../core/index.js';
import type { ReadResult } from '../core/types.js';
import { browser } from '../platform/browser.js';
import { copyText } from '../platform/clipboard.js';
import { isContentRequest, type BackgroundRequest, type ContentRequest } from '../platform/messages.js';
import { loadSettings, saveSettings, watchDarkScheme, watchSettings } from '../platform/settings-store.js';
import { message, uiLocale } from '../platform/tabs.js';
import { renderReader, type ReaderHost } from '../reader/render.js';
import type { Settings } from '../reader/settings.js';
import { Overlay } from './overlay.js';

/**
 * Injected on click only, and evaluated once per tab: a later click wakes this
 * instance (platform/tabs.ts) instead of loading it again. It listens only
 * while it has work: the message listener goes once a reply is sent and the
 * overlay is closed; the overlay's own listeners go when it closes.
 */
declare global {
  // eslint-disable-next-line no-var
  var __siftReader: { wake(): void } | undefined;
}

function read(force = false): ReadResult {
  // keepRemoved: the reader can show what the cleanup took out back in place.
  return readPage(document, { url: location.href, force, window, keepRemoved: true });
}

let stopWatching: Array<() => void> = [];
const overlay = new Overlay(document, () => {
  for (const stop of stopWatching) stop();
  stopWatching = [];
  // Closed by Esc or its button, with no message in flight: nothing left to listen for.
  queueMicrotask(sleepWhenIdle);
});

function askBackground(msg: BackgroundRequest): void {
  browser.runtime.sendMessage(msg).catch(() => {});
}

async function openOverlay(force: boolean): Promise<void> {
  let settings: Settings = await loadSettings();
  const scheme = watchDarkScheme(window, (dark) => overlay.current?.applySettings(settings, dark));
  const host = (): ReaderHost => ({
    t: message,
    ui: uiLocale(),
    mode: 'overlay',
    settings,
    get prefersDark() { return scheme.dark; },
    saveSettings: (next) => {
      settings = next;
      saveSettings(next);
    },
    actions: {
      close: () => overlay.close(),
      copy: (text) => copyText(text, document, overlay.root ?? document.body),
      openTab: () => askBackground({ type: 'sift:open-tab' }),
      print: () => askBackground({ type: 'sift:open-tab', print: true }),
      showAnyway: () => overlay.replace((doc) => renderReader(doc, read(true), host())),
    },
  });
  const result = read(force);
  overlay.open((doc) => renderReader(doc, result, host()), result.ok ? result.title : message('extName'));
  stopWatching = [scheme.stop, watchSettings((next) => {
    settings = next;
    overlay.current?.applySettings(next, scheme.dark);
  })];
}

async function handle(msg: ContentRequest): Promise<unknown> {
  if (msg.type === 'sift:read') return read(msg.force);
  const wantOpen = msg.action === 'open' || (msg.action === 'toggle' && !overlay.isOpen);
  if (wantOpen && !overlay.isOpen) await openOverlay(msg.force ?? false);
  else if (!wantOpen) overlay.close();
  return { open: overlay.isOpen };
}

function onMessage(msg: unknown): Promise<unknown> | undefined {
  if (!isContentRequest(msg)) return undefined;
  // Never throw into the page; the popup shows the failure instead.
  return handle(msg)
    .catch((err: unknown) => ({ ok: false, code: 'error', reason: String(err), url: location.href }))
    .finally(() => setTimeout(sleepWhenIdle, 0)); // after the reply has gone
}

/** Stop listening once nothing needs us: no overlay open. The next click wakes us again. */
function sleepWhenIdle(): void {
  if (!overlay.isOpen) browser.runtime.onMessage.removeListener(onMessage);
}

function wake(): void {
  if (!browser.runtime.onMessage.hasListener(onMessage)) browser.runtime.onMessage.addListener(onMessage);
}

if (!globalThis.__siftReader) {
  globalThis.__siftReader = { wake };
  wake();
}
