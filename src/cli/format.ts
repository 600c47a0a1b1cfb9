import { JSDOM } from 'jsdom';
import type { Article, ReadResult } from '../core/types.js';
import { renderReader } from '../reader/render.js';
import { READER_CSS } from '../reader/styles.js';
import { toMarkdown } from '../reader/markdown.js';
import { sanitizeToFragment } from '../core/result/sanitize.js';
import { translator } from '../reader/i18n.js';
import { DEFAULT_SETTINGS } from '../reader/settings.js';
import englishMessages from '../_locales/en/messages.json' with { type: 'json' };

/** The preview is written in English: a saved page has no browser locale to follow. */
const ENGLISH = translator(englishMessages);

export { keyQuotes, toMarkdown } from '../reader/markdown.js';

export const FORMATS = ['markdown', 'html', 'text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export function toText(a: Article): string {
  return `${a.title}\n\n${a.text}\n`;
}

/** A standalone page of the reader view: our stylesheet, the sanitized article, no script at all. */
export function toPreviewHtml(result: ReadResult): string {
  const dom = new JSDOM('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  try {
    const { document } = dom.window;
    const csp = document.createElement('meta');
    csp.httpEquiv = 'Content-Security-Policy';
    csp.content = "default-src 'none'; img-src https: http: data:; media-src https: http:; style-src 'unsafe-inline'";
    document.head.append(csp);
    const title = document.createElement('title');
    title.textContent = result.ok ? result.title : 'Sift Reader';
    const style = document.createElement('style');
    style.textContent = `${READER_CSS}\nbody { margin: 0; }`;
    document.head.append(title, style);
    if (result.ok && result.lang) document.documentElement.lang = result.lang;
    document.body.append(renderReader(document, result, {
      t: ENGLISH, mode: 'static', settings: { ...DEFAULT_SETTINGS, theme: 'light' }, prefersDark: false,
      sanitize: (html) => sanitizeToFragment(html, dom.window as unknown as Window & typeof globalThis),
    }).root);
    return dom.serialize();
  } finally {
    dom.window.close();
  }
}

/** One JSON Lines record; `file` first so a reader of the stream sees which page it is. */
export function toJsonLine(file: string, result: ReadResult): string {
  return JSON.stringify({ file, ...result });
}

export function formatArticle(a: Article, format: Exclude<Format, 'json'>): string {
  switch (format) {
    case 'markdown': return toMarkdown(a);
    case 'text': return toText(a);
    case 'html': return toPreviewHtml(a);
  }
}
