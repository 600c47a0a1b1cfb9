/**
 * Duplicated paragraphs in an output text.
 *
 * Definition used by the bench: a paragraph is a block of the output text
 * (split on blank lines, so a <pre> block stays whole and repeated code lines
 * do not count) with its white space collapsed. A paragraph of at least
 * MIN_DUP_LENGTH characters that occurs two or more times in the output is a
 * duplicate. The page "repeats it itself" when the paragraph occurs two or
 * more times in the source page's visible text (see visibleText in
 * dom-text.ts: body text without script/style/noscript/template and without
 * elements hidden by the `hidden` attribute or an inline display:none /
 * visibility:hidden). Only duplicates the page does NOT repeat itself count
 * against an extractor; those are what a reader sees twice but the page showed
 * once (a caption copied into a lightbox, a standfirst repeated as body text,
 * a mobile and a desktop copy of the same block).
 *
 * Known limit: a copy hidden by a stylesheet class still counts as visible
 * (the bench does not apply CSS), so such a duplicate is classed as repeated
 * by the page and is not counted.
 */

export const MIN_DUP_LENGTH = 40;

export interface DuplicateReport {
  /** Paragraphs occurring 2+ times in the output. */
  all: string[];
  /** Of those, the ones the source's visible text holds at most once. */
  unexplained: string[];
}

function collapseWs(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Paragraphs (>= minLength, collapsed) occurring at least twice in `text`, in first-seen order. */
export function duplicatedParagraphs(text: string, minLength = MIN_DUP_LENGTH): string[] {
  const seen = new Map<string, number>();
  for (const block of text.split(/\n[ \t]*\n/)) {
    const p = collapseWs(block);
    if (p.length < minLength) continue;
    seen.set(p, (seen.get(p) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n >= 2).map(([p]) => p);
}

/** Non-overlapping occurrences of `needle` in `hay`, counting up to `cap`. */
export function countOccurrences(hay: string, needle: string, cap = Infinity): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && n < cap; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Duplicates in `text`, split by whether `sourceVisible` (collapsed page text) repeats them. */
export function findDuplicates(text: string, sourceVisible: string, minLength = MIN_DUP_LENGTH): DuplicateReport {
  const all = duplicatedParagraphs(text, minLength);
  const source = collapseWs(sourceVisible);
  const unexplained = all.filter((p) => countOccurrences(source, p, 2) < 2);
  return { all, unexplained };
}
