import { collectLines } from '../clean/lines.js';

/** Lines longer than this are never template text worth counting. */
const MAX_COUNTED = 300;

/**
 * How often each short line of the page is printed anywhere on it, the
 * article included: a line the article shares with the page's navigation,
 * footer or teaser lists (a breadcrumb, a section name, another story's
 * headline) is template text. Read from the untouched page, once per read.
 */
export function pageLineCounts(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  const body = doc.body ?? doc.documentElement;
  if (!body) return counts;
  for (const l of collectLines(body)) {
    if (l.text.length > MAX_COUNTED) continue;
    counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  }
  return counts;
}
