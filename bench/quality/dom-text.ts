/**
 * The DOM side of the bench: plain Readability and the text of DOM trees.
 * Both extractor columns build their text with the SAME function (the core's
 * articleText: one paragraph per block, blank line between paragraphs), so
 * the columns differ only in what each extractor kept.
 */
import { Readability } from '@mozilla/readability';
import { articleText } from '../../src/core/result/article-text.js';
import { isBlock } from '../../src/core/text.js';

export interface PlainResult {
  ok: boolean;
  text: string;
  title: string;
  reason?: string;
}

/**
 * Plain Readability: `new Readability(doc.cloneNode(true)).parse()` with its
 * default options. The serializer hands back the article element instead of
 * its innerHTML, which only saves re-parsing the HTML; what is extracted is
 * the same.
 */
export function plainReadability(doc: Document): PlainResult {
  try {
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
    if (!parsed?.content) return { ok: false, text: '', title: '', reason: 'no article found' };
    const text = articleText(parsed.content);
    return text ? { ok: true, text, title: parsed.title ?? '' } : { ok: false, text: '', title: '', reason: 'empty text' };
  } catch (err) {
    return { ok: false, text: '', title: '', reason: `threw: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Paragraphs of an HTML fragment (e.g. Readability's expected.html), built like the output text. */
export function htmlParagraphs(html: string, win: Window & typeof globalThis): string[] {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  return articleText(doc.body).split('\n').map((l) => l.trim()).filter(Boolean);
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'svg', 'SVG', 'math', 'MATH']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * The page's visible text as one collapsed string: body text without
 * script/style/noscript/template, and without elements hidden by the
 * `hidden` attribute or an inline display:none / visibility:hidden.
 * Blocks are separated by a space, as the output text separates them.
 */
export function visibleText(doc: Document): string {
  const parts: string[] = [];
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) continue;
        const style = el.getAttribute('style');
        if (style && HIDDEN_STYLE.test(style)) continue;
        if (el.tagName === 'BR') { parts.push(' '); continue; }
        // Blocks are split where the output text splits them; inline runs stay joined.
        const block = isBlock(el);
        if (block) parts.push(' ');
        walk(el);
        if (block) parts.push(' ');
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

