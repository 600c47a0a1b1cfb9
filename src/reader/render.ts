import type { Article, ReadResult } from '../core/types.js';
import { button, el, uid, uiText, type UiLocale } from './dom.js';
import type { MessageKey, Translate } from './i18n.js';
import { icon, type IconName } from './icons.js';
import { quotesPanel } from './quotes-panel.js';
import { removedPanel } from './removed-panel.js';
import { applySettings, DEFAULT_SETTINGS, type Settings } from './settings.js';
import { settingsPanel } from './settings-panel.js';
import { ReadAloud } from './speech.js';

/** Where the reader is shown; decides which actions make sense (a tab has no "open in a tab"). */
export type ReaderMode = 'popup' | 'overlay' | 'tab' | 'static';

/** What the host (popup page, overlay, CLI preview) lets the reader do; a missing action shows no button. */
export interface ReaderActions {
  copy?(markdown: string): Promise<boolean>;
  openTab?(): void;
  openOverlay?(): void;
  print?(): void;
  close?(): void;
  showAnyway?(): void;
}

export interface ReaderHost {
  t: Translate;
  /** Language and direction of the interface (not of the article); default English, left to right. */
  ui?: UiLocale;
  mode: ReaderMode;
  settings: Settings;
  prefersDark: boolean;
  /**
   * Sanitizes the article HTML into a fragment of the view's document. The
   * article comes from a hostile page: the popup and the CLI run DOMPurify
   * again here, the overlay uses the engine's DOMPurify beside it in the tab.
   */
  sanitize(html: string): DocumentFragment;
  /** Called with every settings change; the host stores it (and the view applies it at once). */
  saveSettings?(next: Settings): void;
  actions?: ReaderActions;
}

export interface ReaderView {
  root: HTMLElement;
  /** Settings changed elsewhere (another view, the system colour scheme). */
  applySettings(settings: Settings, prefersDark: boolean): void;
  /** Stops what runs on (speech); call before throwing the view away. */
  destroy(): void;
}

const REASON_KEY: Record<Exclude<ReadResult, Article>['code'], MessageKey> = {
  'not-article': 'notArticle', empty: 'emptyPage', 'too-large': 'tooLarge', error: 'failed',
};

function iconButton(doc: Document, cls: string, name: IconName, label: string, onClick: () => void): HTMLButtonElement {
  const b = button(doc, `sift-btn ${cls}`, label, onClick);
  b.append(icon(doc, name));
  return b;
}

/** Left/right arrows move along the toolbar, as a toolbar's ARIA pattern expects; Tab still reaches every button. */
function arrowKeys(bar: HTMLElement): void {
  bar.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const items = [...bar.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    const i = items.findIndex((b) => b.matches(':focus'));
    if (i < 0) return;
    const rtl = bar.closest('[dir="rtl"]') !== null;
    const step = (e.key === 'ArrowRight') !== rtl ? 1 : -1;
    items[(i + step + items.length) % items.length]!.focus();
    e.preventDefault();
  });
}

function newRoot(doc: Document, host: ReaderHost): HTMLElement {
  const root = el(doc, 'div', `sift-root sift-mode-${host.mode}`);
  // The interface keeps its own language and direction whatever the page's (the overlay inherits the page's dir).
  root.lang = host.ui?.lang ?? 'en';
  root.dir = host.ui?.dir ?? 'ltr';
  applySettings(root, host.settings, host.prefersDark);
  return root;
}

/** A message instead of an article (not an article, restricted page, failure), with an optional way on. */
export function renderMessage(doc: Document, text: string, host: ReaderHost,
  action?: { label: string; run(): void }): ReaderView {
  const root = newRoot(doc, host);
  const box = el(doc, 'div', 'sift-message-box');
  box.setAttribute('role', 'alert');
  box.append(el(doc, 'p', 'sift-message', text));
  if (action) {
    const b = el(doc, 'button', 'sift-message-action', action.label);
    b.type = 'button';
    b.addEventListener('click', () => action.run());
    box.append(b);
  }
  if (host.actions?.close) root.append(iconButton(doc, 'sift-close sift-close-floating', 'close', host.t('close'), host.actions.close));
  root.append(box);
  return { root, applySettings: (s, dark) => applySettings(root, s, dark), destroy() {} };
}

/**
 * The reader view of one result, built with DOM calls in `doc`: popup, overlay,
 * reader tab and the CLI's preview all call this. The article HTML is
 * sanitized again here (host.sanitize): whatever page produced it is not trusted.
 */
export function renderReader(doc: Document, result: ReadResult, host: ReaderHost): ReaderView {
  const { t } = host;
  if (!result.ok) {
    const anyway = result.code === 'not-article' && host.actions?.showAnyway;
    return renderMessage(doc, t(REASON_KEY[result.code]), host,
      anyway ? { label: t('showAnyway'), run: host.actions!.showAnyway! } : undefined);
  }
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('renderReader needs a document with a window');
  const root = newRoot(doc, host);
  let settings = host.settings;
  let dark = host.prefersDark;

  const body = el(doc, 'div', 'sift-body');
  body.append(host.sanitize(result.html));
  // The sanitizer drops ids, so a #fragment link has no target in the reader; in the
  // overlay it would navigate the page underneath (its URL, history and hash routes).
  body.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.('a[href^="#"]');
    if (link) e.preventDefault();
  });

  const wrap = el(doc, 'article', 'sift-article-wrap');
  if (result.lang) wrap.lang = result.lang;
  wrap.dir = result.dir || 'auto';
  if (result.siteName) wrap.append(el(doc, 'p', 'sift-site', result.siteName));
  wrap.append(el(doc, 'h1', 'sift-title', result.title));
  const meta = el(doc, 'p', 'sift-meta');
  for (const part of [result.byline, formatDate(result.publishedTime, result.lang)]) {
    if (part) meta.append(el(doc, 'span', '', part));
  }
  meta.append(uiText(el(doc, 'span', '', t('minRead', String(result.stats.readingMinutes))), host.ui));
  wrap.append(meta);
  // Said in the interface's language: the text below is the page's own summary, not its article.
  if (result.summaryOnly) wrap.append(uiText(el(doc, 'p', 'sift-note', t('summaryOnly')), host.ui));
  const removed = removedPanel(doc, result, body, t, host.ui);
  if (removed) wrap.append(removed);
  const quotes = quotesPanel(doc, result, body, t, host.ui);
  if (quotes) wrap.append(quotes);
  wrap.append(body);

  const status = el(doc, 'p', 'sift-status');
  status.setAttribute('role', 'status');
  const say = (text: string) => {
    status.textContent = text;
    win.setTimeout(() => { if (status.textContent === text) status.textContent = ''; }, 2500);
  };

  let panel: ReturnType<typeof settingsPanel> | null = null;
  if (host.saveSettings) {
    panel = settingsPanel(doc, t, settings, (next) => {
      settings = next;
      applySettings(root, next, dark);
      host.saveSettings!(next);
    });
    panel.element.id = uid('settings');
    panel.element.hidden = true;
  }
  const speech = ReadAloud.available(win) && host.mode !== 'static' ? new ReadAloud(body, result.lang) : null;
  // "Copy as Markdown" copies what the reader shows: the sanitized body, not the HTML it was sent.
  const shown: Article = { ...result, get html() { return body.innerHTML; } };
  const bar = toolbar(doc, host, { article: shown, panel: panel?.element ?? null, speech, settings: () => settings, say });
  if (bar.childElementCount) root.append(bar);
  if (panel) root.append(panel.element);
  root.append(status, wrap);
  return {
    root,
    applySettings(next, prefersDark) {
      settings = next;
      dark = prefersDark;
      applySettings(root, next, prefersDark);
      panel?.show(next);
    },
    destroy: () => speech?.stop(),
  };
}

interface ToolbarParts {
  article: Article;
  panel: HTMLElement | null;
  speech: ReadAloud | null;
  settings(): Settings;
  say(text: string): void;
}

function toolbar(doc: Document, host: ReaderHost, parts: ToolbarParts): HTMLElement {
  const { t, actions = {} } = host;
  const bar = el(doc, 'div', 'sift-bar');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t('toolbar'));
  arrowKeys(bar);
  if (actions.close) bar.append(iconButton(doc, 'sift-close', 'close', t('close'), actions.close));
  const { panel, speech } = parts;
  if (panel) {
    const b = iconButton(doc, 'sift-settings-button', 'settings', t('settings'), () => {
      panel.hidden = !panel.hidden;
      b.setAttribute('aria-expanded', String(!panel.hidden));
    });
    b.setAttribute('aria-expanded', 'false');
    b.setAttribute('aria-controls', panel.id);
    bar.append(b);
  }
  const { copy } = actions;
  if (copy) {
    bar.append(iconButton(doc, 'sift-copy', 'copy', t('copyMarkdown'), () => {
      // Turndown loads on the first copy only: the popup opens without it.
      void import('./markdown.js')
        .then(({ toMarkdown }) => copy(toMarkdown(parts.article, { highlights: parts.settings().highlights, quotesHeading: t('keyQuotes'), summaryNote: t('summaryOnly') })))
        .catch(() => false)
        .then((ok) => parts.say(t(ok ? 'copied' : 'copyFailed')));
    }));
  }
  if (actions.openOverlay) bar.append(iconButton(doc, 'sift-overlay', 'overlay', t('openOverlay'), actions.openOverlay));
  if (actions.openTab) bar.append(iconButton(doc, 'sift-open-tab', 'tab', t('openTab'), actions.openTab));
  if (actions.print) bar.append(iconButton(doc, 'sift-print', 'print', t('print'), actions.print));
  if (speech) {
    const b = iconButton(doc, 'sift-speak', 'speak', t('readAloud'), () => {
      if (speech.speaking) speech.stop();
      else speech.start();
    });
    b.setAttribute('aria-pressed', 'false');
    speech.onChange = (speaking) => {
      b.setAttribute('aria-pressed', String(speaking));
      const label = t(speaking ? 'stopReading' : 'readAloud');
      b.setAttribute('aria-label', label);
      b.title = label;
      b.replaceChildren(icon(doc, speaking ? 'stop' : 'speak'));
    };
    bar.append(b);
  }
  return bar;
}

function formatDate(iso: string, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  try {
    return d.toLocaleDateString(lang || undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return d.toISOString().slice(0, 10);
  }
}
