import { sanitizeToFragment } from '../core/result/sanitize.js';
import type { ReadResult } from '../core/types.js';
import { browser } from '../platform/browser.js';
import { copyText } from '../platform/clipboard.js';
import { readerTabPath } from '../platform/messages.js';
import { restrictedKind } from '../platform/restricted.js';
import { loadSettings, saveSettings, watchDarkScheme, watchSettings } from '../platform/settings-store.js';
import { activeTab, askTab, message, uiLocale } from '../platform/tabs.js';
import type { MessageKey } from '../reader/i18n.js';
import { renderMessage, renderReader, type ReaderHost, type ReaderMode, type ReaderView } from '../reader/render.js';
import { resolvedTheme, type Settings } from '../reader/settings.js';
import { READER_CSS } from '../reader/styles.js';

/**
 * The reader page. As Chrome's toolbar popup it reads the active tab; opened
 * as popup.html?tab=<id>&view=tab ("open in a tab", print) it reads that tab.
 */
const app = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const mode: ReaderMode = params.get('view') === 'tab' ? 'tab' : 'popup';
document.body.dataset.mode = mode;

let settings: Settings;
let view: ReaderView | null = null;
const scheme = watchDarkScheme(window, (dark) => {
  paintPage();
  view?.applySettings(settings, dark);
});

/** The page behind the reader takes its theme, so no white band shows beside the scrollbar. */
function paintPage(): void {
  document.documentElement.dataset.theme = resolvedTheme(settings.theme, scheme.dark);
}

function mount(next: ReaderView, state: string): void {
  view?.destroy();
  view = next;
  app.replaceChildren(next.root);
  app.setAttribute('aria-busy', 'false');
  document.body.dataset.state = state;
  // The frame after next is painted: bench:ui reads this mark to time click-to-article.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('sift:painted')));
}

function host(tab: { id: number } | null): ReaderHost {
  const openTab = (print: boolean) => {
    if (!tab) return;
    void browser.tabs.create({ url: browser.runtime.getURL(readerTabPath(tab.id, print)) }).then(() => {
      if (mode === 'popup') window.close();
    });
  };
  return {
    t: message,
    ui: uiLocale(),
    mode,
    settings,
    get prefersDark() { return scheme.dark; },
    sanitize: (html) => sanitizeToFragment(html, window),
    saveSettings: (next) => {
      settings = next;
      paintPage();
      saveSettings(next);
    },
    actions: {
      copy: (text) => copyText(text, document),
      ...(mode === 'popup' && tab ? {
        openTab: () => openTab(false),
        openOverlay: () => {
          void askTab(tab.id, { type: 'sift:overlay', action: 'open' }).finally(() => window.close());
        },
      } : {}),
      print: mode === 'tab' ? () => window.print() : () => openTab(true),
      showAnyway: () => { if (tab) void read(tab, true); },
    },
  };
}

function showMessage(key: MessageKey, state: string): void {
  mount(renderMessage(document, message(key), host(null)), state);
}

function show(result: ReadResult, tab: { id: number }): void {
  mount(renderReader(document, result, host(tab)), result.ok ? 'article' : result.code);
  if (result.ok) {
    document.title = result.title;
    if (result.lang) document.documentElement.lang = result.lang;
  }
}

async function read(tab: { id: number }, force = false): Promise<void> {
  // body[data-state] is set only once something final is on screen (tests wait for it).
  delete document.body.dataset.state;
  app.setAttribute('aria-busy', 'true');
  let result: ReadResult;
  try {
    performance.mark('sift:asking'); // bench:ui splits the popup's time at these marks
    result = await askTab(tab.id, { type: 'sift:read', force });
    performance.mark('sift:answered');
  } catch {
    // executeScript refuses pages the browser keeps from extensions; a reader tab's source may be gone.
    showMessage(mode === 'tab' ? 'pageChanged' : 'restricted', 'restricted');
    return;
  }
  show(result, tab);
  if (result.ok && params.get('print') === '1') {
    // Print once the article is laid out (images may still arrive; they are lazy anyway).
    requestAnimationFrame(() => setTimeout(() => window.print(), 50));
  }
}

const RESTRICTED_MESSAGE: Record<NonNullable<ReturnType<typeof restrictedKind>>, MessageKey> = {
  'browser-page': 'restricted', store: 'restrictedStore', pdf: 'restrictedPdf',
};

async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const id = Number(params.get('tab'));
  if (Number.isInteger(id) && id > 0) {
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url };
    } catch {
      return null;
    }
  }
  return activeTab();
}

/** Which tab to read, or the message that says why not. */
async function readableTab(): Promise<{ id: number } | MessageKey> {
  const tab = await targetTab();
  if (!tab) return mode === 'tab' ? 'pageChanged' : 'restricted';
  const kind = restrictedKind(tab.url);
  if (kind) return RESTRICTED_MESSAGE[kind];
  if (tab.url?.startsWith('file:') && !(await browser.extension.isAllowedFileSchemeAccess())) return 'restrictedFile';
  return tab;
}

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.getElementById('loading')!.textContent = message('loading');
  // Settings and the tab are looked up at the same time: the reader waits for neither twice.
  const [stored, tab] = await Promise.all([loadSettings(), readableTab()]);
  settings = stored;
  paintPage();
  watchSettings((next) => {
    settings = next;
    paintPage();
    view?.applySettings(next, scheme.dark);
  });
  if (typeof tab === 'string') showMessage(tab, 'restricted');
  else await read(tab);
}

main().catch(() => showMessage('failed', 'error'));
