import type { Compiled } from './lexicon/compiled.js';
import type { Gender } from './lexicon/index.js';
import { nameAt } from './names.js';
import { verbLike } from './speaker-phrase.js';
import { isCapitalized, type Token } from './tokens.js';

/** A name as it appears in the text, for pronoun resolution and full names. */
export interface Mention {
  text: string;
  at: number;
  /** Lowercased last word: "levy" for "Acting U.S. Attorney Joshua Levy". */
  last: string;
  words: string[];
  /** Written as a possessive ("Harry's mother"): never the speaker, never the full name. */
  possessive: boolean;
  /** Stands where a subject stands: not after a preposition or an article, followed by a verb-like word. */
  subject: boolean;
  /**
   * A subject that opens its sentence ("Jane Doe, 45, lives…") or stands
   * right before its verb ("…Jan Hamáček avait estimé"), not one in apposition
   * ("…Harry's mother, Princess Diana, to talk"): the likeliest "she" of a
   * quote in the same paragraph.
   */
  strong: boolean;
  /** Has a word that makes it an organisation or a place ("Broward County"). */
  thing: boolean;
  /** The lowercased word before the name: "toxicologue" in "la toxicologue Dominique Parent-Massin". */
  before: string;
  /** Token indexes of the name's first word and of the token after it. */
  tok: number;
  end: number;
  gender: Gender;
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ':']);
const OPENING = /^[“"„«»‘‚'(\[—–-]$/;

/** English possessive and object pronouns that refer back to the sentence's subject, for its gender ("its": a company). */
const GENDERED: Readonly<Record<string, Gender>> = { his: 'm', him: 'm', himself: 'm', her: 'f', hers: 'f', herself: 'f', its: 'n', itself: 'n' };

/**
 * Every name in the text. A single capitalized word at the start of a
 * sentence ("Emails were sent…") is a name only when the same word also
 * appears inside a sentence or as the last word of a longer name. Names
 * inside quotes (`inside(offset)`) are the speaker's words and are left out.
 */
export function findMentions(text: string, toks: readonly Token[], c: Compiled, inside: (at: number) => boolean): Mention[] {
  const all: (Mention & { initial: boolean })[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Names inside quotes are the speaker's words, not people in the story.
    if (!t.word || !isCapitalized(t.t) || c.notNames.has(t.lo) || inside(t.start)) continue;
    const prev = toks[i - 1];
    const initial = opensSentence(text, toks, i);
    const first = i;
    let found = nameAt(text, toks, i, c);
    if (!found) continue;
    i = found.next - 1;
    // "Taking Archie outside is…": an -ing word opening a sentence is no part of a name.
    if (initial && found.next - first > 1 && c.lang === 'en' && /ing$/.test(t.lo)) found = nameAt(text, toks, first + 1, c) ?? found;
    const name = found.speaker.text;
    const words = name.toLowerCase().split(/\s+/);
    const possessive = /[’']s$/.test(name);
    const last = lastWord(name);
    const thing = isThing(words, c);
    // "Jan Hamáček (ČSSD) avait estimé": a parenthesis after the name is skipped.
    let n = found.next;
    if (toks[n]?.t === '(') while (toks[n] && toks[n]!.t !== ')' && n - found.next < 8) n++;
    if (toks[n]?.t === ')') n++;
    const next = toks[n];
    let verbal = !!next && verbLike(next, c);
    // "…Nesma Hajjaj, who was seven months pregnant": "who" makes a person.
    if (next?.t === ',' && ['who', 'qui', 'quien', 'der', 'die'].includes(toks[n + 1]?.lo ?? '')) verbal = true;
    // "…, Andrés Villar, recorrió": the name is the apposition, its verb right after.
    if (next?.t === ',' && toks[n + 1] && verbLike(toks[n + 1]!, c) && toks[first - 1]?.t === ',') verbal = true;
    // "Wayne King, the congressman’s deputy chief of staff …, did not learn": a verb after the apposition.
    if (next?.t === ',') {
      let k = n + 1;
      while (toks[k] && toks[k]!.t !== ',' && !SENTENCE_END.has(toks[k]!.t) && !OPENING.test(toks[k]!.t) && k - n < 25) k++;
      if (toks[k]?.t === ',' && toks[k + 1] && verbLike(toks[k + 1]!, c)) verbal = true;
    }
    // After a preposition or an article a name is an object or a place ("in London", "the United
    // States") — except an organisation with its article: "La Compañía de Jesús informó".
    // A long name after one is a title with a name: "ministre de l'Intérieur Jan Hamáček avait estimé".
    const object = !!prev?.word && c.prepositions.has(prev.lo) && !(thing && c.determiners.has(prev.lo)) && (words.length < 3 || thing);
    const subject = !object && !possessive && !!next && (verbal || next.t === ',');
    const gender: Gender = found.speaker.gender || (thing ? 'n' : '');
    const at = found.speaker.at;
    const before = prev?.word ? prev.lo : '';
    all.push({ text: name, at, last, words, possessive, subject, strong: subject && (initial || verbal), thing, gender, before, initial, tok: first, end: found.next });
    if (!initial || words.length > 1) seen.add(last);
  }
  return all.filter((m) => !m.initial || m.words.length > 1 || seen.has(m.last));
}

/**
 * An organisation or a place: "Broward County", "World Bank", "University of
 * Miami" — but not "New York City Mayor Bill de Blasio", where a title
 * follows the organisation's word.
 */
function isThing(words: readonly string[], c: Compiled): boolean {
  const last = words[words.length - 1]!;
  if (c.organisations.has(last)) return true;
  // "University of Miami", "Bank of Jamaica"; "Ministry of Finance Brian Manning" is a person.
  const k = words.findIndex((w, i) => c.organisations.has(w) && ['of', 'de', 'del', 'du', 'von', 'for'].includes(words[i + 1] ?? ''));
  return k >= 0 && words.length - k <= 4 && !words.slice(k + 1).some((w) => c.titles.has(w));
}

/**
 * The name opens its sentence, or follows a short opening phrase and its
 * comma: "Posteriormente, Berríos emitió…", "On Monday, Smith said…".
 */
function opensSentence(text: string, toks: readonly Token[], i: number): boolean {
  if (startsAfter(text, toks, i - 1)) return true;
  if (toks[i - 1]?.t !== ',') return false;
  for (let k = i - 2; k >= i - 6; k--) if (startsAfter(text, toks, k)) return true;
  return false;
}

/** A sentence starts after token k: it ends one, opens a quote, or ends a paragraph. */
function startsAfter(text: string, toks: readonly Token[], k: number): boolean {
  if (k < 0) return true;
  const t = toks[k]!;
  if (SENTENCE_END.has(t.t) || OPENING.test(t.t)) return true;
  const nl = text.indexOf('\n', t.end);
  return nl >= 0 && nl < toks[k + 1]!.start;
}

/**
 * The gender a role before the name tells, across an apposition: "La ministra
 * de la Mujer y Equidad de Género, Antonia Orellana", "del sacerdote jesuita
 * Felipe Berríos".
 */
export function roleBefore(toks: readonly Token[], i: number, c: Compiled): Gender {
  const gendered = (g: Gender | undefined): Gender => (g === 'm' || g === 'f' ? g : '');
  const adjacent = toks[i - 1];
  // One adjective between title and name: "sacerdote jesuita Felipe Berríos".
  if (adjacent?.word && !c.stop.has(adjacent.lo) && !isCapitalized(adjacent.t) && !c.titles.has(adjacent.lo)) {
    return gendered(c.titles.get(toks[i - 2]?.lo ?? ''));
  }
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = toks[k]!;
    if (SENTENCE_END.has(t.t)) return '';
    const g = gendered(c.titles.get(t.lo));
    if (g) return g;
    // A verb or a noun between: the title is someone else's ("Prince Harry met Mayor Ana Ruiz").
    if (t.word && !c.stop.has(t.lo) && !isCapitalized(t.t) && !c.titles.has(t.lo)) return '';
  }
  return '';
}

/** The gender of the first his/her after a subject, in the same sentence: "Harry condemned his relatives". */
export function pronounAfter(toks: readonly Token[], from: number): Gender {
  for (let k = from; k < toks.length && k < from + 25; k++) {
    const t = toks[k]!;
    if (SENTENCE_END.has(t.t) || OPENING.test(t.t)) return '';
    const g = GENDERED[t.lo];
    if (g) return g;
  }
  return '';
}

/** Lowercased last word of a name, without a possessive: "Harry's" → "harry". */
export function lastWord(name: string): string {
  const words = name.toLowerCase().replace(/[’']s$/, '').split(/\s+/);
  return words[words.length - 1] ?? '';
}

