import type { Highlight } from '../types.js';
import { analyse } from './analysis.js';
import { articleLang } from './lang.js';
import { applyMarks, planMarks } from './mark.js';
import { choose } from './pick.js';
import { quotesOf } from './quotes.js';

export { findQuotes, type Quote } from './quotes.js';
export { findStatements } from './statements.js';

/**
 * The article's highlights, 3 to 7 by its length: quotes (with their
 * speakers), attributed statements and central sentences, in reading order,
 * each copied verbatim from `text` and scored from 0 to 1, and
 * each wrapped in <mark data-sift-highlight="i"> inside `article` (the
 * element `text` was built from, see article-text.ts). A highlight that
 * cannot be found in the DOM is dropped, so every index has its marks.
 * Never throws: a page must not break the reader, so on any error nothing is
 * highlighted.
 */
export function pickHighlights(article: Element, text: string, lang: string): Highlight[] {
  try {
    // A page's own <mark data-sift-highlight> must not pass for one of ours.
    for (const m of article.getElementsByTagName('mark')) m.removeAttribute('data-sift-highlight');
    const a = analyse(text, articleLang(lang, text));
    const picks = choose(a, quotesOf(a));
    const plans = planMarks(article, text, picks);
    const kept = picks.flatMap((p, i) => (plans[i] ? [{ pick: p, pieces: plans[i]! }] : []));
    applyMarks(kept.map((k, index) => ({ pieces: k.pieces, index })));
    return kept.map(({ pick: p }) => ({
      text: text.slice(p.start, p.end),
      kind: p.kind,
      ...(p.speaker ? { speaker: p.speaker } : {}),
      score: Math.round(p.score * 1000) / 1000,
    }));
  } catch {
    return [];
  }
}
