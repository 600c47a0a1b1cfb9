import { sanitizeToFragment } from '../core/sanitize.js';
import type { ReadResult } from '../core/types.js';

export interface RenderSettings {
  theme: 'light' | 'dark';
}

export const DEFAULT_SETTINGS: RenderSettings = { theme: 'light' };

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string) {
  const node = doc.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The reader view for one result, built with DOM calls in `doc`. The article
 * HTML is sanitized again here: whatever page produced it is not trusted.
 */
export function renderReader(doc: Document, result: ReadResult, settings: RenderSettings = DEFAULT_SETTINGS): HTMLElement {
  const root = el(doc, 'div', 'sift-root');
  root.dataset.theme = settings.theme;
  if (!result.ok) {
    root.append(el(doc, 'p', 'sift-message', result.reason));
    return root;
  }
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) throw new Error('renderReader needs a document with a window');
  const wrap = el(doc, 'article', 'sift-article-wrap');
  if (result.lang) wrap.lang = result.lang;
  if (result.dir) wrap.dir = result.dir;
  if (result.siteName) wrap.append(el(doc, 'p', 'sift-site', result.siteName));
  wrap.append(el(doc, 'h1', 'sift-title', result.title));
  const meta = el(doc, 'p', 'sift-meta');
  for (const part of [result.byline, formatDate(result.publishedTime, result.lang),
    `${result.stats.readingMinutes} min read`]) {
    if (part) meta.append(el(doc, 'span', '', part));
  }
  wrap.append(meta);
  const body = el(doc, 'div', 'sift-body');
  body.append(sanitizeToFragment(result.html, win));
  wrap.append(body);
  root.append(wrap);
  return root;
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
