import { readArticle } from './read.js';
import { sanitizeHtml } from './result/sanitize.js';
import type { NotAnArticle, ReadOptions, ReadResult } from './types.js';

export type * from './types.js';

export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_TIME_BUDGET_MS } from './budget.js';
export { readArticle } from './read.js';

/**
 * Read the article in `doc`. Never mutates `doc` (all work happens on a clone)
 * and never throws because of what the page contains: a page that holds no
 * article gets `{ok: false, reason}`. `html` is sanitized (DOMPurify).
 */
export function readPage(doc: Document, options: ReadOptions = {}): ReadResult {
  const t0 = performance.now();
  const win = options.window ?? doc.defaultView ?? (globalThis.window as (Window & typeof globalThis) | undefined);
  const result = readArticle(doc, options);
  if (!result.ok) return result;
  const failed = (reason: string): NotAnArticle =>
    ({ ok: false, url: result.url, code: 'error', reason, stats: { timingsMs: result.stats.timingsMs } });
  if (!win) return failed('This page could not be read.');
  try {
    result.html = sanitizeHtml(result.html, win);
  } catch (err) {
    // As readArticle does: a page must never be able to break the reader.
    return failed(`This page could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
  result.stats.timingsMs.total = performance.now() - t0;
  return result;
}
