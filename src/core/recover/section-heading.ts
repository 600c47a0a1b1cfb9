import { collapse, headlineKey } from '../text.js';

/** Readability's own measure (`_textSimilarity`, ASCII word split and all), so exactly what it dropped is found. */
function similarity(a: string, b: string): number {
  const tokens = (s: string) => s.toLowerCase().split(/\W+/).filter(Boolean);
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const uniq = tb.filter((t) => !ta.includes(t));
  return 1 - uniq.join(' ').length / tb.join(' ').length;
}

/** Readability's threshold for "this heading repeats the title". */
const SIMILAR = 0.75;
/** How much of the paragraph under the heading is used to find it again in the article. */
const ANCHOR = 60;
const MIN_ANCHOR = 20;

/** The start of the first paragraph after `h`, or ''. */
function textAfter(h: Element): string {
  for (let n = h.nextElementSibling; n; n = n.nextElementSibling) {
    const t = collapse(n.textContent ?? '');
    if (t.length >= MIN_ANCHOR) return t.slice(0, ANCHOR);
  }
  return '';
}

/** The smallest block of the article whose text starts with `start`. */
function blockStarting(root: Element, start: string): Element | null {
  let best: Element | null = null;
  for (const el of root.querySelectorAll('p, li, blockquote, div')) {
    if (collapse(el.textContent ?? '').startsWith(start) && (!best || best.contains(el))) best = el;
  }
  return best;
}

/**
 * Readability drops the first <h1> or <h2> it meets that reads like the
 * page's title, taking it for the headline printed again. When the page's
 * headline sits where Readability never looks (selbstversorger.de's header:
 * "Ab wann und wie lange legen Hühner Eier?"), the heading it drops is a
 * section's ("Ab wann legen Hühner Eier?"). Put that one back, before the
 * paragraph it led. A heading that says the title itself, or that our own
 * cleanup took out, stays out. Returns whether a heading was restored.
 */
export function restoreSectionHeading(doc: Document, owner: Document, root: Element, title: string,
  text: string, removed: readonly string[]): boolean {
  const body = doc.body;
  const titleKey = headlineKey(title);
  if (!body || !titleKey) return false;
  const headline = [...body.getElementsByTagName('h1')].some((h1) => similarity(title, collapse(h1.textContent ?? '')) > SIMILAR);
  if (!headline) return false;
  for (const h2 of body.getElementsByTagName('h2')) {
    const heading = collapse(h2.textContent ?? '');
    if (!heading || similarity(title, heading) <= SIMILAR) continue;
    // Readability drops only one: the first that reads like the title.
    if (text.includes(heading) || headlineKey(heading) === titleKey || removed.includes(heading)) return false;
    const start = textAfter(h2);
    const block = start ? blockStarting(root, start) : null;
    if (!block?.parentNode) return false;
    const restored = owner.createElement('h2');
    restored.textContent = heading;
    block.parentNode.insertBefore(restored, block);
    return true;
  }
  return false;
}
