import { innerAttribution } from './inner.js';
import { compiled, type Compiled } from './lexicon/compiled.js';
import { scanSpans, type Span } from './marks.js';
import { findMentions } from './mentions.js';
import { People } from './people.js';
import { paragraphs, splitSentences, type Paragraph, type Sentence } from './sentences.js';
import { tokenIndex, tokenize, wordCounts, type Token } from './tokens.js';

/** Everything the highlighter reads from the article text, once. */
export interface Analysis {
  text: string;
  /** Primary language subtag: 'en', 'de', 'fr', 'es' have attribution data. */
  lang: string;
  paras: Paragraph[];
  sentences: Sentence[];
  toks: Token[];
  /** Quoted spans, in text order. */
  spans: Span[];
  people: People;
  c: Compiled;
  /** Word tokens before each token (see wordsIn). */
  counts: Int32Array;
}

export function analyse(text: string, lang: string): Analysis {
  const c = compiled(lang);
  const toks = tokenize(text, 0, text.length, lang === 'fr');
  const paras = paragraphs(text);
  const a: Analysis = {
    text, lang, paras, sentences: splitSentences(text, lang), toks, spans: [], people: new People([], c), c, counts: wordCounts(toks),
  };
  a.spans = innerAttribution(a, scanSpans(text, paras));
  a.people = new People(findMentions(text, toks, c, insideSpans(a.spans)), c, text, toks);
  return a;
}

/** Words between two offsets of the text, counted on the tokens. */
export function wordsIn(a: Analysis, start: number, end: number): number {
  return a.counts[tokenIndex(a.toks, end)]! - a.counts[tokenIndex(a.toks, start)]!;
}

/** A test for "is this offset inside a quote". */
export function insideSpans(spans: readonly Span[]): (at: number) => boolean {
  return (at) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (at < s.open) hi = mid - 1;
      else if (at >= s.close) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Index of the last item starting at or before `offset` (-1 before the first). */
export function indexAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
