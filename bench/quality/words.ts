/**
 * WCXB's own metric (its evaluate.py): the tokens of a text are the `\w+`
 * runs of its lowercased form (Python's Unicode `\w`: letters, digits,
 * underscore); per page, precision = overlap / predicted tokens and recall =
 * overlap / reference tokens, where overlap is the multiset intersection of
 * the two bags of words. Figures are averaged over pages (macro average).
 */

const WORD = /[\p{L}\p{N}_]+/gu;

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function bag(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Score one page. An empty prediction scores 0 (recall 0, precision 0), as
 * evaluate.py scores an extractor that returned nothing; an empty reference
 * with an empty prediction scores 1.
 */
export function scoreWords(predicted: string, reference: string): WordScore {
  const p = words(predicted);
  const r = words(reference);
  if (!r.length) return p.length ? { precision: 0, recall: 1, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!p.length) return { precision: 0, recall: 0, f1: 0 };
  const ref = bag(r);
  let overlap = 0;
  for (const [w, n] of bag(p)) overlap += Math.min(n, ref.get(w) ?? 0);
  const precision = overlap / p.length;
  const recall = overlap / r.length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * A reader's output scored against WCXB's main content, which opens with the
 * page's headline: the title the reader shows above the text, then the text;
 * nothing when the engine read nothing.
 */
export function readerWords(ok: boolean, title: string, text: string, mainContent: string): WordScore {
  return scoreWords(ok ? `${title}\n\n${text}` : '', mainContent);
}

/** Mean of each figure over pages; zeros for no pages. */
export function meanScores(scores: readonly WordScore[]): WordScore & { pages: number } {
  const n = scores.length;
  if (!n) return { precision: 0, recall: 0, f1: 0, pages: 0 };
  const sum = (f: (s: WordScore) => number) => scores.reduce((a, s) => a + f(s), 0) / n;
  return { precision: sum((s) => s.precision), recall: sum((s) => s.recall), f1: sum((s) => s.f1), pages: n };
}
