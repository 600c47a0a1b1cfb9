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

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Element count first (native and cheap); then nesting depth, by a walk over
 * elements only, needed only when there are more elements than levels
 * allowed; then readable characters (not script or style), counted node by
 * node only when all the page's text together is over the limit. Each check
 * stops as soon as its limit is passed: a 10 MB paragraph takes any stage seconds.
 */
export function checkSize(doc: Document, maxElements: number, maxDepth: number, maxText: number): void {
  const count = doc.getElementsByTagName('*').length;
  if (count > maxElements) throw new TooLarge('elements');
  const root = doc.documentElement;
  if (count > maxDepth) checkDepth(root, maxDepth);
  if ((root.textContent?.length ?? 0) > maxText) checkText(root, maxText);
}

function checkDepth(root: Element, maxDepth: number): void {
  let depth = 0;
  let el: Element | null = root;
  while (el) {
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      if (++depth > maxDepth) throw new TooLarge('depth');
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
}

function checkText(root: Element, maxText: number): void {
  let text = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (NOT_TEXT.has(node.parentElement?.tagName ?? '')) continue;
    text += (node as Text).length;
    if (text > maxText) throw new TooLarge('text');
  }
}

/** A deadline checked between stages: no stage is cut short, none starts late. */
export function deadline(budgetMs: number, start = performance.now()): () => void {
  return () => {
    if (performance.now() - start > budgetMs) throw new TooLarge('time');
  };
}
