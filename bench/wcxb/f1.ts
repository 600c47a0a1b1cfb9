/**
 * WCXB's word F1 (its evaluate.py): tokens are the lowercased text's runs of
 * letters, digits and underscores; overlap is the multiset intersection;
 * precision = overlap / predicted tokens, recall = overlap / reference tokens.
 */
export interface WordScore { precision: number; recall: number; f1: number }

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function wordF1(predicted: string, reference: string): WordScore {
  const pred = tokens(predicted);
  const ref = tokens(reference);
  const bag = new Map<string, number>();
  for (const t of ref) bag.set(t, (bag.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of pred) {
    const n = bag.get(t) ?? 0;
    if (n > 0) { overlap++; bag.set(t, n - 1); }
  }
  if (!pred.length && !ref.length) return { precision: 1, recall: 1, f1: 1 };
  const precision = pred.length ? overlap / pred.length : 0;
  const recall = ref.length ? overlap / ref.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
