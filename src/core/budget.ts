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
 * Element count first (native and cheap), then one iterative walk over every
 * node for nesting depth and readable characters (not script or style), which
 * stops as soon as a limit is passed: a 10 MB paragraph takes any stage seconds.
 */
export function checkSize(doc: Document, maxElements: number, maxDepth: number, maxText: number): void {
  if (doc.getElementsByTagName('*').length > maxElements) throw new TooLarge('elements');
  const root = doc.documentElement;
  let depth = 0;
  let text = 0;
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 3 && !NOT_TEXT.has(node.parentElement?.tagName ?? '')) {
      text += (node as Text).length;
      if (text > maxText) throw new TooLarge('text');
    }
    const child: Node | null = node.nodeType === 1 ? node.firstChild : null;
    if (child) {
      node = child;
      // Text nodes are leaves, so an element's node depth is its element depth.
      if (++depth > maxDepth && child.nodeType === 1) throw new TooLarge('depth');
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

/** A deadline checked between stages: no stage is cut short, none starts late. */
export function deadline(budgetMs: number, start = performance.now()): () => void {
  return () => {
    if (performance.now() - start > budgetMs) throw new TooLarge('time');
  };
}
