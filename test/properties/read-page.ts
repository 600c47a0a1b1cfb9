/**
 * Property-based checks of readPage on random and malformed HTML (fast-check).
 * Shared by the unit test (a few hundred cases in `npm test`) and
 * `npm run bench:properties` (10,000 and more).
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { readPage } from '../../src/core/index.js';

const TAGS = ['p', 'div', 'span', 'a', 'article', 'section', 'aside', 'nav', 'header', 'footer', 'main', 'h1', 'h2', 'h3',
  'ul', 'ol', 'li', 'table', 'tr', 'td', 'figure', 'figcaption', 'img', 'blockquote', 'pre', 'em', 'strong', 'mark', 'br',
  'svg', 'math', 'template', 'noscript', 'script', 'style', 'iframe', 'form', 'button', 'select', 'option', 'textarea',
  'frameset', 'frame', 'object', 'video', 'picture', 'source', 'details', 'summary', 'time', 'i', 'b', 'sup', 'body', 'html', 'head'];
const ATTRS = ['class', 'id', 'style', 'hidden', 'href', 'src', 'alt', 'title', 'aria-hidden', 'role', 'data-sift-highlight',
  'data-sift-removed', 'onerror', 'onclick', 'lang', 'dir', 'itemprop', 'srcdoc', 'formaction'];
const WORDS = ['Advertisement', 'info_icon', 'arrow_forward', 'Share', 'Read more', 'said', '“', '”', '"', 'the council',
  'Mayor Elena Ruiz', 'javascript:alert(1)', '<', '>', '&amp;', '&#0;', '\u0000', '\u0007', '\u001b', '\u200b', '\u202e',
  'نص عربي', '日本語の文', 'Straße', '\r\n', '\t', ' ', '.', 'Story continues below advertisement'];

/** Text: words, random unicode and control characters, sometimes long enough to look like prose. */
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.lorem({ maxCount: 6, mode: 'sentences' }),
);

const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom('', 'ad', 'icon material-icons', 'share-bar',
  '0', 'x', 'display:none', 'javascript:alert(1)', 'https://example.org/a.png', 'rtl'), text))
  .map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`);

type Tree = string;
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 6 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), tie('tree'), fc.boolean())
      .map(([tag, attrs, inner, close]) => `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>${inner}${close ? `</${tag}>` : ''}`),
  ),
}));

/** Whole pages: a tree, sometimes in a document skeleton, sometimes cut off mid-tag. */
export const page = fc.tuple(tree, fc.boolean(), fc.nat({ max: 100 })).map(([body, skeleton, cut]) => {
  const html = skeleton ? `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>` : body;
  return cut < 10 ? html.slice(0, Math.floor((html.length * cut) / 10)) : html;
});

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const CODES = new Set(['not-article', 'empty', 'too-large', 'error']);

/** One window for every case: parsing with its DOMParser is far cheaper than a JSDOM per page. */
export function propertyChecker(): { check(html: string, force: boolean): void; close(): void; tally: Record<string, number> } {
  const tally: Record<string, number> = {};
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://example.org/' });
  const win = dom.window as unknown as Window & typeof globalThis;
  return {
    check(html, force) {
      const doc = new win.DOMParser().parseFromString(html, 'text/html');
      const before = doc.documentElement.outerHTML;
      const result = readPage(doc, { window: win, force, url: 'https://example.org/story' });
      if (doc.documentElement.outerHTML !== before) throw new Error('readPage changed its input');
      const outcome = result.ok ? 'article' : result.code;
      tally[outcome] = (tally[outcome] ?? 0) + 1;
      if (result.ok) {
        if (CONTROL.test(result.text)) throw new Error(`control character in text: ${JSON.stringify(result.text.match(CONTROL)?.[0])}`);
        if (typeof result.html !== 'string' || !result.text.trim()) throw new Error('an article without text');
      } else if (!CODES.has(result.code) || !result.reason) {
        throw new Error(`neither an article nor a reason: ${JSON.stringify(result)}`);
      }
    },
    close: () => dom.window.close(),
    tally,
  };
}

/** Runs `numRuns` random pages through the checks; returns how many ended as an article and as each refusal. */
export function runProperties(numRuns: number, seed?: number): Record<string, number> {
  const checker = propertyChecker();
  try {
    fc.assert(fc.property(page, fc.boolean(), (html, force) => checker.check(html, force)), { numRuns, seed });
    return checker.tally;
  } finally {
    checker.close();
  }
}
