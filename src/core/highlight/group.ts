import type { Analysis } from './analysis.js';
import { indexAt, wordsIn } from './analysis.js';
import { attributionAfter, attributionBefore, attributionInTail, type Attribution } from './attribution.js';
import { matchPhrase } from './lexicon/compiled.js';
import type { Span } from './marks.js';
import { tokensIn } from './tokens.js';

/** A quoted span with the attributions found around it. */
export interface Piece {
  span: Span;
  /** Right after the closing mark, or at the end of its sentence. */
  after: Attribution | null;
  /** Earlier in the sentence. */
  before: Attribution | null;
}

/** The spans of one quote. */
export interface Group {
  pieces: Piece[];
  /** The attribution that names the speaker, wherever it was found. */
  attribution: Attribution | null;
}

/** Narrative words allowed after an attributed quote for the next paragraph's quote to go on with it. */
const MAX_REST = 15;
/** Words an attribution clause may trail before the next part of the quote: "during the interview". */
const MAX_TAIL = 8;
/** How far around a quote to look for its attribution, in characters. */
const REACH = 300;

export function pieces(a: Analysis): Piece[] {
  const { text, toks, c, paras, sentences, spans } = a;
  const out = spans.map((span, k) => {
    const pe = paras[span.para]!.end;
    let after: Attribution | null = null;
    if (!span.unclosed) {
      const rest = tokensIn(toks, span.close, Math.min(pe, span.close + REACH));
      after = attributionAfter(text, rest, c, lastMark(text, span)) ?? attributionInTail(text, rest, c);
    }
    const prev = spans[k - 1];
    const floor = Math.max(paras[span.para]!.start, prev && prev.para === span.para ? prev.close : 0, span.open - REACH);
    const s = sentences[indexAt(sentences, span.open)];
    const before = attributionBefore(text, tokensIn(toks, Math.max(s?.start ?? 0, floor), span.open), c);
    return { span, after, before };
  });
  // A list of quotes shares the attribution of its last: « une voix en mini-jupe », « intime et
  // rieuse » selon Kriss Graffiti.
  for (let k = out.length - 2; k >= 0; k--) {
    const p = out[k]!;
    const next = out[k + 1]!;
    if (p.after || p.before || next.span.para !== p.span.para || !next.after) continue;
    if (/^[\s,;]*$/.test(text.slice(p.span.close, next.span.open)) && text.slice(p.span.close, next.span.open).includes(',')) p.after = next.after;
  }
  return out;
}

/** The last character inside the marks that is not itself a quote mark: `…‘we survived,’”` ends in ",". */
function lastMark(text: string, span: Span): string {
  let e = span.end;
  while (e > span.start && /[’‘'"”“»«]/.test(text[e - 1]!)) e--;
  return text[e - 1] ?? '';
}

/**
 * Words between two offsets that are only the tail of an attribution:
 * "during the interview" passes; "adding that", a new sentence, do not.
 */
function shortTail(a: Analysis, from: number, to: number): boolean {
  const all = tokensIn(a.toks, from, to);
  // A new sentence between ("…», sagt er. Zögerliches Kopfnicken in der Runde. «…») is narrative.
  const stop = all.findIndex((t) => /^[.!?…]$/.test(t.t));
  if (stop >= 0 && all.slice(stop).some((t) => t.word)) return false;
  const tail = all.filter((t) => t.word);
  if (tail.length > MAX_TAIL) return false;
  // An English participle ("adding that", "saying they are") starts a clause of its own; "during" does not.
  return !tail.some((t, i) => a.c.clause.has(t.lo) || matchPhrase(tail, i, a.c.report)
    || (a.lang === 'en' && /ing$/.test(t.lo) && !a.c.prepositions.has(t.lo)));
}

/**
 * Joins spans that are one quote (test/highlights/README.md): split by one
 * attribution clause (“A,” she said, “B.”), or running on into the next
 * paragraph with no attribution of its own.
 */
export function group(a: Analysis, all: readonly Piece[]): Group[] {
  const groups: Group[] = [];
  for (let k = 0; k < all.length; k++) {
    const p = all[k]!;
    const g = groups[groups.length - 1];
    const prev = all[k - 1];
    let joins = false;
    // A scare quote or a term ("catty gossip," Harry said. "It was…") starts nothing.
    if (g && prev && wordsIn(a, prev.span.start, prev.span.end) >= 3) {
      const s1 = prev.span;
      const s2 = p.span;
      if (s1.para === s2.para) {
        // “A,” she said, “B.” — only the attribution between, and B has none of its own.
        const own = p.after ?? (p.before && prev.after && p.before.start >= prev.after.end ? p.before : null);
        joins = !!prev.after && !own && prev.after.end <= s2.open && shortTail(a, prev.after.end, s2.open);
      } else if (s2.para === s1.para + 1 && s2.open === a.paras[s2.para]!.start) {
        // An English quote over paragraphs leaves the first one open; or the next paragraph
        // goes on quoting with no new attribution.
        const lastInPara = p.span.para !== s1.para;
        const rest = tokensIn(a.toks, prev.after?.end ?? s1.close, a.paras[s1.para]!.end).filter((t) => t.word).length;
        joins = s1.unclosed || (lastInPara && !p.after && !p.before && rest <= MAX_REST && !!g.attribution);
      }
    }
    if (joins && g) {
      g.pieces.push(p);
      g.attribution ??= p.after;
    } else {
      groups.push({ pieces: [p], attribution: p.after ?? p.before });
    }
  }
  return groups;
}
