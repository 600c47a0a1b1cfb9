import type { Compiled } from './lexicon/compiled.js';
import { matchPhrase } from './lexicon/compiled.js';
import { nameAt, type Found, type Speaker } from './names.js';
import { isCapitalized, type Token } from './tokens.js';

const DESC_WORDS = 10;
/** Relative pronouns end a description: "a man *who* was there". */
const RELATIVE = new Set(['who', 'which', 'whose', 'qui', 'dont', "qu'", 'quien', 'quienes', 'cuyo', 'cuya', 'welche', 'welcher']);

/** Words that end a description: its verb follows ("the court *also* found", "the company *has* said"). */
export const AUXILIARY = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'did',
  'does', 'also', 'then', 'later', 'who', 'which', 'hat', 'hatte', 'ist', 'war', 'wird', 'a', 'est', 'était', 'ha', 'había',
  'fue', 'es', 'qui', 'que', 'quien', 'der', 'die', 'avait', 'avaient', 'ont', 'sont', 'était', 'hatte', 'sind', 'han',
  'había', 'era']);

/**
 * A description starting with a determiner: "the mayor", "one GOP operative
 * in the state", "der Chef von Flixbus". It ends at punctuation, a verb of
 * saying or after ten words. A name in apposition right after it wins:
 * "the company's president, Brad Smith".
 */
export function descriptionAt(text: string, toks: readonly Token[], i: number, c: Compiled): Found | null {
  const first = toks[i];
  if (!first?.word || !c.determiners.has(first.lo)) return null;
  let j = i + 1;
  let preps = 0;
  // Up to a verb, a relative pronoun or a second preposition: "un ténor de la droite | sur l'influence…".
  for (; j < toks.length && j - i < DESC_WORDS && toks[j]!.word; j++) {
    const t = toks[j]!;
    if (matchPhrase(toks, j, c.speech) || c.that.has(t.lo) || AUXILIARY.has(t.lo) || RELATIVE.has(t.lo)) break;
    if (c.prepositions.has(t.lo) && !c.determiners.has(t.lo) && ++preps > 1) break;
  }
  if (j === i + 1) return null;
  // A title and a name: "la maire Elena Ruiz lundi" is "maire Elena Ruiz", the title kept.
  for (let k = i + 1; k < j - 1; k++) {
    const g = c.titles.get(toks[k]!.lo);
    const name = g !== undefined && isCapitalized(toks[k + 1]!.t) ? nameAt(text, toks, k + 1, c) : null;
    if (name) {
      const speaker: Speaker = { kind: 'name', text: text.slice(toks[k]!.start, toks[name.next - 1]!.end), at: toks[k]!.start, gender: name.speaker.gender || g! };
      return { speaker, next: name.next };
    }
  }
  if (toks[j]?.t === ',' && toks[j + 1]) {
    const name = nameAt(text, toks, j + 1, c);
    if (name && (!toks[name.next] || !toks[name.next]!.word)) return name;
  }
  // A trailing name inside the description: "the company's president Brad Smith" — but not
  // the object of a preposition: "un proche d'Edouard Philippe".
  for (let k = i + 1; k < j; k++) {
    const name = nameAt(text, toks, k, c);
    const before = toks[k - 1]!;
    if (name && name.next === j && !c.prepositions.has(before.lo) && !/^d['’]/i.test(before.t) && !isCapitalized(before.t)
      && (name.speaker.text.includes(' ') || k > i + 1)) return name;
  }
  const end = toks[j - 1]!;
  return { speaker: { kind: 'desc', text: text.slice(first.start, end.end), at: first.start, gender: '' }, next: j };
}

/** Words that join two descriptions into one: "the head *of* the agency", "der Chef *von* Flixbus". */
const JOINERS = new Set(['of', 'for', 'de', 'du', 'des', "d'", 'von', 'vom', 'der', 'del', 'at']);

/** A description ending at toks[j], read backwards to its determiner: "the head of the agency said". */
export function descriptionBefore(text: string, toks: readonly Token[], j: number, c: Compiled): Speaker | null {
  let start = -1;
  for (let k = j; k >= 0 && j - k < DESC_WORDS; k--) {
    const t = toks[k]!;
    if (!t.word) break;
    if (c.determiners.has(t.lo) && k < j) {
      start = k;
      if (!(k > 0 && JOINERS.has(toks[k - 1]!.lo))) break;
    }
  }
  // "en la que expresó": a description ends in a noun, not in "que".
  if (start < 0 || c.stop.has(toks[j]!.lo)) return null;
  const first = toks[start]!;
  return { kind: 'desc', text: text.slice(first.start, toks[j]!.end), at: first.start, gender: '' };
}
