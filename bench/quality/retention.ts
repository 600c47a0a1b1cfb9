/**
 * Retention: how much of what Readability keeps is still in our output.
 *
 * The expected text (Readability's own output for a test page) and our output
 * are compared as word 5-shingles, taken within each paragraph after
 * lower-casing and collapsing white space; a paragraph shorter than five
 * words is one shingle of all its words, so short lines count too.
 *
 * What our cleanup deliberately removed does not count as lost. Each
 * `removals[].text` is first cut out of the expected paragraphs (a whole
 * paragraph when it equals one, else its first whole-word occurrence; a
 * truncated text ending in "…" cuts to the end of the paragraph). Removal
 * texts that span several paragraphs are matched the other way: expected
 * shingles found inside them (5-grams, or short paragraphs as whole-word
 * substrings) are covered. Recall is found / (expected − covered), micro-
 * averaged over pages by summing both counts.
 */

export const SHINGLE_WORDS = 5;

export function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Shingles of one (normalized) paragraph. */
export function paragraphShingles(paragraph: string, n = SHINGLE_WORDS): string[] {
  const words = normalize(paragraph).split(' ').filter(Boolean);
  if (!words.length) return [];
  if (words.length < n) return [words.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/** All n-grams of a text read as one run of words (no whole-paragraph shingle). */
function ngrams(text: string, n: number): string[] {
  const words = normalize(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/** Index of `needle` in `hay` where it starts and ends on word boundaries, or -1. */
export function wholeWordIndex(hay: string, needle: string): number {
  if (!needle) return -1;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    const edgeStart = !isWordChar(needle[0]) || !isWordChar(before);
    const edgeEnd = !isWordChar(needle[needle.length - 1]) || !isWordChar(after);
    if (edgeStart && edgeEnd) return i;
  }
  return -1;
}

/** Removal texts that carry words (not `[iframe]`-style placeholders), normalized. */
export function usableRemovals(texts: readonly string[]): string[] {
  return texts.map(normalize).filter((t) => t && !/^\[[a-z0-9-]+\]$/.test(t));
}

export interface CutResult {
  paragraphs: string[];
  /** Removal texts that matched no single paragraph. */
  rest: string[];
}

/** Cut our removals out of the expected paragraphs (both normalized). */
export function cutRemovals(expected: readonly string[], removals: readonly string[]): CutResult {
  const paras = expected.map(normalize);
  const rest: string[] = [];
  for (const raw of usableRemovals(removals)) {
    const truncated = raw.endsWith('…');
    const r = truncated ? raw.slice(0, -1).trimEnd() : raw;
    if (!r) continue;
    const whole = paras.indexOf(r);
    if (whole >= 0) { paras[whole] = ''; continue; }
    let done = false;
    for (let i = 0; i < paras.length && !done; i++) {
      const p = paras[i]!;
      const at = wholeWordIndex(p, r);
      if (at < 0) continue;
      paras[i] = normalize(p.slice(0, at) + ' ' + (truncated ? '' : p.slice(at + r.length)));
      done = true;
    }
    if (!done) rest.push(r);
  }
  return { paragraphs: paras.filter(Boolean), rest };
}

export interface RetentionResult {
  /** Unique expected shingles before removals are taken out. */
  expected: number;
  /** Expected shingles our removals account for. */
  covered: number;
  /** Remaining expected shingles found in our output. */
  found: number;
  /** Remaining expected shingles (expected − covered). */
  total: number;
  /** Expected paragraphs (normalized, removals cut out) holding a lost shingle, first few. */
  lostParagraphs: string[];
}

/**
 * Shingle recall of `output` paragraphs against `expected` paragraphs,
 * not counting what `removals` (our removal log texts) account for.
 */
export function retention(
  expected: readonly string[],
  output: readonly string[],
  removals: readonly string[] = [],
  n = SHINGLE_WORDS,
  maxLost = 5,
): RetentionResult {
  const all = new Set(expected.flatMap((p) => paragraphShingles(p, n)));
  const { paragraphs, rest } = cutRemovals(expected, removals);
  /** Remaining shingle -> the (cut) expected paragraph it came from. */
  const remaining = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    for (const s of paragraphShingles(p, n)) if (!remaining.has(s)) remaining.set(s, i);
  });
  // Multi-paragraph removals: their n-grams, and their text for short shingles.
  const restGrams = new Set(rest.flatMap((r) => ngrams(r, n)));
  const isShort = (s: string) => s.split(' ').length < n;
  for (const s of [...remaining.keys()]) {
    const covered = isShort(s) ? rest.some((r) => wholeWordIndex(r, s) >= 0) : restGrams.has(s);
    if (covered) remaining.delete(s);
  }

  const outNorm = output.map(normalize).filter(Boolean);
  const outSet = new Set(outNorm.flatMap((p) => paragraphShingles(p, n)));
  const found = (s: string) => outSet.has(s) || (isShort(s) && outNorm.some((p) => wholeWordIndex(p, s) >= 0));

  let hit = 0;
  const lostIdx = new Set<number>();
  const lostParagraphs: string[] = [];
  for (const [s, i] of remaining) {
    if (found(s)) { hit++; continue; }
    if (!lostIdx.has(i) && lostParagraphs.length < maxLost) {
      lostIdx.add(i);
      lostParagraphs.push(paragraphs[i]!);
    }
  }
  let kept = 0;
  for (const s of all) if (remaining.has(s)) kept++;
  return { expected: all.size, covered: all.size - kept, found: hit, total: remaining.size, lostParagraphs };
}
