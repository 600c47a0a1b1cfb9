import { STOPWORD_LANGS, stopwords } from '../highlight/stopwords.js';

/**
 * Function words of every language the highlighter knows, as one set: the
 * scorer asks how much of a line is running prose, whatever its language,
 * and a list of names or links has almost none of them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOPWORD_LANGS.flatMap((l) => [...stopwords(l)]));
