import type { Compiled } from './lexicon/compiled.js';
import type { Gender } from './lexicon/index.js';
import { isCapitalized, type Token } from './tokens.js';

/**
 * Who a quote is attributed to, as found in the text: a name ("Mayor Elena
 * Ruiz"), a pronoun to resolve, a description ("one GOP operative in the
 * state"), or `implied` when Spanish drops the subject (“…”, afirmó).
 */
export interface Speaker {
  kind: 'name' | 'pron' | 'desc' | 'implied';
  text: string;
  /** Offset in the article text, used to resolve pronouns to the nearest name before. */
  at: number;
  gender: Gender;
}

/** True when only spaces separate two tokens (names never run across punctuation or lines). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

const MAX_NAME_WORDS = 6;
const OF = new Set(['of', 'de', 'del', 'du', 'des', 'für']);

/** A word that can be part of a name: capitalized, not a pronoun or a function word. */
function nameWord(t: Token, c: Compiled): boolean {
  if (!t.word || !isCapitalized(t.t) || c.pronouns.has(t.lo) || c.speech.has(t.lo)) return false;
  // "Mr." is in the stopwords, but starts a name.
  return !c.stop.has(t.lo) || c.titles.has(t.lo) || c.titles.has(`${t.lo}.`);
}

/** A dot after `t` belongs to the name: an initial ("F."), a title ("Dr.", "Sen.") or an abbreviation. */
function ownsDot(t: Token, c: Compiled): boolean {
  return /^\p{Lu}$/u.test(t.t) || c.abbreviations.has(t.lo) || c.titles.has(`${t.lo}.`);
}

export interface Found {
  speaker: Speaker;
  /** Token index just after the speaker. */
  next: number;
}

/** A name starting at toks[i]: capitalized words, inner particles ("de Blasio"), initials. */
export function nameAt(text: string, toks: readonly Token[], i: number, c: Compiled): Found | null {
  if (!toks[i] || !nameWord(toks[i]!, c)) return null;
  let j = i;
  let words = 0;
  let last = i;
  while (j < toks.length && words < MAX_NAME_WORDS) {
    const t = toks[j]!;
    if (j > i && !adjacent(text, toks[j - 1]!, t) && toks[j - 1]!.t !== '.') break;
    if (t.word && isCapitalized(t.t) && !c.pronouns.has(t.lo) && (j === i || !c.stop.has(t.lo) || c.titles.has(t.lo))) {
      words++;
      last = j;
      j++;
      if (toks[j]?.t === '.' && toks[j]!.start === t.end && ownsDot(t, c) && toks[j + 1] && isCapitalized(toks[j + 1]!.t)) {
        last = j;
        j++;
      }
      continue;
    }
    // "Bill de Blasio"; and "of" in an organisation's name: "District Court of Appeal", "Bank of Jamaica".
    const particle = c.particles.has(t.lo) || (OF.has(t.lo) && c.organisations.has(toks[j - 1]!.lo));
    if (t.word && particle && toks[j + 1] && isCapitalized(toks[j + 1]!.t) && adjacent(text, t, toks[j + 1]!)) {
      j++;
      continue;
    }
    break;
  }
  const first = toks[i]!;
  const end = toks[last]!;
  return {
    speaker: { kind: 'name', text: text.slice(first.start, end.end), at: first.start, gender: titleGender(toks, i, last, c) },
    next: last + 1,
  };
}

/** The gender a title in the name tells: "Prince Harry", "Mrs. Smith", "la ministra". */
function titleGender(toks: readonly Token[], from: number, to: number, c: Compiled): Gender {
  for (let k = Math.max(0, from - 1); k <= to; k++) {
    const t = toks[k]!;
    const g = c.titles.get(t.lo) ?? (toks[k + 1]?.t === '.' ? c.titles.get(`${t.lo}.`) : undefined);
    if (g) return g;
  }
  return '';
}

/** A name ending at toks[j] (inclusive), read backwards. */
export function nameEndingAt(text: string, toks: readonly Token[], j: number, c: Compiled): Found | null {
  let i = j;
  if (!toks[i] || !nameWord(toks[i]!, c)) return null;
  let words = 1;
  while (i > 0 && words < MAX_NAME_WORDS) {
    const prev = toks[i - 1]!;
    if (prev.t === '.' && toks[i - 2] && ownsDot(toks[i - 2]!, c) && isCapitalized(toks[i - 2]!.t)) {
      i -= 2;
      words++;
      continue;
    }
    if (!adjacent(text, prev, toks[i]!)) break;
    if (prev.word && c.particles.has(prev.lo) && toks[i - 2] && isCapitalized(toks[i - 2]!.t)) {
      i -= 1;
      continue;
    }
    if (prev.word && isCapitalized(prev.t) && !c.pronouns.has(prev.lo) && !c.stop.has(prev.lo)) {
      i--;
      words++;
      continue;
    }
    break;
  }
  const found = nameAt(text, toks, i, c);
  return found && found.next > j ? found : null;
}
