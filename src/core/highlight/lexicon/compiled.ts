import { stopwords } from '../stopwords.js';
import { lower } from '../tokens.js';
import { lexiconFor } from './index.js';
import type { Gender, Lexicon } from './types.js';

/** Word sequences by their first word, for matching multi-word entries ("according to", "a déclaré"). */
export type Phrases = ReadonlyMap<string, readonly (readonly string[])[]>;

/** A lexicon turned into lookups once per language. */
export interface Compiled {
  lang: string;
  lex: Lexicon;
  stop: ReadonlySet<string>;
  speech: Phrases;
  report: Phrases;
  source: Phrases;
  naming: Phrases;
  that: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, Gender>;
  titles: ReadonlyMap<string, Gender>;
  particles: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  impersonal: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  clause: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  participles: ReadonlySet<string>;
  agents: ReadonlySet<string>;
}

/** Entries are split into words as the tokenizer splits text (French "d'après" is "d'" + "après"). */
function phrases(list: readonly string[], elide: boolean): Phrases {
  const map = new Map<string, string[][]>();
  for (const entry of list) {
    const text = elide ? lower(entry).replace(/(^|\s)((?:[cdjlmnst]|qu)')(?=\p{L})/gu, '$1$2 ') : lower(entry);
    const words = text.split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const all = map.get(words[0]!) ?? [];
    all.push(words);
    map.set(words[0]!, all);
  }
  // Longest first, so "a déclaré" wins over "a".
  for (const all of map.values()) all.sort((a, b) => b.length - a.length);
  return map;
}

const cache = new Map<string, Compiled>();

export function compiled(lang: string): Compiled {
  let c = cache.get(lang);
  if (!c) {
    const lex = lexiconFor(lang);
    const set = (l: readonly string[]) => new Set(l.map(lower));
    const elide = lang === 'fr';
    c = {
      lang,
      lex,
      stop: stopwords(lang),
      speech: phrases(lex.speech, elide),
      report: phrases([...lex.report, ...lex.speech], elide),
      source: phrases(lex.source, elide),
      naming: phrases(lex.naming, elide),
      that: set(lex.that),
      pronouns: new Map(Object.entries(lex.pronouns)),
      titles: new Map(Object.entries(lex.titles)),
      particles: set(lex.particles),
      abbreviations: set(lex.abbreviations),
      determiners: set(lex.determiners),
      impersonal: set(lex.impersonal),
      indefinite: set(lex.indefinite),
      clause: set(lex.clause),
      prepositions: set(lex.prepositions),
      notNames: set(lex.notNames),
      organisations: set(lex.organisations),
      participles: set(lex.participles),
      agents: set(lex.agents),
    };
    cache.set(lang, c);
  }
  return c;
}

/** Length in tokens of the longest phrase of `map` starting at `toks[i]`, 0 when none. */
export function matchPhrase(toks: readonly { lo: string }[], i: number, map: Phrases): number {
  const first = toks[i]?.lo;
  if (first === undefined) return 0;
  for (const words of map.get(first) ?? []) {
    let k = 1;
    while (k < words.length && toks[i + k]?.lo === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}
