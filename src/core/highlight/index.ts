import type { Highlight } from '../types.js';

/**
 * Picks the article's key quotes. Issue #4 fills this in (sentence split,
 * quotes with speakers, attributed statements, central sentences) and wraps
 * each pick in <mark data-sift-highlight>; until then nothing is picked.
 */
export function pickHighlights(_article: Element, _text: string, _lang: string): Highlight[] {
  return [];
}
