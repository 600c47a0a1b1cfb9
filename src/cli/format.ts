import TurndownService from 'turndown';
import { JSDOM } from 'jsdom';
import type { Article, ReadResult } from '../core/types.js';
import { renderReader } from '../reader/render.js';
import { READER_CSS } from '../reader/styles.js';

export const FORMATS = ['markdown', 'html', 'text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', emDelimiter: '*' });
// Highlights read as ==marked== text, the common Markdown extension for <mark>.
turndown.addRule('highlight', {
  filter: (node) => node.nodeName === 'MARK' && node.hasAttribute('data-sift-highlight'),
  replacement: (content) => (content.trim() ? `==${content}==` : content),
});

/** "Key quotes": each highlight once, quotes with their speaker. */
export function keyQuotes(a: Article): string {
  if (!a.highlights.length) return '';
  const items = a.highlights.map((h) => {
    const who = h.speaker ? ` — ${h.speaker}` : '';
    return `- ${h.kind === 'quote' ? `“${h.text.replace(/^["“”„«»‚‘’「」\s]+|["“”„«»‚‘’「」\s]+$/g, '')}”` : h.text}${who}`;
  });
  return `## Key quotes\n\n${items.join('\n')}`;
}

export function toMarkdown(a: Article): string {
  const head = [`# ${a.title}`];
  const meta = [a.byline, a.siteName].filter(Boolean).join(' · ');
  if (meta) head.push(`*${meta}*`);
  if (a.url) head.push(`Source: <${a.url}>`);
  const quotes = keyQuotes(a);
  if (quotes) head.push(quotes);
  return `${head.join('\n\n')}\n\n${turndown.turndown(a.html).trim()}\n`;
}

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
    document.body.append(renderReader(document, result));
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
