/**
 * "Not an article", decided from what was read instead of before reading:
 * a reader who clicked asked for the page, so the page is read first, and
 * only a short result with almost no prose that is mostly links (a home
 * page's teaser grid, a shop's category list, a menu) gets the message, with
 * Show anyway. Readability's isProbablyReaderable used to decide before
 * reading and refused short articles, forum threads and documentation pages.
 */
import { collectLines, linkDensity } from '../clean/lines.js';
import { SENTENCE } from '../extract/prose.js';

/** Sentence-like prose a reader came for: this many characters of it make the page an article. */
const MIN_PROSE_CHARS = 200;
/** A result this much links is a menu or a teaser grid, unless it is long (a wiki's list of resources is read). */
const LINK_LIST = 0.7;
const LONG_LIST_CHARS = 3000;

export interface Verdict {
  article: boolean;
  proseChars: number;
  linkShare: number;
}

export function verdict(root: Element): Verdict {
  let prose = 0;
  let chars = 0;
  let linked = 0;
  for (const line of collectLines(root)) {
    const ld = linkDensity(line);
    const n = line.text.length;
    chars += n;
    linked += ld * n;
    if (ld < 0.5 && n >= 40 && SENTENCE.test(line.text)) prose += n;
  }
  const linkShare = chars ? linked / chars : 0;
  // A short result that is not links is read as it is: the reader asked for it ("Test", a one-line notice).
  const article = prose >= MIN_PROSE_CHARS || linkShare < LINK_LIST || chars >= LONG_LIST_CHARS;
  return { article, proseChars: prose, linkShare };
}
