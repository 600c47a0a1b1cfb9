/**
 * The one brake on every container rule: an element that holds real prose is
 * never removed by its class name, whatever the name says. Sites do wrap whole
 * stories in `has-ads`, `paywall` or `share-container` elements.
 */
const PROSE_PARAGRAPH = 80;
const PROSE_TOTAL = 400;
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'H1']);

export function holdsProse(el: Element): boolean {
  let total = 0;
  let long = 0;
  for (const p of el.querySelectorAll('p, li, blockquote')) {
    const len = (p.textContent ?? '').trim().length;
    total += len;
    if (len >= PROSE_PARAGRAPH) long++;
    if (long >= 2 || total >= PROSE_TOTAL) return true;
  }
  return false;
}

/** True when a class- or attribute-based rule may remove `el`. */
export function removable(el: Element): boolean {
  return !NEVER.has(el.tagName) && !holdsProse(el);
}
