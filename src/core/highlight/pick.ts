import type { HighlightKind } from '../types.js';
import { QUOTE_CHARS } from './marks.js';
import { wordsIn, type Analysis } from './analysis.js';
import type { Quote } from './quotes.js';
import { resolveSpeaker } from './speakers.js';
import { rankSentences } from './rank.js';
import type { Sentence } from './sentences.js';
import { findStatements } from './statements.js';
import { tokensIn } from './tokens.js';
import { cosine, type Vector } from './vectors.js';

/** A highlight to be: a range of the article text. */
export interface Pick {
  start: number;
  end: number;
  kind: HighlightKind;
  speaker?: string;
  score: number;
}

/** The ranking reads no further than this: long articles cost no more than their first pages. */
export const MAX_SENTENCES = 300;
/** A quote shorter than this is a fragment ("up against walls"), longer a speech: neither is a highlight. */
const QUOTE_WORDS = [6, 70] as const;
/** A key sentence says something whole: a caption ("Surveyors placing this year's marker.") says less. */
const SENTENCE_WORDS = [10, 60] as const;
/** Two highlights this similar say the same thing. */
const SAME = 0.5;
/** The best score a candidate can have (see choose): scores are divided by it to run from 0 to 1. */
const MAX_SCORE = 1.25;
/** Maximal marginal relevance: weight of the score against the likeness to what is picked. */
const LAMBDA = 0.7;

interface Raw extends Omit<Pick, 'score'> {
  text: string;
  words: number;
}

interface Candidate extends Pick {
  vector: Vector;
  text: string;
  words: number;
  /** Normalized text: two highlights never have the same. */
  key: string;
}

/** 3 highlights for a short article, one more per 300 words, at most 7. */
export function howMany(words: number): number {
  return Math.min(7, Math.max(3, 2 + Math.floor(words / 300)));
}

/** A sentence holding a quote mark (not an apostrophe) is left to the quote candidates. */
const QUOTED = /[“”"„«»‹›「」『』‚‘]/;


/**
 * The highlights of an article: quotes with their speakers, attributed
 * statements and central sentences, scored by LexRank centrality, topicality
 * and position, then picked by maximal marginal relevance so that no two say
 * the same thing. Returned in reading order.
 */
export function choose(a: Analysis, quotes: readonly Quote[]): Pick[] {
  const { text } = a;
  const sentences = a.sentences.slice(0, MAX_SENTENCES);
  if (!sentences.length) return [];
  const limit = sentences[sentences.length - 1]!.end;
  const repeated = repeatedParagraphs(a);
  const usable = (s: Sentence) => !repeated.has(s.para);

  const raw: Raw[] = [];
  for (const q of quotes) {
    if (q.open >= limit || repeated.has(q.para)) continue;
    const [start, end] = quoteRange(a, q);
    const words = wordsIn(a, start, end);
    if (words < QUOTE_WORDS[0] || words > QUOTE_WORDS[1]) continue;
    raw.push({ start, end, kind: 'quote', text: text.slice(start, end), words, ...(q.speaker ? { speaker: q.speaker } : {}) });
  }
  // Sentences each quote lies in: they enter the similarity graph.
  const within = raw.map((c) => {
    const out: number[] = [];
    for (let i = firstEndingAfter(sentences, c.start); i < sentences.length && sentences[i]!.start < c.end; i++) out.push(i);
    return out;
  });
  const r = rankSentences(sentences.map((s) => tokensIn(a.toks, s.start, s.end)), a.lang, new Set(within.flat()));
  // Statements and key sentences: only among those the graph ranked (the likeliest by topic and position).
  const ranked = sentences.filter((s, i) => r.inGraph[i] && usable(s));
  const stated = new Set<Sentence>();
  for (const st of findStatements(a, ranked)) {
    const speaker = resolveSpeaker(a, st.speaker);
    if (!speaker) continue;
    stated.add(st.sentence);
    raw.push({ start: st.sentence.start, end: st.sentence.end, kind: 'statement', speaker, text: st.sentence.text, words: wordsIn(a, st.sentence.start, st.sentence.end) });
    within.push([sentences.indexOf(st.sentence)]);
  }
  sentences.forEach((s, i) => {
    if (!r.inGraph[i] || !usable(s) || stated.has(s)) return;
    const words = wordsIn(a, s.start, s.end);
    if (words < SENTENCE_WORDS[0] || words > SENTENCE_WORDS[1]) return;
    // A heading or a caption has no closing stop; a question or an introduction is no key sentence.
    if (!/[.!…]$/.test(s.text) || QUOTED.test(s.text)) return;
    raw.push({ start: s.start, end: s.end, kind: 'key-sentence', text: s.text, words });
    within.push([i]);
  });
  if (!raw.length) return [];

  const candidates: Candidate[] = raw.map((c, k) => {
    const idx = within[k]!.length ? within[k]! : [0];
    const lex = Math.max(...idx.map((i) => r.centrality[i]!));
    const topical = Math.max(...idx.map((i) => r.topical[i]!));
    const position = r.position[idx[0]!]!;
    // Centrality first, then how much it is about the article's topic, then how early it comes;
    // a quote with its speaker is what the reader came for, a statement next.
    let score = 0.5 * lex + 0.3 * topical + 0.2 * position;
    if (c.kind === 'quote') score += c.speaker ? 0.25 : 0.05;
    if (c.kind === 'statement') score += 0.1;
    if (c.words < 10) score -= 0.1;
    score = Math.max(0, score) / MAX_SCORE;
    const s = sentences[idx[0]!]!;
    const whole = idx.length === 1 && s.start === c.start && s.end === c.end;
    return { ...c, score, key: c.text.toLowerCase(), vector: whole ? r.vectors[idx[0]!]! : r.embed(tokensIn(a.toks, c.start, c.end)) };
  });
  return mmr(candidates, howMany(a.counts[a.toks.length]!)).sort((x, y) => x.start - y.start);
}

/**
 * The quote as a highlight: from its opening mark to the closing mark of its
 * last part in the same paragraph (a quote running over paragraphs is
 * highlighted in its first).
 */
function quoteRange(a: Analysis, q: Quote): [number, number] {
  const paraEnd = a.paras[q.para]!.end;
  let end = q.parts[0]!.end;
  for (const p of q.parts) if (p.end <= paraEnd) end = p.end;
  while (end < paraEnd && /[\s\u00a0\u202f]/.test(a.text[end]!) && QUOTE_CHARS.includes(a.text[end + 1] ?? '')) end++;
  if (end < paraEnd && QUOTE_CHARS.includes(a.text[end]!)) end++;
  return [q.open, end];
}

/**
 * Paragraphs printed twice (a standfirst repeated as the first paragraph of
 * the body): every copy but the last is left out.
 */
function repeatedParagraphs(a: Analysis): Set<number> {
  const last = new Map<string, number>();
  const keys = a.paras.map((p) => a.text.slice(p.start, p.end));
  keys.forEach((k, i) => last.set(k, i));
  const out = new Set<number>();
  keys.forEach((k, i) => {
    if (last.get(k) !== i) out.add(i);
  });
  return out;
}

/**
 * Maximal marginal relevance: the best score less the likeness to what is
 * already picked; a candidate as alike as `SAME` to a pick, overlapping it,
 * or with the same words, is out.
 */
function mmr(candidates: readonly Candidate[], k: number): Candidate[] {
  const picked: Candidate[] = [];
  const quotes = candidates.filter((c) => c.kind === 'quote').length;
  // Leave room for one sentence that is not a quote, when there is one.
  const maxQuotes = quotes < candidates.length ? k - 1 : k;
  const value = (p: { c: Candidate; like: number }) => LAMBDA * p.c.score - (1 - LAMBDA) * p.like;
  let pool = candidates.map((c) => ({ c, like: 0 }));
  let nQuotes = 0;
  while (picked.length < k && pool.length) {
    let best = pool[0]!;
    for (const p of pool) if (value(p) > value(best)) best = p;
    const b = best.c;
    picked.push(b);
    if (b.kind === 'quote') nQuotes++;
    pool = pool.filter((p) => {
      if (p === best || (p.c.start < b.end && b.start < p.c.end) || p.c.key === b.key) return false;
      if (p.c.kind === 'quote' && nQuotes >= maxQuotes) return false;
      p.like = Math.max(p.like, cosine(p.c.vector, b.vector));
      return p.like < SAME;
    });
  }
  return picked;
}

/** Index of the first sentence ending after `offset`. */
function firstEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
