/**
 * What readPage will take on. A tab's main thread is blocked while the
 * content script reads, so a page past these limits gets "too large to read"
 * instead of a frozen tab. The corpus's largest page has about 10,000
 * elements and 1.6 MB of HTML; the limits leave several times that room.
 */
export const DEFAULT_MAX_ELEMENTS = 60_000;
/** Browsers' HTML parsers stop nesting at 512 levels; deeper trees come from scripts, and overflow recursive code. */
export const DEFAULT_MAX_DEPTH = 1_000;
/** Readable text (not script or style); the longest books run to about 3 million characters. */
export const DEFAULT_MAX_TEXT = 3_000_000;
/** Past this, readPage stops at the next stage boundary. */
export const DEFAULT_TIME_BUDGET_MS = 8_000;

export class TooLarge extends Error {}

/** Element count (native and cheap) first, then depth by an iterative walk that stops at the limit. */
export function checkSize(doc: Document, maxElements: number, maxDepth: number): void {
  if (doc.getElementsByTagName('*').length > maxElements) throw new TooLarge('elements');
  let depth = 0;
  let el: Element | null = doc.documentElement;
  while (el) {
    if (el.firstElementChild) {
      el = el.firstElementChild;
      if (++depth > maxDepth) throw new TooLarge('depth');
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el?.nextElementSibling ?? null;
  }
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Readable characters, counted until the limit is passed: a 10 MB paragraph takes any stage seconds. */
export function checkText(doc: Document, maxText: number): void {
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (NOT_TEXT.has(n.parentElement?.tagName ?? '')) continue;
    total += (n as Text).length;
    if (total > maxText) throw new TooLarge('text');
  }
}

/** A deadline checked between stages: no stage is cut short, none starts late. */
export function deadline(budgetMs: number, start = performance.now()): () => void {
  return () => {
    if (performance.now() - start > budgetMs) throw new TooLarge('time');
  };
}
