/**
 * The one brake on every container rule: an element that holds real prose is
 * never removed by its class name, whatever the name says. Sites do wrap whole
 * stories in `has-ads`, `paywall` or `share-container` elements.
 */
import { isBlock } from '../text.js';

const PROSE_PARAGRAPH = 80;
const PROSE_TOTAL = 400;
const PROSE_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE']);
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'H1']);

/** Walks only until it has seen enough prose, so a page-wide wrapper costs little. */
export function holdsProse(el: Element): boolean {
  let total = 0;
  let long = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (!PROSE_TAGS.has(n.tagName)) continue;
    const len = (n.textContent ?? '').trim().length;
    total += len;
    if (len >= PROSE_PARAGRAPH) long++;
    if (long >= 2 || total >= PROSE_TOTAL) return true;
  }
  return false;
}

/**
 * An inline element with words beside it is part of a sentence, whatever its
 * class: Readability's `clean-links` page marks glossary links in running text
 * `class="popup"`, which is not a popup to remove.
 */
export function inRunningText(el: Element): boolean {
  if (isBlock(el)) return false;
  for (let n = el.parentNode?.firstChild; n; n = n.nextSibling) {
    if (n !== el && n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

/** True when a class- or attribute-based rule may remove `el`. */
export function removable(el: Element): boolean {
  return !NEVER.has(el.tagName) && !inRunningText(el) && !holdsProse(el);
}
