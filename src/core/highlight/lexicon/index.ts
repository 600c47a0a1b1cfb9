import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Lexicon } from './types.js';

export type { Gender, Lexicon } from './types.js';

/**
 * Languages with attribution data. Other languages still get their quote
 * marks found and their sentences ranked; attribution falls back to English
 * words, which seldom match.
 */
const LEXICONS: Readonly<Record<string, Lexicon>> = { en, de, fr, es };

export function lexiconFor(lang: string): Lexicon {
  return LEXICONS[lang] ?? en;
}

