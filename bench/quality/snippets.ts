/**
 * Snippet scoring for corpus/snippets, exactly as the corpus README describes:
 * white space collapsed in the output and in each snippet; a `with` snippet
 * found is a true positive, a missing one a false negative; a `without`
 * snippet found is a false positive; counts are summed over all judged pages
 * before precision, recall and F1 are computed (micro average).
 */

export interface GroundTruth {
  url: string;
  with: string[];
  without: string[];
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
}

export interface SnippetResult extends SnippetCounts {
  /** `with` snippets the output lacks. */
  missed: string[];
  /** `without` snippets the output contains. */
  leaked: string[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function collapseWs(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Score one page's output text against its ground truth. Failed extraction = ''. */
export function scoreSnippets(text: string, gt: Pick<GroundTruth, 'with' | 'without'>): SnippetResult {
  const out = collapseWs(text);
  const r: SnippetResult = { tp: 0, fn: 0, fp: 0, missed: [], leaked: [] };
  for (const s of gt.with) {
    if (out.includes(collapseWs(s))) r.tp++;
    else { r.fn++; r.missed.push(s); }
  }
  for (const s of gt.without) {
    if (out.includes(collapseWs(s))) { r.fp++; r.leaked.push(s); }
  }
  return r;
}

export function sumCounts(all: Iterable<SnippetCounts>): SnippetCounts {
  const t: SnippetCounts = { tp: 0, fn: 0, fp: 0 };
  for (const c of all) { t.tp += c.tp; t.fn += c.fn; t.fp += c.fp; }
  return t;
}

/** Precision, recall, F1 of summed counts; 0 where a ratio is undefined. */
export function prf(c: SnippetCounts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Round down to `digits` decimals (for the committed F1 floor). */
export function floorTo(x: number, digits = 3): number {
  const m = 10 ** digits;
  // The epsilon keeps 0.877 (stored as 0.87699999…) from flooring to 0.876.
  return Math.floor(x * m + 1e-9) / m;
}
