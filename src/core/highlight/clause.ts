/** Words and marks the attribution parsers share. */
import type { Compiled } from './lexicon/compiled.js';
import type { Token } from './tokens.js';

/** Auxiliaries and adverbs that may sit between a speaker and the verb: "she later said", "he has said". */
const BETWEEN = new Set(['also', 'later', 'then', 'once', 'previously', 'earlier', 'recently', 'further',
  'simply', 'again', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'quickly', 'a', 'ont', 'avait', 'hat',
  'habe', 'hatte', 'ha', 'había', 'sich', 'noch', 'encore', 'aussi', 'ainsi', 'también', 'himself', 'herself', 'themselves', 'itself', 'selbst', 'même', 'mismo', 'misma', 'auch', 'dann', 'jedoch',
  'zudem', 'ebenfalls', 'weiter', 'alors', 'ensuite', 'además', 'luego', 'entonces', 'today', 'yesterday', 'tonight',
  'heute', 'gestern', "aujourd'hui", 'hier', 'demain', 'hoy', 'ayer']);

/** Adverbs by their ending: "quickly", "également", "finalmente". */
const ADVERB: Readonly<Record<string, RegExp>> = { en: /^\p{Ll}+ly$/u, fr: /^\p{Ll}+ment$/u, es: /^\p{Ll}+mente$/u };

/** An auxiliary or an adverb, in the text's language. */
export function isBetween(t: Token, c: Compiled): boolean {
  return t.word && (BETWEEN.has(t.lo) || (ADVERB[c.lang]?.test(t.t) ?? false));
}

/** French subject inversion: "dit-il", "explique-t-elle", "a-t-il" (+ "déclaré"). */
export const INVERTED = /^\p{L}+-(?:t-)?(il|elle|ils|elles|on)$/u;

/** A quote mark token: attributions never run across one. */
export const QUOTE = /^[“”"„«»‘’‚'「」]$/;
export const SENTENCE_END = new Set(['.', '!', '?', '…']);
