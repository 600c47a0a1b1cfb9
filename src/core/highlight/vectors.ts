import { stopwords } from './stopwords.js';
import type { Token } from './tokens.js';

/**
 * A sparse term vector, L2-normalized: term ids in increasing order and their
 * weights. Typed arrays rather than maps: a page has a few hundred of these,
 * and the highlighter must stay a small share of the extraction time.
 */
export interface Vector {
  ids: Int32Array;
  w: Float64Array;
}

/** Term ids for one article. */
export class Terms {
  private readonly ids = new Map<string, number>();
  constructor(private readonly lang: string) {}

  /**
   * Content words of a run of tokens, as ids: lowercase, no stopwords, no
   * one-letter words, no bare numbers. An English plural "s" is dropped so
   * "hospitals" meets "hospital"; other languages keep their words whole
   * (good enough for similarity).
   */
  of(toks: readonly Token[]): number[] {
    const stop = stopwords(this.lang);
    const out: number[] = [];
    for (const t of toks) {
      if (!t.word) continue;
      const apo = t.lo.indexOf("'");
      let w = apo > 0 ? t.lo.slice(0, apo) : t.lo;
      if (w.length < 2 || stop.has(w) || /^[\d.,-]+$/.test(w)) continue;
      if (this.lang === 'en' && w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
      }
      out.push(id);
    }
    return out;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Inverse document frequencies over `docs` (lists of term ids): log(N / df) + 1. */
export function idf(docs: readonly (readonly number[])[], size: number): Float64Array {
  const df = new Int32Array(size);
  const seen = new Int32Array(size).fill(-1);
  docs.forEach((d, k) => {
    for (const t of d) {
      if (seen[t] !== k) {
        seen[t] = k;
        df[t]!++;
      }
    }
  });
  const out = new Float64Array(size);
  for (let t = 0; t < size; t++) out[t] = df[t] ? Math.log(docs.length / df[t]!) + 1 : 1;
  return out;
}

/** The TF-IDF vector of a list of term ids. */
export function vector(doc: readonly number[], weights: Float64Array): Vector {
  const sorted = Int32Array.from(doc).sort();
  const ids = new Int32Array(sorted.length);
  const w = new Float64Array(sorted.length);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    const x = weights[t] ?? 1;
    if (n && ids[n - 1] === t) w[n - 1]! += x;
    else {
      ids[n] = t;
      w[n++] = x;
    }
  }
  return normalize(ids.subarray(0, n), w.subarray(0, n));
}

function normalize(ids: Int32Array, w: Float64Array): Vector {
  let norm = 0;
  for (let i = 0; i < w.length; i++) norm += w[i]! * w[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < w.length; i++) w[i]! /= norm;
  return { ids, w };
}

export function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The normalized sum of vectors: what the article is about as a whole. */
export function centroid(vs: readonly Vector[], size: number): Vector {
  const sum = new Float64Array(size);
  for (const v of vs) for (let i = 0; i < v.ids.length; i++) sum[v.ids[i]!]! += v.w[i]!;
  const ids: number[] = [];
  const w: number[] = [];
  sum.forEach((x, t) => {
    if (x) {
      ids.push(t);
      w.push(x);
    }
  });
  return normalize(Int32Array.from(ids), Float64Array.from(w));
}
