import { lexiconFor } from './lexicon/index.js';

/** One sentence of the article text: offsets into the text, and its paragraph. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (text split on blank lines). */
  para: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

/** Paragraph ranges of `text` (paragraphs are separated by blank lines; see article-text.ts). */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf('\n\n', start);
    const end = at < 0 ? text.length : at;
    if (end > start) out.push({ start, end });
    if (at < 0) return out;
    start = at + 2;
  }
}

// Building a segmenter loads ICU data (about 10 ms the first time): one per language per process.
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

const abbreviationSets = new Map<string, ReadonlySet<string>>();

function abbreviations(lang: string): ReadonlySet<string> {
  let set = abbreviationSets.get(lang);
  if (!set) {
    set = new Set(lexiconFor(lang).abbreviations);
    abbreviationSets.set(lang, set);
  }
  return set;
}

/**
 * ICU's sentence rules break after every "Dr." and "Jan." and before a
 * closing quote's lowercase attribution after "?" ("Why?" she asked). We join
 * a piece to the next when it ends in a known abbreviation or an initial
 * ("Carissa F. Etienne") or a German ordinal ("am 5. Mai"), or when the next
 * piece starts in lowercase.
 */
function joinsNext(piece: string, next: string, abbr: ReadonlySet<string>, lang: string): boolean {
  if (/^\s*[\p{Ll}\d,;:)\]]/u.test(next)) return true;
  let e = piece.length;
  while (e > 0 && /\s/.test(piece[e - 1]!)) e--;
  if (piece[e - 1] !== '.') return false;
  // German ordinals: "am 4. und 5. Mai".
  if (lang === 'de' && /(^|\s)\d{1,2}\.$/.test(piece.slice(0, e))) return true;
  // The word before the dot: letters and inner dots ("U.S", "z.B").
  let s = e - 1;
  while (s > 0 && /[\p{L}.]/u.test(piece[s - 1]!)) s--;
  const word = piece.slice(s, e - 1);
  if (!word || (s > 0 && !/[\s(“"«„‘]/.test(piece[s - 1]!))) return false;
  return abbr.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/**
 * Split `text` into sentences with Intl.Segmenter in the article's language,
 * paragraph by paragraph, up to `max` sentences (the ranking never looks
 * further, so long articles cost no more than their first pages).
 */
export function splitSentences(text: string, lang: string, max = Infinity): Sentence[] {
  const seg = segmenter(lang);
  const abbr = abbreviations(lang);
  const out: Sentence[] = [];
  const paras = paragraphs(text);
  for (let p = 0; p < paras.length && out.length < max; p++) {
    const { start: ps, end: pe } = paras[p]!;
    const body = text.slice(ps, pe);
    const pieces: { index: number; segment: string }[] = [];
    // A paragraph with no stop before its last characters (a heading, a caption, most short
    // paragraphs) is one sentence: no need to ask the segmenter.
    if (!/[.!?…。！？][^.!?…。！？]{2,}/.test(body)) pieces.push({ index: 0, segment: body });
    else for (const s of seg.segment(body)) pieces.push({ index: s.index, segment: s.segment });
    let i = 0;
    while (i < pieces.length && out.length < max) {
      const first = pieces[i]!;
      let end = first.index + first.segment.length;
      let last = first.segment;
      while (i + 1 < pieces.length && joinsNext(last, pieces[i + 1]!.segment, abbr, lang)) {
        i++;
        last = pieces[i]!.segment;
        end = pieces[i]!.index + last.length;
      }
      i++;
      let s = first.index;
      while (s < end && /\s/.test(body[s]!)) s++;
      while (end > s && /\s/.test(body[end - 1]!)) end--;
      if (end > s) out.push({ start: ps + s, end: ps + end, text: body.slice(s, end), para: p });
    }
  }
  return out;
}
