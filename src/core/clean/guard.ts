/**
 * The one brake on every container rule: an element that holds real prose is
 * never removed by its class name, whatever the name says. Sites do wrap whole
 * stories in `has-ads`, `paywall` or `share-container` elements.
 */
import { isBlock } from '../text.js';

const PROSE_PARAGRAPH = 80;
const PROSE_TOTAL = 400;
const PROSE_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE']);
/** Never removed by their class: the page's frame, and headings (Kadence's `kt-adv-heading` is no ad). */
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A paragraph this long is prose on its own: no ad label, share line or prompt button runs to it. */
const PROSE_ALONE = 200;

/**
 * Two long paragraphs, or `enough` characters in paragraphs, list items and
 * quotes; or `el` is itself a paragraph of PROSE_ALONE characters (a <p
 * class="kt-adv-heading…">, Kadence's "advanced heading" block used for whole
 * paragraphs, is prose, not an ad). Walks only until it has seen enough, so a
 * page-wide wrapper costs little.
 */
export function holdsProse(el: Element, enough = PROSE_TOTAL, longNeeded = 2): boolean {
  if (PROSE_TAGS.has(el.tagName) && (el.textContent ?? '').trim().length >= Math.min(PROSE_ALONE, enough)) return true;
  let total = 0;
  let long = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (!PROSE_TAGS.has(n.tagName)) continue;
    const len = (n.textContent ?? '').trim().length;
    total += len;
    if (len >= PROSE_PARAGRAPH) long++;
    if (long >= longNeeded || total >= enough) return true;
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

/** The page's frame or a wrapper around its headline or main region, which no class-based rule takes out. */
export function holdsPage(el: Element): boolean {
  return NEVER.has(el.tagName) || inRunningText(el) || el.querySelector('h1, main, article, [role="main"]') !== null;
}
