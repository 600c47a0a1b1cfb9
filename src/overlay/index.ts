import { sanitizeToFragment } from '../core/result/sanitize.js';
import { browser } from '../platform/browser.js';
import { copyText } from '../platform/clipboard.js';
import type { BackgroundRequest } from '../platform/messages.js';
import { loadSettings, saveSettings, watchDarkScheme, watchSettings } from '../platform/settings-store.js';
import { message, uiLocale } from '../platform/tabs.js';
import { renderReader, type ReaderHost } from '../reader/render.js';
import type { Settings } from '../reader/settings.js';
import type { OverlayUi, ReaderEngine } from '../content/in-tab.js';
import '../content/in-tab.js';
import { Overlay } from './overlay.js';

/**
 * The in-page reader view: injected beside content.js only when the overlay
 * opens (Firefox's click, the Chrome popup's "Read over the page", the
 * keyboard command). It reads through the engine and sanitizes what it shows.
 */
let stopWatching: Array<() => void> = [];
const overlay = new Overlay(document, () => {
  for (const stop of stopWatching) stop();
  stopWatching = [];
  globalThis.__siftReader?.overlayClosed();
});

function askBackground(msg: BackgroundRequest): void {
  browser.runtime.sendMessage(msg).catch(() => {});
}

async function openOverlay(engine: ReaderEngine, force: boolean): Promise<void> {
  let settings: Settings = await loadSettings();
  const scheme = watchDarkScheme(window, (dark) => overlay.current?.applySettings(settings, dark));
  const host = (): ReaderHost => ({
    t: message,
    ui: uiLocale(),
    mode: 'overlay',
    settings,
    get prefersDark() { return scheme.dark; },
    sanitize: (html) => sanitizeToFragment(html, window),
    saveSettings: (next) => {
      settings = next;
      saveSettings(next);
    },
    actions: {
      close: () => overlay.close(),
      copy: (text) => copyText(text, document, overlay.root ?? document.body),
      openTab: () => askBackground({ type: 'sift:open-tab' }),
      print: () => askBackground({ type: 'sift:open-tab', print: true }),
      showAnyway: () => overlay.replace((doc) => renderReader(doc, engine.read(true), host())),
    },
  });
  const result = engine.read(force);
  overlay.open((doc) => renderReader(doc, result, host()), result.ok ? result.title : message('extName'));
  stopWatching = [scheme.stop, watchSettings((next) => {
    settings = next;
    overlay.current?.applySettings(next, scheme.dark);
  })];
}

const ui: OverlayUi = {
  get isOpen() { return overlay.isOpen; },
  async handle(action, force) {
    const engine = globalThis.__siftReader;
    const wantOpen = action === 'open' || (action === 'toggle' && !overlay.isOpen);
    if (wantOpen && !overlay.isOpen && engine) await openOverlay(engine, force);
    else if (!wantOpen) overlay.close();
    return { open: overlay.isOpen };
  },
};

globalThis.__siftOverlay ??= ui;
