import type { Token } from './tokens.js';
import { centroid, cosine, idf, Terms, vector, type Vector } from './vectors.js';

/** Sentences compared pairwise: similarity is quadratic, so only the likeliest few. */
export const GRAPH_SIZE = 32;
const DAMPING = 0.85;
const ITERATIONS = 20;
/** LexRank draws an edge only between sentences at least this similar. */
const EDGE = 0.1;

export interface Ranked {
  vectors: Vector[];
  /** The vector of any run of tokens, weighted like the sentences. */
  embed: (toks: readonly Token[]) => Vector;
  /** LexRank centrality in [0, 1] (0 for sentences left out of the graph). */
  centrality: number[];
  /** Similarity to the whole article, in [0, 1]. */
  topical: number[];
  /** Prior for position: early sentences say what the article is about. */
  position: number[];
  /** The sentence was ranked in the graph. */
  inGraph: boolean[];
}

/**
 * LexRank over TF-IDF sentence vectors, with a prior for position. Every
 * sentence gets a vector and its similarity to the article's centroid (both
 * linear); only the `GRAPH_SIZE` best by that measure, plus the sentences in
 * `keep` (those holding quotes and statements), enter the similarity graph.
 */
export function rankSentences(sentences: readonly (readonly Token[])[], lang: string, keep: ReadonlySet<number>): Ranked {
  const dict = new Terms(lang);
  const docs = sentences.map((t) => dict.of(t));
  const weights = idf(docs, dict.size);
  const vectors = docs.map((d) => vector(d, weights));
  const center = centroid(vectors, dict.size);
  const topical = vectors.map((v) => cosine(v, center));
  const n = sentences.length;
  const position = sentences.map((_, i) => 1 - 0.6 * (n > 1 ? i / (n - 1) : 0));

  const pre = topical.map((t, i) => t + 0.2 * position[i]!);
  const order = [...pre.keys()].sort((a, b) => pre[b]! - pre[a]!);
  const nodes = [...new Set([...[...keep].filter((i) => i < n).slice(0, GRAPH_SIZE), ...order.slice(0, GRAPH_SIZE)])];
  const scores = lexRank(nodes.map((i) => vectors[i]!));
  const top = Math.max(...scores, 1e-9);
  const centrality = new Array<number>(n).fill(0);
  const inGraph = new Array<boolean>(n).fill(false);
  nodes.forEach((i, k) => {
    centrality[i] = scores[k]! / top;
    inGraph[i] = true;
  });
  return { vectors, embed: (toks) => vector(dict.of(toks), weights), centrality, topical, position, inGraph };
}

/** Power iteration over the thresholded cosine graph (Erkan & Radev's LexRank). */
function lexRank(vs: readonly Vector[]): number[] {
  const n = vs.length;
  if (!n) return [];
  const edges: number[][] = vs.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (cosine(vs[i]!, vs[j]!) >= EDGE) {
        edges[i]!.push(j);
        edges[j]!.push(i);
      }
    }
  }
  let p = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let i = 0; i < n; i++) {
      const out = edges[i]!;
      if (!out.length) {
        next[i]! += DAMPING * p[i]!;
        continue;
      }
      const share = (DAMPING * p[i]!) / out.length;
      for (let k = 0; k < out.length; k++) next[out[k]!]! += share; // indexed: no iterator per step in unoptimised code
    }
    p = next;
  }
  return p;
}
